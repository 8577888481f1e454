"""Who an incise after a quotation's closing mark names: "», a-t-il dit", "» seront signés,
a-t-il dit", "», selon le président russe Vladimir Poutine", "», s'inquiète sa présidente".

The incise may come later in the clause, past a gerund's clause ("», estimant que ..., a déclaré
X"); a new clause with its own subject ("» Elle a ajouté que ...") or a second predicate of the
same subject ("» et démenti ...") is no incise.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from tutor.extract.colon_lead import looks_like_speech_verb
from tutor.extract.inverted_subjects import inverted_subject
from tutor.extract.role_sources import role_source
from tutor.extract.source_kinds import is_newsroom_own, reckoning_owner
from tutor.extract.speech import (
    CLAUSE_END,
    CLITICS,
    PRESENT_FORMS,
    SPEECH_VERBS,
    cue_text,
    is_bare_participle,
    is_speech,
    locution_rest,
    participle_lemma,
)
from tutor.extract.subjects import name_in_marks_before

if TYPE_CHECKING:
    from tutor.extract.quotes import QuoteFinder
    from tutor.extract.sentences import QuotedSpan, Sentence
    from tutor.nlp import Token

_OBJECT_CLITICS = frozenset({"lui", "leur", "me", "m'", "te", "t'", "nous", "vous", "se", "s'"})


def _gerund(verb: Token) -> bool:
    """ "en regrettant", "tout en déplorant": a present participle, not an incise's verb (unlike
    "», en conclut le rapporteur", where "en" is a pronoun)."""
    return "Pres" in verb.morph.get("Tense") and "Part" in verb.morph.get("VerbForm")


def _purpose_or_time(finder: QuoteFinder, verb: Token) -> bool:
    """An infinitive after "avant de", "afin de", "pour", "sans": a clause of its own."""
    before = [t.lower_ for t in finder.doc[max(0, verb.i - 2) : verb.i]]
    if before[-1:] in (["pour"], ["sans"]):
        return True
    return before[-1:] in (["de"], ["d'"]) and before[:1] in (["avant"], ["afin"])


def incise_after(
    finder: QuoteFinder, span: QuotedSpan, sentence: Sentence
) -> tuple[str | None, str] | None:
    """An incise after the closing mark, anywhere later in the clause: "», a-t-il dit",
    "» seront signés, a-t-il dit", "», selon le président russe Vladimir Poutine"."""
    next_open = min((q.open for q in finder.outer if q.open > span.close), default=sentence.end)
    tokens = finder.tokens(span.close + 1, min(sentence.end, next_open))
    aside = -1  # the last token of a gerund clause passed over
    for pos, tok in enumerate(tokens):
        if tok.text in CLAUSE_END:
            return None
        if tok.lower_ in ("selon", "d'après") and pos + 1 < len(tokens):
            if any(t.pos_ != "PUNCT" for t in tokens[:pos]):
                return None  # "», les animaux sont remboursés selon un barème": another clause
            if any(t.text == ":" for t in tokens[:pos]):
                return None  # "» : selon la décision, …": a source for the clause after
            source = [
                t.text for t in itertools.takewhile(lambda t: t.pos_ != "PUNCT", tokens[pos + 1 :])
            ]
            if is_newsroom_own(" ".join(source)):
                return None  # "», selon nos informations": the paper's, not the speaker's
            owner = reckoning_owner(finder.speakers, tokens[pos + 1 :])  # "», selon ses calculs"
            named = list(itertools.takewhile(lambda t: t.pos_ != "PUNCT", tokens[pos + 1 :]))
            # "», selon le médecin": the doctor named before, if only one fits
            owner = owner or role_source(finder.speakers, named)
            who = owner or inverted_subject(finder.speakers, tok.i, min(sentence.end, next_open))
            return (who, tok.text) if who else None
        # "», s'inquiète sa présidente": a speech verb the tagger read as an adjective
        # "», tranche-t-elle" tagged as a number: the clitic after it shows the verb
        clitic_after = tok.i + 1 < len(finder.doc) and finder.doc[tok.i + 1].lower_ in CLITICS
        misread = pos <= 2 and (
            ((tok.pos_ in ("ADJ", "NOUN") or clitic_after) and looks_like_speech_verb(tok.text))
            or (clitic_after and tok.lower_ in PRESENT_FORMS)
        )
        # "», a tweeté la députée": a participle the tagger could not place at all
        misread = misread or (
            pos <= 2 and tok.pos_ == "X" and participle_lemma(tok.text) in SPEECH_VERBS
        )
        if tok.pos_ not in ("VERB", "AUX") and not misread:
            continue
        nxt = finder.doc[tok.i + 1] if tok.i + 1 < len(finder.doc) else None
        inverted = nxt is not None and nxt.lower_ in CLITICS
        verb = tok
        if tok.pos_ == "AUX" and not inverted:
            continue
        if tok.pos_ == "AUX" and inverted:
            # "a-t-il dit": the participle comes after the clitic.
            after = tok.i + 1
            while after < len(finder.doc) and finder.doc[after].lower_ in CLITICS:
                after += 1
            if after < len(finder.doc) and finder.doc[after].pos_ == "VERB":
                verb = finder.doc[after]
        elif not inverted:
            # "», a déclaré X" / "», lui avait dit X": the verb right after the quotation;
            # "» Elle a ajouté que ..." is a new clause with its own subject, not an incise.
            between = [
                t for t in tokens[aside + 1 : pos] if t.text not in ",—–-" and t.pos_ != "AUX"
            ]
            own_subject = any(
                t.dep_ in ("nsubj", "nsubj:pass") and t.lower_ not in _OBJECT_CLITICS
                for t in between
            )
            # "a dénoncé une « hystérie » et démenti toute implication": a second
            # predicate of the same subject, not an incise naming a new speaker
            coordinated = any(t.pos_ == "CCONJ" for t in between)
            speech = misread or is_speech(tok, SPEECH_VERBS)
            if own_subject or coordinated or not (speech and pos - aside <= 5):
                continue
            if name_in_marks_before(finder.speakers, verb) is not None:
                continue  # "l'association « Allez l'OV » dénonce": the marks hold a name
            if "Inf" in tok.morph.get("VerbForm") and _purpose_or_time(finder, tok):
                # "« attendu une journée » avant de prévenir la population": no incise;
                # "a fini par lâcher X" still is one
                continue
            if _gerund(tok):
                # "ont salué « ... », tout en regrettant X": X is no speaker, the subject
                # of the clause the gerund hangs on is; "», estimant que ..., a déclaré X"
                # may still name one after the gerund's clause
                who = finder.speakers.subject_of(tok)
                if who is None:
                    aside = pos + tok.right_edge.i - tok.i
                    continue
                return who, cue_text(finder.doc, finder.body, tok)
            if is_bare_participle(tok) or _subject_before(verb, span) or _bare_past(tok):
                continue  # "ce « nouveau départ » promis aux habitants": no incise
        cue_first = tok.i
        while cue_first > 0 and finder.doc[cue_first - 1].pos_ == "AUX":
            cue_first -= 1
        if cue_first > 0 and finder.doc[cue_first - 1].lower_ in ("se", "s'", "s’"):
            cue_first -= 1  # "», s'est réjouie l'avocate"
        cue_last = verb.i + locution_rest(finder.doc, verb, verb.i)
        cue_end = finder.doc[cue_last].idx + len(finder.doc[cue_last].text)
        cue = finder.body[finder.doc[cue_first].idx : cue_end]
        if inverted and verb.i == tok.i:
            last = tok.i
            while last + 1 < len(finder.doc) and finder.doc[last + 1].lower_ in CLITICS:
                last += 1
            cue = finder.body[tok.idx : finder.doc[last].idx + len(finder.doc[last].text)]
            cue += _de_infinitive(finder, last)
        who = inverted_subject(finder.speakers, verb.i if verb.i != tok.i else tok.i, next_open)
        if inverted:
            clitic = " ".join(t.lower_ for t in finder.doc[tok.i + 1 : tok.i + 3])
            who = finder.speakers.pronoun(clitic) or _named_next(finder, sentence, clitic)
        return who, cue
    return None


def _named_next(finder: QuoteFinder, sentence: Sentence, clitic: str) -> str | None:
    """ "« C'est une trahison », estime-t-elle. Sophie Marin, secrétaire générale ...": with
    no one named before, the pronoun points ahead, to the first person of its gender named
    next in the paragraph."""
    gender = "Fem" if "elle" in clitic else "Masc" if "il" in clitic else ""
    end = finder.body.find("\n", sentence.end)
    end = len(finder.body) if end < 0 else end
    for mention in finder.people.mentions_in(sentence.end, end):
        name = finder.people.name_of(mention)
        if not finder.speakers.in_quote(mention.start):
            return name if finder.speakers.genders.get(name, gender) == gender else None
    return None


def _bare_past(verb: Token) -> bool:
    """ "le « bouclier tarifaire » mis en place en 2022": a past participle right after the
    closing mark, with no comma, qualifies the quoted thing; an incise is set off by a comma."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    past = "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense")
    return past and before is not None and before.text in ("»", "”", '"')


def _subject_before(verb: Token, span: QuotedSpan) -> bool:
    """ "L'ancien maire, surnommé « le Baron », a nié les faits": the verb after the
    quotation has its subject before it, so the quotation is inside the subject."""
    return any(
        c.dep_ in ("nsubj", "nsubj:pass") and c.idx < span.open and c.pos_ != "PRON"
        for c in verb.children
    )


def _de_infinitive(finder: QuoteFinder, clitic: int) -> str:
    """ "tente-t-il de corriger": the speech verb is the infinitive after "de"."""
    doc = finder.doc
    if (
        clitic + 2 < len(doc)
        and doc[clitic + 1].lower_ in ("de", "d'")
        and doc[clitic + 2].pos_ == "VERB"
    ):
        return (
            " " + finder.body[doc[clitic + 1].idx : doc[clitic + 2].idx + len(doc[clitic + 2].text)]
        )
    return ""
