"""The German, French, Spanish, Portuguese and Italian frames and guards added after studying
``fresh31``, both ways: new wordings of each sign that must be flagged, and the look-alikes that
must not.

Frames (``rules_intl_unsaid``): thinking of ending one's life in any of its names; not seeing
oneself years ahead; a moment chosen, bare, while nobody is home; "that business with the
pills" with the care or the years since; love and "it's not your fault" told to someone; a
thing given for good; the others relieved without the writer; a mark made on one's own arm,
again or in secret; a wall or nothing ahead; letters for each one "for the day I am gone"; a
pain with no door of any kind out.
Spelling (``spelling_dialect_clipped``): German verbs clipped beside "ich" ("ich möcht", "würd
ich", "ich wollt").
Judgement: a sign named as a topic and then denied ("hacerme algo, ni loco", "lebensmüde bin
ich nicht", "lo de hacerme daño le dije que no") is denied (``negation_topic``); a question
named by what it asks about ("mi ha chiesto dei pensieri di …") waits for the answer; a rope or
tablets bought for a tent, an instrument or the flu is a purchase (``means_purposes``), a
purpose told to someone as a cover story is not.

The sentences are written anew (not copied from ``fresh31_*.tsv``), by writers who say each sign
in words of their own, so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import rules_intl_unsaid
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.means_purposes import purpose_clears
from neuroleaf_desktop.domain.safety.negation_topic import topic_denied
from tests.support.safety_categories import BU as _BU
from tests.support.safety_categories import GA as _GA
from tests.support.safety_categories import GB as _GB
from tests.support.safety_categories import NF as _NF
from tests.support.safety_categories import PM as _PM
from tests.support.safety_categories import SH as _SH
from tests.support.safety_categories import SI as _SI
from tests.support.safety_categories import TP as _TP
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

SIGNS = [
    # thinking of ending one's life, in any of its names
    ("Ultimamente dou por mim a pensar em dar cabo da minha vida.", _SI),
    ("Fico a pensar em sumir de vez, todas as noites.", _SI),
    ("Paso las noches pensando en ponerle punto final a todo.", _SI),
    ("Cada vez pienso más en irme de este mundo.", _SI),
    ("Je songe souvent à quitter ce monde.", _SI),
    ("Le soir je pense à ne plus me réveiller.", _SI),
    ("Penso spesso di andarmene da questo mondo.", _SI),
    ("Ich denk oft dran, meinem Leben ein Ende zu setzen.", _SI),
    ("Ich ertappe mich, wie ich dran denke, einfach für immer zu verschwinden.", _SI),
    # the German modal clipped beside "ich"
    ("Ich möcht einfach nimmer aufwachen.", _SI),
    ("Würd ich am liebsten tot sein, ehrlich.", _SI),
    ("Ich wollt nur noch sterben letzte Nacht.", _SI),
    # not seeing oneself years ahead
    ("No me veo de viejo, la verdad.", _NF),
    ("No me veo dentro de cinco años.", _NF),
    ("Não me vejo com quarenta anos, sinceramente.", _NF),
    ("Je me vois pas vieille, c'est tout.", _NF),
    ("Non mi vedo tra cinque anni, punto.", _NF),
    ("Ich sehe mich nicht alt werden, da ist einfach nichts.", _NF),
    ("No logro imaginarme llegando a los cuarenta.", _NF),
    ("Não consigo me ver velha.", _NF),
    ("Non riesco a vedermi tra dieci anni.", _NF),
    ("In zehn Jahren seh ich mich nicht, ehrlich.", _NF),
    # a moment chosen while nobody is home
    ("Já escolhi a noite, quando todo mundo estiver na praia.", _PM),
    ("Ya elegí la fecha, cuando todos estén en el pueblo.", _PM),
    ("Ho già scelto la sera, quando tutti saranno al mare.", _PM),
    ("Ich weiß schon den Tag, wenn alle auf dem Schützenfest sind.", _PM),
    ("Je connais déjà la date: quand ils seront tous chez mamie.", _PM),
    ("O dia já tá escolhido, quando a família viajar.", _PM),
    ("Der Tag steht fest, wenn meine Eltern in Kur sind.", _PM),
    # "that business with the pills", with the care or the years since
    ("Die Sache mit den Schlaftabletten vor zwei Jahren geht mir nicht aus dem Kopf.", _SI),
    ("Aquella vez de las pastillas, cuando me lavaron el estómago, sigue ahí.", _SI),
    ("Essa história dos comprimidos, quando fiquei internada, voltou a me assombrar.", _SI),
    ("Le truc avec les cachets, il y a deux ans, je n'en parle jamais.", _SI),
    ("Quella volta delle pillole, in rianimazione, non me la scordo.", _SI),
    ("Lo de los calmantes el año pasado, cuando me ingresaron, me persigue.", _SI),
    ("Aquela história dos calmantes, faz um ano, ainda me pesa.", _SI),
    # love and "it's not your fault", told
    ("Llamé a mi hermano para decirle que lo quiero y que nada de esto es su culpa.", _GB),
    ("Liguei pra minha filha só pra dizer que a amo e que ela não tem culpa.", _GB),
    ("J'ai appelé ma fille pour lui dire que je l'aime et qu'elle n'y est pour rien.", _GB),
    ("Ho chiamato mia madre per dirle che le voglio bene e che non è colpa sua.", _GB),
    ("Ich hab meinem Bruder geschrieben, dass ich ihn lieb hab und dass er keine Schuld hat.", _GB),
    # a thing given for good
    ("Le regalé mi cámara a mi sobrina, ya no la voy a usar.", _GA),
    ("Dei minha bicicleta pro vizinho, é dele pra sempre.", _GA),
    ("Passei meu cavaquinho pro meu sobrinho, falei que é dele de vez.", _GA),
    ("J'ai donné ma guitare à mon neveu, je ne m'en servirai plus.", _GA),
    ("Ho regalato la mia macchina fotografica a mio cugino, non la userò più.", _GA),
    ("Ich hab meinem Neffen meine Gitarre geschenkt, die brauch ich nicht mehr.", _GA),
    # the others relieved without the writer
    ("Sin mí mis papás estarían desahogados, sin tanta deuda.", _BU),
    ("Sem mim a minha mãe estaria folgada.", _BU),
    ("Sans moi ils seraient peinards, franchement.", _BU),
    ("Senza di me i miei sarebbero fuori dai guai.", _BU),
    ("Ohne mich wären meine Eltern schuldenfrei.", _BU),
    ("Sem mim minha família não teria tanto gasto.", _BU),
    ("Senza di me avrebbero meno spese e meno pensieri.", _BU),
    ("Sans moi mes parents n'auraient plus de soucis.", _BU),
    ("Ohne mich hätten meine Eltern keine Sorgen mehr.", _BU),
    # a mark made on one's own arm, again, in secret or with a blade
    ("Me marqué el brazo otra vez con la cuchilla.", _SH),
    ("Mi sono segnata le braccia di nuovo, nessuno lo sa.", _SH),
    ("Je me suis griffé les bras encore, en cachette.", _SH),
    ("Ich hab mir heimlich den Arm aufgekratzt, wieder.", _SH),
    ("Ontem me risquei os braços de novo com a gilete.", _SH),
    # a wall or nothing ahead, the future named
    ("Quando penso ao futuro só vejo um muro preto.", _NF),
    ("Il futuro? Vedo solo un muro, per me non c'è un dopo.", _NF),
    ("Quand je pense à l'avenir, je ne vois qu'un mur.", _NF),
    ("Wenn ich an die Zukunft denk, seh ich nur eine Wand.", _NF),
    ("Del futuro solo veo oscuridad.", _NF),
    # letters for each one, for the day the writer is gone
    ("Dejé una carta para cada nieto, para el día que la abuela ya no esté.", _GB),
    ("Deixei um bilhete pra cada filho, pro dia que eu não estiver mais aqui.", _GB),
    ("Ho scritto una lettera per ogni nipote, per quando la nonna non ci sarà più.", _GB),
    (
        "Für jedes Enkelkind liegt ein Brief bereit, für den Tag, an dem die Oma nicht mehr"
        " da ist.",
        _GB,
    ),
    ("Sur le buffet, une lettre pour chacun, pour le jour où je serai partie.", _GB),
    # pills held back from every prescription, in a tin in the cellar
    (
        "Von jeder Packung heb ich mir 'n paar Tabletten auf, die liegen in 'ner Blechdose im"
        " Keller.",
        Category.GETTING_MEANS,
    ),
    (
        "Da ogni confezione tengo due pastiglie, le nascondo in un barattolo in cantina.",
        Category.GETTING_MEANS,
    ),
    # a pain, and no door of any kind out
    ("Me duele todo por dentro y no hay ninguna puerta por donde salir.", _TP),
    ("Dói tanto que não tem nenhuma porta por onde sair.", _TP),
    ("J'ai mal en dedans et il n'y a aucune porte pour sortir.", _TP),
    ("Es tut so weh und es gibt keine Tür, durch die ich rauskomme.", _TP),
    ("Soffro da settimane e non c'è una scala da cui uscire.", _TP),
]

ORDINARY = [
    # ending a contract, a relationship, a job, smoking
    "Penso di porre fine al contratto con la palestra.",
    "Estoy pensando en ponerle punto final a todo esto con mi exnovio.",
    "Je pense à quitter ce boulot, franchement.",
    "Ich denk dran, mit dem Rauchen Schluss zu machen.",
    "Penso em acabar com a minha assinatura da academia.",
    # a career, a city, a partner one does not picture
    "No me veo en diez años trabajando en esta empresa.",
    "Não me vejo daqui a dez anos morando nesta cidade.",
    "Je me vois pas dans dix ans comme prof.",
    "Non mi vedo tra dieci anni sposata con lui.",
    "Ich sehe mich in zehn Jahren nicht mehr in dieser Firma.",
    # a surprise, a move, a cleaning day chosen while the others are out
    "Ya sé el día, cuando todos estén fuera preparo la fiesta sorpresa.",
    "Já sei o dia da mudança, quando todos estiverem de férias.",
    "Ho scelto la sera, quando tutti sono fuori, per pulire casa.",
    "Ich weiß schon den Tag, wenn alle weg sind, mach ich die Überraschung fertig.",
    # an allergy, someone else's pills, a pharmacy's mistake
    "Die Sache mit den Tabletten vor zwei Jahren war eine Allergie, ich lag mit Ausschlag da.",
    "Lo de las pastillas de mi abuela hace tres años, cuando terminó en urgencias.",
    "Aquela vez dos remédios do meu filho, que parou no pronto-socorro, me assustou muito.",
    "L'histoire des cachets de mon père, il y a deux ans à l'hôpital, c'était une erreur.",
    "La storia delle pillole di mia madre, due anni fa in ospedale, era un errore.",
    # a divorce or a separation that is not the child's fault
    "Le dije a mi hijo que lo quiero y que el divorcio no es su culpa.",
    "Falei pro meu filho que o amo e que a separação não foi culpa dele.",
    "J'ai dit à ma fille que je l'aime et que le divorce n'est pas sa faute.",
    "Ho detto a mio figlio che gli voglio bene e che la separazione non è colpa sua.",
    "Ich hab meiner Tochter gesagt, dass ich sie lieb hab und dass sie an der Scheidung keine"
    " Schuld hat.",
    # a thing given because a new one was bought or it is outgrown
    "Le regalé la bici a mi sobrino porque me compré una nueva, ya no la voy a usar.",
    "Ho regalato la chitarra a mio cugino perché ne ho comprata una nuova, non la userò più.",
    "Ich hab meinem Neffen die Inliner geschenkt, die sind mir zu klein, die brauch ich nicht"
    " mehr.",
    # "without me" at work or in the kitchen
    "Sem mim na cozinha elas estariam mais aliviadas, eu atrapalho.",
    "Sans moi au bureau ils seraient peinards, je pose trop de questions.",
    "Senza di me in squadra sarebbero più sereni, sono lento.",
    # a pen, a cat
    "Me marqué el brazo con el bolígrafo otra vez en clase.",
    "Me marquei o braço de novo com a caneta, nem percebi.",
    "Mi sono graffiata le braccia di nuovo col gatto.",
    # a wall seen from a window or a desk, a move next year
    "Desde mi escritorio solo veo un muro, el año que viene me cambian de sitio.",
    "Da minha janela só vejo um muro, ano que vem quero mudar de apartamento.",
    "Du bureau je ne vois qu'un mur, l'an prochain on déménage.",
    "Dalla finestra vedo solo un muro, l'anno prossimo cambio casa.",
    "Aus meinem Fenster seh ich nur eine Mauer, nächstes Jahr ziehen wir um.",
    # a week's pills sorted for grandma from each prescription
    "Von jedem Rezept heb ich ein paar Tabletten für Oma in der Wochendose auf.",
    # letters for a holiday
    "J'ai une lettre pour chaque petit-enfant, pour le jour où je serai partie en vacances.",
    # a car park, a holiday
    "Al parcheggio sto male, non c'è un'uscita da cui uscire.",
    "In vacanza sto male, non so dove andare.",
    # a career not pictured, costs of a trip or a move, a cleaning day chosen
    "No me imagino llegando a los cuarenta en esta empresa.",
    "Sin mí en el viaje no tendrían tantos gastos.",
    "Ohne mich hätten sie beim Umzug weniger Kosten gehabt.",
    "El día ya está elegido, cuando todos se vayan hago la limpieza general.",
    # a sign named as a topic, then denied
    "Mich umbringen, daran denk ich nicht, ich bin nur erschöpft.",
    "Suizidal bin ich nicht, nur überarbeitet.",
    "Mir was antun hab ich nicht vor, ich brauch nur Urlaub.",
    "Quitarme la vida, ni de broma, tengo a mis nietos.",
    "Lo de matarme, le dije a la psicóloga que no, y era verdad.",
    "Me matar, nem pensar, tenho meus netos.",
    "Me machucar, falei pra médica que não.",
    "En finir, j'y pense même pas, je suis juste crevée.",
    "Me faire du mal, j'ai dit non au médecin, et c'est vrai.",
    "Farla finita, neanche per sogno, sono solo stanco.",
    "Togliermi la vita, ho detto alla psicologa di no.",
    "Il medico mi ha chiesto dei pensieri di farla finita. Ho detto di no.",
    # the German modal clipped, of something else
    "Ich möcht gern ein Eis.",
    "Ihr wollt ich soll sterben?",
    # a rope or tablets for a tent, an instrument, the flu
    "Compré una cuerda para el toldo y pastillas para el dolor de cabeza.",
    "Comprei uma corda para a barraca e dipirona para a gripe.",
    "J'ai acheté une corde pour la bâche du jardin.",
    "Compré una cuerda nueva para el charango.",
]

# a denial that goes on to "but", a yes, or a cover story keeps the sign standing
STILL_SIGNS = [
    # a negative phrase with an intensifier after it is the sign, said strongly
    ("No aguanto más, para nada.", _TP),
    ("Ich halt das nicht mehr aus, auf keinen Fall.", _TP),
    ("Quitarme la vida, no, pero a veces lo pienso.", _SI),
    ("Me machucar, não, mas às vezes penso nisso.", _SH),
    ("Mir was antun, nein, aber ich denk oft dran.", _SH),
    ("Farla finita, ci penso ogni sera.", _SI),
    (
        "La psichiatra mi ha chiesto dei pensieri di farla finita. Ho detto di sì, quasi ogni"
        " sera.",
        _SI,
    ),
]
COVER_STORIES = [
    "Compré una soga y le dije al de la ferretería que era para la carpa.",
    "Ho comprato una corda e ho detto al negozio che era per il gazebo.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_new_wording_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)


@pytest.mark.parametrize(("text", "category"), STILL_SIGNS)
def test_a_denial_that_goes_on_or_a_yes_still_counts(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", COVER_STORIES)
def test_a_purpose_told_as_a_cover_story_clears_nothing(text: str) -> None:
    # the purchase still counts: the tent was what the shop was told
    assert_flagged_as(text, Category.GETTING_MEANS)


def test_topic_denial_reads_only_what_closes_the_answer() -> None:
    # the phrase's continuation, normalised: a denial closing its clause, not one going on
    assert topic_denied(", ni loco, solo necesito dormir.")
    assert topic_denied(" bin ich nicht, nur müde.")
    assert not topic_denied(", no, pero a veces lo pienso.")
    assert not topic_denied(" hab ich nicht gesagt.")
    assert not topic_denied(", le dije que no aguanto mas.")


def test_a_purpose_clears_only_a_means_and_only_without_death_named() -> None:
    assert purpose_clears(Category.GETTING_MEANS, "compre una cuerda para la carpa")
    assert not purpose_clears(Category.GETTING_MEANS, "compre una cuerda para la carpa y colgarme")
    assert not purpose_clears(Category.SELF_HARM, "compre una cuerda para la carpa")


def test_every_new_rule_is_gated() -> None:
    # each frame is skipped where its gate's words are absent (the speed of a 200 KB import)
    assert all(rule.gate for rule in rules_intl_unsaid.RULES)
