"""Names read from the title beside them: "Sa coordinatrice, X Y,", "le Dr X", "Le président
d'Island First, Callum Vibert," (the organisation the person leads), "la porte-parole du gouvernement
Inès Bouchard"."""

from __future__ import annotations

import re
from typing import Any

from kg.extract.gazetteer import is_acronym
from kg.extract.institutions import CUES
from kg.extract.lexicon import OCCUPATIONS
from kg.extract.names import capital, name_word
from kg.extract.roles import ROLE_NOUN

PERSON_BEFORE = re.compile(rf"{ROLE_NOUN}|{OCCUPATIONS}")
_ROLE = re.compile(ROLE_NOUN)
_PERSON_AFTER = re.compile(rf",\s*(?:l[ea]\s+|l['’]\s*)?(?:{ROLE_NOUN}|{OCCUPATIONS}|spécialiste)(?![\w-])")
_OF = frozenset({"de", "du", "des", "d'", "d’"})
_TITLE_THEN_NAME = re.compile(rf"(?<![\w-])(?:[Ll][ae]|[Ss][ao]n|[Ss]a|[Ll]eur|[Ll]['’]|[Uu]ne?|[Dd]u|[Aa]u)"
                              rf"\s*"
                              rf"(?:(?:[Pp]remi[eè]re?|ancienne?|nouvelle|nouveau)\s+)?"
                              rf"(?:{ROLE_NOUN}|{OCCUPATIONS})(?![\w-])[^,.;:!?«»()\n]{{0,60}},\s*\Z")


def capitalised(words: list[Any]) -> bool:
    """Two words or more, the first and last capitalised, particles between ("Mohamed Lemine ould
    Bah"): a name's shape."""
    return _name_shape([t.text for t in words])


def _name_shape(words: list[str]) -> bool:
    return len(words) >= 2 and capital(words[0]) and capital(words[-1]) and all(name_word(w) for w in words)


def named_after_title(span: Any) -> bool:
    """Two or more capitalised words in apposition to a person's title: "Sa coordinatrice, X Y,"."""
    before = span.doc.text[max(0, span.start_char - 80):span.start_char]  # (split on spaces: "Carrie Tsang
    return _name_shape(span.text.split()) and bool(_TITLE_THEN_NAME.search(before))  # Hoi-yan" has 3 words)


def led_by_named(span: Any) -> bool:
    """A name after a title and "de" with the holder's name in apposition after it ("Le président
    d'Island First, Callum Vibert,"): the organisation the person leads."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ not in _OF \
            or not _ROLE.fullmatch(doc[span.start - 2].lower_) or is_acronym(span.text) \
            or re.search(rf"{re.escape(span.text)}\s+[A-ZÀ-Ý]", doc.text):
        return False  # (an acronym, or "Kalahari Reach" of a "Kalahari Reach Communications", designates)
    after = doc[span.end + 1:span.end + 3] if span.end + 1 < len(doc) else None
    return bool(doc[span.end - 1].text[:1].isupper() and after is not None and doc[span.end].text == ","
                and len(after) == 2 and all(t.ent_type_ == "PER" for t in after))


def titled_through(span: Any) -> bool:
    """A title whose complement ends on a cue noun: "la porte-parole du gouvernement Inès Bouchard",
    "l'animateur de radio X Y". After an organisation that bears a name ("la coordinatrice de
    l'association X", "du parti X"), the name is the organisation's."""
    doc, i = span.doc, span.start - 1
    if i < 2 or doc[i].lower_ not in CUES:
        return False
    if CUES[doc[i].lower_] != "GovernmentBody" and doc[i - 1].lower_ in ("la", "l'", "l’", "du"):
        return False
    j = i - 1 - (doc[i - 1].lower_ in ("la", "l'", "l’"))
    return j >= 1 and doc[j].lower_ in _OF and bool(PERSON_BEFORE.fullmatch(doc[j - 1].lower_))


def honoured(span: Any) -> bool:
    """A courtesy title right before the name: "le Dr Fiona X", "Me Y Z", "U Tin Maung Oo"."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in _COURTESY


def titled_person(span: Any) -> bool:
    """A role noun right before the name ("le patron X") or in apposition after it ("X, patron de")."""
    doc = span.doc
    before = doc[span.start - 1].text if span.start > 0 else ""
    after = doc[span.end:span.end + 3].text
    if span.start >= 3 and doc[span.start - 2].lower_ in _OF and doc[span.start - 1].pos_ == "NOUN" \
            and doc[span.start - 1].text.islower():
        before = doc[span.start - 3].text  # "la juge d'instruction X", "le chef de cabinet X"
    return bool(PERSON_BEFORE.fullmatch(before) or _PERSON_AFTER.match(after))


_COURTESY = frozenset({"m.", "mme", "mlle", "me", "dr", "pr", "u", "daw", "datuk", "dato'", "datin", "tun",
                       "sri", "seri"})
