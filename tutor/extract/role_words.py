"""The nouns that name a function, a trade or a relation: "ministre", "porte-parole", "fille"."""

from __future__ import annotations

_ROLE_WORDS = """
    président présidente ministre porte-parole conseiller conseillère leader chef cheffe directeur
    directrice ambassadeur ambassadrice député députée sénateur sénatrice maire candidat candidate
    rapporteur rapporteure secrétaire juge avocat avocate procureur procureure père mère fille fils
    épouse mari femme frère sœur roi reine pape général générale commissaire chancelier chancelière
    gouverneur gouverneure patron patronne pdg fondateur fondatrice dirigeant dirigeante
    responsable négociateur négociatrice chercheur chercheuse professeur professeure économiste
    expert experte analyste journaliste écrivain écrivaine acteur actrice chanteur chanteuse joueur
    joueuse entraîneur entraîneuse sélectionneur capitaine prince princesse émir cheikh imam
    cardinal évêque archevêque délégué déléguée élu élue militant militante opposant opposante
    syndicaliste envoyé envoyée médiateur médiatrice commandant commandante colonel officier
    vice-président vice-présidente vice-ministre premier première adjoint adjointe haut-commissaire
    coordinateur coordinatrice administrateur administratrice gérant gérante
    président-directeur
    sportif sportive athlète champion championne entrepreneur entrepreneuse
    footballeur footballeuse cycliste tennisman nageur nageuse pilote coureur coureuse boxeur
    boxeuse attaquant attaquante gardien gardienne agriculteur agricultrice éleveur éleveuse
    viticulteur viticultrice pêcheur pêcheuse ouvrier ouvrière salarié salariée enseignant
    enseignante instituteur institutrice étudiant étudiante lycéen lycéenne commerçant
    commerçante sociologue historien historienne politologue philosophe géographe démographe
    linguiste juriste constitutionnaliste psychiatre psychologue biologiste climatologue
    épidémiologiste virologue infectiologue médecin chirurgien chirurgienne infirmier infirmière
    pharmacien pharmacienne vétérinaire ingénieur ingénieure architecte réalisateur réalisatrice
    cinéaste photographe romancier romancière poète poétesse auteur autrice artiste musicien
    musicienne
    compositeur compositrice éditorialiste chroniqueur chroniqueuse présentateur présentatrice
    animateur animatrice rédacteur rédactrice éditeur éditrice banquier banquière notaire
    policier policière gendarme préfet préfète magistrat magistrate diplomate soldat amiral
    lieutenant sergent eurodéputé eurodéputée cofondateur cofondatrice héritier héritière veuve
    veuf oncle tante cousin cousine neveu nièce grand-père grand-mère compagne compagnon
    retraité retraitée émissaire représentant représentante lauréat lauréate rappeur rappeuse
    humoriste milliardaire activiste lanceur lanceuse dissident dissidente inspecteur inspectrice
    colistier colistière bâtonnier bâtonnière consul consule bourgmestre actionnaire
    ministre-président numéro homologue consultant consultante membre cadre figure ténor garde
    chargé chargée abbé rabbin pasteur prêtre curé moine astronome astronaute scientifique
    paléontologue archéologue physicien physicienne mathématicien mathématicienne chimiste
    géologue astrophysicien astrophysicienne volcanologue sismologue météorologue spécialiste
    docteur docteure buteur sprinteur sprinteuse marathonien marathonienne skieur skieuse
    navigateur navigatrice skipper coéquipier coéquipière perchiste judoka rugbyman basketteur
    basketteuse handballeur handballeuse vainqueur arbitre comédien comédienne peintre sculpteur
    sculptrice dessinateur dessinatrice scénariste producteur productrice pianiste violoniste
    danseur danseuse chorégraphe mannequin couturier couturière styliste créateur créatrice
    cuisinier cuisinière monarque souverain souveraine dictateur maréchal pompier sauveteur
    secouriste trésorier trésorière doyen doyenne recteur rectrice proviseur habitant habitante
    riverain riveraine
    océanographe hydrographe cartographe restaurateur restauratrice industriel industrielle
    auteure beau-frère belle-sœur beau-père belle-mère belle-fille gendre bru demi-frère
    demi-sœur beau-fils agronome naturaliste botaniste zoologiste généticien
    généticienne commissaire-priseur édile urgentiste pédiatre généraliste anesthésiste gériatre
    artisan artisane aide-soignant aide-soignante sage-femme collègue moniteur monitrice
    boulanger boulangère boucher bouchère pâtissier pâtissière libraire vigneron vigneronne
    maraîcher maraîchère chauffeur conducteur conductrice employé employée technicien
    technicienne vendeur vendeuse serveur serveuse bénévole militaire caporal brigadier
    sapeur-pompier plombier électricien menuisier maçon traducteur traductrice interprète
    stagiaire apprenti apprentie kinésithérapeute dentiste ambulancier ambulancière
    hôtelier hôtelière coach manager associé associée défenseur défenseure
    agent agente propriétaire matelot sélectionneuse petit-fils petite-fille
    arrière-petit-fils arrière-petite-fille
    proviseure électricienne menuisière chauffeuse sauveteuse dictatrice buteuse officière
    milieu ailier ailière talonneur ouvreur meneur meneuse relayeur relayeuse international
    internationale internationaux internationales
    greffier greffière huissier huissière comptable enquêteur enquêtrice organisateur
    organisatrice conservateur conservatrice prévenu prévenue
    empereur impératrice guide prévisionniste soprano mezzo-soprano contralto baryton
    metteur metteuse rapporteuse coauteur coautrice maître-chien maître-nageur pédopsychiatre
    neurologue cardiologue maître maîtresse
    collaborateur collaboratrice assistant assistante contrôleur contrôleuse surveillant
    surveillante éducateur éducatrice formateur formatrice correspondant correspondante reporter
    blogueur blogueuse influenceur influenceuse essayiste dramaturge sommelier sommelière
    douanier douanière détective investisseur investisseuse courtier courtière promoteur
    promotrice urbaniste paysagiste designer graphiste informaticien informaticienne développeur
    développeuse doctorant doctorante observateur observatrice stratège lobbyiste statisticien
    statisticienne théologien théologienne orthophoniste ostéopathe nutritionniste diététicien
    diététicienne opticien opticienne psychanalyste
    négociant négociante soigneur soigneuse parrain marraine élève liquidateur liquidatrice
    mandataire témoin prédécesseur prédécesseure successeur successeure
    grimpeur grimpeuse rouleur rouleuse puncheur puncheuse client cliente polisseur polisseuse
    émouleur émouleuse coutelier coutelière recordman recordwoman détenteur détentrice
    finaliste médaillé médaillée substitut substitute suppléant suppléante demi pilier
    arrière latéral latérale sociétaire
    berger bergère apiculteur apicultrice forestier forestière ostréiculteur ostréicultrice
    saisonnier saisonnière cueilleur cueilleuse soignant soignante brancardier brancardière
    cariste livreur livreuse manutentionnaire
    nonce vicaire aumônier aumônière diacre chanoine pionnier pionnière interne pivot opératrice
    réanimateur drh dg dga dgs ceo trader chômeur chômeuse routier routière hôtesse steward
    caissier caissière vigile convoyeur docker pompiste contre-amiral vice-amiral
    parlementaire europarlementaire
    principal principale routeur marin skippeuse alpiniste figurant figurante juré jurée tête
"""
ROLE_NOUNS = frozenset(_ROLE_WORDS.split())
_TITLES_OF_ADDRESS = frozenset({"Maître", "Maîtresse"})
_ROLE_PREFIXES = ("ex-", "vice-", "co-", "sous-", "pro-")
_NOT_SCIENTISTS = frozenset({"monologue", "prologue", "épilogue", "catalogue", "dialogue"})


def is_role_noun(word: str) -> bool:
    """Whether a word names a function or a relation ("ministre", "ex-députée", "père")."""
    if word in _TITLES_OF_ADDRESS:
        return False  # "Maître Paul Lombard": how a lawyer is addressed, not a trade
    w = word.lower()
    for prefix in _ROLE_PREFIXES:
        if w.startswith(prefix) and w not in ROLE_NOUNS:
            w = w[len(prefix) :]
    # "hydrologue", "glaciologue": the learned trades are too many to list
    if "-" in w and w not in ROLE_NOUNS and all(_listed(p) for p in w.split("-")):
        return True  # "présidente-directrice", "ministre-présidente", "anesthésiste-réanimatrice"
    return _listed(w) or (w.endswith("ologue") and w not in _NOT_SCIENTISTS)


_FEMININE_ENDINGS = (
    ("euse", "eur"),
    ("rice", "eur"),
    ("eure", "eur"),
    ("ienne", "ien"),
    ("ière", "ier"),
)


def _listed(word: str) -> bool:
    """A listed role noun, or the regular feminine of one the list gives only in the masculine
    ("pasteure", "réanimatrice"): women's titles the list cannot all spell out."""
    if word in ROLE_NOUNS:
        return True
    return any(
        word.endswith(fem) and word[: len(word) - len(fem)] + masc in ROLE_NOUNS
        for fem, masc in _FEMININE_ENDINGS
        if len(word) > len(fem) + 2
    )


_NAMING_WORDS = """
    groupe société entreprise firme marque maison enseigne magasin boutique fonds banque
    compagnie constructeur laboratoire label holding start-up cabinet fabricant équipementier
    opérateur sous-traitant assureur transporteur distributeur
    lycée collège école université faculté institut hôpital clinique chu centre fondation
    association club équipe syndicat parti musée théâtre cinéma bibliothèque médiathèque stade
    salle gymnase complexe
    restaurant hôtel café bar bistrot auberge cabaret casino palais
    rue avenue boulevard place quai pont gare aéroport station quartier
    navire bateau chalutier thonier paquebot cargo pétrolier porte-avions porte-conteneurs
    frégate sous-marin patrouilleur remorqueur canot vedette voilier trimaran ferry
    télescope satellite sonde fusée navette rover lanceur moteur
    tempête ouragan cyclone typhon dépression
    journal quotidien hebdomadaire magazine revue chaîne radio site blog média webzine podcast
    collectif coalition fédération confédération mouvement comité ligue réseau alliance
    organisation plateforme ong
    album roman film livre série opéra chanson exposition prix trophée festival opération
    plan loi programme
    défense variante gambit campus amphithéâtre
    observatoire planétarium confrérie abbaye église cathédrale basilique chapelle usine
    manufacture atelier domaine château
    éléphant éléphante girafe gorille lion lionne tigre tigresse ours ourse panda chien chienne
    cheval jument singe chimpanzé dauphin orque loup louve
    baptisé baptisée baptisés baptisées prénom surnom pseudonyme
"""
NAMING_NOUNS = frozenset(_NAMING_WORDS.split())
"""Words after which a name is a thing's, not a person's: "le groupe Yves Rocher", "le lycée
Victor-Hugo", "le chalutier Jacques-Cartier", "la tempête Ciarán", "une dépression, baptisée
Domingos", "une défense Alekhine" (a chess opening), "l'éléphante Lucienne"."""


def names_things(word: str) -> bool:
    """Whether a name right after this word (or its plural: "les magasins Leclerc") is a thing's;
    a trade's shop or works in "-erie" ("la coutellerie Dumas-Vidal", "la brasserie Meteor",
    "la galerie Lafayette") is a thing, however many there are."""
    w = word.lower()
    if w[-1:] in "sx" and w[:-1] in NAMING_NOUNS:
        return True
    return w in NAMING_NOUNS or (len(w) > 6 and w.removesuffix("s").endswith("erie"))
