"""The sign-in limits hold across API processes: two real server processes share one
PostgreSQL database, and a brute force spread over both is slowed as if it hit one."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pyotp
import pytest
from sqlalchemy import text

from neuroleaf_server.testing import PostgresCluster, ServerProcess

PASSWORD = "p" * 64  # a server password as a client derives it (any string will do here)


@pytest.fixture
def pair(postgres: PostgresCluster, tmp_path: Path) -> Iterator[tuple[ServerProcess, ...]]:
    """Two `neuroleaf-server run` processes on one fresh database (no counters yet)."""
    url = postgres.create_database(f"limits_{uuid.uuid4().hex[:8]}")
    servers = tuple(ServerProcess(url, tmp_path / f"server{n}") for n in (1, 2))
    try:
        for server in servers:
            server.folder.mkdir(exist_ok=True)
            server.start()
        yield servers
    finally:
        for server in servers:
            server.stop()


def signin(server: ServerProcess, who: str, password: str, code: str | None = None) -> Any:
    body = {"identifier": who, "server_password": password, "device_name": "test"}
    return httpx.post(server.url + "/v1/signin", json=body | {"totp_code": code}, timeout=60)


def counters(postgres: PostgresCluster, server: ServerProcess) -> list[tuple[int, timedelta]]:
    rows = postgres.execute(
        "SELECT failures, blocked_until - updated_at FROM auth_failures ORDER BY failures",
        server.db_url.rsplit("/", 1)[1],
    )
    return [(int(f), w) for f, w in rows]  # type: ignore[call-overload]


def test_password_and_code_guesses_across_two_processes_hit_one_limit(
    pair: tuple[ServerProcess, ServerProcess], postgres: PostgresCluster
) -> None:
    one, two = pair
    who = f"target-{uuid.uuid4().hex[:6]}@example.org"
    made = httpx.post(
        one.url + "/v1/signup",
        json={"identifier": who, "server_password": PASSWORD, "key_params": "{}",
              "wrapped_sync_key": "w", "device_name": "first"},
        timeout=60,
    ).json()  # fmt: skip
    auth = {"Authorization": f"Bearer {made['access_token']}"}
    secret = httpx.post(two.url + "/v1/2fa/setup", headers=auth).json()["secret"]
    totp = pyotp.TOTP(secret)
    enabled = httpx.post(two.url + "/v1/2fa/enable", json={"code": totp.now()}, headers=auth)
    assert enabled.status_code == 200

    # Five free failures, then each one doubles the wait; they alternate between processes,
    # guessing the password and, with the right password, the second factor.
    for n, server in enumerate([one, two, one, two, one, two]):
        if n < 3:
            answer = signin(server, who, f"wrong {n}".ljust(64, "x"))
            assert answer.status_code == 401 and "do not match" in answer.json()["detail"]
        else:
            answer = signin(server, who, PASSWORD, "000000" if totp.now() != "000000" else "1")
            assert answer.status_code == 401 and "not valid" in answer.json()["detail"]
    for server in (one, two):  # both processes refuse now, even the right password
        refused = signin(server, who, PASSWORD, totp.at(time.time() + 30))
        assert refused.status_code == 429
        assert refused.json()["detail"].startswith("Too many failed attempts. Please wait")
        assert int(refused.headers["Retry-After"]) >= 1
    assert (6, timedelta(seconds=1)) in counters(postgres, one)

    time.sleep(1.2)
    assert signin(one, who, "w" * 64).status_code == 401  # the 7th failure: 2 s
    refused = signin(two, who, PASSWORD)
    assert refused.status_code == 429 and "Please wait" in refused.json()["detail"]
    assert (7, timedelta(seconds=2)) in counters(postgres, two)  # the delay grows

    time.sleep(2.2)
    ok = signin(two, who, PASSWORD, totp.at(time.time() + 30))
    assert ok.status_code == 200  # the wait is over; success clears the account's counter
    assert all(f < 7 for f, _w in counters(postgres, one))


def test_bogus_refresh_tokens_across_two_processes_block_the_address(
    pair: tuple[ServerProcess, ServerProcess], postgres: PostgresCluster
) -> None:
    one, two = pair
    who = f"victim-{uuid.uuid4().hex[:6]}@example.org"
    httpx.post(
        one.url + "/v1/signup",
        json={"identifier": who, "server_password": PASSWORD, "key_params": "{}",
              "wrapped_sync_key": "w", "device_name": "first"},
        timeout=60,
    ).raise_for_status()  # fmt: skip
    for n in range(21):  # an address gets 20 free failures (a household behind one NAT)
        guess = httpx.post(
            (one, two)[n % 2].url + "/v1/refresh", json={"refresh_token": f"guess-{n}"}
        )
        assert guess.status_code == 401, n
    # The 21st failure blocks the address for 1 s; one more failure after each wait doubles
    # it, so the checks below run inside a 4 s block even on a machine too busy to make three
    # requests within one second.
    for n, wait in enumerate((1.0, 2.0), start=21):
        time.sleep(wait + 0.2)
        guess = httpx.post(two.url + "/v1/refresh", json={"refresh_token": f"guess-{n}"})
        assert guess.status_code == 401, n
    for server in (one, two):
        refused = httpx.post(server.url + "/v1/refresh", json={"refresh_token": "guess"})
        assert refused.status_code == 429 and "Too many failed attempts" in refused.text
    # The address is what is limited: sign-in from it waits too, on either process.
    assert signin(two, who, PASSWORD).status_code == 429
    assert (23, timedelta(seconds=4)) in counters(postgres, one)


def test_the_limiter_counts_in_sqlite_too(tmp_path: Path) -> None:
    """The embedded default: same table, same upsert, on a real SQLite file (the clock is
    the only thing set by hand, so the doubling and forgetting are exact)."""
    from datetime import UTC, datetime

    from sqlalchemy.orm import sessionmaker

    from neuroleaf_server.db import make_engine, migrate
    from neuroleaf_server.limits import FORGET_AFTER, FailureLimiter

    engine = make_engine(f"sqlite:///{tmp_path / 'server.db'}")
    migrate(engine)
    now = [datetime(2026, 1, 1, tzinfo=UTC)]
    limiter = FailureLimiter("account", "secret", free=2, clock=lambda: now[0])
    other_process = FailureLimiter("account", "secret", free=2, clock=lambda: now[0])
    factory = sessionmaker(engine)

    def fail(which: FailureLimiter, key: str = "who") -> float:
        with factory() as session:
            which.failed(session, key)
            session.commit()
            return which.retry_after(session, key)

    assert [fail(limiter), fail(other_process)] == [0.0, 0.0]  # two free failures
    assert [fail(limiter), fail(other_process), fail(limiter)] == [1.0, 2.0, 4.0]
    with factory() as session:
        assert limiter.retry_after(session, "someone else") == 0.0
        stored = session.execute(text("SELECT key FROM auth_failures")).scalars().all()
    assert stored and all("who" not in k and len(k) == 64 for k in stored)  # HMACs only
    now[0] += FORGET_AFTER + timedelta(seconds=1)
    assert fail(limiter, "another") == 0.0  # a day without failures: "who" is forgotten
    with factory() as session:
        assert session.execute(text("SELECT count(*) FROM auth_failures")).scalar() == 1
        limiter.succeeded(session, "another")
        session.commit()
        assert session.execute(text("SELECT count(*) FROM auth_failures")).scalar() == 0
