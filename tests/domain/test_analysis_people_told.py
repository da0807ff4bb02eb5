"""A person the writer tells, cannot tell or is ashamed to tell ("NDA means I can't even tell my
mum what I'm working on", "Ashamed to tell my dad") is the one told, a listener as "told my
mum" already was: no strain with them, though what is kept from them (a debt, a lost job)
stays. Not knowing what or how to tell them dreads what they will say and keeps them the
trouble, as does a relative who tells everyone the writer's business.

The sentences are written for these tests, not taken from the labelled set.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "person", "kept"),
    [
        ("Too embarrassed to tell my mum I failed my driving test again", "family", None),
        ("Ashamed to tell my sister how much I owe on the cards", "family", "money"),
        ("Haven't been able to tell my girlfriend I lost the job, feel sick about it",
         "relationships", "work"),
        ("Not allowed to tell my wife where I'm posted next, hate the secrecy",
         "relationships", None),
        ("Too scared to tell my boyfriend about the debt", "relationships", "money"),
        ("Can't even tell my brother what's going on at work, it's all under wraps, lonely",
         "family", None),
        ("Ashamed to tell my grandad I'm back on the benefits", "family", "money"),
    ],
)  # fmt: skip
def test_a_person_told_is_a_listener(text: str, person: str, kept: str | None) -> None:
    got = predict(text).stress
    assert person not in got
    if kept is not None:
        assert kept in got


@pytest.mark.parametrize(
    "text",
    [
        "No idea how to tell my parents I failed the module, dreading it",
        "Don't know what to tell my mum about the eviction, she'll go spare",
        "My mum keeps telling everyone my business, fuming",
    ],
)
def test_a_relative_dreaded_or_telling_stays_family(text: str) -> None:
    assert "family" in predict(text).stress
