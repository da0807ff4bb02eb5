"""The German, French, Spanish, Portuguese and Italian frames, guards and spellings added after
studying ``fresh32``, both ways: new wordings of each sign that must be flagged, and the
look-alikes that must not.

Explicit (``rules_intl_said_plainly``): a wish and ending one's life with the article, "this" or
"own" as well as the possessive, in every idiom of wishing ("tenho vontade de acabar com a
vida", "mi viene da farla finita con questa vita", "je me surprends à vouloir mourir"); German
first person clipped or with "selber" ("dass ich mich erhäng", "mir selber das Leben nehmen");
a plan told as a time, the others away and a high place or a water's edge.
Signs (``rules_intl_signs_slots``): a recording or envelope for each one, for after; the blade
again on the body, the verb left out; the bare attempt and it coming back; a thing now someone
else's for good; months of pills in a tin; only a cost, or them better rid of me; no longer
there when the time comes; buried alive and worse.
Spelling (``spelling_dialect_bavarian``, ``spelling_intl``): Alpine "aussa", "tuat", "Kastl";
Tuscan "ce la fo"; a laugh written "rsrs", "jsjs", "hehe" or the German "lach".
Judgement (``negation_topic``): a question's answer of "never", or of "no" after an "and".

The sentences are written anew (not copied from ``fresh32_*.tsv``), by writers who say each sign
in words of their own, so they test a family of wordings, not one sentence.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import rules_intl_said_plainly, rules_intl_signs_slots
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.negation_topic import topic_denied
from tests.support.safety_categories import BU as _BU
from tests.support.safety_categories import GA as _GA
from tests.support.safety_categories import GB as _GB
from tests.support.safety_categories import GM as _GM
from tests.support.safety_categories import NF as _NF
from tests.support.safety_categories import PM as _PM
from tests.support.safety_categories import SH as _SH
from tests.support.safety_categories import SI as _SI
from tests.support.safety_categories import TP as _TP
from tests.support.safety_checks import assert_flagged_as, assert_not_flagged

EXPLICIT = [
    # a wish, and ending one's life with the article, "this" or "own"
    ("Tenho vontade de acabar com a vida, juro.", _SI),
    ("Só penso em pôr fim à minha própria vida.", _SI),
    ("Dá-me vontade de acabar com esta vida de vez.", _SI),
    ("Quiero acabar con la vida, ya no doy más.", _SI),
    ("Me entran ganas de ponerle fin a mi vida.", _SI),
    ("Mi viene da farla finita con questa vita.", _SI),
    ("Vorrei mettere fine alla mia vita, e basta.", _SI),
    ("Penso di chiudere con la vita.", _SI),
    ("Je me surprends à vouloir mourir.", _SI),
    ("J'ai envie de mettre fin à ma vie.", _SI),
    ("L'idée d'en finir avec cette vie ne me lâche pas.", _SI),
    ("Ich will mein Leben beenden, ehrlich.", _SI),
    ("Der Gedanke, meinem Leben ein Ende zu setzen, ist jeden Abend da.", _SI),
    # the pronoun before the wish; not wanting to be alive any more
    ("Mi voglio impiccare in garage.", _SI),
    ("Mi vado a buttare giù dal ponte.", _SI),
    ("Me quero matar, sério.", _SI),
    ("Não quero mais ficar viva.", _SI),
    ("Non vorrei più essere viva.", _SI),
    # German first person clipped, or with "selber"
    ("Manchmal denk ich, dass ich mich erhäng.", _SI),
    ("Ich hab Angst, dass ich mich irgendwann umbring.", _SI),
    ("Am liebsten würd ich mich selber umbringen.", _SI),
    ("Die Idee, mir selber das Leben zu nehmen, kommt immer öfter.", _SI),
    # a time, the others away, a high place or a water's edge
    ("Freitag, wenn alle auf der Kirmes sind, fahr ich zum Steinbruch.", _PM),
    ("Heute Nacht, wenn keiner mehr wach ist, geh ich auf die Seebrücke, und aus.", _PM),
    ("Dimanche, pendant que tout le monde sera à la messe, je monte au clocher.", _PM),
    ("Ce soir, quand tout le monde dormira, j'irai à la jetée.", _PM),
    ("El viernes, mientras todos estén en la boda, me voy al muelle.", _PM),
    ("Esta noche, cuando duerman todos, subo a la azotea.", _PM),
    ("Domingo, enquanto todos estão na missa, vou à pedreira.", _PM),
    ("Sexta, quando forem todos ao jogo, subo ao terraço e pronto.", _PM),
    ("Sabato, mentre sono tutti alla sagra, vado al molo.", _PM),
    ("Stanotte, quando dormono tutti, salgo sul campanile e la faccio finita.", _PM),
]

SIGNS = [
    # a recording or an envelope for each one, for after
    ("Für jede Tochter hab ich 'ne Sprachnachricht aufgenommen, die kriegen sie danach.", _GB),
    ("Pour chacun de mes petits-enfants, une vidéo, à regarder quand je ne serai plus là.", _GB),
    ("Dejé un sobre para cada nieta en el ropero, para abrir después.", _GB),
    ("Gravei um áudio para cada sobrinho, pra ouvirem depois.", _GB),
    ("Una busta per ogni figlio nel cassetto, da aprire dopo.", _GB),
    # the blade again on the body, the verb left out
    ("Heut wieder mit der Klinge am Unterarm, keiner weiß es.", _SH),
    ("Encore avec le cutter sur les cuisses cette nuit.", _SH),
    ("De nuevo con la cuchilla en las piernas, a escondidas.", _SH),
    ("Outra vez com a gilete nas coxas, ontem de madrugada.", _SH),
    ("Ancora con la lametta sulle braccia, stanotte.", _SH),
    # the bare attempt, and it coming back
    ("Seit meinem Versuch vor drei Jahren war Ruhe, jetzt kommen die Gedanken wieder hoch.", _SI),
    ("Depuis ma tentative de l'an dernier, les idées noires reviennent.", _SI),
    ("Tras mi intento del año pasado creí que había pasado, pero vuelven las ideas.", _SI),
    ("Desde a minha tentativa de há dois anos, os pensamentos voltaram.", _SI),
    ("Dopo il mio tentativo dell'anno scorso, i brutti pensieri ritornano.", _SI),
    # a thing of mine now someone else's, for good
    ("Meine Kamera gehört jetzt meiner Nichte, für immer.", _GA),
    ("Mes outils sont désormais au fils du voisin, pour de bon.", _GA),
    ("La guitarra se la quedó mi ahijado, ya no la voy a usar.", _GA),
    ("O meu relógio ficou com o meu neto, é pra sempre.", _GA),
    ("La mia macchina fotografica ce l'ha lui adesso, per sempre.", _GA),
    # months of pills in a tin
    ("Im Keller steht eine Blechdose mit Tabletten aus jedem Rezept.", _GM),
    ("Dans une boîte à chaussures, des cachets de chaque ordonnance.", _GM),
    ("En un frasco del armario tengo pastillas de cada receta.", _GM),
    ("Numa caixa no armário estão os calmantes que fui juntando.", _GM),
    ("Nel cassetto, in una scatola, le pillole di sei mesi di ricette.", _GM),
    # only a cost, or them better rid of me
    ("Ich koste meine Eltern nur Geld.", _BU),
    ("Je coûte que de l'argent à ma mère.", _BU),
    ("Soy un gasto más para mi hermana.", _BU),
    ("Eu só dou despesa pros meus pais.", _BU),
    ("Sono solo una spesa per mio fratello.", _BU),
    ("Mes enfants seraient enfin débarrassés de moi.", _BU),
    ("Mis hijos se librarían de mí, y punto.", _BU),
    ("Sem mim sobraria o dinheiro para os meus irmãos.", _BU),
    ("I miei sarebbero finalmente liberi di me.", _BU),
    # no longer there when the time comes
    ("Nächsten Sommer bin ich nicht mehr dabei.", _NF),
    ("Noël prochain, je n'y serai plus.", _NF),
    ("La Navidad que viene ya no estaré.", _NF),
    ("No próximo Natal já não vou estar.", _NF),
    ("Al compleanno di mia figlia l'anno prossimo non ci sarò più.", _NF),
    # buried alive, and worse or nobody hearing
    ("Als wär ich lebendig begraben, keiner hört mich.", _TP),
    ("Je me sens enterré vivant, personne ne m'entend.", _TP),
    ("Me siento enterrada viva y cada día duele más.", _TP),
    ("Sinto-me soterrada, não consigo respirar.", _TP),
    ("Mi sento sepolta viva, nessuno mi ascolta.", _TP),
    # thanks for everything, one last time
    ("Hab meinen Paten angerufen und mich für alles bedankt, ein letztes Mal.", _GB),
    ("J'ai écrit à ma marraine pour la remercier de tout, une dernière fois.", _GB),
    ("Le mandé un mensaje a mi profe de guitarra agradeciéndole por todo, por última vez.", _GB),
    ("Mandei mensagem pra minha tia agradecendo por tudo, pela última vez.", _GB),
    ("Ho scritto al mio vecchio allenatore per ringraziarlo di tutto, per l'ultima volta.", _GB),
    # the means already known
    ("Ich weiß genau wie: der Strick liegt im Schuppen.", _PM),
    ("Je sais exactement comment, avec les somnifères de mon père.", _PM),
    ("Ya sé cómo: con las pastillas de mi abuela.", _PM),
    ("Eu já sei como: com os remédios da minha avó.", _PM),
    ("So esattamente come: dal ponte della ferrovia.", _PM),
    # pills swallowed, and waking up in hospital
    ("Letztes Jahr hab ich Schlaftabletten geschluckt, im Krankenhaus bin ich aufgewacht.", _SI),
    ("J'ai avalé des somnifères en mars, réveillée aux urgences.", _SI),
    ("Me tragué unos calmantes y desperté en la UCI.", _SI),
    ("Engoli uns calmantes e acordei na UTI.", _SI),
    ("Ho mandato giù i sonniferi della nonna e mi sono svegliato in rianimazione.", _SI),
    # Alpine adverbs and verb forms, Tuscan "fo"
    ("I kimm do nimmer aussa, es tuat so weh.", _TP),
    ("Non ce la fo più, davvero.", _TP),
]

ORDINARY = [
    # another's life, a way of life, a file, a contract
    "Quero acabar com a vida de solteiro.",
    "Ela quer acabar com a vida dele.",
    "Quiero acabar con esta vida de oficina.",
    "Je veux en finir avec ce dossier.",
    "Ich will mein Leben als Single beenden.",
    "Ich will mein Leben in der Stadt beenden und aufs Land ziehen.",
    "Quiero acabar con esta vida que llevo de fiesta en fiesta.",
    # flopping on the sofa, someone else's threat, a dread said large
    "Mi voglio buttare sul divano.",
    "Mia madre mi vuole uccidere se vede il voto.",
    "Non voglio essere vivo per vedere questo.",
    # fear of dying, the heat
    "J'ai peur de mourir en avion.",
    # a time, the others away, and the writer going there for something
    "Am Sonntag, wenn alle in der Kirche sind, geh ich zur Brücke angeln.",
    "Samstag, wenn alle schlafen, geh ich aufs Dach, Sterne gucken.",
    "Domenica, quando sono tutti al mare, vado al ponte con Marco.",
    "Domani, quando tutti sono al lavoro, vado al molo a pescare.",
    "Sábado à noite, quando estiverem todos no jogo, vou ao cais pescar.",
    "Il sabato, quando tutti dormono, salgo sul tetto a guardare le stelle.",
    "El domingo, cuando todos estén en misa, me voy al muelle con mis amigos.",
    "Samedi, quand tout le monde sera au marché, je vais au pont prendre des photos.",
    # recordings for pupils, a birthday
    "Grabé un audio para cada alumno, para escuchar después de clase.",
    "Ho registrato un video per ogni nipote per il compleanno, da vedere dopo.",
    "Für jedes Kind hab ich ein Video vom Schulfest, die kriegen sie danach.",
    # shaving, cooking, a craft
    "Hab mir wieder mit dem Rasierer an den Beinen wehgetan, beim Rasieren.",
    "Schon wieder mit dem Messer am Daumen, beim Kochen aus Versehen.",
    "Otra vez con la cuchilla en las piernas, me depilé fatal.",
    "Di nuovo con il taglierino sul cartone, che lavoraccio.",
    "Encore avec le rasoir sur les jambes, je me rase trop vite.",
    # an attempt at a test, at giving up smoking
    "Nach meinem Versuch bei der Führerscheinprüfung dachte ich, das ist vorbei, aber jetzt"
    " fängt's wieder an.",
    "El intento de dejar de fumar fracasó, y vuelven las ganas.",
    "Il tentativo di due anni fa di smettere di fumare è fallito e quei pensieri tornano.",
    # a thing sold, outgrown, replaced
    "Le vendí mi guitarra a mi sobrino, ahora es suya para siempre.",
    "Mi bici ahora es de mi hermano, ya no la necesito porque me compré una nueva.",
    "Il mio vecchio telefono ora è di mia figlia, non mi serve più, ne ho uno nuovo.",
    "Meine alten Skier gehören jetzt meinem Neffen, die brauch ich nicht mehr, sind mir zu klein"
    " geworden.",
    # thanks at a leaving do, the way somewhere, an operation
    "Ho ringraziato i colleghi di tutto, un'ultima volta, alla festa di pensione.",
    "Ich weiß schon wie: mit dem Zug um acht.",
    "So già come: prendo il treno delle otto.",
    "Sé cómo se hace: con la cuerda de escalada bien atada.",
    "Nach der Operation hab ich Tabletten genommen und bin auf der Intensiv aufgewacht.",
    "J'ai pris des cachets et je me suis réveillée à l'hôpital, après l'opération.",
    # a boss glad to be rid of the writer, the costs of a trip
    "Mi capo sarebbe ben felice, sarebbe libero di me.",
    "Mein Chef wäre mich endlich los.",
    "Ma patronne serait bien mieux débarrassée de moi, je le sais.",
    # absent next year for studies, a move, a job
    "L'an prochain je n'y serai plus, je pars faire mes études à Montréal.",
    "El año que viene ya no estaré, me mudo a Madrid.",
    "Nächstes Jahr bin ich nicht mehr dabei, da hab ich Schichtdienst.",
    # buried under paperwork, snow
    "Mi sento sepolto vivo sotto le pratiche, ogni giorno fa più male.",
    "Estoy enterrado vivo en papeleo, cada día pesa más.",
    # expired pills taken back, a weekly pill box
    "Ich hab in einer Dose die Tabletten von Oma aus jedem Rezept, abgelaufen, für die Apotheke.",
    "Nel cassetto le pillole di sei mesi di ricette, scadute, da riportare in farmacia.",
    # a threat over a trifle, said laughing
    "Wenn der Chef mir noch eine Mail schickt, häng ich mich auf *grins*",
    "Se o Palmeiras perder de novo eu me jogo da ponte rsrs",
    "Si mañana hay otro examen me tiro por la ventana jsjs",
    # a question answered "never", or "no" after an "and"
    "La enfermera me preguntó por ideas de matarme y le dije que nunca.",
    "O médico perguntou por pensamentos de me matar, e respondi que nunca.",
    "Le psychiatre a parlé des idées de suicide, et j'ai répondu jamais.",
    # French "aussi" is no Alpine word
    "Moi aussi je pense à changer de travail.",
]

# a wish said with a laugh, a denial that goes on: still the sign
STILL_SIGNS = [
    ("Ich will sterben, lach.", _SI),
    ("Quiero morirme jsjs", _SI),
    ("Pienso en quitarme la vida y le dije que nunca se lo contaría a nadie.", _SI),
    ("Lo de hacerme daño, y le contesté que no, pero a veces sí lo pienso.", _SH),
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
def test_a_laugh_or_a_denial_that_goes_on_leaves_the_sign(text: str, category: Category) -> None:
    assert_flagged_as(text, category)


def test_an_answer_of_never_denies_the_topic() -> None:
    # the phrase's continuation, normalised
    assert topic_denied(", y conteste que nunca.")
    assert topic_denied(" e respondi que nunca.")
    assert topic_denied(", et j'ai repondu jamais.")
    assert not topic_denied(" y le dije que nunca se lo contaria a nadie.")
    assert not topic_denied(", y conteste que no, pero a veces si.")


def test_every_new_rule_is_gated() -> None:
    # each frame is skipped where its gate's words are absent (the speed of a 200 KB import)
    assert all(rule.gate for rule in rules_intl_said_plainly.RULES + rules_intl_signs_slots.RULES)
