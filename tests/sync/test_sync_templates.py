"""An entry started from a template carries its template lines inside the end-to-end-encrypted
entry record, so the other device, too, reads the person's words without the template's
unchanged questions: the real server, PostgreSQL and two vaults. An entry without a template
travels exactly as before (nothing is sent again after the upgrade), and a record whose
template lines are malformed is not stored."""

from __future__ import annotations

from datetime import datetime

import pytest

from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.domain.safety import assess
from neuroleaf_desktop.domain.templates import TemplateDraft
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.services.sync import records
from neuroleaf_server.testing import ServerProcess
from tests.sync.conftest import Device, join

QUESTION = "Did I feel like hurting myself today?\n"
ANSWER = "No. Long walk with Mira, soup, early night."


def _from_template(session: Session, body: str, answer: str) -> str:
    templates = session.journal.templates
    made = templates.create(TemplateDraft(f"Check {len(templates.list())}", "", body))
    filled = templates.fill(made, datetime(2026, 12, 6, 20, 0))
    return session.journal.add(NewEntry("", filled.body + answer), template=filled.lines).id


def test_the_other_device_reads_the_entry_without_its_template_questions(
    devices: tuple[Device, Device, str], server: ServerProcess
) -> None:
    a, b, identifier = devices
    join(a, b, server, identifier)
    entry_id = _from_template(a.session, QUESTION, ANSWER)
    a.sync.sync_now()
    b.sync.sync_now()
    shown = b.session.journal.get(entry_id)
    assert shown.body == QUESTION + ANSWER  # the person sees what they wrote, question too
    read = b.session.journal.readable(entry_id)
    assert ANSWER in read.body and "hurting" not in read.body
    assert assess(shown.body).flagged and not b.session.care.check_entry(entry_id).flagged
    assert b.records() == a.records()
    assert a.sync.status().pending == 0 and b.sync.status().pending == 0


def test_an_entry_without_a_template_travels_as_before(devices: tuple[Device, Device, str]) -> None:
    a, _b, _identifier = devices
    plain = a.session.journal.add(NewEntry("Plain", "an ordinary day"))
    with a.session.vault.reading() as conn:
        assert "template" not in records.read_one(conn, records.ENTRY, plain.id)  # type: ignore[operator]
    templated = _from_template(a.session, QUESTION, ANSWER)
    with a.session.vault.reading() as conn:
        data = records.read_one(conn, records.ENTRY, templated)
    assert data is not None and data["template"] == {"title": "", "lines": [QUESTION.strip()]}


def test_a_record_is_the_whole_entry_template_lines_included(
    devices: tuple[Device, Device, str],
) -> None:
    """A record without template lines (an older app's edit) leaves none behind; malformed
    lines make the record unreadable before anything is written."""
    a, _b, _identifier = devices
    entry_id = _from_template(a.session, QUESTION, ANSWER)
    with a.session.vault.reading() as conn:
        data = records.read_one(conn, records.ENTRY, entry_id)
    assert data is not None
    for broken in ("a question", {"title": "", "lines": "a question"}, {"lines": []}):
        with pytest.raises(records.UnreadableRecordError):
            records.check_readable(records.ENTRY, entry_id, {**data, "template": broken})
    older = {k: v for k, v in data.items() if k != "template"}
    with a.session.vault.transaction() as conn:
        records.apply(conn, records.ENTRY, entry_id, older)
    assert a.session.journal.template_lines(entry_id) is None
    assert "hurting" in a.session.journal.readable(entry_id).body
