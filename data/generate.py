"""Generate the synthetic course dataset ``kano_it_service_desk`` (seeded, reproducible).

The data imitate a KANO survey that the internal IT service desk of a large technology
company sent to 240 employees: for each of 12 service attributes every respondent answered
the functional question ("if the service has …"), the dysfunctional question ("if the
service does not have …") and a 1–9 importance question. Nothing here comes from real
people; the category of every attribute is planted (see :data:`PLANTED`) so that the course
chapters have known answers. ``data/README.md`` is the data card.

Run ``python data/generate.py`` (from any directory) to (re)write, beside this script:

* ``kano_it_service_desk.csv`` — long format, one row per respondent × attribute (UTF-8);
* ``kano_it_service_desk_attributes.csv`` — the 12 attributes with English and Chinese
  labels and question wordings (UTF-8);
* ``kano_it_service_desk_wjx.csv`` — the same answers as a wide export in the style of
  a Chinese online survey tool (问卷星-like), encoded GB18030.

How the answers are made
------------------------
1. Departments have fixed, unequal sizes; roles are drawn with fixed shares.
2. For each attribute the respondents' "true" categories are drawn *without replacement*
   from an urn whose composition is the attribute's category mix (largest-remainder
   rounding). For :data:`SEGMENT_ATTRIBUTE` there is one urn per department. The mixes
   include a few R answers everywhere and ~2.5 % Q (contradictory) answers, so the
   category counts per attribute are fixed by design and do not depend on the seed;
   the seed decides who got which category, the exact answer pair and the importance.
3. Each true category is turned into an (functional, dysfunctional) answer pair drawn
   from the cells of the canonical evaluation table (Berger et al. 1993) that give that
   category, with realistic cell weights (:data:`CELL_WEIGHTS`).
4. Importance = category mean (:data:`IMPORTANCE_MEAN`) + respondent offset + noise,
   rounded and clipped to 1..9; about 1 % of the importance answers are blanked.

Only ``numpy.random.default_rng`` is used and no clock is read, so every run writes
byte-identical files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

_ROOT = Path(__file__).resolve().parent.parent
if str(_ROOT) not in sys.path:  # use the svcx_helpers beside this script
    sys.path.insert(0, str(_ROOT))

from svcx_helpers.i18n import t  # noqa: E402

SEED = 2024
"""Seed of the committed data files."""

DATA_DIR = Path(__file__).resolve().parent

LONG_FILE = "kano_it_service_desk.csv"
ATTRIBUTES_FILE = "kano_it_service_desk_attributes.csv"
WJX_FILE = "kano_it_service_desk_wjx.csv"

LETTERS: tuple[str, ...] = ("A", "O", "M", "I", "R", "Q")
"""Category letters; also the tie-break order of the largest-remainder rounding."""

# --------------------------------------------------------------------------------------
# Respondents
# --------------------------------------------------------------------------------------
DEPARTMENTS: dict[str, tuple[str, int]] = {
    "R&D": ("研发部", 84),
    "Sales": ("销售部", 44),
    "Operations": ("运营部", 36),
    "Customer Service": ("客户服务部", 34),
    "Finance": ("财务部", 22),
    "HR": ("人力资源部", 20),
}
"""English department name → (Chinese name, number of respondents)."""

ROLES: dict[str, tuple[str, float]] = {
    "staff": ("普通员工", 0.76),
    "team lead": ("组长", 0.16),
    "manager": ("经理", 0.08),
}
"""English role → (Chinese name, probability)."""

N_RESPONDENTS = sum(size for _, size in DEPARTMENTS.values())


# --------------------------------------------------------------------------------------
# Attributes and their planted category mixes
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Attribute:
    """One service attribute of the questionnaire.

    ``mix`` gives the share of respondents whose true category is each letter (shares sum
    to 1); ``segment_mix`` overrides it for some departments.
    """

    key: str
    label_en: str
    label_zh: str
    mix: dict[str, float]
    segment_mix: dict[str, dict[str, float]] = field(default_factory=dict)


ATTRIBUTES: tuple[Attribute, ...] = (  # questionnaire order (categories interleaved)
    Attribute("resolution_speed", "Time to resolve the issue", "问题解决速度",
              {"O": .555, "M": .23, "A": .12, "I": .055, "R": .015, "Q": .025}),
    Attribute("account_data_security", "Account and data security", "账号与数据安全",
              {"M": .575, "O": .22, "I": .10, "A": .05, "R": .03, "Q": .025}),
    Attribute("self_service_chatbot", "24/7 self-service chatbot", "7×24 小时智能自助服务",
              {"A": .405, "I": .355, "O": .10, "M": .04, "R": .075, "Q": .025}),
    Attribute("it_newsletter", "Monthly IT newsletter", "IT 月度简报",
              {"I": .615, "A": .15, "R": .10, "O": .05, "M": .06, "Q": .025}),
    Attribute("first_contact_resolution", "Problem fixed at first contact", "首次联系即解决",
              {"O": .495, "A": .21, "M": .15, "I": .10, "R": .02, "Q": .025}),
    Attribute("loaner_laptop", "Loaner laptop during repair", "维修期间提供备用电脑",
              {"A": .54, "I": .26, "O": .10, "M": .05, "R": .025, "Q": .025},
              segment_mix={
                  "Sales": {"A": .62, "I": .15, "O": .14, "M": .04, "R": .025, "Q": .025},
                  "R&D": {"I": .57, "A": .24, "O": .06, "M": .03, "R": .075, "Q": .025},
              }),
    Attribute("prompt_acknowledgement", "Ticket acknowledged promptly", "工单提交后及时确认受理",
              {"M": .475, "O": .26, "I": .13, "A": .09, "R": .02, "Q": .025}),
    Attribute("portal_theme", "Personalised theme for the service portal", "服务门户个性化主题",
              {"I": .655, "A": .20, "R": .06, "O": .035, "M": .025, "Q": .025}),
    Attribute("proactive_outage_alerts", "Outage alerts before users notice",
              "故障发生前主动预警",
              {"A": .545, "O": .18, "I": .17, "M": .06, "R": .02, "Q": .025}),
    Attribute("mandatory_callback", "Mandatory phone call-back after every ticket",
              "每张工单结单后强制电话回访",
              {"R": .455, "I": .33, "A": .08, "M": .06, "O": .05, "Q": .025}),
    Attribute("plain_language_explanation", "Plain-language explanation of the fix",
              "用通俗语言解释处理过程",
              {"O": .445, "A": .25, "I": .15, "M": .09, "R": .04, "Q": .025}),
    Attribute("day_one_ready", "New hire's laptop and accounts ready on day one",
              "新员工入职首日电脑和账号可用",
              {"M": .515, "O": .20, "I": .16, "A": .08, "R": .02, "Q": .025}),
)

PLANTED: dict[str, str] = {
    "account_data_security": "M",
    "day_one_ready": "M",
    "prompt_acknowledgement": "M",
    "resolution_speed": "O",
    "first_contact_resolution": "O",
    "plain_language_explanation": "O",
    "proactive_outage_alerts": "A",
    "loaner_laptop": "A",
    "self_service_chatbot": "A",
    "it_newsletter": "I",
    "portal_theme": "I",
    "mandatory_callback": "R",
}
"""Attribute key → the KANO category planted as its most frequent one (mode rule)."""

NEAR_TIE_ATTRIBUTE = "self_service_chatbot"
"""A narrowly beats I here: category strength 5 %, below the 6 % near-tie threshold."""

SEGMENT_ATTRIBUTE = "loaner_laptop"

PLANTED_SEGMENT_EFFECT: dict[str, object] = {
    "attribute": SEGMENT_ATTRIBUTE,
    "by": "department",
    "category": {"Sales": "A", "R&D": "I", "Operations": "A", "Customer Service": "A",
                 "Finance": "A", "HR": "A"},
    "description": (
        "The loaner laptop is clearly Attractive for Sales (they travel and cannot work "
        "without a machine) but mostly Indifferent for R&D (spare hardware at hand); "
        "the other departments lean Attractive. No other attribute differs by department "
        "by design, and role has no planted effect."
    ),
}
"""The planted segment effect: category of :data:`SEGMENT_ATTRIBUTE` per department."""

CELL_WEIGHTS: dict[str, dict[tuple[int, int], float]] = {
    "A": {(1, 3): .55, (1, 4): .30, (1, 2): .15},
    "O": {(1, 5): 1.0},
    "M": {(2, 5): .55, (3, 5): .25, (4, 5): .20},
    "I": {(3, 3): .45, (3, 4): .12, (2, 3): .10, (2, 2): .08, (4, 4): .06, (2, 4): .06,
          (3, 2): .05, (4, 3): .05, (4, 2): .03},
    "R": {(5, 1): .25, (5, 3): .25, (4, 1): .15, (3, 1): .12, (5, 2): .10, (2, 1): .08,
          (5, 4): .05},
    "Q": {(1, 1): .60, (5, 5): .40},
}
"""Category → {(functional, dysfunctional): weight}; only cells of that category."""

IMPORTANCE_MEAN: dict[str, float] = {"M": 7.6, "O": 7.3, "A": 5.6, "I": 3.6, "R": 2.9,
                                     "Q": 5.0}
"""Mean importance (1..9) of an answer by the respondent's true category."""

IMPORTANCE_RESPONDENT_SD = 0.7
"""SD of a respondent's personal offset (some people rate everything higher)."""

IMPORTANCE_NOISE_SD = 1.1
"""SD of the answer-level noise before rounding."""

MISSING_IMPORTANCE_RATE = 0.01
"""Share of importance answers left blank (exactly round(rate × rows) cells)."""

SURVEY_DAYS: tuple[dt.date, ...] = tuple(
    dt.date(2024, 9, 2) + dt.timedelta(days=d) for d in range(12) if d % 7 < 5)
"""Ten working days, Mon 2 – Fri 13 September 2024 (no public holidays)."""

DAY_WEIGHTS: tuple[float, ...] = (34, 16, 10, 7, 5, 14, 6, 4, 3, 1)
"""Responses per day: invitation on day 1, reminder on day 6 (Monday of week 2)."""

SOURCES: dict[str, float] = {"手机提交": 0.55, "链接": 0.30, "微信": 0.15}


# --------------------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------------------
def _check_mix(mix: dict[str, float], where: str) -> None:
    if set(mix) - set(LETTERS) or abs(sum(mix.values()) - 1.0) > 1e-9:
        raise ValueError(f"{where}: mix must use A O M I R Q and sum to 1, got {mix}")


def quota(mix: dict[str, float], n: int) -> dict[str, int]:
    """Split ``n`` respondents into categories in proportion to ``mix``.

    Largest-remainder rounding; equal remainders go to the earlier letter of
    :data:`LETTERS`. Example: ``quota({"A": .5, "I": .5}, 3) == {"A": 2, "I": 1}``.
    """
    raw = {c: round(mix.get(c, 0.0) * n, 9) for c in LETTERS}
    counts = {c: int(np.floor(v)) for c, v in raw.items()}
    left = n - sum(counts.values())
    order = sorted(LETTERS, key=lambda c: (-(raw[c] - counts[c]), LETTERS.index(c)))
    for c in order[:left]:
        counts[c] += 1
    return counts


def _urn(mix: dict[str, float], n: int, rng: np.random.Generator) -> np.ndarray:
    """``n`` category letters with exactly :func:`quota` counts, in random order."""
    counts = quota(mix, n)
    letters = np.repeat(np.array(LETTERS), [counts[c] for c in LETTERS])
    return rng.permutation(letters)


def generate_kano_it_service_desk(seed: int = SEED) -> pd.DataFrame:
    """The survey answers in long format (one row per respondent × attribute).

    Columns: ``respondent`` (R001…), ``department``, ``role``, ``attribute`` (key),
    ``functional`` and ``dysfunctional`` (answer codes 1..5), ``importance`` (1..9,
    nullable ``Int64``; ~1 % missing). Rows are ordered by respondent, then by the
    questionnaire order of the attributes.
    """
    rng = np.random.default_rng(seed)
    n, k = N_RESPONDENTS, len(ATTRIBUTES)

    departments = rng.permutation(np.repeat(list(DEPARTMENTS),
                                            [size for _, size in DEPARTMENTS.values()]))
    roles = rng.choice(list(ROLES), size=n, p=[p for _, p in ROLES.values()])

    true_cat = np.empty((n, k), dtype="<U1")
    for j, attr in enumerate(ATTRIBUTES):
        _check_mix(attr.mix, attr.key)
        if attr.segment_mix:
            for dept in DEPARTMENTS:
                mix = attr.segment_mix.get(dept, attr.mix)
                _check_mix(mix, f"{attr.key}/{dept}")
                rows = np.flatnonzero(departments == dept)
                true_cat[rows, j] = _urn(mix, rows.size, rng)
        else:
            true_cat[:, j] = _urn(attr.mix, n, rng)

    functional = np.zeros((n, k), dtype=np.int64)
    dysfunctional = np.zeros((n, k), dtype=np.int64)
    for j in range(k):
        for cat in LETTERS:
            rows = np.flatnonzero(true_cat[:, j] == cat)
            if rows.size == 0:
                continue
            cells = list(CELL_WEIGHTS[cat])
            weights = np.array([CELL_WEIGHTS[cat][c] for c in cells])
            picks = rng.choice(len(cells), size=rows.size, p=weights / weights.sum())
            functional[rows, j] = [cells[p][0] for p in picks]
            dysfunctional[rows, j] = [cells[p][1] for p in picks]

    mean = np.vectorize(IMPORTANCE_MEAN.__getitem__, otypes=[float])(true_cat)
    offset = rng.normal(0.0, IMPORTANCE_RESPONDENT_SD, size=(n, 1))
    noise = rng.normal(0.0, IMPORTANCE_NOISE_SD, size=(n, k))
    importance = np.clip(np.rint(mean + offset + noise), 1, 9).astype(np.int64).ravel()
    n_missing = round(MISSING_IMPORTANCE_RATE * n * k)
    missing = np.zeros(n * k, dtype=bool)
    missing[rng.choice(n * k, size=n_missing, replace=False)] = True

    long = pd.DataFrame({
        "respondent": np.repeat([f"R{i + 1:03d}" for i in range(n)], k),
        "department": np.repeat(departments, k),
        "role": np.repeat(roles, k),
        "attribute": np.tile([a.key for a in ATTRIBUTES], n),
        "functional": functional.ravel(),
        "dysfunctional": dysfunctional.ravel(),
        "importance": pd.arrays.IntegerArray(importance, missing),
    })
    return long


def attributes_table() -> pd.DataFrame:
    """The 12 attributes in questionnaire order with labels and question wordings.

    The questions fill the i18n templates ``kano.question.functional`` /
    ``kano.question.dysfunctional`` with the label. The planted categories are
    deliberately not included: learners have to find them.
    """
    rows = []
    for a in ATTRIBUTES:
        rows.append({
            "attribute": a.key,
            "label_en": a.label_en,
            "label_zh": a.label_zh,
            "functional_question_en": t("kano.question.functional", lang="en",
                                        attribute=a.label_en),
            "dysfunctional_question_en": t("kano.question.dysfunctional", lang="en",
                                           attribute=a.label_en),
            "functional_question_zh": t("kano.question.functional", lang="zh",
                                        attribute=a.label_zh),
            "dysfunctional_question_zh": t("kano.question.dysfunctional", lang="zh",
                                           attribute=a.label_zh),
        })
    return pd.DataFrame(rows)


def _submission_metadata(n: int, seed: int) -> pd.DataFrame:
    """Submission time, time taken and source for ``n`` answer sheets, in time order.

    Uses its own stream ``default_rng([seed, 1])`` so that the answers do not change
    when the look of the export changes.
    """
    rng = np.random.default_rng([seed, 1])
    weights = np.array(DAY_WEIGHTS, dtype=float)
    day = rng.choice(len(SURVEY_DAYS), size=n, p=weights / weights.sum())
    peak = rng.choice(3, size=n, p=[0.45, 0.45, 0.10])  # morning, afternoon, evening
    centre, spread = np.array([10.3, 14.8, 20.5])[peak], np.array([1.0, 1.5, 1.2])[peak]
    hours = rng.normal(centre, spread)
    while (bad := (hours < 8.5) | (hours > 23.0)).any():  # redraw outside 08:30–23:00
        hours[bad] = rng.normal(centre[bad], spread[bad])
    seconds = np.rint(hours * 3600).astype(np.int64)
    stamps = sorted(day.astype(np.int64) * 86400 + seconds)
    for i in range(1, n):  # two sheets are never submitted in the same second
        stamps[i] = max(stamps[i], stamps[i - 1] + 1)
    times = []
    for s in stamps:
        d, sec = divmod(int(s), 86400)
        when = dt.datetime.combine(SURVEY_DAYS[d], dt.time()) + dt.timedelta(seconds=sec)
        times.append(f"{when.year}/{when.month}/{when.day} {when:%H:%M:%S}")
    taken = np.clip(np.rint(rng.lognormal(np.log(190.0), 0.45, size=n)), 75, 1200)
    source = rng.choice(list(SOURCES), size=n, p=list(SOURCES.values()))
    return pd.DataFrame({"提交答卷时间": times,
                         "所用时间": [f"{int(s)}秒" for s in taken],
                         "来源": source})


def to_wjx_export(long: pd.DataFrame, attributes: pd.DataFrame,
                  seed: int = SEED) -> pd.DataFrame:
    """The long answers as a wide, 问卷星-style export (one row per answer sheet).

    Columns ``序号`` (1.. in respondent order), ``提交答卷时间``, ``所用时间``, ``来源``,
    ``部门``, ``岗位``, then per attribute (in the order of ``attributes``)
    ``{label_zh}【正向】``, ``{label_zh}【反向】`` with the Chinese answer texts and
    ``{label_zh}【重要程度】`` with the importance as text (blank when missing). All cells
    are strings. ``seed`` drives the made-up submission metadata only.
    """
    respondents = pd.unique(long["respondent"])
    first = long.drop_duplicates("respondent").set_index("respondent").loc[respondents]
    wide = pd.DataFrame({"序号": [str(int(r[1:])) for r in respondents]})
    wide = pd.concat([wide, _submission_metadata(len(respondents), seed)], axis=1)
    wide["部门"] = [DEPARTMENTS[d][0] for d in first["department"]]
    wide["岗位"] = [ROLES[r][0] for r in first["role"]]
    answer = {code: t(f"answer.{code}", lang="zh") for code in range(1, 6)}
    indexed = long.set_index(["attribute", "respondent"])
    for key, label in zip(attributes["attribute"], attributes["label_zh"], strict=True):
        part = indexed.loc[key].loc[respondents]
        wide[f"{label}【正向】"] = [answer[int(c)] for c in part["functional"]]
        wide[f"{label}【反向】"] = [answer[int(c)] for c in part["dysfunctional"]]
        wide[f"{label}【重要程度】"] = ["" if pd.isna(v) else str(int(v))
                                      for v in part["importance"]]
    return wide


# ======================================================================================
# SERVQUAL data sets (issue 5): a bank-branch customer survey and an internal-service
# survey (employees rating HR and IT). Own random streams, so the KANO files above do
# not change. Data cards: data/README.md.
# ======================================================================================
SQ_BANK_FILE = "servqual_bank_branches.csv"
SQ_BANK_WJX_FILE = "servqual_bank_branches_wjx.csv"
SQ_INTERNAL_FILE = "servqual_internal_services.csv"
SQ_DIMENSIONS: tuple[str, ...] = ("Tangibles", "Reliability", "Responsiveness", "Assurance",
                                  "Empathy")
SQ_DIMENSIONS_ZH: tuple[str, ...] = ("有形性", "可靠性", "响应性", "保证性", "移情性")
SQ_ITEMS: dict[str, tuple[int, ...]] = {
    "Tangibles": (1, 2, 3, 4), "Reliability": (5, 6, 7, 8, 9),
    "Responsiveness": (10, 11, 12, 13), "Assurance": (14, 15, 16, 17),
    "Empathy": (18, 19, 20, 21, 22),
}

SQ_BRANCHES: dict[str, tuple[str, int]] = {
    "Riverside": ("滨江支行", 90),
    "Old Town": ("老城支行", 80),
    "Station Square": ("站前支行", 70),
    "University Park": ("大学城支行", 60),
}
"""English branch name → (Chinese name, number of respondents); 300 customers in all."""

SQ_VISIT_TYPES: dict[str, tuple[str, float]] = {
    "cash and payments": ("现金与转账", 0.40),
    "account services": ("账户业务", 0.25),
    "loans and mortgages": ("贷款业务", 0.20),
    "wealth advice": ("理财咨询", 0.15),
}
"""Visit type → (Chinese name, probability)."""

SQ_BANK_EXPECTATION: dict[str, float] = {"Tangibles": 5.6, "Reliability": 6.5,
                                         "Responsiveness": 6.3, "Assurance": 6.3,
                                         "Empathy": 5.9}
SQ_BANK_PERCEPTION: dict[str, float] = {"Tangibles": 5.7, "Reliability": 5.95,
                                        "Responsiveness": 4.8, "Assurance": 5.95,
                                        "Empathy": 4.75}
"""Latent means before rounding and clipping to 1..7. Responsiveness and empathy are
the planted weaknesses."""

SQ_BRANCH_EFFECT: dict[str, dict[str, float]] = {
    "Station Square": {"Responsiveness": -0.6},
    "University Park": {"Tangibles": -0.5},
}
"""Extra perception shifts: the busy commuter branch is slower still; the oldest branch
building looks worn."""

SQ_IMPORTANCE_MEAN: dict[str, float] = {"Tangibles": 11, "Reliability": 32,
                                        "Responsiveness": 22, "Assurance": 19, "Empathy": 16}
"""Mean 100-point allocation: the average reported across the PZB studies (ZPB90)."""

SQ_IMPORTANCE_CONCENTRATION = 18.0
SQ_RESPONSIVENESS_WEIGHT_LINK = -2.5
"""Customers who give responsiveness more points also perceive it worse (they are the
time-pressed ones): perception shift per unit of weight above the mean."""

SQ_MISSING_CELLS = 48
"""Blank answers in the bank survey (E and P together), never a whole dimension."""

SQ_INTERNAL_DEPARTMENTS: dict[str, tuple[str, int]] = {
    "Sales": ("销售部", 40),
    "Operations": ("运营部", 35),
    "Customer Service": ("客户服务部", 30),
    "Finance": ("财务部", 25),
    "R&D": ("研发部", 20),
}
SQ_SUPPLIERS: dict[str, str] = {"HR": "人力资源部", "IT": "信息技术部"}
SQ_INTERNAL_EXPECTATION: dict[str, float] = {"Tangibles": 5.2, "Reliability": 6.3,
                                             "Responsiveness": 6.2, "Assurance": 6.3,
                                             "Empathy": 5.6}
SQ_INTERNAL_PERCEPTION: dict[str, dict[str, float]] = {
    "HR": {"Tangibles": 5.0, "Reliability": 5.8, "Responsiveness": 4.9, "Assurance": 4.7,
           "Empathy": 5.2},
    "IT": {"Tangibles": 5.1, "Reliability": 5.7, "Responsiveness": 4.4, "Assurance": 5.1,
           "Empathy": 5.2},
}
"""Planted: response time (responsiveness) and professionalism (assurance) are the two
largest gaps for both internal suppliers; IT is slowest, HR least expert."""

SQ_ITEM_SHIFT: dict[int, float] = {11: -0.35, 13: -0.25, 17: -0.3, 14: -0.15, 2: 0.2,
                                   3: 0.25, 16: 0.2}
"""Item-level perception shifts (prompt service, never too busy, knowledge … lower)."""

SQ_PLANTED: dict[str, object] = {
    "bank_weakest": ("Responsiveness", "Empathy"),
    "bank_branch_slowest": "Station Square",
    "internal_weakest": {"HR": ("Assurance", "Responsiveness"),
                         "IT": ("Responsiveness", "Assurance")},
}
"""The planted effects that tests/test_data.py checks."""


def _sq_answers(rng: np.random.Generator, latent: np.ndarray, person_sd: float,
                noise_sd: float) -> np.ndarray:
    """Integer answers 1..7: latent item means + a respondent × dimension factor + noise."""
    n = latent.shape[0]
    out = np.empty((n, 22), dtype=np.int64)
    for d in SQ_DIMENSIONS:
        cols = [i - 1 for i in SQ_ITEMS[d]]
        factor = rng.normal(0.0, person_sd, size=(n, 1))
        noise = rng.normal(0.0, noise_sd, size=(n, len(cols)))
        out[:, cols] = np.clip(np.rint(latent[:, cols] + factor + noise), 1, 7)
    return out


def _sq_latent(means: dict[str, float], n: int, shift: dict[int, float] | None = None
               ) -> np.ndarray:
    latent = np.zeros((n, 22))
    for d, items in SQ_ITEMS.items():
        for i in items:
            latent[:, i - 1] = means[d] + (shift or {}).get(i, 0.0)
    return latent


def _sq_points(rng: np.random.Generator, n: int) -> np.ndarray:
    """100-point allocations in steps of 5 (as people write them), summing to exactly 100."""
    mean = np.array([SQ_IMPORTANCE_MEAN[d] for d in SQ_DIMENSIONS]) / 100
    shares = rng.dirichlet(mean * SQ_IMPORTANCE_CONCENTRATION, size=n)
    units = shares * 20
    floor = np.floor(units).astype(np.int64)
    for r in range(n):
        left = 20 - floor[r].sum()
        order = np.argsort(-(units[r] - floor[r]), kind="stable")
        floor[r, order[:left]] += 1
    return floor * 5


def generate_servqual_bank(seed: int = SEED) -> pd.DataFrame:
    """The bank-branch SERVQUAL survey: one row per customer (300 rows).

    Columns ``respondent`` (C001…), ``branch``, ``visit_type``, ``E1..E22`` and
    ``P1..P22`` (1991 wording, answers 1..7, nullable ``Int64``: 48 cells are blank),
    ``importance_tangibles`` … ``importance_empathy`` (100-point allocation in steps of 5,
    each row sums to 100).
    """
    rng = np.random.default_rng([seed, 5])
    n = sum(size for _, size in SQ_BRANCHES.values())
    branches = rng.permutation(np.repeat(list(SQ_BRANCHES),
                                         [size for _, size in SQ_BRANCHES.values()]))
    visits = rng.choice(list(SQ_VISIT_TYPES), size=n,
                        p=[p for _, p in SQ_VISIT_TYPES.values()])
    points = _sq_points(rng, n)
    exp_latent = _sq_latent(SQ_BANK_EXPECTATION, n) + rng.normal(0.0, 0.35, size=(n, 1))
    expectations = _sq_answers(rng, exp_latent, 0.35, 0.45)
    perc_latent = _sq_latent(SQ_BANK_PERCEPTION, n, SQ_ITEM_SHIFT)
    for branch, shifts in SQ_BRANCH_EFFECT.items():
        rows = branches == branch
        for d, s in shifts.items():
            perc_latent[np.ix_(rows, [i - 1 for i in SQ_ITEMS[d]])] += s
    resp_weight = points[:, SQ_DIMENSIONS.index("Responsiveness")] / 100
    link = SQ_RESPONSIVENESS_WEIGHT_LINK * (resp_weight - resp_weight.mean())
    perc_latent[:, [i - 1 for i in SQ_ITEMS["Responsiveness"]]] += link[:, None]
    perceptions = _sq_answers(rng, perc_latent, 0.75, 0.55)

    answers = np.hstack([expectations, perceptions])  # n × 44
    missing = np.zeros(answers.shape, dtype=bool)
    for cell in rng.choice(answers.size, size=SQ_MISSING_CELLS, replace=False):
        r, c = divmod(int(cell), 44)
        item = c % 22 + 1
        dim_cols = [(c // 22) * 22 + i - 1 for d, its in SQ_ITEMS.items() if item in its
                    for i in its]
        if missing[r, dim_cols].sum() < len(dim_cols) - 1:  # keep one answer per dimension
            missing[r, c] = True
    data: dict[str, object] = {
        "respondent": [f"C{i + 1:03d}" for i in range(n)],
        "branch": branches,
        "visit_type": visits,
    }
    for c in range(44):
        name = ("E" if c < 22 else "P") + str(c % 22 + 1)
        data[name] = pd.arrays.IntegerArray(answers[:, c].copy(), missing[:, c].copy())
    for j, d in enumerate(SQ_DIMENSIONS):
        data[f"importance_{d.lower()}"] = points[:, j]
    return pd.DataFrame(data)


def generate_servqual_internal(seed: int = SEED) -> pd.DataFrame:
    """The internal-service SERVQUAL survey: employees rate HR and IT as internal suppliers.

    One row per employee × supplier (150 × 2 = 300 rows): ``respondent`` (S001…),
    ``department``, ``supplier`` ("HR" or "IT"), ``E1..E22``, ``P1..P22`` (1..7, no
    blanks). The same employee's expectations of the two departments are close but not
    identical.
    """
    rng = np.random.default_rng([seed, 6])
    n = sum(size for _, size in SQ_INTERNAL_DEPARTMENTS.values())
    departments = rng.permutation(np.repeat(
        list(SQ_INTERNAL_DEPARTMENTS), [size for _, size in SQ_INTERNAL_DEPARTMENTS.values()]))
    level = rng.normal(0.0, 0.35, size=(n, 1))
    frames = []
    for supplier in SQ_SUPPLIERS:
        exp_latent = _sq_latent(SQ_INTERNAL_EXPECTATION, n) + level
        expectations = _sq_answers(rng, exp_latent, 0.3, 0.45)
        perc_latent = _sq_latent(SQ_INTERNAL_PERCEPTION[supplier], n, SQ_ITEM_SHIFT)
        perceptions = _sq_answers(rng, perc_latent, 0.7, 0.55)
        part: dict[str, object] = {
            "respondent": [f"S{i + 1:03d}" for i in range(n)],
            "department": departments,
            "supplier": supplier,
        }
        for i in range(22):
            part[f"E{i + 1}"] = expectations[:, i]
        for i in range(22):
            part[f"P{i + 1}"] = perceptions[:, i]
        frames.append(pd.DataFrame(part))
    both = pd.concat(frames, ignore_index=True)
    return both.sort_values(["respondent", "supplier"], kind="stable").reset_index(drop=True)


def to_servqual_wjx(bank: pd.DataFrame) -> pd.DataFrame:
    """The bank survey as a wide export with Chinese headers (问卷星-like), all strings.

    Columns ``序号`` (1..300), ``网点``, ``业务类型``, ``期望1..期望22``, ``感知1..感知22``,
    ``重要性-有形性`` … ``重要性-移情性``. Answers 1 and 7 carry their labels
    ("1 非常不同意", "7 非常同意"); blank answers are empty cells.
    """
    labels = {1: "1 非常不同意", 7: "7 非常同意"}
    wide = pd.DataFrame({"序号": [str(int(r[1:])) for r in bank["respondent"]]})
    wide["网点"] = [SQ_BRANCHES[b][0] for b in bank["branch"]]
    wide["业务类型"] = [SQ_VISIT_TYPES[v][0] for v in bank["visit_type"]]
    for prefix, zh in (("E", "期望"), ("P", "感知")):
        for i in range(1, 23):
            wide[f"{zh}{i}"] = ["" if pd.isna(v) else labels.get(int(v), str(int(v)))
                                for v in bank[f"{prefix}{i}"]]
    for d, zh in zip(SQ_DIMENSIONS, SQ_DIMENSIONS_ZH, strict=True):
        wide[f"重要性-{zh}"] = [str(int(v)) for v in bank[f"importance_{d.lower()}"]]
    return wide


def write_servqual(outdir: Path, seed: int = SEED) -> list[Path]:
    """Write the three SERVQUAL files into ``outdir`` and return their paths."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    bank = generate_servqual_bank(seed)
    internal = generate_servqual_internal(seed)
    paths = [outdir / SQ_BANK_FILE, outdir / SQ_BANK_WJX_FILE, outdir / SQ_INTERNAL_FILE]
    bank.to_csv(paths[0], index=False, encoding="utf-8", lineterminator="\n")
    to_servqual_wjx(bank).to_csv(paths[1], index=False, encoding="gb18030",
                                 lineterminator="\n")
    internal.to_csv(paths[2], index=False, encoding="utf-8", lineterminator="\n")
    return paths


def write_all(outdir: Path, seed: int = SEED) -> list[Path]:
    """Write the three data files into ``outdir`` and return their paths."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    long = generate_kano_it_service_desk(seed)
    attributes = attributes_table()
    wide = to_wjx_export(long, attributes, seed=seed)
    paths = [outdir / LONG_FILE, outdir / ATTRIBUTES_FILE, outdir / WJX_FILE]
    long.to_csv(paths[0], index=False, encoding="utf-8", lineterminator="\n")
    attributes.to_csv(paths[1], index=False, encoding="utf-8", lineterminator="\n")
    wide.to_csv(paths[2], index=False, encoding="gb18030", lineterminator="\n")
    paths += write_servqual(outdir, seed)  # SERVQUAL files (issue 5)
    return paths


def main(argv: list[str] | None = None) -> None:
    """Command line: ``python data/generate.py [--seed N] [--outdir DIR]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--outdir", type=Path, default=DATA_DIR)
    args = parser.parse_args(argv)
    for path in write_all(args.outdir, seed=args.seed):
        print(path)


if __name__ == "__main__":
    main()
