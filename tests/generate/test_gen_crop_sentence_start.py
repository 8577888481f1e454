"""A crop that cuts before the gap starts on a sentence when one starts in what it keeps. The
Grenoble rents interview (term_corpus batch_m) showed the cloze « … dégradés. Nous avons
d'ailleurs abaissé … pour les ___ louées sur les plateformes. »: the last word of a sentence the
crop cut, alone before the sentence of the gap."""

from __future__ import annotations

import pytest

from tutor.generate.sentence_crop import gap_window

ANSWER = (
    "– « C'est l'argument qu'on entend partout, et je le prends au sérieux. Mais nos chiffres "
    "ne montrent pas d'effondrement de l'offre. Ce qui réduit l'offre à Grenoble, c'est surtout "
    "la transformation de logements en meublés de tourisme et la vacance dans certains "
    "immeubles dégradés. Nous avons d'ailleurs abaissé en début d'année le nombre de nuitées "
    "autorisées pour les résidences principales louées sur les plateformes. »"
)


def _shown(sentence: str, words: str, max_words: int = 30) -> str:
    start = sentence.index(words)
    return gap_window(sentence, start, start + len(words), "___", max_words)


def test_the_crop_starts_on_the_sentence_of_the_gap() -> None:
    shown = _shown(ANSWER, "résidences principales")
    assert "dégradés" not in shown
    assert shown.startswith("« … Nous avons d'ailleurs abaissé"), shown


@pytest.mark.parametrize("max_words", [12, 16, 20, 30])
def test_no_crop_opens_on_a_stray_word_before_a_full_stop(max_words: int) -> None:
    shown = _shown(ANSWER, "résidences principales", max_words)
    first = shown.lstrip("«… ").split()[0]
    assert not first.endswith("."), shown


def test_a_title_before_a_name_is_no_sentence_end() -> None:
    sentence = (
        "Selon le rapport publié hier par la commission des finances, dont les membres se sont "
        "réunis à huis clos pendant trois jours, M. Dupont aurait détourné près de deux millions "
        "d'euros de fonds publics destinés à la rénovation des écoles de la ville."
    )
    shown = _shown(sentence, "détourné", 12)
    assert "___" in shown
    assert not shown.lstrip("… ").startswith("Dupont"), shown
