"""spaCy makes a new ``Token`` object on every access (``doc[i]``, ``tok.head``, iterating a
span), so ``tok.head is tok`` is never true: a walk up the tree that stops on identity never
stops at the root. One such loop hung the coder on headlines whose root is a noun. Token
comparisons go through positions (``tok.head.i == tok.i``) or ``==``; this test reads the
source so that the pattern cannot come back."""

from __future__ import annotations

import ast
from pathlib import Path

import tidings

SRC = Path(tidings.__file__).parent
# names the pipeline gives to spaCy tokens; a ``.head`` attribute is always a token
TOKEN_NAMES = frozenset({"tok", "token", "verb", "noun", "head", "node", "gov", "prep", "root", "cur",
                         "part", "conj", "obj", "subj", "word", "trigger", "child"})


def _tokenish(node: ast.expr) -> bool:
    if isinstance(node, ast.Attribute):
        return node.attr == "head"
    return isinstance(node, ast.Name) and node.id in TOKEN_NAMES


def _identity_comparisons(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Compare):
            continue
        left = node.left
        for op, right in zip(node.ops, node.comparators, strict=True):
            if isinstance(op, (ast.Is, ast.IsNot)) and not isinstance(right, ast.Constant) \
                    and not isinstance(left, ast.Constant) and (_tokenish(left) or _tokenish(right)):
                found.append(f"{path.relative_to(SRC)}:{node.lineno}: {ast.unparse(node)}")
            left = right
    return found


def test_tokens_are_never_compared_by_identity():
    found = [hit for path in sorted(SRC.rglob("*.py")) for hit in _identity_comparisons(path)]
    assert not found, "compare token positions (.i) instead:\n" + "\n".join(found)
