"""Indirect speech: "X a estimé que ...", "X a dit espérer qu'...", "selon X, ...", "pour lui, ...".

Following the usual convention, the reported clause leaves out its "que"; quoted fragments inside
a reported clause belong to it ("a déclaré que les troupes ... étaient un « facteur ... »"), while
a clause quoted whole ("se félicite que « ... »") stays a direct quotation. "Selon X" and "pour X"
frames are read in according.py, statements closed by an incise in incise.py.
"""

from __future__ import annotations

from itertools import takewhile
from typing import TYPE_CHECKING

from tutor.extract.according import according_to
from tutor.extract.incise import closing_incise
from tutor.extract.speech import (
    BARE_INFINITIVE_VERBS,
    CLAUSE_END,
    INDIRECT_VERBS,
    INFINITIVE_VERBS,
    SPEECH_VERBS,
    WISHES,
    cue_text,
    goes_on_speaking,
    is_speech,
    lemma_of,
    may_be_speech,
    word_count,
)
from tutor.facts import Quote

if TYPE_CHECKING:
    from collections.abc import Sequence

    from tutor.extract.quotes import Found, QuoteFinder
    from tutor.extract.sentences import Sentence
    from tutor.nlp import Token

_BEFORE_INFINITIVE_WORDS = "ne n' pas plus jamais se s' le la les l' lui leur y en"
_BEFORE_INFINITIVE = frozenset(_BEFORE_INFINITIVE_WORDS.split())
_REPORTING_VERBS = INDIRECT_VERBS | INFINITIVE_VERBS | BARE_INFINITIVE_VERBS
_CONJUNCTION_HEADS = frozenset(
    {"tandis", "alors", "parce", "pendant", "bien", "sans", "avant", "après", "dès", "afin"}
    | {"ainsi", "tant", "plutôt", "sitôt"}
)
"""Words that make "que" a conjunction ("tandis que", "alors que", "parce que") or a link in a
list ("les laboratoires soutenus par l'AFM, ainsi que l'accompagnement des familles"): what
follows is the narration's, not the words of the verb before."""
_MADE_KNOWN_PAIRS = frozenset({("faire", "savoir"), ("faire", "valoir"), ("laisser", "entendre")})


def indirect_quotes(
    finder: QuoteFinder, sentence: Sentence, found: list[Found]
) -> tuple[list[Quote], list[Quote]]:
    """The indirect quotations of a sentence, and the direct ones they swallow."""
    quotes: list[Quote] = []
    swallowed: list[Quote] = []
    doc, body = finder.doc, finder.body
    direct = [f.quote for f in found if f.quote.kind == "direct"]
    for tok in finder.tokens(sentence.start, sentence.end):
        if finder.speakers.in_quote(tok.idx):
            continue
        if not may_be_speech(finder.table, tok.i):
            continue
        if not (is_speech(tok, _REPORTING_VERBS) or _made_known(tok)):
            continue
        que = _que_after(finder, tok)
        if que is None or que.i + 1 >= len(doc):
            continue
        infinitive = doc[tok.i + 1] if tok.i + 1 < que.i else None
        if infinitive is not None and not (
            infinitive.pos_ == "VERB"
            and infinitive.head.i == tok.i
            and "Inf" in infinitive.morph.get("VerbForm")
        ):
            infinitive = None
        end = _clause_end(finder, tok, que, sentence)
        parts = _parts(finder, que, end, direct)
        who = None
        for start, stop in parts:
            if infinitive is not None and start == doc[que.i + 1].idx:
                start = infinitive.idx  # "a dit espérer qu'un accord ...": the wish is the content
            text = body[start:stop].rstrip(" ,.;")
            inside = [q for q in direct if start <= q.start and q.end <= start + len(text) + 1]
            if inside and inside[0].start - start <= 2 and len(inside[0].text) >= 0.8 * len(text):
                continue  # quoted whole: the direct quotation stands
            if word_count(text) < 2 or any(q.start <= start < q.end for q in quotes):
                continue
            if _comparison(finder.tokens(start, stop)):
                continue
            who = who or finder.speaker_of(tok, sentence, found)
            if who is None:
                break
            cue = cue_text(doc, body, tok) + (
                f" {infinitive.text}" if infinitive is not None else ""
            )
            kind, start, text = _quoted_whole(start, text)
            quotes.append(Quote(who, text, kind, cue, sentence.text, start, start + len(text)))
            swallowed.extend(inside)
    if not quotes:
        quotes.extend(according_to(finder, sentence, found))
        swallowed.extend(  # "Selon elle, ... « plus anciennes que prévu »": the words are hers
            q for q in direct if any(a.start <= q.start and q.end <= a.end + 2 for a in quotes)
        )
    if not quotes:
        quotes.extend(closing_incise(finder, sentence, found))
    return quotes, swallowed


def _quoted_whole(start: int, text: str) -> tuple[str, int, str]:
    """ "a proposé de « geler les loyers »": a clause in one pair of marks is a direct
    quotation of the words inside them; else the clause is indirect."""
    inner = text[1:-1].strip()
    if text[:1] in "«“" and text[-1:] in "»”" and not any(m in inner for m in "«»“”"):
        return "direct", start + text.index(inner), inner
    return "indirect", start, text


def _made_known(verb: Token) -> bool:
    """ "a fait savoir que ...", "a fait valoir que ...", "a laissé entendre que ...": the
    pair reports speech."""
    before = verb.doc[verb.i - 1].lemma_ if verb.i > 0 else ""
    pair = (before, verb.lemma_) in _MADE_KNOWN_PAIRS
    return pair and "Inf" in verb.morph.get("VerbForm")


def _que_after(finder: QuoteFinder, verb: Token) -> Token | None:
    """The "que" that opens the reported clause, a few words after the verb at most; for a bare
    infinitive ("nie avoir reçu ..."), the word before the infinitive."""
    doc = finder.doc
    for tok in doc[verb.i + 1 : verb.i + 10]:
        if tok.lower_ in ("que", "qu'"):
            if doc[tok.i - 1].lower_ in _CONJUNCTION_HEADS:
                return None  # "ont dit oui, tandis que …": a clause of contrast, not what was said
            return None if _relative_after_object(tok, verb) else tok
        if tok.lower_ in ("de", "d'", "à") and _infinitive_after(finder, tok) is not None:
            before = doc[tok.i - 1]
            if before.lower_ in ("avant", "afin"):
                break  # "a-t-il déclaré, avant d'être interrompu": a clause of time
            if before.pos_ == "NOUN" and before.dep_ == "obj" and lemma_of(verb) != "accuser":
                # "a annoncé son intention de ...": a noun phrase, not speech; but "a accusé
                # la majorité d'avoir ...": whom the charge is laid on, then the charge
                return None
            if tok.lower_ == "à":
                if _said_to_be(verb, before):
                    return tok  # "s'est dit prêt à reprendre ..."
            elif is_speech(verb, INFINITIVE_VERBS) and not _narrated_past(verb):
                return tok  # "propose de réformer ...": "de" opens the reported content
        if tok.text in CLAUSE_END or tok.text in "«»“”:" or "\n" in tok.text:
            break
        # "affirme dans un rapport publié lundi que": a participle of a noun goes on
        on_a_noun = tok.dep_.startswith("acl") and "Part" in tok.morph.get("VerbForm")
        if tok.pos_ == "VERB" and tok.head.i != verb.i and not on_a_noun:
            break
    return _bare_infinitive(verb)


def _relative_after_object(que: Token, verb: Token) -> bool:
    """ "a demandé une contre-expertise, que la cour a refusée": a verb that has its object
    already reports no clause; "que" set after that object (and a comma) is its relative
    pronoun ("affirme dans un rapport publié lundi que" goes on)."""
    doc = que.doc
    before = doc[que.i - 1]
    if before.text == "," and que.i > 1:
        before = doc[que.i - 2]
    relative = que.pos_ == "PRON" or que.dep_ == "obj" or que.head.dep_ == "acl:relcl"
    if not relative or before.pos_ != "NOUN":
        return False
    if before.dep_ == "obj" and before.head.i == verb.i:
        return True
    # "constatant l'échec des négociations qu'il menait": the verb's object, then a noun of
    # its complement that the relative clause is about
    has_object = any(t.dep_ == "obj" and t.head.i == verb.i for t in doc[verb.i + 1 : que.i])
    return has_object and doc[que.i - 1].pos_ == "NOUN"


def _narrated_past(verb: Token) -> bool:
    """ "lorsque Vladimir Poutine avait promis d'aider ...": a promise in a clause of time or
    cause is the background of the story, not speech the article reports."""
    return lemma_of(verb) == "promettre" and any(
        c.dep_ == "mark" and c.pos_ == "SCONJ" for c in verb.children
    )


def _comparison(clause: list[Token]) -> bool:
    """ "a répété la même ligne de défense qu'au cours de l'instruction": a "que" of comparison
    before a phrase with no verb opens no reported clause."""
    return (
        bool(clause)
        and clause[0].pos_ == "ADP"
        and not any(t.pos_ in ("VERB", "AUX") for t in clause)
    )


def _said_to_be(verb: Token, adjective: Token) -> bool:
    """ "se dit prêt à", "s'est dite déterminée à": "se dire" and an adjective."""
    before = verb.doc[verb.i - 1].lower_ if verb.i > 0 else ""
    reflexive = before in ("se", "s'") or any(c.lower_ in ("se", "s'") for c in verb.children)
    return verb.lemma_ == "dire" and reflexive and adjective.pos_ in ("ADJ", "VERB")


def _bare_infinitive(verb: Token) -> Token | None:
    """ "nie avoir reçu de l'argent", "dit l'avoir vu": the verb itself stands for the "que"."""
    if not is_speech(verb, BARE_INFINITIVE_VERBS):
        return None
    doc = verb.doc
    for tok in doc[verb.i + 1 : verb.i + 5]:
        if "Inf" in tok.morph.get("VerbForm") and tok.pos_ in ("VERB", "AUX"):
            if tok.lemma_ in WISHES or tok.i + 1 >= len(doc):
                return None
            if doc[tok.i + 1].lower_ in ("que", "qu'"):
                return None  # "dit espérer que": the "que" was the one to take
            return verb  # the reported content starts right after the verb
        if tok.lower_ not in _BEFORE_INFINITIVE:
            return None
    return None


def _infinitive_after(finder: QuoteFinder, de: Token) -> Token | None:
    """The infinitive a "de" opens, past negation, clitics and an opening mark ("de ne pas
    suivre", "de s'inspirer", "de « soigner » leurs études")."""
    for tok in finder.doc[de.i + 1 : de.i + 5]:
        if "Inf" in tok.morph.get("VerbForm"):
            return tok
        if tok.lower_ not in _BEFORE_INFINITIVE and tok.text not in '«“"':
            return None
    return None


def _clause_end(finder: QuoteFinder, verb: Token, que: Token, sentence: Sentence) -> int:
    """The reported clause runs to the end of the sentence, unless the speaker's own next verb
    comes first ("a déclaré hier que ... et a exprimé des inquiétudes")."""
    end = sentence.end
    # "Les associations, qui estiment que …, demandent …": ends before the antecedent's verb
    governing = verb.head.head if verb.dep_ == "acl:relcl" else None
    for tok in finder.doc[que.i + 1 :]:
        if tok.idx >= sentence.end:
            break
        if finder.speakers.in_quote(tok.idx):
            continue
        if governing is not None and tok.i == governing.i and tok.i > que.i + 2:
            end = finder.doc[tok.i - 1].idx if finder.doc[tok.i - 1].text == "," else tok.idx
            break
        if tok.text == ";" or (tok.text == "," and tok.i > que.i + 2 and _own_adjunct(tok)):
            end = tok.idx
            break
        if tok.text == ":" and _explained_after_quote(finder, verb, tok, sentence):
            end = tok.idx  # "qu'il « connaissait l'état de la cuve » : un rapport avait ..."
            break
        if tok.i > que.i + 2 and _speaker_goes_on(tok):
            end = tok.idx  # "a précisé que « ... » en ajoutant : « ... »"
            break
        # a capitalised "verb" mid-sentence is a foreign name the parser misread
        # ("et les reclassements", a noun the parse joins to the verb, is the object's)
        own_next = tok.dep_ == "conj" and tok.head.i == verb.i and not tok.text[:1].isupper()
        own_next = own_next and tok.pos_ in ("VERB", "AUX")
        if tok.i > que.i + 2 and (own_next or _same_tense_predicate(finder, verb, tok)):
            first = tok.i
            while first > que.i and finder.doc[first - 1].pos_ in ("AUX", "CCONJ", "ADV", "PUNCT"):
                first -= 1
            end = finder.doc[first].idx
            break
    for q in finder.outer:
        if q.open < end <= q.close:
            end = q.close + 1
    return _before_trailing_aside(finder, que, end)


def _explained_after_quote(
    finder: QuoteFinder, verb: Token, colon: Token, sentence: Sentence
) -> bool:
    """ "Les juges ont estimé qu'il « connaissait l'état de la cuve » : un rapport interne
    avait signalé ...": after words reported in the past and quoted, a colon and a clause of
    its own are the writer's account of the facts. After a verb in the present ("Le maire
    assure que la mairie n'a « rien décidé » : la commune s'est contentée de ...") the speaker
    is still explaining."""
    doc = colon.doc
    if colon.i == 0 or doc[colon.i - 1].text not in ("»", "”"):
        return False
    if not _told_in_the_past(verb):
        return False
    return any(
        "Fin" in t.morph.get("VerbForm") and not finder.speakers.in_quote(t.idx)
        for t in finder.tokens(colon.idx + 1, sentence.end)
    )


def _told_in_the_past(verb: Token) -> bool:
    """ "ont estimé", "estimaient", "estima": a speech verb in a past tense."""
    if "Part" in verb.morph.get("VerbForm"):
        return any(c.dep_.startswith("aux") for c in verb.children)
    return bool({"Imp", "Past"} & set(verb.morph.get("Tense")))


def _own_adjunct(comma: Token) -> bool:
    """ "a affirmé que ..., avant de quitter la salle", "..., tout en défendant son bilan",
    "..., ajoutant que ...": after a comma, what the speaker did next, not the reported words."""
    doc = comma.doc
    words = [t.lower_ for t in doc[comma.i + 1 : comma.i + 3]]
    if words in (["avant", "de"], ["avant", "d'"], ["tout", "en"], ["après", "avoir"]):
        return True
    if comma.i + 1 < len(doc) and _speaker_goes_on(doc[comma.i + 1]):
        return True  # "..., en ajoutant que ..."
    if words[:1] == ["sans"] and _withheld(doc[comma.i + 2 : comma.i + 4]):
        return True  # "..., sans préciser dans quelle proportion": what the speaker left out
    nxt = doc[comma.i + 1] if comma.i + 1 < len(doc) else None
    if nxt is None or nxt.pos_ != "VERB" or "Part" not in nxt.morph.get("VerbForm"):
        return False
    return "Pres" in nxt.morph.get("Tense") and lemma_of(nxt) in SPEECH_VERBS


def _speaker_goes_on(word: Token) -> bool:
    """ "» en ajoutant : « ... »", "» tout en précisant que", "avant d'ajouter que": from
    `word` on, the speaker's next remark (speech.goes_on_speaking), not the reported clause."""
    doc = word.doc
    at = word.i + 1 if word.lower_ in ("tout", "avant") else word.i
    opener = ("de", "d'", "d’") if word.lower_ == "avant" else ("en",)
    return at + 1 < len(doc) and doc[at].lower_ in opener and goes_on_speaking(doc[at + 1])


_WITHHELD_VERBS = frozenset({"donner", "fournir", "citer", "chiffrer", "avancer", "nommer"})


def _withheld(tokens: Sequence[Token]) -> bool:
    """ "sans préciser", "sans toutefois donner de date": an infinitive of saying after
    "sans" tells what the speaker did not say."""
    for tok in tokens:
        if tok.pos_ == "ADV":
            continue
        lemma = lemma_of(tok)
        infinitive = "Inf" in tok.morph.get("VerbForm")
        return infinitive and (lemma in SPEECH_VERBS or lemma in _WITHHELD_VERBS)
    return False


def _before_trailing_aside(finder: QuoteFinder, que: Token, end: int) -> int:
    """ "propose de s'inspirer ... de l'Independent Parliamentary Standards Authority, créée en
    2009 pour contrôler ...": a participle clause that closes the sentence on a name explains
    the name for the reader; it is the article's aside, not the reported words."""
    doc = finder.doc
    # up to `end` only: the rest of the article is not read for every reported clause
    tokens = list(takewhile(lambda t: t.idx < end, doc[que.i + 1 :]))
    while tokens and tokens[-1].pos_ == "PUNCT":
        tokens.pop()
    if not tokens:
        return end
    last = tokens[-1].i
    for tok in tokens[1:]:
        if doc[tok.i - 1].text != "," or finder.speakers.in_quote(tok.idx):
            continue
        participle = tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm")
        on_a_name = tok.dep_ == "acl" and doc[tok.i - 2].text[:1].isupper()
        rest = doc[tok.i + 1 : last + 1]
        # to the end of the sentence, with no comma or finite verb that would resume the clause
        alone = not any(t.text == "," or "Fin" in t.morph.get("VerbForm") for t in rest)
        if participle and on_a_name and alone:
            return doc[tok.i - 1].idx
    return end


def _same_tense_predicate(finder: QuoteFinder, verb: Token, tok: Token) -> bool:
    """ "a déclaré hier que ... et a exprimé des inquiétudes": "et" + the speaker's auxiliary
    starts the speaker's next predicate, not more of the reported clause."""
    doc = finder.doc
    if tok.lower_ not in ("et", "mais") or tok.i + 3 >= len(doc):
        return False
    # "..., mais il a salué": the speaker's pronoun may come back before the auxiliary
    at = tok.i + 2 if doc[tok.i + 1].lower_ in ("il", "elle", "ils", "elles") else tok.i + 1
    aux, participle = doc[at], doc[at + 1]
    own_aux = [c.lower_ for c in verb.children if c.pos_ == "AUX"]
    return (
        bool(own_aux)
        and aux.lower_ in own_aux
        and participle.pos_ == "VERB"
        and "Part" in participle.morph.get("VerbForm")
    )


def _parts(finder: QuoteFinder, que: Token, end: int, direct: list[Quote]) -> list[tuple[int, int]]:
    """One reported clause, or two when the first is quoted whole and "et que" adds another."""
    doc = finder.doc
    start = doc[que.i + 1].idx
    for tok in doc[que.i + 1 :]:
        if tok.idx >= end:
            break
        if (
            tok.lower_ in ("que", "qu'")
            and doc[tok.i - 1].lower_ == "et"
            and not finder.speakers.in_quote(tok.idx)
        ):
            first = (start, doc[tok.i - 1].idx)
            text = finder.body[first[0] : first[1]].strip(" ,")
            whole = any(
                first[0] <= q.start <= first[0] + 2 and len(q.text) >= 0.8 * len(text)
                for q in direct
            )
            if whole:
                return [first, (doc[tok.i + 1].idx, end)]
            break
    return [(start, end)]
