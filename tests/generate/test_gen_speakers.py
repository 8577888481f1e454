"""Who said what, "Qui a dit ?" and "Qui est ?" items from the quotes and people of an article."""

from __future__ import annotations

import pytest
from gold_facts import ROOT, context_for, gold_article

from tutor.content import load_article
from tutor.extract import extract_facts
from tutor.facts import ArticleFacts
from tutor.generate.quote_text import is_clause
from tutor.generate.roles import role_items
from tutor.generate.speakers import speaker_items, who_said_items
from tutor.generate.spoken_quotes import usable_quotes
from tutor.generate.statements import quote_statements


def _people_of(facts: ArticleFacts) -> set[str]:
    names = {p.name for p in facts.people}
    return names | {q.speaker[0].upper() + q.speaker[1:] for q in facts.quotes}


def test_matching_pairs_quotes_with_their_own_speakers(poutine, poutine_facts):
    items = speaker_items(context_for(poutine, poutine_facts))
    (match,) = [i for i in items if i["type"] == "speakers"]
    said = {(q.speaker, q.text) for q in poutine_facts.quotes}
    for pair in match["pairs"]:
        assert any(pair["speaker"] == s and pair["quote"][:20] in t for s, t in said)
    speakers = {p["speaker"] for p in match["pairs"]}
    assert len(speakers) == len(match["pairs"]) >= 2
    # distractors are people of the same article who said none of these quotes
    assert match["distractors"] and not set(match["distractors"]) & speakers
    assert set(match["distractors"]) <= _people_of(poutine_facts)
    assert match["evidence"] in poutine.body


def test_who_said_offers_other_speakers_of_the_article(poutine, poutine_facts):
    items = speaker_items(context_for(poutine, poutine_facts))
    who = [i for i in items if i["id"].startswith("qui-a-dit")]
    assert who
    for item in who:
        # a sentence is said; a few words taken from one are "employés"
        assert item["prompt"].startswith(("Qui a dit : « ", "Qui a employé ces mots : « "))
        assert item["prompt"].endswith(" » ?")
        assert item["answer"] in item["options"] and 3 <= len(item["options"]) <= 4
        assert set(item["options"]) <= _people_of(poutine_facts)
        assert item["answer"] in item["feedback"]


def test_who_is_offers_the_roles_of_the_article(poutine, poutine_facts):
    # John Kirby answers a "Qui a dit" of the lesson, which speaker_items would ask first
    kirby = next(
        i
        for i in role_items(context_for(poutine, poutine_facts))
        if i["prompt"] == "Qui est John Kirby ?"
    )
    assert kirby["answer"] == (
        "Le porte-parole du Conseil de sécurité nationale de la Maison Blanche"
    )
    roles = {p.role.casefold() for p in poutine_facts.people if p.role}
    for option in kirby["options"]:
        assert option.casefold().removeprefix("le ").removeprefix("la ") in roles
    assert "John Kirby" in kirby["evidence"]


def test_plural_groups_agree_with_their_verb():
    article, facts = gold_article("controles-au-facies")
    groups = tuple(q for q in facts.quotes if q.speaker == "des associations")
    only = ArticleFacts(facts.path, facts.title, facts.published, quotes=groups)
    statements = [i["statement"] for i in quote_statements(context_for(article, only), ["true"])]
    # « ne pas respecter l'égalité … » is a few words taken from a sentence: "employés", not "dits"
    assert statements == [
        "Des associations emploient les mots « ne pas respecter l’égalité devant la loi ni la "
        "liberté d’aller et venir »."
    ]


def test_whole_sentences_are_said_with_a_capital_and_fragments_are_used():
    article, facts = gold_article("psa-suppressions-emplois")
    items = quote_statements(context_for(article, facts), ["true", "false"])
    said = [i["statement"] for i in items if " dit : « " in i["statement"]]
    assert said and all(s.split(" : « ")[1][0].isupper() for s in said)
    assert is_clause("nous avons une sécurité financière importante")
    assert is_clause("cette révision ne doit pas mettre en danger la voie européenne")
    assert not is_clause("rester dans la zone euro")
    assert not is_clause("la bourgeoise du château de Montretout")


def test_an_article_without_quotes_has_no_speaker_matching():
    article, facts = gold_article("poutine-coree-du-nord")
    quiet = ArticleFacts(facts.path, facts.title, facts.published, facts.dates, facts.people)
    items = speaker_items(context_for(article, quiet))
    assert all(i["type"] != "speakers" for i in items)


def test_role_options_all_read_alike_with_their_article():
    article, facts = gold_article("le-pen-petite-bourgeoise")
    items = role_items(context_for(article, facts))
    jacob = next(i for i in items if i["prompt"] == "Qui est Christian Jacob ?")
    # "Christian Jacob, président du groupe UMP": the option gets the article his gender calls for
    assert jacob["answer"] == "Le président du groupe UMP à l'Assemblée nationale"
    for option in jacob["options"]:
        assert option.startswith(("Le ", "La ", "L'")), option


def test_speaker_options_are_people_once_each_and_feedback_agrees():
    article, facts = gold_article("pologne-troupes-americaines")
    for item in speaker_items(context_for(article, facts)):
        if item["type"] != "choice":
            continue
        keys = [o.casefold().removeprefix("le ").removeprefix("un ") for o in item["options"]]
        assert len(set(keys)) == len(keys), item["options"]  # never "Le" and "Un rapport de la CIA"
    article, facts = gold_article("controles-au-facies")
    # their words are in the match, which asks them: "Qui a dit" is made here without it
    ctx = context_for(article, facts)
    groups = [
        i
        for i in who_said_items(ctx, usable_quotes(ctx), set())
        if i["answer"] == "Des associations"
    ]
    assert groups and all(i["feedback"].startswith("Ce sont des associations") for i in groups)


@pytest.mark.slow
def test_who_is_never_offers_a_role_that_names_the_person_asked_about():
    # "Qui est Jean-Claude Morvan ?" with "Le beau-frère de Jean-Claude Morvan" among the
    # options gives itself away
    article = load_article(ROOT / "tests/data/unseen2/proces-ancien-maire-saint-rambert.txt")
    facts = extract_facts(article)
    items = speaker_items(context_for(article, facts))
    who = [i for i in items if i["prompt"].startswith("Qui est ")]
    assert who
    for item in who:
        name = item["prompt"].removeprefix("Qui est ").removesuffix(" ?")
        assert item["answer"] in item["options"] and len(item["options"]) >= 3
        assert not [o for o in item["options"] if name.casefold() in o.casefold()], item


def test_a_quantified_speaker_is_lower_case_inside_a_sentence() -> None:
    from tutor.generate.french import lower_first

    assert lower_first("Certains spécialistes") == "certains spécialistes"
    assert lower_first("Deux syndicats") == "deux syndicats"
    assert lower_first("Marine Le Pen") == "Marine Le Pen"


def test_a_bare_role_gets_the_article_of_the_persons_gender(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from gold_facts import context_for

    from tutor.content import load_article
    from tutor.facts import ArticleFacts, Person
    from tutor.generate.speakers import role_with_article

    path = tmp_path / "tempete.txt"
    path.write_text(
        "Tempête\n\n8 avril 2025. – Le vice-amiral Bertrand Lefeuvre, préfet maritime de "
        "l'Atlantique, a parlé. Léa, étudiante infirmière, a témoigné.\n\nSource : test.\n",
        encoding="utf-8",
    )
    article = load_article(path)
    people = (
        Person("Bertrand Lefeuvre", (), "préfet maritime de l'Atlantique"),
        Person("Léa", (), "étudiante infirmière"),
    )
    facts = ArticleFacts(path.name, article.title, "2025-04-08", (), people, (), (), ())
    ctx = context_for(article, facts)
    # the first name tells (the list of 885 names extraction uses)
    role = role_with_article(ctx, "préfet maritime de l'Atlantique", "Bertrand Lefeuvre")
    assert role == "le préfet maritime de l'Atlantique"
    # a capital left by the start of a sentence goes
    role = role_with_article(ctx, "Préfet maritime de l'Atlantique", "Bertrand Lefeuvre")
    assert role == "le préfet maritime de l'Atlantique"
    # a first name alone: the role's own noun tells, a relation too; one of many is "une"
    # (session 22 audit: "la mère de trois enfants", "le retraité du quartier")
    assert role_with_article(ctx, "étudiante infirmière", "Léa") == "une étudiante infirmière"
    assert role_with_article(ctx, "mère de deux enfants", "Léa") == "une mère de deux enfants"
    assert role_with_article(ctx, "archéologue", "Léa") == "l'archéologue"


@pytest.mark.slow
def test_a_document_known_by_a_possessive_is_no_speaker_option() -> None:
    from gold_facts import ROOT

    from tutor.content import load_article
    from tutor.extract import extract_many
    from tutor.generate import generate_document

    path = ROOT / "tests/extract/data/term_articles_2/dopage-cyclisme-suspension.txt"
    article = load_article(path)
    doc = generate_document(article, extract_many([article])[0], seed=0, content_dir=path.parent)
    options = {str(o) for item in doc["items"] for o in item.get("options", [])}
    # "Selon son dernier rapport annuel, ...": whose report, out of its sentence?
    assert not any("rapport annuel" in o for o in options)
    assert "La commission" in options  # "..., qui estime que « ... »"


def test_a_who_said_hint_gives_no_role_another_item_asks() -> None:
    """ "Cette personne est le président de la commission européenne." helped with "Qui a dit :
    « Cela envoie un signal clair … » ?" and answered "Qui est Barroso ?" of the same lesson:
    the hint now says which paragraph holds the words."""
    from tutor.generate import generate_document

    article, facts = gold_article("grece-nouveau-gouvernement")
    items = generate_document(article, facts, seed=0)["items"]
    # "Qui est" asks about people no "Qui a dit" answers; Barroso's role is told by a
    # statement ("Barroso est le président de la commission européenne.") or a "Qui est"
    told = [str(i.get("statement") or i.get("answer")) for i in items]
    assert any("président de la commission européenne" in t for t in told)
    (barroso,) = [i for i in items if i["id"].startswith("qui-a-dit") and i["answer"] == "Barroso"]
    assert "président" not in barroso["hint"]
    paragraphs = [p for p in article.body.split("\n") if p.strip()]
    ordinal = barroso["hint"].split(" paragraphe")[0].split()[-1]
    at = ("premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième").index(ordinal)
    assert "signal clair" in paragraphs[at]
