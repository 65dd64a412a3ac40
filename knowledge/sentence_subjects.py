"""Who or what each figure of a sentence is about: the entities before it, a pronoun's antecedent, a list
('Luxembourg and Slovenia at 1.29% each'), a group together, or the subject carried from earlier sentences; what it
falls back on when no name before a figure says whose it is is read by `UnnamedSubjects`
(`knowledge.sentence_unnamed_subjects`)."""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge import domain
from knowledge.doc_context import NUMBERED_HEADLINE
from knowledge.entities import EntityKind, entity_tables
from knowledge.figures import Figure, FigureKind, tokenize
from knowledge.frames import (
    any_bodys_members,
    members_body,
    possessive_before,
    someone_elses,
)
from knowledge.mentions import Mention, entity_mentions, in_currency_names
from knowledge.sentence_labels import outside_a_label, speaker_label_end
from knowledge.sentence_reading import (
    PERSON_OPENERS,
    SUBJECT_REACH,
    Context,
    Reading,
    after_a_semicolon,
    level_named_for,
    not_the_recipient,
    of_an_unknown_antecedent,
    spent_by,
)
from knowledge.sentence_unnamed_subjects import DETERMINERS, PREPOSITIONS, UnnamedSubjects

ACRONYM = re.compile(r"[A-Z]{2,6}")
POINTING_WORDS = frozenset({"those", "these", "the", "both", "all"})  # "those five countries"
ASIDE_DASHES = frozenset({"-", "–", "—"})  # a pair of them sets an aside off its sentence
MIN_LISTED = 2  # names a list said "respectively" gives its figures to
REACH_GAP = 4  # words between a reaching verb and the guideline it names ("to meet NATO's 2 per cent target")
# 'spends about a third as much as the US — but it has …': a name compared with is not what a pronoun refers to
COMPARISON_WORDS = frozenset({"as", "than"})
WHOLE_REACH = 5  # words before an amount its 'out of' may stand in ('out of a little under $1.5 trillion')
GROUP_WORDS = frozenset({"together", "combined", "jointly"})  # 'combined, they spent …': the group, as one
AGENT_REACH = 3  # words from a participle's 'by' to the name of who spent an amount ('by all European countries')
SPENDER_REACH = 6  # words from a figure to the 'by' of whose spending it measures ('year of rising spending by')
CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–"})
PLACE_PREPOSITIONS = frozenset({"in", "for"})  # '0.2% of GDP in Ireland', '2.4% for Latvia'

LIST_MARKS = frozenset({"-", "*", "•", "–", "—"})  # the marks opening a list item


class Subjects(UnnamedSubjects):
    """The subjects of a sentence's figures."""

    def __init__(self, text: str, context: Context, year: int | None) -> None:
        super().__init__(text, context, year)
        self.unnamed: set[int] = set()  # figures whose subject no word of the sentence names
        self.mentions = _members_of_named_body(self.mentions, self.words)

    def economy_of(self, names: list[str], clause: tuple[int, int]) -> list[str]:
        """'the Bank of Korea cut its 2025 growth forecast to 0.8%': a central bank's change in growth or inflation
        is its economy's figure."""
        entries = entity_tables().entries
        economies = [entries[name].economy if name in entries else None for name in names]
        if not any(economies) or not self.table.economy.within(self.words, clause[0], clause[1]):
            return names
        return [economy or name for economy, name in zip(economies, names, strict=True)]

    def pronoun_after(self, start: int, end: int) -> int | None:
        for position in range(end - 1, start - 1, -1):
            if self.table.pronouns.starting_at(self.words, position):
                return position
        return None

    def _subjects_for(self, index: int, resolved: list[list[str]]) -> list[str]:
        figure = self.values[index]
        counted = [] if self._illustrative(index) or _no_ones(self, index) else _counted(self, index, resolved)
        # '… above the $457 billion spent by all European countries'; '0.2% of GDP in Ireland and 0.4% in Malta'
        agent = _agent_after(self, index) or _place_in_parallel(self, index) or _numbered_label_name(self, index)
        agent = agent or _headline_label_name(self, index) or _share_owner(self, index)
        counted = [agent] if agent is not None else counted
        if counted is not None:
            return counted
        # "those five countries": countries pointed back at, not any one entity; '…, succeeding Jens Stoltenberg, who
        # had held the post for 10 years': that one's, no entity's
        pointed = figure.kind is FigureKind.COUNT and figure.noun in self.table.group_nouns
        if (pointed and _pointed(self.words, figure)) or self._of_someone_unknown(index):
            return []
        left = after_a_semicolon(self.words, self.region(index)[0], figure.start)
        named_goal = goal_named_with_its_level(self, index)
        if named_goal or self._guideline(index):
            owner = named_goal or self._reaching(index, left) or self._goal_owner(figure.start)
            if owner is None and self._goal_named_by_no_one(figure.end):
                return []  # 'capitals put money behind the 5% pledge': the goal named in passing, by no one
            return [owner or self.table.raw.guideline_subject]
        # 'NATO has assigned to us, we will need about 260,000 active soldiers': the speaker's country
        voice = self.voice_of(index, left)
        respective = _respective(self, index) if voice is None else None
        # 'two-thirds of the alliance total of $1.47 trillion': the alliance's total
        whole = _whole_of_a_share(self, index) if voice is None and not respective else None
        named = voice if voice is not None else [respective] if respective else whole
        named = named if named is not None else self._named_before(index, left)
        if named is not None or self.placed_between(left, self.values[index].start):
            return named or []
        sized = programme_sized(self, index)
        return [sized] if sized else self._unnamed_subjects(index, resolved, left)

    def _of_someone_unknown(self, index: int) -> bool:
        """A figure in a relative clause about a person the entity list does not know ('…, who had held the post for
        10 years'), the clause naming no entity before it; a thing's ('the 2020 Spending Review, which gave …') may
        still be of the one the sentence names."""
        start, figure = self.clause(index)[0], self.values[index]
        return of_an_unknown_antecedent(self.tokens, self.mentions, start - 1, figure.start, PERSON_OPENERS)

    def _illustrative(self, index: int) -> bool:
        """'If your budget rises 30% and your unit costs rise 25%': a figure of 'you' in its clause, no entity named
        after that word, is an illustration of no one's."""
        start = self.clause(index)[0]
        end = self.values[index].start
        dashes = [p for p in range(end) if self.words[p] in ASIDE_DASHES]
        # '$2,718 billion if you want the precise figure - and that's a rise of 9.4%': an aside closed before it
        start = max([start, *(p + 1 for p in dashes[1::2])])
        # 'Minister, you say 14 allies meet 2 per cent': the one spoken to, whose words are told again, naming whose
        # figure it is ('You said half of the rise came from three countries' names no one: still no one's)
        speech = self.table.addressed_speech
        figure_end = self.values[index].end
        told = {
            p
            for p in range(start, end)
            if p + 1 < len(self.words)
            and self.words[p + 1] in speech
            and any(p + 1 < mention.start < figure_end and not mention.source for mention in self.mentions)
        }
        generic = [p for p in range(start, end) if self.words[p] in self.table.generic_pronouns and p not in told]
        return bool(generic) and not self.candidates(generic[-1], end)

    def _goal_named_by_no_one(self, end: int) -> bool:
        """The figure is a goal's name ('the 5% pledge', 'the 2% mark': a goal noun follows it) and neither the
        sentence nor the few before it (its heading, the title) name the alliance whose goal it would be."""
        owner = self.table.raw.guideline_subject
        return (
            domain.names_a_goal(self.words, end)
            and owner not in self.context.named_recently
            and not any(m.name == owner for m in self.mentions)
        )

    def _reaching(self, index: int, left: int) -> str | None:
        """'Canada to meet NATO's 2 per cent target', 'Ottawa announced €9 billion to reach the 2% guideline': the
        level the one named before a reaching verb is to reach is its own."""
        figure = self.values[index]
        reach = range(max(left, figure.start - REACH_GAP), figure.start)
        verbs = [position for position in reach if self.words[position] in self.table.reach]
        if not verbs:
            return None
        found = [m for m in self.candidates(0, verbs[0]) if not self._object(m)]
        return found[-1].name if found else None

    def _goal_owner(self, start: int) -> str | None:
        """'the European Central Bank's 2% target': a goal is the body's whose name ends right before it."""
        for mention in self.mentions:
            possessive = self.tokens[mention.end - 1].text.casefold().endswith(("'s", "’s", "s'"))
            if mention.end == start and possessive and not mention.source:
                return mention.name
        return None

    def _named_before(self, index: int, left: int) -> list[str] | None:
        """The entities named in the figure's own region before it, or what a pronoun there refers to."""
        figure = self.values[index]
        found = [m for m in self._not_compared(figure, self.candidates(left, figure.start)) if not self._modifier(m)]
        pronoun = outside_a_label(self.text, self.words, self.pronoun_after(left, figure.start), figure.start)
        # 'Its defence and aerospace division, …': a pronoun inside a description is part of what it names
        if found and (pronoun is None or pronoun < found[-1].end):
            return self._listed(found, figure)
        if pronoun is not None:
            # "Poland grew its spending": a pronoun after the sentence's own subject refers to it.
            own = self.candidates(0, pronoun)
            if own:
                subjects = [m for m in own if not self._object(m)]
                return [(subjects or own)[-1].name]
            titled = self._title_named(pronoun) or _thing_before(self, pronoun)
            if titled:  # 'Poland's President Andrzej Duda said his country …', '… work at Martin, and it will need …'
                return [titled]
            # 'The ECB cut its rate': 'its' is the ECB's, whom the entity list does not know; 'Top 5 spenders: US,
            # China, …. Together they spent …': all of them, none alone
            if _unknown_name_before(self, pronoun) or _listed_before(self, pronoun, left):
                return []
            carried = _gathered(self, pronoun) or self._pointed_country(left, figure.start)
            carried = carried or self.context.carried(self.context.subject) or _goal_split(self, index)
            return [carried] if carried else None
        return None

    def _modifier(self, mention: Mention) -> bool:
        """'Madrid argues it can meet its NATO capability targets with 2.1%': a name after a possessive pronoun
        describes what the pronoun's antecedent owns; the figure is the antecedent's. A programme so named is the
        thing owned, whose figures are its own ('its ReArm Europe plan aims to mobilise EUR 800 billion')."""
        at = possessive_before(self.words, mention.start)
        return (
            at is not None
            and self.pronoun_after(at, at + 1) is not None
            and self.entity_kind(mention.name) != EntityKind.PROGRAMME
        )

    def _unnamed_subjects(self, index: int, resolved: list[list[str]], left: int) -> list[str]:
        """A figure whose region names no one: the previous figure's subjects, an entity earlier in the sentence,
        the paragraph's subject, or one named right after it."""
        figure = self.values[index]
        part = _part_of_the_goal_named(self, index)
        owner = _owner_in_tail(self, index)
        # '… the United Kingdom ($81.8 billion) by about 8 %': a ratio is never of the one it compares with
        compared = bool(resolved) and self._of_the_compared(index, resolved[-1])
        if part is None and resolved and not (owner and index - 1 in self.unnamed) and not compared:
            if index - 1 in self.unnamed:
                self.unnamed.add(index)
            return resolved[-1]
        earlier = [part] if part else self._earlier_or_quoted(figure)
        if earlier is not None:
            return earlier
        after = owner or self._fronted_subject(index) or self._title_named(figure.start) or self._labelled(figure)
        if after:
            return [after]
        # "Countries involved in armed conflict spent 4.4%": a subject no entity names; so is 'Combined, these
        # countries spent …' after a sentence listing several: all of them, none alone
        grouped = any(
            self.words[i] in self.table.group_nouns and i not in self.asides for i in range(left, figure.start)
        )
        if grouped or _listed_before(self, None, left, figure.start):
            return []
        carried = _gathered(self, figure.start) or self._pointed_country(left, figure.start) or _goal_split(self, index)
        carried = carried or self._issuers(self._not_the_alliance(self.context.carried(self.context.paragraph_subject)))
        carried = not_the_recipient(self, carried or self.document_subject_named())
        if carried and not _unknown_name_before(self, figure.start):
            self.unnamed.add(index)  # the sentence names no one: the subject is the paragraph's, less sure
            return [carried]
        later = self.candidates(figure.end, self.region(index)[1])
        return [later[0].name] if later and not self.table.pronouns.starting_at(self.words, figure.end) else []

    def _of_the_compared(self, index: int, names: list[str]) -> bool:
        """The figure compares two entities and `names` are the one it compares with."""
        if self.values[index].start not in self.compared:
            return False
        return any(m.start in self.comparands and m.name in names for m in self.mentions)

    def _earlier_or_quoted(self, figure: Figure) -> list[str] | None:
        """An entity named earlier in the sentence; else the country whose own currency the sentence's amounts are
        in; else, for a figure in a quotation naming no one, whom the document is about (or no one)."""
        earlier = self._not_compared(figure, self.candidates(0, figure.start))
        if earlier:
            return [earlier[-1].name]
        national = _unless_about_a_thing(self, self._national())
        if national:
            return [national]
        return self._quoted_subjects() if self._quoted_unnamed(figure.start) else None

    def _quoted_unnamed(self, position: int) -> bool:
        """'"Two per cent is not enough," US Defense Secretary Pete Hegseth told allies': a figure in a quotation
        naming no one is what the speaker says, not a figure of the speaker's country, nor of the one the paragraph
        is about."""
        quotation = self.quotation_of(position)
        if quotation is None or _quoted_words_only(self, quotation):
            return False
        return not any(mention.start in quotation for mention in self.mentions)

    def _quoted_subjects(self) -> list[str]:
        """A figure in a quotation naming no one is of whom the document is about, when one dominates it ('"Two per
        cent is the floor, not the ceiling," McGuinty said', in a statement on Canada's budget); else of no one."""
        subject = self.document_subject_named()
        return [subject] if subject else []

    def _not_compared(self, figure: Figure, found: list[Mention]) -> list[Mention]:
        """A multiple is never the figure of an entity one multiple compares with ('ten times Russia's'), nor is any
        other figure comparing two ('43 % of what Russia spent')."""
        if figure.kind is not FigureKind.MULTIPLE and figure.start not in self.compared:
            return found
        return [mention for mention in found if mention.start not in self.comparands]

    def _object(self, mention: Mention) -> bool:
        """'in the alliance', 'of Ukraine': a name after a preposition is not what a pronoun refers back to."""
        position = mention.start
        while position > 0 and self.words[position - 1] in DETERMINERS:
            position -= 1
        return position > 0 and self.words[position - 1] in PREPOSITIONS | COMPARISON_WORDS

    def _listed(self, found: list[Mention], figure: Figure) -> list[str]:
        """'Luxembourg and Slovenia at 1.29% each': every entity joined by 'and' before 'each'; 'the United
        States, China and India together spent …', 'Denmark, Norway and Sweden … a joint package': the group, as one."""
        joined = _joined(self.words, found)
        after = self.words[figure.end] if figure.end < len(self.words) else ""
        if after in {"each", "apiece"}:
            return joined
        between = set(self.words[found[-1].end : figure.start])
        if len(joined) > 1 and between & (GROUP_WORDS | {"joint"}):
            return [group_name(joined)]
        return [found[-1].name]


def _counted(reading: Subjects, index: int, resolved: list[list[str]]) -> list[str] | None:
    """A count is of what it counts: the entity its noun names ('23 allies', 'the five biggest spenders'); one
    naming nothing it counts ('only three of the 28 members met it; by 2023 the count had crept up to 11 of 31'), or
    a bare number restating a count of the same noun ('23 of the 32 allies …, up from just three in 2014'), is of
    what the count before it in the sentence counted."""
    figure = reading.values[index]
    if figure.kind is not FigureKind.COUNT:
        return None
    inside = [m for m in reading.mentions if figure.start <= m.start < figure.end]
    if inside:
        return [inside[-1].name]
    restating = figure.end - figure.start == 1
    if figure.noun and not restating:
        return None
    earlier = [
        names
        for other, names in zip(reading.values, resolved, strict=False)
        if other.kind is FigureKind.COUNT and (not figure.noun or other.noun == figure.noun)
    ]
    return earlier[-1] if earlier and earlier[-1] else None


def _respective_figures(reading: Subjects, start: int) -> list[Figure]:
    """The figures of a list a sentence gives 'respectively' after `start` ('0.51 and 0.72 points short
    respectively'), in order; none when it does not."""
    said = [p for p in range(start, len(reading.words)) if reading.words[p] in reading.table.respective]
    if not said:
        return []
    return [figure for figure in reading.values if start <= figure.start < said[0]]


def _unless_about_a_thing(reading: Subjects, national: str | None) -> str | None:
    """'Sweden's Saab closed 2024 with …. Order bookings were SEK 88.6 billion': a paragraph about a company (or a
    unit) the entity list does not know goes on about it; its amounts in crowns are not Sweden's, unless the sentence
    names Sweden ('an order from the Swedish Defence Materiel Administration worth SEK 7.4 billion')."""
    context = reading.context
    carried = context.carried(context.paragraph_subject)
    about_a_thing = carried is not None and carried in context.things.names
    return None if about_a_thing and national not in {mention.name for mention in reading.mentions} else national


def _no_ones(reading: Subjects, index: int) -> bool:
    """'- Riga to Wales: 8 years from guideline to a dated pledge': a count of years between two places (the summits
    held there) is a stretch of time, no one's — not the count of the country whose capital opens it."""
    figure = reading.values[index]
    if figure.kind is not FigureKind.COUNT or figure.noun not in reading.table.raw.time_span_nouns:
        return False
    return any(
        mention.end + 1 < figure.start
        and reading.words[mention.end] == "to"
        and reading.tokens[mention.end + 1].text[:1].isupper()
        for mention in reading.mentions
    )


def _members_of_named_body(mentions: list[Mention], words: list[str]) -> list[Mention]:
    """'the European Union's €150 billion SAFE loan instrument, for which 18 member states have submitted requests':
    'member states' in a sentence naming another body with members, not the alliance, are that body's."""
    # 'Our members can double shell output': a weak name someone's words hold names no entity
    mentions = [m for m in mentions if not (m.weak and someone_elses(words, m.start, m.end))]
    strong = [m for m in mentions if not m.weak]
    body = members_body({m.name for m in strong if not m.source}, {m.name for m in strong if m.source})
    if body is None:
        return mentions
    return [
        replace(m, name=body, weak=False) if m.weak and any_bodys_members(words, m.start, m.end) else m
        for m in mentions
    ]


def _gathered(reading: Subjects, position: int) -> str | None:
    """'At The Hague summit on 25 June 2025 they agreed on 5% of GDP by 2035', 'The Hague Summit replaced the old
    2% guideline with a pledge to devote 5% of GDP …': 'they' after a summit, or a figure after one, in a sentence
    naming no one before it (a place the summit was held in is an aside), are the leaders gathered there: the
    alliance, whose guideline it is ('it' there is some other one's)."""
    singular = reading.words[position] not in reading.table.plural_pronouns and reading.table.pronouns.starting_at(
        reading.words, position
    )
    gathered = (
        not singular
        and not any(m.start < position and not (m.aside or m.source) for m in reading.mentions)
        and any(word in reading.table.gathering_words for word in reading.words[:position])
    )
    return reading.table.raw.guideline_subject if gathered else None


def _goal_split(reading: Subjects, index: int) -> str | None:
    """'At The Hague summit they agreed on 5% of GDP by 2035. BUT it's split: at least 3.5% for core defence …': a
    smaller percentage in a sentence saying the goal stated before is split into parts is a part of that goal, of
    the goal's subject (however many sentences back it was named)."""
    goal, figure = reading.context.goal, reading.values[index]
    if goal is None or figure.kind is not FigureKind.PERCENT or figure.value >= goal.value:
        return None
    return goal.subject if reading.table.goal_splits.within(reading.words, 0, figure.start) else None


def _part_of_the_goal_named(reading: Subjects, index: int) -> str | None:
    """'Of the new 5% target, at least 3.5% of GDP is to go to core defence': a smaller percentage after the goal
    stated before, named by its level earlier in the sentence, is a part of that goal, of the goal's subject (the
    goal's name is no one's figure: it passes no subject on)."""
    goal, figure = reading.context.goal, reading.values[index]
    if goal is None or figure.kind is not FigureKind.PERCENT or figure.value >= goal.value:
        return None
    named = any(
        earlier.kind is FigureKind.PERCENT
        and earlier.value == goal.value
        and domain.names_a_goal(reading.words, earlier.end)
        for earlier in reading.values[:index]
    )
    return goal.subject if named else None


def _pointed(words: list[str], figure: Figure) -> bool:
    return figure.start > 0 and words[figure.start - 1] in POINTING_WORDS


def _names_a_source(words: list[str], position: int, source_words: frozenset[str]) -> bool:
    """'PBO estimates spending of $41.0 billion', "the CBO's figures": a short form right before a source's verb or
    noun is who reckons the figure, not whom it is about."""
    following = [word for word in words[position + 1 : position + 3] if word not in {"'s", "’s", "s"}]
    return bool(following) and following[0] in source_words


def named_members(mentions: list[Mention], words: list[str], named: frozenset[str] | None) -> list[Mention]:
    """'requested by 18 member states' in a newsletter on EU loans: a weak name any body's members share names its
    entity only in a document naming that entity by a name of its own somewhere (`named`; None: not known)."""
    if named is None:
        return mentions
    return [m for m in mentions if not (m.weak and m.name not in named and any_bodys_members(words, m.start, m.end))]


def programme_sized(reading: Subjects, index: int) -> str | None:
    """'topped up in March 2024 by a dedicated €5bn Ukraine Assistance Fund', 'the €500m ASAP programme': an amount
    right before a programme's name is the programme's size, not a figure of whom the sentence spoke of before
    (nor what the sentences after it speak of)."""
    figure = reading.values[index]
    if figure.kind is not FigureKind.MONEY:
        return None
    named = next((m for m in reading.mentions if m.start == figure.end and not (m.source or m.aside)), None)
    return named.name if named and reading.entity_kind(named.name) == EntityKind.PROGRAMME else None


def _whole_of_a_share(reading: Subjects, index: int) -> list[str] | None:
    """'around two-thirds of the alliance total of roughly $1.47 trillion', 'two-thirds of the alliance's spending,
    about $968bn out of $1.5 trillion': an amount inside a share's 'of …', or after 'out of' in its sentence, is the
    whole the share is of, of the one that 'of …' names (not the subject the share is of). An amount inside an 'of …'
    naming a total of a kind of entity but no entity ('China's, accounting for half of the region's total of $629
    billion') is still that whole, of the one that kind points at, else of no one: never the share's subject's. None
    when the amount is no share's whole ('12.4% of total federal spending of EUR 502.5 billion' is the subject's)."""
    figure = reading.values[index]
    if figure.kind is not FigureKind.MONEY:
        return None
    opening = max(0, figure.start - WHOLE_REACH)
    closes = reading.table.whole_links.within(reading.words, opening, figure.start)
    for share, tail in zip(reading.values[:index], reading.tails[:index], strict=False):
        if share.kind is not FigureKind.PERCENT or not (figure.start < tail or closes):
            continue
        owners = [m for m in reading.mentions if share.end < m.start < min(tail, figure.start) and not m.source]
        if owners:
            return [owners[0].name]
        between = reading.words[share.end : figure.start]
        if figure.start < tail and any(word in reading.table.totals for word in between) and _kind_named(between):
            pointed = _pointed_by_kind(reading, between)
            return [pointed] if pointed else []
    return None


def _kind_named(words: list[str]) -> bool:
    """'the region's total', 'the country's budget': 'the' and a kind of entity name whose whole it is."""
    kinds = {kind.value for kind in EntityKind}
    return any(words[at] == "the" and words[at + 1] in kinds for at in range(len(words) - 1))


def _pointed_by_kind(reading: Subjects, words: list[str]) -> str | None:
    """'half of the region's total', under the heading 'Chart 5 — Asia's rising line': 'the' and a kind of entity
    ('region', 'country') point at the one entity of that kind the section's heading names; None when it names
    none, or several."""
    kinds = {kind.value for kind in EntityKind}
    pointed = {words[at + 1] for at in range(len(words) - 1) if words[at] == "the" and words[at + 1] in kinds}
    heading = reading.context.heading
    if len(pointed) != 1 or heading is None:
        return None
    kind = pointed.pop()
    named = {m.name for m in entity_mentions(tokenize(heading.text), reading.table)}
    of_kind = [name for name in named if entity_tables().kind(name) == kind]
    return of_kind[0] if len(of_kind) == 1 else None


def _quoted_words_only(reading: Subjects, quotation: range) -> bool:
    """'a plan that could mobilise "close to 800 billion euros"': a few words quoted inside the sentence's own clause
    (opening in lower case, after a word of the sentence) are its own statement in someone's words, not an utterance
    standing for its speaker."""
    opening = reading.tokens[quotation.start].text if quotation else ""
    return quotation.start > 1 and opening[:1].islower() and reading.words[quotation.start - 2].isalpha()


def _place_in_parallel(reading: Subjects, index: int) -> str | None:
    """'defence accounted for 0.2% of GDP in Ireland and 0.4% in Malta': figures side by side, each followed by the
    same preposition and a country of its own, no one named before the first, are each of the country after it
    ('Germany has 5,000 troops in Lithuania and 1,000 in Latvia' names whose figures they are before them, unless
    they are set against a figure of its own: '…, compared with 3.2% in Latvia and 2.9% in Lithuania')."""
    own = _place_after(reading, index)
    if own is None:
        return None
    neighbours = [other for other in (index - 1, index + 1) if 0 <= other < len(reading.values)]
    parallel = [
        other
        for other in neighbours
        if (placed := _place_after(reading, other)) is not None and placed[0] == own[0] and placed[1] != own[1]
    ]
    if not parallel:
        return None
    first = reading.values[min([index, *parallel])]
    if reading.table.compared_with.ending_at(reading.words, first.start):
        return own[1]  # 'Estonia spent 3.4%, compared with 3.2% in Latvia and 2.9% in Lithuania'
    named_before = any(m.start < first.start and not (m.aside or m.source) for m in reading.mentions)
    return None if named_before else own[1]


def _numbered_label_name(reading: Subjects, index: int) -> str | None:
    """'- #3 Norway: $41bn': a place numbered at the opening of a line's label is of the one the label names right
    after it (not of whom the list's heading or the document is about)."""
    figure = reading.values[index]
    if figure.kind is not FigureKind.RANK or any(word[:1].isalnum() for word in reading.words[: figure.start]):
        return None
    named = next((m for m in reading.mentions if m.start == figure.end and not m.source), None)
    labelled = named is not None and named.end < len(reading.words) and reading.words[named.end] == ":"
    return named.name if labelled and named is not None else None


def _share_owner(reading: Subjects, index: int) -> str | None:
    """'warns that the US share of NATO defence spending has risen to more than 75%': a percentage the sentence says
    is a share of a whole, named right after the one whose share it is, is that one's (not the whole's)."""
    figure = reading.values[index]
    if figure.kind is not FigureKind.PERCENT:
        return None
    owners = [
        m
        for m in reading.mentions
        if m.end < figure.start
        and not m.source
        and reading.table.share_owner_links.starting_at(reading.words, m.end)
        and not any(word in CLAUSE_BREAKS for word in reading.words[m.end : figure.start])
    ]
    return owners[-1].name if owners else None


def _headline_label_name(reading: Subjects, index: int) -> str | None:
    """'1) NORWAY: Ukraine aid more than doubles to NOK 85 billion': a digest's numbered headline is about the one its
    label in capitals names before the colon, every figure after it its own (Ukraine is where the aid goes)."""
    if NUMBERED_HEADLINE.match(reading.text) is None:
        return None
    colon = next((position for position, word in enumerate(reading.words) if word == ":"), None)
    if colon is None or reading.values[index].start < colon:
        return None
    named = [m for m in reading.mentions if m.end <= colon]
    if len(named) != 1 or named[0].end != colon or named[0].weak or named[0].source:
        return None
    return named[0].name


def _place_after(reading: Subjects, index: int) -> tuple[str, str] | None:
    """The preposition and country right after a figure ('in Ireland', past an 'of GDP': '0.2% of GDP in
    Ireland'), else None."""
    position = reading.values[index].end
    position += reading.table.gdp.starting_at(reading.words, position)
    if position >= len(reading.words) or reading.words[position] not in PLACE_PREPOSITIONS:
        return None
    for mention in reading.mentions:
        if mention.start == position + 1 and not mention.source and reading.entity_kind(mention.name) == "country":
            return reading.words[position], mention.name
    return None


def _agent_after(reading: Subjects, index: int) -> str | None:
    """'… above the $457 billion spent by all European countries combined': an amount the participle right after it
    says someone spent, paid or allocated is the one's named after its 'by' (a few words on at most: 'all', 'the'),
    not the one the sentence named before it (Russia, whose figure it is compared with)."""
    figure = reading.values[index]
    if level := level_named_for(reading.words, figure, reading.mentions):
        return None if reading.beneficiary(level) else level.name
    if not spent_by(reading.words, figure, reading.table.raw.agent_participles):
        return _spender_of_its_noun(reading, index)
    by = figure.end + 1
    after = [m for m in reading.mentions if by < m.start <= by + AGENT_REACH and not m.source]
    return after[0].name if after else None


def _spender_of_its_noun(reading: Subjects, index: int) -> str | None:
    """'And this is the tenth consecutive year of rising spending by Nordic allies': a count no one is named before
    in its clause, whose own words go on to the spending of someone ('spending by …'), is that one's, not the
    subject the sentences before carried. A share so followed ('66% of spending by NATO members') is of that whole,
    not the whole's."""
    figure = reading.values[index]
    start, end = reading.clause(index)
    if figure.kind is not FigureKind.COUNT or reading.candidates(start, figure.start):
        return None
    words = reading.words[figure.end : min(end, figure.end + SPENDER_REACH)]
    spending = reading.table.defence_spending_words
    at = next((p for p in range(1, len(words)) if words[p] == "by" and words[p - 1] in spending), None)
    if at is None or any(word in CLAUSE_BREAKS for word in words[:at]):
        return None
    by = figure.end + at
    after = [m for m in reading.mentions if by < m.start <= by + AGENT_REACH and not m.source]
    return after[0].name if after else None


def _owner_in_tail(reading: Subjects, index: int) -> str | None:
    """'Military spending equalled 7.1% of Russian GDP and 19% of all Russian government spending': a figure
    no name precedes is of the one whose economy or budget its 'of …' names ('Russian', 'Germany's'). A
    region or group there is a whole the figure is part of ('5.5% of world spending'), never its subject,
    except the economy a share of GDP is measured against ('2.5% of world GDP')."""
    figure = reading.values[index]
    # '- equal to 43% of Russia's spending' under '- **Ukraine:** $64.7bn': a list item opens past its mark
    opening = next((at for at, word in enumerate(reading.words) if word not in LIST_MARKS), 0)
    if reading.words[opening : opening + 1] and reading.words[opening] in reading.table.carry_openers:
        return None  # 'That was equivalent to 43% of Russia's spending': the sentence points back at its subject
    if reading.table.equating.starting_at(reading.words, opening):
        return None  # 'Ukraine: $64.7bn. Equal to 43% of Russia's spending': so does one opening on what it equals
    tail = reading.words[figure.end : reading.tails[index]]
    of_gdp = bool(tail) and bool(reading.table.gdp.within(tail, 0, len(tail)))
    for mention in reading.mentions:
        if not (figure.end < mention.start < reading.tails[index]) or mention.source or reading.beneficiary(mention):
            continue
        if mention.start in reading.comparands:
            continue  # '43 % of what Russia spent': the one compared with, not whose the figure is
        if of_gdp or reading.entity_kind(mention.name) == "country":
            return mention.name
    return None


def _thing_before(reading: Subjects, pronoun: int) -> str | None:
    """The thing the entity list does not know, named earlier in the sentence beside a figure (what an amount pays
    for, where a count of people works), that a singular pronoun after it refers back to."""
    if reading.words[pronoun] in reading.table.plural_pronouns:
        return None
    things = [m for m in reading.mentions if m.unlisted and m.aside and m.end <= pronoun]
    return things[-1].name if things else None


def _unknown_name_before(reading: Subjects, end: int) -> bool:
    """A short form in capitals the entity list does not know ('The ECB cut its rate to 2.0%'): the sentence
    is about someone else, so no earlier subject is carried onto its figure (unless it is only the figure's
    source)."""
    known = {position for mention in reading.mentions for position in range(mention.start, mention.end)}
    known |= in_currency_names(reading.words, reading.table)  # 'over 500 billion US dollars': a currency's name
    not_names = set(reading.table.raw.capitals_naming_no_one()) | set(reading.table.raw.currency_codes)
    return any(
        ACRONYM.fullmatch(token.text)
        and token.start >= speaker_label_end(reading.text)  # '**[00:01:12] ELENA:** Nine hundred …': who speaks
        and token.text not in not_names
        and position not in known
        and not _names_a_source(reading.words, position, reading.table.source_after)
        for position, token in enumerate(reading.tokens[:end])
    )


def group_name(names: list[str]) -> str:
    """'United States, China and India': the entities of a list, as one group."""
    return ", ".join(names[:-1]) + " and " + names[-1]


def listed_subject(reading: Subjects) -> str | None:
    """'Top 5 spenders: US, China, Russia, Germany, India.': the entities a sentence opens its named subjects on, when
    it lists several (joined by commas or 'and'), as one group."""
    found = reading.candidates(0, len(reading.words))
    end = 1
    while end < len(found) and reading.words[found[end - 1].end : found[end].start] in (["and"], [","], [",", "and"]):
        end += 1
    names = list(dict.fromkeys(mention.name for mention in found[:end]))
    return group_name(names) if len(names) >= MIN_LISTED else None


def _listed_before(reading: Subjects, pronoun: int | None, left: int, end: int | None = None) -> bool:
    """'Top 5 spenders: US, China, Russia, Germany, India. Together they spent $1,635bn': 'they' (a plural pronoun),
    'together' or 'combined' before a figure naming no one, or a sentence opening on words pointing at a group ('The
    group spent', 'These five spent'), after a sentence listing several entities as its subject, are the whole list:
    their figure is none of theirs alone, never the list's first entity's (in a company's own release, 'the group'
    is the company)."""
    if reading.context.subject_group is None or reading.context.issuer or reading.context.age >= SUBJECT_REACH:
        return False
    if pronoun is not None:
        return reading.words[pronoun] in reading.table.plural_pronouns
    pointed = bool(reading.table.group_pointers.starting_at(reading.words, 0))
    return pointed or bool(set(reading.words[left:end]) & GROUP_WORDS)


def _joined(words: list[str], found: list[Mention]) -> list[str]:
    """The names joined by 'and' or commas that the last of `found` ends ('Italy and Spain')."""
    position = len(found) - 1
    while position > 0 and words[found[position - 1].end : found[position].start] in (["and"], [","]):
        position -= 1
    return [mention.name for mention in found[position:]]


def _respective(reading: Subjects, index: int) -> str | None:
    """'Italy and Spain … 0.51 and 0.72 points short respectively': each figure of the list is the entity's named in
    the same place in the list of names before it, when the two lists are as long."""
    figure = reading.values[index]
    if not reading.table.respective & set(reading.words[figure.end :]):
        return None
    found = [m for m in reading.candidates(0, figure.start) if not reading._modifier(m)]
    joined = _joined(reading.words, found) if found else []
    # 'Belgium and Canada are each up by more than half, 57% and 58% respectively': the list is the figures right
    # before the word, as many as the names ('more than half' before them says the same of both)
    listed = _respective_figures(reading, found[-1].end)[-len(joined) :] if found and joined else []
    if len(joined) < MIN_LISTED or len(listed) != len(joined) or figure not in listed:
        return None
    return joined[listed.index(figure)]


def goal_named_with_its_level(reading: Reading, index: int) -> str | None:
    """'more than double the NATO guideline of 2% of GDP', 'NATO's benchmark of 20% for major equipment': a level
    named as a body's goal is the body's, not the spending of whoever the sentence is about."""
    figure = reading.values[index]
    goal = figure.start - 2  # the goal noun, then "of", right before the level
    if goal < 1 or reading.words[figure.start - 1] != "of" or reading.words[goal] not in reading.table.gdp_targets:
        return None
    # 'the Netherlands met the NATO guideline of 2%', 'Canada to reach NATO's benchmark of 2%': the level is the
    # one reaching it's, as 'the 2% guideline' after a reaching verb is
    if any(word in reading.table.reach for word in reading.words[max(0, goal - REACH_GAP) : goal]):
        return None
    # a body read as a source ('the EDA benchmarks') still owns the goal its name stands before
    owners = [m.name for m in reading.mentions if m.end == goal]
    return owners[-1] if owners else None
