"""Glossary entries with several senses: reading them, reporting mistakes with their line, and
choosing the sense a sentence means (or none, when nothing clearly says)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tutor.glossary_files import load_glossary, read_glossary_file, shipped_glossary
from tutor.glossary_senses import Sense, choose_sense

URANIUM = "Le traitement de l'uranium pour produire de l'énergie nucléaire ou une arme."
RICHER = "Le fait de devenir plus riche, de gagner de l'argent."

TEACHER_FILE = """\
veto: Le pouvoir de dire non.
vol:
  pos: nom
  senses:
    - definition: Le trajet d'un avion d'une ville à une autre.
      context: [avion, aéroport, pilote]
    - definition: Le fait de prendre ce qui appartient à quelqu'un d'autre.
      context: [voleur, cambriolage, "main armée"]
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "glossary.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_teacher_entry_with_senses_is_read_next_to_plain_ones(tmp_path: Path) -> None:
    _write(tmp_path, TEACHER_FILE)
    glossary = load_glossary(tmp_path)
    assert not glossary.problems
    vol = glossary.get("vols")
    assert vol.pos == "NOUN"
    assert vol.definition == ""  # nothing to show without the sentence
    assert vol.definitions == (
        "Le trajet d'un avion d'une ville à une autre.",
        "Le fait de prendre ce qui appartient à quelqu'un d'autre.",
    )
    assert vol.senses[1].context == ("voleur", "cambriolage", "main armée")
    assert glossary.get("veto").definitions == ("Le pouvoir de dire non.",)
    assert glossary.get("veto").definition_for(["rien"]) == "Le pouvoir de dire non."


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        (
            "vol:\n  senses:\n    - definition: Un trajet en avion.\n      context: [avion]\n"
            "    - definiton: Un cambriolage.\n      context: [voleur]\n",
            ":5:7:",
            "'vol', sense 2: unknown field 'definiton' (use 'definition' and 'context')",
        ),
        (
            "vol:\n  senses:\n    - definition: Un trajet en avion.\n      context: []\n"
            "    - definition: Un cambriolage.\n      context: [voleur]\n",
            ":4:7:",
            "'vol', sense 1: 'context' lists words that signal this sense",
        ),
        (
            "vol:\n  senses:\n    - definition: Un trajet en avion.\n"
            "    - definition: Un cambriolage.\n      context: [voleur]\n",
            ":3:7:",
            "'vol', sense 1: 'context' lists words",
        ),
        (
            "vol:\n  senses:\n    - definition: Un trajet en avion.\n      context: [avion]\n",
            ":2:3:",
            "'vol': 'senses' is a list of at least 2 senses",
        ),
        (
            "vol:\n  definition: Un trajet.\n  senses:\n    - definition: A.\n      context: [a]\n"
            "    - definition: B.\n      context: [b]\n",
            ":1:1:",
            "'vol': give either one 'definition' or 'senses', not both",
        ),
        (
            "vol:\n  senses:\n    - Un trajet en avion.\n    - Un cambriolage.\n",
            ":3:7:",
            "'vol', sense 1: write '- definition: ...' then 'context: [...]'",
        ),
        (
            "vol:\n  senses:\n    - context: [avion]\n    - definition: B.\n      context: [b]\n",
            ":3:7:",
            "'vol', sense 1: the definition is missing",
        ),
        (
            "vol:\n  senses:\n    - definition: A.\n      context: [avion, [x]]\n"
            "    - definition: B.\n      context: [b]\n",
            ":4:7:",
            "'vol', sense 1: each 'context' word must be a word",
        ),
    ],
    ids=[
        "typo",
        "empty-context",
        "no-context",
        "one-sense",
        "both",
        "not-blocks",
        "no-def",
        "list",
    ],
)
def test_a_malformed_sense_is_reported_with_its_line(
    tmp_path: Path, text: str, where: str, message: str
) -> None:
    path = _write(tmp_path, "veto: Le pouvoir de dire non.\n" + text)
    glossary = read_glossary_file(path)
    (problem,) = glossary.problems
    shown = str(problem)
    assert shown.startswith(str(path))
    # one line of "veto" comes first in the file
    line, column = (int(n) for n in where.strip(":").split(":"))
    assert f":{line + 1}:{column}: " in shown, shown
    assert message in shown
    assert glossary.get("vol") is None  # the bad entry is skipped...
    assert glossary.get("veto") is not None  # ...the rest is kept


def test_a_teachers_plain_definition_replaces_shipped_senses(tmp_path: Path) -> None:
    assert shipped_glossary().get("bourse").senses
    _write(tmp_path, "bourse: Une aide en argent pour faire des études.\n")
    bourse = load_glossary(tmp_path).get("bourse")
    assert not bourse.senses
    assert bourse.definition_for(["cac", "indice"]) == "Une aide en argent pour faire des études."


def _enrichissement():
    return shipped_glossary().get("enrichissement")


def test_the_sentence_chooses_the_sense() -> None:
    entry = _enrichissement()
    # "Il rêve de devenir riche : l'enrichissement personnel est son seul but."
    rich = ["il", "rêver", "de", "devenir", "riche", "le", "enrichissement", "personnel", "être"]
    assert entry.definition_for(rich) == RICHER
    # "L'Iran a repris l'enrichissement de l'uranium à Natanz."
    iran = ["le", "iran", "avoir", "reprendre", "le", "enrichissement", "de", "le", "uranium"]
    assert entry.definition_for(iran) == URANIUM


def test_without_a_clear_sense_there_is_no_definition() -> None:
    entry = _enrichissement()
    # "L'enrichissement a commencé en mars." says nothing, nor does an article that speaks of both
    plain = ["le", "enrichissement", "avoir", "commencer", "en", "mars"]
    assert entry.definition_for(plain) is None
    assert entry.definition_for(plain, ["uranium", "argent", "nucléaire", "riche"]) is None
    assert entry.in_context(plain) is None
    # one cue of each in the sentence is a tie, too
    assert entry.definition_for(["riche", "uranium", "enrichissement"]) is None


def test_the_article_decides_when_the_sentence_cannot() -> None:
    entry = _enrichissement()
    plain = ["le", "enrichissement", "avoir", "commencer", "en", "mars"]
    trial = ["maire", "procès", "favoritisme", "argent", "caché", "fortune", "tribunal"]
    assert entry.definition_for(plain, trial) == RICHER
    nuclear = ["iran", "centrifugeuse", "aiea", "site", "uranium", "accord"]
    assert entry.definition_for(plain, nuclear) == URANIUM
    # a single stray word in the article is not enough
    assert entry.definition_for(plain, ["argent"]) is None


def test_the_chosen_entry_is_a_plain_one_with_the_entrys_name_and_part_of_speech() -> None:
    chosen = _enrichissement().in_context(["uranium", "iran"])
    assert chosen is not None
    assert (chosen.lemma, chosen.definition, chosen.pos, chosen.senses) == (
        "enrichissement",
        URANIUM,
        "NOUN",
        (),
    )


def test_word_vectors_decide_only_when_clearly_closer() -> None:
    senses = (Sense("A.", ("avion", "pilote")), Sense("B.", ("voleur", "bijou")))
    sentence = ["nuit", "disparaître"]

    def close_to_b(text: str, cues: str) -> float:
        return 0.6 if "voleur" in cues else 0.3

    def about_the_same(text: str, cues: str) -> float:
        return 0.5 if "voleur" in cues else 0.45

    assert choose_sense(senses, sentence, similarity=close_to_b) == senses[1]
    assert choose_sense(senses, sentence, similarity=about_the_same) is None
    assert choose_sense(senses, sentence, similarity=lambda text, cues: None) is None
    # cue words in the sentence come first, whatever the vectors say
    assert choose_sense(senses, ["avion"], similarity=close_to_b) == senses[0]


def test_the_terms_own_words_are_not_cues() -> None:
    senses = (Sense("A.", ("vol", "avion")), Sense("B.", ("voleur",)))
    assert choose_sense(senses, ["vol"], ignored=["vol"]) is None
    assert choose_sense(senses, ["vol"]) == senses[0]


def test_shipped_senses_are_well_formed() -> None:
    multi = [entry for entry in shipped_glossary() if entry.senses]
    assert len(multi) >= 30
    for entry in multi:
        assert entry.definition == ""
        assert len(entry.senses) >= 2
        cues = [cue for sense in entry.senses for cue in sense.context]
        # a cue shared by two senses would count for both: it can never decide
        assert len(cues) == len(set(cues)), entry.lemma
        for sense in entry.senses:
            assert len(sense.context) >= 4, entry.lemma
            # the term's own words are not cues: a cue made with them could never count
            own = set(entry.lemma.split(" ")) | {w + "s" for w in entry.lemma.split(" ")}
            assert not [c for c in sense.context if own & set(c.split(" "))], entry.lemma
    for word in ("enrichissement", "bourse", "poste", "mandat", "titre", "campagne", "vol"):
        assert shipped_glossary().get(word).senses, word


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Il rêve de devenir riche : l'enrichissement personnel est son seul but.", RICHER),
        ("Le maire assure qu'il n'y a eu ni argent caché ni enrichissement personnel.", RICHER),
        ("L'Iran a repris l'enrichissement de l'uranium dans ses centrifugeuses.", URANIUM),
        ("Téhéran a accéléré l'enrichissement sur le site nucléaire de Fordo.", URANIUM),
        ("L'enrichissement a commencé en mars.", None),
    ],
)
def test_lemmas_of_a_parsed_sentence_choose_the_sense(sentence: str, expected: str | None) -> None:
    from tutor import nlp

    doc = nlp.analyse(sentence)
    lemmas = {t.lemma_ for t in doc} | {t.text for t in doc}
    assert _enrichissement().definition_for(lemmas) == expected


def test_cumul_of_requisitions_is_no_cumul_of_mandates() -> None:
    """The contrôles-au-faciès lesson defined "un cumul de réquisitions" as having several
    offices or incomes at once (the shipped entry, written from the transparency article)."""
    entry = shipped_glossary().get("cumul")
    assert entry is not None
    # "… en particulier par un cumul de réquisitions portant sur des lieux différents"
    requisitions = ["par", "un", "cumul", "de", "réquisition", "porter", "sur", "lieu"]
    assert "ajouter plusieurs choses" in (entry.definition_for(requisitions) or "")
    # "… interdire le cumul d'un mandat de parlementaire avec des fonctions de conseil"
    mandates = ["interdire", "le", "cumul", "de", "un", "mandat", "de", "parlementaire"]
    assert "plusieurs fonctions" in (entry.definition_for(mandates) or "")


def test_a_pilots_compensation_is_no_compensation_for_a_loss() -> None:
    """Rio-Paris: "par compensation, le pilote avait tendance à tirer sur le manche" was
    defined as what one gives to make up for a loss."""
    entry = shipped_glossary().get("compensation")
    assert entry is not None
    pilot = ["par", "compensation", "le", "pilote", "avoir", "tendance", "à", "tirer", "sur"]
    assert "effet contraire" in (entry.definition_for(pilot) or "")
    victims = ["le", "victime", "réclamer", "un", "compensation", "financier"]
    assert "réparer une perte" in (entry.definition_for(victims) or "")


# The words of real sentences of the articles (lemmas and forms, as generation reads them),
# whose lessons showed a definition of another sense (the audit of December 2026), and the
# article's other words where the sentence alone says nothing.
_AUDITED_SENSES = [
    (  # cyclisme-paris-nice: "s'empare du maillot jaune de leader du classement général"
        "leader",
        ["grâce", "victoire", "breton", "emparer", "maillot", "jaune", "leader", "classement"],
        [],
        "en tête",
    ),
    (  # poutine-coree-du-nord: "Il rencontre le leader nord-coréen Kim Jong-un"
        "leader",
        ["il", "rencontre", "le", "leader", "nord-coréen", "kim", "jong", "visite", "jour"],
        [],
        "la personne la plus importante",
    ),
    (  # secours-alpinistes-ecrins: "Les deux grimpeurs, expérimentés, avaient consulté la météo"
        "grimpeur",
        ["deux", "grimpeur", "expérimenté", "consulter", "météo", "partir"],
        ["alpiniste", "cordée", "crevasse", "sommet", "refuge", "face", "gendarmerie"],
        "escalade",
    ),
    (  # presidentielle-portugal: "la nouvelle présidente « ne sera pas une simple arbitre »"
        "arbitre",
        ["politologue", "université", "nouveau", "président", "simple", "arbitre", "négociation"],
        [],
        "camps opposés",
    ),
    (  # etude-sommeil-hypertension: "ne compensaient qu'en partie le déficit accumulé"
        "déficit",
        ["chercheur", "observer", "grasse", "matinée", "compenser", "déficit", "accumuler"],
        [],
        "Un manque",
    ),
    (  # dopage-cyclisme-suspension: "grâce à des renseignements, et non à un simple prélèvement"
        "prélèvement",
        ["rapport", "violation", "sanctionner", "renseignement", "simple", "prélèvement"],
        ["dopage", "échantillon", "urine", "coureur", "analyse", "agence"],
        "pour l'analyser",
    ),
    (  # secheresse-charente: "sous l'effet ... de l'augmentation des prélèvements"
        "prélèvement",
        ["débit", "rivière", "baisser", "réchauffement", "climatique", "augmentation"],
        [],
        "pomper de l'eau",
    ),
    (  # accord-ue-mercosur-vote: "dénoncent un « contournement de la démocratie »"
        "contournement",
        ["député", "européen", "dénoncer", "contournement", "démocratie", "cour", "justice"],
        [],
        "éviter une règle",
    ),
    (  # municipale-partielle-lanvezec: "le préfet avait dû convoquer de nouvelles élections"
        "convoquer",
        ["faute", "conseil", "complet", "préfet", "devoir", "convoquer", "nouveau", "élection"],
        [],
        "Décider qu'une élection",
    ),
    (  # penurie-antibiotiques-pharmacies: "un laboratoire français ... la fabrication
        # d'amoxicilline"
        "laboratoire",
        ["ministère", "santé", "laboratoire", "français", "reprendre", "fabrication"],
        [],
        "fabrique et vend des médicaments",
    ),
    (  # fusion-assureurs-bourse: "l'Autorité de contrôle prudentiel et de résolution"; "prendre"
        # was a cue of a New Year's resolution
        "résolution",
        ["opération", "approuver", "autorité", "contrôle", "prudentiel", "résolution", "prendre"],
        [],
        "une banque ou d'un assureur",
    ),
    (  # elections-chili-second-tour: "contre 46,6 % pour le conservateur Rodrigo Errázuriz"
        "conservateur",
        ["candidat", "coalition", "gauche", "remporter", "second", "tour", "voix", "conservateur"],
        [],
        "une personne qui a ces idées",
    ),
    (  # vol-tabatieres-musee: "pour la conservatrice du musée, leur valeur est patrimoniale"
        "conservateur",
        ["conservateur", "conservatrice", "musée", "valeur", "patrimonial"],
        [],
        "collections d'un musée",
    ),
    (  # secours-alpinistes-ecrins: "qui commande le peloton de gendarmerie de haute montagne"
        "peloton",
        ["sauveteur", "capitaine", "commande", "peloton", "gendarmerie", "haut", "montagne"],
        [],
        "soldats ou de gendarmes",
    ),
    (  # conseil-municipal-piscine: "présidente du club de natation, qui compte 210 licenciés"
        "licencié",
        ["président", "club", "natation", "compte", "licencié", "soulager"],
        [],
        "club de sport.",
    ),
    (  # dopage-cyclisme-suspension: "peut s'appuyer sur des signalements, parfois anonymes"
        "signalement",
        ["agence", "pouvoir", "investigation", "renforcer", "appuyer", "signalement", "anonyme"],
        [],
        "prévenir les autorités",
    ),
    (  # cyberattaque-mairie: "redoubler de vigilance face aux appels ou aux courriels frauduleux"
        "vigilance",
        ["mairie", "conseiller", "habitant", "redoubler", "vigilance", "courriel", "frauduleux"],
        [],
        "Une grande attention",
    ),
    (  # encadrement-loyers-tours: "ne pourront plus dépasser un plafond fixé par arrêté"
        "plafond",
        ["loyer", "pouvoir", "dépasser", "plafond", "fixer", "arrêté", "préfectoral"],
        [],
        "Une limite",
    ),
    (  # grippe-aviaire-landes: "la filière du foie gras retient son souffle"
        "filière",
        ["grippe", "aviaire", "foyer", "filière", "foie", "gras", "retenir", "souffle"],
        [],
        "Un secteur d'activité",
    ),
    (  # papeterie-vernay-fermeture: "la fermeture de sa papeterie, le dernier grand employeur
        # industriel de la vallée"
        "papeterie",
        ["direction", "confirmer", "fermeture", "papeterie", "employeur", "industriel"],
        [],
        "Une usine",
    ),
    (  # rachat-fromagerie-jura: "l'un des derniers producteurs indépendants de comté du Jura"
        "producteur",
        ["fromagerie", "dernier", "producteur", "indépendant", "comté", "laitier", "géant"],
        [],
        "fabrique ou cultive",
    ),
    (  # penurie-antibiotiques-pharmacies: "renvoyer une mère et son bébé vers une autre officine"
        "officine",
        ["renvoyer", "mère", "bébé", "mois", "officine", "kilomètre"],
        ["pharmacien", "pharmacie", "antibiotique", "médicament", "enfant", "pénurie"],
        "Une pharmacie, le magasin",
    ),
]


@pytest.mark.parametrize(
    ("word", "sentence", "article", "expected"),
    _AUDITED_SENSES,
    ids=[f"{word}-{expected.split()[-1]}" for word, _, _, expected in _AUDITED_SENSES],
)
def test_audited_lessons_get_the_articles_sense(
    word: str, sentence: list[str], article: list[str], expected: str
) -> None:
    """Each of these was defined in another sense by a generated lesson: the leader of a
    cycling race as a party's chief, two climbers as cyclists good at climbing, a president who
    will not be "a mere arbitre" as a football referee, a sleep deficit as spending more than
    one earns, a doping sample as money taken from an account, "convoquer de nouvelles
    élections" as summoning a witness, a drug company as a research lab, the banking
    "résolution" of a supervisor's name as a New Year's resolution."""
    entry = shipped_glossary().get(word)
    assert entry is not None
    assert expected in (entry.definition_for(sentence, article) or ""), word


def _giveaway_forms(lemma: str) -> set[str]:
    """The word itself, plural and feminine: "petite-bourgeoise" for "petit-bourgeois"."""
    parts = lemma.casefold().split("-")
    variants = [
        {p, p + "s", p + "x", p + "e", p + "es"} | ({p[:-2] + "ère"} if p.endswith("er") else set())
        for p in parts
    ]
    forms = {""}
    for options in variants:
        forms = {f"{f}-{o}" if f else o for f in forms for o in options}
    return forms


def test_no_shipped_definition_gives_its_word_away() -> None:
    """A match of "voix" with "on compte les voix pour et contre", or of "petit-bourgeois" with
    "(au féminin, petite-bourgeoise)", asks nothing. An expression may name its head word as
    dictionaries do ("accident du travail: un accident qui ..."), a word may not."""
    found = []
    for entry in shipped_glossary():
        if " " in entry.lemma or "'" in entry.lemma:
            continue
        forms = _giveaway_forms(entry.lemma)
        for definition in entry.definitions:
            words = set(re.findall(r"[\w-]+", definition.casefold().replace("’", "'")))
            if forms & words:
                found.append((entry.lemma, definition))
    assert not found
