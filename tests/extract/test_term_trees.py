"""The boosted trees of the key-term model (tutor/extract/term_trees.py): the file's trees give
the same correction as the trees the trainer fitted (tools/term_boosting.py), so what the
trainer measured is what tutor ranks with; the shipped model carries them."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from tutor.extract.term_ranker import model_from_json, shipped_model
from tutor.extract.term_trees import trees_from_json

TOOLS = Path(__file__).resolve().parents[2] / "tools"


@pytest.fixture(scope="module")
def boosting():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(TOOLS))
    try:
        import term_boosting
    finally:
        sys.path.remove(str(TOOLS))
    return term_boosting


def test_the_file_s_trees_correct_as_the_fitted_ones(boosting) -> None:  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(7)
    # 4 feature columns, 3 vector components, 2 lexicon columns, as the model orders them
    x = rng.normal(size=(2000, 9))
    components = rng.normal(size=(3, 6))
    vectors = rng.normal(size=(2000, 6))
    x[:, 4:7] = vectors @ components.T  # the trees read the vector through the components
    y = ((x[:, 0] * x[:, 5] + x[:, 8]) > 0.2).astype(float)
    fitted = boosting.fit_trees(x, y, np.zeros(len(y)))
    edges, trees = fitted
    data = {
        "components": components.tolist(),
        "edges": [e.tolist() for e in edges],
        "trees": [t.as_json() for t in trees],
        "learning_rate": boosting.LEARNING_RATE,
    }
    loaded = trees_from_json(json.loads(json.dumps(data)))
    columns = np.hstack([x[:, :4], x[:, 7:]])  # what the model passes: features, then lexicon
    expected = boosting.correction(fitted, x)
    assert np.allclose(loaded.correction(columns, vectors), expected, atol=1e-4)
    assert np.corrcoef(expected, y)[0, 1] > 0.5  # the trees learnt the interaction


def test_the_shipped_model_has_its_trees() -> None:
    model = shipped_model()
    assert model is not None and model.boosting is not None
    assert len(model.boosting.trees) >= 50
    assert model.boosting.components.shape[1] == 300


def test_a_model_file_of_the_previous_format_is_refused() -> None:
    from importlib import resources

    data = json.loads(resources.files("tutor.data").joinpath("term_ranker.json").read_text())
    data["format"] = 1
    with pytest.raises(ValueError, match="format"):
        model_from_json(data)
