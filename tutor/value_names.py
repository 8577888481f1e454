"""The value a teacher means by a name of their own for an item type, a skill or a part of
speech: French ('vrai_faux', 'vocabulaire') or another quiz tool's ('multiple_choice'); and
the option a choice answer stands for when it is written as on paper ('b', '2').

Spelling suggestions cannot find these: 'qcm' looks like nothing we have.
"""

from __future__ import annotations

import difflib
import re

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


_ORDINALS = ("first", "second", "third", "fourth")
_POSITION = re.compile(r"^\s*(?:([a-d])|([1-4]))\s*[).]?\s*$", re.IGNORECASE)
"""An answer written as the option's letter or number, as on a paper quiz: 'b', 'B)', '2'."""


def option_by_position(answer: object, options: object) -> str | None:
    """How to say which option a choice answer written as a letter or a number stands for
    ("the second option is 'Kim Jong-il'"), or None when it is no such answer."""
    if isinstance(answer, bool) or not isinstance(options, list):
        return None
    found = _POSITION.match(str(answer))
    if found is None:
        return None
    index = "abcd".index(found[1].lower()) if found[1] else int(found[2]) - 1
    if index >= len(options) or not isinstance(options[index], str):
        return None
    return f"the {_ORDINALS[index]} option is '{options[index]}'"


def option_advice(answer: str, options: list[str]) -> str:
    """What to add to "'…' is not among the options": the option a letter or number stands for,
    else the closest option, else to copy one."""
    position = option_by_position(answer, options)
    if position is not None:
        return f": write the option itself, not its letter or number ({position})"
    by_fold = {option.casefold(): option for option in options}
    close = difflib.get_close_matches(answer.casefold(), list(by_fold), n=1)
    return (
        f"; did you mean '{by_fold[close[0]]}'?" if close else "; write it exactly like one of them"
    )
