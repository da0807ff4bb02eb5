"""Trapped pain told as a likeness the writer is inside, with no end, no way out, no one hearing
or no shelter, in six languages.

Why: a writer caught in pain often draws a picture of themself in it ("like I'm yelling through
the glass of a car wash, nobody hears and it never ends", "als ob ich in einem Aquarium sitze
… und ich komm nie raus", "comme enfermé dans une chambre froide …, personne n'entend", "come
sotto un maestrale che non smette mai … non trovo riparo", "es como vivir dentro de una olla
tapada … no hay por dónde salir"). The picture's words are new each time; its two parts are
not:

* **the writer inside a likeness**: "like I'm", "like living", "as if I", "the pain is like",
  "als ob ich", "comme enfermé", "c'est comme vivre", "es como vivir", "como si estuviera", "é
  como estar", "come sotto", "come se fossi";
* **what has no end**: it never stops or never lets the writer out, nobody hears, no shelter
  is found, every exit leads to a wall, the others stroll past.

Further endings (it only gets tighter, no way either way, the air running out, beating against
the same glass, unable to move) and the writer as a creature held somewhere, a participle
between ("soy un pájaro atrapado en …"), are in ``trapped_endless``.

The same likeness is an everyday complaint when it is about the weather, a queue, traffic, a
job or the neighbours' noise ("it's like I'm in a sauna at work, the heat never ends"): a
sentence naming one of them is left alone.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS, core_family
from neuroleaf_desktop.domain.safety.trapped_endless import (
    INSIDE_MORE,
    INWARD,
    LIKENESS_THE,
    NEVER_LIFTS,
    NO_END_MORE,
    STUCK_OR_CALLING,
    UNHEARD,
)
from neuroleaf_desktop.domain.safety.trapped_no_rescue import INSIDE_PLACED, NO_RESCUE

# --- the writer inside a likeness ----------------------------------------------------------------
_INSIDE = {
    "en": r"\b(?:like|as\s+if|as\s+though)\s+(?:i'?m|im|i\s+am|i\s+was|i'?ve\s+been|i\s+live"
    r"|living|being|sitting|stuck|trapped|locked)\b"
    r"|\b(?:the\s+)?(?:pain|ache|hurt|hurting|grief|sadness)\s+(?:is|feels)\s+like\b"
    # the pain placed in the body, then its likeness: "the hurt sits behind my ribs like …"
    r"|\b(?:the\s+)?(?:pain|ache|hurt|grief|sadness)\s+(?:sits|lies|hangs|sticks)\s+"
    r"(?:\w+\s+){0,3}?like\b"
    # each day or the writer's life named as the picture: "every day is a room where …", "I'm a
    # goat tied in the sun"
    r"|\b(?:every\s+day|each\s+day|my\s+life|my\s+head)\s+is\s+(?:a|an)\b"
    r"|\bi'?m\s+(?:a|an)\s+\w+\s+(?:tied|chained|caged|trapped|stuck)\b"
    r"|(?:^|(?<=[.!?\n]))\s*(?:stuck|trapped|locked)\s+(?:in(?:side)?|at\s+the\s+bottom\s+of)\s+"
    r"(?:a|an|the)\b"
    # the picture opening the sentence: "Like a maze with …"
    r"|(?:^|(?<=[.!?\n]))\s*(?:it'?s\s+|it\s+feels\s+)?like\s+(?:a|an|being|the)\b"
    # the pain carried or worn like something: "I carry this grief like a wet coat"
    r"|\b(?:carry|wear|drag)\s+(?:this|the|my)\s+(?:pain|hurt|grief|sadness)\s+like\b"
    r"|\bi'?m\s+(?:a|an)\s+\w+\s+(?:in|inside)\s+(?:a|an)\b"
    # drowning taken for waving: "not waving but drowning", "I'm drowning and they wave back"
    r"|\b(?:not\s+waving\s+but|i'?m)\s+drowning\b",
    "de": r"\bfu(?:e)?hlt\s+sich\s+(?:\w+\s+)?an\s+wie\b"
    r"|\b(?:als\s+ob\s+ich|als\s+wa(?:e)?r(?:e)?\s+ich|wie\s+(?:wenn\s+ich|eingesperrt"
    r"|gefangen|lebendig\s+begraben))\b|\b(?:der\s+)?schmerz\s+ist\s+wie\b"
    # the verb first in the subjunctive: "als säße ich", "als läge ich"; the pain clinging "wie"
    r"|\bals\s+(?:sasse|sa(?:e)?sse|la(?:e)?ge|stu(?:e)?nde|hinge|steckte)\s+ich\b"
    r"|\b(?:der\s+)?schmerz\s+(?:ha(?:e)?ngt|klebt|liegt)\s+(?:\w+\s+){0,2}?wie\b"
    # the picture opening the sentence, or the writer as it: "Wie ein Fisch im Eimer", "ich bin
    # ein Vogel im Käfig"; the pain carried like something
    r"|(?:^|(?<=[.!?\n]))\s*wie\s+(?:ein|eine)\b|\bich\s+bin\s+(?:ein|eine)\s+\w+\s+(?:in|im)\b"
    r"|\b(?:trage|schleppe)\s+(?:diesen|den|meinen)\s+(?:schmerz|kummer)\s+(?:\w+\s+){0,2}?wie\b",
    "fr": r"\b(?:ma\s+tete|ma\s+vie|chaque\s+jour)\s+c'\s*est\s+(?:un|une|comme)\b"
    r"|\b(?:comme\s+(?:si\s+j'?\s*|enferme\w*|coince\w*|piege\w*|prisonni\w*|sous\s+(?:un|une)"
    r"|au\s+fond)|c'est\s+comme\s+(?:si|vivre|etre))|\b(?:la\s+)?douleur\s+est\s+comme\b"
    r"|\bcomme\s+(?:un|une)\s+\w+\s+(?:pris|prise|coince\w*|piege\w*)\b"
    r"|\bje\s+suis\s+(?:enferme\w*|coince\w*|piege\w*)\s+dans\b"
    # the diary's "je suis" dropped: "Coincé au fond de la cale, l'eau monte …"
    r"|(?:^|(?<=[.!?\n]))\s*(?:coince\w*|enferme\w*|piege\w*)\s+(?:au\s+fond|dans)\b"
    # "Comme un crabe dans un casier", "je suis un oiseau dans une cage", the pain worn like it
    r"|(?:^|(?<=[.!?\n]))\s*comme\s+(?:un|une)\b|\bje\s+suis\s+(?:un|une)\s+\w+\s+(?:dans"
    r"|au\s+fond)\b"
    r"|\b(?:je\s+)?(?:porte|traine)\s+(?:cette|ma|la)\s+(?:douleur|peine|tristesse)\s+comme\b",
    "es": r"\b(?:es\s+como\s+(?:vivir|estar|si|caminar|andar|nadar|cargar)"
    r"|como\s+si\s+(?:yo\s+)?(?:estuviera|viviera)"
    r"|como\s+(?:encerrad\w+|atrapad\w+|bajo\s+(?:un|una)))\b|\b(?:el\s+)?dolor\s+es\s+como\b"
    r"|\bme\s+siento\s+(?:dentro|encerrad\w+|atrapad\w+|como|un|una)\b"
    r"|\bparece\s+que\s+(?:yo\s+)?estoy\b"
    # "Como un pez en un balde", "soy un pájaro en una jaula", "cargo este dolor como …"
    r"|(?:^|(?<=[.!?\n]))\s*como\s+(?:un|una)\b|\bsoy\s+(?:un|una)\s+\w+\s+(?:en|dentro\s+de)\b"
    r"|\b(?:cargo|llevo|arrastro)\s+(?:este|esta|el|la|mi)\s+(?:dolor|pena|tristeza)\s+como\b",
    "pt": r"\b(?:e\s+como\s+(?:viver|estar|se)|como\s+se\s+(?:eu\s+)?(?:estivesse|vivesse)"
    r"|como\s+(?:presa?|trancad\w+|encurralad\w+|debaixo\s+de))\b|\b(?:a\s+)?dor\s+e\s+como\b"
    r"|\bparece\s+que\s+(?:eu\s+)?(?:estou|vivo)\b|\bsinto-me\s+(?:dentro|pres[oa]|trancad\w+|como)\b"
    r"|\bme\s+sinto\s+(?:como|um|uma)\b|\bsinto-me\s+(?:um|uma)\b"
    # "Como um peixe num balde", "sou um peixe num balde", "carrego esta dor como …"
    r"|(?:^|(?<=[.!?\n]))\s*como\s+(?:um|uma)\b|\bsou\s+(?:um|uma)\s+\w+\s+(?:num|numa|em|dentro)\b"
    r"|\b(?:carrego|levo|arrasto)\s+(?:esta|essa|a|minha)\s+(?:dor|tristeza)\s+como\b",
    "it": r"\b(?:e\s+come\s+(?:vivere|stare|essere|se)|come\s+se\s+(?:io\s+)?(?:fossi|vivessi"
    r"|stessi)|come\s+(?:sotto|chius[oa]\s+(?:dentro|in)|intrappolat\w+|in\s+trappola))\b"
    r"|\b(?:il\s+)?dolore\s+e\s+come\b"
    r"|\bmi\s+sento\s+(?:dentro|chius[oa]|intrappolat\w+|come|un|una|uno)\b"
    # "Come un pesce in un secchio", "sono un uccello in gabbia", "questo male mi sta addosso come"
    r"|(?:^|(?<=[.!?\n]))\s*come\s+(?:un|una|uno)\b|\bsono\s+(?:un|una|uno)\s+\w+\s+(?:in|nel"
    r"|nella|dentro)\b"
    r"|\b(?:male|dolore|tristezza)\s+mi\s+(?:sta|pesa)\s+addosso\s+come\b"
    r"|\bsembra\s+(?:di\s+essere|che\s+(?:io\s+)?sia)\b"
    # the picture opening the sentence with its verb: "Come stare sul fondo della laguna"
    r"|(?:^|(?<=[.!?\n]))\s*come\s+(?:stare|vivere|essere)\b",
}
# --- what has no end, no way out, no one hearing, no shelter --------------------------------------
_NO_END = {
    "en": r"\bnever\s+(?:ends?|stops?|lets?\s+(?:me|up)|let\s+me)\b|\bnever\s+stop\s+one\b"
    r"|\b(?:can'?t|cannot|never)\s+get\s+out\b|\b(?:nobody|no\s*one)\s+(?:ever\s+)?hears\b"
    r"|\b(?:can'?t|cannot)\s+find\s+(?:any\s+)?shelter\b|\bno\s+shelter\b"
    r"|\bevery\s+(?:exit|door|way\s+out)\s+(?:sign\s+)?(?:points?|leads?|opens?)\s+(?:at|to"
    r"|onto|into)\s+(?:a\s+)?(?:brick\s+)?wall\b"
    r"|\b(?:everyone|everybody)\s+(?:\w+\s+)?(?:strolls?|walks?|wanders?|goes)\s+(?:round|around"
    r"|past|by)\b"
    # every way shut, everyone gone, sinking further each day
    r"|\bwhichever\s+way\s+i\s+(?:walk|turn|go|move),?\s+(?:it\s+(?:bites|hurts|stings|burns)"
    r"|(?:there'?s|i\s+hit)\s+(?:a\s+)?(?:wall|fence|dead\s+end))\b"
    r"|\b(?:fences?|walls?|bars|wire)\s+on\s+every\s+side\b"
    r"|\b(?:everyone|everybody)(?:'s|\s+has|\s+is)\s+gone\s+home\b"
    r"|\bwithout\s+(?:a|an|any)\s+(?:exit|way\s+out|door)\b|\bsink(?:ing)?\s+deeper\s+every\s+day\b"
    # nobody answering, opening or seeing; nothing that stops or shifts it; the walls closing in;
    # the water rising; what holds the writer about to give way or too short to reach shelter
    r"|\b(?:nobody|no\s*one)\s+(?:else\s+)?(?:ever\s+)?(?:answers|answering|opens|opening|comes"
    r"|coming|can\s+see\s+(?:it|them|me))\b"
    r"|\bno\s+(?:off\s+switch|stop\s+button|brakes)\b"
    r"|\bnothing\s+(?:ever\s+)?(?:shifts|lifts|eases|moves|touches)\s+it\b"
    r"|\bwalls?\s+(?:come|comes|coming|close|closes|closing|move|moving)\s+in\b"
    r"|\b(?:water|tide)\s+(?:keeps|just\s+keeps)\s+rising\b|\babout\s+to\s+(?:give\s+way"
    r"|cave\s+in)\b"
    r"|\btoo\s+short\s+to\s+reach\b"
    # only the echo answering; what cannot be taken off or left; nothing opening; nobody looking
    r"|\bonly\s+(?:the|my\s+own)\s+echo\b|\b(?:can'?t|cannot|never)\s+(?:take|get|shake"
    r"|pull)(?:\s+(?:it|them))?"
    r"\s+off\b|\bi\s+(?:can'?t|cannot)\s+(?:leave|get\s+away|escape)\b"
    r"|\bnothing\s+(?:ever\s+)?opens(?=\s*(?:$|[.!?,;\n]))"
    r"|\b(?:nobody|no\s*one)\s+(?:ever\s+)?(?:looks|notices)(?:\s+in)?(?:\s+(?:ever|never|nunca"
    r"|jamas|jamais|mai|nie))?(?=\s*(?:$|[.!?,;\n]))|\bno\s+(?:turn-?off|way\s+off|exit)\b"
    r"|\b(?:they|everyone|everybody|people)\s+(?:all\s+)?(?:just\s+)?wave\s+back\b",
    "de": r"\b(?:ich\s+)?(?:komm|komme)\s+(?:nie|nicht)\s+(?:mehr\s+)?raus\b"
    r"|\b(?:keiner|niemand)\s+(?:mich\s+)?ho(?:e)?rt\b|\bho(?:e)?rt\s+(?:mich\s+)?(?:keiner"
    r"|niemand)\b"
    r"|\bho(?:e)?rt\s+nie\s+auf\b|\bkein(?:en)?\s+(?:schutz|unterschlupf)\b"
    r"|\bkeinen\s+schritt\s+(?:mehr\s+)?weiter\b|\bohne\s+ausgang\b|\bkein(?:en)?\s+ausgang\b"
    r"|\b(?:treppe|leiter|tu(?:e)?r)\s+(?:\w+\s+)?(?:weggenommen|zugemauert)\b"
    r"|\bjeden\s+tag\s+tiefer\b"
    r"|\b(?:niemand|keiner)\s+(?:macht\s+(?:mir\s+)?auf|antwortet)\b"
    r"|\bnie\s+(?:ab|los|an)?(?:fa(?:e)?hrt|kommt|aufho(?:e)?rt|endet)\b"
    r"|\b(?:gleich|bald)\s+(?:nachgibt|einbricht|zusammenbricht)\b|\bsteigt\s+immer\s+weiter\b"
    r"|\bnur\s+(?:das|mein)\s+(?:eigenes\s+)?echo\b|\b(?:krieg|kriege|bekomme?)\s+(?:ihn|sie"
    r"|es)\s+nicht"
    r"\s+(?:mehr\s+)?(?:ab|runter|aus|los)\b|\bkann\s+nicht\s+(?:weg|fort|fliehen)\b"
    r"|\bnichts\s+geht\s+auf(?=\s*(?:$|[.!?,;\n]))|\b(?:niemand|keiner)\s+(?:schaut|sieht"
    r"|guckt)\s+(?:\w+\s+)?(?:rein|hin)(?:\s+(?:ever|never|nunca|jamas|jamais|mai"
    r"|nie))?(?=\s*(?:$|[.!?,;\n]))",
    "fr": r"\bpersonne\s+(?:ne\s+|n'\s*)(?:m'\s*)?entend\b|\bne\s+s'?\s*arrete\s+jamais\b"
    r"|\b(?:je\s+)?(?:n'?\s*en\s+)?(?:ne\s+)?(?:sors|sortirai)\s+jamais\b|\b(?:aucun"
    r"|pas\s+d')\s*abri\b"
    r"|\bsans\s+(?:portail|porte|issue|sortie)\b|\bles\s+murs\s+(?:montent|se\s+rapprochent)\b"
    r"|\b(?:ca|cela)\s+dure\s+depuis\s+des\s+(?:mois|semaines|annees)\b"
    r"|\bje\s+m'\s*enfonce\s+(?:chaque\s+jour|un\s+peu\s+plus)\b"
    r"|\bpersonne\s+pour\s+(?:me|m'|la|le)\s*(?:sortir|redescendre|ouvrir|aider|chercher)\b"
    r"|\bpersonne\s+(?:ne\s+|n'\s*)(?:m'\s*)?(?:ouvre|repond)\b"
    r"|\bchaque\s+\w+\s+est\s+(?:la|le)\s+meme\b|\b(?:continue|ne\s+cesse)\s+de\s+monter\b"
    r"|\bseul\s+l'\s*echo\b|\brien\s+ne\s+s'\s*ouvre(?=\s*(?:$|[.!?,;\n]))"
    r"|\bje\s+tourne\s+en\s+rond\b"
    r"|\b(?:ne\s+)?(?:peux|arrive)\s+pas\s+(?:a\s+)?(?:l'\s*|les\s+)?(?:enlever|retirer|quitter"
    r"|partir|fuir)\b"
    r"|\bpersonne\s+ne\s+(?:regarde|voit|remarque)(?:\s+dedans)?(?:\s+(?:ever|never|nunca|jamas"
    r"|jamais|mai|nie))?(?=\s*(?:$|[.!?,;\n]))",
    "es": r"\bnadie\s+(?:me\s+)?(?:oye|escucha)\b|\b(?:no\s+para\s+nunca|nunca\s+(?:para|termina"
    r"|se\s+acaba))\b|\bno\s+hay\s+por\s+donde\s+salir\b|\bno\s+(?:encuentro|hay)\s+(?:ningun\s+)?"
    r"refugio\b|\bnunca\s+salgo\b|\bsin\s+(?:salida|puerta|la\s+salida)\b"
    r"|\bcada\s+dia\s+me\s+hundo\s+mas\b|\bme\s+hundo\s+cada\s+dia\s+mas\b"
    r"|\bnunca\s+se\s+(?:acerca|abre)\b|\bnadie\s+(?:me\s+)?(?:abre|contesta|responde)\b"
    r"|\bsigue\s+subiendo\b"
    r"|\b(?:solo\s+)?el\s+eco\s+(?:me\s+)?(?:devuelve|responde|contesta)\b"
    r"|\bno\s+(?:me\s+)?(?:l[oa]s?\s+)?(?:puedo|consigo)\s+(?:sacar|quitar|ir|escapar|salir)\w*"
    r"|\bnada\s+se\s+abre(?=\s*(?:$|[.!?,;\n]))|\bdoy\s+vueltas\s+en\s+(?:circulo|redondo)\b"
    r"|\bnadie\s+(?:mira|se\s+asoma|se\s+da\s+cuenta)(?:\s+(?:dentro|adentro))?(?:\s+(?:ever"
    r"|never|nunca|jamas|jamais|mai|nie))?(?=\s*(?:$|[.!?,;\n]))",
    "pt": r"\bninguem\s+(?:me\s+)?(?:ouve|escuta)\b|\bnunca\s+(?:para|acaba|termina)\b"
    r"|\bnao\s+(?:encontro|ha)\s+(?:nenhum\s+)?abrigo\b|\bnunca\s+saio\b"
    r"|\bnao\s+ha\s+por\s+onde\s+sair\b|\bcada\s+dia\s+afundo\s+mais\b"
    r"|\bafundo\s+cada\s+(?:dia|vez)\s+mais\b|\bsem\s+(?:saida|porta|a\s+saida)\b"
    r"|\bnunca\s+(?:sobe|se\s+abre|se\s+aproxima|chega)\b|\bninguem\s+(?:me\s+)?(?:abre|responde)\b"
    r"|\bnao\s+para\s+de\s+subir\b|\bcontinua\s+a\s+subir\b"
    # the walls closing and no air: "as paredes a fechar e eu sem ar"
    r"|\bparedes\s+(?:a\s+(?:fechar|apertar)|(?:se\s+)?fechando|apertando)\b|\beu\s+sem\s+ar\b"
    r"|\b(?:so\s+)?o\s+eco\s+(?:me\s+)?(?:devolve|responde)\b"
    r"|\bnao\s+(?:me\s+)?(?:consigo|posso)\s+(?:tirar|livrar|ir\s+embora|sair|fugir)\w*"
    r"|\bnada\s+se\s+abre(?=\s*(?:$|[.!?,;\n]))|\bando\s+em\s+circulos\b"
    r"|\bninguem\s+(?:olha|repara|ve)(?:\s+para\s+dentro)?(?:\s+(?:ever|never|nunca|jamas|jamais"
    r"|mai|nie))?(?=\s*(?:$|[.!?,;\n]))",
    "it": r"\bnessuno\s+(?:mi\s+)?(?:sente|ascolta)\b|\bnon\s+(?:smette|finisce)\s+mai\b"
    r"|\bnon\s+trovo\s+(?:nessun\s+)?riparo\b|\bnon\s+esco\s+mai\b|\bnessun\s+riparo\b"
    r"|\bsenza\s+(?:l'\s*)?uscita(?=\s*(?:$|[.!?,;:\n]))|\bsenza\s+via\s+d'\s*uscita\b"
    r"|\bogni\s+giorno\s+affondo\s+di\s+piu\b|\baffondo\s+ogni\s+giorno\b"
    r"|\bnon\s+trovo\s+(?:mai\s+)?(?:una|la|l'\s*)\s*(?:porta|uscita)\b"
    r"|\bcontinua\s+a\s+salire\b|\bnessuno\s+(?:mi\s+)?(?:apre|risponde)\b"
    r"|\bsolo\s+l'\s*eco\b|\bnon\s+(?:me\s+)?(?:riesco\s+a|posso)\s+(?:sfilar|toglier|levar|andar"
    r"|uscir"
    r"|scappar)\w*|\bnon\s+me\s+(?:l[oa]\s+|ne\s+)(?:riesco\s+a\s+|posso\s+)?(?:sfil|togl|lev"
    r"|andar)\w*"
    r"|\bniente\s+si\s+apre(?=\s*(?:$|[.!?,;\n]))|\bgiro\s+in\s+tondo\b|\bnessuno\s+(?:guarda"
    r"|se\s+ne\s+accorge)(?:\s+dentro)?(?:\s+(?:ever|never|nunca|jamas|jamais|mai"
    r"|nie))?(?=\s*(?:$|[.!?,;\n]))",
}
# --- an everyday complaint: the weather, a queue, traffic, a job, the neighbours ------------------
_EVERYDAY = (
    r"(?![^.!?\n]*\b(?:traffic|queue|meeting|heat\s*wave|weather|forecast|office|commute|homework"
    r"|neighbou?rs?|lecture|class|shift|boss|stau|hitze|wetter|buro|nachbarn|schicht|chef"
    r"|bouchons?|chaleur|meteo|bureau|voisins|patron|trafico|atasco|calor|oficina|vecinos|jefe"
    r"|transito|engarrafamento|escritorio|vizinhos|chefe|traffico|coda|caldo|ufficio|vicini"
    r"|capo|league|table|standings|rankings?|leaderboard|inbox|liga|tabelle|classement"
    r"|classifica|clasificacion|tabla|tabela"
    # a real room or lift the writer is shut in: a stuck door, not a likeness
    # (… but not one the writer is held in for months: that lift is a likeness)
    r"|bathroom|toilets?|loo|(?:lift|elevator)(?![^.!?\n]*\bfor\s+(?:months|weeks|years)\b)"
    r"|salle\s+de\s+bains?|toilettes|ascenseur|bagno"
    r"|ascensore|bano|ascensor|banheiro|elevador|badezimmer|klo|aufzug"
    # the sea or a pool loved, diving: the likeness is a pleasure
    r"|div(?:e|ing)|snorkel\w*|love\s+it|tauch\w*|liebe\s+es|plong\w*|j'adore|buce\w*|bucear"
    r"|me\s+encanta|mergulh\w*|adoro|immersion\w*|sub"
    # a crowded train or a gig: "like a sardine on the tube, I can't move"
    r"|tube|subway|metro|tram|rush\s+hour|crowd\w*|concert|u-?bahn|gedra(?:e)?nge|foule"
    r"|multitud|multidao|folla|menschenmenge"
    # a dream or a holiday
    r"|dream|traum|reve|sogno|sueno|sonho"
    r"|vacanz\w*|vacaciones|vacances|ferien|urlaub|holidays?|ferias)\b)"
)


# --- a likeness of joy: a child in a sweet shop, a king, a fish in water ------------------
# "Like a kid in a candy store, I can't leave", "mi sento un re, non me ne posso andare", "ich bin
# ein Fisch im Wasser": the picture is delight, and what "has no end" is the writer's pleasure.
_JOY = (
    r"(?![^.!?\n]*\b(?:candy\s+store|sweet\s*shop|toy\s*(?:shop|store)|spielzeugladen"
    r"|(?:a|an|un|una|um|uma|ein|eine|une)\s+(?:king|queen|ko(?:e)?nig\w*|roi|reine|rey|reina|rei"
    r"|rainha|re|regina)|fish\s+(?:in|to)\s+water|fisch\s+im\s+wasser|poisson\s+dans\s+l'\s*eau"
    r"|pez\s+en\s+el\s+agua|peixe\s+na\s+agua|pesce\s+nell'\s*acqua)\b)"
)


# what never lifts "before ten" or "until noon" is the day's weather, not the picture
_NO_TIME = r"(?!\s+(?:before|until|till|by|bis|vor|avant|jusqu\w*|antes|hasta|ate|prima|fino)\b)"


# what never lifts or passes, not by a time; the only ending a likeness opened by a definite
# article or a gerund is read with ("Como el año pasado, la fiesta nunca termina" is a party)
_NEVER_LIFTS = {lang: rf"(?:{p}){_NO_TIME}" for lang, p in NEVER_LIFTS.items()}


def _likeness(lang: str) -> str:
    return (
        rf"(?:^|(?<=[.!?\n]))(?:{INWARD}|{_EVERYDAY}){_JOY}[^.!?\n]*?(?:(?:{_INSIDE[lang]}"
        rf"|{INSIDE_MORE[lang]}|{INSIDE_PLACED[lang]})[^.!?\n]{{0,110}}?(?:{_NO_END[lang]}"
        rf"|{NO_END_MORE[lang]}|{_NEVER_LIFTS[lang]}|{UNHEARD[lang]}|{NO_RESCUE[lang]})"
        rf"|(?:{LIKENESS_THE[lang]})[^.!?\n]{{0,110}}?"
        rf"(?:{_NEVER_LIFTS[lang]}|{STUCK_OR_CALLING}[^.!?\n]{{0,110}}?(?:{UNHEARD[lang]})))"
    )


RULES: tuple[Rule, ...] = core_family(
    "trapped_likeness",
    Category.TRAPPED_PAIN,
    Severity.CONCERN,
    {lang: _likeness(lang) for lang in LANGS},
    {
        "en": "like|as if|as though|stuck|trapped|locked|every day|each day|my life|my head|tied"
        "|chained|caged|drowning|carry|wear|drag|i'm a|im a|i am a|inside|bottom|shut in",
        "de": "als|wie|bin|eingesperrt|gefangen",
        "fr": "comme|suis|c'est|enferm|coince|piege|prisonni",
        "es": "como|siento|parece|soy|encerrad|atrapad|estoy",
        "pt": "como|parece|sinto|sou|fechad|trancad|pres|estou",
        "it": "come|sento|sembra|sono|chius|intrappolat",
    },
    inherent=True,
)

__all__ = ["RULES"]
