"""Sync errors with messages a person can act on."""

from __future__ import annotations

from neuroleaf_desktop.errors import AuthError, ExitCode, NeuroLeafError


class SyncError(NeuroLeafError):
    """Sync could not finish; the local journal is untouched and complete."""

    exit_code = ExitCode.UNAVAILABLE


class SyncUnreachableError(SyncError):
    """The server could not be reached (offline, wrong address, server down): retry later."""


class SyncAuthError(AuthError):
    """The account refused us: wrong password, or this device was signed out."""


class SyncNotSignedInError(SyncError):
    exit_code = ExitCode.USAGE


class TamperError(SyncError):
    """An item from the server failed authentication: altered, swapped or replayed."""


class SyncTotpRequiredError(SyncAuthError):
    """The account has two-factor sign-in: a code from the authenticator app is needed."""
