"""The bundled crisis-line table: lookup by country code, the fallback, and its date."""

from __future__ import annotations

from datetime import date

import pytest

from neuroleaf_desktop.domain import crisis_lines as cl


@pytest.mark.parametrize(
    ("code", "contact"),
    [
        ("US", "988"),
        ("CA", "988"),
        ("GB", "116 123"),
        ("IE", "116 123"),
        ("AU", "13 11 14"),
        ("NZ", "1737"),
        ("DE", "0800 111 0 111"),
        ("DE", "0800 111 0 222"),
        ("FR", "3114"),
        ("NL", "113"),
        ("NL", "0800 0113"),
        ("ES", "024"),
        ("IN", "14416"),
    ],
)
def test_lookup_by_country_code(code: str, contact: str) -> None:
    region = cl.lines_for(code)
    assert region.code == code
    assert any(contact in line.contact for line in region.lines)
    assert not cl.is_fallback(region)


def test_lookup_ignores_case_space_and_knows_uk_alias() -> None:
    assert cl.lines_for(" gb ").code == "GB"
    assert cl.lines_for("UK").code == "GB"
    assert cl.lines_for("us").lines[0].contact == "988"


@pytest.mark.parametrize("code", [None, "", "ZZ", "XX", "Q"])
def test_unknown_country_falls_back_to_emergency_numbers(code: str | None) -> None:
    region = cl.lines_for(code)
    assert cl.is_fallback(region)
    assert region.lines == ()
    assert "emergency" in cl.INTERNATIONAL_FALLBACK
    assert "112" in cl.INTERNATIONAL_FALLBACK


def test_table_is_dated_and_recent() -> None:
    assert isinstance(cl.AS_OF, date)
    # checked after the US (2022) and Canada (2023) moved to 988; never a date in the future
    assert date(2024, 1, 1) <= cl.AS_OF <= date.today()


def test_table_is_well_formed() -> None:
    assert len(cl.CRISIS_LINES) >= 10
    for code, region in cl.CRISIS_LINES.items():
        assert code == region.code
        assert len(code) == 2 and code.isupper()
        assert region.country and region.emergency
        assert region.lines, code
        for line in region.lines:
            assert line.name and line.contact
    assert [r.country for r in cl.countries()] == sorted(r.country for r in cl.countries())


@pytest.mark.parametrize(
    ("code", "contact"),
    [("IT", "02 2327 2327"), ("PT", "808 24 24 24"), ("BR", "188"), ("MX", "800 911 2000")],
)
def test_lines_for_the_detectors_languages(code: str, contact: str) -> None:
    region = cl.lines_for(code)
    assert any(contact in line.contact for line in region.lines)
    assert cl.VERIFIED_ONLINE is False  # still to be checked against each service before release


def test_known_country_codes_for_the_setting() -> None:
    assert cl.is_known_country("") and cl.is_known_country("it") and cl.is_known_country("UK")
    assert not cl.is_known_country("ZZ")
