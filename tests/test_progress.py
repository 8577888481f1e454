"""The learner's record: every answer kept, one valid YAML file, safe against crashes and races."""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import jsonschema
import pytest
import yaml

from tutor.attempt import Attempt, item_fingerprint, make_attempt
from tutor.learners import (
    find_learner,
    last_learner,
    learner_file,
    list_learners,
    progress_dir,
    remember_last_learner,
    sanitise_name,
)
from tutor.model import (
    Choice,
    Cloze,
    ExerciseSet,
    Keyword,
    OpenQuestion,
    Skill,
    TrueFalse,
    Truth,
)
from tutor.progress import ProgressFileError, open_progress
from tutor.progress_check import progress_schema
from tutor.scoring import grade

ARTICLE_HASH = "sha256:78159cdc5d59b892"
START = datetime(2024, 6, 19, 8, 0, tzinfo=UTC)


def cloze(item_id: str = "c1", answer: str = "indéfectible") -> Cloze:
    return Cloze(
        id=item_id,
        skill=Skill.VOCABULARY,
        prompt="Complétez.",
        evidence="Un soutien indéfectible.",
        text="Un soutien ___.",
        answer=answer,
    )


def exercise_set(*items: Cloze) -> ExerciseSet:
    return ExerciseSet(
        path=Path("exercises/poutine-coree-du-nord.yaml"),
        article_path="poutine-coree-du-nord.md",
        article_hash=ARTICLE_HASH,
        items=items,
    )


def attempt(n: int, item_id: str = "c1", answer: object = "indefectible") -> Attempt:
    item = cloze(item_id)
    verdict = grade(item, answer)  # type: ignore[arg-type]
    when = START + timedelta(minutes=n)
    return make_attempt("poutine.yaml", ARTICLE_HASH, item, verdict, answer, when=when)


# --- names and folders ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("Zoé Martin", "Zoé Martin"),
        ("  Zoé   Martin ", "Zoé Martin"),
        ("../../etc/passwd", "etc-passwd"),
        ("a/b\\c", "a-b-c"),
        ("..", "learner"),
        ("", "learner"),
        ("x..y", "x.y"),
        (".hidden", "hidden"),
        ("tab\there\x00nul\x1b", "tab herenul"),
        ("CON", "CON_"),
        ('Zoé: "la" <meilleure>?', "Zoé- la meilleure"),
        ("é" * 200, "é" * 64),
    ],
)
def test_learner_names_become_safe_readable_file_names(name: str, safe: str) -> None:
    assert sanitise_name(name) == safe


def test_a_file_name_never_leaves_its_folder(tmp_path: Path) -> None:
    for name in ["../x", "/abs/path", "..\\..\\x", "a/../../b", "\u202e..", "~/x"]:
        path = learner_file(tmp_path, name)
        assert path.parent == tmp_path
        assert path.name.endswith(".yaml") and not path.name.startswith(".")


def test_progress_dir_flag_then_environment_then_user_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TUTOR_PROGRESS_DIR", str(tmp_path / "env"))
    assert progress_dir(tmp_path / "flag") == tmp_path / "flag"
    assert progress_dir() == tmp_path / "env"
    monkeypatch.delenv("TUTOR_PROGRESS_DIR")
    default = progress_dir()
    assert default.name == "progress" and "tutor" in str(default)


def test_last_learner_is_remembered(tmp_path: Path) -> None:
    assert last_learner(tmp_path) is None
    remember_last_learner(tmp_path, "Zoé Martin")
    assert last_learner(tmp_path) == "Zoé Martin"
    remember_last_learner(tmp_path, "Léo")
    assert last_learner(tmp_path) == "Léo"


def test_learners_are_listed_and_found_without_accents(tmp_path: Path) -> None:
    for name in ["Zoé Martin", "Léo"]:
        open_progress(name, tmp_path).append(attempt(0))
    (tmp_path / "Léo.corrupt-20240101T000000Z.yaml").write_text("junk")
    assert [e.name for e in list_learners(tmp_path)] == ["Léo", "Zoé Martin"]
    found = find_learner(tmp_path, "zoe martin")
    assert found is not None and found.name == "Zoé Martin"
    assert find_learner(tmp_path, "Nobody") is None


# --- recording and reading back -------------------------------------------------------------------


def test_an_answer_is_on_disk_when_record_returns(tmp_path: Path) -> None:
    progress = open_progress("Zoé Martin", tmp_path)
    item = cloze()
    verdict = grade(item, "indefectible")
    recorded = progress.record(exercise_set(item), item, verdict, "indefectible", seconds=4.2)
    again = open_progress("Zoé Martin", tmp_path)
    assert again.attempts == [recorded]
    assert recorded.exercise == "poutine-coree-du-nord.yaml"
    assert recorded.article_hash == ARTICLE_HASH
    assert recorded.fingerprint == item_fingerprint(item)
    assert recorded.outcome == "correct" and recorded.reason == ("accent",)
    assert recorded.time.tzinfo is UTC


@pytest.mark.parametrize(
    "answer",
    [
        "indéfectible",
        "",
        None,
        ["a", "b"],
        {"Nous sommes des alliés": "Vladimir Poutine"},
        {"truth": "true", "justification": "Il l'a dit : « oui »."},
        'quotes " and \\ backslash',
        "line\nbreak\ttab\r\x00\x07\x1b",
        "yaml: looking - {text} [list] # comment & *alias !tag",
        "unicode \u2028 \u2029 \x85 \ufeff \x9f \ud800 😀 🇫🇷",
        "yes",
        "null",
        "1e5",
    ],
)
def test_any_answer_round_trips_through_the_file(tmp_path: Path, answer: object) -> None:
    progress = open_progress("Zoé", tmp_path)
    recorded = attempt(0, answer=answer)
    progress.append(recorded)
    again = open_progress("Zoé", tmp_path)
    assert again.attempts == [recorded]
    assert again.warnings == []


def test_the_file_is_one_yaml_document_valid_against_the_schema(tmp_path: Path) -> None:
    progress = open_progress("Zoé Martin", tmp_path)
    for n in range(5):
        progress.append(attempt(n, answer=f"réponse {n} « x »"))
    document = yaml.safe_load(progress.path.read_text(encoding="utf-8"))
    jsonschema.validate(document, progress_schema())
    assert document["learner"] == "Zoé Martin"
    assert [a["answer"] for a in document["attempts"]] == [f"réponse {n} « x »" for n in range(5)]
    assert document["attempts"][0]["time"] == "2024-06-19T08:00:00.000Z"


def test_each_attempt_is_one_line_at_the_end(tmp_path: Path) -> None:
    progress = open_progress("Zoé", tmp_path)
    for n in range(3):
        progress.append(attempt(n, answer="a\nb"))
    lines = progress.path.read_text(encoding="utf-8").splitlines()
    assert lines[-4] == "attempts:"
    assert all(line.startswith("- {") and line.endswith("}") for line in lines[-3:])


def test_progress_is_kept_across_learners_separately(tmp_path: Path) -> None:
    open_progress("Zoé", tmp_path).append(attempt(0))
    open_progress("Léo", tmp_path).append(attempt(1))
    assert len(open_progress("Zoé", tmp_path).attempts) == 1
    assert len(open_progress("Léo", tmp_path).attempts) == 1


def test_two_apps_on_the_same_learner_both_keep_their_answers(tmp_path: Path) -> None:
    first = open_progress("Zoé", tmp_path)
    second = open_progress("Zoé", tmp_path)
    first.append(attempt(0))
    second.append(attempt(1))
    first.append(attempt(2))
    assert [a.time for a in first.attempts] == [START + timedelta(minutes=n) for n in range(3)]
    assert len(open_progress("Zoé", tmp_path).attempts) == 3


def _record_many(folder: str, worker: int, count: int) -> None:
    progress = open_progress("Zoé", folder)
    for n in range(count):
        progress.append(attempt(n, item_id=f"w{worker}-{n}"))


def test_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    workers, count = 4, 40
    context = multiprocessing.get_context("fork")
    processes = [
        context.Process(target=_record_many, args=(str(tmp_path), w, count)) for w in range(workers)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(60)
        assert process.exitcode == 0
    progress = open_progress("Zoé", tmp_path)
    ids = sorted(a.item_id for a in progress.attempts)
    assert ids == sorted(f"w{w}-{n}" for w in range(workers) for n in range(count))
    assert progress.warnings == []
    jsonschema.validate(yaml.safe_load(progress.path.read_bytes()), progress_schema())


# --- damage and recovery --------------------------------------------------------------------------


def _file_with(tmp_path: Path, count: int) -> Path:
    progress = open_progress("Zoé", tmp_path)
    for n in range(count):
        progress.append(attempt(n))
    return progress.path


def test_a_torn_last_line_is_dropped_reported_and_cut(tmp_path: Path) -> None:
    path = _file_with(tmp_path, 3)
    with open(path, "ab") as handle:
        handle.write(b'- {"item": "c9", "exercise": "pou')
    progress = open_progress("Zoé", tmp_path)
    assert len(progress.attempts) == 3
    assert [w.kind for w in progress.warnings] == ["torn_line"]
    assert "incomplète" in progress.warnings[0].message
    progress.append(attempt(3))
    document = yaml.safe_load(path.read_bytes())
    assert len(document["attempts"]) == 4
    assert open_progress("Zoé", tmp_path).warnings == []


def test_a_torn_line_is_dropped_when_reading_only_and_the_file_is_left_alone(
    tmp_path: Path,
) -> None:
    path = _file_with(tmp_path, 2)
    with open(path, "ab") as handle:
        handle.write(b'- {"item": "c9"')
    before = path.read_bytes()
    progress = open_progress("Zoé", tmp_path, read_only=True)
    assert len(progress.attempts) == 2
    assert progress.warnings[0].kind == "torn_line"
    assert path.read_bytes() == before


def test_another_process_torn_line_is_cut_before_appending(tmp_path: Path) -> None:
    progress = open_progress("Zoé", tmp_path)
    progress.append(attempt(0))
    with open(progress.path, "ab") as handle:  # a crashed app's half line
        handle.write(b'- {"item": "c9", "exer')
    progress.append(attempt(1))
    assert len(open_progress("Zoé", tmp_path).attempts) == 2
    yaml.safe_load(progress.path.read_bytes())


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: data.index(b"learner") + 4],  # truncated inside the header
        lambda data: data.replace(b'"outcome": "correct"', b'"outcome": "great"', 1),
        lambda data: data.replace(b"attempts:\n", b"attempts:\n- {broken: [\n", 1),
        lambda data: b"\x00\xff\xfe garbage",
        lambda data: data.replace(b"format: 1", b"format: [", 1),
    ],
    ids=["truncated", "schema-violation", "invalid-yaml", "binary", "bad-header"],
)
def test_a_corrupted_file_is_moved_aside_and_readable_answers_are_kept(
    tmp_path: Path, damage: object
) -> None:
    path = _file_with(tmp_path, 6)
    original = path.read_bytes()
    damaged = damage(original)  # type: ignore[operator]
    path.write_bytes(damaged)
    progress = open_progress("Zoé", tmp_path)
    copies = list(tmp_path.glob("Zoé.corrupt-*.yaml"))
    assert len(copies) == 1
    assert copies[0].read_bytes() == damaged  # never silently replaced
    [warning] = progress.warnings
    assert warning.kind == "corrupt" and warning.copy == copies[0]
    assert str(copies[0]) in warning.message
    assert warning.kept == len(progress.attempts) <= 6
    # The file in place is valid again, with what could be saved, and takes new answers.
    progress.append(attempt(10))
    jsonschema.validate(yaml.safe_load(path.read_bytes()), progress_schema())
    assert len(open_progress("Zoé", tmp_path).attempts) == warning.kept + 1


def test_a_file_truncated_anywhere_in_its_attempts_keeps_every_complete_line(
    tmp_path: Path,
) -> None:
    path = _file_with(tmp_path, 4)
    original = path.read_bytes()
    start = original.index(b"attempts:\n") + len(b"attempts:\n")
    for cut in range(start, len(original), 37):
        path.write_bytes(original[:cut])
        progress = open_progress("Zoé", tmp_path, read_only=True)
        complete = original[start:cut].count(b"\n")
        assert len(progress.attempts) == complete
        torn = not original[:cut].endswith(b"\n")
        assert [w.kind for w in progress.warnings] == (["torn_line"] if torn else [])
    assert not list(tmp_path.glob("*.corrupt-*"))


def test_a_schema_violation_keeps_every_other_answer(tmp_path: Path) -> None:
    path = _file_with(tmp_path, 6)
    path.write_bytes(path.read_bytes().replace(b'"outcome": "correct"', b'"outcome": "x"', 1))
    progress = open_progress("Zoé", tmp_path)
    assert progress.warnings[0].kept == 5 and progress.warnings[0].found == 6


def test_reading_only_reports_a_corrupted_file_and_changes_nothing(tmp_path: Path) -> None:
    path = _file_with(tmp_path, 2)
    path.write_bytes(b"format: 1\nlearner: [\n")
    with pytest.raises(ProgressFileError, match="not a readable progress file"):
        open_progress("Zoé", tmp_path, read_only=True)
    assert path.read_bytes() == b"format: 1\nlearner: [\n"
    assert not list(tmp_path.glob("*.corrupt-*"))


def test_a_file_from_a_newer_version_is_never_moved_aside(tmp_path: Path) -> None:
    path = _file_with(tmp_path, 1)
    newer = path.read_bytes().replace(b"format: 1", b"format: 2")
    path.write_bytes(newer)
    with pytest.raises(ProgressFileError):
        open_progress("Zoé", tmp_path)
    assert path.read_bytes() == newer


def test_a_file_resaved_in_block_style_is_read_and_put_back_in_order(tmp_path: Path) -> None:
    path = _file_with(tmp_path, 3)
    document = yaml.safe_load(path.read_bytes())
    document = {"attempts": document["attempts"], **document}  # attempts first, block style
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    progress = open_progress("Zoé", tmp_path)
    assert len(progress.attempts) == 3 and progress.warnings == []
    progress.append(attempt(3))
    assert len(yaml.safe_load(path.read_bytes())["attempts"]) == 4
    assert path.read_text(encoding="utf-8").splitlines()[-1].startswith("- {")


def test_a_crashed_rewrite_leaves_no_temporary_file_behind(tmp_path: Path) -> None:
    path = _file_with(tmp_path, 1)
    leftover = tmp_path / f".{path.name}.abc123.tmp"
    leftover.write_bytes(b"half a rewrite")
    open_progress("Zoé", tmp_path, read_only=True)
    assert leftover.exists()  # reading never deletes anything
    progress = open_progress("Zoé", tmp_path)
    assert not leftover.exists() and len(progress.attempts) == 1


def test_an_empty_record_has_no_file_until_the_first_answer(tmp_path: Path) -> None:
    progress = open_progress("Zoé", tmp_path)
    assert progress.attempts == [] and not progress.path.exists()
    progress.append(attempt(0))
    document = yaml.safe_load(progress.path.read_bytes())
    assert len(document["attempts"]) == 1


# --- item fingerprints ----------------------------------------------------------------------------


def test_the_fingerprint_is_stable_across_runs() -> None:
    code = (
        "from tests.test_progress import cloze;"
        "from tutor.attempt import item_fingerprint;"
        "print(item_fingerprint(cloze()))"
    )
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONHASHSEED": "123", "PYTHONPATH": str(root)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env, cwd=root
    )
    assert out.stdout.strip() == item_fingerprint(cloze())


def test_the_fingerprint_follows_what_makes_the_answer_right() -> None:
    base = cloze()
    assert item_fingerprint(base) == item_fingerprint(cloze())
    assert item_fingerprint(base) != item_fingerprint(cloze(answer="inébranlable"))
    reworded = Cloze(**{**base.__dict__, "prompt": "Écrivez le mot.", "feedback": "Bravo"})
    assert item_fingerprint(reworded) == item_fingerprint(base)
    choice = Choice(
        id="q", skill=Skill.COMPREHENSION, prompt="?", evidence="e", options=("a", "b"), answer="a"
    )
    other = Choice(**{**choice.__dict__, "answer": "b"})
    assert item_fingerprint(choice) != item_fingerprint(other)
    tf = TrueFalse(id="t", skill=Skill.COMPREHENSION, prompt="?", evidence="e", statement="s")
    assert item_fingerprint(tf) != item_fingerprint(
        TrueFalse(**{**tf.__dict__, "answer": Truth.FALSE})
    )
    question = OpenQuestion(
        id="o", skill=Skill.COMPREHENSION, prompt="?", evidence="e", keywords=(Keyword("a"),)
    )
    more = OpenQuestion(**{**question.__dict__, "keywords": (Keyword("a"), Keyword("b"))})
    assert item_fingerprint(question) != item_fingerprint(more)
    assert item_fingerprint(base).startswith("sha256:") and len(item_fingerprint(base)) == 23


def test_attempt_records_are_plain_json_for_scripts(tmp_path: Path) -> None:
    recorded = attempt(0)
    assert json.loads(json.dumps(recorded.to_record()))["item"] == "c1"
    assert Attempt.from_record(recorded.to_record()) == recorded
