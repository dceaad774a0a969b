"""Everyday words listed as harmless that hold the rules back from disclosures: every message of the training sets
(never a blind set) that a rule would read as a disclosure but for one veto concept (HARMLESS unless told), grouped by
the token that brings the veto (the one whose removal takes it away), with how many disclosures and everyday messages
each token holds back.

    python -m bench.disclosure_harmless_audit
    python -m bench.disclosure_harmless_audit --concept LAUGH --examples 2

A token that holds back more disclosures than everyday messages is a candidate to take out of the word lists, with
harmless phrases for the everyday messages it stood for; each candidate is then measured with the rules alone on
every set (bench/README.md, "Everyday nouns out of HARMLESS, and batch 92")."""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from bench.disclosure import matcher
from bench.disclosure_cv import _language
from bot.devtools.train_disclosure_model import TRAINING_SETS, Example, data_files, load_examples
from bot.services.safety import SafetyMatcher


@dataclass
class HeldBack:
    disclosures: list[str] = field(default_factory=list)
    everyday: list[str] = field(default_factory=list)


def veto_tokens(m: SafetyMatcher, tokens: tuple[str, ...], concept: str) -> tuple[str, ...]:
    """The tokens without which the lexicon no longer finds `concept` (none when only a phrase brings it)."""
    return tuple(token for i, token in enumerate(tokens)
                 if concept not in m.lexicon.concepts_in(tokens[:i] + tokens[i + 1:]))


def held_back(m: SafetyMatcher, examples: Iterable[Example], concept: str) -> dict[tuple[str, str], HeldBack]:
    """(language, veto tokens) -> the messages a rule reads as a disclosure only once `concept` is taken away."""
    found_by: dict[tuple[str, str], HeldBack] = defaultdict(HeldBack)
    for example in examples:
        found = m.concepts(example.text)
        words = len(example.tokens)
        if concept not in found or m.rules.kind(found, words) is not None:
            continue
        if m.rules.kind(found - {concept}, words) is None:
            continue
        key = (_language(example), " ".join(veto_tokens(m, example.tokens, concept)) or "(a phrase)")
        held = found_by[key]
        (held.disclosures if example.disclosure else held.everyday).append(example.text)
    return found_by


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concept", default="HARMLESS", help="the veto concept (default HARMLESS)")
    parser.add_argument("--examples", type=int, default=0, help="messages shown per token and list")
    args = parser.parse_args()
    found_by = held_back(matcher(with_model=False), load_examples(data_files(TRAINING_SETS)), args.concept)
    rows = sorted(found_by.items(), key=lambda row: len(row[1].everyday) - len(row[1].disclosures))
    print(f"Tokens that bring {args.concept} and hold back more disclosures than everyday messages "
          f"({', '.join(TRAINING_SETS)}):\n")
    print("| language | token | disclosures held back | everyday messages held back |")
    print("|---|---|---:|---:|")
    for (language, token), held in rows:
        if len(held.disclosures) > len(held.everyday):
            print(f"| {language} | {token} | {len(held.disclosures)} | {len(held.everyday)} |")
            for text in held.disclosures[:args.examples] + held.everyday[:args.examples]:
                print(f"|  |  | {text} |  |")


if __name__ == "__main__":
    main()
