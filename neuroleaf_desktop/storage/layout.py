"""The names of the files in a profile folder, shared by the vault and the profile list.

A module of its own so that listing the profiles (the unlock window, every CLI command) does not
import the vault, and with it SQLCipher and the migrations, before a journal is opened.
"""

from __future__ import annotations

DB_NAME = "vault.db"
KEY_NAME = "vault.key.json"
THROTTLE_NAME = "unlock_state.json"
