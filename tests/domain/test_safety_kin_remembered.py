"""A flag the classifier raised alone is withdrawn on a day of the family's dead remembered, or
of a garden to be redone, and kept where the writer wishes to be with the dead.

``everyday_kin``: a relative's past death recalled, their grave tended, their things handed on;
``everyday_plain``: a garden or a home to be redone. A wish to be with the dead, things said
to be needed no more, or the writer's own death keep the flag.

Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import SafetyDetector
from neuroleaf_desktop.domain.safety.everyday_plain import withdraws

ORDINARY = [
    # a relative's past death recalled
    "Sinto falta da minha mãe às sextas, faz três anos que ela faleceu.",
    "Three years today since my grandad died. Made his stew and it tasted right.",
    "Vermisse meinen Vater am Sonntag, er ist vor zwei Jahren gestorben.",
    # a grave tended
    "Passei no cemitério e limpei o túmulo do meu avô, estava cheio de folhas.",
    "Took fresh tulips to my nan's grave, she always loved them.",
    "Llevé flores a la tumba de mi abuela, como cada domingo.",
    # a relative's things handed on
    "Doei as roupas da minha avó para a igreja do bairro.",
    "Gave grandad's fishing rods to my cousin, he'll use them every weekend.",
    # a garden or a home to be redone
    "Vamos replantar o jardim todo na primavera, já comprei as sementes.",
    "We're going to repaint the kitchen in March, yellow this time.",
]

KEPT = [
    "Sinto falta do meu pai, faz dois anos que ele morreu, quero estar com ele logo.",
    "Took flowers to mum's grave. Soon I'll be with her.",
    "Dei as ferramentas do meu pai pro vizinho, não vou mais precisar delas.",
    "Gave grandad's watch to my brother, I won't need it anymore.",
    "He died last year and I want to die too.",
    "Gave my uncle's chess set to my niece, wanted it with someone who will be around.",
    "Dei o relógio do meu avô ao meu filho, para ele se lembrar de mim.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_an_ordinary_day_of_the_family_withdraws_a_classifier_flag(text: str) -> None:
    assert withdraws(text), text
    detector = SafetyDetector(semantic_scorer=lambda _: 1.0)
    assert not detector.assess(text).flagged, text


@pytest.mark.parametrize("text", KEPT)
def test_a_wish_to_follow_or_things_needed_no_more_withdraw_nothing(text: str) -> None:
    assert not withdraws(text), text
