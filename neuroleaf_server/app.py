"""The HTTP API: accounts, device sessions, and pull/push of opaque encrypted items.

Concurrency rule for items: each account has a change counter (``accounts.last_seq``). A push
locks the account row, checks every item's base version, and either writes all items (each
gets the next sequence number) or none (409 with the current versions). So pulls by cursor
never skip a change, and a retried push after a crash is refused rather than duplicated.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from neuroleaf_server import schemas, security, totp
from neuroleaf_server.config import ServerConfig
from neuroleaf_server.db import make_engine, migrate
from neuroleaf_server.limits import FailureLimiter
from neuroleaf_server.logs import get_logger
from neuroleaf_server.models import (
    Account,
    AuditEvent,
    DeviceSession,
    Item,
    RecoveryCode,
    Token,
)

log = get_logger("server")

REFRESH_TTL = timedelta(days=60)
PAGE_BYTES = 32 * 1024 * 1024  # a pull page stops after this much content (at least one item)


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes (we always store UTC)."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class Auth:
    def __init__(self, account_id: str, session_id: str) -> None:
        self.account_id = account_id
        self.session_id = session_id


def get_db(request: Request) -> Iterator[Session]:
    with request.app.state.factory() as session:
        yield session


DB = Annotated[Session, Depends(get_db)]


def authenticated(session: DB, authorization: Annotated[str, Header()] = "") -> Auth:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(401, "Sign in to sync.")
    row = session.get(Token, security.token_hash(token))
    if row is None or row.kind != "access" or _aware(row.expires_at) <= _now():
        raise HTTPException(401, "Your sign-in has expired.")
    device = session.get(DeviceSession, row.session_id)
    if device is None or device.revoked_at is not None:
        raise HTTPException(401, "This device was signed out of the sync account.")
    if _now() - _aware(device.last_seen_at) > timedelta(minutes=1):
        device.last_seen_at = _now()
        session.commit()
    return Auth(device.account_id, device.id)


Authed = Annotated[Auth, Depends(authenticated)]


def create_app(config: ServerConfig | None = None, engine: Engine | None = None) -> FastAPI:
    config = config or ServerConfig.from_env()
    engine = engine or make_engine(config.db_url)
    migrate(engine)
    factory = sessionmaker(engine, expire_on_commit=False)
    # An account gets 5 free failures; an address (maybe a household behind one NAT) 20.
    # The counters are in the database: every API process enforces the same limits.
    per_account = FailureLimiter("account", config.secret, free=5)
    per_address = FailureLimiter("address", config.secret, free=20)
    app = FastAPI(title="NeuroLeaf sync", version="1", docs_url=None, redoc_url=None)

    app.state.factory = factory
    # SQLite has one writer at a time: requests queue here (in the event loop, holding no
    # worker thread) instead of spinning on SQLite's busy timeout and failing under load.
    # PostgreSQL runs them concurrently.
    serial = asyncio.Lock() if engine.dialect.name == "sqlite" else None

    max_body = config.max_item_bytes * 2 + 1024 * 1024  # one big item (base64) plus slack

    @app.middleware("http")
    async def access_log(request: Request, call_next: Callable[[Request], Any]) -> Response:
        started = time.perf_counter()
        declared = request.headers.get("content-length", "0")
        if not declared.isdigit() or int(declared) > max(max_body, 32 * 1024 * 1024):
            response: Response = JSONResponse(
                status_code=413, content={"detail": "The request is too large."}
            )
        elif serial is not None:
            async with serial:
                response = await call_next(request)
        else:
            response = await call_next(request)
        route = request.scope.get("route")
        log.info(
            "http.request",
            method=request.method,
            route=getattr(route, "path", "unmatched"),
            status=response.status_code,
            ms=round((time.perf_counter() - started) * 1000, 1),
        )
        return response

    def issue(session: Session, device: DeviceSession, account: Account) -> schemas.Tokens:
        access, refresh = security.new_token(), security.new_token()
        now = _now()
        session.add(
            Token(
                token_hash=security.token_hash(access),
                session_id=device.id,
                kind="access",
                expires_at=now + timedelta(seconds=config.access_ttl_s),
            )
        )
        session.add(
            Token(
                token_hash=security.token_hash(refresh),
                session_id=device.id,
                kind="refresh",
                expires_at=now + REFRESH_TTL,
            )
        )
        return schemas.Tokens(
            account_id=account.id,
            session_id=device.id,
            access_token=access,
            refresh_token=refresh,
            expires_in=config.access_ttl_s,
            key_params=account.key_params,
            wrapped_sync_key=account.wrapped_sync_key,
        )

    def new_device(session: Session, account: Account, name: str) -> DeviceSession:
        now = _now()
        device = DeviceSession(
            id=str(uuid.uuid4()),
            account_id=account.id,
            device_name=name,
            created_at=now,
            last_seen_at=now,
        )
        session.add(device)
        session.flush()
        log.info("session.created", account=account.id, session=device.id)
        return device

    def audit(session: Session, account_id: str, kind: str, device: str = "") -> None:
        session.add(AuditEvent(account_id=account_id, kind=kind, device_name=device, at=_now()))

    def device_of(session: Session, session_id: str) -> str:
        found = session.get(DeviceSession, session_id)
        return found.device_name if found else ""

    def throttle(session: Session, account_key: str | None, address_key: str) -> None:
        wait = max(
            per_account.retry_after(session, account_key) if account_key else 0.0,
            per_address.retry_after(session, address_key),
        )
        session.commit()  # end the read (on SQLite it holds the write lock)
        if wait > 0:
            raise HTTPException(
                429,
                f"Too many failed attempts. Please wait {max(1, round(wait))} s.",
                headers={"Retry-After": str(max(1, round(wait)))},
            )

    @app.get("/health")
    def health(session: DB) -> dict[str, str]:
        session.execute(select(1))
        return {"status": "ok"}

    @app.post("/v1/signup", response_model=schemas.Tokens)
    def signup(body: schemas.SignUp, session: DB) -> schemas.Tokens:
        identifier = body.identifier.strip().lower()
        password_hash = security.hash_password(body.server_password)  # before any lock
        if session.scalar(select(Account.id).where(Account.identifier == identifier)):
            raise HTTPException(409, "An account with that name exists. Sign in instead.")
        account = Account(
            id=str(uuid.uuid4()),
            identifier=identifier,
            password_hash=password_hash,
            key_params=body.key_params,
            wrapped_sync_key=body.wrapped_sync_key,
            last_seq=0,
            created_at=_now(),
        )
        session.add(account)
        session.flush()
        tokens = issue(session, new_device(session, account, body.device_name), account)
        audit(session, account.id, "account_created", body.device_name)
        session.commit()
        log.info("account.created", account=account.id)
        return tokens

    @app.get("/v1/key-params", response_model=schemas.KeyParams)
    def key_params(session: DB, identifier: str = Query(max_length=320)) -> schemas.KeyParams:
        identifier = identifier.strip().lower()
        found = session.scalar(select(Account.key_params).where(Account.identifier == identifier))
        return schemas.KeyParams(
            key_params=found or security.fake_key_params(config.secret, identifier)
        )

    @app.post("/v1/signin", response_model=schemas.Tokens)
    def signin(body: schemas.SignIn, request: Request, session: DB) -> schemas.Tokens:
        identifier = body.identifier.strip().lower()
        address = request.client.host if request.client else ""
        throttle(session, identifier, address)
        account = session.scalar(select(Account).where(Account.identifier == identifier))
        session.commit()  # no transaction (on SQLite: no write lock) while Argon2id runs
        ok = security.verify_password(
            account.password_hash if account else None, body.server_password
        )
        if account is None or not ok:
            per_account.failed(session, identifier)
            per_address.failed(session, address)
            if account is not None:
                audit(session, account.id, "signin_failed", body.device_name)
            session.commit()
            log.info("signin.failed")
            raise HTTPException(401, "That account name and password do not match.")
        if account.totp_secret is not None:
            if not body.totp_code:
                raise HTTPException(
                    401, "A two-factor code is needed.", headers={"X-NeuroLeaf-2FA": "required"}
                )
            if not second_factor(session, account, body.totp_code):
                per_account.failed(session, identifier)
                audit(session, account.id, "signin_failed", body.device_name)
                session.commit()
                raise HTTPException(
                    401,
                    "That two-factor code is not valid (wrong, expired or already used).",
                    headers={"X-NeuroLeaf-2FA": "required"},
                )
        per_account.succeeded(session, identifier)
        tokens = issue(session, new_device(session, account, body.device_name), account)
        audit(session, account.id, "signed_in_new_device", body.device_name)
        session.commit()
        return tokens

    def second_factor(session: Session, account: Account, code: str) -> bool:
        """A current TOTP code not used before, or an unused recovery code (then spent)."""
        assert account.totp_secret is not None
        step = totp.accepted_step(account.totp_secret, code, account.totp_last_step)
        if step is not None:
            account.totp_last_step = step
            return True
        found = session.get(RecoveryCode, security.token_hash(code.strip().lower()))
        if found is not None and found.account_id == account.id and found.used_at is None:
            found.used_at = _now()
            log.info("totp.recovery_code_used", account=account.id)
            return True
        return False

    @app.post("/v1/2fa/setup", response_model=schemas.TotpSetup)
    def totp_setup(auth: Authed, session: DB) -> schemas.TotpSetup:
        account = session.get(Account, auth.account_id, with_for_update=True)
        assert account is not None
        if account.totp_secret is not None:
            raise HTTPException(409, "Two-factor sign-in is already on.")
        account.totp_pending = totp.new_secret()
        session.commit()
        return schemas.TotpSetup(
            secret=account.totp_pending, uri=totp.uri(account.totp_pending, account.identifier)
        )

    @app.post("/v1/2fa/enable", response_model=schemas.RecoveryCodes)
    def totp_enable(body: schemas.Code, auth: Authed, session: DB) -> schemas.RecoveryCodes:
        account = session.get(Account, auth.account_id, with_for_update=True)
        assert account is not None
        if account.totp_pending is None:
            raise HTTPException(409, "Start the two-factor set-up first.")
        step = totp.accepted_step(account.totp_pending, body.code, None)
        if step is None:
            raise HTTPException(403, "That code does not match; check the authenticator app.")
        account.totp_secret, account.totp_pending = account.totp_pending, None
        account.totp_last_step = step
        codes = totp.new_recovery_codes()
        session.query(RecoveryCode).filter(RecoveryCode.account_id == account.id).delete()
        for code in codes:
            session.add(RecoveryCode(code_hash=security.token_hash(code), account_id=account.id))
        audit(session, account.id, "two_factor_on", device_of(session, auth.session_id))
        session.commit()
        log.info("totp.enabled", account=account.id)
        return schemas.RecoveryCodes(recovery_codes=codes)

    @app.post("/v1/2fa/disable", status_code=204)
    def totp_disable(body: schemas.Code, auth: Authed, request: Request, session: DB) -> Response:
        # Guessing codes here (with a stolen access token) counts against the same limit
        # as guessing them at sign-in.
        identifier = session.scalar(select(Account.identifier).where(Account.id == auth.account_id))
        throttle(session, identifier, request.client.host if request.client else "")
        account = session.get(Account, auth.account_id, with_for_update=True)
        assert account is not None
        if account.totp_secret is None:
            raise HTTPException(409, "Two-factor sign-in is not on.")
        if not second_factor(session, account, body.code):
            per_account.failed(session, account.identifier)
            audit(
                session, account.id, "two_factor_code_failed", device_of(session, auth.session_id)
            )
            session.commit()
            raise HTTPException(403, "That code is not valid (wrong, expired or already used).")
        account.totp_secret = account.totp_last_step = None
        session.query(RecoveryCode).filter(RecoveryCode.account_id == account.id).delete()
        audit(session, account.id, "two_factor_off", device_of(session, auth.session_id))
        session.commit()
        log.info("totp.disabled", account=account.id)
        return Response(status_code=204)

    @app.post("/v1/refresh", response_model=schemas.Tokens)
    def refresh(body: schemas.Refresh, request: Request, session: DB) -> schemas.Tokens:
        address = request.client.host if request.client else ""
        throttle(session, None, address)
        row = session.get(Token, security.token_hash(body.refresh_token), with_for_update=True)
        if row is None or row.kind != "refresh":
            per_address.failed(session, address)
            session.commit()
            raise HTTPException(401, "Please sign in again.")
        device = session.get(DeviceSession, row.session_id)
        if device is None or device.revoked_at is not None:
            raise HTTPException(401, "This device was signed out of the sync account.")
        if row.used_at is not None:
            # A refresh token used twice was copied: revoke the whole family (this device).
            device.revoked_at = _now()
            audit(session, device.account_id, "reused_sign_in_revoked", device.device_name)
            session.commit()
            log.warning("refresh.reused", session=device.id)
            raise HTTPException(401, "This sign-in was used twice, so it was revoked for safety.")
        if _aware(row.expires_at) <= _now():
            raise HTTPException(401, "Please sign in again.")
        row.used_at = _now()
        account = session.get(Account, device.account_id)
        assert account is not None
        tokens = issue(session, device, account)
        session.commit()
        return tokens

    @app.post("/v1/signout", status_code=204)
    def signout(auth: Authed, session: DB) -> Response:
        session.execute(
            update(DeviceSession)
            .where(DeviceSession.id == auth.session_id)
            .values(revoked_at=_now())
        )
        audit(session, auth.account_id, "device_signed_out", device_of(session, auth.session_id))
        session.commit()
        return Response(status_code=204)

    @app.post("/v1/signout-everywhere", status_code=204)
    def signout_everywhere(auth: Authed, session: DB) -> Response:
        session.execute(
            update(DeviceSession)
            .where(DeviceSession.account_id == auth.account_id)
            .where(DeviceSession.revoked_at.is_(None))
            .values(revoked_at=_now())
        )
        audit(
            session, auth.account_id, "signed_out_everywhere", device_of(session, auth.session_id)
        )
        session.commit()
        log.info("account.signed_out_everywhere", account=auth.account_id)
        return Response(status_code=204)

    @app.get("/v1/account", response_model=schemas.AccountState)
    def account_state(auth: Authed, session: DB) -> schemas.AccountState:
        account = session.get(Account, auth.account_id)
        assert account is not None
        return schemas.AccountState(
            identifier=account.identifier, two_factor=account.totp_secret is not None
        )

    @app.get("/v1/audit", response_model=list[schemas.Audit])
    def audit_events(auth: Authed, session: DB) -> list[schemas.Audit]:
        rows = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.account_id == auth.account_id)
            .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
            .limit(200)
        )
        return [
            schemas.Audit(kind=r.kind, device_name=r.device_name, at=_aware(r.at).isoformat())
            for r in rows
        ]

    @app.get("/v1/sessions", response_model=list[schemas.Device])
    def devices(auth: Authed, session: DB) -> list[schemas.Device]:
        rows = session.scalars(
            select(DeviceSession)
            .where(DeviceSession.account_id == auth.account_id)
            .where(DeviceSession.revoked_at.is_(None))
            .order_by(DeviceSession.created_at)
        )
        return [
            schemas.Device(
                id=d.id,
                device_name=d.device_name,
                created_at=_aware(d.created_at).isoformat(),
                last_seen_at=_aware(d.last_seen_at).isoformat(),
                current=d.id == auth.session_id,
            )
            for d in rows
        ]

    @app.delete("/v1/sessions/{session_id}", status_code=204)
    def revoke(session_id: str, auth: Authed, session: DB) -> Response:
        result = session.execute(
            update(DeviceSession)
            .where(DeviceSession.id == session_id)
            .where(DeviceSession.account_id == auth.account_id)
            .values(revoked_at=_now())
        )
        if not getattr(result, "rowcount", 0):
            session.rollback()
            raise HTTPException(404, "No such device.")
        audit(session, auth.account_id, "device_revoked", device_of(session, session_id))
        session.commit()
        return Response(status_code=204)

    @app.post("/v1/password", status_code=204)
    def change_password(body: schemas.PasswordChange, auth: Authed, session: DB) -> Response:
        account = session.get(Account, auth.account_id, with_for_update=True)
        assert account is not None
        if not security.verify_password(account.password_hash, body.current_server_password):
            raise HTTPException(403, "The current password is not right.")
        account.password_hash = security.hash_password(body.new_server_password)
        account.key_params = body.key_params
        account.wrapped_sync_key = body.wrapped_sync_key
        session.execute(
            update(DeviceSession)
            .where(DeviceSession.account_id == auth.account_id)
            .where(DeviceSession.id != auth.session_id)
            .values(revoked_at=_now())
        )
        audit(session, auth.account_id, "password_changed", device_of(session, auth.session_id))
        session.commit()
        log.info("account.password_changed", account=auth.account_id)
        return Response(status_code=204)

    @app.get("/v1/items", response_model=schemas.Page)
    def pull(
        auth: Authed,
        session: DB,
        cursor: int = Query(0, ge=0),
        limit: int = Query(500, ge=1, le=1000),
    ) -> schemas.Page:
        limit = min(limit, config.page_size)
        # Sizes first, so a page stops at PAGE_BYTES of content (kept recordings are MBs)
        # without loading the blobs it will not send.
        sizes = session.execute(
            select(Item.change_seq, func.coalesce(func.length(Item.blob), 0))
            .where(Item.account_id == auth.account_id, Item.change_seq > cursor)
            .order_by(Item.change_seq)
            .limit(limit + 1)
        ).all()
        last, total, count = cursor, 0, 0
        for seq, size in sizes[:limit]:
            if count and total + int(size) > PAGE_BYTES:
                break
            last, total, count = int(seq), total + int(size), count + 1
        more = len(sizes) > count
        rows = session.scalars(
            select(Item)
            .where(
                Item.account_id == auth.account_id,
                Item.change_seq > cursor,
                Item.change_seq <= last,
            )
            .order_by(Item.change_seq)
        )
        return schemas.Page(items=[_served(r) for r in rows], cursor=last, more=more)

    @app.get("/v1/items/{item_id}", response_model=schemas.ServerItem)
    def pull_one(item_id: str, auth: Authed, session: DB) -> schemas.ServerItem:
        row = session.get(Item, (auth.account_id, item_id))
        if row is None:
            raise HTTPException(404, "No such item.")
        return _served(row)

    @app.post("/v1/items", response_model=schemas.PushResult)
    def push(body: schemas.Push, auth: Authed, session: DB) -> Any:
        if len(body.items) > config.max_batch_items:
            raise HTTPException(413, f"At most {config.max_batch_items} items per push.")
        if len({i.id for i in body.items}) != len(body.items):
            raise HTTPException(400, "An item appears twice in one push.")
        blobs: dict[str, bytes | None] = {}
        for pushed in body.items:
            blobs[pushed.id] = _decode_blob(pushed, config.max_item_bytes)
        account = session.get(Account, auth.account_id, with_for_update=True)
        assert account is not None
        current = {
            row.id: row
            for row in session.scalars(
                select(Item).where(Item.account_id == auth.account_id, Item.id.in_(list(blobs)))
            )
        }
        conflicts = [
            {"id": p.id, "version": current[p.id].version if p.id in current else 0}
            for p in body.items
            if (current[p.id].version if p.id in current else 0) != p.base_version
        ]
        if conflicts:
            session.rollback()
            log.info("push.conflict", account=auth.account_id, items=len(conflicts))
            return JSONResponse(status_code=409, content={"conflicts": conflicts})
        now = _now()
        saved: list[schemas.Saved] = []
        seq = account.last_seq
        for pushed in body.items:
            seq += 1
            row = current.get(pushed.id)
            if row is None:
                row = Item(account_id=auth.account_id, id=pushed.id)
                session.add(row)
            row.version = pushed.base_version + 1
            row.deleted = pushed.deleted
            row.blob = blobs[pushed.id]
            row.change_seq = seq
            row.updated_at = now
            saved.append(schemas.Saved(id=pushed.id, version=row.version, seq=seq))
        account.last_seq = seq
        session.commit()
        log.info("push.saved", account=auth.account_id, items=len(saved))
        return schemas.PushResult(saved=saved)

    return app


def _served(row: Item) -> schemas.ServerItem:
    return schemas.ServerItem(
        id=row.id,
        version=row.version,
        deleted=row.deleted,
        blob=base64.b64encode(row.blob).decode() if row.blob is not None else None,
        seq=row.change_seq,
        updated_at=_aware(row.updated_at).isoformat(),
    )


def _decode_blob(pushed: schemas.PushItem, limit: int) -> bytes | None:
    if pushed.blob is None:
        if pushed.deleted:
            return None
        raise HTTPException(400, "An item without content must be marked deleted.")
    try:
        blob = base64.b64decode(pushed.blob, validate=True)
    except (binascii.Error, ValueError):
        raise HTTPException(400, "Item content is not valid base64.") from None
    if len(blob) > limit:
        raise HTTPException(413, "An item is larger than this server accepts.")
    return blob
