"""Exercise files: every item type survives schema, checks, loading and dumping unchanged."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tutor.content import load_article
from tutor.exercise_io import (
    CheckResult,
    ExerciseFileError,
    Problem,
    check_exercise_file,
    exercise_files,
    exercise_schema,
    field_name,
    item_from_dict,
    load_exercise_set,
    normalise_for_search,
    resolve_article_path,
)
from tutor.exercise_writer import SCHEMA_COMMENT, dump_exercise_document, write_text_atomically
from tutor.model import (
    AccentPolicy,
    AnswerPolicy,
    Choice,
    Chronology,
    ChronologyEvent,
    Cloze,
    DateQuestion,
    Keyword,
    OpenQuestion,
    PartOfSpeech,
    QuotePair,
    Skill,
    SpeakerMatch,
    TermMatch,
    TermPair,
    TrueFalse,
    Truth,
)
from tutor.yaml_source import parse_yaml

ARTICLE = Path(__file__).parent / "data" / "broken" / "content" / "poutine-coree-du-nord.md"
HASH = load_article(ARTICLE).text_hash
SENTENCE = "De l’autre côté, la Russie est un allié crucial pour la Corée du Nord."


def common(item_id: str, kind: str, skill: str = "comprehension") -> dict[str, Any]:
    return {
        "id": item_id,
        "type": kind,
        "skill": skill,
        "prompt": "Question ?",
        "evidence": SENTENCE,
        "feedback": "Parce que.",
    }


ITEMS: dict[str, dict[str, Any]] = {
    "choice": {
        **common("qcm", "choice"),
        "options": ["allié", "ennemi", "rival", "voisin"],
        "answer": "allié",
        "hint": "Un ami.",
        "hint_cost": 0.5,
    },
    "true_false": {
        **common("vf", "true_false"),
        "statement": "La Russie aide la Corée du Nord.",
        "answer": True,
        "justify": True,
    },
    "true_false_other_evidence": {
        **common("vf-autres", "true_false"),
        "statement": "La Russie a soutenu la Corée du Nord à l’ONU.",
        "answer": True,
        "justify": True,
        "other_evidence": [
            "En mars, elle a utilisé son veto à l’ONU pour soutenir le gouvernement nord-coréen."
        ],
    },
    "true_false_not_given": {
        **common("vf-ng", "true_false"),
        "statement": "La Russie vend du pétrole bon marché.",
        "answer": "not_given",
    },
    "speakers": {
        **common("qui", "speakers", "speakers"),
        "pairs": [
            {"quote": "soutien indéfectible", "speaker": "Vladimir Poutine"},
            {"quote": "Des documents importants", "speaker": "Iouri Ouchakov"},
        ],
        "distractors": ["Kim Jong-un"],
        "points": 2,
    },
    "chronology": {
        **common("chrono", "chronology", "dates"),
        "events": [
            {"text": "Rencontre avec Kim Jong-il.", "date": "juillet 2000"},
            {"text": "Rencontre en Russie.", "date": "septembre 2023"},
            {"text": "Visite en Corée du Nord."},
        ],
    },
    "date": {
        **common("quand", "date", "dates"),
        "answer": "juillet 2000",
        "value": "2000-07",
        "accept": ["en juillet 2000", "07/2000"],
    },
    "cloze": {
        **common("trou", "cloze", "vocabulary"),
        "text": "La Russie est un ___ crucial.",
        "answer": "allié",
        "accept": ["allie"],
        "accents": "strict",
        "typos": False,
    },
    "cloze_bank": {
        **common("trou-liste", "cloze", "vocabulary"),
        "text": "La Russie est un ___ crucial.",
        "answer": "allié",
        "bank": ["allié", "ennemi", "rival"],
    },
    "terms": {
        **common("mots", "terms", "vocabulary"),
        "pairs": [
            {"term": "un allié", "definition": "un pays ami"},
            {"term": "un veto", "definition": "le droit de bloquer une décision"},
        ],
    },
    "open": {
        **common("pourquoi", "open"),
        "keywords": ["sanctions", {"word": "munitions", "accept": ["munition"]}],
        "min_keywords": 1,
        "model_answer": "À cause des sanctions.",
    },
}

EXPECTED_MODEL = {
    "choice": Choice,
    "true_false": TrueFalse,
    "true_false_not_given": TrueFalse,
    "true_false_other_evidence": TrueFalse,
    "speakers": SpeakerMatch,
    "chronology": Chronology,
    "date": DateQuestion,
    "cloze": Cloze,
    "cloze_bank": Cloze,
    "terms": TermMatch,
    "open": OpenQuestion,
}


@pytest.fixture
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    folder.mkdir()
    shutil.copy(ARTICLE, folder / ARTICLE.name)
    return folder


def document(*items: dict[str, Any], **top: Any) -> dict[str, Any]:
    return {
        "format": 1,
        "title": "Test",
        "article": {"path": ARTICLE.name, "hash": HASH},
        **top,
        "items": [copy.deepcopy(item) for item in items],
    }


def write(tmp_path: Path, doc: dict[str, Any], name: str = "ex.yaml") -> Path:
    path = tmp_path / name
    path.write_text(dump_exercise_document(doc), encoding="utf-8")
    return path


@pytest.mark.parametrize("name", sorted(ITEMS))
def test_every_item_type_round_trips(name: str, tmp_path: Path, content: Path) -> None:
    doc = document(ITEMS[name], defaults={"accents": "warn", "typos": True, "points": 1})
    jsonschema.Draft202012Validator(exercise_schema()).validate(doc)
    first_path = write(tmp_path, doc, "first.yaml")
    result = check_exercise_file(first_path, content)
    assert result.problems == ()
    assert result.ok
    first = load_exercise_set(first_path, content)
    (item,) = first.items
    assert isinstance(item, EXPECTED_MODEL[name])
    assert item.kind == ITEMS[name]["type"]

    reread = parse_yaml(first_path.read_text("utf-8")).data
    assert reread == doc
    second_path = write(tmp_path, reread, "second.yaml")
    second = load_exercise_set(second_path, content)
    assert second.items == first.items
    assert (second.article_path, second.article_hash, second.title) == (
        first.article_path,
        first.article_hash,
        first.title,
    )


def test_model_fields_come_from_the_file(tmp_path: Path, content: Path) -> None:
    items = [ITEMS[name] for name in sorted(ITEMS)]
    loaded = load_exercise_set(write(tmp_path, document(*items)), content)
    by_id = {item.id: item for item in loaded.items}
    assert by_id["qcm"] == Choice(
        id="qcm",
        skill=Skill.COMPREHENSION,
        prompt="Question ?",
        evidence=SENTENCE,
        feedback="Parce que.",
        hint="Un ami.",
        hint_cost=0.5,
        options=("allié", "ennemi", "rival", "voisin"),
        answer="allié",
    )
    assert by_id["vf"].answer is Truth.TRUE and by_id["vf"].justify
    assert by_id["vf-ng"].answer is Truth.NOT_GIVEN
    assert by_id["qui"].pairs[0] == QuotePair("soutien indéfectible", "Vladimir Poutine")
    assert by_id["qui"].points == 2.0
    assert by_id["chrono"].events[2] == ChronologyEvent("Visite en Corée du Nord.")
    assert by_id["quand"].value == "2000-07"
    assert by_id["quand"].accept == ("en juillet 2000", "07/2000")
    assert by_id["trou"].policy == AnswerPolicy(AccentPolicy.STRICT, typos=False)
    assert by_id["trou-liste"].bank == ("allié", "ennemi", "rival")
    assert by_id["mots"].pairs[1] == TermPair("un veto", "le droit de bloquer une décision")
    assert by_id["pourquoi"].keywords == (
        Keyword("sanctions"),
        Keyword("munitions", ("munition",)),
    )


def test_defaults_apply_unless_the_item_overrides_them() -> None:
    defaults = {"accents": "ignore", "typos": False, "points": 3, "hint_cost": 1}
    plain = item_from_dict(ITEMS["cloze_bank"], defaults)
    assert plain.policy == AnswerPolicy(AccentPolicy.IGNORE, typos=False)
    assert (plain.points, plain.hint_cost) == (3.0, 1.0)
    overridden = item_from_dict(ITEMS["cloze"], defaults)
    assert overridden.policy == AnswerPolicy(AccentPolicy.STRICT, typos=False)
    assert item_from_dict(ITEMS["choice"]).policy == AnswerPolicy()


def test_true_false_answers_map_to_truth() -> None:
    for raw, truth in ((True, Truth.TRUE), (False, Truth.FALSE), ("not_given", Truth.NOT_GIVEN)):
        item = item_from_dict({**ITEMS["true_false"], "answer": raw})
        assert item.answer is truth


def test_unquoted_iso_date_stays_text(tmp_path: Path, content: Path) -> None:
    path = tmp_path / "ex.yaml"
    text = dump_exercise_document(document(ITEMS["date"]))
    text = text.replace("value: 2000-07\n", "value: 2000-07-01\n")
    assert "value: 2000-07-01\n" in text
    path.write_text(text, encoding="utf-8")
    loaded = load_exercise_set(path, content)
    assert loaded.items[0].value == "2000-07-01"


def test_dump_starts_with_the_schema_comment_and_quotes_ambiguous_text() -> None:
    text = dump_exercise_document({"answer": "yes", "value": "2024-06-19", "n": "017"})
    assert text.startswith(SCHEMA_COMMENT + "\n")
    assert '"yes"' in text and '"2024-06-19"' in text and '"017"' in text


def test_dump_writes_multiline_text_as_a_block() -> None:
    text = dump_exercise_document({"feedback": "Ligne un.\nLigne deux."})
    assert "feedback: |-\n  Ligne un.\n  Ligne deux.\n" in text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=60))
def test_any_text_survives_dump_and_parse(text: str) -> None:
    doc = {"prompt": text, "options": [text, "x"], text or "k": 1}
    assert parse_yaml(dump_exercise_document(doc)).data == doc


def test_evidence_ignores_typography_and_spacing(tmp_path: Path, content: Path) -> None:
    item = {
        **ITEMS["choice"],
        "evidence": "De l'autre  côté, la Russie est un allié\n crucial pour la Corée du Nord.",
    }
    assert check_exercise_file(write(tmp_path, document(item)), content).problems == ()


def test_evidence_mistake_says_where_it_differs(tmp_path: Path, content: Path) -> None:
    item = {**ITEMS["choice"], "evidence": SENTENCE.replace("crucial", "essentiel")}
    (problem,) = check_exercise_file(write(tmp_path, document(item)), content).problems
    assert problem.field == "items[0].evidence"
    assert "matches up to '...côté, la Russie est un allié', then differs at 'essentiel pour" in (
        problem.message
    )


def test_other_evidence_is_read_as_the_sentences_listed(tmp_path: Path, content: Path) -> None:
    path = write(tmp_path, document(ITEMS["true_false_other_evidence"]))
    (item,) = load_exercise_set(path, content).items
    assert isinstance(item, TrueFalse)
    assert item.other_evidence == (
        "En mars, elle a utilisé son veto à l’ONU pour soutenir le gouvernement nord-coréen.",
    )
    (old,) = load_exercise_set(write(tmp_path, document(ITEMS["true_false"])), content).items
    assert isinstance(old, TrueFalse) and old.other_evidence == ()


def test_other_evidence_not_in_the_article_names_file_line_and_field(
    tmp_path: Path, content: Path
) -> None:
    """A teacher who mistypes the second listed sentence is sent to its line, as for evidence."""
    item = copy.deepcopy(ITEMS["true_false_other_evidence"])
    item["other_evidence"].append("En mars, elle a utilisé son droit de veto à l’ONU.")
    path = write(tmp_path, document(item))
    result = check_exercise_file(path, content)
    (problem,) = result.problems
    assert not result.ok
    assert problem.field == "items[0].other_evidence[1]"
    assert problem.file == path
    line = path.read_text("utf-8").splitlines()[problem.position.line - 1]
    assert "droit de veto" in line
    assert "matches up to 'En mars, elle a utilisé son', then differs at 'droit de veto" in (
        problem.message
    )


def test_other_evidence_on_a_not_given_answer_is_a_warning(tmp_path: Path, content: Path) -> None:
    item = {**ITEMS["true_false_not_given"], "other_evidence": [SENTENCE]}
    result = check_exercise_file(write(tmp_path, document(item)), content)
    (problem,) = result.problems
    assert (problem.field, problem.severity) == ("items[0].other_evidence", "warning")
    assert "'on ne sait pas'" in problem.message
    assert result.ok


def test_changed_article_is_a_warning_and_still_loads(tmp_path: Path, content: Path) -> None:
    doc = document(ITEMS["choice"])
    doc["article"]["hash"] = "sha256:0123456789abcdef"
    path = write(tmp_path, doc)
    result = check_exercise_file(path, content)
    (problem,) = result.problems
    assert problem.severity == "warning"
    assert HASH in problem.message
    assert result.ok
    assert load_exercise_set(path, content).items


def test_errors_stop_loading_with_every_error(tmp_path: Path, content: Path) -> None:
    bad_choice = {**ITEMS["choice"], "answer": "ami"}
    bad_cloze = {**ITEMS["cloze_bank"], "bank": ["ennemi", "rival"]}
    path = write(tmp_path, document(bad_choice, bad_cloze))
    with pytest.raises(ExerciseFileError) as caught:
        load_exercise_set(path, content)
    fields = [p.field for p in caught.value.problems]
    assert fields == ["items[0].answer", "items[1].bank"]
    assert str(path) in str(caught.value)


def test_hint_cost_is_checked_against_default_points(tmp_path: Path, content: Path) -> None:
    item = {**ITEMS["choice"], "hint_cost": 2}
    path = write(tmp_path, document(item, defaults={"points": 1}))
    (problem,) = check_exercise_file(path, content).problems
    assert problem.field == "items[0].hint_cost"
    assert "(hint_cost 2, points 1)" in problem.message


def test_hint_cost_without_hint_is_a_warning(tmp_path: Path, content: Path) -> None:
    item = {**ITEMS["terms"], "hint_cost": 0.5}
    (problem,) = check_exercise_file(write(tmp_path, document(item)), content).problems
    assert (problem.severity, problem.field) == ("warning", "items[0].hint_cost")


def test_misspelt_field_is_reported_once_with_a_suggestion(tmp_path: Path, content: Path) -> None:
    item = {k: v for k, v in ITEMS["choice"].items() if k != "options"}
    item["optoins"] = ["a", "b", "c"]
    (problem,) = check_exercise_file(write(tmp_path, document(item)), content).problems
    assert problem.message == "unknown field 'optoins'; did you mean 'options'?"


def test_field_of_another_item_type_is_named_as_such(tmp_path: Path, content: Path) -> None:
    item = {**ITEMS["cloze"], "options": ["a", "b", "c"]}
    (problem,) = check_exercise_file(write(tmp_path, document(item)), content).problems
    assert problem.message == "'options' is not a field of cloze items (only choice items have it)"


def test_unknown_field_without_close_match_lists_the_fields(tmp_path: Path, content: Path) -> None:
    item = {**ITEMS["terms"], "zzz": 1}
    (problem,) = check_exercise_file(write(tmp_path, document(item)), content).problems
    assert problem.message.startswith("unknown field 'zzz'; the fields here are: id, type,")
    assert problem.message.endswith("pairs")


def test_malformed_hash_message_gives_the_current_hash(tmp_path: Path, content: Path) -> None:
    doc = document(ITEMS["choice"])
    doc["article"]["hash"] = "à remplir"
    (problem,) = check_exercise_file(write(tmp_path, doc), content).problems
    assert problem.field == "article.hash"
    assert f"the article's current hash is {HASH}" in problem.message


def test_missing_article_suggests_a_close_name(tmp_path: Path, content: Path) -> None:
    doc = document(ITEMS["choice"])
    doc["article"]["path"] = "poutine-coree.md"
    (problem,) = check_exercise_file(write(tmp_path, doc), content).problems
    assert "did you mean 'poutine-coree-du-nord.md'?" in problem.message


def test_unreadable_article_is_an_error_not_a_crash(tmp_path: Path, content: Path) -> None:
    (content / "vide.txt").write_text("", encoding="utf-8")
    doc = document(ITEMS["choice"])
    doc["article"]["path"] = "vide.txt"
    (problem,) = check_exercise_file(write(tmp_path, doc), content).problems
    assert problem.message.startswith("the article cannot be read")


def test_article_path_must_stay_inside_content(tmp_path: Path, content: Path) -> None:
    assert resolve_article_path(content, ARTICLE.name) == (content / ARTICLE.name).resolve()
    assert resolve_article_path(content, "../../etc/passwd.txt") is None
    (tmp_path / "outside.md").write_text("Titre\nTexte.", encoding="utf-8")
    assert resolve_article_path(content, "../outside.md") is None


def test_min_keywords_above_the_keyword_count_is_an_error(tmp_path: Path, content: Path) -> None:
    item = {**ITEMS["open"], "min_keywords": 3}
    (problem,) = check_exercise_file(write(tmp_path, document(item)), content).problems
    assert problem.message == "asks for 3 keywords but only 2 are listed"


def test_problem_prints_as_file_line_column() -> None:
    from tutor.yaml_source import Position

    problem = Problem(Path("ex.yaml"), Position(3, 7), "oops", "items[0].answer")
    assert str(problem) == "ex.yaml:3:7: error: items[0].answer: oops"
    assert str(Problem(Path("ex.yaml"), Position(1, 1), "empty")) == "ex.yaml:1:1: error: empty"


def test_field_name_reads_like_the_file() -> None:
    assert field_name(("items", 3, "options", 0)) == "items[3].options[0]"
    assert field_name(()) == ""


def test_normalise_for_search_ignores_quotes_apostrophes_and_case() -> None:
    assert normalise_for_search("L’ONU a dit “non”\n  hier") == normalise_for_search(
        'l\'onu a dit "non" hier'
    )


def test_exercise_files_lists_yaml_only_sorted(tmp_path: Path) -> None:
    for name in ("b.yaml", "a.yml", "notes.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in exercise_files(tmp_path)] == ["a.yml", "b.yaml"]
    assert exercise_files(tmp_path / "nope") == []


def test_write_text_atomically_replaces_the_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "ex.yaml"
    write_text_atomically(target, "premier")
    write_text_atomically(target, "second")
    assert target.read_text("utf-8") == "second"
    assert [p.name for p in target.parent.iterdir()] == ["ex.yaml"]


def test_a_written_exercise_file_is_readable_by_others_and_keeps_its_mode(tmp_path: Path) -> None:
    # a teacher shares exercises/ with colleagues: a new file must not be private (0600)
    target = tmp_path / "ex.yaml"
    write_text_atomically(target, "premier")
    assert target.stat().st_mode & 0o777 == 0o644
    target.chmod(0o664)
    write_text_atomically(target, "second")
    assert target.stat().st_mode & 0o777 == 0o664


def test_check_result_ok_needs_a_set_and_no_error() -> None:
    assert not CheckResult(Path("x"), None, ()).ok


HOSTILE_TEXT = st.one_of(
    st.text(max_size=300),
    st.binary(max_size=300),
    st.lists(
        st.sampled_from(
            [
                "format: 1\n",
                "article: {path: poutine-coree-du-nord.md, hash: 'sha256:78159cdc5d59b892'}\n",
                "article: {path: ../x.md, hash: 'sha256:78159cdc5d59b892'}\n",
                "items:\n",
                "  - id: a\n",
                "    type: choice\n",
                "    type: open\n",
                "    skill: dates\n",
                "    prompt: p\n",
                "    evidence: De l’autre côté\n",
                "    options: [a, b, c]\n",
                "    answer: a\n",
                "    answer: yes\n",
                "    keywords: [x, {word: y}]\n",
                "    hint_cost: 5\n",
                "    points: '2'\n",
                "defaults: {points: 0.5}\n",
                "1: 2\n",
                "? [a]\n: b\n",
                "&x a: *x\n",
                "- \n",
                "\t",
                '"',
            ]
        ),
        max_size=20,
    ).map("".join),
)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HOSTILE_TEXT)
def test_check_exercise_file_never_raises(data: str | bytes) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "content").mkdir()
        shutil.copy(ARTICLE, root / "content" / ARTICLE.name)
        path = root / "ex.yaml"
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
        result = check_exercise_file(path, root / "content")
    assert result.ok or any(p.severity == "error" for p in result.problems)
    for problem in result.problems:
        assert problem.position.line >= 1 and problem.position.column >= 1
        assert problem.severity in ("error", "warning")
        assert "Traceback" not in str(problem)


def test_a_clozes_part_of_speech_is_read_and_checked(tmp_path: Path, content: Path) -> None:
    item = {**ITEMS["cloze"], "answer_pos": "verb"}
    path = write(tmp_path, document(item))
    assert check_exercise_file(path, content).problems == ()
    (cloze,) = load_exercise_set(path, content).items
    assert isinstance(cloze, Cloze) and cloze.answer_pos is PartOfSpeech.VERB
    item["answer_pos"] = "verbe"
    (problem,) = check_exercise_file(write(tmp_path, document(item)), content).problems
    assert problem.field == "items[0].answer_pos"
    assert problem.message == "\"verbe\" is not a part of speech; did you mean 'verb'?"
