"""The shipping model's veto and threshold judged on text it never trained on: the spent blind sets (blind3 to
blind9, never training data, never read by anyone working on the matcher; aggregate figures only).

    python -m bench.disclosure_held_out

bench/disclosure_cv.py chooses both from folds, each scored by an older model trained on the data of its day. This
scores today's model and rules on the spent sets (one fold each) and applies the same two rules: the veto is the
highest losing at most 1 in 2,000 of the rules' finds (with leave one set out), the threshold the lowest whose
added false alarms are at most 1 % of the everyday messages. Prints no sentence."""

from __future__ import annotations

from bench.disclosure import DATA_DIR, SETS, matcher
from bench.disclosure_cv import Scored, choose_threshold, choose_veto
from bot.devtools.train_disclosure_model import data_files, load_examples
from bot.services.safety.normalize import fold

SPENT = ("blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9")


def spent_folds() -> list[tuple[str, list[Scored]]]:
    m = matcher()
    assert m.model is not None
    folds = []
    for name in SPENT:
        directory = SETS[name]
        scored = []
        for path in data_files((directory,), DATA_DIR):
            for example in load_examples([path], DATA_DIR):
                reading, askable = m.rules_reading(example.text)
                rules = reading is not None and reading.kind is not None
                probability = m.model.probability(fold(example.text).tokens, m.concepts(example.text))
                scored.append(Scored(path.stem, example.disclosure, rules, askable, probability))
        folds.append((name, scored))
    return folds


def verdicts(folds: list[tuple[str, list[Scored]]], threshold: float, veto: float) -> tuple[float, float]:
    """Recall and false-positive rate, pooled, of the rules with the model at this threshold and veto."""
    items = [i for _, each in folds for i in each]
    fired = [(i.rules and i.probability >= veto) or (i.askable and not i.rules and i.probability >= threshold)
             for i in items]
    disclosures = sum(i.disclosure for i in items)
    everyday = len(items) - disclosures
    found = sum(f and i.disclosure for f, i in zip(fired, items, strict=True))
    alarms = sum(f and not i.disclosure for f, i in zip(fired, items, strict=True))
    return found / disclosures, alarms / everyday


def main() -> None:
    folds = spent_folds()
    m = matcher()
    assert m.model is not None
    print(f"Today's model ({m.model.threshold:.2f} / {m.model.veto:.2f}) on the spent blind sets "
          f"({', '.join(SPENT)}): {sum(len(i) for _, i in folds)} messages")
    threshold = choose_threshold(folds)
    veto = choose_veto(folds)
    print("\n| threshold / veto | recall | false positives |")
    print("|---|---:|---:|")
    for t, v in ((m.model.threshold, m.model.veto), (m.model.threshold, veto), (threshold, veto)):
        recall, fp = verdicts(folds, t, v)
        print(f"| {t:.2f} / {v:.2f} | {recall:.4f} | {fp:.4f} |")


if __name__ == "__main__":
    main()
