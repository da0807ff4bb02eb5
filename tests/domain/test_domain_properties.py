"""Property tests (hypothesis) for the pure domain rules."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from neuroleaf_desktop.domain import validation as v
from neuroleaf_desktop.domain.passphrase import estimate_strength
from neuroleaf_desktop.domain.search_query import to_fts_query
from neuroleaf_desktop.domain.timeutil import from_iso, local_date, to_iso
from neuroleaf_desktop.errors import ValidationError, WrongRecoveryKeyError
from neuroleaf_desktop.storage import crypto
from neuroleaf_desktop.storage.throttle import MAX_DELAY_S, delay_after

_FTS = sqlite3.connect(":memory:")
_FTS.execute("CREATE VIRTUAL TABLE f USING fts5(a, tokenize='unicode61 remove_diacritics 2')")
_FTS.execute("INSERT INTO f VALUES ('some words here')")


@given(st.text(max_size=200))
def test_any_typed_search_is_valid_fts5(text: str) -> None:
    query = to_fts_query(text)
    if query:
        _FTS.execute("SELECT count(*) FROM f WHERE f MATCH ?", (query,)).fetchone()


@given(st.text(alphabet=st.characters(categories=["L", "N"]), min_size=2, max_size=12))
def test_a_stored_word_is_found_by_itself(word: str) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE f USING fts5(a, tokenize='unicode61 remove_diacritics 2')")
    # Stored as the app stores it (NFC): compatibility ideographs such as U+2F800 normalise.
    conn.execute("INSERT INTO f VALUES (?)", (v.clean_body(f"before {word} after"),))
    query = to_fts_query(word)
    if query:
        assert conn.execute("SELECT count(*) FROM f WHERE f MATCH ?", (query,)).fetchone()[0] == 1


@given(
    st.datetimes(
        min_value=datetime(1970, 1, 2), max_value=datetime(2200, 1, 1), timezones=st.timezones()
    )
)
def test_iso_round_trip_is_exact_and_sortable(moment: datetime) -> None:
    text = to_iso(moment)
    assert from_iso(text) == moment.astimezone(UTC)  # same instant (fold-aware)
    later = moment.astimezone(UTC) + timedelta(microseconds=1)  # instant arithmetic, not wall
    assert to_iso(later) > text


@given(
    st.datetimes(min_value=datetime(2000, 1, 2), max_value=datetime(2100, 1, 1)),
    st.integers(min_value=-12 * 60, max_value=14 * 60),
)
def test_local_date_matches_wall_clock(naive: datetime, offset: int) -> None:
    local = naive.replace(tzinfo=timezone(timedelta(minutes=offset)))
    assert local_date(local.astimezone(UTC), offset) == naive.date()


@given(st.lists(st.text(min_size=1, max_size=20), max_size=20))
def test_clean_labels_is_idempotent_and_unique(labels: list[str]) -> None:
    try:
        cleaned = v.clean_labels(labels, what="tag")
    except ValidationError:
        return
    assert len(set(cleaned)) == len(cleaned)
    assert v.clean_labels(cleaned, what="tag") == cleaned
    assert all(t == t.lower() and t.strip() == t and t for t in cleaned)


@given(st.one_of(st.integers(-100, 100), st.none()))
def test_scale_accepts_exactly_1_to_10(value: int | None) -> None:
    if value is None or 1 <= value <= 10:
        v.check_scale(value, "mood")
    else:
        with pytest.raises(ValidationError):
            v.check_scale(value, "mood")


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_sleep_hours_range(hours: float) -> None:
    if 0 <= hours <= 24:
        v.check_sleep_hours(hours)
    else:
        with pytest.raises(ValidationError):
            v.check_sleep_hours(hours)


@given(st.integers(0, 100))
def test_backoff_is_monotonic_and_capped(failures: int) -> None:
    assert 0 <= delay_after(failures) <= MAX_DELAY_S
    assert delay_after(failures + 1) >= delay_after(failures)


@settings(max_examples=30)
@given(st.data())
def test_recovery_key_round_trip_and_single_typos(data: st.DataObject) -> None:
    key = crypto.new_recovery_key()
    secret = crypto.parse_recovery_key(key)
    assert crypto.parse_recovery_key(key.lower().replace("-", " ")) == secret
    compact = key.replace("-", "")
    pos = data.draw(st.integers(0, len(compact) - 1))
    replacement = data.draw(st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))
    if replacement == compact[pos]:
        return
    typo = compact[:pos] + replacement + compact[pos + 1 :]
    with contextlib.suppress(WrongRecoveryKeyError):  # usual: the checksum catches it
        assert crypto.parse_recovery_key(typo) != secret


@given(st.text(max_size=40))
def test_strength_estimate_is_bounded(text: str) -> None:
    strength = estimate_strength(text)
    assert 0 <= strength.score <= 4
    assert strength.acceptable == (
        len(text) >= 10
        and text.lower()
        not in {"password123", "1234567890", "qwertyuiop", "welcome123", "letmein123", "journal123"}
    )
