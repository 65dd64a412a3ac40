"""The "thinking…" acknowledgement, sent without parsing the placeholder message Discord sends back.

`InteractionResponse.defer` always asks for the callback's resource (`with_response=1`) and builds a
full `InteractionMessage` from it: about 0.3 ms of the bot's CPU per `/ask`, at the moment a burst
can least afford it, for a placeholder nothing reads. This sends the same callback without asking
for the resource and marks the response as deferred exactly as discord.py 2.7 does, so
`is_done()`, `edit_original_response` and followups behave as after `defer(thinking=True)`.
"""

from __future__ import annotations

import discord
from discord.http import Route
from discord.webhook.async_ import async_context, interaction_response_params

DEFERRED = discord.InteractionResponseType.deferred_channel_message


async def defer_thinking(interaction: discord.Interaction) -> None:
    """`interaction.response.defer(thinking=True)` for an application command, minus the resource."""
    if interaction.response.is_done():
        raise discord.InteractionResponded(interaction)
    http = interaction._state.http
    route = Route(
        "POST",
        "/interactions/{webhook_id}/{webhook_token}/callback",
        webhook_id=interaction.id,
        webhook_token=interaction.token,
    )
    await async_context.get().request(
        route,
        session=interaction._session,
        proxy=http.proxy,
        proxy_auth=http.proxy_auth,
        payload=interaction_response_params(type=DEFERRED.value).payload,
    )
    interaction.response._response_type = DEFERRED
