"""Explicit thoughts told as an impulse, an easy ending, a sleep not woken from, or a plan told
by its moment, in all six languages.

Why: people write the thought of dying without a death verb: "how easy it'd be to just let go
of the pole and be done", "every time a lorry passes i think just swerve, it'd be over",
"sarebbe facile lasciarmi andare e finirla", "wenn ich nicht mehr aufwach, wär's mir recht",
"take the boat out on my own and not bring her back", "the rope's up in the loft, waiting till
the house is empty". Each rule reads two parts with any wording of each: an act or image,
and the end it brings (over / done / peace / finished, fine with me, not coming back, an
empty house to do it in). Text is case- and accent-folded and dialect-respelt first
(``spelling_intl``); whose thought it is and negation are judged in context. Every rule has a
``gate``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule
from neuroleaf_desktop.domain.safety.rules_core_acts import MEANS
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS, core_family

_SI = Category.SUICIDAL_IDEATION
_PLAN = Category.PLAN_OR_METHOD
_URG = Severity.URGENT
_CONCERN = Severity.CONCERN

# --- how easy it would be to end it ----------------------------------------------------------
# "how easy it'd be to …", "sarebbe facile …", "wie leicht es wäre …": an easy act …
_EASY = {
    "en": r"\b(?:how|so)\s+easy\s+(?:it'?d|it\s+would|it\s+'d)\s+be\s+to\b",
    "de": r"\bwie\s+(?:leicht|einfach)\s+(?:es\s+)?wa(?:e)?re?\b|\bwa(?:e)?r(?:e|'s)?\s+(?:so\s+)?"
    r"(?:leicht|einfach),?\s+(?:zu|einfach)\b",
    "fr": r"\b(?:ce\s+serait|ca\s+serait|serait)\s+(?:si\s+|tellement\s+)?(?:facile|simple)\s+de\b",
    "es": r"\b(?:seria|que\s+facil\s+seria)\s+(?:tan\s+|muy\s+)?(?:facil|sencillo)\b",
    "pt": r"\b(?:seria|que\s+facil\s+seria)\s+(?:tao\s+|muito\s+)?(?:facil|simples)\b",
    "it": r"\bsarebbe\s+(?:cosi\s+|molto\s+|troppo\s+)?(?:facile|semplice)\b",
}
# … that ends the writer: letting go, being done, finishing it.
_ENDING = {
    "en": r"\b(?:be\s+(?:done|over|gone)|it'?d\s+(?:all\s+)?be\s+over|end\s+it(?:\s+all)?"
    r"|not\s+(?:come|get)\s+(?:back|up)|never\s+(?:come|get)\s+(?:back|up)"
    # … or simply to be no more: "how easy it would be to just not be alive any more"
    r"|not\s+(?:be\s+alive|exist)(?:\s+any\s*more)?)\b"
    # not "be done with it", "be over by five"
    r"(?!\s+(?:with|for|by|in|at|before)\b)",
    "de": r"\b(?:loslassen|los\s+lassen|vorbei|schluss\s+machen|nicht\s+mehr\s+aufstehen"
    r"|nicht\s+mehr\s+(?:zu\s+)?(?:leben|existieren|da\s+zu\s+sein))\b",
    "fr": r"\b(?:en\s+finir|tout\s+lacher|me\s+laisser\s+(?:tomber|aller|glisser)|sauter"
    r"|ne\s+plus\s+(?:exister|etre\s+en\s+vie|vivre)"
    r"|ce\s+serait"
    r"\s+fini)\b",
    "es": r"\b(?:acabar\s+con\s+todo|terminar\s+con\s+todo|soltarme|dejarme\s+(?:caer|ir)"
    r"|tirarme|se\s+acabaria\s+todo|dejar\s+de\s+(?:existir|vivir)|no\s+(?:estar\s+viv[oa]"
    r"|existir)\s+mas)\b",
    "pt": r"\b(?:acabar\s+com\s+tudo|me\s+soltar|soltar-me|me\s+deixar\s+(?:cair|ir)|me\s+jogar"
    r"|acabava\s+tudo|deixar\s+de\s+(?:existir|viver)|nao\s+(?:estar\s+viv[oa]|existir)\s+mais)\b",
    # not "finirla qui con questo progetto"
    "it": r"\b(?:finirla|farla\s+finita|lasciarmi\s+(?:andare|cadere)|buttarmi|sarebbe\s+finita"
    r"|smettere\s+di\s+(?:esistere|vivere)|non\s+(?:esistere|esserci)\s+piu)\b"
    r"(?!\s+(?:qui\s+|li\s+)?(?:con|col|coi)\b)",
}
_EASY_GATE = {
    "en": "easy",
    "de": "leicht|einfach",
    "fr": "facile|simple",
    "es": "facil|sencillo",
    "pt": "facil|simples",
    "it": "facile|semplice",
}

# --- an impulse in traffic or at a height, and "it'd be over" -------------------------------
# "i think just swerve, it'd be over", "einfach lenken und es wär vorbei", "un coup de volant et
# ce serait fini": an act of a moment (swerve, let go, step off, lean forward) and its end.
_IMPULSE = {
    "en": r"\b(?:swerve|let\s+go|step\s+(?:off|out|in\s+front)|lean\s+(?:forward|over)"
    r"|turn\s+the\s+wheel|jerk\s+the\s+wheel|drive\s+(?:into|off))\b",
    "de": r"\b(?:lenkrad\s+(?:rumreissen|umreissen|herumreissen)|rumreissen|loslassen"
    r"|einen\s+schritt\s+(?:nach\s+vorn|vor)|ausscheren|gegenlenken)\b",
    "fr": r"\b(?:un\s+coup\s+de\s+volant|donner\s+un\s+coup\s+de\s+volant|lacher\s+(?:le|la|prise)"
    r"|faire\s+un\s+pas\s+(?:de\s+plus|en\s+avant))\b",
    "es": r"\b(?:un\s+volantazo|dar\s+un\s+volantazo|girar\s+el\s+volante|soltarme|dar\s+un\s+paso"
    r"\s+(?:al\s+frente|adelante))\b",
    "pt": r"\b(?:virar\s+o\s+volante|dar\s+um\s+passo\s+(?:a\s+frente|em\s+frente)|soltar-me"
    r"|me\s+soltar)\b",
    "it": r"\b(?:(?:una\s+)?sterzata|girare\s+il\s+volante|mollare\s+la\s+presa|fare\s+un\s+passo"
    r"\s+avanti)\b",
}
_OVER = {
    "en": r"\b(?:it'?d|it\s+would|it\s+'d|and\s+it'?s|and\s+i'?d)\s+(?:all\s+)?be\s+(?:over|done"
    r"|gone)\b|\band\s+be\s+(?:done|gone)\b",
    "de": r"\b(?:wa(?:e)?r(?:e|'s)?\s+(?:es\s+|alles\s+)?vorbei|und\s+(?:es\s+|alles\s+)?"
    r"(?:ist|wa(?:e)?r(?:e|'s)?)\s+vorbei|und\s+ruhe)\b",
    "fr": r"\b(?:ce\s+serait|ca\s+serait|et\s+c'?\s*est)\s+(?:fini|termine)\b",
    "es": r"\b(?:y\s+)?(?:se\s+acabaria|se\s+acaba|todo\s+terminaria|y\s+ya)\b",
    "pt": r"\b(?:e\s+)?(?:acabava|acabaria|tudo\s+terminava)\b",
    "it": r"\b(?:e\s+)?(?:sarebbe\s+finita|finirebbe\s+tutto|tutto\s+finito)\b",
}
_IMPULSE_GATE = {
    "en": "over|done|gone",
    "de": "vorbei|ruhe",
    "fr": "fini|termine",
    "es": "acab|termin|y ya",
    "pt": "acab|termin",
    "it": "finit|finir",
}

# --- a sleep not woken from, and that being fine --------------------------------------------
# "wenn ich einfach nicht mehr aufwach, wär's mir recht", "if i didn't wake up i'd be fine with
# it", "si je me réveillais pas ça m'irait": not waking + fine / relief (a passive wish).
_NOT_WAKING = {
    "en": r"\b(?:didn'?t|did\s+not|never|don'?t|wouldn'?t)\s+wake\s+up\b"
    r"(?!\s+(?:on\s+time|in\s+time|early|for|at|until|till|before|with))"
    # … or the heart stopping of itself in the night: "if my heart just stopped tonight"
    r"|\bif\s+my\s+heart\s+(?:just\s+)?(?:stopped|gave\s+out)\b",
    "de": r"\b(?:nicht\s+mehr|nie\s+mehr|nimmer|nicht)\s+aufwach(?:e|en|t)?\b"
    r"|\bwenn\s+(?:\w+\s+)?(?:mein\s+|das\s+)herz\s+(?:\w+\s+){0,3}?(?:stehen\s*bliebe|stehenbleibt"
    r"|stehen\s*bleiben\s+wu(?:e)?rde|aufho(?:e)?rte)\b",
    "fr": r"\bme\s+reveill(?:ais|e|erais)\s+(?:pas|plus|jamais)\b|\bpas\s+me\s+reveiller\b"
    r"|\bsi\s+(?:\w+\s+)?(?:mon|le)\s+c(?:oe|œ)ur\s+s'\s*arretait\b",
    "es": r"\bno\s+(?:me\s+)?(?:despertara|despertase|despierto|despertar"
    r"|volviera\s+a\s+despertar)\b"
    r"|\bsi\s+(?:\w+\s+)?(?:mi|el)\s+corazon\s+se\s+(?:parara|parase|detuviera)\b",
    "pt": r"\bnao\s+(?:acordasse|acordar|acordo|voltasse\s+a\s+acordar)\b"
    r"|\bse\s+(?:\w+\s+)?(?:o\s+)?(?:meu\s+)?coracao\s+parasse\b",
    "it": r"\bnon\s+mi\s+(?:svegliassi|sveglio|svegliero|risvegliassi)\b"
    r"|\bse\s+(?:\w+\s+)?(?:il\s+)?(?:mio\s+)?cuore\s+si\s+fermasse\b",
}
_FINE_WITH_ME = {
    "en": r"\b(?:i'?d\s+be\s+(?:fine|ok|okay|glad|happy)|that'?d\s+be\s+(?:fine|ok|okay|a\s+relief"
    r"|nice)|fine\s+by\s+me|wouldn'?t\s+mind"
    # … or a gift, a mercy: "it would be a gift", "that'd be a blessing"
    r"|(?:it|that)\s*(?:would|'d)\s+be\s+(?:a\s+)?(?:relief|gift|blessing|mercy|release))\b",
    # (dialect "is ma recht": it is fine by me)
    "de": r"\b(?:wa(?:e)?r(?:e|'s)?\s+(?:es\s+|mir\s+|'s\s+)*"
    r"|is(?:t)?\s+(?:es\s+|'s\s+)?(?:mir|ma)\s+)"
    r"(?:\w+\s+){0,2}?"
    r"(?:recht|egal|wurscht"
    r"|wurst|scho(?:e)?n|gut|lieb)\b"
    r"|\bwa(?:e)?r(?:e|'s)?\s+(?:das|es)\s+(?:\w+\s+){0,3}?(?:eine\s+|ein\s+)?(?:erlo(?:e)?sung"
    r"|geschenk|segen)\b",
    "fr": r"\b(?:ca|ce)\s+(?:m'?\s*irait|serait\s+(?:bien|pas\s+grave|un\s+soulagement|un\s+cadeau"
    r"|une\s+delivrance))"
    r"|\bca\s+me\s+(?:derangerait|generait)\s+pas\b",
    "es": r"\b(?:me\s+daria\s+igual|estaria\s+bien|no\s+me\s+importaria|seria\s+(?:un\s+alivio"
    r"|un\s+regalo|una\s+bendicion|un\s+descanso))\b",
    "pt": r"\b(?:tanto\s+faz|estaria\s+bem|nao\s+me\s+importaria|seria\s+(?:um\s+alivio"
    r"|um\s+presente|uma\s+bencao|um\s+descanso))\b",
    "it": r"\b(?:mi\s+andrebbe\s+bene|non\s+mi\s+dispiacerebbe|sarebbe\s+un\s+sollievo"
    r"|andrebbe\s+bene|sarebbe\s+un\s+(?:regalo|dono|sollievo)|sarebbe\s+una\s+liberazione)\b",
}

# --- out alone on the water or the hills, and not coming back -------------------------------
# "take the boat out past the point on my own and not bring her back", "walk into the hills and
# not come back": a place where one vanishes + alone + no return.
_OUT_ALONE = {
    "en": r"\b(?:boat|kayak|canoe|sea|water|lake|river|hills|moors?|woods|mountains?|cliffs?)\b",
    "de": r"\b(?:boot|meer|see|wasser|fluss|berge?|wald)\b",
    "fr": r"\b(?:bateau|mer|lac|riviere|montagne|foret|falaises?)\b",
    "es": r"\b(?:barca|bote|mar|lago|rio|monte|montana|bosque)\b",
    "pt": r"\b(?:barco|mar|lago|rio|serra|montanha|mato|floresta)\b",
    "it": r"\b(?:barca|mare|lago|fiume|montagna|bosco)\b",
}
_NO_RETURN = {
    # no return at all, not "not coming back until sunday"
    "en": r"\b(?:not|never|won'?t)\s+(?:come|coming|bring\s+(?:her|it|him)|be\s+coming)\s+back\b"
    r"(?!\s+(?:until|till|before|for|tonight|today|tomorrow|on|at|this|next|by|in)\b)",
    "de": r"\b(?:nicht|nie)\s+(?:mehr\s+)?zuru(?:e)?ck(?:kommen|komme|kehren)\b",
    "fr": r"\b(?:pas|jamais|plus)\s+(?:en\s+)?revenir\b(?!\s+(?:avant|jusqu|ce|demain))"
    r"|\bne\s+(?:reviendrai|revien(?:s|drai))\s+pas\b(?!\s+(?:avant|jusqu|ce|demain))",
    "es": r"\bno\s+(?:volver|volvere|regresar|regresare)\b(?!\s+(?:hasta|antes|el|esta|manana))",
    "pt": r"\bnao\s+(?:voltar|voltarei|vou\s+voltar)\b(?!\s+(?:ate|antes|no|na|esta|amanha))",
    "it": r"\bnon\s+(?:tornare|tornero|ritornare)\b(?!\s+(?:fino|prima|stasera|domani|il|la))",
}

# --- the means already in place, waiting for an empty house ---------------------------------
# "the rope's up in the loft already, just waiting till the house is empty".
_IN_PLACE = {
    "en": r"\b(?:rope|pills|tablets|gun|belt|cord|hose(?:pipe)?)(?:'s|\s+is|\s+are|'re)?\s+"
    r"(?:up\s+|already\s+|all\s+)?(?:in|under|behind|ready|there)\b",
    "de": r"\b(?:seil|strick|tabletten|pillen|waffe|gu(?:e)?rtel)\s+(?:liegt|liegen|ha(?:e)?ngt"
    r"|ist|sind)\s+(?:schon\s+)?",
    "fr": r"\b(?:corde|cachets|comprimes|arme|ceinture)\s+(?:est|sont)\s+(?:deja\s+)?",
    "es": r"\b(?:cuerda|soga|pastillas|pistola)\s+(?:esta|estan|ya\s+esta|ya\s+estan)\b",
    "pt": r"\b(?:corda|comprimidos|remedios|arma)\s+(?:esta|estao|ja\s+esta|ja\s+estao|ta|tao)\b",
    "it": r"\b(?:corda|pillole|pastiglie|pistola)\s+(?:e|sono)\s+(?:gia\s+)?",
}
_EMPTY_HOUSE = {
    "en": r"\b(?:waiting\s+(?:till|until|for)|when)\s+(?:the\s+house\s+is\s+empty|everyone'?s\s+"
    r"(?:out|away|gone)|nobody'?s\s+(?:home|in|around)|i'?m\s+(?:home\s+)?alone)\b",
    "de": r"\b(?:warte|warten)\s+(?:nur\s+)?(?:bis|auf)\b[^.!?\n]{0,30}?\b(?:allein|niemand"
    r"|keiner|leer)\b",
    "fr": r"\b(?:j'?\s*attends|attendre)\s+(?:juste\s+)?(?:que"
    r"|d'?\s*etre)\b[^.!?\n]{0,30}?\b(?:seule?"
    r"|personne|vide)\b",
    "es": r"\b(?:espero|esperando|esperar)\s+(?:a\s+)?(?:que|estar)\b[^.!?\n]{0,30}?\b(?:sol[oa]"
    r"|nadie|vacia)\b",
    "pt": r"\b(?:espero|esperando|esperar)\s+(?:que|ficar)\b[^.!?\n]{0,30}?\b(?:sozinh[oa]"
    r"|ninguem|vazia)\b",
    "it": r"\b(?:aspetto|aspettando|aspettare)\s+(?:che|di\s+essere)\b[^.!?\n]{0,30}?\b(?:sol[oa]"
    r"|nessuno|vuota)\b",
}

# --- watching the trains for the one that does not slow down --------------------------------
_TRAINS = {
    "en": r"\b(?:timing|watching|counting|checking)\s+the\s+(?:trains|express"
    r"|freight)\b[^\n]{0,60}?"
    r"\b(?:doesn'?t|don'?t|never|won'?t)\s+(?:slow|stop|brake)\b",
    "de": r"\bzu(?:e)?ge\b[^\n]{0,60}?\b(?:bremst|bremsen|ha(?:e)?lt|halten)\s+(?:da\s+)?nicht\b",
    "fr": r"\btrains?\b[^\n]{0,60}?\bne\s+(?:ralentit|ralentissent|s'?\s*arrete)\s+pas\b",
    "es": r"\btren(?:es)?\b[^\n]{0,60}?\bno\s+(?:frena|frenan|para|paran)\b",
    "pt": r"\btre(?:m|ns)\b[^\n]{0,60}?\bnao\s+(?:trava|travam|para|param|abranda)\b",
    "it": r"\btren[oi]\b[^\n]{0,60}?\bnon\s+(?:rallenta|rallentano|frena|frenano)\b",
}

# --- means gathered until there is enough ---------------------------------------------------
# "Schlaftabletten verschreiben lassen, jetzt hab ich genug beisammen", "gocce per dormire … ne
# ho abbastanza": a medicine or weapon, then enough of it gathered (not "enough for the week").
_ENOUGH = {
    "en": r"\b(?:i'?ve|i\s+have|i'?ve\s+got|i\s+now\s+have)\s+(?:got\s+)?enough\s+(?:now|saved"
    r"|put\s+by"
    r"|stored|together|stashed)\b|\bnow\s+i'?ve\s+(?:got\s+)?enough\b(?!\s+(?:for|to)\b)",
    "de": r"\bhab(?:e)?\s+ich\s+(?:jetzt\s+)?genug\s+(?:beisammen|zusammen|gesammelt|gehortet)\b"
    r"|\bgenug\s+(?:beisammen|zusammen)\b",
    "fr": r"\bj'?\s*en\s+ai\s+(?:maintenant\s+|enfin\s+)?(?:assez|suffisamment)\b(?!\s+(?:pour"
    r"|de)\b)",
    "es": r"\bya\s+tengo\s+(?:suficientes|bastantes)\b(?!\s+para\b)",
    "pt": r"\bja\s+tenho\s+(?:o\s+)?(?:suficiente|bastantes?)\b(?!\s+(?:para|pra)\b)",
    "it": r"\b(?:ormai\s+|ora\s+)?ne\s+ho\s+abbastanza\b(?!\s+(?:di|per)\b)",
}

# --- cutting again after a stretch without: "cut again, first time since march" ------------
_CUT_AGAIN = {
    "en": r"\b(?:cut|burned|burnt"
    r"|scratched)\s+(?:myself\s+)?again\b[^.!?\n]{0,30}?\b(?:first\s+time"
    r"\s+(?:since|in)|after\s+(?:\d+|two|three|four|six)\s+(?:weeks|months))\b"
    r"|\b(?:snapped|took|got)\s+(?:a|the)\s+blade\s+out\s+of\s+(?:\w+'?s\s+|my\s+|a\s+|the\s+)?"
    r"(?:razor|sharpener)\b",
    "de": r"\b(?:wieder|erneut)\s+(?:geritzt"
    r"|geschnitten)\b[^.!?\n]{0,30}?\b(?:zum\s+ersten\s+mal\s+seit"
    r"|nach\s+\w+\s+(?:wochen|monaten))\b|\bklinge\s+aus\s+(?:dem|einem)\s+rasierer\b",
    "fr": r"\b(?:coupee?|scarifiee?)\s+(?:a\s+nouveau|encore)\b[^.!?\n]{0,30}?\b(?:premiere\s+fois"
    r"\s+depuis|apres\s+\w+\s+mois)\b|\blame\s+(?:du|d'?\s*un)\s+rasoir\b",
    "es": r"\bme\s+volvi\s+a\s+cortar\b[^.!?\n]{0,30}?\b(?:primera\s+vez\s+desde|despues\s+de"
    r"\s+\w+\s+meses)\b|\bcuchilla\s+(?:de\s+la|de\s+una)\s+maquinilla\b",
    "pt": r"\bvoltei\s+a\s+me\s+cortar\b[^.!?\n]{0,30}?\b(?:primeira\s+vez\s+desde|depois\s+de"
    r"\s+\w+\s+meses)\b|\blamina\s+(?:do|de\s+um)\s+(?:barbeador|aparelho)\b",
    "it": r"\bmi\s+sono\s+(?:tagliat[oa]|ferit[oa])\s+di\s+nuovo\b[^.!?\n]{0,30}?\b(?:prima\s+volta"
    r"\s+da|dopo\s+\w+\s+mesi)\b|\blametta\s+(?:dal|da\s+un)\s+rasoio\b",
}

# --- goodbyes said properly to everyone, and nobody knowing why -----------------------------
# "went round everyone … said ta-ra properly. they've no idea": a farewell made complete, and
# the others not knowing it is one (not "said goodbye to everyone at my leaving do").
_SAID_GOODBYE = {
    "en": r"\bsaid\s+(?:goodbye|bye|ta-?ra|cheerio|my\s+goodbyes)\s+(?:properly|for\s+the\s+last"
    r"\s+time)\b",
    "de": r"\b(?:mich\s+)?(?:richtig|ordentlich|ein\s+letztes\s+mal)\s+verabschiedet\b",
    "fr": r"\bdit\s+(?:au\s+revoir|adieu)\s+(?:comme\s+il\s+faut|pour\s+de\s+bon|une\s+derniere"
    r"\s+fois)\b",
    "es": r"\bme\s+despedi\s+(?:bien|como\s+es\s+debido|por\s+ultima\s+vez)\b",
    "pt": r"\bme\s+despedi\s+(?:direito|como\s+deve\s+ser|pela\s+ultima\s+vez)\b",
    "it": r"\bho\s+salutato\s+(?:tutti\s+)?(?:per\s+bene|come\s+si\s+deve"
    r"|per\s+l'?\s*ultima\s+volta)\b",
}
_THEY_DONT_KNOW = {
    "en": r"\b(?:they'?ve\s+no\s+idea|they\s+have\s+no\s+idea|they\s+(?:don'?t|didn'?t)\s+know"
    r"|nobody\s+knows|no\s+one\s+knows)\b",
    "de": r"\b(?:die\s+ahnen\s+nichts|keiner\s+wei(?:ss|s)|niemand\s+wei(?:ss|s)|sie\s+wissen"
    r"\s+(?:es\s+)?nicht)\b",
    "fr": r"\b(?:ils\s+(?:ne\s+)?se\s+doutent\s+de\s+rien|personne\s+(?:ne\s+)?sait"
    r"|ils\s+(?:ne\s+)?savent\s+pas)\b",
    "es": r"\b(?:no\s+(?:saben|sospechan)\s+nada|nadie\s+(?:lo\s+)?sabe|no\s+tienen\s+ni\s+idea)\b",
    "pt": r"\b(?:ninguem\s+sabe|nao\s+fazem\s+ideia|nao\s+sabem\s+de\s+nada)\b",
    "it": r"\b(?:nessuno\s+(?:lo\s+)?sa|non\s+(?:sanno|sospettano)\s+niente"
    r"|non\s+ne\s+hanno\s+idea)\b",
}

# --- a commitment cut short, and no point in a longer one -----------------------------------
# "renewed the car insurance for a month instead of the year. no point paying for a year".
_CUT_SHORT = {
    "en": r"\bfor\s+(?:a|one)\s+(?:month|week)\s+instead\s+of\s+(?:the|a|a\s+whole)\s+year\b"
    # "no point" with nothing after it but the longer term ("… till i know my shifts" is a reason)
    r"[^\n]{0,40}?\bno\s+point(?:\s+(?:paying|renewing|booking|in\s+it)\b[^.!?,;\n]{0,20})?"
    r"(?=\s*(?:$|[.!?,;\n]))",
    "de": r"\bnur\s+(?:fu(?:e)?r\s+)?einen\s+monat\s+statt\s+(?:ein(?:em)?|f[a-z]*r\s+ein)\s+jahr\b"
    r"[^\n]{0,40}?\b(?:lohnt\s+(?:sich\s+)?(?:eh\s+)?nicht|wozu)\b",
    "fr": r"\bpour\s+un\s+mois\s+au\s+lieu\s+d'?\s*un\s+an\b[^\n]{0,40}?\b(?:a\s+quoi\s+bon"
    r"|ca\s+sert\s+a\s+rien)\b",
    "es": r"\bpor\s+un\s+mes\s+en\s+vez\s+de\s+un\s+ano\b[^\n]{0,40}?\b(?:para\s+que|no\s+tiene"
    r"\s+sentido)\b",
    "pt": r"\bpor\s+um\s+mes\s+em\s+vez\s+de\s+um\s+ano\b[^\n]{0,40}?\b(?:pra\s+que|para\s+que"
    r"|nao\s+vale\s+a\s+pena)\b",
    "it": r"\bper\s+un\s+mese\s+invece\s+di\s+un\s+anno\b[^\n]{0,40}?\b(?:a\s+che\s+serve"
    r"|non\s+ha\s+senso)\b",
}


RULES: tuple[Rule, ...] = (
    core_family(
        "easy_ending",
        _SI,
        _URG,
        {lang: rf"(?:{_EASY[lang]})[^.!?\n]{{0,60}}?(?:{_ENDING[lang]})" for lang in LANGS},
        _EASY_GATE,
        inherent=False,
    )
    + core_family(
        "impulse_over",
        _SI,
        _URG,
        {lang: rf"(?:{_IMPULSE[lang]})[^.!?\n]{{0,30}}?(?:{_OVER[lang]})" for lang in LANGS},
        _IMPULSE_GATE,
        inherent=False,
    )
    + core_family(
        "not_waking_fine",
        Category.DEATH_WISH,
        _CONCERN,
        {
            lang: rf"(?:{_NOT_WAKING[lang]})[^.!?\n]{{0,50}}?(?:{_FINE_WITH_ME[lang]})"
            for lang in LANGS
        },
        "wake|wach|reveil|despert|acord|svegli|heart|herz|coeur|cœur|corazon|coracao|cuore",
        inherent=False,
    )
    + core_family(
        "out_alone_no_return",
        _PLAN,
        _URG,
        {
            lang: rf"(?:{_OUT_ALONE[lang]})[^.!?\n]{{0,60}}?(?:on\s+my\s+own|alone|allein|seule?"
            rf"|sol[oa]|sozinh[oa]|da\s+sol[oa])\b[^.!?\n]{{0,20}}?(?:{_NO_RETURN[lang]})"
            for lang in LANGS
        },
        "back|zuru|revenir|revien|volver|volvere|regres|voltar|tornar|torner",
    )
    + core_family(
        "in_place_empty_house",
        _PLAN,
        _URG,
        {lang: rf"(?:{_IN_PLACE[lang]})[^\n]{{0,60}}?(?:{_EMPTY_HOUSE[lang]})" for lang in LANGS},
        "empty|alone|nobody|out|away|gone|allein|niemand|keiner|leer|seul|personne|vide|sol|nadie"
        "|vacia|sozinh|ninguem|vazia|nessuno|vuota",
    )
    + core_family(
        "means_enough",
        Category.GETTING_MEANS,
        _URG,
        {lang: rf"\b{MEANS[lang]}\b[^\n]{{0,90}}?(?:{_ENOUGH[lang]})" for lang in LANGS},
        "enough|genug|assez|suffis|suficient|bastant|abbastanza",
        # "i've got / hab ich / j'en ai / ya tengo / ja tenho / ne ho": the first person is in the
        # enough-part, so whose means they were ("my dad's morphine") does not matter
        inherent=True,
    )
    + core_family(
        "cut_again",
        Category.SELF_HARM,
        _CONCERN,
        _CUT_AGAIN,
        "again|wieder|erneut|nouveau|encore|volvi|voltei|nuovo|blade|klinge|lame|cuchilla|lamina"
        "|lametta",
    )
    + core_family(
        "goodbye_unknown",
        Category.GOODBYES,
        _CONCERN,
        {
            lang: rf"(?:{_SAID_GOODBYE[lang]})[^\n]{{0,40}}?(?:{_THEY_DONT_KNOW[lang]})"
            for lang in LANGS
        },
        "properly|last time|verabschiedet|revoir|adieu|despedi|salutato",
    )
    + core_family(
        "cut_short",
        Category.NO_FUTURE,
        _CONCERN,
        _CUT_SHORT,
        "instead|statt|au lieu|en vez|invece",
    )
    + core_family(
        "trains_no_slowing",
        _PLAN,
        _URG,
        _TRAINS,
        "slow|stop|brake|brems|halt|ralent|arret|fren|para|trava|abranda|rallent",
    )
)
