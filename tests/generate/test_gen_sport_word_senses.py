"""Words of sport reports are defined in the sense the report gives them. Before, the boxing
report defined « sous les consignes de son coin » as the deposit paid on a bottle and « Le
Palais des sports a chaviré » as a boat capsizing; the marathon winner « licenciée à l'Entente
Poitiers athlétisme » was a worker who lost her job; the Top 14 prop (« le pilier droit ») was
a column holding up a building; the tennis player's « tournée asiatique » a series of shows;
the footballer's « expulsion » (a second yellow card) a forced departure from a country. The
other senses stay where they are meant."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import meaning_in

from tutor.content import load_article
from tutor.generate.french import plain_sentences

CORPUS = Path(__file__).resolve().parents[1] / "extract" / "data" / "term_corpus"


def _meaning(tmp_path: Path, name: str, term: str, words: str) -> str | None:
    (article,) = CORPUS.glob(f"*/{name}.txt")
    body = load_article(article).body
    (sentence,) = [s for s in plain_sentences(body) if words in s]
    return meaning_in(tmp_path, body, term, sentence)


@pytest.mark.parametrize(
    ("name", "term", "words", "part"),
    [
        ("boxe-marseille-championnat-europe-super-legers", "consigne", "consignes de son", "ordre"),
        ("boxe-marseille-championnat-europe-super-legers", "chavirer", "a chaviré", "public"),
        ("marathon-la-rochelle-resultats", "licencier", "licenciée à", "club"),
        ("rugby-top-14-pau-castres", "pilier", "pilier droit", "Au rugby"),
        ("tennis-moselle-open-hugo-lamarre", "tournée", "tournée asiatique", "compétitions"),
        ("football-national-2-bergerac-poitiers", "expulsion", "expulsion de", "terrain"),
        ("handball-starligue-chambery-nantes", "maîtriser", "maîtrisé", "jeu"),
        ("boxe-marseille-championnat-europe-super-legers", "défier", "défiait", "match"),
    ],
)
def test_a_sport_word_has_the_report_s_sense(
    tmp_path: Path, name: str, term: str, words: str, part: str
) -> None:
    meaning = _meaning(tmp_path, name, term, words)
    assert meaning is not None and part in meaning, meaning


@pytest.mark.parametrize(
    ("body", "term", "part"),
    [
        (
            "Le canot a chaviré au large de Calais. Douze migrants étaient à bord du bateau.",
            "chavirer",
            "bateau",
        ),
        (
            "L'usine ferme : la direction va licencier 120 salariés d'ici juin.",
            "licencier",
            "salarié",
        ),
        (
            "La stratégie de l'État repose sur trois piliers : l'abattage, la vaccination et "
            "le contrôle.",
            "pilier",
            "colonne",
        ),
    ],
)
def test_the_other_senses_stay(tmp_path: Path, body: str, term: str, part: str) -> None:
    sentence = plain_sentences(body)[0]
    meaning = meaning_in(tmp_path, body, term, sentence)
    assert meaning is not None and part in meaning, meaning


@pytest.mark.parametrize(
    ("name", "words", "part"),
    [
        ("cyclo-cross-hazebrouck-championnat-regional", "Dès le premier tour", "course"),
        ("cote-d-or-cross-departemental-resultats", "dès le premier tour", "course"),
        ("solar-impulse-tour-du-monde-abou-dhabi", "premier tour du monde", "autour de la Terre"),
        ("curiosity-atterrissage-mars-cratere-gale", "premiers tours de roue", "véhicule"),
        ("legislative-partielle-yonne-premier-tour", "en tête dimanche du premier tour", "vote"),
    ],
)
def test_a_first_round_is_not_always_a_vote(
    tmp_path: Path, name: str, words: str, part: str
) -> None:
    """Two cross-country races' « Dès le premier tour » (the first lap), Solar Impulse's « premier
    tour du monde » and Curiosity's « premiers tours de roue » were all « le vote initial d'une
    élection »."""
    meaning = _meaning(tmp_path, name, "premier tour", words)
    assert meaning is not None and part in meaning, meaning
