"""Signs of a way out sought, in German, French, Spanish, Portuguese and Italian, read as
grammar frames: two parts any wording of the sign needs, each with the verbs, tenses and
regional forms people use.

* **suffering and no way to get out of it**: a weight, a pain or a drowning named, and "there is
  no way to get out of / escape it" ("no hay forma de escapar", "não tem como sair disso",
  "non c'è modo di uscirne", "pas moyen d'en sortir");
* **shut in with no opening to get out through**: "without / there is no" an opening and
  "through which" to get out, said of oneself ("sin tapa ni rendija … no hay hueco por donde
  escapar", "senza una finestra da cui scappare", "sem porta nenhuma por onde sair");
* **a time and a high place, the act unnamed**: "it is for / it will be" with a day or a night
  and a bridge, a viaduct, a cliff or the rails, and no outing named ("C'est pour vendredi soir,
  au viaduc", "Va a ser el sábado, en las vías");
* **a whole supply taken, and the care after it**: a first-person "took / swallowed / drank"
  with all of a medicine or a whole pack, and an emergency room, a ward or a pumped stomach in
  the sentence ("engoli os comprimidos todos e fui parar no pronto-socorro");
* **everything set, for when nobody is around**: "it's all planned / ready" and "when nobody is
  home", the sentence ending on one of them ("Lo tengo todo planeado para el viernes, cuando
  nadie esté en casa").

Why: as for ``rules_intl_frames``, phrase families fitted to one batch's sentences caught the
next batch's other wordings at chance. A frame names what the sign is made of. Each family keeps
out its everyday look-alikes: a lift, traffic, paperwork, a car park or a shop as the trap; a
picnic or a walk at the bridge; a supply taken by mistake, for a fever or as prescribed; a
surprise or a chore for the empty house. The denial check is the one the frames of what is left
behind use (``rules_intl_frames_left_behind.unnegated``). English has its own families.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family
from neuroleaf_desktop.domain.safety.rules_intl_frames_left_behind import unnegated

_URG, _CON = Severity.URGENT, Severity.CONCERN
_LANGS = ("de", "fr", "es", "pt", "it")
# the start of a sentence: each family reads one sentence, its guards the whole of it
_START = r"(?:^|(?<=[.!?\n]))"
_S = r"[^.!?\n]"

_family = partial(family, "frame2")

# --- suffering and no way to get out of it --------------------------------------------------
_WEIGHT = {
    "de": r"last|gewicht|schmerz\w*|angst|qual\w*|ersti(?:e)?ck\w*|ertrink\w*|ertrinke|leid"
    r"|ho(?:e)?lle|leere|aushalten|albtraum|druck",
    "fr": r"poids|douleur|angoisse|etouff\w*|noie|noyer|souffr\w*|enfer|vide|porter|cauchemar"
    r"|supporte\w*|mal\s+de\s+vivre",
    "es": r"ahoga\w*|asfixia\w*|peso|dolor|angustia|pena|sufr\w*|pesadilla|infierno|vacio"
    r"|aguant\w*|cargar",
    "pt": r"peso|dor|angustia|sufoc\w*|afog\w*|sofr\w*|inferno|vazio|carregar|aguent\w*"
    r"|pesadelo",
    "it": r"peso|dolore|angoscia|soffoc\w*|affog\w*|soffr\w*|inferno|vuoto|reggo|sopport\w*"
    r"|incubo",
}
_NO_WAY_OUT = {
    "de": r"\bes\s+gibt\s+(?:keinen|kein)\s+(?:weg|ausweg|entkommen)(?:\s+(?:raus|hinaus|heraus))?"
    r"|\bkein\s+entkommen\b",
    "fr": r"\b(?:il\s+)?(?:n'?\s*)?y\s+a\s+pas\s+moyen\s+d'?\s*(?:en\s+sortir|s'?\s*en\s+sortir"
    r"|m'?\s*en\s+sortir|echapper|fuir)|\baucun\s+moyen\s+d'?\s*(?:en\s+sortir|m'?\s*en\s+sortir"
    r"|y\s+echapper|echapper|fuir)",
    "es": r"\bno\s+(?:hay|tengo|existe)\s+(?:forma|manera|modo|como)\s+de\s+(?:escapar|salir|huir)"
    r"(?:me)?(?:\s+de\s+(?:esto|aqui|esta))?",
    "pt": r"\bnao\s+(?:tem|ha|existe|tenho)\s+(?:como|jeito\s+de|forma\s+de|maneira\s+de)\s+"
    r"(?:sair|fugir|escapar)(?:\s+(?:disso|disto|daqui|dessa|desta))?",
    "it": r"\bnon\s+c'?\s*e\s+(?:modo|verso|maniera|via)\s+di\s+(?:uscirne|scappare|fuggire"
    r"|uscire)",
}
# … closing its clause: "no hay forma de salir del consultorio" names a place
_NO_WAY_OUT = {lang: rf"(?:{p})(?=\s*(?:$|[.!?,;:\n]))" for lang, p in _NO_WAY_OUT.items()}
# a place, a vehicle, a queue, the weather, a game or paperwork: a thing one is stuck in
_NOT_A_PLACE = (
    r"(?![^.!?\n]*\b(?:aufzug|fahrstuhl|stau|verkehr|schnee|zug|keller\s+abgeschlossen|spiel"
    r"|formular\w*|papierkram|finanzamt|ascenseur|bouchon\w*|embouteillage|neige|train|jeu"
    r"|paperasse|impots?|ascensor|atasco|trafico|nieve|tren|juego|tramite\w*|papeleo|hacienda"
    r"|elevador|engarrafamento|transito|neve|trem|jogo|papelada|receita\s+federal|ascensore"
    r"|traffico|coda|treno|gioco|scartoffie|burocrazia|escape|labirint\w*|laberinto|labyrinthe"
    r"|reunion|reuniao|riunione|sitzung|meeting|examen|exame|esame|pru(?:e)?fung|contrat\w*"
    r"|contrato|contratto|vertrag|fila|cola|schlange|warteschlange|file\s+d'attente|queue|bank"
    r"|banque|banco|banca|post|poste|correos|correios|behorde|amt|prefecture|ayuntamiento"
    r"|prefeitura|comune"
    # an ache of the body: "dolor de muelas", "dor nas costas"
    r"|muelas|espalda|costas|dentes?|schiena|denti|ru(?:e)?cken|zahn\w*|rodilla|joelho"
    r"|ginocchio|knie|genou)\b)"
)
_NO_WAY = {
    lang: rf"{_START}{_NOT_A_PLACE}(?=[^.!?\n]*\b(?:{_WEIGHT[lang]})\b){_S}*?"
    rf"(?:{_NO_WAY_OUT[lang]})"
    for lang in _LANGS
}
_NO_WAY_GATE = {
    "de": "gibt|entkommen",
    "fr": "moyen",
    "es": "forma|manera|modo|como",
    "pt": "como|jeito|forma|maneira",
    "it": "modo|verso|maniera|via",
}

# --- shut in, with no opening to get out through ------------------------------------------------
# "without / there is no / not one" an opening, and "through which" to get out: a box without a
# crack "por donde escapar", "senza una finestra da cui scappare", "sem porta nenhuma por onde
# sair"; the relative clause names the way out that is missing, whatever the enclosure is
_WITHOUT = {
    "de": r"ohne|kein\w*|nirgends|nirgendwo",
    "fr": r"sans|pas\s+de|pas\s+une?|aucun\w*|(?:je\s+ne\s+)?(?:vois|trouve)\s+pas"
    r"|(?:il\s+)?n'?\s*y\s+a\s+pas",
    "es": r"sin|ni|no\s+(?:hay|tengo|veo|encuentro|hallo|queda|existe)|ningun\w*",
    "pt": r"sem|nem|nao\s+(?:ha|tem|vejo|acho|encontro|existe)|nenhum\w*",
    "it": r"senza|nessun\w*|non\s+(?:c'?\s*e|ho|vedo|trovo|esiste)",
}
_THROUGH_WHICH_OUT = {
    "de": r"(?:durch\s+(?:die|den|das)|wo)\s+(?:ich\s+)?(?:\w+\s+){0,2}?(?:raus\w*|hinaus\w*"
    r"|entkommen|entkomme|fliehen|fliehe|abhauen)",
    "fr": r"(?:par\s+ou|par\s+laquelle|par\s+lequel|d'?\s*ou)\s+(?:\w+\s+)?(?:sortir|fuir"
    r"|m'?\s*echapper|m'?\s*enfuir|m'?\s*en\s+sortir)",
    "es": r"por\s+(?:donde|el\s+que|la\s+que|el\s+cual|la\s+cual)\s+(?:\w+\s+)?(?:escapar\w*"
    r"|salir\w*|huir|fugarme)",
    "pt": r"(?:por\s+onde|pela\s+qual|pelo\s+qual|por\s+que\s+lado)\s+(?:\w+\s+)?(?:sair|fugir"
    r"|escapar)",
    "it": r"(?:da\s+cui|dalla\s+quale|dal\s+quale|per\s+cui|attraverso\s+cui|per\s+dove)\s+"
    r"(?:\w+\s+)?(?:scappare|uscire|uscirne|fuggire|evadere)",
}
# the writer is the one shut in: a first-person word in the sentence
_FIRST_PERSON = {
    "de": r"ich|i|mich|mi|mir",
    "fr": r"je|j'|me|m'|moi",
    "es": r"me|mi|yo|estoy|vivo|siento|empujo",
    "pt": r"me|eu|mim|estou|to|vivo|sinto",
    "it": r"mi|io|sono|sto|vivo|pare",
}
# a building, a car park, a station or a shop: a way out of a real place one got lost in
_NOT_A_BUILDING = (
    r"(?![^.!?\n]*\b(?:parking|parkhaus|tiefgarage|garage|garagem|estacionamiento"
    r"|estacionamento|parcheggio|centro\s+comercial|shopping|einkaufszentrum|centre\s+commercial"
    r"|centro\s+commerciale|aeropuerto|aeroporto|flughafen|aeroport|estacion|estacao|stazione"
    r"|bahnhof|gare|edificio|gebaude|palazzo|predio|immeuble|supermercado|supermercato|supermarkt"
    r"|supermarche|ikea|museo|museu|musee|museum|estadio|stadion|stadio|stade|metro|u-bahn"
    r"|subte|hospital|ospedale|krankenhaus|hopital|nivel|livello|level|niveau)\b)"
)
_SHUT_IN = {
    lang: rf"{_START}{_NOT_A_PLACE}{_NOT_A_BUILDING}"
    rf"(?=[^.!?\n]*\b(?:{_FIRST_PERSON[lang]})(?:\b|(?<=')))"
    rf"(?![^.!?\n]*\?){_S}*?\b(?:{_WITHOUT[lang]})\s+(?:[\w'-]+,?\s+){{0,4}}?"
    rf"(?:{_THROUGH_WHICH_OUT[lang]})\b"
    for lang in _LANGS
}
_SHUT_IN_GATE = {
    "de": "durch|wo ",
    "fr": "par ou|par laquelle|par lequel|d'ou|d' ou",
    "es": "por donde|por el que|por la que|por el cual|por la cual",
    "pt": "por onde|pela qual|pelo qual|por que lado",
    "it": "da cui|dalla quale|dal quale|per cui|attraverso cui|per dove",
}

# --- a time and a high place, the act unnamed ----------------------------------------------------
_IT_WILL_BE = {
    "de": r"es\s+(?:wird|ist|passiert|soll\s+sein)(?:\s+am|\s+fu(?:e)?r)?",
    "fr": r"(?:c'?\s*est|ce\s+sera|ca\s+sera|ca\s+va\s+etre)(?:\s+pour)?",
    "es": r"(?:va\s+a\s+ser|sera|es)(?:\s+para)?",
    "pt": r"(?:vai\s+ser|sera|e\s+pra|e\s+para)",
    "it": r"(?:sara|e\s+per)",
}
_TIME = {
    "de": r"(?:am\s+)?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen"
    r"|heute|na(?:e)?chste\s+woche)\w*",
    "fr": r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce\s+soir|cette\s+nuit"
    r"|la\s+semaine\s+prochaine)",
    "es": r"(?:el\s+)?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|esta\s+noche"
    r"|la\s+semana\s+que\s+viene)",
    "pt": r"(?:n[oa]\s+)?(?:segunda|terca|quarta|quinta|sexta|sabado|domingo|amanha"
    r"|hoje\s+a\s+noite|esta\s+noite|semana\s+que\s+vem)",
    "it": r"(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|domani|stanotte|stasera"
    r"|la\s+settimana\s+prossima)",
}
_HIGH_PLACE = {
    "de": r"\b(?:bru(?:e)?cke|talbru(?:e)?cke|viadukt|klippe\w*|gleis\w*|schienen|staudamm"
    r"|steinbruch|hochhaus|dach)\b",
    "fr": r"\b(?:pont|viaduc|falaise|voies?\s+ferrees?|rails|barrage|toit)\b",
    # (not "el puente de mayo", the long weekend)
    "es": r"\b(?:puente(?!\s+(?:de|del)\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto"
    r"|septiembre|octubre|noviembre|diciembre|la\s+constitucion|la\s+inmaculada|todos\s+los"
    r"\s+santos|san\s+\w+|semana\s+santa|reyes))|viaducto|acantilado|vias|rieles|presa|azotea"
    r"|tejado)\b",
    "pt": r"\b(?:ponte|viaduto|falesia|penhasco|trilhos|linha\s+do\s+trem|barragem|terraco"
    r"|telhado)\b",
    "it": r"\b(?:ponte|viadotto|scogliera|binari|diga|tetto|terrazzo)\b",
}
# an outing named: a walk, a picnic, fishing, a photo, a meeting, works on the bridge
_NOT_AN_OUTING = (
    r"(?![^.!?\n]*\b(?:spaziergang|picknick|angeln|foto\w*|treffen|treffpunkt|fest|markt|konzert"
    r"|bauarbeiten|baustelle|fu(?:e)?hrung|repar\w*|ripar\w*|consert\w*|arregl\w*|dachdecker"
    r"|couvreur|playa|finde|fin\s+de\s+semana|balade|pique-nique|peche\w*|photos?|rendez-vous|fete"
    r"|marche|concert|travaux|visite|paseo|picnic|pesca|fotos?|cita|quedada|fiesta|mercado"
    r"|concierto|obras?|visita|passeio|piquenique|encontro|festa|feira|show|passeggiata"
    r"|picnic|appuntamento|sagra|mercato|concerto|lavori|inaugurazione|corsa|lauf|course"
    r"|carrera|corrida|maratona|marathon|gara|partita|spiel|match|jogo|partido)\b)"
)
# … the place, with its name, closing the sentence: whatever follows names the outing ("…, au
# pont, pour voir le feu d'artifice", "… sul ponte, con la banda del paese")
_TIME_AND_PLACE = {
    lang: rf"{_START}\s*{_NOT_AN_OUTING}{_IT_WILL_BE[lang]}\s+{_TIME[lang]}\b{_S}{{0,60}}?"
    rf"{_HIGH_PLACE[lang]}(?:\s+[\w'-]+){{0,4}}(?=\s*(?:$|[.!?\n]))"
    for lang in _LANGS
}
_TIME_AND_PLACE_GATE = {
    "de": "brucke|bruecke|viadukt|klippe|gleis|schienen|staudamm|steinbruch|hochhaus|dach",
    "fr": "pont|viaduc|falaise|voie|rails|barrage|toit",
    "es": "puente|viaducto|acantilado|vias|rieles|presa|azotea|tejado",
    "pt": "ponte|viaduto|falesia|penhasco|trilhos|linha do trem|barragem|terraco|telhado",
    "it": "ponte|viadotto|scogliera|binari|diga|tetto|terrazzo",
}

# --- a supply taken, and the care after it --------------------------------------------------------
# A first-person past "took / swallowed / drank" with a whole supply of medicine …
_AMOUNT = {
    "de": r"(?:alle|die\s+ganze|eine\s+ganze|eine\s+handvoll|zu\s+viele|\d+)",
    "fr": r"(?:tou(?:te)?s\s+(?:les|mes)|toute\s+(?:la|ma)|une\s+(?:boite|plaquette|poignee)|trop"
    r"\s+de|\d+)",
    "es": r"(?:tod[oa]s\s+(?:las|los|mis)|toda\s+(?:la|mi)|todo\s+el|un\s+(?:frasco|blister"
    r"|punado|monton)|una\s+caja|demasiad[oa]s|\d+)",
    "pt": r"(?:tod[oa]s\s+(?:as|os|meus|minhas)|toda\s+a|todo\s+o|uma\s+(?:caixa|cartela)|um\s+"
    r"(?:frasco|punhado|monte)|\d+)",
    "it": r"(?:tutt[ei]\s+(?:le|i|mie|miei)|tutta\s+la|una\s+(?:scatola|confezione|manciata)"
    r"|un\s+flacone|troppe|\d+)",
}
_SUPPLY = (
    r"(?:pastillas|pildoras|medicamentos|somniferos|calmantes|antidepresivos|comprimidos"
    r"|remedios|pilulas|tabletten|pillen|medikamente|schlaftabletten|cachets|comprimes"
    r"|medicaments|medocs|pilules|somniferes|pillole|pastiglie|compresse|farmaci|sonniferi"
    r"|ansioliticos|antidepressivi|paracetamol\w*|ibuprofen\w*|jarabe|xarope"
    r"|sciroppo|sirop|sirup|frasco|caixa|cartela|caja|blister|boite|plaquette|flacone|scatola"
    r"|confezione|packung|schachtel|dose)\b"
)
_TOOK = {
    "de": r"\b(?:hab|habe|hatte)\s+ich\b|\bich\s+(?:hab|habe|hatte)\b",
    "fr": r"\bj'?\s*ai\s+(?:pris|avale|bu|gobe)\b",
    "es": r"\b(?:me\s+)?(?:tome|trague|bebi|meti)\b",
    "pt": r"\b(?:tomei|engoli|bebi)\b",
    "it": r"\b(?:ho\s+(?:preso|ingoiato|inghiottito|mandato\s+giu|bevuto)|mi\s+sono\s+"
    r"(?:pres[oa]|ingoiat[oa]|bevut[oa]))\b",
}
# (German names the supply before its participle: "hab ich alle Tabletten geschluckt")
_TOOK_END = {
    "de": r"(?:\s+\w+){0,3}?\s+(?:genommen|geschluckt|eingeworfen|getrunken|reingeschmissen)\b",
    "fr": "",
    "es": "",
    "pt": "",
    "it": "",
}
# … and the care after it: an emergency room, a ward, waking up there, the stomach pumped
_OUTCOME = {
    "de": r"aufgewacht|gelandet|eingeliefert|ausgepumpt|lag|mich\s+(?:\w+\s+)?(?:gebracht"
    r"|gefahren)",
    "fr": r"reveille\w*|fini|atterri|retrouve\w*|emmene\w*|transporte\w*|hospitalise\w*|lavage",
    "es": r"acabe|termine|desperte|amaneci|me\s+llevaron|me\s+ingresaron|me\s+internaron"
    r"|fui\s+a\s+parar|me\s+hicieron|lavado",
    "pt": r"acordei|fui\s+parar|parei|me\s+levaram|me\s+internaram|fiquei|terminei|acabei"
    r"|me\s+fizeram|lavagem",
    "it": r"svegliat[oa]|finit[oa]|portat[oa]|ricoverat[oa]|ritrovat[oa]|fatto\s+la|lavanda",
}
_AFTERCARE = {
    "de": r"\b(?:notaufnahme|krankenhaus|klinik|intensivstation|intensiv|magen\s+ausgepumpt"
    r"|eingeliefert|psychiatrie)\b",
    "fr": r"\b(?:urgences|hopital|hosto|rea|reanimation|lavage|hospitalise\w*|psychiatri\w*)\b",
    "es": r"\b(?:urgencias|hospital|uci|clinica|clinico|lavado|ingresad[oa]|me\s+ingresaron"
    r"|psiquiatri\w+)\b",
    "pt": r"\b(?:pronto[\s-]socorro|hospital|uti|upa|internad[oa]|lavagem|me\s+internaram"
    r"|emergencia|psiquiatri\w+)\b",
    "it": r"\b(?:pronto\s+soccorso|ospedale|rianimazione|ricoverat[oa]|lavanda|psichiatri\w+"
    r"|spdc)\b",
}
# a mistake, an allergy, food poisoning, an operation or an accident: an ordinary emergency
NOT_BY_MISTAKE = (
    r"(?![^.!?\n]*\b(?:por\s+error|sin\s+querer|equivoca\w*|alergi\w*|reaccion|intoxicacion"
    r"|por\s+engano|sem\s+querer|reacao|per\s+sbaglio|allergi\w*|reazione|par\s+erreur"
    r"|reaction|aus\s+versehen|versehentlich|reaktion|lebensmittel\w*|operation|operacion"
    r"|cirurgia|operazione|unfall|accident\w*|acidente|incidente|fiebre|febre|febbre|fieber"
    r"|fievre|migra\w*|grippe|gripe|influenza|dengue|covid|infec\w*|infez\w*|infektion"
    r"|neumonia|pneumonia|polmonite|pneumonie|lungenentzu(?:e)?ndung|vitamin\w*|consult\w*"
    # … or the dose the doctor gave, and a check-up after it
    r"|prescri\w*|recetad\w*|receitad\w*|verschrieben|verordnet|controllo|control|revision"
    r"|kontrolle|check\w*|visita|termin|che\s+mi\s+(?:ha|hanno)\s+dato|que\s+me\s+(?:dio|dieron"
    r"|deu|deram)|qu'?\s*on\s+m'?\s*a\s+donne)\b)"
)
# (or the whole said after it: "engoli os comprimidos todos")
_ALL_AFTER = r"\s+(?:todos|todas|tutte|tutti|tous|toutes|alle|inteir[oa]|enter[oa]|intero|intera)\b"
_TOOK_WORD = {**_TOOK, "de": r"genommen|geschluckt|eingeworfen|getrunken|reingeschmissen"}
_TOOK_THEN_CARE = {
    lang: rf"{_START}{NOT_BY_MISTAKE}{unnegated(lang, _TOOK_WORD[lang])}{_S}*?(?:{_TOOK[lang]})"
    rf"{_S}{{0,40}}?(?:\b{_AMOUNT[lang]}\s+(?:\w+\s+){{0,2}}?{_SUPPLY}|{_SUPPLY}{_ALL_AFTER})"
    rf"{_TOOK_END[lang]}{_S}{{0,80}}?"
    # … the writer's outcome and the care, either order ("acabé en urgencias", "ins Krankenhaus
    # eingeliefert", "lavado de estómago")
    rf"(?:\b(?:{_OUTCOME[lang]})\b{_S}{{0,40}}?{_AFTERCARE[lang]}|{_AFTERCARE[lang]}{_S}{{0,30}}?"
    rf"\b(?:{_OUTCOME[lang]})\b|\b(?:lavado|lavagem|lavage|lavanda|magen\s+ausgepumpt)\b)"
    for lang in _LANGS
}
_TOOK_GATE = {
    "de": "notaufnahme|krankenhaus|klinik|intensiv|magen|eingeliefert|psychiatrie",
    "fr": "urgences|hopital|hosto|rea|lavage|hospitalis|psychiatri",
    "es": "urgencias|hospital|uci|clinic|lavado|ingres|psiquiatri",
    "pt": "socorro|hospital|uti|upa|internad|lavagem|internaram|emergencia|psiquiatri",
    "it": "soccorso|ospedale|rianimazione|ricoverat|lavanda|psichiatri|spdc",
}

# --- everything set, for when nobody is around --------------------------------------------------
_ALL_SET = {
    "de": r"\balles\s+ist\s+(?:\w+\s+)?(?:geplant|vorbereitet|bereit|organisiert|durchdacht)"
    r"|\bich\s+hab(?:e)?\s+(?:schon\s+)?alles\s+(?:geplant|vorbereitet|organisiert|durchdacht)",
    "fr": r"\btout\s+est\s+(?:deja\s+)?(?:prevu|pret|planifie|organise|calcule)"
    r"|\bj'?\s*ai\s+(?:deja\s+)?tout\s+(?:prevu|prepare|planifie|organise|calcule)",
    "es": r"\b(?:lo\s+)?tengo\s+todo\s+(?:pensado|planeado|preparado|listo|organizado|calculado)"
    r"|\b(?:ya\s+)?esta\s+todo\s+(?:pensado|planeado|preparado|listo|organizado)",
    "pt": r"\b(?:ja\s+)?(?:ta|esta)\s+tudo\s+(?:planejado|pensado|pronto|preparado|organizado)"
    r"|\b(?:ja\s+)?tenho\s+tudo\s+(?:planejado|pensado|pronto|preparado|organizado)",
    "it": r"\b(?:ormai\s+)?e\s+(?:gia\s+)?tutto\s+(?:pronto|pianificato|organizzato|preparato)"
    r"|\bho\s+(?:gia\s+)?(?:tutto\s+(?:pronto|pianificato|organizzato|preparato)"
    r"|(?:pianificato|organizzato|preparato)\s+tutto)",
}
_NOBODY_AROUND = {
    "de": r"\bwenn\s+(?:keiner|niemand)\s+(?:mehr\s+)?(?:da|daheim|zu\s*hause|im\s+haus)\s+ist"
    r"|\bwenn\s+(?:alle|die\s+anderen)\s+(?:schlafen|weg\s+sind|aus\s+dem\s+haus\s+sind)"
    r"|\bwenn\s+ich\s+allein(?:e)?\s+bin|\bwenn\s+das\s+haus\s+leer\s+ist",
    "fr": r"\bquand\s+(?:il\s+(?:n'?\s*)?y\s+aura\s+personne|personne\s+ne\s+sera\s+la"
    r"|(?:tout\s+le\s+monde|ils|elles)\s+(?:dormira|dormiront|sera\s+parti|seront\s+partis)"
    r"|je\s+serai\s+seule?|la\s+maison\s+sera\s+vide)",
    "es": r"\bcuando\s+(?:no\s+(?:haya|este)\s+nadie|nadie\s+(?:este|estara|me\s+vea)"
    r"|(?:todos|todas)\s+(?:duerman|se\s+vayan|esten\s+fuera)|me\s+quede\s+sol[oa]"
    r"|este\s+sol[oa]|la\s+casa\s+este\s+vacia)",
    "pt": r"\bquando\s+(?:nao\s+(?:tiver|houver)\s+ninguem|ninguem\s+(?:estiver|tiver|me\s+vir)"
    r"|(?:todos|todo\s+mundo)\s+(?:dormir|dormirem|sair|sairem)|eu\s+(?:estiver|ficar)\s+"
    r"sozinh[oa]|a\s+casa\s+(?:estiver|ficar)\s+vazia)",
    "it": r"\bquando\s+(?:non\s+(?:c'?\s*e|ci\s+sara)\s+nessuno|nessuno\s+(?:e|sara|mi\s+vede)"
    r"|tutti\s+(?:dormono|dormiranno|sono\s+via|saranno\s+via|escono)|saro\s+sol[oa]"
    r"|resto\s+sol[oa]|la\s+casa\s+(?:e|sara)\s+vuota)",
}
# a surprise, a party, a clean-up, a present, a trip: what people plan for an empty house
_NOT_A_SURPRISE = (
    r"(?![^.!?\n]*\b(?:sorpresa|surprise|surpresa|u(?:e)?berraschung|fiesta|fete|festa|feier"
    r"|party|limpieza|menage|putz\w*|faxina|pulizie|regalo|cadeau|geschenk\w*|presente|viaje"
    r"|voyage|viagem|viaggio|reise|mudanza|demenag\w*|mudanca|trasloco|umzug|maleta|valise"
    r"|mala|valigia|koffer|cena|diner|jantar|abendessen|pintar|peindre|pintura|dipingere"
    r"|streichen|reforma|obras|travaux|lavori|cumple\w*|anniversaire|aniversario|compleanno"
    r"|geburtstag)\b)"
)
# … the moment closing the sentence, or everything set closing it after the moment: what
# follows either names the plan ("…, quand il n'y aura personne, je repeins la cuisine")
_HOME = (
    r"(?:\s+(?:en|a|em|in|zu|a\s+la|na|dans\s+la)\s+(?:casa|maison|hause|haus|cuisine"
    r"|cocina))?"
)
_SENTENCE_END = r"(?=\s*(?:$|[.!?\n]))"
# a purpose named after it is the plan: "tengo todo preparado para estudiar"
_NO_PURPOSE = (
    r"(?![^.!?\n]*\b(?:para|pra|pour|per|um|zum)\s+(?:\w+\s+)?\w+(?:ar|er|ir|re|are|ere|ire|en)\b"
    r"(?<!\bmadre)(?<!\bpadre))"
)
_SET_FOR_ALONE = {
    lang: rf"{_START}{_NOT_A_SURPRISE}{_NO_PURPOSE}{unnegated(lang, _ALL_SET[lang])}{_S}*?"
    rf"(?:(?:{_ALL_SET[lang]}){_S}{{0,60}}?"
    rf"(?:{_NOBODY_AROUND[lang]}){_HOME}{_SENTENCE_END}|(?:{_NOBODY_AROUND[lang]}){_HOME}"
    rf"{_S}{{0,30}}?(?:{_ALL_SET[lang]}){_SENTENCE_END})"
    for lang in _LANGS
}
_SET_GATE = {
    "de": "wenn",
    "fr": "quand",
    "es": "cuando",
    "pt": "quando",
    "it": "quando",
}

RULES: tuple[Rule, ...] = (
    _family("no_way_out_of_it", Category.TRAPPED_PAIN, _CON, _NO_WAY, _NO_WAY_GATE)
    + _family("shut_in_no_opening", Category.TRAPPED_PAIN, _CON, _SHUT_IN, _SHUT_IN_GATE)
    + _family(
        "time_and_high_place",
        Category.PLAN_OR_METHOD,
        _URG,
        _TIME_AND_PLACE,
        _TIME_AND_PLACE_GATE,
    )
    + _family(
        "took_then_care",
        Category.SUICIDAL_IDEATION,
        _CON,
        _TOOK_THEN_CARE,
        _TOOK_GATE,
        past=True,
    )
    + _family("all_set_for_alone", Category.PLAN_OR_METHOD, _URG, _SET_FOR_ALONE, _SET_GATE)
)

__all__ = ["NOT_BY_MISTAKE", "RULES"]
