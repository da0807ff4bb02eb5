""" "On this day": what the person wrote on today's date in earlier years, as counts.

A mental-health journal must bring the past back gently: an old entry may be painful. So this
service answers with years, counts, ids and whether any is starred, and never with a title or
a word of text; an entry's words leave the vault only when the person opens it (the journal's
own ``get``). The Journal offers the years (:meth:`MemoriesService.offered`) unless the
``on_this_day`` setting is off, or the person hid the line for today
(``on_this_day_hidden_on``); ``neuroleaf journal onthisday`` asks :meth:`on_this_day`
directly, since asking is a choice of its own.

"Today" is the local calendar day of the session's clock; each entry counts on the local day
it was written on, by its own stored offset (an entry written at 23:30 in Lisbon belongs to
that evening's date, wherever the journal is read now). Entries in the trash never count.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from neuroleaf_desktop.domain.on_this_day import YearOnThisDay, by_year, same_days
from neuroleaf_desktop.logging_setup import get_logger
from neuroleaf_desktop.services.clock import Clock, system_clock
from neuroleaf_desktop.storage.repositories.journal_repo import JournalRepository

if TYPE_CHECKING:
    from neuroleaf_desktop.services.settings_service import SettingsService
    from neuroleaf_desktop.storage.vault import Vault

__all__ = ["MemoriesService", "YearOnThisDay"]

log = get_logger("memories")


class MemoriesService:
    """``MemoriesService(vault, clock, settings)``; ``settings`` may be None (then the line
    is simply on and never hidden)."""

    def __init__(
        self,
        vault: Vault,
        clock: Clock = system_clock,
        settings: SettingsService | None = None,
    ) -> None:
        self.vault = vault
        self.clock = clock
        self.settings = settings

    def today(self) -> date:
        """The local calendar day now."""
        return self.clock().astimezone().date()

    def on_this_day(self, day: date | None = None) -> list[YearOnThisDay]:
        """The earlier years with entries on ``day``'s month and day (default today), newest
        year first. Reads ids, local days and stars only."""
        day = day or self.today()
        with self.vault.reading() as conn:
            found = JournalRepository(conn).on_calendar_days(same_days(day), day)
        years = by_year(found)
        log.info("memories.read", years=len(years), entries=sum(y.count for y in years))
        return years

    def enabled(self) -> bool:
        """Whether the Journal shows the line at all (the ``on_this_day`` setting)."""
        return self.settings is None or self.settings.snapshot().on_this_day == "on"

    def hidden_today(self) -> bool:
        """Whether the person closed the line today (it comes back tomorrow)."""
        if self.settings is None:
            return False
        return self.settings.snapshot().on_this_day_hidden_on == self.today().isoformat()

    def offered(self) -> list[YearOnThisDay]:
        """What the Journal's line offers now: nothing when it is turned off or hidden for
        today, else :meth:`on_this_day` for today."""
        if not self.enabled() or self.hidden_today():
            return []
        return self.on_this_day()

    def hide_for_today(self) -> None:
        """Close the line until tomorrow (kept in the vault, so a relock does not bring it
        back the same day)."""
        if self.settings is not None:
            self.settings.set("on_this_day_hidden_on", self.today().isoformat())
