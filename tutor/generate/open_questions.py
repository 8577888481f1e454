"""Open questions: what the article is about (a summary, with keywords to look for and a model
answer), and what its main speaker says, in the learner's own words."""

from __future__ import annotations

import re
from functools import lru_cache

from tutor.facts import Person, Quote
from tutor.generate import french
from tutor.generate.context import Context
from tutor.generate.keywords import key_words, keyword, keywords_in, person_keyword
from tutor.generate.lexicon import verb_forms
from tutor.generate.proof_length import short_proof
from tutor.generate.quotation_parses import parse_quotations, quotation_parse
from tutor.generate.quote_text import without_reply
from tutor.generate.reported_answers import first_claim, reported_answer
from tutor.generate.spoken_quotes import SpokenQuote, usable_quotes, word_edge
from tutor.generate.statements import says
from tutor.generate.summary_lead import (
    LEAD_SENTENCES,
    lead_with_keywords,
    lone_lead,
    reads_alone,
    shortened_lead,
)
from tutor.generate.summary_sentence import (
    headline_sentence,
    is_question,
    lead_sentence,
    stated_headline,
)
from tutor.generate.title_words import title_names, topic_nouns, without_rubric

MENTIONS_OF_CENTRAL = 2
"""Mentions that make a person someone a summary names, when the title does not name them and
they are not quoted."""


@lru_cache(maxsize=64)
def signed_by(body: str, name: str) -> bool:
    """Whether the article is signed by this person ("Par le docteur Étienne Marchal,
    médecin généraliste …" before an op-ed): the writer of a signed piece is who it is about,
    though never quoted in « ». Kept per article and name: the summary asks it of each person
    several times, and each time the whole body is searched with a pattern made for the name."""
    if not name or name[0].isspace():  # the pattern's own spaces could end inside the name's
        return bool(re.search(rf"{_SIGNATURE.pattern}[^,.\n«]{{0,40}}?{re.escape(name)}\b", body))
    # each "Par" that opens a sentence, found by one pattern, then the name within reach after
    # it: a pattern made for each person was compiled anew for every article
    for signature in _SIGNATURE.finditer(body):
        start = signature.end()
        for at in range(start, min(start + _SIGNATURE_REACH, len(body)) + 1):
            if at > start and body[at - 1] in _NOT_IN_SIGNATURE:
                break
            if body.startswith(name, at) and word_edge(body, at + len(name)):
                return True
    return False


_SIGNATURE = re.compile(r"(?:^|[.\n]\s*)Par\s+")
_SIGNATURE_REACH = 40
"""Characters between "Par" and the name at most ("Par le docteur Étienne Marchal")."""
_NOT_IN_SIGNATURE = frozenset(",.\n«")


def open_items(ctx: Context) -> list[dict[str, object]]:
    """A summary question, and what the main speaker says in their own words."""
    items = []
    first = next((ctx.evidence(s) for s in ctx.sentences if ctx.evidence(s)), None)
    first = short_proof(first) if first else first  # and the model answer made from it
    counts: dict[str, int] = {}
    for quote in ctx.facts.quotes:
        name = ctx.canonical_name(quote.speaker)
        counts[name] = counts.get(name, 0) + 1

    def weight(person: Person) -> tuple[bool, int, int, str]:
        # who the title names is what the article is about ("Maëlle Dubreuil en héroïne",
        # "le fabricant Cyclavia"), however often others are quoted; so is who signs it
        forms = {person.name, *person.aliases}
        titled = any(n in ctx.article.title for n in forms)
        titled = titled or signed_by(ctx.article.body, person.name)
        mentions = sum(ctx.article.body.count(n) for n in forms)
        # of two as often named, the one the lead names: "La ministre …, María José Fuentes,
        # a présenté sa démission" before a biologist quoted in the last paragraph
        first = min((at for n in forms if (at := ctx.article.body.find(n)) >= 0), default=0)
        return not titled, -(2 * counts.get(person.name, 0) + mentions), first, person.name

    def central(person: Person) -> bool:
        # "présidé par Laurent Fabius", named once and silent, is no part of a summary
        forms = {person.name, *person.aliases}
        titled = any(n in ctx.article.title for n in forms)
        titled = titled or signed_by(ctx.article.body, person.name)
        mentions = max(ctx.article.body.count(n) for n in forms)
        quoted = counts.get(person.name, 0) > 0
        return titled or quoted or mentions >= MENTIONS_OF_CENTRAL

    people = sorted((p for p in ctx.people if central(p)), key=weight)
    keywords = [person_keyword(p.name, p.aliases) for p in people[:2]]
    title_verbs = verb_forms(ctx.article.title)
    keywords += [keyword(w, noun) for w, noun in key_words(ctx, ctx.article.title, 3, title_verbs)]
    taken = [str(k["word"]) for k in keywords]
    keywords += [keyword(w, True) for w in topic_nouns(ctx, taken, title_verbs)]
    words = [str(k["word"]) for k in keywords]
    model = _model_answer(ctx, without_rubric(ctx.article.title, words), first, keywords)
    shown = keywords_in(keywords, model)
    if shown < 2:
        # "Vannes renverse Arras au bout du suspense": the teams are what happened, and one
        # keyword alone ("Franck Le Gall.", a coach) would earn every point
        keywords += title_names(ctx, model, words)
        shown = keywords_in(keywords, model)
    # a lead that asks ("… un salarié peut-il refuser de travailler ?") shows no answer
    if first and len(keywords) >= 2 and shown >= 1 and not model.rstrip().endswith("?"):
        items.append(
            {
                "id": ctx.new_id("resume", "article"),
                "type": "open",
                "skill": "comprehension",
                "prompt": "De quoi parle cet article ? Répondez en deux ou trois phrases.",
                "points": 2,
                "keywords": keywords,
                "min_keywords": min(2, shown),
                "model_answer": model,
                "evidence": _lead_proof(ctx, keywords) or first,
                "hint": "Relisez le titre et le premier paragraphe : qui ? quoi ? quand ?",
                "hint_cost": 0.5,
                "feedback": "Une bonne réponse dit qui agit et ce qui se passe. Par exemple : "
                + model,
            }
        )
    spoken = said_quote(ctx)
    if spoken is not None:
        found = key_words(ctx, spoken.quote.text, 4)
        words = [w for w, _ in found]
        who = french.lower_first(spoken.speaker, ctx.article.body)
        items.append(
            {
                "id": ctx.new_id("avis", spoken.speaker),
                "type": "open",
                "skill": "comprehension",
                "prompt": _says_prompt(ctx, spoken.quote, who),
                "points": 2,
                "keywords": [keyword(w, noun) for w, noun in found],
                "min_keywords": min(2, len(words)),
                # the whole words: the keywords come from all of them ("Mes enfants ne
                # reprendront pas la ferme", cut from the words shown elsewhere)
                "model_answer": _said_answer(ctx, spoken),
                "evidence": short_proof(spoken.evidence, spoken.quote.text),
                "hint": "Relisez la citation et cherchez les mots les plus importants.",
                "hint_cost": 0.5,
                "feedback": "Une bonne réponse reprend l'idée principale avec ces mots : "
                + ", ".join(words)
                + ".",
            }
        )
    return items


def _said_answer(ctx: Context, spoken: SpokenQuote) -> str | None:
    """The words in reported speech where that is sure ("Nicolas Dupont-Aignan est favorable à
    …"), or None: a learner asked to explain them in their own words must not be shown them
    as the example («Selon Robert Soulas, « Le BEA nous a affirmé … »»). The reported form must
    earn every keyword the quotation earns; of several sentences, the first claim told alone
    (`first_claim`) must earn the item's points. Worked out once per quotation."""
    answers: dict[tuple[str, str], str | None] = ctx.memo.setdefault("said_answers", {})
    if spoken.key not in answers:
        answers[spoken.key] = _reported_words(ctx, spoken)
    return answers[spoken.key]


def _reported_words(ctx: Context, spoken: SpokenQuote) -> str | None:
    who = french.lower_first(spoken.speaker, ctx.article.body)
    found = key_words(ctx, spoken.quote.text, 4)
    quoted = french.ensure_period(f"Selon {who}, {french.quoted(spoken.whole)}")
    try:
        doc = quotation_parse(ctx, spoken.whole)
    except Exception:  # no model: nothing is sure
        return None
    name = french.fold(ctx.canonical_name(spoken.quote.speaker))
    feminine = (
        True if name in ctx.feminine_names else False if name in ctx.masculine_names else None
    )
    reported = reported_answer(spoken.whole, doc, who, feminine, ctx.proper_words)
    keywords = [keyword(w, noun) for w, noun in found]
    if reported is not None and keywords_in(keywords, reported) >= keywords_in(keywords, quoted):
        return reported
    # several sentences: the first claim told alone, when it earns the item's points
    claim = first_claim(doc)
    if claim is not None:
        claim_doc = quotation_parse(ctx, claim)
        alone = reported_answer(claim, claim_doc, who, feminine, ctx.proper_words)
        if alone is not None and keywords_in(keywords, alone) >= min(2, len(keywords)):
            return alone
    return None


def said_quote(ctx: Context) -> SpokenQuote | None:
    """The words "Que dit X ?" asks about: the longest direct quotation with two keywords to
    look for in the answer. Chosen before the speaker items, which then ask about other words
    when the question shows these ones."""
    return ctx.remember("said_quote", lambda: _said_quote(ctx))


def _said_quote(ctx: Context) -> SpokenQuote | None:
    quotes = [
        q
        for q in usable_quotes(ctx)
        if q.quote.kind == "direct"
        and q.words >= 10
        and not _RELATIVE_OPENING.match(q.text)
        and not _part_of_a_sentence(ctx, q.quote)
        # one word alone ("télévision" in a childhood dream of the Ligue 1) is a detail of the
        # words, not their idea: another quotation is looked for
        and len(key_words(ctx, q.quote.text, 4)) >= MIN_SAID_KEYWORDS
    ]
    # words shown with their speaker are kept from the speaker items: better those of a
    # speaker who has other words for them to ask about
    quotes.sort(key=lambda q: (_costs_item(ctx, q), -q.words, q.quote.start))
    parse_quotations(ctx, [q.whole for q in quotes])
    for spoken in quotes:
        # words that cannot be told in reported speech would be their own example answer
        if _said_answer(ctx, spoken) is not None:
            return spoken
    return None


def _costs_item(ctx: Context, spoken: SpokenQuote) -> bool:
    """Whether keeping these words from the speaker items leaves their speaker with none."""
    return _several(ctx, spoken.quote) and not any(
        o is not spoken
        and o.quote.kind == "direct"
        and o.words >= 4
        and french.fold(o.speaker) == french.fold(spoken.speaker)
        for o in usable_quotes(ctx)
    )


def reserve_said_words(ctx: Context) -> None:
    """Keep the words "Que dit X ?" will show with X ("Relisez ces mots de X : « … »") from
    the items made before it: "Qui a dit : « … » ?", the match and a statement "X dit : « … »"
    would be answered by its prompt. When X has no other words to ask about, the prompt shows
    the words without X instead, and the speaker items keep them."""
    spoken = said_quote(ctx)
    if spoken is not None and _several(ctx, spoken.quote) and not _costs_item(ctx, spoken):
        ctx.reserved.add(french.fold(spoken.text))
        ctx.asked_quotes.add(spoken.key)
        ctx.seen.said.append((spoken.text, spoken.speaker))
        ctx.seen.texts.setdefault(spoken.evidence, []).append(_opening(spoken.quote))


def _several(ctx: Context, quote: Quote) -> bool:
    speaker = ctx.canonical_name(quote.speaker)
    return sum(ctx.canonical_name(q.speaker) == speaker for q in ctx.facts.quotes) >= 2


def _opening(quote: Quote) -> str:
    # an answer's reply to its question (« Elles pourraient l'être. ») is shown from after it
    words = without_reply(french.unquote(quote.text)).split()
    end = french.words_to_keep(words, OPENING_WORDS)
    return " ".join(words[:end]) + (" …" if len(words) > end else "")


def _model_answer(
    ctx: Context, headline: str, first: str | None, keywords: list[dict[str, object]]
) -> str:
    """A sentence a learner could write: the headline when it is one or makes one ("ACTA
    rejeté par …" -> "ACTA est rejeté par …"), else the simplified lead when it holds two
    keywords; the headline followed by the lead otherwise, as the title alone must not fail
    its own question."""
    built = headline_sentence(headline)
    if built is None and first:
        lead = _lead(ctx, keywords)
        if lead is not None:
            return lead
        built = stated_headline(headline, ctx.feminine_names, ctx.masculine_names)
    if built is None and first and is_question(headline):
        # a question headline answers nothing: the lead says what happened, in the first of
        # its sentences that reads alone (an explainer may open on the message it explains)
        lone = lone_lead(ctx, keywords)
        if lone is not None and (keywords_in(keywords, lone) or not reads_alone(first)):
            if keywords_in(keywords, lone):
                return lone
            # no keyword in the sentences that read alone: the lead as written, when it holds
            # some ("… poursuivi pour « homicide involontaire », mais pour « homicide
            # routier »": terms in quotation marks), else the summary had no model and was lost
            return lead_with_keywords(ctx, keywords) or lone
        return first
    model = built or french.ensure_period(headline)
    if first and keywords_in(keywords, model) < 2:
        whole = f"{model} {first}"
        short = f"{model} {shortened_lead(first)}"
        model = short if keywords_in(keywords, short) >= keywords_in(keywords, whole) else whole
    return model


def _lead_proof(ctx: Context, keywords: list[dict[str, object]]) -> str | None:
    """The first sentence of the lead that holds one of the summary's keywords: the one that
    shows what happened. "La séance s'est prolongée jusqu'à minuit passé." sets the scene of
    a council vote; the next sentence says what was voted. Not the one that holds most: the
    Rio-Paris lead « Le rapport final du BEA … conclut que … » has one keyword ("BEA"), the
    next sentence two ("BEA", "publication", of an earlier report), and says less."""
    lead = [e for e in (ctx.evidence(s) for s in ctx.sentences) if e][:LEAD_SENTENCES]
    return next((short_proof(s) for s in lead if keywords_in(keywords, short_proof(s))), None)


def _lead(ctx: Context, keywords: list[dict[str, object]]) -> str | None:
    """The first sentences of the body, each simplified, as few as hold two keywords; None
    when one of them does not read alone before that."""
    said: list[str] = []
    bodies = (ctx.evidence(s) for s in ctx.sentences)
    for sentence in [s for s in bodies if s][:LEAD_SENTENCES]:
        simple = lead_sentence(ctx, sentence)
        if simple is None:
            return None
        said.append(simple)
        if keywords_in(keywords, " ".join(said)) >= 2:
            return " ".join(said)
    return None


_RELATIVE_OPENING = re.compile(r"[«“\s]*(?:qui|que|qu['’]|dont|où|lequel|laquelle)\b", re.I)
"""Words that go on a sentence of the journalist's ("sa grand-mère, « qui m'a raconté … »"):
what they mean hangs on a noun the question does not show."""

_LOWER_OPENING = re.compile(r"[«“\"\s]*[a-zà-öø-ÿ]")


def _part_of_a_sentence(ctx: Context, quote: Quote) -> bool:
    """Whether the words go on the journalist's sentence: in lower case, not after a colon ("a
    salué « une grande dame de la gastronomie française, … »"). "Selon X, « une grande dame
    … »" is no sentence to answer with; "affirmant : « nous avons une sécurité … »" is one."""
    before = ctx.article.body[: quote.start].rstrip(' \u00a0\u202f«“"')
    return bool(_LOWER_OPENING.match(quote.text)) and not before.endswith(":")


MIN_SAID_KEYWORDS = 2
"""Keywords a quotation needs to be asked about in "Que dit X ?"."""

OPENING_WORDS = 8
"""How much of a quotation the question shows when its speaker says more than one thing."""


def _says_prompt(ctx: Context, quote: Quote, who: str) -> str:
    """ "Que dit X ?", unless X says several things in the article: an answer about another of
    them would miss every keyword, so the question then shows the opening of the quotation."""
    if not _several(ctx, quote):
        return f"Que {says(who)} {who} ? Expliquez avec vos mots."
    spoken = said_quote(ctx)
    if spoken is not None and _costs_item(ctx, spoken):
        # "Qui a dit : « … » ?" asks about these words: the prompt must not name who said them
        return (
            f"Relisez ces mots cités dans l'article : {french.quoted(_opening(quote))}. "
            "Que veulent-ils dire ? Expliquez avec vos mots."
        )
    return (
        f"Relisez ces mots {french.of(who)} : {french.quoted(_opening(quote))}. "
        "Que veulent-ils dire ? Expliquez avec vos mots."
    )
