"""The answers of an interview written as questions and answers: the interviewee's words.

"— Comment en est-on arrivé là ? — Il y a d'abord une cause naturelle : …": in an interview
laid out as marked turns (a dash, or "Q :" / "R :"), every answer is the interviewee's speech,
with no speech verb and no quotation marks. The layout must leave no doubt: at least two marked
questions each followed by a marked answer, an introduction before the first question that
names one person (the interviewee; "Propos recueillis par X" names the interviewer), and
answers in the first person. An ordinary article with a question in it is none of this.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import TYPE_CHECKING

from tutor.extract.transcript import transcript_turns
from tutor.facts import Quote

if TYPE_CHECKING:
    from tutor.extract.people import PeopleIndex

_PARAGRAPH = re.compile(r"[^\n]+")
_QUESTION_MARK = re.compile(r"(?:[—–-]|Q\s*[:.]|Question\s*:)\s+")
_ANSWER_MARK = re.compile(r"(?:[—–-]|R\s*[:.]|Réponse\s*:)\s+")
_ASKS = re.compile(r"\?\s*[»”\"')]?\s*$")
_FIRST_PERSON = re.compile(
    r"(?<!\w)(?:je|j['’]|me|m['’]|moi|mon|ma|mes|nous|notre|nos)(?!\w)", re.IGNORECASE
)
_BY_WHOM = re.compile(r"\b(?:par|avec)\s+$", re.IGNORECASE)
"""Before a name, "Propos recueillis par", "Entretien réalisé par": the interviewer."""
_COLLECTED = re.compile(
    r"\b(?:propos\s+recueillis|entretien\s+réalisé|interview\s+réalisée)\s+par\b", re.IGNORECASE
)
"""The interviewer's signature ("Propos recueillis par Julien Ferrière"): answers that speak of
the trial more than of the speaker ("Les effets indésirables observés …") are still hers."""
_MY = re.compile(r"^(mon|ma|mes|notre|nos)\s+(\w[\w-]*)(.*)$", re.IGNORECASE | re.DOTALL)
MIN_TURNS = 2


@dataclass(frozen=True)
class _Turn:
    start: int
    end: int
    text: str
    mark: str
    more: bool = False
    """A paragraph with no mark of its own that goes on with the answer before it."""


def _paragraphs(body: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _PARAGRAPH.finditer(body) if m.group().strip()]


def _answers(body: str) -> tuple[int, list[_Turn], list[_Turn]] | None:
    """Where the first question starts, each answer right after a question and each such
    question (their text without their mark); None when the article has no marked question
    followed by a marked answer. The unmarked paragraphs that follow an answer, up to the next
    question, go on with it ("R : Nous n'avons plus que douze élèves.\nJe ne peux pas …")."""
    paragraphs = _paragraphs(body)
    first_question: int | None = None
    answers: list[_Turn] = []
    questions: list[_Turn] = []
    going_on: list[_Turn] | None = None
    for n, ((at, text), (next_at, next_text)) in enumerate(pairwise([*paragraphs, (-1, "")])):
        inline = _inline_turn(at, text) if n > 0 else None
        if inline is not None:
            # the question and its answer in one paragraph; what follows is the article's
            answers += going_on or []
            going_on = None
            first_question = at if first_question is None else first_question
            questions.append(inline[0])
            answers.append(inline[1])
            continue
        question = _QUESTION_MARK.match(text)
        if question is None or not _ASKS.search(text):
            if going_on is not None and answers and at > answers[-1].start:
                # more of the answer, until a paragraph that cannot be (a heading)
                going_on = [*going_on, _more(at, text, answers[-1])] if _goes_on(text) else None
            continue
        answers += going_on or []
        going_on = None
        answer = _ANSWER_MARK.match(next_text)
        if answer is None or _ASKS.search(next_text):
            continue
        first_question = at if first_question is None else first_question
        said = next_text[answer.end() :].rstrip()
        start = next_at + answer.end()
        answers.append(_Turn(start, start + len(said), said, answer.group().strip()))
        going_on = []
        asked = text[question.end() :].rstrip()
        questions.append(_Turn(at + question.end(), at + question.end() + len(asked), asked, ""))
    if first_question is None:
        return None
    return first_question, answers, questions


_INLINE_TURN = re.compile(r"(?P<asked>\S.*?(?P<end>[?…]|(?<=\w)\.))\s+[–—]\s+(?P<said>\S.*)")
"""A question and its answer in one paragraph, after a dash: "Que teste exactement cet essai ?
– Nous évaluons …", "Le roman n'est pourtant pas autobiographique… – « Non, et j'y tiens. »"."""
_WHOLE_QUOTE = re.compile(r"«\s*(?P<said>[^«»]*(?:«[^«»]*»[^«»]*)*?)\s*»\s*$")


def _inline_turn(at: int, text: str) -> tuple[_Turn, _Turn] | None:
    """The question and the answer of a paragraph that holds both; None for any other. After
    a statement put to the interviewee ("La critique a salué une écriture très sobre. – « J'ai
    beaucoup coupé. »"), the answer must open a quotation: a dateline ("Laval, mardi 17
    novembre 2026. – Il y a deux ans …") opens the article's own words. An answer in
    quotation marks is their inside, where its quotation starts."""
    found = _INLINE_TURN.match(text)
    if found is None or (found["end"] == "." and not found["said"].startswith("«")):
        return None
    asked = found["asked"]
    question = _Turn(at + found.start("asked"), at + found.end("asked"), asked, "")
    said, start = found["said"].rstrip(), at + found.start("said")
    whole = _WHOLE_QUOTE.match(said)
    if whole is not None:
        said, start = whole["said"], start + whole.start("said")
    mark = text[found.end("asked") : found.start("said")].strip()
    return question, _Turn(start, start + len(said), said, mark)


def _goes_on(text: str) -> bool:
    """Whether an unmarked paragraph after an answer may be more of it: full sentences, no
    question, no mark of a turn (not a heading, not the interviewer's next question)."""
    stripped = text.strip()
    marked = _QUESTION_MARK.match(stripped) or _ANSWER_MARK.match(stripped)
    return not marked and not _ASKS.search(stripped) and stripped.endswith((".", "!", "…", "»"))


def _more(at: int, text: str, answer: _Turn) -> _Turn:
    """A paragraph that goes on with `answer`, with the answer's mark as its own."""
    said = text.strip()
    start = at + text.index(said)
    return _Turn(start, start + len(said), said, answer.mark, more=True)


_YOU_SAID = re.compile(
    r"\b(?P<cue>vous\s+(?:l['’]\s*)?(?:avez\s+)?(?:dites|dit|écrivez|écrit|affirmez|affirmé|"
    r"expliquez|expliqué|déclarez|déclaré|répétez|répété|soutenez|soutenu))\b[^«»?!.]{0,80}$",
    re.IGNORECASE,
)
"""In a question, the interviewee's own words taken up: "Vous dites dans votre livre que"."""
_QUOTED = re.compile(r"«\s*(?P<said>[^«»]+?)\s*»")
_SENTENCE_END = re.compile(r"[.!?…]")


def _taken_up(who: str, questions: list[_Turn]) -> list[Quote]:
    """ "— Vous dites dans votre livre que « l'eau ne manque pas ». N'est-ce pas …": words the
    question quotes as the interviewee's ("vous dites", "vous avez écrit") are hers."""
    found = []
    for turn in questions:
        for quoted in _QUOTED.finditer(turn.text):
            lead = _YOU_SAID.search(turn.text, 0, quoted.start())
            if lead is None:
                continue
            ends = [m.end() for m in _SENTENCE_END.finditer(turn.text, 0, lead.start())]
            first = ends[-1] if ends else 0
            last = _SENTENCE_END.search(turn.text, quoted.end())
            sentence = turn.text[first : last.end() if last else len(turn.text)].strip()
            start = turn.start + quoted.start("said")
            said = quoted["said"]
            found.append(
                Quote(who, said, "direct", lead["cue"], sentence, start, start + len(said))
            )
    return found


def _interviewee(body: str, title: str, people: PeopleIndex, before: int) -> str | None:
    """The one person the introduction names, not as the interviewer; of several, the one
    the sentence that introduces the interview names ("Nous avons interrogé Marie Dubois, qui
    lui a succédé"), else the one the title names too."""
    named: list[str] = []
    for mention in people.mentions_in(0, before):
        name = people.name_of(mention)
        if not _BY_WHOM.search(body[max(0, mention.start - 30) : mention.start]):
            named += [name] if name not in named else []
    if len(named) == 1:
        return named[0]
    introduced = {
        people.name_of(m)
        for start, end in _introductions(body, before)
        for m in people.mentions_in(start, end)
    } & set(named)
    if len(introduced) == 1:
        return introduced.pop()
    in_title = [n for n in named if n in title]
    return in_title[0] if len(in_title) == 1 else None


_INTRODUCES = re.compile(
    r"\b(?:interrog\w*|rencontr\w*|interview\w*|questionn\w*|joint\w* par|entretien avec|"
    r"répond\w* à nos questions|nous a reçus?|s['’]est confiée?s? à nous)\b",
    re.IGNORECASE,
)
"""What a sentence that introduces an interview says: "Nous avons interrogé Marie Dubois",
"Marie Dubois a accepté de répondre à nos questions"."""


def _introductions(body: str, before: int) -> list[tuple[int, int]]:
    """The sentences before offset `before` that introduce an interview (start, end)."""
    found = []
    start = 0
    for end in [m.end() for m in _SENTENCE_END.finditer(body, 0, before)] + [before]:
        if _INTRODUCES.search(body, start, end):
            found.append((start, end))
        start = end
    return found


def interview_answers(body: str, title: str, people: PeopleIndex) -> list[Quote]:
    """The answers of a question-and-answer interview as the interviewee's direct speech, one
    quotation per answer, its cue the answer's mark ("—", "R :"); none for any other article."""
    transcript = transcript_turns(body, people)  # "Marie Dubois : Nous n'avons plus …"
    found = _answers(body)
    if found is None:
        return transcript
    first_question, answers, questions = found
    # one question and its answer make an interview only when a sentence introduces it
    if len(questions) < (MIN_TURNS if not _introductions(body, first_question) else 1):
        return transcript
    marked = [a for a in answers if not a.more]
    first_person = sum(bool(_FIRST_PERSON.search(a.text)) for a in marked)
    if 2 * first_person < len(marked) and not (first_person and _COLLECTED.search(body)):
        return transcript  # a "questions and answers" explainer: the paper's words
    who = _interviewee(body, title, people, first_question)
    if who is None:
        return transcript
    # the cue is the answer's mark: the layout, not a verb, says who speaks
    said = [Quote(who, a.text, "direct", a.mark, a.text, a.start, a.end) for a in answers]
    said = [q for q in said if not any(t.start <= q.start < t.end for t in transcript)]
    return sorted(said + transcript + _taken_up(who, questions), key=lambda q: q.start)


def with_interview_answers(quotes: list[Quote], answers: list[Quote]) -> list[Quote]:
    """The quotations found by their cues and the interview's answers, in text order: an answer
    already quoted (in quotation marks) is not given twice, and "mon père" quoted in an answer
    is the interviewee's father."""
    if not answers:
        return quotes
    kept = [a for a in answers if not _quoted_already(quotes, a)]
    own = [_whose(q, answers) for q in quotes]
    return sorted(own + kept, key=lambda q: q.start)


def _quoted_already(quotes: list[Quote], answer: Quote) -> bool:
    """Whether direct quotations inside the answer make up half of it or more: the answer in
    marks, or cut by an incise ("— Nous n'avons plus que douze élèves, répond-elle. Je …")."""
    inside = [
        q for q in quotes if q.kind == "direct" and answer.start <= q.start and q.end <= answer.end
    ]
    return 2 * sum(q.end - q.start for q in inside) >= len(answer.text)


def _whose(quote: Quote, answers: list[Quote]) -> Quote:
    """ "Mon père, qui a 86 ans, me dit que …" in an answer: the interviewee's father."""
    answer = next((a for a in answers if a.start <= quote.start < a.end), None)
    if answer is not None and quote.kind == "direct" and not quote.cue:
        # no verb gives it to anyone else: the layout gives the answer's words to its speaker
        return replace(quote, speaker=answer.speaker)
    mine = _MY.match(quote.speaker) if answer is not None else None
    if answer is None or mine is None:
        return quote
    owner, noun, rest = mine.groups()
    plural = owner.lower() in ("mes", "nos")
    article = "les" if plural else "la" if owner.lower() == "ma" else "le"
    if not plural and noun[:1].lower() in "aeéèêiîoôuh":
        article = "l'"
    space = "" if article == "l'" else " "
    return replace(quote, speaker=f"{article}{space}{noun}{rest} de {answer.speaker}")
