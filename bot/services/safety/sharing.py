"""One object for equal sets while the matcher is built: thousands of words and 200 rules name the same few sets
of concepts (and languages), and a set kept once per value is memory an idle bot does not hold (issue #19)."""

from __future__ import annotations

from collections.abc import Callable, Iterable


def tuple_sharer() -> Callable[[Iterable[str]], tuple[str, ...]]:
    """A function giving one sorted tuple of the distinct items per value: for sets that are only ever added to a
    found set or looked up in it, never tested for membership themselves. A frozenset costs at least 216 bytes even
    for one item, a tuple of one to three strings 48 to 64: the matcher's 2,200 frozensets of concepts and languages
    (2026-12) were 641 KiB, as tuples and bitmasks 110 KiB."""
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}

    def share(items: Iterable[str]) -> tuple[str, ...]:
        value = tuple(sorted(set(items)))
        return shared.setdefault(value, value)

    return share


def bitmask(numbers: Iterable[int]) -> int:
    """Small numbers (a language's index) as the bits of one int: for 8 languages a mask below 256, which Python
    keeps as a shared object, so a word's languages cost nothing."""
    mask = 0
    for number in numbers:
        mask |= 1 << number
    return mask
