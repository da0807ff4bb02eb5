"""Asking about people, places and activities of a real vault: found in any casing, or said
plainly to be missing; a question not about the journal gets no evidence at all."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from neuroleaf_desktop.domain.models import NewCheckIn, NewEntry
from neuroleaf_desktop.services.insight_service import InsightService
from neuroleaf_desktop.services.session import Session

START = date(2026, 10, 1)


def _fill(session: Session) -> None:
    for i in range(12):
        day = START + timedelta(days=i)
        at = datetime(day.year, day.month, day.day, 20, tzinfo=UTC)
        session.mood.log(NewCheckIn(mood=5 + i % 3, logged_at=at, tz_offset_min=0,
                                    sleep_hours=6.5 + i % 3, anxiety=3 + i % 4,
                                    activities=("running",) if i % 2 else ("piano",)))  # fmt: skip
        if i % 3 == 0:
            body = "Long run by the lake with Priya, then we cooked. I will sleep early."
            session.journal.add(NewEntry("Run", body, ("new york",), created_at=at,
                                         tz_offset_min=0))  # fmt: skip


def test_names_activities_and_missing_things_in_a_real_vault(session: Session) -> None:
    _fill(session)
    service = InsightService(session, model="test", semantic=False)

    priya = service.ask("how do i feel after seeing priya", use_llm=False)
    assert priya.topic is not None and (priya.topic.kind, priya.topic.subject) == (
        "activity",
        "Priya",
    )
    assert priya.evidence and "Priya" in priya.evidence[0].summary

    runs = service.ask("When did I last go for a run?", use_llm=False)
    assert runs.topic is not None and runs.topic.subject == "running"
    assert runs.evidence[0].day == START + timedelta(days=11)

    # a place only tagged, asked in lower case
    york = service.ask("was i calmer in new york?", use_llm=False)
    assert york.topic is not None and york.topic.subject == "New York"
    assert "New York on 4 of your 12 days" in york.evidence[0].summary

    for question, missing in (("Does Paris cheer me up?", "Paris"),
                              ("Does knitting help me relax?", "knitting")):  # fmt: skip
        answer = service.ask(question, use_llm=False)
        assert not answer.evidence and not answer.claims
        assert answer.text.startswith(f"I can't find {missing} in your journal")

    weather = service.ask("what's the weather", use_llm=False)
    assert weather.topic is not None and weather.topic.kind == "unknown"
    assert not weather.evidence and "only answer questions about your own journal" in weather.text


def test_scope_is_answered_or_said_plainly_in_a_real_vault(session: Session) -> None:
    """A window limits the evidence (or the answer says there is nothing then); a window the
    calendar cannot place and a comparison are said first, in the text and the notes."""
    _fill(session)  # 2026-10-01 .. 2026-10-12
    service = InsightService(session, model="test", semantic=False, today=lambda: date(2026, 11, 3))

    october = service.ask("how was my sleep last month?", use_llm=False)
    assert october.topic is not None and "2026-10-01 to 2026-10-31" in october.topic.heading
    assert october.evidence and october.text.startswith("This looks only at last month")

    week = service.ask("how anxious was I last week?", use_llm=False)
    assert not week.evidence and not week.claims
    assert "no check-ins or entries from last week" in week.text

    job = service.ask("have I been more anxious since I started the new job?", use_llm=False)
    assert job.evidence and job.notes[0] in job.text and "all your data" in job.notes[0]

    compared = service.ask("do I sleep better after running or after piano?", use_llm=False)
    assert compared.topic is not None and compared.topic.also == (("piano", "activity"),)
    assert {"running", "piano"} <= {t for e in compared.evidence for t in e.terms}
    assert compared.evidence[1].summary.startswith("Your sleep")


def test_days_of_the_week_worse_and_unknown_phrases_in_a_real_vault(session: Session) -> None:
    """A weekday is compared with the other days; "what doesn't help" shows nothing that
    helps; an unknown thing of two words is said to be missing, nothing borrowed."""
    for i in range(28):  # 2026-10-05 is a Monday
        day = date(2026, 10, 5) + timedelta(days=i)
        at = datetime(day.year, day.month, day.day, 20, tzinfo=UTC)
        late = i % 3 == 0
        anxiety = 8 if day.weekday() == 0 else 3
        done = ("screen late",) if late else ("walk",)
        session.mood.log(NewCheckIn(mood=4 if late else 7, logged_at=at, tz_offset_min=0,
                                    sleep_hours=7.0, anxiety=anxiety, activities=done))  # fmt: skip
    service = InsightService(session, model="test", semantic=False, today=lambda: date(2026, 11, 3))

    mondays = service.ask("is there a pattern with my anxiety on mondays", use_llm=False)
    assert mondays.evidence[0].summary.startswith("Your anxiety averaged 8 on Mondays and 3 ")
    assert "n = 4 and 24 days" in mondays.evidence[0].summary
    assert mondays.notes[0] in mondays.text and "compared with your other days" in mondays.notes[0]

    worse = service.ask("what doesn't help my mood?", use_llm=False)
    assert worse.topic is not None and worse.topic.worse
    assert "screen late" in worse.evidence[0].terms and "lower" in worse.evidence[0].summary
    assert not any("higher" in e.summary for e in worse.evidence)

    tai_chi = service.ask("am I calmer after tai chi?", use_llm=False)
    assert not tai_chi.evidence and not tai_chi.claims
    assert tai_chi.text.startswith("I can't find tai chi in your journal")


def test_a_discipline_is_the_persons_exercise_only_when_their_journal_names_it(
    session: Session,
) -> None:
    """Someone who logs "exercise" and never writes of pilates gets the plain answer that the
    journal does not hold it, nothing borrowed from their exercise; once an entry names it,
    the same question is about their exercise."""
    for i in range(20):
        day = START + timedelta(days=i)
        at = datetime(day.year, day.month, day.day, 20, tzinfo=UTC)
        session.mood.log(NewCheckIn(mood=5 + i % 3, logged_at=at, tz_offset_min=0,
                                    activities=("exercise",) if i % 2 else ("walk",)))  # fmt: skip
    service = InsightService(session, model="test", semantic=False)

    pilates = service.ask("does pilates help my mood?", use_llm=False)
    assert pilates.topic is not None and pilates.topic.subject == "pilates"
    assert not pilates.evidence and not pilates.claims
    assert pilates.text.startswith("I can't find pilates in your journal")

    swim = service.ask("does swimming help my mood?", use_llm=False)  # a word for exercise
    assert swim.topic is not None and swim.topic.subject == "exercise" and swim.evidence

    at = datetime(2026, 10, 21, 20, tzinfo=UTC)
    session.journal.add(NewEntry("Class", "My first pilates class in years.", (), created_at=at,
                                 tz_offset_min=0))  # fmt: skip
    again = service.ask("does pilates help my mood?", use_llm=False)
    assert again.topic is not None and again.topic.subject == "exercise" and again.evidence


def test_a_thing_the_journal_lacks_beside_a_feeling_borrows_nothing(session: Session) -> None:
    """The trained classifier may be sure of the feeling named beside a thing the journal never
    mentions; the answer still says plainly that the thing is not there, with no item of that
    feeling. A thing the journal does hold is answered from it."""
    _fill(session)
    service = InsightService(session, model="test", semantic=False)
    for question, missing in (
        ("does orienteering calm my panic attacks", "orienteering"),
        ("does ceramics help when I'm anxious and panicky", "ceramics"),
        ("does going to orienteering club help when I'm on edge and jittery", "orienteering"),
        ("am I less anxious on the weeks I make it to ceramics", "ceramics"),
    ):
        answer = service.ask(question, use_llm=False)
        assert not answer.evidence and not answer.claims, question
        assert answer.text.startswith(f"I can't find {missing} in your journal")
    piano = service.ask("does the piano help when I'm on edge and jittery", use_llm=False)
    assert piano.topic is not None and piano.topic.subject == "piano" and piano.evidence


def test_a_framed_thing_or_a_question_of_no_one_borrows_nothing(session: Session) -> None:
    """A thing weighed after a feeling set first as its condition, and "is it normal to feel …"
    asked of no one, are answered plainly: no item of the feeling they name."""
    _fill(session)
    service = InsightService(session, model="test", semantic=False)
    for question, missing in (
        ("when I'm on edge, does sitting by the river sketching settle me", "sketching"),
        ("on my worst weeks, has fishing at the reservoir made any difference", "fishing"),
    ):
        answer = service.ask(question, use_llm=False)
        assert not answer.evidence and not answer.claims, question
        assert answer.text.startswith(f"I can't find {missing} in your journal")
    world = service.ask("is it normal to feel anxious when the evenings draw in", use_llm=False)
    assert world.topic is not None and world.topic.kind == "unknown"
    assert not world.evidence and not world.claims
    # the feeling asked about the person's own days is answered from them
    own = service.ask("when I'm on edge, what has helped me", use_llm=False)
    assert own.topic is not None and own.topic.kind == "anxiety" and own.evidence
