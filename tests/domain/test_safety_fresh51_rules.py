"""The mechanisms added after studying ``fresh51``, both ways: new wordings of each sign that must
be flagged, and the look-alikes that must not.

Guards: a denial after the sign closing its clause ("suicidal I'm not", "voglia di farla finita
nessuna", "neanche l'ombra", "jamás, ni lo pienso", a reply "? Nessuno") is a denial
(``negation_postposed``); "mai passato per la testa" after a question is a never-thought
(``negation``); a counsellor who "checks every week if …" asks, and a form's item asked with its
question mark and answered "none" is answered no (``clinical_questions``); someone who rang the
writer "saying that" is someone else (``context``).

Recall: trapped likenesses opened by "Como un …", "mi sento un …", "sou um … num …", the pain
carried or worn "like" something, ended by an echo answering, a thing that cannot be taken off,
nothing opening or nobody looking, closing the clause (``rules_trapped_likeness``; a likeness of
joy, a child in a sweet shop or a fish in water, is no trap); others better off "finally",
help given "to cover my bill" or "to sit with me", "I'm wrecking his life", the heaviest thing
they carry (``rules_burden_weight``, ``everyday``, ``rules_en_affairs``); pharmacies one after
another, a relative's tablets "kept back" (``rules_core_means_kept``, ``rules_means_kept_back``);
a time ahead that is only a blank (``rules_future_no_next``); thanks marked as the last, a note
for when it is needed, everything said (``rules_farewell_last_thanks``); a heart stopping in
the night as a gift, dying easier, "tot sein wär" (``rules_core_impulse``,
``rules_death_easier``, ``rules_de_intent``); held on until a time, then the end
(``rules_end_after_event``); fresh cuts again on a limb and a thing covering them
(``rules_marks_covered``); an attempt told by the age and the same darkness coming back
(``rules_attempt_returning``); a thing handed on and the writer not going back to it
(``rules_giving_frames``).

The sentences are written anew, as other writers would say the same things (not copied from
``fresh51_*.tsv``), so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

_DW = Category.DEATH_WISH
_SI = Category.SUICIDAL_IDEATION
_TP = Category.TRAPPED_PAIN
_GM = Category.GETTING_MEANS
_BU = Category.BURDEN
_GA = Category.GIVING_AWAY
_GB = Category.GOODBYES
_NF = Category.NO_FUTURE
_PM = Category.PLAN_OR_METHOD
_SH = Category.SELF_HARM

SIGNS = [
    # trapped pain: the picture opening the sentence or the writer as it, with no end
    ("Como un pájaro en una jaula, nadie se asoma nunca.", _TP),
    ("Mi sento un pesce in un acquario, giro in tondo da mesi.", _TP),
    ("Sou um cão num quintal fechado, nada se abre e ninguém repara.", _TP),
    ("Comme une mouche dans un bocal, je tourne en rond depuis l'hiver.", _TP),
    ("Wie ein Vogel im Käfig, nur das Echo antwortet mir.", _TP),
    ("I carry this grief like a wet coat I can't take off.", _TP),
    ("Llevo esta pena como un abrigo empapado que no me puedo quitar.", _TP),
    ("Il dolore mi sta addosso come una coperta bagnata, non riesco a togliermela.", _TP),
    ("Like the bottom of a well, only my own echo comes back.", _TP),
    ("I'm drowning out here and they all wave back, smiling.", _TP),
    # … and a "never, not even" after a sign that holds its own negation gives it weight
    ("Il dolore non passa mai, nemmeno di notte.", _TP),
    ("El dolor no se va nunca, ni de noche.", _TP),
    # … and a shadow of something else the writer lacks is no denial of the wish
    ("I want to die, not a trace of hope left.", _DW),
    ("Quiero morirme, ni la sombra de una salida.", _SI),
    # burden: free at last without the writer, help given to pay or to sit with them
    ("Ohne mich könnten meine Eltern endlich mal ausschlafen.", _BU),
    ("Sans moi, ma sœur pourrait enfin souffler.", _BU),
    ("Senza di me i miei potrebbero finalmente respirare.", _BU),
    ("Gran skipped her choir trip to pay off my loan, she'd be better off without me.", _BU),
    ("My sister cancelled her holiday to stay with me again, I'm ruining her life.", _BU),
    ("I've become the heaviest thing my mum carries.", _BU),
    ("Sono diventata la cosa più pesante che porta.", _BU),
    # getting the means: pharmacies one after another, a relative's tablets kept back
    ("Three chemists in town, one after another, a box from each.", _GM),
    ("Bin von Apotheke zu Apotheke gelaufen und hab Schlaftabletten geholt.", _GM),
    ("Je suis allée de pharmacie en pharmacie pour les somnifères.", _GM),
    ("Held a few of my dad's sleeping tablets back, they're under my mattress.", _GM),
    # no future: a time ahead that is only a blank
    ("Next spring? Just a blank wall, honestly.", _NF),
    ("In zehn Jahren? Da ist für mich gar nichts, weißes Rauschen.", _NF),
    ("El año que viene es una página en blanco, y yo no estoy en ella.", _NF),
    ("Tra cinque anni? Davanti non c'è niente.", _NF),
    # goodbyes: the last thanks, a note for when it is needed, everything said
    ("Rang my godfather to thank him for everything, as if it were the last, because it is.", _GB),
    ("J'ai remercié ma marraine pour tout, ils comprendront plus tard.", _GB),
    ("Ho ringraziato mia nonna di tutto, come se fosse l'ultima, e lo è.", _GB),
    ("Agradeci à minha tia por tudo, a última.", _GB),
    ("Sent my old coach a thank-you card. Meant it as the last one.", _GB),
    ("Left an envelope for my daughters in the desk, when the time comes they'll open it.", _GB),
    ("Ho detto a tutti quello che dovevo dire, sono in pace.", _GB),
    # explicit: a heart stopping in the night as a gift, dying easier, the idea of it appealing
    ("If my heart just gave out tonight it would be a blessing.", _DW),
    ("Si mi corazón se parara esta noche, sería un descanso.", _DW),
    ("Morire sarebbe molto più facile, a volte.", _DW),
    ("Estar morta seria melhor que isto.", _DW),
    ("Tot sein wär einfacher als jeder Morgen hier.", _DW),
    ("Most nights the thought of ending it feels oddly comforting.", _DW),
    # plan: held on until a time, then the end; the moment everyone is busy
    ("I'll hang on until the christening, then I'm done.", _PM),
    ("So lange halt ich noch durch, dann ist Schluss.", _PM),
    ("Aguanto hasta Navidad, después se acabó.", _PM),
    ("Quando tutti festeggiano, per me è finita.", _PM),
    # self-harm: cuts again on a limb, and what covers them
    ("Wieder Schnitte am Bauch, das weite Shirt deckt sie zu.", _SH),
    ("De nuevo cortes en la pierna, la falda larga los tapa.", _SH),
    ("Outra vez cortes no pulso, a pulseira cobre tudo.", _SH),
    ("Dug my nails into my thighs in the bath until they bled.", _SH),
    # past attempt and the same darkness back
    ("When I was seventeen I tried, and it's all coming back now.", _SI),
    ("A diciott'anni il mio tentativo, e ora quello stesso buio ritorna.", _SI),
    # giving away: handed on, and the writer not going back to it
    ("Gave my surfboard to my nephew, he can keep it, I'm done.", _GA),
    ("Le di mi bici a mi primo, yo ya no vuelvo a la montaña.", _GA),
    ("La canna da pesca l'ho data a mio fratello, io non torno più al lago.", _GA),
]

LOOK_ALIKES = [
    # denials after the sign
    "Down, sure, but suicidal I am not, just exhausted.",
    "Cansada sí; suicida no soy, solo necesito dormir.",
    "Voglia di farla finita nessuna, solo di un caffè.",
    "Ganas de morir ninguna, de vacaciones muchas.",
    "Me faire du mal, non, pas l'ombre d'une idée.",
    "Matarme jamás, ni se me pasa.",
    "Hurting myself? Never crossed my mind, not even once.",
    "Farla finita? Mai passato per la mente.",
    "Il questionario chiedeva: pensieri di farla finita? Nessuno.",
    "My therapist checks each session if I've thought about suicide, and I said no.",
    # someone else
    "O meu primo ligou-me a dizer que queria acabar com tudo, fui ter com ele.",
    "Mi hermana me llamó diciendo que quería morirse, fui a su casa.",
    # likenesses of everyday things
    "Like a kid in a candy store, I can't leave this bookshop.",
    "Mi sento un re in questo ristorante, non me ne posso andare.",
    "Ich bin ein Fisch im Wasser, niemand schaut rein.",
    "Comme un poisson dans l'eau, je tourne en rond dans ce joli marché.",
    "Like the sea in winter, nothing opens before May in this town.",
    "Como un niño con zapatos nuevos, nadie mira más que a mí.",
    "Left a note for the kids on the fridge, they'll find it when they get home.",
    "Thanked her for the last time we met, it was lovely.",
    "Said what I needed to say to everyone at the meeting. It's done.",
    "Ti ringrazierò per sempre per questo regalo.",
    "Thanked the bus driver, last one of the night.",
    "Thank you for the cake, it was the last one in the shop!",
    "Ho ringraziato il prof per l'ultima volta, finisce il corso.",
    "Thanks, mum. They'll understand later why I chose medicine.",
    "Next year we're painting the kitchen, a white wall at last.",
    "I can hold on till Friday, then that's it, two weeks in Crete.",
    "I can hang on till payday, then that's it.",
    "Bis Freitag halt ich noch durch, dann ist Schluss.",
    "Aguanto hasta el viernes, después se acabó.",
    "Next year? A blank page, a fresh start!",
    "Nach der Saison, wenn alle feiern, ist bei mir Schluss mit dem Fußball.",
    "I'm the heaviest thing he carries up the mountain, ninety kilos of me.",
    "Wieder Schnitte am Arm vom Gartenzaun, der Ärmel deckt sie zu.",
    "Kept a strip of my husband's heart tablets back for his evening dose.",
    "The chemists, one after the other, were all out of hand gel.",
    "At nineteen I tried surfing, and this summer is the same one from back then.",
    "Dug my nails into the dough until it was smooth.",
    "La muerte de la planta sería mejor que verla así.",
    "If my heart stopped during the race, it would be a disaster.",
    "the idea of ending the project feels good",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_sign_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)
