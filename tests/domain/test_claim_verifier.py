"""The claim verifier: a claim is shown only if everything it asserts is in what it cites."""

from __future__ import annotations

import json
from datetime import date

import pytest
from llama_cpp.llama_grammar import json_schema_to_gbnf

from neuroleaf_desktop.domain.insights import (
    Claim,
    ClaimStream,
    EvidenceItem,
    brief,
    claim_schema,
    parse_claims,
    render_typed,
    typed_claim_schema,
    verify_claim,
)

RECOVERY = EvidenceItem(
    number=1,
    day=date(2026, 11, 28),
    kind="recovery",
    summary=(
        "Your mood fell 6→4→3 from 2026-11-23 to 2026-11-26; it rose on 2026-11-28 (up to 7). "
        "Logged that day: cooking, family. You felt calm, hopeful."
    ),
    quote="Had Tom and Lena over and we cooked together.",
    dates=(date(2026, 11, 28), date(2026, 11, 23), date(2026, 11, 26)),
    terms=("cooking", "family", "calm", "hopeful"),
    direction="up",
)
STILL_LOW = EvidenceItem(
    number=2,
    day=date(2026, 9, 24),
    kind="recovery",
    summary="Your mood fell 6→4→1 from 2026-09-20 to 2026-09-22; it rose on 2026-09-24 "
    "(up to 3, still low; your usual is 6).",
    dates=(date(2026, 9, 24),),
    direction="up",
    still_low=True,
)
SLEEP = EvidenceItem(
    number=3,
    day=date(2026, 10, 28),
    kind="sleep",
    summary="Your usual night is 7.2 h (median of 302 nights). 88 nights were poor.",
    dates=(date(2026, 10, 28),),
)
ITEMS = [RECOVERY, STILL_LOW, SLEEP]


def _check(text: str, *ids: int) -> tuple[str, ...]:
    return verify_claim(Claim(text, ids), ITEMS).reasons


@pytest.mark.parametrize(
    "text",
    [
        "On 28 Nov, after cooking and time with family, your mood rose from 3 to 7.",
        "Your mood rose to 7 on 2026-11-28, a day you logged cooking and family.",
        "On November 28th you felt calm and hopeful.",
        'You wrote "Had Tom and Lena over and we cooked together."',
        "Your mood fell from 6 to 3 between 23 Nov and 26 Nov.",
    ],
)
def test_supported_claims_pass(text: str) -> None:
    assert _check(text, 1) == ()


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("On 28 Nov, after a walk, your mood rose to 7.", "'walk'"),  # activity not there
        ("On 28 Nov you felt anxious.", "'anxious'"),  # emotion not there
        ("On 28 Nov your mood rose to 8.", "number 8"),  # number not there
        ("On 29 Nov your mood rose to 7.", "date '29 Nov'"),  # date not there
        ("On 2026-12-01 your mood rose to 7.", "date '2026-12-01'"),
        ("Cooking helped your mood on 28 Nov.", "'helped'"),  # a cause the evidence never says
        ("I felt low after work.", "first person"),  # narration the person never wrote
        ("On 28 Nov you saw Priya.", "'priya'"),  # a person not there
        ('You wrote "I went to Paris."', "quotes words"),
        ("On Tuesday your mood rose to 7.", "'Tuesday'"),  # its days: Mon, Thu, Sat
        ("Your mood got worse on 28 Nov.", "'worse'"),  # the wrong direction
        ("Maybe you should take sertraline.", "medication"),
    ],
)
def test_unsupported_claims_are_dropped_with_a_reason(text: str, reason: str) -> None:
    reasons = _check(text, 1)
    assert reasons and any(reason in r for r in reasons), reasons


def test_a_rise_still_below_usual_must_say_so() -> None:
    assert any("still low" in r for r in _check("On 2026-09-24 your mood rose to 3.", 2))
    assert _check("On 2026-09-24 your mood rose to 3, still low.", 2) == ()


def test_only_the_cited_items_count() -> None:
    # 7.2 h is in the sleep item, not in the recovery the claim cites
    assert any("number 7.2" in r for r in _check("Your usual night is 7.2 h.", 1))
    assert _check("Your usual night is 7.2 h.", 3) == ()
    assert _check("Your usual night is 7.2 h.") == ("cites no evidence",)
    assert any("does not exist" in r for r in _check("Your usual night is 7.2 h.", 3, 9))


def test_claims_stream_out_as_each_json_object_completes() -> None:
    text = (
        '{"claims": [{"text": "Your mood rose to 7.", "evidence": [1]}, '
        '{"text": "Your usual night is 7.2 h.", "evidence": [3]}]}'
    )
    stream = ClaimStream()
    seen: list[list[Claim]] = [stream.feed(text[i : i + 9]) for i in range(0, len(text), 9)]
    flat = [c for batch in seen for c in batch]
    assert flat == [Claim("Your mood rose to 7.", (1,)), Claim("Your usual night is 7.2 h.", (3,))]
    first_at = next(i for i, batch in enumerate(seen) if batch)
    assert first_at < len(seen) - 2  # the first claim came before the JSON was complete
    assert parse_claims(text) == flat
    assert parse_claims(text[:75]) == flat[:1]  # cut short: complete claims only
    assert parse_claims("not json") == []


def test_schema_bounds_the_evidence_ids() -> None:
    schema = claim_schema(4)
    ids = schema["properties"]["claims"]["items"]["properties"]["evidence"]["items"]
    assert ids == {"type": "integer", "minimum": 1, "maximum": 4}


# ---- typed claims: the model picks an item and its terms, code writes the sentence ----------
def test_the_typed_schema_offers_each_item_only_its_own_terms() -> None:
    schema = typed_claim_schema([RECOVERY, STILL_LOW])
    alternatives = schema["properties"]["claims"]["items"]["anyOf"]
    assert [a["properties"]["evidence"] for a in alternatives] == [{"const": 1}, {"const": 2}]
    assert alternatives[0]["properties"]["about"]["items"] == {"enum": list(RECOVERY.terms)}
    assert alternatives[1]["properties"]["about"] == {"const": []}  # no terms: nothing to add
    grammar = json_schema_to_gbnf(json.dumps(schema))
    assert '"[]"' in grammar and '"\\"cooking\\""' in grammar
    assert all(a["additionalProperties"] is False for a in alternatives)


def test_a_typed_claim_is_rendered_from_its_item_and_survives_the_check() -> None:
    text = '{"claims": [{"evidence": 1, "about": ["family"]}, {"evidence": 2, "about": []}]}'
    claims = parse_claims(text, [RECOVERY, STILL_LOW])
    first, second = claims
    assert first.text == (
        "On 28 Nov (a rise): Your mood fell 6→4→3 from 2026-11-23 to 2026-11-26; it rose on "
        "2026-11-28 (up to 7). Logged that day: family."
    )  # only the chosen word of the list; the feelings list was not chosen
    assert "still low" in second.text and second.direction == "up"
    for claim in claims:
        assert verify_claim(claim, [RECOVERY, STILL_LOW]).ok
    stream = ClaimStream([RECOVERY, STILL_LOW])
    streamed = [c for i in range(0, len(text), 7) for c in stream.feed(text[i : i + 7])]
    assert streamed == claims


def test_a_typed_claim_with_a_change_its_item_does_not_report_is_dropped() -> None:
    flat = EvidenceItem(3, date(2026, 10, 31), "activity", "Your check-ins list walk on 9 days.",
                        terms=("walk",))  # fmt: skip
    rises = Claim(render_typed(flat, ["walk"], "up"), (3,), ("walk",), "up")
    check = verify_claim(rises, [flat])
    assert not check.ok and any("direction 'up'" in r for r in check.reasons)
    invented = Claim(render_typed(flat, ["walk"], "none"), (3,), ("walk", "paris"), "none")
    assert any("'paris'" in r for r in verify_claim(invented, [flat]).reasons)
    assert verify_claim(Claim(render_typed(flat, ["walk"], "none"), (3,), ("walk",), "none"),
                        [flat]).ok  # fmt: skip


def test_the_prompt_line_is_short_and_names_the_terms() -> None:
    line = brief(RECOVERY)
    assert line.startswith("1. Your mood fell") and line.endswith("| about: cooking, family, "
                                                                  "calm, hopeful")  # fmt: skip
    assert "Tom" not in line  # the entry quote is not needed to choose
