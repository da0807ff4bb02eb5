"""The mind running ahead to what could go wrong, read as anxiety: "my mind runs through every
worst case", "the what-ifs start", "catastrophising", "my thoughts spiral", "my head leaps to
the worst", "I always assume the worst".

Fear is often told by what the mind does rather than by a feeling's name: it hurries to a
disaster that has not happened. Kept apart from the feeling words (``feeling_words``, which
folds this into anxiety) so the list stays short enough to check by eye. Matched as whole
words, case-insensitively.
"""

from __future__ import annotations

from typing import Final

_MIND: Final = r"(?:mind|head|brain|thoughts?|imagination)"

MIND_AHEAD: Final = (
    # running through what could go wrong: "my mind runs through every worst case"
    rf"{_MIND}(?:'s| is| keeps?| starts?| started| goes| went)?"
    r" (?:running|runs|ran|racing|races|raced) (?:through|over|ahead)"
    r"|worst[- ]cases?(?: scenarios?)?"
    # ... or pictures it all: "imagining every disaster that could happen to the kids"
    r"|(?:imagin|pictur|envisag)\w* (?:every|all (?:the|sorts of)|the worst) (?:possible )?"
    r"(?:disasters?|catastroph\w*|accidents?|traged\w*|things? that could go wrong)"
    # ... or hurries to the worst, however it goes there: "my mind jumps to the worst", "my
    # head leaps straight to the worst", "thoughts rush to the worst" (not the worst of a
    # thing: "my worst week for sleep", "on my worst days")
    rf"|{_MIND}(?:'s)?(?: [\w']+){{0,2}} (?:jump|leap|rush|rac|run|fl[iy]|flew|skip|head|spr[ia]ng"
    r"|shoot|shot|dart|go|goes|went|gone|lurch|veer|zoom|hurtl|spiral)\w*"
    r"(?: (?:straight|right|immediately|instantly|always|off|away))? to (?:the )?worst\b"
    # ... or takes it as given: "I always assume the worst", "expecting the worst every time
    # I open the post", "bracing myself for the worst"
    r"|(?:assum|expect|anticipat|predict|brac)\w* (?:(?:myself|yourself|ourselves) )?"
    r"(?:for )?the worst\b"
    # "the what-ifs start", "catastrophising", "my thoughts spiral"
    r"|(?:the )?what[- ]ifs|catastroph(?:is|iz)\w*"
    r"|(?:thoughts?|worries|worrying|head|mind|brain)(?:'s| is| are| keeps?"
    r"| starts?| started| gets?| goes| went)?(?: \w+)? spiral\w*"
)
