"""English rules for the wish itself in dialect, slang, poetry and plain literal words.

Why: the same statements arrive in words no journal-trained rule expected:

* dialect and slang: Jamaican "mi just waan dead", "mi nuh waan live again", British
  "topping myself", "I'm done living" and "finna just end it" as African American and
  working-class speech put them, "I'm checking out for good";
* literal writing: "I want to stop being alive", "it hurts to exist";
* poetry: "let the river take me", "I am ready to be gone", "the dark water keeps calling and
  I want to answer it", a candle that wants to go out;
* understatement and the second person: "keep wishing I'd just die in my sleep", "going to
  sleep and not waking up, permanently", "you hurt yourself cause it's the only thing that
  makes the noise go quiet".

The warning signs, plans and means in everyday words are in ``rules_en_vernacular_signs``.
Each rule carries the detail that makes it a sign and leaves out its look-alike ("topping
myself up", "ready to be gone by eight", "dead quiet", "stop living in fear", "I'll end it
with him", "not waking up till noon", "hurts to breathe"). Negation, whose words they are and
everyday contexts are judged in ``context``, ``negation`` and ``everyday`` as for every rule.
Each rule has a ``gate`` so a long import is scanned once for its key word.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, rule
from neuroleaf_desktop.domain.safety.rules_en_words import MYSELF

_SI, _PM, _DW = Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD, Category.DEATH_WISH
_TP, _SH = Category.TRAPPED_PAIN, Category.SELF_HARM
_URG, _CON = Severity.URGENT, Severity.CONCERN

# The end of a clause, or a word that carries on the same wish ("... an done", "... now").
_WISH_END = (
    r"(?=\s*(?:$|[.!?,;:)\"\n]|\s+(?:an|and|now|already|tonight|so\s+bad|fi\s+real|for\s+real"
    r"|for\s+good|forever|honestly|tbh|ngl)\b))"
)

EXPLICIT_VERNACULAR_RULES: tuple[Rule, ...] = (
    rule(
        "vx_patois_want_dead",
        _DW,
        _CON,
        # Jamaican and Caribbean English: "mi just waan dead", "mi wan dead an done"; standard
        # "i want dead" only at a clause end, never "i want dead quiet" or "want him dead"
        r"\b(?:mi|me|i)\s+(?:jus'?t?\s+|just\s+|really\s+)?(?:waan|waa|wan|want|wanna)\s+(?:fi\s+)?"
        r"dead" + _WISH_END + r"|\bmi\s+(?:a\s+go|ago|gwine|gonna)\s+(?:kill|dead)\s+(?:mi\s*self|"
        r"myself)\b",
        gate=r"dead",
        inherent=True,
    ),
    rule(
        "vx_cant_tek_it",
        _TP,
        _CON,
        # "mi cyaan tek it nuh more", "can't tek it no more"
        r"\b(?:cyaan|caan|cyan|can'?t|cant)\s+tek\s+(?:it|dis|this)\s+(?:nuh|no|any)\s*more\b",
        gate=r"tek\s",
        inherent=False,
    ),
    rule(
        "vx_topping_myself",
        _SI,
        _URG,
        # British slang for suicide: "thinking about topping myself", "might top meself",
        # never "topping myself up" (a drink, phone credit)
        rf"\btop(?:s|ped|ping)?\s+{MYSELF}\b(?!\s+up\b)",
        gate=r"top",
        inherent=True,
    ),
    rule(
        "vx_done_living",
        _DW,
        _CON,
        # "I'm done living", "ain't nothing left, I'm finished with life", at a clause end:
        # not "done living in this city", "done with life admin"
        r"\b(?:i'?m|im|i\s+am|i'?m\s+just|i\s+be)\s+(?:so\s+|just\s+|really\s+|honestly\s+|officially"
        r"\s+)?(?:done|finished|through)\s+(?:with\s+)?(?:living|being\s+alive|existing|this\s+life"
        r"|life|breathing)" + _WISH_END,
        gate=r"done|finished|through",
        inherent=True,
    ),
    rule(
        "vx_wishing_id_die",
        _DW,
        _CON,
        # "keep wishing I'd just die in my sleep", "wishing I'd not wake up"
        r"\bwish(?:ing|ed|es)?\s+(?:that\s+)?(?:i'?d|i\s+would|i\s+could)\s+(?:just\s+|simply\s+)?"
        # ("wish I could die my hair" is a misspelt dye)
        r"(?:die\b(?!\s+(?:of|from|laughing|happy|old|a\s+little|on\s+(?:this|that)\s+hill|my|her"
        r"|his|it)\b)"
        r"|not\s+wake\s+up|never\s+wake\s+up|stop\s+breathing|not\s+exist)",
        gate=r"wish",
        inherent=True,
    ),
    rule(
        "vx_poetic_taken",
        _DW,
        _CON,
        # poetry: "let the river take me", "let the cold close over me", "I am ready to be
        # gone" at a clause end (not "ready to be gone by eight", "let the music take me away")
        r"\blet\s+(?:the\s+)?(?:river|sea|ocean|water|waves|tide|dark|darkness|earth|ground|cold"
        r"|night|current|deep)\s+(?:take|swallow|have|claim|keep)\s+me"
        r"(?=\s*(?:$|[.!?,;:)\"\n]|\s+(?:under|down|for\s+good|forever|now|home|and)\b))"
        r"|\b(?:i'?m|i\s+am|i\s+feel)\s+(?:so\s+|just\s+|finally\s+)?ready\s+to\s+(?:be\s+gone"
        r"|go\s+now|leave\s+this\s+(?:world|earth|life)|not\s+be\s+here|stop\s+existing)" + END,
        gate=r"let\s|ready",
        inherent=True,
    ),
    rule(
        "vx_you_hurt_yourself",
        _SH,
        _CON,
        # the second person for one's own habit: "you hurt yourself cause it's the only thing
        # that makes the noise go quiet" (not "you hurt yourself cause you weren't careful")
        r"\byou\s+(?:just\s+)?(?:hurt|cut|burn|scratch|hit|punish)\s+yourself\s+(?:cause|'cause|cos"
        r"|coz|because|so|till|until)\b[^.!?\n]{0,50}?\b(?:only\s+thing|feel\s+something|quiet"
        r"|go\s+quiet|numb|release|relief|stops?\s+the|shut\s+(?:up|off)|punish\w*|deserve)",
        gate=r"yourself",
        inherent=True,
    ),
)

# The wish said plainly, literally or in slang: "I want to stop being alive", "finna just end
# it", "i'm checking out for good", "going to sleep and not waking up, permanently".
PLAIN_WISH_RULES: tuple[Rule, ...] = (
    rule(
        "vx_stop_being_alive",
        _DW,
        _CON,
        # literal: "I want to stop being alive", "I would like to stop existing"; "stop living"
        # only at a clause end (not "stop living in fear")
        r"\b(?:want|wants|wanted|wanna|would\s+like|'d\s+like|need|wish)\s+(?:to\s+)?(?:just\s+)?"
        r"stop\s+(?:being\s+alive|existing|being\s+a\s+person|breathing\s+for\s+good)\b"
        r"|\b(?:want|wants|wanted|wanna|would\s+like|'d\s+like)\s+(?:to\s+)?(?:just\s+)?stop\s+living"
        + END,
        gate=r"stop",
        inherent=False,
    ),
    rule(
        "vx_ill_just_end_it",
        _SI,
        _URG,
        # "reckon I'll just end it", "finna just end it", "bout to end it" at a clause end: not
        # "I'll end it with him", "end it there"
        r"\b(?:i'?ll|i\s+will|i\s+might|i\s+may|i'?m\s+(?:gonna|going\s+to|finna|about\s+to|bout\s+to)"
        r"|finna|fixing\s+to|fixin\s+to|bout\s+to|ima|imma|i'?mma)\s+(?:just\s+|finally\s+|probably"
        r"\s+|actually\s+)?end\s+it(?:\s+all)?" + _WISH_END,
        gate=r"end\s+it",
        inherent=True,
    ),
    rule(
        "vx_checking_out_for_good",
        _SI,
        _CON,
        # "I'm checking out for good", "ready to check out permanently" (not a hotel)
        r"\b(?:i'?m|i\s+am|im|i'?ll|i\s+will|gonna|going\s+to|ready\s+to|want\s+to|wanna)\s+"
        r"(?:just\s+)?check(?:ing)?\s+out\s+(?:for\s+good|permanently|of\s+(?:this\s+)?life|early\s+"
        r"from\s+life)\b",
        gate=r"check",
        inherent=True,
    ),
    rule(
        "vx_not_waking_up",
        _DW,
        _CON,
        # "going to sleep and not waking up, permanently", "falling asleep and never waking"
        r"\b(?:go(?:ing)?\s+to\s+sleep|fall(?:ing)?\s+asleep|drift(?:ing)?\s+off)\s+and\s+(?:not|never)"
        r"\s+waking(?:\s+up|(?!\s+up\b))(?!\s+(?:till|until|before|early|late|in\s+time|on\s+time|for\s+"
        r"(?:hours|ages|a\s+while)|the))",
        gate=r"waking",
        inherent=False,
    ),
    rule(
        "vx_patois_no_live",
        _DW,
        _CON,
        # Jamaican: "mi nuh waan live again", "mi tired a life"
        r"\b(?:mi|me|i)\s+(?:nuh|nah|no|don'?t|doh)\s+(?:waan|wan|want|wanna)\s+(?:fi\s+)?live"
        r"\s+(?:again|no\s*more|nuh\s*more|anymore)\b"
        r"|\b(?:mi|me)\s+(?:tired|tiad|fed\s+up)\s+a\s+(?:life|living)\b",
        gate=r"live|life|living",
        inherent=True,
    ),
    rule(
        "vx_want_to_answer",
        _DW,
        _CON,
        # poetry: "the dark water keeps calling and tonight I want to answer it" (not the sea
        # calling a surfer: the answer is what makes it a wish)
        r"\b(?:water|sea|river|dark|darkness|void|grave|death|edge|ground|night)\s+(?:keeps\s+|is\s+"
        r"|has\s+been\s+|kept\s+)?call(?:s|ing|ed)\b[^.!?\n]{0,50}?\bi(?:\s+(?:want|wanna|need|am\s+"
        r"going|am\s+ready)|'?m\s+(?:going|ready))\s+to\s+answer\b",
        gate=r"answer",
        inherent=True,
    ),
    rule(
        "vx_hurts_to_exist",
        _TP,
        _CON,
        # "it hurts so much to exist", "it hurts to be alive" (not "hurts to breathe" with a
        # chest infection, "hurts to walk")
        r"\b(?:it\s+)?hurts?\s+(?:so\s+much\s+|too\s+much\s+|just\s+)?to\s+(?:exist|be\s+alive"
        r"|be\s+me|live|be\s+here)\b(?!\s+(?:in|with|near|next|here|there|on)\b)",
        gate=r"hurt",
        inherent=False,
    ),
)

# A life as a flame that wants to go out: "I am a candle burned to the end, let me go out now".
POETIC_RULES: tuple[Rule, ...] = (
    rule(
        "vx_flame_go_out",
        _DW,
        _CON,
        # (not "the candle's nearly done, let me go out and buy another")
        r"\b(?:candle|flame|light|fire|wick|ember)\b[^.!?\n]{0,50}?\b(?:let\s+me|i\s+want\s+to"
        r"|i'?m\s+ready\s+to|i\s+am\s+ready\s+to|time\s+for\s+me\s+to)\s+(?:just\s+)?(?:go\s+out"
        r"|burn\s+out|be\s+snuffed\s+out|flicker\s+out)\b(?!\s+(?:and|to|for|with|tonight|later"
        r"|with|shopping|there)\b)",
        gate=r"candle|flame|light|fire|wick|ember",
        inherent=True,
    ),
)

# Gamers', parents' and a bullied child's words for the same wish.
OTHER_WORLDS_RULES: tuple[Rule, ...] = (
    rule(
        "vx_log_off_life",
        _SI,
        _CON,
        # "gg, I'm logging off life", "rage quitting life", "uninstalling life" (not "life
        # insurance", "life admin")
        r"\b(?:log(?:ging|ged|s)?\s+off|rage\s*quit(?:ting|s)?|quit(?:ting|s)?|uninstall(?:ing|ed)?"
        r"|alt[\s-]*f4(?:ing)?|unsubscrib(?:e|ing)\s+from)\s+(?:from\s+)?life\b(?!\s+(?:insurance|admin"
        r"|coaching|drawing|lessons?|class|support)\b)",
        gate=r"life",
        inherent=True,
    ),
    rule(
        "vx_give_them_a_dead_son",
        _DW,
        _CON,
        # "my parents would rather have a dead son than a gay one, so maybe I'll give them that"
        r"\b(?:rather|prefer\w*)\s+(?:have\s+)?a\s+dead\s+(?:son|daughter|child|kid|one)\b[^.!?\n]{0,60}?"
        r"\b(?:give\s+them\s+(?:that|what\s+they\s+want|their\s+wish)|grant\s+(?:them|that|their\s+wish)"
        r"|make\s+it\s+happen|make\s+that\s+happen)\b",
        gate=r"dead\s+(?:son|daughter|child|kid|one)",
        inherent=True,
    ),
    rule(
        "vx_decided_im_done",
        _DW,
        _CON,
        # "twenty years of this pain and I've decided I'm done" (not "decided I'm done with
        # dating")
        r"\b(?:decided|made\s+up\s+my\s+mind|made\s+my\s+mind\s+up)\s+(?:that\s+)?(?:i'?m|i\s+am)\s+"
        r"(?:done|finished|checking\s+out)" + _WISH_END,
        gate=r"decided|my\s+mind",
        inherent=True,
    ),
)

# The wish hedged or buried in a long entry: "if a bus hit me I wouldn't mind", "what if I
# just didn't wake up", "I want it all gone, me included", "done trying to stay alive".
HEDGED_WISH_RULES: tuple[Rule, ...] = (
    rule(
        "vx_bus_hit_me",
        _DW,
        _CON,
        # (not "if a bus hit me I'd still have to go to work")
        r"\bif\s+(?:a|the)\s+(?:bus|car|truck|lorry|train|meteor|asteroid)\s+(?:(?:hit|hits|took)\s+me"
        r"|(?:ran|runs)\s+over\s+me|(?:ran|runs)\s+me\s+over)\b[^.!?\n]{0,20}?\bi\s+(?:wouldn'?t|would\s+not|won'?t)\s+(?:mind"
        r"|care|be\s+(?:sad|upset)|fight\s+it)\b"
        r"|\bi\s+(?:wouldn'?t|would\s+not)\s+(?:mind|care)\s+if\s+(?:a|the)\s+(?:bus|car|truck|lorry"
        r"|train|meteor|asteroid)\s+(?:hit|ran\s+over|took)\s+me\b",
        gate=r"hit|ran\s|runs\s|took\s+me",
        inherent=True,
    ),
    rule(
        "vx_what_if_i_didnt_wake",
        _DW,
        _CON,
        # "what if I just didn't wake up, would that be so bad" (not "didn't wake up in time")
        r"\bwhat\s+if\s+i\s+(?:just\s+)?(?:(?:didn'?t|never|did\s+not)\s+wake|never\s+woke)\s+up\b(?!\s+(?:in\s+time"
        r"|on\s+time|for|till|until|early|before))",
        gate=r"wake|woke",
        inherent=True,
    ),
    rule(
        "vx_me_included",
        _DW,
        _CON,
        # "I want it all gone, me included" (not "sick of this cold, I want it gone")
        r"\b(?:gone|over|to\s+end|to\s+stop|erased|wiped\s+out|deleted|ended)\b[^.!?\n]{0,10}?,?\s*"
        r"(?:me|myself)\s+included\b"
        r"|\b(?:sick|tired)\s+(?:and\s+tired\s+)?of\s+being\s+alive\b",
        gate=r"included|being\s+alive",
        inherent=True,
    ),
    rule(
        "vx_done_trying_to_stay_alive",
        _DW,
        _CON,
        # "I'm done trying to stay alive", "tired of trying to keep myself alive"
        r"\b(?:done|finished|tired\s+of|sick\s+of|stop(?:ped|ping)?|gave\s+up|giving\s+up|given\s+up)\s+"
        r"(?:on\s+)?trying\s+to\s+(?:stay|keep\s+myself|keep\s+me)\s+alive\b",
        gate=r"alive",
        inherent=False,
    ),
    rule(
        "vx_thats_when_i_go",
        _PM,
        _URG,
        # "that's the day. that's when I go." at a clause end (not "that's when I go on
        # holiday")
        r"\bthat'?s\s+(?:when|the\s+day|the\s+night|the\s+date)\s+i'?(?:ll)?\s*(?:go|do\s+it|end\s+it"
        r"|leave\s+for\s+good|die)" + END,
        gate=r"that'?s\s+(?:when|the)",
        inherent=True,
    ),
)

# Said in images: falling and not wanting to be caught, the calm water seen by someone
# exhausted, "tapping out" after being told it gets better.
IMAGE_RULES: tuple[Rule, ...] = (
    rule(
        "vx_dont_want_to_be_caught",
        _DW,
        _CON,
        # "I'm falling and I don't want to be caught", "I don't want to be saved" (not "I
        # don't want to be caught speeding")
        r"\bfalling\b[^.!?\n]{0,30}?\bi\s+don'?t\s+want\s+(?:to\s+be|anyone\s+to)\s+(?:caught|saved"
        r"|rescued)\b"
        r"|\bi\s+don'?t\s+want\s+to\s+be\s+(?:saved|rescued)" + END,
        gate=r"caught|saved|rescued",
        inherent=True,
    ),
    rule(
        "vx_calm_water_below",
        _PM,
        _CON,
        # exhaustion and an inviting drop: "I am so tired and the water looks so calm from the
        # bridge" (not "lovely walk, the water looks so calm from the bridge")
        r"\b(?:tired|exhausted|done|can'?t\s+(?:do\s+this|go\s+on|take\s+(?:it|this)))\b[^.!?\n]{0,40}?"
        r"\b(?:water|river|sea|drop|ground|tracks)\s+(?:looks?|looked|seems?|seemed)\s+(?:so\s+)?(?:calm"
        r"|peaceful|inviting|welcoming|quiet|soft)\s+from\s+(?:the|this|up\s+here\s+on\s+the)\s+"
        r"(?:bridge|ledge|roof|cliff|edge|car\s+park|platform)\b",
        gate=r"calm|peaceful|inviting|welcoming|quiet|soft",
        inherent=True,
    ),
    rule(
        "vx_tapping_out",
        _DW,
        _CON,
        # "everyone keeps saying it gets better ... it doesn't. I'm tapping out."
        r"\bgets?\s+better\b[^\n]{0,60}?\b(?:i'?m|im|i\s+am)\s+(?:just\s+)?(?:tapping|bowing|checking"
        r"|clocking)\s+out" + END,
        gate=r"better",
        inherent=True,
    ),
)

RULES: tuple[Rule, ...] = (
    IMAGE_RULES
    + EXPLICIT_VERNACULAR_RULES
    + PLAIN_WISH_RULES
    + POETIC_RULES
    + OTHER_WORLDS_RULES
    + HEDGED_WISH_RULES
)
