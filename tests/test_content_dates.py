"""An article whose front matter holds a date that does not exist: an ArticleError naming the
file and line (PyYAML raised a bare ValueError, which stopped the app and printed tracebacks)."""

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
