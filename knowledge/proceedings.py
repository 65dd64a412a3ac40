"""The formal voice of a debate, said again in the first and second person: 'Could the chair confirm …' asks 'Could
you confirm …'; 'The delegation of Canada, mindful of its citizens' contribution, would like to know …' is 'As the
delegate of Canada, I would like to know …' when the question speaks as 'we', else 'I would like to know …';
'Point of information: …' is a label, no word of the question; 'remind delegates who …' asks 'remind me who …'.

Only the words standing for the bot or the asker are changed, where a request follows them: 'Who chairs the Military
Committee?' and 'What did the delegation of Poland propose?' ask about someone, and stay. The words are data in
questions.toml [proceedings].
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge import domain, lexicon
from knowledge.letters import alternation
from knowledge.words import normalise

# What the asker's request is, right after the words standing for them ('would like to know', 'asks', 'wishes to')
MODALS = ("would", "will", "wants", "wishes", "should", "can", "could", "may", "might", "hereby", "respectfully")
# What a request to the bot is, right after the words standing for it ('could the chair confirm', 'the chair to …')
ADDRESSED_BEFORE = ("to", "please", "kindly", "be", "able")
# 'we' and 'our' in what the asker asks: they speak for the delegation's country, which must then be said
FIRST_PLURAL = re.compile(r"\b(?:we|our|ours)\b", re.IGNORECASE)
# What a question after the thanks opens with besides a question word, when it has no question mark ('… thanks the
# chair; please state …', '…; did Slovenia …')
ASKING_VERBS = ("did", "does", "do", "is", "are", "was", "were", "could", "can", "would", "will", "please")
COUNTRY_WORDS = 5  # words a country's name runs to after 'the delegation of' ('the United Kingdom')


def in_plain_voice(text: str) -> str:
    """`text` with the debate's third person said as 'I', 'you' and 'me', and its procedural label off."""
    if not _may_speak_formally(text):
        return text
    text = _thanks().sub("", _label().sub("", text, count=1), count=1)
    text = _addressee().sub(lambda found: found.group("before") + "you", text)
    text = _audience().sub(lambda found: found.group("verb") + " me", text)
    return _asker().sub(_as_the_asker, text)


def _may_speak_formally(text: str) -> bool:
    """Whether the message has a word of the debate's formal voice at all (most do not: read them no further)."""
    return bool(set(normalise(text).split()) & _formal_words())


@lru_cache(maxsize=1)
def _formal_words() -> frozenset[str]:
    words = domain.question_words().proceedings
    phrases = [*words.addressees, *words.askers, *words.audiences, *words.labels]
    return frozenset(phrase.split()[-1] for phrase in phrases)  # their heads: 'chair', 'delegation', 'information'


@lru_cache(maxsize=1)
def _label() -> re.Pattern[str]:
    labels = alternation(domain.question_words().proceedings.labels)
    return re.compile(rf"^\s*(?:{labels})\s*(?:[:,]|\s[-–—])\s*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _addressee() -> re.Pattern[str]:
    """The bot in the third person before a request ('could the chair confirm', 'like the chair to state'): the
    request's verbs are the figure requests and the courtesies of questions.toml."""
    words = domain.question_words()
    requests = alternation([*words.figure_requests, *ADDRESSED_BEFORE, *words.proceedings.telling_verbs])
    return re.compile(
        rf"(?P<before>^|\b(?:{alternation(MODALS)}|is|like|ask|asks|invite|invites|request|requests|urge|urges)\s+)"
        rf"(?:{alternation(words.proceedings.addressees)})(?=\s+(?:{requests})\b)",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _thanks() -> re.Pattern[str]:
    """'My delegation thanks the chair; what …', 'Thank you, Madam Chair. What …': the asker's thanks opening the
    message before the question, a courtesy naming nothing asked."""
    words = domain.question_words().proceedings
    addressees = alternation([*words.addressees, *_spoken_to(), "you"])
    askers = alternation([*words.askers, "i", "we"])
    asking = alternation([*domain.question_words().interrogatives, *ASKING_VERBS])
    return re.compile(
        rf"^\s*(?:(?:{askers})\s+)?(?:thank|thanks)\s+(?:{addressees})(?:\s*,\s*(?:{addressees}))?"
        rf"(?:\s+for\s+[^;.,:?]{{1,80}})?\s*[;.,:!]\s*(?=.*\?|(?:{asking})\b)",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _spoken_to() -> tuple[str, ...]:
    """The bot as it is spoken to, without an article ('Chair', 'Madam Chair', 'Mr President')."""
    return tuple(dict.fromkeys(name.removeprefix("the ") for name in domain.question_words().proceedings.addressees))


@lru_cache(maxsize=1)
def _audience() -> re.Pattern[str]:
    """Those the figure is for, after a verb of telling ('remind delegates who', 'inform the committee which')."""
    audiences = alternation(domain.question_words().proceedings.audiences)
    return re.compile(
        rf"\b(?P<verb>{alternation(domain.question_words().proceedings.telling_verbs)})\s+(?:{audiences})\b",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _asker() -> re.Pattern[str]:
    """The asker in the third person ('my delegation', 'the delegation of Canada'), an aside set off by commas after
    it, and the verb it asks with ('asks', 'would')."""
    words = domain.question_words().proceedings
    verbs = alternation([*words.verbs, *MODALS])
    country = rf"(?:\s+of\s+(?P<country>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,{COUNTRY_WORDS - 1}}}))?"
    aside = r"(?:\s*,\s*(?P<aside>[^,?;:]+?)\s*,)?"
    return re.compile(
        rf"\b(?:{alternation(words.askers)}){country}{aside}\s+(?P<verb>{verbs})\b(?P<rest>.*)$",
        re.IGNORECASE | re.DOTALL,
    )


def _as_the_asker(found: re.Match[str]) -> str:
    words = domain.question_words().proceedings
    aside = found.group("aside")
    if aside is not None and len(aside.split()) > words.longest_aside:
        return found.group(0)
    verb = found.group("verb")
    said = f"I {words.verbs.get(verb.casefold(), verb)}{found.group('rest')}"
    country = _country(found.group("country"))
    if country is None or not FIRST_PLURAL.search(found.group("rest")):
        return said
    return f"As the delegate of {country}, {said}"


def _country(name: str | None) -> str | None:
    if name is None:
        return None
    mentions = lexicon.find_mentions(normalise(name).split(), lexicon.entity_aliases())
    countries = [mention.target for mention in mentions if lexicon.is_country(mention.target)]
    return countries[0] if len(countries) == 1 else None


# a speaker's label opening a turn ('**Ms Hoekstra-Ruiter (GroenLinks-PvdA):** ', 'MINISTER: '), if any
TURN_LABEL = r"^\s*(?:\*\*[^*\n]{1,80}?:\*\*|\*\*[^*\n]{1,80}?\*\*:|[^:\n]{1,80}?:)?\s*"


def without_address(text: str) -> str:
    """'Ms Hoekstra-Ruiter: Chair, my group supports …': the chair spoken to opening a turn is whom a speaker
    addresses, never a statement of who chairs (nor is 'Thank you, Chair.'); the sentence without those words."""
    return _address().sub(lambda found: found.group("label"), text, count=1)


@lru_cache(maxsize=1)
def _address() -> re.Pattern[str]:
    spoken = alternation(_spoken_to())  # 'Chair,'; never 'The chair, X,'

    return re.compile(rf"(?P<label>{TURN_LABEL})(?:thank\s+you,?\s+)?(?:{spoken})\s*[,.!;:]\s*", re.IGNORECASE)
