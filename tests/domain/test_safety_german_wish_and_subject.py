"""German: the wish to sleep and not wake, and whose wish it is.

"schlafen und nicht aufwachen" is the same passive wish as "… nie mehr aufwachen"; a denial of
the wanting stays a denial. The subject is someone else when "er"/"sie" or a relative named
with "mein"/"unser" stands a word or two before the wish, and the writer's own when "ich"
joins it.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess_phrases


@pytest.mark.parametrize(
    "text",
    [
        "Ich will einfach schlafen und nicht aufwachen.",
        "Manchmal will ich einschlafen und nicht aufwachen.",
        "Ich möchte nur schlafen und nicht mehr aufwachen.",
        "Meine Frau und ich streiten nur noch, ich will schlafen und nicht aufwachen.",
    ],
)
def test_the_writers_wish_to_sleep_and_not_wake_flags(text: str) -> None:
    result = assess_phrases(text)
    assert result.flagged
    assert not result.about_others


@pytest.mark.parametrize(
    "text",
    [
        "Ich will nicht schlafen und nicht aufwachen, ich will feiern.",
        "Ich kann nicht schlafen und nicht aufwachen, dieser Jetlag.",
    ],
)
def test_a_denied_or_everyday_sleep_does_not_flag(text: str) -> None:
    assert not assess_phrases(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        "Er will nur schlafen und nie mehr aufwachen, sagt er.",
        "Mein Bruder will nur schlafen und nicht aufwachen.",
        "Meine Schwester Anna will nicht mehr leben.",
    ],
)
def test_someone_elses_wish_is_theirs(text: str) -> None:
    result = assess_phrases(text)
    assert not result.flagged
    assert result.about_others
