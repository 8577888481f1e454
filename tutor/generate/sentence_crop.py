"""Cropping a long sentence around the gap of an exercise, at clause breaks.

Long news sentences make poor exercises: the crop keeps whole clauses around the gap, marks its
cuts with …, never splits a spaced number ("1 200"), and keeps a quotation it cut marked as one.
Cloze, number and date items all show their sentence through `gap_window`.
"""

from __future__ import annotations

import re

from tutor.generate.french import ELLIPSIS, word_count
from tutor.literal_search import find_between


def gap_window(sentence: str, start: int, end: int, gap: str, max_words: int = 30) -> str:
    """The sentence with [start, end) replaced by `gap`, cropped around it at clause breaks.

    Long news sentences make poor exercises; the crop keeps whole clauses and marks cuts with …
    """
    opener = len(sentence) - len(without_interview_dash(sentence))
    if opener <= start:
        sentence, start, end = sentence[opener:], start - opener, end - opener
    text = sentence[:start] + gap + sentence[end:]
    gap_at = start
    if word_count(text) <= max_words:
        return text.strip()
    text = _paired_straight_quotes(text)
    # clause boundaries: after , ; : and before « when preceded by space
    cuts = [0] + [m.end() for m in re.finditer(r"[,;:]\s+", text)] + [len(text)]
    left = max(c for c in cuts if c <= gap_at)
    right = min(c for c in cuts if c >= gap_at + len(gap))
    li = cuts.index(left)
    ri = cuts.index(right)
    while True:
        grown = False
        if li > 0 and word_count(text[cuts[li - 1] : right]) <= max_words:
            li -= 1
            left = cuts[li]
            grown = True
        if ri < len(cuts) - 1 and word_count(text[left : cuts[ri + 1]]) <= max_words:
            ri += 1
            right = cuts[ri]
            grown = True
        if not grown:
            break
    # a gap at the end of its clause needs some words after it to be guessable
    room = max_words - word_count(text[left:right])
    need = min(8 - word_count(text[gap_at + len(gap) : right]), room)
    if need > 0 and right < len(text):
        more = re.match(rf"(?:\s*\S+){{1,{need}}}", text[right:])
        if more:
            right += more.end()
            # a spaced number is one word: "près de 1 200 postes", never "près de 1 …"
            while re.match(r"\d[ \u00a0\u202f]\d{3}(?!\d)", text[right - 1 : right + 5]):
                right += 4
            right = _past_name(text, right)
            right += _closing_mark(text, right)
    piece = text[left:right].strip().rstrip(",;:").strip()
    if word_count(piece) > max_words:
        # one clause is still too long: keep words around the gap
        half = max_words // 2
        starts = [m.start() for m in re.finditer(r"\S+", text[left:gap_at])]
        ends = [m.end() for m in re.finditer(r"\S+", text[gap_at + len(gap) : right])]
        cut_left, cut_right = len(starts) > half, len(ends) > half
        start = left + starts[-half] if cut_left else left
        end = gap_at + len(gap) + ends[half - 1] if cut_right else right
        # a spaced number is one word: "de 8 000 à 9 000 MW", never "… 000 MW"
        while cut_left and start > left and _NUMBER_TAIL.search(text[left:start]):
            start = left + max(i for i in starts if left + i < start - 1)
        if cut_left:
            start = _sentence_start(text, start, gap_at)
        while cut_right and end < right and re.match(r"[ \u00a0\u202f]\d{3}(?!\d)", text[end:]):
            end += 4
        if cut_right:
            end = min(_past_name(text, end), right)
            end = min(end + _closing_mark(text, end), right)
        # the text's own spacing is kept: "des ___. »", never "des ___ . »"
        piece = text[start:end].strip().rstrip(",;:")
        left = left if not cut_left else -1
        right = right if not cut_right else -1
    prefix = "" if left == 0 else ELLIPSIS + " "
    suffix = "" if right == len(text) else " " + ELLIPSIS
    if suffix:
        piece = _without_quote_stub(piece, piece.find(gap) + len(gap))
    half_date = _HALF_DATE.search(piece) if suffix else None
    if half_date and half_date.start() > piece.find(gap):
        piece = piece[: half_date.start()]  # "ouvrira le samedi 11 …": the date goes whole
    piece, before, after = _stray_quotes(piece, cut_before=bool(prefix), cut_after=bool(suffix))
    # a quotation the crop cut stays marked as one: "« … le rejet d'ACTA … »"
    text = before + prefix + piece + suffix + after
    return text.replace(_STRAIGHT_OPEN, '"').replace(_STRAIGHT_CLOSE, '"')


_INTERVIEW_DASH = re.compile(r"\s*[–—-]\s+(?:«\s*(?![^«»]*»))?")
"""The dash that opens an interviewee's answer ("– « De vérifier le loyer …", "– Nous évaluons
…"), with the « of a quotation that does not close in the same text."""


def without_interview_dash(text: str) -> str:
    """A text without the dash of an interview's answer at its start, nor the opening « that
    follows it when its » is not in the text: shown alone, the answer's marks open nothing
    ("– « De vérifier le loyer …" is "De vérifier le loyer …")."""
    found = _INTERVIEW_DASH.match(text)
    return text if found is None else text[found.end() :]


_SENTENCE_END = re.compile(r"(?<=\w{3}[.!?])\s+(?=«?\s*[A-ZÀ-ÖØ-Ý])")
"""A full stop, !, or ? after a word of three letters or more, then a capital: a sentence
starts there ("dégradés. Nous avons"), where "M. Dupont" or "J. Martin" is one name."""


def _sentence_start(text: str, start: int, gap_at: int) -> int:
    """Where a crop cut at `start` starts once it leaves out the tail of a sentence before
    the gap's: "… dégradés. Nous avons d'ailleurs abaissé …" is "… Nous avons d'ailleurs
    abaissé …", never a word alone before a full stop."""
    found = _SENTENCE_END.search(text, start, gap_at)
    return found.end() if found else start


_NAME_PARTICLES = frozenset(["le", "la", "de", "du", "des", "van", "von", "der", "den", "ben"])
_WORD_AFTER = re.compile(r"\s+(\S+)")


def _past_name(text: str, end: int) -> int:
    """Where a crop ending at `end` ends once the name it cut is whole: "Yannick Le …" is
    "Yannick Le Floch. …", "Jean-Marc Van …" "Jean-Marc Van der Berg Junior …"."""
    words = text[:end].split()
    if not words or words[-1][-1] in ".,;:!?»)":
        return end
    # "Van der": a particle in small letters after a capitalised word is inside the name
    inside = len(words) > 1 and words[-2][:1].isupper() and words[-2][-1] not in ".,;:!?»)"
    if not _name_part(words[-1], text[end:], inside and words[-1].lower() in _NAME_PARTICLES):
        return end
    while True:
        nxt = _WORD_AFTER.match(text, end)
        if nxt is None or not _name_part(nxt.group(1), text[nxt.end() :], inside=True):
            return end
        end = nxt.end()
        if nxt.group(1)[-1] in ".,;:!?»)":
            # "Floch." ends the name; its stop stays out of the word count, not of the text
            return end


def _name_part(word: str, rest: str, inside: bool = False) -> bool:
    """A word of a name: capitalised, or a particle ("Le", "van der") that more of the name
    follows; `inside` a name, a particle may be in small letters ("Van der Berg")."""
    bare = word.strip(".,;:!?»)")
    if not bare or not (bare[:1].isupper() or inside):
        return False
    if bare.lower() in _NAME_PARTICLES:
        after = _WORD_AFTER.match(rest)
        return after is not None and _name_part(after.group(1), rest[after.end() :], True)
    return bare[:1].isupper() and not bare.isupper()


_WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_HALF_DATE = re.compile(
    rf"(?:\s+(?:le|du|au|dès|depuis|jusqu['’]au)(?:\s+{_WEEKDAY})?|\s+{_WEEKDAY})"
    r"\s+\d{1,2}(?:er)?$",
    re.IGNORECASE,
)
"""A day cut from its month at the end of a crop ("le samedi 11"): the crop ends before it."""


_STRAIGHT_OPEN, _STRAIGHT_CLOSE = "\x01", "\x02"
"""Stand-ins for the opening and the closing " of a sentence typed with straight quotes, so a
crop tells them apart as it does « and »."""


def _paired_straight_quotes(text: str) -> str:
    """ "…", a demandé …: each straight quote of a sentence that has them in pairs, marked as
    opening or closing (review 15: a crop kept the closing " of a quotation it cut, '… où vont
    nager les enfants ?", a demandé la ___')."""
    marks = [i for i, char in enumerate(text) if char == '"']
    if not marks or len(marks) % 2:
        return text
    chars = list(text)
    for n, i in enumerate(marks):
        chars[i] = _STRAIGHT_CLOSE if n % 2 else _STRAIGHT_OPEN
    return "".join(chars)


_NUMBER_TAIL = re.compile(r"\d[ \u00a0\u202f]$")
"""The end of a text cut inside a spaced number ("9 " before "000")."""


def _closing_mark(text: str, end: int) -> int:
    """How many characters after `end` reach a closing mark that follows at once: the crop
    keeps it with its last word ("principe d'« inaliénabilité »", never "d'« inaliénabilité …
    »", where the ellipsis seemed to cut the word's quotation)."""
    found = re.match(r"[ \u00a0\u202f]?[»”]", text[end:])
    return found.end() if found else 0


def _without_quote_stub(piece: str, after_gap: int) -> str:
    """A piece cut after the gap one word into a quotation ends before its mark: "estime que
    la France « a … »" showed one word of « a trop longtemps fermé les yeux »."""
    opening = piece.rfind("«")
    if opening < after_gap or "»" in piece[opening:] or word_count(piece[opening + 1 :]) > 1:
        return piece
    return piece[:opening].rstrip().rstrip(",;:")


def _stray_quotes(piece: str, cut_before: bool, cut_after: bool) -> tuple[str, str, str]:
    """A cropped piece without the « or » whose partner is not in it, unless the crop cut that
    partner away; then the marks the piece needs before it (« or ") and after it (» or ")."""
    before = after = ""
    pairs = (("«", "»"), ("“", "”"), (_STRAIGHT_OPEN, _STRAIGHT_CLOSE))
    for opening, closing in pairs:
        stray, open_at = [], []
        for i, char in enumerate(piece):
            if char == opening:
                open_at.append(i)
            elif char == closing:
                if open_at:
                    open_at.pop()
                else:
                    stray.append(i)
        if opening in ("«", _STRAIGHT_OPEN):
            closed = len(stray) if cut_before else 0
            opened = len(open_at) if cut_after else 0
            if opening == "«":
                before, after = "« " * closed + before, after + " »" * opened
            else:
                before, after = '"' * closed + before, after + '"' * opened
            stray = [] if cut_before else stray
            open_at = [] if cut_after else open_at
        for i in sorted([*stray, *open_at], reverse=True):
            if char_at(piece, i - 1) == " " and piece[i] == closing:
                piece = piece[: i - 1] + piece[i + 1 :]
            elif char_at(piece, i + 1) == " " and piece[i] == opening:
                piece = piece[:i] + piece[i + 2 :]
            else:
                piece = piece[:i] + piece[i + 1 :]
    return piece, before, after


def char_at(text: str, index: int) -> str:
    return text[index] if 0 <= index < len(text) else ""


def without_figures(
    evidence: str, start: int, end: int, answers: list[str]
) -> tuple[str, int, int] | None:
    """The sentence with the answers that hold a digit ("2014", "le 1er juin 2009") put as "…"
    outside [start, end), and where [start, end) now stands; None when none is there: a
    number question shows the sentence of another item's date without that date."""
    spans = []
    for answer in {a.strip() for a in answers if any(c.isdigit() for c in a)}:
        at = find_between(evidence, answer)
        while at != -1:
            if at + len(answer) <= start or at >= end:
                spans.append((at, at + len(answer)))
            at = find_between(evidence, answer, at + 1)
    if not spans:
        return None
    parts, last, shift = [], 0, 0
    for left, right in sorted(spans, key=lambda span: (span[0], -span[1])):
        if left < last:
            continue  # an answer inside another one ("2009" in "le 1er juin 2009")
        parts += [evidence[last:left], ELLIPSIS]
        if right <= start:
            shift += len(ELLIPSIS) - (right - left)
        last = right
    parts.append(evidence[last:])
    return "".join(parts), start + shift, end + shift
