"""The proof a speaker item shows: the words' sentence with the one that names the speaker.

"Qui a dit" and the match show, as their evidence, the sentence of the words. The words are often
told by a pronoun ("…, regrette-t-il.") or go on in a sentence of their own (« Clara le sait, on
en a parlé cette nuit. »): that sentence proves nothing to a learner who chose a name. The proof
then keeps the sentence that names the speaker. It is set once the lesson is made: the other
families know a sentence by the words' own sentence (what is used, what is shown).
"""

from __future__ import annotations

import re
from typing import Any

from tutor.generate import french
from tutor.generate.context import DATELINE, Context
from tutor.generate.speaker_labels import mentioned_in

_NAMED = "proofs_to_name"
_SENTENCE_END = re.compile(r"[.!?…][»”\")]*\s+")
MAX_NAMING_BACK = 2
"""Sentences before the words a proof may go back to the speaker's name."""
MAX_PROOF_WORDS = 80
"""A proof longer than this is no longer read at a glance: the words' sentence stays alone."""


def named_evidence(ctx: Context, speaker: str, evidence: str) -> str:
    """The proof a learner is shown of who said the words: their sentence, with the sentences
    between it and the one that names the speaker (one or two before it in its paragraph, else
    the one after). The second sentence of a quotation (« Clara le sait, on en a parlé cette
    nuit. ») or one told by a pronoun ("…, regrette-t-il.") proves nothing alone; "…, a confié
    la comédienne Odile Parmentier à la sortie. « Clara le sait … »" does."""
    body = ctx.article.body
    start = body.find(evidence)
    if start < 0 or mentioned_in(ctx, speaker, evidence):
        return evidence
    end = start + len(evidence)
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", end)
    before, after = body[line_start:start], body[end : len(body) if line_end < 0 else line_end]
    # a sentence starts outside quotation marks: "« … C'est déroutant au début », raconte Léa
    # Durand." begins at the « that opens the words, not at a stop inside them
    starts = [0, *(m.end() for m in _SENTENCE_END.finditer(before))]
    starts = [
        at
        for at in starts
        if before[at:].strip() and _open_quotes(before[at:]) >= 0 and _outside_straight(before, at)
    ]
    for at in reversed(starts[-MAX_NAMING_BACK:]):
        if mentioned_in(ctx, speaker, before[at:]):
            text = DATELINE.sub("", body[line_start + at : end].strip()).lstrip("–—- ")
            return text if french.word_count(text) <= MAX_PROOF_WORDS else evidence
    stops = (m.end() for m in _SENTENCE_END.finditer(after + " "))
    following = next(
        (at for at in stops if _open_quotes(after[:at]) == 0 and _outside_straight(after, at)),
        None,
    )
    if following is not None and mentioned_in(ctx, speaker, after[:following]):
        # "« Vous avez cru qu'un écran vous protégeait. » C'est par ces mots que la présidente …"
        text = body[start : end + following].strip()
        return text if french.word_count(text) <= MAX_PROOF_WORDS else evidence
    return evidence


def _outside_straight(text: str, at: int) -> bool:
    """Whether `at` is outside the straight quotes of `text` (from its paragraph's start): a
    wire typed with "…" made the proof of « Nous ne rentrerons pas » open inside the words
    before it, 'Nous sommes sortis en pyjama avec les enfants", a raconté …' (review 15)."""
    return text[:at].count('"') % 2 == 0


def _open_quotes(text: str) -> int:
    """How many quotations a text opens and does not close (negative: closes more)."""
    return text.count("«") + text.count("“") - text.count("»") - text.count("”")


def to_name(ctx: Context, item_id: str, speaker: str) -> None:
    """Note that the item's proof should name `speaker`, for `name_speakers` to set."""
    ctx.memo.setdefault(_NAMED, {})[item_id] = speaker


def name_speakers(ctx: Context, items: list[dict[str, Any]]) -> int:
    """Give each noted item the proof that names its speaker; the proofs changed."""
    named: dict[str, str] = ctx.memo.get(_NAMED, {})
    changed = 0
    for item in items:
        speaker = named.get(str(item.get("id")))
        if speaker is None or "evidence" not in item:
            continue
        proof = named_evidence(ctx, speaker, str(item["evidence"]))
        if proof != item["evidence"]:
            item["evidence"] = proof
            changed += 1
    return changed
