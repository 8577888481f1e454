"""Grading answers made of parts: each pair, place or keyword earns its share of the points."""

from __future__ import annotations

import pytest

from tutor.model import (
    AccentPolicy,
    AnswerPolicy,
    Chronology,
    ChronologyEvent,
    Keyword,
    OpenQuestion,
    QuotePair,
    Skill,
    SpeakerMatch,
    TermMatch,
    TermPair,
)
from tutor.scoring import Outcome, Reason, grade

STRICT = AnswerPolicy(accents=AccentPolicy.STRICT)


def speakers() -> SpeakerMatch:
    return SpeakerMatch(
        id="s",
        skill=Skill.SPEAKERS,
        prompt="Qui a dit quoi ?",
        evidence="…",
        points=3.0,
        pairs=(
            QuotePair("Nous sommes des alliés", "Vladimir Poutine"),
            QuotePair("Un soutien total", "Kim Jong-un"),
            QuotePair("C'est inquiétant", "John Kirby"),
        ),
        distractors=("Iouri Ouchakov",),
    )


def test_every_pair_right() -> None:
    answer = {
        "Nous sommes des alliés": "Vladimir Poutine",
        "« Un soutien total »": "Kim Jong un",
        "C’est inquiétant": "john kirby",
    }
    verdict = grade(speakers(), answer)
    assert verdict.outcome is Outcome.CORRECT
    assert verdict.points == 3.0


def test_each_right_pair_earns_its_share() -> None:
    answer = {
        "Nous sommes des alliés": "Vladimir Poutine",
        "Un soutien total": "Iouri Ouchakov",
        "C'est inquiétant": "John Kirby",
    }
    verdict = grade(speakers(), answer)
    assert verdict.outcome is Outcome.PARTIAL
    assert verdict.points == 2.0
    assert Reason.PARTIAL_PAIRS in verdict.reason
    assert "2 sur 3" in verdict.explanation
    assert "Kim Jong-un" in verdict.explanation  # the pair to correct


def test_no_pair_right_and_missing_pairs() -> None:
    assert grade(speakers(), {}).outcome is Outcome.INCORRECT
    assert grade(speakers(), {"Un soutien total": "Kim Jong-un"}).points == 1.0


def test_terms_match_definitions() -> None:
    item = TermMatch(
        id="t",
        skill=Skill.VOCABULARY,
        prompt="Associez.",
        evidence="…",
        pairs=(
            TermPair("le veto", "le droit de bloquer une décision"),
            TermPair("une sanction", "une punition contre un pays"),
        ),
    )
    right = {"veto": "Le droit de bloquer une décision.", "sanction": "une punition contre un pays"}
    assert grade(item, right).outcome is Outcome.CORRECT
    swapped = {
        "le veto": "une punition contre un pays",
        "une sanction": "une punition contre un pays",
    }
    verdict = grade(item, swapped)
    assert verdict.outcome is Outcome.PARTIAL and verdict.points == 0.5


def test_terms_by_definition_earn_each_right_row() -> None:
    """The app's rows, definition -> term: one term given to both definitions earns the row it
    is right for (term -> definition could keep only one of the two rows)."""
    item = TermMatch(
        id="t",
        skill=Skill.VOCABULARY,
        prompt="Associez.",
        evidence="…",
        pairs=(
            TermPair("le veto", "le droit de bloquer une décision"),
            TermPair("une sanction", "une punition contre un pays"),
        ),
    )
    both_veto = {
        "Le droit de bloquer une décision.": "le veto",
        "une punition contre un pays": "le veto",
    }
    verdict = grade(item, both_veto)
    assert verdict.outcome is Outcome.PARTIAL and verdict.points == 0.5
    assert "une sanction" in verdict.explanation  # the row to correct
    rows = {"le droit de bloquer une décision": "veto", "une punition contre un pays": "sanction"}
    assert grade(item, rows).outcome is Outcome.CORRECT


def chronology() -> Chronology:
    return Chronology(
        id="o",
        skill=Skill.DATES,
        prompt="Remettez dans l'ordre.",
        evidence="…",
        points=4.0,
        events=tuple(
            ChronologyEvent(t)
            for t in ("Première visite", "Rencontre à Vladivostok", "Veto à l'ONU", "Arrivée")
        ),
    )


def test_chronology_in_order() -> None:
    answer = ["Première visite", "Rencontre à Vladivostok", "Veto à l'ONU", "Arrivée"]
    assert grade(chronology(), answer).outcome is Outcome.CORRECT


def test_chronology_counts_each_event_at_its_place() -> None:
    answer = ["Première visite", "Veto à l'ONU", "Rencontre à Vladivostok", "Arrivée"]
    verdict = grade(chronology(), answer)
    assert verdict.outcome is Outcome.PARTIAL
    assert verdict.points == 2.0
    assert Reason.PARTIAL_ORDER in verdict.reason
    assert "Première visite → Rencontre à Vladivostok" in verdict.explanation


def test_chronology_short_or_reversed() -> None:
    assert grade(chronology(), ["Première visite"]).points == 1.0
    reversed_order = ["Arrivée", "Veto à l'ONU", "Rencontre à Vladivostok", "Première visite"]
    assert grade(chronology(), reversed_order).outcome is Outcome.INCORRECT


def open_question(policy: AnswerPolicy | None = None) -> OpenQuestion:
    return OpenQuestion(
        id="open",
        skill=Skill.COMPREHENSION,
        prompt="Pourquoi les Occidentaux sont-ils inquiets ?",
        evidence="…",
        points=2.0,
        keywords=(
            Keyword("sanction"),
            Keyword("munitions", accept=("armes", "obus")),
            Keyword("Corée du Nord"),
        ),
        min_keywords=2,
        model_answer="Les munitions de la Corée du Nord aident la Russie malgré les sanctions.",
        policy=policy or AnswerPolicy(),
    )


def test_open_answer_with_enough_keywords_in_inflected_forms() -> None:
    verdict = grade(open_question(), "Il y a des sanctions contre la Corée du Nord.")
    assert verdict.outcome is Outcome.CORRECT
    assert verdict.points == 2.0


def test_open_answer_keyword_alternatives_and_typos() -> None:
    assert grade(open_question(), "Des armes et une sanction").outcome is Outcome.CORRECT
    assert grade(open_question(), "les sanctions et les munitons").outcome is Outcome.CORRECT


def test_open_answer_with_too_few_keywords_is_partial() -> None:
    verdict = grade(open_question(), "À cause des sanctions.")
    assert verdict.outcome is Outcome.PARTIAL
    assert verdict.points == 1.0
    assert "sanction" in verdict.explanation and "munitions" in verdict.explanation


def test_a_partial_open_answer_says_how_many_more_words_are_needed() -> None:
    # two of three keywords are needed and one is there: one more of the two others will do
    verdict = grade(open_question(), "À cause des sanctions.")
    assert "Il faut encore 1\u00a0mot parmi ces mots\u00a0: munitions, Corée du Nord." in (
        verdict.explanation
    )


def test_open_answer_without_keywords_is_incorrect() -> None:
    verdict = grade(open_question(), "Je ne sais pas.")
    assert verdict.outcome is Outcome.INCORRECT
    assert verdict.expected == open_question().model_answer


def test_open_answer_accents_follow_the_policy() -> None:
    answer = "Les sanctions contre la Coree du Nord"
    warned = grade(open_question(), answer)
    assert warned.outcome is Outcome.CORRECT and Reason.ACCENT in warned.reason
    strict = grade(open_question(STRICT), answer)
    assert strict.outcome is Outcome.PARTIAL


def test_one_mention_counts_for_one_keyword() -> None:
    """ "Le texte parle de Jean-Marie Le Pen." earned both keywords (2 of 2): "Le Pen", accepted
    for Marine Le Pen, was read inside her father's name."""
    item = OpenQuestion(
        id="o",
        skill=Skill.COMPREHENSION,
        prompt="De quoi parle cet article ?",
        evidence="",
        keywords=(
            Keyword("Jean-Marie Le Pen", ("Le Pen",)),
            Keyword("Marine Le Pen", ("Le Pen", "Marine")),
            Keyword("bourgeoise"),
        ),
        min_keywords=2,
    )
    verdict = grade(item, "Le texte parle de Jean-Marie Le Pen.")
    assert verdict.outcome is Outcome.PARTIAL
    assert "vous avez utilisé Jean-Marie Le Pen. Il faut encore" in verdict.explanation
    assert grade(item, "Jean-Marie Le Pen parle de sa fille, Marine.").outcome is Outcome.CORRECT
    assert grade(item, "Jean-Marie Le Pen et Le Pen.").outcome is Outcome.CORRECT


def avis() -> OpenQuestion:
    return OpenQuestion(
        id="o",
        skill=Skill.COMPREHENSION,
        prompt="Que dit l'April ? Expliquez avec vos mots.",
        evidence="",
        keywords=(Keyword("vote", ("votes",)), Keyword("rejet"), Keyword("citoyens")),
        min_keywords=2,
    )


def test_a_common_word_near_a_keyword_is_not_the_keyword() -> None:
    """ "Selon votre avis, c'est un rejet." earned "vote" as a typo of "votre": 2 of 2."""
    verdict = grade(avis(), "Selon votre avis, c'est un rejet.")
    assert verdict.outcome is Outcome.PARTIAL
    assert grade(avis(), "Le vot est un rejet.").outcome is Outcome.CORRECT  # a slip
    assert grade(avis(), "Ils veulent voter le rejet.").outcome is Outcome.CORRECT  # family


def test_a_form_with_its_own_accents_is_no_accent_slip() -> None:
    """ "Ils ont voté le rejet." was told "Attention aux accents : vote"."""
    verdict = grade(avis(), "Ils ont voté le rejet.")
    assert verdict.outcome is Outcome.CORRECT
    assert "accents" not in verdict.explanation
    assert "accents" in grade(avis(), "Le vote et le réjet.").explanation


@pytest.mark.parametrize(
    ("typed", "shown"),
    [("europeen", "européen"), ("europeennes", "européennes"), ("europeenne", "européenne")],
)
def test_the_accent_note_writes_the_learners_own_word(typed: str, shown: str) -> None:
    """ "Le Parlement europeen a rejeté l'ACTA." was told "Attention aux accents :
    européenne", a word the learner had not written."""
    item = OpenQuestion(
        id="o",
        skill=Skill.COMPREHENSION,
        prompt="De quoi parle cet article ?",
        evidence="",
        keywords=(Keyword("ACTA"), Keyword("rejet"), Keyword("européenne")),
        min_keywords=2,
    )
    verdict = grade(item, f"Le Parlement {typed} a rejeté l'ACTA.")
    assert verdict.outcome is Outcome.CORRECT
    assert f"Attention aux accents\u00a0: {shown}." in verdict.explanation, verdict.explanation


def test_a_slip_in_a_name_counts_unless_it_makes_another_name() -> None:
    """ "David Matrin" for David Martin is a slip; "David Marin" was one too, but Marin is
    another name: another person, not this one (see tests/test_scoring_people.py)."""
    item = OpenQuestion(
        id="o",
        skill=Skill.COMPREHENSION,
        prompt="De quoi parle cet article ?",
        evidence="",
        keywords=(Keyword("David Martin", ("Martin",)), Keyword("ACTA")),
        min_keywords=2,
    )
    assert grade(item, "David Matrin parle de l'ACTA.").outcome is Outcome.CORRECT
    assert grade(item, "David Marin parle de l'ACTA.").outcome is Outcome.PARTIAL


@pytest.mark.parametrize("typed", ["Le B.E.A. publie son rapport sur le crash.", "Le B.E.A publie"])
def test_an_acronym_written_with_dots_is_the_acronym(typed: str) -> None:
    """ "Le B.E.A. publie son rapport" did not find "BEA"."""
    item = OpenQuestion(
        id="o",
        skill=Skill.COMPREHENSION,
        prompt="De quoi parle cet article ?",
        evidence="…",
        points=2.0,
        keywords=(Keyword("BEA"), Keyword("publication", accept=("publie",))),
        min_keywords=2,
        model_answer="Crash du Rio-Paris : publication du rapport final par le BEA.",
    )
    verdict = grade(item, typed)
    assert verdict.outcome is Outcome.CORRECT
    assert verdict.explanation == (
        "Bravo\u00a0! Vous avez utilisé les mots importants\u00a0: BEA, publication."
    )


def test_a_name_written_glued_is_the_name_not_a_near_other_name() -> None:
    """ "Jean-Marie Lepen" found no "Jean-Marie Le Pen", and its "Marie" was taken for the
    daughter's "Marine": "Vous avez utilisé Marine Le Pen" for the father."""
    item = OpenQuestion(
        id="o",
        skill=Skill.COMPREHENSION,
        prompt="De quoi parle cet article ?",
        evidence="…",
        points=2.0,
        keywords=(
            Keyword("Jean-Marie Le Pen", accept=("Le Pen",)),
            Keyword("Marine Le Pen", accept=("Le Pen", "Marine")),
            Keyword("bourgeoise"),
        ),
        min_keywords=2,
        model_answer="Jean-Marie Le Pen traite sa fille de « petite-bourgeoise »",
    )
    verdict = grade(item, "Jean-Marie Lepen dit que sa fille est une bourgeoise.")
    assert verdict.outcome is Outcome.CORRECT
    assert verdict.explanation == (
        "Bravo\u00a0! Vous avez utilisé les mots importants\u00a0: Jean-Marie Le Pen, bourgeoise."
    )


@pytest.mark.parametrize("typed", ["Jean-Marie", "Marie", "Marin", "Jean-Marie Le Pen"])
def test_another_person_s_given_name_is_no_slip_on_a_name(typed: str) -> None:
    """ "Jean-Marie" alone earned "Marine Le Pen" (accepted as "Marine"): its "Marie" is one
    letter off, but it is another person's given name, as is "Marin"; and "Le Pen" after
    another given name is another Le Pen."""
    item = OpenQuestion(
        id="o",
        skill=Skill.COMPREHENSION,
        prompt="Qui Jean-Marie Le Pen traite-t-il de « petite-bourgeoise » ?",
        evidence="…",
        keywords=(Keyword("Marine Le Pen", accept=("Le Pen", "Marine")),),
        min_keywords=1,
    )
    assert grade(item, typed).outcome is Outcome.INCORRECT
    for right in ("Marine", "Marinne", "Marine Le Pen", "sa fille, Marine Le Pen", "Le Pen"):
        assert grade(item, right).outcome is Outcome.CORRECT, right
