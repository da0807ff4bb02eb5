"""Short names for the safety categories, so the sign tables of the fresh-rule tests read as
one sentence and its category per line."""

from __future__ import annotations

from neuroleaf_desktop.domain.safety.categories import Category

SI, DW, BU, TP = (
    Category.SUICIDAL_IDEATION,
    Category.DEATH_WISH,
    Category.BURDEN,
    Category.TRAPPED_PAIN,
)
GA, GB, PM, SH = (
    Category.GIVING_AWAY,
    Category.GOODBYES,
    Category.PLAN_OR_METHOD,
    Category.SELF_HARM,
)
GM, NF = Category.GETTING_MEANS, Category.NO_FUTURE
