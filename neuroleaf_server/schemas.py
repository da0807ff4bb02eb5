"""Request and response bodies of the HTTP API (version 1)."""

from __future__ import annotations

from pydantic import BaseModel, Field

ITEM_ID = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"


class SignUp(BaseModel):
    identifier: str = Field(min_length=3, max_length=320)
    server_password: str = Field(min_length=32, max_length=256)
    key_params: str = Field(max_length=2000)
    wrapped_sync_key: str = Field(max_length=2000)
    device_name: str = Field(default="device", max_length=100)


class SignIn(BaseModel):
    identifier: str = Field(min_length=3, max_length=320)
    server_password: str = Field(min_length=32, max_length=256)
    device_name: str = Field(default="device", max_length=100)
    totp_code: str | None = Field(default=None, max_length=20)  # or a recovery code


class Code(BaseModel):
    code: str = Field(max_length=20)


class TotpSetup(BaseModel):
    secret: str
    uri: str


class RecoveryCodes(BaseModel):
    recovery_codes: list[str]


class Refresh(BaseModel):
    refresh_token: str = Field(max_length=200)


class PasswordChange(BaseModel):
    current_server_password: str = Field(min_length=32, max_length=256)
    new_server_password: str = Field(min_length=32, max_length=256)
    key_params: str = Field(max_length=2000)
    wrapped_sync_key: str = Field(max_length=2000)


class Tokens(BaseModel):
    account_id: str
    session_id: str
    access_token: str
    refresh_token: str
    expires_in: int
    key_params: str
    wrapped_sync_key: str


class KeyParams(BaseModel):
    key_params: str


class PushItem(BaseModel):
    id: str = Field(pattern=ITEM_ID)
    base_version: int = Field(ge=0)
    deleted: bool = False
    blob: str | None = None  # base64; None for a deletion


class Push(BaseModel):
    items: list[PushItem]


class Saved(BaseModel):
    id: str
    version: int
    seq: int


class PushResult(BaseModel):
    saved: list[Saved]


class ServerItem(BaseModel):
    id: str
    version: int
    deleted: bool
    blob: str | None
    seq: int
    updated_at: str


class Page(BaseModel):
    items: list[ServerItem]
    cursor: int
    more: bool


class Device(BaseModel):
    id: str
    device_name: str
    created_at: str
    last_seen_at: str
    current: bool


class AccountState(BaseModel):
    """What the account's own devices may know about it: no secrets, no hashes."""

    identifier: str
    two_factor: bool


class Audit(BaseModel):
    kind: str
    device_name: str
    at: str
