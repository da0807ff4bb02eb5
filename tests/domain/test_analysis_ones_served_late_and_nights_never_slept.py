"""One the writer serves turning up late is the work's; sleep told as never had is poor sleep.

Why: "Lash client turned up 40 minutes late and still wanted the full set", "owner picked up
their spaniel 3 hours late" and "Parent's two hours late for pickup" chipped no work strain
(the first read as logistics), where every writer who told one labelled the work. The writer's
own lateness, a train's, or a late one told without a count name no one served. Sleep told as
never had ("Never sleep after gigs, the adrenaline just sits in me") chipped no sleep, where the
writer labelled poor sleep; never sleeping in is a habit, no trouble. Each case shows the rule
both ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Customer rocked up 25 minutes late for a colour and a cut.", True),
        ("Bride was an hour late to her own trial, the whole day shunted.", True),
        ("Patient arrived half an hour late and the list is in bits.", True),
        ("I was ten minutes late for the dentist, oops.", False),
        ("Train was forty minutes late so I read my book, bliss.", False),
    ],
)
def test_one_served_arriving_late_is_the_works(text: str, work: bool) -> None:
    assert ("work" in predict(text).stress) is work


@pytest.mark.parametrize(
    ("text", "sleep"),
    [
        ("Never sleep the night before a match, just lie there.", True),
        ("Can never sleep after a late shift, wired till three.", True),
        ("I never sleep in on Sundays, love an early walk.", False),
    ],
)
def test_sleep_told_as_never_had_is_poor_sleep(text: str, sleep: bool) -> None:
    assert ("sleep" in predict(text).stress) is sleep
