"""`neuroleaf mood …` and `neuroleaf activities …`."""

from __future__ import annotations

from datetime import timedelta

import click

from neuroleaf_desktop.cli.common import (
    checkin_json,
    emit_json,
    format_option,
    json_option,
    parse_when,
    rows_out,
    state,
    table,
    when_text,
)
from neuroleaf_desktop.domain.models import NewCheckIn


@click.group("mood")
def mood_group() -> None:
    """Log and review mood check-ins."""


@mood_group.command("log")
@click.argument("mood", type=int)
@click.option("--energy", "-e", type=int, default=None, help="Energy 1–10.")
@click.option("--anxiety", "-a", type=int, default=None, help="Anxiety 1–10.")
@click.option("--sleep", "sleep_hours", type=float, default=None, help="Hours slept.")
@click.option("--sleep-quality", type=int, default=None, help="Sleep quality 1–5.")
@click.option("--emotion", "emotions", multiple=True, help="An emotion word (repeatable).")
@click.option("--activity", "activities", multiple=True, help="An activity (repeatable).")
@click.option("--note", default="", help="A short note.")
@click.option("--at", "when", default=None, help="When (default now), ISO 8601.")
@json_option
def mood_log(
    mood: int,
    energy: int | None,
    anxiety: int | None,
    sleep_hours: float | None,
    sleep_quality: int | None,
    emotions: tuple[str, ...],
    activities: tuple[str, ...],
    note: str,
    when: str | None,
) -> None:
    """Log how you feel: MOOD from 1 (very low) to 10 (very good)."""
    st = state()
    new = NewCheckIn(
        mood=mood,
        energy=energy,
        anxiety=anxiety,
        sleep_hours=sleep_hours,
        sleep_quality=sleep_quality,
        emotions=emotions,
        activities=activities,
        note=note,
        logged_at=parse_when(when),
    )
    with st.open_session() as session:
        checkin = session.mood.log(new)
    if st.json:
        emit_json(checkin_json(checkin))
    else:
        click.echo(f"Logged mood {checkin.mood}/10 ({checkin.id[:8]}).")


@mood_group.command("list")
@click.option("--days", default=30, show_default=True, type=click.IntRange(1, 36_500))
@click.option("--since", default=None, help="From this date (overrides --days).")
@click.option("--until", default=None)
@click.option("--limit", "-n", default=None, type=click.IntRange(1, 1_000_000))
@json_option
@format_option
def mood_list(days: int, since: str | None, until: str | None, limit: int | None) -> None:
    """List check-ins, newest first (last 30 days by default)."""
    st = state()
    with st.open_session() as session:
        start = parse_when(since) or session.clock() - timedelta(days=days)
        checkins = session.mood.list(start, parse_when(until), limit=limit)
    if st.json:
        emit_json([checkin_json(c) for c in checkins])
        return
    if not checkins:
        click.echo("No check-ins in this period.")
        return
    rows = [
        (
            c.id[:8],
            when_text(c.logged_at, c.tz_offset_min),
            c.mood,
            c.energy or "",
            c.anxiety or "",
            f"{c.sleep_hours:g}h" if c.sleep_hours is not None else "",
            ", ".join(c.emotions),
            ", ".join(c.activities),
            c.note,
        )
        for c in checkins
    ]
    headers = ("ID", "WHEN", "MOOD", "ENERGY", "ANXIETY", "SLEEP", "EMOTIONS", "ACTIVITIES", "NOTE")
    click.echo(rows_out(headers, rows, max_width=30))


@mood_group.command("edit")
@click.argument("checkin_id")
@click.option("--mood", "-m", type=int, default=None, help="Mood 1–10.")
@click.option("--energy", "-e", type=int, default=None, help="Energy 1–10.")
@click.option("--anxiety", "-a", type=int, default=None, help="Anxiety 1–10.")
@click.option("--sleep", "sleep_hours", type=float, default=None, help="Hours slept.")
@click.option("--sleep-quality", type=int, default=None, help="Sleep quality 1–5.")
@click.option("--emotion", "emotions", multiple=True, help="Replace the emotion words.")
@click.option("--activity", "activities", multiple=True, help="Replace the activities.")
@click.option("--note", default=None, help='Replace the note ("" clears it).')
@click.option("--at", "when", default=None, help="Move it to this time, ISO 8601.")
@json_option
def mood_edit(
    checkin_id: str,
    mood: int | None,
    energy: int | None,
    anxiety: int | None,
    sleep_hours: float | None,
    sleep_quality: int | None,
    emotions: tuple[str, ...],
    activities: tuple[str, ...],
    note: str | None,
    when: str | None,
) -> None:
    """Correct a check-in (CHECKIN_ID: its id or the first 8 characters `mood list` shows).

    Only the options given change; the rest stays as it was."""
    st = state()
    with st.open_session() as session:
        current = session.mood.get(checkin_id)
        new = NewCheckIn(
            mood=mood if mood is not None else current.mood,
            energy=energy if energy is not None else current.energy,
            anxiety=anxiety if anxiety is not None else current.anxiety,
            sleep_hours=sleep_hours if sleep_hours is not None else current.sleep_hours,
            sleep_quality=sleep_quality if sleep_quality is not None else current.sleep_quality,
            emotions=emotions or current.emotions,
            activities=activities or current.activities,
            note=note if note is not None else current.note,
            logged_at=parse_when(when),
        )
        checkin = session.mood.update(current.id, new)
    if st.json:
        emit_json(checkin_json(checkin))
    else:
        click.echo(f"Check-in {checkin.id[:8]} updated (mood {checkin.mood}/10).")


@mood_group.command("delete")
@click.argument("checkin_id")
@click.option("--purge", is_flag=True, help="Delete for good now, with no undo.")
@json_option
def mood_delete(checkin_id: str, purge: bool) -> None:
    """Move a check-in to the trash (restorable with `mood restore`), or --purge it."""
    st = state()
    with st.open_session() as session:
        if purge:
            full_id = session.mood.resolve_id(checkin_id)
            session.mood.purge(full_id)
        else:
            full_id = session.mood.delete(checkin_id)
    if st.json:
        emit_json({"id": full_id, "purged": purge})
    elif purge:
        click.echo(f"Check-in {full_id[:8]} deleted for good.")
    else:
        click.echo(
            f"Check-in {full_id[:8]} moved to the trash. "
            f"Undo: `neuroleaf mood restore {full_id[:8]}`."
        )


@mood_group.command("restore")
@click.argument("checkin_id")
def mood_restore(checkin_id: str) -> None:
    """Bring a check-in back from the trash."""
    with state().open_session() as session:
        full_id = session.mood.resolve_id(checkin_id)
        session.mood.restore(full_id)
    click.echo(f"Check-in {full_id[:8]} restored.")


@click.group("activities")
def activities_group() -> None:
    """The activities you can tick in a check-in."""


@activities_group.command("list")
@click.option("--all", "include_archived", is_flag=True, help="Include archived activities.")
@json_option
def activities_list(include_archived: bool) -> None:
    st = state()
    with st.open_session() as session:
        items = session.activities.list(include_archived)
        usage = session.activities.usage()
    if st.json:
        emit_json(
            [
                {
                    "name": a.name,
                    "category": a.category,
                    "archived": a.archived,
                    "uses": usage.get(a.name, 0),
                }
                for a in items
            ]
        )
        return
    rows = [
        (a.name, a.category, usage.get(a.name, 0), "archived" if a.archived else "") for a in items
    ]
    click.echo(table(("ACTIVITY", "CATEGORY", "USES", ""), rows))


@activities_group.command("add")
@click.argument("name")
@click.option("--category", default="other", show_default=True)
@json_option
def activities_add(name: str, category: str) -> None:
    st = state()
    with st.open_session() as session:
        activity = session.activities.add(name, category)
    if st.json:
        emit_json({"name": activity.name, "category": activity.category})
    else:
        click.echo(f"Added activity {activity.name!r}.")


@activities_group.command("archive")
@click.argument("name")
@click.option("--undo", is_flag=True, help="Bring an archived activity back.")
def activities_archive(name: str, undo: bool) -> None:
    """Hide an activity from the check-in panel (its history stays)."""
    with state().open_session() as session:
        session.activities.archive(name, archived=not undo)
    click.echo(f"Activity {name!r} {'restored' if undo else 'archived'}.")
