"""Who said what: direct quotations in « », “ ” or "..." and indirect speech ("X a estimé que ...").

A quotation needs a cue: a speech verb before it ("a affirmé son “soutien”"), an incise after or
inside it ("», a-t-il dit"), "selon X" / "pour X :", or being the next sentence of someone already
quoted. A short quoted phrase without such a cue ("un acteur “neutre”") is a scare quote, not a
quotation; a single quoted word needs a verb that names it ("décrit sa fille comme « ... »").
Quotations side by side with no narration between them are the turns of an exchange
(exchange.py). The incise after a closing mark is read in after_quote.py, the subject of a speech
verb in subjects.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from tutor.extract.acronym_bodies import acronym_speakers
from tutor.extract.after_quote import incise_after
from tutor.extract.claim_lines import lone_lines, series_line_speaker, signed_line_speaker
from tutor.extract.colon_lead import colon_clause_before, colon_clause_speaker
from tutor.extract.continuation import continuation
from tutor.extract.death_report import announcer, reports_death
from tutor.extract.dialogue import Turn, turn_at, turn_quotes
from tutor.extract.exchange import exchange_turns
from tutor.extract.incise import split_by_incise, split_quotation
from tutor.extract.indirect import indirect_quotes
from tutor.extract.lead_quote import lead_quote_speaker
from tutor.extract.quoted_names import in_passing, lists_labels, names_a_charge, names_its_noun
from tutor.extract.sentences import QuotedSpan, Sentence, SentenceIndex
from tutor.extract.source_intro import intro_speaker
from tutor.extract.speaker_descriptions import one_wording_per_group
from tutor.extract.speech import (
    CLAUSE_END,
    DESCRIBE_VERBS,
    LOOSE_SPEECH_VERBS,
    NICKNAMING_VERBS,
    SPEECH_VERBS,
    between_only_place,
    cue_text,
    finds_it_so,
    is_bare_participle,
    is_naming_dit,
    is_passive_speech,
    is_speech,
    judged_by,
    lemma_of,
    makes_known,
    may_be_speech,
    word_count,
)
from tutor.extract.tokens import TokenTable
from tutor.facts import Quote

if TYPE_CHECKING:
    from tutor.extract.people import PeopleIndex
    from tutor.extract.speakers import SpeakerResolver
    from tutor.nlp import Doc, Token


def _reach(words: int) -> int:
    """How many tokens back a verb may stand from a quotation it did not introduce and still
    be the quoted person's: a short phrase belongs to the verb right before it, a whole quoted
    clause ("même si « certains objecteront que ... »") to the sentence's subject."""
    return 8 if words < 3 else 20 if words < 6 else 40


def _apposed_participle(verb: Token) -> bool:
    """ "Tourné avec un budget « de poche », il sortira en mars": a past participle with no
    auxiliary opens a clause about its subject (here a film); whoever "il" is, he does not
    speak in it."""
    return (
        verb.dep_ in ("advcl", "acl")
        and "Part" in verb.morph.get("VerbForm")
        and "Past" in verb.morph.get("Tense")
        and not any(c.pos_ == "AUX" for c in verb.children)
    )


def _qualifying_clause(rest: Sequence[Token]) -> bool:
    """ "Un diplomate qui a assisté aux discussions décrit", "un père venu de Saint-Nazaire
    raconte": a relative or participle clause with no comma between the subject's noun and its
    verb says which one it is."""
    if not rest or any(t.text in (",", ";", ":") or t.lower_ in ("que", "qu'") for t in rest):
        return False
    participle = rest[0].pos_ == "VERB" and "Part" in rest[0].morph.get("VerbForm")
    return rest[0].lower_ == "qui" or participle


@dataclass
class Found:
    quote: Quote
    sentence: int


def _title_like(quoted: str) -> bool:
    """A few words with a capital and no sentence in them ("La Fille du môle"): after a verb
    that is no speech verb, the title of a work."""
    text = quoted.strip(" ,")
    short = 0 < word_count(text) <= 6 and not any(p in text for p in ".!?;:")
    return short and text[:1].isupper()


_APPOINTING = frozenset({"désigner", "choisir", "élire", "recruter", "embaucher", "promouvoir"})
"""With `NICKNAMING_VERBS`: verbs whose quoted object is whom or what they name or appoint ("que le
roi nomme « un ou deux médiateurs »"), not words their subject said."""


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
        tokens: TokenTable | None = None,
    ) -> None:
        self.doc = doc
        self.body = body
        self.sentences = sentences
        self.index = SentenceIndex(sentences)
        self.outer = [
            q for q in quoted if not any(o.open < q.open and q.close < o.close for o in quoted)
        ]
        self.people = people
        self.speakers = speakers
        self._tokens: dict[tuple[int, int], list[Token]] = {}
        self._all = list(doc)  # one Token object per token, sliced for every range asked
        self.table = TokenTable(doc) if tokens is None else tokens

    @cached_property
    def lone_lines(self) -> list[QuotedSpan]:
        """The quotations that make a paragraph each (`claim_lines.lone_lines`), found once:
        asked for every quotation, they were read again over the whole article each time."""
        return lone_lines(self.body, self.outer)

    def find(self) -> list[Quote]:
        """Direct and indirect quotations, in text order."""
        found: list[Found] = []
        turn: Turn | None = None
        for number, sentence in enumerate(self.sentences):
            self._notice_lead(sentence)
            turn = turn_at(self, sentence, turn)  # "— Trois heures, répond-elle": hers
            spans = [q for q in self.outer if sentence.start <= q.open < sentence.end]
            for span in [] if turn else spans:
                for quote in self._direct(span, number, sentence, found):
                    found.append(Found(quote, number))
                    self._focus(quote)
            if turn:
                said, embedded = turn_quotes(turn, sentence), []
            else:
                said, embedded = indirect_quotes(self, sentence, found)
            found[:] = [f for f in found if f.quote not in embedded]
            found.extend(Found(quote, number) for quote in said)
            for quote in said:
                self._focus(quote)
            self.speakers.notice(
                sentence.start, sentence.end, self.tokens(sentence.start, sentence.end)
            )
        quotes = [f.quote for f in found]
        quotes = sorted(quotes + exchange_turns(self, quotes), key=lambda q: q.start)
        people = {p.name for p in self.people.people}
        return acronym_speakers(one_wording_per_group(quotes, people), people, self.body)

    def _notice_lead(self, sentence: Sentence) -> None:
        """ "Le docteur Lucas Perrin … s'est laissé convaincre. « … », explique-t-il": a whole
        narrated sentence that the splitter kept with the quotation after it puts its subject
        in focus before the quotation's "il" is read; so does a lead that ends with a colon
        ("Un argument balayé par la présidente : « … », a-t-elle rappelé")."""
        first = next((q.open for q in self.outer if sentence.start <= q.open < sentence.end), None)
        if first is None:
            return
        lead = self.body[sentence.start : first].rstrip()
        if not lead.endswith((".", "!", "?", ":")) or word_count(lead) < 3:
            return
        end = sentence.start + len(lead)
        self.speakers.notice(sentence.start, end, self.tokens(sentence.start, end))

    def _focus(self, quote: Quote) -> None:
        """Whoever was just quoted is who "il" or "elle" means next, unless a new subject comes:
        no longer the club or the ministry made subject a sentence before."""
        if quote.speaker in {p.name for p in self.people.people}:
            self.speakers.focus_on(quote.speaker)
        else:
            self.speakers.focus_on_source(quote.speaker)

    def tokens(self, start: int, end: int) -> list[Token]:
        """The tokens between two offsets (widened to whole tokens); the same list each time
        for the same offsets, as every rule asks for the sentence's. Not to be changed."""
        key = (start, end)
        if end <= start:
            return []  # a quotation that runs past its sentence leaves nothing after it there
        if key not in self._tokens:
            span = self.doc.char_span(start, end, alignment_mode="expand")
            self._tokens[key] = self._all[span.start : span.end] if span is not None else []
        return self._tokens[key]

    def _direct(
        self, span: QuotedSpan, number: int, sentence: Sentence, found: list[Found]
    ) -> list[Quote]:
        raw = self.body[span.start : span.end]
        text = raw.strip(" ,")
        if not text:
            return []
        start = span.start + raw.index(text)
        if names_its_noun(self.doc, self.body, span):
            return []  # "son film « Les Oubliés »": a name
        if names_a_charge(self.body, span) or in_passing(self.body, span):
            return []  # "une enquête pour « mise en danger … »", "pour « activer » le chèque"
        if lists_labels(self.body, self.outer, span):
            return []  # "quatre niveaux : « insuffisant », « fragile » et « très bon »"
        split = split_by_incise(self.doc, self.body, start, start + len(text))
        if split is not None:
            return split_quotation(self, split, start, start + len(text), sentence)
        words = word_count(text)
        for attribution in (
            incise_after(self, span, sentence),
            intro_speaker(self, span, sentence),
            self._before(span, sentence, found, words),
            colon_clause_speaker(self, span, sentence),
            colon_clause_before(self, span, sentence),
            self._lead(span, number),
            signed_line_speaker(self, span),
            series_line_speaker(self, span, found),
            continuation(self, span, number, sentence, found, words),
        ):
            if attribution is not None and attribution[0] is not None:
                speaker, cue = attribution
                return [
                    Quote(speaker, text, "direct", cue, sentence.text, start, start + len(text))
                ]
        return []

    def _before(
        self, span: QuotedSpan, sentence: Sentence, found: list[Found], words: int
    ) -> tuple[str | None, str] | None:
        """The nearest speech verb before the quotation in its sentence, with its subject; or,
        for a quotation of two words or more, any verb whose subject is a named person
        ("veut « lever toute suspicion »")."""
        tokens = self.tokens(sentence.start, span.open)
        series = words == 1 and self._series_follows(span, sentence)
        reach = _reach(3 if series else words)  # the series is read as one quotation
        fallback: list[Token] = []
        narrated = [t for t in reversed(tokens) if not self.speakers.in_quote(t.idx)]
        for distance, tok in enumerate(narrated):
            if tok.text in CLAUSE_END and distance > 0:
                break
            if is_passive_speech(tok):
                agent = self._agent(tok, sentence)
                if agent is not None:
                    return agent, cue_text(self.doc, self.body, tok)
                continue
            if tok.pos_ == "ADJ" and distance <= 3 and judged_by(tok) is not None:
                # "une prime jugée « insultante » par les syndicats"
                return self.speakers.subject_of(tok), cue_text(self.doc, self.body, tok)
            if is_naming_dit(tok) and distance <= 2:
                return None  # "une salle dite « des colonies »": a name, not words said
            verb = may_be_speech(self.table, tok.i) and not is_bare_participle(tok)
            describe = verb and is_speech(tok, DESCRIBE_VERBS)
            if describe and lemma_of(tok) in NICKNAMING_VERBS and distance <= 8:
                return None  # "a surnommé la série « la belle »": a nickname, not words said
            speech = verb and (is_speech(tok, SPEECH_VERBS) or makes_known(tok))
            between = narrated[:distance]
            words_between = any(t.pos_ != "PUNCT" for t in between)
            loose = lemma_of(tok) in LOOSE_SPEECH_VERBS and not between_only_place(between, tok)
            if speech and words_between and loose:
                speech = False  # "a lancé un « plan vélo »": launched, not said
            if not (describe or speech) and finds_it_so(tok, self.tokens(span.start, span.end)):
                return self.speaker_of(tok, sentence, found), cue_text(self.doc, self.body, tok)
            if not (describe or speech):
                # "Denis Royer est catégorique : « ... »": the adjective holds the subject
                predicate = tok.pos_ in ("ADJ", "NOUN") and any(
                    c.dep_ == "cop" for c in tok.children
                )
                verbal = tok.pos_ in ("VERB", "AUX") or predicate
                acts = lemma_of(tok) in NICKNAMING_VERBS or lemma_of(tok) in _APPOINTING
                if verbal and distance <= reach and not _apposed_participle(tok) and not acts:
                    fallback.append(tok)
                continue
            complement = self._complement_of(span, tok)
            if words == 1 and distance > (8 if describe else 5) and not complement:
                return None
            if words <= 3 and distance > 8 and not describe:
                return None
            return self.speaker_of(tok, sentence, found), cue_text(self.doc, self.body, tok)
        if _title_like(self.body[span.start : span.end]):
            return None  # "qui avait repris « La Fille du môle »": a title, not words said
        for verb in fallback if words >= 2 or series else []:
            if reports_death(verb):  # "Elle s'est éteinte « paisiblement »": not her words
                number = self.index.index_at(sentence.start)
                source = announcer([(f.sentence, f.quote) for f in found], number)
                if source is not None:
                    return source.speaker, source.cue
                continue
            who = self.speakers.subject_of(verb)
            if who is None and verb.pos_ == "AUX" and verb.head.i > verb.i:
                who = self.speakers.subject_of(verb.head)  # "X n'est « pas surpris »"
            # A person, or a named source standing for one ("Bruxelles a salué ... « ... »").
            named = who is not None and who[0].isupper()
            if who in {p.name for p in self.people.people} or named:
                return who, cue_text(self.doc, self.body, verb)
        return None

    def _complement_of(self, span: QuotedSpan, verb: Token) -> bool:
        """ "jugeaient la situation financière des deux hôpitaux « préoccupante »": a quoted
        word the parser makes the verb's own complement is the verb's, however far."""
        words = self.tokens(span.start, span.end)
        return len(words) == 1 and words[0].head.i == verb.i and words[0].dep_ == "xcomp"

    def _series_follows(self, span: QuotedSpan, sentence: Sentence) -> bool:
        """ "un signe de « détermination » des Grecs à « respecter leurs engagements »": a quoted
        word followed closely by a longer quotation is the first of a series from one source."""
        later = [q for q in self.outer if span.close < q.open < sentence.end]
        if not later:
            return False
        following = later[0]
        gap = self.body[span.close + 1 : following.open]
        return len(gap) <= 40 and word_count(self.body[following.start : following.end]) >= 2

    def _agent(self, verb: Token, sentence: Sentence) -> str | None:
        """Who a passive speech verb names with "par": in its sentence ("est dénoncée par des
        associations") or, for "Elle est accusée de « ... »", in the sentence before."""
        number = self.index.index_at(sentence.start)
        for scope in (sentence, self.sentences[number - 1] if number > 0 else None):
            if scope is None:
                return None
            tokens = self.tokens(scope.start, scope.end)
            passive = [t for t in tokens if is_passive_speech(t)]
            for tok in tokens:
                if tok.lower_ == "par" and passive and tok.i > passive[0].i:
                    last = tok.i + 1
                    while last + 1 < len(self.doc) and self.doc[last + 1].text not in ",.;:«»“”":
                        last += 1
                    return self.speakers.from_span(tok.i + 1, last)
        return None

    def speaker_of(self, verb: Token, sentence: Sentence, found: list[Found]) -> str | None:
        """The subject of a speech verb; else the last person named before it in the sentence;
        else whoever was quoted earlier in the same sentence ("avant de poursuivre « ... »")."""
        who = self.speakers.subject_of(verb)
        if who is None and "Part" in verb.morph.get("VerbForm"):
            who = self._subject_of_auxiliary(verb)
        if who is None and verb.pos_ == "NOUN":
            who = self.speakers.noun_phrase_before(verb)  # "une directive demande" mis-tagged
        if who is None:
            who = self.speakers.person_before(sentence.start, verb.idx)
        if who is None:
            who = self._opening_subject(sentence, verb)
        if who is None:
            same = [
                f for f in found if f.quote.kind == "direct" and f.quote.sentence == sentence.text
            ]
            who = same[-1].quote.speaker if same else None
        return who

    def _opening_subject(self, sentence: Sentence, verb: Token) -> str | None:
        """ "Tokyo a jugé que ...", "Un agent, qui a requis l'anonymat, raconte que ...": when
        the parser loses the subject, the noun phrase that opens the sentence, if only
        auxiliaries, adverbs or a clause between commas stand between it and the verb."""
        tokens = self.tokens(sentence.start, verb.idx)
        commas = [n for n, t in enumerate(tokens[:8]) if t.text == ","]
        if tokens and tokens[0].pos_ in ("ADP", "ADV") and commas:
            tokens = tokens[commas[0] + 1 :]  # "À côté d'elle, un père ... raconte"
        if not tokens or tokens[0].pos_ not in ("DET", "PROPN", "NOUN"):
            return None
        head = next((t for t in tokens[:3] if t.pos_ in ("NOUN", "PROPN")), None)
        if head is None or self.speakers.in_quote(head.idx):
            return None
        first, last = self.speakers.noun_phrase(head)
        rest = self.doc[last + 1 : verb.i]
        enclosed = len(rest) > 1 and rest[0].text == "," and rest[-1].text == ","
        # "Tokyo a fait savoir que": "fait" belongs to the speech verb
        if (
            not enclosed
            and not _qualifying_clause(rest)
            and any(t.pos_ not in ("AUX", "ADV") and t.lemma_ != "faire" for t in rest)
        ):
            return None
        return self.speakers.describe(first, last)

    def _subject_of_auxiliary(self, participle: Token) -> str | None:
        """ "Libération a, jeudi 9 mars, présenté ...": with words between them, the parser
        hangs the subject on the auxiliary, or makes the participle a clause of its own."""
        for at in range(participle.i - 1, max(participle.i - 12, -1), -1):
            tok = self.doc[at]
            if tok.text in CLAUSE_END:
                return None
            if tok.lemma_ in ("avoir", "être") and tok.pos_ in ("AUX", "VERB"):
                return self.speakers.subject_of(tok)
        return None

    def _lead(self, span: QuotedSpan, number: int) -> tuple[str | None, str] | None:
        """ "« ... » Ainsi s'exprime X": the person the next sentence names."""
        args = (self.body, span, self.sentences, number, self.people, self.speakers)
        speaker = lead_quote_speaker(*args)
        return (speaker, "") if speaker else None
