"""The indirect warning-sign families (``rules_core_indirect``, ``rules_core_indirect_more``,
``rules_core_indirect_means``): each sign told by what surrounds an ordinary act, in all six
languages, and the everyday near-misses each family's guard must leave alone.

The sentences are written for these tests and are not taken from any labelled set. Every
positive goes through the whole phrase detector, so a family that stopped matching, or an
everyday guard elsewhere that started clearing it, fails here.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess_phrases
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.rules_core_concepts import RULES as CONCEPT_RULES
from neuroleaf_desktop.domain.safety.rules_core_indirect import RULES as INDIRECT
from neuroleaf_desktop.domain.safety.rules_core_indirect_means import RULES as MEANS
from neuroleaf_desktop.domain.safety.rules_core_indirect_more import RULES as MORE

_OURS = {r.name for r in INDIRECT + MORE + MEANS}

# (language, category the sign belongs to, sentence)
POSITIVES: list[tuple[str, Category, str]] = [
    (
        "en",
        Category.PLAN_OR_METHOD,
        "Thursday at dawn, the railway viaduct past the mill. Made up my mind on the bus.",
    ),
    (
        "de",
        Category.PLAN_OR_METHOD,
        "Mittwoch nachts, die Talbrücke an der A7. Ich habe es beschlossen.",
    ),
    (
        "fr",
        Category.PLAN_OR_METHOD,
        "Mardi de nuit, la falaise d'Étretat. C'est décidé, je n'en parle à personne.",
    ),
    (
        "es",
        Category.PLAN_OR_METHOD,
        "El jueves de noche, el viaducto de la autovía. Ya lo tengo decidido.",
    ),
    (
        "pt",
        Category.PLAN_OR_METHOD,
        "Quinta de madrugada, o viaduto da marginal. Já decidi, não volto atrás.",
    ),
    ("it", Category.PLAN_OR_METHOD, "Giovedì di notte, il viadotto della tangenziale. Ho deciso."),
    (
        "en",
        Category.PLAN_OR_METHOD,
        "It'll be the 9th. My wife is at her sister's in Cork until Tuesday.",
    ),
    (
        "fr",
        Category.PLAN_OR_METHOD,
        "Ce sera le 9. Claire est chez sa mère à Nantes jusqu'au mardi.",
    ),
    ("es", Category.PLAN_OR_METHOD, "Será el 9. Marta está con su madre en Soria hasta el martes."),
    ("pt", Category.PLAN_OR_METHOD, "Vai ser dia 9. O Rui vai estar com a mãe no Porto até terça."),
    ("it", Category.PLAN_OR_METHOD, "Sarà il 9. Giulia è da sua madre a Lecce fino a martedì."),
    (
        "de",
        Category.PLAN_OR_METHOD,
        "Der 9. ist es. Da ist Petra zur Reha und niemand schaut nach mir.",
    ),
    (
        "en",
        Category.PLAN_OR_METHOD,
        "Booked a B&B in Whitby for the 17th, just me. Not for a getaway.",
    ),
    (
        "de",
        Category.PLAN_OR_METHOD,
        "Ein Zimmer in Cuxhaven für den 17. gebucht, nur für mich. Nicht zum Urlaubmachen.",
    ),
    (
        "fr",
        Category.PLAN_OR_METHOD,
        "J'ai réservé une chambre à Cancale pour le 17, seule. Pas pour des vacances.",
    ),
    (
        "es",
        Category.PLAN_OR_METHOD,
        "He reservado una habitación en Cádiz para el 17, solo yo. No es para vacaciones.",
    ),
    (
        "pt",
        Category.PLAN_OR_METHOD,
        "Reservei um quarto em Peniche para dia 17, só eu. Não é para férias.",
    ),
    (
        "it",
        Category.PLAN_OR_METHOD,
        "Ho prenotato una camera a Rimini per il 17, da sola. Non è una vacanza.",
    ),
    (
        "en",
        Category.GIVING_AWAY,
        "I handed my record collection over to Tom this morning. I won't be needing any of it.",
    ),
    (
        "de",
        Category.GIVING_AWAY,
        "Hab meiner Nichte mein Klavier geschenkt. Ich brauch eh nichts mehr.",
    ),
    (
        "fr",
        Category.GIVING_AWAY,
        "J'ai donné ma collection de timbres à mon neveu. Je n'en aurai plus besoin.",
    ),
    (
        "es",
        Category.GIVING_AWAY,
        "Le di mi cámara y mis discos a mi vecino. Ya no voy a necesitar nada.",
    ),
    (
        "pt",
        Category.GIVING_AWAY,
        "Dei a minha bicicleta e os meus discos ao meu afilhado. Não vou precisar mais.",
    ),
    ("it", Category.GIVING_AWAY, "Ho regalato la mia chitarra a mia nipote. Non mi servirà più."),
    (
        "en",
        Category.GIVING_AWAY,
        "Gave my fishing rods to my neighbour. He asked if I was taking up golf. I said "
        "something like that.",
    ),
    (
        "fr",
        Category.GIVING_AWAY,
        "J'ai offert mes outils à mon filleul. Il croit que j'arrête le bricolage. Je ne le "
        "détrompe pas.",
    ),
    (
        "es",
        Category.GIVING_AWAY,
        "Le regalé mi moto a mi cuñado. Me preguntó si me iba a vivir fuera. Le dije que algo así.",
    ),
    (
        "pt",
        Category.GIVING_AWAY,
        "Passei a minha guitarra para o meu sobrinho. Ele perguntou se eu ia parar de tocar. "
        "Falei que mais ou menos isso.",
    ),
    ("it", Category.GIVING_AWAY, "Ho dato la mia bici a mio cugino. Non gli ho detto il resto."),
    (
        "de",
        Category.GIVING_AWAY,
        "Hab meinem Neffen die Werkzeugkiste gegeben. Er glaubt, ich hör mit dem Basteln auf.",
    ),
    (
        "en",
        Category.GIVING_AWAY,
        "Put a tag with a name pinned to each painting in the hall. They'll know what to do when "
        "the time comes.",
    ),
    (
        "es",
        Category.GIVING_AWAY,
        "Cada joya tiene una etiqueta con un nombre. Así no habrá líos cuando llegue el momento.",
    ),
    (
        "en",
        Category.GOODBYES,
        "Walked the harbour wall and said goodbye to it like to a friend I won't see again.",
    ),
    (
        "de",
        Category.GOODBYES,
        "Hab mich vom Hafen verabschiedet, wie von einem Freund, den man nie wiedersieht.",
    ),
    (
        "fr",
        Category.GOODBYES,
        "J'ai dit au revoir au jardin comme à quelqu'un qu'on ne reverra plus.",
    ),
    (
        "es",
        Category.GOODBYES,
        "Me despedí del barrio y de la panadería, como quien se va para siempre.",
    ),
    ("pt", Category.GOODBYES, "Fui me despedir da serra e do rio, como quem não volta mais."),
    ("it", Category.GOODBYES, "Sono andata a salutare il lago, come quando si parte per sempre."),
    (
        "en",
        Category.GOODBYES,
        "The email to my team is scheduled for Tuesday morning. I won't be around to read the "
        "replies.",
    ),
    (
        "fr",
        Category.GOODBYES,
        "Un mail programmé pour mardi à toute la chorale : merci pour ces années. Je ne serai "
        "plus là.",
    ),
    (
        "es",
        Category.GOODBYES,
        "Un correo programado para el martes a mis amigos: gracias por todo. Ya no estaré.",
    ),
    (
        "pt",
        Category.GOODBYES,
        "Deixei um e-mail agendado para terça para os amigos: obrigado por tudo. Eu já não vou "
        "estar.",
    ),
    (
        "en",
        Category.GOODBYES,
        "Recorded a message for my son on the old camera. He needs to know it's not his fault.",
    ),
    ("es", Category.GOODBYES, "Grabé un video para mi hija. Quiero que sepa que no es su culpa."),
    (
        "pt",
        Category.GOODBYES,
        "In case someone reads this afterwards: the bank details are in the red folder.",
    ),
    (
        "es",
        Category.GOODBYES,
        "Por si alguien lee esto después: la llave del trastero está debajo del felpudo.",
    ),
    (
        "it",
        Category.GOODBYES,
        "Per chiunque legga questo dopo: il libretto della banca è nel cassetto.",
    ),
    (
        "en",
        Category.NO_FUTURE,
        "My cousin keeps talking about next spring's trip. I won't see next spring.",
    ),
    (
        "de",
        Category.NO_FUTURE,
        "Alle planen schon den nächsten Sommer. Ab August gibt es mich eh nicht mehr.",
    ),
    (
        "fr",
        Category.NO_FUTURE,
        "On m'inscrit déjà pour l'année prochaine. Il n'y aura pas de septembre pour moi.",
    ),
    (
        "es",
        Category.NO_FUTURE,
        "Mi hermana ya habla de la fiesta del año que viene. No voy a llegar a esa fecha.",
    ),
    ("pt", Category.NO_FUTURE, "Todo mundo falando do carnaval do ano que vem. Não vou chegar lá."),
    (
        "it",
        Category.NO_FUTURE,
        "Mio fratello prepara la festa per l'estate prossima. Io non ci arrivo.",
    ),
    (
        "en",
        Category.NO_FUTURE,
        "Cancelled the pension top-ups at work. I won't be needing a pension.",
    ),
    ("es", Category.NO_FUTURE, "Cancelé los aportes. No voy a necesitar jubilación."),
    ("it", Category.NO_FUTURE, "Ho chiuso il fondo. Una pensione non mi servirà."),
    ("en", Category.NO_FUTURE, "Honestly the future is a wall, a plain grey one."),
    ("fr", Category.NO_FUTURE, "L'avenir, c'est un mur, et il est déjà là."),
    ("de", Category.NO_FUTURE, "Die Zukunft ist eine Mauer, nichts dahinter."),
    (
        "en",
        Category.GETTING_MEANS,
        "Brought Dad's shotgun down from the loft this afternoon. Nobody knows it's in my "
        "wardrobe.",
    ),
    (
        "de",
        Category.GETTING_MEANS,
        "Das Luftgewehr von meinem Onkel aus dem Keller geholt. Liegt jetzt in meinem Zimmer, "
        "niemand weiß davon.",
    ),
    (
        "fr",
        Category.GETTING_MEANS,
        "J'ai pris le revolver de mon oncle dans la remise. Personne ne sait qu'il est dans mon "
        "sac.",
    ),
    (
        "es",
        Category.GETTING_MEANS,
        "Cogí la pistola de mi tío del garaje. Nadie sabe que la tengo.",
    ),
    (
        "pt",
        Category.GETTING_MEANS,
        "Peguei a espingarda do meu avô no sótão. Ninguém sabe que está comigo.",
    ),
    (
        "it",
        Category.GETTING_MEANS,
        "Ho preso la pistola di mio zio dalla cantina. Nessuno sa che ce l'ho.",
    ),
    (
        "en",
        Category.GETTING_MEANS,
        "Gran's tablets from the hospice: I never took them back. Kept the lot.",
    ),
    (
        "fr",
        Category.GETTING_MEANS,
        "Les comprimés de ma tante, je ne les ai pas rapportés. Je les ai gardés.",
    ),
    (
        "es",
        Category.GETTING_MEANS,
        "Las pastillas de mi abuela no las devolví. Las guardé en un cajón.",
    ),
    ("pt", Category.GETTING_MEANS, "Os comprimidos da minha avó não os devolvi. Guardei tudo."),
    (
        "it",
        Category.GETTING_MEANS,
        "Le pastiglie del nonno non le ho riportate in farmacia. Le tengo io.",
    ),
    ("en", Category.GETTING_MEANS, "Ordered something off the internet I won't name. Due Tuesday."),
    (
        "en",
        Category.GETTING_MEANS,
        "Been putting the sleeping pills in a sock in my drawer. Nobody checks there.",
    ),
    (
        "es",
        Category.GETTING_MEANS,
        "Tengo la cuerda en la caja de herramientas del coche. Nadie abre esa caja.",
    ),
    (
        "pt",
        Category.GETTING_MEANS,
        "Os remédios estão guardados numa caixa de sapatos. Ninguém mexe lá.",
    ),
    (
        "it",
        Category.GETTING_MEANS,
        "Le pillole sono nella tasca della giacca vecchia. Nessuno apre quell'armadio.",
    ),
    (
        "de",
        Category.GETTING_MEANS,
        "Die Tabletten liegen im alten Rucksack. Niemand schaut da rein.",
    ),
    (
        "fr",
        Category.GETTING_MEANS,
        "Les cachets sont cachés dans ma boîte à chaussures, au fond du placard.",
    ),
    (
        "en",
        Category.GOODBYES,
        "I left a letter on her pillow. She's back from her sister's on Friday.",
    ),
    (
        "de",
        Category.GOODBYES,
        "Ich habe einen Brief aufs Bett gelegt. Sie kommt erst Freitag von der Messe zurück.",
    ),
    (
        "fr",
        Category.GOODBYES,
        "J'ai laissé une lettre sur l'oreiller. Elle revient de Brest vendredi.",
    ),
    (
        "es",
        Category.GOODBYES,
        "Dejé una carta encima de su almohada. Vuelve de Sevilla el viernes.",
    ),
    (
        "pt",
        Category.GOODBYES,
        "Deixei uma carta em cima da almofada. Ela volta do congresso na sexta.",
    ),
    ("it", Category.GOODBYES, "Ho lasciato una lettera sul cuscino. Torna da Torino venerdì."),
    (
        "en",
        Category.GOODBYES,
        "Called everyone in the family this week, one by one, to say thanks. Nobody suspected a "
        "thing.",
    ),
    (
        "de",
        Category.GOODBYES,
        "Diese Woche alle angerufen und mich bedankt. Niemand hat was gemerkt.",
    ),
    (
        "es",
        Category.GOODBYES,
        "Esta semana llamé a todos para darles las gracias. Nadie se dio cuenta.",
    ),
    ("pt", Category.GOODBYES, "Liguei para todos os primos a agradecer. Ninguém percebeu."),
    ("it", Category.GOODBYES, "Sono passata a salutare tutti i vicini. Nessuno ha capito."),
    (
        "fr",
        Category.GOODBYES,
        "J'ai appelé tout le monde pour dire merci. Personne n'a rien remarqué.",
    ),
    (
        "en",
        Category.NO_FUTURE,
        "No point fixing my teeth, that's money spent on someone who won't be around.",
    ),
    (
        "fr",
        Category.NO_FUTURE,
        "Pourquoi renouveler l'abonnement pour quelqu'un qui ne sera plus là.",
    ),
    ("es", Category.NO_FUTURE, "Para qué renovar el carnet, es para alguien que ya no va a estar."),
    ("it", Category.NO_FUTURE, "Inutile rinnovare la tessera per uno che non ci sarà più."),
    ("en", Category.PLAN_OR_METHOD, "Marked the 6th in the back of my diary. That's when."),
]

# (language, an everyday sentence a family's guard must leave unflagged)
NEAR_MISSES: list[tuple[str, str]] = [
    # a concert or a party at the place, a thing handed on after an exam, a note about a
    # breakage, a date not reached for work or money
    ("en", "Sunday evening, the pier, there's a jazz gig on. Decided, I'm going."),
    ("it", "Deciso: domenica sera, al ponte c'è la festa del paese."),
    ("en", "Passed my lab coat on to a first-year, won't be needing it after this term."),
    ("en", "Left a note for my flatmate saying it's not his fault the glass got smashed."),
    ("en", "Won't make it to the reunion in June, working nights till July."),
    (
        "en",
        "Thursday at dawn we're hiking to the viaduct with the kids for photos. Decided last "
        "night.",
    ),
    ("de", "Mittwoch machen wir einen Ausflug zur Talbrücke mit der Familie. Beschlossen!"),
    ("es", "El jueves vamos de excursión al puente romano con los niños. Ya está decidido."),
    ("it", "Giovedì andiamo in gita al ponte con i bambini. Ho deciso."),
    (
        "en",
        "It'll be the 9th. Sam is at his mum's until Tuesday, so the surprise party is easy to "
        "hide.",
    ),
    ("fr", "Ce sera le 9. Claire est chez sa mère jusqu'au mardi, pour l'anniversaire de mamie."),
    (
        "es",
        "Será el 9. Marta está con su madre hasta el martes, así preparamos la fiesta sorpresa.",
    ),
    ("en", "Booked a hotel room for one night, not for a holiday but for my cousin's wedding."),
    ("en", "Gave my old laptop to my nephew because I bought a new one, I won't be needing two."),
    (
        "de",
        "Hab meinem Bruder mein altes Rad geschenkt, weil ich ein neues gekauft hab. Ich brauch "
        "das alte nicht mehr.",
    ),
    ("en", "Sold the sofa and the wardrobe, the new flat comes furnished."),
    (
        "en",
        "Said goodbye to my colleagues today, like someone you won't see again, because I'm "
        "moving to Canada for the new job.",
    ),
    ("es", "Me despedí de todos en la oficina como quien se va para siempre: me mudo a Chile."),
    (
        "fr",
        "Je suis allée dire au revoir à mes collègues avant les vacances. À lundi en trois "
        "semaines!",
    ),
    (
        "en",
        "Wrote my farewell speech for the retirement party, thanking everyone for thirty years.",
    ),
    ("en", "Left a note on the fridge for my flatmate about the bins and the rent."),
    (
        "en",
        "Next summer my sister marries in Crete and I won't see it because of the work conference.",
    ),
    ("es", "El año que viene hay boda y no voy a llegar a tiempo por el trabajo."),
    ("en", "Can't even picture next month without my deadlines piling up."),
    (
        "en",
        "Took the shotgun out of the cabinet to clean it before the hunting season. Nobody knows "
        "how dirty it was.",
    ),
    (
        "es",
        "Saqué la escopeta del armario para la temporada de caza. Nadie sabe limpiarla como mi "
        "padre.",
    ),
    ("en", "Picked up Mum's prescription at the pharmacy on the way home."),
    ("fr", "J'ai rapporté les médicaments périmés à la pharmacie."),
    (
        "en",
        "Ordered something online for Mum's birthday, I won't name it here in case she reads this.",
    ),
    (
        "en",
        "I know where the key to the medicine cabinet is; the nurse showed me on my first shift.",
    ),
    ("en", "Bought a new kitchen knife for the roast; nobody knows how blunt the old one was."),
    ("en", "Keeping the rope in the camping box, nobody opens it till summer."),
    ("en", "Left an envelope with the rent money on the table. He's away till Thursday."),
    ("de", "Einen Brief mit der Einkaufsliste hingelegt. Er kommt erst Freitag zurück."),
    ("es", "Dejé una carta de cumpleaños en la mesa. Vuelve de Sevilla el viernes."),
    ("en", "Called everyone about the surprise party for Mum. Nobody suspected a thing."),
    ("es", "Llamé a todos para la fiesta sorpresa de mi padre. Nadie se dio cuenta."),
    ("en", "Marked the 6th on the calendar for the dentist appointment. That's when."),
    (
        "en",
        "The spare ticket is for someone who won't be there until the second half, Sam is always "
        "late.",
    ),
]


@pytest.mark.parametrize(("lang", "category", "text"), POSITIVES)
def test_indirect_sign_is_flagged(lang: str, category: Category, text: str) -> None:
    result = assess_phrases(text)
    assert result.flagged, f"{lang}: {text}"
    assert category in result.categories, (lang, text, result.categories)


@pytest.mark.parametrize(("lang", "text"), NEAR_MISSES)
def test_everyday_near_miss_is_not_flagged(lang: str, text: str) -> None:
    result = assess_phrases(text)
    assert not result.flagged, (lang, text, [s.rule for s in result.matched_spans])


def test_a_family_of_ours_matches_each_positive() -> None:
    """The positives are flagged by these families, not only by older rules around them."""
    ours = 0
    for _, _, text in POSITIVES:
        result = assess_phrases(text)
        ours += any(s.rule in _OURS for s in result.matched_spans)
    assert ours >= len(POSITIVES) * 3 // 4


def test_every_family_covers_all_six_languages() -> None:
    families: dict[str, set[str]] = {}
    for r in INDIRECT + MORE + MEANS:
        families.setdefault(r.name.split("_", 1)[1], set()).add(r.lang)
    assert families
    for name, langs in families.items():
        assert langs == {"en", "de", "fr", "es", "pt", "it"}, name


def test_families_are_registered_and_gated() -> None:
    names = {r.name for r in CONCEPT_RULES}
    assert names >= _OURS
    assert all(r.gate for r in INDIRECT + MORE + MEANS)


@pytest.mark.parametrize(
    "text",
    [
        "I would never give my guitar away, I won't be needing a new one though.",
        "Gave my old phone to my niece because I bought a new one; I won't be needing two.",
        "My dad gave his tools to the neighbour; he says he won't need them.",
    ],
)
def test_a_gift_with_a_reason_or_by_someone_else_is_not_a_sign(text: str) -> None:
    result = assess_phrases(text)
    assert not any(s.rule in _OURS for s in result.matched_spans), text
