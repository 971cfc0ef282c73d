"""Authority matrices, first-contact resolution, cost at risk and the search for the best
single raise (svcx_helpers/empowerment.py), checked against examples worked by hand.

The worked example used throughout (the same as in the module's docstrings):

=====  ========  ==============  ======  ==========================================
  #    channel   remedy          amount  who may settle it under MATRIX
=====  ========  ==============  ======  ==========================================
  1    phone     apology_gift        30  hotline agent (limit 50): first contact
  2    phone     fee_refund          80  hotline agent only up to 50 → team leader
  3    app       credit_voucher      50  online agent may grant nothing → team leader
  4    branch    full_refund        300  teller may grant nothing → team leader (500)
  5    app       none                 0  needs no authority: first contact
=====  ========  ==============  ======  ==========================================

FCR = 2 / 5 = 0.4. Cost at risk = the first contact's limit for the complaints it settles
= 50 (complaint 1; complaint 5 has no remedy) — what they could have cost without a
second signature; paid at first contact = 30. Handling costs (yuan per complaint a role
handles: hotline 10, online 8, branch 12, team leader 30, service manager 90): complaint 1
costs 10, 2 costs 10 + 30 = 40, 3 costs 8 + 30 = 38, 4 costs 12 + 30 = 42, 5 costs 8;
total 138.

Single raises within a cap of 100 yuan of added cost at risk: online agent's vouchers
0 → 50 settles complaint 3 (added 1 × 50 = 50) and the hotline agent's fee refunds
50 → 80 settle complaint 2 (added 1 × 80 − 0 = 80); the teller's full refunds 0 → 300
would add 300, above the cap. Equal gains: the cheaper raise first.
"""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from svcx_helpers import empowerment, i18n, load_dataset

LOG = pd.DataFrame({
    "channel": ["phone", "phone", "app", "branch", "app"],
    "compensation": ["apology_gift", "fee_refund", "credit_voucher", "full_refund", "none"],
    "compensation_value": [30, 80, 50, 300, 0]})
MATRIX = {"hotline_agent": {"apology_gift": 50, "fee_refund": 50},
          "team_leader": {"apology_gift": 80, "credit_voucher": 200, "fee_refund": 300,
                          "full_refund": 500},
          "service_manager": {"apology_gift": 80, "credit_voucher": 200, "fee_refund": 1000,
                              "full_refund": 2000}}
COSTS = {"hotline_agent": 10, "online_agent": 8, "branch_teller": 12, "team_leader": 30,
         "service_manager": 90}


@pytest.fixture(autouse=True)
def english() -> None:
    i18n.set_language("en")


def test_worked_example_settlement() -> None:
    s = empowerment.settle(LOG, MATRIX)
    assert s["first_role"].tolist() == ["hotline_agent", "hotline_agent", "online_agent",
                                        "branch_teller", "online_agent"]
    assert s["settled_by"].tolist() == ["hotline_agent", "team_leader", "team_leader",
                                        "team_leader", "online_agent"]
    assert s["level"].tolist() == [0, 1, 1, 1, 0]
    assert s["limit"].tolist() == [50, 50, 0, 0, 0]


def test_worked_example_fcr_cost_at_risk_and_handling() -> None:
    row = empowerment.fcr(LOG, MATRIX, costs=COSTS).loc["all"]
    assert row["complaints"] == 5 and row["first_contact"] == 2
    assert row["fcr"] == pytest.approx(0.4)
    assert row["cost_at_risk"] == 50 and row["paid_at_first_contact"] == 30
    assert row["escalated"] == 3 and row["beyond"] == 0
    assert row["handling_cost"] == 138 and row["handling_per_complaint"] == pytest.approx(27.6)
    by = empowerment.fcr(LOG, MATRIX, by="channel")
    assert by["fcr"].to_dict() == {"app": 0.5, "branch": 0.0, "phone": 0.5}


def test_above_every_limit_goes_beyond_and_passes_every_level() -> None:
    log = pd.concat([LOG, pd.DataFrame({"channel": ["branch"], "compensation": ["full_refund"],
                                        "compensation_value": [2500]})], ignore_index=True)
    s = empowerment.settle(log, MATRIX)
    assert s["settled_by"].iloc[-1] == "beyond" and s["level"].iloc[-1] == 3
    row = empowerment.fcr(log, MATRIX, costs=COSTS).loc["all"]
    assert row["beyond"] == 1 and row["handling_cost"] == 138 + 12 + 30 + 90
    # the service manager settles a full refund of 1,000 (team leader: only 500)
    one = pd.DataFrame({"channel": ["phone"], "compensation": ["full_refund"],
                        "compensation_value": [1000]})
    assert empowerment.settle(one, MATRIX)["settled_by"].tolist() == ["service_manager"]


def test_limit_is_inclusive_and_zero_means_may_not_grant() -> None:
    log = pd.DataFrame({"channel": ["phone"] * 3, "compensation": ["fee_refund"] * 3,
                        "compensation_value": [50, 51, 0]})
    assert empowerment.settle(log, MATRIX)["level"].tolist() == [0, 1, 0]   # 50 ≤ 50
    zero = empowerment.settle(log, {"hotline_agent": {"fee_refund": 0},
                                    "team_leader": {"fee_refund": 300}})
    assert zero["level"].tolist() == [1, 1, 1]       # limit 0: not even a refund of 0


def test_unresolved_complaints_are_left_out() -> None:
    log = LOG.assign(resolved=["2026-01-01 10:00", "", "2026-01-02 11:00", np.nan,
                               "2026-01-03 09:00"])
    row = empowerment.fcr(log, MATRIX).loc["all"]
    assert row["complaints"] == 3 and row["first_contact"] == 2
    assert empowerment.fcr(log, MATRIX, resolved_only=False).loc["all", "complaints"] == 5


def test_worked_example_best_changes() -> None:
    out = empowerment.best_changes(LOG, MATRIX, cap=100, costs=COSTS)
    assert out[["role", "remedy", "limit", "new_limit", "gain", "added_cost_at_risk"]
               ].values.tolist() == [["online_agent", "credit_voucher", 0, 50, 1, 50],
                                     ["hotline_agent", "fee_refund", 50, 80, 1, 80]]
    assert out["fcr_after"].tolist() == [0.6, 0.6]
    assert out["handling_saved"].tolist() == [30, 30]      # the team leader's 30 each
    everything = empowerment.best_changes(LOG, MATRIX)     # no cap
    assert ("branch_teller", "full_refund", 300.0, 300.0) in [
        (r.role, r.remedy, r.new_limit, r.added_cost_at_risk) for r in everything.itertuples()]
    assert empowerment.best_changes(LOG, MATRIX, cap=49).empty


def test_a_raise_puts_the_already_settled_complaints_at_the_new_limit() -> None:
    # three apology gifts by phone: 30 and 50 settled under a limit of 50 (at risk 2 × 50)
    log = pd.DataFrame({"channel": ["phone"] * 3, "compensation": ["apology_gift"] * 3,
                        "compensation_value": [30, 50, 80]})
    m = {"hotline_agent": {"apology_gift": 50}, "team_leader": {"apology_gift": 80}}
    assert empowerment.fcr(log, m).loc["all", "cost_at_risk"] == 100
    # raising to 80 settles the third: 3 × 80 − 100 = 140 more at risk, for one complaint
    assert empowerment.best_changes(log, m, cap=139).empty
    row = empowerment.best_changes(log, m, cap=140).iloc[0]
    assert (row["new_limit"], row["gain"], row["added_cost_at_risk"]) == (80, 1, 140)
    assert row["cost_per_complaint"] == 140
    # limits in steps of 100 yuan: the raise is to 100, adding 3 × 100 − 100 = 200
    stepped = empowerment.best_changes(log, m, step=100).iloc[0]
    assert (stepped["new_limit"], stepped["added_cost_at_risk"]) == (100, 200)


def test_largest_gain_within_the_cap_wins_over_cheaper_small_gains() -> None:
    # online: 4 fee refunds of 20 (0 → 20 adds 80 for 4); phone: 1 voucher of 10
    log = pd.DataFrame({"channel": ["app"] * 4 + ["phone"],
                        "compensation": ["fee_refund"] * 4 + ["credit_voucher"],
                        "compensation_value": [20, 20, 20, 20, 10]})
    out = empowerment.best_changes(log, {"team_leader": {"fee_refund": 100,
                                                         "credit_voucher": 100}}, cap=80)
    assert out[["role", "gain"]].values.tolist() == [["online_agent", 4], ["hotline_agent", 1]]
    capped = empowerment.best_changes(log, {"team_leader": {"fee_refund": 100}}, cap=79)
    assert capped["role"].tolist() == ["hotline_agent"]


def test_matrix_forms_agree() -> None:
    wide = empowerment.authority_matrix(MATRIX)
    long = pd.DataFrame([(r, m, v) for r, cells in MATRIX.items() for m, v in cells.items()],
                        columns=["role", "remedy", "limit"])
    assert empowerment.authority_matrix(long).equals(wide)
    assert empowerment.authority_matrix(wide).equals(wide)
    assert wide.loc["hotline_agent", "full_refund"] == 0          # missing cell: 0
    raised = empowerment.raise_limit(MATRIX, "online_agent", "fee_refund", 100)
    assert raised.loc["online_agent", "fee_refund"] == 100
    assert raised.loc["online_agent", "apology_gift"] == 0
    assert "online_agent" not in empowerment.authority_matrix(MATRIX).index  # a copy


def test_chain_violations() -> None:
    assert empowerment.chain_violations(MATRIX) == []
    bad = {**MATRIX, "branch_teller": {"fee_refund": 400}}
    assert empowerment.chain_violations(bad) == [("branch_teller", "fee_refund", "team_leader")]
    upside = {**MATRIX, "service_manager": {"full_refund": 100}}
    assert ("team_leader", "full_refund", "service_manager") in \
        empowerment.chain_violations(upside)


@pytest.mark.parametrize(("call", "message"), [
    (lambda: empowerment.fcr(LOG.drop(columns="channel"), MATRIX),
     r"lacks the column\(s\) \['channel'\]"),
    (lambda: empowerment.fcr(LOG, {"online agent": {"fee_refund": 50}}), "online agent"),
    (lambda: empowerment.fcr(LOG, {"hotline_agent": {"fee refund": 50}}), "fee refund"),
    (lambda: empowerment.fcr(LOG, {"hotline_agent": {"fee_refund": -5}}),
     "hotline_agent.*fee_refund.*-5"),
    (lambda: empowerment.fcr(LOG, {"hotline_agent": {"fee_refund": "50"}}), "'50'"),
    (lambda: empowerment.fcr(LOG, {"hotline_agent": 50}), "got int"),
    (lambda: empowerment.fcr(LOG, [50]), "got list"),
    (lambda: empowerment.fcr(LOG.assign(channel=["phone", "fax", "app", "branch", "app"]),
                             MATRIX), "row 1.*'fax'"),
    (lambda: empowerment.fcr(LOG.assign(compensation_value=[30, -80, 50, 300, 0]), MATRIX),
     "row 1.*-80"),
    (lambda: empowerment.fcr(LOG, MATRIX, costs={"hotline_agent": 10}), "no handling cost"),
    (lambda: empowerment.fcr(LOG, MATRIX, by="category"), "category"),
    (lambda: empowerment.best_changes(LOG, MATRIX, cap=-1), "-1"),
    (lambda: empowerment.best_changes(LOG, MATRIX, cap="10000"), "'10000'"),
    (lambda: empowerment.best_changes(LOG, MATRIX, step=0), "step"),
    (lambda: empowerment.settle(LOG, MATRIX, escalation=("hotline_agent",)),
     "both a first contact"),
    (lambda: empowerment.authority_matrix(pd.DataFrame(
        {"role": ["a", "a"], "remedy": ["fee_refund"] * 2, "limit": [1, 2]})), "two limits"),
    (lambda: empowerment.authority_matrix(pd.DataFrame(
        {"role": ["a"], "remedy": ["fee_refund"], "limit": [np.nan]})), "'a'.*'fee_refund'"),
    (lambda: empowerment.handling_costs(pd.DataFrame(
        {"role": ["a", "a"], "handling_cost": [1, 2]})), "different handling costs"),
    (lambda: empowerment.handling_costs(pd.DataFrame(
        {"role": ["a"], "handling_cost": ["x"]})), "'x'"),
])
def test_bad_input_names_what_is_wrong(call: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        call()  # type: ignore[operator]


def test_errors_in_chinese() -> None:
    i18n.set_language("zh")
    with pytest.raises(ValueError, match="限额"):
        empowerment.authority_matrix({"hotline_agent": {"fee_refund": -1}})


# ----------------------------------------------------------------- properties
amounts = st.sampled_from([10, 20, 30, 50, 80, 100, 150, 300])
rows = st.lists(st.tuples(st.sampled_from(["phone", "app", "branch"]),
                          st.sampled_from([*empowerment.REMEDIES, "none"]), amounts),
                min_size=1, max_size=25)
limits = st.sampled_from([0, 20, 50, 100, 200])


def _log(items: list[tuple[str, str, int]]) -> pd.DataFrame:
    log = pd.DataFrame(items, columns=["channel", "compensation", "compensation_value"])
    return log.assign(compensation_value=np.where(log["compensation"] == "none", 0,
                                                  log["compensation_value"]))


def _matrix(values: list[int]) -> pd.DataFrame:
    roles = ["hotline_agent", "online_agent", "branch_teller"]
    cells = iter(values)
    m = {r: {x: next(cells) for x in empowerment.REMEDIES} for r in roles}
    m["team_leader"] = dict.fromkeys(empowerment.REMEDIES, 150)
    return empowerment.authority_matrix(m)


@settings(max_examples=60, deadline=None)
@given(rows, st.lists(limits, min_size=12, max_size=12), st.integers(0, 11), limits)
def test_raising_a_limit_never_lowers_fcr_or_cost_at_risk(items: list, values: list[int],
                                                           cell: int, extra: int) -> None:
    log, m = _log(items), _matrix(values)
    role = ["hotline_agent", "online_agent", "branch_teller"][cell // 4]
    remedy = empowerment.REMEDIES[cell % 4]
    higher = empowerment.raise_limit(m, role, remedy, m.loc[role, remedy] + extra)
    before, after = (empowerment.fcr(log, x).loc["all"] for x in (m, higher))
    assert after["first_contact"] >= before["first_contact"]
    assert after["cost_at_risk"] >= before["cost_at_risk"]


@settings(max_examples=60, deadline=None)
@given(rows, st.lists(limits, min_size=12, max_size=12), st.sampled_from([0, 50, 200, 1000]))
def test_best_change_agrees_with_brute_force(items: list, values: list[int], cap: int) -> None:
    log, m = _log(items), _matrix(values)
    base = empowerment.fcr(log, m).loc["all"]
    best: dict[tuple[str, str], tuple[int, float, float]] = {}
    roles = ["hotline_agent", "online_agent", "branch_teller"]
    for role, remedy, new in itertools.product(roles, empowerment.REMEDIES,
                                               sorted(set(log["compensation_value"]))):
        if new <= m.loc[role, remedy]:
            continue
        row = empowerment.fcr(log, empowerment.raise_limit(m, role, remedy, new)).loc["all"]
        gain = int(row["first_contact"] - base["first_contact"])
        added = float(row["cost_at_risk"] - base["cost_at_risk"])
        if gain > 0 and added <= cap and ((role, remedy) not in best
                                          or gain > best[role, remedy][0]):
            best[role, remedy] = (gain, float(new), added)
    out = empowerment.best_changes(log, m, cap=cap)
    got = {(r.role, r.remedy): (r.gain, r.new_limit, r.added_cost_at_risk)
           for r in out.itertuples()}
    assert got == best
    assert out["gain"].is_monotonic_decreasing


# ----------------------------------------------------------------- the course data
def test_course_data_agrees_with_plain_pandas() -> None:
    log, table = load_dataset("complaints"), load_dataset("authority_levels")
    m = empowerment.authority_matrix(table)
    done = log[log["resolved"].notna()]
    role = done["channel"].map(empowerment.FIRST_CONTACT)
    limit = np.array([0.0 if x == "none" else m.loc[r, x]
                      for r, x in zip(role, done["compensation"], strict=True)])
    first = (done["compensation"] == "none").to_numpy() | (
        (limit > 0) & (done["compensation_value"].to_numpy() <= limit))
    row = empowerment.fcr(log, m).loc["all"]
    assert row["complaints"] == len(done) and row["first_contact"] == first.sum()
    assert row["cost_at_risk"] == limit[first].sum()
    assert row["paid_at_first_contact"] == done["compensation_value"].to_numpy()[first].sum()


def test_plots_and_widget_in_both_languages() -> None:
    import matplotlib

    matplotlib.use("Agg")
    import io
    import warnings

    import matplotlib.pyplot as plt

    from svcx_helpers import widgets

    for lang, word in (("en", "first contact"), ("zh", "首次接触")):
        i18n.set_language(lang)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            ax = empowerment.plot_levels(empowerment.settle(LOG, MATRIX))
            assert word in ax.get_legend().get_texts()[0].get_text()
            ax.figure.savefig(io.BytesIO(), format="png")
            ax = empowerment.plot_changes(empowerment.best_changes(LOG, MATRIX, cap=100),
                                          cap=100)
            assert len(ax.collections) == 2
            ax.figure.savefig(io.BytesIO(), format="png")      # labels with → and ·
        assert not [w for w in caught if "Glyph" in str(w.message)], lang
        plt.close("all")
    i18n.set_language("en")
    box = widgets.authority_matrix_explorer(LOG, MATRIX, costs=COSTS, cap=100)
    assert "First-contact resolution 40.0% (2 of 5 complaints)" in box.children[3].value
    assert "online agent · credit voucher: 0 → 50 yuan" in box.children[3].value
    cells = [c for c in box.children[1].children if type(c).__name__ == "BoundedIntText"]
    cells[2].value = 100                      # hotline agent · fee refund (third remedy)
    assert box.matrix.loc["hotline_agent", "fee_refund"] == 100
    assert "60.0% (3 of 5 complaints)" in box.children[3].value
    cells[2].value = 400                      # more than the team leader's 300
    assert "could be refused" in box.children[3].value
    plt.close("all")
