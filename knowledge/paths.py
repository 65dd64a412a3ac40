"""Where files live: the shipped documents and question sets (package data) and the per-user data folder.

The shipped files are read with `importlib.resources`, so an installed wheel works from any folder.
Everything that changes (documents, uploads, the snapshot, the store) lives in one data folder:
`DATA_DIR` when set, otherwise the platform's per-user data folder (`platformdirs`), e.g.
`~/.local/share/alliance-ledger` on Linux. The first start copies the shipped documents into it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

APP_NAME = "alliance-ledger"
DATA_DIR_VARIABLE = "DATA_DIR"
DOCUMENTS_FOLDER = "documents"
SNAPSHOT_FILE = Path("cache") / "knowledge.json"


def shipped_documents() -> Traversable:
    """The documents a fresh install answers from (article, tables, Hague note, `catalog.toml`)."""
    return resources.files("knowledge") / "seeds"


def question_sets() -> Traversable:
    """The evaluation question sets shipped with the package."""
    return resources.files("knowledge") / "questionsets"


def default_data_dir() -> Path:
    configured = os.environ.get(DATA_DIR_VARIABLE, "").strip()
    if configured:
        return Path(configured).expanduser()
    import platformdirs  # noqa: PLC0415  # only when no folder is configured

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_documents_dir(data_dir: Path) -> Path:
    return data_dir / DOCUMENTS_FOLDER


def default_snapshot_path(data_dir: Path) -> Path:
    return data_dir / SNAPSHOT_FILE


def install_shipped_documents(folder: Path) -> bool:
    """Copy the shipped documents into `folder` unless it exists; True when it was created.

    The copy is made in a hidden sibling folder and renamed into place, so an interrupted first
    start never leaves a half-filled documents folder that would then be taken as the real one.
    """
    if folder.exists():
        return False
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
        for item in shipped_documents().iterdir():
            if item.is_file() and not item.name.startswith("."):
                (staging / item.name).write_bytes(item.read_bytes())
        os.replace(staging, folder)
    except FileExistsError:
        shutil.rmtree(staging, ignore_errors=True)  # another process got there first; theirs is complete
        return False
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        if folder.is_dir():  # lost the race to another process on a platform that reports it differently
            return False
        raise error
    return True


def prepare_documents(documents_dir: Path, data_dir: Path) -> bool:
    """On the first start, fill the data folder's documents with the shipped ones; True when it did.

    A documents folder configured elsewhere is left alone: a missing one is the owner's mistake to hear
    about (the build names it), not something to paper over with the shipped documents.
    """
    if Path(documents_dir).absolute() != default_documents_dir(Path(data_dir)).absolute():
        return False
    try:
        return install_shipped_documents(Path(documents_dir))
    except OSError as error:
        from knowledge.snapshot import BuildError  # noqa: PLC0415  # snapshot imports the readers: only here

        raise BuildError(None, f"cannot create {documents_dir}: {error.strerror or error}") from error


def environment_locations() -> tuple[Path, Path]:
    """The documents folder and snapshot the bot would use (`DATA_DIR`, `DOCUMENTS_DIR`,
    `KNOWLEDGE_BASE_PATH`), the documents installed on first use; for the command line."""
    data_dir = default_data_dir()
    documents = Path(os.environ.get("DOCUMENTS_DIR", "").strip() or default_documents_dir(data_dir))
    snapshot = Path(os.environ.get("KNOWLEDGE_BASE_PATH", "").strip() or default_snapshot_path(data_dir))
    prepare_documents(documents, data_dir)
    return documents, snapshot
