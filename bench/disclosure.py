"""Disclosure matcher against the evaluation set (tests/data/disclosures/): recall and false-positive rate per
language, on the development part and the held-out part, and microseconds per message, with the phrase list the
bot used before as the baseline in the same run.

    python -m bench.disclosure                # the table (tests/data/disclosures/)
    python -m bench.disclosure --misses       # also every miss and false alarm (development part only)
    python -m bench.disclosure --set fresh    # the sentences written for the second iteration (issue 14)
    python -m bench.disclosure --set retired  # the second blind set, retired after its 5 runs: development data
    python -m bench.disclosure --set blind3   # the third blind set, its 5 runs used up (2026-12-03)
    python -m bench.disclosure --set blind4   # the fourth blind set, its 5 runs used up (2026-12-04)
    python -m bench.disclosure --set blind5   # the fifth blind set, its 5 runs used up (2026-12-05)
    python -m bench.disclosure --set blind6   # the sixth blind set, its 5 runs used up (2026-12-06)
    python -m bench.disclosure --set blind7   # the seventh blind set, its 5 runs used up (2026-12-06)
    python -m bench.disclosure --set blind8   # the eighth blind set, its 5 runs used up (2026-12-06)
    python -m bench.disclosure --set blind9   # the ninth blind set, its 5 runs used up (2026-12-06)
    python -m bench.disclosure --set blind10  # the tenth blind set, its 5 runs used up (2026-12-06)
    python -m bench.disclosure --set blind11  # the eleventh blind set, its 5 runs used up (2026-12-07)
    python -m bench.disclosure --set blind12  # the twelfth blind set, its 5 runs used up (2026-12-07)
    python -m bench.disclosure --set blind13  # the thirteenth blind set, its 5 runs used up (2026-12-07)
    python -m bench.disclosure --set blind14  # the fourteenth blind set, its 5 runs used up (2026-12-07)
    python -m bench.disclosure --set blind15  # the fifteenth blind set, its 5 runs used up (2026-12-07)
    python -m bench.disclosure --set blind16  # the sixteenth blind set, its 5 runs used up (2026-12-07)
    python -m bench.disclosure --set blind    # the seventeenth blind set: aggregate figures only, never an item

Each run prints the rules alone and the rules with the model's second opinion (bot/services/safety/model.py):
recall, false positives and microseconds per message, rules alone and with the model interleaved in one run.

Every third item of each list (index 2, 5, 8, ...) is held out: the word lists were written looking only at the
others, and the held-out figures show how the matcher does on sentences nobody tuned it for. Items marked
`borderline: true` are reported apart and counted in neither rate.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from bot.content.catalog import load_catalog
from bot.content.yaml_files import read_yaml
from bot.services.safety import SafetyMatcher
from bot.services.safety.model import load_model
from bot.services.text_match import normalize
from bot.settings import PROJECT_ROOT

DATA_DIR = PROJECT_ROOT / "tests" / "data"
# "retired" was the second blind set (tests/data/disclosures_blind/ until 2026-12-02): run its 5 allowed times,
# then opened and used as development data, with its held-out part (every third item) scored only at the start
# and the end of the third iteration. "blind3" to "blind16" are the third to sixteenth blind sets, whose 5 runs are
# used up (nobody working on the matcher reads them all the same). "blind" is the seventeenth blind set
# (tests/data/disclosures_blind17/, written 2026-12-07 by one writer per language, first run after the sixteenth set's
# last): nobody working on the matcher reads it.
SETS = {"dev": "disclosures", "fresh": "disclosures_dev", "retired": "disclosures_retired",
        "blind3": "disclosures_blind3", "blind4": "disclosures_blind4", "blind5": "disclosures_blind5",
        "blind6": "disclosures_blind6", "blind7": "disclosures_blind7", "blind8": "disclosures_blind8",
        "blind9": "disclosures_blind9", "blind10": "disclosures_blind10", "blind11": "disclosures_blind11",
        "blind12": "disclosures_blind12", "blind13": "disclosures_blind13", "blind14": "disclosures_blind14",
        "blind15": "disclosures_blind15", "blind16": "disclosures_blind16", "blind": "disclosures_blind17"}
BLIND_SETS = ("blind",)  # aggregates only
SET_DIR = DATA_DIR / SETS["dev"]
BASELINE = Path(__file__).parent / "data" / "disclosure_phrases_before.yaml"
LANGUAGES = ("en", "fr", "es", "pt", "ar", "id", "sw", "ro")
HELD_OUT_EVERY = 3  # items at index 2, 5, 8, ... of each list


@dataclass(frozen=True)
class Item:
    text: str
    disclosure: bool
    kind: str | None
    borderline: bool
    held_out: bool
    note: str = ""


def load_set(code: str, directory: Path = SET_DIR) -> list[Item]:
    data = read_yaml(directory / f"{code}.yaml", f"{directory.name}/{code}.yaml")
    items = []
    for key, disclosure in (("disclosures", True), ("everyday", False)):
        for index, raw in enumerate(data[key]):
            items.append(Item(raw["text"], disclosure, raw.get("kind"), bool(raw.get("borderline")),
                              index % HELD_OUT_EVERY == HELD_OUT_EVERY - 1, str(raw.get("note", ""))))
    return items


@dataclass
class Score:
    disclosures: int = 0
    found: int = 0
    everyday: int = 0
    false_alarms: int = 0
    kind_right: int = 0
    misses: list[Item] = field(default_factory=list)
    alarms: list[Item] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.disclosures if self.disclosures else 1.0

    @property
    def false_positive_rate(self) -> float:
        return self.false_alarms / self.everyday if self.everyday else 0.0


def score(classify: Callable[[str], str | None], items: Iterable[Item]) -> Score:
    """`classify` returns the disclosure kind (or any true string) for a disclosure, else None."""
    result = Score()
    for item in items:
        kind = classify(item.text)
        if item.disclosure:
            result.disclosures += 1
            if kind:
                result.found += 1
                result.kind_right += kind == item.kind
            else:
                result.misses.append(item)
        else:
            result.everyday += 1
            if kind:
                result.false_alarms += 1
                result.alarms.append(item)
    return result


def matcher(with_model: bool = True) -> SafetyMatcher:
    """The matcher as the bot builds it: the rules and the model's second opinion (with_model=False: rules alone;
    disclosure_kind is the rules alone either way)."""
    content = PROJECT_ROOT / "content"
    return SafetyMatcher.from_content(load_catalog(content).safety, load_model(content) if with_model else None)


class PhraseBaseline:
    """The matcher before issue 14: a disclosure when any listed phrase occurs in the message as whole words."""

    def __init__(self) -> None:
        table = read_yaml(BASELINE, "bench/data/disclosure_phrases_before.yaml")["disclosure"]
        self.phrases = tuple(sorted({normalize(p) for items in table.values() for p in items} - {""},
                                    key=len, reverse=True))

    def __call__(self, text: str) -> str | None:
        padded = f" {normalize(text)} "
        return "disclosure" if any(f" {p} " in padded for p in self.phrases) else None


def fastest_times(classify: Callable[[str], object], texts: list[str], rounds: int = 5) -> list[float]:
    """Microseconds for each message, its fastest of `rounds` passes: on a shared machine the slower passes measure
    the other processes, not the matcher."""
    best = [float("inf")] * len(texts)
    for _ in range(rounds):
        for index, text in enumerate(texts):
            start = time.perf_counter_ns()
            classify(text)
            best[index] = min(best[index], (time.perf_counter_ns() - start) / 1000)
    return best


def mean_and_p99(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    return statistics.fmean(ordered), ordered[int(len(ordered) * 0.99)]


def timings(classify: Callable[[str], object], texts: list[str], rounds: int = 5) -> tuple[float, float]:
    """Mean and p99 microseconds per message, each message's time being its fastest of `rounds` passes."""
    return mean_and_p99(fastest_times(classify, texts, rounds))


def _pct(value: float) -> str:
    return f"{value:.3f}"


def _rate(part: Score) -> str:
    """Recall and false-positive rate as two table cells."""
    return (f"{_pct(part.recall)} ({part.found}/{part.disclosures}) "
            f"| {_pct(part.false_positive_rate)} ({part.false_alarms}/{part.everyday})")


def _add(total: Score, part: Score) -> None:
    total.disclosures += part.disclosures
    total.found += part.found
    total.everyday += part.everyday
    total.false_alarms += part.false_alarms
    total.kind_right += part.kind_right


def _speed(m: SafetyMatcher, texts: list[str]) -> None:
    """Microseconds per message of classify, rules alone and with the model, interleaved in one run."""
    rules_alone = replace(m, model=None)
    rows = []
    for name, classify in (("rules alone", rules_alone.classify), ("rules+model", m.classify),
                           ("rules alone (again)", rules_alone.classify), ("rules+model (again)", m.classify)):
        rows.append((name, *timings(classify, texts)))
    print(f"\nMicroseconds per message over {len(texts)} messages (classify, caches warm, each message's fastest of "
          "5 passes):\n")
    print("| matcher | mean | p99 |")
    print("|---|---:|---:|")
    for name, mean, p99 in rows:
        print(f"| {name} | {mean:.1f} | {p99:.1f} |")
    if m.model is not None:
        print(f"\nModel: {m.model.header.buckets} weights, {m.model.size_bytes} bytes in memory, threshold "
              f"{m.model.threshold}, veto {m.model.veto}, trained {m.model.header.trained}")


def blind_table(m: SafetyMatcher, directory: Path = DATA_DIR / SETS["blind"]) -> None:
    """Aggregates only: the blind set measures generalisation as long as nobody reads its items, so nothing here
    prints a sentence, a miss or a false alarm."""
    sets = {code: load_set(code, directory) for code in LANGUAGES}
    texts = [i.text for items in sets.values() for i in items]
    print("| lang | rules: recall | rules: FP rate | kind right | borderline fired | rules+model: recall "
          "| rules+model: FP rate |")
    print("|---|---|---|---|---|---|---|")
    total = Score()
    total_model = Score()
    for code, items in sets.items():
        counted = [i for i in items if not i.borderline]
        border = [i for i in items if i.borderline]
        part = score(m.disclosure_kind, counted)
        fired = sum(1 for i in border if m.disclosure_kind(i.text))
        with_model = score(m.disclosure_kind_with_model, counted)
        _add(total, part)
        _add(total_model, with_model)
        print(f"| {code} | {_rate(part)} | {part.kind_right}/{part.found} | {fired}/{len(border)} "
              f"| {_rate(with_model)} |")
    print(f"| all | {_rate(total)} | {total.kind_right}/{total.found} | | {_rate(total_model)} |")
    _speed(m, texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), default="dev", dest="which",
                        help="dev: tests/data/disclosures; fresh: tests/data/disclosures_dev; retired: the second "
                        "blind set, now development data; blind3 to blind16: the third to sixteenth blind sets, "
                        "runs used up; blind: the seventeenth blind set, aggregates only")
    parser.add_argument("--misses", action="store_true", help="list misses and false alarms (development part)")
    parser.add_argument("--held-out-misses", action="store_true", help="list the held-out misses too")
    args = parser.parse_args()

    m = matcher()
    if args.which in BLIND_SETS:
        if args.misses or args.held_out_misses:
            parser.error("a blind set prints aggregates only")
        blind_table(m, DATA_DIR / SETS[args.which])
        return
    directory = DATA_DIR / SETS[args.which]
    baseline = PhraseBaseline()
    header = ("| lang | recall | FP rate | dev recall | dev FP | held-out recall | held-out FP | kind right |"
              " borderline fired | before: recall | before: FP | rules+model: recall | rules+model: FP |"
              " rules+model: held-out recall | rules+model: held-out FP |")
    print(header)
    print("|" + "---|" * (header.count("|") - 1))
    totals = {"all": Score(), "dev": Score(), "held": Score(), "before": Score(), "model": Score(),
              "model_held": Score()}
    all_texts: list[str] = []
    listing: list[str] = []
    for code in LANGUAGES:
        items = load_set(code, directory)
        all_texts += [i.text for i in items]
        counted = [i for i in items if not i.borderline]
        border = [i for i in items if i.borderline]
        whole = score(m.disclosure_kind, counted)
        dev = score(m.disclosure_kind, [i for i in counted if not i.held_out])
        held = score(m.disclosure_kind, [i for i in counted if i.held_out])
        before = score(baseline, counted)
        fired = sum(1 for i in border if m.disclosure_kind(i.text))
        with_model = score(m.disclosure_kind_with_model, counted)
        model_held = score(m.disclosure_kind_with_model, [i for i in counted if i.held_out])
        for key, part in (("all", whole), ("dev", dev), ("held", held), ("before", before), ("model", with_model),
                          ("model_held", model_held)):
            _add(totals[key], part)
        print(f"| {code} | {_pct(whole.recall)} ({whole.found}/{whole.disclosures}) "
              f"| {_pct(whole.false_positive_rate)} ({whole.false_alarms}/{whole.everyday}) "
              f"| {_pct(dev.recall)} | {_pct(dev.false_positive_rate)} "
              f"| {_pct(held.recall)} ({held.found}/{held.disclosures}) "
              f"| {_pct(held.false_positive_rate)} ({held.false_alarms}/{held.everyday}) "
              f"| {whole.kind_right}/{whole.found} | {fired}/{len(border)} "
              f"| {_pct(before.recall)} | {_pct(before.false_positive_rate)} | {_rate(with_model)} "
              f"| {_rate(model_held)} |")
        if args.misses:
            listing += [f"  {code} miss   [{i.kind}] {i.text}" for i in dev.misses]
            listing += [f"  {code} alarm  [{m.disclosure_kind(i.text)}] {i.text}" for i in dev.alarms]
            listing += [f"  {code} model alarm  {i.text}" for i in with_model.alarms if not m.disclosure_kind(i.text)]
        if args.held_out_misses:
            listing += [f"  {code} held-out miss  [{i.kind}] {i.text}" for i in held.misses]
            listing += [f"  {code} held-out alarm [{m.disclosure_kind(i.text)}] {i.text}" for i in held.alarms]
    a, d, h, b = totals["all"], totals["dev"], totals["held"], totals["before"]
    print(f"| all | {_pct(a.recall)} ({a.found}/{a.disclosures}) | {_pct(a.false_positive_rate)} "
          f"({a.false_alarms}/{a.everyday}) | {_pct(d.recall)} | {_pct(d.false_positive_rate)} "
          f"| {_pct(h.recall)} ({h.found}/{h.disclosures}) | {_pct(h.false_positive_rate)} "
          f"({h.false_alarms}/{h.everyday}) | {a.kind_right}/{a.found} | | {_pct(b.recall)} "
          f"| {_pct(b.false_positive_rate)} | {_rate(totals['model'])} | {_rate(totals['model_held'])} |")

    def emptied(text: str) -> object:
        m.lexicon.cache_clear()
        if m.model is not None:
            m.model.cache_clear()
        return m.classify(text)

    cold_mean, cold_p99 = timings(emptied, all_texts, rounds=3)
    warm_mean, warm_p99 = timings(m.classify, all_texts)
    base_mean, base_p99 = timings(baseline, all_texts)
    print()
    print(f"Microseconds per message over {len(all_texts)} messages (classify: help, stop and disclosure; each "
          "message's fastest of 5 passes, 3 without the cache):\n")
    print("| matcher | mean | p99 |")
    print("|---|---:|---:|")
    print(f"| concept matcher with the model, word cache warm (a running bot) | {warm_mean:.1f} | {warm_p99:.1f} |")
    print(f"| concept matcher with the model, caches emptied before each message | {cold_mean:.1f} | {cold_p99:.1f} |")
    print(f"| phrase list before (baseline) | {base_mean:.1f} | {base_p99:.1f} |")
    _speed(m, all_texts)
    if listing:
        print()
        print("\n".join(listing))


if __name__ == "__main__":
    main()
