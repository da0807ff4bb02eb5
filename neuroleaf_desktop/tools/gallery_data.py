"""What the gallery's filled profile holds: the demo generator's year when it is installed,
else a small hand-made one, and two recent entries either way, so every screen shows a
lived-in journal rather than an empty one.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from neuroleaf_desktop.domain.emotions import EMOTION_GRID
from neuroleaf_desktop.domain.models import NewCheckIn, NewEntry
from neuroleaf_desktop.services.session import Session


def populate(session: Session, *, seed: int = 7) -> None:
    try:  # the demo generator, when present, makes the profile look lived-in
        from neuroleaf_desktop.demo import generator

        data = generator.generate(1, seed)
        generator.populate(session, data)
    except Exception:  # no generator (or a different API): a small hand-made profile
        populate_small(session, seed=seed)
    now = datetime.now(UTC)
    session.journal.add(
        NewEntry(
            title="A quieter evening",
            body="Walked home through the park. The light was soft and I felt my shoulders "
            "drop for the first time this week.\n\n- slept better\n- less coffee",
            tags=("evening", "gratitude"),
            created_at=now - timedelta(minutes=40),
            starred=True,  # the filled shots show a star on the open entry and its row
        )
    )
    session.journal.add(
        NewEntry(
            title="Morning pages",
            body="Three things on my mind: the presentation, calling Mum, the garden.",
            tags=("morning",),
            created_at=now - timedelta(hours=3),
        )
    )
    # Noon of this local day a year ago, so the filled shots show the Journal's "On this
    # day" line (a leap day's year-ago is 28 February, the day the line offers it on)
    noon = datetime.now().astimezone().replace(hour=12, minute=0, second=0, microsecond=0)
    try:
        year_ago = noon.replace(year=noon.year - 1)
    except ValueError:
        year_ago = noon.replace(year=noon.year - 1, day=28)
    session.journal.add(
        NewEntry(
            title="First frost",
            body="Scraped the car and watched the sun come up over the allotments.",
            created_at=year_ago,
        )
    )


def populate_small(session: Session, *, seed: int) -> None:
    rng = random.Random(seed)  # noqa: S311 (sample data)
    now = datetime.now(UTC)
    words = [e.word for e in EMOTION_GRID]
    activities = [a.name for a in session.activities.list()]
    titles = [
        "Long day at work",
        "Coffee with Sam",
        "Couldn't sleep",
        "Sunday walk",
        "Small wins",
        "Feeling flat",
        "Therapy notes",
        "Rainy afternoon",
    ]
    start = now - timedelta(days=300)
    for day in range(300):
        if rng.random() < 0.25:
            continue
        moment = start + timedelta(days=day, hours=rng.randint(7, 21))
        base = 6 + 2 * __import__("math").sin(day / 23)
        mood = max(1, min(10, round(base + rng.gauss(0, 1.3))))
        session.mood.log(
            NewCheckIn(
                mood=mood,
                energy=rng.randint(3, 9),
                anxiety=rng.randint(1, 7),
                sleep_hours=round(rng.uniform(5, 9) * 2) / 2,
                sleep_quality=rng.randint(2, 5),
                emotions=tuple(rng.sample(words, 2)),
                activities=tuple(rng.sample(activities, 2)) if activities else (),
                note="",
                logged_at=moment,
            )
        )
        if rng.random() < 0.3:
            session.journal.add(
                NewEntry(
                    title=rng.choice(titles),
                    body="Wrote a little about the day. " * rng.randint(2, 6),
                    tags=tuple(rng.sample(["work", "family", "sleep", "health", "friends"], 2)),
                    created_at=moment,
                )
            )
