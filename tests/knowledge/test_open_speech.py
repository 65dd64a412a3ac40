"""Who speaks for whom in a transcript: the turns of a country's parliament, labelled in bold by an honorific or an
office ('**Mr Bakker (SP):**', '**The Minister of Defence:**'), speak for the country its title, publisher or
dateline names."""

from __future__ import annotations

from collections.abc import Callable

from knowledge.models import Fact

COMMITTEE = """# Standing Committee on Defence — Committee Debate

*Unofficial English translation of the uncorrected transcript. Wednesday 21 May 2025, 14:00.*

**The Chair (Mr Dijkhuis, BBB):** I open this committee debate. I give the floor to Mr Vermeulen.

**Mr Vermeulen (PVV):** Thank you, Chair. Can the Minister tell us how much the Netherlands spends on defence?

**Mr Bakker (SP):** Chair, I simply want to know how much of our Ukraine support for this year has already been \
spent, and whether it comes on top of the 2%.

**The Minister of Defence:** Thank you, Chair. Let me begin with the overall figures.

The defence budget for 2025 is about 22 billion euros. When we add the other expenditure that NATO counts as \
defence, we meet the 2% norm this year as well. Last year the Netherlands spent 2.05 percent of GDP on defence.

The Netherlands originally ordered 52 F-35s.

**Mr Vermeulen (PVV):** And next year?
"""

CATALOG = (
    'title = "Standing Committee on Defence — Committee Debate (transcript)"\n'
    'publisher = "House of Representatives of the Netherlands, unofficial English translation"\n'
    'published = "2025-05-21"\nperiod = "2025"'
)


def test_a_ministers_turn_in_a_parliaments_transcript_speaks_for_its_country(
    build_note: Callable[..., list[Fact]],
) -> None:
    """'**The Minister of Defence:** …' and a paragraph after it, in the transcript of the parliament its publisher
    names: 'The defence budget for 2025 is about 22 billion euros' and 'we meet the 2% norm' are the country's,
    though no sentence near them names it."""
    facts = build_note(COMMITTEE, name="hearing.md", catalog=CATALOG)
    budget = [fact for fact in facts if fact.value == 22]
    assert [(fact.subject, fact.period, fact.unit.value) for fact in budget] == [("Netherlands", "2025", "money")]
    met = [fact for fact in facts if fact.value == 2 and "we meet" in fact.citation.quote]
    assert [fact.subject for fact in met] == ["Netherlands"]


def test_a_member_saying_what_they_want_to_know_states_no_figure(build_note: Callable[..., list[Fact]]) -> None:
    """'I simply want to know how much of our Ukraine support … and whether it comes on top of the 2%': the member
    asks, whatever the sentence's last mark; the 2% is no share of GDP of Ukraine's."""
    facts = build_note(COMMITTEE, name="hearing.md", catalog=CATALOG)
    assert not [fact for fact in facts if "want to know" in fact.citation.quote and fact.subject == "Ukraine"]


def test_a_members_question_after_an_interruption_is_still_their_turn(build_note: Callable[..., list[Fact]]) -> None:
    """'**Mr Bakker (SP):** …', '[Interruption.]', then 'How much of this 3.5% will the Netherlands spend on …?': the
    question in a paragraph after the label's is the member's turn still, and states no figure."""
    text = f"{COMMITTEE}\n**Mr Bakker (SP):** Chair, one more point.\n\n[Interruption.]\n\n" + (
        "How much of this 3.5% will the Netherlands spend on ammunition?\n"
    )
    facts = build_note(text, name="hearing.md", catalog=CATALOG)
    assert not [fact for fact in facts if fact.value == 3.5]


COMMONS = """HOUSE OF COMMONS DEBATES
Tuesday, October 22, 2024

MR. GRAHAM LEBLANC (Northshore—Bayview): Madam Speaker, I rise to support this motion. In 2014 we spent 1.01 \
percent.

Some hon. members: Hear, hear!

MS. ANNE-MARIE CÔTÉ (Parliamentary Secretary to the Minister of National Defence): Madam Speaker, we have signed \
for 88 F-35 fighters. We are buying 14 P-8A Poseidon patrol aircraft.
"""

COMMONS_CATALOG = (
    'title = "House of Commons Debates: Opposition Motion on Defence Spending and the NATO Commitment"\n'
    'publisher = "House of Commons of Canada (debate transcript)"\n'
    'published = "2024-10-22"\nperiod = "2024"'
)


def test_members_labelled_in_capitals_speak_for_the_country_the_parliaments_publisher_names(
    build_note: Callable[..., list[Fact]],
) -> None:
    """'MS. ANNE-MARIE CÔTÉ (…): … we have signed for 88 F-35 fighters', in a debate of the House of Commons of
    Canada on 'the NATO Commitment': the members' 'we' is Canada, not the alliance the title names."""
    facts = build_note(COMMONS, name="debate.txt", catalog=COMMONS_CATALOG)
    ours = {fact.value: fact.subject for fact in facts if fact.value in (1.01, 88, 14)}
    assert ours == {1.01: "Canada", 88: "Canada", 14: "Canada"}


def test_a_members_sentence_naming_no_one_is_of_the_parliaments_country(build_note: Callable[..., list[Fact]]) -> None:
    """'It provides 8.1 billion dollars in new money', in a member's turn of the House of Commons of Canada debating
    'the NATO Commitment': the policy's money is Canada's, not the alliance's the debate's title names."""
    text = COMMONS + (
        "\nMS. ANNE-MARIE CÔTÉ: In April, the Minister tabled our updated defence policy. It provides 8.1 billion "
        "dollars in new money over the next five years.\n"
    )
    facts = build_note(text, name="debate.txt", catalog=COMMONS_CATALOG)
    assert [fact.subject for fact in facts if fact.value == 8.1] == ["Canada"]


PODCAST = """THE SPENDING ROUND — Episode 9
Recorded 2 June 2025. Auto-generated transcript.

[00:02:10] HOST: Turkey?

[00:02:12] GUEST: As a share of GDP it's about 3 — no, sorry, 2.1 per cent. The 1.6 figure people quote is 2023.

[00:04:20] HOST: The Nordics then. Norway came first, right?

[00:04:24] GUEST: Right, Norway at 2.43 per cent in 2024. Denmark was at 2.15, Sweden at 2.05.

[00:06:30] HOST: And the Brits?

[00:06:32] GUEST: The government's plan: 2.5 per cent by 2027.
"""


def _shares(facts: list[Fact]) -> dict[tuple[str, str | None], float]:
    return {(fact.subject, fact.period): fact.value for fact in facts if fact.measure == "open:share_of_gdp"}


def test_a_bare_number_leaving_out_the_percentage_the_turn_before_stated_is_a_percentage(
    build_note: Callable[..., list[Fact]],
) -> None:
    facts = build_note(PODCAST, name="episode.txt", published="2025-06-04")
    shares = _shares(facts)
    # 'Denmark was at 2.15, Sweden at 2.05' after 'Norway at 2.43 per cent in 2024'
    assert shares[("Denmark", "2024")] == 2.15
    assert shares[("Sweden", "2024")] == 2.05
    # a superseded figure tied to its own year: the measure of the figure that corrects it, never a count
    assert shares[("Türkiye", "2023")] == 1.6
    assert shares[("Türkiye", "2024")] == 2.1
    assert not [fact for fact in facts if fact.value == 1.6 and fact.measure != "open:share_of_gdp"]


def test_a_bare_number_with_no_percentage_before_it_stays_no_figure(build_note: Callable[..., list[Fact]]) -> None:
    text = "# Turkey\n\nTurkey spent 25 billion dollars in 2024. Denmark was at 2.15, Sweden at 2.05.\n"
    facts = build_note(text)
    assert not [fact for fact in facts if fact.value in (2.15, 2.05)]


def test_the_brits_a_host_asks_about_are_the_united_kingdom(build_note: Callable[..., list[Fact]]) -> None:
    facts = build_note(PODCAST, name="episode.txt", published="2025-06-04")
    assert _shares(facts)[("United Kingdom", "2027")] == 2.5
    assert not [fact for fact in facts if fact.value == 2.5 and fact.subject != "United Kingdom"]
