"""English signs told by what is arranged and left behind, in everyday words.

Why: the companion of ``rules_en_vernacular_signs`` (a future cancelled, a burden counted,
means gathered in secret, plans told in the past tense). A person getting ready often writes
the arrangements rather than the act: the dog given to a brother "and nothing left to sort",
notes for mum "for good", a letter "by the time you read this", a countdown, their own funeral
planned, a thank-you "for everything", pills "hidden for a reason", a gun "and I don't hunt".
Each rule carries the detail that makes it a sign and leaves its look-alike out (thank-you
notes for mum, presents given before dinner). Every rule has a ``gate``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, rule
from neuroleaf_desktop.domain.safety.rules_en_words import ANY_MEDS, GUN

_SI, _PM = Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD
_NF, _BU, _GB, _GM = Category.NO_FUTURE, Category.BURDEN, Category.GOODBYES, Category.GETTING_MEANS
_GA, _TP, _SH = Category.GIVING_AWAY, Category.TRAPPED_PAIN, Category.SELF_HARM
_URG, _CON = Severity.URGENT, Severity.CONCERN

# "him" or "her", who may be an ex texted one last time).
LOVED_ONE = (
    r"(?:mum|mom|mam|mammy|ma|dad|da|family|everyone|everybody|the\s+kids"
    r"|(?:my|me)\s+(?:\w+\s+)?(?:mum|mom|mam|dad|sister|brother|kids|son|daughter|wife|husband"
    r"|partner|family|friends?|mates?|nan|gran|grandma|grandad|girlfriend|boyfriend|best\s+\w+))"
)

# Pets, keys and belongings handed on, and notes left, with nothing left to do.
_BELONGINGS = (
    r"(?:dog|cat|pets?|keys|car|ute|bike|things|stuff|belongings|possessions|guitar|records|books"
    r"|plants|jewellery|jewelry|clothes|tools|savings|money)"
)
LAST_ARRANGEMENT_RULES: tuple[Rule, ...] = (
    rule(
        "vx_nothing_left_to_sort",
        _GA,
        _CON,
        # "given the dog to my brother and the keys to mum, there's nothing left to sort now"
        # (not "gave the kids their presents, nothing left to do but eat")
        rf"\b(?:gave|given|give|giving|handed|hand)\b[^.!?\n]{{0,40}}?\b{_BELONGINGS}\b[^.!?\n]"
        r"{0,50}?\b(?:nothing|not\s+much)\s+(?:else\s+)?left\s+(?:to\s+(?:sort|do|give|arrange|tidy"
        r"|finish|organi[sz]e|hand\s+over|take\s+care\s+of)\b|now\b)"
        r"(?![^.!?\n]{0,10}\b(?:but|except|apart)\b)",
        gate=r"left",
        inherent=False,
    ),
    rule(
        "vx_notes_for_good",
        _GB,
        _CON,
        # a to-do list that ends a life: "write notes for mum and dad, then that's everything
        # done for good" (not "write thank-you notes for mum")
        r"\b(?:write|wrote|written|writing|leave|left|leaving)\s+(?:a\s+|the\s+|my\s+)?(?:notes?"
        rf"|letters?)\s+(?:for|to)\s+{LOVED_ONE}\b[^\n]{{0,60}}?\b(?:for\s+good|forever|goodbye"
        r"|before\s+i\s+go|when\s+i'?m\s+gone|after\s+i'?m\s+gone)\b(?!\s+for\s+now)",
        gate=r"for\s+good|forever|goodbye|before\s+i\s+go|gone",
        inherent=False,
    ),
)

# Letters left, countdowns, a funeral planned, things hidden "for a reason".
_LEFT_BEHIND: tuple[Rule, ...] = (
    rule(
        "vx_by_the_time_you_read_this",
        _GB,
        _URG,
        # "by the time you read this I'll be gone", "to whoever finds this ... I'm sorry"
        r"\bby\s+the\s+time\s+(?:you|anyone|someone|they|u)\s+(?:read|reads|find|finds|see|sees)\s+"
        r"this,?\s+i'?(?:ll|\s+will)\s+(?:already\s+)?(?:be\s+(?:gone|dead|at\s+peace|free|with\s+"
        r"(?:god|grandma|nan|dad|mum|mom))|not\s+be\s+here|no\s+longer\s+be\s+(?:here|alive))"
        + END
        + r"|\bto\s+(?:whoever|whomever|anyone\s+who|the\s+person\s+who)\s+finds\s+(?:this|me)\b"
        r"(?:[^\n]{0,100}?\b(?:sorry|goodbye|forgive|love\s+you|don'?t\s+blame|not\s+your\s+fault)\b"
        r"|(?<=me)\b)",
        gate=r"reads?\s+this|finds\s+(?:this|me)",
        inherent=True,
    ),
    rule(
        "vx_countdown",
        _PM,
        _URG,
        # "3 more days. then it's over for good."
        r"\b(?:\d+|one|two|three|four|five|six|seven|ten)\s+more\s+(?:days?|nights?|weeks?|sleeps)\b"
        r"[^\n]{0,20}?\b(?:it'?s|it\s+(?:is|will\s+be)|it'?ll\s+be|i'?m|i'?ll\s+be)\s+(?:all\s+)?"
        r"(?:over|gone|done)\s+(?:for\s+good|forever|for\s+ever)\b",
        gate=r"more\s+(?:day|night|week|sleep)",
        inherent=True,
    ),
    rule(
        "vx_own_funeral",
        _GB,
        _CON,
        # "sorted my own funeral playlist", "wrote my own eulogy", "picked my headstone"
        r"\b(?:plann?(?:ed|ing)|sort(?:ed|ing)|chose|choosing|pick(?:ed|ing)|wr(?:ote|iting|itten)"
        r"|organi[sz](?:ed|ing)|arrang(?:ed|ing))\s+(?:out\s+)?my\s+own\s+(?:funeral|eulogy|obituary"
        r"|headstone|gravestone|wake)\b"
        r"|\b(?:wr(?:ote|iting|itten)|pick(?:ed|ing)|chose)\s+my\s+(?:eulogy|obituary|headstone"
        r"|gravestone|epitaph)\b",
        gate=r"funeral|eulogy|obituary|headstone|gravestone|epitaph|wake",
        inherent=True,
    ),
    rule(
        "vx_final_thank_you",
        _GB,
        _CON,
        # "messaged everyone a final thank you" (not "a final reminder about the party")
        r"\b(?:messag|text|email|call|rang|ring|wr(?:ote|ite|iting)|sen[dt])\w*\s+(?:to\s+)?"
        r"(?:everyone|everybody|all\s+my\s+\w+|my\s+\w+|them\s+all)\s+(?:a\s+|one\s+)?(?:final|last)\s+"
        r"(?:thank\s*you|thanks|goodbye|message|word|i\s+love\s+you)\b",
        gate=r"final|last",
        inherent=True,
    ),
    rule(
        "vx_hidden_for_a_reason",
        _GM,
        _URG,
        # "saving up bedsheets for a reason", "keeping my laces, for a reason"
        r"\b(?:sav(?:e|es|ed|ing)|collect\w*|hid(?:e|es|ing|den)?|stash\w*|hoard\w*|keep(?:ing)?|kept"
        r"|squirrel\w*)\s+(?:up\s+|away\s+)?(?:\w+\s+){0,2}?(?:sheets|bedsheets|belts?|cords?|ropes?|laces"
        rf"|shoelaces|razors?|blades?|{ANY_MEDS})\b[^.!?\n]{{0,20}}?\bfor\s+a\s+reason\b",
        gate=r"for\s+a\s+reason",
        inherent=False,
    ),
    rule(
        "vx_all_the_pills_in_the_house",
        _GM,
        _URG,
        # "collected every pill in the house into one bag"
        r"\b(?:collect\w*|gather\w*|got|put|round\w*\s+up|took)\s+(?:up\s+)?(?:every|all\s+(?:the|of"
        r"\s+the))\s+(?:pill|tablet|med|medicine|painkiller|medication)s?\s+(?:in|from)\s+the\s+"
        r"(?:house|flat|cupboard|cabinet|bathroom|kitchen)\b",
        gate=r"every|all",
        inherent=False,
    ),
    rule(
        "vx_gun_i_dont_hunt",
        _GM,
        _URG,
        # "went to the gun shop and put down a deposit, no reason, I don't hunt"
        # (a reason given in between keeps it sport: "the rifle is for the range, I don't hunt")
        rf"\b(?:{GUN}|gun\s+(?:shop|store|shows?))\b(?:(?!range|club|clay|target|competition|licen[cs]e)"
        r"[^.!?\n]){0,80}?\bi\s+(?:don'?t|do\s+not|never)"
        r"\s+(?:even\s+)?(?:hunt|shoot)\b",
        gate=r"hunt|shoot",
        inherent=False,
    ),
    rule(
        "vx_harder_not_to_take_them",
        _GM,
        _URG,
        # a nurse: "I know which drugs on the ward would do it and it's getting harder not to take
        # them home"
        rf"\bwhich\s+(?:drugs|{ANY_MEDS})\s+(?:\w+\s+){{0,4}}?would\s+do\s+it\b"
        r"(?=\s*(?:$|[.!?,;:)\"\n]|\s+and\b))"
        r"|\bharder\s+(?:and\s+harder\s+)?not\s+to\s+(?:take|steal|pocket|use)\s+(?:them|some|it)\s+"
        r"(?:home|for\s+myself)\b",
        gate=r"do\s+it|harder",
        inherent=True,
    ),
    rule(
        "vx_using_enough",
        _PM,
        _URG,
        # addiction: "thinking of using enough that I don't come back"
        r"\b(?:us(?:e|ing)|shoot(?:ing)?\s+up|tak(?:e|ing)|do(?:ing)?)\s+enough\s+(?:\w+\s+)?(?:to|that"
        r"|so)\s+(?:i\s+)?(?:not|don'?t|never|won'?t)\s+(?:come\s+back|wake\s+up|have\s+to\s+wake)\b",
        gate=r"enough",
        inherent=True,
    ),
    rule(
        "vx_pills_waiting",
        _GM,
        _URG,
        # "the pills are in the drawer waiting"
        rf"\b{ANY_MEDS}\s+(?:are|is)\s+(?:\w+\s+){{0,4}}?waiting(?:\s+for\s+me)?" + END,
        gate=r"waiting",
        inherent=False,
    ),
    rule(
        "vx_manage_fine_if_i_went",
        _BU,
        _CON,
        # "the family would manage fine if I went", "they'd cope better if I was gone"
        r"\b(?:would|'d|will)\s+(?:manage|cope|do|get\s+on|be)\s+(?:just\s+)?(?:fine|ok|okay|alright"
        r"|better)\s+(?:if|when|once)\s+i\s+(?:went|go|was\s+gone|were\s+gone|wasn'?t\s+here"
        r"|weren'?t\s+here|died|was\s+dead)" + END,
        gate=r"if\s+i|when\s+i|once\s+i",
        inherent=True,
    ),
    rule(
        "vx_doing_everyone_a_favour",
        _BU,
        _CON,
        # "I'd be doing everyone a favour by disappearing for good"
        # ("doing them all a favour if i was gone": any of them, all or both)
        r"\bdoing\s+(?:everyone|everybody|them|you|the\s+world|my\s+\w+)(?:\s+(?:all|both))?\s+a\s+favou?r"
        r"\s+(?:by|if\s+i)\s+"
        r"(?:disappear\w*|dying|died|not\s+being\s+(?:here|around|alive)|ending\s+(?:it|my\s+life)"
        r"|killing\s+myself|being\s+gone|was\s+gone|were\s+gone)"
        # (not gone for a while or somewhere: "if I was gone for the weekend", "… to my mum's")
        r"(?!\s+(?:for|till|until|by|on|at|to|from|in|over)\b)",
        gate=r"favou?r",
        inherent=True,
    ),
    rule(
        "vx_last_week_on_earth",
        _NF,
        _CON,
        # "last week on earth, making it count"
        # the writer's own: "my last ...", or the entry's first words (not "the mayflies' last day
        # on earth")
        r"(?:\bmy\s+|^\s*|(?<=[.!?\n])\s*)last\s+(?:day|days|week|weeks|night|nights|month|christmas"
        r"|birthday|summer)\s+"
        r"(?:on\s+(?:this\s+)?earth|alive|on\s+this\s+planet)\b",
        gate=r"earth|alive|planet",
        inherent=True,
    ),
    rule(
        "vx_anyone_come_if_i_did_it",
        _SI,
        _CON,
        # "would anyone come to my funeral if I did it tonight"
        r"\bwould\s+(?:anyone|anybody|any1|people)\s+(?:even\s+)?(?:come\s+to\s+my\s+funeral|cry|care"
        r"|notice|miss\s+me)\b[^.!?\n]{0,30}?\bif\s+i\s+(?:did\s+it|died|was\s+gone|were\s+gone"
        r"|disappeared|killed\s+myself|wasn'?t\s+here)\b",
        gate=r"if\s+i",
        inherent=True,
    ),
    rule(
        "vx_no_light_in_the_tunnel",
        _TP,
        _CON,
        # "there's no light at the end of this tunnel, there's no end to the tunnel" (not "the
        # tunnel of marking")
        r"\bno\s+light\s+at\s+the\s+end\s+of\s+(?:the|this|my)\s+tunnel"
        + END
        + r"|\bno\s+end\s+to\s+(?:the|this|my)\s+tunnel\b(?!\s+of\b)",
        gate=r"tunnel",
        inherent=False,
    ),
    rule(
        "vx_wont_be_playing_anymore",
        _GA,
        _CON,
        # "gave away my xbox ... said I won't be playing anymore"
        r"\b(?:gave|given|give|giving|handed)\b[^.!?\n]{0,60}?\bwon'?t\s+be\s+(?:playing|using|needing"
        r"|wearing|reading|riding|driving)\s+(?:it\s+|them\s+|any\s+of\s+(?:it|them)\s+)?(?:any\s*more"
        # (not giving up the car "with my eyesight", "at my age")
        r"|again)\b(?![^.!?\n]{0,30}\b(?:eyesight|eyes|licen[cs]e|knees?|hips?|back|doctor|arthritis"
        r"|too\s+old|age)\b)",
        gate=r"won'?t\s+be",
        inherent=False,
    ),
    rule(
        "vx_words_carved",
        _SH,
        _CON,
        # "scratched worthless into my arm with a pin" (not "my name into the desk")
        r"\b(?:scratch|carv|cut|etch|scrap)\w*\s+(?:[\w']+\s+){1,3}?into\s+my\s+(?:arm|arms|wrist"
        r"|wrists|leg|legs|thigh|thighs|skin|stomach|hand|hip|hips|chest)\b",
        gate=r"into\s+my",
        inherent=True,
    ),
    rule(
        "vx_pulled_off_the_ledge",
        _SI,
        _CON,
        # "they pulled me off the ledge last year" (not "off the stage")
        r"\b(?:pulled|talked|got|dragged|coaxed)\s+me\s+(?:down\s+)?(?:off|from)\s+(?:the|a|that)\s+"
        r"(?:ledge|bridge|roof|edge|railings?|tracks|parapet|cliff)\b",
        gate=r"ledge|bridge|roof|edge|railing|tracks|parapet|cliff",
        inherent=True,
        past=True,
    ),
)

# Read in this order: the last arrangements, then what is left behind.
LEFT_BEHIND_RULES: tuple[Rule, ...] = LAST_ARRANGEMENT_RULES + _LEFT_BEHIND
