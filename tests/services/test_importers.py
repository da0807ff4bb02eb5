"""Daylio, Day One and jrnl importers on sample exports, and fuzzed: only our errors, never a
half import."""

from __future__ import annotations

import contextlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from neuroleaf_desktop.errors import ImportValidationError
from neuroleaf_desktop.services import export_service as ex
from neuroleaf_desktop.services import importers
from neuroleaf_desktop.services.importers import daylio, dayone, jrnl
from neuroleaf_desktop.services.importers import neuroleaf as nl
from neuroleaf_desktop.services.session import Session

DATA = Path(__file__).resolve().parents[1] / "data" / "importers"
DAYLIO = DATA / "daylio_export.csv"
DAYONE = DATA / "dayone_export.zip"
JRNL = DATA / "jrnl_export.json"


def test_daylio_sample() -> None:
    bundle = importers.load(DAYLIO, "daylio", tz_offset_min=60)
    assert [c.mood for c in bundle.checkins] == [10, 5, 3, 8, 1]
    assert bundle.checkins[0].activities == ("friends", "good meal", "🎸 music")
    assert bundle.checkins[-1].activities == ()
    birthday = bundle.entries[0]
    assert birthday.title == "Geburtstag 🎂"
    assert birthday.body.startswith("Dinner with Zoë") and "\nCafé crème & crêpes" in birthday.body
    assert birthday.created_at.isoformat() == "2024-03-07T20:15:00+00:00"  # 21:15 at +01:00
    assert len(bundle.entries) == 4  # the row without a note gives only a check-in
    assert '"Just one more email"' in bundle.entries[1].body and "مرحبا" in bundle.entries[1].body


def test_daylio_custom_moods_by_position(tmp_path: Path) -> None:
    path = tmp_path / "custom.csv"
    path.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2024-01-02,Jan 2,Tuesday,10:00,Stellar,,,\n2024-01-03,Jan 3,Wed,10:00,Grim,,,\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportValidationError, match=r"line 2.*'Grim' \(1×\), 'Stellar' \(1×\)"):
        importers.load(path, "daylio", tz_offset_min=0)
    names = ["stellar", "fine", "so-so", "grim", "dreadful"]
    bundle = importers.load(path, "daylio", tz_offset_min=0, moods=names)
    assert [c.mood for c in bundle.checkins] == [10, 3]


def test_dayone_sample() -> None:
    bundle = importers.load(DAYONE, "dayone")
    assert len(bundle.entries) == 3 and "not imported (1 photo)" in bundle.notes[0]
    silvester, jetlag, photo_only = bundle.entries
    assert photo_only.body == "[photo]" and photo_only.title == ""
    assert silvester.title == "Silvester 🎆" and silvester.tz_offset_min == 60
    assert "over the Rhine. Mum called at midnight - first" in silvester.body  # escapes undone
    assert silvester.tags == ("new year", "family", "journal") and silvester.starred
    assert not jetlag.starred and not photo_only.starred
    assert silvester.body.endswith("Place: Köln, Germany")
    assert jetlag.tz_offset_min == -300 and "حسنًا" in jetlag.body
    assert silvester.updated_at > silvester.created_at


def test_jrnl_sample() -> None:
    bundle = importers.load(JRNL, "jrnl", tz_offset_min=60)
    assert [e.title for e in bundle.entries] == [
        "Morning pages", "Sunday at Oma's — Käsespätzle", "Review done",
    ]  # fmt: skip
    assert bundle.entries[1].tags == ("family",) and bundle.entries[1].starred
    assert [e.starred for e in bundle.entries] == [False, True, False]
    assert bundle.entries[2].tags == ("work", "🌿")
    assert "נסיעה טובה" in bundle.entries[1].body


@pytest.mark.parametrize(("path", "fmt"), [(DAYLIO, "daylio"), (DAYONE, "dayone"), (JRNL, "jrnl")])
def test_import_then_reimport_counts_duplicates(session: Session, path: Path, fmt: str) -> None:
    bundle = importers.load(path, fmt, tz_offset_min=60)
    first = ex.import_bundle(session, bundle)
    assert first.count("entries").new == len(bundle.entries) > 0
    again = ex.import_bundle(session, importers.load(path, fmt, tz_offset_min=60))
    assert again.total_new == 0
    assert again.count("entries").duplicates == len(bundle.entries)
    assert again.count("checkins").duplicates == len(bundle.checkins)


def test_foreign_duplicate_by_content_and_time(session: Session) -> None:
    """The same entry from another source (another id) is recognised by content + time."""
    from dataclasses import replace

    bundle = importers.load(JRNL, "jrnl", tz_offset_min=60)
    ex.import_bundle(session, bundle)
    bundle.entries = [replace(e, id=e.id[:-4] + "ffff") for e in bundle.entries]
    report = ex.import_bundle(session, bundle)
    assert report.count("entries").new == 0 and report.count("entries").duplicates == 3


def test_errors_name_file_record_and_reason(tmp_path: Path) -> None:
    bad = tmp_path / "j.json"
    doc = json.loads(JRNL.read_text(encoding="utf-8"))
    doc["entries"][2]["date"] = "2024-13-45"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ImportValidationError) as info:
        importers.load(bad, "jrnl")
    assert info.value.file == str(bad) and info.value.record == "entries[2]"
    assert "month must be in 1..12" in info.value.reason
    with pytest.raises(ImportValidationError, match=r"entries\[0\]: the field 'uuid' is missing"):
        importers.load(JRNL, "dayone")
    other = tmp_path / "other.json"
    other.write_text('{"items": []}', encoding="utf-8")
    with pytest.raises(ImportValidationError, match="not a Day One"):
        importers.load(other, "dayone")
    with pytest.raises(ImportValidationError, match="does not look like a Daylio CSV"):
        importers.load(JRNL, "daylio")


# ---- fuzzing ---------------------------------------------------------------------------------
def _mutate(data: bytes, flips: list[tuple[int, int]], cut: int | None) -> bytes:
    buf = bytearray(data)
    for pos, value in flips:
        if buf:
            buf[pos % len(buf)] = value
    return bytes(buf[:cut] if cut is not None else buf)


def _zip_with(journal: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("Journal.json", journal)
    return out.getvalue()


SAMPLES = {
    "daylio": DAYLIO.read_bytes(),
    "jrnl": JRNL.read_bytes(),
    "dayone": DAYONE.read_bytes(),
    "dayone-json": zipfile.ZipFile(DAYONE).read("Journal.json"),
}
mutations = st.tuples(
    st.sampled_from(sorted(SAMPLES)),
    st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)), max_size=6),
    st.none() | st.integers(0, 4000),
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(case=mutations, raw=st.binary(max_size=300), use_raw=st.booleans())
def test_fuzz_importers_raise_only_our_errors(
    tmp_path: Path, case: tuple[str, list[tuple[int, int]], int | None], raw: bytes, use_raw: bool
) -> None:
    name, flips, cut = case
    data = raw if use_raw else _mutate(SAMPLES[name], flips, cut)
    if name == "dayone-json":
        data = _zip_with(data)
    fmt = "dayone" if name.startswith("dayone") else name
    path = tmp_path / f"fuzz.{fmt}"
    path.write_bytes(data)
    try:
        bundle = importers.load(path, fmt, tz_offset_min=0)
    except ImportValidationError as exc:
        assert exc.file == str(path) and exc.user_message
        return
    for entry in bundle.entries:
        assert entry.title or entry.body.strip()


def test_fuzzed_file_leaves_vault_unchanged(session: Session, tmp_path: Path) -> None:
    """A file that fails anywhere (here: its last record) changes nothing, for every format."""
    before = ex.content_of(ex.build_export(session))
    rows = DAYLIO.read_text(encoding="utf-8") + "2024-03-08,x,y,25:99,rad,,,\n"
    cases = {
        "daylio": rows.encode(),
        "jrnl": JRNL.read_bytes().replace(b'"18:03"', b'"18:3x"'),
        "dayone": _zip_with(
            SAMPLES["dayone-json"].replace(b'"2024-01-03T06:15:00Z"', b'"never"', 1)
        ),
    }
    for fmt, data in cases.items():
        path = tmp_path / f"bad.{fmt}"
        path.write_bytes(data)
        with pytest.raises(ImportValidationError):
            bundle = importers.load(path, fmt, tz_offset_min=0)
            ex.import_bundle(session, bundle)
    assert ex.content_of(ex.build_export(session)) == before


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=400))
def test_fuzz_neuroleaf_loader(data: bytes) -> None:
    with contextlib.suppress(ImportValidationError):
        nl.loads(data, "f.json")


def test_importers_module_surface() -> None:
    assert set(importers.FORMATS) == {"neuroleaf", "daylio", "dayone", "jrnl", "notes"}
    assert daylio.mood_scale(None) == {"rad": 10, "good": 8, "meh": 5, "bad": 3, "awful": 1}
    assert dayone.load and jrnl.load
