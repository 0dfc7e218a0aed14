#!/usr/bin/env python3
"""Builds src/TextClean/Words/Data/en.lexicon from Debian's SCOWL lists (package `scowl`).

    apt-get install -y scowl && python3 tools/lexicon/build-lexicon.py

Reproducible: the same SCOWL release gives the same bytes (sorted input, fixed deflate level).
Each word keeps the smallest SCOWL size class it appears in (10 = the most common words, 80 = rare
but real); the pass reads that class as a frequency band. Words with an apostrophe (possessives,
contractions) are left out: the passes split words at apostrophes.

Format, after raw deflate (what System.IO.Compression.DeflateStream reads):
    "TCLEX1\n" language "\n", then one entry per word in ordinal (UTF-16) order:
    [shared prefix length with the previous word, in chars: 1 byte] [band: 1 byte]
    [the rest of the word, UTF-8] [0x0A]
"""
import argparse
import os
import sys
import zlib

SCOWL = "/usr/share/dict/scowl"
# Spelling variants of news English: American, British and Canadian, plus proper names and
# capitalised words (nationalities, places, months). Abbreviations and the 95 class ("the
# Scrabble words") are left out: they add ambiguity to repairs and almost no real words.
LISTS = ["english-words", "american-words", "british-words", "canadian-words",
         "english-upper", "american-upper", "british-upper", "canadian-upper",
         "english-proper-names", "american-proper-names", "british-proper-names", "canadian-proper-names"]
MAX_SIZE = 80


def utf16_key(word):
    return word.encode("utf-16-be")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_out = os.path.join(here, "..", "..", "src", "TextClean", "Words", "Data", "en.lexicon")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scowl", default=SCOWL)
    parser.add_argument("--max-size", type=int, default=MAX_SIZE)
    parser.add_argument("--out", default=default_out)
    args = parser.parse_args()

    bands = {}
    for name in os.listdir(args.scowl):
        stem, _, size = name.rpartition(".")
        if stem not in LISTS or not size.isdigit() or int(size) > args.max_size:
            continue
        with open(os.path.join(args.scowl, name), encoding="utf-8") as f:
            for line in f:
                word = line.strip()
                if not word or not all(c.isalpha() for c in word) or len(word) > 255:
                    continue
                size_class = int(size)
                if bands.get(word, 1000) > size_class:
                    bands[word] = size_class
    if not bands:
        sys.exit(f"no SCOWL lists found in {args.scowl}: apt-get install -y scowl")

    out = bytearray(b"TCLEX1\nen\n")
    previous = ""
    for word in sorted(bands, key=utf16_key):
        shared = 0
        while shared < min(len(word), len(previous), 255) and word[shared] == previous[shared]:
            shared += 1
        out += bytes([shared, bands[word]]) + word[shared:].encode("utf-8") + b"\n"
        previous = word

    compressor = zlib.compressobj(9, zlib.DEFLATED, -15, 9)
    blob = compressor.compress(bytes(out)) + compressor.flush()
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "wb") as f:
        f.write(blob)
    print(f"{len(bands)} words, {len(out)} bytes front-coded, {len(blob)} bytes deflated -> {os.path.relpath(args.out)}")


if __name__ == "__main__":
    main()
