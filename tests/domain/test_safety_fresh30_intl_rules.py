"""The German, French, Spanish, Portuguese and Italian frames added after studying ``fresh30``,
both ways: new wordings of each sign that must be flagged, and the look-alikes that must not.

Frames (``rules_intl_frames_wide``): a pain that crushes the writer and no bearing it; the writer
shut in, buried or at the bottom of a pit, and no exit or nobody hearing; a year ahead without
the writer ("I am not there", "it does not exist for me", "I can't picture myself"); pills put
by, bit by bit, in a hiding place; a thing given "where I am going"; going to a high place for
good; a time and a high place while the others are elsewhere; a try named by its means and the
care after it; a cut made on oneself in the verbs people use; the act asked of oneself ("Me
tuer ?") and answered yes or with thinking of it.
Fed up with living (``rules_intl_weary``): the weary idioms of each language and the life they
are weary of ("non ne posso più di vivere", "cansei de viver", "ich hab das Leben satt").
Spelling (``spelling_dialect_brazil``): "a gente" with its third-person verb and "se" read as
the writer ("a gente pensa em se matar").
Widened: peace or rest had "if I vanished", the spared one named right after the absence
(``rules_intl_frames``); "each one of my brothers will find a letter of mine"
(``rules_intl_frames_left_behind``); not seeing oneself "a year from now" said first.
Judgement: a clinician's question named by its noun ("la domanda era se …") waits for the
answer; an act named with "de" and denied whole ("de hacerme daño nada") is denied; working
oneself to death ("se mata de trabalhar") is no one's act of harm; "without me" said of a task
or a road ("ohne mich beim Umzug", "sin mí en la carretera") is no burden; "je n'en peux plus
de mon patron" is being fed up; "encerrada en el baño" is a real room.

The sentences are written anew (not copied from ``fresh30_*.tsv``), by writers who say each sign
in words of their own, so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess, rules_intl_frames_wide, rules_intl_weary
from neuroleaf_desktop.domain.safety.categories import Category
from tests.support.safety_categories import BU as _BU
from tests.support.safety_categories import GA as _GA
from tests.support.safety_categories import GB as _GB
from tests.support.safety_categories import GM as _GM
from tests.support.safety_categories import NF as _NF
from tests.support.safety_categories import PM as _PM
from tests.support.safety_categories import SH as _SH
from tests.support.safety_categories import TP as _TP
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

_SI = Category.SUICIDAL_IDEATION
_DW = Category.DEATH_WISH

SIGNS = [
    # a pain that crushes, and no bearing it
    ("Diese Traurigkeit erdrückt mich jeden Morgen, ich halt das nicht mehr aus.", _TP),
    ("Die Leere frisst mich auf, ich pack das nimmer.", _TP),
    ("Ce vide m'écrase depuis des mois, je ne le supporte plus.", _TP),
    ("Esta tristeza me aplasta desde que me levanto, ya no la aguanto más.", _TP),
    ("A tristeza me sufoca o dia inteiro, eu não aguento mais nada.", _TP),
    ("Esse vazio me engole, não suporto nem mais uma semana.", _TP),
    ("Il vuoto mi divora, non lo sopporto più.", _TP),
    ("A angústia me consome, a gente não aguenta mais.", _TP),
    # shut in, buried or at the bottom of a pit, and no exit or nobody hearing
    ("Ich fühl mich, als wär ich lebendig begraben, und niemand hört mich.", _TP),
    ("Manchmal ist es, als ob ich in einem Brunnen gefangen wär, kein Ausgang, nix.", _TP),
    ("C'est comme être au fond d'un puits, personne ne m'entend.", _TP),
    ("J'ai l'impression d'être emmurée vivante, sans issue.", _TP),
    ("Es como si estuviera enterrado vivo y nadie me oye.", _TP),
    ("É como estar no fundo de um poço, não tem escada, não tem nada.", _TP),
    ("Me sinto trancada dentro da minha cabeça, sem saída.", _TP),
    ("È come essere sepolta viva, nessuno mi sente.", _TP),
    ("Mi sento chiuso in una stanza senza porta, non c'è uscita.", _TP),
    # a year ahead without the writer
    ("Nächstes Jahr bin ich nicht mehr da, das weiß ich.", _NF),
    ("In einem Jahr? Da kann ich mich nicht mehr vorstellen.", _NF),
    ("L'an prochain, je ne m'y imagine pas.", _NF),
    ("Dans un an je ne suis plus là, c'est tout.", _NF),
    ("El año que viene ya no estoy, lo sé.", _NF),
    ("Dentro de un año no me puedo imaginar, la verdad.", _NF),
    ("Ano que vem eu não estou mais aqui.", _NF),
    ("O ano que vem não existe pra mim.", _NF),
    ("Eu não me vejo daqui a um ano, sinceramente.", _NF),
    ("L'anno prossimo non ci sono più, lo sento.", _NF),
    ("Non mi immagino tra un anno, proprio no.", _NF),
    # pills put by, bit by bit, in a hiding place
    ("Ich sammle seit Monaten Mamas Schlaftabletten in einer Blechdose unterm Bett.", _GM),
    (
        "Jedes Mal, wenn Papa sein Rezept holt, nehm ich mir ein paar Tabletten und steck sie in "
        "die Socke im Schrank.",
        _GM,
    ),
    ("Depuis des semaines je stocke des cachets dans une boîte au fond du placard.", _GM),
    ("Chaque fois que ma mère a ses anxiolytiques, j'en garde deux ou trois dans un bocal.", _GM),
    ("Hace semanas que voy juntando pastillas en un frasco escondido en el ropero.", _GM),
    (
        "Cada vez que mi abuelo trae la receta le saco unas pastillas y las guardo en una lata "
        "debajo de la cama.",
        _GM,
    ),
    ("Faz semanas que eu vou juntando remédios numa caixa embaixo da cama.", _GM),
    ("Toda vez que minha tia compra o calmante eu pego uns e escondo na gaveta.", _GM),
    ("Da settimane metto da parte le pastiglie in un barattolo nell'armadio.", _GM),
    ("Ogni volta che il nonno prende i sonniferi ne tolgo un paio, li nascondo nel cassetto.", _GM),
    # a thing given "where I am going"
    ("Die Gitarre hab ich meiner Cousine geschenkt, wo ich hingeh, brauch ich keine Musik.", _GA),
    ("J'ai donné mon vélo à mon petit voisin, là où je vais, il ne me servira à rien.", _GA),
    ("Dei meu videogame pro meu primo, pra onde eu vou não preciso dele.", _GA),
    ("Ho regalato la mia bici a mio nipote, dove vado io non mi serve.", _GA),
    # going to a high place for good
    ("Am Samstag geh ich zur Talbrücke, und ich komm nicht mehr zurück.", _PM),
    ("Je monterai sur la falaise, pour toujours.", _PM),
    ("Me voy al puente del río, para siempre.", _PM),
    ("Vou até a ponte velha e não volto mais.", _PM),
    ("Vado al viadotto dell'autostrada, per sempre.", _PM),
    # a time and a high place while the others are elsewhere
    ("Es wird Freitag, an der Brücke, während alle im Stadion sind.", _PM),
    ("Ce sera dimanche, au viaduc, pendant que tout le monde dort.", _PM),
    ("Va a ser el domingo, en el puente, mientras todos están en misa.", _PM),
    ("Vai ser sábado, na ponte, enquanto todo mundo está no estádio.", _PM),
    # a try named by its means, and the care after it
    ("Seit meinem Versuch mit den Schlaftabletten war ich drei Wochen in der Klinik.", _SI),
    ("Après ma tentative avec les médicaments, je me suis réveillée à l'hôpital.", _SI),
    ("Tras el intento con las pastillas me tuvieron en urgencias toda la noche.", _SI),
    ("Depois da tentativa com os remédios fiquei internada uma semana.", _SI),
    ("Dopo il tentativo con le pastiglie mi hanno ricoverato.", _SI),
    # a cut made on oneself
    ("Je me suis entaillé la cuisse avec un cutter hier soir.", _SH),
    ("Anoche me rajé los brazos con una navaja.", _SH),
    ("Ontem me retalhei com gilete de novo.", _SH),
    # the act asked of oneself, and answered yes
    ("Me suicider ? Parfois, j'y pense.", _SI),
    ("Mich umbringen? Manchmal, ehrlich gesagt.", _SI),
    ("¿Y quitarme la vida? Sí, a veces.", _SI),
    ("Tirar minha vida? Às vezes.", _SI),
    ("Uccidermi? Ci penso ogni sera.", _SI),
    # rest or peace had if the writer vanished; the letter each one will find
    ("Se eu sumisse, meus pais teriam sossego.", _BU),
    ("Minha avó se mata de trabalhar, se eu morresse ela teria descanso.", _BU),
    ("Cada una de mis hijas va a encontrar una carta mía en el cajón.", _GB),
    # fed up with living, in each language's idiom of weariness
    ("Non ne posso più di vivere così.", _DW),
    ("Ne ho piene le scatole di questa vita.", _DW),
    ("Cansei de viver.", _DW),
    ("Tô de saco cheio dessa vida, sério.", _DW),
    ("Ich hab das Leben so satt.", _DW),
    ("Bin des Lebens müde.", _DW),
    ("Ando podrida de vivir así.", _DW),
    ("Me cansé de esta vida.", _DW),
    ("J'en ai ras-le-bol de vivre.", _DW),
    ("Je suis lasse de cette vie.", _DW),
    # Brazilian "a gente" with the third person and "se", read as the writer
    ("A gente pensa em se matar às vezes, sabe.", _SI),
    ("A gente só quer se machucar quando fica assim.", _SH),
    # a road or a task named elsewhere in the sentence does not scope the burden
    ("Soy una carga para mi familia, lo pienso siempre en la carretera.", _BU),
    ("Ich bin allen nur eine Last, beim besten Willen.", _BU),
]

ORDINARY = [
    # the heat, a backache, traffic or a job as the crushing thing
    "Diese Hitze erdrückt mich, ich halt das nicht mehr aus.",
    "Cette chaleur m'écrase, je ne supporte plus l'été.",
    "Este calor me aplasta, no aguanto más el verano.",
    "Esse trânsito me esmaga todo dia, não aguento mais.",
    "Questo caldo mi schiaccia, non lo sopporto più.",
    # what is not borne named after it
    "La tristeza me come, pero no soporto quedarme encerrada en casa, mañana salgo.",
    # shut in a lift, a bathroom, traffic, a dream; the bottom of a pool or the sea enjoyed
    "Es como estar en el fondo de una piscina, no hay nada más relajante.",
    "É como estar no fundo do mar, ninguém me ouve, adoro mergulhar.",
    "Gestern stecke ich im Aufzug fest, gefangen, und keiner hört mich klingeln.",
    "Je suis enfermée dans la salle de bain, la porte est coincée, personne ne m'entend.",
    "Fiquei trancada no banheiro e ninguém me ouve, que raiva.",
    "Estou preso no trânsito, sem saída até a marginal.",
    "Sono chiusa in ascensore da mezz'ora, nessuno mi sente.",
    "Nel sogno ero sepolta viva e nessuno mi sentiva.",
    # away next year for a move, studies or work; someone else missed; a role pictured
    "Nächstes Jahr bin ich nicht mehr da, ich zieh nach Hamburg.",
    "L'année prochaine je ne suis plus là, je pars en Erasmus.",
    "El año que viene ya no estoy, me mudo a Madrid por trabajo.",
    "Ano que vem eu não estou mais aqui, vou fazer intercâmbio.",
    "L'anno prossimo non ci sono, vado a lavorare all'estero.",
    "No me imagino el año que viene sin mi abuela.",
    "Não me imagino casada daqui a um ano.",
    "Non mi immagino l'anno prossimo senza di lei.",
    # a week's pill box, an expired supply for the pharmacy, pills for a headache or a trip
    "Seit Wochen heb ich ein paar Tabletten für die Reise in einer Dose im Schrank auf.",
    "Jede Woche sortier ich Omas Tabletten in die Wochendose, damit sie nichts vergisst.",
    "Seit Wochen sammle ich die abgelaufenen Tabletten in einer Kiste für die Apotheke.",
    "Chaque semaine je mets les cachets de mamie dans son pilulier, la boîte est au placard.",
    "Hace semanas que junto los medicamentos vencidos en una caja para llevarlos a la farmacia.",
    "Toda vez que a vó pega a receita eu separo os comprimidos dela no porta-comprimidos.",
    "Faz semanas que guardo uns comprimidos pra dor de cabeça na gaveta do trabalho.",
    "Ogni volta che il nonno prende i sonniferi ne metto due nel portapillole settimanale.",
    # given away before a move, a trip or a job, the place named
    "Ich hab mein Fahrrad verschenkt, wo ich hinzieh, gibt's eh keine Radwege.",
    "Deixei minhas plantas com a vizinha, pra onde eu vou trabalhar não tem sol.",
    "Ho lasciato il cane a mia sorella, dove vado in vacanza non accettano animali.",
    # a bridge "for ever" with love, a memory, a home or a wedding photo
    "Wir fahren an den Staudamm zum Picknick, für immer in Erinnerung.",
    "Je vais au pont avec toi, pour toujours ensemble.",
    "Me voy a vivir cerca del puente, para siempre.",
    "Vou pra ponte com você, pra sempre juntos.",
    "Vado al ponte per le foto del matrimonio, per sempre.",
    # the writer's own meeting, fishing or party at the bridge
    "Es wird Samstag, an der Brücke, während alle beim Fest sind, treffen wir uns zum Angeln.",
    "Ce sera samedi, au pont, pendant que tout le monde fait la fête.",
    "Va a ser el sábado, en el puente, mientras todos están en la fiesta del pueblo.",
    # a new medicine tried, an allergy, a dose the doctor gave
    "Nach dem Versuch mit den neuen Tabletten lag ich mit Ausschlag im Krankenhaus.",
    "Tras el intento con las pastillas nuevas que me recetó el médico, acabé en urgencias.",
    "Depois da tentativa com os remédios novos fiquei internada por alergia.",
    "Dopo il tentativo con le pastiglie che mi ha dato il medico sono finita al pronto soccorso.",
    # a kitchen cut; backing out of a plan; struck off a list
    "Je me suis entaillé la main avec le couteau à pain.",
    "Je me suis entaillé le doigt en coupant les oignons.",
    "Al final me rajé y no fui a la fiesta.",
    "Me rajé del plan del sábado, me dio pereza.",
    "Me risquei da lista do churrasco.",
    # "without me" on the road, at the move, at a meeting
    "Sin mí en la carretera, mis padres estarían más tranquilos, conduzco fatal.",
    "Ohne mich beim Umzug hätten sie es leichter gehabt, ich hab nur im Weg gestanden.",
    "Sans moi au volant, ma famille serait plus tranquille.",
    "Se eu sumisse da reunião, todos teriam sossego, eu falo demais.",
    # weary of a way of living, not of living
    "Sono stufo della vita in città.",
    "Cansei da vida de solteira.",
    "Ich hab das Leben in der Stadt satt.",
    "Non ne posso più di vivere con i miei genitori.",
    # "a gente" seeing each other, moving, jumping into a pool, laughing
    "A gente se vê amanhã.",
    "A gente pensa em se mudar pra praia.",
    "A gente quer se jogar na piscina, tá calor.",
    "A gente vai se matar de rir com esse filme.",
    # working oneself to death
    "Mi madre se mata trabajando, y yo quiero ayudarla más.",
    "Ma sœur se tue au travail pour payer le loyer.",
    # the act named with "de" and denied whole
    "Mal, sí, pero de hacerme daño nada.",
    "Mas de me machucar, nada, eu só preciso dormir.",
    "Ma di farmi del male niente, neanche ci penso.",
    "Mais de me faire du mal, rien du tout.",
    # the question left unanswered, or dying asked of in general; "fed up with" a boss; a
    # bathroom one is really shut in
    "Mich umbringen?",
    "Mourir ? Oui, de rire.",
    "Sterben? Ja, irgendwann, wie jeder.",
    "¿Morirme? Sí, de vergüenza.",
    "Le boulot m'écrase cette semaine, je n'en peux plus de mon patron.",
    "Estoy encerrada en el baño, se rompió la manija y nadie me oye.",
    # letters each child finds with the chores or for Christmas
    "Cada uno de mis hijos va a encontrar una carta mía en su mochila con las tareas.",
    "Cada uno de mis nietos va a recibir una carta mía por Navidad.",
    # a clinician's question named by its noun, answered no
    "La domanda era se avessi idee di farla finita, ho risposto di no.",
    "La pregunta fue si pensaba en quitarme la vida y dije que no, para nada.",
    "Die Frage war, ob ich mich umbringen will. Ich hab nein gesagt.",
]

# … answered yes, the question named by its noun is the writer's own sign
ANSWERED_YES = [
    "La domanda era se avessi idee di farla finita, e ho detto di sì.",
    "La question était si je pensais à me tuer, j'ai avoué que oui.",
]
# … and a "de" with a "nothing" that goes on is no denial
NOT_DENIED = [
    "Tengo ganas de hacerme daño, nada me importa.",
    "Estoy harta de hacerme daño, nada cambia.",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
def test_new_wording_is_flagged(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert_not_flagged(text)


@pytest.mark.parametrize("text", ANSWERED_YES + NOT_DENIED)
def test_a_yes_or_a_nothing_that_goes_on_still_counts(text: str) -> None:
    assert assess(text).flagged, text


def test_every_new_rule_is_gated() -> None:
    for rules in (rules_intl_frames_wide.RULES, rules_intl_weary.RULES):
        assert all(rule.gate for rule in rules)
        assert len({rule.lang for rule in rules}) == 5
