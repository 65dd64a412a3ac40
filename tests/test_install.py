"""The wheel, installed into a fresh virtual environment outside the checkout, works from any folder.

Offline: the wheel is built without build isolation and installed with --no-index --no-deps into a venv
that sees this environment's packages (discord.py, pydantic...), so nothing is downloaded.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOT_SOURCE = (".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis", ".cache")
US_QUESTION = "how much of NATO's spending does the US pay?"


def run(*command: str | Path, cwd: Path, env: dict[str, str], timeout: float = 300) -> str:
    result = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, f"{command}: {result.stdout}\n{result.stderr}"
    assert "Traceback" not in result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str], Path]:
    base = tmp_path_factory.mktemp("install")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PIP_", "VIRTUAL_ENV"))}
    env.update({"PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_INDEX": "1", "DATA_DIR": str(base / "data")})
    # Built from a copy: an in-tree build would leave build/ and *.egg-info in the checkout.
    source = base / "source"
    shutil.copytree(ROOT, source, symlinks=True, ignore=shutil.ignore_patterns(*NOT_SOURCE))
    wheels = base / "wheels"
    run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "--no-build-isolation",
        "-w",
        wheels,
        source,
        cwd=base,
        env=env,
    )
    wheel = next(wheels.glob("alliance_ledger-*.whl"))
    venv = base / "venv"
    run(sys.executable, "-m", "venv", venv, cwd=base, env=env)
    python = venv / "bin" / "python"
    # The dependencies come from this environment (a venv's --system-site-packages would be the base
    # interpreter's, without them when the tests themselves run in a venv): its folders go on the new
    # venv's path after its own site-packages, so the installed wheel is found first.
    purelib = run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=base, env=env)
    here = dict.fromkeys((sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]))
    Path(purelib.strip(), "dependencies-from-the-test-environment.pth").write_text("\n".join(here) + "\n")
    run(python, "-m", "pip", "install", "--no-deps", "--no-index", wheel, cwd=base, env=env)
    elsewhere = base / "elsewhere"
    elsewhere.mkdir()
    return wheel, env, venv


def test_the_wheel_ships_the_documents_and_question_sets(installed):
    wheel, _, _ = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    data = [
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "knowledge").rglob("*")
        if path.is_file() and path.suffix not in {".py", ".pyc"} and "__pycache__" not in path.parts
    ]
    assert "knowledge/seeds/catalog.toml" in data and "knowledge/questionsets/article.jsonl" in data
    assert [name for name in data if name not in names] == []  # every data file of the package ships
    assert not any(name.startswith(("tests/", "benchmarks/")) for name in names)


def test_the_installed_package_is_the_one_imported(installed):
    _, env, venv = installed
    where = run(venv / "bin" / "python", "-c", "import bot, knowledge; print(knowledge.__file__)", cwd=venv, env=env)
    assert Path(where.strip()).is_relative_to(venv)


def test_local_bot_answers_from_another_folder(installed):
    _, env, venv = installed
    folder = venv.parent / "elsewhere"
    out = run(venv / "bin" / "alliance-ledger", "local", "-c", US_QUESTION, cwd=folder, env=env)
    assert "== 64% ==" in out
    assert "NATO annual report coverage" in out and "paragraph 4, sentence 1" in out
    assert list(folder.iterdir()) == []  # state went to the data folder, not the working directory
    assert (Path(env["DATA_DIR"]) / "documents" / "catalog.toml").is_file()


def test_knowledge_commands_work_from_another_folder(installed):
    _, env, venv = installed
    folder = venv.parent / "elsewhere"
    script = venv / "bin" / "alliance-ledger"
    answer = run(script, "ask", "--plain", US_QUESTION, cwd=folder, env=env)
    assert "64%" in answer and "[1] NATO annual report coverage" in answer
    assert answer.count("paragraph 4, sentence 1") == 1
    same = run(venv / "bin" / "python", "-m", "knowledge", "ask", US_QUESTION, cwd=folder, env=env)
    assert "**64%**" in same
    assert "Poland" in run(script, "facts", "poland", "share", "of", "gdp", "--period", "2024", cwd=folder, env=env)
    assert "Defence Expenditure of NATO Countries" in run(script, "sources", cwd=folder, env=env)
    chart = folder / "charts" / "gdp.png"
    run(script, "chart", "gdp-share", "--out", chart, cwd=folder, env=env)
    assert chart.read_bytes().startswith(b"\x89PNG")
    report = run(script, "eval", "--repeat", "1", "--min-correct", "0.95", cwd=folder, env=env)
    assert "correct" in report
    extraction = run(script, "eval", "--extraction", cwd=folder, env=env)
    assert "precision" in extraction and "with seeds: correct" in extraction
