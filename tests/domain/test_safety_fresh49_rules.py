"""The mechanisms added after studying ``fresh49``, both ways: new wordings of each sign that must
be flagged, and the look-alikes that must not.

Explicit: the wish not to be here any more, in the conditional ("vorrei non esserci più",
"quisiera no estar más aquí"), and the will to live said to be lost ("perdí las ganas de vivir",
"vivre ne me tente plus") (``rules_wish_not_here``); God asked to take the writer "de una vez"
(``rules_intl_voices``).

Trapped pain: the likeness with every way shut, the way out taken, the writer sinking further each
day or it lasting for months, and the likeness opened by "als säße ich", "mi sento dentro",
"parece que estou", "je suis enfermée dans" (``rules_trapped_likeness``). Plans: a bare time after
an event and a height, with no verb; a height and a day; going to a height and not coming back
(``rules_plan_bare``); the moment once someone close has gone back (``rules_plan_moment``).

Goodbyes and giving away: a letter hidden in the other's own thing, the occasions the writer will
miss, a letter with all still to be said, thanks "for everything" that puzzled the hearer, things
given and the hearer asking why (``rules_farewell_for_later``). No future: no next season for the
writer, the writer not seen at its end (``rules_future_no_next``). Burden: peace or one worry
fewer without the writer (``rules_core_signs``). Self-harm: fresh cuts named on a limb, and the
covering worn against the heat so nobody sees (``rules_marks_covered``). Getting the means: a
relative's pills kept in the writer's bag (``rules_means_kept_back``). Past: "last time I felt
like this" without its article (``rules_en_corpus_families``).

Explicit also: dead already and waiting only for the body (``rules_wish_not_here``). Burden
also: "I am only a cost", eating up their life, "je lui gâche tout" (``rules_burden_weight``),
and someone close giving something up to pay the writer's debts (``rules_burden_sacrifice``).

Guards: "nicht zum ersten Mal" is not a denial; a form's line answered "ninguno" or "none" after a
colon is (``negation``).

The sentences are written anew, as other writers would say the same things (not copied from
``fresh49_*.tsv``), so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

_PM = Category.PLAN_OR_METHOD
_DW = Category.DEATH_WISH
_SI = Category.SUICIDAL_IDEATION
_TP = Category.TRAPPED_PAIN
_GB = Category.GOODBYES
_SH = Category.SELF_HARM
_NF = Category.NO_FUTURE
_GM = Category.GETTING_MEANS
_BU = Category.BURDEN
_GA = Category.GIVING_AWAY

SIGNS = [
    # the wish not to be here any more; the will to live lost; God asked to take the writer at once
    ("Vorrei non essere più qui.", _DW),
    ("Vorrei tanto non esserci più.", _DW),
    ("Quisiera no estar más aquí.", _DW),
    ("Queria não estar mais cá.", _DW),
    ("I wish I wasn't here anymore.", _DW),
    ("Perdí las ganas de vivir.", _DW),
    ("Las ganas de vivir se me acabaron este otoño.", _DW),
    ("Ho perso la voglia di vivere.", _DW),
    ("Perdi a vontade de viver.", _DW),
    ("J'ai perdu l'envie de vivre.", _DW),
    ("Vivre ne me dit plus rien.", _DW),
    ("Ich hab den Lebenswillen verloren.", _DW),
    ("Cada noche le rezo a Dios que me lleve de una vez.", _DW),
    # a likeness the writer is inside, with every way shut, the way out taken, sinking each day
    ("Als läge ich unter einem Felsen, ohne Ausgang.", _TP),
    ("Der Schmerz klebt an mir wie Teer, ich komm keinen Schritt mehr weiter.", _TP),
    ("Like a maze, whichever way I turn there's a wall.", _TP),
    ("Stuck at the bottom of a well and everyone's gone home.", _TP),
    ("Comme un lapin pris au piège, ça dure depuis des semaines.", _TP),
    ("Je suis piégée dans un tunnel sans issue.", _TP),
    ("Parece que estoy en un pozo y cada día me hundo más.", _TP),
    ("Sembra di essere in un pozzo, ogni giorno affondo di più.", _TP),
    ("Mi sento dentro una galleria, senza l'uscita.", _TP),
    ("Parece que estou num buraco e afundo cada vez mais.", _TP),
    # a bare time and height; going to a height, no coming back; the moment once someone left
    ("After the christening, the cliffs past the lighthouse.", _PM),
    ("Nach dem Schützenfest, oben an der Talbrücke.", _PM),
    ("Après la kermesse, sur le viaduc de la nationale.", _PM),
    ("Dopo la sagra, sul ponte della ferrovia.", _PM),
    ("Después de la boda de mi prima, en el viaducto de la autovía.", _PM),
    ("Depois da romaria, no viaduto da linha.", _PM),
    ("The old quarry, Friday night.", _PM),
    ("Iré al mirador del pueblo y no volveré.", _PM),
    ("J'irai sur la falaise et je ne reviendrai pas.", _PM),
    ("Andrò sul ponte vecchio e non tornerò più.", _PM),
    ("Vou à ponte velha e não volto mais.", _PM),
    ("Ich fahr morgen zur Talbrücke und komm nicht mehr zurück.", _PM),
    ("I'll drive out to the cliffs at Beachy Head and not come back.", _PM),
    ("Dopo Pasqua, quando mia sorella sarà ripartita per Milano, sarà il giorno.", _PM),
    ("Après Noël, quand mon frère sera reparti, ce sera le moment.", _PM),
    # a letter hidden in their thing; occasions to miss; all still to say; thanks that puzzled
    ("I slipped a note for my son inside his football album.", _GB),
    ("Escondí una carta para mi hermana en su guitarra.", _GB),
    ("Deixei uma carta para a minha irmã dentro do seu livro preferido.", _GB),
    ("Ho nascosto una lettera per mia figlia nel suo portagioie.", _GB),
    ("Ich hab meiner Nichte einen Brief ins Tagebuch gelegt.", _GB),
    ("C'è una busta per mio figlio nel cassetto, la troverà a maggio.", _GB),
    ("Ich hab für jeden Geburtstag, den ich verpassen werde, eine Karte geschrieben.", _GB),
    ("Escribí tarjetas para todos los cumpleaños que me voy a perder.", _GB),
    ("Made a playlist for every birthday I'll miss.", _GB),
    ("Wrote my dad a letter with everything I still wanted to tell him.", _GB),
    ("J'ai écrit une lettre à ma mère avec tout ce que je voulais encore lui dire.", _GB),
    ("Llamé a mi antigua profe para darle las gracias por todo, se quedó extrañada.", _GB),
    ("Called my old coach to say thanks for everything, he sounded confused.", _GB),
    # things given and the one given them asking why
    ("Ho dato via tutti i miei dischi al vicino, mi ha chiesto perché.", _GA),
    ("J'ai donné toutes mes plantes à ma collègue, elle m'a demandé pourquoi.", _GA),
    ("Gave all my vinyl to the lad next door, he asked why.", _GA),
    # no next season for the writer; not seen at its end; nothing ahead, listed
    ("There's no next summer for me.", _NF),
    ("Il n'y a pas de prochain Noël pour moi.", _NF),
    ("Non c'è un prossimo Natale per me.", _NF),
    ("Für mich gibt es kein nächstes Weihnachten.", _NF),
    ("No hay otra Navidad para mí.", _NF),
    ("O próximo verão não vai ter eu.", _NF),
    ("No me veo al final del invierno.", _NF),
    ("Não me vejo no fim do inverno.", _NF),
    ("Ich seh mich nicht am Ende des Winters.", _NF),
    ("I don't see myself at the end of the year.", _NF),
    ("nothing ahead. not this summer, not next year", _NF),
    # without the writer, peace or one worry fewer for them; better off with the other parent alone
    ("Ohne mich hätten meine Eltern eine Sorge weniger.", _BU),
    ("Ohne mich hätte meine Schwester endlich ihre Ruhe, das denk ich nicht zum ersten Mal.", _BU),
    ("Sin mí mis padres tendrían por fin paz.", _BU),
    ("Sans moi, mes parents auraient enfin la paix.", _BU),
    ("Senza di me mia madre avrebbe un problema in meno.", _BU),
    ("Sem mim os meus pais tinham menos um problema.", _BU),
    ("Without me they'd finally have some peace.", _BU),
    ("The twins would be better off with just their dad.", _BU),
    # fresh cuts named on a limb, covered against the heat; the covering alone "so nobody sees"
    ("Nuevos cortes en los muslos, llevo vaqueros a pesar del calor.", _SH),
    ("Neue Schnitte am Oberschenkel, lange Hose trotz der Hitze.", _SH),
    ("Encore des coupures sur les cuisses, manches longues malgré la chaleur.", _SH),
    ("Ancora tagli sulle braccia, felpa anche con trenta gradi.", _SH),
    ("Hoodie in the heat again so nobody asks.", _SH),
    ("Manga larga con este calor para que nadie vea nada.", _SH),
    ("Lange Ärmel trotz der Hitze, damit keiner was sieht.", _SH),
    # a relative's pills kept in the writer's own bag
    ("I've been keeping my gran's heart tablets in my backpack.", _GM),
    ("Tengo las pastillas de mi abuela en la mochila.", _GM),
    # the last time, said without its article, ended on a ward
    ("Last time I felt this low I ended up in hospital.", _SI),
    # already dead, waiting only for the body
    ("I'm already dead inside, just waiting for my body to catch up.", _DW),
    ("Por dentro ya estoy muerta, solo espero que el cuerpo se entere.", _DW),
    ("Sono già morta dentro, aspetto solo che il corpo se ne accorga.", _DW),
    ("Je suis déjà morte dans ma tête, j'attends que le corps suive.", _DW),
    ("Já estou morta por dentro, só espero que o corpo perceba.", _DW),
    ("Ich bin innerlich schon tot, ich warte nur, bis der Körper nachzieht.", _DW),
    # the writer a cost, eating up their life, spoiling it all
    ("I am only a cost.", _BU),
    ("Soy solo un gasto para mi familia.", _BU),
    ("Sono solo un costo per i miei.", _BU),
    ("Sou só uma despesa para os meus pais.", _BU),
    ("My brother skips his football to mind me, I'm eating up his whole life.", _BU),
    ("Ma sœur a lâché sa chorale du jeudi pour me surveiller, je lui gâche tout.", _BU),
    # someone close giving something up to pay the writer's debts
    ("Mum's put off her knee op so she can keep cleaning offices to cover my debts.", _BU),
    ("Mia madre ha venduto l'anello della nonna per pagare i miei debiti.", _BU),
    ("Mi padre vendió su coche para pagar mis deudas.", _BU),
    ("Ma mère a vendu sa voiture pour rembourser mes dettes.", _BU),
    ("A minha mãe adiou a reforma para pagar as minhas dívidas.", _BU),
    ("Papa hat auf seine Rente verzichtet, um meine Schulden zu bezahlen.", _BU),
]

LOOK_ALIKES = [
    "Vorrei non essere più qui in questo ufficio.",
    "I wish I wasn't here anymore, this party is dead.",
    "Quisiera no estar más aquí en esta ciudad.",
    "Queria não estar mais cá, quero mudar para Lisboa.",
    "Vivre à Paris ne me tente plus.",
    "Ho perso la voglia di vivere con questo caldo.",
    "Non ho perso la voglia di vivere.",
    "No perdí las ganas de vivir, solo estoy cansada.",
    "Mi amiga me dijo que se le fueron las ganas de vivir.",
    "Le pido a Dios que me lleve de una vez a casa de mi madre.",
    "Like a festival, food stalls on every side.",
    "Like a kid in a sweet shop, whichever way I turn there's cake.",
    "Stuck at the bottom of the league and everyone's gone home.",
    "Like a castle with a moat on every side, our new house is gorgeous.",
    "Sembra di essere in vacanza, senza l'uscita serale però.",
    "Parece que estou no céu, cada dia afundo mais no sofá, adoro.",
    "Je suis enfermée dans le bureau sans clé, ça dure depuis des mois ce chantier.",
    "Je suis enfermée dans la salle de bain, la porte est coincée, personne ne m'entend.",
    "Después del partido, en el puente de siempre.",
    "After the match, at the bridge, see you there.",
    "Nach dem Konzert, am Hafen, treffen wir uns.",
    "After the wedding, the bridge looked amazing in the photos.",
    "After the storm, the bridge was closed for days.",
    "Dopo la cena, sul tetto a guardare le stelle.",
    "I'll walk to the pier and not come back till dark.",
    "The old bridge, Friday, for the fireworks.",
    "Après les vacances, quand ma sœur sera repartie, ce sera le moment de repeindre la chambre.",
    "Quando mio fratello sarà ripartito, sarà il giorno delle pulizie.",
    "I slipped a note for my son inside his lunchbox, a little surprise for his birthday.",
    "Wrote my ex a letter with everything I still wanted to tell him, then burned it.",
    "Cards for every birthday I'll miss while I'm on tour in Asia.",
    "Rang my old coach to say thanks for everything on his retirement, he was touched.",
    "Thanks for everything, she said, and I was confused.",
    "No hay verano para mí este año, trabajo todo agosto.",
    "There's no next summer for me at this camp, I'm aging out.",
    "I don't see myself at the end of the course, I'll switch to nursing.",
    "Nothing ahead of us but open road, not next month though.",
    "Non c'è un prossimo Natale per me in Italia, perché vado in Australia.",
    "Without me at the party they'd finally have some peace, lol I'm so loud.",
    "Sem o cão a minha família tinha menos um problema.",
    "Ancora tagli sulle cosce dal gatto, metto i jeans anche con trenta gradi.",
    "Nuevos cortes en los brazos de la zarza, llevo vaqueros con este calor.",
    "Wearing long sleeves in 40 degrees so nobody sees my sunburn.",
    "Hoodie in the heat so nobody sees my new tattoo before mum.",
    "I've been keeping my mum's tablets in my school bag for her so she takes them at lunch.",
    "Tengo las pastillas de mi abuela en la mochila por si acaso en el viaje.",
    "Last time I felt like this I ended up in hospital with a kidney infection.",
    "Last time I felt like this I ended up on the sofa eating ice cream.",
    "Pensamientos de hacerme daño: ninguno, lo dije claro.",
    "Thoughts of hurting myself: none.",
    "I'm already dead tired, waiting for the body shop to call.",
    "Ya estoy muerta de sueño, espero que el cuerpo aguante la fiesta.",
    "I am only a cost centre manager, nothing fancy.",
    "I'm eating up her whole life savings at the casino lol",
    "Je lui gâche tout le suspense du film.",
    "Mum sold her car to pay off my debts, I'll pay her back by June.",
    "I sold my bike to pay my debts.",
    "Ho venduto la moto per pagare i miei debiti.",
    "Ich hab mein Auto verkauft, um meine Schulden zu bezahlen.",
    "J'ai vendu ma voiture pour payer mes dettes.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_sign_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)


def test_form_line_answered_no_but_going_on_stays_flagged() -> None:
    """A bare "no" after the colon that goes on to say it cannot stop is not read as a denial."""
    assert_flagged_as("Thoughts of killing myself: no, I can't make them stop.", _SI)
