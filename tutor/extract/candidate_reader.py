"""Candidate key terms read off the parse: content words, noun phrases ("base industrielle de
défense"), locutions ("en vigueur", "« au faciès »") and verb idioms ("porter plainte")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from tutor.extract.candidates import CONTENT_POS, LINK_DETS, LINKS, LOCUTION_PREPS
from tutor.extract.complex_prepositions import in_complex_preposition
from tutor.extract.dictionary_phrases import listed_phrase
from tutor.extract.gerunds import gerund
from tutor.extract.lexicon import NATIONALITIES, PLAIN_WORDS
from tutor.extract.term_forms import WordForms
from tutor.extract.tokens import TokenTable
from tutor.extract.word_kinds import LOWER_WORD, infinitive, rare_participle, relational
from tutor.french_frequency import zipf_frequency

if TYPE_CHECKING:
    from tutor.nlp import Doc

_NAMES = frozenset({"PER", "LOC", "ORG", "MISC"})
VERBS = frozenset({"VERB", "AUX"})

DETERMINED_LINKS = frozenset({"du", "des", "au", "aux", "la", "l'", "le", "les"})
"""Links that carry an article: "défense du logiciel" describes more often than it names."""
_TO_LINKS = frozenset({"à", "au", "aux"})
"""Links of a place, a time or a purpose more often than of a name ("vente aux enchères" is
listed, "légume au marché" is not)."""
_BARE_LINKS = frozenset({"en", "avec", "sans"})
"""Prepositions that join a noun to a bare complement in a term ("mise en scène",
"emprisonnement avec sursis"); with an article they introduce circumstances instead."""

_INFINITIVES = ("er", "ir", "re")

_ABOUT_NUMBER_WORDS = """
    dizaine douzaine quinzaine vingtaine trentaine quarantaine cinquantaine soixantaine
    centaine millier
"""
_ABOUT_NUMBERS = frozenset(_ABOUT_NUMBER_WORDS.split())
"""Nouns of a rough number ("une soixantaine d'associations"): a number, not a term. Alone they
can be terms ("la quarantaine" of a ship)."""


def _joined(words: list[str]) -> str:
    return " ".join(words).replace("' ", "'")


def _in_a_name(t: TokenTable, i: int) -> bool:
    """An adjective that ends a name ("l'association Vigilance citoyenne", "la coalition Océans
    profonds"): it follows a capitalised word inside the sentence, and the tagger often leaves
    such names out of its entities. A gap on it would ask the learner for a piece of a name."""
    if i == 0 or t.pos[i] != "ADJ" or t.sent_start[i - 1]:
        return False
    before = t.text[i - 1]
    return before[:1].isupper() and before.isalpha()


class Reader(WordForms):
    """The rules that read candidates off one parse, token by token (by index into `tokens`)."""

    def __init__(self, tokens: TokenTable) -> None:
        super().__init__(tokens)
        self._usable = [self._is_usable(i) for i in range(self.n)]

    def _is_usable(self, i: int) -> bool:
        t = self.t
        if t.pos[i] not in CONTENT_POS or t.ent_type[i] == "PER":
            return False
        text = t.text[i].lower()
        if not LOWER_WORD.match(text) or len(text) < 3:
            return False
        if t.text[i][0].islower():
            return not _in_a_name(t, i)
        # "Armor-Lait, troisième coopérative …" opens its sentence but is no noun "armor"
        return t.sent_start[i] and t.ent_type[i] not in _NAMES and not t.hyphened_to_name(i)

    def usable(self, i: int) -> bool:
        """A lower-case content word that is not part of a name."""
        return self._usable[i]

    def common_noun(self, i: int) -> bool:
        """A noun a term can end on, even capitalised as an institution ("procureur de la
        République"), but never a name ("équipements de Bastion")."""
        t = self.t
        if t.pos[i] != "NOUN" or t.ent_type[i] == "PER" or not LOWER_WORD.match(t.lower[i]):
            return False
        if t.text[i][0].islower():
            return True
        after_article = i > 0 and t.lower[i - 1] in LINK_DETS
        return after_article and zipf_frequency(t.lower[i], "fr") >= 3

    def single(self, i: int) -> tuple[str, str] | None:
        """(lemma, part of speech) of a content word worth considering alone."""
        if not self._usable[i]:
            return None
        reflexive = self._reflexive_participle(i)
        if reflexive is not None:
            return (
                f"se {reflexive}" if reflexive[0] not in "aeéèêiouyh" else f"s'{reflexive}"
            ), "VERB"
        lemma = self.lemma(i)
        if lemma in PLAIN_WORDS or lemma in NATIONALITIES or self.t.dep[i].startswith("aux"):
            return None
        if gerund(self.t, i) and (self.t.pos[i] != "VERB" or not lemma.endswith(_INFINITIVES)):
            return None  # "en passant par", "dit en riant": a verb, never the noun "passant"
        pos = self.t.pos[i]
        if pos == "VERB" and not lemma.endswith(("er", "ir", "re")):
            pos = "NOUN"  # no French verb ends so: the tagger misread a noun ("réciprocité")
        elif pos == "NOUN" and self._misread_verb(i):
            pos, lemma = "VERB", infinitive(lemma)
        elif pos == "ADJ" and self._after_have(i):
            pos, lemma = "VERB", infinitive(self.t.lemma[i].lower())
        elif pos == "NOUN" and self._noun_modifier(i):
            pos = "ADJ"  # "les équipes cynophiles": an adjective the tagger took for a noun
            if lemma.endswith("ée") and len(lemma) > 4:
                lemma = lemma[:-1]  # "des salles climatisées": learnt as "climatisé"
        if lemma in _ABOUT_NUMBERS and i + 1 < self.n and self.t.lower[i + 1] in ("de", "d'"):
            return None
        if self._reflexive(i):
            lemma = f"se {lemma}" if lemma[0] not in "aeéèêiouyh" else f"s'{lemma}"
        return lemma, pos

    def _after_have(self, i: int) -> bool:
        """A participle right after "avoir" is a verb, whatever the tagger says: "« … »,
        a-t-elle martelé" is "marteler", not an adjective "martelé"."""
        j = i - 1
        while j >= 0 and self.t.pos[j] == "PRON" and self.t.lower[j].startswith("-"):
            j -= 1  # "a-t-elle", "a-t-on"
        return j >= 0 and self.t.pos[j] == "AUX" and self.t.lemma[j] == "avoir"

    def adjective(self, i: int) -> bool:
        """An adjective, or one the tagger took for an adverb ("séjour irrégulier")."""
        pos, lower = self.t.pos[i], self.t.lower[i]
        if pos == "ADV" and not lower.endswith("ment") and lower.endswith("ier"):
            return True
        return pos == "ADJ" and self._usable[i]

    def _qualifier(self, i: int) -> bool:
        """An adjective, or a rare past participle right after its noun, which the tagger
        reads as a verb ("contrôles inopinés", "clôtures électrifiées")."""
        if self.adjective(i):
            return True
        t = self.t
        return (
            t.pos[i] == "VERB"
            and self._usable[i]
            and "Part" in t.morph(i, "VerbForm")
            and rare_participle(t.lower[i])
        )

    def phrases(self, head: int) -> Iterator[tuple[str, int, bool]]:
        """Multi-word terms that start at a noun: "missile balistique", "base industrielle de
        défense", "bien à double usage", "contrôle à l'exportation", "procureur de la
        République". Yields (lemma, last token, whether the complement carries an article).
        A qualifying adjective makes a candidate too ("grève illimitée", but "espoir immense"
        as well: the learned ranking tells them apart; +0.5 point of recall on 587 articles)."""
        t, n = self.t, self.n
        if t.pos[head] != "NOUN" or not self._usable[head] or in_complex_preposition(t, head):
            return
        words = [self.head_form(head)]
        plain = words[0] in PLAIN_WORDS
        i = head + 1
        adjectives = 0
        while i < n and adjectives < 2 and self._qualifier(i) and self._agrees(head, i):
            lemma = self.lemma(i)
            if lemma in PLAIN_WORDS or lemma in NATIONALITIES:
                break
            if t.pos[i] == "VERB" and adjectives:
                break  # "majorité sortante fragilisée" describes
            qualifying = t.pos[i] != "VERB" and not relational(lemma)
            if qualifying and (adjectives or self._coordinated(i) or self._said(head)):
                break  # "grève illimitée" names a strike; "ennemis rusés et dangereux" describe
            words.append(self.agreeing_form(i))
            adjectives += 1
            yield " ".join(words), i, False
            if qualifying:
                return  # "faute grave de gestion" describes the fault
            i += 1
        if i + 1 >= n or t.lower[i] not in LINKS | _BARE_LINKS:
            return
        if t.lower[i] in _BARE_LINKS and (
            not self.common_noun(i + 1) or t.pos[t.head[i + 1]] != "NOUN"
        ):
            return  # "hausse en 2024", "avec les élus", "placer le département en alerte"
        if plain and adjectives == 0:
            return  # "question prioritaire de constitutionnalité", not "an de mobilisation"
        if t.whitespace[i] == "" and t.lower[i] != "d'":
            return
        link = [t.lower[i]]
        j = i + 1
        if t.lower[j] in LINK_DETS and link[0] in ("de", "à"):
            link.append(t.lower[j])
            j += 1
        hyphenated = self._hyphenated(j)
        if hyphenated is not None:
            # "accord de libre-échange": the tokenizer cut the complement at its hyphen
            determined = any(w in DETERMINED_LINKS for w in link)
            yield _joined([*words, *link, hyphenated]), j + 2, determined
            return
        if j < n and t.pos[j] == "ADJ" and self._usable[j]:
            if any(w in DETERMINED_LINKS for w in link):
                return  # "héritage du précédent quinquennat" describes; "bien à double usage"
            link.append(t.lower[j])
            j += 1
        if j >= n or not self.common_noun(j) or self.lemma(j) in PLAIN_WORDS:
            return
        determined = any(w in DETERMINED_LINKS for w in link)
        phrase = _joined([*words, *link, self.complement_form(j)])
        if self._verb_s_complement(head, j) and listed_phrase(phrase) is None:
            return
        if link[0] in _TO_LINKS and listed_phrase(phrase) is None:
            # "légume au marché", "région au concours" however the parser hangs them: a noun
            # and "à" + noun is a free combination unless dictionaries list it ("moulin à
            # vent", "sac à dos", "mise à jour"); a glossary's terms are found apart
            return
        qualified = j + 1 < n and self.adjective(j + 1) and self._agrees(j, j + 1)
        if not (adjectives and qualified and listed_phrase(phrase) is None):
            yield phrase, j, determined  # not "occupants illégaux de logements [vides]"
        if j + 1 >= n or not self.adjective(j + 1):
            return
        lemma = self.lemma(j + 1)
        if relational(lemma) and lemma not in NATIONALITIES:
            # "produits chimiques" keeps its number inside "vente de produits chimiques"
            of_complement = t.head[j + 1] == j and self.complement_form(j) != self.agreeing_form(j)
            adjective = t.lower[j + 1] if of_complement else self.agreeing_form(j + 1)
            yield f"{phrase} {adjective}", j + 1, determined

    def _said(self, head: int) -> bool:
        """A noun opening words quoted whole after a verb: "donnent « un espoir immense »"."""
        t = self.t
        return (
            head >= 2
            and t.pos[head - 1] == "DET"
            and t.text[head - 2] in ("«", "“")
            and _object_of_a_verb(t.doc, head - 1)
        )

    def _coordinated(self, i: int) -> bool:
        """An adjective joined to another one ("rusés et dangereux"): the pair describes."""
        t = self.t
        return i + 2 < self.n and t.lower[i + 1] in ("et", "ou", ",") and t.pos[i + 2] == "ADJ"

    def _verb_s_complement(self, head: int, j: int) -> bool:
        """Whether the noun after a link is the complement of a verb, not of the noun before
        it: "Elle représentera la région au concours national" (represent … at the contest)
        gave the term "région au concours national". A phrase dictionaries list stays: the
        parser also hangs "à niveau" of "un passage à niveau" on the verb."""
        t = self.t
        governor = t.head[j]
        return governor != head and t.dep[j].startswith("obl") and t.pos[governor] in VERBS

    def _hyphenated(self, j: int) -> str | None:
        """A hyphenated complement the tokenizer cut in three ("libre-échange"), as written."""
        t = self.t
        if j + 2 >= self.n or t.text[j + 1] != "-" or t.whitespace[j] or t.whitespace[j + 1]:
            return None
        first, second = t.lower[j], t.lower[j + 2]
        if not (LOWER_WORD.match(first) and LOWER_WORD.match(second)) or len(second) < 3:
            return None
        if not t.text[j][0].islower() or t.pos[j + 2] not in ("NOUN", "ADJ"):
            return None
        return f"{first}-{self.agreeing_form(j + 2)}"

    def compound(self, i: int) -> str | None:
        """A hyphenated noun the tokenizer cut in three ("camions-citernes", "chef-lieu"), in
        the singular: one word for the learner, not two."""
        t = self.t
        if i + 2 >= self.n or t.pos[i] != "NOUN" or not self._usable[i]:
            return None
        if t.text[i + 1] != "-" or t.whitespace[i] or t.whitespace[i + 1]:
            return None
        second = t.lower[i + 2]
        if not second.isalpha() or not t.text[i + 2][0].islower() or len(second) < 3:
            return None
        return f"{self.lemma(i)}-{self.agreeing_form(i + 2)}"

    def locution(self, i: int) -> str | None:
        """ "en vigueur", "sous tutelle": a noun right after a preposition, with no article."""
        t = self.t
        if t.pos[i] != "NOUN" or i == 0 or not self._usable[i]:
            return None
        if t.lower[i - 1] not in LOCUTION_PREPS or t.whitespace[i - 1] == "":
            return None
        if t.governs_more_than_a_preposition(i) or gerund(t, i):
            return None  # "à capacité nucléaire" is a complement, not a locution
        return f"{t.lower[i - 1]} {self.lemma(i)}"

    def _bare_preposition(self, i: int) -> bool:
        """Token `i` is a locution's preposition ("à", "en", "sous"...) written apart."""
        t = self.t
        return i >= 0 and t.lower[i] in LOCUTION_PREPS and t.whitespace[i] != ""

    def governing_preposition(self, i: int) -> str | None:
        """The preposition right before a noun with no article, when it is the noun's own
        ("sous couvert d'anonymat"); not "en", which puts a term in a state ("en état de crise",
        where "état de crise" is the term)."""
        if not self._bare_preposition(i - 1) or self.t.head[i - 1] != i:
            return None
        if self.t.lower[i - 1] == "en":
            return None
        return self.t.lower[i - 1]

    def described_locution(self, i: int) -> tuple[str, int, int] | None:
        """A bare noun with its adjective after a preposition: "à ciel ouvert", "à guichets
        fermés", "en plein air". With no article, such a group is a fixed adverbial locution,
        unless the adjective classifies the noun. Gives (locution as written, first token, last
        token)."""
        t = self.t
        if t.pos[i] != "NOUN" or not self._usable[i] or self.lemma(i) in PLAIN_WORDS:
            return None
        after = i + 1
        if (
            self._bare_preposition(i - 1)
            and after < self.n
            and (t.pos[after] == "ADJ" or "Part" in t.morph(after, "VerbForm"))
            and t.head[after] == i
            and LOWER_WORD.match(t.lower[after])
            and not relational(self.lemma(after))
            and t.lower[i - 1] != "en"
        ):
            # "en assemblée générale", "en situation irrégulière": "en" puts the noun's own
            # term to use, and a relational adjective makes a term with its noun
            return _joined([t.lower[i - 1], t.lower[i], t.lower[after]]), i - 1, after
        before = i - 1
        if (
            self._bare_preposition(i - 2)
            and t.pos[before] == "ADJ"
            and t.head[before] == i
            and LOWER_WORD.match(t.lower[before])
        ):
            return _joined([t.lower[i - 2], t.lower[before], t.lower[i]]), i - 2, i
        return None

    def idiom(self, i: int) -> tuple[str, int] | None:
        """A verb and the bare noun it governs: "porter plainte", "mettre en examen". Gives the
        lemma and the last token."""
        t = self.t
        if t.pos[i] != "VERB" or t.dep[i].startswith("aux") or not self._usable[i]:
            return None
        j = i + 1
        prep = ""
        if j < self.n and t.lower[j] == "en":
            prep = "en "
            j += 1
        if j >= self.n or t.pos[j] != "NOUN" or t.head[j] != i or gerund(t, j):
            return None  # "a lancé en riant": a gerund, not "lancer en riant"
        if not self._usable[j] or self.lemma(j) in PLAIN_WORDS or (not prep and t.dep[j] != "obj"):
            return None
        if t.governs_more_than_a_preposition(j):
            return None  # "venus en provenance de Russie", "signé des accords"
        return f"{self.lemma(i)} {prep}{self.lemma(j)}", j

    def quoted_term(self, start: int, end: int) -> tuple[str, int, int] | None:
        """A short expression the writer puts between quotation marks ("contrôles « au
        faciès »"): (lemma, first token, last token), or None for a quotation, a name or a
        single word."""
        span = self.t.doc.char_span(start, end, alignment_mode="contract")
        if span is None:
            return None
        tokens = [tok for tok in span if not tok.is_space]
        if tokens and tokens[0].pos_ == "DET" and _object_of_a_verb(self.t.doc, tokens[0].i):
            return None  # a salué « une aventure collective »: the words said, not a term
        while tokens and tokens[0].pos_ == "DET":
            tokens = tokens[1:]
        if not 2 <= len(tokens) <= 4 or tokens[0].pos_ in ("PRON", "PUNCT"):
            return None
        if tokens[0].lower_ in _COMPLEMENT_LINKS:
            return None  # un texte « d'affichage »: the complement of a noun outside the quote
        if any(tok.is_punct or tok.pos_ == "CCONJ" or tok.ent_type_ == "PER" for tok in tokens):
            return None  # "ennemis rusés et dangereux" is a description, not a term
        if not all(tok.text[0].islower() for tok in tokens):
            return None
        if any(
            tok.pos_ in ("VERB", "AUX") and "Fin" in self.t.morph(tok.i, "VerbForm")
            for tok in tokens
        ):
            return None
        if not any(tok.pos_ in ("NOUN", "ADJ") and self._usable[tok.i] for tok in tokens):
            return None
        words = [
            self.agreeing_form(tok.i) if tok.pos_ in ("NOUN", "ADJ") else tok.lower_
            for tok in tokens
        ]
        return _joined(words), tokens[0].i, tokens[-1].i


_COMPLEMENT_LINKS = frozenset({"de", "d'", "d’", "du", "des"})


def _object_of_a_verb(doc: Doc, first: int) -> bool:
    """Whether the quotation opening on token `first` (its article inside the marks) comes
    right after a verb: a whole noun phrase quoted as what someone said ("a salué « une
    aventure collective »", "donnent « un espoir immense »"), unlike "un « jeu de chaises
    musicales »", where the writer marks an expression inside a phrase of their own."""
    i = first - 1
    while i >= 0 and (doc[i].is_space or doc[i].text in "«“"):
        i -= 1
    return i >= 0 and doc[i].pos_ in ("VERB", "AUX")
