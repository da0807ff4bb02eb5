"""Sentence templates for the demo journal.

Why templates and not a language model: the demo must be deterministic, instant and offline,
and its ground truth (which day mentions which activity) must be known exactly. Sentences are
grouped by topic and tone ("up", "mid", "down") and carry ``{slot}`` fields filled from the
small cast below, so a few hundred templates give thousands of distinct sentences: enough for
search, keyword extraction and topic features to have something real to chew on.
"""

from __future__ import annotations

from typing import Final

Tone = str  # "up" | "mid" | "down"
TONES: Final[tuple[str, str, str]] = ("up", "mid", "down")

SLOTS: Final[dict[str, tuple[str, ...]]] = {
    "friend": ("Sam", "Priya", "Tom", "Lena", "Jonas", "Aisha", "Marco", "Mia", "Ruth"),
    "family": ("Mum", "Dad", "my sister Clara", "my brother Ben", "Grandma", "my aunt Vera"),
    "colleague": ("Henrik", "my manager Dana", "Olu", "the new intern", "Greta", "Farid"),
    "project": ("the migration", "the quarterly report", "the client pitch", "the audit",
                "the onboarding guide", "the budget review", "the website redesign"),
    "place": ("the river path", "the old harbour", "the botanical garden", "the hill behind the"
              " station", "the lake", "the allotment", "the woods near the ring road"),
    "food": ("lentil soup", "a big salad", "pasta with too much garlic", "curry", "pancakes",
             "roast vegetables", "ramen", "a simple omelette"),
    "book": ("a crime novel", "a book about trees", "an old poetry collection", "a biography",
             "a sci-fi paperback", "a memoir a friend lent me"),
    "show": ("a nature documentary", "a silly baking show", "an old sitcom", "a detective"
             " series", "a football match"),
    "hobby": ("sketching", "the guitar", "the crossword", "baking bread", "the jigsaw",
              "repotting plants", "writing letters"),
    "body": ("my back", "my shoulders", "my head", "my stomach", "my knee", "my jaw"),
    "therapist": ("Dr. Okafor",),
}  # fmt: skip

# ---- topics: sentences by tone -------------------------------------------------------------------
TOPICS: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "work": {
        "up": (
            "Work went better than expected: {colleague} liked my draft of {project}.",
            "Finished a big chunk of {project} before lunch and actually felt proud of it.",
            "Had a good meeting where people listened, and I said what I meant.",
            "Left the office on time for once and the evening felt long and open.",
            "{colleague} thanked me for the help last week, which I didn't expect.",
            "Closed my laptop at five and didn't open it again. Small win.",
            "The deadline for {project} moved, and with it a weight I didn't know I carried.",
        ),
        "mid": (
            "Work was work: emails, a long call, some progress on {project}.",
            "Spent most of the day on {project}; nothing dramatic either way.",
            "A quiet day at my desk. I got through the list, more or less.",
            "Had a one-to-one with {colleague}; we agreed on priorities for next week.",
            "Too many meetings again, but they were mostly short.",
            "I keep thinking about whether this job is where I want to be in five years.",
        ),
        "down": (
            "Work was heavy today. {project} is behind and it feels like my fault.",
            "{colleague} was short with me in the meeting and I replayed it all afternoon.",
            "Stayed late again to fix things on {project}. I'm running on fumes.",
            "I froze when asked a simple question in the meeting and felt stupid for hours.",
            "Opened my inbox at 7 a.m. and it set the tone for the whole day.",
            "I can't seem to switch off from work; even in the shower I was drafting emails.",
            "Got critical feedback on {project}. I know it's fair, but it stung.",
        ),
    },
    "family": {
        "up": (
            "Long phone call with {family}; we laughed about old holiday disasters.",
            "{family} came over for dinner and we cooked {food} together.",
            "Got a sweet message from {family} out of nowhere.",
            "Video call with {family}, the kind where nobody wants to hang up.",
            "Helped {family} with the garden and it felt good to be useful.",
        ),
        "mid": (
            "Called {family} for the weekly catch-up. Usual news, usual worries.",
            "{family} asked again when I'm visiting. I should book the train.",
            "Sorted out some paperwork for {family}; tedious but done.",
            "Family group chat was busy today, mostly photos of food.",
            "Thought about how {family} and I have both changed in the last few years.",
        ),
        "down": (
            "Tense call with {family}. Old arguments in new clothes.",
            "I miss {family} more than I admit to anyone.",
            "{family} isn't well and I feel helpless from this far away.",
            "Felt guilty for not calling {family} back for a week.",
            "A comment from {family} stuck with me all evening.",
        ),
    },
    "friends": {
        "up": (
            "Met {friend} for coffee and we talked for three hours without noticing.",
            "Board games at {friend}'s place; I laughed until my face hurt.",
            "{friend} and I cooked {food} and ate it on the balcony.",
            "Surprise visit from {friend}. Exactly what I needed.",
            "Went to a gig with {friend}; the music was loud and my head went quiet.",
            "{friend} remembered something small I told them months ago. I felt seen.",
        ),
        "mid": (
            "Texted with {friend} about nothing in particular.",
            "Quick lunch with {friend}; nice, if a bit rushed.",
            "Made plans with {friend} for the weekend, we'll see if they hold.",
            "Group chat planning a trip that will probably never happen.",
            "Had {friend} over briefly to return a book.",
        ),
        "down": (
            "Cancelled on {friend} again. I just didn't have it in me.",
            "Saw photos of everyone at {friend}'s party and felt left out.",
            "I wanted to call {friend} but was scared of being a burden.",
            "Conversation with {friend} felt forced; maybe it was just me.",
            "Nobody replied to my message in the group chat and I read too much into it.",
        ),
    },
    "sleep": {
        "up": (
            "Slept almost nine hours and woke up before the alarm.",
            "Went to bed early without my phone and it made a real difference.",
            "A proper night's sleep. Everything looks more manageable.",
            "Woke up rested for the first time this week.",
        ),
        "mid": (
            "Sleep was okay, a bit broken around 3 a.m.",
            "Went to bed too late again, scrolling for no reason.",
            "Dreamt about my old school, which was strange but not unpleasant.",
            "Napped for twenty minutes after lunch and felt better for it.",
        ),
        "down": (
            "Barely slept. Lay awake going over everything I said today.",
            "Woke at 4 a.m. with my heart racing and couldn't get back to sleep.",
            "Another night of bad sleep; the whole day felt like wading through mud.",
            "I keep staying up late because it's the only time that feels like mine.",
            "Too tired to think clearly, too wired to rest.",
        ),
    },
    "exercise": {
        "up": (
            "Went for a run along {place}; the first ten minutes were hard, the rest were great.",
            "Yoga class this evening. My shoulders finally let go.",
            "Swam forty lengths and felt strong in the water.",
            "Cycled to work and arrived awake and in a good mood.",
            "Beat my time on the usual loop. Small thing, felt big.",
        ),
        "mid": (
            "Short workout at home, nothing fancy.",
            "Stretched for fifteen minutes before bed, trying to make it a habit.",
            "Walked to the shops instead of taking the bus.",
            "Gym was crowded so I did half of my routine.",
        ),
        "down": (
            "Skipped the gym again. I know it helps and I still couldn't go.",
            "{body} hurts, so no running this week. I miss it.",
            "Tried to go for a run but turned back after five minutes.",
            "Haven't moved much all week and my body knows it.",
        ),
    },
    "nature": {
        "up": (
            "Walked around {place} at sunset. The sky was ridiculous.",
            "Sat by the water at {place} and watched the ducks for ages.",
            "The first warm day in a while; I ate lunch outside in the sun.",
            "Spent the afternoon at {place}. Mud on my boots, head clear.",
            "Saw a heron at {place}. I stood still until it flew off.",
        ),
        "mid": (
            "Grey day, but I still got out for a short walk.",
            "The leaves are turning; noticed it on the way home.",
            "Watered the plants on the balcony and checked on the tomatoes.",
            "It rained all day and I listened to it from the sofa.",
        ),
        "down": (
            "Didn't go outside at all today. The flat feels smaller.",
            "Dark by four o'clock. Winter is long this year.",
            "Meant to walk at {place} but stayed in bed instead.",
            "Everything outside looked grey and flat, a bit like me.",
        ),
    },
    "therapy": {
        "up": (
            "Good session with {therapist}; we named a pattern I keep repeating.",
            "{therapist} pointed out how much progress I've made since spring.",
            "Left therapy lighter. Saying things out loud takes their teeth out.",
            "Tried the breathing exercise from therapy during a stressful call. It worked.",
        ),
        "mid": (
            "Therapy today. We talked about boundaries, again.",
            "{therapist} gave me homework: notice when I apologise for nothing.",
            "Not much came up in therapy; sometimes that's how it goes.",
            "Wrote down three thoughts to bring to the next session.",
        ),
        "down": (
            "Hard session with {therapist}. We touched something I'd rather keep buried.",
            "Cried in therapy, which I guess is the point, but I'm drained.",
            "Almost cancelled therapy. Glad I didn't, but it was tough.",
            "Talked about the old stuff with {therapist} and it left me raw.",
        ),
    },
    "anxiety": {
        "up": (
            "Noticed the anxious thoughts and let them pass instead of chasing them.",
            "The thing I was dreading turned out to be fine. Noting that for next time.",
            "Felt calm in a situation that would have panicked me a year ago.",
            "Used the 5-4-3-2-1 grounding trick on the tram and it helped.",
        ),
        "mid": (
            "A bit on edge today, nothing I couldn't handle.",
            "Made a list of what I'm worried about; half of it isn't mine to fix.",
            "Caught myself catastrophising about a late reply and laughed at it.",
            "Some background worry all day, like a radio left on in another room.",
        ),
        "down": (
            "Anxiety all day, tight chest and racing thoughts.",
            "Had a small panic in the supermarket and left without half the shopping.",
            "I keep imagining the worst about {project} and can't stop.",
            "My mind won't stop spinning. Everything feels urgent and impossible.",
            "Checked my phone a hundred times waiting for bad news that never came.",
        ),
    },
    "gratitude": {
        "up": (
            "Grateful for {friend}, for warm {food}, and for a quiet evening.",
            "Three good things: a sunny walk, a kind email, {food} for dinner.",
            "I have more support around me than I usually give credit for.",
            "Thankful that my body carried me up the hill at {place} today.",
            "Grateful for {family}'s patience with me lately.",
        ),
        "mid": (
            "Trying the gratitude list again: coffee, the bus being on time, clean sheets.",
            "One good thing today: {food} turned out well.",
            "I'm grateful for ordinary days, even if they're a bit dull.",
            "Good thing: {colleague} covered for me when I needed a break.",
        ),
        "down": (
            "Hard to find things to be grateful for today, but the tea was good.",
            "Forcing myself to write one good thing: {friend} texted.",
            "Even on a bad day, the cat curled up next to me. That counts.",
            "I know I have a lot to be thankful for, which makes feeling bad feel worse.",
        ),
    },
    "loneliness": {
        "up": (
            "Spent the day alone and it felt like rest, not absence.",
            "Enjoyed my own company at the cinema tonight.",
            "Realised I haven't felt lonely in weeks. Noticing it.",
        ),
        "mid": (
            "Quiet weekend, mostly on my own. Mixed feelings about that.",
            "Ate dinner alone with a podcast for company.",
            "The flat is very quiet in the evenings lately.",
            "Wondering whether I should join a club or a class to meet people.",
        ),
        "down": (
            "Lonely tonight. Scrolled through contacts and didn't call anyone.",
            "Everyone seems to have someone to go home to.",
            "Went a whole day without speaking to anyone out loud.",
            "Felt invisible in a room full of people at the event.",
            "I miss being close to someone, the easy kind of close.",
        ),
    },
    "creativity": {
        "up": (
            "Spent two hours on {hobby} and lost track of time completely.",
            "Finally finished the piece I started in winter. I love how it turned out.",
            "Played around with {hobby} with no goal; that freedom felt good.",
        ),
        "mid": (
            "Picked up {hobby} again for half an hour.",
            "Started {book}; not sure yet whether I like it.",
            "Watched {show} and half-worked on {hobby}.",
        ),
        "down": (
            "Tried {hobby} but everything I made felt clumsy.",
            "Haven't touched {hobby} in weeks; it feels like another thing I've let go.",
            "Couldn't concentrate on {book} at all; read the same page four times.",
        ),
    },
    "health": {
        "up": (
            "Headache gone, energy back. I forget how good normal feels.",
            "Doctor said the results are fine. Relief.",
            "Ate properly all day: breakfast, {food}, fruit. Felt the difference.",
        ),
        "mid": (
            "Booked the dentist, finally.",
            "{body} a bit stiff, probably the desk chair.",
            "Trying to drink more water; managed about half of what I meant to.",
        ),
        "down": (
            "{body} has been aching all day and it makes everything harder.",
            "Coming down with something. Sore throat and low mood, the usual pair.",
            "Skipped meals again because I couldn't be bothered to cook.",
            "Had too much wine last night and paid for it all day.",
        ),
    },
    "home": {
        "up": (
            "Cleaned the whole flat and opened all the windows. It feels like a fresh start.",
            "Cooked {food} from scratch and it was genuinely good.",
            "Rearranged the living room; the reading corner is perfect now.",
        ),
        "mid": (
            "Laundry, groceries, dishes. The admin of being a person.",
            "Watched {show} on the sofa with a blanket.",
            "Read {book} for an hour before bed.",
        ),
        "down": (
            "Dishes piling up and I can't face them.",
            "Spent the evening in front of {show} without really watching it.",
            "The mess in the flat mirrors the mess in my head.",
        ),
    },
    "travel": {
        "up": (
            "Wandered the old town all morning with no plan at all.",
            "Tried a local dish I can't pronounce and loved it.",
            "Swam in the sea before breakfast. Unbeatable.",
            "Strangers were kind today: a woman drew me a map on a napkin.",
        ),
        "mid": (
            "Travel day: trains, queues, a sandwich eaten standing up.",
            "Jet lag is confusing my stomach and my sleep.",
            "Rainy day on holiday, so we went to a museum.",
        ),
        "down": (
            "Homesick tonight, which surprised me.",
            "Travelling is harder than I remembered; too many decisions.",
            "Missed a connection and spent hours at the station feeling useless.",
        ),
    },
}

TOPIC_TAGS: Final[dict[str, tuple[str, ...]]] = {
    "work": ("work", "career", "stress"),
    "family": ("family",),
    "friends": ("friends", "social"),
    "sleep": ("sleep",),
    "exercise": ("exercise", "movement"),
    "nature": ("nature", "outdoors"),
    "therapy": ("therapy",),
    "anxiety": ("anxiety",),
    "gratitude": ("gratitude",),
    "loneliness": ("loneliness",),
    "creativity": ("creativity", "hobbies"),
    "health": ("health",),
    "home": ("home",),
    "travel": ("travel",),
}

# ---- titles ---------------------------------------------------------------------------------
TITLES: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "work": {
        "up": ("A good day at work", "Progress on {project}", "Left on time", "Work win"),
        "mid": ("Work notes", "Meetings, meetings", "About {project}", "Desk day"),
        "down": ("Work stress", "Behind on {project}", "Running on empty", "Hard meeting"),
    },
    "family": {
        "up": ("Dinner with {family}", "Call with {family}", "Family laughs"),
        "mid": ("Catching up with {family}", "Family admin", "Sunday call"),
        "down": ("Thinking about {family}", "Family tension", "Missing home"),
    },
    "friends": {
        "up": ("Coffee with {friend}", "Evening with {friend}", "Good company"),
        "mid": ("Plans with {friend}", "Quick lunch", "Group chat"),
        "down": ("Cancelled again", "Left out", "Didn't call {friend}"),
    },
    "sleep": {
        "up": ("Finally slept", "Rested", "Early night"),
        "mid": ("Broken sleep", "Late again", "Strange dreams"),
        "down": ("4 a.m. thoughts", "No sleep", "Exhausted"),
    },
    "exercise": {
        "up": ("Run along {place}", "Yoga evening", "Strong today"),
        "mid": ("Short workout", "Stretching", "Half a gym session"),
        "down": ("Skipped the gym", "Stuck on the sofa", "{body} again"),
    },
    "nature": {
        "up": ("Sunset at {place}", "Outside at last", "A heron"),
        "mid": ("Grey walk", "Rain day", "Balcony garden"),
        "down": ("Stayed in", "Dark afternoons", "Flat and grey"),
    },
    "therapy": {
        "up": ("Good session", "Therapy insight", "Lighter"),
        "mid": ("Therapy notes", "Homework from {therapist}", "Boundaries"),
        "down": ("Hard session", "Raw", "After therapy"),
    },
    "anxiety": {
        "up": ("Letting thoughts pass", "Calmer than before", "Grounded"),
        "mid": ("Background worry", "Worry list", "On edge"),
        "down": ("Anxious", "Spinning", "Tight chest"),
    },
    "gratitude": {
        "up": ("Three good things", "Grateful", "Thank you, {friend}"),
        "mid": ("One good thing", "Ordinary gratitude", "Small mercies"),
        "down": ("Looking for one good thing", "Still grateful?", "The cat counts"),
    },
    "loneliness": {
        "up": ("My own company", "Alone, not lonely", "Quiet and fine"),
        "mid": ("Quiet weekend", "Dinner for one", "Meeting people"),
        "down": ("Lonely", "Invisible", "Nobody to call"),
    },
    "creativity": {
        "up": ("Lost in {hobby}", "Finished it", "Making things"),
        "mid": ("Back to {hobby}", "Reading {book}", "Half-creative evening"),
        "down": ("Clumsy hands", "Creative block", "Same page four times"),
    },
    "health": {
        "up": ("Feeling well", "Good news from the doctor", "Eating well"),
        "mid": ("Health admin", "Stiff", "Water"),
        "down": ("Aching", "Coming down with something", "Hangover"),
    },
    "home": {
        "up": ("Fresh start", "Cooking {food}", "Reading corner"),
        "mid": ("Chores", "Sofa evening", "Bedtime reading"),
        "down": ("Dishes", "Mess", "Not really watching"),
    },
    "travel": {
        "up": ("Old town wandering", "Sea swim", "Kind strangers"),
        "mid": ("Travel day", "Museum in the rain", "Jet lag"),
        "down": ("Homesick", "Missed connection", "Too many decisions"),
    },
}

TITLE_FRAMES: Final[tuple[str, ...]] = (
    "{title}",
    "{title}",
    "{title}",
    "{weekday}: {lower}",
    "{weekday} {part}",
    "{part} thoughts — {lower}",
    "{month} notes: {lower}",
    "{title} ({weekday})",
)

# ---- glue -----------------------------------------------------------------------------------
OPENERS: Final[dict[str, tuple[str, ...]]] = {
    "up": (
        "Today was a good one.",
        "Writing this with a smile, which doesn't happen every day.",
        "Lighter today.",
        "I want to remember this day.",
        "A day worth writing down.",
        "Feeling more like myself.",
        "Something shifted today, in a good way.",
        "Energy was up from the moment I woke.",
    ),
    "mid": (
        "Just checking in.",
        "Nothing special to report, but I said I'd write.",
        "An in-between kind of day.",
        "Quick entry before bed.",
        "Writing to clear my head a bit.",
        "Not good, not bad.",
        "Keeping the habit going.",
        "A few notes from today.",
    ),
    "down": (
        "Rough day.",
        "I don't really want to write, which is probably why I should.",
        "Heavy day, heavy head.",
        "Not a great one.",
        "Everything felt like too much today.",
        "Struggling a bit this week.",
        "Low again.",
        "Writing this from under a blanket.",
    ),
}

EMOTION_LINES: Final[tuple[str, ...]] = (
    "If I had to name the feeling, I'd say {emotion}.",
    "Mostly I feel {emotion}.",
    "The word for today is {emotion}.",
    "Underneath everything, {emotion}.",
    "Checking in with myself: {emotion}, and a bit {emotion2}.",
    "I notice I'm {emotion}, maybe also {emotion2}.",
    "Feeling {emotion} right now.",
)

REFLECTIONS: Final[dict[str, tuple[str, ...]]] = {
    "up": (
        "I want to remember that days like this exist when the next bad one comes.",
        "Note to self: the walk and the people are what help.",
        "It's easy to forget how much small routines matter.",
        "Maybe I'm doing better than I think.",
        "More of this, please.",
    ),
    "mid": (
        "Tomorrow I want to get outside earlier.",
        "I should probably go to bed at a reasonable time for once.",
        "I wonder what next month will look like.",
        "Trying not to judge the day, just describe it.",
        "Maybe that's enough for today.",
    ),
    "down": (
        "I know it passes. It just doesn't feel like it right now.",
        "Tomorrow: one small thing. Shower, walk, text someone.",
        "Being kind to myself is harder than being kind to anyone else.",
        "I should tell someone how I'm doing instead of pretending.",
        "Writing it down makes it a little smaller.",
    ),
}

CLOSERS: Final[dict[str, tuple[str, ...]]] = {
    "up": ("Good night.", "Grateful for today.", "Sleeping well tonight, I hope.", "More soon."),
    "mid": ("That's all for now.", "Bed.", "Onwards.", "We'll see tomorrow."),
    "down": ("Going to try to sleep.", "That's enough for today.", "Tomorrow is another go.",
             "Bed, and hope."),
}  # fmt: skip

VOICE_PREFIXES: Final[tuple[str, ...]] = (
    "Quick voice note on the way home.",
    "Recording this because I can't be bothered to type.",
    "Voice memo, walking back from the shop.",
    "Talking this out instead of writing it.",
)

CHECKIN_NOTES: Final[dict[str, tuple[str, ...]]] = {
    "up": ("Good chat with {friend}.", "Sunny and out early.", "Productive day.",
           "Lovely dinner: {food}.", "Felt strong on the walk.", "Laughed a lot today."),
    "mid": ("Long day.", "Busy with {project}.", "Tired but okay.", "Rainy.",
            "Quiet evening.", "Meh."),
    "down": ("Couldn't sleep.", "Stressful meeting.", "Headache all day.", "Stayed in.",
             "Missing people.", "Work worries about {project}."),
}  # fmt: skip

# ---- recovery scenarios: (activities, title, sentence, tags) ------------------------------------
RECOVERY_SCENARIOS: Final[tuple[tuple[tuple[str, ...], str, str, tuple[str, ...]], ...]] = (
    (("walk", "friends"), "A walk with Sam",
     "Went for a long walk with Sam along the river, first time I felt lighter in days.",
     ("friends", "walk")),
    (("therapy",), "Therapy helped",
     "Therapy session with Dr. Okafor today. Saying the last few days out loud took the weight"
     " off, and I walked out feeling lighter.", ("therapy",)),
    (("nature", "walk"), "Out to the lake",
     "Forced myself out to the lake and walked for two hours in the cold; by the end my head"
     " was clear for the first time this week.", ("nature", "walk")),
    (("exercise", "friends"), "Back at the climbing gym",
     "Priya dragged me to the climbing gym. I was sure I'd hate it, and instead I came home"
     " tired in the good way and finally hungry again.", ("exercise", "friends")),
    (("friends", "cooking", "good meal"), "Dinner with Tom and Lena",
     "Had Tom and Lena over and we cooked together; a proper meal and real laughter, first"
     " time in days the fog lifted.", ("friends", "cooking")),
    (("yoga", "meditation"), "Back on the mat",
     "Went back to the evening yoga class and stayed for the meditation afterwards. My"
     " shoulders dropped for the first time in days.", ("yoga", "meditation")),
)  # fmt: skip

DECLINE_LINES: Final[tuple[str, ...]] = (
    "Another day lower than the last. I can feel myself sliding.",
    "Third day in a row that everything feels heavier.",
    "I'm withdrawing again; I recognise the signs but can't stop it.",
    "Didn't reply to anyone today. Stayed up too late on my phone.",
    "I keep telling myself tomorrow will be better and then it isn't.",
    "The days are blurring together and none of them feel good.",
)
