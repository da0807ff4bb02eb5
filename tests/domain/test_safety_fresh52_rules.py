"""The mechanisms added after studying ``fresh52``, both ways: new wordings of each sign that must
be flagged, and the look-alikes that must not.

Guards: a sign followed by "hasn't crossed my mind", "jamás se me cruzó", "nunca me ocorreu"
is denied (``negation_postposed``; "no se me pasa", the wish that does not go away, is not); a
clinician's question answered "que ninguna" is answered no (``clinical_questions``); a wish said
as all the writer can think is in earnest despite a passing trifle (``everyday_frames``).

Recall: trapped likenesses ended by it only getting tighter, no way either way, the air running
out, beating against the same glass, being unable to move, or the writer as a creature held
somewhere (``trapped_endless``, with a crowded tram or a heatwave still everyday); thanks or an
apology for everything before it is too late, what someone meant before the writer goes, the
last anyone will hear (``rules_farewell_before_late``); a year named and nothing after it, the
calendar in one's head going blank, not seeing as far as a near holiday, no point paying past a
month (``rules_future_no_next``, ``rules_future_short_horizon``); not opening one's eyes again,
the alarm no longer waking one, dawn no longer one's turn, how easy it would be to not be alive
(``rules_eyes_unopened``, ``rules_dawn_unseen``, ``rules_core_impulse``); a possession handed
over and not wanted back (``rules_giving_unreturned``); their own life given back without the
writer, a place between ("in Lörrach") (``rules_core_signs``); a limb scratched open again and
covered, a place nobody looks, a mark on "du bras" (``rules_marks_covered``,
``rules_self_marking``).

The sentences are written anew, as other writers would say the same things (not copied from
``fresh52_*.tsv``), so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

_DW = Category.DEATH_WISH
_SI = Category.SUICIDAL_IDEATION
_TP = Category.TRAPPED_PAIN
_BU = Category.BURDEN
_GA = Category.GIVING_AWAY
_GB = Category.GOODBYES
_NF = Category.NO_FUTURE
_SH = Category.SELF_HARM

SIGNS = [
    # trapped pain: a likeness that only gets tighter, no way either way, the air running out
    ("It's like I'm in a vice and someone keeps turning the handle a bit tighter each week.", _TP),
    ("Als säße ich in einem Trichter, und jemand kippt immer mehr Sand nach.", _TP),
    ("Like a climber on a ledge in the dark, no way up and no way down.", _TP),
    ("Come un alpinista sulla parete, né avanti né indietro.", _TP),
    ("Je suis comme enfermée dans une cave, ni avancer ni reculer.", _TP),
    ("Es como estar bajo la arena, se me acaba el aire.", _TP),
    ("É como estar debaixo de um cobertor de chumbo, falta-me o ar.", _TP),
    ("Feels like being shut in a car boot and running out of air.", _TP),
    # … beating against the same glass, glass that never gives, unable to move
    ("I'm a fly in a bottle, banging against the same glass all day.", _TP),
    ("Sono un passero in una gabbia, sbattendo sempre contro le sbarre.", _TP),
    ("Like I'm behind a window that never gives.", _TP),
    ("Sou um peixe preso numa rede, não consigo mexer.", _TP),
    ("Je suis un renard pris dans un piège, je peux plus bouger.", _TP),
    ("Encerrada en un sótano húmedo, sin parar nunca de gotear, así estoy.", _TP),
    # goodbyes: thanks or sorry for everything in time, what someone meant, the last word
    ("Wrote to my old teacher to thank her for everything, before it's too late.", _GB),
    ("Texted my cousin sorry for everything, before I go.", _GB),
    ("Ho chiamato la mia madrina per ringraziarla di tutto, prima di andarmene.", _GB),
    ("Le escribí a mi padrino para pedirle perdón por todo, antes de que sea tarde.", _GB),
    ("Hab meiner Tante geschrieben, was sie mir bedeutet hat, bevor ich gehe.", _GB),
    ("Told my brother that's the last he'll ever hear from me.", _GB),
    ("C'est la dernière fois qu'elle aura de mes nouvelles.", _GB),
    # no future: a year named and nothing after it, the calendar in one's head, near holidays
    ("The reunion in 2028? After that it's all blank.", _NF),
    ("Das Stadtfest 2027, danach kommt nichts.", _NF),
    ("A festa de 2028, depois disso é tudo branco.", _NF),
    ("El carnaval del año que viene, ahí no hay nada.", _NF),
    ("Past the wedding the calendar in my head just stops.", _NF),
    ("Il calendario nella mia testa finisce a settembre.", _NF),
    ("My sister keeps talking about next year and I can't even see past Christmas.", _NF),
    ("Je ne vois pas plus loin que Noël.", _NF),
    ("Topped up the bus pass for one month only, no point paying past that.", _NF),
    # explicit: eyes not opened again, the alarm no longer waking, dawn not one's turn
    ("Most nights I pray I won't open my eyes again.", _DW),
    ("Rezo cada noche para no volver a abrir los ojos.", _DW),
    ("Peço todas as noites para fechar os olhos e não os voltar a abrir.", _DW),
    ("Spero ogni sera di non riaprire più gli occhi.", _DW),
    ("Ich hoffe jeden Abend, dass der Wecker mich nicht mehr weckt.", _DW),
    ("Espero que el despertador ya no me despierte nunca más.", _DW),
    ("Le pido a Dios que ya no me toque despertar.", _DW),
    ("I keep thinking how easy it would be to just not exist any more.", _SI),
    ("Wie leicht es wäre, einfach nicht mehr zu leben.", _SI),
    ("Sería tan fácil dejar de vivir.", _SI),
    ("All I can think about is that I want to be dead, the traffic again.", _DW),
    # giving away: handed over and not wanted back
    ("Gave my camera to my niece and told her to keep it.", _GA),
    ("My records went to my neighbour's son. Not a loan.", _GA),
    ("Das Auto hab ich meiner Schwester überlassen, ich will es nicht mehr zurück.", _GA),
    ("J'ai donné ma guitare à mon filleul, je ne la veux pas en retour.", _GA),
    ("Dei a minha bicicleta ao meu afilhado, não a quero de volta.", _GA),
    ("Il mio motorino ora è di mio nipote, non lo voglio più indietro.", _GA),
    # burden: their own life back without the writer, a place between
    ("Ohne mich hätten meine Großeltern in Bremen endlich ihre Ruhe.", _BU),
    ("Sin mí mis papás tendrían su vida.", _BU),
    ("Senza di me i miei avrebbero la loro vita.", _BU),
    ("Sans moi, mes parents auraient leur vie.", _BU),
    # self-harm: a limb scratched open again and covered, a place nobody looks, "du bras"
    ("Heute wieder mit dem Nagel den Oberschenkel aufgeritzt, lange Hosen drüber.", _SH),
    ("Ancora tagli sulle cosce, tanto lì nessuno guarda.", _SH),
    ("Une brûlure de cigarette sur le dos du bras, encore.", _SH),
    ("Clawing at my arms again last night, until the skin broke.", _SH),
]

LOOK_ALIKES = [
    # denials in the short or contracted form, and a wish that does not go away is no denial
    "Hurting myself hasn't crossed my mind, I'm only tired from the night shifts.",
    "Killing myself didn't even enter my head, I just needed a rest.",
    "Hacerme daño nunca se me ha cruzado, solo estoy agotada.",
    "Me matar nunca me ocorreu, só estou cansado.",
    "Farmi del male non mi è mai venuto in mente.",
    # clinical questions answered none
    "La psicóloga preguntó por ideas suicidas y respondí que ninguna.",
    "The nurse asked about thoughts of self-harm, I answered none.",
    # everyday likenesses: a crowded tram, a heatwave, a sweet shop
    "It's like being a sardine on the tube at rush hour, I can't move.",
    "Like a sardine in a tin at the concert, the air is running out.",
    "Mi sento un pesce in un acquario d'estate, senza un filo d'aria, che caldo.",
    "Wie ein Kind im Spielzeugladen, kein Weg rauf und keiner runter.",
    "Stuck in a traffic jam, no getting out, like being in a tin can.",
    # goodbyes that are not the writer's
    "After what he did, that's the last he'll hear from me.",
    "Called Grandma to thank her for everything before it's too late, she's in the hospice.",
    "Texted Sam sorry for everything before I go to Lisbon.",
    "That's the last she'll hear from me until Monday.",
    # short horizons with a reason
    "We're so swamped at work I can't see past Friday.",
    "In the fog I couldn't see as far as the gate.",
    "In 2027 I retire, after that it's all blank in the diary.",
    "Only booked the flat for a month, no point paying past that, we're moving in June.",
    # eyes and alarms for rest, surgery or a lie-in
    "I hope I don't open my eyes again until noon, so tired.",
    "After the eye surgery I hope I won't open my eyes again before the drops.",
    "Ojalá el sábado no me toque despertarme temprano.",
    "How easy it would be to not exist in this group chat for a week.",
    # handed over with a reason, money, a loan
    "Gave the old cot to my sister, don't need it back, the kids outgrew it.",
    "Gave the waiter a tenner and told him to keep it.",
    "Lent my drill to Tom, want it back Friday.",
    "He gave me his watch and told me to keep it.",
    # burden look-alikes
    "Sin mí tendrían su vida más organizada.",
    # a scratch from a pet or a sport
    "The cat clawed at my arms when I picked her up.",
    "Ho lasciato l'accendino sul tavolo del bar.",
    # a blade on a limb "del", "sulla" for shaving is grooming
    "Ieri la lametta sulla coscia per depilarmi, che fastidio.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_sign_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)
