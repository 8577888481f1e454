"""Who a subject, a pronoun or a "selon X" names: a person's full name or a group's description.

"il", "-t-il" and "elle" go to the person the narration last made the subject of a clause (names
inside quotations do not count: "Marine est née..." in Le Pen's mouth does not make her speak).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from tutor.extract.floor import Speaker, floor_handed, last_agreeing
from tutor.extract.focus_handover import met_by_the_writer, resumed_subject
from tutor.extract.genders import ONE_PERSON, noun_gender, people_genders
from tutor.extract.lexicon import INSTITUTIONS
from tutor.extract.narrated_subjects import (
    EPITHET_NOUNS,
    agent_of_passive,
    agent_of_verbless,
    subject_before_aside,
)
from tutor.extract.noun_phrases import noun_phrase_range
from tutor.extract.pair_ordinals import pair_member
from tutor.extract.people import PeopleIndex
from tutor.extract.plural_focus import (
    PLURAL_PRONOUNS,
    one_of_group,
    plural_referent,
    plural_source,
    plural_subject,
)
from tutor.extract.referents import framing_source, latter_named, latter_subject
from tutor.extract.role_kin import role_gender
from tutor.extract.role_words import is_role_noun
from tutor.extract.speaker_descriptions import describe, role_holder
from tutor.extract.subjects import PRONOUNS, SUBJECT_DEPS, in_main_clause, subject_of

if TYPE_CHECKING:
    from tutor.extract.sentences import QuotedSpan
    from tutor.nlp import Doc, Span, Token

_FRAMES = re.compile(r"^(pour|selon|d'après)$")
_CONCERNED = {"intéressé": "Masc", "intéressée": "Fem"}
"""The epithet for the person the story is about ("le principal intéressé", "l'intéressée")."""
_PREPOSITIONS = frozenset({"de", "d'", "du", "des", "à", "au", "aux", "par", "avec", "pour", "sur"})


class SpeakerResolver:
    """Turns the words that name a speaker into the speaker's canonical name or description."""

    def __init__(self, doc: Doc, body: str, people: PeopleIndex, quoted: list[QuotedSpan]) -> None:
        self.doc = doc
        self.body = body
        self.people = people
        self.quoted = [(q.open, q.close) for q in quoted]
        # asked for nearly every token: one flag per character instead of a scan of the marks
        self._quoted_chars = bytearray(len(body) + 1)
        for o, c in self.quoted:
            if c > o + 1:
                self._quoted_chars[o + 1 : c] = b"\x01" * (c - o - 1)
        self.salient: str | None = None
        self.thing: tuple[str, str] | None = None
        """An institution in focus ("le nouveau gouvernement") and its grammatical gender."""
        self.learnt_roles: dict[str, str] = {}
        """Roles met as bare descriptions of a person ("Le porte-parole du collectif ...")."""
        self.orgs = [e for e in doc.ents if e.label_ in ("ORG", "MISC", "LOC")]
        self.genders = people_genders(doc, people)
        self.group: tuple[str, str] | None = None
        """A group made subject or just quoted, and its gender: whom "ils" means."""
        self.recent: list[str] = []
        """The people the narration has named so far, in order."""
        self.floor: list[Speaker] = []
        """Who handed over the floor in the sentence just read, and who got it (floor.py)."""

    def in_quote(self, offset: int) -> bool:
        """Whether a character lies between quotation marks."""
        return 0 <= offset < len(self._quoted_chars) and self._quoted_chars[offset] == 1

    def notice(
        self, sentence_start: int, sentence_end: int, tokens: Sequence[Token] | None = None
    ) -> None:
        """Remember the person the narration makes the subject of this sentence, for "il" later
        (else the first person named, not after a preposition: the parser misses the subject
        of "La candidate ..., Marine Le Pen, était à Lyon"). `tokens`: the sentence's, if known."""
        first = None
        if tokens is None:
            span = self.doc.char_span(sentence_start, sentence_end, alignment_mode="expand")
            tokens = list(span) if span is not None else []
        narrated = [t for t in tokens if not self.in_quote(t.idx)]
        self.floor = floor_handed(self, narrated)
        group = plural_subject(narrated, lambda t: self.describe(*self.noun_phrase(t)))
        self.group = group or self.group
        pronoun_subject = any(
            t.lower_ in PRONOUNS and t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ROOT"
            for t in narrated
        )
        first_verb = next((t.idx for t in narrated if t.pos_ in ("VERB", "AUX")), sentence_end)
        framed = narrated[1].idx if len(narrated) > 1 and _FRAMES.match(narrated[0].lower_) else -1
        mentions = self.people.mentions_in(sentence_start, sentence_end)
        self.recent += [self.people.name_of(m) for m in mentions if not self.in_quote(m.start)]
        if met := met_by_the_writer(self, mentions, narrated):
            return self.focus_on(met)
        for mention in mentions:
            if self.in_quote(mention.start):
                continue
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and (self._is_subject(span) or agent_of_passive(span.root)):
                self.focus_on(self.people.name_of(mention))
                return
            early = mention.start < first_verb
            plain = not self.after_preposition(mention.start) or mention.start == framed
            if first is None and early and plain:
                first = self.people.name_of(mention)
        latter = latter_subject(self, narrated) if first is None else None
        if latter is not None and latter in self.genders:
            self.focus_on(latter)  # "Cette dernière lui a remis ..."
            return
        if first is None and (source := framing_source(self, narrated)) is not None:
            self.thing = source  # "Pour un magistrat honoraire …, le tribunal a rappelé …"
            return
        if first is not None and not pronoun_subject:
            # "Il renchérit que ... Marine Le Pen ...": with "il" as subject, he stays in focus;
            # "Pour Philippe Poutou, ..." puts Poutou in focus.
            self.focus_on(first)
            return
        if not pronoun_subject and not self._notice_role(narrated):
            self._notice_institution(narrated)

    def _notice_role(self, narrated: list[Token]) -> bool:
        """ "La candidate de Lutte ouvrière voudrait ...": a bare role as subject is a person."""
        for tok in narrated:
            if tok.dep_ in SUBJECT_DEPS and tok.lower_ in _CONCERNED:
                who = self._most_named(tok.idx, _CONCERNED[tok.lower_])
                if who is not None:
                    self.focus_on(who)  # "Le principal intéressé, lui, refuse ..."
                    return True
            main_subject = tok.dep_ in SUBJECT_DEPS and in_main_clause(tok.head)
            if main_subject and tok.pos_ == "NOUN" and tok.lower_ in EPITHET_NOUNS:
                who = self.describe(*self.noun_phrase(tok))
                if who in {p.name for p in self.people.people}:
                    self.focus_on(who)  # type: ignore[arg-type]
                    return True  # "Depuis samedi, la jeune femme n'est plus ...": Léa
            if (
                main_subject or agent_of_verbless(tok) or subject_before_aside(tok)
            ) and is_role_noun(tok.text):
                first, last = self.noun_phrase(tok)
                who = self.describe(first, last)
                if who in {p.name for p in self.people.people}:
                    self.focus_on(who)  # type: ignore[arg-type]
                    return True
                if who and tok.pos_ == "NOUN":
                    # "Un haut responsable du ministère, qui a requis l'anonymat, a indiqué ...
                    # « ... », a-t-il précisé": the unnamed source is who "il" means next
                    self.thing = (who, role_gender(tok.text) or noun_gender(tok))
                    return True
        return False

    def _most_named(self, at: int, gender: str) -> str | None:
        """The person of this gender most named before `at` (the first of ties): "l'intéressé"."""
        counts: dict[str, int] = {}
        for mention in self.people.mentions_in(0, at):
            name = self.people.name_of(mention)
            if not self.in_quote(mention.start) and self.genders.get(name, gender) == gender:
                counts[name] = counts.get(name, 0) + 1
        return max(counts, key=lambda n: counts[n]) if counts else None

    def focus_on_source(self, description: str) -> None:
        """ "Un diplomate européen ... décrit « ... ». « ... », résume-t-il": an unnamed person
        just quoted is who the next "il" or "elle" of that gender means."""
        self.group = plural_source(description) or self.group
        words = description.replace("’", "'").split()
        if len(words) >= 2 and words[0].lower() in ONE_PERSON and is_role_noun(words[1]):
            self.thing = (description, ONE_PERSON[words[0].lower()])

    def focus_on(self, name: str) -> None:
        """This person is who "il" or "elle" means next; no institution is in focus any more."""
        self.salient = name
        self.thing = None

    def _notice_institution(self, narrated: list[Token]) -> None:
        """ "Le nouveau gouvernement s'est donné ... Il a cependant déclaré", "La SNCF a présenté
        ... Elle a déclaré": an institution or an organisation that is the subject of a sentence
        is what the next "il" or "elle" may mean, not a person named paragraphs before."""
        for tok in narrated:
            if tok.dep_ not in SUBJECT_DEPS or tok.head.dep_ != "ROOT":
                continue
            if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ == "PER":
                continue
            # the tagger takes "Le patronat", "Le Sénat" for names now and then
            body = tok.lemma_.lower() in INSTITUTIONS
            if body or tok.ent_type_ == "ORG":
                first, last = self.noun_phrase(tok)
                description = self.describe(first, last)
                if description:
                    self.thing = (description, noun_gender(tok))
            if tok.pos_ == "NOUN" or body:
                return

    def _is_subject(self, span: Span) -> bool:
        root = span.root
        if root.dep_ in SUBJECT_DEPS or resumed_subject(span):
            return True
        head = root.head
        before = self.doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.lower_ in _PREPOSITIONS:
            return False
        return root.dep_ in ("appos", "nmod", "dep") and head.dep_ in SUBJECT_DEPS

    def pronoun(self, word: str = "") -> str | None:
        """Who "il" or "elle" means at this point of the narration: the institution just made
        subject when the gender agrees, else the person in focus."""
        w = word.lower()
        plural = next((p for p in w.split() if p in PLURAL_PRONOUNS), None)
        if plural is not None:
            return plural_referent(self.group, plural)
        gender = "Fem" if "elle" in w else "Masc" if "il" in w or w in ("lui", "eux") else ""
        if gender and (handed := last_agreeing(self.floor, gender)) is not None:
            return handed  # "L'avocat a donné la parole au prévenu. « ... », a-t-il dit"
        if self.thing is not None and gender and self.thing[1] in (gender, ""):
            return self.thing[0]
        if gender and self.salient is None:
            # "Il est 3 h 30 quand Léa, 17 ans, enfile son tablier. [...] », raconte-t-elle":
            # no one was made subject yet; the last person of that gender named is meant
            agreeing = [n for n in self.recent if self.genders.get(n, gender) == gender]
            return agreeing[-1] if agreeing else None
        if gender and self.genders.get(self.salient or "", gender) != gender:
            # "Le maire a reçu la ministre. « ... », a-t-elle dit": the last woman named
            agreeing = [n for n in self.recent if self.genders.get(n) == gender]
            return agreeing[-1] if agreeing else self.salient
        return self.salient

    def from_span(self, first: int, last: int) -> str | None:
        """The speaker named by tokens first..last: a person named there (not after "de"), a
        pronoun's antecedent, or the noun phrase itself as a description."""
        if first > last:
            return None
        tokens = self.doc[first : last + 1]
        if len(tokens) == 1 and tokens[0].lower_ in PRONOUNS:
            return self.pronoun(tokens[0].lower_)
        if (one := self.one_of_group(first, last)) is not None:
            return one
        if (latter := latter_named(self, tokens) or pair_member(self, tokens)) is not None:
            return latter  # "Selon ce dernier, ...", "Le second juge que ..."
        start, end = tokens.start_char, tokens.end_char
        mentions = [
            m
            for m in self.people.mentions_in(start, end)
            if not self.after_preposition(m.start) and not self.in_quote(m.start)
        ]
        if mentions:
            return self.people.name_of(mentions[0])
        return self.describe(first, last)

    def one_of_group(self, first: int, last: int) -> str | None:
        """ "L'une d'elles a annoncé ...": one of the group in focus, described."""
        words = [t.text for t in self.doc[first : last + 1]]
        return one_of_group(self.group, words, [t.text for t in self.doc[last + 1 : last + 3]])

    def after_preposition(self, offset: int) -> bool:
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return (
            span is not None and span.start > 0 and self.doc[span.start - 1].lower_ in _PREPOSITIONS
        )

    def describe(self, first: int, last: int) -> str | None:
        """A group or unnamed source as the article words it, with a lower-case article, or the
        person it points back to (see speaker_descriptions.py)."""
        return describe(self, first, last)

    def role_holder(self, description: str, noun: Token) -> str | None:
        """The person named before `noun` whom a bare role ("le maire") points back to."""
        return role_holder(self, description, noun)

    def noun_phrase(self, head: Token) -> tuple[int, int]:
        """Token range of the noun phrase of `head` (see noun_phrases.py)."""
        return noun_phrase_range(self.doc, head, self.in_quote)

    def subject_of(self, verb: Token, depth: int = 0) -> str | None:
        """The speaker that is the grammatical subject of a speech verb, resolved (see
        subjects.py)."""
        return subject_of(self, verb, depth)

    def person_before(self, start: int, end: int) -> str | None:
        """The last person named (outside quotations, not after "de") between two offsets."""
        for mention in reversed(self.people.mentions_in(start, end)):
            if not self.in_quote(mention.start) and not self.after_preposition(mention.start):
                return self.people.name_of(mention)
        return None

    def noun_phrase_before(self, verb: Token) -> str | None:
        """The noun phrase right before a verb the tagger took for a noun."""
        last = verb.i - 1
        first = last
        while first > 0 and self.doc[first - 1].pos_ in ("DET", "ADJ", "NOUN", "PROPN"):
            first -= 1
        if last < 0 or first > last or self.doc[last].pos_ not in ("NOUN", "ADJ", "PROPN"):
            return None
        return self.from_span(first, last)

    def role_subject(self, first: int, last: int) -> bool:
        """Whether a subject is a bare role ("Le porte-parole du collectif"), which in news
        writing refers back to the person just quoted."""
        tokens = self.doc[first : last + 1]
        return (
            len(tokens) >= 2
            and tokens[0].pos_ == "DET"
            and tokens[0].lower_ in ("le", "la", "l'")
            and is_role_noun(tokens[1].text)
            and not any(t.ent_type_ == "PER" for t in tokens)
        )
