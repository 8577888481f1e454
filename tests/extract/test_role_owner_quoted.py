"""A role noun inside a quotation names nobody of the narration: "« Ce n'est pas le coach qui
rate les occasions », a-t-il glissé. Son coéquipier Romain Jégou" made the club's coach, the
first person named, the owner of "Son coéquipier" (6ba8ed0); it is the captain who spoke."""

from __future__ import annotations

import pytest
from gold import facts_of_text

pytestmark = pytest.mark.slow

BODY = (
    "Le Stade lavallois a limogé son entraîneur, Stéphane Rivière, lundi soir. Dans le vestiaire, "
    "la nouvelle a surpris. Le capitaine, Mamadou Sylla, a reconnu que les joueurs avaient "
    '"leur part de responsabilité". "Ce n\'est pas le coach qui rate les occasions devant le '
    "but\", a-t-il glissé à la sortie du stade. Son coéquipier Romain Jégou, arrivé l'été "
    'dernier, regrette quant à lui un départ "brutal".'
)


@pytest.mark.parametrize("marks", [('"', '"'), ("« ", " »"), ("“", "”")])
def test_a_role_noun_in_a_quotation_does_not_make_the_first_person_the_owner(
    nlp,  # type: ignore[no-untyped-def]
    marks: tuple[str, str],
) -> None:
    opening, closing = marks
    body = BODY.replace('"Ce n', f"{opening}Ce n").replace('le but"', f"le but{closing}")
    roles = {p.name: p.role for p in facts_of_text(body, nlp).people}
    assert roles["Romain Jégou"] == "coéquipier de Mamadou Sylla", roles
