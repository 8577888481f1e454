"""Whose "Son avocate" is, when the one the story is about is never named. The court report of
term_corpus batch_ac (session 21 audit) tells of an unnamed defendant; "La présidente,
Catherine Verhaeghe" questions him; later "Son avocate, Me Julie Delattre, a plaidé …". The
lesson's hint said "Cette personne est l'avocate de Catherine Verhaeghe.": the judge's lawyer,
a falsehood a learner would take from the lesson. With no owner close by, a role held for a
person is the lead person's only when the article's opening names that person; else it is
shown bare ("l'avocate")."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_facts import generated_lessons

pytestmark = pytest.mark.slow

BODY = """Saint-Omer, mercredi 2 décembre 2026. – Il se tient droit à la barre et reconnaît \
tout. Mardi, devant le tribunal correctionnel, un homme de 46 ans comparaissait pour conduite \
en état d'ivresse en récidive.

Les faits remontent au 18 octobre. Une patrouille de police repère une camionnette qui zigzague \
sur l'avenue du Général-de-Gaulle.

La présidente, Catherine Verhaeghe, lui a rappelé son casier judiciaire : trois condamnations \
depuis 2015. « Vous avez conduit sans permis, ivre, la nuit, en ville », a-t-elle dit.

Pour le ministère public, le substitut du procureur a requis dix mois d'emprisonnement. « La \
justice lui a laissé plusieurs chances. Il n'en a saisi aucune », a-t-il estimé.

Son avocate, Me Julie Delattre, a plaidé pour un aménagement de peine. « L'incarcérer, c'est \
lui faire perdre son entreprise et faire basculer une famille entière », a-t-elle plaidé."""


def test_the_lawyer_is_not_the_judge_s(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text(f"Un procès\n\n{BODY}\n\nSource : test.\n", "utf-8")
    ((_, facts, doc),) = generated_lessons(tmp_path, 0)
    lawyer = next(p for p in facts.people if p.name == "Julie Delattre")
    assert "Verhaeghe" not in (lawyer.role or ""), lawyer
    shown = str(doc["items"])
    assert "avocate de Catherine" not in shown
