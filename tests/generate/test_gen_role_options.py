"""The options of "Qui est X ?" never give the answer away by its gender: "La rapporteure du
texte" among three roles that begin with "Le" is found without reading the article."""

from __future__ import annotations

from pathlib import Path

from gold_facts import context_for

from tutor.content import load_article
from tutor.facts import ArticleFacts, Person
from tutor.generate.roles import role_items

ASSEMBLY = (
    "Loi sur les écrans\n\n12 mars 2026. – La rapporteure du texte, Corinne Aubert, a défendu "
    "la loi. La ministre de l'Éducation nationale, Hélène Voisin, a salué le vote. Le député "
    "écologiste Julien Marchetti a voté contre. Le président du groupe LR, Philippe Garnier, "
    "a voté pour. Le porte-parole du Rassemblement national, Loïc Delmas, s'est abstenu.\n\n"
    "Source : test.\n"
)
PEOPLE = (
    Person("Corinne Aubert", (), "rapporteure du texte"),
    Person("Hélène Voisin", (), "ministre de l'Éducation nationale"),
    Person("Julien Marchetti", (), "député écologiste"),
    Person("Philippe Garnier", (), "président du groupe LR"),
    Person("Loïc Delmas", (), "porte-parole du Rassemblement national"),
)


def _items(tmp_path: Path, text: str, people: tuple[Person, ...], seed: int) -> list[dict]:
    path = tmp_path / "assemblee.txt"
    path.write_text(text, encoding="utf-8")
    article = load_article(path)
    facts = ArticleFacts(path.name, article.title, "2026-03-12", (), people, (), (), ())
    return role_items(context_for(article, facts, seed))


def _gender(option: str) -> str:
    return option.split(" ", 1)[0]


def test_a_womans_role_is_never_the_only_feminine_option(tmp_path: Path) -> None:
    for seed in range(8):
        items = _items(tmp_path, ASSEMBLY, PEOPLE, seed)
        assert len(items) == 2
        for item in items:
            options = [str(o) for o in item["options"]]
            answer = str(item["answer"])
            same = [o for o in options if o != answer and _gender(o) == _gender(answer)]
            assert same, (item["prompt"], options)


def test_a_role_with_one_form_for_both_takes_the_answers_article(tmp_path: Path) -> None:
    seen = set()
    for seed in range(8):
        for item in _items(tmp_path, ASSEMBLY, PEOPLE, seed):
            seen.update(str(o) for o in item["options"])
    # "porte-parole" names a man or a woman; "député écologiste" would need "députée"
    assert "La porte-parole du Rassemblement national" in seen
    assert "La député écologiste" not in seen and "La députée écologiste" not in seen


def test_a_lone_woman_among_men_is_not_asked_about(tmp_path: Path) -> None:
    text = ASSEMBLY.replace("La ministre de l'Éducation nationale, Hélène Voisin, a salué", "On a")
    people = tuple(p for p in PEOPLE if p.name != "Hélène Voisin")
    people = tuple(
        Person(p.name, p.aliases, "président du jury") if p.name == "Loïc Delmas" else p
        for p in people
    )
    text = text.replace(
        "Le porte-parole du Rassemblement national", "Le président de la commission"
    )
    for seed in range(4):
        items = _items(tmp_path, text, people, seed)
        assert "Qui est Corinne Aubert ?" not in [i["prompt"] for i in items]
        assert len(items) == 2  # two men are asked about instead
