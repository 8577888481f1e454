"""Model answers for "Que dit X ? Expliquez avec vos mots." in reported speech, not quotation.

A learner asked to explain someone's words should not be shown those very words as the example:
"Selon Philippe Poutou, les parlementaires sont …" (no « »), "Nicolas Dupont-Aignan est
favorable à …" for « Je suis favorable à … ». Only what can be told in correct French for sure is
converted: one sentence, in the third person or in the first person singular with verbs whose
third-person form is certain; "nous" only in the words of a group ("les grévistes": "Nous ne
signerons pas" -> "Les grévistes ne signeront pas"); "vous", "tu", an object "me", questions and
exclamations keep the quotation (None here).
"""

from __future__ import annotations

from typing import Any

from tutor.generate import french
from tutor.generate.plural_verbs import plural_third_form

_SECOND_OR_PLURAL = french.wordset(
    """nous vous tu te t toi ton ta tes notre nos votre vos nôtre nôtres vôtre vôtres tien tienne
    tiens tiennes mien mienne miens miennes"""
)
"""Words whose reference a third-person sentence cannot keep (who is "nous"?), or that the
conversion does not handle ("le mien")."""

_NOT_AN_OPENING = french.wordset("mais et car donc or ou puis alors oui non bon eh ah oh voilà")
"""Openings that answer or continue what came before: "Selon X, mais …" is no sentence."""

_CLITICS = french.wordset("ne n le la l les lui leur y en")
"""Words that may stand between "je" (with its reflexive "me") and its verb."""

_DETERMINERS = french.wordset("le la les l un une des du ce cet cette ces mon ma mes son sa ses")
"""After "je suis", a determiner leaves "être" or "suivre" open ("je suis le dossier")."""

_POSSESSIVES = {"mon": "son", "ma": "sa", "mes": "ses"}
_ELIDING = french.wordset("que lorsque puisque quoique jusque de ne se le la")
_IRREGULAR = {"ai": "a", "aie": "ait", "vais": "va"}


def reported_answer(
    words: str, doc: Any, who: str, feminine: bool | None, proper_words: frozenset[str]
) -> str | None:
    """The `words` (parsed in `doc`) told by `who` in the third person, or None when that
    cannot be done for sure. `feminine` is the speaker's gender when the article tells it (None
    when not): "elle" for a second "je", "moi"; `proper_words` are the folded words the article
    writes with a capital inside sentences, which keep it after "Selon X,"."""
    tokens = [t for t in doc if not t.is_space]
    text = words.strip()
    if not tokens or not _one_plain_sentence(doc, text):
        return None
    if french.is_plural(who) and any(_first_plural(t) for t in tokens):
        if _two_subjects(tokens) or any(
            _foreign_person(t) and not _first_plural(t) for t in tokens
        ):
            return None
        return group_third_person(words, tokens, who, feminine)
    if any(_foreign_person(t) for t in tokens) or _two_subjects(tokens):
        return None
    first_person = [t for t in tokens if _first_person(t)]
    if not first_person:
        if _stray_first_person_verb(tokens, set()):
            return None
        clause = _opening(tokens, text.rstrip(".").rstrip(), proper_words)
        return None if clause is None else french.ensure_period(f"Selon {who}, {clause}")
    if french.is_plural(who):
        return None
    return _third_person(words, tokens, who, feminine, proper_words)


_ANAPHORIC_SUBJECTS = french.wordset("il elle ils elles ce c cela ça ceci celui celle ceux celles")
_IMPERSONAL = french.wordset("faut faudrait fallait faudra y s")
"""After "il", verbs whose "il" stands for nothing: "Il faudrait attendre …", "il y a"."""
CLAIM_WORDS = 4
"""A sentence shorter than this ("Non.", "C'est fini.") is no claim to report on its own."""


def first_claim(doc: Any) -> str | None:
    """The first sentence of several that may be reported on its own: a plain statement of
    CLAIM_WORDS words or more, after nothing but questions, exclamations or short sentences.
    None when a sentence after the first opens on a pronoun or "ce" ("Il montre que …", "C'est
    un gâchis": it leans on the one before), or when the claim names someone by a pronoun
    ("ils criaient", "on lui avait demandé", "on s'est serrés": who, once the words are the
    speaker's no longer?)."""
    sentences = [s for s in doc.sents if s.text.strip()]
    if len(sentences) < 2:
        return None
    for n, span in enumerate(sentences):
        sentence = span.text.strip()
        if n and _leans_back(sentence):
            return None
        if french.word_count(sentence) >= CLAIM_WORDS and not any(c in sentence for c in "?!…"):
            return None if _someone_unnamed(list(span)) else sentence
    return None


_THIRD_PERSONS = french.wordset("il elle ils elles lui eux leur on")


def _someone_unnamed(tokens: list[Any]) -> bool:
    """Whether a personal pronoun of the third person (or "on") stands for someone: all but
    the "il" of "il faut", "il y a"."""
    for n, t in enumerate(tokens):
        word = french.fold(t.text)
        if word not in _THIRD_PERSONS or (word == "leur" and t.pos_ != "PRON"):
            continue
        following = french.fold(tokens[n + 1].text).rstrip("'’") if n + 1 < len(tokens) else ""
        if word == "il" and following in _IMPERSONAL:
            continue
        return True
    return False


def _leans_back(sentence: str) -> bool:
    words = [french.fold(w).rstrip("'’") for w in french.words(sentence)[:2]]
    if not words or words[0] not in _ANAPHORIC_SUBJECTS:
        return False
    return not (words[0] == "il" and len(words) > 1 and words[1] in _IMPERSONAL)


def _one_plain_sentence(doc: Any, text: str) -> bool:
    """One statement: no question, exclamation, cut, nested quotation or second sentence."""
    if any(c in text for c in '?!…[]«»“”"();:'):
        return False
    body = text.rstrip(".").strip()
    return "." not in body.replace("...", "") and len(list(doc.sents)) == 1


def _foreign_person(token: Any) -> bool:
    morph = token.morph
    return (
        french.fold(token.text).rstrip("'") in _SECOND_OR_PLURAL
        or "2" in morph.get("Person")
        or "Imp" in morph.get("Mood")
        or ("1" in morph.get("Person") and "Plur" in morph.get("Number"))
    )


def _first_person(token: Any) -> bool:
    word = french.fold(token.text).rstrip("'")
    return word in {"je", "j", "me", "m", "moi", "mon", "ma", "mes"} or (
        "1" in token.morph.get("Person")
    )


def _stray_first_person_verb(tokens: list[Any], converted: set[int]) -> bool:
    """A finite verb in a form no third person has ("reviens", "peux", "parlerai") left
    unconverted: its subject "je" is out of reach (coordination), so the sentence would mix
    persons. The tagger's own person is not trusted ("je ne le regrette": Person=3)."""
    for t in tokens:
        if t.i in converted or t.pos_ not in {"VERB", "AUX"}:
            continue
        if "Fin" not in t.morph.get("VerbForm"):
            continue
        word = french.fold(t.text)
        if word.endswith(("s", "x", "ai")) and not word.endswith("ons"):
            return True
    return False


def _opening(tokens: list[Any], sentence: str, proper_words: frozenset[str]) -> str | None:
    """The sentence with its first word lowered, unless it is a name the article writes with a
    capital inside sentences; None when the first word opens no clause ("Mais", "Oui"), or may
    be part of a name ("La Réunion" or "la Réunion"?), or is a name the article never writes
    inside a sentence (unsure). Only nouns keep a capital: "La", "L'", "S'" are lowered, though
    the article's names ("La Gantoise", "L'Oréal") put them among its capitalised words."""
    first = tokens[0]
    word = french.fold(first.text).rstrip("'’")
    if word in _NOT_AN_OPENING or first.pos_ in {"CCONJ", "INTJ", "PUNCT"}:
        return None
    named = word in proper_words or (first.text.isupper() and len(first.text) > 1)
    if named and first.pos_ in {"PROPN", "NOUN", "ADJ", "X"}:
        return sentence
    if first.pos_ == "PROPN":
        return None
    if first.pos_ == "DET" and len(tokens) > 1 and tokens[1].text[:1].isupper():
        return None
    return sentence[:1].lower() + sentence[1:]


def _two_subjects(tokens: list[Any]) -> bool:
    """A verb with two subjects: spoken French ("La dernière grève, en 2023, on a vendu …")
    that reads as a mistake once it is no longer quoted. A subject taken up by "c'est" ("La
    priorité, c'est de …", "Ce n'est pas X, c'est Y") is written French too."""
    for t in tokens:
        subjects = [c for c in t.children if c.dep_ == "nsubj"]
        taken_up = any(french.fold(c.text).rstrip("'’") in _TAKING_UP for c in subjects)
        if len(subjects) >= 2 and not taken_up:
            return True
    return False


_TAKING_UP = french.wordset("ce c ça cela")


def _third_person(
    source: str, tokens: list[Any], who: str, feminine: bool | None, proper_words: frozenset[str]
) -> str | None:
    pronoun = None if feminine is None else ("elle" if feminine else "il")
    stressed = None if feminine is None else ("elle" if feminine else "lui")
    words: dict[int, str] = {}
    converted: set[int] = set()
    starts_with_je = french.fold(tokens[0].text).rstrip("'’") in {"je", "j"}
    for n, t in enumerate(tokens):
        word = french.fold(t.text).rstrip("'’")
        if word in {"je", "j"}:
            verb = _verb_after(tokens, n)
            if verb is None:
                return None
            form = _third_person_form(tokens, verb)
            if form is None:
                return None
            words[tokens[verb].i] = _case_of(tokens[verb].text, form)
            converted.add(tokens[verb].i)
            if not _tell_subject(words, t.i, n == 0, who, pronoun):
                return None
            converted.add(t.i)
        elif word in {"me", "m"}:
            if not _reflexive(tokens, n):
                return None
            words[t.i] = "se" if word == "me" else "s" + t.text[-1]
            converted.add(t.i)
        elif word in {"moi", "moi-même"}:
            if stressed is None:
                return None
            words[t.i] = stressed + ("-même" if word.endswith("-même") else "")
            converted.add(t.i)
        elif word in _POSSESSIVES:
            words[t.i] = _case_of(t.text, _POSSESSIVES[word])
            converted.add(t.i)
    if any(_first_person(t) and t.i not in converted for t in tokens):
        return None
    if _stray_first_person_verb(tokens, converted):
        return None
    sentence = _joined(source, tokens, words, converted)
    if starts_with_je:
        return french.ensure_period(sentence)
    if pronoun is None:
        return None
    clause = _opening(tokens, sentence, proper_words)
    if clause is None:
        return None
    apostrophe = french.apostrophe_of(sentence)
    said = f"{french.capitalise(who)} dit {french.elide('que', clause, apostrophe)}{clause}"
    return french.ensure_period(said)


def _verb_after(tokens: list[Any], n: int) -> int | None:
    """The index of the finite verb of the "je" at `n`: the first word after its clitics."""
    at = n + 1
    while at < len(tokens) and french.fold(tokens[at].text).rstrip("'’") in _CLITICS | {"me", "m"}:
        at += 1
    if at >= len(tokens):
        return None
    verb = tokens[at]
    if verb.pos_ not in {"VERB", "AUX"} or verb.morph.get("VerbForm") not in ([], ["Fin"]):
        return None
    return at


def _third_person_form(tokens: list[Any], at: int) -> str | None:
    """The third-person singular of a first-person singular form, from its ending (the form
    tells the tense where the lemma may be wrong); None when the ending leaves it open."""
    word = french.fold(tokens[at].text)
    if word == "suis":
        following = tokens[at + 1] if at + 1 < len(tokens) else None
        if following is not None and french.fold(following.text).rstrip("'’") in _DETERMINERS:
            return None  # "je suis le dossier" (suivre) or "je suis le président" (être)
        return "est" if tokens[at].lemma_ == "être" else "suit"
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word == "puis":
        return None
    if word.endswith("e"):
        return word
    if word.endswith("ais") and tokens[at].lemma_.endswith("aître"):
        return word[:-3] + "aît"  # "je connais" -> "il connaît", "je parais" -> "il paraît"
    if word.endswith("ai"):
        return word[:-1]
    if word.endswith(("ds", "ts", "cs")):
        return word[:-1]
    if word.endswith(("x", "s")):
        return word[:-1] + "t"
    return None


def _reflexive(tokens: list[Any], n: int) -> bool:
    """ "me" is reflexive right after its "je" ("je me bats", "je ne m'en vais pas"): then it
    is "se"; any other "me" ("il m'a dit") is someone else's object, which has no sure form."""
    before = [french.fold(t.text).rstrip("'’") for t in tokens[max(0, n - 2) : n]]
    return before[-1:] in (["je"], ["j"]) or (
        before[-1:] in (["ne"], ["n"]) and before[:1] == ["je"]
    )


def _case_of(original: str, new: str) -> str:
    return french.capitalise(new) if original[:1].isupper() else new


def _joined(source: str, tokens: list[Any], words: dict[int, str], converted: set[int]) -> str:
    """The sentence with its new words, elisions redone around them ("que je" -> "qu'il",
    "je ne suis" -> "il n'est", "si je" -> "s'il", "de moi" -> "d'elle")."""
    apostrophe = french.apostrophe_of(source)
    out: list[list[str]] = []  # [word, space after]
    for t in tokens:
        text = words.get(t.i, source[t.idx : t.idx + len(t.text)])
        space = t.whitespace_
        if t.i in converted and t.text.endswith(("'", "’")) and not text.endswith(("'", "’")):
            space = " "
        out.append([text, space])
    for k in range(1, len(out)):
        if tokens[k].i not in converted or not french.starts_with_vowel(out[k][0]):
            continue
        previous = french.fold(out[k - 1][0])
        elides = previous in _ELIDING or (previous == "si" and french.fold(out[k][0]) == "il")
        if elides and out[k - 1][1]:
            out[k - 1] = [out[k - 1][0][:-1] + apostrophe, ""]
    sentence = "".join(w + s for w, s in out).strip()
    return sentence.rstrip(".").rstrip()


_PLURAL_POSSESSIVES = {"notre": "leur", "nos": "leurs"}


def _first_plural(token: Any) -> bool:
    word = french.fold(token.text)
    return word in {"nous", "notre", "nos"} or (
        "1" in token.morph.get("Person") and "Plur" in token.morph.get("Number")
    )


def group_third_person(
    source: str, tokens: list[Any], who: str, feminine: bool | None
) -> str | None:
    """The words of a group that speaks as "nous" ("les grévistes"), told of the group: an
    opening "nous" becomes the group, a later one "ils" or "elles" by the group's gender (None
    when unknown), its verbs 1pl -> 3pl ("signerons" -> "signeront", "avons" -> "ont"), a
    reflexive "nous" "se", "notre/nos" "leur/leurs". Any other "nous" (an object: "on nous
    demande") has no sure form: None."""
    pronoun = None if feminine is None else ("elles" if feminine else "ils")
    words: dict[int, str] = {}
    converted: set[int] = set()
    for n, t in enumerate(tokens):
        word = french.fold(t.text)
        if word in _PLURAL_POSSESSIVES:
            words[t.i] = _case_of(t.text, _PLURAL_POSSESSIVES[word])
            converted.add(t.i)
        elif word == "nous" and t.i not in converted:
            if n and french.fold(tokens[n - 1].text).rstrip("'’") in {"que", "qu"}:
                return None  # "que nous fassions": a subjunctive, told otherwise
            at = n + 1
            while at < len(tokens) and french.fold(tokens[at].text).rstrip("'’") in (
                _CLITICS | {"nous"}
            ):
                at += 1
            if at >= len(tokens) or tokens[at].pos_ not in {"VERB", "AUX"}:
                return None
            form = plural_third_form(tokens[at])
            if form is None:
                return None
            for k in range(n + 1, at):  # "nous nous battons": the second is reflexive
                if french.fold(tokens[k].text) == "nous":
                    words[tokens[k].i] = "se"
                    converted.add(tokens[k].i)
            words[tokens[at].i] = _case_of(tokens[at].text, form)
            converted.add(tokens[at].i)
            if not _tell_subject(words, t.i, n == 0, who, pronoun):
                return None
            converted.add(t.i)
    if any(_first_plural(t) and t.i not in converted for t in tokens):
        return None
    if any(_first_person(t) and not _first_plural(t) for t in tokens):
        return None  # "je" among "nous": whose?
    sentence = _joined(source, tokens, words, converted)
    if french.fold(tokens[0].text) == "nous":
        return french.ensure_period(sentence)
    return None  # "Selon les grévistes, … ils …": told of the group only when it opens


def _tell_subject(
    words: dict[int, str], index: int, opening: bool, who: str, pronoun: str | None
) -> bool:
    """The speaker's "je" or "nous" told in the third person: the speaker's name where it opens
    the answer, the pronoun elsewhere; False when no pronoun can stand for them."""
    if opening:
        words[index] = french.capitalise(who)
    elif pronoun is None:
        return False
    else:
        words[index] = pronoun
    return True
