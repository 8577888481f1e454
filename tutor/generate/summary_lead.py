"""The lead sentences of the body as the model answer of the summary question, when the title
is no sentence a learner could write."""

from __future__ import annotations

import re

from tutor.generate import clauses, french
from tutor.generate.context import Context
from tutor.generate.keywords import keywords_in
from tutor.generate.summary_sentence import lead_sentence

LEAD_SENTENCES = 3
"""The answer asks for two or three sentences: a lead of that many may be its model."""


def lone_lead(ctx: Context, keywords: list[dict[str, object]]) -> str | None:
    """Of the lead's first sentences that read alone (simplified, see `lead_sentence`; else as
    written when they quote nobody and do not open on a word that points back: "« Le nom du
    bénéficiaire ne correspond pas à l'IBAN saisi. » Ce message, …"), the first that holds
    most of the keywords (or the first two together, when they hold more); None when no
    sentence of the lead reads alone. A question title ("Chèque énergie : pourquoi …") leaves
    the lead to say what the article reports."""
    bodies = (ctx.evidence(s) for s in ctx.sentences)
    options = []
    for sentence in [s for s in bodies if s][:LEAD_SENTENCES]:
        said = lead_sentence(ctx, sentence)
        if sentence.rstrip(" »").endswith("?"):
            continue  # "De quoi s'agit-il, et que peut-on faire ?": the article's own question
        if said is None and reads_alone(sentence):
            said = french.ensure_period(shortened_lead(sentence))
        if said is not None and french.word_count(said) >= MIN_LEAD_WORDS:
            options.append(said)
    best = max(options, key=lambda o: keywords_in(keywords, o), default=None)
    if best is not None and keywords_in(keywords, best) < 2 and len(options) >= 2:
        both = f"{options[0]} {options[1]}"  # two sentences may say what one does not
        best = both if keywords_in(keywords, both) > keywords_in(keywords, best) else best
    return best


def lead_with_keywords(ctx: Context, keywords: list[dict[str, object]]) -> str | None:
    """The lead's first sentence as written that holds a keyword, is not all a quotation and
    does not open on a word that points back: « … n'est plus poursuivi pour « homicide
    involontaire », mais pour « homicide routier » » (terms in quotation marks, not anyone's
    words); None when there is none ("Ce message, …" after the message the article explains
    leaves the summary without a model)."""
    sentences = [s for s in (ctx.evidence(s) for s in ctx.sentences) if s][:LEAD_SENTENCES]
    for sentence in sentences:
        if _all_quoted(sentence) or _points_back(sentence):
            continue
        if keywords_in(keywords, sentence):
            return sentence
    return None


def _all_quoted(sentence: str) -> bool:
    text = sentence.strip().rstrip(".")
    return text[:1] in '«“"' and text[-1:] in '»”"' and text.count("«") <= 1


MIN_LEAD_WORDS = 5
"""Fewer words ("Explications.", a heading the body repeats) say nothing of the article."""


_POINTING_BACK = french.wordset(
    "ce cet cette ces celui celle ceux celles cela ça il elle ils elles"
)


def reads_alone(sentence: str) -> bool:
    """Whether a sentence quotes nobody and does not open on a word that points back."""
    return not _points_back(sentence) and not any(c in sentence for c in french.QUOTE_CHARS)


def _points_back(sentence: str) -> bool:
    """Whether a sentence opens on a word that stands for something before it ("Ce message")."""
    return french.fold(sentence.split(" ", 1)[0].strip(",")) in _POINTING_BACK


_BRACKETS = re.compile(r"\s*\([^()]*\)")
_FRONTED = re.compile(
    r"^(?:à la suite d|à l'issue d|au terme d|lors d|après|avant|dans|face à|malgré)"
    r"[^,]{0,80},\s+(?=[a-zà-ÿ])",
    re.IGNORECASE,
)
"""A time or cause set before the lead's subject ("À la suite des élections législatives de
dimanche 17 juin, le nouveau premier ministre …")."""


def shortened_lead(lead: str) -> str:
    """The lead sentence as the second sentence of a model summary: what is in brackets, a
    time or cause put before its subject and a comma clause after its verb phrase left out.
    The Greek lesson showed a 74-word copy of the title and the lead (its bracketed list of
    ministers, its "…, qui récupère 10 des 17 ministères, et soutenu par …") as the example of
    an answer "en deux ou trois phrases"."""
    text = _BRACKETS.sub("", french.strip_final_punctuation(lead))
    fronted = _FRONTED.match(text)
    if fronted is not None and clauses.split_subject(text) is None:
        rest = text[fronted.end() :]
        if clauses.split_subject(rest) is not None:
            text = french.capitalise(rest)
    return french.ensure_period(clauses.trim_clause(text, 4))
