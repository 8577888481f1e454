"""French strings of the app (tutor/ui): screens, keys and notifications. Read as
`messages.NAME` (see tutor/messages/__init__.py for the rules of style)."""

from __future__ import annotations

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
UI_KEY_SHOW_TERM = "Sens"
UI_KEY_HINT = "Indice"
UI_KEY_LEAVE = "Arrêter"
UI_KEY_CONTINUE = "Continuer"
UI_KEY_ARTICLE = "Article"
UI_KEY_BACK_TO_ITEM = "Retour à la question"
UI_KEY_AGAIN = "Refaire les erreurs"
UI_KEY_MOVE_UP = "Monter"
UI_KEY_MOVE_DOWN = "Descendre"
UI_KEY_NEXT_ROW = "Autre ligne"
"""Short: at 80 columns "Changer de ligne" pushed "f1 Aide" out of a matching item's footer."""
UI_KEY_PREVIOUS_ROW = "Ligne précédente"

UI_SUBMIT = "Valider"
UI_CLOSE = "Fermer"
UI_CONTINUE = "Continuer"
UI_CONTINUE_KEY = "Continuer (Entrée)"

UI_KEY_COMMANDS = "Menu"
"""Short: at 80 columns the library footer has room for 4 letters after its keys."""
UI_CMD_SEARCH = "Chercher une commande…"
UI_CMD_QUIT = "Quitter"
UI_CMD_QUIT_HELP = "Fermer l'application (vos réponses sont déjà enregistrées)"
UI_CMD_LIBRARY = "Bibliothèque"
UI_CMD_LIBRARY_HELP = "Revenir à la liste des articles"
UI_CMD_PROGRESS = "Progrès"
UI_CMD_PROGRESS_HELP = "Voir vos progrès par compétence"
UI_CMD_REVIEW = "Révision"
UI_CMD_REVIEW_HELP = "Refaire les questions à revoir aujourd'hui"
UI_CMD_HELP = "Aide"
UI_CMD_HELP_HELP = "Voir toutes les touches"

UI_LEARNER_TITLE = "Bonjour\u00a0! Qui travaille aujourd'hui\u00a0?"
UI_LEARNER_PICK = "Choisissez votre prénom avec ↑ ↓ puis Entrée\u00a0:"
UI_LEARNER_NEW = "Ou écrivez un nouveau prénom puis Entrée\u00a0:"
UI_LEARNER_FIRST = "Écrivez votre prénom puis Entrée\u00a0:"
"""The same line when nobody has used the app yet: there is no list to pick from."""
UI_LEARNER_PLACEHOLDER = "Votre prénom"
UI_LEARNER_FAILED = "Impossible d'ouvrir votre fichier de progression\u00a0: {error}"
UI_LEARNER_READ_ONLY = (
    "Vos réponses ne peuvent pas être enregistrées\u00a0: le dossier {folder} est en lecture "
    "seule. Demandez à votre enseignant de le rendre modifiable."
)
UI_LEARNER_NEWER_FILE = (
    "Votre fichier de progression vient d'une version plus récente de tutor. Il n'a pas été "
    "modifié et vos réponses sont gardées. Demandez à votre enseignant de mettre tutor à jour."
)
UI_LEARNER_BAD_NAME = (
    "Ce prénom n'est pas possible. Écrivez-le avec des lettres, "
    "sans point au début et sans / \\ ni deux-points."
)

UI_LIBRARY_TITLE = "Bibliothèque\u00a0: choisissez un article"
UI_LIBRARY_LOADING = "La bibliothèque se charge, un instant…"
UI_LIBRARY_EMPTY = "Aucun article pour le moment. Les articles vont dans le dossier {folder}."
UI_LIBRARY_BROKEN_TITLE = "Exercices indisponibles"
UI_LIBRARY_BROKEN = (
    "Ce fichier a une erreur\u00a0; les autres articles marchent. "
    "Un enseignant doit le corriger\u00a0: {problem}"
)
"""`problem` is the checker's line for the teacher (file:line:column and what is wrong)."""
UI_COL_TITLE = "Article"
UI_TITLE_IN_FOLDER = "{folder} › {title}"
"""An article of a folder of content/ ("cm2 › Brest : le tram…"): the teacher's folder first."""
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
UI_STATE_GENERATING = "création {percent}\u00a0%"
UI_STATE_UNAVAILABLE = "indisponible"
UI_DETAIL_READY = "{questions}. Entrée pour lire l'article, puis e pour les exercices."
UI_DETAIL_IN_PROGRESS = (
    "{questions}\u00a0; vous en êtes à la question {number}. "
    "Entrée pour lire l'article, puis e pour continuer."
)
UI_DETAIL_NO_EXERCISES = (
    "Pas encore d'exercices. Appuyez sur g pour les créer (cela prend un moment)."
)
UI_DETAIL_GENERATING = "{stage} Vous pouvez continuer à utiliser l'application pendant ce temps."
UI_DETAIL_PROBLEM = "Indisponible (un enseignant doit corriger le fichier)\u00a0: {problem}"
UI_DETAIL_CHANGED = (
    "L'article a changé depuis la création des exercices\u00a0; ils restent utilisables."
)
UI_GENERATE_STARTED = "Création des exercices pour {title}…"
"""`title` comes quoted (typography.quote): a title with its own « » nests them as “ ”."""
UI_GENERATE_DONE = "Exercices prêts pour {title}\u00a0: {questions}."
UI_GENERATE_FAILED = "La création des exercices pour {title} a échoué\u00a0: {error}"
UI_GENERATE_RUNNING = "La création est déjà en cours."
UI_GENERATE_EXISTS = "Cet article a déjà des exercices."
UI_GENERATE_BROKEN = (
    "Le fichier d'exercices de cet article a une erreur\u00a0: un enseignant doit le corriger."
)
UI_GENERATE_UNFIT = (
    "On ne peut pas créer d'exercices avec cet article. "
    "Un enseignant doit le corriger\u00a0: {problem}"
)

UI_READER_ITEMS = "{questions}"
UI_READER_TIP = "{count} mots clés en couleur\u00a0: Tab pour les parcourir, Entrée pour le sens."
UI_READER_TIP_NO_TERMS = "Lisez l'article, puis appuyez sur e pour les exercices."
UI_READER_BROKEN = (
    "Pas d'exercices\u00a0: leur fichier a une erreur, qu'un enseignant doit corriger. {problem}"
)
UI_READER_UNFIT = (
    "Pas d'exercices pour cet article. Un enseignant doit le corriger\u00a0: {problem}"
)
"""The article itself cannot give exercises (not French, too long...): no file to blame."""
UI_READER_TOO_LONG = (
    "Cet article est trop long pour être lu ici ({chars}\u00a0caractères). "
    "Un enseignant doit le couper en plusieurs articles."
)
UI_READER_NO_TERMS = "Pas de mots clés dans cet article."
UI_READER_NO_EXERCISES = (
    "Pas encore d'exercices pour cet article. Créez-les depuis la bibliothèque (touche g)."
)
UI_TERM_NO_DEFINITION = (
    "Pas de définition pour ce mot. Lisez la phrase\u00a0: le sens est souvent dans le texte."
)
UI_TERM_IN_TEXT = "Dans le texte\u00a0:"

UI_SESSION_STATUS = "Question {number} sur {total}   ·   Score\u00a0: {score} / {max}"
UI_SESSION_STATUS_FIRST = "Question {number} sur {total}"
"""Before the first answer: no score yet (not "0 / 0")."""
UI_SESSION_SAVED = "Vos réponses sont enregistrées."
UI_QUIT_HOW = "Pour quitter, appuyez sur Ctrl+Q. Vos réponses sont déjà enregistrées."
"""Ctrl+C (Textual said "Do you want to quit? Press ctrl+q to quit the app")."""
UI_CHOICE_NONE = "Choisissez d'abord une réponse\u00a0: tapez sa touche, ou ↑ ↓ puis Entrée."
UI_JUSTIFY_NONE = "Choisissez d'abord la phrase qui le prouve\u00a0: tapez son numéro, puis Entrée."
UI_PROGRESS_CORRUPT = (
    "Votre fichier de progression était abîmé. {kept_words} Une copie de l'ancien fichier est "
    "gardée pour votre enseignant, à côté du nouveau."
)
"""No file name: at 80 columns "Zoé.corrupt-20261206T164828554030Z.yaml" was cut in two in
the notification; the teacher finds it next to the record (`<name>.corrupt-<time>.yaml`)."""
UI_PROGRESS_KEPT_NONE = "Aucune réponse n'a pu être récupérée."
UI_PROGRESS_KEPT = (
    "{kept}\u00a0réponse sur {found} a été récupérée.",
    "{kept}\u00a0réponses sur {found} ont été récupérées.",
)
"""The answers read back from a damaged record: one, then two or more."""
UI_SESSION_SAVED_RESUME = (
    "Vos réponses sont enregistrées. Pour reprendre à la question {number}, appuyez sur e."
)
UI_SESSION_RESUMED = "Vous reprenez à la question {number} sur {total}."
UI_LEAVE_DRAFT = (
    "Votre réponse n'est pas envoyée\u00a0: Entrée pour l'envoyer, "
    "ou Échap encore une fois pour arrêter sans elle."
)
"""Échap with an answer written but not sent: the text would be lost."""
UI_SAVE_FAILED = "Votre réponse n'a pas pu être enregistrée\u00a0: {error}"
UI_ANSWER_EMPTY = "Écrivez une réponse, puis Entrée."
UI_PAIRS_INCOMPLETE = "Choisissez une réponse pour chaque ligne, puis Valider."
UI_HOW_NUMBER = "Tapez le numéro de votre réponse (ou ↑ ↓ puis Entrée)."
UI_HOW_LETTER = "Tapez la lettre de votre réponse (ou ↑ ↓ puis Entrée)."
"""Options that are numbers ("1 500", "3 000") are picked by letter: "4  3 000" read as 43 000."""
UI_HOW_TRUTH = "Tapez v, f ou n (ou ↑ ↓ puis Entrée)."
UI_HOW_LIST = "Choisissez avec ↑ ↓ puis Entrée."
"""Above a QCM, a true / false or a word bank: the order and the true / false items said what
to press, these said nothing (and a number answers at once)."""
UI_JUSTIFY_PICK = (
    "Votre réponse\u00a0: {choice} (v, f ou n pour changer). Quelle phrase du texte le "
    "prouve\u00a0? Tapez son numéro (ou ↑ ↓, Pg↑ Pg↓), puis Entrée."
)
UI_ORDER_HOW = (
    "↑ ↓ choisissent un événement, Maj+↑ Maj+↓ (ou m, d) le déplacent, Entrée valide l'ordre."
)
UI_PAIR_WHO = "Qui a dit cela\u00a0?"
UI_PAIR_WHICH_TERM = "Quel mot\u00a0?"
UI_PAIR_USED = "déjà choisi\u00a0: ligne {rows}"
UI_PAIR_USED_ROWS = "déjà choisi\u00a0: lignes {rows}"
"""Beside a choice already given to other rows (as H5P greys out a placed word): 'ligne 2',
'lignes 1 et 3'. A term fits one row only: choosing it again takes it from that row."""
UI_PAIR_MOVED = (
    "«\u00a0{choice}\u00a0» n'est plus à la ligne {row}\u00a0: un mot va avec une seule définition."
)
UI_PAIR_ROWS_AND = " et "
UI_PLACEHOLDER_CLOZE = "Le mot qui manque"
UI_PLACEHOLDER_CLOZE_WORDS = "Les {count}\u00a0mots qui manquent"
UI_PLACEHOLDER_DATES: dict[str, str] = {
    "year": "Une année, par exemple\u00a0: 2024",
    "month": "Un mois et une année, par exemple\u00a0: juin 2024",
    "day": "Une date, par exemple\u00a0: 19 juin 2024",
    "duration": "Une durée, par exemple\u00a0: 3 jours",
    "time": "Une heure, par exemple\u00a0: 15 h 30",
}
"""The date field's example, by the precision of the item's `value` (2024, 2024-06, 2024-06-19,
P3D, T15:30): a learner asked "Combien de temps ?" is not shown a date to copy."""
UI_PLACEHOLDER_OPEN = "Votre réponse"
"""No length here: the question says it ("Répondez en deux ou trois phrases")."""
UI_HINT_NONE = "Pas d'indice pour cette question."
UI_HINT_COST = "Indice (coûte {cost})\u00a0: {hint}"
UI_HINT_FREE = "Indice (gratuit)\u00a0: {hint}"

UI_FEEDBACK_POINTS = "{points}\u00a0/\u00a0{max}"
"""`max` carries its unit: `0 / 1 point`, `1,5 / 2 points`."""
UI_POINTS = ("{count}\u00a0point", "{count}\u00a0points")
UI_FEEDBACK_REASONS: dict[str, str] = {
    "accent": "attention aux accents",
    "typo": "une petite faute de frappe",
    "agreement": "attention au singulier et au pluriel",
    "gender": "attention au masculin et au féminin",
    "verb_ending": "le verbe n'a pas la bonne terminaison",
    "unit_missing": "il manque l'unité",
    "date_incomplete": "la date est incomplète",
    "justification_missing": "il manque la phrase du texte",
    "justification_wrong": "la phrase citée ne prouve pas la réponse",
    "missing_keywords": "il manque des mots importants",
    "other_person": "ce n'est pas la bonne personne",
    "keyword_small_word": "attention aux petits mots",
    "copied_text": "répondez avec vos mots",
    "small_word_missing": "il manque un petit mot",
    "small_word_extra": "un petit mot est en trop",
    "missing_words": "il manque des mots",
    "other_word": "c'est un autre mot",
    "negation": "attention au sens",
    "digits_swapped": "vérifiez l'ordre des chiffres",
    "digit_off": "un chiffre n'est pas le bon",
    "day_month_swapped": "le jour et le mois sont inversés",
    "date_part_wrong": "une partie de la date est fausse",
}
"""Why a verdict is not a plain success, in the feedback's title line (reason codes of scoring).
A reason of UI_FEEDBACK_FIRST_REASONS is said before the others of the verdict."""
UI_FEEDBACK_FIRST_REASONS = ("other_person", "negation")
"""Reasons that say more than "il manque des mots importants": an open answer naming another
person, or saying the text the other way round, misses those keywords too, and the title line
should say why."""
UI_FEEDBACK_TYPO_AND_ACCENT = "une faute de frappe et un accent"
UI_FEEDBACK_GIVEN = "Votre réponse\u00a0: "
UI_FEEDBACK_EXPECTED = "La bonne réponse\u00a0: "
UI_FEEDBACK_MODEL = "Exemple de réponse\u00a0: "
"""An open question's model answer: the learner's own words may be as good."""
UI_FEEDBACK_WRONG_TRUTH = "Mauvaise réponse"
"""The verdict of a wrong true / false answer: "✘ Faux" above "Votre réponse : Faux" read as
the answer."""
UI_FEEDBACK_WITH_ACCENTS = "Avec les accents\u00a0: "
"""Replaces "Juste, mais attention aux accents : " when the title line already says it."""
UI_FEEDBACK_IN_TEXT = "Dans l'article\u00a0:"
UI_ORDER_PLACE = "(sa\u00a0place\u00a0: {place})"

UI_RESULTS_TITLE = "Résultats"
UI_RESULTS_TOTAL = "Score\u00a0: {score} / {max} ({percent})"
UI_RESULTS_PROOF = "La phrase qui le prouve\u00a0: {evidence}"
UI_RESULTS_REVIEW = "Vos erreurs\u00a0:"
"""Not "À revoir": the library's "À revoir" counts the questions due, which is another number;
the key below says "Refaire les erreurs"."""
UI_RESULTS_ALL_RIGHT = "Tout est juste. Bravo\u00a0!"
UI_RESULTS_NOTHING_AGAIN = "Aucune erreur à refaire."
UI_AGAIN_TITLE = "{title}\u00a0: les erreurs"
UI_COL_SKILL = "Compétence"
UI_COL_POINTS = "Points"
UI_COL_SUCCESS = "Réussite"

UI_REVIEW_TITLE = "Révision du jour"
UI_REVIEW_LAST = "Dernière réponse, le {day}\u00a0: {outcome}."
"""Under a reviewed item: why it is back ("Dernière réponse, le 2 mars 2026 : fausse.")."""
UI_REVIEW_OUTCOMES: dict[str, str] = {
    "correct": "juste",
    "almost": "presque juste",
    "partial": "en partie juste",
    "incorrect": "fausse",
}
UI_REVIEW_NOTHING = "Rien à revoir pour le moment. Bravo\u00a0!"
UI_REVIEW_NOTHING_YET = (
    "Rien à revoir\u00a0: la révision reprend les questions des exercices déjà faits. "
    "Choisissez un article, puis e pour les exercices."
)
"""To a learner who has answered nothing yet: "Bravo !" congratulated them on nothing."""

UI_PROGRESS_TITLE = "Vos progrès"
UI_PROGRESS_SKILLS = "Maîtrise par compétence"
UI_PROGRESS_NOT_YET = "pas encore"
UI_PROGRESS_HISTORY = "Réussite jour après jour"
UI_PROGRESS_HISTORY_RANGE = (
    "Du {first} au {last} ({days} de travail). Dernier jour\u00a0: {latest}."
)
UI_PROGRESS_HISTORY_ONE_DAY = "Un seul jour de travail, le {first}\u00a0: {latest}."
"""The range line when all the answers are of one day ("Du 06/12 au 06/12" read as a slip)."""
UI_PROGRESS_NO_HISTORY = "Pas encore de réponses. Faites un premier exercice\u00a0!"
UI_PROGRESS_DUE = "{questions} à revoir aujourd'hui. Appuyez sur r pour réviser."
UI_PROGRESS_NONE_DUE = "Rien à revoir aujourd'hui."

UI_HELP_TITLE = "Les touches"
UI_HELP_READING = "Lecture"
UI_HELP_EXERCISES = "Exercices"
UI_HELP_RESULTS = "Résultats"
"""Section titles of the help, also named by the screens whose F1 opens the help there."""
UI_HELP_KEYS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "Partout",
        (
            ("F1 ou\u00a0?", "cette aide"),
            ("Ctrl+P", "commandes\u00a0: bibliothèque, progrès, révision"),
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
        UI_HELP_READING,
        (
            ("↑ ↓ Pg↑ Pg↓", "faire défiler le texte"),
            ("Tab / Maj+Tab", "mot clé suivant / précédent"),
            ("Entrée", "explication du mot clé"),
            ("e", "commencer les exercices"),
        ),
    ),
    (
        UI_HELP_EXERCISES,
        (
            ("1 2 3 4", "choisir une réponse (QCM)"),
            ("a b c d", "choisir un nombre (QCM de nombres)"),
            ("v f n", "Vrai, Faux, On ne sait pas"),
            ("Numéro", "la phrase qui le prouve (Vrai, Faux)"),
            ("Entrée", "valider"),
            ("Tab / Maj+Tab", "ligne suivante / précédente (paires)"),
            ("Maj+↑ Maj+↓", "déplacer un événement (m et d aussi)"),
            ("F2 ou h", "indice (coûte des points)"),
            ("F3", "relire l'article"),
            ("Ctrl+S", "valider"),
        ),
    ),
    (
        UI_HELP_RESULTS,
        (
            ("Entrée", "retour à la bibliothèque"),
            ("a", "refaire les erreurs"),
        ),
    ),
)
