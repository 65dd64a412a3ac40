"""A claim quoted inside a message ('Tweet: "France finally met 2% in 2024." Correct?', 'Someone on X: "Estonia is
NATO's biggest spender as a share of GDP in 2024." Who actually tops the list?'): the claim is a premise, the ask
beside it is what is answered.

A bare check after the claim ('True?', 'Correct?', 'Is 2.5% right?', 'Right year?') asks of the claim itself: it
is read as the asker's own statement closed by the tag ('France finally met 2% in 2024, correct?'), which the
yes-or-no and premise readings settle by the figure the documents state. An ask naming its own target ('Who
actually tops the list?', 'Which European ally spent the most?') asks which ally, so the ally the claim names is
never its subject nor its filter: the readings are the claim with its ally as what is asked ('which ally is NATO's
biggest spender …'), then the ask alone in the claim's year. Words are data in questions.toml [quoted_claims]."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from knowledge import domain, lexicon
from knowledge.ask.premise import a_line, figures_in
from knowledge.ask.year_checked import year_verdict
from knowledge.askers import spoken_as_told
from knowledge.cues import cues
from knowledge.measures import MEASURE_KEYWORDS, MEASURES, SHARED_WORDS
from knowledge.models import Answer
from knowledge.words import normalise

# A claim between double quotes, or between single quotes that open after a space or a colon and close before a
# space, a stop or the end ('NATO's' inside stays a word's apostrophe)
DOUBLE_QUOTED = re.compile(r"[\"“”]([^\"“”]{8,400})[\"“”]")
SINGLE_QUOTED = re.compile(r"(?:^|(?<=[\s:]))[‘']((?=\w).{8,400}?\S)[’'](?=[.?!,;:]*(?:\s|$))")
SENTENCE_END = re.compile(r"(?<=[^.\s]{2}[.!?])\s+(?=\S)")  # a sentence's end, not 'U.S.'
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
CLAIM_STOPS = " .!?,;:"
TAGGED = re.compile(r"(?P<claim>[^?]+?)[,.;:]\s*(?P<ask>[^,.;:?]+\?)")
VERDICT = re.compile(r"\*\*(?P<word>Yes|No)\*\*")


@dataclass(frozen=True)
class QuotedClaim:
    """A message read as a claim and what is asked of it."""

    claim: str  # the claim as typed, its own closing stop off
    ask: str  # the rest of the message that asks, as typed


def claim_readings(text: str) -> list[str]:
    """The messages to answer in place of `text`, best first; none when it quotes no claim with an ask of it."""
    found = _quoted(text) or _reported(text)
    if found is None:
        return []
    asked = normalise(found.ask).split()
    if _checks_the_claim(asked, found.claim):
        # 'Slovak here, and our finance ministry claims we hit the 2% target': 'we' is the asker's ally told beside it;
        # 'Was that true in 2024?': the year the ask names is the claim's
        years = [year for year in YEAR.findall(found.ask) if year not in found.claim]
        when = f" in {years[0]}" if len(years) == 1 else ""
        return [f"{spoken_as_told(found.claim, text)}{when}, {_tag()}?"]
    if _asks_which_ally(asked):
        return _readings_asking_which(found)
    if _asks_the_real_figure(asked):
        return _the_figures_asked(found)
    return []


def year_claim_checked(text: str, answer_of: Callable[[str], Answer]) -> Answer | None:
    """'Thread: "The Hague spending path gets reviewed in 2030." Right year?': a quoted claim of one year, its year
    the one checked, asked with 'when' in the year's place ('The Hague spending path gets reviewed when?'); Yes or No
    by the years that verified answer states. None when the ask checks no year or the answer states none."""
    found = _quoted(text)
    if found is None:
        return None
    years = YEAR.findall(found.claim)
    asked = normalise(found.ask).split()
    if len(years) != 1 or not _checks_the_claim(asked, found.claim):
        return None
    (year,) = years
    if year not in asked and not set(asked) & domain.question_words().quoted_claims.years_checked:
        return None
    prepositions = "|".join(map(re.escape, domain.question_words().quoted_claims.year_prepositions))
    when = re.sub(rf"(?:\b(?:{prepositions})\s+)?\b{year}\b", "when", found.claim, count=1, flags=re.IGNORECASE)
    return year_verdict(text, int(year), answer_of(f"{when}?"))


def negated_claim_checked(text: str, answer_of: Callable[[str], Answer]) -> Answer | None:
    """'A chatbot said: "Canada never reached 1.5% of GDP between 2014 and 2024." Is that true?': a claim denying
    something is checked by asking what it denies ('Canada ever reached 1.5% …, correct?'), that verified Yes or No
    turned round, its own answer kept whole beneath. None when the claim denies nothing it can be read without."""
    found = _quoted(text) or _reported(text) or _tagged(text)
    if found is None or not _checks_the_claim(normalise(found.ask).split(), found.claim):
        return None
    affirmed = _affirmed(found.claim)
    if affirmed is None:
        return None
    answer = answer_of(f"{affirmed}, {_tag()}?")
    verdict = VERDICT.match(answer.answer) if answer.answered and answer.yes_no else None
    if verdict is None:
        return None
    holds = verdict["word"] == "No"  # what it denies does not hold: the denial does
    lead = "what it denies does not hold" if holds else "what it denies holds"
    text_turned = f"**{'Yes' if holds else 'No'}** — {lead}: {answer.answer}"
    return answer.model_copy(update={"question": text, "answer": text_turned})


def _tagged(text: str) -> QuotedClaim | None:
    """'Poland didn't spend 4% of GDP in 2024, correct?': a claim typed as the asker's own, closed by a check."""
    told = TAGGED.fullmatch(text.strip())
    return QuotedClaim(told["claim"], told["ask"]) if told is not None else None


def _affirmed(claim: str) -> str | None:
    """The claim without its one denial ("It's false that …") or negation of its main verb ('never' read as
    'ever', 'did not' as 'did'); None when it has none, several, or one inside a relative clause."""
    words = domain.question_words().quoted_claims
    denial = _phrases(words.denials).match(claim.strip())
    negations = [*_phrases(tuple(words.negations)).finditer(claim)]
    if denial is not None:
        return claim.strip()[denial.end() :].strip() if not negations else None
    if len(negations) != 1:
        return None
    (negation,) = negations
    before = normalise(claim[: negation.start()]).split()
    if set(before) & words.relatives or not lexicon.find_mentions(before, lexicon.entity_aliases()):
        return None  # 'allies that did not meet 2% numbered 10'; 'never before had …' names no one it is of
    said = normalise(negation.group(0)).replace(" ", "")
    plain = next(word for phrase, word in words.negations.items() if normalise(phrase).replace(" ", "") == said)
    return f"{claim[: negation.start()]}{plain}{claim[negation.end() :]}"


@cache
def _phrases(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """The phrases as one pattern of whole words, an apostrophe typed straight, curly or not at all."""
    written = (re.escape(phrase).replace("'", "[’']?") for phrase in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"\b(?:{'|'.join(written)})\b", re.IGNORECASE)


def _quoted(text: str) -> QuotedClaim | None:
    """A lead ('Tweet:', 'Saw this on X:') or nothing, one quoted claim, then the ask after it."""
    quotes = [*DOUBLE_QUOTED.finditer(text)] or [*SINGLE_QUOTED.finditer(text)]
    if len(quotes) != 1:
        return None
    (quote,) = quotes
    ask = text[quote.end() :].lstrip(CLAIM_STOPS + "\"”’'")
    claim = quote.group(1).strip().rstrip(CLAIM_STOPS)
    if not ask or len(normalise(claim).split()) < 3:
        return None
    return QuotedClaim(claim, ask)


def _reported(text: str) -> QuotedClaim | None:
    """'A TV pundit said the UK is Europe's biggest defence spender in 2024. Which European ally …?': a claim told
    after a verb of hearsay in the sentences before the last one, which asks."""
    sentences = SENTENCE_END.split(text.strip())
    # the last sentence asking with its mark; one after it ('Yes or no.') only says how to answer
    asking = max((at for at, sentence in enumerate(sentences) if "?" in sentence), default=0)
    if asking < 1:
        return None
    sentences = sentences[: asking + 1]
    story = " ".join(sentences[:-1])
    verbs = "|".join(map(re.escape, sorted(domain.question_words().verifier.hearsay, key=len, reverse=True)))
    reported = list(re.finditer(rf"\b(?:{verbs})\b\s+(?:that\s+)?", story, re.IGNORECASE))
    if not reported:
        return None
    claim = story[reported[-1].end() :].strip().rstrip(CLAIM_STOPS)
    return QuotedClaim(claim, sentences[-1]) if len(normalise(claim).split()) >= 3 else None


def _checks_the_claim(asked: list[str], claim: str) -> bool:
    """'True?', 'Is that correct?', 'Is the 3.13% right?', 'Right year?': every word checks the claim, points
    back at it, or names one of its figures or what kind of thing is checked."""
    words = domain.question_words().quoted_claims
    claimed = set(normalise(claim).split())
    rest = [word for word in asked if (word not in claimed or word in words.checks) and not _qualifies(word, asked)]
    return (
        bool(rest)
        and any(word in words.checks for word in rest)
        and all(word in words.checks or word in words.fillers or word in words.checked_things for word in rest)
    )


def _qualifies(word: str, asked: list[str]) -> bool:
    """'Was that true in 2024 according to NATO's military personnel figures?': a year, and the words of a source
    named with its data, say when and by whose figures the claim is checked, nothing else of it."""
    if YEAR.fullmatch(word):
        return True
    sources = domain.question_words().sources
    said = f" {' '.join(asked)} "
    named = any(f" {opener} " in said for opener in ("according to", "per"))
    source_words = sources.data_nouns | {"according", "to", "per", "in", "by", "nato", "nato's", "table", "tables"}
    return named and (word in source_words or word in MEASURE_KEYWORDS)


def _asks_which_ally(asked: list[str]) -> bool:
    """'Who actually tops the list?', 'Which European ally spent the most?': the ask opens by asking whom."""
    question_words = domain.question_words()
    opening = [word for word in asked if word not in question_words.quoted_claims.fillers][:1]
    if not opening or opening[0] not in question_words.whom_asked or _ally_named(asked):
        return False
    # 'Who said that?', 'Who wrote this first?': the speaker asked, not an ally
    return not set(asked) & _speech_verbs()


@cache
def _speech_verbs() -> frozenset[str]:
    return frozenset({*cues().raw.speech_verbs, *domain.question_words().verifier.hearsay})


def _ally_named(words: list[str]) -> bool:
    return any(_an_ally(mention) for mention in lexicon.find_mentions(words, lexicon.entity_aliases()))


def _readings_asking_which(found: QuotedClaim) -> list[str]:
    """An ask naming what it ranks ('Which European ally spent the most in current USD?') is asked alone, in the
    claim's year when it names none; a bare one ('Who actually tops the list?') as the claim with its ally as what is
    asked. Never a reading that keeps the claim's ally."""
    if _names_a_measure(normalise(found.ask).split()):
        years = [year for year in dict.fromkeys(YEAR.findall(found.claim)) if year not in YEAR.findall(found.ask)]
        ask = found.ask.strip().rstrip(CLAIM_STOPS)
        return [f"{ask} in {years[0]}?" if len(years) == 1 else f"{ask}?"]
    words = normalise(found.claim).split()
    allies = [mention for mention in lexicon.find_mentions(words, lexicon.entity_aliases()) if _an_ally(mention)]
    if len(allies) != 1:
        return []
    (ally,) = allies
    before = words[: ally.start]
    while before and before[-1] in domain.question_words().articles:  # 'the UK'
        before.pop()
    return [" ".join([*before, domain.question_words().quoted_claims.which_ally, *words[ally.end :]]) + "?"]


def _asks_the_real_figure(asked: list[str]) -> bool:
    """'What is the real figure?', "What's the actual split?", 'What does the annual report say for 2024?': an ask
    opening with a question word and naming nothing besides what the claim is checked by."""
    question_words = domain.question_words()
    words = question_words.quoted_claims
    opening = [word for word in asked if word not in words.fillers][:1]
    known = question_words.verifier.neutral | question_words.premises.prose_sources | words.figures_asked
    return (
        bool(opening)
        and opening[0] in words.figure_openers  # 'who said that?' asks the speaker
        and all(word in known or word in words.fillers or YEAR.fullmatch(word) for word in asked)
    )


def _the_figures_asked(found: QuotedClaim) -> list[str]:
    """The claim with the one share it claims asked as 'what %' ('Europe and Canada now cover what % of NATO defence
    spending'), a line it names kept ('the new 5%'), in the ask's year when the claim names none."""
    claimed = [figure for figure in figures_in(found.claim) if not a_line(found.claim, figure)]
    # 'Of the new 5%, 2% is core and 3% infrastructure', 'only 22 allies hit 2%': one figure asked may answer only
    # one of the figures claimed
    if len(claimed) != 1 or claimed[0].kind != "percent" or not claimed[0].digits:
        return []
    (figure,) = claimed
    asked = (
        f"{found.claim[: figure.start]}{domain.question_words().quoted_claims.share_asked}{found.claim[figure.end :]}"
    )
    years = [year for year in dict.fromkeys(YEAR.findall(found.ask)) if year not in YEAR.findall(found.claim)]
    return [f"{asked} in {years[0]}?" if len(years) == 1 else f"{asked}?"]


def _names_a_measure(words: list[str]) -> bool:
    """The words name a measure, money or spending of their own ('military personnel', 'spent', 'in current USD')."""
    said = set(words)
    named = any(measure.required & said for measure in MEASURES.values())
    return named or any(said & set(SHARED_WORDS[kind]) for kind in ("spend", "money", "per_head"))


def _an_ally(mention: lexicon.Mention) -> bool:
    return lexicon.is_country(mention.target)


def _tag() -> str:
    return domain.question_words().quoted_claims.tag
