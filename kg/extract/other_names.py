"""Other names of an actor found in the text: an acronym in parentheses that spells a name (and
the name the tagger missed before it), a gloss in another language, a pseudonym ("plus connue sous
le pseudonyme de « Y »") and the person it is given to."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from kg.extract.facts import ActorKind
from kg.extract.gazetteer import is_acronym
from kg.extract.institutions import PUBLIC_HEADS, cue_kind
from kg.extract.names import PARTICLES, name_spelt_before
from kg.extract.resolve import Candidate


def spelt_names(doc: Any, found: list[Candidate]) -> list[Candidate]:
    """"à la Lëvizja Qytetare për Drejtësi (LQD),": a name the tagger missed, spelt by the acronym
    in parentheses after it, is an organisation (a public body by its head)."""
    added = []
    for token in doc[1:-2]:
        start = name_spelt_before(doc, token.i) if token.text == "(" else None
        if start is None:
            continue
        span = doc[start:token.i]
        inside = [c for c in found if span.start_char <= c.start and c.end <= span.end_char
                  and ((c.start, c.end) != (span.start_char, span.end_char) or c.kind is None)]
        if any(c.start < span.end_char and span.start_char < c.end and c not in inside for c in found):
            continue  # the name itself, a longer one or another across it, as the tagger found it
        public = any(w.lower_ in PUBLIC_HEADS for w in span[:2])  # "la Haute Autorité de ..."
        kind: ActorKind = "GovernmentBody" if public else cue_kind(span) or "Organisation"
        added.append(Candidate(span.start_char, span.end_char, span.text, kind))
    return added


def untagged_acronyms(doc: Any, found: list[Candidate]) -> list[Candidate]:
    """"Movimento para a Renovação de Moçambique (MRM)": an acronym in parentheses right after a
    name, which the tagger left untagged, abbreviates that name."""
    text = doc.text
    added = []
    for token in doc[1:-1]:
        if not (is_acronym(token.text) and len(token.text) >= 2 and doc[token.i - 1].text == "("
                and doc[token.i + 1].text == ")"):
            continue
        if any(c.start <= token.idx < c.end for c in found):
            continue
        name = _named_before_bracket(found, text, token.idx)
        if name is not None:
            added.append(Candidate(token.idx, token.idx + len(token.text), token.text, name.kind,
                                   same_as=name.start))
    return added


#: what names a person by another name: "X, plus connue sous le pseudonyme de « Y »", "X, alias Y"
#: (past an age: "X, 26 ans, plus connue sous ...")
_ALSO_KNOWN = re.compile(r"(?:,\s*\d{1,3}\s+ans)?,\s*"
                         r"(?:alias|dite?|surnommée?|(?:plus\s+|mieux\s+)?connue?\s+sous\s+le\s+"
                         r"(?:nom|pseudonyme|surnom)\s+d[e'’])\s*[«“\"]?\s*\Z")


def _holder_end(cand: Candidate, body: str) -> int | None:
    """Where the name of the one ``cand`` is a pseudonym of ends ("X, connu sous le pseudonyme de
    « Y »": the end of X); ``None`` if ``cand`` is no pseudonym."""
    before = body[max(0, cand.start - 80):cand.start]
    match = _ALSO_KNOWN.search(before)
    return cand.start - len(before) + match.start() if match is not None else None


def with_holders(found: list[Candidate], body: str) -> list[Candidate]:
    """"le streamer Keston La Borde, connu sous le pseudonyme de « KLB »": the one a pseudonym is
    given to is a person, also where the tagger missed the name or took it for a place (a name of
    capitalised words after a lowercase word)."""
    found = list(found)
    for cand in list(found):
        at = _holder_end(cand, body)
        if at is None:
            continue
        holder = next((c for c in found if c.end == at), None)
        if holder is not None and holder.kind is None:
            found[found.index(holder)] = replace(holder, kind="Person")
        elif holder is None and (name := _HOLDER.search(body, max(0, at - 60), at)) is not None:
            found.append(Candidate(name.start(1), name.end(1), name[1], "Person"))
    return found


#: a name of two to four capitalised words (particles between) after a lowercase word, at the end
_HOLDER = re.compile(r"(?<=[a-zé] )((?:[A-ZÀ-Ý][\w’'-]+ (?:(?:de|da|del|van|von|ben|ould|bin) )?){1,3}"
                     r"[A-ZÀ-Ý][\w’'-]+)\Z")


#: "tout le monde l'appelle « Y »", "ses partisans le surnomment « Y »": the person named last
_CALLED = re.compile(r"(?:\bl['’]|\ble\s|\bla\s)\s*(?:appellent|appelle|surnomment|surnomme)\s*[«“\"]\s*\Z"
                     # "que tout Dili connaît sous son nom de guerre, « Y »", "est connue dans tout
                     # Mbabane sous le nom de « Y »"
                     r"|\b(?:connaît|connait|connaissent|connue?s?)\s+(?:[\w'’-]+\s+){0,4}?sous\s+(?:le|son|sa)\s+"
                     r"(?:nom|surnom|pseudonyme|sobriquet)(?:\s+de\s+guerre)?(?:\s+d[e'’])?\s*,?\s*[«“\"]\s*\Z")


def untagged_pseudonyms(found: list[Candidate], body: str) -> list[Candidate]:
    """"que tout Dili connaît sous son nom de guerre, « Mau-Loi »": a name in guillemets after such a
    phrase is a name, where the tagger saw none (``pseudonym`` then links it to its holder)."""
    added = []
    for match in _GUILLEMET_NAME.finditer(body):
        if _CALLED.search(body, max(0, match.start() - 90), match.start()) \
                and not any(c.start < match.end(1) and match.start(1) < c.end for c in found):
            added.append(Candidate(match.start(1), match.end(1), match[1], "Person"))
    return added


#: one to three capitalised words in guillemets: « LaMavuso », « Mau-Loi »
_GUILLEMET_NAME = re.compile(r"[«“]\s*([A-ZÀ-Ý][\w’'-]+(?: [A-ZÀ-Ý][\w’'-]+){0,2})\s*[»”]")


def pseudonym(cand: Candidate, found: list[Candidate], body: str) -> Candidate:
    """``cand`` linked to the person it names otherwise: "X, plus connue sous le pseudonyme de « Y »",
    "X ... . Tout le monde l'appelle « Y »" (the person named last, in the 400 characters before)."""
    at = _holder_end(cand, body)
    if at is None and _CALLED.search(body, max(0, cand.start - 90), cand.start):
        named = [c for c in found if c.kind == "Person" and cand.start - 400 < c.start and c.end < cand.start]
        return replace(cand, kind="Person", same_as=named[-1].start) if named else cand
    if at is None:
        return cand
    person = next((c for c in found if c.kind == "Person" and c.end == at), None)
    return replace(cand, kind="Person", same_as=person.start) if person is not None else cand


def glossed(span: Any, found: list[Candidate]) -> Candidate | None:
    """The actor named right before the parentheses around ``span``: ``span`` is its name in other
    words (in its own language)."""
    return _named_before_bracket(found, span.doc.text, span.start_char)


def _named_before_bracket(found: list[Candidate], text: str, start: int) -> Candidate | None:
    """The actor named right before the opening bracket in front of offset ``start``, past an
    acronym that opens the brackets ("Yeni Ufuk Partisi (YUP, Parti du nouvel horizon)")."""
    return next((c for c in found if c.kind is not None and c.end < start
                 and _BRACKET_OPENS.fullmatch(text, c.end, start)), None)


_ACRONYM = r"[A-Z][A-Z0-9.&-]+"
#: what stands between a name and its other name in brackets: "(", or "(YUP, "
_BRACKET_OPENS = re.compile(rf"\s*\(\s*(?:{_ACRONYM}\s*,\s*)?")
#: the same, read back from the other name: "(" or "(YUP, " right before it
BRACKET_OPENED = re.compile(rf"\((?:\s*{_ACRONYM}\s*,\s*)?\Z")
#: what closes them after the other name: ")", or ", GPF)"
BRACKET_CLOSES = re.compile(rf"\s*(?:,\s*{_ACRONYM}\s*)?\)")


_WORD = r"[A-ZÀ-ÖØ-Þ][\w’'-]*"
_GIVEN = r"(?:[A-ZÀ-ÖØ-Þ]\.|[A-ZÀ-ÖØ-Þ][\w’'-]*)"  # "Tšepo J. Letsie-Makara": an initial
_SPACE = "[ \u00a0\u202f]"  # a space, a non-breaking or a narrow one
_PARTICLE = "(?:" + "|".join(sorted(p for p in PARTICLES | {"do", "das", "wa"} if p.isalpha())) + ")"
#: "Refiloe « Fifi » Mokhothu-Ntšekhe": given names, a nickname of up to three words in
#: guillemets, then the surname (particles between its words)
_NICKNAMED = re.compile(rf"(?<![\w’'-])((?:{_GIVEN} ){{0,3}}{_GIVEN}) "
                        rf"«{_SPACE}?((?:[^\s«»,.;:!?]+{_SPACE}?){{1,3}})»"
                        rf" ({_WORD}(?: (?:{_PARTICLE} )?{_WORD}){{0,2}})(?![\w’'-])")


#: parts of speech of the capitalised words before a name ("Selon", "Le") that are no given name
_NOT_NAMES = frozenset({"DET", "ADP", "PRON", "CCONJ", "SCONJ", "ADV", "VERB", "AUX"})


def _given_start(doc: Any, match: re.Match[str], name_like: Callable[[Any], bool]) -> Any | None:
    """The first word of the given names the regex matched (group 1) that ``name_like`` takes for a
    name, not a word before them ("Selon", "Le"); ``None`` when there is none."""
    given = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    start = next((t for t in given if name_like(t)), None) if given is not None else None
    return start if start is not None and start.idx < match.end(1) else None


def nicknamed(doc: Any) -> list[Candidate]:
    """"Refiloe « Fifi » Mokhothu-Ntšekhe": a person named with a nickname between given names and
    surname (the words before the name that are no proper nouns, as "Selon", are left out); the
    nickname is no part of the name its cluster takes (``resolve.name_form``)."""
    added = []
    for match in _NICKNAMED.finditer(doc.text):
        # "Oratile", tagged a noun, but not "influenceur" in "L'influenceur Ebrima « Baby Face » Colley"
        start = _given_start(doc, match, lambda t: t.pos_ not in _NOT_NAMES and t.text[:1].isupper())
        if start is None:
            continue
        added.append(Candidate(start.idx, match.end(3), doc.text[start.idx:match.end(3)], "Person"))
    return added


#: links of a patronymic name: Malay "bin"/"binti"/"binte" ("son/daughter of"), Tamil "s/o"/"d/o"
#: and their Malaysian forms "a/l"/"a/p"
_FATHER_LINKS = ("binte", "binti", "bte", "bin", "s/o", "d/o", "a/l", "a/p")
#: a family or tribal name after the father's: " Al Dosari", " al-Khalifa"
_FAMILY = re.compile(r" (?:(?:Al|Āl|al|El|el)[ -])?[A-ZÀ-Ý][\w’'-]+(?![\w’'/-])")
_PATRONYMIC = re.compile(rf"(?<![\w’'-])((?:{_GIVEN} ){{0,3}}{_GIVEN}) (?:{'|'.join(_FATHER_LINKS)})"
                         rf" ({_WORD})(?: ({_WORD}))?(?![\w’'/-])")


def patronymic(doc: Any) -> list[Candidate]:
    """"Nur Aisyah binte Rahmat", "Kumaran s/o Pillai": a person named by given names, the link and
    the father's name (a second capitalised word only where the tagger sees a proper noun)."""
    added = []
    for match in _PATRONYMIC.finditer(doc.text):
        start = _given_start(doc, match, lambda t: t.pos_ == "PROPN" or t.ent_type_ == "PER")
        if start is None:
            continue
        end = match.end(2)
        more = doc.char_span(match.start(3), match.end(3)) if match.group(3) else None
        if more is not None and (more[0].pos_ == "PROPN" or more[0].ent_type_ == "PER"):
            end = match.end(3)
        family = _FAMILY.match(doc.text, end)  # "Yousif bin Ahmed" + " Al Dosari": the family name
        if family and (match.group(3) is None or match.group(3).lower() in PARTICLES):
            end = family.end()
        added.append(Candidate(start.idx, end, doc.text[start.idx:end], "Person"))
    return added
