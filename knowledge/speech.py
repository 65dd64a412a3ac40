"""Who said what, in the shapes news writing uses, as open facts (`measure_kind` "said").

- `"…," X said.` / `"…," said X.` / `"…" X told reporters.`
- `"…," X said, "…"` — a quotation split around its speaker;
- `X said (that) …` / `X told Y (that) …` / `X warned …`;
- `According to X, …`;
- a quotation with no speaker of its own, after a sentence that named one.
The speech verbs are data (`domain/cues.toml`, `speech_verbs`); a speaker is a run of capitalised words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from knowledge.cues import cues, fold
from knowledge.models import Citation, Fact, Span

NAME = r"(?P<who>(?:[A-Z][\w'’.-]+)(?:\s+(?:(?:von|van|der|de|la|du|al)\s+){0,2}[A-Z][\w'’.-]+){0,3})"
QUOTE = r"[\"“](?P<what>[^\"”]{8,}?)[,.!?]?[\"”]"
MIN_WORDS = 3
NUMBERED_SENTENCE = re.compile(r"sentence (\d+)$")


@dataclass(frozen=True)
class Said:
    speaker: str
    what: str


def _verbs() -> str:
    return "|".join(sorted((re.escape(verb) for verb in cues().raw.speech_verbs), key=len, reverse=True))


@cache
def _patterns() -> list[re.Pattern[str]]:
    verbs = r"(?:" + _verbs() + r")"
    when = r"(?:\s+(?:on|in|last|this|earlier)(?:\s+[\w-]+){1,2})?"
    return [
        # "…," X said, "…"   (split around the speaker)
        re.compile(QUOTE + r"\s*,?\s*" + NAME + r"\s+" + verbs + when + r"\s*,\s*" + QUOTE.replace("what", "more")),
        # "…," said X / "…," X said
        re.compile(
            QUOTE + r"\s*,?\s*(?:" + verbs + r"\s+" + NAME + r"|" + NAME.replace("who", "who2") + r"\s+" + verbs + ")"
        ),
        # According to X, …
        re.compile(r"\bAccording to " + NAME + r",\s+(?P<what>[^.;]{12,})"),
        # X said (last month) that … / X told allies in Brussels in February that …
        re.compile(NAME + r"\s+" + verbs + r"(?:\s+[\w,]+){0,8}?\s+that\s+(?P<what>[^;]{12,})"),
    ]


def _speaker(name: str) -> str:
    """'Secretary-General Mark Rutte' -> 'Mark Rutte': titles and countries before a name are not the name."""
    words = name.split()
    titles = cues().role_words | cues().role_modifiers | cues().title_words
    while len(words) > 1 and (fold(words[0]) in titles or words[0].isupper()):
        words = words[1:]
    return " ".join(words)


def said_in(sentence: str) -> list[Said]:
    """Statements with their speakers in one sentence."""
    found: list[Said] = []
    for pattern in _patterns():
        for match in pattern.finditer(sentence):
            groups = match.groupdict()
            who = groups.get("who") or groups.get("who2")
            what = " … ".join(part.strip() for part in (groups.get("what"), groups.get("more")) if part)
            if who and len(what.split()) >= MIN_WORDS and who.split()[0] not in NOT_SPEAKERS:
                found.append(Said(_speaker(who.strip().rstrip(".")), what.strip(' ,."“”')))
        if found:
            return found
    return found


def attributed_after(sentence: str) -> bool:
    """'"…," Rutte wrote in the report.': a quotation its attribution follows to the sentence's end, which the
    next sentence's bare quotation may carry on ('"To do so, …"')."""
    return re.fullmatch(r"\s*" + QUOTE + r"[^\"“”]*", sentence) is not None


def quotation_carried_on(begun: Citation, going_on: Citation, text: str) -> Citation | None:
    """The citation of both sentences of a quotation an attribution ended and the bare one right after it in the
    same paragraph ('paragraph 3, sentences 1–2'); None when the second sentence does not follow the first."""
    if not begun.span or not going_on.span:
        return None
    start, end = begun.span.start, going_on.span.end
    first, last = NUMBERED_SENTENCE.search(begun.locator), NUMBERED_SENTENCE.search(going_on.locator)
    paragraph = begun.locator[: first.start()] if first else None
    if not first or not last or going_on.locator[: last.start()] != paragraph:
        return None
    if text[begun.span.end : going_on.span.start].strip():
        return None
    locator = f"{paragraph}sentences {first.group(1)}–{last.group(1)}"
    return begun.model_copy(update={"locator": locator, "quote": text[start:end], "span": Span(start=start, end=end)})


def quotation_joined(
    facts: dict[str, Fact], begun_id: str | None, going_on: Citation, said: str, text: str
) -> tuple[Citation, str] | None:
    """A bare quotation going on from the quotation fact `begun_id` (its attribution ended it): that fact taken out
    of `facts`, and the citation and words of both sentences ('… quantum leap … To do so, …'); None when it does not
    go on from it."""
    begun = facts.get(begun_id) if begun_id else None
    carried = quotation_carried_on(begun.citation, going_on, text) if begun else None
    if begun is None or carried is None:
        return None
    del facts[begun.id]
    return carried, f"{begun.text} … {said}"


def bare_quotation(sentence: str) -> str | None:
    """A sentence that is only a quotation (its speaker named in the sentence before), maybe set apart as a block
    quote ('> "America pays 70% of the bills."')."""
    match = re.fullmatch(r"\s*(?:>\s*)*" + QUOTE + r"\s*", sentence)
    return match.group("what") if match else None


# Capitalised words that open a sentence but are not speakers ("The report said …").
NOT_SPEAKERS = frozenset({"The", "This", "That", "It", "He", "She", "They", "We", "I", "A", "An", "Its", "Their"})
