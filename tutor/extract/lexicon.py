"""Word lists shared by the extraction rules."""

from __future__ import annotations

_NATIONALITY_WORDS = """
    américain russe chinois français allemand britannique anglais italien espagnol polonais
    ukrainien coréen nord-coréen sud-coréen japonais européen africain asiatique occidental
    oriental parisien grec turc iranien irakien syrien israélien palestinien libanais égyptien
    marocain algérien tunisien belge suisse canadien mexicain brésilien argentin indien
    pakistanais afghan saoudien portugais néerlandais suédois norvégien danois finlandais
    autrichien hongrois roumain bulgare serbe croate tchèque slovaque letton lituanien estonien
    biélorusse géorgien arménien australien vietnamien nigérian sud-africain soviétique
    nord-américain latino-américain qatari émirien koweïtien jordanien yéménite omanais
    bahreïni libyen soudanais éthiopien somalien kényan sénégalais malien ivoirien camerounais
    congolais gabonais guinéen burkinabè nigérien tchadien rwandais malgache mauricien
    seychellois comorien québécois chilien colombien péruvien vénézuélien cubain bolivien
    uruguayen paraguayen équatorien haïtien thaïlandais indonésien philippin malaisien
    singapourien birman cambodgien népalais bangladais sri-lankais taïwanais mongol kazakh
    ouzbek azerbaïdjanais moldave slovène albanais macédonien monténégrin bosnien kosovar
    islandais irlandais écossais gallois luxembourgeois maltais chypriote néo-zélandais
"""
NATIONALITIES = frozenset(_NATIONALITY_WORDS.split())
"""Adjectives of country: known to learners from the place name, and never half of a term."""

_INSTITUTION_WORDS = """
    gouvernement ministère commission parti conseil comité syndicat entreprise société groupe
    association organisation cour tribunal rapport agence banque fédération union assemblée
    sénat parlement état mairie police armée direction administration opposition majorité
    coalition justice présidence cabinet délégation collectif mouvement institut observatoire
    exécutif patronat préfecture parquet municipalité fondation université hôpital ambassade
    compagnie constructeur autorité club
"""
INSTITUTIONS = frozenset(_INSTITUTION_WORDS.split())
"""Nouns of groups and bodies that speak ("le gouvernement a déclaré") and that "il" or "elle"
can then stand for."""

_GROUP_WORDS = """
    riverain habitant salarié agent élu parent famille expert spécialiste scientifique chercheur
    médecin soignant enseignant agriculteur pêcheur opposant manifestant ong défenseur avocat
    autorité organisateur gréviste usager consommateur écologiste militant victime enquêteur
    observateur analyste économiste juriste témoin source proche
"""
SPEAKING_GROUPS = frozenset(_GROUP_WORDS.split()) | INSTITUTIONS
"""Lemmas of people taken together and of bodies that a "pour X, ..." can give the opinion of
("Pour les riverains, ...", "Pour le syndicat, ..."), unlike "Pour la première fois"."""

_PLAIN_WORDS = """
    être avoir faire pouvoir devoir aller venir dire voir savoir vouloir falloir mettre prendre
    donner passer rester trouver parler sembler laisser tenir porter rendre arriver demander
    chose fois côté cas sorte façon manière part fait moment temps jour an année mois semaine
    personne gens homme femme monde pays lieu partie point nombre exemple question suite fin
    début sujet autre même tout seul premier dernier grand petit bon nouveau vrai certain
    plusieurs quelque aucun tel maint divers nombreux propre cher gros beau jeune vieux deux trois
    quatre cinq six dix cent mille lundi mardi mercredi jeudi vendredi samedi dimanche janvier
    février mars avril mai juin juillet août septembre octobre novembre décembre aujourd'hui
    hier demain heure minute seconde décennie siècle
"""
PLAIN_WORDS = frozenset(_PLAIN_WORDS.split())
"""Everyday words and calendar words: never a key term however the article uses them."""
