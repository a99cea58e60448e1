"""The actor step: people and organisations named in an article, with all their mentions.

spaCy's French NER (PER, LOC, ORG, MISC) is completed by an entity ruler fed from the gazetteer, then
filtered for precision: places, demonyms ("les Russes"), captions and headings ("Trump IA") and
sentence fragments never found an actor. A new actor needs a full personal name (PER with a first
and last name), or an organisation cue ("le ministère ...", "la société X", "X, un quotidien ..."),
or a gazetteer entry; anything else may only designate an actor found elsewhere (a bare surname).
Classes come from the gazetteer, else from the cue, else Person for PER and Organisation for ORG.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from kg.extract.facts import ActorKind, Extraction
from kg.extract.gazetteer import Gazetteer, is_acronym
from kg.extract.nlp import french
from kg.extract.pipeline import Step
from kg.extract.resolve import ROLE_NOUN, Candidate, resolve_actors

_GOV: ActorKind = "GovernmentBody"
_CO: ActorKind = "Company"
_MEDIA: ActorKind = "MediaOutlet"
_ORG: ActorKind = "Organisation"
#: Nouns that, heading a name or standing right before it, say what kind of organisation it is.
CUES: dict[str, ActorKind] = {
    **dict.fromkeys(("ministère", "département", "gouvernement", "parquet", "tribunal", "cour", "sénat",
                     "assemblée", "parlement", "congrès", "conseil", "administration", "police",
                     "gendarmerie", "armée", "préfecture", "ambassade", "autorité", "régulateur",
                     "commission", "bureau", "service", "services", "secrétariat"), _GOV),
    **dict.fromkeys(("société", "entreprise", "groupe", "firme", "compagnie", "banque", "plateforme",
                     "réseau", "messagerie", "géant", "start-up", "startup", "cabinet", "constructeur",
                     "opérateur", "holding", "multinationale", "fabricant", "application"), _CO),
    **dict.fromkeys(("média", "chaîne", "journal", "quotidien", "hebdomadaire", "magazine", "radio",
                     "télévision", "site", "station", "revue", "mensuel", "tabloïd"), _MEDIA),
    **dict.fromkeys(("parti", "association", "organisation", "ong", "fondation", "syndicat", "institut",
                     "université", "mouvement", "collectif", "comité", "fédération", "alliance",
                     "coalition", "centre", "observatoire", "agence", "ligue", "union"), _ORG),
}
_COMPANY_SUFFIXES = frozenset({"inc", "inc.", "corp", "corp.", "corporation", "sa", "sas", "ltd", "llc",
                               "gmbh"})
_PRESS = frozenset({"presse", "information", "informations", "télévision", "radio"})
_STATE = frozenset({"nationale", "national", "fédérale", "fédéral", "gouvernementale"})
_OF = frozenset({"de", "d'", "d’"})
_PARTICLES = frozenset({"de", "du", "des", "d'", "d’", "van", "von", "der", "den", "ben", "bin", "al", "el",
                        "ibn", "di", "da", "dos", "y", "la", "le"})
_LEADING = frozenset({"le", "la", "les", "l'", "l’", "d'", "d’", "du", "de", "des", "un", "une", "selon",
                      "pour", "par", "avec", "dans", "après", "avant", "chez", "et", "mais", "m.", "mme",
                      "mlle", "me", "dr", "pr", "mm."})
_NOT_ORGS = frozenset({"USD", "EUR", "PDG", "CEO", "IA", "AI", "TV", "PIB", "TVA", "UTC", "GMT", "OK", "US"})
_PERSON_BEFORE = re.compile(rf"{ROLE_NOUN}|journaliste|militante?|opposante?|homme|femme|lobbyiste")
_PERSON_AFTER = re.compile(rf",\s*(?:l[ea]\s+|l['’]\s*)?{ROLE_NOUN}(?![\w-])")
_HEADING_END = re.compile(r"[.!?…:;»\"”)]$")


def make_actor_step(gazetteer: Gazetteer) -> Step:
    """A pipeline step filling ``extraction.actors`` (parsing the body first when no step did).

    The gazetteer's entity ruler is built once per step, on first use; the spaCy model is shared.
    """
    ruler: Any = None

    def find_actors(extraction: Extraction) -> None:
        nonlocal ruler
        nlp = french()
        if ruler is None:
            ruler = build_ruler(nlp, gazetteer)
        body = extraction.article.body
        if extraction.doc is None or extraction.doc.text != body:
            extraction.doc = nlp(body)
        merge_gazetteer_names(ruler, extraction.doc)
        headings = heading_spans(body)
        found = candidates(extraction.doc, gazetteer, headings)
        extraction.actors = resolve_actors(extraction.article, found, gazetteer, headings)

    return find_actors


def actor_at(extraction: Extraction, start: int, end: int) -> str | None:
    """Key of the actor with a mention overlapping ``[start, end)``: mentions inside first, then earliest."""
    hits = [((m.start < start or m.end > end), m.start, key)
            for key, actor in extraction.actors.items() for m in actor.mentions
            if m.start < end and start < m.end]
    return min(hits)[2] if hits else None


def actors_in(extraction: Extraction, start: int, end: int) -> list[str]:
    """Keys of the actors mentioned within ``[start, end)``, in order of first mention there."""
    firsts = {key: min(m.start for m in inside)
              for key, actor in extraction.actors.items()
              if (inside := [m for m in actor.mentions if start <= m.start and m.end <= end])}
    return sorted(firsts, key=firsts.__getitem__)


def build_ruler(nlp: Any, gazetteer: Gazetteer) -> Any:
    """An entity ruler (not added to the shared pipeline) matching every gazetteer name and alias.

    Acronyms match as written; other forms also with a capital first letter and without accents.
    """
    from spacy.pipeline import EntityRuler

    from kg.extract.gazetteer import fold

    ruler = EntityRuler(nlp)
    patterns: list[dict[str, Any]] = []
    for entry in gazetteer.entries:
        label = "PER" if entry.kind == "Person" else "ORG"
        for surface in entry.surfaces:
            variants = {surface} if is_acronym(surface) else {surface, surface[0].upper() + surface[1:]}
            if not is_acronym(surface) and fold(surface) != surface.lower().replace("-", " "):
                variants |= {_strip_accents(v) for v in variants}
            for variant in variants:
                tokens = [{"ORTH": t.text} for t in nlp.make_doc(variant)]
                patterns.append({"label": label, "pattern": tokens})
    ruler.add_patterns(patterns)
    return ruler


def merge_gazetteer_names(ruler: Any, doc: Any) -> None:
    """Set ``doc.ents`` to the NER entities overridden by the ruler's gazetteer matches.

    A gazetteer match wins over the entities it overlaps, except a longer personal name holding it
    ("Ivanka Trump", or the misspelt "Donal Trump", stay whole for resolution to judge).
    """
    from spacy.tokens import Doc

    bare = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    ents = list(doc.ents)
    for match in ruler(bare).ents:
        overlapping = [e for e in ents if e.start < match.end and match.start < e.end]
        if any(e.label_ == "PER" and e.start <= match.start and match.end <= e.end and len(e) > len(match)
               for e in overlapping):
            continue
        ents = [e for e in ents if e not in overlapping]
        ents.append(doc.char_span(match.start_char, match.end_char, label=match.label_))
    doc.ents = sorted(ents, key=lambda e: e.start)


def heading_spans(body: str) -> list[tuple[int, int]]:
    """Spans of title lines, headings and captions: short lines without final punctuation."""
    spans, offset = [], 0
    for line in body.split("\n"):
        text = line.strip()
        if text and len(text.split()) <= 12 and not _HEADING_END.search(text):
            spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def candidates(doc: Any, gazetteer: Gazetteer, headings: list[tuple[int, int]]) -> list[Candidate]:
    """Entity spans worth resolving, each with the kind it may found (``None``: designates only)."""
    found = []
    for ent in doc.ents:
        if "\n" in ent.text:
            continue
        entry = gazetteer.lookup(ent.text)
        span = ent if entry is not None else _trimmed(ent)
        if span is None:
            continue
        if ent.label_ == "PER" and len(span) == 1:
            span = _extended(span)
        entry = entry or gazetteer.lookup(span.text)
        if entry is not None:
            found.append(Candidate(span.start_char, span.end_char, span.text, entry.kind, entry))
            continue
        kind = _kind(span, ent.label_)
        if kind is False:
            continue
        if any(s <= span.start_char < e for s, e in headings):
            kind = None
        found.append(Candidate(span.start_char, span.end_char, span.text, kind))
    return found


def _kind(span: Any, label: str) -> ActorKind | None | Literal[False]:
    """The kind ``span`` may found, ``None`` if it may only designate, ``False`` if it is noise."""
    cue = _cue(span)
    words = [t for t in span if not t.is_punct]
    if len(words) == 1 and words[0].morph.get("Number") == ["Plur"] and cue is None:
        return False  # a demonym or a group noun: "les Russes", "des Américains"
    if label == "LOC":
        return cue if cue is not None and span.start > 0 and span.doc[span.start - 1].lower_ in CUES else None
    if label == "PER":
        if not all(t.text[:1].isupper() or t.lower_ in _PARTICLES for t in words) or len(words) > 5:
            return False
        if any(c.isdigit() for c in span.text):
            return False
        return cue or ("Person" if sum(t.text[:1].isupper() for t in words) >= 2 else None)
    if len(words) > 10 or not (span.text[:1].isupper() or span[0].lower_ in CUES):
        return False
    if cue is not None:
        return cue
    if _titled_person(span) and len(words) >= 2 and all(t.text[:1].isupper() for t in words):
        return "Person"
    acronym = len(words) == 1 and is_acronym(span.text) and len(span.text) >= 3
    if label == "ORG" and acronym and span.text not in _NOT_ORGS:
        return _ORG
    return None


def _cue(span: Any) -> ActorKind | None:
    """The kind said by the head of the name, a noun right before it, or an apposition after it."""
    doc = span.doc
    head = span[0].lower_
    if head in CUES and len(span) > 1:
        return _refine(head, [t.lower_ for t in span[1:]])
    if span[-1].lower_ in _COMPANY_SUFFIXES and len(span) > 1:
        return "Company"
    skipped: list[str] = []
    i = span.start - 1
    while i >= 0 and len(skipped) <= 4:
        token = doc[i]
        if token.lower_ in CUES:
            return _refine(token.lower_, skipped)
        press_complement = token.lower_ in _PRESS or (token.lower_ in _OF and skipped[-1:] != []
                                                      and skipped[-1] in _PRESS)
        if token.pos_ != "ADJ" and not press_complement:
            break
        skipped.append(token.lower_)
        i -= 1
    after = [t for t in doc[span.end:span.end + 5]]
    if len(after) >= 3 and after[0].text == "," and after[1].lower_ in {"un", "une", "le", "la", "l'", "l’"}:
        nxt = after[2] if after[2].pos_ != "ADJ" or len(after) < 4 else after[3]
        if nxt.lower_ in CUES:
            return _refine(nxt.lower_, [t.lower_ for t in after[3:]])
    return None


def _titled_person(span: Any) -> bool:
    """A role noun right before the name ("le patron X") or in apposition after it ("X, patron de")."""
    doc = span.doc
    before = doc[span.start - 1].text if span.start > 0 else ""
    after = doc[span.end:span.end + 3].text
    return bool(_PERSON_BEFORE.fullmatch(before) or _PERSON_AFTER.match(after))


def _refine(cue: str, around: list[str]) -> ActorKind:
    """``agence``: of the state ("nationale", "fédérale") or of the press ("agence de presse")."""
    if cue == "agence" and _STATE & set(around):
        return "GovernmentBody"
    if cue == "agence" and _PRESS & set(around[:3]):
        return "MediaOutlet"
    return CUES[cue]


def _trimmed(ent: Any) -> Any | None:
    """``ent`` without leading determiners, prepositions or honorifics and trailing punctuation."""
    start, end = ent.start, ent.end
    while start < end - 1 and ent.doc[start].lower_ in _LEADING:
        start += 1
    while end > start and (ent.doc[end - 1].is_punct or ent.doc[end - 1].lower_ in _PARTICLES):
        end -= 1
    return ent.doc[start:end] if end > start else None


def _extended(span: Any) -> Any:
    """A one-word personal name completed by the capitalised proper nouns after it ("Maria" Butina)."""
    doc, end = span.doc, span.end
    while end < len(doc) and end - span.start < 3 and doc[end].pos_ == "PROPN" \
            and doc[end].text[:1].isupper() and doc[end].ent_type_ in ("", "PER"):
        end += 1
    return doc[span.start:end]


def _strip_accents(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))
