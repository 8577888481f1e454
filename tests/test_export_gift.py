"""Moodle GIFT quizzes from exercise files: every shipped file, and one whose article is full of
GIFT's special characters, read back by a strict reader of what Moodle's importer does: each
item is the right kind of question, with the right answers, escaped so that Moodle reads the
text as written."""

from __future__ import annotations

from pathlib import Path

import pytest
from gift_reader import GiftError, Question, read_gift, read_question, shown

from tutor import messages as msg
from tutor.exercise_io import check_exercise_file, exercise_files
from tutor.export_gift import GiftQuiz, export_gift, item_questions
from tutor.gift_text import GiftQuestion, escape, short_answers
from tutor.model import (
    GAP,
    Choice,
    Chronology,
    ChronologyEvent,
    Cloze,
    DateQuestion,
    ExerciseSet,
    Item,
    OpenQuestion,
    Skill,
    SpeakerMatch,
    TermMatch,
    TrueFalse,
)
from tutor.verdict import quoted

REPO = Path(__file__).resolve().parents[1]
SHIPPED = exercise_files(REPO / "exercises")
SYMBOLS_DIR = REPO / "tests" / "data" / "gift"
SYMBOLS = SYMBOLS_DIR / "exercises" / "symboles.yaml"
TRUTHS = [msg.TRUTH_LABELS[t] for t in ("true", "false", "not_given")]


def _export(path: Path, content: Path) -> tuple[ExerciseSet, GiftQuiz]:
    result = check_exercise_file(path, content)
    assert result.ok and result.exercise_set is not None, result.problems
    return result.exercise_set, export_gift(result.exercise_set, result.article, path.name)


def _right(question: Question) -> str:
    (right,) = [a.text for a in question.answers if a.fraction == 1]
    return shown(right)


def _gapped(prompt: str, text: str) -> str:
    """The question text Moodle shows for a cloze: the prompt, then the sentence with its gap."""
    return f"{prompt}\n{text.replace(GAP, '_____')}"


def _typed(*forms: str) -> list[str]:
    """Short answers as Moodle stores them: each form once, a `*` written `\\*`."""
    return list(dict.fromkeys(form.replace("*", "\\*") for form in forms))


def _check_question(item: Item, questions: dict[str, Question]) -> None:
    """The item's question(s) read back: kind, text, answers; feedback and proof in the
    general feedback of each."""
    if isinstance(item, SpeakerMatch | TermMatch) and len(item.pairs) < 3:
        mine = [questions[f"{item.id}-{n}"] for n in range(1, len(item.pairs) + 1)]
    else:
        mine = [questions[item.id]]
    for question in mine:
        feedback = shown(question.general_feedback)
        assert item.feedback in feedback
        assert msg.EXPORT_PROOF.format(evidence=quoted(item.evidence)) in feedback
    question = mine[0]
    text = shown(question.text)
    if isinstance(item, Choice):
        assert question.kind == "multichoice" and text == item.prompt
        assert [shown(a.text) for a in question.answers] == list(item.options)
        assert _right(question) == item.answer
    elif isinstance(item, TrueFalse):
        assert question.kind == "multichoice"
        assert text.endswith(quoted(item.statement)) and "Justifi" not in text
        assert [shown(a.text) for a in question.answers] == TRUTHS
        assert _right(question) == msg.TRUTH_LABELS[str(item.answer)]
    elif isinstance(item, Cloze):
        assert text == _gapped(item.prompt, item.text)
        if item.bank:
            assert question.kind == "multichoice"
            assert [shown(a.text) for a in question.answers] == list(item.bank)
            assert _right(question) == item.answer
        else:
            assert question.kind == "shortanswer"
            assert [a.text for a in question.answers] == _typed(item.answer, *item.accept)
            assert all(a.fraction == 1 for a in question.answers)
    elif isinstance(item, DateQuestion):
        assert question.kind == "shortanswer" and text == item.prompt
        assert [a.text for a in question.answers] == _typed(item.answer, *item.accept)
    elif isinstance(item, SpeakerMatch):
        rows = [(p.quote if p.reported else quoted(p.quote), p.speaker) for p in item.pairs]
        if len(rows) >= 3:
            assert question.kind == "match" and text == item.prompt
            assert [(shown(left), right) for left, right in question.pairs] == rows
        else:
            speakers = sorted({p.speaker for p in item.pairs} | set(item.distractors))
            for one, (row, speaker) in zip(mine, rows, strict=True):
                assert one.kind == "multichoice"
                assert shown(one.text) == f"{msg.EXPORT_WHO_SAID}\n{row}"
                assert [shown(a.text) for a in one.answers] == speakers
                assert _right(one) == speaker
    elif isinstance(item, TermMatch):
        rows = [(p.definition, p.term) for p in item.pairs]
        if len(rows) >= 3:
            assert question.kind == "match" and text == item.prompt
            assert [(shown(left), right) for left, right in question.pairs] == rows
        else:
            for one, (definition, term) in zip(mine, rows, strict=True):
                assert one.kind == "multichoice"
                assert shown(one.text) == f"{msg.EXPORT_WHICH_TERM}\n{definition}"
                assert _right(one) == term
    elif isinstance(item, Chronology):
        assert question.kind == "match" and text == item.prompt
        places = ["1er"] + [f"{n}e" for n in range(2, len(item.events) + 1)]
        assert [(shown(left), right) for left, right in question.pairs] == list(
            zip([e.text for e in item.events], places, strict=True)
        )
    elif isinstance(item, OpenQuestion):
        assert question.kind == "essay" and text == item.prompt
        feedback = shown(question.general_feedback)
        assert item.model_answer in feedback
        assert all(k.word in feedback for k in item.keywords)


def _check_quiz(exercise_set: ExerciseSet, quiz: GiftQuiz) -> None:
    gift = read_gift(quiz.text)
    titles = [q.title for q in gift.questions]
    assert len(titles) == len(set(titles)) == quiz.questions
    title = exercise_set.title or ""
    assert gift.categories == [f"tutor/{title.replace('/', '//')}"]
    questions = {q.title: q for q in gift.questions}
    skipped = {n.item_id for n in quiz.notes if n.skipped}
    for item in exercise_set.items:
        if item.id not in skipped:
            _check_question(item, questions)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_exercise_file_reads_back_as_moodle_would(path: Path) -> None:
    exercise_set, quiz = _export(path, REPO / "content")
    _check_quiz(exercise_set, quiz)
    assert not [n for n in quiz.notes if n.skipped]
    assert f"Article: {exercise_set.title}" in quiz.text.split("$CATEGORY")[0]


def test_special_characters_of_the_article_read_back_as_written() -> None:
    exercise_set, quiz = _export(SYMBOLS, SYMBOLS_DIR / "content")
    _check_quiz(exercise_set, quiz)
    questions = {q.title: q for q in read_gift(quiz.text).questions}
    score = questions["score"]
    assert shown(score.text) == "Q: quel est le score du match ? {note} #1"
    # an option that looks like a weight or a format is read as the option
    assert [(a.text, a.fraction) for a in score.answers][2:] == [
        ("%12% {x}", 0.0),
        ("[plain] 0:0", 0.0),
    ]
    assert "Le score = une place en finale {fin} #ok ~ \\o/" in shown(score.general_feedback)
    # a typed answer keeps ~ : # and a literal *, and one that looks like a format
    typed = [a.text for a in questions["cloze-buts"].answers]
    assert typed == ["buts", "but", "b\\*ts", "[html]buts"]
    assert [a.text for a in questions["cloze-fin"].answers] == ["Lille", "Lille ~ OSC"]
    assert [a.text for a in questions["date-defaite"].answers][-1] == "2:2:2024 #"
    # the gap at the end of a sentence, and one glued to an elision
    assert shown(questions["cloze-fin"].text).endswith("contre _____")
    assert "l'_____ Paul Martin" in shown(questions["cloze-elision"].text)
    # reported speech with "->" and "=", a speaker with ":"
    assert (
        shown(questions["qui-a-dit"].pairs[2][0]),
        questions["qui-a-dit"].pairs[2][1],
    ) == ("que le sport -> la fête = 100 % vrai", "Anne Roux : ministre")
    # HTML of the article is shown as text, a backslash stays one
    assert questions["termes"].pairs[2] == (
        "Un chemin ~ de fichier &lt;b&gt; &amp; # -&gt;",
        "C:\\club",
    )
    assert shown(questions["termes"].pairs[2][0]) == "Un chemin ~ de fichier <b> & # ->"


def test_what_gift_cannot_hold_is_noted_with_the_item_id() -> None:
    _, quiz = _export(SYMBOLS, SYMBOLS_DIR / "content")
    notes = {n.item_id: n for n in quiz.notes}
    assert set(notes) == {"vf-score", "qui-a-dit", "qui-a-dit-2", "termes-2"}
    assert "Karim Benali" in notes["qui-a-dit"].message
    assert "qui-a-dit-2-1" in notes["qui-a-dit-2"].message
    assert not any(n.skipped for n in quiz.notes)
    header = quiz.text.split("$CATEGORY")[0]
    assert all(line.startswith("// ") for line in header.splitlines())
    assert "// qui-a-dit: the extra speakers (Karim Benali)" in header
    assert "// Source: test {fixture} #tutor = ~ \\ : fin" in header


def _item(**fields: object) -> dict[str, object]:
    return {"skill": Skill.DATES, "prompt": "Remettez dans l'ordre.", "evidence": "", **fields}


def test_a_chronology_of_two_events_is_left_out_with_a_note() -> None:
    events = (ChronologyEvent("Lyon perd."), ChronologyEvent("Lyon gagne."))
    questions, notes = item_questions(Chronology(**_item(id="chrono"), events=events))
    assert questions == []
    assert [(n.item_id, n.skipped) for n in notes] == [("chrono", True)]


def test_an_accepted_form_with_an_arrow_is_left_out_with_a_note() -> None:
    date = DateQuestion(
        **_item(id="date", prompt="Quand ?"), answer="mars 2024", accept=("03 -> 2024",)
    )
    questions, notes = item_questions(date)
    assert questions[0].answers == ("=mars 2024",)
    assert [(n.item_id, n.skipped) for n in notes] == [("date", False)]
    assert "03 -> 2024" in notes[0].message


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("3-2", "3-2"),
        ("Q: ", "Q\\: "),
        ("{note}", "\\{note\\}"),
        ("a = b ~ c # d", "a \\= b \\~ c \\# d"),
        ("C:\\new", "C\\:\\\\new"),
        ("deux\nlignes", "deux\\nlignes"),
    ],
)
def test_escape_writes_what_moodle_reads_back(text: str, written: str) -> None:
    assert escape(text) == written
    question = read_question(f"::t::[html]x{{={escape(text)}}}")
    assert question.answers[0].text == text.strip()


def test_a_short_answer_holds_each_form_once() -> None:
    assert short_answers(["2014", "2014", "en 2014"]) == ("=2014", "=en 2014")


def test_the_reader_refuses_what_moodle_would_misread() -> None:
    with pytest.raises(GiftError):
        read_question("::t::[html]Le score {note}{=3-2}")  # a second {
    with pytest.raises(GiftError):
        read_question("::t::[html]x{=a\\b}")  # an unknown escape
    with pytest.raises(GiftError):
        read_question("Qui ?{=a}")  # no title
    question = GiftQuestion("t", "Le score {note}", ("=3-2",))
    assert read_question(question.render()).text == "Le score {note}"
