from bot.standin.fixtures import discord_errors, standin

__all__ = ["discord_errors", "standin"]
