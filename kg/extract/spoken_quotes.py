"""Which quotation marks of an article hold speech, split where their speaker's incise interrupts
them ("« A, a plaidé sa directrice, X. B. »" is two quotes): the quotes statements are read from."""

from __future__ import annotations

from typing import Any

from kg.extract.facts import Extraction
from kg.extract.lexicon_speech import MIN_QUOTE_WORDS
from kg.extract.quote_verbs import naming_verb, said_around
from kg.extract.quotes import Quote, find_quotes
from kg.extract.reporting_verbs import reporting

Token = Any  # spaCy Token


def spoken_quotes(extraction: Extraction) -> list[Quote]:
    """The article's quotes that are speech (:func:`_long_enough`), each split at an incise."""
    return [part for quote in find_quotes(extraction.article.body, min_words=1)
            if _long_enough(extraction, quote) for part in _split_at_incise(extraction.doc, quote)]


def _long_enough(extraction: Extraction, quote: Quote) -> bool:
    """Whether a quote is speech: long enough not to be a term cited ("l'« ingérence russe »"), or
    the name a naming verb gives ("qualifiant l'affaire de « dossier privé »"), whatever its length."""
    if len(extraction.article.body[quote.inner_start:quote.inner_end].split()) >= MIN_QUOTE_WORDS:
        return True
    opening = extraction.doc.char_span(quote.start, quote.start + 1, alignment_mode="expand")
    return opening is not None and (naming_verb([t for t in opening.sent if t.i < opening.start]) is not None
                                    or said_around(opening, quote.end))


def _split_at_incise(doc: Any, quote: Quote) -> list[Quote]:
    """« A, a plaidé sa directrice, X. B. »: a quote its speaker's incise interrupts is two quotes,
    the words before the incise and those after its full stop (or after the comma closing a bare
    "a-t-il poursuivi,")."""
    span = doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
    inside = [t for t in span if t.idx >= quote.inner_start] if span is not None else []
    for index, comma in enumerate(inside[:-3]):
        if comma.text != ",":
            continue
        verb = next((t for t in inside[index + 1:index + 5]  # "a-t-il poursuivi": past "-t", "-il"
                     if t.pos_ != "AUX" and not t.text.startswith("-")), None)
        if verb is None or not reporting(verb):
            continue
        pronoun = doc[verb.i - 1].text.startswith("-") or doc[verb.i + 1].text.startswith("-")
        bare = pronoun and verb.i + 2 < len(doc) and "," in (doc[verb.i + 1].text, doc[verb.i + 2].text)
        named = None if pronoun else _named_incise_end(doc, verb, inside[-1].i)
        stop = next((t for t in inside[index + 1:index + 16] if t.text == "." or t.i == named or (
            bare and t.text == "," and t.i > verb.i)), None)
        if stop is None or any(t.text in "«»\"" for t in inside[index:stop.i - inside[0].i]):
            return [quote]
        rest = [t for t in inside if t.i > stop.i and not t.is_space]
        opening = doc.text[quote.inner_start:comma.idx].split()
        if len(rest) < 2 or len(opening) < MIN_QUOTE_WORDS:  # "« Ces pages, poursuit-il, sont ... »"
            return [quote]
        return [Quote(quote.start, comma.idx, quote.inner_start, comma.idx),
                Quote(rest[0].idx, quote.end, rest[0].idx, quote.inner_end)]
    return [quote]


def _named_incise_end(doc: Any, verb: Token, last: int) -> int | None:
    """"« A, a déclaré lundi le procureur général, X, et B. »": the comma closing an incise whose
    subject is a person named in it, past appositions (", la présidente du parti,"), where a clause
    with a finite verb opens; none when a "que" goes on with the sentence ("« C'est la première fois,
    explique X, la présidente du parti, qu'on voit ... »")."""
    name = next((t for t in doc[verb.i + 1:min(last, verb.i + 12)] if t.ent_type_ == "PER"), None)
    if name is None:
        return None
    commas = [t.i for t in doc[name.i:last] if t.text == ","]
    for comma, following in zip(commas, [*commas[1:], last], strict=False):
        segment = doc[comma + 1:following]
        if not len(segment) or segment[0].lower_ in ("que", "qu'", "qu’"):
            return None
        if any("Fin" in t.morph.get("VerbForm") for t in segment):
            return int(comma)
    return None
