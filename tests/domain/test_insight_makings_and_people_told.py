"""Three classes of wording the topic rules read by meaning, each both ways.

- A thing made as a pursuit, named by the verb that makes it and the one thing made, opening a
  comparison, is its making ("building a terrarium against an hour at the garden centre" is
  terrarium building, "carving a spoon versus a run" spoon carving); a thing built that is no
  object made ("building a career", "a fire on the beach") is not.
- Someone named first and told by their role, then asked after by time with "him" or "her"
  ("Bartholomew, my godfather, does seeing him help my mood"), is that person; someone told
  who is only the trouble ("she's stressing me out") leaves the feeling asked.
- A step worked at what it handles, put first for a pursuit ("chipping at a block of limestone
  for stone carving, am I calmer for it"), is that pursuit; a thing done for a use is not.
"""

from __future__ import annotations

import pytest

from tests.support.insight_topics import topic_of


# ---- a thing made, opening a comparison --------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("carving a spoon versus a run, which calms me more", "spoon carving"),
        ("weaving baskets or the gym, which is better for my mood", "basket weaving"),
        ("is building a birdhouse better for me than yoga", "birdhouse building"),
        ("whittling a spoon or a walk in the woods, which leaves me calmer", "spoon whittling"),
        ("building a bookcase or a swim at the lido, which relaxed me more last spring",
         "bookcase building"),
        ("building terrariums vs an hour of telly, which left me happier last winter",
         "terrarium building"),
    ],
)  # fmt: skip
def test_a_thing_made_opening_a_comparison_is_its_making(question: str, subject: str) -> None:
    assert topic_of(question) == ("activity", subject)


@pytest.mark.parametrize(
    "question",
    [
        "building a career or a family, which matters more",
        "building a fire on the beach versus a walk, which leaves me calmer",
    ],
)
def test_a_thing_built_that_is_no_object_is_not_a_making(question: str) -> None:
    assert not topic_of(question)[1].endswith("building")


# ---- someone told by their role, asked after by "him" or "her" ---------------------------------
@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("Bartholomew, my godfather, does seeing him help my mood", "Bartholomew"),
        ("Lysander, my half-brother, does seeing him help my mood", "Lysander"),
        ("Perpetua, my step-sister, am I calmer after a call with her", "Perpetua"),
        ("Ottoline, your godmother, does visiting her help your sleep", "Ottoline"),
        ("Cornelius, my old tutor, did meeting him for coffee lift my mood", "Cornelius"),
        ("Wilhelmina, our aunt, do we feel less anxious after talking to her", "Wilhelmina"),
    ],
)
def test_someone_told_then_asked_after_is_that_person(question: str, subject: str) -> None:
    assert topic_of(question) == ("activity", subject)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Perpetua, my sister, is getting married and she's stressing me out, what helps",
         "stress"),
        ("Perpetua, my sister, is moving abroad and I can't stop crying, what helps", "low_mood"),
    ],
)  # fmt: skip
def test_someone_told_who_is_the_trouble_leaves_the_feeling(question: str, kind: str) -> None:
    assert topic_of(question)[0] == kind


# ---- a step worked at what it handles ----------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("chipping at a block of limestone for stone carving, am I calmer for it",
         "stone carving"),
        ("tapping at a chisel on sandstone for letter cutting, does it calm me", "letter cutting"),
        ("hacking at old pallets for furniture making, any good for me", "furniture making"),
        ("fiddling with wire and pliers for jewellery making, is it worth it", "jewellery making"),
        ("scraping at a hide for leather working, was I happier after it", "leather working"),
        ("pulling on loops of old jumpers for rug hooking, does it settle you", "rug hooking"),
    ],
)  # fmt: skip
def test_a_step_worked_at_is_its_pursuit(question: str, subject: str) -> None:
    assert topic_of(question) == ("activity", subject)


@pytest.mark.parametrize(
    "question",
    [
        "chopping at logs for the wood burner, does it calm me",
        "working on my laptop for hours, does it drain me",
    ],
)
def test_a_step_for_a_use_is_no_pursuit(question: str) -> None:
    assert topic_of(question)[1] not in ("wood burner", "hours")
