"""Vocabulary items: clozes on key terms (typed or with a word bank), terms and definitions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.facts import Term
from tutor.generate import banks, french, grammar, plausible
from tutor.generate.context import Context
from tutor.generate.simplify import is_participle
from tutor.glossary import GlossaryEntry
from tutor.model import GAP

TYPED_CLOZES = 2
BANK_CLOZES = 2
PAIRS_PER_MATCH = 4
MAX_MATCHES = 2
TERMS_CONSIDERED = 24
"""The best key terms are enough for every cloze and word bank; the rest are not looked at."""


@dataclass(frozen=True)
class TermInSentence:
    """A key term located once in its evidence sentence."""

    term: Term
    sentence: str
    start: int
    end: int
    entry: GlossaryEntry | None

    @property
    def form(self) -> str:
        return self.sentence[self.start : self.end]

    @property
    def pos(self) -> str:
        """The glossary's part of speech when it gives one (a teacher wrote it; the tagger takes
        "insultant" in "d'insultant" for a noun), else the tagger's."""
        return ((self.entry.pos if self.entry else "") or self.term.pos or "").upper()


def _locate(ctx: Context, term: Term) -> TermInSentence | None:
    sentence = ctx.evidence(term.sentence)
    text = term.text.strip()
    if sentence is None or len(text) < 3 or term.pos.upper() == "PROPN":
        return None
    found = _occurrences(sentence, text)
    if len(found) != 1:
        return None
    start, end = found[0]
    for longer in ctx.glossary_in(sentence):
        inside = longer.start <= start and end <= longer.end
        longer_term = (longer.end - longer.start) > (end - start)
        if inside and longer_term and longer.form[0].isupper() and not text[0].isupper():
            return None  # part of a name: "le Conseil constitutionnel"
    at_start = not sentence[:start].strip()
    if sentence[start].isupper() and not at_start and not text[0].isupper():
        return None  # part of a name here ("la Nouvelle Démocratie")
    return TermInSentence(term, sentence, start, end, ctx.glossary.get(term.lemma))


def _occurrences(sentence: str, text: str) -> list[tuple[int, int]]:
    """Where `text` occurs in `sentence` as whole words (case and apostrophes ignored)."""
    haystack, needle = french.fold(sentence), french.fold(text)
    if len(haystack) != len(sentence) or not needle:
        pattern = r"['’]".join(map(re.escape, re.split(r"['’]", text)))
        return [
            m.span() for m in re.finditer(rf"(?<![\w-]){pattern}(?![\w-])", sentence, re.IGNORECASE)
        ]
    out = []
    at = haystack.find(needle)
    while at >= 0:
        end = at + len(needle)
        before = haystack[at - 1] if at else " "
        after = haystack[end] if end < len(haystack) else " "
        if not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "-_"):
            out.append((at, end))
        at = haystack.find(needle, at + 1)
    return out


def located_terms(ctx: Context) -> list[TermInSentence]:
    """Key terms, best first, each found exactly once in its sentence; one per lemma."""
    return list(ctx.remember("located_terms", lambda: _located_terms(ctx)))


def _located_terms(ctx: Context) -> list[TermInSentence]:
    out, seen = [], set()
    ranked = sorted(ctx.facts.terms, key=lambda t: (-t.score, t.lemma))[:TERMS_CONSIDERED]
    for term in ranked:
        key = french.fold(term.lemma)
        if key in seen:
            continue
        located = _locate(ctx, term)
        if located is not None:
            seen.add(key)
            out.append(located)
    return out


def _hint(located: TermInSentence) -> str:
    if located.entry is not None:
        definition = french.spaced_punctuation(located.entry.definition)
        if located.pos == "VERB" and french.fold(located.form) != french.fold(located.term.lemma):
            return f"{definition} (le verbe « {located.term.lemma} », à conjuguer)"
        return definition
    first = located.form[0]
    count = len(located.form.split())
    if count > 1:
        return f"Ce sont {count} mots ; le premier commence par « {first} »."
    return f"Le mot commence par « {first} » et a {len(located.form)} lettres."


def _feedback(located: TermInSentence) -> str:
    form = located.form
    if located.entry is not None:
        definition = french.spaced_punctuation(located.entry.definition)
        return f"Le mot du texte est « {form} ». {french.ensure_period(definition)}"
    return f"Le mot du texte est « {form} » : relisez la phrase pour bien comprendre son sens."


def _cloze_text(located: TermInSentence) -> str:
    return french.gap_window(located.sentence, located.start, located.end, GAP, 30)


def typed_cloze(ctx: Context, located: TermInSentence) -> dict[str, object]:
    item: dict[str, object] = {
        "id": ctx.new_id("mot", located.term.lemma),
        "type": "cloze",
        "skill": "vocabulary",
        "prompt": "Complétez la phrase avec le mot du texte.",
        "text": _cloze_text(located),
        "answer": located.form,
    }
    if french.fold(located.form) != french.fold(located.term.lemma) and located.pos != "VERB":
        pass  # the lemma would not fit the sentence; only the form of the text is right
    item["evidence"] = located.sentence
    item["hint"] = _hint(located)
    item["hint_cost"] = 0.5
    item["feedback"] = _feedback(located)
    return item


def bank_cloze(
    ctx: Context, located: TermInSentence, others: list[TermInSentence]
) -> dict[str, object] | None:
    """A cloze with a word bank: the answer and two or three other words of the article with
    the same grammar (see `tutor.generate.banks`)."""
    if not located.form[:1].islower():
        return None  # a capital would single the answer out of the bank
    bank = _bank(ctx, located, others)
    if bank is None:
        return None
    return {
        "id": ctx.new_id("banque", located.term.lemma),
        "type": "cloze",
        "skill": "vocabulary",
        "prompt": "Complétez la phrase avec le bon mot de la liste.",
        "text": _cloze_text(located),
        "answer": located.form,
        "bank": bank,
        "evidence": located.sentence,
        "hint": _hint(located),
        "hint_cost": 0.5,
        "feedback": _feedback(located),
    }


def _bank(ctx: Context, located: TermInSentence, others: list[TermInSentence]) -> list[str] | None:
    answer = _word(located.form, located.pos, located.term.lemma, located.entry)
    sentence = banks.plain(located.sentence)
    slot = banks.gap_slot(located.sentence[: located.start], located.sentence[located.end :])
    asked: set[str] = ctx.memo.get("cloze_lemmas", set())

    def gender_of(noun: str) -> str | None:
        genders = ctx.remember("genders", lambda: banks.genders_in(ctx.article.body))
        folded = french.fold(noun)
        single = folded[:-1] if folded.endswith(("s", "x")) else folded
        found = genders.get(folded) or genders.get(single)
        if found is not None:
            return found
        # the tagger and the ending each err now and then ("le principal contributeur" tagged
        # feminine): when they disagree, the gender is unknown and the word stays out
        tagged, ending = ctx.lexicon.gender(noun), grammar.noun_gender(noun)
        return tagged if ending in (None, tagged) else (ending if tagged is None else None)

    fitting = [
        word
        for word in _bank_pool(ctx, others).get(answer.pos, ())
        if banks.plain(word.form) not in sentence  # "memorandum" when it says "mémorandums"
        and banks.plain(word.form) not in asked  # the answer of another cloze
        and not (word.pos == "NOUN" and not word.definition and is_participle(word.form))
        and banks.fits(answer, word, slot, gender_of)
    ]
    fitting = _implausible(ctx, located, fitting)
    close: list[banks.Word] = []
    # words with a glossary entry first: they are surely words of their part of speech
    ranked = banks.similar_length(located.form, fitting)
    for word in sorted(ranked, key=lambda w: not w.definition):
        if len(close) == banks.BANK_SIZE:
            break
        if not any(banks.same_word(word, kept) for kept in close):
            close.append(word)
    if len(close) < 2:
        return None  # words of another kind would give the answer away
    chosen = ctx.rng.sample(close, min(banks.BANK_SIZE - 1, len(close)))
    bank = [*(w.form for w in chosen), located.form]
    ctx.rng.shuffle(bank)
    return bank


def _implausible(
    ctx: Context, located: TermInSentence, fitting: list[banks.Word]
) -> list[banks.Word]:
    """The candidates a learner could not defend in the gap (see `tutor.generate.plausible`);
    the others are recorded in ctx.memo["bank_refusals"] for the run's report."""
    context = plausible.context_words(
        located.sentence[: located.start], located.sentence[located.end :]
    )
    refused = ctx.memo.setdefault("bank_refusals", [])
    elsewhere = [s for s in ctx.sentences if s.strip() != located.sentence.strip()]
    kept = []
    for word in fitting:
        verdict = plausible.refusal(ctx.lexicon, located.form, word.form, context, elsewhere)
        if verdict is None:
            kept.append(word)
        else:
            refused.append((located.form, verdict))
    return kept


def _bank_pool(ctx: Context, others: list[TermInSentence]) -> dict[str, list[banks.Word]]:
    """Key terms and glossary terms of the article, as bank candidates by part of speech (built
    once)."""

    def build() -> dict[str, list[banks.Word]]:
        pool = {banks.plain(o.form): _word(o.form, o.pos, o.term.lemma, o.entry) for o in others}
        for form, entry, _ in _glossary_terms(ctx):
            word = _word(form, (entry.pos or "NOUN").upper(), entry.lemma, entry)
            pool.setdefault(banks.plain(form), word)
        by_pos: dict[str, list[banks.Word]] = {}
        for word in pool.values():
            if word.form[:1].islower():
                by_pos.setdefault(word.pos, []).append(word)
        return by_pos

    result: dict[str, list[banks.Word]] = ctx.remember("bank_pool", build)
    return result


def _word(form: str, pos: str, lemma: str, entry: GlossaryEntry | None) -> banks.Word:
    return banks.Word(form, pos, lemma, entry.definition if entry else "")


def _glossary_terms(ctx: Context) -> list[tuple[str, GlossaryEntry, str]]:
    """(form in the text, entry, sentence) for glossary terms of the article: key terms first,
    then other glossary terms the text uses, longer expressions before single words."""
    return list(ctx.remember("glossary_terms", lambda: _find_glossary_terms(ctx)))


def _find_glossary_terms(ctx: Context) -> list[tuple[str, GlossaryEntry, str]]:
    found: dict[str, tuple[str, GlossaryEntry, str]] = {}
    for located in located_terms(ctx):
        if located.entry is not None:
            key = french.fold(located.entry.lemma)
            found.setdefault(key, (located.form, located.entry, located.sentence))
    extra: dict[str, tuple[str, GlossaryEntry, str]] = {}
    for sentence in ctx.sentences:
        for match in ctx.glossary_in(sentence):
            single = " " not in match.entry.lemma
            at_start = not sentence[: match.start].strip()
            name_like = match.form[0].isupper() and not match.entry.lemma[0].isupper()
            if single and name_like and not at_start and not match.form.isupper():
                continue  # "la Nouvelle Démocratie", "ministre de la Défense"
            key = french.fold(match.entry.lemma)
            if key not in found and ctx.evidence(sentence):
                extra.setdefault(key, (match.form, match.entry, sentence))
    ranked = sorted(extra.items(), key=lambda kv: (-kv[0].count(" "), -len(kv[0]), kv[0]))
    return list(found.values()) + [v for _, v in ranked]


def term_match_items(ctx: Context, avoid: set[str]) -> list[dict[str, object]]:
    """Term <-> definition matching, 4 pairs per item, up to MAX_MATCHES items."""
    terms = [t for t in _glossary_terms(ctx) if french.fold(t[1].lemma) not in avoid]
    if len(terms) < 2 * PAIRS_PER_MATCH:
        terms += [t for t in _glossary_terms(ctx) if french.fold(t[1].lemma) in avoid]
    definitions: set[str] = set()
    lemmas: list[str] = []
    unique = []
    for form, entry, sentence in terms:
        lemma = french.fold(entry.lemma)
        # "directive" next to "directive européenne" would make two definitions fit one word
        overlapping = any(lemma in other or other in lemma for other in lemmas)
        if french.fold(entry.definition) not in definitions and not overlapping:
            definitions.add(french.fold(entry.definition))
            lemmas.append(lemma)
            unique.append((form, entry, sentence))
    items = []
    for group_start in range(0, min(len(unique), PAIRS_PER_MATCH * MAX_MATCHES), PAIRS_PER_MATCH):
        group = unique[group_start : group_start + PAIRS_PER_MATCH]
        if len(group) < 3:
            break
        _, first_entry, sentence = group[0]
        items.append(
            {
                "id": ctx.new_id("definitions", first_entry.lemma),
                "type": "terms",
                "skill": "vocabulary",
                "prompt": "Associez chaque mot de l'article à sa définition.",
                "points": 2,
                "pairs": [
                    {
                        "term": entry.lemma,
                        "definition": french.ensure_period(
                            french.spaced_punctuation(entry.definition)
                        ),
                    }
                    for _, entry, _ in group
                ],
                "evidence": ctx.evidence(sentence) or sentence,
                "hint": f"« {first_entry.lemma} » : "
                + _after_colon(ctx, french.spaced_punctuation(first_entry.definition)),
                "hint_cost": 0.5,
                "feedback": "Ces mots sont dans l'article : "
                + ", ".join(f"« {form} »" for form, _, _ in group)
                + ". Relisez leurs phrases : le contexte aide à comprendre le sens.",
            }
        )
    return items


def _after_colon(ctx: Context, definition: str) -> str:
    """A definition after "« mot » :", in lower case as French writes it ("« rejeter » :
    refuser, dire non …"), unless it opens with a name ("Europe", "ONU")."""
    first = re.match(r"[^\W\d_]+", definition)
    word = first.group(0) if first else ""
    name = word.isupper() or french.fold(word) in ctx.proper_words - french.DETERMINERS
    elided = re.match(r"[A-Z][’']", definition) is not None  # "L'argent que l'on reçoit"
    if elided or (word[1:2].islower() and not name):
        definition = definition[0].lower() + definition[1:]
    return french.ensure_period(definition)


def _fresh(ctx: Context, located: list[TermInSentence]) -> list[TermInSentence]:
    """Terms not asked yet (by lemma or by form), whose sentence no cloze uses yet."""
    asked: set[str] = ctx.memo.setdefault("cloze_lemmas", set())
    sentences: set[str] = ctx.memo.setdefault("cloze_sentences", set())
    return [
        t
        for t in located
        if banks.plain(t.term.lemma) not in asked
        and banks.plain(t.form) not in asked
        and t.sentence not in sentences
    ]


def _mark(ctx: Context, located: TermInSentence) -> None:
    ctx.memo.setdefault("cloze_lemmas", set()).update(
        (banks.plain(located.term.lemma), banks.plain(located.form))
    )
    ctx.memo.setdefault("cloze_sentences", set()).add(located.sentence)


def clozes(ctx: Context, typed: int, banked: int) -> list[dict[str, object]]:
    """Up to `typed` typed clozes (terms with a definition first), then `banked` with a bank."""
    located = located_terms(ctx)
    items: list[dict[str, object]] = []
    for _ in range(typed):
        fresh = _fresh(ctx, located)
        pick = next((t for t in fresh if t.entry is not None), fresh[0] if fresh else None)
        if pick is None:
            break
        _mark(ctx, pick)
        items.append(typed_cloze(ctx, pick))
    made = 0
    for candidate in _fresh(ctx, located):
        if made >= banked:
            break
        if candidate.sentence in ctx.memo.get("cloze_sentences", set()):
            continue
        item = bank_cloze(ctx, candidate, located)
        if item is not None:
            _mark(ctx, candidate)
            items.append(item)
            made += 1
    # no word bank without words a learner could not defend: typed clozes take their place
    for _ in range(banked - made):
        fresh = _fresh(ctx, located)
        if not fresh:
            break
        _mark(ctx, fresh[0])
        items.append(typed_cloze(ctx, fresh[0]))
    return items


def vocabulary_items(ctx: Context) -> list[dict[str, object]]:
    """Typed clozes on the best terms with a definition, bank clozes, then definition matching."""
    items = clozes(ctx, TYPED_CLOZES, BANK_CLOZES)
    avoid = {french.fold(str(i["answer"])) for i in items}
    items += term_match_items(ctx, avoid)
    return items


def extra_vocabulary(ctx: Context, count: int) -> list[dict[str, object]]:
    """More clozes, for an article whose other facts gave few items."""
    typed = (count + 1) // 2
    return clozes(ctx, typed, count - typed)
