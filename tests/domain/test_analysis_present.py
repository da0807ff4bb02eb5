"""Tenth round: a chip only for the writer's own feeling or strain now, tested both ways.

The blind batches ``test14``–``test16`` showed wrong chips that no single word causes: a past
told against the present across sentences ("Last year … . It's a different job now."), tears
of being moved told a sentence after the happy event, another person's job, missing a way of
life rather than a person, a government office, a social smile or mocking laughter. Each rule
reads the neighbouring words or sentences, so each test has an entry that must still be caught
beside one that must not. The sentences are written for these tests, not taken from the
labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


def chips(text: str) -> tuple[set[str], set[str]]:
    got = predict(text)
    return set(got.stress), set(got.emotions)


@pytest.mark.parametrize(
    ("text", "stress", "emotions"),
    [
        # a time left behind, then the present with no trouble: over; told as a story in two
        # sentences, the present is the writer's calm (sixteenth round), in one it names none
        (
            "Last winter I was crying in the stockroom most days. New manager now and I like "
            "going in.",
            set(),
            {"calm"},
        ),
        ("The first three weeks were so lonely, now I know half the street.", set(), set()),
        (
            "In the beginning I was anxious every time the phone rang. These days I barely "
            "notice it.",
            set(),
            {"calm"},
        ),
        # the past reaches into the present, or the present is itself a trouble: kept
        (
            "Last winter I was crying in the stockroom most days and I'm still dreading every "
            "shift.",
            {"work"},
            {"sadness", "anxiety"},
        ),
        (
            "The first three weeks were so lonely, and now I'm lonely again.",
            set(),
            {"loneliness"},
        ),
        ("I'm so stressed about work right now.", {"work"}, {"anxiety"}),
        # a past feeling judged from today in one clause is over; a feeling now is not
        ("The dread I had about the audit last spring seems silly now.", set(), set()),
        ("Last year's exam stress feels like nothing now.", set(), set()),
        ("Last year's exam stress still feels awful now.", {"study"}, {"anxiety"}),
        (
            "Last year I lost my mum. Now it's her birthday and I miss her so much.",
            {"family"},
            {"loneliness"},
        ),
        # a new trouble after "but" is its own topic: the past part is still over
        (
            "In the beginning the deadlines terrified me, now I just get on with it but my "
            "boss is a nightmare.",
            {"work"},
            set(),
        ),
    ],
)
def test_a_past_told_against_the_present_is_over(
    text: str, stress: set[str], emotions: set[str]
) -> None:
    assert chips(text) == (stress, emotions)


@pytest.mark.parametrize(
    ("text", "emotions"),
    [
        # a happy event, then tears in the next sentence, nothing sad: being moved
        ("My son rode his bike for the first time today. I cried watching from the gate.", set()),
        ("So proud of her at the school concert! I sobbed in the car park.", {"joy"}),
        # crying alone, or beside any trouble, stays sadness
        ("Cried all the way home.", {"sadness"}),
        ("Burnt the tea and cried, lol, long day.", {"sadness"}),
        (
            "Lovely walk with the dog this morning. Cried on the way back, not sure why.",
            {"sadness"},
        ),
        ("Got the best news today. Then the vet rang and I cried for an hour.", {"sadness"}),
        # tears that might have been are no tears
        ("Scan was clear, could've cried!", set()),
        ("I'm so tired I could cry.", {"sadness"}),
    ],
)
def test_tears_across_an_entry(text: str, emotions: set[str]) -> None:
    assert chips(text)[1] == emotions


@pytest.mark.parametrize(
    ("text", "stress"),
    [
        # another person's job is theirs (and a brother's struggle told with the writer outside
        # it is his: ``kin``; worried about him, it is the writer's family strain too)
        ("My brother's struggling, he's been signed off work for a month.", set()),
        (
            "My brother's struggling, he's been signed off work for a month and I'm worried "
            "about him.",
            {"family"},
        ),
        ("Mum was up at five getting ready for work again, she's seventy.", set()),
        # the writer's own job, or a close person's job loss shared by "us", stays work
        ("My husband's job loss has us both terrified.", {"relationships", "work"}),
        ("My wife got laid off today and I can't sleep.", {"relationships", "work", "sleep"}),
        ("I've been signed off work with stress and I feel useless.", {"work"}),
        ("They're cutting hours at work and I'm scared I'm next.", {"work"}),
        # a person from the writer's work is no other job
        ("My friend from work keeps stealing my ideas and I'm fuming.", {"relationships", "work"}),
        # leave someone else was signed off on is theirs; the writer's own is not
        ("My manager's been signed off for a month, no idea who covers.", set()),
        ("I've been signed off work for a month and I feel like a failure.", {"work"}),
    ],
)
def test_someone_elses_job(text: str, stress: set[str]) -> None:
    assert chips(text)[0] == stress


@pytest.mark.parametrize(
    ("text", "emotions"),
    [
        ("I miss my old routine so much.", set()),
        ("Miss my own language, miss the food, miss the noise of the market.", set()),
        ("I miss my old flatmates so much.", {"loneliness"}),
        ("Really miss my nan tonight.", {"loneliness"}),
        ("I miss my dog, he's at my ex's this week.", {"loneliness"}),
    ],
)
def test_missing_a_person_not_a_thing_is_loneliness(text: str, emotions: set[str]) -> None:
    assert chips(text)[1] == emotions


@pytest.mark.parametrize(
    ("text", "stress"),
    [
        ("The Home Office still hasn't replied, I'm losing my mind.", set()),
        ("My hair is falling out in clumps and I hate the mirror.", set()),
        ("The office is a nightmare this week, I'm drowning.", {"work"}),
        ("Had a falling out with my sister and I feel awful.", {"family", "conflict"}),
        ("The pub next door shut for good, gutted for the landlady.", set()),
        ("Next door had a party till 3am again and I'm shattered.", {"home"}),
    ],
)
def test_offices_and_falling_out_in_other_senses(text: str, stress: set[str]) -> None:
    assert chips(text)[0] == stress


@pytest.mark.parametrize(
    ("text", "emotions"),
    [
        # social acts that borrow a feeling word
        ("Asked them to turn the music down and got laughed at.", set()),
        ("The mums at pickup talk about their holidays and I smile and nod.", set()),
        ("Angry callers all morning, I just read the script.", set()),
        # blame laid on the writer is no shame but anger, as every writer who told it labelled
        ("Somehow it's my fault the rota fell apart.", {"anger"}),
        ("He preached hope at the vigil.", set()),
        # the feelings themselves
        ("Laughed so hard at the quiz I cried.", {"joy"}),
        ("It's my fault the rota fell apart and I feel terrible.", {"shame"}),
        ("I'm so angry with the callers today.", {"anger"}),
        ("Feeling hopeful about the new flat.", {"hope"}),
    ],
)
def test_feeling_words_in_social_acts(text: str, emotions: set[str]) -> None:
    assert chips(text)[1] == emotions


@pytest.mark.parametrize(
    ("text", "stress", "emotions"),
    [
        # a first name in lower case, as texted, is someone else
        ("jess had a meltdown in the corridor, sat with her at lunch", set(), set()),
        ("had a meltdown before the chemistry exam, so embarrassing", {"study"}, {"shame"}),
        # "shes" as texted is "she's"
        ("missed her party again and i know shes fuming with me", set(), set()),
        ("missed her party again and im fuming with myself", set(), {"anger"}),
        # a bond between other people is theirs; the writer's own is not
        ("My brother's marriage is on the rocks and he keeps ringing me.", {"family"}, set()),
        ("My marriage is on the rocks and I can't stop crying.", {"relationships"}, {"sadness"}),
        # losing sleep over something is worry; a game's boss is no manager
        ("HR still haven't sorted my contract and I'm losing sleep over it.", {"work"}, set()),
        ("Lost sleep again, up every hour with the heat.", {"sleep"}, set()),
        ("Finally beat the final boss, screamed the house down.", set(), set()),
        # a quarrel the writer is in is their anger (the labelling guide)
        ("My boss screamed at me in front of everyone.", {"work", "conflict"}, {"anger"}),
    ],
)
def test_whose_and_which_sense(text: str, stress: set[str], emotions: set[str]) -> None:
    assert chips(text) == (stress, emotions)


@pytest.mark.parametrize(
    ("text", "emotions"),
    [
        ("People keep joking about it and I laugh it off.", set()),
        ("Five years married and stronger than ever.", set()),
        ("Gave up my Saturdays to look after her and I'd do it again.", set()),
        ("Gave up smoking three weeks ago.", set()),
        # giving up itself, and hope said as a feeling, stay
        ("I gave up, nothing I do makes a difference.", {"sadness"}),
        ("Feeling stronger every day and hopeful for the first time in ages.", {"hope"}),
    ],
)
def test_idioms_that_borrow_a_feeling_word(text: str, emotions: set[str]) -> None:
    assert chips(text)[1] == emotions


@pytest.mark.parametrize(
    ("text", "emotions"),
    [
        # losing a thing is a mishap, losing weight is news
        ("Lost my phone, found my phone, lost my phone again.", set()),
        ("Lost a stone since March.", set()),
        # feeling lost stays sadness
        ("Feeling lost and low since she moved out.", {"sadness"}),
        # someone a job brings is someone else
        ("The bride was furious with the florist.", set()),
        ("I was furious with the florist.", {"anger"}),
    ],
)
def test_lost_things_and_people_a_job_brings(text: str, emotions: set[str]) -> None:
    assert chips(text)[1] == emotions


@pytest.mark.parametrize(
    ("text", "stress", "emotions"),
    [
        # feelings the lexicon had in another form: "made my day" → "made my whole week",
        # "scared" → "it scares me", "knot in my stomach" → "stomach in knots"
        ("Neighbour dropped round a lasagne. Made my whole week.", set(), {"joy"}),
        ("Passed my driving theory, well chuffed.", set(), {"joy"}),
        ("The lump is still there and it scares me.", {"health"}, {"anxiety"}),
        ("Stomach's been in knots since the appraisal email.", {"work"}, {"anxiety"}),
        # and what stays without them
        ("My stomach has been killing me all week.", {"health"}, set()),
        ("Scary film night with the kids, so good.", set(), set()),
    ],
)
def test_feelings_said_in_other_forms(text: str, stress: set[str], emotions: set[str]) -> None:
    assert chips(text) == (stress, emotions)


@pytest.mark.parametrize(
    ("text", "emotions"),
    [
        # "hate" is mostly dislike: alone it was anger in 8 of 13 labelled sentences, too
        # doubtful for a chip
        ("I hate the night bus.", set()),
        ("Love the team, hate the hours.", set()),
        # anger named, or hate said twice over, still shows
        ("Furious with the council, I hate how they treat us.", {"anger"}),
        ("I hate him, I hate what he did to us.", {"anger"}),
    ],
)
def test_hate_alone_is_dislike(text: str, emotions: set[str]) -> None:
    assert chips(text)[1] == emotions


@pytest.mark.parametrize(
    ("text", "emotions"),
    [
        # a smile alone is too doubtful for joy (right in 2 of 5 labelled sentences)
        ("Nodded and smiled through the whole meeting.", set()),
        # smiling with joy named, or smiling and laughing, still shows
        ("So happy today, couldn't stop smiling.", {"joy"}),
        ("Smiled and laughed all through dinner with the girls.", {"joy"}),
    ],
)
def test_a_smile_alone_is_no_chip(text: str, emotions: set[str]) -> None:
    assert chips(text)[1] == emotions
