"""A small safety words file for lexicon tests: one language's concepts, with its glued prefixes and endings, its
real words and whether it is written in Arabizi."""

from __future__ import annotations

from collections.abc import Sequence

from bot.content.help import SafetyLanguage, WordFamily


def safety_language(words: dict[str, list[str]], *, prefixes: Sequence[str] = (), suffixes: Sequence[str] = (),
                    real_words: Sequence[str] = (), arabizi: bool = False) -> SafetyLanguage:
    return SafetyLanguage(
        help=[WordFamily(words=["help"], why="a test")],
        stop=[WordFamily(words=["stop"], why="a test")],
        prefixes=list(prefixes),
        suffixes=list(suffixes),
        real_words=list(real_words),
        concepts={c: [WordFamily(words=w, why="a test")] for c, w in words.items()},
        arabizi=arabizi,
    )
