"""Settings as JSON values inside the vault (they can reveal habits, so they are encrypted)."""

from __future__ import annotations

import json
from typing import Any


class SettingsRepository:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def get_all(self) -> dict[str, Any]:
        return {k: json.loads(v) for k, v in self.conn.execute("SELECT key, value FROM settings")}

    def set(self, key: str, value: Any) -> None:
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value)),
        )

    def delete(self, key: str) -> None:
        self.conn.execute("DELETE FROM settings WHERE key = ?", (key,))
