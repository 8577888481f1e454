"""The value a teacher means by a name of their own for an item type, a skill or a part of
speech: French ('vrai_faux', 'vocabulaire') or another quiz tool's ('multiple_choice').

Spelling suggestions cannot find these: 'qcm' looks like nothing we have.
"""

from __future__ import annotations

VALUE_NAMES = {
    "verbe": "verb",
    "participe": "participle",
    "nom": "noun",
    "adjectif": "adjective",
    "adverbe": "adverb",
    "nom_propre": "name",
    "qcm": "choice",
    "choix": "choice",
    "choix_multiple": "choice",
    "vrai_faux": "true_false",
    "vrai-faux": "true_false",
    "vrai_ou_faux": "true_false",
    "citations": "speakers",
    "qui_a_dit": "speakers",
    "chronologie": "chronology",
    "ordre": "chronology",
    "quand": "date",
    "texte_a_trous": "cloze",
    "texte_à_trous": "cloze",
    "trous": "cloze",
    "lacunes": "cloze",
    "termes": "terms",
    "definitions": "terms",
    "définitions": "terms",
    "question_ouverte": "open",
    "ouverte": "open",
    "locuteurs": "speakers",
    # the names of Moodle and other quiz tools, which a teacher knows from there
    "multiple_choice": "choice",
    "multichoice": "choice",
    "multiple-choice": "choice",
    "mcq": "choice",
    "truefalse": "true_false",
    "true/false": "true_false",
    "true_or_false": "true_false",
    "fill_in_the_blank": "cloze",
    "fill_in_the_blanks": "cloze",
    "fill_in": "cloze",
    "gap_fill": "cloze",
    "gapfill": "cloze",
    "missing_word": "cloze",
    "ordering": "chronology",
    "order": "chronology",
    "sequence": "chronology",
    "timeline": "chronology",
    "essay": "open",
    "free_text": "open",
    "open_question": "open",
    "who_said": "speakers",
    "quotes": "speakers",
    "matching": "terms",
    "vocab": "vocabulary",
    "vocabulaire": "vocabulary",
    "compréhension": "comprehension",
    "comprehension_ecrite": "comprehension",
}
"""Names a teacher may use for an item type, a skill or a part of speech: French ones, and
those of Moodle and other quiz tools."""


def meant_value(name: str) -> str | None:
    """The value `name` stands for, if it is one we know (case and spaces aside)."""
    return VALUE_NAMES.get(name.strip().lower().replace(" ", "_"))
