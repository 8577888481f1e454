"""Small French text helpers for building prompts: slugs, elision, tidying, cropping, quoting.

Generation never parses French; these helpers work on the surface of sentences taken from the
article and refuse (return None) whenever they cannot be sure the result is correct French.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from tutor import french_calendar as calendar

VOWELS = "aeiouyàâäéèêëîïôöùûüœæAEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆ"
QUOTE_CHARS = '«»“”"„‟'
ELLIPSIS = "…"


def wordset(text: str) -> frozenset[str]:
    """The words of a blank-separated list, for readable constant tables."""
    return frozenset(text.split())


SUBJUNCTIVES = wordset(
    """soit soient ait aient puisse puissent fasse fassent aille aillent veuille veuillent
    sache sachent dise disent vienne viennent prenne prennent"""
)
"""Subjunctives of the common verbs: a clause with one is a wish or a demand ("pour que le
dispositif soit limité"), never what someone says is so."""


MONTHS = calendar.MONTHS

STOPWORDS = wordset(
    """a à au aux avec ce ces cet cette d' dans de des du elle elles en est et être eu il ils
    je l' la le les leur leurs lui ma mais me même mes moi mon ne n' nos notre nous on ont ou où
    par pas plus pour qu' que qui s' sa se ses si son sont sur ta te tes toi ton tu un une vos
    votre vous y été était étaient sera c' ça cela ceci comme aussi très tout tous toute toutes
    avait avaient fait faire entre après avant depuis sans sous selon lors alors donc or ni car
    dont quand quoi déjà encore bien peu cette ces ceux celle celles celui"""
)
"""Common French function words: not keywords, not worth a question."""


SUBJECT_PRONOUNS = {"il": "il", "elle": "elle", "on": "on", "ils": "ils", "elles": "elles"}
DETERMINERS = wordset(
    """le la les l un une des du ce cet cette ces son sa ses leur leurs notre nos votre vos mon
    ma mes chaque plusieurs quelques tous toutes tout toute aucun aucune"""
)


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Casefolded text with typographic apostrophes made plain: for comparisons only."""
    return unicodedata.normalize("NFC", text).replace("’", "'").casefold()


def slugify(text: str, max_length: int = 40) -> str:
    """An id-safe slug: ascii lower case, digits and single hyphens; "l’appel" and "l'appel"
    give the same slug."""
    plain = unicodedata.normalize("NFKD", text.replace("’", "'"))
    ascii_text = plain.encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug or "x"


def words(text: str) -> list[str]:
    """The words of a text (letters, digits, inner hyphens and apostrophes)."""
    return re.findall(r"[^\W_](?:[\w’'-]*[^\W_])?", text)


def word_count(text: str) -> int:
    return len(words(text))


def starts_with_vowel(text: str) -> bool:
    """Whether a word starts with a vowel sound, for elision; a "y" before a vowel is a
    consonant ("de Yuko", "que Yannick", "le yaourt"), before a consonant a vowel ("d'Yves")."""
    text = text.lstrip(" " + QUOTE_CHARS)
    if not text or text[0] not in VOWELS:
        return False
    if text[0] in "yY" and text[1:2] and text[1] in VOWELS:
        return fold(text).startswith(("yeux", "yeuse"))  # "les yeux": "d'yeux"
    return True


def elide(word: str, following: str, apostrophe: str = "'") -> str:
    """`que` + `il` -> `qu'il `: the elided form and the space (or none) before what follows."""
    if starts_with_vowel(following) and word in ("que", "de", "le", "la", "ne", "se", "je"):
        return word[:-1] + apostrophe
    return word + " "


def apostrophe_of(text: str) -> str:
    """The apostrophe a text uses (typographic or plain), so additions match the article."""
    return "’" if "’" in text and "'" not in text else "'"


def capitalise(text: str) -> str:
    """A capital on the first letter, unless a figure comes first: "1 800 hectares brûlés", not
    "1 800 Hectares"."""
    for i, char in enumerate(text):
        if char.isdigit():
            return text
        if char.isalpha():
            return text[:i] + char.upper() + text[i + 1 :]
    return text


_QUANTIFIERS = wordset(
    """certains certaines divers diverses différents différentes nombreux nombreuses autres
    deux trois quatre cinq six sept huit neuf dix"""
)
"""Words that open a description as a determiner does ("Certains spécialistes", "Deux
syndicats"): lowered inside a sentence like one."""


def lower_first(text: str, written_in: str = "") -> str:
    """Lower the first word only when it is a determiner, a quantifier or a pronoun, never a
    name: "selon certains spécialistes", not "selon Certains spécialistes". A determiner that
    `written_in` (the article, or the sentence) capitalises before a name inside a sentence
    is part of that name and stays: "La Gantoise", "Le Monde"."""
    first = re.match(r"[^\W\d_]+", text)
    if first and first.group(0).lower() in DETERMINERS | _QUANTIFIERS | set(SUBJECT_PRONOUNS):
        if written_in and _named_with_capital(text, written_in):
            return text
        return text[0].lower() + text[1:]
    return text


_NAME_WITH_DETERMINER = re.compile(r"(?:La|Le|Les) [A-ZÀ-Ý][\w’'-]*|L['’][A-ZÀ-Ý][\w’'-]*")


def _named_with_capital(text: str, written_in: str) -> bool:
    name = _NAME_WITH_DETERMINER.match(text)
    if name is None:
        return False
    return re.search(rf"(?<=[\w,;:»”)] ){re.escape(name.group(0))}\b", written_in) is not None


def tidy(text: str) -> str:
    """Spaces and punctuation left right after a phrase was removed from a sentence."""
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,.;:!?)])", lambda m: _space_before(m.group(1)), text)
    text = re.sub(r",\s*(?=[,.;:!?])", "", text)
    text = re.sub(r"\(\s*\)", "", text)
    text = re.sub(r"^[\s,;:]+", "", text)
    return re.sub(r"\s+", " ", text).strip()


def _space_before(mark: str) -> str:
    # French puts a space before ; : ! ? but the articles are inconsistent: keep them attached
    # only for , . ) which never take one.
    return mark if mark in ",.)" else " " + mark


def spaced_punctuation(text: str) -> str:
    """A space before ; : ! ? as the generated files write them ("des règles; pour la Grèce" ->
    "des règles ; pour la Grèce"): glossary definitions are typed by many hands."""
    return re.sub(r"(?<=[^\W\d_])([;:!?])(?=\s|$)", r" \1", text)


_TITLES = wordset(
    """ministre vice-ministre président présidente secrétaire directeur directrice conseiller
    conseillère ambassadeur ambassadrice porte-parole chef commissaire"""
)


def lower_titles(role: str) -> str:
    """A role with its title nouns in lower case after the first word ("le Ministre de la
    Défense" -> "le ministre de la Défense", "le Premier Ministre" -> "le Premier ministre"):
    French writes titles as common nouns, even where an article capitalises them. An acronym
    ("le PDG", "la DRH") keeps its capitals."""
    words = role.split(" ")
    return " ".join(
        w.lower() if i and w[:1].isupper() and not w.isupper() and fold(w) in _TITLES else w
        for i, w in enumerate(words)
    )


def strip_final_punctuation(text: str) -> str:
    return re.sub(r"[\s.!?;:…]+$", "", text).strip()


def ensure_period(text: str) -> str:
    text = text.rstrip()
    return text if text.endswith((".", "!", "?", "…", "»", "”")) else text + "."


def shorten(text: str, max_words: int) -> str:
    """Cut a quotation at a word boundary, marking the cut with […] as French quoting does."""
    return balance_quotes(tidy(_shorten(text, max_words)))


def _shorten(text: str, max_words: int) -> str:
    tokens = text.split()
    if len(tokens) <= max_words:
        return text
    # prefer ending at a sentence or clause end inside the limit
    for end in range(max_words, max(max_words // 2, 3), -1):
        if tokens[end - 1].endswith((".", "!", "?")):
            return " ".join(tokens[:end])
    for end in range(max_words, max(max_words // 2, 3), -1):
        if tokens[end - 1].endswith((",", ";", ":")):
            return " ".join(tokens[:end]).rstrip(",;:") + " […]"
    return " ".join(tokens[:max_words]).rstrip(",;:") + " […]"


def quoted(text: str) -> str:
    """A text between « », its own « » turned into “ ” as French nests quotations."""
    inner = re.sub(r"\s*»", "”", re.sub(r"«\s*", "“", text.strip()))
    return f"« {inner} »"


def unquote(text: str) -> str:
    """A quotation without its surrounding quotation marks and edge punctuation; quotation
    marks left inside are balanced, so « never opens without closing."""
    text = text.strip().strip(QUOTE_CHARS + " \u00a0\u202f").strip()
    return balance_quotes(re.sub(r"^[,;:]\s*", "", text))


def balance_quotes(text: str) -> str:
    """Close a « or “ left open (and open one left closed) at the ends of a text, in the order
    they come: "règles » et se dit « prêt à discuter" (two quotations stripped of their outer
    marks) is "« règles » et se dit « prêt à discuter »"."""
    for opening, closing in (("«", "»"), ("“", "”")):
        depth = unopened = 0
        for char in text:
            if char == opening:
                depth += 1
            elif char == closing:
                if depth:
                    depth -= 1
                else:
                    unopened += 1
        text = f"{opening} " * unopened + text + f" {closing}" * depth
    return text


def gap_window(sentence: str, start: int, end: int, gap: str, max_words: int = 30) -> str:
    """The sentence with [start, end) replaced by `gap`, cropped around it at clause breaks.

    Long news sentences make poor exercises; the crop keeps whole clauses and marks cuts with …
    """
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
        while cut_right and end < right and re.match(r"[ \u00a0\u202f]\d{3}(?!\d)", text[end:]):
            end += 4
        # the text's own spacing is kept: "des ___. »", never "des ___ . »"
        piece = text[start:end].strip().rstrip(",;:")
        left = left if not cut_left else -1
        right = right if not cut_right else -1
    prefix = "" if left == 0 else ELLIPSIS + " "
    suffix = "" if right == len(text) else " " + ELLIPSIS
    piece, before, after = _stray_quotes(piece, cut_before=bool(prefix), cut_after=bool(suffix))
    # a quotation the crop cut stays marked as one: "« … le rejet d'ACTA … »"
    text = before + prefix + piece + suffix + after
    return text.replace(_STRAIGHT_OPEN, '"').replace(_STRAIGHT_CLOSE, '"')


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


def of(phrase: str) -> str:
    """`de` + a noun phrase, contracted and elided: "du gouvernement", "des associations",
    "d'April"."""
    first, _, rest = phrase.partition(" ")
    lowered = fold(first)
    if lowered == "le" and rest:
        return f"du {rest}"
    if lowered in ("les", "des") and rest:
        return f"des {rest}"
    return elide("de", phrase, apostrophe_of(phrase)) + phrase


def is_plural(label: str) -> bool:
    """Whether a speaker label names several people ("des associations", "les Américains")."""
    first = fold(label).split(" ")[0]
    return first in ("des", "les", "ces", "plusieurs", "certains", "certaines", "tous", "toutes")


def plain_sentences(text: str) -> list[str]:
    """A rough sentence split, used only when extraction gave no sentences."""
    out: list[str] = []
    for paragraph in text.split("\n"):
        pieces = re.split(r"(?<=[.!?…])\s+(?=[A-ZÀ-ÝÉÈ«“\"])", paragraph.strip())
        out.extend(p.strip() for p in pieces if p.strip())
    return out


_SPOKEN_PARTICIPLES = wordset("dit promis admis écrit soutenu prévenu reconnu répondu répété")


def with_auxiliary(cue: str, plural: bool) -> str:
    """A speech verb as a feedback can say it after its speaker: "a salué … et demandé que"
    gives the cue "demandé", whose auxiliary stayed with the first verb; the feedback needs
    "la Fédération a demandé que …", not "la Fédération demandé que …"."""
    bare = fold(cue)
    if " " in cue or not (bare.endswith(("é", "ée", "és", "ées")) or bare in _SPOKEN_PARTICIPLES):
        return cue
    return f"{'ont' if plural else 'a'} {cue}"
