"""The mechanisms added after studying ``fresh42``, both ways: new wordings of each sign that must
be flagged, and the look-alikes that must not.

Readings by meaning: the life wanted over with "to be" left out (``rules_en_meaning``); the
wish to live refused with "andare" or "apetecer", the living said first (``rules_grammar_life``,
``rules_intl_said_plainly``); the thought taken up by "ci", "y" or "lo" and its act named after
a comma (``rules_romance_dislocation``); a moment chosen told by the time being "the one" or
"it'll be the Saturday", the others away told by "nobody'll be in", "the flat'll be mine", "they
all go up to", and what the moment is for told by a purpose clause (``rules_plan_moment``); a
height passed day after day and the act thought of there (``rules_en_plans``); a past attempt
told by the finding in time, by "after all the tablets", by the whole of it swallowed or "tried
once before" and a waking after (``rules_past_found``, ``rules_past_woke``); letters with their
addressees first, recordings kept for later (``rules_farewell_letters``); the writer bringing
the others nothing but trouble, draining them, one too many, the others at peace without them
(``rules_burden_weight``); the others' time ahead the writer cannot picture themselves in
(``rules_core_shut_in``); walls closed in and no latch found, glass between the writer and the
rest, an iron that tightens and no getting out (``rules_core_shut_in``); a thing handed on
"where I'm going I'll not want it" (``rules_core_oblique``); pills kept back from every refill,
a few kept at each visit to the pharmacy, kept with the others, kept for oneself
(``rules_plans``, ``rules_en_getting_means``).

Guards by meaning: a rope bought for an outing in any language (``means_purposes``); a death
threatened on a machine or a service failing once more (``hyperbole_en``); a quiz's or a
doctor's question about a sign answered with a zero or a no (``clinical_questions``); a message
someone else sent, quoted after a colon (``context``); a Christmas box as a keeping place
(``everyday_occasions``); a hiding place that is no purpose (``everyday``).

The sentences are written anew, as other writers would say the same things (not copied from
``fresh42_*.tsv``), so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

_PM = Category.PLAN_OR_METHOD
_SI = Category.SUICIDAL_IDEATION
_DW = Category.DEATH_WISH
_GM = Category.GETTING_MEANS
_GB = Category.GOODBYES
_GA = Category.GIVING_AWAY
_BU = Category.BURDEN
_NF = Category.NO_FUTURE
_TP = Category.TRAPPED_PAIN

SIGNS = [
    # the wish, in words the textbook order lacks
    ("Lay awake till four wanting my life over, same as every night this month.", _SI),
    ("Non mi va più di vivere, ecco la verità.", _DW),
    ("Di vivere non mi va più, lo dico a te perché a loro non posso.", _SI),
    ("Desde lo de Marta ya no me apetece vivir.", _DW),
    ("Já não me apetece viver, nem sair da cama.", _DW),
    ("C'ho pensato tutta la notte, a farla finita.", _SI),
    ("J'y repense chaque soir en rentrant, à me tuer.", _SI),
    # a moment chosen and nobody there
    ("Bonfire night's the one, the whole street will be at the field and nobody'll be in.", _PM),
    ("It'll be the Friday, everyone's off to the coast and the flat'll be mine.", _PM),
    ("Worked out it'll be the weekend they all go down to Cornwall.", _PM),
    ("Le soir du réveillon, tout le monde sera chez ma tante, ce sera cette nuit-là.", _PM),
    # a height passed and thought of
    ("Every morning on the bus over the viaduct I think about going over.", _PM),
    # a past attempt told by its aftermath
    ("Three years back my flatmate found me just in time, and lately it's the same fog.", _SI),
    ("Meine Mutter hat mich gefunden, nach all den Tabletten, damals im Februar.", _SI),
    ("Necked the whole box, came round in the Royal two days later.", _SI),
    ("Tried it once before, ended in resus, woke up in the General with tubes everywhere.", _SI),
    ("Ci ho già provato, mi sono svegliata al Niguarda con mio padre accanto.", _SI),
    # farewell letters and recordings
    ("Für jeden von euch einen Umschlag, in der Schublade, für später.", _GB),
    ("Wrote an envelope for each of my boys, sealed them and put them in the loft.", _GB),
    ("Recorded a video for my daughter and saved it for later, so she remembers my voice.", _GB),
    # burden
    ("I only ever bring them grief, my parents would be better off.", _BU),
    ("Ich bring meinen Eltern doch nur Ärger ins Haus.", _BU),
    ("Je ne leur apporte que des soucis depuis deux ans.", _BU),
    ("Yo solo les doy disgustos a mis viejos.", _BU),
    ("Eu só atrapalho a vida da minha irmã.", _BU),
    ("Porto solo guai in questa casa.", _BU),
    ("Ohne mich hätten die zwei endlich Frieden.", _BU),
    ("Sem mim a minha mãe vivia em paz.", _BU),
    ("Things would run smoother if they didn't have me around.", _BU),
    ("My wife deserves better than a husband who's just a drain.", _BU),
    # no future: the others' time ahead, the writer not pictured in it
    ("The girls keep talking about uni next year and I can't picture it for me.", _NF),
    ("Mes potes parlent de l'été prochain et je n'arrive pas à m'imaginer là.", _NF),
    ("Mi hermano habla del viaje del año que viene y no puedo verme ahí.", _NF),
    # trapped pain told in images
    ("The walls of this flat have closed in on me and I can't find a door.", _TP),
    ("Il y a un mur entre moi et le monde, j'en peux plus.", _TP),
    ("È come una morsa che mi stringe e non se ne esce.", _TP),
    ("I can't face another winter of aching like this.", _TP),
    # giving away
    ("Gave my cousin the drum kit, where I'm going I'll not need it.", _GA),
    ("Wo ich hingeh, brauch ich das nicht, hab dem Nachbarn die Werkzeugkiste geschenkt.", _GA),
    # getting means
    ("Held back a couple from every refill since March.", _GM),
    ("Been stashing my dad's old sleeping tablets behind the paint tins.", _GM),
    ("À chaque renouvellement à la pharmacie, j'en garde deux.", _GM),
    ("Le pastiglie del nonno non le ho buttate, le tengo per me nel cassetto.", _GM),
]

LOOK_ALIKES = [
    # the wish denied, redone or someone else's
    "I don't want my life over, I want it back.",
    "Wish I could live my life over again, knowing what I know now.",
    "Mio fratello dice che non gli va più di vivere a Torino.",
    "Non mi va di vivere a Milano con questo smog.",
    "Ci penso io, a preparare la cena stasera.",
    "Mi nonna ci pensa mucho, a su hermano que se mató.",
    # a moment with its purpose, someone else's choice, a moving date
    "Bonfire night's the one, nobody'll be in, so I can finally paint the hallway.",
    "My mate reckons Friday's the one, everyone'll be down the pub for the quiz.",
    "The flat'll be mine when Sam moves out, it'll be the week after Easter.",
    # a height and a memory, someone else's thought
    "Every time I cross the bridge where Mum and Dad met I think about it.",
    "My brother drives over the viaduct every day and thinks about it.",
    # a rescue outdoors, an ordinary finding, a meal
    "Got lost in the fog on the hill and the rescue team found me in time.",
    "My sister found me just in time to share a taxi home.",
    "Ordered three pizzas, took the lot, woke up on the sofa at noon.",
    "Tried paddleboarding once before, woke up at six the next day aching.",
    # recordings and letters for an occasion or a morning
    "Recorded a message for my son to wish him luck, and one for my daughter.",
    "Recorded a voice note for my wife for later, she's on nights and hears it when she wakes up.",
    "Für jeden von euch einen Brief zum Geburtstag in der Schublade.",
    # burden look-alikes: cooking, someone else's, a denial
    "I'm draining them now, the potatoes are ready.",
    "My son only brings me worry these days, he never calls.",
    "I don't only bring them worry, I make them laugh too.",
    "Le sobró comida y se la dio al perro.",
    # a future the writer dislikes, not lacks
    "My mates talk about uni next year and I can't see myself there, I hate big cities.",
    # trapped look-alikes: a real barn, a real gate, paint
    "The walls of the old barn caved in on me last spring, I can't find the door in the rubble.",
    "Chaque matin c'est le même mur à repeindre sur le chantier.",
    # a thing away on a trip
    "Tom's got all my records now, where I'm going on holiday I'll not want them.",
    # pills kept for someone, given back
    "À chaque passage à la pharmacie j'en garde deux pour ma voisine.",
    "Le pastiglie della nonna non le ho buttate: le ho riportate in farmacia.",
    # a rope for an outing, a death threatened on a late train
    "Compramos una cuerda y una navaja para la acampada en Gredos.",
    "Ho comprato una corda per l'arrampicata di domenica.",
    "If the bus is late one more time I'll kill myself, honestly.",
    # a quiz and a doctor's question answered no
    "Filled in the mood quiz at the GP, every item about hurting myself scored zero.",
    "La dottoressa mi ha fatto la domanda sul farmi del male. No, le ho detto, dormo solo poco.",
    # a message someone else sent, quoted after a colon
    "Um drei kam eine Nachricht von meiner Kollegin: ich mag nicht mehr leben. Ich bin sofort hin.",
    "Got a voicemail from my cousin at midnight: I want to die. Drove straight round.",
    # a Christmas box and a hiding place that is no purpose
    "Put the cards for the kids in the Christmas decoration box, for Christmas morning.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_fresh42_signs_are_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_fresh42_look_alikes_are_not_flagged(text: str) -> None:
    assert_not_flagged(text)
