"""The organisation a person offered promotion stands for (:mod:`kg.extract.campaign_offers`): the
one named in their title ("Le secrétaire général du parti X, Y, raconte avoir reçu ..."), or the one
a possessive title refers to ("Sa secrétaire générale, Y, assure avoir reçu une offre", "Son
président, Y, a raconté qu'une agence avait proposé à son parti ...")."""

from __future__ import annotations

import re
from typing import Any

from kg.extract.actors import actors_in
from kg.extract.campaign_roles import is_platform
from kg.extract.facts import Extraction
from kg.extract.memory import SpeakerMemory
from kg.extract.stand_ins import headed_organisation

Sentence = Any  # spaCy Span
Token = Any  # spaCy Token


def headed_by(extraction: Extraction, person: str, sentence: Sentence) -> str | None:
    """The organisation named in the title right before the person ("La présidente de l'Union X, Y,")."""
    body = extraction.article.body
    for mention in extraction.actors[person].mentions:
        if not sentence.start_char <= mention.start < sentence.end_char:
            continue
        title = _HEAD_OF.search(body, max(sentence.start_char, mention.start - 120), mention.start)
        if title is not None:
            named = [k for k in actors_in(extraction, title.start("org"), title.end("org"))
                     if extraction.actors[k].kind != "Person" and not is_platform(extraction, k)]
            if named:
                return named[-1]
    return None


#: the title of an organisation's head followed by its name and the person's: "le secrétaire
#: général du Congrès X, ", "la cheffe de file de l'Union Y (UY), "
_HEAD_OF = re.compile(r"\b(?:secrétaire\s+générale?|président|présidente|chef|cheffe|chef\s+de\s+file|"
                      r"cheffe\s+de\s+file|dirigeant|dirigeante|trésorier|trésorière|fondateur|fondatrice)"
                      r"\s+(?:du|de\s+la|de\s+l['’]|des)\s*(?P<org>[^,;:«»]{2,80}?),\s*\Z")


def to_their_organisation(extraction: Extraction, sentence: Sentence, verb: Token,
                           memory: SpeakerMemory) -> str | None:
    """"Son président, X, a raconté qu'une agence avait proposé à son parti ...": the organisation
    the possessive title of the sentence refers to."""
    to = next((t for t in sentence if verb.i < t.i <= verb.i + 4 and t.lower_ == "à"), None)
    if to is None or to.i + 2 >= sentence.end or to.nbor(1).lower_ not in ("son", "sa", "leur"):
        return None
    if to.nbor(2).lemma_ not in ("parti", "formation", "mouvement", "liste", "organisation", "association"):
        return None
    return headed_organisation(extraction, sentence[:to.i - sentence.start], memory)


def titled_by_possessive(extraction: Extraction, key: str, sentence: Sentence) -> bool:
    """Whether the sentence names ``key`` right after a possessive title ("Sa secrétaire générale, X,")."""
    body = extraction.article.body
    return any(_POSSESSIVE_TITLE.search(body, max(sentence.start_char, m.start - 50), m.start)
               for m in extraction.actors[key].mentions if sentence.start_char <= m.start < sentence.end_char)


_POSSESSIVE_TITLE = re.compile(r"\b(?:[Ss]on|[Ss]a|[Ll]eur)\s+[^\W\d][^,.;:«»]{1,40},\s*\Z")
