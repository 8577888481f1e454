"""Grading: a fair verdict for every item type and policy, explained in simple French."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tutor.exercise_io import load_exercise_set
from tutor.model import (
    AccentPolicy,
    AnswerPolicy,
    Choice,
    Chronology,
    ChronologyEvent,
    Cloze,
    DateQuestion,
    Item,
    Keyword,
    OpenQuestion,
    QuotePair,
    Skill,
    SpeakerMatch,
    TermMatch,
    TermPair,
    TrueFalse,
    Truth,
)
from tutor.normalize import key, strip_accents
from tutor.scoring import ALMOST_SHARE, Outcome, Reason, grade

ROOT = Path(__file__).resolve().parent.parent
STRICT = AnswerPolicy(accents=AccentPolicy.STRICT)
IGNORE = AnswerPolicy(accents=AccentPolicy.IGNORE)
NO_TYPOS = AnswerPolicy(typos=False)


def expected_answer(item: Item) -> object:
    """The answer a learner who knows everything gives, in the shape `grade` takes."""
    if isinstance(item, Choice | Cloze | DateQuestion):
        return item.answer
    if isinstance(item, TrueFalse):
        if item.justify:
            return {"truth": item.answer.value, "justification": item.evidence}
        return item.answer.value
    if isinstance(item, SpeakerMatch):
        return {p.quote: p.speaker for p in item.pairs}
    if isinstance(item, TermMatch):
        return {p.term: p.definition for p in item.pairs}
    if isinstance(item, Chronology):
        return [e.text for e in item.events]
    assert isinstance(item, OpenQuestion)
    return ". ".join(k.word for k in item.keywords)


def cloze(answer: str = "indéfectible", **kwargs: object) -> Cloze:
    fields: dict[str, object] = {
        "id": "c",
        "skill": Skill.VOCABULARY,
        "prompt": "Complétez.",
        "evidence": "La Russie apporte un soutien indéfectible.",
        "text": "Un soutien ___.",
        "answer": answer,
    }
    fields.update(kwargs)
    return Cloze(**fields)  # type: ignore[arg-type]


def choice(**kwargs: object) -> Choice:
    fields: dict[str, object] = {
        "id": "q",
        "skill": Skill.COMPREHENSION,
        "prompt": "Où Poutine arrive-t-il ?",
        "evidence": "Vladimir Poutine est arrivé à Pyongyang.",
        "options": ("Pyongyang", "Pékin", "Séoul", "Moscou"),
        "answer": "Pyongyang",
    }
    fields.update(kwargs)
    return Choice(**fields)  # type: ignore[arg-type]


def date_item(answer: str, value: str | None, **kwargs: object) -> DateQuestion:
    return DateQuestion(
        id="d",
        skill=Skill.DATES,
        prompt="Quand ?",
        evidence="En juillet 2000, Poutine est venu.",
        answer=answer,
        value=value,
        **kwargs,  # type: ignore[arg-type]
    )


# --- typed answers: normalisation, accents, typos -------------------------------------------


@pytest.mark.parametrize(
    "typed",
    ["Pyongyang", "pyongyang", " PYONGYANG ", "Pyongyang.", "« Pyongyang »", "Pyongyang\u00a0!"],
)
def test_the_expected_answer_in_any_case_quotes_or_spacing_is_correct(typed: str) -> None:
    verdict = grade(choice(), typed)
    assert verdict.outcome is Outcome.CORRECT
    assert verdict.points == verdict.max_points == 1.0
    assert verdict.expected == "Pyongyang"
    assert verdict.evidence == "Vladimir Poutine est arrivé à Pyongyang."
    assert "Pyongyang" in verdict.explanation


@pytest.mark.parametrize("typed", ["le veto", "veto", "Le véto", "un veto"])
def test_term_answers_ignore_the_article(typed: str) -> None:
    verdict = grade(cloze("véto", policy=IGNORE), typed)
    assert verdict.outcome is Outcome.CORRECT


def test_elision_is_an_article_too() -> None:
    assert grade(cloze("ONU"), "l'ONU").outcome is Outcome.CORRECT
    assert grade(cloze("l'ONU"), "ONU").outcome is Outcome.CORRECT
    assert grade(cloze("l'ONU"), "l’onu").outcome is Outcome.CORRECT


def test_hyphens_in_names() -> None:
    item = choice(options=("Kim Jong-un", "Kim Jong-il", "John Kirby"), answer="Kim Jong-un")
    assert grade(item, "Kim Jong un").outcome is Outcome.CORRECT
    assert grade(item, "kim jong-un").outcome is Outcome.CORRECT
    assert grade(item, "Kim Jong il").outcome is Outcome.INCORRECT


def test_numbers_in_words_or_digits() -> None:
    item = cloze("24", evidence="24 soldats.")
    assert grade(item, "vingt-quatre").outcome is Outcome.CORRECT
    item = cloze("vingt-quatre")
    assert grade(item, "24").outcome is Outcome.CORRECT
    assert grade(item, "25").outcome is Outcome.INCORRECT


def test_accents_warn_accepts_with_a_warning() -> None:
    verdict = grade(cloze(), "indefectible")
    assert verdict.outcome is Outcome.CORRECT
    assert verdict.points == 1.0
    assert Reason.ACCENT in verdict.reason
    assert verdict.explanation == "Juste, mais attention aux accents : indéfectible."


def test_accents_strict_makes_a_wrong_accent_wrong() -> None:
    verdict = grade(cloze(policy=STRICT), "indefectible")
    assert verdict.outcome is Outcome.INCORRECT
    assert verdict.points == 0
    assert Reason.ACCENT in verdict.reason
    assert "accents" in verdict.explanation and "« indéfectible »" in verdict.explanation


def test_accents_ignore_accepts_silently() -> None:
    verdict = grade(cloze(policy=IGNORE), "indefectible")
    assert verdict.outcome is Outcome.CORRECT
    assert Reason.ACCENT not in verdict.reason
    assert "accents" not in verdict.explanation


def test_one_typo_is_almost_and_earns_half() -> None:
    verdict = grade(cloze("munitions"), "munitons")
    assert verdict.outcome is Outcome.ALMOST
    assert verdict.points == ALMOST_SHARE == 0.5
    assert Reason.TYPO in verdict.reason
    assert verdict.explanation == (
        "Presque : une petite faute de frappe. La bonne réponse est « munitions »."
    )


def test_two_typos_only_from_ten_letters() -> None:
    assert grade(cloze(), "idnéfectibel").outcome is Outcome.ALMOST  # 12 letters
    assert grade(cloze("munitions"), "mnitons").outcome is Outcome.INCORRECT  # 9 letters


def test_no_typos_on_short_words_or_numbers() -> None:
    assert grade(cloze("ONU"), "OMU").outcome is Outcome.INCORRECT
    assert grade(cloze("2000"), "2001").outcome is Outcome.INCORRECT


def test_typos_off_means_exact() -> None:
    assert grade(cloze("munitions", policy=NO_TYPOS), "munitons").outcome is Outcome.INCORRECT


def test_a_typo_landing_on_another_bank_word_is_wrong() -> None:
    item = cloze("sanction", bank=("sanction", "section", "santé"))
    verdict = grade(item, "saction")  # one edit from "sanction" and from "section"
    assert verdict.outcome is Outcome.INCORRECT
    assert Reason.OTHER_OPTION in verdict.reason


def test_another_option_typed_exactly_is_wrong_and_said_so() -> None:
    verdict = grade(cloze(bank=("munitions", "indéfectible")), "munitions")
    assert verdict.outcome is Outcome.INCORRECT
    assert Reason.OTHER_OPTION in verdict.reason
    assert "autre mot de la liste" in verdict.explanation


def test_strict_accents_with_a_typo_is_wrong() -> None:
    assert grade(cloze(policy=STRICT), "indefectibel").outcome is Outcome.INCORRECT
    assert grade(cloze(policy=STRICT), "indéfectibel").outcome is Outcome.ALMOST


def test_empty_answer() -> None:
    verdict = grade(cloze(), "   ")
    assert verdict.outcome is Outcome.INCORRECT
    assert verdict.reason == (Reason.EMPTY,)
    assert verdict.explanation.startswith("Pas de réponse.")


def test_accepted_variants() -> None:
    item = cloze("Pyongyang", accept=("Pyong-yang", "Pyeongyang"))
    assert grade(item, "Pyeongyang").outcome is Outcome.CORRECT


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["juillet 2000", "07/2000", "en juillet 2000", "2000-07", "Juillet 2000."]
)
def test_month_dates_in_every_form(typed: str) -> None:
    assert grade(date_item("juillet 2000", "2000-07"), typed).outcome is Outcome.CORRECT


@pytest.mark.parametrize(
    "typed", ["19 juin 2024", "19/06/2024", "le 19 juin 2024", "mercredi 19 juin 2024"]
)
def test_day_dates_in_every_form(typed: str) -> None:
    assert grade(date_item("19 juin 2024", "2024-06-19"), typed).outcome is Outcome.CORRECT


def test_a_date_without_its_year_earns_its_share() -> None:
    verdict = grade(date_item("19 juin 2024", "2024-06-19"), "19 juin")
    assert verdict.outcome is Outcome.PARTIAL
    assert verdict.points == pytest.approx(2 / 3, abs=0.001)
    assert "il manque l'année" in verdict.explanation


def test_a_wrong_date_is_wrong() -> None:
    verdict = grade(date_item("juillet 2000", "2000-07"), "juillet 2001")
    assert verdict.outcome is Outcome.INCORRECT
    assert "« juillet 2000 »" in verdict.explanation


def test_a_misspelt_month_is_almost() -> None:
    verdict = grade(date_item("juillet 2000", "2000-07"), "juilet 2000")
    assert verdict.outcome is Outcome.ALMOST
    assert verdict.points == 0.5


def test_dates_ignore_accents_whatever_the_policy() -> None:
    item = date_item("août 2000", "2000-08", policy=STRICT)
    assert grade(item, "aout 2000").outcome is Outcome.CORRECT


def test_a_date_without_value_compares_with_the_answer_text() -> None:
    item = date_item("19 juin 2024", None)
    assert grade(item, "19/06/2024").outcome is Outcome.CORRECT


def test_a_more_precise_date_than_asked_is_right() -> None:
    assert grade(date_item("juin 2024", "2024-06"), "19 juin 2024").outcome is Outcome.CORRECT


# --- true / false -----------------------------------------------------------------------------


def true_false(answer: Truth = Truth.FALSE, justify: bool = True) -> TrueFalse:
    return TrueFalse(
        id="tf",
        skill=Skill.COMPREHENSION,
        prompt="Vrai, faux ou on ne sait pas ?",
        evidence="Cette visite est un rapprochement inquiétant pour les Occidentaux.",
        statement="Les Occidentaux sont contents.",
        answer=answer,
        justify=justify,
    )


@pytest.mark.parametrize("typed", ["false", Truth.FALSE, "faux", "Faux", "FAUX."])
def test_truth_values_in_every_shape(typed: object) -> None:
    assert grade(true_false(justify=False), typed).outcome is Outcome.CORRECT


def test_on_ne_sait_pas() -> None:
    item = true_false(Truth.NOT_GIVEN)
    assert grade(item, "on ne sait pas").outcome is Outcome.CORRECT  # nothing to justify
    assert grade(item, "not_given").outcome is Outcome.CORRECT
    assert grade(item, "true").outcome is Outcome.INCORRECT


def test_justified_truth_earns_full_points() -> None:
    answer = {"truth": "false", "justification": "un rapprochement inquiétant pour les Occidentaux"}
    verdict = grade(true_false(), answer)
    assert verdict.outcome is Outcome.CORRECT
    assert verdict.points == 1.0


def test_truth_without_justification_earns_half() -> None:
    verdict = grade(true_false(), "false")
    assert verdict.outcome is Outcome.PARTIAL
    assert verdict.points == 0.5
    assert Reason.JUSTIFICATION_MISSING in verdict.reason


def test_truth_with_a_sentence_that_proves_nothing_earns_half() -> None:
    verdict = grade(true_false(), ("false", "Poutine rencontre Kim Jong-un."))
    assert verdict.outcome is Outcome.PARTIAL
    assert Reason.JUSTIFICATION_WRONG in verdict.reason
    assert "inquiétant" in verdict.explanation  # the proving sentence is shown


def test_wrong_truth_earns_nothing_even_justified() -> None:
    answer = {"truth": "true", "justification": true_false().evidence}
    assert grade(true_false(), answer).points == 0


def test_unrecognised_truth_is_invalid() -> None:
    verdict = grade(true_false(), "peut-être")
    assert verdict.outcome is Outcome.INCORRECT
    assert verdict.reason == (Reason.INVALID,)


# --- matching, chronology, open answers: partial credit --------------------------------------


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
    assert "sanction" in verdict.explanation and "Il manque" in verdict.explanation


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


# --- hints --------------------------------------------------------------------------------------


def test_a_hint_costs_its_points() -> None:
    item = choice(points=2.0, hint="C'est la capitale.", hint_cost=0.5)
    verdict = grade(item, "Pyongyang", hint_used=True)
    assert verdict.outcome is Outcome.CORRECT
    assert verdict.points == 1.5
    assert Reason.HINT in verdict.reason
    assert "Indice utilisé : 0,5 point(s) en moins." in verdict.explanation


def test_a_hint_never_takes_the_score_below_zero() -> None:
    item = choice(hint="…", hint_cost=0.5)
    assert grade(item, "Pékin", hint_used=True).points == 0
    assert grade(item, "pyongiang", hint_used=True).points == 0  # almost: 0.5 - 0.5


def test_no_hint_no_cost() -> None:
    assert grade(choice(hint_cost=0.5), "Pyongyang").points == 1.0


# --- answers of the wrong shape never raise ------------------------------------------------------


@pytest.mark.parametrize(
    "answer", [None, 42, ["a"], {"a": "b"}, ("x", "y", "z"), object(), b"bytes"]
)
def test_answers_of_any_shape_are_graded_not_raised(answer: object) -> None:
    items = [choice(), cloze(), date_item("juillet 2000", "2000-07"), true_false()]
    items += [speakers(), chronology(), open_question()]
    for item in items:
        verdict = grade(item, answer)  # type: ignore[arg-type]
        assert verdict.outcome in Outcome


# --- the real exercise files ----------------------------------------------------------------------


def exercise_files() -> list[Path]:
    return sorted((ROOT / "exercises").glob("*.yaml"))


@pytest.mark.parametrize("path", exercise_files(), ids=lambda p: p.name)
def test_every_item_of_the_shipped_exercises_accepts_its_own_answer(path: Path) -> None:
    exercise_set = load_exercise_set(path, ROOT / "content")
    for item in exercise_set.items:
        answer = expected_answer(item)
        if isinstance(item, OpenQuestion) and item.model_answer:
            answer = item.model_answer
        verdict = grade(item, answer)  # type: ignore[arg-type]
        assert verdict.outcome is Outcome.CORRECT, (item.id, verdict.explanation)
        assert verdict.points == item.points


# --- properties ----------------------------------------------------------------------------------

LETTERS = "abcdefghijklmnopqrstuvwxyzàâçéèêëîïôûùüÿœ"
WORD = st.text(alphabet=LETTERS + LETTERS.upper(), min_size=1, max_size=12)
PHRASE = st.lists(WORD, min_size=1, max_size=4).map(" ".join)
ANY_TEXT = st.text(alphabet=LETTERS + LETTERS.upper() + "0123456789 -'’.,«»!?\u00a0", max_size=30)


def _distinct(texts: list[str]) -> bool:
    """Options a learner can tell apart: distinct and non-empty once normalised."""
    for term in (False, True):
        keys = [strip_accents(key(t, term=term)) for t in texts]
        if not all(keys) or len(set(keys)) != len(keys):
            return False
    return True


DISTINCT_PHRASES = st.lists(PHRASE, min_size=2, max_size=4).filter(_distinct)
COMMON = {"prompt": "?", "evidence": "Une phrase du texte qui prouve la réponse."}


@st.composite
def items(draw: st.DrawFn) -> Item:
    kind = draw(
        st.sampled_from(["choice", "cloze", "date", "tf", "speakers", "terms", "order", "open"])
    )
    policy = AnswerPolicy(
        accents=draw(st.sampled_from(list(AccentPolicy))), typos=draw(st.booleans())
    )
    hint_cost = draw(st.sampled_from([0.0, 0.5]))
    base = {"id": "x", "policy": policy, "hint_cost": hint_cost, **COMMON}
    texts = draw(DISTINCT_PHRASES)
    if kind == "choice":
        return Choice(skill=Skill.COMPREHENSION, options=tuple(texts), answer=texts[0], **base)
    if kind == "cloze":
        return Cloze(skill=Skill.VOCABULARY, text="___", answer=texts[0], bank=tuple(texts), **base)
    if kind == "date":
        value = draw(st.sampled_from(["2000", "2000-07", "2024-06-19"]))
        answer = draw(st.sampled_from(["juillet 2000", "19 juin 2024", texts[0]]))
        return DateQuestion(skill=Skill.DATES, answer=answer, value=value, **base)
    if kind == "tf":
        truth = draw(st.sampled_from(list(Truth)))
        return TrueFalse(
            skill=Skill.COMPREHENSION,
            statement="s",
            answer=truth,
            justify=draw(st.booleans()),
            **base,
        )
    if kind == "speakers":
        pairs = tuple(QuotePair(t, draw(PHRASE)) for t in texts)
        return SpeakerMatch(skill=Skill.SPEAKERS, pairs=pairs, **base)
    if kind == "terms":
        pairs = tuple(TermPair(t, draw(PHRASE)) for t in texts)
        return TermMatch(skill=Skill.VOCABULARY, pairs=pairs, **base)
    if kind == "order":
        return Chronology(
            skill=Skill.DATES, events=tuple(ChronologyEvent(t) for t in texts), **base
        )
    keywords = tuple(Keyword(t) for t in texts)
    return OpenQuestion(
        skill=Skill.COMPREHENSION, keywords=keywords, min_keywords=len(texts), **base
    )


PROPERTY_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@PROPERTY_SETTINGS
@given(items(), st.text(), st.booleans())
def test_grading_never_raises_on_any_string(item: Item, answer: str, hint: bool) -> None:
    verdict = grade(item, answer, hint_used=hint)
    assert 0 <= verdict.points <= verdict.max_points
    assert verdict.explanation


@PROPERTY_SETTINGS
@given(items())
def test_the_exact_expected_answer_is_always_correct(item: Item) -> None:
    verdict = grade(item, expected_answer(item))  # type: ignore[arg-type]
    assert verdict.outcome is Outcome.CORRECT, verdict.explanation
    assert verdict.points == item.points


def _variants(text: str) -> list[str]:
    return [
        text.upper(),
        text.lower(),
        f"  {text}\u00a0",
        f"« {text} »",
        f"\u201c{text}\u201d",
        f"{text}.",
        f"{text} !",
        text.replace("'", "’"),
        unicodedata.normalize("NFD", text),
        text.replace(" ", "\u202f"),
    ]


@PROPERTY_SETTINGS
@given(items(), ANY_TEXT)
def test_grading_is_stable_under_normalisations(item: Item, answer: str) -> None:
    if isinstance(item, SpeakerMatch | TermMatch | Chronology):
        return  # chosen from lists, checked below
    outcome = grade(item, answer).outcome
    for variant in _variants(answer):
        assert grade(item, variant).outcome is outcome, variant


@PROPERTY_SETTINGS
@given(items())
def test_expected_answers_survive_normalisations(item: Item) -> None:
    expected = expected_answer(item)
    if isinstance(expected, str):
        for variant in _variants(expected):
            assert grade(item, variant).outcome is Outcome.CORRECT, variant
    elif isinstance(expected, dict) and "truth" not in expected:
        for index in range(len(_variants("x"))):
            changed = {_variants(k)[index]: _variants(v)[index] for k, v in expected.items()}
            assert grade(item, changed).outcome is Outcome.CORRECT, changed
    elif isinstance(expected, list):
        for index in range(len(_variants("x"))):
            changed_list = [_variants(e)[index] for e in expected]
            assert grade(item, changed_list).outcome is Outcome.CORRECT, changed_list
