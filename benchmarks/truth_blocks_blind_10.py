"""Question blocks written blind by someone else from block AR on (AR-AR), for
``bench_truth``; ``truth_blocks`` re-exports them (kept apart from ``truth_blocks_blind_9``,
which holds AM-AQ, only so no module passes 600 lines). The conventions they were
labelled by are in the comment above each block.
"""

from __future__ import annotations

# Written blind on 2026-12-06 by a new writer (fortieth batch, kept out of this file then), measured
# twice untouched (90 % then 94 % with MiniLM and the learned topic classifier, 11 no-data questions
# per seed, 1 then 0 of them answered with items per seed), studied in round 56 and tuned on like
# D-AQ. Its writer's conventions are AQ's ("Uncle Rhodri" is Rhodri, "my coworker Siosaia" is
# Siosaia, "my old flatmate Fenella" is Fenella, a bare "Lolo" as written; Swansea, Calgary and a
# flatmate's boyfriend only a story's background); the new wordings it brought: two feelings (more
# on edge after a day of arguing, gloomier after being worn out, more sluggish when sad, mortgage
# worries wrecking my nights), second person, time windows, days of the week, negations, a
# comparison (lacrosse against swimming), a place (Lindisfarne at Easter), canonical activities in
# new words (a stair machine at the sports centre, heather on the moor, a wander round the block
# with the pram, cans of lager on a school night, TikTok in bed till two, a paperback in the bath,
# Gran's old piano, Thursday sessions with a psychologist, dumplings folded by hand, a games night
# at my mates' flat, Sunday roasts at my folks', cat-cow stretches before breakfast, a pocket diary
# before the lamp goes off), activities the journal may not hold (origami, kendo, lacrosse),
# questions about the app or the world (dark mode, a full moon and sleep, the app offline on a
# plane), and the date of my last unbroken night, days since lengths at the outdoor pool and my last
# catch-up with my old flatmate Fenella as last time.
BLOCK_AR: tuple[tuple[str, str, str], ...] = (
    # anxiety
    ("my chest goes tight whenever a work email pings after six, what settles it", "anxiety", ""),
    ("when your nerves are shot before a big presentation, what's worked for you", "anxiety", ""),
    ("after a day of arguing with my partner do I end up more on edge", "anxiety", ""),
    ("sundays by teatime im all panicy n shaky, y", "anxiety", ""),
    ("all on edge today", "anxiety", ""),
    ("what has done nothing at all for the worrying", "anxiety", ""),
    # low mood
    ("haven't opened the curtains in three days, how do I climb out of this", "low_mood", ""),
    ("feelin proper flat n empty", "low_mood", ""),
    ("the day after I'm worn out, am I gloomier", "low_mood", ""),
    ("been in a slump since my birthday in October, anything that lifts it", "low_mood", ""),
    ("what makes no dent at all when I'm feeling hopeless", "low_mood", ""),
    ("feeling low ever since my brother moved out to Calgary", "low_mood", ""),
    # energy
    ("come Friday afternoon I'm running on fumes, why", "energy", ""),
    ("so tird all teh time, no get up n go", "energy", ""),
    ("when I'm sad do I end up more sluggish as well", "energy", ""),
    ("can barely drag myself up the stairs after work lately", "energy", ""),
    # sleep
    ("my sleep has gone to pot since the heatwave started", "sleep", ""),
    ("Thursday nights I jolt awake at three and that's me done", "sleep", ""),
    ("lying there fretting over mortgage repayments, is that what wrecks my nights", "sleep", ""),
    ("when you keep jolting awake before the alarm, what can you do", "sleep", ""),
    ("broken nights since my flatmate's boyfriend moved in with us", "sleep", ""),
    # stress
    ("kids off school and a report due, how do you stay sane", "stress", ""),
    ("up to my neck at the office since the two firms merged in March", "stress", ""),
    ("planning a wedding while starting a new job, how did I handle the pressure", "stress", ""),
    # activity: canonical, in new words
    (
        "twenty minutes on the stair machine at the sports centre, does my mood pick up",
        "activity",
        "exercise",
    ),
    ("an hour up among the heather on the moor, how do I come back", "activity", "nature"),
    ("a wander round the block with the pram after lunch, worth doing", "activity", "walk"),
    ("a few cans of lager on a school night, what do they do to me", "activity", "alcohol"),
    ("TikTok in bed till two, is that why the mornings are rough", "activity", "screen late"),
    ("a chapter of a paperback in the bath, does that settle me", "activity", "reading"),
    ("plonking away on Gran's old piano, any good for my mood", "activity", "music"),
    (
        "my Thursday sessions with the psychologist since new year, am I any better",
        "activity",
        "therapy",
    ),
    ("folding dumplings by hand when the evening's quiet, good for me", "activity", "cooking"),
    ("games night round at my mates' flat, how am I the day after", "activity", "friends"),
    (
        "roast dinners over at my folks' on Sundays, am I in better spirits after",
        "activity",
        "family",
    ),
    ("a few cat-cow stretches on the mat before breakfast, any use", "activity", "yoga"),
    ("jotting in a pocket diary before I switch the lamp off, worth it", "activity", "journaling"),
    # activity: people, a place, things the journal may not hold
    ("when Uncle Rhodri comes up from Swansea, what am I like", "activity", "Rhodri"),
    ("a brew and a chat with my coworker Siosaia, does it calm me", "activity", "Siosaia"),
    ("how do afternoons with Lolo leave me feeling", "activity", "Lolo"),
    ("Lindisfarne at Easter, how was my mood over there", "activity", "Lindisfarne"),
    ("since I took up origami have I been less wound up", "activity", "origami"),
    ("kendo class of a Tuesday, am I better for it", "activity", "kendo"),
    ("lacrosse or swimming, which one leaves me brighter", "activity", "lacrosse"),
    # unknown
    ("is there a dark mode for this app", "unknown", ""),
    ("is it true people kip worse around a full moon", "unknown", ""),
    ("if I'm offline on a plane can I still use the app", "unknown", ""),
    # last time
    ("what date did I last get a solid unbroken night's kip", "last_time", "sleep"),
    (
        "it's been a while since I did lengths at the outdoor pool, how many days exactly",
        "last_time",
        "exercise",
    ),
    ("when did I last have a proper catch-up with my old flatmate Fenella", "last_time", "Fenella"),
)
