"""Date and time expressions as French news writes them, with the values the annotation conventions
of tests/data/gold/README.md give them (and the decisions of tests/data/unseen/README.md).

The sentences were written for these tests, in the styles of agency dispatches, local news,
sports, science and economy pages; none comes from the evaluation articles.
"""

from __future__ import annotations

from datetime import date

import pytest

from tutor.extract.dates import find_dates

PUBLISHED = date(2024, 6, 19)  # a Wednesday


def _found(text: str, ref: date | None = PUBLISHED) -> list[tuple[str, str]]:
    return [(text[d.start : d.end], d.value) for d in find_dates(text, ref)]


CALENDAR = [
    # full and partial dates; leading prepositions stay out of the span
    ("Le traité a été signé le 1er mars 2019 à Bruxelles.", [("1er mars 2019", "2019-03-01")]),
    ("Né le 3 avril 1956, il a grandi à Lyon.", [("3 avril 1956", "1956-04-03")]),
    ("Le scrutin du 12/03/2023 a été annulé.", [("12/03/2023", "2023-03-12")]),
    ("Le décret du 2021-11-05 est abrogé.", [("2021-11-05", "2021-11-05")]),
    ("PARIS, 12 sept. 2021 (AFP) - Le texte a été voté.", [("12 sept. 2021", "2021-09-12")]),
    ("Fin déc. 2020, la crise éclate.", [("Fin déc. 2020", "2020-12")]),
    ("Ils étaient sept. Puis huit.", []),
    ("La loi 2016-1088 du 8 août 2016 réforme le travail.", [("8 août 2016", "2016-08-08")]),
    ("Le sommet a eu lieu le 1er mars.", [("1er mars", "2024-03-01")]),
    ("Le 30 juin dernier, la mairie a voté.", [("30 juin dernier", "2023-06-30")]),
    ("Le vote aura lieu le 3 juillet prochain.", [("3 juillet prochain", "2024-07-03")]),
    ("La réunion se tiendra le 2 juillet.", [("2 juillet", "2024-07-02")]),
    ("Il a démissionné le 2 juillet.", [("2 juillet", "2023-07-02")]),
    # a scheduling verb in the present looks ahead (see test_the_present_that_schedules_looks_ahead)
    ("Le festival se tient du 3 au 5 mai.", [("3", "2025-05-03"), ("5 mai", "2025-05-05")]),
    ("Le festival s'est tenu du 3 au 5 mai.", [("3", "2024-05-03"), ("5 mai", "2024-05-05")]),
    (
        "Les épreuves ont eu lieu les 14 et 15 mars 2022.",
        [("14", "2022-03-14"), ("15 mars 2022", "2022-03-15")],
    ),
    ("Il a été arrêté mercredi 5.", [("mercredi 5", "2024-06-05")]),
    ("Le jury rendra son verdict mardi 25.", [("mardi 25", "2024-06-25")]),
    ("Jeudi 13 juin, les grévistes ont défilé.", [("Jeudi 13 juin", "2024-06-13")]),
    # a weekday tells which year: Saturday 6 July is in 2024, not in 2023
    ("Les vacances débutent samedi 6 juillet.", [("samedi 6 juillet", "2024-07-06")]),
    ("PARIS, 4 mars 2023 (AFP) - Le projet a été présenté.", [("4 mars 2023", "2023-03-04")]),
    ("Le procès s'ouvrira lundi 7 octobre.", [("lundi 7 octobre", "2024-10-07")]),
    (
        "La réforme entrera en vigueur au 1er janvier prochain.",
        [("1er janvier prochain", "2025-01-01")],
    ),
    ("Le jugement est attendu pour le 4 octobre.", [("4 octobre", "2024-10-04")]),
    # a date something is set or moved to is a coming one, whatever the tense of the decision
    ("La prochaine audience est fixée au 2 septembre.", [("2 septembre", "2024-09-02")]),
    ("Le procès a été reporté au 8 juillet.", [("8 juillet", "2024-07-08")]),
    ("La vente avait été repoussée au 3 juin 2022.", [("3 juin 2022", "2022-06-03")]),
    # "avant" with no verb tense to tell looks ahead, like "jusqu'à"
    (
        "Les météorologues n'annoncent pas de pluie avant la mi-juillet.",
        [("mi-juillet", "2024-07")],
    ),
    ("Il était arrivé avant la mi-mai.", [("mi-mai", "2024-05")]),
    # a weekday of each month is a monthly frequency, not one day
    (
        "L'entrée du musée est gratuite le premier dimanche de chaque mois.",
        [("premier dimanche de chaque mois", "P1M")],
    ),
    ("Le conseil se réunit le dernier jeudi du mois.", [("dernier jeudi du mois", "P1M")]),
    # feasts
    ("Les prix ont flambé à Noël.", [("Noël", "2023-12-25")]),
    ("Le magasin restera fermé jusqu'à Noël.", [("Noël", "2024-12-25")]),
    ("Depuis la Toussaint, il pleut.", [("la Toussaint", "2023-11-01")]),
    ("Il reviendra à Pâques.", [("Pâques", "2025-04-20")]),
    ("La trêve de Noël 2020 a été respectée.", [("Noël 2020", "2020-12-25")]),
    ("Le 1er-Mai, les syndicats défilent.", [("1er-Mai", "2024-05-01")]),
    ("Pâques 2024 tombe fin mars.", [("Pâques 2024", "2024-03-31"), ("fin mars", "2024-03")]),
    ("Il a été libéré pour Noël 2020.", [("Noël 2020", "2020-12-25")]),
    ("Noël Mamère a parlé à la presse.", []),
    # a range of days takes the month (and weekday) that follows
    (
        "Les cours reprendront mardi 3 et mercredi 4 septembre.",
        [("mardi 3", "2024-09-03"), ("mercredi 4 septembre", "2024-09-04")],
    ),
    (
        "Du lundi 3 au mercredi 5 juin, le salon a accueilli du monde.",
        [("lundi 3", "2024-06-03"), ("mercredi 5 juin", "2024-06-05")],
    ),
    # months
    ("Les prix ont baissé à la mi-mars.", [("mi-mars", "2024-03")]),
    ("Il est parti début juillet.", [("début juillet", "2023-07")]),
    ("Les travaux s'achèveront fin septembre.", [("fin septembre", "2024-09")]),
    ("Le satellite sera lancé en mars.", [("mars", "2025-03")]),
    ("Le satellite a été lancé en mars.", [("mars", "2024-03")]),
    ("Le maire a dit que l'usine rouvrirait en septembre.", [("septembre", "2024-09")]),
    ("L'accident aurait eu lieu en septembre.", [("septembre", "2023-09")]),
    ("Le retrait des troupes a commencé en septembre.", [("septembre", "2023-09")]),
    ("Elle avait été élue en novembre dernier.", [("novembre dernier", "2023-11")]),
    ("Les ventes de mai ont reculé.", [("mai", "2024-05")]),
    ("Janvier a été froid, juin sera chaud.", [("Janvier", "2024-01"), ("juin", "2024-06")]),
    ("La sonde se dirige vers Mars depuis février.", [("février", "2024-02")]),
    ("Le rover s'est posé sur Mars.", []),
    ("La crise a éclaté en juillet 2011.", [("juillet 2011", "2011-07")]),
    ("Le contrat court jusqu'à fin août 2025.", [("fin août 2025", "2025-08")]),
    # weekdays
    ("Il a parlé samedi devant la presse.", [("samedi", "2024-06-15")]),
    ("Jeudi dernier, il a parlé.", [("Jeudi dernier", "2024-06-13")]),
    ("Mercredi dernier, le conseil s'est réuni.", [("Mercredi dernier", "2024-06-12")]),
    ("La présidente doit se réunir samedi avec le bureau.", [("samedi", "2024-06-22")]),
    ("Le bureau se réunira vendredi.", [("vendredi", "2024-06-21")]),
    ("Dimanche soir, le président a parlé.", [("Dimanche soir", "2024-06-16")]),
    ("Il reviendra lundi prochain.", [("lundi prochain", "2024-06-24")]),
    (
        "Dans la nuit de samedi à dimanche, un incendie s'est déclaré.",
        [("la nuit de samedi à dimanche", "2024-06-15")],
    ),
    # years, decades, centuries, seasons, halves
    ("Il a été élu en 2012.", [("2012", "2012")]),
    ("La France veut atteindre la neutralité carbone d'ici 2030.", [("2030", "2030")]),
    ("L'objectif est fixé d'ici à 2035.", [("2035", "2035")]),
    ("Le chantier sera achevé fin 2026.", [("fin 2026", "2026")]),
    ("La loi de 1905 sépare les Églises et l'État.", [("1905", "1905")]),
    ("Entre 2010 et 2015, la dette a doublé.", [("2010", "2010"), ("2015", "2015")]),
    ("De 2001 à 2004, il a dirigé le parti.", [("2001", "2001"), ("2004", "2004")]),
    ("La saison 2019-2020 a été annulée.", [("2019", "2019"), ("2020", "2020")]),
    ("Le bug de l'an 2000 a fait peur.", [("l'an 2000", "2000")]),
    ("Le monastère date de l'an 1000.", [("l'an 1000", "1000")]),
    ("La bataille de Marignan a eu lieu en 1515.", [("1515", "1515")]),
    ("Le château a été construit vers 1200.", [("1200", "1200")]),
    ("En 2019 certains experts doutaient.", [("2019", "2019")]),
    ("Elle avait 20 ans en 1968.", [("1968", "1968")]),
    (
        "Il est né en mille neuf cent quatre-vingt-dix.",
        [("mille neuf cent quatre-vingt-dix", "1990")],
    ),
    ("Dans les années 1990, le chômage a explosé.", [("les années 1990", "199")]),
    ("La mode des années 80 revient.", [("années 80", "198")]),
    ("Dans la décennie 2010, la ville a grandi.", [("la décennie 2010", "201")]),
    (
        "Ces écoles ont été construites dans les années 1960 et 1970.",
        [("les années 1960", "196"), ("1970", "197")],
    ),
    ("Au XIXe siècle, la ville comptait 1 500 habitants.", [("XIXe siècle", "18")]),
    ("Depuis le début du vingtième siècle, la ville grandit.", [("vingtième siècle", "19")]),
    ("Au printemps 2021, les écoles ont fermé.", [("printemps 2021", "2021")]),
    ("L'hiver 2022 a été doux.", [("L'hiver 2022", "2022")]),
    ("Au premier semestre 2012, les ventes ont chuté.", [("premier semestre 2012", "2012")]),
    ("L'été 2003 reste le plus chaud jamais enregistré.", [("L'été 2003", "2003")]),
    ("Au début des années 2000, Internet s'est répandu.", [("années 2000", "200")]),
    ("À la fin du XVIIIe siècle, la Révolution éclate.", [("XVIIIe siècle", "17")]),
    ("Au Ier siècle, Lutèce est romaine.", [("Ier siècle", "00")]),
    ("Au 21e siècle, tout a changé.", [("21e siècle", "20")]),
    ("Au début de l'année 2020, le virus est arrivé.", [("l'année 2020", "2020")]),
    ("Le budget 2025 prévoit des économies.", [("2025", "2025")]),
    ("Il s'est blessé lors de la saison 2022/2023.", [("2022", "2022"), ("2023", "2023")]),
    ("Au troisième trimestre 2023, le PIB a progressé.", [("troisième trimestre 2023", "2023")]),
    ("Dans la première moitié de 2019, rien n'a bougé.", [("première moitié de 2019", "2019")]),
    ("Il a été élu au 2e trimestre 2020.", [("2e trimestre 2020", "2020")]),
    ("La décision est attendue d'ici mi-2025.", [("mi-2025", "2025")]),
    ("La ligne sera prolongée à l'horizon 2030.", [("2030", "2030")]),
    (
        "Il a été ministre de 1997 à 2002, puis de 2012 à 2014.",
        [("1997", "1997"), ("2002", "2002"), ("2012", "2012"), ("2014", "2014")],
    ),
    ("Le rapport a été publié le lundi 12 février.", [("lundi 12 février", "2024-02-12")]),
    ("La manifestation, prévue samedi, a été interdite.", [("samedi", "2024-06-22")]),
    ("Depuis mardi soir, les secours cherchent.", [("mardi soir", "2024-06-18")]),
]

RELATIVE = [
    ("Au cours des dernières années, les prix ont grimpé.", [("des dernières années", "relative")]),
    ("Ces jours derniers, il a beaucoup plu.", [("Ces jours derniers", "relative")]),
    ("La même année, il a été élu.", [("La même année", "relative")]),
    ("Les comptes de l'année en cours sont bons.", [("l'année en cours", "relative")]),
    ("La saison dernière, le club a été relégué.", [("La saison dernière", "relative")]),
    (
        "Plus tard dans la journée, le ministre a réagi.",
        [("Plus tard dans la journée", "relative")],
    ),
    ("À la fin de l'été, les touristes repartent.", [("l'été", "relative")]),
    (
        "Quelques instants plus tard, la police est arrivée.",
        [("Quelques instants plus tard", "relative")],
    ),
    ("Le chantier sera achevé d'ici deux à trois ans.", [("d'ici deux à trois ans", "relative")]),
    ("Il reviendra dans deux ou trois jours.", [("dans deux ou trois jours", "relative")]),
    ("Les travaux débuteront au printemps prochain.", [("printemps prochain", "relative")]),
    ("La population croîtra dans la décennie à venir.", [("dans la décennie à venir", "relative")]),
    ("Ces dernières 24 heures, il a plu.", [("Ces dernières 24 heures", "relative")]),
    ("Le jeudi précédent, il avait neigé.", [("jeudi précédent", "relative")]),
    ("Il a attendu de longues années.", [("de longues années", "relative")]),
    (
        "Les prix vont grimper dans les mois qui viennent.",
        [("dans les mois qui viennent", "relative")],
    ),
    ("Un quart d'heure plus tard, il est parti.", [("Un quart d'heure plus tard", "relative")]),
    ("Au lendemain de l'élection, il a démissionné.", [("Au lendemain", "relative")]),
    ("À la veille du scrutin, les sondages se resserrent.", [("la veille", "relative")]),
    ("Il y a bien longtemps, la ville était prospère.", [("Il y a bien longtemps", "relative")]),
    ("En ce moment, les prix baissent.", [("En ce moment", "relative")]),
    ("À ce jour, aucune plainte n'a été déposée.", [("À ce jour", "relative")]),
    ("Pour l'instant, rien n'est décidé.", [("Pour l'instant", "relative")]),
    ("Il est revenu à l'automne.", [("l'automne", "relative")]),
    ("Au printemps, les arbres fleurissent.", [("printemps", "relative")]),
    ("Durant l'hiver, la ville distribue des repas.", [("Durant l'hiver", "relative")]),
    ("Le texte sera examiné à la rentrée.", [("la rentrée", "relative")]),
    (
        "Les résultats sont attendus en milieu de semaine prochaine.",
        [("en milieu de semaine prochaine", "relative")],
    ),
    ("Le 3e trimestre a été difficile.", [("3e trimestre", "relative")]),
    ("Cet été, la sécheresse a frappé.", [("Cet été", "relative")]),
    ("L'hiver dernier a été rude.", [("L'hiver dernier", "relative")]),
    (
        "La veille, il avait annoncé sa démission ; le lendemain, il s'est rétracté.",
        [("La veille", "relative"), ("le lendemain", "relative")],
    ),
    ("Hier soir, les pompiers sont intervenus.", [("Hier soir", "relative")]),
    ("Le ministre parlera demain matin.", [("demain matin", "relative")]),
    ("Le week-end dernier, des orages ont éclaté.", [("Le week-end dernier", "relative")]),
    ("Ce week-end, les routes seront chargées.", [("Ce week-end", "relative")]),
    ("L'an dernier, la commune a recruté.", [("L'an dernier", "relative")]),
    ("La semaine prochaine, le texte sera examiné.", [("La semaine prochaine", "relative")]),
    ("Le texte sera voté d'ici la fin de l'année.", [("d'ici la fin de l'année", "relative")]),
    ("Le bilan sera connu à la fin du mois.", [("à la fin du mois", "relative")]),
    ("Une décision est attendue en fin d'année.", [("en fin d'année", "relative")]),
    ("Il y a deux ans, la ville a voté.", [("Il y a deux ans", "relative")]),
    ("Le verdict sera rendu dans deux semaines.", [("dans deux semaines", "relative")]),
    ("Le chantier sera terminé d'ici trois ans.", [("d'ici trois ans", "relative")]),
    ("Trois jours plus tard, il était libéré.", [("Trois jours plus tard", "relative")]),
    (
        "Il a été libéré quelques jours après le procès.",
        [("quelques jours après le procès", "relative")],
    ),
    (
        "Le Soleil s'est formé il y a environ 4,6 milliards d'années.",
        [("il y a environ 4,6 milliards d'années", "relative")],
    ),
    ("Actuellement, 300 agents travaillent sur le site.", [("Actuellement", "relative")]),
    ("Le site sera prochainement rouvert.", [("prochainement", "relative")]),
    ("Les usagers paient désormais leur ticket en ligne.", [("désormais", "relative")]),
    ("Jusqu'à présent, aucun accord n'a été trouvé.", [("Jusqu'à présent", "relative")]),
    ("Les prix ont grimpé ces dernières années.", [("ces dernières années", "relative")]),
    (
        "Les négociations reprendront dans les prochains jours.",
        [("les prochains jours", "relative")],
    ),
    ("Le même jour, la Bourse a chuté.", [("Le même jour", "relative")]),
    ("Elle est partie depuis longtemps.", [("depuis longtemps", "relative")]),
    ("Il travaille ici depuis des années.", [("depuis des années", "relative")]),
    ("Le siècle dernier a vu deux guerres mondiales.", [("Le siècle dernier", "relative")]),
    ("Ce matin-là, il pleuvait.", [("Ce matin-là", "relative")]),
    ("Ce jour-là, tout a basculé.", [("Ce jour-là", "relative")]),
    ("Un an après les faits, l'enquête piétine.", [("Un an après les faits", "relative")]),
    (
        "Un an jour pour jour après son élection, il a démissionné.",
        [("Un an jour pour jour après", "relative")],
    ),
    (
        "Quinze jours après l'attentat, la ville se relève.",
        [("Quinze jours après l'attentat", "relative")],
    ),
    ("Voilà trois mois que la grève dure.", [("Voilà trois mois", "relative")]),
    ("Cela fait deux ans qu'il attend.", [("Cela fait deux ans", "relative")]),
    ("La comète repassera dans 76 ans.", [("dans 76 ans", "relative")]),
    (
        "Les dinosaures ont disparu il y a 66 millions d'années.",
        [("il y a 66 millions d'années", "relative")],
    ),
    (
        "Au cours des cinq dernières années, les loyers ont grimpé.",
        [("des cinq dernières années", "relative")],
    ),
    (
        "Depuis le début de l'année, 25 personnes sont mortes.",
        [("Depuis le début de l'année", "relative")],
    ),
    ("Au milieu du mois dernier, il a plu.", [("Au milieu du mois dernier", "relative")]),
    ("Au deuxième trimestre, la croissance a été nulle.", [("deuxième trimestre", "relative")]),
]

DURATIONS_AND_FREQUENCIES = [
    ("Il vit ici depuis trois ans.", [("depuis trois ans", "P3Y")]),
    ("Il est au chômage depuis près de quatre ans.", [("depuis près de quatre ans", "P4Y")]),
    ("Le procès a duré près de quatre ans.", [("quatre ans", "P4Y")]),
    ("Les travaux ont pris plus de deux ans.", [("deux ans", "P2Y")]),
    ("L'accord a été trouvé en 48 heures.", [("48 heures", "PT48H")]),
    ("La panne a duré 48 h.", [("48 h", "PT48H")]),
    ("Il a passé une dizaine de jours à l'hôpital.", [("une dizaine de jours", "P10D")]),
    ("L'épreuve a duré 2 heures 30.", [("2 heures 30", "PT2H30M")]),
    ("La traversée a duré 3 h 45.", [("3 h 45", "PT3H45M")]),
    ("Il a bouclé la course en 2h30.", [("2h30", "PT2H30M")]),
    ("L'accord a été trouvé en 48h.", [("48h", "PT48H")]),
    ("Pendant 48 heures 30 personnes ont été évacuées.", [("Pendant 48 heures", "PT48H")]),
    ("La crise dure depuis une vingtaine d'années.", [("depuis une vingtaine d'années", "P20Y")]),
    ("Le chantier a duré un an et demi.", [("un an et demi", "P1.5Y")]),
    ("La grève a duré deux mois et demi.", [("deux mois et demi", "P2.5M")]),
    ("La réunion a duré une demi-heure.", [("une demi-heure", "PT30M")]),
    ("Le pays a connu trois décennies de guerre.", [("trois décennies", "P30Y")]),
    ("Un demi-siècle de paix s'achève.", [("Un demi-siècle", "P50Y")]),
    ("La guerre a duré quatre-vingt-dix jours.", [("quatre-vingt-dix jours", "P90D")]),
    ("Il a été condamné à vingt et un ans de prison.", [("vingt et un ans", "P21Y")]),
    ("Il a été condamné à cinq ans de prison ferme.", [("cinq ans", "P5Y")]),
    ("Le mandat est de soixante-dix mois.", [("soixante-dix mois", "P70M")]),
    ("Ils ont négocié pendant quinze jours.", [("pendant quinze jours", "P15D")]),
    ("Les fouilles ont duré deux trimestres.", [("deux trimestres", "P6M")]),
    ("Les enfants dorment dix heures par nuit.", [("dix heures", "PT10H")]),
    ("Chaque année, le festival attire du monde.", [("Chaque année", "P1Y")]),
    ("Les élections ont lieu tous les deux ans.", [("tous les deux ans", "P2Y")]),
    ("Le marché se tient tous les samedis.", [("tous les samedis", "P1W")]),
    ("Le bus passe toutes les 15 minutes.", [("toutes les 15 minutes", "PT15M")]),
    ("Le comité se réunit deux fois par an.", [("deux fois par an", "P1Y")]),
    ("Le journal paraît chaque semaine.", [("chaque semaine", "P1W")]),
    ("Le taux à dix ans a atteint 3 %.", [("dix ans", "P10Y")]),
    ("Le plan à cinq ans a été présenté.", [("cinq ans", "P5Y")]),
    ("Il encourt 3 à 5 ans de prison.", [("3 à 5 ans", "P5Y")]),
    ("Les élèves vont à l'école un jour sur deux.", [("un jour sur deux", "P2D")]),
    ("Chaque matin, les bénévoles distribuent des repas.", [("Chaque matin", "P1D")]),
    ("Tous les week-ends, le marché attire du monde.", [("Tous les week-ends", "P1W")]),
    ("Les données sont mises à jour quotidiennement.", [("quotidiennement", "P1D")]),
    (
        "Les urgences sont ouvertes 24 heures sur 24 et 7 jours sur 7.",
        [("24 heures sur 24", "PT24H"), ("7 jours sur 7", "P7D")],
    ),
    ("Le service est assuré 24h/24 et 7j/7.", [("24h/24", "PT24H"), ("7j/7", "P7D")]),
    ("Le marché a lieu un dimanche sur deux.", [("un dimanche sur deux", "P2W")]),
    ("Il a été condamné à 2 ans avec sursis.", [("2 ans", "P2Y")]),
    ("La durée du mandat a été fixée à 5 ans.", [("5 ans", "P5Y")]),
    ("Le chantier durera, selon le maire, deux ans.", [("deux ans", "P2Y")]),
    ("Le trajet dure trois quarts d'heure.", [("trois quarts d'heure", "PT45M")]),
    ("Il a régné pendant un quart de siècle.", [("pendant un quart de siècle", "P25Y")]),
    ("La réunion a duré deux heures et demie.", [("deux heures et demie", "PT2H30M")]),
    ("La planète met 687 jours à tourner autour du Soleil.", [("687 jours", "P687D")]),
    ("Il a été placé en garde à vue pendant 48 heures.", [("pendant 48 heures", "PT48H")]),
    ("Il encourt dix ans d'emprisonnement.", [("dix ans", "P10Y")]),
    ("Il purge une peine de 20 ans.", [("20 ans", "P20Y")]),
    ("Un retard de deux ans est à craindre.", [("deux ans", "P2Y")]),
    ("Il a signé un contrat de 3 ans.", [("3 ans", "P3Y")]),
    ("Un stagiaire de six mois rejoindra l'équipe.", [("six mois", "P6M")]),
    ("Après dix-huit mois de travaux, la gare rouvre.", [("dix-huit mois", "P18M")]),
    ("Il a régné pendant quarante-deux ans.", [("pendant quarante-deux ans", "P42Y")]),
    ("La mission durera soixante et onze jours.", [("soixante et onze jours", "P71D")]),
    ("Le chantier a duré quatre-vingts jours.", [("quatre-vingts jours", "P80D")]),
    ("La trêve a duré une demi-douzaine de jours.", [("une demi-douzaine de jours", "P6D")]),
]

NOT_DATES = [
    "Le billet coûte 2 000 euros.",
    "La commune compte 1 500 habitants.",
    "Le tarif est gratuit pour les moins de 26 ans.",
    "Les plus de 65 ans sont prioritaires.",
    "Un homme de 45 ans a été interpellé.",
    "Âgée de 32 ans, elle dirige l'entreprise.",
    "Marie Dupont, 26 ans, a témoigné.",
    "Il a fêté ses 80 ans.",
    "À 18 ans, il a quitté son village.",
    "Le train part à 7 heures.",
    "Le magasin ouvre de 9 heures à 17 heures.",
    "Les bouchons se forment aux heures de pointe.",
    "L'article 49 de la Constitution a été utilisé.",
    "Le PSG a gagné 3-1.",
    "Le chômage atteint 7,5 %.",
    "Voir page 2012 du rapport.",
    "Plus de 2000 manifestants ont défilé.",
    "La pétition a recueilli 2 800 000 signatures.",
    "Le rover s'est posé sur Mars.",
    "Il est arrivé à 14 h 30.",
    "Le rendez-vous est fixé vers 18 h.",
    "Il est rentré à 2 heures du matin.",
    "Le train part à 14h30.",
    "Le couvre-feu commence à 21 heures et s'achève à 6 heures.",
    "Les 15-24 ans sont les plus touchés.",
    "Il est mort à 93 ans.",
    "Le musée accueille 2024 visiteurs par jour.",
    "Il a imprimé 1500 brochures.",
    "L'entreprise a 20 ans.",
    "Les jeunes de 18 à 25 ans sont concernés.",
    "Le magasin ouvre de 9 à 17 heures.",
    "La guerre de Cent Ans a opposé la France et l'Angleterre.",
    "Il a gagné en maintenant la pression.",
    "Les jeunes âgés de 18 à 25 ans sont concernés.",
    "Elle est décédée à l'âge de 93 ans.",
    "Un adolescent de 15 ans a été blessé.",
    "Les enfants de moins de 3 ans ne paient pas.",
    "Il a vécu jusqu'à 102 ans.",
    "La France compte 67 millions d'habitants.",
    "Il a obtenu 51,2 % des voix.",
    "Le vol AF447 s'est abîmé en mer.",
    "Une femme d'une trentaine d'années a été blessée.",
    "Le maire, 45 ans, a été réélu.",
    "Le suspect, un individu de 32 ans, a été arrêté.",
    "Mars est la quatrième planète du système solaire.",
    "Avril Lavigne a chanté à Paris.",
    "Ce doctorant de 29 ans a mis au point le modèle.",
    "Une manifestante de 52 ans a été blessée.",
    "Les lits sont occupés par des bébés de moins de trois mois.",
    "Un nourrisson de six semaines a été hospitalisé.",
]


@pytest.mark.parametrize(("text", "expected"), CALENDAR)
def test_calendar_expressions(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), RELATIVE)
def test_relative_expressions(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), DURATIONS_AND_FREQUENCIES)
def test_durations_and_frequencies(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    assert _found(text) == []


def test_typographic_apostrophes_are_read_like_straight_ones() -> None:
    assert _found("L’an dernier, d’ici la fin de l’année.") == [
        ("L’an dernier", "relative"),
        ("d’ici la fin de l’année", "relative"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La ministre recevra les syndicats jeudi.", [("jeudi", "2024-06-20")]),
        ("Ils voteront le texte en mars.", [("mars", "2025-03")]),
        ("Le chantier doit débuter en mars.", [("mars", "2025-03")]),
        ("Il a filmé la scène avec une caméra jeudi.", [("jeudi", "2024-06-13")]),
        ("Il déclara la guerre en mars.", [("mars", "2024-03")]),
        (
            "Le président, qui a parlé lundi, s'exprimera samedi.",
            [("lundi", "2024-06-17"), ("samedi", "2024-06-22")],
        ),
        ("Le rendez-vous est prévu en juin.", [("juin", "2024-06")]),
    ],
)
def test_the_nearest_verb_tells_past_from_coming(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # published ten days before Christmas: "avant Noël" looks ahead, past tense or not
        (
            "Les syndicats ont annoncé de nouvelles actions avant Noël.",
            date(2025, 12, 15),
            "2025-12-25",
        ),
        ("Ils ont promis une réponse d'ici Pâques.", date(2025, 3, 30), "2025-04-20"),
        # a Christmas eleven months away is not the one a past sentence means
        ("Les ventes ont chuté avant Noël.", date(2025, 3, 2), "2024-12-25"),
        ("Les prix ont flambé à Noël.", date(2025, 12, 15), "2024-12-25"),
    ],
)
def test_a_feast_close_ahead_is_the_coming_one(text: str, published: date, expected: str) -> None:
    assert [value for _, value in _found(text, published)] == [expected]
