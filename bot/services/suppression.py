"""Small-count suppression for every published statistic. Pure functions: no database, no I/O.

Primary: a cell computed from 1 to `MIN_COUNT - 1` people is suppressed. A zero is shown: it describes nobody,
and hiding structural zeros (no lesson cards under capability 14, say) would only drag real figures into the
complementary suppression below.

Complementary (secondary): a suppressed cell must not be recoverable by subtracting the visible cells of its
group from the group's total, which anyone can get from another query (the same table without that breakdown).
So whenever exactly one cell of a group is suppressed, the smallest other cell of the group is suppressed too:
the smallest non-zero one (zeros are often known anyway), or a zero when nothing else is left.
A secondary suppression can leave another group (the same cell seen along another dimension) with exactly one
suppressed cell, so the rule is applied until nothing changes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Hashable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

MIN_COUNT = 5

K = TypeVar("K", bound=Hashable)


def primary(values: Mapping[K, int], threshold: int = MIN_COUNT) -> set[K]:
    return {key for key, value in values.items() if 0 < value < threshold}


def suppress(values: Mapping[K, int], groups: Iterable[Collection[K]], threshold: int = MIN_COUNT,
             hidden: Iterable[K] = ()) -> set[K]:
    """The keys to hide: the small cells, any cells already `hidden` for another reason, plus complementary cells
    so that no group has exactly one hidden cell. Ties go to the first key in sorted order (repeatable)."""
    hidden = primary(values, threshold) | {key for key in hidden if key in values}
    group_list = [[key for key in group if key in values] for group in groups]
    changed = True
    while changed:
        changed = False
        for group in group_list:
            if len(group) < 2 or sum(key in hidden for key in group) != 1:
                continue
            visible = [key for key in group if key not in hidden]
            smallest = min(visible, key=lambda key: (values[key] == 0, values[key], _sort_key(key)))
            hidden.add(smallest)
            changed = True
    return hidden


def groups_along(keys: Iterable[Sequence[Any]], positions: Iterable[int] | None = None) -> list[list[tuple[Any, ...]]]:
    """For tuple keys (one value per breakdown dimension): for each dimension, the groups of cells that share
    every other dimension. A one-dimension table is one group; a key of no dimensions is in no group."""
    key_list = [tuple(key) for key in keys]
    if not key_list:
        return []
    width = len(key_list[0])
    result: list[list[tuple[Any, ...]]] = []
    for position in range(width) if positions is None else positions:
        buckets: dict[tuple[Any, ...], list[tuple[Any, ...]]] = defaultdict(list)
        for key in key_list:
            buckets[key[:position] + key[position + 1:]].append(key)
        result += buckets.values()
    return result


def _sort_key(key: Any) -> tuple[Any, ...]:
    """Orders keys that mix None, numbers and strings."""
    parts = key if isinstance(key, tuple) else (key,)
    return tuple((part is None, str(part)) for part in parts)
