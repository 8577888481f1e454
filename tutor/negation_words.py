"""The French words that make, break or bound a negation, for `negations` and
`scoring_negation`: particles, clitics, determiners, auxiliaries, words that deny by their meaning
and words of worry.

Words are written without accents, as `negations.read` gives them.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PARTICLES = _words("pas plus jamais point guere aucun aucune aucuns aucunes nul nulle rien ni")
"""The second word of "ne … pas": without one, a "ne" is expletive ("avant qu'il ne parte");
"ni" too ("il ne parle ni de Le Pen ni de …")."""
ALONE = _words("pas jamais aucun aucune aucuns aucunes")
"""Particles that deny without "ne" ("pas de missiles", "aucun missile"); "plus" alone is more."""
CANCELLED_BY = _words(
    "seulement uniquement que qu juste simplement forcement necessairement tous toutes"
)
"""Words after a particle that turn the negation into "only", "not only" or "not all" ("pas
seulement", "ne … plus que", "n'accepte pas tous les contrôles")."""
REFUSED = _words("a au aux")
""""dire non à ACTA" refuses ACTA, as the accepted answer's "ACTA rejeté" does: no denial that
ACTA is there."""
SANS_PHRASES = _words("doute cesse arret faute")
""""sans doute", "sans cesse", "sans arrêt": no negation of what follows."""
HEDGES = _words("rarement peu guere")
"""Words that say a thing seldom or hardly is ("rarement spectaculaires", "peu visible"): the
learner who denies it ("ne sont pas spectaculaires") says the same, not the contrary."""
CLITICS = _words("se s me m te t y en lui leur l la le les nous vous")
ARTICLES = _words("le la les l")
DETERMINERS = _words(
    "de d du des le la les l un une son sa ses leur leurs ce cet cette ces mon ma mes ton ta tes "
    "notre nos votre vos a au aux"
)
ADVERBS = _words(
    "vraiment encore assez beaucoup trop tout tellement tres toujours tant autant bien si "
    "du davantage"
)
PRE_ADJECTIVES = _words(
    "nouveau nouveaux nouvel nouvelle nouvelles grand grands grande grandes petit petits petite "
    "petites autre autres vrai vrais vraie vraies bon bons bonne bonnes gros grosse seul seuls "
    "seule seules meme memes"
)
PREPOSITIONS = _words("contre pour sur avec dans vers en par chez entre")
"""After a verb of the negation, the phrase goes on ("n'ont pas été utilisés contre ...")."""
CONTINUE = _words("ni ou")
VERB_ENDING = re.compile(r"(?:er|ir|re|e|es|ee|ees|i|is|ie|ies|u|us|ue|ues|it|ite|its|ait|ent)$")
NEGATIVE_STEMS = (
    "oubli",
    "ignor",
    "neglig",
    "evit",
    "refus",
    "empech",
    "interdi",
    "manqu",
    "cess",
    "arret",
    "nier",
    "cach",
    "rejet",
    "contre",
    "contrair",
    "sans",
    "peur",
    "crai",
    "menac",
    "risqu",
    "dang",
    "viol",
    "atteint",
    "mepris",
    "bafou",
    "preoccup",
    "inquiet",
)
"""Words that deny by their meaning ("oublier", "éviter de", "contre", "en danger"): after a
"ne … pas" they make a double negation, and before a verb the accepted answer denies they make
the learner's words a denial too ("éviter de mettre en danger")."""
AUXILIARIES = _words(
    "est sont etait etaient sera seront etre ete a ont avait avaient aura auront avoir eu fait "
    "font faire doit doivent devait devoir peut peuvent pouvait pouvoir va vont aller veut "
    "veulent vouloir faut"
)
"""Verbs too common to say what is denied: the verb after them does ("ne doit pas mettre")."""
MODALS = _words(
    "faut fallait faudrait doit doivent devait devrait devraient veut veulent voulait voudrait "
    "voudraient peut peuvent pouvait pourrait pourraient"
)
"""Verbs that say what should, may or would be: denied, they deny no fact."""
CLAUSE_WORDS = _words(
    "mais car parce puisque donc alors cependant pourtant tandis qui que qu lorsque quand"
)
"""Words that open a new clause: a negation before them does not reach past them."""
HAVE = _words("a ai as avons avez ont avait avaient aura auront avoir")
"""Forms of "avoir": "n'a pas de pétrole" says a lack, not a denial."""
SPOKEN_AFTER = AUXILIARIES - {"a", "etre", "avoir", "faire", "devoir", "pouvoir", "aller"}
"""Verbs a spoken negation follows without its "ne" ("c'est pas", "ils sont pas utilisés");
not "a", which is also "à" once accents are stripped ("à pas de loup")."""
WORRY_STEMS = (
    "menac",
    "danger",
    "risqu",
    "crain",
    "peur",
    "inquiet",
    "preoccup",
    "contre",
    "critiqu",
    "reproch",
    "oppos",
    "viol",
    "atteint",
    "rejet",
    "refus",
)
"""Words of worry, opposition or refusal ("menacée", "contre", "préoccupe", "rejeté"): what
they bear on may be said with a negation and mean the same ("Kirby n'accepte pas les
missiles", "Le Parlement n'a pas accepté ACTA" for « ACTA est rejeté »)."""
REMOVAL_STEMS = (
    "suppress",
    "supprim",
    "abol",
    "annul",
    "abandon",
    "renonc",
    "retrait",
    "interdi",
)
"""Words that do away with what follows them ("la suppression de la réserve", "abolir",
"l'interdiction des emplois familiaux"): "ne plus vouloir de la réserve" says the same, and
"ne pas vouloir sa suppression", "être contre sa suppression" say the contrary."""
TRUE_WORDS = _words("vrai vraie exact exacte")
FALSE_WORDS = _words("faux fausse inexact inexacte impossible")
OPINION_VERBS = _words("pense pensons pensez pensent crois croit croyons croyez croient")
"""Words of a clause that denies the next one: "Ce n'est pas vrai que …", "Il est faux que …",
"Je ne pense pas que …" say the clause after "que" the other way round."""
SURE_WORDS = _words(
    "sur sure surs sures certain certaine certains certaines convaincu convaincue convaincus "
    "convaincues prouve probable evident"
)
DOUBT_WORDS = _words("doute doutons doutez doutent improbable douteux")
"""Words of a clause that doubts the next one: "Je ne suis pas sûr que …", "Il n'est pas
prouvé que …", "Il est peu probable que …", "Je doute que …" do not say the clause, nor its
contrary ("sûr" is "sur" once accents are stripped; a preposition does not end a clause before
"que")."""
LEAD_DENIALS = _words("pas aucun aucune nul nulle jamais guere point sans")
"""Words that turn a leading clause round, with or without "ne" as it is spoken ("C'est pas
vrai que", "Je ne doute pas que", "Il ne fait aucun doute que", "Nul doute que")."""
LEAD_FILLERS = _words("vraiment de dire d fort tout a fait tres si")
"""Words between a lead's verb and its "que" that change nothing ("Il est faux de dire que",
"Je doute fort que", "Je ne suis pas tout à fait sûr que")."""
NAME_LINKS = _words("de d du des le la von van ben al el")
"""Small words inside a name ("Charles de Gaulle", "Jean-Marie Le Pen")."""
NOT_A_NAME = PREPOSITIONS | _words(
    "selon apres avant depuis pendant malgre sans sous hier demain aujourd oui non alors "
    "ensuite puis enfin bref ainsi ici d a au aux lundi mardi mercredi jeudi vendredi samedi "
    "dimanche"
)
"""Capitalised words that open what is set off before a clause, but no subject: "Selon
Kirby, ils ne …", "D'après l'ONU, …", "Hier, il n'a pas …"."""
OWN_CLAUSE_OPENERS = _words("mais car parce puisque donc alors cependant pourtant tandis sinon")
"""Words that open a clause a leading "Ce n'est pas vrai que …" does not reach: the learner's
own correction or reason ("…, mais il y aura des travaux")."""
SUBJECT_PRONOUNS = _words("je j tu il elle on nous vous ils elles c ce ca cela")
"""Subjects that open a sentence of its own after a comma ("Ce n'est pas vrai que la piscine
ferme, elle reste ouverte", "…, c'est la mairie qui …")."""
SOURCE_OPENERS = NOT_A_NAME | _words("pour faute grace lors")
"""Words that open a source, a place or a time set off by a comma ("selon Kirby,", "d'après
l'ONU,", "À Liège,", "Faute de médecins,", "Hier,"): the clause after it is the one said."""
