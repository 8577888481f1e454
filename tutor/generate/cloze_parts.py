"""What a cloze shows: its piece of the sentence, its prompt, hints and feedback; shared by
typed clozes (`tutor.generate.vocabulary`) and clozes with a word bank
(`tutor.generate.bank_cloze`), and by the hint check (`tutor.generate.hints`)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from tutor.generate import french, sentence_crop
from tutor.generate.context import Context
from tutor.generate.key_terms import TermInSentence
from tutor.model import GAP


def cloze_hint(located: TermInSentence) -> str:
    if located.entry is not None:
        definition = french.spaced_punctuation(located.entry.definition)
        # a verb's definition reads as an infinitive ("Accueillir de nouveau le public …"):
        # the hint says the answer is conjugated, and its first letter, but not the verb
        # ("le verbe « racheter », à conjuguer" left only "rachetée" to write: no word found);
        # an infinitive ("déplorer", "pourvoir en cassation") is written as defined
        if located.pos == "VERB" and french.fold(located.form) not in french.fold(
            located.term.lemma
        ):
            return f"{definition} (verbe à conjuguer ; première lettre : « {located.form[0]} »)"
        return definition
    return spelling_hint(located.form, located.form[0])


def spelling_hint(form: str, first: str) -> str:
    count = len(form.split())
    if count > 1:
        return f"Ce sont {count} mots ; le premier commence par « {first} »."
    letters = sum(c.isalpha() for c in form)
    if "-" in form:  # "sang-froid" has 9 letters, not 10
        return f"Le mot commence par « {first} » et a {letters} lettres, avec un trait d'union."
    return f"Le mot commence par « {first} » et a {letters} lettres."


def cloze_feedback(located: TermInSentence) -> str:
    form = located.form
    what = "L'expression" if len(form.split()) > 1 else "Le mot"  # "chute des ventes" is no word
    if located.entry is not None:
        definition = french.spaced_punctuation(located.entry.definition)
        return f"{what} du texte est « {form} ». {french.ensure_period(definition)}"
    return f"{what} du texte est « {form} » : relisez la phrase pour bien comprendre son sens."


CLOZE_WINDOWS = (30, 20, 12, 8)
"""Words of its sentence a cloze shows: the most that answer no earlier item ("Après trois ans
de mobilisation, et par 478 voix contre, 39 voix pour et 165 ___" beside "Combien de temps a
duré la mobilisation ?" shows only "… 39 voix pour et 165 ___, …")."""


def cloze_text(ctx: Context, located: TermInSentence) -> str | None:
    """The cloze's piece of its sentence, or None when every piece answers an earlier item.
    The pieces are cropped once per article: each cloze picked tries every candidate again
    (about 110 crops an article, two in three made before; 8 ms -> 3 ms an article)."""
    crops: dict[tuple[str, int, int, int], str] = ctx.memo.setdefault("cloze_crops", {})

    def crop(words: int) -> str:
        key = (located.sentence, located.start, located.end, words)
        if key not in crops:
            crops[key] = sentence_crop.gap_window(
                located.sentence, located.start, located.end, GAP, words
            )
        return crops[key]

    windows = (crop(n) for n in CLOZE_WINDOWS)
    return next(
        (text for text in windows if not ctx.seen.reveals(text) and _enough_context(text)), None
    )


MIN_CONTEXT_WORDS = 4
"""Words a cloze shows besides its gap: "… pêche, ___)." (piégeage, the rest of its sentence
shown by a number item) gives the learner two words to go on."""


def _enough_context(text: str) -> bool:
    return french.word_count(text.replace(GAP, " ").replace(french.ELLIPSIS, " ")) >= (
        MIN_CONTEXT_WORDS
    )


def typed_prompt(form: str) -> str:
    """Several words in one gap are said, with their number: "le mot" made a learner type
    "gouvernement" for "gouvernement de coalition" and lose the point (seen in tmux)."""
    count = len(form.split())
    if count == 1:
        return "Complétez la phrase avec le mot du texte."
    return f"Complétez la phrase avec l'expression du texte ({count} mots)."


def bank_hint(form: str, bank: list[str]) -> str:
    """The hint of a bank cloze with no definition to give: half of the wrong words struck out,
    so that two words at least are left to choose from. First letters and a length single the
    answer out of a bank of four ("Le mot commence par « c » et a 6 lettres." beside "neige",
    "tempête" and "météo" is the answer itself), or fit two of its words ("cuve" and "cour")."""
    return next(bank_hints(form, bank))


def bank_hints(form: str, bank: list[str]) -> Iterator[str]:
    """Each hint that strikes half of the bank's wrong words out (see `bank_hint`), in the
    bank's order: another may do when one names the answer of another item."""
    wrong = [w for w in bank if w != form]
    if len(wrong) < 2:
        yield spelling_hint(form, form[0])
        return
    for struck in combinations(wrong, max(1, len(bank) // 2)):
        if len(struck) == 1:
            yield f"Ce n'est pas « {struck[0]} »."
        else:
            yield "Ce n'est ni " + " ni ".join(f"« {w} »" for w in struck) + "."
