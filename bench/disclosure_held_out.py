"""The shipping model's veto and threshold judged on text it never trained on: the spent blind sets (every blindN of
bench/disclosure.py SETS, never training data, never read by anyone working on the matcher; aggregate figures only).

    python -m bench.disclosure_held_out

bench/disclosure_cv.py chooses both from folds, each scored by an older model trained on the data of its day. This
scores today's model and rules on the spent sets (one fold each) and applies the same two rules: the veto is the
highest losing at most 1 in 2,000 of the rules' finds (with leave one set out), the threshold the lowest whose
added false alarms are at most 1 % of the everyday messages. Prints no sentence."""

from __future__ import annotations

from bench.disclosure import BLIND_SETS, SETS, matcher
from bench.disclosure_cv import Scored, _fires, choose_long_veto, choose_threshold, choose_veto, scored_set
from bot.devtools.train_disclosure_model import LONG_WORDS
from bot.services.safety import SafetyMatcher

# A blind set joins these when bench/disclosure.py SETS names it blindN after its fifth run.
SPENT = tuple(name for name in SETS if name.startswith("blind") and name not in BLIND_SETS)


def spent_folds(m: SafetyMatcher) -> list[tuple[str, list[Scored]]]:
    assert m.model is not None
    return [(name, scored_set(m, m.model, SETS[name])) for name in SPENT]


def verdicts(folds: list[tuple[str, list[Scored]]], threshold: float, veto: float,
             long_veto: float | None = None) -> tuple[float, float]:
    """Recall and false-positive rate, pooled, of the rules with the model at this threshold and veto (`long_veto`
    for messages over LONG_WORDS words; None: the same veto)."""
    items = [i for _, each in folds for i in each]
    long = veto if long_veto is None else long_veto
    fired = [(i.rules and i.probability >= (long if i.words > LONG_WORDS else veto)) or _fires(i, threshold)
             for i in items]
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
    choose_long_veto(folds)  # a check: the spent sets hold few long messages, the first looks choose it
    shipped = m.model.header
    print(f"\n| threshold / veto / long veto (over {LONG_WORDS} words) | recall | false positives |")
    print("|---|---:|---:|")
    for t, v, long in ((shipped.threshold, shipped.veto, shipped.veto), (shipped.threshold, shipped.veto,
                                                                          shipped.long_veto),
                       (shipped.threshold, veto, shipped.long_veto), (threshold, veto, shipped.long_veto)):
        recall, fp = verdicts(folds, t, v, long)
        print(f"| {t:.2f} / {v:.2f} / {long:.2f} | {recall:.4f} | {fp:.4f} |")


if __name__ == "__main__":
    main()
