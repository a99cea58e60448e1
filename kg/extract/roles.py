"""Role nominals: titles that designate a person ("le président américain", "le patron de Facebook").

A title given in apposition to a person ("X, vice-président de ...", "le procureur spécial X")
designates that person later in the article; a gazetteer title designates its holder at the article's
date, or, in an undated article, the one holder of the title named in the article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.articles import Article
from kg.extract.gazetteer import Gazetteer, fold

#: Nouns that head a title held by a person ("porte-parole", "vice-président").
ROLE_NOUN = (r"(?:vice-|co-?)?(?:pr[ée]sidente?|porte-parole|ministre|procureure?|directeur|directrice"
              r"|chef(?:fe)?|patron(?:ne)?|PDG|fondat(?:eur|rice)|secr[ée]taire|ambassad(?:eur|rice)|d[ée]put[ée]e?"
              r"|s[ée]nat(?:eur|rice)|juge|avocate?|conseill(?:er|[èe]re)|responsable|dirigeante?"
              r"|chanceli[èe]re?|correspondante?|r[ée]dact(?:eur|rice)|maire|gouverneure?|commissaire"
              r"|coordinat(?:eur|rice)|chercheu(?:r|se)|premi(?:er|[èe]re) ministre|numéro deux"
              r"|tr[ée]sori(?:er|[èe]re)|g[ée]rante?|administrat(?:eur|rice)|d[ée]l[ée]gu[ée]e?|magistrate?"
              r"|superviseure?|inspect(?:eur|rice)|m[ée]diat(?:eur|rice)|contr[ôo]leu(?:r|se)|greffi(?:er|[èe]re)"
              r"|pr[ée]f[eè]te?|candidate?)")
#: words after a title that belong to it: "le procureur spécial en chef", "la ministre par intérim"
TITLE_TAILS = frozenset({("en", "chef"), ("en", "exercice"), ("par", "intérim")})
#: titles whose portfolio follows "à": "le secrétaire à la communication", "la déléguée aux élections"
TITLE_TO = re.compile(rf"{ROLE_NOUN}|délégué|déléguée|adjoint|adjointe|chargé|chargée")
#: a title and its complement up to the next punctuation ("secrétaire général du LLS")
ROLE_PHRASE = rf"{ROLE_NOUN}(?![\w-])[^,.;:!?«»()\"\n]{{0,80}}?"
_BEFORE = re.compile(rf"(?<![\w-])(?:(?:[Ll][ea]|[Dd]u|[Aa]u)\s+|[Ll]['’]\s*)({ROLE_PHRASE})\s*,?\s*\Z"
                     # "sa directrice financière, X," (not "sa présidente, X,": whose, it does not say)
                     rf"|(?<![\w-])[Ss](?:a|on)\s+({ROLE_NOUN}\s+[^\W\d][^,.;:!?«»()\"\n]{{2,60}}?)\s*,?\s*\Z")
_AFTER = re.compile(rf"\A\s*,\s*(?:(?:le|la)\s+|l['’]\s*)?({ROLE_PHRASE})\s*[,.;]")
_CLAUSE = frozenset({"a", "ont", "est", "sont", "était", "avait", "qui", "que", "et", "ou", "selon", "avec"})


def role_mentions(
    article: Article, names: Sequence[tuple[int, int, str, str]], gazetteer: Gazetteer
) -> list[tuple[int, int, str]]:
    """``(start, end, holder name)`` of definite role nominals that designate one known person.

    A title given in apposition to a person ("X, vice-président de ...", "le procureur spécial X")
    designates that person after it; a gazetteer title designates its holder at the article date (or,
    undated, the one holder named in the article). Titles right next to a name are not mentions.
    """
    body = article.body
    stated = [(fold(t), pos, name) for t, pos, name in _appositions(body, names)]
    titles = sorted({t for t, _, _ in _appositions(body, names)} | gazetteer.titles(), key=len, reverse=True)
    named = {name for _, _, name, _ in names}
    found: list[tuple[int, int, str]] = []
    for title in titles:
        words = r"\s+".join(re.escape(w) for w in title.split())
        for match in re.finditer(rf"(?<![\w-])(?:(?:le|la|du|au)\s+|l['’]\s*)({words})(?![\w-])",
                                 body, re.IGNORECASE):
            start, end = match.span(1)
            if _beside_a_name(body, start, end, names) or any(s < end and start < e for s, e, _ in found):
                continue
            earlier = {name for t, pos, name in stated if t == fold(title) and pos < start}
            holders = list(earlier) or [e.name for e in gazetteer.holders(title, article.date)
                                        if article.date is not None or e.name in named]
            if len(holders) == 1:
                found.append((start, end, holders[0]))
    return found


def _appositions(body: str, names: Sequence[tuple[int, int, str, str]]) -> list[tuple[str, int, str]]:
    """``(title, position, person)`` for every role phrase written next to a person's name."""
    out = []
    for start, end, name, kind in names:
        if kind != "Person":
            continue
        for regex, text in ((_BEFORE, body[max(0, start - 120):start]), (_AFTER, body[end:end + 120])):
            match = regex.search(text)
            title = " ".join((match.group(1) or match.group(match.lastindex or 1)).split()) if match else ""
            if title and not _CLAUSE & set(title.lower().split()):
                out.append((title, start, name))
    return out


def _beside_a_name(body: str, start: int, end: int, names: Sequence[tuple[int, int, str, str]]) -> bool:
    for s, e, _, kind in names:
        if kind != "Person":
            continue
        if (s < end and start < e or (s >= end and re.fullmatch(r"\s*,?\s*", body[end:s]))
                or (e <= start and re.fullmatch(r"\s*,\s*", body[e:start]))):
            return True
    return False
