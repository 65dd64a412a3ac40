"""Remarks around a question: who asks, what for, small talk before or after it ('western balkans delegate
here, …', '… ? need it for a piece', 'my bet is belgium'), a claim, taunt or answer offered beside it ('… ? everyone
says Poland but I doubt it', '… ? 2030? 2050? never?') — taken off before the question is read, so they never
steer an answer. Domain words (openers, pronouns, who-asks words, interrogatives) are data in questions.toml."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from knowledge import domain, letters, lexicon, worksheets
from knowledge.askers import as_the_country, as_the_group, names_the_asker, speaking_as
from knowledge.banter import names_nothing_held
from knowledge.bot_named import without_the_bot_named
from knowledge.cues import cues
from knowledge.figures import spelled_reader
from knowledge.measures import MEASURE_KEYWORDS
from knowledge.proceedings import in_plain_voice
from knowledge.spelled import words_in_digits
from knowledge.words import normalise, unmarked

# Small talk at the start of a message: a greeting or thanks is never a remark to take off, nor a part to answer.
# The phrases are questions.toml's small_talk, the longest first: 'thank you' is taken whole, not 'thank'.
CHITCHAT = re.compile(
    r"^(?:"
    + "|".join(re.escape(phrase) for phrase in sorted(domain.question_words().small_talk, key=len, reverse=True))
    + r")\b"
)

REMARK_MARKS = ("?", " - ", " – ", " — ", ". ", "; ", ",")
# A clause after a sentence's end or a dash at least this long that names no ally, year or percentage tells
# why one asks ('need the exact figure for a piece'); a shorter one carries the question on ('? share of gdp').
LONGEST_CONTINUATION = 4
# 'germany share of gdp 2024?? need the exact figure for a piece, deadline in 20 min': two clauses of remark at
# most; a long message of many is chatter, not a question with remarks.
MOST_REMARKS = 2
A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
YEAR_OR_PERCENT = re.compile(r"\b(?:19|20)\d\d\b|%|\bpercent\b|\bper cent\b")


@lru_cache(maxsize=4096)  # every stage parses the same message again: read its remarks once
def without_remarks(text: str) -> str:
    """'bulgaria % of gdp in 2019? i heard it spiked', 'writing up a piece on the baltics - combined spending…'
    ask what is left once the remarks before and after the question are taken off."""
    text = _without_frame(in_plain_voice(without_the_bot_named(text)))
    text = _a_claim_tagged_apart(_without_answer_forms(text))
    text = _as_the_country_spoken_for(_without_greeting(_without_slang(_without_purpose(text))))
    text = _as_the_allies_spoken_for(text)
    text = _in_the_year_a_time_clause_names(text)
    text = _about_what_a_lead_named(_without_a_told_lead(_from_the_asking_sentence(_without_guesses_before(text))))
    text = _without_asides(_the_allies_a_bracket_lists(_the_allies_a_clarification_lists(text)))
    text = _without_guess(_without_leading_remark(_about_whom_a_remark_named(text)))
    text = _without_the_year_described(YEAR_DESCRIBED.sub("", _without_a_sentence_after_the_question(text)))
    for _ in range(MOST_REMARKS):
        text = without_trailing_remark(text)
    # the formal voice's courtesies, once the sentences around the question are off ('Might I trouble you for a small
    # piece of information? What …' is a remark before the question, not a request for 'a piece')
    text = _without_a_setting_lead(_without_courtesies(_without_answers_offered(_a_tag_without_its_other_side(text))))
    return _units_after_what_is_asked(text)


def _without_a_setting_lead(text: str) -> str:
    """'Could you kindly confirm, for our Nordic desk, the share of GDP …': a setting set off by commas after the
    courtesy is a lead once the courtesy is off; 'confirm' before it is the request and stays."""
    request, rest = _the_request_opening(text)
    with_request = bool(request)
    lead, mark, asked = (rest if with_request else text).partition(", ")
    setting = " ".join(normalise(lead).split())
    if not mark or "?" in lead or not _opens_a_setting(setting) or not _a_setting(setting):
        return text
    if not _leaves_nothing_to_the_setting(lead, asked):
        return text
    return f"{request} {asked}" if with_request else asked


def _the_request_opening(text: str) -> tuple[str, str]:
    """'Confirm, for …', 'Could you state, for …': the request opening `text` (its verb, after a request opener or
    none) and the words after it; else ('', text)."""
    words = domain.question_words()
    opener = next((o for o in words.request_openers if normalise(text).startswith(f"{o} ")), None)
    skipped = len(opener.split()) if opener else 0
    parts = text.split(" ", skipped + 1)
    if len(parts) < skipped + 2 or normalise(parts[skipped]) not in words.figure_requests:
        return "", text
    return " ".join(parts[: skipped + 1]), parts[skipped + 1]


SENTENCE_END = re.compile(r"(?<=[.?!])\s+")


def _without_courtesies(text: str) -> str:
    """The formal voice's requests and hedges off what is asked; a sentence that is a courtesy and names nothing of
    the domain once it is off ('Might I trouble you for a small piece of information? What …') goes whole."""
    sentences = SENTENCE_END.split(text)
    if len(sentences) > 1:
        kept = [
            sentence
            for index, sentence in enumerate(sentences)
            if not (_a_courtesy_alone(sentence) and any("?" in later for later in sentences[index + 1 :]))
        ]
        text = " ".join(kept) if kept else text
    rest = letters.without_courtesies(text)
    # 'Forgive me for asking, but what …': the joining word goes with the courtesy before it; after one at the end
    # ('And for Germany, if you please?') the question still opens as it was typed, a follow-up's 'and' kept
    courtesy_led = rest.split(" ", 1)[0].lower() != text.split(" ", 1)[0].lower()
    return _unjoined(rest) if courtesy_led else rest


def _a_courtesy_alone(sentence: str) -> bool:
    """A request that, once its courtesy is off, names no ally, year or figure and asks with no question word ('Might
    I trouble you for a small piece of information?')."""
    rest = letters.without_courtesies(sentence)
    words = normalise(rest).split()
    if rest == sentence or set(words) & set(domain.question_words().interrogatives):
        return False
    return not (_states_a_figure(rest) or _years(rest) or _names_an_ally_or_group(words))


CODE = re.compile(r"(?<![\w.])[A-Z]{2}(?![\w.])")  # 'DE', not 'DEU', 'U.S.' or 'eDE'
LEAD_MARK = re.compile(r"[,:;]\s+|\s[-–—]\s+|(?<=[^.\s]{2}[.!])\s+")


def _as_the_country_spoken_for(text: str) -> str:
    """'as the delegate of Spain, what is our defence expenditure …', 'SE delegate here: what did we spend in 2023?',
    'What was our real change in 2024? I'm Czech.': a lead (or a sentence after the question) naming one country
    and nothing asked, with a question speaking as 'we' or 'our', asks about that country; it told who asks."""
    found = LEAD_MARK.search(text)
    spoken = _spoken_for(text[: found.start()], text[found.end() :]) if found is not None else None
    after = TELLER_AFTER.search(text) if spoken is None else None
    if after is not None and _tells_who_asks(after.group("told")):
        spoken = _spoken_for(after.group("told"), text[: after.start()])
    return text if spoken is None else spoken


def _tells_who_asks(told: str) -> bool:
    """'I'm Czech.', 'Asking as a Norwegian.', 'We're Portuguese.': the asker's own ally (not 'my brother lives in
    Poland')."""
    words = normalise(told).split()
    mentions = lexicon.find_mentions(words, lexicon.entity_aliases())
    return any(names_the_asker(words, mention, after_the_question=True) for mention in mentions)


GROUP_LEAD_END = re.compile(r"[:.!]\s+")


def _as_the_allies_spoken_for(text: str) -> str:
    """'We Estonians and our Baltic neighbours, Latvia and Lithuania: what did the three of us spend combined?': a
    lead naming the asker's own ally and others, then a question speaking of them as one group ('the three of us',
    'our two countries'), asks about those allies."""
    found = GROUP_LEAD_END.search(text)
    if found is None:
        return text
    lead, asked = text[: found.start()], text[found.end() :]
    words = normalise(lead).split()
    mentions = [m for m in lexicon.find_mentions(words, lexicon.entity_aliases()) if lexicon.is_ally(m.target)]
    if "?" in lead or not any(names_the_asker(words, mention) for mention in mentions):
        return text
    spoken = as_the_group(list(dict.fromkeys(mention.target for mention in mentions)), asked)
    return text if spoken is None else spoken


TELLER_AFTER = re.compile(r"(?<=\?)\s+(?P<told>[^?]+)$")  # the sentence after the question's mark, to the end


def _spoken_for(lead: str, asked: str) -> str | None:
    """`asked` speaking as the one country `lead` names ('we' read as that country), if `lead` asks nothing."""
    words = normalise(lead).split()
    if not speaking_as(asked).search(asked) or "?" in lead or _states_a_figure(lead):
        return None
    # 'We Turks have the biggest army in Europe. What … was ours?': a lead in the asker's own voice tells who asks,
    # whatever it says besides; another lead measuring something may be the topic asked
    mentions = lexicon.find_mentions(words, lexicon.entity_aliases())
    if not any(names_the_asker(words, mention) for mention in mentions) and _measures_something(words):
        return None
    named = _countries_named(lead, words)
    if len(named) != 1:
        return None
    return as_the_country(next(iter(named)), asked)


def _measures_something(words: list[str]) -> bool:
    question_words = domain.question_words()
    measured = _asking_words() - set(question_words.question_continuations)  # 'in committee' measures nothing
    return bool(lexicon.concepts(words)) or bool(set(words) & {*question_words.interrogatives, *measured})


def _countries_named(clause: str, words: list[str]) -> set[str]:
    """The countries a clause names, by name or alias, or by a code typed in capitals ('SE delegate here')."""
    named = {m.target for m in lexicon.find_mentions(words, lexicon.entity_aliases()) if lexicon.is_country(m.target)}
    codes = lexicon.country_codes()
    weak = domain.question_words().codes_beside_codes  # 'NO', 'IT' alone are words
    return named | {codes[code] for code in CODE.findall(clause) if code in codes and code not in weak}


NEXT_SENTENCE = re.compile(r"\?\s+(?=\(?[A-Z])")  # a question mark, then a sentence of its own, maybe bracketed
LOWER_CASE_SENTENCE = re.compile(r"\?\s+(?=[a-z])")


def _a_lower_case_sentence_of_the_asker(text: str) -> re.Match[str] | None:
    """'… ? my mate says it's 4% plus 1%': a sentence typed in lower case after the question mark, opening on the
    asker or on someone they heard ('my', 'i', 'someone'), is a sentence of its own all the same."""
    found = LOWER_CASE_SENTENCE.search(text)
    if found is None:
        return None
    words = domain.question_words()
    opening = normalise(text[found.end() :]).split()[:1]
    asker = {*words.remark_pronouns, *words.verifier.hearsay, *words.heard_from}
    return found if opening and opening[0] in asker else None


def _without_a_sentence_after_the_question(text: str) -> str:
    """'Did France hit 2% of GDP in 2023? The Élysée talks like they did.': a sentence of its own after the question,
    asking nothing and stating no figure, is a remark, whoever it names ('I've got a tenner on Madrid.'); one opening
    as the question carries on ('? And for Germany', '? Same for 2023') still asks. A sentence in brackets is one too
    ('… in 2024 per NATO? (Poland obviously drags it up.)')."""
    found = NEXT_SENTENCE.search(text) or _a_lower_case_sentence_of_the_asker(text)
    if found is None:
        return text
    after = text[found.end() :]
    words = normalise(after).split()
    continuations = domain.question_words().question_continuations
    if "?" in after or not words or opens_a_request(words):
        return text
    instructed = _the_basis_instructed(after, text[: found.start() + 1])
    if instructed:
        return f"{text[: found.start() + 1]} {instructed}"
    if _states_a_figure(after):
        return text[: found.start() + 1] if _a_figure_heard(words, text[: found.start() + 1]) else text
    if words[0] in continuations and not _a_sentence_telling_something(words):
        return text
    return text[: found.start() + 1]


INSTRUCTION_WORD = re.compile(r"[\w'’]+")


def _the_basis_instructed(after: str, asked: str) -> str | None:
    """'… in 2016? Give it me in dollars per head, no percentages.', '… ? I want it per person, not as a percentage
    of GDP.': a sentence after the question opening with an instruction of how to give the figure, naming a basis the
    question leaves open and no ally or year it does not name, sets that basis: what follows its opening carries the
    question on ('… in 2016? in dollars per head, no percentages.')."""
    tokens = list(INSTRUCTION_WORD.finditer(after))
    said = [normalise(token.group()) for token in tokens]
    for opener in sorted(domain.question_words().basis_instructions, key=len, reverse=True):
        size = len(opener.split())
        if len(tokens) <= size or " ".join(said[:size]) != opener:
            continue
        rest = _as_corrected(after[tokens[size - 1].end() :]).lstrip(" ,:;-–—")
        rest_words, asked_words = normalise(rest).split(), normalise(asked).split()
        if not _bases(rest_words) - _bases(asked_words) or _a_year_left_to(rest, asked):
            return None
        named = _whom_named(_without_currency_names(rest_words))
        return rest if _named_already(named, _whom_named(asked_words)) else None
    return None


@lru_cache(maxsize=1)
def _self_correction() -> re.Pattern[str]:
    taken_back = "|".join(map(re.escape, domain.question_words().self_corrections))
    return re.compile(rf"(?:\.{{2,}}|…|\s[-–—])\s*(?:{taken_back})\b[,!.]?\s*", re.IGNORECASE)


def _as_corrected(instruction: str) -> str:
    """'in pounds… no, dollars is fine': what the asker settles on after taking back what they said."""
    corrections = list(_self_correction().finditer(instruction))
    return instruction[corrections[-1].end() :] if corrections else instruction


def _without_currency_names(words: list[str]) -> list[str]:
    """The words without the currencies they name: 'in us dollars' names no ally."""
    said = f" {' '.join(words)} "
    for name in sorted(cues().raw.currency_words, key=len, reverse=True):
        said = said.replace(f" {normalise(name)} ", " ")
    return said.split()


def opens_a_request(words: list[str]) -> bool:
    """'Give me the top 3.', 'List the five lowest.': a sentence asking for more of a ranking, not one telling
    something ('give me examples before someone claims …' asks nothing the documents rank)."""
    said = f"{' '.join(words)} "
    question_words = domain.question_words()
    if not any(said.startswith(f"{request} ") for request in question_words.requests_after):
        return False
    ends = question_words.verifier.superlatives_greater | question_words.verifier.superlatives_lesser
    return bool(set(words) & ends)


def _a_figure_heard(told: list[str], asked: str) -> bool:
    """'… in 2024? Half the op-eds I read say 'over 4%' and I want the actual figure NATO gives.': a sentence after
    the question, speaking of the asker or reporting what was said, states a figure heard, not one asked. It stays
    when it holds what the question leaves to it: another year or basis, an ally the question does not name (unless
    the question asks which ally: 'I'm fairly sure it's Spain or Belgium' guesses), or the figure a yes or no
    question without one tests against."""
    question_words = domain.question_words()
    asked_words = normalise(asked).split()
    if not set(told) & {*question_words.remark_pronouns, *question_words.verifier.hearsay}:
        return False
    said, asking = " ".join(told), " ".join(asked_words)
    if _a_year_left_to(said, asking) or not _bases(told) <= _bases(asked_words):
        return False
    yes_or_no = asked_words[:1] and asked_words[0] in question_words.verifier.yes_no_starts
    if yes_or_no and not _states_a_figure(A_YEAR.sub("", asking)):
        return False
    named, asked_names = _whom_named(told), _whom_named(asked_words)
    return _named_already(named, asked_names) or bool(set(asked_words) & question_words.whom_asked)


def _a_year_left_to(told: str, asked: str) -> bool:
    """A year a clause after the question names that the question leaves to it: one when the question names none
    ('… share of GDP? I need it for 2019'), or one the clause asks on for ('… in 2023? I need 2024 too'). The
    asker's story of another time, stating no figure besides ('… in 2024? I visited Prague in 1968, of all years.'),
    gives a question naming its own year none; years are read in digits or in words ('two thousand and twenty-four').
    """
    extra = _years(told) - _years(asked)
    if not extra:
        return False
    asking_on = _opens_with_a_request_lead(normalise(told).split())
    # 'The 2023 figure I heard was 26bn.': a figure of another year, which the answer may be set beside
    return asking_on or _states_a_figure(A_YEAR.sub("", told)) or not _years(asked)


def _years(text: str) -> set[str]:
    """The years a text names, in digits or in words ('nineteen sixty-eight' is 1968)."""
    return {word for word in words_in_digits(normalise(text).split(), spelled_reader()) if A_YEAR.fullmatch(word)}


def _a_sentence_telling_something(words: list[str]) -> bool:
    """'The Élysée talks like they did.': opening with an article, too long to carry the question on, naming no
    ally and no source ('? the same for 2023' and '? the one in the NATO tables please' carry it on)."""
    question_words = domain.question_words()
    if words[0] not in question_words.articles or len(words) <= LONGEST_CONTINUATION:
        return False
    named = set(words) & (_source_words() - question_words.articles)
    return not lexicon.find_mentions(words, lexicon.entity_aliases()) and not named


SENTENCE_BREAK = re.compile(r"(?<=[^.\s]{2}[.!?])\s+(?=\S)")  # a sentence's end, not 'i.e.' nor 'U.S.'


def _from_the_asking_sentence(text: str) -> str:
    """'Norwegians I trained with at Rena were getting new kit in 2023. What was Norway's real change in 2023?':
    sentences telling a story before the one that asks are why one asks, not what. Kept whole when the story asks
    too, holds the year or the percentage the question leaves to it, or names an ally when the question names none
    or points back with 'they' or 'it' ('… at Rota with the Spanish navy. Their spend as % of GDP in 2024?')."""
    sentences = SENTENCE_BREAK.split(text.strip())
    question_words = domain.question_words()
    for index, sentence in enumerate(sentences[1:], start=1):
        words = normalise(sentence).split()
        asking = _asks(words) or _requests_a_figure(sentence, words)
        if "?" not in sentence and (not asking or _telling_before_a_question(sentence, sentences[index + 1 :])):
            continue
        story, asked = " ".join(sentences[:index]), " ".join(sentences[index:])
        told = normalise(story).split()
        figure_asked = _the_figure_after_a_vague_check(story, asked)
        if figure_asked is None and (
            ("?" in story and not _a_claim_the_question_checks(told, asked)) or _a_sentence_asking(sentences[:index])
        ):
            return text
        if (claim := figure_asked or _the_claimed_figure_asked(story, asked)) is not None:
            return claim
        if any(found.search(story) and not found.search(asked) for found in (A_YEAR, YEAR_OR_PERCENT)):
            return text  # 'Back in 2014, the Wales summit. How many allies met 2% then?': the year is the story's
        asked_words = normalise(asked).split()
        # 'it' in a remark after the question ('I'll compare it myself.') points at the answer, not at the story
        pointing = any(word in question_words.third_person for word in words) or _checks_what_was_told(words)
        named_in_story = bool(lexicon.find_mentions(told, lexicon.entity_aliases()))
        if named_in_story and (pointing or not lexicon.find_mentions(asked_words, lexicon.entity_aliases())):
            return text  # 'i heard latvia's spending went up. what is the real % increase?': the story names whom
        # 'Italy, twenty twenty, the year everything shut down. What did Italy spend that year in constant 2015
        # dollars?': the year the story names is the one 'that year' points at, whatever prices the question names
        return _the_year_pointed_at(story, asked)
    return text


def _checks_what_was_told(words: list[str]) -> bool:
    """'Was that true in 2024?', 'Is this right?': a yes or no question pointing at what was said before it."""
    question_words = domain.question_words()
    opens = words[:1] and words[0] in question_words.verifier.yes_no_starts
    return bool(opens) and words[1:2] != [] and words[1] in question_words.claim_pointers


def _requests_a_figure(sentence: str, words: list[str]) -> bool:
    """'I need Germany's GDP in 2024 at current prices.': a request lead, then something of the domain named, asks as
    a question does."""
    return _opens_with_a_request_lead(words) and _names_the_domain(sentence, words)


def _opens_with_a_request_lead(words: list[str]) -> bool:
    """'I need …', 'I'd like …', 'I'm looking for …' (questions.toml request_leads)."""
    said = f"{' '.join(words)} "
    return any(said.startswith(f"{lead} ") for lead in domain.question_words().request_leads)


def _the_figure_after_a_vague_check(story: str, asked: str) -> str | None:
    """'Did little Albania spend much on defence? What share of its GDP was it in 2024?': a yes-or-no question
    naming one ally and no line to test it by (no figure, no year), then a question asking a figure of 'its': the
    figure answers both, so the question is the second, its 'its' the ally the first named. The first stays when
    it names a line ('Did Albania meet 2%? …'), a year or a basis the second does not."""
    question_words = domain.question_words()
    told, asked_words = normalise(story).split(), normalise(_up_to_its_question_mark(asked)).split()
    if not _a_check_naming_no_line(story, told) or not _bases(told) <= _bases(asked_words):
        return None
    named = _whom_named(told)
    if len(named) != 1 or _whom_named(asked_words) or not _opens_asking(asked_words):
        return None
    if not set(asked_words) & question_words.possessive_third_person:
        return None
    possessive = "|".join(map(re.escape, question_words.possessive_third_person))
    return re.sub(rf"\b(?:{possessive})\b", f"{next(iter(named))}'s", asked, count=1, flags=re.IGNORECASE)


def _a_check_naming_no_line(sentence: str, words: list[str]) -> bool:
    """One yes-or-no question ('Did little Albania spend much on defence?') stating no figure and no year."""
    yes_no_starts = domain.question_words().verifier.yes_no_starts
    one_question = sentence.rstrip().endswith("?") and sentence.count("?") == 1
    opens = bool(words) and words[0] in yes_no_starts
    return one_question and opens and not _states_a_figure(sentence) and not _years(sentence)


def _up_to_its_question_mark(text: str) -> str:
    """The words up to the last question mark: what a question names is in it, an aside after it names nothing the
    question does ('… in 2024? My late husband served in Italy during the war.')."""
    return text[: text.rfind("?") + 1] or text


def _a_claim_the_question_checks(told: list[str], asked: str) -> bool:
    """'turkey has like a million soldiers right? how many military personnel does Türkiye actually have in 2024': a
    claim closed by a tag ('right?', 'true?'), then a question asking the figure of the allies it names, in a year
    it names too: the answer's figure is the check, the claim's own figure nothing asked."""
    question_words = domain.question_words()
    asked_words = normalise(asked).split()
    tags = sorted(question_words.verifier.claim_tags, key=len, reverse=True)
    said = " ".join(told)
    if not any(said.endswith(f" {tag}") for tag in tags) or not _opens_asking(asked_words):
        return False
    if asked_words[0] in question_words.verifier.yes_no_starts or _a_story_asking(told):
        return False
    if not set(A_YEAR.findall(said)) <= set(A_YEAR.findall(asked)):
        return False
    if not _bases(told) - {MONEY} <= _bases(asked_words):  # 'a million soldiers': the claim's figure, no money
        return False
    named, asked_names = _whom_named(told), _whom_named(asked_words)
    return bool(asked_names) and _named_already(named, asked_names)


TIME_CLAUSE = re.compile(r"^\s*when\s+(?P<told>[^,;:?!]+?),\s+(?P<asked>\S.*)$", re.IGNORECASE | re.DOTALL)
# 'when was it agreed, and …' asks a time: an auxiliary right after 'when' opens a question, not a clause
AUXILIARY_AFTER_WHEN = frozenset(
    {"is", "are", "was", "were", "did", "does", "do", "has", "have", "will", "would", "can"}
)


def _in_the_year_a_time_clause_names(text: str) -> str:
    """'When the 2% pledge was made in 2014, how many allies were already at or above 2%?': a clause opening with
    'when' (no auxiliary after it, as in the question 'when was it made, …') that names one year and no ally tells
    the time the question after it asks of: 'In 2014, how many allies …'. The question naming a year of its own
    keeps the clause, and so does one asking nothing after it."""
    found = TIME_CLAUSE.match(text)
    if found is None:
        return text
    told, asked = normalise(found.group("told")).split(), found.group("asked")
    years = set(A_YEAR.findall(found.group("told")))
    asking = normalise(asked).split()
    if (
        len(years) != 1
        or not told
        or told[0] in AUXILIARY_AFTER_WHEN
        or A_YEAR.search(asked)
        or not asking
        or asking[0] not in domain.question_words().interrogatives
        or lexicon.find_mentions(told, lexicon.entity_aliases())
        or lexicon.find_mentions(told, domain.group_aliases())
    ):
        return text
    return f"In {years.pop()}, {asked}"


# a dash, a semicolon or a colon; or 'but' turning from a statement to the question ('Italy talks big about the
# Mediterranean but what's their share of GDP?': 'but' never opens a question's own clause)
TOLD_LEAD_END = re.compile(r"\s[-–—]\s+|[;:]\s+|,?\s+but\s+", re.IGNORECASE)


def _without_a_told_lead(text: str) -> str:
    """'Czechia's 2024 budget was apparently a huge step up - what annual real change … for Czechia in 2024?',
    'Montenegro is tiny but I'm told it's been buying kit - what share of its 2024 defence spending …': a clause
    before a dash, semicolon or colon that tells, then a clause that asks on its own, is why one asks. Kept whole
    when the lead asks, states a figure, names no ally (then it is the topic: 'hague summit pledge - what % …'), or
    holds a year, an ally or a basis (prices, currency, category) the question leaves to it; a lead naming one ally
    is whom the question's 'its' means."""
    for found in TOLD_LEAD_END.finditer(text):
        lead, asked = text[: found.start()], text[found.end() :]
        if _opens_asking(normalise(asked).split()):
            return _asked_without_its_lead(lead, asked) or _the_line_told(lead, asked) or text
        if _opens_a_formal_request(asked):  # '…; could you kindly state the annual real change … in that year?'
            return _asked_without_its_lead(lead, _the_year_pointed_at(lead, asked)) or text
    return _without_a_stated_lead(text)


def _opens_a_formal_request(asked: str) -> bool:
    """'could you kindly state …', 'might you confirm …', 'I should be grateful to know …': a request in the formal
    voice (its courtesy opening it, or a verb asking for a figure) asks as a question word does."""
    polite = letters.without_courtesies(asked)
    if normalise(polite).split()[:1] != normalise(asked).split()[:1]:
        return True  # a courtesy opened it ('could you kindly …'), not a hedge inside it ('…, I believe, …')
    said = f"{' '.join(normalise(polite).split())} "
    for opener in domain.question_words().request_openers:  # 'could you confirm …', 'can you give me …'
        said = said.removeprefix(f"{opener} ")
    words = said.split()
    return bool(words) and words[0] in domain.question_words().figure_requests


def _the_year_pointed_at(lead: str, asked: str) -> str:
    """'It is my understanding that Rome's spending rose sharply in 2020; could you kindly state the change … in
    that year?': a request naming no year of its own, pointing at the one year the lead names, asks of that year."""
    years = _years(lead)
    if len(years) != 1:
        return asked
    pointers = letters.alternation(domain.question_words().years_pointed_at)
    return re.sub(rf"\b(?:{pointers})\b", next(iter(years)), asked, count=1, flags=re.IGNORECASE)


@lru_cache(maxsize=1)
def _pointer_after_a_verb_of_meeting() -> re.Pattern[str]:
    """'hit that', 'meet it': a verb of meeting a line and the pronoun standing for the line."""
    verbs = letters.alternation(domain.question_words().verifier.claim_verbs)
    return re.compile(rf"\b({verbs})\s+(?:that|it)\b", re.IGNORECASE)


def _the_line_told(lead: str, asked: str) -> str | None:
    """'Trump wants 5 percent — does the US itself hit that in the 2024 figures?': a lead naming one percentage
    and no year is the line the question's 'that' after a verb of meeting it points at."""
    figures = CLAIMED_PERCENT.findall(lead)
    if len(figures) != 1 or A_YEAR.search(lead) or "?" in lead:
        return None
    pointed = _pointer_after_a_verb_of_meeting()
    if pointed.search(asked) is None:
        return None
    return pointed.sub(lambda found: f"{found.group(1)} {figures[0]}", asked, count=1)


def _without_a_stated_lead(text: str) -> str:
    """'Estonia is always lecturing everyone, what was their defence % of GDP in 2023': a lead before a comma that
    states something of its own (a verb after its subject: 'is', 'has', 'did') is told as a dash's lead is; one
    naming only a topic ('Estonia's navy, what did they spend') stays."""
    lead, found, asked = text.partition(", ")
    lead_words = normalise(lead).split()
    if not found or not _opens_asking(normalise(asked).split()) or _opens_asking(lead_words):
        return text
    if not set(lead_words[1:]) & set(domain.question_words().verifier.yes_no_starts):
        return text
    return _asked_without_its_lead(lead, _the_year_pointed_at(lead, asked)) or text


def _opens_asking(words: list[str]) -> bool:
    """'what annual real change …', 'roughly what was …', 'so how many …': a question word first, or after a hedge
    or a connective ('to do so, it will be essential …' is a quote, not a question)."""
    question_words = domain.question_words()
    asking = {*question_words.interrogatives, *question_words.verifier.yes_no_starts}
    before = {*question_words.asking_hedges, *question_words.leading_connectives}
    if words[:1] and words[0] in question_words.asking_prepositions and words[1:2]:
        return words[1] in question_words.interrogatives  # 'by how many …', 'in which year …'
    return bool(words) and (words[0] in asking or (words[0] in before and words[1:2] != [] and words[1] in asking))


def _asked_without_its_lead(lead: str, asked: str) -> str | None:
    asking = _up_to_its_question_mark(asked)
    told, asked_words = normalise(lead).split(), normalise(asking).split()
    if "?" in lead or _a_story_asking(told) or _states_a_figure(A_YEAR.sub("", lead)):
        return None
    if not set(A_YEAR.findall(lead)) <= set(A_YEAR.findall(asking)) or not _bases_told(told, asked_words):
        return None
    named, asked_names = _whom_named(told), _whom_named(asked_words)
    if not named:
        # 'hague summit pledge - what % of gdp …', 'NL: …': a lead naming no ally is the question's topic; one naming
        # nothing of the domain at all ('Settling a bet in the server: which ally …?') is why one asks
        return asked if _says_nothing_of_the_domain(lead, told) else None
    if _named_already(named, asked_names):
        return asked
    question_words = domain.question_words()
    pointing = set(asked_words) & question_words.third_person
    if asked_names or len(named) != 1 or not pointing or pointing - question_words.possessive_third_person:
        return None  # 'Germany's spend in current dollars: how much did it jump': the lead is what 'it' is
    owner = f"{next(iter(named))}'s"
    possessive = "|".join(map(re.escape, question_words.possessive_third_person))
    return re.sub(rf"\b(?:{possessive})\b", owner, asked, flags=re.IGNORECASE)


def _says_nothing_of_the_domain(lead: str, words: list[str]) -> bool:
    """No ally (by its code too: 'NL: …'), year, figure, source, concept or measure's word: 'Settling a bet in the
    server', 'Fair enough'."""
    if CHITCHAT.fullmatch(" ".join(words)):
        return True
    named = _names_the_domain(lead, words) or CODE.search(lead) is not None
    return not (named or lexicon.concepts(words) or set(words) & MEASURE_KEYWORDS)


def _bases_told(told: list[str], asked: list[str]) -> bool:
    """A lead's bases are the question's own; its word of prices ('inflation in Türkiye makes the lira numbers look
    crazy') says nothing of the prices asked when the question names its prices ('… at current prices')."""
    if _terms(asked):
        told = [word for word in told if word not in _price_words()]
    return _bases(told) <= _bases(asked)


@lru_cache(maxsize=1)
def _price_words() -> frozenset[str]:
    """The words that name prices: 'constant', 'inflation', and the first of 'real terms', 'current prices'."""
    verifier = domain.question_words().verifier
    return frozenset(phrase.split()[0] for phrase in (*verifier.real_terms, *verifier.current_terms))


def _names_an_ally_or_group(words: list[str]) -> bool:
    """The words name an ally (or the alliance) or a group of allies ('the Baltics')."""
    return bool(
        lexicon.find_mentions(words, lexicon.entity_aliases()) or lexicon.find_mentions(words, domain.group_aliases())
    )


def _whom_named(words: list[str]) -> set[str]:
    """The allies, bodies and groups a clause names; the alliance itself is whose figures, not whom."""
    named = {
        m.target for m in lexicon.find_mentions(words, lexicon.entity_aliases()) if m.target != lexicon.NATO_ALLIES
    }
    return named | {m.target for m in lexicon.find_mentions(words, domain.group_aliases())}


def _named_already(named: set[str], asked: set[str]) -> bool:
    """Every ally and body named is one the question names, or a group holding one ('a Baltic security piece' before
    a question about Estonia)."""
    return all(name in asked or set(domain.group_members().get(name, ())) & asked for name in named)


MONEY = "money"


def _bases(words: list[str]) -> set[str]:
    """The measures a clause's words require ('lira' a national currency, 'kit' equipment, 'per-head' per capita),
    the prices it names ('current dollars', 'real terms') and money ('usd: how much …'): what a lead names that the
    question must name too for the lead to be only why one asks."""
    from knowledge.measures import MEASURES, SHARED_WORDS  # noqa: PLC0415 - measures read this module's words

    terms = _terms(words)
    money = {MONEY} if set(words) & set(SHARED_WORDS[MONEY]) else set()
    return terms | money | {key for key, measure in MEASURES.items() if measure.required & set(words)}


CLAIMED_PERCENT = re.compile(r"(?<![\w.])\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _hearsay() -> re.Pattern[str]:
    verbs = "|".join(map(re.escape, sorted(domain.question_words().verifier.hearsay, key=len, reverse=True)))
    return re.compile(rf"\b(?:{verbs})\b\s+(?:that\s+)?", re.IGNORECASE)


def _the_claimed_figure_asked(story: str, asked: str) -> str | None:
    """'A student claims Sweden spent 40% of its defence budget on equipment back in 2014. what's the figure?': a
    claim of one percentage reported in the story, then a question asking only for the figure ('what's the real
    number?'), asks the claim's figure, not a check of it: the claim read with 'what %' for its percentage."""
    question_words = domain.question_words()
    asked_words = normalise(asked).split()
    if not asked_words or asked_words[0] not in question_words.interrogatives:
        return None
    if any(word not in question_words.verifier.neutral for word in asked_words):
        return None
    reported = list(_hearsay().finditer(story))
    if not reported:
        return None
    claim = story[reported[-1].end() :]
    if len(CLAIMED_PERCENT.findall(claim)) != 1:
        return None
    return CLAIMED_PERCENT.sub("what %", claim).rstrip(" .!") + "?"


def _without_guesses_before(text: str) -> str:
    """'… a big chunk in 2024. I think it was 14% or so? What was the real-terms increase the report mentioned?': a
    sentence of the asker's own, guessing a figure with a question mark, before the question that asks it, is no
    part of what is asked; the story around it stays. So is one guessing the name a question then asks for ('I
    think Lithuania was the top one? Which Baltic state spent the most …?')."""
    sentences = SENTENCE_BREAK.split(text.strip())
    remark_pronouns = set(domain.question_words().remark_pronouns)
    interrogatives = set(domain.question_words().interrogatives)

    def guessed(index: int, sentence: str) -> bool:
        said = set(normalise(sentence).split())
        return (
            sentence.rstrip().endswith("?")
            and any("?" in later for later in sentences[index + 1 :])
            and bool(said & remark_pronouns)
            and not said & interrogatives  # 'I wonder what … the 1.5% …?' asks
            and (_states_a_figure(A_YEAR.sub("", sentence)) or _a_name_asked_after(sentences[index + 1 :]))
        )

    kept = [sentence for index, sentence in enumerate(sentences) if not guessed(index, sentence)]
    return " ".join(kept) if len(kept) < len(sentences) else text


def _a_name_asked_after(later: list[str]) -> bool:
    """The next sentence asks for a name ('which ally …', 'who …'): a guess before it may name one."""
    asking = next((normalise(sentence).split() for sentence in later if "?" in sentence), [])
    return bool(set(asking) & set(domain.question_words().name_asking))


def _telling_before_a_question(sentence: str, after: list[str]) -> bool:
    """'I read their spending has tripled since 2014, I can't remember which.': told to its full stop, its question
    word opening a clause, before a sentence asking with a question mark — the story, not what is asked."""
    told = sentence.rstrip().endswith(".") and not _opens_asking(normalise(sentence).split())
    return told and any("?" in later for later in after)


def _a_sentence_asking(sentences: list[str]) -> bool:
    """A sentence of the story that asks: one told to its full stop asks only when it opens asking ('I've lost
    track of what it all adds up to.' tells; its 'what' opens a clause of the sentence, not a question)."""
    for sentence in sentences:
        words = normalise(sentence).split()
        if _a_story_asking(words) and not (sentence.rstrip().endswith(".") and not _opens_asking(words)):
            return True
    return False


def _a_story_asking(words: list[str]) -> bool:
    """A question word in the story asks, unless the asker's own clause follows it ('When I left the British Army
    the cuts were already biting.' tells when, it asks nothing) or it reports what someone else asked ('someone
    asked what Sweden was at before 2024.')."""
    question_words = domain.question_words()
    following = [*words[1:], ""] if words else []  # a sentence of symbols alone normalises to no words
    return any(
        word in question_words.interrogatives
        and after not in question_words.remark_pronouns
        and not _reported(words[:index], question_words.reported_asking)
        for index, (word, after) in enumerate(zip(words, following, strict=True))
    )


def _reported(before: list[str], reporting: tuple[str, ...]) -> bool:
    said = f" {' '.join(before)}"
    return any(said.endswith(f" {verb}") for verb in reporting)


@lru_cache(maxsize=1)
def _slang() -> re.Pattern[str]:
    phrases = sorted(domain.question_words().slang, key=len, reverse=True)
    return re.compile(rf"(?<![\w'])(?:{'|'.join(map(re.escape, phrases))})(?![\w'])", re.IGNORECASE)


def _without_slang(text: str) -> str:
    """'canada % gdp defence 2024 no cap', 'bruh how many soldiers does poland have': the slang off, when words are
    left ('lol' alone stays what it is: small talk)."""
    rest = " ".join(_slang().sub(" ", text).split())
    if rest != " ".join(text.split()):
        rest = rest.lstrip(SLANG_LEFT_MARKS)  # 'lol. now do the US one': the slang's own stop goes with it
    return rest if any(character.isalnum() for character in rest) else text


SLANG_LEFT_MARKS = " .,!;:~-–—"
SENTENCE_ENDS = re.compile(r"(?<=[.!?])\s+")


def _a_claim_tagged_apart(text: str) -> str:
    """'Germany had the biggest rise in 2024. Yes? If not, who did?': a claim, then its tag as a sentence of its own
    (and maybe the alternative asked, which a "No" names): the claim checked as tagged, '…, yes?'."""
    if "?" not in text:
        return text
    verifier = domain.question_words().verifier
    sentences = SENTENCE_ENDS.split(text.strip())
    last = " ".join(normalise(sentences[-1].replace("?", " ")).split())
    if len(sentences) > 2 and any(
        last == opener or last.startswith(f"{opener} ") for opener in verifier.alternative_openers
    ):
        sentences = sentences[:-1]
    if len(sentences) < 2 or not sentences[-1].endswith("?"):
        return text
    tag, claim = sentences[-1][:-1].strip(), " ".join(sentences[:-1])
    if " ".join(normalise(tag).split()) not in verifier.yes_no_tags or "?" in claim or not claim.endswith((".", "!")):
        return text
    return f"{claim.rstrip('.! ')}, {tag}?"


MOST_DIGITS_ASKED = 10  # 'to two decimal places', 'to 3 significant figures': a small number of digits


@cache
def _answer_forms() -> re.Pattern[str]:
    words = domain.question_words()
    grains = "|".join(map(re.escape, sorted(words.answer_form_grains, key=len, reverse=True)))
    spelled = [word for word, value in cues().raw.spelled.units.items() if 0 < value <= MOST_DIGITS_ASKED]
    small_number = rf"(?:\d{{1,2}}|{'|'.join(map(re.escape, spelled))})"
    forms = (
        re.escape(form).replace(re.escape("{grain}"), rf"(?:{grains})s?").replace(re.escape("{n}"), small_number)
        for form in sorted(words.answer_forms, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w'])(?:{'|'.join(forms)})(?![\w'])", re.IGNORECASE)


def _without_answer_forms(text: str) -> str:
    """'… in 2014, rounded to the nearest billion?', 'give me the raw number: Belgium's …': the form a figure is
    asked in is no word of the question (the marks around it go too; one space stays between words)."""
    pieces, kept_from = [], 0
    for form in _answer_forms().finditer(text):  # the marks widened by hand: a pattern starting with them is quadratic
        start, end = form.start(), form.end()
        while start > kept_from and text[start - 1] in FORM_MARKS:
            start -= 1
        while end < len(text) and text[end] in FORM_MARKS:
            end += 1
        pieces += [text[kept_from:start], " "]
        kept_from = end
    if not pieces:
        return text
    rest = " ".join("".join([*pieces, text[kept_from:]]).split())
    rest = rest.replace(" ?", "?").replace(" .", ".").replace(" !", "!")
    return rest if any(character.isalnum() for character in rest) else text


FORM_MARKS = frozenset(" \t\n,;:–—-")


GREETING_END = re.compile(r"[\s,!.:;~-]+")


def _without_frame(text: str) -> str:
    """'Dear Sir or Madam, what is … in 2024? … With thanks, Ingrid': the letter's salutation, closing and signature
    are no words of the question, nor are the honorifics before its names ('Mr Rutte') or an assignment's task
    labels ('Q3a) Using NATO data, …'). A salutation stays when
    the words after it ask nothing ('Hello. Thanks for that.' is small talk)."""
    text = worksheets.without_labels(letters.without_honorifics(letters.without_closing(text)))
    start = letters.salutation_end(text)
    if start is None:
        return text
    rest = text[start:]
    words = normalise(rest).split()
    # 'Hello, could you tell me the real change in Lithuania's …?' asks of the domain; 'hi all, bot are you awake?'
    # and 'bonjour, ça va ?' are small talk still
    return rest if _asks(words) or ("?" in rest and _names_the_domain(rest, words)) else text


def _names_the_domain(text: str, words: list[str]) -> bool:
    """Words naming something of the domain: an ally or group, a year or figure, a source ('a person' or 'a bot'
    asked of the bot names none)."""
    if _states_a_figure(text) or _years(text) or set(words) & _source_words():
        return True
    return _names_an_ally_or_group(words)


def _without_greeting(text: str) -> str:
    """'hello, how much did poland spend in 2024', 'hi, for my essay i need to know what share …': small talk
    opening a message that then asks is no word of the question. A message of small talk alone, or small talk
    and a remark ('thanks, that's exactly what I needed'), keeps it: it is small talk."""
    lowered = _folded(text.lower())
    greeting = CHITCHAT.match(lowered)
    if greeting is None:
        return text
    gap = GREETING_END.match(lowered, greeting.end())
    if gap is None:
        return text  # 'hiring …', 'testing …': a word that only begins like small talk
    rest = text[gap.end() :]
    return rest if _asks(normalise(rest).split()) else text


def _folded(text: str) -> str:
    """Each letter without its accents ('dzień dobry' → 'dzien dobry', 'teşekkürler' → 'tesekkurler'), as the
    small talk is listed; one letter for one, so a match's end is the same place in the text as typed."""
    if text.isascii():
        return text  # no accents to take off: most messages
    return "".join(_unaccented(character) for character in text)


def _unaccented(character: str) -> str:
    if character.isascii():
        return character
    base = unmarked(character)
    return base if len(base) == 1 else character


def _asks(words: list[str]) -> bool:
    """Words that ask: they open with a question word or a yes/no start, or ask with one and name a year or a
    percentage ('for my essay i need to know what share … in 2024')."""
    if not words:
        return False
    question_words = domain.question_words()
    if words[0] in question_words.interrogatives or words[0] in question_words.verifier.yes_no_starts:
        return True
    asking = any(word in question_words.interrogatives for word in words)
    return asking and bool(YEAR_OR_PERCENT.search(" ".join(words)))


def without_trailing_remark(text: str) -> str:
    refused = _without_refused_alternative(text)
    if refused != text:
        return refused
    asked, found, after = text.rstrip().rstrip("?").rpartition("?")
    if found and asked.strip() and " ".join(normalise(after).split()) in domain.question_words().source_requests:
        return asked + found  # '… replaced now? source?': the source asked after the question, with its own mark
    for mark in REMARK_MARKS:
        asked, found, after = text.rpartition(mark)
        remark = " ".join(normalise(after.replace("?", " ")).split())
        if not (found and asked.strip() and remark) or opens_a_request(remark.split()):
            continue
        if mark == "; " and (_opens_a_formal_request(after) or _a_story_asking(remark.split())):
            continue  # '…; could you kindly confirm the Bulgarian figure for that year?', '…; by how many points …?'
            # ask after the premise
        if (
            _said_besides_the_question(remark, asked, closes_sentence=mark != ",")
            or (
                found in ("?", ". ", "; ")  # '…; the Montenegrin figure, I believe, jumped that year.'
                and _tells_something_after_the_question(remark, asked, asked_by_its_mark=found == "?")
            )
            or (found == "?" and (_doubts_naming_nothing(remark) or _banter_after(remark, asked)))
            or (found == "," and _told_of_the_figure(remark, asked))
            or (found == "; " and _told_after_the_request(remark, asked))
        ):
            return asked + ("?" if found == "?" or after.rstrip().endswith("?") else "")
    return text


def _told_after_the_request(clause: str, asked: str) -> bool:
    """'Confirm Podgorica's defence expenditure as a share of GDP in 2020; the Montenegrin figure jumped that year.':
    after a request that asks on its own, a clause told after a semicolon (asking nothing) is a premise; its verb
    ('jumped') tests nothing. It stays when it holds what the request leaves to it."""
    asked_words = normalise(asked).split()
    if not (_opens_asking(asked_words) or _opens_a_formal_request(asked)) or _asks(clause.split()):
        return False
    return _leaves_the_question_whole(clause, clause.split(), asked, asked_words)


def _told_of_the_figure(clause: str, asked: str) -> bool:
    """'… the share of GDP that Helsinki devoted to defence in 2022, which I understand preceded a marked increase?',
    '…, which I am told was exceptionally large?': a relative clause after the question, in which the asker tells
    what they believe or were told of the figure, is a premise; it stays when it holds what the question leaves to it
    (a year, a basis, an ally, the figure a yes or no tests)."""
    words = clause.split()
    question_words = domain.question_words()
    if not words or words[0] not in question_words.relative_openers:
        return False
    if not set(words) & {*question_words.remark_pronouns, *question_words.verifier.hearsay}:
        return False
    return _leaves_the_question_whole(clause, words, asked, normalise(asked).split())


def _banter_after(clause: str, asked: str) -> bool:
    """'… in current US dollars? the minnows', '… went on personnel? classic old-school squad': after the question's
    mark, a clause that does not ask and names nothing the documents hold beyond what the question names is banter;
    '? share of gdp', '? in euros', '? the largest', '? and france' name something and carry the question on."""
    for opener in domain.question_words().exclamations:
        if f"{clause} ".startswith(f"{opener} "):
            return names_nothing_held(clause.removeprefix(opener), asked)
    return not _opens_asking(clause.split()) and names_nothing_held(clause, asked)


def _said_besides_the_question(clause: str, asked: str, *, closes_sentence: bool) -> bool:
    """A clause after the question that describes the year asked, is a remark (unless it names the measure the
    question leaves unnamed) or refuses another reading."""
    if _describes_the_year(clause, asked) or _doubts_a_yes_or_no(clause, asked):
        return True
    if _says_the_year_again(clause, asked) or _doubts_what_was_said(clause):
        return True
    if _offers_a_figure_to_check(clause, asked):
        return True
    if not _tells_the_measure(clause, asked) and _is_remark(clause, closes_sentence=closes_sentence):
        return True
    return _refuses_another_reading(clause, asked) or _refuses_another_basis(clause, asked)


def _tells_something_after_the_question(clause: str, asked: str, *, asked_by_its_mark: bool) -> bool:
    """'which ally had the largest real increase …? everyone says Poland but I doubt it', '… in 2024? and don't
    pretend it was 50%', '… agree it? someone swears it was 2006': after a question closed by its mark, a clause
    that does not ask and speaks of someone (the asker, 'you', 'they', 'someone') or of what was said tells a claim,
    a bet or a taunt; so does one after a sentence stating no figure ('Latvia real increase 2014 to 2024. someone
    claimed 300%, lying or not?'). It stays when it holds what the question leaves to it: a year (unless a year is
    asked), a basis, a measure, an ally the question does not name (unless it asks which), or the figure a yes or
    no tests.
    `asked_by_its_mark`: the words before are closed by a question mark."""
    words, asked_words = clause.split(), normalise(asked).split()
    if any(character.isdigit() for character in A_YEAR.sub("", asked)) and not asked_by_its_mark:
        return False  # 'Germany spent 2% in 2023. they say 3%, true?': a statement, then the claim asked of it
    if _opens_asking(words) or _tells_the_measure(clause, asked):
        return False
    if not (_speaks_of_someone(words) or _gives_a_reason(words)):
        return False
    return _leaves_the_question_whole(clause, words, asked, asked_words)


def _speaks_of_someone(words: list[str]) -> bool:
    """A clause with a subject of its own (the asker, 'you', 'they', 'someone') or saying what was said, offering
    no other reading ('… ? or is it in euros'; a tag's 'lying or not?' offers none)."""
    question_words = domain.question_words()
    if set(_without_a_tag(words)) & question_words.choice_words:
        return False
    subjects = {*question_words.remark_pronouns, *question_words.third_person, *question_words.others_spoken_of}
    return bool(set(words) & (subjects | set(question_words.verifier.hearsay)))


def _gives_a_reason(words: list[str]) -> bool:
    """'… ? because the US sure isn't the target here': a clause opened by a word of cause tells why one asks."""
    return domain.question_words().verifier.reason_concept in lexicon.concepts(words[:1])


def _leaves_the_question_whole(clause: str, words: list[str], asked: str, asked_words: list[str]) -> bool:
    """No year (unless a year is asked), basis, ally (unless the question asks which) or figure a yes or no tests
    that the question leaves to the clause."""
    question_words = domain.question_words()
    year_asked = bool(set(asked_words) & set(question_words.year_asked))
    if not year_asked and _a_year_left_to(clause, asked):
        return False
    if _states_a_figure(A_YEAR.sub("", clause)) and set(asked_words[:1]) & set(question_words.verifier.yes_no_starts):
        return False  # 'did Poland pass 4%? they say 5%': the figure the yes or no is about
    if not _bases(words) <= _bases(asked_words):
        return False
    whom_asked = bool(set(asked_words) & question_words.whom_asked)
    return whom_asked or _named_already(_whom_named(words), _whom_named(asked_words))


DOUBT_WORDS = 3  # 'or', a verb, what is offered


def _doubts_naming_nothing(clause: str) -> bool:
    """'what do countries have to submit every year? or is it all vibes': another answer offered after the question
    ('or' and a yes-or-no start) naming nothing of the domain is a doubt, no other reading ('or is it in euros?',
    'or is it the 2% pledge' stay)."""
    words = clause.split()
    choices, starts = domain.question_words().choice_words, domain.question_words().verifier.yes_no_starts
    if len(words) < DOUBT_WORDS or words[0] not in choices or words[1] not in starts:
        return False
    rest = words[2:]
    if rest[0] in domain.question_words().third_person:
        rest = rest[1:]  # 'or is it …': what it is said to be
    return bool(rest) and _names_nothing(" ".join(rest)) and not _bases(rest)


def _without_a_tag(words: list[str]) -> list[str]:
    """The words before a yes-or-no tag closing them ('someone claimed 300%, lying or not')."""
    said = " ".join(words)
    for tag in sorted(domain.question_words().verifier.yes_no_tags, key=len, reverse=True):
        if said.endswith(f" {tag}"):
            return said.removesuffix(f" {tag}").split()
    return words


def _says_the_year_again(clause: str, asked: str) -> bool:
    """'… in 2024, and I mean the 2024 estimate specifically, not the 2023 number': after a question naming its
    year, the asker saying that year again, or refusing the figure of another ('not the 2023 number'), asks nothing
    more: no other figure, basis or ally. ('which allies met 2% in 2024, not in 2014?' asks of 2014: it stays.)"""
    asked_years, years = set(A_YEAR.findall(asked)), set(A_YEAR.findall(clause))
    if not asked_years or not years or _states_a_figure(A_YEAR.sub("", clause)):
        return False
    words, asked_words = clause.split(), normalise(asked).split()
    if not _named_already(_whom_named(words), _whom_named(asked_words)) or not _bases(words) <= _bases(asked_words):
        return False
    question_words = domain.question_words()
    if words[0] in question_words.refusing_openers:
        plain = {*question_words.articles, *question_words.sources.fillers, *question_words.sources.data_nouns}
        return not years & asked_years and all(A_YEAR.fullmatch(word) or word in plain for word in words[1:])
    return years <= asked_years and bool(set(words) & set(question_words.remark_pronouns))


def _doubts_what_was_said(clause: str) -> bool:
    """'how many personnel did the UK have in 2024, and is it really as low as people on twitter say?': a yes or no
    about what others say of the figure asked, naming no ally, year or figure and offering no choice, is answered by
    the figure itself."""
    question_words = domain.question_words()
    words = [word for word in clause.split() if word not in question_words.leading_connectives]
    if not words or words[0] not in question_words.verifier.yes_no_starts or YEAR_OR_PERCENT.search(clause):
        return False
    if _states_a_figure(clause) or _whom_named(words) or not set(words) & set(question_words.verifier.hearsay):
        return False
    if set(words) & question_words.choice_words:
        return False  # 'was it Rutte himself or someone quoted in it?' asks which
    return bool(set(words) & question_words.third_person)


def _offers_a_figure_to_check(clause: str, asked: str) -> bool:
    """'… how many times bigger was the Dutch defence budget in 2024 than in 2014 - is it fair to say it roughly
    2.5x'd?': after a question asking for a figure, a yes or no offering a figure of the asker's, naming no ally,
    year or basis the question does not and offering no choice, is answered by the figure asked."""
    question_words = domain.question_words()
    words, asked_words = clause.split(), normalise(asked).split()
    if not words or words[0] not in question_words.verifier.yes_no_starts or not _asks(asked_words):
        return False
    if asked_words[0] in question_words.verifier.yes_no_starts or not _states_a_figure(A_YEAR.sub("", clause)):
        return False
    if set(words) & question_words.choice_words:
        return False  # "is it 'up to 1.5%' or 'at least 1.5%'" asks which
    if not set(A_YEAR.findall(clause)) <= set(A_YEAR.findall(asked)) or not _bases(words) <= _bases(asked_words):
        return False
    return _named_already(_whom_named(words), _whom_named(asked_words))


def _doubts_a_yes_or_no(clause: str, asked: str) -> bool:
    """'did Germany clear 2% in 2024, or is that just Berlin PR?': after a question asked yes or no, a doubt offered
    as its other answer, stating no figure of its own."""
    opening = normalise(asked).split()[:1]
    if not opening or opening[0] not in domain.question_words().verifier.yes_no_starts or _states_a_figure(clause):
        return False
    return any(clause == doubt or clause.startswith(f"{doubt} ") for doubt in domain.question_words().doubts_offered)


def _refuses_another_reading(clause: str, asked: str) -> bool:
    """'… in raw dollars (current prices), no per-GDP games?': a clause refusing an idea the question does not ask
    ('no' or 'not' and no ally, year or figure) tells how not to read it; 'no canada, no us' leaves allies out."""
    words = clause.split()
    if len(words) < 2 or words[0] not in domain.question_words().refusing_openers or _states_a_figure(clause):
        return False
    if _names_an_ally_or_group(words):
        return False
    refused = lexicon.concepts(words[1:])  # 'not' itself reads as a shortfall
    return bool(refused) and not refused & lexicon.concepts(normalise(asked).split())


CLAUSE_MARK = re.compile(r",\s+|\s[-–—]\s+")  # what a question appends after its clause ('…, NATO's figure')


@lru_cache(maxsize=1)
def _refused_alternative() -> re.Pattern[str]:
    phrases = "|".join(map(re.escape, domain.question_words().refusing_phrases))
    return re.compile(rf"\s+(?:{phrases})\s+(?P<refused>[^,;:?!.()]+?)\s*(?P<marks>[?!.]*)\s*$", re.IGNORECASE)


def _without_refused_alternative(text: str) -> str:
    """'… as a percentage of GDP in 2023, NATO's figure rather than whatever Tallinn's ministry puts out?': the
    alternative a question refuses at its end, naming no year, figure or ally it does not ask and no idea it asks
    (or only another currency or prices than those asked), is no part of what it asks."""
    found = _refused_alternative().search(text)
    if found is None:
        return text
    asked, words = text[: found.start()], normalise(found.group("refused")).split()
    appended = CLAUSE_MARK.split(asked)
    set_off = asked.endswith(",")  # '…, as opposed to other things?': the refusal is a clause of its own
    if not set_off and (len(appended) < 2 or len(_words(appended[-1])) > LONGEST_CONTINUATION):
        return text  # 'how much of the figure is an assumption rather than money?' contrasts, it refuses nothing
    if _states_a_figure(found.group("refused")) or not _named_already(_whom_named(words), _whom_named(_words(asked))):
        return text
    another_idea = not lexicon.concepts(words) & lexicon.concepts(_words(asked))
    if not another_idea and not _refuses_another_basis(f"not {' '.join(words)}", asked):
        return text
    return asked + ("?" if "?" in found.group("marks") else "")


def _words(text: str) -> list[str]:
    return normalise(text).split()


def _refuses_another_basis(clause: str, asked: str) -> bool:
    """'… in millions of euros - not converted to dollars', '… in constant 2015 prices, not current prices': a clause
    refusing a currency or a price basis when the question names another of the same kind refuses what the question
    does not ask; 'in 2024, not in dollars' (no currency asked) still says which currency not to give."""
    words = clause.split()
    if len(words) < 2 or words[0] not in domain.question_words().refusing_openers or _states_a_figure(clause):
        return False
    if _names_an_ally_or_group(words):
        return False
    asked_words = normalise(asked).split()
    refused = [(_currencies(words), _currencies(asked_words)), (_terms(words), _terms(asked_words))]
    if not any(refusing for refusing, _ in refused):
        return False
    return all(not refusing or (named and not refusing & named) for refusing, named in refused)


def _currencies(words: list[str]) -> set[str]:
    """The currencies a clause's words name ('euros', 'us dollars')."""
    said = f" {' '.join(words)} "
    return {code for name, code in cues().raw.currency_words.items() if f" {normalise(name)} " in said}


def _terms(words: list[str]) -> set[str]:
    """The prices a clause names: 'current' ('current prices', 'nominal') or 'real' ('constant prices')."""
    verifier = domain.question_words().verifier
    said = f" {' '.join(words)} "
    return {
        kind
        for kind, phrases in (("current", verifier.current_terms), ("real", verifier.real_terms))
        if any(f" {phrase} " in said for phrase in phrases)
    }


def _describes_the_year(clause: str, asked: str) -> bool:
    """'what was it back in 2014, before the big build-up?': what the time of the year asked was, naming no ally,
    year or figure of its own."""
    openers = domain.question_words().time_described
    if not A_YEAR.search(asked) or not any(clause.startswith(f"{opener} ") for opener in openers):
        return False
    return not _states_a_figure(clause) and not lexicon.find_mentions(clause.split(), lexicon.entity_aliases())


def _tells_the_measure(clause: str, asked: str) -> bool:
    """'Italy 2024 — share of defence expenditure going to personnel costs pls': a clause after the mark naming
    what is measured, when the words before it name no measure (only whom and when), is the question's measure,
    however long; one speaking of the asker ('i heard it spiked') stays a remark."""
    words = clause.split()
    if not lexicon.concepts(words) or lexicon.concepts(normalise(asked).split()):
        return False
    return not set(words) & {*domain.question_words().remark_pronouns, *domain.question_words().remark_words}


@lru_cache(maxsize=1)
def _guess() -> re.Pattern[str]:
    """A guess ('… like 50%', ', 31 or 32') or options offered ('– 2030, 2035 or 2040', 'about 5%, 12% or 20%'),
    closing the message; the options (two at least, the last after 'or') in their own group."""
    words = domain.question_words()
    openers = "|".join(re.escape(opener) for opener in words.guess_openers)
    offering = "|".join(re.escape(opener) for opener in sorted(words.option_openers, key=len, reverse=True))
    figure = r"[+-]?\d+(?:\.\d+)?\s*%?"  # "saw something like +50%"
    options = rf"{figure}(?:\s*,\s*{figure})*,?\s+or\s+{figure}"
    guess = rf"(?:[,;]\s*|\s+(?:{openers})\s+){figure}(?:\s+or\s+{figure})?"
    offered = rf"(?:[,;:]\s*|\s[-–—]\s*|\s+(?:{offering})\s+)(?P<options>{options})"
    return re.compile(rf"(?:{offered}|{guess})\s*(?P<marks>[?!.]*)\W*$", re.IGNORECASE)


def options_offered(text: str) -> tuple[str, ...]:
    """'… – was it about 5%, 12% or 20%?': the figures offered as the answer's options, as typed ('5%', '12%',
    '20%'); none when the message offers no two figures to choose from at its end."""
    match = _guess().search(text)
    chosen = match.group("options") if match is not None else None
    if match is None or not chosen:
        return ()
    if match.group(0).lstrip().startswith(",") and ENDS_ON_A_FIGURE.search(text[: match.start()]):
        return ()  # 'in 2014, 2019 or 2024': a list going on from a figure before it, no options offered
    return tuple(OPTION_FIGURE.findall(chosen))


OPTION_FIGURE = re.compile(r"[+-]?\d+(?:\.\d+)?(?:\s*%)?")
ENDS_ON_A_FIGURE = re.compile(r"\d\s*%?\s*$")
TAG_WITH_ANOTHER_SIDE = re.compile(r",\s+(?P<tag>[^,?]+?)\s+or\s+(?P<other>[^,?]+?)(?P<marks>\?*)\s*$")


def _a_tag_without_its_other_side(text: str) -> str:
    """'Poland over 4% in 2024, true or fake news?': a claim's tag with its other side said in words naming nothing
    of the domain is the tag alone ('…, true?')."""
    found = TAG_WITH_ANOTHER_SIDE.search(text)
    if found is None or " ".join(normalise(found["tag"]).split()) not in domain.question_words().verifier.claim_tags:
        return text
    other = normalise(found["other"]).split()
    if not other or other[0] in domain.question_words().question_continuations or _opens_asking(other):
        return text  # 'true or just in euros?', 'right or is it 3%?': another reading offered
    if _states_a_figure(found["other"]) or lexicon.concepts(other) or _bases(other) or _whom_named(other):
        return text
    return f"{text[: found.start('tag')]}{found['tag']}{found['marks']}"


QUESTION_END = re.compile(r"\?+\s+")
DASHED_GUESS = re.compile(r"\s[—–-]\s+(?P<bit>[^—–?]+?)\s*\?+\s*$")  # '… in 2024 — Poland with 30%?'


def _without_answers_offered(text: str) -> str:
    """'by WHAT YEAR are allies supposed to hit 5%? 2030? 2050? never?', 'who actually said it? some random
    pundit?', 'where was Rutte? hiding in Brussels?': after a question asking what, who, where or when, bits each
    closed by its own mark that do not ask are answers the asker offers, not more of the question. A bit carrying
    the question on ('? in 2024?', '? and France?', '? share of GDP?') or naming what the question leaves to it (a
    year or an ally it does not ask, a basis, a percentage) stays."""
    dashed = DASHED_GUESS.search(text)
    first = QUESTION_END.search(text)
    if first is None and dashed is not None:  # 'which ally had the largest real rise in 2024 — Poland with 30%?'
        asked, offered = text[: dashed.start()], [dashed["bit"]]
    elif first is None or not text.rstrip().endswith("?"):
        return text
    else:
        asked, offered = text[: first.start()], QUESTION_END.split(text[first.end() :].rstrip())
    asked_words = normalise(asked).split()
    asking = _opens_asking(asked_words) or _asks(asked_words)  # 'by what year are allies to hit 5%?'
    if not asking or set(asked_words[:1]) & set(domain.question_words().verifier.yes_no_starts):
        return text
    if all(_an_answer_offered(normalise(bit).split(), asked_words) for bit in offered):
        return f"{asked}?"
    return text


def _an_answer_offered(words: list[str], asked_words: list[str]) -> bool:
    question_words = domain.question_words()
    if not words or words[0] in question_words.question_continuations or _opens_asking(words):
        return False
    if _an_ally_guessed(words, asked_words):
        return True
    said = " ".join(words)
    if lexicon.concepts(words) or _bases(words) or "%" in said or CLAIMED_PERCENT.search(said):
        return False
    if A_YEAR.search(said) and not set(asked_words) & set(question_words.year_asked):
        return False
    whom_asked = bool(set(asked_words) & question_words.whom_asked)
    return whom_asked or _named_already(_whom_named(words), _whom_named(asked_words))


def _an_ally_guessed(words: list[str], asked_words: list[str]) -> bool:
    """'Latvia at around 300%?', 'Poland with 30%?' after 'which ally had the biggest …?': an ally guessed with its
    figure, naming nothing else of what is asked."""
    question_words = domain.question_words()
    if not set(asked_words) & question_words.whom_asked or not _whom_named(words):
        return False
    return not (lexicon.concepts(words) or _bases(words) or A_YEAR.search(" ".join(words)))


def _without_guess(text: str) -> str:
    """'czech real increase 2024 was it like 50%??', 'how many members nato has now, 31 or 32?': the question
    without the figure its asker guesses at the end, which is no figure of the question ('is it 2%?' stays a check:
    a bare figure after a comma must come in a pair)."""
    match = _guess().search(text)
    if match is None:
        return _without_a_dashed_guess(text)
    if match.group(0).lstrip().startswith((",", ";", "–", "—", "-")) and " or " not in match.group(0):
        return text
    asked = text[: match.start()].rstrip()
    return f"{asked}?" if "?" in match.group("marks") and asked else asked


DASHED_FIGURE = re.compile(
    r"\s[-–—]\s*(?:(?:roughly|about|around|like|maybe|approx\.?|approximately|circa|~)\s*)?"
    r"(?:[A-Z]{0,3}[$€£])?\d[\d,]*(?:\.\d+)?\s*(?:%|percent|per cent|bn|billion|m|million|k|thousand)?"
    r"(?:\s+of\s+gdp)?\s*(?P<marks>\?+)\s*$",
    re.IGNORECASE,
)


def _without_a_dashed_guess(text: str) -> str:
    """'what was Europe and Canada's share of GDP in 2024 — 2.5%?', '… across 2022 to 2024 — roughly C$110bn?': one
    figure after a dash closing a question that asks what or how much is the asker's guess, no figure of the
    question ('did Italy reach 2% — 1.5%?' asks yes or no, and keeps it)."""
    match = DASHED_FIGURE.search(text)
    if match is None:
        return text
    asked = text[: match.start()].rstrip()
    words = normalise(asked).split()
    question_words = domain.question_words()
    operations = question_words.operations
    requested = bool(words) and words[0] in {*operations.sum, *operations.sum_of_several, *operations.average}
    if not (_opens_asking(words) or _asks(words) or requested) or words[0] in question_words.verifier.yes_no_starts:
        return text
    return f"{asked}?"


LISTING_BRACKET = re.compile(r"\(([^()]{1,80})\)")
TYPED_WORD = re.compile(r"[\w'’-]+")
NAMING_REACH = 3  # 'southern flank', 'the eastern flank allies': the words a member names their own group by


def _the_allies_a_bracket_lists(text: str) -> str:
    """'Southern flank (IT, ES, PT, GR): combined 2024 defence spending?': words naming a group of the asker's own,
    then a bracket listing only allies, ask about those allies; the name is what the asker calls them. A group the
    domain knows, named with a bracket listing some of its members ('nordic countries total military personnel 2024
    (dk fi no se)'), is those members; one named as the whole they are part of ('allies (DK, FI, NO)') stays."""
    for found in LISTING_BRACKET.finditer(text):
        listed = _allies_listed(found.group(1))
        if len(listed) < 2:
            continue
        rest = _spliced(text[: found.start()], "", text[found.end() :])
        group = _group_of(set(listed), rest)  # a group the domain knows first: its name may hold a year ('2004')
        if group is not None:
            return _spliced(rest[: group.start()], _said_as_a_list(listed), rest[group.end() :])
        start = _start_of_a_name(text[: found.start()])
        if start is not None:
            return _spliced(text[:start], _said_as_a_list(listed), text[found.end() :])
    return text


CLARIFIED_LIST_END = re.compile(r"[;.!?]|$")


def _the_allies_a_clarification_lists(text: str) -> str:
    """'… by the Scandinavian and Nordic countries in 2024? I mean Denmark, Norway, Sweden and Finland; …': a
    sentence after the question saying which allies the asker means, all of a group the question names, asks about
    those allies as a bracket after the group's name does."""
    found = NEXT_SENTENCE.search(text)
    if found is None:
        return text
    after = text[found.end() :]
    leads = sorted(domain.question_words().letters.clarifying_leads, key=len, reverse=True)
    said = " ".join(normalise(after).split())
    lead = next((lead for lead in leads if said.startswith(f"{lead} ")), None)
    if lead is None:
        return text
    clause_end = CLARIFIED_LIST_END.search(after, 1)
    clause = after[: clause_end.start() if clause_end else len(after)]
    listed = _allies_listed(" ".join(normalise(clause).split()[len(lead.split()) :]))
    question = text[: found.start() + 1]
    group = _group_of(set(listed), question) if len(listed) >= 2 else None
    if group is None:
        return text
    start = _start_of_a_coordinated_name(question, group)
    rest = after[len(clause) :].lstrip(" ;.")
    return _spliced(_spliced(question[:start], _said_as_a_list(listed), question[group.end() :]), "", f" {rest}")


def _start_of_a_coordinated_name(text: str, group: re.Match[str]) -> int:
    """'the Scandinavian and Nordic countries': a word and 'and' before a group's name that, with the name's last
    word, names the same group ('scandinavian countries') is the same group named twice; its start is the name's."""
    before = re.search(r"([^\W\d_]+)\s+and\s+$", text[: group.start()])
    if before is None:
        return group.start()
    named = tuple(normalise(f"{before.group(1)} {group.group(0).split()[-1]}").split())
    aliases = domain.group_aliases()
    whose = aliases.get(named)
    return (
        before.start()
        if whose is not None and whose == aliases.get(tuple(normalise(group.group(0)).split()))
        else group.start()
    )


def _spliced(before: str, put: str, after: str) -> str:
    """The words put between two parts of a message, one space either side where a word meets a word."""
    joined = " ".join(part for part in (before.strip(), put.strip()) if part)
    after = after.strip()
    return f"{joined} {after}" if after[:1].isalnum() else f"{joined}{after}"


WORD_GAP = r"[\s-]+"


def _group_of(listed: set[str], text: str) -> re.Match[str] | None:
    """Where the text names a group holding every ally listed, the longest of its names first."""
    members = domain.group_members()
    names = sorted(domain.group_aliases().items(), key=lambda named: len(" ".join(named[0])), reverse=True)
    for words, group in names:
        if listed <= set(members[group]):
            spaced = WORD_GAP.join(map(re.escape, words))
            said = re.search(rf"\b{spaced}\b", text, re.IGNORECASE)
            if said is not None:
                return said
    return None


def _allies_listed(inside: str) -> list[str]:
    """The allies a bracket lists, in its order, when it holds nothing else: names, codes and the words joining
    them. A code that is also a word ('no', 'it', 'be') names its ally among codes alone ('dk fi no se'); beside
    names it is the word ('no canada, no us' leaves them out)."""
    question_words = domain.question_words()
    codes = {code.casefold(): name for code, name in lexicon.country_codes().items()}
    typed = [word for word in normalise(inside).split() if word not in question_words.list_connectors]
    if not all(word in codes for word in typed):
        codes = {code: name for code, name in codes.items() if code.upper() not in question_words.codes_beside_codes}
    mentions = [m for m in lexicon.find_mentions(typed, lexicon.entity_aliases()) if lexicon.is_ally(m.target)]
    named = {mention.start: mention.target for mention in mentions}
    covered = {index for mention in mentions for index in range(mention.start, mention.end)}
    named |= {index: codes.get(word, "") for index, word in enumerate(typed) if index not in covered}
    if not all(named.values()):
        return []
    return list(dict.fromkeys(name for _, name in sorted(named.items())))


def _said_as_a_list(names: list[str]) -> str:
    """'Denmark, Finland, Norway and Sweden': the allies a bracket listed, by name, as a question lists them (codes
    typed in lower case name no ally outside a bracket)."""
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _start_of_a_name(before: str) -> int | None:
    """Where the words right before a bracket that name nothing of the domain begin ('Southern flank'), at most a
    few of them; none when the word before the bracket asks, joins or names something known."""
    start = None
    end = len(before.rstrip())
    for typed in reversed(list(TYPED_WORD.finditer(before[:end]))):
        if before[typed.end() : end].strip() or not _a_word_of_a_name(typed.group(0)):
            break
        start, end = typed.start(), typed.start()
        if len(TYPED_WORD.findall(before[start:])) >= NAMING_REACH:
            break
    return start


def _a_word_of_a_name(typed: str) -> bool:
    words = normalise(typed).split()
    if len(words) != 1 or _states_a_figure(typed):
        return False
    question_words = domain.question_words()
    known = {
        *question_words.question_continuations,
        *question_words.interrogatives,
        *question_words.verifier.yes_no_starts,
        *question_words.intent.member_words,
        *_asking_words(),
        *_source_words(),
    }
    if words[0] in known or lexicon.concepts(words) or words[0] in _short_names():
        return False
    return not _names_an_ally_or_group(words)


ASIDE = re.compile(r"\s*\(([^()]{1,60})\)")


# The most words between a purpose's determiner and its remark word ('for my model NATO debate').
PURPOSE_WORDS_BETWEEN = 2


@lru_cache(maxsize=1)
def _for_a_purpose() -> str:
    """'for my model NATO debate', 'for a throwback bit': 'for', a determiner, a few words and a remark or purpose
    word."""
    words = domain.question_words()
    nouns = letters.alternation({*words.remark_words, *words.purpose_nouns})
    determiners = letters.alternation(words.purpose_determiners)
    between = rf"(?:[\w'’-]+\s+){{0,{PURPOSE_WORDS_BETWEEN}}}?"
    return rf"for\s+(?:(?:{determiners})\s+)?{between}(?:{nouns})(?![\w'’])"


@lru_cache(maxsize=1)
def _purpose() -> re.Pattern[str]:
    return re.compile(rf",?\s+{_for_a_purpose()}(?=\s*(?:[.?!;,]|$))", re.IGNORECASE)


@lru_cache(maxsize=1)
def _purpose_opening() -> re.Pattern[str]:
    return re.compile(_for_a_purpose(), re.IGNORECASE)


def _a_purpose(lead: str) -> bool:
    """'for listeners who like the nerdy stuff', 'for a throwback bit': a lead saying what the figure is for (a
    remark or purpose word a few words after 'for'), naming no ally, year or figure."""
    words = lead.split()
    if not _purpose_opening().match(lead) or YEAR_OR_PERCENT.search(lead) or _states_a_figure(lead):
        return False
    return not any(lexicon.is_country(m.target) for m in lexicon.find_mentions(words, lexicon.entity_aliases()))


def _without_purpose(text: str) -> str:
    """'I need Denmark's 2023 spending in constant 2015 US dollars for a graph.', '… in 2019 for my history essay?':
    what the figure is for, at a clause's end, is no word of the question."""
    return _purpose().sub("", text)


def _without_asides(text: str) -> str:
    """'… together (the old czechoslovakia haha)': words in brackets with no digit or percent sign, no word of a
    measure and no ally (by name, alias or code) describe, they do not ask; '(current USD)', '(in zloty)', '(2015
    prices)', '(% of GDP)', '(dk fi no se)' stay."""
    return ASIDE.sub(lambda aside: "" if _describes_only(aside.group(1)) else aside.group(0), text)


# 'what share, in per cent, of total NATO personnel …?': a short aside of units or prices right after the words that
# open the question, before what the question asks of
UNIT_ASIDE = re.compile(
    r"^(?P<head>\s*(?:\S+\s+){0,2}\S+?)\s*,\s*(?P<aside>(?:in|at|as|expressed in|measured in)\s+[^,?;:()]{1,40}?)\s*,"
    r"\s+(?P<rest>[^?]+?)\s*(?P<end>[?.!]*)\s*$",
    re.IGNORECASE,
)


def _units_after_what_is_asked(text: str) -> str:
    """'what share, in per cent, of total NATO personnel did the US account for?' asks 'what share of total NATO
    personnel did the US account for, in per cent?': the aside of units said after what it interrupts, so the words
    asking ('what share of') are read together. An aside naming an ally or a year stays where it is."""
    found = UNIT_ASIDE.match(text)
    if found is None or not set(normalise(found.group("head")).split()) & set(domain.question_words().interrogatives):
        return text
    aside = found.group("aside")
    if A_YEAR.search(aside) or _names_an_ally_or_group(normalise(aside).split()):
        return text
    return f"{found.group('head')} {found.group('rest')}, {aside}{found.group('end')}"


def _states_a_figure(text: str) -> bool:
    return any(character.isdigit() for character in text) or "%" in text


POSSESSIVE = re.compile(r"\b([^\W\d][\w-]*)['’]s\b")


def _describes_only(words: str) -> bool:
    if _states_a_figure(words):
        return False
    members = domain.question_words().intent.member_words  # 'allies', 'ally', 'country'
    said = [word for word in normalise(words).split() if word not in members]  # 'newest ally' describes one
    # "(Europe's two nuclear powers)" says whose the allies are; "(NATO's figures)" names whose figures
    whose = {normalise(name) for name in POSSESSIVE.findall(words)} - domain.alliance_words()
    named = [
        mention
        for mention in lexicon.find_mentions(said, lexicon.entity_aliases())
        if lexicon.is_country(mention.target) or mention.alias not in whose
    ]
    return not named and not {*said} & _short_names() and not set(said) & _asking_words()  # '(dk fi no se)'


@lru_cache(maxsize=1)
def _source_words() -> frozenset[str]:
    """The words naming a kind of source ('article', 'tables', 'report'); the little words of their names ('the'
    of 'the tables') name none ('Top of the shopping list: …' names no source)."""
    from knowledge.question import STOPWORDS  # noqa: PLC0415 - the question's reader reads the remarks first

    sources = domain.question_words().sources
    return frozenset(
        word for phrase in (*sources.prose, *sources.table) for word in phrase.split() if word not in STOPWORDS
    )


@lru_cache(maxsize=1)
def _short_names() -> frozenset[str]:
    """Allies' codes and short names as typed in any case ('dk', 'ger', 'esp')."""
    short = {*lexicon.country_codes(), *lexicon.short_names(), *lexicon.listed_short_names()}
    return frozenset(name.casefold() for name in short)


@lru_cache(maxsize=1)
def _asking_words() -> frozenset[str]:
    """The words a bracket may ask by: every measure's keywords and required words (prices, currencies, units), and
    the words asking a change in points ('(pp)')."""
    from knowledge.measures import MEASURES  # noqa: PLC0415 - measures read this module's words at import

    points = {word for phrase in domain.question_words().operations.points_of_change for word in phrase.split()}
    return frozenset(word for measure in MEASURES.values() for word in measure.keywords | measure.required) | points


LEAD_COLON = re.compile(r":\s+")
# 'in 2014, the wales summit year', 'back in 2014 - the year of the Wales pledge': what the year is known for, after it
YEAR_DESCRIBED = re.compile(
    r"(?<=(?:19|20)\d\d)\s*[,(–—-]\s*the (?:[a-z ]{1,30}? year|year of the [a-z ]{1,30}?"
    r"|year (?!before|after|earlier|later|prior|ahead)[a-z']+ [a-z' ]{1,40}?)\)?"
    r"(?=\s*[?.!,]|\s*$)",  # '2020, the year everything shut down.'
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _year_then_its_description() -> re.Pattern[str]:
    openers = "|".join(map(re.escape, sorted(domain.question_words().time_described, key=len, reverse=True)))
    return re.compile(
        rf"(?<=(?:19|20)\d\d)\s*[,(–—-]?\s*(?:{openers})\b(?P<told>[^?.!,;()\d%]{{0,40}}?)\)?(?=\s*[?.!]|\s*$)",
        re.IGNORECASE,
    )


def _without_the_year_described(text: str) -> str:
    """'How many allies met the 2% guideline back in 2014 when it was agreed?', '… in 2022, the year they applied to
    join?': a clause closing the question right after its year that tells what the year was, naming no ally and
    nothing the question does not ask already ('in 2024 when it comes to equipment' names what is asked)."""
    found = _year_then_its_description().search(text)
    if found is None:
        return text
    told, asked = normalise(found.group("told")).split(), normalise(text[: found.start()]).split()
    # 'its first year as an ally': the alliance named only says what the year was to the ally asked about
    named = [m for m in lexicon.find_mentions(told, lexicon.entity_aliases()) if m.target != lexicon.NATO_ALLIES]
    if named or lexicon.find_mentions(told, domain.group_aliases()):
        return text
    asked_concepts = lexicon.concepts(asked)
    if not lexicon.concepts(told) - domain.question_words().verifier.events_of_a_year <= asked_concepts:
        return text
    new = {word for word in told if word in _asking_words() and word not in asked}
    if any(not lexicon.concepts([word]) or not lexicon.concepts([word]) <= asked_concepts for word in new):
        return text
    return text[: found.start()] + text[found.end() :]


LEAD_END = re.compile(r"\.{2,}\s*|[.!]\s+")  # '…arms buying.. how much', '…wild! what did'


def _about_whom_a_remark_named(text: str) -> str:
    """'ngl poland going crazy w the arms buying.. how much they spent 2023': a remark naming one ally, then a
    question speaking of it as 'they', asks about that ally ('how much poland spent 2023')."""
    question_words = domain.question_words()
    found = LEAD_END.search(text) or _colon_after_a_remark(text, question_words.remark_words)
    if found is None:
        return text
    lead, asked = text[: found.start()], text[found.end() :]
    lead_words, asked_words = normalise(lead).split(), normalise(asked).split()
    if "?" in lead or any(word in question_words.interrogatives for word in lead_words):
        return text
    if any(character.isdigit() for character in lead) or YEAR_OR_PERCENT.search(lead):
        return text  # 'Greece: defence outlays as % of GDP in 2014. what was it?' is the topic, not a remark
    # 'We Dutch hosted the summit. On what date was it?': the asker's own ally is 'we', never 'it' or 'they'
    named = {
        m.target
        for m in lexicon.find_mentions(lead_words, lexicon.entity_aliases())
        if lexicon.is_country(m.target) and not names_the_asker(lead_words, m)
    }
    pronouns = [word for word in asked_words if word in question_words.third_person]
    if len(named) != 1 or not pronouns or lexicon.find_mentions(asked_words, lexicon.entity_aliases()):
        return text
    name = next(iter(named))
    said = re.sub(rf"\b{re.escape(pronouns[0])}\b", name, asked, count=1, flags=re.IGNORECASE)
    return said if said != asked else text


TOPIC_LEAD = re.compile(r"^(?P<lead>[^,?:;]{3,120}?)\s*[,:;-]\s+(?P<asked>[^,]*\?*)\s*$")
POINTING_IT = re.compile(r"\b(?:it|this|that)\b", re.IGNORECASE)


def _about_what_a_lead_named(text: str) -> str:
    """'the article talks about a debate going on inside NATO, what is it about?': a lead naming what a document
    speaks of, then a question pointing at it, asks about that ('what is a debate going on inside NATO about?')."""
    found = TOPIC_LEAD.match(text)
    if found is None:
        return text
    lead, asked = found.group("lead"), found.group("asked")
    joined = f" {' '.join(normalise(lead).split())} "
    sources = domain.question_words().sources.prose  # 'the article', 'the report', 'this note'
    if not any(joined.startswith((f" {source} ", f" the {source} ", f" this {source} ")) for source in sources):
        return text
    verb = next((verb for verb in domain.question_words().topic_verbs if f" {verb} " in joined), None)
    asking = normalise(asked).split()
    if verb is None or not asking or asking[0] not in domain.question_words().interrogatives:
        return text
    topic = joined.split(f" {verb} ", 1)[1].strip()
    said = POINTING_IT.sub(topic, asked, count=1)
    return said if said != asked else text


def _colon_after_a_remark(text: str, remark_words: tuple[str, ...]) -> re.Match[str] | None:
    """'for a lesson on albania: what did its …': a colon ends a lead that says what the question is for (a lead
    without such a word, 'germany's spend in current dollars: how much did it jump', is the question's topic)."""
    found = LEAD_COLON.search(text)
    if found is None or not set(normalise(text[: found.start()]).split()).intersection(remark_words):
        return None
    return found


def _without_leading_remark(text: str) -> str:
    """'writing up a piece on the baltics - combined defence spending of …?', 'G7 bloc research: canada share
    of gdp 2017': the question after the remark. A clause that asks, or names a country, is never taken off
    ('teacher here, prepping a lesson on canada: by how much did its spending grow')."""
    for mark in (" - ", " – ", " — ", ": ", ", "):
        lead, found, asked = text.partition(mark)
        remark = " ".join(normalise(lead).split())
        if CHITCHAT.match(remark):
            return text  # 'thanks, that's exactly what I needed': small talk, never a remark before a question
        if found and asked.strip() and "?" not in lead and _leads_with_a_remark(remark):
            return asked
        if found and asked.strip() and _a_purpose(remark):
            return asked  # 'For listeners who like the nerdy stuff: what percentage …', 'For a throwback bit: …'
        if found and _a_lead_of_nothing(mark, remark) and _asked_of_the_domain(remark, _unjoined(asked)):
            return _unjoined(asked)  # 'Flip side — which ally …?', 'Forgive me for asking, but what did …?'
        if found and "?" not in lead and _a_setting(remark) and _asks_on_its_own(remark, asked):
            return _unjoined(
                asked
            )  # 'For a note to the Treasury, could you kindly give me …', 'ngl i need this for hw: …'

    return _without_unmarked_lead(text)


def _a_setting(lead: str) -> bool:
    """'For a note to the Treasury', 'In preparation for the Minister's visit to Athens', 'Whilst reviewing Lisbon's
    procurement record', 'Nordic question from an old Arctic warfare instructor': a lead about the asker (what the
    figure is for, the occasion, who asks), shaped by an opener of setting or a word of the first person; no figure,
    year or question word. 'For the navy', 'Regarding naval procurement' name a topic: they stay."""
    words = lead.split()
    question_words = domain.question_words()
    if not words or _states_a_figure(lead) or set(words) & set(question_words.interrogatives):
        return False
    if words[0] in question_words.figure_requests or _names_an_operation(_past_the_opener(lead)):
        return False  # 'give me the US share, …', 'add up the Nordic allies for me — …': the request itself
    said = f" {lead} "
    if _opens_a_setting(lead) or any(f" {opener} " in said for opener in question_words.setting_phrases):
        return True
    return bool(set(words) & {*question_words.setting_subjects, *question_words.speaking_as})


def _opens_a_setting(lead: str) -> bool:
    return any(f"{lead} ".startswith(f"{opener} ") for opener in domain.question_words().setting_openers)


def _past_the_opener(lead: str) -> str:
    """The lead's words after its opener of setting ('for the benefit of all delegations': 'all delegations')."""
    opener = next((o for o in domain.question_words().setting_openers if f"{lead} ".startswith(f"{o} ")), "")
    return lead[len(opener) :].strip()


def _names_an_operation(lead: str) -> bool:
    said = f" {lead} "
    return any(f" {phrase} " in said for phrase in _operation_phrases())


@lru_cache(maxsize=1)
def _operation_phrases() -> tuple[str, ...]:
    """The operations' phrases of several words ('add up', 'work out'), dumped from the data once."""
    operations = domain.question_words().operations.model_dump().values()
    return tuple(phrase for listed in operations for phrase in listed if " " in phrase)


def _asks_on_its_own(lead: str, asked: str) -> bool:
    """What follows a setting asks (a question word, or a request in the formal voice) and names whom it asks of
    itself, or the setting named no one: a lead's ally is never lost ('For my essay on Poland, what was its share')."""
    words = normalise(asked).split()
    if not (_opens_asking(words) or _opens_a_formal_request(asked)):
        return False
    return _leaves_nothing_to_the_setting(lead, asked)


def _leaves_nothing_to_the_setting(lead: str, asked: str) -> bool:
    """The question names whom it asks of itself, or the setting names no one; and the setting names no measure or
    basis the question leaves to it ('Our share of GDP, what was it in 2024?' asks the share)."""
    told, words = normalise(lead).split(), normalise(asked).split()
    if not _bases_told(told, words) or set(words) & domain.question_words().third_person:
        return False  # '… quoted a figure around two-thirds, can you confirm it?': 'it' is what the lead told
    return _names_an_ally_or_group(words) or not _names_an_ally_or_group(told)


def _a_lead_of_nothing(mark: str, remark: str) -> bool:
    """A lead naming nothing of the domain before a mark ('Flip side —', 'Settle a bet for me:'); before a comma only
    when it speaks of the asker or to the bot ('Forgive me for asking,', 'If I recall correctly,', 'With your
    permission,'): a courtesy, where 'In real terms,' names a basis and 'Overall,' may scope what is asked."""
    if not _names_nothing(remark):
        return False
    if mark != ", ":
        return True
    question_words = domain.question_words()
    persons = {*question_words.remark_pronouns, *question_words.others_spoken_of, "your", "yours"}
    return bool(persons & set(remark.split()))


def _unjoined(asked: str) -> str:
    """'…, but what did the Dutch spend': the question without the word joining it to the lead."""
    first, _, rest = asked.lstrip().partition(" ")
    joins = normalise(first) in domain.question_words().leading_connectives
    return rest if joins and rest else asked


def _asked_of_the_domain(lead: str, asked: str) -> bool:
    """What follows a lead asks: with a question word ('… which ally …?'), or by its question mark when it names
    whom it is about ('Quickfire: Portugal's defence spending as a share of GDP in 2017?'); a lead asking itself
    ('confirm: …') or a rest naming no one ('germnay: real growth … in 2023?', a name mistyped) keeps the lead."""
    words = normalise(asked).split()
    if _asks(words):
        return True
    return asked.rstrip().endswith("?") and not _opens_asking(lead.split()) and _names_an_ally_or_group(words)


REMARK_REACH = 3  # 'for my essay', 'for my history class': the words from a remark's opener to what it is for


def _without_unmarked_lead(text: str) -> str:
    """'for my essay i need to know what share …': a remark's opener and, a few words on, what the asking is for,
    with no mark after them, when the words after it ask."""
    question_words = domain.question_words()
    words = text.split()
    lead = normalise(" ".join(words[: REMARK_REACH + 1])).split()
    if not _opens_a_remark(" ".join(lead)):
        return text
    for end, word in enumerate(lead[1 : REMARK_REACH + 1], start=2):
        if word in question_words.remark_words:
            rest = " ".join(words[end:])
            if _asks(normalise(rest).split()):
                return rest
            return _requested(rest) or text
    return text


def _requested(rest: str) -> str | None:
    """'I require France's defence expenditure for 2019': what a request said as a statement asks for, when it
    names a year or a percentage."""
    leads = sorted(domain.question_words().request_leads, key=len, reverse=True)
    said = normalise(rest)
    for lead in leads:
        if said.startswith(f"{lead} "):
            asked = " ".join(rest.split()[len(lead.split()) :])
            return asked if YEAR_OR_PERCENT.search(asked) else None
    return None


def _leads_with_a_remark(clause: str) -> bool:
    words = clause.split()
    question_words = domain.question_words()
    if any(word in question_words.interrogatives for word in words):
        return False
    if any(lexicon.is_country(mention.target) for mention in lexicon.find_mentions(words, lexicon.entity_aliases())):
        return False
    told_why = any(word in question_words.remark_words for word in words)
    return (told_why or _opens_a_remark(clause)) and not YEAR_OR_PERCENT.search(clause)


def _names_nothing(clause: str) -> bool:
    """A lead naming nothing of the domain: no ally or group, year, figure, idea, measure's word or source."""
    words = clause.split()
    if not words or _states_a_figure(clause) or lexicon.concepts(words) or set(words) & _asking_words():
        return False
    if _names_an_ally_or_group(words):
        return False
    question_words = domain.question_words()
    return not set(words) & (_source_words() | set(question_words.interrogatives) | _short_names())


def _opens_a_remark(clause: str) -> bool:
    openers, opening = _remark_openers()
    return clause in openers or clause.startswith(opening)


@lru_cache(maxsize=1)
def _remark_openers() -> tuple[frozenset[str], tuple[str, ...]]:
    """The openers of a remark, and each with the space after it, as a clause is looked up in them."""
    openers = domain.question_words().remark_openers
    return frozenset(openers), tuple(f"{opener} " for opener in openers)


def _speaks_of_oneself(clause: str) -> bool:
    """'my bet is belgium', 'in millions i assume', 'G7 bloc research'; not 'i just want the share the US
    covers', which asks."""
    words = clause.split()
    if YEAR_OR_PERCENT.search(clause):
        return False
    question_words = domain.question_words()
    if any(word in question_words.remark_words for word in words):
        return True
    return any(word in question_words.remark_pronouns for word in words) and not lexicon.concepts(words)


def _is_remark(clause: str, *, closes_sentence: bool) -> bool:
    """A clause after the question that tells why or who asks: it opens as remarks do, speaks of the one asking,
    or (after a sentence's end or a dash) asks nothing of the domain."""
    if _opens_a_remark(clause) or _speaks_of_oneself(clause):
        return True
    return closes_sentence and _asks_nothing(clause)


def _asks_nothing(clause: str) -> bool:
    """A clause that neither carries the question on ('? in euros', '? and france', '? share of gdp') nor
    names an ally, a year or a percentage: 'writing an article', 'need the exact figure for a piece'."""
    words = clause.split()
    if not words or words[0] in domain.question_words().question_continuations or YEAR_OR_PERCENT.search(clause):
        return False
    if lexicon.find_mentions(words, lexicon.entity_aliases()):
        return False
    between = domain.question_words().follow_ups.between_figures  # '— ratio?': the figures before, combined
    carries_on = any(character.isdigit() for character in clause) or lexicon.concepts(words) or set(words) & between
    return len(words) > LONGEST_CONTINUATION or not carries_on
