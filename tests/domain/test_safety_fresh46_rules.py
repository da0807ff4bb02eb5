"""The mechanisms added after studying ``fresh46``, both ways: new wordings of each sign that must
be flagged, and the look-alikes that must not.

Grammar the readers did not follow: living *stopped* after a wish ("envie d'arrêter de vivre",
"queria parar de viver", "aufhören zu leben"), death preferred with French "aimer mieux", and
German being alive refused after a modal with adverbs or the dialect's "I möcht"
(``rules_life_stopped``); a learner's "live more" for "live any more" (``rules_en_explicit``);
self-harm in the infinitive after a verb of starting again, in four languages, and a "when" of
a mood, not of an accident (``rules_intl_regional``, ``rules_en_explicit``); the moment pointed
at ("c'est là", "ahí será", "é aí", "sarà lì"), the house "se quede vacía", a party the others
go to, and the writer staying home alone a clause after the "when" (``rules_plan_moment``,
``rules_intl_plans``).

Warning signs: a thing now the keeper's ("ya son de", "adesso sono di", "sont chez … maintenant",
"ist jetzt bei", "went round to") and the keeper told there is no need to give it back or that
it is no loan (``rules_giving_frames``); a few lines as a letter, the addressee before the
letter in German, and the writer's absence told as a case ("falls ich nicht mehr da bin",
"caso eu já não esteja cá", "if anything happens") (``rules_farewell_letters``); the next year
not seen for the writer, "pas de suite pour moi", nothing ahead for me, a year "de aquí",
"d'ici", "da qui" (``rules_core_shut_in``, ``rules_intl_frames_wide``); pain with no end or no
break, and the Italian "il male" (``rules_lasting_pain``); the attempt named with its article
after "after", the year of it, the means and the rescue as a pair, and its return told as
feeling the same, near again or reminded of it (``rules_attempt_returning``,
``rules_de_intent``).

Burden as a mass noun ("nur noch Ballast") and the others' life lighter ("más liviano", "plus
léger") (``rules_de_signs``, ``rules_intl_frames``); medicine kept back from every refill with
the medicine unnamed (``rules_means_kept_back``); marks on the body owned as the writer's doing
(``rules_marks_owned``); a place after falling asleep and an adverb before the never waking
(``rules_en_journal``).

Guards: a denial with the verb contracted and an adverb before it ("still wasn't on the
table"), a clean streak dated ("three years this May since the last time I …") (``negation_en_
reply``, ``everyday``); the "que" of a thought is no comparison for a queue (``everyday_frames``).

The sentences are written anew, as other writers would say the same things (not copied from
``fresh46_*.tsv``), so they test a family of wordings, not one sentence.
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
    # living stopped after a wish, death preferred, alive refused after a German modal
    ("Ce soir j'ai juste envie d'arrêter de vivre.", _SI),
    ("Queria só parar de viver, estou tão cansada.", _SI),
    ("Ich will einfach aufhören zu leben.", _SI),
    ("Franchement j'aime mieux mourir, voilà.", _DW),
    ("En rentrant j'ai pensé que j'aimerais mieux être mort.", _DW),
    ("Ich mag wirklich nicht mehr am Leben sein.", _DW),
    ("I mog nimmer auf der Welt sein.", _DW),
    # a learner's "more"
    ("Please understand, I not want to live more. I don't want to live more.", _DW),
    # self-harm after a verb of starting again, and a "when" of a mood
    ("Ho ricominciato a tagliarmi le braccia, di nascosto.", _SH),
    ("J'ai recommencé à me couper, personne le sait.", _SH),
    ("Empecé otra vez a hacerme cortes en las piernas.", _SH),
    ("Recomecei a me machucar nos braços.", _SH),
    ("I cut myself when I feel really overwhelmed.", _SH),
    # the moment pointed at, the writer staying home alone
    ("Quand mes parents seront à Lyon dimanche, la maison sera vide, c'est là.", _PM),
    ("Quando os meus forem para a praia, a casa fica vazia, vai ser aí.", _PM),
    ("Quando sono tutti al mare ad agosto, la casa è vuota, sarà lì.", _PM),
    ("En Semana Santa, cuando la casa se quede sola, ahí será.", _PM),
    ("Quando a família for à festa de São João, eu fico sozinho e é nesse dia.", _PM),
    (
        "Quando i miei vanno alla sagra del paese a settembre, rimango a casa da sola e lo faccio.",
        _PM,
    ),
    (
        "Quand mes parents iront au baptême de ma nièce à Nantes, je resterai seul et je le ferai.",
        _PM,
    ),
    # a thing now the keeper's, and no need to give it back, or no loan
    ("My bass went round to my nephew's, he asked when I want it back and I said never.", _GA),
    ("Mis libros ya son de mi hermana, le dije que no hace falta que me los devuelva.", _GA),
    ("Mon vélo est chez Hugo maintenant, je lui ai dit que c'est pas un prêt.", _GA),
    ("La chitarra adesso è di mio cugino, gli ho detto che non è un prestito.", _GA),
    ("Os meus discos já são do meu afilhado, disse-lhe que não precisa de me devolver.", _GA),
    ("Meine Kamera ist jetzt bei Lena, ich hab gesagt, sie braucht sie nicht zurückzugeben.", _GA),
    # a few lines as a letter, the addressee first, the absence as a case
    ("Für meinen Bruder liegt ein Umschlag im Regal, falls ich mal nicht mehr da bin.", _GB),
    ("Escrevi umas linhas para a minha mãe, caso eu já não esteja cá.", _GB),
    ("J'ai écrit une lettre pour mon frère, au cas où je ne serais plus là.", _GB),
    ("Ho scritto due righe per mia sorella, nel caso non ci fossi più.", _GB),
    ("Escribí unas líneas para cada hija, están en el armario.", _GB),
    ("If anything happens, the letter for Mum is in the red folder by the bed.", _GB),
    # the next year not seen, nothing after for me, a year from here
    ("Ich sehe keinen nächsten Sommer für mich.", _NF),
    ("I can't see a next year for me.", _NF),
    ("Tout le monde fait des projets, mais il n'y a pas de suite pour moi.", _NF),
    ("No hay nada por delante para mí.", _NF),
    ("Não há nada pela frente pra mim.", _NF),
    ("Non mi vedo da qui a un anno.", _NF),
    ("There's a future for everyone else, but I'm not in it.", _NF),
    # pain without end or break, "il male"
    ("Il male non cala mai, neanche la domenica.", _TP),
    ("La tristeza me aprieta el pecho sin tregua.", _TP),
    ("Innen tut es weh, ohne Pause, jeden Tag.", _TP),
    ("This ache has no end to it, morning or night.", _TP),
    # the attempt after its article, its year, its means and rescue, and its return
    ("Nach meinem Versuch bin ich mit dem Notarzt ins Klinikum gekommen.", _SI),
    ("Depois da tentativa fiquei bem um tempo, mas esta semana tudo me lembra disso.", _SI),
    ("Après la tentative j'allais mieux, et là ça revient.", _SI),
    ("The year I tried, I was nineteen, and this month everything reminds me of it.", _SI),
    ("Last spring was the tablets and the ambulance, and the same feeling is back now.", _SI),
    ("Ci ho già provato una volta al liceo e adesso mi sento uguale.", _SI),
    ("I tried once before and it feels so close again.", _SI),
    # a mass noun of weight, their life lighter without the writer
    ("Ich bin für meine Eltern nur noch Ballast.", _BU),
    ("Les iría más ligero si yo faltara.", _BU),
    # medicine kept back from every refill, unnamed
    ("Von jedem Rezept behalte ich ein paar, die liegen in einer Dose.", _GM),
    ("Da ogni ricetta ne tengo un paio, nascoste nel cassetto.", _GM),
    ("À chaque ordonnance j'en mets de côté quelques-unes.", _GM),
    # marks on the body owned as the writer's doing
    ("There are new cuts on my arms, it was me.", _SH),
    ("Les marques sur mes bras, c'est moi.", _SH),
    ("Tengo cortes en los brazos, me los hice yo.", _SH),
    ("I segni sulle braccia sono stata io.", _SH),
    ("Neue Kratzer am Arm, das war ich selber.", _SH),
    # a place after the sleep, an adverb after the "and"
    ("Some nights I wish I could drift off on the sofa and simply never wake up.", _DW),
]

LOOK_ALIKES = [
    # a way of life stopped, a place, a hyperbole of comparison
    "Je veux arrêter de vivre comme ça, à courir partout.",
    "Quero parar de viver nesta cidade, é cara demais.",
    "Ich will aufhören, so zu leben, nur Arbeit und Schlaf.",
    "I don't want to live more than an hour from the sea.",
    "I don't want to live more simply, I like my stuff.",
    # a haircut or the nails cut again
    "J'ai recommencé à me couper les cheveux moi-même.",
    "Ho ricominciato a tagliarmi le unghie corte per la chitarra.",
    # accidents with "when"
    "I cut myself when I was chopping onions.",
    "Hurt myself when I fell off the ladder at work.",
    # the pointing word said of a thing, or of a chore
    "Quand tout le monde sera à la plage, je reste ici, la clé c'est là.",
    "Cuando todos estén en la playa, la casa se queda vacía y la llave ahí será fácil de ver.",
    "Quando a família for à festa, a casa fica vazia e é nesse dia que vou pintar o quarto.",
    "Quando vanno tutti al mare, resto a casa da sola e lo faccio io il bucato.",
    # a loan, a thing kept for a week, a debt
    "La bici ya es de mi hermano, se la presté el verano pasado.",
    "The drill went round to my brother's, he'll give it back Sunday.",
    "Les clés sont chez Paul maintenant, on part en vacances demain.",
    "Le dije que no hace falta que me devuelva el dinero hasta el mes que viene.",
    # a letter for a birthday, a recording heard after school
    "Für meinen Bruder hab ich einen Brief zum Geburtstag geschrieben, falls mir was passiert.",
    "Gravei um áudio para o meu filho, ele ouve mais tarde quando chegar da escola.",
    # a next year at a club, a firm's future, a job
    "Ich seh kein nächstes Jahr für mich im Verein, zu teuer.",
    "There's a future out there for the shop but I'm not in it, I'm retiring.",
    "No me veo de aquí a un año en esta empresa.",
    "Y a pas de suite pour moi dans cette boîte.",
    # a tooth, training, work, a fever
    "Il dente mi fa male senza sosta da ieri.",
    "The training hurt without a break, legs are dead.",
    "Sto male da giorni, la febbre non cala.",
    "Ich hab ohne Pause gearbeitet, jetzt tut mir alles weh.",
    # an attempt at an exam, a dish tried once
    "Depois da tentativa de passar no exame, tudo me lembra dele.",
    "Ho già provato una volta il sushi e mi sento uguale.",
    "I tried once before to bake sourdough and it feels close again.",
    # a denial contracted, a clean streak dated
    "Even in the worst month hurting myself still wasn't on the table.",
    "Cutting myself just isn't an option for me anymore, I call Jo instead.",
    "Two years next March since the last time I cut, proud of that.",
    # a weight for a team, a rucksack lighter, pills kept for a trip, a leaflet
    "Ich bin nur noch Ballast, wenn ich nicht trainiere.",
    "La mochila sería más liviana si yo faltara a la excursión.",
    "De cada caja me quedo unas cuantas por si acaso, para el viaje.",
    "From every prescription I keep the leaflet.",
    # marks from a cat, a fall, on a car
    "The scratches on my arms are new, it was the cat.",
    "Les marques sur mes jambes, c'est le vélo, je suis tombée.",
    "The scratches on the car are new, it was me.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_fresh46_signs_are_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_fresh46_look_alikes_are_not_flagged(text: str) -> None:
    assert_not_flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        # the streak broken in the same sentence
        "Four months now since the last time I cut myself, and I cut myself again tonight.",
        # a denial taken back
        "I keep cutting myself, it wasn't on the table before but it is now.",
        # a queue only the place the thought came
        "Hoje na fila do correio pensei que preferia estar morta.",
        "Dans la file d'attente à la poste, j'ai pensé que je préférerais être morte.",
    ],
)
def test_the_guards_leave_the_sign_when_it_is_meant(text: str) -> None:
    assert assess(text).flagged, text
