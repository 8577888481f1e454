"""Who said what: direct quotations in « », “ ” or "..." and indirect speech ("X a estimé que ...").

A quotation needs a cue: a speech verb before it ("a affirmé son “soutien”"), an incise after or
inside it ("», a-t-il dit"), "selon X" / "pour X :", or being the next sentence of someone already
quoted. A short quoted phrase without such a cue ("un acteur “neutre”") is a scare quote, not a
quotation; a single quoted word needs a verb that names it ("décrit sa fille comme « ... »").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from tutor.extract.sentences import QuotedSpan, Sentence, SentenceIndex
from tutor.facts import Quote

if TYPE_CHECKING:
    from tutor.extract.people import PeopleIndex
    from tutor.extract.speakers import SpeakerResolver
    from tutor.nlp import Doc, Token

SPEECH_VERBS = frozenset(
    """
    dire déclarer affirmer expliquer indiquer estimer ajouter annoncer assurer souligner préciser
    prévenir conclure répondre demander déplorer dénoncer rappeler reconnaître considérer juger
    penser espérer regretter confier lancer poursuivre renchérir insister avertir admettre promettre
    évoquer écrire raconter répéter marteler noter observer commenter confirmer révéler signaler
    constater plaider réclamer exiger interroger réagir ironiser fustiger critiquer soutenir nier
    démentir prédire proclamer clamer martèle s'exclamer exclamer tweeter résumer détailler
    développer argumenter avancer lâcher glisser souffler témoigner relever avouer admettre
    reconnaitre féliciter réjouir inquiéter alerter mettre affirmer décrier corriger conclure
    annoncer informer expliquer
    """.split()
)
DESCRIBE_VERBS = frozenset("décrire qualifier traiter appeler surnommer présenter".split())
INDIRECT_VERBS = frozenset(
    """
    dire déclarer affirmer estimer indiquer expliquer annoncer assurer souligner préciser considérer
    juger penser reconnaître rappeler espérer craindre conclure ajouter nier démentir confirmer
    révéler prévenir avertir promettre renchérir admettre répondre soutenir prétendre constater
    noter regretter déplorer féliciter réjouir dénoncer signaler insister marteler répéter écrire
    raconter croire expliquer
    """.split()
)
_CLITICS = frozenset({"-t", "-il", "-elle", "-t-il", "-t-elle", "-ils", "-elles", "-on"})
_OBJECT_PRONOUNS = frozenset({"lui", "leur", "nous", "vous", "me", "m'", "te", "t'", "se", "s'", "l'"})
_SOURCE_INTRO = re.compile(r"^\s*(?P<cue>pour|selon|d'après|d’après)\s+(?P<who>.+?)\s*[,:]\s*$", re.I)
_CLAUSE_END = frozenset({".", ";", "!", "?"})


@dataclass
class _Found:
    quote: Quote
    sentence: int


def _lemma(token: Token) -> str:
    lemma = token.lemma_.lower()
    return lemma[3:] if lemma.startswith("se ") else lemma


_FINITE_FORMS = {
    form: form[:-1] + "er" if form.endswith("e") else lemma
    for form, lemma in (
        (f, "")
        for f in "estime affirme déclare indique explique souligne précise rappelle juge considère "
        "assure ajoute annonce pense".split()
    )
} | {"dit": "dire", "reconnaît": "reconnaître"}
"""Present forms the model mis-tags or mis-lemmatises ("le Conseil estime" -> lemma "estime")."""


def _is_speech(token: Token, lexicon: frozenset[str]) -> bool:
    """A speech verb in the active voice ("a déclaré", not "est déclarée conforme")."""
    if token.pos_ not in ("VERB", "AUX"):
        # The tagger reads "le Conseil estime" as a noun now and then.
        mistagged = token.pos_ == "NOUN" and token.lower_ in _FINITE_FORMS
        if not (mistagged and token.i > 0 and token.doc[token.i - 1].pos_ != "DET"):
            return False
    if "Pass" in token.morph.get("Voice") or any(c.dep_ == "aux:pass" for c in token.children):
        return False
    lemma = _FINITE_FORMS.get(token.lower_, _lemma(token))
    return lemma in lexicon or _lemma(token) in lexicon


def _cue_text(doc: Doc, body: str, verb: Token) -> str:
    """The verb with its auxiliaries ("a déclaré", "avait appelé") as written."""
    first = verb.i
    while first > 0 and doc[first - 1].pos_ == "AUX" and doc[first - 1].head.i == verb.i:
        first -= 1
    if first > 0 and doc[first - 1].lower_ in ("se", "s'"):
        first -= 1  # "se félicite"
    last = verb.i
    while last + 1 < len(doc) and doc[last + 1].lower_ in _CLITICS:
        last += 1
    return body[doc[first].idx : doc[last].idx + len(doc[last].text)]


def _word_count(text: str) -> int:
    return len(re.findall(r"\w+(?:[-'’]\w+)*", text))


def _same_group_names(quotes: list[Quote], people: set[str]) -> list[Quote]:
    """"le Conseil constitutionnel français" and "le Conseil constitutionnel" are one speaker:
    the shorter wording wins."""
    groups = {q.speaker for q in quotes if q.speaker not in people}
    rename = {}
    for name in groups:
        shorter = [g for g in groups if g != name and name.startswith(g + " ")]
        if shorter:
            rename[name] = min(shorter, key=len)
    return [replace(q, speaker=rename.get(q.speaker, q.speaker)) for q in quotes]


class QuoteFinder:
    """Finds the quotations of one analysed article, sentence by sentence, in reading order."""

    def __init__(
        self,
        doc: Doc,
        body: str,
        sentences: list[Sentence],
        quoted: list[QuotedSpan],
        people: PeopleIndex,
        speakers: SpeakerResolver,
    ) -> None:
        self.doc = doc
        self.body = body
        self.sentences = sentences
        self.index = SentenceIndex(sentences)
        self.outer = [q for q in quoted if not any(o.open < q.open and q.close < o.close for o in quoted)]
        self.people = people
        self.speakers = speakers
        self.roles: dict[str, str] = {}
        """Roles learnt while attributing ("Le porte-parole du collectif ..." after a quote)."""

    def find(self) -> list[Quote]:
        """Direct and indirect quotations, in text order."""
        found: list[_Found] = []
        for number, sentence in enumerate(self.sentences):
            for span in (q for q in self.outer if sentence.start <= q.open < sentence.end):
                quote = self._direct(span, number, sentence, found)
                if quote is not None:
                    found.append(_Found(quote, number))
            for quote in self._indirect(sentence, found):
                found.append(_Found(quote, number))
            self.speakers.notice(sentence.start, sentence.end)
        quotes = sorted((f.quote for f in found), key=lambda q: q.start)
        return _same_group_names(quotes, {p.name for p in self.people.people})

    def _tokens(self, start: int, end: int) -> list[Token]:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return list(span) if span is not None else []

    def _direct(
        self, span: QuotedSpan, number: int, sentence: Sentence, found: list[_Found]
    ) -> Quote | None:
        raw = self.body[span.start : span.end]
        text = raw.strip(" ,")
        if not text:
            return None
        start = span.start + raw.index(text)
        words = _word_count(text)
        attribution = self._after(span, sentence) or self._intro(span, sentence)
        if attribution is None:
            attribution = self._before(span, sentence, found, words)
        if attribution is None:
            attribution = self._continuation(span, number, sentence, found, words)
        if attribution is None:
            return None
        speaker, cue = attribution
        if speaker is None:
            return None
        return Quote(speaker, text, "direct", cue, sentence.text, start, start + len(text))

    def _after(self, span: QuotedSpan, sentence: Sentence) -> tuple[str | None, str] | None:
        """An incise after the closing mark, anywhere later in the clause: "», a-t-il dit",
        "» seront signés, a-t-il dit", "», selon le président russe Vladimir Poutine"."""
        next_open = min((q.open for q in self.outer if q.open > span.close), default=sentence.end)
        tokens = self._tokens(span.close + 1, min(sentence.end, next_open))
        for pos, tok in enumerate(tokens):
            if tok.text in _CLAUSE_END:
                return None
            if tok.lower_ in ("selon", "d'après") and pos + 1 < len(tokens):
                who = self.speakers.inverted_subject(tok.i, min(sentence.end, next_open))
                return (who, tok.text) if who else None
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
            inverted = nxt is not None and nxt.lower_ in _CLITICS
            verb = tok
            if tok.pos_ == "AUX" and not inverted:
                continue
            if tok.pos_ == "AUX" and inverted:
                # "a-t-il dit": the participle comes after the clitic.
                after = tok.i + 1
                while after < len(self.doc) and self.doc[after].lower_ in _CLITICS:
                    after += 1
                if after < len(self.doc) and self.doc[after].pos_ == "VERB":
                    verb = self.doc[after]
            elif not inverted and not (_is_speech(tok, SPEECH_VERBS) and pos <= 4):
                continue
            cue_first = tok.i
            while cue_first > 0 and self.doc[cue_first - 1].pos_ == "AUX":
                cue_first -= 1
            cue = self.body[self.doc[cue_first].idx : verb.idx + len(verb.text)]
            if inverted and verb.i == tok.i:
                last = tok.i
                while last + 1 < len(self.doc) and self.doc[last + 1].lower_ in _CLITICS:
                    last += 1
                cue = self.body[tok.idx : self.doc[last].idx + len(self.doc[last].text)]
                cue += self._de_infinitive(last)
            who = self.speakers.inverted_subject(verb.i if verb.i != tok.i else tok.i, next_open)
            if inverted:
                who = self.speakers.pronoun()
            return who, cue
        return None

    def _de_infinitive(self, clitic: int) -> str:
        """"tente-t-il de corriger": the speech verb is the infinitive after "de"."""
        doc = self.doc
        if clitic + 2 < len(doc) and doc[clitic + 1].lower_ in ("de", "d'") and doc[clitic + 2].pos_ == "VERB":
            return " " + self.body[doc[clitic + 1].idx : doc[clitic + 2].idx + len(doc[clitic + 2].text)]
        return ""

    def _intro(self, span: QuotedSpan, sentence: Sentence) -> tuple[str | None, str] | None:
        """"Pour Jérémie Zimmermann, « ... »", "Selon X : « ... »" at the head of the sentence."""
        lead = self.body[sentence.start : span.open]
        match = _SOURCE_INTRO.match(lead)
        if not match:
            return None
        who_start = sentence.start + match.start("who")
        who_text = match["who"]
        if "," in who_text:
            tail = who_text.rsplit(",", 1)[1].strip()
            if any(ch.isupper() for ch in tail):
                who_start += who_text.rindex(tail)
                who_text = tail
        tokens = self._tokens(who_start, who_start + len(who_text))
        if not tokens:
            return None
        return self.speakers.from_span(tokens[0].i, tokens[-1].i), match["cue"]

    def _before(
        self, span: QuotedSpan, sentence: Sentence, found: list[_Found], words: int
    ) -> tuple[str | None, str] | None:
        """The nearest speech verb before the quotation in its sentence, with its subject."""
        tokens = self._tokens(sentence.start, span.open)
        for distance, tok in enumerate(reversed(tokens)):
            if self.speakers.in_quote(tok.idx):
                continue
            if tok.text in _CLAUSE_END and distance > 0:
                return None
            describe = _is_speech(tok, DESCRIBE_VERBS)
            if not (describe or _is_speech(tok, SPEECH_VERBS)):
                continue
            if words == 1 and not (describe and distance <= 8):
                return None
            if words <= 3 and distance > 6 and not describe:
                return None
            return self._speaker_of(tok, sentence, found), _cue_text(self.doc, self.body, tok)
        return None

    def _speaker_of(self, verb: Token, sentence: Sentence, found: list[_Found]) -> str | None:
        """The subject of a speech verb; else the last person named before it in the sentence;
        else whoever was quoted earlier in the same sentence ("avant de poursuivre « ... »")."""
        who = self.speakers.subject_of(verb)
        if who is None:
            who = self.speakers.person_before(sentence.start, verb.idx)
        if who is None:
            same = [f for f in found if f.quote.kind == "direct" and f.quote.sentence == sentence.text]
            who = same[-1].quote.speaker if same else None
        if who is not None and who not in {p.name for p in self.people.people}:
            who = self._person_behind_role(verb, who, found) or who
        return who

    def _person_behind_role(self, verb: Token, who: str, found: list[_Found]) -> str | None:
        """"Pour Jérémie Zimmermann, « ... » Le porte-parole du collectif ... se félicite":
        a bare role right after a quoted person, who has no role yet, is that person."""
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is None or not found:
            return None
        first, last = self.speakers.noun_phrase(subject)
        if not self.speakers.role_subject(first, last):
            return None
        previous = found[-1].quote.speaker
        names = {p.name: p for p in self.people.people}
        role = who.split(" ", 1)[1] if " " in who else who
        if previous in names and names[previous].role is None:
            if self.roles.setdefault(previous, role) == role:
                return previous
        return None

    def _continuation(
        self, span: QuotedSpan, number: int, sentence: Sentence, found: list[_Found], words: int
    ) -> tuple[str | None, str] | None:
        """A quotation that is a whole sentence right after someone else's quoted words goes on
        with the same speaker."""
        if words < 4 or not found:
            return None
        fills = len(self.body[span.start : span.end].strip()) >= 0.6 * len(sentence.text)
        last = found[-1]
        if fills and last.quote.kind == "direct" and last.sentence in (number, number - 1):
            return last.quote.speaker, last.quote.cue
        return None

    def _indirect(self, sentence: Sentence, found: list[_Found]) -> list[Quote]:
        """"X a déclaré que ...", "X a dit espérer qu'...", and "Selon X, ..." without quotation marks."""
        quotes: list[Quote] = []
        tokens = self._tokens(sentence.start, sentence.end)
        for tok in tokens:
            if self.speakers.in_quote(tok.idx) or not _is_speech(tok, INDIRECT_VERBS):
                continue
            que = self._que_after(tok)
            if que is None:
                continue
            end = self._clause_end(que, sentence)
            text = self.body[que.idx : end].rstrip(" ,.;")
            if _word_count(text) < 3:
                continue
            who = self._speaker_of(tok, sentence, found)
            if who is None:
                continue
            direct = [f.quote for f in found if que.idx <= f.quote.start < que.idx + len(text)]
            if sum(len(q.text) for q in direct) >= 0.6 * len(text):
                continue
            if any(q.start == que.idx for q in quotes):
                continue
            cue = _cue_text(self.doc, self.body, tok)
            infinitive = self.doc[tok.i + 1] if tok.i + 1 < que.i else None
            if infinitive is not None and infinitive.pos_ == "VERB" and infinitive.head.i == tok.i:
                cue += " " + infinitive.text  # "a dit espérer"
            quotes.append(Quote(who, text, "indirect", cue, sentence.text, que.idx, que.idx + len(text)))
        quotes.extend(self._selon(sentence, found))
        return quotes

    def _que_after(self, verb: Token) -> Token | None:
        """The "que" that opens the reported clause, a few words after the verb at most."""
        for tok in self.doc[verb.i + 1 : verb.i + 10]:
            if tok.lower_ in ("que", "qu'"):
                return tok
            if tok.text in _CLAUSE_END or tok.text in "«»“”:" or "\n" in tok.text:
                return None
            if tok.pos_ == "VERB" and tok.head.i != verb.i:
                return None
        return None

    def _clause_end(self, que: Token, sentence: Sentence) -> int:
        """Where the reported clause stops: the end of its subtree, or of the sentence."""
        head = que.head
        end = head.right_edge.idx + len(head.right_edge.text)
        if not (que.idx < end <= sentence.end) or end - que.idx < 15:
            end = sentence.end
        for q in self.outer:
            if q.open < end <= q.close:
                end = q.close + 1  # a reported clause ends after the quotation it opens
        return end

    def _selon(self, sentence: Sentence, found: list[_Found]) -> list[Quote]:
        """"Selon X, clause." and "clause, selon X." with no quotation marks."""
        if any(f.quote.sentence == sentence.text and f.quote.kind == "direct" for f in found):
            return []
        text = sentence.text
        match = re.match(r"(?P<cue>Selon|D['’]après)\s+(?P<who>[^,]+),\s*(?P<said>.+?)[.!]?$", text)
        if match:
            who_at, said_at = match.start("who"), match.start("said")
        else:
            match = re.match(r"(?P<said>.+?),\s*(?P<cue>selon|d['’]après)\s+(?P<who>[^,]+?)[.!]?$", text)
            if not match:
                return []
            who_at, said_at = match.start("who"), match.start("said")
        tokens = self._tokens(sentence.start + who_at, sentence.start + who_at + len(match["who"]))
        if not tokens:
            return []
        who = self.speakers.from_span(tokens[0].i, tokens[-1].i)
        said = match["said"].strip()
        if who is None or _word_count(said) < 3:
            return []
        start = sentence.start + said_at
        return [Quote(who, said, "indirect", match["cue"].lower(), text, start, start + len(said))]
