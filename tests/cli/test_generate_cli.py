"""`tutor generate` as a teacher runs it on articles of unusual names and places: a file that is
no article is refused before anything is written, a lesson of another article of the same name
is never replaced, an article in a folder of content/ is found by its name and its lesson is on
the app's list."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.cli import main

REPO = Path(__file__).resolve().parents[2]
TRAM = """Brest : la deuxième ligne de tramway entre en service

Brest, 14 septembre 2026. – La deuxième ligne de tramway de la métropole brestoise a été \
inaugurée samedi matin, après trois ans de travaux. Longue de 5,4 kilomètres, elle relie la gare \
au quartier de Bellevue et compte onze stations.

Le président de la métropole, François Cuillandre, a salué « un chantier tenu dans les délais et \
dans le budget ». Le projet a coûté 210 millions d'euros, dont 40 millions apportés par l'État.

Source : article écrit pour tester tutor (texte inventé), 2026.
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A teacher's project folder, the commands run from it."""
    home = tmp_path / "classe"
    (home / "content" / "bretagne").mkdir(parents=True)
    (home / "exercises").mkdir()
    monkeypatch.delenv("TUTOR_HOME", raising=False)
    monkeypatch.chdir(home)
    return home


def generate(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["generate", *args])
    out, err = capsys.readouterr()
    return status, out, err


def lesson_of(project: Path, name: str, article_path: str) -> Path:
    """An exercise file (the shipped PSA lesson) made to name another article."""
    text = (REPO / "exercises" / "psa-suppressions-emplois.yaml").read_text(encoding="utf-8")
    path = project / "exercises" / name
    path.write_text(
        text.replace("path: psa-suppressions-emplois.txt", f"path: {article_path}"), "utf-8"
    )
    return path


def test_a_file_that_is_no_article_is_refused_with_its_new_name(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """content/tram.text made a lesson naming 'tram.text', which `tutor validate` rejects."""
    (project / "content" / "tram.text").write_text(TRAM, encoding="utf-8")
    status, _, err = generate(capsys, "content/tram.text")
    assert status == 1
    assert "content/tram.text: articles are .txt or .md files" in err
    assert "rename it to tram.txt" in err
    assert not (project / "exercises" / "tram.yaml").exists()


def test_the_lesson_of_another_article_of_the_same_name_is_kept(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """content/tram.txt and content/bretagne/tram.txt both make exercises/tram.yaml: the second
    one generated silently replaced the first one's lesson."""
    (project / "content" / "tram.txt").write_text(TRAM, encoding="utf-8")
    (project / "content" / "bretagne" / "tram.txt").write_text(TRAM, encoding="utf-8")
    lesson = lesson_of(project, "tram.yaml", "tram.txt")
    before = lesson.read_bytes()
    status, _, err = generate(capsys, "bretagne/tram")
    assert status == 1
    assert (
        "exercises/tram.yaml is the lesson of the article 'tram.txt', not of "
        "'bretagne/tram.txt'; it is kept as it is. Write this one elsewhere with "
        "-o exercises/bretagne-tram.yaml, or use --force to replace it."
    ) in err
    assert lesson.read_bytes() == before


def test_an_article_named_without_its_folder_suffix_is_found(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`tutor generate bretagne/tram` said 'no such article' for content/bretagne/tram.txt."""
    (project / "content" / "bretagne" / "tram.txt").write_text(TRAM, encoding="utf-8")
    lesson_of(project, "tram.yaml", "autre.txt")  # stops generation before the model loads
    status, _, err = generate(capsys, "bretagne/tram")
    assert "no such article" not in err
    assert "not of 'bretagne/tram.txt'" in err
    assert status == 1


@pytest.mark.slow
def test_a_lesson_made_in_a_folder_of_content_is_on_the_app_s_list(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The app lists the articles of content/'s folders: no more note that it does not."""
    from tutor.paths import ProjectPaths
    from tutor.ui.catalog import load_catalog

    (project / "content" / "bretagne" / "tram.txt").write_text(TRAM, encoding="utf-8")
    status, out, err = generate(capsys, "content/bretagne/tram.txt")
    assert status == 0, err
    assert out.startswith("wrote exercises/tram.yaml: ")
    assert "note:" not in err
    assert main(["validate", "exercises/tram.yaml"]) == 0
    entry = load_catalog(ProjectPaths(project.resolve())).entry("bretagne/tram")
    assert entry is not None and entry.ready
    assert entry.exercise_path.resolve() == (project / "exercises" / "tram.yaml").resolve()


@pytest.mark.slow
def test_generate_all_makes_the_lessons_of_a_folder_s_articles_beside_their_namesakes(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--all` skipped content/bretagne/; it now makes its lessons as the app names them, and
    a namesake in content/ keeps exercises/tram.yaml."""
    from tutor.paths import ProjectPaths
    from tutor.ui.catalog import load_catalog

    (project / "content" / "tram.txt").write_text(TRAM, encoding="utf-8")
    (project / "content" / "bretagne" / "tram.txt").write_text(TRAM, encoding="utf-8")
    status, out, err = generate(capsys, "--all")
    assert status == 0, err
    assert "wrote exercises/tram.yaml: " in out
    assert "wrote exercises/bretagne-tram.yaml: " in out
    assert main(["validate", "exercises/tram.yaml", "exercises/bretagne-tram.yaml"]) == 0
    catalog = load_catalog(ProjectPaths(project.resolve()))
    top, nested = catalog.entry("tram"), catalog.entry("bretagne/tram")
    assert top is not None and nested is not None and top.ready and nested.ready
    assert (top.exercise_path.name, nested.exercise_path.name) == (
        "tram.yaml",
        "bretagne-tram.yaml",
    )
    capsys.readouterr()
    status, out, _ = generate(capsys, "--all")
    assert "skipped bretagne/tram.txt: " in out


def test_generate_all_names_the_files_it_skips_as_the_teacher_types_them(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'skipped tram.txt: /tmp/…/classe/exercises/tram.yaml exists' beside 'wrote
    exercises/tram.yaml': the same file, named two ways."""
    (project / "content" / "tram.txt").write_text(TRAM, encoding="utf-8")
    (project / "exercises" / "tram.yaml").write_text("format: 1\n", encoding="utf-8")
    status, out, _ = generate(capsys, "--all")
    assert status == 0
    assert out.splitlines()[0] == "skipped tram.txt: exercises/tram.yaml exists"
