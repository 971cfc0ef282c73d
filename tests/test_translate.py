"""The Chinese edition: translations beside the English, staleness caught, generated files
fresh, one rendering per glossary term."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from svcx_helpers.publish import translate as tr

ROOT = Path(__file__).resolve().parent.parent


def svcx(*args: str) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name("svcx")
    return subprocess.run([str(exe), *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)


def test_translate_check_passes_on_the_repository() -> None:
    out = svcx("translate", "--check")
    assert out.returncode == 0, out.stderr
    assert "none stale" in out.stdout


def test_every_book_file_is_listed_once() -> None:
    man = tr.manifest(ROOT)
    listed = man["translated"] + man["not_yet"]
    assert len(listed) == len(set(listed))
    assert set(tr.book_sources(ROOT)) <= set(listed)
    for rel in man["translated"]:
        assert tr.sidecar_path(ROOT / rel).exists(), rel
        assert tr.zh_path(ROOT / rel, ROOT).exists(), rel


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A tiny book: one notebook and one page, both translated."""
    (tmp_path / "book" / "zh").mkdir(parents=True)
    (tmp_path / "solutions").mkdir()
    (tmp_path / "_toc.yml").write_text(
        "format: jb-book\nroot: book/intro\nparts:\n- caption: Chapters\n  chapters:\n"
        "  - file: book/ch\n", encoding="utf-8")
    (tmp_path / "book" / "zh" / "translations.yml").write_text(
        "translated:\n- book/intro.md\n- book/ch.ipynb\nnot_yet: []\n", encoding="utf-8")
    (tmp_path / "book" / "intro.md").write_text(
        "# Welcome\n\nRead {doc}`ch` first.\n\n## Second part\n\nMore text here.\n",
        encoding="utf-8")
    nb = {"cells": [
        {"cell_type": "markdown", "id": "c1", "metadata": {}, "source": ["# Title\n", "\n",
                                                                         "Some words."]},
        {"cell_type": "code", "id": "c2", "metadata": {}, "execution_count": None,
         "outputs": [], "source": ["x = 1"]},
        {"cell_type": "markdown", "id": "c3", "metadata": {}, "source": ["Last cell."]},
    ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    (tmp_path / "book" / "ch.ipynb").write_text(json.dumps(nb), encoding="utf-8")
    for rel, zh in (("book/intro.md", {"welcome": "# 欢迎\n\n请先读 {doc}`ch`。",
                                        "second-part": "## 第二部分\n\n更多内容。"}),
                    ("book/ch.ipynb", {"c1": "# 标题\n\n一些文字。", "c3": "最后一格。"})):
        side = tr.sync_sidecar(tmp_path / rel, root=tmp_path)
        data = tr.load_sidecar(side)
        for key, text in zh.items():
            data["units"][key]["zh"] = text
        tr.dump_sidecar(side, data)
    return tmp_path


def test_complete_then_an_english_change_is_stale(mini: Path) -> None:
    assert tr.check(mini) == []
    nb_path = mini / "book" / "ch.ipynb"
    nb = json.loads(nb_path.read_text(encoding="utf-8"))
    nb["cells"][2]["source"] = ["Last cell, now longer."]
    nb_path.write_text(json.dumps(nb), encoding="utf-8")
    page = mini / "book" / "intro.md"
    page.write_text(page.read_text(encoding="utf-8").replace("More text", "Other text"),
                    encoding="utf-8")
    problems = {(p.source, p.key, p.what) for p in tr.check(mini)}
    assert problems == {("book/ch.ipynb", "c3", "stale"),
                        ("book/intro.md", "second-part", "stale")}
    first = next(p for p in tr.check(mini) if p.key == "c3")
    assert "Last cell, now longer." in str(first)  # says which English changed
    # a code change is not a translation problem
    nb["cells"][1]["source"] = ["x = 2"]
    nb_path.write_text(json.dumps(nb), encoding="utf-8")
    assert len(tr.check(mini)) == 2
    # updating the Chinese and accepting makes it complete again
    tr.sync_sidecar(nb_path, accept=True, root=mini)
    tr.sync_sidecar(page, accept=True, root=mini)
    assert tr.check(mini) == []


def test_new_english_cell_is_missing_and_unlisted_file_reported(mini: Path) -> None:
    nb_path = mini / "book" / "ch.ipynb"
    nb = json.loads(nb_path.read_text(encoding="utf-8"))
    nb["cells"].append({"cell_type": "markdown", "id": "c4", "metadata": {},
                        "source": ["A new paragraph."]})
    nb_path.write_text(json.dumps(nb), encoding="utf-8")
    (mini / "solutions" / "ex.ipynb").write_text(json.dumps(
        {"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}), encoding="utf-8")
    found = {(p.source, p.key, p.what.split(" ")[0]) for p in tr.check(mini)}
    assert ("book/ch.ipynb", "c4", "missing") in found
    assert ("solutions/ex.ipynb", "-", "not") in found


def test_generated_notebook_keeps_code_and_switches_language(mini: Path) -> None:
    dst = tr.generate(mini / "book" / "ch.ipynb", mini)
    assert dst == mini / "book" / "zh" / "ch.ipynb"
    zh = json.loads(dst.read_text(encoding="utf-8"))
    setup, *cells = zh["cells"]
    assert "set_language(\"zh\")" in "".join(setup["source"])
    assert "remove-cell" in setup["metadata"]["tags"]
    assert setup["metadata"]["jupyter"]["source_hidden"] is True
    assert [c["source"] for c in cells if c["cell_type"] == "code"] == [["x = 1"]]
    assert "".join(cells[0]["source"]).startswith("# 标题")
    assert zh["metadata"]["svcx"]["lang"] == "zh"
    page = tr.generate(mini / "book" / "intro.md", mini).read_text(encoding="utf-8")
    assert "{doc}`zh/ch`" not in page and "{doc}`ch`" in page  # same folder in both
    assert tr.stale_generated(mini) == []
    dst.write_text("edited by hand", encoding="utf-8")
    assert [p.source for p in tr.stale_generated(mini)] == ["book/zh/ch.ipynb"]


def test_sidecar_survives_a_round_trip_with_markdown_intact(mini: Path) -> None:
    side = tr.sidecar_path(mini / "book" / "ch.ipynb")
    text = "# 标题\n\n含有 `code`、$x^2$、“引号” 和 {term}`A <B>`：\n\n- 一\n- 二"
    data = tr.load_sidecar(side)
    data["units"]["c1"]["zh"] = text
    data["strings"] = {"Which? (a: b)": "哪个？（a：b）"}
    tr.dump_sidecar(side, data)
    again = tr.load_sidecar(side)
    assert again["units"]["c1"]["zh"].rstrip("\n") == text
    assert again["strings"] == {"Which? (a: b)": "哪个？（a：b）"}


def test_bad_sidecar_names_the_file(mini: Path) -> None:
    side = tr.sidecar_path(mini / "book" / "ch.ipynb")
    side.write_text("units: [unclosed", encoding="utf-8")
    with pytest.raises(ValueError, match=r"ch\.zh\.yml"):
        tr.status(mini / "book" / "ch.ipynb", mini)


def test_page_sections_follow_headings_and_dropdowns() -> None:
    keys = [u.key for u in tr.units(ROOT / "book" / "trainer-answers.md")]
    assert len(keys) == len(set(keys))
    assert any(k.startswith("d2-1-") for k in keys)  # a dropdown is its own unit


# ------------------------------------------------------------------ terminology
GLOSSARY_ZH = ROOT / "book" / "zh" / "glossary.md"
# the glossary's rendering → renderings that must not compete with it on Chinese pages
COMPETING = {
    "魅力型": ["兴奋型", "魅力质量"],
    "期望型": ["一元型", "一维型", "一元质量"],
    "必备型": ["基本型需求", "必备质量", "理所当然质量"],
    "无差异型": ["无关型", "无差异质量"],
    "反向型": ["逆向型", "反向质量"],
    "有形性": ["有形资产性", "可感知性"],
    "响应性": ["反应性", "回应性"],
    "保证性": ["保障性", "确信性"],
    "移情性": ["同理性", "关怀性", "同理心维度"],
    "顾客接触线": ["外部互动线"],
    "可视线": ["可见线", "可视分界线"],
    "克朗巴赫": ["克朗巴哈", "克伦巴赫"],
    "流动效率": ["流程效率"],
    "坐席": ["座席"],
    "顾客旅程图": ["客户旅程地图", "顾客旅程地图"],
    "前台员工行为": ["前台接触员工行为"],
    "后台员工行为": ["后台接触员工行为"],
}


def _zh_pages() -> list[Path]:
    pages = []
    for rel in tr.manifest(ROOT)["translated"]:
        pages.append(tr.zh_path(ROOT / rel, ROOT))
    return pages


def _prose(path: Path) -> str:
    if path.suffix == ".ipynb":
        nb = json.loads(path.read_text(encoding="utf-8"))
        return "\n".join("".join(c["source"]) for c in nb["cells"]
                         if c["cell_type"] == "markdown")
    return path.read_text(encoding="utf-8")


def test_glossary_terms_are_the_ones_the_chinese_pages_use() -> None:
    glossary = GLOSSARY_ZH.read_text(encoding="utf-8")
    for term in COMPETING:
        assert term in glossary, term
    problems = []
    for page in _zh_pages():
        if page == GLOSSARY_ZH:
            continue  # the glossary itself names the synonyms ("又称……") once
        # a term role's target names the English glossary entry: not prose
        text = re.sub(r"<[^<>\n]*>", "", _prose(page))
        for term, others in COMPETING.items():
            for other in others:
                if other in text:
                    problems.append(f"{page.relative_to(ROOT)}: “{other}” (glossary: {term})")
    assert not problems, problems


def test_glossary_is_in_pinyin_order_with_unique_terms() -> None:
    data = tr.load_sidecar(tr.sidecar_path(ROOT / "book" / "glossary.md"))
    terms = [e["zh_term"] for k, e in data["units"].items() if k.startswith("term:")]
    assert len(terms) == len(set(terms))
    text = GLOSSARY_ZH.read_text(encoding="utf-8")
    body = text[text.index("```{glossary}"):]
    order = [line for line in body.splitlines()[1:] if line and not line.startswith((" ", "`"))]
    assert sorted(order, key=tr._pinyin_key) == order
    assert tr._pinyin_key(order[0])[0] in "ab" and tr._pinyin_key(order[-1])[0] in "xyz"


EN_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
ZH_SCALE = {"千": 1e3, "万": 1e4, "亿": 1e8}
ZH_NUMERALS = {ch: float(i) for i, ch in enumerate("零一二三四五六七八九十")} | {"两": 2.0}


def _numbers(text: str, scale: dict[str, float]) -> set[float]:
    """The numbers a text states, with scale words applied ("750 million" = "7.5 亿")."""
    words = "|".join(scale)
    found = set()
    for number, word in re.findall(rf"(\d+(?:[.,]\d+)*)\s*({words})?", text):
        value = float(number.replace(",", "")) if re.fullmatch(r"\d{1,3}(,\d{3})+", number) \
            else float(number.replace(",", "."))
        found.add(round(value * scale.get(word, 1.0), 6))
    if scale is ZH_SCALE:  # numbers written in Chinese numerals (前两格, 第三)
        found |= {ZH_NUMERALS[ch] for ch in text if ch in ZH_NUMERALS}
    return found





def test_numbers_are_compared_with_their_scale_words() -> None:
    assert _numbers("750 million moments", EN_SCALE) == _numbers("7.5 亿个时刻", ZH_SCALE)
    assert _numbers("50,000,000 moments", EN_SCALE) == {5e7}
    assert _numbers("0.55 and 30", EN_SCALE) - _numbers("0.55 和 31", ZH_SCALE) == {30.0}


def test_quiz_texts_of_the_chinese_notebooks_are_translated() -> None:
    for rel in tr.manifest(ROOT)["translated"]:
        data = tr.load_sidecar(tr.sidecar_path(ROOT / rel))
        for english, zh in (data.get("strings") or {}).items():
            assert zh.strip(), f"{rel}: no Chinese for “{english[:60]}”"
            missing = _numbers(english, EN_SCALE) - _numbers(zh, ZH_SCALE)
            assert not missing, (rel, english, zh, missing)


def test_zh_site_config_and_toc() -> None:
    toc = tr.zh_toc(ROOT)
    assert toc["root"] == "book/zh/intro"
    files = [c["file"] for p in toc["parts"] for c in p["chapters"]]
    assert "book/zh/chapters/kano" in files and "solutions/zh/kano" in files
    config = tr.zh_config(ROOT)
    assert config["sphinx"]["config"]["language"] == "zh_CN"
    assert config["sphinx"]["config"]["html_search_language"] == "zh"


def test_language_links_both_ways() -> None:
    url, text = tr.counterpart("book/chapters/kano", "en", ROOT)
    assert url == "../../zh/book/zh/chapters/kano.html" and text == "中文版"
    url, text = tr.counterpart("book/zh/chapters/kano", "zh", ROOT)
    assert url == "../../../../book/chapters/kano.html" and text == "English"
    url, text = tr.counterpart("intro", "en", ROOT) or ("", "")
    assert "zh/" in url


def test_yaml_sidecars_parse_and_name_their_source() -> None:
    for side in ROOT.glob("**/*.zh.yml"):
        if ".venv" in side.parts or "_build" in side.parts:
            continue
        data = yaml.safe_load(side.read_text(encoding="utf-8"))
        assert (ROOT / data["source"]).exists(), side
        assert tr.sidecar_path(ROOT / data["source"]) == side


def test_zh_exercises_are_released_with_the_same_task_ids() -> None:
    for zh in sorted((ROOT / "exercises" / "zh").glob("*.ipynb")):
        en = ROOT / "exercises" / zh.name
        ids = [re.findall(r'check\("([\w.]+)"', "".join(c["source"]))
               for c in json.loads(zh.read_text(encoding="utf-8"))["cells"]]
        en_ids = [re.findall(r'check\("([\w.]+)"', "".join(c["source"]))
                  for c in json.loads(en.read_text(encoding="utf-8"))["cells"]]
        assert [i for i in ids if i] == [i for i in en_ids if i], zh.name
