"""Other names given beside a name: its acronym in brackets ("X (ACR)", "X (ACR, other name)"), and
a description or another name set in apposition to it ("X (FGR), le parquet salvadorien, a inculpé",
"l'Assemblée législative, le Fale Alea."): each candidate is linked to the name it stands for."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.gazetteer import is_acronym
from kg.extract.resolve import Candidate

#: after "X (ACR": the bracket closes, or an other name follows it
_BRACKET_GOES_ON = re.compile(r"\)|,\s*[A-ZÀ-Ý][^()]{2,80}\)")


def abbreviating(cand: Candidate, found: list[Candidate], body: str) -> Candidate:
    """``cand`` linked to the name it abbreviates when written "Name (ACRONYM)"."""
    if not is_acronym(cand.text) or body[cand.end:cand.end + 1] not in "),":
        return cand  # "X (ACR)", "X (ACR, other name)", "X (other name, ACR)"
    name = next((c for c in found if c.end < cand.start and (
        (body[c.end:cand.start].strip() == "(" and _BRACKET_GOES_ON.match(body, cand.end))
        or (re.fullmatch(r"\s*\([^()]{2,80},\s*", body[c.end:cand.start]) and body[cand.end] == ")"))), None)
    return replace(cand, same_as=name.start) if name is not None and name.kind is not None else cand


#: "la Fiscalía General de la República (FGR), le parquet salvadorien, a inculpé": a description
#: in apposition to a name with its acronym, before a verb (not an enumeration "A (X), B et C")
_APPOSED_AFTER = re.compile(r"\s*\(\s*[A-Z][\w.-]*\s*\)\s*,\s*(?:l[ea]\s+|l['’]\s*)\Z")
_APPOSITION_ENDS = re.compile(r"\s*,\s*(?!(?:et|ou|les?|la|l['’]|ainsi|puis)\b)[a-zà-ÿ]")


#: a body's other name in apposition, closing its clause: "l'Assemblée législative, le Fale Alea."
_NAMED_AGAIN = re.compile(r",\s*(?:l[ea]\s+|l['’]\s*)")
_NAME_APPOSITION_ENDS = re.compile(r"(?:\s+[a-zà-ÿ]+)?(?:\s*[.;:]"
                                   r"|\s*,\s*(?!(?:et|ou|les?|la|l['’]|ainsi|puis)\b)[a-zà-ÿ])")


def apposed(found: list[Candidate], body: str) -> list[Candidate]:
    """Institutions set in apposition to a named organisation ("X (FGR), le parquet salvadorien,
    a inculpé") are that organisation, which takes their kind."""
    found = list(found)
    for i, cand in enumerate(found):
        if cand.entry is not None or cand.kind not in ("GovernmentBody", "Organisation") \
                or not _APPOSITION_ENDS.match(body, cand.end):
            continue
        named = next((c for c in found if c.end <= cand.start and c.kind in ("Organisation", "GovernmentBody")
                      and _APPOSED_AFTER.fullmatch(body, c.end, cand.start)), None)
        if named is None:
            continue
        found[i] = replace(cand, same_as=named.start)
        if named.entry is None and named.kind == "Organisation":
            found[found.index(named)] = replace(named, kind=cand.kind)
    # "à l'Assemblée législative, le Fale Alea.", "aux Staten, le Parlement local,"
    for i, cand in enumerate(found):
        if cand.entry is not None or cand.kind not in ("GovernmentBody", "Organisation") \
                or not _NAME_APPOSITION_ENDS.match(body, cand.end):
            continue
        # "devant le Løgting, le Parlement de l'archipel.": an assembly's name the tagger took for a
        # place (a place apposed to an organisation stays one: "au Luxembourg, la Fundação X, a payé")
        untagged = _ASSEMBLY.match(cand.text) is not None
        named = next((c for c in found if c.end <= cand.start
                      and _NAMED_AGAIN.fullmatch(body, c.end, cand.start) and (c.kind == cand.kind or (
                          untagged and c.kind is None and c.entry is None
                          and _ARTICLE_BEFORE.search(body, 0, c.start)))), None)
        if named is not None:
            found[i] = replace(cand, same_as=named.start)
            found[found.index(named)] = replace(named, kind=cand.kind)
    return found


_ASSEMBLY = re.compile(r"(?i)(?:parlement|assemblée|chambre|congrès|sénat)\b")
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:[Ll][ea]|[Aa]ux?|[Dd](?:u|es)|[Ll]['’])\s*\Z")
