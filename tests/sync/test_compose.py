"""deploy/compose.yaml without Docker (no engine, no image registry on the build machine).

What can be checked honestly is checked: the file's contract (services, health checks,
volumes, secrets only from the environment, a command the server understands, environment
variables the server reads, an image that installs what the server imports), and the server
started with exactly the compose command and environment against a password-protected local
PostgreSQL set up as the ``postgres`` image would. The only substitutions are the ones the
container network makes: the host name ``db`` and the published port.
"""

from __future__ import annotations

import ast
import importlib.metadata
import json
import os
import re
import shlex
import subprocess
import sys
import time
import tomllib
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from packaging.requirements import Requirement

from neuroleaf_server import cli, config
from neuroleaf_server.testing import PostgresCluster, _pg_bin, free_port

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "deploy" / "compose.yaml"
DOCKERFILE = ROOT / "deploy" / "Dockerfile.server"
_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?\?)([^}]*))?\}")


def interpolate(text: str, env: dict[str, str]) -> str:
    """Compose's variable rules for the forms this file uses: ``${VAR}`` (empty if unset)
    and ``${VAR:?message}`` (refuse to start if unset or empty)."""

    def one(match: re.Match[str]) -> str:
        name, required, message = match.group(1), match.group(2), match.group(3)
        value = env.get(name, "")
        if required and not value:
            raise KeyError(f"{name}: {message}")
        return value

    return _VAR.sub(one, text)


def compose(env: dict[str, str] | None = None) -> dict[str, Any]:
    text = COMPOSE.read_text()
    loaded: dict[str, Any] = yaml.safe_load(text if env is None else interpolate(text, env))
    return loaded


def dockerfile_cmd() -> list[str]:
    line = next(x for x in DOCKERFILE.read_text().splitlines() if x.startswith("CMD "))
    argv: list[str] = json.loads(line[4:])
    return argv


def dockerfile_requirements() -> dict[str, Requirement]:
    text = DOCKERFILE.read_text().replace("\\\n", " ")
    install = next(x for x in text.splitlines() if "pip install" in x)
    words = shlex.split(install.split("pip install", 1)[1].split("&&", 1)[0])
    reqs = [Requirement(w) for w in words if not w.startswith("-")]
    return {_norm(r.name): r for r in reqs}


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def server_env_names() -> set[str]:
    return {v for k, v in vars(config).items() if k.startswith("ENV_")}


def test_services_health_checks_volumes_and_secrets() -> None:
    spec = compose()
    services = spec["services"]
    assert set(services) == {"db", "server"}
    for name, service in services.items():
        check = service["healthcheck"]
        assert check["test"][0] in ("CMD", "CMD-SHELL"), name
        assert {"interval", "timeout", "retries"} <= set(check), name
        assert service["restart"] == "unless-stopped", name
    db, server = services["db"], services["server"]
    assert db["image"].startswith("postgres:")
    assert "pg_isready" in db["healthcheck"]["test"][1]
    assert server["depends_on"] == {"db": {"condition": "service_healthy"}}
    # Named volumes, declared at the top level: the database survives a re-created container.
    assert "db-data:/var/lib/postgresql/data" in db["volumes"]
    used = {v.split(":", 1)[0] for s in services.values() for v in s.get("volumes", [])}
    assert used == set(spec["volumes"])
    # Only the reverse proxy on the host reaches the server.
    assert all(p.startswith("127.0.0.1:") for p in server["ports"])

    # Secrets come from the environment, and compose refuses to start without them.
    assert re.fullmatch(r"\$\{NEUROLEAF_DB_PASSWORD:\?.+\}", db["environment"]["POSTGRES_PASSWORD"])
    secret = server["environment"][config.ENV_SECRET]
    assert re.fullmatch(r"\$\{NEUROLEAF_SERVER_SECRET:\?.+\}", secret)
    assert ":${NEUROLEAF_DB_PASSWORD}@db:5432/" in server["environment"][config.ENV_DB]
    with pytest.raises(KeyError, match="NEUROLEAF_DB_PASSWORD"):
        compose({"NEUROLEAF_SERVER_SECRET": "s"})
    with pytest.raises(KeyError, match="NEUROLEAF_SERVER_SECRET"):
        compose({"NEUROLEAF_DB_PASSWORD": "p"})


def test_command_and_environment_are_the_ones_the_server_understands() -> None:
    server = compose()["services"]["server"]
    argv = server["command"]
    assert argv == dockerfile_cmd()  # the compose file and the image agree
    # `python -m neuroleaf_server` is the `neuroleaf-server` console script's entry point.
    assert argv[:3] == ["python", "-m", "neuroleaf_server"]
    main_module = (ROOT / "neuroleaf_server" / "__main__.py").read_text()
    assert "from neuroleaf_server.cli import main" in main_module
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts["neuroleaf-server"] == "neuroleaf_server.cli:main"
    installed = Path(sys.executable).parent / "neuroleaf-server"
    helped = subprocess.run(
        [str(installed), "--help"], capture_output=True, text=True, timeout=60, check=True
    )
    assert "run" in helped.stdout and "migrate" in helped.stdout
    # The arguments parse as the CLI's `run` command; its port is the published one and the
    # one the health check asks.
    assert argv[3] == "run"
    params = cli.main.commands["run"].make_context("run", list(argv[4:])).params
    assert params["host"] == "0.0.0.0"  # noqa: S104 - inside the container, by design
    port = str(params["port"])
    assert any(p.endswith(f":{port}") for p in server["ports"])
    assert f"127.0.0.1:{port}/health" in server["healthcheck"]["test"][-1]
    # Every variable it sets is one the server reads, and the two it must have are there.
    assert set(server["environment"]) <= server_env_names()
    assert {config.ENV_DB, config.ENV_SECRET} <= set(server["environment"])


def test_the_image_installs_what_the_server_imports() -> None:
    wanted = dockerfile_requirements()
    extra = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = {
        _norm(r.name): r
        for r in map(Requirement, extra["optional-dependencies"]["server"] + extra["dependencies"])
    }
    for name, requirement in wanted.items():  # same bounds as a pip install of the extra
        assert requirement.specifier == declared[name].specifier, name
    provided = set(wanted)
    for name in wanted:  # and what those bring along (pydantic comes with FastAPI)
        for dependency in importlib.metadata.requires(name) or []:
            parsed = Requirement(dependency)
            if parsed.marker is None or parsed.marker.evaluate({"extra": ""}):
                provided.add(_norm(parsed.name))
    by_module = importlib.metadata.packages_distributions()
    missing = []
    for path in (ROOT / "neuroleaf_server").rglob("*.py"):
        if path.name == "testing.py":  # the tests' helpers are not part of the image
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            modules = []
            if isinstance(node, ast.Import):
                modules = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                modules = [node.module]
            for module in modules:
                top = module.split(".")[0]
                if top in sys.stdlib_module_names or top == "neuroleaf_server":
                    continue
                dists = {_norm(d) for d in by_module.get(top, [])}
                if not dists & provided:
                    missing.append(f"{path.name}: {top}")
    assert missing == []


@pytest.fixture
def hosted_postgres() -> Iterator[PostgresCluster]:
    """A cluster that wants passwords over TCP, with the role and database the ``postgres``
    image creates from POSTGRES_USER / POSTGRES_PASSWORD / POSTGRES_DB."""
    cluster = PostgresCluster(password_auth=True)
    cluster.start()
    yield cluster
    cluster.stop()


def test_the_server_runs_as_the_compose_file_says(
    hosted_postgres: PostgresCluster, tmp_path: Path
) -> None:
    secrets = {"NEUROLEAF_DB_PASSWORD": uuid.uuid4().hex, "NEUROLEAF_SERVER_SECRET": "ab" * 32}
    spec = compose(secrets)
    db, server = spec["services"]["db"], spec["services"]["server"]
    user, database = db["environment"]["POSTGRES_USER"], db["environment"]["POSTGRES_DB"]
    hosted_postgres.execute(
        f"CREATE ROLE {user} LOGIN PASSWORD '{db['environment']['POSTGRES_PASSWORD']}'"
    )
    hosted_postgres.execute(f"CREATE DATABASE {database} OWNER {user}")
    pg = f"127.0.0.1:{hosted_postgres.port}"
    port = str(free_port())

    def in_network(text: str) -> str:
        """What the compose network does: `db` resolves to the database, and the server's
        port is published (here: a free port on this machine). The port is replaced as a
        whole number only: the random database password in the same URL may hold its digits."""
        return re.sub(r"\b8765\b", port, text.replace("@db:5432/", f"@{pg}/"))

    db_check = in_network(db["healthcheck"]["test"][1])
    ready = subprocess.run(
        [_pg_bin("pg_isready"), *shlex.split(db_check)[1:], "-h", "127.0.0.1",
         "-p", str(hosted_postgres.port)],
        capture_output=True, timeout=60,
    )  # fmt: skip
    assert ready.returncode == 0, ready.stdout

    env = {k: in_network(str(v)) for k, v in server["environment"].items()}
    argv = [in_network(a) for a in server["command"]]
    base = {"PATH": os.environ["PATH"], "PYTHONPATH": str(ROOT), "TMPDIR": str(tmp_path)}
    log = tmp_path / "server.log"

    def start(extra: dict[str, str]) -> subprocess.Popen[bytes]:
        with log.open("ab") as out:
            return subprocess.Popen(
                [sys.executable, *argv[1:]],  # `python` is the image's interpreter
                env={**base, **extra},
                stdout=out,
                stderr=subprocess.STDOUT,
                cwd=tmp_path,
            )

    # The wrong database password is refused: the password in the environment is what counts.
    bad_url = env[config.ENV_DB].replace(secrets["NEUROLEAF_DB_PASSWORD"], "not-the-password")
    assert start({**env, config.ENV_DB: bad_url}).wait(60) != 0

    proc = start(env)
    try:
        check = server["healthcheck"]["test"]
        assert check[:3] == ["CMD", "python", "-c"]
        health = [sys.executable, "-c", in_network(check[3])]
        deadline = time.monotonic() + 60
        while subprocess.run(health, capture_output=True, timeout=30).returncode != 0:
            assert proc.poll() is None, log.read_text()[-2000:]
            assert time.monotonic() < deadline, "the health check never passed"
            time.sleep(0.2)
        url = f"http://127.0.0.1:{port}"
        made = httpx.post(
            url + "/v1/signup",
            json={"identifier": "host@example.org", "server_password": "p" * 64,
                  "key_params": "{}", "wrapped_sync_key": "w", "device_name": "d"},
        )  # fmt: skip
        assert made.status_code == 200
        auth = {"Authorization": f"Bearer {made.json()['access_token']}"}
        item = {"id": str(uuid.uuid4()), "base_version": 0, "blob": "AAEC"}
        assert httpx.post(url + "/v1/items", json={"items": [item]}, headers=auth).is_success
        page = httpx.get(url + "/v1/items", params={"cursor": 0}, headers=auth).json()
        assert [i["id"] for i in page["items"]] == [item["id"]]
    finally:
        proc.terminate()
        proc.wait(30)
    # The schema belongs to the compose file's database user, created by the server itself.
    owner = hosted_postgres.execute(
        "SELECT tableowner FROM pg_tables WHERE tablename = 'items'", database
    )
    assert owner == [(user,)]
    lines = [x for x in log.read_text().splitlines() if x.startswith("{")]
    assert any(json.loads(x).get("event") == "http.request" for x in lines)  # JSON log lines
    for secret in secrets.values():
        assert secret not in log.read_text()
