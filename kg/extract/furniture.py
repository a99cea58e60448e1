"""Page furniture around an article's text: its title line, headings, captions, bylines, a
correspondent's signature, photo credits and sharing buttons. Names there are no actors' words: they may only
designate an actor found elsewhere (a credit names no actor at all)."""

from __future__ import annotations

import re

_HEADING_END = re.compile(r"[.!?…:;»\"”)]$")
#: a live blog's entry heading: "18h52 : La CNE promet ...", "09h15 – Le procureur ..."
_TIMESTAMPED = re.compile(r"\d{1,2}\s?[hH:]\s?\d{2}\s*[:–—-]\s")
#: "Par X", "Écrit par X", "Avec l'AFP" (not "Par ailleurs")
_BYLINE = re.compile(r"(?:(?:[ÉE]crite?|R[ée]dig[ée]e?)\s+par|[Pp]ar|Avec)\s+(?:l['’])?[A-ZÉ]"
                     r"|Article\s+rédigé\s+par\s+\w")
#: lines of the page that name the publisher or its staff, never an actor of the news, even a known
#: one: "Par X (avec AFP)", "Newsletter Le Figaro International : ... S'inscrire", a wire dispatch's
#: closing "(Reportage X ; version française Y, édité par Z)"
_MASTHEAD = re.compile(r"(?:Newsletter|Lettre d['’]information|Abonnez-vous|Inscrivez-vous)\b"
                       r"|.*\bS['’](?:inscrire|abonner)\s*$|.*\bSe désabonner\b|.*·\s*La lettre\b"
                       r"|\((?:Reportage|Rédigé|Rédaction|Écrit|Version\s+française|Avec\s+la\s+contribution)\b"
                       # "Le Monde avec AFP", "franceinfo avec Reuters": the publisher and its agency
                       r"|[A-ZÀ-Ýa-z][\w'’ .-]{1,30} avec (?:l['’])?(?:AFP|Reuters|AP|ATS|Belga)"
                       r"(?: et \w+)?\s*(?:[.·|]\s*(?:Publié|Mis à jour)\b.*)?$"
                       # a newsletter's sign-off: "La rédaction du Monde Afrique"
                       r"|(?:La\s+rédaction|L['’]équipe)\s+(?:du|de\s+la|de|des|d['’])\s*[A-ZÀ-Ý][^.!?]{0,40}$")
#: wire agencies whose name alone closes a caption (". - Belga.", ". AFP")
_WIRE_AGENCIES = ("AFP", "Reuters", "AP", "ATS", "Belga", "ANP", "DPA", "EFE", "Xinhua", "Sipa", "Keystone")
#: agencies whose name closes a caption's credit however it is written ("Kevin Morales / Reuters")
_PHOTO_AGENCIES = frozenset(_WIRE_AGENCIES) | {"EPA", "Getty Images", "Bloomberg", "Hans Lucas", "Abaca"}
#: "(Photo archives RL/Pierre Heckel)": a photo credit names the photographer, no actor
_CREDIT = re.compile(r"\((?:Photos?|Crédits?|Illustration)\b[^()\n]{0,80}\)"
                     # "... le 17 novembre 2027. JOHN T. WESSEH / AFP": a caption's closing credit
                     # "... le 26 juin 2028. © Saidu Bah/AFP", a closing "© Agence France-Presse"
                     r"|©[^()\n]{1,80}"
                     # "... le 15 octobre 2034. (AFP)": an agency in capitals closing a caption
                     r"|(?<=[.] )\([A-Z][A-Z-]{1,14}\)$"
                     # "... le 4 décembre 2030. - Belga.", "... 2033. AFP": an agency closing a caption
                     rf"|(?<=[.] )(?:[-–—] )?(?:{'|'.join(_WIRE_AGENCIES)})\.?$"
                     # "... plage de Chuuk. (Ricky Alwis pour Libération)": a photographer for the paper
                     r"|(?<=[.] )\((?:[A-ZÀ-Ý][\w'’.-]+ ){1,4}pour (?:l['’]|le |la )?[A-ZÀ-Ý][^()\n]{1,40}\)$"
                     # "Photo : Reuters", "Source : AFP": a credit line of its own, or closing a caption
                     r"|(?:^|(?<=[.] ))(?:Photos?|Source|Sources|Vidéo|Infographie|Illustration)\s?:\s?"
                     r"[^\n.!?]{1,60}$",
                     re.MULTILINE)
#: "... le 1er juin 2030. EMRE TAŞKIN / AFP", "... 2032. (X Y / AFP)", "... 2031. Ramon Diallo / REUTERS":
#: a caption's closing credit, a name in capitals or an agency in capitals
_CLOSING_CREDIT = re.compile(r"(?<=[.)] )\(?(?P<who>[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,4}) ?/ ?"
                             r"(?P<agency>[\w'’. -]{2,40}?)\)?$", re.MULTILINE)
#: "LUANDA, 20 août (Reuters) -": the city a wire dispatch was filed from, in capitals
_DATELINE = re.compile(r"^([A-ZÀ-Ý][A-ZÀ-Ý' -]+),\s+\d{1,2}(?:er)?\s+\w+(?:\s+\d{4})?\s*"
                       r"(?:\([^()\n]{2,30}\)\s*)?[-–—]", re.MULTILINE)
#: "Bagdad (AFP) –", "Nairobi, 12 mars 2025 (Reuters) -": a wire dispatch's city and agency
_WIRE_DATELINE = re.compile(r"^([A-ZÀ-Ý][\w'’.-]*(?: [\w'’.-]+){0,3}?)(?:,\s+\d{1,2}(?:er)?\s+\w+\.?"
                            r"(?:\s+\d{4})?)?\s*\(([A-ZÀ-Ý][^()\n]{1,30})\)\s*[-–—]", re.MULTILINE)
#: "Partager : Facebook · X · WhatsApp", "Suivez-nous sur Instagram": a page's sharing buttons;
#: "Lire aussi : ...": the headline of another article
_SHARE = re.compile(r"^(?:Partager|Partagez|Suivez-nous|Share)\b(?:[^\n.!?]{0,100})$"
                    r"|^(?:[ÀA] lire aussi|Lire aussi|LIRE AUSSI|Voir aussi|Sur le même sujet)\b[^\n]*$",
                    re.MULTILINE)
#: "Partager" alone on its line, then one button a line ("Facebook", "X", "Courriel") up to a blank line
_SHARE_BUTTONS = re.compile(r"^((?:Partager|Partagez|Share)\s*:?)\n(?:[^\n.!?]{1,25}(?:\n|$))+", re.MULTILINE)
#: "Clémence Aubry (Monrovia, correspondance)": a correspondent's signature line
_SIGNATURE = re.compile(r"[A-ZÀ-Ý][\w’'.-]*(?: [A-ZÀ-Ý][\w’'.-]*){1,3} ?\([^()]*"
                        r"(?:correspondan|envoyée? spéciale?)[^()]*\)")


def heading_spans(body: str) -> list[tuple[int, int]]:
    """Spans of the title line, headings and captions: (short) lines without final punctuation."""
    spans, offset, title = [], 0, True
    for line in body.split("\n"):
        text = line.strip()
        byline = _is_byline(text) or _SIGNATURE.fullmatch(text)  # "Par X (Johannesburg, correspondante)"
        # "Par X | Publié le 22/09/2028 à 06:00 | Mis à jour le ...": page furniture in short fields
        fields = " | " in text and all(len(field.split()) <= 8 for field in text.split("|"))
        # "SOCIÉTÉ « AU SERVICE DE CLIENTS ANGOLAIS »": a sub-heading in capitals, whatever ends it
        shouted = len(text.split()) <= 16 and any(c.isalpha() for c in text) and text.upper() == text
        shouted |= bool(_TIMESTAMPED.match(text)) and len(text.split()) <= 18 \
            and not text.endswith((".", "!", "?"))  # "10h40 : Les observateurs saluent un « ... »"
        if text and (len(text.split()) <= 16 or title) and not _HEADING_END.search(text) or byline or fields \
                or shouted:
            spans.append((offset, offset + len(line)))
        title = title and not text
        offset += len(line) + 1
    spans += credit_spans(body)
    return sorted(spans)


def credit_spans(body: str) -> list[tuple[int, int]]:
    """Spans of photo credits ("(Photo archives RL/Pierre Heckel)", "... 2027. JOHN T. WESSEH / AFP",
    "© Saidu Bah/AFP") and of sharing buttons ("Partager : Facebook · X")."""
    spans = [(m.start(), m.end()) for m in (*_CREDIT.finditer(body), *_SHARE.finditer(body))]
    spans += [(m.end(1), m.end()) for m in _SHARE_BUTTONS.finditer(body)]
    for match in _CLOSING_CREDIT.finditer(body):
        who, agency = match["who"], match["agency"]
        if all(w[:1].isupper() for w in who.split()) and (who.isupper() or agency.isupper()
                                                          or agency in _PHOTO_AGENCIES):
            spans.append(match.span())
    return sorted(spans)


def dateline_spans(body: str) -> list[tuple[int, int]]:
    """Spans of a wire dispatch's city in capitals ("LUANDA" in "LUANDA, 20 août (Reuters) -") and
    of its city and agency ("Bagdad (AFP) –"): the agency is the article's author, an actor only
    where the text names it."""
    spans = [m.span(1) for m in _DATELINE.finditer(body)]
    return sorted(spans + [span for m in _WIRE_DATELINE.finditer(body) for span in (m.span(1), m.span(2))])


def masthead_spans(body: str) -> list[tuple[int, int]]:
    """Spans of the lines that name the publisher or its staff: bylines, newsletter offers, a wire
    dispatch's closing credits, and a line that is only a name (the publisher's, under the byline)."""
    spans, offset = [], 0
    lines = body.split("\n")
    for i, line in enumerate(lines):
        text = line.strip()
        words = text.split()
        lone_name = i > 0 and 0 < len(words) <= 3 and all(w[:1].isupper() for w in words) \
            and not _HEADING_END.search(text) and ((
                not lines[i - 1].strip() and i + 1 < len(lines) and not lines[i + 1].strip()
                and _near_byline(lines, i)) or _is_byline(lines[i - 1].strip())  # "... avec AFP\nFrance 24"
                or (not lines[i - 1].strip() and not "".join(lines[i + 1:]).strip()))  # a signature, last
        fields = [f.strip() for f in re.split(r"[·|•]", text)]  # "15 juin 2032 · Avec l'AFP et Reuters"
        byline = any(_is_byline(f) for f in fields)
        rubric = _RUBRIC.fullmatch(text) is not None and _near_byline(lines, i)  # "TV5MONDE Info - Amériques"
        if byline or _MASTHEAD.match(text) or lone_name or rubric:
            spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


#: "TV5MONDE Info - Amériques", "franceinfo | Monde": a publisher's rubric, near the byline
_RUBRIC = re.compile(r"[A-ZÀ-Ýa-z][\w'’.]*(?: [\w'’.]+){0,2} [-–|] [A-ZÀ-Ý][\w'’.-]*(?: [\w'’.-]+){0,2}")


def _is_byline(line: str) -> bool:
    """A short line opening with a byline: "Par X", "Avec l'AFP", "Article rédigé par ..."."""
    return bool(_BYLINE.match(line)) and len(line.split()) <= 12


def _near_byline(lines: list[str], i: int) -> bool:
    """Whether a byline is among the non-empty lines within six lines of line ``i``."""
    near = [line.strip() for line in lines[max(0, i - 6):i + 7] if line.strip()]
    return any(_is_byline(line) for line in near)
