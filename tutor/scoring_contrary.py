"""Which keywords of an open answer the learner says the other way round from the accepted
answer: denied where it affirms them, affirmed with the verb it denies, only doubted, or said in
a sentence whose outcome is the opposite one ("acquitté" for « condamné », `opposite_words`).
The rules of negation are read in `scoring_negation`, those of a leading clause in
`scoring_leads`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from tutor.model import OpenQuestion
from tutor.negation_words import REMOVAL_STEMS
from tutor.negations import Words, read
from tutor.normalize import strip_accents
from tutor.opposite_words import OppositePair, sides_of
from tutor.scoring_keywords import answer_tokens, keyword_spans
from tutor.scoring_leads import denied_by_lead
from tutor.scoring_negation import (
    affirmed,
    denied_verbs,
    denied_words,
    denies_the_models_verb,
    hedged,
    negative_sense,
    opposed,
    removal_before,
    removal_refused,
)


def said_the_other_way(
    item: OpenQuestion, answer: str, places: Mapping[str, list[tuple[int, int, list[str]]]]
) -> tuple[set[tuple[str, int]], set[str]]:
    """The keywords' places (keyword, start) that the learner's answer says the other way round
    from the accepted one (`scoring_negation`): denied where it affirms ("il ne veut pas de
    missiles"), or affirmed with the verb it denies ("respectent l'égalité" for « ne pas
    respecter l'égalité »); and the keywords among them that it only doubts ("Je doute que
    …"): they are not said either, but the learner is told so, not that he says the contrary."""
    if not item.model_answer or not any(places.values()):
        return set(), set()
    model, given = read(item.model_answer), read(answer)
    model_tokens = answer_tokens(item.model_answer)
    quote, quote_tokens = read(item.evidence), answer_tokens(item.evidence)
    model_denied = denied_words(model, wide=True)
    verbs = denied_verbs(model)
    given_denied = denied_words(given, wide=False)
    given_denied_wide = denied_words(given, wide=True)
    # "Il n'a pas menti et PSA va supprimer des emplois": the removal is not the one denied
    given_removal_denied = denied_words(given, wide=True, learner=True)
    # "Ce n'est pas vrai que les missiles sont utilisés": the lead denies its whole clause;
    # "Je doute que …" does not say it either
    lead = denied_by_lead(given)
    lead_denied, lead_restored = lead.denied | lead.doubted, lead.restored
    # "Qu'est-ce qui préoccupe John Kirby ?": what is named there may well be denied
    worry = negative_sense(read(item.prompt))
    vetoed: set[tuple[str, int]] = set()
    for keyword in item.keywords:
        in_model = [
            (start, end)
            for form in (keyword.word, *keyword.accept)
            if (form_tokens := answer_tokens(form))
            for start, end in keyword_spans(form_tokens, model_tokens, typos=False)
        ]
        # a keyword the model answer leaves out is said as the quotation says it: "Les causes
        # sont rarement spectaculaires" is not denied by "ne sont pas spectaculaires"
        hedged_in_quote = not in_model and any(
            hedged(quote, start)
            for form in (keyword.word, *keyword.accept)
            if (form_tokens := answer_tokens(form))
            for start, _ in keyword_spans(form_tokens, quote_tokens, typos=False)
        )
        negated_in_model = any(start in model_denied for start, _ in in_model)
        worried_in_model = any(
            negative_sense(model, start, skip=range(start, end)) for start, end in in_model
        )
        # "la suppression de la réserve parlementaire": "il ne veut plus de la réserve
        # parlementaire" says the same, "il est contre sa suppression" the contrary
        removed_in_model = not negated_in_model and any(
            (k := removal_before(model, start, skip=range(start, end))) is not None
            and k not in model_denied
            for start, end in in_model
        )
        denied_in_model = negated_in_model or worry or worried_in_model or removed_in_model
        removal_word = strip_accents(keyword.word.casefold()).startswith(REMOVAL_STEMS)
        spans = [set(range(start, end)) for start, end, _ in places[keyword.word]]
        model_starts = [start for start, _ in in_model]
        bad = [
            span
            for span in spans
            if not span & lead_restored
            and (
                (not denied_in_model and not hedged_in_quote and span & given_denied)
                or (
                    span & lead_denied
                    and not negated_in_model
                    and not _turned_round(given, span, worried_in_model)
                )
                or denies_the_models_verb(given, min(span), model, model_starts, model_denied)
                or (removed_in_model and removal_refused(given, min(span), given_removal_denied))
                or (removal_word and not negated_in_model and opposed(given, min(span)))
                or (
                    denied_in_model
                    and verbs
                    and not span & (given_denied_wide | lead_denied)
                    and affirmed(given, min(span), verbs)
                )
            )
        ]
        # a name denied is denied in all its forms ("pas de Jérémie Zimmermann", "Zimmermann")
        vetoed |= {(keyword.word, min(span)) for span in spans if any(span & b for b in bad)}
    doubted = {word for word, start in vetoed if start in lead.doubted}
    return vetoed, doubted


def _turned_round(given: Words, span: set[int], worried_in_model: bool) -> bool:
    """Whether a clause a lead denies says the accepted answer's worry the other way round,
    so that denying it agrees: « la sécurité pourrait être menacée », "Ce n'est pas vrai que
    la péninsule est en sécurité". Its own word of worry says the worry itself, which the lead
    then denies: "Ce n'est pas vrai que … augmenterait le risque d'hypertension"."""
    start = min(span)
    skip = range(start, max(span) + 1)
    return worried_in_model and not negative_sense(given, start, skip=skip)


@dataclass(frozen=True)
class OppositeWord:
    """A word of the learner's answer whose opposite the accepted answer says ("acquitté" for
    « condamné »), and the words of its sentence in the answer."""

    typed: str
    """As the learner wrote it, accents and all."""
    text: str
    """The accepted answer's word of the other side."""
    sentence: range


def _sides(text: Words, index: int) -> list[tuple[OppositePair, bool]]:
    return sides_of(text.words[index], participle=index in text.participles)


def opposite_words(
    item: OpenQuestion, answer: str, places: Mapping[str, list[tuple[int, int, list[str]]]]
) -> list[OppositeWord]:
    """The words of the learner's answer that say the opposite outcome of the accepted answer's
    ("Kevin Dardenne a été acquitté" for « … a été condamné », "ACTA est adopté" for « ACTA est
    rejeté »). A word counts only when the learner affirms it (not "n'a pas été acquitté"),
    the accepted answer affirms its opposite, and neither the accepted answer nor the proving
    sentence uses a word of the learner's side: an article that tells of both outcomes (one
    condemned, one acquitted) leaves the learner free to name either. And it must bear on the
    answer: its sentence holds a keyword (`places`), or the accepted answer's word is one. "Il
    avait été relaxé en première instance" says nothing of a summary that names none."""
    if not item.model_answer:
        return []
    given = read(answer)
    model, proof = read(item.model_answer), read(item.evidence)
    model_denied = denied_words(model, wide=True)
    said = {
        (pair.name, side)
        for text, denied in ((model, model_denied), (proof, None))
        for i in range(len(text.words))
        for pair, side in _sides(text, i)
        if denied is None or i not in denied
    }
    model_tokens = _as_typed(item.model_answer, model)
    model_sides = {
        (pair.name, side): model_tokens[i]
        for i in range(len(model.words))
        if i not in model_denied
        for pair, side in _sides(model, i)
    }
    keyed_sides = {
        (pair.name, side)
        for i in _keyword_indices(item, answer_tokens(item.model_answer))
        if i not in model_denied
        for pair, side in _sides(model, i)
    }
    starts = [start for found in places.values() for start, _, _ in found]
    typed_tokens = _as_typed(answer, given)
    # "n'augmente pas ses taux, elle les baisse": the verb of the negation is denied too;
    # "Ce n'est pas vrai que la piscine reste ouverte": so is all a leading denial bears on
    lead = denied_by_lead(given)
    learner_denied = denied_words(given, wide=True, learner=True) | lead.denied | lead.doubted
    affirmed_sides = {  # of the learner's answer
        (pair.name, side)
        for i in range(len(given.words))
        if i not in learner_denied
        for pair, side in _sides(given, i)
    }
    found: list[OppositeWord] = []
    for i in range(len(given.words)):
        if i in learner_denied:
            continue
        for pair, side in _sides(given, i):
            text_word = model_sides.get((pair.name, not side))
            # "favorable à la suppression de la réserve et à la création d'un statut": the
            # text's outcome is said, the other word is of another thing
            if (
                text_word is None
                or (pair.name, side) in said
                or (pair.name, not side) in affirmed_sides
            ):
                continue
            sentence = _sentence_of(given, i)
            if (pair.name, not side) in keyed_sides or any(s in sentence for s in starts):
                found.append(OppositeWord(typed_tokens[i], text_word, sentence))
    return found


def _keyword_indices(item: OpenQuestion, tokens: list[str]) -> set[int]:
    """The indices of the words of `tokens` that are one of the item's keywords."""
    return {
        i
        for keyword in item.keywords
        for form in (keyword.word, *keyword.accept)
        if (form_tokens := answer_tokens(form))
        for start, end in keyword_spans(form_tokens, tokens, typos=False)
        for i in range(start, end)
    }


def _as_typed(text: str, read_words: Words) -> list[str]:
    """The words of a text with their accents, in the order `read` gives them without."""
    tokens = answer_tokens(text)
    return tokens if len(tokens) == len(read_words.words) else list(read_words.words)


def _sentence_of(text: Words, index: int) -> range:
    """The indices of the words of the sentence holding the word at `index`."""
    start = index
    while start > 0 and start - 1 not in text.stops:
        start -= 1
    end = index
    while end < len(text.words) - 1 and end not in text.stops:
        end += 1
    return range(start, end + 1)


def opposed_places(
    opposites: list[OppositeWord], places: Mapping[str, list[tuple[int, int, list[str]]]]
) -> set[tuple[str, int]]:
    """The keywords' places (keyword, start) in a sentence that says the opposite outcome: "Kevin
    Dardenne" of "Kevin Dardenne a été acquitté" earns nothing, the sentence is not the text's."""
    return {
        (word, start)
        for word, found in places.items()
        for start, end, _ in found
        if any(start in o.sentence and end - 1 in o.sentence for o in opposites)
    }
