"""A one-word "name" that owns what only a firm owns: "Stellantis ayant dû ralentir deux de
ses chaînes à Sochaux", "Airbus a fermé deux de ses sites". The model tags such firms as
people; a person named with one word and no first name is rare, and does not own assembly
lines."""

from __future__ import annotations

import re

_HOLDINGS = (
    r"usines?|chaînes?|sites?|filiales?|magasins?|agences?|succursales?|actionnaires?|"
    r"concessionnaires?|fournisseurs?|sous-traitants?|entrepôts?|avions?|véhicules?|modèles?"
)
_OWNS_AFTER = re.compile(
    rf"^(?:\s+[\wÀ-ÿ'’-]+){{0,8}}?\s+(?:(?:deux|trois|quatre|plusieurs|certaines?|une|un)"
    rf"\s+(?:de|d['’])\s+)?(?:ses|son|sa|leurs?)\s+(?:[\wÀ-ÿ-]+\s+)?(?:{_HOLDINGS})\b",
    re.IGNORECASE,
)


def owns_like_a_firm(body: str, end: int) -> bool:
    """Whether the words after a name (in its clause, up to a comma or a period) give it a
    firm's holdings ("ses chaînes", "l'une de ses usines")."""
    clause = re.split(r"[,.;:«»]", body[end : end + 120], maxsplit=1)[0]
    return _OWNS_AFTER.match(clause) is not None
