"""Stars from other journals: Day One's ``"starred": true`` and jrnl's ``starred`` / ``*``
star the entry with NeuroLeaf's own star; nothing else does, and no tag "starred" appears."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from neuroleaf_desktop.domain.filters import EntryFilter
from neuroleaf_desktop.services import export_service as ex
from neuroleaf_desktop.services import importers
from neuroleaf_desktop.services.importers import jrnl
from neuroleaf_desktop.services.session import Session


def _dayone(tmp_path: Path, entries: list[dict[str, Any]]) -> Path:
    path = tmp_path / "Travel.json"
    doc = {"metadata": {"version": "1.0"}, "entries": entries}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _day_one_entry(uuid: str, text: str, **extra: Any) -> dict[str, Any]:
    return {
        "uuid": uuid,
        "creationDate": "2024-08-14T17:05:00Z",
        "text": text,
        "timeZone": "Europe/Lisbon",
        **extra,
    }


def test_day_one_star_is_the_flag_not_a_tag(tmp_path: Path) -> None:
    path = _dayone(
        tmp_path,
        [
            _day_one_entry("A1", "# Tram 28\nUp the hill at dusk", starred=True, tags=["city"]),
            _day_one_entry("A2", "# Laundry\nNothing to note", starred=False),
            _day_one_entry("A3", "# Sardines\nGrilled by the harbour"),  # no field at all
            _day_one_entry("A4", "# Fado\nA voice in the alley", starred="true"),  # not a bool
            _day_one_entry("A5", "# Pinned note\nAlways on top", isPinned=True),
        ],
    )
    bundle = importers.load(path, "dayone")
    by_title = {e.title: e for e in bundle.entries}
    assert by_title["Tram 28"].starred and by_title["Tram 28"].tags == ("city", "travel")
    for plain in ("Laundry", "Sardines", "Fado", "Pinned note"):
        assert not by_title[plain].starred, plain
    assert all("starred" not in e.tags for e in bundle.entries)
    assert "pinned" in by_title["Pinned note"].tags  # a pin is still a tag: not a star


def test_jrnl_json_star_is_the_flag(tmp_path: Path) -> None:
    doc = {
        "tags": {"@garden": 1},
        "entries": [
            {"date": "2023-05-02", "time": "07:15", "title": "First radish.",
             "body": "Tiny and hot @garden", "tags": ["@garden"], "starred": True},
            {"date": "2023-05-03", "time": "07:20", "title": "Rain.", "body": "",
             "tags": [], "starred": False},
        ],
    }  # fmt: skip
    path = tmp_path / "jrnl.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    radish, rain = importers.load(path, "jrnl", tz_offset_min=0).entries
    assert radish.starred and radish.tags == ("garden",)
    assert not rain.starred and rain.tags == ()


def test_jrnl_text_star_marker_at_either_end_of_the_title_line() -> None:
    text = (
        "[2022-11-20 21:00] Met the new neighbours. They brought soup *\n"
        "\n"
        "[2022-11-21 08:10] * Frost on the car.\n"
        "\n"
        "[2022-11-22 19:45] Read *Middlemarch* again. Slow going.\n"
        "\n"
        "[2022-11-23 12:00] Lunch 2*3 tables booked.\n"
    )
    entries = jrnl.parse(text, "journal.txt", tz_offset_min=0).entries
    assert [e.starred for e in entries] == [True, True, False, False]
    assert entries[0].title == "Met the new neighbours." and "starred" not in entries[0].tags
    assert entries[1].title == "Frost on the car."
    assert entries[2].title == "Read *Middlemarch* again."  # emphasis is not a star


def test_an_imported_star_is_stored_and_a_reimport_never_unstars(
    session: Session, tmp_path: Path
) -> None:
    entry = _day_one_entry("B1", "# Wedding\nDancing till two", starred=True)
    path = _dayone(tmp_path, [entry, _day_one_entry("B2", "# Commute\nLate train")])
    ex.import_bundle(session, importers.load(path, "dayone"))
    assert [e.title for e in session.journal.list(EntryFilter(starred=True))] == ["Wedding"]
    commute = next(e for e in session.journal.list() if e.title == "Commute")
    session.journal.set_starred(commute.id, True)  # starred here, not in Day One
    edited = [
        _day_one_entry("B1", "# Wedding\nDancing till three", starred=True),
        _day_one_entry("B2", "# Commute\nLate train, again"),
    ]
    report = ex.import_bundle(session, importers.load(_dayone(tmp_path, edited), "dayone"))
    assert report.count("entries").updated == 2
    stored = {e.title: e for e in session.journal.list()}
    assert stored["Wedding"].body == "Dancing till three" and stored["Wedding"].starred
    assert stored["Commute"].body == "Late train, again" and stored["Commute"].starred


def test_a_star_added_in_the_other_app_alone_is_an_update_and_the_only_change(
    session: Session, tmp_path: Path
) -> None:
    # the text unchanged, the star new in Day One: the re-import stars the entry (one update);
    # an entry starred here and unstarred there is left as it is (a duplicate, still starred)
    first = [_day_one_entry("C1", "# Harbour\nBoats in"), _day_one_entry("C2", "# Market\nFigs")]
    ex.import_bundle(session, importers.load(_dayone(tmp_path, first), "dayone"))
    market = next(e for e in session.journal.list() if e.title == "Market")
    session.journal.set_starred(market.id, True)
    before = {e.title: e for e in session.journal.list()}
    again = [
        _day_one_entry("C1", "# Harbour\nBoats in", starred=True),
        _day_one_entry("C2", "# Market\nFigs"),
    ]
    report = ex.import_bundle(session, importers.load(_dayone(tmp_path, again), "dayone"))
    count = report.count("entries")
    assert (count.new, count.updated, count.duplicates) == (0, 1, 1)
    after = {e.title: e for e in session.journal.list()}
    assert after["Harbour"].starred and after["Market"].starred
    assert after["Harbour"].body == before["Harbour"].body == "Boats in"
    assert len(after) == 2
