"""Warning signs in German, French, Spanish, Portuguese and Italian whose frames existed with
slots too narrow for the next writer: each family names the parts of the sign and fills each
part with the words, verb forms and word orders people use.

* **a recording or a sealed letter for each one, for after**: a voice note, a video message or
  an envelope ("ein Umschlag", "un audio", "un videomessaggio", "un vocal") for each of one's
  family, to be opened, heard or watched "afterwards" or "when I am gone";
* **the blade again, on the body, the verb left out**: "wieder mit der Rasierklinge am
  Oberschenkel", "otra vez con la navaja en los muslos", "di nuovo con il taglierino sul polso";
* **the attempt, bare, and it coming back**: "nach meinem Versuch im Winter …, jetzt fängt's
  wieder an", "ya van dos años del intento … vuelve la oscuridad", "il tentativo di due anni
  fa … quei pensieri bussano ancora";
* **a thing of mine now someone else's, for good**: the receiver as the subject ("se lo quedó
  mi sobrino", "agora são do meu afilhado", "ce l'ha lui adesso") and "for life" or "I won't
  need it any more";
* **months of pills in a tin**: pills taken from each prescription or kept for months, in a
  tin, a box or a jar ("le pastiglie di tre mesi di ricette", "comprimidos que fui tirando de
  cada receita");
* **only a cost, or them better rid of me**: "je coûte juste de l'argent", "solo soy un gasto
  más", "sono solo una spesa", "a serait ben mieux débarrassée de moi", "sin mí les alcanzaría
  la plata";
* **no longer there when the time comes**: a point ahead and "je n'y serai plus", "ya no
  estaré", "non ci sarò più", "da bin ich nicht mehr dabei";
* **thanks for everything, one last time** ("ringraziarlo di tutto, un'ultima volta");
* **the means already known** ("ich weiß schon wie: mit den Tabletten von Oma", "já sei como
  vai ser: os comprimidos da minha mãe");
* **pills swallowed and waking up in hospital**, with no amount named ("Tabletten geschluckt
  und auf der Intensiv aufgewacht");
* **buried alive, and the pain growing or nobody hearing**: "parece que me enterraram vivo",
  "è come essere sotto una valanga … ogni giorno fa più male".

Why: the earlier frames held one verb or one noun in a slot ("ein Brief", "lettera", "me corté
… con la navaja", "mi intento de suicidio", "le regalé"), so the same sign told another way was
missed. Each family keeps out its everyday look-alikes: birthdays, weddings and trips for the
recordings; shaving, crafts and accidents for the blade; an exam, a diet, a record or giving up
smoking for the attempt; a sale, a loan or an upgrade for the thing given; expired pills and a
weekly pill box for the tin; a boss or a job for "rid of me"; a move, a job or a trip for the
absence ahead; paperwork, snow and work for being buried.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import SAME_SENTENCE, Rule, either_order, family

_URG, _CON = Severity.URGENT, Severity.CONCERN
_LANGS = ("de", "fr", "es", "pt", "it")
_START = r"(?:^|(?<=[.!?\n]))"
_S = SAME_SENTENCE

_family = partial(family, "slot")


def _guarded(guard: str, body: str) -> str:
    """``body`` in a sentence none of whose words the lookahead ``guard`` names."""
    return rf"{_START}{guard}{_S}*?(?:{body})"


# --- a recording or a sealed letter for each one, for after --------------------------------------
_RECORDING = {
    "de": r"(?:sprachnachricht\w*|sprachmemo\w*|video\w*|aufnahme\w*|umschla(?:e)?g\w*|kuvert\w*"
    r"|brief\w*)",
    "fr": r"(?:vocal|vocaux|message\s+vocal|video\w*|enregistrement\w*|enveloppe\w*|lettre\w*)",
    "es": r"(?:audios?|videos?|videomensajes?|mensajes?\s+de\s+voz|grabacion\w*|sobres?|cartas?)",
    "pt": r"(?:audios?|videos?|mensage(?:m|ns)\s+de\s+voz|gravac\w+|envelopes?|cartas?)",
    "it": r"(?:vocal[ei]|audio|video\w*|videomessagg\w+|registrazion\w+|bust[ae]|letter[ae])",
}
# … for each of one's family or friends (not each pupil or client)
_KIN = {
    "de": r"(?:kind\w*|enkel\w*|bruder|bru(?:e)?der|schwester\w*|sohn|so(?:e)?hne|tochter"
    r"|to(?:e)?chter|geschwister\w*|neffen|nichte\w*|freund\w*|patenkind\w*|einzelnen)",
    "fr": r"(?:frere\w*|soeur\w*|enfant\w*|fils|fille\w*|petit\w*|neveu\w*|niece\w*|cousin\w*"
    r"|ami\w*|filleul\w*|d'?\s*entre\s+(?:eux|elles))",
    "es": r"(?:hij[oa]s?|niet[oa]s?|herman[oa]s?|sobrin[oa]s?|prim[oa]s?|amig[oa]s?|ahijad[oa]s?"
    r"|un[oa]\s+de\s+(?:mis|los|las))",
    "pt": r"(?:filh[oa]s?|net[oa]s?|irm[aã]o?s?|sobrinh[oa]s?|prim[oa]s?|amig[oa]s?|afilhad[oa]s?"
    r"|um\s+dos|uma\s+das)",
    "it": r"(?:figli[oa]?|nipot[ei]|fratell[oi]|sorell[ae]|cugin[oaie]|amic[oaih]e?|figliocci?[oa]?"
    r"|uno\s+dei|una\s+delle)",
}
_EACH = {
    "de": rf"\bfu(?:e)?r\s+(?:jede[nrs]?|jedes)\s+(?:\w+\s+)?{_KIN['de']}\b",
    "fr": rf"\b(?:pour|a)\s+(?:chaque|chacun\w*\s+(?:de\s+)?(?:mes|nos))\s+{_KIN['fr']}\b"
    r"|\b(?:pour|a)\s+chacun\w*\b",
    "es": rf"\bpara\s+cada\s+{_KIN['es']}\b",
    "pt": rf"\b(?:pra|para)\s+cada\s+{_KIN['pt']}\b",
    "it": rf"\bper\s+(?:ogni|ciascun\w*)\s+{_KIN['it']}\b",
}
_AFTER = {
    "de": r"\b(?:wenn|sobald)\s+ich\s+(?:\w+\s+)?(?:weg|nicht\s+mehr\s+(?:da|hier))\s+bin\b"
    r"|\b(?:erst\s+)?(?:danach|hinterher|nach\s+mir)(?=\s*(?:$|[.!?,;\n]))",
    "fr": r"\bquand\s+je\s+(?:ne\s+|n'?\s*)?serai\s+(?:plus\s+la|partie?)\b"
    r"|\b(?:a\s+(?:ecouter|ouvrir|regarder|lire)\s+)?(?:apres|plus\s+tard)(?=\s*(?:$|[.!?,;\n]))",
    "es": r"\b(?:el\s+dia\s+(?:en\s+)?que|cuando)\s+(?:yo\s+)?ya\s+no\s+este\b"
    r"|\b(?:para\s+(?:ver|oir|escuchar|abrir|leer)\s+)?(?:despues|mas\s+adelante)"
    r"(?=\s*(?:$|[.!?,;\n]))",
    "pt": r"\b(?:no\s+dia\s+(?:em\s+)?que|quando)\s+(?:eu\s+)?(?:ja\s+)?nao\s+estiver\b"
    r"|\b(?:(?:pra|para)\s+(?:ver|ouvir|abrir|lerem|ler|verem|ouvirem)\s+)?depois"
    r"(?=\s*(?:$|[.!?,;\n]))",
    "it": r"\bquando\s+(?:io\s+)?non\s+ci\s+sar[oa]\s+piu\b"
    r"|\b(?:da\s+(?:vedere|ascoltare|aprire|leggere)\s+)?(?:dopo|poi)(?=\s*(?:$|[.!?,;\n]))",
}
_NOT_AN_OCCASION = (
    r"(?![^.!?\n]*\b(?:geburtstag\w*|hochzeit\w*|weihnacht\w*|ostern|urlaub|reise\w*|schul\w*"
    r"|\w*fest|\w*feier|party|fete|fiesta|festa|recita\w*|spettacolo|auffu(?:e)?hrung|spectacle"
    r"|anniversaire|mariage|noel|vacances|voyage\w*|ecole|cumple\w*|boda|navidad|vacaciones"
    r"|viaje\w*|escuela|colegio|aniversario|casamento|natal|ferias|viagem|escola|compleann\w*"
    r"|matrimonio|natale|vacanz\w*|viaggio|scuola|battesimo|taufe|bapteme|bautizo|batizado"
    r"|comunion\w*|kommunion|communion|konfirmation|hausaufgab\w*|devoirs|deberes|compiti"
    r"|deveres|umzug|demenag\w*|mudanza|mudanca|trasloc\w*|hospital|krankenhaus|hopital"
    r"|ospedale|operation|operacion|operacao|operazione|ricetta|receta|receita|rezept|recette)\b)"
)
_RECORDED_FOR_AFTER = {
    lang: _guarded(
        _NOT_AN_OCCASION,
        rf"(?:\b{_RECORDING[lang]}\b{_S}{{0,40}}?{_EACH[lang]}|{_EACH[lang]}{_S}{{0,40}}?"
        rf"\b{_RECORDING[lang]}\b){_S}{{0,110}}?(?:{_AFTER[lang]})",
    )
    for lang in _LANGS
}
_RECORDED_GATE = {
    "de": "jede",
    "fr": "chaque|chacun",
    "es": "cada",
    "pt": "cada",
    "it": "ogni|ciascun",
}

# --- the blade again, on the body, the verb left out ---------------------------------------------
_AGAIN = {
    "de": r"\b(?:wieder|schon\s+wieder|nochmal|erneut)\b",
    "fr": r"\b(?:encore|de\s+nouveau|a\s+nouveau|une\s+fois\s+de\s+plus)\b",
    "es": r"\b(?:otra\s+vez|de\s+nuevo|nuevamente|una\s+vez\s+mas)\b",
    "pt": r"\b(?:de\s+novo|outra\s+vez|novamente|mais\s+uma\s+vez)\b",
    "it": r"\b(?:di\s+nuovo|ancora|un'?\s*altra\s+volta|nuovamente)\b",
}
_BLADE = {
    "de": r"\b(?:mit\s+(?:der|dem|einer|einem|meiner|meinem)\s+)(?:rasierklinge|klinge|messer"
    r"|cutter|teppichmesser|scherbe|glasscherbe|schere|nadel|feuerzeug|zigarette)\b",
    "fr": r"\b(?:avec\s+(?:la|le|une|un|ma|mon)\s+)(?:lame|rasoir|cutter|couteau|ciseaux"
    r"|compas|aiguille|briquet|cigarette|morceau\s+de\s+verre)\b",
    "es": r"\b(?:con\s+(?:la|el|una|un|mi)\s+)(?:navaja|cuchilla|gillette|gilette|hoja|cutter"
    r"|cuchillo|tijeras?|vidrio|aguja|encendedor|mechero|cigarro)\b",
    "pt": r"\b(?:com\s+(?:a|o|uma|um|minha|meu)\s+)(?:lamina|gilete|navalha|estilete|faca"
    r"|tesoura|caco|vidro|agulha|isqueiro|cigarro)\b",
    "it": r"\b(?:con\s+(?:la|il|lo|una|un|mia|mio)\s+)(?:lametta|lama|rasoio|taglierino|cutter"
    r"|coltello|forbici|vetro|ago|accendino|sigaretta)\b",
}
_ON_BODY = {
    "de": r"\b(?:am|an\s+(?:den|der|die|meinen|meiner)|auf\s+(?:den|dem|der|die))\s+"
    r"(?:arm\w*|unterarm\w*|oberschenkel\w*|handgelenk\w*|bein\w*|bauch|schenkel\w*|ha(?:e)?nde?n?"
    r"|hu(?:e)?fte\w*)\b",
    "fr": r"\b(?:sur|au|aux|a\s+la)\s+(?:le\s+|la\s+|les\s+|mon\s+|ma\s+|mes\s+)?(?:bras|avant-bras"
    r"|cuisses?|poignets?|jambes?|ventre|hanches?|mains?)\b",
    "es": r"\b(?:en|sobre)\s+(?:el|la|los|las|mi|mis)\s+(?:brazos?|antebrazos?|muslos?|munecas?"
    r"|piernas?|barriga|panza|caderas?|manos?)\b",
    "pt": r"\b(?:n[oa]s?|sobre\s+[oa]s?|em\s+(?:meu|minha|meus|minhas))\s+(?:bracos?|antebracos?"
    r"|coxas?|pulsos?|pernas?|barriga|quadris?|maos?)\b",
    "it": r"\b(?:sul|sulla|sulle|sui|sugli|sopra\s+(?:il|la|le|i))\s+(?:bracci[oa]|avambracci[oa]"
    r"|cosc[ei]a?|polsi|polso|gamb[ae]|pancia|fianch[io]|man[oi])\b",
}
# shaving, a craft, cooking, a nurse, an accident: the blade on the body for a reason
_NOT_SHAVING_OR_ACCIDENT = (
    r"(?![^.!?\n]*\b(?:rasier(?:t|en|e)|rasur|enthaar\w*|versehen|unfall|basteln|kochen|arzt"
    r"|doktor|impf\w*|tattoo\w*|raser|rase|epil\w*|accident\w*|par\s+erreur|bricol\w*|cuisine"
    r"|medecin|vaccin\w*|afeit\w*|depil\w*|sin\s+querer|sem\s+querer|accidente|manualidades"
    r"|cocinando|medico|vacuna|depilar|barbear|acidente|cozinhando|vacina|radere|rasat\w*"
    r"|depila\w*|per\s+sbaglio|incidente|cucinando|bricolage|vaccino|tatuagg\w*|tatuaje\w*"
    r"|tatuage\w*|zecke|tique|garrapata|carrapato|zecca|spreissel|splitter|echarde|astilla"
    r"|farpa|scheggia)\b)"
)
_BLADE_AGAIN = {
    lang: _guarded(
        _NOT_SHAVING_OR_ACCIDENT,
        either_order(_AGAIN[lang], rf"{_BLADE[lang]}{_S}{{0,20}}?{_ON_BODY[lang]}", 40),
    )
    for lang in _LANGS
}
_BLADE_GATE = {"de": "mit", "fr": "avec", "es": "con", "pt": "com", "it": "con"}

# --- the attempt, bare, and it coming back -------------------------------------------------------
# the attempt named bare: "mein Versuch", "del intento", "il tentativo di due anni fa", not "my
# attempt at the exam" (the attempt's object named)
_ATTEMPT = {
    "de": r"\b(?:mein\w*|de[mnr]|dies\w*)\s+versuch\b(?=\s*(?:[,.;:!?]|$)|\s+(?:im|vor|damals"
    r"|letzt\w*|von|aus\s+dem|\d))",
    "fr": r"\b(?:ma|la|cette)\s+tentative\b(?=\s*(?:[,.;:!?]|$)|\s+(?:il\s+y\s+a|de\s+l'?\s*an"
    r"|d'?\s*il\s+y\s+a|en\s+\d|l'?\s*an|de\s+(?:janvier|fevrier|mars|avril|mai|juin|juillet"
    r"|aout|septembre|octobre|novembre|decembre)))",
    "es": r"\b(?:mi|el|del|aquel|ese)\s+intento\b(?=\s*(?:[,.;:!?]|$)|\s+(?:de\s+hace|hace|del"
    r"\s+ano|de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre"
    r"|noviembre|diciembre)|en\s+\d))",
    "pt": r"\b(?:a\s+minha|minha|a|aquela|da|na)\s+tentativa\b(?=\s*(?:[,.;:!?]|$)|\s+(?:de\s+ha"
    r"|ha|do\s+ano|de\s+(?:janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro"
    r"|outubro|novembro|dezembro)|em\s+\d))",
    "it": r"\b(?:il\s+mio|il|quel|del|dal)\s+tentativo\b(?=\s*(?:[,.;:!?]|$)|\s+(?:di\s+(?:\w+\s+)?"
    r"(?:anni|mesi|settimane)\s+fa|dell'?\s*anno|di\s+(?:gennaio|febbraio|marzo|aprile|maggio"
    r"|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)|del\s+\d|\w+\s+fa))",
}
_COMING_BACK = {
    "de": r"\b(?:f(?:a|ae)ngt|geht)(?:'s|\s+(?:es|das|alles))?\s+(?:\w+\s+)?wieder\s+(?:an|los)\b"
    r"|\b(?:kommt|kommen|sind|ist)\s+(?:\w+\s+){0,2}?wieder\s+(?:da|zuru(?:e)?ck|hoch)\b"
    r"|\b(?:die\s+gedanken|das\s+dunkle|die\s+dunkelheit)\s+(?:\w+\s+)?(?:wieder|zuru(?:e)?ck)\b",
    "fr": r"\b(?:ca|tout)\s+(?:re)?commence\b|\b(?:les|ces|mes)\s+(?:idees|pensees)\s+(?:\w+\s+)?"
    r"(?:reviennent|sont\s+revenues|frappent)\b|\b(?:le\s+noir|l'?\s*envie)\s+(?:\w+\s+)?revient\b",
    "es": r"\b(?:vuelve|vuelven|regresa|regresan)\s+(?:a\s+\w+\s+)?(?:la|el|los|las|esa|esos|esas"
    r"|aquella|aquellos)?\s*(?:misma\s+|mismo\s+|mismos\s+|mismas\s+)?(?:oscuridad|pensamientos"
    r"|ganas|ideas|sombra|tristeza|negrura)\b|\b(?:todo|eso)\s+vuelve\b|\bempieza\s+otra\s+vez\b",
    "pt": r"\b(?:os|esses|aqueles)\s+pensamentos\s+(?:\w+\s+)?(?:voltaram|voltam"
    r"|estao\s+de\s+volta)\b|\b(?:volta|voltou|voltam)\s+(?:a|o|os|aquela|aquele)\s+"
    r"(?:mesma\s+|mesmo\s+)?(?:escuridao"
    r"|pensamentos|vontade|sombra)\b|\bcomeca\s+tudo\s+de\s+novo\b",
    "it": r"\b(?:quei|i|questi|quegli|brutti)\s+pensieri\s+(?:\w+\s+)?(?:tornano|bussano|ritornano"
    r"|sono\s+tornati|si\s+rifanno\s+vivi)\b|\b(?:torna|ritorna|e\s+tornato)\s+(?:il|quel|la)\s+"
    r"(?:buio|nero|voglia)\b|\bricomincia\b",
}
_NOT_A_TEST = (
    r"(?![^.!?\n]*\b(?:fu(?:e)?hrerschein|pru(?:e)?fung|examen|exame|esame|rekord|record|diat"
    r"|diaet|regime|dieta|rauchen|fumer|fumar|fumare|aufzuho(?:e)?ren|arreter|dejar|deixar|parar"
    r"|smettere|schwanger\w*|enceinte|embaraz\w*|gravid\w*|incinta|fiv|ivf|kinderwunsch"
    r"|bewerbung|candidature|postulacion|candidatura|backen|gateau|pastel|bolo|torta|kuchen)\b)"
)
_ATTEMPT_BACK = {
    lang: _guarded(_NOT_A_TEST, rf"{_ATTEMPT[lang]}{_S}{{0,120}}?(?:{_COMING_BACK[lang]})")
    for lang in _LANGS
}
_ATTEMPT_GATE = {
    "de": "versuch",
    "fr": "tentative",
    "es": "intento",
    "pt": "tentativa",
    "it": "tentativo",
}

# --- a thing of mine now someone else's, for good ------------------------------------------------
_NOW_THEIRS = {
    "de": r"\b(?:geho(?:e)?r(?:t|en)\s+(?:jetzt|nun|ab\s+jetzt)"
    r"|hat\s+jetzt\s+(?:\w+\s+)?(?:mein|meine|meinen))\b",
    "fr": r"\b(?:(?:est|sont)\s+(?:maintenant|desormais)\s+(?:a|au|aux|a\s+la)|(?:il|elle)\s+"
    r"(?:l'?\s*a|les\s+a)\s+gard\w*)\b",
    "es": r"\b(?:se\s+(?:lo|la|los|las)\s+quedo|ahora\s+(?:es|son)\s+(?:de|del)|(?:es|son)"
    r"\s+suy[oa]s?)\b",
    "pt": r"\b(?:agora\s+(?:e|sao)\s+d[oa]s?|ficou\s+com\s+(?:o|a|os|as|meu|minha|meus|minhas)"
    r"|que\s+(?:e|sao)\s+del[ea]s?)\b",
    "it": r"\b(?:se\s+l[oaie]\s+e\s+tenut[oaie]|ora\s+(?:e|sono)\s+(?:di|del|della)"
    r"|che\s+(?:e|sono)\s+su[oaei]i?|ce\s+l'?\s*ha\s+(?:lui|lei)|l[oaie]\s+tiene\s+(?:lui|lei))\b",
}
_FOR_GOOD = {
    "de": r"\bfu(?:e)?r\s+immer\b|\b(?:brauch|brauche)\s+(?:ich\s+)?(?:\w+\s+)?(?:nicht\s+mehr"
    r"|nimmer)\b"
    # told to keep it, or the writer never to use it again: "er soll sie behalten, ich fahr eh
    # nie wieder" (not kept "bis" a return)
    r"|\bsoll\s+(?:sie|es|ihn|alles|die|das|den)\s+behalten\b(?!\s+bis\b)"
    r"|\bich\s+(?:fahr|fahre|spiel|spiele|trag|trage|benutz|benutze)\s+(?:eh\s+|sowieso\s+)?"
    r"nie\s+(?:wieder|mehr)\b",
    "fr": r"\bpour\s+(?:toujours|de\s+bon)\b|\bje\s+n'?\s*en\s+aurai\s+plus\s+besoin\b"
    r"|\bje\s+ne\s+m'?\s*en\s+servirai\s+plus\b",
    # ("del todo": wholly theirs, "ya son suyas del todo")
    "es": r"\b(?:de\s+por\s+vida|para\s+siempre|del\s+todo)\b"
    r"|\bya\s+no\s+(?:me\s+hace\s+falta|lo\s+necesito"
    r"|la\s+necesito|los\s+necesito|lo\s+voy\s+a\s+usar|la\s+voy\s+a\s+usar)\b",
    "pt": r"\b(?:pra|para)\s+sempre\b|\bde\s+vez\b|\b(?:nao\s+vou\s+(?:mais\s+)?usar(?:\s+mais)?"
    r"|ja\s+nao\s+(?:preciso|uso|vou\s+usar))\b",
    "it": r"\bper\s+sempre\b|\b(?:a\s+me\s+)?non\s+(?:mi\s+)?serv(?:e|ono)\s+piu\b"
    r"|\bnon\s+l[oaie]\s+user[oa]\s+piu\b",
}
_NOT_SOLD_OR_LENT = (
    r"(?![^.!?\n]*\b(?:verkauf\w*|geliehen|leih\w*|euro|eur|vendu\w*|prete\w*|vendi\w*|vendid\w*"
    r"|prestad\w*|emprestad\w*|venduto|venduta|prestato|prestata|reais|pesos|soles"
    r"|neue[nrs]?|nuevo|nueva|novo|nova|nuovo|nuova|nouveau|nouvelle|umzug|demenag\w*|mudanza"
    r"|mudanca|trasloc\w*|gewachsen|grandi\w*|crecio|cresceu|cresciuto|klein\s+geworden"
    r"|trop\s+petit|me\s+queda\s+chico|ficou\s+pequen\w*|troppo\s+piccol\w*)\b)"
)
_THEIRS_FOR_GOOD = {
    lang: _guarded(_NOT_SOLD_OR_LENT, either_order(_NOW_THEIRS[lang], _FOR_GOOD[lang], 90))
    for lang in _LANGS
}
_THEIRS_GATE = {
    "de": "jetzt|nun",
    "fr": "maintenant|desormais|gard",
    "es": "quedo|ahora|suy",
    "pt": "agora|ficou|dele|dela",
    "it": "tenut|ora|suo|sua|suoi|sue|lui|lei",
}

# --- months of pills in a tin --------------------------------------------------------------------
_PILLS = (
    r"(?:tabletten|pillen|schlaftabletten|medikament\w*|cachets|comprimes|pilules|medicaments"
    r"|somniferes|pastillas|pildoras|somniferos|comprimidos|remedios|calmantes|pastiglie|pillole"
    r"|compresse|sonniferi|farmaci)"
)
_HOARDED = {
    "de": r"\b(?:von|aus)\s+(?:jedem|jeder)\s+(?:rezept|packung|schachtel)\b"
    r"|\b(?:von|aus)\s+(?:\w+\s+)?(?:monate[n]?|wochen)\s+rezepte[n]?\b",
    "fr": r"\bde\s+chaque\s+(?:ordonnance|boite|plaquette)\b|\bde\s+(?:\w+\s+)?mois\s+d'?\s*"
    r"ordonnances?\b",
    "es": r"\bde\s+cada\s+(?:receta|caja|blister)\b|\bde\s+(?:\w+\s+)?meses\s+de\s+recetas\b",
    "pt": r"\b(?:que\s+)?fui\s+(?:tirando|separando|juntando|guardando|escondendo|pegando)\b"
    r"|\bde\s+cada\s+(?:receita|caixa|cartela)\b|\bde\s+(?:\w+\s+)?meses\s+de\s+receitas\b",
    "it": r"\bdi\s+(?:\w+\s+)?mesi\s+di\s+ricett\w+|\bda\s+ogni\s+(?:ricetta|scatola"
    r"|confezione)\b|\bho\s+(?:messo|tenuto)\s+da\s+parte\b",
}
_TIN = (
    r"\b(?:dose|keksdose|blechdose|kiste|schachtel|glas|schublade|boite|bocal|tiroir|lata|caja"
    r"|bote|frasco|cajon|gaveta|pote|latta|scatola|barattolo|cassetto|vasetto)\b"
)
_NOT_SORTED_OR_EXPIRED = (
    r"(?![^.!?\n]*\b(?:abgelaufen\w*|entsorg\w*|apotheke\s+zuru(?:e)?ck|perime\w*|jeter|pharmacie"
    r"|vencid\w*|caducad\w*|tirar|devolver|farmacia|scadut\w*|buttare|riportare|wochendosierer"
    r"|pilulier|pastillero|porta-comprimidos|portapillole|dosierer|organizer|oma\s+sortier\w*)\b)"
)
_MONTHS_OF_PILLS = {
    lang: _guarded(
        _NOT_SORTED_OR_EXPIRED,
        either_order(rf"\b{_PILLS}\b{_S}{{0,40}}?(?:{_HOARDED[lang]})", _TIN, 100),
    )
    for lang in _LANGS
}
_PILLS_GATE = dict.fromkeys(
    _LANGS,
    "tablett|pille|pillol|medikament|cachet|comprim|pilul|pastill|pildor|somnif|remedio|calmant"
    "|pastigl|compress|sonnif|farmac",
)

# --- only a cost, or them better rid of me -------------------------------------------------------
_COST = {
    "de": r"\bich\s+(?:koste|kost)\s+(?:\w+\s+){0,3}?(?:nur|bloss|blos)\s+(?:geld|nerven)\b"
    r"|\bich\s+bin\s+(?:doch\s+)?(?:nur|bloss)\s+(?:noch\s+)?(?:ein\s+)?kostenfaktor\b",
    "fr": r"\b(?:je|j'?)\s*(?:ne\s+)?cou(?:te|tes)\s+(?:que|juste|rien\s+que|seulement)\s+"
    r"(?:de\s+l'?\s*argent|des\s+sous|du\s+fric|cher)\b",
    "es": r"\b(?:solo|nomas|solamente)\s+soy\s+un\s+gasto\b|\bsoy\s+(?:solo\s+|nomas\s+)?un\s+gasto"
    r"\s+mas\b",
    "pt": r"\b(?:so|apenas)\s+sou\s+(?:uma\s+)?despesa\b|\bsou\s+(?:so\s+)?(?:uma\s+)?despesa\s+a"
    r"\s+mais\b|\b(?:so|apenas)\s+dou\s+(?:despesa|gasto|prejuizo)s?\b",
    "it": r"\bsono\s+(?:solo|soltanto)\s+una\s+spesa\b|\b(?:costo|porto)\s+(?:solo|soltanto)\s+"
    r"(?:soldi|spese)\b",
}
_RID_OF_ME = {
    "de": r"\b(?:wa(?:e)?r(?:en|e)?|ha(?:e)?tte[n]?)\s+mich\s+(?:\w+\s+)?(?:endlich|besser)?"
    r"\s*los\b",
    "fr": r"\b(?:mieux|enfin)\s+debarrasse(?:e|s|es)?\s+de\s+moi\b"
    r"|\bserai(?:en)?t\s+(?:\w+\s+)?debarrasse(?:e|s|es)?\s+de\s+moi\b",
    "es": r"\b(?:se\s+librarian|estarian\s+(?:\w+\s+)?libres|se\s+quitarian\s+un\s+peso)"
    r"\s+de\s+mi\b"
    r"|\bsin\s+mi\s+(?:\w+\s+){0,2}?(?:les\s+)?(?:alcanzaria|sobraria|rendiria)\s+(?:la\s+plata"
    r"|el\s+dinero|el\s+sueldo|la\s+guita)\b",
    "pt": r"\b(?:se\s+livrariam|ficariam\s+(?:\w+\s+)?livres|estariam\s+livres)\s+de\s+mim\b"
    r"|\bsem\s+mim\s+(?:\w+\s+){0,2}?(?:lhes\s+)?(?:sobraria|chegaria|daria)\s+o\s+dinheiro\b",
    "it": r"\b(?:si\s+libererebbero|sarebbero\s+(?:\w+\s+)?liber[ie])\s+di\s+me\b"
    r"|\bsenza\s+di\s+me\s+(?:\w+\s+){0,2}?(?:gli\s+)?(?:basterebbero|avanzerebbero)\s+i\s+soldi\b",
}
_NOT_A_JOB = (
    r"(?![^.!?\n]*\b(?:chef\w*|firma|arbeit|job|patron\w*|boulot|boite|jef[ae]s?|empresa|trabajo"
    r"|laburo|chef[ae]s?|emprego|trabalho|capo\w*|ditta|lavoro|azienda|verein|club|equipe|equipo"
    r"|squadra|mannschaft|vermieter|proprio|casero|senhorio|padrone)\b)"
)
_BURDEN = {lang: _guarded(_NOT_A_JOB, rf"{_COST[lang]}|{_RID_OF_ME[lang]}") for lang in _LANGS}
_BURDEN_GATE = {
    "de": "koste|kost |kostenfaktor|los",
    "fr": "coute|debarrass",
    "es": "gasto|de mi|sin mi",
    "pt": "despesa|gasto|prejuizo|de mim|sem mim",
    "it": "spesa|soldi|spese|di me",
}

# --- no longer there when the time comes ---------------------------------------------------------
_AHEAD = {
    "de": r"\b(?:na(?:e)?chste[snmr]?|kommende[snmr]?)\s+(?:jahr|sommer|winter|fru(?:e)?hling"
    r"|herbst|weihnacht\w*|ostern|fest|geburtstag|saison)\b",
    "fr": r"\b(?:l'?\s*an|l'?\s*annee|l'?\s*ete|l'?\s*hiver|noel|paques|la\s+saison)\s+"
    r"(?:prochain\w*|qui\s+vient)\b|\b(?:prochain\w*)\s+(?:noel|anniversaire|ete|hiver)\b",
    "es": r"\b(?:el\s+ano|el\s+verano|el\s+invierno|la\s+navidad|la\s+temporada|la\s+fiesta)\s+"
    r"(?:que\s+viene|proximo|proxima|siguiente)\b|\b(?:proximo|proxima)\s+(?:ano|verano|navidad"
    r"|cumpleanos)\b",
    "pt": r"\b(?:o\s+ano|o\s+verao|o\s+natal|a\s+festa)\s+que\s+vem\b|\b(?:ano|verao|natal)\s+que"
    r"\s+vem\b|\b(?:proximo|proxima)\s+(?:ano|verao|natal|aniversario)\b",
    "it": r"\b(?:l'?\s*anno|l'?\s*estate|l'?\s*inverno|natale|la\s+sagra|il\s+palio)\s+"
    r"(?:prossim[oa]|che\s+viene)\b|\b(?:prossim[oa])\s+(?:anno|estate|natale|compleanno)\b",
}
_NOT_THERE = {
    "de": r"\b(?:bin\s+ich\s+(?:\w+\s+)?nicht\s+mehr\s+(?:dabei|da)|ich\s+(?:\w+\s+)?nicht\s+mehr"
    r"\s+(?:dabei|da)\s+bin)\b",
    "fr": r"\bje\s+n'?\s*y\s+serai\s+plus\b",
    "es": r"\bya\s+no\s+(?:voy\s+a\s+estar|estare)\b",
    "pt": r"\b(?:ja\s+nao\s+(?:vou\s+estar|estarei)|nao\s+vou\s+(?:mais\s+)?estar\s+(?:mais\s+)?"
    r"(?:aqui|ca))\b",
    "it": r"\bnon\s+ci\s+saro\s+piu\b",
}
_NOT_AWAY = (
    r"(?![^.!?\n]*\b(?:umzug|umzieh\w*|zieh\w*|ausland|auswander\w*|studium|job|stelle|rente"
    r"|urlaub|demenag\w*|pars|partirai|etranger|mutation|retraite|etudes|vacances|mudanza|me\s+mudo"
    r"|mudo|extranjero|trabajo|jubil\w*|vacaciones|estudios|mudanca|exterior|emprego|aposent\w*"
    r"|ferias|intercambio|trasloc\w*|trasferisco|estero|lavoro|pensione|vacanz\w*|erasmus"
    r"|universita|militar|servizio|emigr\w*|turno|schicht\w*|\w*dienst|guardia|plantao)\b)"
)
_GONE_AHEAD = {
    lang: _guarded(_NOT_AWAY, either_order(_AHEAD[lang], _NOT_THERE[lang], 100)) for lang in _LANGS
}
_GONE_GATE = {
    "de": "nicht mehr",
    "fr": "serai plus",
    "es": "ya no",
    "pt": "nao",
    "it": "saro piu",
}

# --- buried alive, and the pain growing or nobody hearing ----------------------------------------
_BURIED = {
    "de": r"\b(?:lebendig\s+begraben|verschu(?:e)?ttet|unter\s+einer\s+lawine|eingemauert)\b",
    "fr": r"\b(?:enterre\w*\s+vivante?|m'?\s*ont\s+enterre\w*|sous\s+une\s+avalanche|emmure\w*)\b",
    "es": r"\b(?:enterrad[oa]\s+viv[oa]|me\s+enterraron|bajo\s+una\s+avalancha|sepultad[oa])\b",
    "pt": r"\b(?:enterrad[oa]\s+viv[oa]|me\s+enterraram|debaixo\s+de\s+uma\s+avalanche"
    r"|soterrad[oa])\b",
    "it": r"\b(?:sepolt[oa]\s+viv[oa]|mi\s+hanno\s+sepolt[oa]|sotto\s+una\s+valanga|murat[oa]"
    r"\s+viv[oa])\b",
}
_AND_WORSE = {
    "de": r"\b(?:jeden\s+tag\s+(?:tut\s+es\s+)?mehr"
    r"|tut\s+(?:jeden\s+tag\s+)?(?:immer\s+)?mehr\s+weh"
    r"|keiner\s+ho(?:e)?rt\s+mich|niemand\s+ho(?:e)?rt\s+mich|krieg\w*\s+keine\s+luft)\b",
    "fr": r"\b(?:chaque\s+jour\s+(?:ca\s+fait\s+)?plus\s+mal|personne\s+ne\s+m'?\s*entend"
    r"|je\s+(?:ne\s+)?respire\s+plus|de\s+plus\s+en\s+plus\s+mal)\b",
    "es": r"\b(?:cada\s+dia\s+duele\s+mas|duele\s+cada\s+dia\s+mas|nadie\s+me\s+oye"
    r"|nadie\s+me\s+escucha|no\s+puedo\s+respirar|pesa\s+mas)\b",
    "pt": r"\b(?:cada\s+dia\s+doi\s+mais|doi\s+cada\s+vez\s+mais|ninguem\s+me\s+ouve"
    r"|ninguem\s+me\s+escuta|nao\s+consigo\s+respirar|pesa\s+mais)\b",
    "it": r"\b(?:ogni\s+giorno\s+fa\s+piu\s+male|fa\s+sempre\s+piu\s+male|nessuno\s+mi\s+sente"
    r"|non\s+respiro|nessuno\s+mi\s+ascolta|pesa\s+(?:sempre\s+)?di\s+piu)\b",
}
_NOT_PAPERWORK_OR_SNOW = (
    r"(?![^.!?\n]*\b(?:arbeit|papierkram|akten|mails?|schnee|ski\w*|lawinen\w*|travail|paperasse"
    r"|dossiers|neige|trabajo|papeleo|correos|nieve|esqui|trabalho|papelada|emails|neve|lavoro"
    r"|scartoffie|pratiche|sciare|film|serie|livre|libro|buch|livro|sogno|traum|reve|sueno"
    r"|sonho|terremot\w*|erdbeben|seisme|terremoto|sismo|minatori|bergleute|mineurs|mineros"
    r"|mineiros)\b)"
)
_BURIED_WORSE = {
    lang: _guarded(_NOT_PAPERWORK_OR_SNOW, either_order(_BURIED[lang], _AND_WORSE[lang], 100))
    for lang in _LANGS
}
_BURIED_GATE = {
    "de": "begraben|verschu|lawine|eingemauert",
    "fr": "enterr|avalanche|emmur",
    "es": "enterr|avalancha|sepultad",
    "pt": "enterr|avalanche|soterrad",
    "it": "sepolt|valanga|murat",
}

# --- thanks for everything, one last time -------------------------------------------------------
_THANKS_ALL = {
    "de": r"\b(?:fu(?:e)?r\s+alles\s+(?:\w+\s+)?(?:bedankt|gedankt|danke|danken)|danke\s+fu(?:e)?r"
    r"\s+alles)\b",
    "fr": r"\b(?:remerci\w*|dire\s+merci)\s+(?:\w+\s+)?(?:pour|de)\s+tout\b"
    r"|\bmerci\s+pour\s+tout\b",
    "es": r"\b(?:agradec\w*|(?:dar|darle|darles|di|le\s+di)\s+las\s+gracias)\s+(?:\w+\s+)?por"
    r"\s+todo\b|\bgracias\s+por\s+todo\b",
    "pt": r"\b(?:agradec\w*|obrigad[oa])\s+(?:\w+\s+)?por\s+tudo\b",
    "it": r"\b(?:ringrazi\w*|grazie)\s+(?:\w+\s+)?(?:di|per)\s+tutto\b",
}
_LAST_TIME = {
    "de": r"\b(?:ein\s+letztes\s+mal|zum\s+letzten\s+mal|ein\s+allerletztes\s+mal)\b",
    "fr": r"\b(?:une\s+(?:toute\s+)?derniere\s+fois|pour\s+la\s+derniere\s+fois)\b",
    "es": r"\b(?:una\s+ultima\s+vez|por\s+ultima\s+vez)\b",
    "pt": r"\b(?:uma\s+ultima\s+vez|pela\s+ultima\s+vez)\b",
    "it": r"\b(?:un'?\s*ultima\s+volta|per\s+l'?\s*ultima\s+volta)\b",
}
# a leaving do, a retirement, a last day at work or school, a move: thanks of an ordinary parting
_NOT_A_LEAVING_DO = (
    r"(?![^.!?\n]*\b(?:abschied\w*|rente|ruhestand|letzte[nr]?\s+(?:arbeits|schul)tag|umzug"
    r"|kollegen|team|pot\s+de\s+depart|retraite|collegues|demenag\w*|despedida|jubil\w*"
    r"|companeros|mudanza|aposent\w*|colegas|mudanca|pensione|colleghi|trasloc\w*|ultimo\s+giorno"
    r"|ultimo\s+dia|dernier\s+jour|spettacolo|concerto|konzert|concert|show|partita|match"
    r"|spiel|jogo|partido|gara|saison|stagione|temporada|contrat|vertrag|contrato|contratto)\b)"
)
_THANKS_LAST = {
    lang: _guarded(_NOT_A_LEAVING_DO, either_order(_THANKS_ALL[lang], _LAST_TIME[lang], 90))
    for lang in _LANGS
}
_THANKS_GATE = {
    "de": "letzt",
    "fr": "derniere",
    "es": "ultima",
    "pt": "ultima",
    "it": "ultima",
}

# --- the means already known: "ich weiß schon wie: die Tabletten von Oma" ----------------------
_KNOW_HOW = {
    "de": r"\b(?:ich\s+)?wei(?:ss|s)\s+(?:ich\s+)?(?:jetzt\s+)?(?:schon|auch\s+schon|genau)"
    r"\s+wie\b",
    "fr": r"\bje\s+sais\s+(?:deja|meme|exactement)\s+comment\b",
    "es": r"\b(?:ya\s+)?se\s+(?:ya\s+|exactamente\s+)?como\b(?!\s+(?:se\s+hace|llegar|ir\b))",
    "pt": r"\b(?:ja|eu\s+ja)\s+sei\s+(?:exatamente\s+)?como\b",
    "it": r"\b(?:so\s+(?:gia|esattamente)\s+come|lo\s+so\s+gia\s+come)\b",
}
_MEANS = (
    r"(?:tabletten|pillen|schlaftabletten|strick|seil|messer|klinge|cachets|comprimes|medocs"
    r"|somniferes|corde|couteau|lame|pastillas|pildoras|soga|cuerda|cuchillo|navaja|comprimidos"
    r"|remedios|corda|faca|gilete|pastiglie|pillole|sonniferi|coltello|lametta|pistole|waffe"
    r"|gewehr|pistolet|fusil|arme|pistola|arma|escopeta|espingarda|fucile"
    # a train or a bridge only as the way to die, not the way to get somewhere
    r"|vor\s+(?:den|einen)\s+zug|von\s+der\s+bru(?:e)?cke|sous\s+(?:le|un)\s+train|du\s+pont"
    r"|(?:bajo|debajo\s+de)\s+(?:el|un)\s+tren|del\s+puente|debaixo\s+do\s+trem|da\s+ponte"
    r"|sotto\s+(?:il|un)\s+treno|dal\s+ponte)"
)
# … closing the sentence soon after: not "… with the pills it works, the sleep"
_KNOWN_MEANS = {
    lang: rf"{_KNOW_HOW[lang]}{_S}{{0,40}}?\b{_MEANS}\b(?:\s+[\w'-]+){{0,4}}(?=\s*(?:$|[.!?\n]))"
    for lang in _LANGS
}
_KNOW_GATE = {
    "de": "wie",
    "fr": "comment",
    "es": "como",
    "pt": "como",
    "it": "come",
}

# --- pills swallowed, and waking up in hospital -------------------------------------------------
_SWALLOWED = {
    "de": r"\b(?:tabletten|pillen|schlaftabletten|medikamente)\s+(?:\w+\s+){0,3}?(?:geschluckt"
    r"|genommen|eingeworfen)|\b(?:schluckte|nahm)\s+(?:\w+\s+){0,3}?(?:tabletten|pillen)\b",
    "fr": r"\b(?:avale|pris)\s+(?:\w+\s+){0,3}?(?:cachets|comprimes|medocs|medicaments"
    r"|somniferes|pilules)\b",
    "es": r"\b(?:me\s+)?(?:tome|trague|bebi)\s+(?:\w+\s+){0,3}?(?:pastillas|pildoras|calmantes"
    r"|somniferos|medicamentos)\b",
    "pt": r"\b(?:tomei|engoli)\s+(?:\w+\s+){0,3}?(?:comprimidos|remedios|calmantes|pilulas"
    r"|medicamentos)\b",
    "it": r"\b(?:ho\s+)?(?:preso|ingoiato|mandato\s+giu)\s+(?:\w+\s+){0,3}?(?:pastiglie|pillole"
    r"|compresse|sonniferi|farmaci)\b",
}
_WOKE_IN_CARE = {
    "de": r"\b(?:auf|in)\s+(?:der|die)\s+(?:intensiv\w*|notaufnahme)\b|\bmagen\s+ausgepumpt\b"
    r"|\b(?:im|ins)\s+(?:krankenhaus|spital|klinikum)\s+(?:\w+\s+){0,2}?(?:aufgewacht"
    r"|wach\s+geworden)\b|\b(?:aufgewacht|wachte\s+\w+\s+auf)\s+(?:\w+\s+)?(?:im|in\s+der)"
    r"\s+(?:krankenhaus|spital|klinik\w*)\b",
    "fr": r"\bre(?:veille|veillee)\s+(?:a\s+l'?\s*hopital|aux\s+urgences|en\s+reanimation)"
    r"|\blavage\s+d'?\s*estomac\b",
    "es": r"\bdesperte\s+en\s+(?:el\s+hospital|urgencias|la\s+uci|terapia)|\blavado\s+de"
    r"\s+estomago\b",
    "pt": r"\bacordei\s+n[oa]\s+(?:hospital|uti|urgencia|pronto-socorro)|\blavagem\s+"
    r"(?:ao|de)\s+estomago\b",
    "it": r"\bsvegliat[oa]\s+in\s+(?:ospedale|rianimazione|terapia\s+intensiva|pronto\s+soccorso)"
    r"|\blavanda\s+gastrica\b",
}
# an operation, an allergy, a mistake: care after medicine for another reason
_NOT_AN_OPERATION = (
    r"(?![^.!?\n]*\b(?:narkose|operation|op|allergi\w*|versehen|verwechsel\w*|anesthesi\w*"
    r"|operation|erreur|anestesi\w*|operacion|cirugia|alergi\w*|sin\s+querer|error"
    r"|operacao|cirurgia|sem\s+querer|engano|operazione|intervento|per\s+sbaglio|errore)\b)"
)
_SWALLOWED_WOKE = {
    lang: _guarded(_NOT_AN_OPERATION, either_order(_SWALLOWED[lang], _WOKE_IN_CARE[lang], 100))
    for lang in _LANGS
}
_SWALLOWED_GATE = {
    "de": "intensiv|notaufnahme|krankenhaus|ausgepumpt",
    "fr": "hopital|urgences|reanimation|estomac",
    "es": "hospital|urgencias|uci|terapia|estomago",
    "pt": "hospital|uti|urgencia|socorro|estomago",
    "it": "ospedale|rianimazione|intensiva|soccorso|gastrica",
}

RULES: tuple[Rule, ...] = (
    _family("recorded_for_after", Category.GOODBYES, _CON, _RECORDED_FOR_AFTER, _RECORDED_GATE)
    + _family("blade_again", Category.SELF_HARM, _CON, _BLADE_AGAIN, _BLADE_GATE)
    + _family(
        "attempt_back",
        Category.SUICIDAL_IDEATION,
        _CON,
        _ATTEMPT_BACK,
        _ATTEMPT_GATE,
        past=True,
    )
    + _family("theirs_for_good", Category.GIVING_AWAY, _CON, _THEIRS_FOR_GOOD, _THEIRS_GATE)
    + _family("months_of_pills", Category.GETTING_MEANS, _URG, _MONTHS_OF_PILLS, _PILLS_GATE)
    + _family("cost_or_rid", Category.BURDEN, _CON, _BURDEN, _BURDEN_GATE)
    + _family("gone_ahead", Category.NO_FUTURE, _CON, _GONE_AHEAD, _GONE_GATE)
    + _family("buried_worse", Category.TRAPPED_PAIN, _CON, _BURIED_WORSE, _BURIED_GATE)
    + _family("thanks_last_time", Category.GOODBYES, _CON, _THANKS_LAST, _THANKS_GATE)
    + _family(
        "known_means", Category.PLAN_OR_METHOD, _URG, _KNOWN_MEANS, _KNOW_GATE, inherent=False
    )
    + _family(
        "swallowed_woke",
        Category.SUICIDAL_IDEATION,
        _CON,
        _SWALLOWED_WOKE,
        _SWALLOWED_GATE,
        inherent=False,
        past=True,
    )
)

__all__ = ["RULES"]
