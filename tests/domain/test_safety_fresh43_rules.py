"""The mechanisms added after studying ``fresh43``, both ways: new wordings of each sign that must
be flagged, and the look-alikes that must not.

Readings by meaning: the night or sleep hoped to take the writer, the morning hoped not to come,
the night hoped to be the last, in six languages (``rules_wish_gone``); not wanting to be in this
world or on this earth, or to hear no more of living (``rules_wish_gone``); a moment chosen
told by "that's the day" with a demonstrative or the verb first, the others' leaving told by its
verb or nobody left in, in every language (``rules_plan_moment``), and the housemates away
before the bare act (``rules_en_plans``); a height the writer knows and the writer going there
at a time, for nothing named (``rules_plan_moment``); cuts, burns or scars on the writer's arm
told as made by the writer (``rules_self_marking``); a thing handed on and the receiver told to
give it back, or said to belong to them now (``rules_giving_frames``); the
writer inside a closed place whose door, key, stairs or rescuer is missing
(``rules_trapped_ways_gone``); letters and recordings left to be opened, heard or watched "when
I'm gone" or "after me" in the five other languages (``rules_intl_frames``).

Guards by meaning: a clinician's question told with a present verb, an adverb between, any
doctor or the place one is seen, answered no by what the writer put on the form or by one verb
of denial (``clinical_questions``); "nothing" right before the sign's word ("nothing suicidal
about it", ``negation``); a death said of the weather's heat or cold with the writer melting or
freezing in it, a body part joining a dying battery (``everyday_figures``).

The sentences are written anew, as other writers would say the same things (not copied from
``fresh43_*.tsv``), so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

_PM = Category.PLAN_OR_METHOD
_DW = Category.DEATH_WISH
_SH = Category.SELF_HARM
_GA = Category.GIVING_AWAY
_TP = Category.TRAPPED_PAIN
_GB = Category.GOODBYES

SIGNS = [
    # the night hoped to take the writer, the morning not to come, the night the last
    ("Every night I pray the dark takes me, and every morning I'm still here.", _DW),
    ("Lie down each night wishing the morning never comes.", _DW),
    ("Each night I go to bed hoping for no more mornings.", _DW),
    ("Tous les soirs j'espère que le sommeil m'emporte pour de bon.", _DW),
    ("Le soir, je souhaite que le matin ne revienne plus.", _DW),
    ("Ogni notte prego che la notte mi porti via.", _DW),
    ("Prima di dormire spero che sia la mia ultima.", _DW),
    ("Todas las noches le pido a Dios que no vuelva a amanecer.", _DW),
    ("Al acostarme rezo que la noche me lleve.", _DW),
    ("Todas as noites peço que não amanheça.", _DW),
    ("Ao deitar, rezo que seja a última.", _DW),
    ("Ich bete jede Nacht, dass mich der Schlaf mitnimmt.", _DW),
    ("Abends hoffe ich, dass der Morgen nicht mehr kommt.", _DW),
    ("Jeden Abend hoffe ich, das ist die letzte.", _DW),
    # this world not wanted, or no more of living
    ("Honestly I don't wanna be on this planet any longer.", _DW),
    ("I no longer want to live in this world.", _DW),
    ("Franchement je veux plus être de ce monde.", _DW),
    ("Non voglio più sapere niente di vivere, sono stanca.", _DW),
    ("Ya no quiero saber más de estar viva.", _DW),
    ("Não quero saber mais de viver, cansei.", _DW),
    ("Ich mag nicht mehr auf dieser Welt bleiben.", _DW),
    # a moment chosen and the others gone, the act unsaid
    ("When the flatmates are at the festival, I'll do it then.", _PM),
    ("Cuando todos se hayan ido a la boda, ese es el día.", _PM),
    ("Cuando no quede nadie en casa, va a ser la noche.", _PM),
    ("Quando todo mundo for embora pro sítio, esse é o dia.", _PM),
    ("Quando a casa estiver vazia, é esse o dia.", _PM),
    ("Quando tutti saranno partiti per il mare, sarà il giorno.", _PM),
    ("Quando non c'è nessuno, quello è il giorno.", _PM),
    ("Wenn keiner mehr daheim ist, ist das der Tag.", _PM),
    ("Quand il n'y aura plus personne, ce sera le soir.", _PM),
    # a height known and the going there set
    ("I know which bridge, I'll head up there tomorrow night.", _PM),
    ("Conozco el puente del río, voy a ir ahí el viernes por la noche.", _PM),
    ("Je connais la falaise au bout du sentier, j'y vais samedi soir.", _PM),
    ("Conheço a ponte do rio, vou lá na sexta à noite.", _PM),
    ("Conosco il ponte sul fiume, ci vado venerdì sera.", _PM),
    ("Ich kenne die Brücke am Fluss, da geh ich Freitagnacht hin.", _PM),
    # marks on the arm made by the writer
    ("My forearm is covered in cuts I did myself again.", _SH),
    ("Der Arm ist voller Schnitte, die ich mir selbst mache.", _SH),
    ("J'ai les bras couverts de coupures que je me fais.", _SH),
    ("Tengo los brazos llenos de cortes que me hago yo.", _SH),
    ("Tenho os braços cheios de cortes que eu mesma faço.", _SH),
    ("Ho le braccia piene di tagli che mi sono fatta.", _SH),
    # a thing handed on and the receiver told to keep it
    ("Gave my nephew my guitar, told him not to give it back.", _GA),
    ("Le di mi bici a mi primo, que no me la devuelva.", _GA),
    ("J'ai donné mon vélo à mon neveu, je lui ai dit de ne pas me le rendre.", _GA),
    ("Ho dato la chitarra a mio nipote, gli ho detto di non ridarmela.", _GA),
    ("Dei a minha bicicleta ao meu afilhado, disse-lhe que não me devolvesse.", _GA),
    ("Mein Neffe bekommt meine Gitarre, ich hab keine Verwendung mehr dafür.", _GA),
    # inside a closed place, the way out missing
    ("Feels like I'm stuck down a well and nobody is coming for me.", _TP),
    ("Es como si estuviera en un pozo sin escalera.", _TP),
    ("Parece que estou numa cela e a chave sumiu.", _TP),
    ("Comme si j'étais dans une cave sans escalier, tous les jours.", _TP),
    ("Mi sento come se fossi in una gabbia senza porta.", _TP),
    ("Als wäre ich in einem Keller ohne Tür, jeden Tag.", _TP),
    # letters and recordings for when the writer is gone
    ("Nel cassetto ci sono le lettere per i ragazzi, da leggere quando me ne sarò andato.", _GB),
    ("J'ai enregistré une vidéo pour mon fils, il la regardera après moi.", _GB),
    ("Dejé un audio para mi hija, para escuchar cuando me haya ido.", _GB),
    ("Deixei cartas para os netos, para abrir quando eu me for.", _GB),
    ("Hab Briefe für die Enkel hingelegt, zum Öffnen wenn ich mal tot bin.", _GB),
]

LOOK_ALIKES = [
    # a night or a morning hoped for a day's reasons, the last of something named
    "Every night I hope the baby sleeps through, no more mornings like this.",
    "Hoping tonight's the last night of the heatwave.",
    "Every night I pray my son gets home safe from the late shift.",
    "Every night I hope the morning never comes because the exam is at nine.",
    "Je prie pour que la nuit passe vite, demain c'est le déménagement.",
    "La sera spero sempre che sia l'ultima volta che lavoro fino a tardi.",
    "Spero che domattina non arrivi il corriere prima delle nove.",
    "Ojalá no llegue el día del examen.",
    "Cada noche espero que sea la última guardia del mes.",
    "Toda noite espero que seja a última noite de plantão.",
    "Jede Nacht hoffe ich, dass es die letzte Schicht ist.",
    "Meine Tochter betet jeden Abend, dass der Weihnachtsmann kommt.",
    # a world of something, a world where, someone else's world
    "I don't want to live in this world where kids go hungry and nobody cares.",
    "I don't want to be in this world of spreadsheets forever.",
    "My daughter said she doesn't want to be in this world any more, I'm taking her to the GP.",
    "Je ne veux plus être au monde du travail, je prends ma retraite.",
    "Non ne voglio più sapere di stare al mondo dello spettacolo.",
    "Non voglio più sapere di vivere a Milano.",
    "No quiero saber nada más de vivir con mis suegros.",
    "Não quero mais saber de viver em São Paulo.",
    # a moment chosen for a named purpose, or the others gone for an errand
    "Cuando se vayan todos, ese es el día de limpiar a fondo la cocina.",
    "Quando a casa ficar vazia, é esse o dia da faxina.",
    "Quando se ne vanno tutti, quello è il giorno che pulisco la cantina.",
    "When the flatmates are at the festival, I'll do the deep clean.",
    # a height known and a going there for something named, or with others
    "I know the pier, I'm going out there Friday night to fish.",
    "I know the bridge, we're going out there Friday night.",
    "Je connais le pont, j'y vais samedi soir pour le feu d'artifice.",
    "Conosco il ponte, ci vado venerdì sera a vedere i fuochi.",
    "Ich kenne die Brücke, da geh ich Freitag hin zum Angeln.",
    # marks from a chore, a haircut, someone else's, a thing had done
    "My arms are full of cuts from the brambles I cleared myself.",
    "My sister's arms have cuts she did herself.",
    "Tengo la piel llena de marcas de los cortes de pelo que me hago yo misma.",
    "Ho le braccia piene di graffi del gatto che mi faccio fare.",
    # a loan told to come back, a present received
    "Lent my guitar to Sam, told him to bring it back Friday.",
    "My sister gave me her old coat and told me to keep it.",
    "Emprestei a bicicleta ao meu primo e disse-lhe que não me devolvesse antes de domingo.",
    # a closed place of a game, a pet's cage, someone else's
    "We were locked in the escape room with no key for ages, we laughed so much.",
    "The dog feels like he's in a cage without a door at the kennel.",
    "Mi sento come in una gabbia senza chiave, dice il mio criceto.",
    # letters for when the writer is away on a trip or at work, a saying
    "Ho lasciato le buste per i nipoti, da aprire quando me ne sarò andata in Sardegna.",
    "Dejé un audio para mi hija, para escuchar cuando me haya ido al trabajo.",
    "Après moi le déluge, j'ai fini le rapport.",
    # a clinician's question answered no
    "Die Orthopädin fragt routinemäßig nach Selbstverletzung, hab verneint, es geht ums Knie.",
    "En el centro de salud, la pregunta de si pienso en hacerme daño, puse que no, es la rodilla.",
    # "nothing" right before the word
    "Nothing suicidal about it, I'm just fed up with the commute.",
    "Rien de suicidaire là-dedans, je suis juste crevé.",
    # the weather's figure
    "Quarenta graus no centro, tô derretendo, vou morrer aqui na fila do banco.",
    "Minus thirty this morning, the car battery wants to die and so do my fingers.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_fresh43_signs_are_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_fresh43_look_alikes_are_not_flagged(text: str) -> None:
    assert_not_flagged(text)
