"""An interview answer shown without the reply to its question: from the first sentence that
reads alone. The Grenoble rents lesson matched « Il peut aussi nous faire un signalement. Dans
la moitié des cas … » once « De vérifier le loyer … » was left out: « il », the tenant of the
question, the item does not show."""

from __future__ import annotations

import pytest

from tutor.generate.quote_text import without_reply


@pytest.mark.parametrize(
    ("said", "shown"),
    [
        (
            "De vérifier le loyer de référence sur le simulateur en ligne. Il peut aussi nous "
            "faire un signalement. Dans la moitié des cas, une simple lettre au bailleur suffit",
            "Dans la moitié des cas, une simple lettre au bailleur suffit",
        ),
        (
            "Elles pourraient l'être. Le préfet peut infliger une amende de 5 000 euros",
            "Le préfet peut infliger une amende de 5 000 euros",
        ),
        (
            "De tenir bon. Il faut défendre le budget. C'est notre dernière chance",
            "Il faut défendre le budget. C'est notre dernière chance",
        ),
        (
            "Il me manque quarante points. C'est jouable, mais je vais passer le week-end à "
            "réviser",
            "Il me manque quarante points. C'est jouable, mais je vais passer le week-end à "
            "réviser",
        ),
    ],
)
def test_the_words_start_where_they_read_alone(said: str, shown: str) -> None:
    assert without_reply(said) == shown
