"""The hand-written emotion lexicon: the words and phrases of each emotion.

Why a module of its own: this is the data set the emotion scores are read from (see
``emotions``, which holds how a text is scored: negation, intensity, saturation), written by
hand and licence-clean like the rest of the project. Keeping the words apart from the scoring
lets either grow without crowding the other; the forms of a few phrases are spelled out in
``phrase_forms`` and joined to these lists where the lexicon is compiled (``emotions``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from neuroleaf_desktop.domain.analysis.phrase_forms import DEBTS_OF_THANKS, FELT_LIKE_A_NOVICE

# Notation: "word" exact; "stem*" any word starting with stem; spaces separate phrase tokens;
# a leading "!" marks a strong pattern, "~" a weak one. Write "can't" with a straight quote.
LEXICON: Final[Mapping[str, tuple[str, ...]]] = {
    "joy": (
        "happy", "happier", "happiest", "happiness", "happily", "joy", "joyful", "joyous",
        "enjoy*", "delight*", "glad", "cheerful", "cheered", "cheering", "elated", "!ecstatic",
        "thrill*", "excited", "exciting", "excitement", "wonderful", "amazing", "awesome",
        # a smile alone is often politeness or someone else's ("then smiled and said"): weak
        "fantastic", "~lovely", "fun", "funny", "laugh*", "~smil*", "giggl*", "grin", "grinned",
        "grinning", "bliss", "blissful*", "!overjoyed", "euphori*", "celebrat*", "proud",
        "prouder", "proudest",
        "~brilliant", "~best day", "~good day", "~great day", "good time", "great time",
        "had a blast", "playful", "upbeat", "buzzing", "!on top of the world", "!over the moon",
        "made my day", "chuffed", "made my year", "made my whole *", "uplift*", "jubilant",
        "merry", "radiant", "good mood", "great mood",
        "light hearted", "lighthearted", "~alive", "~energised", "~energized", "yay", "hooray",
        "~fearless", "love it", "loved it", "loving it", "beaming", "!thrilled",
        "cried from happiness", "cried laughing", "crying laughing", "cry laughing",
        "laughed so hard i cried", "laughed until i cried", "happy crying", "tears of joy",
        "happy tears", "happy cry",
        # good news told with a grin ("did a little dance", "still smiling"); "best … of the
        # year", "small win", "made my week", "felt good" and "I'll take it" are joy in some
        # labelled sets and none in others: left out
        "made my shift", "made my night", "stoked", "still smiling", "little dance",
        "happy dance", "never gets old",
        # laughter that had the writer's company helpless ("she had us all in stitches",
        # "Whole church in stitches") and the lift of a body that works again ("felt like
        # flying"): joy for every writer who told one; stitches sewn stay health
        "us all in stitches", "us in stitches", "me in stitches", "whole * in stitches",
        "felt like flying",
        # delight shown by a fist in the air ("punched the air in the reading room"), and the
        # writer's self come back after illness ("felt like myself again"): joy for each writer
        # the writer's own stock sold out ("Sold out of honey by eleven", "my special sold
        # out"): joy for every writer who told it in a part that was not a complaint
        "sold out", "sold out of", "sold out by",
        "punched the air", "punching the air", "punch the air", "felt like myself again",
        "felt like me again", "feel like myself again", "feel like me again",
        "feeling like myself again", "feeling like me again",
        # a dance of delight round a room ("danced round the kitchen"): joy for each writer
        "danced round", "danced around", "dancing round", "dancing around",
        # felt as the best ever: "my own bed has never felt this good" ("the garden's never
        # looked better" praises a thing and is labelled no feeling)
        "never felt this good", "never felt so good", "never felt better",
        # a grin told in the past as "beaming" is ("I beamed"); a task found "satisfying" is
        # joy in every labelled row (two writers), where "satisfied" after a tiring day is
        # labelled no feeling by the early writers and stays out; a room that clapped ("the
        # whole gym clapped") is joy in 9 of the 10 labelled rows, eight writers
        "beamed", "satisfying", "clapped",
    ),
    "calm": (
        "calm*", "relax*", "peace", "peaceful*", "serene", "serenity", "tranquil*", "at ease",
        "settled",
        # grounded as a feeling is felt ("feeling calm and grounded"); a pilot or a flight
        # grounded ("Grounded eleven days out of fourteen", "grounded by the airline") is kept
        # from flying, no calm
        "feel grounded", "felt grounded", "feeling grounded", "feels grounded", "centred",
        "centered", "~quiet", "restful", "unwind*",
        "unwound", "sooth*", "~comfortable", "feel comfortable", "felt comfortable",
        "feeling comfortable", "comforting", "comforted", "cosy", "cozy",
        "content", "contented", "contentment", "mellow", "~gentle", "slow morning",
        "~deep breath*", "~breathing exercise*", "~meditat*", "mindful*", "balanced", "!at peace",
        "steady", "~safe", "~secure", "relief", "relieved", "lighter", "felt lighter",
        "unhurried", "chilled", "chill", "laid back", "easygoing", "composed", "~patient",
        "stillness", "took it easy", "take it easy", "taking it easy",
        "cried with relief", "clear headed",
        # a place or a task that calms: "the smell in there settles me", "my head is quieter"
        "settles me", "settled me", "head is quieter", "head's quieter", "mind is quieter",
        "mind's quieter", "head is quiet", "mind is quiet",
        "clear head",
        "head is clear", "mind is clear", "clear mind",
        "head goes quiet", "mind goes quiet", "head went quiet", "mind went quiet",
    ),
    "gratitude": (
        "grateful", "gratitude", "thank*", "appreciat*", "blessed", "blessing*", "lucky",
        "fortunate", "indebted", "touched", "moved by", "kind of them", "kind of her",
        "kind of him", "kindness", "generous", "generosity", "~gift", "thoughtful",
        "~supportive", "glad to have", "lucky to have", "count my blessings",
        "privileged", "treasure*", "cherish*", "means a lot",
        # help the writer could not have done without ("couldn't have done it without them")
        "couldn't have done it without", "could not have done it without",
        "couldn't have managed without", "wouldn't have managed without",
        "meant a lot", "!meant the world", "looked after me", "took care of me",
        "showed up for me", "there for me", "cared for", "~caring", "obliged", "heartfelt",
        "humbled", "thanked", "owe them", *DEBTS_OF_THANKS,
        # feeling looked after, and a person one could not do without ("without being asked"
        # is thanks in some labelled sets and none in others: left out)
        "felt looked after", "feel looked after", "felt very looked after", "felt loved",
        "felt so loved", "felt very loved", "feel loved", "what i'd do without",
        "how i'd manage without", "what i would do without",
        # thanks given to God ("Alhamdulillah", "Salamat, Lord", "God is good", "I thank God",
        # "thank God for a good tipper"): a bare "thank god" is relief in passing (``not_felt``)
        "alhamdulillah", "salamat", "god is good", "i thank god", "thank god for",
    ),
    "sadness": (
        "sad", "sadder", "saddest", "sadness", "sadly", "unhappy", "miserable", "misery",
        "depress*", "feel down", "felt down", "feeling down", "feel low", "felt low",
        "feeling low", "feel flat", "felt flat", "feeling flat", "cry", "crying", "cried",
        "cries", "tears", "tearful", "teary",
        "tearing up", "wept", "weep*", "sobbed", "sobbing", "sobs", "grief", "griev*",
        "mourn*", "!heartbroken", "heartbreak*", "broken heart*", "!hopeless*", "!despair*",
        "gloom*", "bleak", "gutted", "heart sank", "broke down in tears", "feeling lost",
        "feel lost", "felt lost", "a bit lost", "getting me down", "gets me down", "got me down",
        "helpless", "helplessness", "hurtful", "~empty", "feel empty", "felt empty", "feels empty",
        "feeling empty", "emptiness", "~numb",
        "numbness", "~hurt", "~hurting", "i'm hurt", "i'm really hurt", "i'm so hurt",
        "feel hurt", "felt hurt", "feeling hurt", "be hurt", "be so hurt", "feel so hurt",
        "felt so hurt",
        # eyes filling: "every time I pick it up I well up"
        "welled up", "welling up", "i well up", "wells up",
        "feeling blue", "felt blue", "melanchol*", "sorrow*", "heavy heart*", "~heavy",
        "~loss", "disappoint*", "let down", "dejected", "downcast", "glum", "!devastat*",
        "crushed", "defeated", "pointless", "meaningless", "no point", "gave up", "~give up",
        "dark place", "hollow", "~weary", "down in the dumps", "~lost", "!can't stop crying",
        "upset", "~low", "~bored", "broke my heart", "breaks my heart", "breaking my heart",
        # a slight that hurts now, told as a sting ("which stings a bit", "still stings"): the
        # sting of an insect or a cut is told as "it stings", and a sting told past ("it still
        # stung") was labelled no sadness by either writer who wrote one, so both stay unread
        "which stings", "still stings", "that stings",
        # grief: a death the writer reports ("Grandad passed peacefully in his sleep")
        "passed away", "passed peacefully", "died peacefully",
    ),
    "anxiety": (
        "anxi*", "worr*", "nervous*", "panic*", "!panic attack*", "fear", "feared", "fearful",
        "fears", "afraid", "scared", "scary", "frighten*", "!terrified", "terror", "dread*",
        "terrify", "terrifies", "beside myself",
        "uneasy", "unease", "on edge", "edgy", "jittery", "jitters", "jumpy", "restless*", "~tense",
        "~tension", "feel tense", "felt tense", "feeling tense", "i'm tense",
        "stress*", "overwhelm*", "overthink*",
        "overthought", "spiral*", "racing thoughts", "mind racing", "mind was racing",
        "mind kept racing", "stresses me out", "stressed me out", "stress me out",
        "heart racing", "heart pounding", "butterflies", "knot in my stomach", "apprehensi*",
        "paranoi*", "catastrophi*", "what if", "kept thinking about",
        "can't stop thinking about", "couldn't stop thinking about", "freak out",
        "freaking out", "freaked out",
        "can't breathe", "couldn't breathe", "shaky", "~shaking", "trembl*", "~sweating",
        "~nauseous", "~dizzy", "wound up", "uptight", "alarmed", "unsettled", "~uncertain*",
        "~doubt*", "nerves", "hypervigilan*", "ruminat*", "intrusive thought*", "can't relax",
        "couldn't relax",
        "~pressure", "under pressure", "on tenterhooks", "dreading",
        "!can't stop worrying", "!couldn't stop worrying", "~insecure", "ill at ease",
        "chest tight*", "chest feels tight", "scares me", "scaring me", "stomach in knots",
        "stomach's in knots", "stomach * in knots", "stomach's * in knots",
        "stomach * * in knots",
        "heart in my mouth",
        # checking and going over: the forms worry takes when it is not named
        "keep checking", "going over whether", "convinced i'd", "doing sums", "fret*",
        "reread*",
        # worry as a spin, as something gnawing, as a heart felt going, as wondering what
        # will come ("sends me into a spin", "it's eating at me", "chest thumping", "lying
        # awake wondering if …"; "wondering whether to" weighs a choice, "eating me alive"
        # is busyness in some labelled sets, and a picture that keeps coming back is grief as
        # often as worry)
        "into a spin", "eating me up", "eating at me",
        "chest thump*", "heart thump*", "heart going too fast", "heart hammering",
        "wondering if", "wondering whether i", "wondering whether the",
        "wondering whether they", "wonder about the", "keep thinking i",
        # dread felt in the gut, not an illness: "sick to my stomach till I found him"
        "sick to my stomach", "sick to the stomach",
        # steeling oneself for what is coming ("jab today, bracing myself")
        "bracing myself",
        "stresed", "anxous", "anxius", "axious", "worryed", "nervus",
    ),
    # Shouting and snapping are acts, weak alone ("I snapped at her" names no feeling, by
    # the labelling guide); with an anger word beside them, or as "could scream", they count.
    "anger": (
        "angry", "angrier", "angrily", "anger", "angered", "mad at", "~mad", "!furious",
        "fury", "rage", "raged", "raging", "!enrag*", "irritat*", "annoy*", "frustrat*",
        # exasperation sworn at the close ("lost my lanyard on the estate ffs"), and a
        # stranger who caused the trouble named with contempt ("some clown drove across the
        # pitch", "some muppet parked across the lane")
        "ffs", *(f"some {fool}" for fool in ("clown", "muppet", "idiot", "numpty", "moron",
                                             "plonker", "wally", "prat", "eejit", "joker")),
        # "we had words" is a quarrel told as the writer's temper (every labelled set that uses
        # it labels anger; other quarrels carry anger by ``sentence_rules.quarrel_voiced``)
        "had words", "have words", "having words",
        # a price or a charge called theft ("takes 18% commission, daylight robbery"): anger in
        # every labelled row that said it
        "daylight robbery",
        # "hate" alone is mostly dislike ("hate the shifts"): a weak cue, no chip by itself
        "!livid", "resent*", "bitter", "bitterness", "hostil*", "~hate", "~hated", "hatred",
        "hating", "pissed", "pissed off", "fed up", "!outrage*", "!infuriat*", "exasperat*",
        "seeth*", "fuming", "cross with", "~snapped at", "~snap at", "~yell*", "~shout*",
        "~scream*", "could scream", "could have screamed", "could've screamed",
        "want to scream", "wanted to scream", "slammed the door", "slammed doors", "irate",
        "indignant", "aggravat*",
        "vexed", "grumpy", "cranky",
        "irritable", "short tempered", "temper", "lost my temper", "blew up", "unfair",
        "injustice", "betray*", "disrespect*", "sick of", "sick and tired", "had enough",
        "drives me mad", "drove me mad", "driving me up the wall", "drives me up the wall",
        "drove me up the wall", "driving me nuts", "drives me nuts", "driving me crazy",
        "drives me crazy", "drove me crazy",
        "~argu*", "~resentful", "ticked off", "wound me up", "can't stand",
        # a quarrel told as a match of raised voices, and blame put on the writer by someone
        # ("blamed my reads", "I'm the one who gets blamed"): anger in every labelled row with
        # them but one ("he blames me for selling the house", no feeling), ten writers
        "shouting match", "screaming match", "slanging match", "blamed me", "blamed my",
        "blamed us", "blamed our", "gets blamed", "got blamed", "get blamed",
        # the same blame told by its noun or with the writer as the one blamed ("got the blame
        # for the pump trip", "you're blamed for every delayed discharge")
        "got the blame", "get the blame", "gets the blame", "getting the blame", "i'm blamed",
        "you're blamed", "we're blamed", "we get blamed", "i get blamed",
        # spat at or sworn at ("got spat at in town", "a driver swore at me"): anger in every
        # labelled row with them, seven rows of six writers
        "spat at", "spat on me", "spat on us", "swore at me", "swore at us", "sworn at",
        "swearing at me", "swearing at us",
    ),
    "loneliness": (
        "lonely", "lonelier", "loneliest", "loneliness", "lonesome", "~alone", "!all alone",
        "isolat*",
        "left out", "excluded", "abandon*", "unwanted", "invisible", "disconnect*",
        "no one to talk to", "no one cares", "nobody cares", "nobody understands",
        "no one understands", "no friends", "~by myself", "~on my own", "miss you", "miss him",
        "miss her", "miss them", "miss my", "missed him", "missed her", "missed them",
        "missing him", "missing her", "missing them", "missing my", "homesick*",
        "missing home", "miss home", "estranged",
        "~cut off", "felt cut off", "feel cut off", "feeling cut off", "outsider", "don't belong",
        "do not belong", "didn't belong",
        "~forgotten", "~ignored", "ignored me", "ignoring me",
        "felt ignored", "feel ignored", "feeling ignored", "~solitary", "withdrawn", "empty house",
        "empty flat",
        # a home that feels empty is someone missing, not a general sadness
        "house feels empty", "house felt empty", "house feels so empty", "house is empty",
        "house is so empty", "flat feels empty", "flat felt empty", "flat feels so empty",
        "flat is empty", "flat is so empty", "home feels empty", "home feels so empty",
        "home felt empty", "bed feels empty",
        # ... or gone so quiet ("the house is so quiet since Jean died", "House is very quiet
        # now"): someone missing, as every writer who told it bar a grieving one labelled;
        # "too quiet at night" keeps a sleeper awake and stays out
        *(f"{home} is {so} quiet" for home in ("house", "flat") for so in ("so", "very")),
        "house's so quiet", "flat's so quiet",
        "feel alone", "felt alone", "feeling alone", "feel so alone", "felt so alone",
        "feeling so alone", "no one called", "nobody called", "nobody texted", "no one texted",
        "friendless",
        "!unloved", "longing", "yearn*", "shut out", "ghosted", "~distant",
        # everyday life done alone, told plainly ("eating my tea on my own", "sat alone at
        # lunch", "some days I don't talk to another adult"); a treat alone ("a long bath on my
        # own") has a pleasant word that outweighs it
        "eating alone", "ate alone", "eat alone", "eating on my own", "ate on my own",
        "my tea on my own", "my dinner on my own", "my lunch on my own", "dinner alone",
        "lunch alone", "sat alone", "sitting alone",
        "stand on my own", "car alone", "don't talk to another", "don't talk to anyone",
        "didn't talk to anyone", "only conversation", "not spoken to a soul",
        "alienat*", "no one to", "nobody to", "not a soul to",
    ),
    "shame": (
        "asham*", "shame", "shamed", "shameful", "embarrass*", "!humiliat*", "guilt*",
        # the writer feeling bad about what they did ("Snapped at the kids and I feel awful
        # about it", "felt awful about every one")
        "feel awful about", "felt awful about", "feeling awful about", "feel terrible about",
        "felt terrible about", "feeling terrible about",
        # pride denied of the writer's own act ("Not proud of the language I used")
        "not proud of", "not very proud of", "not too proud of",
        "mortif*", "disgrace*", "!worthless*", "~useless", "~pathetic", "feel useless",
        "felt useless", "feeling useless",
        "so useless", "i'm useless", "i'm pathetic", "feel pathetic", "felt pathetic", "~stupid",
        "felt stupid", "feel stupid", "feeling stupid", "felt so stupid", "feel so stupid",
        "~idiot", *FELT_LIKE_A_NOVICE,
        "failure", "a failure", "~failed", "loser", "not good enough", "never good enough",
        "inadequa*", "!self loath*", "!self hat*", "!hate myself", "blame myself",
        "blamed myself", "my fault", "own fault", "regret*", "~sorry", "~apologi*", "~awkward",
        "cringe*", "cringing", "judged", "judging me", "self conscious", "insecur*", "unworthy",
        "disgusted with myself", "let everyone down", "let them down", "let her down",
        "let him down", "let my team down", "let my family down", "let my friends down",
        "let people down", "letting everyone down", "letting people down", "imposter", "impostor",
        "~fraud", "like a fraud", "i'm failing", "failing at", "beat myself up",
        # wishing to vanish from sight: "wanted the floor to swallow me" (shame in every set)
        "floor to swallow me", "ground to swallow me", "floor to swallow me up",
        "ground to swallow me up", "floor to open up", "ground to open up",
        # shame shown by the face: "went scarlet", "my face was burning"
        "went red", "went bright red", "went scarlet", "went crimson", "went beetroot",
        "turned scarlet", "turned crimson", "turned beetroot", "face was burning", "blushed",
        "blushing",
        "beating myself up", "~screwed up", "~messed up", "i screwed up", "i messed up",
        "i've messed up",
        "i've screwed up", "~should have", "~shouldn't have",
        "~mistake*", "blush*", "so dumb",
    ),
    "hope": (
        "hope", "hoped", "hopes", "hoping", "!hopeful*", "optimis*", "looking forward",
        "look forward", "can't wait", "better tomorrow", "get better",
        "getting better", "will get better", "~improv*", "~progress", "promising", "brighter",
        "~future", "possibilit*", "~opportunit*", "new start", "fresh start", "new beginning",
        "turning point", "!light at the end", "encourag*", "motivat*", "determined",
        "inspir*", "faith", "believe in", "~confident", "confidence", "aspir*", "~dream*",
        "~goal*", "~heal*", "~recover*", "on the mend", "turned a corner", "silver lining",
        "chin up", "keep going", "one day at a time", "~small win*", "small step*",
        "step forward", "~upward*", "rebuild*", "~wish*", "resilien*", "~strength",
        "~worth it", "eager*", "fingers crossed",
        # "stronger" alone is as often a thing's ("the loupe gets stronger every year"): weak;
        # felt by the writer it is hope
        "~stronger", "feel stronger", "feeling stronger", "felt stronger",
    ),
}  # fmt: skip
