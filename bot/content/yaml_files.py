"""Reads one YAML content file, refusing what YAML itself lets through silently: a key written twice in one mapping
(YAML keeps the last, so the first entry's words or text would be dropped without a word, as happens when two
branches each add the same concept)."""

from __future__ import annotations

from collections.abc import Hashable
from pathlib import Path
from typing import Any

import yaml

from bot.content.base import ContentError


class _UniqueKeyLoader(yaml.SafeLoader):
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, Hashable):
                continue  # the base constructor reports it
            if key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"the key {key!r} is written twice in one mapping",
                                                        key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def read_yaml(path: Path, shown: str) -> Any:
    """The file's data; a ContentError naming the file (as `shown`), the line and the column otherwise."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError(f"{shown}: file is missing") from None
    try:
        return yaml.load(text, Loader=_UniqueKeyLoader)  # a SafeLoader subclass: no arbitrary objects
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        raise ContentError(f"{shown}: malformed YAML{where}: {getattr(error, 'problem', error)}") from None
