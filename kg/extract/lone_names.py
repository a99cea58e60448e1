"""One capitalised word the tagger calls an organisation, read as an actor where it speaks: "»,
indique Zindo.", "Selon Zindo,", "Zindo a démenti" (a name of one word is otherwise too weak to
found an actor: a place, a brand, a word at a sentence start)."""

from __future__ import annotations

from typing import Any

from kg.extract.reporting_verbs import reporting

Span = Any  # spaCy Span


def speaking_lone_name(span: Span) -> bool:
    """Whether a one-word capitalised name stands where a speaker does: after "selon"/"d'après" and
    before a comma, right after an inverted reporting verb that follows a closed quotation, or as the
    subject of a reporting verb."""
    doc = span.doc
    word = span[0]
    if len(span) != 1 or not word.text[:1].isupper() or word.text.isupper() or not word.is_alpha \
            or word.vocab.has_vector(word.lower_):
        return False  # (not a French word: "Le Progrès rappelle")
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.lower_ in ("selon", "après") and after is not None and after.text == ",":
        return True  # "Selon Zindo, ...", "D'après Zindo, ..."
    if before is not None and reporting(before) and span.start >= 3 and after is not None \
            and (after.is_punct or after.pos_ == "ADP"):
        back = [t.text for t in doc[max(0, before.i - 4):before.i]]
        return "," in back and any(t in ("»", "”") for t in back)  # "», indique Zindo dans un communiqué"
    return word.dep_ == "nsubj" and reporting(word.head) and word.i < word.head.i
