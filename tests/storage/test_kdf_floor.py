"""The Argon2id memory floor: 64 MiB for everyone, lower only inside the test suite.

The suite lowers it (``NEUROLEAF_KDF_MEMORY_KIB`` with ``NEUROLEAF_TESTING=1``) because it creates
thousands of vaults; these tests hold the users' side of that bargain: without the testing
variable the floor is 64 MiB whatever the environment says, a key file asking for less is
refused, and even the suite cannot go below 8 MiB.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.errors import VaultCorruptedError
from neuroleaf_desktop.services.profiles import ProfileStore
from neuroleaf_desktop.storage import crypto
from neuroleaf_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE

EIGHT_MIB = 8 * 1024


def _params(memory_kib: int) -> crypto.KdfParams:
    return crypto.KdfParams("argon2id", "AAAAAAAAAAAAAAAAAAAAAA==", 1, memory_kib, 1)


def test_without_the_testing_flag_the_floor_is_64_mib(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(crypto.ENV_TESTING, raising=False)
    monkeypatch.setenv(crypto.ENV_MEMORY_KIB, str(EIGHT_MIB))
    monkeypatch.setenv(crypto.ENV_TARGET_MS, "1")
    assert crypto.memory_floor_kib() == crypto.MIN_MEMORY_KIB == 64 * 1024
    assert crypto.calibrate_kdf(crypto.target_seconds()).memory_kib == crypto.DEFAULT_MEMORY_KIB
    assert crypto.calibrate_kdf(0.001).memory_kib == crypto.MIN_MEMORY_KIB
    with pytest.raises(ValueError, match="out of range"):
        _params(EIGHT_MIB).validate()
    _params(crypto.MIN_MEMORY_KIB).validate()


@pytest.mark.parametrize(
    ("raw", "floor"),
    [
        (str(EIGHT_MIB), EIGHT_MIB),
        ("16384", 16384),
        ("1024", EIGHT_MIB),  # never below 8 MiB, even in the suite
        ("0", EIGHT_MIB),
        (str(1 << 30), 64 * 1024),  # a higher number never raises the users' floor either
        ("lots", 64 * 1024),
        ("", 64 * 1024),
    ],
)
def test_the_suite_may_lower_the_floor_to_8_mib_and_no_further(
    monkeypatch: pytest.MonkeyPatch, raw: str, floor: int
) -> None:
    monkeypatch.setenv(crypto.ENV_TESTING, "1")
    monkeypatch.setenv(crypto.ENV_MEMORY_KIB, raw)
    assert crypto.memory_floor_kib() == floor
    assert crypto.calibrate_kdf(0.001).memory_kib == floor
    with pytest.raises(ValueError, match="out of range"):
        _params(floor - 1).validate()


def test_a_key_file_the_suite_made_cheap_is_refused_outside_it(
    store: ProfileStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    session, _ = store.create("Ana", PASSPHRASE)  # made at the suite's 8 MiB
    session.close()
    folder = store.find("Ana").folder
    vault = Vault(folder)
    vault.unlock(PASSPHRASE)
    assert vault.is_unlocked and vault.keyfile.kdf.memory_kib == EIGHT_MIB
    vault.lock()
    monkeypatch.delenv(crypto.ENV_MEMORY_KIB)
    with pytest.raises(VaultCorruptedError):
        Vault(folder).unlock(PASSPHRASE)
