"""Reading glossaries: the five shipped files (through tutor's cache folder) and a teacher's
`content/glossary.yaml`, whose mistakes are reported with file:line.

Five files are shipped, lowest precedence first: `tutor/data/glossary_words.yaml` (general words
and set phrases of the press), `tutor/data/glossary_themes.yaml` (a thematic lexicon of the press),
`tutor/data/glossary_fields.yaml` (the technical vocabulary of trades, public services and fields
of activity: "permis de démolir", "fièvre catarrhale ovine"), `tutor/data/glossary_general.yaml`
(news vocabulary of any article) and `tutor/data/glossary.yaml` (terms of the shipped articles); a
teacher adds or overrides entries in `content/glossary.yaml` (same format). All of them define
words; only the last two also make a term rank higher among an article's key terms.

Each entry is either `lemma: definition` or `lemma: {definition: ..., pos: nom}`, or, for a word
with several meanings in the news, `lemma: {pos: nom, senses: [{definition: ..., context: [cue,
...]}, ...]}`: the sense of each occurrence is then chosen from the words around it
(`tutor.glossary_senses`). A mistake in the teacher's file is reported with its file:line and
the entry is skipped; the shipped glossary is always there underneath.
"""

from __future__ import annotations

import difflib
import hashlib
import json
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

from tutor import disk_cache
from tutor.glossary import Glossary, GlossaryEntry, GlossaryProblem, entry_key
from tutor.glossary_senses import Sense, read_senses, sense_position
from tutor.yaml_source import Position, YamlDocument, YamlProblem, read_yaml_file

TEACHER_GLOSSARY_NAME = "glossary.yaml"

POS_NAMES: dict[str, str] = {
    "nom": "NOUN",
    "noun": "NOUN",
    "verbe": "VERB",
    "verb": "VERB",
    "adjectif": "ADJ",
    "adj": "ADJ",
    "adverbe": "ADV",
    "adv": "ADV",
    "expression": "NOUN",
    "propn": "PROPN",
    "nom propre": "PROPN",
}
"""Teachers may write the French name of a part of speech; the rest of tutor uses UPOS tags."""

_UPOS = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON"}
_UPOS |= {"PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}


def _entry(
    key: object, value: object, doc: YamlDocument, file: Path
) -> tuple[GlossaryEntry | None, GlossaryProblem | None]:
    where = doc.position((key,), prefer_key=True) if isinstance(key, str) else Position(1, 1)
    if not isinstance(key, str) or not key.strip():
        return None, GlossaryProblem(file, where, "each term must be a word or phrase")
    senses: tuple[Sense, ...] = ()
    if isinstance(value, str):
        definition, pos = value, None
    elif isinstance(value, dict):
        unknown = sorted(set(map(str, value)) - {"definition", "pos", "senses"})
        if unknown:
            close = difflib.get_close_matches(unknown[0], ["definition", "pos", "senses"], n=1)
            advice = f"did you mean '{close[0]}'? " if close else ""
            msg = (
                f"'{key}': unknown field '{unknown[0]}'; {advice}"
                "(an entry has 'definition' or 'senses', and 'pos')"
            )
            at = doc.position((key, unknown[0]), prefer_key=True)
            return None, GlossaryProblem(file, at, msg)
        definition, pos = value.get("definition"), value.get("pos")
        if pos is not None and not isinstance(pos, str):
            return None, GlossaryProblem(file, where, f"'{key}': pos must be a word like 'nom'")
        if "senses" in value:
            if definition is not None:
                msg = f"'{key}': give either one 'definition' or 'senses', not both"
                return None, GlossaryProblem(file, where, msg)
            read = read_senses(key, value["senses"], doc)
            if not isinstance(read[0], Sense):
                path, msg = read
                return None, GlossaryProblem(file, sense_position(doc, path), str(msg))
            senses, definition = read, ""
    else:
        msg = f"'{key}': write 'term: definition' or give 'definition:' (or 'senses:') and 'pos:'"
        return None, GlossaryProblem(file, where, msg)
    if not senses and definition is not None and not isinstance(definition, str):
        # "the definition is missing" of 'veto: 12' or a list sent the teacher looking for it
        shown = "a list" if isinstance(definition, list) else repr(definition)
        at = doc.position((key, "definition")) if isinstance(value, dict) else where
        msg = f"'{key}': the definition must be text, not {shown}; put it in quotes"
        return None, GlossaryProblem(file, at, msg)
    if not senses and (not isinstance(definition, str) or not definition.strip()):
        return None, GlossaryProblem(file, where, f"'{key}': the definition is missing")
    tag = POS_NAMES.get(pos.strip().lower(), pos.strip().upper()) if pos else None
    problem = None
    if tag is not None and tag not in _UPOS:
        # the entry still defines its term; only word banks lose the part of speech
        at = doc.position((key, "pos"))
        msg = (
            f"'{key}': pos '{pos}' is not a part of speech; write NOUN, VERB, ADJ or ADV "
            "(or nom, verbe, adjectif, adverbe)"
        )
        tag, problem = None, GlossaryProblem(file, at, msg)
    return GlossaryEntry(key.strip(), " ".join(str(definition).split()), tag, senses), problem


def glossary_from_document(doc: YamlDocument, file: Path) -> Glossary:
    """Entries of a parsed glossary file; bad entries become problems, good ones are kept."""
    if doc.data is None:
        return Glossary()
    if not isinstance(doc.data, dict):
        problem = GlossaryProblem(file, Position(1, 1), "a glossary is 'term: definition' lines")
        return Glossary(problems=(problem,))
    entries: dict[str, GlossaryEntry] = {}
    problems: list[GlossaryProblem] = []
    for key, value in doc.data.items():
        entry, problem = _entry(key, value, doc, file)
        if problem is not None:
            problems.append(problem)
        if entry is not None:
            entries[entry_key(entry.lemma)] = entry
    return Glossary(entries, tuple(problems))


def read_glossary_file(path: Path) -> Glossary:
    """One glossary file; never raises: an unreadable file is an empty glossary with a problem."""
    try:
        doc = read_yaml_file(path)
    except YamlProblem as problem:
        return Glossary(problems=(GlossaryProblem(path, problem.position, problem.message),))
    return glossary_from_document(doc, path)


CACHE_FORMAT = "rows-v3\n"
"""Rows are [key, lemma, definition, pos, [[sense definition, [cue, ...]], ...]]."""

KEY_VOCABULARY_NAMES = ("glossary_general.yaml", "glossary.yaml")
"""The shipped files that say what is worth teaching, lowest precedence first (the entries
written for the shipped articles replace general ones): a term they list ranks higher among an
article's key terms, as a term of the teacher's own glossary does."""
THEMES_NAME = "glossary_themes.yaml"
"""A wider thematic lexicon of the press, under the files above: it defines more of the words an
article's key terms turn out to be, and steers the choice only within an article's own field
(tutor/extract/term_fields.py). Listing every word of every field as key vocabulary would make
the list say nothing about what matters (on the gold articles of tests/data, key-term recall
fell by 0.02 to 0.03 when it steered every article; see docs/authoring.md)."""
WORDS_NAME = "glossary_words.yaml"
"""General vocabulary of the press (words of middling frequency and everyday set phrases such as
'salle d'attente'), under the thematic lexicon: like it, it defines the words an article's key
terms turn out to be without steering which terms are chosen."""
FIELDS_NAME = "glossary_fields.yaml"
"""The technical vocabulary of trades, public services and fields of activity as the press uses it
("maître d'ouvrage", "arrêt de travail", "zone réglementée"), above the thematic lexicon: it
defines the set phrases of a field that a learner cannot work out from their words, and, like
the lexicon, does not steer which terms are chosen (it is not part of KEY_VOCABULARY_NAMES, nor
of the field sections tutor/extract/term_fields.py reads)."""
SHIPPED_GLOSSARY_NAMES = (WORDS_NAME, THEMES_NAME, FIELDS_NAME, *KEY_VOCABULARY_NAMES)


@cache
def shipped_glossary() -> Glossary:
    """Every definition that comes with tutor (package data): the general words, overridden by the
    thematic lexicon, overridden by the vocabulary of trades and fields, overridden by the general
    news vocabulary, overridden by the entries written for the shipped articles."""
    glossary = Glossary()
    for name in SHIPPED_GLOSSARY_NAMES:
        glossary = glossary.merged_with(_shipped_file(name))
    return glossary


@cache
def shipped_thematic_lexicon() -> Glossary:
    """The thematic lexicon alone (see THEMES_NAME): key-term extraction reads the terms of an
    article's own field from it (tutor/extract/term_fields.py)."""
    return _shipped_file(THEMES_NAME)


@cache
def shipped_key_vocabulary() -> Glossary:
    """The shipped entries that also steer the choice of key terms (see KEY_VOCABULARY_NAMES)."""
    glossary = Glossary()
    for name in KEY_VOCABULARY_NAMES:
        glossary = glossary.merged_with(_shipped_file(name))
    return glossary


def _shipped_file(name: str) -> Glossary:
    """One shipped file's entries: read as YAML once, then from tutor's cache folder (parsing
    thousands of entries takes longer than anything else `tutor generate` adds to spaCy)."""
    text = resources.files("tutor.data").joinpath(name).read_text("utf-8")
    stem = f"glossary-{name.removesuffix('.yaml')}-"
    # the format of the cached rows is part of the key: a new row shape is never misread
    keyed = (CACHE_FORMAT + text).encode("utf-8")
    cache_name = stem + hashlib.blake2b(keyed, digest_size=12).hexdigest()
    cached = _cached_entries(cache_name)
    if cached is not None:
        return Glossary(cached)
    # Our own files, checked by the tests: no need for the positions a teacher's file gets.
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    glossary = glossary_from_document(YamlDocument(data), Path("tutor/data") / name)
    if not glossary.problems:
        rows = [
            [key, e.lemma, e.definition, e.pos, [[s.definition, list(s.context)] for s in e.senses]]
            for key, e in glossary.entries.items()
        ]
        body = json.dumps(rows, ensure_ascii=False).encode("utf-8")
        disk_cache.write(cache_name, body, stale_prefix=stem)
    return glossary


def _cached_entries(cache_name: str) -> dict[str, GlossaryEntry] | None:
    body = disk_cache.read(cache_name)
    if body is None:
        return None
    try:
        rows = json.loads(bytes(body))
        return {
            key: GlossaryEntry(
                lemma, definition, pos, tuple(Sense(d, tuple(cues)) for d, cues in senses)
            )
            for key, lemma, definition, pos, senses in rows
        }
    except (ValueError, TypeError):
        return None


def load_glossary(content_dir: Path | None = None, key_vocabulary: bool = False) -> Glossary:
    """The shipped glossaries, overridden and extended by `content/glossary.yaml` when present;
    with `key_vocabulary`, only what steers the choice of key terms (no thematic lexicon)."""
    base = shipped_key_vocabulary() if key_vocabulary else shipped_glossary()
    if content_dir is None:
        return base
    teacher_file = content_dir / TEACHER_GLOSSARY_NAME
    if not teacher_file.is_file():
        return base
    return base.merged_with(read_glossary_file(teacher_file))
