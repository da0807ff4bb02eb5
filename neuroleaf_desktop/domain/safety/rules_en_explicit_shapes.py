"""English explicit statements in the grammatical shapes the core rules do not cover.

Why: "I want to die" has many grammatical relatives that carry the same wish without its
words in that order. Death can be the subject and the person's own death appraised ("death
sounds nice", "suicide keeps looking better"); the wish can be put as a preference or a
welcome ("I'd take death over this", "I would welcome death", "wouldn't mind dying"); as a
condition ("if I died tomorrow I'd be glad"); as a hope or prayer for an accident ("praying
for a car to hit me"); as a question to oneself ("why am I still alive", "am I allowed to
just die"); as weariness of living itself ("I've had enough of living"); as the self wished
over ("for me to be over"); as second-person self-talk ("you should just kill yourself, I
tell myself"); or in slang ("catch the bus, you know the one").

Each rule names the family, and keeps out its look-alike: "death metal sounds good",
"I'd take death by chocolate over salad", "I hope I die before I get old" (a lyric), "I hope
I die peacefully at 95", "had enough of living in this flat", "why am I still awake",
"caught the bus home", "my brain says I should dye my hair". Every rule has a ``gate``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, rule
from neuroleaf_desktop.domain.safety.rules_en_words import POINT_NAMED as _POINT_NAMED

_SI, _DW = Category.SUICIDAL_IDEATION, Category.DEATH_WISH
_CON = Severity.CONCERN

# Hedges and intensifiers that may sit between the words of a shape ("honestly", "kind of").
_SOFT = (
    r"(?:(?:so|really|pretty|kind\s+of|kinda|sort\s+of|honestly|just|genuinely|quite|very|almost"
    r"|oddly|strangely|weirdly)\s+)*"
)
# Death as a thing, not a band genre, a place or a film ("death metal", "Death Valley").
_DEATH = (
    r"(?:death|suicide|dying|being\s+dead|not\s+existing|not\s+being\s+alive|not\s+waking\s+up"
    # … or the idea of it: "the idea of ending it feels almost peaceful"
    r"|the\s+(?:idea|thought)\s+of\s+(?:ending\s+it(?:\s+all)?|ending\s+my\s+life|dying"
    r"|killing\s+myself|not\s+waking\s+up|being\s+dead))"
    r"(?!\s+(?:metal|valley|star|row|cab|scene|toll|rate|penalty|certificate|by\s+\w+|of\s+(?:a|the|my)\s+\w+))"
)
# A good thing to look forward to.
_APPEAL = (
    r"(?:nice|good|great|lovely|peaceful|appealing|tempting|comforting|inviting|welcome|better"
    r"|easier|restful|like\s+(?:such\s+)?(?:a|the)\s+(?:relief|rest|mercy|way\s+out|answer|escape|release)"
    r"|like\s+(?:relief|peace|freedom|home))"
)

APPRAISAL_RULES: tuple[Rule, ...] = (
    rule(
        "xs_death_sounds_nice",
        _DW,
        _CON,
        # "death sounds nice right now", "suicide keeps looking better every day", "not waking
        # up seems so peaceful": own death as the subject, judged good. Only at the start of a
        # clause, so "the death scene looks good" and "his death seems so unfair" stay out.
        rf"(?:^|[.!?,;:\n]\s*|\b(?:and|but|honestly|tbh|ngl|lately|now|just|sometimes|today|maybe"
        rf"|perhaps|(?:some|most|other)\s+(?:nights|days|mornings))\s+)"
        rf"{_DEATH}\s+{_SOFT}(?:(?:sounds|seems|feels|looks|is\s+looking|is\s+sounding|keeps\s+"
        rf"(?:looking|sounding|seeming)|would\s+(?:be|feel))\s+{_SOFT}(?:more\s+and\s+more\s+)?{_APPEAL}"
        # "dying would honestly fix everything", "maybe suicide is the answer"
        rf"|would\s+{_SOFT}(?:fix|solve|end)\s+(?:everything|it\s+all|all\s+(?:of\s+)?this|my\s+problems)"
        rf"|(?:is|might\s+be|could\s+be|would\s+be)\s+(?:the\s+(?:only\s+)?|my\s+(?:only\s+)?)"
        rf"(?:answer|solution|way\s+out|escape|best\s+option)" + END + ")",
        gate=r"death|suicide|dying|dead|existing|alive|waking|idea|thought",
        inherent=True,
    ),
    rule(
        "xs_welcome_death",
        _DW,
        _CON,
        # "I would welcome death with open arms", "I'd happily welcome death", "I'd take death
        # over this any day", "I'd choose death over another year of this", "wouldn't mind
        # dying", "I wouldn't mind not waking up" (not "death by chocolate")
        r"\b(?:i'?d|i\s+would|i'?ll|i\s+will)\s+(?:\w+ly\s+|gladly\s+|honestly\s+|just\s+)?"
        r"(?:welcome|embrace|take|choose|pick|prefer)\s+(?:death|dying|being\s+dead)"
        r"(?!\s+(?:metal|by\s+\w+|valley|cab|star))\b"
        r"|\b(?:i\s+)?(?:wouldn'?t|would\s+not|wouldnt|don'?t|do\s+not)\s+(?:\w+\s+)?mind\s+"
        r"(?:dying|being\s+dead|not\s+waking\s+up|not\s+existing|if\s+i\s+(?:died|didn'?t\s+wake\s+up))"
        r"(?!\s+(?:of|from|laughing|my|your|her|his|the)\b)",
        gate=r"death|dying|dead|mind",
        inherent=True,
    ),
    rule(
        "xs_glad_if_i_died",
        _DW,
        _CON,
        # "if I died tomorrow I'd be glad", "if I didn't wake up I'd be relieved" (not "if I
        # died tomorrow I'd be happy with the life I've had": the wish must end the clause)
        # … or the dying hoped for and taken: "if I could die in my sleep tonight I'd take it"
        r"\bif\s+i\s+(?:just\s+)?(?:died|didn'?t\s+wake\s+up|never\s+woke\s+up|was\s+dead|were\s+dead"
        r"|could\s+(?:just\s+)?die)"
        r"(?:\s+(?:tomorrow|tonight|today|now|in\s+my\s+sleep)){0,2},?\s+(?:i'?d|i\s+would)\s+"
        r"(?:(?:\w+\s+)?be\s+(?:so\s+|really\s+|honestly\s+)?(?:glad|happy|relieved|grateful"
        r"|thankful|ok|okay|fine|at\s+peace)|(?:gladly\s+|happily\s+)?take\s+it)" + END,
        gate=r"if\s+i",
        inherent=True,
    ),
    rule(
        "xs_if_i_ended_it",
        _SI,
        _CON,
        # others said to cope or be fine "if I just ended it (all)": the act as a condition of
        # their lives going on. "ended it all" is the act itself; a bare "ended it" only with the
        # others' would-clause before it, and never with a partner, a call or a contract beside
        # it ("we'd both be happier if I just ended it with him")
        r"\bif\s+i\s+(?:just\s+|simply\s+|finally\s+|only\s+)?ended\s+it\s+all\b"
        r"|(?![^.!?\n]*\b(?:him|her|boyfriend|girlfriend|bf|gf|relationship|marriage|engagement"
        r"|things|partner|husband|wife|contract|call|lease|job|subscription|chat|conversation"
        r"|game|argument|friendship|deal|affair"
        r"|course|degree|project|membership|season|story|book|thread|series|band|tenancy)\b)"
        # (the ones left behind named: the kids, the family, everyone, they)
        r"\b(?:kids|children|family|everyone|everybody|they|parents|folks|world)(?:\s+(?:would"
        r"|could|might)|'d)\s+[^.!?\n]{0,40}?\bif\s+i\s+(?:just\s+|simply\s+|finally\s+"
        r"|only\s+)?ended\s+it\b(?=\s*(?:$|[.!?;,\n]))",
        gate=r"ended\s+it",
        inherent=True,
    ),
    rule(
        "xs_hope_i_die",
        _DW,
        _CON,
        # "I hope I die in my sleep tonight", "hoping I don't wake up" (not the lyric "hope I
        # die before I get old", nor "I hope I die peacefully at 95" or "of old age")
        r"\b(?:i\s+)?(?:\w+\s+)?hop(?:e|ing)\s+(?:that\s+)?i\s+(?:just\s+)?(?:die|don'?t\s+wake\s+up"
        r"|never\s+wake\s+up|(?:just\s+)?stop\s+breathing)\b"
        r"(?![^.!?\n]{0,30}\b(?:before\s+i\s+get\s+old|laughing|of\s+(?:old\s+age|laughter|embarrass\w*)"
        r"|at\s+\d+|aged|when\s+i'?m\s+(?:old|\d+)|a\s+happy|an?\s+old)\b)",
        gate=r"hop",
        inherent=True,
    ),
    rule(
        "xs_pray_for_an_accident",
        _DW,
        _CON,
        # "I keep praying for a car to hit me", "hoping a bus runs me over", "I wish a truck
        # would just hit me" (an accident wished on oneself)
        r"\b(?:pray\w*|hop\w*|wish\w*)\s+(?:for\s+)?(?:that\s+)?(?:a|the|some)\s+(?:car|bus|truck"
        r"|lorry|train|van|drunk\s+driver)\s+(?:to\s+|would\s+|will\s+|just\s+)*(?:(?:hits?|kills?"
        r"|flattens?)\s+me|(?:runs?|ran)\s+(?:me\s+over|over\s+me))\b",
        gate=r"pray|hop|wish",
        inherent=True,
    ),
)

QUESTION_RULES: tuple[Rule, ...] = (
    rule(
        "xs_point_of_being_alive",
        Category.NO_REASON_TO_LIVE,
        _CON,
        # "what is even the point of being alive", "whats the point in staying alive" (not
        # "the point of living in London if you never go out")
        r"\bwhat'?s?\s+(?:is\s+)?(?:even\s+)?the\s+(?:\w+\s+)?point\s+(?:of|in)\s+(?:being\s+alive"
        r"|staying\s+alive|living|existing|going\s+on|carrying\s+on|my\s+life|life|being\s+here)\b"
        + _POINT_NAMED
        + r"(?!\s+(?:(?:in|at|near)\s+(?:a\s+|the\s+|this\s+)?(?:london|city|town|flat|house"
        r"|village|country|suburbs?|countryside)|with\s+(?:my|your|the)\s+(?:parents|mum|mom|dad|in-laws)"
        r"|abroad|insurance|admin|hacks?)\b)",
        gate=r"point",
        inherent=True,
    ),
    rule(
        "xs_why_am_i_still_alive",
        _DW,
        _CON,
        # "why am I still alive", "why do I keep living", "why am I even still here?" (not
        # "why am I still awake", nor "still here at the office"), "am I allowed to just die?"
        r"\bwhy\s+(?:am\s+i|do\s+i|the\s+hell\s+am\s+i|tf\s+am\s+i)\s+(?:even\s+)?(?:still\s+)?"
        r"(?:even\s+)?(?:alive|breathing|living|keep\s+(?:living|waking\s+up|going|breathing))\b"
        r"|\bwhy\s+am\s+i\s+(?:even\s+)?still\s+here\s*(?:\?|$)"
        r"|\b(?:am\s+i|is\s+it\s+(?:ok(?:ay)?|alright|allowed))\s+(?:allowed\s+)?(?:for\s+me\s+)?"
        r"(?:to|if\s+i)\s+(?:just\s+)?(?:die|end\s+it|stop\s+living|not\s+be\s+alive)\b"
        r"(?!\s+(?:of|from|laughing|my|your|her)\b)",
        gate=r"why|allowed|ok|alright",
        inherent=True,
    ),
)

WEARY_RULES: tuple[Rule, ...] = (
    rule(
        "xs_suicide_on_my_mind",
        _SI,
        _CON,
        # "suicide has been on my mind a lot", "killing myself is all I can think about" (the
        # act as the subject of the thought; not "death has been on my mind since nan died")
        r"\b(?:suicide|killing\s+myself|ending\s+it\s+all|ending\s+my\s+life|taking\s+my\s+own\s+life)"
        r"(?:\s+(?:is|has\s+been|keeps\s+(?:being|coming\s+back)|was)|'s)\s+"
        # (the word between is no denial: "suicide's not on my mind at all")
        r"(?:(?!(?:not|never|no|nowhere)\b)\w+\s+)?(?:on\s+my\s+mind|in\s+my"
        r"\s+head|all\s+i\s+(?:can\s+)?think\s+about"
        # … or all that turns in the head: "suicide is all that goes round my head"
        r"|all\s+that\s+(?:goes|went|spins|runs|turns)\s+(?:round|around|through)\s+(?:in\s+)?my"
        r"\s+(?:head|mind)"
        # … or the only thing there, however hedged: "suicide is basically the only thing …"
        r"|(?:(?:pretty\s+much|more\s+or\s+less|kinda|kind\s+of)\s+)?(?:the\s+)?only\s+thing\s+(?:on\s+my"
        r"\s+mind|in\s+my\s+head|i\s+(?:can\s+)?think\s+about))\b",
        gate=r"suicide|myself|ending|my\s+own\s+life",
        inherent=True,
    ),
    rule(
        "xs_had_enough_of_living",
        _DW,
        _CON,
        # "I've had enough of living", "sick of being alive", "over being alive" (not "had
        # enough of living in this flat", "tired of living with my parents")
        r"\b(?:had\s+enough|sick|fed\s+up|done|finished)\s+(?:of|with)\s+(?:living|being\s+alive"
        r"|existing|breathing|this\s+life|my\s+life|life)\b"
        r"(?!\s+(?:in|with|at|near|on|under|like\s+this\s+in|here\s+in|admin|insurance|coach\w*"
        r"|lessons?|skills?|hacks?|story|stories|style|abroad|off|out|paycheck|pay\s*cheque)\b)",
        gate=r"enough|sick|fed\s+up|done|finished",
        inherent=True,
    ),
    rule(
        "xs_for_me_to_be_over",
        _DW,
        _CON,
        # "all I want is for me to be over", "I want myself gone", "I just want to not be
        # anymore", "I want to be gone for good" (the self, not a task, wished over)
        r"\bfor\s+me\s+to\s+(?:just\s+)?(?:be\s+over|be\s+gone(?:\s+for\s+good|\s+forever)?|not\s+exist"
        r"|stop\s+existing|not\s+be\s+here|disappear\s+forever|be\s+dead)"
        + END
        + r"|\bwant\s+(?:myself|me)\s+(?:gone|dead|over)"
        + END
        + r"|\bwant\s+to\s+(?:just\s+)?not\s+be\s+anymore"
        + END,
        gate=r"for\s+me|myself|me\s+(?:gone|dead|over)|not\s+be",
        inherent=True,
    ),
)

PREFERENCE_RULES: tuple[Rule, ...] = (
    rule(
        "xs_sooner_be_dead",
        _DW,
        _CON,
        # "I'd sooner be dead than go back", "I'd be happier dead", "I'd be better off not
        # existing" (not "dead tired", nor "better off gone from this job")
        r"\b(?:i'?d|i\s+would)\s+(?:much\s+|just\s+)?sooner\s+(?:be\s+dead|die)\b"
        r"(?!\s+(?:tired|on\s+my\s+feet)\b|[^.!?\n]*\b(?:lol|lmao|haha\w*)\b)"
        # the comparison in any words of "no worse": "I'd be as well off dead", "just as well dead"
        r"|\b(?:i'?d|i\s+would|i'?m|i\s+am)\s+(?:\w+\s+)?be\s+(?:so\s+much\s+|much\s+)?(?:better\s+off"
        r"|(?:just\s+)?as\s+well(?:\s+off)?|happier|better|calmer|more\s+at\s+peace)\s+(?:dead|not\s+existing|not\s+alive|never\s+born"
        r"|in\s+the\s+ground|six\s+feet\s+under)\b(?!\s+(?:tired|on\s+my\s+feet|beat)\b)",
        gate=r"sooner|better|happier|calmer|peace|well",
        inherent=True,
    ),
    rule(
        "xs_should_just_end_it",
        _SI,
        _CON,
        # "probably should just end it", "might as well end it all", "maybe I should end my
        # life" (not "I should just end it with him", "we should end it here")
        r"(?<!we\s)(?<!they\s)\b(?:should|could|might\s+as\s+well|may\s+as\s+well)\s+(?:just\s+|finally\s+)?"
        r"(?:end\s+it(?:\s+all)?|end\s+my\s+life|end\s+myself)(?:\s+(?:now|tonight|already|today))?"
        r"(?:\s+(?:tbh|honestly|ngl|fr|rn|lol|tho|though))?"
        + END
        + r"(?![^.!?\n]*\b(?:meeting|call|relationship|contract|chat|game|match)\b)",
        gate=r"should|could|might|may",
        inherent=False,
    ),
    rule(
        "xs_let_me_die",
        _DW,
        _CON,
        # "just let me die already", "please let me not wake up" (a plea, not "let me die of
        # embarrassment lol")
        r"\b(?:just|please|god|pls|plz|lord)\s+(?:just\s+)?let\s+me\s+(?:just\s+)?(?:die|not\s+wake\s+up"
        r"|be\s+dead)\b(?!\s+(?:of|from|laughing|in\s+peace\s+with)\b"
        r"|[^.!?\n]*\b(?:lol|lmao|haha\w*|embarrass\w*|cringe)\b)",
        gate=r"let\s+me",
        inherent=True,
    ),
)

# Dying as the object of a plea or a modal, with the figurative "die of/laughing/my hair" kept out.
_DIE_NOT_FIGURATIVE = (
    r"(?!\s+(?:of|from|laughing|inside|a\s+little|happy|(?:my|your|her|his|our)\s+hair)\b)"
)

WILL_RULES: tuple[Rule, ...] = (
    rule(
        "xs_no_will_to_live",
        Category.NO_REASON_TO_LIVE,
        _CON,
        # "zero desire to keep living", "lost all will to live", "no reason to stay alive" (not
        # "no desire to live in a city", "lost the will to live during that meeting lol")
        r"\b(?:zero|no|lost\s+(?:the|all|my|any)|losing\s+(?:the|my)|don'?t\s+have\s+(?:the|any))\s+"
        r"(?:desire|will|wish|reason|drive|motivation)\s+(?:left\s+)?to\s+(?:keep\s+|even\s+)?(?:live|living"
        r"|go\s+on|stay\s+alive|be\s+alive|exist|keep\s+going)\b"
        r"(?!\s+(?:in|with|at|near|during|through)\b|[^.!?\n]*\b(?:lol|lmao|haha\w*|meeting|lecture"
        r"|queue|traffic)\b)",
        gate=r"desire|will|wish|reason|drive|motivation",
        inherent=True,
    ),
    rule(
        "xs_life_not_worth_it",
        Category.NO_REASON_TO_LIVE,
        _CON,
        # "life's not worth it anymore", "this life isn't worth the pain" (life the subject)
        r"\b(?:my\s+|this\s+)?life(?:'s|\s+is|s)?\s+(?:just\s+)?(?:not|isn'?t|aint|ain'?t|no\s+longer)"
        r"\s+(?:really\s+)?worth\s+(?:it|living|the\s+(?:effort|pain|trouble|fight|struggle)|anything)\b",
        gate=r"worth",
        inherent=True,
    ),
    rule(
        "xs_not_meant_to_be_alive",
        _DW,
        _CON,
        # "I'm not meant to be alive", "I was never supposed to survive" (not "not meant to be
        # here, I'm meant to be at work")
        r"\bi(?:'?m|\s+am|\s+was)\s+(?:just\s+)?(?:not|never)\s+(?:meant|supposed)\s+to\s+(?:be\s+alive"
        r"|live|exist|survive|have\s+survived|have\s+been\s+born)\b(?!\s+(?:in|like|with|on|at)\b)",
        gate=r"meant|supposed",
        inherent=True,
    ),
    rule(
        "xs_should_just_die",
        _DW,
        _CON,
        # "I should just disappear permanently", "might as well die", "I need to stop existing"
        # ("I could just die" is a blush, left out; "we should dye our hair" is a dye)
        r"\b(?:should|might\s+as\s+well|may\s+as\s+well|need\s+to|ought\s+to)"
        r"\s+(?:just\s+|honestly\s+|probably\s+)?(?:die"
        + _DIE_NOT_FIGURATIVE
        + r"|disappear\s+(?:forever"
        r"|permanently|for\s+good)|not\s+exist|stop\s+existing|cease\s+to\s+exist|not\s+be\s+alive)\b"
        r"(?![^.!?\n]*\b(?:lol|lmao|haha\w*|embarrass\w*|cringe)\b)",
        gate=r"should|might|may|need|ought",
        inherent=False,
    ),
    rule(
        "xs_feel_like_dying",
        _DW,
        _CON,
        # "I feel like dying every day", "I'd do anything to not be alive", "give anything to
        # not wake up" (not "feel like dying after that workout", "anything to not be at work")
        r"\bfeel(?:s|ing)?\s+like\s+dying\b(?!\s+(?:of|from|laughing|after|when|at|in\s+the)\b"
        r"|[^.!?\n]*\b(?:lol|lmao|haha\w*|workout|gym|run|hike|hangover|heat|cold|flu)\b)"
        r"|\b(?:do|give)\s+anything\s+(?:just\s+)?to\s+(?:not\s+be\s+alive|not\s+exist|be\s+dead|stop"
        r"\s+existing|not\s+wake\s+up|die" + _DIE_NOT_FIGURATIVE + r")\b",
        gate=r"feel|anything",
        inherent=True,
    ),
    rule(
        "xs_counting_down_to_the_end",
        _SI,
        Severity.URGENT,
        # "counting down the days until I can end it", "counting the days till I die" (not
        # "counting down the days until I can end my contract")
        r"\bcount(?:ing)?\s+(?:down\s+)?(?:the\s+)?(?:days|weeks|hours|sleeps)?\s*(?:down\s+)?"
        r"(?:until|till|til|to)\s+(?:i\s+(?:can|get\s+to|will|'?ll)\s+)?(?:end\s+it(?:\s+all)?|die|kill"
        r"\s+myself|end\s+my\s+life|be\s+dead|be\s+gone\s+for\s+good|my\s+last\s+day\s+alive)"
        + END,
        gate=r"count",
        inherent=True,
    ),
)

SELF_TALK_RULES: tuple[Rule, ...] = (
    rule(
        "xs_you_should_die_i_tell_myself",
        _SI,
        _CON,
        # Second person aimed at oneself: "you should just kill yourself, you're useless, I tell
        # myself every night", "'just die already' is what I say to myself"
        r"\b(?:kill\s+yourself|kys|you\s+should\s+(?:just\s+)?(?:die|end\s+it|be\s+dead)|just\s+die"
        r"(?:\s+already)?|you'?d\s+be\s+better\s+off\s+dead)\b[^.!?\n]{0,80}?\b(?:i\s+(?:keep\s+)?"
        r"(?:tell|telling|say|saying)\s+(?:(?:that|this|it)\s+)?(?:to\s+)?myself|(?:is\s+)?what\s+i\s+"
        r"(?:tell|say\s+to)\s+myself|my\s+(?:brain|head|mind|inner\s+voice)\s+(?:says|tells\s+me))",
        gate=r"yourself|kys|die|dead",
        inherent=True,
    ),
    rule(
        "xs_brain_tells_me_to_die",
        _SI,
        _CON,
        # "my brain keeps telling me I should just die", "I keep telling myself to end it"
        # (not "my brain says I should die my hair blue")
        r"\b(?:i\s+(?:keep\s+)?(?:tell|telling)\s+myself|my\s+(?:brain|head|mind|inner\s+voice)\s+"
        r"(?:keeps\s+)?(?:tells?|telling|says?|saying)(?:\s+(?:me|to\s+me))?)\s+(?:that\s+)?"
        r"(?:i\s+should\s+(?:just\s+)?|to\s+(?:just\s+)?)(?:die|kill\s+myself|end\s+it(?:\s+all)?"
        r"|end\s+my\s+life)\b(?!\s+(?:my|your|her|his|the)\s+hair|\s+(?:with|between)\b)",
        gate=r"myself|brain|head|mind|voice",
        inherent=True,
    ),
)

SLANG_RULES: tuple[Rule, ...] = (
    rule(
        "xs_catch_the_bus",
        _SI,
        _CON,
        # "catch the bus" as ctb spelled out, marked by what makes it not a journey: "you know
        # the one", "and not come back", "for good" (not "caught the bus home at 6")
        r"\b(?:catch|catching|caught)\s+the\s+(?:bus|last\s+bus|final\s+bus)\b(?=[^.!?\n]{0,40}"
        r"\b(?:you\s+know\s+(?:the\s+one|which\s+one|what\s+i\s+mean)(?!\s+(?:that|which|with|to|from"
        r"|on|at|for)\b)|(?:and\s+)?(?:not|never)\s+come\s+back|for\s+good|forever|permanently"
        r"|one[-\s]way|ctb)\b)",
        gate=r"bus",
        inherent=True,
    ),
)

RULES: tuple[Rule, ...] = (
    APPRAISAL_RULES
    + QUESTION_RULES
    + WEARY_RULES
    + PREFERENCE_RULES
    + WILL_RULES
    + SELF_TALK_RULES
    + SLANG_RULES
)
