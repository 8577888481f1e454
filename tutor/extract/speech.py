"""Verbs of saying and the words that attribute speech ("a-t-il dit", "se félicite")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.extract.tokens import TokenTable
    from tutor.nlp import Doc, Token

_SPEECH_VERBS_WORDS = """
    dire déclarer affirmer expliquer indiquer estimer ajouter annoncer assurer souligner
    préciser prévenir conclure répondre demander déplorer dénoncer rappeler reconnaître
    considérer juger penser espérer regretter confier lancer poursuivre renchérir insister
    avertir admettre promettre évoquer écrire raconter répéter marteler noter observer commenter
    confirmer révéler signaler constater plaider réclamer exiger interroger réagir ironiser
    fustiger critiquer soutenir nier démentir prédire proclamer clamer martèle s'exclamer
    exclamer tweeter résumer détailler développer argumenter avancer lâcher glisser souffler
    témoigner relever avouer reconnaitre féliciter réjouir inquiéter alerter mettre décrier
    corriger informer confier tempérer nuancer rétorquer objecter protester indigner
    étonner craindre rassurer trancher tonner enchaîner saluer parler emporter répliquer agacer
    riposter concéder soupirer analyser justifier sourire désoler alarmer murmurer plaisanter
    relativiser abonder enthousiasmer amuser pointer réaffirmer réitérer scander écrier crier
    hurler insurger offusquer tacler railler apostropher interpeller pester asséner défendre
    souvenir remémorer attaquer rapporter opposer
"""
SPEECH_VERBS = frozenset(_SPEECH_VERBS_WORDS.split())
_DESCRIBE_WORDS = "décrire qualifier traiter appeler surnommer présenter"
DESCRIBE_VERBS = frozenset(_DESCRIBE_WORDS.split())
_INDIRECT_VERBS_WORDS = """
    dire déclarer affirmer estimer indiquer expliquer annoncer assurer souligner préciser
    considérer juger penser reconnaître rappeler espérer craindre conclure ajouter nier démentir
    confirmer révéler prévenir avertir promettre renchérir admettre répondre soutenir prétendre
    constater noter regretter déplorer féliciter réjouir dénoncer signaler insister marteler
    répéter écrire raconter croire confier inquiéter alerter avouer ironiser rétorquer répliquer
    objecter réaffirmer réitérer rapporter maintenir
"""
INDIRECT_VERBS = frozenset(_INDIRECT_VERBS_WORDS.split())
_INFINITIVE_VERBS_WORDS = """
    proposer demander annoncer affirmer assurer déclarer dire estimer menacer jurer recommander
    suggérer exiger réclamer conseiller préconiser promettre accuser
"""
INFINITIVE_VERBS = frozenset(_INFINITIVE_VERBS_WORDS.split())
_BARE_INFINITIVE_WORDS = """
    nier démentir reconnaître admettre avouer affirmer assurer déclarer dire prétendre jurer
    estimer raconter expliquer confier soutenir
"""
BARE_INFINITIVE_VERBS = frozenset(_BARE_INFINITIVE_WORDS.split())
"""Verbs whose reported content can be a bare infinitive ("nie avoir reçu ...", "dit avoir vu").
"dit vouloir" and "dit souhaiter" stay wishes (see WISHES)."""
WISHES = frozenset({"vouloir", "souhaiter", "aimer", "pouvoir", "devoir", "aller"})
"""Infinitives that make a wish or a modal, not a statement, of what follows a speech verb."""
LOOSE_SPEECH_VERBS = frozenset(
    {
        "lancer",
        "lâcher",
        "glisser",
        "souffler",
        "avancer",
        "développer",
        "saluer",
        "défendre",
        "attaquer",
        "opposer",
    }
)
"""Speech verbs only when the quotation follows them at once ("a lancé : « ... »"); otherwise
they launch, slip or move things ("a lancé un « plan vélo »", "a opposé un « refus »"), or
welcome something whose description comes later ("a salué la création ..., y voyant un signe
de « détermination »")."""
"""Verbs whose reported content can be "de" + infinitive ("propose de ...", "a demandé de ...",
"promet de ..."). Wishes without quoted words ("souhaite interdire") are not speech in the gold
convention, nor a promise told as the background of the story ("lorsque X avait promis
d'aider ...", see indirect._narrated_past)."""
PRESENT_FORMS = frozenset(
    [
        "dit",
        "écrit",
        "conclut",
        "reprend",
        "poursuit",
        "admet",
        "reconnaît",
        "sourit",
        "répond",
        "soutient",
        "promet",
        "prévient",
        "avertit",
    ]
)
"""Present forms of speech verbs not in -er, which the tagger misreads before "-elle"
("», sourit-elle" as an adjective)."""
CLITICS = frozenset({"-t", "-il", "-elle", "-t-il", "-t-elle", "-ils", "-elles", "-on"})
SOURCE_INTRO = re.compile(
    r"^\s*(?P<cue>pour|selon|d'après|d’après)\s+(?P<who>[^:;]+?)\s*[,:]\s*$", re.I
)
"""A source opening the words before a quotation; it runs to no colon or semicolon ("Pour
Sud-Rail, le compte n'y est pas : le syndicat demande …" names Sud-Rail, then a clause)."""
SOURCE_BEFORE_QUOTE = re.compile(
    r"[,:;]\s*(?P<cue>selon|d['’]après)\s+(?P<who>[^,;:«“»”()]+?)\s*[,:]\s*$", re.IGNORECASE
)
"""A source set right before the quotation, after other words of the sentence: "le syndicat
demande une prime pour les agents, ceux qui, selon lui, « font rouler les trains »"."""
CLAUSE_END = frozenset({".", ";", "!", "?"})


def lemma_of(token: Token) -> str:
    lemma = token.lemma_.lower()
    lemma = lemma[3:] if lemma.startswith("se ") else lemma
    unchanged = lemma == token.lower_ and lemma not in SPEECH_VERBS  # "murmure" -> "murmure"
    if token.pos_ == "VERB" and (unchanged or not lemma.endswith(_INFINITIVE_ENDINGS)):
        # "s'indigne le jeune homme": the model gave the adjective's lemma ("indigne") to the
        # verb; a present in -e, -es, -ent of a speech verb in -er
        form = token.lower_
        for ending in ("ent", "es", "e"):
            if form.endswith(ending) and form[: -len(ending)] + "er" in SPEECH_VERBS:
                return form[: -len(ending)] + "er"
    return lemma


_INFINITIVE_ENDINGS = ("er", "ir", "re", "ïr")


_FINITE_FORM_PAIRS = """
    estime:estimer affirme:affirmer déclare:déclarer indique:indiquer explique:expliquer
    souligne:souligner précise:préciser rappelle:rappeler juge:juger considère:considérer
    assure:assurer ajoute:ajouter annonce:annoncer pense:penser dit:dire reconnaît:reconnaître
    demande:demander propose:proposer pointe:pointer
"""
_FINITE_FORMS = dict(pair.split(":") for pair in _FINITE_FORM_PAIRS.split())
"""Present forms the model mis-tags or mis-lemmatises ("le Conseil estime" -> lemma "estime")."""


def _passive(token: Token) -> bool:
    """ "est dénoncée" is passive; "a décrié" is not, whatever the tagger says of the participle."""
    auxiliaries = [c for c in token.children if c.pos_ == "AUX"]
    if any(c.dep_ == "aux:pass" for c in auxiliaries):
        return True
    if any(c.lemma_ == "avoir" for c in auxiliaries):
        return False
    return "Pass" in token.morph.get("Voice") and any(c.lemma_ == "être" for c in auxiliaries)


def is_bare_participle(verb: Token) -> bool:
    """ "surnommé « le Baron »", "promis aux habitants": a participle with no auxiliary that
    qualifies a noun names or describes; nobody speaks in it."""
    head = verb.head
    if verb.dep_ == "advcl" and "Past" in verb.morph.get("Tense"):
        # "Ce dossier, surnommé « ... » par la presse, avait été rouvert": the parser may hang
        # the participle on the main verb; the noun it follows is still the one it names
        noun = verb.doc[verb.i - 2] if verb.i > 1 and verb.doc[verb.i - 1].text == "," else head
        # the subject it names, not "Greenpeace a, vendredi 3 mai, présenté « ... »"
        head = noun if noun.dep_ in ("nsubj", "nsubj:pass") else head
    elif not verb.dep_.startswith("acl"):
        return False
    return (
        "Part" in verb.morph.get("VerbForm")
        and not judged_by(verb)
        and head.pos_ in ("NOUN", "PROPN")
        and head.i < verb.i
        # right after its noun, or its noun and adjectives in marks ("des « cavaliers
        # législatifs », ajoutés par des amendements"): "Greenpeace a, vendredi 3 mai, présenté"
        # is a tense misread; "Un diplomate qui a assisté aux discussions préparatoires décrit"
        # a participle misread
        and _right_after(head, verb)
        and not any(c.pos_ == "AUX" for c in verb.children)
    )


def _right_after(noun: Token, verb: Token) -> bool:
    """Whether only punctuation, or the noun's adjectives and the closing mark of the quotation
    that holds them, stand between `noun` and `verb`."""
    between = verb.doc[noun.i + 1 : verb.i]
    if all(t.pos_ == "PUNCT" for t in between):
        return True
    closed = any(t.text in _CLOSING for t in between)
    return closed and all(
        t.pos_ == "PUNCT" or (t.dep_ == "amod" and t.head.i == noun.i) for t in between
    )


def is_naming_dit(token: Token) -> bool:
    """ "une salle dite « des colonies »", "des prairies, dites « champs d'expansion »": the
    participle of "dire" agreeing with a noun names a thing; nobody speaks."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    # "s'est dite « touchée »", "vous dites": someone speaks
    after_noun = before is not None and (before.pos_ in ("NOUN", "ADJ") or before.text == ",")
    return token.lower_ in ("dite", "dites", "dits") and after_noun


NAMING_VERBS = frozenset({"surnommer", "appeler", "baptiser", "nommer", "intituler", "dénommer"})
NICKNAMING_VERBS = NAMING_VERBS - {"appeler"}
"""Verbs whose quoted complement is a name whoever gives it ("a surnommé la série « la belle »");
"appeler" also calls for something ("a appelé à « la retenue »")."""


def participle_lemma(word: str) -> str:
    """ "jugée" -> "juger", "qualifiés" -> "qualifier": the verb of an -er past participle
    the tagger read as an adjective; "" for other words."""
    form = word.lower().removesuffix("s").removesuffix("e")
    return form[:-1] + "er" if form.endswith("é") else ""


def judged_by(verb: Token) -> Token | None:
    """ "qualifié de « ringard » par la critique", "décrit comme « discret » par ses voisins":
    a bare participle with an agent reports the agent's words (unlike a nickname, "surnommé
    « le Baron » par la presse"); the agent's noun. Also a participle read as an adjective
    ("une prime jugée « insultante » par les syndicats")."""
    misread = verb.pos_ == "ADJ" and participle_lemma(verb.text)
    lemma = misread or lemma_of(verb)
    if lemma not in SPEECH_VERBS and lemma not in DESCRIBE_VERBS:
        return None  # "présidé par Laurent Fabius"
    if lemma in NAMING_VERBS or not (misread or "Part" in verb.morph.get("VerbForm")):
        return None
    if lemma in _ASKING:
        return None  # "interrogé par France Inter": the agent asked, the one asked speaks
    if any(c.pos_ == "AUX" for c in verb.children):
        return None
    after_marks = verb.head.i < verb.i and any(
        t.text in _CLOSING for t in verb.doc[verb.head.i : verb.i]
    )
    if after_marks and lemma not in _STANCE_VERBS:
        # "des « cavaliers législatifs », ajoutés par des amendements": the participle tells
        # what was done to the quoted thing, a term set in marks; the agent said no words.
        # "des « mesures injustes », dénoncées par les syndicats": a stand taken on it, in
        # those words, which the paper quotes as the agent's
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "obl:agent"
            or (c.dep_.startswith("obl") and any(g.lower_ == "par" for g in c.children))
        ),
        None,
    )


_CLOSING = frozenset({"»", "”"})
_STANCE_WORDS = """
    dénoncer fustiger critiquer décrier condamner saluer railler déplorer regretter tacler
    contester réclamer revendiquer vanter
"""
_STANCE_VERBS = frozenset(_STANCE_WORDS.split())
"""Speech verbs of a stand taken on what they are said of: the words set in marks before
their participle are the agent's ("des « mesures injustes », dénoncées par les syndicats")."""
_ASKING = frozenset({"interroger", "questionner", "sonder", "solliciter"})
"""Speech verbs whose agent asks: the words quoted are the answer, not the agent's."""

_JUDGING_WORDS = "considérer juger qualifier décrire surnommer traiter présenter"
_JUDGING = frozenset(_JUDGING_WORDS.split())


def is_apposed_judgement(verb: Token) -> bool:
    """ "Longtemps considéré comme « ... »", "Qualifié de « ... »": a past participle of judging
    with no auxiliary, whose subject is what is judged; unlike "Interrogé par l'AFP, X ...",
    where X speaks."""
    return (
        lemma_of(verb) in _JUDGING
        and "Part" in verb.morph.get("VerbForm")
        and "Past" in verb.morph.get("Tense")
        and not any(c.pos_ == "AUX" for c in verb.children)
    )


def is_passive_speech(token: Token) -> bool:
    """ "est dénoncée", "est accusée de": a speech verb in the passive voice."""
    lemma = lemma_of(token)
    return (lemma in SPEECH_VERBS or lemma == "accuser") and _passive(token)


def is_speech(token: Token, lexicon: frozenset[str]) -> bool:
    """A speech verb in the active voice ("a déclaré", not "est déclarée conforme")."""
    if token.pos_ not in ("VERB", "AUX"):
        # The tagger reads "le Conseil estime" as a noun now and then.
        mistagged = token.pos_ == "NOUN" and token.lower_ in _FINITE_FORMS
        if not (mistagged and token.i > 0 and token.doc[token.i - 1].pos_ != "DET"):
            return False
    lemma = lemma_of(token)
    if _FINITE_FORMS.get(token.lower_, lemma) not in lexicon and lemma not in lexicon:
        return False
    return not _passive(token)  # the costlier test, for speech verbs only


def may_be_speech(tokens: TokenTable, i: int) -> bool:
    """False for a token that `is_speech` refuses whatever the lexicon: neither a verb nor a
    noun the tagger could have taken a verb for. Read off the token table, for every token."""
    pos = tokens.pos[i]
    return pos in ("VERB", "AUX") or (pos == "NOUN" and tokens.lower[i] in _FINITE_FORMS)


def cue_text(doc: Doc, body: str, verb: Token) -> str:
    """The verb with its auxiliaries ("a déclaré", "avait appelé") as written."""
    first = verb.i
    heads = {verb.i}
    if first > 0 and verb.lemma_ in _MADE_TO and doc[first - 1].lemma_ == "faire":
        first -= 1  # "a fait valoir que": the cue is "a fait valoir", not "valoir"
        heads.add(first)
    while first > 0 and doc[first - 1].pos_ == "AUX" and doc[first - 1].head.i in heads:
        first -= 1
    adverbs = first
    while adverbs > 1 and doc[adverbs - 1].pos_ == "ADV":
        adverbs -= 1
    if adverbs < first and doc[adverbs - 1].pos_ == "AUX" and doc[adverbs - 1].head.i == verb.i:
        first = adverbs - 1  # "a ensuite affirmé"
    if first > 0 and doc[first - 1].lower_ in ("se", "s'"):
        first -= 1  # "se félicite"
    last = verb.i
    while last + 1 < len(doc) and doc[last + 1].lower_ in CLITICS:
        last += 1
    last += locution_rest(doc, verb, last)
    return body[doc[first].idx : doc[last].idx + len(doc[last].text)]


def locution_rest(doc: Doc, verb: Token, last: int) -> int:
    """How many words after token `last` complete the verb into a verb of saying in several
    words: "», met en garde le maire" is "met en garde", "a-t-il mis en avant"."""
    after = tuple(t.lower_ for t in doc[last + 1 : last + 3])
    return next((n for n in (2, 1) if (verb.lemma_, *after[:n]) in _SPEECH_LOCUTIONS), 0)


_SPEECH_LOCUTIONS = frozenset({("mettre", "en", "garde"), ("mettre", "en", "avant")})
"""Verbs of saying in several words whose last word the cue must not drop."""
_MADE_TO = frozenset({"valoir", "savoir", "remarquer", "observer"})
"""Infinitives that "faire" makes a verb of saying ("fait valoir", "fait savoir")."""


def word_count(text: str) -> int:
    return len(re.findall(r"\w+(?:[-'’]\w+)*", text))


def makes_known(verb: Token) -> bool:
    """ "a fait part de son « inquiétude »": "faire part de" tells what was said."""
    doc = verb.doc
    return verb.lemma_ == "faire" and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "part"


def between_only_place(between: Sequence[Token], verb: Token) -> bool:
    """ "a salué sur X « un géant des océans »", "a lancé dans l'hémicycle « ... »": only a
    phrase on where the words were said stands between the verb and its quotation (not an
    object, "a lancé un « plan vélo »")."""
    words = [t for t in between if t.pos_ != "PUNCT"]
    if not words:
        return True
    heads = {t.i for t in words if t.head.i == verb.i}
    phrase = heads and all(
        t.head.i == verb.i and t.dep_.startswith("obl") for t in words if t.i in heads
    )
    opens = min(words, key=lambda t: t.i).pos_ == "ADP"
    return bool(phrase) and opens and all(t.head.i in heads or t.i in heads for t in words)


def finds_it_so(verb: Token, quoted: Sequence[Token]) -> bool:
    """ "trouve la hausse « raisonnable »": one quoted adjective that qualifies the object of
    "trouver" (or the verb itself) is the subject's judgement, as with "juger"."""
    words = [t for t in quoted if t.pos_ != "PUNCT"]
    if lemma_of(verb) != "trouver" or len(words) != 1 or words[0].pos_ != "ADJ":
        return False
    head = words[0].head
    return head.i == verb.i or (head.head.i == verb.i and head.dep_ == "obj")


_ADDING_VERBS = frozenset({"ajouter", "poursuivre", "conclure", "préciser", "compléter"})


def goes_on_speaking(verb: Token) -> bool:
    """Whether a gerund or an infinitive of saying is the speaker's next remark after the words
    reported: "» en ajoutant : « ... »", ", tout en précisant que", "avant d'ajouter que",
    "en ajoutant que". Without a comma or a closing mark before it, only a verb of adding is
    ("a dit que le ministre avait menti en affirmant que ..." is the minister's claim)."""
    doc = verb.doc
    i = verb.i
    lemma = lemma_of(verb)
    if i < 2 or lemma not in SPEECH_VERBS:
        return False
    if "Inf" in verb.morph.get("VerbForm"):
        return doc[i - 1].lower_ in ("de", "d'", "d’") and doc[i - 2].lower_ == "avant"
    present = "Pres" in verb.morph.get("Tense") and "Part" in verb.morph.get("VerbForm")
    if not present or doc[i - 1].lower_ != "en":
        return False
    if lemma in _ADDING_VERBS or doc[i - 2].lower_ == "tout":
        return True
    return doc[i - 2].text in (",", "»", "”", '"')
