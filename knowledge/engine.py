"""The question-answering engine: a question in, a cited `Answer` out.

Matching is structured first (which measure, whose, when) with rapidfuzz doing
typo correction and the "did you mean" ranking; answers are composed only from
facts, so text in the question can never change a figure.

The engine is a facade over the stages of `knowledge.ask`: the `FactIndex` (index), intent, follow-up
context, retrieval and scoring, one handler per kind of answer, rendering, and the verifier that checks
every answer stating figures.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from contextvars import ContextVar

from rapidfuzz import fuzz, utils

from knowledge import domain, lexicon, phrasing
from knowledge.ask.asker_aside import answers_for_the_asker
from knowledge.ask.blanks import BlankFiller
from knowledge.ask.claim_asked_after import asked_of_the_claim
from knowledge.ask.context import (
    add_role_holders,
    an_end_as_superlative,
    another_than_the_one_carried,
    asks_a_part_of_the_amount,
    asks_for_the_rest,
    carries_on,
    names_a_group,
    opens_a_comparison,
    own_words,
    puts_an_operation_to_it,
    refers_to_previous_answer,
    restated,
    same_end,
    scales_named,
    the_goal_pointed_at,
    the_part_again_for_the_rest,
    with_context,
)
from knowledge.ask.dates import days_without_year, in_the_documents_year, only_dates, with_the_year_asked
from knowledge.ask.described import described_in, the_one_named, with_the_description_named
from knowledge.ask.draft import Drafter
from knowledge.ask.event_times import EventDays
from knowledge.ask.handlers.calculated import arithmetic_answer, carried_from
from knowledge.ask.handlers.multi import NotAnswered, answers_its_part, answers_more, joined, partly
from knowledge.ask.handlers.statement import (
    beside_worked_out,
    statement,
    with_differing_sources,
    with_later_statements,
    with_the_documents_statement,
    with_the_name_typed,
    with_verdict,
)
from knowledge.ask.index import QUANTITY_NOUNS, FactIndex
from knowledge.ask.intent import (
    FOLLOW_UP_PRONOUNS,
    WH_WORDS,
    figure_parts,
    in_the_frame_of,
    parallels,
    request_parts,
    split_parts,
    with_the_time_said,
)
from knowledge.ask.multiple_checked import multiple_checked
from knowledge.ask.options import with_the_option_named
from knowledge.ask.parse import Operation, ParsedQuestion, parse_question
from knowledge.ask.premise import conclusion_checked, premise_answered, premise_checked
from knowledge.ask.published import Publications, with_the_documents_date
from knowledge.ask.quoted_claims import claim_readings, negated_claim_checked, year_claim_checked
from knowledge.ask.render import Renderer
from knowledge.ask.retrieve import Retriever
from knowledge.ask.sentences import DOER_ASKED, Sentence, SentenceFinder, host_placed
from knowledge.ask.source_asked import source_of_previous
from knowledge.ask.statements import StatementFinder
from knowledge.ask.suggest import Suggester
from knowledge.ask.suppositions import as_supposed
from knowledge.ask.tasks import as_asked
from knowledge.ask.time_words import in_years, timeline_of
from knowledge.ask.types import RANKING, Candidate, Resolution
from knowledge.ask.verify import Verdict, Verifier
from knowledge.ask.verify_corrected import superseded
from knowledge.ask.verify_numbers import close, numbers_stated
from knowledge.ask.verify_numbers import stated as figure_stated
from knowledge.ask.verify_sentence import asks_which_allies
from knowledge.ask.year_checked import year_checked
from knowledge.askers import askers_set_aside, follow_up_as_the_asker
from knowledge.cues import cues
from knowledge.lexicon import normalise
from knowledge.measures import MEASURES
from knowledge.models import Answer, Band, Document, Fact, KnowledgeBase, Unit
from knowledge.open_claims import asks_what_was_said
from knowledge.question import MAX_QUESTION_CHARS, STOPWORDS, Question, clean, parse, stem
from knowledge.remarks import options_offered, without_remarks

ANSWER_CACHE = 1024
ELLIPTICAL_WORDS = 2  # content words a part may have and still be too short to ask alone ('which year exactly?')
STATEMENT_TRIES = 3  # statements found by their words the verifier is offered, best first
# The questions (with the question each follows) being answered on this call stack: one asked again while it is
# being answered is not restated or split again
_IN_PROGRESS: ContextVar[frozenset[tuple[str, str | None]]] = ContextVar("questions_in_progress", default=frozenset())
EVIDENCE_CACHE = 8192  # facts whose words the verifier keeps: every fact of the shipped build


class BoundedEvidence:
    """Fact -> its words, computed on first use and kept for at most `size` facts (then all forgotten at
    once: a plain dict stays safe to share between threads, and a miss only costs working them out again)."""

    def __init__(self, words_of: Callable[[Fact], frozenset[str]], size: int = EVIDENCE_CACHE) -> None:
        self.words_of = words_of
        self.size = size
        self.known: dict[str, frozenset[str]] = {}

    def __getitem__(self, fact: Fact) -> frozenset[str]:
        words = self.known.get(fact.id)
        if words is None:
            if len(self.known) >= self.size:
                self.known.clear()
            words = self.known[fact.id] = self.words_of(fact)
        return words


class BoundedVerifier(Verifier):
    """The verifier, keeping the words of a bounded number of facts rather than of every fact once `warm()`
    has gone over them all, and taking their union for the corpus one fact at a time."""

    def __init__(
        self,
        facts: Iterable[Fact],
        documents: dict[str, Document],
        texts: dict[str, str],
        document_words: dict[str, frozenset[str]] | None = None,
    ) -> None:
        super().__init__(facts, documents, texts, document_words)
        self._word_objects: dict[str, str] = {}
        self._evidence = BoundedEvidence(self._shared_fact_words)  # type: ignore[assignment]

    def _shared_fact_words(self, fact: Fact) -> frozenset[str]:
        """A fact's words, each word one string for every fact kept (a string of its own in each cost ~1.3 KiB
        a fact kept: 8,192 facts' words took 25 MB)."""
        shared = self._word_objects
        return frozenset({shared.setdefault(word, word) for word in self._fact_words(fact)})

    @functools.cached_property
    def corpus(self) -> frozenset[str]:
        # Every fact's words kept when they all fit (the shipped build's, so no question works them out);
        # otherwise only read: the cache would keep whichever facts came last (~1.5 KiB each), not those asked.
        fits = len(self.facts) <= EVIDENCE_CACHE
        words_of = self._evidence.__getitem__ if fits else self._shared_fact_words
        words: set[str] = set()
        for fact in self.facts:
            words |= words_of(fact)
        return frozenset(words)


class Engine:
    """Answers questions from one knowledge base; immutable once built, safe to share between threads."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.index = FactIndex(kb)
        self.documents = self.index.documents
        self.facts = self.index.facts
        self.people = self.index.people
        self.vocabulary = self.index.vocabulary
        self.suggester = Suggester(self.index)
        self.suggestions = self.suggester.suggestions
        self.retriever = Retriever(self.index)
        self.render = Renderer(self.index, kb.texts)
        self.drafter = Drafter(self.index, self.retriever, self.suggester, self.render)
        stated = [fact for fact in kb.facts if not fact.low_trust]
        self.verifier = BoundedVerifier(stated, self.documents, kb.texts, self.index.document_words)
        dated = {name: (document.published or "")[:4] for name, document in self.documents.items()}
        published = {name: int(year) for name, year in dated.items() if year.isdigit()}
        # what an earlier version of a document wrongly said ('An earlier version … said 1.73%; the correct … is
        # 1.37%') is never a statement to quote nor a figure to cite beside its sentence's corrected one
        current = [fact for fact in stated if not superseded(fact)]
        self.statements = StatementFinder(current, published)
        self.sentences = SentenceFinder(self.documents, kb.texts, current)
        self.publications = Publications(self.documents, kb.texts)
        self.event_days = EventDays(lambda: [sentence.text for sentence in self.sentences.sentences], self.documents)
        self.timeline = timeline_of(self.facts, self.event_days.year_of)  # 'the first year of the series' read
        self.blanks = BlankFiller(lambda: self.sentences.sentences, self.sentences.facts_of, self.render)
        # The engine never changes, so a question asked afresh always gets the same answer: keep recent ones.
        self._fresh_answers = functools.lru_cache(maxsize=ANSWER_CACHE)(self.compute)

    # ----- public API -------------------------------------------------------------------------

    def warm(self) -> None:
        """Work out now what a question would otherwise work out when first needed (every fact's words for the
        verifier, the facts by their quotes' words), so no member's question pays for it: after every swap."""
        self.verifier.warm()
        self.index.warm()

    def canonical_question(self, fact: Fact) -> str:
        return self.index.canonical_question(fact)

    def latest_by_measure(self, measure: str) -> list[Fact]:
        return self.index.latest_by_measure(measure)

    def topics(self) -> list[str]:
        return sorted({MEASURES[f.measure].label if f.measure in MEASURES else f.measure for f in self.facts})

    def browse(self, topic: str | None = None) -> list[Fact]:
        if not topic:
            return list(self.facts)
        wanted = utils.default_process(topic)
        return [
            fact
            for fact in self.facts
            if fuzz.partial_ratio(wanted, utils.default_process(f"{self._label(fact)} {fact.subject}")) >= 80
        ]

    @staticmethod
    def _label(fact: Fact) -> str:
        return MEASURES[fact.measure].label if fact.measure in MEASURES else fact.measure

    def describe(self, fact: Fact) -> str:
        return phrasing.statement(fact) + phrasing.cite(fact, self.documents[fact.citation.document])

    def complete(self, text: str, limit: int = 25) -> list[str]:
        """Questions the knowledge base answers, ranked by fuzzy similarity to what was typed so far."""
        return self.suggester.complete(text, limit)

    def resolve(self, question: Question, previous: Answer | None = None) -> Resolution:
        """The facts (or derived figure) that answer a question, given the previous answer for a follow-up."""
        return self.retriever.resolve(with_context(self.index, question, previous))

    def ask(self, question: str, previous: Answer | None = None) -> Answer:
        """The answer to a question (a follow-up when `previous` is given); recent fresh questions are cached."""
        if previous is None or not previous.facts:
            return self._fresh_answers(question)
        return self.compute(question, previous)

    def compute(self, question: str, previous: Answer | None = None) -> Answer:
        """Work the answer out, never from the cache: what `ask` does the first time (benchmarks time this).

        Every answer that states figures passes the verifier first: its facts must account for what the
        question names, or the answer is withheld and the closest statements are offered instead."""
        spoken = follow_up_as_the_asker(question, previous.question if previous is not None else None)
        if spoken != question:  # 'and where do we come?' after '… ? Asking as a Norwegian.': as 'we Norwegians'
            return self.compute(spoken, previous).model_copy(update={"question": question})
        denied = negated_claim_checked(question, self._answer_of(previous))
        if denied is not None:  # 'Tweet: "Canada never reached 1.5% …" True?': what it denies, checked, turned round
            return denied
        claimed = asked_of_the_claim(question)
        if claimed is not None:  # '… was twice Italy's, wasn't it? what's the actual ratio?': asked of the claim
            answer = self.compute(claimed, previous)
            if answer.answered:
                return answer.model_copy(update={"question": question})
        readings = claim_readings(question)
        if readings:  # 'Tweet: "France finally met 2% in 2024." Correct?': the ask of the claim, never the claim
            checked = year_claim_checked(question, self._answer_of(previous))
            return checked or self._first_answered(question, readings, previous)
        verifier = domain.question_words().verifier
        said = set(normalise(question).split())
        asked = (question, previous.question if previous is not None else None)
        in_progress = _IN_PROGRESS.get()
        offered = () if in_progress else options_offered(question)  # '– 2030, 2035 or 2040?': said once, at the end
        token = _IN_PROGRESS.set(in_progress | {asked})
        try:
            billions = bool(verifier.billions_asked & said) and not verifier.millions_asked & said
            with phrasing.scales_asked(
                millions=bool(verifier.millions_asked & said),
                thousands=bool(verifier.thousands_asked & said),
                billions=billions,
            ):
                # a follow-up restated as one message with its previous question, split into parts again, comes
                # back to itself: asked a second time while it is being answered, it is answered as drafted
                answer = self._computed(question, previous, restating=asked not in in_progress)
                if not in_progress:  # 'France had 300,000 troops in 2018, right?': Yes or No by the true figure
                    answer = self._premise_settled(question, previous, self._for_the_asker(question, previous, answer))
            answer = _with_falls_stated(_with_billions_stated(answer) if billions else answer, question)
            return with_the_option_named(answer, offered)
        finally:
            _IN_PROGRESS.reset(token)

    def _first_answered(self, question: str, readings: list[str], previous: Answer | None) -> Answer:
        """The first reading answered, else the first reading's own answer (which abstains)."""
        answers = (self.compute(reading, previous) for reading in readings)
        first = next(answers)
        chosen = first if first.answered else next((answer for answer in answers if answer.answered), first)
        return chosen.model_copy(update={"question": question})

    def _for_the_asker(self, question: str, previous: Answer | None, answer: Answer) -> Answer:
        """'By what year are we Romanians to reach 5%?': unanswered with the asker's own ally as its subject, the
        question read without it, answered only by what holds for every member (knowledge/ask/asker_aside.py)."""
        askers = [] if answer.answered else list(parse(question, self.vocabulary, self.people).askers)
        if not askers:
            return answer
        with askers_set_aside():
            aside = self._computed(question, previous)
            read = parse(question, self.vocabulary, self.people)
        return aside if answers_for_the_asker(aside, askers, read) else answer

    def _premise_settled(self, question: str, previous: Answer | None, answer: Answer) -> Answer:
        answer_of = self._answer_of(previous)
        if answer.answered:
            return premise_answered(question, answer, answer_of) or answer
        return premise_checked(question, answer_of) or conclusion_checked(question, answer_of) or answer

    def _computed(self, question: str, previous: Answer | None, *, restating: bool = True) -> Answer:
        if len(question) > MAX_QUESTION_CHARS:
            text = f"That message is {len(question):,} characters long; please ask in under {MAX_QUESTION_CHARS:,}."
            return Answer(question=question, answered=False, band=Band.EMPTY, answer=text, confidence=1.0)
        timed = with_the_time_said(question)
        timed = in_years(timed, self.timeline) if self.timeline is not None else timed  # 'the end of the series'
        if timed != question:  # 'Back in 2014, right after the Wales pledge, …': asked in 2014
            return self._computed(timed, previous, restating=restating).model_copy(update={"question": question})
        # 'when was the news article published?': its catalog's date, never a day its sentences name; 'is the
        # Hague 5% deadline 2030?': the deadline asked without the year typed, yes or no by the one stated
        # 'which source says that?': the previous answer, its documents named first
        parsed = parse(question, self.vocabulary, self.people)
        outright = (
            self.publications.answer(question, previous)
            or self.blanks.answer(question)
            or source_of_previous(parsed, previous, self.documents)
            or year_checked(question, parsed, self._answer_of(previous))
            or multiple_checked(question, parsed, self._answer_of(previous))
            or self._an_end_asked(question, parsed, previous)
            or self._the_goal_tested(question, parsed, previous)
            or self._as_the_task_asks(question, previous, restating=restating)
            # 'the host of the 2025 summit': the ally named by the answer naming it; a worksheet's 'Name the ally with
            # the largest …' asks for the ally, read as 'which ally …' first
            or self._described(question, previous)
        )
        if outright is not None:
            return outright
        if not restating:
            return self._drafted(question, previous, restating=False)
        # 'and the year before?' after a yes or no, 'same for the us' after a calculation: the previous question
        # asked again as a whole first, since the previous answer's facts alone cannot carry its form
        first = self._each_part(question, previous) or self._asked_again(question, previous, keeping_form=True)
        if first is not None:
            return first
        return self._drafted(question, previous)

    def _described(self, question: str, previous: Answer | None) -> Answer | None:
        """'What share of GDP did the host of the 2025 summit spend?': the question asked of the ally its description
        names, found by the question naming it ('Where was the 2025 summit held?'), both answers shown
        (knowledge/ask/described.py); nothing when the description names no one ally or the question then abstains."""
        description = described_in(question)
        if description is None:
            return None
        named_by = self.ask(description.asks) if description.asks else None
        name = description.named or (the_one_named(description, named_by) if named_by is not None else None)
        if name is None:
            return None
        answer = self.compute(description.replaced(question, name), previous)
        if not answer.answered:
            return None
        asked = answer.model_copy(update={"question": question})
        return with_the_description_named(asked, description, name, named_by)

    def _as_the_task_asks(self, question: str, previous: Answer | None, *, restating: bool) -> Answer | None:
        """'Fill in the blank: … was ___ % of GDP.' asks '… was what % of GDP?' (knowledge/ask/tasks.py); a blank
        a sentence fills word for word was filled before this. 'Had Spain hit 2% of GDP in 2024, how many more dollars
        would it have spent?' asks what more reaching the line takes (knowledge/ask/suppositions.py)."""
        task = as_supposed(as_asked(question))
        if task == question:
            return None
        return self._computed(task, previous, restating=restating).model_copy(update={"question": question})

    def _drafted(self, question: str, previous: Answer | None, *, restating: bool = True) -> Answer:
        answer = self.drafter.draft(question, previous)
        if answer.band in (Band.EMPTY, Band.CHITCHAT):
            return answer
        checked = self._checked(question, previous, answer)
        if checked.band is Band.ANSWER or not restating:
            return checked
        return self._asked_again(question, previous) or checked

    def _the_goal_tested(self, question: str, parsed: Question, previous: Answer | None) -> Answer | None:
        """'does the US meet that?' after Trump's 5% of GDP: asked as 'does the US meet 5% of GDP?', the ally's
        figure against the goal the previous answer gave."""
        tested = the_goal_pointed_at(parsed, previous)
        if tested is None:
            return None
        return self.compute(tested, previous).model_copy(update={"question": question})

    def _an_end_asked(self, question: str, parsed: Question, previous: Answer | None) -> Answer | None:
        """'and who's dead last?' after a ranking: asked as 'and whos lowest?', the same ranking's end."""
        superlative = an_end_as_superlative(parsed, previous)
        if superlative is None:
            return None
        return self.compute(superlative, previous).model_copy(update={"question": question})

    def _answer_of(self, previous: Answer | None) -> Callable[[str], Answer]:
        return lambda question: self.compute(question, previous)

    def _asked_again(self, question: str, previous: Answer | None, *, keeping_form: bool = False) -> Answer | None:
        """The previous question asked again for the year or ally a follow-up names, if it was answered;
        `keeping_form`: only after a yes or no, a calculation, an answer over many allies or a message of several
        parts ('and in 2014?' after Poland's spending and its share of GDP asks both again)."""
        if previous is None:
            return None
        parsed = parse(question, self.vocabulary, self.people)
        # 'and the rest?' after the US share asks the rest of the alliance, never the US's figure again
        asks_the_rest = bool(previous.facts) and asks_for_the_rest(own_words(parsed), previous)
        if keeping_form and not (
            _keeps_its_form(previous, question)
            or puts_an_operation_to_it(parsed, previous)
            or asks_the_rest
            or self._asked_in_parts(previous)
        ):
            return None
        again = restated(self.index, parsed, previous)
        answer = self.compute(again) if again else None
        return answer.model_copy(update={"question": question}) if answer is not None and answer.answered else None

    def _asked_in_parts(self, previous: Answer) -> bool:
        """The previous answer answered a message of several parts, each with figures of its own."""
        return len(previous.facts) > 1 and len(self._parts_of(previous.question)) > 1

    def _checked(self, question: str, previous: Answer | None, answer: Answer) -> Answer:
        """The draft if the verifier accepts it; else a calculation, then a statement found by its own words,
        each verified; else the draft withheld with the closest questions."""
        fresh = add_role_holders(self.index, parse(question, self.vocabulary, self.people))
        asked = parse_question(fresh)
        follow_up = previous is not None
        sought = self._sought(question, previous, asked)
        # 'what was their real change?' after Canada's share: the answer must be Canada's, not Europe-and-Canada's;
        # after a ranking, 'the lowest of them' points at its field, which the new ranking keeps to
        ranked_again = previous is not None and previous.operation == RANKING and answer.operation == RANKING
        meant = sought if set(asked.words) & FOLLOW_UP_PRONOUNS and not ranked_again else asked
        # 'who pushed for 5% before the Hague summit?': a statement dated before the summit's day accounts for it
        meant = self.event_days.without_event_time(meant, answer)
        verdict = self.verifier.check(meant, answer, follow_up=follow_up) if answer.answered else None
        if verdict is not None and verdict.accepted and self._says_nothing_new(asked, answer, previous):
            verdict = Verdict((f"follow-up {clean(question)}",))
        if verdict is not None and verdict.accepted:
            verdict = _follow_up_refused(fresh, previous, answer) or verdict
        if verdict is not None and verdict.accepted and self._dated_later(asked, answer):
            verdict = Verdict(("year: a later document states this year's figure",))
        if verdict is not None and verdict.accepted:
            accepted = self._with_the_tables_worked_out(
                question,
                fresh,
                asked,
                with_the_name_typed(
                    self.render,
                    self.statements,
                    with_differing_sources(self.render, self.statements, answer, asked),
                    fresh,
                ),
            )
            if accepted is answer:  # no document's differing figure found beside the tables' by its measure
                accepted = with_the_documents_statement(
                    self.statements,
                    answer,
                    lambda: self._stated(question, sought, fresh, previous),
                    self.index.prose_stated,
                )
            later = with_later_statements(self.render, self.statements, accepted) if not asked.years else accepted
            if later is not accepted and self.verifier.accepts(meant, later, follow_up=follow_up):
                accepted = later
            return (
                with_the_documents_date(
                    with_the_year_asked(accepted),
                    self.documents,
                    to_the_day=asked.has(*domain.question_words().asked_kinds.exact_date),
                )
                if _asks_when(asked)
                else accepted
            )
        # A stated fact comes first; a calculation from cited cells answers when none does, and a statement
        # found by its own words (a document no known measure describes) after that.
        carried = carried_from(self.index, previous) if follow_up else None
        calculated = arithmetic_answer(self.index, self.render, question, fresh, carried, asked=asked)
        if calculated is not None:
            rendered = self.render.answer(calculated)
            if self.verifier.accepts(asked, rendered, follow_up=follow_up):
                return rendered
        # a question asked in words ('what does the 5% pledge replace?') is answered by the sentence that says it,
        # every figure of it cited ('the 2% … agreed at the Wales Summit in 2014'), before one figure of it in bold
        in_words = self._in_words(question, asked, previous) if not _asks_when(asked) else None
        if in_words is not None:
            return in_words
        found = self._stated(question, sought, fresh, previous)
        if found is not None:
            return found
        # a time asked ('finland's goal and the deadline') is the statement's first, its date in bold; then 'that'
        # read as whom and when the previous answer was about ('what share of GDP was that?')
        in_words = self._in_words(question, asked, previous) if _asks_when(asked) else None
        if in_words is None and verdict is not None:
            in_words = self._another_figure(question, previous, answer, sought)
        if in_words is not None:
            return in_words
        return answer if verdict is None else self.suggester.withheld(question, fresh, answer, verdict)

    def _another_figure(
        self, question: str, previous: Answer | None, answer: Answer, sought: ParsedQuestion
    ) -> Answer | None:
        """A follow-up whose draft only gave the previous figure again, turned down: the figure it names of the
        same ally and year, if the verifier accepts that."""
        if previous is None or not answer.facts or not {f.id for f in answer.facts} <= {f.id for f in previous.facts}:
            return None
        another = self.drafter.another_figure(question, previous)
        if not another.answered or {f.id for f in another.facts} <= {f.id for f in previous.facts}:
            return None
        return another if self.verifier.accepts(sought, another, follow_up=True) else None

    def _with_the_tables_worked_out(
        self, question: str, fresh: Question, asked: ParsedQuestion, answer: Answer
    ) -> Answer:
        """'europe + canada share of total nato spending in 2024': a document's stated share of a total, and beside it
        the same share worked out from the tables' cells when it differs (the article's 36% against 34.37%)."""
        stated = answer.facts[0] if len(answer.facts) == 1 else None
        if stated is None or stated.citation.cell is not None or Operation.SHARE_OF_TOTAL not in asked.operations:
            return answer
        calculated = arithmetic_answer(self.index, self.render, question, fresh, asked=asked)
        if calculated is None or calculated.calculation is None:
            return answer
        worked_out = self.render.answer(calculated)
        if not worked_out.values or close(worked_out.values[0], stated.value or 0.0):
            return answer
        if not self.verifier.accepts(asked, worked_out):
            return answer
        return beside_worked_out(answer, worked_out)

    def _stated(self, question: str, sought: ParsedQuestion, fresh: Question, previous: Answer | None) -> Answer | None:
        """The statement found by its own words that the verifier accepts: the best first, then the same figure as
        another sentence states it (a table's rounded 4.8 turned down on 'according to the government', the
        government's own sentence of its 4.81 next); never another figure the first one's words did not win over."""
        passed: frozenset[str] = frozenset()
        first: Fact | None = None
        for _ in range(STATEMENT_TRIES):
            stated = statement(self.render, self.statements, question, sought, passed)
            if stated is None or not stated.facts or (first is not None and not _restates(stated.facts[0], first)):
                return None
            first = first or stated.facts[0]
            rendered = self.render.answer(stated)
            # the statement must account for whom a follow-up is about ('their real change' after Canada's)
            checked = self.verifier.accepts(sought, rendered, follow_up=previous is not None, strict=True)
            if checked and carries_on(fresh, previous, rendered) and not _operands_only(sought, rendered):
                return rendered
            passed |= {fact.id for fact in stated.facts}
        return None

    def _in_words(self, question: str, asked: ParsedQuestion, previous: Answer | None = None) -> Answer | None:
        """'Which city hosted the summit?': the sentence that says it, verbatim, every word of the question
        accounted for by it. A follow-up that names nothing of its own ('where does the rest go?' after the
        Hague split) asks on about what the previous answer cited: a sentence of its documents."""
        dates = _asks_when(asked)
        documents = _documents_asked_on(asked, previous)
        found = self.sentences.find(asked, documents=documents)
        if documents and previous is not None:  # 'there', 'then': the very sentence the previous answer cited first
            cited = {citation.quote for citation in previous.citations}
            found = sorted(found, key=lambda sentence: sentence.text not in cited)
        for sentence in found:
            if self.verifier.check_sentence(asked, sentence.text, sentence.heading, sentence.document).accepted:
                stated = self.sentences.facts_of(sentence)
                if any(fact.is_claim for fact in stated) and (asked.yes_no or not asks_what_was_said(asked.words)):
                    continue  # a sentence stating a claim answers only what was claimed or said, never yes or no
                # an answer cites the facts extracted from its sentence; a sentence stating no figure is its own,
                # and so is one stating only dates when a time is asked
                if dates and self._a_day_of_no_known_year(sentence):
                    continue  # a date is stated whole or not at all
                if stated or self.sentences.states_no_figure(sentence) or (dates and only_dates(sentence.text)):
                    held = self.sentences.claim_held(asked, sentence.text) if asked.yes_no else None
                    if asked.yes_no and held is None and not _states_the_figures(asked, sentence.text):
                        continue  # a yes or no is answered by a sentence that says what it claims, or its figures
                    about = asked.entities if held is not None else ()  # whom the yes or no is of
                    speaker = _speaker_asked(asked, stated, frozenset(self.people.values()))
                    host = host_placed(asked, sentence.text) if asks_which_allies(asked.words) else None
                    answer = self.render.sentence(
                        question, sentence, stated, dates=dates, held=held, about=about, speaker=speaker, host=host
                    )
                    return with_verdict(self.render, self.statements, answer)
        return None

    def _a_day_of_no_known_year(self, sentence: Sentence) -> bool:
        """A day the sentence dates with no year ('on December 5') that its document's date does not place."""
        published = self.index.documents[sentence.document].published
        return any(in_the_documents_year(day, published) is None for day in days_without_year(sentence.text))

    def _dated_later(self, asked: ParsedQuestion, answer: Answer) -> bool:
        """'norway defence budget this year' beside a note of 2025: the tables' 2024, 'this year' by their own date,
        is not this year when a later document states the same kind of figure of the ally for its own year; nor is it
        when the question asks the present in other words ('now', 'currently')."""
        offset = asked.dated_offset
        if offset is None and not asked.years and asked.has(*domain.question_words().verifier.present_asked):
            offset = 0  # 'how many allies are now above 3.5%?' asks this year's figures
        if offset is None:
            return False
        for fact in answer.facts:
            if fact.citation.cell is None:
                continue
            for later in self.statements.later(fact, any_currency=True):
                published = self.index.documents[later.fact.citation.document].published or ""
                if published[:4].isdigit() and later.fact.year == int(published[:4]) + offset:
                    return True
        return False

    def _says_nothing_new(self, asked: ParsedQuestion, answer: Answer, previous: Answer | None) -> bool:
        """The previous answer again: right for 'and in which year?' (every word accounted), not for 'where was he
        visiting?' after 'who is the Secretary General?'; 'can you give that in billions instead' asks it at
        another scale, all it asks."""
        if not _repeats(answer, previous) or _asks_a_scale_alone(asked):
            return False
        return not self.verifier.accepts(asked, answer, follow_up=True, strict=True)

    def _sought(self, question: str, previous: Answer | None, asked: ParsedQuestion) -> ParsedQuestion:
        """What to look for in the statements: a follow-up naming no one ('how much did it grow?') is about
        whom the previous answer was."""
        # 'what share of the world is that?': the world is the whole of the share asked, never whom it is of
        named = [name for name in asked.entities if not _the_whole_of_a_share(asked, name)]
        if previous is None or not previous.facts or named or asked.groups:
            return asked
        return parse_question(with_context(self.index, parse(question, self.vocabulary, self.people), previous))

    def _each_part(self, question: str, previous: Answer | None) -> Answer | None:
        """'how much did Russia spend and how much did it grow?': every part a question of its own goes through
        the whole pipeline (its verifier included), each answered part the next one's context. Every part answered:
        the answers joined. Some answered: the message read whole, if that answers more than they do, else the
        parts answered and a line for each part not answered (band `partial`). 'Compare Canada and the
        Netherlands' is one question, never split."""
        parts = self._parts_of(question)
        if len(parts) < 2:
            return None
        answers, unanswered = self._answers_of(parts, previous)
        if not unanswered:
            return joined(question, answers)
        if any(_asks_nothing(item.part) for item in unanswered):
            return None  # '… pay? how': a bare question word asks nothing alone; the message is read whole
        if not answers:
            first = unanswered[0]
            following = parts[first.index + 1 : first.index + 2]
            return self._pointed_at(question, previous, (first.part, first.answer), following)
        whole = self._drafted(question, previous)
        if answers_more(whole, answers):  # '… and what was that as a share of GDP?' the whole message answers
            return whole
        return partly(question, answers, unanswered)

    def _parts_of(self, question: str) -> list[str]:
        # 'I'm reading up on France. In current US dollars, by what percentage did …?': the sentences around
        # what is asked are remarks, never parts to answer
        asked = without_remarks(clean(question))
        parts = _list_items_asked(split_parts(asked))  # 'what's the target, the floor, and the year …?'
        sourced = self._under_the_source_named(parts)  # each part asks, the source named before them all
        parts = sourced or parts
        if len(parts) < 2 or not (sourced or _all_ask(parts)):
            # 'ukraine military spending 2024 and share of gdp'; '…, correct? Give me the top 3.'
            parts = figure_parts(asked) or request_parts(asked)
        return parts

    def _answers_of(self, parts: list[str], previous: Answer | None) -> tuple[list[Answer], list[NotAnswered]]:
        """Each part's answer, in the context of the last part answered; a part pointing back ('how much more was
        that than Germany's?', 'what do they say?') or naming no one of its own, after a part not answered, is not
        answered either: 'that' is unknown."""
        answers: list[Answer] = []
        unanswered: list[NotAnswered] = []
        context = previous
        for index, part in enumerate(parts):
            before = unanswered[-1] if unanswered and unanswered[-1].index == index - 1 else None
            # 'and how far below was Italy?': the part before asked of Italy, in the context the message follows
            framed = in_the_frame_of(part, parts[index - 1]) if index else None
            asked, asked_after = (part, context) if framed is None else (framed, previous)
            read = parse(asked, self.vocabulary, self.people)
            words = read.words
            # 'which allies have submitted plans, and what do they say?': a part naming no one of its own asks on
            # about whom the part before asked, which is not answered (see _elliptical)
            if (
                before is not None
                and framed is None
                and (refers_to_previous_answer(words) or parallels(part, parts[index - 1]) or _elliptical(read))
            ):
                unanswered.append(NotAnswered(index, part, before.answer))  # in the frame of a part not answered
                continue
            answer = self.compute(asked, asked_after)
            if answer.answered and not answers_its_part(words, answer, asked_after, previous):
                answer = self._not_its_part(asked, answer)
            if not answer.answered:
                unanswered.append(NotAnswered(index, part, answer))
                continue
            answers.append(answer)
            context = answer
        return answers, unanswered

    def _not_its_part(self, part: str, answer: Answer) -> Answer:
        """A part's answer that only gives the figure before again, or works out another figure than the one it
        points at: withheld, with the closest questions."""
        parsed = parse(part, self.vocabulary, self.people)
        verdict = Verdict(("part: the figure before, not what this part asks",))
        return self.suggester.withheld(part, parsed, answer, verdict)

    def _pointed_at(
        self, question: str, previous: Answer | None, unanswered: tuple[str, Answer], following: list[str]
    ) -> Answer | None:
        """'How many K2 tanks has Poland ordered - and how much of its equipment spending is that?': the part after
        one not answered alone points back at it ('that'), so the message's answer must say what that part asks
        of a quantity the documents may not measure (tanks) — not Poland's equipment spending worked out."""
        if not any(refers_to_previous_answer(parse(later, self.vocabulary, self.people).words) for later in following):
            return None
        part, answer = unanswered
        whole = self._drafted(question, previous)
        said = {stem(word) for fact in whole.facts for word in normalise(fact.citation.quote).split()}
        unmeasured = {stem(word) for word in normalise(part).split() if word in QUANTITY_NOUNS}
        return whole if unmeasured <= said else answer.model_copy(update={"question": question})

    def _under_the_source_named(self, parts: list[str]) -> list[str]:
        """'According to the article, what rise did Europe record, and what share did the US pay?': a lead naming
        the source and asking nothing is said of every part after it, each a question of its own (none when the
        parts are not so); so is a lead that only qualifies what is asked ('For the Netherlands in 2024, what
        percentage … went on equipment and what percentage on personnel?')."""
        lead, *rest = parts if parts else [""]
        if len(rest) < 2 or _asks(lead) or not all(_asks(part) for part in rest):
            return []
        named = parse_question(parse(lead, self.vocabulary, self.people))
        qualifying = normalise(lead).split()[:1] in ([word] for word in domain.question_words().intent.qualifying_leads)
        if named.source_kind is None and not named.according_to and not qualifying:
            return []
        # 'According to NATO's tables, how many allies met 2% in 2014, and how many in 2023?': a later part saying
        # nothing of its own but a year is asked in the context of the part before it, which the source already
        # answered; the source's own name would read as a subject of its own
        return [
            part.strip() if at and self._only_a_year(part) else f"{lead.strip().rstrip(',')}, {part.strip()}"
            for at, part in enumerate(rest)
        ]

    def _only_a_year(self, part: str) -> bool:
        parsed = parse(part, self.vocabulary, self.people)
        return bool(parsed.years) and not parsed.entities and not own_words(parsed)


def _the_whole_of_a_share(asked: ParsedQuestion, name: str) -> bool:
    """The world named in a share asked ('what share of the world …'): the whole, which is no part of anything."""
    return name == lexicon.WORLD and Operation.SHARE_OF_TOTAL in asked.operations


def _operands_only(asked: ParsedQuestion, answer: Answer) -> bool:
    """'How much bigger is the 2025 budget than the 2024 budget?' answered by a row stating both budgets: one figure
    of each year the difference is asked between, side by side, are its operands, not the difference asked."""
    years = {str(year) for year in asked.years}
    if Operation.DIFFERENCE not in asked.operations or len(years) < 2:  # two years to take a difference between
        return False
    periods = [fact.period for fact in answer.facts]
    return len(periods) >= len(years) and set(periods) == years and len({f.measure for f in answer.facts}) == 1


def _restates(fact: Fact, first: Fact) -> bool:
    """The same figure of the same subject, kind and period, stated again (rounded or not)."""
    same = fact.subject == first.subject and fact.measure_kind == first.measure_kind and fact.period == first.period
    return same and fact.value is not None and first.value is not None and close(fact.value, first.value)


def _speaker_asked(asked: ParsedQuestion, stated: list[Fact], people: frozenset[str]) -> str | None:
    """'who said allies need a quantum leap?': the one person the sentence's facts are of, when the question asks who
    and names no one itself."""
    if not set(asked.words) & DOER_ASKED or asked.people:
        return None
    speakers = {fact.subject for fact in stated if fact.subject in people}
    return speakers.pop() if len(speakers) == 1 else None


def _asks_a_scale_alone(asked: ParsedQuestion) -> bool:
    """'in millions instead?', 'can you give that in billions instead': a scale of amounts or headcounts asked, and
    no ally, year or figure of its own."""
    return bool(scales_named(asked.words)) and not (asked.entities or asked.years or asked.numbers)


def _with_billions_stated(answer: Answer) -> Answer:
    """An answer asked in billions states its amounts so ('US$21.27 billion'): those figures are among its values."""
    money = [fact for fact in answer.facts if fact.unit is Unit.MONEY and fact.value is not None]
    amounts = [fact.value * (fact.scale or 1.0) / phrasing.BILLION for fact in money]
    scales = {fact.scale or 1.0 for fact in money}
    if money and len(money) == len(answer.facts) and len(scales) == 1 and not answer.percent_result:
        # the difference or change worked out of amounts in one scale is an amount in it ('Δ in bn')
        stated, scale = {fact.value for fact in money}, scales.pop()
        amounts += [value * scale / phrasing.BILLION for value in answer.values if value not in stated]
    shown = [round(amount, 4) for amount in amounts if abs(amount) >= 1 and round(amount, 4) not in answer.values]
    return answer.model_copy(update={"values": [*answer.values, *shown]}) if shown else answer


def _with_falls_stated(answer: Answer, question: str) -> Answer:
    """'By what percentage does procurement fall?', 'how much is RDT&E cut?': a change its document writes with a
    minus ('-2.1%') is stated as the fall asked, by its size ('a fall of 2.1%'), beside the cell as written."""
    operations = domain.question_words().operations
    asked = f" {normalise(question)} "
    if GIVEN_SHARE.search(question):
        return answer  # 'which ally's spending fell by 26.3%?': the fall's size is the asker's, its owner is asked
    asks_a_fall = any(f" {phrase} " in asked for phrase in operations.falls)
    if not answer.answered or not asks_a_fall or any(f" {phrase} " in asked for phrase in operations.rises):
        return answer
    falls = [fact for fact in answer.facts if _a_change(fact) and fact.value is not None and fact.value < 0]
    if not falls:
        return answer
    stated = [_size_of_the_fall(fact) for fact in falls]
    line = "As the fall asked: " + ", ".join(f"**{size}**" for size in dict.fromkeys(stated)) + "."
    sizes = [-(fact.value or 0.0) for fact in falls]
    return answer.model_copy(update={"answer": f"{answer.answer}\n{line}", "values": [*answer.values, *sizes]})


GIVEN_SHARE = re.compile(r"\d\s?(?:%|per ?cent|percent)", re.IGNORECASE)


def _size_of_the_fall(fact: Fact) -> str:
    """The fall's size as its cell gives it: a percentage as one; a change a table gives in its amounts' scale ('$
    change' beside billions) as the number alone."""
    size = fact.model_copy(update={"value": -(fact.value or 0.0)})
    if fact.unit is Unit.PERCENT and fact.scale:
        return phrasing.format_number(size.value or 0.0)
    return phrasing.format_value(size)


def _a_change(fact: Fact) -> bool:
    measure = MEASURES.get(fact.measure)
    return (
        fact.measure_kind == "change"
        or fact.measure.endswith(":change")
        or (measure is not None and measure.unit == "percent" and "change" in fact.measure)
    )


def _repeats(answer: Answer, previous: Answer | None) -> bool:
    """'Where was he visiting?' after 'who is the Secretary General?' is not answered by his name again."""
    if previous is None or not previous.facts:
        return False
    return {fact.id for fact in answer.facts} == {fact.id for fact in previous.facts}


def _asks(part: str) -> bool:
    """A part that is a question of its own: it opens with a question word."""
    words = normalise(part).split()
    return bool(words) and words[0] in WH_WORDS


def _elliptical(read: Question) -> bool:
    """'what do they say?', 'what will its share be?', 'which year exactly?', 'what were the terms': a part naming no
    one of its own that says whom by a pronoun, or says too little to be a question alone, asks on about the part
    before ('what minimum share of GDP is earmarked for core defence?' is a question of its own)."""
    if read.entities:
        return False
    pronouns = {*domain.question_words().third_person, *domain.question_words().possessive_third_person}
    content = [word for word in read.words if word not in STOPWORDS]
    return bool(pronouns & set(read.words)) or len(content) <= ELLIPTICAL_WORDS


def _asks_nothing(part: str) -> bool:
    """'… pay? how', 'what and increase': a part of nothing but a question word and small words names nothing of its
    own ('and when?' answered asks the time of the part before; not answered, it is no part left unanswered)."""
    return all(word in STOPWORDS for word in normalise(part).split())


LIST_ITEM = re.compile(r"^(?:the|its|their)\b", re.IGNORECASE)
ASKING_OPENING = re.compile(r"^\s*((?:what|which)(?:'s|\s+is|\s+are|\s+was|\s+were)?)\s+(?=the\b|its\b|their\b)", re.I)


def _list_items_asked(parts: list[str]) -> list[str]:
    """'Under the Hague pledge, what's the overall target, the core-defence floor, and the year it must be reached
    by?': the items of a list (two or more) after a part opening 'what's the …' are each asked with that opening
    ('what's the core-defence floor'), so each is a question of its own. One item after 'and' stays the part's own
    ('the sum of the core minimum and the security maximum')."""
    asked: list[str] = []
    opening = None
    items: list[int] = []
    for part in parts:
        found = ASKING_OPENING.match(part)
        if found is not None:
            opening = found.group(1)
        elif opening is not None and LIST_ITEM.match(part.strip()) and not _names_anyone(part):
            items.append(len(asked))  # never 'the UK' of '… Italy and the UK'
            asked.append(f"{opening} {part.strip().rstrip(',')}")
            continue
        asked.append(part)
    return asked if len(items) >= MIN_LISTED else parts


MIN_LISTED = 2  # items after the part that asks: 'the floor, and the year' is a list, 'and the maximum' one operand


def _names_anyone(part: str) -> bool:
    return bool(lexicon.find_mentions(normalise(part).split(), lexicon.entity_aliases()))


def _all_ask(parts: list[str]) -> bool:
    """Every part a question of its own; the first may open with the preposition its question word goes with ('By
    what percentage did Poland increase its spending, and what share of GDP did it reach?') or with a lead saying
    what it is asked of ('France in 2023: how much …', 'For the Netherlands in 2024, what percentage …'). A later
    part so opened asks on about the same thing ('… and by when?', 'in which year and at which summit …'): no
    question of its own."""
    first, *rest = parts
    return _asks_after_a_lead(first) and all(_asks(part) for part in rest)


def _asks_after_a_lead(part: str) -> bool:
    """A question word opens the part, or a clause of it after its lead (a comma, colon or dash ends one), past the
    preposition it goes with."""
    leads = domain.question_words().intent.qualifying_leads
    for clause in re.split(r"[,:;—–]|\s-\s", part):
        words = normalise(clause).split()
        if words[:1] and words[0] in leads:
            words = words[1:]
        if words[:1] and (words[0] in WH_WORDS or words[0] in domain.question_words().verifier.yes_no_starts):
            return True  # 'Does civil preparedness count toward the 1.5%, and what share …?': a yes or no asks too
    return False


__all__ = ["STOPWORDS", "Candidate", "Engine", "Resolution"]


def _follow_up_refused(question: Question, previous: Answer | None, answer: Answer) -> Verdict | None:
    """Why an answer the verifier accepted does not answer the follow-up it was drafted for, if it does not."""
    if not carries_on(question, previous, answer):
        return Verdict(("follow-up: another figure than the previous answer's",))
    if the_part_again_for_the_rest(question, previous, answer):
        return Verdict(("follow-up: the rest asked, the part it leaves out answered",))
    if another_than_the_one_carried(question, previous, answer):
        return Verdict(("follow-up: naming no one, answered for another than the one carried",))
    if _points_at_where_or_when(question, previous) and not _from_the_documents_of(previous, answer):
        return Verdict(("follow-up: 'there' is where the previous answer's document speaks of",))
    return None


def _points_at_where_or_when(question: Question, previous: Answer | None) -> bool:
    """'what did allies commit to there?' after when the Hague summit was: 'there' or 'then' points at the gathering
    or the time the previous answer spoke of, naming nothing of its own."""
    deictic = set(domain.question_words().follow_ups.there_or_then)
    named = set(question.entities) - {lexicon.NATO_ALLIES}  # 'allies' are whoever the gathering's were
    return (
        previous is not None
        and bool(previous.citations)
        and bool(question.word_set & deictic)
        and not (named or question.years or question.numbers or question.people)
    )


def _from_the_documents_of(previous: Answer | None, answer: Answer) -> bool:
    cited = {citation.document for citation in previous.citations} if previous is not None else set()
    return bool(answer.facts) and all(fact.citation.document in cited for fact in answer.facts)


def _keeps_its_form(previous: Answer, question: str) -> bool:
    """A yes or no, a calculation, or an answer over many allies (a ranking, a count): 'and the year before?',
    'same for the us' ask the whole question again, which the previous answer's facts alone cannot carry."""
    # 'and who was top in 2014?' after the highest: the same ranking again; 'and the lowest?' asks the other end
    ranked = previous.operation == RANKING and same_end(normalise(question).split(), previous.question)
    return (
        previous.yes_no
        or previous.calculation is not None
        or ranked
        or len({fact.subject for fact in previous.facts}) > 2
        or opens_a_comparison(normalise(question).split())  # 'higher than 2023?' asks the figure's comparison
        or names_a_group(normalise(question).split())  # 'and the other Baltic states?' asks it of the group's members
        or asks_a_part_of_the_amount(normalise(question).split(), previous)  # 'how much of that was the US alone?'
        or asks_for_the_rest(normalise(question).split(), previous)  # 'rest?' after the US's share: Europe's
    )


def _states_the_figures(asked: ParsedQuestion, text: str) -> bool:
    """The sentence states every figure the question names ('does the us meet the 5% target?' is not answered by a
    sentence that only shares its 'currently')."""
    figures = set(numbers_stated(text))
    return all(figure_stated(number.value, figures) for number in asked.numbers)


def _documents_asked_on(asked: ParsedQuestion, previous: Answer | None) -> frozenset[str]:
    """The documents a follow-up naming no ally, person, year, figure or source asks on in: the previous answer's."""
    if previous is None or not previous.citations:
        return frozenset()
    # 'allies' alone names whoever the previous answer's gathering was of ('what did allies commit to there?')
    pointing = bool(set(asked.words) & domain.question_words().follow_ups.there_or_then)
    named = set(asked.entities) - ({lexicon.NATO_ALLIES} if pointing else set())
    if named or asked.groups or asked.people or asked.years or asked.numbers:
        return frozenset()
    if asked.source_kind is not None or asked.according_to:
        return frozenset()
    return frozenset(citation.document for citation in previous.citations)


def _asks_when(asked: ParsedQuestion) -> bool:
    """A time is asked: a year or a date, or where or when an event took place ('where was that agreed?' is
    answered with its place and its year, the year in bold)."""
    event = asked.has(*cues().raw.event_words) and asked.has("where", "when")
    return asked.asks_year or asked.has(*domain.question_words().asked_kinds.date) or event
