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
import heapq
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


def write_frames(outdir: Path, frames: dict[str, pd.DataFrame],
                 gb18030: tuple[str, ...] = ()) -> list[Path]:
    """Write each frame as ``outdir/<name>`` (UTF-8, "\\n" line ends, no index; the names in
    ``gb18030`` in that encoding, as Chinese survey tools export) and return the paths."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, frame in frames.items():
        frame.to_csv(outdir / name, index=False, lineterminator="\n",
                     encoding="gb18030" if name in gb18030 else "utf-8")
        paths.append(outdir / name)
    return paths

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
    to 1); ``segment_mix`` overrides it for some segments (departments, age groups).
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


def _kano_answers(rng: np.random.Generator, attributes: tuple[Attribute, ...],
                  groups: np.ndarray, group_names: tuple[str, ...]
                  ) -> tuple[np.ndarray, np.ndarray, pd.arrays.IntegerArray]:
    """Answers of ``groups.size`` respondents to ``attributes`` (steps 2–4 above).

    ``groups`` gives each respondent's segment; an attribute with a ``segment_mix`` gets
    one urn per name in ``group_names``. Returns the functional and dysfunctional codes
    and the importance (~1 % blank), flat in respondent-major order.
    """
    n, k = groups.size, len(attributes)
    true_cat = np.empty((n, k), dtype="<U1")
    for j, attr in enumerate(attributes):
        _check_mix(attr.mix, attr.key)
        if attr.segment_mix:
            for group in group_names:
                mix = attr.segment_mix.get(group, attr.mix)
                _check_mix(mix, f"{attr.key}/{group}")
                rows = np.flatnonzero(groups == group)
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
    return functional.ravel(), dysfunctional.ravel(), pd.arrays.IntegerArray(importance,
                                                                             missing)


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
    functional, dysfunctional, importance = _kano_answers(rng, ATTRIBUTES, departments,
                                                          tuple(DEPARTMENTS))

    long = pd.DataFrame({
        "respondent": np.repeat([f"R{i + 1:03d}" for i in range(n)], k),
        "department": np.repeat(departments, k),
        "role": np.repeat(roles, k),
        "attribute": np.tile([a.key for a in ATTRIBUTES], n),
        "functional": functional,
        "dysfunctional": dysfunctional,
        "importance": importance,
    })
    return long


def attributes_table(attributes: tuple[Attribute, ...] = ATTRIBUTES) -> pd.DataFrame:
    """The attributes (default: the IT desk's 12) in questionnaire order with labels and
    question wordings.

    The questions fill the i18n templates ``kano.question.functional`` /
    ``kano.question.dysfunctional`` with the label. The planted categories are
    deliberately not included: learners have to find them.
    """
    rows = []
    for a in attributes:
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
    answer = {code: t(f"kano.answer.{code}", lang="zh") for code in range(1, 6)}
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


def _sq_blanks(rng: np.random.Generator, shape: tuple[int, ...], cells: int) -> np.ndarray:
    """Mask of at most ``cells`` blank answers in an n × 44 matrix (E1..E22, P1..P22): a
    drawn cell stays answered when it is the last answer of its dimension in its battery."""
    missing = np.zeros(shape, dtype=bool)
    for cell in rng.choice(shape[0] * shape[1], size=cells, replace=False):
        r, c = divmod(int(cell), 44)
        item = c % 22 + 1
        dim_cols = [(c // 22) * 22 + i - 1 for d, its in SQ_ITEMS.items() if item in its
                    for i in its]
        if missing[r, dim_cols].sum() < len(dim_cols) - 1:  # keep one answer per dimension
            missing[r, c] = True
    return missing


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
    missing = _sq_blanks(rng, answers.shape, SQ_MISSING_CELLS)
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
    bank = generate_servqual_bank(seed)
    return write_frames(outdir, {SQ_BANK_FILE: bank, SQ_BANK_WJX_FILE: to_servqual_wjx(bank),
                                 SQ_INTERNAL_FILE: generate_servqual_internal(seed)},
                        gb18030=(SQ_BANK_WJX_FILE,))


# ======================================================================================
# Service process and standards data sets (issue 7): a ticket log of the IT service desk
# and the event logs of a bank branch before and after its redesign. Own random streams
# default_rng([seed, 7]) and default_rng([seed, 8, ...]), so the files above do not change.
# Data cards: data/README.md.
# ======================================================================================
TICKETS_FILE = "it_service_desk_tickets.csv"
BANK_BEFORE_FILE = "bank_branch_events_before.csv"
BANK_AFTER_FILE = "bank_branch_events_after.csv"

TK_N = 5000
"""Tickets in the log."""
TK_START = dt.datetime(2026, 1, 1)
TK_DAYS = 181
"""Tickets were created from 1 January to 30 June 2026 (181 days)."""
TK_EXTRACT = dt.datetime(2026, 7, 1, 18)
"""When the log was taken: tickets not resolved by then are open (``resolved`` empty)."""
TK_DRIFT = dt.datetime(2026, 4, 13)
"""Monday of ISO week 16: a new release of the ticketing tool goes live (its routing rule
sends P3 tickets to a shared queue) and an experienced service desk agent has left."""

TK_WEEKDAY_WEIGHT: tuple[float, ...] = (1.35, 1.10, 1.00, 0.95, 0.85, 0.12, 0.08)
"""Relative ticket volume Monday … Sunday (public holidays are not modelled)."""
TK_HOUR_WEIGHT: tuple[float, ...] = (0.10, 0.05, 0.05, 0.05, 0.05, 0.10, 0.20, 0.50, 2.0,
                                     4.5, 4.8, 4.0, 2.2, 3.2, 4.0, 3.8, 3.2, 2.4, 0.9, 0.5,
                                     0.4, 0.3, 0.2, 0.15)
"""Relative volume by hour of the day (0–23) on working days."""
TK_MONDAY_MORNING = 1.5
"""Extra factor for 08:00–11:59 on Mondays (the weekend's problems arrive at once)."""
TK_WEEKEND_HOUR_WEIGHT: tuple[float, ...] = (0.2,) * 8 + (1.0,) * 12 + (0.4,) * 4

TK_WORKING_HOURS = (8 * 3600 + 1800, 18 * 3600)
"""Office hours, 08:30–18:00 Monday to Friday (seconds after midnight). The desk is staffed
around the clock, but outside office hours only by a small night and weekend shift."""

TK_CHANNELS: dict[str, tuple[float, float]] = {
    "portal": (0.38, 0.62), "email": (0.24, 0.30), "phone": (0.21, 0.08),
    "chat": (0.13, 0.0), "walk_in": (0.04, 0.0),
}
"""Channel → (probability in working hours, probability outside them: only the portal,
e-mail and the on-call hotline are open then)."""

TK_CATEGORIES: dict[str, tuple[str, float, tuple[float, float, float, float],
                              dict[str, float]]] = {
    "access": ("访问权限", 0.17, (0.010, 0.12, 0.57, 0.300),
               {"identity_access": 0.6, "service_desk": 0.4}),
    "hardware": ("硬件", 0.19, (0.010, 0.12, 0.55, 0.320),
                 {"desktop_support": 0.75, "service_desk": 0.25}),
    "software": ("软件", 0.26, (0.015, 0.15, 0.55, 0.285),
                 {"applications": 0.45, "service_desk": 0.45, "desktop_support": 0.10}),
    "network": ("网络", 0.11, (0.060, 0.22, 0.52, 0.200),
                {"network_ops": 0.7, "service_desk": 0.3}),
    "account": ("账号", 0.16, (0.010, 0.10, 0.62, 0.270),
                {"service_desk": 0.7, "identity_access": 0.3}),
    "other": ("其他", 0.11, (0.005, 0.08, 0.47, 0.445),
              {"service_desk": 0.9, "applications": 0.1}),
}
"""Category → (Chinese name, probability, P(P1..P4), P(team))."""
TK_TEAMS: tuple[str, ...] = ("service_desk", "desktop_support", "network_ops",
                             "identity_access", "applications")
TK_PROMISE_HOURS: dict[str, int] = {"P1": 4, "P2": 8, "P3": 24, "P4": 72}
"""Promised resolution time in wall-clock hours (nights and weekends count)."""

TK_RESPONSE: dict[str, tuple[float, float]] = {
    "phone": (3.0, 0.8), "chat": (4.0, 0.7), "walk_in": (6.0, 0.6), "email": (150.0, 0.85),
    "portal": (90.0, 0.85),
}
"""Channel → (median minutes to the first response, log-SD): phone, chat and walk-in are
answered live, portal and e-mail tickets wait in a queue."""
TK_RESPONSE_FACTOR: dict[str, float] = {"P1": 0.25, "P2": 0.5, "P3": 1.0, "P4": 1.3,
                                        "night": 2.0, "other_team": 1.25}
"""Multipliers of the response time: by priority (urgent tickets are picked first),
outside office hours (the small night and weekend shift) and for the second-line teams."""
TK_DRIFT_RESPONSE = 2.4
"""From :data:`TK_DRIFT` the service desk team answers P3 and P4 tickets this many times
more slowly (one agent short; P1 and P2 are still picked first)."""

TK_LATE: dict[str, float] = {"P1": 0.10, "P2": 0.10, "P3": 0.08, "P4": 0.06}
"""Probability that a ticket is resolved after its promised time (before the drift)."""
TK_DRIFT_LATE_P3 = 0.20
"""Probability that a P3 ticket created from :data:`TK_DRIFT` on is resolved late."""
TK_LATE_EXTRA_HOURS: dict[str, float] = {"P1": 1.5, "P2": 3.0, "P3": 8.0, "P4": 20.0}
"""Median time a late ticket overruns its promise (log-normal, log-SD 0.9)."""
TK_STUCK = (0.25, 5, 100)
"""Share of late tickets that wait for a vendor or spare part, and their overrun in days."""

TK_FCR: dict[str, float] = {"phone": 0.80, "chat": 0.80, "walk_in": 0.82, "portal": 0.64,
                            "email": 0.58}
"""Probability of resolution at the first contact by channel (before reopenings)."""
TK_REOPEN = 0.06
"""Share of resolved tickets that were reopened once (one more contact)."""
TK_SURVEY = 0.42
"""Share of resolved tickets whose satisfaction survey was answered."""
TK_CSAT_LATENT: dict[str, float] = {"base": 1.15, "late": -1.0, "reopened": -1.3,
                                    "extra_contact": -0.2}
TK_CSAT_CUTS: tuple[float, ...] = (-1.3, -0.6, 0.1, 1.1)
"""CSAT = 1 + number of cut points below base + effects + N(0, 1)."""


def _stamps(base: dt.datetime, seconds: np.ndarray) -> list[str]:
    """``YYYY-MM-DD HH:MM:SS`` strings for whole seconds after ``base``."""
    start = np.datetime64(base.isoformat(), "s")
    text = np.datetime_as_string(start + seconds.astype("timedelta64[s]"), unit="s")
    return [s.replace("T", " ") for s in text]


def generate_it_service_desk_tickets(seed: int = SEED) -> pd.DataFrame:
    """The ticket log of the internal IT service desk, 1 January – 30 June 2026.

    One row per ticket (:data:`TK_N`), sorted by ``created``. Columns ``ticket_id``
    (T00001…), ``created``, ``channel``, ``category``, ``priority`` (P1–P4), ``team``,
    ``first_response``, ``resolved`` (empty while open), ``promised`` (created + 4/8/24/72
    wall-clock hours for P1–P4), ``contacts`` (≥ 1), ``reopened`` (0/1), ``csat`` (1–5,
    nullable ``Int64``: empty without a survey answer). Times are ``YYYY-MM-DD HH:MM:SS``
    strings (local time). Planted: the drift from :data:`TK_DRIFT`, the channel
    differences in first-contact resolution, lower CSAT for late and reopened tickets, and
    the weekday pattern (data/README.md lists the measured values).
    """
    rng = np.random.default_rng([seed, 7])
    n = TK_N
    extract = int((TK_EXTRACT - TK_START).total_seconds())
    weekday = np.array([(TK_START.weekday() + d) % 7 for d in range(TK_DAYS)])
    day_w = np.array(TK_WEEKDAY_WEIGHT)[weekday]
    day = np.repeat(np.arange(TK_DAYS), rng.multinomial(n, day_w / day_w.sum()))
    hours = np.empty(n, dtype=np.int64)
    for d in range(7):
        rows = np.flatnonzero(weekday[day] == d)
        w = np.array(TK_HOUR_WEIGHT if d < 5 else TK_WEEKEND_HOUR_WEIGHT)
        if d == 0:
            w = w * np.where((np.arange(24) >= 8) & (np.arange(24) < 12), TK_MONDAY_MORNING, 1)
        hours[rows] = rng.choice(24, size=rows.size, p=w / w.sum())
    created = np.sort(day * 86400 + hours * 3600 + rng.integers(0, 3600, size=n))
    for i in range(1, n):  # two tickets are never created in the same second
        created[i] = max(created[i], created[i - 1] + 1)
    tod = created % 86400
    working = (weekday[created // 86400] < 5) & (tod >= TK_WORKING_HOURS[0]) & (
        tod < TK_WORKING_HOURS[1])

    channels = list(TK_CHANNELS)
    channel = np.where(
        working,
        rng.choice(channels, size=n, p=[v[0] for v in TK_CHANNELS.values()]),
        rng.choice(channels, size=n, p=[v[1] for v in TK_CHANNELS.values()]))
    categories = list(TK_CATEGORIES)
    category = rng.choice(categories, size=n, p=[v[1] for v in TK_CATEGORIES.values()])
    priority = np.empty(n, dtype="<U2")
    team = np.empty(n, dtype="<U15")
    for cat, (_, _, p_prio, p_team) in TK_CATEGORIES.items():
        rows = np.flatnonzero(category == cat)
        priority[rows] = rng.choice(["P1", "P2", "P3", "P4"], size=rows.size, p=p_prio)
        team[rows] = rng.choice(list(p_team), size=rows.size, p=list(p_team.values()))

    drift_s = int((TK_DRIFT - TK_START).total_seconds())
    after = created >= drift_s
    minutes = np.array([TK_RESPONSE[c][0] for c in channel]) * np.exp(
        np.array([TK_RESPONSE[c][1] for c in channel]) * rng.standard_normal(n))
    minutes *= np.array([TK_RESPONSE_FACTOR[p] for p in priority])
    minutes *= np.where(working, 1.0, TK_RESPONSE_FACTOR["night"])
    minutes *= np.where(team == "service_desk", 1.0, TK_RESPONSE_FACTOR["other_team"])
    slow = (team == "service_desk") & after & np.isin(priority, ["P3", "P4"])
    minutes *= np.where(slow, TK_DRIFT_RESPONSE, 1.0)
    first = created + np.maximum(np.rint(minutes * 60).astype(np.int64), 20)
    first = np.minimum(first, extract - 60)  # the log was taken after every first response

    promise = np.array([TK_PROMISE_HOURS[p] for p in priority]) * 3600
    promised = created + promise
    p_late = np.array([TK_LATE[p] for p in priority])
    p_late[(priority == "P3") & after] = TK_DRIFT_LATE_P3
    late = (rng.random(n) < p_late) | (first >= promised)
    share = rng.beta(1.2, 2.2, size=n)
    on_time = first + np.maximum(np.rint(share * (promised - first)), 60).astype(np.int64)
    extra_h = np.array([TK_LATE_EXTRA_HOURS[p] for p in priority])
    extra = extra_h * 3600 * np.exp(0.9 * rng.standard_normal(n))
    stuck = rng.random(n) < TK_STUCK[0]
    extra = np.where(stuck, rng.uniform(TK_STUCK[1], TK_STUCK[2], size=n) * 86400, extra)
    overdue = np.maximum(promised, first) + np.maximum(np.rint(extra), 60).astype(np.int64)
    resolved = np.where(late, overdue, np.minimum(on_time, promised))
    is_open = resolved >= extract

    fcr = rng.random(n) < np.array([TK_FCR[c] for c in channel])
    contacts = np.where(fcr, 1, 1 + rng.geometric(0.6, size=n))
    reopened = (rng.random(n) < TK_REOPEN) & ~is_open
    contacts = contacts + reopened
    z = (TK_CSAT_LATENT["base"] + TK_CSAT_LATENT["late"] * (resolved > promised)
         + TK_CSAT_LATENT["reopened"] * reopened
         + TK_CSAT_LATENT["extra_contact"] * (contacts - 1) + rng.standard_normal(n))
    csat = 1 + (z[:, None] > np.array(TK_CSAT_CUTS)[None, :]).sum(axis=1)
    answered = (rng.random(n) < TK_SURVEY) & ~is_open

    resolved_text = _stamps(TK_START, resolved)
    return pd.DataFrame({
        "ticket_id": [f"T{i + 1:05d}" for i in range(n)],
        "created": _stamps(TK_START, created),
        "channel": channel,
        "category": category,
        "priority": priority,
        "team": team,
        "first_response": _stamps(TK_START, first),
        "resolved": ["" if o else s for s, o in zip(resolved_text, is_open, strict=True)],
        "promised": _stamps(TK_START, promised),
        "contacts": contacts.astype(np.int64),
        "reopened": reopened.astype(np.int64),
        "csat": pd.arrays.IntegerArray(csat.astype(np.int64), ~answered),
    })


# --------------------------------------------------------------------------------------
# Bank branch event logs (seed cases 002/003)
# --------------------------------------------------------------------------------------
BANK_DAYS: dict[str, dt.date] = {"before": dt.date(2026, 3, 2), "after": dt.date(2026, 5, 11)}
"""First day (a Monday) of the two observed fortnights, ten working days each."""
BANK_VISITS = 600
"""Customer visits sampled in each fortnight (same demand before and after)."""
BANK_OPEN = (9 * 3600, 16 * 3600, 17 * 3600)
"""Doors open 09:00; no new customers after 16:00; the branch closes at 17:00."""
BANK_WEEKDAY_WEIGHT: tuple[float, ...] = (1.3, 1.0, 0.95, 0.95, 1.1)
BANK_SLOT_WEIGHT: tuple[float, ...] = (1.4, 1.3, 1.1, 1.0, 1.0, 1.1, 1.3, 1.3, 1.0, 0.8,
                                       0.8, 0.7, 0.6, 0.5)
"""Relative arrivals per half hour from 09:00 to 16:00 (morning and lunch-time peaks)."""
BANK_SERVICES: dict[str, float] = {"cash": 0.49, "card_issue": 0.17, "account_opening": 0.16,
                                   "loan_enquiry": 0.18}
"""Service → share of visits (the same demand in both fortnights)."""
BANK_STAFF: dict[str, dict[str, tuple[str, ...]]] = {
    "before": {"ticket": ("ticket_machine",), "form": ("form_desk",),
               "teller": ("teller_1", "teller_2", "teller_3"),
               "back_office": ("back_office_1",), "advisor": ("advisor_1",)},
    "after": {"ticket": ("smart_ticket_machine",), "form": ("lobby_manager",),
              "teller": ("teller_1", "teller_2", "teller_3"),
              "kiosk": ("kiosk_1", "kiosk_2"),
              "back_office": ("back_office_1",), "advisor": ("advisor_1",)},
}
"""Pools of resources: a resource is the counter, desk or machine where an activity happens
(``teller_1`` = counter 1). ``form_desk`` is where customers fill in paper forms. After the
redesign the customer picks the service on a smart ticket machine, which sends routine cash
to the kiosks; the third teller becomes the lobby manager, who pre-fills forms with the
customer on a tablet and opens counter 3 when the queue is long (:data:`BANK_FLEXIBLE`)."""
BANK_FLEXIBLE: dict[str, dict[str, tuple[str, int]]] = {
    "before": {},
    "after": {"teller_3": ("lobby_manager", 5)},
}
"""Counters staffed on demand: after the redesign the lobby manager opens counter 3 while
at least five customers wait for a counter (and nobody needs her in the lobby)."""
BANK_BREAKS: dict[str, dict[str, tuple[tuple[int, int], ...]]] = {
    "before": {"teller_1": ((11 * 3600 + 1800, 4500),),
               "teller_2": ((11 * 3600 + 2700, 4500),)},
    "after": {"teller_1": ((13 * 3600 + 1800, 2700),), "teller_2": ((14 * 3600 + 900, 2700),),
              "lobby_manager": ((15 * 3600, 2700),)},
}
"""Breaks of people (start, length in seconds). Before, two of the three tellers take 75
minutes in the lunch-time peak (from 11:30 and 11:45); after, the tellers and the lobby
manager take 45 minutes in the quiet afternoon (13:30, 14:15, 15:00). Whoever is serving a
customer when the break is due goes after finishing."""
BANK_SLOT = (9 * 3600, 1500, 17)
"""After the redesign most loan enquiries (``BANK_RULES["after"]["appointment"]``) book the
advisor in the bank's app: slots every 25 minutes from 09:00 to 15:40. A customer books the
first free slot at or after the time they would have come and arrives 1–6 minutes early;
who finds no free slot that day comes without one."""
BANK_NO_QUEUE = ("ticket_machine", "smart_ticket_machine", "form_desk")
"""Places where nobody queues (any number of customers at once)."""
BANK_MINUTES: dict[str, dict[str, float]] = {
    "before": {"Take ticket": 0.5, "Fill in form/card_issue": 6.0,
               "Fill in form/account_opening": 10.0, "Fill in form/rework": 5.0,
               "Identify customer": 2.0, "Check documents/card_issue": 3.0,
               "Check documents/account_opening": 4.0, "Back-office approval": 10.0,
               "Process transaction/cash": 4.5, "Process transaction/card_issue": 5.0,
               "Process transaction/account_opening": 8.0, "Print and sign/cash": 1.5,
               "Print and sign/card_issue": 2.0, "Print and sign/account_opening": 3.0,
               "Hand over card": 1.5, "Loan consultation": 20.0},
    "after": {"Take ticket": 1.0, "Fill in form/card_issue": 3.0,
              "Fill in form/account_opening": 4.0, "Fill in form/rework": 3.0,
              "Identify customer": 2.0, "Check documents/card_issue": 3.0,
              "Check documents/account_opening": 4.0, "Back-office approval": 8.0,
              "Process transaction/cash": 4.5, "Process transaction/kiosk": 3.5,
              "Process transaction/card_issue": 5.0,
              "Process transaction/account_opening": 8.0, "Print and sign/cash": 1.5,
              "Print and sign/card_issue": 2.0, "Print and sign/account_opening": 3.0,
              "Hand over card": 1.5, "Loan consultation": 20.0},
}
"""Median minutes of each activity (``activity/variant``); drawn log-normal, log-SD 0.35."""
BANK_RULES: dict[str, dict[str, float]] = {
    "before": {"appointment": 0, "kiosk_cash": 0.0, "approval/account_opening": 1.0,
               "approval/card_issue": 0.4, "rework/account_opening": 0.25,
               "rework/card_issue": 0.15},
    "after": {"appointment": 0.9, "kiosk_cash": 0.30, "approval/account_opening": 0.3,
              "approval/card_issue": 0.0, "rework/account_opening": 0.05,
              "rework/card_issue": 0.05},
}
"""Shares of the visits: loan enquiries with an appointment, cash visits handled at a
self-service kiosk, cases needing back-office approval, cases whose documents were
incomplete (a rework loop: the form again, then the documents are checked again)."""


def _bank_cases(period: str, seed: int) -> list[dict]:
    """Arrival time, service and planned stages of every visit of one fortnight.

    The demand — arrival times, services and the uniform numbers that decide kiosk use,
    rework, approval and how early an appointment customer comes — is drawn from
    ``default_rng([seed, 8])`` and is the same in both periods (a like-for-like
    comparison). Activity durations come from the period's own stream
    ``default_rng([seed, 8, 0])`` (before) or ``default_rng([seed, 8, 1])`` (after).
    """
    demand = np.random.default_rng([seed, 8])
    w = np.outer(BANK_WEEKDAY_WEIGHT * 2, BANK_SLOT_WEIGHT).ravel()  # 10 days × 14 slots
    slots = np.repeat(np.arange(w.size), demand.multinomial(BANK_VISITS, w / w.sum()))
    offsets = np.sort(slots * 1800 + demand.integers(0, 1800, size=slots.size))
    services = demand.choice(list(BANK_SERVICES), size=slots.size,
                             p=list(BANK_SERVICES.values()))
    chance = demand.random((slots.size, 5))  # kiosk, rework, approval, booking, how early
    rng = np.random.default_rng([seed, 8, list(BANK_DAYS).index(period)])
    first = BANK_DAYS[period]
    rules, minutes = BANK_RULES[period], BANK_MINUTES[period]

    def take(key: str) -> int:
        return max(20, int(np.rint(minutes[key] * 60 * np.exp(0.35 * rng.standard_normal()))))

    cases = []
    for off, svc, u in zip(offsets, services, chance, strict=True):
        d, sec = divmod(int(off), 14 * 1800)
        day = first + dt.timedelta(days=d + 2 * (d // 5))  # skip the weekend
        ticket = [("Take ticket", take("Take ticket"))]
        stages: list[tuple[str, list[tuple[str, int]], int]] = []
        if svc == "cash":
            if u[0] < rules["kiosk_cash"]:
                stages.append(("kiosk", [("Process transaction",
                                          take("Process transaction/kiosk"))], 1))
            else:
                stages.append(("teller", [("Identify customer", take("Identify customer")),
                                          ("Process transaction",
                                           take("Process transaction/cash")),
                                          ("Print and sign", take("Print and sign/cash"))], 1))
        elif svc == "loan_enquiry":
            if period == "before":  # one queue for all: the teller refers to the advisor
                stages.append(("teller", [("Identify customer", take("Identify customer"))],
                               1))
            stages.append(("advisor", [("Loan consultation", take("Loan consultation"))], 1))
        else:
            form = ("Fill in form", take(f"Fill in form/{svc}"))
            stages.append(("form", [form], 1))
            desk = [("Identify customer", take("Identify customer")),
                    ("Check documents", take(f"Check documents/{svc}"))]
            prio = 1  # 0 = back at the counter after an earlier visit: served first
            if u[1] < rules[f"rework/{svc}"]:
                stages.append(("teller", desk, prio))
                stages.append(("form", [("Fill in form", take("Fill in form/rework"))], 0))
                desk, prio = [("Check documents", take(f"Check documents/{svc}"))], 0
            if u[2] < rules[f"approval/{svc}"]:
                stages.append(("teller", desk, prio))
                stages.append(("back_office", [("Back-office approval",
                                                take("Back-office approval"))], 0))
                desk, prio = [], 0
            desk += [("Process transaction", take(f"Process transaction/{svc}")),
                     ("Print and sign", take(f"Print and sign/{svc}")),
                     ("Hand over card", take("Hand over card"))]
            stages.append(("teller", desk, prio))
        stages.insert(0, ("ticket", ticket, 1))
        cases.append({"day": day, "arrival": BANK_OPEN[0] + sec, "service": svc,
                      "books": u[3] < rules["appointment"], "early": 60 + int(u[4] * 300),
                      "stages": stages})
    if rules["appointment"]:
        first_slot, step, n_slots = BANK_SLOT
        for day in sorted({c["day"] for c in cases}):
            taken = [False] * n_slots
            for case in cases:
                if case["day"] != day or not (case["service"] == "loan_enquiry"
                                              and case["books"]):
                    continue
                wish = max(0, -(-(case["arrival"] - first_slot) // step))
                slot = next((k for k in range(wish, n_slots) if not taken[k]), None)
                if slot is not None:
                    taken[slot] = True
                    case["arrival"] = max(BANK_OPEN[0], first_slot + slot * step - case["early"])
        cases.sort(key=lambda c: (c["day"], c["arrival"]))
    return cases


def _bank_simulate(cases: list[dict], staff: dict[str, tuple[str, ...]],
                   breaks: dict[str, tuple[tuple[int, int], ...]],
                   flexible: dict[str, tuple[str, int]]
                   ) -> list[tuple[int, str, int, int, str]]:
    """Serve one day's cases: rows (case index, activity, start s, end s, resource).

    A small discrete-event simulation. Each stage waits for a free resource of its pool,
    first come, first served, except that customers coming back to a pool (priority 0)
    go first; at :data:`BANK_NO_QUEUE` places nobody waits. The free resource that has
    been idle longest takes the next customer. ``flexible`` maps a resource to the person
    who staffs it and a queue length: that person opens it only while at least that many
    customers wait, and only when not needed at their own post (pools are served in the
    order of ``staff``). A person on a break (``breaks``) serves nobody; a break that falls
    due while serving starts when that customer is done.
    """
    person = {r: flexible[r][0] if r in flexible else r
              for names in staff.values() for r in names}
    people = sorted(set(person.values()))
    free = {p: 0 for p in people if p not in BANK_NO_QUEUE}  # person -> idle since
    queues: dict[str, list[tuple[int, int, int, int]]] = {pool: [] for pool in staff}
    # events (time, kind, a, b): 0 = stage a/b done, 1 = case a ready for stage b,
    # 2 = break of person a due (b seconds long), 3 = person a back from a break
    events: list[tuple[int, int, int, int]] = []
    for who, spans in breaks.items():
        for due, length in spans:
            heapq.heappush(events, (due, 2, people.index(who), length))
    for c, case in enumerate(cases):
        heapq.heappush(events, (case["arrival"], 1, c, 0))
    rows: list[tuple[int, str, int, int, str]] = []
    serving: dict[tuple[int, int], str] = {}
    pending: dict[str, int] = {}

    def begin(c: int, s: int, now: int, resource: str) -> None:
        t = now
        for activity, seconds in cases[c]["stages"][s][1]:
            rows.append((c, activity, t, t + seconds, resource))
            t += seconds
        serving[(c, s)] = resource
        heapq.heappush(events, (t, 0, c, s))

    while events:
        now, kind, a, b = heapq.heappop(events)
        if kind == 0:
            who = person[serving.pop((a, b))]
            if who in pending:
                heapq.heappush(events, (now + pending.pop(who), 3, people.index(who), 0))
            elif who not in BANK_NO_QUEUE:
                free[who] = now
            if b + 1 < len(cases[a]["stages"]):
                heapq.heappush(events, (now, 1, a, b + 1))
        elif kind == 1:
            pool, _, priority = cases[a]["stages"][b]
            if staff[pool][0] in BANK_NO_QUEUE:
                begin(a, b, now, staff[pool][0])
                continue
            heapq.heappush(queues[pool], (priority, now, a, b))
        elif kind == 2:
            if people[a] in free:
                del free[people[a]]
                heapq.heappush(events, (now + b, 3, a, 0))
            else:
                pending[people[a]] = b
        else:
            free[people[a]] = now
        for pool, queue in queues.items():
            while queue:
                options = [r for r in staff[pool] if person[r] in free
                           and (r not in flexible or len(queue) >= flexible[r][1])]
                if not options:
                    break
                resource = min(options, key=lambda r: (r in flexible, free[person[r]], r))
                del free[person[resource]]
                _, _, qc, qs = heapq.heappop(queue)
                begin(qc, qs, now, resource)
    return rows


def generate_bank_branch_events(period: str, seed: int = SEED) -> pd.DataFrame:
    """The event log of the bank branch for ``period`` ``"before"`` or ``"after"``.

    One row per activity instance, columns ``case_id`` (B0001… before, A0001… after),
    ``activity``, ``start``, ``end`` (``YYYY-MM-DD HH:MM:SS``), ``resource`` and
    ``service``; sorted by case, then start. Waiting is not an activity: it is the gap
    between the activities of a case. Both periods serve the same demand
    (:data:`BANK_VISITS` visits, see :func:`_bank_cases`); the redesign changes the staff
    (:data:`BANK_STAFF`, :data:`BANK_BREAKS`), the routing, the activity times
    (:data:`BANK_MINUTES`) and the rules (:data:`BANK_RULES`).
    """
    if period not in BANK_DAYS:
        raise ValueError(f"period must be one of {list(BANK_DAYS)}, got {period!r}")
    cases = _bank_cases(period, seed)
    prefix = "B" if period == "before" else "A"
    out = []
    for day in sorted({c["day"] for c in cases}):
        index = [i for i, c in enumerate(cases) if c["day"] == day]
        base = dt.datetime.combine(day, dt.time())
        day_rows = _bank_simulate([cases[i] for i in index], BANK_STAFF[period],
                                  BANK_BREAKS[period], BANK_FLEXIBLE[period])
        for c, activity, t0, t1, resource in day_rows:
            out.append((index[c], activity, base + dt.timedelta(seconds=t0),
                        base + dt.timedelta(seconds=t1), resource))
    out.sort(key=lambda r: (r[0], r[2], r[3]))
    return pd.DataFrame({
        "case_id": [f"{prefix}{c + 1:04d}" for c, *_ in out],
        "activity": [r[1] for r in out],
        "start": [f"{r[2]:%Y-%m-%d %H:%M:%S}" for r in out],
        "end": [f"{r[3]:%Y-%m-%d %H:%M:%S}" for r in out],
        "resource": [r[4] for r in out],
        "service": [cases[r[0]]["service"] for r in out],
    })


def write_operations(outdir: Path, seed: int = SEED) -> list[Path]:
    """Write the ticket log and the two bank event logs into ``outdir``; return the paths."""
    return write_frames(outdir, {TICKETS_FILE: generate_it_service_desk_tickets(seed),
                                 BANK_BEFORE_FILE: generate_bank_branch_events("before", seed),
                                 BANK_AFTER_FILE: generate_bank_branch_events("after", seed)})


# ======================================================================================
# Internal customers, complaints and service recovery, hotline demand (issue 8): requests
# between the departments of one company, a bank's complaint log with a no-complaint
# baseline, and half-hourly calls to the bank's hotline. Own random streams
# default_rng([seed, 9]), ([seed, 10]), ([seed, 10, 1]) and ([seed, 11]), so the files
# above do not change. Data cards: data/README.md.
# ======================================================================================
INTERNAL_FILE = "internal_requests.csv"
COMPLAINTS_FILE = "complaints.csv"
BASELINE_FILE = "complaint_baseline.csv"
HOTLINE_FILE = "hotline_arrivals.csv"


# --------------------------------------------------------------------------------------
# Internal requests (seed case 000: internal customers and suppliers)
# --------------------------------------------------------------------------------------
IR_N = 3000
"""Requests in the log."""
IR_START = dt.datetime(2026, 1, 1)
IR_DAYS = 181
"""Requests were created on the working days from 1 January to 30 June 2026."""
IR_EXTRACT = dt.datetime(2026, 7, 1, 18)
"""When the log was taken: requests not resolved by then are open (``resolved`` empty)."""
IR_DEPARTMENTS: dict[str, str] = {
    "sales": "销售部", "customer_service": "客户服务部", "marketing": "市场部",
    "finance": "财务部", "hr": "人力资源部", "it": "信息技术部", "procurement": "采购部",
    "legal": "法务部", "operations": "运营部",
}
"""Department key → Chinese name. ``operations`` runs the warehouse, the deliveries and
the buildings; it is an internal customer of procurement (spare parts, materials) and an
internal supplier of sales and customer service (delivery changes) and of everyone
(facility repairs)."""

IR_TYPES: dict[str, tuple[str, int, float]] = {
    "it_access": ("it", 24, 3.0),
    "laptop": ("it", 72, 8.0),
    "payroll_query": ("hr", 48, 5.0),
    "hiring": ("hr", 720, 90.0),
    "invoice_payment": ("finance", 120, 14.0),
    "report_data": ("finance", 72, 8.0),
    "purchase_order": ("procurement", 168, 18.0),
    "contract_review": ("legal", 168, 45.0),
    "facility_repair": ("operations", 48, 5.0),
    "delivery_change": ("operations", 24, 3.0),
}
"""Request type → (supplying department, target in wall-clock hours = the internal SLA,
median turnaround in office hours). Suppliers work Monday–Friday 08:30–18:30
(:data:`IR_OFFICE`), so 10 office hours are one working day and a week has 50."""

IR_DEMAND: dict[str, dict[str, float]] = {
    "sales": {"it_access": 110, "laptop": 60, "payroll_query": 70, "hiring": 25,
              "report_data": 120, "contract_review": 140, "facility_repair": 20,
              "delivery_change": 150},
    "customer_service": {"it_access": 150, "laptop": 70, "payroll_query": 90, "hiring": 30,
                         "report_data": 40, "facility_repair": 35, "delivery_change": 180},
    "marketing": {"it_access": 60, "laptop": 30, "payroll_query": 25, "invoice_payment": 90,
                  "report_data": 60, "purchase_order": 40, "contract_review": 40},
    "finance": {"it_access": 50, "laptop": 20, "payroll_query": 20, "facility_repair": 15},
    "hr": {"it_access": 40, "laptop": 25, "invoice_payment": 20, "contract_review": 15},
    "it": {"payroll_query": 30, "hiring": 15, "invoice_payment": 40, "purchase_order": 70},
    "procurement": {"it_access": 25, "laptop": 10, "invoice_payment": 120,
                    "contract_review": 80},
    "legal": {"it_access": 15, "laptop": 8, "invoice_payment": 10},
    "operations": {"it_access": 90, "laptop": 40, "payroll_query": 110, "hiring": 35,
                   "invoice_payment": 60, "report_data": 50, "purchase_order": 260},
}
"""Requester → {request type: relative volume}. A department asks only for what it
needs: 32 of the 72 possible requester → supplier links exist."""

IR_LINKS: dict[tuple[str, str], tuple[float, float]] = {
    ("operations", "procurement"): (4.5, -0.4),
    ("customer_service", "it"): (0.4, 0.7),
}
"""(requester, supplier) → (factor on the median turnaround, shift of the latent
satisfaction). The weak link: procurement buys spare parts and materials for operations
through the full tender route and nobody tells the warehouse where an order stands. The
strong link: an IT engineer sits with the contact centre."""

IR_MANAGED_EXPECTATIONS: dict[str, float] = {"legal": 0.2}
"""Supplier → factor on the lateness penalty. Legal agrees a realistic date with the
requester when it accepts a contract review, so lateness against the SLA hurts little."""

IR_PLANTED: dict[str, object] = {
    "weak_link": ("operations", "procurement"),
    "managed_expectations": "legal",
    "strong_link": ("customer_service", "it"),
}
"""The planted links that tests/test_data.py checks."""

IR_TURNAROUND_SD = 0.5
"""Log-SD of the turnaround around its median."""
IR_SAT: dict[str, float] = {"base": 1.15, "late": 0.9, "per_target": 0.6}
"""Latent satisfaction = base + link shift − m × (0.9 × [late] + 0.6 × min(r − 1, 2)⁺)
+ N(0, 1), cut like the ticket CSAT (:data:`TK_CSAT_CUTS`) into 1–5; r = turnaround /
target (wall clock), late = r > 1, m from :data:`IR_MANAGED_EXPECTATIONS` (else 1)."""
IR_RATED = 0.65
"""Share of resolved requests whose requester rated the service."""
IR_OFFICE = (8 * 3600 + 1800, 18 * 3600 + 1800)
"""Office hours of the suppliers, Monday–Friday 08:30–18:30 (seconds after midnight)."""
IR_HOUR_WEIGHT: tuple[float, ...] = (0.6, 1.4, 1.5, 1.2, 0.5, 0.9, 1.3, 1.2, 1.0, 0.7)
"""Relative volume of new requests per hour from 08:00 to 17:00 (the first hour starts
at 08:30). Requests are created Monday–Friday only; public holidays are not modelled."""
IR_WEEKDAY_WEIGHT: tuple[float, ...] = (1.15, 1.0, 1.0, 1.0, 0.85)


def _add_office_time(start: np.ndarray, work: np.ndarray) -> np.ndarray:
    """``start`` (seconds after :data:`IR_START`, inside office hours) plus ``work``
    seconds of office time (:data:`IR_OFFICE`, Monday–Friday), as seconds after
    :data:`IR_START`. Example: Friday 17:30 + 2 office hours = Monday 09:30."""
    opens, length = IR_OFFICE[0], IR_OFFICE[1] - IR_OFFICE[0]
    horizon = np.arange(IR_DAYS + 3 * 365)
    workdays = horizon[(IR_START.weekday() + horizon) % 7 < 5]
    day, tod = np.divmod(start, 86400)
    forward, rest = np.divmod(tod - opens + work, length)
    index = np.searchsorted(workdays, day) + forward
    return workdays[np.minimum(index, workdays.size - 1)] * 86400 + opens + rest


def generate_internal_requests(seed: int = SEED) -> pd.DataFrame:
    """The log of requests between the departments of one company, January–June 2026.

    One row per request (:data:`IR_N`), sorted by ``created``. Columns ``request_id``
    (R00001…), ``created``, ``requester`` (the internal customer), ``supplier`` (the
    department that serves it), ``request_type``, ``target_hours`` (the internal SLA,
    wall-clock hours), ``resolved`` (empty while open), ``satisfaction`` (1–5, nullable
    ``Int64``: empty when not rated). Times are ``YYYY-MM-DD HH:MM:SS`` strings.

    Planted: the network of :data:`IR_DEMAND`; the weak link operations → procurement
    (slow and unhappy), legal's slow but accepted contract reviews, the strong link
    customer service → IT (:data:`IR_LINKS`, :data:`IR_MANAGED_EXPECTATIONS`); lower
    satisfaction the later a request is (:data:`IR_SAT`). Uses ``default_rng([seed, 9])``.
    """
    rng = np.random.default_rng([seed, 9])
    n = IR_N
    pairs = [(r, k) for r, types in IR_DEMAND.items() for k in types]
    weights = np.array([IR_DEMAND[r][k] for r, k in pairs], dtype=float)
    link = np.repeat(np.arange(len(pairs)), rng.multinomial(n, weights / weights.sum()))
    weekday = np.array([(IR_START.weekday() + d) % 7 for d in range(IR_DAYS)])
    day_w = np.array((*IR_WEEKDAY_WEIGHT, 0.0, 0.0))[weekday]  # no requests at weekends
    day = rng.choice(IR_DAYS, size=n, p=day_w / day_w.sum())
    hour_w = np.array(IR_HOUR_WEIGHT)
    hour = 8 + rng.choice(hour_w.size, size=n, p=hour_w / hour_w.sum())
    start = np.where(hour == 8, 1800, 0)
    created = day * 86400 + hour * 3600 + start + rng.integers(0, 3600 - start, size=n)
    link = rng.permutation(link)  # which link each request (in time order) belongs to
    created = np.sort(created)
    for i in range(1, n):  # two requests are never created in the same second
        created[i] = max(created[i], created[i - 1] + 1)

    requester = np.array([pairs[i][0] for i in link])
    rtype = np.array([pairs[i][1] for i in link])
    supplier = np.array([IR_TYPES[k][0] for k in rtype])
    target = np.array([IR_TYPES[k][1] for k in rtype])
    median = np.array([IR_TYPES[k][2] for k in rtype])
    shift = np.zeros(n)
    for (req, sup), (factor, sat_shift) in IR_LINKS.items():
        rows = (requester == req) & (supplier == sup)
        median[rows] *= factor
        shift[rows] = sat_shift
    work = median * 3600 * np.exp(IR_TURNAROUND_SD * rng.standard_normal(n))
    resolved = _add_office_time(created, np.maximum(np.rint(work), 600).astype(np.int64))
    extract = int((IR_EXTRACT - IR_START).total_seconds())
    is_open = resolved >= extract

    ratio = (resolved - created) / (target * 3600)
    over = np.minimum(np.maximum(ratio - 1, 0), 2)
    penalty = np.array([IR_MANAGED_EXPECTATIONS.get(s, 1.0) for s in supplier])
    z = (IR_SAT["base"] + shift
         - penalty * (IR_SAT["late"] * (ratio > 1) + IR_SAT["per_target"] * over)
         + rng.standard_normal(n))
    satisfaction = 1 + (z[:, None] > np.array(TK_CSAT_CUTS)[None, :]).sum(axis=1)
    rated = (rng.random(n) < IR_RATED) & ~is_open

    resolved_text = _stamps(IR_START, resolved)
    return pd.DataFrame({
        "request_id": [f"R{i + 1:05d}" for i in range(n)],
        "created": _stamps(IR_START, created),
        "requester": requester,
        "supplier": supplier,
        "request_type": rtype,
        "target_hours": target.astype(np.int64),
        "resolved": ["" if o else s for s, o in zip(resolved_text, is_open, strict=True)],
        "satisfaction": pd.arrays.IntegerArray(satisfaction.astype(np.int64), ~rated),
    })


# --------------------------------------------------------------------------------------
# Complaint log and no-complaint baseline (seed case 003: complaint handling, recovery)
# --------------------------------------------------------------------------------------
CP_BASE_N = 2400
"""Complaints spread over the year (the app outage adds :data:`CP_OUTAGE` more)."""
CP_START = dt.datetime(2025, 7, 1)
CP_DAYS = 365
"""Complaints were received from 1 July 2025 to 30 June 2026."""
CP_MONTH_WEIGHT: dict[int, float] = {7: 1.0, 8: 0.95, 9: 0.95, 10: 1.05, 11: 1.0, 12: 1.05,
                                     1: 1.25, 2: 1.35, 3: 0.95, 4: 0.9, 5: 0.9, 6: 0.95}
"""Relative complaints per day by month: the year-end and Spring Festival rush (the
festival is on 17 February 2026) brings more complaints in January and February."""
CP_LONG_WAIT_PEAK = (1, 2, 1.6)
"""In January and February long waits are 1.6 times as likely a reason as in other months."""
CP_OUTAGE = (dt.date(2025, 11, 11), (45, 30, 15, 10))
"""A failed app release on 11 November 2025: extra ``app_outage`` complaints on 11–14
November (45, 30, 15, 10 of them)."""
CP_WEEKEND = 0.7
"""Relative complaints on Saturdays and Sundays."""

CP_CATEGORIES: dict[str, tuple[str, float, tuple[float, float, float]]] = {
    "long_wait": ("排队等候时间长", 0.30, (0.75, 0.22, 0.03)),
    "fee_dispute": ("费用争议", 0.26, (0.45, 0.45, 0.10)),
    "app_outage": ("手机银行故障", 0.20, (0.45, 0.42, 0.13)),
    "transaction_error": ("交易差错", 0.06, (0.15, 0.45, 0.40)),
    "staff_attitude": ("服务态度", 0.05, (0.50, 0.40, 0.10)),
    "wrong_information": ("信息错误", 0.04, (0.30, 0.50, 0.20)),
    "card_problem": ("银行卡问题", 0.035, (0.35, 0.45, 0.20)),
    "loan_processing": ("贷款办理", 0.025, (0.25, 0.50, 0.25)),
    "other": ("其他", 0.02, (0.60, 0.30, 0.10)),
    "privacy": ("隐私与信息安全", 0.01, (0.05, 0.35, 0.60)),
}
"""Category → (Chinese name, share of the complaints, P(low, medium, high severity)).
The first three are the vital few (76 % before the seasonal effects)."""
CP_CHANNELS: dict[str, tuple[float, ...]] = {
    "default": (0.38, 0.12, 0.22, 0.20, 0.08),
    "app_outage": (0.25, 0.08, 0.35, 0.02, 0.30),
    "long_wait": (0.25, 0.05, 0.15, 0.45, 0.10),
}
"""P(channel) for ``phone``, ``email``, ``app``, ``branch``, ``social_media`` by category."""
CP_CHANNEL_NAMES: tuple[str, ...] = ("phone", "email", "app", "branch", "social_media")
CP_CHANNEL_HOURS: dict[str, tuple[int, int]] = {
    "phone": (8, 20), "email": (7, 24), "app": (7, 24), "branch": (9, 17),
    "social_media": (7, 24)}
"""Hours in which complaints come in through each channel (uniform within them)."""
CP_RESPONSE: dict[str, float] = {"phone": 0.2, "branch": 0.4, "social_media": 1.0,
                                 "app": 1.5, "email": 5.0}
"""Median hours to the first response by channel (log-normal, log-SD 0.9), × 0.6 for
high and × 1.2 for low severity."""
CP_RESOLUTION: dict[str, float] = {"low": 20.0, "medium": 34.0, "high": 55.0}
"""Median hours from the first response to the resolution by severity (log-SD 0.8)."""
CP_CENTRE = (8 * 3600, 22 * 3600)
"""The complaint centre works 08:00–22:00 every day; answers and resolutions that would
fall at night wait for the next morning."""
CP_UNRESOLVED = 0.02
"""Share of complaints still unresolved when the log was taken (1 July 2026)."""
CP_FIT = (0.26, 0.54, 0.20)
"""P(under-, matched, over-compensated) relative to severity (low → apology gift,
medium → fee refund or credit voucher, high → full refund; no over for high)."""
CP_MONEY_CATEGORIES = ("fee_dispute", "transaction_error", "card_problem", "loan_processing")
"""Categories where a level-2 compensation is a fee refund (else a credit voucher)."""
CP_SAT: dict[str, float] = {"good": 1.45, "baseline": 1.0, "slow_response": -0.9,
                            "slow_resolution": -1.1, "under": -1.5, "over": 0.1,
                            "high": -0.2, "unresolved": -1.3}
"""Latent satisfaction after recovery. A good recovery (first response ≤ 2 h, resolved
≤ 48 h, compensation matched to severity) starts at 1.45, the customers without a
complaint at 1.0; a slow response, a slow resolution and under-compensation each lower
it, over-compensation adds only 0.1; an unresolved complaint sits at −1.3. Plus N(0, 1),
cut like the ticket CSAT into 1–5."""
CP_REPURCHASE: tuple[float, ...] = (0.20, 0.35, 0.60, 0.80, 0.93)
"""P(the customer stayed / bought again within 6 months) for satisfaction 1–5 (the same
rule for complainants and the baseline)."""
CP_MISSING = (0.20, 0.05)
"""Shares of empty ``satisfaction_after`` and ``repurchase`` cells."""
CP_PLANTED: dict[str, object] = {
    "vital_few": ("long_wait", "fee_dispute", "app_outage"),
    "outage_month": "2025-11",
    "long_wait_months": ("2026-01", "2026-02"),
}
"""The planted Pareto and monthly effects that tests/test_data.py checks."""
CP_BASELINE_N = 3000
"""Customers without a complaint in the same period (``complaint_baseline.csv``)."""


def _next_open(seconds: np.ndarray, base: dt.datetime, hours: tuple[int, int],
               days: int, jitter: np.ndarray) -> np.ndarray:
    """Move times (seconds after ``base``, a midnight) that fall outside office hours to
    the next opening plus ``jitter`` seconds; times inside office hours stay.

    Office hours are ``hours`` (seconds after midnight, [open, close)) on the first
    ``days`` weekdays (5 = Monday–Friday, 7 = every day). Example: with (30600, 66600)
    and 5 days, Saturday 10:00 moves to Monday 08:30 + jitter.
    """
    out = np.asarray(seconds, dtype=np.int64).copy()
    day, tod = np.divmod(out, 86400)
    weekday = (base.weekday() + day) % 7
    inside = (weekday < days) & (tod >= hours[0]) & (tod < hours[1])
    target = np.where((weekday < days) & (tod < hours[0]), day, day + 1)
    while ((bad := (base.weekday() + target) % 7 >= days) & ~inside).any():
        target = np.where(bad & ~inside, target + 1, target)
    return np.where(inside, out, target * 86400 + hours[0] + jitter)


def _cp_outcome(z: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Satisfaction 1–5 from the latent ``z`` (+ N(0, 1)) and repurchase 0/1 from it."""
    sat = 1 + ((z + rng.standard_normal(z.size))[:, None]
               > np.array(TK_CSAT_CUTS)[None, :]).sum(axis=1)
    repurchase = (rng.random(z.size) < np.array(CP_REPURCHASE)[sat - 1]).astype(np.int64)
    return sat.astype(np.int64), repurchase


def generate_complaints(seed: int = SEED) -> pd.DataFrame:
    """The complaint log of a retail bank, 1 July 2025 – 30 June 2026.

    One row per complaint, sorted by ``received``. Columns ``complaint_id`` (C00001…),
    ``received``, ``channel``, ``category``, ``severity`` (low/medium/high),
    ``first_response``, ``resolved`` (empty when unresolved), ``compensation``,
    ``compensation_value`` (whole yuan, 0 for none), ``satisfaction_after`` (1–5) and
    ``repurchase`` (0/1), both nullable ``Int64``. Planted: the Pareto mix of
    :data:`CP_CATEGORIES`, the monthly pattern (:data:`CP_MONTH_WEIGHT`,
    :data:`CP_LONG_WAIT_PEAK`, :data:`CP_OUTAGE`) and the recovery paradox
    (:data:`CP_SAT`). Uses ``default_rng([seed, 10])``.
    """
    rng = np.random.default_rng([seed, 10])
    dates = [CP_START.date() + dt.timedelta(days=d) for d in range(CP_DAYS)]
    day_w = np.array([CP_MONTH_WEIGHT[d.month] * (CP_WEEKEND if d.weekday() >= 5 else 1.0)
                      for d in dates])
    day = np.repeat(np.arange(CP_DAYS), rng.multinomial(CP_BASE_N, day_w / day_w.sum()))
    names = list(CP_CATEGORIES)
    share = np.array([v[1] for v in CP_CATEGORIES.values()])
    peak = np.array([d.month in CP_LONG_WAIT_PEAK[:2] for d in dates])[day]
    p_peak = share * np.where(np.array(names) == "long_wait", CP_LONG_WAIT_PEAK[2], 1.0)
    category = np.where(peak, rng.choice(names, size=day.size, p=p_peak / p_peak.sum()),
                        rng.choice(names, size=day.size, p=share))
    first_outage = (CP_OUTAGE[0] - CP_START.date()).days
    extra = np.repeat(first_outage + np.arange(len(CP_OUTAGE[1])), CP_OUTAGE[1])
    day = np.concatenate([day, extra])
    category = np.concatenate([category, np.full(extra.size, "app_outage")])
    n = day.size

    channel = np.empty(n, dtype="<U12")
    severity = np.empty(n, dtype="<U6")
    for cat, (_, _, p_sev) in CP_CATEGORIES.items():
        rows = np.flatnonzero(category == cat)
        p_ch = CP_CHANNELS.get(cat, CP_CHANNELS["default"])
        channel[rows] = rng.choice(CP_CHANNEL_NAMES, size=rows.size, p=p_ch)
        severity[rows] = rng.choice(["low", "medium", "high"], size=rows.size, p=p_sev)
    opens = np.array([CP_CHANNEL_HOURS[c][0] for c in channel]) * 3600
    closes = np.array([CP_CHANNEL_HOURS[c][1] for c in channel]) * 3600
    received = day * 86400 + opens + np.floor(rng.random(n) * (closes - opens)).astype(np.int64)
    order = np.argsort(received, kind="stable")
    received, channel, category, severity = (received[order], channel[order],
                                             category[order], severity[order])
    for i in range(1, n):  # two complaints are never received in the same second
        received[i] = max(received[i], received[i - 1] + 1)

    sev_factor = np.select([severity == "high", severity == "low"], [0.6, 1.2], 1.0)
    hours = (np.array([CP_RESPONSE[c] for c in channel]) * sev_factor
             * np.exp(0.9 * rng.standard_normal(n)))
    first = _next_open(received + np.maximum(np.rint(hours * 3600), 60).astype(np.int64),
                       CP_START, CP_CENTRE, 7, rng.integers(0, 3600, size=n))
    hours = np.array([CP_RESOLUTION[s] for s in severity]) * np.exp(
        0.8 * rng.standard_normal(n))
    resolved = _next_open(first + np.maximum(np.rint(hours * 3600), 600).astype(np.int64),
                          CP_START, CP_CENTRE, 7, rng.integers(0, 3600, size=n))
    unresolved = rng.random(n) < CP_UNRESOLVED

    level = np.select([severity == "high", severity == "medium"], [3, 2], 1)
    fit = rng.choice([-1, 0, 1], size=n, p=CP_FIT)
    fit = np.where((level == 3) & (fit == 1), 0, fit)
    deeper = (fit == -1) & (level >= 2) & (rng.random(n) < 0.3)  # two levels under
    comp_level = np.where(unresolved, 0, level + fit - deeper)
    money = np.isin(category, CP_MONEY_CATEGORIES)
    compensation = np.select(
        [comp_level == 0, comp_level == 1, (comp_level == 2) & money, comp_level == 2],
        ["none", "apology_gift", "fee_refund", "credit_voucher"], "full_refund")
    value = np.select(
        [compensation == "apology_gift", compensation == "credit_voucher",
         compensation == "fee_refund", compensation == "full_refund"],
        [rng.choice([30, 50, 80], size=n, p=[0.4, 0.4, 0.2]),
         rng.choice([50, 100, 200], size=n, p=[0.3, 0.45, 0.25]),
         np.clip(np.rint(60 * np.exp(0.7 * rng.standard_normal(n))), 5, 1000),
         np.clip(np.rint(400 * np.exp(0.8 * rng.standard_normal(n))), 50, 5000)],
        0).astype(np.int64)

    slow_response = (first - received) > 2 * 3600
    slow_resolution = (resolved - received) > 48 * 3600
    z = (CP_SAT["good"] + CP_SAT["slow_response"] * slow_response
         + CP_SAT["slow_resolution"] * slow_resolution + CP_SAT["under"] * (fit < 0)
         + CP_SAT["over"] * (fit > 0) + CP_SAT["high"] * (severity == "high"))
    z = np.where(unresolved, CP_SAT["unresolved"], z)
    satisfaction, repurchase = _cp_outcome(z, rng)
    no_sat = rng.random(n) < CP_MISSING[0]
    no_rep = rng.random(n) < CP_MISSING[1]

    resolved_text = _stamps(CP_START, resolved)
    return pd.DataFrame({
        "complaint_id": [f"C{i + 1:05d}" for i in range(n)],
        "received": _stamps(CP_START, received),
        "channel": channel,
        "category": category,
        "severity": severity,
        "first_response": _stamps(CP_START, first),
        "resolved": ["" if u else s for s, u in zip(resolved_text, unresolved, strict=True)],
        "compensation": compensation,
        "compensation_value": value,
        "satisfaction_after": pd.arrays.IntegerArray(satisfaction, no_sat),
        "repurchase": pd.arrays.IntegerArray(repurchase, no_rep),
    })


def generate_complaint_baseline(seed: int = SEED) -> pd.DataFrame:
    """Customers of the same bank and year who did not complain (:data:`CP_BASELINE_N`).

    Columns ``customer_id`` (N00001…), ``satisfaction`` (1–5) and ``repurchase`` (0/1),
    drawn with the rule of the complaint log (:func:`_cp_outcome`) from the latent level
    ``CP_SAT["baseline"]``. Uses ``default_rng([seed, 10, 1])``.
    """
    rng = np.random.default_rng([seed, 10, 1])
    satisfaction, repurchase = _cp_outcome(np.full(CP_BASELINE_N, CP_SAT["baseline"]), rng)
    return pd.DataFrame({
        "customer_id": [f"N{i + 1:05d}" for i in range(CP_BASELINE_N)],
        "satisfaction": satisfaction,
        "repurchase": repurchase,
    })


# --------------------------------------------------------------------------------------
# Hotline arrivals (seed cases 002/003: the bank's queues and staffing)
# --------------------------------------------------------------------------------------
HL_START = dt.date(2026, 3, 2)
HL_DAYS = 28
"""Four weeks, Monday 2 – Sunday 29 March 2026."""
HL_PROFILE: tuple[float, ...] = (0.35, 0.55, 0.80, 0.97, 1.00, 0.96, 0.85, 0.72, 0.55, 0.50,
                                 0.58, 0.68, 0.78, 0.83, 0.80, 0.74, 0.66, 0.58, 0.50, 0.42,
                                 0.34, 0.27, 0.22, 0.17)
"""Relative calls per half hour from 08:00 to 19:30: the morning peak 09:30–11:00, the
lunch dip 12:00–13:30 and the smaller afternoon peak 14:00–15:30."""
HL_PEAK = 125.0
"""Expected calls in the busiest half hour (10:00) of a Wednesday or Thursday."""
HL_WEEKDAY: tuple[float, ...] = (1.25, 1.05, 1.0, 1.0, 1.05, 0.45, 0.35)
"""Day factor Monday … Sunday (weekends: only 09:00–17:30 open)."""
HL_WEEKEND_OPEN = (2, 20)
"""Intervals open at weekends: index 2 (09:00) up to but excluding 20 (18:00)."""
HL_SALARY_DAY = (dt.date(2026, 3, 10), 1.4)
"""Salary day: on Tuesday 10 March the hotline gets 40 % more calls."""
HL_AHT: tuple[float, float, float] = (300.0, 272.0, 10.0)
"""Mean handling time (s) of calls answered before noon and from noon on, and the SD of
an interval's average around it."""


def generate_hotline_arrivals(seed: int = SEED) -> pd.DataFrame:
    """Calls per 30 minutes at the bank's service hotline, four weeks of March 2026.

    Columns ``date`` (YYYY-MM-DD), ``weekday`` (Mon … Sun), ``interval`` (HH:MM start),
    ``arrivals`` (calls) and ``aht_seconds`` (average handling time of the calls answered
    in the interval, whole seconds). Weekdays have the 24 intervals 08:00–19:30, weekends
    the 18 intervals 09:00–17:30. Arrivals are Poisson around :data:`HL_PEAK` ×
    :data:`HL_PROFILE` × :data:`HL_WEEKDAY` (× the salary-day factor). Uses
    ``default_rng([seed, 11])``.
    """
    rng = np.random.default_rng([seed, 11])
    names = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    slots = [f"{8 + k // 2:02d}:{30 * (k % 2):02d}" for k in range(len(HL_PROFILE))]
    rows = []
    for d in range(HL_DAYS):
        date = HL_START + dt.timedelta(days=d)
        wd = date.weekday()
        open_slots = range(len(slots)) if wd < 5 else range(*HL_WEEKEND_OPEN)
        factor = HL_WEEKDAY[wd] * (HL_SALARY_DAY[1] if date == HL_SALARY_DAY[0] else 1.0)
        for k in open_slots:
            rows.append((date.isoformat(), names[wd], slots[k],
                         HL_PEAK * HL_PROFILE[k] * factor, k < 8))
    mean = np.array([r[3] for r in rows])
    morning = np.array([r[4] for r in rows])
    arrivals = rng.poisson(mean)
    aht = np.where(morning, HL_AHT[0], HL_AHT[1]) + HL_AHT[2] * rng.standard_normal(mean.size)
    return pd.DataFrame({
        "date": [r[0] for r in rows],
        "weekday": [r[1] for r in rows],
        "interval": [r[2] for r in rows],
        "arrivals": arrivals.astype(np.int64),
        "aht_seconds": np.rint(aht).astype(np.int64),
    })


def write_customers(outdir: Path, seed: int = SEED) -> list[Path]:
    """Write the internal requests, the complaint log, its baseline and the hotline
    arrivals into ``outdir``; return the paths."""
    return write_frames(outdir, {INTERNAL_FILE: generate_internal_requests(seed),
                                 COMPLAINTS_FILE: generate_complaints(seed),
                                 BASELINE_FILE: generate_complaint_baseline(seed),
                                 HOTLINE_FILE: generate_hotline_arrivals(seed)})


# ======================================================================================
# Government service window (issue 9, the capstone's alternative track): a KANO survey, a
# SERVQUAL survey and the queue-ticket log of one city-district administrative service
# hall (seed case 002: 一窗受理, online handling, feedback). Own random streams
# default_rng([seed, 12]), ([seed, 13]) and ([seed, 14]), so the files above do not
# change. Data cards: data/README.md.
# ======================================================================================
GOV_KANO_FILE = "kano_government_window.csv"
GOV_KANO_ATTRIBUTES_FILE = "kano_government_window_attributes.csv"
GOV_SERVQUAL_FILE = "servqual_government_window.csv"
GOV_VISITS_FILE = "government_window_visits.csv"

# --------------------------------------------------------------------------------------
# KANO survey of the hall's users
# --------------------------------------------------------------------------------------
GK_SEGMENTS: dict[str, str] = {"citizen": "市民", "business": "企业办事人员"}
"""Citizens on their own matters, and people who come for a business (owners, staff,
agents)."""
GK_AGE_GROUPS: tuple[str, ...] = ("18-34", "35-59", "60+")
GK_RESPONDENTS: dict[tuple[str, str], int] = {
    ("citizen", "18-34"): 70, ("citizen", "35-59"): 90, ("citizen", "60+"): 60,
    ("business", "18-34"): 40, ("business", "35-59"): 55, ("business", "60+"): 5,
}
"""(segment, age group) → respondents: 320 in all (220 citizens, 100 for a business;
110 aged 18–34, 145 aged 35–59, 65 aged 60 or over)."""

GK_ATTRIBUTES: tuple[Attribute, ...] = (  # questionnaire order (categories interleaved)
    Attribute("one_window", "All matters accepted at one window", "一窗受理",
              {"O": .52, "M": .30, "A": .08, "I": .05, "R": .02, "Q": .03}),
    Attribute("sms_queue", "Queue number with expected wait by SMS",
              "短信推送排队号和预计等候时间",
              {"A": .46, "I": .25, "O": .15, "M": .06, "R": .05, "Q": .03}),
    Attribute("document_list", "Complete list of required documents published in advance",
              "一次性告知材料清单",
              {"M": .55, "O": .18, "I": .13, "A": .07, "R": .04, "Q": .03}),
    Attribute("courier_delivery", "Licence sent by post", "证照邮寄到家",
              {"I": .55, "A": .22, "R": .08, "O": .07, "M": .05, "Q": .03}),
    Attribute("one_visit", "Matter completed in at most one visit", "最多跑一次",
              {"O": .48, "M": .22, "A": .17, "I": .08, "R": .02, "Q": .03}),
    Attribute("self_service_kiosk", "Self-service kiosk", "自助服务终端",
              {"A": .45, "I": .30, "O": .10, "R": .08, "M": .04, "Q": .03},
              segment_mix={
                  "18-34": {"A": .55, "I": .22, "O": .12, "M": .04, "R": .04, "Q": .03},
                  "60+": {"I": .45, "R": .35, "A": .10, "M": .04, "O": .03, "Q": .03},
              }),
    Attribute("clean_hall", "Clean, quiet waiting hall", "等候大厅干净安静",
              {"M": .48, "I": .22, "O": .12, "A": .10, "R": .05, "Q": .03}),
    Attribute("online_tracking", "Track the application online", "网上查询办理进度",
              {"A": .44, "I": .24, "O": .18, "M": .07, "R": .04, "Q": .03}),
    Attribute("polite_staff", "Polite staff", "工作人员礼貌热情",
              {"O": .44, "M": .26, "I": .13, "A": .12, "R": .02, "Q": .03}),
    Attribute("weekend_hours", "Saturday opening", "周六开放办理",
              {"A": .40, "I": .30, "O": .14, "R": .07, "M": .06, "Q": .03}),
)
"""The ten attributes of the hall survey with their planted category mixes; for
``self_service_kiosk`` the mix depends on the age group (35–59 use the default)."""

GK_PLANTED: dict[str, str] = {
    "document_list": "M", "clean_hall": "M",
    "one_window": "O", "one_visit": "O", "polite_staff": "O",
    "sms_queue": "A", "online_tracking": "A", "weekend_hours": "A", "self_service_kiosk": "A",
    "courier_delivery": "I",
}
"""Attribute key → the category planted as its most frequent one (mode rule, all
respondents)."""

GK_HIGH_WORSE = "one_window"
"""One-dimensional, and the attribute whose absence dissatisfies most (largest |Worse|)."""

GK_SEGMENT_EFFECT: dict[str, object] = {
    "attribute": "self_service_kiosk",
    "by": "age_group",
    "category": {"18-34": "A", "35-59": "A", "60+": "I"},
    "description": (
        "The self-service kiosk delights young users but leaves most users aged 60 or over "
        "indifferent, and a third of them would rather not have it (Reverse). Segment "
        "(citizen / business) has no planted effect."
    ),
}
"""The planted segment effect: category of the kiosk per age group."""


def generate_kano_government_window(seed: int = SEED) -> pd.DataFrame:
    """The hall's KANO survey in long format (one row per respondent × attribute).

    Columns: ``respondent`` (G001…), ``segment`` (citizen / business), ``age_group``
    (18-34 / 35-59 / 60+), ``attribute`` (key, :data:`GK_ATTRIBUTES`), ``functional`` and
    ``dysfunctional`` (answer codes 1..5), ``importance`` (1..9, nullable ``Int64``; ~1 %
    missing). Made like :func:`generate_kano_it_service_desk` (urns with fixed category
    counts, one per age group for the kiosk). Uses ``default_rng([seed, 12])``.
    """
    rng = np.random.default_rng([seed, 12])
    cells = list(GK_RESPONDENTS)
    who = rng.permutation(np.repeat(np.arange(len(cells)), list(GK_RESPONDENTS.values())))
    segments = np.array([cells[i][0] for i in who])
    ages = np.array([cells[i][1] for i in who])
    functional, dysfunctional, importance = _kano_answers(rng, GK_ATTRIBUTES, ages,
                                                          GK_AGE_GROUPS)
    n, k = who.size, len(GK_ATTRIBUTES)
    return pd.DataFrame({
        "respondent": np.repeat([f"G{i + 1:03d}" for i in range(n)], k),
        "segment": np.repeat(segments, k),
        "age_group": np.repeat(ages, k),
        "attribute": np.tile([a.key for a in GK_ATTRIBUTES], n),
        "functional": functional,
        "dysfunctional": dysfunctional,
        "importance": importance,
    })


# --------------------------------------------------------------------------------------
# SERVQUAL survey of the hall's users
# --------------------------------------------------------------------------------------
GQ_MATTERS: dict[str, int] = {"business licence": 60, "social insurance": 100,
                              "housing fund": 80, "residence permit": 60}
"""Matter of the visit → respondents (300 in all)."""
GQ_EXPECTATION: dict[str, float] = {"Tangibles": 5.4, "Reliability": 6.5,
                                    "Responsiveness": 6.3, "Assurance": 6.2, "Empathy": 5.8}
GQ_PERCEPTION: dict[str, float] = {"Tangibles": 5.45, "Reliability": 5.35,
                                   "Responsiveness": 4.75, "Assurance": 5.6, "Empathy": 5.05}
"""Latent means before rounding and clipping to 1..7. Responsiveness (waiting, prompt
service) is the planted largest gap, then reliability; the new hall closes the tangibles
gap."""
GQ_ITEM_SHIFT: dict[int, float] = {7: -0.45, 11: -0.35, 13: -0.25, 10: 0.15, 1: 0.15, 2: 0.2}
"""Item-level perception shifts: 7 right the first time (missing-document returns), 11
prompt service and 13 never too busy are lower; 10 being told when (the call screen),
1 modern equipment and 2 the new hall's looks are higher."""
GQ_MATTER_EFFECT: dict[str, dict[str, float]] = {
    "business licence": {"Reliability": -0.5},
    "residence permit": {"Responsiveness": 0.35},
}
"""Extra perception shifts by matter: business licence applicants are sent home for a
missing document most often; the short residence-permit matters wait least."""
GQ_MISSING_CELLS = 24
"""Blank answers (E and P together), never a whole dimension of a respondent."""
GQ_PLANTED: dict[str, object] = {
    "weakest": ("Responsiveness", "Reliability"),
    "smallest_gap": "Tangibles",
    "reliability_worst_matter": "business licence",
}
"""The planted effects that tests/test_data.py checks."""


def generate_servqual_government_window(seed: int = SEED) -> pd.DataFrame:
    """The hall's SERVQUAL survey: one row per user (300 rows), the layout of
    :func:`generate_servqual_bank` with ``matter`` instead of ``visit_type`` and no branch.

    Columns ``respondent`` (U001…), ``matter``, ``E1..E22``, ``P1..P22`` (1991 wording,
    1..7, nullable ``Int64``; :data:`GQ_MISSING_CELLS` blanks at most), and
    ``importance_tangibles`` … ``importance_empathy`` (100-point allocation in steps of 5,
    the ZPB90 mean mix, each row sums to 100). Uses ``default_rng([seed, 13])``.
    """
    rng = np.random.default_rng([seed, 13])
    n = sum(GQ_MATTERS.values())
    matters = rng.permutation(np.repeat(list(GQ_MATTERS), list(GQ_MATTERS.values())))
    points = _sq_points(rng, n)
    exp_latent = _sq_latent(GQ_EXPECTATION, n) + rng.normal(0.0, 0.35, size=(n, 1))
    expectations = _sq_answers(rng, exp_latent, 0.35, 0.45)
    perc_latent = _sq_latent(GQ_PERCEPTION, n, GQ_ITEM_SHIFT)
    for matter, shifts in GQ_MATTER_EFFECT.items():
        rows = matters == matter
        for d, s in shifts.items():
            perc_latent[np.ix_(rows, [i - 1 for i in SQ_ITEMS[d]])] += s
    perceptions = _sq_answers(rng, perc_latent, 0.75, 0.55)
    answers = np.hstack([expectations, perceptions])  # n × 44
    missing = _sq_blanks(rng, answers.shape, GQ_MISSING_CELLS)
    data: dict[str, object] = {"respondent": [f"U{i + 1:03d}" for i in range(n)],
                               "matter": matters}
    for c in range(44):
        name = ("E" if c < 22 else "P") + str(c % 22 + 1)
        data[name] = pd.arrays.IntegerArray(answers[:, c].copy(), missing[:, c].copy())
    for j, d in enumerate(SQ_DIMENSIONS):
        data[f"importance_{d.lower()}"] = points[:, j]
    return pd.DataFrame(data)


# --------------------------------------------------------------------------------------
# Queue-ticket log of the hall
# --------------------------------------------------------------------------------------
GV_START = dt.date(2026, 3, 2)
GV_WEEKS = 12
"""Twelve weeks Monday–Friday, 2 March – 22 May 2026 (60 working days; public holidays
are not modelled)."""
GV_CUT = dt.date(2026, 4, 27)
"""Monday of week 9: a clerk is moved to another office and not replaced, so the hall
opens one window fewer from this day on."""
GV_WINDOWS: tuple[str, ...] = tuple(f"W{i}" for i in range(1, 9))
GV_OPEN: tuple[int, int] = (4, 3)
"""Windows staffed on an ordinary day before and from :data:`GV_CUT`. The hall has eight
windows but only four clerks on the counter roster; they sit at a different set of windows
each day (drawn at random)."""
GV_MONTH_END_EXTRA = 1
"""On the month-end days (:data:`GV_MONTH_END`) the section chief staffs one more window."""
GV_SESSIONS: tuple[tuple[int, int], ...] = ((9 * 3600, 12 * 3600),
                                            (13 * 3600 + 1800, 17 * 3600))
"""Ticket machine hours 09:00–12:00 and 13:30–17:00. Whoever holds a ticket at 12:00 or
17:00 is still served; the afternoon starts at 13:30."""
GV_DAILY = 120.0
"""Expected visits on a Wednesday that is not at a month end."""
GV_WEEKDAY: tuple[float, ...] = (1.2, 1.05, 1.0, 0.95, 0.9)
"""Day factor Monday … Friday."""
GV_PROFILE: tuple[float, ...] = (1.5, 1.4, 1.25, 1.1, 0.9, 0.6,  # 09:00 … 11:30
                                 0.95, 1.05, 1.0, 0.9, 0.8, 0.6, 0.4)  # 13:30 … 16:30
"""Relative arrivals per half hour (the 13 half hours of the two sessions)."""
GV_MONDAY_MORNING = (3, 1.5)
"""On Mondays the first three half hours (09:00–10:30) get 1.5 times as many arrivals:
the weekend's matters arrive at once."""
GV_MONTH_END = (3, {"social insurance": 1.6, "housing fund": 1.6})
"""The last three working days of a month: social insurance and housing fund matters
come 1.6 times as often (contribution changes must be in by the month end)."""
GV_MATTERS: dict[str, tuple[float, float, float]] = {
    "business licence": (0.20, 14.0, 0.25),
    "social insurance": (0.35, 8.0, 0.13),
    "housing fund": (0.25, 10.0, 0.14),
    "residence permit": (0.20, 6.0, 0.09),
}
"""Matter → (share of the visits on ordinary days, mean service minutes of a completed
visit, P(missing documents)). About 15 % of the visits lack a document."""
GV_SERVICE_SD = 0.45
"""Log-SD of the service time (log-normal with the matter's mean)."""
GV_REFERRED = 0.04
"""Share of the visits referred to another office (the matter is not handled here)."""
GV_SHORT: dict[str, float] = {"missing_documents": 0.45, "referred": 0.35}
"""Service time of these outcomes as a share of a completed visit: the clerk checks the
papers, says what is missing (or where to go) and sends the visitor away."""
GV_SAT: dict[str, float] = {"base": 1.6, "per_minute": -0.045, "cap": 60.0,
                            "missing_documents": -1.3, "referred": -0.7}
"""Latent satisfaction = 1.6 − 0.045 × min(wait in minutes, 60) − 1.3 if documents were
missing − 0.7 if referred + N(0, 1), cut like the ticket CSAT (:data:`TK_CSAT_CUTS`)."""
GV_RATED = 0.70
"""Share of visits rated on the window's evaluation pad (好差评); the rest are empty."""
GV_PLANTED: dict[str, object] = {
    "cut_week": 9,
    "wait_limit_minutes": 20,
    "slowest_matter": "business licence",
    "most_missing": "business licence",
}
"""The planted effects that tests/test_data.py checks."""


def _gv_days() -> list[dt.date]:
    """The 60 working days of the log (no public holidays are modelled)."""
    return [GV_START + dt.timedelta(days=7 * w + d) for w in range(GV_WEEKS) for d in range(5)]


def _gv_month_end(days: list[dt.date]) -> set[dt.date]:
    """The last :data:`GV_MONTH_END` working days (Monday–Friday) of each month."""
    out: set[dt.date] = set()
    for month in sorted({(d.year, d.month) for d in days}):
        last = dt.date(month[0] + month[1] // 12, month[1] % 12 + 1, 1)
        workdays = []
        while len(workdays) < GV_MONTH_END[0]:
            last -= dt.timedelta(days=1)
            if last.weekday() < 5:
                workdays.append(last)
        out.update(workdays)
    return out


def generate_government_window_visits(seed: int = SEED) -> pd.DataFrame:
    """The queue-ticket log of the hall: one row per visit, 12 weeks of working days.

    Columns ``visit_id`` (V00001… in order of arrival), ``matter``, ``arrived`` (ticket
    taken), ``called`` (number called at a window, ≥ ``arrived``), ``service_end``
    (> ``called``), all ``YYYY-MM-DD HH:MM:SS``; ``window`` (W1..W8), ``outcome``
    (completed / missing_documents / referred) and ``satisfaction`` (1–5 from the
    evaluation pad, nullable ``Int64``, ~30 % empty). Arrivals are Poisson per day, half
    hour and matter (:data:`GV_DAILY`, :data:`GV_WEEKDAY`, :data:`GV_PROFILE`,
    :data:`GV_MONDAY_MORNING`, :data:`GV_MONTH_END`); one first-come-first-served queue
    for all matters, served by the day's open windows (:data:`GV_OPEN`, one fewer from
    :data:`GV_CUT`); the free window that has been idle longest calls the next number.
    Uses ``default_rng([seed, 14])``.
    """
    rng = np.random.default_rng([seed, 14])
    days = _gv_days()
    month_end = _gv_month_end(days)
    names = list(GV_MATTERS)
    share = np.array([v[0] for v in GV_MATTERS.values()])
    slot_start = [s for a, b in GV_SESSIONS for s in range(a, b, 1800)]
    rows: list[tuple[int, int, int, int, int, int, str]] = []
    for day_no, day in enumerate(days):
        wd = day.weekday()
        profile = np.array(GV_PROFILE)
        if wd == 0:
            profile[:GV_MONDAY_MORNING[0]] *= GV_MONDAY_MORNING[1]
        factor = np.array([GV_MONTH_END[1].get(m, 1.0) if day in month_end else 1.0
                           for m in names])
        mean = (GV_DAILY * GV_WEEKDAY[wd] / sum(GV_PROFILE)) * np.outer(profile,
                                                                         share * factor)
        counts = rng.poisson(mean)  # half hour × matter
        slot = np.repeat(np.repeat(np.arange(len(slot_start)), len(names)), counts.ravel())
        matter = np.repeat(np.tile(np.arange(len(names)), len(slot_start)), counts.ravel())
        arrived = np.array(slot_start)[slot] + rng.integers(0, 1800, size=slot.size)
        order = np.argsort(arrived, kind="stable")
        arrived, matter = arrived[order], matter[order]
        for i in range(1, arrived.size):  # the ticket machine prints one number a second
            arrived[i] = max(arrived[i], arrived[i - 1] + 1)
        m = arrived.size
        missing = rng.random(m) < np.array([v[2] for v in GV_MATTERS.values()])[matter]
        referred = ~missing & (rng.random(m) < GV_REFERRED)
        outcome = np.where(missing, "missing_documents",
                           np.where(referred, "referred", "completed"))
        mean_min = np.array([v[1] for v in GV_MATTERS.values()])[matter] * np.select(
            [missing, referred], [GV_SHORT["missing_documents"], GV_SHORT["referred"]], 1.0)
        sd = GV_SERVICE_SD
        service = mean_min * 60 * np.exp(sd * rng.standard_normal(m) - sd * sd / 2)
        service = np.maximum(np.rint(service), 60).astype(np.int64)
        k = (GV_OPEN[0] if day < GV_CUT else GV_OPEN[1]) + GV_MONTH_END_EXTRA * (
            day in month_end)
        windows = np.sort(rng.choice(len(GV_WINDOWS), size=k, replace=False))
        free = [(GV_SESSIONS[0][0], int(w)) for w in windows]
        heapq.heapify(free)
        afternoon = False
        for i in range(m):
            if not afternoon and arrived[i] >= GV_SESSIONS[1][0]:
                free = [(max(t, GV_SESSIONS[1][0]), w) for t, w in free]
                heapq.heapify(free)
                afternoon = True
            t, w = heapq.heappop(free)
            called = max(int(arrived[i]), t)
            end = called + int(service[i])
            heapq.heappush(free, (end, w))
            rows.append((day_no, int(arrived[i]), called, end, int(matter[i]), w,
                         str(outcome[i])))
    n = len(rows)
    day_no = np.array([r[0] for r in rows])
    arrived = np.array([r[1] for r in rows], dtype=np.int64)
    called = np.array([r[2] for r in rows], dtype=np.int64)
    end = np.array([r[3] for r in rows], dtype=np.int64)
    outcome = np.array([r[6] for r in rows])
    wait = np.minimum((called - arrived) / 60, GV_SAT["cap"])
    z = (GV_SAT["base"] + GV_SAT["per_minute"] * wait
         + GV_SAT["missing_documents"] * (outcome == "missing_documents")
         + GV_SAT["referred"] * (outcome == "referred") + rng.standard_normal(n))
    satisfaction = 1 + (z[:, None] > np.array(TK_CSAT_CUTS)[None, :]).sum(axis=1)
    rated = rng.random(n) < GV_RATED
    offset = np.array([(d - GV_START).days for d in days], dtype=np.int64)[day_no] * 86400
    base = dt.datetime.combine(GV_START, dt.time())
    return pd.DataFrame({
        "visit_id": [f"V{i + 1:05d}" for i in range(n)],
        "matter": [names[r[4]] for r in rows],
        "arrived": _stamps(base, offset + arrived),
        "called": _stamps(base, offset + called),
        "service_end": _stamps(base, offset + end),
        "window": [GV_WINDOWS[r[5]] for r in rows],
        "outcome": outcome,
        "satisfaction": pd.arrays.IntegerArray(satisfaction.astype(np.int64), ~rated),
    })


def write_government(outdir: Path, seed: int = SEED) -> list[Path]:
    """Write the hall's KANO survey (and its attributes), SERVQUAL survey and visit log
    into ``outdir``; return the paths."""
    return write_frames(outdir, {GOV_KANO_FILE: generate_kano_government_window(seed),
                                 GOV_KANO_ATTRIBUTES_FILE: attributes_table(GK_ATTRIBUTES),
                                 GOV_SERVQUAL_FILE: generate_servqual_government_window(seed),
                                 GOV_VISITS_FILE: generate_government_window_visits(seed)})


# ---- issue 18: training ----
# ======================================================================================
# Training evaluation (issue 18, chapter "Training that changes service"; seed case 003:
# training in skills, process and attitude). The imagined bank of the other chapters gave
# its counter-service course to the tellers of 12 of its 24 city branches in January
# 2026 (wave 1); the other 12 are trained in wave 2, after the evaluation window. Three
# files: the trainees' reaction and test scores (levels 1 and 2), checklist observations
# at the counter before and after (level 3) and first-contact resolution per branch and
# month (level 4). Own random stream default_rng([seed, 32]), so the files above do not
# change. Data card: data/README.md.
# ======================================================================================
TR_TRAINEES_FILE = "training_trainees.csv"
TR_OBSERVATIONS_FILE = "training_observations.csv"
TR_FCR_FILE = "training_fcr.csv"

TR_BRANCHES = 24
"""Branches B01 … B24; the regional office chose B01 … B12, the larger city-centre
branches, for wave 1 (:data:`TR_WAVE1`). The choice was not random."""
TR_WAVE1 = 12
TR_TELLERS = (6, 11)
"""Tellers per wave-1 branch: uniform integers in [6, 11)."""
TR_MONTHS: tuple[str, ...] = ("2025-07", "2025-08", "2025-09", "2025-10", "2025-11",
                              "2025-12", "2026-02", "2026-03", "2026-04", "2026-05",
                              "2026-06")
"""Months of the KQI file: six before the course, five after it. January 2026, the month
of the course, is left out."""
TR_MONTH_INDEX: tuple[int, ...] = (0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11)
"""Months since July 2025 (January 2026 = 6 is missing)."""
TR_FCR_LEVEL: dict[int, float] = {1: 0.72, 0: 0.70}
"""Planted first-contact resolution of wave-1 (1) and wave-2 (0) branches, averaged over
the six months before the course."""
TR_FCR_DRIFT = 0.04
"""Planted common drift: every branch's expected FCR rises linearly by this much from
the mean of the months before to the mean of the months after (6.5 months apart), as
more customers check the bank's document lists in its app before they come."""
TR_FCR_EFFECT = 0.08
"""Planted effect of the course on a wave-1 branch's FCR in the months after it (mean;
the branch's own effect varies with SD :data:`TR_EFFECT_SD`). METHODS.md 8.3."""
TR_EFFECT_SD = 0.015
TR_BRANCH_SD = 0.025
"""SD of a branch's own FCR level around its wave's level (the branch deviations of this,
of :data:`TR_SLOPE_SD` and of :data:`TR_EFFECT_SD` are centred within each wave)."""
TR_SLOPE_SD = 0.0008
"""SD of a branch's own monthly drift around the common drift (per month)."""
TR_MONTH_SD = 0.005
"""SD of the month-to-month noise of a branch's expected FCR (besides the binomial)."""
TR_CONTACTS: dict[int, tuple[int, int]] = {1: (1600, 2400), 0: (1000, 1800)}
"""Range of a branch's mean number of counter matters per month (uniform), by wave; the
month's count is Poisson around it."""
TR_TEST_PRE = (57.0, 12.0)
"""Knowledge test before the course (0–100, 20 questions of 5 points): mean and SD."""
TR_TEST_GAIN = (17.0, 9.0)
"""Planted gain on the same test after the course: mean and SD (points)."""
TR_ABSENT = 4
"""Trainees who missed the test after the course (``post_test`` empty)."""
TR_REACTION = (4.35, 0.4)
"""Reaction sheet, mean of five 1–5 items, drawn independently of everything else."""
TR_ITEMS: dict[str, tuple[str, str, float, float]] = {
    "greet": ("attitude", "主动问候并目光接触", 0.55, 0.40),
    "confirm_need": ("skills", "办理前复述确认顾客诉求", 0.30, 0.55),
    "check_list": ("process", "对照公开清单核对材料", 0.45, 0.80),
    "one_time_notice": ("process", "一次性书面告知所缺材料", 0.25, 0.75),
    "explain_next": ("skills", "说明后续步骤和办结时间", 0.35, 0.50),
    "invite_rating": ("attitude", "致谢并邀请顾客评价", 0.20, 0.30),
}
"""Checklist item → (part of the course, Chinese label, P(shown in an encounter) before
the course, P(the trainee adopts it)). After the course an adopter shows the behaviour
in an encounter with P = :data:`TR_ADOPTED_P`; a trainee who did not adopt it keeps the
rate from before."""
TR_ADOPTED_P = 0.92
TR_ENCOUNTERS = 4
"""Observed encounters per trainee and round (December 2025 and April 2026)."""


def generate_training(seed: int = SEED) -> dict[str, pd.DataFrame]:
    """The three files of the training evaluation, keyed by file name.

    * ``training_trainees.csv`` — ``trainee_id`` (T001…), ``branch``, ``reaction``
      (1–5, one decimal), ``pre_test`` and ``post_test`` (0–100 in steps of 5; nullable
      ``Int64``, :data:`TR_ABSENT` empty after the course).
    * ``training_observations.csv`` — ``trainee_id``, ``branch``, ``round`` (pre/post),
      ``encounter`` (1–4) and one 0/1 column per checklist item (:data:`TR_ITEMS`).
    * ``training_fcr.csv`` — ``branch``, ``trained`` (1 = wave 1), ``month``, ``period``
      (pre/post), ``contacts`` (counter matters) and ``resolved_first`` (matters
      completed at the first visit).

    Planted: a real test gain (:data:`TR_TEST_GAIN`), partial adoption
    (:data:`TR_ITEMS`), the common drift :data:`TR_FCR_DRIFT` and the course's effect
    :data:`TR_FCR_EFFECT` on FCR. Uses ``default_rng([seed, 32])``.
    """
    rng = np.random.default_rng([seed, 32])
    branches = [f"B{i + 1:02d}" for i in range(TR_BRANCHES)]
    wave = np.array([1] * TR_WAVE1 + [0] * (TR_BRANCHES - TR_WAVE1))

    # level 4: FCR per branch and month
    month = np.array(TR_MONTH_INDEX, dtype=float)
    post = month > 6
    centre = month[~post].mean()
    drift = TR_FCR_DRIFT / (month[post].mean() - centre)
    def centred(sd: float) -> np.ndarray:
        """Branch deviations, centred within each wave (the planted values are the
        waves' means)."""
        z = sd * rng.standard_normal(TR_BRANCHES)
        return z - np.where(wave == 1, z[wave == 1].mean(), z[wave == 0].mean())

    level = np.array([TR_FCR_LEVEL[w] for w in wave]) + centred(TR_BRANCH_SD)
    slope = drift + centred(TR_SLOPE_SD)
    effect = wave * (TR_FCR_EFFECT + centred(TR_EFFECT_SD))
    size = np.array([rng.uniform(*TR_CONTACTS[w]) for w in wave])
    p = (level[:, None] + slope[:, None] * (month - centre)[None, :]
         + effect[:, None] * post[None, :]
         + TR_MONTH_SD * rng.standard_normal((TR_BRANCHES, month.size)))
    contacts = rng.poisson(np.repeat(size[:, None], month.size, axis=1))
    resolved = rng.binomial(contacts, np.clip(p, 0.0, 1.0))
    fcr = pd.DataFrame({
        "branch": np.repeat(branches, month.size),
        "trained": np.repeat(wave, month.size).astype(np.int64),
        "month": np.tile(TR_MONTHS, TR_BRANCHES),
        "period": np.tile(np.where(post, "post", "pre"), TR_BRANCHES),
        "contacts": contacts.ravel().astype(np.int64),
        "resolved_first": resolved.ravel().astype(np.int64),
    })

    # levels 1 and 2: reaction and the knowledge test
    tellers = rng.integers(*TR_TELLERS, size=TR_WAVE1)
    who = np.repeat(branches[:TR_WAVE1], tellers)
    n = who.size
    pre = np.clip(5 * np.rint(rng.normal(*TR_TEST_PRE, n) / 5), 20, 95)
    after = np.clip(5 * np.rint((pre + rng.normal(*TR_TEST_GAIN, n)) / 5), 0, 100)
    reaction = np.clip(np.rint(rng.normal(*TR_REACTION, n) * 5) / 5, 1.0, 5.0)
    post_test = pd.array(after.astype(np.int64), dtype="Int64")
    post_test[np.sort(rng.choice(n, TR_ABSENT, replace=False))] = pd.NA
    ids = [f"T{i + 1:03d}" for i in range(n)]
    trainees = pd.DataFrame({"trainee_id": ids, "branch": who, "reaction": reaction.round(1),
                             "pre_test": pre.astype(np.int64), "post_test": post_test})

    # level 3: checklist observations at the counter, before and after
    items = list(TR_ITEMS)
    before = np.array([TR_ITEMS[k][2] for k in items])
    adopts = rng.random((n, len(items))) < np.array([TR_ITEMS[k][3] for k in items])
    rows = {}
    for rnd in ("pre", "post"):
        rate = np.broadcast_to(before, (n, len(items)))
        if rnd == "post":
            rate = np.where(adopts, TR_ADOPTED_P, rate)
        shown = rng.random((n, TR_ENCOUNTERS, len(items))) < rate[:, None, :]
        rows[rnd] = shown.reshape(n * TR_ENCOUNTERS, len(items))
    observations = pd.DataFrame({
        "trainee_id": np.tile(np.repeat(ids, TR_ENCOUNTERS), 2),
        "branch": np.tile(np.repeat(who, TR_ENCOUNTERS), 2),
        "round": np.repeat(["pre", "post"], n * TR_ENCOUNTERS),
        "encounter": np.tile(np.arange(1, TR_ENCOUNTERS + 1), 2 * n).astype(np.int64),
    })
    for j, item in enumerate(items):
        observations[item] = np.concatenate([rows["pre"][:, j], rows["post"][:, j]]
                                            ).astype(np.int64)
    return {TR_TRAINEES_FILE: trainees, TR_OBSERVATIONS_FILE: observations, TR_FCR_FILE: fcr}


def write_training(outdir: Path, seed: int = SEED) -> list[Path]:
    """Write the three files of the training evaluation into ``outdir``; return the
    paths."""
    return write_frames(outdir, generate_training(seed))


# ---- issue 18: emotions ----
# ======================================================================================
# Frontline well-being survey (issue 18, chapter "emotions"): an anonymous staff survey of
# a city's public service windows and its 12345 government service hotline, with the
# Emotional Labour Scale (Brotheridge & Lee 2003) and the Copenhagen Burnout Inventory
# (Kristensen et al. 2005), joined to each employee's customer ratings from the rating
# system. Own random stream default_rng([seed, 31]), so the files above do not change.
# Data card: data/README.md.
# ======================================================================================
FL_FILE = "frontline_survey.csv"
FL_SITES: dict[str, int] = {"window": 116, "call_centre": 96}
"""Staff per site type: 116 at the service windows of three halls, 96 at the hotline."""
FL_SHIFTS: dict[str, dict[str, int]] = {
    "window": {"day": 82, "long": 34, "rotating": 0},
    "call_centre": {"day": 29, "long": 24, "rotating": 43},
}
"""Shift pattern per site type: fixed day shifts, long (12-hour) shifts, or rotating shifts
with evenings and nights. Only the hotline rotates, so shift and site type are confounded
in part (a point for the chapter)."""
FL_SHIFT_EFFECT: dict[str, float] = {"day": 0.0, "long": 0.35, "rotating": 0.65}
"""Added to the latent exhaustion (SD ≈ 1) by the shift pattern."""
FL_CALL_CENTRE = {"surface": 0.25, "exhaustion": 0.15}
"""The hotline's extra surface acting and exhaustion (latent units)."""
FL_EXHAUSTION = {"surface": 0.45, "deep": -0.05, "noise": 0.8}
"""Latent exhaustion = 0.45·surface acting − 0.05·deep acting + shift + site + N(0, 0.8²)."""
FL_RATING = {"base": 4.42, "deep": 0.11, "surface": -0.03, "exhaustion": -0.04,
             "noise": 0.25, "min_ratings": 30}
"""Mean customer rating (1–5) = 4.42 + 0.11·deep − 0.03·surface − 0.04·exhaustion +
N(0, 0.25²); reported only for staff with at least 30 ratings in the quarter."""
FL_NEW_HIRES = (5, 0.2, 18.0)
"""Five staff joined in the quarter (tenure 0.1 or 0.2 years): about 18 ratings each, too
few for a reported rating."""
FL_ITEM_MISSING = 0.015
"""Share of item answers left blank at random."""
FL_SKIPPED: dict[str, tuple[int, int]] = {"personal": (2, 2), "work": (3, 3), "client": (5, 2)}
"""Respondents who skipped most of a CBI scale: (how many respondents, items they kept) —
with the authors' rule they are non-responders on that scale."""
FL_PLANTED: dict[str, object] = {
    "surface_exhaustion": "positive", "deep_rating": "positive",
    "shift_order": ("day", "long", "rotating"),
}
"""The planted effects that tests/test_data_emotions.py checks."""


def _fl_items(rng: np.random.Generator, latent: np.ndarray, k: int, centre: float,
              loading: float, noise: float) -> np.ndarray:
    """``k`` items coded 1–5 from one latent trait: round(centre + loading·latent + noise)."""
    raw = centre + loading * latent[:, None] + noise * rng.standard_normal((latent.size, k))
    return np.clip(np.rint(raw), 1, 5).astype(np.int64)


def generate_frontline_survey(seed: int = SEED) -> pd.DataFrame:
    """The frontline well-being survey: one row per employee (212 in all).

    Columns ``employee_id`` (F001…), ``site_type`` (``window``/``call_centre``), ``shift``
    (``day``/``long``/``rotating``), ``tenure_years``, the 15 ELS items (``els_freq1`` …
    ``els_da3``, codes 1–5; ``els_dur1`` is the band of a typical contact's length), the 19
    CBI items (``cbi_p1`` … ``cbi_c6``, codes 1–5 with 5 = always / to a very high degree,
    as answered: ``cbi_w7`` is not yet reversed), ``n_ratings`` and ``customer_rating``
    (mean of the quarter's ratings, blank under 30 ratings). Items may be blank.
    Planted: surface acting raises exhaustion, deep acting raises customer ratings,
    long and rotating shifts raise exhaustion (:data:`FL_SHIFT_EFFECT`). Uses
    ``default_rng([seed, 31])``.
    """
    rng = np.random.default_rng([seed, 31])
    site = np.repeat(np.array(list(FL_SITES)), list(FL_SITES.values()))
    shift = np.concatenate([np.repeat(np.array(list(FL_SHIFTS[s])), list(FL_SHIFTS[s].values()))
                            for s in FL_SITES])
    order = rng.permutation(site.size)
    site, shift = site[order], shift[order]
    n = site.size
    call = (site == "call_centre").astype(float)
    tenure = np.clip(np.exp(rng.normal(1.4, 0.8, n)), 0.2, 28.0).round(1)
    surface = rng.standard_normal(n) + FL_CALL_CENTRE["surface"] * call
    deep = 0.1 * surface + np.sqrt(0.99) * rng.standard_normal(n)
    exhaustion = (FL_EXHAUSTION["surface"] * surface + FL_EXHAUSTION["deep"] * deep
                  + np.vectorize(FL_SHIFT_EFFECT.get)(shift) + FL_CALL_CENTRE["exhaustion"] * call
                  + FL_EXHAUSTION["noise"] * rng.standard_normal(n))
    display = 0.3 * surface + 0.3 * deep + 0.9 * rng.standard_normal(n)
    items: dict[str, np.ndarray] = {}
    for name, k, latent in (("els_freq", 3, display), ("els_int", 2, 0.8 * display
                                                        + 0.6 * rng.standard_normal(n)),
                            ("els_var", 3, 0.8 * display + 0.6 * rng.standard_normal(n))):
        block = _fl_items(rng, latent, k, 3.2 if name != "els_int" else 2.6, 0.75, 0.6)
        items |= {f"{name}{i + 1}": block[:, i] for i in range(k)}
    duration = np.clip(np.rint(np.where(call == 1, 2.4, 3.3) + 0.6 * rng.standard_normal(n)),
                       1, 5).astype(np.int64)
    items["els_dur1"] = duration
    sa = _fl_items(rng, surface, 3, 2.9, 0.85, 0.6)
    da = _fl_items(rng, deep, 3, 3.1, 0.85, 0.55)
    items |= {f"els_sa{i + 1}": sa[:, i] for i in range(3)}
    items |= {f"els_da{i + 1}": da[:, i] for i in range(3)}
    for scale, letter, k, extra in (("personal", "p", 6, 0.0), ("work", "w", 7, 0.0),
                                    ("client", "c", 6, 0.15)):
        latent = exhaustion + extra * surface + 0.45 * rng.standard_normal(n)
        block = _fl_items(rng, latent, k, 2.7, 0.8, 0.6)
        if scale == "work":  # enough energy for family and friends: the good pole
            block[:, 6] = _fl_items(rng, -latent, 1, 3.2, 0.7, 0.7)[:, 0]
        items |= {f"cbi_{letter}{i + 1}": block[:, i] for i in range(k)}
    frame = pd.DataFrame(items)
    blank = rng.random(frame.shape) < FL_ITEM_MISSING
    skippers = rng.permutation(n)
    start = 0
    for scale, (count, kept) in FL_SKIPPED.items():
        columns = [c for c in frame.columns if c.startswith(f"cbi_{scale[0]}")]
        for person in skippers[start:start + count]:
            keep = rng.choice(len(columns), kept, replace=False)
            for j, col in enumerate(columns):
                blank[person, frame.columns.get_loc(col)] = j not in keep
        start += count
    answers = {c: pd.arrays.IntegerArray(frame[c].to_numpy(), blank[:, j])
               for j, c in enumerate(frame.columns)}
    new = rng.choice(n, FL_NEW_HIRES[0], replace=False)
    tenure[new] = rng.choice([0.1, FL_NEW_HIRES[1]], new.size)
    expected = np.where(call == 1, 260.0, 170.0)
    expected[new] = FL_NEW_HIRES[2]
    n_ratings = rng.poisson(expected)
    rating = (FL_RATING["base"] + FL_RATING["deep"] * deep + FL_RATING["surface"] * surface
              + FL_RATING["exhaustion"] * exhaustion
              + FL_RATING["noise"] * rng.standard_normal(n))
    rating = np.clip(rating, 1, 5).round(2)
    return pd.DataFrame({
        "employee_id": [f"F{i + 1:03d}" for i in range(n)],
        "site_type": site,
        "shift": shift,
        "tenure_years": tenure,
        **answers,
        "n_ratings": n_ratings.astype(np.int64),
        "customer_rating": np.where(n_ratings >= FL_RATING["min_ratings"], rating, np.nan),
    })


# ---- issue 18: communication ----
# ======================================================================================
# Service conversations (issue 18, chapter "Communication in the service encounter"):
# transcripts of window, hotline, chat and e-mail conversations of the district's
# government service hall and the city's 12345 hotline, in English and Chinese, one row
# per turn. Own random stream default_rng([seed, 33]), so the files above do not change.
# Data card: data/README.md.
# ======================================================================================
TRANSCRIPTS_FILE = "service_transcripts.csv"

CM_PER_LANGUAGE = 119
"""Generated conversations per language, besides the two hand-written ones (C001, C002)."""
CM_TYPES: dict[str, int] = {"good": 52, "forbidden": 37, "silent": 16, "honest": 7,
                            "hidden": 7}
"""Conversations per language by planted type: ``good`` (no forbidden phrase),
``forbidden`` (a listed forbidden phrase at the critical turn), ``silent`` (an unhelpful
answer without a forbidden phrase), ``honest`` ("I don't know, but I will find out": the
checker flags it, the coder does not) and ``hidden`` (a deflection in other words: the
coder flags it, the checker does not)."""
CM_CHANNELS: dict[str, dict[str, int]] = {
    "en": {"window": 41, "hotline": 42, "chat": 18, "email": 18},
    "zh": {"window": 42, "hotline": 41, "chat": 18, "email": 18},
}
"""Generated conversations per language and channel (C001 adds an English window
conversation, C002 a Chinese hotline call)."""
CM_NEXT_STEP: dict[str, float] = {"window": 0.9, "hotline": 0.9, "chat": 0.7, "email": 0.5}
"""Chance that a good conversation's critical reply names a next step, by channel; it
otherwise only explains, and the second reply then names none either in 60 % of cases.
Written replies name a next step less often."""
CM_GREETING: dict[str, float] = {"good": 0.9, "honest": 0.9, "silent": 0.6,
                                 "forbidden": 0.55, "hidden": 0.6}
"""Chance of a greeting in the first staff turn, by type."""
CM_THANKS: dict[str, float] = {"good": 0.85, "honest": 0.85, "silent": 0.6,
                               "forbidden": 0.45, "hidden": 0.5}
"""Chance that the staff member thanks the customer at the end, by type."""
CM_ESCALATE: dict[str, float] = {"forbidden": 0.55, "hidden": 0.5, "silent": 0.1,
                                 "second_forbidden": 0.6, "good": 0.02}
"""Chance that the customer escalates right after the critical reply (by type), after a
second forbidden reply, and (good conversations) at the end for reasons outside the
conversation."""

CM_MATTERS: dict[str, dict[str, tuple[str, str, str]]] = {
    "business_licence": {"en": ("business licence", "lease contract", "the tax window"),
                         "zh": ("营业执照", "租赁合同", "税务窗口")},
    "social_insurance": {"en": ("social insurance transfer", "transfer form",
                                "the social insurance bureau"),
                         "zh": ("社保转移", "转移申请表", "社保局")},
    "housing_fund": {"en": ("housing fund withdrawal", "purchase contract",
                            "the housing fund centre"),
                     "zh": ("公积金提取", "购房合同", "公积金中心")},
    "residence_permit": {"en": ("residence permit", "proof of address", "the police station"),
                         "zh": ("居住证", "居住证明", "派出所")},
}
"""Matter → language → (its name, the document it needs, the office that also deals
with it)."""
CM_NAMES = {"en": ("Ms Chen", "Mr Smith", "Ms Garcia", "Mr Okafor", "Ms Novak", "Mr Tanaka",
                   "Ms Kim", "Mr Haddad"),
            "zh": ("王女士", "李先生", "张先生", "刘女士", "陈先生", "赵女士", "孙先生", "周女士")}
CM_STAFF = {"en": ("Wang", "Li", "Zhou", "Xu"), "zh": ("1027", "2315", "0846", "1592")}
CM_TIMES = {"en": ("by 4 pm today", "by Friday", "by tomorrow noon", "by next Monday"),
            "zh": ("今天下午四点", "本周五", "明天中午", "下周一")}

Move = tuple[str, tuple[str, ...]]
"""A staff move: its text (with {slots}) and the codes a trained coder gives it."""
_G, _A, _N, _T, _F = "greeting", "acknowledge", "next_step", "thanks", "forbidden"

CM_OPEN: dict[str, dict[str, dict[str, tuple[Move, ...]]]] = {
    "greet": {
        "en": {
            "window": (("Hello, welcome to window {window}. How can I help you?", (_G,)),
                       ("Good morning. What can I do for you today?", (_G,))),
            "hotline": (("Hello, city hotline, operator {staff} speaking. How can I help?",
                         (_G,)),
                        ("Good afternoon, you're through to the 12345 hotline. What can I do "
                         "for you?", (_G,))),
            "chat": (("Hi, this is {staff} from the service hall's online desk. How can I "
                      "help?", (_G,)),
                     ("Hello and welcome to the service hall chat. What is your question?",
                      (_G,))),
            "email": (("Dear {name}, thank you for your e-mail about your {matter}. Could you "
                       "send us your application number?", (_G, _T)),
                      ("Dear {name}, we have received your message about your {matter}. "
                       "Could you send us your application number?", (_G,))),
        },
        "zh": {
            "window": (("您好，欢迎来到{window}号窗口，请问您办理什么业务？", (_G,)),
                       ("上午好！请问有什么可以帮您？", (_G,))),
            "hotline": (("您好，12345热线，工号{staff}为您服务，请问有什么可以帮您？", (_G,)),
                        ("下午好，这里是12345政务服务便民热线，请讲。", (_G,))),
            "chat": (("您好，我是政务服务中心在线客服{staff}号，请问有什么可以帮您？", (_G,)),
                     ("您好，欢迎咨询，请问您要办理什么事项？", (_G,))),
            "email": (("尊敬的{name}：您好！感谢您来信咨询{matter}事宜。请提供您的申请编号。",
                       (_G, _T)),
                      ("尊敬的{name}：您好！您关于{matter}的来信已收到，请提供您的申请编号。",
                       (_G,))),
        },
    },
    "plain": {
        "en": {
            "window": (("Number {num}? What do you need?", ()), ("Yes? What is it?", ())),
            "hotline": (("Hotline. What's the problem?", ()), ("Yes, go ahead.", ())),
            "chat": (("What is your question?", ()), ("Go ahead.", ())),
            "email": (("Re: your {matter}. Send us your application number.", ()),
                      ("About your {matter}: we need your application number.", ())),
        },
        "zh": {
            "window": (("{num}号？办什么？", ()), ("下一个。什么事？", ())),
            "hotline": (("喂，什么事？", ()), ("说吧。", ())),
            "chat": (("请讲。", ()), ("什么问题？", ())),
            "email": (("关于{matter}，请提供申请编号。", ()), ("来信收悉，请提供申请编号。", ())),
        },
    },
}
"""The first staff turn, with or without a greeting (e-mail: the first reply)."""

CM_ISSUE: dict[str, dict[int, tuple[str, ...]]] = {
    "en": {0: ("I'd like to apply for a {matter}. What do I need to bring?",
               "I have a question about my {matter}.",
               "Could you tell me how my {matter} is going?"),
           -1: ("This is my second time here about my {matter}. Last time I was told to bring "
                "the {doc}, and I have it now.",
                "I've been waiting for my {matter} for two weeks and nobody has told me "
                "anything.")},
    "zh": {0: ("我想办{matter}，需要带什么材料？", "我想咨询一下{matter}的事。",
               "请问我的{matter}办得怎么样了？"),
           -1: ("我这是第二次来办{matter}了，上次说要带{doc}，这次带来了。",
                "我的{matter}等了两个星期了，一直没有人告诉我进展。")},
}
"""The customer's first words, by starting sentiment (0 a plain enquiry, −1 annoyed)."""
CM_ASK: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("W|May I see your ID card, please?", "Here it is."),
           ("R|Could you give me your ID number, please?", "Sure, it ends in 4521."),
           ("Could you give me your application number?", "It's 2026-{num}."),
           ("Which district are you registered in?", "Binjiang district."),
           ("When did you hand in the application?", "Two weeks ago, on a Monday.")),
    "zh": (("W|请出示一下您的身份证。", "给您。"),
           ("R|请报一下您的身份证号码。", "好的，尾号是4521。"),
           ("请问您的申请编号是多少？", "编号是2026{num}。"),
           ("请问您是在哪个区参保的？", "滨江区。"),
           ("请问您是哪天提交的申请？", "两个星期前，周一交的。")),
}
"""A staff question and the customer's answer (neutral). ``W|`` marks a text used at the
window only, ``R|`` one used on the remote channels only (hotline, chat, e-mail)."""
CM_ASK_ACK = {"en": ("I'm sorry you had to come back. ", "I understand, that's annoying. "),
              "zh": ("抱歉让您又跑了一趟。", "理解您的心情。")}
"""An acknowledgement put in front of the question."""

CM_CRITICAL: dict[str, dict[str, tuple[Move, ...]]] = {
    "next": {
        "en": (("W|Thank you. For the {matter} you need your ID card and the {doc}, and "
                "both are here. I'll process it now; you will receive the result {time}.",
                (_N, _T)),
               ("All right. I'll check your file now and send the application on today. It "
                "will be ready {time}.", (_N,)),
               ("Let me look it up. Your file is at {place}; I'll call them now and call you "
                "back {time}.", (_N,))),
        "zh": (("W|好的，办{matter}需要身份证和{doc}，材料齐全。我来为您办理，{time}前会有结果。",
                (_N,)),
               ("我帮您查一下。您的材料在{place}，我马上联系他们，{time}前给您回电。", (_N,)),
               ("W|材料没问题，我现在就为您办理，{time}前办好后短信通知您。", (_N,)),
               ("R|我来帮您核对材料，今天就提交，{time}前会有结果。", (_N,))),
    },
    "next_ack": {
        "en": (("I'm sorry it has taken so long. I'll call {place} now and you'll have an "
                "answer {time}.", (_A, _N)),
               ("I can see why you are upset. Let me sort it out: I'll send the {doc} to "
                "{place} today, and you will receive a text {time}.", (_A, _N))),
        "zh": (("非常抱歉让您久等了。我马上联系{place}，{time}前给您回电。", (_A, _N)),
               ("理解您的心情。我来帮您把{doc}转给{place}，{time}前答复您。", (_A, _N))),
    },
    "implicit": {  # the coder hears an acknowledgement the checker has no phrase for
        "en": (("Oh no, all that for one form. Let me sort it out now: I'll pass your file "
                "to {place} myself.", (_A, _N)),),
        "zh": (("这么折腾确实不容易。我来帮您处理，材料我亲自交给{place}。", (_A, _N)),),
    },
    "explain": {
        "en": (("For the {matter} you need your ID card and the {doc}. Processing takes "
                "three working days.", ()),
               ("The {matter} is handled at this window. There is no fee for a first "
                "application.", ())),
        "zh": (("办理{matter}需要身份证和{doc}，办理时限为三个工作日。", ()),
               ("{matter}就在本窗口办理，首次申请不收费。", ())),
    },
    "silent": {
        "en": (("The system shows status three, pending review.", ()),
               ("You have to fill in form B-12 again.", ()),
               ("Applications go through the back office.", ())),
        "zh": (("系统显示状态三，待审核。", ()), ("你要重新填一张B-12表。", ()),
               ("材料要转到后台审核。", ())),
    },
    "honest": {  # the checker flags "I don't know"; the coder hears a next step
        "en": (("I don't know that offhand, but I'll ask {place} and call you back {time}.",
                (_N,)),
               ("I don't know yet. Let me find out from {place}; I'll ring you back {time}.",
                (_N,))),
        "zh": (("这个我不知道具体情况，不过我来问一下{place}，{time}前给您回电。", (_N,)),
               ("具体进度我不知道，我马上帮您问{place}，{time}前答复您。", (_N,))),
    },
    "hidden": {  # a deflection in words the checker has no phrase for
        "en": (("W|This desk only takes new applications. Downstairs might be able to help "
                "you.", (_F,)),
               ("R|This line only takes new applications. Maybe the district office can help "
                "you.", (_F,)),
               ("We only take the paperwork here; the rest is somebody else's business.",
                (_F,))),
        "zh": (("W|我们这儿只管收材料，别的你去楼下问问看。", (_F,)),
               ("R|我们这条线只受理新申请，别的你问问区里吧。", (_F,)),
               ("这种情况一般是别的窗口负责的。", (_F,))),
    },
}
"""The critical staff reply, by kind (``W|``/``R|``: window or remote channels only)."""
CM_FORBIDDEN: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"deflect": ("That's not my job. Go and ask at {place}.",
                       "Not my department, I'm afraid. You'll have to ask someone else."),
           "ignorance": ("I don't know. Nobody told us anything about that.",
                         "No idea. Try the website."),
           "dismiss": ("Calm down, please. There's nothing I can do about it.",
                       "Rules are rules. Without the {doc} I can't accept it."),
           "blame": ("I already told you last time: you should have brought the {doc}.",
                     "W|You should have read the sign at the entrance.",
                     "R|You should have read the instructions on the website."),
           "rush": ("W|I'm busy, there's a queue behind you. Come back with the {doc}.",
                    "R|I'm busy, I have other calls waiting. Come back to me with the {doc}.",
                    "Hurry up, we're closing in five minutes.")},
    "zh": {"deflect": ("这不归我管，你去{place}问吧。", "这个不是我们部门的，你找别人去。"),
           "ignorance": ("我不知道，我们这边没接到通知。", "我也不清楚，你上网查查吧。"),
           "dismiss": ("你冷静点，这事我也没办法。", "规定就是规定，没有{doc}就不能办。"),
           "blame": ("我不是说过了吗？要带{doc}。", "W|门口的牌子写得清清楚楚，你看清楚了再来。",
                     "R|网上写得清清楚楚，你自己看。"),
           "rush": ("W|快点，后面还有人排队呢，先把{doc}准备好再来。",
                    "R|快点说，我这边还有很多电话。", "我很忙，你明天再来吧。")},
}
"""Forbidden replies by group (coded ``forbidden``)."""
CM_SECOND: dict[str, dict[str, tuple[Move, ...]]] = {
    "recovery": {
        "en": (("I'm sorry, that was not a good answer. I'll take this on myself and make "
                "sure the {matter} is processed {time}.", (_A, _N)),
               ("You're right, I apologise. Let me call {place} for you now.", (_A, _N))),
        "zh": (("对不起，刚才是我没说清楚。这件事我来跟进，{time}前给您回电。", (_A, _N)),
               ("您说得对，给您添麻烦了。我马上为您联系{place}。", (_A, _N))),
    },
    "confirm": {
        "en": (("W|Here is your receipt. The {matter} will be ready {time}.", (_N,)),
               ("Everything is in order. I have sent the file to {place}.", (_N,)),
               ("R|Done: the {matter} will be ready {time}, and you will receive a text "
                "message.", (_N,))),
        "zh": (("W|这是您的回执，{matter}会在{time}前办好。", (_N,)),
               ("材料都齐了，我马上为您提交。", (_N,)),
               ("R|已经为您登记好了，{matter}会在{time}前办好。", (_N,))),
    },
    "bad_news": {
        "en": (("One more thing: you will also need a stamped copy of the {doc}.", ()),),
        "zh": (("另外，还需要一份盖章的{doc}复印件。", ()),),
    },
    "neutral": {
        "en": (("You can check the status online.", ()),),
        "zh": (("你可以在网上查进度。", ()),),
    },
}
"""The staff member's second reply, after the customer's reaction."""
CM_CLOSE: dict[str, dict[str, dict[str, tuple[Move, ...]]]] = {
    "thanks": {
        "en": {"window": (("Thank you for your patience. Have a good day.", (_T,)),
                          ("Thanks for coming in, goodbye.", (_T,))),
               "hotline": (("Thank you for calling. Goodbye.", (_T,)),
                           ("Thank you for your patience. Have a good day.", (_T,))),
               "chat": (("Thank you for your patience. Have a good day.", (_T,)),
                        ("Thanks for getting in touch!", (_T,))),
               "email": (("Thank you again for writing to us. Kind regards, {staff}", (_T,)),)},
        "zh": {"window": (("感谢您的耐心，祝您生活愉快！", (_T,)), ("谢谢您，慢走。", (_T,))),
               "hotline": (("感谢您的来电，再见。", (_T,)),
                           ("感谢您的耐心，祝您生活愉快！", (_T,))),
               "chat": (("感谢您的耐心，祝您生活愉快！", (_T,)), ("谢谢您的咨询！", (_T,))),
               "email": (("再次感谢您的来信。此致敬礼！政务服务中心", (_T,)),)},
    },
    "plain": {
        "en": {"window": (("Next, please.", ()),), "hotline": (("Anything else? No? Bye.", ()),),
               "chat": (("Anything else?", ()),), "email": (("Regards, {staff}", ()),)},
        "zh": {"window": (("下一位。", ()),), "hotline": (("还有别的事吗？没有就挂了。", ()),),
               "chat": (("还有其他问题吗？", ()),), "email": (("政务服务中心", ()),)},
    },
}
"""The staff member's last turn, with or without thanks."""
CM_REACT: dict[str, dict[int, tuple[str, ...]]] = {
    "en": {1: ("Oh, that's great, thank you.", "OK, that helps a lot."),
           0: ("OK.", "Right, I see."),
           -1: ("Seriously? I took half a day off for this.", "That's not very helpful."),
           -2: ("Are you kidding me? This is ridiculous.",
                "I can't believe how I'm being treated.")},
    "zh": {1: ("好的，太好了，谢谢。", "行，这样就清楚了。"),
           0: ("好的。", "嗯，知道了。"),
           -1: ("不是吧？我专门请了半天假来的。", "这样说我还是不明白。"),
           -2: ("你这是什么态度？太过分了！", "我跑了这么多趟，你就这么打发我？")},
}
"""The customer's reaction, by the change in sentiment (capped at ±2)."""
CM_BAD_NEWS_REACT = {"en": "Oh no, so I have to come back again?", "zh": "啊？那我还得再跑一趟？"}
CM_ESCALATE_TEXT = {
    "en": (" I want to speak to your supervisor.", " I'm going to file a complaint about this.",
           " I'll call 12345 and complain."),
    "zh": ("我要找你们领导。", "我要投诉你。", "我要打12345投诉。"),
}
"""What an escalating customer adds (the 12345 variant is not used on the hotline)."""
CM_ESCALATE_LATE = {"en": "OK. I'm still going to complain about the opening hours, though.",
                    "zh": "好吧。不过我还是要投诉你们的办公时间。"}
CM_GOODBYE: dict[str, dict[int, str]] = {
    "en": {1: "Thank you very much!", 0: "OK, bye.", -1: "Fine."},
    "zh": {1: "太感谢了！", 0: "好的，再见。", -1: "算了。"},
}
"""The customer's last words, by their sentiment (≥ 1, 0, ≤ −1)."""

CM_SHOWCASE: tuple[dict, ...] = (
    {"conversation": "C001", "language": "en", "channel": "window", "turns": (
        ("staff", "Number 57? What do you need?", None, ""),
        ("customer", "I was sent here from the tax window. I need to register my business "
                     "licence, and I have the lease contract with me this time.", -1, ""),
        ("staff", "ID card.", None, ""),
        ("customer", "Here it is.", -1, ""),
        ("staff", "That's not my job. Business licences are done at window 5.", None,
         "forbidden"),
        ("customer", "Are you kidding me? I've queued twice already. I want to speak to your "
                     "supervisor.", -2, "escalation"),
        ("staff", "I'm sorry, I should have explained. I'll walk you to window 5 now and ask "
                  "my colleague to serve you straight away.", None, "acknowledge;next_step"),
        ("customer", "All right.", -1, ""),
        ("staff", "Next, please.", None, ""),
        ("customer", "Fine.", -1, ""))},
    {"conversation": "C002", "language": "zh", "channel": "hotline", "turns": (
        ("staff", "喂，什么事？", None, ""),
        ("customer", "我上周打过电话，说公积金提取三个工作日到账，现在都过去一个星期了，钱还没到。",
         -1, ""),
        ("staff", "身份证号码报一下。", None, ""),
        ("customer", "好的，330106开头，后四位是1234。", -1, ""),
        ("staff", "我不知道，这不归我管，你自己去问公积金中心。", None, "forbidden"),
        ("customer", "你这是什么态度？我要投诉你！", -2, "escalation"),
        ("staff", "对不起，刚才是我态度不好。我马上为您联系公积金中心，今天下午四点前给您回电。",
         None, "acknowledge;next_step"),
        ("customer", "那好吧，我等你电话。", -1, ""),
        ("staff", "还有别的事吗？没有就挂了。", None, ""),
        ("customer", "算了。", -1, ""))},
)
"""Two hand-written conversations used in the chapter and the exercise (the replies at
turn 5 are the ones learners rewrite)."""


def _cm_quota(mix: dict[str, int], rng: np.random.Generator) -> list[str]:
    """The keys of ``mix``, each as often as its count, in random order."""
    return list(rng.permutation([k for k, n in mix.items() for _ in range(n)]))


def _cm_conversation(rng: np.random.Generator, lang: str, channel: str,
                     kind: str) -> list[tuple[str, str, float | None, str]]:
    """The turns (speaker, text, sentiment, annotation) of one generated conversation."""
    matter = str(rng.choice(list(CM_MATTERS)))
    name, doc, place = CM_MATTERS[matter][lang]
    slots = {"matter": name, "doc": doc, "place": place,
             "name": str(rng.choice(CM_NAMES[lang])), "staff": str(rng.choice(CM_STAFF[lang])),
             "time": str(rng.choice(CM_TIMES[lang])), "window": int(rng.integers(1, 13)),
             "num": int(rng.integers(20, 100))}
    turns: list[tuple[str, str, float | None, str]] = []

    def fits(option: object) -> bool:
        text = option if isinstance(option, str) else option[0]  # type: ignore[index]
        return not text.startswith(("W|", "R|")) or text[0] == ("W" if channel == "window"
                                                                else "R")

    def strip(option: object) -> object:
        if isinstance(option, str):
            return option[2:] if option[1:2] == "|" else option
        return (strip(option[0]), *option[1:])  # type: ignore[index]

    def pick(options: tuple | list) -> object:
        usable = [o for o in options if fits(o)]
        return strip(usable[int(rng.integers(len(usable)))])

    def staff(move: Move) -> None:
        text, codes = move
        order = ("greeting", "acknowledge", "next_step", "thanks", "forbidden")
        turns.append(("staff", text.format(**slots), None,
                      ";".join(c for c in order if c in codes)))

    def customer(text: str, mood: int, escalate: bool = False) -> None:
        if escalate:
            options = CM_ESCALATE_TEXT[lang]
            if channel == "hotline":
                options = options[:2]
            text += pick(options)
        turns.append(("customer", text.format(**slots), float(mood),
                      "escalation" if escalate else ""))

    def react(before: int, change: int) -> int:
        return max(-2, min(2, before + change))

    mood = 0 if rng.random() < 0.6 else -1
    opening = CM_OPEN["greet" if rng.random() < CM_GREETING[kind] else "plain"][lang][channel]
    ask, answer = pick(CM_ASK[lang])
    ack = rng.random() < (0.5 if mood < 0 else 0.1)
    ask_move: Move = ((pick(CM_ASK_ACK[lang]) if ack else "") + ask, ("acknowledge",) if ack
                      else ())
    if channel == "email":  # the customer writes first; the reply greets and asks at once
        customer(pick(CM_ISSUE[lang][mood]), mood)
        staff(pick(opening))
        customer(answer, mood)
    else:
        staff(pick(opening))
        customer(pick(CM_ISSUE[lang][mood]), mood)
        staff(ask_move)
        if ack and rng.random() < 0.4:
            mood = react(mood, 1)
        customer(answer, mood)
        if rng.random() < 0.4:  # one more question before the critical reply
            ask2, answer2 = pick([p for p in CM_ASK[lang] if strip(p[0]) != ask])
            staff((ask2, ()))
            customer(answer2, mood)
    escalated = False
    variant = ""
    # the critical reply and the customer's reaction
    if kind == "forbidden":
        group = str(rng.choice(list(CM_FORBIDDEN[lang])))
        staff((pick(CM_FORBIDDEN[lang][group]), ("forbidden",)))
        change = -1 if rng.random() < 0.5 else -2
    elif kind in ("silent", "hidden", "honest"):
        staff(pick(CM_CRITICAL[kind][lang]))
        change = {"silent": -1, "hidden": -1 if rng.random() < 0.5 else -2,
                  "honest": 1 if rng.random() < 0.5 else 0}[kind]
    else:  # good
        if rng.random() < CM_NEXT_STEP[channel]:
            variant = "next"
            if mood < 0 and rng.random() < 0.7:
                variant = "implicit" if rng.random() < 0.2 else "next_ack"
            change = 1 if rng.random() < 0.6 else 0
        else:
            variant, change = "explain", 0
        staff(pick(CM_CRITICAL[variant][lang]))
    new = react(mood, change)
    escalated = kind in CM_ESCALATE and kind != "good" and rng.random() < CM_ESCALATE[kind]
    customer(pick(CM_REACT[lang][max(-2, min(1, new - mood))]), new, escalated)
    mood = new
    # the second reply
    if kind in ("forbidden", "silent", "hidden"):
        second = "recovery" if rng.random() < {"forbidden": 0.7, "silent": 0.6,
                                                "hidden": 0.6}[kind] else (
            "forbidden" if kind == "forbidden" else "neutral")
    elif kind == "good" and variant == "explain":  # no next step yet; often none at all
        second = "neutral" if rng.random() < 0.6 else "confirm"
    else:
        second = "bad_news" if rng.random() < 0.06 else "confirm"
    if second == "forbidden":
        others = [g for g in CM_FORBIDDEN[lang] if g != group]
        staff((pick(CM_FORBIDDEN[lang][str(rng.choice(others))]), ("forbidden",)))
        new = react(mood, -1)
        late = not escalated and rng.random() < CM_ESCALATE["second_forbidden"]
        customer(pick(CM_REACT[lang][max(-2, min(1, new - mood))]), new, late)
        escalated = escalated or late
    else:
        staff(pick(CM_SECOND[second][lang]))
        if second == "bad_news":
            new = react(mood, -1)
            customer(CM_BAD_NEWS_REACT[lang], new)
        else:
            up = second in ("recovery", "confirm") and rng.random() < (
                0.5 if second == "recovery" else 0.3)
            new = react(mood, 1 if up else 0)
            if kind == "good" and not escalated and rng.random() < CM_ESCALATE["good"]:
                customer(CM_ESCALATE_LATE[lang], new)
                turns[-1] = (*turns[-1][:3], "escalation")
                escalated = True
            else:
                customer(pick(CM_REACT[lang][max(-2, min(1, new - mood))]), new)
    mood = new
    # the close
    thanks = rng.random() < CM_THANKS[kind]
    staff(pick(CM_CLOSE["thanks" if thanks else "plain"][lang][channel]))
    if thanks and rng.random() < 0.25:
        mood = react(mood, 1)
    customer(CM_GOODBYE[lang][max(-1, min(1, mood))], mood)
    return turns


def generate_service_transcripts(seed: int = SEED) -> pd.DataFrame:
    """Transcripts of 240 service conversations, one row per turn.

    Columns ``conversation`` (C001 …), ``language`` (en/zh), ``channel`` (window,
    hotline, chat, email), ``speaker`` (staff/customer), ``turn`` (1, 2, … within the
    conversation), ``text``, ``sentiment`` (customer turns: a coder's rating from −2 to
    +2; empty for staff) and ``annotation`` (the coder's codes: staff turns
    ``greeting``, ``acknowledge``, ``next_step``, ``thanks``, ``forbidden`` joined by
    ``;``; customer turns ``escalation``). C001 and C002 are written by hand
    (:data:`CM_SHOWCASE`); the others follow :data:`CM_TYPES` and :data:`CM_CHANNELS`.
    Uses ``default_rng([seed, 33])``.
    """
    rng = np.random.default_rng([seed, 33])
    specs = []
    for lang in ("en", "zh"):
        kinds = _cm_quota(CM_TYPES, rng)
        channels = _cm_quota(CM_CHANNELS[lang], rng)
        specs += [(lang, str(c), str(k)) for c, k in zip(channels, kinds, strict=True)]
    order = rng.permutation(len(specs))
    rows = []
    for case in CM_SHOWCASE:
        for turn, (speaker, text, mood, note) in enumerate(case["turns"], start=1):
            rows.append((case["conversation"], case["language"], case["channel"], speaker,
                         turn, text, mood, note))
    for number, i in enumerate(order, start=len(CM_SHOWCASE) + 1):
        lang, channel, kind = specs[i]
        for turn, (speaker, text, mood, note) in enumerate(
                _cm_conversation(rng, lang, channel, kind), start=1):
            rows.append((f"C{number:03d}", lang, channel, speaker, turn, text, mood, note))
    df = pd.DataFrame(rows, columns=["conversation", "language", "channel", "speaker", "turn",
                                     "text", "sentiment", "annotation"])
    df["sentiment"] = df["sentiment"].astype("Int64")
    return df


def planted_types(seed: int = SEED) -> dict[str, str]:
    """Conversation → planted type (``showcase`` for C001 and C002), for the tests and the
    data card: the same draws as :func:`generate_service_transcripts`."""
    rng = np.random.default_rng([seed, 33])
    specs = []
    for lang in ("en", "zh"):
        kinds = _cm_quota(CM_TYPES, rng)
        _cm_quota(CM_CHANNELS[lang], rng)
        specs += list(kinds)
    order = rng.permutation(len(specs))
    types = {case["conversation"]: "showcase" for case in CM_SHOWCASE}
    for number, i in enumerate(order, start=len(CM_SHOWCASE) + 1):
        types[f"C{number:03d}"] = str(specs[i])
    return types


def write_communication(outdir: Path, seed: int = SEED) -> list[Path]:
    """Write the service transcripts into ``outdir``; return the path."""
    return write_frames(outdir, {TRANSCRIPTS_FILE: generate_service_transcripts(seed)})


# ---- issue 18: culture ----
# --------------------------------------------------------------------------------------
# Front-line authority levels of the bank's complaint handling (chapter "Service culture
# and empowerment"): who may grant which remedy up to what amount, and what it costs when
# a complaint climbs the chain
# --------------------------------------------------------------------------------------
AUTHORITY_FILE = "authority_levels.csv"
AU_REMEDIES: dict[str, str] = {"apology_gift": "致歉礼品", "credit_voucher": "抵用券",
                               "fee_refund": "退还手续费", "full_refund": "全额退款"}
"""The remedies of ``complaints.csv`` that need authority (``none`` needs none)."""
AU_ROLES: dict[str, tuple[str, int, str, tuple[float, ...], float, float]] = {
    "hotline_agent": ("热线坐席", 1, "phone", (50, 50, 50, 0), 9.0, 1.3),
    "online_agent": ("在线客服", 1, "app email social_media", (30, 0, 0, 0), 10.5, 1.2),
    "branch_teller": ("网点柜员", 1, "branch", (80, 100, 100, 0), 10.0, 1.5),
    "team_leader": ("值班主管", 2, "", (80, 200, 300, 500), 14.0, 2.5),
    "service_manager": ("客户服务经理", 3, "", (80, 200, 1000, 2000), 25.0, 4.0),
}
"""Role → (Chinese name, level in the escalation chain, channels it takes first, current
limits in yuan for the remedies of :data:`AU_REMEDIES` in order (0 = may not grant),
median handling minutes, staff cost per minute in yuan). Planted: the online agents, who
take the app, e-mail and social-media complaints, have the narrowest authority (apology
gifts up to 30 yuan, nothing else), the branch tellers the widest; no front-line role may
grant a full refund; the limits never fall up the chain."""
AU_STUDY = (40, 0.35)
"""Time study behind ``handling_minutes``: 40 timed complaints per role, log-normal around
the median with log-SD 0.35; the column is their mean (one decimal)."""
AU_PLANTED: dict[str, object] = {
    "weakest_role": "online_agent",
    "cap": 10000,
    "best_change": ("online_agent", "fee_refund", 100.0),
    "best_within": {15000: ("online_agent", "apology_gift", 50.0),
                    20000: ("online_agent", "credit_voucher", 100.0)},
}
"""The planted effects that tests/test_data_culture.py checks: with ``complaints.csv``, the
single raise that most lifts first-contact resolution within 10,000 yuan of added cost at
risk is the online agents' fee refunds from 0 to 100 yuan; with 15,000 it is their apology
gifts from 30 to 50, with 20,000 their vouchers from 0 to 100."""


def generate_authority_levels(seed: int = SEED) -> pd.DataFrame:
    """The bank's authority matrix for complaint remedies, one row per role and remedy.

    Columns ``role``, ``role_zh``, ``level`` (1 = first contact, 2 = team leader,
    3 = service manager), ``channels`` (the complaint channels a level-1 role takes first,
    separated by spaces; empty above level 1), ``remedy``, ``remedy_zh``, ``limit`` (yuan,
    0 = may not grant), ``handling_minutes`` (mean of a time study, :data:`AU_STUDY`),
    ``cost_per_minute`` and ``handling_cost`` = minutes × cost per minute (yuan per
    complaint the role handles). Limits and rates are fixed (:data:`AU_ROLES`); the time
    study uses ``default_rng([seed, 30])``.
    """
    rng = np.random.default_rng([seed, 30])
    n, sd = AU_STUDY
    rows = []
    for role, (role_zh, level, channels, limits, minutes, rate) in AU_ROLES.items():
        mean = round(float(np.mean(minutes * np.exp(sd * rng.standard_normal(n)))), 1)
        cost = round(mean * rate, 1)
        for (remedy, remedy_zh), limit in zip(AU_REMEDIES.items(), limits, strict=True):
            rows.append({"role": role, "role_zh": role_zh, "level": level,
                         "channels": channels, "remedy": remedy, "remedy_zh": remedy_zh,
                         "limit": int(limit), "handling_minutes": mean,
                         "cost_per_minute": rate, "handling_cost": cost})
    return pd.DataFrame(rows)


def write_culture(outdir: Path, seed: int = SEED) -> list[Path]:
    """Write the authority levels (issue 18, culture) into ``outdir``; return the path."""
    return write_frames(outdir, {AUTHORITY_FILE: generate_authority_levels(seed)})


# ---- issue 19: audit ----
# --------------------------------------------------------------------------------------
# Incidents of the retail bank, July 2025 – June 2026 (chapter "Audit, privacy and
# continuity"): what happened, how many customers it touched, whether personal data or
# safety were at risk, how soon customers would be seriously harmed and whether a
# workaround served them. Own random stream default_rng([seed, 37]), so the files above do
# not change.
# --------------------------------------------------------------------------------------
INCIDENTS_FILE = "incidents.csv"
IN_TEMPLATES: tuple[tuple[str, str, str, str, tuple[int, int], int, int, float, int], ...] = (
    ("2025-07", "card_payments", "Card payments declined at some shops after a certificate expired",
     "证书过期导致部分商户的银行卡支付被拒", (6000, 9000), 0, 0, 3, 1),
    ("2025-07", "branch", "Air conditioning failed at the Riverside branch on a hot day",
     "炎热天气里滨江支行空调停机", (60, 120), 0, 0, 6, 1),
    ("2025-08", "data", "Monthly statements e-mailed to the wrong customers",
     "月度对账单被错发给其他客户的邮箱", (30, 45), 1, 0, 48, 0),
    ("2025-08", "atm_network", "ATM network down overnight after a database upgrade overran",
     "数据库升级超时，ATM 网络夜间停机", (2000, 4000), 0, 0, 10, 1),
    ("2025-09", "hotline", "Hotline callers hear silence after the menu (phone system fault)",
     "电话系统故障，热线来电者听完菜单后无人应答", (1500, 2500), 0, 0, 3, 1),
    ("2025-09", "mobile_app", "Face login fails on some Android phones",
     "部分安卓手机无法刷脸登录", (4000, 6000), 0, 0, 48, 1),
    ("2025-10", "branch", "A customer collapsed in the queue at the Central branch",
     "一位顾客在中心支行排队时晕倒", (1, 1), 0, 1, 0.25, 0),
    ("2025-10", "online_banking", "Transfers to other banks delayed by up to two hours",
     "跨行转账最长延迟两小时", (12000, 18000), 0, 0, 6, 0),
    ("2025-11", "mobile_app", "Mobile app down after a release on salary day",
     "发薪日新版本上线后手机银行无法使用", (150000, 200000), 0, 0, 2, 0),
    ("2025-11", "card_payments", "Card payments charged twice at one supermarket chain",
     "某连锁超市的银行卡消费被重复扣款", (700, 900), 0, 0, 24, 0),
    ("2025-12", "data", "A laptop with an unencrypted list of loan applicants was lost",
     "一台存有未加密贷款申请人名单的笔记本电脑丢失", (1100, 1300), 1, 0, 72, 0),
    ("2025-12", "atm_network", "Two ATMs in the shopping mall ran out of cash on a Saturday",
     "周六商场内两台 ATM 现金用完", (200, 400), 0, 0, 6, 1),
    ("2026-01", "hotline", "Hotline waits over 30 minutes in the rush before the Spring Festival",
     "春节前业务高峰，热线等候超过 30 分钟", (3000, 5000), 0, 0, 30, 1),
    ("2026-01", "online_banking", "Online banking pages time out at month end",
     "月末网上银行页面频繁超时", (20000, 30000), 0, 0, 12, 1),
    ("2026-02", "branch", "A flooded basement closes the Eastgate branch for a day",
     "地下室进水，东门支行停业一天", (300, 450), 0, 0, 30, 1),
    ("2026-02", "mobile_app", "Transaction notifications in the app stopped",
     "手机银行的交易提醒停止推送", (40000, 60000), 0, 0, 72, 1),
    ("2026-03", "card_payments", "Contactless cards rejected at metro gates in the rush hour",
     "高峰时段地铁闸机拒绝非接触式银行卡", (25000, 35000), 0, 0, 1, 1),
    ("2026-04", "data", "Phishing text messages in the bank's name ask for login codes",
     "冒用本行名义的钓鱼短信索要登录验证码", (5000, 8000), 1, 0, 2, 0),
    ("2026-05", "hotline", "The callback system lost the day's scheduled callbacks",
     "回呼系统丢失了当天预约的回电", (70, 90), 0, 0, 20, 0),
    ("2026-06", "atm_network", "A card skimmer was found on an ATM at the railway station",
     "火车站一台 ATM 上发现盗刷读卡器", (50, 150), 1, 0, 1, 0),
    ("2026-06", "online_banking", "Night-time maintenance of online banking ran two hours over",
     "网上银行夜间维护超时两小时", (800, 1500), 0, 0, 30, 1),
)
"""Incident templates: (month, service, description, Chinese description, range of
customers affected, personal data at risk 0/1, safety at risk 0/1, hours until customers
suffer serious harm, a workaround serves them 0/1). Ranges stay clear of the impact
thresholds of ``svcx_helpers.audit.IMPACT_RULES`` (500 and 10,000 customers)."""
IN_OUTAGE = ("2025-11-11", "08:40")
"""The salary-day app outage: the day the complaint log's app-outage wave starts."""
IN_PLANTED: dict[str, object] = {
    "levels": {1: 6, 2: 2, 3: 5, 4: 5, 5: 3},
    "few_but_critical": 3,
    "lowered_by_workaround": 7,
}
"""Planted effects (tests/test_data_audit.py): the number of incidents per severity level
with the course's rules; three of the five incidents with the fewest affected customers
are critical (personal data or safety at risk), which a rule on numbers alone would miss;
the workaround lowers the level of seven incidents (of twelve with a workaround: for
the others the harm is more than a day away, so urgency is already low)."""


def generate_incidents(seed: int = SEED) -> pd.DataFrame:
    """The bank's incident list, one row per incident (:data:`IN_TEMPLATES`), sorted by
    ``reported``.

    Columns ``incident_id`` (INC-01 …), ``reported`` (date and time), ``service``,
    ``description``, ``description_zh``, ``customers_affected`` (the first estimate,
    rounded to tens above 100), ``personal_data``, ``safety`` and ``workaround`` (0/1),
    ``hours_to_harm``. The day, time and number affected are drawn with
    ``default_rng([seed, 37])``; the salary-day outage is fixed at :data:`IN_OUTAGE`.
    """
    rng = np.random.default_rng([seed, 37])
    rows = []
    for month, service, text, text_zh, (lo, hi), pdata, safety, hours, work in IN_TEMPLATES:
        start = pd.Timestamp(f"{month}-01")
        day = int(rng.integers(0, start.days_in_month))
        minute = int(rng.integers(7 * 60, 22 * 60))
        when = start + pd.Timedelta(days=day, minutes=minute)
        if service == "mobile_app" and month == IN_OUTAGE[0][:7]:
            when = pd.Timestamp(" ".join(IN_OUTAGE))
        affected = int(rng.integers(lo, hi + 1))
        if affected > 100:
            affected = round(affected, -1)
        rows.append({"reported": when.strftime("%Y-%m-%d %H:%M"), "service": service,
                     "description": text, "description_zh": text_zh,
                     "customers_affected": affected, "personal_data": pdata, "safety": safety,
                     "hours_to_harm": hours, "workaround": work})
    out = pd.DataFrame(rows).sort_values("reported", kind="stable").reset_index(drop=True)
    out.insert(0, "incident_id", [f"INC-{i:02d}" for i in range(1, len(out) + 1)])
    return out


def write_audit(outdir: Path, seed: int = SEED) -> list[Path]:
    """Write the incident list (issue 19, audit) into ``outdir``; return the path."""
    return write_frames(outdir, {INCIDENTS_FILE: generate_incidents(seed)})


# ---- issue 19: servicescape ----
# ======================================================================================
# Servicescape and accessibility audit of five government service halls (issue 19,
# chapter "Servicescape and inclusive service"; seed 003: service for older people,
# people with disabilities and children; Bitner 1992: ambient conditions, space and
# function, signs, symbols and artefacts). Auditors walked each hall with one checklist
# of 31 items (weights 1–3, five critical items) and rated every item met, partly, not
# met or not applicable. Three files: the halls, the checklist and the ratings. Riverside
# is the district hall of the KANO, SERVQUAL and queue-ticket data. Own random stream
# default_rng([seed, 35]), so the files above do not change. Data card: data/README.md.
# ======================================================================================
SS_HALLS_FILE = "servicescape_halls.csv"
SS_CHECKLIST_FILE = "servicescape_checklist.csv"
SS_AUDIT_FILE = "servicescape_audit.csv"

SS_HALLS: dict[str, tuple[str, str, int, int, int, float]] = {
    "riverside": ("Riverside district service centre", "滨江区政务服务中心", 2, 2016, 121, 0.22),
    "hitech": ("Hi-tech Zone service centre", "高新区政务服务中心", 3, 2023, 160, 0.09),
    "oldtown": ("Old Town district service centre", "老城区政务服务中心", 2, 1998, 95, 0.34),
    "north": ("North Station service point", "北站片区便民服务中心", 1, 2019, 70, 0.18),
    "lakeside": ("Lakeside township service centre", "湖滨镇便民服务中心", 1, 2010, 45, 0.38),
}
"""Hall → (English name, Chinese name, storeys, year opened, visitors on an ordinary day,
share of visitors aged 60 or over in the auditors' door count). Riverside's 121 visitors
a day are those of ``government_window_visits.csv`` (an ordinary Tuesday or
Wednesday)."""

SS_DIMENSIONS: dict[str, str] = {
    "ambient": "氛围条件", "space": "空间布局与功能", "signs": "标识、符号与陈设",
    "inclusive": "包容与帮办服务"}
"""Bitner's three dimensions of the servicescape and a fourth for inclusive service."""

SS_ITEMS: tuple[tuple[str, str, int, bool, str, str, str, str], ...] = (
    # item_id, dimension, weight, critical, personas, step, English, Chinese
    ("amb_light", "ambient", 2, False, "older vision", "C3",
     "Even, glare-free light at the windows and writing desks", "窗口和填表台照明均匀、无眩光"),
    ("amb_call", "ambient", 2, False, "older vision hearing", "C2",
     "Numbers called by voice and on screen, clear over the noise of the hall",
     "叫号同时语音播报和屏幕显示，在大厅噪声中听得清"),
    ("amb_noise", "ambient", 1, False, "older hearing", "C5",
     "A quiet waiting area: no loud music or television", "等候区安静，没有嘈杂的音乐或电视"),
    ("amb_climate", "ambient", 1, False, "", "C5",
     "Comfortable temperature and fresh air", "温度适宜、空气清新"),
    ("amb_clean", "ambient", 1, False, "", "E5",
     "Clean floors, desks and toilets", "地面、台面和卫生间整洁"),
    ("spc_entrance", "space", 3, True, "wheelchair older", "E1",
     "Step-free entrance (level or ramp) with an automatic door",
     "入口无高差（平地或坡道），设自动门"),
    ("spc_lift", "space", 3, True, "wheelchair older", "E2",
     "A lift to every floor with windows (not applicable in a one-storey hall)",
     "设有窗口的各楼层均有电梯可达（单层大厅不适用）"),
    ("spc_aisles", "space", 2, False, "wheelchair", "C3",
     "Aisles and queue barriers wide enough for a wheelchair, no obstacles",
     "通道和排队栏杆之间宽度满足轮椅通行，没有障碍物"),
    ("spc_counter", "space", 3, True, "wheelchair", "C3",
     "A lowered counter with knee space at the comprehensive windows",
     "综合受理窗口设有带容膝空间的低位服务台"),
    ("spc_seats", "space", 2, False, "older", "C5",
     "Enough seats in the waiting area, some with armrests", "等候区座位充足，部分座椅带扶手"),
    ("spc_toilet", "space", 2, False, "wheelchair", "C5",
     "An accessible toilet", "设有无障碍卫生间"),
    ("spc_signpad", "space", 2, False, "wheelchair", "C4",
     "E-signature pad within reach from a seat or a wheelchair",
     "电子签名板坐着或坐在轮椅上也够得着"),
    ("spc_children", "space", 1, False, "child", "C5",
     "A children's corner or a baby-care room", "设有儿童活动区或母婴室"),
    ("spc_priority", "space", 2, False, "wheelchair older", "C2",
     "Priority seats and a priority window for older, disabled and pregnant visitors",
     "为老年人、残疾人和孕妇设爱心座椅和优先窗口"),
    ("sgn_wayfinding", "signs", 2, False, "older vision", "E1",
     "Directional signs from the entrance to every window, in large print with pictograms",
     "从入口到各窗口的导向标识，字大并配图形符号"),
    ("sgn_checklist", "signs", 2, False, "older vision", "C1",
     "Document checklists in large print at the guide desk", "导服台备有大字版材料清单"),
    ("sgn_tactile", "signs", 2, False, "vision", "E1",
     "Tactile paving from the entrance to the guide desk", "从入口到导服台铺设盲道"),
    ("sgn_screen", "signs", 1, False, "older", "E5",
     "Progress screen readable from the seats", "坐在等候区座位上看得清进度显示屏"),
    ("sgn_decor", "signs", 1, False, "", "E1",
     "Plants, artwork and a welcome wall", "绿植、装饰画和形象墙"),
    ("sgn_badges", "signs", 1, False, "", "C1",
     "Staff wear name badges and uniforms", "工作人员佩戴工牌、统一着装"),
    ("sgn_hours", "signs", 1, False, "", "E1",
     "Opening hours and the 12345 hotline posted at the entrance",
     "入口公示办公时间和 12345 热线"),
    ("inc_ticket", "inclusive", 3, True, "older", "C2",
     "A queue ticket without a smartphone (ID card at the machine, or from staff)",
     "没有智能手机也能取号（在取号机上刷身份证，或由工作人员代取）"),
    ("inc_help_desk", "inclusive", 3, True, "older wheelchair vision", "C1",
     "A staffed guide desk at the entrance throughout opening hours",
     "开放时间内入口导服台全程有人"),
    ("inc_paper_form", "inclusive", 3, False, "older", "C3",
     "Paper application forms, and staff to help fill them in", "提供纸质申请表并有人协助填写"),
    ("inc_kiosk_help", "inclusive", 2, False, "older", "C2",
     "Staff on hand at the ticket machines and self-service kiosks",
     "取号机和自助终端旁有工作人员协助"),
    ("inc_sign_paper", "inclusive", 2, False, "older wheelchair", "C4",
     "Signing on paper accepted when the e-signature pad cannot be used",
     "无法使用电子签名板时可以在纸上签字"),
    ("inc_notice", "inclusive", 2, False, "older", "C5",
     "Progress and pick-up notices without the app: a text to any phone, or a call",
     "不用 App 也能收到进度和取件通知：短信发到任何手机，或电话告知"),
    ("inc_id_only", "inclusive", 2, False, "older", "C6",
     "Identity checked with the ID card at pick-up; no face scan on a phone",
     "领取时凭身份证核验，不要求用手机刷脸"),
    ("inc_proxy", "inclusive", 2, False, "older wheelchair", "C6",
     "Collection by an authorised relative, or delivery home for those who cannot come",
     "可由亲属凭授权代领，行动不便者可送达上门"),
    ("inc_sign_language", "inclusive", 2, False, "hearing", "C3",
     "A writing pad or video sign-language service at the windows",
     "窗口备有写字板或视频手语服务"),
    ("inc_loan", "inclusive", 1, False, "older wheelchair", "C1",
     "Wheelchairs and reading glasses to borrow at the guide desk",
     "导服台可借用轮椅和老花镜"),
)
"""The checklist. ``personas`` names the visitors who depend on the item most:
``wheelchair`` (a wheelchair user), ``older`` (an older visitor without a smartphone),
``vision``, ``hearing`` (visitors with a visual or hearing impairment) and ``child``
(a parent with a small child). ``step`` is the step of the hall's blueprint
(``data/blueprints/government_window_after.yml``) at which the visitor meets the item."""

SS_PROFILE: dict[str, dict[int, tuple[float, float, float]]] = {
    "riverside": {1: (1.0, 0.0, 0.0), 2: (1.0, 0.0, 0.0), 3: (1.0, 0.0, 0.0)},
    "hitech": {1: (1.0, 0.0, 0.0), 2: (1.0, 0.0, 0.0), 3: (1.0, 0.0, 0.0)},
    "oldtown": {1: (1.0, 0.0, 0.0), 2: (1.0, 0.0, 0.0), 3: (1.0, 0.0, 0.0)},
    "north": {1: (1.0, 0.0, 0.0), 2: (1.0, 0.0, 0.0), 3: (1.0, 0.0, 0.0)},
    "lakeside": {1: (0.5, 0.3, 0.2), 2: (0.55, 0.30, 0.15), 3: (0.6, 0.3, 0.1)},
}
"""Hall → weight → P(met, partly, not met) for the items not planted in
:data:`SS_PLANTED`. The four larger halls are planted item by item (everything not
listed there is met), so that their ranks are fixed by design; the township hall is
drawn."""

SS_PLANTED: dict[str, dict[str, str]] = {
    # The district hall: no critical failure and the best weighted score. A wheelchair
    # user still meets problems at steps C3 and C4 of the blueprint, an older visitor
    # without a smartphone at C2, C5 and C6; the rest of its shortfalls are minor items.
    "riverside": {
        "spc_aisles": "partly", "spc_signpad": "not_met", "amb_call": "partly",
        "inc_notice": "not_met", "inc_id_only": "partly", "amb_climate": "partly",
        "sgn_decor": "not_met", "sgn_badges": "partly", "spc_children": "not_met"},
    # New and digital first: every minor item met, the assisted service thin. First on
    # the unweighted score, fourth of five on the weighted one.
    "hitech": {
        "inc_ticket": "partly", "inc_help_desk": "partly", "inc_paper_form": "not_met",
        "inc_sign_paper": "not_met", "inc_notice": "not_met", "inc_id_only": "not_met",
        "spc_counter": "partly"},
    # An old building with a warm, staffed service: second on the weighted score, but it
    # fails two critical wheelchair items (no ramp, no lift to the upper floor)
    "oldtown": {
        "spc_entrance": "not_met", "spc_lift": "not_met", "spc_counter": "partly",
        "spc_toilet": "partly", "amb_climate": "not_met", "amb_clean": "partly",
        "sgn_decor": "partly", "spc_children": "not_met"},
    # One storey at a railway station: the lift does not apply; noisy
    "north": {
        "spc_lift": "na", "inc_help_desk": "partly", "amb_call": "partly",
        "sgn_tactile": "not_met", "spc_toilet": "partly", "amb_noise": "not_met",
        "amb_light": "partly", "spc_seats": "partly", "inc_sign_language": "not_met",
        "sgn_checklist": "partly"},
    # A small township hall: one storey and no kiosks; the rest is drawn
    "lakeside": {"spc_lift": "na", "inc_kiosk_help": "na", "spc_entrance": "partly",
                 "spc_counter": "partly", "inc_ticket": "met", "inc_help_desk": "met"},
}
"""Ratings fixed by design (the rest are drawn from :data:`SS_PROFILE`)."""

SS_RATINGS = ("met", "partly", "not_met")
SS_AUDIT_DATES: dict[str, str] = {"riverside": "2026-04-14", "hitech": "2026-04-15",
                                  "oldtown": "2026-04-16", "north": "2026-04-21",
                                  "lakeside": "2026-04-22"}


def generate_servicescape(seed: int = SEED) -> dict[str, pd.DataFrame]:
    """The three files of the servicescape audit, keyed by file name.

    ``servicescape_halls.csv``: ``hall``, ``name``, ``name_zh``, ``storeys``, ``opened``,
    ``visitors_per_day``, ``share_60plus``, ``audited`` (:data:`SS_HALLS`).
    ``servicescape_checklist.csv``: ``item_id``, ``dimension``, ``dimension_zh``, ``item``,
    ``item_zh``, ``weight``, ``critical``, ``personas``, ``step`` (:data:`SS_ITEMS`).
    ``servicescape_audit.csv``: one row per hall × item, ``hall``, ``item_id``, ``rating``
    (``met``, ``partly``, ``not_met`` or ``na``); the planted ratings of
    :data:`SS_PLANTED`, the others drawn with the hall's probabilities in
    :data:`SS_PROFILE` for the item's weight. Uses ``default_rng([seed, 35])``.
    """
    rng = np.random.default_rng([seed, 35])
    halls = pd.DataFrame(
        [{"hall": h, "name": n, "name_zh": z, "storeys": s, "opened": o,
          "visitors_per_day": v, "share_60plus": p, "audited": SS_AUDIT_DATES[h]}
         for h, (n, z, s, o, v, p) in SS_HALLS.items()])
    checklist = pd.DataFrame(
        [{"item_id": i, "dimension": d, "dimension_zh": SS_DIMENSIONS[d], "item": en,
          "item_zh": zh, "weight": w, "critical": int(c), "personas": p, "step": s}
         for i, d, w, c, p, s, en, zh in SS_ITEMS])
    rows = []
    for hall in SS_HALLS:
        planted = SS_PLANTED[hall]
        for item_id, _, weight, *_ in SS_ITEMS:
            drawn = SS_RATINGS[rng.choice(3, p=SS_PROFILE[hall][weight])]
            rows.append({"hall": hall, "item_id": item_id,
                         "rating": planted.get(item_id, drawn)})
    return {SS_HALLS_FILE: halls, SS_CHECKLIST_FILE: checklist,
            SS_AUDIT_FILE: pd.DataFrame(rows)}


def write_servicescape(outdir: Path, seed: int = SEED) -> list[Path]:
    """Write the servicescape audit (issue 19) into ``outdir``; return the paths."""
    return write_frames(outdir, generate_servicescape(seed))


# ---- issue 19: outsourcing ----
# ======================================================================================
# Outsourcing and service-level agreements (issue 19, chapter "Outsourcing, vendors and
# service-level agreements"; seed case 003: outsourcing, vendor selection, SLAs). The
# district government service centre of the other chapters has outsourced the support of
# its window PCs, ID-card readers, printers, queue-ticket system and online portal to an
# IT vendor. Two files: the vendor's ticket log for the first half of 2026 and the clock
# stops recorded in its ticket tool; and the draft SLA as YAML (clauses in English and
# Chinese plus the machine-readable terms that svcx_helpers.sla measures). Planted: the
# vendor meets its P1 target on paper because P1 is measured in business hours only,
# every pending status stops the clock (also waits for the vendor's own suppliers) and
# "third-party" exclusions are flagged mostly on tickets that would have missed, while
# citizens and staff wait long. Own random stream default_rng([seed, 36]). Data card:
# data/README.md.
# ======================================================================================
VN_TICKETS_FILE = "vendor_tickets.csv"
VN_STOPS_FILE = "vendor_ticket_stops.csv"
VN_SLA_FILE = "vendor_sla_draft.yml"

VN_FIRST = dt.datetime(2025, 12, 29)
"""Tickets are created from Monday 29 December 2025 …"""
VN_LAST = dt.datetime(2026, 7, 1)
"""… to Tuesday 30 June 2026 (before this moment); every one was resolved when the log was
extracted."""
VN_HOLIDAYS: tuple[str, ...] = (
    "2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19",
    "2026-02-20", "2026-02-23", "2026-04-06", "2026-05-01", "2026-05-04", "2026-05-05",
    "2026-06-19")
"""Weekdays without service in the contract's Annex A (New Year, Spring Festival, Qingming,
Labour Day, Dragon Boat Festival)."""
VN_WORKDAYS: tuple[str, ...] = ("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09")
"""Weekend days that are working days in Annex A (make-up working days, 调休)."""
VN_OPEN, VN_CLOSE = 9, 18
"""Business hours of the contract: 09:00–18:00 on working days."""
VN_COUNTS: dict[str, int] = {"P1": 150, "P2": 400, "P3": 900}
"""Tickets per priority over the half year."""
VN_TARGETS: dict[str, tuple[float, float, float]] = {
    "P1": (0.5, 4.0, 0.95), "P2": (2.0, 16.0, 0.95), "P3": (8.0, 40.0, 0.90)}
"""Priority → (response target, resolution target in business hours, attainment target)."""
VN_ARRIVAL: dict[str, tuple[float, float, float, float]] = {
    "P1": (1.0, 0.3, 0.5, 0.05), "P2": (1.0, 0.25, 0.4, 0.03), "P3": (1.0, 0.15, 0.3, 0.02)}
"""Relative arrival rate per hour: (working day 09–18, working day 07–09 and 18–22,
Saturday 08–13 when the hall serves citizens, any other hour: the online portal)."""
VN_WORK: dict[str, tuple[float, float, float, float]] = {
    "P1": (12 / 60, 0.6, 1.3, 0.75), "P2": (40 / 60, 0.6, 6.0, 0.7),
    "P3": (2.0, 0.6, 16.0, 0.6)}
"""Priority → (median response delay, its log-SD, median work, its log-SD), in business
hours (log-normal): the vendor works only in business hours."""
VN_STOPS: dict[str, dict[str, tuple[float, float, float]]] = {
    "pending_customer": {"P1": (0.18, 1.2, 0.7), "P2": (0.30, 4.0, 0.8),
                         "P3": (0.35, 4.0, 0.8)},
    "pending_supplier": {"P1": (0.22, 6.0, 0.8), "P2": (0.20, 16.0, 0.8),
                         "P3": (0.15, 24.0, 0.8)},
}
"""Status → priority → (probability, median wall-clock hours, log-SD) of a clock stop during
the work: the vendor asked the customer for information or access (``pending_customer``),
or waits for its own parts supplier or subcontractor (``pending_supplier``)."""
VN_CUSTOMER_CHANGE = 0.03
"""Share of tickets caused by the customer's own change (a fair exclusion)."""
VN_FORCE_MAJEURE = 0.004
VN_THIRD_PARTY: dict[str, tuple[float, float]] = {
    "P1": (0.75, 0.04), "P2": (0.50, 0.03), "P3": (0.02, 0.02)}
"""Priority → (P(the vendor flags ``third_party``) for a ticket that would miss its target
as the draft measures it, P(flag) for one that would meet it). The flag follows the miss,
not the cause."""
VN_APRIL_FLAG = 0.2
"""In April 2026 (created) a new account manager flags P1 misses less often: this P(flag)."""
VN_CSAT = (4.6, 0.5, 0.7, 0.55)
"""CSAT (1–5) = round(4.6 − 0.5·ln(1 + wall-clock hours) + N(0, 0.7)), answered with P 0.55:
satisfaction follows the hours the customer waited, not the hours the SLA measures."""
VN_FEE = 150_000
VN_CATEGORIES: dict[str, tuple[str, ...]] = {
    "P1": ("queue_system", "approval_system", "online_portal", "network"),
    "P2": ("window_pc", "id_reader", "printer", "approval_system", "account"),
    "P3": ("printer", "account", "software", "peripheral", "other"),
}


def _vn_is_workday(day: dt.date) -> bool:
    iso = day.isoformat()
    if iso in VN_WORKDAYS:
        return True
    return day.weekday() < 5 and iso not in VN_HOLIDAYS


def _vn_next_open(t: dt.datetime) -> dt.datetime:
    """The first business moment at or after ``t``."""
    while True:
        day = t.date()
        start = dt.datetime.combine(day, dt.time(VN_OPEN))
        end = dt.datetime.combine(day, dt.time(VN_CLOSE))
        if _vn_is_workday(day) and t < end:
            return max(t, start)
        t = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0))


def _vn_add(t: dt.datetime, hours: float) -> dt.datetime:
    """``t`` advanced by ``hours`` of business time (from the next business moment)."""
    left = dt.timedelta(hours=hours)
    t = _vn_next_open(t)
    while True:
        end = dt.datetime.combine(t.date(), dt.time(VN_CLOSE))
        if t + left <= end:
            return t + left
        left -= end - t
        t = _vn_next_open(end)


def _vn_hour_weights(priority: str) -> tuple[list[dt.datetime], np.ndarray]:
    """Every hour of the period and its arrival weight (:data:`VN_ARRIVAL`)."""
    core, edge, saturday, other = VN_ARRIVAL[priority]
    hours, weights = [], []
    t = VN_FIRST
    while t < VN_LAST:
        h, day = t.hour, t.date()
        if _vn_is_workday(day):
            w = core if VN_OPEN <= h < VN_CLOSE else (edge if 7 <= h < 9 or 18 <= h < 22
                                                       else other)
        elif day.weekday() == 5 and day.isoformat() not in VN_HOLIDAYS and 8 <= h < 13:
            w = saturday
        else:
            w = other
        hours.append(t)
        weights.append(w)
        t += dt.timedelta(hours=1)
    return hours, np.array(weights) / np.sum(weights)


def _vn_minute(t: dt.datetime) -> dt.datetime:
    return t.replace(second=0, microsecond=0)


def generate_vendor_tickets(seed: int = SEED) -> dict[str, pd.DataFrame]:
    """The vendor's ticket log and its clock stops, keyed by file name.

    * ``vendor_tickets.csv`` — ``ticket_id`` (V0001 … in order of creation), ``priority``
      (P1–P3), ``category``, ``created``, ``first_response``, ``resolved`` (minutes),
      ``exclusion`` (empty, ``customer_change``, ``third_party`` or ``force_majeure``, as
      the vendor recorded it) and ``csat`` (1–5, empty = not answered).
    * ``vendor_ticket_stops.csv`` — ``ticket_id``, ``status`` (``pending_customer`` or
      ``pending_supplier``), ``start``, ``end``: the pending periods of the ticket tool.

    The vendor starts work after a response delay and works only in business hours
    (:data:`VN_WORK`); clock stops interrupt the work (:data:`VN_STOPS`). Planted: see the
    module comment above and :data:`VN_THIRD_PARTY`, :data:`VN_APRIL_FLAG`,
    :data:`VN_CSAT`. Uses ``default_rng([seed, 36])``.
    """
    rng = np.random.default_rng([seed, 36])
    rows, stops = [], []
    for priority, n in VN_COUNTS.items():
        hours, weights = _vn_hour_weights(priority)
        picks = np.sort(rng.choice(len(hours), size=n, p=weights))
        d_med, d_sd, w_med, w_sd = VN_WORK[priority]
        target = VN_TARGETS[priority][1]
        for k in picks:
            created = _vn_minute(hours[k] + dt.timedelta(minutes=float(rng.uniform(0, 60))))
            delay = float(d_med * np.exp(d_sd * rng.standard_normal()))
            work = float(w_med * np.exp(w_sd * rng.standard_normal()))
            start = _vn_add(created, delay)
            pauses = []
            for status, by_priority in VN_STOPS.items():
                p, s_med, s_sd = by_priority[priority]
                if rng.random() < p:
                    pauses.append((float(rng.uniform(0.05, 0.95)), status,
                                   float(s_med * np.exp(s_sd * rng.standard_normal()))))
            pauses.sort()
            t, done, ticket_stops = start, 0.0, []
            for at, status, length in pauses:
                t = _vn_add(t, (at - done) * work)
                done = at
                ticket_stops.append((status, t, t + dt.timedelta(hours=length)))
                t = t + dt.timedelta(hours=length)
            resolved = _vn_add(t, (1 - done) * work)
            # the draft's measure: business hours from the next opening, all pauses stopped
            draft_hours = delay + work
            excluded = ""
            if rng.random() < VN_CUSTOMER_CHANGE:
                excluded = "customer_change"
            elif rng.random() < VN_FORCE_MAJEURE:
                excluded = "force_majeure"
            else:
                miss, meet = VN_THIRD_PARTY[priority]
                if priority == "P1" and created.month == 4:
                    miss = VN_APRIL_FLAG
                if rng.random() < (miss if draft_hours > target else meet):
                    excluded = "third_party"
            wall = (resolved - created).total_seconds() / 3600
            mean, slope, sd, answered = VN_CSAT
            csat = (int(np.clip(np.rint(mean - slope * np.log1p(wall)
                                        + sd * rng.standard_normal()), 1, 5))
                    if rng.random() < answered else pd.NA)
            rows.append({"priority": priority,
                         "category": str(rng.choice(VN_CATEGORIES[priority])),
                         "created": created, "first_response": _vn_minute(start),
                         "resolved": _vn_minute(resolved), "exclusion": excluded,
                         "csat": csat, "_stops": ticket_stops})
    rows.sort(key=lambda r: (r["created"], r["priority"]))
    for i, row in enumerate(rows):
        row["ticket_id"] = f"V{i + 1:04d}"
        for status, a, b in row.pop("_stops"):
            stops.append({"ticket_id": row["ticket_id"], "status": status,
                          "start": _vn_minute(a), "end": _vn_minute(b)})
    fmt = "%Y-%m-%d %H:%M"
    tickets = pd.DataFrame(rows)[["ticket_id", "priority", "category", "created",
                                  "first_response", "resolved", "exclusion", "csat"]]
    for col in ("created", "first_response", "resolved"):
        tickets[col] = tickets[col].map(lambda x: x.strftime(fmt))
    tickets["csat"] = tickets["csat"].astype("Int64")
    stop_frame = pd.DataFrame(stops, columns=["ticket_id", "status", "start", "end"])
    for col in ("start", "end"):
        stop_frame[col] = stop_frame[col].map(lambda x: x.strftime(fmt))
    return {VN_TICKETS_FILE: tickets, VN_STOPS_FILE: stop_frame}


VN_CLAUSES: tuple[tuple[str, str, str, str, str], ...] = (
    ("C1", "Scope", "服务范围",
     "The vendor supports the service centre's window PCs, ID-card readers and printers, the "
     "queue-ticket system it hosts, the approval system's client and the online service "
     "portal, for the centre's staff and for citizens at the self-service kiosks and online.",
     "供应商为服务中心的窗口电脑、身份证读卡器和打印机，由其托管的排队叫号系统，审批系统客户端以及"
     "网上办事大厅提供支持，服务对象是中心工作人员以及使用自助终端和网上办事的市民。"),
    ("C2", "Service hours", "服务时间",
     "Support is provided in business hours: Monday to Friday 09:00–18:00, except the public "
     "holidays in Annex A and including the make-up working days listed there. All times in "
     "this agreement are measured in business hours.",
     "支持服务在工作时间内提供：周一至周五 09:00–18:00，附件 A 所列法定节假日除外，附件 A 所列调休"
     "上班日照常服务。本协议中的所有时间均按工作时间计算。"),
    ("C3", "Availability", "可用性",
     "The queue-ticket system is available at least 99.5 % of the service hours (C2) of each "
     "month. Availability = (service hours − hours out of service) ÷ service hours.",
     "排队叫号系统在每月服务时间（C2）内的可用率不低于 99.5%。可用率 =（服务时间 − 停机时间）÷ "
     "服务时间。"),
    ("C4", "Priorities and targets", "优先级与目标时限",
     "P1 (a window, the queue system or an online service is out of use): response within 30 "
     "minutes, resolution within 4 hours. P2 (one user or function impaired, a workaround "
     "exists): response within 2 hours, resolution within 16 hours. P3 (requests and minor "
     "faults): response within 8 hours, resolution within 40 hours. A target is met when the "
     "measured time is at most the target.",
     "P1（某个窗口、排队系统或某项网上服务无法使用）：30 分钟内响应，4 小时内解决。P2（单个用户或"
     "单项功能受影响，有临时替代办法）：2 小时内响应，16 小时内解决。P3（服务请求和轻微故障）：8 "
     "小时内响应，40 小时内解决。计量时间不超过目标时限即为达标。"),
    ("C5", "Attainment", "达成率",
     "For each priority, the attainment of a month is the number of tickets that met the "
     "resolution target divided by the number of tickets in scope. The agreed attainment is "
     "95 % for P1 and P2 and 90 % for P3.",
     "各优先级每月的达成率 = 达到解决时限的工单数 ÷ 纳入考核的工单数。约定的达成率为：P1 和 P2 "
     "95%，P3 90%。"),
    ("C6", "Measurement window", "考核周期",
     "The measurement window is the calendar month. A ticket counts in the month in which it "
     "is resolved.",
     "考核周期为自然月。工单计入其解决时所在的月份。"),
    ("C7", "Clock stops", "暂停计时",
     "The clock stops while a ticket has a pending status in the vendor's ticket tool.",
     "工单在供应商工单系统中处于任何“挂起”状态期间，暂停计时。"),
    ("C8", "Exclusions", "除外情形",
     "A ticket is out of scope if the incident was caused by a change made by the customer, "
     "by third-party products, networks or services, or by force majeure.",
     "因客户自行变更、第三方产品、网络或服务，或不可抗力引起的事件，其工单不纳入考核。"),
    ("C9", "Service credits", "服务费抵扣",
     "If the monthly attainment of P1 or of P2 is below 95 %, the vendor credits 5 % of the "
     "monthly fee for that priority; below 90 %, 10 %. The credits of a month are added and "
     "capped at 10 % of the monthly fee of 150,000 yuan.",
     "P1 或 P2 的月度达成率低于 95% 时，供应商就该优先级抵扣月服务费的 5%；低于 90% 时抵扣 10%。"
     "同一月份的抵扣相加，合计不超过月服务费 150,000 元的 10%。"),
    ("C10", "Reporting and audit", "报告与审核",
     "Within five working days after each month the vendor sends a report that lists every "
     "ticket with its times, clock stops and exclusions; the customer may audit the ticket "
     "tool at any time.",
     "每月结束后五个工作日内，供应商提交月度报告，逐张列出工单的各项时间、暂停计时和除外情形；"
     "客户可随时审核工单系统。"),
)
"""The draft's clauses: (id, title, Chinese title, English text, Chinese text). Planted: C2,
C7 and C8 let the vendor meet the P1 target on paper while customers wait."""


def vendor_sla_draft() -> dict[str, object]:
    """The draft SLA as the YAML file holds it: the clauses and the terms they set, in the
    form :func:`svcx_helpers.sla.load_contract` reads."""
    return {
        "title": "Draft service-level agreement: IT support for the district service centre",
        "title_zh": "区政务服务中心 IT 支持服务水平协议（草案）",
        "customer": "District government service centre",
        "vendor": "Vendor (synthetic)",
        "fee": VN_FEE,
        "currency": "yuan",
        "calendars": {"business": {
            "days": ["Mon", "Tue", "Wed", "Thu", "Fri"],
            "hours": [f"{VN_OPEN:02d}:00", f"{VN_CLOSE:02d}:00"],
            "holidays": list(VN_HOLIDAYS), "workdays": list(VN_WORKDAYS)}},
        "priorities": {p: {"response_hours": r, "resolution_hours": h, "target": a,
                           "calendar": "business"}
                       for p, (r, h, a) in VN_TARGETS.items()},
        "clock_stops": list(VN_STOPS),
        "exclusions": ["customer_change", "third_party", "force_majeure"],
        "month": "resolved",
        "credits": {"priorities": ["P1", "P2"],
                    "table": [{"below": 0.95, "percent": 5}, {"below": 0.90, "percent": 10}],
                    "cap_percent": 10},
        "clauses": [{"id": c, "title": en_t, "title_zh": zh_t, "text": en, "text_zh": zh}
                    for c, en_t, zh_t, en, zh in VN_CLAUSES],
    }


def write_outsourcing(outdir: Path, seed: int = SEED) -> list[Path]:
    """Write the vendor's ticket log, its clock stops and the draft SLA (issue 19,
    outsourcing) into ``outdir``; return the paths."""
    from svcx_helpers.core import dump_yaml

    paths = write_frames(outdir, generate_vendor_tickets(seed))
    path = Path(outdir) / VN_SLA_FILE
    header = ("# Draft SLA of the chapter 'Outsourcing, vendors and service-level agreements'.\n"
              "# Synthetic teaching data written by data/generate.py; data card in "
              "data/README.md.\n")
    path.write_text(header + dump_yaml(vendor_sla_draft()), encoding="utf-8", newline="\n")
    return [*paths, path]


# ---- issue 19: cost ----
# ======================================================================================
# The cost of service and digital channels (issue 19, chapter "The cost of service and
# digital channels"; seed 003: cost control with activity-based costing, ROI of process
# improvements, self-service and AI assistants). The cost inputs of the bank branch whose
# event logs the process chapter analyses (bank_branch_events_before/after.csv): what each
# resource group costs a quarter and which resources of the logs belong to it
# (branch_costs.csv), unit costs of the digital channels (channel_costs.csv), the business
# case for moving card requests into the mobile app (self_service_case.csv and the adoption
# assumptions by age group, self_service_adoption.csv), and a chatbot pilot in the app
# (chatbot_pilot.csv). Only the pilot is random, from its own stream
# default_rng([seed, 38]); the other four are stated assumptions. Data card: data/README.md.
# ======================================================================================
CO_COSTS_FILE = "branch_costs.csv"
CO_CHANNELS_FILE = "channel_costs.csv"
CO_CASE_FILE = "self_service_case.csv"
CO_ADOPTION_FILE = "self_service_adoption.csv"
CO_PILOT_FILE = "chatbot_pilot.csv"

CO_ROLES: tuple[tuple[str, str, str, str, str, int, int, float, float], ...] = (
    ("before", "teller", "柜员", "staff", "teller_1 teller_2 teller_3", 3, 21_000, 7.5, 0.8),
    ("before", "back_office", "后台审核员", "staff", "back_office_1", 1, 27_000, 7.5, 0.8),
    ("before", "advisor", "贷款顾问", "staff", "advisor_1", 1, 31_500, 7.5, 0.8),
    ("before", "ticket_machine", "取号机", "machine", "ticket_machine", 1, 1_800, 8.0, 0.85),
    ("before", "customer", "顾客本人", "customer", "form_desk", 0, 0, 0.0, 0.0),
    ("after", "teller", "柜员", "staff", "teller_1 teller_2", 2, 21_000, 7.5, 0.8),
    ("after", "lobby_manager", "大堂经理", "staff", "lobby_manager teller_3", 1, 22_500, 7.5,
     0.8),
    ("after", "back_office", "后台审核员", "staff", "back_office_1", 1, 27_000, 7.5, 0.8),
    ("after", "advisor", "贷款顾问", "staff", "advisor_1", 1, 31_500, 7.5, 0.8),
    ("after", "smart_ticket_machine", "智能取号机", "machine", "smart_ticket_machine", 1, 4_500,
     8.0, 0.85),
    ("after", "kiosk", "自助终端", "machine", "kiosk_1 kiosk_2", 2, 9_000, 8.0, 0.85),
)
"""(period, role, Chinese name, kind, the log's resources of the role, units, cost per unit
and quarter in yuan, paid hours a day, practical share). Staff cost is the fully loaded
cost (salary, social insurance, housing fund, space, equipment and supervision); a teller
costs 7,000 yuan a month, as in METHODS.md 8.4. Machines: lease and maintenance, available
the 8 opening hours, practical share 85 %. The paper-form desk of the before period is
the customer's own time: cost 0. After the redesign the third teller is the lobby manager,
whose counter work appears as ``teller_3`` in the log."""

CO_CHANNELS: tuple[tuple[str, str, float, str, str], ...] = (
    ("app_card_request", "手机银行申领银行卡", 6.0, "request",
     "identity check by face recognition 1.0 + card sent by courier 5.0"),
    ("chatbot", "智能客服机器人", 1.2, "conversation",
     "licence, hosting and upkeep of the assistant divided by its conversations"),
    ("online_agent", "在线人工客服", 9.0, "chat",
     "6.5 minutes of an agent at 1.39 yuan a minute (time-driven ABC)"),
    ("handover", "转人工交接", 2.5, "handover",
     "extra 1.8 minutes of the agent reading the bot conversation and asking again"),
    ("hotline_agent", "电话人工客服", 11.0, "call",
     "7.9 minutes of a hotline agent at 1.39 yuan a minute"),
)
"""(channel, Chinese name, cost in yuan, per what, basis of the estimate)."""

CO_CASE: tuple[tuple[str, float, str, str], ...] = (
    ("branches", 24, "branches",
     "city branches of the bank with about the card volume of the logged branch"),
    ("fortnights_per_year", 25, "fortnights", "working fortnights a year (250 working days)"),
    ("investment", 300_000, "yuan", "one-off: building card requests into the mobile app"),
    ("running", 100_000, "yuan a year",
     "upkeep, identity-check licence and support of the app feature"),
    ("fallback", 0.10, "share",
     "app requests that fail (face check, address) and end at a counter after all"),
    ("years", 3, "years", "horizon of the business case"),
    ("rate", 0.0, "share a year", "discount rate (0: undiscounted)"),
)
"""The business case for moving card requests (``card_issue``) from the counter to the
mobile app: (parameter, value, unit, meaning). The yearly volume is the card requests of
the after log × fortnights_per_year × branches."""

CO_ADOPTION: tuple[tuple[str, str, float, float, float, float], ...] = (
    ("18-34", "18–34 岁", 0.38, 0.35, 0.50, 0.70),
    ("35-59", "35–59 岁", 0.42, 0.15, 0.28, 0.40),
    ("60+", "60 岁及以上", 0.20, 0.02, 0.06, 0.12),
)
"""(age group, Chinese, share of card requests, adoption of the app: low, base, high).
Planted: the weighted base adoption (0.3196) is below the break-even adoption of the
three-year business case, the high one (0.458) above; the older customers hardly move."""

CO_INTENTS: tuple[tuple[str, str, int, float, float, float], ...] = (
    ("balance_statement", "余额与账单查询", 900, 0.88, 0.03, 0.04),
    ("branch_hours", "网点与营业时间", 300, 0.92, 0.02, 0.02),
    ("card_activation", "银行卡激活", 400, 0.80, 0.05, 0.06),
    ("fee_question", "手续费咨询", 500, 0.72, 0.06, 0.10),
    ("account_documents", "开户材料咨询", 350, 0.70, 0.06, 0.12),
    ("loan_rates", "贷款利率咨询", 350, 0.64, 0.08, 0.55),
    ("lost_card", "挂失与盗刷", 250, 0.30, 0.08, 0.40),
    ("complaint", "投诉", 300, 0.18, 0.12, 0.50),
)
"""Chatbot pilot, one month in the bank's app: (intent, Chinese, expected conversations,
P(the bot ends the conversation without a person = contained), P(abandoned), P(a contained
customer contacts a person about the same matter within 7 days)); the rest is handed
over. Planted: complaints and lost or stolen cards are contained least and come back
most; loan-rate questions look contained (64 %) but more than half come back, so their
effective containment falls below the break-even of the channel costs."""


def generate_cost(seed: int = SEED) -> dict[str, pd.DataFrame]:
    """The five files of the cost chapter, keyed by file name.

    * ``branch_costs.csv`` — ``period``, ``role``, ``role_zh``, ``kind`` (staff, machine,
      customer), ``resources`` (the log's resources, separated by spaces), ``units``,
      ``cost_per_unit`` (yuan a quarter), ``hours_per_day``, ``practical_share``
      (:data:`CO_ROLES`).
    * ``channel_costs.csv`` — ``channel``, ``channel_zh``, ``cost`` (yuan), ``per``,
      ``basis`` (:data:`CO_CHANNELS`).
    * ``self_service_case.csv`` — ``parameter``, ``value``, ``unit``, ``meaning``
      (:data:`CO_CASE`).
    * ``self_service_adoption.csv`` — ``age_group``, ``age_group_zh``, ``share``, ``low``,
      ``base``, ``high`` (:data:`CO_ADOPTION`).
    * ``chatbot_pilot.csv`` — ``intent``, ``intent_zh``, ``conversations``,
      ``contained``, ``handed_over``, ``abandoned``, ``repeat_7d``
      (:data:`CO_INTENTS`; Poisson conversations, multinomial outcomes and binomial
      repeats from ``default_rng([seed, 38])``).
    """
    rng = np.random.default_rng([seed, 38])
    costs = pd.DataFrame(list(CO_ROLES), columns=[
        "period", "role", "role_zh", "kind", "resources", "units", "cost_per_unit",
        "hours_per_day", "practical_share"])
    channels = pd.DataFrame(list(CO_CHANNELS), columns=["channel", "channel_zh", "cost", "per",
                                                        "basis"])
    case = pd.DataFrame(list(CO_CASE), columns=["parameter", "value", "unit", "meaning"])
    adoption = pd.DataFrame(list(CO_ADOPTION), columns=["age_group", "age_group_zh", "share",
                                                        "low", "base", "high"])
    rows = []
    for intent, intent_zh, mean, p_contained, p_abandoned, p_repeat in CO_INTENTS:
        n = int(rng.poisson(mean))
        contained, abandoned, handed = rng.multinomial(
            n, [p_contained, p_abandoned, 1 - p_contained - p_abandoned])
        rows.append({"intent": intent, "intent_zh": intent_zh, "conversations": n,
                     "contained": int(contained), "handed_over": int(handed),
                     "abandoned": int(abandoned),
                     "repeat_7d": int(rng.binomial(contained, p_repeat))})
    pilot = pd.DataFrame(rows)
    return {CO_COSTS_FILE: costs, CO_CHANNELS_FILE: channels, CO_CASE_FILE: case,
            CO_ADOPTION_FILE: adoption, CO_PILOT_FILE: pilot}


def write_cost(outdir: Path, seed: int = SEED) -> list[Path]:
    """Write the five files of the cost chapter (issue 19) into ``outdir``; return the
    paths."""
    return write_frames(outdir, generate_cost(seed))


# ---- issue 19: creative ----
# --------------------------------------------------------------------------------------
# Redesign options for the hotel's evening check-in (chapter "Creative methods for service
# design"): seven options a team found with SCAMPER prompts on the hotel blueprint, and six
# raters' scores of each option on four criteria
# --------------------------------------------------------------------------------------
RD_OPTIONS_FILE = "redesign_options.csv"
RD_SCORES_FILE = "redesign_scores.csv"
RD_OPTIONS: dict[str, tuple[str, str, str, str]] = {
    "mobile_check_in": (
        "S", "C9",
        "Substitute the desk registration with mobile check-in before arrival and a digital "
        "key on the phone",
        "用到店前的手机自助入住和手机电子房卡替代前台登记"),
    "prefilled_card": (
        "C", "C9",
        "Combine the booking and the registration: print the card pre-filled from the "
        "booking, the guest only checks and signs",
        "把预订与登记合为一步：用预订信息预先打印好登记单，客人只需核对签字"),
    "lobby_kiosk": (
        "A", "C8",
        "Adapt the airport's self-service kiosks: two check-in kiosks with key encoders in the "
        "lobby",
        "借鉴机场的自助值机：在大堂设两台带制卡功能的自助入住机"),
    "peak_clerk": (
        "M", "C8",
        "Modify the roster: a fourth clerk at the desk from 18:00 to 20:00, the evening "
        "peak",
        "调整排班：18:00–20:00 晚高峰在前台加派第四名接待员"),
    "doorman_tablet": (
        "P", "O1",
        "Put the doorman's minutes to another use: he checks the guest in on a tablet "
        "while the bags are tagged",
        "把门童的时间挪作他用：行李挂牌的同时，门童用平板电脑为客人办理入住"),
    "express_pickup": (
        "E", "C8",
        "Eliminate the desk visit for returning guests: their key waits in a sealed "
        "envelope at an express pick-up point",
        "为回头客消除前台环节：房卡装在密封信封里，放在快速取卡处"),
    "early_release": (
        "R", "S5",
        "Rearrange housekeeping: clean the rooms of the day's arrivals first and release "
        "them by 17:00",
        "重排客房清扫顺序：先打扫当天到店客人的房间，17:00 前全部放房"),
}
"""Option → (SCAMPER letter, the hotel blueprint step it changes, the idea in English and
in Chinese). One option per letter of Eberle's SCAMPER, each on a step of
``data/blueprints/hotel_check_in.yml``."""
RD_CRITERIA: tuple[str, ...] = ("customer", "cost", "feasibility", "staff")
"""Criteria, each scored 1–5 so that more is better: customer = what it does for the
guest's wait and effort, cost = affordability (5 = cheapest), feasibility = can be working
within six months, staff = desk time it frees (5 = frees the most)."""
RD_RATERS: dict[str, tuple[str, int]] = {
    "front_desk": ("前台接待员", -1), "front_office_manager": ("前厅经理", 0),
    "it_manager": ("信息技术经理", 1), "housekeeping": ("客房部主管", -1),
    "finance": ("财务主管", 0), "guest_panel": ("常客代表", 1),
}
"""Rater → (role in Chinese, view of the technical options' feasibility: −1 sceptical, +1
confident). The planted disagreement: on feasibility the IT manager and the guest panel
rate the technical options higher, the front desk and housekeeping lower."""
RD_TECH: tuple[str, ...] = ("mobile_check_in", "lobby_kiosk", "doorman_tablet")
RD_SUMS: dict[str, tuple[int, int, int, int]] = {
    "mobile_check_in": (28, 12, 24, 25),
    "prefilled_card": (16, 27, 26, 18),
    "lobby_kiosk": (23, 9, 20, 22),
    "peak_clerk": (22, 11, 28, 12),
    "doorman_tablet": (19, 19, 17, 13),
    "express_pickup": (17, 22, 21, 19),
    "early_release": (18, 17, 18, 14),
}
"""The sum of the six raters' scores per option and criterion (in the order of
:data:`RD_CRITERIA`), fixed by design so that the team means are exact sixths."""
RD_POINTS: dict[str, int] = {"customer": 10, "cost": 4, "feasibility": 4, "staff": 2}
"""The management's weights: 20 points spread over the criteria (0.5, 0.2, 0.2, 0.1)."""
RD_PLANTED: dict[str, object] = {
    "winner": "mobile_check_in", "runner_up": "prefilled_card",
    "cost_threshold": 21 / 61, "cost_winner": "prefilled_card",
    "customer_threshold": 9 / 29, "feasibility_threshold": 0.584416,
    "feasibility_winner": "peak_clerk", "staff": None, "disagree": "feasibility",
}
"""The planted effects that tests/test_data_creative.py checks: at the management's weights
the mobile check-in wins (3.95) ahead of the pre-filled card (3.40); the winner becomes the
pre-filled card when the cost weight rises above 21/61 ≈ 0.344 (or the customer weight
falls below 9/29 ≈ 0.310) and the extra peak clerk when the feasibility weight rises above
0.584; the staff weight never changes the winner; the raters disagree most on
feasibility."""
RD_NOISE = {"feasibility": 0.8, "other": 0.45}
"""SD of each rater's random deviation from the option's mean before the sums are fixed:
feasibility also carries the rater's view of the technical options (:data:`RD_RATERS`)."""


def _rd_scores(rng: np.random.Generator, total: int, lean: np.ndarray, sd: float) -> list[int]:
    """Six whole scores 1–5 around total/6 (+ the raters' ``lean``) that add up to
    ``total``: draw, round, clip, then move single points from the raters furthest above
    their draw to those furthest below until the sum is right."""
    raw = total / len(lean) + lean + sd * rng.standard_normal(len(lean))
    scores = np.clip(np.rint(raw), 1, 5).astype(int)
    while scores.sum() != total:
        gap = raw - scores
        if scores.sum() < total:
            room = np.where(scores < 5, gap, -np.inf)
            scores[int(np.argmax(room))] += 1
        else:
            room = np.where(scores > 1, gap, np.inf)
            scores[int(np.argmin(room))] -= 1
    return [int(x) for x in scores]


def generate_redesign(seed: int = SEED) -> dict[str, pd.DataFrame]:
    """The hotel's redesign options and the team's scores.

    ``redesign_options``: one row per option — ``option``, ``scamper`` (letter),
    ``step`` (hotel blueprint step id), ``idea``, ``idea_zh``.
    ``redesign_scores``: one row per option, rater and criterion — ``option``, ``rater``,
    ``rater_zh``, ``criterion``, ``score`` (1–5, more is better). The sum over the raters
    of each option and criterion is fixed (:data:`RD_SUMS`); the raters' scores around it
    use ``default_rng([seed, 34])``.
    """
    rng = np.random.default_rng([seed, 34])
    options = pd.DataFrame([{"option": k, "scamper": v[0], "step": v[1], "idea": v[2],
                             "idea_zh": v[3]} for k, v in RD_OPTIONS.items()])
    view = np.array([v[1] for v in RD_RATERS.values()], dtype=float)
    rows = []
    for option, sums in RD_SUMS.items():
        for criterion, total in zip(RD_CRITERIA, sums, strict=True):
            feas = criterion == "feasibility"
            lean = view * (1.0 if feas and option in RD_TECH else 0.0)
            sd = RD_NOISE["feasibility"] if feas else RD_NOISE["other"]
            for (rater, (rater_zh, _)), score in zip(
                    RD_RATERS.items(), _rd_scores(rng, total, lean, sd), strict=True):
                rows.append({"option": option, "rater": rater, "rater_zh": rater_zh,
                             "criterion": criterion, "score": score})
    return {RD_OPTIONS_FILE: options, RD_SCORES_FILE: pd.DataFrame(rows)}


def write_creative(outdir: Path, seed: int = SEED) -> list[Path]:
    """Write the redesign options and scores (issue 19, creative) into ``outdir``."""
    return write_frames(outdir, generate_redesign(seed))


def write_all(outdir: Path, seed: int = SEED) -> list[Path]:
    """Write every data file into ``outdir`` and return their paths (KANO files first)."""
    long = generate_kano_it_service_desk(seed)
    attributes = attributes_table()
    paths = write_frames(outdir, {LONG_FILE: long, ATTRIBUTES_FILE: attributes,
                                  WJX_FILE: to_wjx_export(long, attributes, seed=seed)},
                         gb18030=(WJX_FILE,))
    paths += write_servqual(outdir, seed)  # SERVQUAL files (issue 5)
    paths += write_operations(outdir, seed)  # ticket log and bank event logs (issue 7)
    paths += write_customers(outdir, seed)  # internal requests, complaints, hotline (issue 8)
    paths += write_government(outdir, seed)  # government service hall (issue 9)
    paths += write_training(outdir, seed)  # training evaluation (issue 18)
    paths += write_frames(outdir, {FL_FILE: generate_frontline_survey(seed)})  # issue 18: emotions
    paths += write_communication(outdir, seed)  # service transcripts (issue 18)
    paths += write_culture(outdir, seed)  # authority levels (issue 18, culture)
    paths += write_creative(outdir, seed)  # redesign options and scores (issue 19, creative)
    paths += write_audit(outdir, seed)  # incident list (issue 19, audit)
    paths += write_servicescape(outdir, seed)  # servicescape audit (issue 19)
    paths += write_outsourcing(outdir, seed)  # vendor tickets and draft SLA (issue 19)
    paths += write_cost(outdir, seed)  # issue 19: cost of service and digital channels
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
