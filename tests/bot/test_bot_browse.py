"""`/sources`, `/facts` (paginated) and `/help`, over the wire."""

from ledger_wire_helpers import button_ids, embed_of, embed_text


async def test_sources_lists_documents_with_dates_and_fact_counts(standin, bot):
    interaction = await standin.invoke_command("sources")
    response = await interaction.wait_response()
    assert response.data["flags"] & 64
    text = embed_text(interaction.original)
    kb = bot.knowledge.kb
    assert f"Sources ({len(kb.documents)} documents)" in text
    for document in kb.documents:
        count = sum(fact.citation.document == document.id for fact in kb.facts)
        assert f"**{document.title}** · {document.published or 'undated'} · {count} facts" in text


async def test_facts_pages_with_buttons(standin, bot):
    interaction = await standin.invoke_command("facts")
    await interaction.wait_response()
    first = await interaction.wait_original()
    assert first["flags"] & 64
    assert embed_of(first)["footer"]["text"].startswith("Page 1/")
    first_page = embed_of(first)["description"]
    buttons = button_ids(first)
    assert set(buttons) >= {"◀ Previous", "Next ▶"}
    click = await standin.click(int(first["id"]), buttons["Next ▶"], user_id=standin.member_id)
    assert (await click.wait_response()).type == 7
    assert embed_of(standin.message(int(first["id"])))["footer"]["text"].startswith("Page 2/")
    assert embed_of(standin.message(int(first["id"])))["description"] != first_page


async def test_facts_topic_is_autocompleted_and_filters(standin, bot):
    topics = bot.knowledge.topics()
    choices = await standin.autocomplete("facts", "topic", "")
    assert 1 <= len(choices) <= 25
    assert {c["name"] for c in choices} <= set(topics)
    choices = await standin.autocomplete("facts", "topic", "secretary")
    assert choices[0]["value"] == "Secretary General"
    long_input = await standin.autocomplete("facts", "topic", "z" * 5000)
    assert len(long_input) <= 25

    interaction = await standin.invoke_command("facts", {"topic": "Secretary General"})
    await interaction.wait_response()
    message = await interaction.wait_original()
    assert "Mark Rutte" in embed_text(message)
    assert "Secretary General" in embed_of(message)["title"]


async def test_facts_unknown_topic(standin, bot):
    interaction = await standin.invoke_command("facts", {"topic": "**bananas** @everyone"})
    await interaction.wait_response()
    message = await interaction.wait_original()
    assert "No facts about" in message["content"]
    assert "\\*\\*bananas\\*\\*" in message["content"]
    assert message["mention_everyone"] is False


async def test_help_explains_how_to_ask(standin, bot):
    interaction = await standin.invoke_command("help")
    response = await interaction.wait_response()
    assert response.data["flags"] & 64
    text = embed_text(interaction.original)
    assert "/ask" in text and "/facts" in text and "How much does the US pay?" in text
    assert f"<@{standin.bot_user_id}>" in text
