"""French strings of scoring: the verdict a learner reads after each answer, and the hints of
a near miss. Read as `messages.NAME` (see tutor/messages/__init__.py for the rules of style)."""

from __future__ import annotations

# --- Scoring: verdicts -----------------------------------------------------------------------

OUTCOME_LABELS: dict[str, str] = {
    "correct": "Juste",
    "almost": "Presque",
    "partial": "En partie juste",
    "incorrect": "Faux",
}

SCORE_CORRECT = "Bravo\u00a0! La réponse est {expected}."
SCORE_ACCENT_WARN = "Juste, mais attention aux accents\u00a0: {expected}."
SCORE_ACCENT_STRICT = "Attention aux accents\u00a0: la bonne réponse est {expected}."
SCORE_TYPO = "Presque\u00a0: une petite faute de frappe. La bonne réponse est {expected}."
SCORE_AGREEMENT = (
    "Presque\u00a0: attention au singulier et au pluriel. La bonne réponse est {expected}."
)
SCORE_GENDER = (
    "Presque\u00a0: attention au masculin et au féminin. La bonne réponse est {expected}."
)
SCORE_VERB_ENDING = (
    "Presque\u00a0: le verbe n'a pas la bonne terminaison. La bonne réponse est {expected}."
)
SCORE_TYPO_AND_ACCENT = (
    "Presque\u00a0: une faute de frappe et un accent. La bonne réponse est {expected}."
)
SCORE_AGREEMENT_AND_ACCENT = (
    "Presque\u00a0: attention au singulier et au pluriel, et aux accents. "
    "La bonne réponse est {expected}."
)
SCORE_GENDER_AND_ACCENT = (
    "Presque\u00a0: attention au masculin et au féminin, et aux accents. "
    "La bonne réponse est {expected}."
)
SCORE_GENDER_AND_NUMBER = (
    "Presque\u00a0: attention au masculin et au féminin, et au singulier et au pluriel. "
    "La bonne réponse est {expected}."
)
SCORE_GENDER_AND_NUMBER_AND_ACCENT = (
    "Presque\u00a0: attention au masculin et au féminin, et au singulier et au pluriel, "
    "et aux accents. La bonne réponse est {expected}."
)
"""A word in another gender and another number ("pointé" for « pointées »)."""
SCORE_VERB_ENDING_AND_ACCENT = (
    "Presque\u00a0: le verbe n'a pas la bonne terminaison, et attention aux accents. "
    "La bonne réponse est {expected}."
)
"""A near miss that also lost its accents ("reserve" for "réserves"): the accent is named too,
since the policy that forgives it alone (warn) still wants it said."""
SCORE_OTHER_OPTION = (
    "Non\u00a0: ce mot de la liste ne va pas dans cette phrase. La bonne réponse est {expected}."
)
"""Said whether the word was picked in the list or typed: "c'est un autre mot de la liste"
was no news to a learner who had just picked it there."""
SCORE_OTHER_WORD = "Non\u00a0: {given} est un autre mot. La bonne réponse est {expected}."
"""A near miss that is a French word of its own ("fraction" for "infraction", "volontaire" for
"involontaire"): not a typo, and the learner should see the two words are different."""
SCORE_SOUND_ALIKE_ENDING = (
    "Presque\u00a0: la fin du mot se dit pareil, mais s'écrit autrement (-é, -er, -ez…). "
    "La bonne réponse est {expected}."
)
"""An ending said alike written for another ("allier" for "allié", "signer" for "signé")."""
SCORE_ELISION = (
    "Presque\u00a0: attention à l'élision (d', l', qu'…). La bonne réponse est {expected}."
)
SCORE_ELISION_AND_ACCENT = (
    "Presque\u00a0: attention à l'élision (d', l', qu'…) et aux accents. "
    "La bonne réponse est {expected}."
)
"""An elision written whole inside the answer ("réserves de interprétation")."""
SCORE_SMALL_WORD: dict[str, str] = {
    "small_word_missing": "Presque\u00a0: il manque le petit mot {word}. "
    "La bonne réponse est {expected}.",
    "small_word_extra": "Presque\u00a0: le petit mot {word} est en trop. "
    "La bonne réponse est {expected}.",
}
"""A small word left out of an expression or put into it ("gouvernement coalition"), by the
reason's name."""
SCORE_SMALL_WORDS_MISSING = (
    "Presque\u00a0: il manque deux petits mots ({words}). La bonne réponse est {expected}."
)
"""Two small words left out together ("moralisation vie publique": de la); no « » around them,
so the feedback screen's title takes the sentence instead of its "il manque un petit mot"."""
SCORE_AND_ACCENTS = " Attention aussi aux accents."
SCORE_OTHER_PERSON = "Ce n'est pas la bonne personne\u00a0: la réponse est {expected}."
"""A person's name typed as another name ("Marin" for Martin): another person, not a typo."""
SCORE_KEYWORDS_OTHER_PERSON = " Ce n'est pas la bonne personne\u00a0: {given} n'est pas {expected}."
"""Added to an open answer's verdict when a name in it is near a person the answer wants, but
is another name ("Marin" for Martin): the keyword is not earned, and the learner sees why."""
SCORE_MISSING_WORDS = (
    "Il manque des mots\u00a0: la réponse a {count}\u00a0mots. La bonne réponse est {expected}."
)
SCORE_OTHER_CHOICE = "Non. La bonne réponse est {expected}."
SCORE_INCORRECT = "Non. La bonne réponse est {expected}."
SCORE_EMPTY = "Pas de réponse. La bonne réponse est {expected}."
SCORE_INVALID = "Cette réponse n'est pas reconnue. La bonne réponse est {expected}."
SCORE_OPEN_EMPTY = "Pas de réponse. Exemple de réponse\u00a0: {expected}"
SCORE_OPEN_INVALID = "Cette réponse n'est pas reconnue. Exemple de réponse\u00a0: {expected}"
"""An open question's model answer is one good answer among others, not "la bonne réponse"."""

SCORE_DATE_NO_YEAR = "En partie\u00a0: il manque l'année. La bonne réponse est {expected}."
SCORE_DATE_NO_DAY = "En partie\u00a0: il manque le jour. La bonne réponse est {expected}."
SCORE_DATE_NO_MONTH = "En partie\u00a0: il manque le mois. La bonne réponse est {expected}."
SCORE_DATE_NO_PARTS = "En partie\u00a0: il manque {parts}. La bonne réponse est {expected}."
"""Two parts or more left out ("2009" for « le 1er juin 2009 »): "le jour et le mois"."""
SCORE_DURATION_NO_UNIT = (
    "En partie\u00a0: le nombre est juste, mais il manque l'unité (heures, jours, mois, ans…). "
    "La bonne réponse est {expected}."
)
SCORE_BOUND_ADDED = (
    "Non\u00a0: le nombre est juste, mais l'article ne dit pas «\u00a0{typed}\u00a0»\u00a0: "
    "cela change le sens. "
    "La bonne réponse est {expected}."
)
"""The right length with a bound the article does not give ("plus de trente ans" for « trente
ans »): the answer says what the article does not."""
SCORE_BOUND_LEFT_OUT = {
    "above": (
        "En partie\u00a0: le nombre est juste, mais l'article dit «\u00a0{wanted}\u00a0»\u00a0: "
        "c'est plus long. La bonne réponse est {expected}."
    ),
    "below": (
        "En partie\u00a0: le nombre est juste, mais l'article dit «\u00a0{wanted}\u00a0»\u00a0: "
        "c'est moins long. La bonne réponse est {expected}."
    ),
}
"""The right length without the bound the article gives ("trente ans" for « plus de trente
ans »), by the side of the bound."""
SCORE_BOUND_OPPOSITE = (
    "Non\u00a0: le nombre est juste, mais l'article dit «\u00a0{wanted}\u00a0», "
    "pas «\u00a0{typed}\u00a0»\u00a0: c'est le contraire. La bonne réponse est {expected}."
)
"""The right length with the opposite bound ("moins de trente ans" for « plus de trente ans »)."""
SCORE_DATE_WEEKDAY_ONLY = (
    "En partie\u00a0: le jour de la semaine est juste, mais il manque la date. "
    "La bonne réponse est {expected}."
)
SCORE_DATE_WRONG = "Ce n'est pas la bonne date. La bonne réponse est {expected}."
SCORE_TIME_WRONG = "Ce n'est pas la bonne heure. La bonne réponse est {expected}."
SCORE_TIME_NO_MINUTES = (
    "En partie\u00a0: l'heure est juste, mais il manque les minutes. "
    "La bonne réponse est {expected}."
)
SCORE_DATE_OTHER_WEEKDAY = (
    "En partie\u00a0: la date est juste, mais ce jour-là était un {weekday}, pas un {typed}. "
    "La bonne réponse est {expected}."
)
SCORE_DATE_OTHER_DAY_PART = (
    "En partie\u00a0: le jour est juste, mais pas le moment de la journée. "
    "La bonne réponse est {expected}."
)
"""The day of an answer that is a day and a part of it ("lundi soir"), with another part
("lundi matin")."""
SCORE_DATE_OTHER_PERIOD = (
    "En partie\u00a0: {right}, mais ce n'est pas le bon moment (l'article dit {wanted}, "
    "pas {typed}). La bonne réponse est {expected}."
)
"""The right year with another season or time of it ("l'hiver 2025" for « dès l'été 2025 »,
"début 2024" for « fin 2024 »); `right` is a DATE_PARTS_RIGHT text."""
SCORE_DATE_MONTH_TYPO = "Presque\u00a0: le mois est mal écrit. La bonne réponse est {expected}."

SCORE_TRUTH_CORRECT = "Bravo\u00a0! La réponse est {expected}."
SCORE_TRUTH_WRONG = "Non. La bonne réponse est {expected}."
SCORE_JUSTIFY_MISSING = (
    "La réponse {expected} est juste, mais il faut aussi citer la phrase du texte qui le prouve."
)
SCORE_JUSTIFY_WRONG = (
    "La réponse {expected} est juste, mais la phrase citée ne le prouve pas. "
    "La phrase du texte\u00a0: {evidence}"
)
SCORE_JUSTIFY_OK = "Bravo\u00a0! La réponse est {expected}, et la phrase citée le prouve."

SCORE_PAIRS_ALL = "Bravo\u00a0! Toutes les paires sont justes."
SCORE_PAIRS_SOME = "Paires justes\u00a0: {right} sur {total}. À corriger\u00a0: {fixes}."
SCORE_PAIRS_NONE = "Aucune paire n'est juste. Les bonnes paires\u00a0: {fixes}."

SCORE_ORDER_ALL = "Bravo\u00a0! L'ordre est juste."
SCORE_ORDER_SOME = (
    "Événements à la bonne place\u00a0: {right} sur {total}. Le bon ordre\u00a0: {expected}."
)
SCORE_ORDER_NONE = "Aucun événement n'est à la bonne place. Le bon ordre\u00a0: {expected}."

SCORE_KEYWORDS_ALL = "Bravo\u00a0! Vous avez utilisé les mots importants\u00a0: {found}."
SCORE_KEYWORDS_SOME = "En partie\u00a0: vous avez utilisé {found}. Il manque\u00a0: {missing}."
SCORE_KEYWORD_BY_FAMILY = "{word} (avec «\u00a0{typed}\u00a0»)"
"""A keyword earned by the verb of its family: "suppression (avec « supprimer »)"."""
SCORE_KEYWORDS_CHOOSE = (
    "En partie\u00a0: vous avez utilisé {found}. Il faut encore {count} parmi ces mots\u00a0: "
    "{missing}."
)
SCORE_KEYWORDS_ALMOST = "Presque\u00a0: vous avez utilisé les mots importants\u00a0: {found}."
"""Every keyword needed, one or more with a small word left out or changed."""
SCORE_KEYWORDS_SMALL_WORDS = " Attention aux petits mots\u00a0: {notes}."
SCORE_KEYWORDS_SPELLING = " Attention à l'orthographe\u00a0: {notes}."
"""Added to an open answer whose keywords were found with a typo ("rapeort"): the points stay,
the spelling is said; each note is a SCORE_KEYWORD_SMALL_WORD."""
SCORE_KEYWORD_SMALL_WORD = "on écrit {expected}, pas {typed}"
"""One keyword typed with a small word left out or changed: "on écrit « prison avec sursis »,
pas « prison sursis »"."""
SCORE_KEYWORDS_COPIED = (
    " Votre réponse recopie une longue phrase du texte\u00a0: la prochaine fois, répondez avec "
    "vos mots, en une ou deux phrases courtes."
)
"""Added to an open answer that copies a long stretch of the text word for word; its points
stay (the keywords are in it), but it is not yet an answer to the question."""
SCORE_PASTED_TEXT = (
    "Votre réponse colle un long passage du texte\u00a0: ce n'est pas une réponse. "
    "Répondez avec vos mots, en quelques phrases courtes. Exemple de réponse\u00a0: {expected}"
)
"""An open answer that is the article pasted: it earns nothing, and shows the model answer."""
SCORE_WORD_COUNTS = ("{count}\u00a0mot", "{count}\u00a0mots")
SCORE_KEYWORDS_NONE = "Il manque les mots importants\u00a0: {missing}."
SCORE_KEYWORDS_NONE_CHOOSE = "Il faut utiliser au moins {count} de cette liste\u00a0: {missing}."
"""No keyword in an answer that needs a few of them ("2 mots" of five): "il manque" the five
read as if all five were needed."""
SCORE_KEYWORDS_USED = "En partie\u00a0: vous avez utilisé {found}."
"""Some keywords found, and the others all said the other way round (the sentence on the sense
that follows names them): none is missing from the answer."""
SCORE_KEYWORDS_ACCENTS = " Attention aux accents\u00a0: {words}."
SCORE_KEYWORDS_CONTRARY = (
    " Attention au sens\u00a0: pour {words}, votre réponse dit le contraire du texte."
)
SCORE_KEYWORDS_OPPOSITE = (
    " Attention au sens\u00a0: votre réponse dit «\u00a0{typed}\u00a0», le texte dit "
    "«\u00a0{text}\u00a0». C'est le contraire."
)
"""An open answer with the opposite outcome of the text ("acquitté" for « condamné »)."""
SCORE_KEYWORDS_DOUBTED = (
    " Attention au sens\u00a0: pour {words}, votre réponse met en doute ce que dit le texte."
)

SCORE_HINT = " Indice utilisé\u00a0: {cost} en moins."
SCORE_POINT_COUNTS = ("{count}\u00a0point", "{count}\u00a0points")
"""French keeps the singular below 2: "0,5 point", "1 point", "2 points"."""

# --- Scoring: near misses on a wrong answer (the verdict stays wrong, the hint helps) ----------

SCORE_NEAR = "Presque\u00a0: {detail} La bonne réponse est {expected}."
"""A number slip in an answer whose other words are right; `detail` is one of the NEAR_ texts."""
NEAR_DIGITS_SWAPPED: dict[str, str] = {
    "year": "vérifiez l'ordre des chiffres de l'année.",
    "day": "vérifiez l'ordre des chiffres du jour.",
    "number": "vérifiez l'ordre des chiffres.",
}
NEAR_DIGIT_OFF: dict[str, str] = {
    "year": "l'année est {wanted}, pas {given}.",
    "day": "le jour est le {wanted}, pas le {given}.",
    "number": "le nombre est {wanted}, pas {given}.",
}
DATE_PART_NAMES: dict[str, str] = {"day": "le jour", "month": "le mois", "year": "l'année"}
DATE_PARTS_AND = " et "
DATE_PARTS_NOR = " ni "
DATE_PARTS_RIGHT = ("{parts} est juste", "{parts} sont justes")
"""The right parts of a date: one part, then two or more."""
SCORE_DATE_PART_WRONG = "{right}, mais pas {wrong}. La bonne réponse est {expected}."
SCORE_DATE_NEAR = "Presque\u00a0: {right}. {detail} La bonne réponse est {expected}."
SCORE_DATE_DAY_MONTH_SWAPPED = (
    "Presque\u00a0: le jour et le mois sont inversés. En français, le jour vient avant le mois. "
    "La bonne réponse est {expected}."
)
