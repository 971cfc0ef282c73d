"""Customer journey maps as data: stages, steps, touchpoints, emotions, pain points.

A journey map (Gibbons 2018, NN/g) follows one **actor** through a **scenario** with
**expectations**, in **stages**; each step has an action, a **touchpoint** (where the
customer meets the organisation) on a **channel** — physical, digital, interpersonal or
process (the four touchpoint types of the course) — a thought, an **emotion** score and
optionally an opportunity. Where the blueprint records what the organisation *does*,
the journey records what the customer *feels*.

Conventions (METHODS.md §3.3):

* emotion scale ``scale = (low, high)``, default ``(-2, 2)``; the default pain threshold
  is the midpoint (0 on −2…+2, 3 on 1…5); a **pain point** is a step whose emotion is
  *strictly below* the threshold (authors may also mark steps ``pain_point: true``);
* every text a reader sees has an optional Simplified Chinese twin ``<field>_zh``
  (``name_zh``, ``actor_zh``, ``scenario_zh``, ``expectations_zh``; per step ``action_zh``,
  ``touchpoint_zh``, ``thought_zh``, ``opportunity_zh``); tables and plots show it when
  the language is ``zh`` and fall back to the English otherwise;
* :func:`peak_end` — Kahneman's peak-end heuristic, ``(e_peak + e_last) / 2``. The
  sources disagree on "peak": ``peak="abs"`` (default) takes the most intense moment,
  largest ``|e − midpoint|``, first on ties; ``peak="max"`` takes the highest score.

Example (METHODS.md §3.3 known answer)
-------------------------------------
>>> peak_end([1, 0, -2, -1, 2])
0.0
>>> peak_end([1, 0, -2, -1, 2], peak="max")
2.0
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from .core import dump_yaml, parse_bool
from .i18n import localized, t
from .plotting import lazy_plots, plot_function

_PLOTS = ("plot_emotion_curve", "plot_journey_blueprint")
__getattr__, __dir__ = lazy_plots(__name__, "plots.journey", _PLOTS)

CHANNELS: tuple[str, ...] = ("physical", "digital", "interpersonal", "process")
"""The four touchpoint types: physical, digital, interpersonal, process."""

_CHANNEL_ALIASES = {"物理": "physical", "实体": "physical", "数字": "digital", "数字化": "digital",
                    "人际": "interpersonal", "流程": "process", "people": "interpersonal",
                    "human": "interpersonal", "online": "digital"}
PEAKS = ("abs", "max")


def channel_key(name: Any) -> str:
    """Canonical channel key for ``name`` ("Digital", "人际", "online", …); unknown names
    are returned lower-cased.

    >>> channel_key("Digital"), channel_key("人际")
    ('digital', 'interpersonal')
    """
    text = str(name).strip()
    return _CHANNEL_ALIASES.get(text, text.lower())


def channel_name(channel: str) -> str:
    """Display name of a channel in the current language."""
    return {"physical": t("journey.channel.physical"), "digital": t("journey.channel.digital"),
            "interpersonal": t("journey.channel.interpersonal"),
            "process": t("journey.channel.process")}.get(channel, channel)


def _blank(value: Any) -> bool:
    return (value is None or (isinstance(value, float) and math.isnan(value))
            or (isinstance(value, str) and not value.strip()))


def _text(value: Any, field: str = "", where: str = "") -> str | None:
    """A text field: ``None`` when blank; a mapping, list or true/false is an error naming
    ``where`` and ``field``."""
    if isinstance(value, (Mapping, list, tuple, set, bool)):
        raise ValueError(t("blueprint.err.text", where=where, field=field, value=repr(value)))
    return None if _blank(value) else str(value).strip()


@dataclass
class JourneyStep:
    """One step of a journey (``stage`` is the name of the stage it belongs to).

    Each text (``action``, ``touchpoint``, ``thought``, ``opportunity``) may have a
    Chinese twin ``<field>_zh``; :meth:`text_of` picks the one for the current language.
    """

    stage: str
    action: str
    touchpoint: str
    channel: str
    emotion: float
    action_zh: str | None = None
    thought: str | None = None
    pain_point: bool = False
    opportunity: str | None = None
    blueprint_step: str | None = None
    touchpoint_zh: str | None = None
    thought_zh: str | None = None
    opportunity_zh: str | None = None

    def text(self, lang: str | None = None) -> str:
        """The action in ``lang`` (default: current language)."""
        return str(localized(self, "action", lang))

    def text_of(self, field: str, lang: str | None = None) -> str | None:
        """The text ``field`` ("action", "touchpoint", "thought", "opportunity") in
        ``lang`` (default: current language): the Chinese ``<field>_zh`` in zh when it is
        given, else the English; ``None`` when the step has no such text."""
        return localized(self, field, lang)


@dataclass
class Stage:
    """A journey stage (phase) and its steps."""

    name: str
    steps: list[JourneyStep] = field(default_factory=list)
    name_zh: str | None = None

    def text(self, lang: str | None = None) -> str:
        """The stage name in ``lang`` (default: current language)."""
        return str(localized(self, "name", lang))


_STEP_KEYS = ["action", "action_zh", "touchpoint", "touchpoint_zh", "channel", "thought",
              "thought_zh", "emotion", "pain_point", "opportunity", "opportunity_zh",
              "blueprint_step"]
_STEP_TEXTS = ("action", "touchpoint", "thought", "opportunity")
"""The texts of a step a reader sees; each has a ``<field>_zh`` twin."""
_MAP_TEXTS = ("name_zh", "actor", "actor_zh", "scenario", "scenario_zh", "expectations",
              "expectations_zh")
"""The optional texts of a journey, in the order the YAML files write them."""
_FRAME_COLUMNS = ["stage", "stage_zh", *_STEP_KEYS]


def _emotion(value: Any, where: str, scale: tuple[float, float]) -> float:
    try:
        if isinstance(value, bool) or _blank(value):
            raise ValueError
        x = float(value)
    except (TypeError, ValueError):
        raise ValueError(t("journey.err.emotion", where=where, low=scale[0], high=scale[1],
                           value=repr(value))) from None
    if not scale[0] <= x <= scale[1]:
        raise ValueError(t("journey.err.emotion", where=where, low=scale[0], high=scale[1],
                           value=repr(value)))
    return int(x) if x.is_integer() else x


def _bool(value: Any, where: str) -> bool:
    try:
        return parse_bool(value)
    except ValueError:
        raise ValueError(t("blueprint.err.bool", where=where, field="pain_point",
                           value=repr(value))) from None


def _journey_step(raw: Any, stage: str, index: int, source: str,
                  scale: tuple[float, float]) -> JourneyStep:
    where = t("journey.where", source=source, stage=stage, index=index)
    if not isinstance(raw, Mapping):
        raise ValueError(t("blueprint.err.step_type", where=where, value=repr(raw)))
    unknown = sorted(set(map(str, raw)) - set(_STEP_KEYS) - {"stage", "stage_zh"})
    if unknown:
        raise ValueError(t("blueprint.err.field", where=where, fields=unknown, known=_STEP_KEYS))
    for name in ("action", "touchpoint", "channel", "emotion"):
        if _blank(raw.get(name)):
            raise ValueError(t("blueprint.err.required", where=where, field=name))
    channel = channel_key(raw["channel"])
    if channel not in CHANNELS:
        raise ValueError(t("journey.err.channel", where=where, value=raw["channel"],
                           channels=list(CHANNELS)))
    texts = {key: _text(raw.get(key), key, where)
             for name in _STEP_TEXTS for key in (name, f"{name}_zh")}
    return JourneyStep(stage=stage, channel=channel,
                       emotion=_emotion(raw["emotion"], where, scale),
                       pain_point=_bool(raw.get("pain_point"), where),
                       blueprint_step=_text(raw.get("blueprint_step"), "blueprint_step", where),
                       **texts)


def _scale(value: Any, source: str) -> tuple[float, float]:
    if value is None:
        return (-2, 2)
    try:
        low, high = (float(v) for v in value)
    except (TypeError, ValueError):
        raise ValueError(t("journey.err.scale", source=source, value=repr(value))) from None
    if not low < high:
        raise ValueError(t("journey.err.scale", source=source, value=repr(value)))
    return (int(low) if low.is_integer() else low, int(high) if high.is_integer() else high)


@dataclass
class JourneyMap:
    """A customer journey: actor, scenario, expectations, emotion scale and stages.

    ``name``, ``actor``, ``scenario`` and ``expectations`` may each have a Chinese twin
    ``<field>_zh``; :meth:`text_of` picks the one for the current language.
    """

    name: str
    stages: list[Stage] = field(default_factory=list)
    name_zh: str | None = None
    actor: str | None = None
    scenario: str | None = None
    expectations: str | None = None
    scale: tuple[float, float] = (-2, 2)
    actor_zh: str | None = None
    scenario_zh: str | None = None
    expectations_zh: str | None = None

    def text(self, lang: str | None = None) -> str:
        """The journey's name in ``lang`` (default: current language)."""
        return str(localized(self, "name", lang))

    def text_of(self, field: str, lang: str | None = None) -> str | None:
        """The text ``field`` ("name", "actor", "scenario", "expectations") in ``lang``
        (default: current language): the Chinese ``<field>_zh`` in zh when it is given,
        else the English; ``None`` when the journey has no such text.

        >>> jm = load("hotel_check_in")
        >>> jm.text_of("actor", "en")
        'Business traveller arriving by car after a five-hour trip'
        >>> jm.text_of("actor", "zh")
        '开车五个小时后抵达酒店的商务旅客'
        """
        return localized(self, field, lang)

    # ------------------------------------------------------------------ reading and writing
    @classmethod
    def from_dict(cls, data: Mapping[str, Any], source: str = "journey") -> JourneyMap:
        """Build a journey from a dict (the YAML layout of ``data/journeys/``).

        Errors name the stage, the step and the field (e.g. an emotion outside the scale
        or an unknown channel).
        """
        if not isinstance(data, Mapping):
            raise ValueError(t("journey.err.top", source=source, value=type(data).__name__))
        scale = _scale(data.get("scale"), source)
        stages_raw = data.get("stages")
        if not isinstance(stages_raw, list) or not stages_raw:
            raise ValueError(t("journey.err.stages", source=source))
        stages = []
        for i, raw in enumerate(stages_raw, start=1):
            if (not isinstance(raw, Mapping) or _blank(raw.get("name"))
                    or not isinstance(raw.get("steps"), list) or not raw.get("steps")):
                raise ValueError(t("journey.err.stage", source=source, index=i, value=repr(raw)))
            name = str(raw["name"]).strip()
            steps = [_journey_step(s, name, k, source, scale)
                     for k, s in enumerate(raw["steps"], start=1)]
            stages.append(Stage(name=name, steps=steps,
                                name_zh=_text(raw.get("name_zh"), "name_zh",
                                              f"{source} ({name})")))
        texts = {key: _text(data.get(key), key, source) for key in _MAP_TEXTS}
        return cls(name=str(data.get("name") or t("journey.untitled")), stages=stages,
                   scale=scale, **texts)

    def to_dict(self) -> dict[str, Any]:
        """The journey as a plain dict (keys without a value left out)."""
        out: dict[str, Any] = {"name": self.name}
        for key in _MAP_TEXTS:
            if getattr(self, key):
                out[key] = getattr(self, key)
        out["scale"] = list(self.scale)
        out["stages"] = []
        for stage in self.stages:
            entry: dict[str, Any] = {"name": stage.name}
            if stage.name_zh:
                entry["name_zh"] = stage.name_zh
            entry["steps"] = []
            for s in stage.steps:
                row = {k: getattr(s, k) for k in _STEP_KEYS}
                entry["steps"].append({k: v for k, v in row.items()
                                       if v is not None and v is not False})
            out["stages"].append(entry)
        return out

    @classmethod
    def from_yaml(cls, path: str | Path) -> JourneyMap:
        """Read a journey from a YAML file (UTF-8). Errors name the file."""
        import yaml

        path = Path(path)
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            raise ValueError(t("blueprint.err.yaml", source=str(path), error=str(exc))) from None
        return cls.from_dict(data, source=str(path))

    def to_yaml(self, path: str | Path | None = None) -> str:
        """The journey as YAML text; also written to ``path`` when given."""
        text = dump_yaml(self.to_dict())
        if path is not None:
            Path(path).write_text(text, encoding="utf-8")
        return text

    @classmethod
    def from_frame(cls, df: pd.DataFrame, name: str | None = None,
                   source: str = "table") -> JourneyMap:
        """Build a journey from a table, one row per step, stages in order of appearance.

        Columns: ``stage, action, touchpoint, channel, emotion`` (required) and any of
        ``stage_zh, action_zh, touchpoint_zh, thought, thought_zh, pain_point, opportunity,
        opportunity_zh, blueprint_step``. ``df.attrs`` may carry ``name``, ``name_zh``,
        ``actor``, ``scenario``, ``expectations`` (each also with ``_zh``) and ``scale``.
        """
        missing = [c for c in ("stage", "action", "touchpoint", "channel", "emotion")
                   if c not in df.columns]
        if missing:
            raise ValueError(t("readers.missing_columns", source=source, missing=missing,
                               found=list(map(str, df.columns))))
        stages: dict[str, dict[str, Any]] = {}
        for _, row in df.iterrows():
            raw = {k: v for k, v in row.items() if not _blank(v)}
            stage = str(raw.get("stage", "")).strip()
            entry = stages.setdefault(stage, {"name": stage, "steps": []})
            if raw.get("stage_zh"):
                entry["name_zh"] = raw["stage_zh"]
            entry["steps"].append({k: v for k, v in raw.items() if k in _STEP_KEYS})
        data = {**df.attrs, "stages": list(stages.values())}
        if name:
            data["name"] = name
        return cls.from_dict(data, source=source)

    def to_frame(self) -> pd.DataFrame:
        """One row per step (the columns :meth:`from_frame` reads); metadata in ``attrs``."""
        rows = [{"stage": stage.name, "stage_zh": stage.name_zh,
                 **{k: getattr(s, k) for k in _STEP_KEYS}}
                for stage in self.stages for s in stage.steps]
        df = pd.DataFrame(rows, columns=_FRAME_COLUMNS)
        df.attrs.update({k: getattr(self, k) for k in ("name", *_MAP_TEXTS) if getattr(self, k)})
        df.attrs["scale"] = list(self.scale)
        return df

    # ------------------------------------------------------------------ analysis
    @property
    def steps(self) -> list[JourneyStep]:
        """All steps in journey order."""
        return [s for stage in self.stages for s in stage.steps]

    @property
    def midpoint(self) -> float:
        """Middle of the emotion scale: the default pain threshold."""
        return (self.scale[0] + self.scale[1]) / 2

    def emotion_curve(self) -> pd.DataFrame:
        """One row per step: ``step`` (1, 2, …), ``stage``, ``action``, ``touchpoint``,
        ``channel``, ``emotion``, ``pain_point`` (author's mark), ``thought``,
        ``opportunity``, ``blueprint_step``. Texts (stage, action, touchpoint, thought,
        opportunity) follow the current language."""
        names = {st.name: st.text() for st in self.stages}
        rows = [{"step": i, "stage": names[s.stage], "action": s.text(),
                 "touchpoint": s.text_of("touchpoint"), "channel": s.channel,
                 "emotion": s.emotion, "pain_point": s.pain_point,
                 "thought": s.text_of("thought"), "opportunity": s.text_of("opportunity"),
                 "blueprint_step": s.blueprint_step}
                for i, s in enumerate(self.steps, start=1)]
        return pd.DataFrame(rows)

    def stage_emotions(self) -> pd.Series:
        """Mean emotion per stage, in journey order."""
        curve = self.emotion_curve()
        return curve.groupby("stage", sort=False)["emotion"].mean()

    def pain_points(self, threshold: float | None = None) -> pd.DataFrame:
        """Steps whose emotion is strictly below ``threshold`` (default: scale midpoint).

        Sorted from the worst; the author's own marks stay visible in ``pain_point``.
        """
        limit = self.midpoint if threshold is None else float(threshold)
        curve = self.emotion_curve()
        below = curve[curve["emotion"] < limit]
        return below.sort_values(["emotion", "step"], kind="stable").reset_index(drop=True)

    def lowest(self) -> pd.Series:
        """The worst moment: the step with the lowest emotion (first on ties)."""
        curve = self.emotion_curve()
        return curve.loc[curve["emotion"].idxmin()]

    def highest(self) -> pd.Series:
        """The best moment: the step with the highest emotion (first on ties)."""
        curve = self.emotion_curve()
        return curve.loc[curve["emotion"].idxmax()]

    def peak_end(self, peak: str = "abs", level: str = "step") -> float:
        """Peak-end average of the steps (``level="step"``) or stage means (``"stage"``)."""
        values = (self.stage_emotions().tolist() if level == "stage"
                  else [s.emotion for s in self.steps])
        return peak_end(values, peak=peak, midpoint=self.midpoint)

    def channels(self) -> pd.Series:
        """Number of steps per channel (all four channels listed)."""
        counts = pd.Series([s.channel for s in self.steps]).value_counts()
        return counts.reindex(list(CHANNELS), fill_value=0).rename("steps")

    # ------------------------------------------------------------------ drawing
    def plot(self, ax: Any = None, **kwargs: Any) -> Any:
        """Draw the emotion curve (see :func:`svcx_helpers.plots.journey.plot_emotion_curve`)."""
        return plot_function("plots.journey", "plot_emotion_curve")(self, ax=ax, **kwargs)


def peak_end(emotions: Sequence[float], peak: str = "abs", midpoint: float = 0.0) -> float:
    """Peak-end average ``(e_peak + e_last) / 2`` (Kahneman's heuristic; METHODS.md §3.3).

    ``peak="abs"`` (default): the most intense moment, largest ``|e − midpoint|``, first on
    ties. ``peak="max"``: the highest score. Both are in use; say which one you report.

    >>> peak_end([1, 0, -2, -1, 2]), peak_end([1, 0, -2, -1, 2], peak="max")
    (0.0, 2.0)
    """
    if peak not in PEAKS:
        raise ValueError(t("journey.err.peak", choices=list(PEAKS), value=peak))
    values = [float(v) for v in emotions]
    if not values:
        raise ValueError(t("journey.err.empty"))
    # max() keeps the first of equal keys: the earliest moment wins a tie
    e_peak = (max(values) if peak == "max"
              else max(values, key=lambda v: abs(v - midpoint)))
    return (e_peak + values[-1]) / 2


def align(journey: JourneyMap, blueprint: Any) -> pd.DataFrame:
    """Line the journey's steps up with the blueprint's customer actions.

    Uses each step's ``blueprint_step`` link; when no step is linked and the journey has as
    many steps as the blueprint has customer actions, pairs them in order. Columns:
    ``step, stage, action, emotion, blueprint_step, customer_action, column``.
    """
    customers = blueprint.lane_steps("customer")
    by_id = {s.id: s for s in customers}
    steps = journey.steps
    links = [s.blueprint_step for s in steps]
    unknown = sorted({x for x in links if x and x not in by_id})
    if any(links) and not unknown:
        pairs = [by_id.get(x) if x else None for x in links]
    elif not any(links) and len(steps) == len(customers):
        pairs = list(customers)
    else:
        raise ValueError(t("journey.err.align", name=blueprint.name, n=len(steps), m=len(customers),
                           unknown=unknown))
    curve = journey.emotion_curve()
    curve["blueprint_step"] = [p.id if p else None for p in pairs]
    curve["customer_action"] = [p.text() if p else None for p in pairs]
    curve["column"] = [p.column if p else None for p in pairs]
    return curve[["step", "stage", "action", "emotion", "blueprint_step", "customer_action",
                  "column"]]


def available() -> list[str]:
    """Names of the journeys shipped in ``data/journeys/``."""
    from .data import case_names

    return case_names("journeys")


def load(name: str) -> JourneyMap:
    """Load a shipped journey by name, e.g. ``load("hotel_check_in")``."""
    from .data import case_file

    return JourneyMap.from_yaml(case_file("journeys", name))

