"""The `python -m knowledge` command line, run as a subprocess against temporary folders and snapshots."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from knowledge.models import Answer
from knowledge.snapshot import load_snapshot

US_QUESTION = "how much of NATO's spending does the US pay?"


@pytest.fixture(scope="module")
def cli(repo_root):
    def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "knowledge", *args],
            cwd=repo_root,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    return run


@pytest.fixture(scope="module")
def docs(tmp_path_factory, seeds_dir):
    folder = tmp_path_factory.mktemp("cli") / "documents"
    shutil.copytree(seeds_dir, folder)
    return folder


@pytest.fixture(scope="module")
def snapshot_file(cli, docs):
    out = docs.parent / "snapshots" / "kb.json"
    result = cli("build", "--documents", str(docs), "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out


def test_build_writes_a_loadable_snapshot(snapshot_file, seed_kb, cli, docs):
    kb = load_snapshot(snapshot_file)
    assert kb.version == seed_kb.version
    assert len(kb.facts) == len(seed_kb.facts)
    result = cli("build", "--documents", str(docs), "--out", str(snapshot_file.parent / "again.json"))
    assert result.returncode == 0
    assert f"{len(seed_kb.documents)} documents, {len(seed_kb.facts)} facts" in result.stdout
    assert seed_kb.version in result.stdout


def test_ask_answers_with_citation(cli, snapshot_file, article_text):
    result = cli("ask", "--kb", str(snapshot_file), US_QUESTION)
    assert result.returncode == 0, result.stderr
    assert "**64%**" in result.stdout
    assert "paragraph 4, sentence 1" in result.stdout
    quote = next(line for line in article_text.splitlines() if "estimated 64%" in line).split(". ")[0]
    assert quote in result.stdout


def test_ask_with_documents_folder(cli, docs):
    result = cli("ask", "--documents", str(docs), US_QUESTION)
    assert result.returncode == 0
    assert "64%" in result.stdout


def test_ask_unknown_exits_3(cli, snapshot_file):
    result = cli("ask", "--kb", str(snapshot_file), "what is russia's defence budget?")
    assert result.returncode == 3
    assert "64" not in result.stdout.split("Here is")[0]


def test_ask_json_is_a_valid_answer(cli, snapshot_file):
    result = cli("ask", "--kb", str(snapshot_file), "--json", US_QUESTION)
    assert result.returncode == 0
    answer = Answer.model_validate_json(result.stdout)
    assert answer.answered
    assert 64 in answer.values
    assert answer.citations[0].locator == "paragraph 4, sentence 1"
    assert answer.question == US_QUESTION


def test_ask_jsonl_one_answer_per_line(cli, snapshot_file):
    stdin = f"{US_QUESTION}\n\nand europe?\nwhat is russia's defence budget?\n"
    result = cli("ask", "--kb", str(snapshot_file), "--jsonl", stdin=stdin)
    assert result.returncode == 0
    answers = [Answer.model_validate_json(line) for line in result.stdout.splitlines()]
    assert [a.question for a in answers] == [US_QUESTION, "and europe?", "what is russia's defence budget?"]
    assert 64 in answers[0].values
    assert 36 not in answers[1].values  # no context without --follow-ups
    assert not answers[2].answered


def test_ask_jsonl_follow_ups_carry_context(cli, snapshot_file):
    stdin = f"{US_QUESTION}\nand europe?\nhow many allies met the target?\nhow many missed it?\n"
    result = cli("ask", "--kb", str(snapshot_file), "--jsonl", "--follow-ups", stdin=stdin)
    assert result.returncode == 0
    answers = [Answer.model_validate_json(line) for line in result.stdout.splitlines()]
    assert len(answers) == 4
    assert 64 in answers[0].values
    assert answers[1].answered and 36 in answers[1].values
    assert answers[2].values[:2] == [23, 22]  # the tables' count, the article's stated one beside it
    assert answers[3].answered and answers[3].values[:2] == [8, 10]  # the other side of each


def test_build_error_exits_4_naming_the_document(cli, tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "good.txt").write_text("In 2024, the United States accounted for 64% of alliance spending.\n")
    (folder / "broken.txt").write_bytes(b"caf\xe9 au lait")
    out = tmp_path / "kb.json"
    result = cli("build", "--documents", str(folder), "--out", str(out))
    assert result.returncode == 4
    assert "broken.txt" in result.stderr
    assert "UTF-8" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_build_error_keeps_the_previous_snapshot(cli, tmp_path, snapshot_file):
    out = tmp_path / "kb.json"
    shutil.copy(snapshot_file, out)
    before = out.read_bytes()
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    result = cli("build", "--documents", str(folder), "--out", str(out))
    assert result.returncode == 4
    assert "scan.pdf" in result.stderr and "Traceback" not in result.stderr
    assert out.read_bytes() == before


def test_corrupt_snapshot_exits_4(cli, tmp_path):
    bad = tmp_path / "kb.json"
    bad.write_text("{oops")
    result = cli("ask", "--kb", str(bad), US_QUESTION)
    assert result.returncode == 4
    assert str(bad) in result.stderr
    assert "Traceback" not in result.stderr


def test_facts_filtered_by_measure(cli, snapshot_file):
    result = cli("facts", "--kb", str(snapshot_file), "--measure", "share_of_alliance")
    assert result.returncode == 0
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 2
    assert any("64%" in line and "paragraph 4, sentence 1" in line for line in lines)
    assert any("36%" in line for line in lines)
    assert "2 facts" in result.stderr


def test_facts_json(cli, snapshot_file, seed_kb):
    result = cli("facts", "--kb", str(snapshot_file), "--json")
    assert result.returncode == 0
    facts = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(facts) == len(seed_kb.facts)


def test_sources(cli, snapshot_file, article_id, seed_kb):
    result = cli("sources", "--kb", str(snapshot_file))
    assert result.returncode == 0
    assert article_id in result.stdout
    assert seed_kb.documents[0].title in result.stdout
    assert "2025-04" in result.stdout
    for document in seed_kb.documents:
        count = sum(fact.citation.document == document.id for fact in seed_kb.facts)
        assert f"{document.id}\n  {document.title}" in result.stdout
        assert f"{count} facts" in result.stdout
    assert seed_kb.version in result.stdout


def test_diff_between_snapshots(cli, snapshot_file, docs, tmp_path, article_id):
    changed = tmp_path / "changed"
    shutil.copytree(docs, changed)
    article = changed / article_id
    article.write_text(article.read_text(encoding="utf-8").replace("estimated 64%", "estimated 66%"), "utf-8")
    new = tmp_path / "new.json"
    assert cli("build", "--documents", str(changed), "--out", str(new)).returncode == 0
    result = cli("diff", str(snapshot_file), str(new))
    assert result.returncode == 0
    assert result.stdout.splitlines()[0] == "0 added, 0 removed, 1 changed"
    assert "64%" in result.stdout and "66%" in result.stdout
    as_json = json.loads(cli("diff", str(snapshot_file), str(new), "--json").stdout)
    assert as_json["changed"] == 1 and as_json["added"] == 0 and len(as_json["lines"]) == 1


def test_diff_against_documents_folder(cli, snapshot_file, docs):
    result = cli("diff", str(snapshot_file), "--documents", str(docs))
    assert result.returncode == 0
    assert "no changes" in result.stdout


def test_eval_below_floor_exits_5(cli, snapshot_file, tmp_path):
    questions = tmp_path / "bad.jsonl"
    rows = [
        {"question": US_QUESTION, "kind": "direct", "expect": {"values": [64]}},
        {"question": US_QUESTION, "kind": "direct", "expect": {"values": [12345]}},
        {"question": "what is russia's defence budget?", "kind": "abstain", "expect": "abstain"},
    ]
    questions.write_text("\n".join(json.dumps(row) for row in rows) + "\n")
    result = cli(
        "eval", "--kb", str(snapshot_file), "--questions", str(questions),
        "--min-correct", "0.99999", "--max-wrong", "0", "--repeat", "1", "--failures",
    )  # fmt: skip
    assert result.returncode == 5, result.stdout + result.stderr
    assert "below the floor" in result.stderr
    assert "12345" in result.stdout


def test_eval_good_set_exits_0(cli, snapshot_file, tmp_path):
    questions = tmp_path / "good.jsonl"
    questions.write_text(json.dumps({"question": US_QUESTION, "kind": "direct", "expect": {"values": [64]}}) + "\n")
    result = cli(
        "eval", "--kb", str(snapshot_file), "--questions", str(questions),
        "--min-correct", "0.99999", "--max-wrong", "0", "--repeat", "1",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_eval_bad_question_set_file_exits_4(cli, snapshot_file, tmp_path):
    questions = tmp_path / "broken.jsonl"
    questions.write_text('{"question": "x", "kind": "direct"}\n')
    result = cli("eval", "--kb", str(snapshot_file), "--questions", str(questions))
    assert result.returncode == 4
    assert "broken.jsonl, line 1" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [(), ("frobnicate",), ("ask", "--kb", "a.json", "--documents", "seeds", "q"), ("ask", "--json", "--jsonl")],
    ids=["no-command", "unknown-command", "kb-and-documents", "json-and-jsonl"],
)
def test_usage_errors_exit_2(cli, args):
    result = cli(*args)
    assert result.returncode == 2
    assert "usage:" in result.stderr
    assert "Traceback" not in result.stderr


def test_ask_without_question_exits_2(cli, snapshot_file):
    result = cli("ask", "--kb", str(snapshot_file))
    assert result.returncode == 2
    assert "give a question" in result.stderr


def test_cli_does_not_touch_repo_cache(cli, snapshot_file, repo_root):
    cache = repo_root / ".cache" / "knowledge.json"
    before = cache.stat().st_mtime_ns if cache.exists() else None
    cli("ask", "--kb", str(snapshot_file), US_QUESTION)
    after = cache.stat().st_mtime_ns if cache.exists() else None
    assert before == after


@pytest.mark.parametrize("command", [[], ["ask"], ["chart"], ["chart", "gdp-share"], ["eval"], ["diff"]])
def test_every_help_page_prints(cli, command):
    result = cli(*command, "--help")
    assert result.returncode == 0, result.stderr
    assert "usage:" in result.stdout


def test_facts_for_a_document_show_measure_subject_period_and_quote(cli, repo_root):
    documents = repo_root / "knowledge" / "evaluation_docs" / "documents"
    result = cli("facts", "--documents", str(documents), "--document", "wire_report")
    assert result.returncode == 0, result.stderr
    assert "share_of_gdp    Poland · 2024 · 4.12" in result.stdout
    assert "quote (paragraph 5, sentence 2): NATO estimates that it will devote 4.12% of GDP" in result.stdout
    assert "wire_report.txt: " in result.stdout and "facts (share_of_gdp" in result.stdout


def test_eval_extraction_reports_precision_recall_and_questions(cli):
    result = cli("eval", "--extraction")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["document", "annot", "facts", "match", "precision", "recall", "build"]
    assert any(line.startswith("all ") and "392" in line for line in lines)
    assert any(line.startswith("share_of_gdp") for line in lines)
    assert "with seeds: correct" in result.stdout and "alone: correct" in result.stdout
