"""The questions Insights offers are ones this journal can answer: each reads as the topic it
was written for and has evidence, and nothing is offered that the journal cannot back."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from neuroleaf_desktop.domain.models import MoodCheckIn, NewCheckIn
from neuroleaf_desktop.services.insight_service import InsightService
from neuroleaf_desktop.services.insight_suggestions import (
    MIN_ACTIVITY_DAYS,
    activity_question,
    frequent_activities,
    suggest,
)
from neuroleaf_desktop.services.session import Session

START = date(2026, 9, 1)


def _at(day: int) -> datetime:
    when = START + timedelta(days=day)
    return datetime(when.year, when.month, when.day, 20, tzinfo=UTC)


def _service(session: Session) -> InsightService:
    return InsightService(session, model="test", semantic=False, today=lambda: date(2026, 11, 1))


def test_a_new_journal_is_offered_nothing(session: Session) -> None:
    assert suggest(_service(session)) == []


def test_only_what_was_logged_is_offered(session: Session) -> None:
    # sleep logged every night, some short; mood steady; no anxiety or activities
    for day in range(30):
        hours = 5.0 if day % 6 == 0 else 7.5
        session.mood.log(NewCheckIn(mood=6, sleep_hours=hours, logged_at=_at(day), tz_offset_min=0))
    offered = suggest(_service(session))
    kinds = [s.kind for s in offered]
    assert "sleep" in kinds
    assert "anxiety" not in kinds and "activity" not in kinds


def test_every_question_offered_is_answered_with_evidence(session: Session) -> None:
    for day in range(40):
        mood = 3 if day % 9 in (0, 1) else 7  # a couple of low days now and then
        activities = ("swimming",) if day % 3 == 0 else ("crosswords",) if day % 10 == 0 else ()
        session.mood.log(
            NewCheckIn(mood=mood, anxiety=2 + day % 5, sleep_hours=6.0 + (day % 4) * 0.7,
                       activities=activities, logged_at=_at(day), tz_offset_min=0)
        )  # fmt: skip
    service = _service(session)
    offered = suggest(service)
    assert 1 <= len(offered) <= 4
    assert activity_question("swimming") in [s.question for s in offered]
    # crosswords: logged on 2 days, too few to say anything about
    assert all("crosswords" not in s.question for s in offered)
    for suggestion in offered:
        answer = service.ask(suggestion.question, use_llm=False)
        assert answer.topic is not None and answer.topic.kind == suggestion.kind
        assert answer.evidence, suggestion.question  # the promise the offer made


def test_activities_are_counted_by_their_days() -> None:
    def checkin(day: int, *activities: str) -> MoodCheckIn:
        return MoodCheckIn(id=f"c{day}-{len(activities)}", logged_at=_at(day), tz_offset_min=0,
                           mood=5, activities=activities, created_at=_at(day))  # fmt: skip

    checkins = [checkin(day, "Yoga ", "tea") for day in range(MIN_ACTIVITY_DAYS)]
    checkins += [checkin(0, "tea"), checkin(0, "tea")]  # the same day twice more: one day
    checkins += [checkin(day, "chess") for day in range(MIN_ACTIVITY_DAYS - 1)]
    assert frequent_activities(checkins, least_days=MIN_ACTIVITY_DAYS) == ["tea", "yoga"]


def test_an_activity_is_named_by_its_label_in_quotes_and_still_read_as_that_activity(
    session: Session,
) -> None:
    # bare-noun labels read wrongly in a sentence ("days with walk"), so the label is quoted;
    # the quoted question must still read as the activity, or it is never offered
    labels = ("walk", "date night", "gym", "cold shower", "crosswords")
    for day in range(30):
        session.mood.log(
            NewCheckIn(mood=4 + day % 4, activities=(labels[day % len(labels)],),
                       logged_at=_at(day), tz_offset_min=0)
        )  # fmt: skip
    service = _service(session)
    checkins, entries = service.data()
    for label in labels:
        question = activity_question(label)
        assert question == f"How do my days with \u201c{label}\u201d go?"
        topic = service.topic(question, checkins, entries)
        assert (topic.kind, topic.subject.lower()) == ("activity", label), question
