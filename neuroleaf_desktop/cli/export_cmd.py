"""`neuroleaf export`, `neuroleaf import` and `neuroleaf restore`.

Heavy pieces (reportlab, matplotlib) load only when a PDF is asked for.
"""

from __future__ import annotations

import getpass
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

import click

from neuroleaf_desktop.cli.common import emit_json, json_option, state, table
from neuroleaf_desktop.errors import PassphraseRequiredError, ValidationError

ENV_BACKUP_PASSPHRASE = "NEUROLEAF_BACKUP_PASSPHRASE"  # noqa: S105 - a variable name
PLAINTEXT_WARNING = (
    "Note: {path} is NOT encrypted. Anyone who can open it can read it; keep it somewhere "
    "safe and delete it when you no longer need it."
)


def _date(text: str | None, what: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(f"--{what} takes a date like 2026-01-31, not {text!r}.") from None


def backup_passphrase(file: Path | None, *, confirm: bool) -> str:
    """From --backup-passphrase-file, then NEUROLEAF_BACKUP_PASSPHRASE, then a TTY prompt."""
    if file is not None:
        try:
            return file.read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise PassphraseRequiredError(
                f"Cannot read the backup passphrase file {file}: {exc.strerror}."
            ) from None
    env = os.environ.get(ENV_BACKUP_PASSPHRASE)
    if env:
        return env
    if sys.stdin.isatty():
        first = getpass.getpass("Backup passphrase: ")
        if confirm and getpass.getpass("Repeat the backup passphrase: ") != first:
            raise ValidationError("The two backup passphrases differ. Nothing was written.")
        return first
    raise PassphraseRequiredError(
        "A backup passphrase is needed. Type it at a terminal, or for scripts use "
        f"--backup-passphrase-file FILE or the {ENV_BACKUP_PASSPHRASE} variable."
    )


def _report_rows(report: Any) -> list[tuple[str, int, int]]:
    return [
        (kind, count.new, count.duplicates)
        for kind, count in sorted(report.counts.items())
        if count.new or count.duplicates
    ]


def _print_report(report: Any) -> None:
    st = state()
    if st.json:
        emit_json(report.to_json())
        return
    verb = "Would import" if report.dry_run else "Imported"
    click.echo(f"{verb} from {report.file} ({report.source_format}):")
    column = "WOULD IMPORT" if report.dry_run else "IMPORTED"
    click.echo(table(("KIND", column, "DUPLICATES SKIPPED"), _report_rows(report)))
    for note in report.notes:
        click.echo(note)
    if report.dry_run:
        click.echo("Dry run: nothing was changed.")


@click.command("export")
@click.option(
    "--format", "fmt", type=click.Choice(["json", "pdf", "backup"]), default="json",
    show_default=True, help="json: complete data; pdf: a report; backup: encrypted .nlbackup.",
)  # fmt: skip
@click.option("--from", "since", default=None, help="First day (YYYY-MM-DD, inclusive).")
@click.option("--to", "until", default=None, help="Last day (YYYY-MM-DD, inclusive).")
@click.option(
    "--entries/--no-entries", default=None,
    help="PDF: include journal entries (default: yes, except with --preset therapist).",
)  # fmt: skip
@click.option("--redact-tag", "redact", multiple=True, help="PDF: leave out entries with this tag.")
@click.option("--preset", type=click.Choice(["therapist"]), default=None,
              help="PDF: summary, charts and scores only.")  # fmt: skip
@click.option("--backup-passphrase-file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--out", "-o", "out", required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--force", is_flag=True, help="Replace --out if it already exists.")
@json_option
def export_cmd(
    fmt: str,
    since: str | None,
    until: str | None,
    entries: bool | None,
    redact: tuple[str, ...],
    preset: str | None,
    backup_passphrase_file: Path | None,
    out: Path,
    force: bool,
) -> None:
    """Export your journal: JSON (all data), a PDF report, or an encrypted backup."""
    from neuroleaf_desktop.services.output_paths import check_output_path

    st = state()
    start, end = _date(since, "from"), _date(until, "to")
    if start and end and start > end:
        raise ValidationError("--from is after --to.")
    check_output_path(out, force=force)  # before any passphrase prompt or work
    result: dict[str, Any] = {"format": fmt, "out": str(out)}
    if fmt == "backup":
        from neuroleaf_desktop.services import backup_service

        secret = backup_passphrase(backup_passphrase_file, confirm=True)
        with st.open_session() as session:
            info = backup_service.create_backup(
                session, out, secret, since=start, until=end, force=force
            )
        result.update(size_bytes=info.size_bytes, counts=info.counts, encrypted=True)
    elif fmt == "json":
        from neuroleaf_desktop.services import export_service

        with st.open_session() as session:
            counts = export_service.export_json(session, out, since=start, until=end, force=force)
        result.update(counts=counts, encrypted=False)
    else:
        from neuroleaf_desktop.services import report_pdf

        options = report_pdf.ReportOptions.preset(
            preset, since=start, until=end, include_entries=entries, redact_tags=redact
        )
        with st.open_session() as session:
            info_pdf = report_pdf.write_report(session, out, options, force=force)
        result.update(pages=info_pdf.pages, entries=info_pdf.entries, encrypted=False)
    if fmt != "backup":
        click.echo(PLAINTEXT_WARNING.format(path=out), err=True)
    if st.json:
        emit_json(result)
    else:
        click.echo(f"Wrote {out}.")


@click.command("import")
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--format", "fmt", type=click.Choice(["neuroleaf", "daylio", "dayone", "jrnl"]),
    default="neuroleaf", show_default=True, help="The file's format.",
)  # fmt: skip
@click.option("--dry-run", is_flag=True, help="Only report what would be imported.")
@click.option(
    "--tz-offset",
    type=click.IntRange(-1080, 1080),
    default=None,
    help="Daylio/jrnl: UTC offset in minutes of the times (default: this computer's).",
)
@click.option(
    "--daylio-moods",
    default=None,
    help="Daylio: your mood names, best first, comma-separated (if you renamed them).",
)
@json_option
def import_cmd(
    path: Path, fmt: str, dry_run: bool, tz_offset: int | None, daylio_moods: str | None
) -> None:
    """Import a NeuroLeaf JSON export, or Daylio / Day One / jrnl exports.

    Everything is imported or nothing: a problem anywhere stops the import with its place in
    the file. Entries already in your journal are skipped and counted.
    """
    from neuroleaf_desktop.services import export_service, importers

    options: dict[str, Any] = {}
    if fmt in ("daylio", "jrnl"):
        options["tz_offset_min"] = tz_offset
    if fmt == "daylio" and daylio_moods:
        options["moods"] = [m.strip() for m in daylio_moods.split(",") if m.strip()]
    bundle = importers.load(path, fmt, **options)
    with state().open_session() as session:
        report = export_service.import_bundle(session, bundle, dry_run=dry_run)
    _print_report(report)


@click.command("restore")
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--into-profile", default=None, help="Merge into this existing profile.")
@click.option("--new-profile", default=None, help="Create this new profile from the backup.")
@click.option("--backup-passphrase-file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--dry-run", is_flag=True, help="Only report what would be restored.")
@json_option
def restore_cmd(
    path: Path,
    into_profile: str | None,
    new_profile: str | None,
    backup_passphrase_file: Path | None,
    dry_run: bool,
) -> None:
    """Restore an encrypted backup (.nlbackup) into a new or an existing profile."""
    from neuroleaf_desktop.services import backup_service

    st = state()
    if into_profile and new_profile:
        raise ValidationError("Choose either --into-profile or --new-profile, not both.")
    secret = backup_passphrase(backup_passphrase_file, confirm=False)
    if new_profile:
        if dry_run:
            bundle = backup_service.read_backup(path, secret)
            click.echo(
                f"The backup is intact: {len(bundle.entries)} entries and "
                f"{len(bundle.checkins)} check-ins would go into a new profile {new_profile!r}."
            )
            return
        vault_passphrase = st.passphrase(f"Passphrase for the new profile {new_profile!r}")
        session, recovery_key, report = backup_service.restore_new_profile(
            st.store(), new_profile, vault_passphrase, path, secret
        )
        session.close()
        if st.json:
            emit_json({**report.to_json(), "profile": session.profile_slug,
                       "recovery_key": recovery_key})  # fmt: skip
            return
        _print_report(report)
        from neuroleaf_desktop.cli.profile_cmd import _print_recovery_key

        _print_recovery_key(recovery_key)
        return
    if into_profile:
        st.profile = into_profile
    with st.open_session() as session:
        report = backup_service.restore_into(session, path, secret, dry_run=dry_run)
    _print_report(report)
