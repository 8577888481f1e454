"""Vrai / faux on who people are, for lessons whose quotations the speaker items all ask."""

from __future__ import annotations

from pathlib import Path

from gold_facts import invented_context

from tutor.facts import Person
from tutor.generate.role_statements import role_statements

BODY = (
    "La présidente du tribunal, Françoise Lagarde, a ouvert l'audience à 9 heures. "
    "Le procureur de la République, Marc Duval, a requis deux ans de prison. "
    "La directrice de Garantia, Hélène Marchetti, deviendra vice-présidente du conseil. "
    "Le psychiatre allemand Alois Alzheimer avait décrit la maladie en 1906."
)
PEOPLE = (
    Person("Françoise Lagarde", role="présidente du tribunal"),
    Person("Marc Duval", role="procureur de la République"),
    Person("Hélène Marchetti", role="vice-présidente du conseil"),
    Person("Alois Alzheimer", role="psychiatre allemand"),
)


def test_a_true_statement_gives_the_role_the_article_sets_by_the_name(tmp_path: Path) -> None:
    ctx = invented_context(tmp_path, BODY, "2024-03-04", people=PEOPLE)
    (item,) = role_statements(ctx, ["true"])
    assert item["statement"] == "Françoise Lagarde est la présidente du tribunal."
    assert item["answer"] is True and "Françoise Lagarde" in item["evidence"]


def test_a_false_statement_gives_another_persons_role_of_the_same_gender(
    tmp_path: Path,
) -> None:
    ctx = invented_context(tmp_path, BODY, "2024-03-04", people=PEOPLE)
    (item,) = role_statements(ctx, ["false"])
    # never "le procureur de la République" for a woman: false at a glance
    assert item["statement"] == "Françoise Lagarde est la vice-présidente du conseil."
    assert item["feedback"] == (
        "Faux : d'après l'article, Françoise Lagarde est la présidente du tribunal, pas la "
        "vice-présidente du conseil."
    )


def test_a_role_the_sentence_gives_with_a_verb_between_is_not_told(tmp_path: Path) -> None:
    """ "Hélène Marchetti, deviendra vice-présidente du conseil": what she will be."""
    ctx = invented_context(tmp_path, BODY, "2024-03-04", people=PEOPLE)
    ctx.asked_roles.update({"françoise lagarde", "marc duval", "alois alzheimer"})
    assert role_statements(ctx, ["true", "false"]) == []


def test_nobody_a_qui_est_asks_about_is_told(tmp_path: Path) -> None:
    ctx = invented_context(tmp_path, BODY, "2024-03-04", people=PEOPLE)
    ctx.asked_roles.update({"françoise lagarde", "marc duval"})
    statements = [i["statement"] for i in role_statements(ctx, ["true"])]
    # "le psychiatre allemand Alois Alzheimer": one psychiatrist among others, after "est"
    assert statements == ["Alois Alzheimer est un psychiatre allemand."]


GOVERNMENT = (
    "Le crucial poste de ministre des Finances a été confié au banquier Vassilis Rapanos qui "
    "sera assisté par l'ex-conseiller économique de M. Samaras, Christos Staïkouras, nommé "
    "vice-ministre. Le ministère de la Défense revient à Panos Panayiotopoulos. "
    "Le tour de table est mené par le fonds Garonne Capital, dont Bruno Esquirol est l'associé "
    "fondateur. La délégation, conduite par la diplomate Mathilde Roussel, a signé le texte. "
    "Le premier ministre Antonis Samaras a dévoilé son gouvernement."
)
MINISTERS = (
    Person("Antonis Samaras", role="premier ministre"),
    Person("Christos Staïkouras", role="vice-ministre"),
    Person("Panos Panayiotopoulos", role="ministre de la Défense"),
    Person("Bruno Esquirol", role="associé fondateur de Garonne Capital"),
    Person("Mathilde Roussel", role="diplomate, à la tête de la délégation française"),
)


def test_a_role_after_nomme_or_est_or_split_from_its_complement_is_told(tmp_path: Path) -> None:
    """The Greek government lesson had no vrai / faux at all: its only role beside a name was
    "Christos Staïkouras, nommé vice-ministre" (what he is now); "dont Bruno Esquirol est
    l'associé fondateur" names the fund before; "la diplomate Mathilde Roussel" is the part
    of her role before the comma."""
    ctx = invented_context(tmp_path, GOVERNMENT, "2012-06-21", people=MINISTERS)
    ctx.asked_roles.update({"antonis samaras", "panos panayiotopoulos"})
    told = [i["statement"] for i in role_statements(ctx, ["true"])]
    assert told == ["Christos Staïkouras est un vice-ministre."]
    ctx.asked_roles.add("christos staïkouras")
    told = [i["statement"] for i in role_statements(ctx, ["true"])]
    assert told == ["Bruno Esquirol est l'associé fondateur de Garonne Capital."]
    ctx.asked_roles.add("bruno esquirol")
    told = [i["statement"] for i in role_statements(ctx, ["true"])]
    assert told == ["Mathilde Roussel est une diplomate."]


def test_a_false_role_is_not_the_answer_of_a_qui_est(tmp_path: Path) -> None:
    """ "Christos Staïkouras est le premier ministre." beside "Qui est Antonis Samaras ?"
    tells its answer again: the Defence minister's role is free."""
    ctx = invented_context(tmp_path, GOVERNMENT, "2012-06-21", people=MINISTERS)
    ctx.asked_roles.update({"antonis samaras", "samaras"})
    (item,) = role_statements(ctx, ["false"])
    assert item["statement"] == "Christos Staïkouras est le ministre de la Défense."


def _false_about(tmp_path: Path, body: str, people: tuple[Person, ...], name: str) -> dict:
    ctx = invented_context(tmp_path, body, "2024-03-04", people=people)
    ctx.asked_roles.update(p.name.lower() for p in people if p.name != name)
    (item,) = role_statements(ctx, ["false"])
    assert item["statement"].startswith(name), item
    return item


def test_the_sentence_giving_an_office_to_its_holder_proves_a_false_statement_too(
    tmp_path: Path,
) -> None:
    """Grèce (tmux): "Christos Staïkouras est le ministre des Affaires étrangères" is false,
    and the learner who picked "Le ministère des Affaires étrangères revient … Dimitris
    Avramopoulos" was told the sentence did not prove it (half the points)."""
    body = (
        "Le ministère des Affaires étrangères revient au conservateur Dimitris Avramopoulos. "
        "Le poste des Finances revient à Vassilis Rapanos, assisté par Christos Staïkouras, "
        "nommé vice-ministre."
    )
    people = (
        Person("Dimitris Avramopoulos", role="ministre des Affaires étrangères"),
        Person("Christos Staïkouras", role="vice-ministre"),
    )
    item = _false_about(tmp_path, body, people, "Christos Staïkouras")
    assert item["statement"] == "Christos Staïkouras est le ministre des Affaires étrangères."
    assert "Staïkouras" in item["evidence"]
    assert item["other_evidence"] == [
        "Le ministère des Affaires étrangères revient au conservateur Dimitris Avramopoulos."
    ]


def test_a_mayor_named_by_the_role_proves_another_is_not_the_mayor(tmp_path: Path) -> None:
    body = (
        "La chanteuse Simone Arnaud est morte samedi à Sète. "
        "Le maire de Sète, Paul Rouquette, a salué sa mémoire."
    )
    people = (
        Person("Simone Arnaud", role="chanteuse"),
        Person("Paul Rouquette", role="maire de Sète"),
    )
    item = _false_about(tmp_path, body, people, "Simone Arnaud")
    assert item["statement"] == "Simone Arnaud est la maire de Sète."
    assert item["other_evidence"] == ["Le maire de Sète, Paul Rouquette, a salué sa mémoire."]


def test_an_office_of_which_there_may_be_several_proves_nothing_of_another(
    tmp_path: Path,
) -> None:
    """ "Jacques Morel, maire d'une commune de l'île" does not show that the president of the
    council is no mayor of another commune."""
    body = (
        "Le président du conseil départemental, Michel Larrieu, a annoncé un plan. "
        "Jacques Morel, maire d'une commune de l'île, le trouve timide."
    )
    people = (
        Person("Michel Larrieu", role="président du conseil départemental"),
        Person("Jacques Morel", role="maire d'une commune de l'île"),
    )
    item = _false_about(tmp_path, body, people, "Michel Larrieu")
    assert item["statement"] == "Michel Larrieu est le maire d'une commune de l'île."
    assert "other_evidence" not in item


def test_a_player_is_not_said_not_to_be_a_player(tmp_path: Path) -> None:
    """The Bergerac lesson: « Hugo Ferrand est un joueur. » was 'faux' because the article's
    « le milieu poitevin Hugo Ferrand » is a midfielder; a midfielder is a player too. The
    keeper's post is a false statement that holds."""
    body = (
        "Le joueur Kévin Ndiaye a obtenu le penalty. Le milieu poitevin Hugo Ferrand trompait "
        "le gardien Maxime Roux d'une frappe croisée."
    )
    people = (
        Person("Hugo Ferrand", role="milieu poitevin"),
        Person("Kévin Ndiaye", role="joueur"),
        Person("Maxime Roux", role="gardien"),
    )
    item = _false_about(tmp_path, body, people, "Hugo Ferrand")
    assert item["statement"] == "Hugo Ferrand est un gardien.", item
