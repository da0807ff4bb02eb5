"""The `neuroleaf` command. With no arguments it starts the desktop app."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from typing import Any

import click

from neuroleaf_desktop import __version__
from neuroleaf_desktop.cli.lazy_group import LazyGroup
from neuroleaf_desktop.errors import ExitCode, NeuroLeafError, cannot_write
from neuroleaf_desktop.paths import AppPaths, app_paths

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(cls=LazyGroup, context_settings=CONTEXT, invoke_without_command=True)
@click.version_option(__version__, prog_name="neuroleaf")
@click.option(
    "--profile",
    "-p",
    default=None,
    envvar="NEUROLEAF_PROFILE",
    help="Which profile to use (default: the only or last used one).",
)
@click.option(
    "--passphrase-file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Read the passphrase from this file (for scripts).",
)
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
@click.pass_context
def cli(
    ctx: click.Context, profile: str | None, passphrase_file: Path | None, as_json: bool
) -> None:
    """NeuroLeaf: a private, encrypted journal for your mood and your days.

    Everything stays on this computer, encrypted with your passphrase.
    Run `neuroleaf` with no command to open the desktop app.
    """
    from neuroleaf_desktop.cli.common import CliState

    _logger()  # configured here, not at import: `--version` and `--help` never need it

    obj = ctx.ensure_object(CliState)
    obj.profile = profile
    obj.passphrase_file = passphrase_file
    obj.json = obj.json or as_json
    if ctx.invoked_subcommand is None:
        from neuroleaf_desktop.cli.desktop import start_desktop

        raise SystemExit(start_desktop(profile))


def _offer_crash_report(paths: AppPaths, exc: BaseException) -> None:
    """Only if the person turned crash reports on: prepare one (scrubbed), send nothing."""
    from neuroleaf_desktop.services import crash_reports

    if crash_reports.prepare(paths, exc) is not None:
        click.echo(
            "A crash report without your text was prepared; nothing was sent. Review it and "
            "send it with `neuroleaf crash-reports send`.",
            err=True,
        )


def _logger() -> Any:
    """The CLI's logger, writing to this run's log folder (configured on first use)."""
    from neuroleaf_desktop.logging_setup import configure_logging, get_logger

    configure_logging(app_paths().logs)
    return get_logger("cli")


def entrypoint() -> None:
    """Run the CLI with human error messages and meaningful exit codes (see errors.ExitCode)."""
    paths = app_paths()
    try:
        cli.main(prog_name="neuroleaf", standalone_mode=False)
    except NeuroLeafError as exc:
        log = _logger()
        log.info("cli.error", kind=type(exc).__name__, exit_code=exc.exit_code)
        click.echo(f"Error: {exc.user_message}", err=True)
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("Cancelled.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(ExitCode.USAGE if isinstance(exc, click.UsageError) else exc.exit_code)
    except KeyboardInterrupt:
        click.echo("Cancelled.", err=True)
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as exc:
        from neuroleaf_desktop.logging_setup import LOG_FILE_NAME

        log = _logger()
        mapped = cannot_write(exc, paths.data)  # a full or read-only disk, denied access
        if mapped is not None:
            log.info("cli.error", kind=type(exc).__name__, disk_full=mapped.disk_full)
            click.echo(f"Error: {mapped.user_message}", err=True)
            sys.exit(mapped.exit_code)
        # Log where it failed (files and lines), never the message: it may quote user content.
        frames = [f"{f.filename}:{f.lineno}" for f in traceback.extract_tb(exc.__traceback__)]
        log.error("cli.crash", kind=type(exc).__name__, frames=frames[-8:])
        click.echo(
            f"Error: something unexpected went wrong ({type(exc).__name__}). Your journal was "
            f"not changed by this error. Details (without your text) are in "
            f"{paths.logs / LOG_FILE_NAME}.",
            err=True,
        )
        _offer_crash_report(paths, exc)
        sys.exit(ExitCode.ERROR)
