"""Reading articles: plain text and front matter, datelines, source lines, bad files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tutor.content import ArticleError, list_articles, load_article, parse_article, read_dateline

CONTENT = Path(__file__).resolve().parent.parent / "content"


def test_every_shipped_article_loads_with_title_body_and_source() -> None:
    paths = list_articles(CONTENT)
    assert len(paths) == 9
    for path in paths:
        article = load_article(path)
        assert article.title and len(article.body) > 500
        assert article.source, f"{path.name} lost its source line"
        assert "Source :" not in article.body and "Avec Hugo" not in article.body


def test_seed_article_uses_front_matter() -> None:
    seed = load_article(CONTENT / "poutine-coree-du-nord.md")
    assert seed.published == date(2024, 6, 19)
    assert seed.source == "Avec Hugo Decrypte et France 24"
    assert seed.level == "B1"
    assert seed.body.startswith("La visite du président russe Vladimir Poutine")


def test_dateline_gives_the_published_date_of_a_text_article() -> None:
    article = load_article(CONTENT / "pologne-troupes-americaines.txt")
    assert article.published == date(2017, 1, 21)
    assert article.title.startswith("Pologne :")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("21 janvier 2017. – Le texte", date(2017, 1, 21)),
        ("6 juillet 2012. - Dans les colonnes", date(2012, 7, 6)),
        ("1er mai 2020 – Texte", date(2020, 5, 1)),
        ("Bien qu'ayant été signé en janvier 2012", None),
        ("Un chapeau d'une ligne.\n\n4 juillet 2012. - Après trois ans", date(2012, 7, 4)),
        ("Un.\n\nDeux.\n\n4 juillet 2012. - Trop loin", None),
        ("31 février 2017. – impossible", None),
        # a wire dateline opens with its place: the article had no date at all
        ("Brest, 14 septembre 2026. – La deuxième ligne", date(2026, 9, 14)),
        ("PARIS, le 3 mars 2024 (AFP) – Le texte", date(2024, 3, 3)),
        ("La Roche-sur-Yon, 2 juin 2021 — Le texte", date(2021, 6, 2)),
        ("selon nous, 12 mars 2020 – pas un lieu", None),
    ],
)
def test_read_dateline(text: str, expected: date | None) -> None:
    assert read_dateline(text) == expected


def test_hash_ignores_line_endings_but_not_words(tmp_path: Path) -> None:
    a = parse_article("Titre\nUn texte.\nDeux lignes.", tmp_path / "a.txt")
    b = parse_article("Titre\r\nUn texte.\r\nDeux lignes.\r\n", tmp_path / "a.txt")
    c = parse_article("Titre\nUn texte.\nTrois lignes.", tmp_path / "a.txt")
    assert a.text_hash == b.text_hash != c.text_hash


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "empty"),
        (b"Titre seul\n", "has a title but no text; add the text under the title"),
        (b"   \nUn texte sans titre.\n", "no title; write it on the first line"),
        (b"\x00\x01\x02binary", "not a text file"),
        ("Titre\ncafé".encode("latin-1"), "not UTF-8"),
        (b"---\ntitle: [unclosed\n---\nTexte", "front matter is not valid YAML"),
        (b"---\ntitle: x\nTexte sans fin", "never closed"),
        (
            b"---\ntitle: T\npublished: hier\n---\nTexte",
            "'published' is 'hier', not a date written year-month-day",
        ),
    ],
)
def test_bad_article_files_give_a_clear_message(tmp_path: Path, raw: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(raw)
    with pytest.raises(ArticleError, match=message) as info:
        load_article(path)
    assert "bad.txt" in str(info.value)
