"""A false "X dit : « … »" names someone the words could be said by: "Bruno Esquirol dit :
« Je suis ravie … »" is false by its grammar, and a learner needs no text to answer it."""

from __future__ import annotations

from pathlib import Path

from gold_facts import invented_context

from tutor.facts import Person, Quote
from tutor.generate.statements import quote_statements

RAVIE = (
    "« Je suis ravie de voir enfin ce projet aboutir après tant d'années », a dit Léa Marchetti."
)
MARKET = "« Le marché des canaux est énorme et personne ne les équipe », a dit Bruno Esquirol."
CLIENT = "« Notre premier client nous a fait confiance dès le premier jour », a dit Awa Diallo."


def _quote(body: str, sentence: str, speaker: str) -> Quote:
    text = sentence[2 : sentence.index(" »")]
    start = body.index(sentence) + 2
    return Quote(speaker, text, "direct", "a déclaré", sentence, start, start + len(text))


def _false_speakers(tmp_path: Path, sentences: list[str], people: list[Person]) -> list[str]:
    body = " ".join(sentences)
    speakers = [p.name for p in people]
    quotes = tuple(_quote(body, s, n) for s, n in zip(sentences, speakers, strict=True))
    ctx = invented_context(tmp_path, body, "2026-03-03", people=tuple(people), quotes=quotes)
    return [str(i["statement"]) for i in quote_statements(ctx, ["false"])]


def test_words_of_a_woman_about_herself_are_not_given_to_a_man(tmp_path: Path) -> None:
    people = [Person("Léa Marchetti"), Person("Bruno Esquirol")]
    statements = _false_speakers(tmp_path, [RAVIE, MARKET], people)
    assert not any("ravie" in s and "Bruno Esquirol" in s for s in statements), statements


def test_they_go_to_another_woman_when_there_is_one(tmp_path: Path) -> None:
    people = [Person("Léa Marchetti"), Person("Bruno Esquirol"), Person("Awa Diallo")]
    statements = _false_speakers(tmp_path, [RAVIE, MARKET, CLIENT], people)
    ravie = [s for s in statements if "ravie" in s]
    assert [s.split(" dit")[0] for s in ravie] == ["Awa Diallo"], statements
