"""What analyser versions 2 to 40 read: the older half of the notes kept in ``versions``.

Why a module of its own: each analyser round adds a note to ``versions`` and the notes outgrew
one module. These are history only (no code reads them); ``versions`` holds the version
number, the name and the notes from version 41 on.
"""

from __future__ import annotations

# 2: clause-level reading (mixed feelings, emotion-led polarity); stressors only from the
#    stressor lexicon and only in negative parts of the text.
# 3: feelings and stressors are the writer's: not another person's ("she was furious"), not
#    in a condition ("if work gets stressful"), not only wanted ("need to relax") or asked
#    about; company, settings and settled topics are not stressors.
# 4: praise words judge things unless felt ("amazing coffee"), reported speech is someone
#    else's ("says I seem happier"), a regretted outburst is not anger, relief in passing is
#    not gratitude ("thank god"), a positive ending settles stressors with no named feeling
#    ("chaotic but fun").
# 5: a person who shares what the writer did is company ("my partner and I"); an all-clear
#    or "for once" after a topic settles it ("nothing serious", "behind me"); bickering is
#    conflict; an empty home is loneliness; a "stressful workout" describes a thing; idioms
#    that borrow a feeling word ("nothing to worry about"); "debt free"; a last part saying
#    it is over ("… but it's gone now") settles what came before; a feeling word between an
#    article and a person or animal describes them ("an anxious dog"); "… but it's fine now"
#    also ends the unpleasant feelings before it; a Title Case name holding a feeling word
#    ("Lonely Planet") is a name; "the panic is over" is not felt; "an angry email" is a thing.
# 6: idioms and sarcasm name no feeling ("happy to help", "less than I had hoped", "love it
#    when …", "Fantastic, the car failed"); "nothing to worry about" is not calm; a feeling in a
#    relative clause after a thing is past ("the exam I was dreading"); missing an event is not
#    loneliness; a feeling after another's possessive or said of a gathering is theirs ("my
#    daughter's exam stress", "dinner was tense"); making up settles a conflict; someone else's
#    breakup or a friend's family member is theirs; "… but I think I did okay" and "… and I'm
#    finally okay" settle earlier topics; due dates, costs, symptoms and hurt feelings counted.
# 7: good news told as a plain event reads positive ("Got the job.", "slept well", "sorted"),
#    as do praise of a thing, an easing or a negated unpleasant feeling; grumbles VADER misses
#    ("again", "typical", "ouch") tip a neutral part negative; another's feeling gives its
#    part the polarity of sympathy but no chip of the writer's; first names and "everyone" as
#    the subject of a feeling are someone else; reported trouble of someone else is theirs; a
#    reported death is grief; warm and sad emoji; a heading before a colon heads its list; the
#    chips agree in one place (``agreement``): no "Positive" beside a stressor or an unpleasant
#    emotion, no "Negative" beside joy alone.
# 8: frames that say a word is not the writer's strain now (``frames``): a destination ("walked
#    to work"), a past part then "fine now" ("was dreading it but it was fine"), a remembered
#    death (grave, anniversary), a clause after "and" that keeps another's subject ("my
#    flatmate failed and cried"); tears at an event with nothing sad are being moved; sarcastic
#    "thanks a lot"; "tense" said of a situation is strain, not anxiety; kindness is good news,
#    not thanks; rumination is not hope; a sorted row is over; what is owed and has not come
#    (no reply, unpaid) is strain; a plain event exclaimed reads positive.
# 9: a negated comparative is negated ("I'll never get better" is no hope) unless it follows
#    "be"/"feel" ("couldn't be happier"); a pleasant feeling doubted is not felt ("don't know
#    how we'll keep going"); shouting and snapping are acts, weak alone, and shouting at "us"
#    is the other's; a shout-out is praise; a group's feeling is theirs and the group is no
#    stressor ("the whole team was devastated"); an all-clear result ends a worry told as
#    past ("… it came back benign"); time counted since a death is a remembrance; a person
#    whose event was missed is not the stressor ("missed my daughter's recital"); a feeling
#    that names its own content ("terrified I won't make friends") lends no strain to a
#    topic beside it; a negator before a deed left undone leaves the trouble ("can't pay the
#    rent"); a negated quarrel's person is no stressor; a good "then" ending settles what came
#    before ("fought all the way there, then had the best day"); good news said to have
#    failed is none ("payment is late"); other senses (food bank, a day off work, asylum
#    interview, minutes' work); new strain and good-news phrases; a weak word said of someone
#    is praise or pity ("the kids were lovely" lends no strain to them); eased or long-past
#    troubles ("isn't as bad", "ages ago"); "… and I'm better off" after a past part; "oh joy"
#    before a bad event is sarcasm; a parking fine, support, credit and benefits are no
#    feelings to VADER.
# 10: general causes from a batch written blind (``senses``): a family member after anyone's
#    possessive but a close person's, or named with "a"/"another", is not the writer's ("my
#    sous chef's mum", "a kid"); "Rosa's terrified" is Rosa's; a vehicle noun after a subject
#    or "to" is a verb ("the squad train"); "<someone> off sick" is their illness; a missed or
#    forgotten appointment is a mishap; a person placed by "on my team" is still someone
#    else; a negated deed before a topic keeps it although "done" follows; "killed it" is
#    good news; strain told by a clause's shape (an inability "can't get", a trouble that
#    persists "still isn't", a repeated annoyance "keeps calling"); "the whole <anything>" is
#    a group; a trouble told as long past ("a lifetime ago") is over; family words naming
#    things ("baby monitor"); a fear told as past then a good outcome is over; likening
#    oneself to something bad is shame ("I feel like a total fraud"); being called something
#    bad or blamed in any tense is criticism; "there goes my …" is a loss.
# 11: whole-entry rules (``present``): a part marked as a time left behind ("last year", "in the
#    beginning", "the first two months") then the present told with no trouble ("… now"), or judged
#    from today ("… last spring seems daft now"), is over; tears in an entry where nothing else is
#    sad and a pleasant feeling or a milestone is named are being moved; tears that might have been
#    ("could've cried") are none; a job in a clause whose subject is another person is theirs (not a
#    close person's job loss, not "my friend from work"); missing a thing, not a person, is no
#    loneliness; a first name in lower case is someone else; a bond between others ("my daughter's
#    marriage") is theirs; social acts that borrow a feeling word (mocking laughter, a smile and a
#    nod, laughing it off, "somehow it's my fault", preaching hope, giving something up); other
#    senses of stressor words (the Home Office, hair falling out, losing sleep over, a game's final
#    boss); losing a thing or weight is no grief; a bride, a caller, a tenant are someone else;
#    feelings in forms the lexicon lacked ("chuffed", "made my whole week", "it scares me", "stomach
#    in knots", which is no health worry); "hate" alone is a weak cue (dislike: anger in only 8 of
#    13 labelled sentences), as is a smile alone (joy in 2 of 5); "shes" as texted is "she's"; a
#    business next door is a place, not the neighbours; "<someone>'s been signed off" is their
#    leave, as "off sick".
# 12: someone else's trouble told with the writer outside it: a report in a part of its own
#    ("Rachel's leaving, says she's burnt out", "'…' says my brother") with no word of the
#    writer's; pity ("poor sod", "bless her") with no word of the writer's, close person or not;
#    family after "whose"; "someone" as the subject of a trouble ("… than me" is a measure);
#    a trouble one possessive deep after his/her/their ("his cat's surgery"); a feeling word
#    right after another's possessive ("everyone else's happy day"). Abstentions: laughter and
#    tears as two moments ("Laughed, then cried") chip no joy; tears a sentence after an event
#    with nothing sad or happy named chip nothing; people called "a good laugh" and laughing
#    about a mishap "now" are no joy. Senses: "the Hendry family" is a household the writer
#    deals with; a meeting someone wants ("the bank wants a meeting") is no work; covering
#    conflicts (wars) is no quarrel; a feeling offered as one of two ("either sad or fine") is
#    not felt; company counted ("with two kids") is still company.
# 13: where MiniLM is present (the desktop app, ``neuroleaf analysis run``) the services pass
#    the rules' result through a learned gate (``ai/analysis_gate.py``): a stress category or
#    an emotion the model scores under its threshold is withdrawn (``gating.without_labels``);
#    the rules themselves are unchanged. Entries are re-read so every stored result is gated.
# 14: general forms new writers use (a blind batch studied, the next writers' sets as the
#    check): sarcasm opened by praise before any event not the writer's own news, or by a set
#    phrase of irony, is negative and no joy; nights told by the hour ("woke at 3"), money
#    lacked, short or running out, costs multiplied, work untouched before it is due and a
#    count of repeats are strain; a fragment echoing the sentence before is exasperation; more
#    marks of a time left behind, and a story of change told in two sentences ends in calm;
#    worry told as checking and going over; joy told with a grin; the work of trades and shops.
# 15: more forms new writers use (the next blind batch studied): loving a trouble as the first
#    words ("Love how …", "love being told …"), a mock promise ("Sure, I'll …") and praise with
#    an intensifier are sarcasm; a body part hurt or worn out is health by itself; a time limit
#    by any day or date, and work left unfinished as it nears, are strain; everyday life done
#    alone is loneliness; worry told as a spin, a gnawing or a heart felt going; "we had
#    words" is anger; a beginning the writer made, left behind and told from today, is over
#    and calm.
# 16: the labelling guide reads sarcasm at what the writer lives through and a quarrel the
#    writer is in ("shouted at me", "another row with my partner") as anger: sarcasm and a
#    quarrel that still counts carry an anger cue, unless another feeling of the writer's is
#    named or shown ("went red", "shook"), the quarrel is someone else's, referred back to
#    or mended; praise before a good outcome with nothing unpleasant ("Fab, lunch went really
#    well") is meant, not sarcasm.
# 17: a feeling word before a person's age, a patient or owner, or a talk ("a nervous
#    seventeen-year-old", "a calm chat") describes them; a group's feeling is theirs; a
#    feeling alone after "and" keeps the subject before it ("she's nineteen and scared");
#    "scared sick" is fear, "fried by Wednesday" no deadline, "behind the bar" a place, a
#    gathering ("at the work do") where it happened; unnamed people's job loss is theirs; a
#    first try or "I've stopped …" tells a past from now; a trouble in a relative clause
#    about someone else is theirs; "Such a joy." after a trouble and "Right, I'll just …,
#    thanks" are irony; a quarrel conceded ("he's not wrong") is not anger; "lucky really"
#    after a mishap is no thanks; "a proper row", "called me every name" are quarrels and
#    "due end of January" a time limit; an illness of someone named by a relative clause
#    ("the farrier who trained me has had a stroke") is theirs.
# 18: another person "off with <illness>" has it, even burnout; a partner of someone named
#    without my/our ("a patient's girlfriend") or a stranger's bond ("a woman leaving a bad
#    relationship") is theirs; a relative offering help is support; other senses of stressor
#    words: short of a thing ("down to my last jerry can"), a bank's paperwork, an event
#    named as the time of another trouble ("died mid-appointment"), the job as a setting ("in
#    this line of work"); "feel <degree> <feeling>" is the "feel …" phrase ("feel really
#    low", "a bit flat"); a blush in any colour is shame and no quarrel's anger; a described
#    animal's feeling is its own; a worry "for years" then "this winter … finally" is over;
#    sleep sought and not found ("every time I try to sleep", "keeping me up"), being told
#    off in other words ("chewed me out", "tore into me") and "starts a row" are strain.
# 19: a word of steadiness before a thing describes it ("steady work"); tears beside a first
#    reached or a prize won, nothing sad said, are being moved; other senses of stressor
#    words: a mould that shapes, a lease on a workshop (work, not home), a plain shift as the
#    time of something else ("after a shift"), a thing on loan; "row" as a verb told by what
#    it was about is a quarrel; work not even begun as its date nears, being summoned ("wants
#    a word"), paid late, a price "gone up to" a sum ("gone up" is risen, not a trouble gone)
#    are strain; a chronic illness's flare, skin worn raw and a body part "complaining" are
#    health; welling up is tears; feeling like an amateur is shame; a task or place that
#    settles the writer or quietens their head is calm; "never felt this good" is joy.
# 20: triggers wrong for several writers made stricter: a wish for someone else's health
#    ("hope she's OK"), stress as a sick note or an injury ("off with stress", "stress
#    fracture"), Thanksgiving, gladness at a hard road endured ("glad I stuck it out"), a
#    machine's failure, laughing about a hard time now and another person's tears, the
#    writer not in the clause ("client burst into tears"), give no chip; "years back", a
#    past holiday and leaving a job mark a time left behind.
# 21: stress triggers wrong for several writers need what their right uses share: an
#    illness, doctor, job loss or burnout said of another person as the subject ("Sue's
#    husband has been made redundant", "she's being restructured") or set in the writer's
#    past ("in 2020", "years back", "behind me") is no present stress of the writer's, nor
#    is an illness of a counted group ("two guys are sick");
#    chores count only as an unfair share ("never does the dishes", "fall on me"); a clinic
#    or hospital as a destination or named by its kind ("to the clinic", "the flu clinic")
#    is a place.
# 22: uses of feeling and stressor words that say nothing of the writer's own, each judged by
#    its record across every writer: a feeling word naming a role or an event ("I'm the fun
#    one", "the fun police", "a fun session", "for fun"), gladness at being spared ("glad I
#    turned it down"), blame told as someone else's view ("my fault apparently"), abandoning
#    a place, rereading as the effect of a state, ghosting by a client, a stranger named by
#    "a" as the subject of a feeling ("a vendor is furious"), a fault as a mark on a test; a job
#    someone else wants for the writer ("a proper job", "asked when I'll find a job"), feeling
#    "a bit sick" (dread), "a small price to pay", an overdue invoice (money owed, no time
#    limit), a carried thing leaking ("bag leaked"). Forms missed for several writers: praise
#    alone closing a sentence about a trouble, or as a sentence of its own after one, short
#    thanks after one ("Thanks mom. Super helpful.") and "just what I needed" after a trouble
#    are sarcasm; waking by the hour and no whole night for a
#    while are poor sleep; a customer going off at the writer or squaring up is a quarrel;
#    "terrifies me", "beside myself" and "prouder" name their feelings; a quarrel with the
#    writer's feeling shown in another sentence ("I was shaking after he left") is that
#    feeling, not anger; a regret held off ("before I said something I'd regret") is no shame.
# 23: polarity judged across writers: a
#    feeling word the emotion lexicon set aside ("cheaper than I feared", "hope he's OK") is
#    not read back by VADER; words that pushed clauses to the wrong side for several writers
#    are no feelings to VADER (money and things named: "forty grand", "the grant report";
#    replies through gritted teeth: "cheers for that", "cool cool"; events: a "flu jab");
#    "a brave face" hides a trouble and "second-hand" is a kind of thing; "fine" said of or
#    by someone else ("she's fine, just rattled", "says it's fine") is no good news of the
#    writer's.
# 24: triggers wrong in a blind batch, each judged by its record across every writer: someone
#    the writer meets is not their family or partner (one "kid" with no "my"/"our", a relative
#    of someone named with "a"/"another", a breakup named with "a" after another subject, a
#    feeling in a relative clause about someone just named: "a kid … who was crying"); praise
#    someone keeps repeating ("keeps calling me brave") is no annoyance; a stomach or gut that
#    drops or churns is dread, not illness, and a "memory card" a thing; tears called good
#    ("the good kind") are being moved; a feeling taken back ("I laughed, then I didn't") is
#    none; "stronger" alone is weak; a hospital's car park is a place; work still to do as its
#    limit nears, told as a count left, a blank or a wait, is strain. Forms every writer
#    labelled alike: a heart "going" (anxiety), wanting the floor to swallow you (shame), "not
#    a soul to talk to" (loneliness), fatigue and a body part "not what it was" (health), a
#    pay freeze and "costing us" (money).
# 25: polarity judged across writers again (24 is the parallel chips change): good things
#    named are no feelings ("my friend was let go", "the accountant's on holiday") unless
#    said to be lacking; "lol", "wish", "alive", a mock exam, a grave, caring for someone,
#    "truly" as emphasis and "screamed" are no feelings to VADER; a present "it's fine"
#    waves a matter away; weak unpleasant cues alone, nothing pleasant near, make a part
#    negative ("hands still shaking"); a trouble "done" on demand, half done or a body worn
#    out is no good news, nor is money gone ("it's gone on rent"); strain told by its shape
#    (a long lack, a price risen, a demand made of the writer) and marks of a good first, a
#    wait ended or the writer restored ("for the first time", "at last", "felt human
#    again") tip a part VADER left neutral; "didn't stop shaking" is kept shaking.
# 26: triggers wrong in a blind batch, each judged by its record across every writer: a
#    relative's or friend's own trouble told in a sentence they open, with no word of the
#    writer's in it and no unpleasant feeling of the writer's in the entry, is theirs ("My
#    sister's going through a nasty divorce", ``kin``); blame likened or told by someone else
#    ("like it was my fault") is no shame, being thanked no gratitude; tears shed together
#    ("we both cried") with nothing sad are being moved; "bliss" told of stillness is calm
#    (``stillness``); a bank as the place something happened, work arrived at, left for or
#    named by its hour, a payment falling due with no time after it (money, no deadline),
#    overtime lost or unpaid (money), a stomach that clenches (dread), "funny what …" and "I'm
#    funny" (no joy).
# 27: polarity judged across writers a third time (26 is the parallel chips change): a
#    concession ("she's not wrong", "can't blame him", "not his fault"), a hand that is a
#    body part or a means, a warning or sick pay lacking, "honestly", praise of a timing and
#    "living the dream" are no pleasure to VADER, while the writer's own "I like it" is one;
#    a bare "fine" is a shrug, news asked about ("no idea how we'll manage") is not told and a
#    "fixed" naming a kind of deal ("fixed-term") is no repair; a part after "but" that
#    follows a good part and reads neutral is the other side (mixed); grumbles told by their
#    shape tip a neutral part negative (an open question the writer cannot answer, a negated
#    verb of lack or refusal, a demand, a counted repeat, a strain that recurs, an end date,
#    a provision called a joke); "finally" and the sun enjoyed mark a plain happening good.
# 28: triggers wrong in a blind batch, each judged by its record across every writer
#    (``word_uses``): stressor words that only place or class something else are none: a
#    vehicle or the school run with no trouble of the journey told ("bag leaked on the bus"),
#    pay delayed (money, not a journey), an illness or clinic word before a ward or its staff
#    ("the chemo ward", "the clinic lead") or after "got her through", "next door" after a
#    person or place, "family" before a thing it classes ("family photos"), a lease with no
#    home beside it, "since the baby"; a landlord or a repair beside a shop or studio and an
#    organisation's budget are the work's strain; someone still sensed where they were ("I
#    still feel him here") is remembered; a hand, voice or tool held steady is no calm, skin
#    "red and angry" and voices heard no anger; a quarrel "behind us" is over. Forms several
#    writers label alike: money still owed to the writer, a working day with "no break", a
#    couple "like ships passing", a body part "on fire", and a time limit in a part that tells
#    the work as unfinished ("due Friday and I've written the title") are strain by
#    themselves.
# 29: polarity judged across writers a fourth time: an
#    ironic interjection ("Fab, …", a bare "Dream job."), sizes and things named ("huge",
#    "energy", a charity shop, a prize grid, a shared room, my helper, reef-safe), "to be
#    honest", "lmao", a prayer asked for and a partner's reproach ("says I love X more than
#    her") are no pleasure to VADER, nor is a smile put on for someone ("smiled through it");
#    strain told by its shape tips a neutral part negative (a repeat counted by the night, a
#    cost over the writer's essentials, work piled on top, a consequence that falls on the
#    writer, self-doubt, "some days I …", news withheld, a waiting list counted); a first of
#    someone's own ("his first steps"), a stretch without stopping, applause, "Felt human.",
#    someone's test passed and a day made in other words ("made me day") tip it positive, a
#    task handed in on time no longer does; an unpleasant habit told as past, then the
#    present ("used to dread …, now …"), is good news.
# 30: triggers wrong in a blind batch, each judged by its record across every writer: a
#    feeling word naming a role or a thing taught ("teaching calm", "the calm one"),
#    "dreadful" as a verdict on a thing, a thing that "feels like a" threat, a road's hard
#    shoulder, the job centre, a delay with no journey named ("supplier delay") and a family
#    word in a likeness ("like one of the kids") give no chip; a job, shift or callout named
#    as what pays is money, not the work ("this job pays pennies"); thanks said to someone by
#    name with nothing pleasant beside it ("…, thanks Gary", "cheers minister") and praise
#    closing a sentence about a mishap ("spreadsheet crashed …, fantastic") are sarcasm.
#    Forms several writers label alike: feeling like a monster, a drain or a nuisance
#    (shame), lying awake wondering or doing the sums (worry), an exam or coursework told as
#    unprepared as its date nears, sleep said to be shot and waking told by the hour it
#    began ("wide awake from five") are strain; "one of the best" ranks, it counts no share
#    of work done.
# 31: polarity judged across writers a fifth time: strain
#    told by its shape tips a part VADER left neutral negative (the writer's body as its
#    subject, "my back is telling me about it"; an act aimed at the writer, "swore at me";
#    "wasn't"/"weren't"; a trouble that consumes, "eating me alive"), and so does a late
#    hour, 10pm to 4am, when nothing pleasant is near; "convinced" and "pretending" are
#    no pleasure to VADER.
# 32: triggers wrong in a blind batch, each judged by its record across every writer:
#    "buzzing" said of a thing or a body part ("pedal on the harp buzzing again"),
#    "promising" as the verb ("I keep promising Friday"), a body part after someone else's
#    possessive ("a heron's neck"), a lecture given to someone, an illness word naming a
#    service ("a fatigue service") and a vet beside livestock give no chip; a feeling said
#    of a lad or a midwife is theirs; praise taken back by "said nobody ever" and being
#    shouted at as it goes on ("ramblers shouting at me") are anger; "over the limit" is
#    beyond, not ended. Forms several writers label alike: a few hours of sleep counted, a
#    mind that won't switch off in bed, pay that comes late, no lunch, being sacked, a car
#    or van that dies on the way, and damage done "for good" are strain.
# 33: polarity judged across writers a sixth time (32 is the parallel chips change): a part
#    VADER left neutral reads negative when told by its shape (a body part opening its clause,
#    "hands cracked"; a cost set above another sum, "the quote is more than our mortgage"; a
#    need barely met, "pay barely covers the rent"; a question about the writer's lot left
#    open, "nobody knows if we keep our jobs"; a reproach that the writer prefers a thing,
#    "says I love the birds more than her"; an event, then "and" and a state of the writer's
#    own, "… and I've done six") and positive when it tells an expectation beaten ("actually
#    listened"), goods counted out in trade ("sold three bowls"), the early light as a scene
#    ("at dawn", "mist on the water"), an aid done without or the writer restored ("felt
#    like a person").
# 34: triggers wrong in a blind batch, each judged by its record across every writer: "it's
#    behind me" after a past part ends a trouble told against now; a feeling the writer
#    "stopped being" in is over; an apprentice's or a trainee's tears are theirs; a trouble
#    named in two words of one kind after "his" or "her" ("his rent money") is theirs; "how
#    sick I felt" is dread, as "felt sick" is; a staged fight ("fight scene") is no
#    quarrel; "before the baby comes" is a time; a body part after people named in the
#    plural ("the lads' knees") is theirs. Forms several writers label alike: thanks given
#    to God ("Alhamdulillah", "God is good", "thank God for …") are gratitude, a hurt
#    wrist, rib or stump is a health strain, and a body's trouble lasting "all night" is a
#    night lost too.
# 35: polarity judged across writers a seventh time (34 is the parallel chips change): a part
#    VADER left neutral reads negative when it tells a longing ("miss the crossword"), a
#    thing of the writer's gone ("a day's pay gone"), a resigned "Of course I have.", a cost
#    risen ("rent goes up in March", "the bill was double"), nobody doing what the writer
#    hoped for ("Nobody rings.") or a symptom felt ("got stung twice"), the last two with
#    nothing pleasant near; a longing or a loss adds no stress chip. It reads positive when
#    it tells a thing not missed ("never missed a beat"), nobody reacting to what the writer
#    feared ("nobody blinked"), kindness shown to the writer ("thanked me", "without being
#    asked"), time off ("Day off, …") or a span of time made good ("Made the night."). And
#    another's trouble told with the writer's help to them ("… gave her space"), with no
#    trouble of the writer's own, reads neutral.
# 36: triggers wrong in a blind batch, each judged by its record across every writer:
#    "touched" with a thing as its object is a hand, not being moved; a feeling in what
#    someone keeps telling or saying ("telling me it's anxiety") is theirs; "all shift" is a
#    span of time; a machine that coughs or limps falters; a friend kinded by one word
#    ("online friend") with a trouble of their own, and a trouble told of a stranger who opens
#    the sentence with the writer not in that part ("Old man couldn't sleep so we talked"),
#    are theirs; thanks or praise alone past a bare reply or a plain aside ("… Yes. Thanks.",
#    "… At forty-six. Great.") are irony. A form several writers label alike: woken at a
#    small hour turning one thing over ("woke at 4 thinking about the van payment") is worry.
# 37: polarity judged across writers an eighth time (36 is the parallel chips change): a hard
#    time told as past then the writer's life since with no trouble ("Two years ago I
#    couldn't … Used one today, didn't think twice", "used to …, not anymore") reads good, as
#    do a thing given to the writer ("bought me a mug") and a test passed ("Passed the
#    refresher course"). A part VADER left neutral reads negative when it tells a thing the
#    writer was made to do ("had to hand in my licence"; no stress chip of its own) or a
#    thing done before an audience ("in front of the whole team"), with nothing pleasant near.
# 38: triggers wrong in a blind batch, each judged by its record across every writer: a
#    trouble dated to a past year and told in the past ("Teacher in 1989 called me lazy",
#    "In 2020 they cut our hours") keeps no stressor and no worry; a parent named beside
#    their own child ("Parent emailed to ask why her son …"), a partner after a possessive
#    opening the clause ("My player's wife is pregnant") and a job lost by "my brother" are
#    someone else's. Forms several writers label alike: a shouting match and blame put on
#    the writer are anger, and "beamed", a task found "satisfying", a room that clapped and
#    a qualification's paper gained ("got my helm ticket") are joy.
# 39: polarity judged across writers a ninth time, from the side of "mixed" (38 is the
#    parallel chips change): a part read negative on a weak cue alone beside a part where the
#    writer names a pleasure of their own, with no turn anywhere ("but", "still", "at least"),
#    is scene for the pleasure: the entry reads good ("Got the old Vespa running again, grinned
#    all evening"); a stressor beside it still shows both sides. And a trouble, a turn ("but",
#    "though"), then a plain part with no feeling ("The traffic was terrible but the podcast
#    made up for it") is the good side told: mixed; "but" as "except", a question after the
#    turn, a concession before it ("I know she means well, but …") and "… but still" are not.
# 40: triggers wrong in a blind batch, each judged by its record across every writer: a season
#    gone named as when ("Last winter I nearly quit …") dates a past clause's stressors as a
#    year does; a foster child's "birth mum", a flatmate's own trouble with the writer only
#    lost for words, being sick in a place said of someone else, an illness that says who
#    someone met is ("a lady with dementia"), a ride's train, a document's scan, a machine's
#    leak and a foster "placement" give no chip; a feeling right after "who" is the one just
#    named's. Forms several writers label alike: a knowing shrug after a trouble ("Obviously.",
#    "Cheers for that.") and blame by its noun, being spat at or sworn at are anger; a dance
#    round a room is joy; being reported is a conflict; hours cut are work as well as money;
#    hours on foot, a target, a director or skipper, a standby and a one-star review are work;
#    a cost out of the writer's own pocket, a payment and prescription charges are money;
#    "Back's gone" is health; waking again and again is a poor night; "due Wed" is a time
#    limit; "hubby" is a partner. Polarity: staying power ("glad I stuck it out") is no
#    grumble, "for good" is for ever, and a treat given and named ("gave me a cuppa") is
#    kindness.
