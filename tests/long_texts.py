"""Long texts made of the shipped articles' paragraphs, and the cloze whose gap opens its text,
shared by the long-input test and bench/long_inputs.py (which times what the test checks)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def shipped_words() -> list[str]:
    """The words of the shipped articles' paragraphs, in order, as the long texts repeat them."""
    paragraphs: list[str] = []
    for path in sorted((ROOT / "content").glob("*.txt")):
        body = path.read_text("utf-8").split("\n\n", 1)[1]
        paragraphs += [" ".join(p.split()) for p in body.split("\n\n") if p.strip()]
    return " ".join(paragraphs).split()


def gap_opening_cloze(evidence: str) -> dict[str, str]:
    """A cloze whose gap opens its text ('Le ___, …') before words no article has."""
    return {
        "id": "mot",
        "type": "cloze",
        "skill": "vocabulary",
        "text": "Le ___, accord entre la Grèce et ses créanciers, est signé.",
        "answer": "mémorandum",
        "evidence": evidence,
    }
