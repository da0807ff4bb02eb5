"""The words that mark praise as irony: praise alone before a bad event, a loved happening, a mock
promise and the set phrases of sarcasm.

Why a module of its own: ``sarcasm`` reads these shapes and ``codas`` carries an irony on to a
short sentence after it; the lists are theirs alone, where ``context_words`` holds the words
that decide whose a stressor or a feeling is and whether it is happening now.
"""

from __future__ import annotations

from typing import Final

# A clause of praise alone before a bad event in the same sentence is sarcasm ("Fantastic,
# the car failed its MOT", "oh brilliant, the train's cancelled"): no joy, no gratitude.
PRAISE_ALONE: Final = frozenset(
    {"great", "fantastic", "brilliant", "perfect", "wonderful", "lovely", "amazing", "awesome",
     "marvellous", "superb", "terrific", "excellent", "nice", "yay", "thanks", "cheers",
     "joy", "fab", "splendid", "super", "yippee", "hooray", "fabulous", "delightful",
     "glorious", "outstanding", "smashing", "cracking", "lush"}
)  # fmt: skip
SARCASM_FILLERS: Final = frozenset(
    {"oh", "well", "just", "so", "how", "really", "ah", "wow", "a", "lot", "very", "much",
     "absolute", "absolutely", "utter", "utterly", "sheer", "pure", "simply"}
)  # fmt: skip
# After "oh" or "ah" these are praise too ("oh good, another meeting", "ah yes, the joys of").
PRAISE_AFTER_OH: Final = frozenset({"good", "yes", "great", "lovely", "super", "goody"})
# Thanks need a bad event named after them to be sarcastic ("thank you, universe, for a quiet
# shift" is thanks); other praise alone before a clause that is not the writer's own good news
# is sarcasm ("Brilliant, they've cut my hours", "Lovely, someone's left the bowl for me").
THANKS: Final = frozenset({"thanks", "thank", "cheers", "you"})
WRITER_OPENERS: Final = frozenset(
    {"i", "i'm", "i've", "i'd", "i'll", "im", "ive", "we", "we're", "we've", "we'd", "we'll"}
)
# Praise of a happening as the sentence's first words, the writer unnamed: "Love how the
# printer jams …", "love it when they …", "love that my landlord …", "love being told …". The
# verb (``LOVE_OPENERS``, after optional ``SARCASM_FILLERS``) is followed by a clause opener, by
# "that" before a subject, or by "being" before a participle; "love my job", "love that dress",
# "love being a mum" are not of this form.
LOVE_OPENERS: Final = frozenset({"love", "loving", "adore"})
LOVE_CLAUSE_OPENERS: Final[frozenset[tuple[str, ...]]] = frozenset(
    {("how",), ("when",), ("it", "when"), ("it", "how"), ("the", "way")}
)
THAT_SUBJECTS: Final = frozenset(
    {"my", "the", "his", "her", "our", "their", "your", "they", "he", "she", "it's", "they've",
     "everyone", "everybody", "nobody", "people", "someone", "somebody", "this", "these"}
)  # fmt: skip
PASSIVE_IRREGULAR: Final = frozenset(
    {"told", "given", "made", "kept", "left", "sent", "shown", "put", "stuck", "sat", "held"}
)
# Pleasant doings that a loved happening may hold with no feeling word ("love it when my son
# laughs so hard he falls over"): word beginnings.
PLEASANT_DOINGS: Final = ("laugh", "smil", "giggl", "grin", "cuddl", "hug", "danc", "sing")
# A mock promise: "sure" (or "oh sure", "yeah sure") and the writer's own future ("Sure, I'll
# just conjure a budget out of thin air").
SURE_WORDS: Final = frozenset({"sure", "certainly", "absolutely", "course"})
MOCK_FILLERS: Final = frozenset({"oh", "yeah", "yes", "of", "ah", "why"})
FUTURE_OPENERS: Final = frozenset({"i'll", "we'll", "ill"})
# Set phrases of irony: praise of what is plainly a nuisance ("love nothing more than …",
# "nothing says Monday like …", "… love that for me", "living the
# dream"; not "just what I needed", often meant). ``*`` stands for any one word.
SARCASTIC_FRAMES: Final[tuple[tuple[str, ...], ...]] = (
    ("love", "nothing", "more", "than"), ("nothing", "i", "love", "more", "than"),
    ("nothing", "i", "like", "more", "than"), ("nothing", "i", "enjoy", "more", "than"),
    ("nothing", "says", "*", "like"), ("nothing", "says", "*", "*", "like"),
    ("love", "that", "for", "me"), ("love", "that", "for", "us"), ("living", "the", "dream"),
    ("what", "every", "*", "dreams", "of"), ("what", "every", "*", "*", "dreams", "of"),
    # praise taken back by who would say it: "what a joy, said nobody ever"
    *((said, nobody, "ever") for said in ("said", "says") for nobody in ("nobody", "noone")),
    *((said, "no", "one", "ever") for said in ("said", "says")),
)  # fmt: skip
