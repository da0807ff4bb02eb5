"""Phrases that hold an emotion word but name no feeling of the writer's.

Kept apart from the emotion lexicon (``emotions``) because it grows with every writer: each
entry is an act of someone else's ("shouted at me"), an idiom that borrows a feeling word
("nothing to worry about"), a thing or role named with one ("stress ball", "the fun one") or a
feeling the sentence itself says is not had ("glad I didn't"). As longer matches in the shared
pattern lexicon they hide the shorter feeling word inside them.
"""

from __future__ import annotations

from typing import Final

# Blame laid on the writer that they reject ("somehow it's my fault", "my fault apparently",
# "a table who thought every loss was my fault", "screamed at me like it was my fault"): being
# blamed, not shame. Every writer who told one labelled it anger, so ``emotions`` reads these
# as anger; "I keep thinking it's my fault" stays shame.
BLAME_LAID: Final[tuple[str, ...]] = (
    "somehow it's my fault", "somehow its my fault", "somehow that's my fault",
    "somehow it was my fault", "somehow i'm to blame",
    "my fault apparently", "apparently my fault", "apparently it's my fault",
    "apparently it was my fault", "thought it was my fault", "thinks it's my fault",
    "think it's my fault", "thought * was my fault", "thought * * was my fault",
    *(f"{said} {it} my fault"
      for said in ("like", "as if", "as though", "telling me", "told me", "tells me", "says",
                   "said", "saying", "insists", "insisted", "acting like", "acts like")
      for it in ("it's", "it was", "it is", "its", "that's", "that was", "everything's",
                 "everything was", "everything is")),
)  # fmt: skip


# Phrases that contain an emotion word but report someone else's act, not the writer's
# feeling: being shouted at is not the writer's anger. As longer matches they hide it.
NOT_FELT: Final[tuple[str, ...]] = (
    "shouted at me", "yelled at me", "screamed at me", "snapped at me", "got shouted at",
    # ... and at a group the writer is in: "coach screamed at us for an hour"
    "shouted at us", "yelled at us", "screamed at us", "snapped at us", "shouting at us",
    "yelling at us", "screaming at us", "shouting at me", "yelling at me", "screaming at me",
    # a hand, a voice or a tool held still is a skill, not calm: "I kept my voice steady and then
    # shook", "can't hold the chisel steady by afternoon"
    "voice steady", "hand steady", "hands steady", "pen steady", "it steady", "them steady",
    "chisel steady", "camera steady", "ladder steady", "knife steady", "brush steady",
    "needle steady", "cup steady", "head steady", "arm steady",
    # ... whatever is held: "couldn't hold my mug steady", "holding the torch steady"
    *(f"{hold} {the}* steady" for hold in ("hold", "holding", "held", "holds")
      for the in ("", "my ", "the ", "a ", "his ", "her ")),
    # skin inflamed is no temper: "it's red and angry"; voices heard are others': "hear the angry
    # voices when I try to sleep"
    "red and angry", "angry voices", "angry voice",
    # a thing changing colour is no blush: "the light went red"
    "light went red", "lights went red", "light turned red", "lights turned red",
    "screen went red", "sky went red",
    # a shout-out is praise, not shouting: "gave me a shout-out in the huddle"
    "shout out", "shout outs", "shoutout", "shoutouts",
    # a heart going out to someone is sympathy, not a racing heart
    "heart going out", "heart was going out", "heart's going out",
    "got yelled at", "got screamed at", "was shouted at", "was yelled at", "were shouted at",
    "angry customer*", "angry client*", "client is angry", "customer is angry",
    "one less thing to worry about", "than i feared", "as i feared", "than we feared",
    "as we feared", "than i expected", "than expected", "than i thought", "thanks to", "no thanks",
    # what the writer wanted gone from the shelves ("the hanging baskets were sold out") is
    # no sale of theirs
    "were sold out", "was sold out", "is sold out", "are sold out", "already sold out",
    "had sold out", "tickets sold out", "sold out before i", "sold out before we",
    "sold out in minutes", "sold out in seconds",
    "upset stomach", "happy birthday", "happy new year", "happy hour", "happy anniversary",
    "happy holidays", "merry christmas", "happy monday", "happy tuesday",
    "happy wednesday", "happy thursday", "happy friday", "happy saturday", "happy sunday",
    "happy weekend", "happy easter", "happy diwali", "happy eid", "happy mother's day",
    "happy father's day", "make fun of", "made fun of", "making fun of",
    "makes fun of", "felt funny", "feel funny", "feeling funny", "funny feeling", "funny noise",
    "funny smell", "laughed at me", "laughing at me", "laugh at me", "fake smile",
    "forced smile", "smile through", "guilty pleasure", "crushed it", "crushing it",
    "blood pressure", "power failure", "heart failure", "kidney failure", "bitter cold",
    "bitterly cold", "i'm afraid i", "i'm afraid we", "afraid not", "afraid so",
    "settled the", "settled up", "the content", "content creator", "hope you", "hope you're",
    "hope you're all", "hope all is well", "miss my train", "miss my bus", "miss my flight",
    "miss my stop",
    "stomach upset", "lost track",
    # someone else's luck named with envy, not the writer's thanks ("off to Bali, lucky her",
    # "lucky sod"); cold that goes through the body, not calm ("chilled to the bone"); a thing
    # that weeps is leaking or drooping, not in tears ("the joint is weeping", "a weeping
    # willow", "one weeping barrel end")
    *(f"lucky {who}" for who in ("her", "him", "them", "sod", "sods", "devil", "devils",
                                 "beggar", "beggars", "thing", "things", "duck", "cow", "git",
                                 "so-and-so", "swine")),
    *(f"chilled {how}" for how in ("to the bone", "to the core", "to the marrow", "through",
                                   "right through", "to my bones", "to the bones")),
    *(f"{thing} {be}weeping" for thing in ("joint", "joints", "tap", "pipe", "pipes", "seam",
                                           "seams", "valve", "barrel", "cask", "wall", "walls",
                                           "roof", "ceiling", "radiator", "wound", "cut",
                                           "graze", "blister", "stump", "eczema", "skin")
      for be in ("", "is ", "was ", "are ", "were ", "keeps ", "still ", "is still ")),
    # ... and a sore told weepy beside how it looks ("Socket's been sore and weepy all week",
    # "eczema's red and weepy"): a wound leaking, where "tired and weepy" is the writer's
    *(f"{sore} and {weepy}" for sore in ("sore", "red", "raw", "swollen", "itchy", "crusty",
                                         "inflamed", "hot", "puffy", "oozing", "blistered")
      for weepy in ("weepy", "weeping")),
    "weeping willow", "weeping willows", "weeping fig", "weeping cherry", "weeping barrel",
    "weeping joint", "weeping tap", "weeping seam", "weeping wound", "weeping eczema",
    # ... told of a third thing or person ("the joint under the sink is weeping again"): never
    # the writer's own tears, which say "I'm" or "I was"
    "is weeping", "is still weeping", "keeps weeping",
    # luck after a mishap is a near miss, not thanks: "four stitches, lucky really"
    "lucky really", "lucky escape", "lucky it wasn't", "lucky it was only", "lucky it didn't",
    # relief said in passing, not thanks to anyone: "got an extension, thank god", "all sorted
    # now thankfully", "not ours thankfully"
    "thank god", "thank goodness", "thank heavens", "thankfully",
    "going back and forth", "keep going back",
    # idioms that only borrow a feeling word: no worry, no tears, no anger meant
    "nothing to worry about", "anything to worry about", "no need to worry", "need not worry",
    "nothing to be anxious about", "nothing to be scared of", "nothing to be afraid of",
    "for crying out loud", "bored to tears", "crying shame", "mad busy", "crazy busy",
    "funny how", "funny what", "nervous laugh", "nervous giggle", "calm before the storm",
    # the writer called funny is a trait or a role ("I'm funny for strangers for a living")
    "i'm funny", "i am funny",
    "ashamed to admit", "embarrassed to admit", "ashamed to say", "embarrassed to say",
    # willingness, not joy: "happy to help my neighbour"
    "happy to help", "glad to help", "happy to oblige", "more than happy to", "happy to lend",
    "happy to cover", "happy to do it",
    # a hope that was not met is a disappointment: "less than I had hoped"
    "than i had hoped", "than i'd hoped", "than i hoped", "than we hoped", "than we'd hoped",
    "than hoped", "had hoped",
    # mostly sarcasm in a journal: "love it when the printer jams before a deadline"
    "love it when", "love how", "just what i needed", "just what i need",
    "hope springs eternal", "calmly",
    # a good cry is relief or nothing in particular, neither joy nor sadness
    "good cry", "a good cry",
    # regret, not anger: "hate that I snapped at my partner"
    "hate that i", "hate that i'm",
    # sarcastic thanks: "thanks a lot, universe, another flat tyre", "thanks a lot, landlord,
    # for the rent hike" (heartfelt thanks in a journal say "thank you" or "grateful")
    "thanks a lot", "thanks for nothing", "cheers for nothing",
    # going over it again is rumination, not hope; a cry that nearly came names no feeling;
    # shouting to be heard is not anger
    "keep going over", "kept going over", "keeps going over", "going over and over",
    "nearly cried", "almost cried", "nearly in tears", "almost in tears", "nearly cry",
    "shouting over", "shout over", "shouted over", "yelling over", "yelled over",
    # telling someone (or oneself) to calm down is an instruction, not calm felt
    # a bad feeling someone never gave the writer: "Instructor has never once made me feel stupid"
    "never made me feel", "never once made me feel", "never makes me feel",
    # blame denied is a complaint, not shame: "told off for something that wasn't my fault"
    "wasn't my fault", "not my fault", "isn't my fault",
    # a feeling word naming a thing: "the stress ball my sister gave me", "anger management"
    "stress ball", "stress balls", "stress test", "panic button", "panic buying",
    "anger management", "worry beads", "worry doll",
    # peace sought, not found: "sitting in the car for five minutes of peace"
    "for * minutes of peace", "for a bit of peace", "for some peace",
    # being thanked is someone else's gratitude; a baby's screaming is not the writer's anger
    "thanked me", "thanked us", "thank me", "thank us", "hours of screaming", "hours of crying",
    # a feeling the writer cannot remember having is not felt now
    "last time i felt *", "last time i was *",
    # social acts that borrow a feeling word: laughter aimed at the writer is mockery, a smile
    # and a nod is politeness ("I just smile and nod"), an angry caller's anger is theirs
    "got laughed at", "laughed at us", "laughing at us", "smile and nod", "smiled and nodded",
    "smiling and nodding", "angry caller*", "angry passenger*", "angry patient*",
    "angry parent*", "angry tenant*",
    # tears the writer's face only looks like it has shed, or others took for a feeling
    # ("my eyes look like I've been crying for a week" in hay fever, "everyone thought I was
    # upset because my eyes were streaming"): a likeness or someone's mistake, no feeling had
    "look* like i've been crying", "look* like i'd been crying", "look* like i was crying",
    "looked like i'd been crying", "thought i was upset", "thought i'd been crying",
    "thought i was crying",
    # hopes kept down on purpose, by the writer or at someone's word ("trying not to get my
    # hopes up", "told us not to get our hopes up", "don't want to get my hopes up", "keeping
    # my hopes in check"): hope held back, not had
    *(f"{kept} {get} {whose} hopes up"
      for kept in ("not to", "not", "want to", "wanna")
      for get in ("get", "getting", "raise")
      for whose in ("my", "our", "your")),
    "hopes in check", "keep my hopes down", "keeping my hopes down", "keep our hopes down",
    "keeping our hopes down",
    # a hope had before it was lost ("we had such high hopes for that one", "had my hopes up
    # for the flat", "my hopes were high for the harvest"): told as past, no hope now
    *(f"had {such}hopes"
      for such in ("", "such ", "such high ", "high ", "really high ", "so many ", "big ",
                   "great ", "such big ", "such great ")),
    *(f"had {whose} hopes up" for whose in ("my", "our", "his", "her", "their", "all our")),
    *(f"{whose} hopes were {state}"
      for whose in ("my", "our", "his", "her", "their")
      for state in ("high", "up", "dashed", "so high", "really high")),
    "hopes dashed",
    # hope as something handed to others, not felt: "preached hope", "spreading hope"
    "preach* hope", "spread* hope", "offer* hope", "sell* hope",
    # being stuck in a decision is not pushing on: "we keep going round in circles"
    "going round in circles", "going around in circles", "going round and round",
    "keep going round", "keep going around", "kept going round", "keeps going round",
    # laughing a hurt off is masking it; "stronger than ever" praises a bond, it hopes nothing
    "laugh it off", "laughed it off", "laughing it off", "laugh them off", "stronger than ever",
    # ... in any person and whatever is laughed off ("just laughs it off, wish I could", "laughs
    # things off"): a shrug, no joy
    *(f"{laugh} {what} off"
      for laugh in ("laugh", "laughs", "laughed", "laughing")
      for what in ("it", "them", "things", "that", "everything")),
    # giving something up is a choice or a sacrifice, not despair ("gave up my job to care for
    # him", "gave up smoking"); giving up itself ("I gave up", "gave up on it") stays
    "gave up my", "give up my", "given up my", "giving up my", "gave up the", "give up the",
    "gave up smoking", "give up smoking", "given up smoking", "gave up drinking",
    "give up drinking", "given up drinking", "gave up sugar", "gave up booze",
    # shaking with laughter or delight on the way home is no fright ("drove home shaking
    # with laughter")
    "drove home shaking with", "shaking with laughter", "shaking with excitement",
    # losing a thing is a mishap and losing weight is news, neither is grief ("lost keys,
    # found keys, lost keys again"); losing a person, hope or heart stays
    "lost keys", "lost my keys", "lost the keys", "lost my phone", "lost the remote",
    "lost my wallet", "lost my purse", "lost my glasses", "lost my bag", "lost my card",
    "lost my passport", "lost weight", "lost a stone", "lost two stone", "lost * pounds",
    "lost * kilos", "lost * kg",
    # laughter as a verdict on people is no feeling of the moment ("the lads on my section are
    # a good laugh"); laughing about a mishap "now" tells that it is over, not joy
    "are a laugh", "are a * laugh", "is a laugh", "is a * laugh", "he's a laugh",
    "he's a * laugh", "she's a laugh", "she's a * laugh", "they're a laugh",
    "they're a * laugh", "laugh about it now", "laugh about it later", "laughing about it now",
    # a wish for someone else's health or luck is care for them, not the writer's hope ("hope
    # she's OK", "really hope he's right"); a hope about the writer's own days still counts
    "hope she's", "hope he's", "hope they're", "hope she is", "hope he is", "hope they are",
    # stress as someone's sick note or an injury is not the writer's worry ("signed off with
    # stress", "off with long-term stress", "a stress fracture")
    "off with stress", "off with * stress", "off with * * stress", "stress fracture",
    "stress fractures",
    # the holiday, not thanks ("at Thanksgiving")
    "thanksgiving",
    # gladness at a hard road not taken or endured is relief at how it turned out, which
    # writers label as calm or nothing, not joy ("Nearly quit last winter. Glad I didn't.")
    "glad i didn't", "glad i never", "glad i stuck", "glad we stuck", "glad now i stuck",
    "glad we didn't",
    # a machine or a line failing is no failing of the writer ("engine failure drills",
    # "points failure at seven"); "I feel like a failure" stays
    "engine failure", "points failure", "signal failure", "brake failure", "system failure",
    "equipment failure", "pump failure", "boiler failure", "battery failure",
    # laughing about a hard time, told in the present ("can laugh about it", "I laugh about it
    # now"), says it is over: the settled story is calm, not the joy of a laugh had today
    "laugh about it", "can laugh about",
    # a feeling word naming a role or an event, not a feeling had: "I'm the fun one", "called
    # me the fun police", "the Saturday fun session"; doing a thing "for fun" tells why it is
    # done, not what is felt now
    "the fun one", "the fun police", "the fun parent", "the fun dad", "the fun mum",
    "the fun uncle", "the fun aunt", "the fun auntie", "fun session", "fun sessions", "fun run",
    "for fun",
    # gladness at being spared what others go through is relief at a lucky escape, which
    # writers label as nothing, not joy ("glad I turned it down, the ones who took it are
    # still working weekends", "glad I'm only the one measuring")
    "glad i turned down", "glad we turned down", "glad i turned it down", "glad i said no",
    "glad we said no", "glad i'm only", "glad it's not me", "glad it wasn't me",
    "glad it isn't me",
    # abandoning a place, a plan or a ship is the writer's act, not being abandoned ("had to
    # abandon the high street"); "abandoned me", "feel abandoned" stay loneliness
    "abandon the", "abandon a", "abandon my", "abandon our", "abandon ship", "abandoned the",
    "abandoned a", "abandoned my", "abandoned our", "abandoning the", "abandoning my",
    # ... and a match or a day's play called off, told by its hour or its cause ("Rain stopped
    # play at 2.10, abandoned by four", "game abandoned due to the pitch"): "abandoned by my
    # mates" stays loneliness
    *(f"abandoned by {hour}" for hour in (
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "noon", "lunch", "tea", "teatime", *(str(n) for n in range(1, 13)))),
    *(f"{game} abandoned" for game in ("match", "game", "play", "fixture", "race", "round")),
    "abandoned due to", "abandoned because of",
    # a skill lacking, not despair: "I was hopeless at it myself", "hopeless with names"
    "hopeless at", "hopeless with",
    # manners named, not thanks felt: "student night, all please and thank you"
    "please and thank you", "please and thanks", "pleases and thank yous",
    # checking told as the effect of a state, not of worry: "so foggy I reread the same email"
    "so * i reread*", "so * that i reread*",
    # ghosting by someone the writer works for is a job gone unpaid, not being left alone
    # ("client ghosted me after I delivered"); a date who ghosts stays loneliness
    *(f"{who} {has}ghosted" for who in ("client", "clients", "customer", "customers",
      "recruiter", "recruiters", "employer", "agency", "company", "buyer", "supplier")
      for has in ("", "has ", "just ", "has just ")),
    # a regret held off is restraint, not shame ("walked off before I said something I'd
    # regret")
    "something i'd regret", "something i would regret", "something i'll regret",
    "something i might regret",
    # calm as a role the writer plays or a thing taught ("teaching calm while my own head's a
    # washing machine", "being the calm one all day"): the job's word, often beside its opposite
    "the calm one", "the * calm one", "the calm parent", "the calm mum", "the calm dad",
    "teach* calm", "taught calm", "preach* calm", "sell* calm", "model* calm",
    # "dreadful" judges a thing or a person as bad ("it looks dreadful", "a dreadful landlord");
    # dread itself stays anxiety
    "dreadful", "dreadfully",
    # "promising" as the verb is a promise made, not hope ("I keep promising Friday",
    # "promising them it'll be done"); "looks promising" stays hope
    "keep promising", "keeps promising", "kept promising", "been promising", "stop promising",
    "promising to", "promising them", "promising him", "promising her", "promising you",
    "promising myself", "promising everyone", "promising people",
    # a thing of a kind worn for grief names no grief of the writer's ("Valued a Victorian
    # mourning brooch today")
    *(f"mourning {thing}" for thing in ("brooch", "brooches", "ring", "rings", "jewellery",
      "jewelry", "locket", "dress", "band", "clothes", "card", "cards")),
    # a handshake is no trembling ("he wouldn't stop shaking my hand"), legs that jump are
    # restless legs, no nerves ("another night of jumpy legs"), and a funny look is a strange
    # one, no laugh ("people look at me funny"); "my hands were shaking" and "jumpy all day"
    # stay anxiety
    *(f"{held}{shake} {whose} hand" for shake in ("shaking", "shook", "shake", "shakes")
      for whose in ("my", "his", "her", "their", "your", "our")
      for held in ("", "wouldn't stop ", "won't stop ", "couldn't stop ")),
    "shaking hands", "shook hands", "shake hands",
    *(f"jumpy {part}" for part in ("legs", "leg", "arms", "feet", "knees")),
    *(f"{look} at me funny" for look in ("look", "looks", "looked", "looking", "stare",
                                         "stared", "staring")),
    # "funny" as odd or unwell: a body or a thing that goes funny ("my eyes have gone funny",
    # "swallowing's gone funny again"), and "funny that" closing a trouble, a sigh; a laugh
    # is still joy ("it was so funny")
    *(f"{turned} {extra}funny" for turned in ("go", "goes", "going", "gone", "went", "turned",
                                              "turning", "come", "came")
      for extra in ("", "all ", "a bit ", "really ", "very ", "dead ")),
    "funny that",
    # a joke that has stopped being funny is an annoyance now, no laugh ("it stopped being
    # funny weeks ago", "the prank's no longer funny"); "stopped being fun" is a pleasure gone
    *(f"{stopped} being {extra}{fun}" for stopped in ("stopped", "stops", "stop", "stopping")
      for extra in ("", "so ", "very ", "remotely ", "even ", "at all ")
      for fun in ("funny", "fun")),
    "no longer funny", "no longer fun", "not funny anymore", "not funny any more",
    # tears in another's eyes are theirs ("the old man hugged me with tears in his eyes", "her
    # eyes welled up when I gave her the card"); "tears in my eyes" stays the writer's
    *(f"{tears} in {whose} {eyes}" for tears in ("tears", "a tear")
      for whose in ("his", "her", "their") for eyes in ("eyes", "eye")),
    *(f"{whose} eyes {did}" for whose in ("his", "her", "their")
      for did in ("welled up", "filled with tears", "filled up", "were wet", "went watery",
                  "were watering", "were full of tears")),
    # a feeling someone was cured of is gone, and theirs when they are named ("the king
    # oysters cured her of hating mushrooms")
    *(f"cured {who} of {feeling}" for who in ("her", "him", "them", "me", "us")
      for feeling in ("hat*", "fear*", "worr*", "nerv*", "anxi*", "dread*")),
)  # fmt: skip
