"""The template catalogue on a real vault: starters, CRUD, unique names, order, filling."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.domain.starter_templates import STARTERS
from neuroleaf_desktop.domain.templates import TemplateDraft
from neuroleaf_desktop.errors import NotFoundError, ValidationError
from neuroleaf_desktop.services.session import Session
from neuroleaf_desktop.services.template_service import TemplateService


def _names(service: TemplateService) -> list[str]:
    return [x.name for x in service.list()]


def test_the_starters_are_there_from_the_first_run_and_only_once(session: Session) -> None:
    service = session.journal.templates
    assert _names(service) == [s.name for s in STARTERS]
    for template in service.list():
        service.delete(template.id)
    assert _names(service) == []  # deleted starters stay deleted
    assert service.restore_starters() == len(STARTERS)
    assert _names(service) == [s.name for s in STARTERS]
    assert service.restore_starters() == 0


def test_restore_brings_back_only_the_missing_starters(session: Session) -> None:
    service = session.journal.templates
    first, second = service.list()[:2]
    service.edit(first.id, TemplateDraft("My evenings", first.title, first.body, first.tags))
    service.delete(second.id)
    service.create(TemplateDraft(second.name, "", "my own page with that name"))
    assert service.restore_starters() == 1
    names = _names(service)
    assert "My evenings" in names and f"{second.name} (starter)" in names
    assert first.name not in names  # a renamed starter counts as present


def test_create_edit_duplicate_delete_and_unique_names(session: Session) -> None:
    service = session.journal.templates
    made = service.create(TemplateDraft(" Walk  log ", "Walk {date}", "Where did I go?", ("Out",)))
    assert (made.name, made.tags) == ("Walk log", ("out",))
    assert service.find("WALK LOG").id == made.id
    with pytest.raises(ValidationError, match="already a template called 'Walk log'"):
        service.create(TemplateDraft("walk LOG", "", "x"))
    copy = service.duplicate(made.id)
    again = service.duplicate(made.id)
    assert (copy.name, again.name) == ("Walk log (copy)", "Walk log (copy 2)")
    assert copy.body == made.body and copy.tags == made.tags
    with pytest.raises(ValidationError, match="already"):
        service.edit(copy.id, TemplateDraft("Walk Log", "", "x"))
    edited = service.edit(copy.id, TemplateDraft("Run log", "", "How far?"))
    assert service.get(copy.id) == edited and edited.body == "How far?"
    service.delete(made.id)
    with pytest.raises(NotFoundError, match="No template called 'walk log'"):
        service.find("walk log")
    with pytest.raises(NotFoundError):
        service.delete(made.id)


def test_invalid_input_is_refused_with_the_editors_message(session: Session) -> None:
    service = session.journal.templates
    with pytest.raises(ValidationError, match="one line of text"):
        service.create(TemplateDraft("Bad", "two\nlines", "x"))
    with pytest.raises(ValidationError, match="A tag can be at most 48"):
        service.create(TemplateDraft("Bad", "", "x", ("t" * 49,)))
    with pytest.raises(ValidationError, match="title or some text"):
        service.create(TemplateDraft("Bad", "", ""))
    assert "Bad" not in _names(service)


def test_the_persons_order_is_kept(session: Session) -> None:
    service = session.journal.templates
    own = service.create(TemplateDraft("Mine", "", "A line"))
    assert _names(service)[-1] == "Mine"
    service.move(own.id, -1)
    assert _names(service)[-2] == "Mine"
    for _ in range(10):
        service.move(own.id, -1)
    assert _names(service)[0] == "Mine"  # held at the top
    order = [x.id for x in reversed(service.list())]
    assert [x.id for x in service.reorder(order)] == order
    with pytest.raises(ValidationError):
        service.reorder(order[1:])


def test_filling_uses_local_time_of_the_given_moment(session: Session) -> None:
    service = session.journal.templates
    made = service.create(TemplateDraft("Dated", "{weekday}", "at {time} on {date}"))
    filled = service.fill(made, datetime(2026, 12, 6, 21, 30))
    assert (filled.title, filled.body) == ("Sunday", "at 21:30 on 6 December 2026")
    now_local = service.fill(made)
    assert now_local.title in {
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    }


def test_save_an_entry_as_a_template(session: Session) -> None:
    entry = session.journal.add(
        NewEntry("Sunday check", "What did I do?\nWho did I see?", ("weekly",))
    )
    made = session.journal.templates.save_entry_as("Weekly", entry)
    assert (made.title, made.body, made.tags) == (entry.title, entry.body, entry.tags)


def test_an_entry_remembers_its_template_lines_until_purged(session: Session) -> None:
    service = session.journal.templates
    filled = service.fill(
        service.create(TemplateDraft("Q", "Q {date}", "One?\n\nTwo?")),
        datetime(2026, 1, 2, tzinfo=UTC),
    )
    entry = session.journal.add(
        NewEntry(filled.title, filled.body + "\nAnswer."), template=filled.lines
    )
    kept = session.journal.template_lines(entry.id)
    assert kept is not None and kept.title == "Q 2 January 2026"
    assert kept.lines == ("One?", "Two?")
    assert session.journal.get(entry.id).body == filled.body + "\nAnswer."  # as written
    session.journal.purge(entry.id)
    with session.vault.reading() as conn:
        assert conn.execute("SELECT count(*) FROM entry_template_lines").fetchone()[0] == 0
