"""Bot configuration, read from the environment and `.env` (never at import time)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from knowledge.paths import default_data_dir, default_documents_dir, default_snapshot_path
from knowledge.snapshot import MAX_DOCUMENT_BYTES

IdList = Annotated[tuple[int, ...], NoDecode]


def parse_id_list(value: Any) -> Any:
    """Accept '1, 2,3' (how people write it in .env) as well as real sequences."""
    if isinstance(value, int):
        return (value,)
    if isinstance(value, str):
        parts = [part.strip() for part in value.replace(";", ",").split(",")]
        return tuple(int(part) for part in parts if part)
    return value


class Settings(BaseSettings):
    """Every setting is an environment variable of the same name in upper case."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    discord_token: SecretStr
    discord_guild_ids: IdList = ()
    kb_admin_guild_ids: IdList = Field(
        default=(), description="Servers whose moderators may change the knowledge base (default: DISCORD_GUILD_IDS)."
    )
    moderator_role_ids: IdList = ()
    answer_channel_ids: IdList = ()
    data_dir: Path = Field(
        description="The folder for everything that changes: documents, uploads, the snapshot, the store "
        "(default: the per-user data folder, e.g. ~/.local/share/alliance-ledger)."
    )
    database_url: SecretStr | None = Field(
        default=None, description="postgresql://… to share one store between hosts; empty: SQLite in the data folder."
    )
    gap_retention_days: int = Field(default=90, ge=1, description="How long unanswered questions are kept.")
    store_watch_seconds: float = Field(
        default=0.5, gt=0, le=5, description="How often each process checks the store for a new version."
    )
    documents_dir: Path = Field(description="The documents the knowledge base is built from (DATA_DIR/documents).")
    knowledge_base_path: Path = Field(description="The snapshot of the knowledge base (DATA_DIR/cache/).")
    log_level: str = "INFO"
    log_format: Literal["text", "json"] = Field(default="text", description="`json`: one JSON object per line.")
    health_port: int | None = Field(
        default=None, ge=1, le=65535, description="Serve /healthz, /readyz (and /metrics) on 127.0.0.1 at this port."
    )
    metrics_port: int | None = Field(
        default=None, ge=1, le=65535, description="Serve Prometheus /metrics (and the health checks) at this port."
    )
    health_host: str = Field(default="127.0.0.1", description="The address the health and metrics endpoint binds.")
    shutdown_timeout: float = Field(
        default=8.0, gt=0, le=60, description="Seconds interactions in flight get to finish on SIGTERM / SIGINT."
    )
    shard_count: int | None = Field(default=None, ge=1)
    shard_ids: IdList = ()
    cooldown_questions: int = Field(default=5, ge=1, description="Questions per user and channel ...")
    cooldown_seconds: float = Field(default=30.0, gt=0, description="... in this many seconds.")
    upload_max_bytes: int = Field(
        default=5 * 1024 * 1024, ge=1, le=MAX_DOCUMENT_BYTES, description="Largest file /kb upload accepts."
    )

    _split_ids = field_validator(
        "discord_guild_ids",
        "kb_admin_guild_ids",
        "moderator_role_ids",
        "answer_channel_ids",
        "shard_ids",
        mode="before",
    )(parse_id_list)

    @model_validator(mode="before")
    @classmethod
    def _locations(cls, data: Any) -> Any:
        """Unset (or empty) locations default to the data folder, itself the per-user folder unless configured."""
        if not isinstance(data, dict):
            return data
        values = {key: value for key, value in data.items() if value not in (None, "")}
        data_dir = Path(values.get("data_dir") or default_data_dir())
        values["data_dir"] = data_dir
        values.setdefault("documents_dir", default_documents_dir(data_dir))
        values.setdefault("knowledge_base_path", default_snapshot_path(data_dir))
        return values

    @field_validator("log_format", mode="before")
    @classmethod
    def _format_case(cls, value: Any) -> Any:
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        level = value.strip().upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError(f"unknown log level {value!r}")
        return level

    @model_validator(mode="after")
    def _shards_consistent(self) -> Settings:
        if self.shard_ids and self.shard_count is None:
            raise ValueError("SHARD_IDS needs SHARD_COUNT")
        if self.shard_count is not None and any(s >= self.shard_count for s in self.shard_ids):
            raise ValueError("every SHARD_IDS entry must be below SHARD_COUNT")
        return self

    @property
    def kb_home_guild_ids(self) -> tuple[int, ...]:
        """The servers that own the one knowledge base; empty means only the application's owner may change it."""
        return self.kb_admin_guild_ids or self.discord_guild_ids

    @property
    def data_folder(self) -> Path:
        return self.data_dir

    @property
    def store_path(self) -> Path:
        """The SQLite store used when DATABASE_URL is not set."""
        return self.data_folder / "ledger.sqlite3"

    @property
    def quarantine_dir(self) -> Path:
        """Rejected documents, each with a `.reason.txt`, kept out of the documents folder."""
        return self.data_folder / "quarantine"

    @property
    def database_dsn(self) -> str | None:
        url = self.database_url.get_secret_value().strip() if self.database_url else ""
        return url or None

    @property
    def sharded(self) -> bool:
        return self.shard_count is not None
