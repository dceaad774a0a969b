"""Reads one YAML content file, refusing what YAML itself lets through silently: a key written twice in one mapping
(YAML keeps the last, so the first entry's words or text would be dropped without a word, as happens when two
branches each add the same concept)."""

from __future__ import annotations

from collections.abc import Hashable
from pathlib import Path
from typing import Any

import yaml

from bot.content.base import ContentError


class _UniqueKeys(yaml.constructor.SafeConstructor):
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


class _UniqueKeyLoader(_UniqueKeys, yaml.SafeLoader):
    """PyYAML's own parser, in Python: its error messages are the ones content errors show."""


# The same loader on libyaml's parser (when PyYAML was built with it): the same data from a well-formed file (the
# constructor and the resolver are the same Python classes), ten times faster. Loading content/ took 1.8 s of every
# start-up and of every `check-content`, nearly all of it in the Python parser.
_FastLoader: type[Any] = (type("_FastUniqueKeyLoader", (_UniqueKeys, yaml.CSafeLoader), {})
                          if getattr(yaml, "__with_libyaml__", False) else _UniqueKeyLoader)


def read_yaml(path: Path, shown: str) -> Any:
    """The file's data; a ContentError naming the file (as `shown`), the line and the column otherwise."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError(f"{shown}: file is missing") from None
    try:
        return yaml.load(text, Loader=_FastLoader)  # a SafeLoader: no arbitrary objects
    except yaml.YAMLError:
        pass  # read again by the Python parser, whose verdict and message (line, column, problem) are the ones shown
    try:
        return yaml.load(text, Loader=_UniqueKeyLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        raise ContentError(f"{shown}: malformed YAML{where}: {getattr(error, 'problem', error)}") from None
