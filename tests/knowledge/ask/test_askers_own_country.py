"""The asker's own country, named in the first person ('we Estonians', 'us Danes', 'our Czech …', 'as a Greek',
'Slovak here', 'here in Norway', 'my country, Latvia'): the subject of a figure asked of 'we', but only who asks
when the question asks something alliance-wide, which every member's pledge or office answers. A lower-case 'us'
beside a people's name is the asker, never the United States; 'the US', 'US' and 'U.S.' still are.

The questions are written for the class, in several voices, before any fitting (set 57 is the open set)."""

from __future__ import annotations

import pytest

from knowledge.question import parse
from knowledge.remarks import without_remarks

# Alliance-wide questions asked by a citizen of one ally: the pledge, its parts, its office holders and its
# counts answer for the asker's country as for every member.
ALLIANCE_WIDE = [
    ("Under the new pledge, by what year do we Belgians have to reach 5% of GDP?", 2035.0),
    ("Under the Hague pledge, by what year are we Romanians supposed to reach 5% of GDP?", 2035.0),
    ("Of the new 5% target, how much do we Lithuanians have to put into core defence?", 3.5),
    ("How much of the 5% can we Norwegians put towards broader defence- and security-related spending?", 1.5),
    ("We Slovenians are one of how many NATO member states, according to the article on the annual report?", 32.0),
    ("Us Icelanders have no army. What did Trump push allies to spend, as a share of GDP?", 5.0),
    ("My country, Latvia, is small. How many member states does NATO have?", 32.0),
    ("As a Dane, I'd like to know: how much of the 5% must go to core defence?", 3.5),
    (
        "We Latvians were barely at 2% a few years ago. By how many percentage points is the new 5% target higher "
        "than the old 2% guideline?",
        3.0,
    ),
]

# Alliance-wide questions answered in words: what was said to, or of, the allies the asker is one of.
IN_WORDS = [
    (
        "What kind of leap did Rutte say we Spaniards and the other European allies and Canada must make?",
        "quantum leap",
    ),
    (
        "Besides the money, what did Rutte say us Canadians and the Europeans must bring to bear, along with "
        "contributions?",
        "capabilities",
    ),
    ("Who is the NATO Secretary General telling us Portuguese and the other Europeans to step it up?", "Rutte"),
    ("Croatian here. Who is NATO's Secretary General?", "Rutte"),
    ("Do we Poles have to submit anything to NATO each year under the new Hague commitment?", "annual plan"),
]

# A figure asked of 'we' is the asker's own country's, as if the country were named.
OWN_FIGURES = [
    ("What did we Hungarians spend on defence as a share of GDP in 2021?", 1.3236),
    ("Us Slovenians: what was our defence spending per capita in 2023?", 344.219),
    ("Estonian here. Did we reach 2% of GDP in 2015?", 2.0254),
    ("Are we Greeks above the 2% guideline in 2024? My uncle says yes, my aunt says no. Settle it please.", 3.076),
]

# 'us' beside a people's name: the asker; the ratio is the one named first over the one after 'than'.
PRONOUN_US = [
    ("How many times more does the US spend than us Estonians in 2024, in current dollars?", 673.27),
    ("How many times more do the Americans spend on defence than us Belgians, using 2024 current dollars?", 113.59),
    ("How many times bigger was the US defence budget than ours, us Dutch, in 2024 in current dollars?", 45.09),
    ("Us Danes, Finns, Norwegians and Swedes: what was our average defence share of GDP in 2024?", 2.2824),
    ("Us Czechs and the Slovaks: what was our combined defence spending in 2023 in current US dollars?", 6982.6559),
]


@pytest.mark.parametrize(("question", "value"), ALLIANCE_WIDE)
def test_an_alliance_wide_figure_answers_for_the_asker(engine, question, value):
    answer = engine.ask(question)
    assert answer.answered, answer.answer
    assert any(abs(stated - value) < 0.01 for stated in answer.values), answer.answer


@pytest.mark.parametrize(("question", "said"), IN_WORDS)
def test_what_was_said_to_the_allies_answers_for_the_asker(engine, question, said):
    answer = engine.ask(question)
    assert answer.answered, answer.answer
    assert said.casefold() in answer.answer.casefold(), answer.answer


@pytest.mark.parametrize(("question", "value"), OWN_FIGURES)
def test_a_figure_of_we_is_the_askers_countrys(engine, question, value):
    answer = engine.ask(question)
    assert answer.answered, answer.answer
    assert answer.values[:1] == [pytest.approx(value, abs=1e-3)], answer.answer


@pytest.mark.parametrize(("question", "value"), PRONOUN_US)
def test_us_beside_a_people_is_the_asker(engine, question, value):
    answer = engine.ask(question)
    assert answer.answered, answer.answer
    assert answer.values[:1] == [pytest.approx(value, abs=0.01)], answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What did we Romanians spend on defence in 2031?",  # no figure of theirs: never the alliance's
        "We Lithuanians: how much did we spend on equipment in 2050?",
        "What did we Icelanders spend on defence in 2012?",
    ],
)
def test_the_alliance_never_answers_a_figure_of_the_askers_own(engine, question):
    answer = engine.ask(question)
    assert not answer.answered, answer.answer


def test_a_groups_own_share_never_answers_for_a_member_asking(engine):
    answer = engine.ask("What share of total alliance defence spending do we Italians account for?")
    assert 36.0 not in answer.values, answer.answer


@pytest.mark.parametrize(
    ("question", "asker"),
    [
        ("What did we Estonians spend in 2024?", "Estonia"),
        ("How much did us Danes spend in 2024?", "Denmark"),
        ("What was our Czech defence budget in 2023?", "Czechia"),
        ("Where was our fellow Estonian visiting?", "Estonia"),
        ("When is the pledge reviewed, asking as a Greek?", "Greece"),
        ("Slovak here: who is the Secretary General?", "Slovakia"),
        ("Who leads NATO, as we here in Norway would like to know?", "Norway"),
        ("What did my country, Portugal, spend in 2022?", "Portugal"),
    ],
)
def test_an_ally_named_in_the_first_person_is_the_askers(engine, question, asker):
    read = parse(question, engine.vocabulary, engine.people)
    assert list(read.askers) == [asker]
    assert asker in read.entities  # still the subject of a figure asked of 'we'


@pytest.mark.parametrize(
    ("question", "ally"),
    [
        ("Slovak here, did we hit 2% in 2024?", "Slovakia"),
        ("Here in Norway, what was our defence spending per head in 2020?", "Norway"),
    ],
)
def test_a_lead_telling_who_asks_names_the_subject_of_we(engine, question, ally):
    assert parse(question, engine.vocabulary, engine.people).entities == [ally]


@pytest.mark.parametrize(
    "question",
    ["What did Estonia spend in 2024?", "Compare Greek and Turkish spending in 2024", "What did the Danes spend?"],
)
def test_an_ally_named_otherwise_is_no_askers(engine, question):
    assert not parse(question, engine.vocabulary, engine.people).askers


@pytest.mark.parametrize(
    ("question", "united_states"),
    [
        ("How many times more do the Germans spend than us Belgians?", False),
        ("Us Danes, Finns, Norwegians and Swedes: what was our average share of GDP?", False),
        ("What did the three of us spend combined, we Estonians, Latvians and Lithuanians?", False),
        ("What did us lot spend in 2024?", False),
        ("How many allies, us Poles included, were above 3%?", False),
        ("How many times more does the US spend than us Belgians?", True),
        ("US spending in 2024?", True),
        ("the ratio of us to uk spending in 2024", True),
        ("U.S. defence budget 2024", True),
        ("2024 burden split us europe", True),
        ("us 2 percent 2015?", True),  # a figure after 'us' is the US's, not a company of askers ('us two')
        ("share us 1.5 in 2019", True),
    ],
)
def test_lower_case_us_beside_a_people_is_the_asker(engine, question, united_states):
    read = parse(question, engine.vocabulary, engine.people)
    assert ("United States" in read.entities) is united_states, read.entities


def test_the_askers_own_ally_in_a_lead_is_not_the_it_asked_about():
    asked = without_remarks("We Dutch hosted the big summit in The Hague. On what date was it?")
    assert "Netherlands" not in asked
    assert without_remarks("ngl poland going crazy w the arms buying.. how much they spent 2023") == (
        "how much Poland spent 2023"
    )


# A sentence after the question, or a lead in the asker's own voice, tells whose 'we' it is.
@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("What was our real change in defence spending in 2024? I'm Czech.", "What was Czechia's real change"),
        ("What share of our defence spending went on equipment in 2024? We're Portuguese.", "of Portugal's defence"),
        ("What did we spend in 2024? I am Polish and proud.", "What did Poland spend in 2024?"),
        (
            "We Turks have the biggest army in Europe. What percentage of NATO Europe and Canada's military personnel "
            "was ours in 2024?",
            "was Türkiye's in 2024?",
        ),
        (
            "We Estonians and our Baltic neighbours, Latvia and Lithuania: what did the three of us spend on defence "
            "combined in 2024?",
            "what did Estonia, Latvia and Lithuania spend on defence combined",
        ),
        (
            "We Romanians and the Bulgarians guard the Black Sea flank. What did our two countries spend combined in "
            "2024?",
            "What did Romania and Bulgaria spend combined",
        ),
    ],
)
def test_the_asker_told_around_the_question_is_whom_we_means(message, asked):
    assert asked in without_remarks(message)


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        ("What did we spend in 2024? My brother lives in Poland.", "What did we spend"),  # no one's own country
        ("We Danes and the Swedes: what did the three of us spend in 2024?", "the three of us"),  # two named
        ("Poland and Germany border each other. What did our two countries spend combined?", "our two countries"),
    ],
)
def test_a_country_not_told_as_the_askers_is_not_whom_we_means(message, kept):
    assert kept in without_remarks(message)


@pytest.mark.parametrize(
    ("first", "follow_up", "value"),
    [
        (
            "Which ally spent the most on defence per person in 2024? Asking as a Norwegian.",
            "And where do we come?",
            1754.1355,
        ),
        (
            "What was our real change in defence spending in 2024? I'm Czech.",
            "What share of GDP did that take us to?",
            2.0956,
        ),
        ("What is NATO's new 5% target? Asking as a Slovenian.", "By when do we have to get there?", 2035.0),
    ],
)
def test_a_follow_up_speaking_as_we_speaks_as_the_asker_told_before(engine, first, follow_up, value):
    answer = engine.ask(follow_up, engine.ask(first))
    assert answer.answered, answer.answer
    assert any(abs(stated - value) < 1e-3 for stated in answer.values), answer.answer


def test_where_an_ally_comes_asks_its_place(engine):
    answer = engine.ask("Where does Italy come in defence spending per capita in 2024?")
    assert answer.values[:1] == [18.0], answer.answer


def test_where_an_ally_stands_on_a_figure_asks_the_figure(engine):
    answer = engine.ask("Where does Latvia stand on defence spending as a share of GDP in 2024?")
    assert answer.values[:1] == [pytest.approx(3.148, abs=1e-3)], answer.answer


def test_allies_counted_with_the_askers_own_count_the_asker(engine):
    answer = engine.ask("How many allies, us Poles included, were above 3% of GDP on defence in 2024?")
    assert answer.values[:1] == [5.0], answer.answer


def test_a_count_leaving_the_asker_out_does_not_answer_whether_they_are_in_it(engine):
    answer = engine.ask("How many allies were below 1.5% of GDP in 2024, and are we Portuguese among them?")
    assert not answer.answered or 6.0 in answer.values, answer.answer
