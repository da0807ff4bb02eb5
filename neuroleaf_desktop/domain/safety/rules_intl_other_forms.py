"""Warning signs in German, French, Spanish, Portuguese and Italian whose frames existed but
read only one grammar of them: the same sign told with another verb form, word order or
consequence is read here.

* **without me, a lighter life or no more having to**: the writer's absence ("sem mim", "wenn
  ich weg wär", "se eu sumisse de vez", "si je n'étais plus là") and what it would bring them,
  said as a life ("tendría una vida más tranquila", "avrebbe una vita più leggera", "aurait une
  vie"), as a duty gone ("müssten nicht mehr meine Schulden ausbaden", "já não tinham de
  pagar"), as relief ("a vida dela aliviava", "ça allait les soulager", "wär's für alle
  einfacher"), the imperfect standing for the conditional as people speak;
* **the blade on my own body, any verb**: "j'ai pris la lame sur mes poignets", "la cuchilla
  en mis muñecas otra vez": the blade with the writer's own limb or "again" needs no verb of
  cutting; and the marks made again ("mi sono rifatta i segni sull'avambraccio");
* **a letter for each one, to open once I am gone**: "une par frère", "una por cada hija" as
  the distribution, and the writer's going said in full ("quando io sarò andato via per
  sempre", "quand je serai partie pour de bon", "quando eu tiver partido");
* **the season ahead, not to be seen**: the time named first and taken up by a pronoun ("L'estate
  prossima non la vedo", "El próximo verano no lo veo", "Noël prochain, je ne le verrai pas",
  "Den nächsten Sommer erleb ich nicht mehr");
* **a thing given that will not come back**: "geschenkt, die kommt nicht zurück zu mir", "se la
  regalé, no va a volver a mí";
* **pills set aside again and again and hidden**: "todo mês separo uns comprimidos e escondo
  numa lata", "cada mes aparto unas pastillas", "ogni mese metto da parte qualche pastiglia";
* **hurting myself, asked as a topic**: "Me blesser, moi ?", "Fazer-me mal?", read as the sign
  so that the answer after it decides: "Jamais" withdraws it (``negation_topic``), "Às vezes"
  leaves it.

Why: each sign was missed because a slot held one form (the conditional but not the imperfect,
"better" but not "a lighter life", "avec la lame" but not "la lame sur mes poignets", "for
ever" but not "won't come back"), though a different writer says the same thing in the other
form. Each family keeps out its everyday look-alikes: a trip, a job or a move for the absence;
shaving, crafts and accidents for the blade; birthdays and trips for the letters; travel, work
and a rota for the season; a loan or a sale for the thing given; a pill organiser or expired
pills for the hoard.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import SAME_SENTENCE, Rule, either_order, family

_CON = Severity.CONCERN
_LANGS = ("de", "fr", "es", "pt", "it")
_START = r"(?:^|(?<=[.!?\n]))"
_S = SAME_SENTENCE
# a clause's head: the sentence's start, or after a comma or a joining word
_CLAUSE = r"(?:^|(?<=[.!?\n,;:]))\s*(?:(?:ma|mas|pero|mais|aber|e|y|et|und|so|also|bueno)\s+)?"

_family = partial(family, "other")


def _guarded(guard: str, body: str) -> str:
    """``body`` in a sentence none of whose words the lookahead ``guard`` names."""
    return rf"{_START}{guard}{_S}*?(?:{body})"


# --- without me, a lighter life or no more having to -------------------------------------------
_ABSENT = {
    "de": r"\bohne\s+mich\b|\bwenn\s+ich\s+(?:\w+\s+)?(?:weg|tot|nicht\s+mehr\s+(?:da|hier))\s+"
    r"wa(?:e)?r(?:e|')?\b|\bwa(?:e)?r(?:e|')?\s+ich\s+(?:\w+\s+)?(?:weg|tot|nicht\s+mehr\s+da)\b",
    "fr": r"\bsans\s+moi\b|\bsi\s+je\s+n'?\s*(?:etais|existais)\s+(?:plus|pas)\b"
    r"|\bsi\s+je\s+(?:disparaissais|mourais|partais\s+pour\s+de\s+bon"
    r"|venais\s+a\s+(?:manquer|disparaitre|mourir))\b",
    "es": r"\bsin\s+mi\b|\bsi\s+(?:yo\s+)?(?:ya\s+)?no\s+(?:estuviera|existiera|estuviese)\b"
    r"|\bsi\s+(?:yo\s+)?(?:desapareciera|me\s+muriera|me\s+fuera\s+para\s+siempre|faltara"
    r"|faltase)\b",
    "pt": r"\bsem\s+mim\b|\bse\s+eu\s+(?:ja\s+)?nao\s+(?:estivesse|existisse)\b"
    r"|\bse\s+eu\s+(?:sumisse|morresse|desaparecesse|faltasse)\b",
    "it": r"\bsenza\s+(?:di\s+)?me\b|\bse\s+(?:io\s+)?non\s+ci\s+fossi\b"
    r"|\bse\s+(?:io\s+)?(?:sparissi|morissi|mancassi|venissi\s+a\s+mancare)\b",
}
# what it would bring them: a (lighter) life, a duty gone, relief
_RELIEF = {
    # (the south drops the ending: "hätt der a ruhigs Lebe", "hätten es leichter")
    "de": r"\bha(?:e)?tt(?:e|en)?\s+(?:(?!kein|nicht|nie)\w+\s+){0,2}?(?:ein\s+|e\s+|a\s+)?"
    r"(?:\w+e?s\s+)?leben?\b|\bha(?:e)?tt(?:e|en)?\s+es\s+(?:\w+\s+)?(?:leichter|besser|einfacher"
    r"|ruhiger)\b"
    r"|\b(?:mu(?:e)?ssten?|bra(?:e)?uchten?)\s+(?:\w+\s+){0,6}?(?:nicht|nie)\s+(?:mehr|sta(?:e)?ndig"
    r"|dauernd|immer|la(?:e)?nger)\b"
    r"|\bwa(?:e)?r(?:e|')?s?\s+(?:es\s+)?(?:\w+\s+){0,3}?(?:einfacher|leichter|ruhiger|gemu(?:e)?tlicher"
    r"|entspannter|friedlicher)\b"
    r"|\b(?:ersparten|erspart\w*|spart\w*)\s+(?:\w+\s+){0,2}?sich\b"
    r"|\bko(?:e)?nnten?\s+(?:\w+\s+){0,3}?(?:ihr|sein)(?:\s+eigenes)?\s+leben\s+leben\b",
    "fr": r"(?<!n')(?<!n'\s)\b(?:aurai(?:t|ent))\s+(?:enfin\s+)?une\s+(?:\w+\s+){0,2}?vie\b"
    r"|\bn'?\s*auraient?\s+plus\s+(?:a|besoin)\b"
    r"|\b(?:ca|cela)\s+(?:\w+\s+)?(?:les|la|le|me)?\s*soulag\w*|\bsoulagerai(?:t|ent)\b"
    r"|\bs'?\s*(?:epargnerai|eviterai)(?:t|ent)\b"
    r"|\bpourrai(?:t|ent)\s+(?:enfin\s+)?vivre\s+(?:leur|sa)\s+(?:propre\s+)?vie\b",
    "es": r"(?<!\bno\s)\btendria(?:n)?\s+(?:por\s+fin\s+)?una\s+vida\b"
    r"|\b(?:ya\s+)?no\s+(?:tendria|tenia)(?:n)?\s+que\b"
    r"|\bse\s+(?:les|le)\s+(?:quitaba|quitaria|acababa|acabaria)\b"
    r"|\bpodria(?:n)?\s+volver\s+a\s+(?:sonreir|vivir|respirar|dormir)\b"
    # sparing themselves the cost, or living a life of their own
    r"|\bse\s+(?:ahorrarian|ahorraria|ahorraban|evitarian|evitaban)\b"
    r"|\bpodria(?:n)?\s+(?:por\s+fin\s+)?vivir\s+su\s+(?:propia\s+)?vida\b",
    "pt": r"(?<!\bnao\s)\bteria(?:m)?\s+(?:finalmente\s+)?(?:uma\s+vida|paz|sossego|descanso)\b"
    r"|\b(?:ja\s+)?nao\s+(?:tinha|tinham|teria|teriam|precisava|precisavam)\s+(?:mais\s+)?"
    r"(?:de|que)\b|\b(?:aliviava|aliviavam|aliviaria|aliviariam|sossegava|sossegaria)\b"
    r"|\b(?:se\s+)?(?:poupavam|poupariam|poupava|pouparia|economizavam|economizariam)\b"
    r"|\bpoderia(?:m)?\s+(?:finalmente\s+)?viver\s+(?:a\s+)?(?:sua\s+|propria\s+)?vida\b",
    "it": r"(?<!\bnon\s)\bavrebbe(?:ro)?\s+(?:finalmente\s+)?una\s+vita\b"
    r"|\bnon\s+(?:dovrebbe(?:ro)?|dovevano?)\s+piu\b"
    r"|\bsi\s+libererebbe(?:ro)?\b|\bpotrebbe(?:ro)?\s+tornare\s+a\s+(?:sorridere|vivere)\b"
    r"|\bsi\s+(?:risparmierebbe(?:ro)?|risparmiavano|eviterebbe(?:ro)?)\b"
    r"|\b(?:potrebbe(?:ro)?|tornerebbe(?:ro)?)\s+(?:finalmente\s+)?(?:a\s+)?vivere\s+(?:la\s+)?"
    r"(?:sua|loro|propria)\s+vita\b",
}
# a trip, a shift, a job, a team: the writer away for a while, not gone
_NOT_A_TRIP_OR_JOB = (
    r"(?![^.!?\n]*\b(?:urlaub|reise\w*|arbeit|buro|buero|schicht\w*|job|firma|team|verein"
    r"|wochenende|vacances|voyage\w*|travail|bureau|equipe|boulot|vacaciones|viaje\w*|trabajo"
    r"|oficina|equipo|turno|ferias|viagem|trabalho|escritorio|equipa|time|vacanz\w*|viaggio"
    r"|lavoro|ufficio|squadra|cucina|kitchen|cozinha|kuche|kueche|cuisine|progetto|proyecto"
    r"|projeto|projekt|projet|festa|fiesta|fete|party|hochzeit|boda|casamento|matrimonio"
    r"|mariage)\b)"
)
_BURDEN = {
    lang: _guarded(_NOT_A_TRIP_OR_JOB, either_order(_ABSENT[lang], _RELIEF[lang], 90))
    for lang in _LANGS
}
_BURDEN_GATE = {
    "de": "ohne mich|wenn ich|war ich|waer ich|ware ich|war' ich",
    "fr": "sans moi|si je",
    "es": "sin mi|estuviera|existiera|estuviese|desapareciera|muriera|fuera para|faltara|faltase",
    "pt": "sem mim|estivesse|existisse|sumisse|morresse|desaparecesse|faltasse",
    "it": "senza me|senza di me|fossi|sparissi|morissi|mancassi|mancare",
}

# --- the blade on my own body, any verb ---------------------------------------------------------
_BLADE = {
    "de": r"\b(?:die|der|eine|einer|meine|meiner)\s+(?:rasierklinge|klinge)\b",
    "fr": r"\b(?:la|une|ma)\s+lame\b|\b(?:le|un|mon)\s+cutter\b",
    "es": r"\b(?:la|una|mi)\s+(?:cuchilla|navaja|gillette|gilette)\b",
    "pt": r"\b(?:a|uma|minha)\s+(?:lamina|gilete|navalha)\b|\b(?:o|um|meu)\s+estilete\b",
    # (the article may be joined to "con": "col taglierino", "colla lametta")
    "it": r"\b(?:la|una|mia|colla)\s+(?:lametta|lama)\b|\b(?:il|un|mio|col)\s+taglierino\b",
}
# the part of the limb may be named first: "sur le haut des cuisses", "sull'interno delle braccia",
# "en la parte de arriba de los muslos", "an der Innenseite der Arme"
_PART_OF = {
    "de": r"(?:der\s+(?:innenseite|oberseite|unterseite)\s+(?:meiner|der)\s+)?",
    "fr": r"(?:(?:le|l')\s*(?:haut|bas|dessus|dessous|interieur|creux)\s+(?:des|du|de\s+la)\s+)?",
    "es": r"(?:la\s+parte\s+(?:de\s+)?(?:arriba|abajo|interna|interior|de\s+dentro)\s+de\s+"
    r"|el\s+interior\s+de\s+)?",
    "pt": r"(?:(?:a\s+)?parte\s+de\s+(?:dentro|cima|baixo)\s+d|(?:o\s+)?interior\s+d)?",
    "it": r"(?:(?:l'\s*)?interno\s+(?:delle|del|della|dei)\s+|(?:la\s+)?parte\s+(?:alta|interna)"
    r"\s+(?:delle|del|della|dei)\s+)?",
}
_MY_LIMB = {
    "de": r"\b(?:an|auf|u(?:e)?ber)\s+(?:meine[nm]?|die|den|dem)\s+(?:unterarm\w*|arm\w*"
    r"|handgelenk\w*|oberschenkel\w*|schenkel\w*)\b|\ban\s+"
    + _PART_OF["de"].rstrip("?")
    + r"(?:unterarm\w*|arm\w*|handgelenk\w*|oberschenkel\w*|schenkel\w*)\b",
    "fr": rf"\b(?:sur|contre)\s+{_PART_OF['fr']}(?:(?:mes|mon|ma|les)\s+)?(?:poignets?|avant-bras"
    r"|bras|cuisses?)\b",
    "es": rf"\b(?:en|sobre|por)\s+{_PART_OF['es']}(?:mis|mi|las|los)\s+(?:munecas?|antebrazos?"
    r"|brazos?|muslos?)\b",
    "pt": rf"\b(?:n[oa]s|nos\s+meus|nas\s+minhas|sobre\s+(?:os|as|meus|minhas)|n{_PART_OF['pt']}"
    r"(?:os|as))\s+(?:pulsos?|antebracos?|bracos?|coxas?)\b",
    "it": rf"\b(?:sui|sugli|sulle|sul|sulla|sopra\s+i|sopra\s+le|sull')\s*{_PART_OF['it']}"
    r"(?:miei\s+|mie\s+)?(?:polsi|polso|avambracci[oa]?|bracci[oa]?|cosce|coscia)\b",
}
_NOT_SHAVING_OR_CRAFT = (
    r"(?![^.!?\n]*\b(?:rasier(?:t|en|e)|rasur|enthaar\w*|versehen|unfall|basteln|raser|rase"
    r"|epil\w*|accident\w*|par\s+erreur|bricol\w*|afeit\w*|depil\w*|sin\s+querer|sem\s+querer"
    r"|accidente|acidente|barbear|radere|rasat\w*|per\s+sbaglio|incidente|carton\w*|karton\w*"
    r"|cartone|papel|papier|carta|tattoo\w*|tatuag\w*|tatouage\w*|bracelet\w*|pulsera\w*"
    r"|pulseira\w*|braccialett\w*|armband\w*|montre|uhr|reloj|relogio|orologio|pollo|poulet"
    r"|frango|ha(?:e)?hnchen|tacchino|dinde|pavo|peru|carne|viande|fleisch|cucin\w*|cuisin\w*"
    r"|cocin\w*|kochen|ku(?:e)?che)\b)"
)
_BLADE_ON_ME = {
    lang: _guarded(_NOT_SHAVING_OR_CRAFT, rf"(?:{_BLADE[lang]}){_S}{{0,25}}?(?:{_MY_LIMB[lang]})")
    for lang in _LANGS
}
_BLADE_GATE = {
    "de": "klinge",
    "fr": "lame|cutter",
    "es": "cuchilla|navaja|gillette|gilette",
    "pt": "lamina|gilete|navalha|estilete",
    "it": "lametta|lama|taglierino",
}
# the marks or cuts made again on oneself: "mi sono rifatta i segni sull'avambraccio"
_MARKS_AGAIN = {
    "it": r"\bmi\s+sono\s+(?:ri)?fatt[oa]\s+(?:di\s+nuovo\s+|ancora\s+)?(?:i|dei|altri|nuovi)\s+"
    r"(?:segni|tagli|taglietti)\s+(?:sul|sulla|sulle|sui|sugli|all'|alle|ai|sull')\s*"
    r"(?:bracci[oa]?|avambracci[oa]?|polsi|polso|cosce|coscia|gambe|pancia)\b",
    "fr": r"\bje\s+me\s+suis\s+(?:re)?fait\w*\s+(?:encore\s+|de\s+nouveau\s+)?(?:des|les|d'autres)"
    r"\s+(?:marques|entailles|coupures)\s+(?:sur|aux?)\s+(?:les|mes)?\s*(?:bras|avant-bras"
    r"|poignets|cuisses|jambes)\b",
}
_MARKS_GATE = {"it": "segni|tagli", "fr": "marques|entailles|coupures"}

# --- a letter for each one, to open once I am gone ----------------------------------------------
_LETTER = {
    "de": r"(?:umschla(?:e)?g\w*|kuvert\w*|brief\w*|sprachnachricht\w*|video\w*)",
    "fr": r"(?:enveloppe\w*|lettre\w*|message\w*|video\w*)",
    "es": r"(?:sobres?|cartas?|audios?|videos?)",
    "pt": r"(?:envelopes?|cartas?|audios?|videos?)",
    "it": r"(?:bust[ae]|letter[ae]|vocal[ei]|video\w*)",
}
# one each: "une par frère", "una por hija", "je einen für", "una per ogni nipote"
_ONE_EACH = {
    "de": r"\b(?:je\s+(?:einen|eine|eins)\s+fu(?:e)?r|eine[nrs]?\s+(?:pro|fu(?:e)?r\s+jede[nrs]?))"
    r"\b",
    "fr": r"\b(?:une?|un\s+mot)\s+(?:par|pour\s+chaque)\s+\w+|\b(?:pour|a)\s+chacun\w*\b",
    "es": r"\b(?:una?|uno)\s+(?:por|para)\s+(?:cada\s+)?\w+|\bpara\s+cada\s+\w+",
    "pt": r"\b(?:uma?|um)\s+(?:por|para|pra)\s+(?:cada\s+)?\w+|\b(?:para|pra)\s+cada\s+\w+",
    "it": r"\b(?:una?|uno)\s+per\s+(?:ogni\s+|ciascun\w*\s+)?\w+|\bper\s+(?:ogni|ciascun\w*)\s+\w+",
}
# the writer's going, said in full
_WHEN_GONE = {
    "de": r"\bwenn\s+ich\s+(?:\w+\s+){0,2}?(?:weg|gegangen|tot|nicht\s+mehr\s+(?:da|hier))\s+bin\b"
    r"|\bwenn\s+ich\s+(?:mal\s+)?(?:sterbe|gehe)\s*(?:[.!?,;\n]|$)|\bnach\s+meinem\s+tod\b",
    "fr": r"\bquand\s+je\s+serai\s+(?:partie?|morte?)\b|\bquand\s+je\s+ne\s+serai\s+plus\b"
    r"|\bquand\s+je\s+(?:partirai|m'?\s*en\s+irai)\s+pour\s+(?:de\s+bon|toujours)\b"
    r"|\bapres\s+(?:ma\s+mort|mon\s+depart)\b",
    "es": r"\bcuando\s+(?:yo\s+)?(?:me\s+haya\s+ido|me\s+vaya\s+para\s+siempre|ya\s+no\s+este"
    r"|me\s+muera|muera|falte)\b|\bdespues\s+de\s+(?:mi\s+muerte|que\s+me\s+vaya)\b",
    "pt": r"\bquando\s+(?:eu\s+)?(?:tiver\s+partido|ja\s+tiver\s+ido|for\s+embora\s+de\s+vez"
    r"|partir\s+de\s+vez|morrer|ja\s+nao\s+estiver|faltar)\b|\bdepois\s+da\s+minha\s+morte\b",
    "it": r"\bquando\s+(?:io\s+)?saro\s+(?:andat[oa]\s+via|partit[oa]|mort[oa])\b"
    r"|\bquando\s+(?:io\s+)?non\s+ci\s+saro\s+piu\b|\bquando\s+(?:io\s+)?morir[oa]\b"
    r"|\bdopo\s+la\s+mia\s+morte\b",
}
# … or the letters waiting for the day the writer is gone: "esperando a que yo ya no esté",
# "à attendre le jour où je ne serai plus là", "à espera de que eu já não esteja"
_WAITING_FOR_GONE = {
    "de": r"\bwarten\s+(?:\w+\s+){0,2}?(?:darauf|auf\s+den\s+tag),?\s+(?:dass|an\s+dem|bis)\s+ich"
    r"\s+(?:nicht\s+mehr\s+(?:da|hier)|weg|tot)\b",
    "fr": r"\battend(?:ent|re|ant)\s+(?:le\s+jour\s+ou|que)\s+je\s+(?:ne\s+)?(?:sois|serai)\s+"
    r"plus\s+la\b",
    "es": r"\b(?:esperando|para)\s+(?:a\s+)?(?:el\s+dia\s+(?:en\s+)?)?(?:que|cuando)\s+(?:yo\s+)?"
    r"ya\s+no\s+(?:este|estuviera|exista)\b",
    "pt": r"\b(?:esperando|a\s+espera\s+de|para)\s+(?:o\s+dia\s+em\s+)?(?:que|quando)\s+(?:eu\s+)?"
    r"ja\s+nao\s+(?:esteja|estiver|exista)\b",
    "it": r"\baspett\w+\s+(?:il\s+giorno\s+in\s+cui|che)\s+(?:io\s+)?non\s+ci\s+(?:saro|sia)\s+"
    r"piu\b",
}
_WHEN_GONE = {lang: rf"{_WHEN_GONE[lang]}|{_WAITING_FOR_GONE[lang]}" for lang in _WHEN_GONE}
# one each said before the letter: "a cada chiquillo le he escrito su carta"
_EACH_FIRST = {
    "de": r"\b(?:jedem|jeder)\s+(?:meiner\s+|von\s+\w+\s+)?\w+",
    "fr": r"\b(?:a\s+chacun\w*|pour\s+chacun\w*|a\s+chaque\s+\w+)",
    "es": r"\b(?:a|para)\s+cada\s+\w+",
    "pt": r"\b(?:a|para|pra)\s+cada\s+\w+",
    "it": r"\b(?:a|ad|per)\s+(?:ogni|ciascun\w*)\s+\w+",
}
_NOT_AN_OCCASION = (
    r"(?![^.!?\n]*\b(?:geburtstag\w*|hochzeit\w*|weihnacht\w*|urlaub|reise\w*|schul\w*|party"
    r"|anniversaire|mariage|noel|vacances|voyage\w*|ecole|cumple\w*|boda|navidad|vacaciones"
    r"|viaje\w*|escuela|aniversario|casamento|natal|ferias|viagem|escola|compleann\w*"
    r"|matrimonio|natale|vacanz\w*|viaggio|scuola|erasmus|ausland|etranger|extranjero|exterior"
    r"|estero|mission\w*|misionero|missao|missione|spital|hospital|hopital|ospedale"
    r"|operation|operacion|operacao|operazione|kreuzfahrt|croisiere|crucero|cruzeiro|crociera)\b)"
)
_LETTER_WHEN_GONE = {
    lang: _guarded(
        _NOT_AN_OCCASION,
        rf"(?:\b{_LETTER[lang]}\b{_S}{{0,60}}?(?:{_ONE_EACH[lang]})"
        rf"|(?:{_EACH_FIRST[lang]}){_S}{{0,40}}?\b{_LETTER[lang]}\b)"
        rf"{_S}{{0,80}}?(?:{_WHEN_GONE[lang]})",
    )
    for lang in _LANGS
}
_LETTER_GATE = {
    "de": "wenn ich|nach meinem|warten",
    "fr": "quand je|apres|attend",
    "es": "cuando|despues|que yo|ya no",
    "pt": "quando|depois|ja nao",
    "it": "quando|dopo|aspett",
}

# --- the season ahead, named first and not to be seen --------------------------------------------
_SEASON_AHEAD = {
    "de": r"(?:den|das|die)\s+(?:na(?:e)?chsten?|kommenden?)\s+(?:sommer|winter|fru(?:e)?hling"
    r"|herbst|weihnacht\w*|ostern|jahr|geburtstag|silvester)",
    "fr": r"(?:l'?\s*ete|l'?\s*hiver|le\s+printemps|l'?\s*automne|noel|paques|l'?\s*annee|mon"
    r"\s+anniversaire)\s+(?:prochain\w*|qui\s+vient)|(?:le\s+|la\s+)?prochain\w*\s+(?:noel|ete"
    r"|hiver|printemps|anniversaire)",
    "es": r"(?:el|la)\s+(?:proxim[oa]|siguiente)\s+(?:verano|invierno|primavera|otono|navidad"
    r"|ano|cumple\w*)|(?:el|la)\s+(?:verano|invierno|primavera|otono|navidad|ano)\s+que\s+viene",
    "pt": r"(?:o|a)\s+(?:proxim[oa])\s+(?:verao|inverno|primavera|outono|natal|ano|aniversario"
    r"|carnaval)|(?:o|a)\s+(?:verao|inverno|primavera|outono|natal|ano|carnaval)\s+que\s+vem",
    "it": r"(?:l'?\s*estate|l'?\s*inverno|la\s+primavera|l'?\s*autunno|il\s+natale|natale"
    r"|l'?\s*anno|il\s+compleanno)\s+(?:prossim[oa]|che\s+viene)|(?:il\s+|la\s+|l'\s*)?"
    r"prossim[oa]\s+(?:estate|inverno|primavera|natale|anno|compleanno)",
}
# … taken up by a pronoun and not to be seen or lived, closing the clause
_NOT_SEE_IT = {
    "de": r"(?:seh|sehe|erleb|erlebe)\s+ich\s+(?:eh\s+|sowieso\s+|wohl\s+)?nicht\s+mehr",
    "fr": r"je\s+ne\s+l[ea']?\s*(?:verrai|vivrai)\s+(?:pas|plus|jamais)|je\s+l[ea']?\s*"
    r"(?:verrai|vivrai)\s+pas",
    "es": r"(?:yo\s+)?(?:ya\s+)?no\s+l[oa]\s+(?:veo|vere|voy\s+a\s+ver|vivo|vivire)",
    "pt": r"(?:eu\s+)?(?:ja\s+)?nao\s+(?:o|a|vou)\s+(?:vejo|verei|ver|vivo|viverei|viver)",
    "it": r"(?:io\s+)?non\s+l[oa]\s+(?:vedo|vedro|vivro|vivo)",
}
_NOT_AWAY = (
    r"(?![^.!?\n]*\b(?:umzug|umzieh\w*|ausland|auswander\w*|studium|job|rente|urlaub|reise\w*"
    r"|demenag\w*|etranger|mutation|retraite|etudes|vacances|voyage\w*|mudanza|extranjero"
    r"|trabajo|jubil\w*|vacaciones|viaje\w*|estudios|mudanca|exterior|emprego|aposent\w*|ferias"
    r"|viagem|intercambio|trasloc\w*|estero|lavoro|pensione|vacanz\w*|viaggio|erasmus|turno"
    r"|schicht\w*|\w*dienst|guardia|plantao|bene|male|claro|bien|facil|facile|dificil|difficile"
    r"|chiaro|nero|negro|preto|schwarz|noir|bem|mal)\b)"
)
_SEASON_NOT_SEEN = {
    lang: _guarded(
        _NOT_AWAY,
        rf"{_CLAUSE}(?:{_SEASON_AHEAD[lang]})\s*,?\s*(?:{_NOT_SEE_IT[lang]})\b"
        r"(?:\s+(?:mehr|mas|mais|piu|plus))?(?=\s*(?:$|[.!?,;:\n]))",
    )
    for lang in _LANGS
}
_SEASON_GATE = {
    "de": "nicht mehr",
    "fr": "verrai|vivrai",
    "es": "no lo|no la",
    "pt": "nao",
    "it": "non lo|non la",
}

# --- a thing given that will not come back --------------------------------------------------------
_GIVEN = {
    "de": r"\b(?:geschenkt|verschenkt|hergegeben|weggegeben|hat\s+jetzt\s+(?:der|die|das|mein\w*"
    r"|unser\w*))\b",
    "fr": r"\b(?:donne\w*|offert\w*|legue\w*)\b",
    "es": r"\b(?:regale|regalado|regalada|di|he\s+dado|se\s+(?:lo|la|los|las)\s+(?:di|regale"
    r"|lleve|entregue))\b",
    # (or now the taker's: "agora são do Tonho")
    "pt": r"\b(?:dei|ofereci|dado|dada|oferecid[oa]|entreguei|(?:agora|ja)\s+(?:sao|e)\s+d[oa])\b",
    "it": r"\b(?:regalat[oaie]|dat[oaie]|ce\s+l'?\s*ha\s+(?:lui|lei|ora|adesso))\b",
}
_NOT_BACK = {
    "de": r"\b(?:kommt|kommen)\s+(?:\w+\s+)?nicht\s+(?:mehr\s+)?(?:zu\s+mir\s+)?zuru(?:e)?ck\b"
    r"|\b(?:will|hol|krieg)\w*\s+ich\s+(?:\w+\s+)?nicht\s+(?:mehr\s+)?zuru(?:e)?ck\b",
    "fr": r"\bne\s+(?:me\s+)?reviendr(?:a|ont)\s+(?:pas|plus|jamais)\b"
    r"|\bje\s+ne\s+(?:la|le|les)\s+reprendrai\s+(?:pas|jamais)\b",
    "es": r"\bno\s+(?:va|van)\s+a\s+volver\s+(?:a\s+mi|conmigo|nunca)\b|\bno\s+(?:vuelve|volvera"
    r"|vuelven|volveran)\s+(?:a\s+mi|conmigo|nunca)\b",
    "pt": r"\bnao\s+(?:volta|voltam|vai\s+voltar|vao\s+voltar|voltara)\s+(?:mais\s+)?"
    r"(?:pra\s+mim|para\s+mim|nunca|mais)\b",
    "it": r"\bnon\s+(?:torna|tornano|tornera|torneranno|ritorna)\s+(?:piu\s+)?(?:da\s+me"
    r"|indietro|a\s+me|mai\s+piu|piu)\b",
}
# … or the one given keeps it all, for good: "qu'il garde tout", "que se lo quede todo", "pode
# ficar com tudo", "se lo tenga per sempre", "soll alles behalten" (a gift kept, said outright,
# is one not to be asked back)
_KEEP_FOR_GOOD = {
    "de": r"\b(?:alles|fu(?:e)?r\s+immer)\s+behalten\b"
    # (the taker to keep both, or all, closing the clause: "er soll beides behalten")
    r"|\b(?:er|sie)\s+soll\s+(?:beides|alle\s+beide|alles|sie\s+alle)\s+behalten"
    r"(?=\s*(?:[.!?;:\n]|$|,(?!\s*(?:bis|solange|wa(?:e)?hrend)\b)))",
    "fr": r"\bqu'?\s*(?:il|elle|ils|elles)\s+(?:le\s+|la\s+|les\s+)?garde(?:nt)?\s+(?:tout|pour"
    r"\s+(?:toujours|de\s+bon))\b",
    "es": r"\bque\s+se\s+(?:lo|la|los|las)\s+quede(?:n)?\s+(?:todo|para\s+siempre)\b",
    "pt": r"\b(?:pode(?:m)?|que)\s+fi(?:car|que|quem)\s+com\s+(?:tudo|eles?\s+para\s+sempre)\b",
    "it": r"\bse\s+(?:lo|la|li|le)\s+tenga(?:no)?\s+(?:tutto|per\s+sempre)\b",
}
# … or the one given told never to give them back, closing the clause: "le dije que nunca los
# devuelva", "falei pra nunca devolver", "gli ho detto di non restituirli mai" (not "… sin
# gasolina", a condition of the return)
_TOLD_NEVER_BACK = {
    "de": r"\b(?:er|sie)\s+soll\s+(?:sie|es|ihn|die\s+\w+|das\s+\w+)\s+nie(?:mals)?\s+"
    r"zuru(?:e)?ck(?:geben|bringen)\b",
    "fr": r"\blui\s+ai\s+dit\s+de\s+ne\s+jamais\s+(?:me\s+)?(?:les?|la|l')\s*rendre\b",
    "es": r"\ble\s+(?:dije|pedi)\s+que\s+(?:nunca|jamas)\s+(?:me\s+)?(?:lo|la|los|las)\s+"
    r"devuelva(?:n)?\b",
    "pt": r"\b(?:falei|disse|pedi)\s+(?:pra|para|que)\s+(?:ele\s+|ela\s+)?(?:nunca|jamais)\s+"
    r"(?:me\s+)?(?:(?:os|as|o|a)\s+)?devolve(?:r|sse)?\b",
    "it": r"\b(?:gli|le)\s+ho\s+detto\s+di\s+non\s+(?:restituir|ridar)(?:me)?(?:l[oaie])?\s+mai\b",
}
_KEEP_FOR_GOOD = {
    lang: rf"{_KEEP_FOR_GOOD[lang]}|(?:{_TOLD_NEVER_BACK[lang]})(?=\s*(?:[.!?,;:\n]|$))"
    for lang in _KEEP_FOR_GOOD
}
_NOT_BACK = {lang: rf"{_NOT_BACK[lang]}|{_KEEP_FOR_GOOD[lang]}" for lang in _NOT_BACK}
_NOT_LENT_OR_SOLD = (
    r"(?![^.!?\n]*\b(?:verkauf\w*|geliehen|leih\w*|verliehen|euro|vendu\w*|prete\w*|vendi\w*"
    r"|vendid\w*|prest\w*|emprest\w*|venduto|venduta|prestato|prestata|reais|pesos|soles"
    r"|pelota|ball|ballon|bola|palla|pallone|bumerang|boomerang|bumerangue|brief|lettre|carta"
    r"|lettera|paket|colis|paquete|pacote|pacco)\b)"
)
_GIVEN_NOT_BACK = {
    lang: _guarded(_NOT_LENT_OR_SOLD, rf"(?:{_GIVEN[lang]}){_S}{{0,80}}?(?:{_NOT_BACK[lang]})")
    for lang in _LANGS
}
_GIVEN_GATE = {
    "de": "zuruck|zurueck|behalten",
    "fr": "reviendr|reprendrai|garde|rendre",
    "es": "volver|vuelve|quede|devuelv",
    "pt": "volta|ficar|fique|devolv",
    "it": "torna|tenga|restitu|ridar",
}

# --- pills set aside again and again, and hidden -------------------------------------------------
_PILLS = (
    r"(?:tablett\w*|pille[n]?|schlaftablett\w*|cachets?|comprimes?|pilules?|somniferes?"
    r"|pastillas?|pildoras?|somniferos?|comprimidos?|remedios?|calmantes?|pastigli[ae]|pillol[ae]"
    r"|compress[ae]|sonnifer[oi])"
)
_EVERY_TIME = {
    "de": r"\b(?:jeden|jede|jedes)\s+(?:monat|woche|mal|rezept)\b",
    "fr": r"\b(?:chaque|tous\s+les|toutes\s+les)\s+(?:mois|semaines?|fois|ordonnance)\b",
    "es": r"\b(?:cada|todos\s+los|todas\s+las)\s+(?:mes|meses|semanas?|vez|receta)\b",
    "pt": r"\b(?:todo|toda|cada|todos\s+os|todas\s+as)\s+(?:mes|meses|semanas?|vez|receita)\b",
    "it": r"\b(?:ogni|tutti\s+i|tutte\s+le)\s+(?:mese|mesi|settiman[ae]|volta|ricetta)\b",
}
_SET_ASIDE = {
    "de": r"\b(?:leg|lege|tu|tue|steck|stecke)\s+ich\s+(?:\w+\s+){0,3}?(?:beiseite|zur\s+seite|weg)"
    r"\b|\b(?:zweig|zweige|versteck|verstecke)\s+ich\b",
    "fr": r"\bje\s+(?:mets|garde|planque|cache)\s+(?:de\s+cote\s+)?\b",
    "es": r"\b(?:aparto|guardo|escondo|separo|junto)\b",
    "pt": r"\b(?:separo|guardo|escondo|junto|tiro)\b",
    "it": r"\b(?:metto\s+da\s+parte|nascondo|tengo\s+da\s+parte|conservo|accantono)\b",
}
_HIDDEN_IN = (
    r"\b(?:dose|keksdose|blechdose|kiste|schachtel|socke\w*|boite|bocal|chaussette\w*|lata|caja"
    r"|bote|frasco|calcetin\w*|pote|meia\w*|latta|scatola|barattolo|calzin\w*|vasetto)\b"
)
_NOT_SORTED = (
    r"(?![^.!?\n]*\b(?:abgelaufen\w*|entsorg\w*|apotheke|perime\w*|pharmacie|vencid\w*"
    r"|caducad\w*|farmacia|scadut\w*|wochendosierer|pilulier|pastillero|porta-comprimidos"
    r"|portapillole|dosierer|organizer|oma|opa|mama|papa|mamie|papi|abuel[oa]|avo|nonn[oa]"
    r"|vitamin\w*|vitamine|vitaminas|hund|chien|perro|cachorro|cane|gatto|gato|chat|katze)\b)"
)
_PILLS_SET_ASIDE = {
    lang: _guarded(
        _NOT_SORTED,
        rf"(?:{_EVERY_TIME[lang]}){_S}{{0,30}}?(?:{_SET_ASIDE[lang]}){_S}{{0,30}}?\b{_PILLS}\b"
        rf"{_S}{{0,60}}?{_HIDDEN_IN}",
    )
    for lang in _LANGS
}
_PILLS_GATE = dict.fromkeys(
    _LANGS,
    "tablett|pille|pillol|cachet|comprim|pilul|pastill|pildor|somnif|remedio|calmant|pastigl"
    "|compress|sonnif",
)

# --- hurting myself, asked as a topic: "Me blesser, moi ?", "Fazer-me mal?" -------------------
# the act fronted and asked; the answer after it decides (``negation_topic``)
_HURT_ME = {
    "de": r"mich\s+(?:selbst\s+|selber\s+)?(?:verletzen|ritzen|schneiden)|mir\s+(?:selbst\s+"
    r"|selber\s+)?(?:wehtun|weh\s+tun|was\s+antun|etwas\s+antun)",
    "fr": r"me\s+(?:blesser|couper|mutiler|scarifier|taillader|faire\s+(?:du\s+)?mal)",
    "es": r"(?:hacerme\s+dano|lastimarme|cortarme|herirme|lesionarme|autolesionarme)",
    "pt": r"(?:fazer-me\s+mal|me\s+fazer\s+mal|machucar-me|me\s+machucar|magoar-me|me\s+magoar"
    r"|cortar-me|me\s+cortar|ferir-me|me\s+ferir|automutilar-me|me\s+automutilar)",
    "it": r"(?:farmi\s+(?:del\s+)?male|ferirmi|tagliarmi|autolesionarmi|farmi\s+del\s+male)",
}
_ASKED = (
    r"(?=\s*,?\s*(?:(?:moi|yo|eu|io|ich|mich|mir)\s*,?\s*)?(?:(?:\?|¿)\s*)+"
    r"(?:\s*(?:moi|yo|eu|io|ich)\s*\?)?)"
)
_HURT_ASKED = {lang: rf"{_START}\s*(?:¿\s*)?(?:{_HURT_ME[lang]}){_ASKED}" for lang in _LANGS}
_HURT_GATE = {
    "de": "verletzen|ritzen|schneiden|weh|antun",
    "fr": "me ",
    "es": "dano|lastimarme|cortarme|herirme|lesionarme",
    "pt": "mal|machuc|magoar|cortar|ferir|automutil",
    "it": "male|ferirmi|tagliarmi|autolesion",
}

RULES: tuple[Rule, ...] = (
    _family("burden_relief", Category.BURDEN, _CON, _BURDEN, _BURDEN_GATE)
    + _family("blade_on_me", Category.SELF_HARM, _CON, _BLADE_ON_ME, _BLADE_GATE, inherent=False)
    + _family("marks_again", Category.SELF_HARM, _CON, _MARKS_AGAIN, _MARKS_GATE, inherent=False)
    + _family("letter_when_gone", Category.GOODBYES, _CON, _LETTER_WHEN_GONE, _LETTER_GATE)
    + _family(
        "season_not_seen", Category.NO_FUTURE, _CON, _SEASON_NOT_SEEN, _SEASON_GATE, inherent=False
    )
    + _family("given_not_back", Category.GIVING_AWAY, _CON, _GIVEN_NOT_BACK, _GIVEN_GATE)
    + _family("pills_set_aside", Category.GETTING_MEANS, _CON, _PILLS_SET_ASIDE, _PILLS_GATE)
    + _family("hurt_asked", Category.SELF_HARM, _CON, _HURT_ASKED, _HURT_GATE, inherent=False)
)

__all__ = ["RULES"]
