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
