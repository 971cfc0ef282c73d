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
