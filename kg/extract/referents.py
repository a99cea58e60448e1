"""Words that refer back to an actor named before: "ce dernier", "le magistrat", "le rapport",
and the relative "qui" after a name.

Each function answers with the key of an actor of the extraction, or ``None`` when the text does
not make the referent clear (precision first).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.actors import actor_at, actors_in, last_named
from kg.extract.facts import Extraction
from kg.extract.institutions import DEFINITE
from kg.extract.lexicon_speech import MEMBER_NOUNS, PERSON_TITLES, REPORT_NOUNS
from kg.extract.roles import ROLE_PHRASE

Token = Any  # spaCy Token

_DEMONSTRATIVE = frozenset({"ce", "cette", "cet"})


def _determiners(head: Token) -> set[str]:
    return {c.lower_ for c in head.children if c.dep_ == "det"}


def latest_named(extraction: Extraction, head: Token) -> str | None:
    """"Ce dernier", "cette dernière", "celle-ci": the actor whose name was written last before
    ``head``."""
    following = head.doc[head.i + 1:head.i + 3]
    pronoun = head.lower_ in ("celui-ci", "celle-ci") or (head.lower_ in ("celui", "celle", "ceux", "celles")
                                                         and [t.lower_ for t in following] == ["-", "ci"])
    last = head.lower_ in ("dernier", "dernière") and bool(_determiners(head) & _DEMONSTRATIVE)
    if not (pronoun or last):
        return None
    mentions = [(m.end, key) for key, actor in extraction.actors.items() for m in actor.mentions
                if m.end <= head.idx]
    return max(mentions)[1] if mentions else None


def person_described(extraction: Extraction, head: Token) -> str | None:
    """"Le magistrat", "la ministre": the person last named with that title (or, for "magistrat",
    with a prosecutor's or judge's title) before ``head``; the title before the name or in the
    apposition after it ("X, élue à Prizren")."""
    titles = PERSON_TITLES.get(head.lower_)
    if not titles or not _determiners(head) & (DEFINITE | _DEMONSTRATIVE):
        return None
    body = extraction.article.body.lower()
    if head.i + 1 < len(head.doc) and head.doc[head.i + 1].lower_ in ("élu", "élue") \
            and head.lower_ in ("président", "présidente"):
        return _winner(extraction, head, body)
    best: tuple[int, str] | None = None
    for key, actor in extraction.actors.items():
        if actor.kind != "Person":
            continue
        for mention in actor.mentions:
            before = body[max(0, mention.start - 90):mention.start]
            after = body[mention.end:mention.end + 30]  # "la députée X, élue à Prizren"
            titled = any(re.search(rf"\b{re.escape(title)}{_title_end(title)}", before)
                         or re.match(rf",\s+(?:\w+\s+)?{re.escape(title)}\b", after) for title in titles)
            if mention.start < head.idx and titled and (best is None or mention.start > best[0]):
                best = (mention.start, key)
    return best[1] if best else None


#: the winner of a vote, named before or after: "remportée par X", "X a remporté", "X, vainqueur"
_WON_BEFORE = re.compile(r"\b(?:remporté|remportée|gagnée|emporté|emportée)\b[^.;]{0,60}\bpar\b[^.;]*$")
_WON_AFTER = re.compile(r"(?:,[^.;,]{0,40},)?\s*(?:a|avait)\s+(?:remporté|gagné)\b"
                        r"|,\s+(?:le\s+|la\s+)?vainqu")


def _winner(extraction: Extraction, head: Token, body: str) -> str | None:
    """"Le président élu", "la présidente élue": the person last named as the winner of the vote
    before ``head``."""
    best: tuple[int, str] | None = None
    for key, actor in extraction.actors.items():
        for mention in actor.mentions if actor.kind == "Person" else ():
            won = _WON_BEFORE.search(body[max(0, mention.start - 90):mention.start]) \
                or _WON_AFTER.match(body, mention.end)
            if mention.start < head.idx and won and (best is None or mention.start > best[0]):
                best = (mention.start, key)
    return best[1] if best else None


def _title_end(title: str) -> str:
    """What may follow a title before the name it gives: an office's complement and a comma ("des
    poursuites publiques, X"), nothing but a space for a title of address ("Me X")."""
    return r"(?:\s+[\w'’-]+){0,4},\s*$" if title in _OFFICES else "[ ,]$" if title in _ADDRESSES else "[ ,]"


#: offices whose holder is named right after them ("le directeur des poursuites publiques, X,")
_OFFICES = frozenset({"poursuites", "parquet"})
#: titles of address that stand right before the name they give ("Me X" is a lawyer)
_ADDRESSES = frozenset({"me", "maître"})


def report_author(extraction: Extraction, head: Token) -> str | None:
    """"Le rapport mentionne que ...", "..., relève le rapport": the organisation whose report the
    article introduced before (the first organisation of the sentence that first names a report)."""
    if not _determiners(head) & (DEFINITE | _DEMONSTRATIVE):
        return None
    if head.lower_ in _TAKING_UP:  # "Selon ce document": the report named just before
        before = [s for s in extraction.doc.sents if s.end_char <= head.sent.start_char][-1:]
        return _first_organisation(extraction, before, REPORT_NOUNS | _WRITTEN)
    if head.lower_ not in REPORT_NOUNS:
        return None
    before = [s for s in extraction.doc.sents if s.end_char <= head.sent.start_char]
    return _first_organisation(extraction, before, {head.lower_})


#: nouns that take up a report named before under its own noun ("ce document", "ce texte")
_TAKING_UP = frozenset({"document", "texte"})
#: other writings "le texte" takes up ("Selon un communiqué du parquet, ... . Le texte précise")
_WRITTEN = frozenset({"communiqué", "réquisitoire", "courrier", "lettre"})


def _first_organisation(extraction: Extraction, sentences: list[Any], nouns: set[str] | frozenset[str]
                        ) -> str | None:
    """The first organisation of the first of ``sentences`` that names one of ``nouns``."""
    for sentence in sentences:
        if not any(t.lower_ in nouns for t in sentence):
            continue
        keys = [k for k in actors_in(extraction, sentence.start_char, sentence.end_char)
                if extraction.actors[k].kind != "Person"]
        if keys:
            return keys[0]
    return None


#: ", une société de conseil de São Paulo, ": an indefinite description set between a name and "qui"
_APPOSITION = re.compile(r"\s*,\s*(?:une?|l['’]une?)\s[^,;:.«»()]{1,60},\s*")

#: ", secrétaire général du LLS, ": a person's title set between the name and "qui"
_ROLE_APPOSITION = re.compile(rf"\s*,\s*(?:(?:le|la)\s+|l['’]\s*)?{ROLE_PHRASE}\s*(?:\([^()]{{1,12}}\))?,\s*")
#: ", 23 ans, suivie par près de 900 000 abonnés, ": a person's age and participial asides
_PERSON_ASIDES = re.compile(r"(?:\s*,\s*(?:\d{1,3}\s+ans"
                            r"|[a-zéèêàâîôûç]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)\s+(?:par|à|au|aux|de|du|des|en|dans|sur)\s[^,;:.«»()]{0,60}))+\s*,\s*")

#: "Un cadre de la ZEC, qui ...": "qui" takes up the unnamed member, not the body named after
_UNNAMED_MEMBER_OF = re.compile(rf"\b(?:un|une)\s+(?:ancien(?:ne)?\s+)?(?:{'|'.join(sorted(MEMBER_NOUNS))})"
                                r"\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*\Z", re.IGNORECASE)


def demonstrated(extraction: Extraction, pronoun: Token, floor: int) -> str | None:
    """Who "celle-ci", "celui-là" designates: the actor named last before it (past ``floor``, the
    end of a leading "D'après X,"), else the one named last before its sentence."""
    if pronoun.pos_ != "PRON" or not pronoun.lower_.endswith(("-ci", "-là")):
        return None
    inside = actors_in(extraction, floor, pronoun.idx)
    return inside[-1] if inside else last_named(extraction, 0, pronoun.sent.start_char)


def relative_antecedent(extraction: Extraction, pronoun: Token) -> str | None:
    """"..., Alexandros Mavridis, qui a promis ...": the actor named right before a relative "qui",
    or before an apposition that describes it ("X, une société de conseil de São Paulo, qui ..."); a
    person before the title given to them ("X, secrétaire général du LLS, qui ...")."""
    if pronoun.lower_ != "qui":
        return None
    body = extraction.article.body
    found = None
    for key, actor in extraction.actors.items():
        for mention in actor.mentions:
            gap = body[mention.end:pronoun.idx]
            if mention.end > pronoun.idx:
                continue
            if actor.kind == "Person" and (_ROLE_APPOSITION.fullmatch(gap) or _PERSON_ASIDES.fullmatch(gap)):
                return key  # "X, secrétaire général du LLS, qui dit ...": the person, not the party
            if found is None and (not gap.strip(" ,)") or _APPOSITION.fullmatch(gap)) \
                    and not _UNNAMED_MEMBER_OF.search(body, max(0, mention.start - 40), mention.start):
                found = key
    return found


#: "Chez Meta, on ...", "Au ministère d'État, on ...": the place where "on" speaks
_AT_PLACE = re.compile(r"\s*(?:chez|au|aux|à\s+la|à\s+l['’]|du\s+côté\s+(?:de\s+la|de\s+l['’]|du|des|de))\s",
                       re.IGNORECASE)


def where_one_speaks(extraction: Extraction, on: Token) -> str | None:
    """The actor named in the phrase of place opening the sentence before "on, ": "Chez Meta,"."""
    sentence = on.sent
    before = extraction.article.body[sentence.start_char:on.idx]
    if not _AT_PLACE.match(before) or not before.rstrip().endswith(",") or before.count(",") > 2:
        return None
    first = before.index(",")
    if before.count(",") == 2 and not _APPOSED_DESCRIPTION.match(before, first + 1):
        return None  # "Chez Meta, la maison mère de WhatsApp, on ...": the place and its description
    keys = actors_in(extraction, sentence.start_char, sentence.start_char + first)
    return keys[0] if len(keys) == 1 and extraction.actors[keys[0]].kind != "Person" else None


_APPOSED_DESCRIPTION = re.compile(r"\s*(?:le|la|les|l['’]|un|une)\s*[^\W\d]", re.IGNORECASE)


def person_set_off_after(extraction: Extraction, last: Token) -> list[str]:
    """"écrit dans un communiqué la responsable de Meta pour l'Afrique, Aïssatou Kanté": the person
    set off by a comma after ``last``, before the clause ends (as a list: none or one)."""
    doc = last.doc
    for token in doc[last.i + 1:last.sent.end]:
        if token.text in ("«", "»", ";", ":", ".") or "Fin" in token.morph.get("VerbForm"):
            return []
        if token.text == "," and token.i + 1 < len(doc):
            named = actor_at(extraction, doc[token.i + 1].idx, doc[token.i + 1].idx + len(doc[token.i + 1]))
            return [named] if named and extraction.actors[named].kind == "Person" else []
    return []
