"""Stress chips' sources: each shown keyword quoted from the words it was read in.

Why: a "work" chip is a claim about someone's life, so its tooltip quotes what they wrote. The
quotes must be the person's own words (never made up, never across the title/body join), whole
words with their accents and emoji intact, short, and line up with the analyser's offsets. The
analysis is the real analyser's on sentences written for these tests; what is asserted is the
relation between the quote, the span and the typed text, so a retuned rule set that reads a
keyword elsewhere still has to quote exactly where it read it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from neuroleaf_desktop.domain.analysis.analyzer import analyse, analysed_text
from neuroleaf_desktop.domain.analysis.stress_spans import keyword_spans
from neuroleaf_desktop.services.analysis_sources import (
    ELLIPSIS,
    MAX_QUOTE_CHARS,
    MAX_QUOTES,
    KeywordSource,
    Quote,
    quotes_of,
    stress_sources,
)


def _part(title: str, body: str, quote: Quote) -> tuple[str, int]:
    """The text a quote was taken from, and where it starts in the analysed text."""
    if quote.part == "title":
        return title, 0
    return body, (len(title) + 1 if title.strip() else 0)


def _checked(title: str, body: str) -> dict[str, KeywordSource]:
    """The sources of a real analysis, each quote checked against the text and the spans."""
    analysis = analyse(title, body)
    sources = stress_sources(title, body, analysis)
    analysed = analysed_text(title, body)
    shown = [keyword for keyword, _weight in analysis.stress_keywords]
    spans = keyword_spans(title, body, shown)
    assert [s.keyword for s in sources] == [k for k in shown if k in {s[0] for s in spans}]
    for source in sources:
        starts = {start for keyword, start, _end in spans if keyword == source.keyword}
        assert 1 <= len(source.quotes) <= MAX_QUOTES
        for quote in source.quotes:
            text, offset = _part(title, body, quote)
            # the words are what was typed there, and where the analyser read them
            assert text[quote.start : quote.end] == quote.words
            assert analysed[offset + quote.start : offset + quote.end] == quote.words
            assert offset + quote.start in starts
            assert quote.words in quote.text
            inner = quote.text.removeprefix(ELLIPSIS).removesuffix(ELLIPSIS)
            begins = text.find(inner)
            assert begins >= 0  # one stretch of one part: never the title and body joined
            assert "\n" not in inner and "\r" not in inner
            assert len(inner) <= MAX_QUOTE_CHARS or inner == quote.words
            # cut at whole words: nothing word-like glued on either side of the quote
            ends = begins + len(inner)
            assert begins == 0 or not text[begins - 1].isalnum()
            assert ends == len(text) or not (
                text[ends].isalnum() or unicodedata.combining(text[ends])
            )
    return {source.keyword: source for source in sources}


def test_each_keyword_is_quoted_from_its_own_sentence() -> None:
    body = "The rota changed again for Saturday. My boss yelled at me and the rent is due Friday."
    sources = _checked("", body)
    assert sources, "the analyser reads stress here"
    for source in sources.values():
        for quote in source.quotes:
            # short sentences are quoted whole, without an ellipsis
            assert quote.text in (
                "The rota changed again for Saturday.",
                "My boss yelled at me and the rent is due Friday.",
            )
    assert "rent" in sources["rent"].quotes[0].text


def test_a_keyword_the_text_does_not_hold_gets_no_quote() -> None:
    body = "My boss yelled at me again and the rent is due Friday."
    analysis = analyse("", body)
    assert analysis.stress_keywords
    added = replace(analysis, stress_keywords=(*analysis.stress_keywords, ("exam", 1.0)))
    keywords = {source.keyword for source in stress_sources("", body, added)}
    assert "exam" not in keywords
    assert keywords == {k for k, _w in analysis.stress_keywords}


def test_an_analysis_without_stress_gives_no_sources() -> None:
    body = "A calm walk by the river with my sister, the light was lovely."
    analysis = analyse("", body)
    assert stress_sources("", body, replace(analysis, stress_keywords=())) == ()


def test_title_and_body_are_quoted_apart() -> None:
    title = "My boss yelled at me"
    body = "The rent is due Friday and I can't afford it."
    sources = _checked(title, body)
    parts = {q.part for s in sources.values() for q in s.quotes}
    assert parts == {"title", "body"}
    for source in sources.values():
        for quote in source.quotes:
            if quote.part == "title":
                assert quote.text == title  # the title alone, none of the body after it
            else:
                assert title not in quote.text


def test_a_title_only_entry_is_quoted_from_its_title() -> None:
    title = "My boss yelled at me in front of everyone"
    sources = _checked(title, "")
    assert sources
    assert all(q.part == "title" for s in sources.values() for q in s.quotes)


def test_a_blank_title_leaves_the_body_offsets_alone() -> None:
    body = "My boss yelled at me in front of everyone."
    assert _checked("   ", body).keys() == _checked("", body).keys()
    quote = next(iter(_checked("   ", body).values())).quotes[0]
    assert quote.part == "body" and body[quote.start : quote.end] == quote.words


def test_emoji_accents_and_crlf_stay_whole() -> None:
    body = (
        "Exams 📚😩 next week.\r\nMy boss 👨\u200d💼 yelled at me.\r\n"
        "My fiance\u0301 left me and I can't stop crying."
    )
    sources = _checked("", body)
    quotes = [q for s in sources.values() for q in s.quotes]
    assert any("👨\u200d💼" in q.text for q in quotes)  # a joined emoji is never split
    fiance = [q for q in quotes if q.words.startswith("fiance")]
    assert fiance and fiance[0].words == "fiance\u0301"  # the accent typed after the e
    assert all(not q.text.endswith("\r") for q in quotes)


def test_right_to_left_words_are_quoted_as_typed() -> None:
    body = "שלום. My boss yelled at me about the מצגת again, and the rent is late."
    sources = _checked("", body)
    quotes = [q for s in sources.values() for q in s.quotes]
    assert quotes
    assert any("מצגת" in q.text for q in quotes)
    assert all(not q.text.startswith("שלום") for q in quotes)  # the sentence before is left out


def test_a_long_sentence_is_cut_at_words_with_an_ellipsis() -> None:
    body = (
        "So today started fine but then in the afternoon after a very long and tiring meeting "
        "that went nowhere my boss told me that the whole project was going to be cancelled "
        "without any warning at all"
    )
    sources = _checked("", body)
    quotes = [q for s in sources.values() for q in s.quotes]
    assert quotes
    assert all(len(q.text) <= MAX_QUOTE_CHARS + 2 for q in quotes)
    assert any(ELLIPSIS in q.text for q in quotes)


def test_a_keyword_read_in_many_places_quotes_two_and_counts_the_rest() -> None:
    body = (
        "The rent went up. I can't stop thinking about the rent, it's too much. "
        "Honestly the rent is the thing that keeps me awake every single night now."
    )
    rent = _checked("", body)["rent"]
    spans = [s for s in keyword_spans("", body, ["rent"]) if s[0] == "rent"]
    assert len(rent.quotes) == min(MAX_QUOTES, len(spans))
    assert len(rent.quotes) + rent.more == len(spans)  # one sentence each here
    first, second = rent.quotes
    assert first.start < second.start and first.text != second.text


def test_two_places_in_one_sentence_share_one_quote() -> None:
    body = "The rent is late and the rent went up again."
    spans = [s for s in keyword_spans("", body, ["rent"]) if s[0] == "rent"]
    rent = _checked("", body).get("rent")
    assert rent is not None and len(spans) == 2
    assert len(rent.quotes) == 1 and rent.more == 0


def test_a_clause_of_a_long_sentence_is_marked_where_the_sentence_goes_on() -> None:
    body = (
        "The rota changed again for Saturday, so I'm working the whole weekend and my manager "
        "won't even listen when I ask about it."
    )
    assert len(body) > MAX_QUOTE_CHARS  # too long to quote whole
    quotes = [q for s in _checked("", body).values() for q in s.quotes]
    assert quotes
    for quote in quotes:
        inner = quote.text.removeprefix(ELLIPSIS).removesuffix(ELLIPSIS)
        # an ellipsis exactly on the sides where the sentence has more words
        assert quote.text.startswith(ELLIPSIS) == (not body.startswith(inner))
        assert quote.text.endswith(ELLIPSIS) == (not body.rstrip(".").endswith(inner.rstrip(".")))


def test_a_span_over_the_join_is_cut_back_to_the_part_it_starts_in() -> None:
    # The analyser's offsets never cross the newline it puts after the title today; a stretch
    # it rewrote could, so the quote keeps to the title rather than gluing two texts together.
    title, body = "Rent again", "went up. Landlord says sorry."
    analysed = analysed_text(title, body)
    start, end = analysed.index("again"), analysed.index("up.")
    assert start < len(title) < end
    (quote,), more = quotes_of(title, body, [(start, end)])
    assert more == 0 and quote.part == "title"
    assert (quote.words, quote.text) == ("again", title)
    body_only = quotes_of(title, body, [(analysed.index("Landlord"), analysed.index(" says"))])
    assert body_only[0][0].part == "body" and body_only[0][0].words == "Landlord"


def test_a_sentence_ending_inside_quote_marks_ends_there() -> None:
    body = (
        'My manager said "the deadline moved again." Then I went home and cooked a long slow '
        "dinner with my sister and her kids."
    )
    sources = _checked("", body)
    assert "deadline" in sources
    (quote,) = sources["deadline"].quotes
    # the whole first sentence with its closing quote mark, and nothing of the next one
    assert quote.text == 'My manager said "the deadline moved again."'
