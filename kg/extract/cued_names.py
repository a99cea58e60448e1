"""Names the NER missed, read from their cue: capitalised words after a cue noun ("la société
Nordwave Analytics") or after a courtesy title ("Me Ravi Jagessar")."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Span

from kg.extract.gazetteer import is_acronym
from kg.extract.institutions import CUES
from kg.extract.names import PARTICLES
from kg.extract.roles import ROLE_NOUN

_OF = frozenset({"de", "du", "des", "d'", "d’"})
_CUE_DETERMINERS = frozenset({"le", "la", "l'", "l’", "un", "une", "du", "au", "de", "d'", "d’"})
_NOT_NAMES = frozenset({"internet", "web"})
_ROLE = re.compile(ROLE_NOUN)


def cued_names(doc: Any) -> list[Any]:
    """Capitalised words after a cue noun (and its complement) that the NER missed ("la société
    Nordwave Analytics", "le groupe de recherche Datawatch")."""
    spans = []
    for token in doc[1:-2]:
        if token.lower_ not in CUES or doc[token.i - 1].lower_ not in _CUE_DETERMINERS:
            continue
        start = token.i + 1
        if doc[start].lower_ in _OF and doc[start + 1].pos_ == "NOUN" and doc[start + 1].text.islower():
            start += 2
        if start + 1 < len(doc) and doc[start].pos_ == "ADJ" and doc[start].text.islower() \
                and is_acronym(doc[start + 1].text):
            start += 1  # "la radio publique ELBC"
        end = start
        while end < len(doc) and (_free_capital(doc[end]) or (end > start and _lone_entity(doc[end]))):
            end += 1
            end += _hyphenated_particle(doc, end)  # "le parti Hizb" + "al-Amal"
        if start < end < len(doc) and doc[end].ent_iob_ == "B" and doc[end].ent_type_ in ("ORG", "MISC") \
                and doc[end].text[:1].isupper() and doc[end - 1].whitespace_ != "":
            end += 1  # "la société Altyn" + "Sähra Media", the rest tagged alone
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
        if end > start and not {t.lower_ for t in doc[start:end]} & _NOT_NAMES:
            spans.append(Span(doc, start, end, label="ORG"))
    for token in doc[:-2]:  # "Me Ravi Jagessar, l'avocat de ...": a titled full name the NER missed
        end = token.i + 1
        titled = token.text in _TITLED or _held_title(token)  # "l'ancien député Cordell Rolle"
        while titled and end < len(doc) and _free_capital(doc[end]):
            end += 1
        if end - token.i >= 3 and not {t.lower_ for t in doc[token.i + 1:end]} & (CUES.keys() | _NOT_NAMES):
            spans.append(Span(doc, token.i + 1, end, label="PER"))
    spans.extend(_named_before_title(doc))
    return spans


def _named_before_title(doc: Any) -> list[Any]:
    """"a confié au X Post Dwight Ebanks, le fondateur de ...": two capitalised words or more the NER
    left untagged, right before a person's title in apposition."""
    spans = []
    i = 1
    while i < len(doc) - 3:
        end = i
        while end < len(doc) and (_free_capital(doc[end]) or (  # "Brent" + "Kessler" tagged alone
                end > i and doc[end].ent_type_ == "PER" and doc[end].text[:1].isupper())):
            end += 1
        if end - i >= 2 and doc[end].text == "," and doc[end + 1].lower_ in ("le", "la", "l'", "l’") \
                and _ROLE.fullmatch(doc[end + 2].lower_) \
                and not {t.lower_ for t in doc[i:end]} & (CUES.keys() | _NOT_NAMES):
            spans.append(Span(doc, i, end, label="PER"))
        i = max(end, i + 1)
    return spans


def _held_title(token: Any) -> bool:
    """A person's title after a determiner (and "ancien"): "l'ancien député", "la ministre"."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.lower_ in ("ancien", "ancienne", "nouveau", "nouvelle") and token.i > 1:
        before = doc[token.i - 2]
    return bool(token.text.islower() and _ROLE.fullmatch(token.lower_) and before is not None
                and before.lower_ in _CUE_DETERMINERS)


#: honorifics before a person's full name, as written
_TITLED = frozenset({"M.", "Mme", "Mlle", "Me", "Maître", "Dr"})


def _hyphenated_particle(doc: Any, i: int) -> int:
    """3 when a particle, a hyphen and a capitalised word start at ``i`` ("al", "-", "Amal")."""
    if i + 2 < len(doc) and doc[i].lower_ in PARTICLES and doc[i + 1].text == "-" \
            and doc[i + 1].idx == doc[i].idx + len(doc[i]) and doc[i + 2].text[:1].isupper():
        return 3
    return 0


def _lone_entity(token: Any) -> bool:
    """A capitalised proper noun the NER took for a one-word entity of its own: inside a cued name
    it is the name's next word ("le parti Avanti" + "Insieme")."""
    doc = token.doc
    return bool(token.text[:1].isupper() and token.pos_ == "PROPN" and token.ent_iob_ == "B"
                and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I"))


def _free_capital(token: Any) -> bool:
    """A capitalised word inside a sentence, outside any entity."""
    return bool(token.text[:1].isupper() and not token.is_sent_start and token.ent_iob_ in ("O", ""))
