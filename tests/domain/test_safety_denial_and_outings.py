"""A question to oneself answered "no, but …" or "no, not yet, but …" is no denial, in six
languages: the sign stands. A plain denial ("no, never", "nope", "ma no, figurati") still
clears it. The reply's "goes on" test is shared by both question-to-oneself denials in
``negation`` (``_DENIAL_GOES_ON``).

A day and a bridge (``core_time_named_unnamed_act``) is no plan when the "bridge" is a
holiday weekend or the bridge is crossed on a walk or outing.

The sentences are written anew, not copied from any benchmark split.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

_SI = Category.SUICIDAL_IDEATION


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Do I want to die? No, but I think about it most nights.", Category.DEATH_WISH),
        ("¿Quiero morirme? No, todavía no, pero a veces lo pienso.", _SI),
        ("Est-ce que je veux mourir ? Non, pas encore, mais certains soirs j'y pense.", _SI),
        ("Will ich sterben? Nein, noch nicht, aber manchmal denke ich daran.", _SI),
        ("Quero morrer? Não, ainda não, mas às vezes penso nisso.", _SI),
        ("Farmi del male? No, ma ci penso spesso.", Category.SELF_HARM),
    ],
)
def test_denial_that_goes_on_to_but_or_not_yet_keeps_the_sign(
    text: str, category: Category
) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize(
    "text",
    [
        "Do I want to die? Nope.",
        "Hurting myself? No, never.",
        "¿Quiero morirme? No, qué va.",
        "Est-ce que je veux mourir ? Non, jamais.",
        "Will ich sterben? Nein, niemals.",
        "Quero morrer? Não, nunca.",
        "Farmi del male? Ma no, figurati.",
    ],
)
def test_plain_denial_to_oneself_still_clears_the_sign(text: str) -> None:
    assert_not_flagged(text)


# "It will be" with a day and a bridge (``core_time_named_unnamed_act``): the sign stands, but a
# holiday "bridge" (a long weekend) or a walk or outing on a bridge is no act of the writer's.
@pytest.mark.parametrize(
    "text",
    [
        "Va a ser el sábado, desde el puente.",
        "Sarà domenica, dal ponte.",
        "Será no sábado, da ponte.",
    ],
)
def test_day_and_bridge_without_occasion_is_flagged(text: str) -> None:
    assert_flagged_as(text, Category.PLAN_OR_METHOD)


@pytest.mark.parametrize(
    "text",
    [
        "Va a ser el sábado, en el puente de diciembre, con toda la familia.",
        "Será el sábado, en el puente de mayo, salimos temprano.",
        "Sarà domenica, la passeggiata sul ponte con gli amici.",
        "It'll be Saturday, a walk over the bridge with my sister.",
    ],
)
def test_day_and_holiday_bridge_or_walk_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)
