"""NeuroLeaf Desktop: an offline-first, private, encrypted mental-health journal."""

from neuroleaf_desktop import hardening as _hardening
from neuroleaf_desktop import offline as _offline

# First thing, before any third-party library can load: telemetry and network switches off,
# and no core dumps (they would hold the data key and journal text).
_offline.apply()
_hardening.harden_process()

__version__ = "0.1.0"
APP_NAME = "NeuroLeaf"
