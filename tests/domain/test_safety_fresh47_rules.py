"""The mechanisms added after studying ``fresh47``, both ways: new wordings of each sign that must
be flagged, and the look-alikes that must not.

Getting the means: medicine the writer stopped taking and keeps instead, in six languages, and
enough of someone's pills now in a place of the writer's (``rules_means_untaken``); the key of
a relative's gun cabinet asked for, whatever season is given as the reason (``everyday``).

Goodbyes: one letter for each person put away, a letter for when it is needed, a thing to open
"after, not before", a call just to say they mattered (``rules_farewell_hidden``); a letter
tucked inside a thing, or a person "from school", is no occasion (``everyday``).

No future: the writer not seen at a feast or season ahead ("no me imagino en la Semana Santa
del año que viene", "den Sommerurlaub …, ich seh mich da nicht mehr") (``rules_self_not_ahead``);
going along as if the writer will be there, no time the writer will be around for, a season
ahead with "none for me" (``rules_future_unjoined``); a holiday not worth booking, or denied, is
no occasion (``everyday``).

Plans: "I know what I'm doing" as the act left unnamed, the whole family taken away while the
writer stays behind, everyone watching one sight, the house left to the writer alone
(``rules_plan_moment``).

Trapped pain: a likeness of being caught where struggling makes it worse or moving is
impossible (``rules_trapped_struggle``); under the ice or an avalanche, the others looking the
other way, nobody hearing "me", no way round it or out of it (``rules_trapped_frames``,
``trapped_words``).

Self-harm: hurt on purpose in five languages (``rules_hurt_on_purpose``); marks on the body
getting deeper or kept covered (``rules_marks_owned``). Past attempts: "il gesto" and the
intensive care after trying, with the same state back (``rules_attempt_returning``).

Burden: the others suffering less without the writer, no longer having to ("müsste … nicht"),
their work paid for the writer's needs (``rules_burden_weight``, ``everyday``). Giving away: no
reason given when asked why, theirs from now on, for this season and all the ones after
(``rules_giving_frames``, ``rules_core_signs``). Explicit: simpler or easier to be dead, the
bare morning hoped unseen, the German prayer in a "dass" clause with the dialect's dropped "e"
(``rules_intl_signs``, ``rules_dawn_unseen``).

Guards: "no part of me" denies the wish, and "no está en mis planes" with the plural (``negation``).

The sentences are written anew, as other writers would say the same things (not copied from
``fresh47_*.tsv``), so they test a family of wordings, not one sentence.
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
_GB = Category.GOODBYES
_SH = Category.SELF_HARM
_NF = Category.NO_FUTURE
_GA = Category.GIVING_AWAY
_GM = Category.GETTING_MEANS
_BU = Category.BURDEN

SIGNS = [
    # medicine stopped and kept instead
    ("Haven't been taking my meds since March, I've kept every one of them in a sock drawer.", _GM),
    ("Ich nehm meine Tabletten seit Wochen nicht mehr und sammle sie in einer Dose.", _GM),
    (
        "Je ne prends plus mes cachets depuis un mois, je les garde dans une boîte à chaussures.",
        _GM,
    ),
    ("Non prendo più le pastiglie da settimane, le tengo nascoste nell'armadio.", _GM),
    ("Deixei de tomar os comprimidos e vou guardando todos numa lata.", _GM),
    ("Dejé de tomar los calmantes y los escondo en el cajón.", _GM),
    # enough of someone's pills, now, in a place of the writer's
    ("I've got enough of my grandad's sleeping pills hidden now.", _GM),
    ("Ya tengo suficientes pastillas de mi abuela guardadas en el armario.", _GM),
    ("J'ai maintenant assez de cachets de ma grand-mère dans ma boîte.", _GM),
    ("Ich hab jetzt genug Tabletten von Oma beisammen.", _GM),
    ("Ho ormai abbastanza pillole nascoste nel cassetto.", _GM),
    # the gun cabinet's key asked for, a season given as the reason
    ("Asked grandad where he keeps the rifle safe key, told him I fancied deer season.", _GM),
    (
        "Le pregunté a mi tío dónde guarda la llave del armero, le dije que era para la "
        "temporada de caza.",
        _GM,
    ),
    # one letter for each, put away; a letter for when it is needed
    ("Für jeden einen Brief geschrieben und in die Schublade gelegt.", _GB),
    ("Escribí una carta para cada uno de mis hijos y las dejé escondidas en el baúl.", _GB),
    ("Deixei uma carta para a minha mãe na gaveta, vai encontrá-la quando for preciso.", _GB),
    ("J'ai écrit un mot pour ma fille, elle le trouvera quand le moment viendra.", _GB),
    ("Wrote my nephews a letter each and tucked them inside the family bible.", _GB),
    # opened after, not before; a call just to say they mattered
    ("Recorded a voice note for my brother, told him to play it after, not before.", _GB),
    ("Ho scritto una lettera a mia madre, aprila dopo, non prima.", _GB),
    ("Rang my old coach just to tell her she meant so much to me.", _GB),
    ("Rang my old piano teacher from primary school just to tell her she mattered.", _GB),
    # the writer not seen at a feast or season ahead
    ("No me veo en la Navidad del año que viene.", _NF),
    ("Je ne me vois pas à Noël prochain.", _NF),
    ("Non mi vedo a Natale il prossimo anno.", _NF),
    ("Den Winterurlaub plant meine Familie schon, ich seh mich da nicht mehr.", _NF),
    ("Não me vejo no próximo Natal, nem vale a pena marcar férias.", _NF),
    # going along as if, no time to be around for, none for me
    ("Mum keeps planning my 30th and I'm pretending I'll still be around for it.", _NF),
    ("Je fais comme si j'allais y être, au mariage de ma sœur.", _NF),
    ("Hago como si fuera a estar ahí en la boda de mi prima.", _NF),
    ("No holiday booked that I'll be around for, and that's fine by me.", _NF),
    ("Everyone's booking next summer and honestly there won't be one for me.", _NF),
    ("Tutti parlano della prossima stagione, per me non ci sarà.", _NF),
    ("Alle reden von der nächsten Saison, für mich gibt's keine mehr.", _NF),
    ("Todos falam da próxima época, para mim não vai haver.", _NF),
    # the moment chosen, the others away
    ("Saturday night the flat's empty and I know what I'm doing.", _PM),
    (
        "When the school trip takes the whole family away to Wales, I'm staying behind. "
        "That's the night.",
        _PM,
    ),
    ("Será la noche de la feria, mientras todos miran los fuegos en el río.", _PM),
    ("Sarà la sera di Ferragosto, mentre tutti guardano i fuochi sulla spiaggia.", _PM),
    ("Vai ser na noite de São João, a casa fica só para mim.", _PM),
    # caught, and struggling makes it worse
    ("É como estar presa numa rede, quanto mais me mexo mais me aperta.", _TP),
    (
        "Feels like I'm tangled in rope and the more I struggle the worse it gets... "
        "can't get free.",
        _TP,
    ),
    ("C'est comme être dans des sables mouvants, plus je me débats, plus je m'enfonce.", _TP),
    ("Ich fühl mich, als wäre ich gefesselt, und kann mich nicht bewegen.", _TP),
    ("Mi sento come legata a una sedia e non riesco a liberarmi.", _TP),
    # under the ice, the others looking away, no way round it
    ("Es ist wie unter dem Eis, und keiner hört mich.", _TP),
    ("I'm drowning in all of it and my family keeps looking the other way.", _TP),
    ("The pain is there every morning, no way around it or out of it.", _TP),
    # hurt on purpose; marks deepening or covered
    ("Ich habe mir wieder wehgetan, absichtlich.", _SH),
    ("Anoche me hice daño a propósito otra vez.", _SH),
    ("Je me suis encore fait mal exprès hier soir.", _SH),
    ("Mi sono fatta male apposta, di nuovo.", _SH),
    ("Magoei-me de propósito outra vez.", _SH),
    ("The cuts on my thighs are deeper every time.", _SH),
    ("Los cortes en las piernas cada vez más profundos, los tapo con medias.", _SH),
    ("Die Kratzer am Arm werden immer tiefer, ich versteck sie unter dem Pulli.", _SH),
    # an attempt named as "il gesto" or by the ward after trying, and its return
    ("Dopo quel gesto pensavo di averla superata, ma la voglia è tornata.", _SI),
    ("Fiquei na UCI depois de tentar, e agora a mesma coisa está de volta.", _SI),
    # others better off: suffering less, no longer having to, their work for my needs
    ("Sin mí mi madre sufriría menos.", _BU),
    ("Senza di me i miei soffrirebbero meno.", _BU),
    ("Sem mim a minha avó sofreria menos.", _BU),
    ("Without me my dad would suffer less.", _BU),
    ("Mein Bruder arbeitet doppelt. Ohne mich müsste er das nicht.", _BU),
    ("Mi madre hace turnos de noche por mis deudas, sin mí viviría mejor.", _BU),
    # given away: no reason, theirs from now on, every season after
    ("Gave my signed shirt to my nephew, he asked me why, I said because.", _GA),
    ("Le regalé mi guitarra a mi primo, me preguntó por qué y le dije porque sí.", _GA),
    ("Deixei a minha bicicleta ao meu irmão, a partir de agora fica com ele.", _GA),
    ("Ho dato a mia sorella il mio anello, d'ora in poi lo tiene lei.", _GA),
    ("J'ai laissé mon vélo à ma cousine pour cette saison et toutes les suivantes.", _GA),
    # simpler to be dead, the morning unseen
    ("Parfois je pense que ce serait plus facile d'être morte.", _DW),
    ("Je m'endors en priant de ne pas voir le matin.", _DW),
    ("Ich hoff jede Nacht, dass ich den nächsten Morgen nicht mehr seh.", _DW),
]

LOOK_ALIKES = [
    # medicine stopped for a doctor, returned, or a habit stopped
    "I stopped taking my tablets because of the side effects, the rest are kept in the cupboard.",
    "I stopped taking my pills, the doctor said I could, and I kept the box for the leaflet.",
    "Dejé de tomar las pastillas y las devolví a la farmacia, guardé el recibo.",
    "Non prendo più le pastiglie, le ho restituite in farmacia.",
    "I stopped taking sugar in my tea and I'm saving money.",
    # a supply that lasts until a date
    "Tengo suficientes pastillas hasta el lunes en mi bolso.",
    # a gun stand asked for, the key on someone's belt
    "Asked my uncle where he keeps the deer stand for elk season.",
    "My uncle keeps the gun cabinet key on his belt during elk season.",
    # letters for a birthday, money, a game; a thank-you at a retirement
    "Für die Kinder je einen Geburtstagsbrief geschrieben und in den Schrank gelegt.",
    "Trois enveloppes, une par neveu, avec de l'argent pour les étrennes, glissées sous le sapin.",
    "Wrote each of the kids a birthday card and hid them under the bed.",
    "Una carta para cada invitado, con el menú, dejada en la mesa.",
    "Take the tablets after, not before, the meal.",
    "Read it after, not before, the lecture.",
    "Called my mentor just to tell him he mattered, it was his retirement party.",
    "Said goodbye to my friends from school, we graduate tomorrow and I'm moving.",
    # a place, not a time; a role
    "No me imagino en la playa el año que viene con este frío.",
    "Im Urlaub seh ich mich nicht mehr als Lehrerin.",
    "Não me vejo chegar ao próximo verão, vamos marcar férias no Algarve.",
    # a pretence about time, a ticket sold out, a match missed for work
    "I act like I'll be there on time but I'm always late.",
    "I'm going along with it, pretending I'll be there by eight.",
    "They talk about next season's tickets and there isn't one for me, sold out.",
    "No match coming that I'll be around for, I'm working every weekend.",
    # a moment chosen for something named
    "Ce sera le soir du 14 juillet, pendant que tout le monde regarde le feu d'artifice, "
    "qu'on fera la surprise à Léa.",
    "I'll have the place to myself on Friday and I know what I'm doing: pizza and a film.",
    "I'm staying behind when they go to Gozo, that's the day I finally paint the kitchen.",
    "Será el sábado, mientras todos miran el partido, que le daremos la sorpresa.",
    # a literal trap, someone else's, an animal's
    "The car got stuck in the mud and every movement pulled it deeper, like quicksand, I can't "
    "get it out.",
    "He's like a fish caught in a net, the more he wriggles the tighter it gets.",
    "Il cane è come legato alla cuccia, non riesce a muoversi.",
    # someone hurting the writer, hurt by accident, intent denied
    "Er hat mir absichtlich wehgetan.",
    "Ich hab mir beim Fußball wehgetan, aber nicht absichtlich.",
    "Il m'a fait mal exprès.",
    "Mi ha fatto male apposta, quello stronzo.",
    "Ele magoou-me de propósito.",
    "No me hice daño a propósito, fue sin querer.",
    # scratches from brambles, a cat, on a table
    "The scratches on my arms from the brambles are getting deeper, covering them with plasters.",
    "The scratches on my arms from the cat keep getting deeper.",
    "The scratches on the table are getting deeper.",
    # a gesture of kindness, an attempt at a wall
    "Dopo il gesto di gentilezza del vicino, il buonumore è tornato.",
    "Fui parar às urgências depois de tentar saltar o muro, e agora a mesma vontade está de volta.",
    # colleagues on a team's shift, a gift with its reason
    "Mis compañeros hacen doble turno esta semana, sin mí estarían mejor en el equipo.",
    "Gave my old bike to my sister, she asked why and I said because I've outgrown it.",
    "Je lui ai laissé ma place de parking pour cette saison, je reviens en mars.",
    "Ho dato a mio cugino la bici per l'estate, gli ho detto che la tiene lui finché torno.",
    # dead of laughter, a morning of an exam, oversleeping
    "Ce serait plus simple d'être mort de rire que de pleurer devant ce film.",
    "J'espère ne pas voir le matin de l'examen arriver trop vite.",
    "Ich hoffe, dass ich den Morgen nicht verschlafe.",
    # the wish denied by "no part of me", self-harm not in the plans
    "Honestly, no part of me wants to die, I just want a holiday.",
    "Hacerme daño no está en mis planes, solo estoy cansada.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_fresh47_signs_are_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_fresh47_look_alikes_are_not_flagged(text: str) -> None:
    assert_not_flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        # "no part of me" of something else, the wish then said
        "No part of me wanted to stay at the party, but part of me wants to die.",
        # some part, not no part
        "Some part of me wants to die.",
    ],
)
def test_the_guards_leave_the_sign_when_it_is_meant(text: str) -> None:
    assert assess(text).flagged, text
