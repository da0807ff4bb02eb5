"""The machines of a gym, its kit, and the moves and drills of a workout, for exercise read
from what is done ("the rowing machine", "press-ups", "kettlebell swings", "hill sprints",
"lunges and mountain climbers on the decking").

Kept apart from the activity words (``activity_words``, which folds this into exercise) so
each list stays short enough to check by eye. Matched as whole words, case-insensitively.
"""

from __future__ import annotations

from typing import Final

GYM_KIT_AND_MOVES: Final = (
    # the machines of a gym and the moves done at home ("the rowing machine", "press-ups")
    r"rowing machines?|treadmills?|cross[- ]trainers?|exercise bikes?|kettlebells?|dumbbells?"
    r"|(?:press|push|sit)[- ]?ups|burpees|"
    # ... and the moves done with that kit, named together: "kettlebell swings", "dumbbell curls"
    r"(?:kettlebell|dumbbell|barbell|cable|band) (?:swings?|curls?|rows?|press(?:es)?|snatch(?:es)?"
    r"|cleans?|squats?|lunges?|raises?|fl(?:y|ies|yes)|get-?ups?|carries|complexes|work)|"
    # ... and the kit of a workout at home: "skipping rope in the garage", "the punchbag"
    r"skipping ropes?|skipping with (?:a|the|my) rope|jump(?:ing)?[- ]?ropes?|rope skipping"
    r"|punch(?:ing)? ?bags?|resistance bands?|medicine balls?|step machines?|steppers?|"
    # ... and the lifts and racks of the weights room: "hitting the squat rack", "leg day"
    r"(?:squat|power) racks?|squats|deadlifts?|bench[- ]press\w*|barbells?|(?:pull|chin)[- ]?ups"
    r"|leg days?|(?:weight|power)[- ]?lifting|lifting weights|"
    # a workout class by its made-up name, like a spin class ("the Wednesday boxercise class",
    # "HIIT sessions", "circuit training"), and racing boats rowed with a club ("sculling with
    # the rowing club"; a boat paddled for the water is its own doing, ``hobby_tools``)
    # ... and circuits done somewhere or by someone ("circuits at the community hall", "doing
    # circuits"; a loop round the park is walked, ``walk``)
    r"boxercise|body ?pump|hiit|circuit training|circuits (?:class|session)s?"
    r"|circuits (?:at|in) (?:the|a|our|my)\b|(?:do|does|did|doing|done) circuits"
    r"|scull(?:s|ed|ing)?|rowing (?:club|crew|squad|regatta)s?|regattas?|"
    # a running session named by its drill: "hill sprints", "intervals on the track", "fartlek",
    # "hill reps" (a sprint at work is a stretch of work, not a run)
    r"(?:hill|track|beach|shuttle|uphill|stair|wind|field|\d+ ?m|hundred[- ]metre) sprints?"
    r"|sprint (?:intervals|sessions?|training|drills|reps|repeats)|hill (?:reps|repeats|intervals"
    r"|sessions?)|fartleks?|interval (?:training|sessions?|runs?)|(?:track|tempo) sessions?"
    r"|intervals (?:on|round|at) the (?:track|field|park)|shuttle runs"
    # ... and the moves done on the floor with no kit, by their names: "lunges and mountain
    # climbers", "star jumps", "planks and crunches", "tricep dips", "wall sits" (a dip in the
    # sea is a swim, read with exercise's slang)
    r"|lunges|mountain climbers|star jumps|jumping jacks|planks|crunches|tricep dips|wall sits"
    r"|high knees|squat jumps|box jumps|glute bridges|bicycle crunches|leg raises|flutter kicks"
    # ... the drills of a circuit and a drill hall, by name: "squat thrusts", "bear crawls"
    r"|squat thrusts|bear crawls|burpees|inchworms|russian twists|donkey kicks"
)
