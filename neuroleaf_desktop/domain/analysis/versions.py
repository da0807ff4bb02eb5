"""The analyser's name and version, stored with every result, and what each version reads.

Why a module of its own: the notes grow by one each analyser round and are read apart from
the one call the services make (``analyzer.analyse``), which re-exports both names. Bump the
version whenever a change to the analyser, its lexicons or VADER's version would change a
score (see ``analyzer``).
"""

from __future__ import annotations

from typing import Final

ANALYSER_NAME: Final = "nl-lexicon"
# Notes for versions 2 to 40 are in ``early_versions``.
# 41: triggers wrong in a blind batch, each judged by its record across every writer: a clock
#    time with minutes is its hour ("5.12am" is no "12am"); friends given up for a chore
#    ("instead of seeing my mates") or still to be made ("hard making friends"), a feeling
#    someone was cured of, a mourning brooch, "grounded" said of a flight, a loan shark named
#    and an insurer's demand ("Insurance want a new alarm fitted") give no chip; a landlord
#    beside a lease with no home is the business's. Forms several writers label alike: being
#    called a name ("called me a parasite", "got called a loan shark") is anger, and praise
#    alone after it irony; "mortifying" is shame; someone in the writer's care lost ("Lost a
#    patient tonight") is grief; a heart that "still goes" at a cue is fear; overtime taken
#    away is a money loss by itself, and refunds paid out are money; a specialist seen
#    ("Audiologist says …") is a doctor; an accusation or a rage aimed at the writer ("accused
#    me of …", "went absolutely mental at me") is a conflict; "woken at 2am" is a night lost;
#    "I'm done in" and "I'm so over this" are strain. A call-out named as when a trouble
#    began ("since the motorway job") is a time, and money run out by a date ("skint by the
#    20th") no time limit.
# 42: triggers wrong in a blind batch, each judged by its record across every writer: an au
#    pair's "host mum", "mates rates", a subjectless ", comes with the job", a leak where a
#    pool, a hall or a lab is named, one parent named bare and "every family", a bill someone
#    shouted at the writer about, a job "at the college", emails counted as a chase, an
#    illness named "for a deaf man", "argued the bin moved" and blame laid by a crowd give no
#    chip of those kinds; a landlord selling the pub is the work's, and pity told alone next
#    ("Feel for her") makes the trouble before it someone else's. Forms several writers label
#    alike: skin split from a cause, a joint "done", ears blocked, a body clock in pieces and
#    falling asleep on the sofa are health or sleep; tips, a bonus taken away, being paid told
#    in a bad part, working for nothing, the people who pay cancelling and bills stacked "in
#    the same month" are money; a depot, a trade's rush, a backlog, "the hours" and a session
#    with no co-worker are work; still shaking is fright, feeling "a right idiot" and
#    "Cringing" are shame.
# 43: wrong chips of a blind batch read as classes of wording: a span counted back ("Years
#    back I'd be sick …", "A year ago …") dates a clause as a year does; one of many ("One
#    dad keeps texting me"), a trade's crew ("my delivery kids"), a crowd's blame ("every
#    single customer blamed me"), a stranger's arrears ("a woman's council tax arrears"),
#    someone else's loans ("Dad has loans"), an exam a counted crowd must sit, an advert's
#    subject ("payday loan poster"), a taste likened ("tastes like cough syrup"), a case
#    compared ("the way it did with my uncle"), the office named from outside and a
#    supervisor named only as whose mother died give no chip of those kinds; "shame I can
#    barely …" is a pity, no shame. Forms several writers label alike: "by month end", a card
#    maxed out, "cost me a fortune", takings down, a sum "gone", "seven days a week" and "no
#    day off", a counted crowd off sick, funding running out or a workplace that "might
#    shut", a supervisor (the study's beside a thesis), "bawled me out", the writer's work
#    called bad, dreaming in a bad part, eyes that will not stay open, a toe, a shin, a limp
#    and shin splints; a person one can't stop thinking about is sadness, not worry.
# 44: wrong chips of a blind batch read as classes of wording: a job lost by someone named
#    before it ("The club's head coach got made redundant"; the writer's own or someone
#    close's stays), members, players or fans quarrelling among themselves, "sick about" a
#    thing, one child named without "my" ("kid's not right" of an apprentice), "empty" before
#    a place or a thing ("empty forecourt"; an empty home stays loneliness) and a feeling
#    word before a guest, a diner or a listener give no chip of those kinds; a sentence
#    dated by the next ("That was ten years ago") is a past over. Forms several
#    writers label alike: "skint", "scraping by", pay docked "out of my wages", a commission
#    cut as a bonus is, a wallet or an account empty, a share up "fifteen percent" in a bad
#    part, sums that "don't add up" and a lean month are money; a stretch worked and counted
#    ("ten days straight", "seven nights on the trot"), call-outs counted and hours counted on
#    the writer's feet are work; a cut, a burn or a crush to the writer's own part and skin
#    raw from a cause are health; "loneliest" is loneliness.
# 45: wrong chips of a blind batch read as classes of wording: a body part as a depth or a kit ("mud
#    to the knees", "knee pads"), a family word before a ward or a unit ("the children's unit"), a
#    relative "of the" someone ("Mother of the bride"), a clinician's office, damp said of a thing
#    or the weather, a paid job someone else wants for the writer, "so much it aches" and a sum a
#    customer asks of the work (the work's, not money) give no chip of those kinds; a family
#    business named by who ran it ("Dad ran this shop") is the writer's work; a debt of thanks ("I
#    owe her forever") is gratitude and closing praise said twice ("lovely, just lovely") irony.
#    Forms several writers label alike: "no sick pay", a sum that "barely covers" or "doesn't cover
#    the" cost and jobs cancelled are money; days counted by their hours ("fourteen-hour days") are
#    work; a bruise told by its size is health; "disagreed with me" is a quarrel. Which words gave
#    each stress keyword can be read on demand (``stress_spans.keyword_spans``; no chip changed).
# 46: wrong chips of a blind batch read as classes of wording: one parent named with "the"
#    ("The mum laughed"), a relative's event named as the setting ("in the middle of my
#    daughter's school play"), a clinic worked in ("late all clinic", "the clinic owner"), an
#    ailment given to someone else or on their part ("gave her a headache", "the lump on his
#    neck"), a clinician the writer sends someone to ("I said go to your GP"), a bad review
#    someone named got, a study word naming what a loan is for ("Uni loan"), a trouble
#    disowned at the close ("…, nothing to do with me") and a person told by where they are
#    ("A colleague on the Penzance line got spat at") give no chip of those kinds; an event of
#    people in a plural possessive ("my kids' sports day") is an event missed, no loneliness,
#    and "settled" said of an ailment or the weather no calm. Forms several writers label
#    alike: a one-star review is the work's by itself; no work coming in ("no work, no pay",
#    "no bookings") is money and work; an itch, a cramp, a twitch, shingles and a thigh are
#    health; a head chef or a team leader is the boss. Polarity: a bad feeling denied only to
#    name another ("I'm not angry, just disappointed"), the writer likened to one used ("I feel
#    like a robot"), never home, a journey timed each way, a home "so quiet" and a thing
#    "doing my head in" are bad parts; someone the writer could not do without ("Don't know
#    how I'd manage without her"), a card sent, a skill learned, a win named small, a past
#    laughed about, a five-star review, a quiet span of the writer's own time and what the
#    writer calls their favourite are good news; the sun on the writer's back is warmth, a
#    thing restored doing again ("Breathing again") and "meh" no grumble, a short pleasant
#    sentence after one read as sarcasm ("… Perfect Monday.") the same irony, and an entry
#    whose only bad parts are a dated past beside a good part now reads good.
# 47: wrong chips of a blind batch read as classes of wording: a sum the writer is accused of taking
#    ("accused me of taking money"), a partner who tells what the writer does asleep or has stopped
#    ("Partner says I stop breathing in my sleep"), traffic lights, a mask that leaks, a payment
#    named with what it is on falling due ("Loan on the new crane is due"), children in a caseload
#    ("Caseload of ninety kids") and a price asked down ("for half my price") give no chip of those
#    kinds (the last two the work's); "thankfully" is relief, no thanks, and tears the writer only
#    looks as if they shed ("my eyes look like I've been crying") no sadness; a baby named by the
#    case the writer met them through ("the baby on the Anfield case") is no family, a bill named by
#    a clinician ("Vet bill was £400") money alone, and friends named as whose holidays follow no
#    strain with them. Forms several writers label alike: one of the public who shouts at the writer
#    ("A dad shouted at me at the gate") is the work's strain beside the quarrel, the writer
#    undercut by a rival the work's by itself, and a hurt counted by its stitches health. Polarity:
#    what the writer cannot put down ("Can't stop seeing the baby from Tuesday") and a phone that
#    never stopped are bad parts, and so is an all-clear conceded before a lasting harm ("all fine,
#    but my heart's still going"); praise alone with a tail ("Lovely stuff") or after a fragment
#    naming a trouble ("zero sales. lovely") is irony; a piece of work the writer opens a sentence
#    on as finished ("Finished the wet room in Didsbury") is good news.
# 48: wrong chips of a blind batch read as classes of wording: a relative's home named as where
#    the writer went or came from ("got lost driving to my sister's house"), someone met named
#    with a treatment they are going through ("a girl going through chemo"), a boiler placed in
#    a building that is no home ("Boiler in the sports hall"), strength worn out by a day ("my
#    eyes are shot by Friday"), a vet beside a yard's horses ("the old cob"), parents told of as
#    a kind of people ("by parents who've never learnt my name"), a thing called the writer's
#    office ("my car is basically my office") and tears of someone named before a place ("the
#    little girl on him cried") give no chip of those kinds. Forms several writers label alike:
#    miles driven counted to a span ("Four hundred miles this week") are the commute; one of the
#    public who swears at or threatens the writer, someone the writer works for calling at a late
#    hour ("My manager rang at 9pm"), a caseload or a backlog counted and someone else's work
#    put on the writer's ("his patch is mine now") are the work; the blame landing on the writer
#    ("I got the blame") is a quarrel; a target hit is good news.
# 49: wrong chips of a blind batch read as classes of wording: a relative's home left unsaid
#    ("everyone's at Nan's for dinner"), coming in or back from work and the writer's help joined
#    by "and" to another's trouble ("… and I'm helping her sort the embassy stuff") give no chip
#    of those kinds. Forms several writers label alike: a dizzy spell, vertigo, food poisoning,
#    sore gums, bedbugs, a needlestick and a worn-out lower back are health; someone snapping
#    at the writer and the writer's own voice raised or temper lost at someone are a quarrel;
#    one the writer serves turning up late, counted ("client turned up 40 minutes late"), is
#    the work; pay held still ("Day rate's been frozen") is money; sleep told as never had
#    ("Never sleep after gigs") is poor sleep; someone ghosting the writer is a bad part.
#    Feelings: the writer's shaking told by when it came ("shaking afterwards", "drove home
#    shaking") is fright, someone else's shaking theirs; "I feel like such an idiot" is shame
#    and "jumpy" nerves are anxiety.
# 50: wrong chips of a blind batch read as classes of wording: a place a scene is likened to
#    ("like sharing at uni again"), a bank after someone else's possessive ("every client's bank
#    feed", "Dad's bank") and someone the writer takes somewhere ("Took my daughter to the open
#    day") give no chip of those kinds. Forms several writers label alike: a talk that turned
#    into a row and a tongue bitten in a clash are a quarrel; automated job rejections and a
#    grant application the work; business rates, the trade's van failing its MOT and a cost
#    risen told past what it is on ("rent on the unit up fifteen percent") or as a sum hit
#    ("costs have hit 600") money; a date told as looming a time limit; teeth and a jaw hurt
#    health. Polarity: a first after "than" measures a cost ("cost more than my first car"),
#    work "still outstanding" is owed, a reproach that the writer likes a thing more than those
#    who say it is theirs, a firm gone bust is a bad part, and praise after a sentence naming the
#    writer's anger is irony. Feelings: made two inches tall or daft is shame, a slight that
#    still stings sadness, a heart still going after a fright and not daring anxiety, a tongue
#    bitten, the writer snapping at everyone and a trouble counted by its repeats ("for the
#    fourth time") anger.
# 51: wrong chips of a blind batch read as classes of wording: stressor words in other senses
#    (tips as advice, an essay's argument, a bell or an email "fired", a thing "doing its job"),
#    a cost "worth every argument", a friend "of mine", someone met who "took ill", anyone at
#    work named by whose relative follows, a public body that "can't afford it" and a feeling
#    made a kind of people ("the nervous ones") give no chip of those kinds. Forms several
#    writers label alike: pay withheld ("I don't get paid for any of them", "no fee") money;
#    time left counted to a limit ("is in nine days") a deadline beside work told unfinished.
#    Feelings: the writer's own good news exclaimed ("Passed my theory test!!") joy, as the guide
#    says, never relief at an all-clear or at a thing right "for once"; an "as if" retort anger;
#    a head that "goes quiet" calm. A writing prompt's heading left as the app put it is the
#    app's question, read as blank space.
# 52: wrong chips of a blind batch read as classes of wording: a body part told as a reach ("up
#    to my knees", "mud to our knees"), "all night" spent on what caused an ache, someone
#    else's late or elderly relative, the team named before a meal, a commendation and a
#    gathering named for its people (the quarrel at it stays the writer's) give no chip of
#    those kinds; "to be signed off" by a date is approval, no sick note. Forms several writers
#    label alike: "words were had" and a slight "to my face" conflict; a waiting list that
#    "says" a length, a part that won't move, a voice "going" and skin rubbed raw health;
#    "nothing lined up", a charge someone "wants to double", a sum in figures lacked or reached
#    ("£900 I haven't got", "ran us $430", "bills came to £900") money. Feelings: any sentence
#    exclaimed with only good parts and no feeling named joy, a trouble ended ("not sick
#    anymore!") relief; a word echoed alone ("… on a Saturday. Two.") anger; a match "abandoned
#    by four" no loneliness, manners ("please and thank you") no thanks, "hopeless at it" no
#    sadness. Polarity: "nothing beats", "nothing better", "what a star" and a kind note praise;
#    a sentence signed off "Love that for us." the irony's target.
# 53: wrong chips of a blind batch read as classes of wording: a leak told of a named thing
#    that is no part of a home ("the snow machine is leaking", "Goggles leak"), a person from
#    a place of study ("a friend from uni"), a parent beside a young animal ("mother and calf"),
#    a woman said to be due, a patient classed by an ailment or named by a part ("the teenager
#    with the knee"), a teenager named with "the" and a vehicle only heard give no chip of those
#    kinds. Forms several writers label alike: two people's work covered by one ("covering two
#    caseloads") work; a rate of pay, a premium, a cost called eye-watering and money chased
#    money; pins and needles, steroids and a heel screaming health; lying awake and a few
#    hours' kip sleep; "due end of the month" a deadline. Polarity: an ability back ("I can
#    feel my fingertips again"), a first for a long while ("first scarf since March") and
#    "grand" as fine are good news, a thing leaking and "cool cool" a grumble. Feelings: a plain
#    event exclaimed or shouted in capitals joy (not after a trouble), "Again." alone after a
#    trouble, a word echoed with its article ("A YEAR.") and blame laid on the writer ("somehow
#    it's my fault") anger, "couldn't have done it without them" gratitude; "steady" of a thing
#    held and a bad feeling never given ("never once made me feel stupid") not felt.
# 54: wrong chips of a blind batch read as classes of wording: a stressor word naming a kind of
#    thing (the family history society, a phone contract, line-marking paint, a budget meeting),
#    a stomach in knots however many words between, plural relatives' home reached "at my
#    in-laws'", money disowned next ("Not my money, thankfully") and a close person's rotten or
#    grim time give no chip of those kinds. What "gone" says after something the writer had: a
#    body part gone ("Back's gone") gave out, health; a sum gone ("that's January's income
#    gone") money lost. Forms several writers label alike: a part worn down by a cause ("done my
#    knee in", "wrecking my stomach"), a part that is agony, eyes dry or gritty, a specialty's
#    waiting list and a physio's word on rest health; a cost not reimbursed money; a voice
#    raised at the writer however said and a quarrel "got into" conflict, one of the public
#    calling the writer names the work too. Feelings: a fist punched in the air, the writer's
#    own stock sold out and "felt like myself again" joy; "not proud of" and feeling awful about
#    what one did shame; "ffs" and a stranger called "some clown" anger; "bracing myself"
#    anxiety; a home gone so quiet loneliness; a product sold by a feeling ("a calming serum")
#    no feeling of the writer's.
# 55: wrong chips of a blind batch read as classes of wording: a close person's diagnosis told
#    at once after them ("My sister was diagnosed …", with the writer's own words after it), a
#    repair placed about the town ("a leak across town", "every boiler in town"), a junior's
#    trouble, dreaming "already" of a thing to come, the parent of children named with "the"
#    ("The twins' mum"), "the family" placed where the writer saw them, a mate spoken to
#    between commas, a body part stared at, a relative laughing and an exam passed with a long
#    name between ("Passed the final of my professional exams") give no chip of those kinds.
#    Forms several writers label alike: a payment refused for a reason given ("won't pay
#    because …"), a voice raised at the crew ("shouting at us") and one who swears blind the
#    writer did a wrong conflict; no full day off and on call all weekend work; a long journey
#    each way ("three hours each way") commute; someone wanting a thing by a named day
#    ("wants sign-off by Monday") a deadline; the writer in agony, glandular fever and a sense
#    "not what it was" health; a roof or ceiling dripping home; orders dried up money.
#    Polarity: "can't quite believe it" is wonder, a treatment "seems to be working" good news,
#    and "than last year" measures today, no time left behind. Feelings: a grievance closed
#    with a lone "honestly" anger; "had us all in stitches" and "felt like flying" joy; a
#    handshake, jumpy legs and a funny look no feeling of the writer's.
# 56: wrong chips of a blind batch read as classes of wording: a fright told as a heart attack
#    nearly had ("nearly had a heart attack when …") is anxiety and no illness; the time between
#    jobs, calls or clients says when; a university someone else goes to ("Everyone's off to
#    uni") is theirs; leave told as leave ("Off sick and …", "sick note's in", "sick pay") names
#    no illness of its own; teeth in an idiom or in grit, "chilled to the bone", "lucky her" and
#    a tap or a willow "weeping" name no trouble or feeling of the writer's. Forms several
#    writers label alike: work owed by a limit told by a count still to do ("Forty casks to char
#    by the end of the month") or a blank or unsigned page is a deadline; a condition named by
#    its medical name (tonsillitis, a fracture, earache, "in plaster", "op date") health;
#    snoring heard poor sleep; a margin gone and earnings down ("Tips are down") money; a
#    telling-off by its slang ("got a roasting from the foreman") conflict. Feelings: a small
#    win and a melted heart joy; tears that come every time ("can't think about it without
#    crying") sadness; "for the privilege" and "that's three times" anger.
# 57: wrong chips of a blind batch read as classes of wording: "ticked off" told of a task
#    done ("ticked off for another three years") is a box checked, no anger; tears called happy
#    ("cried happy tears", "wept with joy") are joy with no sadness inside; a partner after
#    "whose" ("a guy whose wife just died") is that person's; a time before work or a shift
#    says when; a kind of job someone says the writer should get ("should get a part-time
#    job") is their nag. Forms several writers label alike: someone wanting a thing by an
#    hour, a date or the end of the month ("wants the route done by 2") is a deadline; a
#    plain task the body fails ("can barely grip a mug", "couldn't lift the kettle") and a
#    long-standing condition by its name (sciatica, tinnitus, carpal tunnel, "the bunion op")
#    or a medicine by its name (painkillers, an inhaler, insulin) health. Feelings: nowhere
#    else the writer would rather be calm; second-guessing anxiety.
# 58: wrong chips of a blind batch read as classes of wording: a senior nurse by her title
#    ("Ward sister had a go at me") is the work, no sister of the writer's; a room or a home
#    "gutted" is a place stripped bare, no sadness, though still bad news; a test told clear,
#    normal, benign or negative right after it ("the biopsy's clear") settles the health worry;
#    a relative's home named by the relative ("at my brother's") says where; longing for home
#    ("Missing home, the whole family's in Wellington") is loneliness, no family strain; a year
#    written short ("back in '09") dates a past as the full year does; a phone "on contract" is
#    a household deal, no work; a symptom settled ("the night sweats have settled down") is no
#    calm; hopes kept down ("trying not to get my hopes up") no hope. Irony: closing praise
#    after a thing the writer cannot get or one that will not work ("doesn't fit through the
#    door, so that's fun") is anger. The writer and another at each other ("Hubby and I
#    snapped at each other") is the writer's quarrel.
# 59: wrong chips of a blind batch read as classes of wording: a family of things ("one patent
#    family") is no kin and a meeting room a place, no meeting; a trouble told then "back to
#    normal now" or "all cleared now" is over; someone who keeps ringing the writer for advice
#    or with questions is no annoyance; a person the writer can't tell or is ashamed to tell
#    is a listener; an employer that won't pay for staff, and a till found short, are the
#    work's purse, no money of the writer's; a relative's room or sofa the writer stays in
#    says where. Strain read in more words: a decent kip not had, "lain awake"; abuse shouted
#    or a voice raised at all of us; someone sure the writer took or broke a thing. Feelings:
#    delight shown ("best night in ages", "loved every minute", "can't stop smiling") and the
#    writer "really pleased" joy; "feel like a rubbish dad", "such a fraud" shame; "daylight
#    robbery" and a report closed by "the cheek", "bloody ridiculous" or "no thank you" anger;
#    laughing it off no joy.
# 60: wrong chips of a blind batch read as classes of wording: money named as why the writer
#    does a thing ("only volunteered for the money") is a motive; a person due somewhere ("I'm
#    due in at eight") is expected, no deadline; a trouble the writer says they don't mind is
#    taken back; a relative the writer only feels for ("…, I feel for him", "so unfair on
#    him") has the trouble; a diagnosis counted from ("since the diagnosis") says when; a
#    complaint not made ("without one word of complaint") is praise. A sentence opened by
#    "Last" and an occasion gone by ("Last drought …", "Last trial …") and turned to "now" or
#    "this …" in the same sentence is over; "dead quiet" is "very quiet". Feelings: ironic
#    thanks after a trouble ("thanks a bunch Navy", "cheers for that") anger; tears in his or
#    her eyes theirs; a symptom or the weather that calms ("the tics have calmed right down")
#    no calm of the writer's.
# 61: wrong chips read as classes of meaning that reach other writers: a person the writer
#    thanks in the same breath ("I'll never be able to thank him enough", "I owe her
#    forever", "so kind") is support, no stressor; a mishap that befell someone the writer
#    works beside ("Marco on the other shift got kicked", "Coworker slipped on the catwalk",
#    "Sharon from the day team is going through a rough divorce") is their news, no work
#    strain; a footing missed ("missed the kerb getting off the bus") or "broke into a
#    gallop" is no trouble of the journey; a body mended in a set phrase ("right as rain now
#    after the physio") is over. Feelings: a sore "sore and weepy" leaks, no sadness.
# 62: more wrong chips read as classes of meaning that reach other writers: a close person who
#    carries the writer's share while the writer blames themself ("my husband had to pour my
#    tea and honestly I was embarrassed", "Wife is doing everything and I feel like a
#    burden") is support, and the chores they carry theirs; a trouble told in the past, then
#    a turn to a good present ("A year in, I'm at peace with it", "This time I've got a
#    routine", "Turns out I quite like this", "these days I'm good") is over; clothes worn to
#    work ("Wore my hair loose to the office") make work where, not what; a trouble of
#    another's met with a kindness ("…, I keep sending her videos", "I made her dumplings")
#    is theirs. Feelings: "funny" as odd ("my eyes have gone funny", "…, funny that") no joy.
# 63: known classes read in new wordings, and a few new ones: a partner named by a pastime
#    ("my tag partner", "climbing partner") is no relationship; a tease or row the two
#    ended laughing over ("we laughed about it") is made up; a close person whose wage or
#    patience the household lives on ("we're on my husband's wage now") is support; pay told
#    whole or better ("on full pay", "same pay", "they pay double") or what a hoped thing
#    would pay ("it'd pay the mortgage for a year") is no money strain; a block after a
#    preposition ("round the block", "on a small block") is a place, not a bad word; a job
#    lost by "the fella who had the suit before me" is his. Feelings: a pity's "shame cos
#    …" is no shame, a joke that "stopped being funny" no joy.
# 64: a body part said to scream at the writer ("my back's absolutely screaming at me") is
#    its ache, no quarrel; the writer's family told as the line that worked the trade ("three
#    generations of our family worked them") names the writer's work; the writer crawling
#    about a bus or a train ("I was crawling round the carriage floor") is a mishap on board,
#    no commute; a job named as why the writer moved ("since I moved here for the new job")
#    says why, no work strain; what a slip cost in a game ("cost us the game") is no money;
#    a roof named by a place that is no home ("band room roof's leaking") is no home repair.
#    Polarity: a shot or a pass blocked ("our keeper blocked twenty shots") is a save, not a
#    bad word. Feelings: a hope told as had before a loss ("we had such high hopes for that
#    one") is no hope now.
ANALYSER_VERSION: Final = 64
