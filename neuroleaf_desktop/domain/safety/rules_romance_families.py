"""Warning signs felt and said, written the same way in Spanish, Portuguese and Italian.

Why: the signs people describe indirectly (leaving the bank password with a letter, "close my
eyes and never open them again", "no aguanto un día más", a hole with no bottom, cutting "until
it bleeds") have one shape in the three languages. Each family below is written once per
language, so a new wording in the same shape is caught in all three, and the look-alike that
shares its words is kept out in the same place (a toothache that "won't go away", "no aguanto
un día más sin verte", "il bilancio è un pozzo senza fondo"). The means, plans and attempts
are read the same way in ``rules_romance_means``. Text is case- and accent-folded before
matching.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety import rules_romance_means
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, rule
from neuroleaf_desktop.domain.safety.rules_core_signs import no_handing_on_reason

_SI, _DW = Category.SUICIDAL_IDEATION, Category.DEATH_WISH
_NF, _BU, _GB, _TP = Category.NO_FUTURE, Category.BURDEN, Category.GOODBYES, Category.TRAPPED_PAIN
_GA, _SH = Category.GIVING_AWAY, Category.SELF_HARM
_URG, _CON = Severity.URGENT, Severity.CONCERN


# Closing one's eyes for good; sleeping and not having to wake.
_EYES_CLOSED = {
    "es": r"\bcerrar\s+los\s+ojos\s+y\s+no\s+(?:volver\s+a\s+)?abrirlos\b"
    r"|\bdormir(?:me)?\s+y\s+no\s+(?:tener\s+que|volver\s+a)\s+despertar",
    "pt": r"\bfechar\s+os\s+olhos\s+e\s+(?:nao\s+(?:os\s+)?(?:abrir|voltar\s+a\s+abrir)"
    r"|nunca\s+mais"
    r"\s+(?:os\s+)?abrir)\b|\bdormir\s+e\s+nao\s+(?:ter\s+(?:que|de)|precisar)\s+acordar",
    "it": r"\bchiudere\s+gli\s+occhi\s+e\s+non\s+riaprirli\b"
    r"|\bdormire\s+e\s+non\s+(?:dovermi|dover)\s+(?:piu\s+)?svegliar(?:mi|e)",
}


# Bank passwords, PINs, keys and a letter left with someone.
_PASSWORDS = {
    "es": r"\b(?:deje|dejo|he\s+dejado|le\s+di|anote|apunte)\b[^.!?\n]{0,60}\b(?:contrasenas?"
    r"|claves?|pin|datos)\s+(?:del\s+banco|de\s+(?:mis|las)\s+cuentas|de\s+todo)\b",
    "pt": r"\b(?:deixei|deixo|dei|anotei)\b[^.!?\n]{0,60}\b(?:senhas?\s+do\s+banco"
    r"|senhas?\s+(?:de\s+)?"
    r"tudo|pin\s+do\s+banco|dados\s+do\s+banco)\b",
    "it": r"\b(?:ho\s+lasciato|lascio|ho\s+dato|ho\s+scritto)\b[^.!?\n]{0,60}\b(?:password\s+della"
    r"\s+banca|pin\s+della\s+banca|codici\s+della\s+banca|le\s+password)\b",
}

# Giving things away because they "won't be needed": every tense of "need" and "hacer falta".
# (… or told by the receiver keeping it: "mi sobrino se quedó con mi guitarra", "o meu primo ficou
# com a minha mota", "mio nipote si è tenuto la mia canna da pesca")
_GIVE = {
    "es": r"(?:regal\w+|di|doy|dando|he\s+dado|repart\w+|deje|done|se\s+(?:quedo|queda"
    r"|ha\s+quedado)\s+con\s+mis?)",
    "pt": r"(?:dei|dou|dando|doei|doando|distribui\w*|entreguei|ofereci|ficou\s+com\s+(?:a|o|as|os)"
    r"\s+minh?[ao]s?)",
    "it": r"(?:regal\w+|dato|do|dando|ho\s+dato|si\s+(?:e|sono)\s+(?:tenut[oa]|pres[oa])\s+(?:la|il"
    r"|le|i)\s+mi[aoie])",
}
_WONT_NEED = {
    "es": r"(?:ya\s+no\s+(?:me\s+)?(?:va|van)\s+a\s+hacer\s+falta|ya\s+no\s+(?:me\s+)?(?:hace|hacen"
    rf"|hara|haran)\s+falta{END}|ya\s+no\s+(?:lo|la|los|las)\s+(?:necesito|voy\s+a\s+necesitar"
    r"|necesitare)|donde\s+voy\s+no\s+(?:lo|la|los|las)?\s*necesito)",
    "pt": r"(?:ja\s+nao\s+preciso\s+de\s+nada|nao\s+(?:vou|irei)\s+(?:mais\s+)?precisar"
    r"|nao\s+me\s+(?:vai|vao)\s+(?:mais\s+)?fazer\s+falta|onde\s+vou\s+nao\s+preciso)",
    "it": r"(?:non\s+mi\s+serv(?:e|ono|ira|iranno)\s+piu(?:\s+niente|\s+nulla)?"
    r"|non\s+ne\s+avro\s+piu\s+bisogno|dove\s+vado\s+non\s+mi\s+serv\w+)",
}

# Bearing pain "not one more day", pain that never passes (not a toothache), a bottomless pit.
_NOT_ONE_MORE_DAY = {
    "es": r"\bno\s+(?:aguanto|soporto|puedo|resisto)\s+(?:ni\s+)?un\s+dia\s+mas(?:\s+asi|\s+con\s+"
    rf"(?:esto|este\s+dolor))?{END}"
    r"|\b(?:dolor|vida|tristeza|siento|estoy)\b[^.!?\n]{0,60}\b(?:pozo|agujero)\s+sin\s+fondo\b",
    "pt": r"\bnao\s+(?:aguento|suporto|consigo)\s+mais\s+um\s+dia(?:\s+assim|\s+com\s+(?:isto|isso"
    rf"|esta\s+dor|essa\s+dor))?{END}"
    r"|\bdor\s+(?!de\s+(?:dente|cabeca|costas|barriga|garganta|ouvido))(?:\w+\s+)?(?:nao|nunca)"
    r"\s+(?:passa|acaba|vai\s+embora)\b"
    r"|\b(?:dor|vida|tristeza|sinto|estou)\b[^.!?\n]{0,60}\b(?:buraco|poco)\s+sem\s+fundo\b",
    "it": r"\bnon\s+(?:reggo|sopporto|resisto|ce\s+la\s+faccio)\s+(?:un\s+altro\s+giorno"
    r"|un\s+giorno"
    rf"\s+di\s+piu)(?:\s+cosi|\s+con\s+questo\s+dolore)?{END}"
    r"|\b(?:dolore|vita|tristezza|sento|sono)\b[^.!?\n]{0,60}\b(?:pozzo|buco)\s+senza"
    r"\s+fondo\b",
}

# Asking God to take one's life: "Señor … quiero irme contigo", "Senhor, tira a minha vida".
_GOD_TAKE_ME = {
    "es": r"\b(?:senor|dios|diosito|jesus|virgen)\b[^.!?\n]{0,100}?\b(?:quiero\s+irme"
    r"|me\s+quiero\s+ir|llevame|dejame\s+ir(?:me)?)\s+contigo\b"
    r"|\b(?:senor|dios|diosito|jesus)\s*,?\s+(?:quitame|llevate)\s+la\s+vida\b",
    "pt": r"\b(?:senhor|deus|jesus)\s*,?\s+(?:tira|tire|leva|leve)\s+(?:a\s+)?minha\s+vida\b"
    r"|\b(?:senhor|deus|jesus)\b[^.!?\n]{0,100}?\b(?:quero\s+ir|me\s+leva|leva-me)\s+(?:contigo"
    r"|com\s+(?:voce|o\s+senhor))\b",
    "it": r"\b(?:signore|dio|gesu)\s*,?\s+(?:toglimi\s+la\s+vita|fammi\s+morire|prendimi\s+ora)\b"
    r"|\b(?:signore|dio|gesu)\b[^.!?\n]{0,100}?\b(?:voglio\s+venire|portami)\s+con\s+te\b",
}


# Stopping (or failing to stop) cutting: "sono anni che cerco di smettere di tagliarmi".
_STOP_CUTTING = {
    # "no consigo dejar de cortarme": the "no" belongs to the sign, not a negation of it
    "es": r"\b(?:no\s+(?:consigo|puedo|logro)\s+)?(?:dejar|deje"
    r"|intento\s+dejar)\s+de\s+(?:cortarme|lastimarme|hacerme\s+dano"
    r"|quemarme)\b",
    "pt": r"\b(?:nao\s+(?:consigo|posso)\s+)?(?:parar|parei|deixar"
    r"|deixei)\s+de\s+me\s+(?:cortar|machucar|queimar|ferir)\b",
    "it": r"\b(?:non\s+(?:riesco|posso)\s+(?:a\s+)?)?(?:smettere|smesso"
    r"|smetto)\s+di\s+(?:tagliarmi|farmi\s+del\s+male|ferirmi"
    r"|bruciarmi)\b",
}

# Locked in with a blade again.
_BLADE = {
    "es": r"\b(?:me\s+encerre|me\s+encierro|me\s+meti|me\s+escondi)\b[^.!?\n]{0,40}\bcon\s+(?:la"
    r"|una|mi)\s+(?:cuchilla|navaja|hojilla|cuter|gillette)\b"
    r"|\b(?:cuchilla|hojilla|navaja)\b[^.!?\n]{0,30}\b(?:otra\s+vez|de\s+nuevo)\b",
    "pt": r"\b(?:me\s+tranquei|me\s+tranco|me\s+fechei|me\s+escondi)\b[^.!?\n]{0,40}\bcom\s+(?:a"
    r"|uma|minha)\s+(?:lamina|gilete|faca|estilete)\b"
    r"|\b(?:lamina|gilete|estilete)\b[^.!?\n]{0,30}\b(?:de\s+novo|outra\s+vez)\b"
    r"|\b(?:de\s+novo|outra\s+vez)\b[^.!?\n]{0,20}\b(?:a|com\s+a)\s+(?:lamina|gilete)\b",
    "it": r"\b(?:mi\s+chiudo|mi\s+sono\s+chius[oa])\b[^.!?\n]{0,40}\bcon\s+(?:la|una)\s+(?:lametta"
    r"|lama|taglierino)\b|\b(?:lametta|taglierino)\b[^.!?\n]{0,30}\b(?:di\s+nuovo|ancora)\b",
}


# Burden: a shame and a ruin for one's family, a dead weight.
_RUIN = {
    "es": r"\bsoy\s+(?:solo\s+)?(?:un|una)\s+(?:lastre|estorbo|carga|peso\s+muerto)\s+para\s+\w+"
    r"|\bsoy\s+(?:una\s+)?(?:verguenza|deshonra|desgracia)\s+para\s+(?:mi\s+familia"
    r"|mis\s+padres|todos)\b|\b(?:les|le)\s+(?:arruino|destrozo|complico)\s+la\s+vida\b"
    r"|\bnadie\s+(?:me\s+)?(?:va\s+a\s+echar|echaria|echara)\s+de\s+menos\b",
    "pt": r"\bsou\s+uma\s+(?:vergonha|desgraca)\s+(?:pra|para)\s+(?:minha\s+familia"
    r"|meus\s+pais|todos)\b|\b(?:estrago|arruino)\s+a\s+vida\s+(?:de|deles|delas|da)\b"
    r"|\bninguem\s+(?:ia|iria|vai)\s+sentir\s+(?:a\s+)?(?:minha\s+)?falta\b",
    "it": r"\bsono\s+(?:solo\s+)?(?:un\s+ingombro|una\s+zavorra|un\s+fardello|una\s+palla\s+al"
    rf"\s+piede|un\s+peso\s+morto)(?:\s+per\s+[^.!?\n]{{0,40}})?{END}|\bsono\s+una\s+vergogna\s+per\s+(?:la\s+mia\s+famiglia"
    r"|i\s+miei|tutti)\b|\brovino\s+la\s+vita\s+a\s+(?:tutti|chi)\b",
}

# Nothing will get better: "no veo cómo las cosas puedan mejorar".
_NO_WAY_BETTER = {
    "es": r"\bno\s+veo\s+como\s+(?:las\s+cosas|mi\s+vida|la\s+vida"
    r"|todo)\s+(?:\w+\s+){0,2}?mejor\w*",
    "pt": r"\bnao\s+vejo\s+como\s+(?:as\s+coisas|a\s+minha\s+vida|minha\s+vida|a\s+vida|tudo)\s+"
    r"(?:\w+\s+)?melhor\w*",
    "it": r"\bnon\s+vedo\s+come\s+(?:le\s+cose|la\s+mia\s+vita|la\s+vita|tutto)\s+(?:\w+\s+)?"
    r"miglior\w*",
}

# No meaning in going on: "ya no le encuentro sentido a seguir respirando".
_NO_SENSE = {
    "es": r"\bno\s+(?:le\s+)?(?:encuentro"
    r"|veo)\s+(?:ningun\s+)?sentido\s+a\s+(?:seguir(?:\s+(?:viviendo"
    r"|vivo|viva|aqui|adelante|respirando|luchando|existiendo|asi))?|vivir|la\s+vida|mi\s+vida"
    rf"|existir|levantarme){END}",
    "pt": r"\bnao\s+(?:encontro|vejo)\s+(?:nenhum\s+)?sentido\s+(?:em|na|a)\s+(?:continuar"
    r"(?:\s+(?:vivendo|viv[oa]|aqui|assim))?|seguir(?:\s+em\s+frente)?|viver|vida|minha\s+vida"
    rf"|existir|levantar){END}",
    "it": r"\bnon\s+(?:trovo|vedo)\s+(?:nessun\s+|piu\s+)?senso\s+(?:a|nel|nella|in)\s+"
    r"(?:continuare(?:\s+(?:a\s+vivere|cosi))?|andare\s+avanti|vivere|vita|mia\s+vita|esistere"
    rf"|alzarmi){END}",
}

# Not wanting to stay in this world: "ya no quiero seguir en este mundo".
_THIS_WORLD = {
    "es": r"\bno\s+quiero\s+(?:seguir|estar|quedarme|vivir)\s+(?:mas\s+)?en\s+este\s+mundo\b"
    r"(?!\s+(?:de|del)\b)",
    "pt": r"\bnao\s+quero\s+(?:mais\s+)?(?:ficar|estar|continuar|viver)\s+(?:mais\s+)?"
    r"(?:neste|nesse)\s+mundo\b(?!\s+(?:de|do|da)\b)",
    "it": r"\bnon\s+voglio\s+(?:piu\s+)?(?:stare|restare|rimanere|vivere)\s+(?:piu\s+)?in\s+questo"
    r"\s+mondo\b(?!\s+(?:di|del|della|dello|dei)\b)",
}

# Wanting everything to end: "quiero que todo termine ya" (not "que todo termine bien").
_ALL_TO_END = {
    "es": r"\b(?:quiero|quisiera|solo\s+quiero|ojala)\s+(?:que\s+)?(?:todo|esto)\s+(?:se\s+)?"
    rf"(?:termine|acabe|terminara|acabara)(?:\s+(?:ya|de\s+una\s+vez|para\s+siempre))?{END}",
    "pt": r"\b(?:quero|queria|so\s+queria|so\s+quero)\s+que\s+(?:tudo|isto|isso)\s+"
    rf"(?:acabe|acabasse|termine|terminasse)(?:\s+(?:logo|de\s+vez|para\s+sempre|ja))?{END}",
    "it": r"\b(?:voglio|vorrei)\s+(?:solo\s+)?che\s+(?:tutto|questo)\s+(?:finisca|finisse"
    rf"|termini|terminasse)(?:\s+(?:subito|per\s+sempre|ora))?{END}",
}

# Wishing to be run over: "deseo que me atropelle un camión".
_RUN_OVER = {
    "es": r"\b(?:deseo|quisiera|quiero|me\s+gustaria|rezo\s+para|pido)\s+que\s+me\s+"
    r"(?:atropell\w+|caiga\s+un\s+rayo|pase\s+algo\s+(?:malo|grave))",
    "pt": r"\b(?:desejo|quero|gostaria|rezo\s+para|peco)\s+que\s+(?:\w+\s+){0,2}?me\s+"
    r"(?:atropel\w+|caia\s+um\s+raio)",
    "it": r"\b(?:spero|voglio|prego)\s+che\s+(?:\w+\s+){0,2}?mi\s+(?:investa|investisse"
    r"|colpisca\s+un\s+fulmine)",
}


# Not caring whether one dies: "me da igual morirme", "non mi importa se muoio".
_DONT_CARE_DIE = {
    "es": r"\b(?:me\s+da\s+(?:igual|lo\s+mismo)|no\s+me\s+importa|me\s+vale)\s+(?:morir(?:me)?"
    rf"|si\s+me\s+muero|vivir\s+o\s+morir|estar\s+viv[oa]\s+o\s+muert[oa]){END}",
    "pt": r"\b(?:me\s+da\s+igual|tanto\s+faz|nao\s+me\s+importo(?:\s+de)?|nao\s+me\s+importa)\s+"
    rf"(?:morrer|se\s+eu\s+morrer|viver\s+ou\s+morrer|estar\s+viv[oa]\s+ou\s+mort[oa]){END}",
    "it": r"\b(?:non\s+mi\s+importa|me\s+ne\s+frego|mi\s+e\s+indifferente)\s+(?:di\s+morire|se"
    rf"\s+muoio|se\s+morissi|vivere\s+o\s+morire|che\s+io\s+muoia){END}",
}

# Tired of fighting, with nothing after it: "estoy harta de luchar, me rindo".
_TIRED_OF_FIGHTING = {
    "es": rf"\b(?:harta|harto|cansada|cansado)\s+de\s+luchar{END}",
    "pt": rf"\b(?:cansei|cansada|cansado|farta|farto)\s+de\s+lutar{END}",
    "it": rf"\b(?:stanca|stanco|stufa|stufo)\s+di\s+lottare{END}",
}

# Thinking of it every day, said with two negations: "no hay día en que no piense en
# matarme", "não passa um dia sem eu pensar em me matar", "non passa giorno senza che io
# pensi di uccidermi". The rule starts at the first negation, so neither is read as a cue.
_EVERY_DAY = {
    "es": r"\bno\s+(?:hay|pasa)\s+(?:una?\s+)?(?:dia|noche)\s+(?:en\s+(?:el\s+)?que\s+no|sin\s+que"
    r"|sin)\s+(?:\w+\s+){0,2}?(?:piense|pensar|quiera|querer|desee|desear)\s+(?:en\s+)?"
    r"(?:matarme|suicidarme|quitarme\s+la\s+vida|morir(?:me)?|el\s+suicidio|acabar\s+con\s+todo)",
    "pt": r"\bnao\s+(?:ha|passa)\s+(?:uma?\s+)?(?:dia|noite)\s+(?:em\s+que\s+(?:eu\s+)?nao|sem)\s+"
    r"(?:\w+\s+){0,2}?(?:pense|pensar|queira|querer)\s+(?:em\s+)?(?:me\s+matar|matar-me"
    r"|me\s+suicidar|morrer|suicidio|acabar\s+com\s+tudo)",
    "it": r"\bnon\s+(?:c'?e|passa)\s+(?:una?\s+)?(?:giorno|notte)\s+(?:in\s+cui\s+(?:io\s+)?non"
    r"|senza\s+che\s+(?:io\s+)?|senza)\s*(?:\w+\s+){0,2}?(?:pensi|pensare|voglia|volere)\s+"
    r"(?:di\s+|a\s+|al\s+)?(?:uccidermi|ammazzarmi|suicidarmi|morire|suicidio|farla\s+finita)",
}

# "Hopefully I don't wake up": ojalá / tomara / spero, with words in between.
_HOPE_NOT_WAKE = {
    "es": r"\bojala\s+(?:\w+\s+){0,3}?(?:ya\s+)?no\s+(?:despierte|amanezca|vuelva\s+a\s+despertar)"
    r"(?!\s+(?:a|al|temprano|tarde)\b)",
    "pt": r"\b(?:tomara|oxala|quem\s+me\s+dera)\s+(?:que\s+)?(?:\w+\s+){0,2}?(?:eu\s+)?"
    r"(?:nao\s+(?:acorde|acordasse|amanheca)|morra|morresse)\b",
    "it": r"\b(?:spero|magari)\s+(?:di\s+)?non\s+(?:svegliarmi|mi\s+svegli\w*)(?:\s+(?:piu|domani"
    rf"|mai\s+piu))?{END}|\bspero\s+di\s+morire(?:\s+(?:presto|nel\s+sonno|stanotte))?{END}",
}

# One's death as others' relief: "si me muero mañana sería un alivio para todos".
_DEATH_RELIEF = {
    "es": r"\b(?:si\s+(?:yo\s+)?(?:me\s+muero|me\s+muriera|muriera|desapareciera|no\s+estuviera))"
    r"[^.!?\n]{0,40}\b(?:un\s+alivio|aliviad[oa]s?|mejor\s+para\s+todos|descansarian)\b",
    "pt": r"\bse\s+eu\s+(?:morresse|morrer|sumisse|nao\s+estivesse)[^.!?\n]{0,40}\b(?:um\s+alivio"
    r"|aliviad[oa]s?|melhor\s+para\s+todos|descansariam)\b",
    "it": r"\bse\s+(?:io\s+)?(?:morissi|sparissi|non\s+ci\s+fossi)[^.!?\n]{0,40}\b(?:un\s+sollievo"
    r"|sollevat[ie]|meglio\s+per\s+tutti)\b",
}


# "In case I don't come back", at the end of the clause (not "a tiempo" for dinner).
_IN_CASE_NOT_BACK = {
    "es": r"\b(?:por\s+si\s+(?:ya\s+)?no\s+(?:vuelvo|regreso|volviera)|en\s+caso\s+de\s+que\s+no"
    rf"\s+vuelva){END}",
    "pt": r"\b(?:caso\s+(?:eu\s+)?nao\s+volte|se\s+eu\s+nao\s+voltar|para\s+o\s+caso\s+de\s+(?:eu"
    rf"\s+)?nao\s+voltar){END}",
    "it": r"\b(?:nel\s+caso\s+(?:in\s+cui\s+)?non\s+tornassi|se\s+non\s+dovessi\s+tornare"
    rf"|casomai\s+non\s+torn\w+){END}",
}


# "Lo mejor sería desaparecer": the best thing would be not to exist.
_BEST_TO_VANISH = {
    "es": r"\blo\s+mejor\s+seria\s+(?:desaparecer|morir(?:me)?|no\s+existir|no\s+estar|no\s+haber"
    r"\s+nacido|irme\s+para\s+siempre)\b|\bdesaparecer\s+y\s+no\s+volver(?:\s+(?:nunca|jamas|mas))?"
    rf"{END}",
    "pt": r"\bo\s+melhor\s+(?:era|seria)\s+(?:sumir|morrer|desaparecer|nao\s+existir|nao\s+estar"
    r"\s+aqui|nao\s+ter\s+nascido)\b(?!\s+(?:da|do|de)\s+(?!vez\b))",
    "it": r"\bla\s+cosa\s+migliore\s+sarebbe\s+(?:sparire|morire|non\s+esserci|non\s+esistere"
    r"|non\s+essere\s+mai\s+nat[oa])\b|\bsarebbe\s+meglio\s+(?:sparire|morire)\s+per\s+sempre\b",
}

# In a hole with no way out: "estoy en un agujero del que no puedo salir".
_HOLE = {
    "es": r"\b(?:agujero|pozo|hoyo|tunel)\b[^.!?\n]{0,30}\b(?:no\s+(?:puedo|consigo|se\s+como)\s+"
    r"salir|no\s+hay\s+salida)\b",
    "pt": r"\b(?:buraco|poco|tunel)\b[^.!?\n]{0,30}\b(?:nao\s+(?:consigo|posso|sei\s+como)\s+sair"
    r"|sem\s+saida)\b",
    "it": r"\b(?:buco|pozzo|tunnel)\b[^.!?\n]{0,30}\b(?:non\s+(?:riesco|posso"
    r"|so\s+come)\s+(?:a\s+)?"
    r"uscire|senza\s+uscita)\b",
}

# Nothing holding me here: "ya no hay nada que me retenga aquí".
_NOTHING_HOLDS = {
    # "ya no hay nada que…": the negation is the sign, so the match starts at it
    "es": r"\b(?:(?:ya\s+)?no\s+(?:hay|tengo|queda)\s+)?nada\s+(?:que\s+me\s+(?:retenga|ate"
    r"|mantenga)|me\s+(?:retiene|ata|mantiene))\s+"
    rf"(?:aqui|en\s+este\s+mundo|a\s+la\s+vida|con\s+vida){END}",
    "pt": r"\b(?:(?:ja\s+)?nao\s+(?:ha|tenho|tem|existe)\s+)?nada\s+(?:que\s+me\s+(?:prenda"
    r"|segure|mantenha)|me\s+(?:prende|segura|mantem))\s+"
    rf"(?:aqui|a\s+este\s+mundo|neste\s+mundo|a\s+vida|viv[oa]){END}",
    "it": r"\b(?:non\s+(?:c'?e|ho)\s+(?:piu\s+)?)?(?:niente|nulla)\s+(?:che\s+mi\s+(?:trattenga"
    r"|tenga)|mi\s+(?:trattiene|tiene))\s+"
    rf"(?:qui|in\s+vita|a\s+questo\s+mondo|al\s+mondo){END}",
}

# Hurting a body part "on purpose": "queimei o braço com o isqueiro de propósito".
_ON_PURPOSE = {
    "es": r"\bme\s+(?:queme|corte|rasgune|golpee)\s+(?:el|la|los|las)\s+\w+[^.!?\n]{0,40}"
    r"\b(?:a\s+proposito|aposta|adrede)\b",
    "pt": r"\b(?:queimei|cortei|arranhei|machuquei|bati)\s+(?:o|a|os|as|meu|minha|meus|minhas)\s+"
    r"\w+[^.!?\n]{0,40}\bde\s+proposito\b",
    "it": r"\bmi\s+sono\s+(?:bruciat[oa]|tagliat[oa]|graffiat[oa])\s+(?:il|la|i|le|l')\s*\w+"
    r"[^.!?\n]{0,40}\bapposta\b",
}

# "This is my last message / my farewell" with nothing after it (not "mi despedida del equipo").
_LAST_MESSAGE = {
    "es": r"\b(?:este\s+es|esta\s+es|aqui\s+va)\s+mi\s+(?:ultimo\s+mensaje|ultima\s+carta"
    rf"|ultima\s+entrada|ultima\s+pagina|despedida){END}",
    "pt": r"\b(?:esta\s+e|este\s+e|e)\s+a\s+minha\s+(?:ultima\s+mensagem|ultima\s+carta"
    rf"|ultima\s+pagina|despedida){END}",
    "it": r"\b(?:questo\s+e|questa\s+e)\s+(?:il\s+mio\s+(?:ultimo\s+messaggio|addio)|la\s+mia"
    rf"\s+(?:ultima\s+lettera|ultima\s+pagina)){END}",
}

# Letters to be read later: "una carta a cada uno de mis hijos para que la lean después".
_READ_LATER = {
    "es": r"\b(?:carta|cartas|nota|notas"
    r"|mensajes?)\b[^.!?\n]{0,60}\b(?:a\s+cada\s+un[oa]\s+de\s+mis\s+(?:hij[oa]s|niet[oa]s"
    r"|herman[oa]s|padres|amig[oa]s|seres\s+queridos)"
    r"|para\s+que\s+(?:la|las|lo|los)\s+lean\s+(?:despues|cuando)|para\s+(?:leer|abrir)\s+"
    r"(?:despues|cuando\s+no\s+este))\b",
    "pt": r"\b(?:carta|cartas|bilhete|bilhetes|mensagens?)\b[^.!?\n]{0,60}\b(?:para\s+cada\s+uma?"
    r"\s+d(?:os\s+meus|as\s+minhas)\s+(?:filh[oa]s|net[oa]s|irmaos|irmas|pais|amig[oa]s)"
    r"|(?:pra|para)\s+(?:lerem|ler|abrirem)\s+depois)\b",
    "it": r"\b(?:lettera|lettere|biglietto|biglietti|messaggi)\b[^.!?\n]{0,60}\b(?:a\s+ciascun[oa]"
    r"\s+de[il]\s+mie?i?\s+(?:figli|figlie|nipoti|fratelli|sorelle|genitori|amici|amiche|cari)"
    r"|da\s+(?:leggere|aprire)\s+dopo)\b",
}

# One's own funeral arranged: "organicé mi funeral", "organizei o meu funeral".
_OWN_FUNERAL = {
    "es": r"\b(?:organice|organizado|prepare|preparado|deje\s+pagad[oa]|pague|elegi)\s+(?:\w+\s+)?"
    r"mi\s+(?:funeral|entierro|cremacion)\b",
    "pt": r"\b(?:organizei|preparei|paguei|escolhi)\s+(?:\w+\s+)?o\s+meu\s+(?:funeral|enterro)\b",
    "it": r"\b(?:ho\s+)?(?:organizzato|preparato|pagato|scelto)\s+(?:\w+\s+)?il\s+mio\s+(?:funerale"
    r"|sepoltura)\b",
}

# Feeling a burden, caged: "sinto-me um estorvo", "mi sento un peso", "mi sento in gabbia".
_FEEL_BURDEN = {
    "es": r"\b(?:sufren|sufre)\s+por\s+mi\s+culpa\b|\bpor\s+mi\s+culpa\s+(?:sufren|sufre)\b",
    "pt": r"\b(?:me\s+sinto|sinto-me)\s+(?:como\s+)?(?:um|uma)\s+(?:estorvo|peso|fardo|incomodo)"
    rf"(?:{END}|\s+(?:pra|para)\s+\w+|\s+(?:nesta|em)\s+(?:casa|familia|minha\s+familia))"
    r"|\b(?:sofrem|sofre)\s+por\s+(?:minha\s+culpa|culpa\s+minha)\b",
    "it": r"\bmi\s+sento\s+(?:come\s+)?(?:un|una)\s+(?:peso|fardello|zavorra|ingombro|peso\s+morto)"
    rf"(?:{END}|\s+per\s+\w+|\s+in\s+(?:questa\s+casa|casa|famiglia))"
    r"|\bsoffrono\s+per\s+colpa\s+mia\b",
}
_CAGED = {
    "es": r"\bme\s+siento\s+(?:enjaulad[oa]|en\s+una\s+jaula)\b",
    "pt": r"\b(?:me\s+sinto|sinto-me)\s+(?:enjaulad[oa]|numa\s+jaula|em\s+uma\s+jaula)\b",
    "it": r"\bmi\s+sento\s+(?:in\s+gabbia|ingabbiat[oa])\b",
}


# Hurting oneself until it bleeds or to feel (nothing): "me rasco hasta hacerme sangre",
# "dou socos na parede até sangrar", "mi pizzico forte per non sentire niente". An itch
# ("por la alergia", "las picaduras") is not it.
_UNTIL_IT_BLEEDS = {
    "es": r"\b(?:me\s+(?:rasco|rascaba|rasguno|arano|pellizco|muerdo|golpeo|pego|quemo|corto)"
    r"|(?:doy|daba|di)\s+(?:punetazos|golpes|cabezazos)\s+(?:a|contra)\s+la\s+pared)\b"
    r"[^.!?\n]{0,30}\b(?:hasta\s+(?:\w+\s+){0,2}?(?:sangr\w+|sangre|moretones|morad[oa]|doler)"
    r"|para\s+(?:no\s+)?sentir)\b(?![^.!?\n]{0,30}\b(?:alergia|picor|picadura\w*|mosquito\w*"
    r"|eczema|dermatitis)\b)",
    "pt": r"\b(?:me\s+(?:arranho|belisco|mordo|bato|queimo|corto|coco)|(?:dou|dava|dei)\s+(?:socos"
    r"|murros|cabecadas)\s+(?:na|em)\s+parede)\b[^.!?\n]{0,30}\b(?:ate\s+(?:\w+\s+){0,2}?"
    r"(?:sangr\w+|sangue|roxo|roxa|doer)|(?:pra|para)\s+(?:nao\s+)?sentir)\b"
    r"(?![^.!?\n]{0,30}\b(?:alergia|coceira|picada\w*|mosquito\w*|eczema|dermatite)\b)",
    "it": r"\b(?:mi\s+(?:gratto|graffio|pizzico|mordo|picchio|colpisco|brucio|taglio)|(?:do|davo"
    r"|ho\s+dato)\s+(?:pugni|testate)\s+(?:al|contro\s+il)\s+muro)\b[^.!?\n]{0,30}\b(?:(?:fino\s+a"
    r"|finche)\s+(?:\w+\s+){0,2}?(?:sangu\w+|lividi|fa\s+male|farmi\s+male)|per\s+(?:non\s+)?"
    r"sentire)\b(?![^.!?\n]{0,30}\b(?:allergia|prurito|punture?|zanzar\w+|eczema|dermatite)\b)",
}

# A dead end, no escape: "me siento en un callejón sin salida", "non c'è via di scampo".
_DEAD_END = {
    "es": r"\b(?:me\s+siento|estoy|sigo)\s+(?:\w+\s+)?en\s+un\s+callejon\s+sin\s+salida\b",
    "pt": r"\b(?:me\s+sinto|sinto-me|estou|to|tou)\s+(?:\w+\s+)?(?:num"
    r"|em\s+um)\s+beco\s+sem\s+saida"
    r"\b|\b(?:nao\s+(?:ha|tem)|sem)\s+(?:nenhuma\s+)?escapatoria\b",
    "it": r"\b(?:mi\s+sento|sono)\s+(?:\w+\s+)?in\s+un\s+vicolo\s+cieco\b"
    r"|\bnon\s+c'?e\s+(?:nessuna\s+)?(?:via\s+di\s+)?scampo\b|\bsenza\s+(?:via\s+di\s+)?scampo\b",
}

_FAMILIES: tuple[tuple[str, Category, Severity, dict[str, str], bool], ...] = (
    # name, category, severity, wording per language, the person is built in
    ("eyes_closed", _DW, _CON, _EYES_CLOSED, True),
    ("passwords", _GB, _CON, _PASSWORDS, True),
    ("not_one_more_day", _TP, _CON, _NOT_ONE_MORE_DAY, True),
    ("god_take_me", _DW, _CON, _GOD_TAKE_ME, True),
    ("stop_cutting", _SH, _CON, _STOP_CUTTING, True),
    ("blade", _SH, _CON, _BLADE, True),
    ("ruin", _BU, _CON, _RUIN, True),
    ("no_way_better", _NF, _CON, _NO_WAY_BETTER, True),
    ("no_sense", _NF, _CON, _NO_SENSE, True),
    ("this_world", _DW, _CON, _THIS_WORLD, True),
    ("all_to_end", _DW, _CON, _ALL_TO_END, True),
    ("run_over", _DW, _CON, _RUN_OVER, True),
    ("dont_care_die", _DW, _CON, _DONT_CARE_DIE, True),
    ("tired_of_fighting", _NF, _CON, _TIRED_OF_FIGHTING, True),
    ("every_day", _SI, _URG, _EVERY_DAY, True),
    ("hope_not_wake", _DW, _CON, _HOPE_NOT_WAKE, True),
    ("death_relief", _BU, _CON, _DEATH_RELIEF, True),
    ("in_case_not_back", _GB, _CON, _IN_CASE_NOT_BACK, True),
    ("best_to_vanish", _DW, _CON, _BEST_TO_VANISH, True),
    ("hole", _TP, _CON, _HOLE, True),
    ("nothing_holds", _NF, _CON, _NOTHING_HOLDS, True),
    ("on_purpose", _SH, _CON, _ON_PURPOSE, True),
    ("last_message", _GB, _CON, _LAST_MESSAGE, True),
    ("read_later", _GB, _CON, _READ_LATER, True),
    ("own_funeral", _GB, _CON, _OWN_FUNERAL, True),
    ("feel_burden", _BU, _CON, _FEEL_BURDEN, True),
    ("caged", _TP, _CON, _CAGED, True),
    ("until_it_bleeds", _SH, _CON, _UNTIL_IT_BLEEDS, True),
    ("dead_end", _TP, _CON, _DEAD_END, True),
)


def _give_away(lang: str) -> str:
    # no reason for handing the thing on in the line ("porque ya me gradué", "me formei")
    return (
        rf"\b{_GIVE[lang]}\b{no_handing_on_reason(lang, 160)}[^.!?\n]{{0,80}}\b{_WONT_NEED[lang]}"
    )


RULES: tuple[Rule, ...] = (
    *(
        rule(f"rf_{lang}_{name}", category, severity, source, inherent=inherent, lang=lang)
        for name, category, severity, wording, inherent in _FAMILIES
        for lang, source in wording.items()
    ),
    *(
        rule(f"rf_{lang}_give_away", _GA, _CON, _give_away(lang), inherent=True, lang=lang)
        for lang in ("es", "pt", "it")
    ),
    *rules_romance_means.RULES,
)
