"""French verb forms the clause tools look for: finite auxiliaries and past participles."""

from __future__ import annotations

from tutor.generate.french import fold, wordset

AUXILIARIES = wordset(
    """a ont avait avaient aura auront est sont était étaient sera seront va vont allait
    allaient doit doivent devait devaient peut peuvent pouvait pouvaient veut veulent voulait
    voulaient"""
)
"""The finite verb forms after which a subject can be inverted ("a-t-elle", "ont-ils")."""

_IRREGULAR_PARTICIPLES = wordset(
    """fait dit pris mis écrit construit produit conduit détruit inscrit promis permis soumis
    admis commis remis transmis compris acquis conquis reconnu survenu conclu exclu inclus élu
    prévu paru vendu rendu tenu obtenu retenu maintenu venu devenu intervenu ouvert offert
    couvert découvert mort né atteint craint peint joint rejoint vu revu soutenu perdu attendu
    entendu défendu suspendu étendu connu disparu apparu battu abattu combattu voulu reçu perçu
    conçu vécu résolu réparti réuni choisi établi bâti saisi garanti accompli"""
)


def is_participle(word: str) -> bool:
    """Whether a word looks like a past participle: "signé", "créées", "reconnu", "promis"."""
    bare = fold(word).strip(",;:.")
    if len(bare) >= 4 and bare.endswith(("é", "ée", "és", "ées")):
        return True
    for ending in ("", "e", "s", "es"):
        if ending and bare.endswith(ending) and bare[: -len(ending)] in _IRREGULAR_PARTICIPLES:
            return True
    return bare in _IRREGULAR_PARTICIPLES
