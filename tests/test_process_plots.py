"""Process map and swimlanes stay readable: the map fits a book's width and draws forward
steps forward, the labels of adjacent activities in a swimlane do not overlap."""

from __future__ import annotations

import itertools

import pandas as pd
import pytest

from svcx_helpers import process
from svcx_helpers.plots.process import _flow_order
from svcx_helpers.plotting import OKABE_ITO

D = "2026-03-02 "


def _log(rows: list[tuple[str, str, str, str, str]]) -> pd.DataFrame:
    return process.load_log(pd.DataFrame(rows, columns=["case_id", "activity", "start", "end",
                                                        "resource"]))


def _bank_like() -> pd.DataFrame:
    """Short cash visits (transaction at step 2) and long account openings (approval at
    step 4, transaction at step 5): by mean position the approval comes *after* the
    transaction, although it always precedes it."""
    rows = []
    for i in range(6):
        rows += [(f"c{i}", "Ticket", D + "09:00", D + "09:01", "machine"),
                 (f"c{i}", "Transaction", D + "09:05", D + "09:10", "teller")]
    for i in range(2):
        rows += [(f"a{i}", "Ticket", D + "10:00", D + "10:01", "machine"),
                 (f"a{i}", "Form", D + "10:01", D + "10:05", "desk"),
                 (f"a{i}", "Check", D + "10:10", D + "10:15", "teller"),
                 (f"a{i}", "Approval", D + "10:20", D + "10:30", "back_office"),
                 (f"a{i}", "Transaction", D + "10:35", D + "10:40", "teller")]
    rows += [("r", "Ticket", D + "11:00", D + "11:01", "machine"),
             ("r", "Form", D + "11:01", D + "11:05", "desk"),
             ("r", "Check", D + "11:10", D + "11:15", "teller"),
             ("r", "Form", D + "11:15", D + "11:20", "desk"),          # rework loop
             ("r", "Check", D + "11:25", D + "11:30", "teller"),
             ("r", "Transaction", D + "11:35", D + "11:40", "teller")]
    return _log(rows)


def test_flow_order_puts_each_step_before_its_successor() -> None:
    log = _bank_like()
    stats = process.activity_stats(log)
    assert list(stats.index).index("Approval") > list(stats.index).index("Transaction")
    order = _flow_order(list(stats.index), process.transitions(log))
    assert order.index("Approval") < order.index("Transaction")
    assert order.index("Form") < order.index("Check")


def test_only_rework_is_drawn_backwards_in_orange() -> None:
    import matplotlib.pyplot as plt
    from matplotlib.colors import to_hex
    from matplotlib.patches import FancyArrowPatch

    ax = process.plot_process_map(_bank_like())
    orange = [p for p in ax.patches if isinstance(p, FancyArrowPatch)
              and to_hex(p.get_edgecolor()) == OKABE_ITO["orange"].lower()]
    assert len(orange) == 1                        # Check → Form, the rework loop
    plt.close("all")


@pytest.mark.parametrize("n", [3, 8, 12])
def test_process_map_fits_a_book_page(n: int) -> None:
    import matplotlib.pyplot as plt

    rows = [("c1", f"Step {k}", D + f"09:{2 * k:02d}", D + f"09:{2 * k + 1:02d}", "r")
            for k in range(n)]
    ax = process.plot_process_map(_log(rows))
    width, height = ax.figure.get_size_inches()
    assert width <= 11.5 and height < width
    plt.close("all")


def test_swimlane_labels_do_not_overlap() -> None:
    import matplotlib.pyplot as plt

    rows = [("w", "Process transaction", D + "10:25", D + "10:33", "teller_1"),
            ("w", "Print and sign", D + "10:33", D + "10:36", "teller_1"),
            ("w", "Hand over card", D + "10:36", D + "10:38", "teller_1"),
            ("w", "Identify customer", D + "09:25", D + "09:27", "teller_1"),
            ("w", "Check documents", D + "09:27", D + "09:31", "teller_1")]
    ax = process.plot_swimlanes(_log(rows))
    ax.figure.canvas.draw()
    renderer = ax.figure.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in ax.texts]
    assert len(boxes) == 5
    for a, b in itertools.combinations(boxes, 2):
        assert not a.overlaps(b)
    plt.close("all")
