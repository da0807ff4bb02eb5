"""English warning signs told as errands and asides: affairs put in order, means sought, plans
given up, a burden, a last chance.

Why: the published lists name these signs ("putting affairs in order", "looking for a way",
"no future", "being a burden"), and a journal tells them as things done or noticed, rarely
with the word itself:

* affairs in order: passwords written down "where mum will find them", debts paid "so nobody
  gets stuck with it", the dog "will go to my sister" (a trip or a move next to any of these
  makes it ordinary: ``everyday``);
* a last chance: "told her i love her, in case i don't get another chance"; a thing given with
  "told him to remember me";
* means sought: the "least painful method" read about, "different doctors" asked for pills;
* no future: "i don't see the point in making plans anymore" (not "…with him, he cancels");
* a burden: "i'm just a problem everyone has to manage", "i'm ruining my family";
* already gone: "i feel like i'm already gone";
* no self in the future: "i can't picture myself at thirty", "stopped making plans past next
  week", "i won't be here for winter"; waking as a let-down: "tired of waking up", "every
  morning i'm disappointed i woke up";
* things left for later: a video "for when she's older and i'm not around", "hugging everyone
  a bit longer".

Every rule has a ``gate``.
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category
from neuroleaf_desktop.domain.safety.result import Severity
from neuroleaf_desktop.domain.safety.rules import END, Rule, rule

_GB, _GA, _GM = Category.GOODBYES, Category.GIVING_AWAY, Category.GETTING_MEANS
_NF, _BU, _DW = Category.NO_FUTURE, Category.BURDEN, Category.DEATH_WISH
_URG, _CON = Severity.URGENT, Severity.CONCERN

# Someone close who will have to see to things.
_KIN = (
    r"(?:mum|mom|dad|my\s+(?:mum|mom|dad|sister|brother|partner|husband|wife|son|daughter|parents"
    r"|family|best\s+friend|kids|children)|someone|they|he|she|people)"
)

# The people a person leaves words for.
_CLOSEST = (
    r"kids|children|girls|boys|sons?|daughters?|wife|husband|partner|mum|mom|dad|family|parents"
    r"|grandkids|grandchildren|friends|sister|brother|nieces?|nephews?"
)

RULES: tuple[Rule, ...] = (
    rule(
        "af_affairs_for_after",
        _GB,
        _CON,
        # "wrote down all my passwords and left them where mum will find them", "my passwords are
        # in an envelope for my sister" (not "in a password manager"; not "while i'm away")
        r"\b(?:my|all\s+my|our)\s+(?:\w+\s+)?passwords?\b[^.!?\n]{0,50}?\b(?:where|so|so\s+that"
        r"|for)\s+" + _KIN + r"\s+(?:will|can"
        r"|could|would|'?ll)\s+(?:find|access|get\s+into|deal\s+with|sort|handle|take\s+care)\b"
        r"(?![^.!?\n]{0,40}\b(?:while|when\s+i'?m\s+(?:away|travelling|in\s+hospital)))"
        # "paid off what i owe so nobody gets stuck with it"
        r"|\b(?:paid\s+off|cancell?ed|closed|sorted|settled|cleared)\b[^.!?\n]{0,60}?\bso\s+"
        r"(?:that\s+)?(?:nobody|no\s*one|they|my\s+\w+)\s+(?:gets|get|is|are|will\s+be|won'?t\s+be"
        r"|isn'?t|aren'?t)\s+(?:stuck|left|lumbered|saddled)\s+with\b"
        # "made sure the dog will go to my sister", "sorted out who gets the cat"
        r"|\bmade\s+sure\s+(?:the|my)\s+(?:dog|cat|pets?|rabbit|horse)\s+(?:will|would|'?ll)\s+"
        r"(?:go\s+to|be\s+(?:looked\s+after|taken\s+care\s+of)\s+by|live\s+with)\s+\w+(?:\s+\w+)?"
        + END
        + r"|\bsorted\s+(?:out\s+)?who\s+(?:gets|takes|will\s+(?:have|take|get))\s+(?:the|my)\s+"
        r"(?:dog|cat|pets?|rabbit|horse)\b",
        gate=r"password|stuck|left\s+with|lumbered|saddled|made\s+sure|who\s+(?:gets|takes|will)",
        inherent=True,
    ),
    rule(
        "af_letters_for_after",
        _GB,
        _CON,
        # "wrote letters to my kids in case i'm not here to tell them myself", "recorded a video
        # for each of the girls for when i'm gone" (not a note for the cat sitter "in case i'm
        # not in"): words left for the people closest, for a time the writer is not there
        r"\b(?:wr[io]te|written|writing|record(?:ed|ing)?|left|leaving|made|making)\s+(?:a\s+|an\s+"
        r"|some\s+|little\s+)?(?:letters?|notes?|videos?|voice\s*notes?|messages?|cards?)\s+(?:to|for)"
        r"\s+(?:each\s+of\s+|all\s+of\s+|both\s+of\s+)?(?:my|the|our)\s+(?:" + _CLOSEST + r")\b"
        r"[^.!?\n]{0,40}?\b(?:in\s+case|for\s+(?:when|after))\s+i'?m\s+(?:not\s+(?:here|around)"
        r"(?!\s+(?:on|at|for|when|this|next|tomorrow|tonight)\b)|gone)\b"
        # "sorted out my passwords and the life insurance so it's all easy for them"
        r"|\b(?:sorted|organi[sz]ed|updated|arranged|settled)\b[^.!?\n]{0,60}?\b(?:life\s+insurance"
        r"|my\s+will|funeral|pension)\b[^.!?\n]{0,40}?\bso\s+(?:that\s+)?(?:it'?s|it\s+is"
        r"|it'?ll\s+be|everything'?s|everything\s+is)\s+(?:all\s+)?(?:easy|easier|simple|simpler"
        r"|sorted|straightforward)\s+for\s+(?:them|everyone|my\s+\w+|the\s+(?:kids|family))\b",
        gate=r"letter|note|video|message|card|insurance|will|funeral|pension",
        inherent=True,
    ),
    rule(
        "af_last_chance",
        _GB,
        _CON,
        # "told her i love her, in case i don't get another chance", "hugged him extra long in
        # case i never see him again"; a thing given with "told him to remember me"
        r"\bin\s+case\s+i\s+(?:don'?t|never|do\s+not)\s+(?:get\s+(?:another|the|a\s+second)\s+"
        r"chance|see\s+(?:her|him|them|you|it)\s+again)\b"
        r"|\b(?:gave|give|giving|handed)\b[^.!?\n]{0,50}?\b(?:told|asked)\s+(?:him|her|them)\s+to\s+"
        r"(?:remember\s+me|think\s+of\s+me)" + END,
        gate=r"in\s+case|remember\s+me|think\s+of\s+me",
        inherent=True,
    ),
    rule(
        "af_means_sought",
        _GM,
        _URG,
        # "reading forums about the least painful methods", "looked up the quickest way" ending
        # the clause (not "the least painful way to wax"); "asking different doctors for
        # sleeping pills"
        r"\b(?:least\s+painful|painless|quickest|surest|most\s+reliable|fastest)\s+(?:methods?"
        r"|ways?(?:\s+to\s+(?:go|die|do\s+it|end\s+it))?)"
        + END
        + r"|\b(?:asking|asked|went\s+to|going\s+to|seeing|saw|tried)\s+(?:\w+\s+)?(?:different"
        r"|several|two|three|other|multiple|new)\s+(?:doctors|gps|pharmacies|chemists"
        r"|pharmacists|walk-?in\s+clinics)\b[^.!?\n]{0,30}?\b(?:sleeping\s+pills|pills|tablets"
        r"|prescriptions?|codeine|diazepam|zopiclone|opioids|oxy\w*|painkillers|more\s+of\s+them)\b",
        gate=r"painful|painless|quickest|surest|reliable|fastest|different|several|two|three"
        r"|other|multiple|new",
        inherent=True,
    ),
    rule(
        "af_no_point_in_plans",
        _NF,
        _CON,
        # "i don't see the point in making plans anymore", "no point planning for the future"
        # (not "the point in making plans with him, he always cancels")
        r"\b(?:don'?t|do\s+not|can'?t|cannot)\s+see\s+(?:the|any)\s+point\s+(?:in|of)\s+"
        r"(?:making\s+(?:any\s+)?plans|planning\s+(?:anything|ahead|for\s+the\s+future)"
        r"|thinking\s+about\s+the\s+future)\b(?!\s+(?:with|for\s+(?:the|this|next)\s+\w+|if|when"
        r"|because|until)\b)"
        r"|\bno\s+point\s+(?:in\s+)?(?:making\s+plans|planning\s+(?:anything|ahead|for\s+the\s+future))"
        + END,
        gate=r"point",
        inherent=True,
    ),
    rule(
        "af_burden_problem",
        _BU,
        _CON,
        # "i'm just a problem everyone has to manage", "i'm ruining my family" (not "ruining my
        # family's holiday with this cold")
        r"\bi'?m\s+(?:just\s+|only\s+)?(?:a|the)\s+problem\s+(?:everyone|everybody|they|my\s+family"
        r"|people)\s+(?:has|have)\s+to\s+(?:manage|deal\s+with|handle|fix|solve|carry)\b"
        r"|\bi'?m\s+(?:ruining|wrecking|destroying)\s+(?:my\s+family|everyone'?s\s+lives?"
        r"|their\s+lives|(?:his|her)\s+life|(?:my\s+(?:kids|children|parents|partner|husband|wife"
        r"|\w+'s)'?s?\s+lives?))" + END,
        gate=r"problem|ruining|wrecking|destroying",
        inherent=True,
    ),
    rule(
        "af_no_self_in_future",
        _NF,
        _CON,
        # "i can't picture myself at thirty", "can't imagine myself getting old", "i've stopped
        # making plans past next week", "i won't be here for winter" (not "at thirty with a
        # mortgage": the clause must end; a trip or a move next to it: ``everyday``)
        r"\b(?:can'?t|cannot|can\s+not)\s+(?:picture|imagine|see)\s+myself\s+(?:at\s+(?:\d+"
        r"|twenty\w*|thirty|forty|fifty|sixty)|getting\s+old(?:er)?|growing\s+(?:old|up)|being\s+old)"
        + END
        # "in ten years" only when the sentence ends there ("in ten years, who can" is money)
        + r"|\b(?:can'?t|cannot|can\s+not)\s+(?:picture|imagine|see)\s+myself\s+in\s+(?:\w+\s+)?"
        r"(?:years?|months?)(?:'?\s+time)?(?=\s*(?:$|[.!?\n]))"
        + r"|\b(?:stopped|stop|quit)\s+making\s+(?:any\s+)?plans(?:\s+(?:past|beyond|after)\s+"
        r"(?:next\s+)?\w+)?"
        + END
        + r"|\bi\s+won'?t\s+be\s+(?:here|around|alive)\s+for\s+(?:the\s+)?(?:winter|summer|spring"
        r"|autumn|fall|new\s+year|next\s+(?:year|winter|summer))" + END,
        gate=r"myself|plans|won'?t\s+be",
        inherent=True,
    ),
    rule(
        "af_waking_is_a_let_down",
        _DW,
        _CON,
        # "i'm so tired of waking up", "every morning i'm disappointed i woke up" (not "tired
        # of waking up at 5am for this job")
        r"\b(?:tired|sick|weary)\s+of\s+waking\s+up(?:\s+(?:every\s+(?:day|morning)|again))?"
        + END
        + r"|\b(?:disappointed|gutted|upset|angry|sad)\s+(?:that\s+)?i\s+(?:woke|wake)\s+up"
        r"(?:\s+(?:again|this\s+morning|today))?" + END,
        gate=r"waking|woke|wake",
        inherent=True,
    ),
    rule(
        "af_left_for_later",
        _GB,
        _CON,
        # "recorded a video for my daughter, for when she's older and i'm not around", "hugging
        # everyone a bit longer" (a trip or a move next to it: ``everyday``)
        r"\bfor\s+when\s+(?:she'?s|he'?s|they'?re)\s+(?:older|grown(?:\s+up)?|big(?:ger)?)\s+and\s+"
        r"i'?m\s+(?:not\s+(?:around|here)|gone)\b"
        r"|\b(?:hugging|hugged|hug|holding|held)\s+(?:everyone|everybody|them|people|my\s+\w+)\s+"
        r"(?:a\s+(?:bit|little)\s+|so\s+much\s+)?longer\b",
        gate=r"for\s+when|longer",
        inherent=True,
    ),
    rule(
        "af_already_gone",
        _DW,
        _CON,
        # "i feel like i'm already gone", "it's as if i'm already dead" (not "already gone home")
        r"\b(?:feel|felt|it'?s)\s+(?:like|as\s+if|as\s+though)\s+i'?m\s+already\s+(?:gone|dead)"
        + END
        + r"(?![^.!?\n]{0,40}\b(?:away|holiday|trip|work|office|moved|left)\b)",
        gate=r"already",
        inherent=True,
    ),
)
