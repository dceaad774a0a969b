"""One object for equal frozensets while the matcher is built: thousands of words and 200 rules name the same few
sets of concepts (and languages), and a set kept once per value is memory an idle bot does not hold (issue #19)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any


def set_sharer() -> Callable[[Iterable[Any]], frozenset[Any]]:
    """A function giving the first-seen frozenset equal to its items."""
    shared: dict[frozenset[Any], frozenset[Any]] = {}

    def share(items: Iterable[Any]) -> frozenset[Any]:
        value = frozenset(items)
        return shared.setdefault(value, value)

    return share
