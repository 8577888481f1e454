"""Names written right after a nationality noun: "la Néerlandaise Femke Bol", "l'Allemande
Malaika Mihambo", "le Kényan Eliud Kipchoge".

Sports and foreign news introduce people this way all the time, and the model often reads the
nationality and a first name it does not know as one thing: an organisation ("Néerlandaise
Femke Bol"), a person cut short ("Kényan Eliud"), a noun and an adjective. The words themselves
are plain: an article, a capitalised nationality, then two or three capitalised words, with
particles between them ("le Néerlandais Mathieu van der Poel").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tutor.extract.name_forms import clean_name, is_nationality

if TYPE_CHECKING:
    from tutor.nlp import Doc

_WORD = r"[A-ZÀ-Ý][\w’'-]*[^\W\d_]"
_PARTICLE = r"(?:van|der|den|von|de|da|di|del|dos|do|le|la|ben|al|el|ter|ten|Van|De|Le|La) "
_NATIONAL_NAME = re.compile(
    r"(?<![\w’'])(?:[Ll]e |[Ll]a |[Ll]['’]|[Dd]u |[Aa]u )"
    rf"(?P<nationality>{_WORD}) "
    rf"(?P<name>{_WORD}(?: (?:{_PARTICLE})*{_WORD}){{1,2}})(?![\w’'-]| [A-ZÀ-Ý])"
)


def names_after_nationalities(doc: Doc, body: str) -> list[tuple[int, int, str]]:
    """Every name after an article and a nationality noun, as (start, end, name); not an
    organisation the model names on its own after it ("l'Américain Goldman Sachs")."""
    firms = {e.start_char for e in doc.ents if e.label_ == "ORG"}
    found = []
    for m in _NATIONAL_NAME.finditer(body):
        if not is_nationality(m["nationality"]) or m.start("name") in firms:
            continue
        name = clean_name(m["name"])
        if name is not None and body.startswith(name, m.start("name")):
            found.append((m.start("name"), m.start("name") + len(name), name))
    return found
