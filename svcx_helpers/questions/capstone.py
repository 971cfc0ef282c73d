"""Questions of the capstone project (solutions/capstone.ipynb → exercises/capstone.ipynb).

One bank grades both tracks (:data:`svcx_helpers.capstone.TRACKS`). Every answer is a dict
that names its track, ``{"track": TRACK, ...parts}``; a question's ``expected()`` returns a
mapping that computes the expected answer of a track from that track's data, with the
library, the first time the track is asked for. The comparators pick the learner's track,
so an IT service desk answer is never graded against the service hall's data. A missing or
unknown track, a part still ``...`` or a part of the wrong type becomes feedback in both
languages, never a traceback. Parts are scored separately (partial credit).
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from typing import Any

import numpy as np
import pandas as pd

from .. import capstone, kano, queueing, servqual, standards
from ..blueprint import Blueprint
from ..core import count_words
from ..grading import AnswerMismatch, Question, describe, register
from ..grading.readers import clean as _clean
from ..grading.readers import close as _close
from ..grading.readers import mismatch as _mismatch
from ..grading.readers import number as _num
from ..i18n import t

KQI_KEYS: tuple[str, ...] = ("wait_p90", "sla_compliance", "first_time_right", "csat_top2")
"""The four KQIs of step 5, the same for every track."""
MIN_TARGETS = 3
MIN_FIGURES = 4
MIN_TABLES = 3
MIN_WORDS = 60
KANO_PARTS = ("must_be", "delighter", "performance")
SQ_PARTS = ("gaps", "worst", "score")
BP_PARTS = ("fail_points", "wait_time", "encounters", "handoffs")
JM_PARTS = ("lowest", "pain_points")
STAFF_PARTS = ("interval", "agents")
MON_PARTS = ("p_chart_week", "xmr_week")
REPORT_PARTS = ("outline", "conclusion")


# ------------------------------------------------------------------------------ tracks
class PerTrack(Mapping[str, Any]):
    """Expected answers by track key, each computed on first use (a track whose data are
    missing does not stop the other track's checks)."""

    def __init__(self, compute: Callable[[str], Any]) -> None:
        self._compute = compute

    def __getitem__(self, key: str) -> Any:
        if key not in capstone.TRACKS:
            raise KeyError(key)
        return self._compute(key)

    def __iter__(self) -> Iterator[str]:
        return iter(capstone.TRACKS)

    def __len__(self) -> int:
        return len(capstone.TRACKS)


def _per_track(compute: Callable[[capstone.Track], Any]) -> Callable[[], PerTrack]:
    """``expected`` of a question: the answers of every track, each computed once."""
    cached = cache(lambda key: compute(capstone.TRACKS[key]))
    return lambda: PerTrack(cached)


def _tracks() -> str:
    return ", ".join(repr(k) for k in capstone.TRACKS)


def _open(answer: Any, expected: Mapping[str, Any] | None, parts: tuple[str, ...]
          ) -> tuple[capstone.Track, dict[str, Any], Any]:
    """(track, the answer's parts, the track's expected answer), or feedback."""
    if not isinstance(answer, Mapping):
        raise _mismatch("wrong_type", "capstone.bank.answer.type", parts=", ".join(parts),
                        got=describe(answer))
    items = {str(k).strip().casefold(): v for k, v in answer.items()}
    if "track" not in items or items["track"] is Ellipsis:
        raise _mismatch("wrong_shape", "capstone.bank.answer.no_track", tracks=_tracks())
    key = items["track"]
    if not isinstance(key, str) or key.strip() not in capstone.TRACKS:
        raise _mismatch("fail", "capstone.bank.answer.unknown_track", name=str(key)[:40],
                        tracks=_tracks())
    case = capstone.TRACKS[key.strip()]
    got = {p: items.get(p, Ellipsis) for p in parts}
    if all(v is Ellipsis for v in got.values()):
        raise AnswerMismatch("unanswered", t("check.unanswered.detail"))
    if expected is None:        # a question that needs no data (targets, report)
        return case, got, None
    try:
        want = expected[case.key]
    except (ValueError, OSError, KeyError) as exc:
        raise _mismatch("error", "capstone.bank.answer.no_data", track=case.key, error=str(exc)[:200]
                        ) from None
    return case, got, want


class _Score:
    """Collects the verdict of each part: credit = share of parts right."""

    def __init__(self, parts: tuple[str, ...]) -> None:
        self.parts = parts
        self.right: list[str] = []
        self.messages: list[str] = []
        self.missing: list[str] = []

    def ok(self, part: str) -> None:
        self.right.append(part)

    def not_answered(self, part: str) -> None:
        self.missing.append(part)

    def wrong(self, part: str, message: str) -> None:
        self.messages.append(f"{part}: {message}")

    def part(self, part: str, value: Any, test: Callable[[Any], None]) -> None:
        """Run ``test(value)``: it returns for a right part or raises AnswerMismatch."""
        if value is Ellipsis:
            self.not_answered(part)
            return
        try:
            test(value)
        except AnswerMismatch as exc:
            self.wrong(part, exc.message)
        except (TypeError, ValueError, KeyError, AttributeError, IndexError, OverflowError):
            self.wrong(part, t("check.expected_type", expected=part, got=describe(value)))
        else:
            self.ok(part)

    def done(self) -> None:
        if len(self.right) == len(self.parts):
            return
        messages = list(self.messages)
        if self.missing:
            messages.insert(0, t("capstone.bank.answer.missing", parts=", ".join(self.missing)))
        raise AnswerMismatch("fail", " ".join(messages),
                             credit=len(self.right) / len(self.parts))


def _listlike(x: Any) -> list[Any]:
    if isinstance(x, (str, bytes, Mapping)) or not isinstance(
            x, (list, tuple, set, frozenset, np.ndarray, pd.Series, pd.Index)):
        raise _mismatch("wrong_type", "capstone.bank.answer.list", got=describe(x))
    values = x.tolist() if hasattr(x, "tolist") else list(x)
    return values if isinstance(values, list) else [values]


def _fmt(x: float, digits: int = 3) -> str:
    return f"{x:.{digits}f}".rstrip("0").rstrip(".")


# ------------------------------------------------------------------------------ 1 KANO
@cache
def _attribute_names(case_key: str) -> dict[str, str]:
    """Every way to name an attribute (key, English and Chinese label) → its key."""
    case = capstone.TRACKS[case_key]
    names: dict[str, str] = {}
    for lang in ("en", "zh"):
        for key, label in case.kano_labels(lang).items():
            names[_clean(label)] = str(key)
            names[_clean(key)] = str(key)
    return names


def _attribute(case: capstone.Track, value: Any) -> str:
    if not isinstance(value, str):
        raise _mismatch("wrong_type", "check.expected_type", expected="str",
                        got=describe(value))
    key = _attribute_names(case.key).get(_clean(value))
    if key is None:
        raise _mismatch("fail", "capstone.bank.kano.unknown", names=value.strip()[:40],
                        known=", ".join(sorted(set(_attribute_names(case.key).values()))))
    return key


def evaluated(case: capstone.Track) -> pd.DataFrame:
    """:func:`kano.evaluate` of the track's KANO survey (default mode rule)."""
    return kano.evaluate(kano.count(case.kano_responses()))


def kano_expected(case: capstone.Track) -> dict[str, Any]:
    """Must-be attributes; the attractive attribute with the highest Better (the strongest
    delighter); the one-dimensional attribute with the largest |Worse| (the performance
    need whose absence costs most)."""
    ev = evaluated(case)
    attractive = ev.loc[ev["category"] == "A"]
    one_dim = ev.loc[ev["category"] == "O"]
    quadrant = [a for a in ev.index
                if kano.better_worse_quadrant(ev.at[a, "better"], ev.at[a, "worse"]) == "M"]
    return {"must_be": sorted(ev.index[ev["category"] == "M"].astype(str)),
            "delighter": str(attractive["better"].idxmax()),
            "performance": str(one_dim["worse"].abs().idxmax()),
            "quadrant_m": sorted(map(str, quadrant)),
            "best_better": str(ev["better"].idxmax()),
            "o_best_better": str(one_dim["better"].idxmax()),
            "category": ev["category"].astype(str).to_dict()}


def _compare_kano(answer: Any, expected: Mapping[str, Any]) -> None:
    case, got, want = _open(answer, expected, KANO_PARTS)
    score = _Score(KANO_PARTS)

    def must_be(value: Any) -> None:
        keys = {_attribute(case, v) for v in _listlike(value)}
        if keys == set(want["must_be"]):
            return
        if keys == set(want["quadrant_m"]):
            raise _mismatch("fail", "capstone.bank.kano.quadrant")
        raise _mismatch("fail", "capstone.bank.kano.must_be", missing=len(set(want["must_be"]) - keys),
                        extra=", ".join(sorted(keys - set(want["must_be"]))) or "–")

    def delighter(value: Any) -> None:
        key = _attribute(case, value)
        if key == want["delighter"]:
            return
        if want["category"].get(key) != "A":
            raise _mismatch("fail", "capstone.bank.kano.not_a", name=key,
                            category=t(f"kano.category.{want['category'].get(key, 'Q')[0]}"))
        raise _mismatch("fail", "capstone.bank.kano.delighter")

    def performance(value: Any) -> None:
        key = _attribute(case, value)
        if key == want["performance"]:
            return
        if want["category"].get(key) != "O":
            raise _mismatch("fail", "capstone.bank.kano.not_o", name=key,
                            category=t(f"kano.category.{want['category'].get(key, 'Q')[0]}"))
        if key == want["o_best_better"]:
            raise _mismatch("fail", "capstone.bank.kano.performance_better")
        raise _mismatch("fail", "capstone.bank.kano.performance")

    score.part("must_be", got["must_be"], must_be)
    score.part("delighter", got["delighter"], delighter)
    score.part("performance", got["performance"], performance)
    score.done()


# ------------------------------------------------------------------------------ 2 SERVQUAL
def servqual_expected(case: capstone.Track) -> dict[str, Any]:
    """Mean dimension gaps P − E, the worst dimension, and the SERVQUAL score: weighted per
    respondent when the survey has importance points, else unweighted."""
    answers = case.servqual_answers()
    by_dimension = servqual.dimension_gaps(answers)
    means = by_dimension.mean()
    weighted = case.servqual_weighted()
    score = (servqual.weighted_score(by_dimension, answers) if weighted
             else servqual.unweighted_score(by_dimension))
    out: dict[str, Any] = {"gaps": {d: float(means[d]) for d in servqual.DIMENSIONS},
                           "worst": str(means.idxmin()), "score": float(score),
                           "weighted": weighted, "unweighted": servqual.unweighted_score(by_dimension)}
    if weighted:
        out["product"] = servqual.weighted_score(by_dimension, answers, method="product_of_means")
    if case.servqual_rows is not None:
        from ..data import load_dataset

        every = servqual.dimension_gaps(load_dataset(case.servqual_dataset)).mean()
        out["all_rows"] = {d: float(every[d]) for d in servqual.DIMENSIONS}
    return out


def _dimension(value: Any) -> str:
    key = servqual._dimension_key(value) if isinstance(value, str) else None
    if key is None:
        raise _mismatch("fail", "capstone.bank.servqual.dimension", value=str(value)[:30],
                        dimensions=", ".join(servqual.DIMENSIONS))
    return key


def _compare_servqual(answer: Any, expected: Mapping[str, Any]) -> None:
    case, got, want = _open(answer, expected, SQ_PARTS)
    score = _Score(SQ_PARTS)

    def gaps(value: Any) -> None:
        if not isinstance(value, (Mapping, pd.Series)):
            raise _mismatch("wrong_type", "capstone.bank.servqual.gaps_type", got=describe(value))
        given = {_dimension(k): _num(v) for k, v in dict(value).items()}
        if set(given) != set(servqual.DIMENSIONS):
            raise _mismatch("wrong_shape", "capstone.bank.servqual.gaps_type", got=describe(value))
        wrong = [d for d in servqual.DIMENSIONS if not _close(given[d], want["gaps"][d], 0.005)]
        if not wrong:
            return
        if all(_close(given[d], -want["gaps"][d], 0.005) for d in servqual.DIMENSIONS):
            raise _mismatch("fail", "capstone.bank.servqual.sign")
        if "all_rows" in want and all(_close(given[d], want["all_rows"][d], 0.005)
                                      for d in servqual.DIMENSIONS):
            column, value_ = case.servqual_rows or ("", "")
            raise _mismatch("fail", "capstone.bank.servqual.rows", column=column, value=value_)
        raise _mismatch("fail", "check.n_wrong", n=len(wrong), total=5, where=wrong[0])

    def worst(value: Any) -> None:
        if _dimension(value) != want["worst"]:
            raise _mismatch("fail", "capstone.bank.servqual.worst")

    def total(value: Any) -> None:
        x = _num(value)
        if _close(x, want["score"], 5e-4):
            return
        if want["weighted"] and _close(x, want["unweighted"], 5e-4):
            raise _mismatch("fail", "capstone.bank.servqual.unweighted")
        if want.get("product") is not None and _close(x, want["product"], 5e-4):
            raise _mismatch("fail", "capstone.bank.servqual.product")
        raise _mismatch("fail", "capstone.bank.servqual.score",
                        kind=t("capstone.bank.servqual.kind.weighted" if want["weighted"]
                               else "capstone.bank.servqual.kind.unweighted"))

    score.part("gaps", got["gaps"], gaps)
    score.part("worst", got["worst"], worst)
    score.part("score", got["score"], total)
    score.done()


# ------------------------------------------------------------------------------ 3 today
def blueprint_expected(case: capstone.Track) -> dict[str, Any]:
    bp = case.today()
    m = bp.metrics()
    return {"fail_points": sorted(bp.fail_points()["id"].tolist()), "wait_time": m["wait_time"],
            "customer_time": m["customer_time"], "encounters": m["encounters"],
            "handoffs": m["internal_handoffs"], "visibility": m["visibility_crossings"],
            "flows": len(bp.flows)}


def _ids(value: Any) -> set[str]:
    return {str(x).strip().upper() for x in _listlike(value)}


def _count(value: Any) -> int:
    x = _num(value)
    if not x.is_integer():
        raise _mismatch("fail", "check.value_off")
    return int(x)


def _compare_blueprint(answer: Any, expected: Mapping[str, Any]) -> None:
    _case, got, want = _open(answer, expected, BP_PARTS)
    score = _Score(BP_PARTS)

    def fail_points(value: Any) -> None:
        ids, exp = _ids(value), set(want["fail_points"])
        if ids != exp:
            raise _mismatch("fail", "capstone.bank.blueprint.fail_ids", missing=len(exp - ids),
                            extra=", ".join(sorted(ids - exp)) or "–")

    def wait_time(value: Any) -> None:
        x = _num(value)
        if _close(x, want["wait_time"], 0.01):
            return
        if _close(x, want["customer_time"], 0.01):
            raise _mismatch("fail", "blueprint.bank.time.whole")
        raise _mismatch("fail", "capstone.bank.blueprint.wait")

    def crossings(line: str) -> Callable[[Any], None]:
        def test(value: Any) -> None:
            n = _count(value)
            if n == want[line]:
                return
            if n == want["flows"]:
                raise _mismatch("fail", "capstone.bank.blueprint.all_flows")
            other = {"encounters": "handoffs", "handoffs": "encounters"}[line]
            if n == want[other] or n == want["visibility"]:
                raise _mismatch("fail", f"capstone.bank.blueprint.{line}")
            raise _mismatch("fail", "check.value_off")
        return test

    score.part("fail_points", got["fail_points"], fail_points)
    score.part("wait_time", got["wait_time"], wait_time)
    score.part("encounters", got["encounters"], crossings("encounters"))
    score.part("handoffs", got["handoffs"], crossings("handoffs"))
    score.done()


def journey_expected(case: capstone.Track) -> dict[str, Any]:
    jm = case.journey_map()
    curve = jm.emotion_curve()
    at_or_below = curve.loc[curve["emotion"] <= jm.midpoint, "blueprint_step"]
    return {"lowest": str(jm.lowest()["blueprint_step"]),
            "highest": str(jm.highest()["blueprint_step"]),
            "pain_points": sorted(jm.pain_points()["blueprint_step"].astype(str)),
            "at_or_below": sorted(at_or_below.astype(str)),
            "steps": curve["blueprint_step"].astype(str).tolist()}


def _journey_id(value: Any, want: Mapping[str, Any]) -> str:
    """A blueprint step id ("C5"), or the step number of the emotion curve (5)."""
    if isinstance(value, (int, np.integer)) and not isinstance(value, bool) \
            and 1 <= value <= len(want["steps"]):
        return want["steps"][int(value) - 1]
    if not isinstance(value, str):
        raise _mismatch("wrong_type", "capstone.bank.journey.id", got=describe(value))
    return value.strip().upper()


def _compare_journey(answer: Any, expected: Mapping[str, Any]) -> None:
    _case, got, want = _open(answer, expected, JM_PARTS)
    score = _Score(JM_PARTS)

    def lowest(value: Any) -> None:
        step = _journey_id(value, want)
        if step == want["lowest"]:
            return
        if step == want["highest"]:
            raise _mismatch("fail", "capstone.bank.journey.highest")
        raise _mismatch("fail", "capstone.bank.journey.lowest")

    def pain_points(value: Any) -> None:
        ids = {_journey_id(v, want) for v in _listlike(value)}
        exp = set(want["pain_points"])
        if ids == exp:
            return
        if ids == set(want["at_or_below"]):
            raise _mismatch("fail", "capstone.bank.journey.threshold")
        raise _mismatch("fail", "capstone.bank.journey.pain", missing=len(exp - ids),
                        extra=", ".join(sorted(ids - exp)) or "–")

    score.part("lowest", got["lowest"], lowest)
    score.part("pain_points", got["pain_points"], pain_points)
    score.done()


# ------------------------------------------------------------------------------ 4 redesign
def redesign_expected(case: capstone.Track) -> dict[str, Any]:
    today = case.today()
    return {"before_wait": today.metrics()["wait_time"], "cut": case.wait_cut,
            "must_be": kano_expected(case)["must_be"]}


def _rebuild(answer: Any) -> Blueprint:
    if isinstance(answer, Blueprint):
        raise _mismatch("wrong_type", "blueprint.bank.design.object")
    if not isinstance(answer, Mapping):
        raise _mismatch("wrong_type", "capstone.bank.rd.type", got=describe(answer))
    try:
        return Blueprint.from_dict(answer, source="design")
    except ValueError as exc:
        raise _mismatch("fail", "blueprint.bank.design.unreadable", error=str(exc)) from None


def _serves(value: Any) -> dict[str, list[str]]:
    if value is Ellipsis or value is None:
        return {}
    if not isinstance(value, Mapping):
        raise _mismatch("wrong_type", "capstone.bank.rd.serves", got=describe(value))
    out = {}
    for k, v in value.items():
        out[str(k)] = [str(v)] if isinstance(v, str) else [str(x) for x in _listlike(v)]
    return out


def _compare_redesign(answer: Any, expected: Mapping[str, Any]) -> None:
    """Valid (necessary), the wait cut by the track's share, every must-be still served."""
    case, got, want = _open(answer, expected, ("design",))
    bp = _rebuild(got["design"])
    problems = bp.validate()
    if problems:
        shown = " | ".join(p.message for p in problems[:4]) + (" | …" if len(problems) > 4
                                                                 else "")
        raise _mismatch("fail", "blueprint.bank.design.invalid", n=len(problems), problems=shown)
    # graded as a redesign of the chosen track's service (the tracks share step ids such
    # as O1 and E1, so compare what the steps are: a design closer to another track's
    # service than to its own is that other service)
    labels = {s.label.casefold() for s in bp.steps}
    shared = {key: len(labels & {s.label.casefold() for s in capstone.track(key).today().steps})
              for key in capstone.TRACKS}
    other = max((k for k in shared if k != case.key), key=shared.__getitem__, default=None)
    if other is not None and shared[other] > shared[case.key]:
        raise _mismatch("fail", "capstone.bank.rd.other_service", track=case.key, other=other,
                        n_other=shared[other], n_own=shared[case.key])
    extra = {str(k).strip().casefold(): v for k, v in answer.items()}
    serves = _serves(extra.get("serves"))
    messages, credit = [], 1.0
    wait = bp.metrics()["wait_time"]
    target = want["before_wait"] * (1 - want["cut"])
    if wait > target + 1e-9:
        messages.append(t("capstone.bank.rd.wait", wait=_fmt(wait, 1), target=_fmt(target, 1),
                          before=_fmt(want["before_wait"], 1), cut=f"{want['cut']:.0%}"))
        credit -= 1 / 3
    lost = capstone.unserved(case, bp, want["must_be"], serves)
    if lost:
        messages.append(t("capstone.bank.rd.unserved", attributes="; ".join(
            f"{a} ({', '.join(ids) or '–'})" for a, ids in lost.items())))
        credit -= 1 / 3
    if messages:
        raise AnswerMismatch("fail", " ".join(messages), credit=credit)


# ------------------------------------------------------------------------------ 5 standards
def kqis(case: capstone.Track) -> dict[str, float]:
    """The four KQIs of the track's log (METHODS.md §4.3): P90 of the customer's wait by
    nearest rank (in ``wait_unit``); SLA compliance = share of waits within
    ``wait_target``; first time right = share of the done tickets/visits resolved at the
    first contact / completed at the visit; CSAT top-2-box = share of 4–5 among answers."""
    log = case.service_log()
    waits, csat = log["wait"].dropna(), log["csat"].dropna()
    return {"wait_p90": standards.percentile(waits, 90),
            "sla_compliance": standards.sla_compliance(waits, case.wait_target),
            "first_time_right": float(log.loc[log["done"], "first_time_right"].mean()),
            "csat_top2": standards.top_box(csat)}


def _kqi_alternatives(case: capstone.Track) -> dict[str, dict[str, float]]:
    log = case.service_log()
    waits = log["wait"].dropna()
    factor = 60.0 if case.wait_unit == "h" else 1 / 60
    return {
        "unit": {"wait_p90": standards.percentile(waits, 90) * factor},
        "all_rows": {"first_time_right": float(log["first_time_right"].fillna(0).mean()),
                     "csat_top2": float((log["csat"] >= 4).mean())},
    }


def kqi_expected(case: capstone.Track) -> dict[str, Any]:
    return {"kqis": kqis(case), "alt": _kqi_alternatives(case), "unit": case.wait_unit}


def _compare_kqis(answer: Any, expected: Mapping[str, Any]) -> None:
    _case, got, want = _open(answer, expected, ("kqis",))
    value = got["kqis"]
    if not isinstance(value, (Mapping, pd.Series)):
        raise _mismatch("wrong_type", "capstone.bank.kqi.type", keys=", ".join(KQI_KEYS),
                        got=describe(value))
    given = {str(k).strip().casefold(): v for k, v in dict(value).items()}
    score = _Score(KQI_KEYS)

    def one(key: str) -> Callable[[Any], None]:
        def test(v: Any) -> None:
            x = _num(v)
            exp = want["kqis"][key]
            tol = 0.01 if key == "wait_p90" else 6e-4
            if _close(x, exp, tol):
                return
            if key != "wait_p90" and 1 < x <= 100 and _close(x / 100, exp, 6e-4):
                raise _mismatch("fail", "standards.bank.share.percent")
            if key == "wait_p90" and _close(x, want["alt"]["unit"]["wait_p90"], 0.05):
                raise _mismatch("fail", "capstone.bank.kqi.unit", unit=want["unit"])
            if key in want["alt"]["all_rows"] and _close(x, want["alt"]["all_rows"][key], 6e-4):
                raise _mismatch("fail", f"capstone.bank.kqi.{key}_all")
            raise _mismatch("fail", "check.value_off")
        return test

    for key in KQI_KEYS:
        score.part(key, given.get(key, Ellipsis), one(key))
    score.done()


def _compare_targets(answer: Any, expected: Any) -> None:
    """At least three KQIs with a written target each; every target measurable."""
    _case, got, _want = _open(answer, expected, ("targets",))
    value = got["targets"]
    if not isinstance(value, Mapping):
        raise _mismatch("wrong_type", "capstone.bank.tg.type", keys=", ".join(KQI_KEYS),
                        got=describe(value))
    given = {str(k).strip().casefold(): v for k, v in value.items()}
    unknown = sorted(k for k in given if k not in KQI_KEYS)
    if unknown:
        raise _mismatch("wrong_shape", "capstone.bank.tg.keys", keys=", ".join(unknown),
                        known=", ".join(KQI_KEYS))
    texts = {k: v for k, v in given.items() if v is not Ellipsis}
    messages, good = [], 0
    for key, text in texts.items():
        if not isinstance(text, str) or not text.strip():
            messages.append(t("capstone.bank.tg.text", kqi=key, got=describe(text)))
            continue
        lacks = capstone.measurable(text)
        if lacks:
            names = ", ".join(t(f"capstone.bank.tg.el.{k}") for k in lacks)
            messages.append(t("capstone.bank.tg.lacks", kqi=key, missing=names))
        else:
            good += 1
    if len(texts) < MIN_TARGETS:
        messages.insert(0, t("capstone.bank.tg.too_few", n=len(texts), min=MIN_TARGETS))
    if messages:
        raise AnswerMismatch("fail", " ".join(messages),
                             credit=good / max(MIN_TARGETS, len(texts)))


# ------------------------------------------------------------------------------ 6 staffing
def staffing_plan(case: capstone.Track, arrivals: pd.Series | None = None,
                  aht: float | None = None) -> pd.DataFrame:
    """Erlang C plan of the track's busiest weekday (no shrinkage)."""
    return queueing.staffing_plan(case.arrivals() if arrivals is None else arrivals,
                                  case.interval_minutes,
                                  case.aht_seconds() if aht is None else aht,
                                  case.staff_target_seconds, case.staff_level)


def staffing_expected(case: capstone.Track) -> dict[str, Any]:
    plan = staffing_plan(case)
    peak = str(plan["arrivals"].idxmax())
    every_day = capstone.arrival_profile(case.service_log()["arrived"], case.interval_minutes,
                                         hours=case.open_hours)
    return {"interval": peak, "agents": int(plan.loc[peak, "agents"]),
            "most_agents": int(plan["agents"].max()),
            "every_day": int(staffing_plan(case, arrivals=every_day)["agents"].max()),
            "aht_minutes": int(staffing_plan(case, aht=case.aht_seconds() / 60)
                               .loc[peak, "agents"]),
            "traffic": math.ceil(plan.loc[peak, "traffic"]),
            "intervals": [str(i) for i in plan.index]}


def _interval(value: Any) -> str:
    if isinstance(value, (datetime.time, datetime.datetime, pd.Timestamp)):
        return f"{value.hour:02d}:{value.minute:02d}"
    if not isinstance(value, str) or not re.fullmatch(r"\s*\d{1,2}:\d{2}(:\d{2})?\s*", value):
        raise _mismatch("wrong_type", "capstone.bank.st.interval_type", got=describe(value))
    hh, mm = value.strip().split(":")[:2]
    return f"{int(hh):02d}:{mm}"


def _compare_staffing(answer: Any, expected: Mapping[str, Any]) -> None:
    case, got, want = _open(answer, expected, STAFF_PARTS)
    score = _Score(STAFF_PARTS)

    def interval(value: Any) -> None:
        hhmm = _interval(value)
        if hhmm == want["interval"]:
            return
        if hhmm not in want["intervals"]:
            raise _mismatch("fail", "capstone.bank.st.closed", first=want["intervals"][0],
                            last=want["intervals"][-1])
        raise _mismatch("fail", "capstone.bank.st.interval", weekday=case.staffing_weekday)

    def agents(value: Any) -> None:
        n = _count(value)
        if n == want["agents"]:
            return
        if n == want["aht_minutes"] and n != want["agents"]:
            raise _mismatch("fail", "capstone.bank.st.aht_unit")
        if n == want["traffic"]:
            raise _mismatch("fail", "capstone.bank.st.traffic")
        if n == want["every_day"]:
            raise _mismatch("fail", "capstone.bank.st.weekday", weekday=case.staffing_weekday)
        raise _mismatch("fail", "capstone.bank.st.agents")

    score.part("interval", got["interval"], interval)
    score.part("agents", got["agents"], agents)
    score.done()


# ------------------------------------------------------------------------------ 7 monitoring
def weekly_late(case: capstone.Track) -> pd.DataFrame:
    log = case.service_log()
    return capstone.weekly_share(log["arrived"], log["late"])


def weekly_wait(case: capstone.Track) -> pd.Series:
    log = case.service_log()
    return capstone.weekly_stat(log["arrived"], log["wait"], "mean")


def charts(case: capstone.Track, baseline: bool = True) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(p-chart of the weekly late share, XmR chart of the weekly mean wait); limits from
    the baseline weeks (or from all weeks with ``baseline=False``)."""
    late, wait = weekly_late(case), weekly_wait(case)
    k_p = capstone.baseline_weeks(late.index, case.baseline_end) if baseline else None
    k_x = capstone.baseline_weeks(wait.index, case.baseline_end) if baseline else None
    return (standards.p_chart(late["defectives"], late["n"], baseline=k_p),
            standards.xmr_chart(wait, baseline=k_x))


def monitoring_expected(case: capstone.Track) -> dict[str, Any]:
    p, x = charts(case)
    p_all, x_all = charts(case, baseline=False)

    def day(ts: pd.Timestamp | None) -> str | None:
        return None if ts is None else str(ts.date())

    return {"p_chart_week": day(capstone.first_signal(p, case.baseline_end)),
            "xmr_week": day(capstone.first_signal(x, case.baseline_end)),
            "p_chart_pooled": day(capstone.first_signal(p_all, case.baseline_end)),
            "xmr_pooled": day(capstone.first_signal(x_all, case.baseline_end)),
            "weeks": [str(w.date()) for w in p.index], "baseline_end": case.baseline_end}


def _week(value: Any) -> pd.Timestamp:
    if isinstance(value, (datetime.date, np.datetime64)):
        day = pd.Timestamp(value)
    elif isinstance(value, str):
        try:
            day = pd.Timestamp(value.strip())
        except (ValueError, TypeError, OverflowError):
            raise _mismatch("wrong_type", "capstone.bank.mon.type", got=value.strip()[:30]) from None
    else:
        raise _mismatch("wrong_type", "capstone.bank.mon.type", got=describe(value))
    if pd.isna(day):
        raise _mismatch("wrong_type", "capstone.bank.mon.type", got=str(value)[:30])
    if day.tzinfo is not None:
        day = day.tz_localize(None)
    return day.to_period("W").start_time


def _compare_monitoring(answer: Any, expected: Mapping[str, Any]) -> None:
    _case, got, want = _open(answer, expected, MON_PARTS)
    score = _Score(MON_PARTS)

    def chart(part: str, pooled: str) -> Callable[[Any], None]:
        def test(value: Any) -> None:
            week = _week(value)
            exp = want[part]
            if exp is not None and week == pd.Timestamp(exp):
                return
            if str(week.date()) not in want["weeks"]:
                raise _mismatch("fail", "capstone.bank.mon.range", first=want["weeks"][0],
                                last=want["weeks"][-1])
            if week < pd.Timestamp(want["baseline_end"]):
                raise _mismatch("fail", "capstone.bank.mon.baseline", end=want["baseline_end"])
            if want[pooled] is not None and want[pooled] != exp and \
                    week == pd.Timestamp(want[pooled]):
                raise _mismatch("fail", "capstone.bank.mon.pooled")
            if exp is not None and week < pd.Timestamp(exp):
                raise _mismatch("fail", "capstone.bank.mon.inside")
            raise _mismatch("fail", "capstone.bank.mon.later")
        return test

    score.part("p_chart_week", got["p_chart_week"], chart("p_chart_week", "p_chart_pooled"))
    score.part("xmr_week", got["xmr_week"], chart("xmr_week", "xmr_pooled"))
    score.done()


# ------------------------------------------------------------------------------ 8 report
def _step_found(step: str, headings: list[str]) -> bool:
    number = f"{capstone.STEPS.index(step) + 1}."
    names = {capstone.step_heading(step, lang).casefold() for lang in ("en", "zh")}
    return any(h.strip().casefold() in names or h.strip().startswith(number) for h in headings)


def _compare_report(answer: Any, expected: Any) -> None:
    """The outline: every step present, ≥ 4 figures, ≥ 3 tables, a conclusion of ≥ 60
    words in the report; and the conclusion itself ≥ 60 words."""
    _case, got, _want = _open(answer, expected, REPORT_PARTS)
    checks = 5
    messages, right = [], 0
    outline = got["outline"]
    if outline is Ellipsis:
        messages.append(t("capstone.bank.answer.missing", parts="outline"))
    elif not isinstance(outline, Mapping):
        messages.append(t("capstone.bank.rep.outline_type", got=describe(outline)))
    else:
        heads = outline.get("headings", [])
        headings = [str(h) for h in heads] if isinstance(heads, (list, tuple)) else []
        missing = [capstone.step_heading(s) for s in capstone.STEPS
                   if not _step_found(s, headings)]
        if missing:
            messages.append(t("capstone.bank.rep.headings", steps="; ".join(missing)))
        else:
            right += 1
        for key, least, message in (("figures", MIN_FIGURES, "capstone.bank.rep.figures"),
                                    ("tables", MIN_TABLES, "capstone.bank.rep.tables"),
                                    ("conclusion_words", MIN_WORDS, "capstone.bank.rep.words")):
            try:
                n = _num(outline.get(key, 0))
            except AnswerMismatch:
                n = 0.0
            if n >= least:
                right += 1
            else:
                messages.append(t(message, n=_fmt(n, 0), min=least))
    text = got["conclusion"]
    if text is Ellipsis:
        messages.append(t("capstone.bank.answer.missing", parts="conclusion"))
    elif not isinstance(text, str):
        messages.append(t("check.expected_type", expected="str", got=describe(text)))
    elif count_words(text) < MIN_WORDS:
        messages.append(t("check.text_short", n=MIN_WORDS, got=count_words(text)))
    else:
        right += 1
    if messages:
        raise AnswerMismatch("fail", " ".join(messages), credit=right / checks)


# ------------------------------------------------------------------------------ questions
register(Question(
    "capstone.kano", points=2, partial=True,
    title=("What matters: must-be, delighter, performance need",
           "顾客看重什么：必备、魅力与期望属性"),
    expected=_per_track(kano_expected), compare=_compare_kano,
    hints=[("Classify every attribute with kano.evaluate(kano.count(responses)) (mode rule). "
            "must_be lists the attributes in category M; delighter is the attractive (A) "
            "attribute with the highest Better; performance is the one-dimensional (O) "
            "attribute with the largest |Worse|.",
            "用 kano.evaluate(kano.count(responses))（众数规则）给每个属性分类。must_be 列出 M 类"
            "属性；delighter 是 Better 最高的魅力型（A）属性；performance 是 |Worse| 最大的期望型"
            "（O）属性。"),
           ("ev[ev['category'] == 'M'].index.tolist(); "
            "ev[ev['category'] == 'A']['better'].idxmax(); "
            "ev[ev['category'] == 'O']['worse'].abs().idxmax(). Attribute keys or labels "
            "in either language are accepted.",
            "ev[ev['category'] == 'M'].index.tolist()；"
            "ev[ev['category'] == 'A']['better'].idxmax()；"
            "ev[ev['category'] == 'O']['worse'].abs().idxmax()。属性键名或中英文名称均可。")],
))

register(Question(
    "capstone.servqual", points=2, partial=True,
    title=("Where the service falls short: SERVQUAL gaps", "服务差距：SERVQUAL 差距"),
    expected=_per_track(servqual_expected), compare=_compare_servqual,
    hints=[("Gap = perception − expectation, per respondent and dimension "
            "(servqual.dimension_gaps(answers)); gaps holds the five sample means, worst "
            "the most negative dimension, score the SERVQUAL score — weighted per "
            "respondent when the survey has importance points, else unweighted.",
            "差距 = 感知 − 期望，按受访者和维度计算（servqual.dimension_gaps(answers)）；gaps 为五个"
            "维度的样本均值，worst 为差距最负的维度，score 为 SERVQUAL 总分——问卷有重要性分配时按受访者"
            "加权，否则不加权。"),
           ("gaps = servqual.dimension_gaps(answers); gaps.mean().to_dict(); "
            "gaps.mean().idxmin(); servqual.weighted_score(gaps, answers) or "
            "servqual.unweighted_score(gaps); case.servqual_weighted() says which.",
            "gaps = servqual.dimension_gaps(answers)；gaps.mean().to_dict()；"
            "gaps.mean().idxmin()；servqual.weighted_score(gaps, answers) 或 "
            "servqual.unweighted_score(gaps)；case.servqual_weighted() 告诉你用哪一个。")],
))

register(Question(
    "capstone.blueprint", points=2, partial=True,
    title=("Today's blueprint: fail points, waiting, encounters, hand-offs",
           "现状蓝图：失误点、等待、接触与交接"),
    expected=_per_track(blueprint_expected), compare=_compare_blueprint,
    hints=[("Fail points are the steps marked F; the wait is the sum of the expected waits "
            "of the wait points; encounters cross the line of interaction, hand-offs the "
            "line of internal interaction.",
            "失误点是标有 F 的步骤；等待时间是各等待点预计等待时间之和；服务接触穿过互动分界线，"
            "内部交接穿过内部互动分界线。"),
           ("today.fail_points()['id'].tolist(); m = today.metrics(): m['wait_time'], "
            "m['encounters'], m['internal_handoffs'].",
            "失误点用 today.fail_points()['id'].tolist()；其余读取 m = today.metrics() 中的 "
            "m['wait_time']、m['encounters'] 和 m['internal_handoffs']。")],
))

register(Question(
    "capstone.journey", points=1, partial=True,
    title=("Today's journey: the worst moment and the pain points",
           "现状旅程：最糟时刻与痛点"),
    expected=_per_track(journey_expected), compare=_compare_journey,
    hints=[("Give blueprint step ids (the journey's 'blueprint_step'): lowest is the step "
            "with the lowest emotion, pain_points the steps strictly below the middle of the "
            "scale.",
            "请给出蓝图步骤编号（旅程中的 blueprint_step）：lowest 为情绪最低的步骤，pain_points 为"
            "情绪严格低于量表中点的步骤。"),
           ("jm.lowest()['blueprint_step'] and jm.pain_points()['blueprint_step'].tolist().",
            "jm.lowest()['blueprint_step'] 和 jm.pain_points()['blueprint_step'].tolist()。")],
))

register(Question(
    "capstone.redesign", points=3, partial=True,
    title=("The redesigned process", "再设计后的流程"),
    expected=_per_track(redesign_expected), compare=_compare_redesign,
    hints=[("Start from today.to_dict(), change steps and flows, rebuild with "
            "Blueprint.from_dict and check validate(), metrics()['wait_time'] and "
            "capstone.unserved(case, my_design, must_be, serves) before you submit.",
            "从 today.to_dict() 开始修改步骤和流向，用 Blueprint.from_dict 重建，提交前检查 "
            "validate()、metrics()['wait_time'] 和 capstone.unserved(case, my_design, must_be, "
            "serves)。"),
           ("The wait must fall by at least the track's share (case.wait_cut). Keep the steps "
            "listed in case.must_be_steps, or name the new step that serves a must-be "
            "attribute in serves = {attribute: [step ids]}.",
            "等待时间至少要减少本方向规定的比例（case.wait_cut）。保留 case.must_be_steps 中列出的"
            "步骤，或在 serves = {属性: [步骤编号]} 中写明哪个新步骤提供该必备属性。"),
           ("Every customer step needs evidence in its column; every backstage or support "
            "step needs a flow that connects it to a customer step.",
            "每个顾客步骤所在列都要有有形展示；每个后台或支持步骤都要有流向线与顾客步骤相连。")],
))

register(Question(
    "capstone.kqis", points=2, partial=True,
    title=("Today's key quality indicators", "现状关键质量指标"),
    expected=_per_track(kqi_expected), compare=_compare_kqis,
    hints=[("From log = case.service_log(): wait_p90 = P90 of the wait (nearest rank, in "
            "case.wait_unit); sla_compliance = share of waits within case.wait_target; "
            "first_time_right = mean of first_time_right over the done rows; csat_top2 = "
            "share of 4 and 5 among the answered scores.",
            "基于 log = case.service_log()：wait_p90 为等待时间的 P90（最近秩法，单位 "
            "case.wait_unit）；sla_compliance 为等待不超过 case.wait_target 的比例；"
            "first_time_right 为已完成记录中 first_time_right 的均值；csat_top2 为已作答评分中 "
            "4 分和 5 分的比例。"),
           ("standards.percentile(wait, 90), standards.sla_compliance(wait, "
            "case.wait_target), log.loc[log['done'], 'first_time_right'].mean(), "
            "standards.top_box(log['csat'].dropna()); shares between 0 and 1.",
            "standards.percentile(wait, 90)、standards.sla_compliance(wait, case.wait_target)、"
            "log.loc[log['done'], 'first_time_right'].mean()、"
            "standards.top_box(log['csat'].dropna())；比例取 0 到 1 之间的小数。")],
))

register(Question(
    "capstone.targets", points=2, partial=True,
    title=("Measurable targets for the new service", "新服务的可测量目标"),
    expected=lambda: None, compare=_compare_targets,
    hints=[("Write at least three targets, one per KQI key, each a sentence with what is "
            "measured, a number with its unit, how often it is measured, who must meet it, "
            "and for how many customers it holds (P90, or a share such as 85 %).",
            "至少写三条目标，每个指标一条；每条说明测量什么、带单位的数值、统计周期、由谁达成，以及"
            "适用于多少顾客（如 P90，或 85% 这样的比例）。"),
           ("capstone.measurable(text) lists what a target still lacks; for example: 'The "
            "service desk gives 90% of tickets a first response within 2 hours, measured "
            "each month.'",
            "capstone.measurable(text) 会列出一条目标还缺什么，例如：“服务台每月统计：90% 的工单在 "
            "2 小时内得到首次响应。”")],
))

register(Question(
    "capstone.staffing", points=2, partial=True,
    title=("Staffing the busiest interval (Erlang C)", "最忙时段的人员配置（Erlang C）"),
    expected=_per_track(staffing_expected), compare=_compare_staffing,
    hints=[("Use the average staffing weekday, case.arrivals() (mean arrivals per interval "
            "in opening hours), the case's AHT in seconds, case.aht_seconds(), and the "
            "staffing target: case.staff_level of arrivals served within "
            "case.staff_target_seconds.",
            "使用排班基准工作日的平均到达量 case.arrivals()（营业时间内各时段的平均到达数）、以秒为"
            "单位的平均处理时长 case.aht_seconds()，以及排班目标：case.staff_level 的到达在 "
            "case.staff_target_seconds 秒内得到服务。"),
           ("plan = queueing.staffing_plan(case.arrivals(), case.interval_minutes, "
            "case.aht_seconds(), case.staff_target_seconds, case.staff_level); the busiest "
            "interval is plan['arrivals'].idxmax(), its agents plan.loc[peak, 'agents'].",
            "plan = queueing.staffing_plan(case.arrivals(), case.interval_minutes, "
            "case.aht_seconds(), case.staff_target_seconds, case.staff_level)；最忙时段为 "
            "plan['arrivals'].idxmax()，所需人数为 plan.loc[peak, 'agents']。")],
))

register(Question(
    "capstone.monitoring", points=2, partial=True,
    title=("The first signal of the p-chart and the XmR chart",
           "p 控制图和 XmR 控制图的第一个信号"),
    expected=_per_track(monitoring_expected), compare=_compare_monitoring,
    hints=[("Take the limits from the baseline weeks only (those that start before "
            "case.baseline_end), then look for the first later week outside them.",
            "只用基准期的周（在 case.baseline_end 之前开始的周）计算控制限，再找之后第一个超出控制限"
            "的周。"),
           ("k = capstone.baseline_weeks(weekly.index, case.baseline_end); "
            "standards.p_chart(weekly['defectives'], weekly['n'], baseline=k) and "
            "standards.xmr_chart(weekly_wait, baseline=k); capstone.first_signal(chart, "
            "case.baseline_end) gives the Monday of the first signal week.",
            "k = capstone.baseline_weeks(weekly.index, case.baseline_end)；"
            "standards.p_chart(weekly['defectives'], weekly['n'], baseline=k) 和 "
            "standards.xmr_chart(weekly_wait, baseline=k)；capstone.first_signal(chart, "
            "case.baseline_end) 给出第一个信号周的周一。")],
))

register(Question(
    "capstone.report", points=3, partial=True,
    title=("The service improvement report", "服务改进报告"),
    expected=lambda: None, compare=_compare_report,
    hints=[("The report needs a heading for each of the eight steps, at least four figures, "
            "three tables and your conclusion of at least 60 words; report.outline() shows "
            "what it has.",
            "报告需要八个步骤各有标题，至少四幅图、三张表，以及不少于 60 词的结论；report.outline() "
            "会显示已有的内容。"),
           ("Finish the earlier steps (their tables and figures go into the report), write "
            "the conclusion, run the report cell again, then outline = report.outline().",
            "先完成前面的步骤（它们的表和图会进入报告），写好结论，重新运行生成报告的单元格，再执行 "
            "outline = report.outline()。")],
))
