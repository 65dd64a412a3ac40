"""Verify the remaining words of a question: every specific word it asks by (and every phrase naming an idea)
must be stated by the facts answering it — in their own clause, their document's title or their section's
heading — or be scaffolding that asks nothing.

Part of `knowledge.ask.verify`, which runs these checks beside the others.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence

from knowledge import domain, lexicon
from knowledge.ask.common_words import is_specific
from knowledge.ask.parse import Operation, ParsedQuestion
from knowledge.ask.verify_evidence import (
    TEXT_CACHE,
    clause_words,
    forms,
    initials,
    lead_in,
    measure_parts,
    modifiers_pointed_back,
    names_carried,
    names_own_subject,
    title_names_of,
)
from knowledge.ask.verify_numbers import COUNTED_UNITS, framed_as_a_goal, range_ends
from knowledge.ask.verify_ruled_out import refused_words
from knowledge.ask.verify_sources import SourceCheck
from knowledge.ask.verify_vocabulary import Scaffolding, accounted, is_neutral, is_number
from knowledge.ask.verify_years import is_fiscal_year, period_years
from knowledge.cues import cues
from knowledge.doc_context import Heading, heading_before, headings
from knowledge.figures import fiscal_year_spellings, is_fiscal_year_word
from knowledge.lexicon import normalise
from knowledge.models import Document, Fact, Unit
from knowledge.question import STOPWORDS, stem
from knowledge.readers.prose import read_prose
from knowledge.words import numbers_in

AMOUNT_UNITS = frozenset({Unit.MONEY, Unit.COUNT, Unit.PEOPLE})
RANK_KIND = "rank"  # the measure kind of a place in an order ('the second-largest army in NATO')
LINE_UNITS = frozenset({Unit.PERCENT, Unit.PERCENT_OF_GDP})  # a line a share is tested against
# the adverbs and prepositions that make a verb a phrasal verb ('sign up to', 'hand in', 'carry out'): English,
# not the domain's words
PARTICLES = frozenset({"up", "down", "in", "out", "on", "off", "for", "to", "back", "over", "into", "onto"})
TYPED_PERCENT = re.compile(r"(\d+(?:\.\d+)?)%")
TYPED_NUMBER = re.compile(r"(\d+(?:\.\d+)?)")
# capitalised words in a row after a word of the sentence ('to the Defence Equipment Fund'), never its first word
TYPED_NAME = re.compile(r"(?<=[a-z0-9,] )[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)+")
NAME_BEFORE_NOUN = re.compile(r"(?<=\s)([A-Z][\w'’-]*) ([a-z][\w-]*)")  # 'the Nansen programme'
PERCENT_WORDS = frozenset({"%", "percent", "pc"})
UNIT_CONCEPTS = frozenset({"gdp", "share", "spending", "defence"})  # concepts (concepts.toml) naming a figure's unit
SHARE_WORDS = frozenset({"share"})  # the unit concept whose words ('part', 'fund') are said of parts of anything
SET_OFF = re.compile(r"(?:,|\s[—–-])\s*$")  # a phrase after a comma or a dash is set off from the clause before it
CLAUSE_BREAK = re.compile(r"[;:]")
YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")  # a year written in a figure's clause
MOST_KEYWORDS = 6  # 'hague pledge review year': a keyword string is a few words, none of them little
DETERMINERS = frozenset({"the", "its", "their", "his", "her"})  # English: what opens a superlative's noun phrase
SUPERLATIVE = re.compile(r"[a-z]{2,}est")


class WordCheck:
    """The words a question asks by, against the words its answer's facts state."""

    def __init__(
        self,
        facts: list[Fact],
        documents: dict[str, Document],
        texts: dict[str, str],
        evidence: Callable[[Fact], frozenset[str]],
        scaffolding: Scaffolding,
        sources: SourceCheck,
    ) -> None:
        self.facts = facts
        self.documents = documents
        self.texts = texts
        self.evidence = evidence  # a fact's words
        self.scaffolding = scaffolding
        self.sources = sources
        words = domain.question_words()
        self.measure_nouns = words.verifier.measure_nouns | words.verifier.part_nouns
        self.business_measures = words.verifier.business_measures
        self.table_words = words.verifier.table_words
        self.amount_words = words.verifier.amount_words
        # 'in NATO', 'among the allies', 'within NATO': the words a place names its field by, one as good as another
        self.rank_scopes = frozenset(phrase for phrase in cues().raw.rank_scopes if " " not in phrase)
        self.items_included = _items_after(words.verifier.items_included)
        self.items_asked = _items_after((*words.verifier.items_included, *words.verifier.items_asked))
        self.count_cues = words.asked_kinds.count
        self.recency = words.verifier.recency
        self.range_asked = words.verifier.range_asked
        self._document_headings: dict[str, list[Heading]] = {}

    def words(
        self,
        question: ParsedQuestion,
        facts: list[Fact],
        *,
        strict: bool = False,
        gap_worked_out: bool = False,
        ranked_by_closeness: bool = False,
    ) -> list[str]:
        """`gap_worked_out`: the answer is the distance to a line, the 'extra' or 'additional' amount asked;
        `ranked_by_closeness`: the answer ranks allies by how near they are to a line ('closest to 2%')."""
        evidence = self._stated(question, facts)
        words = domain.question_words()
        if gap_worked_out:  # 'how far did Poland overshoot 2%': the side of the line the gap is worked out on too
            evidence |= {*words.quantities.increment_words, *words.quantities.gap_relations}
        if ranked_by_closeness:  # 'who came closest to 2% without reaching it': how the allies are ranked
            closeness = (*words.table_questions.closest, *words.table_questions.short_of_the_line)
            evidence |= {word for phrase in closeness for word in phrase.split()}
        concepts = lexicon.concepts(sorted(evidence)) | _phrased_concepts(facts, evidence)
        missing = []
        focus = self.scaffolding.focus(question)
        phrased = _words_of_phrases_said(focus, concepts)  # 'sign up to' by 'agreed': each of its words
        kinds = _measure_modifiers(focus, self.measure_nouns)
        # a search box's keyword string ('hague pledge review year') says nothing idly: a statement answering it
        # accounts for its common words too ('review'), as one found by its words alone does
        every_word = strict or _keywords_of_a_statement(question, facts)
        # 'what share went to research?', 'which air base gets …?': the part or the kind of thing asked, however
        # common its words
        part = _parts_spent_on(focus)  # a part named by no word the answer says: each of its words is checked
        spent_on = kind_asked(focus, self.scaffolding.neutral) | (
            frozenset() if any(accounted(word, evidence, concepts) for word in part) else part
        )
        open_words = [
            w
            for w in self.scaffolding.open_words(focus, question)
            if every_word or w in kinds or w in self.business_measures or w in spent_on or is_specific(w)
        ]
        # 'where does Türkiye's army rank in size within NATO?': a place asked by size is a place stated by it
        # ('the second-largest army in NATO'), its scope by any word of one
        place_by_size = Operation.RANK in question.operations and all(fact.measure_kind == RANK_KIND for fact in facts)
        amounts = place_by_size or any(fact.unit in AMOUNT_UNITS for fact in facts)
        scope_words = self.rank_scopes if place_by_size else frozenset()
        # 'count of allies meeting 2%': the cue's own words are the count a count answers
        counted = any(fact.unit in COUNTED_UNITS for fact in facts) or len(facts) >= 2  # a count, or a list counted
        counting = question.has(*self.count_cues) and counted
        cue_words = (
            {word for phrase in self.count_cues if question.has(phrase) for word in phrase.split()}
            if counting
            else set()
        )
        missing += self._phrases_unaccounted(focus, evidence, concepts)
        missing += name_unstated(question, focus, evidence)
        missing += another_named_thing(focus, facts) if strict else []
        missing += self._goal_unaccounted(question, facts, counting=counting)
        economy = _economy_of_a_typed_share(question.words, facts) | _frames_of_goals(focus)
        # 'Not the per cent of GDP, the actual dollar amount.': what the question rules out is not asked
        ruled = set(refused_words(question.text, question.words))
        # 'by NATO's count', 'per NATO's numbers': the noun of the source's data names where the figure comes from
        nouns = domain.question_words().sources.data_nouns
        # (places of the words as parsed: a question rewritten since, shorter, keeps them)
        said = question.words
        ruled |= {said[at] for at in question.source_at if at < len(said) and said[at] in nouns}
        for word in open_words:
            skipped = word in phrased or word in economy or word in ruled or word in scope_words
            if (counting and word in cue_words) or skipped:
                continue
            if word in self.amount_words:
                if not amounts:
                    missing.append(f"word {word}")  # 'how big' asks for an amount, not a share
            elif not accounted(word, evidence, concepts) and not self.scaffolding.misspelt(word):
                missing.append(f"word {word}")
        return missing

    @staticmethod
    def _goal_unaccounted(question: ParsedQuestion, facts: list[Fact], *, counting: bool) -> list[str]:
        """'What is Italy's defence spending target?': a goal or a plan asked, which the tables' cells (what was
        spent) never state; a question with a number, a yes or no, a count or a calculation uses it as a line."""
        if question.numbers or question.yes_no or question.operations or counting:
            return []
        if not facts or any(fact.citation.cell is None for fact in facts):
            return []
        words = domain.question_words()
        goals, askers = words.verifier.goal_asked, set(words.remark_pronouns)
        # 'does poland want …' asks a goal; 'i want to compare …' is the asker's wish
        pairs = zip(("", *question.words), question.words, strict=False)
        return [f"word {word}" for before, word in pairs if word in goals and before not in askers][:1]

    def _stated(self, question: ParsedQuestion, facts: list[Fact]) -> set[str]:
        """The words the facts state of their own figures, with their documents' titles and sections' headings."""
        evidence: set[str] = set()
        # 'uk defence spending incl intelligence', 'stuff like infrastructure protection': the whole with its items
        asked_in = _items(self.items_asked, " ".join(question.words))
        named_sources = self.sources.named_sources(question)
        for fact in facts:
            # a statement found by its words alone must be about what was asked in its own clause: in 'Finland,
            # which shares a 1,340 km border with Russia, plans to lift spending to 3% of GDP', 3% is no length
            parts = frozenset() if asked_in else self._items_included(fact)
            evidence |= self.evidence(fact) - self._claimed_by_others(fact) - parts
            document = self.documents[fact.citation.document]
            if question.source_kind or question.according_to:  # "the annual report says…" names the document
                evidence |= set(normalise(f"{document.title} {document.publisher or ''}").split())
                evidence |= self.sources.kind_named(fact, named_sources)
                evidence |= self.sources.bodies_cited(question, [fact])  # 'per SIPRI' where SIPRI is cited
            else:
                evidence |= self._title_words(fact)
            evidence |= self._heading_words(fact) | self._names_around(fact) | self._recency_stated(fact)
            evidence |= self.recency if named_new_and_replacing(question.words, fact.citation.quote or "") else set()
            if (fact.citation.quote or "").lstrip().startswith("|"):  # a row of a document's table
                evidence |= self.table_words
            if is_fiscal_year(fact.period or ""):  # '$62.7 billion' of 2025-26 is a fiscal year's, however said
                evidence |= lexicon.fiscal_year_words()
            evidence |= _bound_words(fact)
        if _both_ends_of_a_range(facts):
            evidence |= self.range_asked
        # 'the FY25 request' by a column headed 'FY2025 request': one fiscal year, written short or whole
        evidence |= {spelling for word in list(evidence) for spelling in fiscal_year_spellings(word)}
        return evidence | self._line_named(question)

    def _line_named(self, question: ParsedQuestion) -> frozenset[str]:
        """'is Estonia at the new 3.5% core defence level from the Hague summit?', 'did italy meet the 2% wales
        pledge?': a yes or no against a line the question names by what the documents say of it. The words of the
        documents' statements of that line (with their headings and their titles' names) name it; the answer tests
        the figure against it."""
        if not question.yes_no or len(question.numbers) != 1 or not question.numbers[0].percent:
            return frozenset()
        return self._statements_of_line(question.numbers[0].value)

    @functools.lru_cache(maxsize=64)  # noqa: B019 - one WordCheck per knowledge base, as long-lived as its facts
    def _statements_of_line(self, line: float) -> frozenset[str]:
        words: set[str] = set()
        for fact in self.facts:
            if fact.citation.cell is None and fact.value == line and fact.unit in LINE_UNITS:
                words |= self.evidence(fact) | self._heading_words(fact) | self._title_words(fact)
        return frozenset(words)

    def _title_words(self, fact: Fact) -> frozenset[str]:
        """'the Hague pledge': the names in a document's title say what its statements are about."""
        title = self.documents[fact.citation.document].title
        names = title_names_of(title, fact.citation.quote)
        return names | frozenset(normalise(title).split()) if names else frozenset()

    def _recency_stated(self, fact: Fact) -> frozenset[str]:
        """'New' is said of what is new when its document is written: a statement dated to its document's own year
        ('creates a EUR 500 billion infrastructure fund', in a note of 2025 about 2025), never to an earlier year (a
        fund of 2022, told in 2025, is no longer new) nor a later one (a goal for 2035 may have been set long ago)."""
        published = self.documents[fact.citation.document].published or ""
        years = period_years(fact.period or "")
        if not published[:4].isdigit() or not years or fact.citation.cell is not None:
            return frozenset()
        return self.recency if min(years) == int(published[:4]) else frozenset()

    def _names_around(self, fact: Fact) -> frozenset[str]:
        """The names its paragraph and section speak of before a statement: a topic named once ('the SAFE loan
        instrument … Poland requested EUR 43.7 billion') carries to the sentences after it; common words do not."""
        span = fact.citation.span
        if span is None or fact.citation.cell is not None or fact.citation.document not in self.texts:
            return frozenset()
        heading = heading_before(self.headings(fact.citation.document), span.start)
        quote = fact.citation.quote
        lead = lead_in(self.texts, fact)
        carried = names_carried(lead, quote) | names_carried(heading.text if heading else "", quote, headline=True)
        return carried | modifiers_pointed_back(lead, quote)

    def _phrases_unaccounted(self, words: Sequence[str], evidence: set[str], concepts: set[str]) -> list[str]:
        """A phrase that names an idea ('hand in', 'send in') is asked even when its words are common ones: 'what
        does each ally have to hand in every year?' is not answered by a share of GDP."""
        missing = []
        for mention in lexicon.find_mentions(list(words), lexicon.synonym_aliases()):
            phrase = mention.alias.split()
            said = mention.target in concepts or set(phrase) <= evidence  # its idea, or its very words
            if len(phrase) < 2 or said or all(is_neutral(w, self.scaffolding.neutral) for w in phrase):
                continue
            missing.append(f"word {mention.alias}")
        return missing

    @functools.cached_property
    def _open_by_quote(self) -> dict[str, list[Fact]]:
        by_quote: dict[str, list[Fact]] = {}
        for fact in self.facts:
            if fact.measure_text:
                by_quote.setdefault(fact.citation.quote, []).append(fact)
        return by_quote

    def _items_included(self, fact: Fact) -> frozenset[str]:
        """Words a sentence names only as items its figure includes: in 'NATO's definition, which also includes
        items such as military pensions …, Dutch defence spending will reach EUR 27.9 billion', the pensions are
        a part of the figure, not what it measures."""
        quote = fact.citation.quote
        items = _items(self.items_included, quote)
        if not items:
            return frozenset()
        # the figure's own words keep theirs: '… includes 3.5% for core defence' is the 3.5%'s own clause
        return items - forms(self.items_included.sub(" ", quote), fact.measure_text or "", *measure_parts(fact))

    def _claimed_by_others(self, fact: Fact) -> frozenset[str]:
        """Words of a sentence that only the clauses of its other figures speak of: in '… 5% of GDP …, of which
        3.5% must go on core defence', 'core' is the 3.5%'s, never the 5%'s."""
        stated = self._open_by_quote.get(fact.citation.quote, [])
        own = fact if fact.measure_text else next((other for other in stated if other.value == fact.value), None)
        # a speaker's fact ('Tusk said …') carries no figure and claims none of the figures' words
        others = [
            other
            for other in stated
            if other.value is not None
            and other.value != fact.value
            and not _sets_the_scene(other)
            and not (own is not None and (_one_clause(own, other) or _said_of(own, other) or _said_of(other, own)))
            and not (own is not None and (_earlier_value_of(own, other) or _earlier_value_of(other, own)))
        ]
        if own is None or not others:
            return frozenset()
        claimed = frozenset().union(*(clause_words(other) for other in others)) - clause_words(own)
        # what every item of a list is a figure of ('Spain at 1.28% of GDP, Belgium at 1.30%') is shared
        return frozenset(
            word
            for word in claimed
            if word not in self.scaffolding.neutral and not lexicon.concepts([word]) & UNIT_CONCEPTS
        )

    def _heading_words(self, fact: Fact) -> frozenset[str]:
        """The words of the Markdown heading a statement stands under ('# The Hague Summit 2025: the new defence
        investment pledge'): what the section's statements are about."""
        span = fact.citation.span
        if span is None or fact.citation.cell is not None or fact.citation.document not in self.texts:
            return frozenset()
        if names_own_subject(fact):
            return frozenset()  # a statement naming its subject stands on its own words
        return self._heading_before(fact.citation.document, span.start)

    @functools.lru_cache(maxsize=TEXT_CACHE)  # noqa: B019 - one verifier per engine, kept for its life
    def _heading_before(self, document: str, offset: int) -> frozenset[str]:
        """The section heading as extraction reads it: a Markdown heading or a plain-text heading line ('3. SAFE:
        EUR 150 BILLION IN LOANS')."""
        heading = heading_before(self.headings(document), offset)
        if heading is None:
            return frozenset()
        words = normalise(heading.text).split()
        return frozenset({*words, *(stem(word) for word in words)})

    def headings(self, document: str) -> list[Heading]:
        """A prose document's section headings, read once (the entity check reads them too)."""
        found = self._document_headings.get(document)
        if found is None:
            prose = read_prose(self.texts[document], markdown=document.endswith(".md"))
            found = self._document_headings[document] = headings(prose)
        return found


def _economy_of_a_typed_share(words: Sequence[str], facts: list[Fact]) -> frozenset[str]:
    """'to reach 3.5% of GDP', 'more than 3% of gdp': the economy a typed share is of names the share, not what is
    asked; a sentence stating the share bare ('reaching 3.5% will cost the Netherlands an extra EUR 16 billion')
    speaks of the same share. A share the sentence says is of something else ('3% of the budget') is another."""
    named: set[str] = set()
    economy = set(lexicon.SYNONYMS.get("gdp", ()))
    for index, word in enumerate(words[:-2]):
        match = TYPED_PERCENT.fullmatch(word)
        after = index + 1
        if match is None and is_number(word) and words[after] in PERCENT_WORDS:
            match, after = TYPED_NUMBER.fullmatch(word), after + 1
        if match is None or after + 1 >= len(words) or words[after] != "of" or words[after + 1] not in economy:
            continue
        bare = re.compile(rf"(?<![\d.,]){re.escape(match.group(1))}\s?(?:%|per ?cent\b|percent\b)(?!\s+of\b)")
        if any(bare.search(fact.citation.quote) for fact in facts):
            named.add(words[after + 1])
    return frozenset(named)


def _phrased_concepts(facts: list[Fact], evidence: set[str]) -> set[str]:
    """The ideas the facts' sentences name in phrases of several words ('when allied leaders met in Wales' names a
    summit), read in the order of their words, of those the facts state of their own figures."""
    concepts: set[str] = set()
    for quote in {fact.citation.quote for fact in facts if fact.citation.cell is None}:  # a cell is no sentence
        ordered = [word for word in _quote_words(quote) if word in evidence]
        concepts |= {mention.target for mention in lexicon.find_mentions(ordered, lexicon.synonym_aliases())}
    return concepts


@functools.lru_cache(maxsize=TEXT_CACHE)
def _quote_words(quote: str) -> tuple[str, ...]:
    return tuple(normalise(quote).split())


def _words_of_phrases_said(words: Sequence[str], concepts: set[str]) -> frozenset[str]:
    """The words of a question's phrasal verb ('sign up to', 'hand in': one word and its particles) whose idea the
    facts state: the phrase means what its idea says. A compound ('active duty', 'real terms') does not: each of
    its words says which thing is meant — unless it is another name of the figure's unit beside another unit the
    question names ('share of its national income' for a share of GDP, 'spend on its armed forces' for defence
    spending); alone ('the size of its armed forces') it still names a thing of its own."""
    said: set[str] = set()
    words = list(words)
    for mention in lexicon.find_mentions(words, lexicon.synonym_aliases()):
        phrase = mention.alias.split()
        own = [word for word in phrase if word not in STOPWORDS and word not in PARTICLES]
        if mention.target not in concepts or len(phrase) < 2:
            continue
        if mention.target not in UNIT_CONCEPTS:
            said.update(phrase if len(own) == 1 or tuple(phrase) in lexicon.IDIOMS else ())
        elif len(own) >= 2 and _another_unit_named(words, mention):
            said.update(phrase)
    return frozenset(said)


def _another_unit_named(words: list[str], mention: lexicon.Mention) -> bool:
    """Spending, GDP or defence named outside the mention ('spend' beside 'armed forces', 'spent' or 'defence'
    beside 'national income'); a share's words ('fund', 'part') name parts of anything ('the special fund for the
    armed forces')."""
    outside = [*words[: mention.start], "|", *words[mention.end :]]
    return bool((lexicon.concepts(outside) & (UNIT_CONCEPTS - SHARE_WORDS)) - {mention.target})


PART_REACH = 4  # words after 'went to' that name the part of spending asked ('went to research and technology')


def _parts_spent_on(words: Sequence[str]) -> frozenset[str]:
    """The words naming what spending went to ('went to research', 'spent on technology'), up to a year, a number or
    a preposition starting another phrase: the part asked, which the answer must speak of."""
    joined = f" {' '.join(words)} "
    named: set[str] = set()
    general = domain.question_words().verifier.purpose_neutral  # 'spent on the army': defence in general
    for phrase in domain.question_words().verifier.spent_on:
        at = joined.find(f" {phrase} ")
        if at < 0:
            continue
        after = joined[at + len(phrase) + 2 :].split()[:PART_REACH]
        for index, word in enumerate(after):
            if any(character.isdigit() for character in word) or word in PART_ENDS:
                break
            if word in general and not _goes_on(after[index + 1 :]):
                break  # 'spent on defence? asking for a debate': defence in general, the part asked ends there
            if word not in STOPWORDS and word not in general:  # 'defence research': research is the part
                named.add(word)
    return frozenset(named)


def _goes_on(following: Sequence[str]) -> bool:
    """A part of a budget named after a general word ('defence research and development', 'defence equipment'), as
    the cues list the parts; any other word ('defence now, taken together') ends the part there."""
    parts = (*cues().raw.budget_part_nouns, *domain.question_words().verifier.parts_after_a_general_word)
    return any(list(following[: len(part.split())]) == part.split() for part in parts)


KIND_REACH = 2  # nouns after 'which' naming the kind of thing asked ('which air base')


def kind_asked(words: Sequence[str], neutral: frozenset[str] | set[str]) -> frozenset[str]:
    """The words right after an opening 'which' naming the kind of thing asked ('which air base gets …', 'which
    company …'): an answer must be of that kind, however common the words. 'Which ally …' asks an ally, which the
    other checks see to."""
    members = {stem(word) for word in domain.members_concept_words()}
    if not words or words[0] != "which" or len(words) < 2 or words[1] in neutral:
        return frozenset()
    if any(stem(word) in members for word in words[1 : 2 + KIND_REACH]):
        return frozenset()  # 'which ally recorded …', 'which group of allies …': allies asked
    kind: set[str] = set()
    for at in range(1, min(1 + KIND_REACH, len(words))):
        word, after = words[at], words[at + 1] if at + 1 < len(words) else ""
        if word in STOPWORDS or word in KIND_ENDS or (kind and after in DETERMINERS):
            break  # 'which summit set the old guideline': 'set' before its object is the verb
        kind.add(word)
    return frozenset(kind)


DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "most"})


KIND_ENDS = frozenset({"is", "are", "was", "were", "did", "does", "do", "has", "have", "had", "will", "would", "can"})
PART_ENDS = frozenset({"in", "during", "by", "for", "from", "per", "according", "under", "since", "between", "over"})


def _items_after(cues: Sequence[str]) -> re.Pattern[str]:
    """The words after a cue opening a list of items, to the end of its clause."""
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, cues))})\b([^,;:()]*)", re.IGNORECASE)


def _items(pattern: re.Pattern[str], text: str) -> frozenset[str]:
    return forms(" ".join(match.group(1) for match in pattern.finditer(text)))


def _frames_of_goals(words: Sequence[str]) -> frozenset[str]:
    """'security spending within the 5%': a word framing a goal named by its figure says which whole is meant,
    which the figure's own check accounts for; it asks nothing more."""
    words = tuple(words)
    frames = set()
    for index, word in enumerate(words):
        if is_number(word) and framed_as_a_goal(words, index):
            frames.add(next(w for w in reversed(words[:index]) if w not in STOPWORDS))
    return frozenset(frames)


def name_unstated(question: ParsedQuestion, focus: Sequence[str], evidence: set[str]) -> list[str]:
    """'the Defence Equipment Fund': a name the question writes in capitals mid-sentence is that thing's own, so its
    words must be stated as they are — an equipment share 'funds' nothing, however its concept reads; so must 'the
    Cold War' be, which the tables' years are not."""
    asked = set(focus)
    stated = {stem(word) for word in evidence}
    return [
        f"word {word}: of the name {match.group(0)}"
        for match in TYPED_NAME.finditer(question.text)
        if not _names_a_known_place(normalise(match.group(0)).split())
        for word in normalise(match.group(0)).split()
        if word in asked and word not in question.entity_words and word not in STOPWORDS
        if word not in evidence and stem(word) not in stated
    ]


def _names_a_known_place(words: list[str]) -> bool:
    """'Western Europe', 'NATO's June estimates', 'the Polish Armed Forces': a name built on one the lexicon knows
    describes that ally or body, which the entity check accounts for."""
    aliases = lexicon.entity_aliases()
    return any((word,) in aliases or (word.removesuffix("s"),) in aliases for word in words)


def another_named_thing(words: Sequence[str], facts: list[Fact]) -> list[str]:
    """'the frigate programme' is not 'The Nansen programme': a sentence putting a name of its own before a noun
    the question puts another word before speaks of another thing, whatever its document's title says."""
    missing = []
    for fact in facts:
        if fact.citation.cell is not None:
            continue
        named = _names_before_nouns(fact.citation.quote)
        # 'the ERA scheme' is 'the Extraordinary Revenue Acceleration scheme' its initials spell
        stated = {stem(word) for word in normalise(fact.citation.quote).split()} | initials(fact.citation.quote)
        for modifier, noun in itertools.pairwise(words):
            name = named.get(noun)
            if name and name != modifier and is_specific(modifier) and stem(modifier) not in stated:
                missing.append(f"word {modifier}: the {name} {noun} is another")
    return missing


@functools.lru_cache(maxsize=TEXT_CACHE)
def _names_before_nouns(quote: str) -> dict[str, str]:
    """The nouns a sentence names by a proper name the lexicon does not know ('Nansen programme', not 'NATO
    guideline' nor 'Poland's budget'): the noun, and the name."""
    named = {}
    for match in NAME_BEFORE_NOUN.finditer(quote):
        name, noun = normalise(match.group(1)), normalise(match.group(2))
        if match.start() and noun not in STOPWORDS and _unknown_name(name):
            named[noun] = name
    return named


def _unknown_name(name: str) -> bool:
    """A name neither an ally's nor a word of the lexicon's ('Nansen', not 'NATO' nor 'Poland'); a fiscal year
    ('FY2025 defence budget') dates the thing, it names no other."""
    known = name in STOPWORDS or name in lexicon.vocabulary() or is_fiscal_year_word(name)
    return not known and tuple(name.split()) not in lexicon.entity_aliases()


def _measure_modifiers(words: tuple[str, ...], nouns: frozenset[str]) -> set[str]:
    """'health spending', 'pension budget': the word before a measure noun says which spending is meant,
    however common the word is, so the answer's facts must account for it."""
    return {words[index - 1] for index, word in enumerate(words) if index and word in nouns}


def _both_ends_of_a_range(facts: list[Fact]) -> bool:
    """The answer gives both ends of a range its sentence states ('between 5% and 6% of GDP'): a range asked."""
    values = {fact.value for fact in facts if fact.value is not None}
    for fact in facts:
        for low, high in range_ends(fact.citation.quote):
            if {float(low.replace(",", "")), float(high.replace(",", ""))} <= values:
                return True
    return False


def _one_clause(own: Fact, other: Fact) -> bool:
    """Two figures whose own words run into each other in their sentence are one statement's two terms: in 'core
    defence at 3.5% would equal roughly $154 billion' the $154 billion is the 3.5%'s cost, and in 'core defence
    spending will rise from EUR 62.4 billion this year to EUR 152.8 billion' both ends are core defence spending."""
    quote = own.citation.quote
    spans = []
    for fact in (own, other):
        text = fact.measure_text or ""
        start = quote.find(text) if text else -1
        if start < 0:
            return False
        spans.append((start, start + len(text)))
    (own_start, own_end), (other_start, other_end) = spans
    return own_start < other_end and other_start < own_end


def _said_of(phrase: Fact, clause: Fact) -> bool:
    """A phrase set off after the clause of another figure of its sentence and opening with a participle or a
    superlative ('… a £1.6 billion contract with Thales …, supporting 700 jobs in Belfast'; '… exceeded the budget by
    £16.9 billion, the largest deficit since …') says something of that clause: the jobs are the contract's, the
    deficit is the £16.9 billion. Its figure and the clause's speak of one thing; neither claims the other's words."""
    quote = phrase.citation.quote
    own, other = (phrase.measure_text or "").strip(), (clause.measure_text or "").strip()
    starts = quote.find(own) if own else -1
    if starts < 0 or not other or not _describes(own) or not SET_OFF.search(quote[:starts]):
        return False
    clause_starts = quote.find(other)
    # the clause before the phrase, up to a semicolon that would start another statement
    return 0 <= clause_starts < starts and not CLAUSE_BREAK.search(quote[clause_starts:starts])


def _earlier_value_of(earlier: Fact, figure: Fact) -> bool:
    """A figure whose clause opens with an earlier-value cue ('down from', 'compared with'), after the clause of a
    figure of its unit in the same statement, is that figure's measure at another time: in '138,100 UK military
    personnel in 2024-25, down from about 168,700 in 2014-15' both are personnel, and in 'equipment took 36.1% …,
    compared with 22.8% in 2014-15' both are equipment's share. Neither claims the other's words. One of the same
    time is another thing's ('US$ 2,240 in the United States, compared with roughly US$ 670 in Europe and Canada')."""
    quote = earlier.citation.quote
    own, other = (earlier.measure_text or "").strip(), (figure.measure_text or "").strip()
    if earlier.unit is not figure.unit or not own or not other:
        return False
    if not earlier.period or not figure.period or earlier.period == figure.period or not YEAR_IN.search(own):
        return False
    starts, other_starts = quote.find(own), quote.find(other)
    if other_starts < 0 or starts <= other_starts or CLAUSE_BREAK.search(quote[other_starts:starts]):
        return False
    return bool(cues().restated_from.starting_at(normalise(own).split(), 0))


def _describes(phrase: str) -> bool:
    """A phrase opening with a participle ('supporting', 'making') or a superlative ('the largest', 'its highest'):
    one that says something of what comes before it, never a clause of its own."""
    words = normalise(phrase).split()
    if not words:
        return False
    first = words[0]
    if first.endswith("ing") and len(first) > len("ing") + 2 and first not in STOPWORDS:
        return True
    return (
        first in DETERMINERS and len(words) > 1 and (words[1] == "most" or SUPERLATIVE.fullmatch(words[1]) is not None)
    )


def _sets_the_scene(fact: Fact) -> bool:
    """A date whose clause opens its sentence, before a comma: 'At their summit in The Hague on 24-25 June 2025,
    leaders committed to 5% …', 'When allied leaders met in Wales in 2014, only three allies …'. That clause is
    the setting of the main clause after it, whose figures it speaks of too; a date told after a figure ('the 2%
    guideline adopted in Wales in 2014') is said of that figure alone."""
    own = (fact.measure_text or "").strip()
    quote = fact.citation.quote.lstrip("-*• ")
    return fact.unit is Unit.DATE and bool(own) and quote.startswith(own) and quote[len(own) :].startswith(",")


@functools.cache
def _replacing() -> re.Pattern[str]:
    verbs = sorted(domain.question_words().verifier.replaced_before, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(re.escape(verb) for verb in verbs)})\b", re.IGNORECASE)


def named_new_and_replacing(words: Sequence[str], text: str) -> bool:
    """'the new 5% replaces which older guideline?': a recency word before a figure the question names says that
    figure is new, as a sentence having it replace another does ('The 5% pledge replaces the 2% …')."""
    recency = domain.question_words().verifier.recency
    named = {
        value
        for at, word in enumerate(words[:-1])
        if word in recency and is_number(words[at + 1])
        for value in numbers_in(words[at + 1])
    }
    for verb in _replacing().finditer(text) if named else ():
        if named & {float(figure) for figure in TYPED_PERCENT.findall(text[: verb.start()])}:
            return True
    return False


def _keywords_of_a_statement(question: ParsedQuestion, facts: list[Fact]) -> bool:
    """A few words and none of them little ('hague pledge review year'), answered by documents' sentences (a
    table's cell is named by its row and column, not its words)."""
    words = question.words
    keywords = 0 < len(words) <= MOST_KEYWORDS and not any(word in STOPWORDS for word in words)
    return keywords and bool(facts) and all(fact.citation.cell is None for fact in facts)


def _bound_words(fact: Fact) -> frozenset[str]:
    """'the upper limit', 'the ceiling' name a figure written as a bound of that side ('up to 1.5% of GDP'); 'the
    floor' one of the other ('at least 3.5%'): the words of the side its qualifiers say, never of the other."""
    sides = domain.question_words().verifier.bounds_asked
    written = cues().raw.qualifiers  # 'at least' and 'up to' as documents write the two sides
    return frozenset(
        word
        for side, phrases in sides.items()
        if side in fact.qualifiers or set(written.get(side, ())) & set(fact.qualifiers)
        for phrase in phrases
        for word in phrase.split()
    )
