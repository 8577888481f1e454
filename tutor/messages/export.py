"""French strings of the quizzes `tutor export` writes for a school's LMS (Moodle GIFT): what a
learner reads there besides the items' own texts. Read as `messages.NAME` (see
tutor/messages/__init__.py for the rules of style)."""

from __future__ import annotations

# --- Export: Moodle GIFT quizzes (tutor/export_gift.py) ----------------------------------------
# The answers of a vrai / faux / on ne sait pas item are the shared TRUTH_LABELS.

EXPORT_TRUE_FALSE_PROMPT = "Vrai, faux ou on ne sait pas\u00a0?"
"""The prompt of a justified true / false item once its "Justifiez…" is cut: a GIFT quiz cannot
ask for the proving sentence."""
EXPORT_PROOF = "Preuve dans l'article\u00a0: {evidence}"
"""`evidence` comes quoted, between « »."""
EXPORT_WHO_SAID = "Qui a dit cela\u00a0?"
EXPORT_WHICH_TERM = "Quel mot de l'article a ce sens\u00a0?"
EXPORT_FIRST = "1er"
EXPORT_NTH = "{number}e"
"""A place in a chronology: 2e, 3e…"""
EXPORT_MODEL_ANSWER = "Exemple de réponse\u00a0: {answer}"
EXPORT_KEYWORDS = "Mots attendus (au moins {count})\u00a0: {words}"
EXPORT_KEYWORD_OR = "{word} (ou {others})"
