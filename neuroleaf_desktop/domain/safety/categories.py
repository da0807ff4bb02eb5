"""What the safety detector looks for, grouped the way the published warning-sign lists do.

Sources (the categories follow them; the phrasings are ours):

* 988 Suicide & Crisis Lifeline, "Know the signs": talking about wanting to die, feeling
  hopeless or having no reason to live, feeling trapped or in unbearable pain, being a burden,
  giving away possessions, saying goodbye / making a will, looking for a way (searching
  online, buying a gun, stockpiling pills).
* AFSP (American Foundation for Suicide Prevention), "Risk factors, protective factors and
  warning signs": talk (killing oneself, no reason to live, burden, trapped, unbearable pain),
  behaviour (looking for a method, giving away possessions, saying goodbye, withdrawing).
* NIMH, "Warning signs of suicide": wanting to die, feeling empty/hopeless/trapped, being a
  burden, making a plan or looking for a way, giving away important possessions, saying
  goodbye, putting affairs in order, making a will.
* Columbia Suicide Severity Rating Scale (C-SSRS): ideation from a passive wish to be dead
  through active thoughts, method, intent and plan; behaviour items: preparatory acts
  (collecting pills, getting a gun, giving valuables away, writing a will or a suicide note),
  interrupted/aborted/actual attempts, and non-suicidal self-injury.

Levels (``Severity``):

* "urgent": explicit active ideation or intent (``SUICIDAL_IDEATION``), a plan or a method
  (``PLAN_OR_METHOD``), getting the means (``GETTING_MEANS``), a warning sign together with
  hopelessness in the same entry, or signs on several recent days (see ``detector``).
* "concern": any other single warning sign, a passive wish to be dead, self-harm, and any
  past history (a past attempt is the strongest risk factor there is, but not a crisis now).
"""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    # Explicit statements (C-SSRS ideation and plan items).
    SUICIDAL_IDEATION = "suicidal_ideation"
    PLAN_OR_METHOD = "plan_or_method"
    DEATH_WISH = "death_wish"
    # Warning signs that are not explicit statements.
    NO_REASON_TO_LIVE = "no_reason_to_live"
    NO_FUTURE = "no_future"  # hopelessness about what lies ahead
    TRAPPED_PAIN = "trapped_pain"  # feeling trapped, pain that cannot be borne
    BURDEN = "burden"
    GOODBYES = "goodbyes"  # goodbyes "for good", farewell letters, a will, affairs in order
    GIVING_AWAY = "giving_away"  # giving treasured things away out of the blue
    GETTING_MEANS = "getting_means"  # a gun, stockpiled pills, researching methods
    SELF_HARM = "self_harm"
    OTHER_PERSON = "other_person"  # someone else's risk: only sets ``about_others``
    SEMANTIC = "semantic"  # found by the embedding classifier, not by a phrase


#: Hopelessness: a warning sign *together with* one of these makes an entry urgent.
HOPELESSNESS = frozenset({Category.NO_FUTURE, Category.NO_REASON_TO_LIVE, Category.DEATH_WISH})

#: Categories that are urgent on their own.
URGENT_ON_THEIR_OWN = frozenset(
    {Category.SUICIDAL_IDEATION, Category.PLAN_OR_METHOD, Category.GETTING_MEANS}
)

#: The recognised warning signs that are not explicit statements (what the issue tracker and
#: the benchmark call "warning signs").
WARNING_SIGNS = frozenset(
    {
        Category.NO_REASON_TO_LIVE,
        Category.NO_FUTURE,
        Category.TRAPPED_PAIN,
        Category.BURDEN,
        Category.GOODBYES,
        Category.GIVING_AWAY,
        Category.GETTING_MEANS,
    }
)
