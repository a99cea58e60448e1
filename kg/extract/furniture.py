"""Page furniture around an article's text: its title line, headings, captions, bylines, a
correspondent's signature and photo credits. Names there are no actors' words: they may only
designate an actor found elsewhere (a credit names no actor at all)."""

from __future__ import annotations

import re

_HEADING_END = re.compile(r"[.!?…:;»\"”)]$")
_BYLINE = re.compile(r"(?:Par|Avec)\s+[A-ZÉ]")
#: "(Photo archives RL/Pierre Heckel)": a photo credit names the photographer, no actor
_CREDIT = re.compile(r"\((?:Photos?|Crédits?|Illustration)\b[^()\n]{0,80}\)"
                     # "... le 17 novembre 2027. JOHN T. WESSEH / AFP": a caption's closing credit
                     # "... le 26 juin 2028. © Saidu Bah/AFP", a closing "© Agence France-Presse"
                     r"|©[^()\n]{1,80}"
                     r"|(?<=[.)] )[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?: [A-ZÀ-Ý][A-ZÀ-Ý'’.-]*)* ?/ ?[\w'’. -]{2,40}$",
                     re.MULTILINE)
#: "Clémence Aubry (Monrovia, correspondance)": a correspondent's signature line
_SIGNATURE = re.compile(r"[A-ZÀ-Ý][\w’'.-]*(?: [A-ZÀ-Ý][\w’'.-]*){1,3} ?\([^()]*"
                        r"(?:correspondan|envoyée? spéciale?)[^()]*\)")


def heading_spans(body: str) -> list[tuple[int, int]]:
    """Spans of the title line, headings and captions: (short) lines without final punctuation."""
    spans, offset, title = [], 0, True
    for line in body.split("\n"):
        text = line.strip()
        byline = (_BYLINE.match(text) and len(text.split()) <= 12  # "Par X (Johannesburg, correspondante)"
                  or _SIGNATURE.fullmatch(text))
        # "Par X | Publié le 22/09/2028 à 06:00 | Mis à jour le ...": page furniture in short fields
        fields = " | " in text and all(len(field.split()) <= 8 for field in text.split("|"))
        if text and (len(text.split()) <= 16 or title) and not _HEADING_END.search(text) or byline or fields:
            spans.append((offset, offset + len(line)))
        title = title and not text
        offset += len(line) + 1
    spans += credit_spans(body)
    return sorted(spans)


def credit_spans(body: str) -> list[tuple[int, int]]:
    """Spans of photo credits: "(Photo archives RL/Pierre Heckel)", "... 2027. JOHN T. WESSEH / AFP",
    "© Saidu Bah/AFP"."""
    return [(m.start(), m.end()) for m in _CREDIT.finditer(body)]
