"""Importers on the shapes real exports come in: every Daylio CSV generation in several
languages, renamed moods, scales, the ``.daylio`` backup, jrnl's plain text and 1.x JSON, Day
One zips with folders and unzipped folders, edited re-imports, and inputs that must be refused
early and in words a person understands."""

from __future__ import annotations

import base64
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
from neuroleaf_desktop.services.importers import daylio_moods, jrnl_text, updates
from neuroleaf_desktop.services.session import Session

DATA = Path(__file__).resolve().parents[1] / "data" / "importers"
CUSTOM = DATA / "daylio_2022_en_custom.csv"
CUSTOM_MAP = {"grand": 5, "grand, really": 5, "Not so good [-]": 2, "shite": 1, "sick": 2}


def _local(moment_utc: object, offset: int) -> str:
    from datetime import timedelta

    assert hasattr(moment_utc, "isoformat")
    return (moment_utc + timedelta(minutes=offset)).strftime("%Y-%m-%d %H:%M")  # type: ignore[operator]


# ---- Daylio CSV ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "checkins", "entries", "moods", "first_local"),
    [
        ("daylio_2020_de_no_title.csv", 5, 4, [10, 8, 5, 3, 1], "2020-03-15 21:30"),
        ("daylio_2018_pl_old.csv", 5, 3, [10, 5, 3, 8, 1], "2018-09-07 21:04"),
        ("daylio_2017_en_old.csv", 3, 2, [10, 5, 1], "2017-06-22 21:45"),
        ("daylio_2023_zh.csv", 3, 2, [10, 5, 1], "2023-06-22 20:30"),
        ("daylio_2021_he.csv", 3, 2, [10, 5, 3], "2021-09-16 20:15"),
    ],
)
def test_daylio_generations_and_languages(
    name: str, checkins: int, entries: int, moods: list[int], first_local: str
) -> None:
    bundle = importers.load(DATA / name, "auto", tz_offset_min=60)
    assert bundle.source_format == "daylio"
    assert [c.mood for c in bundle.checkins] == moods
    assert len(bundle.checkins) == checkins and len(bundle.entries) == entries
    assert _local(bundle.checkins[0].logged_at, 60) == first_local
    assert all(m.how == "default name" for m in bundle.moods)


def test_daylio_old_generation_details() -> None:
    pl = importers.load(DATA / "daylio_2018_pl_old.csv", "daylio", tz_offset_min=0)
    assert pl.checkins[0].activities == ("przyjaciele", "piwo")
    assert _local(pl.checkins[-1].logged_at, 0) == "2017-12-24 20:00"  # "24 grudnia", 2017
    en = importers.load(DATA / "daylio_2017_en_old.csv", "daylio", tz_offset_min=0)
    assert _local(en.checkins[2].logged_at, 0) == "2017-06-21 00:00"  # 12:00 AM is midnight
    de = importers.load(DATA / "daylio_2020_de_no_title.csv", "daylio", tz_offset_min=0)
    assert de.entries[2].body == 'Zug ausgefallen; „typisch".'  # CRLF file, quotes kept
    assert all(e.title == "" for e in de.entries)  # the 2019–2020 CSV has no note_title


def test_daylio_unknown_moods_are_all_listed_with_counts() -> None:
    with pytest.raises(ImportValidationError) as info:
        importers.load(CUSTOM, "daylio", tz_offset_min=0)
    message = info.value.user_message
    assert info.value.record == "line 2"
    assert "5 mood names are not Daylio's defaults" in message
    for listed in ("'grand' (2×)", "'grand, really' (1×)", "'Not so good [-]' (1×)",
                   "'shite' (1×)", "'Sick' (1×)"):  # fmt: skip
        assert listed in message
    assert "'rad'" not in message  # a default name is known, not asked about
    assert "Nothing was imported." in message
    preview = importers.load(CUSTOM, "daylio", tz_offset_min=0, allow_unmapped=True)
    assert {m.name: m.count for m in preview.unmapped_moods} == {
        "grand": 2, "grand, really": 1, "Not so good [-]": 1, "shite": 1, "Sick": 1,
    }  # fmt: skip
    assert len(preview.checkins) == 1 and "6 Daylio entries wait" in preview.notes[0]


def test_daylio_mood_map_scales_and_html() -> None:
    bundle = importers.load(CUSTOM, "daylio", tz_offset_min=0, mood_map=CUSTOM_MAP)
    assert [c.mood for c in bundle.checkins] == [10, 3, 1, 10, 10, 3, 10]
    first = bundle.checkins[0]
    assert (first.sleep_hours, first.sleep_quality) == (7.5, 4)  # 8/10 points, 7:30
    assert (bundle.checkins[1].sleep_hours, bundle.checkins[1].sleep_quality) == (5.25, 2)
    assert bundle.checkins[5].sleep_hours == 10.0 and bundle.checkins[5].sleep_quality is None
    assert _local(first.logged_at, 0) == "2022-11-03 23:40"  # 11:40 PM, BOM-prefixed header
    assert first.activities == ("gym", "friends", "pizza 🍕")
    assert bundle.entries[0].body == "First leg day in a month.\nEverything hurts & I love it."
    assert any("Stress (1×)" in note for note in bundle.notes)
    how = {m.name: (m.level, m.mood, m.how) for m in bundle.moods}
    assert how["Sick"] == (2, 3, "your mapping") and how["rad"] == (5, 10, "default name")


def test_mood_map_syntax() -> None:
    assert daylio_moods.parse_mapping(["grand, really=5", "a=b=rad", " Tak  Sobie = 3"]) == {
        "grand,really": 5, "a=b": 5, "taksobie": 3,
    }  # fmt: skip
    for bad, words in (("grand", "NAME=LEVEL"), ("grand=7", "not 1–5"), ("=3", "NAME=LEVEL")):
        with pytest.raises(ValueError, match=words):
            daylio_moods.parse_mapping([bad])


def test_mood_map_file(tmp_path: Path) -> None:
    path = tmp_path / "moods.txt"
    path.write_text("# my moods\ngrand, really = 5\n\nshite=awful\n", encoding="utf-8")
    assert daylio_moods.read_mapping_file(path) == {"grand,really": 5, "shite": 1}
    path.write_text("grand=11\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"moods.txt.*not 1–5"):
        daylio_moods.read_mapping_file(path)


def test_default_mood_names_cover_languages_and_are_unambiguous() -> None:
    assert set(daylio_moods.LANGUAGES) >= {
        "en", "de", "es", "fr", "it", "pt", "pl", "ru", "nl", "cs", "tr", "ja", "zh", "ko",
    }  # fmt: skip
    seen: dict[str, int] = {}
    for levels in daylio_moods._DEFAULTS.values():
        assert len(levels) == 5
        for index, names in enumerate(levels):
            for name in names:
                key = daylio_moods.normalize(name)
                assert seen.setdefault(key, 5 - index) == 5 - index, name
    resolver = daylio_moods.MoodResolver()
    assert resolver.resolve("TAK  SOBIE")[:2] == (3, 5)
    assert resolver.resolve("Wspaniale")[:2] == (5, 10)


def test_a_long_note_is_one_field(tmp_path: Path) -> None:
    note = "Lange Notiz. " * 20_000  # 260 KB, over the csv module's default field limit
    path = tmp_path / "long.csv"
    path.write_text("full_date,date,weekday,time,mood,activities,note_title,note\n"
                    f'2024-01-01,a,b,10:00,rad,,,"{note}"\n', encoding="utf-8")  # fmt: skip
    assert importers.load(path, "daylio", tz_offset_min=0).entries[0].body == note.strip()


def test_right_to_left_marks_are_ignored(tmp_path: Path) -> None:
    rlm = "\u200f"
    path = tmp_path / "he.csv"
    path.write_text("year,date,weekday,time,mood,activities,note\n"
                    f"{rlm}2021,{rlm}16 בספט׳,יום ה׳,{rlm}20:15,{rlm}מעולה{rlm},משפחה,\n",
                    encoding="utf-8")  # fmt: skip
    (checkin,) = importers.load(path, "daylio", tz_offset_min=0).checkins
    assert (_local(checkin.logged_at, 0), checkin.mood) == ("2021-09-16 20:15", 10)


def test_spreadsheet_resave_with_semicolons(tmp_path: Path) -> None:
    path = tmp_path / "resaved.csv"
    path.write_text("full_date;date;weekday;time;mood;activities;note_title;note\n"
                    '2022-11-03;3. November;Do;23:40;gut;Sport | Freunde;;"Ein Satz, mit Komma"\n',
                    encoding="utf-8")  # fmt: skip
    bundle = importers.load(path, "auto", tz_offset_min=0)
    assert bundle.checkins[0].mood == 8 and bundle.checkins[0].activities == ("sport", "freunde")
    assert bundle.entries[0].body == "Ein Satz, mit Komma"


def test_overlong_activities_are_fitted_not_refused(tmp_path: Path) -> None:
    acts = " | ".join(f"act{i}" for i in range(60)) + " | " + "x" * 60
    path = tmp_path / "many.csv"
    path.write_text("full_date,date,weekday,time,mood,activities,note_title,note\n"
                    f'2024-01-01,a,b,10:00,rad,"{acts}",,\n', encoding="utf-8")  # fmt: skip
    bundle = importers.load(path, "daylio", tz_offset_min=0)
    assert len(bundle.checkins[0].activities) == 50
    assert bundle.notes == ["Left out 11 activities of check-ins with more than 50.",
                            "Shortened 1 activity names to 40 characters."]  # fmt: skip


def test_headerless_csv_and_human_errors(tmp_path: Path) -> None:
    with pytest.raises(ImportValidationError, match="the first line is not a header"):
        importers.load(DATA / "daylio_headerless.csv", "auto")
    bad = tmp_path / "empty-date.csv"
    bad.write_text("full_date,date,weekday,time,mood,activities,note_title,note\n"
                   ",June 1,Monday,10:00,rad,,,\n", encoding="utf-8")  # fmt: skip
    with pytest.raises(ImportValidationError) as info:
        importers.load(bad, "daylio")
    assert info.value.record == "line 2" and "the date is empty" in info.value.reason
    assert "isoformat" not in info.value.user_message


# ---- Daylio backup ---------------------------------------------------------------------------
BACKUP = DATA / "daylio_backup_es.daylio"


def test_daylio_backup_maps_moods_itself() -> None:
    bundle = importers.load(BACKUP, "auto")
    assert bundle.source_format == "daylio" and not bundle.unmapped_moods
    levels = {m.name: (m.level, m.how) for m in bundle.moods}
    assert levels["grand, really"] == (5, "from the backup")
    assert levels["Not so good [-]"] == (2, "from the backup")
    assert levels["como siempre"] == (3, "from the backup")
    assert [c.mood for c in bundle.checkins] == [10, 5, 1, 3]
    first = bundle.checkins[0]
    assert first.tz_offset_min == 60 and _local(first.logged_at, 60) == "2023-12-24 21:05"
    assert first.activities == ("familia", "café ☕")
    assert bundle.entries[0].title == "Nochebuena"
    assert bundle.entries[0].body == "Toda la familia junta.\n¡Por fin!"
    assert "The backup holds 1 attached file (photos); they were not imported" in bundle.notes[-1]


def test_backup_and_csv_of_the_same_entry_share_ids(tmp_path: Path) -> None:
    csv_path = tmp_path / "same.csv"
    csv_path.write_text("full_date,date,weekday,time,mood,activities,note_title,note\n"
                        '2023-12-24,December 24,Sunday,9:05 PM,"grand, really",familia | café ☕,'
                        "Nochebuena,Toda la familia junta.<br>¡Por fin!\n",
                        encoding="utf-8")  # fmt: skip
    from_csv = importers.load(csv_path, "daylio", tz_offset_min=60, mood_map={"grand, really": 5})
    from_backup = importers.load(BACKUP, "daylio")
    assert from_csv.checkins[0].id == from_backup.checkins[0].id
    assert from_csv.entries[0] == from_backup.entries[0]


def _backup_with(payload: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("backup.daylio", payload)
    return out.getvalue()


def test_backup_decoding_is_tolerant_and_refusals_are_clear(tmp_path: Path) -> None:
    doc = json.loads(base64.b64decode(zipfile.ZipFile(BACKUP).read("backup.daylio")))
    raw = base64.b64encode(json.dumps(doc).encode()).rstrip(b"=")
    wrapped = b"\n".join(raw[i : i + 76] for i in range(0, len(raw), 76))  # MIME-style lines
    path = tmp_path / "wrapped.daylio"
    path.write_bytes(_backup_with(wrapped))
    assert len(importers.load(path, "daylio").checkins) == 4
    path.write_bytes(_backup_with(b"%%% not base64 %%%"))
    with pytest.raises(ImportValidationError, match="neither base64 nor JSON"):
        importers.load(path, "daylio")
    older = dict(doc, customMoods=[m for m in doc["customMoods"] if m["id"] > 5])
    path.write_bytes(_backup_with(base64.b64encode(json.dumps(older).encode())))
    assert [c.mood for c in importers.load(path, "daylio").checkins] == [10, 5, 1, 3]
    instants = json.loads(json.dumps(doc))
    for item in instants["dayEntries"]:  # only the instant and the offset
        for key in ("year", "month", "day", "hour", "minute"):
            del item[key]
    path.write_bytes(_backup_with(base64.b64encode(json.dumps(instants).encode())))
    again = importers.load(path, "daylio")
    assert [c.logged_at for c in again.checkins] == [
        c.logged_at for c in importers.load(BACKUP, "daylio").checkins
    ]
    doc["dayEntries"][1]["mood"] = 99
    path.write_bytes(_backup_with(base64.b64encode(json.dumps(doc).encode())))
    with pytest.raises(ImportValidationError, match=r"dayEntries\[1\].*mood \(id 99\)"):
        importers.load(path, "daylio")


# ---- jrnl ------------------------------------------------------------------------------------
def test_jrnl_plain_text() -> None:
    bundle = importers.load(DATA / "jrnl_journal.txt", "auto", tz_offset_min=0)
    assert bundle.source_format == "jrnl"
    idea, coffee, sleepless, second = bundle.entries
    assert idea.title == "I have an @idea." and idea.tags == ("idea", "jrnl")
    assert idea.body.startswith("Why not make a journal app") and "outlives" in idea.body
    assert coffee.title == "Coffee with @anna" and coffee.starred and "starred" not in coffee.tags
    assert "- ask about remote work" in coffee.body
    assert sleepless.title == "Couldn't sleep!?"
    assert second.created_at == sleepless.created_at and second.id != sleepless.id
    assert second.tags == ()  # an e-mail address is not a tag


def test_jrnl_other_stamp_styles() -> None:
    de = importers.load(DATA / "jrnl_journal_de.txt", "jrnl", tz_offset_min=120)
    assert [_local(e.created_at, 120) for e in de.entries] == [
        "2013-06-09 15:39", "2013-06-13 07:10", "2013-07-01 21:00",
    ]  # fmt: skip
    assert de.entries[1].title == "Müde" and de.entries[1].tags == ("arbeit",)
    assert de.entries[1].starred and not de.entries[0].starred
    old = importers.load(DATA / "jrnl_journal_old.txt", "jrnl", tz_offset_min=0)
    assert [e.title for e in old.entries] == ["Called in sick.",
                                              "Solved the animal-sorting problem."]  # fmt: skip
    entries = jrnl_text.parse_text("[04/13/2013 03:39 PM] US style. Body\n\n"
                                   "[05/01/2013 09:00 AM] Next.\n"
                                   "[2020-01-01 09:00:00 PM] jrnl 2 default.\n"
                                   "[Jan 05, 2021 07:00 AM] Words.")  # fmt: skip
    assert [e.local.isoformat() for e in entries] == [
        "2013-04-13T15:39:00", "2013-05-01T09:00:00", "2020-01-01T21:00:00", "2021-01-05T07:00:00",
    ]  # fmt: skip


def test_jrnl_1x_json_tags_from_the_top_level_map() -> None:
    bundle = importers.load(DATA / "jrnl_1x.json", "auto", tz_offset_min=0)
    assert bundle.entries[0].tags == ("work",)  # "@workshop" is not "@work"
    assert bundle.entries[1].tags == ("work", "oma") and bundle.entries[1].starred
    assert not bundle.entries[0].starred


def test_jrnl_refusals(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Dear diary,\nnothing here has a date.\n", encoding="utf-8")
    with pytest.raises(ImportValidationError, match="no jrnl entries found"):
        importers.load(path, "jrnl")
    path.write_text("preface\n[2013-04-09 15:39] Entry.\n", encoding="utf-8")
    with pytest.raises(ImportValidationError) as info:
        importers.load(path, "jrnl")
    assert info.value.record == "line 1" and "first one is on line 2" in info.value.reason


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.datetimes(min_value=__import__("datetime").datetime(1990, 1, 1),
                         max_value=__import__("datetime").datetime(2060, 1, 1)),
            st.text(st.characters(codec="utf-8", categories=["L", "N"]), min_size=1, max_size=20),
            st.text(st.characters(codec="utf-8", categories=["L", "N", "Zs"]), max_size=60),
            st.booleans(),
        ),
        min_size=1,
        max_size=6,
    )
)  # fmt: skip
def test_jrnl_text_round_trip(items: list[tuple[object, str, str, bool]]) -> None:
    """Whatever jrnl writes (stamp, title sentence, body lines, star) reads back as written."""
    lines = []
    for moment, title, body, starred in items:
        stamp = moment.strftime("%Y-%m-%d %H:%M")  # type: ignore[attr-defined]
        lines.append(f"[{stamp}] {title}.{' *' if starred else ''}")
        lines.append(body.strip() or "-")
        lines.append("")
    entries = jrnl_text.parse_text("\n".join(lines))
    assert [e.title for e in entries] == [f"{t}." for _m, t, _b, _s in items]
    assert [e.starred for e in entries] == [s for *_rest, s in items]
    assert [e.body for e in entries] == [b.strip() or "-" for _m, _t, b, _s in items]


# ---- Day One ---------------------------------------------------------------------------------
def test_dayone_nested_zip_and_folder_agree() -> None:
    zipped = importers.load(DATA / "dayone_nested.zip", "auto")
    folder = importers.load(DATA / "dayone_folder", "auto")
    assert zipped.entries == folder.entries and zipped.source_format == "dayone"
    tatry, photo_only, pdf = zipped.entries
    assert tatry.title == "Tatry" and tatry.tz_offset_min == 120
    assert tatry.body.startswith("[photo]\n\nThe lake was still frozen.")
    assert "[audio]" in tatry.body and "](dayone-moment" not in tatry.body
    assert tatry.body.endswith(
        "Place: Morskie Oko, Zakopane, Małopolskie, Poland · Weather: Partly Cloudy, 12 °C"
    )
    assert tatry.tags == ("wycieczka", "reisen", "pinned")
    assert photo_only.body == "[photo]" and photo_only.tz_offset_min == 480
    assert pdf.body.endswith("[PDF]") and pdf.body.startswith("בוקר טוב.")
    assert zipped.notes == [
        "Day One attachments were not imported (2 photos, 1 audio, 1 PDF); they stay in the "
        "Day One export, and the entries mark where they were with [photo], [audio], [PDF]."
    ]


def test_dayone_older_reference_styles_and_labels(tmp_path: Path) -> None:
    entry = {
        "uuid": "E1", "creationDate": "2019-05-01T10:00:00Z", "timeZone": "Europe/Madrid",
        "text": "## Un día\n\nAntes\ndayone-moment://abc\nDespués [[dayone-moment:/video/V1]] "
                "![](dayone-external:/audio/aGVsbG8=)",
        "photos": [{"identifier": "ABC"}], "videos": [{"identifier": "V1"}],
        "location": {"userLabel": "Casa de la abuela", "localityName": "Sevilla"},
    }  # fmt: skip
    path = tmp_path / "Diario.json"
    path.write_text(json.dumps({"metadata": {}, "entries": [entry]}), encoding="utf-8")
    (only,) = importers.load(path, "auto").entries
    assert only.title == "Un día"
    assert only.body == ("Antes\n[photo]\nDespués [video] [audio]\n\n"
                         "Place: Casa de la abuela, Sevilla")  # fmt: skip
    assert only.tags == ("diario",)


def test_dayone_refusals(tmp_path: Path) -> None:
    empty_zip = tmp_path / "export.zip"
    with zipfile.ZipFile(empty_zip, "w") as archive:
        archive.writestr("photos/a.jpeg", b"x")
    with pytest.raises(ImportValidationError, match="holds no Day One journal"):
        importers.load(empty_zip, "dayone")
    folder = tmp_path / "folder"
    folder.mkdir()
    with pytest.raises(ImportValidationError, match="folder holds no Day One journal"):
        importers.load(folder, "dayone")


# ---- updates on re-import --------------------------------------------------------------------
def test_edited_daylio_note_updates_the_earlier_import(session: Session, tmp_path: Path) -> None:
    first = ex.import_bundle(session, importers.load(CUSTOM, "daylio", tz_offset_min=0,
                                                     mood_map=CUSTOM_MAP))  # fmt: skip
    assert first.count("entries").new == 4
    text = CUSTOM.read_text(encoding="utf-8-sig").replace(
        "Train cancelled. Again.", "Train cancelled. Again. (edited)"
    )
    text = text.replace("6:30 PM,Sick", "6:30 PM,shite")  # the mood changed too
    edited = tmp_path / "newer.csv"
    edited.write_text(text, encoding="utf-8")
    again = ex.import_bundle(session, importers.load(edited, "daylio", tz_offset_min=0,
                                                     mood_map=CUSTOM_MAP))  # fmt: skip
    assert (again.count("entries").new, again.count("entries").updated) == (0, 1)
    assert (again.count("checkins").new, again.count("checkins").updated) == (0, 1)
    assert again.count("entries").duplicates == 3 and again.count("checkins").duplicates == 6
    assert again.to_json()["updated"] == {"checkins": 1, "entries": 1}
    bodies = [e["body"] for e in ex.build_export(session)["entries"]]
    assert len(bodies) == 4 and "Train cancelled. Again. (edited)" in bodies
    moods = [c["mood"] for c in ex.build_export(session)["checkins"]]
    assert len(moods) == 7 and moods.count(1) == 2


def test_edited_dayone_and_jrnl_entries_update(session: Session, tmp_path: Path) -> None:
    ex.import_bundle(session, importers.load(DATA / "dayone_nested.zip", "dayone"))
    doc = json.loads(zipfile.ZipFile(DATA / "dayone_nested.zip").read("Export-Reisen/Reisen.json"))
    doc["entries"][2]["text"] += "\n\nAdded later."
    path = tmp_path / "Reisen.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    report = ex.import_bundle(session, importers.load(path, "dayone"))
    assert report.count("entries").updated == 1 and report.count("entries").new == 0
    jrnl_file = tmp_path / "journal.txt"
    original = (DATA / "jrnl_journal.txt").read_text(encoding="utf-8")
    jrnl_file.write_text(original, encoding="utf-8")
    ex.import_bundle(session, importers.load(jrnl_file, "jrnl", tz_offset_min=0))
    jrnl_file.write_text(original.replace("@move.", "@move. Slept at 3."), encoding="utf-8")
    report = ex.import_bundle(session, importers.load(jrnl_file, "jrnl", tz_offset_min=0))
    assert (report.count("entries").updated, report.count("entries").duplicates) == (1, 3)


def test_same_journal_twice_in_one_folder(session: Session, tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "export"
    shutil.copytree(DATA / "dayone_folder", folder)
    (folder / "again").mkdir()
    shutil.copy(folder / "Reisen.json", folder / "again" / "Reisen.json")
    report = ex.import_bundle(session, importers.load(folder, "dayone"))
    assert (report.count("entries").new, report.count("entries").duplicates) == (3, 3)


def test_match_by_timestamp_for_copies_with_older_ids() -> None:
    from dataclasses import replace

    bundle = importers.load(DATA / "jrnl_journal_old.txt", "jrnl", tz_offset_min=0)
    stored = [replace(e, id=f"old-{i}") for i, e in enumerate(bundle.entries)]
    changed = [bundle.entries[0], replace(bundle.entries[1], body="new text")]
    found = updates.match(changed, stored, updates.entry_content, lambda e: False)
    assert found.fresh == [] and found.duplicates == 1
    assert [(u.id, u.body) for u in found.updates] == [("old-1", "new text")]


# ---- bounded reads and refusals in words -----------------------------------------------------
@pytest.mark.parametrize("fmt", ["auto", "neuroleaf", "daylio", "jrnl", "dayone"])
def test_endless_input_stops_early(fmt: str) -> None:
    with pytest.raises(ImportValidationError, match="too large to import"):
        importers.load(Path("/dev/zero"), fmt)


def test_streams_are_read_with_a_cap() -> None:
    """A pipe reports no size: the read itself stops just past the cap."""
    from neuroleaf_desktop.services.importers.base import RecordContext, read_capped

    stream = io.BytesIO(b"x" * 5000)
    with pytest.raises(ImportValidationError, match="too large to import"):
        read_capped(stream, RecordContext("pipe"), 4096)
    assert stream.tell() == 4097
    assert read_capped(io.BytesIO(b"abc"), RecordContext("pipe"), 4096) == b"abc"


def test_huge_file_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "huge.json"
    with big.open("wb") as handle:  # sparse: 1 GB on paper, nothing on disk
        handle.write(b'{"format": "neuroleaf-export", "version": 1, "entries": [')
        handle.truncate(1024**3)
    with pytest.raises(ImportValidationError, match=r"too large to import \(the limit is"):
        importers.load(big, "neuroleaf")


@pytest.mark.parametrize(
    ("fmt", "document"),
    [
        ("neuroleaf", '{"format": "neuroleaf-export", "version": 1%s}'),
        ("jrnl", '{"entries": [{"date": "2024-01-01", "time": "09:00", "title": "x", '
                 '"body": "", "n": 1%s}]}'),
        ("dayone", '{"entries": [], "metadata": {"v": 1%s}}'),
    ],
)  # fmt: skip
def test_absurd_integer_gives_a_human_error(tmp_path: Path, fmt: str, document: str) -> None:
    path = tmp_path / "big-int.json"
    path.write_text(document % ("0" * 5000), encoding="utf-8")
    with pytest.raises(ImportValidationError) as info:
        importers.load(path, fmt)
    assert "a number with 5,001 digits" in info.value.user_message
    assert "4300" not in info.value.user_message and "int" not in info.value.reason.split()


REFUSALS = [
    ("daylio", b"", "the file is empty."),
    ("daylio", b"\xff\xfe\x00garbage\x80", "claims to be UTF-16 text but is not"),
    ("daylio", b"full_date,time,mood\n\xc3\x28,10:00,rad\n", "the file is not UTF-8 text."),
    ("daylio", b"full_date,date,weekday,time,mood\n2024-01-01,a,b,25:99,rad\n", "hour must be"),
    ("daylio", b"full_date,date,weekday,time,mood\n2024-01-01,a,b,soon,rad\n",
     "the time 'soon' is not like 20:30 or 8:30 PM"),
    ("daylio", b"year,date,weekday,time,mood\n2018,Smarch 3,x,10:00,rad\n",
     "the date 'Smarch 3' is not a day and a month like 'June 22'"),
    ("daylio", b"PK\x03\x04broken", "the backup zip is damaged or unsupported"),
    ("jrnl", b"{]", "invalid JSON"),
    ("jrnl", b'{"items": []}', 'this is not a jrnl JSON export (no "entries" list).'),
    ("dayone", b'{"items": []}', 'this is not a Day One journal (no "entries" list).'),
    ("dayone", b'{"entries": [{"uuid": "u", "creationDate": "", "text": "x"}]}',
     "'creationDate' must be a date-time like 2024-01-03T06:15:00Z"),
    ("neuroleaf", b'{"format": "other"}', "this is not a NeuroLeaf export"),
    ("auto", b"just some words\n", "the format is not recognised"),
    ("daylio", b"year,date,weekday,time,mood\nabc,June 1,x,10:00,rad\n",
     "the year 'abc' is not a number like 2018"),
    ("jrnl", b'{"entries": [{"date": "05.03.2024", "time": "10:00", "title": "x"}]}',
     "the date '05.03.2024' is not like 2024-03-05"),
    ("auto", b"", "the file is empty."),
]  # fmt: skip


@pytest.mark.parametrize(("fmt", "data", "words"), REFUSALS)
def test_every_refusal_says_why_in_words(tmp_path: Path, fmt: str, data: bytes, words: str) -> None:
    path = tmp_path / "input"
    path.write_bytes(data)
    with pytest.raises(ImportValidationError) as info:
        importers.load(path, fmt)
    message = info.value.user_message
    assert words in message and message.endswith("Nothing was imported.")
    for python_words in ("Traceback", "isoformat", "Errno", "codec", "Expecting value"):
        assert python_words not in message


def test_detection_of_every_fixture() -> None:
    expected = {
        "daylio_export.csv": "daylio", "daylio_backup_es.daylio": "daylio",
        "daylio_2018_pl_old.csv": "daylio", "daylio_headerless.csv": "daylio",
        "dayone_export.zip": "dayone", "dayone_nested.zip": "dayone", "dayone_folder": "dayone",
        "jrnl_export.json": "jrnl", "jrnl_1x.json": "jrnl", "jrnl_journal.txt": "jrnl",
        "jrnl_journal_de.txt": "jrnl", "jrnl_journal_old.txt": "jrnl",
    }  # fmt: skip
    assert {name: importers.detect(DATA / name) for name in expected} == expected


# ---- fuzzing the new shapes ------------------------------------------------------------------
SHAPES = {
    "daylio-old": (DATA / "daylio_2018_pl_old.csv").read_bytes(),
    "daylio-custom": CUSTOM.read_bytes(),
    "jrnl-text": (DATA / "jrnl_journal.txt").read_bytes(),
    "jrnl-1x": (DATA / "jrnl_1x.json").read_bytes(),
    "daylio-backup-json": base64.b64decode(zipfile.ZipFile(BACKUP).read("backup.daylio")),
    "dayone-nested": zipfile.ZipFile(DATA / "dayone_nested.zip").read("Export-Reisen/Reisen.json"),
}


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    name=st.sampled_from(sorted(SHAPES)),
    flips=st.lists(st.tuples(st.integers(0, 5000), st.integers(0, 255)), max_size=6),
    cut=st.none() | st.integers(0, 3000),
)
def test_fuzzed_shapes_raise_only_our_errors(
    tmp_path: Path, name: str, flips: list[tuple[int, int]], cut: int | None
) -> None:
    buf = bytearray(SHAPES[name])
    for pos, value in flips:
        buf[pos % len(buf)] = value
    data = bytes(buf[:cut] if cut is not None else buf)
    path = tmp_path / "fuzz"
    if name == "daylio-backup-json":
        data = _backup_with(base64.b64encode(data))
    elif name == "dayone-nested":
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            archive.writestr("Export/Journal.json", data)
        data = out.getvalue()
    path.write_bytes(data)
    fmt = name.split("-")[0]
    try:
        bundle = importers.load(path, fmt, tz_offset_min=0, mood_map=CUSTOM_MAP)
    except ImportValidationError as exc:
        assert exc.file == str(path) and exc.user_message.endswith("Nothing was imported.")
        return
    for entry in bundle.entries:
        assert entry.title or entry.body.strip()


# ---- generated Daylio CSVs in many languages ------------------------------------------------
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
          "listopada grudnia",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
          "diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
          "dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
          "dezembro",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "he": "בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר",
}  # fmt: skip
DAY_MONTH = {
    "en": "{month} {day}", "de": "{day}. {month}", "pl": "{day} {month}", "es": "{day} de {month}",
    "fr": "{day} {month}", "it": "{day} {month}", "pt": "{day} de {month}", "ru": "{day} {month}",
    "cs": "{day}. {month}", "he": "{day} {month}",
}  # fmt: skip


def _clock(hour: int, minute: int, style: str) -> str:
    twelve = hour % 12 or 12
    if style == "24h":
        return f"{hour:02d}:{minute:02d}"
    if style == "en":
        return f"{twelve}:{minute:02d} {'PM' if hour >= 12 else 'AM'}"
    if style == "es":
        return f"{twelve}:{minute:02d} {'p. m.' if hour >= 12 else 'a. m.'}"
    if style == "zh":
        return f"{'下午' if hour >= 12 else '上午'}{twelve}:{minute:02d}"
    return f"{'오후' if hour >= 12 else '오전'} {twelve}:{minute:02d}"


daylio_rows = st.lists(
    st.tuples(
        st.dates(min_value=__import__("datetime").date(2012, 1, 1),
                 max_value=__import__("datetime").date(2030, 12, 31)),
        st.integers(0, 23),
        st.integers(0, 59),
        st.sampled_from(sorted(daylio_moods._DEFAULTS)),
        st.integers(0, 4),
        st.sampled_from(["24h", "en", "es", "zh", "ko"]),
    ),
    min_size=1,
    max_size=8,
)  # fmt: skip


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=daylio_rows, generation=st.sampled_from(["2021", "2020", "old"]),
       language=st.sampled_from(sorted(MONTHS)), upper=st.booleans())  # fmt: skip
def test_generated_daylio_csvs_read_back(
    tmp_path: Path,
    rows: list[tuple[object, int, int, str, int, str]],
    generation: str,
    language: str,
    upper: bool,
) -> None:
    """Any generation, any month language, any clock style, default moods in any language
    and case: every row comes back at its own local time with its level's mood."""
    header = {
        "2021": "full_date,date,weekday,time,mood,activities,note_title,note",
        "2020": "full_date,date,weekday,time,mood,activities,note",
        "old": "year,date,weekday,time,mood,activities,note",
    }[generation]
    lines = [header]
    expected = []
    for day, hour, minute, mood_language, level_index, style in rows:
        month = MONTHS[language].split()[day.month - 1]  # type: ignore[attr-defined]
        day_month = DAY_MONTH[language].format(day=day.day, month=month)  # type: ignore[attr-defined]
        mood = daylio_moods._DEFAULTS[mood_language][level_index][0]
        mood = mood.upper() if upper else mood
        first = str(day.year) if generation == "old" else day.isoformat()  # type: ignore[attr-defined]
        cells = [first, day_month, "x", _clock(hour, minute, style), mood, "a | b"]
        cells += [""] * (2 if generation == "2021" else 1)
        lines.append(",".join(f'"{c}"' for c in cells))
        local = f"{day.isoformat()} {hour:02d}:{minute:02d}"  # type: ignore[attr-defined]
        expected.append((local, daylio_moods.LEVEL_TO_MOOD[5 - level_index]))
    path = tmp_path / "generated.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    bundle = importers.load(path, "auto", tz_offset_min=0)
    got = [(_local(c.logged_at, 0), c.mood) for c in bundle.checkins]
    assert got == expected
