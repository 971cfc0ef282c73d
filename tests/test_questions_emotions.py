"""The emotional-labour question bank: model answers pass (also as data), expected answers
agree with plain pandas and the published scoring rules, typical mistakes get their own
feedback in both languages, partial credit and the hidden test work, and no answer makes
check() raise."""

from __future__ import annotations

import math

import banks
import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from svcx_helpers import grading, i18n, load_dataset, wellbeing
from svcx_helpers.grading.checks import check, grade_answer
from svcx_helpers.questions import emotions as bank

QIDS = sorted(q.id for q in grading.load_bank("emotions"))

ROSTER = ("Hotline rotas rotate forward (day, evening, night) with at most two night shifts "
          "in a row, because rotating staff report the most burnout; we repeat the survey "
          "after six months and compare rotating and day staff.")
SUPPORT = ("Team leaders hold a ten-minute debrief after abusive calls and may take over the "
           "call, since surface acting goes with exhaustion; we track the burnout scores of "
           "the pilot team against a comparison team.")


@pytest.fixture(autouse=True)
def normal_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SVCX_STRICT", raising=False)
    grading.reset_attempts()
    i18n.set_language("en")


def survey() -> pd.DataFrame:
    return load_dataset("frontline_survey")


def plain_scores() -> pd.DataFrame:
    """Both scales scored with plain pandas from the published rules (not the library)."""
    df = survey()
    out = pd.DataFrame(index=df.index)
    for facet in ("surface_acting", "deep_acting"):
        cols = [f"els_{'sa' if facet == 'surface_acting' else 'da'}{i}" for i in (1, 2, 3)]
        out[facet] = df[cols].mean(axis=1).where(df[cols].notna().sum(axis=1) >= 2)
    for scale, letter, k, need in (("personal", "p", 6, 3), ("work", "w", 7, 4),
                                   ("client", "c", 6, 3)):
        cols = [f"cbi_{letter}{i}" for i in range(1, k + 1)]
        points = (df[cols] - 1) * 25
        if scale == "work":
            points["cbi_w7"] = 100 - points["cbi_w7"]
        out[scale] = points.mean(axis=1).where(points.notna().sum(axis=1) >= need)
    return out.join(df[["site_type", "shift", "customer_rating"]])


def fisher(x: pd.Series, y: pd.Series) -> dict[str, float]:
    both = pd.concat([x, y], axis=1).dropna()
    r = both.corr().iloc[0, 1]
    se = 1 / math.sqrt(len(both) - 3)
    return {"r": r, "ci_low": math.tanh(math.atanh(r) - 1.959964 * se),
            "ci_high": math.tanh(math.atanh(r) + 1.959964 * se)}


def model_answers() -> dict[str, object]:
    s = plain_scores()
    df = survey()
    from svcx_helpers.servqual import cronbach_alpha

    work_points = (df[list(wellbeing.CBI_SCALES["work"])] - 1) * 25
    work_points["cbi_w7"] = 100 - work_points["cbi_w7"]
    hotline = wellbeing.score_cbi(df).join(df[["site_type", "shift"]])
    hotline = hotline[hotline["site_type"] == "call_centre"]
    shift = wellbeing.compare_groups(hotline["work"], hotline["shift"], reference="day")
    return {
        "emotions.t1_by_hand": {"A": 425 / 6, "B": None},
        "emotions.t2_cbi_means": {k: s[k].mean() for k in ("personal", "work", "client")},
        "emotions.t3_alpha": {
            "surface_acting": cronbach_alpha(df[["els_sa1", "els_sa2", "els_sa3"]].dropna()),
            "deep_acting": cronbach_alpha(df[["els_da1", "els_da2", "els_da3"]].dropna()),
            "work": cronbach_alpha(work_points.dropna())},
        "emotions.t4_surface_exhaustion": fisher(s["surface_acting"], s["work"]),
        "emotions.t5_deep_ratings": fisher(s["deep_acting"], s["customer_rating"]),
        "emotions.t6_shift": {"difference": shift.loc["rotating", "difference"],
                              "ci_low": shift.loc["rotating", "ci_low"],
                              "ci_high": shift.loc["rotating", "ci_high"]},
        "emotions.t7_changes": [ROSTER, SUPPORT],
        "emotions.t8_cannot_prove": ["b", "c", "e", "f", "h"],
    }


def test_bank_has_at_least_six_tasks_and_a_hidden_test() -> None:
    banks.assert_bank("emotions", model_answers())


@pytest.mark.parametrize("qid", QIDS)
def test_model_answers_pass_also_as_data(qid: str) -> None:
    banks.assert_passes_as_data(qid, model_answers()[qid])


def test_expected_answers_agree_with_plain_pandas_and_the_rules() -> None:
    s = plain_scores()
    # task 1 by hand: A = 3, 4, 2, –, 5, 4, 1 → 50, 75, 25, –, 100, 75 and the reversed
    # 1 → 100: (50 + 75 + 25 + 100 + 75 + 100)/6 = 425/6; B answered 3 of 7 < 4
    assert bank.by_hand_answers() == {"A": pytest.approx(425 / 6), "B": None}
    means = bank.cbi_means()
    for k in ("personal", "work", "client"):
        assert means[k] == pytest.approx(s[k].mean())
    assert s[["personal", "work", "client"]].isna().sum().tolist() == [2, 3, 5]
    r, low, high = bank.surface_exhaustion()
    assert (r, low, high) == pytest.approx(tuple(fisher(s["surface_acting"], s["work"]).values()),
                                           abs=1e-6)
    assert low > 0
    r, low, high = bank.deep_ratings()
    assert r == pytest.approx(s["deep_acting"].corr(s["customer_rating"])) and low > 0
    # task 6 by Welch's formula, by hand, at the hotline
    hot = s[s["site_type"] == "call_centre"]
    a = hot.loc[hot["shift"] == "rotating", "work"].dropna()
    b = hot.loc[hot["shift"] == "day", "work"].dropna()
    va, vb = a.var() / len(a), b.var() / len(b)
    df = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))
    from svcx_helpers.servqual import t_quantile

    d, lo, hi = bank.shift_difference()
    assert d == pytest.approx(a.mean() - b.mean())
    assert d - lo == pytest.approx(hi - d)
    assert hi - d == pytest.approx(t_quantile(0.975, df) * math.sqrt(va + vb))
    assert {"b", "c", "e", "f", "h"} == bank.CANNOT and len(bank.STATEMENTS) == 8


def mistakes() -> list[tuple[str, object, str]]:
    s = plain_scores()
    means = bank.cbi_means()
    codes = {k: v / 25 + 1 for k, v in means.items()}
    alphas = bank.alphas()
    r_s = bank.relation("surface_acting", "work", "spearman")
    surface = dict(zip(("r", "ci_low", "ci_high"), bank.surface_exhaustion(), strict=True))
    deep = dict(zip(("r", "ci_low", "ci_high"), bank.deep_ratings(), strict=True))
    d = dict(zip(("difference", "ci_low", "ci_high"), bank.shift_difference(), strict=True))
    across = dict(zip(("difference", "ci_low", "ci_high"), bank.shift_difference(None),
                      strict=True))
    long = dict(zip(("difference", "ci_low", "ci_high"), bank.shift_difference(group="long"),
                    strict=True))
    personal = fisher(s["surface_acting"], s["personal"])
    return [
        ("emotions.t1_by_hand", {"A": 325 / 6, "B": None}, "wellbeing.bank.one.not_reversed"),
        ("emotions.t1_by_hand", {"A": 425 / 7, "B": None}, "wellbeing.bank.one.blank_as_zero"),
        ("emotions.t1_by_hand", {"A": 19 / 6, "B": None}, "wellbeing.bank.one.codes"),
        ("emotions.t1_by_hand", {"A": 23 / 6, "B": None}, "wellbeing.bank.one.codes"),
        ("emotions.t1_by_hand", {"A": 425 / 6, "B": 100 / 3},
         "wellbeing.bank.one.non_responder"),
        ("emotions.t2_cbi_means", codes, "wellbeing.bank.scores.codes"),
        ("emotions.t2_cbi_means", bank.cbi_means(blanks="zero"),
         "wellbeing.bank.scores.blank_as_zero"),
        ("emotions.t2_cbi_means", bank.cbi_means(min_answered=1), "wellbeing.bank.scores.no_rule"),
        ("emotions.t2_cbi_means", {**means, "work": bank.cbi_means(reverse=False)["work"]},
         "wellbeing.bank.scores.not_reversed"),
        ("emotions.t3_alpha", {**alphas, "work": bank.alphas(reverse=False)["work"]},
         "wellbeing.bank.alpha.not_reversed"),
        ("emotions.t3_alpha", {**alphas, "work": 92.1}, "wellbeing.bank.alpha.range"),
        ("emotions.t4_surface_exhaustion", dict(zip(("r", "ci_low", "ci_high"), r_s, strict=True)),
         "wellbeing.bank.corr.spearman"),
        ("emotions.t4_surface_exhaustion", personal, "wellbeing.bank.corr.other_scale"),
        ("emotions.t4_surface_exhaustion",
         dict(zip(("r", "ci_low", "ci_high"), bank.relation("deep_acting", "work"), strict=True)),
         "wellbeing.bank.corr.other_acting"),
        ("emotions.t4_surface_exhaustion", {**surface, "ci_low": 0.30, "ci_high": 0.56},
         "wellbeing.bank.corr.ci_wrong"),
        ("emotions.t4_surface_exhaustion", {**surface, "ci_low": 0.5, "ci_high": 0.6},
         "wellbeing.bank.corr.ci_order"),
        ("emotions.t5_deep_ratings",
         dict(zip(("r", "ci_low", "ci_high"), bank.relation("surface_acting", "customer_rating"),
                  strict=True)), "wellbeing.bank.corr.other_acting"),
        ("emotions.t5_deep_ratings",
         dict(zip(("r", "ci_low", "ci_high"), bank.relation("deep_acting", "n_ratings"),
                  strict=True)), "wellbeing.bank.corr.ratings_count"),
        ("emotions.t5_deep_ratings",
         dict(zip(("r", "ci_low", "ci_high"),
                  bank.relation("deep_acting", "customer_rating", "spearman"), strict=True)),
         "wellbeing.bank.corr.spearman"),
        ("emotions.t5_deep_ratings", {**deep, "ci_high": 0.7}, "wellbeing.bank.corr.ci_wrong"),
        ("emotions.t6_shift", across, "wellbeing.bank.shift.across"),
        ("emotions.t6_shift", {k: -v for k, v in d.items()}, "wellbeing.bank.shift.swapped"),
        ("emotions.t6_shift", long, "wellbeing.bank.shift.long"),
        ("emotions.t6_shift", {**d, "ci_low": 5.0, "ci_high": 21.7},
         "wellbeing.bank.shift.ci_wrong"),
        ("emotions.t7_changes", [ROSTER], "wellbeing.bank.changes.count"),
        ("emotions.t7_changes", [ROSTER, "More breaks."], "recovery.bank.reflection.short"),
        ("emotions.t7_changes", [ROSTER, ROSTER], "wellbeing.bank.changes.same"),
        ("emotions.t7_changes", [SUPPORT, SUPPORT.replace("Team leaders", "Supervisors")],
         "wellbeing.bank.changes.roster"),
        ("emotions.t7_changes", [ROSTER, ROSTER.replace("Hotline rotas", "Window rotas")],
         "wellbeing.bank.changes.support"),
        ("emotions.t7_changes", [ROSTER, 42], "wellbeing.bank.text.type"),
        ("emotions.t8_cannot_prove", ["b", "c", "e", "f", "h", "a"],
         "wellbeing.bank.cannot.observed"),
        ("emotions.t8_cannot_prove", ["b", "c"], "wellbeing.bank.cannot.missed"),
        ("emotions.t8_cannot_prove", ["b", "z"], "wellbeing.bank.cannot.unknown"),
        ("emotions.t8_cannot_prove", 7, "wellbeing.bank.cannot.type"),
    ]


@pytest.mark.parametrize("qid, answer, key", mistakes())
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_typical_mistakes_get_their_own_message(qid: str, answer: object, key: str,
                                                lang: str) -> None:
    i18n.set_language(lang)
    fb = check(qid, answer)
    assert fb.status in ("fail", "wrong_type", "wrong_shape"), fb.text()
    expected = i18n.MESSAGES[key][i18n.LANGUAGES.index(lang)]
    assert fb.message.startswith(expected.split("{")[0][:12]), (key, fb.message)


def test_answers_in_other_forms() -> None:
    assert check("emotions.t1_by_hand", [70.83, float("nan")]).passed
    assert check("emotions.t1_by_hand", {"a": 70.83, "b": "non-responder"}).passed
    assert check("emotions.t1_by_hand", {"A": 70.8, "B": "未应答"}).passed
    means = bank.cbi_means()
    assert check("emotions.t2_cbi_means", pd.Series(means)).passed
    assert check("emotions.t2_cbi_means", [means["personal"], means["work"],
                                           means["client"]]).passed
    assert check("emotions.t2_cbi_means", {"Personal burnout": means["personal"],
                                           "工作相关倦怠": means["work"],
                                           "client-related": means["client"]}).passed
    table = wellbeing.reliability(survey())
    assert check("emotions.t3_alpha", table.loc[["surface_acting", "deep_acting", "work"],
                                                "alpha"]).passed
    row = wellbeing.correlation(plain_scores()["surface_acting"], plain_scores()["work"])
    assert check("emotions.t4_surface_exhaustion", row.drop("n")).passed
    assert check("emotions.t4_surface_exhaustion", row[["r", "ci_low", "ci_high"]].tolist()).passed
    assert check("emotions.t7_changes", {"roster": ROSTER, "support": SUPPORT}).passed
    zh = ["热线轮班改为顺向轮换，连续夜班不超过两个，因为轮班员工的倦怠最高；"
          "六个月后再次调查并与白班比较。",
          "班组长在遇到辱骂来电后组织十分钟复盘，必要时接手通话，因为表层扮演与耗竭相关；"
          "用试点班组与对照班组比较倦怠得分。"]
    assert check("emotions.t7_changes", zh).passed and grade_answer("emotions.t7_changes",
                                                                    zh).passed
    assert check("emotions.t8_cannot_prove", "b, c, e, f, h").passed
    assert check("emotions.t8_cannot_prove", ("H", "F", "E", "C", "B")).passed
    assert check("emotions.t8_cannot_prove", {"b", "c", "e", "f", "(h)"}).passed


def test_partial_credit() -> None:
    fb = grade_answer("emotions.t1_by_hand", {"A": 70.83, "B": 33.33})
    assert fb.points == 1.0
    means = bank.cbi_means()
    fb = grade_answer("emotions.t2_cbi_means", {**means, "client": 10.0})
    assert fb.points == pytest.approx(2 * 2 / 3, abs=0.01)
    surface = dict(zip(("r", "ci_low", "ci_high"), bank.surface_exhaustion(), strict=True))
    fb = grade_answer("emotions.t4_surface_exhaustion", {**surface, "ci_high": 0.6})
    assert fb.points == 1.0
    d = dict(zip(("difference", "ci_low", "ci_high"), bank.shift_difference(), strict=True))
    fb = grade_answer("emotions.t6_shift", {**d, "ci_low": 5.0})
    assert fb.points == 1.0
    fb = grade_answer("emotions.t7_changes", [ROSTER, "More breaks."])
    assert fb.points == 1.0
    fb = grade_answer("emotions.t8_cannot_prove", ["b", "c", "e"])
    assert fb.points == pytest.approx(2 * 3 / 5)
    fb = grade_answer("emotions.t8_cannot_prove", ["b", "c", "e", "a"])
    assert fb.points == pytest.approx(2 * 2 / 5)
    fb = grade_answer("emotions.t8_cannot_prove", ["a", "d", "g"])
    assert fb.points == 0


def test_hidden_test_asks_how_each_change_will_be_checked() -> None:
    unchecked = [ROSTER.split(";")[0] + " and nobody works more than five days in a row.",
                 SUPPORT]
    assert check("emotions.t7_changes", unchecked).passed          # the visible check passes
    fb = grade_answer("emotions.t7_changes", unchecked)
    assert fb.status == "fail" and "check that it worked" in fb.hint
    with i18n.language("zh"):
        assert "检验" in grade_answer("emotions.t7_changes", unchecked).hint
    assert grade_answer("emotions.t7_changes", [ROSTER, SUPPORT]).passed


def test_statements_and_hints_are_in_both_languages() -> None:
    for en, zh in bank.STATEMENTS.values():
        assert en.endswith(".") and any("\u4e00" <= ch <= "\u9fff" for ch in zh)
    for q in grading.load_bank("emotions"):
        assert all(len(h) == 2 and h[0] and h[1] for h in q.hints)
        assert len(q.title) == 2


anything = banks.anything(
    samples=["b", "non-responder", "未应答", "a, b", "h", "shift", "62.5"],
    extra=st.floats(min_value=-2, max_value=120).map(lambda x: round(x, 2)),
    keys=["A", "B", "personal", "work", "client", "surface_acting", "deep_acting", "r",
          "ci_low", "ci_high", "difference", "roster", "support"], size=6)


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(qid=st.sampled_from(QIDS), answer=anything)
def test_check_and_grade_never_raise(qid: str, answer: object) -> None:
    banks.assert_never_raises(qid, answer)


def test_every_message_of_the_bank_is_used() -> None:
    from pathlib import Path

    source = Path(bank.__file__).read_text(encoding="utf-8")
    keys = [k for k in i18n.MESSAGES if k.startswith("wellbeing.bank.")]
    unused = [k for k in keys if f'"{k}"' not in source]
    assert keys and not unused


def test_numbers_used_as_shift_answers_are_finite() -> None:
    fb = check("emotions.t6_shift", {"difference": np.nan, "ci_low": 1, "ci_high": 2})
    assert fb.status == "fail"


def test_numbers_in_the_trainer_notes_match_the_library() -> None:
    """book/trainer-answers.md quotes the exercise's numbers: recompute every one."""
    from pathlib import Path

    page = (Path(__file__).resolve().parent.parent / "book" / "trainer-answers.md").read_text(
        encoding="utf-8")
    notes = " ".join(page[page.index("## Emotional labour and frontline well-being"):].split())

    def f(x: float, digits: int = 2) -> str:
        s = f"{abs(x):.{digits}f}"
        return ("−" + s) if x < 0 else s

    hand = bank.BY_HAND
    means, no_rule = bank.cbi_means(), bank.cbi_means(min_answered=1)
    zero, unrev = bank.cbi_means(blanks="zero"), bank.cbi_means(reverse=False)
    alphas, alpha_unrev = bank.alphas(), bank.alphas(reverse=False)
    r, lo, hi = bank.surface_exhaustion()
    n4 = int(wellbeing.correlation(bank.scores()["surface_acting"], bank.scores()["work"])["n"])
    dr, dlo, dhi = bank.deep_ratings()
    n5 = int(bank.scores()["customer_rating"].notna().sum())
    sd, slo, shi = bank.shift_difference()
    ad, alo, ahi = bank.shift_difference(None)
    ld, llo, lhi = bank.shift_difference(group="long")
    expected = [
        f"**{f(bank.by_hand(hand['A']))}**", f(bank.by_hand(hand["A"], reverse=False)),
        f(bank.by_hand(hand["A"], blanks="zero")),
        f(np.mean([c for c in hand["A"] if c is not None])),
        f(bank.by_hand(hand["B"], rule=False)),
        f"Personal **{f(means['personal'])}**, work-related **{f(means['work'])}**, "
        f"client-related **{f(means['client'])}**",
        f"{f(no_rule['personal'])}, {f(no_rule['work'])} and {f(no_rule['client'])}",
        f"{f(zero['personal'])}, {f(zero['work'])} and {f(zero['client'])}",
        f"gives {f(unrev['work'])} for the work-related scale",
        f"Surface acting **{f(alphas['surface_acting'])}**, deep acting "
        f"**{f(alphas['deep_acting'])}**, work-related burnout **{f(alphas['work'])}**",
        f"falls to {f(alpha_unrev['work'])}",
        f"r = **{f(r)}** (95 % interval {f(lo)} to {f(hi)}, n = {n4})",
        f"rho would be {f(bank.relation('surface_acting', 'work', 'spearman')[0])}",
        f"r = **{f(dr)}** ({f(dlo)} to {f(dhi)}, n = {n5};",
        f"**{f(sd, 1)}** points (Welch interval {f(slo, 1)} to {f(shi, 1)})",
        f"the gap is {f(ad, 1)} ({f(alo, 1)} to {f(ahi, 1)})",
        f"long − day is only {f(ld, 1)} ({f(llo, 1)} to {f(lhi, 1)})",
    ]
    missing = [e for e in expected if e not in notes]
    assert not missing, missing
    assert bank.survey()["customer_rating"].isna().sum() == 5
