"""Service blueprints as data: read, validate, measure, compare — and draw.

A blueprint (Shostack 1984; Bitner, Ostrom & Morgan 2008) is a grid: five **lanes** from
top to bottom — physical evidence, customer actions, onstage (visible) contact actions,
backstage (invisible) contact actions, support processes — and **columns** in time order.
Three lines separate the lanes:

=====================  =====================================================
line of interaction    between customer actions and onstage actions
line of visibility     between onstage and backstage actions
line of internal       between backstage actions and support processes
interaction
=====================  =====================================================

Steps are boxes; **flows** are arrows between steps. Shostack marks **fail points**
(``F``, where the service is likely to go wrong) and **wait points** (``W``, where the
customer waits), and gives each step a standard time and the customer's tolerance.

Definitions used by the metrics (METHODS.md §3):

* a flow *crosses* a line when the line lies between the lanes of its two steps;
  flows crossing the line of interaction are **service encounters**, flows crossing the
  line of internal interaction are **internal hand-offs** (contact staff ↔ support);
* the customer's time in a column = durations of the customer steps in that column
  + the expected ``wait`` of every wait point in that column; the **customer path time**
  is the sum over columns, compared with the sum of the customer steps' tolerances.

A step may also say which **personal data** it handles (the privacy annotation of
:mod:`svcx_helpers.audit`): ``collects``, the items the step asks the customer for, and
``uses``, the items the step needs to do its job (both lists of item names such as
``phone`` or ``id_number``; in a table, comma-separated).

Every text a reader sees has an optional Simplified Chinese twin ``<field>_zh``: the
blueprint's ``name_zh`` and ``description_zh``, each step's ``label_zh`` and
``fail_mode_zh``. Tables and diagrams show it when the language is ``zh`` and fall back
to the English otherwise.

The same blueprint can be written as a dict, a YAML file or a DataFrame (one row per
step, successors in the ``to`` column) and converted back without change.

Example
-------
>>> from svcx_helpers.blueprint import Blueprint
>>> bp = Blueprint.from_dict({"name": "Coffee", "steps": [
...     {"id": "E1", "lane": "evidence", "column": 1, "label": "Menu board"},
...     {"id": "C1", "lane": "customer", "column": 1, "label": "Order", "duration": 1},
...     {"id": "O1", "lane": "onstage", "column": 1, "label": "Take order",
...      "wait_point": True, "wait": 2},
...     {"id": "S1", "lane": "support", "column": 1, "label": "Till system"}],
...     "flows": [["C1", "O1"], ["O1", "S1"]]})
>>> bp.validate()
[]
>>> bp.crossings()
{'interaction': 1, 'visibility': 1, 'internal': 1}
>>> bp.metrics()["customer_time"]
3.0
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd

from .core import dump_yaml, parse_bool
from .i18n import localized, t
from .plotting import lazy_plots, plot_function

_PLOTS = ("plot_blueprint", "save_blueprint")
__getattr__, __dir__ = lazy_plots(__name__, "plots.blueprint", _PLOTS)

LANES: tuple[str, ...] = ("evidence", "customer", "onstage", "backstage", "support")
"""Canonical lane keys, top to bottom (Bitner, Ostrom & Morgan 2008)."""

LINES: tuple[str, ...] = ("interaction", "visibility", "internal")
"""The three lines; line ``k`` lies between ``LANES[k + 1]`` and ``LANES[k + 2]``."""

_LANE_ALIASES: dict[str, str] = {}
for _key, _names in {
    "evidence": ["physical evidence", "evidence", "props", "有形展示", "有形证据", "物理证据",
                 "实体证据"],
    "customer": ["customer", "customer actions", "customer action", "顾客行为", "客户行为",
                 "顾客行动", "客户活动"],
    "onstage": ["onstage", "on stage", "onstage actions", "onstage contact actions",
                "visible contact actions", "onstage visible contact employee actions",
                "front stage", "frontstage", "前台", "前台员工行为", "前台行为", "前台活动",
                "前台接触员工行为"],
    "backstage": ["backstage", "back stage", "backstage actions", "backstage contact actions",
                  "invisible contact actions", "backstage invisible contact employee actions",
                  "后台", "后台员工行为", "后台行为", "后台活动", "后台接触员工行为"],
    "support": ["support", "support processes", "support process", "支持过程", "支持流程",
                "支持行为", "支持活动"],
}.items():
    for _name in _names:
        _LANE_ALIASES[_name] = _key


def lane_key(name: Any) -> str:
    """Canonical lane key for ``name`` ("Customer actions", "后台", …); unknown names unchanged.

    >>> lane_key("Physical evidence"), lane_key("前台员工行为"), lane_key("kitchen")
    ('evidence', 'onstage', 'kitchen')
    """
    text = " ".join(str(name).replace("_", " ").replace("-", " ").replace("/", " ").split())
    return _LANE_ALIASES.get(text.lower(), str(name).strip())


def lane_name(lane: str) -> str:
    """Display name of a lane in the current language."""
    return {"evidence": t("blueprint.lane.evidence"), "customer": t("blueprint.lane.customer"),
            "onstage": t("blueprint.lane.onstage"), "backstage": t("blueprint.lane.backstage"),
            "support": t("blueprint.lane.support")}.get(lane, lane)


def line_name(line: str) -> str:
    """Display name of a line ("interaction", "visibility", "internal")."""
    return {"interaction": t("blueprint.line.interaction"),
            "visibility": t("blueprint.line.visibility"),
            "internal": t("blueprint.line.internal")}[line]


@dataclass
class Step:
    """One box of the blueprint. Times are in the blueprint's unit (minutes by default)."""

    id: str
    lane: str
    column: int | float
    label: str
    label_zh: str | None = None
    duration: float | None = None
    tolerance: float | None = None
    fail_point: bool = False
    fail_mode: str | None = None
    fail_mode_zh: str | None = None
    wait_point: bool = False
    wait: float | None = None
    collects: tuple[str, ...] | None = None
    uses: tuple[str, ...] | None = None

    def text(self, lang: str | None = None) -> str:
        """The label in ``lang`` (default: current language); English when no translation."""
        return str(localized(self, "label", lang))

    def text_of(self, field: str, lang: str | None = None) -> str | None:
        """The text ``field`` ("label", "fail_mode") in ``lang`` (default: current
        language): the Chinese ``<field>_zh`` in zh when it is given, else the English;
        ``None`` when the step has no such text."""
        return localized(self, field, lang)


@dataclass(frozen=True)
class Flow:
    """An arrow from step ``source`` to step ``target``."""

    source: str
    target: str


class Problem(NamedTuple):
    """One problem found by :meth:`Blueprint.validate`."""

    step: str
    code: str
    message: str

    def __str__(self) -> str:
        return self.message


_STEP_FIELDS = [f.name for f in fields(Step)]
_NUMBER_FIELDS = ("duration", "tolerance", "wait")
_BOOL_FIELDS = ("fail_point", "wait_point")
_TEXT_FIELDS = ("label_zh", "fail_mode", "fail_mode_zh")
_ITEM_FIELDS = ("collects", "uses")
"""Optional lists of personal-data items (the privacy annotation)."""
_MAP_TEXTS = ("name_zh", "description", "description_zh")
"""The optional texts of a blueprint, in the order the YAML files write them."""


def _blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def _where(source: str, index: int | str, step_id: Any = None) -> str:
    where = t("blueprint.where.step", source=source, index=index)
    if not _blank(step_id):
        where += f" ({step_id})"
    return where


def _number(value: Any, name: str, where: str, *, integer_ok: bool = True) -> float | int | None:
    if _blank(value):
        return None
    if isinstance(value, bool):
        raise ValueError(t("blueprint.err.number", where=where, field=name, value=repr(value)))
    try:
        x = float(str(value).strip()) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        raise ValueError(t("blueprint.err.number", where=where, field=name,
                           value=repr(value))) from None
    if not math.isfinite(x) or x < 0:
        raise ValueError(t("blueprint.err.number", where=where, field=name, value=repr(value)))
    return int(x) if integer_ok and x.is_integer() else x


def _boolean(value: Any, name: str, where: str) -> bool:
    if isinstance(value, bool):
        return value
    if _blank(value):
        return False
    try:
        return parse_bool(value)
    except ValueError:
        raise ValueError(t("blueprint.err.bool", where=where, field=name,
                           value=repr(value))) from None


def _text(value: Any, field: str = "", where: str = "") -> str | None:
    """A text field: ``None`` when blank; a mapping, list or true/false is an error naming
    ``where`` and ``field``."""
    if isinstance(value, (Mapping, list, tuple, set, bool)):
        raise ValueError(t("blueprint.err.text", where=where, field=field, value=repr(value)))
    return None if _blank(value) else str(value).strip()


def _items(value: Any, field: str, where: str) -> tuple[str, ...] | None:
    """A list of personal-data items: a list of names or one comma-separated text;
    ``None`` when blank or empty."""
    if _blank(value):
        return None
    if isinstance(value, str):
        items = _split_ids(value)
    elif isinstance(value, (list, tuple)) and all(
            isinstance(v, str) and v.strip() for v in value):
        items = [v.strip() for v in value]
    else:
        raise ValueError(t("blueprint.err.text", where=where, field=field, value=repr(value)))
    return tuple(items) or None


def _step(raw: Any, index: int | str, source: str) -> Step:
    if not isinstance(raw, Mapping):
        raise ValueError(t("blueprint.err.step_type", where=_where(source, index), value=repr(raw)))
    where = _where(source, index, raw.get("id"))
    unknown = sorted(set(map(str, raw)) - set(_STEP_FIELDS) - {"to"})
    if unknown:
        raise ValueError(t("blueprint.err.field", where=where, fields=unknown, known=_STEP_FIELDS))
    for name in ("id", "lane", "column", "label"):
        if _blank(raw.get(name)):
            raise ValueError(t("blueprint.err.required", where=where, field=name))
    column = _number(raw["column"], "column", where)
    kwargs: dict[str, Any] = {
        "id": str(raw["id"]).strip(), "lane": lane_key(raw["lane"]), "column": column,
        "label": _text(raw["label"], "label", where)}
    for name in _NUMBER_FIELDS:
        kwargs[name] = _number(raw.get(name), name, where)
    for name in _BOOL_FIELDS:
        kwargs[name] = _boolean(raw.get(name), name, where)
    for name in _TEXT_FIELDS:
        kwargs[name] = _text(raw.get(name), name, where)
    for name in _ITEM_FIELDS:
        kwargs[name] = _items(raw.get(name), name, where)
    return Step(**kwargs)


def _flow(raw: Any, index: int, source: str) -> Flow:
    pair: Sequence[Any] | None = None
    if isinstance(raw, Mapping) and {"from", "to"} <= set(raw):
        pair = (raw["from"], raw["to"])
    elif isinstance(raw, (list, tuple)) and len(raw) == 2:
        pair = raw
    elif isinstance(raw, str) and ("->" in raw or "→" in raw):
        pair = raw.replace("→", "->").split("->", 1)
    if pair is None or any(_blank(p) for p in pair):
        raise ValueError(t("blueprint.err.flow", source=source, index=index, value=repr(raw)))
    return Flow(str(pair[0]).strip(), str(pair[1]).strip())


def _split_ids(value: Any) -> list[str]:
    if _blank(value):
        return []
    return [p.strip() for p in str(value).replace("，", ",").replace(";", ",").split(",")
            if p.strip()]


@dataclass(eq=False)
class Blueprint:
    """A service blueprint: named steps in lanes and columns, connected by flows.

    Two blueprints are equal when their names, unit, description, steps (in order) and
    flows (as a set of arrows: their order carries no meaning) are equal.
    """

    name: str
    steps: list[Step] = field(default_factory=list)
    flows: list[Flow] = field(default_factory=list)
    name_zh: str | None = None
    description: str | None = None
    unit: str = "min"
    description_zh: str | None = None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Blueprint):
            return NotImplemented
        mine = (self.name, self.name_zh, self.description, self.description_zh, self.unit,
                self.steps)
        theirs = (other.name, other.name_zh, other.description, other.description_zh,
                  other.unit, other.steps)
        return mine == theirs and sorted(map(_pair, self.flows)) == sorted(map(_pair, other.flows))

    def text(self, lang: str | None = None) -> str:
        """The blueprint's name in ``lang`` (default: current language)."""
        return str(localized(self, "name", lang))

    def text_of(self, field: str, lang: str | None = None) -> str | None:
        """The text ``field`` ("name", "description") in ``lang`` (default: current
        language): the Chinese ``<field>_zh`` in zh when it is given, else the English;
        ``None`` when the blueprint has no such text."""
        return localized(self, field, lang)

    # ------------------------------------------------------------------ reading and writing
    @classmethod
    def from_dict(cls, data: Mapping[str, Any], source: str = "blueprint") -> Blueprint:
        """Build a blueprint from a dict (the YAML layout; see ``data/blueprints/``).

        Raises ValueError, naming the step and field, only when the data cannot be used at
        all (no steps, a step without id/lane/column/label, a non-numeric time, a malformed
        flow). Everything else is reported by :meth:`validate`.
        """
        if not isinstance(data, Mapping):
            raise ValueError(t("blueprint.err.top", source=source, value=type(data).__name__))
        steps_raw = data.get("steps")
        if not isinstance(steps_raw, list) or not steps_raw:
            raise ValueError(t("blueprint.err.steps", source=source))
        steps = [_step(raw, i, source) for i, raw in enumerate(steps_raw, start=1)]
        flows_raw = data.get("flows") or []
        if not isinstance(flows_raw, list):
            raise ValueError(t("blueprint.err.flow", source=source, index="-",
                               value=repr(flows_raw)))
        flows = [_flow(raw, i, source) for i, raw in enumerate(flows_raw, start=1)]
        for raw in steps_raw:
            flows += [Flow(str(raw["id"]).strip(), target)
                      for target in _split_ids(raw.get("to"))]
        texts = {key: _text(data.get(key), key, source) for key in _MAP_TEXTS}
        return cls(name=str(data.get("name") or t("blueprint.untitled")), steps=steps, flows=flows,
                   unit=str(data.get("unit") or "min"), **texts)

    def to_dict(self) -> dict[str, Any]:
        """The blueprint as a plain dict (keys with default values left out)."""
        out: dict[str, Any] = {"name": self.name}
        for key in _MAP_TEXTS:
            if getattr(self, key):
                out[key] = getattr(self, key)
        if self.unit != "min":
            out["unit"] = self.unit
        out["steps"] = []
        for s in self.steps:
            row: dict[str, Any] = {}
            for name in _STEP_FIELDS:
                value = getattr(s, name)
                if value is None or value is False:
                    continue
                row[name] = list(value) if name in _ITEM_FIELDS else value
            out["steps"].append(row)
        out["flows"] = [[f.source, f.target] for f in self.flows]
        return out

    @classmethod
    def from_yaml(cls, path: str | Path) -> Blueprint:
        """Read a blueprint from a YAML file (UTF-8). Errors name the file."""
        import yaml

        path = Path(path)
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise ValueError(t("blueprint.err.yaml", source=str(path), error=str(exc))) from None
        except UnicodeDecodeError as exc:
            raise ValueError(t("blueprint.err.yaml", source=str(path), error=str(exc))) from None
        return cls.from_dict(data, source=str(path))

    def to_yaml(self, path: str | Path | None = None) -> str:
        """The blueprint as YAML text; also written to ``path`` when given."""
        text = dump_yaml(self.to_dict())
        if path is not None:
            Path(path).write_text(text, encoding="utf-8")
        return text

    @classmethod
    def from_frame(cls, df: pd.DataFrame, name: str | None = None,
                   source: str = "table") -> Blueprint:
        """Build a blueprint from a table, one row per step.

        Columns: ``id, lane, column, label`` (required) and any of ``label_zh, duration,
        tolerance, fail_point, fail_mode, fail_mode_zh, wait_point, wait, collects, uses``
        (the last two comma-separated personal-data items); ``to`` lists the
        ids a step flows to, separated by commas. ``df.attrs`` may carry ``name``,
        ``name_zh``, ``description``, ``description_zh`` and ``unit`` (``to_frame`` puts them
        there). Errors name the row.
        """
        missing = [c for c in ("id", "lane", "column", "label") if c not in df.columns]
        if missing:
            raise ValueError(t("readers.missing_columns", source=source, missing=missing,
                               found=list(map(str, df.columns))))
        rows = []
        for index, row in df.iterrows():
            raw = {k: v for k, v in row.items() if not _blank(v)}
            rows.append((index, raw))
        if not rows:
            raise ValueError(t("blueprint.err.steps", source=source))
        steps = [_step(raw, t("validate.row", row=index), source) for index, raw in rows]
        flows = [Flow(steps[i].id, target) for i, (_, raw) in enumerate(rows)
                 for target in _split_ids(raw.get("to"))]
        texts = {key: _text(df.attrs.get(key), key, source) for key in _MAP_TEXTS}
        return cls(name=str(name or df.attrs.get("name") or t("blueprint.untitled")),
                   steps=steps, flows=flows, unit=str(df.attrs.get("unit") or "min"), **texts)

    def to_frame(self) -> pd.DataFrame:
        """One row per step; ``to`` holds the ids each step flows to (comma-separated).

        Flows are kept in the order of their source steps, so a blueprint whose flows are
        listed step by step round-trips exactly; otherwise only the flow order changes.
        """
        targets: dict[str, list[str]] = {}
        for f in self.flows:
            targets.setdefault(f.source, []).append(f.target)
        rows = []
        seen: set[str] = set()
        for s in self.steps:
            row = {name: getattr(s, name) for name in _STEP_FIELDS}
            for name in _ITEM_FIELDS:
                row[name] = ", ".join(row[name]) if row[name] else None
            row["to"] = ", ".join(targets.get(s.id, [])) if s.id not in seen else ""
            seen.add(s.id)
            rows.append(row)
        df = pd.DataFrame(rows, columns=[*_STEP_FIELDS, "to"])
        df.attrs.update({k: getattr(self, k) for k in ("name", *_MAP_TEXTS, "unit")
                         if getattr(self, k)})
        return df

    # ------------------------------------------------------------------ look-ups
    def step(self, step_id: str) -> Step:
        """The step with id ``step_id`` (the first one if the id is duplicated)."""
        for s in self.steps:
            if s.id == step_id:
                return s
        raise KeyError(t("blueprint.err.no_step", step=step_id, name=self.name,
                         ids=[s.id for s in self.steps]))

    def columns(self) -> list[int | float]:
        """The columns in time order."""
        return sorted({s.column for s in self.steps})

    def lane_steps(self, lane: str) -> list[Step]:
        """Steps of one lane, in column order."""
        key = lane_key(lane)
        return sorted((s for s in self.steps if s.lane == key), key=lambda s: s.column)

    def _index(self) -> dict[str, Step]:
        index: dict[str, Step] = {}
        for s in self.steps:
            index.setdefault(s.id, s)
        return index

    def _known_flows(self) -> list[tuple[Flow, Step, Step]]:
        index = self._index()
        return [(f, index[f.source], index[f.target]) for f in self.flows
                if f.source in index and f.target in index]

    # ------------------------------------------------------------------ validation
    def validate(self) -> list[Problem]:
        """Every problem at once, each naming its step; ``[]`` when the blueprint is sound.

        Checks: duplicate ids; unknown lanes; flows from or to a missing step; a customer
        step with no physical evidence in its column; a backstage or support step with no
        path (through flows, in either direction) to a customer step; a fail point without
        failure mode; a wait point without expected wait; no customer steps at all.
        """
        problems: list[Problem] = []
        seen: set[str] = set()
        for s in self.steps:
            if s.id in seen:
                problems.append(Problem(s.id, "duplicate_id",
                                        t("blueprint.val.duplicate", step=s.id)))
            seen.add(s.id)
        for s in self.steps:
            if s.lane not in LANES:
                problems.append(Problem(s.id, "unknown_lane", t(
                    "blueprint.val.lane", step=s.id, lane=s.lane, lanes=", ".join(LANES))))
        index = self._index()
        for f in self.flows:
            for end in (f.source, f.target):
                if end not in index:
                    problems.append(Problem(end, "missing_step", t(
                        "blueprint.val.missing", step=end, source=f.source, target=f.target)))
        evidence_columns = {s.column for s in self.steps if s.lane == "evidence"}
        customers = [s for s in self.steps if s.lane == "customer"]
        if not customers:
            problems.append(Problem("", "no_customer", t("blueprint.val.no_customer")))
        for s in customers:
            if s.column not in evidence_columns:
                problems.append(Problem(s.id, "no_evidence", t(
                    "blueprint.val.evidence", step=s.id, column=s.column)))
        reach = self._reaches_customer()
        for s in self.steps:
            if s.lane in ("backstage", "support") and not reach.get(s.id, False):
                problems.append(Problem(s.id, "no_path", t(
                    "blueprint.val.path", step=s.id, lane=lane_name(s.lane))))
            if s.fail_point and not s.fail_mode:
                problems.append(Problem(s.id, "fail_mode", t("blueprint.val.fail_mode", step=s.id)))
            if s.wait_point and s.wait is None:
                problems.append(Problem(s.id, "wait", t("blueprint.val.wait", step=s.id)))
        return problems

    def _reaches_customer(self) -> dict[str, bool]:
        neighbours: dict[str, set[str]] = {s.id: set() for s in self.steps}
        for _f, a, b in self._known_flows():
            neighbours[a.id].add(b.id)
            neighbours[b.id].add(a.id)
        index = self._index()
        frontier = [s.id for s in self.steps if s.lane == "customer"]
        reached = set(frontier)
        while frontier:
            nxt = []
            for node in frontier:
                for other in neighbours.get(node, ()):
                    if other not in reached:
                        reached.add(other)
                        nxt.append(other)
            frontier = nxt
        return {sid: sid in reached for sid in index}

    def check(self) -> Blueprint:
        """Raise ValueError listing every problem (one per line); else return ``self``."""
        problems = self.validate()
        if problems:
            raise ValueError(t("blueprint.err.invalid", name=self.name, n=len(problems)) + "\n"
                             + "\n".join(f"- {p.message}" for p in problems))
        return self

    # ------------------------------------------------------------------ metrics
    def flow_table(self) -> pd.DataFrame:
        """One row per flow between known steps, with the lines it crosses.

        Columns ``source, target, source_lane, target_lane, interaction, visibility,
        internal`` (the last three True when the flow crosses that line).
        """
        rows = []
        for f, a, b in self._known_flows():
            row: dict[str, Any] = {"source": f.source, "target": f.target,
                                   "source_lane": a.lane, "target_lane": b.lane}
            for k, line in enumerate(LINES):
                row[line] = _crosses(a.lane, b.lane, k)
            rows.append(row)
        return pd.DataFrame(rows, columns=["source", "target", "source_lane", "target_lane",
                                           *LINES])

    def crossings(self) -> dict[str, int]:
        """Number of flows crossing each line.

        Formula: a flow between lanes *i* and *j* (0 = evidence … 4 = support) crosses line
        *k* (0 = interaction, 1 = visibility, 2 = internal) when min(i, j) ≤ k + 1 < max(i, j).
        """
        table = self.flow_table()
        return {line: int(table[line].sum()) for line in LINES}

    def encounters(self) -> pd.DataFrame:
        """The service encounters: flows crossing the line of interaction (BOM08)."""
        table = self.flow_table()
        return table[table["interaction"]].reset_index(drop=True)

    def handoffs(self) -> pd.DataFrame:
        """Internal hand-offs: flows crossing the line of internal interaction.

        Each is a point where contact staff are the internal customers of a support unit
        (or the reverse) — the internal service chain inside the blueprint.
        """
        table = self.flow_table()
        return table[table["internal"]].reset_index(drop=True)

    def fail_points(self) -> pd.DataFrame:
        """Inventory of fail points: ``id, lane, column, label, fail_mode`` (label and
        failure mode in the current language)."""
        rows = [{"id": s.id, "lane": s.lane, "column": s.column, "label": s.text(),
                 "fail_mode": s.text_of("fail_mode")} for s in self.steps if s.fail_point]
        return pd.DataFrame(rows, columns=["id", "lane", "column", "label", "fail_mode"])

    def wait_points(self) -> pd.DataFrame:
        """Inventory of wait points: ``id, lane, column, label, wait``."""
        rows = [{"id": s.id, "lane": s.lane, "column": s.column, "label": s.text(),
                 "wait": s.wait} for s in self.steps if s.wait_point]
        return pd.DataFrame(rows, columns=["id", "lane", "column", "label", "wait"])

    def time_frame(self) -> pd.DataFrame:
        """The customer's time per column against tolerance (Shostack's time frame).

        Per column: ``standard`` = Σ duration of the customer steps, ``wait`` = Σ expected
        wait of the wait points, ``total`` = standard + wait, ``tolerance`` = Σ tolerance of
        the customer steps (NaN when none is given), ``over`` = total > tolerance.
        """
        rows = []
        for col in self.columns():
            cust = [s for s in self.steps if s.column == col and s.lane == "customer"]
            waits = [s.wait or 0.0 for s in self.steps if s.column == col and s.wait_point]
            standard = float(sum(s.duration or 0.0 for s in cust))
            tols = [s.tolerance for s in cust if s.tolerance is not None]
            tolerance = float(sum(tols)) if tols else math.nan
            total = standard + float(sum(waits))
            rows.append({"column": col, "customer_steps": " / ".join(s.text() for s in cust),
                         "standard": standard, "wait": float(sum(waits)), "total": total,
                         "tolerance": tolerance,
                         "over": bool(tols) and total > tolerance})
        return pd.DataFrame(rows, columns=["column", "customer_steps", "standard", "wait",
                                           "total", "tolerance", "over"])

    def metrics(self) -> dict[str, Any]:
        """Summary numbers used to compare designs (see :func:`compare`).

        ``steps``, ``customer_steps``, ``encounters`` (line of interaction crossings),
        ``visibility_crossings``, ``internal_handoffs``, ``fail_points``, ``wait_points``,
        ``standard_time``, ``wait_time``, ``customer_time`` (= standard + wait), ``tolerance``
        and ``over_tolerance`` (columns whose time exceeds their tolerance).
        """
        cross = self.crossings()
        frame = self.time_frame()
        return {
            "steps": len(self.steps),
            "customer_steps": sum(s.lane == "customer" for s in self.steps),
            "encounters": cross["interaction"],
            "visibility_crossings": cross["visibility"],
            "internal_handoffs": cross["internal"],
            "fail_points": sum(s.fail_point for s in self.steps),
            "wait_points": sum(s.wait_point for s in self.steps),
            "standard_time": float(frame["standard"].sum()),
            "wait_time": float(frame["wait"].sum()),
            "customer_time": float(frame["total"].sum()),
            "tolerance": float(frame["tolerance"].sum(min_count=1)),
            "over_tolerance": int(frame["over"].sum()),
        }

    # ------------------------------------------------------------------ drawing
    def plot(self, ax: Any = None, **kwargs: Any) -> Any:
        """Draw the swimlane diagram (see :func:`svcx_helpers.plots.blueprint.plot_blueprint`)."""
        return plot_function("plots.blueprint", "plot_blueprint")(self, ax=ax, **kwargs)

    def save(self, path: str | Path, **kwargs: Any) -> Path:
        """Save the diagram as SVG, PNG or PDF (chosen by the file's suffix)."""
        return plot_function("plots.blueprint", "save_blueprint")(self, path, **kwargs)

    def _repr_html_(self) -> str:  # pragma: no cover - notebook display
        import html

        m = self.metrics()
        return (f"<b>{html.escape(self.text())}</b>: {m['steps']} steps, "
                f"{m['encounters']} encounters, {m['fail_points']} F, {m['wait_points']} W")


def _pair(flow: Flow) -> tuple[str, str]:
    return (flow.source, flow.target)


def _crosses(lane_a: str, lane_b: str, k: int) -> bool:
    if lane_a not in LANES or lane_b not in LANES:
        return False
    i, j = sorted((LANES.index(lane_a), LANES.index(lane_b)))
    return i <= k + 1 < j


def compare(before: Blueprint, after: Blueprint) -> pd.DataFrame:
    """The :meth:`Blueprint.metrics` of two designs side by side, with the change.

    Columns ``before``, ``after``, ``change`` (after − before) and ``change_pct``
    (100 · change / before; NaN when before is 0).

    >>> import svcx_helpers.blueprint as b
    >>> table = b.compare(b.load("government_window_before"),
    ...                   b.load("government_window_after"))   # doctest: +SKIP
    """
    from .process import side_by_side

    return side_by_side(before.metrics(), after.metrics())


def available() -> list[str]:
    """Names of the blueprints shipped in ``data/blueprints/``."""
    from .data import case_names

    return case_names("blueprints")


def load(name: str) -> Blueprint:
    """Load a shipped blueprint by name, e.g. ``load("restaurant")``."""
    from .data import case_file

    return Blueprint.from_yaml(case_file("blueprints", name))


def steps_table(blueprint: Blueprint, lanes: Iterable[str] = LANES) -> pd.DataFrame:
    """A lane × column grid of step labels (the blueprint as a table)."""
    cols = blueprint.columns()
    grid = pd.DataFrame("", index=[lane_name(x) for x in lanes], columns=cols)
    for s in blueprint.steps:
        if s.lane in lanes:
            cell = grid.loc[lane_name(s.lane), s.column]
            marks = ("F" if s.fail_point else "") + ("W" if s.wait_point else "")
            text = s.text() + (f" [{marks}]" if marks else "")
            grid.loc[lane_name(s.lane), s.column] = f"{cell}; {text}" if cell else text
    return grid
