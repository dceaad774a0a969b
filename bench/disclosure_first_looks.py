"""The model's threshold chosen on the batches' first looks: each recent batch of labelled sentences scored by the
word lists, rules and model file that were committed just before it (the ones it met, never trained on it), with
today's matching code. The same 1 % rule as bench/disclosure_cv.py (the lowest threshold whose added false alarms,
pooled, are at most 1 % of the everyday messages) and the veto for long messages (the highest losing at most 1 in
2,000 of the rules' finds in messages over LONG_WORDS words), in minutes instead of the hours that retraining a model
per fold takes there; the two differ only in that the cross-validation retrains each fold's model with today's
trainer.

    python -m bench.disclosure_first_looks            # the batches from RECENT_FROM on
    python -m bench.disclosure_first_looks --from c20f567

Reads git history (the repository must have it) and never a blind set."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bench.disclosure_cv import (
    BATCHES,
    Scored,
    _extract,
    _fires,
    added_examples,
    choose_long_veto,
    choose_threshold,
    scored_example,
)
from bot.content.catalog import load_catalog
from bot.services.safety import SafetyMatcher
from bot.services.safety.model import load_model

RECENT_FROM = "c20f567"  # batch 80, the first of 2026-12-07's batches
SHOWN = (0.50, 0.55, 0.60, 0.62, 0.64, 0.65, 0.66, 0.68, 0.70, 0.73, 0.75, 0.80, 0.85, 0.90)


def first_look(commit: str, set_name: str) -> list[Scored]:
    """The sentences `commit` added, scored by the content (word lists, rules, model file) of the commit before it."""
    with tempfile.TemporaryDirectory() as tmp:
        before, after = Path(tmp, "before"), Path(tmp, "after")
        before.mkdir()
        after.mkdir()
        _extract(f"{commit}^", before, ["content", f"tests/data/{set_name}"])
        _extract(commit, after, [f"tests/data/{set_name}"])
        model = load_model(before / "content")
        if model is None:
            raise SystemExit(f"{commit}^ has no model file")
        matcher = SafetyMatcher.from_content(load_catalog(before / "content").safety)
        return [scored_example(matcher, model, language, example)
                for language, example in added_examples(before / "tests/data", after / "tests/data", set_name)]


def _summary(items: list[Scored]) -> None:
    disclosures = [i for i in items if i.disclosure]
    everyday = [i for i in items if not i.disclosure]
    rules_recall = sum(i.rules for i in disclosures) / len(disclosures)
    rules_fp = sum(i.rules for i in everyday) / len(everyday)
    print(f"\n{len(disclosures)} disclosures and {len(everyday)} everyday messages; rules alone {rules_recall:.3f} / "
          f"{rules_fp:.4f}\n")
    print("| threshold | rules + model: recall | rules + model: FP | added finds | added FP |")
    print("|---:|---:|---:|---:|---:|")
    for t in SHOWN:
        found = sum(i.rules or _fires(i, t) for i in disclosures)
        alarms = sum(i.rules or _fires(i, t) for i in everyday)
        added = sum(_fires(i, t) for i in disclosures)
        added_fp = sum(_fires(i, t) for i in everyday)
        print(f"| {t:.2f} | {found / len(disclosures):.3f} | {alarms / len(everyday):.4f} | {added} | "
              f"{added_fp} ({added_fp / len(everyday):.4f}) |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="start", default=RECENT_FROM, help="the first batch commit (BATCHES)")
    args = parser.parse_args()
    commits = [c for c, _ in BATCHES]
    folds = [(commit, first_look(commit, set_name)) for commit, set_name in BATCHES[commits.index(args.start):]]
    pooled = [i for _, items in folds for i in items]
    _summary(pooled)
    choose_threshold(folds)
    choose_long_veto(folds)


if __name__ == "__main__":
    main()
