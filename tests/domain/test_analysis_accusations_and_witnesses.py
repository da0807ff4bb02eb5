"""Sums blamed on the writer, partners who tell what the writer does, and words in other senses.

Why: a sum the writer was accused of taking or charging ("accused me of taking money from their
dad's purse", "accused me of overcharging") chipped money, though the writers who told one
labelled the accusation (conflict, the work) and no money of theirs short. A partner who tells
what the writer does asleep or tired, or a habit the writer has stopped ("Partner says I stop
breathing in my sleep", "my wife says I've stopped being a grump"), chipped the relationship,
though no writer labelled one so: the partner saw it, and what they saw is the trouble or the
good news. "Traffic" naming a thing of the road ("nodded off at the traffic lights") chipped the
commute, where no traffic held the writer up, and a worn or carried thing that leaked ("Mask
leaked all night") chipped the home's repairs; a payment named with what it is on ("Loan on the
new crane is due") fell out of reach of the payment that falls due, and read as a time limit.
One of the public who shouts at the writer ("A dad shouted at me at the gate", "Man screamed at
me about his broadband") chipped the quarrel alone, where every writer who told one labelled the
work's strain with it. "Thankfully" ("all sorted now thankfully") is relief said in passing, as
"thank god" already was, and chipped gratitude no writer labelled; tears the writer only looks
as if they had shed, or others took for a feeling ("my eyes look like I've been crying",
"everyone thought I was upset"), chipped sadness. Children named beside a caseload or a list the
writer works through ("Caseload of ninety kids across six schools") chipped family, where every
writer who told one labelled the work; a price asked down ("for half my price", "for the price of
a nail trim") chipped money, where the writers labelled what a customer wants of the work; the
writer undercut by a rival ("a firm that undercut us by half") chipped nothing, where every writer
who told one labelled the work; a hurt counted by its stitches ("Caught my thumb on the bandsaw,
four stitches") chipped nothing and read neutral, where every writer who counted them labelled
health and a bad day; a baby named by the day or the case the writer met them through ("the baby
on the Anfield case") chipped family, and a bill named by a clinician ("Vet bill was £400")
chipped health where five writers in six labelled money alone; friends named as whose holidays
follow ("Jealous of my friends' holidays") chipped the friendship. Each case shows the rule both
ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("A customer accused me of taking money from the till, I was shaking.", False),
        ("Man at the market accused me of overcharging for the eggs, awful morning.", False),
        ("Had to take money out of my savings for the gas again, awful morning.", True),
        ("I accused the garage of overcharging me and I still can't afford the bill.", True),
    ],
)
def test_a_sum_the_writer_is_accused_over_is_no_money_of_theirs(text: str, money: bool) -> None:
    assert ("money" in predict(text).stress) is money


@pytest.mark.parametrize(
    ("text", "relationships"),
    [
        ("My boyfriend says I shout in my sleep and it terrifies him.", False),
        ("Wife reckons I get snappy when I'm tired, which is fair.", False),
        ("Husband says I've stopped checking my phone at dinner, rude but fair.", False),
        ("My boyfriend says I'm never home and it terrifies him.", True),
        ("Husband says I love the allotment more than him, which is fair.", True),
    ],
)
def test_a_partner_who_tells_what_the_writer_does_asleep_is_a_witness(
    text: str, relationships: bool
) -> None:
    assert ("relationships" in predict(text).stress) is relationships


@pytest.mark.parametrize(
    ("text", "commute"),
    [
        ("Dozed off at the traffic lights on the way home, frightened myself.", False),
        ("Stuck at the traffic lights for forty minutes, frightened I'd be late.", True),
        ("Dozed off in traffic on the way home, frightened myself.", True),
    ],
)
def test_traffic_lights_are_a_place_on_the_road(text: str, commute: bool) -> None:
    assert ("commute" in predict(text).stress) is commute


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("Mask leaked all night and hissed in my ear.", False),
        ("The mask leaked and ruined my sleep again.", False),
        ("The bedroom ceiling leaked and ruined my sleep again.", True),
    ],
)
def test_a_worn_or_carried_thing_that_leaks_is_no_home_repair(text: str, home: bool) -> None:
    assert ("home" in predict(text).stress) is home


@pytest.mark.parametrize(
    ("text", "deadlines"),
    [
        ("Loan on the new tractor is due and the farm's barely breaking even.", False),
        ("Loan on the new tractor is due Friday and the farm's barely breaking even.", True),
    ],
)
def test_a_payment_named_with_what_it_is_on_falls_due_as_money(text: str, deadlines: bool) -> None:
    assert ("deadlines" in predict(text).stress) is deadlines
    assert "money" in predict(text).stress


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("A woman shouted at me at the till because the card machine was down.", True),
        ("Bloke screamed at me for ten minutes about a parking ticket.", True),
        ("Dad shouted at me over nothing again.", False),
        ("The man next door shouted at me over the hedge again.", False),
        ("Ramblers shouting at me on the footpath again.", False),
    ],
)
def test_one_of_the_public_shouting_at_the_writer_is_the_works_strain(
    text: str, work: bool
) -> None:
    got = predict(text).stress
    assert ("work" in got) is work
    assert "conflict" in got


@pytest.mark.parametrize(
    ("text", "gratitude"),
    [
        ("The scan came back clear, thankfully.", False),
        ("Burst pipe next door, not ours thankfully.", False),
        ("So thankful for my sister tonight.", True),
    ],
)
def test_thankfully_is_relief_in_passing(text: str, gratitude: bool) -> None:
    assert ("gratitude" in predict(text).emotions) is gratitude


@pytest.mark.parametrize(
    ("text", "sadness"),
    [
        ("Hay fever is brutal, my eyes look like I've been crying all morning.", False),
        ("The whole office thought I was upset because my eyes were streaming.", False),
        ("I've been crying all morning and my eyes are a mess.", True),
        ("I was upset all afternoon and couldn't hide it.", True),
    ],
)
def test_tears_only_looked_like_or_taken_for_are_no_sadness(text: str, sadness: bool) -> None:
    assert ("sadness" in predict(text).emotions) is sadness


@pytest.mark.parametrize(
    ("text", "family", "work"),
    [
        ("Caseload of sixty kids now and they've cut the team again, I'm drowning.", False, True),
        (
            "Three of the children on my list haven't been seen since March, I'm drowning.",
            False,
            True,
        ),
        ("My kids haven't seen me awake all week, I'm drowning.", True, False),
    ],
)
def test_children_in_a_caseload_are_the_works(text: str, family: bool, work: bool) -> None:
    got = predict(text).stress
    assert ("family" in got) is family
    assert ("work" in got) is work


@pytest.mark.parametrize(
    ("text", "money", "work"),
    [
        ("Client wants the full kitchen tiled for half my price, unbelievable.", False, True),
        ("Oh lovely, a full rewire for the price of a new socket, unbelievable.", False, True),
        (
            "Sold the last of the lambs and still can't cover the feed bill, unbelievable.",
            True,
            False,
        ),
    ],
)
def test_a_price_asked_down_is_the_works_strain(text: str, money: bool, work: bool) -> None:
    got = predict(text).stress
    assert ("money" in got) is money
    assert ("work" in got) is work


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("A bigger garage down the road undercut us by a third on every service.", True),
        ("The van hire place keeps undercutting me on the airport runs.", True),
        ("Undercut the fringe a bit short on myself, it'll grow.", False),
    ],
)
def test_the_writer_undercut_by_a_rival_is_the_works_strain(text: str, work: bool) -> None:
    assert ("work" in predict(text).stress) is work


@pytest.mark.parametrize(
    ("text", "health", "polarity"),
    [
        ("Slipped with the bread knife at work, five stitches.", True, "neg"),
        ("Caught my finger on the mandoline, 6 stitches.", True, "neg"),
        ("Five stitches in my palm, all healed up now.", False, "neutral"),
    ],
)
def test_a_hurt_counted_by_its_stitches_is_health(text: str, health: bool, polarity: str) -> None:
    got = predict(text)
    assert ("health" in got.stress) is health
    assert got.polarity == polarity


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Can't stop thinking about the baby on the Harlow case, awful.", False),
        ("Still upset about the baby from Thursday, awful.", False),
        ("The baby was up every two hours again, awful.", True),
    ],
)
def test_a_baby_met_through_the_work_is_no_family(text: str, family: bool) -> None:
    assert ("family" in predict(text).stress) is family


@pytest.mark.parametrize(
    ("text", "health", "money"),
    [
        ("Dentist bill was £300, on top of the car tax.", False, True),
        ("The vet bills are more than my weekly shop.", False, True),
        ("The dog is sick and the vet bill is huge.", True, True),
    ],
)
def test_a_bill_named_by_a_clinician_is_money(text: str, health: bool, money: bool) -> None:
    got = predict(text).stress
    assert ("health" in got) is health
    assert ("money" in got) is money


@pytest.mark.parametrize(
    ("text", "relationships"),
    [
        ("Jealous of my mates' weddings while I'm stuck on nights.", False),
        ("Envious of my friends' holidays, feel stuck in the flat.", False),
        ("My friends have stopped inviting me anywhere, feel stuck in the flat.", True),
    ],
)
def test_friends_things_are_theirs(text: str, relationships: bool) -> None:
    assert ("relationships" in predict(text).stress) is relationships
