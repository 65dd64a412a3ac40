"""The opt-in HTTP endpoint: /healthz and /readyz (HEALTH_PORT), Prometheus /metrics (METRICS_PORT).

Both may share a port. It binds HEALTH_HOST (127.0.0.1 unless configured) and serves nothing else.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from aiohttp import web

from bot.metrics import CONTENT_TYPE

if TYPE_CHECKING:
    from bot.bot import LedgerBot

log = logging.getLogger(__name__)


class EndpointError(OSError):
    """The health or metrics port could not be opened."""


class HealthServer:
    def __init__(self, bot: LedgerBot, host: str, health_port: int | None, metrics_port: int | None) -> None:
        self.bot = bot
        self.host = host
        self.ports: dict[int, set[str]] = {}
        if health_port is not None:
            self.ports.setdefault(health_port, set()).add("health")
        if metrics_port is not None:
            self.ports.setdefault(metrics_port, set()).add("metrics")
        self._runners: list[web.AppRunner] = []
        self.addresses: list[tuple[str, int]] = []

    def app(self, kinds: set[str]) -> web.Application:
        app = web.Application()
        if "health" in kinds:
            app.router.add_get("/healthz", self.healthz)
            app.router.add_get("/readyz", self.readyz)
        if "metrics" in kinds:
            app.router.add_get("/metrics", self.metrics)
        return app

    async def start(self) -> None:
        for port, kinds in self.ports.items():
            runner = web.AppRunner(self.app(kinds), access_log=None, shutdown_timeout=1.0)
            await runner.setup()
            try:
                await web.TCPSite(runner, self.host, port).start()
            except OSError as error:
                await runner.cleanup()
                await self.stop()
                raise EndpointError(
                    f"Could not serve {' and '.join(sorted(kinds))} on {self.host}:{port}: {error.strerror or error}"
                ) from error
            self._runners.append(runner)
            self.addresses += [address[:2] for address in runner.addresses]
            log.info("Serving %s on http://%s:%d", " and ".join(sorted(kinds)), self.host, port)

    async def stop(self) -> None:
        for runner in self._runners:
            await runner.cleanup()
        self._runners.clear()

    async def healthz(self, request: web.Request) -> web.Response:
        # Answering at all shows the event loop is alive, which is what a liveness probe asks.
        return web.json_response({"status": "ok"})

    async def readyz(self, request: web.Request) -> web.Response:
        checks = self.bot.readiness()
        ready = all(checks.values())
        return web.json_response({"ready": ready, "checks": checks}, status=200 if ready else 503)

    async def metrics(self, request: web.Request) -> web.Response:
        return web.Response(body=self.bot.metrics.exposition(), headers={"Content-Type": CONTENT_TYPE})
