"""Spanish, Portuguese and Italian families of wording (rules_es_signs, rules_pt_signs,
rules_it_signs), each with look-alikes that must stay unflagged.

The sentences are written anew for these tests (not copied from the fresh batches): each
family is checked in a form the batches did not use (pronoun before and after the verb,
Portugal's hyphenated pronoun, conditionals, texting spellings), so a rule that only learnt
one sentence fails here.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import Category, assess

_SI, _PM, _DW = Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD, Category.DEATH_WISH
_NF, _BU, _GB = Category.NO_FUTURE, Category.BURDEN, Category.GOODBYES
_GA, _GM, _SH, _TP = (
    Category.GIVING_AWAY,
    Category.GETTING_MEANS,
    Category.SELF_HARM,
    Category.TRAPPED_PAIN,
)

SIGNS = [
    # Spanish: the pronoun before the verb, future, conditional, present for future.
    ("me voy a quitar la vida este finde", _SI),
    ("creo que me suicidaré antes del verano", _SI),
    ("ya me quiero quitar de en medio, no aguanto", _SI),
    ("me mataría ahora mismo si pudiera", _SI),
    ("me mato esta noche", _SI),
    ("estoy pensando en colgarme", _PM),
    ("pienso aventarme al metro", _PM),
    ("el lunes me aviento del puente", _PM),
    ("me tiraría desde el balcón sin pensarlo", _PM),
    ("tengo ideas de acabar con mi vida", _SI),
    ("mejor estaría muerto, la verdad", _DW),
    ("ojalá no despierte mañana", _DW),
    ("rezo cada noche para que Dios me lleve", _DW),
    ("¿y si simplemente dejo de existir?", _DW),
    ("ya no voy a despertar más", _DW),
    ("hoy es el día. todo está preparado", _PM),
    ("lo intenté hace un año y me encontraron a tiempo", _SI),
    ("he vuelto a cortarme de nuevo", _SH),
    ("me hago heridas en los muslos", _SH),
    ("voy a conseguir una pistola como sea", _GM),
    ("mi ex me vendió un revólver", _GM),
    ("dejé unas notas para cuando me encuentren", _GB),
    ("si estás leyendo esto, no es tu culpa", _GB),
    ("gracias por todo a todos, nunca más me van a ver", _GB),
    ("he perdido toda la esperanza", _NF),
    ("no tengo ningún motivo para seguir", _NF),
    # Portuguese: Brazil and Portugal, hyphenated pronouns, texting.
    ("vou-me suicidar", _SI),
    ("quero-me matar, não aguento", _SI),
    ("apetecia-me desaparecer para sempre", _SI),
    ("ando a pensar em matar-me", _SI),
    ("kero morrer sério", _SI),
    ("preciso dar um fim a minha vida", _SI),
    ("eu me jogaria da ponte", _PM),
    ("jogo-me do viaduto amanhã", _PM),
    ("estou a pensar pular do prédio", _PM),
    ("me mataria se tivesse coragem", _SI),
    ("tenho pensamentos de acabar com tudo", _SI),
    ("seria melhor se eu morresse", _DW),
    ("peço a Deus todo dia que me leve", _DW),
    ("seria um alívio não acordar", _DW),
    ("hoje é o dia, tenho tudo preparado", _PM),
    ("já sei como vou fazer, com a corda da garagem", _PM),
    ("já tentei uma vez e fiquei internada", _SI),
    ("me machuco de propósito quando fico assim", _SH),
    ("queimei-me com o isqueiro de novo", _SH),
    ("vou arranjar uma arma", _GM),
    ("um amigo vai me arranjar uma pistola", _GM),
    ("escrevi tudo para quando me encontrarem", _GB),
    ("se estás a ler isto, foi minha decisão", _GB),
    ("para mim já não há mais esperança", _NF),
    ("não vou durar muito", _NF),
    # Italian: conditionals, methods, texting, praying, keepsakes.
    ("mi ammazzerei subito", _SI),
    ("la farei finita se potessi", _SI),
    ("non vedo l'ora di farla finita", _SI),
    ("nn vorrei più esistere", _SI),
    ("mi ammazzo stasera", _SI),
    ("ho intenzione di buttarmi dal viadotto", _PM),
    ("mi butterò sotto la metro", _PM),
    ("voglio tagliarmi le vene", _PM),
    ("e se semplicemente non mi svegliassi più?", _DW),
    ("prego Dio di portarmi via", _DW),
    ("stasera è il giorno, ho tutto pronto", _PM),
    ("ci ho provato l'anno scorso e mi hanno trovato in tempo", _SI),
    ("mi graffio le braccia fino a sanguinare", _SH),
    ("mi sono procurata una corda", _GM),
    ("per quando mi troveranno ho lasciato un biglietto", _GB),
    ("se stai leggendo questo, perdonami per tutto", _GB),
    ("regalo le mie cose, così resta un ricordo di me", _GA),
    ("ho perso ogni speranza", _NF),
    ("al mio compleanno non ci arrivo", _NF),
    ("do solo problemi, sono un peso.", _BU),
    ("nn ce la faccio più", _TP),
]

ORDINARY = [
    # Spanish
    "me voy a matar estudiando para el examen",
    "mi madre me mataría si se entera",
    "me tiro a la piscina sin pensarlo",
    "me tiro en el sofá a ver la tele",
    "mañana es el día de la boda, ya tengo todo listo",
    "si lees esto, perdona que no te conteste antes",
    "si lees esto, perdóname por no llamarte",
    "le pido a mi novio que me lleve al cine",
    "mi hermano me consiguió una pistola de agua",
    "volví a cortarme el pelo",
    "¿y si no despierto a tiempo para el vuelo?",
    "ya no voy a despertarme temprano",
    "perdí la esperanza de que llegue el paquete",
    "me quiero morir de lo rico que estaba",
    "no veo futuro en esta relación",
    "hice testamento con el notario, como todos a mi edad",
    "me voy a la cama a matar el tiempo",
    "me voy a colgar la mochila y salgo",
    "voy a colgarme la medalla en el cuello",
    "tengo ganas de tirarme en la cama todo el finde",
    # Portuguese
    "vou me matar de tanto estudar",
    "minha mãe vai me matar",
    "vou me jogar na piscina",
    "vou me jogar de cabeça no trabalho novo",
    "queria morrer de tanta vergonha",
    "amanhã é o dia do casamento, já está tudo pronto",
    "se você estiver lendo isso, me perdoa pela demora",
    "comprei uma pistola de cola quente",
    "e se eu não acordar a tempo?",
    "não vejo futuro com ele",
    "fiz o testamento no cartório",
    "cortei-me a fazer a barba",
    # Italian
    "mi butto sul divano",
    "mi butto in piscina",
    "domani è il giorno della laurea, è tutto pronto",
    "se stai leggendo questo, perdonami per il ritardo",
    "a fine mese non ci arrivo",
    "è come sbattere la testa contro il muro",
    "mi ammazzerei dal ridere",
    "mi sono procurato una pistola ad acqua",
    "mi ammazzo di lavoro",
    "e se domani non mi svegliassi in tempo?",
    "non vedo futuro in questo lavoro",
    "ho fatto testamento dal notaio",
    "mi sono tagliata sbucciando le patate",
    "non vedo l'ora di morire dal ridere al concerto",
]


@pytest.mark.parametrize(("text", "category"), SIGNS)
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
        "mi madre me mataría si suspendo",
        "il mio amico dice che vuole buttarsi dal ponte",
        "meu primo disse que ia se matar",
    ],
)
def test_someone_elses_words_do_not_flag(text: str) -> None:
    assert not assess(text).flagged, assess(text).reasons


def test_a_past_attempt_told_later_is_concern_not_urgent() -> None:
    result = assess("ya lo intenté una vez, con dieciséis años, y me salvaron de milagro")
    assert result.flagged
    assert result.severity.value == "concern"


# rules_romance_families: one shape, three languages.
FAMILY_SIGNS = [
    ("compré cuatro cajas de calmantes en farmacias distintas", _GM),
    ("fui juntando paracetamol sin que nadie se dé cuenta", _GM),
    ("comprei três caixas de calmantes em várias farmácias", _GM),
    ("ho preso la tachipirina un po' alla volta per non dare nell'occhio", _GM),
    ("la soga está escondida en el maletero", _GM),
    ("a corda está escondida no armário", _GM),
    ("busqué qué cantidad de somníferos es letal", _GM),
    ("pesquisei a dose letal de insulina", _GM),
    ("ho cercato la dose letale di sonniferi", _GM),
    ("ya sé dónde y cuándo.", _PM),
    ("já decidi como e quando, só falta coragem", _PM),
    ("ho già deciso come e quando", _PM),
    ("quisiera cerrar los ojos y no abrirlos más", _DW),
    ("queria fechar os olhos e nunca mais os abrir", _DW),
    ("vorrei dormire e non dovermi più svegliare", _DW),
    ("en la azotea pensé en tirarme", _PM),
    ("na varanda pensei em me jogar", _PM),
    ("sul balcone ho pensato di buttarmi", _PM),
    ("he dejado apuntadas las claves del banco para mi hijo", _GB),
    ("deixei anotadas as senhas do banco para o meu filho", _GB),
    ("ho lasciato scritto il pin della banca a mia figlia", _GB),
    ("no soporto ni un día más con este dolor", _TP),
    ("não aguento mais um dia assim", _TP),
    ("non sopporto un altro giorno così", _TP),
    ("Diosito, quítame la vida", _DW),
    ("Senhor, leve a minha vida", _DW),
    ("Signore, fammi morire", _DW),
    ("quiero acabar con esto esta noche", _SI),
    ("quero acabar com isto agora", _SI),
    ("la farò finita con tutto", _SI),
    ("no consigo dejar de cortarme", _SH),
    ("tento parar de me machucar", _SH),
    ("non riesco a smettere di farmi del male", _SH),
    ("la hojilla otra vez", _SH),
    ("de novo a gilete", _SH),
    ("hace tres años bebí lejía", _SI),
    ("há dois anos bebi soda cáustica", _SI),
    ("due anni fa ho bevuto la candeggina", _SI),
    ("soy una deshonra para mi familia", _BU),
    ("ninguém vai sentir a minha falta", _BU),
    ("sono una zavorra per la mia famiglia", _BU),
    ("no veo cómo mi vida va a mejorar", _NF),
    ("não vejo como a minha vida vai melhorar", _NF),
    ("non vedo come la mia vita possa migliorare", _NF),
    ("no le veo sentido a vivir", _NF),
    ("não encontro sentido em viver", _NF),
    ("non trovo più senso a vivere", _NF),
    ("regalé la bici, donde voy no la necesito", _GA),
    ("dei o violão ao meu primo, onde vou não preciso", _GA),
    ("ho regalato la chitarra, non ne avrò più bisogno", _GA),
    ("no quiero quedarme más en este mundo", _DW),
    ("não quero ficar mais neste mundo", _DW),
    ("non voglio restare in questo mondo", _DW),
    ("solo quiero que esto acabe de una vez", _DW),
    ("queria que tudo terminasse logo", _DW),
    ("voglio che tutto finisca subito", _DW),
    ("quisiera que me atropellara un tren", _DW),
    ("me da lo mismo vivir o morir", _DW),
    ("tanto faz viver ou morrer", _DW),
    ("me ne frego di morire", _DW),
    ("estoy cansado de luchar.", _NF),
    ("cansada de lutar", _NF),
    ("sono stufo di lottare", _NF),
    ("aprendí a hacer un nudo corredizo", _GM),
    ("domani non mi sveglierò", _DW),
    ("no pasa una noche sin que piense en suicidarme", _SI),
    ("não há dia em que eu não pense em morrer", _SI),
    ("non c'è giorno in cui non pensi al suicidio", _SI),
    ("ojalá esta noche no despierte", _DW),
    ("tomara que eu morra logo", _DW),
    ("spero di morire nel sonno", _DW),
    ("si yo desapareciera todos estarían aliviados", _BU),
    ("se eu sumisse seria um alívio", _BU),
    ("se sparissi sarebbe un sollievo", _BU),
    ("las pastillas las tengo guardadas", _GM),
    ("consegui mais comprimidos do que preciso", _GM),
    ("i sonniferi li metto da parte", _GM),
    ("dejé las llaves a mi hermana por si no vuelvo", _GB),
    ("deixei tudo com a minha mãe, caso eu não volte", _GB),
    ("ho lasciato tutto a mia madre, se non dovessi tornare", _GB),
    ("elegí la azotea", _PM),
    ("tenho escolhido o viaduto", _PM),
    ("ho scelto la scogliera", _PM),
    ("lo mejor sería no haber nacido", _DW),
    ("o melhor era desaparecer", _DW),
    ("la cosa migliore sarebbe non esserci", _DW),
    ("caí en un pozo y no sé cómo salir", _TP),
    ("estou num túnel sem saída", _TP),
    ("sono in un pozzo e non so come uscire", _TP),
    ("no tengo nada que me retenga en este mundo", _NF),
    ("nada me prende a vida", _NF),
    ("nulla mi trattiene in vita", _NF),
    ("me corté las muñecas a propósito", _SH),
    ("cortei os pulsos de propósito", _SH),
    ("mi sono tagliata le braccia apposta", _SH),
    ("soy un lastre para mi familia", _BU),
    ("me voy a aventar del puente", _SI),
    ("me quiero tirar a las vías del metro", _SI),
    ("me pegaría un tiro en la cabeza", _PM),
    ("voy a tomarme el veneno de las ratas", _PM),
    ("quisiera dormir para siempre", _DW),
    ("ya no soporto vivir", _DW),
    ("tô querendo me matar", _SI),
    ("ando querendo sumir para sempre", _SI),
    ("quero bater as botas", _SI),
    ("vou tomar chumbinho", _SI),
    ("vorrei crepare", _SI),
    ("mi sparo un colpo alla tempia", _SI),
    ("meglio se morissi", _SI),
    ("stasera bevo la candeggina", _SI),
    ("al final voy a terminar suicidándome", _SI),
    ("he tenido ganas de matarme todo el día", _SI),
    ("me siento bastante suicida hoy", _SI),
    ("acabo me suicidando qualquer dia", _SI),
    ("ando meio suicida", _SI),
    ("finirò per togliermi la vita", _SI),
    ("ho tendenze suicide", _SI),
    ("esta es mi última carta.", _GB),
    ("esta é a minha última mensagem", _GB),
    ("questa è la mia ultima lettera", _GB),
    ("dejé notas para que las lean cuando no esté", _GB),
    ("deixei bilhetes para cada uma das minhas amigas", _GB),
    ("ho lasciato dei messaggi da aprire dopo", _GB),
    ("ya elegí mi entierro y lo dejé pagado", _GB),
    ("escolhi o meu funeral", _GB),
    ("ho scelto il mio funerale", _GB),
    ("por mi culpa sufren todos", _BU),
    ("me sinto um fardo", _BU),
    ("mi sento come una zavorra", _BU),
    ("me siento enjaulada", _TP),
    ("sinto-me numa jaula", _TP),
    ("mi sento ingabbiato", _TP),
]

FAMILY_ORDINARY = [
    "compré ibuprofeno en varias farmacias porque en la primera no había",
    "comprei paracetamol em várias farmácias",
    "ho comprato la tachipirina in più farmacie perché era finita",
    "escondí las pastillas para que los niños no las encuentren",
    "busqué cuál es la dosis máxima de paracetamol al día",
    "ya decidimos el día y el lugar de la boda",
    "já escolhi o dia e o lugar da festa",
    "ho scelto il giorno e il posto per la cena",
    "cerré los ojos y no los abrí hasta que terminó la película",
    "saltamos desde el muelle al mar",
    "le dejé a mi madre la contraseña del wifi",
    "ho lasciato le password della banca al commercialista",
    "no aguanto un día más sin verte",
    "essa dor de dente não passa",
    "mi hijo es un pozo sin fondo, come de todo",
    "il bilancio è un pozzo senza fondo",
    "voy a acabar con esto de una vez: mañana llamo al casero",
    "stasera la faccio finita con questa tesi",
    "quiero dejar de fumar",
    "no le encuentro sentido a seguir estudiando esta carrera",
    "non trovo senso a continuare questa dieta",
    "regalé el abrigo, ya no me hace falta con este clima",
    "no veo cómo el tráfico puede mejorar",
    "estoy harta de vivir en esta ciudad",
    "estou farta de viver nesta cidade",
    "non voglio più stare in questo mondo di squali del lavoro",
    "quiero que todo termine bien",
    "no me importa morir por mis ideales",
    "estoy cansado de luchar contra la burocracia",
    "domani non mi sveglierò presto",
    "por si no vuelvo a tiempo, la cena está en el horno",
    "ya elegí el puente para la foto de boda",
    "ho scelto il ponte più bello per la foto",
    "no tengo nada que me retenga en esta empresa",
    "não há nada que me prenda nesta cidade",
    "estoy en un agujero de deudas, pero saldré",
    "mi sono bruciata con l'olio preparando la cena",
    "me queimei com óleo fazendo o jantar",
    "o melhor era sumir da festa antes do bolo",
    "ojalá no despierte a los niños cuando llegue tarde",
    "compré tres cajas de pañales en distintas farmacias",
    "mi sono tagliata la frangia ed è venuta strana",
    "hoy crucé el puente con mi madre y tomamos un café",
    "regalé mis juegos viejos a mi primo, ya no los uso",
    "si no vuelvo a tiempo, empiecen a cenar sin mí",
    "me subí a la azotea a tender la ropa",
    "mañana es el día del examen, ya tengo todo listo",
    "vou arranjar uma pistola de água para a festa",
    "subi na laje pra estender a roupa",
    "se eu não voltar a tempo, comecem a jantar sem mim",
    "sono salita sul terrazzo a stendere i panni",
    "se non torno in tempo, iniziate a cenare senza di me",
    "me voy a tirar a la piscina",
    "me pego un tiro de risa contigo",
    "quiero dormir para siempre en esta cama jaja",
    "tô querendo morrer de rir",
    "mi sparo un film stasera",
    "vorrei crepare dal ridere",
    "meglio che muoia quella pianta",
    "voglio prendere il veleno per le formiche",
    "estoy matándome a trabajar",
    "tô me matando de trabalhar",
    "el paciente está suicida según la enfermera",
    "esta es mi despedida del equipo, ¡gracias chicos!",
    "organicé el funeral de mi padre",
    "questo è il mio ultimo messaggio prima delle vacanze",
    "ho scritto una lettera a ciascuno dei miei alunni per la fine dell'anno",
]


@pytest.mark.parametrize(("text", "category"), FAMILY_SIGNS)
def test_shared_family_is_flagged_in_each_language(text: str, category: Category) -> None:
    result = assess(text)
    assert result.flagged, text
    assert category in result.categories, (text, result.categories)


@pytest.mark.parametrize("text", FAMILY_ORDINARY)
def test_shared_family_look_alike_is_not_flagged(text: str) -> None:
    assert not assess(text).flagged, assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "mi abuela dijo que quería morirse en su casa",
        "minha avó dizia que queria morrer em paz",
        "mio nonno diceva che voleva morire nel suo letto",
    ],
)
def test_reported_words_are_someone_elses(text: str) -> None:
    result = assess(text)
    assert not result.flagged, result.reasons


def test_own_words_after_saying_them_still_count() -> None:
    assert assess("le dije a mi madre que me quiero morir").flagged
