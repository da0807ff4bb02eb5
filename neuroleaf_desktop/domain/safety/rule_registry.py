"""Every phrase rule the detector reads, in the one order it reads them.

Why: the order is part of the reading. Two rules of one category matching the same span are
judged once, by the first, so the detector, the rule-facts generator and the tests must all
see the same tuple; gathering it here keeps that order in one place, apart from how a text is
read (``detector``) and which stretches each language reads (``reading_windows``).
"""

from __future__ import annotations

from neuroleaf_desktop.domain.safety import (
    rules_act_purposed,
    rules_attempt_counted,
    rules_attempt_ward,
    rules_burden_cost_only,
    rules_burden_minded,
    rules_burden_sacrifice,
    rules_burden_worn,
    rules_core_acts,
    rules_core_bearing,
    rules_core_concepts,
    rules_core_explicit,
    rules_core_farewells,
    rules_core_impulse,
    rules_core_keepsakes,
    rules_core_signs,
    rules_cuts_made,
    rules_dawn_unseen,
    rules_de,
    rules_de_intent,
    rules_de_moods,
    rules_de_signs,
    rules_death_awaited,
    rules_death_easier,
    rules_decided,
    rules_en,
    rules_end_after_event,
    rules_end_after_loss,
    rules_end_bare_time,
    rules_es,
    rules_es_signs,
    rules_explicit_pictured,
    rules_explicit_taken,
    rules_eyes_unopened,
    rules_farewell_before_late,
    rules_farewell_everyone,
    rules_farewell_for_later,
    rules_farewell_frames,
    rules_farewell_hidden,
    rules_farewell_last_thanks,
    rules_farewell_love_past,
    rules_farewell_said_now,
    rules_farewell_unnoticed,
    rules_fr,
    rules_fr_intent,
    rules_fr_signs,
    rules_future_blank,
    rules_future_declined,
    rules_future_frames,
    rules_future_looked_ahead,
    rules_future_no_next,
    rules_future_self_absent,
    rules_future_short_horizon,
    rules_future_stops,
    rules_future_unjoined,
    rules_future_unseen_next,
    rules_giving_frames,
    rules_giving_season_absent,
    rules_giving_taken_by,
    rules_giving_unreturned,
    rules_grammar_explicit,
    rules_grammar_forms,
    rules_grammar_life,
    rules_grammar_signs,
    rules_harm_hidden_acts,
    rules_harm_marked,
    rules_harm_own_body,
    rules_harm_struck_meant,
    rules_hurt_on_purpose,
    rules_intl_affairs,
    rules_intl_attempts,
    rules_intl_journal,
    rules_intl_midsentence,
    rules_intl_no_door,
    rules_intl_other_forms,
    rules_intl_plans,
    rules_intl_said_plainly,
    rules_intl_signs,
    rules_intl_signs_slots,
    rules_intl_voices,
    rules_intl_voices_harm,
    rules_intl_voices_signs,
    rules_it,
    rules_it_signs,
    rules_life_end_wished,
    rules_life_stopped,
    rules_marks_covered,
    rules_marks_owned,
    rules_means_filling,
    rules_means_frames,
    rules_means_hoarded,
    rules_means_kept_back,
    rules_means_never_taken,
    rules_means_not_for,
    rules_means_strong_enough,
    rules_means_taken_unseen,
    rules_means_untaken,
    rules_no_tomorrow,
    rules_no_year_ahead,
    rules_pain_carried,
    rules_past_frames,
    rules_plan_all_busy,
    rules_plan_bare,
    rules_plan_day_unnamed,
    rules_plan_decided,
    rules_plan_frames,
    rules_plan_settled,
    rules_plan_unwatched,
    rules_plan_when_over,
    rules_plans,
    rules_pt,
    rules_pt_signs,
    rules_rather_buried,
    rules_remember_me,
    rules_romance_families,
    rules_romance_notes,
    rules_romance_tenses,
    rules_self_harm_frames,
    rules_sleep_last,
    rules_thought_arrives,
    rules_trapped_inside,
    rules_trapped_likeness,
    rules_trapped_no_exit,
    rules_trapped_struggle,
    rules_trapped_undertow,
    rules_waking_regretted,
    rules_ward_for_trying,
    rules_where_im_going,
    rules_wish_not_here,
    rules_wish_restated,
    rules_woke_after_pills,
)
from neuroleaf_desktop.domain.safety.rules import Rule

ALL_RULES: tuple[Rule, ...] = (
    rules_en.RULES + rules_es.RULES + rules_de.RULES + rules_fr.RULES + rules_pt.RULES
    + rules_it.RULES + rules_intl_journal.RULES + rules_intl_signs.RULES
    + rules_intl_midsentence.RULES + rules_grammar_explicit.RULES
    + rules_grammar_signs.RULES
    + rules_grammar_life.RULES
    + rules_grammar_forms.RULES
    + rules_es_signs.RULES + rules_pt_signs.RULES + rules_it_signs.RULES
    + rules_romance_families.RULES + rules_romance_notes.RULES + rules_romance_tenses.RULES
    + rules_de_intent.RULES + rules_de_signs.RULES + rules_fr_intent.RULES + rules_fr_signs.RULES
    + rules_intl_voices.RULES + rules_intl_voices_signs.RULES + rules_intl_voices_harm.RULES
    + rules_intl_plans.RULES + rules_intl_affairs.RULES + rules_intl_attempts.RULES
    + rules_decided.RULES + rules_core_explicit.RULES + rules_core_signs.RULES
    + rules_core_acts.RULES + rules_core_impulse.RULES + rules_core_keepsakes.RULES
    + rules_core_farewells.RULES + rules_core_bearing.RULES
    + rules_core_concepts.RULES + rules_intl_said_plainly.RULES + rules_intl_signs_slots.RULES
    + rules_intl_other_forms.RULES + rules_intl_no_door.RULES + rules_plans.RULES
    + rules_de_moods.RULES
    + rules_past_frames.RULES + rules_plan_frames.RULES + rules_giving_frames.RULES
    + rules_self_harm_frames.RULES + rules_means_frames.RULES + rules_farewell_frames.RULES
    + rules_future_frames.RULES + rules_life_end_wished.RULES + rules_dawn_unseen.RULES
    + rules_cuts_made.RULES + rules_life_stopped.RULES + rules_means_kept_back.RULES
    + rules_marks_owned.RULES + rules_means_untaken.RULES + rules_farewell_hidden.RULES
    + rules_future_unjoined.RULES + rules_hurt_on_purpose.RULES + rules_trapped_struggle.RULES
    + rules_trapped_likeness.RULES + rules_marks_covered.RULES + rules_wish_not_here.RULES
    + rules_plan_bare.RULES + rules_farewell_for_later.RULES
    + rules_future_no_next.RULES + rules_burden_sacrifice.RULES + rules_sleep_last.RULES
    + rules_means_strong_enough.RULES
    + rules_death_easier.RULES
    + rules_farewell_last_thanks.RULES
    + rules_end_after_event.RULES
    + rules_end_after_loss.RULES
    + rules_farewell_before_late.RULES
    + rules_future_short_horizon.RULES
    + rules_eyes_unopened.RULES
    + rules_giving_unreturned.RULES
    + rules_pain_carried.RULES
    + rules_plan_when_over.RULES
    + rules_means_taken_unseen.RULES
    + rules_farewell_said_now.RULES
    + rules_attempt_counted.RULES
    + rules_future_unseen_next.RULES
    + rules_burden_cost_only.RULES
    + rules_harm_hidden_acts.RULES
    + rules_waking_regretted.RULES
    + rules_plan_decided.RULES
    + rules_farewell_unnoticed.RULES
    + rules_burden_worn.RULES
    + rules_future_declined.RULES
    + rules_explicit_pictured.RULES
    + rules_explicit_taken.RULES
    + rules_plan_settled.RULES
    + rules_harm_marked.RULES
    + rules_future_blank.RULES
    + rules_burden_minded.RULES
    + rules_trapped_inside.RULES
    + rules_attempt_ward.RULES
    + rules_future_stops.RULES
    + rules_means_never_taken.RULES
    + rules_thought_arrives.RULES
    + rules_death_awaited.RULES
    + rules_trapped_no_exit.RULES
    + rules_rather_buried.RULES
    + rules_remember_me.RULES
    + rules_where_im_going.RULES
    + rules_harm_own_body.RULES
    + rules_plan_unwatched.RULES
    + rules_end_bare_time.RULES
    + rules_plan_all_busy.RULES
    + rules_wish_restated.RULES
    + rules_plan_day_unnamed.RULES
    + rules_future_looked_ahead.RULES
    + rules_act_purposed.RULES
    + rules_giving_season_absent.RULES
    + rules_harm_struck_meant.RULES
    + rules_giving_taken_by.RULES
    + rules_future_self_absent.RULES
    + rules_trapped_undertow.RULES
    + rules_farewell_love_past.RULES
    + rules_means_hoarded.RULES
    + rules_no_year_ahead.RULES
    + rules_no_tomorrow.RULES
    + rules_woke_after_pills.RULES
    + rules_ward_for_trying.RULES
    + rules_means_filling.RULES
    + rules_means_not_for.RULES
    + rules_farewell_everyone.RULES
)  # fmt: skip

__all__ = ["ALL_RULES"]
