"""The mechanisms added after studying ``fresh58``, both ways: new wordings of each sign that must
be flagged, and the look-alikes that must not.

Families: the act as a bare "I'll do it", set for a moment when everyone else is busy elsewhere,
in every language (``rules_plan_all_busy``; English had ``pl_chosen_moment_do_it``); fresh cuts
on a limb told with a cut verb, the limb named a few words on, or the cuts said new again, and
covered by a garment against the weather, sleeves pulled down or nobody noticing
(``rules_marks_covered``, widened: forearms, ankles, calves; tights, long socks, leggings;
August and "this weather"); a likeness of being trapped ended by the rescue that is missing (no
ladder, rope, boat or shore, nobody coming down, nobody knowing where the writer is), or the
writer placed at the bottom of a pit rather than likened to it (``trapped_no_rescue``); the
writer not seen in any time ahead, in forms the family missed: "dans aucun avenir", "in keiner
Zukunft", the time inside "seh mich … nicht mehr", the diary's "I" dropped and "not any after
it" (``rules_self_not_ahead``); the wish to live said missing with no verb, a quantity of none
opening the clause ("Plus envie de vivre", "Nessuna voglia di vivere", "Zero ganas de vivir";
``rules_no_wish_to_live``); a thing handed on with no need to return it ("told him no need to
ever bring them back", "pas besoin de me la rendre", "no hace falta que me la devuelva";
``rules_giving_unreturned``). Guard: a clinician raising a sign as a topic ("brought up", "ran
through", "a abordé", "sacó el tema de", "hat … angesprochen") and the writer answering no
("j'ai pu lui dire que non") is a question answered, not a sign (``clinical_questions``).

The sentences are written anew, as other writers would say the same things (not copied from
``fresh58_*.tsv``), so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import DW, GA, NF, PM, SH, TP
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

SIGNS = [
    # a thing of the writer's handed on, no need to return it
    ("My neighbour's lad has my drum kit now, told him there's no need to bring it back.", GA),
    ("Gave my niece my camera and my lenses, she doesn't have to give them back.", GA),
    ("Mon filleul a maintenant ma guitare, pas besoin de me la rendre.", GA),
    ("Le regalé mi bici a mi sobrino, no hace falta que me la devuelva.", GA),
    ("Dei a minha mota ao meu primo, não precisa de ma devolver.", GA),
    ("Ho regalato la mia chitarra a mio nipote, non serve che me la ridia.", GA),
    # the wish to live said missing, with no verb
    ("Plus envie de vivre, même la mer ne me dit plus rien.", DW),
    ("Plus aucune envie de vivre depuis l'hiver.", DW),
    ("Nessuna voglia di vivere, nemmeno il mare mi dice niente.", DW),
    ("Cero ganas de vivir, ni el fútbol me anima ya.", DW),
    ("Nenhuma vontade de viver, nem a praia me anima.", DW),
    ("Null Bock mehr zu leben, nicht mal aufs Konzert.", DW),
    ("Zero will to live this week, even the footy did nothing.", DW),
    # the bare act set for a moment when everyone is busy elsewhere
    (
        "Am Silvesterabend, "
        "wenn alle auf dem Marktplatz das Feuerwerk anschauen, werde ich es tun.",
        PM,
    ),
    ("Beim Schützenfest, während das ganze Dorf im Zelt sitzt, mach ich's.", PM),
    ("Lo haré el domingo de Ramos, mientras todo el mundo está en misa.", PM),
    ("El día de la boda de mi prima, con toda la familia en el banquete, ahí lo haré.", PM),
    ("Je le ferai samedi soir, pendant que tous seront au bal.", PM),
    ("Na véspera de Natal, enquanto toda a gente estiver na missa do galo, vou fazê-lo.", PM),
    ("Quando todos estiverem no arraial de São João, faço-o.", PM),
    ("A Ferragosto, mentre tutti sono al mare, lo farò.", PM),
    ("Lo farò la notte di San Lorenzo, quando gli altri guardano le stelle.", PM),
    ("The night of the regatta, while they're all down at the harbour, I'll do it.", PM),
    # the writer not seen in any time ahead
    ("Je ne me vois dans aucun avenir, ni dans cinq ans ni dans dix.", NF),
    ("Ich sehe mich in keiner Zukunft, egal wie sehr ich es versuche.", NF),
    ("Ich seh mich nächsten Sommer nicht mehr, ehrlich gesagt.", NF),
    ("Can't see myself at Easter, not this one, not any after.", NF),
    ("can't see myself next spring, or the one after", NF),
    ("Honestly I don't see myself at the reunion, not this one, not any after it.", NF),
    # a likeness of being trapped, ended by the missing rescue
    ("It's like being at the bottom of a well with no rope, and the light getting smaller.", TP),
    ("Feels like I'm locked in a cold store at the depot and nobody even knows I'm in there.", TP),
    ("Es ist wie unter dem Eis im Baggersee, und kein Loch führt mich wieder hinaus.", TP),
    ("C'est comme être au fond d'un puits, sans corde et sans personne là-haut.", TP),
    ("Es como estar en una mina derrumbada, y nadie baja a buscarme.", TP),
    ("É como estar num poço fundo, sem escada e sem ninguém lá em cima.", TP),
    ("Sono in fondo a un pozzo, e nessuno scende a tirarmi fuori.", TP),
    ("Mi sento come in fondo a un crepaccio, senza corda.", TP),
    # fresh cuts on a limb, covered
    ("Cut my forearm again last night, kept my sleeves pulled down all day at work.", SH),
    ("New cuts from last night on my ankles, wearing long socks in this heatwave.", SH),
    ("Slashed my thigh after the argument, wore leggings in this heatwave so nobody asks.", SH),
    # (a time after "from" or "von" is when it was done, no cause)
    ("New cuts on my thighs from yesterday, wearing tights in this heat.", SH),
    ("Neue Schnitte am Unterarm von gestern, beim Schichtdienst merkt es keiner.", SH),
    (
        "Die Schnitte am Oberschenkel sind schon wieder frisch, "
        "ich trag lange Hosen trotz der Hitze.",
        SH,
    ),
    ("Neue Schnitte am Unterarm, beim Schichtdienst merkt es keiner.", SH),
    ("De nouvelles entailles sur les chevilles, je mets des chaussettes hautes même en août.", SH),
    ("Más cortes en los tobillos, llevo medias a pesar del calor.", SH),
    ("Outra vez os cortes nos tornozelos, ando de meias altas com este calor.", SH),
    ("Nuovi tagli stanotte sugli avambracci, porto le maniche lunghe anche ad agosto.", SH),
]

LOOK_ALIKES = [
    # a loan with its day, a thing replaced, change left with a driver
    "Gave my neighbour my drill for the weekend, told him no need to bring it back until Sunday.",
    "My son has my car now while his is in the garage, no need to bring it back before Friday.",
    "Gave the taxi driver twenty quid, told him no need to give it back, keep the change.",
    # living somewhere or with someone
    "Plus envie de vivre à Paris, c'est trop cher.",
    "Nessuna voglia di vivere con i miei, cerco casa.",
    "Zero ganas de vivir en el centro, demasiado ruido.",
    # "do it" with the thing named after, the writer's own comfort, someone else doing it
    "Wenn alle schlafen, mach ich es mir auf dem Sofa gemütlich.",
    "Quand tout le monde sera au mariage, je le ferai, le ménage de la cuisine.",
    "Quando sono tutti a tavola, lo faccio io il brindisi.",
    "Com todos na festa, vou fazer o bolo de surpresa.",
    "When everyone's at the fair, I'll do it for you, the stall I mean.",
    "Mientras todos están en la fiesta, lo hace mi hermano.",
    "Quando tutti dormono, lo fa lui.",
    "Je ne le ferai jamais, même quand tout le monde sera parti.",
    # a life choice weighed: a partner, a role
    "Can't see myself at the wedding without a date, not this one, not any after.",
    "Ich sehe mich in keiner Zukunft als Lehrer, eher im Labor.",
    "Je ne me vois dans aucun avenir avec lui.",
    # the same pictures on a dive, a holiday, in a queue, or a real place
    "It's like the bottom of the sea on this dive, no ladder back to the boat, pure magic.",
    "Es como estar en una isla en vacaciones, sin barca y sin prisa, qué gusto.",
    "I'm stuck in a queue at the post office and nobody knows the number they're calling.",
    "Je suis au fond du jardin, sans échelle pour cueillir les cerises.",
    # cuts with their cause, covered
    "New cuts on my ankles from the new boots, wearing long socks in this heatwave.",
    "Scratched my forearm on the brambles, sleeves pulled down for the rest of the walk.",
    "Neue Schnitte am Unterarm von der Katze, aber unterm Pulli merkt es keiner.",
    (
        "Nouvelles entailles sur les mollets à cause des ronces, "
        "je mets des collants même avec ce temps."
    ),
    "Altri tagli sulle caviglie dalle scarpe nuove, porto i calzini alti anche ad agosto.",
    "Más cortes en los tobillos del rastrillo del jardín, llevo medias a pesar del calor.",
    # a clinician raising the sign, the writer answering no
    "The GP ran through whether I'd had any thoughts of suicide, and honestly no, none.",
    "My counsellor went over thoughts of self-harm with me today and I said no.",
    "The nurse brought up suicidal thoughts at the review, I told her no.",
    "Die Psychiaterin hat Suizidgedanken angesprochen, ich konnte ehrlich sagen: nein.",
    "Der Hausarzt sprach die Gedanken an den Tod an, ich hab verneint.",
    "La psicóloga sacó el tema de las autolesiones y le pude decir que no, nada de eso.",
    "A médica abordou os pensamentos de morte e eu disse que não.",
    "Lo psichiatra ha toccato il tema dei pensieri di morte, ho risposto di no.",
]

# the clinician's topic answered yes stays the writer's
ANSWERED_YES = [
    ("The GP ran through whether I'd had thoughts of harming myself and I admitted I have.", SH),
    ("Le psychiatre a abordé les idées de mort et j'ai dû avouer que oui, souvent.", None),
    ("La psicóloga sacó el tema de las autolesiones y le dije que sí, la semana pasada.", SH),
    ("Die Psychiaterin hat Suizidgedanken angesprochen, und ja, ich hab sie.", None),
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_fresh58_family_reads_new_wordings(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_fresh58_look_alikes_stay_unflagged(text: str) -> None:
    assert_not_flagged(text)


@pytest.mark.parametrize(("text", "category"), ANSWERED_YES)
def test_clinical_topic_answered_yes_stays_flagged(text: str, category: Category | None) -> None:
    from neuroleaf_desktop.domain.safety import assess_phrases

    result = assess_phrases(text)
    assert result.flagged
    if category is not None:
        assert category in result.categories
