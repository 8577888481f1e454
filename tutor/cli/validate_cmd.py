"""`tutor validate`: not built yet."""

from __future__ import annotations

import argparse
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """No options yet."""


def run(args: argparse.Namespace) -> int:
    """Say plainly that the command does not exist yet."""
    print("tutor validate: not available yet", file=sys.stderr)
    return 2
