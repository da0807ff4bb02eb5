"""The real network between a device and the real server, with something happening at one
request: a page request that never arrives (the connection drops), another device syncing
right after a push was answered (between this device's push batches), or another device
syncing just before a push is sent (after this device's pull, so each pulls before either
pushes). The fault sits where it would in life, at the edge; the engine is never mocked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from neuroleaf_desktop.services.sync.client import SyncClient
from neuroleaf_desktop.services.sync.service import SyncService


class Network(httpx.BaseTransport):
    """``drop_pull``: the so-many-th page request never reaches the server; ``drop_push``:
    the so-many-th push request neither. ``after_push``:
    runs once, when the first push was answered. ``after_every_push``: runs each time a push
    was answered. ``before_push``: runs once, when the first push is about to leave, given a
    function that sends it now (otherwise it is sent when the hook returns)."""

    def __init__(
        self,
        *,
        drop_pull: int = 0,
        drop_push: int = 0,
        after_push: Callable[[], None] | None = None,
        after_every_push: Callable[[], None] | None = None,
        before_push: Callable[[Callable[[], None]], None] | None = None,
    ) -> None:
        self._real = httpx.HTTPTransport()
        self.drop_pull = drop_pull
        self.drop_push = drop_push
        self.pushes = 0
        self.after_push = after_push
        self.after_every_push = after_every_push
        self.before_push = before_push
        self.pulls = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "GET" and request.url.path == "/v1/items":
            self.pulls += 1
            if self.pulls == self.drop_pull:
                raise httpx.ConnectError("the connection dropped", request=request)
        if request.method != "POST" or request.url.path != "/v1/items":
            return self._real.handle_request(request)
        self.pushes += 1
        if self.pushes == self.drop_push:
            raise httpx.ConnectError("the connection dropped", request=request)
        answered: list[httpx.Response] = []

        def send_now() -> None:
            if not answered:
                response = self._real.handle_request(request)
                response.read()
                answered.append(response)

        if self.before_push is not None:
            ahead, self.before_push = self.before_push, None
            ahead(send_now)
        send_now()
        if self.after_push is not None:
            between, self.after_push = self.after_push, None
            between()
        if self.after_every_push is not None:
            self.after_every_push()
        return answered[0]

    def close(self) -> None:
        self._real.close()


def through(network: Network) -> Callable[..., SyncClient]:
    """A client factory for ``SyncService.client_factory`` that talks over ``network``."""

    def client(url: str, **kwargs: Any) -> SyncClient:
        return SyncClient(url, transport=network, **kwargs)

    return client


def window(first: SyncService, second: SyncService) -> tuple[int, int]:
    """Two devices deciding in one window: ``first`` pulls, ``second`` pulls, ``first``
    pushes, ``second`` pushes (as far as either has something to push). Returns what each
    pushed."""
    pushed: dict[str, int] = {}

    def second_syncs(first_sends: Callable[[], None]) -> None:
        second.client_factory = through(Network(before_push=lambda _own: first_sends()))
        pushed["second"] = second.sync_now().pushed

    first.client_factory = through(Network(before_push=second_syncs))
    pushed["first"] = first.sync_now().pushed
    if "second" not in pushed:  # nothing for the first to push: the second syncs after it
        second.client_factory = SyncClient
        pushed["second"] = second.sync_now().pushed
    first.client_factory = second.client_factory = SyncClient
    return pushed["first"], pushed["second"]
