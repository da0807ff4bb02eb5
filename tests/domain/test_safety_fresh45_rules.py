"""The mechanisms added after studying ``fresh45``, both ways: new wordings of each sign that must
be flagged, and the look-alikes that must not.

Grammar the readers did not follow: the German "zu" infinitive with an adverb before the
not-waking (``rules_intl_said_plainly``); falling asleep said as "drop off" and waking as "come
round" (``rules_en_journal``); the negation inside the infinitive, "the wish to not live"
(``rules_en_explicit``); living fronted and refused in five languages, with "vouloir", with bare
"vivir"/"viver"/"vivere" at a clause's head, and German "Leben will ich nicht mehr"
(``rules_intl_said_plainly``); the others leaving ("part", "partono", "zur Kur fährt") as the
moment nobody is around, the Portuguese act with its object left out, and a noun opening its
own clause after the act (``rules_intl_plans``); "will" and "is" clipped onto the noun ("house'll
be empty", "the date's set") (``rules_plan_moment``, ``rules_en_frames_settled``).

Warning signs: a past attempt "had a go at" or talked down from a height, the German attempt
with its article and "damals in" a town before the ward, the ward or the emergency-room night
with the same state back
(``rules_en_explicit``, ``rules_de_intent``, ``rules_attempt_returning``); a pit with its top out
of reach, a walled-up cellar, a box with no door, a corridor leading nowhere, the "there's" of a
list carried on (``rules_trapped_frames``, ``rules_intl_no_door``, ``rules_en_signs``); pills kept
instead of taken, or gathered, or piling up out of sight (``rules_intl_plans``,
``rules_en_getting_means``); "for when I've gone" (``rules_en_signs``); the marks made on oneself
in a relative clause (``rules_cuts_made``); the others' life simpler or nicer without the writer
(``rules_core_signs``); the next season with its article left out (``rules_en_frames_open``);
"del todo", "soll sie behalten" and "nie wieder" as for good (``rules_intl_signs_slots``); a
"camping-car" read as a trip only when one goes in it (``everyday_occasions``).

A meaning no rule read: the morning, the dawn or the next day prayed or hoped not to be seen,
and the alarm ringing for nobody, in six languages (``rules_dawn_unseen``).

Guards: a question about it answered "was a no" (``negation_en_reply``); the German "daran"
split round the act, "an so was … denk ich null" (``negation``); rush hour and "so packed" as
the cause and the mark of an exaggeration (``hyperbole_en``).

The sentences are written anew, as other writers would say the same things (not copied from
``fresh45_*.tsv``), so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess
from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

_PM = Category.PLAN_OR_METHOD
_DW = Category.DEATH_WISH
_SI = Category.SUICIDAL_IDEATION
_TP = Category.TRAPPED_PAIN
_GM = Category.GETTING_MEANS
_GB = Category.GOODBYES
_SH = Category.SELF_HARM
_BU = Category.BURDEN
_NF = Category.NO_FUTURE
_GA = Category.GIVING_AWAY

SIGNS = [
    # the German "zu" infinitive with an adverb in the second half
    ("Ich wünsch mir oft, nachts einzuschlafen und dann nie mehr aufzuwachen.", _SI),
    # falling asleep and never coming round
    ("Some nights I just wish I could nod off and never come to.", _DW),
    ("I keep hoping I'll drift off and not come round.", _DW),
    # the negation inside the infinitive
    ("Lately I want to not exist anymore.", _DW),
    ("There's this urge to no longer be alive.", _DW),
    # living fronted and refused
    ("Pues vivir ya no me apetece, la verdad.", _SI),
    ("E viver, já não tenho vontade nenhuma.", _SI),
    ("Vivere, non mi va più.", _SI),
    ("Vivre, moi, j'en veux plus.", _SI),
    ("Leben will ich nicht mehr.", _SI),
    # the others leaving as the moment, the act bare
    ("Wenn mein Mann nach Hamburg zur Messe fährt, mach ich es.", _PM),
    ("Quand ma sœur part en colo avec les petits, je le ferai.", _PM),
    ("Quando i ragazzi partono per il campo estivo, lo faccio.", _PM),
    ("Quando a família viajar no Carnaval, eu faço.", _PM),
    ("Cuando mis padres se vayan de viaje, lo hago, la casa estará vacía.", _PM),
    # "will" and "is" clipped onto the noun
    ("Flat'll be empty all Sunday, I've settled on that.", _PM),
    ("I've picked the bridge past the depot for after payday, the date's set.", _PM),
    # the morning not to be seen, the alarm for nobody
    ("Every night I pray to God I won't see another morning.", _DW),
    ("Ruego cada noche no ver otro amanecer.", _DW),
    ("J'espère chaque soir ne plus voir le lendemain.", _DW),
    ("Ich hoffe jeden Abend, den nächsten Morgen nicht mehr zu erleben.", _DW),
    ("Peço todas as noites para não ver o nascer do sol.", _DW),
    ("Vado a letto pregando di non vedere l'alba.", _DW),
    ("Spero che domani la sveglia squilli per nessuno.", _DW),
    # a past attempt told informally, or as a rescue from a height
    ("When I was at uni I had a go at topping myself.", _SI),
    ("Almost jumped off the multi-storey last year, a security guard talked me down.", _SI),
    # the attempt's German article, the time and the town before the ward
    ("Seit meinem Versuch damals in Graz war ich oft in der Klinik.", _SI),
    # the stay on a ward or the night in the emergency room, and the same state back
    ("My week on the psych ward two years ago, and the same thoughts are back now.", _SI),
    ("Depuis mon séjour en psychiatrie, j'avais juré de ne plus jamais, et ça revient.", _SI),
    ("A noite em que fui parar às urgências, jurei nunca mais, e voltou.", _SI),
    # a pit with its top out of reach, a cellar walled up, a box with no door, a corridor
    ("Stuck at the bottom of a pit and the light keeps getting further away.", _TP),
    ("Sono caduta in un pozzo e il bordo è sempre più lontano.", _TP),
    ("Me siento encerrada en una caja, sin puerta, y me duele el alma.", _TP),
    ("Un tunnel che non porta da nessuna parte, e mi fa male dentro.", _TP),
    ("I've checked every wall, there's no door anywhere, no way out.", _TP),
    # pills kept instead of taken, or no longer taken and gathered
    ("Las pastillas que me recetan las escondo en vez de tomarlas.", _GM),
    ("Ho smesso di prendere le pillole e le nascondo nell'armadio.", _GM),
    ("My tablets have been piling up in a box under the bed since March.", _GM),
    # the letters for "when I've gone", the marks made on oneself in a relative clause
    ("The letters for my brothers are in the drawer, they're for when I've gone.", _GB),
    ("Je me fais des coupures le soir pour me calmer.", _SH),
    ("Los cortes que me hago en los brazos nadie los ve.", _SH),
    # the others' life simpler or nicer without the writer
    ("If I'd never been born my mum would have had an easier life.", _BU),
    ("Without me their lives would be so much lighter.", _BU),
    # the next season with the article left out, a thing wholly theirs now
    ("I can't imagine next summer with me in it.", _NF),
    ("Mi hermano se quedó con mi bici, le dije que ya es suya del todo.", _GA),
    ("Meine Nichte hat jetzt meine Gitarre, sie soll sie behalten, ich spiel eh nie wieder.", _GA),
    # a camping-car sold to pay the writer's debts is no trip
    ("Ils ont vendu le camping-car pour mes dettes, sans moi ils seraient tranquilles.", _BU),
]

LOOK_ALIKES = [
    # waking at a time, or asleep and coming round after an operation
    "After the op I drifted off and didn't come round until the evening.",
    # living somewhere, fronted
    "Vivir en Madrid ya no me apetece, me vuelvo al pueblo.",
    "Vivre à Paris, j'en veux plus, trop cher.",
    "Leben will ich nicht mehr in dieser Stadt.",
    # the others leaving, and a chore left bare or named after it
    "Quand ma coloc part chez ses parents, je le ferai, ce ménage.",
    "Quando i miei partono per la Calabria, lo faccio, il trasloco della cantina.",
    "Wenn der Bus nach Köln fährt, bin ich schon im Büro.",
    "Quand je pars en vacances, je le fais toujours, mon sac la veille.",
    # a house empty for an errand, a date set for something named
    "House'll be empty from two till six, I've settled on that for the surprise party.",
    "I've picked the bridge for the charity walk, the date's set.",
    # a morning not to be seen at work or at a party, a person not to be seen
    "I hope I don't see the sunrise from this office again, deadline or not.",
    "Espero no ver el amanecer en la fiesta, mañana trabajo.",
    "I hope I don't see him tomorrow at the meeting.",
    "Spero che domattina la sveglia suoni presto, ho il treno.",
    "My sister prays she doesn't see the morning shift rota change.",
    # a question about it answered no, and the German "daran" split round it
    "The GP asked the usual list, hurting myself was a no, it's the insomnia.",
    "Mir geht's mies, aber an so was wie mich umbringen denk ich gar nicht.",
    # a packed commute
    "Tube at rush hour, I want to die, so rammed I couldn't move my arms.",
    # ending things with someone, a car off the road, a hospital for an illness
    "I had a go at ending it with him last night but he cried.",
    "Nearly went off the bridge on the ice in the car, the AA man talked me down after.",
    "After my stay in hospital with the broken leg, the same pain is back now.",
    "Dopo quella notte al pronto soccorso per l'asma, sta tornando.",
    # a real well, a corridor in a building, a list of things missing
    "We looked down the bottom of an old well on the tour, the guide at the top had gone off.",
    "Le couloir de l'hôtel ne mène nulle part, bizarre.",
    "The lift is broken, there's no power anywhere, no way out but the stairs.",
    # pills for a cough kept, pills returned to the pharmacy
    "Les cachets pour la toux, je les garde au lieu de les prendre, je suis guérie.",
    "Parei de tomar os comprimidos e guardei-os para devolver na farmácia.",
    "My prescriptions have been piling up in the drawer because I keep forgetting them.",
    # going to bed, cuts made cooking, a concert, a sale
    "Once I've gone to bed, lock the back door.",
    "Les coupures que je me fais en cuisinant, ça m'énerve.",
    "If I'd never come along to that gig I'd never have met her.",
    "Vendí la moto a mi vecino, ya es suya del todo.",
    "Der Jonas hat jetzt meine Enduro, er soll sie behalten bis ich aus Spanien zurück bin.",
    "Sans moi ils seraient tranquilles, ils partent en camping-car pour un mois.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_fresh45_signs_are_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_fresh45_look_alikes_are_not_flagged(text: str) -> None:
    assert_not_flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        # said as meant, the crowd only the setting
        "Rush hour again, so packed, and I want to die, I've felt like this for months.",
        # a "no" that is not the answer
        "Hurting myself was a no-brainer back then, I did it every night.",
        # the thought not denied
        "An so was wie mir was antun denk ich jeden Tag.",
    ],
)
def test_the_guards_leave_the_sign_when_it_is_meant(text: str) -> None:
    assert assess(text).flagged, text
