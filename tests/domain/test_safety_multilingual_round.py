"""Five-language wording families of ``rules_intl_voices`` and ``rules_intl_voices_signs``.

Each family is written once for Spanish, Portuguese, Italian, German and French; the
sentences here are new (not the fresh batches they were found in), so a test checks the
grammar of the family in each language rather than one sentence. Every family has its
look-alikes: the same words about a hobby, a diet, a shop, a pet or someone else.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import Category, assess

_SI, _PM, _DW = Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD, Category.DEATH_WISH
_TP, _NF, _BU = Category.TRAPPED_PAIN, Category.NO_FUTURE, Category.BURDEN
_GB, _GA, _GM = Category.GOODBYES, Category.GIVING_AWAY, Category.GETTING_MEANS
_SH = Category.SELF_HARM

FLAGGED = [
    # an adverb between "thinking" and the act
    ("estoy pensando seriamente en matarme", _SI),
    ("ando a pensar seriamente em acabar com tudo", _SI),
    ("penso seriamente di farla finita", _SI),
    ("je pense sérieusement à en finir", _SI),
    ("ich denke ernsthaft darüber nach, mich umzubringen", _SI),
    # thinking about *how*, in a long entry that names other people first
    ("fui al cine con mi prima y después me quedé pensando en cómo matarme", _SI),
    ("sono uscita con mia sorella e pensavo a come uccidermi", _SI),
    ("jantei com o meu pai e fiquei a pensar em como me matar", _SI),
    ("je me demande souvent comment me donner la mort", _SI),
    ("je veux me donner la mort", _SI),
    # wondering what it would be like, the clause ends with the act
    ("je me demande ce que ça ferait de disparaître", _SI),
    ("manchmal frag ich mich, wie es wäre, nicht mehr zu leben", _SI),
    ("a veces me pregunto qué pasaría si me aventara", _SI),
    ("mi chiedo cosa succederebbe se mi buttassi", _SI),
    ("fico a pensar o que aconteceria se eu me jogasse", _SI),
    # resolve without fear
    ("lo voy a hacer, ya no tengo miedo", _SI),
    ("lo farò, non ho più paura", _SI),
    ("vou fazer, já não tenho medo", _SI),
    ("ich mach es, hab keine angst mehr", _SI),
    # the end for me
    ("es el fin para mí", _SI),
    ("stanotte è la fine per me", _SI),
    ("hoje é o fim para mim.", _SI),
    ("morgen ist es das ende für mich", _SI),
    # from this world, erasing oneself
    ("quisiera desaparecer de este mundo", _SI),
    ("vorrei sparire da questo mondo", _SI),
    ("j'aimerais disparaître de la surface de la terre", _SI),
    ("ich will einfach von dieser welt verschwinden", _SI),
    ("só queria me apagar", _SI),
    ("quisiera borrarme del mapa", _SI),
    # decided to go for good; knowing how, when alone
    ("j'ai décidé de partir pour de bon.", _SI),
    ("decidí irme para siempre.", _SI),
    ("ho deciso come farlo, quando sarò sola", _PM),
    ("ich weiß jetzt, wie ich es tun werde, wenn alle weg sind und ich allein bin", _PM),
    # southern Italian, German "weiterleben", thoughts of ending it, out of my life
    ("me voglio accidere", _SI),
    ("ich mag so nicht mehr weiterleben", _SI),
    ("mir kommen immer öfter gedanken, mein leben zu beenden", _SI),
    ("ich will einfach raus aus diesem leben", _SI),
    ("sarebbe meglio non esserci più", _SI),
    # present for future with a place
    ("ce soir je me jette du haut du pont", _PM),
    ("heute nacht wird es passieren.", _PM),
    # no tomorrow, no future
    ("il n'y a plus de lendemain pour moi", _NF),
    ("non c'è un domani per me", _NF),
    ("para mí ya no hay mañana.", _NF),
    ("pra mim não tem mais amanhã", _NF),
    ("je n'ai plus d'avenir.", _NF),
    ("für mich gibt es keine zukunft", _NF),
    ("mi futuro ya no existe", _NF),
    # weight of life, too much in this world
    ("ya no puedo respirar bajo el peso de esta vida", _TP),
    ("non riesco più a respirare sotto il peso di questa vita", _TP),
    ("sobro en este mundo", _BU),
    ("sono di troppo su questa terra", _BU),
    # nobody mourns, poison for, without one like me, nobody gains
    ("nadie va a llorar mi muerte", _BU),
    ("ninguém vai chorar por mim", _BU),
    ("niemand wird um mich trauern", _BU),
    ("soy un veneno para mi familia", _BU),
    ("sono una zavorra per tutti", _BU),
    ("ich bin gift für meine familie", _BU),
    ("estariam melhor sem uma velha doente como eu", _BU),
    ("mes parents seraient mieux sans une fille comme moi", _BU),
    ("meine eltern wären besser dran ohne jemanden wie mich", _BU),
    ("niemand hat was davon, wenn ich weiterlebe", _BU),
    # means: charcoal for the car, bought and hid, set aside, enough, fastest methods
    ("compré carbón y lo dejé en el coche", _GM),
    ("ho preso la carbonella e l'ho messa in macchina", _GM),
    ("die holzkohle liegt schon im auto, die fenster sind abgedichtet", _GM),
    ("compré una soga y la escondí", _GM),
    ("ho comprato delle pillole e le ho nascoste", _GM),
    ("consegui uma arma e escondi no quarto", _GM),
    ("metto da parte i sonniferi", _GM),
    ("junto las pastillas desde hace semanas", _GM),
    ("ich lege die schlaftabletten zur seite", _GM),
    ("j'ai assez de cachets pour en finir", _GM),
    ("ho abbastanza pillole per farla finita", _GM),
    ("tengo suficientes para no despertar", _GM),
    ("j'ai cherché les méthodes les plus rapides pour mourir", _GM),
    ("busqué los métodos más indoloros", _GM),
    ("ich hab nach den sichersten methoden gegoogelt", _GM),
    # last wishes, nothing left of me, cared for when I'm gone, not your fault + love
    ("mi última voluntad: que cuiden a mi perro", _GB),
    ("mes dernières volontés : donnez mes livres à julie", _GB),
    ("je veux que rien ne reste de moi", _GA),
    ("voglio che non resti niente di me", _GA),
    (
        "ich hab die fische zum nachbarn gebracht, damit sie gut aufgehoben sind, wenn ich tot bin",
        _GA,
    ),
    ("non è colpa vostra, vi voglio bene", _GB),
    ("amo-vos, não é culpa de vocês", _GB),
    ("es ist nicht eure schuld, ich hab euch lieb", _GB),
    # self-harm: new verbs, hitting until it bleeds, burning with a lighter
    ("je me suis tailladé les bras", _SH),
    ("je me frappe la tête jusqu'à saigner", _SH),
    ("me golpeo la cabeza hasta sangrar", _SH),
    ("mi sono presa a pugni fino a farmi male", _SH),
    ("bati-me na cara até ficar com marcas", _SH),
    ("ich schlag mich, bis ich blaue flecken hab", _SH),
    ("ich verbrenne mich mit dem feuerzeug", _SH),
    ("je me brûle avec une cigarette", _SH),
    ("mi brucio con l'accendino", _SH),
    ("le di mi bici a mi primo, ya no la ocupo", _GA),
    # how I *would* do it, the sentence ending there
    ("ich hab mir oft vorgestellt, wie ich es machen würde.", _PM),
    ("j'ai souvent réfléchi à comment je le ferais", _PM),
    ("he pensado tantas veces en cómo lo haría", _PM),
    ("já pensei muitas vezes em como faria isso", _PM),
    # arrangements made, then nothing matters / it will be soon
    ("hab den abschiedsbrief fertig, danach ist alles egal", _NF),
    ("dejé el testamento firmado, después ya nada importa", _NF),
    ("ho scritto una lettera a mio figlio, so che sarà presto", _NF),
    # no reason / no sense / not worth it / fed up with living / make it stop
    ("ya no encuentro ningún motivo para vivir", Category.NO_REASON_TO_LIVE),
    ("non trovo più nessuna ragione per andare avanti", Category.NO_REASON_TO_LIVE),
    ("não tenho mais motivo pra viver", Category.NO_REASON_TO_LIVE),
    ("non ha nessun senso continuare a vivere", Category.NO_REASON_TO_LIVE),
    ("la verdad ya no vale la pena seguir.", Category.NO_REASON_TO_LIVE),
    ("sinceramente não vale mais a pena viver", Category.NO_REASON_TO_LIVE),
    ("ça vaut plus la peine de vivre", Category.NO_REASON_TO_LIVE),
    ("es lohnt sich nicht zu leben", Category.NO_REASON_TO_LIVE),
    ("me he cansado de la vida", _DW),
    ("mi sono rotta di questa vita", _DW),
    ("cansei-me de existir", _DW),
    ("ich will einfach nur, dass alles aufhört.", _DW),
    ("je veux simplement que tout s'arrête", _DW),
    ("ich bin allen nur noch eine belastung", _BU),
    # cuts "made" on the body, enclisis after "tentei", how much is needed, "fühl mich"
    ("ando a fazer cortes nas pernas", _SH),
    ("mi facevo delle ferite sulle gambe", _SH),
    ("je me faisais des entailles sur les cuisses", _SH),
    ("ich mache mir heimlich schnitte an den beinen", _SH),
    ("aos dezasseis tentei envenenar-me", _SI),
    ("miré cuántas pastillas de insulina hacen falta para morir", _GM),
    ("pesquisei quantos comprimidos de paracetamol são fatais", _GM),
    ("ich fühl mich total gefangen", _TP),
    # regional voices: resigned interjection, this life/world, shooting oneself, dialects
    ("listo, me mato.", _SI),
    ("chega, mato-me", _SI),
    ("c'est fini, je me tue", _SI),
    ("não quero ficar mais neste mundo", _SI),
    ("non voglio più restare in questo mondo", _SI),
    ("je veux plus rester sur cette terre", _SI),
    ("ich will nicht mehr auf dieser welt bleiben", _SI),
    ("quiero darme un balazo", _SI),
    ("ich werd mir eine kugel geben", _SI),
    ("estoy cansao de la vida", _DW),
    ("j'ai pu le goût de vivre", _DW),
    ("ich han kei bock meh z'labe", _SI),
    ("ich halt's nimmer aus", _TP),
    ("vojo murì", _SI),
    # everything given away; a past attempt told as "it" with its means; "cuando yo falte"
    ("ya regalé todo lo que tenía.", _GA),
    ("doei tudo o que tinha", _GA),
    ("ho dato via tutto ciò che avevo", _GA),
    ("j'ai distribué tout ce que j'avais", _GA),
    ("ich habe alles weggegeben, was ich besaß", _GA),
    ("lo intenté dos veces, con veneno", _SI),
    ("ci ho provato due volte, sono sopravvissuta", _SI),
    ("ich hab es schon einmal versucht, mit einem seil", _SI),
    ("j'ai déjà essayé deux fois, avec une corde", _SI),
    ("já tentei duas vezes, sobrevivi", _SI),
    ("me tentei matar aos dezoito", _SI),
    ("dejé mis joyas repartidas, para cuando yo falte", _GB),
    ("quero que fique tudo organizado quando eu faltar", _GB),
    # older and religious voices: asking God to take me, lived enough, waiting for death
    ("ay diosito, llévame contigo", _DW),
    ("peço a nossa senhora que me leve", _DW),
    ("signore, prendimi con te", _DW),
    ("lieber gott, hol mich zu dir", _DW),
    ("seigneur, pourquoi tu me rappelles pas", _DW),
    ("ya viví lo que tenía que vivir", _DW),
    ("ho vissuto abbastanza", _DW),
    ("j'ai assez vécu", _DW),
    ("ich habe genug gelebt", _DW),
    ("aspetto ormai la morte", _DW),
    # a hell with no exit, nobody needs me, always like this
    ("vivo en un infierno del que no sé cómo salir", _TP),
    ("é um inferno do qual não consigo sair", _TP),
    ("c'est un enfer dont je sors pas", _TP),
    ("das ist eine hölle, aus der ich nicht mehr rauskomme", _TP),
    ("ya no le hago falta a nadie.", _BU),
    ("nessuno ha bisogno di me", _BU),
    ("não faço falta a ninguém", _BU),
    ("nunca va a cambiar nada", _NF),
    ("sarà sempre così", _NF),
    # blades got to cut myself, the Spanish progressive, scratching bloody, relapse, on purpose
    ("conseguí cuchillas para cortarme", _SH),
    ("ho preso una lametta per tagliarmi", _SH),
    ("j'ai gardé une lame pour me scarifier", _SH),
    ("ich hab klingen versteckt, um mich zu ritzen", _SH),
    ("sigo lastimándome cuando nadie me ve", _SH),
    ("ich hab mich gestern wieder blutig gekratzt", _SH),
    ("je me suis rescarifiée hier", _SH),
    ("me quemé con la plancha a propósito", _SH),
    ("mi sono bruciata con la piastra apposta", _SH),
    # a temporary or sleepy wording elsewhere does not clear the wish itself
    ("quiero desaparecer para siempre", _DW),
    ("non ho più voglia di campare", _SI),
]

ORDINARY = [
    "estoy pensando seriamente en mudarme",
    "penso seriamente di cambiare lavoro",
    "je pense sérieusement à démissionner",
    "fui al cine con mi prima y mi prima pensaba en cómo maquillarse",
    "mi sorella pensa a come truccarsi",
    "je me demande ce que ça ferait de sauter en parachute",
    "me pregunto qué pasaría si me aventara en paracaídas",
    "lo voy a hacer, el maratón, ya no tengo miedo de correr",
    "es el fin para mí de la temporada de fútbol",
    "è la fine per me di questa dieta",
    "quiero desaparecer del grupo de whatsapp",
    "je veux effacer mes messages",
    "decidí irme para siempre a vivir a Canadá",
    "ho deciso come fare la torta, quando sarò sola in cucina",
    "mi voglio ammazzà dalle risate",
    "ich will nicht mit ihm weiterleben, ich ziehe aus",
    "ich hab gedanken daran, alles zu beenden, was ich angefangen habe",
    "ich will raus aus meinem vertrag",
    "heute nacht wird es passieren, er macht mir einen antrag",
    "demain je me jette à l'eau avec mon patron",
    "il n'y a plus de lendemain de veille pour moi, j'arrête l'alcool",
    "non c'è nessun domani libero",
    "no hay mañana para mí en el trabajo",
    "mon avenir, je le vois en Bretagne",
    "es gibt keine zukunft für dieses projekt",
    "sous le poids de mon sac à dos",
    "je suis de trop dans cette réunion",
    "personne ne pleurera la fin de cette émission",
    "este plato es un veneno para mi dieta",
    "estariam melhor sem um treinador como ele",
    "hab grillkohle für den grill gekauft und ins auto gepackt",
    "compré carbón para la parrilla",
    "compré una cuerda para el tendedero",
    "metto da parte i soldi",
    "j'ai assez de farine pour faire le gâteau",
    "j'ai cherché les méthodes les plus rapides pour apprendre l'anglais",
    "busqué los métodos más rápidos para bajar de peso",
    "mi última voluntad es comer pizza jaja",
    "je veux que rien ne reste dans le frigo",
    "ce n'est pas leur faute si le train est en retard",
    "je me suis cognée contre la porte",
    "me golpeé la rodilla con la mesa",
    "mi sono bruciata con l'olio",
    "il gatto mi ha graffiato le braccia",
    "je me suis coupée avec une feuille de papier",
    "mi sono graffiata con le spine delle rose",
    "je n'en peux plus de cette chaleur",
    "ich halte es nicht mehr aus vor vorfreude",
    "estoy encerrada en la oficina hasta las ocho",
    "não vejo futuro nenhum para este clube",
    "für mich gibt es kein morgen mehr frei diese woche",
    "escribí una carta de despedida a mis alumnos",
    "junté las pastillas caducadas para llevarlas a la farmacia",
    "i mag nimma, i wü nur no schlafen",
    "vorrei farla finita con questo progetto",
    "ando pensando en aventarme un chapuzón",
    "le di mi bici a mi primo porque me compré otra",
    "ich hab überlegt, wie ich es machen würde, wenn ich im lotto gewinne",
    "escribí una carta a mi novia, sé que será pronto la boda",
    "ho scritto una lettera a babbo natale, so che sarà presto natale",
    # jumps for fun, an alarm clock, the gym, the boss
    "quiero tirarme del trampolín más alto",
    "vou pular de paraquedas no sábado",
    "spero di non svegliarmi tardi domani",
    "espero no despertarme tarde",
    "sono un peso morto in palestra",
    "soy una carga para mi jefe",
    "no vale la pena seguir con este curso",
    "no veo razón para seguir con el gimnasio",
    "je veux juste que ça s'arrête, ce bruit",
    "ich will nur, dass es aufhört zu regnen",
    "me cansé de vivir en esta ciudad",
    "non vale la pena continuare a litigare",
    "non ha più senso andare avanti con questo progetto",
    "cuántos huevos hacen falta para el pastel",
    "quantos comprimidos são precisos por dia para a tensão, perguntei ao médico",
    "me doy un tiro si repruebo",
    "no quiero seguir en esta vida de estrés laboral",
    "ça me tente plus de vivre à paris",
    "i hoits nimma aus vor lachen",
    "basta, mi ammazzo di lavoro stasera",
    # vanishing for a while, sleepy, decorations, someone else's will, surgery, homework
    "quiero desaparecer un fin de semana a la playa",
    "quero sumir das redes sociais por uns dias",
    "vorrei sparire per qualche giorno al mare",
    "quiero dormir para siempre, qué sueño tengo",
    "compré cuerda para colgar las luces de navidad",
    "a minha avó deixou testamento e cartas para todos quando morreu",
    "mio nonno ha scritto una lettera d'addio prima dell'operazione, poi è andato tutto bene",
    "ich kann nicht mehr, ich muss heute noch drei berichte schreiben",
    "regalé todo lo que tenía en el armario de invierno",
    "ya lo intenté una vez con pastillas para dormir y no funcionó",
    "ci ho già provato una volta, con la dieta chetogenica, non ci sono riuscita",
    "ich hab's schon mal versucht, mit dem fahrrad bis nach rom",
    "cuando yo falte a clase, me pasas los apuntes",
    "quando eu faltar ao trabalho, avisa o chefe",
    "Dios mío, llévame ya a casa que estoy cansada",
    "Madonna mia, portami via da questo ufficio",
    "el señor del taxi me lleva con mi tía",
    "nadie me necesita en la oficina hoy",
    "non servo a nessuno in cucina, dice mia madre",
    "el café de aquí siempre será así de malo",
    "sarà sempre così bello tornare a casa",
    "compré cuchillas para cortarme el pelo",
    "ho comprato le lamette per tagliarmi la barba",
    "ando cortándome el pelo yo sola",
    "me quemé con la plancha",
]


@pytest.mark.parametrize(("text", "category"), FLAGGED)
def test_family_is_flagged_with_its_category(text: str, category: Category) -> None:
    result = assess(text)
    assert result.flagged, text
    assert category in result.categories, (text, result.categories)


@pytest.mark.parametrize("text", ORDINARY)
def test_look_alike_is_not_flagged(text: str) -> None:
    assert not assess(text).flagged, assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "mi hermana pensaba en cómo quitarse la vida",
        "il mio amico pensa a come togliersi la vita",
    ],
)
def test_someone_else_thinking_how_is_not_the_writers_risk(text: str) -> None:
    result = assess(text)
    assert not result.flagged, result.reasons
