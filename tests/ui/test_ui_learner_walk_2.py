"""What a second walk through the app in a real terminal found: the expected answer said three
times in one feedback, a « left alone at the end of a line, a lesson left half-way with no word
on how to go on, a teacher's broken file reported to learners by an absolute path only."""

from __future__ import annotations

import shutil

from textual.widgets import Input
from ui_helpers import (
    choose_row,
    notifications,
    open_library,
    right_keys,
    session_of,
    shown_text,
    text,
    texts,
    typing,
    wait_screen,
    wait_until,
    wrong_choice_key,
)
from ui_home import CHECKOUT, Home

from tutor.exercise_io import load_exercise_set
from tutor.model import Cloze, Item, SpeakerMatch, TermMatch
from tutor.ui.formatting import format_points
from tutor.ui.item_view import shuffled_bank, shuffled_rows
from tutor.ui.screens.feedback import FeedbackModal
from tutor.ui.screens.learner import LearnerScreen
from tutor.ui.screens.library import LibraryScreen
from tutor.ui.screens.reader import ReaderScreen
from tutor.ui.screens.results import ResultsScreen
from tutor.ui.screens.session import SessionScreen
from tutor.ui.screens.term import TermModal
from tutor.ui.widgets.open_answer import AnswerArea

PSA = "psa-suppressions-emplois"
POUTINE = "poutine-coree-du-nord"
SIZE = (100, 32)


def _with_psa(home: Home) -> None:
    """The PSA lesson as it was when these tests were written (tests/data/ui/): the tests are
    about what the screen shows of its items, and a regenerated lesson changes its items."""
    shutil.copy(CHECKOUT / "tests" / "data" / "ui" / f"{PSA}.yaml", home.exercises / f"{PSA}.yaml")


def _poutine_item(home: Home, item_id: str) -> Item:
    items = load_exercise_set(home.exercises / f"{POUTINE}.yaml", home.paths.content).items
    return next(i for i in items if i.id == item_id)


def _item(home: Home, item_id: str) -> Item:
    items = load_exercise_set(home.exercises / f"{PSA}.yaml", home.paths.content).items
    return next(i for i in items if i.id == item_id)


async def _start(pilot, name: str = "Amélie") -> None:
    await wait_screen(pilot, LearnerScreen)
    await pilot.press(*typing(name), "enter")
    await wait_screen(pilot, LibraryScreen)


async def _feedback_after(pilot, keys: list[str]) -> FeedbackModal:
    await pilot.press(*keys)
    modal = await wait_screen(pilot, FeedbackModal)
    assert isinstance(modal, FeedbackModal)
    return modal


async def _answer_two_right(pilot, reader: ReaderScreen, items: list) -> None:
    """From the reader, start the exercises and answer the first two items right."""
    await pilot.press("e")
    session = await wait_screen(pilot, SessionScreen)
    for item in items[:2]:
        await _feedback_after(pilot, right_keys(item, reader.article.body))
        await pilot.press("enter")
        await wait_until(pilot, lambda: pilot.app.screen is session, "the next item")


async def test_the_term_sentence_keeps_a_quote_mark_with_its_word(make_app, home: Home) -> None:
    """ "a précisé que «" ended a line of the key term's sentence, "personne" began the next:
    the reader held them together, the term's window did not."""
    _with_psa(home)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _start(pilot)
        await choose_row(pilot, PSA)
        await pilot.press("enter")
        reader = await wait_screen(pilot, ReaderScreen)
        assert isinstance(reader, ReaderScreen)
        index = next(i for i, s in enumerate(reader.spans) if s.term == "directoire")
        reader.action_show_term(index)
        await wait_screen(pilot, TermModal)
        sentence = text(app, "#term-sentence")
        assert "«\u00a0personne" in sentence and "chemin\u00a0»" in sentence, sentence
        lines = [line.rstrip() for line in shown_text(app, "#term-sentence").splitlines()]
        assert not any(line.endswith("«") for line in lines), lines
        assert not any(line.lstrip().startswith("»") for line in lines), lines


async def test_a_wrong_number_gives_the_answer_once(make_app, home: Home) -> None:
    """Three times "3 600": "La bonne réponse : 3 600", "Non. La bonne réponse est « 3 600 »."
    and the file's "Réponse : 3 600." (the no-break space of the explanation hid the first)."""
    _with_psa(home)
    item = _item(home, "nombre-3-600-emplois-dans-l-admi")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _start(pilot)
        await session_of(pilot, PSA, [item.id])
        await _feedback_after(pilot, [wrong_choice_key(item)])  # type: ignore[arg-type]
        assert not app.screen.query("#expected"), text(app, "#expected")
        explanation = text(app, "#explanation")
        assert explanation.startswith("Non. La bonne réponse est «\u00a03\u00a0600\u00a0»")
        assert "Réponse\u00a0: 3" not in explanation and "Réponse : 3" not in explanation
        # the sentence is shown once, highlighted in its paragraph, not quoted again above it
        assert "L'article dit" not in explanation, explanation
        assert "3\u00a0600 emplois dans l'administration" in shown_text(app, "#evidence")


async def test_a_right_answer_is_not_repeated_by_the_file_feedback(make_app, home: Home) -> None:
    """ "Bravo ! La réponse est « 8 000 ». Réponse : 8 000. L'article dit…"."""
    _with_psa(home)
    item = _item(home, "nombre-8-000-postes-en-france")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _start(pilot)
        await session_of(pilot, PSA, [item.id])
        await _feedback_after(pilot, right_keys(item, ""))
        explanation = text(app, "#explanation")
        assert explanation.count("8\u00a0000") + explanation.count("8 000") == 1, explanation
        assert "Réponse\u00a0:" not in explanation, explanation


async def test_a_typo_is_named_once_and_the_word_too(make_app, home: Home) -> None:
    """ "≈ Presque : une petite faute de frappe", then "Presque : une petite faute de frappe. La
    bonne réponse est « redressement productif ». Le mot du texte est « redressement
    productif ». En France…": the title line says the slip, the explanation the answer, once."""
    _with_psa(home)
    item = _item(home, "mot-redressement-productif")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _start(pilot)
        await session_of(pilot, PSA, [item.id])
        await _feedback_after(pilot, [*typing("redresement productif"), "enter"])
        banner = text(app, "#verdict")
        explanation = text(app, "#explanation")
        assert "faute de frappe" in banner, banner
        assert "faute de frappe" not in explanation, explanation
        assert explanation.startswith("La bonne réponse est"), explanation
        assert explanation.count("redressement productif") == 1, explanation
        assert "En France" in explanation  # the file's explanation of the word stays


async def test_a_wrong_word_picked_in_the_list_is_not_told_it_is_in_the_list(
    make_app, home: Home
) -> None:
    """ "Non : c'est un autre mot de la liste." to a learner who had just picked it there."""
    _with_psa(home)
    item = _item(home, "banque-competitivite")
    assert isinstance(item, Cloze)
    wrong = next(n for n, w in enumerate(shuffled_bank(item), 1) if w != item.answer)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _start(pilot)
        await session_of(pilot, PSA, [item.id])
        await _feedback_after(pilot, [str(wrong)])
        explanation = text(app, "#explanation")
        assert "autre mot de la liste" not in explanation, explanation
        assert "ne va pas dans cette phrase" in explanation, explanation


async def test_definition_rows_have_no_point_before_the_colon(make_app, home: Home) -> None:
    """ "✔ Vendu très peu cher, avec moins de services. : low-cost"."""
    _with_psa(home)
    item = _item(home, "definitions-low-cost")
    assert isinstance(item, TermMatch)
    rows, terms = shuffled_rows(item)
    right = {p.definition: p.term for p in item.pairs}
    keys = [str(terms.index(right[row]) + 1) for row in rows]
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _start(pilot)
        await session_of(pilot, PSA, [item.id])
        await _feedback_after(pilot, [*keys, "enter"])
        given = text(app, "#given")
        assert ".\u00a0:" not in given and ". :" not in given, given
        assert "services\u00a0: low-cost" in given, given


async def test_the_results_list_each_pair_on_its_own_line(make_app, home: Home) -> None:
    """The results gave a missed who-said-what as one line: "« nous avons une sécurité
    financière impo… » : Philippe Varin; « le gouvernement… »", cut mid-word, with an English
    semicolon."""
    _with_psa(home)
    item_id = "speakers-arnaud-montebourg-philippe-varin"
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _start(pilot)
        await session_of(pilot, PSA, [item_id])
        await _feedback_after(pilot, ["1", "1", "enter"])  # the same person for both quotes
        await pilot.press("enter")
        await wait_screen(pilot, ResultsScreen)
        missed = texts(app, ".missed-item")
        assert len(missed) == 1
        lines = missed[0].splitlines()
        assert lines[-2].endswith("\u00a0: Arnaud Montebourg") or lines[-1].endswith(
            "\u00a0: Arnaud Montebourg"
        ), lines
        assert any(line.endswith("\u00a0: Philippe Varin") for line in lines[-2:]), lines
        assert "; " not in missed[0] and "impo…" not in missed[0], missed[0]


async def test_an_open_question_field_does_not_contradict_its_question(
    make_app, home: Home
) -> None:
    """ "Répondez en deux ou trois phrases" above a field saying "en une ou deux phrases"."""
    _with_psa(home)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _start(pilot)
        session = await session_of(pilot, PSA, ["resume-article"])
        assert "deux ou trois phrases" in text(app, "#item-prompt")
        field = session.query_one("#typed", AnswerArea)  # a box that wraps, since 80x24 audit
        assert "phrase" not in str(field.placeholder), field.placeholder


async def test_leaving_half_way_says_how_to_go_on(make_app, home: Home) -> None:
    """Échap after two answers said only "Vos réponses sont enregistrées": the learner did not
    know the lesson would go on at question 3."""
    _with_psa(home)
    items = load_exercise_set(home.exercises / f"{PSA}.yaml", home.paths.content).items
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _start(pilot)
        await choose_row(pilot, PSA)
        await pilot.press("enter")
        reader = await wait_screen(pilot, ReaderScreen)
        assert isinstance(reader, ReaderScreen)
        await _answer_two_right(pilot, reader, items)
        app.clear_notifications()
        await pilot.press("escape")
        await wait_screen(pilot, ReaderScreen)
        said = "\n".join(notifications(app))
        assert "question 3" in said and "appuyez sur e" in said, said


async def test_a_broken_teacher_file_says_who_fixes_it_and_where(make_app, home: Home) -> None:
    """An answer not among the options: the learner read an absolute path cut in the middle of
    the file name and an English line, with nothing saying it was for the teacher."""
    _with_psa(home)
    path = home.exercises / f"{PSA}.yaml"
    path.write_text(path.read_text("utf-8").replace("answer: 8 000", "answer: 8 500"), "utf-8")
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        library = await open_library(pilot)
        said = "\n".join(notifications(app))
        assert f"exercises/{PSA}.yaml:" in said, said
        assert str(home.paths.home) not in said, said
        assert "enseignant" in said, said
        await choose_row(pilot, PSA)
        detail = text(app, "#detail-text")
        assert "enseignant" in detail and str(home.paths.home) not in detail, detail
        app.clear_notifications()
        await pilot.press("enter")
        await wait_screen(pilot, ReaderScreen)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        said = "\n".join(notifications(app))
        assert "enseignant" in said and f"exercises/{PSA}.yaml:" in said, said
        assert library.catalog is not None
        assert library.catalog.entry("poutine-coree-du-nord").ready  # type: ignore[union-attr]


async def test_a_known_learner_chooses_a_first_name(make_app) -> None:
    """ "Choisissez votre nom" above "Ou écrivez un nouveau prénom": the same thing, two words."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _start(pilot, "Zoé")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        learner = await wait_screen(pilot, LearnerScreen)
        await wait_until(
            pilot, lambda: learner.query_one("OptionList").display, "the known learners"
        )
        assert "prénom" in " ".join(texts(app, ".known")), texts(app, ".known")


def _footer_keys(app) -> dict[str, bool]:
    """The footer's actions by name, with whether each is enabled (greyed out when not)."""
    return {
        active.binding.action: active.enabled
        for active in app.screen.active_bindings.values()
        if active.binding.show
    }


async def test_f2_is_greyed_out_on_an_item_without_a_hint(make_app, home: Home) -> None:
    """F2 "Indice" was offered on every item; on a true / false one it only said "Pas d'indice
    pour cette question"."""
    _with_psa(home)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _start(pilot)
        session = await session_of(
            pilot, PSA, ["vrai-faux-philippe-varin-a-dit-a-la-radio-nous", "qui-est-philippe-varin"]
        )
        assert not session.lesson.items[0].item.hint and session.lesson.items[1].item.hint
        assert _footer_keys(app)["hint"] is False
        await _feedback_after(pilot, ["n"])
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.screen is session, "the second item")
        await pilot.pause()
        assert _footer_keys(app)["hint"] is True
        await pilot.press("f2")
        await pilot.pause()
        assert "Indice" in text(app, "#hint")


async def test_the_library_says_where_a_lesson_left_half_way_goes_on(make_app, home: Home) -> None:
    """After Échap at question 3 the library showed "24 %" in the score column and "18
    questions. Entrée pour lire l'article, puis e pour les exercices": nothing said the lesson
    was under way."""
    _with_psa(home)
    items = load_exercise_set(home.exercises / f"{PSA}.yaml", home.paths.content).items
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _start(pilot)
        await choose_row(pilot, PSA)
        assert "en êtes" not in text(app, "#detail-text")
        await pilot.press("enter")
        reader = await wait_screen(pilot, ReaderScreen)
        assert isinstance(reader, ReaderScreen)
        await _answer_two_right(pilot, reader, items)
        await pilot.press("escape")
        await wait_screen(pilot, ReaderScreen)
        await pilot.press("escape")
        await wait_screen(pilot, LibraryScreen)
        await pilot.pause()
        detail = text(app, "#detail-text")
        assert "vous en êtes à la question\u00a03" in detail.replace(" 3", "\u00a03"), detail
        assert "e pour continuer" in detail, detail


async def test_the_command_palette_speaks_french(make_app) -> None:
    """Ctrl+P showed "^p palette" in the footer, "Search for commands…" and Textual's English
    commands ("Keys", "Maximize", "Screenshot", "Quit the application as soon as possible")."""
    from textual.command import CommandInput, CommandList

    app = make_app(learner="Léa")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_library(pilot)
        footer = shown_text(app, "Footer")
        assert footer.rstrip().endswith("^p Menu") and "f1 Aide" in footer, footer
        await pilot.press("ctrl+p")
        await wait_until(pilot, lambda: bool(app.screen.query(CommandInput)), "the palette")
        await pilot.pause(0.3)
        assert app.screen.query_one(CommandInput).placeholder == "Chercher une commande…"
        shown = app.screen.query_one(CommandList)
        names = [str(shown.get_option_at_index(i).prompt) for i in range(shown.option_count)]
        said = "\n".join(names)
        for english in ("Keys", "Maximize", "Screenshot", "Theme", "Quit the"):
            assert english not in said, said
        assert "Quitter" in said and "Bibliothèque" in said, said


async def test_the_reader_footer_fits_80_columns(make_app) -> None:
    """At 80 columns the reader's footer ended "^q Quitt" or "f▏": "Voir le mot" took the room
    of "f1 Aide"."""
    app = make_app(learner="Léa")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_library(pilot)
        await choose_row(pilot, "poutine-coree-du-nord")
        await pilot.press("enter")
        await wait_screen(pilot, ReaderScreen)
        footer = shown_text(app, "Footer")
        assert "⏎ Sens" in footer and "f1 Aide" in footer and "^q Quitter" in footer, footer


async def test_a_person_chosen_for_every_quote_shows_on_each_row(make_app, home: Home) -> None:
    """The same choice for every row: the screen showed it on each row, the correction said
    "– → un porte-parole" (no answer) for all rows but one. A term can no longer be given to two
    rows (tests/ui/test_ui_pairing_used.py); one person can still be given every quote."""
    item = _poutine_item(home, "qui-a-dit-soutien")
    assert isinstance(item, SpeakerMatch)
    rows, people = shuffled_rows(item)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _start(pilot)
        await session_of(pilot, POUTINE, [item.id])
        await _feedback_after(pilot, [*["1"] * len(rows), "enter"])
        lines = text(app, "#given").splitlines()
        assert len(lines) == len(rows), lines
        for line in lines:
            assert f"\u00a0: {people[0]}" in line, lines
            assert "\u00a0: –" not in line, lines


async def test_a_person_chosen_for_every_quote_earns_the_one_right_row(
    make_app, home: Home
) -> None:
    """The same choice for every row, right on one row: the correction marked that row ✔ and
    the banner said "0 / 2 points" (the scorer kept one row of a choice given twice); the
    points now say what the rows say, one share per right row, as Moodle's matching does."""
    item = _poutine_item(home, "qui-a-dit-soutien")
    assert isinstance(item, SpeakerMatch)
    rows, _people = shuffled_rows(item)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _start(pilot)
        await session_of(pilot, POUTINE, [item.id])
        await _feedback_after(pilot, [*["1"] * len(rows), "enter"])
        right_rows = [line for line in text(app, "#given").splitlines() if line.startswith("✔")]
        assert len(right_rows) == 1, right_rows
        banner = text(app, "#verdict").replace("\u00a0", " ")
        earned = format_points(item.points / len(rows))
        assert f"{earned} / {format_points(item.points)}" in banner, banner


async def test_a_typo_without_its_accent_is_named_both_ways(make_app) -> None:
    """ "depen" for "dépend": the title said "une petite faute de frappe", the explanation
    "Attention aux accents": each named one slip of the two."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _start(pilot)
        await session_of(pilot, "poutine-coree-du-nord", ["cloze-depend"])
        await _feedback_after(pilot, [*typing("depen"), "enter"])
        banner = text(app, "#verdict")
        assert "faute de frappe" in banner and "accent" in banner, banner


async def test_nothing_to_do_again_greys_out_the_key(make_app, home: Home) -> None:
    """All right: the footer still offered "a Refaire les erreurs", which only said "Aucune erreur
    à refaire"."""
    _with_psa(home)
    item = _item(home, "nombre-8-000-postes-en-france")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _start(pilot)
        await session_of(pilot, PSA, [item.id])
        await _feedback_after(pilot, right_keys(item, ""))
        await pilot.press("enter")
        await wait_screen(pilot, ResultsScreen)
        assert _footer_keys(app)["again"] is False
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _start(pilot)
        await session_of(pilot, PSA, [item.id])
        # the second answer to the item: its options come in another order
        await _feedback_after(pilot, [wrong_choice_key(item, 1)])  # type: ignore[arg-type]
        await pilot.press("enter")
        await wait_screen(pilot, ResultsScreen)
        assert _footer_keys(app)["again"] is True


async def test_a_new_learner_asking_for_a_review_is_not_congratulated(make_app, home: Home) -> None:
    """ "Rien à revoir pour le moment. Bravo !" to a learner who had answered nothing yet."""
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await _start(pilot)
        await open_library(pilot)
        await pilot.press("r")
        await pilot.pause()
        said = "\n".join(notifications(app))
        assert "Bravo" not in said and "e pour les exercices" in said, said
        await choose_row(pilot, "poutine-coree-du-nord")
        await pilot.press("enter")
        await wait_screen(pilot, ReaderScreen)
        await pilot.press("e")
        session = await wait_screen(pilot, SessionScreen)
        item = session.lesson.items[0].item
        await _feedback_after(pilot, right_keys(item, session.lesson.items[0].article.body))
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("escape")
        await wait_screen(pilot, ReaderScreen)
        await pilot.press("escape")
        await wait_screen(pilot, LibraryScreen)
        app.clear_notifications()
        await pilot.press("r")
        await pilot.pause()
        assert any("Bravo" in n for n in notifications(app)), notifications(app)


async def test_a_true_false_answer_can_be_changed_while_picking_the_proof(
    make_app, home: Home
) -> None:
    """v pressed by mistake: the sentences showed, "Votre réponse : Vrai", and f did nothing;
    the only way on was to send the wrong answer."""
    item_id = "vf-munitions"  # the answer is Faux
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _start(pilot)
        session = await session_of(pilot, "poutine-coree-du-nord", [item_id])
        await pilot.press("v")
        await pilot.pause()
        assert "Vrai" in text(app, "#justify-label")
        await pilot.press("f")
        await pilot.pause()
        label = text(app, "#justify-label")
        assert "Faux" in label and "pour changer" in label, label
        body = session.lesson.items[0].article.body
        item = session.lesson.items[0].item
        await _feedback_after(pilot, right_keys(item, body)[1:])  # the proof's number, Entrée
        assert text(app, "#verdict").startswith("✔"), text(app, "#verdict")


async def test_the_results_keep_french_marks_with_their_words_on_a_wide_screen(
    make_app, home: Home
) -> None:
    """At 160 columns a missed cloze's prompt ended "… postes en France." with "»" alone on the
    next line, and its lines ran 150 characters."""
    _with_psa(home)
    item = _item(home, "nombre-8-000-postes-en-france")
    app = make_app()
    async with app.run_test(size=(160, 45)) as pilot:
        await _start(pilot)
        await session_of(pilot, PSA, [item.id])
        await _feedback_after(pilot, [wrong_choice_key(item)])  # type: ignore[arg-type]
        await pilot.press("enter")
        await wait_screen(pilot, ResultsScreen)
        missed = app.screen.query_one(".missed-item")
        assert missed.region.width <= 110, missed.region
        lines = [line.strip(" ▌") for line in shown_text(app, ".missed-item").splitlines()]
        assert not any(line.startswith(("»", "?", ":")) for line in lines), lines
        assert not any(line.endswith("«") for line in lines), lines


async def test_the_results_name_the_errors_as_the_key_does(make_app, home: Home) -> None:
    """The results listed nine questions under "À revoir" and the library's "À revoir" column
    said 5 (the questions due): two numbers under one name."""
    _with_psa(home)
    item = _item(home, "nombre-8-000-postes-en-france")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _start(pilot)
        await session_of(pilot, PSA, [item.id])
        await _feedback_after(pilot, [wrong_choice_key(item)])  # type: ignore[arg-type]
        await pilot.press("enter")
        await wait_screen(pilot, ResultsScreen)
        titles = texts(app, ".section-title")
        assert "Vos erreurs\u00a0:" in titles and not any("revoir" in t for t in titles), titles


async def test_an_ordering_item_says_how_to_move_and_that_enter_sends(make_app) -> None:
    """Only the footer named the keys; a learner pressing Entrée to pick up an event sent the
    shuffled order as the answer."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _start(pilot)
        await session_of(pilot, "poutine-coree-du-nord", ["chrono-rencontres"])
        how = text(app, "#order-how")
        assert "Maj+↑" in how and "Entrée valide" in how, how
        assert "valide l'ordre." in shown_text(app, "#order-how").replace("\n", " ")


async def test_f3_opens_the_article_and_comes_back_to_the_answer(make_app, home: Home) -> None:
    """A hint said "Cherchez le nom « Arnaud Montebourg » dans l'article", and the article could
    only be read by stopping the lesson."""
    from tutor.ui.screens.article import ArticleModal

    _with_psa(home)
    item = _item(home, "mot-chute-des-ventes")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _start(pilot)
        session = await session_of(pilot, PSA, [item.id, "qui-est-philippe-varin"])
        assert "f3 Article" in shown_text(app, "Footer")
        await pilot.press(*typing("chute des"))
        await pilot.press("f3")
        modal = await wait_screen(pilot, ArticleModal)
        shown = shown_text(app, "#article")
        assert "12 juillet 2012" in shown, shown
        await pilot.press("pagedown")
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is session, "the item again")
        assert not modal.is_attached
        await pilot.press(*typing(" ventes"), "enter")
        await wait_screen(pilot, FeedbackModal)
        assert text(app, "#verdict").startswith("✔"), text(app, "#verdict")


async def test_a_new_learner_typing_on_the_list_of_names_gets_their_own_record(
    make_app, home: Home
) -> None:
    """Second start of the app, the list of known learners focused: a new learner typed "Zoé"
    and Entrée; the letters went nowhere and the app opened as the highlighted "Amélie", in her
    record."""
    from ui_helpers import burst

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _start(pilot, "Amélie")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        learner = await wait_screen(pilot, LearnerScreen)
        options = learner.query_one("OptionList")
        await wait_until(pilot, lambda: options.display and options.has_focus, "the known learners")
        await burst(pilot, typing("Zoé"))
        assert learner.query_one(Input).value == "Zoé"
        await pilot.press("enter")
        await wait_screen(pilot, LibraryScreen)
        assert app.services.progress is not None
        assert app.services.progress.learner == "Zoé"


async def test_a_new_name_typed_slowly_on_the_list_keeps_its_first_letter(
    make_app, home: Home
) -> None:
    """Typed key by key, the first letter moved to the name field and was selected there, and
    the second replaced it: "oé" for "Zoé"."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _start(pilot, "Amélie")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        learner = await wait_screen(pilot, LearnerScreen)
        options = learner.query_one("OptionList")
        await wait_until(pilot, lambda: options.display and options.has_focus, "the known learners")
        await pilot.press(*typing("Zoé"))
        assert learner.query_one(Input).value == "Zoé"
