"""Server settings from the environment, so a container needs no config file.

``NEUROLEAF_SERVER_DB`` is a SQLAlchemy URL; the default is a SQLite file in the working
folder, so `neuroleaf-server run` works on one machine with no set-up. PostgreSQL:
``postgresql+psycopg://user:password@host/db``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

ENV_DB = "NEUROLEAF_SERVER_DB"
ENV_SECRET = "NEUROLEAF_SERVER_SECRET"  # noqa: S105 - the variable's name, not a secret
ENV_MAX_ITEM = "NEUROLEAF_SERVER_MAX_ITEM_BYTES"
ENV_ACCESS_TTL = "NEUROLEAF_SERVER_ACCESS_TTL_S"


@dataclass(frozen=True)
class ServerConfig:
    db_url: str
    # Keys the fake sign-in parameters for unknown accounts (no account enumeration).
    secret: str
    # The largest item: a kept voice recording of 15 minutes is about 41 MiB once sealed.
    max_item_bytes: int = 48 * 1024 * 1024
    max_batch_items: int = 200
    page_size: int = 500
    access_ttl_s: int = 15 * 60

    @classmethod
    def from_env(cls) -> ServerConfig:
        return cls(
            db_url=os.environ.get(ENV_DB, "sqlite:///neuroleaf-server.db"),
            secret=os.environ.get(ENV_SECRET, "") or _local_secret(),
            max_item_bytes=int(os.environ.get(ENV_MAX_ITEM, str(cls.max_item_bytes))),
            access_ttl_s=int(os.environ.get(ENV_ACCESS_TTL, str(15 * 60))),
        )


def _local_secret() -> str:
    """Without a configured secret, one per process: fake parameters then change on restart,
    which only matters for a long-running public server (set the variable there)."""
    import secrets

    return secrets.token_hex(32)
