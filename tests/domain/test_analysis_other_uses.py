"""Feeling and stressor words in uses that say nothing of the writer's own feeling or strain.

Why: a chip about a person must be true. Studying a blind batch and then each trigger's record
across every labelled writer, the same few uses gave wrong chips for several writers: a
feeling word naming a role or an event ("the fun one", "the fun police"), gladness at being
spared what others go through, blame told as someone else's view ("my fault apparently"),
abandoning a place, rereading as the effect of a state, ghosting by a client, a stranger
named by "a" as the subject of a feeling, a fault as a mark on a test; and among stressors a
job someone else wants the writer to have ("a proper job"), feeling "a bit sick" (dread, not
illness), "a small price", an invoice overdue (money owed, not a time limit) and a carried
thing leaking. The same audit found forms that were missed for several writers: praise alone
closing a sentence about a trouble, or standing as a sentence of its own after one, is
sarcasm, as praise opening one is, and so are short thanks after one ("Thanks mom. Super
helpful."); "just what I needed" after a trouble is irony; waking by the hour and no whole
night for a while are poor sleep; a customer going off at the writer or squaring up is a
quarrel; "terrifies me" is fear. A quarrel with the writer's feeling shown in another
sentence ("I was shaking after he left") is that feeling, not anger. Each case shows the rule
both ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


def emotions(text: str) -> frozenset[str]:
    return predict(text).emotions


def stress(text: str) -> frozenset[str]:
    return predict(text).stress


@pytest.mark.parametrize(
    ("text", "emotion"),
    [
        ("Had so much fun at the quiz tonight.", "joy"),
        ("So glad I went to the reunion.", "joy"),
        ("It was my fault the order went wrong and I feel awful.", "shame"),
        ("It's my own fault, I forgot to save it.", "shame"),
        ("I feel abandoned by my friends.", "loneliness"),
        ("I keep rereading the email I sent my boss.", "anxiety"),
        ("Got ghosted after three dates and I feel so alone.", "loneliness"),
        ("I was livid about the boiler.", "anger"),
        # the forms that were missed: sarcasm closing a sentence, irony, fear, pride
        ("The council put the rent up and cut my benefits, lovely.", "anger"),
        ("Boiler broke on the coldest night, just what I needed.", "anger"),
        ("Car tax and the vet bill in the same week. Brilliant.", "anger"),
        ("Rent's going up again in March. Lovely.", "anger"),
        ("Dad keeps telling me to just get over it. Thanks dad. Really helpful.", "anger"),
        ("Driving on motorways terrifies me.", "anxiety"),
        ("I was beside myself when the dog went missing.", "anxiety"),
        ("I'm prouder of this table than anything I've made.", "joy"),
        ("The nurse stayed late to sit with mum. Thank you.", "gratitude"),
        (
            "My supervisor yelled at me over the rota. Then I finished my shift and went home.",
            "anger",
        ),
        ("I regret snapping at my sister.", "shame"),
        ("Neighbours lent us their ladder. Thanks so much.", "gratitude"),
    ],
)
def test_the_writers_feeling_still_chips(text: str, emotion: str) -> None:
    assert emotion in emotions(text)


@pytest.mark.parametrize(
    ("text", "emotion"),
    [
        # a feeling word naming a role or an event, or why a thing is done
        ("At home I'm the fun one and at work I'm the grump.", "joy"),
        ("The kids call me the fun police when I turn the telly off.", "joy"),
        ("I still paint for fun on Sundays.", "joy"),
        # gladness at being spared what others go through is relief, not joy
        ("Glad I said no to that transfer, the ones who went now work nights.", "joy"),
        # blame told as someone else's view is being blamed
        ("Apparently it's my fault the printer broke.", "shame"),
        # abandoning a place or a plan is the writer's act
        ("We had to abandon the picnic when it poured.", "loneliness"),
        # rereading as the effect of a state, not of worry
        ("I was so tired I reread the same page five times.", "anxiety"),
        # ghosting by someone the writer works for is an unpaid job
        ("A customer ghosted me after the quote, typical.", "loneliness"),
        # a stranger named by "a" as the subject: the feeling is theirs
        ("An examiner was furious about my paperwork.", "anger"),
        ("A buyer is furious the sofa arrived late.", "anger"),
        # a fault as a mark on a test is no self-blame
        ("Failed my test. Serious fault at the junction.", "shame"),
        # praise closing good news, or a trouble eased, is meant
        ("Lunch with my sister by the river, lovely.", "anger"),
        ("Traffic was light this morning, nice.", "anger"),
        ("A long bath and an early night, just what I needed.", "anger"),
        ("Walked the dog along the cliffs at sunrise. Perfect.", "anger"),
        ("My manager said my report was the best in the team. Nice.", "anger"),
        # a quarrel with the writer's feeling shown in another sentence is that feeling
        ("My supervisor yelled at me over the rota. I was trembling for an hour after.", "anger"),
        # a regret held off is restraint
        ("Bit my tongue before I said something I'd regret to the landlord.", "shame"),
        # thanks alone after a trouble are irony; after kindness they are meant
        ("Dad keeps telling me to just get over it. Thanks dad. Really helpful.", "gratitude"),
        (
            "The landlord says the mould is my fault for breathing. Thanks for the insight.",
            "gratitude",
        ),
    ],
)
def test_other_uses_of_feeling_words_chip_nothing(text: str, emotion: str) -> None:
    assert emotion not in emotions(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("My job is crushing me.", "work"),
        ("I've been sick all night with a stomach bug.", "health"),
        ("The price of petrol is killing us.", "money"),
        ("My invoice to the agency is forty days overdue, so stressed.", "money"),
        ("The report is overdue and I'm panicking.", "deadlines"),
        ("The kitchen ceiling is leaking again.", "home"),
        # the forms that were missed: waking by the hour, no whole night, a quarrel
        ("I wake up every hour with the baby.", "sleep"),
        ("Haven't had a decent night's sleep in a month.", "sleep"),
        ("A passenger went off at me for being late.", "conflict"),
        ("The new neighbour squared up to me over the parking.", "conflict"),
    ],
)
def test_the_writers_own_strain_still_chips(text: str, category: str) -> None:
    assert category in stress(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a job someone else wants the writer to have is their nag
        ("My aunt keeps asking when I'll get a proper job, it's so tiring.", "work"),
        ("Gran asked again when I'm going to find a job, so awkward.", "work"),
        # feeling sick with a degree is dread
        ("I feel a bit sick thinking about the speech.", "health"),
        # a price worth paying is no cost
        ("Bad knee and no more football, small price to pay I suppose.", "money"),
        # money owed to the writer is no time limit of theirs
        ("My invoice to the agency is forty days overdue, so stressed.", "deadlines"),
        # a carried thing leaking is no repair of the home
        ("My water bottle leaked over my notes.", "home"),
        ("My stoma bag leaked at work and I wanted to disappear.", "home"),
        # a customer who ghosts is no date
        ("A customer ghosted me after the quote, typical.", "relationships"),
        # "a decent night out" is no sleep
        ("Haven't had a decent night out in ages.", "sleep"),
    ],
)
def test_other_uses_of_stressor_words_chip_nothing(text: str, category: str) -> None:
    assert category not in stress(text)
