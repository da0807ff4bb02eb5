"""Crisis lines by country: a small, bundled, dated table. Pure data and one lookup.

Why bundled: the safety card must work offline and must never phone home to find out where
someone is. The country comes from the operating system's locale (the UI asks
``QLocale.system().territory()``) or from the person's own choice on the card.

Why dated: numbers change (the US moved to 988 in 2022, Canada in 2023). ``AS_OF`` says when
this table was last checked; a test fails when it grows older than a year so someone re-checks
it before a release. Only services that are free, national and staffed by people are listed.
When a country is not in the table, ``INTERNATIONAL_FALLBACK`` points to local emergency
numbers instead of guessing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

#: The date the numbers below reflect. They were compiled from the services' published
#: numbers as the developers knew them; this build environment has no web access, so they have
#: NOT yet been re-checked against each service's own website. Do that before a release.
AS_OF = date(2025, 6, 1)
VERIFIED_ONLINE = False


@dataclass(frozen=True)
class CrisisLine:
    name: str
    contact: str  # what to dial or text, as the service writes it
    hours: str = "24/7"
    note: str = ""  # e.g. "call or text"


@dataclass(frozen=True)
class RegionLines:
    code: str  # ISO 3166-1 alpha-2, upper case ("" for the international fallback)
    country: str
    emergency: str  # the emergency number(s) for immediate danger
    lines: tuple[CrisisLine, ...]


INTERNATIONAL_FALLBACK = (
    "If you are in immediate danger, call your local emergency number (112 works from "
    "mobile phones in much of the world; 911 in North America, 999 in the UK, 000 in "
    "Australia). You can find a crisis line for your country at findahelpline.com or in "
    "the list kept by the International Association for Suicide Prevention."
)

_FALLBACK = RegionLines(
    code="",
    country="International",
    emergency="your local emergency number (often 112)",
    lines=(),
)

CRISIS_LINES: dict[str, RegionLines] = {
    r.code: r
    for r in (
        RegionLines(
            "US",
            "United States",
            "911",
            (CrisisLine("988 Suicide & Crisis Lifeline", "988", note="call or text"),),
        ),
        RegionLines(
            "CA",
            "Canada",
            "911",
            (CrisisLine("9-8-8 Suicide Crisis Helpline", "988", note="call or text"),),
        ),
        RegionLines(
            "GB",
            "United Kingdom",
            "999",
            (
                CrisisLine("Samaritans", "116 123", note="free to call"),
                CrisisLine("Shout", "text SHOUT to 85258", note="text"),
            ),
        ),
        RegionLines(
            "IE",
            "Ireland",
            "112 or 999",
            (
                CrisisLine("Samaritans", "116 123", note="free to call"),
                CrisisLine("Text About It", "text HELLO to 50808", note="text"),
            ),
        ),
        RegionLines(
            "AU",
            "Australia",
            "000",
            (CrisisLine("Lifeline", "13 11 14", note="call, or text 0477 13 11 14"),),
        ),
        RegionLines(
            "NZ",
            "New Zealand",
            "111",
            (
                CrisisLine("Need to talk?", "1737", note="free call or text"),
                CrisisLine("Lifeline Aotearoa", "0800 543 354"),
            ),
        ),
        RegionLines(
            "DE",
            "Germany",
            "112",
            (CrisisLine("TelefonSeelsorge", "0800 111 0 111 or 0800 111 0 222", note="free"),),
        ),
        RegionLines(
            "AT",
            "Austria",
            "112 or 144",
            (CrisisLine("Telefonseelsorge", "142", note="free"),),
        ),
        RegionLines(
            "CH",
            "Switzerland",
            "144 or 112",
            (CrisisLine("Die Dargebotene Hand / La Main Tendue", "143"),),
        ),
        RegionLines(
            "FR",
            "France",
            "112 or 15",
            (CrisisLine("Numéro national de prévention du suicide", "3114", note="free"),),
        ),
        RegionLines(
            "BE",
            "Belgium",
            "112",
            (
                CrisisLine("Zelfmoordlijn", "1813", note="Dutch"),
                CrisisLine("Centre de Prévention du Suicide", "0800 32 123", note="French"),
            ),
        ),
        RegionLines(
            "NL",
            "Netherlands",
            "112",
            (CrisisLine("113 Zelfmoordpreventie", "113 or 0800 0113", note="free"),),
        ),
        RegionLines(
            "ES",
            "Spain",
            "112",
            (CrisisLine("Línea de atención a la conducta suicida", "024", note="free"),),
        ),
        RegionLines(
            "IT",
            "Italy",
            "112",
            (
                CrisisLine("Telefono Amico Italia", "02 2327 2327", hours="every day 9:00-24:00"),
                CrisisLine("Samaritans Onlus", "06 77208977", hours="every day 13:00-22:00"),
            ),
        ),
        RegionLines(
            "PT",
            "Portugal",
            "112",
            (
                CrisisLine("SNS 24 (aconselhamento psicológico)", "808 24 24 24"),
                CrisisLine("SOS Voz Amiga", "213 544 545", hours="every day 15:30-00:30"),
            ),
        ),
        RegionLines(
            "BR",
            "Brazil",
            "192 (SAMU) or 190",
            (CrisisLine("CVV – Centro de Valorização da Vida", "188", note="free"),),
        ),
        RegionLines(
            "MX",
            "Mexico",
            "911",
            (CrisisLine("Línea de la Vida", "800 911 2000", note="free"),),
        ),
        RegionLines(
            "SE",
            "Sweden",
            "112",
            (CrisisLine("Självmordslinjen (Mind)", "90101"),),
        ),
        RegionLines(
            "IN",
            "India",
            "112",
            (CrisisLine("Tele-MANAS", "14416 or 1-800-891-4416", note="free"),),
        ),
    )
}

#: Countries that share a line with another entry (UK crown dependencies use Samaritans).
_ALIASES = {"UK": "GB", "JE": "GB", "GG": "GB", "IM": "GB"}


def lines_for(country_code: str | None) -> RegionLines:
    """The crisis lines for an ISO 3166-1 alpha-2 code (any case), or the fallback."""
    code = (country_code or "").strip().upper()
    code = _ALIASES.get(code, code)
    return CRISIS_LINES.get(code, _FALLBACK)


def is_fallback(region: RegionLines) -> bool:
    return not region.lines


def is_known_country(code: str) -> bool:
    """Is ``code`` a country the table (or an alias) has lines for? "" means "use the system's"."""
    code = code.strip().upper()
    return code == "" or _ALIASES.get(code, code) in CRISIS_LINES


def countries() -> list[RegionLines]:
    """Every country in the table, by name (for a picker)."""
    return sorted(CRISIS_LINES.values(), key=lambda r: r.country)
