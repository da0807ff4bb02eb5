"""A past attempt told by its aftermath, in six languages: the writer found by someone, with the
emergency or the act named beside it, or the writer's stomach pumped.

Why: an attempt is often told without its word, by what happened after: "my brother found me",
"als mich die Nachbarin gefunden hat und der Notarzt kam", "a minha irmã me encontrou e chamou
o INEM", "me encontraram na praia depois do que eu fiz", "cuando me lavaron el estómago",
"fizeram-me uma lavagem ao estômago". Two readings:

* **found, after an act**: the writer as the one found ("found me", "mich gefunden", "me
  encontró", "m'a trouvé", "mi hanno trovato") and, in the same sentence, an emergency (an
  ambulance, the emergency doctor, A&E, INEM, the SAMU, the pronto soccorso), the act itself
  (the last time the writer tried, pills taken, "after what I did", "nach den ganzen
  Tabletten") or the finding just in time ("they find me in time", "mi hanno trovato in
  tempo"), a rescue from something the sentence does not name;
* **the stomach pumped**: the writer's own ("my stomach was pumped", "mir den Magen
  ausgepumpt", "me lavaron el estómago", "on m'a fait un lavage d'estomac", "mi hanno fatto
  la lavanda gastrica").

Both are history (``past``): they raise a concern, never urgency on their own. Kept out: being
found something or somewhere ordinary ("found me a flat", "found me asleep on the sofa"), an
accident, a faint or an illness named in the sentence (a crash, a fall, a seizure, a hypo),
getting lost outdoors, the cold or the sea (a rescue), and a night's drinking beside a pumped
stomach.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_LANGS = ("en", "de", "fr", "es", "pt", "it")

# --- the writer found ----------------------------------------------------------------------------
_FOUND_ME = {
    "en": r"\b(?:found|find(?:s|ing)?)\s+me\b(?!\s+(?:a|an|the|some|my|another|somewhere|work"
    r"|jobs?|asleep|sleeping|crying|hiding|drunk|funny|annoying)\b)",
    "de": r"\b(?:mich|mi)\s+(?:\w+\s+){0,3}?gefunden\b|\bfand\s+(?:\w+\s+)?mich\b",
    # (found again as well: "on m'a retrouvée à temps", "mi hanno ritrovato")
    "fr": r"\bm'\s*(?:a|ont|avait|avaient)\s+(?:re)?trouve\w*\b(?!\s+(?:un|une|des|du)\b)",
    "es": r"\bme\s+(?:encontr\w+|hall\w+)\b(?!\s+(?:un|una|unos|unas|trabajo|piso)\b)",
    "pt": r"\b(?:me\s+encontr\w+|encontr\w+-me)\b(?!\s+(?:um|uma|uns|umas|trabalho|casa)\b)",
    "it": r"\bmi\s+(?:ha|hanno|aveva|avevano)\s+(?:ri)?trovat[oa]\b"
    r"(?!\s+(?:un|una|uno|lavoro|casa)\b)",
}
# --- found in time: the finding came before it was too late ("they found me in time", "mi hanno
# trovato in tempo"; not "in time for dinner", "in time to catch the bus") ----------------------
_IN_TIME = {
    "en": r"\b(?:just\s+)?in\s+time\b(?!\s+(?:for|to)\b)",
    "de": r"\b(?:gerade\s+noch\s+)?rechtzeitig\b(?!\s+(?:zum|zur|fu(?:e)?r|um)\b)",
    "fr": r"\ba\s+temps\b(?!\s+(?:pour|au|a\s+la)\b)",
    "es": r"\ba\s+tiempo\b(?!\s+(?:para|de)\b)",
    "pt": r"\ba\s+tempo\b(?!\s+(?:para|pra|de)\b)",
    "it": r"\bin\s+tempo\b(?!\s+(?:per|a|al|alla)\b)",
}
# --- … and the emergency or the act beside it ------------------------------------------------
_AFTER_AN_ACT = {
    "en": r"\b(?:ambulance|paramedics?|999|a\s*&\s*e|resus|overdos\w*|attempt\w*"
    r"|last\s+time\s+i\s+tried|after\s+what\s+i\s+(?:did|done)|(?:took|take|swallowed|swallow)\s+"
    r"(?:a\s+load|all|too\s+many|a\s+bunch|loads)|after\s+(?:all\s+)?the\s+(?:pills|tablets))\b"
    rf"|{_IN_TIME['en']}",
    "de": r"\b(?:notarzt|krankenwagen|rettungswagen|sanka|notaufnahme|notruf|versuch\w*"
    r"|tabletten\s+(?:\w+\s+)?(?:genommen|geschluckt)|nach\s+dem,?\s+was\s+ich\s+(?:getan|gemacht)"
    r"|nach\s+(?:den|all\s+den|diesen)\s+(?:ganzen\s+)?tabletten)\b"
    rf"|{_IN_TIME['de']}",
    "fr": r"\b(?:samu|pompiers|ambulance|urgences|tentative|cachets|medocs"
    rf"|apres\s+ce\s+que\s+j'\s*ai\s+fait)\b|{_IN_TIME['fr']}",
    "es": r"\b(?:ambulancia|urgencias|emergencias|samu|intento|pastillas"
    rf"|despues\s+de\s+lo\s+que\s+hice)\b|{_IN_TIME['es']}",
    "pt": r"\b(?:inem|samu|ambulancia|urgencias?|emergencia|tentativa|comprimidos"
    rf"|depois\s+do\s+que\s+(?:eu\s+)?fiz)\b|{_IN_TIME['pt']}",
    "it": r"\b(?:ambulanza|pronto\s+soccorso|118|tentativo|pastiglie|pillole"
    rf"|dopo\s+quello\s+che\s+ho\s+fatto)\b|{_IN_TIME['it']}",
}
# --- the writer's stomach pumped -------------------------------------------------------------
_PUMPED = {
    "en": r"\b(?:(?:my|me)\s+stomach\s+(?:was\s+|got\s+)?pumped|(?:had|got)\s+(?:my|me)\s+stomach"
    r"\s+pumped)\b",
    "de": r"\bmir\s+(?:\w+\s+){0,3}?(?:den\s+)?magen\s+ausgepumpt\b",
    "fr": r"\b(?:on\s+m'\s*a\s+fait|j'\s*ai\s+eu(?:\s+droit\s+a)?)\s+un\s+lavage\s+d'\s*estomac\b",
    "es": r"\bme\s+(?:\w+\s+)?lavaron\s+el\s+estomago\b"
    r"|\bme\s+hicieron\s+un\s+lavado\s+de\s+estomago\b",
    "pt": r"\b(?:fizeram-me|me\s+fizeram)\s+uma\s+lavagem\s+(?:ao|de|no)\s+estomago\b",
    "it": r"\bmi\s+hanno\s+fatto\s+(?:una\s+|la\s+)?lavanda\s+gastrica\b",
}
# An accident, a faint, an illness, a night's drinking: the aftermath of something else.
_SOMETHING_ELSE = {
    # (lost outdoors, the cold or the sea: a rescue, "the team found me in time")
    "en": r"crash\w*|accident|fell|fall|fainted|seizure|fit|asthma|allerg\w*|diabet\w*|hypo"
    r"|lost|hik\w*|mountain|hills?|fells?|moors?|snow|storm|hypotherm\w*|sea|tide|avalanche"
    r"|rescue\w*|coastguard"
    r"|concussion|stroke|heart\s+attack|drunk|drink\w*|vodka|alcohol|booze|pissed|night\s+out"
    r"|mushrooms?|berries|panic|appendix|migraine|covid|labou?r|contractions",
    "de": r"unfall|sturz|gestu(?:e)?rzt|umgekippt|ohnma(?:e)?cht\w*|anfall|allergi\w*|diabet\w*"
    r"|verirrt|verlaufen|berg\w*|lawine|bergwacht|unterku(?:e)?hl\w*"
    r"|unterzucker\w*|betrunken|alkohol|sauf\w*|pilze",
    "fr": r"accident|chute|tombe\w*|malaise|evanoui\w*|crise|allergi\w*|diabet\w*|ivre|alcool"
    r"|perdu\w*|montagne|avalanche|secours|hypotherm\w*|noyade"
    r"|cuite|champignons",
    "es": r"accidente|caida|caido|desmay\w*|convulsi\w*|alergi\w*|diabet\w*|borrach\w*|alcohol"
    r"|perd\w+|montana|sierra|avalancha|rescate|hipotermia"
    r"|setas|hongos",
    "pt": r"acidente|queda|caiu|cai|desmai\w*|convuls\w*|alergi\w*|diabet\w*|bebad\w*|bebedeira"
    r"|perd\w+|montanha|serra|resgate|hipotermia|afogad\w*"
    r"|alcool|cogumelos",
    "it": r"incidente|caduta|caduto|svenut\w*|convulsion\w*|allergi\w*|diabet\w*|ubriac\w*"
    r"|pers[oaie]|smarrit\w*|montagna|valanga|soccorso\s+alpino|ipotermia|annegat\w*"
    r"|sbornia|alcol|funghi",
}


# --- … or saved, after pills swallowed: "à vingt ans j'ai avalé des médicaments …, on m'a sauvé"
# (the swallowing named, not the pills alone: "the pills saved me" praises a treatment; a life
# saved, "me salvaron la vida", is said of help of every kind)
_SAVED = {
    "en": r"\b(?:they|someone|somebody|the\s+\w+)\s+saved\s+me\b(?!\s+(?:a|an|the|some|my|money"
    r"|time|from)\b)",
    "de": r"\bmich\s+(?:\w+\s+){0,3}?gerettet\b",
    "fr": r"\bm'\s*(?:a|ont|avait|avaient)\s+sauve\w*\b(?!\s+(?:la|le|les)\b)",
    "es": r"\bme\s+salvaron\b(?!\s+(?:la|el|los|las|de(?!\s+milagro))\b)",
    "pt": r"\b(?:me\s+salvaram|salvaram-me)\b(?!\s+(?:a|o|os|as|de)\b)",
    "it": r"\bmi\s+(?:hanno|ha)\s+salvat[oa]\b(?!\s+(?:la|il|lo|le|i|da)\b)",
}
_SWALLOWED = {
    "en": r"\bswallowed\s+(?:a\s+(?:load|bottle|box|handful)\s+of\s+|all\s+(?:my|the)\s+|my\s+"
    r"|the\s+)?"
    r"(?:pills|tablets|meds|painkillers|sleeping\s+pills)\b",
    "de": r"\b(?:tabletten|pillen|medikamente|schlaftabletten)\s+(?:\w+\s+)?geschluckt\b",
    "fr": r"\bavale\w*\s+(?:des|mes|tous\s+mes|toute\s+une\s+boite\s+de|une\s+boite\s+de)\s+"
    r"(?:medicaments|cachets|comprimes|somniferes|medocs)\b",
    "es": r"\b(?:trague|me\s+trague|me\s+tome\s+(?:todas\s+)?(?:las|mis))\s+(?:las\s+|mis\s+)?"
    r"(?:pastillas|medicamentos|somniferos)\b",
    "pt": r"\b(?:engoli|tomei\s+(?:todos\s+)?(?:os|meus))\s+(?:os\s+|meus\s+)?(?:comprimidos"
    r"|remedios|medicamentos)\b",
    "it": r"\b(?:ingoiato|inghiottito|preso\s+tutt[ei]\s+(?:le|i))\s+(?:le\s+|i\s+)?(?:pastiglie"
    r"|pillole|farmaci|sonniferi)\b",
}
# (every language's words for it, as the rules of one language also read its neighbours' text)
_ANY_SOMETHING_ELSE = "|".join(_SOMETHING_ELSE.values())


def _aftermath(lang: str) -> str:
    found, act = _FOUND_ME[lang], _AFTER_AN_ACT[lang]
    return (
        rf"(?:^|(?<=[.!?\n]))(?![^.!?\n]*\b(?:{_ANY_SOMETHING_ELSE})\b)[^.!?\n]*?"
        rf"(?:(?:{found})[^.!?\n]{{0,80}}?(?:{act})|(?:{act})[^.!?\n]{{0,80}}?(?:{found})"
        rf"|{_PUMPED[lang]}"
        rf"|(?:{_SWALLOWED[lang]})[^.!?\n]{{0,80}}?(?:{_SAVED[lang]}))"
    )


RULES: tuple[Rule, ...] = family(
    "core",
    "found_after_an_act",
    Category.SUICIDAL_IDEATION,
    Severity.CONCERN,
    {lang: _aftermath(lang) for lang in _LANGS},
    {
        "en": "found|find|stomach|saved me",
        "de": "gefunden|fand|magen|gerettet",
        "fr": "trouv|estomac|sauve",
        "es": "encontr|hall|estomago|salvaron",
        "pt": "encontr|estomago|salvaram",
        "it": "trovat|gastrica|salvat",
    },
    past=True,
)

__all__ = ["RULES"]
