#!/usr/bin/env python3
"""Measures the word passes through the textclean CLI, the way issue 6 asks.

damage: in each text, replace one interior letter of some words of 6+ letters with one of
        ] [ | } { 0 1 3 5 6 @ # ^ * ~ \\   (seeded; --rate of the eligible words), run
        `textclean fix --jsonl --quotes keep --whitespace keep`, and score word by word:
        precision = right repairs / changed words (a changed word that was not damaged, or a damaged
        word changed to anything but the original, is a false fix); recall = right repairs / damaged.
split:  split some words of 6+ letters with a hyphen and a line break ("nego-\\ntiations") or a
        hyphen and a space ("nego- tiations"), run the same command with --explain, and score the
        de-hyphenation pass's changes: right when it rejoins a split we made.
clean:  run the same command over the texts as they are and count changed words (target 0).

    CLI="dotnet src/TextClean.Cli/bin/Release/net10.0/textclean.dll"
    python3 tools/word-damage/measure.py damage --cli "$CLI" ../shared/eval/aeb-dev/gold
    python3 tools/word-damage/measure.py clean  --cli "$CLI" ../shared/eval/aeb-dev/gold --max-changed 0

The same generator is in tests/TextClean.Tests/Words/WordDamage.cs (over seeds/, with thresholds).
"""
import argparse
import difflib
import glob
import json
import os
import random
import re
import shlex
import subprocess
import sys

DAMAGE = "][|}{01356@#^*~\\"
WORD = re.compile(r"(?<![^\W\d_])[A-Za-z]{6,}(?![^\W\d_])")  # ASCII words of 6+ letters, not inside a longer word


def damage_text(text, rng, rate, damage=DAMAGE):
    """The text with some words damaged, and how many were."""
    out, last, count = [], 0, 0
    for m in WORD.finditer(text):
        if rng.random() >= rate:
            continue
        word = m.group()
        pos = rng.randrange(1, len(word) - 1)
        out.append(text[last:m.start()] + word[:pos] + rng.choice(damage) + word[pos + 1:])
        last = m.end()
        count += 1
    out.append(text[last:])
    return "".join(out), count


ENGLISH_STOPWORDS = {"the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "on", "was", "with",
                     "as", "be", "by", "at", "this", "are", "have", "from", "or", "an", "but", "not"}


def english_share(text):
    words = re.findall(r"[a-z]+", text.lower())
    return sum(w in ENGLISH_STOPWORDS for w in words) / max(len(words), 1)


def split_text(text, rng, rate):
    """The text with some words split, and where the hyphens put in are: (index, UTF-16 offset)."""
    out, last, hyphens, length, units = [], 0, [], 0, 0
    for m in WORD.finditer(text):
        if rng.random() >= rate:
            continue
        word = m.group()
        pos = rng.randrange(2, len(word) - 1)
        piece = text[last:m.start()] + word[:pos]
        joint = "-\n" if rng.random() < 0.7 else "- "
        out += [piece, joint]
        length += len(piece)
        units += len(piece.encode("utf-16-le")) // 2  # the CLI reports UTF-16 offsets
        hyphens.append((length, units))
        length += len(joint)
        units += len(joint)
        last = m.start() + pos
    out.append(text[last:])
    return "".join(out), hyphens


def run_fix(cli, texts, explain=False):
    payload = "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(texts))
    cmd = shlex.split(cli) + ["fix", "--jsonl", "--quotes", "keep", "--whitespace", "keep"] + (["--explain"] if explain else [])
    proc = subprocess.run(cmd, input=payload.encode("utf-8"), capture_output=True, check=False)
    if proc.returncode != 0:
        sys.exit(f"textclean failed ({proc.returncode}): {proc.stderr.decode('utf-8', 'replace')[:2000]}")
    results = {}
    for line in proc.stdout.decode("utf-8").splitlines():
        record = json.loads(line)
        if "error" in record:
            sys.exit(f"record {record['id']}: {record['error']}")
        results[record["id"]] = (record["text"], record.get("changes", [])) if explain else record["text"]
    return [results[i] for i in range(len(texts))]


def changed_words(before, after):
    """(index in before or None, before word, after word) for every word the run changed, aligned with difflib."""
    a, b = before.split(), after.split()
    changes = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        if op == "replace" and i2 - i1 == j2 - j1:
            changes += [(i1 + k, a[i1 + k], b[j1 + k]) for k in range(i2 - i1)]
        else:
            changes.append((None, " ".join(a[i1:i2]), " ".join(b[j1:j2])))
    return changes


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["damage", "split", "clean"])
    parser.add_argument("texts", help="a folder of .txt files")
    parser.add_argument("--cli", required=True)
    parser.add_argument("--rate", type=float, default=0.15, help="share of eligible words damaged")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--damage", default=DAMAGE, help="damage mode: the characters put in for a letter "
                        "(default issue 6's set; e.g. 24789 for the number-word digits)")
    parser.add_argument("--errors", type=int, default=0, help="print this many false fixes and misses")
    parser.add_argument("--min-precision", type=float)
    parser.add_argument("--min-recall", type=float)
    parser.add_argument("--english", action="store_true", help="only texts that read as English (stopword share)")
    parser.add_argument("--max-changed", type=int, help="clean mode: fail when more words change")
    args = parser.parse_args()

    files = sorted(glob.glob(os.path.join(args.texts, "*.txt")))
    if not files:
        sys.exit(f"no .txt files in {args.texts}")
    originals = [open(f, encoding="utf-8").read() for f in files]
    if args.english:
        kept = [(f, t) for f, t in zip(files, originals) if english_share(t) >= 0.25]
        files, originals = [f for f, _ in kept], [t for _, t in kept]

    if args.mode == "clean":
        outputs = run_fix(args.cli, originals)
        changed = [(os.path.basename(f), c) for f, o, r in zip(files, originals, outputs) for c in changed_words(o, r)]
        for name, (_, old, new) in changed[: max(args.errors, 0)]:
            print(f"  {name}: {old!r} -> {new!r}")
        print(f"clean text: {len(files)} files, {sum(len(o.split()) for o in originals)} words, changed words: {len(changed)}")
        return 1 if args.max_changed is not None and len(changed) > args.max_changed else 0

    if args.mode == "split":
        return measure_splits(args, originals)

    rng = random.Random(args.seed)
    damaged, total_damaged = [], 0
    for text in originals:
        d, n = damage_text(text, rng, args.rate, args.damage)
        damaged.append(d)
        total_damaged += n
    outputs = run_fix(args.cli, damaged)

    right = changed = 0
    false_fixes, misses = [], []
    for original, broken, repaired in zip(originals, damaged, outputs):
        truth = original.split()  # damage keeps every word in place
        broken_words = broken.split()
        fixed = set()
        for index, old, new in changed_words(broken, repaired):
            changed += 1
            was = truth[index] if index is not None else old
            if index is not None and was != old and new == was:
                right += 1
                fixed.add(index)
            else:
                false_fixes.append((old, new, was))
        misses += [(b, o) for i, (o, b) in enumerate(zip(truth, broken_words)) if o != b and i not in fixed]

    precision = right / changed if changed else 1.0
    recall = right / total_damaged if total_damaged else 1.0
    for old, new, was in false_fixes[: args.errors]:
        print(f"  false fix: {old!r} -> {new!r} (was {was!r})")
    for broken, original in misses[: args.errors]:
        print(f"  missed: {broken!r} (was {original!r})")
    print(f"damaged words: {total_damaged}, changed: {changed}, right: {right}")
    print(f"precision {precision:.4f}  recall {recall:.4f}")
    failed = (args.min_precision is not None and precision < args.min_precision) or \
             (args.min_recall is not None and recall < args.min_recall)
    return 1 if failed else 0


def measure_splits(args, originals):
    rng = random.Random(args.seed)
    broken = [split_text(t, rng, args.rate) for t in originals]
    outputs = run_fix(args.cli, [b for b, _ in broken], explain=True)
    splits = sum(len(h) for _, h in broken)
    right = changed = 0
    false_joins, missed = [], []
    for (text, hyphens), (_, changes) in zip(broken, outputs):
        made = {units for _, units in hyphens}
        touched = set()
        for c in changes:
            if c["pass"] != "dehyphenation":
                continue
            changed += 1
            touched.add(c["start"])
            if c["start"] in made and c["replacement"] == "":
                right += 1
            else:
                false_joins.append(f"{c['original']!r}->{c['replacement']!r} at UTF-16 offset {c['start']}")
        missed += [text[max(0, i - 15):i + 15] for i, units in hyphens if units not in touched]
    precision = right / changed if changed else 1.0
    recall = right / splits if splits else 1.0
    for context in false_joins[: args.errors]:
        print(f"  false: {context}")
    for context in missed[: args.errors]:
        print(f"  missed: {context!r}")
    print(f"split words: {splits}, changes: {changed}, right: {right}")
    print(f"precision {precision:.4f}  recall {recall:.4f}")
    failed = (args.min_precision is not None and precision < args.min_precision) or \
             (args.min_recall is not None and recall < args.min_recall)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
