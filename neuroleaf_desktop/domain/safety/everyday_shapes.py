"""Ordinary sentences built like a warning sign: the shape that gives each away, in six languages.

Why a module of its own: each shape below is a sentence people write about a day that was fine,
and each borrows the exact words of a sign ("I'd rather die", "won't be around come
Christmas", "nothing left for me", "I picked the date", "they pumped my stomach"). A crisis
card over a wedding invitation or a bakery sold out teaches a person to ignore the card. What
makes each ordinary is said in the same sentence, and is named here, never guessed:

* **a comic preference**: "rather die than" an ordinary obligation named right after it (a
  wedding, a karaoke night, that jumper); never "than go on like this", "than go back",
  "than live", "than be a burden" or anything that is not a trifle on the list;
* **a holiday absence**: not being there at a named time, with the trip or the place the
  writer will be named ("won't be around come Christmas, we're in Spain"), or a new post
  somewhere else ("next year I won't be there, I've got the new job in Dublin"); never with "any
  more", "for good", or a place that is no trip ("a better place", heaven, the grave), nor for
  a phrase that denies any time ahead ("there's no future for me", "per me non c'è un dopo");
* **a shop's stock**: "nothing left for me" at a shop, a counter or a buffet; never "here",
  "in this town" or "in this life";
* **a target, not an age**: "can't picture myself reaching 50" followed by a unit (miles, km,
  pages, followers): a goal measured, not a birthday;
* **a stomach pumped after drink**: a night of drinking that ended in hospital, with nothing
  saying it was meant (no pills, no "on purpose", no wish to die): a mishap, not an attempt;
* **a party's date**: a date picked for a gathering named as what the date is for ("the
  party is when everyone's back from uni"); never a date set for when everyone is away;
* **"dead" as "exactly"**: a wish that ends on "dead" read on into "on time", "on eight",
  "centre", "set on" or "last": a wish about punctuality or a place, not about death.

Like every everyday frame, a shape clears only the phrase it explains, only when nothing else
in the entry counts (the detector re-admits it otherwise), and never a sentence that says it
is meant ("for real", "every day", "for months").
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.everyday_frames import IN_EARNEST
from neuroleaf_desktop.domain.safety.everyday_occasions import (
    NO_TIME_AHEAD,
    OTHERS_SPEAK_OF,
    TIMES_NAMED,
    TRIPS,
)
from neuroleaf_desktop.domain.safety.rules import FLAGS
from neuroleaf_desktop.domain.safety.rules_rather_buried import BURIED

_WISHES = frozenset({Category.DEATH_WISH, Category.SUICIDAL_IDEATION})
_SENTENCE_END = re.compile(r"[.!?\n]")

# --- a comic preference: "rather die than" a trifle ----------------------------------------
_RATHER_THAN = re.compile(
    r"\b(?:rather\s+(?:just\s+)?(?:die|be\s+dead)\s+than"
    r"|prefer\w*\s+morir(?:me)?\s+(?:antes\s+)?(?:que|a)"
    r"|prefir\w*\s+morrer\s+(?:do\s+)?(?:que|a)"
    r"|preferi\w*\s+morire\s+(?:piuttosto\s+)?(?:che|di)"
    r"|prefer\w*\s+mourir\s+(?:plutot\s+)?(?:que|qu')"
    r"|lieber\s+(?:sterben|tot(?:\s+sein)?|sterbe\s+ich|wa(?:e)?re\s+ich\s+tot)\s*,?\s+als"
    # … or the grave for death: "I'd sooner be in the ground than", "lieber unter der Erde als"
    rf"|(?:rather|sooner)\s+(?:just\s+)?be\s+{BURIED['en']}\s+than"
    rf"|lieber\s+(?:{BURIED['de']})(?:\s+(?:sein|liegen))?\s*,?\s+als"
    rf"|prefer\w*\s+(?:etre\s+)?(?:{BURIED['fr']})\s+(?:plutot\s+)?(?:que|qu')"
    rf"|prefer\w*\s+estar\s+(?:{BURIED['es']})\s+(?:antes\s+)?(?:que|a)"
    rf"|prefer\w*\s+(?:stare|essere)\s+(?:{BURIED['it']})\s+(?:piuttosto\s+)?(?:che|di)"
    rf"|prefer\w*\s+(?:estar|ficar)\s+(?:{BURIED['pt']})\s+(?:do\s+)?(?:que|a))",
    FLAGS,
)
# What a person would "rather die than" do and still be joking: a social duty, a garment, a
# night out, a chore. A list, not a guess: anything not on it stays a sign.
_TRIFLE = re.compile(
    r"\b(?:weddings?|party|parties|karaoke|disco|club(?:bing)?|meeting|dinner|lunch|brunch"
    r"|barbecue|bbq|reunion|baby\s+shower|hen\s+do|stag\s+do|christmas|musical|opera|concert"
    r"|gig|film|movie|jumper|sweater|dress|outfit|shoes|hat|crocs|ikea|shopping|gym|spin"
    r"|class|camping|hike|run|marathon|dentist|in-?laws|quiz|bingo|golf|panto|ballet|recital"
    r"|boda|fiesta|cena|comida|reunion|barbacoa|vestido|jersey|gimnasio|cumpleanos|suegr[oa]s"
    r"|casamento|festa|jantar|almoco|churrasco|reuniao|camisola|ginasio|aniversario|sogr[oa]s"
    r"|matrimonio|cena|pranzo|grigliata|riunione|maglione|palestra|compleanno|suocer[oi]"
    r"|mariage|fete|soiree|diner|dejeuner|reunion|pull|robe|salle\s+de\s+sport|anniversaire"
    r"|belle-famille|beaux-parents|hochzeit|party|feier|fete|abendessen|mittagessen|grillen"
    r"|besprechung|meeting|pullover|kleid|fitnessstudio|geburtstag\w*|schwiegereltern"
    r"|weihnachtsfeier|betriebsfeier|karneval|fasching|oper|konzert|schlager)\b",
    FLAGS,
)
# … and never what a sign names after "than": living, going on, going back, a hospital, a burden.
_NOT_A_TRIFLE = re.compile(
    r"\b(?:live|living|life|alive|go\s+on|carry\s+on|keep\s+going|like\s+this|another\s+day"
    r"|wake|back|return|hospital|ward|prison|jail|rehab|burden|alone|face|without|him|her"
    r"|vivir|vida|asi|seguir|volver|hospital|carga|sol[oa]|viver|assim|continuar|voltar"
    r"|sozinh[oa]|vivere|vita|cosi|andare\s+avanti|tornare|ospedale|peso|vivre|vie|comme\s+ca"
    r"|continuer|retourner|hopital|fardeau|seul|leben|so\s+weiter|weiter\w*|zuru(?:e)?ck"
    r"|krankenhaus|klinik|last|allein)\b",
    FLAGS,
)

# --- a holiday absence -----------------------------------------------------------------------
_A_TIME = re.compile(rf"\b{TIMES_NAMED}\b", FLAGS)
# Where the writer will be instead: a trip, "we're in Spain", "on est en Espagne", "wir
# fliegen nach Spanien", at someone's home.
_NOT_A_PLACE = (
    r"(?!(?:an?|pain|agony|bits|pieces|trouble|debt|tears|peace|heaven|hell|the\s+ground|my\s+grave"
    r"|the\s+past|the\s+dark|a\s+box|paz|pace|paix|frieden|ruhe|dolor|dor|dolore|douleur|schmerz\w*"
    r"|train|bout|fin)\b)"
)
_ELSEWHERE = re.compile(
    rf"\b(?:{TRIPS}|half[\s-]term\s+away"
    r"|(?:we'?re|we\s+are|we'?ll\s+be|we\s+will\s+be|i'?m|i'?ll\s+be)\s+(?:in|at|off\s+to"
    rf"|flying\s+to|driving\s+to|heading\s+to)\s+{_NOT_A_PLACE}\w+"
    rf"|(?:estamos|estaremos|ficamos|vamos\s+estar)\s+(?:en|em|no|na|nos|nas|con|com)\s+{_NOT_A_PLACE}\w+"
    r"|(?:nos\s+vamos|me\s+voy|vamos|vou|siamo|saremo|andiamo|vado)\s+(?:a|para|pra|in|al|dai|da)\s+"
    rf"{_NOT_A_PLACE}(?!\w+(?:ar|er|ir|are|ere|ire)\b)\w+"
    rf"|(?:on\s+(?:est|sera|part)|nous\s+(?:sommes|serons|partons)|je\s+(?:serai|pars))\s+"
    rf"(?:en|au|aux|chez)\s+{_NOT_A_PLACE}\w+"
    rf"|wir\s+(?:sind|fliegen|fahren)\s+(?:in|nach|zu|bei)\s+{_NOT_A_PLACE}\w+"
    # a new post somewhere else: "I've got the new job in Dublin", "a placement in Leeds"
    r"|new\s+(?:job|post|role|position)|(?:job|placement|posting|secondment)\s+(?:in|at|abroad)"
    r"|(?:transferr?(?:ed|ing)?|posted|relocat\w+)\s+to)\b",
    FLAGS,
)
_NOT_A_TRIP = re.compile(
    r"\b(?:any\s*more|for\s+good|ever\s+again|better\s+place|heaven|grave|cemetery|dead|gone"
    r"|ya\s+no|para\s+siempre|nunca\s+mais|para\s+sempre|mai\s+piu|per\s+sempre|plus\s+jamais"
    r"|pour\s+toujours|nie\s+wieder|fu(?:e)?r\s+immer|himmel|grab|friedhof|cielo|ceu|paradis"
    r"|bad\s+place|dark\s+place|hospital|ward|clinic"
    r"|cimetiere|cementerio|cimitero|cemiterio"
    # "no longer" in the negative of each language: "non ci sarò più", "je ne serai plus là"
    r"|(?:non|nao|ne|n'|nicht|no)\s+(?:\S+\s+){0,3}?(?:piu|mais|plus|mehr)"
    # the trip itself not booked: "non ho neanche prenotato le vacanze", "nem marquei as férias"
    r"|(?:nem|nao|non|neanche|nemmeno|ni|no|not|didn'?t|haven'?t|never|pas|nicht|kein\w*)\s+"
    r"(?:[^.!?\n]{0,30}?\s)?(?:book\w*|marc\w*|prenot\w*|reserv\w*|buch\w*|plan\w*|organi\w*)"
    r")\b",
    FLAGS,
)

# --- a shop's stock --------------------------------------------------------------------------
_AT_A_SHOP = re.compile(
    r"^[^.!?\n]{0,12}?\b(?:at|in|from)\s+(?:the\s+|our\s+|my\s+)?(?:local\s+)?(?:chippy"
    r"|chip\s+shop|bakery|baker'?s|shop|store|supermarket|canteen|cafeteria|buffet|deli"
    r"|butcher'?s|market|counter|cafe|bar|stall|food\s+truck|takeaway|sale|raffle|tombola"
    r"|vending\s+machine|kebab\s+shop|pizzeria|sandwich\s+shop|tesco|aldi|lidl|greggs)\b",
    FLAGS,
)
_SHOP_PHRASE = re.compile(r"\bnothing\s+left\s+for\s+me\b", FLAGS)

# --- a target, not an age --------------------------------------------------------------------
_UNIT_AFTER = re.compile(
    r"^\s*(?:\d+\s*)?(?:k\b|km|kms|kilomet\w+|miles?|metres|meters|m\b|laps|lengths|kg|kgs"
    r"|kilos?|lbs?|pounds|stone|pages|words|books|followers|subscribers|subs|views|likes"
    r"|steps|reps|push-?ups|pull-?ups|percent|%|wpm|mph|grand|quid|euros?|dollars|points"
    r"|goals|sales|clients|students|a\s+week|a\s+day|a\s+month|per\s+(?:week|day|month))",
    FLAGS,
)
_REACHING = re.compile(r"\b(?:reach\w*|hit\w*|mak\w*|get\w*\s+to)\s+(?:\d+)?\s*$", FLAGS)

# --- a stomach pumped after drink ------------------------------------------------------------
_STOMACH = re.compile(r"\b(?:stomach|estomago|estomac|stomaco|gastric\w*|magen)\b", FLAGS)
_DRINK = re.compile(
    r"\b(?:vodka|tequila|gin|rum|whisk(?:e)?y|wine|cider|beer|shots|booze|alcohol|drink\w*"
    r"|drunk|wodka|vino|vinho|vin|wein|bier|cerveza|cerveja|birra|biere|alcool|alkohol"
    r"|schnaps|chupitos|shots?|sangria|cubatas|bebid[oa]|bebedeira|borrach[oa]|ubriac[oa]"
    r"|sbronza|cuite|bourre|saoul|besoffen|betrunken|suff)\b",
    FLAGS,
)
_MEANT = re.compile(
    r"\b(?:on\s+purpose|deliberate\w*|meant|tried|try|attempt\w*|wanted\s+to|to\s+die|end\s+it"
    r"|kill\w*|suicid\w*|pills|tablets|paracetamol|overdos\w*|od|sleeping|a\s+proposito|queria"
    r"|quise|intent\w*|pastillas|pastilhas|comprimidos|pillole|farmaci|apposta|volevo|tentat\w*"
    r"|cachets|medicaments|expres|voulais|tentative|tabletten|absichtlich|wollte|versuch\w*"
    r"|suizid\w*|morir|morrer|morire|mourir|sterben|umbring\w*|matarme|me\s+matar|uccidermi"
    r"|me\s+tuer|en\s+finir)\b",
    FLAGS,
)

# --- a party's date --------------------------------------------------------------------------
_A_DATE_CHOSEN = re.compile(
    r"\b(?:picked|chosen|chose|set|fixed|elegid[oa]|elegi|escolhi|escolhid[oa]|scelto"
    r"|fissato|choisi|fixe|ausgesucht|gewa(?:e)?hlt|festgelegt)\b",
    FLAGS,
)
#: A gathering in six languages: what a date, a dinner or a plan with friends is for.
GATHERING = (
    r"(?:party|barbecue|bbq|wedding|reunion|dinner|picnic|housewarming|gig|christening|do"
    r"|get-?together|sleepover|meet-?up|fiesta|boda|cena|comida|barbacoa|reunion|festa|casamento"
    r"|jantar|churrasco|almoco|reuniao|batizado|matrimonio|pranzo|grigliata|rimpatriata"
    r"|battesimo|fete|soiree|mariage|diner|repas|pique-nique|cremaillere|bapteme|feier|fest"
    r"|hochzeit|grillfest|grillen|abendessen|treffen|taufe|einweihungs\w*)"
)
# The gathering as what the date is for: "the party is when …", "para la fiesta", "die Party
# ist, wenn …".
_FOR_A_GATHERING = re.compile(
    rf"\b(?:(?:the|our|my|la|el|a|o|il|le|die|das|unsere?|nuestra|nossa|nostra|notre)\s+"
    rf"(?:[\w-]+\s+)?{GATHERING}\s*,?\s*(?:is|'s|will\s+be|es|sera|e|vai\s+ser|sara|c'est|est"
    rf"|aura\s+lieu|ist|steigt|wird)\b"
    rf"|\b(?:for|para|pra|per|pour|fu(?:e)?r)\s+(?:the|our|my|la|el|a|o|il|le|die|das|unsere?)"
    rf"\s+(?:[\w-]+\s+)?{GATHERING}\b)",
    FLAGS,
)
# … never a date set for when the others are gone: "when everyone is away", "quand personne".
_OTHERS_AWAY = re.compile(
    r"\b(?:away|out|elsewhere|asleep|at\s+work|nobody|no\s+one|alone|fuera|nadie|solo|fora"
    r"|ninguem|sozinh[oa]|via|fuori|nessuno|absents?|personne|seule?|weg|unterwegs|niemand"
    r"|allein)\b",
    FLAGS,
)


def clears(category: Category, phrase: str, text: str, start: int, end: int) -> bool:
    """Does one of the shapes above make ``text[start:end]`` (in the folded entry) ordinary?"""
    s_start = _sentence_start(text, start)
    s_end = _sentence_end(text, end)
    sentence = text[s_start:s_end]
    if IN_EARNEST.search(sentence):
        return False
    return (
        _comic_preference(category, text, s_start, start, end, s_end)
        or _holiday_absence(category, phrase, text, s_start, s_end)
        or _shop_stock(phrase, text, end)
        or _target_not_age(category, phrase, text, end)
        or _drink_mishap(phrase, sentence)
        or _party_date(category, phrase, text, s_start, s_end)
        or _dead_as_exactly(category, phrase, text, end)
    )


# "dead" as the adverb "exactly" or "completely": "I want to be dead on time", "dead on
# eight", "dead centre", "dead set on it", "dead last": a wish about a time or a place, not death.
_DEAD_ADVERB = re.compile(
    r"\s+(?:on\s+(?:time|the\s+dot|cue|schedule|\d|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|noon|midday|midnight)|cent(?:re|er)|set\s+(?:on|against)|last\b"
    r"|level|straight|ahead)",
    FLAGS,
)


def _dead_as_exactly(category: Category, phrase: str, text: str, end: int) -> bool:
    """The wish's last word "dead" read on into an adverb of exactness."""
    return (
        category in _WISHES
        and phrase.rstrip().endswith("dead")
        and _DEAD_ADVERB.match(text, end) is not None
    )


def _comic_preference(
    category: Category, text: str, s_start: int, start: int, end: int, s_end: int
) -> bool:
    """The "rather die than" the phrase sits in, with a trifle named after "than" and no sign."""
    if category not in _WISHES:
        return False
    for m in _RATHER_THAN.finditer(text, s_start, s_end):
        if m.start() <= end and m.end() >= start:
            after = text[m.end() : s_end]
            return bool(_TRIFLE.search(after)) and _NOT_A_TRIFLE.search(after) is None
    return False


def _holiday_absence(category: Category, phrase: str, text: str, s_start: int, s_end: int) -> bool:
    """An absence at a named time, with where the writer will be named in the sentence or the
    next one, and nothing that makes it final; never a ``phrase`` that denies the writer any
    time ahead at all (``NO_TIME_AHEAD``): a trip does not limit "there's no future for me"."""
    if category is not Category.NO_FUTURE or NO_TIME_AHEAD.search(phrase):
        return False
    sentence = text[s_start:s_end]
    reach = text[s_start : _sentence_end(text, s_end + 1) if s_end < len(text) else s_end]
    # (a trip the others talk of is their time ahead: "Mes collègues parlent des vacances")
    trip = _ELSEWHERE.search(reach)
    return (
        _A_TIME.search(sentence) is not None
        and trip is not None
        and OTHERS_SPEAK_OF.search(reach[max(0, trip.start() - 60) : trip.start()]) is None
        and _NOT_A_TRIP.search(reach) is None
    )


def _shop_stock(phrase: str, text: str, end: int) -> bool:
    """A "nothing left for me" at a shop or a counter named right after it."""
    return bool(_SHOP_PHRASE.search(phrase)) and _AT_A_SHOP.search(text[end : end + 60]) is not None


def _target_not_age(category: Category, phrase: str, text: str, end: int) -> bool:
    """A number the writer cannot see themselves reaching, followed by its unit: a goal."""
    if category is not Category.NO_FUTURE or not _REACHING.search(phrase):
        return False
    return _UNIT_AFTER.search(text[end : end + 30]) is not None


def _drink_mishap(phrase: str, sentence: str) -> bool:
    """A stomach pumped after a night's drink, with nothing in the sentence saying it was meant."""
    return (
        _STOMACH.search(phrase + " " + sentence) is not None
        and _DRINK.search(sentence) is not None
        and _MEANT.search(sentence) is None
    )


def _party_date(category: Category, phrase: str, text: str, s_start: int, s_end: int) -> bool:
    """A date chosen, and a gathering named in the same sentence as what it is for."""
    if category is not Category.PLAN_OR_METHOD or not _A_DATE_CHOSEN.search(phrase):
        return False
    sentence = text[s_start:s_end]
    return _FOR_A_GATHERING.search(sentence) is not None and _OTHERS_AWAY.search(sentence) is None


def _sentence_start(text: str, pos: int) -> int:
    cut = max(text.rfind(c, 0, pos) for c in ".!?\n")
    return cut + 1


def _sentence_end(text: str, pos: int) -> int:
    m = _SENTENCE_END.search(text, pos)
    return m.start() if m else len(text)
