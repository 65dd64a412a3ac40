"""Whom a figure is about when its sentence names no one: the document's frame country, a national currency, a
speaker's words — never the alliance the sentence does not speak of."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from knowledge.entities import DomainDataError
from knowledge.frames import document_frame, frame_data, national_country
from knowledge.models import Fact
from knowledge.snapshot import build_knowledge_base

ALLIANCE = "NATO Allies"
HEAD = (
    'lead_blocks = 3\nsomeone_elses = ["her"]\nmembers_of = ["members"]\nmodifier_after = ["its"]\n'
    'pointers = ["the government"]\nspeakers = ["we"]\nmember_bodies = ["European Union"]\n'
    'assigned_goals = ["capability targets"]\npart_openers = ["of which"]\npart_year_nouns = ["months"]\n'
    'summary_headings = ["summary"]\n'
)

HEARING = """DEFENCE COMMITTEE - SUMMARY OF ORAL EVIDENCE
Session held on Tuesday 14 October 2025

The Committee took evidence from two witnesses on how the United Kingdom can meet the NATO commitment.

Where the UK stands

Dr Marsh opened by setting out the baseline. "That is roughly GBP 13.4 billion more every year than we spend today," \
she said. She added that the defence budget for 2025-26 stands at about GBP 62.2 billion.

Industry

Ms Lindqvist noted that around 40% of her members are small firms. "Our members can double shell output," she said.
"""


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory):
    def run(text: str, title: str = "Summary of oral evidence") -> list[Fact]:
        folder = tmp_path_factory.mktemp("docs")
        (folder / "note.txt").write_text(text, encoding="utf-8")
        (folder / "catalog.toml").write_text(
            f'["note.txt"]\ntitle = "{title}"\npublished = "2025-10-16"\n', encoding="utf-8"
        )
        return [fact for fact in build_knowledge_base(Path(folder)).facts if fact.value is not None]

    return run


def subjects(facts: list[Fact], value: float) -> list[str]:
    return [fact.subject for fact in facts if fact.value == value]


def test_a_hearing_about_one_country_states_its_figures_of_that_country(build) -> None:
    facts = build(HEARING)
    assert subjects(facts, 13.4) == ["United Kingdom"]  # in a quotation, 'she said': the speaker's country
    assert subjects(facts, 62.2) == ["United Kingdom"]  # 'She added': not the alliance named two sentences before


def test_a_persons_own_members_are_not_the_alliance(build) -> None:
    facts = build(HEARING)
    assert ALLIANCE not in subjects(facts, 40) + subjects(facts, 2)  # 'her members', 'Our members can double'
    facts = build("Budget note\n\nMembers of the budget committee met on 9 July 2025 to discuss 2.4% of GDP.\n")
    assert ALLIANCE not in subjects(facts, 2.4) + subjects(facts, 2025)  # members of another body


def test_a_national_currency_names_its_country_when_nothing_else_does(build) -> None:
    facts = build("Budget note\n\nThe defence budget for 2026 stands at about PLN 200.1 billion.\n", title="Note")
    assert subjects(facts, 200.1) == ["Poland"]
    facts = build("Budget note\n\nThe defence budget for 2026 stands at about EUR 50.1 billion.\n", title="Note")
    assert subjects(facts, 50.1) == []  # the euro names no country
    facts = build("Budget note\n\nGermany's budget for 2026 stands at about GBP 50.2 billion.\n", title="Note")
    assert subjects(facts, 50.2) == ["Germany"]  # a name in the sentence comes first


def test_a_name_after_a_possessive_pronoun_describes_what_its_antecedent_owns(build) -> None:
    facts = build(
        "Notes\n\nMadrid argues it can meet its NATO capability targets with about 2.1% of GDP.\n", title="Notes"
    )
    assert subjects(facts, 2.1) == ["Spain"]


def test_in_a_national_document_a_sentence_naming_no_one_is_not_the_alliance_named_before_it(build) -> None:
    text = "Budget note\n\nThe budget rises.\n\nAllies agreed a new goal in June. The plan adds 0.6% of GDP by 2030.\n"
    facts = build(text, title="Norway's defence budget for 2026")
    assert subjects(facts, 0.6) == ["Norway"]


def test_the_government_of_a_national_document_is_its_country_not_the_last_body_named(build) -> None:
    text = (
        "Budget note\n\nThe Netherlands will use the European Union's SAFE instrument, which makes EUR 150 billion in"
        " loans available. The government expects to request around EUR 1.5 billion under SAFE.\n"
    )
    facts = build(text, title="Defence budget 2026: the Netherlands")
    assert subjects(facts, 1.5) == ["Netherlands"]


def test_a_lead_naming_a_country_beside_the_alliance_frames_nothing() -> None:
    # 'NATO's Rutte urges allies …; not even the U.S. meets 5%', its amounts in dollars: no country's document
    assert document_frame(set(), ["United States", ALLIANCE], Counter({"United States": 3}), Counter(USD=4)) is None
    # 'Where the UK stands' as a heading, most country-naming sentences naming it
    assert document_frame({"United Kingdom"}, [], Counter({"United Kingdom": 3, "France": 1}), Counter()) == (
        "United Kingdom"
    )
    # two countries up front: no frame; most amounts in zloty, no country up front: Poland
    assert document_frame({"Poland", "Germany"}, [], Counter({"Poland": 5}), Counter()) is None
    assert document_frame(set(), [], Counter(), Counter(PLN=3, EUR=1)) == "Poland"


def test_national_currencies_are_data_checked_on_load(tmp_path: Path) -> None:
    assert national_country("GBP") == "United Kingdom"
    assert national_country("EUR") is None and national_country("USD") is None
    good = tmp_path / "good.toml"
    good.write_text(f'{HEAD}[national_currencies]\nPLN = "Poland"\n')
    assert frame_data(good).national_currencies == {"PLN": "Poland"}  # the head alone is a valid file
    for name, entry, why in (
        ("code", 'XXX = "Poland"', "'XXX' is not a currency code"),
        ("country", 'GBP = "Atlantis"', "'Atlantis' is no country"),
    ):
        bad = tmp_path / f"{name}.toml"
        bad.write_text(f"{HEAD}[national_currencies]\n{entry}\n")
        with pytest.raises(DomainDataError, match=why):
            frame_data(bad)
    unknown = tmp_path / "body.toml"
    unknown.write_text(HEAD.replace('"European Union"', '"Atlantis"') + '[national_currencies]\nPLN = "Poland"\n')
    with pytest.raises(DomainDataError, match="'Atlantis' is no entity"):
        frame_data(unknown)


PRESS_CONFERENCE = """Press conference at the Ministry of Defence

MINISTER: Germany's budget rises to 82.7 billion euros in 2026. To meet the capability targets NATO has assigned \
to us, we will need about 260,000 active soldiers by 2035.
"""
ZLOTY_BRIEF = """Budget brief

The budget rises to PLN 186.6 billion in 2026 and to PLN 200.1 billion in 2027.

MINISTER: Correct. It is a big step. We will work hard. Nobody doubts it. To meet the capability targets NATO has \
assigned to us, we will need about 300,000 soldiers by 2035.
"""


def test_we_said_in_a_document_about_one_country_is_that_country_never_the_name_before_it(build) -> None:
    facts = build(PRESS_CONFERENCE, title="Germany's defence minister on the 2026 budget")
    assert subjects(facts, 260000) == ["Germany"]  # not the alliance named before 'us, we'
    facts = build(ZLOTY_BRIEF, title="Budget brief")  # a document about Poland, by its currency
    assert subjects(facts, 300000) == []  # Poland not named near: no one's, and still not the alliance's


def test_we_names_no_country_in_a_document_about_none(build) -> None:
    text = "Notes\n\nToday we have around 182,000 active soldiers. NATO has assigned to us 20,000 more soldiers.\n"
    assert subjects(build(text, title="Notes"), 182000) == []
    assert subjects(build(text, title="Notes"), 20000) == ["NATO Allies"]


TRANSCRIPT = """Defence Committee oral evidence

Chair: Minister, the plan set out GBP 288.6 billion of spending. Is the gap of GBP 16.9 billion closed?

Minister: Not closed, Chair. The review allocates GBP 1.5 billion to new factories.

Chair: And the fleet?

Minister: We have so far taken delivery of 48 F-35Bs.
"""


def test_an_amount_in_the_frame_country_s_currency_names_it_for_the_sentences_after(build) -> None:
    facts = build(TRANSCRIPT, title="Oral evidence: equipment costs")
    assert subjects(facts, 48) == ["United Kingdom"]  # two sentences after 'GBP 1.5 billion'


def test_a_currency_names_no_one_beyond_its_sentence_where_other_countries_are_named(build) -> None:
    compared = TRANSCRIPT.replace("And the fleet?", "Poland is at 4.12%. And the fleet?")
    assert subjects(build(compared, title="Oral evidence: equipment costs"), 48) == []


BENCHMARK = """The Prime Minister promised that Britain would spend 2.5% of GDP by 2027, up from 2.3% today. Britain \
will spend roughly £54 billion this year. Even the United States, which we like to think of as our benchmark, spends \
3.4 per cent.
"""


def test_we_in_an_aside_describing_another_is_not_the_voice_of_its_figure(build) -> None:
    """'Even the United States, which we like to think of as our benchmark, spends 3.4 per cent': the writer's 'we'
    in a relative clause about the United States does not make its figure Britain's."""
    facts = build(BENCHMARK, title="Britain's defence sums")
    assert subjects(facts, 3.4) == ["United States"]


MINUTES = """# Committee on Budget — Minutes of Meeting No. 47

**Seimas of the Republic of Lithuania**
Vilnius, 12 November 2025

## Item 1 — Defence appropriations

The Vice-Minister presented the appropriations. Total national defence funding for 2026 is planned at €4.79 billion, \
equal to 5.38% of projected GDP. In 2025 the allocation was €3.38 billion, or 4.0% of GDP.

Of the total, €3.12 billion comes from general state budget revenue and €1.67 billion from the State Defence Fund.

## Item 2 — State Defence Fund

The Director reported that in 2025 the Fund received €562 million, of which €311 million was tax revenue. \
Expenditure reached €498 million.

In the first nine months of 2025 the Fund took in €612 million. Spending reached €577 million.
"""


@pytest.fixture(scope="module")
def minutes(tmp_path_factory: pytest.TempPathFactory) -> list[Fact]:
    folder = tmp_path_factory.mktemp("minutes")
    (folder / "minutes.md").write_text(MINUTES, encoding="utf-8")
    (folder / "catalog.toml").write_text(
        '["minutes.md"]\ntitle = "Committee on Budget — Minutes of Meeting No. 47"\npublished = "2025-11-12"\n',
        encoding="utf-8",
    )
    return [fact for fact in build_knowledge_base(Path(folder)).facts if fact.value is not None]


def test_a_letterhead_line_names_the_country_of_minutes_whose_sentences_name_no_one(minutes) -> None:
    # '**Seimas of the Republic of Lithuania**' under the title stands for a title naming the country
    assert subjects(minutes, 4.79) == ["Lithuania"]
    assert subjects(minutes, 3.38) == ["Lithuania"]


def test_amounts_after_of_the_total_are_parts_never_the_countrys_total(minutes) -> None:
    assert subjects(minutes, 3.12) == []
    assert subjects(minutes, 1.67) == []


def test_the_fund_points_back_at_the_named_fund_as_its_own_subject(minutes) -> None:
    assert subjects(minutes, 562) == ["State Defence Fund"]
    assert subjects(minutes, 311) == ["State Defence Fund"]  # '€562 million, of which €311 million was tax revenue'
    assert subjects(minutes, 498) == ["State Defence Fund"]  # the next sentence, naming no one, goes on of it


LAWS = """# Military budget of Poland

## Legal framework

The Act of 25 May 2001 on the financing of the armed forces fixed defence spending at no less than 1.95% of the \
previous year's GDP.

The Homeland Defence Act, adopted on 11 March 2022, replaced the earlier law. It raised the minimum to 3% of GDP \
from 2023.
"""


def test_the_act_points_back_only_at_an_act_named_before_it(tmp_path: Path) -> None:
    """'The Act of 25 May 2001 …' stands before 'the Homeland Defence Act' is named: it is another law, and its
    floor Poland's, never the later act's (the State Defence Fund's test shows 'the Fund' pointing back)."""
    (tmp_path / "poland.md").write_text(LAWS, encoding="utf-8")
    facts = [fact for fact in build_knowledge_base(tmp_path).facts if fact.value is not None]
    assert subjects(facts, 1.95) == ["Poland"]


def test_figures_of_part_of_a_year_are_not_stated_as_the_years(minutes) -> None:
    # 'In the first nine months of 2025 the Fund took in €612 million': no figure of 2025, nor the next sentence's
    assert any(fact.value == 498 for fact in minutes)  # the document's figures are read
    assert subjects(minutes, 612) == []
    assert subjects(minutes, 577) == []


MINISTRY_TRANSCRIPT = """TRANSCRIPT
Berlin, Bendlerblock, 30 July 2025

Speakers: the Federal Minister of Defence (MINISTER); the Ministry's spokesperson (SPOKESPERSON)

MINISTER: For the Bundeswehr this is a turning point. The defence budget rises to 82.7 billion euros in 2026.

QUESTION (Reuters): Thank you. That is a lot of money. Our readers will be watching. What are the NATO quotas for \
the years in between? And is the money actually going out of the door?

MINISTER: The quota is 3.0 percent in 2027 and 3.3 percent in 2028.

SPOKESPERSON: Thank you. The German original is authoritative.
"""


def test_a_speaker_labelled_by_office_alone_speaks_for_the_document_s_country(build) -> None:
    """'MINISTER: The quota is 3.0 percent in 2027', in a ministry's transcript datelined in one country's capital:
    the minister speaks for it, not for the alliance the journalist's question named; without a dateline or title
    naming the country, for no one."""
    facts = build(MINISTRY_TRANSCRIPT, title="Transcript: press conference on the defence budget")
    assert subjects(facts, 3.0) == ["Germany"]
    assert subjects(facts, 3.3) == ["Germany"]
    undated = build(MINISTRY_TRANSCRIPT.replace("Berlin, Bendlerblock, 30 July 2025\n", ""), title="Transcript")
    assert subjects(undated, 3.0) != ["Germany"]


AUDIT = """# Procurement under pressure

Results of the audit of the Ministry of Defence

## {summary}

- Measured under the NATO definition, Belgian defence expenditure reached 1.3% of GDP.
- Parliament is still not told which purchases slip.

## 1 Introduction

1.1 This report presents the results of our audit of the annual report. We audited the regularity of expenditure.

1.2 The ministry spent €7.2 billion in 2024, more than ever before.

## 5 Support for Ukraine

5.1 In 2024 the ministry spent €0.5 billion on military support to Ukraine. The government has committed €1.1 billion \
for 2025.
"""


def build_report(tmp_path: Path, text: str) -> list[Fact]:
    (tmp_path / "audit.md").write_text(text, encoding="utf-8")
    (tmp_path / "catalog.toml").write_text(
        '["audit.md"]\ntitle = "Procurement under pressure"\npublisher = "Court of Audit"\npublished = "2025-05-21"\n',
        encoding="utf-8",
    )
    return [fact for fact in build_knowledge_base(tmp_path).facts if fact.value is not None]


def test_a_country_its_opening_summary_names_is_whom_the_ministry_s_figures_are_of(tmp_path: Path) -> None:
    """A national report whose title names no country: its summary of key findings names the country ('Belgian
    defence expenditure'), and 'the ministry', 'the government' are that country far from the summary — the one it
    supports ('5 Support for Ukraine') frames nothing."""
    facts = build_report(tmp_path, AUDIT.format(summary="Summary of key findings"))
    assert subjects(facts, 7.2) == ["Belgium"]
    assert subjects(facts, 0.5) == ["Belgium"]
    assert subjects(facts, 1.1) == ["Belgium"]


def test_a_section_that_summarises_nothing_names_no_country_far_from_it(tmp_path: Path) -> None:
    facts = build_report(tmp_path, AUDIT.format(summary="Background"))
    assert subjects(facts, 7.2) == []
