"""The German, French, Spanish, Portuguese and Italian frames and guards added after studying
``fresh33``, both ways: new wordings of each sign that must be flagged, and the look-alikes
that must not.

Explicit (``rules_intl_said_plainly``): an attempt to end one's life told with the article
("tentei acabar com a vida", "versucht, mein Leben zu beenden"); the German wish with a "zu"
infinitive ("wünsch mir, tot zu sein"); the thought of killing oneself carried as a noun in
Spanish and Portuguese ("ando com a ideia de me matar").
Signs (``rules_intl_other_forms``): without me a lighter life or no more having to; the blade
on my own limb with any verb, and the marks made again; a letter for each one, to open once I
am gone; the season ahead not to be seen; a thing given that will not come back; pills set
aside each month and hidden; hurting myself asked as a topic.
Judgement (``negation_topic``, ``means_purposes``, ``rules_grammar_life``): the writer's own
question answered "never"; a rope for the laundry; the German perfect with the verb second.

The sentences are written anew (not copied from ``fresh33_*.tsv``), by writers who say each sign
in words of their own, so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import rules_intl_other_forms
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.negation_topic import topic_denied
from tests.support.safety_categories import BU as _BU
from tests.support.safety_categories import GA as _GA
from tests.support.safety_categories import GB as _GB
from tests.support.safety_categories import GM as _GM
from tests.support.safety_categories import NF as _NF
from tests.support.safety_categories import SH as _SH
from tests.support.safety_categories import SI as _SI
from tests.support.safety_categories import TP as _TP
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

EXPLICIT = [
    # an attempt to end one's life, the article instead of the possessive
    ("Já tentei acabar com a vida uma vez, aos dezassete.", _SI),
    ("No hospital disseram que tive sorte depois de tentar tirar a própria vida.", _SI),
    ("Hace tres inviernos intenté ponerle fin a la vida con pastillas.", _SI),
    ("Due anni fa ho tentato di mettere fine alla vita, e lo so riconoscere.", _SI),
    ("J'ai déjà essayé de mettre fin à la vie une fois, à seize ans.", _SI),
    ("Vor vier Jahren hab ich versucht, mein Leben zu beenden.", _SI),
    # the German wish with a "zu" infinitive, or dead as what one would rather be
    ("Ich wünsche mir jeden Abend, tot zu sein.", _SI),
    ("Manchmal sehn ich mich so danach, nicht mehr aufzuwachen.", _SI),
    ("Ehrlich gesagt hätt ich gern, einfach zu sterben.", _SI),
    ("An solchen Tagen wär ich am liebsten tot.", _SI),
    # the thought of killing oneself, carried
    ("Tenho a ideia de me matar desde o Natal e não passa.", _SI),
    ("Vivo com essa ideia de me suicidar às costas.", _SI),
    ("Llevo meses con la idea de quitarme la vida y no se va.", _SI),
    ("Esta idea de matarme me acompaña en el colectivo.", _SI),
    # thinking of it, how often in between
    ("Volto a pensar todas as noites em me matar.", _SI),
    ("He pensado muchas veces este invierno en quitarme la vida.", _SI),
    ("Torno a pensare ogni sera di togliermi la vita.", _SI),
    ("Je songe parfois le dimanche à me tuer.", _SI),
    # not wanting to live, in the imperfect
    ("Aquella noche ya no quería vivir, y hoy tampoco sé.", _SI),
    ("No domingo eu já não queria mais viver.", _SI),
    ("Ieri sera non volevo più vivere.", _SI),
    ("Dans la voiture je voulais plus vivre.", _SI),
    # living fronted and refused
    ("Di vivere io non ne ho più voglia, punto.", _SI),
    ("De vivir ya no tengo más ganas.", _SI),
    ("De viver eu já não tenho vontade nenhuma.", _SI),
    ("Vivre, moi, je n'en ai plus envie.", _SI),
]

SIGNS = [
    # without me, a lighter life or no more having to
    ("Wenn ich nicht mehr da wär, bräuchten meine Geschwister sich nie mehr zu schämen.", _BU),
    ("Ohne mich hätten die Kinder ein leichteres Leben.", _BU),
    ("Sans moi, ma sœur aurait enfin une vie à elle.", _BU),
    ("Si je n'étais plus là, ça les soulagerait tous.", _BU),
    ("Sin mí mi hermana tendría una vida más tranquila.", _BU),
    ("Si yo no estuviera, ya no tendrían que cuidarme cada noche.", _BU),
    ("Se eu não estivesse, a minha avó já não tinha de trabalhar aos sábados.", _BU),
    ("Sem mim o meu irmão teria sossego.", _BU),
    ("Senza di me mio padre avrebbe una vita più serena.", _BU),
    ("Se non ci fossi, i miei non dovrebbero più pagare il mutuo per le mie cure.", _BU),
    # the blade on my own limb, any verb; the marks made again
    ("Ieri sera ho passato la lametta sui miei polsi.", _SH),
    ("Volví a pasar la cuchilla por mis muñecas en el baño.", _SH),
    ("Peguei a lâmina e passei nos meus pulsos.", _SH),
    ("J'ai posé la lame contre mes cuisses, encore une nuit comme ça.", _SH),
    ("Heut Nacht wieder die Klinge über meine Unterarme gezogen.", _SH),
    ("Mi sono fatto di nuovo dei tagli sulle cosce.", _SH),
    ("Je me suis refait des marques sur les bras hier.", _SH),
    ("Gestern hab ich mir mit der Schere wieder den Arm aufgeritzt.", _SH),
    # a letter for each one, to open once I am gone
    ("Deixei cartas, uma por neto, para abrirem quando eu tiver partido.", _GB),
    ("En el ropero quedan sobres, uno para cada sobrino, para cuando me haya ido.", _GB),
    ("Des lettres, une pour chaque cousine, à lire quand je ne serai plus.", _GB),
    ("Lettere nel cassetto, una per figlio, da leggere quando sarò morta.", _GB),
    ("Briefe liegen im Sekretär, je einen für die Enkel, wenn ich nicht mehr da bin.", _GB),
    # the season ahead, named first and not to be seen
    ("Il prossimo Natale non lo vedo.", _NF),
    ("La Navidad que viene no la veo, te lo digo en serio.", _NF),
    ("O próximo verão já não o vejo.", _NF),
    ("L'hiver prochain, je ne le verrai pas.", _NF),
    ("Den nächsten Frühling erleb ich nicht mehr.", _NF),
    # a thing given that will not come back
    ("Meine Gitarre hab ich dem Nachbarsjungen geschenkt, die kommt nicht mehr zurück.", _GA),
    ("J'ai donné mon vélo au petit voisin, il ne me reviendra pas.", _GA),
    ("Le regalé mi reloj a mi ahijado, no va a volver a mí.", _GA),
    ("Dei a minha bicicleta ao meu afilhado, não volta mais pra mim.", _GA),
    ("Ho regalato la fisarmonica a mio nipote e non torna più da me.", _GA),
    # pills set aside each month and hidden
    ("Cada mes aparto unas pastillas de la receta y las guardo en un frasco del armario.", _GM),
    ("Ogni mese metto da parte qualche pastiglia nella scatola delle scarpe.", _GM),
    ("Chaque mois je garde des cachets dans une boîte sous le lit.", _GM),
    ("Toda semana guardo uns calmantes numa meia no fundo da gaveta.", _GM),
    # hurting myself asked as a topic, answered yes or not at all
    ("Me couper ? Ça m'arrive encore.", _SH),
    ("¿Cortarme? A veces, cuando no puedo más.", _SH),
    ("Machucar-me? Faço, sim, quando a cabeça não para.", _SH),
    # every door tried is shut, no way out seen, a pit with no ladder
    ("Dieser Schmerz ist ein Käfig, und ich such die Tür, aber die gibt es nicht.", _TP),
    ("J'ai essayé toutes les portes, aucune ne s'ouvre, et ça fait mal dedans.", _TP),
    ("Tengo la cabeza encerrada y cada puerta que pruebo está tapiada.", _TP),
    ("Já experimentei todas as portas e nenhuma abre, a dor fica.", _TP),
    ("Mi sento intrappolata, ho provato tutte le porte e sono chiuse.", _TP),
    ("Seit dem Winter sehe ich keinen Weg mehr raus aus dem Ganzen.", _TP),
    ("Je ne vois plus la sortie, ça fait des mois.", _TP),
    ("Não vejo jeito de sair disso, tô no fundo.", _TP),
    ("Sto in un pozzo senza scala da mesi.", _TP),
    ("Me siento en un hoyo sin cuerda y ya no grito.", _TP),
]

ORDINARY = [
    # another's life, a way of life, an attempt at something else
    "Tentei acabar com a vida de solteiro, mas não deu.",
    "Ich hab versucht, mein Leben als Single zu beenden.",
    "Intenté ponerle fin a la vida de fiestas, ahora madrugo.",
    # a wish not to die, dying of laughter, a wish about someone else
    "Ich wünsche mir, nicht zu sterben, bevor die Enkel groß sind.",
    "Ich wünsch mir, vor Lachen zu sterben, wenn ich den Film seh.",
    "Ich wünsche mir, dass der Hund gesund wird.",
    # the idea denied, or killing oneself with work
    "A ideia de me matar nunca me passou pela cabeça.",
    "Não tenho a ideia de me matar, só estou cansada.",
    "La idea de matarme a estudiar para el examen no me gusta nada.",
    # without me at work, on a trip
    "Sem mim no escritório eles já não tinham de esperar pelos relatórios.",
    "Wenn ich im Urlaub weg wär, müssten die Kollegen nicht mehr auf mich warten.",
    "Senza di me in ufficio avrebbero una vita più tranquilla, dice il capo.",
    # without me they would *not* have a life so good: being needed
    "Ohne mich hätten meine Eltern kein Leben, sagen sie immer.",
    "Sin mí mi madre no tendría una vida tan divertida.",
    "Sans moi elle n'aurait pas une vie aussi drôle.",
    "Sem mim ela não teria uma vida tão alegre.",
    "Senza di me non avrebbe una vita così movimentata.",
    # the blade for shaving, a craft, a watch
    "Ho passato la lametta sulle gambe per depilarmi.",
    "J'ai passé la lame du cutter sur le carton, pas sur mes bras.",
    "La cuchilla de afeitar en mis muñecas no, solo en las piernas, me depilo.",
    # letters for a birthday or a trip
    "Cartas para a viagem, uma por filho, para abrirem quando eu tiver partido para o Erasmus.",
    "Lettere per il compleanno, una per nipote, da aprire quando sarò partita in vacanza.",
    # the season ahead for travel or work, seen badly
    "L'estate prossima non la vedo bene, c'è troppo lavoro.",
    "El próximo verano no lo veo, me toca turno en el hospital.",
    "Mio nipote l'anno prossimo non lo vedo, vive in Australia.",
    # a loan, a sale, a ball that won't come back
    "Ho prestato la bici a Luca e non torna più da me, che rabbia.",
    "Le di la pelota al vecino y no va a volver a mí.",
    "Hab mein Fahrrad verkauft, das kommt nicht zurück.",
    # pills sorted for grandma, a vitamin tin
    "Cada mes aparto las pastillas de la abuela en un frasco para la semana.",
    "Cada semana separo las vitaminas y las guardo en un frasco.",
    # the writer's own question, answered never
    "Me couper, moi ? Jamais, j'ai trop peur du sang.",
    "¿Hacerme daño yo? Nunca, mis nietos me necesitan.",
    "Farmi del male, io? Mai, ho due gemelli piccoli.",
    "Mich verletzen? Niemals, meine Tochter braucht mich.",
    "Magoar-me? Nunca, tenho a minha mãe para cuidar.",
    # thinking of it as a figure, wanting to live elsewhere or with someone
    "Pensei muitas vezes em me matar de tanto trabalhar, mas é força de expressão.",
    "Je ne voulais plus vivre avec lui, alors je suis partie.",
    "No quería vivir en Madrid, así que volvimos al pueblo.",
    "Non volevo più vivere in città, troppo traffico.",
    # doors and exits of the world
    "Revisé todas las puertas, están cerradas, me voy a dormir.",
    "Ho provato ogni porta del condominio, sono tutte chiuse a chiave.",
    "Ich finde die Tür nicht mehr, so dunkel ist der Flur.",
    "Não vejo como sair deste trânsito na marginal.",
    "Je ne vois plus la sortie du parking, tout se ressemble.",
    "Ho mal di testa, ho controllato tutte le porte e sono chiuse.",
    # half a frame is no frame: a season, a blade, a door, a letter, a habit alone
    "L'estate prossima vado al mare con i bambini.",
    "J'ai changé la lame de la tondeuse.",
    "Cerré la puerta, abro la ventana y respiro.",
    "Chaque mois je garde mes tickets de caisse dans une boîte.",
    "Ho scritto una lettera per mamma e una per papà, per Natale.",
    "Die alte Jacke hol ich mir nicht mehr zurück, die ist mir zu klein.",
    # a rope for the laundry
    "Compré una soga para tender la ropa en la terraza.",
    "Comprei uma corda nova para pendurar a roupa no quintal.",
    "Ho comprato una corda per stendere i panni in balcone.",
    "Ich hab ein Seil gekauft, um die Wäsche im Garten aufzuhängen.",
]

# a purpose denied is none: still the means
STILL_SIGNS = [
    ("Im Baumarkt ein Seil gekauft, und es ist nicht für die Wäsche.", _GM),
    ("Compré una cuerda y no es para la ropa.", _GM),
]


@pytest.mark.parametrize(("text", "category"), EXPLICIT)
def test_plain_statement_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_new_wording_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)


@pytest.mark.parametrize(("text", "category"), STILL_SIGNS)
def test_a_denied_purpose_leaves_the_means(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


def test_a_question_answered_never_denies_the_topic() -> None:
    # the phrase's continuation, normalised
    assert topic_denied(", moi ? jamais, tant que mes enfants sont la.")
    assert topic_denied("? nunca.")
    assert topic_denied(", io? mai, ho due figli.")
    assert not topic_denied("? non, pas encore.")
    assert not topic_denied("? nunca, pero a veces lo pienso.")
    assert not topic_denied("? as vezes.")


def test_every_new_rule_is_gated() -> None:
    # each frame is skipped where its gate's words are absent (the speed of a 200 KB import)
    assert all(rule.gate for rule in rules_intl_other_forms.RULES)
