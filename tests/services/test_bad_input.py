"""Bad and unusual input: clear errors or faithful storage, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.errors import ValidationError
from neuroleaf_desktop.services.session import Session
from tests.support.cli_helpers import run_cli, run_json

ODD_TEXTS = [
    "😀🌧️👩🏽‍💻 family emoji 👨‍👩‍👧‍👦",
    "שלום עולם — مرحبا بالعالم (right-to-left)",
    "e\u0301 cafe\u0301 Zalgo: Z\u0351\u0352\u0353a\u0354\u0355l\u0356g\u0357o",
    "zero\u200bwidth and BOM \ufeff inside",
    "NUL\x00byte in the middle",
    "line\r\nendings\rmixed\n",
    "\U0010ffff last code point and \U0001f9e0",
]


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_odd_unicode_is_stored_faithfully(session: Session, text: str) -> None:
    import unicodedata

    entry = session.journal.add(NewEntry("odd", text, ("ünïcödé",)))
    got = session.journal.get(entry.id)
    assert got.body == unicodedata.normalize("NFC", text)
    assert got.tags == ("ünïcödé",)


def test_one_megabyte_entry(session: Session) -> None:
    body = ("A long day of thoughts. " * 44_000)[:1_000_000] + " needleword"
    entry = session.journal.add(NewEntry("big", body))
    assert len(session.journal.get(entry.id).body) == len(body)
    assert [h.entry_id for h in session.journal.search("needleword")] == [entry.id]


def test_too_large_entry_is_refused_clearly(session: Session) -> None:
    with pytest.raises(ValidationError, match="split it"):
        session.journal.add(NewEntry("huge", "x" * 5_000_001))


@pytest.mark.parametrize(
    ("title", "body", "tags", "message"),
    [
        ("", "", (), "title or some text"),
        ("   ", "\n\t", (), "title or some text"),
        ("two\nlines", "b", (), "one line"),
        ("t" * 301, "b", (), "at most 300"),
        ("t", "b", ("",), "empty tag"),
        ("t", "b", ("bad\x07tag",), "control"),
        ("t", "b", ("x" * 49,), "at most 48"),
    ],
)
def test_entry_validation(
    session: Session, title: str, body: str, tags: tuple[str, ...], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        session.journal.add(NewEntry(title, body, tags))
    assert session.journal.list() == []


def test_empty_title_with_body_is_fine(session: Session) -> None:
    assert session.journal.add(NewEntry("", "just text")).title == ""


def test_cli_bad_input_gets_clear_messages(home: Path) -> None:
    run_json(home, "init", "--name", "Bad")
    cases = [
        (["mood", "log", "11"], "from 1 to 10"),
        (["mood", "log", "5", "--sleep", "30"], "between 0 and 24"),
        (["mood", "log", "seven"], "not a valid integer"),
        (["journal", "add", "--body", "x", "--date", "2026-02-30"], "not a date"),
        (["journal", "add", "--body", "x", "--date", "yesterday-ish"], "not a date"),
        (["journal", "list", "--since", "31/12/2025"], "not a date"),
        (["journal", "add", "--title", "", "--body", ""], "title or some text"),
        (["journal", "show", "abc"], "at least 6"),
        (["journal", "add", "--body-file", str(home / "missing.txt")], "Cannot read"),
    ]
    for args, message in cases:
        proc = run_cli(home, *args, check=False)
        assert proc.returncode in (2, 4), (args, proc.returncode, proc.stderr)
        assert message in proc.stderr, (args, proc.stderr)


def test_cli_binary_body_file(home: Path) -> None:
    run_json(home, "init", "--name", "Bin")
    (home / "bin.dat").write_bytes(b"\xff\xfe\x00\x81garbage")
    proc = run_cli(home, "journal", "add", "--body-file", str(home / "bin.dat"), check=False)
    assert proc.returncode == 2 and "not UTF-8" in proc.stderr


def test_cli_odd_unicode_round_trip(home: Path) -> None:
    run_json(home, "init", "--name", "Uni")
    for text in ODD_TEXTS:
        if "\x00" in text:
            continue  # argv cannot carry NUL; stdin can
        added = run_json(home, "journal", "add", "--body", text)
        import unicodedata

        assert added["body"] == unicodedata.normalize("NFC", text)
    added = run_json(home, "journal", "add", "--body", "-", stdin="with\x00nul")
    assert added["body"] == "with\x00nul"
