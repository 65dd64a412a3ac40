from hypothesis import given
from hypothesis import strategies as st

from bot.text import clean_question, escape_user_text, shorten


def test_clean_question_strips_zero_width_and_controls():
    assert clean_question("how\u200b much\u200d does\x00 the  US\n\tpay?\ufeff") == "how much does the US pay?"
    assert clean_question("ｈｏｗ") == "how"  # NFKC folds full-width letters
    assert len(clean_question("a" * 5000)) == 500


def test_escape_user_text_neutralises_markdown_and_mentions():
    escaped = escape_user_text("**bold** @everyone <@123> `code`")
    assert "\\*\\*bold\\*\\*" in escaped
    assert "@everyone" not in escaped
    assert "\\`code\\`" in escaped


def test_shorten_prefers_sentence_and_line_boundaries():
    text = "First sentence here. Second sentence is longer than the rest. Third."
    assert shorten(text, 40) == "First sentence here.…"
    assert shorten("line one\nline two\nline three", 20) == "line one\nline two…"
    assert shorten("short", 10) == "short"
    assert shorten("x" * 50, 10) == "x" * 9 + "…"


@given(st.text(), st.integers(min_value=1, max_value=300))
def test_shorten_never_exceeds_the_limit(text, limit):
    result = shorten(text, limit)
    assert len(result) <= limit
    if len(text) <= limit:
        assert result == text
    else:
        assert result.endswith("…")
