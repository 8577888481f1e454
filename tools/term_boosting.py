"""Fit the boosted trees of the key-term model (tutor/extract/term_trees.py): gradient boosting
of small regression trees on the logistic loss, starting from the logistic model's logit.

Plain numpy and deterministic, so that the same annotations give the same model file.
"""

from __future__ import annotations

import numpy as np

from tutor.extract.term_trees import Tree, bins_of, leaf_values

ROUNDS = 100
DEPTH = 3
LEARNING_RATE = 0.1
BINS = 32
L2 = 1.0
MIN_HESSIAN = 5.0
"""A leaf holds at least this much of the loss's curvature (about 20 sure rows, or more)."""


def bin_edges(x: np.ndarray) -> list[np.ndarray]:
    """Each column's cut points: its quantiles, at most BINS - 1 of them."""
    quantiles = np.linspace(0, 1, BINS + 1)[1:-1]
    return [np.unique(np.quantile(column, quantiles)) for column in x.T]


def binned(x: np.ndarray, edges: list[np.ndarray]) -> np.ndarray:
    return bins_of(x, edges).astype(np.int16)


class _Nodes:
    """A tree being grown, as the node arrays of term_trees.Tree."""

    def __init__(self) -> None:
        self.feature: list[int] = []
        self.cut: list[int] = []
        self.left: list[int] = []
        self.right: list[int] = []
        self.value: list[float] = []

    def add(self) -> int:
        for column, empty in (
            (self.feature, -1),
            (self.cut, 0),
            (self.left, 0),
            (self.right, 0),
            (self.value, 0.0),
        ):
            column.append(empty)  # type: ignore[arg-type]
        return len(self.feature) - 1

    def tree(self) -> Tree:
        return Tree(
            np.array(self.feature),
            np.array(self.cut),
            np.array(self.left),
            np.array(self.right),
            np.array(self.value),
        )

    def as_json(self) -> dict[str, list[float] | list[int]]:
        return {
            "feature": self.feature,
            "cut": self.cut,
            "left": self.left,
            "right": self.right,
            "value": [round(v, 6) for v in self.value],
        }


def _grow(bins: np.ndarray, g: np.ndarray, h: np.ndarray) -> _Nodes:
    nodes = _Nodes()
    stack = [(nodes.add(), np.arange(len(g)), DEPTH)]
    while stack:
        node, rows, depth = stack.pop()
        grad, hess = float(g[rows].sum()), float(h[rows].sum())
        nodes.value[node] = -grad / (hess + L2)
        if depth == 0 or hess < 2 * MIN_HESSIAN:
            continue
        best_gain, best = 0.0, None
        for f in range(bins.shape[1]):
            b = bins[rows, f]
            gs = np.cumsum(np.bincount(b, weights=g[rows], minlength=BINS + 1))[:-1]
            hs = np.cumsum(np.bincount(b, weights=h[rows], minlength=BINS + 1))[:-1]
            gain = gs**2 / (hs + L2) + (grad - gs) ** 2 / (hess - hs + L2) - grad**2 / (hess + L2)
            gain[(hs < MIN_HESSIAN) | (hess - hs < MIN_HESSIAN)] = -1.0
            j = int(np.argmax(gain))
            if gain[j] > best_gain:
                best_gain, best = float(gain[j]), (f, j)
        if best is None:
            continue
        f, j = best
        nodes.feature[node], nodes.cut[node] = f, j
        goes_left = bins[rows, f] <= j
        left, right = nodes.add(), nodes.add()
        nodes.left[node], nodes.right[node] = left, right
        stack.append((right, rows[~goes_left], depth - 1))
        stack.append((left, rows[goes_left], depth - 1))
    return nodes


def _predict(nodes: _Nodes, bins: np.ndarray) -> np.ndarray:
    return leaf_values(nodes.tree(), bins)


def fit_trees(
    x: np.ndarray, y: np.ndarray, start: np.ndarray
) -> tuple[list[np.ndarray], list[_Nodes]]:
    """Trees that correct the logit `start` of each row of `x` towards the labels `y`."""
    edges = bin_edges(x)
    bins = binned(x, edges)
    logit = start.copy()
    trees = []
    for _ in range(ROUNDS):
        p = 1 / (1 + np.exp(-logit))
        tree = _grow(bins, p - y, p * (1 - p))
        logit += LEARNING_RATE * _predict(tree, bins)
        trees.append(tree)
    return edges, trees


def correction(model: tuple[list[np.ndarray], list[_Nodes]], x: np.ndarray) -> np.ndarray:
    """What the trees add to the logit of each row of `x`."""
    edges, trees = model
    bins = binned(x, edges)
    return LEARNING_RATE * sum((_predict(t, bins) for t in trees), np.zeros(len(x)))
