"""How a question asks: the forms the topic rules read before any vocabulary.

* "when did I last …", "how long since …", "last time I …?" ask for a date (``is_last_time``);
* "does *X* help", "has *X* done anything for …" weigh a thing (``SUBJECT_RX``), and "when did
  I last go *bowling*" names what was last done (``LAST_THING_RX``), and "since I took up
  *gardening*" what a time is counted from (``SINCE_TAKEN_RX``);
* a request or a question about the world ("can you recommend …", "how much sleep does an
  adult need") is not about the journal when it holds no "I", "me" or "my" (``REQUEST_RX``).

Kept apart from the rules (``topics``) so both stay short. Pure.
"""

from __future__ import annotations

import re
from typing import Final

from neuroleaf_desktop.domain.insights.effect_words import WEIGHING_VERBS
from neuroleaf_desktop.domain.insights.names import TITLES
from neuroleaf_desktop.domain.insights.recency import asks_last_date

# A word of letters of any alphabet, with its apostrophes and hyphens ("macramé", "piña").
_LETTERS: Final = r"[^\W\d_](?:[^\W\d_]|['-])+"
LAST_TIME_RX: Final = re.compile(
    # also done together: "when did Ngozi and I last meet up", "when were we last away"
    r"\bwhen (?:did|was|were|have|had) (?:i|we|(?:[\w'-]+ ){1,3}and i|me and [\w'-]+)"
    r" (?:\w+ )?(?:last|most recently)\b"
    # ... or a feeling's own last time, the feeling said first: "when did *the panicky feeling*
    # last hit me this hard", "when did that dread last creep in"
    r"|\bwhen (?:did|was|were|has|had) (?:the|that|this|my) (?:[\w'-]+ ){1,3}?"
    r"(?:last|most recently) (?:\w+ )?(?:me|i|in|up|on)\b"
    r"|\bwhen (?:was|did) (?:my|i have my) (?:last|latest|most recent|final|previous)\b"
    # ... or a last time shared with someone, or theirs: "me and Oksana, when was *our* last
    # catch-up", "when were our last few days away", "when was Gran's last visit"
    r"|\bwhen(?:'s| (?:was|were|is|did we have)) (?:our|(?-i:[A-Z][\w-]+)['’]s|my (?:[\w-]+ ){0,2}"
    r"[\w-]+['’]s) (?:very )?(?:last|latest|most recent|previous)\b"
    # ... or someone's last visit or word to the person, the name said first: "when did Ifan
    # last come round", "when did Auntie Bola last ring" (a capitalised name, then a verb of
    # coming over or getting in touch)
    # (also who they are to the person, with or without the name: "when did my cousin Tadhg
    # last come round", "when did our neighbour Femi last pop in", "when did my sister last ring")
    r"|\bwhen (?:did|has|had) (?:(?:my|our) (?:[\w'-]+ ){0,2}[\w'-]+"
    r"|(?-i:[A-Z][\w'-]+)(?: (?-i:[A-Z][\w'-]+))?) (?:last|most recently)"
    r" (?:come|came|pop|popped|drop|dropped|call|called|ring|rang|phone|phoned|text|texted"
    r"|message|messaged|visit|visited|stay|stayed|see me|get in touch)\b"
    r"|\bwhen(?:'s| is| was) the (?:last|most recent) time\b"
    r"|\bhow (?:long|many (?:days|nights|weeks|months|years))(?:'s| has| is| was)?(?: it)?"
    r"(?: been)?"
    # ("it's been how many weeks *now* since")
    r"(?: (?:now|already|exactly|roughly|about))? (?:ago )?since\b"
    # ... or the gap told first and its length asked after: "it's been ages since a jog along the
    # prom, how many weeks", "been a while since I saw Gran - how long exactly"
    r"|\bbeen (?:ages|yonks|a while|a bit|forever|so long|too long|a long time|(?:weeks|months)"
    r"(?: and (?:weeks|months))?) since\b[^?]*\bhow (?:long|many (?:days|nights|weeks|months"
    r"|years|exactly|now))\b"
    # ... or the time counted from said first: "since my last afternoon at the lido, how long
    # has it been", "since I last saw Gran how many weeks is it"
    r"|\bsince\b[^?]*?\bhow (?:long|many (?:days|nights|weeks|months|years))(?:'s| has| is"
    r"| was)? it(?: been)?\s*(?:now\s*)?[?.!]*\s*$"
    # a last time named first and its date asked after: "last time my nerves were this shot,
    # when was that", "my last swim, how many weeks back was that", "… how long ago was it"
    r"|\blast\b[^?]*[,;:.-]\s*(?:so |and )?(?:when (?:was|were|is|did) (?:that|it|this)"
    r"|how (?:long|many \w+|far) (?:ago|back) (?:was|is|were) (?:that|it|this)"
    # ... or placed by what it fell near: "my last catch-up with Imogen, was that before or
    # after Easter", "… was it around my birthday", "… what month was that"
    r"|(?:was|were) (?:that|it|this) (?:before|after|around|during|over|near)"
    r"|(?:what|which) (?:day|week|month|year|season) (?:was|is|were) (?:that|it|this))\b"
    # "when is last time I …", "when it was the last time", "how recently did I"
    r"|\bwhen (?:it )?(?:'s|is|was) (?:the )?(?:last|most recent) time\b|\bhow recently\b"
    # its distance asked: "how far back was the last time", "how long ago was the last time"
    r"|\bhow (?:far back|long ago) (?:was|is) (?:the|my) (?:last|most recent)\b"
    # a calendar date or a last day asked: "what date did I last see …", "the date of my last
    # session", "the last day I felt anxious", "the most recent day I felt run down"
    r"|\b(?:what|which)(?:'s| is| was)? (?:the )?(?:date|day)\b[^?]*\blast\b"
    r"|\bdate (?:of )?(?:my |i )last\b|\b(?:what|which) date\b"
    r"|(?:^\s*|\bthe )(?:last|most recent) (?:day|date|night|morning|week|entry)"
    r"(?: where| when| that)? i\b"
    # (work as the place a feeling is about is no doing that worked: "the last week I wasn't
    # wound up about work")
    r"(?![^?]*\b(?:help\w*|(?<!about )(?<!over )(?<!at )work\w*|got me|sort\w*|in common)\b)"
    r"|\bsince\b[^?]*\bwhen(?: exactly| was (?:that|it))\b"
    # how long a thing of a doing has lain unused, which is the time since it was last done:
    # "my running shoes, how long have they sat by the door unused", "how long has my bike been
    # gathering dust", "how many weeks has the guitar sat in its case unplayed" (not a thing
    # left as it is, nor a time spent sitting: "how long has the shed sat empty", "how long
    # have I sat at this desk")
    r"|\bhow (?:long|many (?:days|nights|weeks|months|years))(?:'s| has| have| had| is| are)"
    r"(?! (?:i|we|you|me)\b)[^?,;]*? (?:sat|sitting|been|lain|lying|stayed|stood|standing|hung"
    r"|hanging|left)\b"
    r"[^?,;]*?\b(?:un(?:used|touched|played|worn|opened|ridden|strung|loved)|idle"
    r"|(?:gathering|collecting|gathered|collected) (?:dust|cobwebs)|rolled up)\b",
    re.I,
)
# "Last time I went running?" and "tell me when I last felt good" ask for a date; "last time I
# was stressed, what helped?" and "what helped when I last felt low?" do not.
# ... also done together: "last time *me and Jo* went out?", "last time *Jo and I* met up?"
LAST_TIME_START_RX: Final = re.compile(
    r"^\s*(?:the )?last time (?:i|we|me and [\w'-]+|[\w'-]+ and (?:i|me))\b"
    r"|\bwhen i (?:\w+ )?last\b",
    re.I,
)
ASKS_WHAT_RX: Final = re.compile(r"\b(?:what|which|how|help\w*|got me)\b", re.I)
# Titles and family words said before a name ("Professor Lindqvist", "Aunty Ngozi").
_TITLE_WORDS: Final = "|".join(sorted(TITLES, key=len, reverse=True))
# A count or a size said before a thing, in figures: "the *1000-piece* jigsaws", "*3* pints",
# "*20-minute* naps", "the *500 piece* puzzles", "my *5,000* steps". It measures the thing; it
# is never the thing.
COUNT: Final = (
    r"(?:\d[\d,.]*(?:-[a-z]+)*(?: (?:piece|minute|min|hour|hr|mile|page|day|week|month|year"
    r"|second)s?)?\s+)?"
)
# The thing a question weighs ("does *knitting* help me", "is *the weather* bad for me").
SUBJECT_RX: Final = re.compile(
    # after a condition or time frame set first ("when I'm anxious, does …", "on my low days,
    # has …"): the feeling there is when it is asked about, the thing is what is weighed
    r"^\s*(?:(?:when|whenever|if|on|in|after|before|during|while|once|since|lately|recently)\b"
    r"[^,;?]*[,;]\s*)?"
    # (or asked as a possibility: "*might* a bit of birdwatching brighten my days")
    # (or what it has done, asked openly: "*what has* metal detecting done for my head")
    r"(?:(?:how (?:much )?|why )?(?:does|do|did|is|are|was|were|has|have|can|might|could)"
    # (not a time or a person there: "what has *previously* improved my spirits")
    r"|what (?:has|have|did)(?!\s+(?:previously|recently|usually|generally|normally|typically"
    r"|actually|really|ever|always|lately|i|you|we|they|he|she|it|that|this)\b)"
    # asked as a sign: "any sign that the knitting settles me", "is there any evidence X helps"
    r"|(?:is there |are there |do i see |can you see )?any (?:signs?|evidence|proof|hint)"
    r"(?: (?:that|of))?"
    # ... or asked inside another sentence, whose "if" opens the weighing: "can you tell me if
    # sketching does anything for me", "I keep wondering whether the shed is doing me good"
    r"|(?:[\w']+ ){0,8}?(?:tell me|wonder(?:ing)?|know|see) (?:if|whether))\s+"
    # ("has *all the* birdwatching done anything", "have *those* swims helped")
    # going to a thing is the thing ("does *going to* fencing club help")
    r"(?:(?:going|getting|heading|making it) (?:off )?to (?:my |the |a )?)?"
    # where someone sits or stands to do it frames the doing ("does *sitting in the hide*
    # birdwatching settle me", "*lying on the sofa* reading")
    r"(?:(?:sitting|sat|standing|stood|lying|being|out) (?:in|at|on|by|under|beside|up)"
    r" (?:the |a |an |my |our )?[a-z][a-z'-]+ (?=[a-z'-]+ing\b))?"
    # one of a thing done is the thing ("does *doing a* jigsaw help", "*playing a* board game")
    r"(?:(?:doing|playing) (?:a|an) |(?!(?:doing|playing|going|getting|being|having)\b)[a-z]{3,}ing"
    r" (?:the|my|our) (?=[a-z'-]+ [a-z'-]+ (?:at|in|on|round|around|along|off|by)\b))?"
    r"(?:my |the |a |an |some |all (?:the|my|that|this|those|these) |those |these )?"
    # how big or how many is not part of it either ("do the *1000-piece* jigsaws help", "have
    # *3* pints a night made me worse"): the thing is what follows the count
    rf"{COUNT}"
    # the stretch of time it fills is not part of it ("has *a morning's* fishing calmed me",
    # "does *an evening of* whist help")
    r"(?:(?:morning|afternoon|evening|night|day|weekend|week|hour|lunchtime)(?:'s| of) )?"
    # ... nor the stretch of time spent at a place ("does *an hour down at* the harbour sort
    # me out", "has *a weekend up in* the hills helped")
    r"(?:(?:hour|morning|afternoon|evening|night|day|weekend|week)s? (?:(?:down|up|out|over"
    r"|round) )?(?:at|in|by|on|round) (?:the |a |an |my |our )?)?"
    # (the person and a verb of helping are never part of it: "does juggling *help me* relax")
    r"(?P<x>[a-z][a-z'-]+(?: (?!(?:is|are|was|were|has|have|had|me|myself|help\w*"
    r"|been|actually|really|truly|honestly|ever|even|still|proven|shown|known|supposed|meant"
    r"|will|would|could|might|should)\b)"
    r"[a-z][a-z'-]+){0,2})"
    # whom it is said or done to, by name or title, is not part of it ("talking *to Professor
    # Lindqvist*", "writing *to Gran*"): the person is read from the words (``extract``)
    rf"(?:\s+to\s+(?:(?:{_TITLE_WORDS})\.?\s+)?(?-i:[A-Z])[\w'-]+"
    rf"|\s+to\s+(?:{_TITLE_WORDS})\.?\s+[a-z][\w'-]+)?"
    # where, for or with whom it happens is not part of it ("volunteering *at the food bank*",
    # "kite flying *on the beach with the kids*")
    # ... nor where along or off which it is ("fishing *off the canal bank*", "a trudge *along
    # the river path*"), nor when ("embroidery *of an evening*"; "twenty minutes *of* vinyasa"
    # is vinyasa measured, see ``things.bare``)
    r"(?:\s+(?:at|in|with|on|for|off|along|by|near|round|around|under|through|across|from)"
    r"\s+(?:the |a |an |my |our )?[a-z][a-z'-]+(?: [a-z][a-z'-]+)?){0,2}"
    r"(?:\s+of (?:an? )?(?:morning|afternoon|evening|night|weekend|(?:mon|tues|wednes|thurs|fri"
    r"|satur|sun)day)s?)?"
    # "any sign that X *is* helping", "has wine *been* messing with me"
    r"(?:\s+(?:is|are|was|were|has|have|had))?(?:\s+been)?"
    # an adverb of truth is not part of the thing ("does the fidget ring *actually* help")
    r"(?:\s+(?:actually|really|truly|honestly|ever|even|still))?"
    # what it is said to do is still the thing weighed ("is yoga *proven to* help me sleep")
    r"(?:\s+(?:proven|shown|known|supposed|meant) to)?"
    rf"\s+(?:{WEIGHING_VERBS})\b",
    re.I,
)
# What a time is counted from names it: "is my mood better since I took up *gardening*",
# "since I started *tai chi*, …" (one word, or two closing the clause).
SINCE_TAKEN_RX: Final = re.compile(
    r"\bsince (?:(?:i|we)(?:'ve| have)? (?:first |finally )?(?:started|took up|taken up|began"
    r"|begun|got into|joined|signed up for|switched to)"
    # ... with the person left unsaid: "since *taking up* bouldering", "since starting pilates"
    r"|(?:first )?(?:taking up|starting|beginning|getting into|joining|switching to))"
    r"\s+(?:doing |going to )?"
    r"(?:the |my |a |an |this |that )?(?:new |first )?"
    # (work started is no pursuit: "since I started working from home", "working nights" are
    # the job, the stress topic's own; working out is exercise)
    r"(?!work(?:ing|ed|s)?\b(?![- ]?out\b))"
    rf"(?P<x>{_LETTERS}(?: {_LETTERS}(?=\s*(?:[,;:.!?]|$)))?)",
    re.I,
)
# What someone last did ("when did I last go *bowling*").
LAST_THING_RX: Final = re.compile(
    # (a try named as a noun too: "my last go at bouldering", "my last stab at a sourdough")
    r"\blast (?:time (?:that )?i )?(?:(?:go|try|attempt|shot|stab|crack|bash) (?:at|on) "
    r"|(?:go|went|do|did|have|had|play|played|try|tried|visit"
    r"|visited|get|got|take|took) (?:out )?(?:to |for )?)(?:a |an |the |some |my )?"
    r"(?:(?:proper|good|real|long|nice|big|little|quick|decent|full|whole) )?"
    rf"(?P<x>{_LETTERS})",
    re.I,
)
ABOUT_ME: Final = re.compile(r"\b(?:i|me|my|myself|i'm|i've|im|ive)\b", re.I)
# A greeting to the journal or the app ("good morning journal, hope you're well", "hi there"):
# with no "I", "me" or "my" it asks nothing of the person's data.
GREETING_RX: Final = re.compile(
    # (said as a greeting: "morning walks, do they help" greets no one)
    r"^\s*(?:hi|hiya|hello|hey|howdy|good (?:morning|afternoon|evening|night)|morning|evening)"
    r"(?=\s*(?:[,!.]|$|(?:journal|diary|there|all|you|app)\b))",
    re.I,
)
# A request or a question about the world, not the person ("can you recommend a good book",
# "what time is it in Tokyo"): with no "I", "me" or "my" it is not about the journal, even
# when it holds the word of an activity.
REQUEST_RX: Final = re.compile(
    r"\b(?:can|could|would|will) you\b|\brecommend\w*|\bsuggest\w*|\bwhat(?:'s| is| are) (?:a|an"
    r"|the best)\b|\bwho (?:is|was|won|are|invented)\b|\bwhere (?:is|are|can)\b|\bdefine\b"
    r"|\bexplain\b|\btranslate\b|\bwhat time\b|\bhow (?:do|does|can) you\b"
    # (a day that is "a write-off" asks the app for nothing)
    r"|\bwrite\b(?!-)"
    # what a thing holds: "how much caffeine is in a flat white", "how many calories in a pint"
    r"|\bhow (?:much|many)\b[^?.!]{0,40}?\b(?:is|are|'s) (?:there )?in\b"
    r"|\bhow (?:much|many) \w+(?: \w+)? in (?:a|an|one|the|each)\b"
    # what people in general do or need: "how much sleep does an adult need"
    r"|\b(?:does|do|should|can|would|will|is|are) (?:an? (?:adult|person|child|kid|teen(?:ager)?"
    r"|man|woman|human|baby)|the average \w+|(?:most )?(?:people|adults|humans|children|kids"
    r"|teens|teenagers|folks?|ppl)|someone|everyone|anyone|everybody|anybody)\b"
    # the weather and what is coming: "is it going to chuck it down on Saturday", "will it
    # snow", "what's the forecast"
    r"|\b(?:is it|are we|is there) (?:going to|gonna|meant to|supposed to)\b|\bwill it\b"
    r"|\bweather\b|\bforecast\b"
    # what a word means, asked of nothing else: "what is CBT", "what's a vinyasa" (not a verb
    # asked about: "what's helped?")
    r"|^\s*(?:what(?: is|'s| are)|define)\s+(?:an? |the )?(?![\w-]+(?:ed|ing)\b)[\w-]+"
    r"\s*[?.!]*\s*$",
    re.I,
)
# A question about people in general, even in the person's words: "is seven hours enough for
# someone my age, generally speaking", "what's normal for a woman my age", "what are the
# symptoms of burnout", "how do I say 'tired' in French", "is it going to rain on my walk".
GENERAL_RX: Final = re.compile(
    r"\b(?:generally|scientifically|medically) speaking\b|\bin general\s*[?.!]*\s*$"
    r"|\bfor (?:someone|anyone|people|a person|a (?:wo)?man|a (?:girl|boy|guy|lad))"
    r" (?:of )?my age\b"
    r"|\bfor (?:most|the average) (?:people|adults|person)\b|\bsymptoms of\b"
    # what anyone is meant to do or needs: "how much sleep is a grown-up meant to get", "how
    # much exercise does an adult need", "what do most people need"
    r"|\b(?:is|are|should|does|do) (?:a|an|the average|the typical|most|an average)"
    r" (?:[\w-]+ ){0,2}?(?:adults?|grown-?ups?|persons?|people|(?:wo)?m[ae]n|teenagers?|humans?)"
    r" (?:meant|supposed|expected|recommended|advised|need|needs)\b"
    r"|\bis it (?:normal|common|usual|typical|natural|ok|okay) (?:for|that) (?:people|someone"
    r"|anyone|adults|kids|children|everyone|everybody|anybody|most people|other people"
    r"|lots of people|(?:wo)?men|teenagers|students)\b"
    # ... or any group of people but the person: "is it normal for new mums to cry a lot"
    r"|\bis it (?:normal|common|usual|typical|natural) (?:for|that) (?!(?:me|my|i|myself|us"
    r"|our|someone like me)\b)(?:[\w'-]+ ){1,3}(?:to|who|when)\b"
    # ... or of no one named at all: "is it normal to feel anxious when the clocks go back" (not
    # the person's own state: "is it normal to feel *this* tired", "… for me to …")
    r"|^(?![^?]*\b(?:i|me|my|myself|i'm|i've|im|ive|mine)\b)[^?]*\bis it (?:normal|common|usual"
    r"|typical|natural|ok|okay) to (?!\w+ (?:this|that|so)\b)"
    r"|\bhow do (?:i|you) say\b|\bwhich is (?:healthier|better for you)\b"
    # a rule for people at large, or for an age group, asked of no one: "is there a rule of
    # thumb for how long folk in their fifties need in bed"
    r"|^(?![^?]*\b(?:i|me|my|myself|i'm|i've|im|ive)\b)[^?]*(?:\brules? of thumb\b"
    r"|\b(?:folk|folks|people|adults|someone|anyone|(?:wo)?men) (?:in (?:their|his|her)"
    r" (?:late |early |mid[- ])?(?:teens|twenties|thirties|forties|fifties|sixties|seventies"
    r"|eighties|\d0s)"
    r"|of (?:that|a certain|a given) age|over (?:\d\d|forty|fifty|sixty|seventy))\b"
    # ... or one person of an age, a child's too: "how many hours should a fifty year old
    # get", "how long should a two-year-old nap", "a fifteen-year-old on school nights"
    r"|\ban? (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty)(?:[- ]\w+)?[- ](?:years?|months?)[- ]old\b)"
    r"|\bhow long do(?:es)? \w+ take to (?:work|kick in)\b"
    # a claim about the world put to the app: "is it true cold showers cure anxiety", "is it a
    # myth that sugar makes kids hyper" (not "is it true that I sleep worse after wine"), and
    # cures asked of no one ("does magnesium cure insomnia")
    r"|\bis it (?:really )?(?:true|a myth|a fact|proven|just a myth)(?: that)?"
    r" (?!(?:i|i'm|i've|i'd|im|my|me|in|for|from|of|about|with|according)\b)"
    # ... whose claim names no one: "is it true that not drinking helps *me*" asks the journal
    r"(?![^?]*\b(?:i|me|my|myself|i'm|i've|im)\b)"
    r"|^(?![^?]*\b(?:i|me|my|i'm|i've|im)\b)[^?]*\b(?:cures?|cure for)\b"
    # ... and what is proven or shown to work for people at large, asked of no one: "is
    # magnesium actually proven to help people sleep", "has ashwagandha been shown to work"
    r"|^(?![^?]*\b(?:i|me|my|i'm|i've|im)\b)[^?]*\b(?:proven|shown|known|demonstrated)"
    r" (?:to|that)\b"
    # ... or weighed on everyone at once, asked of no one: "does magnesium help everyone sleep",
    # "is cold water swimming good for everybody" (not "does it help everyone in my house"),
    # or what it does to everyone: "does cheese give everybody nightmares", "does coffee keep
    # everyone up", "do screens make people in general anxious"
    r"|^(?![^?]*\b(?:i|me|my|i'm|i've|im|we|us|our)\b)[^?]*\b(?:help\w*|work\w*|good|bad"
    r"|safe|giv(?:e|es|ing)|gave|mak(?:e|es|ing)|made|keep(?:s|ing)?|kept|caus\w*|affect\w*"
    r"|trigger\w*) (?:for )?(?:everyone|everybody|all people|people in general)\b"
    # asked about no one: "is magnesium good for anxiety in general, not for me"; a fact of the
    # world: "how long does it take to walk from Leeds to York", "the half-life of caffeine",
    # "the capital of Peru"
    # ... or whether a claim about what a thing does to people at large holds, asked of no one:
    # "is there any truth in magnesium tablets helping folk nod off", "any science behind cold
    # showers making people calmer" (not "… eases my worry", which asks the journal)
    r"|^(?![^?]*\b(?:i|me|my|myself|i'm|i've|im|ive|we|us|our)\b)[^?]*\b(?:truth|science"
    r"|evidence|research|proof|studies|scientific)\b[^?]*\b(?:people|folk|folks|ppl|anyone"
    r"|anybody|everyone|everybody|adults|humans|someone|(?:wo)?men)\b"
    r"|\bnot (?:for|about) me\b|\bhow long does it take to (?:walk|drive|get|fly|cycle|run)"
    r" (?:from|to)\b|\bhalf-?life\b|\bcapital (?:city )?of\b"
    r"|\bhow many calories\b|\bis it (?:going to|gonna) (?:rain|snow|pour|be (?:sunny|warm|cold"
    r"|hot|wet|nice|dry))\b"
    # a claim put to the app to check against science, not the journal: "my flatmate swears
    # by it, is there any science in that", "what does the research say", "or is that a myth",
    # "an old wives' tale", "any scientific evidence"
    r"|\bis there (?:any|some|much|real|actual) (?:science|evidence|research|truth|proof)"
    r" (?:in|behind|to|for|on|about) (?:that|this|it|the (?:idea|claim|theory))\b"
    r"(?! (?:that )?(?:i|i'm|im|my|me)\b)"
    r"|\b(?:is|was|isn't|wasn't) (?:that|this|it) (?:just |all |really |only )?(?:a myth"
    r"|an? (?:old )?wives'? tale|an urban myth|pseudo-?science|a placebo)\b"
    r"|\bwhat (?:does|do) (?:the )?(?:science|research|studies|evidence|experts) says?\b"
    # ... or the claim offered as rubbish in the other breath, asked of no one: "do cold
    # showers really help with low mood or is that internet nonsense", "or is it all TikTok
    # hype", "or just a gimmick" (not the person's own: "do my walks help or is that rubbish",
    # "does it help me or is that all in my head")
    r"|^(?![^?]*\b(?:i|me|my|myself|i'm|i've|im|ive|we|us|our)\b)[^?]*\bor (?:(?:is|was|are)"
    r" (?:that|this|it|they|those) |(?:it|that|they)(?:'s|'re) )?(?:just |all |only |simply"
    r" |mostly |pure |total |complete )?(?:an? (?:load|lot|bunch|pile|heap) of )?(?:(?:internet"
    r"|online|tiktok|instagram|youtube|influencer|wellness|hippy|hippie|new[- ]age|bro|pop"
    r"|social media|old wives'?) )?(?:nonsense|rubbish|bunk|hokum|baloney|hogwash|quackery|woo"
    r"|claptrap|twaddle|codswallop|tosh|bollocks|bs|bull(?:shit)?|hype|an? (?:fad|gimmick|scam"
    r"|myth|placebo)|fads?|gimmicks?|scams?|clickbait|marketing|snake oil|made up|myths?"
    r"|pseudo-?science)\b"
    r"|\b(?:scientific|medical|clinical) (?:evidence|basis|backing|proof|research|studies)\b"
    # someone else's claim about the world, asked true or not: "my neighbour says magnesium
    # cures anxiety, is that true or just hype", "my aunt swears fasting resets the brain, is
    # there anything in it" (not a claim about the person: "my mum reckons
    # I sleep worse after wine, is that true")
    # (what the journal says is the person's own: "my entries say …, is that true")
    r"|(?<!entries )(?<!journal )(?<!diary )(?<!notes )(?<!data )(?<!check-ins )"
    r"\b(?:says?|said|swears?|swore|reckons?|claims?|claimed|insists?|read|heard)(?: that)?"
    r" (?!(?:i|i'm|im|i've|i'd|my|me|myself)\b)(?![^?]*\b(?:i|i'm|im|i've|my|me)\b[^?]*,)"
    r"[^?]*\b(?:(?:is|was|isn't) (?:that|this|it) (?:really |actually |even )?(?:true|right"
    r"|correct|legit|accurate|real)|or (?:is (?:that|it) )?(?:just |all |only )?(?:hype|a fad"
    r"|marketing|snake oil)"
    # ... or asked whether the claim holds anything: "is there anything in it", "any truth in
    # that"
    r"|(?:is there )?(?:anything|owt|any truth|much truth|something) in (?:it|that|this))\b"
    # people of an age, not the person: "enough for someone in their forties", "for women
    # over fifty"
    r"|\bfor (?:someone|anyone|people|a person|adults|a (?:wo)?man|(?:wo)?men|folks?)"
    r" (?:in (?:their|his|her) (?:teens|twenties|thirties|forties|fifties|sixties|seventies"
    r"|eighties|[2-9]0s)|(?:over|under|past) (?:[2-9]0|thirty|forty|fifty|sixty|seventy))\b"
    # a belief about what a thing does to anyone, doubted and asked of no one: "does cheese late
    # *really give you* nightmares", "can warm milk *actually help you* drop off", "does sugar
    # *really make kids* hyper" (the generic "you" of folk wisdom; not "does a walk really help
    # *me*", nor "how do you stop feeling low", which doubts nothing)
    r"|^(?![^?]*\b(?:i|me|my|myself|i'm|i've|im|ive|we|us|our)\b)[^?]*\b(?:really|actually"
    r"|truly|genuinely|rly|honestly|supposedly|necessarily) (?:\w+ )?(?:give|gives|make|makes"
    r"|keep|keeps|help|helps|stop|stops|cause|causes|send|sends|put|puts|knock|knocks|get|gets"
    r"|let|lets|wake|wakes|leave|leaves|turn|turns|mess|messes) (?:up )?(?:you|ya|u|people|ppl"
    r"|folk|folks|kids|children|everyone|everybody|anyone|anybody|babies|adults|teenagers|teens"
    r"|(?:wo)?men)\b",
    re.I,
)
# The words that say where, when, whence, for what or with whom a thing put up front is done.
_AROUND: Final = (
    r"(?:on|at|in|by|down|up|with|every|after|before|during|around|for|over|from|of|along"
    r"|round|under|near|through|across|off|since)"
)
# A rough count said after a thing: "a crossword *or two*", "a pint *or so*".
_ROUGHLY: Final = r"or (?:two|three|four|so|[2-4])\b"
# A thing put up front and weighed after it: "*acupuncture* — helping my anxiety or not?",
# "*tarot*, do they calm me"; "what about *kayaking*, does it do me any good".
FRONTED_RX: Final = re.compile(
    r"^\s*(?!(?:when|whenever|if|since|after|before|while|once|as|until)\b)"
    # (a clause of the person's own is no thing: "*I've been* bouldering every week since spring")
    r"(?!(?:i|i've|ive|i'm|im|i'd|we|we've|we're|you|you've|you're)\b)"
    # (a time or a comparison set first is no thing: "*compared with* the start of November, …")
    rf"(?!(?:compared|comparing|relative|versus|looking back|thinking back|{_AROUND})\b)"
    r"(?:the |my |a |an |those |these |that |all (?:the|my|those|that) )?"
    # when it recurs, said first, is no part of it: "*Sunday* roller skating down the prom"
    r"(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|morning|evening|weekly|nightly)"
    r"\s+(?=[a-z][a-z'-]+ [a-z][a-z'-]+ing\b|[a-z][a-z'-]+ing\b))?"
    # one of a thing done is the thing: "*doing the* crossword over a cuppa"; so is one
    # practised: "*practising the* diabolo in the yard", "*practicing the* kendama"
    r"(?:(?:doing|playing|practi[sc]ing) (?:the |a |an )"
    rf"(?=[a-z][a-z'-]+(?: [a-z][a-z'-]+)?\s+{_AROUND}\b"
    r"|[a-z][a-z'-]+(?: [a-z][a-z'-]+)?\s*[,:;]))?"
    # (up to three words: "*collecting sea glass*", "*sea glass hunting*"; four when a doing
    # opens it: "*knotting macramé plant hangers*"; letters of any alphabet: "macramé")
    rf"(?P<x>{_LETTERS}(?: (?!{_AROUND}\b|{_ROUGHLY}){_LETTERS}){{0,2}}"
    # (four words of its own: "going to the cinema" is a going, not a thing)
    rf"|(?:{_LETTERS} )?{_LETTERS}ing(?: (?!(?:{_AROUND}|to|the|a|an|my|our)\b){_LETTERS}){{2,3}})"
    # the occasions of a doing are the doing: "wild camping *trips*", "horse riding *lessons*"
    # (after a noun they are part of its name: "road trips")
    r"(?:(?<=ing) (?:trips|sessions|classes|lessons|outings))?"
    # a rough count is no part of it: "a crossword *or two* with my cuppa"
    rf"(?: {_ROUGHLY})?"
    # where, when or with whom it happens is not part of it: "those paddleboarding sessions *on
    # the lake*", "fika *with the colleagues every afternoon*"; nor what it is done for or
    # had over ("beachcombing *for sea glass* on Sunday mornings", "*over a cuppa*")
    # ... nor whence or of when ("*from the hide* at dawn", "*of an evening*"), nor by two
    # words of place ("*along to* the radio", "*down by* the river", "*over at* the farm"; not
    # a verb's own "up" or "around": "catching *up with* the lads" is a catching up, "scooting
    # *around on* the paddleboard" a paddleboarding)
    rf"(?:\s+(?:(?:along|down|over|off|across|through) (?:to|into|onto|at|by|on|in)"
    rf"|{_AROUND})"
    r" (?:the |a |an |my |our |all (?:the|my) )?[a-z][a-z'-]+"
    r"(?: [a-z][a-z'-]+)?){0,2}"
    # ... and when it recurs, said last: "cricket in the park with my cousins *on Sunday*"
    r"(?:\s+(?:on|at|in|every) (?:a |the )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
    r"|weekends?|mornings?|evenings?|nights?))?"
    # ... nor how much or how often, told after a break of its own: "kombucha at lunch, *two
    # bottles*, is it …", "tarot most evenings, *a spread or two*, …", "*half an hour*"
    r"(?:\s*[,:;—–-]\s*(?:a|an|one|two|three|four|five|six|\d+|a few|a couple(?: of)?|half an?"
    r"|every|most|each)\b(?: (?!(?:is|are|does|do|did|has|have)\b)[\w'-]+){1,3}?(?=\s*[,:;—–-])"
    # ... nor what it is or how it is done, told in a break of its own before the weighing:
    # "the Strava thing, *logging runs*, is it …", "volunteering at parkrun, *marshalling not
    # running*, does it …", "Sunday cricket, *bowling leg spin all afternoon*, …"; a word
    # said in passing counts too ("…, *yaar*, does it …")
    r"|\s*[,:;—–-]\s*(?P<said>(?!(?:is|are|was|were|does|do|did|has|have|can|could|will|would"
    r"|what|how|why|when|which|any|worth|good|bad|helping|making|made|makes|for|it|that|this"
    r"|they|i|am)\b)[\w'-]+(?: (?!(?:is|are|does|do|did|has|have|it|they|i)\b)[\w'-]+){0,4})"
    r"(?=\s*[,:;—–-]))?"
    r"\s*[,:;—–-]\s*"
    r"(?:(?:do|does|did|is|are|has|have) (?:it|they|that|those|these)\b|helping\b|any (?:good"
    r"|effect|difference|change|use|help)\b|(?:of )?(?:any|much|some) use\b|(?:good|bad) for\b"
    r"|worth (?:it|the (?:effort|bother|money|time|hassle))\b|(?:useful|helpful)\b"
    # ... or by the difference it makes or whether to go on with it: "…, making any
    # difference", "…, worth keeping up?"
    r"|(?:making|made|makes) (?:any|a|much|some|a real) difference\b"
    r"|worth (?:keeping (?:up|on with|at)|carrying on(?: with)?|sticking (?:with|at)"
    r"|continuing|going back to)\b"
    # ... or by how the person comes out of it: "…, do I come back better or worse", "…, am I
    # any calmer after"
    r"|(?:do|did|am|was) i (?:(?:come|came|get|got|feel|felt|end up|ended up) )?(?:back |home )?"
    r"(?:(?:any )?(?:better|worse|happier|calmer|brighter|lower|sadder|chirpier)"
    # ... any change told with "more" or "less": "…, am I more relaxed afterwards"
    r"|(?:any |a bit |a lot |much )?(?:more|less) [a-z]{4,})\b"
    # ... or how the person is after it, asked openly: "…, how am I afterwards", "…, how do I
    # feel after", "…, how was I the next day"
    r"|how (?:am|was|do|did|are|were) (?:i|we)(?: (?:feel|feeling|doing|sleeping|getting on))?"
    r" (?:after(?:wards?)?|later|the (?:next|following) (?:day|morning))\b"
    # weighed in the order of another language: "…, it is helping my mood or what?", "…, it
    # makes the pressure less?", "…, for my low mood it is good thing or no?"
    r"|(?:for my (?:[a-z]+ ){1,2})?(?:it|that|this|they)(?:'s| is| are| was| were)?"
    r" (?:really |actually |also )?(?:help|mak|made|giv|gave|good|lift|calm|settl|cheer|eas)\w*)",
    re.I,
)
# "what about *kayaking*, does it do me any good": a thing put up front and weighed by "it".
WHAT_ABOUT_RX: Final = re.compile(
    r"^\s*(?:and |so |ok |okay )?(?:what|how) about (?:the |my |a |an |some )?"
    rf"(?P<x>{_LETTERS}(?: {_LETTERS}){{0,2}})\s*(?:[,;:?-]|$)",
    re.I,
)


# A weighing that needs no "me" to be about the person: "is a walk with Siobhan worth it",
# "those swims, any use", "an evening of Scrabble, good for the nerves or not".
WEIGHED_RX: Final = re.compile(
    r"\bworth (?:it|the (?:effort|bother|money|time|hassle))\b|\bany (?:use|good)\s*[?.!]*\s*$"
    r"|\b(?:good|bad) for (?:me|the|my) [^?.!]*\bor not\s*[?.!]*\s*$",
    re.I,
)


def is_last_time(text: str) -> bool:
    """Whether the question asks for the date of a last time."""
    if LAST_TIME_RX.search(text) or asks_last_date(text):
        return True
    return bool(LAST_TIME_START_RX.search(text)) and not ASKS_WHAT_RX.search(text)


# What the ask sets aside, up to the end of its clause: "what helped the panic *that wasn't
# breathing exercises*", "the tiredness *that wasn't just more caffeine*", "*without me going
# to the gym*", "*apart from walking*" (not "without" alone: "do I sleep better without wine"
# weighs the wine).
EXCLUDED_RX: Final = re.compile(
    r"\b(?:(?:that|which) (?:wasn't|weren't|isn't|aren't|was not|is not|were not)(?: just| only)?"
    r"|without me|other than|apart from|except(?: for)?|besides|not counting|leaving aside)\b"
    r"[^,;.?!]*",
    re.I,
)

# Who a claim is heard from: "*my sister* says yoga would help", "*a mate at work* reckons", "*the
# GP* told me": the claim's source, never what the question weighs.
SOURCE_RX: Final = re.compile(
    r"\b(?:my|our|a|the|his|her|their)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+(?=\s+(?:says?|said"
    r"|reckons?|reckoned|swears?|swore|claims?|claimed|insists?|insisted|thinks?|told me"
    r"|tells me|keeps? (?:saying|telling me))\b)",
    re.I,
)
