"""English phrase rules: explicit statements, self-harm, and the warning signs, gathered.

Each rule is written for a *kind* of wording, not for one sentence: verb tenses
("kill/killed/killing"), contractions with and without the apostrophe ("don't"/"dont"),
informal spellings ("wanna", "gonna", "kms"), and the figurative look-alikes that must not
flag ("kill myself laughing", "the heat is unbearable", "no way out of the car park").
Everyday contexts that make a warning-sign phrase ordinary (a goodbye before a holiday, a
rifle for hunting season, giving old clothes to charity) are in ``everyday.py``; negation,
whose words they are and the time of the event are judged in ``context.py``.

The rules live in modules by kind: ``rules_en_explicit`` (ideation, plans, a wish to be dead,
self-harm, past attempts), ``rules_en_signs`` (the warning signs) and ``rules_en_journal``
(the way people write in a private journal: lowercase, no apostrophes, metaphors, the sign in
the middle of a long sentence), and ``rules_en_voices`` / ``rules_en_voices_signs`` (faith,
old age, formal prose, British idiom, veterans, teenagers) and ``rules_en_vernacular`` (dialect,
slang, poetry, understatement, plans told in the past tense, means gathered in secret) and
``rules_en_unspoken`` (signs kept secret, buried in a list or said in passing) and
``rules_en_explicit_shapes`` (the wish to die in other grammatical shapes: death as the
subject, a welcome, a condition, a question to oneself, second-person self-talk) and
``rules_en_plans`` (plans told as logistics: means set aside, a moment chosen, a rehearsal) and
``rules_en_moments`` (plans told by the moment nobody is around, an overdose by its quantity)
and ``rules_en_oblique`` (the wish said through an image, a lack of courage, ease, an illness)
and ``rules_en_affairs`` (signs told as errands: passwords left, means sought, plans given up)
and ``rules_en_attempts`` (nearly did it, a plan carried through, no fear left, a last entry)
and ``rules_en_logistics`` (a plan's precautions and checks: not stopped, pills without questions)
and ``rules_en_asides`` (a gain if I was gone, harm to feel something, a reason denied)
and ``rules_en_plainspoken`` (signs in learner or spoken grammar, or said through a comparison)
and ``rules_en_corpus_families`` (signs told by their circumstances: an attempt by its time, a
plan by its day or place, a goodbye by its finality, means by how they were kept back)
and ``rules_en_frames`` (signs told by a frame of meaning: an attempt by its aftermath, a plan
by a decided day, means by how they were gathered or hidden, a burden by the life others could
have, learner grammar for being trapped) and ``rules_en_frames_wider`` (an attempt named only
as "what I did" beside its aftermath, a plan by a lethal place and a time worked out, love said
"while I still can", things handed on "for keeps", peace for others "if I was gone") and
``rules_en_frames_open`` (the same signs read as parts in any order with wide vocabularies: shut
in and unheard, others eased "with me gone", no future "with me in it") and
``rules_en_frames_open_acts`` (a lethal place chosen for a time, every dose put by, a burn) and
``rules_en_frames_settled`` (a time settled for an act left unnamed, the day and the place
known, a lethal place chosen and the date set) and ``rules_en_frames_widened`` (the open frames'
narrow slots widened by meaning: dialect pronouns, any span of time, ease in any tense, nothing
ahead, a goodbye's marks, a burn taken to the skin, an attempt told in dialect) and
``rules_en_meaning`` (slots widened by meaning again: ending oneself in other words, a wish to
die with any verb of wishing, a place and no return, an attempt by its aftermath, others fine
without me, a goodbye's finality, means kept back, a mark on the skin on purpose) and
``rules_en_when`` (an explicit core whose tail says when: "come spring", "after the ferry's
gone"; any verb of wishing with "to be dead" or "for death"; a prayer to be taken with any verb
of asking; a pidgin wish; an explicit statement avowed in earnest) and
``rules_en_burden_gain`` (the writer as a cost or a chore to others, and what others would gain
with the writer gone, each part in any words) and ``rules_en_future_absent`` (a time ahead the
writer will not be part of, an age not reached, provisions for a future let go) and
``rules_en_nothing_ahead`` (looking
ahead and seeing nothing, the writer's future as an emptiness, nothing ahead for them) and
``rules_en_ways_shut`` (every way out shut, pinned under a weight with nobody coming) and
``rules_en_handed_now`` (things handed on now rather than later, while the writer still can) and
``rules_en_means_unmeant`` (a means told by the everyday use it is not for) and
``rules_en_pain_captor`` (the pain itself a locked place, or a grip one cannot pull free of)
and ``rules_en_welcomed_sleep`` (a never-waking supposed and taken well) and
``rules_en_harm_meant`` (an injury to oneself done on purpose, struck to quiet the head, old
marks opened again, hair torn out, marks explained away) and ``rules_en_farewell_found`` (a
message left for whoever finds it, the blame lifted from those left behind, things said
"before I'm gone", a hug held longer with its finality untold) and ``rules_en_parted_done`` (a
thing handed on and the writer done with all of it) and ``rules_en_no_way_found`` (no way out
the writer can find, a pit without its rope).

Three modules read a companion in their own place in the order: ``rules_en_journal`` reads
``rules_en_journal_farewells`` (a burden, goodbyes and things given away in a journal's words),
``rules_en_voices`` reads ``rules_en_voices_acts`` (plans, means, past attempts and
self-harm told in other voices) and ``rules_en_vernacular_signs`` reads
``rules_en_vernacular_left_behind`` (belongings handed on, notes, a countdown, means hidden).
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.rules import Rule
from neuroleaf_desktop.domain.safety.rules_en_affairs import RULES as AFFAIR_RULES
from neuroleaf_desktop.domain.safety.rules_en_asides import RULES as ASIDE_RULES
from neuroleaf_desktop.domain.safety.rules_en_attempts import RULES as ATTEMPT_RULES
from neuroleaf_desktop.domain.safety.rules_en_burden_gain import RULES as BURDEN_GAIN_RULES
from neuroleaf_desktop.domain.safety.rules_en_burden_gain import SET_PHRASE_RULES as BURDEN_SET
from neuroleaf_desktop.domain.safety.rules_en_corpus_families import RULES as FAMILY_RULES
from neuroleaf_desktop.domain.safety.rules_en_day_chosen import RULES as DAY_CHOSEN_RULES
from neuroleaf_desktop.domain.safety.rules_en_explicit import (
    EXPLICIT_RULES,
    EXTRA_EXPLICIT_RULES,
    OTHER_RULES,
)
from neuroleaf_desktop.domain.safety.rules_en_explicit_shapes import RULES as SHAPE_RULES
from neuroleaf_desktop.domain.safety.rules_en_farewell_found import RULES as FAREWELL_FOUND_RULES
from neuroleaf_desktop.domain.safety.rules_en_frames import RULES as FRAME_RULES
from neuroleaf_desktop.domain.safety.rules_en_frames_open import RULES as OPEN_FRAME_RULES
from neuroleaf_desktop.domain.safety.rules_en_frames_open_acts import RULES as OPEN_ACT_RULES
from neuroleaf_desktop.domain.safety.rules_en_frames_settled import RULES as SETTLED_RULES
from neuroleaf_desktop.domain.safety.rules_en_frames_widened import RULES as WIDENED_RULES
from neuroleaf_desktop.domain.safety.rules_en_frames_wider import RULES as WIDER_FRAME_RULES
from neuroleaf_desktop.domain.safety.rules_en_future_absent import RULES as FUTURE_ABSENT_RULES
from neuroleaf_desktop.domain.safety.rules_en_handed_now import RULES as HANDED_NOW_RULES
from neuroleaf_desktop.domain.safety.rules_en_harm_meant import RULES as HARM_MEANT_RULES
from neuroleaf_desktop.domain.safety.rules_en_journal import JOURNAL_RULES
from neuroleaf_desktop.domain.safety.rules_en_logistics import RULES as LOGISTICS_RULES
from neuroleaf_desktop.domain.safety.rules_en_meaning import RULES as MEANING_RULES
from neuroleaf_desktop.domain.safety.rules_en_means_unmeant import RULES as MEANS_UNMEANT_RULES
from neuroleaf_desktop.domain.safety.rules_en_moments import RULES as MOMENT_RULES
from neuroleaf_desktop.domain.safety.rules_en_no_way_found import RULES as NO_WAY_FOUND_RULES
from neuroleaf_desktop.domain.safety.rules_en_nothing_ahead import RULES as NOTHING_AHEAD_RULES
from neuroleaf_desktop.domain.safety.rules_en_oblique import RULES as OBLIQUE_RULES
from neuroleaf_desktop.domain.safety.rules_en_pain_captor import RULES as PAIN_CAPTOR_RULES
from neuroleaf_desktop.domain.safety.rules_en_parted_done import RULES as PARTED_DONE_RULES
from neuroleaf_desktop.domain.safety.rules_en_plainspoken import RULES as PLAIN_RULES
from neuroleaf_desktop.domain.safety.rules_en_plans import RULES as PLAN_RULES
from neuroleaf_desktop.domain.safety.rules_en_signs import WARNING_RULES
from neuroleaf_desktop.domain.safety.rules_en_unspoken import RULES as UNSPOKEN_RULES
from neuroleaf_desktop.domain.safety.rules_en_vernacular import RULES as VERNACULAR_RULES
from neuroleaf_desktop.domain.safety.rules_en_vernacular_signs import (
    RULES as VERNACULAR_SIGN_RULES,
)
from neuroleaf_desktop.domain.safety.rules_en_voices import RULES as VOICE_RULES
from neuroleaf_desktop.domain.safety.rules_en_voices_signs import VOICE_SIGN_RULES
from neuroleaf_desktop.domain.safety.rules_en_ways_shut import RULES as WAYS_SHUT_RULES
from neuroleaf_desktop.domain.safety.rules_en_welcomed_sleep import RULES as WELCOMED_SLEEP_RULES
from neuroleaf_desktop.domain.safety.rules_en_when import RULES as WHEN_RULES

__all__ = ["OTHER_RULES", "RULES"]

RULES: tuple[Rule, ...] = (
    EXPLICIT_RULES
    + EXTRA_EXPLICIT_RULES
    + WARNING_RULES
    + BURDEN_SET
    + JOURNAL_RULES
    + VOICE_RULES
    + VOICE_SIGN_RULES
    + VERNACULAR_RULES
    + VERNACULAR_SIGN_RULES
    + UNSPOKEN_RULES
    + SHAPE_RULES
    + PLAN_RULES
    + MOMENT_RULES
    + DAY_CHOSEN_RULES
    + OBLIQUE_RULES
    + AFFAIR_RULES
    + ATTEMPT_RULES
    + LOGISTICS_RULES
    + ASIDE_RULES
    + PLAIN_RULES
    + FAMILY_RULES
    + FRAME_RULES
    + WIDER_FRAME_RULES
    + OPEN_FRAME_RULES
    + OPEN_ACT_RULES
    + SETTLED_RULES
    + WIDENED_RULES
    + MEANING_RULES
    + WHEN_RULES
    + BURDEN_GAIN_RULES
    + FUTURE_ABSENT_RULES
    + NOTHING_AHEAD_RULES
    + WAYS_SHUT_RULES
    + HANDED_NOW_RULES
    + MEANS_UNMEANT_RULES
    + PAIN_CAPTOR_RULES
    + WELCOMED_SLEEP_RULES
    + HARM_MEANT_RULES
    + FAREWELL_FOUND_RULES
    + PARTED_DONE_RULES
    + NO_WAY_FOUND_RULES
)
