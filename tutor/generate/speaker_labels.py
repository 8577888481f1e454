"""Speaker labels as items show them: which speakers may be offered, and under which name.

An option or a statement is read out of its sentence, so a label must say who it is on its own:
"Son adjoint" (whose?) is shown by the name the article gives him ("Son adjoint …, Karim
Haddad"), or not at all; "Autres" or "Les premiers éléments" never speak. A quotation whose
sentence names someone else, and not its speaker, was most likely given to the wrong person
("« … », analyse Claire Vasseur" given to Léa Marchetti): it is not asked about.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tutor.extract.owner_names import names_an_organisation
from tutor.extract.person_nouns import describes_a_person
from tutor.extract.role_words import is_role_noun
from tutor.facts import Person, Quote
from tutor.generate import french, grammar
from tutor.generate.context import Context
from tutor.generate.parties import same_body, same_party
from tutor.generate.speaker_affiliations import affiliated
from tutor.generate.speaker_documents import (
    document_noun,
    document_out_of_sight,
    whose_thing,
)

PRONOUN_SPEAKERS = frozenset({"il", "elle", "ils", "elles", "on", "je", "nous", "vous"})
_WHOSE_ONE = re.compile(
    r"(?i)^(?:l['’]une?\s+de\s+|certaine?s\s+de\s+)?(?:son|sa|ses|leur|leurs)\s+"
)
"""A label known only by whose it is: "son avocat", "ses initiateurs", "l'un de ses colistiers"."""
_QUANTIFIERS = french.wordset("autres certains certaines plusieurs beaucoup tous toutes")
"""Words that may open a speaker ("Certains spécialistes") but are none alone ("d'autres")."""
_ONE_OF = french.wordset("un une eux elles entre")
_NOT_SPEAKERS = french.wordset("éléments chiffres données résultats informations")
"""Nouns a source may be ("selon les premiers éléments") but that say nothing of who spoke."""
_TITLES = r"(?:M\.|Mme|Me|Mlle|Dr|Pr)"
_DETERMINERS = r"(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs)"


def speaker_label(ctx: Context, speaker: str) -> str:
    """How a speaker is shown as an option: the person's full name, or the group capitalised
    ("les américains" -> "Les Américains": a people takes a capital; "une association de
    Marseille, Kaz Solidarité" -> "Kaz Solidarité")."""
    label = ctx.canonical_name(speaker.strip())
    named = _KIND_THEN_NAME.match(label)
    if named:
        label = named.group(1)  # "une association de Marseille, Kaz Solidarité"
    people = re.match(r"(?i)(les\s+)([a-zéè][\w-]*(?:ains|ais|ois|ens|iens|ands|ols))$", label)
    if people:
        label = people.group(1) + french.capitalise(people.group(2))
    return french.capitalise(label)


_KIND_THEN_NAME = re.compile(
    r"(?i:(?:un|une|le|la|l['’])\s*)[^,]+,\s+([A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*)$"
)
"""A body's kind, then its name, set off by a comma: the name says who it is."""


def is_document(ctx: Context, label: str) -> bool:
    """Whether a speaker label is a document or an inquiry, and no person of the article."""
    return document_noun(label) is not None and _person(ctx, label) is None


def _not_a_speaker(speaker: str) -> bool:
    """ "Autres", "les premiers éléments", "familles du vignoble" (cut from "pour beaucoup de
    familles du vignoble"), "l'un des rares joueurs" (cut from "… à avoir tout joué"): phrases
    that name nobody a learner could find."""
    words = french.fold(speaker).split()
    if words and words[0] in ("mon", "ma", "mes", "notre", "nos"):
        return True  # "Mon père" (an interviewee's): whose, out of her answer?
    bare = [w for w in words if not re.fullmatch(rf"d['’]|de|{_DETERMINERS}", w)]
    bare = [re.sub(r"^[dl]['’]", "", w) for w in bare]
    if not bare or (len(bare) == 1 and bare[0] in _QUANTIFIERS):
        return True
    if set(bare) <= _ONE_OF:
        return True  # "L'une" (cut from "L'une d'elles a annoncé"): one of whom?
    if any(w in _NOT_SPEAKERS for w in bare[:3]):
        return True
    if re.search(r"\b(?:rares|seule?s?)\s+[\w-]+$", french.fold(speaker)):
        return True
    first = speaker.split()[0]
    # a phrase with no determiner is a name ("Enedis") unless it starts with a small letter
    return (
        first[:1].islower()
        and grammar.determiner(first) is None
        and bare[0] not in (_QUANTIFIERS | {"un", "une"})
    )


def _role_holder(ctx: Context, speaker: str, sentence: str) -> str | None:
    """The person a role label stands for, when the sentence names them with that role:
    "Son adjoint chargé de l'environnement, Karim Haddad" -> "Karim Haddad"."""
    phrase = re.sub(rf"(?i)^{_DETERMINERS}\s*", "", speaker.strip())
    folded = french.fold(phrase)
    if len(folded) < 3:
        return None
    holders = [
        p
        for p in ctx.facts.people
        if p.role and french.fold(p.role).startswith(folded) and named_in(p, sentence)
    ]
    return holders[0].name if len(holders) == 1 else None


def named_in(person: Person, sentence: str) -> bool:
    """Whether a sentence names a person: full name, an alias, or "M. / Mme <surname>"."""
    folded = french.fold(sentence)
    names = [person.name, *person.aliases]
    if any(_name_pattern(french.fold(n)).search(folded) for n in names):
        return True
    return _titled_pattern(person.name.split()[-1]).search(sentence) is not None


@lru_cache(maxsize=1024)
def _name_pattern(folded_name: str) -> re.Pattern[str]:
    """Asked for every person and sentence of an article: compiled once per name."""
    return re.compile(rf"(?<![\w-]){re.escape(folded_name)}(?![\w-])")


@lru_cache(maxsize=1024)
def _titled_pattern(surname: str) -> re.Pattern[str]:
    return re.compile(rf"{_TITLES}\s+{re.escape(surname)}\b")


def _names_someone_else(ctx: Context, label: str, sentence: str) -> bool:
    """Whether the quotation's sentence names a person of the article and not its speaker;
    names inside quotation marks are what was said, not who said it."""
    outside = outside_quotes(sentence)
    named = [p for p in ctx.facts.people if named_in(p, outside)]
    if not named:
        return False
    return not any(french.fold(p.name) == french.fold(label) for p in named)


def offered_label(ctx: Context, quote: Quote) -> str | None:
    """The label a quotation's speaker is offered under, or None when it cannot be: a pronoun,
    a phrase that names nobody, a possessive the sentence does not resolve, or a speaker the
    sentence contradicts by naming someone else."""
    speaker = quote.speaker.strip()
    if not speaker or french.fold(speaker) in PRONOUN_SPEAKERS or whose_thing(speaker):
        return None
    person = _person(ctx, speaker)
    if person is None:
        if _not_a_speaker(speaker):
            return None
        holder = _role_holder(ctx, speaker, quote.sentence)
        if holder is not None:
            return holder
        if _WHOSE_ONE.match(speaker) or document_out_of_sight(speaker, quote.sentence):
            return None
        if _made_by_someone(speaker, quote.sentence):
            return None
    if person is not None and _someone_else_by_role(person, quote.sentence):
        return None
    if _relative_clause(quote):
        return None
    label = person.name if person else speaker_label(ctx, speaker)
    if _names_someone_else(ctx, label, quote.sentence):
        return None
    return label


def outside_quotes(sentence: str) -> str:
    """A sentence with what it quotes blanked: who speaks, not what is said."""
    return re.sub(r"«[^»]*»|“[^”]*”|\"[^\"]*\"", " ", sentence)


def _someone_else_by_role(person: Person, sentence: str) -> bool:
    """A person given words in a sentence that does not name them but names another role:
    "Selon l'adjoint aux finances, …" given to the mayor, "Le directeur technique du
    promoteur a, lui, rejeté …" given to the subcontractor's manager."""
    outside = outside_quotes(sentence)
    if named_in(person, outside):
        return False
    # a role with its complement names someone ("l'adjoint aux finances"); a bare one ("l'élu",
    # "la chercheuse", "le dirigeant") is the article's way of not repeating a name
    role = r"(?i)\b(?:le|la|l['’])\s*([^\W\d_][\w-]*)(?:\s+[^\W\d_]+)?\s+(?:de|du|des|aux?)\b"
    for match in re.finditer(role, outside):
        word = match.group(1).lower()
        if is_role_noun(word):
            return word not in french.fold(person.role or "")
    return False


def _relative_clause(quote: Quote) -> bool:
    """ "une prime de 200 euros, que les syndicats ont jugée « très insuffisante »": a "que"
    after a noun and a comma relates the noun, it reports nobody's words."""
    if quote.kind != "indirect":
        return False
    at = quote.sentence.find(quote.text[:30])
    before = quote.sentence[:at] if at > 0 else ""
    match = re.search(r"((?:\S+\s+){0,3}\S+),\s+qu(?:e\s+|['’])$", before)
    if match is None or not quote.cue.split():
        return False
    return quote.cue.split()[-1] not in [w.strip(",;") for w in match.group(1).split()]


_MADE_BY = re.compile(r"^\s+(?:[\w-]+\s+)?[\w-]+(?:é|i|u|it|is)(?:e|s|es)?\s+par\b")
"""A participle and its agent: "réalisées par", "menée en juin par" is left out."""


def _made_by_someone(speaker: str, sentence: str) -> bool:
    """A source the sentence says someone made ("Selon les premières constatations faites par
    les gendarmes"): it is what was made, not who speaks, whatever its noun (a document
    is left to `is_document`); a person or a body so described ("le porte-parole désigné
    par le collectif", "l'association soutenue par la mairie") still speaks."""
    if document_noun(speaker) is not None:
        return False  # "une enquête publiée par …": a document, asked about as such (sources)
    words = _LEADING_DETERMINER.sub("", speaker.strip()).split()
    heads = [w for w in words[:3] if w[:1].islower()]
    if not heads or any(describes_a_person(w) or names_an_organisation(w) for w in heads):
        return False
    at = sentence.lower().find(speaker.strip().lower())
    if at < 0:
        return False
    return _MADE_BY.match(sentence[at + len(speaker.strip()) :]) is not None


def _person(ctx: Context, speaker: str) -> Person | None:
    folded = french.fold(speaker)
    for person in ctx.facts.people:
        if folded in (french.fold(n) for n in (person.name, *person.aliases)):
            return person
    return None


def mentioned_in(ctx: Context, label: str, sentence: str) -> bool:
    """Whether a sentence mentions a speaker: a person by name, a group by its words ("la
    préfecture du Loiret"). A wrong option it mentions might be the right one after all."""
    person = _person(ctx, label)
    if person is not None:
        return named_in(person, sentence)
    phrase = re.sub(rf"(?i)^{_DETERMINERS}\s*", "", label.strip())
    return french.fold(phrase) in french.fold(sentence)


def one_party(ctx: Context, a: str, b: str) -> bool:
    """Whether two speaker labels may stand for one speaker: `same_party`, or one body under
    two names in this article ("La Banque de France", "la banque centrale", "l'institution";
    "L'AFM", "L'Association française contre les myopathies"), `same_body`. Kept per lesson:
    asked about each pair of labels again and again (5,926 times, 1,019 pairs, in 48 lessons)."""
    known: dict[tuple[str, str], bool] = ctx.memo.setdefault("one_party", {})
    if (a, b) not in known:
        known[a, b] = _one_party(ctx, a, b)
    return known[a, b]


def _one_party(ctx: Context, a: str, b: str) -> bool:
    if same_party(a, b):
        return True
    names = ctx.remember(
        "speaker_names", lambda: tuple({speaker_label(ctx, q.speaker) for q in ctx.facts.quotes})
    )
    return same_body(a, b, ctx.article.body, lambda label: is_one_person(ctx, label), names)


def may_speak_for(ctx: Context, a: str, b: str) -> bool:
    """Whether either label may be right for the other's words: `one_party`, or one belongs
    to the other (`affiliated`: a body's director and the body, "L'ONU" and its agency, "Les
    prévenus" and the principal defendant)."""
    if one_party(ctx, a, b):
        return True
    names = ctx.remember(
        "speaker_names", lambda: tuple({speaker_label(ctx, q.speaker) for q in ctx.facts.quotes})
    )

    def names_of(label: str) -> list[str]:
        return [n for n in names if one_party(ctx, label, n)]

    return affiliated(ctx, a, b, lambda label: is_one_person(ctx, label), names_of)


def named_body(ctx: Context, label: str) -> str:
    """The name of the one body a stand-in label is for ("L'institution" -> "La Banque de
    France"), for a statement read on its own; the label itself when it is no stand-in or the
    article's speakers give no single body for it."""
    if not _stand_in(label) or is_one_person(ctx, label):
        return label
    names = ctx.remember(
        "speaker_names", lambda: tuple({speaker_label(ctx, q.speaker) for q in ctx.facts.quotes})
    )
    bodies = {
        french.fold(n): n
        for n in names
        if not _stand_in(n)
        and not is_one_person(ctx, n)
        and same_body(label, n, ctx.article.body, lambda _: False)
    }
    return next(iter(bodies.values())) if len(bodies) == 1 else label


ENOUGH_OTHERS = 3
"""Distractors a "Qui a dit … ?" item offers at most; people named in passing fill the gap."""


def other_speakers(ctx: Context, exclude: set[str], *, documents: bool = False) -> list[str]:
    """Everyone else who speaks or is named in the article, as option labels, sorted; none
    that may stand for an excluded speaker ("Les producteurs" for "Un producteur …"). A
    document ("Une étude") is offered only with `documents`: among people it is no person to
    choose, and plainly not the one who spoke."""
    names: dict[str, str] = {}
    for quote in ctx.facts.quotes:
        label = offered_label(ctx, quote)
        if label is not None and (documents or not is_document(ctx, label)):
            names.setdefault(_speaker_key(label), label)
    named_only: dict[str, str] = {}
    for person in ctx.people:
        # someone the article only names in passing ("l'affaire Penelope Fillon", "Gengis
        # Khan"), with no role and no words, is a poor guess: offered only when others lack
        (names if person.role else named_only).setdefault(_speaker_key(person.name), person.name)
    excluded = {_speaker_key(e) for e in exclude}
    # an unnamed man described twice ("le conducteur", "le prévenu") may be one: beside the
    # words of one, the other is no sure wrong answer
    unnamed = any(_unnamed_person(ctx, e) for e in exclude)

    def offered(labels: dict[str, str]) -> list[str]:
        kept: list[str] = []
        # a name before the words that stand for it: "La Banque de France", not "L'institution"
        for key, label in sorted(labels.items(), key=lambda kv: (_stand_in(kv[1]), kv[1])):
            if key in excluded or any(may_speak_for(ctx, label, e) for e in exclude):
                continue
            if unnamed and _unnamed_person(ctx, label):
                continue
            if not any(one_party(ctx, label, k) for k in kept):
                kept.append(label)
        return sorted(kept)

    first = offered(names)
    if len(first) >= ENOUGH_OTHERS:
        return first
    return sorted({*first, *offered({k: v for k, v in named_only.items() if k not in names})})


def _unnamed_person(ctx: Context, label: str) -> bool:
    """One person the article does not name, only describes: "Le conducteur", "La victime"."""
    return _person(ctx, label) is None and is_one_person(ctx, label)


def _stand_in(label: str) -> bool:
    """A label in small letters after its article ("La banque centrale"): a body named so as
    not to repeat its name."""
    words = _LEADING_DETERMINER.sub("", label.strip()).split()
    return bool(words) and all(w[:1].islower() for w in words)


def wrong_speakers(ctx: Context, answer: str, others: list[str], count: int) -> list[str]:
    """Up to `count` wrong options drawn from `others`, of the answer's kind (`is_one_person`)
    when there are at least SAME_KIND of them, people the article names before people it
    describes; else those first and the others only to make up the count. Beside people, a
    body ("Météo-France", "L'hôpital de Briançon") is plainly not who said « On s'est serrés
    l'un contre l'autre … »; beside bodies, a person is plainly not the one that speaks for
    the Chancellerie or a party."""
    mine = is_one_person(ctx, answer)
    alike = [o for o in others if is_one_person(ctx, o) == mine]
    # people the article names first: "L'athlète de 29 ans" may be one of them, twice offered
    named = [o for o in alike if _person(ctx, o) is not None]
    chosen = ctx.rng.sample(named, min(count, len(named)))
    if len(chosen) < SAME_KIND:
        described = [o for o in alike if o not in named]
        chosen += ctx.rng.sample(described, min(count - len(chosen), len(described)))
    if len(chosen) >= SAME_KIND:
        return chosen
    unlike = [o for o in others if is_one_person(ctx, o) != mine]
    return chosen + ctx.rng.sample(unlike, min(count - len(chosen), len(unlike)))


SAME_KIND = 2
"""Wrong options of the answer's kind enough to make an item of their own (three options)."""

_LEADING_DETERMINER = re.compile(r"(?i)^(?:(?:le|la|un|une)\s+|l['’]\s*)")


def is_one_person(ctx: Context, label: str) -> bool:
    """Whether a speaker's label is one person: someone the article names, or a role or any
    noun for someone in the singular ("Le ministre des Outre-mer", "La présidente", "Un
    diplomate européen", "Une spectatrice de 52 ans", `person_nouns`); a body
    ("La préfecture du Rhône", "Météo-France") or a group ("Les organisateurs") is not."""
    if _person(ctx, label) is not None:
        return True
    bare = _LEADING_DETERMINER.sub("", label.strip())
    if bare == label.strip():
        return False  # a name the article does not give a person: "Météo-France", "Anssi"
    if _AGED.search(bare):
        return True  # "Un habitant de 40 ans", "Une victime de 19 ans": an age is a person's
    head = bare.split(" ")[0]
    return head[:1].islower() and describes_a_person(head)


_AGED = re.compile(r"\bde \d+ ans\b")


def _speaker_key(label: str) -> str:
    """ "Le rapport de la CIA" and "Un rapport de la CIA" are one speaker."""
    return re.sub(r"^(?:le|la|les|un|une|des|l')\s*", "", french.fold(label))
