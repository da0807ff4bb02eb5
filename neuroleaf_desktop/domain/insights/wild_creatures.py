"""Wild creatures by their kind, for the outdoors read from what is watched, listened to or fed
where it lives ("watching the herons from the riverbank", "feeding the ducks", "the dippers
on the stones in the river").

Kept apart from the activity words (``activity_words``, which folds this into nature) so the
list of kinds can grow by kind without that module passing its size. Matched as whole words,
case-insensitively.
"""

from __future__ import annotations

from typing import Final

WILD_CREATURES: Final = (
    r"wild ?life|wild birds|birds|birdsong|dawn chorus"
    r"|herons?|egrets?|ducks|ducklings|swans|geese|deer|otters?|seals|swifts|swallows|starlings"
    r"|murmurations?|owls?|kingfishers?|badgers?|foxes|hares|butterflies|dragonflies|dolphins"
    r"|whales|puffins|buzzards|kestrels|red kites|curlews|lapwings|waders|seabirds"
    # ... any wild bird by its kind, as the curlews are: "watching the rooks", "feeding robins"
    r"|robins?|blackbirds?|sparrows|(?:blue |great |long-tailed )?tits|(?:gold|green|chaf)?finch"
    r"(?:es)?|wrens?|thrushes|rooks|crows|jackdaws|magpies|jays|(?:sea)?gulls|oystercatchers"
    r"|cormorants|gannets|terns|woodpeckers|nuthatches|cranes|storks|ospreys"
    r"|skylarks|larks|nightingales|cuckoos|waxwings|redwings|fieldfares"
    r"|pelicans|hummingbirds|birds? of prey|wildfowl|songbirds|hedgehogs|squirrels"
    # ... the birds of rivers, lakes and shores: "the dippers on the stones", "moorhens and
    # coots", "grebes on the reservoir", "the wagtails on the weir", "mallards on the canal"
    r"|dippers|wagtails|moorhens|coots|grebes|mallards|wigeon|avocets|godwits"
    r"|sandpipers|plovers|dunlins?|redshanks|warblers|buntings"
    r"|linnets|yellowhammers|house martins|sand martins|pipits|stonechats|wheatears"
    # ... and the birds that hunt, watched from a path or a car: "hawks and falcons" (a team
    # of that name is a game watched: "the Eagles game")
    r"|(?:hawks|falcons|peregrines|eagles|vultures)(?! (?:games?|matches|match|fans|play|vs?)\b)"
    # ... the small life of ponds, hedges and dusk: "the frogs in the pond", "bats at dusk"
    r"|frogs|toads|newts|tadpoles|bats|moths|bumblebees|slow-?worms|lizards|grass snakes"
)

# Wild life looked for where it lives, or its signs, which only the outdoors holds: "checking
# the pond for frogspawn", "hunting the hedges for a wren's nest", "frogspawn in the ditch" (a
# phone checked for messages, or a search for a lost cat, is none).
SOUGHT_CREATURES: Final = (
    r"frogspawn|toadspawn|(?:check|search|hunt|scour|look)\w* (?:(?:in|round|around|along|under"
    r"|through) )?(?:the |my |our |a )?(?:[a-z'-]+ ){0,2}for (?:the |some |any |a |an )?"
    r"(?:[a-z'-]+ )?(?:" + WILD_CREATURES + r"|(?:birds?|[a-z]+'s) nests?|tracks|footprints"
    r"|droppings)\b"
)
