"""What a person leads, written around their name: "le Conseil, présidé par Laurent Fabius" is
"président du Conseil constitutionnel", "la délégation, conduite par la diplomate X" puts X "à la
tête de la délégation", "la compagnie de Montbrison, que commande le capitaine X" makes X its
"commandant"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.extract.lexicon import NATIONALITIES
from tutor.extract.role_after import RELATIVE_LEADS
from tutor.extract.role_forms import agreeing_title
from tutor.extract.role_phrase import TITLE_WORDS, opens_sentence, role_end
from tutor.extract.role_words import is_role_noun

if TYPE_CHECKING:
    from tutor.nlp import Doc

_NP_POS = frozenset({"NOUN", "ADJ", "ADP", "DET", "PROPN", "NUM"})
_OF_WORDS = frozenset({"de", "des", "du", "d'", "d’"})

_LEADS = {
    "présidé": "président",
    "présidée": "président",
    "dirigé": "dirigeant",
    "dirigée": "dirigeant",
    "représenté": "représentant",
    "représentée": "représentant",
    "représentés": "représentant",
    "représentées": "représentant",
}
_OF = {"le": "du", "la": "de la", "l'": "de l'", "l’": "de l’", "les": "des"}


def presided(doc: Doc, name_start: int) -> str | None:
    """ "le Conseil, présidé par Laurent Fabius" -> "président du Conseil constitutionnel"."""
    by = name_start - 2 if doc[name_start - 1].text in TITLE_WORDS else name_start - 1
    if by > 2 and trade_before(doc, name_start):
        by = name_start - 3  # "représentée par l'ingénieur X": what X does here, not the trade
    if by < 1 or doc[by].lower_ != "par":
        return None  # "représentée par Me X": the title of address stands between
    verb = doc[by - 1]
    title = _LEADS.get(verb.lower_)
    if title is not None and opens_sentence(doc, verb.i):
        return _fronted_presided(doc, name_start, title)
    if title is None or verb.head.pos_ not in ("NOUN", "PROPN") or verb.head.i >= verb.i:
        return None
    head = verb.head
    article = doc[head.i - 1].lower_ if head.i > 0 else ""
    longer = sorted(
        (e.text for e in doc.ents if e.text.split()[0] == head.text and len(e.text.split()) > 1),
        key=len,
    )
    named = head.i
    while named + 1 < verb.i and doc[named + 1].text[:1].isupper() and doc[named + 1].is_alpha:
        named += 1  # "le groupe Dassault Aviation, présidé par": the group's name
    last = verb.i
    while last - 1 > head.i and doc[last - 1].pos_ == "ADV":
        last -= 1  # "Le parquet national financier, alors dirigé par X"
    last = last - 1 if doc[last - 1].text == "," else last
    tail = doc[named + 1 : last]
    if named == head.i and 0 < len(tail) <= 8 and all(t.pos_ in _NP_POS for t in tail):
        named = last - 1  # "L'association des maires de la Loire, présidée par X": the whole
    name = longer[0] if longer else doc[head.i : named + 1].text
    if len(name.split()) > 2 and name.split()[-1].lower() in NATIONALITIES:
        name = name.rsplit(" ", 1)[0]  # "Conseil constitutionnel français": the country is known
    title = agreeing_title(doc, name_start, title)
    return f"{title} {_OF.get(article, 'de')} {name}".replace("' ", "'")


def trade_before(doc: Doc, name_start: int) -> bool:
    """ "représentée par l'ingénieur X": an article and a bare trade between "par" and the
    name, after a verb of representing: whom X stands for in the story is the role then (but
    "le jury, présidé par le scénariste X" keeps the trade: presiding a jury is no post)."""
    if name_start < 4:
        return False
    noun, article, by = doc[name_start - 1], doc[name_start - 2], doc[name_start - 3]
    return (
        by.lower_ == "par"
        and doc[name_start - 4].lower_.startswith("représenté")
        and article.lower_ in _OF
        and noun.pos_ == "NOUN"
        and noun.text.islower()
        and is_role_noun(noun.text)
    )


def _fronted_presided(doc: Doc, name_start: int, title: str) -> str | None:
    """ "Présidé par Anne Duval, le jury a rendu son verdict" -> "présidente du jury": the
    body the participle opening the sentence qualifies is the subject after the name."""
    end = name_start
    while end < len(doc) and doc[end].ent_type_ == "PER":
        end += 1
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in _OF:
        return None
    last = role_end(doc, end + 2)
    if doc[end + 2].pos_ != "NOUN" or last + 1 >= len(doc) or doc[last + 1].pos_ not in _VERBS:
        return None
    rest = doc[end + 2 : last + 1].text
    title = agreeing_title(doc, name_start, title)
    return f"{title} {_OF[doc[end + 1].lower_]} {rest}".replace("' ", "'")


_VERBS = frozenset({"VERB", "AUX"})


_AT_HEAD_WORDS = "conduit conduite conduits conduites mené menée menés menées emmené emmenée"
_AT_HEAD = frozenset(_AT_HEAD_WORDS.split())


def led_by(doc: Doc, name_start: int) -> str | None:
    """ "La délégation française, conduite par la diplomate X" -> "à la tête de la délégation
    française": what the person leads, which the role before the name does not say."""
    i = name_start - 1
    steps = 0
    while i >= 0 and steps < 5 and doc[i].pos_ in ("NOUN", "ADJ", "DET") and doc[i].text != ",":
        i -= 1
        steps += 1
    if i < 2 or doc[i].lower_ != "par" or doc[i - 1].lower_ not in _AT_HEAD:
        return None
    last = i - 2
    if doc[last].text == ",":
        last -= 1
    first = last
    while first > 0 and doc[first].pos_ in ("NOUN", "ADJ", "PROPN") and doc[first].text != ",":
        first -= 1
    if first == last or doc[first].lower_ not in _OF or doc[first].lower_ == "les":
        return None  # "les syndicats, menés par X": X leads a crowd, not a body
    det = doc[first].lower_
    rest = doc[first + 1 : last + 1].text
    if det in ("l'", "l’"):
        return f"à la tête de {det}{rest}"
    return f"à la tête {_OF[det]} {rest}"


_ANTECEDENT_POS = frozenset({"NOUN", "ADJ", "PROPN", "DET"})
_TITLE_OF_ADDRESS = frozenset({"M.", "Mme", "Mlle", "Me", "Dr", "Pr", "Mgr"})


def led_in_relative(doc: Doc, body: str, name_start: int) -> str | None:
    """ "la compagnie de gendarmerie de Montbrison, que commande le capitaine X" -> "commandant
    de la compagnie de gendarmerie de Montbrison": the body the relative clause before the name
    says the person leads, which a rank or a title before the name does not say."""
    i = name_start - 1
    if i >= 0 and doc[i].text in _TITLE_OF_ADDRESS:
        i -= 1
    if i >= 0 and doc[i].pos_ in ("NOUN", "ADJ") and doc[i].text.islower():
        i -= 1  # "le capitaine", "le docteur"
    if i >= 0 and doc[i].pos_ == "DET":
        i -= 1
    since = next((k for k in range(i, max(i - 4, 0), -1) if doc[k].lower_ == "depuis"), None)
    if since is not None and all(t.pos_ in ("NUM", "NOUN", "DET") for t in doc[since + 1 : i + 1]):
        i = since - 1  # "que dirige depuis 2015 X": when, between the verb and the name
    verb = doc[i].lower_ if i >= 0 else ""
    present = verb[:-3] + "e" if verb.endswith("ait") else verb  # "que commandait"
    title = RELATIVE_LEADS.get(verb) or RELATIVE_LEADS.get(present)
    if title is None or i < 2 or doc[i - 1].lower_ not in ("que", "qu'", "qu’"):
        return None
    last = i - 3 if doc[i - 2].text == "," else i - 2
    first = last
    while (
        first > 0
        and last - first < 10
        and (doc[first - 1].pos_ in _ANTECEDENT_POS or doc[first - 1].lower_ in _OF_WORDS)
    ):
        if doc[first - 1].pos_ == "DET" and doc[first - 2].lower_ not in _OF_WORDS:
            first -= 1
            break
        first -= 1
    det = doc[first].lower_
    if det not in _OF or first == last:
        return None
    title = agreeing_title(doc, name_start, title)
    rest = body[doc[first + 1].idx : doc[last].idx + len(doc[last].text)]
    return f"{title} {_OF[det]} {rest}".replace("' ", "'").replace("’ ", "’")


def presided_in_clause(doc: Doc, name_start: int, role: str | None) -> str | None:
    """ "L'association des irrigants est présidée par X", "... par un agriculteur de Saverdun,
    X": the body the passive main clause says X presides, rather than a trade set off before
    the name (a role after the name, `role`, is kept)."""
    if name_start < 3:
        return None
    by = next(
        (k for k in range(name_start - 2, max(0, name_start - 9), -1) if doc[k].lower_ == "par"),
        None,
    )
    if doc[name_start - 1].lower_ == "par":
        if role is not None:
            return None  # "L'orchestre est dirigé par X, cheffe principale de ...": hers
        by = name_start - 1  # "L'association est présidée par X."
    elif doc[name_start - 1].text != "," or by is None or doc[by + 1].lower_ not in ("un", "une"):
        return None
    if by < 2:
        return None
    if not all(t.pos_ in _NP_POS for t in doc[by + 1 : name_start - 1]):
        return None
    verb = doc[by - 1]
    title = _LEADS.get(verb.lower_)
    if title is None or verb.dep_ != "ROOT":
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj:pass" and c.i < verb.i]
    if not subjects or subjects[-1].i < 1:
        return None
    head = subjects[-1]
    article = doc[head.i - 1].lower_
    last = max(t.i for t in head.subtree)
    while last > head.i and doc[last].pos_ == "PUNCT":
        last -= 1
    if article not in _OF or last - head.i > 10:
        return None
    title = agreeing_title(doc, name_start, title)
    return f"{title} {_OF[article]} {doc[head.i : last + 1].text}".replace("' ", "'")
