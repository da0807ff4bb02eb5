"""Which words gave each stress chip: character offsets into the analysed text.

Why: a later reader (the learned gate) doubts a chip from the clause it came from, so the
result says where each counted stress keyword was read. The offsets must point at what the
writer typed even where the reading rewrote the sentence (a first name written as "someone",
a curly apostrophe, a contrast cut into segments), and must follow the keywords shown. They
are read on demand, not carried in every analysis. The sentences are new, written for these
tests.
"""

from __future__ import annotations

from dataclasses import replace

from neuroleaf_desktop.domain.analysis.analyzer import analyse
from neuroleaf_desktop.domain.analysis.models import EntryAnalysis
from neuroleaf_desktop.domain.analysis.stress_spans import Span, keyword_spans


def _spans(title: str, body: str, analysis: EntryAnalysis) -> tuple[Span, ...]:
    return keyword_spans(title, body, (keyword for keyword, _weight in analysis.stress_keywords))


def _words(text: str, title: str = "") -> dict[str, list[str]]:
    analysed = f"{title}\n{text}" if title.strip() else text
    out: dict[str, list[str]] = {}
    for keyword, start, end in _spans(title, text, analyse(title, text)):
        out.setdefault(keyword, []).append(analysed[start:end])
    return out


def test_each_span_names_the_words_that_gave_the_keyword() -> None:
    words = _words("My boss yelled at me again and the rent is due Friday.")
    assert words["boss"] == ["boss"]
    assert words["criticism"] == ["yelled at"]
    assert words["rent"] == ["rent"]


def test_spans_point_at_the_text_as_typed() -> None:
    text = "Priya rang about the shop, but honestly I can’t afford the rent this month."
    words = _words(text)
    assert words["money"] == ["can’t afford"]
    assert words["rent"] == ["rent"]


def test_offsets_count_the_title_and_its_newline() -> None:
    words = _words("The landlord wants the flat back.", title="Awful day")
    assert words["landlord"] == ["landlord"]


def test_a_keyword_read_twice_has_a_span_each_time_over_the_phrase_matched() -> None:
    words = _words("The rent went up. I can't stop thinking about the rent, it's too much.")
    assert words["rent"] == ["rent went up", "rent"]


def test_every_keyword_shown_has_a_span_and_no_span_is_left_over() -> None:
    text = "Exams next week, no sleep, and my sister is in hospital again."
    analysis = analyse("", text)
    shown = {keyword for keyword, _weight in analysis.stress_keywords}
    assert shown
    assert {keyword for keyword, _start, _end in _spans("", text, analysis)} == shown


def test_a_trouble_set_aside_gives_no_span() -> None:
    text = "My friend's landlord is a nightmare, I feel bad for her."
    analysis = analyse("", text)
    assert not analysis.stress_keywords
    assert keyword_spans("", text, ("landlord",)) == ()


def test_spans_follow_the_keywords_shown() -> None:
    text = "Boss shouted at me and the rent is overdue."
    analysis = analyse("", text)
    assert _spans("", text, analysis)
    withdrawn = analysis.stress_keywords[0][0]
    kept = replace(analysis, stress_keywords=analysis.stress_keywords[1:])
    assert withdrawn not in {keyword for keyword, _s, _e in _spans("", text, kept)}
    assert withdrawn in {keyword for keyword, _s, _e in _spans("", text, analysis)}
