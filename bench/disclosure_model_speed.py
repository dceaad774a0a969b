"""CPU per message and memory of the disclosure model (bot/services/safety/model.py) against another commit's model,
in the same run, rounds interleaved (A B A B):

    python -m bench.disclosure_model_speed                 # this tree against main
    python -m bench.disclosure_model_speed --base <commit> --rounds 3

Each side runs in its own subprocess with its own code and weights file (`git archive` of the base commit), scores
the texts of tests/data/disclosures_dev/ (folded tokens and the rules' concepts, computed once here, as the matcher
passes them) and reports:
* memory: tracemalloc's traced bytes kept by `load_model` (the weights and the model object; the bot's idle
  memory grows by this much);
* cold: µs per message with the per-token cache emptied before each pass (every token's n-grams hashed);
* warm: µs per message with the cache as the bot keeps it (bounded; the dev sets' vocabulary overflows it).
Each figure is the best of `--passes` passes. Run under `nice` and note the load average beside the figures."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.disclosure import matcher
from bot.devtools.train_disclosure_model import data_files, load_examples
from bot.settings import PROJECT_ROOT

_SCORE = """
import json, sys, time, tracemalloc
from pathlib import Path
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
from bot.services.safety.model import load_model
loaded_imports = tracemalloc.get_traced_memory()[0]
model = load_model(Path("content"))
loaded = tracemalloc.get_traced_memory()[0]
tracemalloc.stop()
items = [(tuple(tokens), tuple(found)) for tokens, found in json.load(sys.stdin)]
passes = int(sys.argv[1])
def run():
    start = time.perf_counter_ns()
    for tokens, found in items:
        model.probability(tokens, found)
    return (time.perf_counter_ns() - start) / 1000 / len(items)
cold = min(model.cache_clear() or run() for _ in range(passes))
run()
warm = min(run() for _ in range(passes))
fired = sum(model.says_disclosure(t, f) for t, f in items)
json.dump({"memory": loaded - loaded_imports, "cold": cold, "warm": warm, "fired": fired}, sys.stdout)
"""


def _run(tree: Path, payload: str, passes: int) -> dict[str, float]:
    env = {"PYTHONPATH": str(tree), "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONHASHSEED": "0"}
    run = subprocess.run([sys.executable, "-c", _SCORE, str(passes)], cwd=tree, input=payload, capture_output=True,
                         text=True, env=env, check=False)
    if run.returncode:
        raise SystemExit(f"{tree}: {run.stderr[-2000:]}")
    return json.loads(run.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="main", help="the commit to compare with (default: main)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_args()
    m = matcher(with_model=False)
    examples = load_examples(data_files(("disclosures_dev",)))
    payload = json.dumps([(list(e.tokens), sorted(m.concepts(e.text))) for e in examples])
    with tempfile.TemporaryDirectory(prefix="model_speed_") as work:
        base = Path(work)
        archive = subprocess.run(["git", "archive", args.base, "bot", "content"], cwd=PROJECT_ROOT, check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
        sides = ((f"{args.base}", base), ("this tree", PROJECT_ROOT))
        print(f"{len(examples)} messages of tests/data/disclosures_dev/, best of {args.passes} passes, "
              f"load average {os.getloadavg()[0]:.1f}\n")
        print("| round | model | memory KB (tracemalloc) | cold µs/message | warm µs/message | fired |")
        print("|---|---|---:|---:|---:|---:|")
        for round_ in range(1, args.rounds + 1):
            for name, tree in sides:
                r = _run(tree, payload, args.passes)
                print(f"| {round_} | {name} | {r['memory'] / 1024:.1f} | {r['cold']:.1f} | {r['warm']:.1f} "
                      f"| {r['fired']} |", flush=True)
        print(f"\nload average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
