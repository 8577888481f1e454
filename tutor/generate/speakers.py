"""Speaker items: who said what (matching), "Qui a dit : « ... » ?" choices, "Qui est X ?" roles."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.extract.role_kin import role_gender
from tutor.extract.role_words import is_role_noun
from tutor.facts import Quote
from tutor.generate import clauses, french, grammar
from tutor.generate.context import Context
from tutor.generate.simplify import AUXILIARIES
from tutor.generate.speaker_labels import offered_label

MAX_PAIRS = 4
MAX_WHO_SAID = 3
MAX_QUOTE_WORDS = 22
_CAPITAL_TITLES = frozenset({"Premier", "Première"})
"""Titles French writes with a capital wherever they stand ("le Premier ministre")."""


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


_CLAUSE_OPENERS = french.wordset("je j' nous vous il elle ils elles on c'est ce cela ça tout")


def is_clause(quote: str) -> bool:
    """Whether quoted words are a sentence ("nous avons une sécurité financière …") rather than
    a few words taken from one ("ennemis rusés et dangereux", "rester dans la zone euro")."""
    words = quote.split()
    if not words:
        return False
    if words[0][0].isupper():
        return True
    first = french.fold(words[0])
    if first in _CLAUSE_OPENERS or first.startswith(("j'", "c'", "n'")):
        return True
    verb = any(
        w in AUXILIARIES
        or w in ("ne", "n'")
        or w.startswith("n'")
        or w.endswith(("rait", "raient"))
        for w in map(french.fold, words[1:8])
    )
    return grammar.determiner(words[0]) is not None and verb


def usable_quotes(ctx: Context) -> list[SpokenQuote]:
    """Quotations with a known speaker and an evidence sentence, in article order."""
    return list(ctx.remember("usable_quotes", lambda: _usable_quotes(ctx)))


def _usable_quotes(ctx: Context) -> list[SpokenQuote]:
    out = []
    for quote in sorted(ctx.facts.quotes, key=lambda q: (q.start, q.end, q.text)):
        label = offered_label(ctx, quote)
        evidence = ctx.evidence(quote.sentence)
        text = shown_quote(quote.text)
        if label is None or evidence is None or french.word_count(text) < 2:
            continue
        if quote.kind == "indirect" and not clauses.starts_with_subject(text, ctx.proper_words):
            continue
        shown = shorten_quote(text, MAX_QUOTE_WORDS)
        out.append(SpokenQuote(quote, shown, label, evidence))
    return out


_INCISE = re.compile(r",\s+[^\W\d_]+(?:-t)?-(?:il|elle|ils|elles)\s*(?=[.,;!?…]|$)")
"""A verb of saying left inside a quotation: "…, estime-t-il. Les revendications …"."""


def shown_quote(text: str) -> str:
    """A quotation as items show it: without its quotation marks, an incise of the article
    ("…, estime-t-il.") or its final period; a question keeps its question mark. Plain
    quotation marks inside become « » ("avaient "leur part" -> avaient « leur part »)."""
    text = _INCISE.sub("", french.unquote(text))
    if '"' in text:
        parts = text.split('"')
        text = "".join(p + ("« " if i % 2 == 0 else " »") for i, p in enumerate(parts[:-1]))
        text = french.balance_quotes(re.sub(r"\s+", " ", text + parts[-1]))
    question = text.rstrip().endswith("?")
    text = french.strip_final_punctuation(text)
    return f"{text} ?" if question else text


def shorten_quote(text: str, max_words: int) -> str:
    """A quotation cut to a length; a cut at a sentence end drops the period, which the
    closing « » and the item's own punctuation follow ("… de salle »." not "… de salle. ».")."""
    short = french.shorten(text, max_words)
    return short if short.endswith(("?", "!")) else short.rstrip(" .;:,")


def is_question(spoken: SpokenQuote) -> bool:
    """A quotation that asks ("Qui devait s'en occuper ?"): told as a claim it says nothing."""
    return spoken.text.endswith("?")


def is_fragment(text: str) -> bool:
    """A few words with no verb, though they start like a sentence ("Le responsable de la
    sécurité", an answer to a question): no claim to attribute."""
    words = text.split()
    if len(words) > 6 or grammar.determiner(words[0]) is None:
        return False
    return not any(
        w in AUXILIARIES or w in ("ne", "n'") or w.startswith(("n'", "c'", "s'"))
        for w in map(french.fold, words)
    )


def _best_per_speaker(quotes: list[SpokenQuote]) -> dict[str, SpokenQuote]:
    """For each speaker, the quotation that makes the best item: direct, 5 to 22 words."""
    best: dict[str, SpokenQuote] = {}
    for spoken in quotes:
        key = french.fold(spoken.speaker)
        current = best.get(key)
        if current is None or _quote_rank(spoken) < _quote_rank(current):
            best[key] = spoken
    return best


def _quote_rank(spoken: SpokenQuote) -> tuple[int, int, int]:
    too_short = spoken.words < 5
    return (too_short, spoken.quote.kind != "direct", abs(spoken.words - 14))


def other_speakers(ctx: Context, exclude: set[str]) -> list[str]:
    """Everyone else who speaks or is named in the article, as option labels, sorted."""
    names: dict[str, str] = {}
    for quote in ctx.facts.quotes:
        label = offered_label(ctx, quote)
        if label is not None:
            names.setdefault(_speaker_key(label), label)
    for person in ctx.people:
        names.setdefault(_speaker_key(person.name), person.name)
    excluded = {_speaker_key(e) for e in exclude}
    return sorted(label for key, label in names.items() if key not in excluded)


def _speaker_key(label: str) -> str:
    """ "Le rapport de la CIA" and "Un rapport de la CIA" are one speaker."""
    return re.sub(r"^(?:le|la|les|un|une|des|l')\s*", "", french.fold(label))


def _cue_feedback(spoken: SpokenQuote) -> str:
    cue = spoken.quote.cue.strip()
    who = french.lower_first(spoken.speaker)
    plural = french.is_plural(who)
    it_is = f"Ce sont {who}" if plural else f"C'est {who}"
    words = "leurs paroles" if plural else "ses paroles"
    if french.fold(cue) in ("pour", "selon", "d'après"):
        # "Pour Jérémie Zimmermann, « … »": "Pour" alone says nothing, with the name it does
        match = re.search(rf"\b{re.escape(cue)}\s+[^,«“]{{2,60}}", spoken.evidence, re.I)
        if match and french.fold(spoken.speaker.split()[-1]) in french.fold(match.group(0)):
            phrase = match.group(0).strip()
            return f"{it_is} : dans l'article, « {phrase} » introduit {words}."
    elif cue and french.fold(cue) in french.fold(spoken.evidence):
        return f"{it_is} : dans l'article, « {cue} » rapporte {words}."
    return f"{it_is} : son nom est près de la citation dans l'article."


def _quote_for_prompt(spoken: SpokenQuote) -> str:
    text = spoken.text
    return french.quoted(text)


def match_item(ctx: Context, quotes: list[SpokenQuote]) -> dict[str, object] | None:
    """Match 2 to 4 quotations to their speakers; other people of the article are distractors."""
    best = _best_per_speaker(quotes)
    if len(best) < 2:
        return None
    chosen = sorted(best.values(), key=lambda q: q.quote.start)
    substantial = [q for q in chosen if q.words >= 3]
    if len(substantial) >= 2:
        chosen = substantial
    if len(chosen) > MAX_PAIRS:
        chosen = sorted(ctx.rng.sample(chosen, MAX_PAIRS), key=lambda q: q.quote.start)
    speakers = {q.speaker for q in chosen}
    others = other_speakers(ctx, speakers)
    distractors = ctx.rng.sample(others, min(2, len(others)))
    summary = " ; ".join(
        f"{french.lower_first(q.speaker)} : {french.quoted(shorten_quote(q.text, 10))}"
        for q in chosen
    )
    item: dict[str, object] = {
        "id": ctx.new_id("speakers", " ".join(q.speaker for q in chosen)[:40]),
        "type": "speakers",
        "skill": "speakers",
        "prompt": "Qui a dit quoi ? Associez chaque citation à la bonne personne.",
        "points": 2,
        "pairs": [{"quote": q.text, "speaker": q.speaker} for q in chosen],
    }
    if distractors:
        item["distractors"] = sorted(distractors)
    item["evidence"] = chosen[0].evidence
    item["hint"] = (
        "Cherchez chaque citation dans l'article : le nom est juste avant ou juste après."
    )
    item["hint_cost"] = 0.5
    item["feedback"] = french.capitalise(f"{summary}.")
    return item


def who_said_items(
    ctx: Context, quotes: list[SpokenQuote], avoid: set[str]
) -> list[dict[str, object]]:
    """ "Qui a dit : « ... » ?" choices for direct quotes of 4 words or more, each speaker once."""
    direct = [
        q
        for q in quotes
        if q.quote.kind == "direct"
        and q.words >= 4
        and not is_question(q)
        and not is_fragment(q.text)
    ]
    # quotes of the matching item only when there are no others: asking twice is still practice
    candidates = [q for q in direct if french.fold(q.text) not in avoid] or direct
    by_speaker: dict[str, SpokenQuote] = {}
    for spoken in candidates:
        by_speaker.setdefault(french.fold(spoken.speaker), spoken)
    if not by_speaker:
        # no direct quotations: ask about indirect ones ("Qui a dit que ... ?")
        for spoken in quotes:
            if spoken.quote.kind == "indirect" and french.fold(spoken.text) not in avoid:
                by_speaker.setdefault(french.fold(spoken.speaker), spoken)
    pool = sorted(by_speaker.values(), key=lambda q: q.quote.start)
    if len(pool) > MAX_WHO_SAID:
        pool = sorted(ctx.rng.sample(pool, MAX_WHO_SAID), key=lambda q: q.quote.start)
    items = []
    for spoken in pool:
        others = other_speakers(ctx, {spoken.speaker})
        if len(others) < 2:
            continue
        options = [*ctx.rng.sample(others, min(3, len(others))), spoken.speaker]
        ctx.rng.shuffle(options)
        if spoken.quote.kind == "direct" and is_clause(spoken.text):
            prompt = f"Qui a dit : {french.quoted(french.capitalise(spoken.text))} ?"
        elif spoken.quote.kind == "direct":
            prompt = f"Qui a employé ces mots : {_quote_for_prompt(spoken)} ?"
        elif "[…]" in spoken.text:
            continue
        else:
            clause = french.lower_first(spoken.text)
            prompt = f"D'après l'article, qui a dit {french.elide('que', clause)}{clause} ?"
        role = _role_of(ctx, spoken.speaker)
        hint = (
            french.ensure_period(f"Cette personne est {role}")
            if role
            else "Cherchez la citation dans l'article : le nom est juste avant ou juste après."
        )
        items.append(
            {
                "id": ctx.new_id("qui-a-dit", f"{spoken.speaker} {spoken.text}"[:40]),
                "type": "choice",
                "skill": "speakers",
                "prompt": prompt,
                "options": options,
                "answer": spoken.speaker,
                "evidence": spoken.evidence,
                "hint": hint,
                "hint_cost": 0.5,
                "feedback": _cue_feedback(spoken),
            }
        )
    return items


def _role_of(ctx: Context, name: str) -> str | None:
    for person in ctx.facts.people:
        if french.fold(person.name) == french.fold(name) and person.role:
            return french.lower_titles(role_with_article(ctx, person.role, person.name))
    return None


def role_with_article(ctx: Context, role: str, name: str = "") -> str:
    """A role as a noun phrase with the determiner the article uses ("le porte-parole ..."), or
    the one the person's gender calls for ("Christian Jacob, président du groupe UMP" -> "le
    président du groupe UMP"): options then all read alike, none stands out by its form."""
    role = role.strip()
    if re.match(r"(?i)(?:(?:le|la|les|un|une)\s+|l['’])", role):
        return role
    first = role.split(" ", 1)[0]
    if first[:1].isupper() and is_role_noun(first.lower()) and first not in _CAPITAL_TITLES:
        # "Préfet maritime de l'Atlantique, X a ...": the capital was the sentence's
        role = first.lower() + role[len(first) :]
    found: dict[str, re.Match[str] | None] = ctx.memo.setdefault("role_in_body", {})
    if role not in found:
        # the whole body is searched, and role options ask for each role several times
        pattern = r"(?i)\b((?:le|la|du|au|de la|un|une)\s+|l['’]|de l['’])" + re.escape(role)
        found[role] = re.search(pattern, ctx.article.body)
    match = found[role]
    if match is None:
        folded = french.fold(name)
        feminine, masculine = folded in ctx.feminine_names, folded in ctx.masculine_names
        if feminine == masculine:
            # the role's own noun may tell: "mère de deux enfants", "étudiante infirmière"
            by_ending = {"f": "Fem", "m": "Masc"}.get(grammar.noun_gender(first) or "", "")
            told = role_gender(first.lower()) or by_ending or _gender_by_suffix(first)
            feminine, masculine = told == "Fem", told == "Masc"
        if role[:1].islower() and french.starts_with_vowel(role):
            mark = french.apostrophe_of(role if re.search("['’]", role) else ctx.article.body)
            return f"l{mark}{role}"  # "l'archéologue", whoever it is
        if feminine == masculine or not role[:1].islower():
            return role
        return grammar.definite("la" if feminine else "le", role)
    det = french.fold(match.group(1)).strip()
    det = {"du": "le", "au": "le", "de la": "la", "de l'": "l'", "de l’": "l'"}.get(det, det)
    joint = "" if det.endswith("'") else " "
    return f"{det}{joint}{role}"


def _gender_by_suffix(noun: str) -> str:
    """ "cheffe", "rectrice", "maîtresse": a feminine form the lexicon may not know."""
    return "Fem" if french.fold(noun).endswith(("ffe", "trice", "euse", "ière", "esse")) else ""


def role_items(ctx: Context) -> list[dict[str, object]]:
    """ "Qui est X ?" with the roles of the other people of the article as wrong options."""
    people = [p for p in ctx.people if p.role and 2 <= french.word_count(p.role) <= 12]
    phrases = {
        p.name: french.lower_titles(role_with_article(ctx, p.role or "", p.name)) for p in people
    }
    roles = {name: french.capitalise(phrase) for name, phrase in phrases.items()}
    if len({french.fold(r) for r in roles.values()}) < 3:
        return []
    items = []
    speakers = {french.fold(q.speaker) for q in ctx.facts.quotes}
    ranked = sorted(people, key=lambda p: (french.fold(p.name) not in speakers, p.name))
    for person in ranked[:2]:
        evidence = None
        for name in (person.name, *person.aliases):
            found = ctx.sentence_containing(name, person.role or "")
            evidence = ctx.evidence(found) if found else None
            if evidence:
                break
        if evidence is None:
            continue
        answer = roles[person.name]
        own = [french.fold(n) for n in (person.name, *person.aliases)]
        wrong = sorted(
            {
                r
                for r in roles.values()
                if french.fold(r) != french.fold(answer)
                and not any(n in french.fold(r) for n in own)  # "le beau-frère de X" for X
            }
        )
        if len(wrong) < 2:
            continue
        options = [*ctx.rng.sample(wrong, min(3, len(wrong))), answer]
        ctx.rng.shuffle(options)
        items.append(
            {
                "id": ctx.new_id("qui-est", person.name),
                "type": "choice",
                "skill": "speakers",
                "prompt": f"Qui est {person.name} ?",
                "options": options,
                "answer": answer,
                "evidence": evidence,
                "hint": f"Cherchez le nom « {person.name} » dans l'article.",
                "hint_cost": 0.5,
                "feedback": french.ensure_period(f"{person.name} est {phrases[person.name]}"),
            }
        )
    return items


def speaker_items(ctx: Context) -> list[dict[str, object]]:
    """Every speaker item the article's quotations and people allow."""
    quotes = usable_quotes(ctx)
    items = []
    match = match_item(ctx, quotes)
    used: set[str] = set()
    if match is not None:
        items.append(match)
        used = {french.fold(p["quote"]) for p in match["pairs"]}  # type: ignore[index,union-attr]
    items += who_said_items(ctx, quotes, used)
    items += role_items(ctx)
    return items
