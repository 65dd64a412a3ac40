"""Helpers for the bot tests: reading the stand-in's message payloads, and how long a start may take."""

from __future__ import annotations

# A first start builds the engine (about 2 s alone) and imports the documents into the store; on a
# shared 2-core machine 5 s was sometimes not enough to get ready. Nothing asserts a start-up time here.
START_TIMEOUT = 20.0


def embed_of(message: dict) -> dict:
    assert message["embeds"], f"no embed in {message}"
    return message["embeds"][0]


def embed_text(message: dict) -> str:
    embed = embed_of(message)
    parts = [embed.get("title") or "", embed.get("description") or ""]
    parts += [f"{field['name']} {field['value']}" for field in embed.get("fields") or []]
    parts.append((embed.get("footer") or {}).get("text") or "")
    return "\n".join(parts)


def button_ids(message: dict) -> dict[str, str]:
    """label -> custom_id of every button on a message."""
    return {
        component["label"]: component["custom_id"]
        for row in message.get("components") or []
        for component in row["components"]
        if component.get("custom_id") and component.get("label")
    }
