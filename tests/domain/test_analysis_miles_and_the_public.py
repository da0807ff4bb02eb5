"""Miles driven counted to a span of time, a thing called the writer's office, public abuse.

Why: miles counted to a week, a day or a vehicle ("Four hundred miles this week, M6 every day",
"I do 300 miles a week in it") chipped nothing and read neutral, where every writer who counted
them so labelled the commute and a bad day; miles counted to a route or a place ("Route was 112
miles today", "Missed it by 200 miles") say only how far, and miles walked or cycled are
exercise. A thing called the writer's office ("my car is basically my office") is a likeness of
where the day goes and names no strain of the work. One of the public who swears at or
threatens the writer ("A man swore at me for five minutes over a £3 charge", "Bloke threatened
to punch me over a fare") chipped nothing, where every writer who told one labelled the work's
strain, as one who shouts at the writer already was. Each case shows the rule both ways. The
sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "commute"),
    [
        ("Six hundred miles this week, A1 both ways, my back's done in.", True),
        ("Did 250 miles a day in the van between jobs.", True),
        ("Clocked up 900 miles this week for two meetings.", True),
        ("The round was 80 miles today, dropped the last parcel at four.", False),
        ("Cycled 100 miles this week, legs like jelly but loving it.", False),
        ("Walked 12 miles a day on the coast path, happiest I've been.", False),
        ("Did 40 miles a day on the bike, legs dead.", False),
        ("Missed the final by 300 miles, stuck in Leeds.", False),
    ],
)
def test_miles_driven_counted_to_a_span_are_the_commutes(text: str, commute: bool) -> None:
    assert ("commute" in predict(text).stress) is commute


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Drove all over Kent again, the van is practically my office.", False),
        ("Another day eating lunch in the car, it's basically my office now, grim.", False),
        ("My office is freezing and the boss won't fix the heating.", True),
        ("Stuck at the office till nine again, awful.", True),
    ],
)
def test_a_thing_called_the_writers_office_is_no_work_strain(text: str, work: bool) -> None:
    assert ("work" in predict(text).stress) is work


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("A customer swore at me because the card machine was down.", True),
        ("Some bloke threatened to smack me over a parking space at the depot.", True),
        ("A woman threatened me at the counter over a late parcel, shaking after.", True),
        ("My brother swore at me over the phone, furious with him.", False),
        ("The neighbour threatened me about the hedge again.", False),
        ("A man swore at the referee all match and it was hilarious.", False),
    ],
)
def test_one_of_the_public_who_swears_at_the_writer_is_the_works(text: str, work: bool) -> None:
    assert ("work" in predict(text).stress) is work
