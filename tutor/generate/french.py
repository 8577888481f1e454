"""Small French text helpers for building prompts: slugs, elision, tidying, cropping, questions.

Generation never parses French; these helpers work on the surface of sentences taken from the
article and refuse (return None) whenever they cannot be sure the result is correct French.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

VOWELS = "aeiouyàâäéèêëîïôöùûüœæAEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆ"
QUOTE_CHARS = '«»“”"„‟'
ELLIPSIS = "…"


def wordset(text: str) -> frozenset[str]:
    """The words of a blank-separated list, for readable constant tables."""
    return frozenset(text.split())


MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)

STOPWORDS = wordset(
    """a à au aux avec ce ces cet cette d' dans de des du elle elles en est et être eu il ils
    je l' la le les leur leurs lui ma mais me même mes moi mon ne n' nos notre nous on ont ou où
    par pas plus pour qu' que qui s' sa se ses si son sont sur ta te tes toi ton tu un une vos
    votre vous y été était étaient sera c' ça cela ceci comme aussi très tout tous toute toutes
    avait avaient fait faire entre après avant depuis sans sous selon lors alors donc or ni car
    dont quand quoi déjà encore bien peu cette ces ceux celle celles celui"""
)
"""Common French function words: not keywords, not worth a question."""

# Adverbial openers that can be dropped from the start of a clause without changing its core.
CONNECTORS = (
    "cependant",
    "pourtant",
    "en effet",
    "ainsi",
    "or",
    "mais",
    "et",
    "enfin",
    "de plus",
    "de l'autre côté",
    "d'autre part",
    "par ailleurs",
    "en outre",
    "toutefois",
    "néanmoins",
    "donc",
    "aussi",
    "alors",
    "finalement",
)
_LEADING_VERBS = ("rappelons que ", "rappelons qu'", "notons que ", "notons qu'")

# The finite verb forms after which a subject can be inverted ("a-t-elle", "ont-ils").
AUXILIARIES = wordset(
    """a ont avait avaient aura auront est sont était étaient sera seront va vont allait
    allaient doit doivent devait devaient peut peuvent pouvait pouvaient veut veulent voulait
    voulaient"""
)

FEMININE_DETERMINERS = frozenset({"la", "une", "cette", "sa"})
MASCULINE_DETERMINERS = frozenset({"le", "un", "ce", "cet"})
SUBJECT_PRONOUNS = {"il": "il", "elle": "elle", "on": "on", "ils": "ils", "elles": "elles"}
_NOT_A_SUBJECT = wordset(
    """à au aux après avant avec chez contre dans de depuis dès des du en entre hors jusqu lors
    malgré par parmi pendant pour sans selon sous sur vers si quand lorsque lorsqu comme puisque
    alors cependant pourtant mais et ou or donc car ni ainsi enfin voici voilà c ce cela ça
    il elle ils elles on y"""
)
DETERMINERS = wordset(
    """le la les l un une des du ce cet cette ces son sa ses leur leurs notre nos votre vos mon
    ma mes chaque plusieurs quelques tous toutes tout toute aucun aucune"""
)


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Casefolded text with typographic apostrophes made plain: for comparisons only."""
    return unicodedata.normalize("NFC", text).replace("’", "'").casefold()


def slugify(text: str, max_length: int = 40) -> str:
    """An id-safe slug: ascii lower case, digits and single hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
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
    text = text.lstrip(" " + QUOTE_CHARS)
    return bool(text) and text[0] in VOWELS


def elide(word: str, following: str, apostrophe: str = "'") -> str:
    """`que` + `il` -> `qu'il `: the elided form and the space (or none) before what follows."""
    if starts_with_vowel(following) and word in ("que", "de", "le", "la", "ne", "se", "je"):
        return word[:-1] + apostrophe
    return word + " "


def apostrophe_of(text: str) -> str:
    """The apostrophe a text uses (typographic or plain), so additions match the article."""
    return "’" if "’" in text and "'" not in text else "'"


def capitalise(text: str) -> str:
    for i, char in enumerate(text):
        if char.isalpha():
            return text[:i] + char.upper() + text[i + 1 :]
    return text


def lower_first(text: str) -> str:
    """Lower the first word only when it is a determiner or pronoun, never a name."""
    first = re.match(r"[^\W\d_]+", text)
    if first and first.group(0).lower() in DETERMINERS | set(SUBJECT_PRONOUNS):
        return text[0].lower() + text[1:]
    return text


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


def unquote(text: str) -> str:
    """A quotation without its surrounding quotation marks and edge punctuation; quotation
    marks left inside are balanced, so « never opens without closing."""
    text = text.strip().strip(QUOTE_CHARS + " \u00a0\u202f").strip()
    return balance_quotes(re.sub(r"^[,;:]\s*", "", text))


def balance_quotes(text: str) -> str:
    """Close a « or “ left open (and open one left closed) at the ends of a text."""
    for opening, closing in (("«", "»"), ("“", "”")):
        missing = text.count(opening) - text.count(closing)
        if missing > 0:
            text = text + f" {closing}" * missing
        elif missing < 0:
            text = f"{opening} " * -missing + text
    return text


def gap_window(sentence: str, start: int, end: int, gap: str, max_words: int = 30) -> str:
    """The sentence with [start, end) replaced by `gap`, cropped around it at clause breaks.

    Long news sentences make poor exercises; the crop keeps whole clauses and marks cuts with …
    """
    text = sentence[:start] + gap + sentence[end:]
    gap_at = start
    if word_count(text) <= max_words:
        return text.strip()
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
    piece = text[left:right].strip().rstrip(",;:").strip()
    if word_count(piece) > max_words:
        # one clause is still too long: keep words around the gap
        before = text[left:gap_at].split()
        after = text[gap_at + len(gap) : right].split()
        half = max_words // 2
        before, after = before[-half:], after[:half]
        piece = " ".join([*before, gap, *after]).strip().rstrip(",;:")
        cut_left = len(before) < len(text[left:gap_at].split())
        cut_right = len(after) < len(text[gap_at + len(gap) : right].split())
        left = left if not cut_left else -1
        right = right if not cut_right else -1
    prefix = "" if left == 0 else ELLIPSIS + " "
    suffix = "" if right == len(text) else " " + ELLIPSIS
    return prefix + piece + suffix


def strip_opener(clause: str) -> str:
    """A clause without a leading connector ("Cependant, ", "Rappelons que ")."""
    text = clause.strip()
    lowered = fold(text)
    for verb in _LEADING_VERBS:
        if lowered.startswith(verb):
            return text[len(verb) :].lstrip()
    match = re.match(r"([^,]{1,40}),\s+", text)
    if match and fold(match.group(1)).strip() in CONNECTORS:
        return text[match.end() :]
    return text


def starts_with_subject(clause: str, proper_words: frozenset[str] = frozenset()) -> bool:
    """Whether a clause plausibly opens with its subject: a determiner, a pronoun, or a name.

    At the start of a sentence every word has a capital, so a capitalised word counts as a name
    only when `proper_words` (names seen capitalised elsewhere) has it, or it is an acronym.
    """
    first = re.match(r"[^\W\d_][\w-]*", clause)
    if not first:
        return False
    word = first.group(0)
    if fold(word) in _NOT_A_SUBJECT and fold(word) not in SUBJECT_PRONOUNS:
        return False
    if fold(word) in DETERMINERS or fold(word) in SUBJECT_PRONOUNS:
        return True
    return (len(word) > 1 and word.isupper()) or fold(word) in proper_words


def split_subject(clause: str) -> tuple[str, str, str] | None:
    """(subject, auxiliary, rest) when the clause reads "subject aux rest" with a short subject.

    Only auxiliaries and modal verbs are recognised: they are the forms that invert cleanly.
    """
    tokens = clause.split(" ")
    for i, token in enumerate(tokens[:9]):
        bare = fold(token)
        reflexive = bare.startswith("s'") and bare[2:] in AUXILIARIES
        if bare in AUXILIARIES or reflexive:
            subject = tokens[:i]
            if not subject and not reflexive:
                return None
            if not subject or any(t.endswith((",", ";", ":")) for t in subject):
                return None
            if any(fold(t) in ("qui", "que", "qu'", "dont", "où", "ne", "n'") for t in subject):
                return None
            if fold(subject[-1]) in ("se", "ne") or fold(subject[-1]).startswith("n'"):
                return None
            return " ".join(subject), token, " ".join(tokens[i + 1 :])
    return None


def subject_pronoun(
    subject: str,
    feminine_names: frozenset[str] = frozenset(),
    masculine_names: frozenset[str] = frozenset(),
) -> str | None:
    """The pronoun that stands for a subject in an inverted question, when it is certain."""
    first = fold(subject.split(" ")[0])
    if first in SUBJECT_PRONOUNS:
        return SUBJECT_PRONOUNS[first] if len(subject.split(" ")) == 1 else None
    if first in FEMININE_DETERMINERS:
        return "elle"
    if first in MASCULINE_DETERMINERS:
        return "il"
    if fold(subject) in feminine_names:
        return "elle"
    if fold(subject) in masculine_names:
        return "il"
    return None


def invert(aux: str, pronoun: str) -> str:
    """`a` + `elle` -> `a-t-elle`; `ont` + `ils` -> `ont-ils`; `s'est` + `il` -> `s'est-il`."""
    joint = "-t-" if aux[-1] in "ae" else "-"
    return f"{aux}{joint}{pronoun}"


def est_ce_que(clause: str) -> str:
    """`est-ce que` + clause, elided before a vowel (est-ce qu'elle)."""
    clause = lower_first(clause)
    apostrophe = apostrophe_of(clause)
    return "est-ce " + elide("que", clause, apostrophe) + clause


def question_from_clause(
    clause: str,
    word: str = "Quand",
    antecedent: str | None = None,
    feminine_names: frozenset[str] = frozenset(),
    proper_words: frozenset[str] = frozenset(),
    masculine_names: frozenset[str] = frozenset(),
) -> str | None:
    """A question asking `word` about a declarative clause, or None when unsure.

    "la Russie a utilisé son veto" -> "Quand la Russie a-t-elle utilisé son veto ?".
    A pronoun subject is replaced by `antecedent` when given, else the question is refused:
    "Quand a-t-elle utilisé son veto ?" would not say who.
    """
    clause = strip_final_punctuation(strip_opener(clause))
    if not clause or not starts_with_subject(clause, proper_words):
        return None
    clause = trim_clause(clause)
    if any(c in clause for c in QUOTE_CHARS) or not 3 <= word_count(clause) <= 24:
        return None
    parts = split_subject(clause)
    if parts is not None:
        subject, aux, rest = parts
        pronoun = subject_pronoun(subject, feminine_names, masculine_names)
        if fold(subject) in SUBJECT_PRONOUNS:
            if antecedent is None or fold(subject) not in ("il", "elle"):
                return None
            subject, pronoun = antecedent, fold(subject)
        if pronoun is not None and rest:
            return f"{word} {lower_first(subject)} {invert(aux, pronoun)} {trim_tail(rest)} ?"
        if rest:
            return f"{word} {est_ce_que(f'{subject} {aux} {trim_tail(rest)}')} ?"
        return None
    first = fold(clause.split(" ")[0])
    if first in SUBJECT_PRONOUNS:
        return None
    return f"{word} {est_ce_que(clause)} ?"


def trim_tail(rest: str, keep: int = 3) -> str:
    """The verb phrase of a question without a trailing clause after a comma ("..., dans
    laquelle ..."): questions read better short, and the cut never leaves a broken clause."""
    match = re.search(r",\s", rest)
    if match and word_count(rest[: match.start()]) >= keep:
        return rest[: match.start()]
    return rest


def trim_clause(clause: str, keep: int = 3) -> str:
    """A declarative clause without a trailing comma clause after its verb phrase; unchanged
    when its verb cannot be found (cutting before the verb would break the sentence)."""
    parts = split_subject(clause)
    if parts is None:
        return clause
    subject, aux, rest = parts
    return f"{subject} {aux} {trim_tail(rest, keep)}"


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
