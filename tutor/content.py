"""Finding and reading the articles of `content/`: plain text or Markdown with YAML front matter.

A `.txt` article is its title on the first line, then the body. A `.md` article opens with a
`---` block of YAML (title, source, published, level, licence). When no date is given, the dateline
that opens a news body ("21 janvier 2017. –") supplies it. A final "Source : ..." or "Avec ..." line
is kept on disk and in `Article.source`, but not in the body that exercises are made from, nor
are the note marks a paste from a wiki leaves ("a cabré[1]"; tutor/reference_marks.py).
"""

from __future__ import annotations

import contextlib
import difflib
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from tutor.french_calendar import MONTH_NUMBERS
from tutor.iso_values import iso_form
from tutor.model import Article
from tutor.reference_marks import without_reference_marks
from tutor.yaml_source import UTF16_ADVICE, YamlProblem, looks_like_utf16, parse_yaml

ARTICLE_SUFFIXES = (".txt", ".md")
MAX_ARTICLE_BYTES = 8 * 1024 * 1024
"""Larger files are refused with a message: no news article is that long."""

FRENCH_MONTHS = MONTH_NUMBERS
"""Kept under this name for the extraction rules that import it from here."""

DATELINE = re.compile(
    # the place of the wire dateline ("Brest, 14 septembre 2026. –", "PARIS, le 3 mars 2024
    # (AFP) –", "Creil (Oise), 6 février 2026. –") is a capitalised name of at most four words,
    # and its département in brackets, before its comma; the reporter's byline may follow it
    # ("Adré (Tchad), envoyée spéciale, samedi 5 décembre 2026. –")
    r"^\s*(?:(?-i:[A-ZÀ-Ý])[\w'’.-]*(?:[ -][\w'’.-]+){0,3}(?:\s*\([^()\n]{1,30}\))?,\s+)?"
    r"(?:(?:de\s+notre\s+|de\s+nos\s+)?(?:envoyée?s?\s+spécia(?:le?s?|ux)|correspondante?s?)"
    r"(?:\s+(?:à|en|au)\s+[\w'’-]+)?,\s+)?"
    r"(?:le\s+)?"
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?"
    r"(?P<day>\d{1,2})(?:er)?\s+(?P<month>[a-zéû]+)"
    r"(?:\s+(?P<year>\d{4})\s*(?:\([^()\n]{1,30}\)\s*)?|\s*\((?-i:[A-Z][\w/ .-]{1,20})\)\s*)"
    r"\.?\s*[-–—]",
    re.IGNORECASE,
)
"""The dateline that opens a news body or its second paragraph: the article's date, with its
place and wire when given, or "Le" alone ("Le 28 juillet 2025. –"); no event of the article.
A wire's own dateline may give no year ("ANKARA, 12 mars (AFP) -"): it is a dateline still,
kept out of the first sentence, but it dates nothing."""
_SOURCE_LINE = re.compile(r"^\s*(?:source\s*s?\s*:|avec\s+\S)", re.IGNORECASE)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MD_HEADING = re.compile(r"^#{1,6}\s+|\s+#+$")
"""The marks of a Markdown heading line ('# Title', '## Title ##')."""
FRONT_MATTER_FIELDS = ("title", "source", "published", "level", "licence")
_FRENCH_FIELDS = {
    "titre": "title",
    "date": "published",
    "publie": "published",
    "date_de_publication": "published",
    "parution": "published",
    "niveau": "level",
}
"""The field a French-speaking teacher means ('titre', 'niveau'); spelling cannot find them."""


class ArticleError(Exception):
    """An article that cannot be read; the message names the file and what to fix."""


@dataclass(frozen=True)
class FrontMatter:
    """The YAML block of a Markdown article, or nothing for a plain-text one."""

    fields: dict[str, object]
    text: str


def text_hash(body: str) -> str:
    """A short, stable fingerprint of an article body (NFC, line ends, edge spaces ignored)."""
    normal = unicodedata.normalize("NFC", body.replace("\r\n", "\n")).strip()
    return "sha256:" + hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


def read_dateline(body: str) -> date | None:
    """The date of a dateline opening the body or its second paragraph (after a standfirst)."""
    for paragraph in [p for p in re.split(r"\n\s*\n", body.strip()) if p.strip()][:2]:
        found = _dateline_date(paragraph)
        if found is not None:
            return found
    return None


def _dateline_date(paragraph: str) -> date | None:
    match = DATELINE.match(paragraph)
    if not match:
        return None
    month = FRENCH_MONTHS.get(match["month"].lower())
    if month is None or match["year"] is None:
        return None
    try:
        return date(int(match["year"]), month, int(match["day"]))
    except ValueError:
        return None


def _split_front_matter(text: str, path: Path) -> FrontMatter:
    if not text.startswith("---"):
        return FrontMatter({}, text)
    lines = text.split("\n")
    for end, line in enumerate(lines[1:], start=1):
        if line.strip() in ("---", "..."):
            block = "\n".join(lines[1:end])
            try:
                # the parser of exercise files: YAML 1.2 (dates stay text), no tags, no
                # aliases; PyYAML's safe_load raised ValueError or AttributeError on
                # 'published: 2024-02-30' or '!!timestamp x', which stopped the app
                fields = parse_yaml(block).data or {}
            except YamlProblem as problem:
                line_no = problem.position.line + 1
                detail = problem.message.removeprefix("invalid YAML: ")
                raise ArticleError(
                    f"{path}:{line_no}: front matter is not valid YAML: {detail}"
                ) from problem
            if not isinstance(fields, dict):
                raise ArticleError(f"{path}:2: front matter must be 'key: value' lines")
            return FrontMatter(fields, "\n".join(lines[end + 1 :]))
    raise ArticleError(f"{path}:1: front matter opened with '---' is never closed")


def _split_source(body: str) -> tuple[str, str | None]:
    lines = body.rstrip().split("\n")
    if len(lines) > 1 and _SOURCE_LINE.match(lines[-1]):
        return "\n".join(lines[:-1]).rstrip(), lines[-1].strip()
    return body.rstrip(), None


def _as_date(value: object, path: Path, text: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    if _ISO_DATE.match(str(value).strip()) and len(str(value).strip()) > 10:
        # a time stamp, as a blog's front matter writes it: its day is the article's date
        with contextlib.suppress(ValueError):
            return datetime.fromisoformat(str(value).strip()).date()
    try:
        return date.fromisoformat(str(value))
    except ValueError as err:
        if _ISO_DATE.fullmatch(str(value).strip()):  # the shape of a date, not a real one
            line = _front_matter_line(text, "published")
            raise ArticleError(
                f"{path}:{line}: front matter has a date that does not exist ({err}); "
                "write a real date like 2024-06-19"
            ) from err
        line = _front_matter_line(text, "published")
        meant = iso_form(str(value))
        # the date of an article is a day: a month or a year alone is no date to it
        day = meant if meant and _ISO_DATE.fullmatch(meant) else None
        advice = f"write it {day}" if day else "write the day like 2024-06-19"
        raise ArticleError(
            f"{path}:{line}: 'published' is '{value}', not a date written year-month-day; " + advice
        ) from err


def _front_matter_line(text: str, key: str) -> int:
    """The line of the file where the front matter gives `key` (1 when it cannot be found)."""
    return next((n for n, row in enumerate(text.split("\n"), 1) if row.startswith(f"{key}:")), 1)


def _check_field_names(fields: dict[str, object], path: Path, text: str) -> None:
    """Refuse a misspelt field ('titel', 'Title', 'titre'): it was ignored without a word, and
    the lesson's title became the text's whole first paragraph. A field no spelling of ours
    ('author', 'tags', from a blog's front matter) is left alone."""
    for key in map(str, fields):
        if key in FRONT_MATTER_FIELDS:
            continue
        folded = unicodedata.normalize("NFKD", key.casefold())
        folded = "".join(c for c in folded if not unicodedata.combining(c)).replace(" ", "_")
        meant = _FRENCH_FIELDS.get(folded) or next(
            iter(difflib.get_close_matches(folded, FRONT_MATTER_FIELDS, n=1, cutoff=0.75)), None
        )
        if meant is not None:
            line = _front_matter_line(text, key)
            raise ArticleError(
                f"{path}:{line}: front matter: unknown field '{key}'; did you mean '{meant}'? "
                f"(the fields are {', '.join(FRONT_MATTER_FIELDS)})"
            )


def parse_article(text: str, path: Path, slug: str | None = None) -> Article:
    """Build an Article from the text of a file; raises ArticleError with a message to act on."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").lstrip("\ufeff"))
    front = _split_front_matter(text, path)
    _check_field_names(front.fields, path, text)
    for key in ("title", "source", "level", "licence"):
        value = front.fields.get(key)
        if isinstance(value, list | dict):  # 'title: [a, b]' became the title "['a', 'b']"
            line = _front_matter_line(text, key)
            shown = "a list" if isinstance(value, list) else "'key: value' lines"
            raise ArticleError(f"{path}:{line}: '{key}' must be text, not {shown}; quote it")
    rest = front.text.strip("\n")
    title = front.fields.get("title")
    if title is None:
        first, _, rest = rest.partition("\n")
        title = first.strip()
        if path.suffix == ".md":  # '# Le budget', a Markdown heading: learners saw the '#'
            title = _MD_HEADING.sub("", title).strip()
    body, source_line = _split_source(rest.strip())
    if not str(title).strip() and not body.strip():
        raise ArticleError(f"{path}: the article is empty (a title line, then the text)")
    if not body.strip():
        raise ArticleError(
            f"{path}: the article has a title but no text; add the text under the title "
            "(a blank line, then the paragraphs)"
        )
    if not str(title).strip() and "title" in front.fields:
        line = _front_matter_line(text, "title")
        raise ArticleError(
            f"{path}:{line}: 'title' is empty; write the title after it, or remove the line "
            "to take the first line of the text as the title"
        )
    if not str(title).strip():
        raise ArticleError(f"{path}:1: the article has no title; write it on the first line")
    published = _as_date(front.fields.get("published"), path, text) or read_dateline(body)
    source = front.fields.get("source") or source_line
    return Article(
        path=path,
        slug=slug or path.stem,
        title=str(title).strip(),
        body=without_reference_marks(body),
        # the text on disk, marks included: an exercise file written before marks were left
        # out is not an exercise for a changed article
        text_hash=text_hash(body),
        published=published,
        source=str(source) if source else None,
        level=str(front.fields["level"]) if front.fields.get("level") else None,
        licence=str(front.fields["licence"]) if front.fields.get("licence") else None,
    )


def load_article(path: Path) -> Article:
    """Read one article file; any problem becomes an ArticleError naming the file."""
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(f"{path}: {size // 1_000_000} MB is too large for an article")
        raw = path.read_bytes()
    except OSError as err:
        raise ArticleError(f"{path}: cannot be read ({err.strerror})") from err
    if looks_like_utf16(raw):
        raise ArticleError(f"{path}: {UTF16_ADVICE}")
    if b"\x00" in raw:
        raise ArticleError(f"{path}: this is not a text file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise ArticleError(f"{path}:{line}: not UTF-8 text; save the file as UTF-8") from err
    return parse_article(text, path)


def list_articles(content_dir: Path, *, nested: bool = False) -> list[Path]:
    """The article files of a content folder, sorted by name (README files are not articles).

    With `nested`, the articles of its folders too ("content/cm2/tram.txt", a teacher's way of
    sorting a class's articles): after those of the folder itself, folder by folder; hidden
    folders (".git") are no teacher's."""
    if not content_dir.is_dir():
        return []
    found = [
        p
        for p in (content_dir.rglob("*") if nested else content_dir.iterdir())
        if p.is_file() and p.suffix in ARTICLE_SUFFIXES and p.stem.upper() != "README"
    ]
    found = [p for p in found if not any(part.startswith(".") for part in _folders(p, content_dir))]
    return sorted(
        found, key=lambda p: (len(_folders(p, content_dir)) > 0, _folders(p, content_dir), p.name)
    )


def _folders(path: Path, content_dir: Path) -> tuple[str, ...]:
    """The folders between the content folder and an article in it."""
    return path.relative_to(content_dir).parts[:-1]
