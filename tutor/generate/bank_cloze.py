"""Clozes with a word bank: the answer among two or three other words of the article that fit
the gap's grammar and that a learner could not defend there (see `tutor.generate.banks`,
`tutor.generate.bank_words` and `tutor.generate.plausible`)."""

from __future__ import annotations

import re

from tutor.extract.dictionary_phrases import LONGEST, listed_phrase
from tutor.generate import bank_words, banks, french, gap_frames, grammar, plausible
from tutor.generate.cloze_parts import bank_hint, cloze_feedback, cloze_hint, cloze_text
from tutor.generate.context import Context
from tutor.generate.key_terms import TermInSentence, answer_pos, glossary_terms
from tutor.generate.lexicon import is_nominal
from tutor.generate.simplify import is_participle
from tutor.glossary import GlossaryEntry


def bank_cloze(
    ctx: Context, located: TermInSentence, others: list[TermInSentence]
) -> dict[str, object] | None:
    """A cloze with a word bank: the answer and two or three other words of the article with
    the same grammar (see `tutor.generate.banks`)."""
    if not located.form[:1].islower():
        return None  # a capital would single the answer out of the bank
    if located.pos == "VERB" and " " in located.form.strip():
        # "se heurter à" among "faire face à", "mettre en place": verb phrases share objects
        # and senses so easily that another one often fits the gap as well; typed instead
        return None
    if located.pos == "NOUN" and _verb_taken_for_noun(ctx, located):
        return None
    if located.pos == "ADJ" and _adjective_as_noun(ctx, located):
        return None
    if _BARE_QUOTATION_BEFORE.search(located.sentence[: located.start]) and (
        _QUOTATION_CLOSE.match(located.sentence[located.end :])
    ):
        # "avait salué « une ___ »": a quotation of the gap alone says nothing of what fits
        # it, "une greffe d'utérus" as well as "une aventure collective"
        return None
    if _THRESHOLD_BEFORE.search(located.sentence[: located.start]):
        # "à la sortie de l'___" (audience): the company, the hospital, the meeting fit there
        # as well, and an article's nouns are mostly such places and events
        return None
    bank = _bank(ctx, located, others)
    if bank is None:
        return None
    hint = cloze_hint(located)
    if located.entry is None:
        hint = bank_hint(located.form, bank)
    return {
        "id": ctx.new_id("banque", located.term.lemma),
        "type": "cloze",
        "skill": "vocabulary",
        "prompt": "Complétez la phrase avec le bon mot de la liste.",
        "text": cloze_text(ctx, located),
        "answer": located.form,
        "answer_pos": answer_pos(ctx, located),
        "bank": bank,
        "evidence": located.sentence,
        "hint": hint,
        "hint_cost": 0.5,
        "feedback": cloze_feedback(located),
    }


_BARE_QUOTATION_BEFORE = re.compile(r"[«“\"]\s*(?:[\w]+['’]?\s*)?$")
_QUOTATION_CLOSE = re.compile(r"\s*[»”\"]")
_THRESHOLD_BEFORE = re.compile(
    r"(?<![\w'’])(?:à\s+la\s+sortie|au\s+sortir|à\s+l['’]entrée|à\s+la\s+porte|aux\s+portes)"
    r"\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|d['’]|de\s+)$",
    re.IGNORECASE,
)
"""Where someone comes out of or goes into something: any place or event fits the gap."""
_NAME_AFTER = re.compile(
    r"^\s+(?:M(?:e|me|gr)\s+)?(?:[A-ZÀ-ÖØ-Þ]{2,}\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]+\s+[A-ZÀ-ÖØ-Þ][\w'’-]+"
)
_NAME_BEFORE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]+\s+[A-ZÀ-ÖØ-Þ][\w'’-]+,\s*$")


def person_slot(before: str, after: str) -> bool:
    """Whether a gap is a title next to a full name ("Le ___ Yohan Mbala", "la ___ CFDT
    Samia Berrada", "Jacques Delpeyrat, ___ de vaches"): whatever the answer, a word naming a
    person fits there ("Le capitaine Yohan Mbala")."""
    return bool(_NAME_AFTER.match(after) or _NAME_BEFORE.search(before))


_SOURCE_BEFORE = re.compile(
    r"(?<![\w'’])(?:selon|d['’]après)\s+(?:le|la|les|l['’]|leur|leurs|son|sa|ses|notre|nos)\s*$",
    re.IGNORECASE,
)


def source_slot(before: str) -> bool:
    """Whether a gap names whom a claim comes from ("Selon leur ___, un auteur sur deux …"):
    a person fits there as well as a body ("Selon leur délégué" for "syndicat")."""
    return bool(_SOURCE_BEFORE.search(before))


_DETERMINER_AFTER = re.compile(r"^\s+(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs)\b")


_NOUN_SLOT_BEFORE = re.compile(
    r"(?:^|[\s'’])(?:le|la|les|l['’]|un|une|des|du|de|d['’]|au|aux|ma|ta|sa|mon|ton|son|ses|"
    r"leur|leurs|notre|nos|votre|vos)\s*$",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"^\s+([^\W\d_][\w'’-]*)")


def _adjective_as_noun(ctx: Context, located: TermInSentence) -> bool:
    """Whether an "adjective" answer is used as a noun in its gap ("Les élèves de ___
    n'auront plus de notes" for "sixième"): after a determiner or "de", and before no noun it
    could qualify. Among adjectives ("lisible", "satisfaisant") it would be the only word that
    fits."""
    if not _NOUN_SLOT_BEFORE.search(located.sentence[: located.start]):
        return False
    following = _NEXT_WORD.match(located.sentence[located.end :])
    return following is None or not bank_words.used_as_noun(ctx.article.body, following.group(1))


def _verb_taken_for_noun(ctx: Context, located: TermInSentence) -> bool:
    """Whether a "noun" answer is a verb the tagger misread ("et dérègle le système nerveux"):
    read as a finite verb, or never written after a determiner and followed by one, or a
    participle with no determiner before it ("47 ans, dialysé trois fois par semaine"). Among
    nouns, it would stand out."""
    if bank_words.used_as_noun(ctx.article.body, located.form):
        return False
    if is_participle(located.form) and not _DETERMINED.search(located.sentence[: located.start]):
        return True  # "Sylvain, 47 ans, dialysé trois fois par semaine": no noun stands there
    after = located.sentence[located.end :]
    return located.form.lower() in ctx.lexicon.finite or bool(_DETERMINER_AFTER.match(after))


_DETERMINED = re.compile(
    r"(?<![\w'’])(?:le|la|les|l['’]|un|une|des|du|de|d['’]|au|aux|son|sa|ses|leur|leurs|ce|"
    r"cet|cette|ces|mon|ma|mes|notre|nos|votre|vos|quel|quelle|chaque|\d+)\s*$",
    re.IGNORECASE,
)
"""What a noun follows in its sentence; a participle the tagger took for a noun follows none."""


def _bank(ctx: Context, located: TermInSentence, others: list[TermInSentence]) -> list[str] | None:
    answer = _word(located.form, located.pos, located.term.lemma, located.entry)
    sentence = banks.plain(located.sentence)
    slot = banks.gap_slot(located.sentence[: located.start], located.sentence[located.end :])
    asked: set[str] = ctx.memo.get("cloze_lemmas", set())
    before, after = located.sentence[: located.start], located.sentence[located.end :]
    titled = person_slot(before, after) or source_slot(before)

    known: dict[str, str | None] = ctx.memo.setdefault("bank_genders", {})

    def gender_of(noun: str) -> str | None:
        # asked for the answer and each candidate of every bank: once per noun and article
        if noun not in known:
            known[noun] = _gender_of(noun)
        return known[noun]

    def _gender_of(noun: str) -> str | None:
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
        and _same_kind(ctx, answer, word, titled)
    ]
    person = answer.pos == "NOUN" and (titled or _names_person(ctx, answer))
    fitting = _implausible(ctx, located, fitting, person)
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


def _same_kind(ctx: Context, answer: banks.Word, word: banks.Word, titled: bool = False) -> bool:
    """Whether a noun candidate is a noun in the article that names no kind of anything and,
    for an answer that names a person or a gap that titles one (`person_slot`), names none
    (see `tutor.generate.bank_words`)."""
    if word.pos != "NOUN":
        return True
    if not bank_words.used_as_noun(ctx.article.body, word.form):
        return False  # "irréalistes" of "revendications irréalistes"
    if bank_words.is_generic(word.form):
        return False  # "œuvres" beside "tabatières": it fits the gap too
    if answer.pos != "NOUN" or not (titled or _names_person(ctx, answer)):
        return True
    return not _names_person(ctx, word)


def _names_person(ctx: Context, word: banks.Word) -> bool:
    known: dict[str, bool] = ctx.memo.setdefault("bank_persons", {})
    if word.form not in known:
        known[word.form] = bank_words.is_person(
            ctx.glossary, word.form, word.lemma
        ) or bank_words.said_of_a_person(ctx.article.body, word.form)
    return known[word.form]


def _implausible(
    ctx: Context, located: TermInSentence, fitting: list[banks.Word], person: bool = False
) -> list[banks.Word]:
    """The candidates a learner could not defend in the gap (see `tutor.generate.plausible`)
    and that the article never writes in the gap's frame (`tutor.generate.gap_frames`);
    the others are recorded in ctx.memo["bank_refusals"] for the run's report.

    A person's gap has things for candidates (`_same_kind`): where the gap is a verb's object,
    the verb may take things as well ("contrôlé le ___": the runner, his passport), and is
    asked about them (`plausible.governing_verb`)."""
    context = plausible.context_words(
        located.sentence[: located.start], located.sentence[located.end :]
    )
    refused = ctx.memo.setdefault("bank_refusals", [])
    elsewhere = [s for s in ctx.sentences if s.strip() != located.sentence.strip()]
    # a sentence without a verb ("Des lettres aux directeurs, des ___ à l'agence régionale de
    # santé, des messages …") has nothing but the gap's neighbours to choose its meaning: a
    # word of the answer's field fits as well ("des alertes à l'agence")
    open_gap = plausible.open_frame(
        located.sentence[: located.start], located.sentence[located.end :]
    ) or is_nominal(ctx.lexicon, located.sentence)
    verb = plausible.governing_verb(located.sentence[: located.start]) if person else None
    frames = gap_frames.gap_frames(
        located.sentence[: located.start], located.sentence[located.end :]
    )
    kept = []
    for word in fitting:
        verdict = plausible.refusal(
            ctx.lexicon, located.form, word.form, context, elsewhere, open_gap, verb
        )
        if verdict is None and gap_frames.written_in_frame(
            word.form, frames, ctx.article.body, ctx.lexicon.similarity
        ):
            # "l'absence de ___" and "davantage de transparence": the article's own French
            verdict = plausible.Verdict(word.form, "frame", 1.0)
        if verdict is None and _listed_with_its_neighbours(
            word.form, located.sentence[located.end :], located.sentence[: located.start]
        ):
            # "la ___ des classes": "rentrée des classes" is French as much as "fusion"; so is
            # "le chef d'___": "chef d'entreprise"
            verdict = plausible.Verdict(word.form, "phrase", 1.0)
        if verdict is None:
            kept.append(word)
        else:
            refused.append((located.form, verdict))
    return kept


def _listed_with_its_neighbours(form: str, after_gap: str, before_gap: str = "") -> bool:
    """Whether a candidate and the words next to the gap make a phrase dictionaries list: the
    words after it ("rentrée des classes", "état d'urgence"), before it ("chef d'entreprise",
    "mise en examen") or both: a learner who knows the phrase would choose the candidate.

    The words before must hold a word of their own (`_PHRASE_HEAD`): "à l'" and "de" alone
    start listed phrases ("à l'écart", "de rigueur") that say nothing of the gap's sense."""
    after = _WORD.findall(after_gap)[:3]
    befores = [""]
    tail = before_gap
    for _ in range(3):
        match = _LAST_WORD.search(tail)
        if match is None:
            break
        tail = tail[: match.start()]
        written = " ".join(before_gap[match.start() :].split())
        if _PHRASE_HEAD.match(written):
            befores.append(written)
    for before in befores:
        for n in range(len(after) + 1):
            if not before and n == 0:
                continue
            joined = _joined(before, form) + "".join(" " + w for w in after[:n])
            if len(joined.split()) <= LONGEST and listed_phrase(joined) is not None:
                return True
    return False


def _joined(before: str, form: str) -> str:
    """The words before the gap and the candidate, spaced as written ("chef d'entreprise")."""
    if not before or before.endswith(("'", "’")):
        return before + form
    return f"{before} {form}"


_WORD = re.compile(r"[\w'’-]+")
_LAST_WORD = re.compile(r"(?:^|(?<=[\s(]))[^\W\d_][\w'’-]*\s*$")
_PHRASE_HEAD = re.compile(
    r"(?!(?:à|a|au|aux|de|d['’]|du|des|le|la|les|l['’]|un|une|en|et|ou|sur|par|pour|dans)(?:\s|$))"
    r"[^\W\d_]{3,}",
    re.IGNORECASE,
)
"""The first of the words before the gap that may start a phrase: a word of three letters or
more that is not a preposition or an article ("chef", "mise", "sortie")."""


def _bank_pool(ctx: Context, others: list[TermInSentence]) -> dict[str, list[banks.Word]]:
    """Key terms and glossary terms of the article, as bank candidates by part of speech (built
    once)."""

    def build() -> dict[str, list[banks.Word]]:
        pool = {banks.plain(o.form): _word(o.form, o.pos, o.term.lemma, o.entry) for o in others}
        for form, entry, _ in glossary_terms(ctx):
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
