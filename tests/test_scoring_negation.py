"""Open answers said the other way round: a keyword the learner denies where the accepted answer
affirms it, or affirms with the verb the accepted answer denies, does not count."""

from __future__ import annotations

import pytest

from tutor.model import Keyword, OpenQuestion, Skill
from tutor.scoring import Outcome, Reason, grade


def open_item(prompt: str, model: str, *keywords: Keyword) -> OpenQuestion:
    return OpenQuestion(
        id="open",
        skill=Skill.COMPREHENSION,
        prompt=prompt,
        evidence="…",
        points=2.0,
        keywords=keywords,
        min_keywords=2,
        model_answer=model,
    )


REASONS = open_item(
    "Pourquoi la Russie et la Corée du Nord se rapprochent-elles ? Donnez deux raisons.",
    "Les deux pays subissent des sanctions internationales et ils s'aident : la Corée du Nord "
    "aurait donné des munitions à la Russie, et la Russie l'aide pour ses satellites, ses "
    "missiles et le pétrole.",
    Keyword("sanctions"),
    Keyword("munitions"),
    Keyword("satellites", accept=("satellite",)),
    Keyword("missiles", accept=("missile",)),
    Keyword("pétrole"),
)
ASSOCIATIONS = open_item(
    "Que disent des associations ? Expliquez avec vos mots.",
    "Selon des associations, « ne pas respecter l’égalité devant la loi ni la liberté d’aller et "
    "venir »",
    Keyword("égalité"),
    Keyword("liberté"),
)
GREECE = open_item(
    "Que dit le nouveau gouvernement ? Expliquez avec vos mots.",
    "Selon le nouveau gouvernement, « cette révision ne doit pas mettre en danger la voie "
    "européenne du pays ou son maintien dans l'euro »",
    Keyword("maintien"),
    Keyword("euro"),
    Keyword("révision"),
)
SUMMARY = open_item(
    "De quoi parle cet article ?",
    "ACTA rejeté par le Parlement européen.",
    Keyword("Jérémie Zimmermann", accept=("Zimmermann",)),
    Keyword("David Martin", accept=("Martin",)),
    Keyword("ACTA"),
)
WORRY = open_item(
    "Qu'est-ce qui préoccupe John Kirby ? Donnez deux raisons.",
    "Des missiles nord-coréens sont utilisés contre l'Ukraine, et la sécurité de la péninsule "
    "coréenne pourrait être menacée.",
    Keyword("missiles", accept=("missile",)),
    Keyword("Ukraine"),
    Keyword("sécurité"),
)


@pytest.mark.parametrize(
    "typed",
    [
        "La Russie ne veut pas de missiles ni de munitions.",
        "Ils ne s'échangent pas de munitions ni de pétrole.",
        "Il n'y a jamais eu de sanctions ni de munitions.",
        "Sans sanctions et sans pétrole.",
        "pas de missiles et de munitions",
    ],
)
def test_keywords_the_learner_denies_do_not_count(typed: str) -> None:
    verdict = grade(REASONS, typed)
    assert verdict.outcome is Outcome.INCORRECT
    assert Reason.NEGATION in verdict.reason
    assert "votre réponse dit le contraire du texte" in verdict.explanation


def test_only_the_denied_keyword_is_lost() -> None:
    verdict = grade(REASONS, "Il y a les sanctions, mais la Russie ne veut pas de missiles.")
    assert verdict.outcome is Outcome.PARTIAL
    assert "pour missiles, votre réponse dit le contraire" in verdict.explanation


@pytest.mark.parametrize(
    "typed",
    [
        "Il ne faut pas oublier les sanctions et les munitions.",
        "Il n'y a pas seulement les sanctions, il y a aussi les munitions.",
        "Non seulement les sanctions, mais aussi le pétrole.",
        "On ne parle que de munitions et de pétrole.",
        "Sans doute les sanctions et le pétrole.",
        "Les sanctions ne les empêchent pas de s'aider : munitions contre pétrole.",
        "Ce n'est pas un hasard : les sanctions et les missiles.",
        "Il n'y a pas de problème de munitions ni de pétrole.",
        "Plus que jamais les sanctions et les munitions.",
        "La Corée du Nord n'a pas de pétrole, la Russie lui en donne, contre des munitions.",
        "La Russie n'a plus assez de munitions et la Corée veut du pétrole.",
    ],
)
def test_a_negation_that_denies_no_keyword_costs_nothing(typed: str) -> None:
    verdict = grade(REASONS, typed)
    assert verdict.outcome is Outcome.CORRECT, verdict.explanation


def test_a_name_denied_is_denied_in_all_its_forms() -> None:
    verdict = grade(SUMMARY, "Le texte ne parle pas de Jérémie Zimmermann, mais d'ACTA.")
    assert verdict.outcome is Outcome.PARTIAL
    assert grade(SUMMARY, "Jérémie Zimmermann parle d'ACTA.").outcome is Outcome.CORRECT


@pytest.mark.parametrize(
    "typed",
    [
        "Les contrôles au faciès ne respectent pas l'égalité ni la liberté.",
        "Ces contrôles violent l'égalité devant la loi et la liberté d'aller et venir.",
        "Pour elles, il n'y a plus d'égalité ni de liberté avec ces contrôles.",
        "Le non-respect de l'égalité et de la liberté.",
        "Ils parlent d'égalité et de liberté.",
        "Selon des associations, « ne pas respecter l’égalité devant la loi ni la liberté »",
    ],
)
def test_a_denial_the_accepted_answer_has_too_counts(typed: str) -> None:
    assert grade(ASSOCIATIONS, typed).outcome is Outcome.CORRECT


def test_the_verb_the_accepted_answer_denies_affirmed_does_not_count() -> None:
    verdict = grade(ASSOCIATIONS, "Les contrôles respectent l'égalité et la liberté.")
    assert verdict.outcome is Outcome.INCORRECT
    assert "pour égalité, liberté, votre réponse dit le contraire" in verdict.explanation
    verdict = grade(GREECE, "La révision va mettre en danger le maintien dans l'euro.")
    assert verdict.outcome is Outcome.PARTIAL  # "révision" stands: it is not denied


@pytest.mark.parametrize(
    "typed",
    [
        "La révision ne doit pas mettre en danger le maintien dans l'euro.",
        "Il ne faut pas que la révision menace le maintien de la Grèce dans l'euro.",
        "Le gouvernement veut éviter de mettre en danger le maintien dans l'euro par la révision.",
    ],
)
def test_the_accepted_answers_denial_said_otherwise_counts(typed: str) -> None:
    assert grade(GREECE, typed).outcome is Outcome.CORRECT


def test_a_question_about_worries_takes_a_denial_of_what_worries() -> None:
    typed = "Kirby n'accepte pas les missiles nord-coréens utilisés contre l'Ukraine."
    assert grade(WORRY, typed).outcome is Outcome.CORRECT


USED = open_item(
    "Que font les missiles nord-coréens ?",
    "Les missiles sont utilisés contre l'Ukraine.",
    Keyword("missiles", accept=("missile",)),
    Keyword("Ukraine"),
)


@pytest.mark.parametrize(
    ("typed", "denied"),
    [
        ("Les missiles ne sont pas utilisés contre l'Ukraine.", "missiles, Ukraine"),
        ("Les missiles n'ont jamais été utilisés contre l'Ukraine.", "missiles, Ukraine"),
        ("Aucun missile n'est utilisé contre l'Ukraine.", "missiles, Ukraine"),
        ("Les missiles ne sont pas utilisés.", "missiles"),
        ("Ce ne sont pas des missiles.", "missiles"),
        ("aucun missile", "missiles"),
    ],
)
def test_a_denied_subject_or_thing_earns_no_keyword(typed: str, denied: str) -> None:
    """The subject of a verb the accepted answer affirms, denied, is denied with it; and
    "contre" after "utilisés" names a target, not a worry that a denial may say."""
    verdict = grade(USED, typed)
    assert verdict.outcome is Outcome.INCORRECT
    assert verdict.points == 0.0
    assert f"pour {denied}, votre réponse dit le contraire du texte" in verdict.explanation


@pytest.mark.parametrize(
    "typed",
    [
        "Les missiles sont utilisés contre l'Ukraine.",
        "Les missiles ne sont utilisés que contre l'Ukraine.",
        "Les missiles ne sont pas seulement utilisés contre l'Ukraine.",
    ],
)
def test_restrictions_keep_the_subject(typed: str) -> None:
    verdict = grade(USED, typed)
    assert verdict.outcome is Outcome.CORRECT
    assert verdict.explanation == (
        "Bravo\u00a0! Vous avez utilisé les mots importants\u00a0: missiles, Ukraine."
    )


def test_the_worry_question_still_takes_a_denial_but_not_of_the_fact() -> None:
    typed = "Kirby n'accepte pas les missiles nord-coréens utilisés contre l'Ukraine."
    assert grade(WORRY, typed).outcome is Outcome.CORRECT
    verdict = grade(WORRY, "Les missiles nord-coréens ne sont pas utilisés contre l'Ukraine.")
    assert verdict.outcome is Outcome.INCORRECT
    assert "pour missiles, Ukraine, votre réponse dit le contraire" in verdict.explanation


def test_not_all_is_no_denial() -> None:
    item = open_item(
        "De quoi parle cet article ?",
        "Les « contrôles au faciès » recadrés par le Conseil constitutionnel.",
        Keyword("contrôles"),
        Keyword("constitutionnel"),
    )
    typed = "Le Conseil constitutionnel n'accepte pas tous les contrôles au faciès."
    assert grade(item, typed).outcome is Outcome.CORRECT


NAMES = open_item(
    "De quoi parle cet article ?",
    "Jean-Marie Le Pen parle de Marine Le Pen et de Jean de La Fontaine.",
    Keyword("Marine Le Pen", accept=("Le Pen",)),
    Keyword("La Fontaine"),
)


@pytest.mark.parametrize(
    "typed",
    [
        "Il ne parle ni de Le Pen ni de La Fontaine.",
        "Il ne parle ni de Marine Le Pen ni de La Fontaine.",
        "Ni Le Pen ni La Fontaine ne sont cités.",
        "Il ne parle pas de Le Pen ni de La Fontaine.",
    ],
)
def test_ni_denies_names_that_start_with_an_article(typed: str) -> None:
    verdict = grade(NAMES, typed)
    assert verdict.outcome is Outcome.INCORRECT
    assert "pour Marine Le Pen, La Fontaine, votre réponse dit le contraire" in verdict.explanation


@pytest.mark.parametrize(
    "typed",
    [
        "Il parle de Le Pen et de La Fontaine.",
        "Il parle de Marine Le Pen et de La Fontaine.",
        "Jean-Marie Le Pen parle de sa fille Marine Le Pen et de La Fontaine.",
    ],
)
def test_names_that_start_with_an_article_count_after_de(typed: str) -> None:
    assert grade(NAMES, typed).outcome is Outcome.CORRECT


def test_saying_no_to_a_keyword_is_refusing_it_not_denying_it() -> None:
    """ "a dit non à l'ACTA" lost ACTA, "votre réponse dit le contraire", for « ACTA rejeté »."""
    item = open_item(
        "De quoi parle cet article ?",
        "ACTA rejeté par le Parlement européen.",
        Keyword("ACTA"),
        Keyword("européenne", accept=("européen",)),
    )
    verdict = grade(item, "Le Parlement européen a dit non à l'ACTA.")
    assert verdict.outcome is Outcome.CORRECT
    assert verdict.explanation == (
        "Bravo\u00a0! Vous avez utilisé les mots importants\u00a0: ACTA, européenne."
    )


def test_a_negation_spoken_without_ne_denies_too() -> None:
    """ "Les missiles sont pas utilisés contre l'Ukraine" was "Bravo" (no "ne", no negation)."""
    verdict = grade(USED, "Les missiles sont pas utilisés contre l'Ukraine.")
    assert verdict.outcome is Outcome.INCORRECT
    assert "pour missiles, Ukraine, votre réponse dit le contraire du texte" in verdict.explanation


@pytest.mark.parametrize(
    "typed",
    [
        "C'est pas juste : les missiles sont utilisés contre l'Ukraine.",
        "Ils ont pas de missiles, la Corée les donne pour les utiliser contre l'Ukraine.",
    ],
)
def test_spoken_negations_that_deny_no_keyword_cost_nothing(typed: str) -> None:
    verdict = grade(USED, typed)
    assert verdict.outcome is Outcome.CORRECT, verdict.explanation


def test_what_should_not_be_denies_no_fact() -> None:
    """Denied, "il faut" says what Kirby wants, not that the missiles are not used."""
    typed = "Kirby pense qu'il ne faut pas utiliser les missiles contre l'Ukraine."
    verdict = grade(WORRY, typed)
    assert verdict.outcome is Outcome.CORRECT, verdict.explanation


@pytest.mark.parametrize(
    "typed",
    [
        "Personne n'utilise de missiles contre l'Ukraine.",
        "Nul missile n'est utilisé contre l'Ukraine.",
    ],
)
def test_nobody_and_no_deny_their_clause(typed: str) -> None:
    """Both were "Bravo": "personne" and "nul" before "ne" were read as no negation."""
    verdict = grade(USED, typed)
    assert verdict.outcome is Outcome.INCORRECT
    assert "pour missiles, Ukraine, votre réponse dit le contraire du texte" in verdict.explanation


def test_a_person_is_no_negation() -> None:
    typed = "Une personne dit que les missiles sont utilisés contre l'Ukraine."
    assert grade(USED, typed).outcome is Outcome.CORRECT


def test_not_this_but_that_keeps_the_subject() -> None:
    """ "ne sont pas utilisés contre la Russie mais contre l'Ukraine" lost "missiles"."""
    typed = "Les missiles ne sont pas utilisés contre la Russie mais contre l'Ukraine."
    verdict = grade(USED, typed)
    assert verdict.outcome is Outcome.CORRECT
    assert verdict.explanation == (
        "Bravo\u00a0! Vous avez utilisé les mots importants\u00a0: missiles, Ukraine."
    )


def test_not_only_said_with_que_keeps_the_subject() -> None:
    typed = "Les missiles ne sont pas utilisés que contre l'Ukraine."
    assert grade(USED, typed).outcome is Outcome.CORRECT


def test_a_lack_said_with_ni_ni_keeps_both_keywords() -> None:
    """ "n'a ni pétrole ni satellites" lost "satellites" ("dit le contraire") but not
    "pétrole": the second "ni" was read as a denial."""
    typed = "La Corée du Nord n'a ni pétrole ni satellites, la Russie les lui donne."
    verdict = grade(REASONS, typed)
    assert verdict.outcome is Outcome.CORRECT
    assert verdict.explanation == (
        "Bravo\u00a0! Vous avez utilisé les mots importants\u00a0: satellites, pétrole."
    )


def test_ne_typed_without_its_apostrophe_still_denies() -> None:
    """ "Les missiles nest pas utilisés" was "Bravo": "nest" was no "ne"."""
    verdict = grade(USED, "Les missiles nest pas utilisés contre l'Ukraine.")
    assert verdict.outcome is Outcome.INCORRECT
    assert "pour missiles, Ukraine, votre réponse dit le contraire du texte" in verdict.explanation
    typed = "La Corée du Nord na pas de pétrole, la Russie lui donne contre des munitions."
    assert grade(REASONS, typed).outcome is Outcome.CORRECT  # a lack, as "n'a pas de"


@pytest.mark.parametrize(
    "typed",
    [
        "Ce n'est pas vrai que les missiles sont utilisés contre l'Ukraine.",
        "Il est faux que les missiles sont utilisés contre l'Ukraine.",
        "Il est faux de dire que les missiles sont utilisés contre l'Ukraine.",
        "Je ne pense pas que les missiles soient utilisés contre l'Ukraine.",
    ],
)
def test_a_leading_clause_that_denies_the_next_one_loses_its_keywords(typed: str) -> None:
    """ "Ce n'est pas vrai que les missiles sont utilisés" said the accepted answer the other
    way round and earned its keywords: the lead denies its whole clause after "que"."""
    verdict = grade(USED, typed)
    assert verdict.outcome is Outcome.INCORRECT
    assert "pour missiles, Ukraine, votre réponse dit le contraire du texte" in (
        verdict.explanation
    )


@pytest.mark.parametrize(
    "typed",
    [
        "Je pense que les missiles sont utilisés contre l'Ukraine.",
        "Il n'est pas faux que les missiles sont utilisés contre l'Ukraine.",
        "Ce n'est pas vrai que les missiles ne sont pas utilisés contre l'Ukraine.",
        "Il est faux que les missiles ne sont pas utilisés contre l'Ukraine.",
    ],
)
def test_a_leading_clause_that_affirms_keeps_the_keywords(typed: str) -> None:
    """An opinion, a denied falsehood and a denied denial all say the accepted answer."""
    assert grade(USED, typed).outcome is Outcome.CORRECT


def test_a_subject_set_off_by_a_comma_is_denied_with_its_clause() -> None:
    """ "Les missiles, ils ne sont pas utilisés contre l'Ukraine" kept "missiles": the comma
    ended its clause, so the denied verb did not reach the subject its pronoun takes up."""
    verdict = grade(USED, "Les missiles, ils ne sont pas utilisés contre l'Ukraine.")
    assert verdict.outcome is Outcome.INCORRECT
    assert "pour missiles, Ukraine, votre réponse dit le contraire" in verdict.explanation
    kept = grade(USED, "Les missiles, ils sont utilisés contre l'Ukraine.")
    assert kept.outcome is Outcome.CORRECT


@pytest.mark.parametrize(
    "typed",
    [
        "C'est pas vrai que les missiles sont utilisés contre l'Ukraine.",
        "Je pense pas que les missiles sont utilisés contre l'Ukraine.",
        "Je crois pas que les missiles soient utilisés contre l'Ukraine.",
    ],
)
def test_a_leading_denial_said_without_ne_loses_its_keywords(typed: str) -> None:
    """ "C'est pas vrai que …" is how the denial is spoken; it earned both keywords."""
    verdict = grade(USED, typed)
    assert verdict.outcome is Outcome.INCORRECT
    assert "pour missiles, Ukraine, votre réponse dit le contraire du texte" in (
        verdict.explanation
    )


@pytest.mark.parametrize(
    "typed",
    [
        "Je ne suis pas sûr que les missiles sont utilisés contre l'Ukraine.",
        "Il n'est pas certain que les missiles soient utilisés contre l'Ukraine.",
        "Il est peu probable que les missiles soient utilisés contre l'Ukraine.",
        "Je doute que les missiles soient utilisés contre l'Ukraine.",
    ],
)
def test_a_doubted_clause_earns_no_keyword(typed: str) -> None:
    """The text says the missiles are used; a learner who doubts it does not say so, though
    he does not say the contrary either: no keyword, and told that he doubts."""
    verdict = grade(USED, typed)
    assert verdict.outcome is Outcome.INCORRECT
    assert verdict.explanation.endswith(
        "pour missiles, Ukraine, votre réponse met en doute ce que dit le texte."
    )


@pytest.mark.parametrize(
    "typed",
    [
        "Je suis sûr que les missiles sont utilisés contre l'Ukraine.",
        "Il est probable que les missiles sont utilisés contre l'Ukraine.",
        "Je ne doute pas que les missiles sont utilisés contre l'Ukraine.",
        "Il ne fait aucun doute que les missiles sont utilisés contre l'Ukraine.",
        "Je doute que les missiles ne soient pas utilisés contre l'Ukraine.",
    ],
)
def test_a_certainty_or_a_doubt_denied_keeps_the_keywords(typed: str) -> None:
    assert grade(USED, typed).outcome is Outcome.CORRECT


KIRBY = open_item(
    "Que dit John Kirby ?",
    "Kirby s'inquiète : des missiles nord-coréens sont utilisés contre l'Ukraine.",
    Keyword("Kirby"),
    Keyword("missiles", accept=("missile",)),
    Keyword("Ukraine"),
)


def test_a_name_set_off_by_a_comma_is_denied_with_its_clause() -> None:
    """ "Kirby, il ne s'inquiète pas …" kept "Kirby": only a subject with a determiner ("Les
    missiles, ils …") was taken up by its pronoun."""
    verdict = grade(KIRBY, "Kirby, il ne s'inquiète pas des missiles utilisés contre l'Ukraine.")
    assert verdict.outcome is Outcome.PARTIAL
    assert "pour Kirby, missiles, votre réponse dit le contraire" in verdict.explanation
    kept = grade(KIRBY, "Kirby, il s'inquiète des missiles utilisés contre l'Ukraine.")
    assert kept.outcome is Outcome.CORRECT


def test_a_source_set_off_by_a_comma_is_not_denied() -> None:
    """ "Selon Kirby, …" is no subject taken up by the pronoun: Kirby is still the one who
    says it, whatever the clause denies."""
    verdict = grade(KIRBY, "Selon Kirby, ils ne sont pas utilisés contre l'Ukraine.")
    assert "Kirby" in verdict.explanation.split("Attention")[0]
    assert "pour Ukraine, votre réponse dit le contraire" in verdict.explanation
