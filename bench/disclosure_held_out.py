"""The shipping model's veto and threshold judged on text it never trained on: the spent blind sets (every blindN of
bench/disclosure.py SETS, never training data, never read by anyone working on the matcher; aggregate figures only).

    python -m bench.disclosure_held_out

bench/disclosure_cv.py chooses both from folds, each scored by an older model trained on the data of its day. This
scores today's model and rules on the spent sets (one fold each) and applies the same two rules: the veto is the
highest losing at most 1 in 2,000 of the rules' finds (with leave one set out), the threshold the lowest whose
added false alarms are at most 1 % of the everyday messages. Prints no sentence."""

from __future__ import annotations

from dataclasses import replace

from bench.disclosure import BLIND_SETS, SETS, matcher
from bench.disclosure_cv import Scored, _fires, choose_long_veto, choose_threshold, choose_veto, scored_set
from bot.content.disclosure_model import Header
from bot.services.safety import SafetyMatcher

# A blind set joins these when bench/disclosure.py SETS names it blindN after its fifth run.
SPENT = tuple(name for name in SETS if name.startswith("blind") and name not in BLIND_SETS)


def spent_folds(m: SafetyMatcher) -> list[tuple[str, list[Scored]]]:
    assert m.model is not None
    return [(name, scored_set(m, m.model, SETS[name])) for name in SPENT]


def verdicts(folds: list[tuple[str, list[Scored]]], threshold: float, vetoes: Header) -> tuple[float, float]:
    """Recall and false-positive rate, pooled, of the rules with the model at this threshold and the vetoes of
    `vetoes` (Header.veto_for: the long veto over its long_words)."""
    items = [i for _, each in folds for i in each]
    fired = [(i.rules and i.probability >= vetoes.veto_for(i.words)) or _fires(i, threshold) for i in items]
    disclosures = sum(i.disclosure for i in items)
    found = sum(f and i.disclosure for f, i in zip(fired, items, strict=True))
    alarms = sum(f and not i.disclosure for f, i in zip(fired, items, strict=True))
    return found / disclosures, alarms / (len(items) - disclosures)


def main() -> None:
    m = matcher()
    assert m.model is not None
    folds = spent_folds(m)
    print(f"Today's model ({m.model.threshold:.2f} / {m.model.veto:.2f}) on the spent blind sets "
          f"({', '.join(SPENT)}): {sum(len(i) for _, i in folds)} messages")
    threshold = choose_threshold(folds)
    veto = choose_veto(folds)
    shipped = m.model.header
    choose_long_veto(folds, shipped.long_words)  # a check: the spent sets hold few long messages, first looks choose it
    print(f"\n| threshold / veto / long veto (over {shipped.long_words} words) | recall | false positives |")
    print("|---|---:|---:|")
    for t, vetoes in ((shipped.threshold, replace(shipped, long_veto=shipped.veto)), (shipped.threshold, shipped),
                      (shipped.threshold, replace(shipped, veto=veto)), (threshold, replace(shipped, veto=veto))):
        recall, fp = verdicts(folds, t, vetoes)
        print(f"| {t:.2f} / {vetoes.veto:.2f} / {vetoes.long_veto:.2f} | {recall:.4f} | {fp:.4f} |")


if __name__ == "__main__":
    main()
