"""Answer cards: graded tasks answered without code (the no-code track).

A task of a question bank that a learner can answer by choosing, ranking, typing a number or
a few sentences has a :class:`Card` (``Question(card=Card.choice(...))``). In a no-code
exercise (``exercises/nocode/<name>.ipynb``) the cell ``answer_card("kano.t6_chatbot",
answer)`` shows it as a widget: the inputs, a *Check* button that calls the same
:func:`~svcx_helpers.grading.checks.check` as a code exercise (same hints, same points)
and the feedback.

Where the answers live, and why
-------------------------------
Every change of a card is kept in two places:

1. **In the notebook itself**: the card's cell shows a small "Saved answer" output that
   carries the answer as data (MIME :data:`CARD_MIME`: task, answer as in
   :mod:`.payload`, time, hint level reached). The kernel updates that output (a
   display with an id) on every change, so JupyterLab saves it with the notebook: a
   notebook handed in alone carries its answers, and closing and reopening it shows them.
2. **In an answers file beside the notebook**, ``<notebook>.answers.json``, written by the
   kernel on every change: answers given since the last save survive a kernel restart and
   "Run all". (JupyterLab's saved widget state cannot do this: "Run all" makes new widgets
   and the old state is dropped at the next save.)

When a card is made it takes, per task, the newest of the two (by the time each record
carries). The notebook is found from ``SVCX_NOTEBOOK`` (set by ``svcx grade``) or
``JPY_SESSION_NAME`` (set by Jupyter for the notebook's kernel); without either (nbval,
a script) nothing is read or written.

``svcx grade`` grades a no-code submission like a code one: it finds the tasks by the
``answer_card("id", …)`` calls, runs the notebook in the sandbox with ``SVCX_NOTEBOOK``
pointing at the copy (and the answers file handed in beside it, if any), asks the kernel
for each card's answer (:func:`value_of`) and decides outside the kernel. A hand-edited
answer — in the file or the notebook — is just an answer: graded like any other, a
wrong type becomes feedback.

Example
-------
>>> card = Card.number(unit=("agents", "名坐席"), integer=True)
>>> card.read_number(" 12 ")
12
>>> card.read_number("１２．５")
12.5
>>> card.read_number("50,000,000"), Card.number().read_number("0,76")
(50000000, 0.76)
>>> card.read_number("about twelve")
'about twelve'
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..i18n import get_language, t
from .checks import Text, card_shown, check, get_question, tr
from .payload import from_payload, to_payload

CARD_MIME = "application/x-svcx-card+json"
KINDS = ("choice", "multi", "number", "ranking", "text", "table")

Option = Any
"""A value, or ``(value, label)`` where the label is a string or an (English, Chinese) pair."""


def _resolve(options: Callable[[], Sequence[Option]] | Sequence[Option] | None
             ) -> list[tuple[Any, str]]:
    items = options() if callable(options) else (options or ())
    out = []
    for item in items:
        if isinstance(item, tuple) and len(item) == 2 and not isinstance(item[1], (int, float)):
            value, label = item
            out.append((value, tr(label)))
        else:
            out.append((item, str(item)))
    return out


@dataclass(frozen=True)
class Card:
    """How a task is answered without code. Build one with a class method:

    * ``Card.choice(options)`` — one of the options (radio buttons; a drop-down list when
      there are more than six);
    * ``Card.multi(options)`` — any of the options (check boxes) → a list;
    * ``Card.number(unit=…, integer=False)`` — a number typed in a box; full-width digits,
      thousands separators (``50,000`` — a comma before groups of three digits), a decimal
      comma (``0,76``) and a unit typed after it are accepted; anything else reaches the
      check as the text it is (and gets the check's "expected a number" feedback);
    * ``Card.ranking(options, picks=3)`` — the first ``picks`` options in order → a list;
    * ``Card.text(lines=4)`` — a few sentences → a string;
    * ``Card.table(rows, options=None)`` — one answer per row (a drop-down of ``options``,
      or a number box without them) → a list in row order, or a dict with ``as_dict``.

    Options and rows may be given as a function (computed from the course data when the
    card is shown). Labels may be (English, Chinese) pairs.
    """

    kind: str
    options: Callable[[], Sequence[Option]] | Sequence[Option] | None = None
    rows: Callable[[], Sequence[Option]] | Sequence[Option] | None = None
    unit: Text | str = ""
    picks: int = 0
    lines: int = 4
    integer: bool = False
    as_dict: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"Card kind {self.kind!r}: use one of {', '.join(KINDS)}")

    @classmethod
    def choice(cls, options: Any) -> Card:
        return cls("choice", options=options)

    @classmethod
    def multi(cls, options: Any) -> Card:
        return cls("multi", options=options)

    @classmethod
    def number(cls, unit: Text | str = "", integer: bool = False) -> Card:
        return cls("number", unit=unit, integer=integer)

    @classmethod
    def ranking(cls, options: Any, picks: int = 3) -> Card:
        return cls("ranking", options=options, picks=picks)

    @classmethod
    def text(cls, lines: int = 4) -> Card:
        return cls("text", lines=lines)

    @classmethod
    def table(cls, rows: Any, options: Any = None, as_dict: bool = False,
              integer: bool = False) -> Card:
        return cls("table", rows=rows, options=options, as_dict=as_dict, integer=integer)

    def option_list(self) -> list[tuple[Any, str]]:
        """``(value, label)`` of every option, labels in the current language."""
        return _resolve(self.options)

    def row_list(self) -> list[tuple[Any, str]]:
        return _resolve(self.rows)

    def read_number(self, text: Any) -> Any:
        """The number typed in a box, or the text itself when it is not one (the check then
        says a number was expected). Empty → ``...`` (not answered)."""
        if not isinstance(text, str):
            return text
        s = unicodedata.normalize("NFKC", text).strip()
        if not s:
            return Ellipsis
        s = s.replace("\u2212", "-").replace(" ", "").replace("\u00a0", "")
        m = re.fullmatch(r"([-+]?\d+(?:[.,]\d+)*)(?:[%A-Za-z\u4e00-\u9fff/·]*)", s)
        if not m:
            return text.strip()
        digits = m.group(1)
        if re.fullmatch(r"[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?", digits):
            digits = digits.replace(",", "")  # 50,000,000 and 208,333: thousands separators
        elif digits.count(",") == 1 and "." not in digits:
            digits = digits.replace(",", ".")  # 0,76: a decimal comma
        try:
            value = float(digits)
        except ValueError:  # 1.2.3
            return text.strip()
        if not math.isfinite(value):
            return text.strip()
        if self.integer and value.is_integer():
            return int(value)
        return int(value) if value.is_integer() and "." not in digits else value


# --------------------------------------------------------------------------------------
# Where answers are kept
# --------------------------------------------------------------------------------------
def notebook_path() -> Path | None:
    """The notebook this kernel belongs to, if known (``SVCX_NOTEBOOK``, else Jupyter's
    ``JPY_SESSION_NAME``)."""
    for var in ("SVCX_NOTEBOOK", "JPY_SESSION_NAME"):
        value = os.environ.get(var, "").strip()
        if value.endswith(".ipynb"):
            return Path(value)
    return None


def answers_file(notebook: Path) -> Path:
    """``kano.ipynb`` → ``kano.answers.json`` beside it."""
    return notebook.with_name(notebook.stem + ".answers.json")


def _valid_record(task: Any, record: Any) -> bool:
    return isinstance(task, str) and isinstance(record, dict) and "answer" in record


def read_answers_file(path: Path) -> dict[str, dict[str, Any]]:
    """``{task: {"answer": payload, "time": seconds, "attempt": n}}`` from an answers file;
    an unreadable file or record is skipped, never an error."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    answers = data.get("answers", {}) if isinstance(data, dict) else {}
    if not isinstance(answers, dict):
        return {}
    return {task: rec for task, rec in answers.items() if _valid_record(task, rec)}


def read_notebook_answers(notebook: Path | dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The card records saved in a notebook's outputs (the newest per task)."""
    try:
        data = notebook if isinstance(notebook, dict) else json.loads(
            Path(notebook).read_text(encoding="utf-8"))
        cells = data.get("cells", [])
    except (OSError, ValueError, AttributeError):
        return {}
    found: dict[str, dict[str, Any]] = {}
    for cell in cells if isinstance(cells, list) else []:
        outputs = cell.get("outputs") if isinstance(cell, dict) else None
        for output in outputs if isinstance(outputs, list) else []:
            bundle = output.get("data") if isinstance(output, dict) else None
            record = bundle.get(CARD_MIME) if isinstance(bundle, dict) else None
            if isinstance(record, str):
                with contextlib.suppress(ValueError):
                    record = json.loads(record)
            task = record.get("task") if isinstance(record, dict) else None
            if _valid_record(task, record) and _newer(record, found.get(task)):
                found[task] = record
    return found


def _time(record: dict[str, Any] | None) -> float:
    try:
        return float(record.get("time", 0)) if record else -1.0
    except (TypeError, ValueError):
        return 0.0


def _newer(record: dict[str, Any], than: dict[str, Any] | None) -> bool:
    return than is None or _time(record) >= _time(than)


def merge(*sources: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per task, the newest record of all sources (the later source wins a tie)."""
    out: dict[str, dict[str, Any]] = {}
    for source in sources:
        for task, record in source.items():
            if _newer(record, out.get(task)):
                out[task] = record
    return out


class Store:
    """The answers of this kernel's notebook (see the module docstring)."""

    def __init__(self, notebook: Path | None) -> None:
        self.notebook = notebook
        self.records: dict[str, dict[str, Any]] = {}
        if notebook is not None:
            self.records = merge(read_notebook_answers(notebook),
                                 read_answers_file(answers_file(notebook)))

    def get(self, task: str) -> Any:
        record = self.records.get(task)
        return from_payload(record["answer"]) if record else Ellipsis

    def attempt(self, task: str) -> int:
        try:
            return int(self.records.get(task, {}).get("attempt", 0))
        except (TypeError, ValueError):
            return 0

    def put(self, task: str, answer: Any, attempt: int = 0) -> dict[str, Any]:
        record = {"task": task, "answer": to_payload(answer), "time": round(time.time(), 3),
                  "attempt": attempt}
        self.records[task] = record
        if self.notebook is not None:
            target = answers_file(self.notebook)
            data = {"notebook": self.notebook.name, "note": t("card.file_note"),
                    "answers": self.records}
            with contextlib.suppress(OSError):  # a read-only folder: the notebook keeps them
                tmp = target.with_name(target.name + ".tmp")
                tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
                os.replace(tmp, target)
        return record


_STORE: list[Store] = []
_CURRENT: dict[str, Callable[[], Any]] = {}


def store() -> Store:
    """This kernel's store (made on first use)."""
    if not _STORE:
        _STORE.append(Store(notebook_path()))
    return _STORE[0]


def value_of(task: str) -> Any:
    """The answer the card of ``task`` holds now (``...`` if no card of it was shown):
    what ``svcx grade`` collects."""
    getter = _CURRENT.get(task)
    return getter() if getter else store().get(task)


# --------------------------------------------------------------------------------------
# The widget
# --------------------------------------------------------------------------------------
def _summary(answer: Any) -> str:
    if answer is Ellipsis:
        return t("card.empty")
    zh = get_language() == "zh"  # full-width punctuation in the Chinese edition
    if isinstance(answer, (list, tuple)):
        return ("，" if zh else ", ").join("—" if x is None else str(x) for x in answer)
    if isinstance(answer, dict):
        return ("；" if zh else "; ").join(
            f"{k}{'：' if zh else ': '}{'—' if v is None else v}" for k, v in answer.items())
    return str(answer)


def _labelled(spec: Card | None, answer: Any) -> Any:
    """The answer with option values shown as their labels, and a table's answer under its
    row labels (for people, not the grader)."""
    if spec is None:
        return answer
    try:
        names = dict(spec.option_list()) if spec.options else {}
        rows = spec.row_list() if spec.kind == "table" else []
    except Exception:  # options computed from data that cannot be read: show the values
        return answer

    def name(x: Any, table: dict[Any, str] = names) -> Any:
        try:
            return table.get(x, x)
        except TypeError:  # unhashable, hand-edited answer
            return x
    if rows and isinstance(answer, (list, tuple)) and len(answer) == len(rows):
        return {label: name(x) for (_, label), x in zip(rows, answer, strict=True)}
    if isinstance(answer, (list, tuple)):
        return [name(x) for x in answer]
    if isinstance(answer, dict):
        row_names = dict(rows)
        return {name(k, row_names): name(v) for k, v in answer.items()}
    return name(answer)


def _record_bundle(record: dict[str, Any], title: str, spec: Card | None = None
                   ) -> dict[str, Any]:
    import html

    answer = _labelled(spec, from_payload(record["answer"]))
    text = t("card.saved_answer", task=title, answer=_summary(answer))
    return {CARD_MIME: record, "text/plain": text,
            "text/html": f'<div class="svcx-card-saved" style="color:#5f6368;font-size:90%">'
                         f'{html.escape(text)}</div>'}


def answer_card(task_id: str, answer: Any = Ellipsis) -> None:
    """Show the answer card of a task: inputs, a *Check* button and the feedback.

    ``answer`` (used by the solution notebooks) fills the card and checks it at once — in
    strict mode a wrong model answer raises. Without it the card shows the learner's
    saved answer, if any, or "not answered yet".
    """
    from IPython.display import display

    question = get_question(task_id)
    if question is None:  # the feedback a check of an unknown task gives, not a traceback
        display(check(task_id, answer))
        return
    spec = getattr(question, "card", None)
    if spec is None:
        display(_no_card(task_id))
        return
    explicit = answer is not Ellipsis
    saved = store()
    initial = answer if explicit else saved.get(task_id)
    view = _CardView(task_id, tr(question.title) or task_id, question.points, spec, initial)
    _CURRENT[task_id] = view.value
    card_shown(task_id)
    display(view.box)
    record_handle = display(_record_display(saved, task_id, view.title, initial, spec),
                            raw=True, display_id=True)

    def changed() -> None:
        value = view.value()
        record = saved.put(task_id, value, view.attempt)
        if record_handle is not None:
            record_handle.update(_record_bundle(record, view.title, spec), raw=True)

    view.on_change = changed
    if explicit:
        saved.records[task_id] = {"task": task_id, "answer": to_payload(answer),
                                  "time": round(time.time(), 3), "attempt": 0}
        view.show(check(task_id, answer))
    elif initial is Ellipsis:
        view.show(check(task_id, Ellipsis))
    else:
        view.note(t("card.restored"))


def _record_display(saved: Store, task: str, title: str, initial: Any, spec: Card
                    ) -> dict[str, Any]:
    record = saved.records.get(task) or {"task": task, "answer": to_payload(initial),
                                         "time": 0, "attempt": 0}
    return _record_bundle(record, title, spec)


def _no_card(task_id: str) -> Any:
    from .checks import Feedback

    return Feedback(task_id, "error", t("card.no_card", qid=task_id), max_points=0)


def _css_name(task: str) -> str:
    return "svcx-card-" + re.sub(r"[^A-Za-z0-9_-]", "-", task)


class _CardView:
    """The widgets of one card; ``value()`` reads the answer from them."""

    def __init__(self, task: str, title: str, points: float, spec: Card, initial: Any) -> None:
        import ipywidgets as w

        self.task, self.title, self.spec = task, title, spec
        self.attempt = store().attempt(task)
        self.on_change: Callable[[], None] | None = None
        self._answered = initial is not Ellipsis
        self._inputs: list[Any] = []
        body = self._build(w, initial)
        button = w.Button(description=t("card.check"), button_style="primary",
                          icon="check", layout=w.Layout(width="auto"))
        button.add_class("svcx-card-check")
        button.on_click(lambda _b: self._check())
        self.out = w.Output()
        self.out.add_class("svcx-card-feedback")
        worth = t("card.points", points=f"{points:g}")
        worth = t("card.points", points=f"{points:g}")
        head = w.HTML(f"<strong>{_html(title)}</strong> "
                      f"<span style='color:#5f6368'>· {_html(worth)}"
                      f" · <code>{_html(task)}</code></span>")
        self.box = w.VBox([head, body, w.HBox([button]), self.out],
                          layout=w.Layout(border="1px solid #dadce0", padding="0.6em",
                                          margin="0.4em 0", width="100%"))
        self.box.add_class("svcx-card")
        self.box.add_class(_css_name(task))
        self.box.add_class(f"svcx-card-{spec.kind}")
        for widget in self._inputs:
            widget.observe(self._changed, names="value")

    # building ---------------------------------------------------------------------
    def _build(self, w: Any, initial: Any) -> Any:
        spec = self.spec
        kind = spec.kind
        if kind == "choice":
            options = spec.option_list()
            self._values = [v for v, _ in options]
            labels = [label for _, label in options]
            value = labels[self._values.index(initial)] if initial in self._values else None
            if len(options) > 6:
                widget = w.Dropdown(options=[t("card.pick"), *labels],
                                    value=value or t("card.pick"),
                                    layout=w.Layout(width="max-content"))
            else:
                widget = w.RadioButtons(options=labels, value=value,
                                        layout=w.Layout(width="max-content"))
            self._inputs = [widget]
            return widget
        if kind == "multi":
            options = spec.option_list()
            self._values = [v for v, _ in options]
            chosen = set(initial) if isinstance(initial, (list, tuple, set)) else set()
            boxes = [w.Checkbox(value=v in chosen, description=label, indent=False)
                     for v, label in options]
            self._inputs = boxes
            return w.VBox(boxes)
        if kind == "number":
            text = "" if initial is Ellipsis or initial is None else _plain(initial)
            widget = w.Text(value=text, placeholder=t("card.type_number"),
                            layout=w.Layout(width="12em"))
            self._inputs = [widget]
            unit = tr(spec.unit)
            return w.HBox([widget, w.Label(unit)]) if unit else widget
        if kind == "ranking":
            options = spec.option_list()
            self._values = [v for v, _ in options]
            labels = [label for _, label in options]
            picks = spec.picks or len(options)
            given = list(initial) if isinstance(initial, (list, tuple)) else []
            rows = []
            for i in range(picks):
                v = given[i] if i < len(given) else None
                widget = w.Dropdown(options=[t("card.pick"), *labels],
                                    value=labels[self._values.index(v)]
                                    if v in self._values else t("card.pick"),
                                    layout=w.Layout(width="max-content"))
                widget.add_class(f"svcx-rank-{i + 1}")
                self._inputs.append(widget)
                rows.append(w.HBox([w.Label(f"{i + 1}."), widget]))
            return w.VBox(rows)
        if kind == "text":
            widget = w.Textarea(value=initial if isinstance(initial, str) else "",
                                placeholder=t("card.type_text"),
                                layout=w.Layout(width="100%", height=f"{1.6 * spec.lines + 1}em"))
            self._inputs = [widget]
            return widget
        # table
        rows = spec.row_list()
        self._rows = [v for v, _ in rows]
        options = spec.option_list()
        self._values = [v for v, _ in options]
        labels = [label for _, label in options]
        if isinstance(initial, dict):
            # keys may be the rows' values or their labels (a Chinese notebook's tables
            # carry Chinese row names)
            given = [initial.get(r, initial.get(label)) for r, label in rows]
        elif isinstance(initial, (list, tuple)):
            given = list(initial) + [None] * (len(rows) - len(initial))
        else:
            given = [None] * len(rows)
        lines = []
        for (_, row_label), v in zip(rows, given, strict=False):
            if options:
                widget = w.Dropdown(options=[t("card.pick"), *labels],
                                    value=labels[self._values.index(v)]
                                    if v in self._values else t("card.pick"),
                                    layout=w.Layout(width="max-content"))
            else:
                widget = w.Text(value="" if v is None else _plain(v),
                                layout=w.Layout(width="10em"))
            widget.add_class("svcx-card-cell")
            self._inputs.append(widget)
            lines.append(w.HBox([w.Label(row_label, layout=w.Layout(width="16em")), widget]))
        return w.VBox(lines)

    # reading ----------------------------------------------------------------------
    def _pick(self, label: Any) -> Any:
        options = self.spec.option_list()
        for value, text in options:
            if text == label:
                return value
        return None

    def value(self) -> Any:
        """The answer the card holds (``...`` until the learner touches it)."""
        if not self._answered:
            return Ellipsis
        kind, spec = self.spec.kind, self.spec
        if kind == "choice":
            label = self._inputs[0].value
            return Ellipsis if label in (None, t("card.pick")) else self._pick(label)
        if kind == "multi":
            return [v for v, box in zip(self._values, self._inputs, strict=False) if box.value]
        if kind == "number":
            return spec.read_number(self._inputs[0].value)
        if kind == "ranking":
            return [None if x.value == t("card.pick") else self._pick(x.value)
                    for x in self._inputs]
        if kind == "text":
            return self._inputs[0].value
        cells = []
        for widget in self._inputs:
            if self.spec.options:
                cells.append(None if widget.value == t("card.pick") else self._pick(widget.value))
            else:
                read = spec.read_number(widget.value)
                cells.append(None if read is Ellipsis else read)
        return dict(zip(self._rows, cells, strict=False)) if spec.as_dict else cells

    # events -----------------------------------------------------------------------
    def _changed(self, _change: Any) -> None:
        self._answered = True
        if self.on_change is not None:
            self.on_change()

    def _check(self) -> None:
        feedback = check(self.task, self.value())
        self.attempt = max(self.attempt, feedback.attempt)
        if self.on_change is not None:
            self.on_change()
        self.show(feedback)

    def show(self, feedback: Any) -> None:
        from IPython.display import display

        self.out.clear_output()
        with self.out:
            display(feedback)

    def note(self, text: str) -> None:
        from IPython.display import HTML, display

        self.out.clear_output()
        with self.out:
            display(HTML(f"<div style='color:#5f6368'>{_html(text)}</div>"))


def _plain(x: Any) -> str:
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return str(x)


def _html(text: str) -> str:
    import html

    return html.escape(str(text))
