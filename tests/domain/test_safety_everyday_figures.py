"""A sign's words in their everyday sense, both ways: the ordinary sentence must not be flagged,
the sign that looks like it must stay flagged.

Classes (one line each, the meaning the rules did not read):

* a head against the wall is the idiom of futile effort when the task it is spent on follows
  the wall and no wound, blood or purpose is told;
* skin scratched raw is an itch when the bites, the rash or the eczema are named beside it (in
  English, German and French as the other languages already were), unless the itch is denied;
* "the anchor" of a relay, a team or a broadcast is a part the writer plays, not a weight
  others drag, unless the sentence drags, sinks or holds someone down;
* a card named by its occasion (a birthday, Christmas, a thank-you) for each grandchild is an
  ordinary errand, unless the sentence ties it to being remembered, to a goodbye or to after;
* a German "Jagdgewehr" is the gun's own name, not a hunt: got with no hunt told it reads like
  any other gun, while a hunt, a stalk or a hunting licence beside it still clears it.

The sentences are written anew for these tests, in the voices of journals, in several
languages where the form exists.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import BU, GB, GM, SH
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

EVERYDAY = [
    # a head against the wall over a task
    "banging my head against the wall with this spreadsheet",
    "Been banging my head against a brick wall trying to get this report to balance.",
    "I keep hitting my head against the wall over this tax form.",
    "Spent the whole afternoon banging my head against the wall on this bug.",
    "She says I'm banging my head against a wall with that landlord, and she's right.",
    "We were all banging our heads against the wall about the new rota.",
    "Tô batendo a cabeça na parede com essa planilha.",
    "Bati a cabeça na parede por causa desse relatório o dia inteiro.",
    "Je me tape la tête contre les murs avec ce tableur depuis ce matin.",
    "Me estoy dando cabezazos contra la pared con esta hoja de cálculo.",
    "Sto sbattendo la testa contro il muro con questo foglio di calcolo.",
    "Ich renne mit dem Kopf gegen die Wand bei diesem Projekt.",
    # an itch scratched
    "Scratched my legs till they were raw, these mozzie bites",
    "Been scratching my arms nonstop, the rash from the new detergent.",
    "Scratching my legs all night, these midge bites are driving me up the wall.",
    "Kept scratching my arms raw, the hives came back after the strawberries.",
    "Je me suis gratté les jambes jusqu'au sang, ces piqûres de moustique.",
    "Hab mir die Arme aufgekratzt, das Jucken von den Windpocken.",
    "Me rasqué las piernas hasta sangrar, malditos mosquitos.",
    "Mi sono grattata le gambe a sangue per le punture di zanzara.",
    "Cocei as pernas até sangrar por causa das picadas de mosquito.",
    # the anchor of a team, a race or a broadcast
    "I'm the anchor of the relay team",
    "being the anchor of the relay team",
    "I'm the anchor for my relay team this season.",
    "I am the anchor on my swim team, last leg every time.",
    "I'm the anchor for every relay we run.",
    "Coach says I'm the anchor of the medley relay, no pressure then.",
    "I'm the anchor for the evening news on the student station.",
    "Been the anchor of our quiz team for three years now.",
    "Soy el ancla del equipo de relevos.",
    "Sou a âncora da equipe de revezamento.",
    "Ich bin der Schlussläufer unserer Staffel.",
    # a card named by its occasion
    "Bought a birthday card for each of my grandchildren",
    "Got a birthday card for each of my grandkids, the twins turn six on Sunday.",
    "Wrote a thank-you card to each of my kids after the party.",
    "Picked up Christmas cards for each of my grandchildren at the market.",
    "Sent a postcard to each of my kids from Lisbon.",
    "J'ai écrit une carte d'anniversaire pour chacun de mes petits-enfants.",
    "Compré una tarjeta de cumpleaños para cada uno de mis nietos.",
    "Für jedes meiner Enkelkinder eine Geburtstagskarte gekauft.",
    "Ho comprato un biglietto di auguri per ognuno dei miei nipoti.",
    "Comprei um cartão de aniversário para cada um dos meus netos.",
    # a hunting gun got for a hunt
    "Hab mir für die Jagd im Herbst ein Jagdgewehr besorgt.",
    "Jagdschein bestanden, jetzt ein Jagdgewehr gekauft.",
    "Am Wochenende ist Treibjagd, hab mir dafür ein Jagdgewehr gekauft.",
    "Für die Pirsch im Herbst hab ich mir ein Jagdgewehr besorgt.",
    "Hab mir ein Jagdgewehr gekauft, im Oktober geht die Jagdsaison los.",
    "Das Jagdgewehr von Opa liegt jetzt bei mir, nächste Woche geht's mit ihm auf die Jagd.",
]

STILL_SIGNS = [
    # a head struck till it bled, or to feel or to quiet the head
    ("I banged my head against the wall until it bled.", SH),
    (
        "Banging my head against the wall again tonight, it's the only thing that makes the noise "
        "stop.",
        SH,
    ),
    ("I hit my head against the wall over and over till I saw stars.", SH),
    ("Banged my head against the wall this week, again and again.", SH),
    (
        "Banged my head against the wall to feel something, this spreadsheet was just the excuse.",
        SH,
    ),
    # scratching till it bleeds, to feel something, the itch denied
    ("Scratched my arms till they bled just to feel something.", SH),
    ("I scratched my arms raw last night to feel something, it wasn't the itch.", SH),
    ("Scratching my legs till they bleed is the only thing that calms me, not the bites.", SH),
    ("Scratched my legs till they were raw again, the itch is in my head, not the skin.", SH),
    # the anchor that drags, a weight to everyone
    ("I'm just an anchor around their necks.", BU),
    ("I'm the anchor that drags my whole team down, they'd be better off without me.", BU),
    ("I'm the anchor for my family and I'm dragging them all under.", BU),
    ("I'm a burden to everyone, even at the relay club.", BU),
    # a card for each grandchild to remember the writer by, or for after
    ("Bought a card for each of my grandchildren so they have something to remember me by.", GB),
    (
        "Wrote a birthday card for each of my grandchildren, one for every year I won't be "
        "there to remember me by.",
        GB,
    ),
    ("A card for each of my grandchildren, for after I'm gone.", GB),
    (
        "J'ai écrit une carte pour chacun de mes petits-enfants, pour qu'ils aient un souvenir de "
        "moi.",
        GB,
    ),
    # a hunting gun named as the means got, with no hunt
    ("Hab mir ein Jagdgewehr besorgt.", GM),
    ("Ich habe mir letzte Woche ein Jagdgewehr gekauft, niemand weiß davon.", GM),
    ("Kaufe mir ein Jagdgewehr, dann ist endlich Ruhe.", GM),
    ("Das Jagdgewehr von Opa liegt jetzt bei mir im Schrank.", GM),
    ("Hab mir eine Jagdwaffe besorgt, damit es schnell geht.", GM),
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_sense_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)


@pytest.mark.parametrize(("text", "category"), STILL_SIGNS)
def test_sign_beside_the_everyday_sense_stays(text: str, category: Category) -> None:
    assert_flagged_as(text, category)
