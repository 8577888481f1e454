"""Exercise generation: article facts in, an exercise document (the YAML file's data) out.

Nothing here imports spaCy at import time: generation works on `ArticleFacts`, and only word
banks ask the language model (`tutor.generate.lexicon`, loaded on first use) for word vectors and
noun genders. `generate_exercise_file` (in `tutor.generate.run`) adds extraction, imported only
when it runs, and writing the file.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tutor.facts import ArticleFacts
from tutor.generate.comprehension import comprehension_items
from tutor.generate.context import Context
from tutor.generate.dates import date_items
from tutor.generate.document import article_reference, assemble
from tutor.generate.hints import plain_hints
from tutor.generate.open_questions import reserve_said_words
from tutor.generate.proofs import name_speakers
from tutor.generate.speakers import speaker_items
from tutor.generate.vocabulary import extra_vocabulary, vocabulary_items
from tutor.glossary import Glossary
from tutor.glossary_files import shipped_glossary
from tutor.model import Article

if TYPE_CHECKING:
    from tutor.generate.run import GenerationResult

__all__ = ["GenerationResult", "generate_document", "generate_exercise_file"]

MIN_ITEMS = 12
MAX_REFILLED = 3
LONG_ARTICLE_WORDS = 250
"""An article this long deserves MIN_ITEMS items; when its dates and quotes give fewer, more
vocabulary items fill the lesson."""


def generate_document(
    article: Article,
    facts: ArticleFacts,
    glossary: Glossary | None = None,
    seed: int = 0,
    content_dir: Path | None = None,
) -> dict[str, Any]:
    """The exercise document for an article: the same inputs and seed give the same document.

    Families run in a fixed order and share one seeded RNG; later families prefer sentences
    that earlier ones did not use, so the items spread over the article.
    """
    ctx = Context(article, facts, glossary or shipped_glossary(), random.Random(seed))
    reserve_said_words(ctx)
    items = date_items(ctx)
    ctx.note_used(items)
    items += speaker_items(ctx)
    ctx.note_used(items)
    items += vocabulary_items(ctx)
    ctx.note_used(items)
    items += comprehension_items(ctx)
    if len(items) < MIN_ITEMS and len(article.body.split()) >= LONG_ARTICLE_WORDS:
        items += extra_vocabulary(ctx, MIN_ITEMS - len(items))
    elif ctx.seen.refused:
        # items refused because another one would give their answer away: clozes on other
        # sentences keep the lesson as long
        ctx.note_used(items)
        items += extra_vocabulary(ctx, min(ctx.seen.refused, MAX_REFILLED))
    plain_hints(ctx, items)
    name_speakers(ctx, items)
    return assemble(ctx, items, seed, article_reference(article, content_dir))


def generate_exercise_file(*args: Any, **kwargs: Any) -> GenerationResult:
    """See `tutor.generate.run.generate_exercise_file` (imported on first use)."""
    from tutor.generate.run import generate_exercise_file as run

    return run(*args, **kwargs)
