"""Items built in code for scoring tests that need no lesson file."""

from __future__ import annotations

from tutor.model import Cloze, PartOfSpeech, Skill


def gap(text: str, answer: str, pos: PartOfSpeech = PartOfSpeech.NOUN) -> Cloze:
    """A typed cloze on `answer`, written in `text` as "___"."""
    return Cloze(
        id="mot",
        skill=Skill.VOCABULARY,
        prompt="Complétez la phrase avec le mot du texte.",
        evidence=text.replace("___", answer),
        text=text,
        answer=answer,
        answer_pos=pos,
    )
