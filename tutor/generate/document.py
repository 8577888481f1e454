"""Assembling the exercise file: header, defaults, items in lesson order, and the items hash."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import yaml

from tutor.exercise_writer import dump_exercise_document, schema_comment
from tutor.generate import french
from tutor.generate.context import Context
from tutor.generate.item_order import lesson_order
from tutor.model import Article

FORMAT = 1
GENERATOR = "tutor generate"
DEFAULTS: dict[str, Any] = {"accents": "warn", "typos": True, "points": 1}

Item = dict[str, Any]


def items_hash(items: list[Item]) -> str:
    """A fingerprint of the items as written: a teacher's edit changes it.

    Computed on the parsed data (key order and YAML layout do not matter), so the same items
    read back from the file give the same hash.
    """
    canonical = json.dumps(items, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def content_hash(document: dict[str, Any]) -> str:
    """A fingerprint of everything a teacher may edit: the items, and the title, the defaults
    and the article reference too (a changed setting is an edit as much as a changed item).
    Only the `generated` block, which holds the fingerprints, is left out."""
    return items_hash([{k: v for k, v in document.items() if k != "generated"}])


def stamped(document: dict[str, Any]) -> dict[str, Any]:
    """The document with the fingerprints of what it holds now in its `generated` block."""
    generated = {**document["generated"], "items_hash": items_hash(document["items"])}
    generated["content_hash"] = content_hash(document)
    return {**document, "generated": generated}


def article_reference(article: Article, content_dir: Path | None) -> str:
    """The article's path relative to content/, or its file name when it lives elsewhere."""
    if content_dir is not None:
        try:
            return article.path.resolve().relative_to(content_dir.resolve()).as_posix()
        except ValueError:
            pass
    return article.path.name


_CDumper: type[yaml.SafeDumper] | None = getattr(yaml, "CSafeDumper", None)


class _FastDumper(_CDumper or yaml.SafeDumper):  # type: ignore[misc]
    """The layout of `dump_exercise_document`, with libyaml's emitter (five times faster)."""


_FastDumper.add_representer(
    str,
    lambda dumper, value: dumper.represent_scalar(
        "tag:yaml.org,2002:str", value, style="|" if "\n" in value else None
    ),
)


def dump_document(document: dict[str, Any], folder: Path | None = None) -> str:
    """The YAML text of an exercise document for a file in `folder`, exactly as
    `dump_exercise_document` writes it."""
    if _CDumper is None:  # pragma: no cover - PyYAML built without libyaml
        return dump_exercise_document(document, folder)
    body = yaml.dump(
        document,
        Dumper=_FastDumper,
        allow_unicode=True,
        sort_keys=False,
        width=10_000,
        default_flow_style=False,
    )
    return f"{schema_comment(folder)}\n{body}"


def _is_usable(item: Item) -> bool:
    """A last check on shapes the schema demands, so one odd fact never spoils the file."""
    texts = [item.get("prompt"), item.get("evidence")]
    if not all(isinstance(t, str) and t.strip() for t in texts):
        return False
    kind = item["type"]
    if kind == "choice":
        options = item["options"]
        return 3 <= len(options) <= 4 and len({french.fold(o) for o in options}) == len(options)
    if kind == "cloze":
        bank = item.get("bank")
        if bank is not None and (len(bank) < 2 or len({french.fold(b) for b in bank}) < len(bank)):
            return False
        return item["text"].count("___") == 1 and bool(item["answer"].strip())
    if kind in ("speakers", "terms"):
        return len(item["pairs"]) >= 2
    if kind == "chronology":
        return 3 <= len(item["events"]) <= 8
    if kind == "open":
        return bool(item["keywords"])
    return True


def fallback_item(ctx: Context) -> Item | None:
    """An open question for an article that gave nothing else: say what it is about."""
    first = next((e for e in map(ctx.evidence, ctx.sentences) if e), None)
    words = sorted(
        {w for w in french.words(ctx.article.body) if len(w) >= 5 and not w.isdigit()},
        key=lambda w: (-len(w), w),
    )
    if first is None or not words:
        return None
    return {
        "id": "resume-article",
        "type": "open",
        "skill": "comprehension",
        "prompt": "De quoi parle cet article ? Répondez en une ou deux phrases.",
        "keywords": [{"word": w} for w in words[:3]],
        "min_keywords": 1,
        "model_answer": french.ensure_period(ctx.article.title),
        "evidence": first,
        "feedback": "Une bonne réponse reprend l'idée du titre : "
        + french.ensure_period(ctx.article.title),
    }


_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*")


def clean(value: Any) -> Any:
    """Strings stripped and on one line, recursively: YAML stays tidy and hashes stay stable."""
    if isinstance(value, str):
        if "\n" not in value:  # nearly every string: no regex needed
            return value.strip()
        return _LINE_BREAK.sub(" ", value).strip()
    if isinstance(value, list):
        return [clean(v) for v in value]
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items()}
    return value


def assemble(ctx: Context, items: list[Item], seed: int, article_path: str) -> dict[str, Any]:
    """The whole exercise document, ready for `dump_exercise_document`."""
    usable = lesson_order([clean(i) for i in items if _is_usable(i)], ctx.article.body)
    if not usable:
        fallback = fallback_item(ctx)
        usable = [fallback] if fallback else []
    document = {
        "format": FORMAT,
        "title": ctx.article.title,
        "article": {
            "path": article_path,
            "hash": ctx.article.text_hash,
            "title": ctx.article.title,
        },
        "generated": {"by": GENERATOR, "seed": seed},
        "defaults": dict(DEFAULTS),
        "items": usable,
    }
    return stamped(document)
