"""Answers as terminal text, facts by topic words, and complete --help pages."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys

import pytest

from bot.cli import parser as console_parser
from knowledge.__main__ import parser as knowledge_parser
from knowledge.fact_search import find_facts
from knowledge.terminal import plain, render_answer

US_QUESTION = "how much of NATO's spending does the US pay?"


def test_a_short_answer_is_plain_with_its_citation_once(engine):
    text = render_answer(engine.ask(US_QUESTION))
    assert text.startswith("64%\n\n")
    assert "estimated 64% of total alliance defence expenditure in 2024. [1]" in text
    assert text.count("paragraph 4, sentence 1") == 1
    assert "[1] NATO annual report coverage" in text
    assert "*" not in text


def test_a_long_list_is_aligned_and_cut_at_ten_rows(engine):
    text = render_answer(engine.ask("how many allies met 2% of GDP in 2024?"))
    rows = [line for line in text.splitlines() if re.match(r"^\s*\d+\. ", line)]
    assert len(rows) == 10
    assert rows[0].startswith(" 1. Poland ") and rows[9].startswith("10. ")
    assert len({row.index("% of GDP") for row in rows}) == 1  # the figures line up
    assert "   … and 13 more" in text
    assert len(text) < 2500


def test_wrapping_keeps_lines_within_the_width(engine):
    text = render_answer(engine.ask(US_QUESTION), width=60)
    assert max(len(line) for line in text.splitlines()) <= 60


def test_bold_only_on_request():
    assert plain("**No** — *Title*") == "No — Title"
    assert plain("**No**", bold=True) == "\x1b[1mNo\x1b[0m"
    assert plain(r"1\*2") == "1*2"


@pytest.mark.parametrize(
    ("topic", "subject", "measure"),
    [
        ("share of spending", "United States", "share_of_alliance_spending"),
        ("poland gdp", "Poland", "share_of_gdp"),
        ("personel germany", "Germany", "military_personnel"),
        ("yanks share", "United States", "share_of_alliance_spending"),
        ("defense budget poland 2024", "Poland", "spending_usd_current"),
    ],
)
def test_facts_are_found_by_topic_words_as_typed(seed_kb, topic, subject, measure):
    found = find_facts(seed_kb.facts, topic)
    assert any(fact.subject == subject and fact.measure == measure for fact in found)
    assert len(found) < len(seed_kb.facts)


def test_a_topic_with_a_country_keeps_to_that_country(seed_kb):
    found = find_facts(seed_kb.facts, "poland share of gdp 2024")
    assert [(f.subject, f.measure, f.period) for f in found] == [("Poland", "share_of_gdp", "2024")]


def every_parser(root: argparse.ArgumentParser):
    yield root
    for action in root._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                yield from every_parser(child)


@pytest.mark.parametrize("root", [knowledge_parser(), console_parser()], ids=["python -m knowledge", "alliance-ledger"])
def test_every_command_and_option_has_help(root):
    for command in every_parser(root):
        for action in command._actions:
            if isinstance(action, argparse._SubParsersAction):
                assert all(choice.help for choice in action._choices_actions), command.prog
            else:
                assert action.help, f"{command.prog}: {action.option_strings or action.dest} has no help"


def test_console_help_lists_every_command(repo_root):
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "--help"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(repo_root)},
    )
    assert result.returncode == 0
    for command in ("run", "local", "build", "ask", "facts", "sources", "diff", "eval", "chart"):
        assert f"    {command} " in result.stdout


def test_ask_plain_on_the_command_line(tmp_path, repo_root):
    result = subprocess.run(
        [sys.executable, "-m", "knowledge", "ask", "--plain", US_QUESTION],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(repo_root)},
    )
    assert result.returncode == 0, result.stderr
    assert "**" not in result.stdout and result.stdout.count("paragraph 4, sentence 1") == 1
