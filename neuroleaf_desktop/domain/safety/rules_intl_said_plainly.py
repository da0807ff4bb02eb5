"""Plain statements of ending one's life in German, French, Spanish, Portuguese and Italian, read
as a wish and an act whose slots hold every form people use, and a plan told as a time, the
others away and a high place or a water's edge.

* **a wish or a thought, and ending one's life**: the wish in any of its idioms ("apetece-me",
  "tenho vontade de", "me dan ganas de", "mi viene da", "je me surprends à vouloir", "der
  Gedanke, …") and the act with the article as well as the possessive ("acabar com a vida",
  "acabar con la vida", "farla finita con la vita", "en finir avec la vie"), a demonstrative
  ("esta vida"), "own" ("a própria vida"), and the other verbs of ending ("mettere fine alla
  mia vita", "pôr fim à vida", "mein Leben beenden");
* **the pronoun before the wish**, as Italian and Portuguese put it ("mi voglio impiccare",
  "mi vado a buttare sotto il treno", "me quero matar"), and **not wanting to be alive any
  more** ("não quero mais estar viva", "non voglio più essere viva");
* **German first person, clipped or with "selber"**: "dass ich mich umbring", "mich selber
  umbringen", "mir selber das Leben nehmen" (the apocope and "selber" beside "selbst");
* **a time, the others away, and the writer going to a high place or a water's edge**: "Am
  Sonntag, wenn alle beim Fest sind, geh ich zur Mole runter", "Sábado, quando estiverem
  todos na festa, vou ao penhasco", the time and the absence chosen so nobody is there.

Why: the act's slots were narrow ("acabar com a minha vida" but not "com a vida"; "ich mich
umbringe" but not "umbring"), so a different writer saying the same thing in the other grammar
was missed, which is the worst failure the app can have. The act keeps out another's life
("acabar com a vida dele"), a way of life ("la vida de soltero", "esta vida de oficina") and
figures ("en finir avec ce dossier"): the life closes its clause. The plan keeps out what the
writer goes there to do (a walk, fishing, a swim, photos, a smoke, friends), read only from
the writer's own clause, so the festival the others are at does not hide it; the place closes
the sentence, or a settled word ("das steht fest", "e pronto") or the act ("e la finisco")
follows it. Whose wish it is and a denial before it are judged in context.
"""

from __future__ import annotations

from functools import partial

from neuroleaf_desktop.domain.safety import (
    rules_intl_future_over,
    rules_intl_pain_holds,
    rules_romance_dislocation,
)
from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, family

_URG = Severity.URGENT
_LANGS = ("de", "fr", "es", "pt", "it")
_START = r"(?:^|(?<=[.!?\n]))"
_S = r"[^.!?\n]"
# the life is not named further as a way of living or someone's: no "de" / "di" / "que" after
# it ("la vida de soltero", "esta vida que llevo", "la vita di città", "das Leben als Single"),
# though "de vez" and "de verdad" keep it the writer's own ("acabar com esta vida de vez")
_CLOSED = (
    r"(?!\s+(?:de(?!\s+(?:vez|uma\s+vez|una\s+vez|verdad|verdade|bon)\b)|di|da|do|du|des|del"
    r"|della|dello|dei|degli|dos|das|d'|en|in|a|au|aux|na|no|nos"
    r"|nas|em|con|com|avec|mit|als|que|che|qui|dass|wie|come|como|comme|sociale|social|notturna"
    r"|nocturna|nocturne|loca|boa|buena|bella|belle|facile|facil|de\s+rico|dele|dela|deles|delas"
    r"|sua|suya|su|loro|leur|dein\w*|sein\w*|ihr\w*)\b)"
)

_family = partial(family, "plain")

# --- a wish or a thought, and ending one's life ---------------------------------------------------
_WISH = {
    "pt": r"\b(?:quero|queria|quis|apetece-me|me\s+apetece|(?:tenho|tinha|sinto|da-me|me\s+da"
    r"|deu-me|me\s+deu|bate(?:-me)?|me\s+bate)\s+(?:uma\s+)?vontade\s+de|vontade\s+de"
    r"|(?:penso|pensava|pensei|ando\s+a\s+pensar|estou\s+a\s+pensar|to\s+pensando|tou\s+pensando"
    r"|estou\s+pensando|fico\s+pensando|fico\s+a\s+pensar|so\s+penso)\s+em|desejo|preciso"
    r"|gostaria\s+de|vou|decidi|a\s+ideia\s+de|dou\s+por\s+mim\s+a\s+(?:querer|pensar\s+em))",
    "es": r"\b(?:quiero|quisiera|queria|(?:tengo|me\s+dan|me\s+entran|siento|me\s+vienen)\s+"
    r"(?:unas\s+)?ganas\s+de|ganas\s+de|(?:pienso|pensaba|pense|ando\s+pensando|estoy\s+pensando"
    r"|me\s+pongo\s+a\s+pensar|solo\s+pienso|sigo\s+pensando)\s+en|deseo|necesito"
    r"|me\s+gustaria|voy\s+a|decidi|la\s+idea\s+de|me\s+sorprendo\s+(?:queriendo|pensando\s+en))",
    "it": r"\b(?:voglio|vorrei|volevo|ho\s+voglia\s+di|mi\s+viene\s+(?:voglia\s+)?(?:di|da)"
    r"|(?:penso|pensavo|ho\s+pensato|sto\s+pensando|continuo\s+a\s+pensare)\s+(?:di|a)"
    r"|desidero|ho\s+bisogno\s+di|ho\s+deciso\s+di|l'?\s*idea\s+di"
    r"|mi\s+sorprendo\s+a\s+(?:volere|pensare\s+di))",
    "fr": r"(?:\bje\s+(?:veux|voudrais|voulais)\b|\bj'?\s*(?:ai|avais)\s+(?:envie"
    r"|le\s+gout|besoin)\s+d'?|\bl'?\s*envie\s+d'?|\bje\s+(?:pense|songe|pensais)\s+a"
    r"|\bj'?\s*aimerais|\b(?:a|de)\s+vouloir|\bl'?\s*idee\s+d'?)",
    "de": r"\b(?:ich\s+(?:will|wollte|wollt|mo(?:e)?chte?|wu(?:e)?rde?\s+(?:gern|am\s+liebsten)"
    r"|denk\w*\s+(?:dran|daran|ernsthaft\s+(?:dru(?:e)?ber|daru(?:e)?ber)\s+nach)|wu(?:e)?nsch"
    r"\w*\s+mir)|gedanken?|lust|drang)\b",
}
# … then ending the writer's life: the article, the possessive, "own" or "this"
_END_LIFE = {
    "pt": r"\b(?:acabar|terminar)\s+com\s+(?:a\s+|esta\s+|essa\s+|minha\s+|a\s+minha\s+)"
    r"(?:propria\s+)?vida|\b(?:por|dar)\s+(?:um\s+)?fim\s+(?:a|na)\s+(?:minha\s+)?(?:propria\s+)?"
    r"vida|\bdar\s+cabo\s+da\s+(?:minha\s+)?(?:propria\s+)?vida",
    "es": r"\b(?:acabar|terminar)\s+con\s+(?:la|mi|esta)\s+(?:propia\s+)?vida"
    r"|\bponer(?:le)?\s+(?:un\s+)?fin\s+a\s+(?:la|mi|esta)\s+(?:propia\s+)?vida",
    "it": r"\bfarla\s+finita\s+con\s+(?:la\s+(?:mia\s+)?|questa\s+)vita"
    r"|\b(?:mettere|porre)\s+fine\s+alla\s+(?:mia\s+)?(?:propria\s+)?vita"
    r"|\bchiudere\s+con\s+la\s+vita",
    "fr": r"\ben\s+finir\s+avec\s+(?:la|ma|cette)\s+vie"
    r"|\bmettre\s+fin\s+a\s+(?:(?:la|ma|cette)\s+vie|mes\s+jours)"
    r"|\b(?:mourir|me\s+tuer|me\s+suicider)",
    "de": r"\bmein\s+leben\s+(?:(?!als\b)\w+\s+){0,2}?(?:zu\s+)?beenden"
    r"|\bmeinem\s+leben\s+(?:\w+\s+){0,2}?ein\s+ende\s+(?:zu\s+)?(?:setzen|machen|bereiten)"
    r"|\bmit\s+(?:dem|meinem)\s+leben\s+schluss\s+(?:zu\s+)?machen",
}
# what may stand between the wish and the act: never a denial ("je veux pas mourir", "ich will
# nicht mein Leben beenden"), which the judgement in context would not see inside the match
_NOT_A_DENIAL = (
    r"(?!(?:pas|plus|jamais|rien|ne|n'|non|no|nao|nunca|nem|mai|nicht|nie|niemals|kein\w*"
    r"|keineswegs|gar|ni|tampoco|nemmeno|neanche|nessun\w*)\b)"
)
_FILLER = rf"(?:{_NOT_A_DENIAL}(?:\w+|\w+-\w+)\s+){{0,4}}?"
_WISH_THEN_END = {
    lang: rf"{_WISH[lang]}\s*{_FILLER}(?:{_END_LIFE[lang]}){_CLOSED}"
    for lang in ("pt", "es", "it", "fr")
}
# German puts the verb last: the wish, a few words, the act at the clause's end
_WISH_THEN_END["de"] = (
    rf"{_WISH['de']}(?:{_NOT_A_DENIAL}[^.!?\n\s]*\s*){{0,8}}?(?:{_END_LIFE['de']}){_CLOSED}"
)
_WISH_GATE = {
    "pt": "vida",
    "es": "vida",
    "it": "vita",
    "fr": "vie|jours|mourir|tuer|suicid",
    "de": "leben",
}

# --- an attempt to end one's life, told with the article: "depois de tentar pôr fim à vida" ----
# the attempt's verb in any person or the infinitive, then the act of ending as the wish frame
# reads it ("tentei acabar com a vida", "intenté ponerle fin a la vida", "ho tentato di mettere
# fine alla vita", "versucht, mein Leben zu beenden"), or taking one's own life ("tirar a
# própria vida"): what was attempted is the writer's own life, closed by ``_CLOSED``
_ATTEMPTED = {
    # (the first person only: "a vizinha tentou" is someone else's attempt)
    "pt": r"\b(?:tentar|tentei|tentado|tentativa\s+de|tentei\s+uma\s+vez)\s+(?:de\s+)?",
    "es": r"\b(?:intentar|intente|intento|intentado|intentaba|el\s+intento\s+de|trate\s+de)\s+",
    "it": r"\b(?:tentare|tentato|tentai|provato|tentativo)\s+(?:di|a)\s+",
    "fr": r"\b(?:tente|essaye|essaie|tentative)\s+(?:de\s+|d'\s*)",
}
_TAKE_OWN_LIFE = {
    "pt": r"|\b(?:me\s+)?tirar\s+a\s+(?:minha\s+)?(?:propria\s+)?vida",
    "es": "",
    "it": "",
    "fr": "",
}
# … the means may follow the life ("ponerle fin a la vida con pastillas"), which the closing
# check would read as a way of life ("la vida con mi novio")
_WITH_MEANS = (
    r"(?=\s+(?:con|com|avec|mit|col)\s+(?:\w+\s+)?(?:pastillas|pastiglie|pillole|comprimidos"
    r"|remedios|medicamentos|cachets|medicaments|tabletten|pillen|corda|cuerda|soga|corde|strick"
    r"|seil|gas|gaz|veleno|veneno|poison|gift|lametta|cuchilla|lamina|lame|klinge|farmaci"
    r"|somniferos|sonniferi|somniferes|schlaftabletten|calmantes)\b)"
)
_ATTEMPT_END = {
    lang: rf"{_ATTEMPTED[lang]}(?:{_END_LIFE[lang]}{_TAKE_OWN_LIFE[lang]})"
    rf"(?:{_WITH_MEANS}|{_CLOSED})"
    for lang in _ATTEMPTED
}
# German: "versucht" and the act at the end of the infinitive clause
_ATTEMPT_END["de"] = (
    rf"\b(?:versucht|versuchte|versuch)\b,?\s*(?:{_NOT_A_DENIAL}[^.!?\n\s]*\s*){{0,6}}?"
    rf"(?:{_END_LIFE['de']}){_CLOSED}"
)
_ATTEMPT_GATE = {
    "pt": "tent",
    "es": "intent|trate",
    "it": "tent|provato",
    "fr": "tent|essay|essai",
    "de": "versuch",
}

# --- German: the wish with a "zu" infinitive, or dead as what one would rather be --------------
# "ich wünsch mir, tot zu sein", "sehne mich danach, nicht mehr aufzuwachen", "hätt so gern,
# einfach zu sterben", "wär am liebsten tot": the bare-infinitive frames ("will tot sein") did
# not read the comma and the "zu"; dying of laughter or of boredom stays figurative
_DE_WISH_ZU = {
    "de": r"\b(?:wu(?:e)?nsch\w*\s+(?:ich\s+)?(?:mir|es\s+mir)|sehn\w*\s+(?:ich\s+)?mich\s+"
    r"(?:\w+\s+)?danach|ha(?:e)?tt\w*\s+(?:ich\s+)?(?:es\s+)?(?:so\s+)?gern\w*)\b"
    rf"(?:\s+[\w']+)?,?\s+(?:{_NOT_A_DENIAL}(?!vor\b)[\w']+,?\s+){{0,3}}?"
    r"(?:tot\s+zu\s+sein|zu\s+sterben|nicht\s+mehr\s+(?:zu\s+leben|aufzuwachen|da\s+zu\s+sein"
    r"|zu\s+existieren|wach\s+zu\s+werden)|einzuschlafen\s+und\s+(?:einfach\s+|dann\s+|danach\s+)?"
    r"(?:nicht\s+mehr|nie\s+(?:mehr|wieder))\s+aufzuwachen)\b"
    r"(?!\s+vor\b)"
    r"|\bwa(?:e)?r(?:e)?\s+(?:ich\s+)?(?:manchmal\s+|so\s+|einfach\s+|echt\s+){0,2}"
    r"(?:gern|gerne|am\s+liebsten)\s+tot\b",
}
_DE_WISH_ZU_GATE = {"de": "tot|sterben|aufzuwachen|zu leben|da zu sein|existieren|wach zu"}

# --- the thought of killing oneself, held: "ando com a ideia de me matar na cabeça" -----------
# Spanish and Portuguese name the act after "the idea of" as a noun the writer carries; a
# denial after it ("… nunca me passou pela cabeça") is judged in context. Killing oneself with
# work or laughter ("matarme a estudiar", "me matar de rir") is a figure.
_IDEA_OF_KILLING = {
    "es": r"\b(?:la|esa|esta|una)\s+idea\s+de\s+(?:matarme|suicidarme|quitarme\s+la\s+vida"
    r"|colgarme|ahorcarme)\b(?!\s+(?:a|de|con|estudiando|trabajando)\b)",
    "pt": r"\b(?:a|essa|esta|uma)\s+ideia\s+de\s+(?:me\s+matar|matar-me|me\s+suicidar|suicidar-me"
    r"|tirar\s+a\s+(?:minha\s+)?(?:propria\s+)?vida|me\s+enforcar|enforcar-me)\b"
    r"(?!\s+(?:a|de|com|trabalhando|estudando)\b)",
    # Italian and French name it the same way: "l'idea di uccidermi", "l'idée de me tuer"; the
    # bare noun "suicide" only when it keeps coming back to the writer ("l'idée du suicide
    # revient chaque matin", "l'idea del suicidio mi torna"), not a book's or a lecture's topic
    "it": r"\b(?:l'\s*|quest'\s*|un'\s*)idea\s+di\s+(?:uccidermi|ammazzarmi|suicidarmi"
    r"|togliermi\s+la\s+vita|impiccarmi|farla\s+finita)\b"
    r"(?!\s+(?:di|a|con|per)\s+(?:lavoro|studio|studiare|lavorare|risate|ridere|fatica)\b)"
    r"|\bl'\s*idea\s+del\s+suicidio\s+(?:mi\s+)?(?:torna|ritorna|mi\s+segue|non\s+mi\s+lascia"
    r"|mi\s+perseguita)\b",
    "fr": r"\b(?:l'\s*|cette\s+|une\s+)idee\s+(?:de\s+me\s+tuer|de\s+me\s+suicider|d'\s*en\s+finir"
    r"|de\s+mettre\s+fin\s+a\s+mes\s+jours|de\s+me\s+pendre)\b"
    r"(?!\s+(?:a|au)\s+(?:la\s+)?(?:tache|travail|boulot)\b)"
    r"|\bl'\s*idee\s+du\s+suicide\s+(?:me\s+)?(?:revient|me\s+reprend|me\s+hante|me\s+suit"
    r"|ne\s+me\s+quitte\s+(?:pas|plus))\b",
}
_IDEA_GATE = {"es": "idea de", "pt": "ideia de", "it": "idea d", "fr": "idee d"}

# --- thinking of killing oneself, a time or frequency between: "pensei outra vez em me matar" --
# "pienso casi cada día en matarme", "penso ogni notte di ammazzarmi", "je pense encore
# tous les soirs à me tuer": the thought and the act parted by how often or since when (the
# earlier frame took one adverb); no denial and no "que" clause between
_THINK = {
    "es": r"\b(?:pienso|pense|pensaba|pensando|he\s+pensado|vuelvo\s+a\s+pensar)",
    "pt": r"\b(?:penso|pensei|pensava|pensando|a\s+pensar|tenho\s+pensado|volto\s+a\s+pensar)",
    "it": r"\b(?:penso|pensavo|pensato|pensando|torno\s+a\s+pensare)",
    "fr": r"\b(?:je\s+pense|je\s+pensais|j'?\s*ai\s+pense|je\s+repense|je\s+songe"
    r"|j'\s*y\s+(?:pense|repense|songe))",
}
_THEN_ACT = {
    "es": r"en\s+(?:matarme|suicidarme|quitarme\s+la\s+vida|ahorcarme|colgarme)\b"
    r"(?!\s+(?:a|de|con|estudiando|trabajando)\b)",
    "pt": r"em\s+(?:me\s+matar|matar-me|me\s+suicidar|suicidar-me|tirar\s+a\s+(?:minha\s+)?"
    r"(?:propria\s+)?vida|me\s+enforcar)\b(?!\s+(?:a|de|com|trabalhando|estudando)\b)",
    "it": r"(?:di|a)\s+(?:uccidermi|ammazzarmi|suicidarmi|togliermi\s+la\s+vita|impiccarmi)\b"
    r"(?!\s+(?:di|a|con|per)\s+(?:lavoro|studio|studiare|lavorare|risate|ridere)\b)",
    "fr": r"a\s+(?:me\s+tuer|me\s+suicider|mettre\s+fin\s+a\s+mes\s+jours|me\s+pendre)\b"
    r"(?!\s+(?:a|au)\s+(?:la\s+)?(?:tache|travail|boulot)\b)",
}
_NOT_A_CLAUSE = r"(?!(?:que|che|qui|se|si|quando|cuando|quand|wenn|dass)\b)"
_THINK_OFTEN = {
    lang: rf"{_THINK[lang]}\s+(?:{_NOT_A_DENIAL}{_NOT_A_CLAUSE}[\w']+,?\s+){{1,4}}?"
    rf"{_THEN_ACT[lang]}"
    for lang in _THINK
}
# … or the act named bare after a colon, as what the thought is: "ci penso ogni notte:
# uccidermi, chiudere tutto", "pienso en ello cada noche: matarme", "j'y pense chaque soir : me
# tuer" (the act closing its clause: not "…: matarme a trabajar")
_BARE_ACT = {
    "es": r"(?:matarme|suicidarme|quitarme\s+la\s+vida|ahorcarme)",
    "pt": r"(?:me\s+matar|matar-me|me\s+suicidar|suicidar-me|tirar\s+a\s+minha\s+vida)",
    "it": r"(?:uccidermi|ammazzarmi|suicidarmi|togliermi\s+la\s+vita|impiccarmi)",
    "fr": r"(?:me\s+tuer|me\s+suicider|mettre\s+fin\s+a\s+mes\s+jours|me\s+pendre)",
}
_THINK_OFTEN = {
    lang: rf"{pattern}|{_THINK[lang]}\s+(?:{_NOT_A_DENIAL}{_NOT_A_CLAUSE}[\w']+\s+){{0,4}}?"
    rf"[\w']+\s*:\s*{_BARE_ACT[lang]}(?=\s*(?:[,.;!?\n]|$))"
    for lang, pattern in _THINK_OFTEN.items()
}
_THINK_GATE = {"es": "piens|pens", "pt": "pens", "it": "pens", "fr": "pens|song"}

# --- not wanting to live, in the imperfect: "ya no quería vivir", "je ne voulais plus vivre" ---
# the tense people tell a recent night or a past time in; living somewhere or with someone
# ("no quería vivir con él", "non volevo più vivere a Roma") is another wish
_NOT_LIVE_BEFORE = {
    "es": r"\b(?:ya\s+)?no\s+queria\s+(?:seguir\s+)?(?:vivir|viviendo|existir)\b"
    r"(?!\s+(?:con|en|aqui|alli|asi|sol[oa]|cerca|lejos|de)\b)",
    "pt": r"\b(?:ja\s+)?nao\s+queria\s+(?:mais\s+)?(?:viver|continuar\s+a\s+viver|existir)\b"
    r"(?!\s+(?:com|em|aqui|ali|la|assim|sozinh\w+|perto|longe|de|no|na|num|numa)\b)",
    "it": r"\bnon\s+volevo\s+piu\s+(?:vivere|esistere)\b"
    r"(?!\s+(?:con|in|qui|li|la|cosi|da|a|vicino|lontano|di)\b)",
    "fr": r"\bje\s+(?:ne\s+)?voulais\s+plus\s+(?:vivre|exister)\b"
    r"(?!\s+(?:avec|a|au|en|ici|la|seule?|comme|pres|loin|chez|de)\b)",
}
_NOT_LIVE_GATE = {"es": "queria", "pt": "queria", "it": "volevo", "fr": "voulais"}

# A clause's head: the sentence's start, after a comma, a joining word or "seriously"
_CLAUSE_HEAD = (
    r"(?:(?:^|(?<=[.!?\n,;:]))\s*|\b(?:y|e|pero|mas|mais|ma|und|aber|que|che|en\s+serio"
    r"|sinceramente|ehrlich\s+gesagt|pues|bueno|bah|boh|mah|alors|enfim|ora|na\s+ja)\s+)"
)

# --- living fronted and refused: "a vivere non ci tengo più", "di vivere non ne ho più voglia" --
# the infinitive named first, then taken up by a pronoun with the refusal
_LIVING_FRONTED = {
    "it": r"\b(?:a|di)\s+vivere\s+(?:io\s+)?non\s+(?:ci\s+tengo|ne\s+ho)\s+piu\b"
    r"|\b(?:a|di)\s+vivere\s+(?:io\s+)?non\s+(?:ne\s+)?ho\s+piu\s+voglia\b"
    # the wish said with "andare" or "apetecer": "di vivere non mi va più"
    r"|\bdi\s+vivere\s+(?:io\s+)?(?:proprio\s+)?(?:non|nn)\s+mi\s+va\s+piu\b"
    rf"|{_CLAUSE_HEAD}vivere,?\s+(?:io\s+)?(?:proprio\s+)?(?:non|nn)\s+mi\s+va\s+piu\b",
    "es": r"\bde\s+vivir\s+(?:yo\s+)?(?:ya\s+)?no\s+(?:tengo\s+(?:mas\s+)?ganas|me\s+apetece)\b"
    rf"|{_CLAUSE_HEAD}vivir,?\s+(?:yo\s+)?(?:ya\s+)?no\s+(?:tengo\s+(?:mas\s+)?ganas|me\s+apetece)\b",
    "pt": r"\bde\s+viver\s+(?:eu\s+)?(?:ja\s+)?nao\s+tenho\s+(?:mais\s+)?vontade\b"
    rf"|{_CLAUSE_HEAD}viver,?\s+(?:eu\s+)?(?:ja\s+)?nao\s+(?:tenho\s+(?:mais\s+)?vontade"
    r"|me\s+apetece)\b",
    # (the refusal said with "vouloir" as well as "avoir envie": "vivre, franchement, j'en veux
    # plus")
    "fr": r"\bvivre,?\s+(?:(?:moi|franchement|honnetement|sincerement|bon|bref),?\s+){0,2}"
    r"(?:je\s+n'?\s*|j'?\s*)en\s+(?:ai\s+plus\s+envie|veux\s+plus)\b",
    # German puts the object first as a matter of course: "Leben will ich nicht mehr"
    "de": rf"{_CLAUSE_HEAD}leben\s+(?:will|mag|mo(?:e)?chte)\s+ich\s+(?:eigentlich\s+|echt\s+)?"
    r"(?:nicht\s+mehr|nimmer|nicht\s+la(?:e)?nger)\b(?!\s+(?:in|hier|dort|da|bei|mit|allein|so)\b)",
}
_LIVING_GATE = {"it": "vivere", "es": "vivir", "pt": "viver", "fr": "vivre", "de": "leben"}

# --- German first person: the clipped verb, "selber" ---------------------------------------------
_DE_SELF_ACT = {
    "de": rf"\bich\s+mich\s+(?:{_NOT_A_DENIAL}\w+\s+){{0,2}}?"
    r"(?:umbringe?|erha(?:e)?nge?|aufha(?:e)?nge?|erschiesse?)\b"
    rf"|\bmich\s+(?:{_NOT_A_DENIAL}\w+\s+){{0,3}}?selber\s+(?:umbringen|umzubringen|umbring"
    r"|umbringe|to(?:e)?ten"
    r"|zu\s+to(?:e)?ten|erha(?:e)?ngen|aufha(?:e)?ngen|erschiessen|zu\s+erschiessen)\b"
    rf"|\bmir\s+(?:{_NOT_A_DENIAL}\w+\s+){{0,2}}?selber\s+das\s+leben\s+(?:zu\s+)?"
    r"(?:nehmen|nehm|nehme)\b",
}
_DE_SELF_GATE = {"de": "mich|selber"}

# --- the pronoun before the wish: "mi voglio impiccare", "me quero matar" ----------------------
# Italian and Portuguese put the reflexive before the modal as often as after the infinitive
# ("mi voglio togliere la vita" = "voglio togliermi la vita"); throwing oneself needs the place
# or the means, so "mi voglio buttare sul divano" stays a sofa
_CLITIC_FIRST = {
    "it": r"\bmi\s+(?:voglio|vorrei|volevo|vado\s+a|devo|sto\s+per|viene\s+da)\s+"
    r"(?:(?:proprio|davvero|solo|quasi)\s+)?(?:ammazzare|uccidere|impiccare|suicidare|avvelenare"
    r"|sparare|togliere\s+la\s+vita|tagliare\s+le\s+vene|(?:buttare|gettare|lanciare)\s+"
    r"(?:giu\s+)?(?:dal|dalla|dallo|da\s+un[ao]?|sotto\s+(?:il|un|al)|nel\s+(?:fiume|vuoto|lago)"
    r"|in\s+(?:mare|un\s+fiume|un\s+burrone)))\b",
    "pt": r"\bme\s+(?:quero|queria|vou|ia|apetece|da\s+vontade\s+de)\s+(?:(?:mesmo|logo|so)\s+)?"
    r"(?:matar|enforcar|suicidar|envenenar|tirar\s+a\s+vida|cortar\s+os\s+pulsos)\b",
}
_CLITIC_GATE = {"it": "mi ", "pt": "me "}
# --- not wanting to be alive any more: "não quero mais estar viva", "non voglio più essere viva"
_NOT_ALIVE = {
    "pt": r"\b(?:ja\s+)?nao\s+(?:quero|queria|aguento)\s+(?:mais\s+)?(?:estar|ficar|continuar"
    r"|seguir)\s+(?:mais\s+)?viv[oa]\b(?!\s+(?:(?:pra|para)\s+ver|quando|no\s+dia))",
    "it": r"\bnon\s+(?:voglio|vorrei|volevo)\s+(?:piu\s+)?(?:essere|stare|restare|rimanere)"
    r"\s+(?:piu\s+)?viv[oa]\b(?!\s+(?:per\s+vedere|quando|il\s+giorno))",
}
# (not "alive to see it", "alive when it happens": a dread of a day, said large)
_NOT_ALIVE_GATE = {"pt": "viv", "it": "viv"}

# --- a time, the others away, the writer going to a high place or a water's edge ----------------
_TIME = {
    "de": r"\b(?:am\s+)?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen"
    r"|heute\s+nacht|heut\s+nacht|na(?:e)?chste\s+woche|am\s+wochenende|silvester)\w*\b",
    "fr": r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce\s+soir"
    r"|cette\s+nuit|la\s+semaine\s+prochaine|ce\s+week-end|le\s+\d{1,2})\b",
    "es": r"\b(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|esta\s+noche"
    r"|la\s+semana\s+que\s+viene|el\s+finde|el\s+fin\s+de\s+semana|el\s+\d{1,2})\b",
    "pt": r"\b(?:segunda|terca|quarta|quinta|sexta|sabado|domingo|amanha|hoje\s+a\s+noite"
    r"|esta\s+noite|semana\s+que\s+vem|no\s+fim\s+de\s+semana|dia\s+\d{1,2})\b",
    "it": r"\b(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|domani|stanotte"
    r"|stasera|la\s+settimana\s+prossima|nel\s+weekend|il\s+\d{1,2})\b",
}
# "when they are all at the feast / asleep", "when nobody is home", a verb allowed before "all"
_ALL_AWAY = {
    "de": r"\b(?:wenn|wa(?:e)?hrend|sobald)\s+(?:(?:die|sie|ihr)\s+)?(?:alle|die\s+anderen"
    r"|das\s+ganze\s+(?:dorf|haus)|keiner|niemand|die\s+familie)\b",
    "fr": r"\b(?:quand|pendant\s+que|lorsque|alors\s+que)\s+(?:tout\s+le\s+monde|(?:ils|elles)"
    r"\s+(?:seront|sont)\s+tou(?:te)?s|tous|personne|le\s+village|la\s+famille)\b",
    "es": r"\b(?:cuando|mientras)\s+(?:(?:esten|estan|se\s+vayan|vayan|duerman)\s+)?(?:todos"
    r"|todo\s+el\s+mundo|nadie|el\s+pueblo|la\s+familia)\b",
    "pt": r"\b(?:quando|enquanto)\s+(?:(?:estiverem|estao|tao|forem|sairem|dormirem)\s+)?(?:todos"
    r"|todo\s+(?:o\s+)?mundo|ninguem|a\s+familia|a\s+cidade)\b",
    "it": r"\b(?:quando|mentre)\s+(?:(?:sono|saranno|sara|stanno|dormono|escono)\s+)?(?:tutti"
    r"|nessuno|il\s+paese|la\s+famiglia)\b",
}
_I_GO = {
    "de": r"\b(?:(?:fahr|fahre|geh|gehe|lauf|laufe|steig|steige|kletter|klettere|radel)\s+ich"
    r"|ich\s+(?:fahr|fahre|geh|gehe|lauf|laufe|steig|steige|kletter|klettere))\b",
    "fr": r"\b(?:je\s+(?:vais|pars|monte|monterai|file|marcherai|descends|descendrai)"
    r"|j'?\s*irai)\b",
    "es": r"\b(?:(?:me\s+)?voy|(?:me\s+)?ire|subo|subire|bajo|bajare|camino|me\s+subo)\b",
    "pt": r"\b(?:(?:eu\s+)?vou|irei|subo|subirei|desco|descerei)\b",
    "it": r"\b(?:vado|andro|salgo|saliro|scendo|me\s+ne\s+vado)\b",
}
_PLACE = {
    "de": r"(?:bru(?:e)?cke|talbru(?:e)?cke|viadukt|klippe\w*|kliff|steilku(?:e)?ste|gleis\w*"
    r"|schienen|bahndamm|staudamm|talsperre|steinbruch|hochhaus|dach|turm|kirchturm|felsen"
    r"|abgrund|schlucht|mole|seebru(?:e)?cke|pier|steg|kaimauer|kai|hafenmauer|schleuse|wehr)",
    "fr": r"(?:pont|viaduc|falaise|voies?\s+ferrees?|rails|barrage|toit|tour|clocher|carriere"
    r"|precipice|ravin|jetee|quai|digue|ecluse|rocher|rochers)",
    "es": r"(?:puente|viaducto|acantilado|vias|rieles|presa|azotea|tejado|torre|campanario"
    r"|cantera|barranco|precipicio|quebrada|risco|muelle|espigon|escollera|pena|penasco)",
    "pt": r"(?:ponte|viaduto|falesia|penhasco|arriba|trilhos|linha\s+do\s+trem|barragem|terraco"
    r"|telhado|torre|pedreira|precipicio|ribanceira|abismo|cais|molhe|pier|rochedo"
    r"|cabo(?!\s+de\s+(?:\d|um|uma|dois|duas|tres|muito|pouco|anos|meses|semanas|dias|horas)))",
    "it": r"(?:ponte|viadotto|scogliera|binari|diga|tetto|terrazzo|torre|campanile|cava"
    r"|burrone|precipizio|dirupo|strapiombo|rupe|molo|pontile|banchina|faraglion\w*)",
}
# what the writer goes there to do, or with whom: an outing, not a plan
_OUTING = (
    r"(?![^.!?\n]*\b(?:spazier\w*|picknick|angeln|foto\w*|baden|schwimm\w*|jogg\w*|rauch\w*"
    r"|lesen|sonnenunter\w*|feuerwerk|segel\w*|boot|freund\w*|mit\s+(?:dir|euch|ihm|ihr|den|der)"
    r"|balade|pique-nique|pech\w*|photos?|baign\w*|nager|feu\s+d'?\s*artifice|coucher\s+de"
    r"|fumer|lire|bateau|copain\w*|copine\w*|avec|paseo|picnic|pesca\w*|fotos?|banar\w*|nadar"
    r"|fuegos|atardecer|fumar|leer|barco|amig\w*|con|passeio|piquenique|pescar|nadar|banho"
    r"|fogos|por\s+do\s+sol|ler|com|passeggi\w*|bagno|nuotare|fuochi|tramonto|fumare|leggere"
    r"|barca|amic\w*|insieme|zusammen|ensemble|juntos|juntas|guardare|schauen|gucken|voir|ver"
    r"|mirar)\b)"
)
# the place's name (not an infinitive: "aufs Dach, Sterne gucken"), and a particle
_NAME = (
    r"(?:\s+(?:de|do|da|del|de\s+la|di|della|dello|sur\s+la|sur\s+le|sur\s+l'|du|des|von|am"
    r"|an\s+der|der|sul|sulla|sopra)?\s*(?![\w'-]*(?:en|eln|ern|ar|er|ir|re)\b)[\w'-]+){0,3}"
    r"(?:\s+(?:runter|rauf|hoch|hinauf|hinunter|raus|hinaus|hin|abajo|arriba|su|giu|la|dort))?"
)
_SETTLED = (
    r"(?=\s*(?:$|[.!?\n]))|\s*,?\s*(?:das\s+steht\s+fest|(?:und\s+)?(?:aus|schluss)(?=\s*[.!?\n]|$)"
    r"|c'?\s*est\s+decide|(?:ya\s+)?esta\s+decidido|(?:ja\s+)?esta\s+decidido|e\s+pronto"
    r"|e\s+basta|punto|und\s+dann\s+ist\s+schluss|(?:e|y|et|und)\s+(?:la\s+finisco|la\s+faccio"
    r"\s+finita|la\s+chiudo|acabo\s+con\s+todo|acabo\s+com\s+tudo|j'?\s*en\s+finis|c'?\s*est\s+fini"
    r"|mach\s+schluss|se\s+acabo|acabou|basta|fim|fini|ende))"
)
_TIME_AWAY_GO = {
    lang: rf"{_START}{_S}*?{_TIME[lang]}{_S}{{0,80}}?{_ALL_AWAY[lang]}{_S}{{0,70}}?"
    rf"(?:{_I_GO[lang]}){_OUTING}{_S}{{0,25}}?\b{_PLACE[lang]}\b{_NAME}(?:{_SETTLED})"
    for lang in _LANGS
}
_TIME_AWAY_GATE = {
    "de": "wenn|wahrend|waehrend|sobald",
    "fr": "quand|pendant|lorsque|alors",
    "es": "cuando|mientras",
    "pt": "quando|enquanto",
    "it": "quando|mentre",
}

RULES: tuple[Rule, ...] = (
    _family(
        "wish_end_life",
        Category.SUICIDAL_IDEATION,
        _URG,
        _WISH_THEN_END,
        _WISH_GATE,
        inherent=False,
    )
    + _family("self_act_clipped", Category.SUICIDAL_IDEATION, _URG, _DE_SELF_ACT, _DE_SELF_GATE)
    + _family(
        "attempt_end_life",
        Category.SUICIDAL_IDEATION,
        _URG,
        _ATTEMPT_END,
        _ATTEMPT_GATE,
        inherent=False,
        past=True,
    )
    + _family(
        "wish_zu", Category.SUICIDAL_IDEATION, _URG, _DE_WISH_ZU, _DE_WISH_ZU_GATE, inherent=False
    )
    + _family(
        "think_often", Category.SUICIDAL_IDEATION, _URG, _THINK_OFTEN, _THINK_GATE, inherent=False
    )
    + _family(
        "not_live_before",
        Category.SUICIDAL_IDEATION,
        _URG,
        _NOT_LIVE_BEFORE,
        _NOT_LIVE_GATE,
        inherent=False,
    )
    + _family(
        "living_fronted",
        Category.SUICIDAL_IDEATION,
        _URG,
        _LIVING_FRONTED,
        _LIVING_GATE,
        inherent=False,
    )
    + _family(
        "idea_of_killing",
        Category.SUICIDAL_IDEATION,
        _URG,
        _IDEA_OF_KILLING,
        _IDEA_GATE,
        inherent=False,
    )
    + _family(
        "clitic_first",
        Category.SUICIDAL_IDEATION,
        _URG,
        _CLITIC_FIRST,
        _CLITIC_GATE,
        inherent=False,
    )
    + _family("not_alive", Category.SUICIDAL_IDEATION, _URG, _NOT_ALIVE, _NOT_ALIVE_GATE)
    + _family(
        "time_away_high_place",
        Category.PLAN_OR_METHOD,
        _URG,
        _TIME_AWAY_GO,
        _TIME_AWAY_GATE,
        inherent=False,
    )
    # the life said first and a pronoun standing for it (``rules_romance_dislocation``)
    + rules_romance_dislocation.RULES
    # pain that will not let go, and the writer shut inside it (``rules_intl_pain_holds``)
    + rules_intl_pain_holds.RULES
    # the writer's future said to be over (``rules_intl_future_over``)
    + rules_intl_future_over.RULES
)

__all__ = ["RULES"]
