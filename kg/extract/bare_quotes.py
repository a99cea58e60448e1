"""Who says a quote that has no reporting verb outside its marks: the verb of an incise inside
it ("« Ces pages, poursuit-il, sont ... »"), or the person the sentence just before is about
("X a reçu RFI mercredi au siège du parti. « Nous n'avons jamais ... »").
"""

from __future__ import annotations

from typing import Any

from kg.extract.facts import Extraction
from kg.extract.memory import SpeakerMemory
from kg.extract.quotes import Quote
from kg.extract.reporting_verbs import reporting
from kg.extract.speakers import negated, speaker_of, subject_of

Token = Any  # spaCy Token
Sentence = Any  # spaCy Span

_INVERTED = frozenset({"-il", "-elle"})


def inner_incise(doc: Any, quote: Quote) -> Token | None:
    """The reporting verb of an incise set off by commas inside the quote, its subject inverted:
    "« Ces pages, poursuit-il, sont animées ... »", "« Ce n'est pas, a-t-elle dit, une faute »",
    "« C'est la première fois, explique Jane Doe, la présidente du parti, qu'on voit ... »"."""
    inside = [t for t in doc if quote.inner_start <= t.idx < quote.inner_end]
    for index, comma in enumerate(inside[:-3]):
        if comma.text != ",":
            continue
        group = inside[index + 1:index + 6]
        verb = next((t for t in group if t.pos_ != "AUX" and not t.text.startswith("-")), None)
        if verb is None or not reporting(verb):
            continue
        pronoun = [t for t in group if t.lower_ in _INVERTED]
        after = doc[pronoun[0].i + 1] if pronoun and pronoun[0].i + 1 < len(doc) else None
        if after is not None and after.text == ",":
            return verb
        named = doc[verb.i + 1] if verb.i + 1 < len(doc) else None  # "« C'est, explique X Y, la ... »"
        if named is not None and named.ent_type_ == "PER" and named.text[:1].isupper() and any(
                t.text == "," for t in doc[named.i + 1:min(named.i + 6, len(doc))]):
            return verb
    return None


def introduced_speaker(extraction: Extraction, sentence: Sentence, quote: Quote, memory: SpeakerMemory,
                       number: int) -> tuple[str, Sentence] | None:
    """The person the sentence before a quote standing as a whole sentence is about, and that
    sentence: "Le porte-parole du parti, X, a reçu RFI mercredi. « ... »". Only within a
    paragraph, when that sentence quotes no one and its subject is a person."""
    body = extraction.article.body
    whole = quote.start == sentence.start_char and not body[quote.end:sentence.end_char].strip(" .\n")
    if not whole or sentence.start == 0:
        return None
    previous = sentence.doc[sentence.start - 1].sent
    if "\n" in body[previous.start_char:quote.start] or any(t.text in ("«", "»", "“", "”") for t in previous):
        return None
    root = previous.root
    subject = subject_of(root) if root.pos_ in ("VERB", "AUX") else None
    if subject is None or negated(root):
        return None
    found = speaker_of(extraction, root, memory, number - 1)
    if found is None or extraction.actors[found[0]].kind != "Person":
        return None
    return found[0], previous


#: nouns that take up the words just quoted: "X a lâché cette phrase", "ces propos"
_SPEECH_NOUNS = frozenset({"phrase", "mots", "propos", "formule", "paroles"})


def taken_up(sentence: Sentence, quote: Quote) -> Token | None:
    """The reporting verb right after a quote that opens its sentence or its line and ends with its
    own full stop, in the same paragraph, when that verb takes the quote up: "« ... » Le directeur
    de campagne, X, a lâché cette phrase lundi" (the tagger may end a sentence inside the marks).
    """
    doc, body = sentence.doc, sentence.doc.text
    line = body.rfind("\n", 0, quote.start) + 1
    opens = not body[max(sentence.start_char, line):quote.start].strip()
    if not opens or not body[quote.inner_start:quote.inner_end].rstrip().endswith((".", "!", "?")):
        return None
    after = next((t for t in doc[sentence.start:] if t.idx >= quote.end and not t.is_space), None)
    if after is None or "\n" in body[quote.end:after.idx]:
        return None
    return next((t for t in after.sent if t.idx >= quote.end and reporting(t) and not negated(t) and any(
        c.dep_ == "obj" and c.lower_ in _SPEECH_NOUNS
        and any(d.lower_ in ("cette", "ces", "ce", "cet") for d in c.children) for c in t.children)), None)
