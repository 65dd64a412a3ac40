"""A ranked list: numbered items, each on a paragraph of its own, opening on whom it ranks and their figure ('1.
**Poland — 4.12% of GDP.**', '2. Estonia: 3.43%'), after a line saying the list is a ranking ('Here is the top ten
for 2024, …'). Each item's number is the place of whom it names in that ranking, of the one year the introduction
names (else the document's year). The items' own figures and sentences are read as any sentence is.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from knowledge.cues import cues
from knowledge.entities import canonical_subject, entity_tables
from knowledge.models import Block, Citation, Document, Fact, Span, Unit
from knowledge.readers.prose import ProseDocument

# An item's number, maybe its lead set in bold, whom it names, and a dash or a colon before its figure.
RANKED_ITEM = re.compile(
    r"[ \t]{0,3}(?P<rank>\d{1,2})[.)][ \t]+(?:\*\*|__)?(?P<name>[^\W\d_][^*_:—–\n]{0,40}?)[ \t]*[—–:][ \t]*"
    r"[~≈]?[$€£]?\d"
)
WORD = re.compile(r"[^\W_]+")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
ORDINAL = re.compile(r"(\d{1,2})(?:st|nd|rd|th)")
MINIMUM_RANKED_ITEMS = 3  # two numbered lines may be any list; three naming entities in order are a ranking


@dataclass(frozen=True)
class RankedItem:
    rank: int
    subject: str
    block: Block
    lead_end: int  # where the words naming whom it ranks and their figure end


def ranked_items(prose: ProseDocument) -> list[tuple[RankedItem, str]]:
    """Every item of the document's ranked lists, each with the text introducing its list."""
    found: list[tuple[RankedItem, str]] = []
    run: list[RankedItem] = []
    introduction = ""
    for block in prose.blocks:
        item = _item(prose, block)
        if item is not None and (not run or item.rank == run[-1].rank + 1):
            run.append(item)
            continue
        found += _ranking(run, introduction)
        run = [item] if item is not None else []
        if item is None:
            introduction = prose.text[block.span.start : block.span.end]
    return found + _ranking(run, introduction)


def _item(prose: ProseDocument, block: Block) -> RankedItem | None:
    match = RANKED_ITEM.match(prose.text, block.span.start, block.span.end)
    if match is None or not block.sentences:
        return None
    subject = canonical_subject(match.group("name"))
    known = subject in entity_tables().entries
    return RankedItem(int(match.group("rank")), subject, block, match.end()) if known else None


def _ranking(run: list[RankedItem], introduction: str) -> list[tuple[RankedItem, str]]:
    """The items of a run when it is a ranking: three or more, under a line saying it ranks them."""
    words = _words(introduction)
    introduced = any(
        words[at : at + len(cue)] == cue
        for cue in map(_words, cues().raw.ranking_introductions)
        for at in range(len(words))
    )
    return [(item, introduction) for item in run] if len(run) >= MINIMUM_RANKED_ITEMS and introduced else []


def _earlier_place(text: str, year: int | None) -> tuple[int, str] | None:
    """'Down from 2nd.', 'Climbs from 4th last year', 'Ranked 5th a year ago', 'Riga was 9th in 2023': the place an
    item's sentences say its entity held the year before the list's, and that year."""
    table = cues().raw
    words = _words(text)
    for at, word in enumerate(words[1:], start=1):
        place = ORDINAL.fullmatch(word)
        if place is None or words[at - 1] not in table.earlier_place_before:
            continue
        after = words[at + 1 : at + 1 + max(len(_words(cue)) for cue in table.earlier_place_after)]
        stated = after[1] if after[:1] == ("in",) and len(after) > 1 and YEAR.fullmatch(after[1]) else None
        earlier = any(after[: len(_words(cue))] == _words(cue) for cue in table.earlier_place_after)
        if year is not None and (stated == str(year - 1) or (stated is None and (earlier or words[at - 1] == "from"))):
            return int(place.group(1)), str(year - 1)
    return None


def _words(text: str) -> tuple[str, ...]:
    return tuple(word.casefold() for word in WORD.findall(text))


def ranked_facts(document: Document, prose: ProseDocument, default_period: str | None) -> list[Fact]:
    """A rank fact for each item of the document's ranked lists, cited to the item's first sentence."""
    facts: list[Fact] = []
    for item, introduction in ranked_items(prose):
        years = set(YEAR.findall(introduction))
        period = years.pop() if len(years) == 1 else default_period
        # '3. Russia — $149 bn' is read as two sentences, '3.' and the rest: the item's lead is cited whole
        last = next((s for s in item.block.sentences if s.end >= item.lead_end), item.block.sentences[-1])
        span = Span(start=item.block.sentences[0].start, end=last.end)
        quote = prose.quote(span)
        key = f"{document.id}|{span.start}|ranked"
        facts.append(_rank_fact(document, item, (item.rank, period), (span, 1, quote), key, introduction))
        year = int(period) if period and period.isdigit() else None
        for number, later in enumerate(item.block.sentences, start=1):
            earlier = _earlier_place(prose.quote(later), year)
            if earlier is not None:
                said = (later, number, prose.quote(later))
                facts.append(_rank_fact(document, item, earlier, said, f"{key}|{later.start}", introduction))
                break
    return facts


def _rank_fact(
    document: Document,
    item: RankedItem,
    place: tuple[int, str | None],
    said: tuple[Span, int, str],
    key: str,
    introduction: str,
) -> Fact:
    span, number, quote = said
    return Fact(
        id=hashlib.sha256(key.encode()).hexdigest()[:16],
        subject=item.subject,
        measure="open:rank",
        value=float(place[0]),
        unit=Unit.RANK,
        text=quote,
        period=place[1],
        citation=Citation(
            document=document.id, locator=f"paragraph {item.block.index}, sentence {number}", quote=quote, span=span
        ),
        measure_text=introduction.strip(),
        measure_kind="rank",
        recognised=place[1] is not None,
        open_only=True,
    )
