"""The English field name a French-speaking teacher means by a French one ('réponse', 'indice').

Spelling suggestions cannot find these: 'réponse' looks more like 'points' than like 'answer'.
"""

from __future__ import annotations

from tutor.normalize import strip_accents

_FIELDS: dict[str, tuple[str, ...]] = {
    "reponse": ("answer",),
    "bonne_reponse": ("answer",),
    "solution": ("answer",),
    "reponses_acceptees": ("accept",),
    "autres_reponses": ("accept",),
    "accepte": ("accept",),
    "accepter": ("accept",),
    "variantes": ("accept",),
    "preuve": ("evidence",),
    "autres_preuves": ("other_evidence",),
    "autres_phrases": ("other_evidence",),
    "justification": ("evidence",),
    "extrait": ("evidence",),
    "citation_du_texte": ("evidence",),
    "indice": ("hint",),
    "aide": ("hint",),
    "cout_indice": ("hint_cost",),
    "cout_de_l_indice": ("hint_cost",),
    "consigne": ("prompt",),
    "question": ("prompt",),
    "enonce": ("statement", "prompt"),
    "affirmation": ("statement",),
    "phrase": ("statement", "text"),
    "competence": ("skill",),
    "texte": ("text",),
    "texte_a_trous": ("text",),
    "banque": ("bank",),
    "banque_de_mots": ("bank",),
    "choix": ("options",),
    "propositions": ("options",),
    "reponses_possibles": ("options",),
    "paires": ("pairs",),
    "couples": ("pairs",),
    "terme": ("term",),
    "mot": ("word", "term"),
    "citation": ("quote",),
    "propos": ("quote",),
    "locuteur": ("speaker",),
    "auteur": ("speaker",),
    "personne": ("speaker",),
    "evenements": ("events",),
    "mots_cles": ("keywords",),
    "motscles": ("keywords",),
    "min_mots_cles": ("min_keywords",),
    "reponse_modele": ("model_answer",),
    "modele": ("model_answer",),
    "corrige": ("model_answer",),
    "commentaire": ("feedback",),
    "explication": ("feedback",),
    "retour": ("feedback",),
    "correction": ("feedback",),
    "titre": ("title",),
    "valeur": ("value",),
    "identifiant": ("id",),
    "intrus": ("distractors",),
    "leurres": ("distractors",),
    "distracteurs": ("distractors",),
    "justifier": ("justify",),
    "defauts": ("defaults",),
    "valeurs_par_defaut": ("defaults",),
    "fautes_de_frappe": ("typos",),
    "coquilles": ("typos",),
    "nature": ("answer_pos",),
    "classe_grammaticale": ("answer_pos",),
    "chemin": ("path",),
    "fichier": ("path",),
    "empreinte": ("hash",),
    "questions": ("items",),
    "exercices": ("items",),
    "bareme": ("points",),
}


def english_field(name: str, allowed: list[str]) -> str | None:
    """The field of `allowed` that the French `name` stands for, if it is one we know."""
    key = strip_accents(name.strip().lower()).replace("-", "_").replace(" ", "_")
    key = key.replace("'", "_")
    return next((f for f in _FIELDS.get(key, ()) if f in allowed), None)
