"""`tutor app` (and plain `tutor`): start the learner's app in the terminal."""

from __future__ import annotations

import argparse
import os
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Who is practising, and where their progress is kept."""
    parser.add_argument("--learner", metavar="NAME", help="start as this learner (no name prompt)")
    parser.add_argument(
        "--progress-dir",
        type=Path,
        metavar="DIR",
        help="where progress files are kept (default: $TUTOR_PROGRESS_DIR, else the user data dir)",
    )


def run(args: argparse.Namespace) -> int:
    """Run the app until the learner quits; textual is imported only now."""
    if args.progress_dir is not None:
        # the core reads the folder from the environment; one source of truth for both
        os.environ["TUTOR_PROGRESS_DIR"] = str(args.progress_dir)
    from tutor.ui.app import TutorApp

    TutorApp(learner=args.learner, progress_dir=args.progress_dir).run()
    return 0
