"""Capitals that stand for their government: "Pékin a démenti", "selon Moscou", "Canberra, liée à
Funafuti par un traité, a fait savoir". Elsewhere ("à Pékin") a capital is a place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from kg.extract.furniture import dateline_spans
from kg.extract.gazetteer import Gazetteer
from kg.extract.lexicon_speech import REPORTING_VERBS
from kg.extract.resolve import Candidate

#: a capitalised word right after the seat: the seat starts a longer name ("Accra Media Watch")
_NAME_GOES_ON = re.compile(r" [A-ZÀ-Ý]")
#: "Oulan-Bator, 20 juin 2024 (AFP) -": the city a wire dispatch was filed from
_DATELINE = re.compile(r",\s*\d{1,2}(?:er)?\s+\w+")

#: "le centre de Podgorica", "à Pristina": the seat is a place
_PLACED = re.compile(r"\b(?:de|à|en|au|depuis|vers)\s+\Z", re.IGNORECASE)
#: "selon Pékin", "d'après Moscou": the seat speaks
_ATTRIBUTING = re.compile(r"(?:\bselon|\bd['’]après|\bpour)\s+\Z", re.IGNORECASE)


def seat_candidates(doc: Any, gazetteer: Gazetteer, found: Sequence[Candidate],
                    headings: Sequence[tuple[int, int]] = ()) -> list[Candidate]:
    """A capital that acts or speaks stands for its government ("Pékin a démenti", "selon Moscou"):
    the subject of a verb, or the source of an attribution. Elsewhere ("à Pékin") it is a place; in
    a heading or a dateline ("Oulan-Bator, 20 juin (AFP) -") it says nothing."""
    seats: list[Candidate] = []
    headings = [*headings, *dateline_spans(doc.text)]  # "Bagdad (AFP) –"
    for seat, entry in gazetteer.seats.items():
        for match in re.finditer(rf"(?<![\w-]){re.escape(seat)}(?![\w-])", doc.text):
            start, end = match.span()
            if any(c.start < end and start < c.end and c.entry is not None for c in found):
                continue  # "Washington Post": a known actor's name
            dateline = _DATELINE.match(doc.text, end) and doc.text[max(0, start - 1):start] in ("", "\n")
            if _NAME_GOES_ON.match(doc.text, end) or dateline or any(s <= start < e for s, e in headings):
                continue  # "selon Accra Media Watch", "Lomé, 20 juin (AFP) -", a heading
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            placed = _PLACED.search(doc.text, max(0, start - 12), start)  # "le centre de Podgorica"
            acting = root.dep_ in ("nsubj", "nsubj:pass") and root.head.pos_ in ("VERB", "AUX", "ADJ") \
                and not placed
            # "Canberra, liée à Funafuti par un traité, a fait savoir": set off before its verb
            acting = acting or _set_off_subject(span)
            if acting or _ATTRIBUTING.search(doc.text, max(0, start - 12), start):
                seats.append(Candidate(start, end, match.group(), entry.kind, entry))
    return seats


def _set_off_subject(span: Any) -> bool:
    """"Canberra, liée à Funafuti par un traité, ..., a fait savoir": a name opening its sentence,
    qualified by a participle or a relative clause set off by a comma, before a verb of saying."""
    doc = span.doc
    if span.start != span.sent.start or span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    # (or by a relative clause: "Caracas, dont plusieurs responsables avaient ..., a nié")
    qualified = "Part" in doc[span.end + 1].morph.get("VerbForm") \
        or doc[span.end + 1].lower_ in ("dont", "qui")
    return qualified and any(t.lemma_ in REPORTING_VERBS or t.lower_ in REPORTING_VERBS
                             for t in doc[span.end + 2:span.sent.end])
