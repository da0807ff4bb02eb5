"""Burden and trapped pain read as frames of two parts, in any wording of each part.

Burden: the writer's absence (a supposition, a habit, a missing) beside what the others would
gain (relief, savings, their own life, a home that runs better), and what the writer costs the
others named as the resources they pay. Trapped pain: an exit denied beside a trap, a pain or
debts; a limit reached in time; sinking while the others watch or never come; the wish that it
stop for good. Each frame has look-alikes it must leave alone: a lift or a traffic jam with no
way out, a price that costs time, a team that plays better with a new striker, a day too hot to
stand, a noise one wants gone for good.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess_phrases
from neuroleaf_desktop.domain.safety.categories import Category

BURDEN = [
    # absence, and relief or lightness for the others
    "Honestly my parents would be so relieved without me around.",
    "Meine Schwester wäre ohne mich viel leichter dran, glaub mir.",
    "Ma mère respirerait enfin si j'étais plus là.",
    "Mis hermanos estarían aliviados sin mí, lo sé.",
    "Sem mim a casa ficava mais leve, todo mundo sabe.",
    "I miei sarebbero sollevati se morissi domani.",
    # absence, and money or their own life given back
    "Sin mí se ahorrarían el dinero de la residencia.",
    "Se sparissi si risparmierebbero un sacco di guai.",
    "If I was out of their lives they could finally live their own lives.",
    "Sem mim poupavam o dinheiro todo do tratamento.",
    # absence to come, and things going better
    "When I'm gone the house will run smoother, it's obvious.",
    "Sans moi, tout le monde vit mieux à la maison.",
    "Senza di me a casa andrebbe meglio, si vede.",
    # what the writer costs the others
    "I cost my parents so much money and patience, every single month.",
    "Je coûte du temps et de l'argent à toute la famille.",
    "Costo tempo e soldi a tutti quelli che mi vogliono bene.",
]

BURDEN_LOOKALIKES = [
    # a match or a class missed
    "Se eu faltasse ao treino, o time jogava melhor, brincou o treinador.",
    "Si yo faltara a clase, nadie se aliviaría, soy la delegada.",
    "L'équipe joue mieux quand je ne suis pas là, dit le coach en rigolant.",
    "The team plays better with the new striker, without me on the bench too.",
    "Without me the quiz team would have lost, I knew every answer.",
    "Mum was relieved when I got home safe after the storm.",
    "Il costo del biglietto è salito, tempo fa era la metà.",
    "O custo de vida subiu, o dinheiro não chega.",
    "This trip cost me a fortune but it was worth it.",
    "Ça coûte de l'argent et du temps, la rénovation.",
    "Sin mí no estarían más aliviados, me lo dicen siempre.",
]

TRAPPED = [
    # an exit denied beside a trap, a pain or debts
    "I'm in a cage in my own head and there's no key anywhere.",
    "Every day the same ache, and every door I try is locked.",
    "Overdraft, arrears, the landlord, and no way out of any of it.",
    "Ich bin eingesperrt in diesem Schmerz und nirgends ein Ausgang.",
    "Avec cette douleur je ne vois aucune issue.",
    "Con estas deudas no veo ninguna salida, de verdad.",
    "Com tanta dívida eu não vejo jeito de sair disso.",
    "Dolore ogni giorno e non trovo un'uscita da nessuna parte.",
    # a limit reached in time
    "I can't carry this much longer, it's been three years.",
    "No aguanto otro invierno así, con este dolor.",
    "Je tiendrai pas encore un an comme ça.",
    "Non reggo un altro mese così.",
    "Não aguento mais um dia com esta dor.",
    # sinking while the others watch or never come
    "It's like drowning while everybody just watches from the pier.",
    "Ich ertrinke und keiner kommt, jeden Tag.",
    "Je me noie et personne n'entend rien.",
    "Me estoy ahogando y nadie viene.",
    "Sinto que me afogo e ninguém escuta.",
    "Sto annegando e nessuno sente niente.",
    # the wish that it stop for good
    "I just want it all to end for good.",
    "Je veux que ça s'arrête pour de bon.",
    "Quiero que pare de una vez por todas.",
    "Quero que acabe para sempre.",
    "Voglio solo che finisca per sempre.",
]

TRAPPED_LOOKALIKES = [
    "Stuck in the lift for forty minutes, no way out until the engineer came.",
    "Fiquei preso no elevador, sem saída até o porteiro chegar.",
    "We're stuck in this lease until June, no way out of it.",
    "This heat is unbearable, I can't stand another day of it.",
    "My knee aches and I can't find the door key anywhere.",
    "I want the builders next door to stop for good, honestly.",
    "The kids were drowning in homework and nobody came to help them.",
    "Lo siento, no aguanto otro día sin café.",
]


@pytest.mark.parametrize("text", BURDEN)
def test_burden_frames_flag_the_sign(text: str) -> None:
    result = assess_phrases(text)
    assert result.flagged, text
    assert any(s.category is Category.BURDEN for s in result.matched_spans), result.reasons


@pytest.mark.parametrize("text", TRAPPED)
def test_trapped_frames_flag_the_sign(text: str) -> None:
    result = assess_phrases(text)
    assert result.flagged, text
    assert any(s.category is Category.TRAPPED_PAIN for s in result.matched_spans), result.reasons


@pytest.mark.parametrize("text", BURDEN_LOOKALIKES + TRAPPED_LOOKALIKES)
def test_frames_leave_everyday_lookalikes(text: str) -> None:
    assert not assess_phrases(text).flagged, assess_phrases(text).reasons


def test_someone_elses_burden_is_not_the_writers() -> None:
    result = assess_phrases("My brother says his kids would be relieved without him.")
    assert not result.flagged
