"""What the safety matcher costs: memory of its tables, time to build it, CPU per message; and a fingerprint of its
answers, to show that a change of representation left them the same.

    python -m bench.matcher_cost                          # this checkout
    python -m bench.matcher_cost --bot-root DIR           # another checkout's code (the code before a change)
    python -m bench.matcher_cost --answers out.jsonl      # also every text's answers, to diff two checkouts

1. Build: `SafetyMatcher.from_content` as the bot calls it at start (words files parsed beforehand), CPU time, best
   of 3; the Python objects it leaves behind and its peak (tracemalloc, one more build, not timed).
2. CPU per message over the development set's texts (tests/data/disclosures/, never a blind set): `classify` with
   the model, as the bot calls it, each text's fastest of `--rounds` passes. Cold: the lexicon's word caches
   emptied before each pass (a new word is looked up in the tables); warm: caches full (a running bot's common case).
3. Answers: for every entry of every words file (as written, with a typo, with each language's glued prefixes and
   endings, with endings added to stems), every text of the development, fresh and retired sets, and 3,000
   sentences of three random entries (fixed seed): the concepts found, the rules' reading and `classify`'s. The
   sha256 of all of them is printed: two checkouts with the same words files must print the same one.

Run two checkouts alternately (A B A B) on a shared machine: timings move with the load.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import random
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ANSWER_SETS = ("dev", "fresh", "retired")  # never the blind sets
SENTENCES = 3_000
TYPO_ENDINGS = ("s", "ing", "ed", "ku", "nya")


def _typos(word: str) -> Iterator[str]:
    if len(word) >= 4:
        middle = len(word) // 2
        yield word[:middle] + word[middle + 1 :]  # a letter dropped
        yield word[: middle - 1] + word[middle] + word[middle - 1] + word[middle + 1 :]  # two letters swapped
        yield word[:middle] + "x" + word[middle:]  # a letter added


def texts_to_answer(safety: Any, sets: dict[str, list[str]]) -> list[str]:
    entries: list[str] = []
    prefixes: list[str] = []
    endings: list[str] = []
    for language in safety.languages.values():
        prefixes += language.prefixes
        endings += language.suffixes
        for group in (language.help, language.stop, *language.concepts.values()):
            entries += [word for family in group for word in family.words]
    texts: list[str] = []
    for entry in entries:
        plain = entry.replace("=", "").replace("*", "")
        texts.append(plain)
        texts += list(_typos(plain))
        texts += [prefix + plain for prefix in prefixes]
        texts += [plain + ending for ending in endings]
        if entry.endswith("*"):
            texts += [plain + ending for ending in TYPO_ENDINGS]
    for name in ANSWER_SETS:
        texts += sets[name]
    chance = random.Random(19)
    texts += [" ".join(chance.choice(entries).replace("=", "").replace("*", "") for _ in range(3))
              for _ in range(SENTENCES)]
    return texts


def answers(matcher: Any, texts: list[str]) -> Iterator[str]:
    for text in texts:
        reading, ask_model = matcher.rules_reading(text)
        full = matcher.classify(text)
        yield json.dumps([text, sorted(matcher.concepts(text)), _reading(reading), ask_model, _reading(full)],
                         ensure_ascii=False)


def _reading(reading: Any) -> list[str | None] | None:
    return None if reading is None else [str(reading.signal), reading.kind]


def per_message(classify: Callable[[str], object], texts: list[str], rounds: int,
                before_pass: Callable[[], None]) -> float:
    """Mean microseconds per message, each message's fastest of `rounds` passes."""
    best = [float("inf")] * len(texts)
    for _ in range(rounds):
        before_pass()
        for index, text in enumerate(texts):
            start = time.perf_counter_ns()
            classify(text)
            best[index] = min(best[index], (time.perf_counter_ns() - start) / 1000)
    return statistics.fmean(best)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bot-root", type=Path, help="the checkout whose bot/ and content/ to measure")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--answers", type=Path, help="write every text's answers here (JSON lines)")
    parser.add_argument("--no-answers", action="store_true", help="skip the fingerprint (faster)")
    args = parser.parse_args()
    if args.bot_root:
        sys.path.insert(0, str(args.bot_root.resolve()))
    from bench.disclosure import LANGUAGES, SETS, load_set  # imports bot: after --bot-root
    from bot.content.catalog import load_catalog
    from bot.services.safety import SafetyMatcher
    from bot.services.safety.model import load_model
    from bot.settings import PROJECT_ROOT

    content = PROJECT_ROOT / "content"
    safety = load_catalog(content).safety
    model = load_model(content)
    builds = []
    for _ in range(3):
        gc.collect()
        start = time.process_time()  # CPU: wall time on a shared machine measures the other processes too
        matcher = SafetyMatcher.from_content(safety, model)
        builds.append(time.process_time() - start)
    del matcher
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    matcher = SafetyMatcher.from_content(safety, model)
    gc.collect()
    after = tracemalloc.take_snapshot()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    by_file = after.compare_to(before, "filename")
    kept = sum(d.size_diff for d in by_file)
    lexicon = sum(d.size_diff for d in by_file if d.traceback[0].filename.endswith("lexicon.py"))
    words = sum(d.size_diff for d in by_file if d.traceback[0].filename.endswith("normalize.py"))
    del before, after, by_file
    print(f"code: {PROJECT_ROOT}")
    print(f"build: {min(builds):.2f} s of CPU (best of 3: {', '.join(f'{b:.2f}' for b in builds)})")
    print(f"kept: {kept / 1e6:.3f} MB (lexicon.py {lexicon / 1e6:.3f}, words' strings {words / 1e6:.3f}); "
          f"peak while building {peak / 1e6:.1f} MB")

    sets = {name: [item.text for code in LANGUAGES
                   for item in load_set(code, PROJECT_ROOT / "tests" / "data" / SETS[name])]
            for name in ANSWER_SETS}
    dev = sets["dev"]
    lexicon_cache = matcher.lexicon.cache_clear
    cold = per_message(matcher.classify, dev, args.rounds, lexicon_cache)
    warm = per_message(matcher.classify, dev, args.rounds, lambda: None)
    print(f"classify, {len(dev)} development texts: cold {cold:.1f} µs/message, warm {warm:.1f} µs/message")

    if not args.no_answers:
        matcher.lexicon.cache_clear()
        texts = texts_to_answer(safety, sets)
        digest = hashlib.sha256()
        out = args.answers.open("w", encoding="utf-8") if args.answers else None
        for line in answers(matcher, texts):
            digest.update(line.encode())
            if out:
                out.write(line + "\n")
        if out:
            out.close()
        print(f"answers: {len(texts)} texts, sha256 {digest.hexdigest()[:16]}")


if __name__ == "__main__":
    main()
