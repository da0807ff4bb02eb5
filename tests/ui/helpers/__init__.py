"""Helpers for the UI tests (fixtures live in the test modules; conftest belongs to the shell)."""
