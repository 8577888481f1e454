"""An article whose front matter holds a date that does not exist, or a list where text goes: an
ArticleError naming the file and line (PyYAML raised a bare ValueError for the date, which
stopped the app and printed tracebacks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.content import ArticleError, load_article

BODY = "Le conseil municipal a voté le budget de la ville mardi soir, après un long débat."


@pytest.mark.parametrize(
    ("published", "reason"),
    [("2024-02-30", "day is out of range for month"), ("0000-01-01", "year 0 is out of range")],
)
def test_an_impossible_date_is_named_at_its_line(
    tmp_path: Path, published: str, reason: str
) -> None:
    path = tmp_path / "budget.md"
    path.write_text(f"---\ntitle: Le budget\nlevel: B1\npublished: {published}\n---\n{BODY}\n")
    with pytest.raises(ArticleError) as info:
        load_article(path)
    assert str(info.value) == (
        f"{path}:4: front matter has a date that does not exist ({reason}); "
        "write a real date like 2024-06-19"
    )


@pytest.mark.parametrize(
    ("field", "line", "shown"),
    [
        ("title: [Le budget, la ville]", 2, "a list"),
        ("level: [B1]", 3, "a list"),
        ("licence:\n  nom: CC BY", 3, "'key: value' lines"),
    ],
)
def test_a_field_that_is_no_text_is_named_at_its_line(
    tmp_path: Path, field: str, line: int, shown: str
) -> None:
    """'title: [a, b]' became the title "['a', 'b']" in the library."""
    path = tmp_path / "budget.md"
    head = field if field.startswith("title") else f"title: Le budget\n{field}"
    path.write_text(f"---\n{head}\n---\n{BODY}\n", "utf-8")
    key = field.split(":")[0]
    with pytest.raises(ArticleError) as info:
        load_article(path)
    assert str(info.value) == f"{path}:{line}: '{key}' must be text, not {shown}; quote it"


def test_a_tag_in_the_front_matter_is_refused_at_its_line(tmp_path: Path) -> None:
    """'published: !!timestamp x2024-06-19' (found by fuzzing) made PyYAML raise an
    AttributeError, which nothing caught: the library's worker, and the app, stopped."""
    path = tmp_path / "budget.md"
    path.write_text(f"---\ntitle: Le budget\npublished: !!timestamp x2024\n---\n{BODY}\n")
    with pytest.raises(ArticleError) as info:
        load_article(path)
    message = str(info.value)
    assert message.startswith(f"{path}:3: front matter is not valid YAML: the tag '!!timestamp'")
