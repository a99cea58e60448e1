"""Quoted spans in a text: « ... », “ ... ”, with nesting and unclosed quotes handled.

Pure text functions with code point offsets; which quotes are statements and who said them is
decided in :mod:`kg.extract.statements`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kg.extract.facts import trim_span
from kg.extract.lexicon_speech import MIN_QUOTE_WORDS, QUOTE_PAIRS


@dataclass(frozen=True)
class Quote:
    """``text[start:end]`` is the quote with its marks; ``inner`` is the words inside."""

    start: int
    end: int
    inner_start: int
    inner_end: int

    def inner(self, text: str) -> str:
        return text[self.inner_start:self.inner_end]


def find_quotes(text: str, *, min_words: int = MIN_QUOTE_WORDS) -> list[Quote]:
    """Outermost quotes of at least ``min_words`` words, in order.

    A quote left open runs to the end of its paragraph (a blank line), where reporters often
    drop the closing mark; quotes nested inside a quote are part of it.
    """
    quotes: list[Quote] = []
    index = 0
    while index < len(text):
        mark = text[index]
        if mark not in QUOTE_PAIRS or (mark == '"' and not _opens_straight_quote(text, index)):
            index += 1
            continue
        close = _closing(text, index, QUOTE_PAIRS[mark])
        end = close + 1 if close < len(text) and text[close] == QUOTE_PAIRS[mark] else close
        inner_start, inner_end = trim_span(text, index + 1, close)
        if inner_end > inner_start and len(text[inner_start:inner_end].split()) >= min_words:
            quotes.append(Quote(index, end, inner_start, inner_end))
        index = max(end, index + 1)
    return quotes


def _opens_straight_quote(text: str, index: int) -> bool:
    return index == 0 or not text[index - 1].isalnum()


def _closing(text: str, open_index: int, closing_mark: str) -> int:
    """Index of the matching closing mark, or the paragraph's end (exclusive) when none comes."""
    opening = text[open_index]
    paragraph_end = text.find("\n\n", open_index)
    limit = len(text) if paragraph_end < 0 else paragraph_end
    depth = 0
    for position in range(open_index + 1, limit):
        char = text[position]
        if char == closing_mark and depth == 0:
            return position
        if char == opening and opening != closing_mark:
            depth += 1
        elif char == closing_mark:
            depth -= 1
    return limit


def quoted(token: Any) -> bool:
    """Whether ``token`` stands inside quotation marks opened earlier in its sentence, or in a quote
    opened in a sentence before ("« A. B », a dit X": the tagger's second sentence starts in it)."""
    depth = 0
    for other in token.sent:
        if other.i >= token.i:
            break
        if other.text in ("«", "“"):
            depth += 1
        elif other.text in ("»", "”"):
            depth = max(0, depth - 1)
    if depth > 0:
        return True
    marks = [t.text for t in token.sent if t.i > token.i and t.text in ("«", "“", "»", "”")]
    return bool(marks) and marks[0] in ("»", "”")
