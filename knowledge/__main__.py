"""Command line: `python -m knowledge build|ask|facts|sources|diff|eval|chart`.

Exit codes: 0 success; 2 usage error; 3 the question was not answered (ask);
4 the documents or a snapshot could not be read; 5 an evaluation missed its floor.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from knowledge.chart_cli import add_chart_command
from knowledge.cli_sources import ProgressBar, load_kb
from knowledge.coverage import coverage_lines, document_coverage
from knowledge.diff import diff_knowledge_bases
from knowledge.engine import Engine
from knowledge.evaluation import evaluate
from knowledge.extraction_eval import EVALUATION_DIR, extraction_report, question_runs, question_table
from knowledge.fact_search import find_facts
from knowledge.models import Answer, Fact
from knowledge.paths import environment_locations, shipped_documents
from knowledge.phrasing import statement
from knowledge.questionset import QUESTION_SETS, QuestionSetError, load_question_set
from knowledge.snapshot import (
    BuildError,
    SnapshotError,
    build_knowledge_base,
    load_snapshot,
    save_snapshot,
)
from knowledge.terminal import plain, render_answer

EXIT_UNANSWERED = 3
EXIT_UNREADABLE = 4
EXIT_BELOW_FLOOR = 5
SCALE_WORDS = {1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion"}


def print_answer(answer: Answer) -> None:
    print(answer.answer)
    if answer.answered:
        print(f"\n(confidence {answer.confidence:.0%})")


def command_build(args: argparse.Namespace) -> int:
    default_documents, default_snapshot = environment_locations()
    documents = Path(args.documents) if args.documents else default_documents
    out = Path(args.out) if args.out else default_snapshot
    started = time.perf_counter()
    kb = build_knowledge_base(documents, progress=ProgressBar())
    save_snapshot(kb, out)
    elapsed = time.perf_counter() - started
    counts = kb.counts
    print(
        f"Built {out}: {counts['documents']} documents, {counts['facts']} facts, {counts['warnings']} warnings "
        f"(version {kb.version}, {elapsed:.2f} s)"
    )
    for warning in kb.warnings:
        print(f"  warning: {warning.document}: {warning.message}")
    return 0


def command_ask(args: argparse.Namespace) -> int:
    engine = Engine(load_kb(args))
    if args.jsonl:
        previous: Answer | None = None
        for line in sys.stdin:
            question = line.rstrip("\n")
            if not question.strip():
                continue
            answer = engine.ask(question, previous if args.follow_ups else None)
            previous = answer if answer.answered else previous
            print(answer.model_dump_json(), flush=True)
        return 0
    if not args.question:
        print("ask: give a question, or --jsonl to read questions from standard input", file=sys.stderr)
        return 2
    answer = engine.ask(" ".join(args.question))
    if args.json:
        print(answer.model_dump_json(indent=2))
    elif args.plain or (sys.stdout.isatty() and not args.markdown):
        terminal = sys.stdout.isatty()
        width = min(shutil.get_terminal_size().columns, 120) if terminal else None
        print(render_answer(answer, width=width, bold=terminal and "NO_COLOR" not in os.environ))
    else:
        print_answer(answer)
    return 0 if answer.answered else EXIT_UNANSWERED


def command_facts(args: argparse.Namespace) -> int:
    kb = load_kb(args)
    facts = find_facts(kb.facts, " ".join(args.topic))
    if args.subject:
        facts = [fact for fact in facts if args.subject.casefold() in fact.subject.casefold()]
    if args.measure:
        facts = [fact for fact in facts if args.measure.casefold() in fact.measure.casefold()]
    if args.period:
        facts = [fact for fact in facts if fact.period == args.period]
    if args.document:
        facts = [fact for fact in facts if args.document in fact.citation.document]
    if args.json:
        for fact in facts:
            print(fact.model_dump_json())
        return 0
    if args.document:
        for fact in sorted(facts, key=lambda f: (f.citation.document, f.citation.span.start if f.citation.span else 0)):
            print(moderator_view(fact))
        documents = sorted({fact.citation.document for fact in facts}) or [
            document.id for document in kb.documents if args.document in document.id
        ]
        for document in documents:
            print("\n".join(coverage_lines(document_coverage(kb, document), limit=20)))
        print(f"\n{len(facts)} facts", file=sys.stderr)
        return 0
    for fact in facts:
        print(f"{plain(statement(fact))}  [{fact.citation.document}, {fact.citation.locator}]")
    print(f"\n{len(facts)} facts", file=sys.stderr)
    return 0


def moderator_view(fact: Fact) -> str:
    """One fact as a moderator checks it: kind of measure, subject, period, value, and the words it came from."""
    kind = fact.measure_kind or fact.measure
    value = fact.text if fact.value is None else f"{fact.value:g}"
    if fact.value is not None and fact.currency:
        value = f"{fact.currency} {value}" + (
            f" {SCALE_WORDS.get(fact.scale, f'x{fact.scale:g}')}" if fact.scale else ""
        )
    flags = [*fact.qualifiers, *([] if fact.recognised else ["unsure"])]
    source = f" · according to {fact.cited_source}" if fact.cited_source else ""
    lines = [
        f"{kind:<15} {fact.subject} · {fact.period or 'no period'} · {value}"
        + (f" [{', '.join(flags)}]" if flags else "")
        + source
    ]
    if fact.measure_text:
        lines.append(f"    measure: {fact.measure_text}")
    lines.append(f"    quote ({fact.citation.locator}): {fact.citation.quote}")
    return "\n".join(lines)


def command_sources(args: argparse.Namespace) -> int:
    kb = load_kb(args)
    counts: dict[str, int] = {}
    for fact in kb.facts:
        counts[fact.citation.document] = counts.get(fact.citation.document, 0) + 1
    for document in kb.documents:
        details = ", ".join(part for part in (document.publisher, document.published, document.url) if part)
        print(f"{document.id}\n  {document.title}\n  {details}\n  {counts.get(document.id, 0)} facts")
    print(f"\nKnowledge base {kb.version}, built {kb.built_at:%Y-%m-%d %H:%M} UTC")
    return 0


def command_diff(args: argparse.Namespace) -> int:
    old = load_snapshot(Path(args.old))
    new = (
        load_snapshot(Path(args.new))
        if args.new
        else build_knowledge_base(Path(args.documents) if args.documents else environment_locations()[0])
    )
    difference = diff_knowledge_bases(old, new)
    if args.json:
        print(json.dumps({**difference.counts(), "lines": difference.summary_lines(limit=10_000)}))
    else:
        print(difference.summary())
        print("\n".join(difference.summary_lines(limit=args.limit)))
    return 0


def command_extraction(args: argparse.Namespace) -> int:
    """Extraction precision / recall on the annotated evaluation documents, then their questions."""
    folder = Path(args.evaluation_dir) if args.evaluation_dir else EVALUATION_DIR
    report = extraction_report(folder)
    print(report.table())
    if args.failures:
        print(report.failures())
    print()
    with resources.as_file(shipped_documents()) as seeds:  # the questions are about the shipped documents
        print(question_table(question_runs(seeds, folder)))
    return 0


def command_eval(args: argparse.Namespace) -> int:
    if args.extraction:
        return command_extraction(args)
    questions = load_question_set(Path(args.questions) if args.questions else QUESTION_SETS / "article.jsonl")
    engine = Engine(load_kb(args))
    report = evaluate(engine, questions, repeat=args.repeat)
    print(report.table())
    if args.failures:
        for outcome in report.failures():
            given = outcome.answer.headline or outcome.answer.band.value
            print(
                f"\n[{outcome.verdict.value}] ({outcome.question.kind}) {outcome.question.question}\n"
                f"  expected {outcome.question.expect}; answered: {given}"
            )
    correct, wrong = report.rate_correct, report.rate_wrong
    if (args.min_correct is not None and correct < args.min_correct) or (
        args.max_wrong is not None and wrong > args.max_wrong
    ):
        print(f"below the floor: correct {correct:.1%}, wrong {wrong:.1%}", file=sys.stderr)
        return EXIT_BELOW_FLOOR
    return 0


SOURCE_HELP = (
    "Without --kb or --documents: the documents in the data folder (DATA_DIR, else the per-user data folder; "
    "DOCUMENTS_DIR and KNOWLEDGE_BASE_PATH as for the bot), filled with the shipped documents on first use, "
    "and their snapshot, rebuilt when a document changed."
)
EXIT_HELP = (
    "Exit codes: 0 success, 2 usage error, 3 the question was not answered, 4 unreadable documents or "
    "snapshot (or no figures for a chart), 5 an evaluation below its floor."
)


def source_options(command: argparse.ArgumentParser) -> None:
    group = command.add_mutually_exclusive_group()
    group.add_argument("--kb", metavar="FILE", help="answer from this built snapshot (see `build`)")
    group.add_argument("--documents", metavar="DIR", help="answer from this folder of documents, built in memory")


def add_commands(commands: Any) -> None:
    """Every knowledge command as a subcommand of `commands` (argparse's subparsers action)."""

    def command(name: str, summary: str, description: str, example: str) -> argparse.ArgumentParser:
        return commands.add_parser(
            name,
            help=summary,
            description=f"{description}\n\n{SOURCE_HELP}" if name not in {"build", "diff"} else description,
            epilog=f"example:\n  {example}\n\n{EXIT_HELP}",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )

    build = command(
        "build",
        "build the knowledge base from a documents folder and save its snapshot",
        "Read every document (or fail naming the one that cannot be read) and write the snapshot atomically.",
        "build --documents ./docs --out kb.json",
    )
    build.add_argument("--documents", metavar="DIR", help="documents folder (default: the data folder's documents)")
    build.add_argument("--out", metavar="FILE", help="snapshot file (default: the data folder's cache/knowledge.json)")
    build.set_defaults(handler=command_build)

    ask = command(
        "ask",
        "answer a question with cited figures",
        "Answer one question, or one per line of standard input with --jsonl. On a terminal the answer is "
        "plain text with its sources listed once; piped, it is the Markdown Discord shows.",
        'ask "how much of NATO\'s spending does the US pay?"',
    )
    ask.add_argument("question", nargs="*", help="the question, as you would ask it in Discord")
    mode = ask.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print the Answer as JSON")
    mode.add_argument("--jsonl", action="store_true", help="questions on stdin, one JSON Answer per line out")
    mode.add_argument("--plain", action="store_true", help="plain text even when piped")
    mode.add_argument("--markdown", action="store_true", help="Discord Markdown even on a terminal")
    ask.add_argument("--follow-ups", action="store_true", help="with --jsonl: treat lines as one conversation")
    source_options(ask)
    ask.set_defaults(handler=command_ask)

    facts = command(
        "facts",
        "list the cited facts, found by topic words and filters",
        "List facts with their citations. The topic is matched word by word as people type it (countries by "
        "any name, spending = expenditure = budget, prefixes and typos); the filters narrow it further.",
        'facts "share of spending" --period 2024',
    )
    facts.add_argument("topic", nargs="*", help="topic words, e.g. share of spending, poland gdp, personnel 2024")
    facts.add_argument("--subject", metavar="TEXT", help="only facts whose subject contains TEXT, e.g. Poland")
    facts.add_argument(
        "--measure", metavar="TEXT", help="only facts whose measure key contains TEXT, e.g. share_of_gdp"
    )
    facts.add_argument("--period", metavar="PERIOD", help="only facts of this period, e.g. 2024")
    facts.add_argument(
        "--document",
        metavar="NAME",
        help="only facts of documents named like NAME, each shown as a moderator checks it "
        "(kind, subject, period, value, quote), then the document's coverage",
    )
    facts.add_argument("--json", action="store_true", help="one JSON Fact per line")
    source_options(facts)
    facts.set_defaults(handler=command_facts)

    sources = command(
        "sources",
        "list the documents with their titles, dates and fact counts",
        "List every document of the knowledge base with its metadata and how many facts cite it.",
        "sources",
    )
    source_options(sources)
    sources.set_defaults(handler=command_sources)

    diff = command(
        "diff",
        "facts added, removed and changed between two snapshots",
        "Compare a snapshot with a later one, or with a fresh build of a documents folder.",
        "diff old.json --documents ./docs",
    )
    diff.add_argument("old", help="the earlier snapshot")
    diff.add_argument("new", nargs="?", help="the later snapshot (default: a fresh build of --documents)")
    diff.add_argument("--documents", metavar="DIR", help="documents to build when NEW is not given")
    diff.add_argument("--limit", type=int, default=20, help="lines of changes to print (default: 20)")
    diff.add_argument("--json", action="store_true", help="the counts and every change as one JSON object")
    diff.set_defaults(handler=command_diff)

    evaluation = command(
        "eval",
        "run a question set: correct / wrong / abstained, latency",
        "Answer every question of a question set and judge the answers against what it expects.",
        "eval --questions my_questions.jsonl --failures --min-correct 0.95",
    )
    evaluation.add_argument("--questions", metavar="FILE", help="question set (default: the shipped article set)")
    evaluation.add_argument("--failures", action="store_true", help="list the questions not answered correctly")
    evaluation.add_argument("--repeat", type=int, default=3, help="time each question this many times (best of)")
    evaluation.add_argument(
        "--extraction", action="store_true", help="extraction precision/recall on the annotated evaluation documents"
    )
    evaluation.add_argument("--evaluation-dir", metavar="DIR", help="with --extraction: documents and annotations")
    evaluation.add_argument("--min-correct", type=float, metavar="RATE", help="exit 5 below this correct rate")
    evaluation.add_argument("--max-wrong", type=float, metavar="RATE", help="exit 5 above this wrong rate")
    source_options(evaluation)
    evaluation.set_defaults(handler=command_eval)

    add_chart_command(commands)


def parser(prog: str = "python -m knowledge") -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(
        prog=prog,
        description=__doc__.splitlines()[0],
        epilog=f"Run `{prog} COMMAND --help` for each command's options.\n\n{EXIT_HELP}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_commands(root.add_subparsers(dest="command", required=True, metavar="COMMAND"))
    return root


def main(argv: Sequence[str] | None = None, prog: str = "python -m knowledge") -> int:
    args = parser(prog).parse_args(argv)
    try:
        return args.handler(args)
    except BuildError as error:
        print(f"error: cannot build the knowledge base: {error}", file=sys.stderr)
    except SnapshotError as error:
        print(f"error: {error}", file=sys.stderr)
    except QuestionSetError as error:
        print(f"error: bad question set: {error}", file=sys.stderr)
    except BrokenPipeError:
        return 0
    return EXIT_UNREADABLE


if __name__ == "__main__":
    sys.exit(main())
