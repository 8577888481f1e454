"""Vrai / faux / on ne sait pas statements from quotations and from vague quantities.

A statement says something self-contained: the quotation is in it ("Robert Soulas a dit à la
radio : « … »"), never "X a dit cela". A not-given statement adds one plausible detail the
article does not give (where a person spoke, an exact number for "des centaines"), never a
detail that another part of the article settles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from tutor.generate import clause_checks, clauses, french
from tutor.generate.agreement import agreeing
from tutor.generate.context import Context
from tutor.generate.other_proofs import other_proofs
from tutor.generate.parties import same_party
from tutor.generate.quote_text import is_clause, is_fragment, shorten_quote, shown_quote
from tutor.generate.speaker_labels import may_speak_for, mentioned_in, named_body
from tutor.generate.spoken_quotes import SpokenQuote, is_question, usable_quotes
from tutor.literal_search import find_between

TRUE_FALSE_PROMPT = "Vrai, faux ou on ne sait pas ?"
JUSTIFY_PROMPT = "Vrai, faux ou on ne sait pas ? Justifiez avec une phrase du texte."
_MEDIA_WORDS = re.compile(
    r"\b(?:télé\w*|radio|interview|entretien|journal\w*|tribune|blog|vidéo|presse|médias?|times|"
    r"conférence|communiqué|twitter|réseaux sociaux|colonnes|discours|micro|antenne|émission|"
    r"plateau|matinale|invitée? (?:sur|de|dans)|LCI|TF1|M6|BFMTV|BFM|CNews|Arte|franceinfo|RTL|"
    r"RMC|France ?[2345]|France Inter|France Culture|France Bleu|Europe 1|lettres?|courriels?|"
    r"courriers?|e-?mails?|écrire|écrivez|propos recueillis|nos questions)\b",
    re.IGNORECASE,
)
"""Words that say where or to whom someone spoke: with one of them anywhere in the article,
"X a dit à la radio" might be false rather than not given ("Invité sur LCI", a channel; the
"lettres et courriels" of a readers' page, review 17, were written, not said on air; an
interview's "Propos recueillis par …", "répond à nos questions" were said to the paper)."""
_SPEECH_PLACES = re.compile(
    r"\b(?:au Sénat|à l['’]Assemblée|au Parlement|devant|à la tribune|dans une lettre|"
    r"à la sortie|à l['’]issue|en marge|lors d['’]une?|au micro|sur place|dans un message|"
    r"par téléphone|au téléphone|sur les réseaux)\b",
    re.IGNORECASE,
)
_MEDIA = ("à la télévision", "à la radio")
"""Not "devant des journalistes": a quotation in a news report was often said to its reporter."""
_VAGUE_QUANTITY = re.compile(
    r"\b(?P<det>[Dd]es) (?P<unit>dizaines|centaines|milliers) (?:de |d['’])(?=[^\W\d_])"
)
_EXACT = {"dizaines": "50", "centaines": "500", "milliers": "5 000"}
_SEVERAL = re.compile(
    r"(?<![\w'’])[Pp]lusieurs (?!(?:dizaines|centaines|milliers|millions|milliards|d['’]|de\b|"
    r"des\b|fois\b|reprises\b|années\b|mois\b|semaines\b|jours\b|heures\b))(?=[^\W\d_])"
)
""""Plusieurs" before a noun: not "plusieurs centaines" (a vague number of its own), not "plusieurs
d'entre eux", not a number of times or a duration."""
_WISHING = re.compile(
    r"\b(?:demand|exig|réclam|souhait|propos|veu|voul|suggèr|suggér|recommand|craign|crain|attend|"
    r"regrett|déplor|redout|refus|espér|espèr|s['’]étonn|s['’]indign)",
    re.IGNORECASE,
)
"""Cues of a wish or a fear: what follows in "que" is in the subjunctive and is no claim, so
"Selon X, <it>" would be neither good French nor what X said."""
_SUBJECT_PRONOUN = re.compile(r"(?<![\w'’-])(?:il|elle|ils|elles)(?![\w'’-])", re.IGNORECASE)
_PERSONAL_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "on", "je", "j'", "nous", "vous"})


def true_false(
    ctx: Context,
    statement: str,
    answer: str,
    evidence: str,
    feedback: str,
    also: Sequence[str] = (),
) -> dict[str, object]:
    """A vrai / faux / on ne sait pas item; true and false ones ask for the proving sentence,
    which may be the evidence or one of the other sentences `also` gives (`other_proofs`)."""
    value: object = {"true": True, "false": False}.get(answer, "not_given")
    justify = answer != "not_given"
    ctx.used_evidence.add(evidence)
    others = [s for s in also if s != evidence] if justify else []
    return {
        "id": ctx.new_id("vrai-faux", statement[:40]),
        "type": "true_false",
        "skill": "comprehension",
        "prompt": JUSTIFY_PROMPT if justify else TRUE_FALSE_PROMPT,
        "statement": statement,
        "answer": value,
        **({"justify": True} if justify else {}),
        "evidence": evidence,
        **({"other_evidence": others} if others else {}),
        "feedback": feedback,
    }


def quantity_statement(
    ctx: Context, several: bool = False, taken: frozenset[str] = frozenset()
) -> dict[str, object] | None:
    """ "Des centaines de membres du public ont assisté à la cérémonie" -> not given: "Plus de
    500 membres du public ont assisté à la cérémonie." (the article gives no number).

    With `several`, "plusieurs" gives one as well ("Plusieurs partenaires privés ont réduit leur
    soutien" -> "Cinq partenaires privés …"): a word far more common than "des centaines", which
    an article with no named person, figure or digit date still has (the lyonnaise heat wave,
    the Aisne wind farm and the relegated rugby club had no vrai / faux item at all).

    Never on a sentence of `taken` (the other statements'): beside « … dans plusieurs hôpitaux »
    stated as true, « … dans cinq hôpitaux » is answered by comparing the two."""
    pattern = _SEVERAL if several else _VAGUE_QUANTITY
    for sentence in ctx.sentences:
        evidence = ctx.evidence(sentence)
        match = pattern.search(evidence or "")
        if evidence is None or match is None or any(c in evidence for c in french.QUOTE_CHARS):
            continue
        if evidence in taken:
            continue
        if several and _in_date(ctx, evidence, match):
            continue  # "depuis plusieurs années": a duration the date items deal with
        more = _several_exact(match) if several else f"plus de {_EXACT[match['unit']]} "
        changed = evidence[: match.start()] + more + evidence[match.end() :]
        clause = clauses.trim_clause(french.strip_final_punctuation(changed), 3 if several else 4)
        if not 5 <= french.word_count(clause) <= 24 or clause_checks.has_loose_pronoun(clause):
            continue  # "Comme elle, plus de 5 000 habitants …": who, out of its paragraph?
        if more.strip() not in clause or clause_checks.dangles(clause):
            continue  # the number went with the tail cut: the statement would be true
        if several and _SUBJECT_PRONOUN.search(clause):
            continue  # "Elle rappelle que cinq enfants …": who, out of its paragraph?
        vague = "plusieurs" if several else f"{match['det'].lower()} {match['unit']}"
        feedback = f"On ne sait pas : l'article dit « {vague} », mais il ne donne pas le nombre."
        statement = french.ensure_period(french.capitalise(clause))
        return true_false(ctx, statement, "not_given", evidence, feedback)
    return None


def _several_exact(match: re.Match[str]) -> str:
    """ "cinq " for "plusieurs ", capitalised where "Plusieurs" opened the sentence."""
    return "Cinq " if match.group(0)[0].isupper() else "cinq "


def _in_date(ctx: Context, evidence: str, match: re.Match[str]) -> bool:
    """Whether the words matched are part of a date or duration of the article."""
    return any(
        french.fold(match.group(0).strip()) in french.fold(d.text)
        and find_between(french.fold(evidence), french.fold(d.text)) != -1
        for d in ctx.facts.dates
    )


def quote_statements(ctx: Context, wanted: list[str]) -> list[dict[str, object]]:
    """Statements about who said what: true, false (another speaker) or not given (where)."""
    quotes = [
        q
        for q in usable_quotes(ctx)
        if q.words >= 4 and not is_question(q) and not is_fragment(q.text, ctx.lexicon)
    ]
    # whole sentences said read better in a statement than a few words taken from one
    quotes.sort(key=lambda q: (q.evidence in ctx.used_evidence, not _whole(q), q.quote.start))
    people = {french.fold(p.name) for p in ctx.facts.people}
    named = sorted({q.speaker for q in quotes if french.fold(q.speaker) in people})
    # a wrong speaker is more plausible (and more surely wrong) when it is a person too
    speakers = named if len(named) >= 2 else sorted({q.speaker for q in quotes})
    items = []
    used: set[str] = set()
    asked = False
    # not given first: it needs a person's words, true and false can do with any quotation
    for kind in sorted(wanted, key=lambda k: k != "not_given"):
        refused = False
        for spoken in quotes:
            if spoken.text in used or french.fold(spoken.text) in ctx.reserved:
                continue  # "Que dit X ?" shows these words with X: no statement about them
            if spoken.key in ctx.asked_quotes:
                asked = True  # a speaker item asks who said them: asking again is no new skill
                continue
            cut = spoken.quote.kind == "direct" and "[…]" in spoken.text
            if kind != "not_given" and cut:
                continue
            built = _quote_statement(ctx, spoken, kind, speakers)
            # "X dit : « … »" answers a "Qui a dit" or the match that asks for X; a cloze
            # quoting the sentence with X's name answers the statement
            if built is not None and (
                ctx.seen.reveals(str(built["statement"]))
                or ctx.seen.shows_said(built, ctx.name_forms)
            ):
                refused = True
            elif built is not None:
                used.add(spoken.text)
                ctx.asked_quotes.add(spoken.key)
                items.append(built)
                break
        else:
            ctx.seen.refused += refused  # no statement of this kind but for a giveaway
    # one cloze for the words asked already, when they leave a kind without a statement
    ctx.seen.refused += asked and len(items) < len(wanted)
    return items


def _whole(spoken: SpokenQuote) -> bool:
    return spoken.quote.kind == "indirect" or is_clause(spoken.text)


def _claim(who: str, quote: str) -> tuple[str, str]:
    """ "X dit : « Ce vote est une victoire »." for a sentence, "X emploie les mots « ennemis
    rusés »." for a few words; and the verb the feedback repeats."""
    if is_clause(quote):
        return f"{who} {says(who)} : {french.quoted(french.capitalise(quote))}.", f"le {says(who)}"
    uses = "emploient" if french.is_plural(who) else "emploie"
    return f"{who} {uses} les mots {french.quoted(quote)}.", f"{uses} ces mots"


def _quote_statement(
    ctx: Context, spoken: SpokenQuote, kind: str, speakers: list[str]
) -> dict[str, object] | None:
    if ctx.gives_asked_date(spoken.text, spoken.evidence):
        return None  # its words hold a date that a date question asks for: they would answer it
    # "L'institution emploie les mots …": which one, read on its own? The body it stands for
    spoken = replace(spoken, speaker=named_body(ctx, spoken.speaker))
    if kind == "not_given":
        return _where_said(ctx, spoken)
    if spoken.quote.kind == "indirect":
        return _reported_statement(ctx, spoken, kind, speakers)
    quote = shorten_quote(spoken.text, 14)
    who = french.lower_first(spoken.speaker, ctx.article.body)
    if kind == "true":
        statement, verb = _claim(who, quote)
        feedback = f"Vrai : {_it_is(who)} qui {verb}."
        also = _said_again(ctx, spoken, statement, kind, quote)
        return true_false(
            ctx, french.capitalise(statement), "true", spoken.evidence, feedback, also
        )
    others = agreeing(ctx, spoken.speaker, quote, _wrong_speakers(ctx, spoken, speakers))
    if not others:
        return None
    other = french.lower_first(ctx.rng.choice(others), ctx.article.body)
    statement, _ = _claim(other, quote)
    _, verb = _claim(who, quote)
    feedback = french.ensure_period(f"Faux : {_it_is(who)} qui {verb}, pas {other}")
    also = _said_again(ctx, spoken, statement, kind, quote)
    return true_false(ctx, french.capitalise(statement), "false", spoken.evidence, feedback, also)


def _said_again(
    ctx: Context, spoken: SpokenQuote, statement: str, kind: str, words: str
) -> list[str]:
    """Other sentences that give the same words to the same speaker."""
    return other_proofs(ctx, statement, spoken.evidence, kind, [words], speaker=spoken.speaker)


def _wrong_speakers(ctx: Context, spoken: SpokenQuote, speakers: list[str]) -> list[str]:
    """Speakers a false statement may give the words to: not the speaker, and none that the
    proving sentence mentions (it might be the one who said them), and none that may stand
    for the speaker ("la préfecture" for "le préfet", or for Philippe Morin, préfet du Gard)."""
    roles = {french.fold(p.name): p.role or "" for p in ctx.facts.people}
    mine = roles.get(french.fold(spoken.speaker), "")
    return [
        s
        for s in speakers
        if french.fold(s) != french.fold(spoken.speaker)
        and not may_speak_for(ctx, s, spoken.speaker)
        # "Selon Philippe Morin, l'incendie … a été fixé" (false) when the prefecture said it
        # and he is the prefect: the head of a body may speak for it
        and not same_party(roles.get(french.fold(s), "") or s, spoken.speaker)
        and not (mine and same_party(s, mine))
        and not mentioned_in(ctx, s, spoken.evidence)
        and not mentioned_in(ctx, s, spoken.text)
    ]


def _reported_clause(spoken: SpokenQuote) -> str | None:
    """The first reported clause, when it says who it is about ("Selon X, il …" would not)."""
    at = spoken.quote.sentence.find(spoken.quote.text)
    if at > 0 and _INFINITIVE_LEAD.search(spoken.quote.sentence[:at]):
        return None  # "a promis de les élargir …": an infinitive, with no subject of its own
    # "A est B et que C": the second reported clause needs its verb of saying; keep the first
    whole = shown_quote(spoken.quote.text)
    clause = re.split(r"\s+et\s+qu(?:e\s|['’])", whole)[0]
    # "… très sévère, et que les propriétaires …": the comma before "et" closes nothing now
    clause = french.balance_quotes(clause.rstrip(" ,;:"))
    first = french.fold(clause.split(" ", 1)[0])
    if not 6 <= french.word_count(clause) <= 24 or first in _PERSONAL_PRONOUNS:
        return None
    if clause_checks.has_object_pronoun(clause):
        return None  # "les poids lourds le traversent": the passage à niveau stayed behind
    if _RELATIVE_TIME.search(clause) and re.search(r"\b\d{4}\b", clause):
        return None  # "quatre ans plus tôt, en 2030": earlier than what another sentence says
    if first in ("leur", "leurs") and not french.is_plural(spoken.speaker):
        # "d'après l'historienne, leur état est « exceptionnel »" (the frescoes'): one speaker
        # is not whom "leur" stands for, and the statement does not say who it is
        return None
    if _WISHING.search(spoken.quote.cue) or any(
        french.fold(w) in french.SUBJUNCTIVES for w in clause.split()
    ):
        return None  # "demande que l'eau soit réservée": a wish, not what X says is so
    # "les pesticides restent, selon elle, la première cause": the statement's "Selon X" says
    # whose view it is; a second "selon" would repeat it
    clause = _SOURCE_INCISE.sub(" ", clause)
    # "Selon les élus, ces initiatives …": a clause that opened its sentence goes on lower case
    return french.lower_first(clause, spoken.evidence)


_INFINITIVE_LEAD = re.compile(r"(?<![\w'’])(?:de|d['’])\s*$", re.IGNORECASE)
"""What comes before words reported as an infinitive ("a promis de les élargir", "demande
d'agir"): "Selon X, les élargir …" is no sentence."""
_RELATIVE_TIME = re.compile(r"\bplus (?:tôt|tard)\b")
_SOURCE_INCISE = re.compile(
    r",\s*(?:selon|d['’]après|pour)\s+(?:elle|lui|eux|elles|moi|nous)\s*,\s*"
    r"|,\s*à\s+(?:ses|leurs|mes|nos)\s+yeux\s*,\s*",
    re.IGNORECASE,
)
"""An incise naming the speaker as the source of a view ("…, selon elle, …", "…, à ses yeux,
…")."""


def _reported_statement(
    ctx: Context, spoken: SpokenQuote, kind: str, speakers: list[str]
) -> dict[str, object] | None:
    """A statement from reported speech: "Selon X, <what X says>." (true, or false with
    another speaker of the article)."""
    clause = _reported_clause(spoken)
    if clause is None:
        return None
    who = french.lower_first(spoken.speaker, ctx.article.body)
    if kind == "true":
        statement = french.capitalise(f"selon {who}, {clause}.")
        feedback = f"Vrai : {_it_is(who)} qui le {says(who)}."
        also = _said_again(ctx, spoken, statement, kind, clause)
        return true_false(ctx, statement, "true", spoken.evidence, feedback, also)
    others = _wrong_speakers(ctx, spoken, speakers)
    others = agreeing(ctx, spoken.speaker, clause, others, reported=True)
    if not others:
        return None
    other = french.lower_first(ctx.rng.choice(others), ctx.article.body)
    statement = french.capitalise(f"selon {other}, {clause}.")
    feedback = french.ensure_period(f"Faux : {_it_is(who)} qui le {says(who)}, pas {other}")
    also = _said_again(ctx, spoken, statement, kind, clause)
    return true_false(ctx, statement, "false", spoken.evidence, feedback, also)


def _where_said(ctx: Context, spoken: SpokenQuote) -> dict[str, object] | None:
    """Not given: a person said it on the radio, on television or to journalists, in an article
    that never says where anyone spoke."""
    people = {french.fold(n) for p in ctx.facts.people for n in (p.name, *p.aliases)}
    if french.fold(spoken.speaker) not in people or _MEDIA_WORDS.search(ctx.article.body):
        return None
    if _SPEECH_PLACES.search(spoken.evidence):
        return None
    medium = ctx.rng.choice(_MEDIA)
    who = spoken.speaker
    if spoken.quote.kind == "indirect":
        clause = _reported_clause(spoken)
        if clause is None:
            return None
        clause = french.lower_first(clause, spoken.evidence)
        statement = f"{who} a dit {medium} {french.elide('que', clause)}{clause}."
    elif is_clause(spoken.text):
        quote = french.capitalise(shorten_quote(spoken.text, 14))
        statement = f"{who} a dit {medium} : {french.quoted(quote)}."
    else:
        return None
    # not "il ne dit pas où": the sentence may say where ("a-t-il confié à la sortie")
    feedback = (
        f"On ne sait pas : l'article donne les paroles {french.of(who)}, mais il ne dit pas "
        f"qu'elles ont été dites {medium}."
    )
    return true_false(ctx, statement, "not_given", spoken.evidence, feedback)


def says(who: str) -> str:
    return "disent" if french.is_plural(who) else "dit"


def _it_is(who: str) -> str:
    return f"ce sont {who}" if french.is_plural(who) else f"c'est {who}"
