"""Forms of strain every writer who told one labelled the same way.

Each form was added only where it held on every other writer's labelled rows: two people's
work covered by one ("covering two sites"), a cost that makes the eyes water and the premium
paid for cover, pins and needles and steroids, lying awake, a thing due at the end of a
stretch, a few hours' kip, money or work chased. Each test pairs the chip with a look-alike
where it must not be read. The sentences are written for these tests, not taken from the
labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


def stress(text: str) -> set[str]:
    return set(predict(text).stress)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Head office has me covering two stores until March", "work"),
        ("Covering both wards tonight with one agency nurse", "work"),
        ("The van premium went up again and it's eye-watering", "money"),
        ("Nursery fees are eye-watering this term", "money"),
        ("Pins and needles down my left arm all afternoon", "health"),
        ("Back on steroids and my face is puffing up again", "health"),
        ("I lie awake most nights worrying about the accounts", "sleep"),
        ("Safeguarding report due end of the week and I've barely started", "deadlines"),
        ("Two hours' kip before the early shift, I'm a wreck", "sleep"),
        ("Still chasing 600 quid from a client who has gone quiet", "money"),
    ],
)
def test_the_form_names_its_strain(text: str, category: str) -> None:
    assert category in stress(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The paper is covering both sides of the story", "work"),
        ("Premium coffee beans on offer, bought two bags", "money"),
        ("Used to lie awake before every exam, now I sleep like a log", "sleep"),
        ("Ten hours' kip and I feel brand new", "sleep"),
        ("Chasing the kids round the park all afternoon, lovely", "money"),
    ],
)
def test_the_look_alike_names_none(text: str, category: str) -> None:
    assert category not in stress(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Agency cut my day rate again and the rent went up", "money"),
        ("Same hourly rate since 2019 and everything costs double", "money"),
        ("Heel screaming after a day on the shop floor", "health"),
    ],
)
def test_a_rate_of_pay_and_a_heel_hurt(text: str, category: str) -> None:
    assert category in stress(text)


@pytest.mark.parametrize(
    "text",
    [
        "At this rate I'll never finish the tiling, so fed up",
        "Heart rate shot up on the stairs and I panicked",
        "Pick rate went up again, 200 an hour now, I'm shattered",
    ],
)
def test_a_rate_that_is_no_pay_is_no_money(text: str) -> None:
    assert "money" not in stress(text)


def test_help_the_writer_could_not_have_done_without_is_gratitude() -> None:
    assert (
        "gratitude"
        in predict(
            "Neighbours turned up to help us move, couldn't have done it without them"
        ).emotions
    )
