"""The title written next to a speaker's name ("la porte-parole du gouvernement Inès Bouchard",
"Rob Goldman, vice-président de ...,"), read on the surface: the parse of appositions is unreliable."""

from __future__ import annotations

from typing import Any

from kg.extract.actors import actor_at
from kg.extract.facts import Extraction
from kg.extract.lexicon_speech import HONORIFICS

Token = Any  # spaCy Token


def title_of(extraction: Extraction, tokens: list[Token], key: str) -> str | None:
    """The title written next to the actor's name: "la porte-parole du gouvernement Inès Bouchard",
    "la ministre de l'Intérieur, Daniela Rusu", "Rob Goldman, vice-président de ...,".

    Read on the surface around the name's first mention in the phrase: the parse of such
    appositions is unreliable.
    """
    named = [t for t in tokens if actor_at(extraction, t.idx, t.idx + len(t)) == key]
    if not named:
        return None
    return _title_before(named[0]) or _title_after(named[-1])


_TITLE_POS = frozenset({"NOUN", "ADJ", "ADP", "DET", "PROPN"})


def _title_before(first: Token) -> str | None:
    doc, sentence = first.doc, first.sent
    index = first.i - 1
    if index >= sentence.start and doc[index].text == ",":
        index -= 1
    words: list[Token] = []
    while index >= sentence.start and doc[index].pos_ in _TITLE_POS and doc[index].text not in ",;:«»":
        token = doc[index]
        if token.pos_ == "DET" and (index == sentence.start or doc[index - 1].pos_ != "ADP"):
            break  # the determiner that opens the title phrase
        words.insert(0, token)
        index -= 1
    if index > sentence.start and doc[index - 1].pos_ == "ADP":
        return None  # "Dans ces tweets, X ...": a fronted adverbial, not a title
    while words and words[0].pos_ != "NOUN":
        words.pop(0)
    return title_words(words) if words else None


def _title_after(last: Token) -> str | None:
    doc, sentence = last.doc, last.sent
    index = last.i + 1
    if index >= sentence.end or doc[index].text != ",":
        return None
    words: list[Token] = []
    index += 1
    while index < sentence.end and doc[index].text not in ",;:.«»" and doc[index].pos_ in _TITLE_POS:
        words.append(doc[index])
        index += 1
    closed = index < sentence.end and doc[index].text == ","
    if not closed or not words or words[0].pos_ not in ("NOUN", "DET"):
        return None
    while words and words[0].pos_ == "DET":
        words.pop(0)
    return title_words(words) if words and words[0].pos_ == "NOUN" else None


def title_words(tokens: list[Token]) -> str | None:
    kept = [t for t in tokens if t.lower_ not in HONORIFICS]
    if not kept:
        return None
    doc = kept[0].doc
    text = str(doc[kept[0].i:kept[-1].i + 1].text).strip(" ,;:")
    return text or None
