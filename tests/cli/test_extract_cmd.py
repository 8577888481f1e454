"""`tutor extract`: readable facts by default, the documented JSON with --json, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tutor.cli import main

CONTENT = Path(__file__).resolve().parents[2] / "content"
SEED = CONTENT / "poutine-coree-du-nord.md"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["extract", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.slow
def test_json_has_the_documented_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, str(SEED), "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["article"] == {
        "path": str(SEED),
        "title": "Vladimir Poutine en visite historique en Corée du Nord",
        "published": "2024-06-19",
    }
    assert set(data) >= {"article", "dates", "people", "quotes", "terms"}
    assert set(data["dates"][0]) >= {"text", "value", "sentence", "start", "end"}
    assert set(data["people"][0]) >= {"name", "aliases", "role"}
    assert set(data["quotes"][0]) >= {"speaker", "text", "kind", "cue", "sentence", "start", "end"}
    assert set(data["terms"][0]) >= {"lemma", "text", "sentence", "score", "pos"}
    assert {"text": "juillet 2000", "value": "2000-07"}.items() <= data["dates"][3].items()


@pytest.mark.slow
def test_text_output_by_article_name(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "poutine-coree-du-nord")
    assert code == 0
    assert "John Kirby — porte-parole du Conseil de sécurité nationale" in out
    assert "2024-03      mars" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such article file"),
        ("", "empty"),
        ("Title\n\nThe quick brown fox jumps over the lazy dog again and again today.\n", "French"),
        ("Titre\n\n" + "Le chat dort sur la table. " * 10_000, "too long"),
    ],
    ids=["missing", "empty", "english", "too-long"],
)
def test_bad_input_is_one_line_on_stderr_and_status_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str | None, message: str
) -> None:
    path = tmp_path / "article.txt"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    code, out, err = _run(capsys, str(path))
    assert code == 1 and out == ""
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
