"""Questions of the internal-customers exercise (solutions/customers.ipynb →
exercises/customers.ipynb).

Task 1 classifies six relationships fixed below (:data:`RELATIONSHIPS`). Tasks 2–6 are
computed with :mod:`svcx_helpers.internal` from ``data/internal_requests.csv``, so data,
library and checks cannot drift apart. Task 7 reads the learner's internal SLA for the
weakest link: :func:`~svcx_helpers.standards.check_standard` must rate it hard with no
missing element, and it must name the supplier of the link (a hidden test also asks for the
internal customer).

Every task also has an answer card (the no-code track, ``exercises/nocode/customers.ipynb``):
its options are computed from the log (departments, links), and the comparators read what
the cards return — (kind, customer) pairs per case, six links in row order for task 5.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

import numpy as np
import pandas as pd

from .. import internal, standards
from ..data import load_dataset
from ..grading import Card, Question, describe, register
from ..grading.readers import clean as _clean
from ..grading.readers import close as _close
from ..grading.readers import mismatch as _mismatch
from ..grading.readers import pair as _pair
from ..i18n import t

DATASET = "internal_requests"
MIN_REQUESTS = 30
"""Links with fewer requests are left out of the weakest-link rankings (tasks 4, 5)."""
WEAK_N = 3

# Task 1: (party 1, party 2, situation, kind, customer). The parties are listed in no
# particular order, so the order never gives the customer away.
RELATIONSHIPS = (
    ("procurement", "operations",
     "Procurement buys the packing material that the warehouse team in operations asked for.",
     "internal", "operations"),
    ("retail_client", "customer_service",
     "A retail client calls customer service because a delivery arrived damaged.",
     "external", "retail_client"),
    ("it", "hr",
     "HR asks IT to set up accounts and laptops for five new hires who start on Monday.",
     "internal", "hr"),
    ("finance", "marketing",
     "Finance sends marketing its monthly report of campaign spending against the budget.",
     "internal", "marketing"),
    ("sales", "distributor",
     "The sales team sends a distributor the price list for next year that it asked for.",
     "external", "distributor"),
    ("legal", "sales",
     "Legal reviews the contract that sales wants to sign with a new client.",
     "internal", "sales"),
)

KINDS = {
    "internal": ("internal", "internal customer", "内部", "内部客户"),
    "external": ("external", "external customer", "外部", "外部客户"),
}
PARTY_NAMES = {
    "sales": ("sales", "销售部", "销售"),
    "customer_service": ("customer_service", "customer service", "客户服务部", "客服部",
                         "客户服务"),
    "marketing": ("marketing", "市场部", "市场"),
    "finance": ("finance", "财务部", "财务"),
    "hr": ("hr", "human resources", "人力资源部", "人力资源", "人事部"),
    "it": ("it", "信息技术部", "信息技术", "it部"),
    "procurement": ("procurement", "purchasing", "采购部", "采购"),
    "legal": ("legal", "法务部", "法务"),
    "operations": ("operations", "运营部", "运营"),
    "retail_client": ("retail_client", "retail client", "the retail client", "零售客户"),
    "distributor": ("distributor", "the distributor", "经销商"),
}

# Task 7: words that name the weak link's supplier (the internal customer: grading/hidden/)
SUPPLIER_WORDS = re.compile(r"\b(procurement|purchas\w*)\b|采购", re.IGNORECASE)


# -------------------------------------------------------------------------- data
@cache
def requests() -> pd.DataFrame:
    """The request log with parsed times, turnaround (hours) and late flag."""
    df = standards.read_tickets(load_dataset(DATASET), source=DATASET)
    df["turnaround"] = (df["resolved"] - df["created"]) / pd.Timedelta(hours=1)
    df["late"] = df["turnaround"] > df["target_hours"]
    return df


@cache
def link_table() -> pd.DataFrame:
    return internal.links(requests())


@cache
def supplier_table() -> pd.DataFrame:
    return internal.suppliers(requests())


def relationships() -> list[tuple[str, str]]:
    """Expected (kind, customer) of each relationship of task 1."""
    return [(kind, customer) for *_, kind, customer in RELATIONSHIPS]


def relationships_table() -> pd.DataFrame:
    """The relationships of task 1 as the learner sees them (no answers)."""
    return pd.DataFrame([{"party_1": a, "party_2": b, "situation": text}
                         for a, b, text, *_ in RELATIONSHIPS],
                        index=pd.RangeIndex(1, len(RELATIONSHIPS) + 1, name="case"))


def map_size() -> tuple[int, int]:
    """(departments, directed links) of the customer–supplier map."""
    df = requests()
    return len(set(df["requester"]) | set(df["supplier"])), len(link_table())


def busiest_suppliers() -> frozenset[str]:
    """The department(s) that serve the most internal customers (departments)."""
    customers = supplier_table()["customers"]
    return frozenset(customers.index[customers == customers.max()])


def weakest_link() -> tuple[str, str]:
    link = internal.weakest_links(requests(), n=1, min_requests=MIN_REQUESTS).index[0]
    return str(link[0]), str(link[1])


def weakest_link_kqis() -> tuple[float, float]:
    """(on-time rate, median turnaround in hours, nearest rank) of the weakest link."""
    row = link_table().loc[weakest_link()]
    return float(row["on_time_rate"]), float(row["turnaround_p50"])


def _turnarounds(link: tuple[str, str]) -> pd.DataFrame:
    df = requests()
    return df[(df["requester"] == link[0]) & (df["supplier"] == link[1])]


def weakest_lists() -> dict[str, frozenset[tuple[str, str]]]:
    """The three weakest links by satisfaction and by on-time rate (sets: unordered)."""
    return {by: frozenset((str(a), str(b)) for a, b in internal.weakest_links(
        requests(), n=WEAK_N, min_requests=MIN_REQUESTS, by=by).index)
        for by in ("satisfaction", "on_time")}


def busiest_list() -> list[str]:
    """Task 3's expected answer as the card gives it: the busiest supplier(s), sorted."""
    return sorted(busiest_suppliers())


def weakest_flat() -> list[tuple[str, str]]:
    """Task 5's expected answer as the card gives it: the three weakest links by
    satisfaction, then the three by on-time rate (each three in any order)."""
    lists = weakest_lists()
    return [*sorted(lists["satisfaction"]), *sorted(lists["on_time"])]


def late_vs_on_time() -> tuple[float, float]:
    """Mean satisfaction of rated resolved requests: (late, on time)."""
    df = requests()
    done = df[df["resolved"].notna()]
    means = done.groupby("late")["satisfaction"].mean()
    return float(means.loc[True]), float(means.loc[False])


# -------------------------------------------------------------------------- answer cards
PARTY_LABELS: dict[str, tuple[str, str]] = {
    "customer_service": ("customer service", "客服部"),
    "finance": ("finance", "财务部"),
    "hr": ("HR", "人力资源部"),
    "it": ("IT", "IT 部"),
    "legal": ("legal", "法务部"),
    "marketing": ("marketing", "市场部"),
    "operations": ("operations", "运营部"),
    "procurement": ("procurement", "采购部"),
    "sales": ("sales", "销售部"),
    "retail_client": ("retail client", "零售客户"),
    "distributor": ("distributor", "经销商"),
}
"""Names of the departments and outside parties in the answer cards (English, Chinese)."""


def party_label(code: str) -> str:
    """A department or party in the current language (``"it"`` → ``"IT"`` / ``"IT 部"``)."""
    from ..grading import tr

    return tr(PARTY_LABELS[code]) if code in PARTY_LABELS else code


def link_label(link: tuple[str, str]) -> str:
    """``("operations", "procurement")`` → ``"operations → procurement"`` (current language)."""
    return f"{party_label(link[0])} → {party_label(link[1])}"


def _case_options() -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """Task 1: every party of the cases as the customer, internal or external."""
    parties = list(dict.fromkeys(p for a, b, *_ in RELATIONSHIPS for p in (a, b)))
    out = []
    for party in parties:
        en, zh = PARTY_LABELS[party]
        out.append((("internal", party), (f"{en} — internal customer", f"{zh}——内部客户")))
        out.append((("external", party), (f"{en} — external customer", f"{zh}——外部客户")))
    return out


def _case_rows() -> list[tuple[int, tuple[str, str]]]:
    return [(i, (f"Case {i}", f"案例 {i}")) for i in range(1, len(RELATIONSHIPS) + 1)]


def _department_options() -> list[tuple[str, tuple[str, str]]]:
    df = requests()
    names = sorted(set(df["requester"]) | set(df["supplier"]))
    return [(d, PARTY_LABELS.get(d, (d, d))) for d in names]


def _link_options() -> list[tuple[tuple[str, str], str]]:
    """Every link of the map (also the small ones: leaving them out is part of the task)."""
    return [((str(a), str(b)), link_label((str(a), str(b)))) for a, b in link_table().index]


WEAK_ROWS = [(f"{by}_{i}", (f"{en} — link {i}", f"{zh}——第 {i} 条"))
             for by, en, zh in (("satisfaction", "Lowest satisfaction", "满意度最低"),
                                ("on_time", "Lowest on-time rate", "准时率最低"))
             for i in range(1, WEAK_N + 1)]
"""Task 5's card: three links by satisfaction, then three by on-time rate (any order)."""


# -------------------------------------------------------------------------- helpers

def party_key(text: Any) -> str | None:
    """The department or party code for an English or Chinese name (None when unknown)."""
    if not isinstance(text, str):
        return None
    got = _clean(text)
    for code, names in PARTY_NAMES.items():
        if got in {_clean(n) for n in names}:
            return code
    return None


def _kind_key(text: Any) -> str | None:
    if not isinstance(text, str):
        return None
    got = _clean(text)
    for code, names in KINDS.items():
        if got in {_clean(n) for n in names}:
            return code
    return None


# -------------------------------------------------------------------------- task 1
def _rows(answer: Any, n: int) -> list[Any]:
    """The learner's rows of task 1: a list of n pairs, a dict {1..n: pair} or a frame."""
    if isinstance(answer, pd.DataFrame):
        cols = {str(c).strip().casefold(): c for c in answer.columns}
        if "kind" in cols and "customer" in cols:
            answer = list(zip(answer[cols["kind"]], answer[cols["customer"]], strict=True))
        else:
            answer = answer.to_numpy(dtype=object).tolist()
    elif isinstance(answer, Mapping):
        keyed: dict[int, Any] = {}
        for k, v in answer.items():
            try:
                keyed[int(str(k).strip())] = v
            except ValueError:
                raise _mismatch("wrong_shape", "internal.bank.rel.keys", n=n) from None
        if sorted(keyed) != list(range(1, n + 1)):
            raise _mismatch("wrong_shape", "internal.bank.rel.keys", n=n)
        answer = [keyed[i] for i in range(1, n + 1)]
    if isinstance(answer, (str, bytes)) or not isinstance(answer, (list, tuple)):
        raise _mismatch("wrong_type", "internal.bank.rel.type", got=describe(answer))
    if len(answer) != n:
        raise _mismatch("wrong_shape", "check.expected_len", expected=n, got=len(answer))
    return list(answer)


def _compare_relationships(answer: Any, expected: list[tuple[str, str]]) -> None:
    rows = _rows(answer, len(expected))
    details: list[tuple[int, str, dict[str, Any]]] = []
    for i, (row, (kind, customer), case) in enumerate(
            zip(rows, expected, RELATIONSHIPS, strict=True), start=1):
        if isinstance(row, Mapping):
            row = (row.get("kind"), row.get("customer"))
        if row is None:  # a row of the answer card left on "choose"
            raise _mismatch("fail", "internal.bank.rel.blank", row=i)
        if isinstance(row, (str, bytes)) or not isinstance(row, (list, tuple)) \
                or len(row) != 2:
            raise _mismatch("wrong_type", "internal.bank.rel.row", row=i, got=describe(row))
        got_kind, got_customer = _kind_key(row[0]), party_key(row[1])
        if got_kind is None:
            raise _mismatch("fail", "internal.bank.rel.kind_unknown", row=i, value=str(row[0])[:30])
        parties = case[:2]
        if got_customer not in parties:
            raise _mismatch("fail", "internal.bank.rel.party", row=i, value=str(row[1])[:30],
                            parties=" / ".join(parties))
        if got_customer != customer:
            details.append((i, "internal.bank.rel.swapped", {"row": i}))
        elif got_kind != kind:
            details.append((i, f"internal.bank.rel.{kind}", {"row": i}))
    if not details:
        return
    n = len(expected)
    first = details[0]
    raise _mismatch("fail", "internal.bank.rel.wrong", credit=1 - len(details) / n, n=len(details),
                    total=n, detail=t(first[1], **first[2]))


# -------------------------------------------------------------------------- task 2
def _compare_size(answer: Any, expected: tuple[int, int]) -> None:
    depts, n_links = _pair(answer, (("departments", "depts", "nodes"),
                                    ("links", "edges", "arrows")))
    e_depts, e_links = expected
    ok_d, ok_l = _close(depts, e_depts, 1e-9), _close(n_links, e_links, 1e-9)
    if ok_d and ok_l:
        return
    credit = 0.5 * (ok_d + ok_l)
    df = requests()
    if _close(depts, e_links, 1e-9) and _close(n_links, e_depts, 1e-9):
        raise _mismatch("fail", "internal.bank.size.swapped", credit=0.0)
    if not ok_d and _close(depts, df["supplier"].nunique(), 1e-9):
        raise _mismatch("fail", "internal.bank.size.suppliers_only", credit=credit)
    if not ok_l:
        undirected = len({frozenset(pair) for pair in link_table().index})
        if _close(n_links, undirected, 1e-9):
            raise _mismatch("fail", "internal.bank.size.undirected", credit=credit)
        if _close(n_links, e_depts * (e_depts - 1), 1e-9):
            raise _mismatch("fail", "internal.bank.size.possible", credit=credit)
        if _close(n_links, len(df), 1e-9):
            raise _mismatch("fail", "internal.bank.size.requests", credit=credit)
        if _close(n_links, int((link_table()["requests"] >= MIN_REQUESTS).sum()), 1e-9):
            raise _mismatch("fail", "internal.bank.size.filtered", credit=credit, min=MIN_REQUESTS)
    which = [w for w, ok in (("departments", ok_d), ("links", ok_l)) if not ok]
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=", ".join(which))


# -------------------------------------------------------------------------- task 3
def _compare_busiest(answer: Any, expected: Any) -> None:
    expected = frozenset(expected)
    if isinstance(answer, str):
        answer = [answer]
    if isinstance(answer, (set, frozenset)):
        answer = sorted(answer, key=str)
    if isinstance(answer, (pd.Series, pd.Index, np.ndarray)):
        answer = list(answer)
    if not isinstance(answer, (list, tuple)):
        raise _mismatch("wrong_type", "internal.bank.most.type", got=describe(answer))
    if not answer:
        raise _mismatch("fail", "internal.bank.most.empty")
    got = []
    for item in answer:
        code = party_key(item)
        if code is None or code not in supplier_table().index.union(
                pd.Index(requests()["requester"].unique())):
            raise _mismatch("fail", "internal.bank.most.unknown", value=str(item)[:30],
                            names=", ".join(sorted(set(requests()["requester"])
                                                   | set(requests()["supplier"]))))
        got.append(code)
    chosen = set(got)
    if chosen == expected:
        return
    hits, extra = chosen & expected, chosen - expected
    credit = max(0.0, (len(hits) - len(extra)) / len(expected))
    not_suppliers = sorted(d for d in extra if d not in supplier_table().index)
    if not_suppliers:
        raise _mismatch("fail", "internal.bank.most.requester", credit=credit, dept=not_suppliers[0])
    if extra:
        d = sorted(extra)[0]
        raise _mismatch("fail", "internal.bank.most.extra", credit=credit, dept=d,
                        n=int(supplier_table().loc[d, "customers"]))
    raise _mismatch("fail", "internal.bank.most.one", credit=credit, dept=sorted(hits)[0])


# -------------------------------------------------------------------------- task 4
def _compare_kqis(answer: Any, expected: tuple[float, float]) -> None:
    on_time, median = _pair(answer, (("on_time_rate", "on_time", "on-time", "on time"),
                                     ("turnaround_p50", "median", "median_turnaround",
                                      "turnaround")))
    e_on, e_med = expected
    rows = _turnarounds(weakest_link())
    done = rows["turnaround"].dropna()
    linear = float(done.median())
    ok_o = _close(on_time, e_on, 6e-4)
    ok_m = _close(median, e_med, 0.05) or _close(median, linear, 0.05)
    if ok_o and ok_m:
        return
    credit = 0.5 * (ok_o + ok_m)
    if (_close(on_time, e_med, 0.05) or _close(on_time, linear, 0.05)) and \
            _close(median, e_on, 6e-4):
        raise _mismatch("fail", "internal.bank.kqi.swapped", credit=0.0)
    if not ok_o and 1 < on_time <= 100:
        raise _mismatch("fail", "standards.bank.share.percent", credit=credit)
    if not ok_o and _close(on_time, float((~rows["late"] & rows["resolved"].notna()).sum()
                                          / len(rows)), 6e-4):
        raise _mismatch("fail", "internal.bank.kqi.open", credit=credit)
    supplier = supplier_table().loc[weakest_link()[1]]
    if (not ok_o and _close(on_time, float(supplier["on_time_rate"]), 6e-4)) or \
            (not ok_m and _close(median, float(supplier["turnaround_p50"]), 0.05)):
        raise _mismatch("fail", "internal.bank.kqi.department", credit=credit,
                        supplier=weakest_link()[1], requester=weakest_link()[0])
    if not ok_m and (_close(median, e_med / 24, 0.05) or _close(median, linear / 24, 0.05)):
        raise _mismatch("fail", "internal.bank.kqi.days", credit=credit)
    if not ok_m and _close(median, float(done.mean()), 0.05):
        raise _mismatch("fail", "internal.bank.kqi.mean", credit=credit)
    which = [w for w, ok in (("on_time_rate", ok_o), ("median turnaround", ok_m)) if not ok]
    raise _mismatch("fail", "internal.bank.kqi.wrong", credit=credit, which=", ".join(which))


# -------------------------------------------------------------------------- task 5
_ARROW = re.compile(r"\s*(?:→|->|=>|>|—|–|\bto\b|,)\s*")


def link_key(item: Any) -> tuple[str, str] | None:
    """A (requester, supplier) pair from a tuple/list of two names or a text such as
    'operations → procurement' (None when it cannot be read)."""
    if isinstance(item, str):
        parts = [p for p in _ARROW.split(item.strip()) if p]
        if len(parts) != 2:
            return None
        item = parts
    if isinstance(item, (list, tuple)) and len(item) == 2:
        a, b = party_key(item[0]), party_key(item[1])
        if a is not None and b is not None:
            return a, b
    return None


def _link_list(value: Any, label: str) -> list[tuple[str, str]]:
    if isinstance(value, pd.DataFrame):
        value = list(value.index)
    if isinstance(value, (pd.Index, pd.Series, np.ndarray, set, frozenset)):
        value = list(value)
    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
        raise _mismatch("wrong_type", "internal.bank.weak.type", which=label, got=describe(value))
    if len(value) != WEAK_N:
        raise _mismatch("wrong_shape", "internal.bank.weak.len", which=label, n=WEAK_N, got=len(value))
    out = []
    for item in value:
        key = link_key(item)
        if key is None:
            raise _mismatch("wrong_type", "internal.bank.weak.pair", which=label, value=str(item)[:40])
        out.append(key)
    return out


def _weak_parts(answer: Any) -> tuple[Any, Any]:
    if isinstance(answer, Mapping):
        items = {_clean(k).replace(" ", "_"): v for k, v in answer.items()}
        sat = next((items[k] for k in ("satisfaction", "by_satisfaction", "satisfaction_mean")
                    if k in items), None)
        late = next((items[k] for k in ("on_time", "by_on_time", "on_time_rate", "ontime")
                     if k in items), None)
        if sat is None or late is None:
            raise _mismatch("wrong_shape", "internal.bank.weak.keys")
        return sat, late
    if isinstance(answer, (list, tuple)) and len(answer) == 2 and all(
            isinstance(a, (list, tuple, pd.Index, pd.DataFrame)) for a in answer):
        return answer[0], answer[1]
    if isinstance(answer, (list, tuple)) and len(answer) == 2 * WEAK_N and all(
            item is None or link_key(item) is not None for item in answer):
        # the answer card: three links by satisfaction, then three by on-time rate
        if any(item is None for item in answer):
            raise _mismatch("fail", "internal.bank.weak.blank", n=2 * WEAK_N)
        return list(answer[:WEAK_N]), list(answer[WEAK_N:])
    raise _mismatch("wrong_type", "internal.bank.weak.outer", got=describe(answer))


def _compare_weakest(answer: Any, expected: Any) -> None:
    if not isinstance(expected, Mapping):  # weakest_flat(): three and three links
        links = [tuple(link) for link in expected]
        expected = {"satisfaction": frozenset(links[:WEAK_N]),
                    "on_time": frozenset(links[WEAK_N:])}
    sat_part, time_part = _weak_parts(answer)
    got = {"satisfaction": _link_list(sat_part, "satisfaction"),
           "on_time": _link_list(time_part, "on_time")}
    wrong = [by for by in ("satisfaction", "on_time") if set(got[by]) != expected[by]]
    if not wrong:
        return
    credit = 0.5 * (2 - len(wrong))
    if len(wrong) == 2 and set(got["satisfaction"]) == expected["on_time"] and \
            set(got["on_time"]) == expected["satisfaction"]:
        raise _mismatch("fail", "internal.bank.weak.swapped", credit=0.0)
    table = link_table()
    for by in wrong:
        links = set(got[by])
        reversed_ = sorted(link for link in links
                           if link not in table.index and link[::-1] in table.index)
        if reversed_:
            raise _mismatch("fail", "internal.bank.weak.direction", credit=credit,
                            link=" → ".join(reversed_[0]))
        unknown = sorted(link for link in links if link not in table.index)
        if unknown:
            raise _mismatch("fail", "internal.bank.weak.unknown", credit=credit,
                            link=" → ".join(unknown[0]))
        small = sorted(link for link in links if table.loc[link, "requests"] < MIN_REQUESTS)
        if small:
            raise _mismatch("fail", "internal.bank.weak.small", credit=credit,
                            link=" → ".join(small[0]),
                            n=int(table.loc[small[0], "requests"]), min=MIN_REQUESTS)
        both = {(str(a), str(b)) for a, b in internal.weakest_links(
            requests(), n=WEAK_N, min_requests=MIN_REQUESTS, by="both").index}
        if links == both:
            raise _mismatch("fail", "internal.bank.weak.both", credit=credit, which=by)
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=", ".join(wrong))


# -------------------------------------------------------------------------- task 6
def _compare_late(answer: Any, expected: tuple[float, float]) -> None:
    late, on_time = _pair(answer, (("late", "true"),
                                   ("on_time", "on time", "on-time", "ontime", "false")))
    e_late, e_on = expected
    ok_l, ok_o = _close(late, e_late, 0.005), _close(on_time, e_on, 0.005)
    if ok_l and ok_o:
        return
    credit = 0.5 * (ok_l + ok_o)
    if _close(late, e_on, 0.005) and _close(on_time, e_late, 0.005):
        raise _mismatch("fail", "internal.bank.late.swapped", credit=0.0)
    if any(0 <= v < 1 for v in (late, on_time)):
        raise _mismatch("fail", "internal.bank.late.share", credit=credit)
    done = requests()[requests()["resolved"].notna()]
    medians = done.groupby("late")["satisfaction"].median()
    if (not ok_l and _close(late, float(medians.loc[True]), 1e-9)) or \
            (not ok_o and _close(on_time, float(medians.loc[False]), 1e-9)):
        raise _mismatch("fail", "internal.bank.late.median", credit=credit)
    others = done[done["supplier"] != "legal"].groupby("late")["satisfaction"].mean()
    if (not ok_l and _close(late, float(others.loc[True]), 0.005)) or \
            (not ok_o and _close(on_time, float(others.loc[False]), 0.005)):
        raise _mismatch("fail", "internal.bank.late.legal", credit=credit)
    which = [w for w, ok in (("late", ok_l), ("on_time", ok_o)) if not ok]
    raise _mismatch("fail", "check.not_yet_right", credit=credit, which=", ".join(which))


# -------------------------------------------------------------------------- task 7
def _compare_sla(answer: Any, expected: Any) -> None:
    if not isinstance(answer, str):
        raise _mismatch("wrong_type", "check.expected_type", expected="str",
                        got=describe(answer))
    if not answer.strip():
        raise _mismatch("fail", "internal.bank.sla.empty")
    review = standards.check_standard(answer)
    if review.kind != "hard":
        raise _mismatch("fail", "internal.bank.sla.soft")
    if review.missing:
        names = ", ".join(t(f"standards.el.{k}") for k in review.missing)
        raise _mismatch("fail", "standards.bank.std.missing", credit=1 / 3, missing=names)
    if not SUPPLIER_WORDS.search(answer):
        raise _mismatch("fail", "internal.bank.sla.link", credit=2 / 3)


# -------------------------------------------------------------------------- questions
register(Question(
    "customers.t1_classify", points=2, partial=True,
    card=Card.table(_case_rows, options=_case_options),
    title=("Internal or external, and who is the customer?",
           "内部还是外部？谁是客户？"),
    expected=relationships, compare=_compare_relationships,
    hints=[("For each case ask: who receives the work and depends on it? That party is the "
            "customer. If both parties belong to the company, the customer is internal.",
            "对每个情形问一问：谁接收这项工作并依赖它？那一方就是客户。如果双方都属于本公司，"
            "就是内部客户。"),
           ("Give six pairs (kind, customer) in the order of the table, e.g. "
            "('internal', 'operations'); kind is 'internal' or 'external', the customer is "
            "one of the two parties of the row, spelt as in the table.",
            "按表格顺序给出六个 (类型, 客户) 对，例如 ('internal', 'operations')；类型为 "
            "'internal' 或 'external'，客户是该行两方之一，拼写与表中一致。")],
))

register(Question(
    "customers.t2_map_size", points=1, partial=True,
    card=Card.table([("departments", ("Departments on the map", "关系图中的部门数")),
                     ("links", ("Links (arrows)", "连线数（箭头数）"))], integer=True),
    title=("Departments and links of the map", "关系图中的部门数与连线数"),
    expected=map_size, compare=_compare_size,
    hints=[("Departments are every name that appears as requester or supplier. A link is a "
            "(requester, supplier) pair with at least one request; sales → IT and IT → sales "
            "would be two links.",
            "部门是作为请求方或供应方出现过的所有名称。连线是至少有一次请求的 (请求方, 供应方) "
            "组合；销售 → IT 与 IT → 销售算两条连线。"),
           ("len(set(requests['requester']) | set(requests['supplier'])) and "
            "len(internal.links(requests)); give [departments, links].",
            "使用 len(set(requests['requester']) | set(requests['supplier'])) 和 "
            "len(internal.links(requests))，按 [部门数, 连线数] 给出。")],
))

register(Question(
    "customers.t3_busiest_supplier", points=1, partial=True,
    card=Card.multi(_department_options),
    title=("The department that serves the most internal customers",
           "服务内部客户最多的部门"),
    expected=busiest_list, compare=_compare_busiest,
    hints=[("Count, for each supplying department, how many different departments ask it "
            "for something. Check for a tie.",
            "对每个供应方部门，统计有多少个不同的部门向它提出请求。注意是否有并列。"),
           ("internal.suppliers(requests)['customers'] has that count; give a list of every "
            "department with the maximum.",
            "internal.suppliers(requests)['customers'] 就是这个数；给出所有取最大值的部门组成"
            "的列表。")],
))

register(Question(
    "customers.t4_weakest_link_kqis", points=2, partial=True,
    card=Card.table([("on_time_rate", ("On-time rate (a share between 0 and 1)",
                                       "准时率（0 到 1 之间的比例）")),
                     ("turnaround_p50", ("Median turnaround (hours)", "周转时间中位数（小时）"))]),
    title=("On-time rate and median turnaround of the weakest link",
           "最薄弱环节的准时率与周转时间中位数"),
    expected=weakest_link_kqis, compare=_compare_kqis,
    hints=[("The weakest link is the one with the lowest mean satisfaction among the links "
            "with at least 30 requests. Its on-time rate counts resolved requests only; the "
            "median turnaround is in hours.",
            "最薄弱环节是请求数不少于 30 的连线中平均满意度最低的一条。准时率只统计已解决的"
            "请求；周转时间中位数以小时计。"),
           ("link = internal.weakest_links(requests).index[0]; then "
            "internal.links(requests).loc[link, ['on_time_rate', 'turnaround_p50']].",
            "link = internal.weakest_links(requests).index[0]，然后使用 "
            "internal.links(requests).loc[link, ['on_time_rate', 'turnaround_p50']]。")],
))

register(Question(
    "customers.t5_weakest_by_measure", points=2, partial=True,
    card=Card.table(WEAK_ROWS, options=_link_options),
    title=("Weakest links by satisfaction and by on-time rate",
           "按满意度与按准时率排出的最薄弱环节"),
    expected=weakest_flat, compare=_compare_weakest,
    hints=[("Leave out links with fewer than 30 requests, then take the three links with "
            "the lowest mean satisfaction, and separately the three with the lowest on-time "
            "rate. Links have a direction: (requester, supplier).",
            "先去掉请求数少于 30 的连线，再分别取平均满意度最低的三条和准时率最低的三条。"
            "连线有方向：(请求方, 供应方)。"),
           ("internal.weakest_links(requests, by='satisfaction').index and "
            "internal.weakest_links(requests, by='on_time').index, as lists in a dict "
            "{'satisfaction': [...], 'on_time': [...]}.",
            "使用 internal.weakest_links(requests, by='satisfaction').index 和 "
            "internal.weakest_links(requests, by='on_time').index，放进字典 "
            "{'satisfaction': [...], 'on_time': [...]}。")],
))

register(Question(
    "customers.t6_late_satisfaction", points=2, partial=True,
    card=Card.table([("late", ("Mean satisfaction of late requests (1–5)",
                               "超时请求的平均满意度（1–5）")),
                     ("on_time", ("Mean satisfaction of on-time requests (1–5)",
                                  "准时请求的平均满意度（1–5）"))]),
    title=("Satisfaction of late and on-time requests", "超时与准时请求的满意度"),
    expected=late_vs_on_time, compare=_compare_late,
    hints=[("A resolved request is late when its turnaround (resolved − created, in hours) "
            "is longer than target_hours. Average the satisfaction of the rated requests in "
            "each group.",
            "已解决的请求若周转时间（resolved − created，以小时计）超过 target_hours 即为超时。"
            "分别计算两组中已评分请求的平均满意度。"),
           ("done = requests[requests['resolved'].notna()]; late = turnaround > "
            "done['target_hours']; done.groupby(late)['satisfaction'].mean() gives "
            "[True, False] → [late, on_time].",
            "done = requests[requests['resolved'].notna()]；late = 周转时间 > "
            "done['target_hours']；done.groupby(late)['satisfaction'].mean() 中 True 为超时、"
            "False 为准时，按 [超时, 准时] 给出。")],
))

register(Question(
    "customers.t7_internal_sla", points=3, partial=True,
    card=Card.text(lines=4),
    title=("An internal SLA for the weakest link", "为最薄弱环节制定内部 SLA"),
    expected=lambda: None, compare=_compare_sla,
    hints=[("Write one sentence with what is measured (e.g. completed purchase orders), a "
            "target with its unit (90% within … working days), when it is measured (each "
            "month) and who must meet it. standards.check_standard(text) shows what it finds.",
            "写一句话，包含测量什么（例如完成的采购订单）、带单位的目标（90% 在……个工作日内）、"
            "何时统计（每月）以及由谁达成。standards.check_standard(text) 会显示它识别到的要素。"),
           ("check_standard recognises who by words such as team, staff or agents (团队, "
            "人员): write 'The procurement team …'. Name the link: procurement and the "
            "orders it handles for operations.",
            "check_standard 通过 team、staff、agents（团队、人员）等词识别“由谁达成”："
            "可以写“采购团队……”。并写明这条连线：采购部以及它为运营部处理的订单。")],
))
