"""Writes privacy-dev6.jsonl (and languages.json) from the frames. Seeded, standard library only.

    python3 gen_dev6.py && python3 verify_dev6.py
"""
import json
import os
import random
import re

from dev6_core import Names, render, NAMES
import dev6_frames_secret
import dev6_frames_pii
import dev6_frames_neg

SEED = 20261206
HERE = os.path.dirname(os.path.abspath(__file__))

# frames that pick the language per text: the main language is the language of the first name drawn
MIX = {"dob_multilingual_forms", "dob_prose_foreign", "eu_licence_number_line", "passport_multilingual", "cjk_org_messages",
       "ar_he_hi_messages", "el_hu_ro_fi_messages", "vi_id_ng_sw_messages", "es_pt_chat_minusculas",
       "de_fr_chat_klein", "nl_pl_br_registratie", "fr_se_in_ids", "ko_zh_ja_records", "in_jp_licence",
       "ja_ko_zh_dl_passport", "ar_hi_org_dob", "it_nl_sv_tr_dob_chat"}
NAME_LANG_TO_TEXT = {"ng": "en", "in": "en"}


class TrackingNames(Names):
    def __init__(self, rng):
        super().__init__(rng)
        self.first = None

    def person(self, lang="en"):
        if self.first is None:
            self.first = lang
        return super().person(lang)


def self_check(text, ents):
    """Whole-word mentions of labelled Latin-script names must be inside a PERSON span (outside e-mails/URLs)."""
    persons = {e["value"] for e in ents if e["type"] == "PERSON"}
    covered = [(e["start"], e["end"]) for e in ents if e["type"] in ("PERSON", "EMAIL", "URL", "SECRET", "API_KEY")]
    if any(ord(c) > 0xFFFF for c in text):
        return True  # offsets differ; frames here have no astral characters
    for v in persons:
        for part in set(v.split()) | {v}:
            if len(part) < 3 or not re.fullmatch(r"[A-Za-zÀ-ɏ'\-]+", part) or part.lower() in ("van", "von", "der", "dos", "del", "das", "den", "la", "de"):
                continue
            for m in re.finditer(r"(?<![\wÀ-ɏ])" + re.escape(part) + r"(?![\wÀ-ɏ])", text, re.I):
                if not any(s <= m.start() and m.end() <= e for s, e in covered):
                    return False
    return True


def main():
    rows, seen, langs = [], set(), {}
    for kind, mod in (("sec", dev6_frames_secret), ("pii", dev6_frames_pii), ("neg", dev6_frames_neg)):
        for shape, lang, n, f in mod.FRAMES:
            for i in range(n):
                for attempt in range(200):
                    rng = random.Random(f"{SEED}/{shape}/{i}/{attempt}")
                    nm = TrackingNames(rng)
                    text, ents = render(f(rng, nm))
                    if text in seen or not self_check(text, ents):
                        continue
                    if kind == "neg":
                        assert not ents, shape
                    else:
                        assert ents, shape
                    break
                else:
                    raise SystemExit(f"could not draw a new text for {shape}")
                seen.add(text)
                main_lang = lang
                if shape in MIX:
                    main_lang = NAME_LANG_TO_TEXT.get(nm.first, nm.first)
                rows.append({"shape": shape, "text": text, "entities": ents, "_lang": main_lang})
    random.Random(SEED).shuffle(rows)
    with open(os.path.join(HERE, "privacy-dev6.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for k, row in enumerate(rows, 1):
            rid = f"pd6-{k:04d}"
            langs[rid] = row["_lang"]
            fh.write(json.dumps({"id": rid, "shape": row["shape"], "text": row["text"], "entities": row["entities"]},
                                ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "languages.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(langs, fh, ensure_ascii=False, indent=0, sort_keys=True)
        fh.write("\n")
    print(f"{len(rows)} rows written")


if __name__ == "__main__":
    main()
