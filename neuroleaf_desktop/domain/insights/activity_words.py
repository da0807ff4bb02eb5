"""The everyday words for the default activities ("gym" → exercise, "a bottle of red" →
alcohol, "the heath" → nature), and the classes of one that count only when the journal names
them.

Kept apart from the feeling vocabulary (``vocabulary``, which re-exports these) so each list
stays short enough to check by eye. Every pattern is matched as whole words,
case-insensitively, by ``vocabulary.activity_pattern``.
"""

from __future__ import annotations

import re
from typing import Final

from neuroleaf_desktop.domain.insights import form_words as forms
from neuroleaf_desktop.domain.insights.late_screen_words import IN_BED, TILL_LATE, WATCHED
from neuroleaf_desktop.domain.insights.wild_creatures import SOUGHT_CREATURES, WILD_CREATURES
from neuroleaf_desktop.domain.insights.workout_words import GYM_KIT_AND_MOVES

# Classes and disciplines of a default activity: each has a name and a following of its own,
# like yoga, and many people who log "exercise" never do them. One is read as the default
# activity only when the person's journal names it (``topics``); otherwise it is a thing the
# journal does not hold, and "does pilates help?" is not answered with their runs. The
# everyday words for the activity itself ("gym", "running", "a swim", "a pint", "the woods")
# always are it.
JOURNAL_KINDS: Final[dict[str, str]] = {
    "exercise": r"pilates|barre|zumba|aerobics|cross ?fit|(?:kick ?)?boxing(?! day)|martial arts",
}

# Woods, also named by their trees in one word: "wandering the beechwoods", "the pinewoods".
_WOODS: Final = (
    r"(?:beech|oak|pine|birch|bluebell|fir|hazel|larch|chestnut|yew)?woods"
    # ... or in two words, one wood among them: "the bluebell wood", "a beech wood"
    r"|(?:beech|oak|pine|birch|bluebell|fir|hazel|larch|chestnut|yew|ash) woods?"
    r"(?! ?(?:burner|stove|floor|work|chip|pellet|fire|en|panel|table|furniture)s?\b)"
    # ... and the small woods people keep or pass: "the hazel coppice", "a copse", "the spinney"
    r"|(?:coppices?|copses?|spinneys?|thickets?|arboretums?|arboreta|woodlands?)"
    # ... and the wet woods of alder and willow by a river ("the alder carr"; in lower case:
    # Carr is a surname too)
    r"|(?-i:carrs?)"
)

# Trees, as trees or by their kind: "under the *oaks*", "among the *silver birches*".
_TREES: Final = (
    r"(?:silver |copper |horse )?(?:trees|oaks|oak trees|beeches|birches|pines|pine trees|firs"
    r"|willows|elms|yews|sycamores|chestnuts|conifers|redwoods|cedars|maples|hawthorns|rowans"
    r"|alders|poplars|larches|hornbeams)\b"
)

# Dishes made in a batch or a pot, and at length: "a big pot of jollof", "pho marathons".
_DISHES: Final = (
    r"curry|curries|stew|soup|pasta|risotto|lasagne|chilli|stir[- ]fry|bread|cake|roast|dinner"
    r"|dh?aa?l|daal|dal|sauce|porridge|casserole|broth|jam|chutney|biryani|paella|tagine|ragu"
    r"|bolognese|jollof|pilau|pilaf|gumbo|jambalaya|goulash|ramen|pho|congee|chowder|hotpot"
    r"|mac and cheese|fried rice|dumplings|egusi|mole|korma|rendang|laksa|ragout|minestrone"
    r"|lentils|beans|rice"
)

# Breads made flat by hand, rolled or pressed out: "tortillas", "chapatis", "rotis".
_FLATBREADS: Final = (
    r"tortillas?|chapat?tis?|rotis?|parathas?|naans?|flatbreads?|pittas?|pancakes?|cr[eê]pes?"
)

# A marathon of a dish or a pastime is a long go at it, not a race: "pho marathons", "a gaming
# marathon", "a film marathon".
_PASTIMES: Final = ("gaming", "games", "film", "films", "movie", "movies", "tv", "telly", "netflix",
                   "binge", "reading", "baking", "cooking")  # fmt: skip
_NOT_A_RACE: Final = "".join(
    rf"(?<!\b{word} )"
    for word in [*re.findall(r"(?<![\w?\[])[a-z]+(?![\w?\[])", _DISHES), *_PASTIMES]
    if word != "and"  # (of "mac and cheese")
)

# What is played with "the" that is no instrument: a game, a chance, a part, a record, a field.
_NOT_INSTRUMENTS: Final = (
    r"(?:field|game|games|part|parts|role|roles|lead|fool|victim|martyr|hero|villain|joker"
    r"|clown|host|innocent|devil|referee|peacemaker|lottery|lotto|pokies|slots|horses|ponies"
    r"|markets?|stock|stocks|odds|percentages|numbers|system|card|cards|hand|record|records|song"
    r"|songs|track|tracks|tape|tapes|album|albums|music|radio|ball|tables|long|waiting|blame"
    r"|worst|same|whole|best|other|news|video|film|movie|match|sims)\b"
)

# Everyday words people use for the default activities ("gym" → exercise).
ACTIVITY_SYNONYMS: Final[dict[str, str]] = {
    "walk": r"walk(?:s|ed|ing)?|stroll\w*|dander\w*"
    # a walk by the unhurried way it is taken: "a dawdle down the lane", "an amble", "a mooch
    # round town", "a saunter" (a mind that wanders does not walk)
    r"|dawdl\w*|ambl(?:e|es|ed|ing)|mooch(?:es|ed|ing)?|saunter\w*|meander(?:s|ed|ing)?"
    r"|(?<!mind )(?<!thoughts )(?<!attention )(?<!mind keeps )(?<!mind starts )"
    r"wander(?:s|ed|ing)?(?! off(?: topic)?\b)"
    # a round walked on foot: "a loop round the park before work", "a lap of the block"
    r"|(?:loops?|laps?|circuits?|turns?) (?:round|around|of) (?:the |our |my )?(?:park|block"
    r"|village|estate|green|common|rec|field|fields|lake|pond|reservoir|square|neighbourhood)"
    # ... or of the ground a walk goes over, by one or two words before it: "a loop of the
    # cemetery paths", "a lap of the canal towpath", "a circuit of the allotments", "a loop round
    # the back lanes" (not a pool, a track or a road: "laps of the pool" are swum)
    r"|(?:loops?|laps?|circuits?) (?:round|around|of) (?:the |our |my |a )?(?:[\w'-]+ ){0,2}?"
    r"(?:paths?|footpaths?|towpaths?|lanes|trails?|grounds|gardens|cemetery|churchyard"
    r"|allotments?|playing fields|meadows?|seafront|prom|promenade|harbour|marina|quay"
    r"|streets|pier|woods|dunes|moor|heath|nature reserve)\b"
    # any going told as done on foot: "pottering round the lanes on foot", "into town by foot"
    r"|(?:on|by) foot\b"
    # a way there and back told by its route alone, no ride named: "down the lane to the honesty
    # box and back", "up to the trig point and back", "a quick there-and-back to the postbox"
    # (the question opens with it, or a nip or a pop; "we drove down to Devon and back" rides)
    r"|^\s*(?:(?:a |my |our |the )?(?:quick |little |daily |short )?(?:nip|pop|trip|trek|trudge"
    r"|potter|schlep)\w* )?(?:down|up|round|around|along|over|out|across|to|into) (?:to |past "
    r"|along |through )?(?:the|my|our|a) (?:[^,;?.!]{0,50}? )?and back\b"
    r"|(?<!drive )(?<!ride )(?<!flight )(?:there|out)[- ]and[- ]back\b(?! (?:flights?|drives?"
    r"|rides?|trains?|by (?:car|train|bus|bike|plane|taxi))\b)",
    # "running on fumes", "run down", "running late" are not exercise
    # ... nor are days that "run together" (the days, not the person, run)
    # (an exercise book is a notebook, written in: "my thoughts into an exercise book")
    "exercise": r"exercis\w*(?<!exercise)(?<!exercises)|exercises?(?! books?\b)|gym"
    r"|work(?:ing)?[- ]?outs?|runs"
    # ... nor is a mind running through worst cases
    r"|(?<!days )(?<!weeks )(?<!mind )(?<!thoughts )(?<!mind starts )(?<!mind keeps )"
    # ... nor a count of times in a row ("third *week running*", "two nights running")
    r"(?<!day )(?<!week )(?<!night )(?<!nights )(?<!month )(?<!months )(?<!year )(?<!years )"
    r"(?<!time )(?<!times )(?<!weekend )(?<!weekends )(?<!brain )(?<!brain keeps )(?<!head keeps )"
    # (what a mind runs is no run: "running worst cases", "running wild", "running in circles")
    r"running(?! (?:late|low|out|around|at|(?:me|us|them|him|her) ragged|worst|wild|riot"
    r"|scenarios|in circles|overtime|on overdrive"
    r"|through (?:every|all|each|the worst)"
    # (running *on* a beach or a track is a run; on fumes, empty or caffeine is not)
    r"|on (?:empty|fumes|reserve|adrenalin\w*|caffeine|coffee|autopilot|nothing|no |little |\d"
    r"|burn\w*|vapou?rs|(?:sheer )?will\w*|nerves|sugar"
    # (nor on what is left in a tank: "running on the last drops of petrol", "on the dregs")
    r"|(?:the )?(?:last|final) (?:few )?(?:drops?|dregs|dribbles?|reserves?)|(?:the )?dregs)))"
    # ... nor is the school run
    r"|runner|jog\w*|(?<!days )(?<!weeks )(?<!school )run(?!\s+(?:down|out|late|away|into|by"
    # ... nor is someone run ragged by others ("the kids run me ragged")
    r"|off|aff|ragged|(?:me|us|them|him|her) (?:ragged|into the ground)"
    # ... nor is a run of days or nights, a streak ("a run of broken nights")
    r"|of))"
    # (climbing out of a low or a hole is getting better, not a climb)
    r"|swim\w*|climbing(?! (?:out|back out) of\b)"
    # a spin class is cycling indoors, the activity itself, not a discipline with a following
    r"|cycl(?:e|ed|ing)|bik(?:e|es|ing)|spin(?:ning)? (?:class(?:es)?|sessions?|bikes?)"
    r"|sports?|fitness|weights|training|"
    + GYM_KIT_AND_MOVES
    + "|"
    + JOURNAL_KINDS["exercise"]
    # slang: "parkrun", "a sea dip", "a dip in the lido", "a gym sesh"
    + r"|park ?run|(?:sea|lido|cold[- ]water|wild|river) dips?"
    r"|dips? in the (?:sea|pool|lake|river|lido)|gym sesh\w*|pumping iron"
    # lengths and laps swum: "doing laps at the pool", "a few lengths before work"
    r"|(?:do|does|did|doing|done|swim|swam|swimming|few|some|\d+|twenty|forty) (?:a few |some )?"
    r"(?:laps|lengths)|(?:laps|lengths) (?:at|in|of) the (?:pool|baths|lido|leisure cent(?:re|er))"
    r"|swimming baths"
    # ... or named by the water they are swum in: "lido lengths", "pool laps"
    r"|(?:lido|pool|baths|swimming) (?:laps|lengths)"
    # a run by the street under the feet: "pounding the pavements", "hitting the pavement"
    r"|(?:pound|pounded|pounding|pounds|hit|hits|hitting|pavement[- ]pound)\w* the pavements?"
    r"|pavement[- ]pounding"
    # a race distance run: "a 5k before work", "my 10k", "a half marathon" (not "10k steps" nor
    # money: "a 5k loan")
    r"|(?:a|the|my|do|does|did|doing|ran|run|quick|slow|easy|first|parkrun)"
    r"(?: (?:mon|tues|wednes|thurs|fri|satur|sun)day| morning| evening| weekly| usual)?"
    r" \d{1,2} ?km?\b"
    r"(?! (?:steps|debt|loan|bonus|salary|pay|rise|bill|a (?:year|month)))"
    r"|" + _NOT_A_RACE + r"(?:half[- ])?marathons?|triathlons?|fun runs?"
    # a slow run by what runners call it: "my 5k plods", "a plod round the park", "a trot"
    r"|\d{1,2} ?km? (?:plods?|trots?|shuffles?|loops?)"
    r"|(?:plod|trot|shuffle)s? (?:round|around|along|up|through) the"
    r"|(?:slow|gentle|easy|steady) (?:plods?|trots?|shuffles?)",
    # the practice's own words: "sun salutations", "downward dog", "my mat", "a vinyasa flow"
    # (a flow is the sequence a style is practised in: "a vinyasa flow", "my yin flow")
    # (a pose counted is still the pose: "a few downward dogs", "downward-facing dogs")
    "yoga": r"yoga|sun salut\w*|salutes? to the sun|downward[- ](?:facing[- ])?dogs?|asanas?"
    r"|vinyasa(?: flows?)?"
    r"|(?:yoga|yin|hatha|power|slow) flows?|hatha"
    r"|ashtanga|bikram|savasana|(?:yoga |my )mat|on the mat"
    # ... and its slow, held style by name: "the yin class" (not yin and yang)
    r"|yin(?!(?: and|-| ?&)? ?yang)"
    # a sequence of poses by its name: "a slow flow", "the twenty-minute flow", "a morning flow"
    r"|(?:slow|gentle|morning|evening|bedtime|yin|power|short|quick|\d+[- ]minute|(?:five|ten"
    r"|fifteen|twenty|thirty|forty)[- ]minute|half[- ]hour) flows?\b"
    r"|(?:child'?s|cobra|pigeon|tree|warrior|corpse|lotus|mountain|bridge|cat[- ]cow|happy baby"
    r"|downward[- ]dog) (?:poses?|stretch(?:es)?|positions?)|cat[- ]cows?"
    # ... or by what the pose does with the body: "legs up the wall", "some hip openers", "a
    # heart opener", "a forward fold" (not a can opener, nor legs up on the sofa)
    r"|legs[- ]up[- ](?:the[- ]|a[- ])?wall|(?:hip|heart|chest|shoulder)[- ]open(?:ers?|ing)"
    r"|(?:seated |standing )?forward[- ]folds?|" + forms.YOGA_POSES,
    # (social anxiety is a fear of people, not time with them)
    "friends": r"friends?|social(?:ising|izing)?(?! (?:anxiety|phobia|nerves|fears?))|mates"
    r"|hang(?:ing)? out|hung out|pals"
    # a group of friends by what they are called: "nights out with the lads", "the girls"
    r"|lads|(?:the|my) (?:girls|boys|gang|crew)|besties?"
    # ... or more than one girlfriend or boyfriend, who are friends (one is a partner): "brunch
    # with my girlfriends", "the gal pals", "my buddies"
    r"|(?:the|my|our) (?:(?:old|best|closest) )?(?:girl ?friends|boy ?friends|gal ?pals|girlies"
    r"|buddies|chums|homies)\b"
    # ... or by what they play together: "the netball girls", "the five-a-side lads"
    r"|(?:the|our|my) (?:old )?(?:netball|football|footie|rugby|hockey|cricket|five-a-side"
    r"|running|hiking|cycling|swimming|book club|choir|quiz|pub quiz|bowling|darts|pool)"
    r" (?:girls|boys|gang|crew|lot|lads|ladies)"
    # ... or by where they were met: "my old uni crowd", "the school lot", "the work gang"
    r"|(?:(?:the|my|our) )?(?:old )?(?:uni|university|school|college|sixth[- ]form|work|office"
    r"|church|village) (?:crowd|lot|gang|crew|mates|pals)|(?:the|my|our) old (?:crowd|gang|crew)"
    # ... or by whatever they once shared, said with "old": "the old Sunday league lot", "my old
    # pottery class crowd"
    r"|(?:the|my|our) old (?:[\w-]+ ){1,2}(?:crowd|lot|gang|crew)"
    # ... or by what was shared with them: "the old flatmates", "my teammates", "housemates"
    r"|(?:flat|house|room|team|class|course|band|gym|uni|school|play)[- ]?mates?"
    # ... or the work once shared: "evenings with my old colleagues", "the old workmates"
    r"|(?:my|our|the) (?:old|former|ex-?) (?:colleagues|workmates|co-?workers|team)",
    # (a family word before a therapist names whose therapy it is: "the family therapist")
    # ... nor does a school's meeting with the parents: "parents' evening", "a parent-teacher
    # meeting", "the parents' night at school"
    "family": r"(?:family|mum|mom|dad|mother|father|sisters?|brothers?|siblings?"
    r"|parents?(?!['’]?[- ](?:evenings?|nights?|meetings?|consultations?|teachers?|association)\b)"
    r"|grandparents?|my folks|relatives|aunts?|uncles?|cousins?|nieces?|nephews?|in-laws"
    # ... a generation down as well as up: "the grandkids", "my granddaughter", "our grandbabies"
    r"|(?:great-?)?grand(?:kids?|children|child|sons?|daughters?|bab(?:y|ies)|bairns)"
    # ... joined by a remarriage or one parent: "my stepbrother", "the half-sisters"
    r"|step-?(?:brothers?|sisters?|sons?|daughters?|mums?|moms?|dads?|kids?|children|parents?)"
    r"|half-(?:brothers?|sisters?))"
    r"(?! (?:therap|counsell?|psycholog|mediat)\w*)",
    # "what date did I last …", "the date of my last …" ask for a calendar date
    "date": r"date nights?|dating|(?<!what )(?<!which )(?<!the )(?<!last )(?<!exact )dates?"
    # ... nor the date asked in a fragment ("last time not anxious? date pls", "dates on the
    # ukulele, the latest entry")
    r"(?! (?:of|i|it|was|did|when|pls|please|plz|on)\b)",
    "nature": r"nature|outdoors|outside|hik(?:e|es|ing)|forest|" + _WOODS + "|woodland|countryside"
    r"|fresh air|touch(?:ing|ed)? grass|"
    + forms.SKY_SIGHTS
    # wild open land by its own name: "the heath", "up on the moors", "the fells", "a nature
    # reserve"
    + r"|heaths?|heathland|moorlands?|(?:the|on|up|over|across) (?:the )?(?:moors?|fells|downs"
    r"|dales|hills)|(?:up|in|down|through|into|along) (?:the|a) glens?\b"
    r"|nature reserves?|national parks?|wildflower meadows?"
    # wild creatures watched, listened to or fed where they live: "watching the herons from the
    # riverbank", "spotting otters", "feeding the ducks", "listening to the birdsong" (a
    # pursuit's own word, "birdwatching", still names a practice of its own)
    r"|(?:watch|spott|spy|feed|fed|listen|gaz|look)\w*(?: (?:at|to|out for|for|on))? (?:the |some"
    r" |a |an |all the )?(?:[a-z]+ )?(?:" + WILD_CREATURES + r")\b|(?:" + SOUGHT_CREATURES + ")"
    # farmland by its hedges and fields, out past where people live: "the hedgerows and fields
    # out past the village", "the fields behind the estate"
    r"|hedgerows?|(?:fields|meadows|farmland)(?: and [a-z]+)? (?:out |up |down )?(?:past|beyond"
    r"|behind|outside|round|around) (?:the|our|my) (?:village|town|estate|houses?|farm)"
    # being among trees, named as trees or by their kind ("a wander under the oaks")
    # (however the trees are described first: "beneath tall Scots pines", "under the old oaks")
    r"|(?:among|amongst|under|beneath|around|through) (?:the |some )?(?:[a-z]+ ){0,2}"
    + _TREES
    # a walk whose place is the countryside ("walking in the forest") is the outdoors itself
    + r"|(?:walk|stroll|wander|rambl|trudg|tramp|mooch|ambl|dawdl|saunter|meander|trek)\w*"
    r" (?:(?:in|through|round|around|about|into|under|among|amongst|beneath|on|over|across|up)"
    # (the land by its kind or trees too: "through the pine woods", "across the open fields")
    r" )?(?:the )?(?:[a-z]+ ){0,2}(?:"
    + _WOODS
    + r"|woodland|forest|countryside|hills|fields|mountains|moors?|heaths?|fells|downs|dales"
    r"|meadows?|plantations?|copses?|spinneys?|glens?|"
    + _TREES
    # ... or what grows wild there: "wandering through the bluebells", "a ramble in the bracken"
    + r"|bluebells|wild ?flowers|wild garlic|bracken|heather|ferns|foxgloves)"
    # ... or along wild water, on the paths that follow it ("a wander by the riverbank"); the
    # beach or a lake is a place of its own, and a canal is built, its towpath a way through
    # town: a stroll along it is a walk, as a walk along the river or the prom is
    r"|(?:walk|stroll|wander|rambl|dander|trudg|tramp|mooch|ambl|dawdl|saunter|meander|trek)\w*"
    r" (?:along|by|beside|down|up) (?:the |a )?"
    r"(?:(?:river|riverside) )?(?:riverbanks?|river ?banks?"
    # ... or a path through the land, the river's or the coast's ("a trudge along the river
    # path", "a tramp up the coast path")
    r"|(?:river|riverside|coast|coastal|cliff|woodland|forest|fell|moorland|hill) ?(?:paths?"
    r"|trails?|tracks?))"
    # a wood by its trees or flowers, or any wood one goes into: "the bluebell wood", "through
    # a beech wood" (not firewood, a wood burner or a wooden floor)
    r"|(?:(?:walk|stroll|wander|rambl)\w* )?(?:in|into|through|round|around|to|at)"
    r" (?:the |a |an )?(?:[a-z]+ )?wood"
    r"(?! ?(?:burner|stove|floor|work|chip|pellet|fire|en|y|s)\b)\b",
    # ... not the app or someone reading the journal: "you've read my entries", "reading
    # back through my diary"
    "reading": r"(?<!you )(?<!you've )(?<!you have )read(?:ing|s)?"
    r"(?:(?! (?:(?:back|through|over) )*"
    r"(?:all )?(?:my|the|your|these|those|old) (?:\w+ )?(?:entries|entry|journal|diary|notes|logs?"
    r"|posts|history|data|records)\b)"
    # ... nor whatever is read on a phone or a laptop, which is the screen, not a book: "reading
    # forum threads on my phone past 1am", "reading the news on the laptop in bed" (a book read
    # there is still named by its book; a Kindle is a reader)
    r"(?!(?: [\w'’-]+){0,4} on (?:my|the|me|a|an|your|her|his) (?:phone|mobile|tablet|ipad"
    r"|laptop|computer|screen)s?\b))|(?<!exercise )books?|novels?|audiobooks?|kindle"
    # a book by its kind: "a crime thriller", "a paperback", "a whodunnit"
    r"|thrillers?|paperbacks?|hardbacks?|whodunn?its?|page-?turners?"
    # ... a story by its length, read (not written: "writing a short story")
    r"|(?<!writing a )(?<!write a )(?<!wrote a )(?<!writing )"
    r"(?:(?:short|ghost) stor(?:y|ies)|novellas?)"
    # ... a mystery by its genre: "cosy mysteries", "a murder mystery" (not "it's a mystery")
    r"|(?:cosy|cozy|murder|crime|detective|locked-room) myster(?:y|ies)"
    # ... or by its length and form: "a fantasy trilogy", "a thick tome", "a dragon saga" (not
    # a saga of events: "it's been a saga", "the whole saga with the landlord")
    r"|trilog(?:y|ies)|tomes?|memoirs?|biograph(?:y|ies)|graphic novels?|antholog(?:y|ies)"
    # ... a book so thick it could hold a door: "a doorstop fantasy series", "a doorstopper"
    r"|doorstop(?:per)?s?"
    # ... a romance by its kind ("a historical romance", "regency romances"; not "a holiday
    # romance"), or a book by the chapter read of it ("a chapter of a …", not "a new chapter of
    # my life")
    r"|(?:historical|regency|period|paranormal|fantasy|romcom) romances?"
    r"|chapters?(?= of (?:a|an|the|my|that|this|some) (?!(?:\w+ )?(?:life|lives)\b))"
    r"|(?<!been )(?<!was )(?<!whole )(?<!right )(?<!such )(?<!what )(?<!a )sagas?"
    r"(?! (?:with|of|over|about|at)\b)|" + forms.VERSE_AND_PAGES,
    # (by its genre too: "northern soul", "Motown", "a bit of jazz", ``form_words``)
    "music": f"{forms.GENRES}|{forms.LIVE_MUSIC}"
    + r"|music|guitar|piano|sing(?:s|ing)?|sang|songs?|playlists?|concerts?|albums?|vinyls?"
    r"|tunes|(?:put|puts|putting) (?:a |some |the |an )?(?:records?|albums?|tunes) on|gigs?"
    # records played, whoever's they were: "putting dad's old records on the turntable", "a
    # record on the record player", "dropping the needle", "spinning vinyl", "mum's Motown LPs"
    r"|(?:put|puts|putting|popp?\w*|stick\w*|play\w*|spin\w*|listen\w* to) (?:(?:a|an|some|the|my"
    r"|[\w-]+'s) ){0,2}(?:[\w-]+ ){0,2}(?:records|lps|vinyl)\b(?! (?:of|for|from|about)\b)|lps"
    r"|turntables?|record (?:players?|decks?)|(?:drop\w*|put\w*|lower\w*) the needle"
    r"|drums?|drumming|violin|cello|saxophone|trumpet|jamming"
    # songs named by their kind: "playing old hymns", "singing carols", "sea shanties" (in
    # lower case: "Carol from work" is a person)
    r"|(?-i:hymns?|carols?|shant(?:y|ies)|ballads?|arias?|anthems?|lullab(?:y|ies))"
    # the other instruments people keep at home: "the ukulele's gathering dust", "my banjo"
    r"|ukuleles?|uke|banjos?|mandolins?|harmonicas?|flutes?|clarinets?|sax|trombones?|harps?"
    r"|accordions?|bass guitar|synths?|keyboards? (?:practice|lessons?)"
    # ... the whistles, reeds, horns and drums of bands and sessions: "the tin whistle", "my oboe"
    r"|(?:tin|penny) whistles?|recorders? (?:practice|lessons?)|(?:the|my) recorder|oboes?"
    r"|bassoons?|tubas?|french horns?|bagpipes|bodhr[aá]ns?|concertinas?|ocarinas?|kalimbas?"
    r"|xylophones?|glockenspiels?|steel pans?|djembes?|bongos|cajons?|double bass|violas?|lutes?"
    r"|sitars?|tablas?|didgeridoos?|melodicas?|fiddles? (?:practice|lessons?|tunes)"
    # ... and the old parlour and folk instruments: "the harmonium in the front room", "my
    # melodeon", "a hammered dulcimer"
    r"|harmoniums?|melodeons?|dulcimers?|zithers?|harpsichords?|hurdy[- ]gurd(?:y|ies)|theremins?"
    r"|(?:church|pipe|reed|parlour|chapel) organs?"
    r"|(?:practi[sc]\w*|play\w*|run\w*) (?:my |the |through (?:my |the )?)?(?:scales|arpeggios)"
    # an instrument played idly: "tinkling away on the keyboard", "noodling on the guitar"
    r"|(?:tinkl|plink|plonk|noodl|strumm?|play|pluck|pick|jamm?)\w*'?(?: away)? (?:on|at)"
    r" (?:the |my |a |me )?(?:old )?(?:keyboard|keys|ivories|piano|bass|guitar|uke|ukulele|banjo"
    r"|fiddle|drums?|mandolin)|the ivories|play\w* the (?:bass|fiddle)"
    # ... the verbs only an instrument takes, whatever it is called, a maker's name too:
    # "plinking away on the old Casio", "strumming the Fender", "noodling on the Yamaha"
    r"|(?:tinkl|plink|noodl|strumm?)(?:e|es|ed|ing|s)?(?: away)?(?: (?:on|at))? (?:the |my |a "
    r"|me |an |his |her )?(?:(?:old|new|little|battered|trusty|beloved|cheap|second-hand) )?"
    r"(?!(?:about|around|round|with|along|through|over|into|down|off|out|the|my)\b)[\w'-]{3,}"
    # any instrument played, named with "the" as instruments are ("playing the harpsichord",
    # "I play the bandura"); not a game, a part, a record or a chance played ("playing the
    # field", "the lottery", "the lead", "the long game", "the worst ending in my head")
    + r"|(?:play|plays|played|playing) the (?!"
    + _NOT_INSTRUMENTS
    # (in lower case: a title is a game's or a show's, "playing the Sims", "the Witcher")
    + r")(?-i:[a-z][a-z-]{2,})"
    r"(?=\s*(?:[,.;:!?]|$)|\s+(?:in|on|at|for|with|and|or|again|every|each|before|after|when"
    r"|while|of|help\w*|do|does|did|has|have|had|is|was|make\w*|made|calm\w*|lift\w*|settl\w*"
    r"|actually|really|ever|still|lately|recently|most|this|these|last|any|badly|properly)\b)",
    "meditation": r"meditat\w*|mindful\w*|breathing exercises?|breathwork",
    # ("a game of bowls" names the game played, not gaming)
    "gaming": r"gam(?:e|es|ing)(?! of\b)|video ?games?|playstation|xbox|nintendo|fortnite"
    r"|minecraft",
    "tv": r"tv|television|netflix|tv shows?|films?|movies?|telly|binge\w*|box ?sets?|iplayer",
    # making a meal is cooking it: "making a proper dinner from scratch", "made tea for us"
    "cooking": r"cook(?:ing|ed|s)?|bak(?:e|es|ed|ing)|knead\w*|sourdough|bread[- ]?making"
    # ... in any verb for it: "knock up a stew", "rustle up some soup", "whip up a curry",
    # "batch-cook a chilli", "throw together a pasta"
    r"|(?:make|makes|made|making|prepar(?:e|es|ed|ing)|fix(?:es|ed|ing)?|(?:knock|rustl|whip"
    # ... or built up in layers: "layering up a lasagne", "assembling a pie"
    r"|throw|threw|put|chuck|layer)\w* (?:up|together)|batch[- ]?cook\w*|assembl\w*)"
    # (a dish of one's own is made at home: "making my own soup instead of opening tins")
    r" (?:a |the |my |our |some |(?:my|our) own )?(?:(?:proper|nice|big|good|quick|decent"
    r"|healthy|home-?made"
    r"|real|hot|family|roast) ){0,2}(?:dinners?|meals?|lunch|supper|breakfast|tea for|curry"
    r"|curries|stews?|soups?|pastas?|risottos?|lasagnes?|chillis?|stir[- ]fry|stir[- ]fries"
    r"|pies?|breads?"
    r"|cakes?|roasts?)"
    # a dish named with the batch it is made in: "the Sunday dal batch", "a chilli batch for the
    # freezer", "soup batches"
    r"|(?:" + _DISHES + r") (?:batch|batches|batch[- ]?cook\w*)\b"
    # "a big batch of chilli", "a pot of soup"
    r"|(?:batch|pot|pan|tray|vat|cauldron)(?:es|s)? of (?:\w+ )?(?:" + _DISHES + ")"
    # ... or a batch cooked of a dish of any kind: "batch-cooking lentil stew", "batch cook
    # some veggie chilli"
    r"|batch[- ]?cook\w* (?:a |the |my |some )?(?:[a-z-]+ )?(?:" + _DISHES + ")"
    # ... or a long go at a dish: "Sunday pho marathons in the kitchen", "a dumpling session"
    r"|(?:" + _DISHES + r"|pierogi|gyoza|sushi|tamales|samosas|pasties) (?:(?:making|cooking)"
    r" )?(?:marathons?|sessions?|sprees?)"
    # ... whatever the dish, when a pot or batch of it is made ("make a big pot of jollof"; not
    # a pot of tea or coffee, which is drunk)
    r"|(?:make|makes|made|making|cook\w*|do|doing|put|putting) (?:on )?(?:a|the|my|our)"
    r" (?:(?:big|huge|massive|giant|proper|vast|great) )?(?:batch|pot|pan|tray|vat|cauldron"
    r"|slow[- ]cooker)(?:es|s)? of (?!(?:tea|coffee|gold|money|paint|glue)\b)\w+"
    # tending a pan on the hob, or the dish in it: "stirring a huge pan of dhal", "a pot
    # simmering away", "stirring a big risotto", "braising a beef stew" (not a stirred tea)
    r"|(?:stirr?\w*|simmer\w*|brais\w*|bast(?:e|es|ed|ing)|saut[eé]\w*|poach\w*)"
    r" (?:a |the |my |our |some )?(?:\w+ )?(?:pan|pot|saucepan|wok|" + _DISHES + r")s?\b"
    # working a dough or a dish by hand: "rolling out fresh pasta", "chopping veg for a
    # stew", "shaping dumplings"; the making of a food named as a craft ("pasta-making")
    r"|(?:roll|chopp|shap|whisk|frying|fried|fry|flipp|roast|grill|mix|prepp|ic)\w* (?:out |up )?"
    r"(?:(?:a|the|my|some|fresh|home-?made|big|little|own) ){0,2}(?:pasta|dough|pastry|gnocchi"
    r"|dumplings|noodles|pizzas?|veg|vegetables|onions|biscuits|cookies|scones|buns|cakes?"
    r"|sauces?|stews?|soups?|curry|curries|" + _FLATBREADS + r")\b"
    # ... told the other way round, the dough first: "homemade tortillas rolled out on a Friday",
    # "chapatis rolled by hand", "pastry rolled thin for a pie", "bread dough kneaded"
    r"|(?:pasta|dough|pastry|gnocchi|pizzas?|" + _FLATBREADS + r") (?:hand[- ])?(?:rolled"
    r"|kneaded|shaped|pressed|stretched|flipped|slapped|patted)\b"
    # ... or the working said of it: "hand-rolled flatbreads", "hand-pressed tortillas"
    r"|hand[- ](?:rolled|pressed|stretched|made) (?:[a-z]+ )?(?:pasta|pastry|gnocchi|pizzas?"
    r"|" + _FLATBREADS + r")\b"
    r"|(?:pasta|bread|cake|jam|pizza|dumpling|noodle)[- ]?making"
    # ... or a filled dough closed by hand: "folding dumplings", "pleating gyoza", "crimping
    # pasties", "stuffing vine leaves" (folded paper or laundry is no dish)
    r"|(?:fold|pleat|crimp|stuff|fill|pinch|wrapp?)\w* (?:(?:a|the|my|some|fresh|home-?made|big"
    r"|little|own|few|batch of|tray of|pile of|load of|dozen) ){0,2}(?:[a-z]+ )?(?:dumplings"
    r"|gyoza|momos?|wontons?|pierogi|ravioli|tortellini|samosas?|empanadas?|pasties|spring rolls"
    r"|vine leaves|dolmades|bao|manti|mandu|jiaozi)\b"
    # a loaf is baked ("my last go at a homemade loaf"); a dough is worked ("hands into bread
    # dough", "the pizza dough")
    r"|loaf|loaves|(?:bread|pizza|pasta|pastry|cookie|biscuit|scone|sourdough|pie) doughs?"
    # a dish by how it was cooked: "a slow-cooked Sunday casserole", "a home-made soup",
    # "oven-baked bread"
    r"|(?:slow|home|oven|pot|pan|twice|batch|hand)[- ]?(?:cooked|baked|roasted|made)"
    r" (?:\w+ ){0,2}(?:" + _DISHES + r"|pies?|loaf|loaves)\b"
    # "a curry from scratch", "bread from scratch"
    r"|(?:make|makes|made|making|prepar\w+) (?:\w+ ){0,3}from scratch",
    "chores": r"chores?|housework|cleaning|clean(?:ed)? (?:the|my|up)|tid(?:y|ied|ying)(?: up)?"
    r"|laundry|hoover\w*|vacuum\w*|dishes|washing up",
    "study": r"stud(?:y|ying|ied|ies)|revision|revising|homework|exams?",
    # "journal" as a verb ("days I journal"), not "my journal" (where the answers come from)
    # ... nor the journal or diary as the source asked ("what does the journal say", "from my
    # diary")
    "journaling": r"journal(?:l?ing|led)|(?:(?<!my )(?<!the )(?<!your )(?<!in )(?<!di )journal"
    r"|(?<!from my )(?<!from the )diary)(?!\s+(?:says?|seh|shows?|agrees?|tells?|thinks?)\b)"
    # putting what is on the mind on paper: "scribbling my worries down", "jotting down my
    # thoughts", "a brain dump before bed"
    r"|(?:writ\w*|wrote|scribbl\w*|jot\w*) (?:(?:down|out) )?(?:(?:all )?(?:my|the|some) )?"
    r"(?:worries|thoughts|feelings|fears|anxieties|worry list)(?: (?:down|out))?"
    r"|(?:brain|worry) dumps?"
    # ... or the day itself put into writing: "scribbling the day's ups and downs on a receipt",
    # "writing down the highs and lows of my day", "wrote up the day's good and bad bits"
    r"|(?:writ\w*|wrote|scribbl\w*|jot\w*|not(?:e|es|ed|ing)) (?:down |up |out )?(?:(?:the|my)"
    r" day's|today's) (?:[\w-]+ ){0,3}?(?:ups and downs|highs and lows|events"
    r"|good (?:and bad )?bits|bad bits|best bits|moments|wins|happenings)"
    r"|(?:writ\w*|wrote|scribbl\w*|jot\w*|not(?:e|es|ed|ing)) (?:down |up |out )?(?:the )?"
    r"(?:ups and downs|highs and lows|good and bad bits|best bits) of (?:my|the|each|every) day"
    # ... or the whole day: "jotting the day down on an index card", "I write up my day" (not
    # the day of an appointment noted down)
    r"|(?:writ\w*|wrote|scribbl\w*|jot\w*|not(?:e|es|ed|ing)) (?:(?:down|up) (?:the|my|your|her"
    r"|his|their|our) day\b(?! of\b)|(?:the|my|your|her|his|their|our) day (?:down|up)\b)"
    # ... or the feeling itself put into words on paper: "wrote down how I was actually
    # feeling", "writing out what I feel", "jotting down what's on my mind"
    r"|(?:writ\w*|wrote|scribbl\w*|jot\w*|penn(?:ed|ing)|typ(?:e|es|ed|ing)|not(?:e|es|ed|ing))"
    r" (?:down |out )?(?:(?:about|on) )?(?:how|what) (?:i|i'm|im|i am|i was|i've been|i'd been"
    r"|you|you're|you are|you were)(?: (?:really|actually|truly|honestly))?"
    r" (?:felt|feel|feeling|was feeling|am feeling|been feeling)\b"
    r"|(?:writ\w*|wrote|scribbl\w*|jot\w*|penn(?:ed|ing)|typ(?:e|es|ed|ing)|not(?:e|es|ed|ing))"
    r" (?:down |out )?what(?:'s| is| was) (?:on|going on in|going round) (?:my|your) (?:mind|head)"
    # ... or the mind itself emptied onto paper: "emptying my head onto paper", "getting my
    # thoughts down on paper", "pouring my worries out onto the page"
    r"|(?:empt|dump|pour|spill|tipp?|offload|unload|get|got|putt?)\w* (?:out )?(?:(?:all )?"
    r"(?:my|the|his|her|their) (?:head|mind|brain|thoughts|worries|feelings|day)|it all"
    r"|everything|all of it)(?: out| down)? (?:onto|on to|on|into)"
    # (the notebook by its kind or binding: "a spiral notebook", "an old exercise book")
    r" (?:the |a |an |some |my )?(?:[\w-]+ ){0,2}?(?:paper|pages?|notebooks?|notepads?|jotters?"
    r"|exercise books?|journals?|diar(?:y|ies))\b"
    # ... or in a notebook, or counting good things: "jotting three good things in my
    # notebook", "a gratitude list", "a few lines in a gratitude log"
    r"|(?:writ\w*|wrote|jot\w*|scribbl\w*|list\w*) (?:[\w'-]+ ){0,4}(?:in|into) (?:my|a|the)"
    r" (?:[\w'’-]+ ){0,2}(?:notebook|notepad|jotter|exercise book|journal|diary|notes app)"
    # ... or what is written counted, with no verb: "three lines in a notebook before the lamp
    # goes off", "a page in my jotter", "a few words in the diary each night"
    r"|(?:a|one|two|three|four|five|\d+|a few|a couple of|some|half a) (?:lines?|pages?|words"
    r"|sentences?|paragraphs?|bullet points|scribbles) (?:in|into) (?:my|a|an|the)"
    r" (?:[\w'’-]+ ){0,2}(?:notebook|notepad|jotter|exercise book|journal|diary|notes app)\b"
    # ... or the day itself told in writing, wherever: "scribbling how the day went", "noting
    # down what happened each day", "penning a few lines on how my day was"
    r"|(?:writ\w*|wrote|jot\w*|scribbl\w*|penn\w*|typ(?:e|es|ed|ing)|not(?:e|es|ed|ing))"
    r" (?:down |up )?(?:[\w'-]+ ){0,4}?(?:(?:about|on|of) )?(?:how|what)"
    r" (?:happened (?:during |in )?)?(?:the|my|each|every) day(?! out)\b"
    r"|gratitude (?:lists?|logs?|notebooks?|books?|jars?|journal\w*|diar(?:y|ies))"
    # a diary of a named kind, kept by its owner: "my one-line-a-day diary", "a five-year
    # diary", "my dream journal", "the bullet journal" (the app's is just "my diary")
    r"|(?:(?:[\w]+-){2,}[\w]+|(?:one|five|5|ten|10|two|three|3)[- ]year|dream|bullet|paper"
    r"|pocket|reflection|reflective|prayer|pen[- ]and[- ]paper|leather|line-a-day|art) "
    r"(?:diar(?:y|ies)|journals?|notebooks?)\b|morning pages"
    r"|(?:three|3|five|5) good things"
    # ... or the things one is thankful for: "three things I'm grateful for before lights out"
    r"|(?:three|3|five|5|a few|some|the) (?:little |good |small )?things (?:(?:i'?m|i am|i was"
    r"|to be|i feel) )?(?:grateful|thankful) for"
    # ... or written down, the good of the day counted: "scribbling three things that went
    # well", "noting down what went right each night", "writing down the best bit of my day"
    r"|(?:writ\w*|wrote|jot\w*|scribbl\w*|not(?:e|es|ed|ing)(?: down)?|list\w*)"
    r" (?:down )?(?:(?:three|3|five|5|a few|some|the|two|2) )?(?:(?:little|good|small) )?"
    r"(?:things (?:that )?(?:went|go|going) (?:well|right|ok|okay)"
    r"|what (?:went|goes) (?:well|right)|the (?:best|good) (?:bits?|parts?|moments?) of (?:my|the)"
    r" day)"
    # the practice of writing pages first thing: "morning pages"
    r"|morning pages"
    # writing down how the day went: "writing a page about my day", "a few lines on my day"
    # ... counted in any number: "writing three lines about my day", "penning 2 pages on my day",
    # "a few sentences about how my day went"
    r"|(?:writ\w*|wrote|jot\w*|scribbl\w*|penn?(?:ed|ing|s)?|typ(?:e|es|ed|ing))"
    r" (?:down |up |out )?"
    r"(?:(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|half a|a few|a couple of"
    r"|some|several|a handful of) (?:short |quick |little )?(?:pages?|lines?|paragraphs?"
    r"|sentences?|words|notes?|bits?)|an? (?:line|page|sentence|paragraph) or two) )?"
    r"(?:about|on|of) (?:my|the|how my|how the) (?:whole )?day\b",
    "good meal": r"good meals?|nice meals?|proper meals?|eat(?:ing)? (?:well|properly|healthily)",
    # ... by whom it is had with: "the psychotherapist", "my psychologist", "CBT"
    # ... or by the service's name, however joined: "the talking-therapies woman"
    "therapy": r"(?:psycho)?therap\w*|counsell?\w*|psychologists?|cbt|talking[- ]therap(?:y|ies)"
    # ... and the therapy named by its school, in full: "the cognitive behavioural stuff"
    r"|cognitive[- ]behaviou?ral"
    # ... or by its initials or its school's own name: "the EMDR sessions at the clinic", "DBT
    # skills group", "my MBCT course", "psychodynamic work", "schema work"
    r"|emdr|dbt|mbct|psychodynamic|person[- ]centred|psychoanaly\w*"
    # ... or by the service or the team it is had with: "the wellbeing service", "my CPN", "the
    # mental health nurse", "sessions at the wellbeing hub"
    r"|(?:wellbeing|well-being|mental[- ]health) (?:services?|teams?|hubs?|clinics?|nurses?"
    r"|practitioners?|workers?|coach(?:es)?|sessions?|appointments?|check-?ins?)|cpns?|iapt",
    "alcohol": r"alcohol(?:ic)?|drink(?:s|ing)?|drank|beers?|wine|booze|boozing|drunk|hungover"
    r"|hangovers?|pints?|cocktails?"
    # slang: "a few bevvies", "tinnies", "on the lash", "down the pub"
    r"|bevv(?:y|ies)|tinnies|vino|(?:on|hit) the (?:lash|sauce)|down the pub|pub crawls?"
    r"|(?<!gym )sesh(?:es)?"
    # by the glass or the drink's own name: "a couple of glasses of red", "a bottle of white",
    # "a G&T", "cider", "prosecco"
    r"|(?:glass|bottle|can|pint|drop)(?:es|s)? of (?:the )?(?:red|white|ros[eé]|pink|blush|fizz"
    r"|bubbly|sparkling|prosecco|cava|champagne|cider|lager|gin|whisk(?:e)?y|vodka|rum)"
    # ... or by its grape: "a merlot with dinner", "the odd glass of pinot"
    r"|merlots?|shiraz|rioja|malbecs?|pinot(?: grigio| noir)?s?|chardonnays?|sauvignon(?: blanc)?"
    r"|sangria|ros[eé] wine"
    r"|lagers?|ciders?|proseccos?|champagne|g ?& ?ts?|gins? and tonics?|whisk(?:e)?y|whiskies"
    r"|vodkas?|tequilas?|(?:at|in|to) the pub"
    # a beer by its kind ("a few cans of stout", "a pint of bitter", "an IPA") or by the can
    # alone ("a few cans after work"); "bitter" alone is a feeling
    r"|stouts?|(?:real |pale |craft |brown )?ales?|ipas?|guinness|porters? and stouts?"
    r"|(?:glass|bottle|can|pint|tin|half)(?:es|s)? of (?:bitter|mild|porter|stout|ale|ipa)"
    r"|(?:a few|a couple of|couple of|some|two|three|four) (?:cans|tins)\b"
    # ... or the cans as a habit of their own: "the cans on a Friday", "my Friday cans" (not
    # cans of something else: "cans of beans")
    r"|(?:the|my|our|those|these|friday|saturday|weekend|evening|nightly|after[- ]work) cans\b"
    r"(?! of\b)"
    r"|brandy|brandies|sherry|sherries|nightcaps?|drams?"
    # a spirit named with its mixer, or a mixed drink by its name: "a couple of rum and cokes",
    # "vodka lemonades", "a jack and coke", "an Aperol spritz", "margaritas", "a few spritzers"
    # (not a spray of water: "a spritzer bottle for the plants"), "a shandy", "a Pimm's"
    r"|(?:rum|gin|vodka|whisk(?:e)?y|bourbon|brandy|jack|jd|tequila|baileys)s? (?:and|&|n|'n')"
    r" (?:diet |full[- ]fat )?(?:cokes?|colas?|tonics?|lemonades?|sodas?|gingers?|ginger ales?"
    r"|ginger beers?|oranges?|limes?|mixers?|pepsis?|cranberr(?:y|ies))\b"
    r"|(?:rum|gin|vodka|whisk(?:e)?y|bourbon) (?:cokes?|tonics?|lemonades?|sodas?|sours?)\b"
    r"|"
    + forms.COCKTAILS
    # ... or a punch by its spirit: "a rum punch or three at the beach bar" (not a fruit punch)
    + r"|(?:rum|gin|vodka|whisk(?:e)?y|bourbon|brandy|wine|cider|tequila) punch(?:es)?\b"
    r"|(?:aperol |campari )?(?<!water )spritz(?:es|ers?)?(?! (?:bottles?|guns?|of water))"
    r"|shand(?:y|ies)|pimm'?s|margaritas?|mojitos?|negronis?|daiquiris?|pi[nñ]a"
    r" coladas?|cosmopolitans?|long island iced teas?|alcopops?|hard seltzers?",
    "caffeine late": r"caffeine|coffee|espresso|lattes?|cappuccinos?|flat whites?|americanos?"
    r"|red bull|energy drinks?",
    # the phone as a signal or a call ("every time my phone buzzes", "phone calls") is not
    # screen time
    # (the phone's own screens are no screen time: "the icon on my home screen")
    # (nor is a screen that prints: "screen printing at the studio")
    "screen late": r"(?<!home )(?<!lock )(?<!splash )(?<!start )(?<!login )(?<!main )screens?"
    r"(?![- ]?print)"
    # ... nor is a name or number that shows up on it ("the school's number comes up on my
    # phone", "flashes up on the phone")
    r"|(?<!up on my )(?<!up on the )(?<!appears on my )(?<!appeared on my )(?<!flashes on my )"
    r"(?<!flashed on my )"
    # ... nor the phone picked up or answered, a call taken ("not wanting to pick up the phone")
    r"(?<!pick up the )(?<!pick up my )(?<!picking up the )(?<!picking up my )(?<!answer the )"
    r"(?<!answer my )(?<!answering the )(?<!answering my )"
    r"phones?(?!\s+(?:buzz\w*|ring\w*|rang|ping\w*|goes off|went off"
    r"|going off|vibrat\w*|lights up|calls?|dings?|to|with"
    # (a session had over the phone is no screen time: "phone sessions with the counsellor")
    r"|sessions?|appointments?|consultations?|check-?ins?|therap\w*|counsell\w*))|doomscroll\w*"
    # ... nor scrolling back through the journal ("scroll back to the last entry where ...")
    r"|scroll(?:s|ed|ing)?(?! back| through (?:the|my|old) (?:entries|journal|diary)| to find)"
    r"|(?:social media|instagram|tiktok|insta|reels|youtube|reddit|snapchat|facebook|twitter"
    r"|pinterest|twitch|tumblr)"
    # (a platform the practice is learnt from is no screen time: "that YouTube yoga teacher", "a
    # TikTok workout")
    r"(?!(?:'s)? (?:yoga|pilates|workouts?|hiit|exercises?|fitness|meditations?|breathing|dance"
    r"|tai chi|stretch\w*|cooking|baking|recipes?|guitar|piano|lessons?|classes|teachers?"
    r"|instructors?|tutorials?)\b)"
    # a show watched on a phone or into the night is the late screen, not the telly: "Netflix
    # on my phone in bed", "films on the laptop till one", "box sets until gone midnight"
    r"|(?:binge\w* (?:on )?)?(?:" + WATCHED + r")"
    r"(?: (?:on|in) (?:my|the|me|a) (?:phone|tablet|ipad|laptop|mobile))"
    + IN_BED
    + r"?(?: "
    + TILL_LATE
    + r")?|(?:binge\w* (?:on )?)?(?:"
    + WATCHED
    + r")"
    + IN_BED
    + r"? "
    + TILL_LATE
    # whatever is on the device kept up late, it is the late screen: "property sites on my
    # mobile long after 12", "emails on my laptop in bed past midnight"
    # (not the person on it: "the days I'm on my laptop till late" sets when they are asked)
    + r"|(?<!i'm )(?<!im )(?<!i am )(?<!i was )(?<!been )(?:on|in) (?:my|the|me|a|an old)"
    r" (?:phone|mobile|tablet|ipad|laptop|kindle)" + IN_BED + r"? " + TILL_LATE,
}
