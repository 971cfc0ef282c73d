"""Tests of the course dataset ``kano_it_service_desk`` (data/generate.py, data/*.csv).

(a) the committed files are exactly what the generator writes; (b) shapes and ranges;
(c) the planted KANO effects are found by ``svcx_helpers.kano``; (d) the 问卷星-style wide
export imports back to exactly the long data.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from svcx_helpers import kano

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


def _load_generator():
    spec = importlib.util.spec_from_file_location("svcx_data_generate", DATA / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up by name
    spec.loader.exec_module(module)
    return module


gen = _load_generator()

FILES = (gen.LONG_FILE, gen.ATTRIBUTES_FILE, gen.WJX_FILE)
LONG_COLUMNS = ["respondent", "department", "role", "attribute", "functional",
                "dysfunctional", "importance"]
ANSWERS_ZH = ["我很喜欢", "理应如此", "无所谓", "能够忍受", "我很不喜欢"]


@pytest.fixture(scope="module")
def long() -> pd.DataFrame:
    return pd.read_csv(DATA / gen.LONG_FILE, encoding="utf-8")


@pytest.fixture(scope="module")
def attributes() -> pd.DataFrame:
    return pd.read_csv(DATA / gen.ATTRIBUTES_FILE, encoding="utf-8")


@pytest.fixture(scope="module")
def evaluation(long: pd.DataFrame) -> pd.DataFrame:
    return kano.evaluate(kano.count(long))


# --------------------------------------------------------------------------------------
# (a) reproducibility
# --------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    """Every data file generated once into a temporary folder: (folder, paths in order)."""
    folder = tmp_path_factory.mktemp("fresh")
    return folder, gen.write_all(folder)


def test_committed_files_equal_a_fresh_generation(fresh: tuple[Path, list[Path]]) -> None:
    tmp_path, paths = fresh
    assert [p.name for p in paths][:len(FILES)] == list(FILES)
    for name in FILES:
        fresh, committed = (tmp_path / name).read_bytes(), (DATA / name).read_bytes()
        assert fresh == committed, f"data/{name} is stale: run python data/generate.py"


def test_script_runs_from_another_directory(tmp_path: Path) -> None:
    out = tmp_path / "out"
    subprocess.run([sys.executable, str(DATA / "generate.py"), "--outdir", str(out)],
                   cwd=tmp_path, check=True, capture_output=True)
    for name in FILES:
        assert (out / name).read_bytes() == (DATA / name).read_bytes()


def test_the_seed_matters(tmp_path: Path) -> None:
    other = gen.generate_kano_it_service_desk(seed=7)
    base = gen.generate_kano_it_service_desk()
    assert not other[["functional", "dysfunctional"]].equals(base[["functional",
                                                                   "dysfunctional"]])
    gen.write_all(tmp_path, seed=7)
    assert (tmp_path / gen.WJX_FILE).read_bytes() != (DATA / gen.WJX_FILE).read_bytes()


def test_no_carriage_returns() -> None:
    for name in FILES:
        assert b"\r" not in (DATA / name).read_bytes()


# --------------------------------------------------------------------------------------
# (b) shapes and ranges
# --------------------------------------------------------------------------------------
def test_long_shape_and_ranges(long: pd.DataFrame) -> None:
    assert list(long.columns) == LONG_COLUMNS
    assert long.shape == (240 * 12, 7)
    expected_ids = [f"R{i:03d}" for i in range(1, 241)]
    assert list(pd.unique(long["respondent"])) == expected_ids
    assert long.groupby("respondent")["attribute"].nunique().eq(12).all()
    assert not long.duplicated(["respondent", "attribute"]).any()
    assert set(long["attribute"]) == set(gen.PLANTED)
    for col in ("functional", "dysfunctional"):
        assert long[col].dtype.kind == "i"
        assert long[col].between(1, 5).all()
        assert long[col].nunique() == 5
    imp = long["importance"]
    present = imp.dropna()
    assert (present == present.round()).all() and present.between(1, 9).all()
    assert set(present.astype(int)) == set(range(1, 10))
    assert 0.005 <= imp.isna().mean() <= 0.015
    assert long[LONG_COLUMNS[:-1]].notna().all().all()


def test_respondents(long: pd.DataFrame) -> None:
    people = long.drop_duplicates("respondent")
    assert long.groupby("respondent")[["department", "role"]].nunique().eq(1).all().all()
    sizes = people["department"].value_counts()
    assert set(sizes.index) == {"R&D", "Sales", "Finance", "HR", "Operations",
                                "Customer Service"}
    assert sizes.to_dict() == {k: n for k, (_, n) in gen.DEPARTMENTS.items()}
    assert sizes.max() >= 3 * sizes.min()  # realistic, unequal
    roles = people["role"].value_counts(normalize=True)
    assert set(roles.index) == {"staff", "team lead", "manager"}
    assert roles["staff"] > roles["team lead"] > roles["manager"] > 0.03


def test_attributes_file(attributes: pd.DataFrame, long: pd.DataFrame) -> None:
    assert list(attributes.columns) == [
        "attribute", "label_en", "label_zh", "functional_question_en",
        "dysfunctional_question_en", "functional_question_zh", "dysfunctional_question_zh"]
    assert list(attributes["attribute"]) == list(pd.unique(long["attribute"]))
    assert attributes["attribute"].str.fullmatch(r"[a-z][a-z0-9_]*").all()
    for col in ("attribute", "label_en", "label_zh"):
        assert attributes[col].is_unique
    row = attributes.set_index("attribute").loc["resolution_speed"]
    assert row["functional_question_zh"] == "如果服务具备“问题解决速度”，您的感受是？"
    assert row["dysfunctional_question_en"] == (
        "If the service does not have “Time to resolve the issue”, how do you feel?")
    for _, r in attributes.iterrows():
        assert r["label_en"] in r["functional_question_en"]
        assert r["label_zh"] in r["dysfunctional_question_zh"]
    # learners must discover the categories: nothing in this file gives them away
    assert not any(re.search(r"categ|kano|planted|类别|类型", c) for c in attributes.columns)


def test_wjx_export_layout() -> None:
    raw = (DATA / gen.WJX_FILE).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # it really is GB18030, as Chinese tools export
    wide = pd.read_csv(DATA / gen.WJX_FILE, encoding="gb18030", dtype=str,
                       keep_default_na=False)
    attrs = pd.read_csv(DATA / gen.ATTRIBUTES_FILE)
    head = ["序号", "提交答卷时间", "所用时间", "来源", "部门", "岗位"]
    per_attr = [f"{lab}【{kind}】" for lab in attrs["label_zh"]
                for kind in ("正向", "反向", "重要程度")]
    assert list(wide.columns) == head + per_attr
    assert list(wide["序号"]) == [str(i) for i in range(1, 241)]
    stamps = pd.to_datetime(wide["提交答卷时间"], format="%Y/%m/%d %H:%M:%S")
    assert stamps.is_monotonic_increasing and stamps.is_unique
    assert stamps.dt.day_of_week.lt(5).all()
    assert stamps.dt.normalize().nunique() == 10
    assert stamps.min() >= pd.Timestamp("2024-09-02") and stamps.max() < pd.Timestamp(
        "2024-09-14")
    assert wide["所用时间"].str.fullmatch(r"\d+秒").all()
    assert set(wide["来源"]) <= {"手机提交", "链接", "微信"}
    assert set(wide["部门"]) == {zh for zh, _ in gen.DEPARTMENTS.values()}
    assert set(wide["岗位"]) == {zh for zh, _ in gen.ROLES.values()}
    answers = wide[[c for c in per_attr if not c.endswith("【重要程度】")]]
    assert set(np.unique(answers.to_numpy())) == set(ANSWERS_ZH)
    importance = wide[[c for c in per_attr if c.endswith("【重要程度】")]].to_numpy().ravel()
    assert set(importance) == {""} | {str(i) for i in range(1, 10)}


# --------------------------------------------------------------------------------------
# (c) planted effects
# --------------------------------------------------------------------------------------
def test_planted_categories(evaluation: pd.DataFrame) -> None:
    assert evaluation["category"].to_dict() == gen.PLANTED
    assert sorted(gen.PLANTED.values()) == sorted("MMMOOOAAAIIR")


def test_planted_categories_do_not_depend_on_the_seed() -> None:
    for seed in (1, 99):
        df = gen.generate_kano_it_service_desk(seed)
        assert kano.evaluate(kano.count(df))["category"].to_dict() == gen.PLANTED


def test_only_the_chatbot_is_a_near_tie(evaluation: pd.DataFrame) -> None:
    key = gen.NEAR_TIE_ATTRIBUTE
    row = evaluation.loc[key]
    assert 0 < row["category_strength"] < 0.06
    assert not row["fong_significant"]
    assert row["A"] > row["I"] > max(row["O"], row["M"], row["R"])
    others = evaluation.drop(index=key)
    assert (others["category_strength"] >= 0.06).all()
    counts = kano.count(pd.read_csv(DATA / gen.LONG_FILE))
    assert kano.evaluate(counts, near_tie=0.06).loc[key, "category"] == "A/I"
    assert kano.evaluate(counts, rule="moai", near_tie=0.06).loc[key, "category"] == "A"


def test_reverse_attribute(evaluation: pd.DataFrame) -> None:
    row = evaluation.loc["mandatory_callback"]
    assert row["R"] == row[list("AOMIRQ")].max()
    assert row["I"] / row["n"] >= 0.25  # a sizeable indifferent minority


def test_noise(evaluation: pd.DataFrame) -> None:
    q_share = evaluation["Q"].sum() / evaluation["n"].sum()
    assert 0.015 <= q_share <= 0.035
    assert (evaluation["R"] > 0).all()  # a little reverse noise everywhere
    assert (evaluation.drop(index="mandatory_callback")["R"] / 240 < 0.12).all()


def test_segment_effect(long: pd.DataFrame) -> None:
    key = gen.PLANTED_SEGMENT_EFFECT["attribute"]
    by = gen.PLANTED_SEGMENT_EFFECT["by"]
    seg = kano.evaluate(kano.count(long, by=by)).xs(key, level="attribute")
    assert seg["category"].to_dict() == gen.PLANTED_SEGMENT_EFFECT["category"]
    assert seg.loc["Sales", "category"] == "A" and seg.loc["R&D", "category"] == "I"
    assert seg.loc["Sales", "better"] - seg.loc["R&D", "better"] >= 0.3
    assert seg.loc["Sales", "fong_significant"] and seg.loc["R&D", "fong_significant"]


def test_importance_follows_the_category(long: pd.DataFrame) -> None:
    means = long.groupby("attribute")["importance"].mean()
    cats = pd.Series(gen.PLANTED)
    high = means[cats[cats.isin(["M", "O"])].index]
    low = means[cats[cats.isin(["I", "R"])].index]
    attractive = means[cats[cats == "A"].index]
    assert high.min() > attractive.mean() > low.max()
    assert high.min() - means[cats[cats == "I"].index].max() >= 1.5
    per_answer = long.assign(cat=kano.classify(long["functional"], long["dysfunctional"]))
    by_cat = per_answer.groupby("cat")["importance"].mean()
    assert by_cat["M"] > 7 and by_cat["O"] > 7 and 5 < by_cat["A"] < 6.5
    assert by_cat["I"] < 4.5 and by_cat["R"] < 4


# --------------------------------------------------------------------------------------
# (d) the wide export round-trips through the importer
# --------------------------------------------------------------------------------------
def test_wjx_round_trip(long: pd.DataFrame, attributes: pd.DataFrame) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no answer pair may be dropped
        back = kano.read_survey(DATA / gen.WJX_FILE)
    assert back.attrs["dropped"] == []
    label_to_key = dict(zip(attributes["label_zh"], attributes["attribute"], strict=True))
    assert set(back["attribute"]) == set(label_to_key)
    back = back.assign(
        respondent=[f"R{int(r):03d}" for r in back["respondent"]],
        attribute=back["attribute"].map(label_to_key),
    )
    cols = ["respondent", "attribute", "functional", "dysfunctional", "importance"]
    got = back[cols].sort_values(["respondent", "attribute"]).reset_index(drop=True)
    want = (long[cols].astype({"respondent": object, "attribute": object})
            .sort_values(["respondent", "attribute"]).reset_index(drop=True))
    got = got.astype({"respondent": object, "attribute": object})
    pd.testing.assert_frame_equal(got, want, check_dtype=True)
    dept_zh = {k: zh for k, (zh, _) in gen.DEPARTMENTS.items()}
    merged = back.merge(long, on=["respondent", "attribute"])
    assert (merged["部门"] == merged["department"].map(dept_zh)).all()


# --------------------------------------------------------------------------------------
# SERVQUAL data sets (issue 5): bank branches and internal services
# --------------------------------------------------------------------------------------
SQ_FILES = (gen.SQ_BANK_FILE, gen.SQ_BANK_WJX_FILE, gen.SQ_INTERNAL_FILE)


@pytest.fixture(scope="module")
def bank() -> pd.DataFrame:
    return pd.read_csv(DATA / gen.SQ_BANK_FILE, encoding="utf-8")


@pytest.fixture(scope="module")
def internal() -> pd.DataFrame:
    return pd.read_csv(DATA / gen.SQ_INTERNAL_FILE, encoding="utf-8")


def test_servqual_files_equal_a_fresh_generation(fresh: tuple[Path, list[Path]]) -> None:
    tmp_path, paths = fresh
    assert set(SQ_FILES) <= {p.name for p in paths}
    for name in SQ_FILES:
        fresh, committed = (tmp_path / name).read_bytes(), (DATA / name).read_bytes()
        assert fresh == committed, f"data/{name} is stale: run python data/generate.py"
        assert b"\r" not in committed
    other = gen.generate_servqual_bank(seed=7)
    assert not other.equals(gen.generate_servqual_bank())


def test_servqual_writers_leave_the_kano_generator_alone() -> None:
    before = gen.generate_kano_it_service_desk()
    gen.generate_servqual_bank()
    gen.generate_servqual_internal()
    pd.testing.assert_frame_equal(before, gen.generate_kano_it_service_desk())


def test_bank_shape_and_ranges(bank: pd.DataFrame) -> None:
    from svcx_helpers import servqual

    items = [f"{b}{i}" for b in "EP" for i in range(1, 23)]
    weights = [f"importance_{d.lower()}" for d in servqual.DIMENSIONS]
    assert list(bank.columns) == ["respondent", "branch", "visit_type", *items, *weights]
    assert len(bank) == 300 and bank["respondent"].is_unique
    assert bank["branch"].value_counts().to_dict() == {
        k: n for k, (_, n) in gen.SQ_BRANCHES.items()}
    assert set(bank["visit_type"]) == set(gen.SQ_VISIT_TYPES)
    answers = bank[items]
    present = pd.Series(answers.to_numpy(dtype=float).ravel()).dropna()
    assert present.between(1, 7).all() and (present == present.round()).all()
    perceived = pd.Series(bank[items[22:]].to_numpy(dtype=float).ravel()).dropna()
    assert set(perceived.astype(int)) == set(range(1, 8))  # the whole scale is used
    n_missing = int(answers.isna().sum().sum())
    assert 30 <= n_missing <= gen.SQ_MISSING_CELLS
    assert (bank[weights].sum(axis=1) == 100).all() and (bank[weights] % 5 == 0).all().all()
    assert (bank[weights] >= 0).all().all()
    gaps = servqual.dimension_gaps(bank)
    assert gaps.notna().all().all()  # never a whole dimension missing


def test_bank_planted_weaknesses(bank: pd.DataFrame) -> None:
    from svcx_helpers import servqual

    gaps = servqual.dimension_gaps(bank)
    summary = servqual.dimension_summary(gaps)
    worst = summary["mean"].nsmallest(2).index.tolist()
    assert set(worst) == set(gen.SQ_PLANTED["bank_weakest"])
    others = summary["mean"].drop(worst)
    assert summary.loc[worst, "ci_high"].max() < summary.loc[others.index, "ci_low"].min()
    assert summary.loc["Responsiveness", "mean"] < -1.2
    assert summary.loc["Empathy", "mean"] < -0.8
    assert summary["mean"].max() > -0.3  # something is fine
    by_branch = gaps.groupby(bank["branch"])["Responsiveness"].mean()
    assert by_branch.idxmin() == gen.SQ_PLANTED["bank_branch_slowest"]
    # reliability of the perception scale is acceptable for every dimension
    rel = servqual.reliability(bank, "P")
    assert (rel["alpha"] >= 0.7).all()
    # weighting per respondent differs from weighting the means (planted covariance)
    weights = bank[[c for c in bank if c.startswith("importance_")]]
    per = servqual.weighted_score(gaps, weights)
    means = servqual.weighted_score(gaps, weights, method="product_of_means")
    assert per < means - 0.02
    # reliability gets the most points on average, tangibles the fewest (ZPB90)
    mean_points = weights.mean()
    assert mean_points.idxmax() == "importance_reliability"
    assert mean_points.idxmin() == "importance_tangibles"


def test_internal_survey(internal: pd.DataFrame) -> None:
    from svcx_helpers import servqual

    assert len(internal) == 300 and set(internal["supplier"]) == {"HR", "IT"}
    assert internal.groupby("respondent")["supplier"].nunique().eq(2).all()
    assert internal.groupby("respondent")["department"].nunique().eq(1).all()
    assert internal.drop(columns=["respondent", "department", "supplier"]).notna().all().all()
    for supplier, part in internal.groupby("supplier"):
        gaps = servqual.dimension_gaps(part).mean()
        weakest = tuple(gaps.nsmallest(2).index)
        assert weakest == gen.SQ_PLANTED["internal_weakest"][supplier]
        assert gaps[list(weakest)].max() < gaps.drop(list(weakest)).min() - 0.4


def test_servqual_wjx_round_trip(bank: pd.DataFrame) -> None:
    from svcx_helpers import servqual

    raw = (DATA / gen.SQ_BANK_WJX_FILE).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    survey = servqual.read_survey(DATA / gen.SQ_BANK_WJX_FILE)
    ids = [f"C{int(r):03d}" for r in survey.expectations.index]
    assert ids == bank["respondent"].tolist()
    for prefix, frame in (("E", survey.expectations), ("P", survey.perceptions)):
        cols = [f"{prefix}{i}" for i in range(1, 23)]
        want = bank[cols].astype(float).to_numpy()
        assert np.array_equal(frame[cols].to_numpy(), want, equal_nan=True)
    weights = bank[[f"importance_{d.lower()}" for d in servqual.DIMENSIONS]]
    assert np.array_equal(survey.importance.to_numpy(), weights.to_numpy(dtype=float))
    zh = {k: v for k, (v, _) in gen.SQ_BRANCHES.items()}
    assert survey.extra["网点"].tolist() == bank["branch"].map(zh).tolist()
    wide = pd.read_csv(DATA / gen.SQ_BANK_WJX_FILE, encoding="gb18030", dtype=str,
                       keep_default_na=False)
    assert (wide == "7 非常同意").any().any() and (wide == "").any().any()


# --------------------------------------------------------------------------------------
# Service process and standards data sets (issue 7): the service desk ticket log and the
# bank branch event logs before and after the redesign
# --------------------------------------------------------------------------------------
OPS_FILES = (gen.TICKETS_FILE, gen.BANK_BEFORE_FILE, gen.BANK_AFTER_FILE)
TICKET_COLUMNS = ["ticket_id", "created", "channel", "category", "priority", "team",
                  "first_response", "resolved", "promised", "contacts", "reopened", "csat"]
BANK_COLUMNS = ["case_id", "activity", "start", "end", "resource", "service"]
STAMP = r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}"
DRIFT = pd.Timestamp(gen.TK_DRIFT)


@pytest.fixture(scope="module")
def tickets() -> pd.DataFrame:
    """The ticket log with parsed times (standards.read_tickets checks their order)."""
    from svcx_helpers import standards

    return standards.read_tickets(pd.read_csv(DATA / gen.TICKETS_FILE, encoding="utf-8"))


@pytest.fixture(scope="module")
def bank_logs() -> dict[str, pd.DataFrame]:
    from svcx_helpers import process

    return {period: process.load_log(DATA / name) for period, name in
            (("before", gen.BANK_BEFORE_FILE), ("after", gen.BANK_AFTER_FILE))}


def _p3_late_by_week(tickets: pd.DataFrame) -> pd.DataFrame:
    """Weekly P3 tickets (by ISO week of ``created``) and how many were not resolved by
    their promised time (still open past the promise counts as late)."""
    p3 = tickets[tickets["priority"] == "P3"]
    late = (p3["resolved"] > p3["promised"]) | (
        p3["resolved"].isna() & (p3["promised"] < pd.Timestamp(gen.TK_EXTRACT)))
    week = p3["created"].dt.to_period("W").dt.start_time
    return late.groupby(week).agg(late="sum", n="count")


def _daily_service_desk_response(tickets: pd.DataFrame) -> pd.Series:
    """Median first-response time (minutes) of the service desk team per working day."""
    sd = tickets[(tickets["team"] == "service_desk") & (tickets["created"].dt.day_of_week < 5)]
    minutes = (sd["first_response"] - sd["created"]).dt.total_seconds() / 60
    return minutes.groupby(sd["created"].dt.normalize()).median()


def test_every_data_file_is_regenerated_byte_for_byte(fresh: tuple[Path, list[Path]]) -> None:
    tmp_path, paths = fresh
    names = [p.name for p in paths]
    assert set(OPS_FILES) <= set(names) and len(names) == len(set(names))
    # every committed CSV is written by the generator, and no other CSV is; the generator
    # also writes a few YAML files (the draft SLA), checked byte for byte below
    assert {p.name for p in DATA.glob("*.csv")} == {n for n in names if n.endswith(".csv")}
    assert all(n.endswith((".csv", ".yml")) for n in names), names
    for name in names:
        fresh, committed = (tmp_path / name).read_bytes(), (DATA / name).read_bytes()
        assert fresh == committed, f"data/{name} is stale: run python data/generate.py"
        assert b"\r" not in committed


def test_operations_generators_are_seeded_and_independent() -> None:
    kano_before = gen.generate_kano_it_service_desk()
    sq_before = gen.generate_servqual_bank()
    tk = gen.generate_it_service_desk_tickets()
    gen.generate_bank_branch_events("before")
    pd.testing.assert_frame_equal(kano_before, gen.generate_kano_it_service_desk())
    pd.testing.assert_frame_equal(sq_before, gen.generate_servqual_bank())
    pd.testing.assert_frame_equal(tk, gen.generate_it_service_desk_tickets())
    assert not gen.generate_it_service_desk_tickets(seed=7).equals(tk)
    assert not gen.generate_bank_branch_events("after", seed=7).equals(
        gen.generate_bank_branch_events("after"))
    with pytest.raises(ValueError, match="period"):
        gen.generate_bank_branch_events("during")


def test_tickets_shape_and_ranges(tickets: pd.DataFrame) -> None:
    raw = pd.read_csv(DATA / gen.TICKETS_FILE, dtype=str, keep_default_na=False)
    assert list(raw.columns) == TICKET_COLUMNS and len(raw) == gen.TK_N == 5000
    assert raw["ticket_id"].tolist() == [f"T{i:05d}" for i in range(1, 5001)]
    for col in ("created", "first_response", "promised"):
        assert raw[col].str.fullmatch(STAMP).all()
    assert (raw["resolved"].str.fullmatch(STAMP) | (raw["resolved"] == "")).all()
    assert tickets["created"].is_monotonic_increasing and tickets["created"].is_unique
    assert tickets["created"].min() >= pd.Timestamp("2026-01-01")
    assert tickets["created"].max() < pd.Timestamp("2026-07-01")
    assert (tickets["first_response"] >= tickets["created"]).all()
    done = tickets["resolved"].notna()
    assert (tickets.loc[done, "resolved"] >= tickets.loc[done, "first_response"]).all()
    assert (tickets["first_response"] < pd.Timestamp(gen.TK_EXTRACT)).all()
    assert (tickets.loc[done, "resolved"] < pd.Timestamp(gen.TK_EXTRACT)).all()
    hours = (tickets["promised"] - tickets["created"]).dt.total_seconds() / 3600
    assert (hours == tickets["priority"].map(gen.TK_PROMISE_HOURS)).all()
    assert set(tickets["channel"]) == set(gen.TK_CHANNELS)
    assert set(tickets["category"]) == set(gen.TK_CATEGORIES)
    assert set(tickets["priority"]) == {"P1", "P2", "P3", "P4"}
    assert set(tickets["team"]) == set(gen.TK_TEAMS)
    assert tickets["contacts"].dtype.kind == "i" and (tickets["contacts"] >= 1).all()
    assert set(tickets["reopened"]) == {0, 1}
    answered = tickets["csat"].dropna()
    assert set(answered.astype(int)) == {1, 2, 3, 4, 5}
    assert 0.01 <= 1 - done.mean() <= 0.02  # ~1.5 % still open
    assert 0.55 <= tickets["csat"].isna().mean() <= 0.65  # ~60 % without a survey answer
    assert tickets.loc[~done, "csat"].isna().all() and (tickets.loc[~done, "reopened"] == 0).all()
    assert (tickets.loc[tickets["reopened"] == 1, "contacts"] >= 2).all()
    # realistic mixes (data card): channels, few P1, the service desk is the largest team
    share = tickets["channel"].value_counts(normalize=True)
    for channel, target in {"portal": 0.40, "email": 0.25, "phone": 0.20, "chat": 0.12,
                            "walk_in": 0.03}.items():
        assert abs(share[channel] - target) < 0.03, channel
    prio = tickets["priority"].value_counts(normalize=True)
    assert prio["P1"] < 0.03 and prio["P3"] > 0.5
    assert tickets["team"].value_counts().idxmax() == "service_desk"


def test_tickets_weekday_pattern(tickets: pd.DataFrame) -> None:
    per_day = tickets["created"].dt.day_of_week.value_counts().sort_index()
    assert per_day[0] > per_day[1] > max(per_day[2], per_day[3]) > per_day[4]
    assert per_day[4] > 4 * (per_day[5] + per_day[6])
    assert per_day[[5, 6]].sum() / per_day.sum() < 0.05
    weekdays = tickets[tickets["created"].dt.day_of_week < 5]
    morning = weekdays["created"].dt.hour.between(8, 11)
    by_day = morning.groupby(weekdays["created"].dt.day_of_week).mean()
    assert by_day[0] > by_day.drop(0).max() + 0.05  # Monday mornings are busiest
    working = (weekdays["created"].dt.hour * 60 + weekdays["created"].dt.minute).between(
        510, 1079)
    assert 0.80 <= working.mean() <= 0.95  # some tickets arrive out of hours


def test_tickets_drift_in_response_time(tickets: pd.DataFrame) -> None:
    from svcx_helpers import standards

    daily = _daily_service_desk_response(tickets)
    before, after = daily[daily.index < DRIFT], daily[daily.index >= DRIFT]
    assert len(before) == 72 and len(after) == 57
    assert after.median() > 1.8 * before.median()
    # XmR with limits from the days before the drift (Phase I) signals after, not before
    chart = standards.xmr_chart(daily, baseline=len(before))
    pre, post = chart[chart.index < DRIFT], chart[chart.index >= DRIFT]
    assert pre["signal"].sum() <= 1  # at most an occasional false alarm
    assert post["signal"].mean() >= 0.25
    assert post.index[post["signal"]][0] < DRIFT + pd.Timedelta(days=7)
    # with limits from all days the shift still shows, later and less often
    pooled = standards.xmr_chart(daily)
    assert not pooled.loc[pooled.index < DRIFT, "signal"].any()
    assert pooled.loc[pooled.index >= DRIFT, "signal"].sum() >= 5
    # only the service desk slows down (portal and e-mail tickets: the medians of a team
    # over all channels also move with its mix of live and queued channels)
    queued = tickets[tickets["channel"].isin(["portal", "email"])]
    minutes = (queued["first_response"] - queued["created"]).dt.total_seconds() / 60
    ratio = minutes.groupby([queued["team"], queued["created"] >= DRIFT]).median().unstack()
    ratio = ratio[True] / ratio[False]
    assert ratio["service_desk"] > 1.8 and ratio.drop("service_desk").between(0.8, 1.25).all()


def test_tickets_drift_in_late_p3_tickets(tickets: pd.DataFrame) -> None:
    from svcx_helpers import standards

    weeks = _p3_late_by_week(tickets)
    before, after = weeks[weeks.index < DRIFT], weeks[weeks.index >= DRIFT]
    assert len(before) == 15 and len(after) == 12
    p_before = before["late"].sum() / before["n"].sum()
    p_after = after["late"].sum() / after["n"].sum()
    assert 0.05 <= p_before <= 0.11 and 0.16 <= p_after <= 0.25  # ~8 % → ~20 %
    # p-chart with p̄ from the weeks before the drift: every signal comes after it
    pbar = float(standards.p_chart(before["late"], before["n"])["center"].iloc[0])
    ucl = pbar + 3 * np.sqrt(pbar * (1 - pbar) / weeks["n"])
    above = weeks["late"] / weeks["n"] > ucl
    assert not above[weeks.index < DRIFT].any()
    assert above[weeks.index >= DRIFT].mean() >= 0.75
    # the library's p-chart (p̄ from all weeks): no week above the UCL before the drift
    chart = standards.p_chart(weeks["late"], weeks["n"])
    high = chart["p"] > chart["ucl"]
    assert not high[chart.index < DRIFT].any() and high[chart.index >= DRIFT].any()
    # the other priorities do not drift
    for prio in ("P2", "P4"):
        part = tickets[(tickets["priority"] == prio) & tickets["resolved"].notna()]
        late = part["resolved"] > part["promised"]
        shift = late[part["created"] >= DRIFT].mean() - late[part["created"] < DRIFT].mean()
        assert abs(shift) < 0.05, prio


def test_tickets_first_contact_resolution_by_channel(tickets: pd.DataFrame) -> None:
    from svcx_helpers import standards

    fcr = standards.kqi(tickets, by="channel")["fcr"]
    assert 0.70 <= fcr["chat"] <= 0.80 and 0.70 <= fcr["phone"] <= 0.80
    assert 0.50 <= fcr["email"] <= 0.60
    assert min(fcr["chat"], fcr["phone"]) - fcr["email"] >= 0.15
    assert fcr["email"] == fcr.min()


def test_tickets_csat(tickets: pd.DataFrame) -> None:
    from svcx_helpers import standards

    overall = standards.kqi(tickets).iloc[0]
    assert 0.70 <= overall["csat_top2"] <= 0.80
    answered = tickets[tickets["csat"].notna()]
    late = answered["resolved"] > answered["promised"]
    for flag, gap in ((late, 0.25), (answered["reopened"] == 1, 0.40)):
        top2 = answered["csat"].groupby(flag).apply(standards.top_box)
        means = answered["csat"].groupby(flag).mean()
        assert top2[False] - top2[True] >= gap
        assert means[False] - means[True] >= 0.8


def test_bank_logs_shape_and_ranges(bank_logs: dict[str, pd.DataFrame]) -> None:
    activities = {"Take ticket", "Fill in form", "Identify customer", "Check documents",
                  "Back-office approval", "Process transaction", "Print and sign",
                  "Hand over card", "Loan consultation"}
    resources = {
        "before": {"ticket_machine", "form_desk", "teller_1", "teller_2", "teller_3",
                   "back_office_1", "advisor_1"},
        "after": {"smart_ticket_machine", "lobby_manager", "kiosk_1", "kiosk_2", "teller_1",
                  "teller_2", "teller_3", "back_office_1", "advisor_1"},
    }
    for period, name, prefix in (("before", gen.BANK_BEFORE_FILE, "B"),
                                 ("after", gen.BANK_AFTER_FILE, "A")):
        raw = pd.read_csv(DATA / name, dtype=str)
        assert list(raw.columns) == BANK_COLUMNS
        assert 2000 <= len(raw) <= 4000
        assert raw["start"].str.fullmatch(STAMP).all() and raw["end"].str.fullmatch(STAMP).all()
        log = bank_logs[period]
        assert sorted(log["case"].unique()) == [f"{prefix}{i:04d}" for i in range(1, 601)]
        assert set(log["activity"]) <= activities
        assert not log["activity"].str.contains("wait", case=False).any()
        assert set(log["resource"]) == resources[period]
        assert log.groupby("case")["service"].nunique().eq(1).all()
        first = log.groupby("case").first()
        assert (first["activity"] == "Take ticket").all()
        # working days of one fortnight, inside opening hours, no overlap within a case
        days = log["start"].dt.normalize().unique()
        assert len(days) == 10 and (pd.DatetimeIndex(days).day_of_week < 5).all()
        assert pd.Timestamp(days.min()).date() == gen.BANK_DAYS[period]
        assert (log["start"].dt.hour >= 9).all()
        assert (log["end"].dt.time <= pd.Timestamp("17:00").time()).all()
        assert (first["start"].dt.time < pd.Timestamp("16:00").time()).all()
        assert (log["end"] > log["start"]).all()
        nxt = log.groupby("case")["start"].shift(-1)
        assert not (nxt < log["end"]).any()
        # case ids follow the arrival order
        assert first["start"].is_monotonic_increasing
    services = {p: bank_logs[p].groupby("case")["service"].first().value_counts()
                for p in bank_logs}
    assert services["before"].to_dict() == services["after"].to_dict()  # the same demand
    assert set(services["before"].index) == set(gen.BANK_SERVICES)


def test_bank_redesign_effects(bank_logs: dict[str, pd.DataFrame]) -> None:
    from svcx_helpers import process

    before, after = bank_logs["before"], bank_logs["after"]
    table = process.compare(before, after)
    assert -45 <= table.loc["waiting_time_mean", "change_pct"] <= -35  # seed case: −40 %
    assert table.loc["lead_time_mean", "change_pct"] < -20
    assert table.loc["touch_time_mean", "change_pct"] < -15
    assert table.loc["rework_rate", "after"] * 3 < table.loc["rework_rate", "before"]
    assert table.loc["handoffs_per_case", "change"] < -0.4

    def teller_minutes(log: pd.DataFrame) -> float:
        counter = log[log["resource"].str.startswith("teller_")]
        return (counter["end"] - counter["start"]).sum() / pd.Timedelta(minutes=1)

    per_customer = {p: teller_minutes(bank_logs[p]) / 600 for p in bank_logs}
    change = per_customer["after"] / per_customer["before"] - 1
    assert -0.25 <= change <= -0.15  # teller touch time per customer about −20 %
    assert 0.20 <= 1 / (1 + change) - 1 <= 0.30  # customers per teller hour: seed case +25 %

    def by_service(log: pd.DataFrame) -> pd.DataFrame:
        cases = process.metrics(log).cases
        return cases.groupby(log.groupby("case")["service"].first())[
            ["handoffs", "rework", "waiting_time"]].mean()

    b, a = by_service(before), by_service(after)
    assert a.loc["account_opening", "handoffs"] <= b.loc["account_opening", "handoffs"] - 1.5
    assert b.loc["account_opening", "rework"] > 0.4 and a.loc["account_opening", "rework"] < 0.2
    assert a.loc["loan_enquiry", "waiting_time"] < b.loc["loan_enquiry", "waiting_time"] / 2
    # the redesigned routes: routine cash at a kiosk, loan enquiries straight to the advisor,
    # far fewer back-office approvals
    kiosk = after[after["resource"].str.startswith("kiosk")]
    assert set(kiosk["activity"]) == {"Process transaction"}
    share = kiosk["case"].nunique() / (after.groupby("case")["service"].first() == "cash").sum()
    assert 0.2 <= share <= 0.4
    loans = after[after["service"] == "loan_enquiry"]
    assert set(loans["activity"]) == {"Take ticket", "Loan consultation"}
    approvals = {p: (bank_logs[p]["activity"] == "Back-office approval").sum()
                 for p in bank_logs}
    assert approvals["after"] * 3 < approvals["before"]
    variants = process.variants(after)
    assert variants["variant"].iloc[0].startswith("Take ticket → Identify customer")


# --------------------------------------------------------------------------------------
# Internal customers, complaints and service recovery, hotline demand (issue 8)
# --------------------------------------------------------------------------------------
CUSTOMER_FILES = (gen.INTERNAL_FILE, gen.COMPLAINTS_FILE, gen.BASELINE_FILE, gen.HOTLINE_FILE)
REQUEST_COLUMNS = ["request_id", "created", "requester", "supplier", "request_type",
                   "target_hours", "resolved", "satisfaction"]
COMPLAINT_COLUMNS = ["complaint_id", "received", "channel", "category", "severity",
                     "first_response", "resolved", "compensation", "compensation_value",
                     "satisfaction_after", "repurchase"]
HOTLINE_COLUMNS = ["date", "weekday", "interval", "arrivals", "aht_seconds"]
LEVEL = {"none": 0, "apology_gift": 1, "fee_refund": 2, "credit_voucher": 2,
         "full_refund": 3, "low": 1, "medium": 2, "high": 3}


@pytest.fixture(scope="module")
def requests_log() -> pd.DataFrame:
    """The internal requests with parsed times, ``ratio`` = turnaround / target (wall
    clock) and ``on_time`` (NaN while open)."""
    df = pd.read_csv(DATA / gen.INTERNAL_FILE, encoding="utf-8")
    for col in ("created", "resolved"):
        df[col] = pd.to_datetime(df[col], format="%Y-%m-%d %H:%M:%S")
    hours = (df["resolved"] - df["created"]) / pd.Timedelta(hours=1)
    df["ratio"] = hours / df["target_hours"]
    df["on_time"] = (df["ratio"] <= 1).where(df["resolved"].notna())
    return df


@pytest.fixture(scope="module")
def complaints() -> pd.DataFrame:
    """The complaint log with parsed times and the recovery groups of the data card:
    ``fast`` (first response ≤ 2 h and resolved ≤ 48 h after receipt) and ``fit``
    (compensation level − severity level)."""
    df = pd.read_csv(DATA / gen.COMPLAINTS_FILE, encoding="utf-8")
    for col in ("received", "first_response", "resolved"):
        df[col] = pd.to_datetime(df[col], format="%Y-%m-%d %H:%M:%S")
    response = (df["first_response"] - df["received"]) / pd.Timedelta(hours=1)
    resolution = (df["resolved"] - df["received"]) / pd.Timedelta(hours=1)
    df["fast"] = (response <= 2) & (resolution <= 48)
    df["fit"] = df["compensation"].map(LEVEL) - df["severity"].map(LEVEL)
    df["group"] = np.select([df["resolved"].isna(), ~df["fast"], df["fit"] < 0],
                            ["unresolved", "slow", "under"], "good")
    return df


@pytest.fixture(scope="module")
def baseline() -> pd.DataFrame:
    return pd.read_csv(DATA / gen.BASELINE_FILE, encoding="utf-8")


@pytest.fixture(scope="module")
def hotline() -> pd.DataFrame:
    return pd.read_csv(DATA / gen.HOTLINE_FILE, encoding="utf-8")


def test_customer_files_equal_a_fresh_generation(tmp_path: Path) -> None:
    paths = gen.write_customers(tmp_path)
    assert [p.name for p in paths] == list(CUSTOMER_FILES)
    for path in paths:
        assert path.read_bytes() == (DATA / path.name).read_bytes(), path.name


def test_customer_generators_are_seeded() -> None:
    for make in (gen.generate_internal_requests, gen.generate_complaints,
                 gen.generate_complaint_baseline, gen.generate_hotline_arrivals):
        first = make()
        pd.testing.assert_frame_equal(first, make())
        assert not make(seed=7).equals(first), make.__name__


def test_internal_requests_shape_and_ranges(requests_log: pd.DataFrame) -> None:
    raw = pd.read_csv(DATA / gen.INTERNAL_FILE, dtype=str, keep_default_na=False)
    assert list(raw.columns) == REQUEST_COLUMNS and len(raw) == gen.IR_N == 3000
    assert raw["request_id"].tolist() == [f"R{i:05d}" for i in range(1, 3001)]
    assert raw["created"].str.fullmatch(STAMP).all()
    assert (raw["resolved"].str.fullmatch(STAMP) | (raw["resolved"] == "")).all()
    df = requests_log
    assert df["created"].is_monotonic_increasing and df["created"].is_unique
    assert df["created"].min() >= pd.Timestamp("2026-01-01")
    assert df["created"].max() < pd.Timestamp("2026-07-01")
    assert (df["created"].dt.day_of_week < 5).all()  # requests are made on working days
    done = df["resolved"].notna()
    assert (df.loc[done, "resolved"] > df.loc[done, "created"]).all()
    assert (df.loc[done, "resolved"] < pd.Timestamp(gen.IR_EXTRACT)).all()
    closed = df.loc[done, "resolved"]  # suppliers close requests in office hours
    tod = closed.dt.hour * 60 + closed.dt.minute
    assert (closed.dt.day_of_week < 5).all() and tod.between(510, 1109).all()
    assert set(df["requester"]) == set(gen.IR_DEPARTMENTS)
    assert set(df["supplier"]) == {"it", "hr", "finance", "procurement", "legal", "operations"}
    assert (df["requester"] != df["supplier"]).all()
    types = {k: (sup, target) for k, (sup, target, _) in gen.IR_TYPES.items()}
    assert set(df["request_type"]) == set(types)
    pairs = df[["request_type", "supplier", "target_hours"]].drop_duplicates()
    assert all(types[k] == (s, h) for k, s, h in pairs.itertuples(index=False))
    assert 0.005 <= 1 - done.mean() <= 0.02  # ~1 % still open
    assert 0.30 <= df["satisfaction"].isna().mean() <= 0.40  # ~35 % not rated
    assert df.loc[~done, "satisfaction"].isna().all()
    assert set(df["satisfaction"].dropna().astype(int)) == {1, 2, 3, 4, 5}


def test_internal_network(requests_log: pd.DataFrame) -> None:
    counts = requests_log.groupby(["requester", "supplier"]).size()
    assert len(counts) == 32  # of 9 × 8 = 72 possible links: not everybody asks everybody
    served = requests_log.groupby("supplier")["requester"].nunique()
    assert served["it"] == served["finance"] == 8  # IT and finance serve every department
    assert served["procurement"] == served["operations"] == 3 and served["legal"] == 4
    weak = gen.IR_PLANTED["weak_link"]
    assert weak in counts.nlargest(3).index  # the weak link carries a lot of requests
    asks = requests_log.groupby("requester")["supplier"].nunique()
    assert asks.min() >= 2 and asks.max() <= 5


def _link_table(df: pd.DataFrame) -> pd.DataFrame:
    return df.groupby(["requester", "supplier"]).agg(
        requests=("request_id", "size"), on_time=("on_time", "mean"),
        p50=("ratio", "median"), satisfaction=("satisfaction", "mean"))


def test_internal_weak_and_strong_links(requests_log: pd.DataFrame) -> None:
    df = requests_log
    links = _link_table(df)
    big = links[links["requests"] >= 30]
    weak, strong = gen.IR_PLANTED["weak_link"], gen.IR_PLANTED["strong_link"]
    # the weak link: far beyond target and the least satisfied internal customers
    assert links.loc[weak, "on_time"] <= 0.25 and links.loc[weak, "p50"] >= 1.5
    assert links.loc[weak, "satisfaction"] <= 3.0
    assert big["satisfaction"].idxmin() == weak and big["on_time"].idxmin() == weak
    assert big.drop(weak)["satisfaction"].min() - links.loc[weak, "satisfaction"] >= 1.0
    # ... but procurement serves its other customers well: the problem is the link
    others = links.xs("procurement", level="supplier").drop(weak[0])
    assert (others["on_time"] >= 0.9).all() and (others["satisfaction"] >= 3.8).all()
    # the strong link: nearly always on time and the most satisfied customers
    assert links.loc[strong, "on_time"] >= 0.97 and links.loc[strong, "p50"] <= 0.2
    assert big["satisfaction"].idxmax() == strong
    assert links.loc[strong, "satisfaction"] - df["satisfaction"].mean() >= 0.4


def test_legal_is_slow_but_its_customers_accept_it(requests_log: pd.DataFrame) -> None:
    df = requests_log
    legal = df["supplier"] == gen.IR_PLANTED["managed_expectations"]
    assert 0.45 <= df.loc[legal, "on_time"].mean() <= 0.70  # often beyond the SLA ...
    assert df.loc[~legal, "on_time"].mean() >= 0.80
    # ... yet rated like the company average, because the date was agreed up front
    assert df.loc[legal, "satisfaction"].mean() >= df["satisfaction"].mean() - 0.1
    late = df["on_time"] == 0
    gap = (df.loc[late & legal, "satisfaction"].mean()
           - df.loc[late & ~legal, "satisfaction"].mean())
    assert gap >= 1.0
    links = _link_table(df)
    by_time = links[links["requests"] >= 30].sort_values("on_time")
    assert set(by_time.index[1:4]) == {(r, "legal") for r in ("sales", "marketing",
                                                              "procurement")}


def test_internal_satisfaction_falls_with_lateness(requests_log: pd.DataFrame) -> None:
    df = requests_log[requests_log["supplier"] != "legal"]
    bands = pd.cut(df["ratio"], [0, 1, 1.5, 2, np.inf])
    means = df["satisfaction"].groupby(bands, observed=True).mean()
    assert means.is_monotonic_decreasing and len(means) == 4
    assert means.iloc[0] - means.iloc[-1] >= 1.8
    on_time = df["satisfaction"].groupby(df["on_time"]).mean()
    assert on_time[True] - on_time[False] >= 1.2


def test_complaints_shape_and_ranges(complaints: pd.DataFrame, baseline: pd.DataFrame
                                     ) -> None:
    raw = pd.read_csv(DATA / gen.COMPLAINTS_FILE, dtype=str, keep_default_na=False)
    assert list(raw.columns) == COMPLAINT_COLUMNS and len(raw) == 2500
    assert raw["complaint_id"].tolist() == [f"C{i:05d}" for i in range(1, 2501)]
    for col in ("received", "first_response"):
        assert raw[col].str.fullmatch(STAMP).all()
    assert (raw["resolved"].str.fullmatch(STAMP) | (raw["resolved"] == "")).all()
    df = complaints
    assert df["received"].is_monotonic_increasing and df["received"].is_unique
    assert df["received"].min() >= pd.Timestamp("2025-07-01")
    assert df["received"].max() < pd.Timestamp("2026-07-01")
    assert (df["first_response"] > df["received"]).all()
    done = df["resolved"].notna()
    assert (df.loc[done, "resolved"] > df.loc[done, "first_response"]).all()
    for col in ("first_response", "resolved"):  # the complaint centre works 08:00–22:00
        assert df[col].dropna().dt.hour.between(8, 21).all()
    assert set(df["channel"]) == {"phone", "email", "app", "branch", "social_media"}
    assert set(df["category"]) == set(gen.CP_CATEGORIES) and len(gen.CP_CATEGORIES) == 10
    assert set(df["compensation"]) == {"none", "apology_gift", "fee_refund",
                                       "credit_voucher", "full_refund"}
    value = df["compensation_value"]
    assert value.dtype.kind == "i" and ((value == 0) == (df["compensation"] == "none")).all()
    for comp, (low, high) in {"apology_gift": (30, 80), "credit_voucher": (50, 200),
                              "fee_refund": (5, 1000), "full_refund": (50, 5000)}.items():
        assert value[df["compensation"] == comp].between(low, high).all(), comp
    assert (df.loc[~done, "compensation"] == "none").all()
    assert 0.01 <= 1 - done.mean() <= 0.03  # ~2 % unresolved
    assert 0.15 <= df["satisfaction_after"].isna().mean() <= 0.25  # ~20 % not asked
    assert 0.03 <= df["repurchase"].isna().mean() <= 0.07  # ~5 % unknown
    assert set(df["satisfaction_after"].dropna().astype(int)) == {1, 2, 3, 4, 5}
    assert set(df["repurchase"].dropna().astype(int)) == {0, 1}
    assert list(baseline.columns) == ["customer_id", "satisfaction", "repurchase"]
    assert baseline["customer_id"].tolist() == [f"N{i:05d}" for i in range(1, 3001)]
    assert set(baseline["satisfaction"]) == {1, 2, 3, 4, 5}
    assert set(baseline["repurchase"]) == {0, 1} and not baseline.isna().any().any()


def test_complaints_pareto_and_severity(complaints: pd.DataFrame) -> None:
    share = complaints["category"].value_counts(normalize=True)
    assert tuple(share.index[:3]) == gen.CP_PLANTED["vital_few"]
    assert 0.70 <= share.iloc[:3].sum() <= 0.82  # the vital few: ~80 %
    assert share.iloc[3] < 0.06  # then a long flat tail
    severity = complaints["severity"].value_counts(normalize=True)
    assert severity["low"] > severity["medium"] > severity["high"]
    assert 0.08 <= severity["high"] <= 0.16
    high = complaints.groupby("category")["severity"].apply(lambda s: (s == "high").mean())
    assert high.idxmax() == "privacy" and high["long_wait"] < 0.06


def test_complaints_monthly_pattern(complaints: pd.DataFrame) -> None:
    month = complaints["received"].dt.strftime("%Y-%m")
    per_month = month.value_counts()
    assert per_month.idxmax() == gen.CP_PLANTED["outage_month"]
    outage = month[complaints["category"] == "app_outage"].value_counts()
    assert outage.iloc[0] >= 2.5 * outage.median() and outage.index[0] == "2025-11"
    waits = month[complaints["category"] == "long_wait"].value_counts()
    peak = list(gen.CP_PLANTED["long_wait_months"])
    assert set(waits.index[:2]) == set(peak)
    assert waits[peak].min() >= 1.6 * waits.drop(peak).median()
    assert per_month.drop(["2025-11", *peak]).max() < per_month[peak].min()


def test_complaints_recovery_paradox(complaints: pd.DataFrame,
                                     baseline: pd.DataFrame) -> None:
    df = complaints
    sat, rep = df.groupby("group")["satisfaction_after"].mean(), \
        df.groupby("group")["repurchase"].mean()
    base_sat, base_rep = baseline["satisfaction"].mean(), baseline["repurchase"].mean()
    assert 0.33 <= (df["group"] == "good").mean() <= 0.45  # about four in ten
    # good recoveries: slightly ABOVE the customers who never complained
    assert 0.1 <= sat["good"] - base_sat <= 0.5
    assert 0.01 <= rep["good"] - base_rep <= 0.08
    # slow or under-compensated: far below; unresolved: lowest
    for group in ("slow", "under"):
        assert sat[group] <= base_sat - 0.8 and rep[group] <= base_rep - 0.15, group
    assert sat.idxmin() == "unresolved"
    # the paradox needs both: fast but under-compensated is no better than slow
    assert sat["under"] < sat["good"] - 1.0
    # over-compensation adds little beyond a matched one
    good = df[df["group"] == "good"]
    by_fit = good.groupby(good["fit"] > 0)[["satisfaction_after", "repurchase"]].mean()
    assert abs(by_fit.loc[True, "satisfaction_after"] - by_fit.loc[False, "satisfaction_after"]
               ) < 0.2
    assert abs(by_fit.loc[True, "repurchase"] - by_fit.loc[False, "repurchase"]) < 0.05


def test_hotline_shape_and_ranges(hotline: pd.DataFrame) -> None:
    assert list(hotline.columns) == HOTLINE_COLUMNS and len(hotline) == 20 * 24 + 8 * 18
    dates = pd.to_datetime(hotline["date"], format="%Y-%m-%d")
    assert dates.dt.strftime("%a").tolist() == hotline["weekday"].tolist()
    assert sorted(hotline["date"].unique()) == [
        d.strftime("%Y-%m-%d") for d in pd.date_range("2026-03-02", periods=28)]
    slots = [f"{h:02d}:{m:02d}" for h in range(8, 20) for m in (0, 30)]
    weekend = hotline["weekday"].isin(["Sat", "Sun"])
    for day, part in hotline.groupby("date"):
        expected = slots[2:20] if part["weekday"].iloc[0] in ("Sat", "Sun") else slots
        assert part["interval"].tolist() == expected, day
    assert hotline["arrivals"].dtype.kind == "i" and (hotline["arrivals"] >= 0).all()
    assert hotline["aht_seconds"].between(230, 340).all()
    assert hotline.loc[weekend, "arrivals"].mean() < 0.5 * hotline.loc[~weekend,
                                                                         "arrivals"].mean()


def test_hotline_planted_pattern(hotline: pd.DataFrame) -> None:
    salary = hotline["date"] == gen.HL_SALARY_DAY[0].isoformat()
    weekdays = hotline[~hotline["weekday"].isin(["Sat", "Sun"]) & ~salary]
    profile = weekdays.groupby("interval")["arrivals"].mean()
    assert profile.idxmax() in ("09:30", "10:00", "10:30")  # the morning peak
    afternoon = profile["13:30":"16:30"]
    assert afternoon.idxmax() in ("14:00", "14:30", "15:00", "15:30")  # a smaller 2nd peak
    lunch = profile["12:00":"13:00"].min()
    assert lunch < 0.7 * profile.max() and lunch < 0.8 * afternoon.max()
    assert afternoon.max() < 0.9 * profile.max()
    per_day = weekdays.groupby(["date", "weekday"])["arrivals"].sum().groupby("weekday").mean()
    assert 1.15 <= per_day["Mon"] / per_day[["Wed", "Thu"]].mean() <= 1.35  # Monday +25 %
    daily = hotline.groupby("date")["arrivals"].sum()
    payday = gen.HL_SALARY_DAY[0].isoformat()
    tuesdays = daily[pd.to_datetime(daily.index).day_of_week == 1].drop(payday)
    assert daily.idxmax() == payday and len(tuesdays) == 3
    assert 1.3 <= daily[payday] / tuesdays.mean() <= 1.5  # salary day +40 %
    # Poisson noise: the same weekday and half hour varies across the (other) weeks about
    # as much as a Poisson count does (variance ≈ mean, on average over the 120 cells)
    cells = weekdays.groupby(["weekday", "interval"])["arrivals"]
    assert 0.75 <= (cells.var() / cells.mean()).mean() <= 1.25
    morning = hotline["interval"] < "12:00"
    gap = (hotline.loc[morning, "aht_seconds"].mean()
           - hotline.loc[~morning, "aht_seconds"].mean())
    assert 15 <= gap <= 45  # calls take a little longer in the morning


def test_hotline_needs_tens_of_agents(hotline: pd.DataFrame) -> None:
    from svcx_helpers import queueing

    plans = {}
    for day in ("Mon", "Wed"):
        part = hotline[(hotline["weekday"] == day)].groupby("interval")[
            ["arrivals", "aht_seconds"]].mean()
        plans[day] = queueing.staffing_plan(part["arrivals"], 30, part["aht_seconds"].mean(),
                                            target_time=20, target_level=0.8)
    peak = {day: plan["agents"].max() for day, plan in plans.items()}
    assert 17 <= plans["Wed"]["traffic"].max() <= 25 and 20 <= peak["Wed"] <= 30
    assert peak["Mon"] >= peak["Wed"] + 4 and peak["Mon"] <= 40
    assert plans["Wed"]["agents"].idxmax() in ("09:30", "10:00", "10:30")
    assert plans["Wed"]["agents"].min() <= 10  # and few in the evening


def test_library_finds_the_planted_effects(complaints: pd.DataFrame,
                                           baseline: pd.DataFrame) -> None:
    """svcx_helpers.internal and .recovery on the raw files give the data card's answers."""
    from svcx_helpers import internal, recovery

    raw = pd.read_csv(DATA / gen.INTERNAL_FILE, encoding="utf-8")
    weak, strong = gen.IR_PLANTED["weak_link"], gen.IR_PLANTED["strong_link"]
    assert internal.weakest_links(raw, n=1).index[0] == weak
    slow = internal.weakest_links(raw, n=4, by="on_time").index
    assert slow[0] == weak and all(s == "legal" for _, s in slow[1:])
    assert "legal" not in internal.weakest_links(raw, by="both").index.get_level_values(1)
    table = internal.links(raw)
    assert table.loc[table["requests"] >= 30, "satisfaction_mean"].idxmax() == strong
    log = pd.read_csv(DATA / gen.COMPLAINTS_FILE, encoding="utf-8")
    pareto = recovery.pareto(log)
    assert tuple(pareto.index[pareto["vital_few"]]) == gen.CP_PLANTED["vital_few"]
    table = recovery.paradox(log, baseline)
    assert table.loc["good", "vs_baseline"] > 0
    assert table.loc["good", "satisfaction_mean"] > table.loc["no complaint",
                                                              "satisfaction_mean"]
    assert (table.loc[["under-compensated", "slow", "unresolved"], "vs_baseline"] < -0.15).all()
    quality = recovery.recovery_quality(log)
    mine = complaints["group"].replace({"under": "under-compensated"})
    assert (quality == mine).all()  # the data card's groups are the library's


# --------------------------------------------------------------------------------------
# Government service window (issue 9, the capstone's alternative track): the hall's KANO
# survey, its SERVQUAL survey and its queue-ticket log
# --------------------------------------------------------------------------------------
GOV_FILES = (gen.GOV_KANO_FILE, gen.GOV_KANO_ATTRIBUTES_FILE, gen.GOV_SERVQUAL_FILE,
             gen.GOV_VISITS_FILE)
GOV_KANO_COLUMNS = ["respondent", "segment", "age_group", "attribute", "functional",
                    "dysfunctional", "importance"]
VISIT_COLUMNS = ["visit_id", "matter", "arrived", "called", "service_end", "window",
                 "outcome", "satisfaction"]
GOV_MATTER_NAMES = {"business licence", "social insurance", "housing fund",
                    "residence permit"}
CUT = pd.Timestamp(gen.GV_CUT)


@pytest.fixture(scope="module")
def gov_kano() -> pd.DataFrame:
    return pd.read_csv(DATA / gen.GOV_KANO_FILE, encoding="utf-8")


@pytest.fixture(scope="module")
def gov_servqual() -> pd.DataFrame:
    return pd.read_csv(DATA / gen.GOV_SERVQUAL_FILE, encoding="utf-8")


@pytest.fixture(scope="module")
def visits() -> pd.DataFrame:
    """The visit log with parsed times, ``wait`` and ``service`` in minutes, ``date``,
    ``week`` (1 = the week of Monday 2 March) and ``slot`` (start of the half hour)."""
    df = pd.read_csv(DATA / gen.GOV_VISITS_FILE, encoding="utf-8")
    for col in ("arrived", "called", "service_end"):
        df[col] = pd.to_datetime(df[col], format="%Y-%m-%d %H:%M:%S")
    df["wait"] = (df["called"] - df["arrived"]).dt.total_seconds() / 60
    df["service"] = (df["service_end"] - df["called"]).dt.total_seconds() / 60
    df["date"] = df["arrived"].dt.normalize()
    df["week"] = (df["date"] - pd.Timestamp(gen.GV_START)).dt.days // 7 + 1
    df["slot"] = df["arrived"].dt.floor("30min").dt.strftime("%H:%M")
    return df


def _weekly_waits(visits: pd.DataFrame) -> pd.DataFrame:
    """Per week: visits, visits that waited more than 20 minutes, mean wait (minutes)."""
    limit = gen.GV_PLANTED["wait_limit_minutes"]
    return visits.groupby("week").agg(n=("wait", "size"),
                                      over=("wait", lambda w: int((w > limit).sum())),
                                      mean_wait=("wait", "mean"))


def test_government_files_equal_a_fresh_generation(tmp_path: Path,
                                                   fresh: tuple[Path, list[Path]]) -> None:
    paths = gen.write_government(tmp_path)
    assert [p.name for p in paths] == list(GOV_FILES)
    assert set(GOV_FILES) <= {p.name for p in fresh[1]}
    for path in paths:
        committed = (DATA / path.name).read_bytes()
        assert path.read_bytes() == committed, f"data/{path.name} is stale"
        assert b"\r" not in committed


def test_government_generators_are_seeded_and_independent() -> None:
    kano_before = gen.generate_kano_it_service_desk()
    bank_before = gen.generate_servqual_bank()
    for make in (gen.generate_kano_government_window, gen.generate_servqual_government_window,
                 gen.generate_government_window_visits):
        first = make()
        pd.testing.assert_frame_equal(first, make())
        assert not make(seed=7).equals(first), make.__name__
    # their own streams: the older files do not move
    pd.testing.assert_frame_equal(kano_before, gen.generate_kano_it_service_desk())
    pd.testing.assert_frame_equal(bank_before, gen.generate_servqual_bank())


def test_government_kano_shape_and_ranges(gov_kano: pd.DataFrame) -> None:
    df = gov_kano
    assert list(df.columns) == GOV_KANO_COLUMNS and df.shape == (320 * 10, 7)
    assert list(pd.unique(df["respondent"])) == [f"G{i:03d}" for i in range(1, 321)]
    assert df.groupby("respondent")["attribute"].nunique().eq(10).all()
    assert df.groupby("respondent")[["segment", "age_group"]].nunique().eq(1).all().all()
    people = df.drop_duplicates("respondent")
    cells = people.groupby(["segment", "age_group"]).size().to_dict()
    assert cells == gen.GK_RESPONDENTS
    assert set(df["attribute"]) == set(gen.GK_PLANTED) and len(gen.GK_PLANTED) == 10
    for col in ("functional", "dysfunctional"):
        assert df[col].dtype.kind == "i" and df[col].between(1, 5).all()
    present = df["importance"].dropna()
    assert set(present.astype(int)) == set(range(1, 10))
    assert 0.005 <= df["importance"].isna().mean() <= 0.015
    assert df[GOV_KANO_COLUMNS[:-1]].notna().all().all()
    # the attribute file has the columns of the IT desk's, in questionnaire order
    attrs = pd.read_csv(DATA / gen.GOV_KANO_ATTRIBUTES_FILE, encoding="utf-8")
    it_attrs = pd.read_csv(DATA / gen.ATTRIBUTES_FILE, encoding="utf-8")
    assert list(attrs.columns) == list(it_attrs.columns)
    assert list(attrs["attribute"]) == list(pd.unique(df["attribute"]))
    row = attrs.set_index("attribute").loc["one_visit"]
    assert row["functional_question_zh"] == "如果服务具备“最多跑一次”，您的感受是？"
    assert attrs.set_index("attribute").loc["one_window", "label_zh"] == "一窗受理"
    assert not any(re.search(r"categ|kano|planted|类别|类型", c) for c in attrs.columns)


def test_government_kano_planted_categories(gov_kano: pd.DataFrame) -> None:
    ev = kano.evaluate(kano.count(gov_kano))
    assert ev["category"].to_dict() == gen.GK_PLANTED
    assert (ev["category_strength"] >= 0.08).all() and ev["fong_significant"].all()
    # the Better-Worse diagram (split at 0.5) puts every attribute in its category
    quadrant = [kano.better_worse_quadrant(b, w) for b, w in zip(ev["better"], ev["worse"],
                                                                  strict=True)]
    assert quadrant == ev["category"].tolist()
    # one_window: one-dimensional, and its absence dissatisfies most of all
    key = gen.GK_HIGH_WORSE
    assert ev.loc[key, "category"] == "O" and ev["worse"].idxmin() == key
    assert ev.loc[key, "worse"] <= -0.8
    assert ev.loc[["document_list", "clean_hall"], "worse"].max() <= -0.6
    assert ev.loc[["document_list", "clean_hall"], "better"].max() < 0.35
    attractive = ev[ev["category"] == "A"]
    assert (attractive["better"] >= 0.55).all() and (attractive["worse"] > -0.3).all()
    # the categories come from fixed urns: another seed gives the same ones
    other = gen.generate_kano_government_window(seed=3)
    assert kano.evaluate(kano.count(other))["category"].to_dict() == gen.GK_PLANTED


def test_government_kano_kiosk_by_age(gov_kano: pd.DataFrame) -> None:
    effect = gen.GK_SEGMENT_EFFECT
    by_age = kano.evaluate(kano.count(gov_kano, by=effect["by"]))
    kiosk = by_age.xs(effect["attribute"], level="attribute")
    assert kiosk["category"].to_dict() == effect["category"]
    old = kiosk.loc["60+"]
    assert old["R"] / old["n"] >= 0.3 and old["R"] > max(old["A"], old["O"], old["M"])
    assert kiosk.loc["18-34", "better"] - old["better"] >= 0.4
    assert kiosk.loc["18-34", "fong_significant"]
    # no other attribute differs by age group, and segment has no planted effect
    others = by_age.drop(index=effect["attribute"], level="attribute")
    assert (others["category"] == others.index.get_level_values("attribute").map(
        gen.GK_PLANTED)).all()
    by_segment = kano.evaluate(kano.count(gov_kano, by="segment"))
    assert (by_segment["category"] == by_segment.index.get_level_values("attribute").map(
        gen.GK_PLANTED)).all()


def test_government_servqual_shape_and_ranges(gov_servqual: pd.DataFrame,
                                              bank: pd.DataFrame) -> None:
    df = gov_servqual
    bank_cols = list(bank.columns)
    assert list(df.columns) == ["respondent", "matter", *bank_cols[3:]]
    assert len(df) == 300 and df["respondent"].tolist() == [f"U{i:03d}" for i in
                                                             range(1, 301)]
    assert df["matter"].value_counts().to_dict() == gen.GQ_MATTERS
    assert set(gen.GQ_MATTERS) == GOV_MATTER_NAMES
    items = [f"{b}{i}" for b in "EP" for i in range(1, 23)]
    present = pd.Series(df[items].to_numpy(dtype=float).ravel()).dropna()
    assert present.between(1, 7).all() and (present == present.round()).all()
    assert 10 <= int(df[items].isna().sum().sum()) <= gen.GQ_MISSING_CELLS
    weights = df[[c for c in df.columns if c.startswith("importance_")]]
    assert (weights.sum(axis=1) == 100).all() and (weights % 5 == 0).all().all()


def test_government_servqual_planted_gaps(gov_servqual: pd.DataFrame) -> None:
    from svcx_helpers import servqual

    gaps = servqual.dimension_gaps(gov_servqual)
    assert gaps.notna().all().all()
    summary = servqual.dimension_summary(gaps)
    order = summary["mean"].sort_values()
    assert tuple(order.index[:2]) == gen.GQ_PLANTED["weakest"]  # responsiveness, reliability
    assert order.index[-1] == gen.GQ_PLANTED["smallest_gap"]
    # the ranking is clear: confidence intervals do not overlap
    ci = summary[["ci_low", "ci_high"]]
    assert ci.loc["Responsiveness", "ci_high"] < ci.loc["Reliability", "ci_low"]
    assert ci.loc["Reliability", "ci_high"] < ci.drop(["Responsiveness",
                                                       "Reliability"])["ci_low"].min()
    assert summary.loc["Responsiveness", "mean"] <= -1.3
    assert abs(summary.loc["Tangibles", "mean"]) < 0.3  # the new hall meets expectations
    item = servqual.item_gaps(gov_servqual).mean()
    assert item.idxmin() == 11  # prompt service
    assert item[[5, 6, 7, 8, 9]].idxmin() == 7 and 7 in item.nsmallest(3).index  # right first time
    by_matter = gaps.groupby(gov_servqual["matter"]).mean()
    assert by_matter["Reliability"].idxmin() == gen.GQ_PLANTED["reliability_worst_matter"]
    assert (servqual.reliability(gov_servqual, "P")["alpha"] >= 0.7).all()


def test_visits_shape_and_ranges(visits: pd.DataFrame) -> None:
    raw = pd.read_csv(DATA / gen.GOV_VISITS_FILE, dtype=str, keep_default_na=False)
    assert list(raw.columns) == VISIT_COLUMNS and 6000 <= len(raw) <= 9000
    assert raw["visit_id"].tolist() == [f"V{i:05d}" for i in range(1, len(raw) + 1)]
    for col in ("arrived", "called", "service_end"):
        assert raw[col].str.fullmatch(STAMP).all()
    df = visits
    assert df["arrived"].is_monotonic_increasing and df["arrived"].is_unique
    assert (df["called"] >= df["arrived"]).all() and (df["service_end"] > df["called"]).all()
    days = pd.DatetimeIndex(sorted(df["date"].unique()))
    assert len(days) == 60 and (days.day_of_week < 5).all()
    assert days[0] == pd.Timestamp("2026-03-02") and days[-1] == pd.Timestamp("2026-05-22")
    tod = df["arrived"].dt.hour * 60 + df["arrived"].dt.minute
    assert (tod.between(540, 719) | tod.between(810, 1019)).all()  # 09–12, 13:30–17
    assert (df["service_end"].dt.normalize() == df["date"]).all()
    assert set(df["matter"]) == GOV_MATTER_NAMES
    assert set(df["window"]) == set(gen.GV_WINDOWS) == {f"W{i}" for i in range(1, 9)}
    assert set(df["outcome"]) == {"completed", "missing_documents", "referred"}
    assert set(df["satisfaction"].dropna().astype(int)) == {1, 2, 3, 4, 5}
    assert 0.25 <= df["satisfaction"].isna().mean() <= 0.35
    # a window serves one visitor at a time
    for _, part in df.sort_values("called").groupby(["date", "window"]):
        assert (part["called"].iloc[1:].to_numpy()
                >= part["service_end"].iloc[:-1].to_numpy()).all()


def test_visits_windows_open_per_day(visits: pd.DataFrame) -> None:
    month_end = {pd.Timestamp(d) for d in gen._gv_month_end(gen._gv_days())}
    open_ = visits.groupby("date")["window"].nunique()
    expected = [(gen.GV_OPEN[0] if d < CUT else gen.GV_OPEN[1]) + (d in month_end)
                for d in open_.index]
    assert open_.tolist() == expected  # 4 (5 at a month end), 3 (4) from the cut
    assert sorted(d.strftime("%m-%d") for d in month_end if d in open_.index) == [
        "03-27", "03-30", "03-31", "04-28", "04-29", "04-30"]


def test_visits_arrival_peaks(visits: pd.DataFrame) -> None:
    per = visits.groupby(["date", "slot"]).size().rename("k").reset_index()
    per["monday"] = per["date"].dt.day_of_week == 0
    early = per["slot"].isin(["09:00", "09:30", "10:00"])
    mon, other = per[early & per["monday"]]["k"].mean(), per[early & ~per["monday"]]["k"].mean()
    assert mon >= 1.5 * other  # Monday 09:00–10:30: the weekend's matters at once
    profile = per[~per["monday"]].groupby("slot")["k"].mean()
    assert profile.idxmax() == "09:00" and profile["16:30"] < 0.4 * profile["09:00"]
    daily = visits.groupby("date").size()
    month_end = [pd.Timestamp(d) for d in gen._gv_month_end(gen._gv_days())
                 if pd.Timestamp(d) in daily.index]
    ordinary = daily.drop(month_end)
    same_day = ordinary.groupby(ordinary.index.day_of_week).mean()
    ratio = pd.Series([daily[d] / same_day[d.day_of_week] for d in month_end])
    assert ratio.min() >= 1.15 and 1.25 <= ratio.mean() <= 1.5
    funds = visits["matter"].isin(["social insurance", "housing fund"])
    at_end = visits["date"].isin(month_end)
    assert funds[at_end].mean() - funds[~at_end].mean() >= 0.05


def test_visits_service_time_by_matter(visits: pd.DataFrame) -> None:
    done = visits[visits["outcome"] == "completed"]
    means = done.groupby("matter")["service"].mean()
    for matter, (_, planted, _) in gen.GV_MATTERS.items():
        assert abs(means[matter] - planted) <= 0.6, matter
    assert means.between(6, 14.5).all()
    assert means.idxmax() == gen.GV_PLANTED["slowest_matter"]
    assert list(means.sort_values().index) == ["residence permit", "social insurance",
                                               "housing fund", "business licence"]
    short = visits[visits["outcome"] != "completed"].groupby("matter")["service"].mean()
    assert (short < 0.6 * means).all()  # sent away: a short visit


def test_visits_missing_documents(visits: pd.DataFrame) -> None:
    first8 = visits[visits["week"] <= 8]
    share = (first8["outcome"] == "missing_documents").mean()
    assert 0.13 <= share <= 0.17
    by_matter = (visits["outcome"] == "missing_documents").groupby(visits["matter"]).mean()
    assert by_matter.idxmax() == gen.GV_PLANTED["most_missing"] and by_matter.max() >= 0.2
    referred = (visits["outcome"] == "referred").mean()
    assert 0.02 <= referred <= 0.05


def test_visits_satisfaction(visits: pd.DataFrame) -> None:
    rated = visits[visits["satisfaction"].notna()]
    bands = pd.cut(rated["wait"], [-1, 5, 10, 20, 30, 45, np.inf])
    means = rated["satisfaction"].groupby(bands, observed=True).mean()
    assert len(means) == 6 and means.is_monotonic_decreasing
    assert means.iloc[0] - means.iloc[-1] >= 2.0
    quick = rated[rated["wait"] <= 5]  # same (short) wait: missing documents still hurt
    by_outcome = quick.groupby("outcome")["satisfaction"].mean()
    assert by_outcome["completed"] - by_outcome["missing_documents"] >= 0.8
    assert by_outcome["completed"] > by_outcome["referred"] > by_outcome["missing_documents"]


def test_visits_staffing_cut_on_control_charts(visits: pd.DataFrame) -> None:
    from svcx_helpers import standards

    weeks = _weekly_waits(visits)
    cut = gen.GV_PLANTED["cut_week"]
    assert list(weeks.index) == list(range(1, 13)) and cut == 9
    assert pd.Timestamp(gen.GV_START) + pd.Timedelta(weeks=cut - 1) == CUT
    share = weeks["over"] / weeks["n"]
    assert share[weeks.index < cut].max() < share[weeks.index >= cut].min()
    assert share[weeks.index >= cut].mean() >= 2.5 * share[weeks.index < cut].mean()
    # p-chart with p̄ from weeks 1–8: week 9 or 10 is the first signal after the cut, and
    # every week from the cut on is above the upper limit
    chart = standards.p_chart(weeks["over"], weeks["n"], baseline=cut - 1)
    after = chart[chart.index >= cut]
    assert after.index[after["signal"]][0] in (9, 10)
    assert (after["p"] > after["ucl"]).all()
    # ... but waits come in clusters (a busy morning makes many long waits at once), so
    # the binomial limits are too narrow and some baseline weeks signal as well (the data
    # card's lesson: overdispersion; the XmR chart below does not have this problem)
    assert chart.loc[chart.index < cut, "signal"].any()
    # XmR chart of the weekly mean wait, limits from weeks 1–8: quiet before, signals after
    xmr = standards.xmr_chart(weeks["mean_wait"], baseline=cut - 1)
    assert not xmr.loc[xmr.index < cut, "signal"].any()
    first = xmr.index[(xmr.index >= cut) & xmr["signal"]][0]
    assert first in (9, 10)
    assert (xmr.loc[xmr.index >= cut, "x"] > xmr.loc[xmr.index >= cut, "upper"]).all()
    # an XmR chart of the weekly proportions copes with the overdispersion (data card)
    xmr_p = standards.xmr_chart(share, baseline=cut - 1)
    assert not xmr_p.loc[xmr_p.index < cut, "signal"].any()
    assert xmr_p.loc[xmr_p.index >= cut, "signal"].all()


def test_visits_staffing_plan(visits: pd.DataFrame) -> None:
    """Erlang C with the file's arrivals and AHT: Monday mornings need far more windows
    than the hall opens, afternoons about what it opens."""
    from svcx_helpers import queueing

    aht = visits["service"].mean() * 60  # seconds
    assert 420 <= aht <= 560
    plans = {}
    for day in (0, 2):  # Monday, Wednesday
        part = visits[visits["date"].dt.day_of_week == day]
        arrivals = part.groupby("slot").size() / part["date"].nunique()
        plans[day] = queueing.staffing_plan(arrivals, 30, aht, target_time=600,
                                            target_level=0.8)
    monday, wednesday = plans[0]["agents"], plans[2]["agents"]
    open_windows = gen.GV_OPEN[0]
    assert monday[["09:00", "09:30", "10:00"]].min() >= open_windows + 3
    assert monday.idxmax() == "09:00" and monday.max() > wednesday.max()
    assert monday["13:30":].max() <= open_windows + 1
    assert wednesday["13:30":].max() <= open_windows
    assert plans[0].loc["09:00", "traffic"] > open_windows  # more work than windows
