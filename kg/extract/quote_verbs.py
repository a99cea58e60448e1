"""Which verb before a quotation introduces it: a reporting verb right before it ("a déclaré hier
à la presse : « ... »"), one before an aside ("X relève, dans son rapport, « ... »"), or a verb
that calls something by the quoted words ("a qualifié le rapport de « ... »").
"""

from __future__ import annotations

from typing import Any

from kg.extract.lexicon_events import INVESTIGATION_NOUNS
from kg.extract.reporting_verbs import reporting, verb_lemma
from kg.extract.speakers import negated

Token = Any  # spaCy Token

_BRIDGE = frozenset({",", ":", "que", "qu'", "qu’", "ainsi", "alors", "encore", "notamment", "-t"})
#: words that may stand between a reporting verb and its "que" or quote: "a affirmé jeudi à la
#: presse que ...", "a déclaré hier : « ... »"
_FILLER_POS = frozenset({"ADV", "ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM", "PUNCT", "PRON",
                         "X"})  # a foreign word of a name: "devant l’Olbiil Era Kelulau"
MAX_FILLER = 9
#: verbs that give a name to what they are said of: "a qualifié le rapport de « ... »", "a traité
#: la statisticienne de « ... »"; the quoted name is the words of the subject
_NAMING_VERBS = frozenset({"qualifier", "traiter"})


def is_filler(token: Token) -> bool:
    return bool(token.pos_ in _FILLER_POS and token.text not in (".", "!", "?", "«", "“"))


def verb_right_before(tokens: list[Token]) -> Token | None:
    """A reporting verb separated from the quote only by "que", ":", a time word or a short
    prepositional phrase ("a déclaré hier à la presse : « ... »")."""
    for distance, token in enumerate(reversed(tokens)):
        if reporting(token):
            return token
        if distance >= MAX_FILLER or not (token.lower_ in _BRIDGE or is_filler(token)) \
                or token.lemma_ in INVESTIGATION_NOUNS:  # "a lancé une enquête sur les « ... »"
            return None
    return None


def verb_before_aside(tokens: list[Token]) -> Token | None:
    """"X relève, dans son rapport publié mercredi, « ... »": a reporting verb, then an aside set off
    by commas (no finite verb in it) right before the quote."""
    if len(tokens) < 4 or tokens[-1].text != ",":
        return None
    opening = next((i for i in range(len(tokens) - 2, max(0, len(tokens) - 16), -1)
                    if tokens[i].text == ","), None)
    if opening is None or not reporting(tokens[opening - 1]) or negated(tokens[opening - 1]):
        return None
    aside = tokens[opening + 1:-1]
    return None if any("Fin" in t.morph.get("VerbForm") for t in aside) else tokens[opening - 1]


def naming_verb(tokens: list[Token]) -> Token | None:
    """"a qualifié mardi le rapport de l'ONG de « ... »", "qualifiant l'affaire de « ... »", "a
    traité dimanche la statisticienne de « ... »": a naming verb whose "de" right before the quote
    gives the name, with only its object and its time between."""
    if not tokens or tokens[-1].lower_ not in ("de", "d'", "d’"):
        return None
    for token in reversed(tokens[-MAX_FILLER - 1:-1]):
        if token.pos_ in ("VERB", "AUX") and verb_lemma(token) in _NAMING_VERBS and not negated(token):
            return token
        if not is_filler(token) or token.text in (",", ":", ";"):
            return None
    return None


def said_around(opening: Any, end: int) -> bool:
    """"« C'est inadmissible », s'indigne X.", "Et d'ajouter : « Tout est déclaré. »": a quote
    (``opening`` is its mark, ``end`` its end) that opens its sentence and is followed by a comma and
    an inverted reporting verb, or that a reporting verb and a colon introduce, is speech, however
    short."""
    doc = opening.doc
    before = list(doc[opening.sent.start:opening.start])
    if before and before[-1].text == ":" and verb_right_before(before) is not None:
        return True
    if opening.start != opening.sent.start:
        return False
    closing = doc.char_span(end - 1, end, alignment_mode="expand")
    if closing is None or closing.end + 1 >= len(doc) or doc[closing.end].text != ",":
        return False
    for token in doc[closing.end + 1:min(len(doc), closing.end + 5)]:
        if token.lower_ in ("s'", "s’", "se") or token.pos_ == "AUX" or token.text.startswith("-"):
            continue
        return bool(reporting(token)) and not negated(token)
    return False
