"""`neuroleaf-server run|migrate`: start the API (uvicorn) or only bring the schema up to date."""

from __future__ import annotations

import click

from neuroleaf_server import logs


@click.group()
def main() -> None:
    """The NeuroLeaf sync server. Settings come from NEUROLEAF_SERVER_* variables."""


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8765, show_default=True, type=int)
@click.option("--workers", default=1, show_default=True, type=int)
def run(host: str, port: int, workers: int) -> None:
    """Serve the API. With no NEUROLEAF_SERVER_DB it keeps a SQLite file in this folder."""
    import os
    import secrets

    import uvicorn

    from neuroleaf_server.config import ENV_SECRET

    logs.configure()
    if workers > 1 and not os.environ.get(ENV_SECRET):
        # Worker processes must agree on the secret (fake sign-in parameters, limiter keys);
        # they inherit this one. Several machines need NEUROLEAF_SERVER_SECRET set alike.
        os.environ[ENV_SECRET] = secrets.token_hex(32)
    uvicorn.run(
        "neuroleaf_server.cli:build_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        access_log=False,  # our middleware logs the route template, never the query string
        log_config=None,
        proxy_headers=True,
    )


@main.command("migrate")
def migrate_cmd() -> None:
    """Create or upgrade the database schema, then exit."""
    from neuroleaf_server.config import ServerConfig
    from neuroleaf_server.db import make_engine, migrate

    logs.configure()
    migrate(make_engine(ServerConfig.from_env().db_url))
    click.echo("schema up to date")


def build_app() -> object:
    from neuroleaf_server.app import create_app

    logs.configure()
    return create_app()


if __name__ == "__main__":
    main()
