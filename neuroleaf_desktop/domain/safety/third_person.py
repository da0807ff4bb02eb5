"""Whose act a matched phrase tells, read from the grammar just before it: someone else's.

Why: a rule reads the act ("cut", "tried to end it", "voleva farla finita"), not who did it.
The words right before it often say it was someone else: a third-person reflexive ("mein
Bruder hat *sich* geritzt", "ma copine *s'est* scarifiée"), a third-person subject ("*elle*
veut en finir", "my cousin Deano tried to end things"), a clause opened by someone named by a
noun ("lad off the shop floor tried to end it"). A phrase that names the writer as its own
subject ("ich", "je", "matarme") stays the writer's whatever came before. The detector asks
these after the clause and sentence are cut (``context``); ``someone_else`` reads a whole entry
with the same first-person words.
"""

from __future__ import annotations

import re

from neuroleaf_desktop.domain.safety.rules import FLAGS

# A reflexive pronoun of the third person just before the phrase ("mein Bruder hat *sich*
# geritzt", "ma copine *s'est* scarifiée", "mi prima *se* cortaba"): someone else's act.
_HARM_VERBS = (
    # ("fer" is to wound, never "ferma", "fermo": to stop, firm)
    r"(?:cort|quem|queim|lastim|machuc|golpe|mat|suicid|hiri|hier|fer(?!m)|tom|ahorc|enforc|tagli"
    r"|bruci|uccis|ammazz|scarifi|coup|bless|brul|tu|mutil|pend|jet|ritz|schnitt|schneid|verletz"
    r"|umgebracht|umzubringen|getotet|getoetet|schlitz|kratz|verbr(?:a|e)nn"
    # "se autolesiona", "si autolesiona", "s'automutile": the self-harm verb of every language
    r"|autoles|automutil)\w*\b"
    # … not "se mata de trabalhar", "se mata trabajando", "si ammazza di lavoro": working or
    # studying oneself to death is an idiom of effort
    r"(?!\s+(?:(?:de|a|di|au|del)\s+)?(?:trabalh|trabaj|estud|lavor|travail|studi|fatig|chamb"
    r"|labur)\w*)"
)
_THIRD_REFLEXIVE: dict[str, re.Pattern[str]] = {
    # (a separable prefix before the participle: "hat sich die Arme aufgeschnitten", "sich das
    # Gesicht zerkratzt")
    "de": re.compile(
        rf"\bsich\s+(?:\S+\s+){{0,3}}(?:auf|zer|an|ein|durch)?(?:ge)?{_HARM_VERBS}", FLAGS
    ),
    "fr": re.compile(
        rf"\b(?:s'(?:est|etait|etaient|sont)\s+(?:\w+\s+)?|se\s+){_HARM_VERBS}", FLAGS
    ),
    # "se quería morir": the pronoun of "quererse morir" is his or hers (mine is "me")
    "es": re.compile(
        rf"\bse\s+(?:\w+\s+)?{_HARM_VERBS}|\bse\s+(?:queria|quiere|quiso|quisiera)\s+morir\b", FLAGS
    ),
    # … and "tentou tirar a própria vida": "própria" is no one's, the verb before it is his
    "pt": re.compile(
        rf"\bse\s+(?:\w+\s+)?{_HARM_VERBS}|\b\w+ou-se\b|\b(?:tentou|tentaram|quis|quiseram"
        r"|queria|pensou\s+em|pensa\s+em|decidiu|resolveu|ameacou|ameaca)\s+(?:\w+\s+)?"
        r"(?:tirar|acabar\s+com)\s+a\s+(?:propria|sua)\s+vida\b",
        FLAGS,
    ),
    "it": re.compile(rf"\b(?:si|s')\s*(?:e|era|erano|sono|stava|stavano)?\s+{_HARM_VERBS}", FLAGS),
}


def third_person_reflexive(clause_prefix: str, phrase: str, lang: str) -> bool:
    """Only the words just before the phrase and the phrase itself are read."""
    pattern = _THIRD_REFLEXIVE.get(lang)
    return pattern is not None and pattern.search(clause_prefix[-50:] + phrase) is not None


# --- English, German and French: a third-person subject pronoun right before a phrase that has no
# first-person word of its own ("mein Sohn hat gesagt, *er* wäre lieber tot", "*elle* veut en
# finir"): the words are about him or her even when the rule's wording has no pronoun.
_THIRD_SUBJECT: dict[str, re.Pattern[str]] = {
    # English too: "found after *he* tried to end it", "*she* finally tried to kill herself"
    "en": re.compile(
        r"\b(?:he|she)\s+(?:\w+\s+)?$"
        # … or a person named by their tie to the writer, with or without their name: "my
        # cousin Deano tried to end things", "our lad finally tried", "wor Shaz attempted"
        # ("wor" is "our" in the north-east; not "my cousin and I", whose act is the writer's)
        r"|\b(?:my|our|wor|me|his|her|their)\s+(?:[\w']+\s+)?(?:cousin|brother|sister|bro|sis"
        r"|mate|friend|buddy|pal|mum|mom|mam|mother|dad|father|son|daughter|lad|lass|boy|girl"
        r"|kid|nephew|niece|uncle|aunt|auntie|nan|gran|grandad|grandpa|grandma|granddad"
        r"|husband|wife|partner|boyfriend|girlfriend|ex|fiance\w*|neighbou?r|colleague"
        r"|roommate|flatmate|housemate|classmate|workmate|student|client|patient"
        r"|team-?mate|squad-?mate|ship-?mate|band-?mate|cell-?mate|bunk-?mate|lodger|tenant)s?"
        r"(?:\s+(?!(?:and|i|me|we|you|they|then|so|but|when|after)\b)[a-z]+)?\s+"
        r"(?:(?:finally|actually|nearly|almost|once|also|even|apparently|just|already|\w+ly)\s+)?$",
        FLAGS,
    ),
    # (English only before an act of his or hers: not "she didn't know it was goodbye", the
    # writer's goodbye she did not see)
    # German: "er/sie" or a relative named with "mein/unser", then at most two words that are
    # not the writer ("er will nur …", "mein Bruder will einfach …"; not "meine Frau und ich …")
    "de": re.compile(
        r"(?:\b(?:er|sie)|\b(?:mein|meine|unser|unsere)\s+(?:bruder|schwester|mutter|mama|vater"
        r"|papa|sohn|tochter|freund|freundin|kumpel|cousin|cousine|onkel|tante|oma|opa|mann|frau"
        r"|nachbar|nachbarin|kollege|kollegin|schwager|schwagerin|neffe|nichte|enkel|enkelin)"
        r"(?:\s+[a-z]+)?)\s+(?:(?!(?:ich|und|mich|mir|wir)\b)\w+\s+){0,2}$",
        FLAGS,
    ),
    "fr": re.compile(
        r"\b(?:il(?!\s+(?:y|n'y|faut|fait|pleut))|elle|ils|elles)\s+(?:\w+\s+)?$", FLAGS
    ),
    # Italian drops the pronoun, but these forms can only be his or hers (the writer's are
    # "volevo", "pensavo", "ho tentato"): "aveva scritto che voleva farla finita"
    "it": re.compile(
        r"\b(?:voleva|vuole|vorrebbe|pensava\s+di|pensa\s+di|minacciava\s+di|ha\s+tentato\s+di"
        r"|aveva\s+tentato\s+di|cercava\s+di|ha\s+cercato\s+di|stava\s+per)\s+$",
        FLAGS,
    ),
    # Portuguese and Spanish: a relative or friend opening the clause as its subject, before a
    # verb form that may be the writer's too ("o meu avô andava a juntar os remédios", "mi
    # abuelo guardaba las pastillas"); not before "que" ("a minha mãe acha que …"), and not
    # inside the clause, where the relative is an object or the subject of a clause within it
    # ("escribí a mi mamá una carta", "sei onde o meu tio guarda a chave")
    "pt": re.compile(
        r"^\s*(?:(?:e|mas|pois|entao)\s+)?(?:o|a|os|as)\s+(?:meu|minha|meus|minhas|nosso|nossa)\s+(?:avo|avos|pai|mae|irmao"
        r"|irma|filh[oa]|ti[oa]|prim[oa]|marido|mulher|espos[oa]|namorad[oa]|amig[oa]|vizinh[oa]"
        r"|colega|sogr[oa]|cunhad[oa]|net[oa]|padrasto|madrasta)s?(?:\s+[a-z]+)?\s+"
        r"(?:(?!(?:que|se|quando|porque|mas|e|eu|me|acha|diz|disse)\b)\w+\s+){0,2}$",
        FLAGS,
    ),
    "es": re.compile(
        r"^\s*(?:(?:y|pero|pues|entonces)\s+)?(?:mi|mis|nuestr[oa]s?)\s+(?:abuel[oa]|padre|madre|papa|mama|herman[oa]|hij[oa]|ti[oa]"
        r"|prim[oa]|marido|mujer|espos[oa]|novi[oa]|amig[oa]|vecin[oa]|companer[oa]|suegr[oa]"
        r"|cunad[oa]|niet[oa])s?(?:\s+[a-z]+)?\s+"
        r"(?:(?!(?:que|si|cuando|porque|pero|y|yo|me|cree|dice|dijo)\b)\w+\s+){0,2}$",
        FLAGS,
    ),
}
_FIRST_PERSON: dict[str, re.Pattern[str]] = {
    "pt": re.compile(r"\b(?:eu|me|mim|meu|minha|meus|minhas|comigo)\b", FLAGS),
    "es": re.compile(r"\b(?:yo|me|mi|mis|conmigo)\b", FLAGS),
    "en": re.compile(r"\b(?:i|i'm|im|i've|i'd|i'll|me|my|myself|mine)\b", FLAGS),
    "de": re.compile(r"\b(?:ich|mich|mir|mein\w*|i)\b", FLAGS),
    "fr": re.compile(r"\b(?:je|me|moi|mon|ma|mes)\b|\b[jm]'", FLAGS),
    "it": re.compile(r"\b(?:io|mi|me|mio|mia|miei|mie)\b|\b\w+(?:ar|er|ir)mi\b", FLAGS),
}


_ENGLISH_ACT = re.compile(
    r"(?:tried|tries|attempted|attempts|took|takes|cut|cuts|overdosed|jumped|hanged|hung|wants"
    r"|wanted|planned|plans|is|was)\b",
    FLAGS,
)


def third_person_subject(clause_prefix: str, phrase: str, lang: str) -> bool:
    """A German, French or English phrase whose subject is "er/sie", "il/elle" or "he/she"
    just before it, or an Italian one after a verb form only he or she can have said."""
    subject = _THIRD_SUBJECT.get(lang)
    first = _FIRST_PERSON.get(lang)
    if subject is None or first is None or first.search(phrase):
        return False
    if lang == "en" and not _ENGLISH_ACT.match(phrase):
        return False
    return subject.search(clause_prefix[-40:]) is not None


# A clause that opens with someone named by a noun, not a pronoun, and where they are from:
# "lad off the shop floor at Bolton tried to end it", "a woman from church attempted", "the
# old boy next door tried". The writer is never the subject of such a clause, unless the
# sentence joined them to it just before ("me and a lad from work tried").
_NAMED_PERSON_OPENS = re.compile(
    r"^\s*(?:(?:heard|found\s+out|turns\s+out|apparently|news\s+that)\s+(?:today\s+|yesterday\s+"
    r"|this\s+\w+\s+)?(?:that\s+)?)?"
    r"(?:(?:the|a|an|this|that|one|some|another|poor|some\s+poor)\s+)?(?:[\w'-]+\s+)?"
    r"(?:lad|lass|bloke|guy|fella|fellow|chap|gent|geezer|man|woman|lady|girl|boy|kid|teen"
    r"|teenager|youngster|someone|somebody|colleague|co-?worker|workmate|neighbou?r|friend"
    r"|mate|pal|buddy|student|pupil|patient|client|customer|member|person|cousin|uncle|aunt"
    r"|auntie"
    # people named by what they share with the writer or by their role: "a teammate overdosed",
    # "one of the lodgers tried"
    r"|team-?mate|squad-?mate|ship-?mate|band-?mate|cell-?mate|inmate|bunk-?mate|house-?mate"
    r"|flat-?mate|room-?mate|class-?mate|school-?mate|course-?mate|player|soldier|squaddie"
    r"|veteran|lodger|tenant|resident|relative|acquaintance|coach|nurse|doctor|teacher)s?\b"
    r"(?:\s+next\s+door|\s+(?:off|from|at|in|on|of|down|up|across|over|near|by|round|around"
    r"|with)\b(?:\s+(?!(?:i|i'm|i've|i'd|i'll|and)\b)[\w'-]+){1,6})?"
    r"\s+(?:(?:finally|actually|nearly|almost|once|also|even|apparently|just|already|\w+ly)\s+)?$",
    FLAGS,
)
_WRITER_JOINED = re.compile(r"\b(?:me|i|myself)\s+(?:and|&|n|an')\s*$|\bwith\s+me\s*$", FLAGS)


def named_person_subject(clause_prefix: str, sentence_prefix: str, phrase: str) -> bool:
    """An English act whose clause opens with someone named by a noun ("lad off the shop floor
    at Bolton tried to end it"): someone else's, as "he tried" is."""
    if _FIRST_PERSON["en"].search(phrase) or not _ENGLISH_ACT.match(phrase):
        return False
    if not _NAMED_PERSON_OPENS.search(clause_prefix):
        return False
    before = sentence_prefix[: len(sentence_prefix) - len(clause_prefix)]
    return _WRITER_JOINED.search(before) is None


# --- German and French: the phrase names its own subject, the writer ("…fusil dans son garage
# et *je* sais où est la clé"): an earlier "mon père" is the gun's owner, not the subject.
_OWN_SUBJECT: dict[str, re.Pattern[str]] = {
    "de": re.compile(r"\bich\b", FLAGS),
    "fr": re.compile(r"\bje\b|\bj'", FLAGS),
    # Spanish, Portuguese, Italian: a first-person clitic on the infinitive ("quitarme la vida",
    # "me matar", "togliermi la vita") makes a run-on entry's earlier "mi hermana" a companion,
    # not the subject
    # … or the first-person auxiliary ("las he escondido", "le ho nascoste")
    "es": re.compile(r"\b\w+(?:ar|er|ir)me\b|\bhe\s+\w+(?:ado|ido)\b", FLAGS),
    "pt": re.compile(r"\bme\s+\w+(?:ar|er|ir)\b|\b\w+(?:ar|er|ir)-me\b", FLAGS),
    "it": re.compile(r"\b\w+(?:ar|er|ir)mi\b|\bho\s+\w+", FLAGS),
}


def own_subject_in_phrase(phrase: str, lang: str) -> bool:
    """A phrase with "ich" / "je" or a first-person clitic ("matarme") is the writer's own."""
    pattern = _OWN_SUBJECT.get(lang)
    return pattern is not None and pattern.search(phrase) is not None


#: The writer's own words and clitics per language, for the reading of a whole entry as about
#: someone else (``someone_else``).
FIRST_PERSON, OWN_SUBJECT = _FIRST_PERSON, _OWN_SUBJECT
