"""Senses the shipped glossary does not give, for words whose one definition is another sense in
the news: "troupe" is a company of actors at a street festival, "intérim" the weeks a deputy
coach stands in, "concéder" losing a match, "tribune" the rostrum of the Assemblée.

Each word here keeps the glossary's own definition as one sense (with the words that signal it)
and gains the others, so `tutor.glossary_senses.choose_sense` picks one only when the sentence
or the article says which: a learner is better off with no definition than a wrong one. Words
found defined in the wrong sense in the lessons of the 40 extraction corpus articles (session 7
review); they belong in the glossary files, where their owner may move them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from tutor.glossary import GlossaryEntry, fold_term
from tutor.glossary_senses import Sense, fold_lemma


@dataclass(frozen=True)
class _More:
    usual: tuple[str, ...]
    """Words that signal the glossary's own sense, when the entry has only one."""
    others: tuple[Sense, ...]


def _sense(definition: str, cues: str) -> Sense:
    return Sense(definition, tuple(fold_lemma(c) for c in cues.split(",") if c.strip()))


def _cues(text: str) -> tuple[str, ...]:
    return tuple(fold_lemma(c) for c in text.split(",") if c.strip())


_MORE: dict[str, _More] = {
    "troupe": _More(
        _cues("soldat, armée, militaire, déployer, front, guerre, retrait, régiment, combat"),
        (
            _sense(
                "Un groupe de comédiens ou d'artistes qui jouent ensemble.",
                "comédien, comédienne, théâtre, spectacle, festival, scène, jouer, compagnie, "
                "représentation, tournée, pièce, artiste, danseur, cirque",
            ),
        ),
    ),
    "intérim": _More(
        _cues("agence, intérimaire, travailleur, mission, emploi, contrat, cdi, cdd, précarité"),
        (
            _sense(
                "La période où quelqu'un remplace pour un temps le responsable d'un poste.",
                "assurer, entraîneur, adjoint, président, directeur, remplacer, successeur, "
                "provisoire, nomination, démission, limogeage, départ",
            ),
        ),
    ),
    "riverain": _More(
        _cues("habitant, rue, quartier, chantier, nuisance, bruit, route, voisin, travaux"),
        (
            _sense(
                "Qui est situé au bord d'une mer, d'un fleuve ou d'une route.",
                "pays, état, mer, nation, gouvernement, ministre, frontière, océan",
            ),
        ),
    ),
    "concéder": _More(
        _cues("raison, admettre, reconnaître, erreur, argument, accorder"),
        (
            _sense(
                "Pour une équipe, subir un but, un point ou une défaite face à l'adversaire.",
                "défaite, but, match, point, domicile, équipe, victoire, nul, encaisser, "
                "championnat, adversaire",
            ),
        ),
    ),
    "révélation": _More(
        _cues("secret, scandale, enquête, presse, document, affaire, information, publier"),
        (
            _sense(
                "Une personne dont le talent vient d'apparaître au grand public.",
                "saison, joueur, joueuse, talent, jeune, film, acteur, actrice, chanteur, "
                "chanteuse, championnat, internationale, année",
            ),
        ),
    ),
    "emprise": _More(
        _cues("victime, violence, conjugal, psychologique, couple, manipulation, secte"),
        (
            _sense(
                "Le contrôle fort qu'un groupe ou un pays exerce sur un domaine ou un lieu.",
                "flotte, industriel, marché, groupe, territoire, secteur, économie, contrôle, "
                "entreprise, pêche, état",
            ),
        ),
    ),
    "transparence": _More(
        _cues("argent, public, information, patrimoine, déclaration, financement, corruption"),
        (
            _sense(
                "La clarté d'un son, ou d'une matière qui laisse passer la lumière.",
                "son, musique, orchestre, corde, eau, verre, lumière, sonore, musicien, "
                "musicienne, couleur, chef d'orchestre",
            ),
        ),
    ),
    "sobriété": _More(
        _cues("énergie, consommation, chauffage, électricité, carbone, climat, gaz, économie"),
        (
            _sense(
                "La simplicité, le fait de n'avoir rien de trop.",
                "décor, plateau, mise en scène, metteur en scène, style, élégance, simple, nu, "
                "dépouillé, scène, chaise, costume",
            ),
        ),
    ),
    "en amont": _More(
        _cues("étape, préparation, projet, décision, réunion, processus, préparer"),
        (
            _sense(
                "Plus haut sur une rivière, du côté d'où vient l'eau.",
                "rivière, fleuve, cours d'eau, crue, bassin, barrage, digue, inondation, "
                "vallée, rétention",
            ),
        ),
    ),
    "indemnisation": _More(
        _cues("dommage, victime, assureur, assurance, sinistre, réparer, préjudice"),
        (
            _sense(
                "L'argent versé chaque mois à une personne sans emploi.",
                "chômage, chômeur, demandeur d'emploi, allocation, emploi, inscrire",
            ),
        ),
    ),
    "délégation": _More(
        _cues(
            "envoyer, représenter, sommet, visite, négociation, accueillir, conduire, pays, "
            "conférence, déplacement, international, internationale, diplomatique, ministre"
        ),
        (
            _sense(
                "Un service qui représente une administration dans un département ou une région.",
                "départemental, départementale, régional, régionale, ars, directeur, directrice, "
                "administration, agence",
            ),
        ),
    ),
    "tribune": _More(
        (),
        (
            _sense(
                "L'endroit surélevé d'où l'on parle devant une assemblée.",
                "assemblée, député, sénat, sénateur, hémicycle, discours, orateur, lancer, "
                "parlement, monter, rapporteur, rapporteuse, séance",
            ),
        ),
    ),
    "participation": _More(
        (),
        (
            _sense(
                "Une part du capital d'une entreprise que l'on possède.",
                "capital, actionnaire, détenir, conserver, symbolique, action, céder, rachat, "
                "majoritaire, minoritaire, conseil de surveillance",
            ),
        ),
    ),
}


def with_more_senses(entry: GlossaryEntry) -> GlossaryEntry:
    """The entry with the senses the glossary lacks, or the entry itself."""
    more = _MORE.get(fold_term(entry.lemma))
    if more is None:
        return entry
    if entry.senses:
        known = {fold_term(s.definition) for s in entry.senses}
        added = tuple(s for s in more.others if fold_term(s.definition) not in known)
        return replace(entry, senses=entry.senses + added)
    if not more.usual:
        return entry
    return replace(entry, definition="", senses=(Sense(entry.definition, more.usual), *more.others))
