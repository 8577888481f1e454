"""One person, one spelling: a name the article writes in capitals ("Jean DUPONT") is read by
the model in small letters, and a role built from that reading ("L'avocate de Jean Dupont") put
the same person in a lesson under two spellings (review 15's médecin)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from gold_facts import invented_article

from tutor.content import load_article
from tutor.extract import extract_many
from tutor.generate import generate_document

pytestmark = pytest.mark.slow

REVIEW_15 = Path(__file__).parent / "data" / "review_15"


def test_a_role_names_its_owner_as_the_article_writes_him() -> None:
    article = load_article(REVIEW_15 / "agression-medecin-saint-etienne.txt")
    (facts,) = extract_many([article])
    roles = {p.name: p.role for p in facts.people}
    assert roles["Claire ROCHE"] == "avocate de Jean DUPONT"
    lesson = json.dumps(generate_document(article, facts, seed=0), ensure_ascii=False)
    assert "Jean Dupont" not in lesson


def test_names_in_capitals_keep_their_spelling_in_roles_and_speakers(tmp_path: Path) -> None:
    body = (
        "Lyon, 3 mars 2026. – Le Dr Paul LEROY, pédiatre à Villeurbanne, a été agressé lundi. "
        "Le Dr LEROY, lui, a fait savoir par son avocate, Me Anne BRUN, qu'il porterait plainte. "
        "« Il ne veut pas fermer son cabinet », a-t-elle expliqué."
    )
    article, _ = invented_article(tmp_path, body)
    (facts,) = extract_many([article])
    texts = [p.role or "" for p in facts.people] + [q.speaker for q in facts.quotes]
    assert not [t for t in texts if "Leroy" in t or "Brun" in t], texts
