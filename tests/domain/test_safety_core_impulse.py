"""Explicit thoughts without a death verb (an impulse, an easy ending, a sleep not woken from,
a plan told by its moment), the wider sign lexicons of the core families, dialect respelling in
context (``spelling_intl``), and the guards that keep their look-alikes quiet.

Every sentence here is written for these tests, in wordings no benchmark batch holds: each
mechanism must catch variants it was not shown, and leave a close look-alike alone.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess
from neuroleaf_desktop.domain.safety.normalize import normalize
from neuroleaf_desktop.domain.safety.rules_core_acts import RULES as ACT_RULES
from neuroleaf_desktop.domain.safety.rules_core_impulse import RULES as IMPULSE_RULES
from neuroleaf_desktop.domain.safety.rules_core_signs import RULES as SIGN_RULES
from neuroleaf_desktop.domain.safety.spelling_en import respell
from neuroleaf_desktop.domain.safety.spelling_intl import respell_intl
from tests.support.safety_gates import gated_matches

_CORE = IMPULSE_RULES + SIGN_RULES + ACT_RULES

# (sentence, the rule that must find it)
CAUGHT = [
    # how easy it would be, and an ending
    (
        "on the car park roof i kept thinking how easy it would be to step off and be gone",
        "en_core_easy_ending",
    ),
    ("sul ponte pensavo che sarebbe così facile buttarmi", "it_core_easy_ending"),
    ("ce serait tellement facile de me laisser glisser sous l'eau", "fr_core_easy_ending"),
    # an impulse of a moment, and "it'd be over"
    (
        "on the motorway tonight i thought just jerk the wheel and it'd all be over",
        "en_core_impulse_over",
    ),
    ("auf der Autobahn dacht ich, einmal gegenlenken und es wär vorbei", "de_core_impulse_over"),
    ("en la autopista pensé en dar un volantazo y se acabaría", "es_core_impulse_over"),
    # not waking up, and that being fine
    ("if i didn't wake up tomorrow i'd be fine with that", "en_core_not_waking_fine"),
    ("wenn ich morgen nicht mehr aufwache, wär mir das ganz recht", "de_core_not_waking_fine"),
    ("se domani non mi svegliassi mi andrebbe bene", "it_core_not_waking_fine"),
    ("si no despertara mañana me daría igual", "es_core_not_waking_fine"),
    # out alone on the water or the hills, no return
    ("gonna walk up into the hills alone and not come back", "en_core_out_alone_no_return"),
    ("voy a ir al lago sola y no volver", "es_core_out_alone_no_return"),
    # the means in place, waiting for an empty house
    (
        "the pills are ready in the drawer, waiting till everyone's away",
        "en_core_in_place_empty_house",
    ),
    # watching the trains for the one that does not slow down
    (
        "been watching the trains by the footpath, the freight ones never slow down",
        "en_core_trains_no_slowing",
    ),
    # means gathered until there is enough
    ("kept back some of my codeine every week and now i've got enough", "en_core_means_enough"),
    (
        "je mets de côté mes somnifères depuis un mois, j'en ai maintenant assez",
        "fr_core_means_enough",
    ),
    ("ho conservato i sonniferi di mio padre, ormai ne ho abbastanza", "it_core_means_enough"),
    # cutting again after a stretch without
    ("burned myself again last night, first time in a year", "en_core_cut_again"),
    # going to a height, decided, the decision as its own sentence
    ("saturday i'm heading to the viaduct. my mind's made up", "en_core_going_decided"),
    ("sabato salgo sul tetto della scuola. ho deciso", "it_core_going_decided"),
    ("am Freitag steig ich aufs Hochhaus. Es ist beschlossen", "de_core_going_decided"),
    # burden: absence in more inflections, better in more words
    ("my son would finally be free if i was gone", "en_core_burden"),
    ("ohne mich wär mein Mann endlich frei", "de_core_burden"),
    ("si me muero les haría un favor a todos", "es_core_burden"),
    ("sarebbe un sollievo per loro se me ne andassi", "it_core_burden"),
    ("my husband deserves a life, and i'm the one holding him back", "en_core_burden"),
    # trapped: buried / under water, no breath, nobody looking
    ("it's like being buried alive and i can't breathe anymore", "en_core_trapped"),
    ("mi sento sepolta viva, senza poter respirare", "it_core_trapped"),
    # no future: a point ahead not reached
    ("bis dahin bin ich sowieso nicht mehr da", "de_core_no_future"),
    ("j'me rendrai pas à noël de toute façon", "fr_core_no_future"),
    # giving away: a reason kept from the one receiving it
    ("gave my camera to my cousin, he doesn't know why i'm really giving it", "en_core_giving"),
    ("ho regalato la bici a mio fratello, non capisce perché", "it_core_giving"),
    # words for after: "not your fault", a letter timed to arrive later
    ("left a letter on her pillow saying none of this is your fault", "en_core_words_for_after"),
    ("hab ihr einen Brief geschickt, der soll erst am Montag ankommen", "de_core_words_for_after"),
    ("escribí una carta a mi madre diciendo que no es su culpa", "es_core_words_for_after"),
    # a past attempt and the same feeling as then
    (
        "had my stomach pumped two years ago and now i feel just how i felt back then",
        "en_core_urge_back",
    ),
    ("vor einem Jahr wurde mir der Magen ausgepumpt, jetzt wieder genauso", "de_core_urge_back"),
    (
        "l'anno scorso mi hanno fatto la lavanda gastrica, e ora mi sento come quella notte",
        "it_core_urge_back",
    ),
    # found by a probe written after the fixes: dialect "is ma recht", a medicine named, the
    # stomach pump in the infinitive
    ("wenn i morgen nimmer aufwach, is ma a recht", "de_core_not_waking_fine"),
    ("i've been saving my dad's morphine, i've got enough now", "en_core_means_enough"),
    (
        "vor zwei Jahren musste man mir den Magen auspumpen, grad fühlt sich's wieder genauso an",
        "de_core_urge_back",
    ),
    # goodbyes said properly, and nobody knowing why
    ("me despedí bien de mis padres anoche, no saben nada", "es_core_goodbye_unknown"),
    ("said my goodbyes for the last time at the pub, nobody knows", "en_core_goodbye_unknown"),
    # a commitment cut short, and no point in a longer one
    (
        "paid the phone contract for one month instead of a whole year, no point",
        "en_core_cut_short",
    ),
    # hitting a wall until the hand breaks, to feel something
    ("punched a wall until my knuckles bled, i needed to feel something", "en_core_hit_self"),
]

# Dialect and regional forms respelt in context, then read by any rule.
DIALECT = [
    ("i wü nimma lebn", "ich will nicht mehr lebn"),
    ("i wü nimma do sein", "ich will nicht mehr da sein"),
    ("nun ce la faccio cchiù", "non ce la faccio piu"),
    ("dinnae want tae wake up the morra", "don't want to wake up tomorrow"),
    ("chu tanné, j'endure pu", "je suis tanne, j'endure plus"),
    ("nao quero ca estar", "nao quero estar aqui"),
]

# Close look-alikes: the same words, but ordinary, figurative, negated or someone else's.
NOT_FLAGGED = [
    "how easy it would be to just book the flight and be done with it",
    "sarebbe facile finirla qui con questo progetto",
    "the teacher said just let go of the rope and it'd be over quickly, the swing is safe",
    "if i didn't wake up on time i'd be fine, the meeting moved",
    "took the kayak out on the lake alone and came back at six",
    "i'm going to the lake alone and not coming back until sunday",
    "the pills are in the cabinet, waiting till the pharmacist calls back",
    "watching the trains with my son, the express never slows down here",
    "bought paracetamol for the week, now i've got enough for the cold",
    "i'm heading to the bridge. i've decided to take the photo at sunset",
    "it would be a relief if the rain stopped",
    "buried in paperwork but i can breathe again after friday",
    "i won't be here for the meeting, i'll be in leeds",
    "gave my old phone to my niece, she doesn't know how to use it yet",
    "left a note for the cleaner saying it's not her fault the vase broke",
    "i mag nimma, i wü nur no ins bett, so a langer tag",
    "ich will nur noch schlafen, so müde bin ich heute",
    "been singing 'i just wanna die' by the band all morning on repeat",
    "a year since i last cut, so proud of myself",
    "my mate posted that he wanted to die after the match, he was joking",
    "mi prima publicó que se quería morir de la vergüenza, luego se rió",
    "everyone assumes i want to die because i'm goth. i don't.",
    "said goodbye to the whole ward, 25 years nursing and a lovely cake",
    "regalé la ropa de maternidad, ya no la necesito",
    "i can't do one more night of this noise, the neighbours are awful",
    "paid the gym for a month instead of a year, no point till i know my shifts",
    "said goodbye properly to the team, they don't know i got the promotion yet",
]


@pytest.mark.parametrize(("text", "name"), CAUGHT)
def test_unseen_wording_is_caught_by_its_mechanism(text: str, name: str) -> None:
    assert assess(text).flagged, text
    norm, _ = respell_intl(*respell(*normalize(text, fold=True)))
    (rule,) = [r for r in _CORE if r.name == name]
    assert rule.pattern.search(norm), (text, name)


@pytest.mark.parametrize(("text", "read_as"), DIALECT)
def test_dialect_is_respelt_only_in_context(text: str, read_as: str) -> None:
    assert respell_intl(*respell(*normalize(text, fold=True)))[0] == read_as


@pytest.mark.parametrize(
    "text", ["i will go home", "i bin the old letters", "do you want tea", "il a vu le film"]
)
def test_words_of_other_languages_are_not_respelt(text: str) -> None:
    """ "i", "do", "vu" are English/French words: they are respelt only next to dialect words."""
    norm, _ = respell(*normalize(text, fold=True))
    assert respell_intl(norm, list(range(len(norm) + 1)))[0] == norm


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_close_look_alike_is_not_flagged(text: str) -> None:
    result = assess(text)
    assert not result.flagged, (text, result.reasons)


def test_an_unbooked_holiday_does_not_explain_not_being_there() -> None:
    """A holiday explains "I won't be there in August" only if the writer booked it."""
    assert assess("non ho neanche prenotato le vacanze, tanto ad agosto non ci sarò più").flagged
    assert not assess("ho prenotato le vacanze, ad agosto non ci sarò più in ufficio").flagged


def test_every_new_rule_is_gated() -> None:
    texts = [text for text, _ in CAUGHT]
    assert gated_matches(_CORE, texts + NOT_FLAGGED) >= len(CAUGHT)
