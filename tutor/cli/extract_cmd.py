"""`tutor extract`: show the dates, people, quotes and key terms found in one article."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path

from tutor.cli.article_args import article_refusal, other_kind_of
from tutor.content import ARTICLE_SUFFIXES, ArticleError, load_article
from tutor.facts import ArticleFacts
from tutor.paths import project_paths


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The article, and the output format."""
    parser.add_argument(
        "article",
        metavar="ARTICLE",
        help="an article file, or the name of one in content/ (e.g. poutine-coree-du-nord)",
    )
    parser.add_argument(
        "--json", action="store_true", help="print the facts as JSON (for scripts) instead of text"
    )
    parser.add_argument(
        "--terms",
        type=_count,
        metavar="N",
        help="key terms to show (default: 25 in text, all of them in JSON)",
    )


def _count(text: str) -> int:
    """A number of terms: '--terms -3' showed "Key terms (best 0 of 1)" as if none were found."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid number: {text!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"{number} is below 0; give 0 or more")
    return number


def _find(name: str) -> Path:
    """A path as given, else the article of that name in the project's content folder."""
    path = Path(name)
    if path.exists():
        return path
    content = project_paths().content
    for candidate in [content / name, *(content / f"{name}{s}" for s in ARTICLE_SUFFIXES)]:
        if candidate.is_file():
            return candidate
    return content / name if (content / name).is_dir() else path


def run(args: argparse.Namespace) -> int:
    """Extract and print; every failure is one line on stderr and exit status 1."""
    path = _find(args.article)
    refusal = article_refusal(path) if path.exists() else None
    if refusal:
        print(f"tutor extract: {refusal}", file=sys.stderr)
        return 1
    if not path.is_file():
        other = other_kind_of(args.article, project_paths().content)
        problem = article_refusal(other) if other else f"{path}: no such article file"
        print(f"tutor extract: {problem}", file=sys.stderr)
        return 1
    try:
        article = load_article(path)
    except ArticleError as err:
        print(f"tutor extract: {err}", file=sys.stderr)
        return 1
    # imported once the file reads, not inside the `try` below: an error raised before them
    # made its `except (ExtractionError, …)` an UnboundLocalError traceback
    from tutor.extract import ExtractionError, check_article, extract_facts
    from tutor.nlp import ModelMissingError

    try:
        check_article(article)  # before the model loads: refusals are instant
        facts = extract_facts(article)
    except ArticleError as err:
        print(f"tutor extract: {err}", file=sys.stderr)
        return 1
    except (ExtractionError, ModelMissingError) as err:
        print(f"tutor extract: {err}", file=sys.stderr)
        return 1
    except MemoryError:
        print(f"tutor extract: {path}: not enough memory to analyse this article", file=sys.stderr)
        return 1
    except Exception as err:  # a bug of ours: still one line, and the article to reproduce it
        kind = type(err).__name__
        print(f"tutor extract: {path}: extraction failed ({kind}: {err})", file=sys.stderr)
        return 1
    if args.json:
        data = facts.to_json()
        if args.terms is not None:
            data["terms"] = data["terms"][: max(0, args.terms)]  # type: ignore[index]
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render(facts, 25 if args.terms is None else args.terms))
    return 0


def _wrap(text: str, indent: str = "    ") -> str:
    return textwrap.fill(text, width=100, initial_indent=indent, subsequent_indent=indent)


def render(facts: ArticleFacts, terms: int = 25) -> str:
    """The facts as a teacher reads them in a terminal."""
    lines = [facts.title, f"{facts.path} — published {facts.published or 'unknown'}", ""]
    lines.append(f"Dates ({len(facts.dates)})")
    lines += [f"  {d.value:<12} {d.text}" for d in facts.dates] or ["  none found"]
    lines += ["", f"People ({len(facts.people)})"]
    for p in facts.people:
        also = f" (also: {', '.join(p.aliases)})" if p.aliases else ""
        role = f" — {p.role}" if p.role else ""
        lines.append(f"  {p.name}{role}{also}")
    if not facts.people:
        lines.append("  none found")
    lines += ["", f"Quotes ({len(facts.quotes)})"]
    for q in facts.quotes:
        lines.append(f"  {q.speaker} [{q.kind}, {q.cue}]")
        lines.append(_wrap(f"« {q.text} »" if q.kind == "direct" else q.text))
    if not facts.quotes:
        lines.append("  none found")
    shown = facts.terms[: max(0, terms)]
    lines += ["", f"Key terms (best {len(shown)} of {len(facts.terms)})"]
    for t in shown:
        written = f" ({t.text})" if t.text.lower() != t.lemma else ""
        lines.append(f"  {t.score:5.2f}  {t.lemma}{written}  [{t.pos}]")
    if not facts.terms:
        lines.append("  none found")
    return "\n".join(lines) + "\n"
