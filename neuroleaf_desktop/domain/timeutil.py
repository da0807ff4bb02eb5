"""Time helpers. Everything is stored in UTC plus the writer's local UTC offset.

Why both: the UTC instant orders entries correctly across travel and DST; the offset lets us
show "written at 23:40 your time" and bucket by the local day the person lived.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from neuroleaf_desktop.errors import ValidationError


def utc_now() -> datetime:
    return datetime.now(UTC)


def local_offset_minutes(at: datetime | None = None) -> int:
    """The machine's UTC offset in minutes at ``at`` (default now)."""
    moment = (at or utc_now()).astimezone()
    offset = moment.utcoffset() or timedelta(0)
    return int(offset.total_seconds() // 60)


def to_iso(moment: datetime) -> str:
    """Canonical UTC text form, sortable as a string: 2026-11-25T09:00:00.000000Z."""
    if moment.tzinfo is None:
        raise ValueError("naive datetimes are not stored")
    utc = moment.astimezone(UTC)
    # the year is written with four digits by hand: strftime's %Y drops leading zeros on some
    # platforms, and the text must stay sortable and readable by from_iso
    return f"{utc.year:04d}" + utc.strftime("-%m-%dT%H:%M:%S.%fZ")


def from_iso(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def local_time(moment_utc: datetime, offset_min: int) -> datetime:
    """The wall-clock time the writer saw."""
    return moment_utc.astimezone(timezone(timedelta(minutes=offset_min)))


def local_date(moment_utc: datetime, offset_min: int) -> date:
    return local_time(moment_utc, offset_min).date()


def parse_user_datetime(text: str, *, default_offset_min: int | None = None) -> datetime:
    """Parse a date or date-time typed by a person (ISO 8601) into an aware datetime.

    A bare date means noon local time (a check-in "for that day"); a time without an offset is
    taken as local time. Invalid input raises a ValidationError with an example of what works.
    """
    raw = text.strip()
    try:
        if len(raw) == 10:
            parsed = datetime.combine(date.fromisoformat(raw), datetime.min.time()).replace(hour=12)
        else:
            parsed = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise ValidationError(
            f"'{text}' is not a date I understand. Use e.g. 2026-11-25 or 2026-11-25T21:30."
        ) from None
    if parsed.tzinfo is None:
        offset = (
            default_offset_min
            if default_offset_min is not None
            else local_offset_minutes(parsed.astimezone())
        )
        parsed = parsed.replace(tzinfo=timezone(timedelta(minutes=offset)))
    return parsed


def offset_of(moment: datetime) -> int:
    off = moment.utcoffset() or timedelta(0)
    return int(off.total_seconds() // 60)
