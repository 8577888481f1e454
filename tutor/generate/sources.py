"""Sources that are no person: "Quelle source indique que … ?" items, and the feedback that
shows where the article names who (or what) said something."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from tutor.extract.speech import INDIRECT_VERBS, LOOSE_SPEECH_VERBS, SPEECH_VERBS
from tutor.generate import clause_checks, french
from tutor.generate.context import Context
from tutor.generate.speaker_labels import (
    document_noun,
    is_document,
    mentioned_in,
    offered_label,
    other_speakers,
)

if TYPE_CHECKING:
    from tutor.facts import Quote
    from tutor.generate.spoken_quotes import SpokenQuote

MAX_SOURCE_ITEMS = 2
MIN_WORDS = 4
MAX_WORDS = 32
"""A finding is asked about whole ("… supérieur de 38 % à celui de leurs camarades"): cut, the
figure it compares with is lost. Longer than this, the question is not asked."""


def source_items(ctx: Context, quotes: list[SpokenQuote]) -> list[dict[str, object]]:
    """ "D'après l'article, quelle source indique que … ?" for what a study, a report or an
    inquiry says ("Selon l'enquête de la brigade financière, le préjudice total atteint 3,8
    millions d'euros"). A teacher asks "qui ?" about people only: a document is asked for as a
    source, among the article's other sources (other documents first, then people and bodies,
    who can be sources too), and never offered as a person."""
    by_document: dict[str, SpokenQuote] = {}
    for spoken in quotes:
        noun = document_noun(spoken.speaker)
        if noun is None or not is_document(ctx, spoken.speaker):
            continue
        if "[…]" in spoken.text:
            spoken = replace(spoken, text=spoken.whole)
        if spoken.text.endswith("?") or not MIN_WORDS <= spoken.words <= MAX_WORDS:
            continue
        if _PLACE_BEFORE.search(spoken.text) or _points_outside(spoken.text):
            continue  # "l'absentéisme y a baissé": where, the sentence before said
        # "Une étude" and "l'étude" are one study: asked about once, never offered against itself
        by_document.setdefault(noun, spoken)
    items = []
    for noun, spoken in sorted(by_document.items(), key=lambda kv: kv[1].quote.start):
        options = _source_options(ctx, spoken, noun)
        prompt = _prompt(spoken)
        if options is None or prompt is None:
            continue
        ctx.asked_quotes.add(spoken.key)
        items.append(
            {
                "id": ctx.new_id("source", f"{spoken.speaker} {spoken.text}"[:40]),
                "type": "choice",
                "skill": "speakers",
                "prompt": prompt,
                "options": options,
                "answer": spoken.speaker,
                "evidence": spoken.evidence,
                "hint": "Cherchez cette information dans l'article : sa source est nommée "
                "dans la même phrase.",
                "hint_cost": 0.5,
                "feedback": cue_feedback(spoken, document=True),
            }
        )
        if len(items) == MAX_SOURCE_ITEMS:
            break
    return items


_PLACE_BEFORE = re.compile(
    r"(?<!\w)(?<![^\Ws]['’])(?<!\bil )(?<!\bn['’])y\b(?!['’]|\s+compris)", re.IGNORECASE
)
"""The pronoun "y" (not "il y a", "il n'y a", "y compris"): a place that an earlier sentence
names, which a question asking about this sentence alone would leave the learner to guess."""


_DATIVE = re.compile(r"(?<![\w'’])lui\s+(?=[^\W\d_])(?!même\b)", re.IGNORECASE)
_BEFORE_DATIVE = re.compile(
    r"(?:\b(?:selon|pour|avec|chez|de|à|sans|contre|après)|d['’]après)\s+$", re.IGNORECASE
)


def _points_outside(text: str) -> bool:
    """Whether the words keep an object pronoun for something the sentence names outside them
    ("chaque journée de grève lui coûte vingt millions", said of "l'entreprise" whose
    estimates are the source; "le blocage l'a obligée"): asked alone, whom it stands for is a
    guess."""
    if clause_checks.has_loose_pronoun(text):
        return True
    return any(not _BEFORE_DATIVE.search(text[: m.start()]) for m in _DATIVE.finditer(text))


_DEMAND_CUE = re.compile(r"^(?:a |ont |avait |avaient )?(?:demand|exig|réclam|souhait|recommand)")
"""Verbs of asking, whose "que" clause is in the subjunctive ("Le texte demandait qu'un nouveau
loyer ne puisse pas dépasser …")."""


def _prompt(spoken: SpokenQuote) -> str | None:
    """The question; None for a wish or a fear that is not asked for ("regrette que … soit")."""
    if spoken.reported and any(
        french.fold(w) in french.SUBJUNCTIVES for w in re.findall(r"[\w'’]+", spoken.text)
    ):
        # "quelle source indique qu'un nouveau loyer ne puisse pas …" is no French: a demand
        # is asked for as a demand, other subjunctive clauses are not asked
        if not _DEMAND_CUE.match(french.fold(spoken.quote.cue.strip())):
            return None
        return f"D'après l'article, quelle source demande {spoken.that_clause} ?"
    if spoken.reported:
        return f"D'après l'article, quelle source indique {spoken.that_clause} ?"
    return f"D'après l'article, dans quelle source lit-on : {french.quoted(spoken.text)} ?"


def _source_options(ctx: Context, spoken: SpokenQuote, noun: str) -> list[str] | None:
    """The document and up to three other sources of the article, or None with fewer than two:
    none the words themselves name, none another name of the same document, none of its
    authors ("Claire Bertin, coordinatrice de l'étude" is not wrong about the study's
    findings)."""
    others = [
        o
        for o in other_speakers(ctx, {spoken.speaker}, documents=True)
        if document_noun(o) != noun
        and not mentioned_in(ctx, o, spoken.text)
        and not _behind(ctx, o, noun)
    ]
    if len(others) < 2:
        return None
    # "Une étude" against « Une estimation publiée en 2024 dans The Lancet »: a document
    # named by its kind alone could be any document, the answer's too
    others = [o for o in others if document_noun(o) is None or not _any_one(o)]
    if len(others) < 2:
        return None
    documents = [o for o in others if document_noun(o) is not None]
    wrong = ctx.rng.sample(documents, min(3, len(documents)))
    # then who speaks in the article: a person only named there ("Gengis Khan") is no source
    speaking = {offered_label(ctx, q) for q in ctx.facts.quotes}
    for group in ([o for o in others if o in speaking], [o for o in others if o not in speaking]):
        rest = [o for o in group if o not in documents]
        wrong += ctx.rng.sample(rest, min(3 - len(wrong), len(rest)))
        if len(wrong) >= 2:
            break
    if len(wrong) < 2:
        return None
    options = [*wrong, spoken.speaker]
    ctx.rng.shuffle(options)
    return options


def _any_one(label: str) -> bool:
    """A document named by its kind alone, with no one's or nothing else: "Une étude"."""
    words = label.split()
    return len(words) == 2 and french.fold(words[0]) in ("un", "une", "des")


def _behind(ctx: Context, label: str, noun: str) -> bool:
    """Whether a speaker is tied to the document by their role ("Claire Bertin, coordinatrice
    de l'étude") or their label ("Les auteurs de l'étude")."""
    roles = [p.role or "" for p in ctx.facts.people if french.fold(p.name) == french.fold(label)]
    return any(re.search(rf"\b{noun}", french.fold(text)) for text in (label, *roles))


_ANSWER_MARK = re.compile(r"[—–-]|R\s*[:.]|Réponse\s*:")


_PUT_TO_THEM = re.compile(r"(?i)vous\s")


def is_interview_answer(quote: Quote) -> bool:
    """An answer of a question-and-answer interview, or words a question takes up as the
    interviewee's ("Vous dites que « … »"): extraction gives it the answer's mark ("—", "R :")
    or the question's "vous" as its cue; the name is in the introduction, not near the words."""
    cue = quote.cue.strip()
    mark = _ANSWER_MARK.fullmatch(cue) is not None or _PUT_TO_THEM.match(cue) is not None
    return quote.kind == "direct" and mark


def cue_feedback(spoken: SpokenQuote, *, document: bool = False) -> str:
    """Where the article says who spoke: the words that introduce the quotation; what a
    `document` says is "cette information", not "ses paroles"."""
    cue = spoken.quote.cue.strip()
    who = french.lower_first(spoken.speaker, spoken.evidence)
    plural = french.is_plural(who)
    it_is = f"Ce sont {who}" if plural else f"C'est {who}"
    if is_interview_answer(spoken.quote) and _PUT_TO_THEM.match(cue):
        return f"{it_is} : dans cet entretien, « {cue} » s'adresse à la personne interrogée."
    if is_interview_answer(spoken.quote):
        return (
            f"{it_is} : l'article est un entretien, et les réponses aux questions sont ses paroles."
        )
    words = "leurs paroles" if plural else "ses paroles"
    if document:
        words = "cette information"
    if french.fold(cue) in ("pour", "selon", "d'après"):
        # "Pour Jérémie Zimmermann, « … »": "Pour" alone says nothing, with the name it does
        # whole words only: "selon une enquête … par l'union régionale des pharm" was cut
        match = re.search(rf"\b{re.escape(cue)}\s+[^,«“]{{2,90}}(?![\w'’-])", spoken.evidence, re.I)
        if match and french.fold(spoken.speaker.split()[-1]) in french.fold(match.group(0)):
            phrase = match.group(0).strip().rstrip(".;:!?…").strip()
            return f"{it_is} : dans l'article, « {phrase} » introduit {words}."
    elif cue and french.fold(cue) in french.fold(spoken.evidence) and says_something(cue):
        # "s'indigne Nadia Ferhat": the cue without its pronoun is no verb the learner can find
        reflexive = re.search(rf"(?<![\w'’])(?:se\s+|s['’])(?={re.escape(cue)}\b)", spoken.evidence)
        if reflexive is not None:
            cue = reflexive.group(0) + cue
        return f"{it_is} : dans l'article, « {cue} » rapporte {words}."
    if document:
        return f"{it_is} : la source est nommée dans la même phrase de l'article."
    name = "leur nom" if plural else "son nom"  # "Ce sont des membres …: leur nom"
    return f"{it_is} : {name} est près de la citation dans l'article."


_IRREGULAR_SAYING = french.wordset(
    """dit dis disait disaient dira diront dirait disent dise dites prévient préviennent
    prévenu soutient soutiennent soutenu reconnu reconnaissait reconnaît admis admet promis
    promet écrit écrivait conclu souvient souviennent craint craignait sourit"""
)
_SAYING_STEMS = tuple(
    sorted(
        {
            re.sub(r"(?:er|ir|ïr|re)$", "", verb.split("'")[-1]).replace("è", "é")
            for verb in SPEECH_VERBS | INDIRECT_VERBS | LOOSE_SPEECH_VERBS
        }
        - {"di"}
    )
)


def says_something(cue: str) -> bool:
    """Whether the words that introduce a quotation hold a verb of saying ("a-t-elle indiqué",
    "déplore-t-il", "s'indigne"): "a ouvert une enquête pour « mise en danger … »" and "en
    attendant les secours : “…”" introduce words without saying them, and the feedback does
    not tell the learner they do."""
    words = re.findall(r"[^\W\d_]+", french.fold(cue).replace("è", "é"))
    return any(
        w in _IRREGULAR_SAYING or any(w.startswith(stem) for stem in _SAYING_STEMS) for w in words
    )
