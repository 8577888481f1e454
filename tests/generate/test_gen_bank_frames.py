"""Word banks never offer a word the article itself writes where the gap is (in the gap's frame:
the words next to it), and a gap after a number or a determiner takes only nouns of its number.
A learner who picks such a word has written the article's own French and must not be marked
wrong; a singular word after "420" is out at a glance and gives the answer away."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tutor.content import load_article
from tutor.extract import extract_many
from tutor.generate import generate_document
from tutor.generate.banks import Word, fits, gap_slot
from tutor.generate.gap_frames import gap_frames, written_in_frame
from tutor.generate.lexicon import article_lexicon

ROOT = Path(__file__).parents[2]


@cache
def _banks(path: Path, content_dir: Path) -> tuple[dict[str, Any], ...]:
    article = load_article(path)
    (facts,) = extract_many([article])
    items = generate_document(article, facts, seed=0, content_dir=content_dir)["items"]
    return tuple(i for i in items if i.get("bank"))


@pytest.mark.slow
def test_transparence_is_not_offered_where_the_article_says_davantage_de_transparence() -> None:
    # "l'absence de ___ de l'Assemblée nationale" (représentativité): the article writes
    # "davantage de transparence", and "l'absence de transparence" is as good French
    banks = _banks(ROOT / "content" / "transparence-vie-publique.txt", ROOT / "content")
    gapped = [b for b in banks if "l'absence de ___" in b["text"]]
    for item in gapped:
        assert "transparence" not in item["bank"], item


ARTICLE = (
    "Les candidats veulent davantage de transparence. Un ministre a agi sans concertation. "
    "Le gouvernement annonce la suppression de la réserve parlementaire. "
    "À Lyon, 300 000 abonnés sont privés d'électricité. "
    "Le maire de la commune a parlé. Le groupe a recruté 240 infirmiers. "
    "Les deux parties ont signé un accord. Le ministre a dévoilé la fermeture de l'usine. "
    "Une doudoune rouge a été retrouvée. Les élèves soutiennent le mouvement en juin. "
    "Le vote a permis une grande mobilisation internationale."
)


@cache
def _similarity() -> Any:
    return article_lexicon(ARTICLE).similarity


@pytest.mark.slow
@pytest.mark.parametrize(
    ("before", "after", "candidate"),
    [
        # a word of lack or quantity before a bare "de" takes what the others take
        ("l'absence de ", " de l'Assemblée nationale constitue le problème.", "transparence"),
        ("le manque de ", " des élus.", "concertation"),  # "sans concertation"
        ("Il réclame la suppression de la ", " des sénateurs.", "réserve"),
        ("Dans la région, 87 000 ", " sont privés de chauffage.", "abonnés"),
        ("L'hôpital a recruté 120 ", " cet été.", "infirmiers"),
        # close words make one frame: "a dévoilé la fermeture", "mobilisation internationale"
        ("Le préfet a annoncé la ", " du site.", "fermeture"),
        ("pour la démocratie et ", " européenne.", "mobilisation"),
    ],
)
def test_a_word_the_article_writes_in_the_gap_s_frame_fits(
    before: str, after: str, candidate: str
) -> None:
    assert written_in_frame(candidate, gap_frames(before, after), ARTICLE, _similarity())


@pytest.mark.slow
@pytest.mark.parametrize(
    ("before", "after", "candidate"),
    [
        # a noun's complement says little of what the sentence makes of the noun
        ("Le loup a tué un ", " de la commune.", "maire"),
        # "davantage de transparence" is no frame for "la ___"
        ("Il défend la ", " des institutions.", "transparence"),
        # a number alone is no frame: "240 infirmiers" says nothing of "3 000 ___"
        ("Le stade compte 3 000 ", ".", "infirmiers"),
        ("Les deux ", " ont voté contre.", "parties"),  # "ont signé", not "ont voté"
        # the word before governs the gap: a thing that is red is no thing of glasses
        ("Elle porte des lunettes à ", " rouge.", "doudoune"),
        # a time says nothing of the noun; verbs of one form are not close enough
        ("Les élèves de troisième passent le ", " en juin.", "mouvement"),
    ],
)
def test_a_word_the_article_writes_elsewhere_does_not_fit(
    before: str, after: str, candidate: str
) -> None:
    assert not written_in_frame(candidate, gap_frames(before, after), ARTICLE, _similarity())


@pytest.mark.parametrize(
    ("before", "plural"),
    [
        ("Sur l'établi, trois ", True),
        ("contre 420 ", True),
        ("Enedis annonce que 300 000 ", True),  # groups of thousands are one number
        ("il pèse 3,4 ", True),
        ("il pèse 1,5 ", False),
        ("la construction de quelques ", True),
        ("les ", True),
        ("une ", False),
        ("l'absence de ", None),
    ],
)
def test_the_number_a_gap_asks_for(before: str, plural: bool | None) -> None:
    assert gap_slot(before).plural is plural


def test_a_singular_word_does_not_fit_after_a_number() -> None:
    slot = gap_slot("on a mesuré 110 millimètres, contre 420 ")
    assert not fits(Word("litre", "NOUN", "litre"), Word("station", "NOUN", "station"), slot)
    assert fits(Word("litres", "NOUN", "litre"), Word("stations", "NOUN", "station"), slot)
