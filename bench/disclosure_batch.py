"""One batch of tests/data/disclosures_dev/ (`--set fresh`): recall, kind right and false positives per language for
the items after the comments that name the batch, as scored for a batch's first look and after (bench/README.md).

    python -m bench.disclosure_batch "twenty-third batch"
    python -m bench.disclosure_batch "twenty-third batch" --misses   # and each miss, wrong kind and false alarm
    python -m bench.disclosure_batch "twenty-fourth batch" --with-model   # the rules with the model's second opinion

A batch is marked in each language file by a comment line naming it ("# twenty-third batch (helper ...)") at the
start of its disclosures and of its everyday messages; its items run to the next comment naming another batch.
"""

from __future__ import annotations

import argparse
import re

import yaml

from bench.disclosure import DATA_DIR, LANGUAGES, SETS, matcher

# A comment that opens a batch: "# twenty-third batch (...", "# eighth batch: ..."; its other lines are part of it.
_OPENS_BATCH = re.compile(r"\s*#\s*[\w-]+ batch\b")


def batch_items(code: str, marker: str) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The disclosures and the everyday messages of one batch, read from one language file's lines (YAML drops the
    comments that mark batches; every item is on one line)."""
    lines = (DATA_DIR / SETS["fresh"] / f"{code}.yaml").read_text(encoding="utf-8").splitlines()
    lists: dict[str, list[dict[str, str]]] = {"disclosures": [], "everyday": []}
    section, inside = "", False
    for line in lines:
        if line.rstrip(":") in lists:
            section, inside = line.rstrip(":"), False
        elif line.strip().startswith("#"):
            inside = marker in line if _OPENS_BATCH.match(line) else inside
        elif inside and line.strip().startswith("- "):
            lists[section].append(yaml.safe_load(line.strip()[2:]))
    return lists["disclosures"], lists["everyday"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("marker", help='words of the comment that opens the batch, e.g. "twenty-third batch"')
    parser.add_argument("--misses", action="store_true", help="list misses, wrong kinds and false alarms")
    parser.add_argument("--with-model", action="store_true",
                        help="the rules with the model's second opinion (default: the rules alone)")
    args = parser.parse_args()
    m = matcher()
    classify = m.disclosure_kind_with_model if args.with_model else m.disclosure_kind
    print("rules + model" if args.with_model else "rules alone")
    print("| lang | recall | kind right | false positives |")
    print("|---|---:|---:|---:|")
    found_all = total_all = kind_all = alarms_all = everyday_all = 0
    listing: list[str] = []
    for code in LANGUAGES:
        disclosures, everyday = batch_items(code, args.marker)
        found = kind_right = alarms = 0
        for item in disclosures:
            kind = classify(item["text"])
            found += kind is not None
            kind_right += kind == item["kind"]
            if kind != item["kind"]:
                what = "miss" if kind is None else "kind"
                listing.append(f"  {code} {what} [{item['kind']} -> {kind}] {item['text']}")
        for item in everyday:
            kind = classify(item["text"])
            if kind is not None:
                alarms += 1
                listing.append(f"  {code} alarm [{kind}] {item['text']}")
        print(f"| {code} | {found}/{len(disclosures)} | {kind_right}/{found} | {alarms}/{len(everyday)} |")
        found_all += found
        total_all += len(disclosures)
        kind_all += kind_right
        alarms_all += alarms
        everyday_all += len(everyday)
    recall = found_all / total_all if total_all else 1.0
    rate = alarms_all / everyday_all if everyday_all else 0.0
    print(f"| all | {recall:.3f} ({found_all}/{total_all}) | {kind_all}/{found_all} "
          f"| {rate:.3f} ({alarms_all}/{everyday_all}) |")
    if args.misses and listing:
        print()
        print("\n".join(listing))


if __name__ == "__main__":
    main()
