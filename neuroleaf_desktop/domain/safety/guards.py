"""Look-ahead guards shared by phrase rules: what follows a phrase that makes it ordinary.

Why: the same everyday context clears phrases in several rule modules ("picked the date" for a
wedding, "ya sé cuándo y dónde" for a concert, "no puedo más" after leg day, not wanting to
live *in this town*). Writing the context once keeps the rules from drifting apart: a new
occasion added here clears every chosen-day rule at once. Each function returns a zero-width
look-ahead guard to append right after the words it guards; text is case- and accent-folded
first.
"""

from __future__ import annotations

# Occasions a day is chosen for, in six languages ("the venue is booked", "la fiesta", "la
# boda", "el concierto"): then "everything's ready" closes a party, not a plan.
_OCCASIONS = (
    r"venue|party|wedding|booked|guests|trip|holiday|birthday|christening"
    r"|reception|interview|exam|festa|fiesta|fete|feier|hochzeit|mariage|boda|casamento|matrimonio"
    r"|compleanno|cumpleanos|aniversario|anniversaire|geburtstag|viaje|viagem|viaggio|voyage"
    r"|reise|urlaub|vacances|vacaciones|ferias|vacanze|umzug|mudanza|trasloco|demenagement"
    r"|concert|concierto|konzert|concerto|gig|festival|show|market|\w*markt|mercado|mercato|marche|match"
    r"|partido|partita|spiel|jogo|game"
)

# A day chosen *around* someone else's occasion, so as not to spoil it ("after mum's birthday so
# i don't ruin it", "cuando todos estén en la fiesta"): the occasion then keeps the plan.
_AROUND = (
    r"(?:don'?t|do\s+not|won'?t|not\s+to)\s+(?:\w+\s+)?ruin|(?:while|when)\s+(?:everyone|everybody"
    r"|they)(?:'re|\s+are|\s+will\s+be)\s+(?:at|away|out)\b"
    r"|nicht\s+(?:\w+\s+){0,3}(?:verderbe|kaputtmache)|wenn\s+alle\s+(?:\w+\s+)?(?:auf|bei|beim|weg)\b"
    r"|ne\s+pas\s+(?:\w+\s+)?gacher|quand\s+tout\s+le\s+monde\s+sera\s+(?:a|au|parti)\b"
    r"|no\s+(?:\w+\s+)?(?:arruin|estrope)\w*|(?:cuando|mientras)\s+todos\s+(?:esten|estaran"
    r"|estan)\s+(?:en|fuera)\b"
    r"|nao\s+(?:\w+\s+)?estrag\w*|quando\s+todos\s+(?:estiverem|estao)\s+(?:na|no|em|fora)\b"
    r"|non\s+(?:\w+\s+)?rovin\w*|quando\s+(?:tutti\s+sono|sono\s+tutti)\s+(?:alla|al|fuori|via)\b"
)

# Physical exertion or sport in Spanish: "no puedo más con estas agujetas", "… hoy tocó pierna".
_EXERTION_ES = (
    r"gimnasio|gym|agujetas|pierna|piernas|entreno|entrenamiento|entrenar|entrene|correr|corri"
    r"|carrera|km|kilometros|maraton|pesas|sentadillas|crossfit|spinning|bici|cuestas?|subida"
    r"|caminata|senderismo|partido|futbol|padel|zumba|abdominales|cardio"
)
# What keeps "no puedo más" a sign whatever follows: "con esta vida", "con todo", or pain
# ("no puedo más con el dolor de la pierna" is pain past bearing, not soreness).
_LIFE_ES = r"\s*,?\s*con\s+(?:esta\s+vida|mi\s+vida|la\s+vida|todo|nada)\b|[^.!?\n]{0,80}?\bdolor\b"

# Where one lives, not whether: a place or a household.
_DET = r"(?:this|that|these|those|the|a|an|my|his|her|our|their|(?:\w+'s))\s+"
_PLACE = (
    r"town|city|village|country|countryside|place|flat|apartment|house|home|street|road"
    r"|neighbou?rhood|area|suburbs?|dump|room|building|estate|dorm|hostel|caravan|motorway"
    r"|shoebox|tower\s+block|basement|state|island|region"
)
_HOUSEHOLD = (
    r"parents|mum|mom|dad|roommates?|flatmates?|housemates?|in-?laws|ex|boyfriend|girlfriend"
    r"|husband|wife|partner|him|her|them|sister|brother|family|grandparents|landlord|dog|cats?"
)


def no_occasion_ahead(reach: int = 150) -> str:
    """A chosen day counts only when no occasion is named within ``reach`` characters after it
    (the same line): a date picked for a venue, a wedding or a concert is a calendar entry. A
    day chosen around someone else's occasion so as not to spoil it still counts."""
    return (
        rf"(?:(?=[^\n]{{0,{reach}}}\b(?:{_AROUND}))"
        rf"|(?![^\n]{{0,{reach}}}\b(?:{_OCCASIONS})\b))"
    )


def no_exertion_ahead_es(reach: int = 80) -> str:
    """Spanish "no puedo más" said of the legs after the gym or a run is everyday; said of this
    life or of everything ("no puedo más con esta vida") it stays a sign whatever follows."""
    return rf"(?:(?={_LIFE_ES})|(?![^.!?\n]{{0,{reach}}}?\b(?:{_EXERTION_ES})\b))"


def not_living_somewhere_ahead(reach: int = 40) -> str:
    """Not wanting to live *in this town*, *here*, *with my parents*: where one lives, not
    whether. Read in the same clause only, so "I don't want to live like this anymore" and
    "I don't want to live anymore" stay flagged, and "in this world" or "with this pain" (not
    places or households) are never cleared."""
    return (
        rf"(?![^.!?\n,;]{{0,{reach}}}?\b(?:(?:in|near|at|on|by|next\s+to|like)\s+{_DET}"
        rf"(?:\w+\s+)?(?:{_PLACE})|with\s+(?:{_DET})?(?:{_HOUSEHOLD})"
        r"|(?:here|there)(?!\s+(?:is|are|was|were|'s)\b))\b)"
    )


__all__ = ["no_exertion_ahead_es", "no_occasion_ahead", "not_living_somewhere_ahead"]
