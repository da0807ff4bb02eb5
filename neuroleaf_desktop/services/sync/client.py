"""The HTTP side of sync: one method per server endpoint, errors turned into words.

Plain HTTPS is required except to this computer (127.0.0.1, ::1, localhost), where a person
may run the server next to the app. Tokens refresh themselves once on a 401.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

import httpx

from neuroleaf_desktop.services.sync.errors import (
    SyncAuthError,
    SyncError,
    SyncTotpRequiredError,
    SyncUnreachableError,
)

LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost"})


@dataclass(frozen=True)
class RemoteItem:
    id: str
    version: int
    deleted: bool
    blob: bytes | None
    seq: int


@dataclass(frozen=True)
class PushItem:
    id: str
    base_version: int
    deleted: bool
    blob: bytes


class Conflict(Exception):  # noqa: N818 - a condition the engine handles, not a failure
    """The server holds newer versions of these items: pull, merge, push again."""

    def __init__(self, versions: dict[str, int]) -> None:
        super().__init__(f"{len(versions)} items changed on the server")
        self.versions = versions


def check_url(url: str) -> str:
    parsed = urlparse(url.rstrip("/"))
    if parsed.scheme not in ("https", "http") or not parsed.hostname:
        raise SyncError(f"{url!r} is not a server address (https://host[:port]).")
    if parsed.scheme == "http" and parsed.hostname not in LOOPBACK:
        raise SyncError("The sync server must use https:// (plain http only on this computer).")
    return url.rstrip("/")


class SyncClient:
    def __init__(
        self,
        server_url: str,
        *,
        access_token: str = "",
        refresh_token: str = "",
        on_tokens: Callable[[str, str], None] | None = None,
        timeout: float = 30.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.server_url = check_url(server_url)
        self.access_token = access_token
        self.refresh_token = refresh_token
        self.on_tokens = on_tokens
        # ``transport``: the network between this device and the server (httpx's own by
        # default); tests put a dropped connection or another device's sync in its path.
        self._http = httpx.Client(base_url=self.server_url, timeout=timeout, transport=transport)

    def close(self) -> None:
        self._http.close()

    # ---- plumbing ---------------------------------------------------------------------------
    def _send(
        self, method: str, path: str, *, auth: bool, retry: bool = True, **kwargs: Any
    ) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self.access_token}"} if auth else {}
        try:
            response = self._http.request(method, path, headers=headers, **kwargs)
        except httpx.HTTPError as exc:
            raise SyncUnreachableError(
                f"The sync server could not be reached ({type(exc).__name__}). "
                "Your journal is safe here; sync will try again."
            ) from None
        if auth and retry and response.status_code == 401 and self.refresh_token:
            self._refresh()  # an expired access token: rotate once, then ask again
            return self._send(method, path, auth=True, retry=False, **kwargs)
        return response

    def _refresh(self) -> None:
        response = self._send(
            "POST", "/v1/refresh", auth=False, json={"refresh_token": self.refresh_token}
        )
        if response.status_code != 200:
            self.refresh_token = ""
            raise SyncAuthError(_detail(response, "Please sign in to sync again."))
        body = response.json()
        self.access_token, self.refresh_token = body["access_token"], body["refresh_token"]
        if self.on_tokens is not None:
            self.on_tokens(self.access_token, self.refresh_token)

    @staticmethod
    def _ok(response: httpx.Response) -> Any:
        if response.status_code == 401 and response.headers.get("X-NeuroLeaf-2FA"):
            raise SyncTotpRequiredError(_detail(response, "A two-factor code is needed."))
        if response.status_code in (401, 403):
            raise SyncAuthError(_detail(response, "The sync account refused this device."))
        if response.status_code == 429:
            raise SyncAuthError(_detail(response, "Too many attempts; please wait."))
        if response.status_code >= 400:
            raise SyncError(_detail(response, f"The sync server answered {response.status_code}."))
        return response.json() if response.content else None

    # ---- accounts ---------------------------------------------------------------------------
    def key_params(self, identifier: str) -> str:
        body = self._ok(
            self._send("GET", "/v1/key-params", auth=False, params={"identifier": identifier})
        )
        return str(body["key_params"])

    def signup(self, **fields: str) -> dict[str, Any]:
        response = self._send("POST", "/v1/signup", auth=False, json=fields)
        if response.status_code == 409:
            raise SyncError(_detail(response, "That account exists already."))
        return dict(self._ok(response))

    def signin(
        self,
        identifier: str,
        server_password: str,
        device_name: str,
        totp_code: str | None = None,
    ) -> dict[str, Any]:
        fields = {
            "identifier": identifier,
            "server_password": server_password,
            "device_name": device_name,
            "totp_code": totp_code,
        }
        return dict(self._ok(self._send("POST", "/v1/signin", auth=False, json=fields)))

    def signout(self) -> None:
        self._ok(self._send("POST", "/v1/signout", auth=True))

    def signout_everywhere(self) -> None:
        self._ok(self._send("POST", "/v1/signout-everywhere", auth=True))

    def account(self) -> dict[str, Any]:
        return dict(self._ok(self._send("GET", "/v1/account", auth=True)))

    def audit(self) -> list[dict[str, Any]]:
        return list(self._ok(self._send("GET", "/v1/audit", auth=True)))

    def devices(self) -> list[dict[str, Any]]:
        return list(self._ok(self._send("GET", "/v1/sessions", auth=True)))

    def revoke(self, session_id: str) -> None:
        self._ok(self._send("DELETE", f"/v1/sessions/{session_id}", auth=True))

    def change_password(self, **fields: str) -> None:
        self._ok(self._send("POST", "/v1/password", auth=True, json=fields))

    def totp_setup(self) -> dict[str, str]:
        return dict(self._ok(self._send("POST", "/v1/2fa/setup", auth=True)))

    def totp_enable(self, code: str) -> list[str]:
        body = self._ok(self._send("POST", "/v1/2fa/enable", auth=True, json={"code": code}))
        return [str(c) for c in body["recovery_codes"]]

    def totp_disable(self, code: str) -> None:
        self._ok(self._send("POST", "/v1/2fa/disable", auth=True, json={"code": code}))

    # ---- items ------------------------------------------------------------------------------
    def pull(self, cursor: int, limit: int) -> tuple[list[RemoteItem], int, bool]:
        body = self._ok(
            self._send("GET", "/v1/items", auth=True, params={"cursor": cursor, "limit": limit})
        )
        items = [_remote(i) for i in body["items"]]
        return items, int(body["cursor"]), bool(body["more"])

    def get_item(self, item_id: str) -> RemoteItem | None:
        """One item as the server holds it now (None if it has none by that id)."""
        response = self._send("GET", f"/v1/items/{item_id}", auth=True)
        if response.status_code == 404:
            return None
        return _remote(self._ok(response))

    def push(self, items: list[PushItem]) -> dict[str, int]:
        """New versions by item id; Conflict if any base version is stale (nothing saved)."""
        payload = {
            "items": [
                {
                    "id": i.id,
                    "base_version": i.base_version,
                    "deleted": i.deleted,
                    "blob": base64.b64encode(i.blob).decode(),
                }
                for i in items
            ]
        }
        response = self._send("POST", "/v1/items", auth=True, json=payload)
        if response.status_code == 409:
            conflicts = response.json().get("conflicts", [])
            raise Conflict({c["id"]: int(c["version"]) for c in conflicts})
        body = self._ok(response)
        return {s["id"]: int(s["version"]) for s in body["saved"]}


def _remote(i: dict[str, Any]) -> RemoteItem:
    return RemoteItem(
        id=i["id"],
        version=int(i["version"]),
        deleted=bool(i["deleted"]),
        blob=base64.b64decode(i["blob"]) if i["blob"] is not None else None,
        seq=int(i["seq"]),
    )


def _detail(response: httpx.Response, fallback: str) -> str:
    try:
        detail = response.json().get("detail")
    except ValueError:
        return fallback
    return detail if isinstance(detail, str) and detail else fallback
