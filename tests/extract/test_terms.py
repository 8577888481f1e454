"""Key terms on real articles and sentences: what a teacher checks in the list of terms."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.content import load_article
from tutor.extract.sentences import SentenceIndex, quoted_spans, split_sentences
from tutor.extract.terms import find_terms
from tutor.facts import Term
from tutor.glossary import Glossary, GlossaryEntry, fold_term
from tutor.nlp import analyse

pytestmark = pytest.mark.slow

CONTENT = Path(__file__).resolve().parents[2] / "content"


def _terms(  # type: ignore[no-untyped-def]
    body: str, nlp, glossary: Glossary | None = None, title: str = "", learned: bool = True
) -> list[Term]:
    """The key terms, in the learned order, or in the hand-made score's (`learned=False`)."""
    doc = analyse(body, nlp)
    index = SentenceIndex(split_sentences(doc, body, quoted_spans(doc.text)))
    if learned:
        return find_terms(doc, body, index, title, glossary=glossary)
    return find_terms(doc, body, index, title, glossary=glossary, rank=None)


@pytest.fixture(scope="module")
def seed(nlp) -> list[Term]:  # type: ignore[no-untyped-def]
    article = load_article(CONTENT / "poutine-coree-du-nord.md")
    return _terms(article.body, nlp, title=article.title)


def test_multi_word_terms_come_whole_with_their_written_form(seed: list[Term]) -> None:
    top = {t.lemma: t.text for t in seed[:25]}
    assert top["missile balistique"] == "missiles balistiques"
    assert top["contrôle à l'exportation"] == "contrôles à l’exportation"
    assert "base industrielle de défense" in top and "partenariat stratégique" in top


def test_topic_words_every_learner_knows_are_not_key_terms(seed: list[Term]) -> None:
    lemmas = {t.lemma for t in seed[:25]}
    assert not lemmas & {"visite", "pays", "président", "corée", "poutine", "russie"}


def test_a_word_is_not_listed_again_inside_its_term(seed: list[Term]) -> None:
    lemmas = [t.lemma for t in seed]
    assert "partenariat stratégique" in lemmas and "partenariat" not in lemmas


def test_expression_between_quotation_marks_is_one_term(nlp) -> None:  # type: ignore[no-untyped-def]
    terms = _terms(
        "Les associations dénoncent les contrôles d'identité « au faciès » pratiqués par la "
        "police. Le Conseil constitutionnel a rendu sa décision mardi.",
        nlp,
    )
    lemmas = [t.lemma for t in terms]
    assert "au faciès" in lemmas and "faciès" not in lemmas
    assert next(t.text for t in terms if t.lemma == "au faciès") == "au faciès"


def test_verb_and_bare_noun_make_an_idiom(nlp) -> None:  # type: ignore[no-untyped-def]
    terms = _terms(
        "La famille du jeune homme a porté plainte contre les policiers. Son avocat estime que "
        "l'enquête sera longue.",
        nlp,
    )
    idiom = next(t for t in terms if t.lemma == "porter plainte")
    assert (idiom.text, idiom.pos) == ("porté plainte", "VERB")


def test_second_word_of_a_family_ranks_lower(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le Parlement européen a rejeté le traité par 478 voix. Ce rejet est une victoire pour "
        "les militants, qui ont rejeté le texte dès le début. Le rejet du traité était attendu."
    )
    terms = _terms(body, nlp, glossary=Glossary())
    ranked = [t.lemma for t in terms]
    assert "rejet" in ranked and "rejeter" in ranked
    first, second = sorted((ranked.index("rejet"), ranked.index("rejeter")))
    assert second > first + 1 or second == len(ranked) - 1


def test_glossary_terms_are_preferred(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le gouvernement a présenté une réforme des retraites. Les syndicats appellent à la "
        "grève et dénoncent un recul social inacceptable."
    )
    plain = {t.lemma: t.score for t in _terms(body, nlp, glossary=Glossary())}
    entry = GlossaryEntry("grève", "Un arrêt de travail pour protester.")
    known = {t.lemma: t.score for t in _terms(body, nlp, glossary=Glossary({"grève": entry}))}
    assert known["grève"] > plain["grève"]
    # the other terms keep their order (their learned scores read where they stand among the
    # article's terms, which a raised "grève" moves, since session 21)
    others = [lemma for lemma in plain if lemma != "grève"]
    assert sorted(others, key=lambda t: -known[t]) == sorted(others, key=lambda t: -plain[t])
    # and the hand-made score of another term does not move at all
    hand = {t.lemma: t.score for t in _terms(body, nlp, Glossary(), learned=False)}
    listed = Glossary({"grève": entry})
    assert {t.lemma: t.score for t in _terms(body, nlp, listed, learned=False)}["syndicat"] == (
        hand["syndicat"]
    )


def test_scores_are_best_first(seed: list[Term]) -> None:
    assert [t.score for t in seed] == sorted((t.score for t in seed), reverse=True)
    assert all(t.pos in ("NOUN", "VERB", "ADJ") for t in seed)


def test_a_teachers_glossary_in_content_lifts_its_terms(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    from tutor.extract import extract_facts
    from tutor.glossary_files import shipped_glossary

    content = tmp_path / "content"
    content.mkdir()
    (content / "seed.md").write_text(
        (CONTENT / "poutine-coree-du-nord.md").read_text("utf-8"), encoding="utf-8"
    )
    before = [t.lemma for t in extract_facts(load_article(content / "seed.md"), nlp).terms]
    shipped = shipped_glossary()
    word = next(w for w in before[10:] if " " not in w and shipped.get(w) is None)
    (content / "glossary.yaml").write_text(
        f"{word}: Un mot que la classe étudie cette semaine.\n", encoding="utf-8"
    )
    after = [t.lemma for t in extract_facts(load_article(content / "seed.md"), nlp).terms]
    assert after.index(word) < before.index(word)


def _glossary(*entries: tuple[str, str]) -> Glossary:
    return Glossary(
        {lemma: GlossaryEntry(lemma, "Une définition simple.", pos) for lemma, pos in entries}
    )


def test_a_glossary_verb_phrase_is_a_term_in_any_tense(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le rapport des enquêteurs a été publié jeudi. Les erreurs des pilotes sont pointées du "
        "doigt, et le constructeur est lui aussi mis en cause par les familles des victimes."
    )
    glossary = _glossary(("pointer du doigt", "VERB"), ("mettre en cause", "VERB"))
    terms = {t.lemma: t.text for t in _terms(body, nlp, glossary)}
    assert terms.get("pointer du doigt") == "pointées du doigt"
    assert terms.get("mettre en cause") == "mis en cause"


def test_a_glossary_term_the_tagger_splits_is_still_found(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Les ministres des Finances de la zone euro se sont réunis lundi à Bruxelles. Ils ont "
        "accordé un nouveau prêt à la Grèce, qui reste dans la zone euro."
    )
    terms = {t.lemma for t in _terms(body, nlp, _glossary(("zone euro", "NOUN")))}
    assert "zone euro" in terms


def test_a_reflexive_participle_read_as_a_noun_is_the_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    body = "Les syndicats se sont félicités du résultat du vote. La direction a regretté ce choix."
    terms = {t.lemma for t in _terms(body, nlp, Glossary())}
    assert "se féliciter" in terms
    assert "félicité" not in terms


def test_an_institution_written_with_a_capital_is_a_name_not_a_term(nlp) -> None:  # type: ignore[no-untyped-def]
    glossary = _glossary(("conseil constitutionnel", "NOUN"), ("contrôle d'identité", "NOUN"))
    terms = _terms(
        "Le Conseil constitutionnel a validé les contrôles d'identité. Selon le Conseil "
        "constitutionnel, ces contrôles d'identité ne doivent pas viser une origine.",
        nlp,
        glossary,
    )
    lemmas = [t.lemma for t in terms]
    assert "contrôle d'identité" in lemmas
    assert "conseil constitutionnel" not in lemmas


def test_a_relational_adjective_alone_ranks_below_the_nouns_it_comes_with(nlp) -> None:  # type: ignore[no-untyped-def]
    terms = _terms(
        "Les deux pays ont signé un partenariat stratégique. Ce choix stratégique inquiète les "
        "voisins, qui redoutent un déploiement de troupes et une nouvelle escalade stratégique.",
        nlp,
        Glossary(),
    )
    rank = {t.lemma: i for i, t in enumerate(terms)}
    # below, or left out once "partenariat stratégique" is chosen
    assert rank.get("stratégique", len(terms)) > rank["déploiement"]


def test_an_adjective_that_ends_a_name_is_not_a_term(nlp) -> None:  # type: ignore[no-untyped-def]
    terms = _terms(
        "Une plainte a été déposée par l'association Vigilance citoyenne. Selon Vigilance "
        "citoyenne, le marché public aurait été attribué sans appel d'offres, par favoritisme.",
        nlp,
        Glossary(),
    )
    lemmas = {t.lemma for t in terms}
    assert any("favoritisme" in lemma for lemma in lemmas)
    assert not {lemma for lemma in lemmas if lemma.startswith("citoyen")}


def test_a_hyphenated_noun_is_one_term_in_the_singular(nlp) -> None:  # type: ignore[no-untyped-def]
    terms = _terms(
        "Vingt communes sont ravitaillées par camions-citernes. La préfecture a loué trois "
        "camions-citernes de plus pour les villages du plateau.",
        nlp,
        Glossary(),
    )
    found = {t.lemma: t.text for t in terms}
    assert found.get("camion-citerne") == "camions-citernes"
    assert "citerne" not in found


def test_a_participle_adjective_alone_keeps_its_rank(nlp) -> None:  # type: ignore[no-untyped-def]
    # "erronées" describes, like any adjective; only relational ones ("stratégique") lose rank
    article = load_article(CONTENT / "rio-paris-rapport-bea.txt")
    terms = _terms(article.body, nlp, Glossary(), article.title, learned=False)
    assert "erroné" in [t.lemma for t in terms[:5]]


def test_a_glossary_verb_phrase_is_found_with_its_preposition_contracted(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le gouvernement a mis un terme au conflit avec les routiers. Les négociateurs ont fait "
        "preuve d'une grande patience, selon la presse."
    )
    glossary = _glossary(("mettre un terme à", "VERB"), ("faire preuve de", "VERB"))
    found = {t.lemma: t.text for t in _terms(body, nlp, glossary)}
    assert found.get("mettre un terme à") == "mis un terme"
    assert found.get("faire preuve de") == "fait preuve"


def test_a_piece_met_only_inside_a_longer_term_gives_way_to_it(nlp) -> None:  # type: ignore[no-untyped-def]
    terms = _terms(
        "L'ancien maire est poursuivi pour favoritisme et prise illégale d'intérêts. Le "
        "jugement sera mis en délibéré à la fin des débats, et le maire parle d'une erreur.",
        nlp,
        Glossary(),
    )
    lemmas = [t.lemma for t in terms]
    assert "prise illégale d'intérêts" in lemmas
    assert "prise illégale" not in lemmas
    assert "mettre en délibéré" in lemmas
    assert "en délibéré" not in lemmas


def test_a_piece_shared_by_two_terms_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    terms = _terms(
        "Le tribunal a retenu la prise illégale d'intérêts. Une autre prise illégale de "
        "décision est reprochée au maire, et une prise illégale de fonds à son adjoint.",
        nlp,
        Glossary(),
    )
    assert "prise illégale" in [t.lemma for t in terms]


def test_adjectives_that_classify_make_terms_even_without_a_telling_ending(nlp) -> None:  # type: ignore[no-untyped-def]
    terms = _terms(
        "Plusieurs grandes puissances maritimes ont refusé le texte. Le transport aérien reste "
        "perturbé. La partie civile demande réparation.",
        nlp,
        Glossary(),
    )
    lemmas = {t.lemma for t in terms}
    assert {"puissance maritime", "transport aérien", "partie civile"} <= lemmas


def test_a_listed_term_is_not_marked_down_as_a_description(nlp) -> None:  # type: ignore[no-untyped-def]
    # "conflit d'intérêts" has the shape of "famille de paysans" (a plural complement, which
    # describes more often than it names): listed in the glossary, it is a term all the same.
    body = (
        "Le député est accusé de conflit d'intérêts. Une famille de paysans a porté plainte "
        "contre lui devant le tribunal."
    )
    terms = _terms(body, nlp, _glossary(("conflit d'intérêts", "NOUN")), learned=False)
    score = {t.lemma: t.score for t in terms}
    assert score["conflit d'intérêts"] > 3 * score["famille de paysans"]
    assert [t.lemma for t in terms][:2] == ["conflit d'intérêts", "porter plainte"]


def test_the_shipped_glossary_verb_phrases_are_found_in_their_articles(nlp) -> None:  # type: ignore[no-untyped-def]
    # "pointer du doigt" was typed as a noun phrase and never found in "sont pointées du doigt"
    article = load_article(CONTENT / "rio-paris-rapport-bea.txt")
    found = {t.lemma: t.text for t in _terms(article.body, nlp, title=article.title)}
    assert found.get("pointer du doigt") == "pointées du doigt"


def test_a_noun_met_once_after_a_bare_preposition_is_the_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le titre a perdu 33 % en bourse. Les nodules sont riches en cobalt. La nouvelle loi "
        "est en vigueur depuis lundi."
    )
    found = {t.lemma: t.text for t in _terms(body, nlp, _glossary(("en vigueur", "ADV")))}
    assert found.get("bourse") == "bourse"
    assert "en bourse" not in found
    # listed: a locution even once, and even where the parse hangs "depuis lundi" on the noun
    assert found.get("en vigueur") == "en vigueur"
    assert "vigueur" not in found


def test_a_connector_ranks_below_the_articles_own_words(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le tribunal a prononcé la relaxe du maire. En revanche, son adjoint est condamné pour "
        "favoritisme et devra payer une amende."
    )
    glossary = _glossary(("en revanche", "ADV"), ("relaxe", "NOUN"), ("amende", "NOUN"))
    rank = {t.lemma: i for i, t in enumerate(_terms(body, nlp, glossary))}
    assert rank["en revanche"] > max(rank["relaxe"], rank["amende"], rank["favoritisme"])


def test_a_rough_number_is_not_a_term(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Une soixantaine d'associations demandent un moratoire. Le navire a été placé en "
        "quarantaine après une épidémie à bord."
    )
    lemmas = {t.lemma for t in _terms(body, nlp, Glossary())}
    assert "soixantaine" not in lemmas
    assert "moratoire" in lemmas
    assert any("quarantaine" in lemma for lemma in lemmas)  # the ship's, not a number


def test_a_verb_left_conjugated_by_the_lemmatiser_is_given_in_the_infinitive(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le syndicat réclame une hausse des salaires. La direction conteste ces chiffres et "
        "estime que la grève est illégale."
    )
    terms = _terms(body, nlp, Glossary())
    verbs = {t.lemma for t in terms if t.pos == "VERB"}
    assert verbs and all(v.endswith(("er", "ir", "re")) for v in verbs), verbs
    rank = {t.lemma: i for i, t in enumerate(terms)}
    # "estime" is "estimer", a verb of saying, and ranks like one
    assert rank.get("estimer", 99) > rank["grève"]


def test_a_country_adjective_is_never_a_term(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Un homme d'affaires qatari a racheté le club. Un investisseur ivoirien et une banque "
        "malgache s'étaient retirés des négociations."
    )
    lemmas = {t.lemma for t in _terms(body, nlp, Glossary())}
    assert not {"qatari", "ivoirien", "malgache"} & lemmas
    assert not [lemma for lemma in lemmas if lemma.endswith(("qatari", "ivoirien", "malgache"))]


def test_a_hyphenated_complement_stays_in_its_term(nlp) -> None:  # type: ignore[no-untyped-def]
    terms = _terms(
        "Les Vingt-Sept voteront lundi sur l'accord de libre-échange avec le Mercosur. Les "
        "agriculteurs français y sont opposés.",
        nlp,
        glossary=Glossary(),
    )
    found = {t.lemma: t.text for t in terms}
    assert found.get("accord de libre-échange") == "accord de libre-échange"


def test_a_bare_complement_after_en_or_avec_makes_a_term(nlp) -> None:  # type: ignore[no-untyped-def]
    from tutor.extract.term_candidates import collect

    body = (
        "Le procureur a requis deux ans d'emprisonnement avec sursis contre le gérant. La mise "
        "en service de la ligne est prévue en 2028."
    )
    found = collect(analyse(body, nlp))
    assert {"emprisonnement avec sursis", "mise en service"} <= found.keys()
    assert not any(lemma.endswith("en 2028") for lemma in found)


def test_a_bare_noun_and_its_adjective_after_a_preposition_are_a_locution(nlp) -> None:  # type: ignore[no-untyped-def]
    terms = _terms(
        "Les trois représentations du spectacle se sont jouées à guichets fermés. La troupe "
        "a joué à ciel ouvert, sur la place du marché.",
        nlp,
        glossary=Glossary(),
    )
    found = {t.lemma: t.text for t in terms}
    assert found.get("à guichets fermés") == "à guichets fermés"
    assert found.get("à ciel ouvert") == "à ciel ouvert"


def test_a_noun_and_its_complement_after_a_bare_preposition_are_one_locution(nlp) -> None:  # type: ignore[no-untyped-def]
    terms = _terms(
        "Selon un diplomate européen s'exprimant sous couvert d'anonymat, la position italienne "
        "n'est pas encore arrêtée.",
        nlp,
        glossary=Glossary(),
    )
    lemmas = [t.lemma for t in terms]
    assert "sous couvert d'anonymat" in lemmas and "couvert d'anonymat" not in lemmas


def test_a_common_words_term_in_the_title_is_not_marked_down(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "La préfète a placé lundi le département en état de crise, le niveau d'alerte le plus "
        "élevé. L'irrigation agricole est interdite dans trente communes."
    )
    title = "Sécheresse : le département en état de crise"
    with_title = {t.lemma: t.score for t in _terms(body, nlp, Glossary(), title=title)}
    without = {t.lemma: t.score for t in _terms(body, nlp, Glossary())}
    assert with_title["état de crise"] > without["état de crise"]


def test_a_term_made_of_everyday_words_ranks_with_the_rarer_words(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le conseil municipal a voté jeudi soir le budget de la commune. La préfète a aussi "
        "demandé aux habitants de protéger les cours d'eau, dont le débit a beaucoup baissé."
    )
    ranked = [t.lemma for t in _terms(body, nlp, Glossary(), learned=False)]  # PHRASE_FLOOR
    assert ranked.index("cours d'eau") < ranked.index("débit")


def test_en_before_a_noun_and_its_adjective_leaves_the_term_to_them(nlp) -> None:  # type: ignore[no-untyped-def]
    from tutor.extract.term_candidates import collect

    body = "Les grévistes ont voté la reconduction du mouvement en assemblée générale."
    found = collect(analyse(body, nlp))
    assert "en assemblée générale" not in found


def test_a_listed_adverbial_locution_is_a_term_and_a_connector_ranks_low(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Le conseil municipal a voté la hausse en catimini, un soir de juillet. En revanche, "
        "la création d'une piste cyclable a été adoptée à l'unanimité, après une longue "
        "délibération sur le stationnement."
    )
    glossary = _glossary(("en catimini", "ADV"), ("à l'unanimité", "ADV"), ("en revanche", "ADV"))
    terms = _terms(body, nlp, glossary)
    rank = {t.lemma: i for i, t in enumerate(terms)}
    assert "en catimini" in rank and "à l'unanimité" in rank
    assert next(t.pos for t in terms if t.lemma == "en catimini") == "ADV"
    assert rank.get("en revanche", len(terms)) > max(rank["en catimini"], rank["à l'unanimité"])


def test_a_plural_noun_keeps_its_french_singular(nlp) -> None:  # type: ignore[no-untyped-def]
    # the lemmatiser gives the English "party" for "parties"
    body = (
        "Au tribunal correctionnel, les parties civiles ont réclamé des dommages et intérêts. "
        "Les infirmières du service ont témoigné."
    )
    lemmas = {t.lemma for t in _terms(body, nlp, Glossary())}
    assert "partie civile" in lemmas
    assert not {lemma for lemma in lemmas if "party" in lemma}
    assert "infirmier" in lemmas  # a feminine plural keeps its masculine dictionary form


def test_an_institution_is_a_name_even_when_once_written_in_lower_case(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "La Commission européenne a validé le plan d'austérité. Le président de la commission "
        "européenne s'est félicité de cet accord budgétaire."
    )
    lemmas = {t.lemma.lower() for t in _terms(body, nlp, Glossary())}
    assert "commission européenne" not in lemmas
    assert "austérité" in lemmas


def test_a_complement_keeps_its_number_in_the_term(nlp) -> None:  # type: ignore[no-untyped-def]
    # The learner reads the lemma in the vocabulary list: "chute des vente" is not French.
    body = (
        "La chute des ventes inquiète le conseil des ministres. Les consommateurs dénoncent "
        "la chute des ventes et les quotas de pêche."
    )
    lemmas = [t.lemma for t in _terms(body, nlp, Glossary())]
    assert "chute des ventes" in lemmas and "conseil des ministres" in lemmas
    assert "quota de pêche" in lemmas  # the head still takes the singular
    assert not any(lemma.endswith(("des vente", "des ministre")) for lemma in lemmas)


def test_words_the_tagger_misreads_get_their_learnable_form(nlp) -> None:  # type: ignore[no-untyped-def]
    # What the vocabulary list shows: the participle a learner meets, a head noun in its own
    # gender, and a verb read as a verb (its part of speech picks the distractors).
    body = (
        "Les batteries usagées sont recyclées dans une usine qui approvisionne des "
        "constructeurs. Conseillère municipale d'opposition depuis 2020, la nouvelle maire "
        "a promis de tendre la main. La conseillère municipale d'opposition a voté contre. "
        "Les équipes cynophiles sont arrivées. Le musée ouvre des salles climatisées."
    )
    terms = {t.lemma: t.pos for t in _terms(body, nlp, Glossary())}
    assert "usagé" in terms and "usager" not in terms
    assert terms.get("approvisionner") == "VERB" and "approvisionne" not in terms
    assert "conseillère municipale d'opposition" in terms or "conseillère municipale" in terms
    assert not any(lemma.startswith("conseiller municipale") for lemma in terms)
    assert terms.get("cynophile") == "ADJ"  # a bank of adjectives, not of nouns
    assert terms.get("climatisé") == "ADJ" and "climatisée" not in terms  # learnt so


def test_a_term_the_glossary_writes_with_a_capital_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # A capital inside a sentence usually makes a name ("le Parlement européen"); a term the
    # glossary writes so is a term all the same, in the glossary's spelling.
    body = (
        "Le vote des États membres aura lieu jeudi. Les procureurs de la République ont reçu "
        "des consignes. Les États membres devront trancher, et les procureurs de la République "
        "appliquer la loi."
    )
    glossary = Glossary(
        {
            fold_term(lemma): GlossaryEntry(lemma, "Une définition simple.", "NOUN")
            for lemma in ("État membre", "procureur de la République")
        }
    )
    lemmas = [t.lemma for t in _terms(body, nlp, glossary)]
    assert "État membre" in lemmas and "procureur de la République" in lemmas
    assert not any(lemma.lower().startswith("états membre") for lemma in lemmas)


def test_a_preposition_noun_and_complement_is_a_locution_only_when_listed(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Un diplomate a parlé sous couvert d'anonymat. Les vignes sont saines, sans trace de "
        "mildiou cette année, et un autre diplomate, sous couvert d'anonymat, confirme."
    )
    lemmas = [t.lemma for t in _terms(body, nlp, Glossary())]
    assert "sous couvert d'anonymat" in lemmas
    assert "sans trace de mildiou" not in lemmas


def test_an_adjective_of_another_number_does_not_describe_the_noun_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Les pilotes ont reçu des informations de vitesse et de position erronées. Les "
        "informations de position erronées ont trompé l'équipage."
    )
    lemmas = [t.lemma for t in _terms(body, nlp, Glossary())]
    assert "position erronée" not in lemmas
