"""Ordinary sentences built like a sign (``everyday_shapes``, the bare club in ``everyday_frames``,
the new frames of ``everyday_plain``), both ways, in several languages.

Each shape gets ordinary lines the phrase rules must leave alone and close warning-sign lines of
the same build that must still be flagged: a comic preference (not "than go on like this"), a
holiday absence (not "a better place", not "any more"), a shop's stock (not "here", not "this
town"), a target in miles (not an age), a stomach pumped after drink (not with pills, not
"I wanted to die"), a party's date (not a date for when everyone is away), a club named bare
(not "if I lose", not a parent, not "I mean it"), "dead" as "exactly" ("dead on time", not
"dead by Sunday"). The plain frames withdraw a classifier-only
flag for a shop sold out, a call with a friend, a game won, praise at work and "today I don't
exist" beside a flu, and never with a dark word in the entry.

The sentences are written for this file, not copied from any labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.everyday_plain import withdraws
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

ORDINARY = [
    # a comic preference: "rather die than" a social duty, a garment, a night out
    "Honestly I'd rather die than sit through his brother's karaoke night again.",
    "I would rather be dead than be seen in that Christmas jumper.",
    "Preferiría morirme antes que ir a la cena de empresa del viernes.",
    "Prefiro morrer do que ir àquele jantar de família no domingo.",
    "Preferirei morire piuttosto che andare a quella riunione condominiale.",
    "Je préfère mourir plutôt que d'aller à la soirée de ma belle-sœur.",
    "Ich würde lieber sterben als auf diese Betriebsfeier zu gehen.",
    # a holiday absence: a time named, and where the writer will be
    "I won't be around come Easter, we're in Cornwall with the in-laws.",
    "Je ne serai pas là à Pâques, on part en Bretagne chez mes parents.",
    "An Ostern bin ich nicht mehr da, wir fliegen nach Mallorca.",
    "I won't be around next month, I'll be in Lisbon for the conference.",
    "I won't be around next year, I've got a placement in Leeds.",
    # "dead" as "exactly"
    "For once I want to be dead on time, the interview is at nine.",
    "I'd love to be dead centre in the front row for once.",
    # a shop's stock
    "By six there was nothing left for me at the bakery, not even a roll.",
    "Got to the front and there was nothing left for me at the deli counter.",
    # a target measured, not an age
    "Can't picture myself reaching 40 km a week before the half marathon.",
    "I can't see myself reaching 10k followers this year, and that's fine.",
    # a stomach pumped after drink, nothing said of meaning it
    "They pumped my stomach after too many shots at the Christmas do, never again with tequila.",
    "Mi hanno fatto la lavanda gastrica dopo una sbronza alla festa di laurea, che vergogna.",
    # a party's date
    "I've picked the date, the housewarming is when Sam's back from Berlin.",
    "Ho scelto la data, la grigliata è quando tornano tutti dal mare.",
    "Ich habe das Datum festgelegt, die Feier ist, wenn alle aus dem Urlaub zurück sind.",
    # a club named bare
    "Wenn Schalke am Samstag wieder verliert, bring ich mich um.",
    "If Spurs lose again on Sunday I'm going to kill myself.",
    "Se Benfica perder outra vez o clássico eu me mato.",
    "Si Lyon perd encore le derby je me tue.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_shape_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)


SIGNS = [
    # a preference that is no joke: living on, going back, a burden
    ("I'd rather die than wake up to another year like this one.", Category.DEATH_WISH),
    ("I would rather be dead than go back to him.", Category.DEATH_WISH),
    ("Prefiero morir antes que seguir viviendo así.", Category.DEATH_WISH),
    ("Ich würde lieber sterben als so weiterzuleben.", Category.SUICIDAL_IDEATION),
    # the party named beside a sign elsewhere in the entry
    (
        "I'd rather die than go to that wedding. I've been thinking about killing myself a lot.",
        Category.SUICIDAL_IDEATION,
    ),
    # an absence with no trip, or one made final
    ("I won't be around at Christmas, I'm in a bad place.", Category.NO_FUTURE),
    ("Je ne serai pas là à Pâques, je serai enfin en paix.", Category.NO_FUTURE),
    # "I'll be in <place>" where the place is where the dead are said to be, not a trip
    ("I won't be around come Christmas, I'll be in a better place.", Category.NO_FUTURE),
    ("I won't be here next spring, I'll be in heaven with Nan.", Category.NO_FUTURE),
    # a wish to be dead with a day named, not an adverb of exactness
    ("I want to be dead by Sunday.", Category.DEATH_WISH),
    ("Next year I won't be there, job or no job, I'm done.", Category.NO_FUTURE),
    # nothing left "here", for good
    ("Nothing left for me in this town, or anywhere really.", Category.NO_FUTURE),
    # reaching an age, not a target
    ("Can't picture myself reaching 40, I don't think I'll get that far.", Category.NO_FUTURE),
    # a stomach pumped after pills, or said to be meant
    ("They pumped my stomach after I took the pills with vodka.", Category.SUICIDAL_IDEATION),
    # a date for when the others are away
    ("Ich habe das Datum ausgesucht, wenn alle weg sind.", Category.PLAN_OR_METHOD),
    # the writer losing, or said in earnest
    ("If I lose the flat again I'm going to kill myself.", Category.SUICIDAL_IDEATION),
    (
        "Wenn Papa wieder verliert, bring ich mich um, ich meine es ernst.",
        Category.SUICIDAL_IDEATION,
    ),
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_sign_of_the_same_build_stays_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


WITHDRAWN = [
    # a shop sold out
    "Cheguei tarde ao talho e o frango estava esgotado.",
    "Alle sette al panificio era tutto esaurito.",
    # a call with a friend or a relative
    "Três horas ao telefone com a minha irmã, ri tanto.",
    "Ewig mit meiner besten Freundin telefoniert, das tat gut.",
    # a game won at the table
    "A minha avó ganhou na sueca e não se cala.",
    "Mio zio ha vinto a briscola tutta la sera.",
    # praise received
    "La prof m'a félicitée devant toute la classe, je ne savais plus où me mettre.",
    # out of action for the day with an ailment named
    "Febre e dor de garganta. Hoje não existo.",
]


@pytest.mark.parametrize("text", WITHDRAWN)
def test_plain_frame_withdraws_a_classifier_flag(text: str) -> None:
    assert withdraws(text)


KEPT = [
    # the frame beside a dark word
    "Telefonei à minha melhor amiga para me despedir.",
    "Ganhei na sueca e mesmo assim não aguento mais viver.",
    # "I don't exist" with no ailment, or beside a word about life
    "Hoje não existo para ninguém.",
    "Gripe outra vez. Hoje não existo e nem quero existir.",
    # sold out of what the writer's life needs
    "Na farmácia já não sobrou nada, e eu já nem quero viver assim.",
]


@pytest.mark.parametrize("text", KEPT)
def test_plain_frame_keeps_a_flag_near_a_sign(text: str) -> None:
    assert not withdraws(text)
