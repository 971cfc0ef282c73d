"""Empowerment of front-line staff: authority matrices, first-contact resolution and the
cost at risk.

An **authority matrix** says which role may grant which remedy up to what amount: one row
per role, one column per remedy, each cell the largest amount (yuan) the role may grant
on its own; 0 means "may not grant this remedy". A complaint arrives at the
**first-contact role** of its channel (:data:`FIRST_CONTACT`) and climbs the
**escalation chain** (:data:`ESCALATION`) until a role may grant its remedy:

* role ``r`` may settle a complaint with remedy ``m`` and amount ``v`` when
  ``L[r, m] > 0`` and ``v ≤ L[r, m]``; a complaint with no remedy (``none``: an
  explanation, an apology) needs no authority and is settled at the first contact;
* **first-contact resolution (FCR)** = complaints the first-contact role may settle ÷
  complaints analysed (resolved ones: an unresolved complaint has no remedy yet);
* **cost at risk** = Σ over the complaints settled at first contact of the first-contact
  role's limit ``L[r, m]`` for their remedy: what those complaints *could* have cost if
  every one had been settled at the limit, without a second signature. It is an upper
  bound of the exposure that authority creates (Bowen & Lawler's "giveaways", 1992), not
  a forecast; what was actually paid is ``paid_at_first_contact``;
* **handling cost** (optional): each role that handles a complaint costs its
  ``handling_cost`` (staff time × wage); a complaint settled at the second level costs
  the first-contact role's cost plus that of the team leader, and so on.

:func:`best_changes` searches the single changes (raise one first-contact role's limit
for one remedy) that most raise FCR while the cost at risk grows by at most ``cap``.

The contingency approach behind it: Bowen, D. E. & Lawler, E. E. (1992), "The empowerment
of service workers: what, why, how, and when", *Sloan Management Review* 33(3), 31–39.
Limits and escalation rules as in the course's seed material (授权的界限：财务权限 …).

Example
-------
>>> import pandas as pd
>>> log = pd.DataFrame({"channel": ["phone", "phone", "app"],
...                     "compensation": ["apology_gift", "fee_refund", "none"],
...                     "compensation_value": [30, 80, 0]})
>>> matrix = {"hotline_agent": {"apology_gift": 50, "fee_refund": 50},
...           "team_leader": {"apology_gift": 80, "fee_refund": 300}}
>>> row = fcr(log, matrix).loc["all"]
>>> round(float(row["fcr"]), 3), float(row["cost_at_risk"])
(0.667, 50.0)
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from .i18n import t
from .plotting import lazy_plots

_PLOTS = ("plot_levels", "plot_changes")
__getattr__, __dir__ = lazy_plots(__name__, "plots.empowerment", _PLOTS)

REMEDIES: tuple[str, ...] = ("apology_gift", "credit_voucher", "fee_refund", "full_refund")
"""The remedies of the complaint log that need authority (``none`` needs none)."""
NO_REMEDY = "none"
FIRST_CONTACT: dict[str, str] = {"phone": "hotline_agent", "branch": "branch_teller",
                                 "app": "online_agent", "email": "online_agent",
                                 "social_media": "online_agent"}
"""Channel → the role that takes a complaint first (the bank of ``data/complaints.csv``)."""
ESCALATION: tuple[str, ...] = ("team_leader", "service_manager")
"""Where a complaint goes when the first contact may not settle it, in order. A complaint
above every limit goes ``beyond`` the matrix (to the complaints committee)."""
BEYOND = "beyond"
COLUMNS = ("channel", "compensation", "compensation_value")


# ----------------------------------------------------------------------------- matrices
def authority_matrix(limits: Any) -> pd.DataFrame:
    """The authority matrix as a table: roles × remedies, limits in yuan (float, 0 = may
    not grant). ``limits`` may be that table already, a dict of dicts ``{role: {remedy:
    limit}}``, or a long table with the columns ``role``, ``remedy`` and ``limit`` (as in
    ``data/authority_levels.csv``). Missing cells are 0; a negative, missing or non-numeric
    limit is an error that names the role and the remedy.

    >>> authority_matrix({"hotline_agent": {"fee_refund": 50}})
                   fee_refund
    role
    hotline_agent        50.0
    """
    if isinstance(limits, pd.DataFrame) and {"role", "remedy", "limit"} <= set(limits.columns):
        dup = limits.duplicated(["role", "remedy"])
        if dup.any():
            row = limits.loc[dup].iloc[0]
            raise ValueError(t("empowerment.err.duplicate", role=row["role"],
                               remedy=row["remedy"]))
        for role, remedy, value in limits[["role", "remedy", "limit"]].itertuples(index=False):
            _limit(role, remedy, value)  # a blank limit in a long table is an error
        wide = limits.pivot(index="role", columns="remedy", values="limit").reindex(
            index=list(dict.fromkeys(limits["role"])),
            columns=list(dict.fromkeys(limits["remedy"])))
    elif isinstance(limits, pd.DataFrame):
        wide = limits
    elif isinstance(limits, Mapping):
        rows = {}
        for role, cells in limits.items():
            if not isinstance(cells, (Mapping, pd.Series)):
                raise ValueError(t("empowerment.err.type", got=type(cells).__name__))
            rows[role] = dict(cells)
        wide = pd.DataFrame.from_dict(rows, orient="index")
    else:
        raise ValueError(t("empowerment.err.type", got=type(limits).__name__))
    out = pd.DataFrame(index=[str(r) for r in wide.index],
                       columns=[str(c) for c in wide.columns], dtype=float)
    for role in wide.index:
        for remedy in wide.columns:
            value = wide.loc[role, remedy]
            out.loc[str(role), str(remedy)] = 0.0 if _blank(value) else _limit(role, remedy,
                                                                                value)
    out.index.name = "role"
    out.columns.name = None
    known = [m for m in REMEDIES if m in out.columns]
    return out[known + [m for m in out.columns if m not in known]]


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _limit(role: Any, remedy: Any, value: Any) -> float:
    """A limit as a float; a negative, blank or non-numeric one names its cell."""
    if isinstance(value, (bool, np.bool_, str, bytes)) or not isinstance(
            value, (int, float, np.integer, np.floating)) or not math.isfinite(value) \
            or value < 0:
        raise ValueError(t("empowerment.err.limit", role=role, remedy=remedy, value=value))
    return float(value)


def handling_costs(table: pd.DataFrame) -> pd.Series:
    """Role → handling cost per complaint (yuan) from a long table with the columns
    ``role`` and ``handling_cost`` (one value per role, repeated on its rows).

    >>> handling_costs(pd.DataFrame({"role": ["a", "a", "b"], "handling_cost": [9, 9, 30]}))
    role
    a     9.0
    b    30.0
    Name: handling_cost, dtype: float64
    """
    _need(table, ("role", "handling_cost"))
    costs = pd.to_numeric(table["handling_cost"], errors="coerce")
    bad = costs.isna() | (costs < 0)
    if bad.any():
        i = bad.idxmax()
        raise ValueError(t("empowerment.err.cost", role=table.loc[i, "role"],
                           value=table.loc[i, "handling_cost"]))
    per_role = costs.groupby(table["role"], sort=False)
    uneven = per_role.nunique() > 1
    if uneven.any():
        role = uneven.idxmax()
        raise ValueError(t("empowerment.err.cost_uneven", role=role,
                           values=sorted(per_role.get_group(role).unique().tolist())))
    return per_role.first().astype(float).rename("handling_cost")


def raise_limit(matrix: Any, role: str, remedy: str, limit: float) -> pd.DataFrame:
    """A copy of ``matrix`` with ``role``'s limit for ``remedy`` set to ``limit``.

    >>> raise_limit({"online_agent": {"fee_refund": 0}}, "online_agent", "fee_refund", 100)
                  fee_refund
    role
    online_agent       100.0
    """
    out = authority_matrix(matrix).copy()
    out.loc[str(role), str(remedy)] = limit
    return authority_matrix(out.fillna(0))


# ----------------------------------------------------------------------------- settling
def _need(df: pd.DataFrame, columns: Iterable[str]) -> None:
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ValueError(t("empowerment.err.columns", missing=missing,
                           found=list(map(str, df.columns))))


def _chain(first_contact: Mapping[str, str] | None, escalation: Sequence[str] | None
           ) -> tuple[dict[str, str], tuple[str, ...]]:
    fc = dict(FIRST_CONTACT if first_contact is None else first_contact)
    chain = tuple(ESCALATION if escalation is None else escalation)
    both = sorted(set(fc.values()) & set(chain))
    if both:
        raise ValueError(t("empowerment.err.chain", roles=both))
    return fc, chain


def settle(complaints: pd.DataFrame, matrix: Any, first_contact: Mapping[str, str] | None = None,
           escalation: Sequence[str] | None = None, resolved_only: bool = True) -> pd.DataFrame:
    """Who settles each complaint under ``matrix``.

    One row per complaint analysed (resolved ones when ``resolved_only`` and the log has a
    ``resolved`` column), with ``channel``, ``first_role`` (its channel's role in
    ``first_contact``), ``remedy``, ``amount``, ``settled_by`` (the first role of
    ``[first_role, *escalation]`` whose limit covers the amount, or ``beyond``),
    ``level`` (0 = first contact, 1 = first escalation …, ``len(escalation) + 1`` =
    beyond), ``first_contact`` (level 0) and ``limit`` (the first role's limit for the
    remedy, 0 for ``none``).

    >>> log = pd.DataFrame({"channel": ["phone", "app"], "compensation": ["fee_refund",
    ...                     "credit_voucher"], "compensation_value": [80, 50]})
    >>> settle(log, {"hotline_agent": {"fee_refund": 50}, "team_leader": {"fee_refund": 300,
    ...        "credit_voucher": 200}})[["first_role", "settled_by", "level"]]
         first_role   settled_by  level
    0  hotline_agent  team_leader      1
    1  online_agent  team_leader      1
    """
    _need(complaints, COLUMNS)
    fc, chain = _chain(first_contact, escalation)
    m = authority_matrix(matrix)
    df = complaints
    if resolved_only and "resolved" in df.columns:
        done = df["resolved"].notna() & (df["resolved"].astype(str).str.strip() != "")
        df = df.loc[done]
    unknown_roles = sorted(set(m.index) - set(fc.values()) - set(chain))
    if unknown_roles:
        raise ValueError(t("empowerment.err.role", roles=unknown_roles,
                           known=sorted(set(fc.values())) + list(chain)))
    remedies = df["compensation"].astype(str)
    unknown_remedies = sorted(set(m.columns) - set(remedies) - set(REMEDIES))
    if unknown_remedies:
        raise ValueError(t("empowerment.err.remedy", remedies=unknown_remedies,
                           known=sorted(set(remedies) - {NO_REMEDY} | set(REMEDIES))))
    channels = df["channel"].astype(str)
    no_role = ~channels.isin(list(fc))
    if no_role.any():
        raise ValueError(t("empowerment.err.channel", row=no_role.idxmax(),
                           value=channels[no_role].iloc[0], known=list(fc)))
    amount = pd.to_numeric(df["compensation_value"], errors="coerce")
    bad = amount.isna() | (amount < 0)
    if bad.any():
        i = bad.idxmax()
        raise ValueError(t("empowerment.err.amount", row=i, value=df.loc[i, "compensation_value"]))

    roles = [*dict.fromkeys(fc.values()), *chain]
    full = m.reindex(index=roles, columns=sorted(set(m.columns) | set(remedies)), fill_value=0.0)
    first_role = channels.map(fc)
    none = (remedies == NO_REMEDY).to_numpy()
    level = np.full(len(df), len(chain) + 1)
    settled = np.full(len(df), BEYOND, dtype=object)
    path = [first_role.to_numpy(), *(np.full(len(df), r, dtype=object) for r in chain)]
    for k in range(len(path) - 1, -1, -1):  # lowest level that may settle wins
        lim = full.to_numpy()[full.index.get_indexer(path[k]), full.columns.get_indexer(remedies)]
        ok = (lim > 0) & (amount.to_numpy() <= lim)
        level = np.where(ok, k, level)
        settled = np.where(ok, path[k], settled)
    level = np.where(none, 0, level)
    settled = np.where(none, first_role.to_numpy(), settled)
    first_lim = full.to_numpy()[full.index.get_indexer(first_role.to_numpy()),
                                full.columns.get_indexer(remedies)]
    return pd.DataFrame({
        "channel": channels.to_numpy(), "first_role": first_role.to_numpy(),
        "remedy": remedies.to_numpy(), "amount": amount.to_numpy(dtype=float),
        "settled_by": settled, "level": level.astype(int), "first_contact": level == 0,
        "limit": np.where(none, 0.0, first_lim)}, index=df.index)


def _handling(settled: pd.DataFrame, costs: Mapping[str, float] | pd.Series,
              chain: Sequence[str]) -> pd.Series:
    """Handling cost of each settled complaint: every role on its path pays its cost."""
    cost = pd.Series(costs, dtype=float)
    roles = set(settled["first_role"]) | set(chain)
    missing = sorted(roles - set(cost.index))
    if missing:
        raise ValueError(t("empowerment.err.cost_missing", roles=missing))
    total = settled["first_role"].map(cost).to_numpy(dtype=float)
    for k, role in enumerate(chain, start=1):
        total = total + np.where(settled["level"].to_numpy() >= k, cost[role], 0.0)
    return pd.Series(total, index=settled.index, name="handling_cost")


def fcr(complaints: pd.DataFrame, matrix: Any, by: str | None = None,
        costs: Mapping[str, float] | pd.Series | None = None,
        first_contact: Mapping[str, str] | None = None,
        escalation: Sequence[str] | None = None, resolved_only: bool = True) -> pd.DataFrame:
    """First-contact resolution and the cost at risk of ``matrix`` (one row ``all``, or
    one per ``by``: ``channel``, ``first_role``, ``remedy``, ``settled_by``).

    Columns: ``complaints`` (analysed), ``first_contact`` (settled at first contact),
    ``fcr`` = first_contact ÷ complaints, ``cost_at_risk`` = Σ first-contact limits of
    the complaints settled at first contact, ``paid_at_first_contact`` (their amounts),
    ``escalated`` (settled by a role of the chain), ``beyond`` (above every limit) and,
    with ``costs`` (role → yuan per complaint handled), ``handling_cost`` (each role on a
    complaint's path counts) and ``handling_per_complaint``.

    Worked example (tests/test_empowerment.py): five complaints, two settled at the
    first contact, one of them an apology gift of 30 under a limit of 50 → FCR 0.4,
    cost at risk 50, paid 30.

    >>> log = pd.DataFrame({"channel": ["phone", "phone", "app", "branch", "app"],
    ...     "compensation": ["apology_gift", "fee_refund", "credit_voucher", "full_refund",
    ...                      "none"], "compensation_value": [30, 80, 50, 300, 0]})
    >>> m = {"hotline_agent": {"apology_gift": 50, "fee_refund": 50},
    ...      "team_leader": {"credit_voucher": 200, "fee_refund": 300, "full_refund": 500}}
    >>> fcr(log, m)[["complaints", "first_contact", "fcr", "cost_at_risk", "escalated"]]
         complaints  first_contact  fcr  cost_at_risk  escalated
    all           5              2  0.4          50.0          3
    """
    fc, chain = _chain(first_contact, escalation)
    s = settle(complaints, matrix, fc, chain, resolved_only)
    if by is not None and by not in s.columns:
        raise ValueError(t("empowerment.err.columns", missing=[by], found=list(s.columns)))
    if costs is not None:
        s = s.assign(handling_cost=_handling(s, costs, chain))
    n_chain = len(chain)

    def one(g: pd.DataFrame) -> pd.Series:
        first = g["first_contact"]
        row: dict[str, Any] = {
            "complaints": len(g), "first_contact": int(first.sum()),
            "fcr": float(first.mean()) if len(g) else math.nan,
            "cost_at_risk": float(g.loc[first, "limit"].sum()),
            "paid_at_first_contact": float(g.loc[first, "amount"].sum()),
            "escalated": int(((g["level"] > 0) & (g["level"] <= n_chain)).sum()),
            "beyond": int((g["level"] > n_chain).sum())}
        if costs is not None:
            row["handling_cost"] = float(g["handling_cost"].sum())
            row["handling_per_complaint"] = row["handling_cost"] / len(g) if len(g) else math.nan
        return pd.Series(row, dtype=object)

    out = one(s).to_frame("all").T if by is None else \
        s.groupby(by, sort=True)[list(s.columns)].apply(one)
    ints = ["complaints", "first_contact", "escalated", "beyond"]
    floats = [c for c in out.columns if c not in ints]
    return out.astype(dict.fromkeys(ints, int) | dict.fromkeys(floats, float))


# ----------------------------------------------------------------------------- search
def best_changes(complaints: pd.DataFrame, matrix: Any, cap: float | None = None,
                 step: float | None = None, costs: Mapping[str, float] | pd.Series | None = None,
                 first_contact: Mapping[str, str] | None = None,
                 escalation: Sequence[str] | None = None,
                 resolved_only: bool = True) -> pd.DataFrame:
    """The single changes that most raise first-contact resolution: for each first-contact
    role and remedy, the raise of that one limit with the largest gain whose added cost at
    risk is at most ``cap`` (yuan; ``None``: no cap).

    Candidate limits are the amounts of that role's complaints with that remedy above the
    current limit (rounded up to a multiple of ``step`` if given): for a new limit ``x``,
    ``gain = n(x) − n₀`` complaints and ``added cost at risk = n(x)·x − n₀·L₀``, where
    ``n(x)`` counts the role's complaints of that remedy with amount ≤ ``x`` and ``n₀``
    those under the current limit ``L₀`` (0 if ``L₀ = 0``). Both grow with ``x``, so the
    best raise within the cap is the largest feasible candidate; among equal gains the
    smaller raise wins. Only raises that gain something are listed, sorted by gain, then
    by added cost at risk, role and remedy.

    Columns: ``role``, ``remedy``, ``limit`` (now), ``new_limit``, ``gain`` (complaints),
    ``fcr_after``, ``added_cost_at_risk``, ``cost_per_complaint`` (added cost ÷ gain) and,
    with ``costs``, ``handling_saved`` (the escalation handling the raise removes).

    >>> log = pd.DataFrame({"channel": ["phone", "phone", "app", "branch", "app"],
    ...     "compensation": ["apology_gift", "fee_refund", "credit_voucher", "full_refund",
    ...                      "none"], "compensation_value": [30, 80, 50, 300, 0]})
    >>> m = {"hotline_agent": {"apology_gift": 50, "fee_refund": 50},
    ...      "team_leader": {"credit_voucher": 200, "fee_refund": 300, "full_refund": 500}}
    >>> best_changes(log, m, cap=100)[["role", "remedy", "new_limit", "gain",
    ...                                "added_cost_at_risk"]]
                role          remedy  new_limit  gain  added_cost_at_risk
    0   online_agent  credit_voucher       50.0     1                50.0
    1  hotline_agent      fee_refund       80.0     1                80.0
    """
    if cap is not None and (not isinstance(cap, (int, float, np.integer, np.floating))
                            or isinstance(cap, bool) or not cap >= 0):
        raise ValueError(t("empowerment.err.cap", value=cap))
    if step is not None and (isinstance(step, bool) or not step > 0):
        raise ValueError(t("empowerment.err.step", value=step))
    fc, chain = _chain(first_contact, escalation)
    s = settle(complaints, matrix, fc, chain, resolved_only)
    n_all = len(s)
    base_fc = int(s["first_contact"].sum())
    saved_each = None
    if costs is not None:
        before = _handling(s, costs, chain)
        saved_each = before - s["first_role"].map(pd.Series(costs, dtype=float))
    rows = []
    for (role, remedy), g in s[s["remedy"] != NO_REMEDY].groupby(["first_role", "remedy"],
                                                                  sort=True):
        current = float(g["limit"].iloc[0])
        amounts = np.sort(g["amount"].to_numpy(dtype=float))
        n0 = int(np.searchsorted(amounts, current, side="right")) if current > 0 else 0
        cands = np.unique(amounts[amounts > current])
        if step is not None:
            cands = np.unique(np.ceil(cands / step - 1e-9) * step)
            cands = cands[cands > current]
        if not len(cands):
            continue
        n = np.searchsorted(amounts, cands, side="right")
        added = n * cands - n0 * current
        ok = (added <= cap + 1e-9) if cap is not None else np.ones(len(cands), bool)
        if not ok.any() or n[ok].max() <= n0:
            continue
        i = int(np.flatnonzero(ok)[np.argmax(n[ok])])  # first (smallest) limit with the max
        row = {"role": role, "remedy": remedy, "limit": current, "new_limit": float(cands[i]),
               "gain": int(n[i] - n0), "fcr_after": (base_fc + n[i] - n0) / n_all,
               "added_cost_at_risk": float(added[i]),
               "cost_per_complaint": float(added[i]) / int(n[i] - n0)}
        if saved_each is not None:
            newly = (~g["first_contact"]) & (g["amount"] <= cands[i])
            row["handling_saved"] = float(saved_each[newly.index[newly]].sum())
        rows.append(row)
    columns = ["role", "remedy", "limit", "new_limit", "gain", "fcr_after",
               "added_cost_at_risk", "cost_per_complaint"] + (
        ["handling_saved"] if costs is not None else [])
    out = pd.DataFrame(rows, columns=columns)
    return out.sort_values(["gain", "added_cost_at_risk", "role", "remedy"],
                           ascending=[False, True, True, True], kind="stable"
                           ).reset_index(drop=True)


def chain_violations(matrix: Any, first_contact: Mapping[str, str] | None = None,
                     escalation: Sequence[str] | None = None) -> list[tuple[str, str, str]]:
    """Cells where a role may grant more than the next role up the chain: a limit that
    grows *down* the chain means an escalated complaint can be refused by the person it
    was escalated to. Returns ``(role, remedy, higher role)`` for each such cell (empty:
    the matrix is consistent). First-contact roles are compared with the first escalation
    role, each escalation role with the next.

    >>> chain_violations({"hotline_agent": {"fee_refund": 500},
    ...                   "team_leader": {"fee_refund": 300},
    ...                   "service_manager": {"fee_refund": 1000}})
    [('hotline_agent', 'fee_refund', 'team_leader')]
    """
    fc, chain = _chain(first_contact, escalation)
    m = authority_matrix(matrix)
    if not chain:
        return []
    roles = [*dict.fromkeys(fc.values()), *chain]
    full = m.reindex(index=roles, fill_value=0.0)
    pairs = [(r, chain[0]) for r in dict.fromkeys(fc.values())] + list(
        itertools.pairwise(chain))
    return [(low, remedy, high) for low, high in pairs for remedy in full.columns
            if full.loc[low, remedy] > full.loc[high, remedy]]
