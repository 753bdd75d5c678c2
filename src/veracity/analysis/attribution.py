"""Attribution and reported speech: who says the claim's statement, and how.

Claims keep the article's words, so a true statement often comes with its frame: "According to
AFP, …", "…, the ministry said on Monday", "X told Reuters that …", "officials say …", "as
Reuters reported", "X confirmed that …". The frame names who speaks, not what is said. This
stage finds it and how it is said:

- `stated`: a verb of lexicon `speech-verbs` (say, tell, report, confirm, announce, …) or an
  opener of `attribution-openers` ("according to"). The frame's words are not judged (the
  aggregate rule leaves them out of the words a `supported` verdict must cover) and the statement
  is what is checked; a quotation in it is the speaker's words, its fact still checkable.
- `hedged`: a verb of `hedged-speech-verbs` (hopes, expects, plans, claims, alleges, believes,
  …). The statement is a hope, a plan or the speaker's allegation, not established by the
  frame, so the claim is never decided: the data that confirms or contradicts the embedded
  statement does not confirm or contradict that it was hoped or alleged (a claim is true that
  "X alleges that P" when P is false). The rule is the same for claims and allegations: the
  verdict is `not-enough-evidence` even when a dataset decides the embedded fact.
- `denied`: a verb of `denial-speech-verbs` ("X denied that …"). The statement is said to be
  false; `veracity.polarity` turns the claim around, and the frame's words stay judged.

Forms, read on the claim's words (positions are the text's):

- opener: "According to <source>, <statement>", "As reported by <source>, …", "As <source>
  reported, …"; with a colon: "<source> said: <statement>";
- tail: "<statement>, <source> said <time>", inverted "<statement>, said <source>", and
  "<statement>, according to <source>";
- embedded: "<source> said (to <hearer>) that <statement>", "<source> told <hearer> that …";
  "say" also without "that" ("Officials say Poland ordered …");
- aside: ", <source> said," or ", as <source> reported," inside the sentence, and "as reported
  by <source>".

A source is a short noun phrase: at most `MAX_SOURCE` words, no figure and no verb of the
relations lexicon (so "Poland ordered 48 jets and said that …" is no frame: the order is part of
what is checked).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from veracity.analysis.verb_forms import verb_forms
from veracity.findings import Span
from veracity.lexicons import lexicon
from veracity.lexicons.relations import _lexicon as _relations

__all__ = ["MAX_SOURCE", "Attribution", "Frame", "read_attribution"]

MAX_SOURCE = 10
"""Words of a source's noun phrase at most ("Poland's deputy defence minister Paweł Bejda")."""

_WORD = re.compile(r"[\w'’.\-]+")
_QUOTES = '"“”‘’«»'
_CLAUSE = lexicon("speech-clause-openers")
"""Words that open a clause, not a source's noun phrase."""
_JOINS = frozenset(["and", "or"])
"""Clause openers that also join two sources ("Poland and South Korea said")."""
_AUX = lexicon("speech-auxiliaries")
"""Words between a source and its speech verb ("the ministry has also said")."""
_TIME_OPENERS = lexicon("speech-times")
"""Words that may open the time or place of a tail after its verb (", officials said on
Monday"); a weekday or a month opens it too."""


@dataclass(frozen=True, slots=True)
class Frame:
    """One attribution frame of a claim."""

    span: Span
    """The frame's words in the claim text (source, verb, hearer, time)."""
    source: str
    """Who speaks, in the claim's words ("the ministry", "AFP")."""
    verb: str
    """The speech verb or opener as written ("said", "according to")."""
    form: str
    """"opener", "tail", "embedded" or "aside"."""
    stance: str
    """"stated" (passed on as fact), "hedged" (a hope, plan or allegation) or "denied"."""

    def summary(self) -> str:
        said = {"stated": "attributed to", "hedged": "hedged by", "denied": "denied by"}
        return (
            f"{said[self.stance]} {self.source} (“{self.verb}”, not judged)"
            if (self.stance == "stated")
            else f"{said[self.stance]} {self.source} (“{self.verb}”, not decided)"
        )


@dataclass(frozen=True, slots=True)
class Attribution:
    """The frames of a claim and the statement they frame."""

    frames: tuple[Frame, ...]
    statement: Span
    """The span of what was said (the whole text when there is no opener, tail or embedding)."""
    quoted: tuple[Span, ...] = ()
    """Quotations in the statement: the speaker's own words."""

    @property
    def unjudged(self) -> tuple[Span, ...]:
        """The spans of the frames whose words are not judged (stance `stated`)."""
        return tuple(f.span for f in self.frames if f.stance == "stated")

    @property
    def undecidable(self) -> tuple[Frame, ...]:
        """The hedged frames: with one, the claim is not decided."""
        return tuple(f for f in self.frames if f.stance == "hedged")

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.source for f in self.frames))


@cache
def _verbs(name: str) -> frozenset[str]:
    return frozenset(form for lemma in lexicon(name) for form in verb_forms(lemma))


_LEMMAS = lexicon("speech-verbs") | lexicon("hedged-speech-verbs")
"""A source may hold a speech verb's bare form, which is also a noun ("the report", "a
statement" is no verb form), never an inflected one ("the minister said X told")."""
_IRREGULAR_SAY = frozenset(verb_forms("say") | {"said"})
_TELL = frozenset(verb_forms("tell") | {"told"})


def _stance(word: str) -> str | None:
    lowered = word.lower()
    if lowered in _verbs("speech-verbs"):
        return "stated"
    if lowered in _verbs("hedged-speech-verbs"):
        return "hedged"
    if lowered in _verbs("denial-speech-verbs"):
        return "denied"
    return None


@cache
def _content_verbs() -> re.Pattern[str]:
    """The finite and participle forms of the relations lexicon (deal verbs, making, …)."""
    forms: set[str] = set()
    lexicon_data = _relations()
    for group in lexicon_data.get("deal_verbs", {}).values():
        forms.update(str(w).lower() for w in group if " " not in str(w))
    for verb_class in lexicon_data["classes"].values():
        for key in ("active", "passive"):
            forms.update(str(w).lower() for w in verb_class.get(key, ()) if " " not in str(w))
    return re.compile("|".join(sorted(map(re.escape, forms), key=len, reverse=True)))


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower().strip(".")


def _words(text: str, start: int, end: int) -> list[_Word]:
    return [
        _Word(start + m.start(), start + m.end(), m.group())
        for m in _WORD.finditer(text[start:end])
        if m.group().strip(".")
    ]


def _source_ok(words: list[_Word]) -> bool:
    """A short noun phrase: a few words, no figure, no clause opener, no content verb."""
    if not 0 < len(words) <= MAX_SOURCE or words[0].lower in _CLAUSE:
        return False
    verbs = _content_verbs()
    return not any(
        any(ch.isdigit() for ch in w.text)
        or (w.lower in _CLAUSE and w.lower not in _JOINS)
        or w.lower in _AUX
        or verbs.fullmatch(w.lower)
        or (_stance(w.text) is not None and w.lower not in _LEMMAS)
        for w in words
    )


def _strip_aux(words: list[_Word]) -> list[_Word]:
    while words and words[-1].lower in _AUX:
        words = words[:-1]
    return words


def _hearer(words: list[_Word]) -> list[_Word]:
    """The hearer of "told <hearer> <time>": the words before the time."""
    for j in range(1, len(words)):
        if _time_ok(words[j:]):
            return words[:j]
    return words


def _time_ok(words: list[_Word]) -> bool:
    """Empty, or the time and place of the speech: opened by a time word or a preposition, with
    no content verb."""
    if not words:
        return True
    if len(words) > 8:
        return False
    opening = words[0].lower
    timely = (
        opening in _TIME_OPENERS
        or opening in lexicon("weekday-names")
        or opening in lexicon("month-names")
    )
    verbs = _content_verbs()
    return timely and not any(verbs.fullmatch(w.lower) or _stance(w.text) for w in words)


def _text_of(text: str, words: list[_Word]) -> str:
    return " ".join(text[words[0].start : words[-1].end].strip(_QUOTES + " ,.").split())


_OPENERS = tuple(sorted(lexicon("attribution-openers")))
_END = re.compile(r"[\s.!;" + _QUOTES + r"]*$")


def _tail(text: str, end: int) -> Frame | None:
    """The frame after the last comma of text[:end], if the text ends with one."""
    comma = text.rfind(",", 0, end)
    if comma < 0:
        return None
    words = _words(text, comma + 1, end)
    if not words:
        return None
    span = (comma, end)
    if words[0].lower in _OPENERS and len(words) > 2 and words[1].lower == "to":
        source = words[2:]
        if _source_ok(source):
            return Frame(span, _text_of(text, source), "according to", "tail", "stated")
        return None
    if (stance := _stance(words[0].text)) is not None:  # inverted: ", said the minister"
        source = words[1:]
        if _source_ok(source) and stance != "denied":
            return Frame(span, _text_of(text, source), words[0].text, "tail", stance)
        return None
    for k, word in enumerate(words[1:], start=1):
        stance = _stance(word.text)
        if stance is None:
            continue
        source = _strip_aux(words[:k])
        rest = words[k + 1 :]
        if word.lower in _TELL and rest:  # "told Reuters on Monday"
            rest = rest[len(_hearer(rest)) :]
        if _source_ok(source) and _time_ok(rest):
            return Frame(span, _text_of(text, source), word.text, "tail", stance)
    return None


def _embedded(text: str, start: int) -> tuple[Frame, int] | None:
    """The frame "<source> <verb> (<hearer>) that" (or ":" after the verb, or "say" with no
    "that") opening text[start:], and where the statement starts."""
    words = _words(text, start, len(text))
    for k, word in enumerate(words[: MAX_SOURCE + 3]):
        stance = _stance(word.text)
        if stance is None or k == 0:
            continue
        source = _strip_aux(words[:k])
        if not _source_ok(source):
            continue
        # the hearer or time between the verb and "that" ("told Reuters", "said on Monday")
        that = next(
            (j for j in range(k + 1, min(len(words), k + 7)) if words[j].lower == "that"), None
        )
        between = words[k + 1 : that] if that is not None else []
        tell = word.lower in _TELL
        if that is not None and (_time_ok(between) or (tell and _source_ok(_hearer(between)))):
            begin = words[that].end
        elif re.match(r"\s*:", text[word.end :]) and not tell:
            begin = word.end + text[word.end :].index(":") + 1
        elif (
            word.lower in _IRREGULAR_SAY
            and k + 1 < len(words)
            and "," not in text[start : words[k + 1].start]
        ):
            begin = word.end  # "Officials say Poland ordered …"
        else:
            continue
        if not _words(text, begin, len(text)):
            return None
        frame = Frame((start, begin), _text_of(text, source), word.text, "embedded", stance)
        return frame, begin
    return None


def _opener(text: str) -> tuple[Frame, int] | None:
    """ "According to <source>, …", "As reported by <source>, …", "As <source> reported, …"."""
    comma = text.find(",")
    if comma < 0:
        return None
    words = _words(text, 0, comma)
    if len(words) > 2 and words[0].lower in _OPENERS and words[1].lower == "to":
        if _source_ok(words[2:]):
            return Frame(
                (0, comma + 1), _text_of(text, words[2:]), "according to", "opener", "stated"
            ), comma + 1
        return None
    if len(words) > 2 and words[0].lower == "as":
        if (stance := _stance(words[1].text)) and words[2].lower == "by":
            source = words[3:]
            verb = words[1].text
        elif (stance := _stance(words[-1].text)) is not None:
            source, verb = _strip_aux(words[1:-1]), words[-1].text
        else:
            return None
        if stance != "denied" and _source_ok(source):
            return Frame((0, comma + 1), _text_of(text, source), verb, "opener", stance), comma + 1
    return None


_ASIDE = re.compile(r",\s*as\s+(?P<words>[^,;]+?)\s*,|,(?P<said>[^,;]+?),")


def _asides(text: str, start: int, end: int) -> list[Frame]:
    """ ", as <source> reported," / ", <source> said," / "as reported by <source>" inside."""
    found: list[Frame] = []
    for m in _ASIDE.finditer(text, start, end):
        inner = m.group("words") if m.group("words") is not None else m.group("said")
        offset = m.start("words") if m.group("words") is not None else m.start("said")
        words = _words(text, offset, offset + len(inner))
        if len(words) < 2:
            continue
        if (stance := _stance(words[0].text)) and words[1].lower == "by":
            source, verb = words[2:], words[0].text  # ", as reported by Reuters,"
        elif (stance := _stance(words[-1].text)) is not None:
            source, verb = _strip_aux(words[:-1]), words[-1].text
        else:
            continue
        if stance == "stated" and _source_ok(source):
            found.append(Frame(m.span(), _text_of(text, source), verb, "aside", stance))
    for m in re.finditer(r"\bas\s+(?P<verb>\w+)\s+by\s+", text[start:end], re.IGNORECASE):
        if _stance(m.group("verb")) != "stated" or any(
            f.span[0] <= start + m.start() < f.span[1] for f in found
        ):
            continue
        by: list[_Word] = []  # the source: up to a clause, a time or a comma
        for w in _words(text, start + m.end(), end):
            if w.lower in _CLAUSE or w.lower in _TIME_OPENERS:
                break
            by.append(w)
            if text[w.end : w.end + 1] in ",;":
                break
        if by and _source_ok(by):
            found.append(
                Frame(
                    (start + m.start(), by[-1].end),
                    _text_of(text, by),
                    m.group("verb"),
                    "aside",
                    "stated",
                )
            )
    return found


@lru_cache(maxsize=4096)
def read_attribution(text: str) -> Attribution:
    """The attribution frames of a claim text and the statement they frame."""
    frames: list[Frame] = []
    start, end = 0, len(text)
    if (opened := _opener(text)) is not None:
        frames.append(opened[0])
        start = opened[1]
    else:
        trailing = _END.search(text)
        tail = _tail(text, trailing.start() if trailing else len(text))
        if tail is not None and tail.span[0] > 0:
            frames.append(Frame((tail.span[0], len(text)), *_fields(tail)))
            end = tail.span[0]
    if (embedded := _embedded(text, start)) is not None:
        frames.append(embedded[0])
        start = embedded[1]
    frames += _asides(text, start, end)
    quoted = tuple(
        (m.start(), m.end()) for m in re.finditer(r"[\"“][^\"“”]+[\"”]", text[start:end])
    )
    quoted = tuple((a + start, b + start) for a, b in quoted)
    return Attribution(tuple(sorted(frames, key=lambda f: f.span)), (start, end), quoted)


def _fields(frame: Frame) -> tuple[str, str, str, str]:
    return frame.source, frame.verb, frame.form, frame.stance
