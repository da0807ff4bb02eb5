"""The learned gate where analysis runs: the stored result is gated, so every panel agrees."""

from __future__ import annotations

from neuroleaf_desktop.domain.analysis.stress_keywords import category_of
from neuroleaf_desktop.domain.models import NewEntry
from neuroleaf_desktop.services.background import attach_background
from neuroleaf_desktop.services.session import Session

# Written for this test: "debt" is the topic of the writer's work, not their money trouble.
INTERVIEW = "Interviewing a debt counsellor for the article tomorrow, prep all done."
WORRY = "Lying awake again worrying about money."


def _stored_categories(session: Session, *, learned: bool) -> tuple[set[str], set[str], set[str]]:
    services = attach_background(session, poll_interval=0.05, learned=learned)
    try:
        interview = session.journal.add(NewEntry(title="", body=INTERVIEW))
        worry = session.journal.add(NewEntry(title="", body=WORRY))
        assert services.jobs.wait_idle(60)
        first, second = services.analysis.get(interview.id), services.analysis.get(worry.id)
        assert first is not None and second is not None
        cloud = {category_of(k.keyword) for k in services.analysis.stress_keyword_counts()}
        return (
            {c for k, _w in first.stress_keywords if (c := category_of(k))},
            {c for k, _w in second.stress_keywords if (c := category_of(k))},
            {c for c in cloud if c},
        )
    finally:
        services.stop()


def test_the_gated_result_is_stored_and_the_stress_cloud_reads_it(session: Session) -> None:
    interview, worry, cloud = _stored_categories(session, learned=True)
    assert "money" not in interview  # withdrawn by the gate
    assert {"money", "sleep"} <= worry  # kept
    assert cloud == interview | worry  # the dashboard's cloud reads the same stored chips


def test_without_the_gate_the_rules_chip_is_stored(session: Session) -> None:
    interview, _worry, _cloud = _stored_categories(session, learned=False)
    assert "money" in interview
