"""The learner's screens cut an article into sentences by rule: where a reader sees a sentence,
not at every full stop."""

from __future__ import annotations

import glob
from pathlib import Path

import yaml

from tutor.content import load_article
from tutor.plain_sentences import excerpt_around, sentence_around, split_sentences

CHECKOUT = Path(__file__).resolve().parents[1]


def test_a_title_or_an_initial_does_not_end_the_sentence() -> None:
    paragraph = (
        "Le poste a été confié à l'ex-conseiller de M. Samaras, Christos Staïkouras. "
        "J.-M. Le Pen et Mme. Durand étaient absents. Le texte date de 52 av. J.-C. selon lui."
    )
    assert split_sentences(paragraph) == [
        "Le poste a été confié à l'ex-conseiller de M. Samaras, Christos Staïkouras.",
        "J.-M. Le Pen et Mme. Durand étaient absents.",
        "Le texte date de 52 av. J.-C. selon lui.",
    ]


def test_abbreviations_before_a_number_do_not_end_the_sentence() -> None:
    paragraph = (
        "Le vote a eu lieu le 12 sept. 2024 au titre de l'art. 49 de la Constitution. Puis rien."
    )
    assert split_sentences(paragraph) == [
        "Le vote a eu lieu le 12 sept. 2024 au titre de l'art. 49 de la Constitution.",
        "Puis rien.",
    ]


def test_a_quotation_of_several_sentences_stays_whole() -> None:
    paragraph = (
        "« Le maître sera l'islam. Si les islamistes deviennent majoritaires, ce sera la charia », "
        "prévient-il. Il a ensuite quitté la salle."
    )
    assert split_sentences(paragraph) == [
        "« Le maître sera l'islam. Si les islamistes deviennent majoritaires, ce sera la charia », "
        "prévient-il.",
        "Il a ensuite quitté la salle.",
    ]


def test_a_quotation_that_ends_a_sentence_keeps_its_closing_mark() -> None:
    paragraph = "Il a dit : « Nous partons. » Puis il est parti. « Adieu ! » Personne n'a répondu."
    assert split_sentences(paragraph) == [
        "Il a dit : « Nous partons. »",
        "Puis il est parti.",
        "« Adieu ! »",
        "Personne n'a répondu.",
    ]


def test_a_stray_quotation_mark_does_not_glue_the_paragraph() -> None:
    paragraph = "Il parle d'une « trahison. Le vote aura lieu mardi. Les élus sont prêts."
    assert split_sentences(paragraph) == [
        "Il parle d'une « trahison.",
        "Le vote aura lieu mardi.",
        "Les élus sont prêts.",
    ]


def test_the_evidence_of_an_exercise_comes_out_whole() -> None:
    paragraph = "Le maire a parlé. Il a promis des travaux. Ils commencent lundi. Fin."
    start = paragraph.index("Il a promis")
    end = paragraph.index("lundi.") + len("lundi.")
    assert split_sentences(paragraph, (start, end)) == [
        "Le maire a parlé.",
        "Il a promis des travaux. Ils commencent lundi.",
        "Fin.",
    ]


def test_other_proofs_of_an_exercise_come_out_whole_too() -> None:
    """A vrai / faux lists other sentences that prove it; the learner picks them from the same
    list, so each stays one sentence as the evidence does."""
    paragraph = (
        "Le maire a parlé. Il a promis des travaux. Ils commencent lundi. Fin. Vu M. X. Oui."
    )
    evidence = (paragraph.index("Le maire"), paragraph.index(" Il a promis"))
    other = (paragraph.index("Fin."), len(paragraph))
    assert split_sentences(paragraph, evidence, also_whole=[other]) == [
        "Le maire a parlé.",
        "Il a promis des travaux.",
        "Ils commencent lundi.",
        "Fin. Vu M. X. Oui.",
    ]


def test_the_sentence_and_excerpt_around_a_word() -> None:
    paragraph = "Premier point. Le conseiller de M. Dupont a démissionné hier. Dernier point. Fin."
    start = paragraph.index("démissionné")
    sentence, s_start, s_end = sentence_around(paragraph, start, start + len("démissionné"))
    assert sentence == "Le conseiller de M. Dupont a démissionné hier."
    assert sentence[s_start:s_end] == "démissionné"
    excerpt, e_start, e_end = excerpt_around(paragraph, start, start + len("démissionné"), extra=0)
    assert excerpt == "… Le conseiller de M. Dupont a démissionné hier. …"
    assert excerpt[e_start:e_end] == "démissionné"


def test_every_shipped_evidence_sentence_is_one_sentence_on_screen() -> None:
    """A learner proving a vrai/faux answer picks a sentence from the list: the evidence the
    generator wrote must be one of them (it once was cut at "M." and inside quotations). Other
    items may show a longer proof, such as the sentence naming a speaker before the quotation
    (generate/proofs.py), but it must stand in one paragraph, where the feedback finds it."""
    missing = []
    for path in sorted(glob.glob(str(CHECKOUT / "exercises" / "*.yaml"))):
        lesson = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        body = load_article(CHECKOUT / "content" / lesson["article"]["path"]).body
        paragraphs = [p for p in body.split("\n") if p.strip()]
        sentences = [s for p in paragraphs for s in split_sentences(p)]
        for item in lesson["items"]:
            evidence = item.get("evidence", "").strip()
            shown = sentences if item["type"] == "true_false" else paragraphs
            for proof in (evidence, *(e.strip() for e in item.get("other_evidence", ()))):
                if proof and not any(proof in s for s in shown):
                    missing.append((Path(path).name, proof[:80]))
    assert not missing, missing
