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
def test_committed_files_equal_a_fresh_generation(tmp_path: Path) -> None:
    paths = gen.write_all(tmp_path)
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


def test_servqual_files_equal_a_fresh_generation(tmp_path: Path) -> None:
    paths = gen.write_all(tmp_path)
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
