"""Where a role's noun phrase ends: "maire de Lyon depuis 2014" is "maire de Lyon", "ministre de
l'Agriculture et de la Souveraineté alimentaire" goes on past "et"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.extract.press_colleagues import title_participle
from tutor.extract.role_words import is_role_noun, names_things
from tutor.extract.tokens import table_of

if TYPE_CHECKING:
    from tutor.nlp import Doc, Token

_ROLE_END = frozenset({"VERB", "AUX", "PRON", "SCONJ", "CCONJ"})

IN_ROLE_WORDS = """
    un chargé chargée chargés chargées délégué déléguée spécialisé spécialisée près auprès moins
"""
IN_ROLE = frozenset(IN_ROLE_WORDS.split())
"""Words the tagger calls a pronoun, a verb or an adverb inside a role: "numéro un", "secrétaire
d'État chargée de l'Écologie", "procureur général près la cour d'appel", "experte auprès de la
cour d'appel", "sélectionneur des moins de 20 ans"."""
_SINCE = frozenset({"depuis", "lors", "pendant", "durant", "jusqu'", "jusqu’", "jusqu'à"})
_OF_WORDS = frozenset({"de", "du", "des", "d'", "d’"})


def word_at(doc: Doc, i: int) -> str:
    """The word token `i` starts, with a hyphenated part the tokenizer split off ("aide",
    "-", "soignante")."""
    t = table_of(doc)  # called on every token: no Token built
    text, whitespace = t.text, t.whitespace
    after = text[i + 1] + whitespace[i + 1] if i + 1 < len(text) else ""
    glued = not whitespace[i] and not after.endswith(" ")
    if i + 2 < len(text) and text[i + 1] == "-" and glued:
        return f"{text[i]}-{text[i + 2]}"
    return text[i]


_MONTH_WORDS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
)
_MONTHS = frozenset(_MONTH_WORDS.split())
_DAY_WORDS = "lundi mardi mercredi jeudi vendredi samedi dimanche hier demain"
_DAYS = frozenset(_DAY_WORDS.split())


def when(doc: Doc, i: int) -> bool:
    """Whether token `i` starts a phrase of time ("depuis 2014", "en 2020", "en octobre", "à
    l'époque") or an age ("de 54 ans") that ends a role."""
    if doc[i].lower_ in _SINCE:
        return True
    if doc[i].lower_ in _DAYS and i > 0 and doc[i - 1].lower_ not in _OF_WORDS:
        return True  # "élu président de la République dimanche", not "le marché du dimanche"
    after = [t.lower_ for t in doc[i + 1 : i + 3]]
    if doc[i].lower_ == "à" and after in (["l'", "époque"], ["l’", "époque"]):
        return True
    if doc[i].lower_ == "de" and len(after) == 2 and doc[i + 1].like_num and after[1] == "ans":
        # "agriculteur de 54 ans": an age, not the trade; "l'équipe des moins de 20 ans" is a team
        return i == 0 or doc[i - 1].lower_ not in ("moins", "plus")
    # "en 2020", "en octobre"; not "interne en cinquième année", a year of study
    ordinal = bool(after) and after[0].endswith(("ième", "ère", "er"))
    number = bool(after) and doc[i + 1].like_num and not ordinal
    return doc[i].lower_ == "en" and bool(after) and (number or after[0] in _MONTHS)


def is_role_word(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "ADJ", "PROPN") and is_role_noun(tok.text)


_COMPOUND_ROLES = frozenset({"affaires", "lettres", "loi", "église", "théâtre", "terrain"})


def compound_role(doc: Doc, i: int) -> bool:
    """ "l'homme d'affaires qatari X", "la femme politique X", "le prix Nobel X", "le critique
    gastronomique X": "homme", "femme", "prix" and "critique" that only make a role with the
    words around them."""
    t = table_of(doc)  # called on every token: no Token built
    lower, n = t.lower, len(t.lower)
    if lower[i] == "prix" and i + 1 < n and t.text[i + 1] == "Nobel":
        return i > 0 and lower[i - 1] in ("le", "la", "un", "une")  # not "lauréat du prix"
    if lower[i] in ("critique", "critiques"):
        return _critic(lower, i)
    if lower[i] not in ("homme", "femme") or i + 1 >= n:
        return False
    if lower[i + 1] == "politique":
        return True
    of = lower[i + 1] in _OF_WORDS and i + 2 < n
    return of and lower[i + 2] in _COMPOUND_ROLES


_CRITIC_FIELD_WORDS = """
    gastronomique gastronomiques culinaire culinaires littéraire littéraires musical musicale
    musicaux musicales dramatique dramatiques artistique artistiques cinématographique
    cinématographiques théâtral théâtrale
"""
_CRITIC_FIELDS = frozenset(_CRITIC_FIELD_WORDS.split())
_CRITIC_FIELD_NOUNS = frozenset({"art", "cinéma", "théâtre", "musique", "jazz", "danse", "mode"})
_MASCULINE = frozenset({"le", "un", "du", "au", "ce"})


def _critic(lower: list[str], i: int) -> bool:
    """ "le critique X", "la critique littéraire Y", "critique d'art": a critic, told from
    criticism ("la critique du projet", feminine) by a masculine article or by the field the
    critic writes on."""
    if i > 0 and lower[i - 1] in _MASCULINE and lower[i] == "critique":
        return True
    after = lower[i + 1 : i + 3]
    if after[:1] and after[0] in _CRITIC_FIELDS:
        return True
    return len(after) == 2 and after[0] in ("de", "d'", "d’") and after[1] in _CRITIC_FIELD_NOUNS


def role_from(doc: Doc, body: str, first: int, role: int) -> str | None:
    """The role whose noun is token `role`, from `first` to the end of its noun phrase."""
    return role_text(doc, body, first, role_end(doc, role))


def role_end(doc: Doc, role: int) -> int:
    """The last token of the noun phrase whose noun is token `role`."""
    end = role
    while end + 1 < len(doc):
        tok = doc[end + 1]
        glued = not doc[end].whitespace_
        exclaimed = tok.text == "!" and end + 2 < len(doc) and doc[end + 2].text == ","
        if tok.text == "(" and aside_within(doc, end + 1):
            end = aside_within(doc, end + 1)  # "président (LR) de la région"
            continue
        titled = doc[end].lower_ in _OF_WORDS or names_things(doc[end].text)  # "du roman « X »"
        if tok.text == "«" and titled and _title_close(doc, end + 1):
            end = _title_close(doc, end + 1)  # "réalisateur de « La Haine »": the work's title
            continue
        if (tok.text in ",;:.!?»«“”()" and not exclaimed) or "\n" in tok.text:
            break
        # "ministre de l'Agriculture et de la Souveraineté alimentaire", "député et auteur"
        coordinated = (
            tok.lower_ == "et"
            and end + 2 < len(doc)
            and (
                doc[end + 2].lower_ in _OF_WORDS
                or is_role_word(doc[end + 2])
                or (doc[end + 2].pos_ == "ADJ" and is_role_word(doc[end + 3 : end + 4].root))
                or _second_place(doc, end)
                or _name_with_et(doc, end)
            )
        )
        if _someone_else(doc, end + 1):
            break  # "le patron de Brico+ et la directrice de ...": two people
        if _participle_by(doc, end + 1):
            break  # "un habitant de X joint par téléphone", "expert désigné par le tribunal"
        if tok.lower_ == "sans" and doc[end + 2 : end + 3].text.lower() != "étiquette":
            break  # "un économiste sans expérience militaire": what the person lacks
        # "associée fondatrice du cabinet": a second role noun the tagger reads as a verb
        stacked = tok.text.islower() and is_role_noun(tok.text) and is_role_noun(doc[end].text)
        if (
            tok.pos_ in _ROLE_END
            and not tok.ent_type_
            and not glued
            and not coordinated
            and not stacked
            and tok.lower_ not in IN_ROLE
            and not _qualifying_participle(doc, end + 1)
            and not title_participle(doc, end + 1)  # "journaliste au Canard enchaîné"
        ):
            break
        adverb = tok.pos_ == "ADV" and not tok.ent_type_ and tok.lower_ not in IN_ROLE
        if (when(doc, end + 1) or adverb) and not glued:
            break  # "maire de Lyon depuis 2014": when, not what ("Vent d'Ouest" is a name)
        named_thing = names_things(doc[end].text) and doc[end].text.islower()
        named_thing = named_thing or _named_project(doc, end)
        if (
            tok.ent_type_ == "PER"
            and tok.ent_iob_ == "B"
            and doc[end].pos_ not in ("ADP", "DET")
            and not named_thing  # "directeur de la clinique Sainte-Bernadette": its name
        ):
            break  # "Paul Xavier, le candidat Yves Marchal": the role is Marchal's
        end += 1
    return end


def _title_close(doc: Doc, opening: int) -> int:
    """The closing mark of a short title in quotation marks opened at `opening`, or 0."""
    for j in range(opening + 1, min(opening + 10, len(doc))):
        if doc[j].text == "»":
            return j if j > opening + 1 and doc[opening + 1].text[:1].isupper() else 0
        if doc[j].text in ".;«":
            return 0
    return 0


def _qualifying_participle(doc: Doc, i: int) -> bool:
    """ "le président déchu", "la députée sortante": a participle right after the role noun,
    ending the phrase, qualifies the role (the tagger reads it as a verb)."""
    tok = doc[i]
    shape = "Part" in tok.morph.get("VerbForm") or tok.lower_.endswith(("ant", "ante"))
    closes = i + 1 >= len(doc) or doc[i + 1].text in ",;:.!?)"
    return (
        tok.pos_ == "VERB" and shape and tok.text.islower() and closes and is_role_word(doc[i - 1])
    )


def _second_place(doc: Doc, end: int) -> bool:
    """ "évêque de Carcassonne et Narbonne", "préfet de la Corse et de la Corse-du-Sud": a place
    after "de" and "et" then another capitalised word, which is the second place of the role
    unless it is a person."""
    place, other = doc[end], doc[end + 2]
    named = place.text[:1].isupper() and place.ent_type_ in ("LOC", "ORG")
    if not named or other.ent_type_ == "PER" or not other.text[:1].isupper():
        return False
    j = end
    while j > 0 and doc[j - 1].text[:1].isupper():
        j -= 1
    return j > 0 and doc[j - 1].lower_ in _OF_WORDS and other.ent_type_ in ("LOC", "ORG")


def _name_with_et(doc: Doc, end: int) -> bool:
    """ "présidente de l'association Victimes et citoyens", "du collectif Vélo et territoires":
    a capitalised first word of a name, right after the kind of body it names or after "de",
    then "et" and a lower-case noun that ends the phrase, is one name; "et maire de Y" is a
    second office, which the role words already join."""
    first, noun = doc[end], doc[end + 2]
    capital = first.text[:1].isupper() and first.ent_type_ not in ("PER", "LOC")
    opened = end > 0 and (names_things(doc[end - 1].text) or doc[end - 1].lower_ in _OF_WORDS)
    closes = end + 3 >= len(doc) or doc[end + 3].is_punct or doc[end + 3].pos_ == "ADJ"
    lower_noun = noun.pos_ == "NOUN" and noun.text.islower() and not is_role_noun(noun.text)
    return capital and opened and lower_noun and closes


_GENERIC_THINGS = frozenset({"projet", "programme", "mission", "service", "plan", "opération"})
_THE = frozenset({"le", "la", "l'", "l’", "du", "au", "ce", "cette", "son", "sa", "leur"})


def _named_project(doc: Doc, end: int) -> bool:
    """ "cheffe du projet Claira à l'ESA", "directeur du programme Apollo": a generic noun
    after "the" takes the name after it as its complement (the model may tag it a person);
    bare, "chef de projet" ends with its noun."""
    return doc[end].lower_ in _GENERIC_THINGS and end > 0 and doc[end - 1].lower_ in _THE


def _participle_by(doc: Doc, i: int) -> bool:
    """Whether token `i` is a lower-case participle followed by "par" (whatever the tagger
    made of it): how or by whom, which no longer says what the person is."""
    tok = doc[i]
    by = i + 1 < len(doc) and doc[i + 1].lower_ == "par"
    tagged = tok.pos_ in ("VERB", "ADJ", "PROPN")
    return by and tok.text.islower() and tagged and not is_role_word(tok)


def _someone_else(doc: Doc, i: int) -> bool:
    """Whether "et" at `i` brings in another person's role ("et la directrice de ...")."""
    return (
        doc[i].lower_ == "et"
        and i + 2 < len(doc)
        and doc[i + 1].pos_ == "DET"
        and is_role_noun(doc[i + 2].text)
    )


def aside_within(doc: Doc, opening: int) -> int:
    """The closing parenthesis of a short aside that the role goes on after ("(LR) de la
    région"), or 0."""
    for j in range(opening + 1, min(opening + 5, len(doc) - 1)):
        if doc[j].text == ")":
            return j if j > opening + 1 and doc[j + 1].pos_ == "ADP" else 0
    return 0


def role_text(doc: Doc, body: str, first: int, last: int) -> str | None:
    while first <= last and doc[first].pos_ in ("DET", "ADP"):
        first += 1
    # "Jong-un" is two tokens, "Jong-" and "un": a determiner glued to a word stays.
    while last >= first and doc[last].pos_ in ("DET", "ADP") and doc[last - 1].whitespace_:
        last -= 1
    if first > last:
        return None
    text = body[doc[first].idx : doc[last].idx + len(doc[last].text)]
    return text if 2 <= len(text) <= 120 else None


TITLE_WORDS = frozenset({"M.", "MM.", "Mme", "Mmes", "Mlle", "Me", "Mgr", "Dr", "Pr"})


def opens_sentence(doc: Doc, i: int) -> bool:
    """Whether token `i` opens a sentence or a line."""
    return i == 0 or doc[i - 1].text in (".", "!", "?") or "\n" in doc[i - 1].text


def indefinite_before(doc: Doc, comma: int) -> bool:
    """ "Un autre enseignant, X, professeur de ...": a trade brought in with an indefinite
    article before the name says what kind of person comes; the function after is the role."""
    i = comma - 1
    while i >= 0 and comma - i <= 4 and doc[i].pos_ in ("NOUN", "ADJ"):
        i -= 1
    return i >= 0 and doc[i].lower_ in ("un", "une") and (i == 0 or opens_sentence(doc, i))


def past_participle(doc: Doc, i: int) -> bool:
    """ "Le directeur de cabinet mis en examen, X": a past participle after the role set off
    before a name says what befell the person, not what they are ("élu" changes the role)."""
    tok = doc[i]
    past = "Part" in tok.morph.get("VerbForm") and "Past" in tok.morph.get("Tense")
    return (
        tok.pos_ == "VERB"
        and past
        and tok.text.islower()
        and tok.lemma_ not in ("élire", "charger", "déléguer")
        and not is_role_noun(tok.text)  # "son directeur associé"
        and not (i + 1 < len(doc) and doc[i + 1].lower_ in _ROLE_COMPLEMENTS)
        and i > 0
        and doc[i - 1].pos_ in ("NOUN", "PROPN", "ADJ")
    )


_ROLE_COMPLEMENTS = frozenset({"de", "du", "des", "d'", "d’", "à", "au", "aux", "auprès"})
"""What a participle that makes the role goes on with ("détaché auprès de", "chargé de")."""


def sentence_start(doc: Doc, at: int) -> int:
    """The first token of the sentence token `at` stands in, by its punctuation: the parser
    cuts "l'association Vionne Nature Environnement dénonce" into three."""
    i = at - 1
    while i >= 0 and doc[i].text not in (".", "!", "?") and "\n" not in doc[i].text:
        i -= 1
    i += 1
    while i < at and ("\n" in doc[i].text or doc[i].is_space):
        i += 1
    return i
