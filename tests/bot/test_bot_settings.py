import re
from pathlib import Path

import platformdirs
import pytest
from pydantic import ValidationError

from bot.settings import Settings

ENV_EXAMPLE = Path(__file__).resolve().parents[2] / ".env.example"
KEYS = [
    "DISCORD_TOKEN",
    "DISCORD_GUILD_IDS",
    "MODERATOR_ROLE_IDS",
    "ANSWER_CHANNEL_IDS",
    "DOCUMENTS_DIR",
    "KNOWLEDGE_BASE_PATH",
    "LOG_LEVEL",
    "SHARD_COUNT",
    "SHARD_IDS",
    "COOLDOWN_QUESTIONS",
    "COOLDOWN_SECONDS",
    "UPLOAD_MAX_BYTES",
]


@pytest.fixture(autouse=True)
def clean_env(monkeypatch, tmp_path):
    for key in KEYS:
        monkeypatch.delenv(key, raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env


def test_env_example_lists_every_setting_with_a_comment():
    lines = ENV_EXAMPLE.read_text().splitlines()
    keys = [line.split("=", 1)[0] for line in lines if re.match(r"^[A-Z_]+=", line)]
    assert sorted(keys) == sorted(name.upper() for name in Settings.model_fields)
    for index, line in enumerate(lines):
        if re.match(r"^[A-Z_]+=", line):
            assert lines[index - 1].startswith("#"), f"{line} has no comment above it"


def test_comma_separated_ids_and_defaults(monkeypatch, private_data_dir):
    monkeypatch.setenv("DISCORD_TOKEN", "abc")
    monkeypatch.setenv("DISCORD_GUILD_IDS", "1, 2,3")
    monkeypatch.setenv("MODERATOR_ROLE_IDS", "42")
    monkeypatch.setenv("ANSWER_CHANNEL_IDS", "")
    settings = Settings()
    assert settings.discord_guild_ids == (1, 2, 3)
    assert settings.moderator_role_ids == (42,)
    assert settings.answer_channel_ids == ()
    assert settings.data_dir == private_data_dir
    assert settings.documents_dir == private_data_dir / "documents"
    assert settings.knowledge_base_path == private_data_dir / "cache" / "knowledge.json"
    assert settings.log_format == "text"
    assert settings.health_port is None and settings.metrics_port is None
    assert not settings.sharded
    assert settings.upload_max_bytes == 5 * 1024 * 1024
    assert "abc" not in repr(settings)


def test_reads_dotenv_file(tmp_path):
    (tmp_path / ".env").write_text("DISCORD_TOKEN=from-file\nANSWER_CHANNEL_IDS=7,8\nLOG_LEVEL=debug\n")
    settings = Settings()
    assert settings.discord_token.get_secret_value() == "from-file"
    assert settings.answer_channel_ids == (7, 8)
    assert settings.log_level == "DEBUG"


def test_token_is_required():
    with pytest.raises(ValidationError):
        Settings()


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"DISCORD_GUILD_IDS": "1,x"}, "discord_guild_ids"),
        ({"SHARD_IDS": "0"}, "SHARD_COUNT"),
        ({"SHARD_COUNT": "2", "SHARD_IDS": "0,2"}, "below"),
        ({"LOG_LEVEL": "loud"}, "log level"),
        ({"UPLOAD_MAX_BYTES": "0"}, "upload_max_bytes"),
        ({"UPLOAD_MAX_BYTES": str(21 * 1024 * 1024)}, "upload_max_bytes"),
    ],
)
def test_invalid_values_are_rejected(monkeypatch, env, message):
    monkeypatch.setenv("DISCORD_TOKEN", "abc")
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    with pytest.raises(ValidationError, match=message):
        Settings()


def test_sharding(monkeypatch):
    monkeypatch.setenv("DISCORD_TOKEN", "abc")
    monkeypatch.setenv("SHARD_COUNT", "4")
    monkeypatch.setenv("SHARD_IDS", "0,1")
    settings = Settings()
    assert settings.sharded
    assert settings.shard_ids == (0, 1)


def test_knowledge_base_home_defaults_to_the_synced_guilds():
    synced = Settings(_env_file=None, discord_token="t", discord_guild_ids="1,2")
    assert synced.kb_home_guild_ids == (1, 2)
    chosen = Settings(_env_file=None, discord_token="t", discord_guild_ids="1,2", kb_admin_guild_ids="2")
    assert chosen.kb_home_guild_ids == (2,)
    assert Settings(_env_file=None, discord_token="t").kb_home_guild_ids == ()


def test_without_a_data_dir_state_goes_to_the_per_user_data_folder(monkeypatch):
    monkeypatch.delenv("DATA_DIR")
    settings = Settings(_env_file=None, discord_token="abc")
    expected = platformdirs.user_data_path("alliance-ledger", appauthor=False)
    assert settings.data_dir == expected
    assert settings.documents_dir == expected / "documents"


def test_configured_locations_win_over_the_data_folder(tmp_path):
    settings = Settings(
        _env_file=None, discord_token="abc", data_dir=tmp_path / "state", documents_dir="", knowledge_base_path=""
    )
    assert settings.documents_dir == tmp_path / "state" / "documents"
    elsewhere = Settings(_env_file=None, discord_token="abc", documents_dir=tmp_path / "docs")
    assert elsewhere.documents_dir == tmp_path / "docs"
