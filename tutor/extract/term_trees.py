"""Boosted decision trees on top of the key-term model's logistic part (term_ranker.py): small
trees that correct its logit where features interact, which a weighted sum cannot express (a
rare word is worth more as a noun than as a verb; a term teachers were offered often and never
chose is worth little, however rare).

Each column is cut into bins at fixed edges, and a tree sends a row left when the row's bin is
at most the node's. The trees are fitted by tools/term_boosting.py; the figures of their
training are in tools/train_term_ranker.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np


@dataclass(frozen=True)
class Tree:
    """One tree as node arrays: a leaf has feature -1 and its value; a split sends bins up to
    `cut` to `left`, the others to `right`."""

    feature: np.ndarray
    cut: np.ndarray
    left: np.ndarray
    right: np.ndarray
    value: np.ndarray


@dataclass(frozen=True)
class BoostedTrees:
    """The trees' columns, how each is cut into bins, the trees, and how much each counts."""

    components: np.ndarray
    """Principal components of the word vectors: the trees read the vector through them."""
    edges: list[np.ndarray]
    trees: list[Tree]
    learning_rate: float

    def correction(self, columns: np.ndarray, vectors: np.ndarray) -> np.ndarray:
        """What the trees add to the logistic logit of each row. `columns` are the model's
        feature columns with the lexicon's; `vectors` the unit word vectors."""
        import numpy as np

        if vectors.shape[1] != self.components.shape[1]:
            vectors = np.zeros((len(columns), self.components.shape[1]))
        # einsum, not "@": a matrix product this small is not worth BLAS's threads, which
        # spin on the other core after it (+35 % CPU in `generate --all`, bench/generate.py)
        projected = np.einsum("ij,kj->ik", vectors, self.components)
        full = np.hstack([columns[:, :-2], projected, columns[:, -2:]])
        bins = bins_of(full, self.edges)
        total = np.zeros(len(full))
        for tree in self.trees:
            total += leaf_values(tree, bins)
        return self.learning_rate * total


def bins_of(columns: np.ndarray, edges: list[np.ndarray]) -> np.ndarray:
    """The bin of each value: how many of its column's edges it reaches."""
    import numpy as np

    return np.stack(
        [np.searchsorted(e, c, side="right") for c, e in zip(columns.T, edges, strict=True)],
        axis=1,
    )


def leaf_values(tree: Tree, bins: np.ndarray) -> np.ndarray:
    """The value of the leaf each row of `bins` reaches (the same walk for fitting and use)."""
    import numpy as np

    node = np.zeros(len(bins), dtype=int)
    rows = np.arange(len(bins))
    while True:
        inner = tree.feature[node] >= 0
        if not inner.any():
            return tree.value[node]
        at = node[inner]
        goes_left = bins[rows[inner], tree.feature[at]] <= tree.cut[at]
        node[inner] = np.where(goes_left, tree.left[at], tree.right[at])


def trees_from_json(data: dict[str, object]) -> BoostedTrees:
    """The trees of a model file (its "boosting" part)."""
    import numpy as np

    trees = [
        Tree(*(np.array(t[k], dtype=float if k == "value" else int) for k in _TREE_KEYS))
        for t in data["trees"]  # type: ignore[attr-defined]
    ]
    return BoostedTrees(
        components=np.array(data["components"], dtype=float),
        edges=[np.array(e, dtype=float) for e in data["edges"]],  # type: ignore[attr-defined]
        trees=trees,
        learning_rate=float(data["learning_rate"]),  # type: ignore[arg-type]
    )


_TREE_KEYS = ("feature", "cut", "left", "right", "value")
