"""Interactive widgets (ipywidgets is imported only when a widget is created).

* :func:`kano_questionnaire` — answer the functional/dysfunctional question pair (and
  importance) for a list of attributes; ``.responses`` is the long DataFrame that
  :func:`svcx_helpers.kano.count` takes.
* :func:`kano_table_explorer` — pick a functional and a dysfunctional answer, see the
  category, why, and where it sits in the evaluation table.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from .i18n import t
from .kano import classify, evaluation_table


def _answer_options(blank: bool = True) -> list[tuple[str, int | None]]:
    opts: list[tuple[str, int | None]] = [(t("widget.unanswered"), None)] if blank else []
    return opts + [(f"{c} · {t('answer.' + str(c))}", c) for c in range(1, 6)]


class KanoQuestionnaire:
    """A questionnaire widget; display it, answer, then read ``.responses``."""

    def __init__(self, attributes: Sequence[str] | Mapping[str, str],
                 importance: bool = True, respondent: str = "me") -> None:
        import ipywidgets as w

        self.labels = (dict(attributes) if isinstance(attributes, Mapping)
                       else {a: a for a in attributes})
        self.respondent = respondent
        self._rows: dict[str, tuple[Any, Any, Any]] = {}
        boxes = []
        layout = w.Layout(width="auto")
        for key, label in self.labels.items():
            f = w.Dropdown(options=_answer_options(), description=t("widget.functional"),
                           style={"description_width": "initial"}, layout=layout)
            d = w.Dropdown(options=_answer_options(), description=t("widget.dysfunctional"),
                           style={"description_width": "initial"}, layout=layout)
            imp = (w.IntSlider(value=5, min=1, max=9, description=t("widget.importance"),
                               style={"description_width": "initial"}) if importance else None)
            self._rows[key] = (f, d, imp)
            head = w.HTML(f"<b>{html.escape(label)}</b><br><small>"
                          f"{html.escape(t('kano.question.functional', attribute=label))}"
                          f"<br>{html.escape(t('kano.question.dysfunctional', attribute=label))}"
                          "</small>")
            boxes.append(w.VBox([head, w.HBox([f, d] + ([imp] if imp else []))]))
        self._status = w.HTML()
        self._button = w.Button(description=t("widget.show"), icon="check")
        self._out = w.Output()
        self._button.on_click(lambda _: self._show())
        for f, d, _ in self._rows.values():
            f.observe(lambda _: self._update(), "value")
            d.observe(lambda _: self._update(), "value")
        self._update()
        self.widget = w.VBox([*boxes, w.HBox([self._button, self._status]), self._out])

    def _update(self) -> None:
        done = sum(1 for f, d, _ in self._rows.values() if f.value and d.value)
        self._status.value = t("widget.answered", n=done, total=len(self._rows))

    @property
    def responses(self) -> pd.DataFrame:
        """Answered pairs in long format (respondent, attribute, functional, …)."""
        rows = []
        for key, (f, d, imp) in self._rows.items():
            if f.value and d.value:
                row = {"respondent": self.respondent, "attribute": key,
                       "functional": f.value, "dysfunctional": d.value}
                if imp is not None:
                    row["importance"] = imp.value
                rows.append(row)
        cols = ["respondent", "attribute", "functional", "dysfunctional"]
        return pd.DataFrame(rows, columns=cols + (["importance"] if any(
            imp is not None for *_, imp in self._rows.values()) else []))

    def set_answers(self, answers: Mapping[str, tuple[int, int]]) -> None:
        """Fill in answers programmatically: ``{attribute: (functional, dysfunctional)}``."""
        for key, (fv, dv) in answers.items():
            f, d, _ = self._rows[key]
            f.value, d.value = fv, dv

    def _show(self) -> None:
        from IPython.display import display

        r = self.responses
        self._out.clear_output()
        with self._out:
            if len(r):
                r = r.assign(category=classify(r["functional"], r["dysfunctional"]))
                r["name"] = [t("category." + c) for c in r["category"]]
                display(r)

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)


def kano_questionnaire(attributes: Sequence[str] | Mapping[str, str],
                       importance: bool = True, respondent: str = "me") -> KanoQuestionnaire:
    """Create a KANO questionnaire for ``attributes`` (keys, or {key: label})."""
    return KanoQuestionnaire(attributes, importance=importance, respondent=respondent)


def explorer_html(functional: int, dysfunctional: int) -> str:
    """HTML of the evaluation table with the cell (functional, dysfunctional) marked,
    plus the category and why. Pure function behind :func:`kano_table_explorer`."""
    table = evaluation_table()
    letter = classify(functional, dysfunctional)
    rows = ["<table style='border-collapse:collapse;text-align:center'>",
            "<tr><th></th>" + "".join(f"<th style='padding:2px 6px'>{html.escape(c)}</th>"
                                       for c in table.columns) + "</tr>"]
    for i, (label, row) in enumerate(table.iterrows(), start=1):
        cells = []
        for j, value in enumerate(row, start=1):
            hit = (i, j) == (functional, dysfunctional)
            style = ("background:#0072B2;color:white;font-weight:bold" if hit
                     else "background:#f1f3f4")
            cells.append(f"<td style='padding:2px 10px;border:1px solid white;{style}'>"
                         f"{value}</td>")
        rows.append(f"<tr><th style='text-align:right;padding:2px 6px'>{html.escape(label)}"
                    f"</th>{''.join(cells)}</tr>")
    rows.append("</table>")
    result = t("widget.explorer.result", f=t(f"answer.{functional}"),
               d=t(f"answer.{dysfunctional}"), letter=letter, name=t(f"category.{letter}"))
    return (f"<p><b>{html.escape(result)}</b><br><em>{html.escape(t('widget.explorer.why'))}:"
            f"</em> {html.escape(t('why.' + letter))}</p>" + "".join(rows))


def kano_table_explorer(functional: int = 1, dysfunctional: int = 5) -> Any:
    """Widget: two answer pickers and the resulting category, explained."""
    import ipywidgets as w

    f = w.Dropdown(options=_answer_options(blank=False), value=functional,
                   description=t("widget.functional"), style={"description_width": "initial"})
    d = w.Dropdown(options=_answer_options(blank=False), value=dysfunctional,
                   description=t("widget.dysfunctional"), style={"description_width": "initial"})
    out = w.HTML(explorer_html(functional, dysfunctional))

    def update(_: Any) -> None:
        out.value = explorer_html(f.value, d.value)

    f.observe(update, "value")
    d.observe(update, "value")
    return w.VBox([w.HTML(f"<h4>{html.escape(t('widget.explorer.title'))}</h4>"),
                   w.HBox([f, d]), out])


# --------------------------------------------------------------------------------------
# SERVQUAL gap explorer (issue 5)
# --------------------------------------------------------------------------------------
def gap_explorer_html(expectations: Mapping[str, float], perceptions: Mapping[str, float],
                      points: Mapping[str, float]) -> str:
    """HTML table of one respondent's dimension gaps with the unweighted and weighted
    scores — the pure function behind :func:`servqual_gap_explorer`.

    Formula (METHODS.md §2.4): gap_d = P_d − E_d; unweighted = mean of the five gaps;
    weighted = Σ_d (points_d / 100) · gap_d, defined only when the points sum to 100.
    Example: ``gap_explorer_html({"Tangibles": 6, …}, {"Tangibles": 5, …}, {…})``.
    """
    from .servqual import DIMENSIONS, dimension_name, unweighted_score, weighted_score

    gaps = {d: float(perceptions[d]) - float(expectations[d]) for d in DIMENSIONS}
    total = sum(float(points[d]) for d in DIMENSIONS)
    head = "".join(f"<th style='padding:2px 8px'>{html.escape(t(k))}</th>" for k in (
        "widget.servqual.dimension", "widget.servqual.expectation",
        "widget.servqual.perception", "widget.servqual.gap", "widget.servqual.points"))
    rows = [f"<table style='border-collapse:collapse;text-align:center'><tr>{head}</tr>"]
    for d in DIMENSIONS:
        g = gaps[d]
        # text colours meet WCAG AA contrast on white (4.5:1); the bar uses the palette
        color = "#A33A00" if g < 0 else "#0072B2" if g > 0 else "#202124"
        fill = "#D55E00" if g < 0 else "#0072B2"
        bar = (f"<span style='display:inline-block;width:{abs(g) * 12:.0f}px;height:9px;"
               f"background:{fill};margin-left:4px'></span>")
        rows.append(f"<tr><th style='text-align:left;padding:2px 8px'>"
                    f"{html.escape(dimension_name(d))}</th><td>{expectations[d]:g}</td>"
                    f"<td>{perceptions[d]:g}</td><td style='color:{color};text-align:left'>"
                    f"{g:+.2f}{bar}</td><td>{points[d]:g}</td></tr>")
    rows.append("</table>")
    lines = [t("widget.servqual.unweighted", value=f"{unweighted_score(gaps):+.3f}")]
    if abs(total - 100) < 1e-9:
        lines.append(t("widget.servqual.weighted",
                       value=f"{weighted_score(gaps, dict(points)):+.3f}"))
    else:
        lines.append(t("widget.servqual.points_off", total=f"{total:g}"))
    return "".join(rows) + "<p>" + "<br>".join(html.escape(s) for s in lines) + "</p>"


def servqual_gap_explorer(expectations: Mapping[str, float] | None = None,
                          perceptions: Mapping[str, float] | None = None,
                          points: Mapping[str, float] | None = None) -> Any:
    """Widget: sliders for the expectation, perception (1–7) and importance points of the
    five dimensions; shows the gaps and the unweighted and weighted scores as you move
    them. Defaults: the bank data's typical answers and the ZPB90 average points."""
    import ipywidgets as w

    from .servqual import DIMENSIONS, ZPB90_IMPORTANCE, dimension_name

    e0 = dict(expectations or {"Tangibles": 5.5, "Reliability": 6.5, "Responsiveness": 6.2,
                               "Assurance": 6.3, "Empathy": 5.9})
    p0 = dict(perceptions or {"Tangibles": 5.6, "Reliability": 6.0, "Responsiveness": 4.5,
                              "Assurance": 5.9, "Empathy": 4.8})
    w0 = dict(points or ZPB90_IMPORTANCE)
    style = {"description_width": "initial"}
    sliders: dict[str, tuple[Any, Any, Any]] = {}
    rows = []
    for d in DIMENSIONS:
        e = w.FloatSlider(value=e0[d], min=1, max=7, step=0.1,
                          description=t("widget.servqual.expectation"), style=style)
        p = w.FloatSlider(value=p0[d], min=1, max=7, step=0.1,
                          description=t("widget.servqual.perception"), style=style)
        pts = w.IntSlider(value=int(w0[d]), min=0, max=100, step=1,
                          description=t("widget.servqual.points"), style=style)
        sliders[d] = (e, p, pts)
        rows.append(w.VBox([w.HTML(f"<b>{html.escape(dimension_name(d))}</b>"),
                            w.HBox([e, p, pts])]))

    def values() -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
        return ({d: s[0].value for d, s in sliders.items()},
                {d: s[1].value for d, s in sliders.items()},
                {d: s[2].value for d, s in sliders.items()})

    out = w.HTML(gap_explorer_html(*values()))

    def update(_: Any) -> None:
        out.value = gap_explorer_html(*values())

    for trio in sliders.values():
        for s in trio:
            s.observe(update, "value")
    return w.VBox([w.HTML(f"<h4>{html.escape(t('widget.servqual.title'))}</h4>"), *rows, out])
