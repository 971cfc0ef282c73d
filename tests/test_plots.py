"""Plots draw in both languages, and Chinese labels render without missing glyphs."""

from __future__ import annotations

import matplotlib
import numpy as np
import pandas as pd
import pytest

matplotlib.use("Agg")
import matplotlib.pyplot as plt

from svcx_helpers import i18n, kano, widgets


@pytest.fixture
def responses() -> pd.DataFrame:
    rng = np.random.default_rng(1)
    n = 60
    return pd.DataFrame({
        "attribute": np.repeat(["账号安全（必备）", "Fast fix", "聊天机器人"], n),
        "functional": rng.integers(1, 6, 3 * n), "dysfunctional": rng.integers(1, 6, 3 * n),
        "importance": rng.integers(1, 10, 3 * n)})


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_plots_render_without_missing_glyphs(responses: pd.DataFrame, lang: str,
                                              no_missing_glyphs) -> None:
    with no_missing_glyphs(lang):
        ev = kano.evaluate(kano.count(responses))
        for ax in (kano.plot_better_worse(ev, size=kano.continuous(responses)["importance_mean"]),
                   kano.plot_categories(kano.count(responses)),
                   kano.plot_continuous(kano.continuous(responses))):
            ax.figure.canvas.draw()
            texts = [ax.get_title(), ax.get_xlabel(), ax.get_ylabel()]
            if lang == "zh":
                assert any("\u4e00" <= ch <= "\u9fff" for s in texts for ch in s)
            else:
                assert all(ch.isascii() or ch in "–|" for s in texts for ch in s)
            plt.close(ax.figure)


def test_better_worse_places_points_at_coefficients(responses: pd.DataFrame) -> None:
    ev = kano.evaluate(kano.count(responses))
    ax = kano.plot_better_worse(ev)
    offsets = np.vstack([c.get_offsets() for c in ax.collections])
    expected = np.column_stack([ev["worse"].abs(), ev["better"]])
    assert np.allclose(offsets, expected)
    plt.close(ax.figure)


def test_widgets_build_and_collect_responses() -> None:
    q = widgets.kano_questionnaire({"security": "Account security", "chatbot": "Chatbot"})
    assert q.responses.empty
    q.set_answers({"security": (2, 5)})
    r = q.responses
    assert r.loc[0, "attribute"] == "security" and kano.count(r).loc["security", "M"] == 1
    explorer = widgets.kano_table_explorer(1, 5)
    assert "One-dimensional" in explorer.children[-1].value
    with i18n.language("zh"):
        assert "期望型" in widgets.explorer_html(1, 5)


def test_missing_cjk_font_warns_with_install_instructions(monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    from svcx_helpers.plots import fonts as fonts

    monkeypatch.setattr(fonts, "CJK_FAMILIES", ("No Such Font SC",))
    monkeypatch.setattr(fonts, "_FILE_HINTS", ("nosuchfontfile",))
    monkeypatch.setattr(fonts, "_state", {})
    monkeypatch.delenv("SVCX_CJK_FONT", raising=False)
    with pytest.warns(UserWarning, match="fonts-noto-cjk"):
        assert fonts.ensure_cjk_font() is None
    with i18n.language("zh"), pytest.warns(UserWarning, match="中文"):
        monkeypatch.setattr(fonts, "_state", {})
        fonts.ensure_cjk_font()
