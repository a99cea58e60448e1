"""Words the tagger runs into the name of the person they describe: a minister's portfolio ("des |
Mines Alusine Fofanah-Kargbo"), an elected person's seat ("de | Tanna Rosalie Napuat Kaltongga"),
a nationality ("le | Ghanéen Kofi Ansah-Mensah")."""

from __future__ import annotations

import re
from typing import Any

from kg.extract.institutions import CUES
from kg.extract.lexicon import NOT_DEMONYMS


def portfolio_before(doc: Any, start: int, end: int) -> int:
    """1 when ``doc[start:end]`` opens with the portfolio of a minister it names ("l'ancien ministre
    des | Mines Alusine Fofanah-Kargbo"): the tagger runs the portfolio into the name."""
    of = start - 1
    if of > 0 and doc[of].lower_ in ("la", "l'", "l’") and doc[of - 1].lower_ == "de":
        of -= 1
    minister = of > 0 and doc[of].lower_ in ("de", "des", "du", "d'", "d’") \
        and doc[of - 1].lower_.split("-")[-1] == "ministre"
    named = end - start >= 3 and all(t.text[:1].isupper() or t.text == "-" for t in doc[start:end])
    return 1 if minister and named else 0


#: elected offices named with their seat: "la députée indépendante de Tanna"
SEATED_OFFICES = frozenset({"député", "députée", "sénateur", "sénatrice", "maire", "élu", "élue",
                            "gouverneur", "gouverneure"})


def seat_before(doc: Any, start: int, end: int) -> int:
    """How many tokens of the seat open ``doc[start:end]`` where the tagger ran an elected person's
    seat into a name of three words or more ("la députée indépendante de | Tanna Rosalie Napuat
    Kaltongga"): the first word, hyphens and all."""
    before = [t for t in doc[max(0, start - 3):start]]
    if not before or before[-1].lower_ not in ("de", "d'", "d’") or doc[start].ent_type_ != "PER":
        return 0
    if not any(t.lower_ in SEATED_OFFICES for t in before[:-1]):
        return 0
    words = doc[start:end].text.split()
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return 0
    first_end = doc[start].idx + len(words[0])
    return sum(1 for t in doc[start:end] if t.idx < first_end)


def nationality_before(doc: Any, start: int, end: int) -> int:
    """1 when ``doc[start:end]`` opens with a capitalised nationality after an article and goes on
    with a name of two capitalised words or more ("le | Ghanéen Kofi Ansah-Mensah", "l'Américaine
    Jane Doe"): the person, not an organisation."""
    if start == 0 or doc[start - 1].lower_ not in ("le", "la", "l'", "l’") or not doc[start].text.istitle():
        return 0
    words = doc[start + 1:end].text.replace("-", " ").split()
    named = len(words) >= 2 and all(w[:1].isupper() and w.lower() not in CUES for w in words)
    nationality = doc[start].lower_
    return 1 if named and nationality not in NOT_DEMONYMS and _NATIONALITY.search(nationality) else 0


#: endings of nouns of nationality ("Ghanéen", "Sénégalaise", "Américain"; not "Meridian")
_NATIONALITY = re.compile(r"(?:éen|éenne|ais|aise|ien|ienne|ois|oise|ain|aine|yan|yane)s?$")  # "Kényan"
