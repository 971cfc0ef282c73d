"""Queues and staffing: Erlang C (the M/M/N queue) and a simulation to check it.

Inputs (METHODS.md §5.2): arrival rate λ, average handling time AHT (same time unit), N
agents, target answer time t (same unit as AHT).

* offered traffic A = λ · AHT (Erlangs); occupancy ρ = A / N;
* P_wait = C(N, A) — computed with the inverse Erlang B recursion
  ``inv = 1; for k in 1..N: inv = 1 + inv·k/A`` → B = 1/inv, C = N·B / (N − A(1 − B)),
  which is stable for hundreds of agents (no factorials, no powers);
* service level SL(t) = 1 − C · exp(−(N − A) · t / AHT);
* average speed of answer ASA = C · AHT / (N − A); queue length L_q = C · A / (N − A);
* scheduled staff with shrinkage s = ⌈N / (1 − s)⌉.

When N ≤ A the queue grows without limit: every caller waits. The functions then return
P_wait = 1, SL = 0, ASA = L_q = ∞ (documented values, not an error), so that a staffing
table can show understaffed intervals instead of stopping.

Known answer (METHODS.md Q1: 100 calls per 30 min, AHT 180 s, target 20 s):

>>> A = offered_traffic(100, 30 * 60, 180)
>>> A
10.0
>>> round(erlang_c(A, 14), 4), round(service_level(A, 14, 180, 20), 4)
(0.1741, 0.8884)
>>> round(average_wait(A, 14, 180), 2), round(occupancy(A, 14), 4)
(7.84, 0.7143)
>>> required_agents(A, 180, 20, 0.8, shrinkage=0.3)[:2]
(14, 20)
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from .i18n import t
from .plotting import lazy_plots

_PLOTS = ("plot_service_level_curve", "plot_staffing_plan", "plot_simulation")
__getattr__, __dir__ = lazy_plots(__name__, "plots.queueing", _PLOTS)


def _number(value: Any, name: str, *, positive: bool = False) -> float:
    try:
        if isinstance(value, bool):
            raise TypeError
        x = float(value)
    except (TypeError, ValueError):
        raise ValueError(t("queues.err.number", name=name, value=repr(value))) from None
    if math.isnan(x) or x < 0 or (positive and x == 0) or math.isinf(x):
        raise ValueError(t("queues.err.positive" if positive else "queues.err.nonneg", name=name,
                           value=repr(value)))
    return x


def _agents(agents: Any) -> int:
    n = _number(agents, "agents")
    if not n.is_integer():
        raise ValueError(t("queues.err.agents", value=repr(agents)))
    return int(n)


def offered_traffic(arrivals: float, interval: float, aht: float) -> float:
    """A = λ · AHT with λ = ``arrivals`` / ``interval`` (``interval`` and ``aht`` in the same
    unit), in Erlangs. Example: 100 calls in 1800 s with AHT 180 s → 10 Erlangs."""
    lam = _number(arrivals, "arrivals") / _number(interval, "interval", positive=True)
    return lam * _number(aht, "aht", positive=True)


def erlang_b(traffic: float, agents: int) -> float:
    """Erlang B blocking probability (no waiting room), by the stable recursion
    ``B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1))``."""
    a = _number(traffic, "traffic")
    n = _agents(agents)
    b = 1.0
    for k in range(1, n + 1):
        b = a * b / (k + a * b)
    return b


def erlang_c(traffic: float, agents: int) -> float:
    """Probability that an arrival waits, C(N, A); 1.0 when N ≤ A (see the module notes).

    Formula: C = N·B / (N − A(1 − B)) with B = Erlang B, via the inverse recursion.

    >>> round(erlang_c(10, 11), 4), erlang_c(10, 10)
    (0.6821, 1.0)
    """
    a = _number(traffic, "traffic")
    n = _agents(agents)
    if a == 0:
        return 0.0
    if n <= a:
        return 1.0
    inv = 1.0
    for k in range(1, n + 1):
        inv = 1.0 + inv * k / a
    b = 1.0 / inv
    return n * b / (n - a * (1.0 - b))


def service_level(traffic: float, agents: int, aht: float, target_time: float) -> float:
    """Share of arrivals answered within ``target_time``: 1 − C·exp(−(N − A)·t/AHT).

    0.0 when N ≤ A. ``aht`` and ``target_time`` in the same unit.
    """
    a = _number(traffic, "traffic")
    n = _agents(agents)
    h = _number(aht, "aht", positive=True)
    tt = _number(target_time, "target_time")
    if a > 0 and n <= a:
        return 0.0
    return 1.0 - erlang_c(a, n) * math.exp(-(n - a) * tt / h)


def average_wait(traffic: float, agents: int, aht: float) -> float:
    """Average speed of answer ASA = C·AHT/(N − A) (∞ when N ≤ A), in the unit of ``aht``."""
    a = _number(traffic, "traffic")
    n = _agents(agents)
    h = _number(aht, "aht", positive=True)
    if a > 0 and n <= a:
        return math.inf
    return erlang_c(a, n) * h / (n - a) if n > a else 0.0


def queue_length(traffic: float, agents: int) -> float:
    """Average number waiting L_q = C·A/(N − A) (∞ when N ≤ A)."""
    a = _number(traffic, "traffic")
    n = _agents(agents)
    if a > 0 and n <= a:
        return math.inf
    return erlang_c(a, n) * a / (n - a) if n > a else 0.0


def occupancy(traffic: float, agents: int) -> float:
    """Agent occupancy ρ = A/N (capped at 1: agents cannot be busier than all the time)."""
    a = _number(traffic, "traffic")
    n = _agents(agents)
    if n == 0:
        raise ValueError(t("queues.err.positive", name="agents", value=repr(agents)))
    return min(1.0, a / n)


class Staffing(NamedTuple):
    """Result of :func:`required_agents`."""

    agents: int
    scheduled: int
    service_level: float
    average_wait: float
    occupancy: float
    p_wait: float


def required_agents(traffic: float, aht: float, target_time: float, target_level: float,
                    shrinkage: float = 0.0, max_occupancy: float | None = None,
                    max_agents: int = 100_000) -> Staffing:
    """The smallest N > A with SL(target_time) ≥ ``target_level`` (and occupancy ≤
    ``max_occupancy`` when given), and the scheduled staff ⌈N/(1 − shrinkage)⌉.

    >>> required_agents(10, 180, 20, 0.8, shrinkage=0.3).scheduled
    20
    """
    a = _number(traffic, "traffic")
    level = _number(target_level, "target_level")
    s = _number(shrinkage, "shrinkage")
    if not level < 1 or not s < 1:
        raise ValueError(t("queues.err.share", level=target_level, shrinkage=shrinkage))
    if max_occupancy is not None and not 0 < float(max_occupancy) <= 1:
        raise ValueError(t("queues.err.share", level=target_level, shrinkage=max_occupancy))
    h = _number(aht, "aht", positive=True)
    tt = _number(target_time, "target_time")
    n = max(1, math.floor(a) + 1)
    # The inverse Erlang B recursion moves one agent at a time, so each candidate costs
    # O(1) instead of re-running the recursion from zero (a whole day's plan in ms).
    inv = 1.0
    if a > 0:
        for k in range(1, n):
            inv = 1.0 + inv * k / a
    while n <= max_agents:
        if a > 0:
            inv = 1.0 + inv * n / a
            b = 1.0 / inv
            c = n * b / (n - a * (1.0 - b))
        else:
            c = 0.0
        sl = 1.0 - c * math.exp(-(n - a) * tt / h)
        if sl >= level and (max_occupancy is None or a / n <= float(max_occupancy)):
            scheduled = math.ceil(round(n / (1 - s), 9))
            return Staffing(n, scheduled, sl, c * h / (n - a), min(1.0, a / n), c)
        n += 1
    raise ValueError(t("queues.err.max_agents", n=max_agents))


def staffing_plan(arrivals_per_interval: Sequence[float] | pd.Series, interval_minutes: float,
                  aht: float | Sequence[float] | pd.Series, target_time: float,
                  target_level: float, shrinkage: float = 0.0,
                  max_occupancy: float | None = None) -> pd.DataFrame:
    """Agents needed in each interval of a day (AHT and target in **seconds**).

    ``aht`` is one number, or one per interval (a list or Series as long as the arrivals:
    handling times often differ between morning and afternoon).
    Columns: ``arrivals``, ``aht``, ``traffic`` (Erlangs), ``agents``, ``scheduled`` (after
    shrinkage), ``service_level``, ``average_wait`` (s), ``occupancy``, ``p_wait``. The
    index is the Series' index (e.g. "09:00") or 0, 1, 2 …
    """
    arrivals = pd.Series(arrivals_per_interval, dtype=float)
    seconds = _number(interval_minutes, "interval_minutes", positive=True) * 60
    if np.ndim(aht) == 0:
        ahts = [aht] * len(arrivals)
    else:
        ahts = list(pd.Series(aht, dtype=float))
        if len(ahts) != len(arrivals):
            raise ValueError(t("queues.err.aht_length", n=len(ahts), m=len(arrivals)))
    rows = []
    for value, h in zip(arrivals, ahts, strict=True):
        a = offered_traffic(value, seconds, h)
        st = required_agents(a, h, target_time, target_level, shrinkage, max_occupancy)
        rows.append({"arrivals": value, "aht": float(h), "traffic": a, **st._asdict()})
    out = pd.DataFrame(rows, index=arrivals.index)
    return out[["arrivals", "aht", "traffic", "agents", "scheduled", "service_level",
                "average_wait", "occupancy", "p_wait"]]


def what_if(traffic: float, aht: float, target_time: float,
            agents: Sequence[int] | range | None = None) -> pd.DataFrame:
    """Service level, ASA, occupancy, P_wait and L_q for a range of agent counts — the table
    behind the staffing widget and the service-level curve."""
    a = _number(traffic, "traffic")
    ns = list(agents) if agents is not None else list(
        range(max(1, math.floor(a) + 1), math.floor(a) + 1 + max(8, int(a))))
    rows = [{"agents": n, "service_level": service_level(a, n, aht, target_time),
             "average_wait": average_wait(a, n, aht), "occupancy": occupancy(a, n),
             "p_wait": erlang_c(a, n), "queue_length": queue_length(a, n)} for n in ns]
    return pd.DataFrame(rows).set_index("agents")


# --------------------------------------------------------------------------------------
# Discrete-event simulation of the same queue
# --------------------------------------------------------------------------------------
class Simulation(NamedTuple):
    """Result of :func:`simulate`: one row per customer, and the summary."""

    customers: pd.DataFrame
    summary: pd.Series


def simulate(arrival_rate: float, aht: float, agents: int, *, customers: int = 100_000,
             target_time: float = 0.0, seed: int = 2024, warmup: float = 0.1,
             service: str = "exponential") -> Simulation:
    """Simulate the M/M/N queue: Poisson arrivals (``arrival_rate`` per time unit), service
    times with mean ``aht`` (exponential, or ``"deterministic"`` to see what Erlang C's
    assumption costs), ``agents`` servers, first come first served, no abandonment.

    Each arrival goes to the agent who is free first (a heap of free times), so the
    simulation is exact for this queue and fast (100,000 customers in about a second).
    The first ``warmup`` share of customers is left out of the summary (the queue starts
    empty). Summary: ``p_wait``, ``service_level`` (wait ≤ ``target_time``),
    ``average_wait``, ``occupancy`` (busy time / (agents · time span)), ``queue_length``
    (mean number waiting, by Little's law L_q = λ·W_q), ``customers``.
    """
    import heapq

    lam = _number(arrival_rate, "arrival_rate", positive=True)
    h = _number(aht, "aht", positive=True)
    n = _agents(agents)
    if n < 1:
        raise ValueError(t("queues.err.positive", name="agents", value=repr(agents)))
    if service not in ("exponential", "deterministic"):
        raise ValueError(t("core.option", value=service, name="service",
                           choices=["exponential", "deterministic"]))
    m = int(_number(customers, "customers", positive=True))
    rng = np.random.default_rng(seed)
    arrivals = np.cumsum(rng.exponential(1 / lam, m))
    services = rng.exponential(h, m) if service == "exponential" else np.full(m, h)
    starts = np.empty(m)
    servers = np.empty(m, dtype=int)
    # free-time heap entries carry the agent number to report who served whom
    heap = [(0.0, k) for k in range(n)]
    for i in range(m):
        at, k = heapq.heappop(heap)
        start = arrivals[i] if arrivals[i] > at else at
        starts[i] = start
        servers[i] = k
        heapq.heappush(heap, (start + services[i], k))
    ends = starts + services
    waits = starts - arrivals
    df = pd.DataFrame({"arrival": arrivals, "start": starts, "end": ends, "wait": waits,
                       "service": services, "agent": servers})
    steady = df.iloc[int(m * warmup):]
    span = steady["arrival"].iloc[-1] - steady["arrival"].iloc[0]
    summary = pd.Series({
        "customers": float(len(steady)),
        "p_wait": float((steady["wait"] > 1e-12).mean()),
        "service_level": float((steady["wait"] <= target_time + 1e-12).mean()),
        "average_wait": float(steady["wait"].mean()),
        "occupancy": float(min(1.0, steady["service"].sum() / (n * span))) if span > 0
        else math.nan,
        "queue_length": float(lam * steady["wait"].mean()),
    })
    return Simulation(df, summary)


def compare_with_formula(arrival_rate: float, aht: float, agents: int, target_time: float,
                         **kwargs: Any) -> pd.DataFrame:
    """Erlang C next to the simulation of the same queue: ``formula``, ``simulation``,
    ``difference`` for P_wait, service level, ASA, occupancy and L_q."""
    a = arrival_rate * aht
    sim = simulate(arrival_rate, aht, agents, target_time=target_time, **kwargs).summary
    formula = pd.Series({"p_wait": erlang_c(a, agents),
                         "service_level": service_level(a, agents, aht, target_time),
                         "average_wait": average_wait(a, agents, aht),
                         "occupancy": occupancy(a, agents),
                         "queue_length": queue_length(a, agents)})
    out = pd.DataFrame({"formula": formula, "simulation": sim[formula.index]})
    out["difference"] = out["simulation"] - out["formula"]
    return out
