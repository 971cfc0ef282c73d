"""SERVQUAL and IPA plots draw in both languages without missing glyphs, put the data
where they belong, and the gap explorer widget computes the documented scores."""

from __future__ import annotations

import matplotlib
import numpy as np
import pandas as pd
import pytest

matplotlib.use("Agg")
import matplotlib.pyplot as plt

from svcx_helpers import i18n, ipa, load_dataset, servqual, widgets


@pytest.fixture(scope="module")
def bank() -> pd.DataFrame:
    return load_dataset("servqual_bank_branches").set_index("respondent")


def ipa_result(bank: pd.DataFrame) -> pd.DataFrame:
    imp = bank[[f"importance_{d.lower()}" for d in servqual.DIMENSIONS]].mean()
    return ipa.quadrants(imp.set_axis(list(servqual.DIMENSIONS)),
                         servqual.dimension_scores(bank).mean())


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_plots_render_without_missing_glyphs(bank: pd.DataFrame, lang: str,
                                              no_missing_glyphs) -> None:
    with no_missing_glyphs(lang):
        gaps = servqual.dimension_gaps(bank)
        labels = {d: servqual.dimension_name(d) for d in servqual.DIMENSIONS}
        for ax in (servqual.plot_gaps(gaps), servqual.plot_items(bank),
                   servqual.plot_radar(bank), servqual.plot_ipa(ipa_result(bank),
                                                                labels=labels)):
            ax.figure.canvas.draw()
            texts = [ax.get_title(), ax.get_xlabel(), ax.get_ylabel()]
            texts += [tick.get_text() for tick in ax.get_yticklabels()]
            if lang == "zh":
                assert any("\u4e00" <= ch <= "\u9fff" for s in texts for ch in s)
            plt.close(ax.figure)


def test_gap_bars_and_intervals(bank: pd.DataFrame) -> None:
    gaps = servqual.dimension_gaps(bank)
    ax = servqual.plot_gaps(gaps)
    widths = [p.get_width() for p in ax.patches][::-1]  # drawn bottom-up
    assert np.allclose(widths, gaps.mean().to_numpy())
    plt.close(ax.figure)


def test_ipa_points_and_crosshairs(bank: pd.DataFrame) -> None:
    res = ipa_result(bank)
    ax = servqual.plot_ipa(res, diagonal=False)
    offsets = np.vstack([c.get_offsets() for c in ax.collections])
    assert np.allclose(offsets, res[["performance", "importance"]].to_numpy())
    lines = [line.get_xdata()[0] for line in ax.get_lines()[:1]]
    assert lines[0] == pytest.approx(res.attrs["crosshair"][0])
    plt.close(ax.figure)
    assert ipa.plot_matrix is servqual.plot_ipa


def test_radar_values() -> None:
    values = pd.DataFrame({"A": [5, 6, 4, 6, 5], "B": [6, 6, 6, 6, 6]},
                          index=list(servqual.DIMENSIONS))
    ax = servqual.plot_radar(values=values)
    first = ax.get_lines()[0].get_ydata()
    assert list(first) == [5, 6, 4, 6, 5, 5]  # closed polygon
    plt.close(ax.figure)
    with pytest.raises(ValueError, match="plot_radar"):
        servqual.plot_radar()


def test_gap_explorer() -> None:
    e = dict.fromkeys(servqual.DIMENSIONS, 6.0)
    p = {"Tangibles": 5.5, "Reliability": 4.8, "Responsiveness": 4.75, "Assurance": 5.5,
         "Empathy": 5.2}
    html = widgets.gap_explorer_html(e, p, {"Tangibles": 10, "Reliability": 30,
                                            "Responsiveness": 25, "Assurance": 20,
                                            "Empathy": 15})
    assert "Unweighted score: -0.850" in html and "Weighted score: -0.943" in html
    off = widgets.gap_explorer_html(e, p, dict.fromkeys(servqual.DIMENSIONS, 10))
    assert "add up to 50" in off and "Weighted score" not in off
    explorer = widgets.servqual_gap_explorer()
    slider = explorer.children[1].children[1].children[1]  # tangibles perception
    slider.value = 7.0
    assert "+" in explorer.children[-1].value
    with i18n.language("zh"):
        assert "未加权得分" in widgets.gap_explorer_html(e, p, dict.fromkeys(
            servqual.DIMENSIONS, 20))
