"""Every French string a learner reads, in one place, grouped by the part of the app that shows it.

Templates use `str.format` fields; a field's name says what goes in it. To add a screen's strings,
add a section below with its own prefix rather than reusing another section's constants.
Keep the language simple (A2-B2): short sentences, common words.
"""

from __future__ import annotations

# --- Shared ----------------------------------------------------------------------------------

QUOTED = "« {text} »"
"""How an expected answer is quoted inside a sentence."""

LIST_SEPARATOR = ", "
ORDER_SEPARATOR = " → "
PAIR_SEPARATOR = " : "

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

# --- Scoring: verdicts -----------------------------------------------------------------------

OUTCOME_LABELS: dict[str, str] = {
    "correct": "Juste",
    "almost": "Presque",
    "partial": "En partie juste",
    "incorrect": "Faux",
}

SCORE_CORRECT = "Bravo ! La réponse est {expected}."
SCORE_ACCENT_WARN = "Juste, mais attention aux accents : {expected}."
SCORE_ACCENT_STRICT = "Attention aux accents : la bonne réponse est {expected}."
SCORE_TYPO = "Presque : une petite faute de frappe. La bonne réponse est {expected}."
SCORE_OTHER_OPTION = (
    "Non : vous avez écrit un autre mot de la liste. La bonne réponse est {expected}."
)
SCORE_INCORRECT = "Non. La bonne réponse est {expected}."
SCORE_EMPTY = "Pas de réponse. La bonne réponse est {expected}."
SCORE_INVALID = "Cette réponse n'est pas reconnue. La bonne réponse est {expected}."

SCORE_DATE_NO_YEAR = "En partie : il manque l'année. La bonne réponse est {expected}."
SCORE_DATE_NO_DAY = "En partie : il manque le jour. La bonne réponse est {expected}."
SCORE_DATE_NO_MONTH = "En partie : il manque le mois. La bonne réponse est {expected}."
SCORE_DATE_WRONG = "Ce n'est pas la bonne date. La bonne réponse est {expected}."
SCORE_DATE_MONTH_TYPO = "Presque : le mois est mal écrit. La bonne réponse est {expected}."

SCORE_TRUTH_CORRECT = "Bravo ! La réponse est {expected}."
SCORE_TRUTH_WRONG = "Non. La bonne réponse est {expected}."
SCORE_JUSTIFY_MISSING = (
    "La réponse {expected} est juste, mais il faut aussi citer la phrase du texte qui le prouve."
)
SCORE_JUSTIFY_WRONG = (
    "La réponse {expected} est juste, mais la phrase citée ne le prouve pas. "
    "La phrase du texte : {evidence}"
)
SCORE_JUSTIFY_OK = "Bravo ! La réponse est {expected}, et la phrase citée le prouve."

SCORE_PAIRS_ALL = "Bravo ! Toutes les paires sont justes."
SCORE_PAIRS_SOME = "Paires justes : {right} sur {total}. À corriger : {fixes}."
SCORE_PAIRS_NONE = "Aucune paire n'est juste. Les bonnes paires : {fixes}."

SCORE_ORDER_ALL = "Bravo ! L'ordre est juste."
SCORE_ORDER_SOME = (
    "Événements à la bonne place : {right} sur {total}. Le bon ordre : {expected}."
)
SCORE_ORDER_NONE = "Aucun événement n'est à la bonne place. Le bon ordre : {expected}."

SCORE_KEYWORDS_ALL = "Bravo ! Vous avez utilisé les mots importants : {found}."
SCORE_KEYWORDS_SOME = "En partie : vous avez utilisé {found}. Il manque : {missing}."
SCORE_KEYWORDS_NONE = "Il manque les mots importants : {missing}."
SCORE_KEYWORDS_ACCENTS = " Attention aux accents : {words}."

SCORE_HINT = " Indice utilisé : {cost} point(s) en moins."

# --- Progress: the learner's record ----------------------------------------------------------

PROGRESS_TORN_LINE = (
    "La dernière réponse enregistrée était incomplète (arrêt brutal) : elle a été ignorée."
)
PROGRESS_CORRUPT = (
    "Le fichier de progression de {learner} était abîmé. Une copie est gardée ici : {copy}. "
    "{kept} réponse(s) sur {found} ont été récupérées."
)
PROGRESS_REWRITTEN = "Le fichier de progression de {learner} a été remis en ordre."
