"""The `tutor` command: no arguments starts the app; subcommands serve teachers and scripts.

Each subcommand lives in its own module of this package with `add_parser(subparsers)` and
`run(args) -> int`; modules are imported only when their command runs, so `tutor --help` and the
app never pay for spaCy.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from tutor import regex_cache

SUBCOMMANDS: dict[str, str] = {
    "app": "Start the learner's app (the default).",
    "validate": "Check exercise files against the schema and their articles.",
    "extract": "Show the dates, people, quotes and key terms found in an article.",
    "generate": "Write an exercise file for an article (or for all of them).",
    "progress": "Show a learner's progress per skill and per article.",
    "review": "List the items due for review now.",
    "report": "Summarise several learners' progress files for a class.",
    "export": "Write exercise files as Moodle GIFT quizzes, for a school's LMS.",
}


EPILOG = """\
examples:
  tutor                                    start the app (learners)
  tutor generate content/my-article.txt    write exercises/my-article.yaml
  tutor validate                           check every file of exercises/
  tutor progress --learner Zoé             one learner, per skill and per article
  tutor report PROGRESS_DIR --csv          a class summary for a spreadsheet
  tutor export my-article -o quiz.gift     a quiz to import in Moodle (GIFT)

folders: content/ and exercises/ are those of $TUTOR_HOME when it is set, else of the
current folder when it has a content/ folder, else of the tutor installation; learners'
progress is in $TUTOR_PROGRESS_DIR, else in the user data folder.
`tutor COMMAND --help` tells more about each command.
"""


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The full parser; each subcommand module adds its own options.

    With `only`, just that subcommand is set up: a command then skips importing the others
    (the schema validator, the progress report), which the app's learner and `tutor generate`
    would otherwise wait for.
    """
    parser = argparse.ArgumentParser(
        prog="tutor",
        description="French reading-comprehension tutor. Without a command, starts the app.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, help_text in SUBCOMMANDS.items():
        if only is not None and name != only:
            continue
        module = importlib.import_module(f"tutor.cli.{name}_cmd")
        sub = subparsers.add_parser(name, help=help_text, description=help_text)
        module.add_arguments(sub)
        sub.set_defaults(_module=module)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the process exit status."""
    args_list = sys.argv[1:] if argv is None else argv
    if not args_list or (args_list[0].startswith("--") and args_list[0] not in ("--help",)):
        args_list = ["app", *args_list]
    # about 600 regular expressions are compiled per run otherwise (tutor/regex_cache.py); the
    # app reads its store once its first screen is up (the library's worker)
    known = args_list[0] if args_list[0] in SUBCOMMANDS else "other"
    with regex_cache.kept(f"cli-{known}", deferred=known == "app"):
        parser = build_parser(only=args_list[0] if args_list[0] in SUBCOMMANDS else None)
        args = parser.parse_args(args_list)
        if args.command is None:
            args = parser.parse_args(["app"])
        try:
            return int(args._module.run(args) or 0)
        except KeyboardInterrupt:
            return 130
        except BrokenPipeError:
            return 0


if __name__ == "__main__":
    sys.exit(main())
