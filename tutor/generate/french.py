"""Small French text helpers for building prompts: slugs, elision, tidying, quoting.

Generation never parses French; these helpers work on the surface of sentences taken from the
article and refuse (return None) whenever they cannot be sure the result is correct French.
A sentence cropped around an exercise's gap is `sentence_crop`'s.
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


_MUTE_H_NAMES = wordset(
    """hélène héloïse henri henriette hervé hugo hugues huguette hector hubert honoré hortense
    hippolyte hilaire horace hermine"""
)
"""Given names whose h is mute: "d'Hélène", "d'Henri" (not the h of "Hollande" or "Hamas")."""


def starts_with_vowel(text: str) -> bool:
    """Whether a word starts with a vowel sound, for elision; a "y" before a vowel is a
    consonant ("de Yuko", "que Yannick", "le yaourt"), before a consonant a vowel ("d'Yves")."""
    text = text.lstrip(" " + QUOTE_CHARS)
    if text[:1] == "H" and fold(re.split(r"[\s-]", text, maxsplit=1)[0]) in _MUTE_H_NAMES:
        return True  # "ces mots d'Hélène Vasseur", as "d'Henri", "d'Hugo"
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


CUT_SLACK = 2
"""A quotation at most this many words over the limit is kept whole: "la haute fonction […]"
saved the learner one word ("publique") and cost the quotation its sense."""


def _shorten(text: str, max_words: int) -> str:
    tokens = text.split()
    if len(tokens) <= max_words + CUT_SLACK:
        return text
    # prefer ending at a sentence or clause end inside the limit
    for end in range(max_words, max(max_words // 2, 3), -1):
        if tokens[end - 1].endswith((".", "!", "?")):
            return " ".join(tokens[:end])
    for end in range(max_words, max(max_words // 2, 3), -1):
        if tokens[end - 1].endswith((",", ";", ":")):
            return " ".join(tokens[:end]).rstrip(",;:") + " […]"
    end = words_to_keep(tokens, max_words)
    if end >= len(tokens):
        return text
    if tokens[end - 1].endswith((".", "!", "?")):  # a whole sentence, like the cut above
        return " ".join(tokens[:end])
    return " ".join(tokens[:end]).rstrip(",;:") + " […]"


CUT_REACH = 3
"""Words a cut may move to end on a word that means something."""


def words_to_keep(tokens: list[str], limit: int) -> int:
    """Where to cut a quotation near `limit` words so that it does not end on a function word:
    "contournable par le […]" and "la suppression de la …" showed the learner nothing of what
    came next. The cut moves on over up to CUT_REACH such words, else back before them."""
    end = min(limit, len(tokens))
    reach = end
    while reach < len(tokens) and reach - end < CUT_REACH and _leads_on(tokens[reach - 1]):
        reach += 1
    if not _leads_on(tokens[reach - 1]):
        return reach
    while end > 1 and _leads_on(tokens[end - 1]):
        end -= 1
    return end


_NUMBER_TOKEN = re.compile(r"^\d[\d,.]*$")
_NUMBER_WORDS = wordset(
    "deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente cent mille"
)


def _leads_on(token: str) -> bool:
    """A word that needs the next one: a function word, one elided onto a function word
    ("qu'il", "s'est"), a number without its unit ("à 18,9 […]"), an opening « alone."""
    word = fold(token.strip(',;:«»“”"'))
    after_elision = word.rsplit("'", 1)[-1]
    return (
        not word
        or word in STOPWORDS
        or after_elision in STOPWORDS
        or word in _NUMBER_WORDS
        or bool(_NUMBER_TOKEN.match(word))
    )


def quoted(text: str) -> str:
    """A text between « », its own « » turned into “ ” as French nests quotations; a text that
    is one quotation from end to end keeps its own marks (« “La conciliation …” » showed two
    pairs around one answer)."""
    text = text.strip()
    if _one_quotation(text):
        return text
    inner = re.sub(r"\s*»", "”", re.sub(r"«\s*", "“", text))
    return f"« {inner} »"


def _one_quotation(text: str) -> bool:
    """Whether the « that opens the text is the one the » that ends it closes."""
    if not (text.startswith("«") and text.endswith("»")):
        return False
    depth = 0
    for i, char in enumerate(text):
        depth += (char == "«") - (char == "»")
        if depth == 0:
            return i == len(text) - 1
    return False


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
