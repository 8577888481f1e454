"""How a word is written in a key term: the lemma a learner looks up ("usagé", not the
lemmatiser's "usager"), a complement as it agrees, a head noun in its own gender, and the verbs
and nouns the tagger swapped."""

from __future__ import annotations

import re

from tutor.extract.tokens import TokenTable
from tutor.extract.word_kinds import checked_lemma, infinitive, plural_lemma

FIRST_GROUP_PARTICIPLE = re.compile(r"^([a-zà-öø-ÿœæ-]{3,})ée?s?$")


class WordForms:
    """The written forms of the words of one parse (by index into `tokens`)."""

    def __init__(self, tokens: TokenTable) -> None:
        self.t = tokens
        self.n = len(tokens)

    def lemma(self, i: int) -> str:
        lemma = checked_lemma(self.t.lemma[i], self.t.text[i])
        if self.t.pos[i] == "VERB":
            return infinitive(lemma)
        if self.t.pos[i] == "ADJ" and lemma.endswith("er"):
            # a participle used as an adjective is learnt as one: "usagé", not "usager"
            match = FIRST_GROUP_PARTICIPLE.match(self.t.lower[i])
            if match and match.group(1) == lemma[:-2]:
                return match.group(1) + "é"
        return plural_lemma(lemma, self.t.text[i])

    def agreeing_form(self, i: int) -> str:
        """An adjective or complement as it agrees with its noun, in the singular."""
        text = self.t.lower[i].replace("’", "'")
        plural = "Plur" in self.t.morph(i, "Number") or self.t.lemma[i].lower() == text[:-1]
        if len(text) > 3 and text[-1] in "sx" and plural:
            # "familiaux" -> "familial", "journaux" -> "journal"; "faux" and "taux" stay
            if text.endswith("aux") and len(text) > 5 and text != "travaux":
                return text[:-3] + "al"
            return text[:-1]
        return text

    def head_form(self, i: int) -> str:
        """The head noun of a term in the singular, in its own gender: "conseillère municipale",
        not "conseiller municipale" from the lemmatiser's masculine."""
        lemma = self.lemma(i)
        if lemma[:3] != self.t.lower[i][:3] or "Fem" not in self.t.morph(i, "Gender"):
            return lemma
        form = self.agreeing_form(i)
        return form if form != lemma and form.endswith("e") else lemma

    def complement_form(self, i: int) -> str:
        """A noun's complement as written: its number is part of the term ("chute des ventes",
        "appel d'offres", "conseil des ministres"), only the head noun takes the singular."""
        return self.t.lower[i].replace("’", "'")

    def _reflexive(self, i: int) -> bool:
        """ "se félicite", "se sont félicités"."""
        t = self.t
        at = i - 1
        while at > 0 and t.pos[at] == "AUX":
            at -= 1
        return at >= 0 and t.lower[at] in ("se", "s'") and t.pos[i] == "VERB"

    def _reflexive_participle(self, i: int) -> str | None:
        """The infinitive of a participle the tagger took for a noun or an adjective after "se
        sont" / "s'est" ("se sont félicités" -> "féliciter"): first-group verbs only."""
        t = self.t
        if t.pos[i] not in ("NOUN", "ADJ") or i < 2 or t.pos[i - 1] != "AUX":
            return None
        if t.lower[i - 2] not in ("se", "s'") or t.lemma[i - 1] != "être":
            return None
        match = FIRST_GROUP_PARTICIPLE.match(t.lower[i])
        return match.group(1) + "er" if match else None

    def _misread_verb(self, i: int) -> bool:
        """A verb the tagger took for a noun: after "qui" ("qui approvisionne des
        supermarchés") or an infinitive after a verb ("ont dû licencier")."""
        t = self.t
        if i == 0 or t.pos[i - 1] == "DET":
            return False
        if t.lower[i - 1] == "qui":
            return infinitive(self.lemma(i)) != self.lemma(i)
        ends_as_infinitive = t.lower[i].endswith(("er", "ir")) and t.lower[i] == t.lemma[i]
        after_a_verb = t.pos[i - 1] in ("VERB", "AUX") and not t.lower[i - 1].endswith("er")
        return ends_as_infinitive and after_a_verb

    def _noun_modifier(self, i: int) -> bool:
        """A word the parse hangs on the noun before it as its adjective ("équipes cynophiles",
        "des objectifs irréalistes"), though the tagger calls it a noun; not the verb of a
        relative clause ("que la direction juge")."""
        t = self.t
        if i < 1 or t.dep[i] != "amod" or t.head[i] != i - 1 or t.pos[i - 1] != "NOUN":
            return False
        return i < 2 or t.lower[i - 2] not in ("que", "qu'", "qu’")

    def _agrees(self, noun: int, adjective: int) -> bool:
        """Whether an adjective may describe the noun before it: not one of another number or
        gender ("informations de position erronées": the information is wrong, not the
        position; "pouvoirs d'investigation renforcés")."""
        for feature in ("Number", "Gender"):
            of_noun, of_adjective = self.t.morph(noun, feature), self.t.morph(adjective, feature)
            if of_noun and of_adjective and of_noun != of_adjective:
                return False
        return True
