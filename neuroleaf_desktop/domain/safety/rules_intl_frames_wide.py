"""Further signs in German, French, Spanish, Portuguese and Italian read as grammar frames: the
parts any wording of the sign needs, each with the verbs, tenses and regional forms people use.

* **a pain that crushes, and no bearing it**: a pain, a sadness or a weight that crushes,
  grinds or drowns the writer ("me esmaga", "mi schiaccia", "me broie", "erdrückt mich") and
  "I can't bear it / hold on any more" in the same sentence ("não aguento nem mais um dia",
  "non lo reggo più", "je ne tiens plus");
* **shut in, and no way out or nobody hearing**: the writer likened to someone shut in, buried
  or at the bottom of a pit ("als wär ich … gefangen", "es como estar en el fondo de un pozo",
  "je suis enfermé dans ma tête", or the likeness opening the sentence with no verb: "Wie
  eingesperrt in meinem Kopf"), and no exit, no ladder or nobody hearing;
* **a year ahead without the writer**: a point ahead and "I am not there" said in the present
  for the future ("tra un anno non ci sono", "el año que viene ya no estoy", "nächstes Jahr bin
  ich nicht mehr da"), or the year ahead that "does not exist for me";
* **things given "where I am going"**: a thing given or left to someone and the place the
  writer is going, unnamed ("wo ich hingeh, brauch ich's nicht", "là où je m'en vais");
* **a try named by its means, and the care after it**: "nach dem Versuch mit den Tabletten lag
  ich auf der Intensiv", "tras el intento con las pastillas";
* **a cut made on oneself**, in the verbs people use for it ("m'entailler", "me rajé los
  brazos", "me retalhei");
* **the act asked of oneself and answered yes**: "Me tuer ? J'y pense tous les soirs",
  "Mich umbringen? Manchmal", "¿Matarme? Sí, a veces".

Pills put by and high places readied are in ``rules_intl_means_places``, whose rules this
module's ``RULES`` carries.

Why: as for ``rules_intl_frames_left_behind``, a frame names what the sign is made of, so another
writer's words for it are caught, where a phrase copied from a batch catches that batch. Each
family keeps out its everyday look-alikes: a backache, the heat or a work week as the crushing
thing; a lift, a bathroom or a car as the place shut in; a move, a trip or a job behind the
absence ahead or the place one is going; a new medicine tried. A frame read from the sentence's
start checks its own denial, as the detector's negation reads only what comes before a match.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety import rules_intl_means_places
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, either_order, family

_URG, _CON = Severity.URGENT, Severity.CONCERN
_LANGS = ("de", "fr", "es", "pt", "it")
# the start of a sentence: each family reads one sentence, its guards the whole of it
_START = r"(?:^|(?<=[.!?\n]))"
_S = r"[^.!?\n]"
_CLAUSE_END = r"(?=\s*(?:$|[.!?,;:\n]))"

_family = partial(family, "frame3")


# a move, a trip, a job, studies or a stay: what explains an absence or a place one is going
_AWAY = (
    r"(?![^.!?\n]*\b(?:urlaub|ferien|reise\w*|umzug|umzieh\w*|zieh\w*|auswander\w*|ausland"
    r"|wohnung|job|arbeit|studium|uni|vacances|voyage\w*|demenag\w*|etranger|appart\w*|studio"
    r"|boulot|travail|etudes|fac|vacaciones|viaje\w*|mudanza|me\s+mudo|mudo|extranjero|piso"
    r"|departamento|trabajo|chamba|laburo|estudios|facultad|ferias|viagem|mudanca|me\s+mudo"
    r"|exterior|apartamento|kitnet|emprego|trabalho|faculdade|vacanz\w*|viaggio|trasloco"
    r"|trasferisco|trasferimento|estero|appartamento|lavoro|universita|erasmus|intercambio"
    r"|emigr\w*|immigr\w*|militar|mili|kaserne|caserne|cuartel|quartel|caserma|internat"
    r"|pensionnat|residencia|residence|foyer|heim|altersheim|pflegeheim|asilo|ehpad"
    r"|convento|couvent|kloster|rente|retraite|jubil\w*|aposentad\w*|pensione)\b)"
)

# --- a pain that crushes, and no bearing it -----------------------------------------------------
_FEELING = (
    r"(?:schmerz\w*|traurigkeit|leere|last|gewicht|angst|kummer|einsamkeit|verzweiflung|trauer"
    r"|douleur|tristesse|vide|poids|angoisse|chagrin|solitude|desespoir|peine"
    r"|dolor|tristeza|vacio|peso|angustia|pena|soledad|desesperacion|bajon"
    r"|dor|vazio|solidao|desespero|agonia|sofrimento|sufrimiento|souffrance"
    r"|dolore|tristezza|vuoto|angoscia|solitudine|disperazione|sofferenza|male\s+di\s+vivere"
    r"|mal\s+de\s+vivre|ding|cosa|chose|coisa|das|ca|esto|isso|questo|es)"
)
_CRUSHES_ME = {
    "de": r"\b(?:erdru(?:e)?ck\w*|zerdru(?:e)?ck\w*|zerquetsch\w*|zermalm\w*|erstick\w*"
    r"|ertra(?:e)?nk\w*|zerreiss\w*|zerreis\w*|frisst|drueckt|dru(?:e)?ckt)\s+mich\b"
    r"|\bmich\s+(?:\w+\s+){0,2}?(?:erdru(?:e)?ck\w*|zerquetsch\w*|zermalm\w*|auffrisst)\b",
    "fr": r"\b(?:me\s+|m'\s*)(?:ecras\w*|broi\w*|etouff\w*|noi\w*|devor\w*|bouff\w*|ronge\w*"
    r"|engloutit|enfonce\w*)\b",
    "es": r"\bme\s+(?:aplasta\w*|hunde\w*|ahoga\w*|asfixia\w*|destroza\w*|come\w*|consume\w*"
    r"|machaca\w*|aprieta\w*|tritura\w*|revienta\w*)\b",
    "pt": r"\bme\s+(?:esmaga\w*|afunda\w*|afoga\w*|sufoca\w*|destroi\w*|come\w*|consome\w*"
    r"|engole\w*|tritura\w*|arrasa\w*)\b|\b(?:esmaga|afoga|sufoca)-me\b",
    "it": r"\bmi\s+(?:schiaccia\w*|affoga\w*|soffoca\w*|stritola\w*|divora\w*|mangia\w*"
    r"|consuma\w*|annega\w*|distrugge\w*|opprime\w*|trita\w*)\b",
}
_CANT_BEAR = {
    "de": r"\b(?:halt|halte|ertrag|ertrage|pack|packe|schaff|schaffe)(?:'?s)?\s+(?:ich\s+)?"
    r"(?:\w+\s+){0,2}?(?:nicht|nimmer|net|nich|kaum)(?:\s+(?:mehr|noch))?(?:\s+aus)?"
    r"|\bkann\s+(?:\w+\s+){0,2}?(?:nicht|nimmer)\s+mehr",
    "fr": r"\bje\s+(?:ne\s+|n'?\s*)?(?:la\s+|le\s+|l'?\s*)?(?:tiens|supporte|peux|encaisse"
    r"|tiendrai|supporterai)\s+(?:\w+\s+)?plus(?:\s+(?:debout|dedans|du\s+tout|rien))*"
    r"|\bj'?\s*en\s+peux\s+plus",
    "es": r"\bno\s+(?:lo\s+|la\s+)?(?:aguanto|soporto|resisto|puedo|aguantare|soportare)"
    r"(?:\s+(?:mas|ya))?(?:\s+(?:ni|otro|un)\s+(?:un\s+)?(?:dia|dias|semana|mes|minuto)"
    r"(?:\s+mas)?)?",
    # (and "a gente", the spoken "we" that is the writer, with the third person)
    "pt": r"\b(?:(?:nao|nem)\s+(?:o\s+|a\s+)?(?:aguento|suporto|aguentarei|consigo|resisto"
    r"|tolero)|a\s+gente\s+(?:ja\s+)?nao\s+(?:aguenta|suporta|consegue|resiste))"
    r"(?:\s+(?:mais|ja))?(?:\s+(?:nem|mais)\s+(?:mais\s+)?(?:um|uma)\s+(?:dia|semana|mes"
    r"|minuto)|\s+nada)?",
    "it": r"\bnon\s+(?:lo\s+|la\s+|ce\s+la\s+)?(?:reggo|sopporto|faccio|reggero|sopportero"
    r"|resisto|tengo)\s+(?:\w+\s+)?(?:piu|neanche|nemmeno|neppure)"
    r"(?:\s+(?:neanche|nemmeno|neppure)\s+(?:un|una)\s+(?:giorno|settimana|minuto))?",
}
# … closing its clause: "no aguanto más quedarme en casa" names what is not borne
_CANT_BEAR = {lang: rf"(?:{p}){_CLAUSE_END}" for lang, p in _CANT_BEAR.items()}
# the body, the weather, a job or a crowd as the crushing thing: "la chaleur m'écrase"
_NOT_A_BODY_OR_HEAT = (
    r"(?![^.!?\n]*\b(?:ru(?:e)?cken|kopf|zahn\w*|knie|bauch|migra\w*|hitze|arbeit|chef|prufung"
    r"|pruefung|dos|dent\w*|genou|ventre|tete|chaleur|canicule|boulot|patron|examen\w*"
    r"|espalda|muelas?|rodilla|barriga|cabeza|calor|jefe|laburo|chamba|costas|dentes?|joelho"
    r"|barriga|cabeca|calor|chefe|prova|schiena|denti|ginocchio|pancia|testa|caldo|afa|capo"
    r"|esame|traffico|verkehr|trafico|trafic|transito|bebe|baby|bambin\w*|ninos|criancas"
    r"|kinder|enfants|deadline|scadenz\w*|fatura|rechnung|factur\w*|bollett\w*|schulden|dettes"
    r"|deudas|dividas|debiti|hypothek|credito)\b)"
)
_CRUSHED = {
    lang: rf"{_START}{_NOT_A_BODY_OR_HEAT}{_S}*?\b{_FEELING}\s+(?:\w+\s+){{0,2}}?"
    rf"(?:{_CRUSHES_ME[lang]}){_S}{{0,80}}?(?:{_CANT_BEAR[lang]})"
    for lang in _LANGS
}
_CRUSHED_GATE = {
    "de": "mich",
    "fr": "plus",
    "es": "no ",
    "pt": "nao|nem",
    "it": "non ",
}

# --- shut in, and no way out or nobody hearing ---------------------------------------------------
# The writer likened to someone shut in ("als wär ich", "es como estar", "comme si j'étais"),
# or shut in her own head or body
_LIKE_ME = {
    "de": r"\b(?:als\s+(?:wa(?:e)?r|wa(?:e)?re|ob)\s+ich|wie\s+(?:wenn\s+ich|im|in\s+einem"
    r"|unter)|ich\s+(?:bin|sitz|sitze|steck|stecke|hock|hocke|lieg|liege))\b",
    "fr": r"\b(?:comme\s+(?:si\s+j'?\s*etais|dans|au\s+fond|sous|enferme\w*)|je\s+suis"
    r"|j'?\s*ai\s+l'impression\s+d'?\s*etre|c'est\s+comme\s+etre)\b",
    "es": r"\b(?:(?:es\s+)?como\s+(?:estar|si\s+estuviera|si\s+estuviese|vivir|en\s+el\s+fondo)"
    r"|estoy|me\s+siento|vivo)\b",
    "pt": r"\b(?:(?:e\s+)?como\s+(?:estar|se\s+(?:eu\s+)?estivesse|viver|no\s+fundo)|estou|to|ta"
    r"|me\s+sinto|vivo)\b",
    "it": r"\b(?:(?:e\s+)?come\s+(?:essere|stare|se\s+fossi|in\s+fondo|vivere)|sono|mi\s+sento"
    r"|vivo)\b",
}
# … or the likeness opening the sentence with no verb at all: "Wie eingesperrt in meinem
# eigenen Kopf", "Como encerrada en mí misma", "Come chiusa in una scatola"
_OPENS_AS_IF = {
    "de": r"wie",
    "fr": r"comme",
    "es": r"como",
    "pt": r"como",
    "it": r"come",
}
_LIKE_ME = {
    lang: rf"{p}|(?:^|(?<=[.!?\n])|(?<=[.!?\n]\s))\s*{_OPENS_AS_IF[lang]}(?=\s+\w)"
    for lang, p in _LIKE_ME.items()
}
_SHUT_IN = {
    "de": r"\b(?:gefangen|eingesperrt|eingeschlossen|eingemauert|begraben|verschu(?:e)?ttet"
    r"|unter(?:m|\s+dem)\s+eis|im\s+(?:loch|brunnen|schacht|grab|sarg|stollen)|in\s+einem\s+(?:loch"
    r"|brunnen|schacht|grab|sarg|stollen)"
    # (a crack in the ice or a pit, feminine: "wie in einer Gletscherspalte")
    r"|in\s+einer\s+(?:gletscherspalte|felsspalte|spalte|grube|gruft|ho(?:e)?hle))\b",
    "fr": r"\b(?:enferme\w*|emmure\w*|prisonnier\w*|piege\w*|coince\w*|enterre\w*"
    r"|au\s+fond\s+d'?\s*(?:un|une|du)\s*\w+|sous\s+la\s+glace)\b",
    "es": r"\b(?:encerrad[oa]|atrapad[oa]|enterrad[oa]|sepultad[oa]|emparedad[oa]"
    r"|en\s+el\s+fondo\s+de\s+(?:un|una|el|la)\s+\w+|bajo\s+el\s+hielo)\b",
    "pt": r"\b(?:trancad[oa]|pres[oa]|enterrad[oa]|emparedad[oa]|encurralad[oa]"
    r"|no\s+fundo\s+d[eoa]\s+(?:um\s+|uma\s+)?\w+|debaixo\s+do\s+gelo)\b",
    "it": r"\b(?:chius[oa]|rinchius[oa]|intrappolat[oa]|sepolt[oa]|murat[oa]\s+viv[oa]"
    r"|prigionier[oa]|in\s+fondo\s+(?:a|ad)\s+(?:un|una|uno|un')\s*\w+|sotto\s+il\s+ghiaccio)\b",
}
_NO_EXIT = {
    "de": r"\b(?:(?:keiner|niemand)\s+(?:\w+\s+)?(?:ho(?:e)?rt|sieht|findet|merkt)\s+mich"
    r"|kein(?:e|en)?\s+(?:ausgang|tu(?:e)?r|fenster|leiter|licht|ausweg|weg\s+raus))\b",
    "fr": r"\b(?:aucune\s+(?:sortie|issue|porte|echelle)|sans\s+(?:sortie|issue|porte|fenetre)"
    r"|(?:il\s+)?(?:n'?\s*)?y\s+a\s+(?:pas|plus|aucune?)\s+(?:de\s+)?(?:sortie|issue|porte"
    r"|echelle)|personne\s+(?:ne\s+|n'?\s*)?m'?\s*(?:entend|voit|trouve))\b",
    "es": r"\b(?:no\s+hay\s+(?:ninguna\s+)?(?:salida|escalera|puerta|cuerda|nada"
    + _CLAUSE_END
    + r")|sin\s+salida"
    r"|sin\s+puerta|nadie\s+me\s+(?:oye|escucha|ve|encuentra))\b",
    "pt": r"\b(?:nao\s+(?:tem|ha)\s+(?:nenhuma\s+)?(?:saida|escada|porta|corda|nada"
    + _CLAUSE_END
    + r")"
    r"|sem\s+saida|sem\s+porta|ninguem\s+me\s+(?:ouve|escuta|ve|acha|encontra))\b",
    "it": r"\b(?:non\s+c'?\s*e\s+(?:nessuna\s+)?(?:uscita|via\s+d'?\s*uscita|scala|porta"
    r"|niente"
    + _CLAUSE_END
    + r")|nessuna\s+(?:uscita|via\s+d'?\s*uscita|porta)|senza\s+(?:uscita|porta)"
    r"|nessuno\s+mi\s+(?:sente|vede|trova))\b",
}
# a lift, a bathroom, a car, a train, a game or traffic: a place one is really shut in
_NOT_A_REAL_PLACE = (
    r"(?![^.!?\n]*\b(?:aufzug|fahrstuhl|klo|bad|toilette|auto|zug|bahn|stau|keller"
    r"|ascenseur|salle\s+de\s+bain|wc|voiture|train|metro|bouchon|cave\s+(?:de|du)"
    r"|ascensor|bano|coche|carro|auto|tren|subte|atasco|trafico|elevador|banheiro|trem"
    r"|engarrafamento|transito|ascensore|bagno|macchina|treno|traffico|cantina|garage|escape"
    r"|gioco|jeu|juego|jogo|spiel|film|pelicula|filme|serie|libro|livre|livro|buch|sogno"
    r"|reve|sueno|sonho|traum|pesadilla|pesadelo|cauchemar|incubo|albtraum"
    # … or the sea, a pool or a dive one enjoys
    r"|mar|mer|meer|mare|piscina|piscine|pool|schwimmbad|tauch\w*|plong\w*|mergulh\w*|buce\w*"
    r"|immersion\w*|relaj\w*|relax\w*|adoro|encanta|j'adore|liebe|schlagzeug)\b)"
)
_SHUT_IN_NO_EXIT = {
    lang: rf"{_START}{_NOT_A_REAL_PLACE}{_S}*?(?:{_LIKE_ME[lang]}){_S}{{0,50}}?"
    rf"(?:{_SHUT_IN[lang]}){_S}{{0,90}}?(?:{_NO_EXIT[lang]})"
    for lang in _LANGS
}
_SHUT_IN_GATE = {
    "de": "keiner|niemand|kein",
    "fr": "aucun|sans|personne|y a",
    "es": "no hay|sin |nadie",
    "pt": "nao|sem |ninguem",
    "it": "non c|nessun|senza",
}

# --- a year ahead without the writer -------------------------------------------------------------
_YEAR_AHEAD = {
    "de": r"\b(?:na(?:e)?chste[snm]?\s+(?:jahr|sommer|winter|fru(?:e)?hling|weihnachten|ostern)"
    r"|in\s+einem\s+jahr|u(?:e)?bers\s+jahr|an\s+weihnachten|an\s+ostern)\b",
    "fr": r"\b(?:l'annee\s+prochaine|l'an\s+prochain|dans\s+(?:un|deux)\s+ans?|d'ici\s+un\s+an"
    r"|a\s+(?:noel|paques)\s+prochain)\b",
    "es": r"\b(?:el\s+ano\s+que\s+viene|el\s+proximo\s+ano|dentro\s+de\s+un\s+ano|en\s+un\s+ano"
    r"|de\s+aqui\s+a\s+un\s+ano"
    r"|para\s+(?:la\s+)?(?:navidad|pascua)\s+que\s+viene)\b",
    "pt": r"\b(?:(?:o\s+)?ano\s+que\s+vem|o\s+proximo\s+ano|daqui\s+a\s+um\s+ano"
    r"|(?:n|n)o\s+natal\s+que\s+vem)\b",
    # (the article may be bound to a preposition: "dell'anno prossimo", "nell'anno che viene")
    "it": r"(?:\b(?:tra|fra|da\s+qui\s+a)\s+un\s+anno"
    r"|(?:\b|(?<=\bdel)|(?<=\bnel)|(?<=\bdal)|(?<=\bal)|(?<=\bsul))l'anno\s+prossimo|\b(?:il|del|nel|al|dal)\s+prossimo\s+anno"
    r"|\ba\s+(?:natale|pasqua)\s+prossim[oa])\b",
}
_NOT_THERE = {
    "de": r"\bbin\s+ich\s+(?:\w+\s+)?(?:nicht|nimmer|net)\s+mehr\s+(?:da|hier|am\s+leben)\b"
    r"|\bgibt\s+(?:es|'?s)\s+mich\s+(?:nicht|nimmer)\s+mehr\b"
    # verb second with the place or time fronted: "Da bin ich nicht mehr", "dann bin ich
    # nimmer", the clause closing there; and the future "werd ich nicht mehr da sein"
    r"|\b(?:da|dann|dort)\s+bin\s+ich\s+(?:\w+\s+)?(?:nicht|nimmer|net)\s+mehr"
    + _CLAUSE_END
    + r"|\b(?:werd|werde)\s+ich\s+(?:\w+\s+)?(?:nicht|nimmer|net)\s+mehr\s+(?:da|hier"
    r"|am\s+leben)\s+sein\b",
    "fr": r"\bje\s+(?:ne\s+|n'?\s*)?suis\s+plus\s+(?:la|ici|en\s+vie)\b"
    r"|\bn'?\s*existe\s+pas\s+pour\s+moi\b",
    "es": r"\b(?:ya\s+)?no\s+(?:estoy|existo)(?:\s+(?:mas|aqui|ahi|ya))?"
    + _CLAUSE_END
    + r"|\bno\s+existe\s+para\s+mi\b",
    "pt": r"\b(?:eu\s+)?(?:ja\s+)?nao\s+(?:estou|to|existo)(?:\s+(?:mais|aqui|ca|la))*"
    + _CLAUSE_END
    + r"|\bnao\s+existe\s+(?:pra|para)\s+mim\b",
    # (present or future, and "to see it": "non ci sarò a vederlo")
    "it": r"\b(?:io\s+)?non\s+ci\s+(?:sono|saro)(?:\s+piu)?(?:\s+(?:a|per)\s+veder\w*)?"
    + _CLAUSE_END
    + r"|\bnon\s+esiste\s+per\s+me\b",
}
# … or the writer unable to picture herself there ("no me imagino ahí", "non riesco a
# immaginarmi", "não consigo me imaginar"), the picture closing its clause or placed there
_THERE = r"(?:\s+(?:ahi|alli|la|li|da|dort|dabei|a\s+(?:natale|pasqua)|en\s+navidad))?"
_NOT_PICTURED = {
    "de": r"\bkann\s+(?:ich\s+)?(?:mir\s+)?mich\s+(?:\w+\s+)?(?:nicht|nimmer)\s+(?:mehr\s+)?"
    r"vorstellen\b"
    r"|\bich\s+stell\s+mich\s+(?:\w+\s+)?(?:nicht|nimmer)\s+(?:mehr\s+)?vor\b",
    "fr": r"\bje\s+(?:ne\s+)?m'?\s*(?:y\s+)?imagine\s+(?:pas|plus)\b"
    r"|\b(?:j'?\s*)?(?:n'?\s*)?arrive\s+(?:pas|plus)\s+a\s+m'?\s*(?:y\s+)?imaginer\b",
    "es": r"\bno\s+(?:me\s+(?:puedo\s+)?imagino|me\s+puedo\s+imaginar|puedo\s+imaginarme"
    r"|logro\s+imaginarme|consigo\s+imaginarme)\b",
    "pt": r"\bnao\s+(?:me\s+imagino|consigo\s+(?:nem\s+)?(?:me\s+imaginar|imaginar-me))\b",
    "it": r"\bnon\s+(?:mi\s+(?:ci\s+)?immagino|riesco\s+(?:nemmeno\s+|neanche\s+|proprio\s+)?"
    r"a\s+immaginarmi)\b",
}
# someone else missed or a role, a place or a partner pictured: "no me imagino el año sin ella"
_NOT_A_LOSS = (
    r"(?![^.!?\n]*\b(?:sin|sem|senza|sans|ohne|casad[oa]|sposat[oa]|marie|verheiratet"
    r"|trabajando|trabalhando|lavorando|travaillant|arbeiten|jubilad[oa]|aposentad[oa]"
    r"|in\s+pensione|a\s+la\s+retraite|in\s+rente"
    # … or a town, a firm, a career or a team the writer doubts: "essa cidade é cara demais"
    r"|cidade|ciudad|ville|stadt|citta|pueblo|paese|dorf|village|empresa|azienda|firma|entreprise"
    r"|carrera|carreira|carriera|karriere|carriere|equipo|equipe|squadra|team|verein|curso|corso"
    r"|cours|kurs|casa\s+nova|casa\s+nueva)\b)"
)
# … or not seeing herself there ("não me vejo daqui a um ano")
_NOT_SEEN_ME = {
    "de": r"\b(?:(?:seh|sehe)\s+ich\s+mich|ich\s+(?:seh|sehe)\s+mich)\s+(?:\w+\s+)?"
    r"(?:nicht|nimmer|net)(?:\s+mehr)?\b",
    "fr": r"\bje\s+(?:ne\s+)?me\s+vois\s+(?:pas|plus)\b",
    "es": r"\b(?:ya\s+)?no\s+me\s+veo\b",
    "pt": r"\b(?:eu\s+)?(?:ja\s+)?(?:nao|nem)\s+me\s+vejo\b",
    "it": r"\bnon\s+mi\s+(?:ci\s+)?vedo\b",
}
_PICTURED = {lang: rf"(?:{_NOT_PICTURED[lang]}|{_NOT_SEEN_ME[lang]})" for lang in _LANGS}
_NOT_THERE = {
    lang: rf"{_NOT_THERE[lang]}|{_PICTURED[lang]}{_THERE}{_CLAUSE_END}" for lang in _LANGS
}
# (the time may be asked first: "In einem Jahr? Da kann ich mich nicht mehr vorstellen")
_ASKED_TOO = r"[^.!\n]"
# (its guards read across the question too)
_YEAR_GUARDS = (_AWAY + _NOT_A_LOSS).replace(r"[^.!?\n]", _ASKED_TOO)
_YEAR_WITHOUT_ME = {
    lang: rf"(?:^|(?<=[.!\n])){_YEAR_GUARDS}{_ASKED_TOO}*?"
    rf"(?:{either_order(_YEAR_AHEAD[lang], _NOT_THERE[lang], 40, _ASKED_TOO)}"
    rf"|{_PICTURED[lang]}\s+{_YEAR_AHEAD[lang]}{_CLAUSE_END})"
    for lang in _LANGS
}
_YEAR_GATE = {
    "de": "nicht|nimmer|net",
    "fr": "plus|existe|pas",
    "es": "no estoy|no existo|no existe|imagin|me veo",
    "pt": "nao estou|nao to|nao existo|nao existe|imagin|me vejo",
    "it": "non ci sono|non ci saro|non esiste|immagin|vedo",
}

# --- things given "where I am going" ------------------------------------------------------------
_GIVEN = {
    "de": r"\b(?:verschenkt|(?:mit|weg)?gegeben|vermacht|u(?:e)?berlassen|abgegeben|geschenkt"
    r"|vererbt|dagelassen|hinterlassen|verma(?:e)?ch\w*|schenk\w*|geb\s+ich|gebe\s+ich)\b",
    "fr": r"\b(?:donne\w*|offert\w*|laisse\w*|legue\w*|refile\w*|cede\w*|c'est\s+pour)\b",
    "es": r"\b(?:regale|di|deje|done|le\s+dejo|les\s+dejo|le\s+doy|les\s+doy|le\s+regalo"
    r"|es\s+para|son\s+para|que\s+se\s+(?:lo|la|los|las)\s+quede)\b",
    "pt": r"\b(?:dei|deixei|doei|presenteei|dou|deixo|e\s+(?:pra|para)|sao\s+(?:pra|para)"
    r"|que\s+fique\s+com)\b",
    "it": r"\b(?:dato|data|dati|date|regalato|regalata|lasciato|lasciata|donato|do|lascio"
    r"|regalo|e\s+per|sono\s+per|se\s+(?:lo|la|li|le)\s+tenga)\b",
}
# … and where the writer goes, unnamed: "wo ich hingeh", "là où je m'en vais", "a donde voy"
_WHERE_I_GO = {
    "de": r"\bwo\s+ich\s+(?:jetzt\s+|bald\s+|dann\s+)?hin(?:geh|gehe|fahr|fahre|komm|komme"
    r"|muss|will)\b|\bdort\s*,?\s+wo\s+ich\s+hin",
    "fr": r"\b(?:la\s+)?ou\s+je\s+(?:m'?\s*en\s+)?(?:vais|irai|pars)\b",
    "es": r"\b(?:a\s*donde|adonde|donde|alla\s+donde)\s+(?:yo\s+)?(?:voy|me\s+voy|ire|vaya)\b",
    "pt": r"\b(?:pra\s+onde|para\s+onde|aonde|onde|la\s+onde)\s+(?:eu\s+)?(?:vou|estou\s+indo"
    r"|to\s+indo|irei|for)\b",
    "it": r"\b(?:dove|la\s+dove)\s+(?:io\s+)?(?:vado|sto\s+andando|andro|me\s+ne\s+vado)\b",
}
# (and not "where I go on holiday", "where I'm going to live")
_NOT_NAMED_AFTER = (
    r"(?!\s+(?:\w+\s+)?(?:in\s+urlaub|wohnen|leben|arbeiten|studieren|en\s+vacances|vivre"
    r"|habiter|travailler|de\s+vacaciones|a\s+vivir|a\s+trabajar|de\s+ferias|morar|trabalhar"
    r"|in\s+vacanza|a\s+vivere|a\s+lavorare|a\s+studiare|estudiar|estudar|etudier)\b)"
)
_GIVEN_WHERE_I_GO = {
    lang: rf"{_START}{_AWAY}{_S}*?(?:{_GIVEN[lang]}){_S}{{0,90}}?(?:{_WHERE_I_GO[lang]})"
    rf"{_NOT_NAMED_AFTER}"
    for lang in _LANGS
}
_WHERE_GATE = {
    "de": "hin",
    "fr": "ou je",
    "es": "voy|ire|vaya",
    "pt": "vou|indo|irei|for",
    "it": "vado|andando|andro",
}

# --- a try named by its means, and the care after it ------------------------------------------
_MEANS = (
    r"(?:tabletten|pillen|medikamenten|schlaftabletten|strick|seil|messer|klinge|gas|cachets"
    r"|comprimes|medicaments|medocs|somniferes|corde|couteau|lame|pastillas|pildoras"
    r"|medicamentos|somniferos|soga|cuerda|cuchillo|navaja|comprimidos|remedios|corda|faca"
    r"|gilete|pastiglie|pillole|farmaci|sonniferi|coltello|lametta|veleno|gift|poison|veneno)"
)
_TRY_WITH = {
    "de": r"\b(?:nach|wegen|seit)\s+(?:dem|meinem|einem|eines|meines)\s+versuch(?:e?s)?\s+mit\s+"
    r"(?:den|dem|der|die|meinen|meiner)\s+" + _MEANS,
    "fr": r"\b(?:apres|depuis)\s+(?:ma|la|une)\s+tentative\s+(?:aux|avec\s+(?:les|des|la|le)"
    r"|au|a\s+la)\s+" + _MEANS,
    "es": r"\b(?:despues\s+del?|tras\s+(?:el|mi)|desde\s+(?:el|mi))\s+(?:mi\s+)?intento\s+"
    r"(?:con|de)\s+(?:las|los|la|el|unas|unos)?\s*" + _MEANS,
    "pt": r"\b(?:depois\s+d[ao]|apos\s+a|desde\s+a)\s+(?:minha\s+)?tentativa\s+(?:com|de)\s+"
    r"(?:os|as|a|o|uns|umas)?\s*" + _MEANS,
    "it": r"\b(?:dopo|da)\s+(?:il|quel|mio|l')\s*(?:mio\s+)?tentativo\s+(?:con|di)\s+"
    r"(?:le|i|il|la|delle|dei)?\s*" + _MEANS,
}
_CARE = {
    "de": r"\b(?:krankenhaus|klinik|notaufnahme|psychiatrie|intensivstation|intensiv|geschlossene"
    r"|eingeliefert|magen\s+ausgepumpt)\b",
    "fr": r"\b(?:hopital|hosto|urgences|hospitalise\w*|psychiatri\w+|reanimation|rea"
    r"|lavage\s+d'estomac)\b",
    "es": r"\b(?:hospital|urgencias|la\s+uci|terapia\s+intensiva|psiquiatric\w+|psiquiatria"
    r"|ingresad[oa]|internad[oa]|hospitalizad[oa]|lavado\s+de\s+estomago)\b",
    "pt": r"\b(?:hospital|uti|internad[oa]|hospitalizad[oa]|pronto[\s-]socorro|emergencia"
    r"|psiquiatri\w+|lavagem)\b",
    "it": r"\b(?:ospedale|pronto\s+soccorso|psichiatri\w+|ricoverat[oa]|rianimazione"
    r"|terapia\s+intensiva|spdc|lavanda\s+gastrica)\b",
}
# a new medicine tried, a dose, a side effect or an allergy: a treatment that went wrong
_NOT_A_TREATMENT_TRIAL = (
    r"(?![^.!?\n]*\b(?:neue[nmrs]?|andere[nmrs]?|nouveaux|nouvelles|autres|nuev[oa]s|otr[oa]s"
    r"|nov[oa]s|outr[oa]s|nuov[ei]|altr[ei]|dosis|dose|nebenwirkung\w*|effets?\s+secondaires?"
    r"|efectos?\s+secundarios?|efeitos?\s+colatera\w+|effetti\s+collaterali|allergi\w*|alergi\w*"
    r"|ausschlag|verordnet|verschrieben|prescri\w*|recetad\w*|receitad\w*|arzt|medecin|medico"
    r"|doctor|doutor)\b)"
)
_TRY_THEN_CARE = {
    lang: rf"{_START}{_NOT_A_TREATMENT_TRIAL}{_S}*?"
    rf"(?:{either_order(_TRY_WITH[lang], _CARE[lang], 60)})"
    for lang in _LANGS
}
_TRY_GATE = {
    "de": "versuch",
    "fr": "tentative",
    "es": "intento",
    "pt": "tentativa",
    "it": "tentativo",
}

# --- a cut made on oneself, in the verbs people use --------------------------------------------
_CUT_MYSELF = {
    "fr": r"\b(?:m'?\s*entaill\w*|me\s+suis\s+(?:encore\s+)?(?:entaille\w*|lacere\w*"
    r"|taillade\w*)(?!\s+(?:le|la|les)\s+(?:doigts?|mains?|pouces?|pieds?|menton))|me\s+(?:lacer\w*|charcut\w*|tailler\s+(?:le|les)\s+(?:bras"
    r"|poignets?|cuisses?|jambes?|peau)))\b",
    # (a body part named: "me rajé" alone is backing out of something)
    "es": r"\b(?:me\s+(?:rajo|rajaba|raje|tajo|tajaba|taje)|rajarme|tajarme)\s+"
    r"(?:los|las|el|la|mis)\s+(?:brazos?|piernas?|munecas?|muslos?|piel|panza|barriga)\b",
    "pt": r"\b(?:me\s+(?:retalho|retalhava|retalhei|risco|riscava|risquei)\s+(?:os|as|com)\b"
    r"|me\s+retalhar|retalhar-me)",
}
_NOT_A_SCRATCH = (
    r"(?![^.!?\n]*\b(?:sans\s+faire\s+expres|par\s+accident|en\s+cuisinant|en\s+bricolant"
    r"|sin\s+querer|por\s+accidente|cocinando|sem\s+querer|sem\s+querer|cozinhando|barbear"
    r"|afeitar\w*|raser|rasage|papel|papier)\b)"
)
_CUT = {lang: rf"{_START}{_NOT_A_SCRATCH}{_S}*?(?:{p})" for lang, p in _CUT_MYSELF.items()}
_CUT_GATE = {"fr": "entaill|lacer|charcut|tailler|taillad", "es": "raj|taj", "pt": "retalh|risc"}

# --- the act asked of oneself, and answered yes --------------------------------------------------
# "Me tuer ? J'y pense tous les soirs.", "¿Matarme? Lo pienso cada noche.", "Mich umbringen?
# Daran denk ich jeden Tag." The question alone is a question; a plain denial after it is a
# denial (``negation``); thinking of it, or a yes, is the writer's own answer. Only the act
# itself is asked: "Mourir ? Oui, de rire" and "Sterben? Ja, wie jeder" are not.
_ACT_ASKED = {
    "de": r"mich\s+(?:umbringen|to(?:e)?ten|aufha(?:e)?ngen|erha(?:e)?ngen"
    r"|vor\s+den\s+zug\s+werfen)|mir\s+(?:das\s+leben\s+nehmen|was\s+antun|etwas\s+antun)",
    "fr": r"me\s+(?:tuer|suicider|pendre|foutre\s+en\s+l'air|jeter\s+sous\s+un\s+train)"
    r"|en\s+finir\s+avec\s+(?:la|ma)\s+vie|mettre\s+fin\s+a\s+mes\s+jours",
    "es": r"matarme|suicidarme|quitarme\s+la\s+vida|colgarme|tirarme\s+(?:de|a|al|por)\s+"
    r"\w+(?:\s+\w+)?|acabar\s+con\s+mi\s+vida",
    # (the pronoun after the verb as Portugal writes it: "Matar-me?")
    "pt": r"me\s+(?:matar|suicidar|enforcar|jogar\s+(?:da|de|na|no)\s+\w+)|(?:matar|suicidar"
    r"|enforcar)-me|tirar\s+(?:a\s+)?minha"
    r"\s+(?:propria\s+)?vida|acabar\s+com\s+a\s+minha\s+vida",
    "it": r"uccidermi|ammazzarmi|suicidarmi|togliermi\s+la\s+vita|farla\s+finita|impiccarmi"
    r"|buttarmi\s+(?:giu|dal|dalla|sotto)(?:\s+\w+)?",
}
# … answered with thinking of it now, how often, or a yes closing its clause
_YES = r"(?=\s*(?:[.!,;:]|$))"
_ANSWER_YES = {
    "de": rf"(?:ja|jo|jep|jein|vielleicht){_YES}|daran\s+denk\w*|denk\w*\s+ich\s+(?:\w+\s+)?(?:dran"
    r"|daran)|ich\s+denk\w*\s+(?:\w+\s+)?(?:dran|daran)|oft|manchmal|immer\s+(?:o(?:e)?fter|mehr)"
    r"|jeden\s+(?:tag|abend|morgen)|ta(?:e)?glich"
    # "not yet" is no denial: "Mich umbringen? Nein, noch nicht."
    rf"|(?:nein\s*,?\s*)?noch\s+nicht{_YES}",
    "fr": rf"(?:oui|ouais|peut-etre|franchement\s+oui){_YES}|j'?\s*y\s+(?:pense|songe|reflechis)"
    r"|souvent|parfois|de\s+plus\s+en\s+plus|tous\s+les\s+(?:jours|soirs)|chaque\s+(?:jour|nuit"
    rf"|soir)|(?:non\s*,?\s*)?pas\s+encore{_YES}",
    "es": rf"(?:si|quizas|quiza|tal\s+vez|capaz){_YES}|lo\s+(?:pienso|estoy\s+pensando)|a\s+veces"
    r"|seguido|cada\s+(?:vez\s+mas|dia|noche)|todos\s+los\s+dias|todas\s+las\s+noches"
    rf"|(?:no\s*,?\s*)?(?:todavia|aun)\s+no{_YES}",
    "pt": rf"(?:sim|talvez){_YES}|penso\s+nisso|to\s+pensando\s+nisso|estou\s+pensando\s+nisso"
    r"|as\s+vezes|cada\s+vez\s+mais|todo\s+dia|toda\s+noite|direto"
    rf"|(?:nao\s*,?\s*)?ainda\s+nao{_YES}",
    "it": rf"(?:si|forse){_YES}|ci\s+(?:penso|sto\s+pensando)|a\s+volte|spesso|sempre\s+piu"
    rf"|ogni\s+(?:giorno|sera|notte)|(?:no\s*,?\s*)?(?:non\s+ancora|ancora\s+no){_YES}",
}
_ASKED_YES = {
    lang: r"(?:^|(?<=[.!?\n]))\s*(?:¿\s*)?(?:(?:und|et|y|e|ma|mas|pero|aber|mais)\s+)?"
    rf"(?:{_ACT_ASKED[lang]})\s*\?+\s*(?:(?:und|et|y|e|ma|mas|pero|aber|mais|bueno|bah|boh"
    rf"|ehrlich|honnetement|sinceramente|onestamente)\s*,?\s+)?(?:{_ANSWER_YES[lang]})\b"
    # (not a yes to ending something else: "Farla finita? Sì, con questo lavoro")
    r"(?!\s*,?\s*(?:con|com|avec|mit)\b)"
    for lang in _LANGS
}
_ASKED_GATE = dict.fromkeys(_LANGS, r"\?")

RULES: tuple[Rule, ...] = (
    _family("crushed_cannot_bear", Category.TRAPPED_PAIN, _CON, _CRUSHED, _CRUSHED_GATE)
    + _family("shut_in_no_exit", Category.TRAPPED_PAIN, _CON, _SHUT_IN_NO_EXIT, _SHUT_IN_GATE)
    + _family("year_without_me", Category.NO_FUTURE, _CON, _YEAR_WITHOUT_ME, _YEAR_GATE)
    + rules_intl_means_places.RULES
    + _family("given_where_i_go", Category.GIVING_AWAY, _CON, _GIVEN_WHERE_I_GO, _WHERE_GATE)
    + _family(
        "try_with_means_care",
        Category.SUICIDAL_IDEATION,
        _CON,
        _TRY_THEN_CARE,
        _TRY_GATE,
        past=True,
    )
    + _family("cut_myself", Category.SELF_HARM, _CON, _CUT, _CUT_GATE)
    + _family("asked_answered_yes", Category.SUICIDAL_IDEATION, _CON, _ASKED_YES, _ASKED_GATE)
)

__all__ = ["RULES"]
