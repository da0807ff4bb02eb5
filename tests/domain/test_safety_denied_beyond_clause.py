"""Denials the clause-by-clause negation check cannot see, both ways.

A statement denied as untrue ("it isn't true that", "es stimmt nicht, dass", "no es verdad
que", "ce n'est pas vrai que", "não é verdade que", "non è vero che") denies the phrase a few
words after it, across German's comma before "dass"; "that's not true, I want to die" denies
something else and still flags.
A German belief denied before ", dass" stands in a clause of its own: the burden phrase after
it is the thing not believed. A wish denied and a second act joined to it by "and" ("I don't
want to sleep and not wake up tomorrow"): the second act, which holds a "not" of its own, is
denied with the first, and a rule reading only that piece is not a wish of its own. The same
words asserted, or the denial over before the sign is said, still flag.

Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess_phrases
from neuroleaf_desktop.domain.safety.negation import (
    denied_as_untrue,
    gain_disbelieved_before,
    opens_with_negation,
    wish_denied_before,
)


@pytest.mark.parametrize(
    "text",
    [
        "Ich glaube nicht, dass es leichter wäre, wenn ich nicht mehr da wäre.",
        "Ich glaube nicht, dass meine Familie ohne mich besser dran wäre.",
        "Ich denke nicht, dass es allen leichter fiele, wenn ich weg wäre.",
        "Ich glaube wirklich nicht, dass es für alle einfacher wäre, wenn ich tot wäre.",
        "Es stimmt nicht, dass alle ohne mich besser dran wären.",
    ],
)
def test_a_burden_disbelieved_before_dass_is_not_flagged(text: str) -> None:
    assert not assess_phrases(text).flagged, text


@pytest.mark.parametrize(
    "text",
    [
        "Ich glaube, dass meine Familie ohne mich besser dran wäre.",
        "Ich glaube, dass es für alle leichter wäre, wenn ich nicht mehr da wäre.",
        # the disbelief is of something else; the burden is said in a clause of its own
        "Ich glaube nicht, dass ich das schaffe. Alle wären ohne mich besser dran.",
        "Ich glaube nicht, dass ich das noch schaffe, es wäre leichter, wenn ich nicht mehr da"
        " wäre.",
    ],
)
def test_a_burden_believed_or_said_apart_still_flags(text: str) -> None:
    assert assess_phrases(text).flagged, text


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to sleep and not wake up tomorrow, I have a flight",
        "I don't want to go to bed and not wake up on time, big day tomorrow",
        "ich will nicht einschlafen und nicht mehr aufwachen, morgen geht mein Flug",
        "je ne veux pas dormir et ne pas me réveiller demain, j'ai un vol",
        "no quiero dormirme y no despertar a tiempo, mañana tengo examen",
    ],
)
def test_the_second_act_of_a_denied_wish_is_not_flagged(text: str) -> None:
    assert not assess_phrases(text).flagged, text


@pytest.mark.parametrize(
    "text",
    [
        "I want to sleep and not wake up",
        "I want to go to bed and not wake up",
        "Sometimes I just want to close my eyes and not wake up.",
        "I'm not okay. I want to sleep and not wake up",
        "I don't want to live, I want to sleep and not wake up",
        "ich will nicht mehr leben, ich will einschlafen und nicht mehr aufwachen",
        "je veux dormir et ne pas me réveiller",
        "quiero dormir y no despertar",
    ],
)
def test_sleep_and_not_wake_up_is_the_wish_itself(text: str) -> None:
    assert assess_phrases(text).flagged, text


def test_the_readers_hold_their_shape() -> None:
    assert gain_disbelieved_before("ich glaube nicht, dass es fur alle ")
    assert not gain_disbelieved_before("ich glaube nicht, dass es besser wird, es ")
    assert wish_denied_before("i don't want to sleep and ")
    assert not wish_denied_before("i don't want to live, i want to sleep and ")
    assert opens_with_negation("not wake up") and opens_with_negation("ne pas me reveiller")
    assert not opens_with_negation("want to sleep and not wake up")


@pytest.mark.parametrize(
    "text",
    [
        "It isn't true that nobody would miss me.",
        "It is not the case that I want to die",
        "Es stimmt nicht, dass ich nicht mehr leben will.",
        "Es ist nicht wahr, dass alle ohne mich besser dran wären.",
        "No es verdad que ya no quiero vivir.",
        "Ce n'est pas vrai que je veux mourir.",
        "Não é verdade que eu quero morrer.",
        "Non è vero che voglio morire.",
    ],
)
def test_a_sign_denied_as_untrue_is_not_flagged(text: str) -> None:
    assert not assess_phrases(text).flagged, text


@pytest.mark.parametrize(
    "text",
    [
        "That's not true, I want to die",
        "It's not true that I'm okay, honestly I want to die.",
        "Das stimmt nicht, ich will nicht mehr leben.",
        "Es stimmt nicht, dass alles gut ist. Ich will nicht mehr leben.",
        "No es verdad que esté bien: ya no quiero vivir.",
    ],
)
def test_something_else_denied_leaves_the_sign_standing(text: str) -> None:
    assert assess_phrases(text).flagged, text


def test_the_untrue_frame_reaches_a_few_words_and_no_further() -> None:
    assert denied_as_untrue("it isn't true that ")
    assert denied_as_untrue("es stimmt nicht, ", "dass ich nicht mehr leben will")
    assert not denied_as_untrue("es stimmt nicht, ", "ich will nicht mehr leben")
    assert not denied_as_untrue("that's not true, i ")
