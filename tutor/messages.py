"""Every French string a learner reads, in one place, grouped by the part of the app that shows it.

Templates use `str.format` fields; a field's name says what goes in it. To add a screen's strings,
add a section below with its own prefix rather than reusing another section's constants.
Keep the language simple (A2-B2): short sentences, common words.
"""

from __future__ import annotations

# --- Shared ----------------------------------------------------------------------------------

QUOTED = "«\u00a0{text}\u00a0»"
"""How an expected answer is quoted inside a sentence (no-break spaces, as French typography
wants, so a closing » never starts a line on its own)."""

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
SCORE_OTHER_CHOICE = "Non. La bonne réponse est {expected}."
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
SCORE_ORDER_SOME = "Événements à la bonne place : {right} sur {total}. Le bon ordre : {expected}."
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

# --- App (tutor/ui): screens, keys and notifications -----------------------------------------
# Key names in the footer are one short word (the library's footer holds them all at 80 columns);
# help texts are full sentences.

UI_SKILLS: dict[str, str] = {
    "dates": "Dates",
    "speakers": "Qui dit quoi",
    "vocabulary": "Vocabulaire",
    "comprehension": "Compréhension",
}

UI_KEY_HELP = "Aide"
UI_KEY_QUIT = "Quitter"
UI_KEY_BACK = "Retour"
UI_KEY_CLOSE = "Fermer"
UI_KEY_READ = "Lire"
UI_KEY_GENERATE = "Créer"
UI_KEY_REVIEW = "Réviser"
UI_KEY_PROGRESS = "Progrès"
UI_KEY_LEARNER = "Élève"
UI_KEY_LIBRARY = "Bibliothèque"
UI_KEY_EXERCISES = "Exercices"
UI_KEY_NEXT_TERM = "Mot suivant"
UI_KEY_PREVIOUS_TERM = "Mot précédent"
UI_KEY_SHOW_TERM = "Voir le mot"
UI_KEY_HINT = "Indice"
UI_KEY_LEAVE = "Arrêter"
UI_KEY_CONTINUE = "Continuer"
UI_KEY_AGAIN = "Refaire les erreurs"
UI_KEY_MOVE_UP = "Monter"
UI_KEY_MOVE_DOWN = "Descendre"

UI_SUBMIT = "Valider"
UI_CLOSE = "Fermer"
UI_CONTINUE = "Continuer"
UI_CONTINUE_KEY = "Continuer (Entrée)"

UI_CMD_LIBRARY = "Bibliothèque"
UI_CMD_LIBRARY_HELP = "Revenir à la liste des articles"
UI_CMD_PROGRESS = "Progrès"
UI_CMD_PROGRESS_HELP = "Voir vos progrès par compétence"
UI_CMD_REVIEW = "Révision"
UI_CMD_REVIEW_HELP = "Refaire les questions à revoir aujourd'hui"
UI_CMD_HELP = "Aide"
UI_CMD_HELP_HELP = "Voir toutes les touches"

UI_LEARNER_TITLE = "Bonjour ! Qui travaille aujourd'hui ?"
UI_LEARNER_PICK = "Choisissez votre nom avec ↑ ↓ puis Entrée :"
UI_LEARNER_NEW = "Ou écrivez un nouveau prénom puis Entrée :"
UI_LEARNER_PLACEHOLDER = "Votre prénom"
UI_LEARNER_FAILED = "Impossible d'ouvrir votre fichier de progression : {error}"
UI_LEARNER_BAD_NAME = "Ce prénom n'est pas possible. Utilisez des lettres, sans / ni :."

UI_LIBRARY_TITLE = "Bibliothèque : choisissez un article"
UI_LIBRARY_LOADING = "La bibliothèque se charge, un instant…"
UI_LIBRARY_EMPTY = "Aucun article pour le moment. Les articles vont dans le dossier {folder}."
UI_LIBRARY_BROKEN_TITLE = "Exercices indisponibles"
UI_LIBRARY_BROKEN = "Ce fichier a une erreur (les autres articles marchent) : {problem}"
UI_COL_TITLE = "Article"
UI_COL_DATE = "Date"
UI_COL_LEVEL = "Niv."
UI_COL_SCORE = "Score"
UI_COL_DUE = "À revoir"
UI_COL_STATE = "Exercices"
UI_QUESTIONS = ("{count} question", "{count} questions")
"""Singular (0 and 1 in French) and plural."""
UI_DAYS = ("{count} jour", "{count} jours")
UI_STATE_READY = "{questions}"
UI_STATE_TO_GENERATE = "à créer"
UI_STATE_GENERATING = "création {percent} %"
UI_STATE_UNAVAILABLE = "indisponible"
UI_DETAIL_READY = "{questions}. Entrée pour lire l'article, puis e pour les exercices."
UI_DETAIL_NO_EXERCISES = (
    "Pas encore d'exercices. Appuyez sur g pour les créer (cela prend un moment)."
)
UI_DETAIL_GENERATING = "{stage} Vous pouvez continuer à utiliser l'application pendant ce temps."
UI_DETAIL_PROBLEM = "Indisponible : {problem}"
UI_DETAIL_CHANGED = "L'article a changé depuis la création des exercices ; ils restent utilisables."
UI_GENERATE_STARTED = "Création des exercices pour « {title} »…"
UI_GENERATE_DONE = "Exercices prêts pour « {title} » : {questions}."
UI_GENERATE_FAILED = "La création des exercices pour « {title} » a échoué : {error}"
UI_GENERATE_RUNNING = "La création est déjà en cours."
UI_GENERATE_EXISTS = "Cet article a déjà des exercices."
UI_GENERATE_BROKEN = (
    "Le fichier d'exercices de cet article a une erreur : un enseignant doit le corriger."
)

UI_READER_ITEMS = "{questions}"
UI_READER_TIP = "{count} mots clés en couleur : Tab pour les parcourir, Entrée pour le sens."
UI_READER_TIP_NO_TERMS = "Lisez l'article, puis appuyez sur e pour les exercices."
UI_READER_NO_TERMS = "Pas de mots clés dans cet article."
UI_READER_NO_EXERCISES = (
    "Pas encore d'exercices pour cet article. Créez-les depuis la bibliothèque (touche g)."
)
UI_TERM_NO_DEFINITION = (
    "Pas de définition pour ce mot. Lisez la phrase : le sens est souvent dans le texte."
)
UI_TERM_IN_TEXT = "Dans le texte :"

UI_SESSION_STATUS = "Question {number} sur {total}   ·   Score : {score} / {max}"
UI_SESSION_STATUS_FIRST = "Question {number} sur {total}"
"""Before the first answer: no score yet (not "0 / 0")."""
UI_SESSION_SAVED = "Vos réponses sont enregistrées."
UI_SAVE_FAILED = "Votre réponse n'a pas pu être enregistrée : {error}"
UI_ANSWER_EMPTY = "Écrivez une réponse, puis Entrée."
UI_PAIRS_INCOMPLETE = "Choisissez une réponse pour chaque ligne, puis Valider."
UI_JUSTIFY_PICK = "Votre réponse : {choice}. Quelle phrase du texte le prouve ? (↑ ↓ puis Entrée)"
UI_PAIR_WHO = "Qui a dit cela ?"
UI_PAIR_WHICH_TERM = "Quel mot ?"
UI_PLACEHOLDER_CLOZE = "Le mot qui manque"
UI_PLACEHOLDER_DATE = "Une date, par exemple : 19 juin 2024"
UI_PLACEHOLDER_OPEN = "Votre réponse, en une ou deux phrases"
UI_HINT_NONE = "Pas d'indice pour cette question."
UI_HINT_COST = "Indice (coûte {cost} point) : {hint}"
UI_HINT_FREE = "Indice (gratuit) : {hint}"

UI_FEEDBACK_POINTS = "{points} / {max} point(s)"
UI_FEEDBACK_REASONS: dict[str, str] = {
    "accent": "attention aux accents",
    "typo": "une petite faute de frappe",
    "date_incomplete": "la date est incomplète",
    "justification_missing": "il manque la phrase du texte",
    "justification_wrong": "la phrase citée ne prouve pas la réponse",
    "missing_keywords": "il manque des mots importants",
}
"""Why a verdict is not a plain success, in the feedback's title line (reason codes of scoring)."""
UI_FEEDBACK_GIVEN = "Votre réponse : "
UI_FEEDBACK_EXPECTED = "La bonne réponse : "
UI_FEEDBACK_IN_TEXT = "Dans l'article :"
UI_ORDER_PLACE = "(à la place {place})"

UI_RESULTS_TITLE = "Résultats"
UI_RESULTS_TOTAL = "Score : {score} / {max} ({percent})"
UI_RESULTS_REVIEW = "À revoir :"
UI_RESULTS_ALL_RIGHT = "Tout est juste. Bravo !"
UI_RESULTS_NOTHING_AGAIN = "Aucune erreur à refaire."
UI_AGAIN_TITLE = "{title} : les erreurs"
UI_COL_SKILL = "Compétence"
UI_COL_POINTS = "Points"
UI_COL_SUCCESS = "Réussite"

UI_REVIEW_TITLE = "Révision du jour"
UI_REVIEW_NOTHING = "Rien à revoir pour le moment. Bravo !"

UI_PROGRESS_TITLE = "Vos progrès"
UI_PROGRESS_SKILLS = "Maîtrise par compétence"
UI_PROGRESS_NOT_YET = "pas encore"
UI_PROGRESS_HISTORY = "Réussite jour après jour"
UI_PROGRESS_HISTORY_RANGE = "Du {first} au {last} ({days} de travail). Dernier jour : {latest}."
UI_PROGRESS_NO_HISTORY = "Pas encore de réponses. Faites un premier exercice !"
UI_PROGRESS_DUE = "{questions} à revoir aujourd'hui. Appuyez sur r pour réviser."
UI_PROGRESS_NONE_DUE = "Rien à revoir aujourd'hui."

UI_HELP_TITLE = "Les touches"
UI_HELP_KEYS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "Partout",
        (
            ("F1 ou ?", "cette aide"),
            ("Ctrl+P", "commandes : bibliothèque, progrès, révision"),
            ("Échap", "revenir en arrière"),
            ("Ctrl+Q", "quitter"),
        ),
    ),
    (
        "Bibliothèque",
        (
            ("↑ ↓, Entrée", "choisir et lire un article"),
            ("g", "créer les exercices d'un article"),
            ("r", "réviser les questions du jour"),
            ("p", "voir vos progrès"),
            ("c", "changer d'élève"),
        ),
    ),
    (
        "Lecture",
        (
            ("↑ ↓, Pg", "faire défiler le texte"),
            ("Tab / Maj+Tab", "mot clé suivant / précédent"),
            ("Entrée", "explication du mot clé"),
            ("e", "commencer les exercices"),
        ),
    ),
    (
        "Exercices",
        (
            ("1 2 3 4", "choisir une réponse (QCM)"),
            ("v f n", "Vrai, Faux, On ne sait pas"),
            ("Entrée", "valider"),
            ("Tab / Maj+Tab", "ligne suivante / précédente (paires)"),
            ("Maj+↑ Maj+↓", "déplacer un événement (u et d aussi)"),
            ("F2 ou h", "indice (coûte des points)"),
            ("Ctrl+S", "valider"),
        ),
    ),
    (
        "Résultats",
        (
            ("Entrée", "retour à la bibliothèque"),
            ("a", "refaire les erreurs"),
        ),
    ),
)
