"""A bare first-person "I'll end it" with a near time is a plan, whatever the time; a thing
named as "it" just before clears it, whatever the time ("tonight" included). Both ways, six
languages.

The stance (``rules_end_bare_time``): in a journal, the bare ending told with tonight, soon,
tomorrow, a weekday, this or next week or weekend, before a holiday, in either order, with no
thing named as "it" in its sentence or the one before and no break-up, is flagged as a plan.
Before it, "I'll end it tonight." was flagged while "… tomorrow.", "… soon.", "… on Friday."
were not, and "The lease is a nightmare, I'll end it tonight." was flagged while "… on Friday"
was not (``everyday_ended_thing`` now clears every time alike).

The sentences are written anew for this test, not copied from any labelled batch.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess_phrases
from tests.support.safety_categories import PM
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

# the same bare ending, every near time read alike
PLANS = [
    "I'll end it tonight.",
    "I'll end it tomorrow.",
    "I'll end it this weekend.",
    "I'll end it soon.",
    "I'll end it on Friday.",
    "Next week I will end it.",
    "ok. i'm gonna end it tomorrow night",
    "Tired of pretending I'm fine. I will finally end it before Christmas.",
    "Morgen mach ich Schluss.",
    "Am Samstag mach ich Schluss, ich hab es mir überlegt.",
    "Ich mach nächste Woche Schluss.",
    "J'en finirai demain.",
    "Ce week-end, j'en finis.",
    "Je vais y mettre fin vendredi.",
    "Acabo con todo mañana.",
    "El viernes voy a acabar con todo.",
    "Acabo com tudo amanhã.",
    "No sábado vou acabar com tudo.",
    "La faccio finita domani.",
    "Sabato metto fine a tutto.",
]

NOT_PLANS = [
    # "it" a thing named in the sentence or the one before, every time alike
    "The lease is a nightmare, I'll end it tonight.",
    "The lease is a nightmare, I'll end it on Friday.",
    "My phone contract is a rip-off. I'll end it tomorrow.",
    "That podcast has gone downhill, I'll end it this weekend.",
    "The Monday meeting is pointless. I'll end it soon.",
    "Das Fitnessstudio-Abo nervt nur noch. Heute Nacht mach ich Schluss.",
    "Der Mietvertrag ist eine Zumutung, am Freitag mach ich Schluss.",
    "Ce contrat de box est un cauchemar, j'en finirai ce soir.",
    "La suscripción del gimnasio es un robo, acabo con todo el viernes.",
    "A assinatura da televisão é uma fortuna, acabo com tudo amanhã.",
    "L'abbonamento della palestra è un furto, la faccio finita domani.",
    "This relationship is going nowhere. I'll end it tonight.",
    # a task finished, an ending with someone, early, or knocking off work
    "Lo termino mañana, el trabajo de historia.",
    "La finisco domani, la tesi.",
    "I'll end it with him tomorrow.",
    "I'll end it early tomorrow, nobody listens anyway.",
    "Morgen mach ich früher Schluss.",
    "Am Freitag mach ich Schluss mit dem Rauchen.",
]

# the thing said over or lost, or someone gone after it: "it" is no thing left to end
STILL_PLANS = [
    "Our relationship fell apart. I'll end it tonight.",
    "I got the call this morning, she's gone. I'll end it tonight.",
    "The last match was my brother's before he died. I'll end it on Sunday.",
]


@pytest.mark.parametrize("text", PLANS)
def test_bare_ending_with_a_near_time_is_a_plan(text: str) -> None:
    assert_flagged_as(text, PM)


@pytest.mark.parametrize("text", NOT_PLANS)
def test_ending_of_a_thing_named_is_not(text: str) -> None:
    assert_not_flagged(text)


@pytest.mark.parametrize("text", STILL_PLANS)
def test_thing_over_or_someone_gone_stays_a_plan(text: str) -> None:
    assert_flagged_as(text, PM)


def test_every_near_time_is_urgent_alike() -> None:
    times = ["tonight", "tomorrow", "this weekend", "soon", "on Friday"]
    severities = {assess_phrases(f"I'll end it {t}.").severity.value for t in times}
    assert severities == {"urgent"}
