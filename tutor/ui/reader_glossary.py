"""The glossary the reader highlights, and which of its words are everyday French: read once
per run, whichever thread asks first."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tutor.glossary import Glossary


class ReaderGlossary:
    """The shipped glossary with the teacher's additions, for one run of the app.

    The library's worker reads it while the learner chooses an article; a reader opened before
    it is done waits for that read instead of starting another one (the lock), and gets the same
    object, its word index already built.
    """

    def __init__(self, content: Path) -> None:
        self._content = content
        self._glossary: Glossary | None = None
        self._common: dict[str, bool] = {}
        self._lock = threading.Lock()

    def glossary(self) -> Glossary | None:
        """The glossary; None when it cannot be read (the reader then highlights the
        exercises' terms only, and the next call tries again)."""
        with self._lock:
            if self._glossary is None:
                try:
                    from tutor.glossary_files import load_glossary

                    glossary = load_glossary(self._content)
                except Exception:
                    return None
                # the index `find_in` starts from (about 12 ms): built by whoever reads the
                # glossary, the library's worker as a rule, not by the reader's first search
                glossary._by_first_word  # noqa: B018
                self._glossary = glossary
            return self._glossary

    def is_common_word(self, term: str) -> bool:
        """Whether a single word is everyday French (ui/common_words.py), so the reader need not
        highlight it; expressions never are. `prepare` answers for the glossary ahead."""
        known = self._common.get(term)
        if known is None:
            from tutor.ui.common_words import is_common

            known = self._common[term] = is_common(term)
        return known

    def prepare(self) -> None:
        """Read the glossary and which of its words are everyday ahead, off the UI thread (the
        reader asks by folded lemma: key_terms.fold is glossary.fold_term)."""
        from tutor.glossary import fold_term
        from tutor.ui.common_words import common_answers

        glossary = self.glossary()
        if glossary is not None:
            self._common.update(common_answers(fold_term(e.lemma) for e in glossary))
