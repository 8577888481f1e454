"""Safe YAML reading: positions, YAML 1.2 plain values, hostile input refused with a place."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tutor.yaml_source import (
    MAX_NESTING,
    Position,
    YamlDocument,
    YamlProblem,
    decode_text,
    parse_yaml,
    plain_text_is_safe,
    read_yaml_file,
)


def problem_of(text: str) -> YamlProblem:
    with pytest.raises(YamlProblem) as caught:
        parse_yaml(text)
    return caught.value


def test_positions_of_values_and_keys_are_one_based() -> None:
    doc = parse_yaml("format: 1\nitems:\n  - id: a\n    options: [x, y]\n")
    assert doc.data == {"format": 1, "items": [{"id": "a", "options": ["x", "y"]}]}
    assert doc.values[("format",)] == Position(1, 9)
    assert doc.keys[("items", 0, "options")] == Position(4, 5)
    assert doc.values[("items", 0, "options", 1)] == Position(4, 18)


def test_position_of_a_missing_field_is_its_parent() -> None:
    doc = parse_yaml("items:\n  - id: a\n")
    assert doc.position(("items", 0, "answer")) == Position(2, 5)
    assert doc.position(("items", 0, "id"), prefer_key=True) == Position(2, 5)
    assert YamlDocument(None).position(("x",)) == Position(1, 1)


def test_numeric_keys_keep_their_position() -> None:
    doc = parse_yaml("a: 1\n2000: x\n")
    assert doc.data == {"a": 1, 2000: "x"}
    assert doc.keys[(2000,)] == Position(2, 1)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("yes", "yes"),
        ("no", "no"),
        ("on", "on"),
        ("Off", "Off"),
        ("y", "y"),
        ("true", True),
        ("False", False),
        ("2024-06-19", "2024-06-19"),
        ("2024-06-19 10:00:00", "2024-06-19 10:00:00"),
        ("14:30", "14:30"),
        ("017", 17),
        ("-3", -3),
        ("1_000", "1_000"),
        ("0x1F", "0x1F"),
        ("1.5", 1.5),
        ("1e3", 1000.0),
        ("~", None),
        ("null", None),
        ("", None),
    ],
)
def test_plain_values_are_read_as_yaml_1_2(text: str, value: object) -> None:
    """As the editors' YAML extension reads them, so editor and validator agree."""
    assert parse_yaml(f"v: {text}\n").data == {"v": value}


@pytest.mark.parametrize(
    ("text", "safe"),
    [("Kim Jong-un", True), ("yes", False), ("2024-06-19", False), ("017", False), ("1e3", False)],
)
def test_plain_text_is_safe_when_every_reader_sees_text(text: str, safe: bool) -> None:
    assert plain_text_is_safe(text) is safe


def test_alias_bomb_is_refused_at_the_first_alias() -> None:
    text = 'a: &a ["lol", "lol"]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n'
    problem = problem_of(text)
    assert problem.position == Position(2, 8)
    assert "aliases (*a) are not allowed" in problem.message


def test_anchor_without_alias_is_harmless() -> None:
    assert parse_yaml("a: &x 1\n").data == {"a": 1}


def test_duplicate_key_points_at_the_second_one() -> None:
    problem = problem_of("items:\n  - id: a\n    answer: x\n    answer: y\n")
    assert problem.position == Position(4, 5)
    assert "'answer' is given twice" in problem.message


@pytest.mark.parametrize(
    "tagged",
    [
        '!!python/object/apply:os.system ["echo hi"]',
        "!!python/name:os.system",
        "!!binary aGVsbG8=",
        "!!set {a, b}",
        "!!timestamp 2024-06-19",
        "!!omap [a: 1]",
        "!custom x",
    ],
)
def test_tags_other_than_plain_data_are_refused(tagged: str) -> None:
    problem = problem_of(f"format: 1\nprompt: {tagged}\n")
    assert problem.position == Position(2, 9)
    assert "not allowed" in problem.message


def test_python_tag_is_never_constructed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    with pytest.raises(YamlProblem):
        parse_yaml(f'x: !!python/object/apply:os.system ["touch {marker}"]\n')
    assert not marker.exists()


def test_nesting_is_limited() -> None:
    parse_yaml("a: " + "[" * (MAX_NESTING - 2) + "]" * (MAX_NESTING - 2))
    problem = problem_of("a: " + "[" * (MAX_NESTING + 5) + "]" * (MAX_NESTING + 5))
    assert "nested more than" in problem.message
    assert problem.position.line == 1


def test_very_deep_nesting_is_refused_by_the_parser() -> None:
    problem = problem_of("[" * 5000 + "]" * 5000)
    assert "nested too deeply" in problem.message


@pytest.mark.parametrize(
    ("text", "position", "words"),
    [
        ("format: 1\nitems:\n\t- a\n", Position(3, 1), "tab character"),
        ('format: 1\ntitle: "abc\n', Position(2, 8), "never closed"),
        ('title: "abc\nprompt: "x"\n', Position(1, 8), "not closed on its line"),
        ("format: 1\narticle:\n  path: a.md\n hash: x\n", Position(4, 2), "indentation"),
        ("prompt: Qui a dit : « non » ?\n", Position(1, 19), "double quotes"),
        ("prompt: 'l'article'\n", Position(1, 12), "apostrophe as ''"),
        ('prompt: "il a dit "non" hier"\n', Position(1, 20), "« »"),
        ("options: [a, b\n", Position(1, 10), "not closed with ']'"),
        ("prompt: @moi\n", Position(1, 9), "cannot start with '@'"),
        ("format: 1\n---\nformat: 1\n", Position(2, 1), "one document per file"),
    ],
)
def test_syntax_errors_say_what_to_do_and_where(text: str, position: Position, words: str) -> None:
    problem = problem_of(text)
    assert problem.message.startswith("invalid YAML: ")
    assert words in problem.message
    assert problem.position == position


def test_empty_document_has_no_data() -> None:
    assert parse_yaml("").data is None
    assert parse_yaml("# only a comment\n").data is None


def test_decode_accepts_utf8_with_bom() -> None:
    assert decode_text("\ufefftitle: été\n".encode()) == "title: été\n"


def test_decode_points_at_the_first_latin1_byte() -> None:
    with pytest.raises(YamlProblem) as caught:
        decode_text("format: 1\ntitle: Corée\n".encode("latin-1"))
    assert caught.value.position == Position(2, 11)
    assert "save the file as UTF-8" in caught.value.message


def test_decode_refuses_binary() -> None:
    with pytest.raises(YamlProblem, match="binary file"):
        decode_text(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_a_50_mb_file_is_refused_before_reading(tmp_path: Path) -> None:
    """Generated here, never committed; refused from its size alone."""
    big = tmp_path / "big.yaml"
    line = b"- " + b"x" * 1021 + b"\n"
    with big.open("wb") as handle:
        for _ in range(50):
            handle.write(line * 1024)
    assert big.stat().st_size >= 50 * 1024 * 1024
    with pytest.raises(YamlProblem, match=r"the file is 5\d MB; exercise files must stay under"):
        read_yaml_file(big)


def test_unreadable_path_is_a_problem(tmp_path: Path) -> None:
    with pytest.raises(YamlProblem, match="cannot read the file"):
        read_yaml_file(tmp_path / "missing.yaml")


YAML_PIECES = st.sampled_from(
    [
        "format: 1",
        "items:",
        "- ",
        "  ",
        "\t",
        "\n",
        ": ",
        "[",
        "]",
        "{",
        "}",
        ",",
        "&a ",
        "*a",
        "!!python/object:os.system ",
        "!!binary ",
        "!!set ",
        "? ",
        "'",
        '"',
        "\\",
        "#",
        "---",
        "...",
        "|",
        ">",
        "%YAML 1.1",
        "<<: ",
        "yes",
        "2024-06-19",
        "1e3",
        "~",
        "é",
        "\ufeff",
        "\x85",
        "\u2028",
    ]
)
YAMLISH = st.lists(st.one_of(YAML_PIECES, st.text(max_size=5)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=200), YAMLISH))
def test_parse_yaml_raises_only_yaml_problem(text: str) -> None:
    try:
        doc = parse_yaml(text)
    except YamlProblem as problem:
        assert problem.position.line >= 1
        assert problem.position.column >= 1
        assert problem.message
    else:
        assert all(pos.line >= 1 and pos.column >= 1 for pos in doc.values.values())


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_decode_then_parse_raises_only_yaml_problem(raw: bytes) -> None:
    try:
        parse_yaml(decode_text(raw))
    except YamlProblem as problem:
        assert problem.position.line >= 1
