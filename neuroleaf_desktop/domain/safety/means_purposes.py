"""A rope, a cord or a box of tablets bought for a named everyday purpose is a purchase.

"Compré una cuerda para la carpa y paracetamol para la gripe", "comprei uma corda pra barraca",
"j'ai acheté une corde pour la bâche", "eine neue Saite für die Gitarre": the thing a means rule
names is bought, and the sentence says what for, with a preposition of purpose and an ordinary
object or illness after it. That reason makes the purchase ordinary, in every language, as long
as nothing in the same sentence turns it back towards the writer's death ("para ahorcarme", "to
have enough", "all of them", "for when the time comes").

The everyday guards in ``everyday*`` hold most purposes (a hammock, a boat, a washing line);
this module adds the ones those lists lack: shelters (tent, awning, tarpaulin in the words of
each language), the strings of instruments, garden and load work, and common illnesses and
pains named in the five languages other than English, and livestock with the pens, fences
and hay of a farm, in all six.

It is also the one home of the occasions a plan is made for (a party, a move, a trip, a walk,
photos, a week's doses sorted), which ``rules_plans.drops`` reads anywhere in an entry. The
purposes both readers know, a house move and an illness, are written once and read by both:
an illness added for a purchase is known to a plan, and the reverse.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.rules import FLAGS

# ("um die Wäsche …" is German "in order to"; the object list keeps "um acht" out)
_PURPOSE_WORD = r"(?:para|pra|pro|por|per|pour|fur|fuer|furs|fuers|for|gegen|contra|contre|um)"
# --- the vocabulary of ordinary purposes --------------------------------------------------------
# A house move, in each language's words
_MOVES = r"mudanzas?|trasteos?|mudancas?|traslochi?|trasloco|demenagements?|umzug\w*"
# common illnesses and pains
_ILLNESSES = (
    r"flu|gripes?|grippe|influenza|resfria\w*|constipa\w*|catarro|raffreddore|rhumes?"
    r"|erka(?:e)?ltung|fiebre|febre|febbre|fievre|fieber"
    r"|dolor\s+de\s+(?:cabeza|muelas|espalda|garganta)"
    r"|dor\s+de\s+(?:cabeca|dente|costas|garganta)|mal\s+di\s+(?:testa|denti|schiena|gola)"
    r"|mal\s+(?:de|a|au|aux)\s+(?:la\s+)?(?:tete|dents?|dos|gorge)|(?:kopf|zahn|ru(?:e)?cken"
    r"|hals)schmerz\w*|migra(?:ine|na|nea|ne)s?|jaquecas?|colicos?|menstrua\w*"
    r"|tos|tosse|toux|husten"
)
# What a plan is made for, named anywhere in an entry: what the writer plans or hosts (not
# where the others are: "when everyone is at the wedding" is the moment chosen, not the
# referent), a move, a trip, leisure at a high place, an illness, pills returned or sorted.
_OCCASIONS = (
    r"surprise|(?:plan|planning|throw|throwing|host|hosting|organi[sz]\w*)\s+(?:a|the|her|his"
    r"|their|our|my)\s+(?:\w+\s+)?(?:party|dinner|barbecue|bbq|do)|(?:our\s+|the\s+)(?:party"
    r"|wedding)\s+(?:is|will)|our\s+(?:party|wedding)"
    r"|dinner|cena|diner|abendessen|jantar"
    r"|picnic|move|moving\s+(?:house|out|in)|(?:my|our|a|the|book\w*\s+(?:a|the|our))\s+(?:trip"
    r"|holiday|vacation)|hike|hiking|(?:a|for\s+a|our)"
    r"\s+walk|walking\s+(?:the\s+)?dog|photos?|pictures|sunset|sunrise|fishing|swim\w*"
    r"|fish|tattoo|marathon|exam|interview|appointment|return\s+(?:them|it)|disposal"
    r"|dispose|dosette|porta-?comprimidos|pastillero|pill\s*box|pilulier|portapillole"
    r"|organi[sz]er|for\s+(?:my\s+)?(?:mum|mom|nan|gran|dad)\b"
    r"|festa\s+(?:surpresa|a\s+sorpresa)|fete\s+surprise|fiesta\s+sorpresa|uberraschung\w*"
    r"|ausflug|wanderung|spaziergang|(?:mein\w*|unser\w*)\s+urlaub|fotos?|angeln"
    r"|schwimm\w*|randonnee|balade|promenade|peche|baignade|faire\s+le\s+pont"
    r"|pont\s+de\s+(?:l'?\s*ascension|mai)|(?:mon|notre)\s+voyage"
    r"|excursion|caminata|paseo|pesca|nadar|(?:mi|nuestro)\s+viaje|devolver\w*"
    r"|passeio|caminhada|pescar|(?:minha|nossa)\s+viagem"
    r"|gita|escursione|passeggiata|pescare|nuotare|(?:mio|nostro)\s+viaggio"
    r"|restituir\w*|caccia|hunting|jagd|chasse|caza|caca"
    # a week's doses sorted out ahead (whose pills they are decides nothing: a late
    # grandmother's pills kept back are the means)
    r"|(?:for|para|pour|per|fu(?:e)?r)\s+(?:the|la|a|die)\s+(?:week|semana|semaine|settimana|woche)"
    # (not a week ahead named: "para la semana que viene" is a date)
    r"(?!\s+(?:que\s+viene|que\s+vem|prochaine|prossima|after|ahead|nach\w*))"
    rf"|{_MOVES}|{_ILLNESSES}"
)
# What a means is bought for, once a preposition of purpose names it ("a corda pro baixo",
# "une corde pour la bâche"): alone, several are ordinary words of other kinds. A move and an
# illness are read here and among the occasions alike; the other occasions are not, since
# after "for" a pastime may be the cover itself ("his rifle for hunting season, and I don't
# even hunt").
_OBJECTS = (
    # shelters and covers
    r"carpas?|toldos?|lonas?|tiendas?\s+de\s+campa\w*|barracas?|tendas?|toldos?|encerados?"
    r"|tentes?|baches?|auvents?|chapiteaux?|tonnelles?|zelt\w*|vorzelt\w*|pavillon\w*"
    r"|tendon\w*|gazebo\w*|teloni?|tarp\w*|tents?|awnings?|canop\w*|plane|planen"
    # instruments, whose strings are "cuerdas", "cordas", "corde", "cordes"
    r"|charangos?|guitarr\w*|violao|violoes|violas?|cavaquinhos?|chitarr\w*|guitares?|gitarr\w*"
    r"|violin\w*|violon\w*|geigen?|ukulel\w*|ukelel\w*|mandolin\w*|bandolim|arpa|harfe|harpe"
    # (the bass as a thing, "pro baixo", "para o meu baixo": a bare "pra baixo" is "down", as
    # in feeling down)
    r"|(?:(?<=\bo\s)|(?<=\bpro\s)|(?<=\bmeu\s)|(?<=\bum\s))baixo|basse|bassgitarre|cellos?|violoncel\w*"
    # an outing in the open that a rope or a knife is packed for, as English "for the hike"
    # ("para la excursión al Irati", "per la gita sul Gran Sasso", "pour la rando")
    r"|excursion(?:es)?|acampadas?|campamentos?|senderismo|escalada|gitas?|gite|escursion[ei]"
    r"|campeggio|arrampicata|trekking|randonnees?|rando|bivouacs?|camping|escalade|ausflug\w*"
    r"|wanderung\w*|klettern|klettertour\w*|trilhas?|acampamentos?|acampar|acampada"
    # (an outing by its plainest name: "para el paseo a Tayrona", "pro passeio", "pour la balade")
    r"|paseos?|passeios?|passeggiat[ae]|balades?"
    # loads, gardens, animals
    r"|remolques?|reboques?"
    r"|rimorchi\w*|remorques?|anha(?:e)?nger\w*|camionetas?|furgon\w*|carro\s+de\s+mao"
    r"|huertos?|hortas?|orto|potager|tomat\w*|enredaderas?|trepadeiras?|rampicant\w*|bohnen"
    # firewood and its cutting, German in one compound ("für den Brennholzschlag", "für die
    # Holzarbeit", "for the firewood", "para el corte de leña", "per il taglio della legna")
    r"|brennholz\w+|holz(?:arbeit|schlag|fa(?:e)?ll|mach|hack|einschlag)\w*|firewood|woodpile"
    r"|woodcutting|logging|corte\s+de\s+(?:lena|lenha)|taglio\s+del(?:la)?\s+(?:legna|bosco)"
    r"|coupe\s+(?:du|de)\s+bois"
    r"|lena|lenha|legna|bois|brennholz|caballos?|cavalos?|cavall\w*|chevaux|cheval|pferd\w*"
    r"|cabras?|capre|chevres?|ziegen?|vacas?|mucche|vaches|kuhe|kuehe|perros?|cachorros?|cani"
    r"|chiens?|hunde?|gatos?|gatti|chats?|katzen?"
    # livestock and the farm work around them: a pen, a fence, hay to tie ("rope for the sheep
    # pen", "cuerda para el corral", "corde pour l'enclos des moutons")
    r"|sheep|lambs?|ewes?|cattle|cows?|calf|calves|goats?|horses?|pon(?:y|ies)|pigs?|hens?"
    r"|chickens?|livestock|pens?|fenc\w*|paddocks?|hay|bales?|ovejas?|corderos?|cerdos?"
    r"|gallinas?|corral\w*|cercados?|vallas?|ovelhas?|porcos?|galinhas?|currais|curral|cercas?"
    r"|pecore|agnell\w*|maial\w*|galline|recinti?|recinzion\w*|moutons?|brebis|cochons?"
    r"|poules?|enclos|clotures?|schafe?|schweine?|hu(?:e)?hner\w*|gehege|pferch|zaun\w*|heu"
    r"|saltar|pular|saltare|sauter|springen|comba|corda\s+de\s+pular|springseil"
    # a bicycle or a motorbike, a boat, a kayak: a lock, a strap, a tow rope for it ("uma corda e
    # um cadeado para a bicicleta", "a rope for the kayak", "un antivol pour le vélo")
    r"|bicicletas?|bicis?|bikes?|bicycles?|velos?|fahrra(?:e)?d\w*|motos?|motorbikes?|scooters?"
    r"|barcos?|boats?|bateaux?|barche?|boot(?:e)?|kayaks?|canoas?|canoes?|canoe|kanus?|jet-?skis?"
    # land and garden work: ground cleared, brush cut, a hedge trimmed ("para limpiar el terreno
    # del abuelo", "to clear the plot", "pour débroussailler le terrain")
    r"|terrenos?|parcelas?|maleza|matorral\w*|jardin\w*|jardim|quintal|terrain"
    r"|broussailles?|haies?|giardin\w*|terren[oi]|sterpaglie|siepi?|garten|grundstu(?:e)?ck\w*"
    r"|hecken?|gestru(?:e)?pp|yard|garden|hedges?|brush|undergrowth|allotment"
    # a net (a hammock in Brazil, "pra rede"), a fishing or a goal net
    r"|redes?|filets?|rete|netz|(?:set|gill|drift|fishing\s+)?nets?"
    r"|persianas?|cortinas?|tende|rideaux?|vorha(?:e)?ng\w*|cuadros?|quadros?|bilder"
    # a period, a tooth, the dentist: named for what the tablets are for, not an errand alone
    r"|regla|muela\s+del\s+juicio|dentista|dentist\w*|zahnarzt\w*"
    # the laundry, hung or dried with the verb before it ("para colgar la ropa", "per
    # stendere i panni", "um die Wäsche aufzuhängen")
    r"|(?:(?:colgar|tender|secar|pendurar|estender|secar|appendere|stendere|asciugare|etendre"
    r"|secher|pendre)\s+)?(?:la\s+|a\s+|as\s+|i\s+|il\s+|le\s+)?(?:ropa|roupas?|panni"
    r"|bucato|biancheria|linge|wa(?:e)?sche|toallas|toalhas|asciugamani|serviettes)"
    rf"|{_MOVES}|{_ILLNESSES}"
)
#: An ordinary occasion named anywhere: what a plan, a day or a place is for.
ORDINARY_OCCASION = re.compile(rf"\b(?:{_OCCASIONS})\b", FLAGS)
_ARTICLE = (
    r"(?:el|la|los|las|lo|a|o|as|os|il|lo|le|gli|i|les|l'|die|der|das|den|dem|the|my|mi|mis|meu"
    r"|minha|mia|mio|mon|ma|mes|mein\w*|un|una|um|uma|une|ein\w*)"
)
# (a verb of the work may stand between the purpose word and the thing: "cuerda y clavos para
# arreglar el corral", "to fix the fence", "pour réparer la clôture")
_PURPOSE = re.compile(
    rf"\b{_PURPOSE_WORD}\s+(?:{_ARTICLE}\s*)?(?:[\w']+\s+)?(?:{_ARTICLE}\s+)?(?:{_OBJECTS})\b",
    FLAGS,
)
# what turns the purchase back towards the writer: a reflexive act of dying, a lethal amount,
# all of it, hoarding, a moment waited for
_TOWARDS_DEATH = re.compile(
    r"\b(?:ahorc\w*|colgarme|colgar\s+me|enforc\w*|pendurar-me|me\s+pendurar|impiccar\w*"
    r"|pendre|me\s+pendre|aufh(?:a|ae)ng\w*|erha(?:e)?ng\w*|matar(?:me|-me)|me\s+matar"
    r"|uccider\w*mi|ammazzar\w*mi|me\s+tuer|umbring\w*|morir\w*|morrer|mourir|morire|sterben"
    r"|acabar|acabo|finir|finirla|farla\s+finita|schluss|letal\w*|mortal\w*|lethal|todas?|todos"
    r"|tutte|tutti|toutes|tous|alle|suficiente\w*|bastante\w*|abbastanza|assez|genug|junt\w*"
    r"|guard\w*\s+(?:\w+\s+)?(?:todas|todos)|acumul\w*|ammass\w*|accumul\w*|sammel\w*|horten"
    r"|escond\w*|nascost\w*|cach\w*\s+(?:sous|dans)|versteck\w*|cuando\s+llegue|quando\s+chegar"
    r"|le\s+moment\s+venu|quando\s+sara\s+il\s+momento|wenn\s+es\s+so\s+weit"
    # English: an end, the writer's own, enough of it, a moment waited for
    r"|end\s+(?:it|it\s+all|my\s+life|things|everything)|hang\w*|kill\w*|myself|die|dying"
    r"|enough|for\s+when)\b",
    FLAGS,
)
# A second purpose on the same purchase that names the end: the connective of a purpose ("so
# I can", "to", "and that way", "damit", "y así", "pour", "e assim", "così"), then ending it,
# dying or not waking, with nothing of its own after it ("so I can end it", not "so I can end
# the trip early"; "pour en finir", not "pour en finir avec le carrelage"). An ordinary purpose
# named first ("for the tent") does not clear what the purchase is said to be for after it.
_SO_I_CAN = {
    "en": r"(?:so(?:\s+that)?|to|in\s+order\s+to|and\s+(?:then|that\s+way))\s+(?:i\s+)?"
    r"(?:(?:can|could|will|would|may|might|'ll|'d)\s+)?(?:(?:finally|just|at\s+last)\s+)?",
    "es": r"(?:y\s+asi|asi|para(?:\s+que)?|pa'?(?:\s+que)?)\s+(?:(?:yo\s+)?(?:pueda|poder)\s+)?"
    r"(?:(?:por\s+fin|de\s+una\s+vez)\s+)?",
    "pt": r"(?:e\s+assim|assim|para(?:\s+que)?|pra(?:\s+que)?)\s+(?:(?:eu\s+)?(?:possa|poder)\s+)?"
    r"(?:(?:finalmente|de\s+vez)\s+)?",
    "de": r"(?:damit|sodass|so\s+dass|um|und\s+(?:dann|so))\s+(?:ich\s+)?"
    r"(?:(?:endlich|einfach|dann)\s+)?",
    "fr": r"(?:pour(?:\s+que)?|afin\s+(?:de|que)|et\s+(?:ainsi|comme\s+ca)|comme\s+ca)\s+"
    r"(?:(?:je\s+)?(?:puisse|pouvoir)\s+)?(?:(?:enfin|une\s+bonne\s+fois)\s+)?",
    "it": r"(?:per|cosi|e\s+cosi|in\s+modo\s+da|perche|affinche)\s+"
    r"(?:(?:io\s+)?(?:possa|poter)\s+)?"
    r"(?:(?:finalmente|una\s+volta\s+per\s+tutte)\s+)?",
}
_THE_END = {
    "en": r"(?:end\s+(?:it(?:\s+all)?|everything|my\s+life|things|this)"
    r"(?!\s+(?:early|earlier|with|on|at|by|before|after|properly|there|here|off|for\s+the))"
    r"|die|kill\s+myself|hang\s+myself|never\s+wake\s+up|not\s+wake\s+up|stop\s+(?:breathing"
    r"|existing|living))",
    "es": r"(?:acabar\s+con\s+(?:todo|esto|mi\s+vida|la\s+vida)|terminar\s+con\s+(?:todo|mi\s+vida)"
    r"|acabe\s+todo|matarme|morir(?:me)?|quitarme\s+la\s+vida|no\s+despertar(?:me)?|colgarme"
    r"|ahorcarme)",
    "pt": r"(?:acabar\s+com\s+(?:tudo|isso|a\s+minha\s+vida|minha\s+vida)|me\s+matar|matar-me"
    r"|morrer|nao\s+acordar|tirar\s+a\s+(?:minha\s+)?vida|me\s+enforcar|enforcar-me)",
    "de": r"(?:schluss\s+(?:zu\s+)?mach\w*|alles\s+(?:zu\s+)?beend\w*|mein\s+leben\s+(?:zu\s+)?"
    r"beend\w*|mich\s+(?:umzubringen|umbring\w*|aufzuha(?:e)?ngen|aufha(?:e)?ng\w*)|(?:zu\s+)?"
    r"sterben|nicht\s+mehr\s+(?:aufzuwachen|aufwach\w*))",
    "fr": r"(?:en\s+finir(?!\s+avec\s+(?!(?:la\s+vie|tout|moi)\b))|mourir|me\s+tuer|me\s+pendre"
    r"|ne\s+(?:plus|pas)\s+me\s+reveiller|tout\s+arreter|mettre\s+fin\s+a\s+(?:mes\s+jours"
    r"|ma\s+vie|tout))",
    "it": r"(?:farla\s+finita|la\s+faccio\s+finita|finirla|morire|uccidermi|ammazzarmi"
    r"|impiccarmi|non\s+svegliarmi\s+piu|togliermi\s+la\s+vita|porre\s+fine\s+a\s+tutto)",
}
_ENDING_PURPOSE = re.compile(
    "|".join(rf"\b{_SO_I_CAN[lang]}{_THE_END[lang]}\b" for lang in _SO_I_CAN),
    FLAGS,
)


def names_an_end(sentence: str) -> bool:
    """Does a purpose clause in ``sentence`` say the purchase is for ending, dying or not waking?"""
    return _ENDING_PURPOSE.search(sentence) is not None


# the purpose told to someone ("ho detto che era per l'orto", "gesagt, es ist für den
# Anhänger"): a cover story is the writer's account of a lie, not the reason
_TOLD_THEM = re.compile(
    r"\b(?:dije|dijo|le\s+dije|conte|disse|falei|contei|detto|raccontato|dit|raconte|gesagt"
    r"|sagte|erza(?:e)?hlt|told|said|saying|telling|disant|diciendo|dizendo|dicendo|sagend)\b"
    r"[^.!?\n]{0,30}$",
    FLAGS,
)
# The purpose told as the state of the ground, in a clause of its own: "o mato tomou conta do
# quintal", "the weeds have taken over the yard", "le erbacce hanno invaso l'orto", "das Unkraut
# hat den Garten überwuchert". Growth, its taking over and the ground must all be named.
_GROWTH = (
    r"\b(?:mato|capim|ervas?\s+daninhas|maleza|matorral\w*|hierbajos|malas\s+hierbas|weeds"
    r"|brambles|undergrowth|erbacce|rovi|sterpaglie|ronces|broussailles|mauvaises\s+herbes"
    r"|unkraut|gestru(?:e)?pp|brombeer\w*)\b"
)
_TAKEN_OVER = (
    r"\b(?:tom(?:ou|aram|a|am)\s+conta|invad\w*|invas[oaie]|envahi\w*|overgrown|(?:taken|took|taking)\s+over"
    r"|overr?an|overrun|se\s+(?:ha\s+)?com(?:ido|io)|wuchert|u(?:e)?berwuchert|zugewachsen)\b"
)
_GROUND = (
    r"\b(?:quintal|jardim|horta|terreno|patio|huerto|jardin|yard|garden|plot|allotment|giardino"
    r"|orto|garten|grundstu(?:e)?ck|potager)\b"
)
_OVERGROWN = re.compile(
    rf"{_GROWTH}[^.!?\n]{{0,40}}{_TAKEN_OVER}|{_TAKEN_OVER}[^.!?\n]{{0,40}}{_GROWTH}", FLAGS
)
_GROUND_NAMED = re.compile(_GROUND, FLAGS)
# a purpose denied is none: "es ist nicht für die Wäsche", "no es para la ropa"
_NOT_FOR = re.compile(r"\b(?:nicht|no|nao|non|pas|not|isn'?t)\s+(?:\w+\s+)?$", FLAGS)
_CATEGORIES = frozenset({Category.GETTING_MEANS})


def purpose_clears(category: Category, sentence: str) -> bool:
    """Is this means bought for a named everyday purpose, with nothing turning it to death?"""
    if category not in _CATEGORIES or _TOWARDS_DEATH.search(sentence) is not None:
        return False
    if names_an_end(sentence):
        return False
    if _OVERGROWN.search(sentence) and _GROUND_NAMED.search(sentence):
        return True
    return any(
        _TOLD_THEM.search(sentence, 0, m.start()) is None
        and _NOT_FOR.search(sentence, max(0, m.start() - 20), m.start()) is None
        for m in _PURPOSE.finditer(sentence)
    )
