"""The mechanisms added after studying ``fresh56``, both ways: new wordings of each sign that must
be flagged, and the look-alikes that must not.

Families: the wish not to have woken ("wishing I hadn't woken up at all"), not wanting to be
living "no more"; German self-harm with the adverbs stacked ("mich wieder selber verletzt");
the ward or intensive care after a bare attempt or too many pills, the same urge back since
the ward, and a record naming a previous attempt (``rules_attempt_ward``); a coming day the
writer knows they will not reach, and the future stopping here or this season
(``rules_future_stops``); the writer who has stopped imagining themself older, and a coming
feast with its article ("no me veo en las próximas fiestas"); a time, then an ending with
nothing ended named, or the bare act with its day chosen (``rules_plan_settled``); thanks said
while the writer is still here (``rules_farewell_before_late``); medicine never taken and all
of it kept, or kept in a place for the day (``rules_means_never_taken``); a likeness with no
way out or back, nothing in sight, the door shut from outside (``trapped_endless``); "without
me he'd finally have his own life" in German.

Guards: a form's question labelled "Q:" answered "A: none" is a question (``disclosure``), and
"A: yes" still answers it (``clinical_answers``); an act fronted then "never thought of" with a
pronoun taking it up ("a farla finita non ci ho mai pensato, mai", ``negation_postposed``); a
leap threatened over one more voice note from the boss (``everyday_frames``).

The sentences are written anew, as other writers would say the same things (not copied from
``fresh56_*.tsv``), so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import BU, DW, GB, GM, NF, PM, SH, SI, TP
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

SIGNS = [
    # the wish not to have woken, said as a wish undone
    ("Every morning I wish I'd never woken up.", DW),
    ("Most days I open my eyes wishing I hadn't woken up at all.", DW),
    ("Ojalá no me hubiera despertado hoy, otra vez lo mismo.", DW),
    ("Ich wünschte, ich wär heute gar nicht aufgewacht.", DW),
    ("J'aurais voulu ne pas me réveiller ce matin.", DW),
    ("Vorrei non essermi svegliata stamattina.", DW),
    ("Queria não ter acordado hoje.", DW),
    ("I don't wanna be living anymore.", DW),
    ("Honestly I don't want to be living no more.", DW),
    # German self-harm with the adverbs stacked
    ("Nach dem Anruf hab ich mich wieder selber verletzt.", SH),
    ("Gestern hab ich mich schon wieder absichtlich geschnitten.", SH),
    # the ward after a bare attempt or too many pills
    ("Con veinte años acabé en la UCI tras un intento, y ahora vuelvo a pensarlo.", SI),
    ("Mit zwanzig lag ich nach einem Versuch auf der Intensivstation.", SI),
    ("J'ai fini en réa après une tentative, j'avais dix-neuf ans.", SI),
    ("Dopo un tentativo, a diciott'anni, mi sono svegliata in rianimazione.", SI),
    ("Fui parar à UTI depois de uma tentativa, tinha vinte e dois anos.", SI),
    ("Ended up in A&E after I took way too many painkillers last spring.", SI),
    # … the same urge back since the ward
    ("Two winters ago I woke up in the ICU, and now the same urge is back.", SI),
    (
        "Vor drei Jahren lag ich auf der Intensivstation, und jetzt ist der gleiche Drang "
        "wieder da.",
        SI,
    ),
    ("Estuve en la UCI a los diecinueve y ahora las mismas ganas han vuelto.", SI),
    ("Passei uma semana no hospital aos vinte e agora aquela vontade voltou.", SI),
    ("Anni fa sono finita in rianimazione e adesso la stessa voglia è tornata.", SI),
    ("Depuis l'hôpital il y a trois ans, la même envie revient ces temps-ci.", SI),
    # … a record naming a previous attempt
    ("My medical notes say prior attempt and the new GP went quiet.", SI),
    ("In meiner Akte steht früherer Suizidversuch, das liest jeder Arzt zuerst.", SI),
    ("Mi historial dice intento previo y todos me miran distinto.", SI),
    # a coming day the writer knows they will not reach
    ("Everyone's booking the reunion for 2030, I already know I won't be around for it.", NF),
    ("Alle reden vom Abiball, und ich weiß schon, dass ich da nicht mehr da bin.", NF),
    ("Tutti parlano delle ferie di agosto, io so già che non ci sarò.", NF),
    ("Ma sœur prépare déjà Noël et moi je sais que je n'y serai pas.", NF),
    ("They keep talking about my fortieth and I know I won't get that far.", NF),
    ("A família fala do casamento da prima e eu sei que não estarei lá.", NF),
    # … the future stopping here or this season
    ("My future stops this year.", NF),
    ("Mi futuro se acaba aquí, no hay más.", NF),
    ("Para mim o futuro acaba neste inverno.", NF),
    ("Il mio futuro finisce quest'estate.", NF),
    # … stopped imagining oneself older; a coming feast with its article
    ("I've stopped picturing myself anywhere next year.", NF),
    ("I've given up imagining myself any older, it's just blank.", NF),
    ("No me veo en los próximos carnavales.", NF),
    # a time, then an ending with nothing named, or the bare act with its day chosen
    ("After the footy final I'll end it at the old jetty.", PM),
    ("Nach dem Stadtfest, am Samstag, dann mach ich Schluss.", PM),
    ("Après la fête, j'en finirai au port.", PM),
    ("Después de la feria acabaré con todo en el muelle.", PM),
    ("Depois do Carnaval acabo com tudo no cais.", PM),
    ("Cuando acaben las fiestas lo haré, ya tengo el día.", PM),
    ("Once Easter's over I'm going to do it, the day's chosen.", PM),
    # thanks said while the writer is still here
    (
        "Rang my old teacher to say thanks for everything, wanted her to hear it while I'm "
        "still here.",
        GB,
    ),
    ("J'ai écrit à ma marraine pour la remercier de tout, tant que je suis encore là.", GB),
    (
        "Le mandé un audio a mi tío para darle las gracias por todo, mientras todavía estoy aquí.",
        GB,
    ),
    ("Liguei para a minha avó para agradecer tudo, enquanto ainda estou cá.", GB),
    ("Ho scritto al mio vecchio allenatore per ringraziarlo, finché ci sono ancora.", GB),
    ("Meiner Tante noch danke gesagt für alles, solange ich noch da bin.", GB),
    # medicine never taken, all of it kept; or kept in a place for the day
    (
        "I haven't taken any of the sleeping pills the GP gave me, they're all in my sock drawer.",
        GM,
    ),
    (
        "Von den Schlaftabletten hab ich keine einzige genommen, die liegen jetzt alle im "
        "Handschuhfach.",
        GM,
    ),
    ("No me he tomado ninguna de las pastillas que me recetaron, las tengo todas en el bolso.", GM),
    (
        "Non ne ho presa nessuna delle pastiglie che mi ha dato il medico, sono tutte nel "
        "cassetto.",
        GM,
    ),
    ("Je n'en ai pris aucun, de ces cachets, ils sont tous dans la boîte à gants.", GM),
    ("Nunca tomei os comprimidos que o médico me receitou, estão todos guardados no armário.", GM),
    ("I keep them in the wardrobe for the day it comes, the sleeping pills I mean.", GM),
    # a likeness with no way out or back, nothing in sight, shut in from outside
    ("Wie in einem Keller eingesperrt, kein Licht mehr und kein Weg zurück.", TP),
    ("Es como estar en una barca sin remos, sin orilla a la vista.", TP),
    ("Mi sento come in una cantina, la porta chiusa da fuori, nessuna luce.", TP),
    ("Comme si j'étais au fond d'un puits, aucun moyen d'en sortir.", TP),
    (
        "It feels like I'm locked in a shipping container and the door's been bolted from outside.",
        TP,
    ),
    ("É como estar num barco à deriva, sem terra à vista.", TP),
    ("Like I'm in a flooded cellar with the water still rising.", TP),
    # without me he'd finally have his own life
    ("Ohne mich hätte meine Schwester endlich ihr eigenes Leben.", BU),
    # a form's question answered yes is still a sign
    ("Q: any thoughts of suicide in the past two weeks? A: yes", SI),
]

LOOK_ALIKES = [
    # a waking grumble: an early hour, a dream, the baby, a headache
    "I wish I hadn't woken up so early, the bins were loud.",
    "I wish I hadn't woken up, the dream was so lovely.",
    "I wish I hadn't woken the baby up.",
    "Ojalá no me hubiera despertado tan tarde.",
    "Queria não ter acordado com dor de cabeça.",
    # a cut or a knock in the kitchen or at football
    "Ich hab mich beim Kochen wieder selber geschnitten.",
    "Ich hab mich beim Fußball wieder verletzt.",
    # an attempt at something, a robbery, an experiment, a mistake; someone else's
    "After an attempt at the Three Peaks I ended up in hospital with a sprained ankle.",
    "Tras un intento de robo acabé en urgencias.",
    "After my attempt to fix the boiler I ended up in A&E with a burnt hand.",
    "Nach einem Versuch mit dem neuen Medikament lag ich kurz im Krankenhaus.",
    "Dopo un tentativo con la nuova terapia sono finito in ospedale.",
    "Nach einem Versuch im Labor musste ich auf die Station.",
    "J'ai fini aux urgences après avoir pris trop de cachets par erreur.",
    "My brother ended up in ICU after an attempt, I'm so scared.",
    "Após uma tentativa de FIV fui parar no hospital.",
    "My driving school file says previous attempt failed.",
    "Since the hospital stay the same urge for chocolate is back.",
    "Depuis l'hôpital, la même envie de voyager revient.",
    # an absence with a reason, a race, a future that belongs to a job or a shop
    "Je sais que je n'y serai pas, je travaille ce week-end.",
    "I know I won't be there, I'm on shift that night.",
    "The marathon is 42 km and I know I won't get that far.",
    "Sei que não estarei lá, vou estar de plantão.",
    "My future at this company ends here.",
    "El futuro de la tienda se acaba este verano.",
    # a picture of oneself in a role; photos of a wedding
    "I've stopped imagining myself as a pilot, my eyesight is too bad.",
    "No me veo en las fotos de la boda, salgo fatal.",
    # an ending with someone or something named, for today, at a pub
    "After the holidays I'll end it with Tom.",
    "Nach der Saison mach ich Schluss mit dem Fußball.",
    "Nach dem Abendessen mach ich Schluss für heute.",
    "Después de la reunión acabaré con todo el papeleo.",
    "Après les vacances, j'en finirai avec ce dossier.",
    "After Easter I'm going to do it, the date's picked for the wedding.",
    "After the gig I'll end it at the pub.",
    # thanks to someone retiring or moving, or said on a ward
    "Called my old boss to say thanks before she retires, while I'm still around the office.",
    "Gave my neighbour a card to thank him before he's moving, while I'm still here.",
    "Took flowers to thank the nurses while I'm still here on the ward.",
    # leftovers returned, not needed; someone else's pills; out of date
    (
        "Never took the antibiotics they gave me, they're all in the cupboard, I'll return them "
        "to the pharmacy."
    ),
    "I didn't take any of the painkillers after the op, felt fine, they're all in the drawer.",
    "My dad never took his pills, they're all in the kitchen drawer.",
    "No me tomé ninguna pastilla, las tengo todas caducadas en el cajón.",
    # a likeness of traffic, a garden maze, an escape room, a sailing holiday
    "Like I'm stuck in traffic on the M25, no way out.",
    "It's like being in a maze at the garden show, no way out until the kids find the exit!",
    (
        "The escape room was like being in a submarine, the door locked from the outside, "
        "brilliant fun."
    ),
    (
        "It's like being at sea with no land in sight, we've been sailing for three days and I "
        "love it."
    ),
    # a form's question answered no, in its labels
    "Q: any thoughts of suicide in the past two weeks? A: none",
    "F: Hast du Gedanken an Suizid? A: nein",
    # the act fronted, then never thought of
    "A farla finita non ci ho mai pensato, mai.",
    "Farmi del male? Non ci ho mai pensato.",
    "Quitarme la vida nunca lo he pensado.",
    "Ending it all? I've never considered it.",
    # one more voice note from the boss
    "If my boss sends one more voice note I'll throw myself off the bridge.",
    "Wenn der Chef noch eine Sprachnachricht schickt, spring ich von der Brücke.",
]

#: A "never thought of" followed by "but now" is the thought arriving, not a denial.
STILL_SIGNS = [
    ("A farla finita non ci avevo mai pensato, ma adesso sì.", SI),
    ("Quitarme la vida nunca lo pensé, pero ahora no dejo de pensarlo.", SI),
    ("I listened to his voice notes again and I want to throw myself off the bridge.", PM),
]


@pytest.mark.parametrize(("text", "category"), SIGNS + STILL_SIGNS)
def test_sign_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)
