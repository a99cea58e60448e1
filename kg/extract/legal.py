"""Investigations and indictments, and the order between events that the text states.

- An investigation is a sentence naming an investigation ("l'enquête menée par le procureur X");
  its investigator is the actor it is led by, if any. Its key is the investigator's, so articles
  about the same person's investigation describe one resource; an investigation without an
  investigator is keyed to its article.
- An indictment is an indictment verb or noun ("a inculpé treize Russes", "l'inculpation de X");
  its defendants are the actors it names, or their count. It is part of the investigation the
  article reports, when the article reports exactly one. Its key combines that investigation with
  the defendants (names or count), so two articles reporting the same indictment describe one event.
- Order: "A après que B" makes B before A ("les tweets surviennent après que la justice ait inculpé
  ..."): B's indictment is ordered before the statements of the actors named in A.
"""

from __future__ import annotations

from typing import Any

from kg.extract.actors import actors_in
from kg.extract.amounts import find_counts
from kg.extract.facts import Evidence, Extraction, Indictment, Investigation, Order, Statement
from kg.extract.lexicon_events import (
    AFTER_MARKERS,
    BEFORE_MARKERS,
    INDICTMENT_NOUNS,
    INDICTMENT_VERBS,
    INVESTIGATION_NOUNS,
    LEAD_CUES,
)
from kg.extract.when import date_of
from kg.iris import digest

Sentence = Any  # spaCy Span

_PEOPLE_KINDS = ("Person", "Organisation", "Company", "MediaOutlet")


def find_legal(extraction: Extraction) -> None:
    """The pipeline step: investigations, then indictments, then stated order."""
    for sentence in extraction.doc.sents:
        _investigation(extraction, sentence)
    for sentence in extraction.doc.sents:
        _indictment(extraction, sentence)
    for sentence in extraction.doc.sents:
        _order(extraction, sentence)


def _span(extraction: Extraction, sentence: Sentence) -> tuple[int, int]:
    body = extraction.article.body
    start, end = sentence.start_char, sentence.end_char
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


def _investigation(extraction: Extraction, sentence: Sentence) -> None:
    start, end = _span(extraction, sentence)
    text = extraction.article.body[start:end].lower()
    at = min((text.find(n) for n in INVESTIGATION_NOUNS if n in text), default=-1)
    if at < 0:
        return
    investigator = _investigator(extraction, start + at, end)
    key = f"enquete-{investigator}" if investigator else f"enquete-{extraction.article.key}"
    if any(i.key == key for i in extraction.investigations):
        return
    extraction.investigations.append(Investigation(
        key=key, investigator=investigator,
        evidence=Evidence.span(extraction.article, start, end),
        date=None,
    ))


def _investigator(extraction: Extraction, noun_start: int, end: int) -> str | None:
    """Who leads the investigation: "menée par X", "du procureur X", "de la commission X".

    Only an actor named within a few words of the noun, after a word that says who leads it.
    """
    window = extraction.article.body[noun_start:min(end, noun_start + 120)]
    lowered = window.lower()
    cue = min((lowered.find(c) for c in LEAD_CUES if c in lowered), default=-1)
    if cue < 0:
        return None
    led = [k for k in actors_in(extraction, noun_start + cue, noun_start + len(window))
           if extraction.actors[k].kind in ("Person", "GovernmentBody", "Organisation")]
    people = [k for k in led if extraction.actors[k].kind == "Person"]
    chosen = people or led
    return chosen[0] if chosen else None


def _indictment(extraction: Extraction, sentence: Sentence) -> None:
    start, end = _span(extraction, sentence)
    verbs = [t for t in sentence if t.lemma_ in INDICTMENT_VERBS and t.pos_ == "VERB"
             and not any(c.lower_ in ("ne", "n'", "pas") for c in t.children)]
    text = extraction.article.body[start:end].lower()
    noun_at = min((text.find(n) for n in INDICTMENT_NOUNS if n in text), default=-1)
    if not verbs and noun_at < 0:
        return
    anchor = verbs[0].idx if verbs else start + noun_at
    after_anchor = extraction.article.body[anchor:end]
    counts = [c for c in find_counts(after_anchor, offset=anchor) if c.value > 1]
    defendants = [k for k in actors_in(extraction, anchor, end) if extraction.actors[k].kind in _PEOPLE_KINDS]
    if not defendants and not counts:
        return
    investigation = extraction.investigations[0].key if len(extraction.investigations) == 1 else None
    count = counts[0].value if counts else None
    who = "-".join(sorted(defendants)) if defendants else f"{count}"
    key = digest(investigation or extraction.article.key, who)
    if any(i.key == key for i in extraction.indictments):
        return
    extraction.indictments.append(Indictment(
        key=key, evidence=Evidence.span(extraction.article, start, end), defendants=defendants,
        defendant_count=count, investigation=investigation,
        date=date_of(extraction, start, end, verbs[0] if verbs else None),
    ))


def _order(extraction: Extraction, sentence: Sentence) -> None:
    """"A après que B" / "A avant que B": order the facts of B's clause and A's actors."""
    start, end = _span(extraction, sentence)
    text = extraction.article.body[start:end].lower()
    for markers, b_first in ((AFTER_MARKERS, True), (BEFORE_MARKERS, False)):
        at = min((text.find(m) for m in markers if m in text), default=-1)
        if at < 0:
            continue
        pivot = start + at
        named_after = set(actors_in(extraction, pivot, end))
        sub_facts = [i for i in extraction.indictments
                     if i.evidence.start <= pivot < i.evidence.end or named_after & set(i.defendants)]
        main_actors = set(actors_in(extraction, start, pivot))
        main_facts: list[Statement] = [s for s in extraction.statements
                                       if s.speaker in main_actors and s.evidence.start != start]
        evidence = Evidence.span(extraction.article, start, end)
        for sub in sub_facts:
            for main in main_facts:
                before, after = (sub, main) if b_first else (main, sub)
                extraction.orders.append(Order(before=before, after=after, evidence=evidence))
                if b_first and sub.date is None and main.date is not None:
                    bound = main.date.latest
                    sub.latest = bound if sub.latest is None else min(sub.latest, bound)
