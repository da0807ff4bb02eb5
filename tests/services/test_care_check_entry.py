"""``CareService.check_entry``: the safety check of a saved entry, owned by the service."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from neuroleaf_desktop.domain.models import EntryPatch, NewEntry
from neuroleaf_desktop.domain.safety import Severity
from neuroleaf_desktop.services.care_service import EntryCheck
from neuroleaf_desktop.services.session import Session


def test_check_entry_reads_title_and_body_and_grades_them(session: Session) -> None:
    calm = session.journal.add(NewEntry(title="Monday", body="this traffic is killing me"))
    result = session.care.check_entry(calm.id)
    assert result == EntryCheck(calm.id, False, Severity.NONE)

    session.journal.edit(calm.id, EntryPatch(body="I want to kill myself"))
    flagged = session.care.check_entry(calm.id)
    assert flagged.flagged and flagged.entry_id == calm.id
    assert flagged.severity.rank > Severity.NONE.rank

    titled = session.journal.add(NewEntry(title="I want to end my life", body="."))
    assert session.care.check_entry(titled.id).flagged  # the title counts too


def test_the_trained_semantic_check_runs_whenever_the_model_is_installed(
    session: Session,
) -> None:
    """The check runs after a save in the background: it starts the embedding child itself
    rather than waiting until something else happened to load the model."""
    assert session.care.scorers is not None
    assert session.care.scorers.scorer() is not None
    calm = session.journal.add(NewEntry("Saturday", "Baked bread and read in the garden."))
    assert not session.care.check_entry(calm.id).flagged


def test_signs_on_several_recent_days_make_a_new_flag_urgent(session: Session) -> None:
    """The flagged days come from the person's own entries, kept in the vault as day and level
    only; an entry edited so it no longer flags stops counting."""
    now = datetime.now(UTC)
    sign = "everyone would be better off without me"

    def written(days_ago: int, body: str = sign) -> str:
        entry = NewEntry("", body, created_at=now - timedelta(days=days_ago), tz_offset_min=0)
        return session.journal.add(entry).id

    first = session.care.check_entry(written(20))  # outside the recent window
    assert first.flagged and first.severity is Severity.CONCERN
    assert session.care.check_entry(written(5)).severity is Severity.CONCERN
    five_days_ago = written(4)
    assert session.care.check_entry(five_days_ago).severity is Severity.CONCERN

    today = session.care.check_entry(written(0))
    assert today.severity is Severity.URGENT and today.escalation == "recent_days"

    with session.vault.reading() as conn:
        columns = [d[0] for d in conn.execute("SELECT * FROM safety_flag_days").description]
        rows = conn.execute("SELECT severity FROM safety_flag_days").fetchall()
    assert columns == ["entry_id", "local_day", "severity"]  # never words, never a category
    assert {r[0] for r in rows} == {"concern"}

    session.journal.edit(five_days_ago, EntryPatch(body="I don't feel like a burden anymore."))
    assert not session.care.check_entry(five_days_ago).flagged
    again = session.care.check_entry(written(0))
    assert again.severity is Severity.CONCERN and again.escalation == ""
