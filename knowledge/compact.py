"""The compact snapshot body: a knowledge base's facts as columns of a table, their repeated strings once.

The snapshot file stays JSON (readable, diffable), but instead of one object per fact, naming every field
and every nested citation field again, it is

    {"format": 2, "kb": {...the knowledge base without its facts...},
     "fields": [...the columns...], "strings": [...], "qualifiers": [[...], ...],
     "facts": {"id": [...one value per fact...], "subject": [...], ..., "citation.quote": [...], ...}}

where a column holds one field of every fact, its citation's fields flattened in (`citation.quote`); strings that
facts repeat (subject, measure, period, document, sheet, quote, row and column labels…) are indices into
`strings`, a fact's qualifiers an index into `qualifiers`. Loading it skips pydantic's validation of each
fact (the file's SHA-256 header already vouches for what we wrote) and builds each `Fact` directly, with
the attribute dictionaries Python shares the keys of between instances and one shared fields-set: about
half the memory and a fifth of the time of validating the same facts from per-fact JSON objects.

Snapshots of format 1 (a `KnowledgeBase` as pydantic dumps it) still load, through pydantic.
"""

from __future__ import annotations

import ctypes
import gc
import json
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import repeat
from typing import Any

from pydantic import BaseModel

from knowledge.models import Citation, Fact, KnowledgeBase, Span, Unit

COMPACT_FORMAT = 2
COMPACT_PREFIX = b'{"format":2,'
# Fields stored as an index into `strings` (repeated across facts); the others are stored as they are.
SHARED = frozenset(
    {"subject", "measure", "unit", "currency", "period", "text", "measure_text", "measure_kind", "cited_source"}
)
SHARED_CITATION = frozenset({"document", "quote", "sheet", "row_label", "column_label"})
FACT_FIELDS = tuple(name for name in Fact.model_fields if name != "citation")
CITATION_FIELDS = tuple(Citation.model_fields)
COLUMNS = (*FACT_FIELDS, *(f"citation.{name}" for name in CITATION_FIELDS))


class CompactError(ValueError):
    """A compact snapshot body that does not decode."""


def share_fields_sets(kb: KnowledgeBase) -> KnowledgeBase:
    """Share what every fact repeats, in place: each pydantic model keeps the set of its fields given (a set
    of 19 names costs a fact ~2 KiB, its citation's ~700 bytes), and nothing ever changes such a set (a
    copy of a model copies it), so facts with the same fields given share one. Returns `kb`."""
    shared: dict[frozenset[str], set[str]] = {}

    def share(model: BaseModel) -> None:
        key = frozenset(model.__pydantic_fields_set__)
        one = shared.get(key)
        if one is None:
            one = shared[key] = set(key)
        object.__setattr__(model, "__pydantic_fields_set__", one)

    for fact in kb.facts:
        share(fact)
        share(fact.citation)
        if fact.citation.span is not None:
            share(fact.citation.span)
    return kb


def encode(kb: KnowledgeBase) -> bytes:
    """The compact JSON body of a knowledge base."""
    strings: dict[str, int] = {}
    qualifiers: dict[tuple[str, ...], int] = {}

    def index(text: str | None) -> int | None:
        return None if text is None else strings.setdefault(text, len(strings))

    columns: dict[str, list[Any]] = {name: [] for name in COLUMNS}
    fact_columns = [(name, columns[name]) for name in FACT_FIELDS]
    citation_columns = [(name, columns[f"citation.{name}"]) for name in CITATION_FIELDS]
    for fact in kb.facts:
        for name, column in fact_columns:
            value = getattr(fact, name)
            if name in SHARED:
                column.append(index(value))
            elif name == "qualifiers":
                column.append(qualifiers.setdefault(value, len(qualifiers)))
            else:
                column.append(value)
        citation = fact.citation
        for name, column in citation_columns:
            value = getattr(citation, name)
            if name in SHARED_CITATION:
                column.append(index(value))
            elif name == "span":
                column.append(None if value is None else [value.start, value.end])
            else:
                column.append(value)
    rest = kb.model_dump(mode="json", exclude={"facts"})
    body = {
        "format": COMPACT_FORMAT,
        "kb": rest,
        "fields": list(COLUMNS),
        "strings": list(strings),
        "qualifiers": [list(names) for names in qualifiers],
        "facts": columns,
    }
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def _share_field_names(model: type[BaseModel]) -> None:
    """Put a model's field names, in field order, in the keys its instances share (CPython), while there is room:
    every instance made uses up a place a new key could take, so after a few dozen (pydantic validating a
    knowledge base's facts) there is none, and each instance `_instances` builds would get a dictionary."""
    instance = model.__new__(model)
    for name in model.model_fields:
        object.__setattr__(instance, name, None)


def _instances(model: type[BaseModel], columns: list[tuple[str, Iterable[Any]]], count: int) -> list[Any]:
    """`count` instances of `model` from its fields' columns (in field order), not validated again, the way
    pydantic's `model_construct` does it, but a field at a time over all instances and without giving any
    instance a dictionary of its own: each keeps its values inline, under the keys its class shares, which
    costs ~64 bytes an instance less than a dictionary, and ~150 less than pydantic's own. (An instance
    makes its dictionary when something asks for it: pydantic when it compares or dumps the model.)"""
    setattr_ = object.__setattr__
    instances = list(map(model.__new__, repeat(model, count)))
    fields_set = {name for name, _ in columns}
    for name, values in (
        *columns,
        ("__pydantic_fields_set__", repeat(fields_set)),
        ("__pydantic_extra__", repeat(None)),
        ("__pydantic_private__", repeat(None)),
    ):
        deque(map(setattr_, instances, repeat(name), values), maxlen=0)
    return instances


for _model in (Span, Citation, Fact):
    _share_field_names(_model)


def decode(body: bytes) -> KnowledgeBase:
    """A knowledge base from its compact JSON body; `CompactError` (or pydantic's) when it does not decode."""
    try:
        with _no_cycle_collection():
            data = json.loads(body)
            if data.get("format") != COMPACT_FORMAT or tuple(data["fields"]) != COLUMNS:
                raise CompactError("another compact format")
            kb = KnowledgeBase.model_validate({**data["kb"], "facts": []})
            facts = _facts(data["facts"], data["strings"], [tuple(q) for q in data["qualifiers"]])
    except CompactError:
        raise
    except (KeyError, IndexError, TypeError, AttributeError, ValueError) as error:
        raise CompactError(f"not a compact snapshot body ({type(error).__name__})") from error
    kb.facts = facts
    del data
    _release_freed_memory()
    return kb


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """The cyclic garbage collector paused: what decoding makes forms no cycles, and a collection every few
    hundred thousand new objects went over all of them again (a fifth of the load time at 100,000 facts).
    Another thread decoding at the same time may see it paused too; only who paused it starts it again."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _release_freed_memory() -> None:
    """Give the memory the decoded JSON held back to the system. glibc keeps memory freed below memory still
    in use for the process to reuse (after a snapshot of 100,000 facts ~25 MB, little of it reused)."""
    if sys.platform.startswith("linux"):
        trim = getattr(ctypes.CDLL(None), "malloc_trim", None)  # glibc's; not musl's
        if trim is not None:
            trim(0)


NUMBERS = (float, int)
KINDS: dict[str, tuple[type, ...]] = {
    **{name: NUMBERS for name in ("value", "total", "scale")},
    **{name: (bool,) for name in ("estimate", "low_trust", "recognised", "open_only")},
    **{name: (str,) for name in ("id", "citation.locator", "citation.cell")},
    **{
        name: (int,) for name in ("qualifiers", *(c for c in COLUMNS if c.removeprefix("citation.") in SHARED_CITATION))
    },
    **{name: (int,) for name in SHARED},
    "citation.span": (list,),
}
REQUIRED = frozenset(
    {"id", "subject", "measure", "unit", "qualifiers", *(f"citation.{n}" for n in ("document", "locator", "quote"))}
)
OPTIONAL = frozenset(COLUMNS) - REQUIRED - {"estimate", "low_trust", "recognised", "open_only"}


def _column(values: list[Any], name: str, lookup: list[Any] | None) -> list[Any]:
    """One column, its types checked, its indices looked up in `lookup` (the shared strings or qualifiers)."""
    allowed = {*KINDS[name], *((type(None),) if name in OPTIONAL else ())}
    if not set(map(type, values)) <= allowed:
        found = sorted(kind.__name__ for kind in set(map(type, values)) - allowed)
        raise CompactError(f"{name} holds {', '.join(found)}")
    if lookup is None:
        return _shared_numbers(values) if KINDS[name] == NUMBERS else values
    present = [value for value in values if value is not None]
    if present and min(present) < 0:
        raise CompactError(f"{name} holds a negative index")
    return [None if index is None else lookup[index] for index in values]


def _shared_numbers(values: list[float | int | None]) -> list[float | None]:
    """The numbers as floats, each number one object however many facts give it (a float takes 32 bytes)."""
    shared: dict[float, float] = {}
    numbers: list[float | None] = []
    for value in values:
        if value is None:
            numbers.append(None)
        elif not value:
            numbers.append(float(value))  # -0.0 equals 0.0 but prints otherwise: zero is never shared
        else:
            number = float(value)
            numbers.append(shared.setdefault(number, number))
    return numbers


def _facts(table: dict[str, list[Any]], strings: list[str], qualifiers: list[tuple[str, ...]]) -> list[Fact]:
    if not all(type(text) is str for text in strings) or not all(
        type(name) is str for names in qualifiers for name in names
    ):
        raise CompactError("a shared string is not a string")
    if tuple(table) != COLUMNS or len({len(values) for values in table.values()}) != 1:
        raise CompactError("the fact columns are not those of a fact, or not of one length")
    columns: dict[str, Any] = {}
    for name in COLUMNS:
        shared = name in SHARED or name.removeprefix("citation.") in SHARED_CITATION
        values = table.pop(name)
        columns[name] = _column(values, name, strings if shared else qualifiers if name == "qualifiers" else None)
    units = {unit.value: unit for unit in Unit}
    try:
        columns["unit"] = [units[unit] for unit in columns["unit"]]
    except KeyError as error:
        raise CompactError(f"unknown unit {error}") from error
    spans = columns["citation.span"]
    offsets = [span for span in spans if span is not None]
    if not all(len(span) == 2 and type(span[0]) is int and type(span[1]) is int for span in offsets):
        raise CompactError("a span is not two offsets")
    built = iter(_instances(Span, [("start", [s for s, _ in offsets]), ("end", [e for _, e in offsets])], len(offsets)))
    columns["citation.span"] = [None if span is None else next(built) for span in spans]
    count = len(columns["id"])
    citation_columns = [(name, columns[f"citation.{name}"]) for name in CITATION_FIELDS]
    columns["citation"] = _instances(Citation, citation_columns, count)
    return _instances(Fact, [(name, columns[name]) for name in Fact.model_fields], count)
