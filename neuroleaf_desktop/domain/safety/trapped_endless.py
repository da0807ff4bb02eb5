"""More ways a likeness of being trapped says it has no end, in six languages.

Why: ``rules_trapped_likeness`` reads the writer inside a picture together with what has no
end. Writers end the picture in further ways, each one a kind of being held that does not let
go:

* **it only gets tighter, or more is piled on**: "a jack somebody keeps cranking a notch tighter
  every morning", "jemand schüttet immer mehr Getreide nach", "chaque jour plus serré", "cada día
  más apretado", "continuano a stringere";
* **no way either way**: "no way up and no way down", "kein Weg rauf und keiner runter",
  "weder vor noch zurück", "ni avancer ni reculer", "ni para adelante ni para atrás", "nem para a
  frente nem para trás", "né avanti né indietro";
* **the air running out**: "the air is running out", "die Luft wird knapp", "l'air me manque",
  "se me acaba el aire", "falta-me o ar", "senza un filo d'aria";
* **what holds never gives**: "glass that never gives", "das nie nachgibt", "qui ne cède
  jamais", "que nunca cede", "che non cede mai";
* **beating against the same thing**: "batting at glass", "chocando siempre contra lo mismo",
  "je me cogne toujours contre la vitre", "immer wieder gegen dieselbe Wand", "a bater sempre
  contra as grades", "sbattendo contro le sbarre";
* **unable to move, or to get out**: "I can't move any more", "no getting out", "kann mich nicht
  mehr bewegen", "j'arrive plus à bouger", "ya no me puedo mover", "não consigo mexer", "non
  riesco più a muovermi";
* **no way out or back, nothing in sight**: "no getting back to the shore", "the door's been
  welded from outside", "kein Weg mehr raus", "plus une lumière", "sin orilla a la vista", "sem
  margem à vista", "nessuna strada per uscire";
* **no shade, no end, never stopping**: "no shade anywhere", "sans jamais s'arrêter", "sin parar
  nunca", "senza mai fermarsi", "ohne aufzuhören".

Each is only one half: without the writer inside a likeness (read by ``rules_trapped_likeness``,
with its everyday look-alikes, a crowded tram or a heatwave at work) none of them is a sign.
"""

from __future__ import annotations

# What closes its clause.
_CLOSES = r"(?=\s*(?:$|[.!?,;:\n]))"

NO_END_MORE = {
    "en": r"\bkeeps?\s+(?:cranking|tightening|turning|screwing|piling|pouring|adding|pressing"
    r"|pushing|shovell?ing)\b[^.!?\n]{0,40}?\b(?:tighter|more|harder|heavier|further|down)\b"
    r"|\b(?:tighter|heavier|smaller)\s+every\s+(?:day|morning|night|week)\b"
    r"|\bno\s+way\s+(?:up|forward|on)\s+(?:and|or|nor)\s+(?:no\s+way\s+|none\s+)?(?:down|back)\b"
    r"|\bneither\s+(?:forward|up)\s+nor\s+(?:back|down)\b"
    r"|\b(?:the\s+)?air\s+(?:is\s+)?(?:running|runs)\s+out\b|\brunning\s+out\s+of\s+air\b"
    r"|\bno\s+air\s+left\b|\bnever\s+gives?(?:\s+way)?" + _CLOSES + r"|\b(?:batting|banging"
    r"|beating|hitting|crashing|bumping)\s+(?:at|into|against)\s+(?:the\s+)?(?:same\s+\w+"
    r"|glass|bars|walls?)\b|\bcan'?t\s+(?:even\s+)?move(?:\s+any\s*more)?"
    + _CLOSES
    + r"|\bno\s+getting\s+out\b|\bno\s+shade\b|\bwithout\s+(?:ever\s+)?stopping\b"
    # no way back or out, no shore in sight, the water still rising, shut in from outside, no light
    + r"|\bno\s+(?:getting|way)\s+(?:back|out)\b|\bno\s+(?:shore|land|bank)\s+in\s+sight\b"
    r"|\b(?:water|tide|river)\s+(?:still|just)\s+rising\b|\b(?:door|hatch|lid)(?:'s|\s+has"
    r"|\s+is|\s+was)?\s+(?:been\s+)?(?:welded|bolted|locked|nailed)\s+(?:shut\s+)?from\s+"
    r"(?:the\s+)?outside\b|\bnot\s+a\s+(?:single\s+)?light\s+left\b",
    "de": r"\bimmer\s+mehr\s+\w+\s+(?:nach|drauf|dazu)\b|\bjeden\s+(?:tag|morgen)\s+(?:enger"
    r"|schwerer|fester)\b|\bimmer\s+(?:enger|fester)\b"
    r"|\bkein(?:en)?\s+weg\s+(?:rauf|hinauf|vor|vorwa(?:e)?rts|hin)\s+und\s+(?:kein(?:er|en)?\s+)?"
    r"(?:weg\s+)?(?:runter|hinunter|zuru(?:e)?ck|her)\b|\bweder\s+vor\s+noch\s+zuru(?:e)?ck\b"
    r"|\bdie\s+luft\s+(?:wird\s+knapp|geht\s+(?:mir\s+)?aus)\b|\bnie\s+nachgibt\b"
    r"|\bimmer\s+wieder\s+gegen\s+(?:dieselbe|die\s+gleiche|das\s+gleiche|den\s+gleichen"
    r"|die\s+gitter|die\s+scheibe|die\s+wand)\b"
    r"|\bkann\s+mich\s+(?:nicht\s+mehr|nimmer|kaum\s+noch)\s+(?:bewegen|ru(?:e)?hren)\b"
    r"|\bkein\s+schatten\b|\bohne\s+(?:je\s+)?aufzuho(?:e)?ren\b"
    r"|\bkein\s+weg\s+(?:mehr\s+)?(?:raus|hinaus|zuru(?:e)?ck)\b|\bkein\s+ufer\s+in\s+sicht\b"
    r"|\btu(?:e)?r\s+(?:\w+\s+)?von\s+aussen\s+(?:zu\w*|verschlossen|verriegelt)\b"
    r"|\bwasser\s+steigt\s+(?:immer\s+)?(?:noch|weiter)\b|\bkein\s+licht\s+mehr\b",
    "fr": r"\bde\s+plus\s+en\s+plus\s+(?:serre|lourd|etroit)\w*|\bchaque\s+jour\s+plus\s+(?:serre"
    r"|lourd|etroit)\w*|\bni\s+(?:avancer|monter)\s+ni\s+(?:reculer|descendre)\b"
    r"|\bl'\s*air\s+(?:me\s+)?manque\b|\bplus\s+d'\s*air\b|\bne\s+cede\s+jamais\b"
    r"|\b(?:je\s+)?(?:me\s+)?cogn\w+\s+(?:toujours\s+)?contre\s+(?:la\s+meme|le\s+meme"
    r"|les\s+barreaux|la\s+vitre|les\s+murs)\b"
    r"|\b(?:j'\s*arrive|je\s+peux|je\s+n'\s*arrive|je\s+ne\s+peux)\s+(?:plus"
    r"|pas)\s+(?:a\s+)?bouger\b"
    r"|\bpas\s+d'\s*ombre\b|\bsans\s+(?:jamais\s+)?s'\s*arreter\b|\bsans\s+fin\b"
    r"|\b(?:aucun|pas\s+de)\s+(?:chemin|moyen)\s+(?:pour\s+|de\s+|d'\s*)?(?:en\s+)?(?:sortir|revenir)\b"
    r"|\bplus\s+(?:une|aucune)\s+lumiere\b|\b(?:pas\s+de|aucune|sans)\s+rive\s+en\s+vue\b"
    r"|\bporte\s+(?:\w+\s+)?(?:soudee|verrouillee|fermee)\s+de\s+l'\s*exterieur\b"
    r"|\bl'\s*eau\s+(?:monte\s+toujours|continue\s+de\s+monter)\b",
    "es": r"\bcada\s+(?:dia|manana|noche)\s+(?:mas|un\s+poco\s+mas)\s+(?:apretad|pesad|estrech)\w*"
    r"|\bsigue[n]?\s+(?:echando|apretando|cargando)\s+(?:mas|un\s+poco)\b"
    r"|\bni\s+(?:para\s+|pa'?\s*)(?:adelante|alante|arriba)\s+ni\s+(?:para\s+|pa'?\s*)(?:atras"
    r"|abajo)\b|\bse\s+(?:me\s+)?acaba\s+el\s+aire\b|\bme\s+falta\s+el\s+aire\b|\bnunca\s+cede\b"
    r"|\bchocando\s+(?:siempre\s+)?contra\s+(?:lo\s+mismo|el\s+mismo|la\s+misma|los\s+barrotes"
    r"|el\s+cristal|las\s+paredes)\b|\bya\s+no\s+(?:me\s+)?puedo\s+mover(?:me)?\b"
    r"|\bno\s+puedo\s+moverme\b|\bsin\s+sombra\b(?!\s+de\b)|\bsin\s+parar\s+nunca\b"
    r"|\bsin\s+nunca\s+parar\b|\bsin\s+fin\b"
    r"|\bningun\s+camino\s+(?:para|de|por\s+donde)\s+salir\b|\bsin\s+orilla\s+a\s+la\s+vista\b"
    r"|\bni\s+una\s+(?:sola\s+)?luz\b|\bpuerta\s+(?:\w+\s+)?(?:soldada|cerrada|trancada)\s+desde"
    r"\s+(?:a)?fuera\b",
    "pt": r"\bcada\s+(?:dia|manha)\s+(?:mais|um\s+pouco\s+mais)\s+(?:apertad|pesad)\w*"
    r"|\bcontinua[m]?\s+a\s+(?:apertar|despejar|deitar)\s+mais\b"
    r"|\bnem\s+para\s+(?:a\s+frente|cima)\s+nem\s+para\s+(?:tras|baixo)\b"
    r"|\bo\s+ar\s+(?:esta\s+a\s+acabar|acaba|esta\s+acabando)\b|\b(?:falta-me"
    r"|me\s+falta)\s+o\s+ar\b"
    r"|\bnunca\s+cede\b|\b(?:batendo|a\s+bater)\s+(?:sempre\s+)?contra\s+(?:o\s+mesmo|a\s+mesma"
    r"|as\s+grades|o\s+vidro|as\s+paredes)\b"
    r"|\bnao\s+(?:me\s+)?consigo\s+(?:mais\s+)?mexer\b|\bja\s+nao\s+me\s+mexo\b"
    r"|\bsem\s+sombra\b(?!\s+de\b)|\bsem\s+nunca\s+parar\b|\bsem\s+fim\b"
    r"|\bnenhum\s+caminho\s+(?:pra|para)\s+sair\b|\bsem\s+(?:margem|terra|costa)\s+a\s+vista\b"
    r"|\b(?:nem|nao\s+(?:anda|vai|sai))\s+(?:pra|para)\s+(?:a\s+)?frente\s+nem\s+(?:pra|para)\s+"
    r"tras\b|\bnenhuma\s+luz\b"
    r"|\bporta\s+(?:\w+\s+)?(?:soldada|trancada)\s+por\s+fora\b",
    "it": r"\bogni\s+(?:giorno|mattina)\s+(?:piu|un\s+po'?\s*di\s+piu)\s+(?:strett|pesant)\w*"
    r"|\bcontinua(?:no)?\s+a\s+(?:stringere|versare|buttare)\b|\bsempre\s+piu\s+strett\w*"
    r"|\bne\s+avanti\s+ne\s+indietro\b|\bne\s+su\s+ne\s+giu\b"
    r"|\bsenza\s+(?:un\s+filo\s+d'\s*)?aria\b|\bmi\s+manca\s+l'\s*aria\b"
    r"|\bl'\s*aria\s+(?:sta\s+finendo|finisce)\b|\bnon\s+cede\s+mai\b"
    r"|\b(?:sbattendo|sbatto|a\s+sbattere)\s+(?:sempre\s+)?contro\s+(?:lo\s+stesso|la\s+stessa"
    r"|le\s+sbarre|il\s+vetro|i\s+muri)\b|\bnon\s+riesco\s+(?:piu\s+)?a\s+muovermi\b"
    r"|\bsenza\s+ombra\b(?!\s+di\b)|\bsenza\s+mai\s+fermarsi\b|\bsenza\s+fine\b"
    r"|\bnessuna\s+(?:strada|via)\s+per\s+uscire\b|\bsenza\s+riva\s+in\s+vista\b"
    r"|\bnessuna\s+luce\b|\bporta\s+(?:\w+\s+)?(?:saldata|chiusa)\s+da\s+fuori\b",
}

# Nobody coming or hearing, the world going on without the writer, no way back up, the effort
# useless: a likeness with one of these is read whatever opens it, even a definite article
# ("Wie im Watt bei Flut, keiner kommt", "il mare va avanti senza di me", "je rame et ça coule
# quand même"); each closes its clause, so "nobody comes to the quiz night" is a complaint.
_SHUT = r"(?=\s*(?:$|[.!?,;:\n]|\s+(?:and|und|et|y|e)\b))"
UNHEARD = {
    "en": r"\b(?:nobody|no\s+one|no-one)\s+(?:ever\s+)?(?:comes|came|hears|heard)"
    + _SHUT
    + r"|\b(?:nobody|no\s+one)\s+(?:\w+\s+){1,4}?(?:hears|heard)\b"
    + _SHUT
    + r"|\b(?:goes|going|carries|carrying|moves|moving|rolls|rolling)\s+on\s+without\s+me"
    + _SHUT
    + r"|\bkeeps?\s+rising"
    + _SHUT
    + r"|\b(?:locked|shut|bolted|closed)\s+(?:at\s+)?both\s+"
    r"ends\b|\bnot\s+allowed\s+to\s+(?:be\s+)?(?:finished|die|end|stop)\b"
    r"|\bcan'?t\s+(?:get|come|swim|climb)\s+back\s+up\b|\b(?:sinks?|sinking)\s+anyway\b"
    # … or no way up from the bottom: the walls rising, no ladder, the others walking above
    r"|\bwalls\s+(?:just\s+)?keep\s+(?:going\s+up|rising|getting\s+higher)\b|\bno\s+ladder\b"
    r"|\b(?:everybody|everyone)\s+(?:else\s+)?walking\s+(?:above|over)\s+me\b",
    "de": r"\b(?:keiner|niemand)\s+(?:kommt|ho(?:e)?rt\s+(?:mich|es))"
    + _SHUT
    + r"|\b(?:keiner|niemand)\s+(?:\w+\s+){1,4}?ho(?:e)?rt\s+(?:mich|es)\b"
    r"|\b(?:la(?:e)?uft|geht)\s+(?:alles|das\s+leben)\s+(?:einfach\s+)?weiter"
    + _SHUT
    + r"|\bohne\s+mich\s+weiter\b|\bich\s+(?:klopfe|rufe|schreie|ha(?:e)?mmere)\s+und\s+"
    r"(?:klopfe|rufe|schreie|ha(?:e)?mmere)\b|\bkomm\w*\s+nicht\s+(?:mehr\s+)?(?:hoch|nach\s+oben)"
    r"\b|\bsinkt?\s+trotzdem\b|\bkeine\s+leiter\b|\boben\s+kein\s+himmel\s+mehr\b",
    "fr": r"\bpersonne\s+ne\s+(?:vient|viendra|m'\s*entend)"
    + _SHUT
    + r"|\bpersonne\s+(?:\w+\s+){1,4}?ne\s+m'\s*entend\b"
    r"|\b(?:continue|avance|tourne)\s+sans\s+moi"
    + _SHUT
    + r"|\bje\s+(?:ne\s+)?(?:peux|peu|arrive)\s+(?:pas|plus)\s+(?:a\s+)?remonter\b"
    r"|\bca\s+(?:ne\s+)?sert\s+a\s+rien,?\s+(?:ca|je)\s+coul\w+|\bcoul\w+\s+quand\s+meme\b"
    r"|\bsans\s+echelle\b|\bl'\s*air\s+qui\s+(?:manque|s'\s*epuise)\b",
    "es": r"\bnadie\s+(?:viene|vendra|me\s+oye)"
    + _SHUT
    + r"|\bnadie\s+(?:\w+\s+){1,4}?(?:me\s+)?(?:oye|escucha)\b"
    r"|\b(?:sigue|avanza|continua)\s+(?:adelante\s+)?sin\s+mi"
    + _SHUT
    + r"|\bsin\s+(?:las\s+)?llaves"
    + _SHUT
    + r"|\bno\s+puedo\s+(?:volver\s+a\s+)?subir\b"
    r"|\bse\s+hunde\s+(?:igual|de\s+todas\s+formas)\b|\bsin\s+escalera\b"
    r"|\bel\s+aire\s+(?:acabandose|se\s+acaba)\b|\btodos\s+caminando\s+(?:por\s+)?encima\b",
    "pt": r"\bninguem\s+(?:vem|vira|me\s+ouve)"
    + _SHUT
    + r"|\bninguem\s+(?:[\w-]+\s+){1,4}?(?:me\s+)?(?:ouve|escuta)\b"
    r"|\b(?:vai|continua|segue|anda|passa)\s+(?:\w+\s+){0,3}?sem\s+mim"
    + _SHUT
    + r"|\bsem\s+(?:as\s+)?chaves"
    + _SHUT
    + r"|\bnao\s+consigo\s+(?:voltar\s+a\s+)?subir\b"
    r"|\bafunda\s+(?:mesmo\s+assim|na\s+mesma)\b|\bsem\s+(?:agua|escada|saida)\s+para\s+sair\b"
    r"|\bsem\s+escada\b",
    "it": r"\bnessuno\s+(?:viene|verra|mi\s+sente)"
    + _SHUT
    + r"|\bnessuno\s+(?:\w+\s+){1,4}?(?:mi\s+)?(?:sente|ascolta)\b"
    r"|\b(?:va|vanno|continua|scorre)\s+avanti\s+senza\s+di\s+me"
    + _SHUT
    + r"|\bsenza\s+(?:via\s+d'\s*)?uscit[ae]"
    + _SHUT
    + r"|\bl'\s*aria\s+che\s+manca\b"
    r"|\bnon\s+riesco\s+(?:piu\s+)?a\s+risalire\b|\baffonda\s+(?:lo\s+stesso|comunque)\b"
    r"|\bsenza\s+scala\b|\btutti\s+che\s+camminano\s+sopra\s+di\s+me\b",
}

# The writer held fast or calling out in the picture: what a likeness opened by a definite
# article needs before nobody coming means the writer is trapped ("Wie im Watt, die Füße
# stecken fest und keiner kommt"; "Como la fiesta del año pasado, nadie viene" is a party).
STUCK_OR_CALLING = (
    r"(?=[^.!?\n]*\b(?:stuck|trapped|pinned|sinking|shout\w*|scream\w*|yell\w*|call\w*|fest"
    r"|stecke\w*|gefangen|eingesperrt|schrei\w*|rufe\w*|coince\w*|bloque\w*|enferme\w*|cri\w*"
    r"|atascad\w*|atrapad\w*|encerrad\w*|grit\w*|pres[oa]|fechad[oa]|incastrat\w*|bloccat\w*"
    r"|chius[oa]|grid\w*|urlo|urlando)\b)"
)

# The writer as a creature or thing held somewhere, a participle between: "soy un pájaro
# atrapado en", "je suis une mouette engluée dans", "sou uma galinha fechada numa", "I'm a moth
# stuck in a", "sono un uccello chiuso in", "ich bin ein Vogel gefangen im"; or the sentence
# opening on being shut in: "Enfermée dans un four", "Encerrado en una caja"
INSIDE_MORE = {
    "en": r"\bi'?m\s+(?:a|an)\s+\w+\s+\w+ed\s+(?:in|inside|under)\s+(?:a|an|the)\b"
    # the picture named, then turned inward: "… floodwater, only it's inside me"
    r"|\b(?:only|but|except)\s+it'?s\s+(?:all\s+)?inside\s+(?:me|my\s+head)\b",
    "de": r"\bich\s+bin\s+(?:ein|eine)\s+\w+\s+(?:\w+t|gefangen)\s+(?:in|im|unter)\b"
    # "als hätte mir jemand eine Glocke übergestülpt", "als hätte man mich eingemauert"
    r"|\bals\s+ha(?:e)?tte\s+(?:mir|mich)\s+(?:jemand|einer|man)\b|\bals\s+ha(?:e)?tte\s+man\s+"
    r"(?:mir|mich)\b|\bich\s+(?:bin|fu(?:e)?hle\s+mich)\s+wie\s+(?:ein|eine|im|in)\b"
    r"|(?:^|(?<=[.!?\n]))\s*(?:eingesperrt|gefangen)\s+(?:in|im)\b"
    # "Wie im Schilfgürtel festgesteckt": the picture and the writer stuck in it
    r"|(?:^|(?<=[.!?\n]))\s*wie\s+(?:im|in\s+(?:einem|einer|der|dem))\b[^.!?\n]{0,60}?\b"
    r"(?:festgesteckt|feststeckend|gefangen|eingesperrt|steckengeblieben)\b",
    "fr": r"\bje\s+suis\s+(?:un|une)\s+\w+\s+\w+(?:e|ee|es|ees|i|ie|is|it)\s+(?:dans|sous"
    r"|au\s+fond)\b|\bje\s+(?:suis|me\s+sens)\s+comme\s+(?:un|une|dans)\b"
    r"|(?:^|(?<=[.!?\n]))\s*(?:enferme\w*|coince\w*|piege\w*|prisonni\w*)\s+dans\s+(?:un|une|le"
    r"|la)\b",
    "es": r"\bsoy\s+(?:un|una)\s+\w+\s+\w+(?:ad|id)[oa]s?\s+(?:en|dentro\s+de|bajo)\b"
    r"|(?:^|(?<=[.!?\n]))\s*(?:encerrad|atrapad)[oa]s?\s+en\s+(?:un|una|el|la)\b",
    "pt": r"\bsou\s+(?:um|uma)\s+\w+\s+(?:\w+(?:ad|id)[oa]s?|pres[oa]s?)\s+(?:num|numa|em|dentro"
    r"|debaixo)\b"
    r"|(?:^|(?<=[.!?\n]))\s*(?:fechad|trancad|pres)[oa]s?\s+(?:num|numa|em)\b",
    "it": r"\bsono\s+(?:un|una|uno)\s+\w+\s+\w+(?:at|ut|us|ius)[oa]\s+(?:in|nel|nella|dentro"
    r"|sotto)\b|(?:^|(?<=[.!?\n]))\s*(?:chius|intrappolat"
    r"|rinchius)[oa]\s+(?:dentro\s+(?:a\s+)?)?(?:in|nel|nella|un|una)\b",
}

# What never lifts or passes, said of the picture itself ("fog that never lifts", "nur dass er
# sich nie hebt", "sauf que la grève ne finit jamais", "só que … não passa nunca", "che non si
# alza mai"), the air hardly left ("ich krieg kaum noch Luft"), no shade or corner to escape to
# ("no hay sombra en ningún lado", "nessuna ombra dove scappare"), or the picture not letting
# the writer out ("que não me deixa sair").
NEVER_LIFTS = {
    "en": r"\bnever\s+(?:lifts|clears|passes|goes\s+away|burns\s+off)\b|\bnowhere\s+to\s+(?:run"
    r"|hide"
    r"|escape)\b|\bno\s+(?:shade|shelter)\s+anywhere\b|\bdoesn'?t\s+let\s+me\s+out\b"
    # no top and no way back; the others carrying on over the writer, smiling and waving
    r"|\bno\s+(?:summit|top|end)\s+and\s+no\s+way\s+(?:back|down|out)\b"
    r"|\b(?:everyone|everybody|people)(?:'s|\s+is|\s+are)?\s+(?:just\s+)?\w+ing\s+(?:over|above)"
    r"\s+(?:the\s+top\s+of\s+)?me\b|\bpeople\s+(?:just\s+)?smile\s+(?:and|n|&)\s+wave\b",
    "de": r"\b(?:sich\s+)?nie\s+(?:hebt|lichtet|verzieht|vergeht|endet)\b|\bhebt\s+sich\s+nie\b"
    r"|\bvergeht\s+nie\b|\bkaum\s+(?:noch|mehr)\s+luft\b|\bnirgends\s+schatten\b"
    r"|\bla(?:e)?sst\s+mich\s+nicht\s+(?:mehr\s+)?(?:raus|hinaus)\b",
    "fr": r"\bne\s+(?:finit|passe|se\s+leve|se\s+dissipe|s'\s*en\s+va)\s+jamais\b"
    r"|\bnulle\s+part\s+(?:ou|pour)\s+(?:fuir|m'\s*enfuir|me\s+cacher)\b|\baucune\s+ombre\b"
    r"|\bne\s+me\s+laisse\s+(?:pas|jamais)\s+sortir\b",
    "es": r"\b(?:nunca|no)\s+(?:pasa|se\s+levanta|se\s+va|se\s+disipa|termina|acaba)\s+nunca\b"
    r"|\bnunca\s+(?:pasa|se\s+levanta|se\s+disipa)\b|\bno\s+hay\s+sombra\b"
    r"|\bningun\s+(?:lugar|sitio)\s+(?:donde|adonde)\s+(?:huir|escapar|esconderme)\b"
    r"|\bno\s+me\s+deja\s+salir\b",
    "pt": r"\b(?:nao|nunca)\s+(?:passa|levanta|se\s+levanta|acaba|termina)\s+nunca\b"
    r"|\bnunca\s+(?:passa|levanta|se\s+levanta|se\s+dissipa)\b|\bnao\s+ha\s+sombra\b"
    r"|\bnenhum\s+lugar\s+(?:onde|para)\s+(?:fugir|escapar|me\s+esconder)\b"
    r"|\bnao\s+me\s+deixa\s+sair\b",
    "it": r"\bnon\s+(?:passa|si\s+alza|si\s+dirada|se\s+ne\s+va)\s+mai\b"
    r"|\bnessun[a']?\s*(?:ombra|riparo|posto|angolo)\s+dove\s+(?:scappare|fuggire|nascondermi)\b"
    r"|\bnon\s+mi\s+lascia\s+uscire\b",
}

# The picture opening the sentence with a definite article ("Wie der Nebel …", "Como el calor
# …", "Come le saline …", "É como o sol …"): only a half, read with an ending above.
# (not "as usual", "wie immer", "come il solito", "como siempre": no picture is drawn)
_NOT_USUAL = (
    r"(?!\s*(?:(?:il|al)\s+solito|sempre|siempre|immer|d'\s*habitude|de\s+costume|de\s+costumbre"
    r"|usual|always|ever|normal)\b)"
)
LIKENESS_THE = {
    # … or a gerund ("Like climbing a hill in the dark …"), or the writer shouting unheard
    "en": r"(?:^|(?<=[.!?\n]))\s*(?:it'?s\s+|it\s+feels\s+)?like"
    + _NOT_USUAL
    + r"\s+(?:that|those|this|\w+ing)\b"
    r"|\bi'?m\s+(?:yelling|screaming|shouting|banging)\s+(?:behind|through|under)\s+(?:the\s+)?"
    r"(?:glass|water|ice)\b",
    "de": r"(?:^|(?<=[.!?\n]))\s*(?:es\s+ist\s+)?wie"
    + _NOT_USUAL
    + r"\s+(?:der|die|das|im|in\s+der)\b",
    "fr": r"(?:^|(?<=[.!?\n]))\s*(?:c'\s*est\s+)?comme" + _NOT_USUAL + r"\s+(?:le|la|les|l')",
    "es": r"(?:^|(?<=[.!?\n]))\s*(?:es\s+)?como" + _NOT_USUAL + r"\s+(?:el|la|los|las)\b",
    "pt": r"(?:^|(?<=[.!?\n]))\s*(?:e\s+)?como" + _NOT_USUAL + r"\s+(?:o|a|os|as|um|uma)\b",
    "it": r"(?:^|(?<=[.!?\n]))\s*(?:e\s+)?come" + _NOT_USUAL + r"\s+(?:il|la|le|lo|i|gli|l')",
}

# The picture turned inward ("but inside", "pero por dentro", "só que dentro de mim", "nur in
# mir drin", "mais en moi", "ma dentro di me"): the weather or heat named is then a likeness,
# not the day's weather, and the everyday guard gives way to it.
INWARD = (
    r"(?=[^.!?\n]*\b(?:(?:but|only)\s+inside(?:\s+me)?|inside\s+of\s+me|(?:aber|nur)\s+in\s+mir"
    r"|(?:mais|sauf\s+que\s+c'\s*est)\s+(?:en|dedans|a\s+l'\s*interieur\s+de)\s*moi"
    r"|pero\s+(?:por\s+dentro|dentro\s+de\s+mi)|(?:so|mas)\s+que\s+dentro\s+de\s+mim"
    r"|mas\s+por\s+dentro|ma\s+dentro(?:\s+di\s+me)?)\b)"
)

__all__ = [
    "INSIDE_MORE",
    "INWARD",
    "LIKENESS_THE",
    "NEVER_LIFTS",
    "NO_END_MORE",
    "STUCK_OR_CALLING",
    "UNHEARD",
]
