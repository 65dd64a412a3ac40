"""Verify the names in a question: each entity, group and person it names must be accounted for by the facts.

An ally is accounted for by a fact about it, a group by facts about its members (and no one else), a body that
publishes figures by a document citing it; a person by the subject, the value or the words of the quote.
Part of `knowledge.ask.verify`, which runs these checks beside the others.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from functools import cache

from knowledge import domain, lexicon
from knowledge.aggregate import joined_to_the_field
from knowledge.ask.parse import Operation, ParsedQuestion
from knowledge.ask.verify_evidence import last_sentence
from knowledge.cues import cues
from knowledge.entities import entity_tables, written_as_listed
from knowledge.figures import tokenize
from knowledge.lexicon import EntityKind, normalise
from knowledge.mentions import entity_mentions
from knowledge.models import Fact
from knowledge.named_things import own_name_words
from knowledge.question import PRONOUN_US, STOPWORDS

PLACE_WORDS = frozenset({"in", "at"})  # 'the brigade in Lithuania': where the thing asked is
PLACE_POINTER = ("in", "the", "country")  # 'are in the country': the place the paragraph speaks of

# Operations over a group's figures together: every member counts, not one of them.
COMBINING = frozenset({Operation.SUM, Operation.AVERAGE})
SECTION_SUBJECT_KINDS = frozenset({EntityKind.ORGANISATION, EntityKind.PROGRAMME})
JOINED = re.compile(r",| and ")  # a subject of several entities: 'Estonia, Latvia and Lithuania'
INCLUDING_CONCEPT = "including"  # the concept (concepts.toml) of the words folding parts into a whole: 'including'
# 'Ukraine: $64.7bn, …' heads its paragraph; a list's item ('- Japan: $55.3 billion') heads only itself
PARAGRAPH_LABEL = re.compile(r"(?m)^([A-Z][^:\n.]{0,40}):\s")
PLURAL_PRONOUNS = frozenset({"they", "them"})  # 'Together they spent': several named before
LIST_JOINERS = frozenset({"and", "or", "the"})  # the words between the entities of one list: 'Russia and Ukraine'


@cache
def _aliases() -> dict[tuple[str, ...], str]:
    return {**domain.group_aliases(), **lexicon.entity_aliases()}


@cache
def _entity_alias_words() -> dict[str, frozenset[str]]:
    words: dict[str, set[str]] = {}
    for alias, name in lexicon.entity_aliases().items():
        words.setdefault(name, set()).update(alias)
    for group in domain.groups():
        words.setdefault(group.name, set()).update(w for alias in group.aliases for w in alias.split())
    return {name: frozenset(found) for name, found in words.items()}


@cache
def members_of_groups() -> dict[str, frozenset[str]]:
    """Every group's members: the data file's groups, and the lexicon's 'European Allies and Canada'."""
    members = {name: frozenset(found) for name, found in domain.group_members().items()}
    allies = [e.name for e in lexicon.ENTITIES if e.kind is EntityKind.COUNTRY and e.nato_member]
    members[lexicon.EUROPE_AND_CANADA] = frozenset(a for a in allies if a != lexicon.UNITED_STATES)
    members[lexicon.NATO_ALLIES] = frozenset(allies)
    return members


class EntityCheck:
    """The entities and people a question names, against an answer's facts."""

    def __init__(
        self,
        document_words: dict[str, frozenset[str]],
        neutral: set[str],
        evidence: Callable[[Fact], frozenset[str]],
        heading_of: Callable[[Fact], str] = lambda fact: "",
        said_before: Callable[[Fact], str] = lambda fact: "",
    ) -> None:
        self.document_words = document_words
        self.neutral = neutral  # words that ask nothing: not distinctive of an entity's name
        self.evidence = evidence  # a fact's words
        self.heading_of = heading_of  # the section heading a fact's sentence stands under
        self.said_before = said_before  # its paragraph's text before its sentence

    def entities(
        self,
        question: ParsedQuestion,
        facts: list[Fact],
        uncovered: list[str],
        *,
        ranked: bool = False,
    ) -> list[str]:
        """`ranked`: the answer ranks allies; the allies a question lists to rank among ('among us, uk, fr, ger,
        who is lowest') are its field, accounted for by the place the answer gives."""
        subjects = {fact.subject for fact in facts}
        excluded = question.excluded
        # 'european allies only (no canada, no us)': a figure of an ally left out, or of a whole holding it, is not
        # the answer; the allies left out are not asked for
        holding = members_of_groups()
        missing = [
            f"entity {name} left out"
            for name in sorted(excluded)
            if any(name in subject or name in holding.get(subject, ()) for subject in subjects)
        ]
        named = [name for name in [*question.entities, *question.groups] if name not in excluded]
        specific = [name for name in named if name != lexicon.NATO_ALLIES]
        combined = bool(question.operations & COMBINING) and question.extreme is None
        field = set(specific) if ranked and subjects and subjects <= set(specific) else set()
        if ranked:  # 'which European ally or Canada ranked highest?': Canada is of the field ranked
            field |= joined_to_the_field(question.words)
        for name in specific:
            # the answer says it has no figures for it (an honest account), or ranks it; but a sum or mean leaving out
            # a country the question names itself is not the one asked (only a named group's member may be left out)
            if (name in uncovered and not (combined and _asked_alone(name, question))) or name in field:
                continue
            if combined and _one_member_for_the_group(name, subjects):
                missing.append(f"entity {name}: one member for the whole group")
            elif not combined and _of_several_unnamed(name, facts):
                missing.append(f"entity {name}: a figure of several together")
            elif not combined and self._headed_by_another(name, facts):
                missing.append(f"entity {name}: its paragraph is about another")
            elif not self._accounts_for_entity(
                name, subjects, facts, set(named), documents_name=_named_as_another(name, question)
            ) and not self._place_of_thing(name, question, facts):
                missing.append(f"entity {name}")
        if combined:
            missing += _operands_left_unread(question, subjects)
        if lexicon.NATO_ALLIES in named and not self._about_alliance(subjects, facts):
            missing.append(f"entity {lexicon.NATO_ALLIES}")
        if lexicon.NATO_ALLIES in named:
            missing += _outside_the_alliance(subjects, set(named))
        countries = [name for name in specific if lexicon.is_country(name)]
        if len(countries) == 1 and not combined and not field and not missing:
            missing.extend(self._each_about(countries[0], facts, set(named)))
        return [*missing, *_each_its_own_figure(question, countries, subjects, ranked=ranked)]

    def included(self, question: ParsedQuestion, facts: list[Fact]) -> list[str]:
        """'How much did Europe as a whole, including Russia and Ukraine, spend?': the entities named after an
        inclusion word are parts of the whole asked, not subjects of their own. The whole's figure is one its
        sentence says includes them too ('Across Europe as a whole, including Russia and Ukraine, spending rose … to
        $693 billion'); the European NATO members' $454 billion leaves them out, whatever figures of their own stand
        beside it. ('Not counting the US' leaves out.)"""
        inside = [name for name in included_entities(question.words) if name not in question.excluded]
        if not inside:
            return []
        wholes = [fact for fact in facts if fact.subject not in inside]
        including = [set(included_entities(tuple(normalise(fact.citation.quote).split()))) for fact in wholes]
        # a part's own figure stands beside a figure of the whole of its kind ('USD 693 bn' beside Russia's 149); beside
        # only another quantity of the whole ('rose by 17%') it answers the part alone, not the whole asked
        whole_units = {fact.unit for fact in wholes}
        beside = sorted({fact.subject for fact in facts if fact.subject in inside and fact.unit not in whole_units})
        return [
            f"entity {name}: included in the whole asked, not in the figure's"
            for name in inside
            if not including or not all(name in named for named in including)
        ] + [f"entity {name}: its own figure, beside no figure of the whole of its kind" for name in beside]

    def _each_about(self, name: str, facts: list[Fact], named: set[str]) -> list[str]:
        """'How much has Poland asked to borrow through SAFE?': one ally asked, so every figure given is about it;
        Tallinn's request from SAFE beside Warsaw's own fund accounts for the question's words together, but is
        Estonia's."""
        if len(facts) < 2:
            return []
        return [
            f"entity {name}: a figure of {fact.subject}"
            for fact in facts
            if fact.citation.cell is None  # a calculation's cells are its operands: the whole beside its part
            and fact.subject != name
            and lexicon.is_country(fact.subject)
            and not self._accounts_for_entity(name, {fact.subject}, [fact], named)
        ]

    def _place_of_thing(self, name: str, question: ParsedQuestion, facts: list[Fact]) -> bool:
        """'How many soldiers will the brigade in Lithuania have?': an entity named as where the thing asked is, the
        answer's figure being of that thing (one the entity list does not know, named by the question's own word:
        the 45th Panzer Brigade) in a document that names the entity too; or the entity the thing's own name names
        ('the German brigade': the German 45th Armoured Brigade)."""
        words = question.words
        own = tuple(normalise(name).split())
        placed = any(words[i : i + len(own)] == own and words[i - 1] in PLACE_WORDS for i in range(1, len(words)))
        asked = set(words) - question.entity_words - STOPWORDS
        others = {*question.entities, *question.groups} - {name}
        for fact in facts:
            thing = fact.subject not in entity_tables().entries and bool(own_name_words(fact.subject) & asked)
            if thing and name in _named_in(fact.subject):
                return True  # 'the German brigade': the German 45th Armoured Brigade's figure
            placed_here = fact.subject in others and _points_at_a_place(fact.citation.quote)
            if placed and (thing or placed_here) and self._document_names(name, fact.citation.document):
                return True
        return False

    def _document_names(self, name: str, document: str) -> bool:
        """The document names the entity, by any of its names ('the Polish army': Poland)."""
        entry = entity_tables().entries.get(name)
        aliases = (name, *entry.aliases, *entry.weak, *entry.document_exact()) if entry else (name,)
        words = self.document_words.get(document, frozenset())
        return any(set(normalise(alias).split()) <= words for alias in aliases if normalise(alias))

    def people(self, question: ParsedQuestion, facts: list[Fact]) -> list[str]:
        """A person named (or meant by a title: 'the sec gen') is the subject, the value or in the quote."""
        missing = []
        for person in question.people:
            surname = normalise(person).split()[-1]
            if not any(
                person in (fact.subject, fact.text)
                or surname in normalise(fact.citation.quote).split()
                or surname in self.document_words.get(fact.citation.document, ())
                for fact in facts
            ):
                missing.append(f"person {person}")
        return missing

    def _accounts_for_entity(
        self, name: str, subjects: set[str], facts: list[Fact], named: set[str], *, documents_name: str | None = None
    ) -> bool:
        """`documents_name`: the entity the question's words for it name in documents ('europe', the continent;
        'European NATO members', the European allies alone): a figure of that one, or a quote naming it or this one
        by the names documents use, accounts for it; a quote naming it only as members do does not."""
        if name in subjects or documents_name in subjects or any(name in subject for subject in subjects & named):
            return True  # the ally itself, or a group the question names by it ('Europeans and Canadians')
        members = members_of_groups().get(name)
        if members and subjects & members:
            # a group's answer is about its members (and whatever else the question names — another group's
            # members too: 'the Visegrad four against the Nordic allies'), nobody else
            groups = members_of_groups()
            beside = {member for other in named - {name} for member in groups.get(other, ())}
            others = subjects - members - named - beside - {lexicon.NATO_ALLIES, lexicon.EUROPE_AND_CANADA}
            return not others
        alone = all(_holds_alone(fact.subject, name, named) for fact in facts)
        if _of_another_whole(name, facts, named) or _only_jointly(name, facts, named) or alone:
            # 'China's spending' is not the five top spenders' $1,635 billion together; 'Canada's real change'
            # is not the Europe-and-Canada row's, though its quote names Canada
            return False
        if any(fact.cited_source == name for fact in facts) or self.document_cites(name, facts):
            return True  # 'sipri' in 'china's military spending sipri': the source the figure comes from
        reading = _named_in_documents if documents_name else _named_in
        named_in_quotes = {name for fact in facts for name in reading(f"{fact.citation.quote} {fact.text or ''}")}
        qualified = any(name in q for fact in facts for q in fact.qualifiers)
        if (
            {name, documents_name} & named_in_quotes
            or qualified
            or self._heads_the_section(name, facts)
            or self._meant(name, facts)
        ):
            return True
        # 'European NATO members and Canada' names 'European Allies and Canada' by its distinctive words
        distinctive = _entity_alias_words().get(name, frozenset()) - self.neutral - STOPWORDS
        quoted = {w for fact in facts for w in normalise(f"{fact.citation.quote} {fact.text or ''}").split()}
        return bool(distinctive) and distinctive <= quoted

    def _headed_by_another(self, name: str, facts: list[Fact]) -> bool:
        """'Ukraine: $64.7bn, +2.9%. Equal to 43% of Russia's spending … Military burden of 34% of GDP': a figure whose
        sentence does not name the one asked is of whom its paragraph is headed by ('Ukraine:'), whoever else the
        paragraph named since."""
        own = [fact for fact in facts if fact.subject == name and fact.citation.cell is None]
        return bool(own) and all(self._headed_by_other_than(name, fact) for fact in own)

    def _headed_by_other_than(self, name: str, fact: Fact) -> bool:
        label = PARAGRAPH_LABEL.search(self.said_before(fact))
        heads = _named_in(label.group(1)) if label else frozenset()
        return bool(heads) and name not in heads and name not in _named_in(fact.citation.quote)

    def _meant(self, name: str, facts: list[Fact]) -> bool:
        """'… said a spokesman for the Lithuanian defence ministry. He said the extra money would go …': a sentence
        opening with a pronoun speaks of whom its paragraph named just before, when that is the one entity of its
        kind named there."""
        kind = entity_tables().kind(name)
        for fact in facts:
            opening = normalise(fact.citation.quote).split()[:1]
            before = (
                _named_in(self.said_before(fact))
                if opening and opening[0] in domain.question_words().referring_openers
                else set()
            )
            if {other for other in before if entity_tables().kind(other) == kind} != {name}:
                return False
        return bool(facts)

    def _heads_the_section(self, name: str, facts: list[Fact]) -> bool:
        """'## The EU's SAFE instrument' over '… followed by Romania at about 16.6 billion euros': a body or a
        programme the section heading names is what every sentence under it speaks of (never a country: a
        heading naming two allies says nothing of which one a sentence is about)."""
        if entity_tables().kind(name) not in SECTION_SUBJECT_KINDS:
            return False
        return all(name in _named_in(self.heading_of(fact)) for fact in facts)

    def document_cites(self, name: str, facts: list[Fact]) -> bool:
        """A body that publishes figures (SIPRI, NATO, the IISS) is accounted for by a document citing it."""
        if entity_tables().kind(name) != "organisation":
            return False
        entry = entity_tables().entries[name]
        names = [tuple(normalise(alias).split()) for alias in (entry.name, *entry.aliases, *entry.exact)]
        for document in {fact.citation.document for fact in facts if not self._cites_another(fact, name)}:
            words = self.document_words.get(document, frozenset())
            if any(alias and set(alias) <= words for alias in names):
                return True
        return False

    def _cites_another(self, fact: Fact, name: str) -> bool:
        """'NATO's own estimates use a different definition. Its June 2024 figures counted 23 allies at or above 2%':
        a statement giving another body's figures, in its own words or in the sentence its pronoun points back to,
        is not the source its document cites for the rest."""
        if fact.cited_source is not None:
            return fact.cited_source != name
        text = fact.citation.quote
        if set(normalise(text).split()[:1]) & set(domain.question_words().referring_openers):
            text = f"{last_sentence(self.said_before(fact))} {text}"
        return any(m.source and m.name != name for m in entity_mentions(tokenize(text), cues()))

    def _about_alliance(self, subjects: set[str], facts: list[Fact]) -> bool:
        """'nato', 'allies': the alliance itself, one of its allies, or a measure of the alliance."""
        if subjects & (members_of_groups()[lexicon.NATO_ALLIES] | {lexicon.NATO_ALLIES, lexicon.EUROPE_AND_CANADA}):
            return True
        alliance_words = _entity_alias_words()[lexicon.NATO_ALLIES]
        return any(alliance_words & self.evidence(fact) for fact in facts if fact.citation.cell is None)


def _outside_the_alliance(subjects: set[str], named: set[str]) -> list[str]:
    """'Which ally spent the most relative to GDP?': an ally asked; a country outside the alliance is none, however
    its sentence ranks it ('Ukraine … the heaviest military burden of any country'), unless the question names it."""
    return [
        f"entity {lexicon.NATO_ALLIES}: {subject} is no ally"
        for subject in sorted(subjects - named)
        if lexicon.is_country(subject) and not lexicon.is_ally(subject)
    ]


def included_entities(words: tuple[str, ...]) -> list[str]:
    """The entities a list right after an inclusion word names ('including Russia and Ukraine')."""
    folding = [
        m for m in lexicon.find_mentions(list(words), lexicon.synonym_aliases()) if m.target == INCLUDING_CONCEPT
    ]
    if not folding:
        return []
    mentions = sorted(lexicon.find_mentions(list(words), _aliases()), key=lambda mention: mention.start)
    found: list[str] = []
    for inclusion in folding:
        end = inclusion.start + len(inclusion.alias.split())
        for mention in mentions:
            if mention.start < end:
                continue
            if any(word not in LIST_JOINERS for word in words[end : mention.start]):
                break
            found.append(mention.target)
            end = mention.start + len(mention.alias.split())
    return found


def _points_at_a_place(quote: str) -> bool:
    """'Today about 500 German personnel are in the country': a sentence placing its figure in the country its
    paragraph speaks of."""
    words = normalise(quote).split()
    return any(tuple(words[i : i + len(PLACE_POINTER)]) == PLACE_POINTER for i in range(len(words)))


def _operands_left_unread(question: ParsedQuestion, subjects: set[str]) -> list[str]:
    """'uk combined spending 2017, pl too', read with the UK alone: an ally's code typed in lower case and not read
    as its name is an operand of the sum or average asked, which the answer must account for too (the UK's figure
    alone is no sum); codes that are words too ('it', 'fr' for 'for real', 'ca') are left aside."""
    words = lexicon.short_names_that_are_words()
    codes = {code.casefold(): name for code, name in lexicon.country_codes().items() if code.casefold() not in words}
    groups = members_of_groups()
    covered = {*subjects, *(member for subject in subjects for member in groups.get(subject, ()))}
    unread = {
        codes[word]
        for word in question.words
        if word in codes and word not in STOPWORDS and word not in question.entity_words
    }
    return [f"entity {name}: an operand left unread" for name in sorted(unread - covered - question.excluded)]


def _one_member_for_the_group(name: str, subjects: set[str]) -> bool:
    """A sum or an average of a group ('how much do we and the europeans cover together') is of the
    group itself or of its members, never of one of them alone."""
    members = members_of_groups().get(name, frozenset())
    return len(members) > 1 and name not in subjects and len(subjects & members) == 1


LISTING = frozenset({"and"})  # what stands between allies listed ('Latvia and Lithuania'; commas are no words)


def _each_its_own_figure(
    question: ParsedQuestion, countries: list[str], subjects: set[str], *, ranked: bool
) -> list[str]:
    """'What were Latvia's and Lithuania's 2024 ratios?': the figures of several allies asked side by side, nothing
    worked out between them; one ally's own figure, its sentence naming the other's too, answers half of it."""
    if ranked or question.operations or question.extreme is not None or question.yes_no or len(countries) < 2:
        return []
    if not _listed_together(question.words, frozenset(countries)):
        return []  # 'British troops in Estonia': the troops of one, where they stand in the other
    if not subjects & set(countries):
        return []  # a figure of them together, or of a whole they belong to: the other checks judge it
    return [f"entity {name}: no figure of its own" for name in countries if name not in subjects]


def _listed_together(words: tuple[str, ...], countries: frozenset[str]) -> bool:
    """'Latvia's and Lithuania's', 'Latvia, Lithuania and Estonia': the allies named one after another, nothing but
    'and' between them ('when did Finland and Sweden join NATO?': the alliance they join is not one of them)."""
    found = lexicon.find_mentions(list(words), lexicon.entity_aliases())
    mentions = sorted((mention for mention in found if mention.target in countries), key=lambda mention: mention.start)
    pairs = itertools.pairwise(mentions)
    return len(mentions) > 1 and all(set(words[first.end : then.start]) <= LISTING for first, then in pairs)


def _holds_alone(subject: str, name: str, named: set[str]) -> bool:
    """A subject naming `name` among others none of which the question names ('European Allies and Canada' for
    Canada alone); one naming them all is theirs together."""
    return name in subject and not any(other in subject for other in named - {name})


def _of_another_whole(name: str, facts: list[Fact], named: set[str]) -> bool:
    """'NATO's European members' are not 'Europe (including Russia)': a group of allies asked by the alliance's name
    is not accounted for by a region's figures, whatever words their quotes share with it ('How much did European
    military spending rise?' names no alliance: the region's figure answers it). The figures of the other entities
    the question names are theirs."""
    tables = entity_tables()
    if lexicon.NATO_ALLIES not in named or name not in tables.entries or tables.kind(name) is not EntityKind.GROUP:
        return False
    own = [fact for fact in facts if fact.subject not in named]
    return bool(own) and all(
        fact.subject in tables.entries and tables.kind(fact.subject) is EntityKind.REGION for fact in own
    )


def _only_jointly(name: str, facts: list[Fact], named: set[str]) -> bool:
    """Every fact is about a list of subjects that includes `name` ('the United States, China, Russia…'), and
    the question names no other of them: a figure of them together is not one of its own."""
    joint = [fact for fact in facts if fact.subject != name and name in fact.subject and JOINED.search(fact.subject)]
    together = any(other in fact.subject for fact in joint for other in named - {name})
    return len(joint) == len(facts) and not together


def _named_as_another(name: str, question: ParsedQuestion) -> str | None:
    """The entity the question's words for an entity name as documents use them, when another: 'European NATO
    members' are the European Allies and Canada in a question, the European allies alone in a document."""
    words = list(question.words)
    asked = lexicon.find_mentions(words, lexicon.entity_aliases())
    spans = {(m.start, len(m.alias.split())) for m in asked if m.target == name}
    read = lexicon.find_mentions(words, _document_aliases())
    return next((m.target for m in read if (m.start, len(m.alias.split())) in spans and m.target != name), None)


@functools.cache
def _document_aliases() -> dict[tuple[str, ...], str]:
    """The names documents use: the groups' and the entities' own, never those only members type."""
    return {**domain.group_aliases(), **entity_tables().folded}


@functools.lru_cache(maxsize=4096)  # a fact's quote names the same entities on every check
def _named_in_documents(text: str) -> frozenset[str]:
    """The entities a quote names by the names documents use ('Europe, including Russia' is the continent)."""
    words = normalise(text).split()
    found = {mention.target for mention in lexicon.find_mentions(words, _document_aliases())}
    return frozenset(found | _exact_names(text))


def _of_several_unnamed(name: str, facts: list[Fact]) -> bool:
    """'Top 5 spenders: US, China, Russia, Germany, India. Together they spent $1,635bn': a figure its own sentence
    says is of several together, the one asked not named in it, is none of that one's own, whichever of them the
    figure was read as of."""
    own = [fact for fact in facts if fact.subject == name and fact.citation.cell is None]
    sums = [normalise(phrase) for phrase in cues().raw.several_together]
    return (
        bool(own)
        and lexicon.is_country(name)
        and all(
            any(f" {phrase} " in f" {normalise(fact.citation.quote)} " for phrase in sums)
            and set(normalise(fact.citation.quote).split()) & PLURAL_PRONOUNS
            and name not in _named_in(fact.citation.quote)
            for fact in own
        )
    )


@functools.lru_cache(maxsize=4096)  # a fact's quote names the same entities on every check
def _named_in(text: str) -> frozenset[str]:
    """The entities a quote names; its 'us' names the United States only when written 'US' or 'U.S.' ('NATO put
    us at 3.43%' is the speaker's country)."""
    words = normalise(text).split()
    pronoun_us = PRONOUN_US.written_as_country.search(text) is None
    folded = {
        mention.target
        for table in (_aliases(), entity_tables().folded)
        for mention in lexicon.find_mentions(words, table)
        if not (pronoun_us and mention.alias == PRONOUN_US.alias)
    }
    return frozenset(folded | _exact_names(text))


def _exact_names(text: str) -> set[str]:
    """The names documents use only as written ('the EU's SAFE loan instrument' names the programme)."""
    return {name for alias, name in entity_tables().exact.items() if written_as_listed(alias, text)}


def _asked_alone(name: str, question: ParsedQuestion) -> bool:
    """The question names the country itself, not only as a member of a group it names ('the Nordic allies … (Iceland
    has no army)': Iceland is the group's, and may be left out with a line saying so)."""
    holding = members_of_groups()
    return name in question.entities and not any(name in holding.get(group, ()) for group in question.groups)
