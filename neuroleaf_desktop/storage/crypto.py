"""Key handling for the vault, as careful password managers do it.

passphrase --Argon2id--> key-encryption key (KEK) --AES-256-GCM unwrap--> data key --> SQLCipher

* The **data key** is 32 random bytes and never changes, so changing the passphrase only
  re-wraps 32 bytes instead of re-encrypting the whole database.
* The **recovery key** is a second, high-entropy secret (shown once at creation) that wraps
  the same data key; it already has 256 bits of entropy, so HKDF is enough to derive its KEK.
* The optional **keychain secret** (32 random bytes kept only in the OS keychain) wraps the
  data key a third time, for "unlock with this computer's keychain"; HKDF for the same reason.
* The AES-GCM associated data binds each wrapped key to its vault id and purpose, so a key
  blob copied from another vault or swapped between slots fails authentication.
"""

from __future__ import annotations

import base64
import hashlib
import math
import os
import secrets
import time
from dataclasses import asdict, dataclass

from neuroleaf_desktop.errors import WrongRecoveryKeyError

# argon2 and cryptography are imported by the functions that derive, wrap and unwrap, not
# here: listing the profiles (the unlock window) and opening with a key the unlock agent
# holds read only the key file's fields, and loading both libraries would cost every start.

DATA_KEY_BYTES = 32
MIN_MEMORY_KIB = 64 * 1024  # never below 64 MiB (OWASP's floor for Argon2id is 19 MiB)
DEFAULT_MEMORY_KIB = 256 * 1024
DEFAULT_TARGET_SECONDS = 0.5
ENV_TARGET_MS = "NEUROLEAF_KDF_TARGET_MS"  # tests lower the target; the floor still holds
ENV_TESTING = "NEUROLEAF_TESTING"  # set by the test suite; without it ENV_TARGET_MS is ignored
# The test suite creates and opens thousands of vaults; at 64 MiB each derivation costs ~0.17 s
# of CPU, a fifth of the suite. Under ENV_TESTING it may lower the floor to this many KiB (the
# same code, smaller numbers), never below TEST_MEMORY_KIB_FLOOR; the users' floor is tested
# with the variable unset.
ENV_MEMORY_KIB = "NEUROLEAF_KDF_MEMORY_KIB"
TEST_MEMORY_KIB_FLOOR = 8 * 1024
# What we accept from a key file or a backup header before spending any work on it: a crafted
# file must not make us run Argon2 for hours (t=10**7) or with nonsense (t=0, p=0, no salt).
TIME_COST_RANGE = (1, 64)
MAX_MEMORY_KIB = 4 * 1024 * 1024  # 4 GiB
PARALLELISM_RANGE = (1, 16)
SALT_BYTES_RANGE = (16, 64)


class UnwrapError(Exception):
    """The key did not authenticate: wrong secret or tampered blob."""


@dataclass(frozen=True)
class KdfParams:
    algorithm: str
    salt_b64: str
    time_cost: int
    memory_kib: int
    parallelism: int

    @property
    def salt(self) -> bytes:
        return base64.b64decode(self.salt_b64)

    def to_json(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_json(cls, raw: dict[str, object]) -> KdfParams:
        params = cls(
            algorithm=str(raw["algorithm"]),
            salt_b64=str(raw["salt_b64"]),
            time_cost=int(str(raw["time_cost"])),
            memory_kib=int(str(raw["memory_kib"])),
            parallelism=int(str(raw["parallelism"])),
        )
        params.validate()
        return params

    def validate(self) -> None:
        """ValueError unless every parameter is in the range this app would ever write."""
        if self.algorithm != "argon2id":
            raise ValueError("unsupported key-derivation algorithm")
        for value, (lo, hi) in (
            (self.time_cost, TIME_COST_RANGE),
            (self.memory_kib, (memory_floor_kib(), MAX_MEMORY_KIB)),
            (self.parallelism, PARALLELISM_RANGE),
        ):
            if not lo <= value <= hi:
                raise ValueError("key-derivation parameters out of range")
        try:
            salt = base64.b64decode(self.salt_b64, validate=True)
        except ValueError:
            raise ValueError("key-derivation salt is not base64") from None
        if not SALT_BYTES_RANGE[0] <= len(salt) <= SALT_BYTES_RANGE[1]:
            raise ValueError("key-derivation salt has the wrong length")


def _argon2(passphrase: str, salt: bytes, time_cost: int, memory_kib: int, lanes: int) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        secret=passphrase.encode("utf-8"),
        salt=salt,
        time_cost=time_cost,
        memory_cost=memory_kib,
        parallelism=lanes,
        hash_len=32,
        type=Type.ID,
    )


def _suite_setting(name: str) -> str:
    """The test suite's value of ``name``, or "": only with ``NEUROLEAF_TESTING=1`` does one
    count, so anyone else's environment cannot weaken a key file."""
    return os.environ.get(name, "") if os.environ.get(ENV_TESTING) == "1" else ""


def target_seconds() -> float:
    """How long one derivation should take. Only the test suite may lower it."""
    raw = _suite_setting(ENV_TARGET_MS)
    if not raw:
        return DEFAULT_TARGET_SECONDS
    try:
        return max(0.001, float(raw) / 1000)
    except ValueError:
        return DEFAULT_TARGET_SECONDS


def memory_floor_kib() -> int:
    """The least memory a key file may ask of Argon2id: ``MIN_MEMORY_KIB`` (64 MiB), unless the
    test suite (``NEUROLEAF_TESTING=1``) names a lower one, which still never goes below 8 MiB.
    Anyone else's environment cannot weaken what is written or accepted."""
    raw = _suite_setting(ENV_MEMORY_KIB)
    if not raw:
        return MIN_MEMORY_KIB
    try:
        return min(MIN_MEMORY_KIB, max(TEST_MEMORY_KIB_FLOOR, int(raw)))
    except ValueError:
        return MIN_MEMORY_KIB


def calibrate_kdf(target_s: float | None = None) -> KdfParams:
    """Pick Argon2id parameters that take about ``target_s`` on this machine.

    Memory is fixed high (256 MiB, or the 64 MiB floor when the target is tiny) because memory
    is what hurts GPU attackers; time cost grows until one derivation takes the target time.
    """
    target = DEFAULT_TARGET_SECONDS if target_s is None else target_s
    memory = DEFAULT_MEMORY_KIB if target >= 0.2 else memory_floor_kib()
    lanes = 2
    salt = secrets.token_bytes(16)
    started = time.perf_counter()
    _argon2("calibration", salt, 1, memory, lanes)
    one_pass = max(time.perf_counter() - started, 1e-3)
    time_cost = max(1, min(20, math.ceil(target / one_pass)))
    return KdfParams(
        algorithm="argon2id",
        salt_b64=base64.b64encode(secrets.token_bytes(16)).decode(),
        time_cost=time_cost,
        memory_kib=memory,
        parallelism=lanes,
    )


def derive_kek(passphrase: str, params: KdfParams) -> bytes:
    params.validate()  # a second guard: no caller can hand Argon2 unchecked numbers
    return _argon2(passphrase, params.salt, params.time_cost, params.memory_kib, params.parallelism)


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


@dataclass(frozen=True)
class WrappedKey:
    nonce_b64: str
    ciphertext_b64: str

    def to_json(self) -> dict[str, str]:
        return asdict(self)

    @classmethod
    def from_json(cls, raw: dict[str, object]) -> WrappedKey:
        return cls(nonce_b64=str(raw["nonce_b64"]), ciphertext_b64=str(raw["ciphertext_b64"]))


def wrap_key(kek: bytes, data_key: bytes, aad: bytes) -> WrappedKey:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    sealed = AESGCM(kek).encrypt(nonce, data_key, aad)
    return WrappedKey(base64.b64encode(nonce).decode(), base64.b64encode(sealed).decode())


def unwrap_key(kek: bytes, wrapped: WrappedKey, aad: bytes) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(kek).decrypt(
            base64.b64decode(wrapped.nonce_b64), base64.b64decode(wrapped.ciphertext_b64), aad
        )
    except (InvalidTag, ValueError) as exc:
        raise UnwrapError from exc


# --- recovery key ------------------------------------------------------------------------
# 32 random bytes + 3 checksum bytes = 35 bytes = 56 base32 characters, shown as 14 groups of
# four. Base32 avoids look-alike confusion in lower case and survives being read aloud; the
# checksum tells a typo apart from a wrong key.

_RECOVERY_RANDOM_BYTES = 32
_RECOVERY_CHECK_BYTES = 3


def new_recovery_key() -> str:
    secret = secrets.token_bytes(_RECOVERY_RANDOM_BYTES)
    check = hashlib.sha256(secret).digest()[:_RECOVERY_CHECK_BYTES]
    text = base64.b32encode(secret + check).decode()
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    """The secret bytes of a recovery key typed by a person; spaces, dashes and case ignored."""
    compact = "".join(ch for ch in text.upper() if ch.isalnum())
    compact = compact.replace("0", "O").replace("1", "I").replace("8", "B")
    try:
        raw = base64.b32decode(compact)
    except ValueError:
        raise WrongRecoveryKeyError(
            "That is not a NeuroLeaf recovery key: it should be 14 groups of 4 letters and digits."
        ) from None
    if len(raw) != _RECOVERY_RANDOM_BYTES + _RECOVERY_CHECK_BYTES:
        raise WrongRecoveryKeyError(
            "That recovery key has the wrong length: it should be 14 groups of 4 characters."
        )
    secret, check = raw[:_RECOVERY_RANDOM_BYTES], raw[_RECOVERY_RANDOM_BYTES:]
    if hashlib.sha256(secret).digest()[:_RECOVERY_CHECK_BYTES] != check:
        raise WrongRecoveryKeyError(
            "That recovery key contains a typo (its checksum does not match). Please check it."
        )
    return secret


def recovery_kek(secret: bytes, vault_id: str) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=vault_id.encode(), info=b"neuroleaf-recovery"
    ).derive(secret)


KEYCHAIN_SECRET_BYTES = 32


def new_keychain_secret() -> bytes:
    return secrets.token_bytes(KEYCHAIN_SECRET_BYTES)


def keychain_kek(secret: bytes, vault_id: str) -> bytes:
    """The KEK of the keychain slot; a secret of the wrong size is refused, never stretched."""
    if len(secret) != KEYCHAIN_SECRET_BYTES:
        raise UnwrapError("the keychain secret has the wrong length")
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=vault_id.encode(), info=b"neuroleaf-keychain"
    ).derive(secret)
