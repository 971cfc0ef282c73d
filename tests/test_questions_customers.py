"""The internal-customers question bank: model answers pass (also as data), the expected
answers agree with plain pandas and the data card, typical mistakes get their own feedback in
both languages, the hidden test asks an SLA to name both sides, and no answer makes check()
raise."""

from __future__ import annotations

import banks
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from svcx_helpers import grading, i18n, internal, load_dataset, standards
from svcx_helpers.grading.checks import check, grade_answer
from svcx_helpers.grading.payload import from_payload, to_payload
from svcx_helpers.questions import customers as bank

QIDS = sorted(q.id for q in grading.load_bank("customers"))
SLA = ("The procurement team confirms every purchase order from operations within 1 working "
       "day with a delivery date and completes 85% of them within 12 working days, measured "
       "each month.")


@pytest.fixture(autouse=True)
def normal_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SVCX_STRICT", raising=False)
    grading.reset_attempts()
    i18n.set_language("en")


def requests() -> pd.DataFrame:
    return standards.read_tickets(load_dataset("internal_requests"))


def model_answers() -> dict[str, object]:
    req = requests()
    links = internal.links(req)
    suppliers = internal.suppliers(req)
    link = internal.weakest_links(req).index[0]
    done = req[req["resolved"].notna()]
    late = (done["resolved"] - done["created"]) / pd.Timedelta(hours=1) > done["target_hours"]
    means = done.groupby(late)["satisfaction"].mean()
    return {
        "customers.t1_classify": [("internal", "operations"), ("external", "retail_client"),
                                  ("internal", "hr"), ("internal", "marketing"),
                                  ("external", "distributor"), ("internal", "sales")],
        "customers.t2_map_size": [len(set(req["requester"]) | set(req["supplier"])),
                                  len(links)],
        "customers.t3_busiest_supplier": suppliers.index[
            suppliers["customers"] == suppliers["customers"].max()].tolist(),
        "customers.t4_weakest_link_kqis": links.loc[
            link, ["on_time_rate", "turnaround_p50"]].tolist(),
        "customers.t5_weakest_by_measure": {
            "satisfaction": internal.weakest_links(req, by="satisfaction").index.tolist(),
            "on_time": internal.weakest_links(req, by="on_time").index.tolist()},
        "customers.t6_late_satisfaction": [means[True], means[False]],
        "customers.t7_internal_sla": SLA,
    }


def test_bank_has_at_least_six_tasks_and_a_hidden_test() -> None:
    banks.assert_bank("customers", model_answers())


@pytest.mark.parametrize("qid", QIDS)
def test_model_answers_pass_also_as_data(qid: str) -> None:
    banks.assert_passes_as_data(qid, model_answers()[qid])


def test_the_case_table_shows_no_answers() -> None:
    table = bank.relationships_table()
    assert list(table.columns) == ["party_1", "party_2", "situation"]
    assert len(table) == len(bank.relationships())
    # the customer is one of the two parties, but not always the first one listed
    firsts = [c == a for (a, _b, *_), (_k, c) in zip(bank.RELATIONSHIPS, bank.relationships(),
                                                     strict=True)]
    assert any(firsts) and not all(firsts)
    assert {k for k, _ in bank.relationships()} == {"internal", "external"}


def test_expected_answers_by_plain_pandas_and_the_data_card() -> None:
    req = requests()
    pairs = req.groupby(["requester", "supplier"]).size()
    # data/README.md: nine departments, 32 of the 72 possible links
    assert bank.map_size() == (9, 32) == (pd.concat([req["requester"], req["supplier"]])
                                          .nunique(), len(pairs))
    served = req.groupby("supplier")["requester"].nunique()
    assert bank.busiest_suppliers() == {"it", "finance"} == set(served[served == 8].index)
    # the weakest link: operations → procurement, 14.2 % on time, median 285.5 h
    assert bank.weakest_link() == ("operations", "procurement")
    rows = req[(req["requester"] == "operations") & (req["supplier"] == "procurement")]
    hours = ((rows["resolved"] - rows["created"]) / pd.Timedelta(hours=1)).dropna()
    on_time, median = bank.weakest_link_kqis()
    assert on_time == pytest.approx((hours <= rows.loc[hours.index, "target_hours"]).mean())
    assert round(on_time, 3) == 0.142
    # nearest rank: the value at rank ⌈0.5·n⌉ of the sorted turnarounds
    n = len(hours)
    assert median == sorted(hours)[-(-n // 2) - 1]
    assert round(median, 1) == 285.5
    lists = bank.weakest_lists()
    assert lists["on_time"] == {("operations", "procurement"), ("marketing", "legal"),
                                ("sales", "legal")}
    assert ("operations", "procurement") in lists["satisfaction"]
    assert not any(s == "legal" for _, s in lists["satisfaction"])
    late, on = bank.late_vs_on_time()
    assert late < on - 1


def mistakes() -> list[tuple[str, object, str]]:
    model = model_answers()
    rel = model["customers.t1_classify"]
    assert isinstance(rel, list)
    swapped_customer = list(rel)
    swapped_customer[3] = ("internal", "finance")
    wrong_kind = list(rel)
    wrong_kind[1] = ("internal", "retail_client")
    wrong_kind_internal = list(rel)
    wrong_kind_internal[2] = ("external", "hr")
    req = requests()
    links = internal.links(req)
    link = ("operations", "procurement")
    rows = req[(req["requester"] == link[0]) & (req["supplier"] == link[1])]
    hours = (rows["resolved"] - rows["created"]) / pd.Timedelta(hours=1)
    on_time, median = bank.weakest_link_kqis()
    all_rows_on_time = float((hours <= rows["target_hours"]).sum() / len(rows))
    proc = internal.suppliers(req).loc["procurement"]
    lists = {k: sorted(v) for k, v in bank.weakest_lists().items()}
    both = internal.weakest_links(req, by="both").index.tolist()
    small_sat = links.sort_values("satisfaction_mean").index[:3].tolist()   # no minimum
    late, on = bank.late_vs_on_time()
    done = req[req["resolved"].notna()]
    is_late = (done["resolved"] - done["created"]) / pd.Timedelta(hours=1) > done["target_hours"]
    medians = done.groupby(is_late)["satisfaction"].median()
    others = done[done["supplier"] != "legal"]
    other_late = others.groupby(is_late[others.index])["satisfaction"].mean()
    return [
        ("customers.t1_classify", swapped_customer, "internal.bank.rel.wrong"),
        ("customers.t1_classify", wrong_kind, "internal.bank.rel.wrong"),
        ("customers.t1_classify", wrong_kind_internal, "internal.bank.rel.wrong"),
        ("customers.t1_classify", [("internal", "operations")] * 5, "check.expected_len"),
        ("customers.t1_classify", [("inside", "operations"), *rel[1:]],
         "internal.bank.rel.kind_unknown"),
        ("customers.t1_classify", [("internal", "legal"), *rel[1:]], "internal.bank.rel.party"),
        ("customers.t2_map_size", [9, 27], "internal.bank.size.undirected"),
        ("customers.t2_map_size", [9, 72], "internal.bank.size.possible"),
        ("customers.t2_map_size", [9, 3000], "internal.bank.size.requests"),
        ("customers.t2_map_size", [9, 24], "internal.bank.size.filtered"),
        ("customers.t2_map_size", [6, 32], "internal.bank.size.suppliers_only"),
        ("customers.t2_map_size", [32, 9], "internal.bank.size.swapped"),
        ("customers.t3_busiest_supplier", "it", "internal.bank.most.one"),
        ("customers.t3_busiest_supplier", ["sales"], "internal.bank.most.requester"),
        ("customers.t3_busiest_supplier", ["it", "finance", "hr"], "internal.bank.most.extra"),
        ("customers.t3_busiest_supplier", ["IT department"], "internal.bank.most.unknown"),
        ("customers.t4_weakest_link_kqis", [median, on_time], "internal.bank.kqi.swapped"),
        ("customers.t4_weakest_link_kqis", [on_time * 100, median], "standards.bank.share.percent"),
        ("customers.t4_weakest_link_kqis", [all_rows_on_time, median], "internal.bank.kqi.open"),
        ("customers.t4_weakest_link_kqis", [proc["on_time_rate"], proc["turnaround_p50"]],
         "internal.bank.kqi.department"),
        ("customers.t4_weakest_link_kqis", [on_time, median / 24], "internal.bank.kqi.days"),
        ("customers.t4_weakest_link_kqis", [on_time, hours.mean()], "internal.bank.kqi.mean"),
        ("customers.t5_weakest_by_measure",
         {"satisfaction": lists["on_time"], "on_time": lists["satisfaction"]},
         "internal.bank.weak.swapped"),
        ("customers.t5_weakest_by_measure",
         {"satisfaction": [(b, a) for a, b in lists["satisfaction"]],
          "on_time": lists["on_time"]}, "internal.bank.weak.direction"),
        ("customers.t5_weakest_by_measure",
         {"satisfaction": small_sat, "on_time": lists["on_time"]}, "internal.bank.weak.small"),
        ("customers.t5_weakest_by_measure",
         {"satisfaction": both, "on_time": lists["on_time"]}, "internal.bank.weak.both"),
        ("customers.t5_weakest_by_measure",
         {"satisfaction": lists["satisfaction"][:2], "on_time": lists["on_time"]},
         "internal.bank.weak.len"),
        ("customers.t5_weakest_by_measure", lists["satisfaction"], "internal.bank.weak.outer"),
        ("customers.t6_late_satisfaction", [on, late], "internal.bank.late.swapped"),
        ("customers.t6_late_satisfaction", [medians[True], medians[False]],
         "internal.bank.late.median"),
        ("customers.t6_late_satisfaction", [other_late[True], other_late[False]],
         "internal.bank.late.legal"),
        ("customers.t6_late_satisfaction", [0.3, 0.85], "internal.bank.late.share"),
        ("customers.t7_internal_sla", "Procurement will be friendly and helpful to operations.",
         "internal.bank.sla.soft"),
        ("customers.t7_internal_sla", "Procurement completes 90% of orders.",
         "standards.bank.std.missing"),
        ("customers.t7_internal_sla",
         "The service desk team answers 90% of tickets within 4 hours, measured monthly.",
         "internal.bank.sla.link"),
    ]


@pytest.mark.parametrize("qid, answer, key", mistakes())
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_typical_mistakes_get_their_own_message(qid: str, answer: object, key: str,
                                                lang: str) -> None:
    i18n.set_language(lang)
    fb = check(qid, answer)
    assert fb.status in {"fail", "wrong_shape", "wrong_type"}, fb.text()
    expected = i18n.MESSAGES[key][i18n.LANGUAGES.index(lang)]
    assert fb.message.startswith(expected.split("{")[0][:12]), fb.message
    assert fb.hint


def test_classification_messages_name_the_case_and_the_reason() -> None:
    rel = model_answers()["customers.t1_classify"]
    assert isinstance(rel, list)
    swapped = list(rel)
    swapped[3] = ("internal", "finance")
    fb = check("customers.t1_classify", swapped)
    assert "case 4" in fb.message and "receives the work" in fb.message
    outside = list(rel)
    outside[4] = ("internal", "distributor")
    fb = check("customers.t1_classify", outside)
    assert "case 5" in fb.message.lower() and "outside the company" in fb.message


def test_partial_credit() -> None:
    rel = model_answers()["customers.t1_classify"]
    assert isinstance(rel, list)
    three_wrong = [(k, c) for k, c in rel[:3]] + [("external", c) for _, c in rel[3:4]] + [
        ("internal", c) for _, c in rel[4:5]] + [("internal", "legal")]
    fb = grade_answer("customers.t1_classify", three_wrong)
    assert fb.status == "fail" and fb.points == 1.0
    fb = grade_answer("customers.t2_map_size", [9, 27])
    assert fb.points == 0.5
    fb = grade_answer("customers.t3_busiest_supplier", ["finance"])
    assert fb.points == 0.5
    on_time, median = bank.weakest_link_kqis()
    fb = grade_answer("customers.t4_weakest_link_kqis", [on_time, median / 24])
    assert fb.points == 1.0
    lists = {k: sorted(v) for k, v in bank.weakest_lists().items()}
    fb = grade_answer("customers.t5_weakest_by_measure",
                      {"satisfaction": lists["satisfaction"],
                       "on_time": [(b, a) for a, b in lists["on_time"]]})
    assert fb.points == 1.0
    fb = grade_answer("customers.t7_internal_sla",
                      "Procurement completes 90% of orders.")  # no time frame
    assert fb.points == 1.0
    fb = grade_answer("customers.t7_internal_sla",
                      "The service desk team answers 90% of tickets within 4 hours, measured "
                      "monthly.")
    assert fb.points == 2.0


def test_answers_in_other_forms() -> None:
    zh = [("内部", "运营部"), ("外部", "零售客户"), ("内部客户", "人力资源部"), ("内部", "市场部"),
          ("外部", "经销商"), ("内部", "销售部")]
    assert check("customers.t1_classify", zh).passed
    rel = model_answers()["customers.t1_classify"]
    assert isinstance(rel, list)
    assert check("customers.t1_classify", {i + 1: pair for i, pair in enumerate(rel)}).passed
    assert check("customers.t1_classify", pd.DataFrame(rel, columns=["kind", "customer"])
                 ).passed
    assert check("customers.t1_classify", [("Internal", "Operations"),
                                           ("external", "retail client"), *rel[2:]]).passed
    assert check("customers.t2_map_size", {"departments": 9, "links": 32}).passed
    assert check("customers.t3_busiest_supplier", {"IT", "Finance"}).passed
    assert check("customers.t3_busiest_supplier", pd.Index(["finance", "it"])).passed
    req = requests()
    link = internal.weakest_links(req).index[0]
    row = internal.links(req).loc[link, ["on_time_rate", "turnaround_p50"]]
    assert check("customers.t4_weakest_link_kqis", row).passed       # the Series itself
    # the median by linear interpolation (pandas' default) is accepted too
    rows = req[(req["requester"] == link[0]) & (req["supplier"] == link[1])]
    linear = ((rows["resolved"] - rows["created"]) / pd.Timedelta(hours=1)).median()
    assert check("customers.t4_weakest_link_kqis", [row["on_time_rate"], linear]).passed
    by_sat = internal.weakest_links(req, by="satisfaction")
    by_time = internal.weakest_links(req, by="on_time")
    assert check("customers.t5_weakest_by_measure", {"satisfaction": by_sat,
                                                     "on_time": by_time.index}).passed
    texts = {"satisfaction": [f"{a} → {b}" for a, b in by_sat.index],
             "on_time": [f"{a}->{b}" for a, b in reversed(by_time.index)]}
    assert check("customers.t5_weakest_by_measure", texts).passed
    assert grade_answer("customers.t5_weakest_by_measure",
                        from_payload(to_payload({"satisfaction": by_sat.index,
                                                 "on_time": by_time.index}))).passed
    done = req[req["resolved"].notna()]
    late = (done["resolved"] - done["created"]) / pd.Timedelta(hours=1) > done["target_hours"]
    means = done.groupby(late)["satisfaction"].mean()      # index False, True
    assert check("customers.t6_late_satisfaction", means).passed
    assert check("customers.t6_late_satisfaction", {"late": means[True],
                                                    "on_time": means[False]}).passed


def test_sla_in_chinese_and_the_hidden_test() -> None:
    zh = "采购团队在 10 个工作日内完成运营部 90% 的采购订单，每周通报进度，按月统计。"
    assert check("customers.t7_internal_sla", zh).passed
    assert grade_answer("customers.t7_internal_sla", zh).passed
    no_customer = ("The procurement team completes 90% of purchase orders within 10 working "
                   "days, measured monthly.")
    assert check("customers.t7_internal_sla", no_customer).passed
    fb = grade_answer("customers.t7_internal_sla", no_customer)
    assert fb.status == "fail" and fb.points == 0 and "internal customer" in fb.hint


def test_the_solution_notebook_uses_the_model_sla() -> None:
    import json
    from pathlib import Path

    nb = json.loads((Path(__file__).resolve().parent.parent / "solutions" /
                     "customers.ipynb").read_text(encoding="utf-8"))
    source = "".join("".join(c["source"]) for c in nb["cells"])
    assert " ".join(SLA.split()[:6]) in source


anything = banks.anything(
    samples=["it", "finance", "operations → procurement", "internal", "内部", "sales->legal"],
    keys=["satisfaction", "on_time", "late", "departments", "links", "kind", "customer", "1",
          "2"], size=7, leaves=14)
sla_text = st.builds(
    lambda who, verb, share, n, unit, when: f"{who} {verb} {share} {n} {unit} {when}",
    st.sampled_from(["The procurement team", "采购团队", "Operations", ""]),
    st.sampled_from(["completes", "delivers purchase orders for", "完成", "friendly"]),
    st.sampled_from(["90%", "百分之九十", "0%", ""]),
    st.integers(0, 10_000).map(str) | st.sampled_from(["十", "两"]),
    st.sampled_from(["working days", "hours", "小时", "个工作日", ""]),
    st.sampled_from(["measured monthly", "每月统计", ""]))


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(qid=st.sampled_from(QIDS), answer=anything | sla_text)
def test_check_and_grade_never_raise(qid: str, answer: object) -> None:
    banks.assert_never_raises(qid, answer)


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(qid=st.sampled_from(QIDS), answer=anything | sla_text)
def test_comparators_turn_every_answer_into_feedback(qid: str, answer: object) -> None:
    """Stricter than the above: the comparator itself raises only AnswerMismatch (grading
    would also catch other exceptions, but with a less helpful message)."""
    question = grading.get_question(qid)
    assert question is not None
    try:
        question.compare(answer, question.expected())
    except grading.AnswerMismatch as mismatch:
        assert mismatch.message and 0 <= mismatch.credit <= 1


def card_answers() -> dict[str, object]:
    """The model answers in the form the answer cards return them (no-code track)."""
    model = model_answers()
    weak = bank.weakest_lists()
    sat = internal.weakest_links(requests(), by="satisfaction").index.tolist()
    on = internal.weakest_links(requests(), by="on_time").index.tolist()
    assert set(sat) == weak["satisfaction"] and set(on) == weak["on_time"]
    return {**model, "customers.t5_weakest_by_measure": [*sat, *on],
            "customers.t3_busiest_supplier": sorted(bank.busiest_suppliers())}


def test_every_task_has_an_answer_card_whose_options_hold_the_answer() -> None:
    answers = card_answers()
    for q in grading.load_bank("customers", hidden=False):
        assert q.card is not None, q.id
        answer = answers[q.id]
        values = [v for v, _ in q.card.option_list()]
        if values:  # the expected values are among the options
            items = answer if isinstance(answer, list) else [answer]
            assert all(x in values for x in items), q.id
        if q.card.kind == "table":
            assert len(q.card.row_list()) == len(answer), q.id
        banks.assert_passes_as_data(q.id, answer)


def test_card_labels_are_bilingual_and_blank_rows_get_their_own_message() -> None:
    q = grading.get_question("customers.t5_weakest_by_measure")
    i18n.set_language("zh")
    try:
        labels = dict(q.card.option_list())
        assert labels[("operations", "procurement")] == "运营部 → 采购部"
    finally:
        i18n.set_language("en")
    assert dict(q.card.option_list())[("operations", "procurement")] == \
        "operations → procurement"
    assert "Choose a link" in check("customers.t5_weakest_by_measure", [None] * 6).message
    assert "Case 1 has no answer" in check("customers.t1_classify", [None] * 6).message
