"""Figures of speech that borrow the words of a death wish or a method without meaning one.

A song sung along to, a jump off a diving board, a threat over a trifle said laughing, a death
"of boredom", a phone and its owner both "ready to die", a wish to vanish for a weekend or to
sleep because one is sleepy, a misspelt hair dye. Each is read across the whole sentence the
phrase stands in, since the laugh or the song title may sit at either end of it; a bare "i want
to kill myself lol" still counts (the laugh alone is no figure).
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.rules import FLAGS

# A song title or lyric sung along to: words in quotes, with singing or an artist around them
# ("been belting 'i don't wanna live forever' in the car").
_SONG = re.compile(
    r"(?:^|\s)['\"\u2018\u201c][^\n]{3,80}?['\"\u2019\u201d](?=\s|$|[,.!?;])"
    r"(?=[^\n]*\b(?:song|singing|sing|sang|belting|lyrics?|playlist|on\s+repeat|karaoke|album|track"
    r"|cheers|canzone|cancion|chanson|lied|musica|musique)\b)"
    r"|\b(?:song|singing|sing|sang|belting|lyrics?|karaoke|canzone|cancion|chanson)\b[^\n]{0,40}?"
    r"(?:^|\s)['\"\u2018\u201c][^\n]{3,80}?['\"\u2019\u201d]",
    FLAGS,
)

# A jump for fun: off the diving board, with a parachute, into the pool ("quiero tirarme del
# trampolín", "je vais sauter en parachute"): the jump verb and the leisure word together.
_LEISURE_JUMP = re.compile(
    r"\b(?:tir|avent|salt|lanz|jog|pul|butt|saut|jet|spring|sprung)\w*\s+(?:\w+\s+){0,3}?"
    r"(?:trampolin\w*|tobogan|paracaidas|paraquedas|paracadute|parachute|fallschirm|sprungbrett"
    r"|zehnmeterbrett|plongeoir|bungee|puenting|tirolesa|escorregador|scivolo|toboggan|rutsche"
    r"|piscina|pileta|alberca|piscine|freibad|schwimmbad)\b",
    FLAGS,
)
_JUMP_CATEGORIES = frozenset({Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD})
_FIGURATIVE_CATEGORIES = frozenset(
    {Category.SUICIDAL_IDEATION, Category.DEATH_WISH, Category.PLAN_OR_METHOD}
)

# Vanishing for a while or from somewhere ("quiero desaparecer un fin de semana a la playa",
# "quero sumir das redes sociais por uns dias"), and sleeping "forever" because one is sleepy
# ("quiero dormir para siempre, qué sueño tengo"): a wish for rest, not for death.
_FOR_A_WHILE = re.compile(
    r"\b(?:desaparecer|sumir|sparire|disparaitre|verschwinden)\b[^.!?\n]{0,30}\b(?:(?:un|uns|unos"
    r"|unas|umas|um|uma|alguns|algunos|qualche|quelques|ein\s+paar|por|durante|per|pendant|fu(?:e)?r)\s+"
    r"(?:\w+\s+)?(?:dias|dia|semanas|semana|fin\s+de\s+semana|fim\s+de\s+semana|giorni|settimana"
    r"|weekend|jours|semaine|tage|wochenende|horas|ore|heures|stunden|rato|tempo|tiempo|temps|meses"
    r"|mesi|mois)|redes|social\w*|whatsapp|instagram|playa|praia|mare|plage|strand|montagna"
    r"|montana|montagne|berge)\b"
    # … or into a hiding place, from shame: "queria sumir debaixo do banco", "desaparecer debajo
    # de la mesa", "sparire sotto il banco", "disparaître sous terre", "unter dem Tisch
    # verschwinden" (not "desaparecer del mapa", "sumir do mundo": from everywhere)
    r"|\b(?:desaparecer|sumir|sparire|scomparire|disparaitre)\s+(?:(?:por|para|la|ali|li|aqui)\s+)?"
    r"(?:debaixo|embaixo|debajo|abajo|sotto|sous|dentro\s+d[aeio]\s+(?:chao|terra|suelo|tierra))\b"
    r"|\bunter\s+(?:den|dem|der|die|das)\s+\w+\s+verschwinden\b"
    r"|\bque\s+sueno\s+tengo\b|\btengo\s+(?:mucho\s+|tanto\s+)?sueno\b|\bche\s+sonno\b"
    r"|\bho\s+(?:tanto\s+)?sonno\b|\bmort[oa]\s+de\s+sono\b|\bj'ai\s+(?:trop\s+)?sommeil\b"
    # tired, not dying: "ich mag nicht mehr, ich will nur noch ins Bett"
    r"|\b(?:will|mag|mo(?:e)?chte)\s+(?:jetzt\s+)?nur\s+noch\s+(?:ins\s+bett|schlafen|heim"
    r"|nach\s+hause|auf\s+(?:die\s+)?couch|aufs\s+sofa)\b"
    # … but "nur noch schlafen, für immer" is not tiredness
    r"(?![^.!?\n]{0,15}\b(?:immer|ewig|nie\s+wieder|nie\s+mehr)\b)",
    FLAGS,
)

# "you should die your hair", "might as well die my hair green": a misspelt dye, when every
# "die" in the sentence is followed by hair or a colour.
_DIE = re.compile(r"\bdie\b", FLAGS)
_DIE_HAIR = re.compile(
    r"\bdie\s+(?:(?:my|your|her|his|our|their|the|it)\s+)?(?:\w+\s+)?(?:hair|roots|fringe|beard)\b",
    FLAGS,
)

# A laugh written out: "lol", "haha", "ahahah", "jajaja", "kkkk", "mdr", a crying-laughing face.
_LAUGH = (
    r"\b(?:lol|lmao|lmfao|rofl|haha\w*|(?:ah){2,}h?|jaja\w*|kkkk*|mdr|ptdr|jk)\b"
    r"|\U0001f602|\U0001f923"
)
# A condition set on a trifle, said laughing: "if mom sees this report card … i'll kill myself
# haha", "si le prof nous redonne un devoir … je me jette par la fenêtre mdr". The laugh and the
# "if" together make it a figure of speech; a bare "i want to kill myself lol" still counts.
_LAUGHING_IF = re.compile(
    rf"(?=[^\n]*(?:{_LAUGH}))[^\n]*\b(?:if|si|se|wenn|falls|cuando|quand|quando"
    r"|one\s+more\b[^.!?\n]{0,60}\band\s+i)\b",
    FLAGS,
)
# Food eaten for the thrill, rated afterwards: "that wing challenge was so hot i wanted to die,
# ten out of ten would do again", "the vindaloo nearly killed me, 10/10".
_RAVE = re.compile(
    r"\b(?:10|ten)\s*(?:/|out\s+of)\s*(?:10|ten)\b|\bwould\s+(?:(?:totally|definitely)\s+)?"
    r"(?:do\s+(?:it\s+|that\s+)?again|recommend|eat\s+(?:it\s+|them\s+)?again)\b"
    r"|\b(?:wing\s+challenge|hot\s+sauce|ghost\s+pepper|carolina\s+reaper|habaneros?|vindaloo"
    r"|phaal|spiciest)\b",
    FLAGS,
)
# A method threatened over a trifle: a laugh, "if the ref gives one more penalty", "se perdo
# un'altra volta il treno", a phone on 2 %. A figure of speech, not a plan.
_HYPERBOLE = re.compile(
    rf"{_LAUGH}"
    r"|\bif\b[^.!?\n]{0,60}\bone\s+more\b|\bse\b[^.!?\n]{0,40}\bun'?\s*altra\s+volta\b"
    r"|\bsi\b[^.!?\n]{0,40}\botra\s+vez\b|\bsi\b[^.!?\n]{0,40}\bencore\s+une\s+fois\b"
    r"|\bwenn\b[^.!?\n]{0,40}\bnoch\s+(?:ein)?mal\b|\bse\b[^.!?\n]{0,40}\bmais\s+uma\s+vez\b"
    r"|\bon\s+\d{1,2}\s*%"
    # "one more council meeting and I'll throw myself off the pier": the condition said by
    # juxtaposition, in every language
    r"|\bone\s+more\b(?!\s+(?:day|night|week|month|year|minute|hour|time)s?\b)[^.!?\n]{0,60}"
    r"\band\s+i'?ll\b|\bencore\s+une?\b[^.!?\n]{0,60}\bet\s+je\b"
    r"|\buna?\s+\w+\s+mas\b[^.!?\n]{0,60}\by\s+(?:me|yo)\b|\bnoch\s+(?:ein|eine|so\s+ein)\w*\b"
    r"[^.!?\n]{0,60}\bund\s+ich\b|\bmais\s+uma?\b[^.!?\n]{0,60}\be\s+eu\b"
    r"|\bun(?:'|\s*altr[oa])\b[^.!?\n]{0,60}\be\s+(?:mi|io)\b",
    FLAGS,
)
# A death said of boredom, laughter, heat or hunger ("je vais mourir d'ennui", "me muero de
# risa", "ich sterbe vor Hitze"), or a game ended in brackets ("end it all (the game, relax)"):
# a figure of speech.
_DIE_OF = re.compile(
    r"\b(?:mourir|meurs|morir|muero|morrer|morro|morire|muoio|sterbe?n?|stirbt?)\s+(?:d'|de|di"
    r"|vor|of|del|do|da|dalla|dal|della|du)\s*(?:l'|la\s+|el\s+)?(?:ennui|rire|risa|riso|rir|faim|hambre|fome|fame|chaud"
    r"|calor|caldo|froid|frio|freddo|noia|tedio|aburrimiento|langeweile|hitze|lachen|boredom"
    r"|tedio|vergogna|verguenza|vergonha|honte|scham)\b|\b(?:mourir|morir|morrer|morire)\s+"
    r"(?:derretid[oa]|asad[oa]|congelad[oa]|cocid[oa]|fondu[e]?|sciolt[oa]|cott[oa])\b"
    # … or a killing by laughter ("matarme de risa", "ammazzarmi dalle risate", "me tuer de
    # rire", "kill myself laughing", "mich totlachen"), unless the sentence turns after it
    r"|\b(?:matar(?:me|-me|se)|me\s+tuer|ammazzar(?:mi|si)|uccider(?:mi|si)|kill(?:ing|ed)?\s+myself"
    r"|morrer|matar)\s+(?:de|di|da|dalle|dal|a\s+force\s+de|com)?\s*(?:l'|las\s+|tanto\s+)?"
    r"(?:risa|risas|rire|risate|riso|rir|laughing)\b(?![^.!?\n]*\b(?:but|pero|mais|mas|ma|aber)\b)"
    r"|\b(?:mich|me)\s+tot\s*(?:zu\s+)?lachen\b"
    r"|\bend\s+it\s+all\s*[(\-]\s*(?:the|my|this|that)\b|\(\s*[^)]{0,40}\b(?:relax|jk|kidding"
    r"|joking)\s*\)",
    FLAGS,
)
# The writer paired with a device at the end of its charge ("me and my phone both on 1% and
# ready to die", "dying like my laptop battery"): the battery is dying, the wish is a figure.
_LOW_BATTERY = re.compile(
    r"\b(?:me\s+and|like|as|same\s+as)\s+(?:my|the)\s+(?:\w+\s+)?(?:battery|phone|laptop)\b"
    r"|\b(?:battery|phone|laptop)\b[^.!?\n]{0,40}\b(?:and\s+me|both"
    # … or a body part joining it: "my car battery wants to die and so do my toes"
    r"|so\s+(?:do|does)\s+my\s+(?:toes|feet|fingers|hands|ears|nose|legs|knees|back))\b",
    FLAGS,
)
# The weather's heat or cold named and the writer melting or freezing in it ("Quarenta graus,
# tô derretendo, vou morrer aqui", "minus twenty and I'm freezing, I'm going to die out here",
# "35 Grad, ich schmelze, ich sterbe"): a death said of the weather is a figure, unless the
# sentence turns to something else ("I'm melting, but I want to die every day anyway").
_WEATHER_FIGURE = re.compile(
    r"^(?![^.!?\n]*\b(?:but|though|anyway|pero|mas|mais|aber|ma|sin\s+embargo)\b)"
    r"(?=[^.!?\n]*\b(?:\d+\s*(?:graus|grados|gradi|grad|degrees|deg|°)|minus\s+\w+|windchill"
    r"|heatwave|canicule|ola\s+de\s+calor|onda\s+de\s+calor|hitzewelle|afa|caldo\s+torrido"
    r"|quarenta|cuarenta|quaranta|vierzig|forty|quarante)\b)"
    r"(?=[^.!?\n]*\b(?:melting|freezing|boiling|roasting|baking|derret\w*|derrit\w*|me\s+derrito"
    r"|assad[oa]|congelad[oa]|congelando|fondo|sciolgo|squagli\w*|schmelz\w*|erfrier\w*"
    r"|je\s+fonds|je\s+gele|je\s+cuis|cozinhando|me\s+aso|muero\s+de\s+calor)\b)",
    FLAGS,
)

# A wish to die at every small annoyance from someone else ("I want to die every time someone
# adds another column", "ogni volta che qualcuno mi manda una mail"): a reaction, not a wish.
_EVERY_TIME_SOMEONE = re.compile(
    r"\b(?:every\s+(?:single\s+)?time|whenever|jedes\s+mal,?\s+wenn|chaque\s+fois\s+que"
    r"|cada\s+vez\s+que|toda\s+vez\s+que|sempre\s+que|ogni\s+volta\s+che)\s+"
    r"(?:someone|somebody|anyone|people|my\s+(?:boss|manager|colleague|coworker|flatmate)"
    r"|jemand|quelqu'?\s*un|alguien|alguem|qualcuno)\s+(?:\w+\s+){0,3}?"
    r"(?:adds|sends|schedules|books|emails|replies|forwards|cc'?s|says\s+['\"]|uses|plays|chews"
    r"|hinzufugt|schickt|ajoute|envoie|anade|manda|envia|adiciona|aggiunge|scrive)\b",
    FLAGS,
)


# "Rather be dead than" a trifle, said laughing: "i'd rather be dead than wear that jumper lol".
_RATHER_DEAD_JOKE = re.compile(
    r"\brather\s+(?:be\s+dead|die)\s+than\b[^.!?\n]*\b(?:lol|lmao|haha\w*|jk)\b",
    FLAGS,
)

_WISH_CATEGORIES = frozenset({Category.DEATH_WISH, Category.SUICIDAL_IDEATION})


def _only_a_dye(sentence: str) -> bool:
    dies = len(_DIE.findall(sentence))
    return dies > 0 and dies == len(_DIE_HAIR.findall(sentence))


def is_figure(category: Category, sentence: str) -> bool:
    """Does ``sentence`` use a phrase of ``category`` as a figure of speech?"""
    if category in _WISH_CATEGORIES and (
        _SONG.search(sentence) or _EVERY_TIME_SOMEONE.search(sentence) or _only_a_dye(sentence)
    ):
        return True
    if category in _JUMP_CATEGORIES and _LEISURE_JUMP.search(sentence):
        return True
    if category is Category.PLAN_OR_METHOD and _HYPERBOLE.search(sentence):
        return True
    if category in _FIGURATIVE_CATEGORIES and (
        _LAUGHING_IF.search(sentence)
        or _RAVE.search(sentence)
        or _DIE_OF.search(sentence)
        or _LOW_BATTERY.search(sentence)
        or _WEATHER_FIGURE.search(sentence)
    ):
        return True
    return category is Category.DEATH_WISH and (
        _RATHER_DEAD_JOKE.search(sentence) is not None or _FOR_A_WHILE.search(sentence) is not None
    )
