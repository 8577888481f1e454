"""A headline's "en …" or "sans …" is a state the summary's model answer may put "être" before
("la Bretagne en alerte rouge" -> "la Bretagne est en alerte rouge") only when no verb follows
it: the cloud outage report (term_corpus batch_*) was titled « Une panne géante chez un
hébergeur en ligne paralyse des milliers de sites … » (the tagger reads "paralyse" as a noun),
and learners were shown « Une panne géante chez un hébergeur est en ligne paralyse des milliers
de sites … » as the example answer."""

from __future__ import annotations

import pytest

from tutor.generate.summary_sentence import stated_headline


@pytest.mark.parametrize(
    "headline",
    [
        "Une panne géante chez un hébergeur en ligne paralyse des milliers de sites et "
        "d'applications en France",
        "Les éleveurs en colère bloquent les routes du département",
        "Un cargo sans équipage menace les côtes du Finistère",
    ],
)
def test_a_state_followed_by_a_verb_is_not_stated(headline: str) -> None:
    stated = stated_headline(headline) or ""
    assert not any(
        f" {be} {state} " in stated for be in ("est", "sont") for state in ("en", "sans")
    ), stated


@pytest.mark.parametrize(
    ("headline", "stated"),
    [
        (
            "La Bretagne en alerte rouge, des milliers de foyers sans électricité",
            "La Bretagne est en alerte rouge et des milliers de foyers sont sans électricité.",
        ),
        (
            "Les agriculteurs en colère contre la réforme de la politique agricole",
            "Les agriculteurs sont en colère contre la réforme de la politique agricole.",
        ),
        ("Les enseignants en grève jeudi", "Les enseignants sont en grève jeudi."),
    ],
)
def test_a_state_alone_is_stated(headline: str, stated: str) -> None:
    assert stated_headline(headline) == stated
