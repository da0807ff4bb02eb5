"""Farewell letters told by what they are, in six languages: letters for the writer's family,
one for each, sealed or put where they will be found, or for a time after the writer.

Why: a farewell letter is rarely called one. It is told by its addressees and its keeping
("a letter for Mam and one for the wee one, sealed, in the top drawer", "zwei Umschläge, einer
für Mama, einer für Jannik, für die Zeit nach mir", "une lettre pour maman et une pour ma
sœur, pour quand j'y serai plus", "cartas pra minha mãe e meu irmão, eles vão achar depois").
Two parts in one sentence: a letter or an envelope for someone of the family, and either one
more for another, a keeping (sealed, a drawer, under the cloth), a finding later, or a time
when the writer is not there. A message recorded for someone close ("recorded a message for my
son", "ho registrato un vocale per mia sorella") is read the same way, but only with a time
after ("for later", "per dopo") or a keeping (saved, hidden) or the voice to be remembered: a
recording "and one for" another is as often an errand. An occasion named in the sentence or the
next (a birthday, a treasure hunt, a present, a wedding) says what the letters are for, and so
do a posting, money in the envelopes or a camp named in the sentence.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule
from neuroleaf_desktop.domain.safety.rules_core_signs import LANGS, core_family

# --- a letter for someone of the family ------------------------------------------------------
_LETTER = {
    "en": r"\b(?:letters?|envelopes?|(?:a\s+few\s+)?lines)\s+(?:for|to)\s+(?:my\s+"
    r"|the\s+)?(?:mum|mam|mom|mother|dad"
    r"|father|brother|sister|wife|husband|kids|children|son|daughter|nan|gran|granny"
    r"|wee\s+one|little\s+one|each\s+of\s+(?:them|my\s+\w+|the\s+\w+)|everyone)\b",
    "de": r"\b(?:briefe?|umschla(?:e)?ge?)\s+(?:\w+\s+)?(?:fu(?:e)?r|an)\s+(?:d'|die\s+|den\s+"
    r"|meine\w*\s+)?(?:mama|papa|mutter|vater|bruder|schwester|frau|mann|kinder|kloa|kleine"
    r"|oma|opa|jede\w*)\b|\b(?:einer|eine|oan|ein)\s+fu(?:e)?r\s+(?:d'|die\s+)?(?:mama|papa)\b"
    # the addressees first: "für jeden von euch einen Brief"
    r"|\bfu(?:e)?r\s+(?:jeden|jede|jedes)\s+(?:von\s+(?:euch|ihnen)\s+)?(?:einen|ein|eine)\s+"
    r"(?:brief|umschlag|sprachnachricht)\b"
    # "für meine Schwester liegt ein Brief im Schreibtisch"
    r"|\bfu(?:e)?r\s+(?:meine\w*\s+|die\s+|den\s+)(?:mama|papa|mutter|vater|bruder|schwester"
    r"|frau|mann|kinder|oma|opa|tochter|sohn)\s+(?:\w+\s+){1,3}?(?:brief|umschlag|zeilen)\b",
    "fr": r"\b(?:lettres?|enveloppes?|quelques\s+lignes)\s+(?:\w+\s+){0,3}?(?:pour"
    r"|a)\s+(?:ma\s+|mon\s+|mes\s+"
    r"|la\s+)?(?:maman|papa|mere|pere|frere|s(?:oe|œ)ur|femme|mari|enfants|petite?|chacun)\b",
    "es": r"\b(?:cartas?|sobres?|(?:unas\s+)?lineas)\s+(?:pa'?|para|a)\s+(?:mi\s+|mis\s+"
    r"|la\s+|los\s+|las\s+)?(?:mama"
    r"|mami|papa|madre|padre|hermanos?|hermanas?|hijos?|hijas?|nena|ninos|nietos?|sobrin[oa]s?"
    r"|cada\s+(?:uno|una|sobrin[oa]|niet[oa]|hij[oa]|herman[oa]))\b",
    "pt": r"\b(?:cartas?|envelopes?|(?:umas\s+)?linhas)\s+(?:pra|para|a)\s+(?:(?:os|as|a"
    r"|o)\s+)?(?:minha\s+|meu\s+"
    r"|meus\s+|minhas\s+)?(?:mae|mamae|mamã|pai|irmaos?|irmas?|filhos?|filhas?|pequena|netos?"
    r"|sobrinh[oa]s?|cada\s+um)\b",
    "it": r"\b(?:letter[ae]|bust[ae]|(?:due|poche|qualche)\s+righe)\s+(?:\w+\s+){0,3}?(?:per"
    r"|a)\s+(?:mia\s+|mio\s+|la\s+|il\s+|i\s+"
    r"|miei\s+)?(?:mamma|papa|madre|padre|fratell[oi]|sorell[ae]|figli|piccola|ognuno|nonn[ao]"
    r"|nipoti)\b",
}
# --- a message recorded for someone close ------------------------------------------------------
_RECORDED = {
    "en": r"\brecord(?:ed|ing)?\s+(?:a\s+)?(?:voice\s+|video\s+)?(?:messages?|notes?|videos?)\s+"
    r"(?:for|to)\s+(?:my\s+|the\s+)?(?:mum|mam|mom|mother|dad|father|brother|sister|wife|husband"
    r"|kids|children|son|daughter|nan|gran|granny|girls|boys|each\s+of\s+them)\b",
    "de": r"\b(?:sprachnachricht\w*|video\w*)\s+(?:\w+\s+)?fu(?:e)?r\s+(?:meine\w*\s+)?(?:mama"
    r"|papa|mutter|vater|bruder|schwester|frau|mann|kinder|tochter|sohn)\b",
    "fr": r"\benregistre\s+(?:un\s+|des\s+)?(?:messages?|vocal|vocaux|videos?)\s+pour\s+(?:ma\s+"
    r"|mon\s+|mes\s+)?(?:maman|papa|mere|pere|frere|s(?:oe|œ)ur|femme|mari|enfants|fils|fille)\b",
    "es": r"\bgrab[eé]\s+(?:un\s+|unos\s+)?(?:audios?|mensajes?|videos?)\s+(?:pa'?|para)\s+(?:mi\s+"
    r"|mis\s+)?(?:mama|papa|madre|padre|hermanos?|hermanas?|hijos?|hijas?)\b",
    "pt": r"\bgravei\s+(?:um\s+|uns\s+)?(?:audios?|mensage\w+|videos?)\s+(?:pra|para)\s+"
    r"(?:a\s+|o\s+)?(?:minha\s+|meu\s+|meus\s+)?(?:mae|pai|irmaos?|irmas?|filhos?|filhas?)\b",
    "it": r"\bregistrat[oa]\s+(?:un\s+|dei\s+)?(?:vocal[ei]|audio|video|messaggi?\s+vocal[ei])\s+"
    r"per\s+(?:mia\s+|mio\s+|la\s+|il\s+|i\s+|miei\s+)?(?:mamma|papa|madre|padre|fratell[oi]"
    r"|sorell[ae]|figli|nonn[ao]|nipoti)\b",
}
# ... kept for a time after, or so the voice is remembered (a message "and one for" another is
# an errand: a recording needs more than a letter does)
_KEPT_RECORDED = {
    "en": r"\b(?:for\s+later|when\s+the\s+time\s+comes|(?:after|when)\s+i'?m\s+(?:gone|not\s+here)"
    r"|remembers?\s+my\s+voice|(?:saved|kept|hid)\s+(?:it|them)\b)",
    "de": r"\b(?:fu(?:e)?r\s+spa(?:e)?ter|zeit\s+nach\s+mir|meine\s+stimme|gespeichert"
    r"|versteckt)\b",
    "fr": r"\b(?:pour\s+plus\s+tard|pour\s+apres|quand\s+j'?\s*y\s+serai\s+plus|ma\s+voix"
    r"|sauvegarde\w*|cache\w*)\b",
    "es": r"\b(?:para\s+(?:despues|mas\s+tarde)|cuando\s+(?:ya\s+)?no\s+este|mi\s+voz|guarde)\b",
    "pt": r"\b(?:para\s+depois|pra\s+depois|quando\s+eu\s+(?:ja\s+)?(?:nao|num)\s+(?:estiver|tiver)"
    r"|minha\s+voz|guardei|salvei)\b",
    "it": r"\b(?:per\s+dopo|quando\s+non\s+ci\s+saro|la\s+mia\s+voce|(?:li|le|l')\s*ho\s+"
    r"(?:salvat|nascost|conservat)\w*|si\s+chiama\s+dopo)\b",
}
# --- the writer's absence told as a case: "falls ich mal nicht mehr da bin", "caso eu já não
# esteja cá", "if anything happens" -----------------------------------------------------------
_IN_CASE_ABSENT = {
    "en": r"|\b(?:in\s+case|if)\s+i'?m\s+(?:ever\s+)?not\s+(?:here|around)\b"
    r"|\bif\s+anything\s+(?:ever\s+)?happens(?:\s+to\s+me)?\b",
    "de": r"|\bfalls\s+ich\s+(?:mal\s+|einmal\s+|irgendwann\s+)?nicht\s+mehr\s+(?:da|hier)\s+bin\b"
    r"|\bfalls\s+mir\s+(?:mal\s+)?(?:was|etwas)\s+passiert\b",
    "fr": r"|\bau\s+cas\s+ou\s+je\s+(?:ne\s+)?(?:serais|serai)\s+plus\s+la\b"
    r"|\bs'?\s*il\s+m'?\s*arrive\s+quelque\s+chose\b",
    "es": r"|\bpor\s+si\s+(?:ya\s+)?no\s+estoy\b|\bsi\s+me\s+pasa\s+algo\b",
    "pt": r"|\bcaso\s+eu\s+(?:ja\s+)?(?:nao|num)\s+(?:esteja|estiver)\s+(?:ca|aqui|mais)\b"
    r"|\bse\s+me\s+acontecer\s+alguma\s+coisa\b",
    "it": r"|\b(?:nel\s+caso|se\s+mai)\s+(?:io\s+)?non\s+ci\s+fossi\s+piu\b"
    r"|\bse\s+mi\s+succede\s+qualcosa\b",
}
# --- … one more for another, kept, found later, or for a time without the writer -----------------
_KEPT_FOR_AFTER = {
    "en": r"\b(?:(?:and|,)\s+one\s+for|one\s+for\s+each|(?:after|when)\s+i'?m\s+(?:gone"
    r"|not\s+here)|(?:they'?ll|will)\s+find|sealed|top\s+drawer|under\s+(?:the|my)\s+\w+"
    # kept for a time to come: "for later", "so he remembers my voice"
    r"|for\s+later|when\s+the\s+time\s+comes"
    # the meaning left to the finding: "she'll understand when she finds it", "behind the clock"
    r"|when\s+(?:he|she|they|you)\s+(?:finds?|reads?|opens?)\s+it|(?:behind|inside|beneath)\s+(?:the|my)\s+\w+)\b",
    "de": r"\b(?:(?:und|,)\s+(?:oan|einer|eine|einen|ein)\s+fu(?:e)?r|zeit\s+nach\s+mir|nachher"
    r"|finden|zugemacht|zuagmacht|unter\s+de[nmr]?\s+\w+|fu(?:e)?r\s+den\s+fall"
    # a keeping place, compounds too ("Schreibtischschublade", "Kleiderschrank")
    r"|\w*(?:schublad|schrank|kiste|schachtel|karton)\w*"
    r"|wenn\s+(?:er|sie)\s+(?:ihn|den\s+brief)\s+(?:findet|liest|aufmacht))\b",
    "fr": r"\b(?:(?:et|,)\s+une?\s+pour|quand\s+j'?\s*y\s+serai\s+plus"
    r"|quand\s+je\s+serai\s+plus\s+la|trouveront|fermees?|tiroir|sous\s+(?:la|le|l')\s*\w+"
    r"|quand\s+(?:il|elle|ils|elles)\s+la\s+(?:trouver|lir)\w*)\b",
    "es": r"\b(?:(?:y|,)\s+otr[ao]\s+(?:para|pa'?)|cuando\s+(?:ya\s+)?no\s+este"
    r"|las?\s+van\s+a\s+encontrar|encontrar\w*|cerradas?|cajon|debajo\s+de|guarde|caja|ropero"
    r"|armario|(?:que\s+)?(?:lo|la|los|las)\s+abran\s+despues|por\s+si\s+acaso"
    r"|cuando\s+la\s+(?:encuentre|lea|abra)\w*)\b",
    "pt": r"\b(?:(?:e|,)\s+outr[ao]\s+(?:pra|pro|para)|quando\s+eu\s+(?:ja\s+)?(?:num|nao)\s+"
    r"(?:tiver|estiver)|vao\s+achar|achar\w*|fechadas?|gaveta|debaixo\s+d|album|caixa"
    r"|quando\s+a\s+(?:encontrar|ler|abrir))\b",
    "it": r"\b(?:(?:e|,)\s+un[ao]?\s+per|quando\s+non\s+ci\s+saro|troveranno|chiuse|cassetto"
    r"|sotto\s+(?:la|il|le|i)\s+\w+|per\s+dopo|cassett[ao]"
    r"|quando\s+la\s+(?:trov|legg|apr)\w*)\b",
}
# --- an occasion named: a birthday, a game, a present ------------------------------------------
_OCCASION = {
    # (a Christmas box, a tin of decorations, is a keeping place, not the occasion)
    "en": r"birthday|christmas(?!\s+(?:decorations?\s+)?(?:box|tin|crate|chest|bag)\b)|xmas"
    r"|anniversary|wedding|treasure\s+hunt|clues?|surprise|present"
    r"|gift|valentine|graduation|card|santa|tooth\s+fairy",
    "de": r"geburtstag|weihnacht(?!s?(?:kiste|schachtel|karton|deko))\w*|hochzeit|schnitzeljagd"
    r"|u(?:e)?berraschung|geschenk\w*"
    r"|karte|christkind",
    "fr": r"anniversaire|noel|mariage|chasse\s+au\s+tresor|surprise|cadeau|carte|fete\s+des",
    "es": r"cumple\w*|navidad|boda|busqueda\s+del\s+tesoro|sorpresa|regalo|tarjeta|reyes",
    "pt": r"aniversario|natal|casamento|caca\s+ao\s+tesouro|surpresa|presente|cartao",
    "it": r"compleanno|natale|matrimonio|caccia\s+al\s+tesoro|sorpresa|regalo|biglietto|befana",
}


# --- … or letters to be posted, money in the envelopes, a camp's letters ------------------------
_SENT_OR_MONEY = {
    "en": r"post\w*|mail\w*|stamps?|send\w*|sent|money|cash|pocket\s+money|camp",
    "de": r"post|briefkasten|briefmarke\w*|porto|\w*schick\w*|geld|taschengeld|euro|\w*lager",
    "fr": r"courrier|poste|timbres?|envoy\w*|argent|fric|colo(?:nie)?",
    "es": r"correo|buzon|sellos?|mand\w*|envi\w*|dinero|paga|plata|propina|campamento",
    "pt": r"correio|selos?|mand\w*|envi\w*|dinheiro|mesada|acampamento",
    "it": r"posta|francobolli|sped\w*|mand\w*|soldi|paghetta|campo\s+estivo",
}


# a recording to be heard soon, at a time of the day named: "she'll hear it when she wakes up"
_HEARD_SOON = (
    r"wakes?\s+up|gets?\s+(?:home|back|in)|after\s+(?:work|school|(?:her|his|their)\s+shift)"
    r"|on\s+nights|on\s+shift|quando\s+si\s+sveglia|wenn\s+sie\s+aufwacht|quand\s+elle\s+se\s+reveille"
)


def _letters(lang: str) -> str:
    letter, kept = _LETTER[lang], _KEPT_FOR_AFTER[lang] + _IN_CASE_ABSENT[lang]
    return (
        rf"(?:^|(?<=[.!?\n]))(?![^\n]{{0,200}}\b(?:{_OCCASION[lang]})\b)"
        rf"(?![^.!?\n]*\b(?:{_SENT_OR_MONEY[lang]})\b)[^.!?\n]*?"
        rf"(?:(?:{letter})[^.!?\n]{{0,80}}?(?:{kept})|(?:{kept})[^.!?\n]{{0,60}}?(?:{letter})"
        rf"|(?![^.!?\n]*\b(?:{_HEARD_SOON})\b)[^.!?\n]*?(?:{_RECORDED[lang]})[^.!?\n]{{0,90}}?"
        rf"(?:{_KEPT_RECORDED[lang]}{_IN_CASE_ABSENT[lang]}))"
    )


RULES: tuple[Rule, ...] = core_family(
    "letters_for_family_kept",
    Category.GOODBYES,
    Severity.CONCERN,
    {lang: _letters(lang) for lang in LANGS},
    {
        "en": "letter|envelope|record|lines",
        "de": "brief|umschl|nachricht|video|zeilen",
        "fr": "lettre|enveloppe|enregistr|lignes",
        "es": "carta|sobre|grab|lineas",
        "pt": "carta|envelope|gravei|linhas",
        "it": "letter|bust|registrat|righe",
    },
)

__all__ = ["RULES"]
