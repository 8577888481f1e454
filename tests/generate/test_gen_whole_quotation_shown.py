"""A sentence that is one quotation from end to end is shown between its own marks, not nested
in another pair. The labour court interview (term_corpus batch_m) asked « Quel nombre manque
dans cette phrase ? « “La conciliation fait partie de notre ADN … moins de ___ % des cas …” » »:
two pairs of marks around one answer; 4 number items of the 600 term_corpus lessons did so."""

from __future__ import annotations

import pytest

from tutor.generate.french import quoted


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "« La conciliation fait partie de notre ADN. Mais elle réussit dans moins de ___ % "
            "des cas … »",
            "« La conciliation fait partie de notre ADN. Mais elle réussit dans moins de ___ % "
            "des cas … »",
        ),
        ("« … c'est plus de ___ euros par an. »", "« … c'est plus de ___ euros par an. »"),
        # two quotations with words between them are nested as before
        ("« Oui », a-t-il dit, « ___ fois »", "« “Oui”, a-t-il dit, “___ fois” »"),
        ("Il parle de « ___ euros ».", "« Il parle de “___ euros”. »"),
    ],
)
def test_a_whole_quotation_keeps_its_own_marks(text: str, shown: str) -> None:
    assert quoted(text) == shown
