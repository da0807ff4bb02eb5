"""English rules for voices the other rule modules were not written in.

Why: the explicit and warning-sign rules grew from a journal written by young adults. People
of other ages and backgrounds say the same things in their own words:

* faith: "God, take me now", "ready to meet my Maker", "asking the Lord to call me home";
* old age and formal prose: "I have lived long enough", "contemplating the cessation of my
  own life", "my continued existence serves no purpose", "no means of escape";
* British and Australian idiom: "pop my clogs", "cark it", "kick the bucket";
* veterans: "eating my gun", a pistol kept loaded "and it's not for intruders";
* teenagers: "ctb" (catch the bus), starving oneself as a punishment, the blade out of a
  pencil sharpener.

Each rule names a family of wordings and the detail that makes it a sign ("ready to meet my
Maker" but not "ready to meet my new grandson"; "pop my clogs" after a wish, not "I'd rather
pop my clogs than sit through that again"). Negation, whose words they are and everyday
contexts are judged in ``context``, ``negation`` and ``everyday`` as for every rule. The acts
told in these voices (a plan, the means kept, past attempts, self-harm) are in
``rules_en_voices_acts``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, rule
from neuroleaf_desktop.domain.safety.rules_en_voices_acts import ACT_RULES
from neuroleaf_desktop.domain.safety.rules_en_words import ANY_MEDS as MEDS
from neuroleaf_desktop.domain.safety.rules_en_words import GUN

_SI, _PM, _DW = Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD, Category.DEATH_WISH
_NF, _TP, _BU = Category.NO_FUTURE, Category.TRAPPED_PAIN, Category.BURDEN
_GM = Category.GETTING_MEANS
_URG, _CON = Severity.URGENT, Severity.CONCERN

# Whom a believer asks to be taken by.
_GOD = (
    r"(?:god|the\s+lord|lord|jesus|allah|dear\s+god|my\s+maker|my\s+creator|the\s+almighty)"
    r"(?!\s+(?:mayor|chancellor|of\s+the\s+rings))"
)
# Where a believer would be taken: home, away, to heaven, to be with someone gone before.
_TAKEN = (
    r"(?:home|away|now|tonight|soon|already|in\s+my\s+sleep|to\s+(?:heaven|him|you|be\s+with)"
    r"|with\s+(?:you|him|her|them)|before\s+(?:morning|the\s+morning|i\s+wake))"
)
# ... and nothing after it but the clause end or a plea ("God take me home, please").
_GOD_END = (
    r"(?=\s*(?:$|[.!?,;:)\"\n]|\s+(?:please|lord|god|jesus|already|i\s+(?:can'?t|am|'?m)|and"
    r"|before|by|soon|this|next)\b))"
)
# The idioms for dying, British, Australian and American.
_DIE_IDIOM = (
    r"(?:pop(?:ping)?\s+my\s+clogs|kick(?:ing)?\s+the\s+bucket|cark(?:ing)?\s+it|snuff(?:ing)?"
    r"\s+it|shuffl(?:e|ing)\s+off(?:\s+this\s+mortal\s+coil)?|push(?:ing)?\s+up\s+(?:the\s+)?daisies"
    r"|be\s+six\s+feet\s+under|buy(?:ing)?\s+the\s+farm|cash(?:ing)?\s+in\s+my\s+chips"
    r"|meet(?:ing)?\s+my\s+maker|check(?:ing)?\s+out\s+(?:for\s+good|permanently))"
)
_DIED_IDIOM = (
    r"(?:popped\s+my\s+clogs|kicked\s+the\s+bucket|carked\s+it|snuffed\s+it|croaked"
    r"|shuffled\s+off|was\s+six\s+feet\s+under|checked\s+out\s+for\s+good"
    # "died my hair" is a misspelt dye
    r"|died(?!\s+(?:my|it|the|her|his)\b)|was\s+dead"
    r"|were\s+dead|was\s+gone|were\s+gone)"
)

FAITH_AND_AGE_RULES: tuple[Rule, ...] = (
    # --- a believer's wish to be taken (passive ideation in the words of faith) ---
    rule(
        "v_god_take_me",
        _DW,
        _CON,
        # "God, take me now", "Lord please just take me home", "Jesus take me tonight"
        rf"\b{_GOD}\s*,?\s+(?:please\s+|just\s+|please\s+just\s+|why\s+(?:won'?t|don'?t)\s+you\s+)?"
        rf"(?:take|call|bring)\s+me\b(?:\s+{_TAKEN}\b)*{_GOD_END}"
        # "asking / praying / begging God to take me", "pray the Lord will take me in my sleep"
        rf"|\b(?:ask\w*|pray\w*|beg\w*|plead\w*|hop(?:e|ing))\s+(?:\w+\s+){{0,3}}?(?:to\s+|that\s+)?"
        rf"{_GOD}\s+(?:(?:to|will|would|might|could)\s+(?:just\s+|please\s+|finally\s+)?(?:take|call"
        rf"|bring)|takes|calls|brings)\s+me\b(?:\s+{_TAKEN}\b)*{_GOD_END}",
        gate=r"god|lord|jesus|allah|maker|creator|almighty",
        inherent=True,
    ),
    rule(
        "v_god_willing_he_takes_me",
        _DW,
        _CON,
        # "insha'Allah He takes me soon", "God willing, He'll call me home"
        r"\b(?:insha'?\s?allah|inshallah|god\s+willing|please\s+god|if\s+god\s+wills)\b[^.!?\n]{0,10}?"
        r"\b(?:he|allah|god|the\s+lord)\s+(?:will\s+|'?ll\s+)?(?:takes?|calls?|brings?)\s+me\b"
        rf"(?:\s+{_TAKEN}\b)*{_GOD_END}",
        gate=r"allah|god\s+wil|please\s+god",
        inherent=True,
    ),
    rule(
        "v_ready_to_meet_god",
        _DW,
        _CON,
        # "I'm ready to meet God / my Maker", "ready to go home to the Lord", "ready to go to
        # heaven", "heaven has to be better than this ... I'm ready to go"
        # the writer's own readiness: "the vicar said grandad was ready to meet God" is not
        r"(?:\b(?:i'?m|i\s+am|i\s+feel|i\s+felt|i'?ve\s+been|i\s+think\s+i'?m)\s+(?:\w+\s+){0,2}?|^\s*)"
        rf"ready\s+to\s+(?:meet|see|face|go\s+(?:home\s+)?to|be\s+with|join)\s+{_GOD}\b"
        r"|\bready\s+to\s+(?:go\s+to|be\s+in)\s+heaven\b"
        r"|\b(?:want|wanna|long|longing|wish)\s+to\s+(?:go\s+to|be\s+in)\s+heaven\s+(?:now|already"
        r"|tonight|soon)\b"
        r"|\bheaven\b[^.!?\n]{0,60}?\b(?:i'?m|i\s+am)\s+(?:so\s+)?ready\s+to\s+go\b",
        gate=r"ready|heaven",
        inherent=False,
    ),
    rule(
        "v_better_than_this",
        _DW,
        _CON,
        # "heaven has to be better than this", "being dead would be better than this life"
        r"\b(?:heaven|death|dying|being\s+dead|the\s+grave|nothingness)\s+(?:has\s+to|must|would|'d"
        r"|could|can'?t\s+help\s+but|can\s+only)\s+be\s+(?:\w+\s+)?better\s+than\s+(?:this|here|living"
        r"|my\s+life|being\s+alive|this\s+life)" + END,
        gate=r"better\s+than",
        inherent=False,
    ),
    # --- an old person's or a formal writer's wish to be done with life ---
    rule(
        "v_lived_long_enough",
        _DW,
        _CON,
        r"\b(?:i'?ve|i\s+have|i)\s+(?:lived|been\s+(?:alive|around|here))\s+(?:long\s+enough|too\s+long"
        r"|more\s+than\s+long\s+enough)\b(?!\s+(?:to|in|at|here|there|with)\b)",
        gate=r"enough|too\s+long",
        inherent=True,
    ),
    rule(
        "v_end_on_my_terms",
        _SI,
        _URG,
        r"\bend(?:ing|ed|s)?\s+(?:it|my\s+life|everything|it\s+all)\s+on\s+my\s+own\s+terms\b"
        r"|\b(?:contemplat\w*|consider\w*|think\w*\s+(?:about|of)|plan\w*|desir\w*|long\w*\s+for"
        r"|wish\w*\s+for|yearn\w*\s+for|welcom\w*)\s+(?:the\s+)?(?:cessation|termination|ending|end)"
        r"\s+of\s+my\s+(?:own\s+)?(?:life|existence)\b(?!\s+(?:care|plan|wishes|decisions))",
        gate=r"own\s+terms|of\s+my",
        inherent=True,
    ),
    rule(
        "v_existence_no_purpose",
        _NF,
        _CON,
        # "my continued existence serves no purpose", "my life has no point any more",
        # "there is no purpose to my existence"
        r"\bmy\s+(?:continued\s+|own\s+|whole\s+)?(?:existence|life|being\s+alive|living|being\s+here)"
        r"\s+(?:serves|has|holds|is\s+of|is)\s+(?:no|little)\s+(?:purpose|point|meaning|value|use)\b"
        r"(?!\s+(?:in|for|to)\s+(?!me\b|anyone\b|anybody\b))"
        r"|\bno\s+(?:purpose|point|meaning|sense)\s+(?:in|to)\s+my\s+(?:continued\s+|own\s+)?"
        r"(?:existence|being\s+alive|living|going\s+on|carrying\s+on)\b",
        gate=r"purpose|point|meaning|value|sense|\buse\b",
        inherent=True,
    ),
    # --- idioms for dying, wished for ---
    rule(
        "v_die_idiom_wish",
        _DW,
        _CON,
        r"\b(?:want|wanna|wish|ready|hope|hoping|long|longing)\s+"
        r"(?:to\s+)?(?:just\s+|finally\s+|already\s+)?" + _DIE_IDIOM + r"\b(?!\s+list)"
        # "I'd rather pop my clogs than sit through that again": a comparison, not a wish
        r"(?![^.!?\n]{0,40}\bthan\b)",
        gate=r"clogs|bucket|cark|snuff|shuffl|daisies|feet\s+under|farm|chips|maker|check",
        inherent=False,
    ),
    rule(
        "v_better_off_if_i_died",
        _BU,
        _CON,
        # "they'd be better off if I carked it", "everyone would manage better once I'd died"
        r"\b(?:better(?:\s+off)?|happier|easier|fine|richer)\b[^.!?\n]{0,30}?\b(?:if|when|once)\s+"
        r"(?:i|i'?d)\s+(?:just\s+)?" + _DIED_IDIOM + r"\b"
        r"|\b(?:manage|cope|do)\s+(?:much\s+|far\s+)?better\s+(?:once|when|if)\s+(?:i'?m|i\s+am|i\s+was)"
        r"\s+(?:gone|dead|no\s+longer\s+(?:here|around))\b",
        gate=r"\b(?:if|when|once)\s+i",
        inherent=True,
    ),
    rule(
        "v_tired_of_living",
        _DW,
        _CON,
        # "knackered with living", "weary of being alive", "done with existing"
        r"\b(?:tired|sick|weary|knackered|exhausted|worn\s+out|fed\s+up|done|over\s+it)\s+(?:of|with)"
        r"\s+(?:living|life|being\s+alive|existing|breathing|this\s+life|being\s+(?:a\s+)?(?:person"
        r"|human(?:\s+being)?))"
        r"(?=\s*(?:$|[.!?,;:)\"\n]|\s+(?:i\b|and|so|now|any\s*more|altogether)))",
        gate=r"tired|sick|weary|knackered|exhausted|worn|fed\s+up|done|over\s+it",
        inherent=False,
    ),
)

EXPLICIT_VOICE_RULES: tuple[Rule, ...] = (
    # --- "ctb": "catch the bus", the suicide forums' word for it ---
    rule(
        "v_ctb",
        _SI,
        _URG,
        # as a wish or a plan, not "the ctb ratio at work"
        r"\b(?:think\w*\s+(?:about|of)|want(?:ing)?\s+to|wanna|gonna|going\s+to|ready\s+to|plan\w*"
        r"\s+(?:to|on)|decided\s+to|might|should|will|i'?ll|about\s+to|urges?\s+to)\s+(?:just\s+)?ctb\b"
        r"|\bctb\b(?=\s*(?:$|[.!?,;:)\"\n]|\s+(?:tonight|soon|again|today|tomorrow|now|method|plan)\b))"
        r"|\bcatch(?:ing)?\s+the\s+bus\s+for\s+good\b",
        gate=r"ctb|catch",
        inherent=False,
    ),
    rule(
        "v_waking_up_optional",
        _DW,
        _CON,
        # "if I don't wake up tomorrow that's fine by me", "if I never woke up it'd be a relief"
        # (not "if i didn't wake up on time": a missed alarm)
        r"\bif\s+i\s+(?:don'?t|do\s+not|didn'?t|never|did\s+not)\s+(?:wake|woke)\s+up\b"
        r"(?!\s+(?:on\s+time|in\s+time|early|for|at|until|till|before))[^.!?\n]{0,30}?\b(?:fine|ok(?:ay)?|good|alright|all\s+right|a\s+relief|a\s+blessing|so\s+be"
        r"\s+it|(?:wouldn'?t|would\s+not|won'?t|don'?t|do\s+not)\s+(?:mind|care|be\s+sad))\b",
        gate=r"wake|woke",
        inherent=True,
    ),
    rule(
        "v_over_for_good",
        _DW,
        _CON,
        # sarcasm and longing: "can't wait for it to finally be over for good"
        # ("it" only after being alive is mentioned: "can't wait for it to be over for good" is
        # also said of an exam)
        r"\b(?:wait|long|longing|wish|want)\s+for\s+(?:life|my\s+life|it\s+all|everything|living)\s+to"
        r"\s+(?:finally\s+|just\s+)?(?:be\s+over|end|stop)\s+(?:for\s+good|forever|permanently)\b"
        r"|\b(?:alive|living|existing|breathing|my\s+life)\b[^.!?\n]{0,60}?\b(?:wait|long|longing"
        r"|wish|want)\s+for\s+(?:it|this)\s+to\s+(?:finally\s+|just\s+)?(?:be\s+over|end|stop)\s+"
        r"(?:for\s+good|forever|permanently)\b"
        r"|\bcan'?t\s+wait\s+to\s+(?:die|be\s+dead|stop\s+existing|not\s+exist)\b",
        gate=r"for\s+good|forever|permanently|can'?t\s+wait",
        inherent=False,
    ),
    rule(
        "v_next_one",
        _SI,
        _URG,
        # After others' suicides: "I'm ready to be the next one", "I'll be the next name"
        r"(?:\bthe\s+22\b|\b22\s+a\s+day\b|suicides?|took\s+(?:his|her|their)\s+own\s+li\w+|killed\s+(?:him|her|them)sel\w+)"
        r"[^.!?\n]{0,120}?\b(?:i'?m|i\s+am|i'?ll\s+be|i\s+will\s+be|gonna\s+be|going\s+to\s+be)\s+"
        r"(?:(?:ready|about|next\s+in\s+line)\s+to\s+be\s+)?(?:the\s+)?next(?:\s+(?:one|name|statistic))?"
        r"(?=\s*(?:$|[.!?,;:)\"\n]))",
        gate=r"next",
        inherent=True,
    ),
    # --- a gun in the mouth, said the soldier's way ---
    rule(
        "v_eat_the_gun",
        _PM,
        _URG,
        rf"\beat(?:ing)?\s+(?:my|a|the)\s+(?:{GUN}|bullet|barrel|glock)\b"
        rf"|\b{GUN}\b[^.!?\n]{{0,60}}?\b(?:eat(?:ing)?\s+it|put(?:ting)?\s+it\s+(?:in\s+my\s+mouth"
        r"|to\s+my\s+(?:head|temple))|us(?:e|ing)\s+it\s+on\s+me)\b",
        gate=r"\beat",
        inherent=True,
    ),
    rule(
        "v_gun_not_for_intruders",
        _GM,
        _URG,
        rf"\b{GUN}\b[^.!?\n]{{0,60}}?\b(?:(?:it'?s|its|it\s+is|that'?s|and\s+it'?s)\s+not\s+for"
        r"\s+(?:intruders|burglars|protection|defen[cs]e|security|hunting|the\s+range|anyone\s+else)"
        r"|(?:loaded|ready)\b[^.!?\n]{0,30}\bfor\s+(?:me|myself)\b)",
        gate=r"not\s+for|for\s+me",
        inherent=True,
    ),
    # --- a plan: the car left running in a closed garage, the place and the hour chosen ---
    rule(
        "v_gun_access",
        _GM,
        _URG,
        # someone else's gun and the way to it: "the rifle is in the shed and I know the code"
        rf"\b{GUN}\b[^.!?\n]{{0,60}}?\bi\s+know\s+(?:the\s+(?:combination|code|pin)|where\s+(?:the\s+)?"
        r"(?:key|keys)\s+(?:is|are))\b"
        r"|\bi\s+know\s+the\s+(?:combination|code|pin)\s+(?:to|for)\s+(?:\w+\s+){0,2}?(?:gun\s+)?"
        r"(?:safe|cabinet|locker)\b",
        gate=r"\bi\s+know",
        inherent=True,
    ),
    rule(
        "v_engine_running",
        _PM,
        _URG,
        r"\b(?:thinking|thought|wonder\w*|so\s+easy|would\s+be\s+easy|tempted|could\s+just)\b"
        r"[^.!?\n]{0,60}?\b(?:leav(?:e|ing)|left|run(?:ning)?|ran|keep(?:ing)?)\s+the\s+(?:engine"
        r"|car|motor)\s+running\b"
        r"|\b(?:closed|shut|locked)\s+garage\b[^.!?\n]{0,60}?\b(?:engine|car|motor)\s+(?:running|on)\b",
        gate=r"running|garage",
        inherent=False,
    ),
    rule(
        "v_the_plan_is",
        _PM,
        _URG,
        r"\b(?:the|my)\s+plan\s+is\s+(?:the\s+)?(?:bridge|overpass|cliff|railway|tracks|rooftop|roof"
        r"|multi-?\s?storey|pills|rope|river)"
        r"(?=\s*(?:$|[.!?,;:)\"\n]|\s+(?:on|at|tonight|tomorrow|this|next|when|after|before|then)\b))"
        r"|\b(?:bridge|overpass|cliff|railway|tracks|rooftop|roof|multi-?\s?storey)\b[^.!?\n]{0,60}?"
        r"\bwhen\s+(?:nobody|no\s*one)(?:'?s|\s+is|\s+will\s+be)\s+(?:around|there|looking|awake)\b"
        # "meet at the bridge when nobody's around to take photos": a purpose, not a plan
        r"(?!\s+to\b)",
        gate=r"plan\s+is|when\s+(?:nobody|no\s*one)",
        inherent=False,
    ),
    # --- getting the means: kept for later ---
    rule(
        "v_kept_for_when",
        _GM,
        _URG,
        rf"\b(?:{MEDS}|{GUN}|rope|blades?)\b[^.!?\n]{{0,80}}?\b(?:keep\w*|kept|sav\w*|hid\w*|stor\w*"
        r"|stash\w*|put\s+(?:them|it)\s+away"
        # (… or said to be the writer's own, after a cover story: "they are for me, for when …")
        r"|(?:are|'re|were)\s+(?:really\s+|actually\s+)?for\s+me)\b[^.!?\n]{0,40}?\bfor\s+"
        r"(?:when\s+the\s+time\s+comes"
        # (the copula may be dropped, "for when I ready"; "ready for the dentist" is an errand)
        r"|when\s+i(?:'?m|\s+am|\s+be)?\s+ready(?!\s+for\b)|the\s+right\s+(?:time|moment|day|night)"
        r"|the\s+day\s+i\s+need"
        # (not a decision about something else: "when I decide to go back to sleep")
        r"|if\s+i\s+need\s+a\s+way\s+out|when\s+i\s+(?:decide(?!\s+(?:to|what|which|where|on|if"
        r"|whether)\b)|can'?t\s+take\s+it))\b",
        gate=r"\bfor\s+(?:when|the\s+right|the\s+day|if)",
        inherent=False,
    ),
)


WISH_RULES: tuple[Rule, ...] = (
    rule(
        "v_over_i_mean_me",
        _SI,
        _URG,
        # "I want the whole thing to be over, I mean me", "I want it to be over. not the day, me."
        r"\b(?:want|wish|need)\s+(?:it|this|everything|the\s+whole\s+thing|all\s+of\s+it|it\s+all)"
        r"\s+to\s+(?:just\s+)?(?:be\s+over|end|stop)\b[^!?\n]{0,40}?(?:\bi\s+mean\s+(?:me|my\s+life"
        r"|living|being\s+alive)|\bnot\s+the\s+\w+\s*,\s*me)\b",
        gate=r"i\s+mean|not\s+the",
        inherent=True,
    ),
    rule(
        "v_no_want_live",
        _DW,
        _CON,
        # English as a second language: "I no want live anymore", "me not want to live"
        r"\b(?:i|me)\s+(?:no|not)\s+want\s+(?:to\s+)?(?:live|living|be\s+alive)"
        r"(?:\s+(?:any\s*more|no\s*more|no\s+longer))?" + END,
        gate=r"(?:no|not)\s+want",
        inherent=True,
    ),
    rule(
        "v_sleep_and_not_do_this",
        _DW,
        _CON,
        # "I want to go to sleep and not have to do this anymore", "pretending I want to be alive"
        r"\b(?:sleep|disappear|vanish|stop|rest)\b[^.!?\n]{0,30}?\b(?:not|never)\s+have\s+to\s+(?:do"
        r"|face|feel)\s+(?:this|any\s+of\s+this|it\s+all|life|anything)\s+(?:any\s*more|ever\s+again"
        r"|again)\b"
        r"|\bpretend\w*\s+(?:that\s+)?(?:i\s+(?:want|wanna)\s+to|to\s+want\s+to)\s+(?:be\s+alive|live"
        r"|be\s+here)\b",
        gate=r"have\s+to|pretend",
        inherent=True,
    ),
    rule(
        "v_already_dead",
        _TP,
        _CON,
        # "it's like I'm already dead and my body hasn't caught up", not "already dead tired"
        r"\b(?:like|as\s+if|as\s+though)\s+(?:i'?m|i\s+am|i\s+was)\s+already\s+dead\b(?!\s+tired)",
        gate=r"already\s+dead",
        inherent=True,
    ),
    rule(
        "v_funeral_relief",
        _DW,
        _CON,
        # "nobody would come to my funeral anyway" (no future), "picturing my funeral, relieved"
        r"\b(?:pictur|imagin|think)\w*\s+(?:about\s+)?my\s+(?:own\s+)?funeral\b[^.!?\n]{0,30}?"
        r"\b(?:relie\w*|at\s+peace|peaceful|calm|happy|better|comfort\w*)\b",
        gate=r"funeral",
        inherent=True,
    ),
    rule(
        "v_death_a_mercy",
        _DW,
        _CON,
        # "dying in my sleep tonight would be a mercy"
        r"\b(?:dying|death|not\s+waking\s+up|never\s+waking\s+up|being\s+dead|to\s+die)\b"
        # (not "dying in her sleep": someone else's death)
        r"(?:(?!\b(?:her|his|their|she|he|they)\b)[^.!?\n]){0,30}?\bwould\s+be\s+(?:a\s+|such\s+a\s+)?(?:mercy|relief|blessing|gift|kindness"
        r"|release)\b(?!\s+for\s+(?:the|my|him|her|them|\w+'s)\b)",
        gate=r"would\s+be",
        inherent=False,
    ),
    rule(
        "v_let_it_take_me",
        _DW,
        _CON,
        r"\blet\s+(?:it|death|the\s+(?:darkness|illness|cancer|disease|water|sea|cold|depression))"
        r"\s+take\s+me" + END,
        gate=r"take\s+me",
        inherent=True,
    ),
)

RULES: tuple[Rule, ...] = FAITH_AND_AGE_RULES + EXPLICIT_VOICE_RULES + WISH_RULES + ACT_RULES
