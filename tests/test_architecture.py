"""Import rules of svcx_helpers, read from the source with ``ast`` (module-level and
function-level imports alike):

* no import cycle anywhere — string lookups through ``importlib`` (the lazy forwarder
  :mod:`svcx_helpers.plotting`, module ``__getattr__``) are not imports and do not count;
* no ``from .x import _private`` across modules (dunders such as ``__version__`` aside);
* analysis modules (the learner-facing modules at the top of the package) import neither
  ``plots``, ``widgets``, ``grading``, ``publish`` nor ``cli`` — ``widgets`` may use plots.
"""

from __future__ import annotations

import ast
from pathlib import Path

import svcx_helpers

PACKAGE = Path(svcx_helpers.__file__).resolve().parent
ANALYSIS = ("kano", "servqual", "ipa", "blueprint", "journey", "process", "standards",
            "recovery", "queueing", "internal", "capstone", "training", "data", "validate",
            "report", "quiz", "readers", "wellbeing", "communication",
            "empowerment", "servicescape", "audit", "sla", "costing", "decision")
MACHINERY = ("plots", "widgets", "grading", "publish", "cli")


def _name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_name(p): p for p in PACKAGE.rglob("*.py")}


def imports() -> list[tuple[str, str, str, int]]:
    """(importer, imported module, imported name, line) for every svcx_helpers import."""
    out = []
    for name, path in sorted(MODULES.items()):
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                out += [(name, a.name, "", node.lineno) for a in node.names
                        if a.name.split(".")[0] == "svcx_helpers"]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    target = ".".join(base + ([node.module] if node.module else []))
                elif (node.module or "").split(".")[0] == "svcx_helpers":
                    target = node.module or ""
                else:
                    continue
                for alias in node.names:
                    sub = f"{target}.{alias.name}"
                    # "from . import kano" imports the module, "from .kano import x" a name
                    out.append((name, sub, "", node.lineno) if sub in MODULES
                               else (name, target, alias.name, node.lineno))
    return out


def graph() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {m: set() for m in MODULES}
    for importer, module, _, _ in imports():
        if module in MODULES and module != importer:
            edges[importer].add(module)
    return edges


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(edges[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            part = []
            while True:
                w = stack.pop()
                on.discard(w)
                part.append(w)
                if w == v:
                    break
            if len(part) > 1:
                found.append(sorted(part))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def test_the_parser_sees_every_kind_of_import() -> None:
    found = {(a, b, n) for a, b, n, _ in imports()}
    assert ("svcx_helpers.plots.kano", "svcx_helpers.kano", "count") in found      # module level
    assert ("svcx_helpers.cli", "svcx_helpers.grading.batch", "grade") in found     # in a function
    assert ("svcx_helpers.questions.kano", "svcx_helpers.kano", "") in found        # from .. import
    assert len(MODULES) > 60


def test_no_import_cycle() -> None:
    assert cycles(graph()) == []




def test_no_private_name_is_imported_across_modules() -> None:
    private = [(a, b, n) for a, b, n, _ in imports()
               if n.startswith("_") and not n.startswith("__") and a != b]
    assert sorted(set(private)) == []


def test_analysis_modules_import_no_machinery() -> None:
    banned = [f"svcx_helpers.{m}" for m in MACHINERY]
    bad = [f"{a}:{line} imports {b}" for a, b, _, line in imports()
           if a.removeprefix("svcx_helpers.") in ANALYSIS
           and any(b == x or b.startswith(x + ".") for x in banned)]
    assert bad == []


def test_widgets_may_use_plots_but_not_grading_or_publishing() -> None:
    banned = ("svcx_helpers.grading", "svcx_helpers.publish", "svcx_helpers.cli")
    bad = [b for a, b, _, _ in imports() if a == "svcx_helpers.widgets" and b.startswith(banned)]
    assert bad == []
