"""The local AI models as the CLI sees them: which are installed, and joining a split one.

A thin service over ``ai.model_registry`` so that ``cli/`` (and ``ui/``) reach the AI layer
only through services.
"""

from __future__ import annotations

from pathlib import Path

from neuroleaf_desktop.ai.model_registry import ModelInfo, ModelStatus, default_registry

__all__ = ["ModelInfo", "ModelStatus", "model_statuses", "prepare_model"]


def model_statuses(kind: str | None = None) -> list[ModelInfo]:
    """Every registered model (or those of ``kind``: "stt", "embedding", "llm") and its state."""
    return default_registry().statuses(kind)


def prepare_model(key: str) -> Path:
    """Join a model split across packages into the cache now (otherwise done on first use)."""
    return default_registry().assemble(key)
