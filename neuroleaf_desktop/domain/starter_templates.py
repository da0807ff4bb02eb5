"""The starter templates the app offers from the first run.

Each asks and leaves room; none tells the person how they feel or what their day was. Their
text alone must give no analysis chip and no safety flag (``tests/domain/test_templates.py``
reads every one through the real analyser and safety rules), so a starter never lends an
entry a tone even before the unchanged-lines rule (``templates.without_template_lines``)
sets its lines aside. Their titles name no date: the entry's own date is shown beside it, and a
date filled in when the page was started would be untrue once the person dates the entry to
another day (their own templates may still use {date}). The ids are stable: "Restore starter
templates" brings back a starter whose id no stored template carries any more, whatever the
person renamed the others to.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StarterTemplate:
    id: str
    name: str
    title: str
    body: str
    tags: tuple[str, ...] = ()


STARTERS: tuple[StarterTemplate, ...] = (
    StarterTemplate(
        "evening-review",
        "Evening review",
        "Evening review",
        "What went well today?\n\n\nWhat stayed with me today?\n\n\nTomorrow I'd like to…\n",
    ),
    StarterTemplate(
        "gratitude",
        "Gratitude list",
        "Three things from today",
        "1.\n2.\n3.\n\nWhy these mattered:\n",
        ("gratitude",),
    ),
    StarterTemplate(
        "hard-day",
        "A hard day",
        "",
        "What happened?\n\n\nWhat do I need right now?\n\n\nOne small kind thing for me:\n",
    ),
    StarterTemplate(
        "therapy-session",
        "Therapy session note",
        "Therapy session",
        "What we talked about:\n\n\nWhat I want to remember:\n\n\n"
        "Something to try before next time:\n",
        ("therapy",),
    ),
)

BY_ID = {starter.id: starter for starter in STARTERS}
