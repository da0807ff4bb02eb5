"""The verbs of an effect: what a thing does to a feeling ("helps my", "keeps me up"), a
verb that is itself the energy taken ("wipes me out"), and the verbs of a weighing that follow
the thing weighed ("does knitting *help*").

Read by the topic rules, the feeling scores and the subject extractor alike, so a thing one of
them weighs the others weigh too. Every pattern is matched as whole words, case-insensitively.
"""

from __future__ import annotations

import re
from typing import Final

# The verb of an effect and the words between it and what it acts on: the feeling right after
# "helps my", "mess with my", "make me more", "making my", "keeping me up" is what the
# question asks about.
EFFECT_RX: Final = re.compile(
    # (a participle the person is, not one a thing does: "when I'm *wrecked* tired", "I feel
    # *drained*" state how they are, and the word after is no feeling acted on)
    r"\b(?!(?:(?<=\bi'm )|(?<=\bim )|(?<=\bi am )|(?<=\bi was )|(?<=\bi'm so )|(?<=\bfeel )"
    r"|(?<=\bfeeling )|(?<=\bfelt )|(?<=\bfeel so ))[a-z]+ed\b)"
    r"(?:help(?:s|ed|ing)?|affect\w*|improv\w*|ruin\w*|wreck\w*|mess(?:es|ed|ing)?|hurt\w*"
    r"|worsen\w*|boost\w*|make|makes|making|made|disturb\w*|impact\w*|lift\w*|fix\w*|harm\w*"
    r"|damag\w*|keep(?:s|ing)?|kept|(?:good|bad|best|worst) for"
    # "throw off my sleep", "wear me out", "stop me sleeping", "sap my energy", "drag my mood
    # down", ...
    r"|throw(?:s|n|ing)?|threw|wear(?:s|ing)?|wore|stop(?:s|ped|ping)?|sap(?:s|ped|ping)?"
    r"|zap(?:s|ped|ping)?|drain(?:s|ed|ing)?|kill(?:s|ed|ing)?|drag(?:s|ged|ging)?|bring(?:s|ing)?|brought"
    r"|knock(?:s|ed|ing)?|spoil\w*|screw(?:s|ed|ing)?|interfer\w*|disrupt\w*|caus\w*"
    r"|giv(?:e|es|ing)|gave|lead(?:s|ing)? to|led to|trigger\w*|set(?:s|ting)? off"
    r"|leav(?:e|es|ing)|left"
    r"|get(?:s|ting)? in the way of|got in the way of|(?:take|takes|taking|took) a toll on"
    r"|play\w* havoc with|eat(?:s|ing)? into|ate into|cut(?:s|ting)? into"
    # what is eaten away at: "do money worries *chew up* my nights", "gnawing at my sleep"
    r"|chew(?:s|ed|ing)? (?:up|through|into)|gnaw(?:s|ed|ing)? (?:at|away at)"
    # what is taken from the person: "is the worry *costing me* sleep", "*robbing me of* sleep"
    r"|cost(?:s|ing)?(?= me\b)|rob(?:s|bed|bing)?(?= me of\b))"
    # the filler words between a verb and what it acts on ("make *it much harder to* sleep")
    r"\s+(?:(?:with|up|on|to|my|me|the|feel|feeling|more|less|so|really|even|a|any|in|it|off"
    r"|from|of|harder|easier|hard|much|way|down|out|fall|stay|get|go|how|well|long|often|i"
    r"|bit|little|some)\s+)"
    r"{0,5}",
    re.I,
)
EFFECT_WEIGHT: Final = 1.0
# A verb that is itself the energy taken, acting on the person: "does stress drain the life out
# of me", "work wipes me out", "does worrying tire me out", "it takes it out of me": energy is
# the outcome asked after, the other feeling its cause.
ENERGY_EFFECT_RX: Final = re.compile(
    r"\b(?:drain\w*|sap\w*|zap\w*|tir(?:e|es|ed|ing)|exhaust\w*|knacker\w*|wip(?:e|es|ed|ing)"
    # (a load flattening someone as it goes on is stress: "work is flattening me")
    r"|wear(?:s|ing)?|wore|(?<!\bis )(?<!'s )(?<!\bare )(?<!\bbeen )flatten\w*)"
    r" (?:the (?:life|energy|strength|will) out of |all the energy out of )?(?:me|my energy)\b"
    r"|\b(?:takes?|taking|took) (?:it|everything|a lot) out of me\b",
    re.I,
)

# What a thing is asked to do to the person, after it ("does knitting *help*", "has fishing
# ever *calmed* me", "does embroidery *unwind* me"): the verbs of effect of a weighing, any
# feeling they name, read by the topic rules (``asking.SUBJECT_RX``) and the subject
# extractor (``extract``) alike, so a thing one of them weighs the other weighs too.
WEIGHING_VERBS: Final = (
    r"help\w*|affect\w*|make\w*|do me|cheer\w*"
    # "is birdwatching *doing anything for me*", "does it do much for my mood", "has tai chi
    # *done anything for* my nerves" (any tense of the verb)
    r"|(?:do(?:es|ing)?|done|did) (?:anything|something|much|a lot|any good|me any good)"
    r" (?:for|to)|(?:do(?:es|ing)?|done|did) me (?:(?:any|some|much|a lot of|no) )?good"
    # ... and what it has done, asked openly: "what has metal detecting *done for* my head"
    r"|(?:do|done|did) for (?:me|my|myself)\b"
    # "has pottery made any difference to how stressed I've been"
    r"|made (?:any|a|much|no|some|all the|the) (?:real |big )?difference"
    r"|lift\w*|improv\w*|calm\w*|ruin\w*|mess\w*|wreck\w*|hurt\w*|matter\w*|work for me"
    r"|(?:good|bad|helpful|useful) (?:for|when|if)|keep\w* me|kept me"
    r"|throw\w* off|threw off|stop\w* me|sap\w*|drain\w*"
    r"|spoil\w*|disrupt\w*|interfer\w*|caus\w*|trigger\w*|drag\w* (?:me|my)"
    r"|settl\w*|sooth\w*|eas(?:e|es|ed|ing)|steadie\w*|brighten\w*|(?:perk|pick)\w* me up"
    # "does bouldering take my mind off things", "does painting clear my head"
    r"|(?:take|takes|taking|took) my mind off|(?:clear|empt(?:y|ies))\w* my (?:head|mind)"
    r"|distract\w* me"
    # rest and its opposite, energy given or taken: "does embroidery unwind me", "does a sauna
    # recharge me", "does the commute wear me out", "does karaoke give me a lift"
    r"|unwind\w*|relax\w*|de-?stress\w*|decompress\w*|recharg\w*|restor\w*|reviv\w*"
    r"|refresh\w*|boost\w*|buoy\w*|energi[sz]\w*|ground\w* me"
    r"|(?:chill|calm|wind)\w* me (?:out|down)"
    r"|(?:wear|wore|wip|tir|knacker|exhaust|flatten)\w* me(?: out| down)?"
    r"|(?:give|gives|gave|giving) me (?:a |some |more )?(?:lift|boost|energy|go|buzz)"
    # putting someone right ("does the harbour *sort me out*") and being worth what it costs
    # ("*worth it* for my head")
    r"|sort(?:s|ed|ing)? (?:me|my \w+|things|it) out"
    r"|worth (?:it|the (?:effort|bother|money|time|hassle))"
    # of use to the person: "has geocaching been *any use to me*", "is the sauna *much use for*
    # my nerves"
    r"|(?:any|much|some|a lot of|no) use (?:to|for) (?:me|my)\b"
)
