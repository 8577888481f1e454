"""Dated events read from a clause: the sentence without its date, a "que" clause the date
stands in, or the "lorsque" clause after the date."""

from __future__ import annotations

import re

from tutor.generate import clause_checks, clause_openers, clauses, french, grammar
from tutor.generate.clauses import QUESTION_PREDICATE_WORDS
from tutor.generate.context import Context
from tutor.generate.dated import WHEN, DatedSentence, date_clause, que_clause, without_date
from tutor.generate.event_model import Event, question_word, tense
from tutor.generate.lexicon import is_nominal
from tutor.generate.simplify import AUXILIARIES, short_predicate, simplify
from tutor.literal_search import find_word


def clause_event(ctx: Context, dated: DatedSentence, word: str | None = None) -> Event | None:
    """The sentence's own clause without its date, simplified; or the "lorsque" clause after it.
    Of two coordinated clauses, only the one the date is in: the other is another event.
    `word` asks the question ("Pendant combien de temps") instead of the date's own."""
    if is_nominal(ctx.lexicon, dated.sentence):
        return None  # "Une première depuis 1986 pour ce club": no verb, no event to restate
    if dated.preposition.startswith("d'ici"):
        # a deadline is the object's, not the verb's: "Les syndicats réclament l'embauche de
        # 800 contrôleurs d'ici à 2028" is not "Quand est-ce que les syndicats réclament … ?"
        return None
    if _target_date(dated):
        return (
            None  # "a fixé la date limite au 15 avril": when the deadline is, not when it was set
        )
    narrowed = date_clause(dated)
    if narrowed.sentence != dated.sentence and not clause_checks.may_have_verb(narrowed.sentence):
        return None  # "…, et une chaîne humaine le 14 juillet": the verb is the other clause's
    clause = without_date(narrowed)
    anchor: list[str] = []
    if clause is not None:
        clause = clause_openers.strip_opener(clause)
        clause = _with_subject(clause, _antecedent(ctx, dated, clause))
        anchor = _words_before(narrowed)
    else:
        clause = _when_clause(ctx, dated)
    if clause is None or clause_checks.has_loose_pronoun(clause):
        return None
    clause = as_perfect(simplify(place_last(clause), ctx.names_longest_first, ctx.roles))
    if clause_checks.dangles(clause):
        return None
    finite = ctx.lexicon.finite
    if _two_verbs(clause, finite):
        return None
    if clause_checks.lost_its_verb(clause, dated.sentence, finite):
        return None  # "Gérard et Monique Lafarge": the verb stayed in the part cut away
    word = word or question_word(dated.preposition, clause, _future(ctx, dated), dated.date_text)
    question = clauses.question_from_clause(
        clause, word, None, ctx.feminine_names, ctx.proper_words, ctx.masculine_names
    )
    question = question or _long_question(ctx, clause, word)
    if question is not None and clause_checks.lost_its_verb(question, dated.sentence, finite):
        question = None  # "Quand est-ce que le fabricant Cyclavia, basé à Romilly ?"
    if (
        question is not None
        and anchor
        and not any(find_word(french.fold(question), w) >= 0 for w in anchor)
    ):
        # the question cut away the words the date follows after a comma: it dates what they
        # say, not the question's verb ("La participation a atteint 84 %, un niveau …, rétabli
        # en 2022" asked "Quand la participation a-t-elle atteint 84 % ?"; "… par la radio,
        # comme en 2020"; "… a été repoussée …, a annoncé dimanche soir le ministère")
        question = None
    if question is not None and _in_coordinated_infinitive(dated, question):
        question = None
    return Event(clause, question)


_NOT_INFINITIVES = french.wordset("hier mer fer cher hiver notre votre entre contre autre")


def _in_coordinated_infinitive(dated: DatedSentence, question: str) -> bool:
    """Whether the date is in an infinitive joined by "et" that the question left out: "a
    expliqué avoir besoin de son véhicule pour travailler et être suivi depuis novembre"
    asked "À partir de quand le prévenu a-t-il expliqué avoir besoin de son véhicule ?" when
    it is the care that runs since November."""
    before = dated.sentence[: dated.phrase_start].rsplit(",", 1)[-1]
    if " et " not in before:
        return False
    words = [french.fold(w) for w in before.rsplit(" et ", 1)[1].split()]
    while words and words[0] in ("ne", "n'", "se", "s'", "de", "d'", "à"):
        words = words[1:]
    if not words or words[0] in _NOT_INFINITIVES:
        return False
    verb = words[0]
    infinitive = verb in ("être", "avoir") or verb.endswith(("er", "ir", "re", "oir"))
    return infinitive and find_word(french.fold(question), verb) < 0


def _two_verbs(clause: str, finite: frozenset[str]) -> bool:
    """Whether the clause joins two verbs of one subject with "et": the date is one verb's, the
    question would ask it of both ("Claira-1 pèse 1 850 kilos et doit fonctionner pendant au
    moins sept ans" asked "Pendant combien de temps est-ce que Claira-1 pèse 1 850 kilos et
    doit fonctionner ?", review 17)."""
    words = [french.fold(w) for w in clause.split()]
    verbs = finite | AUXILIARIES
    for k, word in enumerate(words[1:-1], start=1):
        following = words[k + 1]
        if following in ("ne", "n'") and k + 2 < len(words):
            following = words[k + 2]
        if word == "et" and following in verbs:  # no subject between: the same one
            return True
    return False


_NOT_ANCHORS = (
    french.wordset(
        """à au aux de du des d' en le la les l' un une par pour sur sous dans avec sans et ou
    ce cet cette ces moins plus environ déjà encore seulement notamment puis été"""
    )
    | AUXILIARIES
)


def _words_before(dated: DatedSentence) -> list[str]:
    """The words between the last comma before the date phrase and the date, folded, without
    articles, prepositions and adverbs of degree: the part of the clause the date is in."""
    before = dated.sentence[: dated.phrase_start].rsplit(",", 1)[-1]
    words = re.findall(r"[^\W\d_][\w'’-]*", before)
    return [french.fold(w) for w in words if french.fold(w) not in _NOT_ANCHORS]


_TARGET_VERB = re.compile(
    r"\b(?:fix|report|repouss|avanc|décal|prolong|ramen|arrêt|programm)(?:e|é|ée|és|ées|er|ent|"
    r"ait|aient|era|eront)\b",
    re.IGNORECASE,
)
"""Verbs whose "au" date is where they set something, not when they did it ("a fixé la date
limite au 15 avril", "a été reporté au 3 mai")."""


def _target_date(dated: DatedSentence) -> bool:
    """Whether the date is the one a verb set ("fixé … au 15 avril"), not the verb's time."""
    if french.fold(dated.preposition) not in ("au", "à", "à la date du", "jusqu'au"):
        return False
    before = dated.sentence[: dated.phrase_start].split()[-6:]
    return _TARGET_VERB.search(" ".join(before)) is not None


_PLACE_NOUNS = (
    r"(?:cour|salle|place|rue|stade|parc|port|gare|jardin|église|cathédrale|théâtre|quartier|"
    r"palais|musée|mairie|lycée|collège|école|usine|hall|enceinte|centre)"
)
_PLACE_OPENER = re.compile(
    r"^(?P<place>(?:À|Au|Aux|En|Dans)\s+(?:l['’]|la\s+|le\s+|les\s+)?"
    rf"(?:{_PLACE_NOUNS}\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*(?:[a-zà-ÿ]+\s+)?)?"
    r"[A-ZÀ-Ý][\w’'-]*"
    r"(?:[\s-]+(?:de|du|des|d['’]|sur|en|la|le|les)?\s*[A-ZÀ-Ý][\w’'-]*)*),\s+(?P<rest>.+)$",
    re.DOTALL,
)
"""A place opening the clause ("Au Guilvinec, la criée est restée silencieuse", "Dans la cour
du lycée Saint-Joseph, les spectateurs se sont levés")."""


_CIRCUMSTANCE_OPENER = re.compile(
    r"^(?:Après|Vers|Au terme d(?:e|u|es)|À l['’]issue d(?:e|u|es)|Au cours d(?:e|u|es)|"
    r"Lors d(?:e|u|es)|Devant|Face à|Debout|Assise?|Interrogée?s?|Jointe?|Contactée?s?|"
    r"(?:Pour|Afin\s+d(?:e|['’]))\s+(?:(?:se|en|y|les|leur|lui)\s+|[sl]['’])?"
    r"[^\W\d_]+(?:er|ir|re)\b(?<!\bpremière\b))"
    r"[^,;:]{1,60},\s+(?=\S)",
)
"""A time, circumstance or purpose opening the clause ("Après deux jours de débats, ", "Vers 10
heures, ", "Pour attirer les usagers, "): the event is the same without it, and its question
opens on the subject."""


_LISTED_OPENER = re.compile(r"^[^,;:«»]{1,60}\s(?:et|ou)\s[^,;:«»]{1,60},\s+(?=\S)")
"""The last items of a list the circumstance opens ("des rues éventrées et de nombreuses
polémiques, ")."""


_VOTE_COUNT = re.compile(
    r",\s*par\s+\d[\d\u202f ]*\s*voix(?:\s+(?:pour|contre)\b)?"
    r"(?:\s*(?:,|\bet\b|\bcontre\b)\s*\d[\d\u202f ]*(?:\s*voix)?"
    r"(?:\s+(?:pour|contre|abstentions?)\b)?)*\s*,\s*"
)
"""The count of a vote set off by commas ("a adopté, par 312 voix contre 98, une loi", "par 141
voix pour, 9 contre et 28 abstentions,"): the event is the vote, a question about its date does
not need the count."""


def place_last(clause: str) -> str:
    """The clause with its opening place moved after the verb, so that it opens on its subject
    and makes a question: "La criée est restée silencieuse au Guilvinec."; an opening time or
    circumstance ("Après deux jours de débats, ") is left out."""
    clause = _VOTE_COUNT.sub(" ", clause)
    opener = _CIRCUMSTANCE_OPENER.match(clause)
    if opener is not None and not any(c in opener.group(0) for c in french.QUOTE_CHARS):
        clause = clause[opener.end() :]
        listed = _LISTED_OPENER.match(clause)
        if listed is not None and clauses.split_subject(clause[listed.end() :]) is not None:
            # "Après quatre ans de travaux, des rues éventrées et de nombreuses polémiques, le
            # tramway a …": the opener lists more nouns, and a subject with its verb follows
            clause = clause[listed.end() :]
        clause = french.capitalise(clause)
    match = _PLACE_OPENER.match(clause)
    if match is None:
        return clause
    rest = match["rest"].rstrip()
    stop = rest[-1] if rest[-1] in ".!" else ""
    rest = rest[: len(rest) - len(stop)]
    if "," in rest:
        return clause  # a second comma: an apposition or another clause, no safe end to join
    place = match["place"][0].lower() + match["place"][1:]  # "Au" opens no name
    return f"{french.capitalise(rest)} {place}{stop}"


def _future(ctx: Context, dated: DatedSentence) -> bool:
    return tense(ctx, dated.fact.value) == "future"


MAX_LONG_QUESTION_WORDS = 28
"""A question that keeps a clause whole (because it cannot be cut without changing its meaning)
may run to this many words: longer, but still a question, not a gap in a quoted sentence."""


def _long_question(ctx: Context, clause: str, word: str) -> str | None:
    """ "Depuis quand est-ce qu'une directive européenne demande aux pilotes de ne pas suivre
    … ?": the whole clause, when the short question was refused only for its length."""
    clause = french.strip_final_punctuation(clause_openers.strip_opener(clause))
    if not clause or not clauses.starts_with_subject(clause, ctx.proper_words):
        return None
    if french.fold(clause.split(" ")[0]) in french.SUBJECT_PRONOUNS:
        return None
    if any(c in clause for c in clauses.QUOTE_CHARS) or ":" in clause or ";" in clause:
        return None
    question = f"{word} {clauses.est_ce_que(clauses.trim_clause(clause))} ?"
    return question if french.word_count(question) <= MAX_LONG_QUESTION_WORDS else None


def as_perfect(clause: str) -> str:
    """A pluperfect clause in the perfect: an event read on its own is told in the passé composé
    ("Vladimir Poutine avait promis" -> "Vladimir Poutine a promis")."""
    parts = clauses.split_subject(clause, 12)
    if parts is None:
        return clause
    subject, aux, rest = parts
    folded = french.fold(aux)
    perfect = {"avait": "a", "avaient": "ont"}.get(folded)
    reflexive = {"s'était": "s'est", "s'étaient": "se sont"}.get(folded)
    if reflexive is not None:  # "s'était détachée" -> "s'est détachée"
        perfect = reflexive
    first = rest.split(" ")[0] if rest else ""
    if folded in ("était", "étaient") and grammar.participle_voice(first) == "être":
        perfect = "est" if folded == "était" else "sont"
    if perfect is None or not rest:
        return clause
    # "avait déjà réuni": already before the story's time; told alone, the "déjà" means nothing
    rest = re.sub(r"^déjà\s+", "", rest)
    # "avait duré cinq jours et s'était terminé par …": the second verb follows the first
    rest = _COORDINATED_PLUPERFECT.sub(lambda m: m[1] + _AS_PERFECT[french.fold(m[2])], rest)
    return f"{subject} {perfect} {rest}"


_AS_PERFECT = {"avait": "a", "avaient": "ont", "s'était": "s'est", "s'étaient": "se sont"}
_AS_PERFECT.update({"s’était": "s'est", "s’étaient": "se sont"})
_COORDINATED_PLUPERFECT = re.compile(
    r"(\b(?:et|puis|mais)\s+)(avaient|avait|s['’]étaient|s['’]était)\b"
)


_PERFECT = {"a": "a", "ont": "ont", "avait": "a", "avaient": "ont", "est": "est", "sont": "sont"}
_PERFECT.update({"sera": "sera", "seront": "seront", "va": "va", "vont": "vont"})
"""Tenses a subordinate clause keeps alone, pluperfect made perfect ("avait été" -> "a été")."""


def subordinate_event(ctx: Context, dated: DatedSentence) -> Event | None:
    """A date in a "que" clause dates that clause, never the verb that introduces it:
    "X a rappelé … qu'un plan de 150 millions d'euros … avait été annoncé en juin 2018" ->
    "Quand le plan de 150 millions d'euros pour les urgences a-t-il été annoncé ?". A clause
    that cannot stand alone gives no event (Event()), never the main clause's."""
    found = que_clause(dated)
    if found is None:
        return None
    clause, opens = found
    clause = simplify(clause, ctx.names_longest_first, ctx.roles)
    parts = clauses.split_subject(clause, 12) if opens else None
    if parts is None or not clauses.starts_with_subject(clause, ctx.proper_words):
        return Event()
    subject, aux, rest = parts
    if french.fold(subject) in french.SUBJECT_PRONOUNS or not rest:
        return Event()  # "qu'il avait annoncé": who?
    if clause_checks.has_loose_pronoun(rest):
        return Event()
    tense = _PERFECT.get(french.fold(aux))
    pluperfect = french.fold(aux) in ("était", "étaient")
    if tense is None and pluperfect and grammar.participle_voice(rest.split(" ")[0]) == "être":
        tense = "est" if french.fold(aux) == "était" else "sont"  # "était arrivé"
    if tense is None:
        return Event()
    statement = french.capitalise(f"{subject} {tense} {rest}")
    opened = grammar.determiner(subject.split(" ")[0])
    if opened is not None and opened[0] in ("un", "une", "des") and " " in subject:
        subject = grammar.definite(opened[0], subject.split(" ", 1)[1])  # "le plan" asked about
    rest = short_predicate(rest, QUESTION_PREDICATE_WORDS)
    pronoun = clauses.subject_pronoun(subject, ctx.feminine_names, ctx.masculine_names)
    word = question_word(dated.preposition, statement, _future(ctx, dated), dated.date_text)
    if pronoun is not None:
        question = f"{word} {french.lower_first(subject)} {clauses.invert(tense, pronoun)} {rest} ?"
    else:
        question = f"{word} {clauses.est_ce_que(f'{subject} {tense} {rest}')} ?"
    too_long = french.word_count(f"{subject} {rest}") > clauses.MAX_QUESTION_WORDS
    return Event(statement, None if too_long else question)


def _antecedent(ctx: Context, dated: DatedSentence, clause: str) -> str | None:
    """The subject of the previous sentence, when this clause starts with a matching il/elle.

    "De l'autre côté, la Russie est un allié crucial ... En mars, elle a utilisé son veto" ->
    "la Russie". Passive "il a été convenu" is impersonal and never resolved.
    """
    stripped = clause_openers.strip_opener(clause)
    pronoun = french.fold(stripped.split(" ")[0]) if stripped else ""
    if pronoun not in ("il", "elle") or " été " in f" {stripped} "[:30]:
        return None
    previous = _clause_before(dated) or ctx.previous_sentence(dated.sentence)
    if previous is None:
        return None
    finite = ctx.lexicon.finite
    parts = clauses.split_subject(clause_openers.strip_opener(previous))
    subject = parts[0] if parts is not None else clauses.subject_before_verb(previous, finite)
    if subject is None:
        return _speaker_before(ctx, previous, pronoun)
    if french.fold(subject) in french.SUBJECT_PRONOUNS or french.word_count(subject) > 6:
        return None
    if clauses.subject_pronoun(subject, ctx.feminine_names, ctx.masculine_names) != pronoun:
        return None
    return subject


def _clause_before(dated: DatedSentence) -> str | None:
    """The sentence's own first clause, when the date's clause comes after its colon or
    semicolon: there is whom its il/elle means ("Le vainqueur, lui, n'aura pas le temps de fêter
    son titre : il s'envolera mardi pour Stockholm" is the winner, not the director quoted the
    sentence before, review 17's tennis)."""
    head = dated.sentence[: dated.phrase_start]
    cut = max(head.rfind(" : "), head.rfind(" ; "))
    if cut < 0 or french.fold(head[cut + 3 :].split(" ", 1)[0]) not in ("il", "elle"):
        return None
    return head[:cut].strip() or None


def _speaker_before(ctx: Context, previous: str, pronoun: str) -> str | None:
    """Who speaks in the sentence before, when it is only someone's words and the pronoun is
    theirs: "« Je me lève à trois heures du matin … », a-t-elle confié. Elle représentera la
    région au concours national, le 15 avril" -> "Nolwenn Kerhervé"."""
    folded = french.fold(previous)
    speakers = {
        ctx.canonical_name(q.speaker)
        for q in ctx.facts.quotes
        if q.kind == "direct" and french.fold(q.sentence) in folded
    }
    if len(speakers) != 1:
        return None
    (speaker,) = speakers
    names = ctx.feminine_names if pronoun == "elle" else ctx.masculine_names
    return speaker if french.fold(speaker) in names else None


def _with_subject(clause: str, pronoun_stands_for: str | None) -> str | None:
    """The clause with its leading il/elle replaced; None when it has one we cannot replace."""
    first = clause.split(" ", 1)
    if french.fold(first[0]) not in ("il", "elle", "ils", "elles", "on"):
        return clause
    if pronoun_stands_for is None or len(first) < 2 or french.fold(first[0]) not in ("il", "elle"):
        return None
    return f"{french.capitalise(pronoun_stands_for)} {first[1]}"


def _when_clause(ctx: Context, dated: DatedSentence) -> str | None:
    """The event of a "…, lorsque/quand <event>" clause right after the date, with a pronoun
    subject replaced by the one person the sentence names before the date.

    "… remontait à juillet 2000, lorsqu'il a rencontré Kim Jong-il, …" ->
    "Vladimir Poutine a rencontré Kim Jong-il".
    """
    match = WHEN.match(dated.sentence[dated.end :])
    if match is None:
        return None
    before = french.fold(dated.sentence[: dated.start])
    named = {
        p.name for p in ctx.facts.people for n in (p.name, *p.aliases) if french.fold(n) in before
    }
    person = next(iter(named)) if len(named) == 1 else None
    clause = _with_subject(match["clause"], person)
    if clause is None:
        return None
    return clauses.trim_tail(french.strip_final_punctuation(clause))
