import discord
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import rendering
from bot.rendering import answer_embed, fit_embed, list_pages, suggestion_labels
from knowledge.models import Answer, AnswerCitation, Band


def within_limits(embed: discord.Embed) -> None:
    assert len(embed.title or "") <= 256
    assert len(embed.description or "") <= 4096
    assert len(embed.fields) <= 25
    for field in embed.fields:
        assert 0 < len(field.name) <= 256
        assert 0 < len(field.value) <= 1024
    assert len(embed.footer.text or "") <= 2048
    assert len(embed) <= 6000


def make_answer(band=Band.ANSWER, **overrides) -> Answer:
    data = dict(
        question="how much does the US pay?",
        answered=band is Band.ANSWER,
        band=band,
        answer="The United States contributed an estimated **64%** of alliance spending in 2024 [1].",
        headline="64% of NATO defence spending",
        confidence=0.92,
        citations=[
            AnswerCitation(
                document="a.txt",
                title="NATO report",
                locator="paragraph 4, sentence 1",
                quote="the United States contributing an estimated 64%",
            )
        ],
        values=[64.0],
        suggestions=["How much does Europe pay?", "How many allies meet 2%?"],
    )
    data.update(overrides)
    return Answer(**data)


def test_answer_embed_puts_figures_citations_and_band_up_front():
    embed = answer_embed(make_answer(), question="how much does the US pay?", kb_version="abcdef123456")
    assert embed.title == "64% of NATO defence spending"
    assert "64%" in embed.description
    assert embed.fields[0].name == "[1] NATO report"
    assert "paragraph 4, sentence 1" in embed.fields[0].value
    assert "contributing an estimated 64%" in embed.fields[0].value
    assert "confident (92%)" in embed.footer.text
    assert "abcdef12" in embed.footer.text


def test_suggest_and_unknown_embeds_escape_the_question():
    hostile = "**hi** @everyone <@123456789012345678> `x`"
    suggest = answer_embed(make_answer(Band.SUGGEST), question=hostile)
    assert suggest.title == "Did you mean…?"
    assert "How much does Europe pay?" in suggest.description
    unknown = answer_embed(make_answer(Band.UNKNOWN, suggestions=[]), question=hostile)
    for embed in (suggest, unknown):
        assert "**hi**" not in embed.description
        assert "@everyone" not in embed.description
        assert "<@123456789012345678>" not in embed.description
    assert "I can answer questions like" in unknown.description
    assert rendering.EXAMPLES[0] in unknown.description


def test_long_answers_are_cut_at_a_boundary_with_an_ellipsis():
    long_text = " ".join(f"Sentence number {i} says something." for i in range(400))
    embed = answer_embed(
        make_answer(
            answer=long_text,
            citations=[AnswerCitation(document="a", title="T" * 400, locator="L" * 300, quote="Q" * 3000)] * 30,
        ),
        question="q",
    )
    within_limits(embed)
    assert embed.description.endswith("something.…")
    assert embed.fields[0].name.endswith("…")


texts = st.text(min_size=0, max_size=3000)


@settings(max_examples=60, deadline=None)
@given(
    answer_text=texts,
    headline=st.text(min_size=1, max_size=400),
    question=texts,
    quotes=st.lists(texts, max_size=30),
    band=st.sampled_from(list(Band)),
    suggestions=st.lists(st.text(min_size=1, max_size=300), max_size=10),
)
def test_every_answer_embed_fits_discord_limits(answer_text, headline, question, quotes, band, suggestions):
    answer = make_answer(
        band,
        answer=answer_text,
        headline=headline,
        suggestions=suggestions,
        citations=[AnswerCitation(document="d", title=q[:500] or "t", locator=q[:50] or "l", quote=q) for q in quotes],
    )
    within_limits(answer_embed(answer, question=question, kb_version="v" * 64))
    assert all(len(label) <= 80 for label in suggestion_labels(suggestions))
    assert len(suggestion_labels(suggestions)) <= 5


def test_fit_embed_caps_fields_and_total():
    embed = discord.Embed(title="t" * 300, description="d" * 5000)
    for _ in range(40):
        embed.add_field(name="n" * 300, value="v" * 2000)
    embed.set_footer(text="f" * 3000)
    within_limits(fit_embed(embed))


def test_list_pages_respects_count_and_size():
    pages = list_pages([f"line {i}" for i in range(25)], per_page=10)
    assert len(pages) == 3
    assert pages[0].count("\n") == 9
    assert all(len(page) <= 4096 for page in list_pages(["x" * 3000] * 5))
    assert list_pages([]) == [""]


async def test_every_example_the_bot_offers_is_answered(bot):
    """/help and 'I don't know' replies suggest these; each must get a cited answer from the shipped seeds."""
    for example in rendering.EXAMPLES:
        answer = await bot.knowledge.ask(example)
        assert answer.answered and answer.citations, example


def test_a_quote_the_answer_shows_with_bold_figures_and_escapes_is_not_repeated_in_its_field():
    quote = "At their summit in The Hague on 25 June 2025, NATO | Allies committed to invest 5% of GDP each year."
    shown = (
        "“At their summit in The Hague on **25 June 2025**, NATO \\| Allies committed to invest **5%** of GDP"
        " each year.”"
    )
    citation = AnswerCitation(document="h.md", title="The Hague", locator="paragraph 1, sentence 1", quote=quote)
    embed = answer_embed(make_answer(answer=shown, citations=[citation]))
    assert "paragraph 1, sentence 1" in embed.fields[0].value
    assert "invest 5% of GDP" not in embed.fields[0].value


def test_a_partly_answered_message_shows_its_figures_and_says_it_is_partial():
    answer = make_answer(band=Band.PARTIAL, answered=True, unanswered_parts=["how far below was Italy?"])
    embed = answer_embed(answer, question="how far below was Spain, and Italy?")
    assert embed.title.startswith("Partly answered")
    assert "partly answered" in embed.footer.text
    assert embed.fields  # its citations, as an answer's
    within_limits(embed)
