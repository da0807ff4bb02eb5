"""A season gone as a date, other people's troubles, and words that name something else.

Why: a blind batch's wrong stress chips were traced to their triggers and each trigger judged
by its record across every labelled writer. A trouble dated to a season gone and told in the
past ("Last winter I nearly quit over the call-outs") is over, as one dated by its year is;
"since last winter" or "double what it was last year" sets a present against it and keeps
it. A foster child's "birth mum" is theirs, as "her mum" is; a flatmate's or roommate's
own trouble with the writer only lost for words is sympathy; being sick in a place, said of
someone else, is their mess; an illness that says who someone met is ("a lady with dementia")
is theirs; a ride's train, a document's scan and a machine's leak are no commute, health or
home trouble; a foster "placement" is no coursework and "hubby" is a partner. The writer's
back told as the subject ("Back's gone", "Back's done in") is health, as every writer but one
labelled it, and waking again and again ("keep waking at four") is a poor night. Each case
shows the rule both ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


def stress(text: str) -> frozenset[str]:
    return predict(text).stress


@pytest.mark.parametrize(
    "text",
    [
        "Last winter the call-outs nearly broke me, glad I kept going.",
        "Last summer I was drowning in debt and dreading the post.",
        "Last spring I was dreading every shift at the depot.",
        "Last autumn the rent arrears kept me up at night.",
    ],
)
def test_a_trouble_dated_to_a_season_gone_is_over(text: str) -> None:
    assert stress(text) == frozenset()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # counted on from then, or set against now: the trouble goes on
        ("Since last winter the rent arrears have kept me up at night.", "money"),
        ("The rent is double what it was last year and I'm dreading the renewal.", "money"),
        ("Last year's bill was bad but this one is worse, I'm dreading the post.", "money"),
        ("I'm dreading every shift at the depot this winter.", "work"),
        # a year gone is left out: a loss told so is still the writer's family grief
        ("Last year I lost my dad. Now it's his anniversary and I miss him so much.", "family"),
    ],
)
def test_a_season_set_against_now_keeps_the_trouble(text: str, category: str) -> None:
    assert category in stress(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("His birth dad didn't show up to contact again.", "family"),
        ("Her foster mum rang the school about the bullying.", "family"),
        ("My housemate lost his job today and I don't know what to say to him.", "home"),
        ("The hen party was sick on the minibus floor. Scrubbing it out at midnight.", "health"),
        ("Patient with cancer asked me to hold her hand, that one stayed with me.", "health"),
        ("The ghost train broke down with a full car of kids, what a shift.", "commute"),
        ("Passport scan rejected by the portal for the third time, so annoying.", "health"),
        ("The van is leaking oil again and I've got a full day of jobs.", "home"),
        ("Our foster placement broke down today and I feel awful.", "study"),
    ],
)
def test_someone_elses_trouble_or_another_thing_gives_no_chip(text: str, category: str) -> None:
    assert category not in stress(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the writer's own parent, a relative's trouble the writer is worried by
        ("My mum didn't show up to my graduation and I'm gutted.", "family"),
        ("My brother lost his job today and I'm worried sick about him.", "family"),
        # a housemate as the trouble itself
        (
            "My housemate keeps leaving the kitchen a mess and I don't know what to say to him.",
            "home",
        ),
        # the writer's own sickness, a pet's
        ("I was sick on the ferry and felt awful all day.", "health"),
        ("The dog was sick on the carpet again and I'm worried about him.", "health"),
        # a scan of the writer's own body, a journey's trouble, a home's leak
        ("Worried sick about tomorrow's scan.", "health"),
        ("The bus broke down on the way in and I was late.", "commute"),
        ("The kitchen ceiling is leaking again and the landlord won't reply.", "home"),
        # "hubby" is a partner, as "husband" is
        ("Hubby and I keep arguing about his mum.", "relationships"),
        ("Hubby forgot our anniversary again, fuming.", "relationships"),
    ],
)
def test_the_writers_own_trouble_keeps_its_chip(text: str, category: str) -> None:
    assert category in stress(text)


@pytest.mark.parametrize(
    ("text", "health"),
    [
        # the writer's back told as the subject ("Back's gone", "Back's done in")
        ("Back's been sore since Tuesday and I've got three more loads to shift.", True),
        ("Back's been grim all week from the van seat.", True),
        ("Back's done in after moving the piano.", True),
        # "back" as a return or a place names no body
        ("Back home by six, kids fed, feet up.", False),
        ("Got back from the depot late again, shattered.", False),
    ],
)
def test_the_writers_back_told_as_the_subject_is_health(text: str, health: bool) -> None:
    assert ("health" in stress(text)) is health


@pytest.mark.parametrize(
    ("text", "sleep"),
    [
        # waking again and again is a poor night; waking someone else is not the writer's
        ("Keep waking at four for no reason.", True),
        ("Kept waking up in the night convinced the alarm had gone.", True),
        ("Kept waking the baby by sneezing, oops.", False),
    ],
)
def test_waking_again_and_again_is_a_poor_night(text: str, sleep: bool) -> None:
    assert ("sleep" in stress(text)) is sleep
