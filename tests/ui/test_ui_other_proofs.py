"""A vrai / faux whose fact the article tells twice: the learner who picks, from the numbered
sentences, the other sentence the item lists as proof gets full points on screen."""

from __future__ import annotations

import yaml
from textual.widgets import OptionList
from ui_helpers import session_of, text, wait_screen
from ui_home import Home

from tutor.content import load_article
from tutor.exercise_writer import dump_exercise_document
from tutor.model import Truth
from tutor.ui.item_view import TRUTH_KEYS, TRUTH_ORDER
from tutor.ui.screens.feedback import FeedbackModal

SLUG = "acta-parlement-europeen"
SIZE = (100, 32)
EVIDENCE = (
    "Le traité avait été signé en janvier secrètement par 22 des 27 gouvernements de l'Union "
    "européenne, ainsi que les États-Unis, le Japon, le Canada, l'Australie, la "
    "Nouvelle-Zélande, Singapour, la Corée du Sud, la Suisse, le Mexique et le Maroc."
)
LEAD = (
    "Bien qu'ayant été signé secrètement en janvier 2012 par 22 des 27 gouvernements de l'Union "
    "européenne, l'ACTA a été rejeté par le Parlement européen"
)


def _lesson(home: Home, *other: str) -> None:
    article = load_article(home.paths.content / f"{SLUG}.txt")
    assert EVIDENCE in article.body and LEAD in article.body
    item = {
        "id": "vrai-faux-signature",
        "type": "true_false",
        "skill": "comprehension",
        "prompt": "Vrai, faux ou on ne sait pas ? Justifiez avec une phrase du texte.",
        "statement": "Le traité avait été signé par 22 des 27 gouvernements de l'Union européenne.",
        "answer": True,
        "justify": True,
        "evidence": EVIDENCE,
        **({"other_evidence": list(other)} if other else {}),
        "feedback": "Vrai : l'article le dit.",
    }
    document = {
        "format": 1,
        "title": article.title,
        "article": {"path": f"{SLUG}.txt", "hash": article.text_hash},
        "items": [item],
    }
    path = home.exercises / f"{SLUG}.yaml"
    path.write_text(dump_exercise_document(document), encoding="utf-8")
    assert yaml.safe_load(path.read_text("utf-8"))["items"][0]["id"] == item["id"]


async def _pick_the_lead(make_app, home: Home) -> str:  # type: ignore[no-untyped-def]
    app = make_app(learner="Léa")
    async with app.run_test(size=SIZE) as pilot:
        session = await session_of(pilot, SLUG, ["vrai-faux-signature"])
        await pilot.press(TRUTH_KEYS[TRUTH_ORDER.index(Truth.TRUE)])
        justify = session.query_one("#justify", OptionList)
        shown = [str(justify.get_option_at_index(i).prompt) for i in range(justify.option_count)]
        (number,) = [n for n, row in enumerate(shown, 1) if row.split()[1:] == LEAD.split()]
        await pilot.press(*str(number), "enter")
        await wait_screen(pilot, FeedbackModal)
        return " ".join(text(app, "#verdict").replace("\u00a0", " ").split())


async def test_picking_a_listed_sentence_shows_full_points(make_app, home: Home) -> None:
    _lesson(home, LEAD)
    verdict = await _pick_the_lead(make_app, home)
    assert verdict == "✔ Juste · 1 / 1 point"


async def test_the_same_sentence_not_listed_earns_half(make_app, home: Home) -> None:
    _lesson(home)
    verdict = await _pick_the_lead(make_app, home)
    assert verdict == (
        "◐ En partie juste : la phrase citée ne prouve pas la réponse · 0,5 / 1 point"
    )
