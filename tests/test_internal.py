"""Internal customer–supplier map: link metrics by hand, weakest links, the network plot."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from svcx_helpers import internal


def _requests() -> pd.DataFrame:
    rows = []
    t0 = pd.Timestamp("2026-01-05 09:00")

    def add(req: str, sup: str, n: int, hours: float, target: float, sat: float | None) -> None:
        for _ in range(n):
            rows.append({"requester": req, "supplier": sup, "created": t0,
                         "target_hours": target, "resolved": t0 + pd.Timedelta(hours=hours),
                         "satisfaction": sat})

    add("operations", "procurement", 40, 100, 48, 2)     # slow and unhappy: weak
    add("sales", "legal", 40, 120, 72, 4)                 # slow but content
    add("sales", "it", 40, 2, 8, 5)                       # fast and happy
    add("hr", "it", 5, 50, 8, 1)                          # bad but rare
    rows.append({"requester": "hr", "supplier": "it", "created": t0, "target_hours": 8,
                 "resolved": None, "satisfaction": None})
    return pd.DataFrame(rows)


def test_links_by_hand() -> None:
    table = internal.links(_requests())
    row = table.loc[("operations", "procurement")]
    assert (row["requests"], row["on_time_rate"], row["turnaround_p50"],
            row["satisfaction_mean"]) == (40, 0, 100, 2)
    hr = table.loc[("hr", "it")]
    assert (hr["requests"], hr["open"], hr["rated"]) == (6, 1, 5)
    sup = internal.suppliers(_requests()).loc["it"]
    assert sup["customers"] == 2 and sup["requests"] == 46


def test_weakest_links_depend_on_the_question() -> None:
    req = _requests()
    by_sat = internal.weakest_links(req, n=2, min_requests=30)
    assert list(by_sat.index) == [("operations", "procurement"), ("sales", "legal")]
    by_time = internal.weakest_links(req, n=1, min_requests=30, by="on_time")
    assert list(by_time.index) == [("operations", "procurement")]
    assert ("hr", "it") not in internal.weakest_links(req, n=5, min_requests=30).index
    assert ("hr", "it") in internal.weakest_links(req, n=5, min_requests=1).index
    with pytest.raises(ValueError, match="by"):
        internal.weakest_links(req, by="cost")
    with pytest.raises(ValueError, match=r"missing column\(s\) \['supplier'\]"):
        internal.links(req.drop(columns="supplier"))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_network_plot(lang: str, no_missing_glyphs: Any) -> None:
    import matplotlib.pyplot as plt

    with no_missing_glyphs(lang):
        ax = internal.plot_network(_requests(), highlight=[("operations", "procurement")])
        ax.figure.canvas.draw()
        names = {t.get_text().replace("\n", " ") for t in ax.texts}
        assert {"procurement", "legal", "it"} <= names
        internal.plot_network(_requests(), color="on_time").figure.canvas.draw()
    plt.close("all")


def test_internal_map_widget() -> None:
    from svcx_helpers import widgets

    box = widgets.internal_map_explorer(_requests())
    assert "operations → procurement" in box.children[2].value
    box.children[1].children[1].value = 1                       # show rare links too
    assert "hr → it" in box.children[2].value
