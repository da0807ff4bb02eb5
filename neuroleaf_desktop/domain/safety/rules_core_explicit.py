"""Explicit statements read from their grammar, not their exact shape, in all six languages.

Why: a wish to die is said in more ways than any list of phrases holds ("all i want is to put
myself in the ground", "si je me foutais en l'air", "se mi ammazzassi", "penso sempre più
spesso a togliermi la vita"). Rather than one more shape each, these rules read three parts:

* a core predicate: dying, not existing, ending one's life, in its inflections and colloquial
  synonyms (``_EN_CORE``; in the other languages the self-directed verbs below);
* whose act it is: the writer. Reflexive-only predicates ("togliermi la vita", "suicidarme",
  "me foutre en l'air", "mir das Leben nehmen") can only be the writer's own act, so they need
  nothing more. Transitive ones ("kill me": "me mata", "mi ammazza", "bringt mich um") are read
  only in a first-person inflection ("me mato", "mi ammazzassi", "je me tue", "bring mich um")
  and are judged by the nearest subject (``context``), so "mi madre me va a matar" stays
  someone else's figure of speech;
* a frame that makes it a wish or a thought (English "want / wish / need / ready / all i want
  is"), with no negation word inside it: a negation before it is judged by ``negation``.

Figurative uses of the same verbs ("me mato a estudiar", "mi ammazzo di lavoro", "je me tue à
le dire") are excluded inside the rules; the rest (jokes, someone else) is judged in context.
Text is case- and accent-folded first. Every rule has a ``gate``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import Rule, rule

_SI = Category.SUICIDAL_IDEATION
_URG = Severity.URGENT

#: English: wishing to be dead, not to exist, said plainly or in the colloquial ways people
#: write it (a passive wish: "concern").
_EN_DEAD = (
    r"(?:die|be\s+dead|be\s+gone\s+for\s+good|not\s+(?:be\s+(?:alive|here)\s+anymore|be\s+alive"
    r"|exist|wake\s+up)|stop\s+(?:existing|breathing)|cease\s+to\s+exist|never\s+wake\s+up"
    r"|be\s+(?:in\s+the\s+ground|six\s+feet\s+under|in\s+(?:a|my)\s+(?:grave|coffin|box))"
    r"|disappear\s+(?:for\s+good|forever|permanently))"
)
#: … and ending one's own life (active ideation: "urgent"). A bare "end it" or "end things" is
#: left out: it ends relationships and jobs as often.
_EN_KILL = (
    r"(?:end\s+(?:it\s+all|my\s+(?:own\s+)?life|myself)|kill\s+myself|top\s+myself"
    r"|off\s+myself|unalive\s+myself|do\s+myself\s+in|finish\s+myself\s+off"
    r"|take\s+my\s+(?:own\s+)?life"
    r"|put\s+myself\s+(?:in(?:to)?\s+(?:the|my|an\s+early)\s+(?:ground|grave)|six\s+feet\s+under"
    r"|out\s+of\s+my\s+misery))"
)
# The wish ends there, or goes on with a word that keeps it a wish ("… tonight", "… so badly"),
# not "die of embarrassment", "die laughing", "end it all with him".
_WISH_END = (
    r"(?=\s*(?:$|[.!?,;:)\"\n]|-|and\b|but\b|so\b|tonight\b|now\b|already\b|anymore\b"
    r"|honestly\b|lately\b|some\s+days\b|sometimes\b|every\s+day\b))"
)
# The frame: a wish, a need, a readiness ("all i want is to", "i'm ready to", "i wish i could").
# The match starts at the verb; whose wish it is and whether a negation comes before it are
# judged in context (the nearest subject, ``negation``), as for every rule without "I" in it.
_FRAME = (
    r"\b(?:want|wanted|wanna|wish|need|long|crave|ready|planning|plan|intend|tempted)"
    r"(?:\s+is)?\s+(?:to\s+|i\s+could\s+)?(?:just\s+)?"
)
# A voice or the writer's own head telling them to die ("the wee voice in my head keeps saying
# just end it", "my brain keeps telling me to kill myself").
_EN_VOICE = (
    r"\b(?:voices?|my\s+(?:head|brain|mind|thoughts))\b[^.!?\n]{0,30}?\b(?:keeps?\s+|kept\s+)?"
    r"(?:saying|telling\s+me|says|tells\s+me|whispering|whispers|screaming|screams)\s+(?:to\s+)?"
    r"(?:just\s+)?(?:end\s+it(?:\s+all)?|kill\s+(?:yourself|myself)|die|you\s+should\s+(?:die"
    r"|be\s+dead))\b" + _WISH_END
)

#: Reflexive-only predicates: only the writer can do them ("togliermi la vita"). "acabar
#: comigo" after a third person's verb is that person or thing finishing the writer off or
#: leaving them ("esse calor vai acabar comigo", "ella va a acabar conmigo"), not the act.
_REFLEXIVE = {
    "fr": r"\bme\s+(?:suicid\w*|fou(?:s|tais|trais|terai|tre|te)\s+en\s+l'?air|pend(?:s|re|rais"
    r"|rai|ais)\b)|\bm'?\s*en\s+finir\b|\bmettre\s+fin\s+a\s+mes\s+jours\b",
    "it": r"\b(?:togliermi|mi\s+(?:tolgo|toglierei|togliessi|togliero))\s+la\s+vita\b"
    r"|\b(?:suicidarmi|impiccarmi)\b|\bmi\s+(?:suicid|impicc)(?:o|erei|assi|hero|avo)\b",
    "es": r"\b(?:quitarme|me\s+(?:quito|quitaria|quitara|quitase|quitare))\s+la\s+vida\b"
    r"|\b(?:suicidarme|ahorcarme)\b|\bme\s+(?:suicid|ahorc|ahorqu)(?:o|aria|ara|ase|are|e)\b"
    r"|\b(?<!\bva\sa\s)(?<!\bvan\sa\s)(?<!\biba\sa\s)(?<!\bquiere\s)(?<!\bpuede\s)"
    r"acabar\s+conmigo"
    r"(?:\s+mism[oa])?\b",
    "pt": r"\btirar\s+(?:a\s+)?(?:minha\s+(?:propria\s+)?|propria\s+)vida\b"
    r"|\b(?:me\s+tirar|tirar-me)\s+a\s+vida\b|\b(?:suicidar-me|enforcar-me)\b"
    r"|\bme\s+(?:suicid|enforc)(?:ar|o|aria|asse|arei)\b"
    r"|\b(?<!\bvai\s)(?<!\bvao\s)(?<!\bia\s)(?<!\bquer\s)(?<!\bpode\s)acabar\s+comigo"
    r"(?:\s+mesm[oa])?\b",
    "de": r"\bmir\s+(?:selbst\s+|einfach\s+|doch\s+|endlich\s+)?das\s+leben\s+(?:zu\s+)?nehmen\b"
    r"|\b(?:nehm(?:e)?|na(?:e)?hme|nahm)\s+mir\s+das\s+leben\b"
    r"|\bmich\s+(?:selbst\s+)?(?:(?:zu\s+)?erha(?:e)?ngen|aufzuha(?:e)?ngen|aufha(?:e)?ngen"
    r"|zu\s+erschie(?:ss|s)en|erschie(?:ss|s)en)\b|\bsuizid\s+(?:zu\s+)?begehen\b",
}
_REFLEXIVE_GATE = {
    "fr": "suicid|air|pend|finir|jours",
    "it": "vita|suicid|impicc",
    "es": "vida|suicid|ahorc|ahorq|conmigo",
    "pt": "vida|suicid|enforc|comigo",
    "de": "leben|ha|erschie|suizid",
}
# The same verbs used as figures of speech: working, laughing, saying something again.
_NOT_FIGURE = {
    "fr": r"(?!\s+(?:a|au|aux|de)\b)",
    "it": r"(?!\s+(?:di|dal|dalle|dalla|a)\b)",
    "es": r"(?!\s+(?:a|de|del|con|por|trabajando|estudiando)\b)",
    "pt": r"(?!\s+(?:a|de|do|da|com|por|trabalhando|estudando)\b)",
    "de": r"(?!\s+(?:vor\s+lachen|vor\s+arbeit|mit\s+arbeit))",
}
#: Rather dead, in the conditional: "am liebsten wär ich tot", "je préférerais être morte",
#: "preferiría estar muerto", "preferia estar morta", "preferirei essere morto" (a passive wish).
_RATHER_DEAD = {
    "de": r"\b(?:am\s+liebsten|lieber)\s+wa(?:e)?re?\s+ich\s+(?:tot|nicht\s+mehr\s+da)\b"
    r"|\b(?:ich\s+wa(?:e)?re?|wa(?:e)?re?\s+ich)\s+(?:am\s+liebsten|lieber)\s+(?:tot|nicht\s+mehr"
    r"\s+da)\b",
    "fr": r"\bje\s+(?:prefererais|voudrais)\s+(?:plutot\s+)?etre\s+morte?\b",
    "es": r"\b(?:preferiria|querria|quisiera)\s+estar\s+muert[oa]\b",
    "pt": r"\b(?:preferia|preferiria|queria)\s+estar\s+mort[oa]\b",
    "it": r"\b(?:preferirei|vorrei)\s+essere\s+mort[oa]\b",
}
_RATHER_DEAD_GATE = {"de": "tot|mehr da", "fr": "mort", "es": "muert", "pt": "mort", "it": "mort"}
#: Transitive predicates in a first-person inflection: "je me tue", "mi ammazzassi", "me mato",
#: "eu me mato", "ich bring mich um". Judged by the nearest subject: not ``inherent``.
_FIRST_PERSON = {
    "fr": r"\bje\s+(?:(?!(?:ne|pas|jamais)\b)[\w']+\s+){0,2}?me\s+(?:tue|tuerais|tuerai|tuais)\b",
    "it": r"\bmi\s+(?:ammazz(?:o|erei|assi|ero)|uccid(?:o|erei|essi|ero))\b",
    # Accent-folded, "me mató" (it killed me: "ese examen me mató") reads as "me mato": the
    # first person must be said ("yo me mato") or the verb must follow "que" / "si".
    "es": r"\b(?:yo|que|si)\s+me\s+(?:mato|mataria|matara|matase|matare)\b",
    "pt": r"\b(?:eu|que|se)\s+me\s+(?:mato|mataria|matasse|matarei)\b",
    "de": r"\b(?:bring(?:e)?|bra(?:e)?chte|bringe)\s+(?:ich\s+)?mich\s+(?:\w+\s+){0,2}?um"
    r"(?=\s*(?:$|[.!?,;:\n]|und\b|weil\b|dann\b))"
    r"|\bich\s+(?:\w+\s+){0,2}?mich\s+(?:umbringe|umbringen|to(?:e)?ten)\b",
}
_FIRST_PERSON_GATE = {
    "fr": "tu",
    "it": "ammazz|uccid",
    "es": "mat",
    "pt": "mat",
    "de": "mich",
}
#: One step from the edge: standing at a height or a railway and thinking one step would end
#: it ("ich steh an der Bahnsteigkante und denk mir, ein Schritt und ich hätt endlich Ruhe").
#: Per language: (the place, one step, the peace or the end it would bring).
_ONE_STEP = {
    "en": (
        r"platform|edge|tracks|ledge|bridge|railing|roof|cliff|balcony",
        r"one\s+(?:little\s+|small\s+)?step",
        r"over|peace|quiet|gone|done|rest",
    ),
    "de": (
        r"bahnsteig\w*|gleis\w*|bru(?:e)?cke|kante|dach|klippe|balkon|gela(?:e)?nder",
        r"ein\s+(?:einziger\s+|kleiner\s+)?schritt",
        r"ruhe|vorbei|schluss|erlo(?:e)?st|weg",
    ),
    "fr": (
        r"quai|bord|pont|voies|toit|falaise|balcon|rambarde",
        r"un\s+(?:seul\s+|petit\s+)?pas",
        r"paix|fini|tranquill?\w*|calme",
    ),
    "es": (
        r"anden|borde|vias|puente|azotea|acantilado|balcon|barandilla",
        r"un\s+(?:solo\s+)?paso",
        r"paz|descans\w*|acab\w*|tranquil\w*",
    ),
    "pt": (
        r"plataforma|beira|trilhos|ponte|telhado|falesia|varanda|parapeito",
        r"um\s+(?:so\s+)?passo",
        r"paz|descans\w*|acab\w*|sossego",
    ),
    "it": (
        r"binari\w*|bordo|banchina|ponte|tetto|scogliera|balcone|parapetto",
        r"un\s+(?:solo\s+)?passo",
        r"pace|finit[oa]|riposo|tranquill\w*",
    ),
}


def _one_step(lang: str) -> str:
    place, step, peace = _ONE_STEP[lang]
    return rf"\b(?:{place})\b[^.!?\n]{{0,70}}?\b{step}\b[^.!?\n]{{0,40}}?\b(?:{peace})\b"


RULES: tuple[Rule, ...] = (
    rule(
        "en_core_wish",
        Category.DEATH_WISH,
        Severity.CONCERN,
        _FRAME + _EN_DEAD + r"\b" + _WISH_END,
        inherent=False,
        gate=r"die|dead|gone|exist|wake|breath|ground|under|grave|coffin|box|disappear|here|alive",
    ),
    rule(
        "en_core_intent",
        _SI,
        _URG,
        _FRAME + _EN_KILL + r"\b" + _WISH_END,
        inherent=False,
        gate=r"end|kill|myself|life",
    ),
    rule(
        "en_core_voice",
        _SI,
        _URG,
        _EN_VOICE,
        inherent=True,
        gate=r"voice|head|brain|mind|thought",
    ),
    *(
        rule(
            f"{lang}_core_one_step",
            _SI,
            _URG,
            _one_step(lang),
            inherent=True,
            lang=lang,
            gate=r"step|schritt|pas|passo",
        )
        for lang in _ONE_STEP
    ),
    *(
        rule(
            f"{lang}_core_reflexive",
            _SI,
            _URG,
            rf"(?:{_REFLEXIVE[lang]}){_NOT_FIGURE[lang]}",
            inherent=True,
            lang=lang,
            gate=_REFLEXIVE_GATE[lang],
        )
        for lang in _REFLEXIVE
    ),
    # "tirar a vida" with no "minha", "própria" or "me" names no one: "quero tirar a vida" is
    # the writer's, "o rapaz da dona Rosa tentou tirar a vida" the boy's, as the subject says.
    rule(
        "pt_core_life_taken",
        _SI,
        _URG,
        rf"\btirar\s+(?:a\s+)?vida\b{_NOT_FIGURE['pt']}",
        inherent=False,
        lang="pt",
        gate="vida",
    ),
    *(
        rule(
            f"{lang}_core_rather_dead",
            Category.DEATH_WISH,
            Severity.CONCERN,
            _RATHER_DEAD[lang],
            inherent=True,
            lang=lang,
            gate=_RATHER_DEAD_GATE[lang],
        )
        for lang in _RATHER_DEAD
    ),
    *(
        rule(
            f"{lang}_core_first_person",
            _SI,
            _URG,
            rf"(?:{_FIRST_PERSON[lang]}){_NOT_FIGURE[lang]}",
            inherent=False,
            lang=lang,
            gate=_FIRST_PERSON_GATE[lang],
        )
        for lang in _FIRST_PERSON
    ),
)
