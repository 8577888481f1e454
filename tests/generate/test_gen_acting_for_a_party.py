""" "Pour le ministère public, le substitut du procureur a requis …" says who acts for the
prosecution, not what the prosecution holds. The drink-driving trial of term_corpus batch_ac
(session 21 audit) read it as words of "le ministère public" ("et la confiscation du
véhicule"), and the lesson offered "Le ministère public" beside "Le substitut du procureur" as
two speakers, one body under two names."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import generated_lessons

pytestmark = pytest.mark.slow

BODY = """Saint-Omer, mercredi 2 décembre 2026. – Un homme de 46 ans comparaissait mardi pour \
conduite en état d'ivresse en récidive.

« Je sortais d'un repas chez mon frère. Je n'aurais jamais dû reprendre le volant », a-t-il \
déclaré d'une voix basse.

La présidente, Catherine Verhaeghe, lui a rappelé son casier judiciaire. « Vous avez conduit \
sans permis, ivre, la nuit, en ville », a-t-elle dit.

Pour le ministère public, le substitut du procureur a requis dix mois d'emprisonnement, dont \
quatre avec sursis probatoire, et la confiscation du véhicule. « La justice lui a laissé \
plusieurs chances. Il n'en a saisi aucune », a-t-il estimé.

Son avocate, Me Julie Delattre, a plaidé pour un aménagement de peine. « L'incarcérer, c'est \
lui faire perdre son entreprise », a-t-elle plaidé."""


def test_who_acts_for_a_party_is_not_its_words(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text(f"Un procès\n\n{BODY}\n\nSource : test.\n", "utf-8")
    ((_, facts, doc),) = generated_lessons(tmp_path, 0)
    assert not [q for q in facts.quotes if "confiscation" in q.text], facts.quotes
    labels = []
    for item in doc["items"]:
        labels += [p["speaker"] for p in item.get("pairs", []) if "speaker" in p]
        labels += item.get("distractors", [])
        if item["skill"] == "speakers":
            labels += item.get("options", [])
    assert "Le ministère public" not in labels, labels
