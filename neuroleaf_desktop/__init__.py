"""NeuroLeaf Desktop: an offline-first, private, encrypted mental-health journal."""

__version__ = "0.1.0"
APP_NAME = "NeuroLeaf"
