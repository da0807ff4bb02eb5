"""The words of each feeling a question can ask about (low mood, anxiety, sleep, stress, energy).
The signs of two of them read on their own (pulling away from people, demands pressing on the
person) live in ``feeling_signs``, the mind running ahead to the worst in ``mind_words``, and
nights that are no sleep and mornings that are in ``night_words``; each is folded into its
feeling's pattern here.

Kept apart from the rules (``topics``) and the activity words (``vocabulary``) so a reader can
check one list at a time. Every pattern is matched as whole words, case-insensitively.
"""

from __future__ import annotations

import re
from typing import Final, Literal

from neuroleaf_desktop.domain.insights.body_words import BODY_STIRRED, STIRRING
from neuroleaf_desktop.domain.insights.feeling_signs import (
    DEMANDS,
    LOAD_SIGNS,
    WITHDRAWAL,
)
from neuroleaf_desktop.domain.insights.mind_words import MIND_AHEAD
from neuroleaf_desktop.domain.insights.night_words import OCCASION_NIGHTS, PILLOW_TIME, WOKEN_EARLY

FeelingKind = Literal["low_mood", "anxiety", "sleep", "stress", "energy"]

# An ask after the mood lifted, to the end of the question ("…, has anything ever *lifted* me",
# "what *cheers* me up"): what reads an image that could be either (a deflated balloon).
_MOOD_ASK: Final = (
    r"[^?]*\b(?:lift\w*|cheer\w*|brighten\w*|happier|spirits|perk\w* me up|pick\w* me up)\b"
)

# Someone pulled away from people, not short of energy: "can't be bothered with anyone", "...
# to ring anyone back", "... to text people".
_PULLED_AWAY: Final = (
    r"(?:(?:with|to (?:see|ring|call|phone|text|message|reply to|answer|talk to|speak to))"
    r"(?: (?:to|back))? (?:anyone|anybody|anything|people|friends|my friends)"
    # ... or to answer them at all: "can't be bothered to answer texts"
    r"|to (?:answer|reply to|return|read) (?:my |any |the )?(?:texts|messages|calls|emails)"
    # ... or to look after oneself: "can't be bothered to shower", "… to get dressed or eat"
    r"|to (?:shower|wash|bathe|have a (?:shower|bath|wash)|get dressed|brush my (?:teeth|hair)"
    r"|wash my hair|eat (?:properly|anything)|feed myself|open the curtains))"
)

# A life drained of what made it good is a low mood, not a body short of energy: "life's felt
# drained of colour", "drained of all joy" (the energy words read "drained" only without it).
_OF_JOY: Final = r"of (?:all )?(?:colou?r|joy|meaning|hope)"
_NOT_OF_JOY: Final = rf"(?! {_OF_JOY})"
# An hour of the day a thing is reached by: "by two", "by mid-afternoon", "come four o'clock".
_BY_HOUR: Final = (
    r"(?:by|come|from|after) (?:about |around |roughly )?(?:\d{1,2}(?:[.:]\d\d)?(?: ?[ap]m)?"
    r"|one|two|three|four|five|six|seven|eleven|twelve|noon|midday|lunch(?:time)?|teatime"
    r"|elevenses|mid[- ]?(?:morning|afternoon|day)|(?:the )?(?:afternoon|evening))\b"
)

FEELING_PATTERNS: Final[dict[FeelingKind, str]] = {
    "anxiety": r"anx\w*|nerv(?:y|es|ous\w*)|panic\w*|worr\w*|on edge|edgy|tense"
    rf"|{BODY_STIRRED}"
    # (not "dreadful", how bad a thing was: "nights have been dreadful")
    r"|scared|fear\w*|dread(?!ful)\w*|restless(?! (?:nights?|sleep))|jumpy|rattled"
    # (more of it too: "am I jitterier after a string of rough nights")
    r"|jitter(?:y|s|ier|iest|iness)"
    r"|uneas(?:y|iness|ier)|calm\w*"
    # free of worry, calm's other names: "my last untroubled day", "carefree", "at ease"
    r"|untroubled|unworried|care-?free|worry-?free|(?:at|ill at) ease"
    # made steady, calm's sibling: "what steadies me before I fly", "am I steadier after"
    r"|stead(?:y|ies|ied|ying)(?= (?:me|myself|my nerves|my hands)\b)|steadier"
    r"|overthink\w*|ruminat\w*"
    # ... or going over a talk or a day again inside one's head: "can't stop replaying
    # tomorrow's conversation in my head", "rehearsing what I'll say round my head"
    r"|(?:replay\w*|rehears\w*)(?: [\w']+){0,4} (?:in|round|around|inside) (?:my|your) (?:own )?"
    r"(?:head|mind)|(?:can'?t|cannot|couldn'?t) stop (?:replaying|rehearsing)"
    # ... the mind doing it, over what might go wrong: "your mind keeps rehearsing everything"
    r"|(?:mind|head|brain)(?:'s| is| keeps?| kept| starts?| goes)? (?:rehears|replay)\w*"
    # a mind the person is stuck inside: "can't get out of my own head", "stuck in my head"
    r"|(?:get|got|getting|stuck|trapped|lost) (?:out of|in|inside) my (?:own )?head"
    r"|racing (?:heart|thoughts|mind)|heart rac\w*|butterflies|scaries|freak(?:ing|ed)? out"
    r"|apprehensi\w*|wound up|phobi\w*"
    # slang: "wired" is anxious unless it is the sleepless "tired but wired"
    r"|(?<!tired but )(?<!tired and )wired|keyed up|antsy|twitch(?:y|ier)|jump(?:ier|iness)"
    # startled easily, like a nervous animal: "skittish", "spooked", "highly strung"
    r"|skittish\w*|spooked|easily startled|(?:highly|high)[- ]strung"
    # ... by any of its words: "skittery as a cat", "jangly", "all of a quiver", "on a knife edge"
    r"|skitter(?:y|ier|ish)|jangl(?:y|ier|ed|ing)(?! (?:keys|bells|coins))|all of a quiver"
    r"|on a knife[- ]edge"
    # the inside gone unsteady or tight: "wobbly inside", "knotted up inside", "knotted up"
    r"|(?:wobbly|shaky|quivery|jittery|fluttery|jangly|knotted(?: up)?|churned up|twisted up"
    r"|tied up in knots|all tight|tight|tense) inside|knotted up|tied (?:up )?in knots"
    # a tremor where fear sits: "a wobble in my throat", "a flutter in my chest", "a tightness
    # in my stomach" (not a lump in the throat: that is tears as often as fear)
    r"|(?:wobbl\w*|tremors?|trembl\w*|quiver\w*|flutter\w*|tightness|tight feeling|tingl\w*)"
    r" in (?:my|the) (?:throat|chest|stomach|gut|belly|tummy|voice)"
    r"|throat(?:'s| is| goes| go| went| gets| get| going)?(?: all)?"
    r" (?:wobbl\w*|tight|shaky|quiver\w*)"
    r"|edgier|on tenterhooks|tight chest|chest (?:feels |is |gets )?tight"
    # ... however the change is told: "chest gone all tight", "my chest's got so tight"
    r"|chest(?:'s)?(?: (?:gone|goes|went|going|gets|got|getting|all|so|really|again|agen)){1,3}"
    r" tight|breath(?:ing|in'?)? (?:funny|weird|odd|strange|wrong)"
    # the mind running ahead to what could go wrong (``mind_words``): "my mind jumps to the
    # worst", "the what-ifs start"
    rf"|{MIND_AHEAD}"
    # a knot where fear sits: "the knot in my chest", "my stomach in knots"
    r"|knots? in my (?:stomach|chest|throat|gut|belly)"
    r"|(?:stomach|chest|gut|belly|tummy)(?:'s| is| was| has| keeps| gets| goes)?(?: been)?"
    r"(?: all)?(?: (?:tied )?in (?:a )?knots?| churning)"
    # the body held in a grip or the inside stirred: "my ribs feel like they're in a vice", "a
    # vice-like chest", "all churned up inside"
    r"|in a vice|vice-?like|churn(?:ed|ing) up|churning (?:inside|away)"
    # ... or the churning as a thing of its own: "the churning I get before the school run"
    r"|(?:the|that|this|a) churning\b"
    # nerves worn through or a body braced to jump: "a bag of nerves", "my nerves are shot",
    # "ready to jump out of my skin", "on pins and needles", "on high alert"
    r"|(?:bag|bundle|wreck) of nerves|nerves (?:are |were )?(?:shot|frayed|jangling|in tatters)"
    r"|jump(?:ing|ed)? out of my skin|on high alert|heart in my mouth"
    # ... however the pins and needles are had ("all pins and needles about a letter"), unless
    # they are felt in a limb, where they are numbness
    r"|pins and needles(?! in (?:my |the |your |both )?(?:feet|foot|legs?|hands?|arms?|fingers"
    r"|toes|thighs?))"
    r"|(?:can'?t|cannot|couldn'?t) sit still"
    # ... or the jaw set and the body startled by small things: "grinding my teeth", "jumping at
    # every notification"; a heart fluttering or skipping ("heart fluttering all morning")
    r"|(?:grind|grinds|grinding|ground|clench\w*|gritt?\w*) my (?:teeth|jaw)|teeth[- ]grinding"
    r"|jump(?:s|ed|ing)? (?:a mile )?at (?:every|each|any|the (?:slightest|smallest|tiniest))\b"
    r"(?! (?:chance|opportunity|offer|invit)\w*)"
    r"|heart(?:'s| is| was| keeps?| goes| went)?(?: all)? (?:flutter\w*|skip\w*)|palpitat\w*"
    # the body braced: "my chest seizes up", "palms go clammy", "my heart's pounding", "my
    # stomach drops"; fretting, being het up or worked up
    r"|(?:chest|throat|stomach|gut|jaw)(?:'s| is| was)? (?:seiz|tighten|clench|clamp|lurch"
    # (a throat closing up: "my throat closes up when the phone rings")
    r"|flip|drop|clos)\w*(?: up)?|(?:palms|hands)(?: \w+){0,2} (?:clammy|sweaty|shaking|trembling)"
    # ... told the other way round: "clammy palms whenever the bank rings", "sweaty hands"
    r"|(?:clammy|sweaty|sweating|damp|shaking|trembling) (?:palms|hands)"
    # ... or a buzz felt in the hands: "the fizzing in my hands", "a tingling in my fingers"
    r"|(?:fizz|tingl|buzz|prickl|trembl|shak)\w* in my (?:hands|fingers|palms|arms)"
    r"|heart(?:'s| is| was)?(?: (?:starts?|started|starting|keeps?|kept|goes|went|begins?|began))?"
    r" (?:pound|thump|hammer|pump)\w*|fret\w*|het up|worked up"
    # the insides stirred however it is said: "my chest goes fizzy", "guts all churny", "a
    # fluttery tummy", "my stomach's doing somersaults"
    r"|(?:chest|stomach|gut|guts|belly|tummy|insides|heart|hands|nerves)(?:'s| is| are| was"
    # ... or does a turn of its own: "my gut does a backflip when the school rings"
    r"| were| goes| go| went| gets| get| feels?| felt| all| so| a bit| doing| does| did| do| a"
    r"| an){0,3} (?:fizz\w*|churn\w*|flutter\w*"
    # ... or is caught in the stir, said as a state: "chest all aflutter", "hands atremble",
    # "my heart aquiver", "insides all of a flutter", "my stomach in a flutter"
    r"|a(?:flutter|quiver|tremble|twitter|jitter)|(?:all of|in) a (?:flutter|quiver|tremble"
    r"|jitter|tizzy|dither)"
    r"|buzz(?:y|ing)|jitter\w*|squirm\w*|knot(?:s|ted|ting)|somersaults?|backflips?|flip-?flops?)"
    r"|(?:fizzy|churny|fluttery|jittery|squirmy|knotted) (?:chest|stomach|gut|guts|belly|tummy)"
    # being brought back to calm: "what settles me down", "settles you down", "settle my nerves"
    r"|settl(?:e|es|ed|ing) (?:(?:me|you|myself|yourself|us) )?down|settl\w* my nerves"
    # ... or settled, the ask of a state unnamed: "what usually settles you", "what settled it
    # before" (a doing weighed by it keeps its subject: "does knitting settle me")
    r"|settl(?:e|es|ed|ing) (?:me|you|it|myself|yourself)\b"
    # ... or beating like something struck: "my chest feels like a drum", "heart like a hammer"
    r"|(?:chest|heart)(?:'s)?(?: \w+){0,2} like a (?:drum|hammer|drill|jackhammer|train)"
    # ... or going at a speed of its own: "my heart's going like the clappers", "heart going
    # nineteen to the dozen"
    r"|(?:heart|chest)(?:'s| is| was)?(?: (?:going|goes|went|beating|beats|racing|pounding"
    r"|thumping))?"
    r" (?:like the clappers|(?:nineteen|ten) to the dozen|like mad|like crazy|like billy-o)"
    r"|brick(?:ing|ed) it|heebie[- ]jeebies|kan cheong|chest (?:goes|went|going) tight"
    # waiting for harm: "something bad is about to happen", "a sense of doom"
    r"|(?:something|anything|everything) (?:bad|awful|terrible|horrible|dreadful)"
    r" (?:is |was )?(?:about to|going to|gonna|will|would|might|could) (?:happen|go wrong)"
    r"|(?:sense|feeling) of (?:doom|impending)|impending doom|waiting for the other shoe"
    # breath held or cut short: "I hold my breath when I open my emails", "short of breath",
    # "can't catch my breath", "my breathing goes shallow"
    r"|(?:hold|holds|holding|held) my breath|(?:forget|forgot) to breathe|short of breath"
    r"|(?:can'?t|cannot|couldn'?t) catch"
    r" my breath|breath(?:ing)?(?:'s| is| was| goes| gets| went| goes all)? (?:shallow|ragged"
    r"|quick|fast)|hyperventilat\w*"
    # in a flap: "all of a dither", "the collywobbles"
    r"|collywobbles|(?:all )?of a dither"
    r"|in a (?:right |real |bit of a |total |complete )?(?:flap|tizz\w*|lather)",
    # "last night" is a time, not sleep ("who won the football last night"); so is a clock
    # time at night ("answering emails at ten at night"), and a night out is an evening spent
    # with people
    "sleep": r"sleep\w*|asleep|slept|insomnia|(?<!last )(?<!\d at )(?<!\dpm at )(?<!ten at )"
    r"(?<!nine at )(?<!eleven at )(?<!twelve at )(?<!eight at )(?<!seven at )"
    + OCCASION_NIGHTS
    # (nor is a night in with people: "nights in with my old school pals", nor a course or a
    # market held at night: "night classes", "night school", "the night market")
    + r"nights?(?! out\b| in (?:with|together)\b| (?:class(?:es)?|school|courses?|lessons?"
    r"|college|uni|markets?|bus(?:es)?|sky|skies|photography|fishing)\b)"
    r"|late nights?|bed ?time|go(?:ing)? to bed"
    r"|in bed|before bed|ready for bed|wak(?:e|es|ing|ed)(?: up)?|woke|awake|naps?|napping"
    r"|(?:well[- ])?rested|refreshed"
    r"|restful|unrested|groggy|dream\w*|nightmares?|snor\w*|doz(?:e|ed|ing)|toss\w* and turn\w*"
    # ... or just tossing about, the turning unsaid: "tossing about till the bin lorry comes"
    r"|toss(?:ing|ed|es)? (?:about|around|all night)"
    r"|lie[- ]?ins?|sleep(?:ing)? in|restless (?:nights?|sleep)"
    r"|nod(?:s|ded|ding)? off|drift(?:s|ed|ing)? off"
    r"|(?:can'?t|cannot|couldn'?t|never|to|me|i) drop(?:s|ped|ping)? off"
    # lying awake: "I lie there till the birds start", "lying there for hours"
    r"|(?:lie|lies|lying|lay) there (?:till|until|for hours|all night|awake|staring)"
    # ... lying there into the small hours, whatever the mind does: "lying there doing sums in
    # my head at half four", "lying awake going over it till 3" (not "half four" said alone:
    # that is the afternoon)
    r"|(?:lie|lies|lying|lyin'?|lay) (?:there|awake|in bed)(?: [\w']+){0,8} (?:at|till|until"
    r"|til|since) (?:half |quarter (?:past|to) )?(?:[1-5]|one|two|three|four|five)(?:ish)?\b"
    r"(?![:.]?\d* ?pm)"
    r"|star(?:e|es|ed|ing|in'?) (?:up )?at the (?:ceiling|wall|walls)"
    # coming up out of sleep and going back under: "I keep surfacing at twenty past four",
    # "what helps me get back off", "drop back over"
    r"|surfac(?:e|es|ed|ing) (?:at|around|about|before|again|every|in the (?:night|small hours))"
    r"|(?:get|gets|got|getting|go|going|went|drop|dropping|drift|drifting|nod|nodding)"
    r" back (?:off|over|under)\b(?! (?:to|the|a|my|at|from|with|on)\b)"
    # ... or just stirring, as a sleeper does (``body_words``): "I didn't stir once"
    + "|"
    + STIRRING
    # ... or up before the day begins, told by its edge (``night_words``): "up before the birds"
    + "|"
    + WOKEN_EARLY
    # ... or lying down for the night, told by the pillow: "the second my head hits the pillow"
    + "|"
    + PILLOW_TIME
    # wide awake by eye, or a snore written short: "still lyin there wide eyed at 2ish", "no zzz
    # again" (a longer run of z is a key held down)
    + r"|wide[- ]eyed (?:at|till|until|til) (?:[1-5]|one|two|three|four|five)(?:ish)?\b"
    # eyes that open on their own, which is waking: "my eyes ping open at 4.30", "eyes snap
    # open before the alarm", "my eyes pop open" (not eyes kept open at a desk: that is energy)
    r"|eyes (?:just |always |suddenly )?(?:ping|pop|snap|spring|fly|flick|shoot|jolt|burst)"
    r"(?:s|ped|ping|ed|ing)? (?:wide )?open\b"
    r"|z{3,6}s?"
    r"|(?<=keeping me )up|(?<=keeps me )up|(?<=kept me )up"
    r"|(?<=keep me )up|tired (?:but|and) wired|(?<=keeps you )up|(?<=keep you )up"
    r"|(?<=keeping you )up|(?<=kept you )up"
    # up in the small hours: "up at 3 again", "awake since four" (not "3pm")
    r"|(?:up|awake) (?:at|since|till|until) (?:[1-5]|one|two|three|four|five)(?::\d\d)?"
    r"(?! ?(?:pm|p\.m\.|in the afternoon))(?: ?am)?\b"
    # slang: "no kip", "a bit of shut-eye", "forty winks"
    r"|kip(?:s|ped|ping|pin'?)?|shut-?eye|forty winks|oversleep\w*|overslept|body clock"
    r"|early[- ]morning awaken\w*"
    # a night counted in hours unbroken: "eight unbroken hours", "got a solid seven hours",
    # "had six hours straight" (not "worked ten hours straight")
    r"|(?:\d{1,2}|five|six|seven|eight|nine|ten) (?:unbroken|uninterrupted) hours"
    r"|(?:unbroken|uninterrupted) (?:hours|stretch)"
    r"|(?:got|get|gets|getting|had|have|managed|manage) (?:a |an )?(?:(?:solid|full|straight"
    r"|whole|decent|proper) (?:\d{1,2}|five|six|seven|eight|nine|ten) hours"
    r"|(?:\d{1,2}|five|six|seven|eight|nine|ten) hours (?:straight|solid|on the trot))",
    "stress": r"stress\w*|stres\w*|deadlines?|overwhelm\w*|pressur\w*|burn(?:ed|t)?[- ]?out"
    r"|burn(?:ing|s)? out|under the cosh"
    # tension held, and money as a load: "wound up tight about money", "worrying over bills"
    r"|wound (?:up )?(?:so |really |too )?tight|(?:about|over) (?:money|bills|debts?|the mortgage"
    r"|the rent)|money (?:worries|troubles|problems)"
    # ... and a tension whose object is the job: "wound up about work", "het up over the office"
    # (a named fear of it stays anxiety: "anxious about work")
    r"|(?:wound|worked|het|keyed) up (?:about|over|by) (?:work|my job|the job|the office)"
    r"|workload|swamped|snowed under|frazzled|overload\w*|hectic|unwind\w*|decompress\w*"
    r"|relax\w*|too much|can'?t cope|cannot cope|not coping|switch(?:ing)? off|wind(?:ing)? down"
    # a load bearing down and a pace not kept: "it's all pressing down on me", "I can't keep up"
    r"|(?:press|bear|weigh)(?:s|es|ing)? down|(?:can'?t|cannot|couldn'?t|can not) keep up\b"
    # slang: fried (not food), frayed, stretched thin, overdoing it, maxed out
    r"|(?:brain[- ])?fried(?! (?:food|chicken|eggs?|rice|fish|breakfast|stuff))|frayed"
    r"|(?:stretched|spread) (?:too |so |really )?thin|overdo(?:ing|ne)? it|overwork\w*"
    r"|maxed out|run ragged"
    # only just not going under: "keep my head above water", "staying afloat"
    r"|(?:head|nose|chin) above (?:the )?water|(?:keep|stay)\w* (?:me |myself |us )?afloat"
    # a load that never lets up or covers the person: "work's been relentless", "buried in
    # emails", "buried like this", "the inbox never gets smaller"
    r"|relentless|buried (?:in|under|alive|like this|like that)"
    r"|never (?:gets|get|got|seems to get) (?:any )?(?:smaller|shorter|less)"
    # too much at once: "too many plates spinning", "juggling too much", "juggling the kids and
    # a job" (not the hobby: "does juggling help"), "it all piled up", "everything stacked
    # up", "all in the same month", "pulled in every direction", "so much on my plate", "I've
    # been this stretched" (a state, not a muscle)
    r"|(?:plates|balls) (?:spinning|in the air)|spinning (?:(?:too|so) many |all the )?plates"
    r"|juggl(?:e|es|ed|ing) (?:the|my|a|an|two|three|several|both|work|kids|jobs|family"
    r"|everything|too|so|it|things|a lot)"
    r"|(?:pil|stack)(?:e|es|ed|ing) up(?! (?:against|well|nicely))"
    r"|" + LOAD_SIGNS + r"|hanging (?:on )?by a (?:thread|thin thread)"
    # ... however the plate is loaded: "more on my plate than a church supper", "to much on me
    # plate", "my plate is overflowing"; too many irons in the fire; at one's wits' end; the
    # work all due together ("everything at work is due in the same week")
    r"|(?:too|so|to|more|much|lots|loads) (?:much )?on (?:my|me|your) plate"
    r"|(?:my |me |the )?plate(?:'s| is)? (?:too |so )?(?:full|overflowing)"
    r"|(?:too many|so many) irons in the fire|(?:at|reached|reaching) (?:my|me|the) wits'? end"
    r"|due (?:in|on|at) the same (?:time|day|week|month|fortnight)"
    r"|pulled in (?:every|all|too many|a (?:hundred|million)|ten) (?:different )?directions?"
    # ... or between demands: "pulled between the shop, the kids and Mum"
    r"|(?:pulled|tugged|stretched) between\b"
    # pressed from all round: "work came at me from every direction", "squeezed from every
    # side", "hit from all angles", "pressure on all fronts"
    r"|(?:at me|hit\w*|squeez\w*|press\w*|pressur\w*|attack\w*|com(?:e|es|ing)|came|pull\w*"
    r"|pil\w*)(?: \w+){0,2} (?:from|on) (?:every|all|each) (?:sides?|directions?|angles?"
    r"|fronts?|quarters?)|(?:being|been|feel\w*|getting|got|so|totally|really) squeezed\b"
    r"(?! (?:in|into|out))"
    r"|(?:this|so|too|really|totally|completely|been|feel|feeling|felt|am|i'm|im) stretched"
    r"(?! (?:my|the|out|before|after|properly))|rushed off my feet"
    # a load of tasks: "too many tasks and no time", "my to-do list", "inbox 400+", "no lunch
    # break in weeks", "run off my feet", "flat chat at work", "doing my head in", "the crunch",
    # "crushing me", "strain", "money's tight", "everyone needing things from me"
    r"|too many (?:tasks|jobs|things to do|emails|people needing)|to-?do lists?|inbox \d+"
    r"|\d+\+? (?:unread )?emails|(?:no|without a|haven'?t had a) lunch break"
    # an inbox counted in hundreds, a piece of work due by a set time: "the inbox is at 300",
    # "a report due by noon"
    r"|inbox(?:'s| is)? (?:at|on|over|past|hitting) \d+|(?:reports?|essays?|assignments?"
    r"|projects?|proposals?|presentations?|bids?|tenders?)(?: is| are|'s)? due (?:by|at|for|in)\b"
    r"|(?:run|ran|rushed) (?:off|aff) (?:my|me) feet|flat chat|doing my head in|crunch(?: time)?"
    r"|crushing me|strain(?:ed)?\b(?! (?:my|a) (?:back|muscle|neck|eyes))"
    # ... a load pressing on the person as it goes on: "work is flattening me this month",
    # "the admin's burying me" (left flattened afterwards is the energy gone)
    r"|(?:is|are|'s|been|keeps?) (?:flattening|crushing|burying|swamping|steamrolling"
    r"|snowing me under|drowning) me\b"
    r"|money(?:'s| is)? (?:tight|short)|needing things from me|"
    + DEMANDS
    + r"|at (?:the end of my (?:rope|tether)"
    r"|breaking point)|up to my eyeballs|drowning in (?:work|emails?|tasks)"
    # a load over the head or a strain near its limit: "up to my neck in invoices", "stretched
    # to snapping point", "the daily grind", "work grinding me down"
    r"|up to my (?:neck|ears|eyes|oxters|armpits) in|(?:snapping|breaking|bursting) point"
    r"|grind(?:s|ing)? (?:me|us|you) down|ground (?:me|us) down|the (?:daily )?grind"
    # a bad stretch that names work as its place is about work ("a terrible week at work")
    r"|(?:bad|rough|terrible|awful|horrible|worst|hard|tough|long|busy) (?:day|week|month|time"
    r"|shift)s? at (?:work|the office|my job)"
    # getting through a stretch like the one just told: "how did I get through a month like
    # this", "coped with weeks like this"; doing someone's share as well as one's own
    r"|(?:get|got|getting|gets|cope[ds]?|coping|survive[ds]?|surviving|handle[ds]?|handling)"
    r" (?:through |with )?(?:a |the )?(?:day|week|fortnight|month|stretch|spell|patch|period)s?"
    r" like (?:this|that)|as well as (?:mine|my own)",
    "energy": r"energy|energi[sz]ed|energetic|tired\w*|tierd|exhaust\w*|fatigue\w*"
    r"|draining|sluggish|letharg\w*|worn out|no motivation|motivat\w*|unmotivated|knackered"
    r"|shattered|wiped(?: out)?|run down|no get up and go|zapped|flagging|lazy|oomph"
    r"|running on empty|drain\w*"
    + _NOT_OF_JOY
    + r"|get out of bed|focus\w*|concentrat\w*|brain fog|foggy"
    # "can't be bothered with anyone or anything" is a mood pulled away from life (low mood)
    r"|(?:can'?t|couldn'?t|cannot) be bothered(?! " + _PULLED_AWAY + ")"
    r"|(?:wears?|wearing|wore) me (?:out|down)|crash(?:es|ed|ing)?"
    # eyes that will not stay open in the day: "my eyelids are going at my desk"; no spring in
    # the step: "more get-up-and-go"; "flat out on the sofa" (not the low mood "flat")
    r"|eyelids?(?:'s| are| were| keep| start)? (?:going|droop\w*|heavy|clos\w*|shutting)"
    r"|(?:keep|keeping) my eyes open|get[- ]up[- ]and[- ]go"
    r"|flat out (?:on|in) (?:the|my) (?:sofa|couch|settee|bed|floor)"
    # "no strength", "no pep", "physically spent", "buggered by 3pm", "full of beans"
    r"|no (?:strength|pep)|(?:physically|totally|completely|utterly|just) spent|buggered"
    # gone flat or limp by an hour of the day, as a battery does: "flat as a pancake by two
    # every afternoon", "wilting by mid-afternoon", "fading come four o'clock" (flat for days
    # or since a loss stays low mood)
    r"|(?:flat|wilt\w*|droop\w*|sagg?\w*|fad(?:e|es|ed|ing)|deflat\w*)(?: as (?:a|an) [\w']+)?"
    rf"(?: \w+)? {_BY_HOUR}"
    # spent as a body is, by degree or by what leaves it so: "leaves me more spent", "I feel
    # spent" (not money or time spent: "spent on", "spent the evening")
    r"|(?:(?:leaves?|left|leaving|makes?|made) me (?:\w+ )?|(?:feel|feels|feeling|felt|more|most"
    r"|less|so|really|i'm|im|i am) )spent\b(?! (?:on|in|at|the|a|an|my|all|most|hours|ages"
    r"|time|money|with|doing|\d)\b)"
    r"|full of (?:beans|life|energy|go|pep|vim)|run-?down"
    # ... or the spring a step has: "pep in my step", "a bounce in her step", "a spring in my step"
    r"|(?:pep|spring|bounce|zip|zing) in (?:my|your|his|her|their|our|the) steps?\b"
    # the spring in a body counted as none: "zero pep", "nae oomph", "hardly any get-up-and-go"
    r"|(?:zero|nae|not much|hardly any|barely any|little|lost (?:my|all my)) (?:pep|oomph|puff"
    r"|spark|vim|zip|zing|welly|get[- ]up[- ]and[- ]go|juice|fuel|gas|energy|battery)"
    # ... or none of it in the body: "no go in me at all", "not a scrap of go left in me"
    r"|no (?:go|pep|zip|oomph|spark|energy|fight) (?:left )?in me\b"
    r"|long (?:day|shift)s?"
    # slang: pooped, zonked, dead on my feet, running on fumes, "I'm wrecked" (not "wreck my")
    r"|(?:can'?t|cannot|couldn'?t|struggle to|hard to)(?: i)? get (?:up|going)|pooped|zonked"
    r"|dead on my feet"
    r"|running on fumes"
    # ... or on what is left at the bottom of the tank: "running on the last drops of petrol by
    # lunchtime", "on the dregs", "the last of the fuel"
    r"|(?:running|going|getting by|scraping by) on (?:the )?(?:(?:last|final) (?:few )?(?:drops?"
    r"|dregs|dribbles?|bits?|reserves?)|dregs|vapou?rs)"
    # an empty tank or a flat battery: "nothing left in the tank", "the tank's empty", "out of
    # steam", "my battery's flat", "nothing left to give"
    r"|nothing (?:left )?in the tank"
    r"|(?:tank|tank's|tank is) (?:completely |totally )?(?:empty|dry)"
    r"|empty tank|running (?:out of steam|on reserve)|out of (?:steam|gas|juice|puff)"
    r"|no (?:gas|juice|fuel) left|nothing left to give"
    # (the plural however it is texted: "batterys flat")
    r"|batter(?:y|ys|ies)(?:'s| is| are)? (?:flat|dead|drained|in the red|on empty|running low)"
    # ... or running out or down however fast: "does my battery run out quicker", "drains"
    r"|(?:my |the )batter(?:y|ies) (?:\w+ )?(?:run|runs|ran|running|drain\w*|di(?:e|es|ed|ing))"
    r"|(?:flat|dead) batter(?:y|ies)|worn down|done in|zombie|hit(?:ting)? a wall"
    # a battery or a power running low: "my battery's on 5 percent", "at 20 percent battery",
    # "low power mode"; limbs of lead: "my legs feel like lead", "arms made of sand"; no puff,
    # no power, weak, tuckered out, jiggered, sapped, depleted, vigour and vitality gone
    r"|batter(?:y|ies)(?:'s| is)? (?:on|at) (?:\d+|low|one|two|five|ten|zero|nil|nothing"
    r"|empty|rock bottom)"
    r"|(?:\d+|one|two|five|ten|fifteen|twenty|thirty) ?(?:%|percent|per cent) battery"
    # ... the person as a phone nearly out: "that phone-on-1%-by-teatime feeling", "like a
    # phone on 5 percent" (not the phone itself: "my phone dies at 20%")
    r"|(?:like a|that|this) phone[- ](?:on|at)[- ]\d+(?= ?(?:%|percent|per cent))"
    r"|low[- ]power mode|low battery"
    r"|(?:legs|arms|limbs|body|feet)(?: \w+){0,2} (?:like|made of|full of|(?:gone|turned) to)"
    r" (?:lead|sand|concrete|bricks|stone"
    # ... or of matter with no strength in it: "legs like wet string", "arms like spaghetti",
    # "legs like jelly", "limp as lettuce"
    r"|(?:wet |limp |cooked |overcooked |soggy )?(?:string|spaghetti|noodles?|jelly|rubber"
    r"|cotton wool|lettuce|dishcloths?|rags?|putty|tree trunks|sandbags|treacle|mush|blancmange))"
    r"|jelly legs|(?:limp|floppy|weak) as (?:a |an |some )?(?:wet |soggy |limp )?(?:lettuce"
    r"|rag|dishcloth|noodle|kitten|lettuce leaf)"
    # a head that will not hold itself up at the desk: "propping my head up with one hand"
    r"|prop(?:s|ped|ping)? (?:my|me) (?:head|chin|eyes|eyelids|self) up|propping myself up"
    r"|(?:hold|holding|keep|keeping) my head up|matchsticks (?:in|under|to prop) my eyes"
    # the spark a body had, to get back: "how do I get my spark back"
    r"|(?:get|getting|got|gets) (?:my|me) (?:spark|oomph|pep|zip|mojo|get[- ]up[- ]and[- ]go)"
    r" back|no (?:puff|power|forces?|oomph|spark)(?: left)?|without (?:any )?(?:forces?"
    r"|power|strength)|(?:so|very|really|feel|feeling|felt|too) weak|tucker(?:ed)?(?: out)?"
    r"|jiggered|sapped|deplet\w*|vigou?r|vitality|(?:i'm|im|i am|completely|totally|dead) beat"
    # the spring in a body sapped, however short its name: "what's sapping my get-up", "saps
    # all my oomph"
    r"|sap(?:s|ping)? (?:me|(?:all )?(?:of )?(?:my|the) (?:get[- ]up|pep|oomph|zip|go|strength))\b"
    # limbs gone heavy: "my legs feel leaden"
    r"|(?:legs|arms|limbs|body|feet)(?: \w+){0,2} leaden"
    # an emptied image is read by what the ask wants back: pumped up or going again is energy
    # ("a deflated balloon, what pumped me back up"), lifted or cheered a mood (below)
    r"|deflated (?:balloon|tyre|tire|ball)s?(?!" + _MOOD_ASK + ")"
    r"|emptied out|(?:life|energy|spark) back (?:in|into) me"
    r"|wrung out|(?:feel|feeling|felt) wrung"
    # a body with the colour rinsed out of it: "washed out by teatime" (not a faded colour,
    # nor the world gone colourless: "everything feels washed out" is a mood, below)
    r"|(?<!everything feels )(?<!everything looks )(?<!everything seems )(?<!everything's )"
    r"(?<!life feels )(?<!it all feels )(?<!things feel )(?<!the world looks )"
    r"washed[- ]out(?! (?:colou?rs?|jeans|denim|photos?|pictures?|prints?|look))"
    # more slang for a body with nothing left: "cream crackered" (rhymes with knackered),
    # bushed, dog-tired, bone-weary, "fit to drop", "whacked out"
    r"|(?:cream )?crackered|bushed|(?:dog|bone|dead)[- ](?:tired|weary)|(?:fit|ready) to drop"
    r"|whacked(?: out)?"
    r"|no (?:gas|fuel|petrol|juice) (?:left )?in the tank"
    r"|(?:i'm|im|i am|feel|feeling|felt|so|totally|completely|absolutely) wrecked"
    # images of moving with no strength: "I drag myself through the day", "wading through
    # treacle"
    r"|drag(?:s|ged|ging)? (?:myself|yourself|my feet|my body)|(?:wading|wade|waded) through"
    r" (?:treacle|mud|molasses|syrup|glue|sludge|concrete|quicksand)",
    # ("what brought *it down*", "knocked it down to 3", "made it go down" lower a level: the
    # measure named, not a mood)
    "low_mood": r"low(?:er|est)?|(?<!\bit )(?<!\bthem )(?<!\bgo )(?<!\bgoes )(?<!\bwent )"
    # ("what calmed *things down*": a level brought down, not a mood)
    r"(?<!\bthings )(?<!\beverything )"
    # (a load bearing down on someone is pressure, not a mood: "it's all pressing down at once")
    r"(?<!\bpressing )(?<!\bpresses )(?<!\bbearing )(?<!\bbears )(?<!\bweighing )(?<!\bweighs )"
    # (nor is sitting down: "did I last sit down with the paints")
    r"(?<!\bsit )(?<!\bsat )(?<!\bsits )(?<!\bsitting )"
    # (nor is a thing put on paper: "writing down three things", "jot it down")
    r"(?<!\bwrite )(?<!\bwrites )(?<!\bwriting )(?<!\bwrote )(?<!\bjot )(?<!\bjotting )"
    r"down"
    r"|sad\w*|blues?|depress\w*|unhappy|miserable|(?<!a )deflated(?! (?:balloon|tyre|tire|ball))"
    r"|deflated (?:balloon|tyre|tire|ball)s?(?=" + _MOOD_ASK + ")"
    # spirits sunk, however it is said: "downhearted", "dispirited", "in the doldrums", "this
    # heaviness" (not limbs gone heavy, nor a heaviness that comes with a time of day, "that
    # mid-afternoon heaviness": that is the body's energy)
    r"|down-?hearted|dis(?:heartened|pirited)|despondent\w*|crestfallen|low[- ]spirited"
    # a heart weighed down, by degree: "the heaviest-hearted days", "with a heavy heart"
    r"|heav(?:y|ier|iest)[- ]?hearted|heavy heart"
    r"|in low spirits|(?:the )?doldrums"
    # ... or brought down by something, or sinking of themselves: "does it drag my spirits
    # down", "dampens my spirits", "knocks my spirits for six", "my spirits sink on a Sunday"
    r"|(?:drag|bring|brought|pull|knock|weigh|dampen|lower|sink|sank|sap|crush|dash|flatten)\w*"
    r" (?:my|me|your|the|our) spirits|(?:my|your|our|the) spirits(?:'ve| have| had)?"
    r" (?:sink|sank|sunk|dip|drop|flag|droop|fall|fell|plummet|nosedive|(?:are|were|go|get|got)"
    r" (?:low|down)|(?:take|took|taking|takes) a (?:dip|dive|knock|tumble|hit|nosedive))\w*"
    # as low as a person goes: "when I'm at rock bottom", "hit rock bottom" (a battery at rock
    # bottom is the body's energy)
    r"|(?<!battery at )(?<!battery's at )(?<!battery is at )(?<!batteries at )(?<!battery on )"
    r"(?<!battery's on )(?<!battery is on )rock bottom"
    # sunk as if under water, as "down" is: "why does Monday teatime drag me under"
    r"|(?:drag|pull|suck)(?:s|ged|ging|ed|ing)? (?:me|us) under\b"
    r"|(?<!afternoon )(?<!morning )(?<!evening )(?<!lunch )(?<!teatime )heaviness"
    r"(?! in (?:my |the )?(?:legs|arms|limbs|body|feet|eyes|eyelids|head))"
    # ... grey or gloomy as well as bad: "a grey spell", "a gloomy patch", "a bleak week"
    r"|(?:bad|rough|terrible|awful|horrible|worst|hard|tough|dark|grey|gray|gloomy|bleak|black)"
    r" (?:day|week|month|patch|spell|time|mood|period)s?|slump|funk|rut"
    rf"|flat(?! out| chat|(?: as (?:a|an) [\w']+)?(?: \w+)? {_BY_HOUR})|meh"
    r"|rubbish|crap"
    # nothing worth anything: "nothing seems to matter", "what's the point", "lost interest in
    # everything", "can't be bothered with anyone"
    r"|nothing (?:\w+ )?(?:seems? to |really )?matters?|(?:what'?s|what is) the point"
    # ... nor in an everyday act: "can't see the point of getting dressed", "no point getting up"
    r"|(?:no|(?:don'?t|can'?t|couldn'?t|didn'?t|not) see(?:ing)? (?:the|any)) point"
    r" (?:(?:in|of|to) )?(?:anything|trying|it all|(?:even )?\w+ing\b)"
    # a miserable, washed-out spell or face: "a bit of a wet weekend", "a face like a wet week"
    r"|(?:bit of a|like a|proper|right|real) wet (?:weekend|week|sunday)"
    r"|lost (?:all )?interest in|(?:can'?t|couldn'?t|cannot) be bothered "
    + _PULLED_AWAY
    # a life lived without being in it: "going through the motions"
    + r"|(?:go|goes|going|went|gone) through the motions"
    r"|mood\w*|hope(?:less|ful)\w*|lonel\w*|empty|gloom\w*|feel(?:ing)? better|guilt\w*"
    r"|sham(?:e|ed|eful)"
    r"|ashamed|useless|(?:feel|feels|feeling|felt) (?:really |so |very |quite )?(?:good|great"
    r"|fine|okay|ok|well|happy|worse)|(?:best|great|happy|happiest|worst) days?|angry|anger"
    r"|frustrat\w*|irritat\w*|annoyed|snappy|how (?:have|am) i (?:been|doing)"
    r"|how (?:was|were|did) i (?:do|doing|feel|feeling|cope)?"
    r"|how (?:was|is|has been) (?:my|last|this|the past) (?:day|week|weekend|month|year)"
    r"|(?:best|happiest) (?:weeks?|months?|years?|times?)"
    r"|pointless|worthless|numb|cry|crying|cried|tearful|tears|grief|griev\w*|despair\w*|chuffed"
    r"|happ(?:y|ier|iest|iness)|cheer\w*|joy\w*|grumpy|irritable|heavy|bleh|blah|sorrow\w*"
    r"|good days?"
    # slang and comparatives of an irritable or low mood
    r"|grump\w*|ratty|rattier|crank(?:y|ier)|crabb(?:y|ier)|grouch\w*|tetch(?:y|ier)"
    r"|short[- ]tempered|short fuse|strop\w*|snapp(?:ier|ish)|angr(?:ier|ily)|irritabl\w*"
    r"|fed up|bummed(?: out)?|gutted|glum|mop(?:ey|ing|y)|out of sorts|lousy|crappy|shitty"
    r"|crummy|tear(?:y|ier|iest)|weep(?:y|ier|iest|ing)|(?:down )?in the dumps"
    # a life sliding or hidden from: "the week slid downhill", "I haven't wanted to see anyone
    # or do anything", "the weekend went under a duvet"
    r"|(?:slid|slides|slide|sliding|slipped|slipping|went|gone|going|goes) downhill"
    r"|(?:haven'?t|have not|don'?t|didn'?t|not) (?:wanted|want|wanting|felt like|feel like)"
    r" to (?:see|do|talk to|speak to|go out with) (?:anyone|anybody|anything|people)"
    r"|(?:under|beneath) (?:a|the|my) (?:duvet|covers)"
    r"|not (?:been |feeling |felt )?(?:like )?myself|(?:feel|feeling|felt) like (?:my ?self|me)"
    r"|in a (?:bad )?mood"
    # pulling away from life: "I've stopped texting people back", "stopped going out", "the
    # days blur together", "shutting myself away", "can't face anyone"
    r"|stopped (?:texting|messaging|replying|answering|calling|ringing|seeing|going out"
    r"|bothering|caring|leaving the house)|(?:days|weeks) (?:just )?(?:blur|blurring|blurred"
    r"|merge|merging|run|running) (?:together|into (?:one|each other))"
    r"|shut(?:ting)? myself (?:away|off|in)|hiding (?:away|from everyone)"
    # ... messages left lying: "leaving texts unanswered", "left my messages on read"
    r"|(?:leav\w*|left) (?:all )?(?:my |the |people'?s )?(?:texts|messages|calls|emails"
    r"|voicemails) (?:unanswered|unread|unopened|on read)"
    r"|(?:can'?t|cannot|couldn'?t) face (?:anyone|people|going out|the world)"
    # pleasure gone: "I used to look forward to things", "nothing to look forward to", "I sit
    # in with the curtains shut"
    r"|used to (?:look forward to|enjoy|love|care about) (?:things|anything|stuff|life|it all)"
    r"|(?:nothing|don'?t look forward|can'?t look forward) to (?:look forward to|anything)"
    r"|curtains (?:shut|closed|drawn)"
    # the colour gone out of things: "everything's gone grey", "life feels so grey", "what
    # brought the colour back", "bleak", "under a cloud", "a grey rain cloud following me"
    # ... or the life gone out of them: "the week's gone soggy", "sort of hollow", "all dull"
    r"|(?:gone|going|goes|feels?|feeling|felt|seems?|looks?|is|was|all|so|bit|everything'?s"
    r"|sort of|kind of)"
    r" (?:a bit |all |so |really |very )?(?:grey|gray|colourless|colorless|bleak|dreary|joyless"
    r"|soggy|drab|lifeless|leaden)\b"
    # ... told over a stretch: "everything's been grey since …", "life has felt so drab", "things
    # have looked colourless all winter"
    r"|(?:everything|life|it all|things|the world|the days|the weeks)(?:'s|'ve| has| have| had)"
    r" (?:been|felt|looked|seemed|gone|turned)(?: a bit| all| so| really| very)? (?:grey|gray"
    r"|colourless|colorless|bleak|dreary|joyless|drab|lifeless|leaden)\b"
    r"|(?:everything|life|it all|things|the world) (?:feels?|looks?|seems?|'s|is) (?:a bit |all "
    r"|so |really |very )?washed[- ]out\b"
    # hollow as a person feels it, not a sound or a tree: "feeling sort of hollow", "hollow
    # inside"
    r"|(?:feels?|feeling|felt|sort of|kind of|just|bit) (?:a bit |so |really |very )?hollow\b"
    r"|hollow inside"
    r"|(?:the )?colou?r (?:back|(?:has |had )?(?:gone|goes|going|went|drain\w*|fad\w*|seep\w*)"
    r" (?:out of|from))|bleak\w*"
    # ... or life drained of it: "life's felt drained of colour", "drained of all joy"
    + r"|drained "
    + _OF_JOY
    # ... or the world turned the colour of something dull, whatever it is likened to: "the
    # whole world's gone the colour of wet pavement", "everything's the colour of dishwater"
    + r"|(?:world|everything|life|it all|the days?|the weeks?)(?:'s| has| had| is| was)?"
    r" (?:gone |turned |going |goes |went |feels |looks |seems )?(?:all )?the colou?r of\b"
    # spirits raised: "what lifts my spirits", "keeps my spirits up"
    r"|(?:lift|rais|boost|buoy)\w* (?:my|me|your|the) spirits|spirits (?:up|lifted|higher)"
    r"|(?:under|beneath) a (?:dark |black |grey )?cloud|(?:dark|black|grey|gray) (?:rain )?cloud"
    # ... or any cloud over the person, whatever its colour: "wake up with a cloud over you",
    # "this cloud hanging over me" (a cloud over the hills is weather)
    r"|cloud (?:(?:hanging|sitting|hovering|stuck|parked|that follows) )?(?:over|above)"
    r" (?:me|you|us|my head|your head)\b"
    # ... or a grey fog the person gets into: "the grey fog I sink into" (brain fog is tiredness)
    r"|(?:grey|gray|black|heavy|gloomy) (?:fog|mist|murk|haze)"
    # the taste gone out of things: "everything tastes of nothing", "food tastes like cardboard"
    r"|(?:tastes?|tasted|tasting) (?:of|like) (?:nothing|cardboard|ash|dust|sawdust)"
    r"|nothing (?:tastes?|tasted) (?:of|like) anything"
    # life watched from behind glass, not lived: "watching it through a steamed-up window", "like
    # I'm behind a pane of glass"
    r"|watch(?:ing|ed|es)? (?:it|life|everything|things|the (?:days?|weeks?|world)"
    r"|my (?:own )?life)"
    r"(?: (?:all|go|goes|pass|passing|happen|by|past|slide|sliding|drift|drifting)){0,3}"
    r" (?:through|from behind|behind) (?:a |the )?(?:[\w-]+ ){0,3}"
    r"(?:windows?|glass|panes?|fog|haze)|behind (?:a )?(?:pane of )?glass"
    r"|" + WITHDRAWAL,
}
FEELING_RX: Final = {k: re.compile(rf"\b(?:{v})\b", re.I) for k, v in FEELING_PATTERNS.items()}
