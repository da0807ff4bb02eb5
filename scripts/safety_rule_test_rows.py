"""The labelled sentences of the safety rule tests, read as training rows for the classifier.

Why: every rule round writes its new wordings of each sign, and the look-alikes that must stay
quiet, into ``tests/domain/test_safety_*.py`` (thousands of sentences in six languages). They are
labelled by the tests' own assertions, so they can teach the classifier wordings the fresh
batches never held. ``train_safety_classifier.py --rule-tests`` compares a recipe that trains
on them as a corpus of their own (one cross-validation fold).

How: the test modules are read with ``ast``, never imported, so that collecting them runs no
fixture and no rule. A sentence is taken only where a test says what it must do: a
``pytest.mark.parametrize`` table (or a module-level list it loops over) feeding a test whose
body asserts one way only (``assert_flagged_as`` / ``assert_not_flagged``, or ``assert
….flagged`` / ``assert not ….flagged``), and literal calls of the two checks. A case marked
``xfail`` or ``skip`` is left out: its test does not hold it to the label. A test that asserts
both ways, or neither, gives no rows.
"""

from __future__ import annotations

import ast
import subprocess
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests" / "domain"
PATTERN = "test_safety_*.py"

#: The tests' short names for the categories (``tests/support/safety_categories.py``).
SHORT_NAMES = {
    "SI": "suicidal_ideation",
    "DW": "death_wish",
    "BU": "burden",
    "TP": "trapped_pain",
    "GA": "giving_away",
    "GB": "goodbyes",
    "PM": "plan_or_method",
    "SH": "self_harm",
    "GM": "getting_means",
    "NF": "no_future",
}
#: A rule category as the labelled data names it (``evaluation.POSITIVE_CATEGORIES``): the
#: explicit statements are one class there; a reason to live denied is hopelessness, as no future.
DATA_CATEGORY = {
    "suicidal_ideation": "explicit",
    "death_wish": "explicit",
    "plan_or_method": "plan_method",
    "no_reason_to_live": "no_future",
}
POSITIVE = {"assert_flagged_as"}
NEGATIVE = {"assert_not_flagged"}


@dataclass(frozen=True)
class RuleTestRow:
    text: str
    language: str  # the detector's guess (``guess_language``), as the classifier will see it
    label: int  # 1: a test requires it flagged; 0: a test requires it not flagged
    category: str  # the data's category of a sign ("explicit", "burden", ...), "" otherwise
    source: str  # the test module's file name


def data_category(value: str) -> str:
    return DATA_CATEGORY.get(value, value)


class _Module:
    """One test module's source: its module-level names and how to read a value of them."""

    def __init__(self, source: str) -> None:
        self.tree = ast.parse(source)
        self.names: dict[str, ast.expr] = {}
        for node in self.tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                self._bind(node.targets[0], node.value)
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                self._bind(node.target, node.value)

    def _bind(self, target: ast.expr, value: ast.expr) -> None:
        if isinstance(target, ast.Name):
            self.names[target.id] = value
        elif isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple):
            for t, v in zip(target.elts, value.elts, strict=False):
                self._bind(t, v)

    def category(self, node: ast.expr, depth: int = 0) -> str | None:
        """A category written as ``SI``, ``Category.BURDEN``, a module alias of either, or its
        string ("burden")."""
        if depth > 5:
            return None
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Attribute):
            return node.attr.lower()
        if isinstance(node, ast.Name):
            if node.id in self.names:
                return self.category(self.names[node.id], depth + 1)
            return SHORT_NAMES.get(node.id)
        return None

    def cases(self, node: ast.expr, depth: int = 0) -> Iterator[ast.expr]:
        """The cases of a parametrize table or a list: literal lists and tuples, module names
        bound to them and their sums; ``pytest.param`` unwrapped unless marked xfail or skip."""
        if depth > 5:
            return
        if isinstance(node, ast.Name) and node.id in self.names:
            yield from self.cases(self.names[node.id], depth + 1)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            yield from self.cases(node.left, depth + 1)
            yield from self.cases(node.right, depth + 1)
        elif isinstance(node, ast.List | ast.Tuple | ast.Set):
            for element in node.elts:
                if isinstance(element, ast.Starred):
                    yield from self.cases(element.value, depth + 1)
                elif _is_param(element):
                    call = element
                    assert isinstance(call, ast.Call)
                    if not any(_marked(k.value) for k in call.keywords if k.arg == "marks"):
                        yield (
                            ast.Tuple(elts=list(call.args))
                            if len(call.args) > 1
                            else (call.args[0])
                        )
                else:
                    yield element


def _is_param(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "param"
    )


def _marked(node: ast.expr) -> bool:
    """A mark that does not hold the case to its label (xfail, skip)."""
    return any(
        isinstance(n, ast.Attribute | ast.Name)
        and getattr(n, "attr", getattr(n, "id", "")) in {"xfail", "skip", "skipif"}
        for n in ast.walk(node)
    )


def _called(node: ast.AST) -> str:
    if isinstance(node, ast.Call):
        if isinstance(node.func, ast.Name):
            return node.func.id
        if isinstance(node.func, ast.Attribute):
            return node.func.attr
    return ""


def _flagged_test(node: ast.expr) -> int | None:
    """1 for ``….flagged``, 0 for ``not ….flagged`` (an assert's test), else None."""
    if isinstance(node, ast.Attribute) and node.attr == "flagged":
        return 1
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        inner = _flagged_test(node.operand)
        return None if inner is None else 1 - inner
    if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.And):
        found = {_flagged_test(value) for value in node.values} - {None}
        return found.pop() if len(found) == 1 else None
    return None


def _verdicts(function: ast.FunctionDef) -> set[int]:
    """Which ways a test asserts its sentences (1 flagged, 0 not flagged)."""
    found: set[int] = set()
    for node in ast.walk(function):
        name = _called(node)
        if name in POSITIVE:
            found.add(1)
        elif name in NEGATIVE:
            found.add(0)
        elif isinstance(node, ast.Assert):
            verdict = _flagged_test(node.test)
            if verdict is not None:
                found.add(verdict)
    return found


def _argnames(node: ast.expr) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [n.strip() for n in node.value.split(",") if n.strip()]
    if isinstance(node, ast.List | ast.Tuple):
        return [
            e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
        ]
    return []


def _category_argument(function: ast.FunctionDef) -> str | None:
    """The parameter a test passes to ``assert_flagged_as`` as the category, if a name."""
    for node in ast.walk(function):
        if isinstance(node, ast.Call) and _called(node) in POSITIVE and len(node.args) > 1:
            second = node.args[1]
            if isinstance(second, ast.Name):
                return second.id
    return None


def _rows(module: _Module, function: ast.FunctionDef) -> Iterator[tuple[str, int, str]]:
    # a literal call of one of the two checks says its own label
    for node in ast.walk(function):
        name = _called(node)
        if isinstance(node, ast.Call) and name in POSITIVE | NEGATIVE and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                second = node.args[1] if len(node.args) > 1 else None
                category = module.category(second) if second is not None else None
                yield first.value, int(name in POSITIVE), category or ""
    # a table or a loop: only where the test asserts one way
    verdicts = _verdicts(function)
    if len(verdicts) != 1:
        return
    (label,) = verdicts
    category_name = _category_argument(function) or "category"
    for decorator in function.decorator_list:
        if not (isinstance(decorator, ast.Call) and _called(decorator) == "parametrize"):
            continue
        if len(decorator.args) < 2:
            continue
        names = _argnames(decorator.args[0])
        if "text" not in names:
            continue
        at = names.index("text")
        for case in module.cases(decorator.args[1]):
            values = case.elts if isinstance(case, ast.Tuple) else [case]
            if len(values) != len(names):
                continue
            text = values[at]
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                continue
            category = ""
            if label and category_name in names:
                category = module.category(values[names.index(category_name)]) or ""
            yield text.value, label, category
    for node in ast.walk(function):
        if isinstance(node, ast.For) and isinstance(node.target, ast.Name):
            for case in module.cases(node.iter):
                # a loop's strings are sentences only if they have words enough
                said = case.value if isinstance(case, ast.Constant) else None
                if isinstance(said, str) and len(said.split()) > 1:
                    yield said, label, ""


def extract(source: str, file_name: str) -> list[RuleTestRow]:
    """The labelled sentences of one test module's source, in source order, each once (the
    first label a module gives it; a sentence given both labels in one module is dropped)."""
    from neuroleaf_desktop.domain.safety.language import guess_language

    module = _Module(source)
    seen: dict[str, tuple[int, str]] = {}
    clashing: set[str] = set()
    for node in module.tree.body:
        functions: Sequence[ast.stmt] = [node]
        if isinstance(node, ast.ClassDef):
            functions = node.body
        for function in functions:
            if isinstance(function, ast.FunctionDef) and function.name.startswith("test"):
                for text, label, category in _rows(module, function):
                    if text in seen and seen[text][0] != label:
                        clashing.add(text)
                    seen.setdefault(text, (label, category))
    return [
        RuleTestRow(
            text, guess_language(text), label, data_category(category) if label else "", file_name
        )
        for text, (label, category) in seen.items()
        if text not in clashing and text.strip()
    ]


def collect(folder: Path = TESTS, commit: str | None = None) -> list[RuleTestRow]:
    """Every safety rule test's labelled sentences, modules in name order, each sentence once
    (its first module's label; a sentence the modules label both ways is dropped).
    ``commit``: the modules as they stood at that commit of the repository (``git show``), so
    that a measurement can train only on sentences written before a batch was studied."""
    sources: list[tuple[str, str]] = []
    if commit is None:
        sources = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(folder.glob(PATTERN))]
    else:
        relative = folder.relative_to(ROOT).as_posix()
        listing = subprocess.run(
            ["git", "-C", str(ROOT), "ls-tree", "--name-only", commit, f"{relative}/"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
        for path in sorted(listing):
            name = path.rsplit("/", 1)[-1]
            if Path(name).match(PATTERN):
                shown = subprocess.run(
                    ["git", "-C", str(ROOT), "show", f"{commit}:{path}"],
                    check=True,
                    capture_output=True,
                    text=True,
                )
                sources.append((name, shown.stdout))
    rows: dict[str, RuleTestRow] = {}
    clashing: set[str] = set()
    for name, source in sources:
        for row in extract(source, name):
            if row.text in rows and rows[row.text].label != row.label:
                clashing.add(row.text)
            rows.setdefault(row.text, row)
    return [row for text, row in rows.items() if text not in clashing]
