"""French number words <-> integers (0 to 999 999), so "vingt-quatre" and "24" compare equal.

Both spellings are read: traditional ("vingt et un", "deux cents") and the 1990 reform's
all-hyphens ("vingt-et-un", "deux-cents"), plus Belgian and Swiss tens (septante, huitante,
octante, nonante). Reading is lenient ("vingt un" is 21) because learners write it that way;
writing follows the traditional rules.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

UNITS = {
    "zero": 0,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
}
TEENS = {
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
}
TENS = {
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "septante": 70,
    "huitante": 80,
    "octante": 80,
    "nonante": 90,
}
_HUNDRED = ("cent", "cents")
_THOUSAND = ("mille", "mil")
_ALL_WORDS = sorted(
    [*UNITS, "zéro", *TEENS, *TENS, "vingts", *_HUNDRED, *_THOUSAND, "et"], key=len, reverse=True
)
_NOT_A_UNIT = r"(?![\s-]+nautiques?\b)"
"""After "mille": not the unit of distance at sea ("200 mille nautiques", the singular typed for
« milles nautiques »), which is no thousand."""


def _word_pattern(word: str) -> str:
    return word + _NOT_A_UNIT if word == "mille" else word


_WORD = "(?:" + "|".join(map(_word_pattern, _ALL_WORDS)) + ")"
_RUN = re.compile(rf"(?<![^\W\d_]){_WORD}(?:[\s-]+{_WORD})*(?![^\W\d_])", re.IGNORECASE)
_NUMBER_WORD = "(?:" + "|".join(_word_pattern(w) for w in _ALL_WORDS if w != "et") + ")"
NUMBER_WORDS_PATTERN = (
    rf"(?<![^\W\d_]){_NUMBER_WORD}(?:(?:[\s-]+et)?[\s-]+{_NUMBER_WORD})*(?![^\W\d_])"
)
"""A regular expression (source text, for use with re.IGNORECASE) matching a run of number
words such as "quatre-vingt-dix" or "vingt et un"; `parse_french_number` tells its value."""

_WORDS_BELOW_17 = [
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
]
_TENS_WORDS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}

Parse = tuple[int, int] | None
"""A value and the index of the first token after it, or nothing."""


def _plain(token: str) -> str:
    decomposed = unicodedata.normalize("NFD", token.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _below_20(tokens: list[str], i: int) -> Parse:
    if i >= len(tokens):
        return None
    token = tokens[i]
    if token == "dix" and i + 1 < len(tokens) and tokens[i + 1] in ("sept", "huit", "neuf"):
        return 10 + UNITS[tokens[i + 1]], i + 2
    if token in TEENS:
        return TEENS[token], i + 1
    if token in UNITS:
        return UNITS[token], i + 1
    return None


def _tail(tokens: list[str], i: int, *, up_to: int) -> Parse:
    """The 1..up_to part after a tens word, with the optional "et" before un / onze."""
    if i < len(tokens) and tokens[i] == "et" and i + 1 < len(tokens):
        if tokens[i + 1] in ("un", "une"):
            return 1, i + 2
        if tokens[i + 1] == "onze" and up_to >= 11:
            return 11, i + 2
        return None
    rest = _below_20(tokens, i)
    if rest is not None and 1 <= rest[0] <= up_to:
        return rest
    return None


def _below_100(tokens: list[str], i: int) -> Parse:
    if i >= len(tokens):
        return None
    token = tokens[i]
    if token == "quatre" and i + 1 < len(tokens) and tokens[i + 1] in ("vingt", "vingts"):
        rest = _tail(tokens, i + 2, up_to=19)
        return (80 + rest[0], rest[1]) if rest else (80, i + 2)
    if token in TENS:
        base = TENS[token]
        rest = _tail(tokens, i + 1, up_to=19 if base == 60 else 9)
        return (base + rest[0], rest[1]) if rest else (base, i + 1)
    return _below_20(tokens, i)


def _below_1000(tokens: list[str], i: int) -> Parse:
    if i >= len(tokens):
        return None
    token = tokens[i]
    if token in _HUNDRED:
        base, j = 100, i + 1
    elif token in UNITS and UNITS[token] >= 2 and i + 1 < len(tokens) and tokens[i + 1] in _HUNDRED:
        base, j = UNITS[token] * 100, i + 2
    else:
        return _below_100(tokens, i)
    rest = _below_100(tokens, j)
    return (base + rest[0], rest[1]) if rest and rest[0] > 0 else (base, j)


def _teen_hundreds(tokens: list[str], i: int) -> Parse:
    """Years said in hundreds: "dix-neuf cent quatre-vingt-dix" (1990), "onze cents" (1100)."""
    teen = _below_20(tokens, i)
    if teen is None or not 11 <= teen[0] <= 19:
        return None
    j = teen[1]
    if j >= len(tokens) or tokens[j] not in _HUNDRED:
        return None
    if j + 1 < len(tokens) and tokens[j + 1] in _THOUSAND:
        return None
    rest = _below_100(tokens, j + 1)
    base = teen[0] * 100
    return (base + rest[0], rest[1]) if rest and rest[0] > 0 else (base, j + 1)


def _number(tokens: list[str], i: int) -> Parse:
    hundreds = _teen_hundreds(tokens, i)
    if hundreds is not None:
        return hundreds
    if i < len(tokens) and tokens[i] in _THOUSAND:
        thousands, j = 1, i + 1
    else:
        head = _below_1000(tokens, i)
        if head is None:
            return None
        if head[1] < len(tokens) and tokens[head[1]] in _THOUSAND and head[0] > 0:
            thousands, j = head[0], head[1] + 1
        else:
            return head
    rest = _below_1000(tokens, j)
    total = thousands * 1000
    return (total + rest[0], rest[1]) if rest and rest[0] > 0 else (total, j)


def parse_french_number(text: str) -> int | None:
    """The value of a whole text written in number words ("quatre-vingt-dix-sept" -> 97)."""
    tokens = [_plain(t) for t in re.split(r"[\s-]+", text.strip()) if t]
    parsed = _number(tokens, 0) if tokens else None
    if parsed is None or parsed[1] != len(tokens):
        return None
    return parsed[0]


_ORDINAL_STEMS = {"cinqu": "cinq", "neuv": "neuf", "un": "un"}


def parse_french_ordinal(text: str) -> int | None:
    """The rank of an ordinal written in words ("dix-neuvième" -> 19, "premier" -> 1)."""
    plain = _plain(text.strip())
    if plain in ("premier", "premiere", "1er", "1re", "1ere"):
        return 1
    if plain in ("second", "seconde"):
        return 2
    if not plain.endswith("ieme"):
        return None
    stem = plain[: -len("ieme")]
    head, _, last = stem.rpartition("-") if "-" in stem else ("", "", stem)
    last = _ORDINAL_STEMS.get(last, last)
    if last not in UNITS and last not in TEENS and last not in TENS and last not in _HUNDRED:
        last = last + "e"  # "quatr" -> "quatre", "onz" -> "onze", "trent" -> "trente"
    return parse_french_number(f"{head}-{last}" if head else last)


def _convert_run(match: re.Match[str]) -> str:
    raw = [t for t in re.split(r"[\s-]+", match.group(0)) if t]
    tokens = [_plain(t) for t in raw]
    if tokens in (["un"], ["une"]):
        return match.group(0)  # an article far more often than a number: "Kim Jong-un", "un pays"
    out: list[str] = []
    i = 0
    while i < len(tokens):
        parsed = _number(tokens, i)
        if parsed is None:
            out.append(raw[i])
            i += 1
        else:
            out.append(str(parsed[0]))
            i = parsed[1]
    return " ".join(out)


def words_to_digits(text: str) -> str:
    """The text with every run of number words written in digits ("vingt-quatre soldats" ->
    "24 soldats"); other words, the "et" of "trois et quatre" and a lone "un" are left alone."""
    return _RUN.sub(_convert_run, text)


def french_number_words(n: int) -> str:
    """The traditional spelling of 0 <= n < 1 000 000, e.g. 80 -> "quatre-vingts"."""
    if not 0 <= n < 1_000_000:
        raise ValueError(f"out of range: {n}")
    if n < 17:
        return _WORDS_BELOW_17[n]
    if n < 20:
        return "dix-" + _WORDS_BELOW_17[n - 10]
    if n < 70:
        tens, unit = divmod(n, 10)
        if unit == 0:
            return _TENS_WORDS[tens]
        joiner = " et " if unit == 1 else "-"
        return _TENS_WORDS[tens] + joiner + _WORDS_BELOW_17[unit]
    if n < 80:
        return "soixante et onze" if n == 71 else "soixante-" + french_number_words(n - 60)
    if n < 100:
        return "quatre-vingts" if n == 80 else "quatre-vingt-" + french_number_words(n - 80)
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = "cent" if hundreds == 1 else _WORDS_BELOW_17[hundreds] + " cent"
        if rest == 0:
            return head + ("s" if hundreds > 1 else "")
        return head + " " + french_number_words(rest)
    thousands, rest = divmod(n, 1000)
    multiplier = french_number_words(thousands)
    if multiplier.endswith(("vingts", "cents")):
        multiplier = multiplier[:-1]  # "quatre-vingt mille", "deux cent mille"
    head = "mille" if thousands == 1 else multiplier + " mille"
    return head if rest == 0 else head + " " + french_number_words(rest)


def spelled_pattern(numbers: range) -> str:
    """A regular expression (source text) matching `numbers` written in words, with any spaces
    or hyphens between their words ("vingt-trois", "vingt trois"), longest first."""
    words = sorted((french_number_words(n) for n in numbers), key=len, reverse=True)
    return "|".join(r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", w))) for w in words)


_SCALES = {"million": 10**6, "millions": 10**6, "milliard": 10**9, "milliards": 10**9}
_FRACTIONS = {"demi": Decimal("0.5"), "quart": Decimal("0.25")}
_SCALED = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?|une?) (millions?|milliards?)\b"
    r"(?: et (demi|quart)\b| (\d+)\b(?![.,]\d))?( de (?=[^\W\d])| d')?"
)
"""A number counted in millions, with the "de" that follows it and not a number in digits
("1,5 million de personnes" is "1 500 000 personnes")."""
_SCALE_SIGNS = re.compile(
    r"(?<=\d)[ \u00a0\u202f]?(Mds?|Mrds?|M)(?=[ \u00a0\u202f]?[€$]|[\s.,;:!?)]|$)"
)
"""A scale written as a sign after a number, in capitals ("1,5 M", "2 Md€"): read before the
text is case-folded, since "1,5 m" is a length."""


_THOUSANDS_AFTER_DIGITS = re.compile(
    rf"(?<![\d.,])(\d+(?:[.,]\d+)?) ?(?:mille{_NOT_A_UNIT}|k)(?![^\W\d_])"
)
"""Thousands counted after a number in digits: "150 mille", "12 k€", "2,5 mille" (not "150
milles", nautical miles, nor "200 mille nautiques", nor "12 km")."""


def thousands_to_digits(text: str) -> str:
    """The text with thousands counted after digits written in digits: "150 mille euros" ->
    "150000 euros", "12 k€" -> "12000€". Call it on a case-folded text with plain spaces,
    before `words_to_digits`, which would read "mille" alone as 1000."""

    def value(match: re.Match[str]) -> str:
        return _plain_decimal(Decimal(match.group(1).replace(",", ".")) * 1000)

    return _THOUSANDS_AFTER_DIGITS.sub(value, text)


def scale_signs_to_words(text: str) -> str:
    """The text with a scale sign after a number written as its word: "1,5 M€" ->
    "1,5 million€", "2 Mds" -> "2 milliard". Call it on the text as typed: the capital is what
    tells "M" (million) from "m" (metres)."""
    return _SCALE_SIGNS.sub(lambda m: " million" if m.group(1) == "M" else " milliard", text)


def scaled_to_digits(text: str) -> str:
    """The text with every number counted in millions or milliards written in digits, on a
    text whose numbers are already digits with a decimal point ("1.5 million" -> "1500000",
    "2 millions de personnes" -> "2000000 personnes", "un million et demi" -> "1500000",
    "3 milliards 200000" -> "3000200000"). A number that does not come out whole keeps its
    decimals ("0.0000015 million" -> "1.5")."""

    def value(match: re.Match[str]) -> str:
        head, scale, fraction, rest, of = match.groups()
        after = " " if of else ""
        base = Decimal(1) if head in ("un", "une") else Decimal(head)
        if fraction:
            base += _FRACTIONS[fraction]
        size = _SCALES[scale]
        total = base * size
        if rest is not None:
            if base != base.to_integral_value() or int(rest) >= size:
                return f"{_plain_decimal(total)} {rest}{after}"
            total += int(rest)
        return _plain_decimal(total) + after

    return _SCALED.sub(value, text)


def _plain_decimal(number: Decimal) -> str:
    if number == number.to_integral_value():
        return str(int(number))
    return format(number.normalize(), "f")
