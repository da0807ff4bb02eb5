"""Where exports, backups, reports and chart images may be written, and how.

Every writer of a file the person chose goes through :func:`write_output`, so one rule holds
everywhere: never inside NeuroLeaf's own data, config, cache or log folders (an export written
over ``vault.key.json`` would destroy the journal, and plaintext there would sit beside the
encrypted vault), never over an existing file unless the person said so (``--force``; the app
asks), never into system pseudo-files, and always as temp-file-beside-target + rename, so the
target is either the old file or the whole new one.
"""

from __future__ import annotations

from pathlib import Path

from neuroleaf_desktop.errors import CannotWriteError, OutputPathError, cannot_write
from neuroleaf_desktop.paths import AppPaths, app_paths
from neuroleaf_desktop.storage.keyfile import write_atomic

# Kernel pseudo-file systems: "files" there are interfaces, not places to keep an export.
_SYSTEM_ROOTS = (Path("/proc"), Path("/sys"), Path("/dev"))


def _resolved(path: Path) -> Path:
    try:
        return path.expanduser().resolve(strict=False)
    except (OSError, RuntimeError):  # a symlink loop, an unreadable component
        raise OutputPathError(f"Cannot use {path} as an output file.") from None


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def protected_folders(paths: AppPaths | None = None) -> list[Path]:
    """NeuroLeaf's own folders (symlinks followed): nothing the person exports goes there."""
    chosen = paths or app_paths()
    return [_resolved(p) for p in (chosen.data, chosen.config, chosen.cache, chosen.logs)]


def check_output_path(out: Path, *, force: bool = False, paths: AppPaths | None = None) -> Path:
    """The resolved target for ``out``, or OutputPathError saying why it is refused.

    Cheap and side-effect free, so commands call it before unlocking or building anything.
    """
    target = _resolved(Path(out))
    for folder in protected_folders(paths):
        if _inside(target, folder):
            raise OutputPathError(
                f"{out} is inside NeuroLeaf's own folder ({folder}). Exports there could "
                "damage your journal or leave a readable copy beside it; choose another "
                "place, e.g. your Documents folder. Nothing was written."
            )
    if any(_inside(target, root) for root in _SYSTEM_ROOTS):
        raise OutputPathError(f"{out} is a system file, not a place for an export.")
    if not target.parent.is_dir():
        raise OutputPathError(f"The folder {target.parent} does not exist. Nothing was written.")
    if target.exists():
        if not target.is_file():
            raise OutputPathError(f"{out} exists and is not a plain file. Nothing was written.")
        if not force:
            raise OutputPathError(
                f"{out} already exists. Choose another name, or use --force to replace it."
            )
    return target


def write_output(
    out: Path, data: bytes, *, force: bool = False, paths: AppPaths | None = None
) -> Path:
    """Write ``data`` to the person's chosen ``out`` under the rules above; returns the target.

    Without ``force`` the final step links the temp file to the target, which fails if a file
    appeared there meanwhile, so an existing file is never replaced by a race either.
    """
    target = check_output_path(out, force=force, paths=paths)
    try:
        write_atomic(target, data, replace=force)
    except FileExistsError:
        raise OutputPathError(
            f"{out} already exists. Choose another name, or use --force to replace it."
        ) from None
    except OSError as exc:
        raise _write_error(exc, target) from None
    return target


def _write_error(exc: OSError, target: Path) -> CannotWriteError:
    mapped = cannot_write(exc, target)
    if mapped is not None:
        return mapped
    reason = exc.strerror or type(exc).__name__
    return CannotWriteError(f"Cannot write to {target}: {reason}. Nothing was written.")
