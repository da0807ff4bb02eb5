"""Writes the binary import fixtures (the Daylio backup and the Day One zips) next to this file.

The text fixtures (CSV, jrnl text/JSON) are kept as written by hand; the zips are built here so
that what is inside them stays reviewable. Run from the repository root:

    python tests/data/importers/build_fixtures.py
"""

from __future__ import annotations

import base64
import json
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
STAMP = (2024, 6, 1, 12, 0, 0)  # fixed zip member times: the same bytes on every run


def _write(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=STAMP)
    info.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(info, data)


def daylio_backup() -> None:
    """A backup as Daylio 1.5x writes it: renamed moods with their groups, tags, one photo."""
    doc = {
        "version": 15,
        "customMoods": [
            {"id": 1, "custom_name": "", "mood_group_id": 1, "predefined_name_id": 1, "state": 0},
            {"id": 2, "custom_name": "", "mood_group_id": 2, "predefined_name_id": 2, "state": 0},
            {
                "id": 3,
                "custom_name": "como siempre",
                "mood_group_id": 3,
                "predefined_name_id": 3,
                "state": 0,
            },
            {"id": 4, "custom_name": "", "mood_group_id": 4, "predefined_name_id": 4, "state": 0},
            {
                "id": 5,
                "custom_name": "shite",
                "mood_group_id": 5,
                "predefined_name_id": -1,
                "state": 0,
            },
            {
                "id": 6,
                "custom_name": "Not so good [-]",
                "mood_group_id": 4,
                "predefined_name_id": -1,
                "state": 0,
            },
            {
                "id": 7,
                "custom_name": "grand, really",
                "mood_group_id": 1,
                "predefined_name_id": -1,
                "state": 0,
            },
        ],
        "tags": [
            {"id": 10, "name": "trabajo", "id_tag_group": 1, "state": 0},
            {"id": 11, "name": "familia", "id_tag_group": 1, "state": 0},
            {"id": 12, "name": "café ☕", "id_tag_group": 2, "state": 0},
        ],
        "dayEntries": [
            {
                "id": 101,
                "year": 2023,
                "month": 11,
                "day": 24,
                "hour": 21,
                "minute": 5,
                "datetime": 1703448300000,
                "timeZoneOffset": 3600000,
                "mood": 7,
                "note_title": "Nochebuena",
                "note": "Toda la familia junta.<br>¡Por fin!",
                "tags": [11, 12],
                "assets": [900],
            },
            {
                "id": 102,
                "year": 2023,
                "month": 11,
                "day": 26,
                "hour": 8,
                "minute": 30,
                "datetime": 1703575800000,
                "timeZoneOffset": 3600000,
                "mood": 3,
                "note_title": "",
                "note": "",
                "tags": [10],
                "assets": [],
            },
            {
                "id": 103,
                "year": 2024,
                "month": 0,
                "day": 2,
                "hour": 23,
                "minute": 59,
                "datetime": 1704236340000,
                "timeZoneOffset": 3600000,
                "mood": 5,
                "note_title": "",
                "note": "Vuelta al trabajo. Nada bien.",
                "tags": [10],
                "assets": [],
            },
            {
                "id": 104,
                "year": 2024,
                "month": 0,
                "day": 3,
                "hour": 7,
                "minute": 0,
                "datetime": 1704261600000,
                "timeZoneOffset": 3600000,
                "mood": 6,
                "note_title": "",
                "note": "",
                "tags": [],
                "assets": [],
            },
        ],
        "metadata": {"number_of_entries": 4, "created_at": 1704300000000},
    }
    encoded = base64.b64encode(json.dumps(doc, ensure_ascii=False).encode("utf-8"))
    with zipfile.ZipFile(HERE / "daylio_backup_es.daylio", "w") as archive:
        _write(archive, "backup.daylio", encoded)
        _write(archive, "assets/photos/2023/12/4f1c.jpg", b"\xff\xd8\xff\xe0fakejpeg")


DAYONE_JOURNAL = {
    "metadata": {"version": "1.0"},
    "entries": [
        {
            "uuid": "0A1B2C3D4E5F60718293A4B5C6D7E8F9",
            "creationDate": "2024-04-20T09:30:00Z",
            "modifiedDate": "2024-04-20T10:00:00Z",
            "timeZone": "Europe/Warsaw",
            "isPinned": True,
            "starred": False,
            "tags": ["wycieczka"],
            "location": {
                "placeName": "Morskie Oko",
                "localityName": "Zakopane",
                "administrativeArea": "Małopolskie",
                "country": "Poland",
            },
            "weather": {"conditionsDescription": "Partly Cloudy", "temperatureCelsius": 11.6},
            "text": "# Tatry\n\n![](dayone-moment://P1)\n\nThe lake was still frozen\\. "
            "Recorded the wind:\n\n![](dayone-moment:/audio/A1)",
            "photos": [{"identifier": "P1", "md5": "aa11", "type": "jpeg"}],
            "audios": [{"identifier": "A1", "md5": "bb22", "format": "m4a"}],
        },
        {
            "uuid": "1B2C3D4E5F60718293A4B5C6D7E8F90A",
            "creationDate": "2024-04-21T18:00:00Z",
            "modifiedDate": "2024-04-21T18:00:00Z",
            "timeZone": {"identifier": "Asia/Shanghai"},
            "text": "![](dayone-moment://P2)",
            "photos": [{"identifier": "P2", "md5": "cc33", "type": "heic"}],
        },
        {
            "uuid": "2C3D4E5F60718293A4B5C6D7E8F90A1B",
            "creationDate": "2024-04-22T07:15:00Z",
            "timeZone": "Asia/Jerusalem",
            "text": "בוקר טוב. The therapist's worksheet:\n\n![](dayone-moment:/pdfAttachment/D1)",
            "pdfAttachments": [{"identifier": "D1", "md5": "dd44"}],
        },
    ],
}


def dayone_nested_zip() -> None:
    """Newer Day One: the JSON inside a folder of the zip, media beside it."""
    data = json.dumps(DAYONE_JOURNAL, ensure_ascii=False, indent=2).encode("utf-8")
    with zipfile.ZipFile(HERE / "dayone_nested.zip", "w") as archive:
        _write(archive, "Export-Reisen/Reisen.json", data)
        _write(archive, "Export-Reisen/photos/aa11.jpeg", b"\xff\xd8fake")
        _write(archive, "Export-Reisen/audios/bb22.m4a", b"fake")
        _write(archive, "Export-Reisen/pdfs/dd44.pdf", b"%PDF-fake")


def dayone_folder() -> None:
    """The same export unzipped by the person: a folder."""
    folder = HERE / "dayone_folder"
    (folder / "photos").mkdir(parents=True, exist_ok=True)
    (folder / "Reisen.json").write_text(
        json.dumps(DAYONE_JOURNAL, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    (folder / "photos" / "aa11.jpeg").write_bytes(b"\xff\xd8fake")


if __name__ == "__main__":
    daylio_backup()
    dayone_nested_zip()
    dayone_folder()
