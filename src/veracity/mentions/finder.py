"""Find the systems, makers, organisations and countries a claim's text names.

1. **Exact.** Left to right, the longest n-gram of joined tokens whose key is in the alias index
   wins ("Kazakhstan Paramount Engineering" before "Kazakhstan"). A plural "s" is tried off the
   last token ("Su-30SMs", "Rafales"). Short acronyms must be written in capitals ("TAI", "EU"),
   one-word names must be capitalised ("Cobra", not "cobra"), and a one-word name that reads as a
   person or a place here is set aside (see `veracity.mentions.cues`).
2. **Near misses.** Runs of capitalised or designation-shaped tokens that are not yet matched go
   to `AliasIndex.near` (rapidfuzz within a bucket). A hit is kept only with a cue that the
   maker or system is meant, never when one key merely extends the other ("Irkutsk" is a city,
   not a misspelling of Irkut).
3. **Countries and regions** come from the shared `CountryResolver`, minus those inside a name
   ("Kazakhstan" in "Kazakhstan Paramount Engineering", "Turkish" in "Turkish Aerospace").
"""

from __future__ import annotations

import itertools
import re
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from veracity.lexicons import lexicon
from veracity.lexicons.relations import alternation
from veracity.mentions.catalog import Catalog, Entity, EntityKind, catalog
from veracity.mentions.cues import (
    attribution_cue,
    english_words,
    in_english,
    longer_name,
    maker_cue,
    named_weapon,
    person_or_place,
    role_cue,
    sentence_initial,
)
from veracity.mentions.index import Alias, AliasIndex, alias_index
from veracity.mentions.keys import Token, tokenise, words
from veracity.mentions.narrowing import Cue, narrow
from veracity.mentions.places import compounds
from veracity.mentions.readings import one_family
from veracity.mentions.roles import RoleMention, find_roles
from veracity.sources.countries import CountryMention, CountryResolver, RegionMention, countries
from veracity.sources.importers.sipri_categories import supports
from veracity.sources.names import name_key
from veracity.sources.registry import Sources
from veracity.text import FUNCTION_WORDS

__all__ = ["Mention", "Mentions", "Rejected", "find_mentions"]

_CACHE_SIZE = 512
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
"""An article before a capital's name: "the Berlin" is a ship's name, not the state."""
_PREDICATE = re.compile(r"\s+(?:is|was|are|were)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}", re.I)
"""A copula between a name and the role words said of it ("The Cobra is a helicopter")."""
_NEXT_WORD = re.compile(r"[\s-]+(\w+)")
"""The word right after a name ("chassis" of "K9 chassis")."""
_PART_OF = re.compile(r"(\w+)\s+of\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
"""A noun with "of" right before a name ("chassis" of "the chassis of the K9")."""
_MAKING = re.compile("-" + alternation("manufacture", "compound") + r"\b", re.IGNORECASE)
"""A participle of making hyphened to a word ("Chengdu-built", "Baykar-made"): the word names
who made the thing, a maker (or a place), not a system that shares the word."""
_MAKER_WORD = "a maker's first word before a participle of making"
_ORIGIN_GAP = re.compile(r"(?:" + _MAKING.pattern + r")?\s+", re.IGNORECASE)
"""What may stand between an origin adjective and the name it is said of: a space, or a
participle of making ("the French Caracal", "a Belarusian-built Caracal")."""
_MAX_FUZZY_TOKENS = 4
_MULTIWORD_SCORE = 90.0


@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in the text and the entities it may denote."""

    start: int
    end: int
    text: str
    entities: tuple[Entity, ...]
    alias: str
    """The dataset's spelling of the name matched ("Otokar" for "Otocar", "Sukhoi Su-30SM")."""
    score: float = 100.0
    cue: str = ""
    """Why a near miss was accepted."""
    possessive: bool = False
    readings: tuple[Entity, ...] = field(default=(), compare=False)
    """Every system the name may denote before the context narrowed them (empty: not narrowed)."""
    cues: tuple[Cue, ...] = field(default=(), compare=False)
    """The context that narrowed `readings` to the systems of `entities`."""

    def judged(self, *spans: tuple[int, int]) -> tuple[Entity, ...]:
        """The systems a verifier judging the words at `spans` checks them against: narrowed
        by every cue but those words (`veracity.mentions.narrowing`), so that the words judged
        never chose the row that confirms them."""
        if not self.readings:
            return self.of("system")
        return narrow(self.readings, self.cues, judged=spans)

    @property
    def exact(self) -> bool:
        return self.score >= 100.0

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end

    def of(self, kind: EntityKind) -> tuple[Entity, ...]:
        return tuple(e for e in self.entities if e.kind == kind)


@dataclass(frozen=True, slots=True)
class Rejected:
    """A name the text contains but that context says is something else."""

    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Mentions:
    """Everything named in one text, left to right."""

    text: str
    names: tuple[Mention, ...]
    countries: tuple[CountryMention, ...]
    regions: tuple[RegionMention, ...]
    rejected: tuple[Rejected, ...] = ()

    def of(self, kind: EntityKind) -> list[Mention]:
        return [m for m in self.names if m.of(kind)]

    @property
    def systems(self) -> list[Mention]:
        return self.of("system")

    @property
    def makers(self) -> list[Mention]:
        return self.of("maker")

    @property
    def organisations(self) -> list[Mention]:
        return self.of("organisation")


def _phrases(text: str, runs: list[RoleMention]) -> list[tuple[int, int]]:
    """The spans of role runs, and of two runs with one word between as one phrase ("armoured
    recovery vehicles": "recovery" is no role word of its own)."""
    joined = [
        (a.start, b.end)
        for a, b in itertools.pairwise(runs)
        if re.fullmatch(r"\s+[a-z]+\s+", text[a.end : b.start])
    ]
    return [*((r.start, r.end) for r in runs), *joined]


def _surface_ok(alias: Alias, surface: str) -> bool:
    """Whether `surface` is written as the name `alias` may be: a name of role words only
    with every word capitalised (never a class's acronym), an acronym in capitals, a one-word
    name capitalised, and a designation whose letters are capitals ("OF-40", "AS532") not all
    in lower case, where they read as words ("of 40", "as 532"). A system's acronym of four
    letters or more must be in capitals too ("PAGE", "IRIS": "Page", "Iris" are words or other
    names); an organisation's may be written as the press writes it ("Nato")."""
    letters = "".join(c for c in surface if c.isalpha())
    if alias.generic:  # "light combat aircraft" is a class; "Light Combat Aircraft" a name
        if alias.acronym:  # a class's acronym ("MLRS") names the class, never one system
            return False
        return all(w[:1].isupper() for w in re.split(r"[\s-]+", surface) if w)
    if alias.acronym:
        if len(alias.key) <= 3 or alias.entity.kind == "system":
            return letters.isupper()
        return not letters.islower()
    if alias.wordlike:
        return surface[:1].isupper()
    named = "".join(c for c in alias.surface if c.isalpha())
    return not (named.isupper() and letters.islower())


def _goes_on(text: str, tokens: list[Token], after: int) -> bool:
    """True if the name ending before token `after` ends in a digit and a hyphen joins a number
    to it ("Mirage 2000-9"): the number is part of the designation, not of the text around."""
    if not 0 < after < len(tokens):
        return False
    last, following = tokens[after - 1], tokens[after]
    return (
        last.text[-1:].isdigit()
        and following.text[:1].isdigit()
        and text[last.end : following.start] == "-"
    )


def _in_country_name(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    """True for a system's name inside a country's name, or that is one ("Republic" of "the
    Republic of Korea"): the span is the country, never a system."""
    if not mention.entities or any(e.kind != "system" for e in mention.entities):
        return False
    return any(s <= mention.start and mention.end <= e for s, e in spans)


class _Finder:
    def __init__(self, sources: Sources) -> None:
        self.index: AliasIndex = alias_index(sources)
        self.catalog: Catalog = catalog(sources)
        self.countries: CountryResolver = countries(sources)
        self.known = frozenset(self.index.first_tokens)
        self.country_words = frozenset(
            m.text
            for m in self.countries.find(
                " ; ".join(
                    sorted(
                        {
                            a.surface
                            for aliases in self.index.exact.values()
                            for a in aliases
                            if a.wordlike
                        }
                    )
                )
            )
        )
        self.english = english_words()
        self._cache: OrderedDict[str, Mentions] = OrderedDict()
        self._words: dict[str, tuple[Entity, ...]] | None = None

    def find(self, text: str) -> Mentions:
        cached = self._cache.get(text)
        if cached is None:
            cached = self._find(text)
            self._cache[text] = cached
            if len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)
        return cached

    def _find(self, text: str) -> Mentions:
        tokens = tokenise(text)
        names: dict[int, tuple[int, Mention]] = {}  # first token -> (end token, mention)
        rejected: list[Rejected] = []
        places = list(self.countries.find(text))
        country_spans = [(c.start, c.end) for c in places]
        capitals = frozenset(
            (c.start, c.end)
            for c in places
            if c.capital and not _ARTICLE_BEFORE.search(text, 0, c.start)
        )
        # a capital after an article ("the Berlin") may still be the system of that name
        states = [(c.start, c.end) for c in places if not c.capital or (c.start, c.end) in capitals]
        plain = {
            k
            for k, t in enumerate(tokens)
            if not any(s <= t.start < e for s, e in country_spans)
            and t.text.lower() not in FUNCTION_WORDS
        }
        ends: set[int] = set()  # where the names found so far end
        i = 0
        while i < len(tokens):
            unknown_before = i - 1 in plain and i not in ends
            found = self._exact_at(text, tokens, i, rejected, unknown_before, capitals)
            if found is not None and _in_country_name(found[1], states):
                mention = found[1]
                reason = "part of a country's name"
                rejected.append(Rejected(mention.start, mention.end, mention.text, reason))
                found = None
            if found is None:
                i += 1
                continue
            names[i] = found
            ends.add(found[0])
            i = found[0]
        gone = [(r.start, r.end) for r in rejected] + country_spans  # no near misses there
        set_aside = {k for k, t in enumerate(tokens) if any(s <= t.start < e for s, e in gone)}
        for start, end, mention in self._near(text, tokens, names, set_aside):
            for first in [k for k, (e, _) in names.items() if start <= k < end]:
                del names[first]
            names[start] = (end, mention)
        spans = [(m.start, m.end) for _, m in names.values()]

        def free(start: int, end: int) -> bool:
            return not any(s < end and start < e for s, e in spans)

        places = [c for c in self.countries.find(text) if free(c.start, c.end)]
        places += compounds(text, self.countries, [(c.start, c.end) for c in places])
        spans += [(c.start, c.end) for c in places]  # "South African" is no "African" region

        ordered = sorted((m for _, m in names.values()), key=lambda m: m.start)
        family = [m for m in ordered if self._family_name(text, m)]
        rejected += [
            Rejected(m.start, m.end, m.text, "a family the data lists by variant") for m in family
        ]
        ordered = [self._with_versions(m) for m in ordered if m not in family]
        return Mentions(
            text=text,
            names=tuple(self._disambiguate(text, m, ordered, places) for m in ordered),
            countries=tuple(sorted(places, key=lambda c: c.start)),
            regions=tuple(r for r in self.countries.find_regions(text) if free(r.start, r.end)),
            rejected=tuple(rejected),
        )

    def _family_name(self, text: str, mention: Mention) -> bool:
        """A one-word name the role words next to it say is not the system the data holds under
        it, but one whose name goes on with a mark ("Leopard tanks": the Leopard 2A4, not the
        Leopard armoured car). Such a short name is the press's name for a family."""
        systems = mention.of("system")
        if not systems or " " in mention.text.strip() or len(systems) != len(mention.entities):
            return False
        near = [
            run.categories
            for run in find_roles(text)
            if run.categories
            and (
                0 <= run.start - mention.end <= 1
                or 0 <= mention.start - run.end <= 1
                or _PREDICATE.fullmatch(text, mention.end, run.start) is not None
            )
        ]
        if not near or any(s.text("category") in cats for s in systems for cats in near):
            return False
        key = name_key(mention.text)
        longer = [
            alias.entity
            for name in self.index.longer(key)
            if name[len(key) : len(key) + 1].isdigit()
            for alias in self.index.lookup(name)
        ]
        others = [*longer, *self._word_of().get(key, ())]
        return any(
            other.kind == "system" and other.text("category") in cats
            for other in others
            for cats in near
        )

    def _with_versions(self, mention: Mention) -> Mention:
        """A one-word name the data holds for one system but also, with a mark after it, for
        the versions of another from another country ("Mirage": a German light aircraft, and
        the French Mirage-2000, Mirage F-1A, … fighters) may mean either: every one is a
        candidate, so that a verdict rests only on what they all share. Versions or parts of
        the same system (one origin, or `one_family`) change nothing."""
        systems = mention.of("system")
        if not systems or len(systems) != len(mention.entities) or not mention.exact:
            return mention
        written = [t.key for t in tokenise(mention.text)]
        if len(written) != 1:
            return mention
        key = written[0]
        versions = [
            alias.entity
            for name in self.index.longer(key)
            for alias in self.index.lookup(name)
            if alias.entity.kind == "system"
            and alias.entity not in systems
            and "(" not in alias.surface  # "Krab (K9 hull)": a note, no version mark
            and _marked_after(key, [t.key for t in tokenise(alias.surface)])
        ]
        versions = list(dict.fromkeys(versions))
        origins = {o for s in systems for o in s.values("origin")}
        elsewhere = [v for v in versions if set(v.values("origin")) - origins]
        if not elsewhere or one_family([*systems, *versions]):
            return mention  # a system and its own versions or parts ("Patriot", "PAC-3")
        return replace(mention, entities=(*systems, *versions))

    def _word_of(self) -> dict[str, tuple[Entity, ...]]:
        """Entities by each word of their several-word names ("cobra" → the AH-1 Cobra)."""
        if self._words is None:
            words: dict[str, list[Entity]] = {}
            for aliases in self.index.exact.values():
                for alias in aliases:
                    keys = [t.key for t in tokenise(alias.surface)]
                    for word in keys if len(keys) > 1 else ():
                        words.setdefault(word, []).append(alias.entity)
            self._words = {k: tuple(dict.fromkeys(v)) for k, v in words.items()}
        return self._words

    def _disambiguate(
        self,
        text: str,
        mention: Mention,
        found: list[Mention],
        places: Sequence[CountryMention] = (),
    ) -> Mention:
        """Keep the systems a shared name ("Javelin", "Leopard 2") may mean in this text.

        The makers the text names decide first ("Javelin … made by Lockheed Martin"), then the
        role words ("an anti-tank missile"), then words of a vehicle that supports others ("an
        armoured recovery vehicle"), then an origin adjective before the name ("the French
        Caracal", "a Belarusian-built Caracal"); if none narrows the choice, all readings stay.
        Each piece of context is kept as a cue, so that a verifier can leave out the words it
        judges (`Mention.judged`)."""
        systems = self._wholes(text, mention)
        if len(systems) < len(mention.of("system")):
            others = tuple(e for e in mention.entities if e.kind != "system")
            mention = replace(mention, entities=(*systems, *others))
        if len(systems) < 2:
            return mention
        cues = [
            Cue("maker", m.span, kept)
            for m in found
            if m is not mention
            for kept in [
                tuple(s for s in systems if any(self.catalog.builds(e, s) for e in m.of("maker")))
            ]
            if kept
        ]
        runs = find_roles(text)
        cues += [
            Cue("role", (run.start, run.end), kept)
            for run in runs
            if run.categories
            for kept in [tuple(s for s in systems if s.text("category") in run.categories)]
            if kept
        ]
        cues += [
            Cue("support", span, tuple(s for s in systems if supports(s.text("role"))))
            for span in _phrases(text, runs)
            if supports(text[span[0] : span[1]])
        ]
        # "Büffel armoured recovery vehicles": a vehicle that supports others, not the APC
        # that shares its name
        cues += [
            Cue("origin", (place.start, place.end), kept)
            for place in places
            if place.adjective and _ORIGIN_GAP.fullmatch(text, place.end, mention.start)
            for kept in [tuple(s for s in systems if self._comes_from(s, place.country.iso3))]
            if kept
        ]
        kept = narrow(systems, cues)
        entities = mention.entities
        if kept != systems:
            entities = (*kept, *(e for e in mention.entities if e.kind != "system"))
        return replace(mention, entities=entities, readings=systems, cues=tuple(cues))

    def _comes_from(self, system: Entity, iso3: str) -> bool:
        """True if the system's origin, or its makers' country, is the country `iso3`."""
        return iso3 in self.catalog.origin(system) or iso3 in self.catalog.maker_countries(system)

    def _wholes(self, text: str, mention: Mention) -> tuple[Entity, ...]:
        """The systems a name may mean, without the parts SIPRI records under the same name
        (a row whose role ends in a noun of lexicon part-nouns, "self-propelled gun chassis")
        when a whole system of the same origin shares it: a bare "K9" is the howitzer, the
        chassis only when that noun goes with the name ("a licensed K9 chassis", "the chassis
        of the K9")."""
        systems = mention.of("system")
        nouns = lexicon("part-nouns")
        after = _NEXT_WORD.match(text, mention.end)
        before = _PART_OF.search(text, 0, mention.start)
        for word in (after.group(1) if after else "", before.group(1) if before else ""):
            if word.lower() in nouns or word.lower().removesuffix("s") in nouns:
                return systems

        def part(system: Entity) -> bool:
            role = system.text("role").lower().split()
            return bool(role) and role[-1] in nouns

        wholes = [s for s in systems if not part(s)]
        return tuple(
            s
            for s in systems
            if not part(s)
            or not any(set(s.values("origin")) & set(w.values("origin")) for w in wholes)
        )

    def _mention(
        self, text: str, tokens: list[Token], i: int, j: int, aliases: list[Alias], **extra: object
    ) -> Mention:
        return Mention(
            start=tokens[i].start,
            end=tokens[j - 1].end,
            text=text[tokens[i].start : tokens[j - 1].end],
            entities=tuple(dict.fromkeys(a.entity for a in aliases)),
            alias=aliases[0].surface,
            possessive=tokens[j - 1].possessive,
            **extra,  # type: ignore[arg-type]
        )

    def _exact_at(
        self,
        text: str,
        tokens: list[Token],
        i: int,
        rejected: list[Rejected],
        unknown_before: bool,
        capitals: frozenset[tuple[int, int]] = frozenset(),
    ) -> tuple[int, Mention] | None:
        """The longest known name starting at token i; `unknown_before` says the token before
        is a word of no known name (nor a country, nor a function word); `capitals` are the
        spans of capitals read as their state ("Berlin delivered"), which a one-word name
        spelt the same (a ship "Berlin") does not take."""
        first = tokens[i].key
        if not self.index.extends(first) and not (
            first.endswith("s") and len(first) > 2 and self.index.lookup(first[:-1])
        ):
            return None  # no name begins with this token, nor is it the plural of one
        for size in range(self._longest_window(tokens, i), 0, -1):
            window = tokens[i : i + size]
            key = "".join(t.key for t in window)
            surface = text[window[0].start : window[-1].end]
            aliases = [a for a in self.index.lookup(key) if _surface_ok(a, surface)]
            if not aliases and key.endswith("s") and len(window[-1].key) > 2:
                aliases = [a for a in self.index.lookup(key[:-1]) if _surface_ok(a, surface)]
            if not aliases and size > 1:
                aliases = self._versions(key) or self._designation_of(window)
                if aliases:  # "Mirage F1": the family of the catalogue's F-1A, F-1C, …
                    return i + size, self._mention(text, tokens, i, i + size, aliases)
            if not aliases:
                if size == 1 and _MAKING.match(text, window[-1].end) and not self._place(surface):
                    makers = self._makers_named(window[0].key, surface)
                    if makers:  # "Lockheed-built": no name of its own, one maker's first word
                        return i + 1, self._mention(text, tokens, i, i + 1, makers, cue=_MAKER_WORD)
                continue
            if size == 1 and all(a.entity.kind == "system" for a in aliases):
                making = _MAKING.match(text, window[-1].end)
                if making:  # "Chengdu-built": a maker's word, never a system's
                    makers = self._makers_named(window[0].key, surface)
                    if not makers:
                        reason = "a maker's word before a participle of making"
                        rejected.append(Rejected(window[0].start, window[-1].end, surface, reason))
                        return None
                    return i + 1, self._mention(text, tokens, i, i + 1, makers, cue=_MAKER_WORD)
            if all(a.wordlike for a in aliases):
                system = any(a.entity.kind == "system" for a in aliases)
                reason = person_or_place(text, tokens, i, i + size, self.known, system)
                if not reason and surface in self.country_words:
                    reason = "a country"
                if not reason and (window[0].start, window[-1].end) in capitals:
                    reason = "a capital standing for its state"
                if not reason and system and all(a.entity.kind == "system" for a in aliases):
                    reason = sentence_initial(text, tokens, i)
                    categories = {a.entity.text("category") for a in aliases}
                    if reason and named_weapon(text, window[0].start, window[-1].end, categories):
                        reason = ""
                if not reason:
                    reason = longer_name(tokens, i, i + size, unknown_before)
                if reason:
                    rejected.append(Rejected(window[0].start, window[-1].end, surface, reason))
                    return None
            if _goes_on(text, tokens, i + size):
                end = tokens[i + size].end
                reason = "a longer designation the data does not hold"
                rejected.append(Rejected(window[0].start, end, text[window[0].start : end], reason))
                return None
            return i + size, self._mention(text, tokens, i, i + size, aliases)
        return None

    def _place(self, word: str) -> bool:
        """True if the word is a country's or its adjective ("Turkish" of "Turkish-made"): an
        origin, not the first word of a maker's name ("Turkish Aerospace")."""
        return any(c.start == 0 and c.end == len(word) for c in self.countries.find(word))

    def _makers_named(self, key: str, surface: str) -> list[Alias]:
        """The aliases of the one maker whose name opens with the word `key` ("Chengdu" of
        "Chengdu Aircraft Corporation"); none if no maker's name or several makers' do, or
        the word is a country's."""
        if surface in self.country_words or not surface[:1].isupper():
            return []
        found = [
            alias
            for name in self.index.longer(key)
            for alias in self.index.lookup(name)
            if alias.entity.kind == "maker" and tokenise(alias.surface)[0].key == key
        ]
        return found if len({a.entity for a in found}) == 1 else []

    def _versions(self, key: str) -> list[Alias]:
        """The catalogue's versions of a family written without version letters: the names
        whose key is `key` (ending in a number) plus one or two letters ("mirage f1" → F-1A,
        F-1C, …); none when `key` does not end in a number."""
        if not key[-1:].isdigit():
            return []
        return [
            alias
            for longer in self.index.longer(key)
            if _VERSION_MARK.fullmatch(longer[len(key) :])
            for alias in self.index.lookup(longer)
            if alias.entity.kind == "system"
        ]

    def _designation_of(self, window: list[Token]) -> list[Alias]:
        """A designation written without the name after it ("F-4D" of "F-4D Phantom-2",
        plural "F-4Ds"): the one system whose catalogue name begins with those whole words.
        Only a designation with a number qualifies, and only when the names it begins all
        denote one entity."""
        keys = [t.key for t in window]
        if not any(c.isdigit() for c in keys[-1]):
            return []
        forms = [keys]
        if keys[-1].endswith("s") and len(keys[-1]) > 2:
            forms.append([*keys[:-1], keys[-1][:-1]])
        for form in forms:
            found = [
                alias
                for longer in self.index.longer("".join(form))
                for alias in self.index.lookup(longer)
                if alias.entity.kind == "system"
                and [t.key for t in tokenise(alias.surface)][: len(form)] == form
            ]
            if found and len({a.entity for a in found}) == 1:
                return found
        return []

    def _longest_window(self, tokens: list[Token], i: int) -> int:
        """How many tokens from i on may form one name: joined to each other, no possessive
        before the last, and no more once their key begins no name (a longer n-gram's key, and
        that key without a plural "s", would begin with it too)."""
        limit = min(self.index.max_tokens, len(tokens) - i)
        size, key = 1, tokens[i].key
        while size < limit and self.index.extends(key):
            following = tokens[i + size]
            if not following.joined or tokens[i + size - 1].possessive:
                break
            size += 1
            key += following.key
        return size

    def _candidates(self, tokens: list[Token]) -> Iterator[list[int]]:
        run: list[int] = []
        for k, token in enumerate(tokens):
            usable = (token.capitalised or any(c.isdigit() for c in token.key)) and (
                token.text.lower() not in FUNCTION_WORDS
            )
            if usable and run and token.joined and not tokens[run[-1]].possessive:
                run.append(k)
                continue
            if run:
                yield run
            run = [k] if usable else []
        if run:
            yield run

    def _near(
        self,
        text: str,
        tokens: list[Token],
        names: dict[int, tuple[int, Mention]],
        set_aside: set[int],
    ) -> Iterator[tuple[int, int, Mention]]:
        owner = {k: first for first, (end, _) in names.items() for k in range(first, end)}
        exact = [m for _, m in names.values()]
        for run in self._candidates(tokens):
            taken: set[int] = set()
            for size in range(min(_MAX_FUZZY_TOKENS, len(run)), 0, -1):
                for a in range(run[0], run[-1] - size + 2):
                    b = a + size
                    span = set(range(a, b))
                    if span & taken or span <= set_aside or all(k in owner for k in span):
                        continue  # a name set aside by its context is no near miss either
                    inner = {owner[k] for k in span if k in owner}
                    if any(not span.issuperset(range(f, names[f][0])) for f in inner):
                        continue
                    mention = self._near_span(
                        text, tokens, a, b, [names[f][1] for f in inner], exact
                    )
                    if mention is not None:
                        taken |= span
                        yield a, b, mention

    def _near_span(
        self,
        text: str,
        tokens: list[Token],
        a: int,
        b: int,
        inner: list[Mention],
        exact: list[Mention],
    ) -> Mention | None:
        key = "".join(t.key for t in tokens[a:b])
        fixed = tuple(w for w in words(tokens[a:b]) if any(c.isdigit() for c in w))
        hits = self.index.near(key, fixed)
        if not hits:
            return None
        if b - a == 1 and in_english(tokens[a].text, self.english):
            return None  # an English word ("Marine", "Being") is meant as itself, not as a slip
        aliases = [alias for hit, _ in hits for alias in self.index.lookup(hit)]
        aliases = [al for al in aliases if all(al.entity in m.entities for m in inner)]
        aliases = [al for al in aliases if all(al.surface != m.alias for m in inner)]
        # a known name plus other words ("<maker> F" of "<maker> F-4E") is that name, found
        # already, beside another word: no misspelling of it
        written = [t.key for t in tokens[a:b]]
        aliases = [al for al in aliases if not _leading_words(written, al.surface)]
        start, end = tokens[a].start, tokens[b - 1].end
        system = any(al.entity.kind == "system" for al in aliases)
        if not aliases or (b - a == 1 and person_or_place(text, tokens, a, b, self.known, system)):
            return None
        cues = {
            al: self._cue(text, start, end, al.entity, inner, exact, b - a, hits[0][1])
            for al in aliases
        }
        kept = [al for al in aliases if cues[al]]
        if not kept or len({al.entity for al in kept}) > 1:
            return None  # no cue, or a tie the context cannot break
        if all(_version_of(written, al.surface) for al in kept):
            return self._mention(text, tokens, a, b, kept, cue="the family name of a version")
        if all(_letters_dropped(written, al.surface) for al in kept):
            return self._mention(text, tokens, a, b, kept, cue="the maker's name and the number")
        return self._mention(text, tokens, a, b, kept, score=hits[0][1], cue=cues[kept[0]])

    def _cue(
        self,
        text: str,
        start: int,
        end: int,
        entity: Entity,
        inner: list[Mention],
        exact: list[Mention],
        size: int,
        score: float,
    ) -> str:
        """Why the writer plausibly meant `entity` here; "" if nothing says so."""
        for other in exact:
            if other in inner:
                continue
            for related in other.entities:
                maker, system = (entity, related) if entity.kind == "maker" else (related, entity)
                pair = maker.kind == "maker" and system.kind == "system"
                if pair and self.catalog.builds(maker, system):
                    return f"the text also names {related.name}"
        if inner:
            return f"it contains “{inner[0].text}”"
        if size > 1 and score >= _MULTIWORD_SCORE:
            return "it closely matches that several-word name"
        if entity.kind == "maker":
            return maker_cue(text, start, end) or attribution_cue(text, start)
        if entity.kind == "system":
            return role_cue(text, start, end, entity.text("category"))
        return ""


def _marked_after(key: str, theirs: list[str]) -> bool:
    """A catalogue name that is the one-word name `key` and a version mark with a number
    after it: "Mirage-2000" ("mirage2000"), "Mirage F-1A" (the words "mirage", "f1a"). A
    name ending in a number goes on with other digits to another designation ("K2", "K200")."""
    joined = theirs[0][len(key) : len(key) + 1] if theirs and theirs[0].startswith(key) else ""
    if joined.isdigit() and key[-1:].isalpha():
        return True
    mark = "".join(theirs[1:3])  # "F-1A" may be the words "f" and "1a"
    return len(theirs) > 1 and theirs[0] == key and any(c.isdigit() for c in mark)


def _leading_words(written: list[str], surface: str) -> bool:
    """The words written are the first whole words of a longer name ("Tucano" of "Tucano-R"):
    a shorter name, not a misspelling of the longer one."""
    theirs = [t.key for t in tokenise(surface)]
    return len(theirs) > len(written) and theirs[: len(written)] == written


_VERSION_MARK = re.compile(r"[a-z]{1,2}")


def _letters_dropped(written: list[str], surface: str) -> bool:
    """The words written are a name that opens with its maker's word, then the designation's
    number without the designation's letters ("CASA 295" of "CASA C-295", "AgustaWestland 109"
    of "AgustaWestland AW109"): the press's usual form, correct, not a misspelling."""
    theirs = [t.key for t in tokenise(surface)]
    if len(written) != 2 or len(theirs) < 2 or written[0] != theirs[0]:
        return False
    number, designation = written[1], "".join(theirs[1:])
    if not number.isdigit():
        return False
    letters = designation[: len(designation) - len(number)]
    return designation.endswith(number) and letters.isalpha() and len(letters) <= 2


def _version_of(written: list[str], surface: str) -> bool:
    """The words written are a version's name without its version letters ("F-14 Tomcat" of
    "F-14A Tomcat"): the family is named, correctly, not a misspelling of the version."""
    theirs = [t.key for t in tokenise(surface)]
    if len(theirs) != len(written) or theirs == written:
        return False
    return all(
        mine == their
        or (
            mine[-1:].isdigit()
            and their.startswith(mine)
            and bool(_VERSION_MARK.fullmatch(their[len(mine) :]))
        )
        for mine, their in zip(written, theirs, strict=True)
    )


def find_mentions(text: str, sources: Sources) -> Mentions:
    """Systems, makers, organisations, countries and regions named in `text`."""
    return sources.derived("mentions.finder", _Finder).find(text)
