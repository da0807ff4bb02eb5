"""English rules for everyday speech, dialect and understatement the other modules missed.

Why: the same warning signs arrive in words no journal-trained rule expected:

* dialect and slang: Jamaican "mi just waan dead", British "topping myself", "I'm done
  living" as African American and working-class speech put it;
* poetry: "let the river take me", "I am ready to be gone";
* understatement and second person: "keep wishing I'd just die in my sleep", "you hurt
  yourself cause it's the only thing that makes the noise go quiet";
* a future already cancelled in practical words: "no point renewing the lease, I won't be
  needing it", "there won't be anything past Friday for me", "next year? under the ground";
* a plan told in the past tense but still current ("I was going to do it on Sunday. I still
  am"), the dose "that would kill me", a plan "all planned out" down to the note;
* means gathered in secret ("a box at a time so nobody at the chemist notices", "kept back
  all my tablets instead of taking them"), a burden counted in insurance money, a last letter
  "one last time", a stomach pumped.

Each rule carries the detail that makes it a sign and leaves out its look-alike ("topping
myself up", "ready to be gone by eight", "dead quiet", "so nobody at work knows I'm on
antidepressants", "my stomach pumped after too much vodka"). Negation, whose words they are
and everyday contexts are judged in ``context``, ``negation`` and ``everyday`` as for every
rule. Each rule has a ``gate`` so a long import is scanned once for its key word.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, rule
from neuroleaf_desktop.domain.safety.rules_en_words import ANY_MEDS, MYSELF

_SI, _PM, _DW = Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD, Category.DEATH_WISH
_NF, _TP, _BU = Category.NO_FUTURE, Category.TRAPPED_PAIN, Category.BURDEN
_GB, _GM, _SH = Category.GOODBYES, Category.GETTING_MEANS, Category.SELF_HARM
_URG, _CON = Severity.URGENT, Severity.CONCERN

# The end of a clause, or a word that carries on the same wish ("... an done", "... now").
_WISH_END = (
    r"(?=\s*(?:$|[.!?,;:)\"\n]|\s+(?:an|and|now|already|tonight|so\s+bad|fi\s+real|for\s+real"
    r"|for\s+good|forever|honestly|tbh|ngl)\b))"
)
# Days and times a plan is set for.
_WHEN = (
    r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow"
    r"|this\s+(?:weekend|week|month)|next\s+(?:week|weekend|month)|on\s+my\s+birthday"
    r"|the\s+\d+(?:st|nd|rd|th)?)"
)
# Someone a last letter or call goes to: family and friends, not the bank or the council (nor
# "him" or "her", who may be an ex texted one last time).
_LOVED_ONE = (
    r"(?:mum|mom|mam|mammy|ma|dad|da|family|everyone|everybody|the\s+kids"
    r"|(?:my|me)\s+(?:\w+\s+)?(?:mum|mom|mam|dad|sister|brother|kids|son|daughter|wife|husband"
    r"|partner|family|friends?|mates?|nan|gran|grandma|grandad|girlfriend|boyfriend|best\s+\w+))"
)
# Who might notice a stockpile.
_WATCHER = (
    r"(?:nobody|no\s*one|no-one|they|she|he|anyone|the\s+(?:chemist|pharmacist|pharmacy|doctor"
    r"|gp|shop|staff|till|girl|guy|lady|man|woman)|(?:my|me)\s+\w+)"
)
_NOTICES = (
    r"(?:notices?|noticed|knows?|knew|asks?|asked|suspects?|realises?|realizes?|clocks?|twigs?"
    r"|questions?|cottons?\s+on|gets?\s+suspicious|catches\s+on|(?:won'?t|doesn'?t|don'?t"
    r"|can'?t|wouldn'?t)\s+(?:notice|know|ask|suspect|clock|twig|see))"
)
_UNNOTICED = (
    rf"(?:so\s+(?:that\s+)?{_WATCHER}\s+(?:\w+\s+){{0,3}}?{_NOTICES}|without\s+(?:anyone|anybody"
    r"|them|the\s+\w+)\s+(?:noticing|knowing|asking))"
)
_BIT_BY_BIT = (
    r"(?:(?:a|one)\s+(?:box|packet|pack|bottle|strip)\s+at\s+a\s+time|bit\s+by\s+bit"
    r"|a\s+few\s+at\s+a\s+time)"
)
# Drink and parties: a stomach pumped after a night out is not an attempt.
_DRINK = r"(?:vodka|drink\w*|drunk|alcohol|booze|shots|party|night\s+out|food\s+poisoning|uni\b)"

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

SIGN_VERNACULAR_RULES: tuple[Rule, ...] = (
    rule(
        "vx_no_point_renewing",
        _NF,
        _CON,
        # "no point renewing the lease, I won't be needing it", "no point booking the dentist,
        # I won't be here": the reason is the person's absence, not "no point, I never go"
        r"\bno\s+point\s+(?:in\s+)?(?:renew|book|buy|pay|plan|sav|fix|get|start|sign)\w*\b"
        r"[^.!?\n]{0,50}?\bi\s+(?:won'?t|will\s+not|wont|ain'?t\s+gonna)\s+be\s+(?:needing|using"
        r"|here|around)\b",
        gate=r"no\s+point",
        inherent=True,
    ),
    rule(
        "vx_nothing_past_friday",
        _NF,
        _CON,
        # "there won't be anything past Friday for me", "there won't be a next year for me"
        r"\bthere\s+(?:won'?t|wont|will\s+not|isn'?t\s+going\s+to|ain'?t\s+gonna)\s+be\s+(?:a|an"
        r"|any|anything|no)\b(?:\s+\w+){0,2}?\s+(?:after|past|beyond|next)\s+\w+(?:\s+\w+)?\s+for"
        r"\s+me\b",
        gate=r"for\s+me",
        inherent=True,
    ),
    rule(
        "vx_under_the_ground",
        _NF,
        _CON,
        # where the person will be: "I'll be under the ground by then", "next year? in a box"
        # (not "I'll be under the ground all day" down a mine, "in a box seat")
        r"\bi'?ll\s+be\s+(?:\w+\s+){0,2}?(?:under\s+the\s+ground|in\s+the\s+ground|six\s+feet\s+under"
        r"|in\s+a\s+box|in\s+(?:the|my)\s+grave|dead\s+and\s+buried)"
        r"(?=\s*(?:$|[.!?,;:)\"\n]|\s+(?:by|before|soon|then|anyway|probably|this\s+time|next|and)\b))"
        r"|\bwhere\s+i'?ll\s+be\s+(?:next\s+\w+|in\s+(?:a|\w+)\s+(?:year|years|months))\b"
        r"[^\n]{0,40}?\b(?:under\s+the\s+ground|in\s+the\s+ground|six\s+feet\s+under|in\s+a\s+box"
        r"|in\s+(?:the|my)\s+grave|dead|gone)" + END,
        gate=r"ground|under|box|grave|buried",
        inherent=True,
    ),
    rule(
        "vx_insurance_better_off",
        _BU,
        _CON,
        # "the kids would be better off with the insurance money than with a useless dad like
        # me": life insurance counted against the writer
        r"\bbetter\s+off\s+with\s+(?:the|my)\s+(?:life\s+)?(?:insurance|payout|pay-out|inheritance"
        r"|death\s+benefit|pension)(?:\s+money)?\s+than\s+(?:with\s+)?(?:[\w']+\s+){0,5}?me\b",
        gate=r"better\s+off",
        inherent=True,
    ),
    rule(
        "vx_one_last_time",
        _GB,
        _CON,
        # "wrote to mum one last time", "rang my brother one last time": a last message to
        # someone loved (not "rang the bank one last time")
        r"\b(?:wrote|write|writing|written|rang|ring|called|call|phoned|texted|messaged)\s+"
        rf"(?:to\s+)?{_LOVED_ONE}\s+(?:\w+\s+){{0,4}}?one\s+last\s+time\b",
        gate=r"last\s+time",
        inherent=False,
    ),
    rule(
        "vx_stockpile_unnoticed",
        _GM,
        _URG,
        # gathered so nobody notices: "stocking up on paracetamol a box at a time so nobody at
        # the chemist notices", "buying tablets bit by bit without anyone noticing"; privacy
        # alone ("got my antidepressants so nobody at work knows", "collected my meds so mum
        # doesn't have to ask") is an errand, not gathering
        rf"\b(?:stock\w*\s+up\s+on|stockpil\w+|hoard\w*|stash\w*|squirrel\w*)\s+(?:\w+\s+){{0,2}}?"
        rf"{ANY_MEDS}\b[^.!?\n]{{0,40}}?\b{_UNNOTICED}"
        rf"|\b{ANY_MEDS}\b[^.!?\n]{{0,30}}?\b{_BIT_BY_BIT}\b[^.!?\n]{{0,20}}?\b{_UNNOTICED}",
        gate=r"notic|know|ask|suspect|clock|twig|suspicious|catch",
        inherent=False,
    ),
    rule(
        "vx_kept_back_tablets",
        _GM,
        _URG,
        # "kept back all my tablets from the last month instead of taking them", "putting
        # aside my pills": not the ones kept aside for a trip
        r"\b(?:kept|keep(?:ing)?|held|hold(?:ing)?|put(?:ting)?|set(?:ting)?)\s+(?:back|aside|by)\s+"
        rf"(?:all\s+|some\s+|most\s+|half\s+)?(?:of\s+)?(?:my\s+|the\s+|these\s+|those\s+)?{ANY_MEDS}"
        r"\b(?![^.!?\n]{0,30}\bfor\s+(?:the|a|my)\s+(?:trip|holiday|flight|weekend|travel))"
        rf"|\b{ANY_MEDS}\b[^.!?\n]{{0,40}}?\binstead\s+of\s+(?:taking|swallowing)\s+them\b",
        gate=r"back|aside|by|instead",
        inherent=False,
    ),
    rule(
        "vx_planned_down_to_the_note",
        _PM,
        _URG,
        # "had it all planned out for tuesday: the bridge, the note, the time when no one's
        # home" - a plan with a note in it, or timed for an empty house
        r"\b(?:had|have|got|'ve\s+got)\s+it\s+all\s+(?:planned|worked|mapped|figured|sorted)"
        r"(?:\s+out)?\b[^\n]{0,60}?\b(?:the\s+note|a\s+note|my\s+note|the\s+letters?|when\s+(?:no\s*one"
        r"|no-one|nobody)(?:'s|\s+is|\s+will\s+be)\s+(?:home|around|in))\b",
        gate=r"all\s+(?:planned|worked|mapped|figured|sorted)",
        inherent=False,
    ),
    rule(
        "vx_still_going_to",
        _PM,
        _URG,
        # a plan told in the past tense but still on: "I was going to do it on Sunday. I still
        # am.", "was gonna do it tonight and I still might"
        rf"\bi\s+was\s+(?:going\s+to|gonna|planning\s+(?:to|on))\s+do(?:ing)?\s+it\s+{_WHEN}\b"
        r"[^\n]{0,12}?\b(?:and\s+)?i\s+still\s+(?:am|will|might|plan\s+to|want\s+to|could|intend"
        r"\s+to|might\s+do)\b",
        gate=r"still",
        inherent=True,
    ),
    rule(
        "vx_dose_that_would_kill_me",
        _PM,
        _URG,
        # "worked out the dose that would kill me", "how many tablets would kill me"
        # ("these pills will kill me, the side effects" is a complaint, not a dose)
        rf"\b(?:dose|doses|overdose|how\s+(?:many|much)\s+(?:of\s+)?(?:\w+\s+)?{ANY_MEDS}"
        rf"|amount\s+of\s+{ANY_MEDS})\s+(?:that\s+|which\s+)?(?:would|will|could|should|it'?d)\s+"
        r"(?:\w+\s+)?(?:kill|finish)\s+me\b(?!\s+(?:off\s+)?(?:lol|haha|before|first|with\s+"
        r"(?:boredom|laughter)))",
        gate=r"kill|finish",
        inherent=True,
    ),
    rule(
        "vx_stomach_pumped",
        _SI,
        _CON,
        # "ended up in A&E having my stomach pumped" - not after a night out drinking
        r"\b(?:having|getting|had|got|have|needed|need)\s+(?:to\s+have\s+)?my\s+stomach\s+pumped\b"
        rf"(?![^.!?\n]{{0,40}}\b{_DRINK})",
        gate=r"stomach",
        inherent=True,
        past=True,
    ),
)

RULES: tuple[Rule, ...] = EXPLICIT_VERNACULAR_RULES + SIGN_VERNACULAR_RULES
