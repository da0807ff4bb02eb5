"""``CareService.check_entry``: the safety check of a saved entry, owned by the service."""

from __future__ import annotations

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
