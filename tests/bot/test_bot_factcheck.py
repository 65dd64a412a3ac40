"""The "Check figures with Alliance Ledger" message command, over the wire against the stand-in."""

from bot.exts.factcheck import NAME, Figure, agrees, as_question, claims, figures

MESSAGE_COMMAND = 3


async def check(standin, content, *, author=None, user=None):
    posted = await standin.post_message(None, author or standin.other_member_id, content)
    interaction = await standin.invoke_message_command(NAME, int(posted["id"]), user_id=user or standin.member_id)
    message = await interaction.wait_original(timeout=10)
    assert message["flags"] & 64  # only the member who asked sees it
    assert message["allowed_mentions"] == {"parse": []}
    return message["embeds"][0]


async def test_the_message_command_is_registered(standin, bot):
    registered = standin.registered_commands(standin.guild_id)
    assert any(c["name"] == NAME and c["type"] == MESSAGE_COMMAND for c in registered)


async def test_each_claim_agrees_differs_or_is_not_covered(standin, bot):
    embed = await check(
        standin,
        "The US pays 80% of NATO. Only 5 countries meet 2%. Poland spent 4.1% of GDP in 2024. "
        "Russia spends 9% of GDP on defence.",
    )
    assert embed["title"] == "Figures in Carol's message"
    fields = {field["name"]: field["value"] for field in embed["fields"]}
    us = fields["“The US pays 80% of NATO.”"]
    assert "Differs" in us and "**64%**" in us and "16 percentage points higher" in us
    assert "paragraph 4, sentence 1" in us
    met = fields["“Only 5 countries meet 2%.”"]
    assert "Differs" in met and "**23 allies at or above 2% of GDP" in met and "18 lower" in met
    poland = fields["“Poland spent 4.1% of GDP in 2024.”"]
    assert "Agrees" in poland and "TABLE3!N32" in poland
    assert "Not covered" in fields["“Russia spends 9% of GDP on defence.”"]
    assert embed["description"] == "1 agrees · 2 differs · 1 not covered"


async def test_a_message_without_figures(standin, bot):
    embed = await check(standin, "NATO should spend more, honestly.")
    assert embed["description"] == "I found no figures to check in that message."


async def test_mentions_in_the_checked_message_never_ping(standin, bot):
    embed = await check(standin, "@everyone the US pays 64% of NATO's spending <@1>")
    assert "Agrees" in embed["fields"][0]["value"]
    assert "@\u200beveryone" in embed["fields"][0]["name"] or "\\@everyone" in embed["fields"][0]["name"]


def test_figures_leave_out_years_and_mark_thresholds():
    assert [f.value for f in figures("In 2024, 23 allies met 2% of GDP")] == [23, 2]
    assert [f.condition for f in figures("In 2024, 23 allies met 2% of GDP")] == [False, True]
    assert claims("No numbers here. But 3 here! And 1,200 troops\nthen 4") == [
        "But 3 here!",
        "And 1,200 troops",
        "then 4",
    ]


def test_agreement_is_judged_at_the_claims_rounding():
    assert agrees(Figure(64, "64%", True), 63.8)
    assert agrees(Figure(1.3, "1.3", False), 1.28)
    assert not agrees(Figure(1.3, "1.3", False), 1.36)
    assert not agrees(Figure(2, "2", False), 2.6)


def test_a_claim_is_asked_for_its_figure():
    def asked(claim):
        return [as_question(claim, figure) for figure in figures(claim) if not figure.condition]

    assert asked("The US pays 80% of NATO.") == ["The US pays what percentage of NATO?"]
    assert asked("Only 5 countries meet 2%.") == ["Only how many countries meet 2%?"]
    assert asked("The US spent $968 billion in 2024") == ["The US spent how much billion in 2024?"]
