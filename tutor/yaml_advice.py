"""What a teacher should do about a YAML syntax error in a file written by hand, in words that
name the mistake (a tab, a quote left open, a field without its ':', a line out of its column)
rather than the parser's ("mapping values are not allowed here"), and the best place to point
at, which is often not where the parser stopped. Used by `yaml_source`."""

from __future__ import annotations

import re

import yaml


def _after_quote_advice(text: str, mark: yaml.Mark, quote: str) -> tuple[str, yaml.Mark]:
    """Text right after a closing quote: usually a quote left open on an earlier line, an
    apostrophe inside '...', or a " inside "..."."""
    close_at = len(text[: mark.index].rstrip(" ")) - 1
    open_at = text.rfind(quote, 0, close_at)
    if open_at >= 0 and "\n" in text[open_at:close_at]:
        line = text.count("\n", 0, open_at)
        column = open_at - (text.rfind("\n", 0, open_at) + 1)
        opened = yaml.Mark("", open_at, line, column, None, None)
        return f"the quote {quote} opened here is not closed on its line", opened
    if quote == "'":
        return (
            "text follows a closing quote; inside '...' write an apostrophe as '' "
            "(l''article), or put the text in double quotes",
            mark,
        )
    return 'text follows a closing quote; inside "..." write quotes as « »', mark


_KEY_BEFORE = re.compile(r"( *)[\w-]+\Z")


def _indented_key(text: str, mark: yaml.Mark) -> yaml.Mark | None:
    """Where a field starts that is indented further than the field on the line above ("  type:
    x" then "   skill: y"): YAML reads it as more of the value above, then fails on its ': '.
    None when the line is not a bare field name followed by ':' (a text with ': ' inside)."""
    start = text.rfind("\n", 0, mark.index) + 1
    key = _KEY_BEFORE.match(text, start, mark.index)
    if key is None:
        return None
    above = [ln for ln in text[: max(0, start - 1)].split("\n") if ln.strip()]
    if not above:
        return None
    if ":" in above[-1]:
        above_indent = len(above[-1]) - len(above[-1].lstrip(" -"))
    elif above[-1].lstrip(" ").startswith("- "):
        # a list entry: its text goes on in any line indented further than its dash
        above_indent = len(above[-1]) - len(above[-1].lstrip(" "))
    else:
        return None
    indent = len(key.group(1))
    if indent <= above_indent:
        return None
    return yaml.Mark("", start + indent, mark.line, indent, None, None)


def _missing_colon(text: str, mark: yaml.Mark) -> str:
    """Advice for a field name without its ':' ("answer Kim Jong-un"), quoting the line."""
    end = text.find("\n", mark.index)
    line = text[mark.index : end if end >= 0 else len(text)].strip()
    name, _, rest = line.partition(" ")
    return f"'{name}' has no ':' after it; write \"{name}: {rest.strip() or '...'}\""


_BRACKETED_VALUE = re.compile(r"(?:^[ \t]*-[ \t]+|:[ \t]+)([\[{])", re.MULTILINE)


def _bracketed_start(text: str, mark: yaml.Mark) -> yaml.Mark | None:
    """Where a value opening with '[' or '{' starts on the line of `mark`, when text follows
    its closing bracket ("prompt: [Personnes] Qui est ... ?")."""
    start = text.rfind("\n", 0, mark.index) + 1
    found = _BRACKETED_VALUE.search(text, start, mark.index)
    if found is None:
        return None
    index = found.start(1)
    return yaml.Mark("", index, mark.line, index - start, None, None)


def syntax_advice(err: yaml.MarkedYAMLError, text: str) -> tuple[str, yaml.Mark | None]:
    """What a teacher should do about a syntax error, and the best place to point at."""
    problem = str(err.problem or "")
    context = str(err.context or "")
    mark = err.problem_mark
    char = ""
    before = ""
    if mark is not None and 0 <= mark.index <= len(text):
        char = text[mark.index : mark.index + 1]
        before = text[: mark.index].rstrip(" ")[-1:]
    if char == "\t":
        return "a tab character; YAML indentation uses spaces only", mark
    if "mapping values are not allowed" in problem and mark is not None:
        indented = _indented_key(text, mark)
        if indented is not None:
            return (
                "this field is indented further than the line above; fields of one block "
                "start in the same column (remove the extra spaces)",
                indented,
            )
    if "could not find expected ':'" in problem and err.context_mark is not None:
        return _missing_colon(text, err.context_mark), err.context_mark
    if "mapping values are not allowed" in problem:
        return (
            "': ' inside a text starts a new field; put the whole text in double quotes "
            '("Qui a dit : ... ?")',
            mark,
        )
    if "quoted scalar" in context:
        where = err.context_mark
        return "the quote opened here is never closed", where or mark
    if "cannot start any token" in problem:
        return f"a value cannot start with '{char}'; put the text in double quotes", mark
    if mark is not None and "block" in context and before in ("'", '"'):
        return _after_quote_advice(text, mark, before)
    if mark is not None and "block" in context and before in ("]", "}"):
        opened = _bracketed_start(text, mark)
        if opened is not None:
            kind = "a list" if before == "]" else "a 'key: value' block"
            return (
                f"a text that starts with '{text[opened.index]}' is read as {kind}; put the "
                f'whole text in double quotes ("{text[opened.index]}...{before} ...")',
                opened,
            )
    if "block mapping" in context or "block collection" in context:
        return (
            "this line does not line up with the ones above; check its indentation "
            "(fields of one block start in the same column, list entries with '- ')",
            mark,
        )
    if "flow sequence" in context or "flow mapping" in context:
        closing = "]" if "sequence" in context else "}"
        return f"a list or block opened here is not closed with '{closing}'", err.context_mark
    if "nesting depth" in problem:
        return "the file is nested too deeply to be an exercise file", mark
    if "another document" in problem:
        return "only one document per file: remove the '---' line", mark
    if "alias" in problem:
        return "aliases (*name) are not allowed; write the value out", mark
    if "tag" in problem:
        return f"{problem} (tags such as !!python/... are not allowed)", mark
    return problem or str(err).splitlines()[0], mark
