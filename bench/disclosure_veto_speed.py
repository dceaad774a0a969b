"""What the model's veto costs per message (bench/README.md, "The model's veto"): `SafetyMatcher.classify` with the
model as trained (veto from its file) against the same weights with veto 0 (the model is then asked only when no rule
fired), in one process, rounds interleaved (A B A B), over the texts of the labelled sets (never a blind set):

    python -m bench.disclosure_veto_speed
    python -m bench.disclosure_veto_speed --rounds 4 --passes 5

Each round times every message once per pass with each matcher and keeps each message's fastest pass; the table
gives the mean and p99 over messages per round, and the mean over the messages a rule fired on (the only ones whose
cost the veto changes). Run under `nice` and note the load average beside the figures."""

from __future__ import annotations

import argparse
import statistics
from dataclasses import replace

from bench.disclosure import DATA_DIR, LANGUAGES, SETS, fastest_times, load_set, matcher, mean_and_p99
from bot.services.safety.model import DisclosureModel


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_args()
    with_veto = matcher()
    assert with_veto.model is not None, "no model file: run python -m bot.devtools.train_disclosure_model"
    model = with_veto.model
    no_veto = replace(with_veto, model=DisclosureModel(replace(model.header, veto=0.0), model.weights))
    texts = [item.text for which in ("dev", "fresh", "retired") for code in LANGUAGES
             for item in load_set(code, DATA_DIR / SETS[which])]
    fired = [i for i, text in enumerate(texts) if with_veto.disclosure_kind(text) is not None]
    for m in (with_veto, no_veto):  # warm both word caches before timing
        fastest_times(m.classify, texts, 1)
    print(f"{len(texts)} messages, a rule fires on {len(fired)}; veto {model.veto}\n")
    print("| round | matcher | mean µs | p99 µs | mean µs, rule fired |")
    print("|---|---|---:|---:|---:|")
    for round_ in range(1, args.rounds + 1):
        for name, m in (("veto 0 (before)", no_veto), (f"veto {model.veto}", with_veto)):
            times = fastest_times(m.classify, texts, args.passes)
            mean, p99 = mean_and_p99(times)
            on_fired = statistics.fmean(times[i] for i in fired)
            print(f"| {round_} | {name} | {mean:.1f} | {p99:.1f} | {on_fired:.1f} |")


if __name__ == "__main__":
    main()
