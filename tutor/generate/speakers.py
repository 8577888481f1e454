"""Speaker items: who said what (matching), "Qui a dit : « ... » ?" choices, "Qui est X ?" roles."""

from __future__ import annotations

import re
from dataclasses import replace

from tutor.generate import french
from tutor.generate.context import Context
from tutor.generate.lexicon import Lexicon
from tutor.generate.proofs import named_evidence, to_name
from tutor.generate.quote_text import (
    is_clause,
    is_fragment,
    is_time_phrase,
    shorten_quote,
)
from tutor.generate.roles import role_items, role_with_article
from tutor.generate.sources import cue_feedback, is_interview_answer, source_items
from tutor.generate.speaker_labels import (
    is_document,
    is_one_person,
    may_speak_for,
    mentioned_in,
    other_speakers,
    outside_quotes,
    wrong_speakers,
)
from tutor.generate.spoken_quotes import SpokenQuote, is_question, usable_quotes

MAX_PAIRS = 4
MIN_PAIRS = 2
MAX_WHO_SAID = 3
QUOTE_HINT = "Cherchez la citation dans l'article : le nom est juste avant ou juste après."
ANSWER_HINT = "Cherchez qui l'article interroge : son nom est dans l'introduction."


def _best_per_speaker(quotes: list[SpokenQuote]) -> dict[str, SpokenQuote]:
    """For each speaker, the quotation that makes the best item: direct, 5 to 22 words."""
    best: dict[str, SpokenQuote] = {}
    for spoken in quotes:
        key = french.fold(spoken.speaker)
        current = best.get(key)
        if current is None or _quote_rank(spoken) < _quote_rank(current):
            best[key] = spoken
    return best


def _apart(ctx: Context, quotes: list[SpokenQuote]) -> list[SpokenQuote]:
    """The quotations of speakers who are not one party: "La préfecture" and "Le préfet", or
    "La Banque de France" and "L'institution", in one matching make the learner guess which
    label the article used, not who spoke; so do a body and its director, "L'ONU" and its
    refugee agency (`may_speak_for`)."""
    kept: list[SpokenQuote] = []
    for spoken in quotes:
        if not any(may_speak_for(ctx, spoken.speaker, k.speaker) for k in kept):
            kept.append(spoken)
    return kept


def _quote_rank(spoken: SpokenQuote) -> tuple[int, int, int]:
    too_short = spoken.words < 5
    return (too_short, spoken.quote.kind != "direct", abs(spoken.words - 14))


def _quote_for_prompt(spoken: SpokenQuote) -> str:
    text = spoken.text
    return french.quoted(text)


def match_quotes(ctx: Context, quotes: list[SpokenQuote]) -> list[SpokenQuote]:
    """The 2 to 4 quotations a match pairs with their speakers, one per speaker; documents are
    left out ("Une étude" is no person among people)."""
    best = _best_per_speaker([q for q in quotes if not is_document(ctx, q.speaker)])
    chosen = _apart(ctx, sorted(best.values(), key=lambda q: q.quote.start))
    if len(chosen) < MIN_PAIRS:
        return []
    # "« dans les prochains jours »" is when a reply was promised, not what anyone said
    substantial = [q for q in chosen if q.words >= 3 and not is_time_phrase(q.text)]
    if len(substantial) >= MIN_PAIRS:
        chosen = substantial
    if len(chosen) > MAX_PAIRS:
        chosen = sorted(ctx.rng.sample(chosen, MAX_PAIRS), key=lambda q: q.quote.start)
    return chosen


def _share(ctx: Context, chosen: list[SpokenQuote], quotes: list[SpokenQuote]) -> list[SpokenQuote]:
    """The match's quotations, less those "Qui a dit" needs: each quotation is asked once, and
    a match of four speakers' only words would leave "Qui a dit" nothing new to ask. Down to
    MIN_PAIRS, the match gives up the last quotations "Qui a dit" can ask about until it has
    MAX_WHO_SAID speakers."""
    paired = {q.key for q in chosen}
    free = {french.fold(q.speaker) for q in who_said_pool(ctx, quotes) if q.key not in paired}
    kept = list(chosen)
    for spoken in reversed(chosen):
        if len(free) >= MAX_WHO_SAID or len(kept) <= MIN_PAIRS:
            break
        if french.fold(spoken.speaker) not in free and _askable(spoken, ctx.lexicon):
            kept.remove(spoken)
            free.add(french.fold(spoken.speaker))
    return kept


def match_item(ctx: Context, quotes: list[SpokenQuote]) -> dict[str, object] | None:
    """A match of `match_quotes`, before any is left to "Qui a dit"."""
    return _match(ctx, match_quotes(ctx, quotes))


def _match(ctx: Context, chosen: list[SpokenQuote]) -> dict[str, object] | None:
    """Match the chosen quotations to their speakers; other people of the article are
    distractors. Reported speech is paired as the article reports it ("que le gouvernement
    …"), not between « »."""
    if len(chosen) < MIN_PAIRS:
        return None
    speakers = {q.speaker for q in chosen}
    said = " ".join(q.text for q in chosen)
    others = [o for o in other_speakers(ctx, speakers) if not mentioned_in(ctx, o, said)]
    distractors = ctx.rng.sample(others, min(2, len(others)))
    summary = " ; ".join(_said_by(q) for q in chosen)
    # "propos" says both what was quoted and what was reported; a "citation" is word for word
    said = "propos" if any(q.reported for q in chosen) else "citation"
    # "la bonne personne" beside "Le gouvernement" or "Des associations" (review 14)
    people = all(is_one_person(ctx, s) for s in (*speakers, *distractors))
    who = "la bonne personne" if people else "la personne ou au groupe qui parle"
    item: dict[str, object] = {
        "id": ctx.new_id("speakers", " ".join(q.speaker for q in chosen)[:40]),
        "type": "speakers",
        "skill": "speakers",
        "prompt": f"Qui a dit quoi ? Associez chaque {said} à {who}.",
        "points": 2,
        "pairs": [_pair(q) for q in chosen],
    }
    if distractors:
        item["distractors"] = sorted(distractors)
    item["evidence"] = chosen[0].evidence
    to_name(ctx, str(item["id"]), chosen[0].speaker)
    item["hint"] = f"Cherchez chaque {said} dans l'article : le nom est juste avant ou juste après."
    if any(is_interview_answer(q.quote) for q in chosen):
        item["hint"] = f"{item['hint']} Les réponses de l'entretien sont de la personne interrogée."
    item["hint_cost"] = 0.5
    item["feedback"] = french.capitalise(f"{summary}.")
    return item


def _pair(spoken: SpokenQuote) -> dict[str, object]:
    if spoken.reported:
        return {"quote": spoken.that_clause, "speaker": spoken.speaker, "reported": True}
    return {"quote": spoken.text, "speaker": spoken.speaker}


_WISH_CUE = re.compile(
    r"^(?:a |ont |avait |avaient )?(?:demand|exig|réclam|souhait|propos|veu|voul|suggèr|suggér|"
    r"recommand|craign|crain|regrett|déplor|redout|refus|espér|espèr)"
)
"""Verbs whose "que" clause is a wish or a fear, in the subjunctive."""


def _said_by(spoken: SpokenQuote) -> str:
    """One pair in the feedback: "Philippe Varin : « nous avons … »", and for reported speech
    "selon Arnaud Montebourg, le gouvernement n'acceptait pas le plan en l'état" ("selon" keeps
    the article's tenses right; "a dit que" when the words have their own "selon")."""
    who = french.lower_first(spoken.speaker, spoken.evidence)
    short = shorten_quote(spoken.text, 10)
    if spoken.reported and re.search(r"\bselon\b", french.fold(short)):
        said = "ont dit" if french.is_plural(who) else "a dit"
        return f"{who} {said} {replace(spoken, text=short).that_clause}"
    wish = _WISH_CUE.match(french.fold(spoken.quote.cue.strip())) or any(
        french.fold(w) in french.SUBJUNCTIVES for w in spoken.text.split()
    )
    if spoken.reported and wish:
        # "demande que les contrôles soient plus fréquents", "a insisté pour que le dispositif
        # soit limité": a wish in the subjunctive, never "selon X, les contrôles soient …"
        cue = french.with_auxiliary(spoken.quote.cue.strip(), french.is_plural(who))
        return f"{who} {cue}{_linking_pour(spoken)} {replace(spoken, text=short).that_clause}"
    if spoken.reported:
        return f"selon {who}, {french.lower_first(short, spoken.evidence)}"
    return f"{who} : {french.quoted(short)}"


def _linking_pour(spoken: SpokenQuote) -> str:
    """ " pour" when the article writes "<cue> pour que …" ("a insisté pour que"), else ""."""
    at = spoken.evidence.find(spoken.quote.cue.strip())
    if at == -1:
        return ""
    rest = spoken.evidence[at + len(spoken.quote.cue.strip()) :]
    return " pour" if re.match(r"\s+pour\s+qu", rest) else ""


def _askable(spoken: SpokenQuote, lexicon: Lexicon) -> bool:
    """Direct words "Qui a dit" can quote: 4 words or more, a claim, not a bare phrase."""
    return (
        spoken.quote.kind == "direct"
        and spoken.words >= 4
        and not is_question(spoken)
        and not is_fragment(spoken.text, lexicon)
    )


def who_said_pool(ctx: Context, quotes: list[SpokenQuote]) -> list[SpokenQuote]:
    """The words "Qui a dit" may ask about: direct ones, else reported ones ("Qui a dit que
    … ?"). What a document says is asked by sources.py: "Qui a dit" asks for a person."""
    quotes = [q for q in quotes if not is_document(ctx, q.speaker)]
    direct = [q for q in quotes if _askable(q, ctx.lexicon)]
    return direct or [q for q in quotes if q.quote.kind == "indirect"]


def who_said_items(
    ctx: Context, quotes: list[SpokenQuote], avoid: set[tuple[str, str]]
) -> list[dict[str, object]]:
    """ "Qui a dit : « ... » ?" choices for direct quotes of 4 words or more, each speaker once,
    none that an item in `avoid` (quotation keys) already asks about."""
    by_speaker: dict[str, SpokenQuote] = {}
    for spoken in who_said_pool(ctx, quotes):
        if spoken.key not in avoid:
            by_speaker.setdefault(french.fold(spoken.speaker), spoken)
    pool = sorted(by_speaker.values(), key=lambda q: q.quote.start)
    if len(pool) > MAX_WHO_SAID:
        pool = sorted(ctx.rng.sample(pool, MAX_WHO_SAID), key=lambda q: q.quote.start)
    items = []
    for spoken in pool:
        # nobody the quotation itself names ("Depuis Hergé, …" does not offer Hergé), nor,
        # when its sentence does not name the speaker ("…, assure-t-il. Son professeur,
        # Hervé Lambert, …"), anyone the sentence names: the words might be theirs
        told = outside_quotes(named_evidence(ctx, spoken.speaker, spoken.evidence))
        named = mentioned_in(ctx, spoken.speaker, told)
        others = [
            o
            for o in other_speakers(ctx, {spoken.speaker})
            if not mentioned_in(ctx, o, spoken.text) and (named or not mentioned_in(ctx, o, told))
        ]
        if len(others) < 2:
            continue
        options = [*wrong_speakers(ctx, spoken.speaker, others, 3), spoken.speaker]
        ctx.rng.shuffle(options)
        if spoken.quote.kind == "direct" and is_clause(spoken.text):
            prompt = f"Qui a dit : {french.quoted(french.capitalise(spoken.text))} ?"
        elif spoken.quote.kind == "direct":
            prompt = f"Qui a employé ces mots : {_quote_for_prompt(spoken)} ?"
        elif "[…]" in spoken.text:
            continue
        else:
            prompt = f"D'après l'article, qui a dit {spoken.that_clause} ?"
        role = _role_of(ctx, spoken.speaker)
        hint = (
            french.ensure_period(f"Cette personne est {role}")
            if role and _narrows(ctx, role, spoken.speaker, options)
            else ANSWER_HINT
            if is_interview_answer(spoken.quote)
            else quote_hint(ctx, spoken.evidence)
        )
        ctx.asked_quotes.add(spoken.key)
        item_id = ctx.new_id("qui-a-dit", f"{spoken.speaker} {spoken.text}"[:40])
        to_name(ctx, item_id, spoken.speaker)
        items.append(
            {
                "id": item_id,
                "type": "choice",
                "skill": "speakers",
                "prompt": prompt,
                "options": options,
                "answer": spoken.speaker,
                "evidence": spoken.evidence,
                "hint": hint,
                "hint_cost": 0.5,
                "feedback": cue_feedback(spoken),
            }
        )
    return items


def quote_hint(ctx: Context, evidence: str) -> str:
    """Where to look for a quotation: its paragraph ("Cherchez la citation dans le troisième
    paragraphe : …"), which points to the name without saying it, as a role would in a
    lesson whose "Qui est X ?" gives that role."""
    ordinal = ctx.paragraph_ordinal(evidence)
    if ordinal is None:
        return QUOTE_HINT
    return QUOTE_HINT.replace("dans l'article", f"dans le {ordinal} paragraphe")


_ARTICLE = re.compile(r"(?i)^(?:le|la|les|un|une)\s+|^l['’]")


def _narrows(ctx: Context, role: str, speaker: str, options: list[str]) -> bool:
    """Whether a role hint singles the speaker out among the options: a bare noun ("le
    président", "le maire", "une étudiante") says neither of what nor where, and the article
    may have several; a role another option shares says nothing either. "Le président du
    club", "la maire de Brest", "le Premier ministre albanais" do."""
    if len(_ARTICLE.sub("", role).split()) < 2:
        return False
    others = (_role_of(ctx, o) for o in options if french.fold(o) != french.fold(speaker))
    return not any(o is not None and french.fold(o) == french.fold(role) for o in others)


def _role_of(ctx: Context, name: str) -> str | None:
    for person in ctx.facts.people:
        if french.fold(person.name) == french.fold(name) and person.role:
            return french.lower_titles(role_with_article(ctx, person.role, person.name))
    return None


def speaker_items(ctx: Context) -> list[dict[str, object]]:
    """Every speaker item the article's quotations and people allow."""
    every = usable_quotes(ctx)
    # the words "Que dit X ?" shows with X are asked about there, not here; words that hold
    # the answer of a date question ("que la chanteuse est morte samedi") are not shown
    quotes = [
        q
        for q in every
        if french.fold(q.text) not in ctx.reserved and not ctx.seen.reveals(_pair(q)["quote"])
    ]
    # a speaker left without words to ask about loses an item
    ctx.seen.refused += len({q.speaker for q in every}) - len({q.speaker for q in quotes})
    items = []
    chosen = _share(ctx, match_quotes(ctx, quotes), quotes)
    match = _match(ctx, chosen)
    if match is not None:
        items.append(match)
        ctx.asked_quotes.update(q.key for q in chosen)
    who = who_said_items(ctx, quotes, ctx.asked_quotes)
    items += who
    items += source_items(ctx, every)
    items += role_items(ctx, {french.fold(str(i["answer"])) for i in who})
    return items
