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


def _report_rows(report: Any) -> list[tuple[str, int, int, int]]:
    return [
        (kind, count.new, getattr(count, "updated", 0), count.duplicates)
        for kind, count in sorted(report.counts.items())
        if count.new or count.duplicates or getattr(count, "updated", 0)
    ]


def _print_report(report: Any, moods: list[Any] | None = None) -> None:
    st = state()
    if st.json:
        document = report.to_json()
        if moods:
            document["moods"] = [_mood_json(m) for m in moods]
        emit_json(document)
        return
    verb = "Would import" if report.dry_run else "Imported"
    click.echo(f"{verb} from {report.file} ({report.source_format}):")
    column = "WOULD IMPORT" if report.dry_run else "IMPORTED"
    update = "WOULD UPDATE" if report.dry_run else "UPDATED"
    click.echo(table(("KIND", column, update, "DUPLICATES SKIPPED"), _report_rows(report)))
    updated = sum(getattr(c, "updated", 0) for c in report.counts.values())
    if report.source_format != "neuroleaf" or updated:
        # "updated": records an earlier import brought in that changed since in the other app
        click.echo(f"{'In short (dry run)' if report.dry_run else 'In short'}: "
                   f"{report.total_new} new, updated {updated}, "
                   f"{report.total_duplicates} duplicates skipped.")  # fmt: skip
    if moods:
        _print_moods(moods)
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


def _mood_json(mood: Any) -> dict[str, Any]:
    return {"name": mood.name, "count": mood.count, "level": mood.level, "mood": mood.mood,
            "how": mood.how}  # fmt: skip


def _print_moods(moods: list[Any]) -> None:
    click.echo("Daylio moods (level 5 = best … 1 = worst; NeuroLeaf mood 1–10):")
    rows = [
        (m.name, m.count, m.level if m.level is not None else "-",
         m.mood if m.mood is not None else "NEEDS A LEVEL", m.how)
        for m in moods
    ]  # fmt: skip
    click.echo(table(("MOOD", "ENTRIES", "LEVEL", "NEUROLEAF MOOD", "FROM"), rows))


def _mood_map(items: tuple[str, ...], file: Path | None) -> dict[str, int]:
    from neuroleaf_desktop.services.importers import daylio_moods

    try:
        mapping = daylio_moods.read_mapping_file(file) if file is not None else {}
        mapping.update(daylio_moods.parse_mapping(items))
    except OSError as exc:
        raise ValidationError(f"Cannot read the mood-map file {file}: {exc.strerror}.") from None
    except ValueError as exc:
        raise ValidationError(f"--mood-map: {exc}.") from None
    return mapping


@click.command("import")
@click.argument("path", type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt",
    type=click.Choice(["auto", "neuroleaf", "daylio", "dayone", "jrnl", "notes"]),
    default="auto", show_default=True, help="The file's format (auto: recognised from it).",
)  # fmt: skip
@click.option("--dry-run", is_flag=True, help="Only report what would be imported.")
@click.option(
    "--tz-offset",
    type=click.IntRange(-1080, 1080),
    default=None,
    help="Daylio/jrnl/notes: UTC offset in minutes of the times (default: this computer's).",
)
@click.option(
    "--mood-map", "mood_map", multiple=True, metavar="NAME=LEVEL",
    help="Daylio: the level (5 = best, like rad … 1 = worst, like awful) of a renamed mood, "
    "e.g. --mood-map 'grand=5'. Repeat for each mood; names may contain commas. Levels "
    "become NeuroLeaf moods 10, 8, 5, 3, 1.",
)  # fmt: skip
@click.option(
    "--mood-map-file", type=click.Path(path_type=Path, dir_okay=False), default=None,
    help="Daylio: a file with one NAME=LEVEL per line (# starts a comment).",
)  # fmt: skip
@click.option(
    "--daylio-moods", default=None,
    help="Daylio (older option): your mood names, best first, comma-separated.",
)  # fmt: skip
@json_option
def import_cmd(
    path: Path,
    fmt: str,
    dry_run: bool,
    tz_offset: int | None,
    mood_map: tuple[str, ...],
    mood_map_file: Path | None,
    daylio_moods: str | None,
) -> None:
    """Import a NeuroLeaf JSON export, Daylio / Day One / jrnl exports, or Markdown notes.

    Notes: a folder of .md/.txt files (Obsidian, Bear, Notion, Joplin…), a zip of one, or a
    single file; each note becomes an entry dated by its front matter, heading or file name.

    Everything is imported or nothing: a problem anywhere stops the import with its place in
    the file. Entries already in your journal are skipped and counted; entries changed in the
    other app since an earlier import are updated. The dry run lists every Daylio mood with
    its count and the level it gets.
    """
    from neuroleaf_desktop.services import export_service, importers

    if fmt == "auto":
        fmt = importers.detect(path)
    options: dict[str, Any] = {"tz_offset_min": tz_offset}
    if fmt == "daylio":
        options["mood_map"] = _mood_map(mood_map, mood_map_file)
        options["allow_unmapped"] = dry_run
        if daylio_moods:
            options["moods"] = [m.strip() for m in daylio_moods.split(",") if m.strip()]
    bundle = importers.load(path, fmt, **options)
    with state().open_session() as session:
        report = export_service.import_bundle(session, bundle, dry_run=dry_run)
    _print_report(report, bundle.moods)
    if bundle.unmapped_moods:  # only in a dry run: the real import refused already
        from neuroleaf_desktop.errors import ImportValidationError
        from neuroleaf_desktop.services.importers.daylio_moods import unknown_moods_message

        unknown = [(m.name, m.count) for m in bundle.unmapped_moods]
        raise ImportValidationError(str(path), None, unknown_moods_message(unknown))


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
