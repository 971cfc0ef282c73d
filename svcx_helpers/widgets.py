"""Interactive widgets (ipywidgets is imported only when a widget is created).

* :func:`kano_questionnaire` — answer the functional/dysfunctional question pair (and
  importance) for a list of attributes; ``.responses`` is the long DataFrame that
  :func:`svcx_helpers.kano.count` takes.
* :func:`kano_table_explorer` — pick a functional and a dysfunctional answer, see the
  category, why, and where it sits in the evaluation table.
* :func:`servqual_gap_explorer` — sliders for expectations, perceptions and points.
* :func:`blueprint_builder` — add steps to lanes, connect, mark F/W, see the diagram.
* :func:`journey_emotion_editor` — slide each step's emotion, see the pain points.
* :func:`sla_explorer` — pick a response target, see compliance and the p-chart.
* :func:`process_what_if` — remove or speed up an activity, see the metrics change.
* :func:`staffing_what_if` — arrivals, handling time, agents → service level (Erlang C).
* :func:`pareto_explorer` — complaints by any column, the vital few.
* :func:`internal_map_explorer` — the internal customer map and its weakest links.
* :func:`authority_matrix_explorer` — edit who may grant which remedy up to what amount;
  see first-contact resolution, the cost at risk and the best single raise.
* :func:`scamper_walkthrough` — walk a team through a blueprint step by step with the
  seven SCAMPER prompts; collect the ideas as options (``.options``).
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

import pandas as pd

from .i18n import t
from .kano import classify, evaluation_table


def _answer_options(blank: bool = True) -> list[tuple[str, int | None]]:
    opts: list[tuple[str, int | None]] = [(t("widgets.unanswered"), None)] if blank else []
    return opts + [(f"{c} · {t('kano.answer.' + str(c))}", c) for c in range(1, 6)]


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
            f = w.Dropdown(options=_answer_options(), description=t("widgets.functional"),
                           style={"description_width": "initial"}, layout=layout)
            d = w.Dropdown(options=_answer_options(), description=t("widgets.dysfunctional"),
                           style={"description_width": "initial"}, layout=layout)
            imp = (w.IntSlider(value=5, min=1, max=9, description=t("widgets.importance"),
                               style={"description_width": "initial"}) if importance else None)
            self._rows[key] = (f, d, imp)
            head = w.HTML(f"<b>{html.escape(label)}</b><br><small>"
                          f"{html.escape(t('kano.question.functional', attribute=label))}"
                          f"<br>{html.escape(t('kano.question.dysfunctional', attribute=label))}"
                          "</small>")
            boxes.append(w.VBox([head, w.HBox([f, d] + ([imp] if imp else []))]))
        self._status = w.HTML()
        self._button = w.Button(description=t("widgets.show"), icon="check")
        self._out = w.Output()
        self._button.on_click(lambda _: self._show())
        for f, d, _ in self._rows.values():
            f.observe(lambda _: self._update(), "value")
            d.observe(lambda _: self._update(), "value")
        self._update()
        self.widget = w.VBox([*boxes, w.HBox([self._button, self._status]), self._out])

    def _update(self) -> None:
        done = sum(1 for f, d, _ in self._rows.values() if f.value and d.value)
        self._status.value = t("widgets.answered", n=done, total=len(self._rows))

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
                r["name"] = [t("kano.category." + c) for c in r["category"]]
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
    result = t("widgets.explorer.result", f=t(f"kano.answer.{functional}"),
               d=t(f"kano.answer.{dysfunctional}"), letter=letter,
                   name=t(f"kano.category.{letter}"))
    return (f"<p><b>{html.escape(result)}</b><br><em>{html.escape(t('widgets.explorer.why'))}:"
            f"</em> {html.escape(t('kano.why.' + letter))}</p>" + "".join(rows))


def kano_table_explorer(functional: int = 1, dysfunctional: int = 5) -> Any:
    """Widget: two answer pickers and the resulting category, explained."""
    import ipywidgets as w

    f = w.Dropdown(options=_answer_options(blank=False), value=functional,
                   description=t("widgets.functional"), style={"description_width": "initial"})
    d = w.Dropdown(options=_answer_options(blank=False), value=dysfunctional,
                   description=t("widgets.dysfunctional"), style={"description_width": "initial"})
    out = w.HTML(explorer_html(functional, dysfunctional))

    def update(_: Any) -> None:
        out.value = explorer_html(f.value, d.value)

    f.observe(update, "value")
    d.observe(update, "value")
    return w.VBox([w.HTML(f"<h4>{html.escape(t('widgets.explorer.title'))}</h4>"),
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
        "widgets.servqual.dimension", "servqual.plot.E",
        "servqual.plot.P", "widgets.servqual.gap", "widgets.servqual.points"))
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
    lines = [t("widgets.servqual.unweighted", value=f"{unweighted_score(gaps):+.3f}")]
    if abs(total - 100) < 1e-9:
        lines.append(t("widgets.servqual.weighted",
                       value=f"{weighted_score(gaps, dict(points)):+.3f}"))
    else:
        lines.append(t("widgets.servqual.points_off", total=f"{total:g}"))
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
                          description=t("servqual.plot.E"), style=style)
        p = w.FloatSlider(value=p0[d], min=1, max=7, step=0.1,
                          description=t("servqual.plot.P"), style=style)
        pts = w.IntSlider(value=int(w0[d]), min=0, max=100, step=1,
                          description=t("widgets.servqual.points"), style=style)
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
    return w.VBox([w.HTML(f"<h4>{html.escape(t('widgets.servqual.title'))}</h4>"), *rows, out])


# --------------------------------------------------------------------------------------
# Blueprint builder and journey emotion editor (issue 6)
# --------------------------------------------------------------------------------------
def _figure_png(draw: Any, dpi: int = 72) -> bytes:
    """PNG bytes of the figure that ``draw()`` returns an Axes or Figure of."""
    import io

    import matplotlib.pyplot as plt

    obj = draw()
    fig = getattr(obj, "figure", obj)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, facecolor="white", metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue()


def blueprint_summary_html(bp: Any) -> str:
    """Metrics line and the list of problems of a blueprint (pure function behind
    :func:`blueprint_builder`)."""
    m = bp.metrics()
    head = t("widgets.bp.summary", steps=m["steps"], encounters=m["encounters"],
             fail=m["fail_points"], wait=m["wait_points"], time=m["customer_time"])
    problems = bp.validate()
    if problems:
        items = "".join(f"<li>{html.escape(p.message)}</li>" for p in problems)
        body = f"<b>{html.escape(t('widgets.bp.problems'))}</b><ul>{items}</ul>"
    else:
        body = f"<p>{html.escape(t('widgets.bp.ok'))}</p>"
    return f"<p><b>{html.escape(head)}</b></p>{body}"


class BlueprintBuilder:
    """Build a blueprint step by step; every change redraws the diagram.

    Use the controls, or the same actions from code: ``add_step(lane, column, label)``,
    ``connect(source, target)``, ``mark(step, fail_mode=..., wait=...)``, ``remove(step)``,
    ``undo()``. ``.blueprint`` is the current :class:`~svcx_helpers.blueprint.Blueprint`.
    """

    _PREFIX: ClassVar[dict[str, str]] = {"evidence": "E", "customer": "C", "onstage": "O",
                                         "backstage": "B", "support": "S"}

    def __init__(self, bp: Any = None) -> None:
        import ipywidgets as w

        from .blueprint import LANES, Blueprint, lane_name

        self._Blueprint = Blueprint
        start = bp.to_dict() if bp is not None else {"name": t("blueprint.untitled"), "steps": [],
                                                     "flows": []}
        self.data: dict[str, Any] = start
        self._history: list[dict[str, Any]] = []
        style = {"description_width": "initial"}
        self.lane = w.Dropdown(options=[(lane_name(x), x) for x in LANES], value="customer",
                               description=t("widgets.bp.lane"), style=style)
        self.column = w.BoundedIntText(value=1, min=1, max=99, description=t("widgets.bp.column"),
                                       style=style, layout=w.Layout(width="140px"))
        self.label = w.Text(description=t("widgets.bp.label"), style=style)
        add = w.Button(description=t("widgets.bp.add"), button_style="primary")
        self.source = w.Dropdown(description=t("widgets.bp.from"), style=style)
        self.target = w.Dropdown(description=t("widgets.bp.to"), style=style)
        connect = w.Button(description=t("widgets.bp.connect"))
        self.step_pick = w.Dropdown(description=t("widgets.bp.step"), style=style)
        self.fail = w.Checkbox(description=t("widgets.bp.fail"), indent=False)
        self.fail_mode = w.Text(description=t("widgets.bp.fail_mode"), style=style)
        self.wait = w.BoundedFloatText(value=0, min=0, max=1e4, description=t("widgets.bp.wait"),
                                       style=style, layout=w.Layout(width="170px"))
        mark = w.Button(description=t("widgets.bp.mark"))
        remove = w.Button(description=t("widgets.bp.remove"), button_style="warning")
        undo = w.Button(description=t("widgets.bp.undo"))
        self.message = w.HTML()
        self.summary = w.HTML()
        self.image = w.Image(format="png", layout=w.Layout(max_width="100%"))
        add.on_click(lambda _: self._safely(lambda: self.add_step(
            self.lane.value, self.column.value, self.label.value)))
        connect.on_click(lambda _: self._safely(lambda: self.connect(
            self.source.value, self.target.value)))
        mark.on_click(lambda _: self._safely(lambda: self.mark(
            self.step_pick.value, fail_mode=self.fail_mode.value if self.fail.value else None,
            wait=self.wait.value or None)))
        remove.on_click(lambda _: self._safely(lambda: self.remove(self.step_pick.value)))
        undo.on_click(lambda _: self._safely(self.undo))
        self.widget = w.VBox([
            w.HTML(f"<h4>{html.escape(t('widgets.bp.title'))}</h4>"),
            w.HBox([self.lane, self.column, self.label, add]),
            w.HBox([self.source, self.target, connect]),
            w.HBox([self.step_pick, self.fail, self.fail_mode, self.wait, mark, remove, undo]),
            self.message, self.summary, self.image])
        self._refresh()

    # actions (usable from code) ---------------------------------------------------------
    def _change(self, update: Any) -> None:
        before = {**self.data, "steps": [dict(s) for s in self.data["steps"]],
                  "flows": [list(f) for f in self.data["flows"]]}
        update()
        try:
            self._Blueprint.from_dict(self.data) if self.data["steps"] else None
        except ValueError:
            self.data = before
            raise
        self._history.append(before)
        self._refresh()

    def add_step(self, lane: str, column: int, label: str) -> str:
        """Add a step; returns its new id (lane letter + number, e.g. ``C3``)."""
        from .blueprint import lane_key

        key = lane_key(lane)
        prefix = self._PREFIX.get(key, "X")
        used = {str(s["id"]) for s in self.data["steps"]}
        n = 1
        while f"{prefix}{n}" in used:
            n += 1
        step_id = f"{prefix}{n}"
        self._change(lambda: self.data["steps"].append(
            {"id": step_id, "lane": key, "column": int(column), "label": str(label).strip()}))
        return step_id

    def connect(self, source: str, target: str) -> None:
        """Add the flow ``source → target``."""
        self._change(lambda: self.data["flows"].append([source, target]))

    def mark(self, step: str, fail_mode: str | None = None, wait: float | None = None) -> None:
        """Mark ``step`` as a fail point (when ``fail_mode`` is given) and/or a wait point
        (when ``wait`` minutes are given); ``None`` clears the mark."""
        def update() -> None:
            for s in self.data["steps"]:
                if s["id"] == step:
                    for key in ("fail_point", "fail_mode", "wait_point", "wait"):
                        s.pop(key, None)
                    if fail_mode:
                        s.update(fail_point=True, fail_mode=fail_mode)
                    if wait:
                        s.update(wait_point=True, wait=float(wait))
        self._change(update)

    def remove(self, step: str) -> None:
        """Remove ``step`` and the flows to and from it."""
        def update() -> None:
            self.data["steps"] = [s for s in self.data["steps"] if s["id"] != step]
            self.data["flows"] = [f for f in self.data["flows"] if step not in f]
        self._change(update)

    def undo(self) -> None:
        """Go back one change."""
        if self._history:
            self.data = self._history.pop()
            self._refresh()

    # display ------------------------------------------------------------------------------
    @property
    def blueprint(self) -> Any:
        """The current blueprint (``None`` while it has no steps)."""
        return self._Blueprint.from_dict(self.data) if self.data["steps"] else None

    def _safely(self, action: Any) -> None:
        try:
            action()
            self.message.value = ""
        except (ValueError, KeyError) as exc:
            self.message.value = (f"<span style='color:#A33A00'>"
                                  f"{html.escape(t('widgets.bp.error', error=exc))}</span>")

    def _refresh(self) -> None:
        ids = [str(s["id"]) for s in self.data["steps"]]
        for dd in (self.source, self.target, self.step_pick):
            dd.options = ids
        bp = self.blueprint
        if bp is None:
            self.summary.value = ""
            self.image.value = b""
            return
        self.summary.value = blueprint_summary_html(bp)
        self.image.value = _figure_png(lambda: bp.plot())

    def _ipython_display_(self) -> None:  # pragma: no cover - notebook display
        from IPython.display import display

        display(self.widget)


def blueprint_builder(bp: Any = None) -> BlueprintBuilder:
    """Widget: add steps to lanes, connect them, mark F/W and watch the diagram redraw.

    Start empty or from a blueprint (``blueprint_builder(blueprint.load("restaurant"))``).
    """
    return BlueprintBuilder(bp)


def journey_summary_html(journey: Any, threshold: float | None = None) -> str:
    """Pain points below ``threshold`` and the curve's summary (pure function behind
    :func:`journey_emotion_editor`)."""
    limit = journey.midpoint if threshold is None else float(threshold)
    pains = journey.pain_points(limit)
    items = ", ".join(f"{r.step}. {r.action} ({r.emotion:g})" for r in pains.itertuples())
    low, high = journey.lowest(), journey.highest()
    curve = journey.emotion_curve()
    summary = t("widgets.jm.summary", mean=float(curve["emotion"].mean()), low=low["action"],
                low_value=float(low["emotion"]), high=high["action"],
                high_value=float(high["emotion"]), peak_end=journey.peak_end())
    pain_line = t("widgets.jm.pains", threshold=limit, items=items or t("widgets.jm.none"))
    return f"<p>{html.escape(pain_line)}<br>{html.escape(summary)}</p>"


class JourneyEmotionEditor:
    """Slide the emotion of each step; the curve, pain points and summary follow.

    ``set_emotion(step, value)`` does the same from code (steps numbered from 1);
    ``.journey`` is the edited copy (the original is not changed).
    """

    def __init__(self, journey: Any, threshold: float | None = None) -> None:
        import copy

        import ipywidgets as w

        self.journey = copy.deepcopy(journey)
        low, high = self.journey.scale
        style = {"description_width": "initial"}
        self.sliders = []
        for i, s in enumerate(self.journey.steps, start=1):
            slider = w.FloatSlider(value=s.emotion, min=low, max=high, step=0.5,
                                   description=f"{i}. {s.text()}", style=style,
                                   layout=w.Layout(width="460px"), continuous_update=False)
            slider.observe(lambda change, i=i: self.set_emotion(i, change["new"]), "value")
            self.sliders.append(slider)
        self.threshold = w.FloatSlider(
            value=self.journey.midpoint if threshold is None else threshold, min=low, max=high,
            step=0.5, description=t("widgets.jm.threshold"), style=style,
            continuous_update=False)
        self.threshold.observe(lambda _: self._refresh(), "value")
        self.summary = w.HTML()
        self.image = w.Image(format="png", layout=w.Layout(max_width="100%"))
        self.widget = w.VBox([w.HTML(f"<h4>{html.escape(t('widgets.jm.title'))}</h4>"),
                              w.HBox([w.VBox(self.sliders), w.VBox([self.threshold])]),
                              self.summary, self.image])
        self._refresh()

    def set_emotion(self, step: int, value: float) -> None:
        """Set the emotion of step number ``step`` (1-based) and redraw."""
        low, high = self.journey.scale
        if not low <= float(value) <= high:
            raise ValueError(t("journey.err.emotion", where=f"step {step}", low=low, high=high,
                               value=value))
        self.journey.steps[step - 1].emotion = float(value)
        if self.sliders[step - 1].value != float(value):
            self.sliders[step - 1].value = float(value)
        self._refresh()

    def _refresh(self) -> None:
        from .plots.journey import plot_emotion_curve

        self.summary.value = journey_summary_html(self.journey, self.threshold.value)
        self.image.value = _figure_png(
            lambda: plot_emotion_curve(self.journey, threshold=self.threshold.value))

    def _ipython_display_(self) -> None:  # pragma: no cover - notebook display
        from IPython.display import display

        display(self.widget)


def journey_emotion_editor(journey: Any, threshold: float | None = None) -> JourneyEmotionEditor:
    """Widget: a slider per step for its emotion, and one for the pain threshold."""
    return JourneyEmotionEditor(journey, threshold)


# --------------------------------------------------------------------------------------
# SLA what-if and process what-if (issue 7)
# --------------------------------------------------------------------------------------
def sla_what_if_data(tickets: pd.DataFrame, target: float, by: str = "channel",
                     freq: str = "W") -> tuple[pd.DataFrame, pd.DataFrame]:
    """Compliance per group with a first-response ``target`` (hours) and the p-chart of the
    share of tickets missing it per period — the pure function behind
    :func:`sla_explorer`."""
    from .standards import kqi, p_chart, read_tickets

    df = read_tickets(tickets)
    table = kqi(df, by=by, response_target=target)[["tickets", "sla_compliance"]]
    df = df[df["first_response"].notna()].copy()
    df["miss"] = (df["first_response"] - df["created"]) / pd.Timedelta(hours=1) > target
    period = df["created"].dt.to_period(freq).dt.start_time
    counts = df.groupby(period)["miss"].agg(["sum", "size"])
    chart = p_chart(counts["sum"], counts["size"], index=counts.index)
    return table, chart


def sla_explorer(tickets: pd.DataFrame, target: float = 4.0, by: str = "channel",
                 freq: str = "W") -> Any:
    """Widget: pick a first-response target (hours) and a grouping; see the compliance per
    group and the p-chart of the weekly share of tickets that miss the target."""
    import ipywidgets as w

    from .plots.standards import plot_p_chart

    style = {"description_width": "initial"}
    slider = w.FloatSlider(value=target, min=0.25, max=24, step=0.25,
                           description=t("widgets.sla.target"), style=style,
                           continuous_update=False, layout=w.Layout(width="420px"))
    groups = [c for c in ("channel", "team", "category", "priority") if c in tickets.columns]
    group = w.Dropdown(options=groups or [by], value=by if by in groups else (groups or [by])[0],
                       description=t("widgets.group_by"), style=style)
    summary = w.HTML()
    image = w.Image(format="png", layout=w.Layout(max_width="100%"))

    def update(_: Any = None) -> None:
        table, chart = sla_what_if_data(tickets, slider.value, group.value, freq)
        share = float((table["sla_compliance"] * table["tickets"]).sum() / table["tickets"].sum())
        weeks = [str(i.date()) for i in chart.index[chart["signal"]]]
        head = t("widgets.sla.result", share=share, target=slider.value,
                 signals=", ".join(weeks) or t("widgets.jm.none"))
        rows = "".join(f"<tr><td>{html.escape(str(i))}</td><td>{int(r.tickets)}</td>"
                       f"<td>{r.sla_compliance:.1%}</td></tr>" for i, r in table.iterrows())
        summary.value = f"<p><b>{html.escape(head)}</b></p><table>{rows}</table>"
        image.value = _figure_png(lambda: plot_p_chart(chart))

    slider.observe(update, "value")
    group.observe(update, "value")
    update()
    return w.VBox([w.HTML(f"<h4>{html.escape(t('widgets.sla.title'))}</h4>"),
                   w.HBox([slider, group]), summary, image])


def process_what_if(log: pd.DataFrame, value_adding: Sequence[str] | None = None) -> Any:
    """Widget: pick an activity and remove it, speed it up or cut the wait before it; see
    the process metrics before and after (:func:`svcx_helpers.process.what_if`)."""
    import ipywidgets as w

    from . import process

    log = process.as_log(log)
    style = {"description_width": "initial"}
    acts = sorted(set(log["activity"]))
    activity = w.Dropdown(options=acts, description=t("widgets.pm.activity"), style=style)
    remove = w.Checkbox(description=t("widgets.pm.remove"), indent=False)
    speed = w.FloatSlider(value=0, min=0, max=0.9, step=0.05, readout_format=".0%",
                          description=t("widgets.pm.speedup"), style=style,
                          continuous_update=False)
    wait = w.FloatSlider(value=0, min=0, max=1, step=0.05, readout_format=".0%",
                         description=t("widgets.pm.wait_cut"), style=style,
                         continuous_update=False)
    out = w.HTML()

    def update(_: Any = None) -> None:
        after = process.what_if(log, activity.value, remove=remove.value, speedup=speed.value,
                                wait_cut=wait.value)
        table = process.compare(log, after, value_adding)
        out.value = table.round(2).to_html(na_rep="–")

    for control in (activity, remove, speed, wait):
        control.observe(update, "value")
    update()
    return w.VBox([w.HTML(f"<h4>{html.escape(t('widgets.pm.title'))}</h4>"),
                   w.HBox([activity, remove]), w.HBox([speed, wait]), out])


# --------------------------------------------------------------------------------------
# Staffing what-if, Pareto explorer, internal map explorer (issue 8)
# --------------------------------------------------------------------------------------
def staffing_summary_html(arrivals_per_hour: float, aht_seconds: float, agents: int,
                          target_seconds: float = 20.0) -> str:
    """Service level, ASA, occupancy and P(wait) for one staffing choice (pure function
    behind :func:`staffing_what_if`)."""
    from . import queueing

    a = queueing.offered_traffic(arrivals_per_hour, 3600, aht_seconds)
    sl = queueing.service_level(a, agents, aht_seconds, target_seconds)
    asa = queueing.average_wait(a, agents, aht_seconds)
    text = t("widgets.q.summary", traffic=a, agents=agents, sl=sl, target=target_seconds,
             asa="∞" if asa == float("inf") else f"{asa:.0f}",
             occ=queueing.occupancy(a, agents), pw=queueing.erlang_c(a, agents))
    warn = (f"<br><span style='color:#A33A00'>{html.escape(t('widgets.q.unstable'))}</span>"
            if agents <= a else "")
    return f"<p><b>{html.escape(text)}</b>{warn}</p>"


def staffing_what_if(arrivals_per_hour: float = 200.0, aht_seconds: float = 180.0,
                     agents: int = 14, target_seconds: float = 20.0,
                     target_level: float = 0.8) -> Any:
    """Widget: arrival rate, handling time and agents → service level, average wait,
    occupancy, with the service-level curve (Erlang C)."""
    import ipywidgets as w

    from .plots.queueing import plot_service_level_curve
    from .queueing import offered_traffic

    style = {"description_width": "initial"}
    lam = w.IntSlider(value=int(arrivals_per_hour), min=10, max=1000, step=10,
                      description=t("widgets.q.arrivals"), style=style, continuous_update=False)
    aht = w.IntSlider(value=int(aht_seconds), min=30, max=900, step=10,
                      description=t("widgets.q.aht"), style=style, continuous_update=False)
    n = w.IntSlider(value=int(agents), min=1, max=150, description=t("queues.axis.agents"),
                    style=style, continuous_update=False)
    summary = w.HTML()
    image = w.Image(format="png", layout=w.Layout(max_width="100%"))

    def update(_: Any = None) -> None:
        summary.value = staffing_summary_html(lam.value, aht.value, n.value, target_seconds)
        a = offered_traffic(lam.value, 3600, aht.value)
        lo = max(1, int(a) + 1)
        image.value = _figure_png(lambda: plot_service_level_curve(
            a, aht.value, target_seconds, target_level=target_level,
            agents=range(lo, max(lo + 10, n.value + 3))))

    for s in (lam, aht, n):
        s.observe(update, "value")
    update()
    return w.VBox([w.HTML(f"<h4>{html.escape(t('widgets.q.title'))}</h4>"),
                   w.HBox([lam, aht, n]), summary, image])


def pareto_explorer(complaints: pd.DataFrame, by: str = "category") -> Any:
    """Widget: Pareto chart of complaints by a column of your choice, counted or weighted
    by a numeric column, with an adjustable threshold for the vital few."""
    import ipywidgets as w

    from .plots.recovery import plot_pareto
    from .recovery import pareto

    style = {"description_width": "initial"}
    columns = [c for c in ("category", "channel", "severity", "compensation")
               if c in complaints.columns] or [by]
    numeric = [c for c in complaints.columns if pd.api.types.is_numeric_dtype(complaints[c])]
    group = w.Dropdown(options=columns, value=by if by in columns else columns[0],
                       description=t("widgets.group_by"), style=style)
    value = w.Dropdown(options=[(t("widgets.rec.count"), None)] + [(c, c) for c in numeric],
                       description=t("widgets.rec.value"), style=style)
    threshold = w.FloatSlider(value=0.8, min=0.5, max=0.95, step=0.05,
                              description=t("widgets.rec.threshold"), style=style,
                              continuous_update=False)
    summary = w.HTML()
    image = w.Image(format="png", layout=w.Layout(max_width="100%"))

    def update(_: Any = None) -> None:
        table = pareto(complaints, by=group.value, value=value.value,
                       threshold=threshold.value)
        few = [str(i) for i in table.index[table["vital_few"]]]
        summary.value = f"<p>{html.escape(t('widgets.rec.few', items=', '.join(few)))}</p>"
        image.value = _figure_png(lambda: plot_pareto(table, threshold=threshold.value))

    for c in (group, value, threshold):
        c.observe(update, "value")
    update()
    return w.VBox([w.HTML(f"<h4>{html.escape(t('widgets.rec.title'))}</h4>"),
                   w.HBox([group, value, threshold]), summary, image])


def internal_map_explorer(requests: pd.DataFrame) -> Any:
    """Widget: the internal customer–supplier map coloured by satisfaction or on-time
    share, rare links hidden below a minimum, and the weakest links listed."""
    import ipywidgets as w

    from .internal import weakest_links
    from .plots.internal import plot_network

    style = {"description_width": "initial"}
    color = w.Dropdown(options=[(t("internal.label.satisfaction"), "satisfaction"),
                                (t("internal.label.on_time"), "on_time")],
                       description=t("widgets.int.color"), style=style)
    minimum = w.IntSlider(value=20, min=1, max=200, description=t("widgets.int.min"),
                          style=style, continuous_update=False)
    summary = w.HTML()
    image = w.Image(format="png", layout=w.Layout(max_width="100%"))

    def update(_: Any = None) -> None:
        by = "satisfaction" if color.value == "satisfaction" else "on_time"
        weak = weakest_links(requests, n=3, min_requests=minimum.value, by=by)
        items = ", ".join(f"{a} → {b}" for a, b in weak.index)
        summary.value = f"<p>{html.escape(t('widgets.int.weak', items=items or '–'))}</p>"
        image.value = _figure_png(lambda: plot_network(
            requests, color=color.value, min_requests=minimum.value, highlight=weak.index))

    color.observe(update, "value")
    minimum.observe(update, "value")
    update()
    return w.VBox([w.HTML(f"<h4>{html.escape(t('widgets.int.title'))}</h4>"),
                   w.HBox([color, minimum]), summary, image])


# --------------------------------------------------------------------------------------
# Authority matrix explorer (issue 18, culture)
# --------------------------------------------------------------------------------------
def authority_summary_html(complaints: pd.DataFrame, matrix: Any, cap: float | None = None,
                           costs: Any = None) -> str:
    """First-contact resolution, cost at risk, FCR by channel, the three best single raises
    within ``cap`` and any limit that falls up the chain, as HTML (the pure function
    behind :func:`authority_matrix_explorer`)."""
    from .empowerment import best_changes, chain_violations, fcr
    from .plots.empowerment import name

    total = fcr(complaints, matrix, costs=costs).iloc[0]
    head = t("empowerment.widget.result", fcr=total["fcr"], n=int(total["first_contact"]),
             total=int(total["complaints"]), risk=f"{total['cost_at_risk']:,.0f}",
             paid=f"{total['paid_at_first_contact']:,.0f}")
    if costs is not None:
        head += " " + t("empowerment.widget.handling", cost=f"{total['handling_cost']:,.0f}")
    channels = fcr(complaints, matrix, by="channel")
    rows = "".join(f"<tr><td>{html.escape(name(i))}</td><td>{int(r.complaints)}</td>"
                   f"<td>{r.fcr:.1%}</td></tr>" for i, r in channels.iterrows())
    table = (f"<table><tr><th>{html.escape(t('empowerment.widget.channel'))}</th>"
             f"<th>{html.escape(t('empowerment.widget.complaints'))}</th>"
             f"<th>{html.escape(t('empowerment.widget.fcr'))}</th></tr>{rows}</table>")
    changes = best_changes(complaints, matrix, cap=cap).head(3)
    items = "".join(
        "<li>" + html.escape(t("empowerment.widget.change", role=name(r.role),
                               remedy=name(r.remedy), old=f"{r.limit:g}",
                               new=f"{r.new_limit:g}", gain=int(r.gain),
                               cost=f"{r.added_cost_at_risk:,.0f}")) + "</li>"
        for r in changes.itertuples())
    title = t("empowerment.widget.best_no_cap") if cap is None else \
        t("empowerment.widget.best", cap=f"{cap:,.0f}")
    best = (f"<p><b>{html.escape(title)}</b></p><ol>{items}</ol>" if items else
            f"<p>{html.escape(t('empowerment.widget.none'))}</p>")
    warn = "".join(
        "<br><span style='color:#A33A00'>" + html.escape(t(
            "empowerment.widget.violation", role=name(low), remedy=name(remedy),
            higher=name(high))) + "</span>"
        for low, remedy, high in chain_violations(matrix))
    return f"<p><b>{html.escape(head)}</b>{warn}</p>{table}{best}"


def authority_matrix_explorer(complaints: pd.DataFrame, matrix: Any, costs: Any = None,
                              cap: float = 10000.0) -> Any:
    """Widget: one box per first-contact role and remedy with its limit (yuan; 0 = may
    not grant) and a slider for the cost cap; see first-contact resolution, the cost at
    risk, FCR by channel, the best single raises within the cap and where complaints are
    settled (:mod:`svcx_helpers.empowerment`). The escalation roles keep their limits;
    ``.matrix`` is the matrix as edited."""
    import ipywidgets as w

    from .empowerment import FIRST_CONTACT, authority_matrix, settle
    from .plots.empowerment import name, plot_levels

    start = authority_matrix(matrix)
    roles = [r for r in dict.fromkeys(FIRST_CONTACT.values())]
    remedies = list(start.columns)
    style = {"description_width": "initial"}
    boxes: dict[tuple[str, str], Any] = {}
    grid = [w.HTML("")] + [w.HTML(f"<b>{html.escape(name(m))}</b>") for m in remedies]
    for role in roles:
        grid.append(w.HTML(f"<b>{html.escape(name(role))}</b>"))
        for remedy in remedies:
            value = int(start.loc[role, remedy]) if role in start.index else 0
            box = w.BoundedIntText(value=value, min=0, max=100000, step=10,
                                   layout=w.Layout(width="110px"))
            boxes[role, remedy] = box
            grid.append(box)
    table = w.GridBox(grid, layout=w.Layout(
        grid_template_columns=f"150px repeat({len(remedies)}, 120px)"))
    slider = w.IntSlider(value=int(cap), min=0, max=50000, step=1000,
                         description=t("empowerment.widget.cap"), style=style,
                         continuous_update=False, layout=w.Layout(width="420px"))
    reset = w.Button(description=t("empowerment.widget.reset"), icon="undo")
    summary = w.HTML()
    image = w.Image(format="png", layout=w.Layout(max_width="100%"))

    class Explorer(w.VBox):  # type: ignore[misc]
        @property
        def matrix(self) -> pd.DataFrame:
            out = start.copy()
            for (role, remedy), box in boxes.items():
                out.loc[role, remedy] = float(box.value)
            return authority_matrix(out.fillna(0))

    def update(_: Any = None) -> None:
        current = box_.matrix
        summary.value = authority_summary_html(complaints, current, slider.value, costs)
        image.value = _figure_png(lambda: plot_levels(settle(complaints, current)))

    def undo(_: Any = None) -> None:
        for (role, remedy), box in boxes.items():
            box.value = int(start.loc[role, remedy]) if role in start.index else 0

    box_ = Explorer([w.HTML(f"<h4>{html.escape(t('empowerment.widget.title'))}</h4>"),
                     table, w.HBox([slider, reset]), summary, image])
    for box in [*boxes.values(), slider]:
        box.observe(update, "value")
    reset.on_click(undo)
    update()
    return box_


# --------------------------------------------------------------------------------------
# SCAMPER walk-through (issue 19, creative)
# --------------------------------------------------------------------------------------
def scamper_step_html(step: Any, k: int = 1, n: int = 1) -> str:
    """One step of a blueprint with its marks and times and the seven SCAMPER prompts about
    it, as HTML (the pure function behind :func:`scamper_walkthrough`)."""
    from .blueprint import lane_name
    from .decision import scamper_prompts

    head = t("decision.widget.step", k=k, n=n, id=step.id, lane=lane_name(step.lane),
             column=f"{step.column:g}")
    facts = []
    if step.duration is not None:
        facts.append(t("decision.widget.time", duration=f"{step.duration:g}",
                       tolerance="–" if step.tolerance is None else f"{step.tolerance:g}"))
    if step.wait_point:
        facts.append(t("decision.widget.wait", wait="–" if step.wait is None
                       else f"{step.wait:g}"))
    if step.fail_point:
        facts.append(t("decision.widget.marks", fail=step.text_of("fail_mode") or "–"))
    prompts = "".join(f"<li><b>{html.escape(letter)} · {html.escape(row['name'])}</b>: "
                      f"{html.escape(row['prompt'])}</li>"
                      for letter, row in scamper_prompts(step).iterrows())
    items = "".join(f"<li>{html.escape(f)}</li>" for f in facts)
    return (f"<p><small>{html.escape(head)}</small><br><b>{html.escape(step.text())}</b></p>"
            f"<ul>{items}</ul><ol style='list-style:none;padding-left:0'>{prompts}</ol>")


def scamper_walkthrough(blueprint: Any, lanes: Sequence[str] | None = None) -> Any:
    """Widget: walk a team through ``blueprint`` (a :class:`~svcx_helpers.blueprint.
    Blueprint` or the name of a shipped one) step by step — column by column, top lane
    first (:func:`svcx_helpers.decision.walk`) — showing each step with its fail and wait
    marks and Eberle's seven SCAMPER prompts about it. Pick a letter, write the idea, add
    it; ``.options`` is the list of ``{"letter", "step", "idea"}`` dicts that
    :func:`svcx_helpers.decision.read_options` reads. ``lanes`` defaults to every lane but
    the physical evidence."""
    import ipywidgets as w

    from . import blueprint as bp_module
    from .decision import SCAMPER, walk

    bp = bp_module.load(blueprint) if isinstance(blueprint, str) else blueprint
    steps = walk(bp, lanes or [x for x in bp_module.LANES if x != "evidence"])
    collected: list[dict[str, str]] = []
    style = {"description_width": "initial"}
    step_box = w.HTML()
    previous = w.Button(description=t("decision.widget.previous"), icon="arrow-left")
    following = w.Button(description=t("decision.widget.next"), icon="arrow-right")
    letter = w.Dropdown(options=[(f"{x} · {t(f'decision.scamper.{x}.name')}", x)
                                 for x in SCAMPER],
                        description=t("decision.widget.letter"), style=style)
    idea = w.Textarea(placeholder=t("decision.widget.idea"),
                      layout=w.Layout(width="100%", height="60px"))
    add = w.Button(description=t("decision.widget.add"), icon="plus")
    status = w.HTML()
    position = {"k": 0}

    class Walkthrough(w.VBox):  # type: ignore[misc]
        @property
        def options(self) -> list[dict[str, str]]:
            return [dict(o) for o in collected]

        @property
        def step(self) -> Any:
            return steps[position["k"]]

    def show() -> None:
        k = position["k"]
        step_box.value = scamper_step_html(steps[k], k + 1, len(steps))
        previous.disabled, following.disabled = k == 0, k == len(steps) - 1
        status.value = html.escape(t("decision.widget.count", n=len(collected)))

    def move(delta: int) -> None:
        position["k"] = min(max(position["k"] + delta, 0), len(steps) - 1)
        show()

    def keep(_: Any = None) -> None:
        if not idea.value.strip():
            status.value = html.escape(t("decision.widget.empty"))
            return
        collected.append({"letter": letter.value, "step": steps[position["k"]].id,
                          "idea": idea.value.strip()})
        idea.value = ""
        show()

    previous.on_click(lambda _: move(-1))
    following.on_click(lambda _: move(1))
    add.on_click(keep)
    box = Walkthrough([w.HTML(f"<h4>{html.escape(t('decision.widget.title', name=bp.text()))}"
                              "</h4>"), w.HBox([previous, following]), step_box,
                       w.HBox([letter, add]), idea, status])
    show()
    return box
