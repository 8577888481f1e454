"""The article's quotations made ready for items: shown text, speaker as offered, evidence.

Every item about what someone said starts from `usable_quotes`: the speaker match and "Qui a
dit" (speakers.py), sources, statements about who said what, the open question on a quotation.
They are shared, so they live apart from any one of those exercise families.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.facts import Quote
from tutor.generate import clauses, french
from tutor.generate.context import Context
from tutor.generate.quote_text import first_sentence, shorten_quote, shown_quote, without_reply
from tutor.generate.speaker_labels import offered_label

MAX_QUOTE_WORDS = 22


@dataclass(frozen=True)
class SpokenQuote:
    """A quotation ready for an item: its display text, speaker as shown, and its evidence."""

    quote: Quote
    text: str
    speaker: str
    evidence: str

    @property
    def words(self) -> int:
        return french.word_count(self.text)

    @property
    def key(self) -> tuple[str, str]:
        """The quotation as a learner meets it: its sentence and speaker. Two pieces of one
        sentence ("Je pars la tête haute", "Et je souhaite le meilleur à ce club") are one
        quotation: asking about one after the other is asking twice."""
        return self.evidence, french.fold(self.speaker)

    @property
    def whole(self) -> str:
        """The quotation as shown, not cut to a length."""
        return _shown(self.quote)

    @property
    def reported(self) -> bool:
        """Indirect speech: the article's words, not the speaker's, so never shown in « »."""
        return self.quote.kind == "indirect"

    @property
    def that_clause(self) -> str:
        """The words as reported speech, after their "que": "que le gouvernement n'acceptait
        pas le plan en l'état" (pronouns and tenses are the article's, which reports them)."""
        clause = french.lower_first(self.text, self.evidence)
        return french.elide("que", clause, french.apostrophe_of(self.text)) + clause


def usable_quotes(ctx: Context) -> list[SpokenQuote]:
    """Quotations with a known speaker and an evidence sentence, in article order."""
    return list(ctx.remember("usable_quotes", lambda: _usable_quotes(ctx)))


def _usable_quotes(ctx: Context) -> list[SpokenQuote]:
    out = []
    for quote in sorted(ctx.facts.quotes, key=lambda q: (q.start, q.end, q.text)):
        label = offered_label(ctx, quote)
        evidence = ctx.evidence(quote.sentence)
        text = _shown(quote)
        if label is None or evidence is None or french.word_count(text) < 2:
            continue
        if quote.kind == "indirect" and not clauses.starts_with_subject(text, ctx.proper_words):
            continue
        if _names_its_source(text, quote.speaker):
            continue  # "ces annonces ne suffisent pas, d'après les grévistes, qui …": no words
        shown = shorten_quote(text, MAX_QUOTE_WORDS)
        out.append(SpokenQuote(quote, shown, label, evidence))
    return out


def _names_its_source(text: str, speaker: str) -> bool:
    """Whether the words hold their own attribution by name ("…, d'après les grévistes, …"):
    the sentence was taken whole, and a learner would be asked who said "according to the
    strikers"."""
    folded = french.fold(text)
    source = french.fold(speaker)
    if not source:
        return False
    if source[0].isspace():  # the pattern's own spaces could end inside the name's
        return bool(re.search(rf"{_SOURCE_CUE.pattern}{re.escape(source)}\b", folded))
    # the cue found by one pattern, the name read after it: a pattern made for each speaker
    # was compiled anew for every article (a few hundred microseconds an article)
    return any(
        folded.startswith(source, cue.end()) and word_edge(folded, cue.end() + len(source))
        for cue in _SOURCE_CUE.finditer(folded)
    )


_SOURCE_CUE = re.compile(r"\b(?:selon|d'apres|d'après)\s+")


def word_edge(text: str, at: int) -> bool:
    """Whether `at` is a word boundary of `text`, as `\\b` finds one."""
    before = at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")
    after = at < len(text) and (text[at].isalnum() or text[at] == "_")
    return before != after


def _shown(quote: Quote) -> str:
    text = shown_quote(quote.text)
    return first_sentence(text) if quote.kind == "indirect" else without_reply(text)


def is_question(spoken: SpokenQuote) -> bool:
    """A quotation that asks ("Qui devait s'en occuper ?"): told as a claim it says nothing."""
    return spoken.text.endswith("?")
