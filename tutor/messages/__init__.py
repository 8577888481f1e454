"""Every French string a learner reads, in one place: this package, one module per part of the app
that shows them (scoring.py: verdicts and their explanations; app.py: the screens of tutor/ui;
export.py: the quizzes `tutor export` writes),
and here the strings they share and those of the progress record. Everything is read as
`messages.NAME`, whichever module holds it.

Templates use `str.format` fields; a field's name says what goes in it. To add a screen's strings,
add a section to app.py with its own prefix rather than reusing another section's constants.
Keep the language simple (A2-B2): short sentences, common words. French typography: a no-break
space (\u00a0) before : ; ! ? % and inside « », so none of them starts or ends a line alone
(tests/ui/test_ui_typography.py checks every string of the package).
"""

from __future__ import annotations

# --- Shared ----------------------------------------------------------------------------------

QUOTED = "«\u00a0{text}\u00a0»"
"""How an expected answer is quoted inside a sentence (no-break spaces, as French typography
wants, so a closing » never starts a line on its own)."""

LIST_SEPARATOR = ", "
ORDER_SEPARATOR = " → "
PAIR_SEPARATOR = "\u00a0: "
PAIRS_SEPARATOR = "\u00a0; "
"""Between the pairs a verdict lists: French puts a no-break space before ";"."""

TRUTH_LABELS: dict[str, str] = {
    "true": "Vrai",
    "false": "Faux",
    "not_given": "On ne sait pas",
}
"""The three answers of a true / false item, as the learner sees them."""

TRUTH_WORDS: dict[str, str] = {
    "vrai": "true",
    "faux": "false",
    "on ne sait pas": "not_given",
    "je ne sais pas": "not_given",
    "pas dit": "not_given",
    "non dit": "not_given",
}
"""French answers a learner may type for a true / false item (lower case, no accents)."""

# --- Progress: the learner's record ----------------------------------------------------------

PROGRESS_TORN_LINE = (
    "La dernière réponse enregistrée était incomplète (arrêt brutal)\u00a0: elle a été ignorée."
)
PROGRESS_CORRUPT = (
    "Le fichier de progression de {learner} était abîmé. Une copie est gardée ici\u00a0: {copy}. "
    "{kept} réponse(s) sur {found} ont été récupérées."
)

# The strings of the other modules, read as messages.NAME like those above.
from tutor.messages.app import *  # noqa: E402, F403
from tutor.messages.export import *  # noqa: E402, F403
from tutor.messages.scoring import *  # noqa: E402, F403
