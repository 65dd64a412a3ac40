"""Who said what: a sentence's words said by someone ("…", said Rutte) become a fact of the speaker, a bare
quotation is the last speaker's, and a surname stands for the person a title named first ('Secretary-General Mark
Rutte' … 'Rutte')."""

from __future__ import annotations

import re

from knowledge import lexicon
from knowledge.cues import cues, fold
from knowledge.figures import tokenize
from knowledge.frames import is_country
from knowledge.lexicon import normalise
from knowledge.mentions import entity_mentions
from knowledge.models import Citation, Fact, Unit
from knowledge.open_reading import OpenReading, fact_id
from knowledge.readers.prose import ProseDocument
from knowledge.sentence import Context, SentenceReader
from knowledge.sentence_labels import TURN_TIME, speaker_turn, titled_speaker
from knowledge.speech import Said, attributed_after, bare_quotation, quotation_joined, said_in

# 'Berlin, Bendlerblock, 30 July 2025': the line a release or transcript is datelined with, at its very top
DATELINE = re.compile(r"^([A-Z][^\n.]{0,80}), \d{1,2} [A-Z][a-z]+ \d{4}$", re.MULTILINE)
DATELINE_REACH = 600  # characters
OFFICE_REACH, OFFICE_WORDS = 40, 4  # characters and words of an office's title that may name its body
PERSON_AFTER_TITLE = re.compile(r"(?P<title>[\w-]+)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})")


def people_named(text: str) -> dict[str, str]:
    """'Secretary-General Mark Rutte' anywhere in the text: a later 'Rutte' is Mark Rutte."""
    roles = cues().role_words | cues().role_modifiers
    people: dict[str, str] = {}
    for match in PERSON_AFTER_TITLE.finditer(text):
        if fold(match.group("title")) in roles:
            people[match.group("name").split()[-1]] = match.group("name")
    return people


class Speakers(OpenReading):
    """The words a document's people said, each a fact of its speaker."""

    def _published_for_a_country(self) -> None:
        """'Ministry for the Armed Forces (France), press office': a document about one country (its frame, or whom most
        of its sentences name) that its publisher says is that country's, under a title naming no one, is that
        country's as a title naming it would make it: 'The 2024 budget is 7,5 % higher than the 43,9 Md€ voted for
        2023' is France's budget, however many sentences ago the text last named France. A publisher naming a place
        only ('Northern Flank Defence Ministers (Tallinn meeting)') of a document about no one country makes none."""
        country = publishers_country(self.document.publisher)
        if self.subject or country is None or self.context.document_subject != country:
            return
        self.subject = self.context.subject = self.context.section_subject = country
        self._title_names = self._heading_names = self._title_names | {country}

    def _a_parliaments_debate(self) -> None:
        """'MS. ANNE-MARIE CÔTÉ (…): … It provides 8.1 billion dollars in new money', in the transcript of the House
        of Commons of Canada: a country's parliament (its publisher naming the country) debating, whose members
        speak in turns labelled by an honorific, speaks of that country where a sentence names no one, whatever its
        title names ('Defence Spending and the NATO Commitment')."""
        country = publishers_country(self.document.publisher)
        if country is None or self.context.document_subject == country or not _members_turns(self.prose):
            return
        self.subject = self.context.subject = self.context.section_subject = country
        self.context.document_subject = country
        self._title_names = self._heading_names = self._title_names | {country}

    def _turn_voice(self, turn: str) -> str | None:
        """'PEVKUR: …', after 'Estonian Defence Minister Hanno Pevkur spoke to …': the country the speaker of a turn
        speaks for — the one their title names where the document first names them; an interviewer ('Q', 'HOST')
        or a speaker named with no country's title speaks for no one."""
        label = TURN_TIME.sub("", turn.strip(" *:\t"))
        if titled_speaker(label):
            return self._members_country(label)
        if "(" in label:  # 'CHAIR (Eleanor Pryce)': the person the role label names
            label = label.partition("(")[2].rstrip(") ")
        if len(label) < 2 or not label.replace(" ", "").isalpha():
            return None
        name = label.split()[-1].title()
        if fold(name) in cues().role_words:
            return self._office_holders_country()
        for block in self.prose.blocks:
            for span in block.sentences:
                sentence = self.prose.quote(span)
                if not re.search(rf"\b{re.escape(name)}\b", sentence):
                    continue
                reader = self._reader(span, self.context)
                at = next((i for i, token in enumerate(reader.tokens) if token.text == name), None)
                titled = [m.name for m in reader.mentions if m.titled and at is not None and m.start < at]
                country = next((country for country in reversed(titled) if is_country(country)), None)
                return country or self._untitled_office_holders_country(_line_naming(sentence, name))
        return None

    def _untitled_office_holders_country(self, introduction: str) -> str | None:
        """'Guest: Boris Pistorius, Federal Minister of Defence', in a document about Germany: a speaker introduced by
        a government office (a role word and the field it holds, data: role_words, role_modifiers) that names no
        body of its own holds the office in the country the document is about, and speaks for it; one whose
        introduction names a body ('NATO Secretary General') or no office ('Host: Anna Keller') for no one."""
        country = self.context.document_subject
        words = normalise(introduction).split()
        if not country or not is_country(country) or lexicon.find_mentions(words, lexicon.entity_aliases()):
            return None
        folded = {fold(word) for word in words}
        return country if folded & cues().role_words and folded & cues().role_modifiers else None

    def _spoken_for_the_country(self, sentence: str) -> str | None:
        """'On 1 March 2022, after Russia's invasion, Prime Minister Anna Nowak told the Sejm that Europe faced a new
        era and proposed a fund', in a document about Poland: a speaker introduced by a government office that names
        no body of its own ('NATO Secretary General') speaks for the country the document is about, and the
        sentence, naming no figure of anyone's, is that country's for the sentences after it, not the names of
        what was said or of the event dating it."""
        country = self.context.document_subject
        if not country or not is_country(country):
            return None
        for said in said_in(sentence):
            at = sentence.find(said.speaker)
            clause = re.split(r"[,;:(]", sentence[max(0, at - OFFICE_REACH) : max(0, at)])[-1]
            before = normalise(clause).split()[-OFFICE_WORDS:]
            titled = bool(before) and fold(before[-1]) in cues().role_words
            if titled and not lexicon.find_mentions(before, lexicon.entity_aliases()):
                return country
        return None

    def _office_holders_country(self) -> str | None:
        """'MINISTER: …' in a ministry's transcript: a speaker labelled by their office alone holds it in the country
        the document's title, publisher or dateline names ('Berlin, Bendlerblock, 30 July 2025', 'House of
        Representatives of the Netherlands'), and speaks for it; in a document naming no country there, for no
        one."""
        country = self.context.document_subject
        if not country or not is_country(country):
            return None
        datelines = " ".join(DATELINE.findall(self.prose.text[:DATELINE_REACH]))
        words = normalise(f"{self.document.title} {self.document.publisher or ''} {datelines}").split()
        named = {mention.target for mention in lexicon.find_mentions(words, lexicon.entity_aliases())}
        return country if country in named else None

    def _members_country(self, label: str) -> str | None:
        """'**Mr Bakker (SP):** … our Ukraine support', '**The Minister of Defence:** … we meet the 2% norm': in the
        transcript of a country's parliament (named by its title, publisher or dateline) a member or an office holder
        the label names speaks for that country, its 'we' and 'our' the country's; a guest whose label names someone
        else ('Mr Rutte (NATO)') for no one. The parliament's publisher names its country however the debate's title
        reads ('House of Commons of Canada', of a debate on 'the NATO Commitment'): its members speak for it."""
        country = self._office_holders_country() or publishers_country(self.document.publisher)
        named = {
            mention.target for mention in lexicon.find_mentions(normalise(label).split(), lexicon.entity_aliases())
        }
        return country if named <= {country} else None

    def _speech(self, sentence: str, citation: Citation) -> None:
        """Who said what: a fact of the speaker, its text the words said (a quotation keeps its speaker); a bare
        quotation right after one its attribution ended ('"…," Rutte wrote. "To do so, …"') goes on saying it, one
        fact of both sentences."""
        said = said_in(sentence)
        quotation = bare_quotation(sentence) if not said else None
        opened, self.quotation_open = self.quotation_open, None
        if quotation and self.context.speaker:
            said = [Said(self.context.speaker, quotation)]
            joined = quotation_joined(self.facts, opened, citation, quotation.strip(" ,."), self.prose.text)
            if joined is not None:
                citation, words = joined
                said = [Said(self.context.speaker, words)]
        for item in said:
            names = item.speaker.split()
            if len(names) > 1:
                self.people[names[-1]] = item.speaker  # "Rutte" later is "Mark Rutte"
            person = self.people.get(item.speaker, item.speaker)
            speaker = SentenceReader(person, Context(), self.year).sentence_subject() or person
            self.context.speaker = item.speaker
            key = fact_id(self.document.id, citation.span, "said", speaker, item.what)
            self.facts.setdefault(
                key,
                Fact(
                    id=key,
                    subject=speaker,
                    measure="open:said",
                    unit=Unit.TEXT,
                    text=item.what,
                    citation=citation,
                    measure_text="said",
                    measure_kind="said",
                    open_only=True,
                ),
            )
            if len(said) == 1 and attributed_after(sentence):
                self.quotation_open = key


def publishers_country(publisher: str | None) -> str | None:
    """The one country a document's publisher names by a name of its own ('Ministry of Defence of the Republic of
    Estonia', 'National Defence, Government of Canada'; not a capital where ministers met: 'Tallinn meeting'), else
    None."""
    tokens = tokenize(publisher or "")
    countries = {m.name for m in entity_mentions(tokens, cues()) if is_country(m.name) and not m.weak}
    return countries.pop() if len(countries) == 1 else None


def _line_naming(sentence: str, name: str) -> str:
    """The line of a sentence that names someone: a guest list's 'Guest: …' line, not its 'Host: …' line."""
    return next((line for line in sentence.splitlines() if re.search(rf"\b{re.escape(name)}\b", line)), sentence)


def _members_turns(prose: ProseDocument) -> bool:
    """Whether a paragraph opens a turn a member or an office holder speaks, labelled by an honorific or an office
    ('MR. PAUL KOWALCHUK (Prairie Rivers):', '**The Minister of Defence:**')."""
    for block in prose.blocks:
        turn = speaker_turn(prose.text[block.span.start : block.span.end])
        if turn and titled_speaker(TURN_TIME.sub("", turn.group(0).strip(" *:\t"))):
            return True
    return False
