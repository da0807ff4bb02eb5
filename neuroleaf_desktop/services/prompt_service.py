"""Writing prompts for a blank page, as the Journal and `neuroleaf prompt` get them.

The choice is the domain's (``domain/writing_prompts.py``: by the date, then round a fixed
cycle); this service adds the two things the domain cannot know: what day it is here (the
session's clock, in local time) and whether the person wants prompts (the ``writing_prompts``
setting). Choosing a prompt needs no vault and reads no journal text, so `neuroleaf prompt`
works without a passphrase; only :meth:`PromptService.enabled` reads the settings.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from neuroleaf_desktop.domain.writing_prompts import (
    WritingPrompt,
    by_id,
    first_for,
    following,
)
from neuroleaf_desktop.services.clock import Clock, system_clock

if TYPE_CHECKING:
    from neuroleaf_desktop.services.settings_service import SettingsService

__all__ = ["PromptService", "WritingPrompt"]


class PromptService:
    """``PromptService(clock, settings)``: today's first prompt, the next one, and the setting.

    ``settings`` may be None where no profile is open (the CLI's ``prompt`` command): prompts
    are then simply on.
    """

    def __init__(
        self, clock: Clock = system_clock, settings: SettingsService | None = None
    ) -> None:
        self.clock = clock
        self.settings = settings

    def today(self) -> date:
        """The local calendar day now (the day a person would write on the page)."""
        return self.clock().astimezone().date()

    def first(self) -> WritingPrompt:
        """The prompt a blank page offers first today: the same all day, another tomorrow."""
        return first_for(self.today())

    def another(self, current: WritingPrompt | str) -> WritingPrompt:
        """The prompt after ``current`` (a prompt or its id): never the same one twice in a
        row, and every prompt once before any repeats."""
        prompt = by_id(current) if isinstance(current, str) else current
        return following(prompt) if prompt is not None else self.first()

    def enabled(self) -> bool:
        """Whether a blank page offers prompts (reads the settings snapshot: call it off the
        UI thread)."""
        if self.settings is None:
            return True
        return self.settings.snapshot().writing_prompts == "on"
