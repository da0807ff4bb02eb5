"""The parts of the farewell families of ``rules_en_frames_open``: love said to everyone at
once, a goodbye kept for a silence, no use left for one's things, and pets rehomed for good,
each with the everyday look-alikes it keeps out (an occasion, a note in a game, a clear-out, a
landlord's rule on pets).

Why apart: ``rules_en_frames_open`` holds the rules and the parts of its other families; these
word lists are the largest of its parts, and held here they leave room for the module to grow
under the style limit. Only the parts moved: every rule is still built, named and listed in
``rules_en_frames_open.RULES``, in the same order.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.rules import END
from neuroleaf_desktop.domain.safety.rules_core_signs import HANDED_ON_REASON

# --- love said to everyone at once -------------------------------------------------------------
_CALLED_EVERYONE = (
    r"\b(?:rang|ringing|rung|called|calling|phoned|phoning|texted|texting|messaged|messaging"
    r"|wrote\s+to|writing\s+to|visited|visiting|went\s+round\s+to|hugged|hugging|facetimed"
    r"|video\s*called|whatsapped)\s+(?:round\s+|around\s+)?(?:to\s+)?(?:everyone|everybody|all"
    r"\s+of\s+them|all\s+(?:of\s+)?my\s+\w+|the\s+whole\s+(?:family|lot|gang|clan)|each\s+(?:one"
    r"\s+)?of\s+them|every\s+(?:one|single\s+one)\s+of\s+(?:them|my\s+\w+)|the\s+people\s+i"
    r"\s+love)\b"
)
_TO_SAY_LOVE = (
    r"\b(?:to\s+(?:say|tell\s+(?:them|him|her|everyone|each\s+one))|and\s+(?:said|told\s+(?:them"
    r"|him|her|everyone)))\s+(?:that\s+)?(?:i\s+love\s+(?:you|them|him|her)|love\s+(?:you|them)"
    r"|i\s+loved\s+them|thank\s+you|thanks|(?:i'?m\s+)?sorry|goodbye|bye|how\s+much\s+(?:i\s+love"
    r"|they\s+mean))\b"
)
# … or love or thanks said out of the blue, and the others puzzled by it
_MESSAGE_OF_LOVE = (
    r"\b(?:rang|ringing|called|calling|phoned|phoning|texted|texting|messaged|messaging|wrote"
    r"|writing|visited|visiting|hugged|hugging|told|telling)\b[^.!?\n]{0,80}?\b(?:i\s+love"
    r"|i\s+loved|love\s+(?:you|them|him|her)|thanks?\s+(?:you\s+)?for\s+everything|how\s+much"
    r"\s+(?:i\s+love|they\s+mean|(?:he|she)\s+means)|(?:the\s+)?best\s+(?:thing|part|bit)\s+of"
    r"\s+my\s+life|sorry\s+for\s+everything)\b"
)
_THEY_WONDERED = (
    r"\b(?:(?:don'?t|didn'?t|doesn'?t)\s+know\s+why|out\s+of\s+(?:nowhere|the\s+blue)"
    r"|(?:asked|wondered|asking|wondering)\s+(?:me\s+)?(?:why|what'?s\s+(?:wrong|up|going\s+on)"
    r"|if\s+i\s+was\s+(?:ok|okay|alright|all\s+right))|thought\s+(?:i'?d|i\s+had|i\s+was)\s+"
    r"(?:had\s+a\s+drink|been\s+drinking|drunk|lost\s+it|ill|joking)|looked\s+(?:worried"
    r"|confused|at\s+me\s+funny)|(?:was|were|got|seemed)\s+(?:confused|worried|puzzled"
    r"|spooked)|didn'?t\s+ask\s+why|no\s+reason)\b"
)
# … said to more than one person: one text to Mum is not a round of goodbyes
_MANY = (
    r"\b(?:everyone|everybody|all|them|they|friends|family|each|every|people|mates|cousins"
    r"|brothers|sisters|kids|children|parents|folks)\b"
)
# … or the goodbye's marks: a last memory left, a note for whoever finds it, a letter sorry for
# everything, things tidied so nobody has to do it after
_LAST_MARKS = (
    r"\bso\s+(?:they|she|he|you|everyone|everybody)(?:'d|\s+would|\s+will|'ll)\s+have\s+(?:a\s+)?"
    r"(?:\w+\s+)?(?:last|final)\s+memor(?:y|ies)\b"
    r"|\b(?:note|letter|message)\s+(?:\w+\s+){0,5}?for\s+(?:whoever|whomever|the\s+(?:person|one)"
    r"\s+who)\s+finds\s+(?:it|me|this)\b"
    r"|\b(?:letter|note|card|message)\s+(?:\w+\s+){0,3}?(?:saying|to\s+say)\s+(?:i'?m\s+)?sorry"
    r"\s+for\s+everything" + END + r""
    r"|\bso\s+(?:nobody|no\s+one|no-one|they|she|he|mum|mam|mom|dad|the\s+family)\s+(?:has|have"
    r"|'ll\s+have|will\s+have|won'?t\s+have|doesn'?t\s+have|don'?t\s+have)\s+to\s+(?:do\s+it"
    r"|deal\s+with\s+(?:it|anything)|sort\s+(?:it|anything)|clear\s+(?:it|anything|up))\s+"
    r"(?:after\s+i'?m\s+gone|after\s+me|when\s+i'?m\s+gone|once\s+i'?m\s+gone)"
)
# A note left in a game, a lost thing, a time capsule.
_A_FOUND_NOTE = (
    r"lost|found|wallet|keys|umbrella|treasure|geocach\w*|game|hunt|scavenger|capsule|bottle"
    r"|party|clean\w*|tidy\w*\s+(?:up\s+)?after\s+(?:the|a)"
)
_AN_OCCASION = (
    r"christmas|xmas|new\s+year|birthday|anniversary|news|engaged|engagement|pregnan\w*|baby"
    r"|results|wedding|party|invite\w*|holiday|trip|flight|landed|arrived|safe|lockdown|funeral"
    r"|died|passed|death|lost\s+(?:my|our)|scare|accident|diagnos\w*|recovery|surgery|operation"
    r"|thanksgiving|eid|diwali|mother'?s\s+day|father'?s\s+day|valentine'?s?|graduat\w*"
    r"|promotion|new\s+job|moving|emigrat\w*|leaving|retire\w*|drunk|tipsy|pints|wine|beers"
    r"|pissed|sober|steps|ninth\s+step|amends|therapist|therapy|ha|haha|lol|lmao"
)

# --- a goodbye kept for a silence -----------------------------------------------------------------
_IF_SILENT = (
    r"\bif\s+(?:you|u|anyone|nobody|they|none\s+of\s+you)\s+(?:don'?t|do\s+not|doesn'?t|never"
    r"|can'?t)\s+(?:\w+\s+)?(?:hear\s+from\s+me|get\s+a\s+(?:message|text|call)\s+from\s+me"
    r"|see\s+me\s+again)\b"
    r"|\bif\s+(?:anything|something)\s+(?:happens|should\s+happen|were\s+to\s+happen)\s+to\s+me\b"
    r"|\bif\s+i\s+(?:don'?t|do\s+not|never)\s+(?:make\s+it|wake\s+up|come\s+back|turn\s+up"
    r"|see\s+you\s+again)\b|\bif\s+(?:i'?m|i\s+am)\s+(?:gone|no\s+longer\s+(?:here|around))\b"
)
_KNOW_YOU_WERE_LOVED = (
    r"\b(?:know|remember|never\s+forget)\s+(?:that\s+)?(?:you\s+(?:were|are|was)\s+(?:the\s+best"
    r"|my\s+\w+|loved|everything|the\s+world)|i\s+(?:always\s+)?(?:love|loved)|how\s+much\s+i"
    r"\s+(?:love|loved))"
    r"|\byou\s+(?:were|are|was)\s+the\s+best\s+(?:\w+\s+){0,2}?(?:i\s+(?:ever\s+)?(?:had|knew"
    r"|could)|in\s+the\s+world|ever)\b"
    r"|\bthank\s+you\s+for\s+(?:everything|being\s+(?:my|there))\b"
    # … or comfort left for afterwards: "don't be sad, you did everything you could"
    r"|\b(?:don'?t\s+be\s+sad|don'?t\s+blame\s+yourself|it\s+(?:wasn'?t|isn'?t|was\s+not|is\s+not)"
    r"\s+your\s+fault|you\s+did\s+everything\s+you\s+could|there\s+was\s+nothing\s+you\s+could"
    r"\s+have\s+done)\b"
)
_A_REASON_FOR_SILENCE = (
    r"train|bus|coach|ferry|plane|ring|call\s+you|text\s+you|back|trip|holiday|flight|fly\w*"
    r"|abroad|travel\w*|hik\w*|trek\w*|expedition|climb\w*|sail\w*"
    r"|deploy\w*|tour|surgery|operation|op|hospital|signal|battery|wifi|offline|festival"
    r"|camping|exams?|busy|retreat|rehab|ship|cruise|storm|hurricane|evacuat\w*|war|front"
    r"|mission|posting|rigs?|offshore|mountains?|everest|base\s+camp|jungle|desert|arctic"
    r"|antarctic|solo|race|marathon|labou?r|birth|delivery|c-?section|anaesthetic|anesthetic"
)

# --- no use left for one's things ---------------------------------------------------------------
_HANDED = (
    r"\b(?:[\w']+'s|[\w']+'ve|\w+\s+has|\w+\s+have)\s+got\s+(?:all\s+)?my\b"
    r"|\b(?:gave|given|giving|handed|passed\s+on|passed|left|let\s+(?:him|her|them|\w+)\s+"
    r"(?:have|keep|take))\s+(?:\w+\s+)?(?:all\s+)?my\b"
    r"|\b(?:giving|give|gave|handing|passing)\s+(?:them|it|everything|it\s+all|the\s+lot)\s+"
    r"(?:away|to|out)\b|\b(?:has|have|had)\s+gone\s+to\s+(?:the|my|a)\b"  # "have gone to the kid"
)
_NO_USE_LEFT = (
    r"\b(?:i'?ve|i\s+have|i'?ll\s+have|i\s+got|i'?d|i)\s+(?:got\s+)?no\s+(?:more\s+|further\s+"
    r"|longer\s+|real\s+)?(?:use|need)\s+for\s+(?:them|'em|em|it|any\s+of\s+(?:it|them|'em)"
    r"|those|that|the\s+\w+)\b|\bi\s+(?:won'?t|will\s+not)\s+be\s+(?:needing|using)\s+(?:them"
    r"|'em|it|any\s+of\s+(?:it|them))\b"
    r"|\b(?:i'?ve|i\s+have|i)\s+(?:got\s+)?no\s+(?:more\s+)?need\s+(?:of\s+(?:them|it)\s+)?"
    r"(?:now|any\s*more)" + END + r""
    r"|\bi\s+(?:don'?t|do\s+not|won'?t|will\s+not)\s+need\s+(?:my|any\s+of\s+my)\s+(?:things"
    r"|stuff|belongings|possessions|clothes|books|records|tools)\s+(?:any\s*more|now|no\s+more)\b"
    r"|\bno\s+(?:use|good)\s+to\s+me\s+(?:soon|much\s+longer|where\s+i'?m\s+going)" + END
)
_A_REASON_TO_PART = (
    r"weight|sizes?|fit|arthritis|knees?|back|hips?|eyes|eyesight|hands"
    r"|retire\w*|lost\s+interest|took\s+up"
    r"|taking\s+up|hobby|downsiz\w*|clear\w*\s+out|declutter\w*|spring\s+clean\w*|car\s+boot"
    r"|sold|selling|ebay|charity|tip|loan\w*|borrow\w*|lend\w*|for\s+the\s+(?:season|summer"
    r"|weekend|trip)|while\s+i'?m|his\s+birthday|her\s+birthday|christmas|present|gift"
)

# … or several of one's things given away at once: "given away my books, my guitar and my bike"
_MANY_THINGS_GIVEN = (
    r"\b(?:given|gave|giving|give)\s+away\s+(?:all\s+)?my\s+[\w' ]{2,25}?,\s*(?:and\s+)?my\s+"
    r"|\bmy\s+[\w' ]{2,25}?,\s*my\s+[\w' ]{2,25}?,?\s+and\s+my\s+[\w' ]{2,25}?\s+(?:have|are"
    r"|'ve)\s+(?:all\s+)?(?:gone|been\s+given|given\s+away)\s+to\b"
)
_A_CLEAR_OUT = (
    r"charity|charity\s+shop|declutter\w*|clear-?out|clearing|tidy\w*|spring|car\s+boot|space"
    r"|room|loft|garage|jumble|swap\w*|freecycle|gumtree|marketplace|vinted"
)

# --- pets rehomed for good ----------------------------------------------------------------------
_REHOMED = (
    r"\b(?:rehomed|re-homed|rehoming|found\s+(?:a\s+|new\s+)?(?:new\s+)?homes?\s+for"
    r"|found\s+(?:\w+\s+){0,2}?(?:folk|people|someone|somebody|a\s+family|families|homes)\s+"
    r"(?:to|who'?ll|who\s+will|that'?ll|who\s+can)\s+(?:take|keep|have|look\s+after)"
    r"|given|gave|handed|passed\s+on"
    r"|(?:gone|going|went)\s+to\s+(?:my|the|a|our|his|her)\s+\w+(?:\s+\w+)?\s+(?:to\s+keep|for"
    r"\s+good|for\s+keeps|to\s+live))\b"
)
_PETS = (
    r"\b(?:dogs?|cats?|pupp(?:y|ies)|kittens?|horses?|pony|ponies|rabbits?|budgies?|parrots?"
    r"|birds?|pets?|hamsters?|guinea\s+pigs?|tortoise|chickens|hens|goats?|animals|lurcher"
    r"|greyhound|terrier|collie|spaniel|labrador)\b"
)
_FOR_GOOD = (
    r"\b(?:forever|for\s+good|for\s+keeps|for\s+always|permanently|for\s+the\s+rest\s+of\s+"
    r"(?:their|its|his|her)\s+li\w+|that'?s\s+(?:sorted|done|taken\s+care\s+of)|all\s+sorted"
    r"|one\s+less\s+thing|after\s+i'?m\s+gone|keep\s+(?:him|her|it|them)\s+(?:always|for\s+ever"
    r"|forever|for\s+good))\b"
)
_A_REASON_TO_REHOME = (
    HANDED_ON_REASON["en"] + r"|baby|new\s+job|hours|working\s+(?:away|long)|travel\w*"
    r"|afford|vet|litter|rescue|shelter|foster\w*|volunteer\w*|breeder|no\s+pets|care\s+home"
    r"|nursing\s+home|hospital|dementia|passed|died|deceased|late|funeral|neighbou?r'?s"
    r"|mum'?s|mam'?s|nan'?s|gran'?s|dad'?s|(?:his|her)\s+(?:\w+\s+)?" + _PETS[2:-2]
)
