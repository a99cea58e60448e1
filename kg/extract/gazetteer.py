"""The gazetteer: known actors, their aliases, Wikidata IDs and dated roles, read from a JSON file.

The gazetteer also builds the spaCy entity ruler that finds its names in a parsed article.

The file (``ontology/gazetteer.json``, format in ``ontology/GAZETTEER.md``) is data that journalists
extend; no name of a known entity lives in code. Lookups are exact on the name or an alias, and also
insensitive to case and accents except for acronyms ("RT", "FBI"), where folding would be unsafe.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, cast, get_args

from kg.dates import PartialDate
from kg.errors import UsageError
from kg.extract.facts import ActorKind

KINDS: frozenset[str] = frozenset(get_args(ActorKind))


def fold(text: str) -> str:
    """Case-, accent-, apostrophe- and spacing-insensitive form of ``text``."""
    text = text.replace("’", "'").replace("-", " ")
    stripped = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def is_acronym(text: str) -> bool:
    """``RT``, ``FBI``: short all-capital forms, matched only as written."""
    letters = [c for c in text if c.isalpha()]
    return len(text) <= 6 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)


@dataclass(frozen=True)
class Role:
    """A title held from ``start`` (inclusive) until ``end`` (exclusive); ``None`` means open."""

    title: str
    start: date | None = None
    end: date | None = None

    def holds_during(self, when: PartialDate, open_until: date | None = None) -> bool:
        """True when the role covers the whole period of ``when`` (a day, a month or a year).

        An open role (no ``end``) is taken to last until ``open_until`` (inclusive) when given: past
        the gazetteer's horizon nobody has checked who holds it.
        """
        after_start = self.start is None or self.start <= when.earliest
        if self.end is not None:
            return after_start and when.latest < self.end
        return after_start and (open_until is None or when.latest <= open_until)


@dataclass(frozen=True)
class Entry:
    """One known actor."""

    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    roles: tuple[Role, ...] = ()
    #: A name that is also a common word or letter ("X"): an actor only where the context vouches for it.
    guarded: bool = False
    #: Places that stand for this actor when they act or speak ("Pékin a démenti" is the Chinese
    #: government), never elsewhere ("à Pékin" is a place).
    seats: tuple[str, ...] = ()

    @property
    def surfaces(self) -> tuple[str, ...]:
        """The name then the aliases: every form that designates the actor by name."""
        return (self.name, *self.aliases)


class Gazetteer:
    """Known actors indexed by every surface form; see :func:`Gazetteer.load`."""

    def __init__(self, entries: tuple[Entry, ...], open_roles_until: date | None = None) -> None:
        self.entries = entries
        #: the last day an open role (no ``to``) is taken to be held; ``None``: for ever
        self.open_roles_until = open_roles_until
        self._exact: dict[str, Entry] = {}
        self._folded: dict[str, Entry] = {}
        #: seat -> the actor it stands for (see ``Entry.seats``)
        self.seats: dict[str, Entry] = {seat: entry for entry in entries for seat in entry.seats}
        for entry in entries:
            for surface in entry.surfaces:
                self._exact.setdefault(surface, entry)
                if not is_acronym(surface):
                    self._folded.setdefault(fold(surface), entry)
        #: "au Figaro", "du Monde": a newspaper's name with the article its preposition contracts
        self._contracted = {f"{article} {rest}": entry for entry in entries if entry.kind == "MediaOutlet"
                            for surface in entry.surfaces
                            for articles, rest in [contracted(surface)] if rest for article in articles}

    @classmethod
    def load(cls, path: Path) -> Gazetteer:
        """Read a gazetteer file; ``UsageError`` names the file and the faulty entry."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise UsageError(f"{path}: cannot read the gazetteer ({exc})") from None
        horizon = None
        if isinstance(raw, dict):  # {"open_roles_until": "YYYY-MM-DD", "entries": [...]}
            try:
                horizon = date.fromisoformat(raw["open_roles_until"]) if "open_roles_until" in raw else None
            except (TypeError, ValueError):
                raise UsageError(f"{path}: 'open_roles_until' must be YYYY-MM-DD") from None
            raw = raw.get("entries")
        if not isinstance(raw, list):
            raise UsageError(f"{path}: the gazetteer must be a JSON list of entries, "
                             "or an object with such a list as 'entries'")
        return cls(tuple(_entry(item, path, index) for index, item in enumerate(raw)), horizon)

    @classmethod
    def default(cls) -> Gazetteer:
        """The gazetteer shipped next to the ontology (``ontology_dir / "gazetteer.json"``)."""
        from kg.settings import load_settings

        return cls.load(load_settings(environ={}).ontology_dir / "gazetteer.json")

    def lookup(self, text: str) -> Entry | None:
        """The entry named exactly ``text``, else the one whose folded name or alias equals it."""
        text = " ".join(text.replace("’", "'").split())
        found = self._exact.get(text)
        if found is None and not is_acronym(text):
            found = self._folded.get(fold(text))
        return found or self._contracted.get(text)

    def holders(self, title: str, when: PartialDate | None) -> list[Entry]:
        """Entries holding the role ``title`` (folded match) throughout ``when``.

        With ``when=None`` every entry that ever held the title is returned; callers decide.
        """
        wanted = fold(title)
        return [
            entry for entry in self.entries
            if any(fold(r.title) == wanted and (when is None or r.holds_during(when, self.open_roles_until))
                   for r in entry.roles)
        ]

    def titles(self) -> set[str]:
        """Every role title of the gazetteer, as written."""
        return {role.title for entry in self.entries for role in entry.roles}


def _entry(item: Any, path: Path, index: int) -> Entry:
    where = f"{path}: entry {index}"
    if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
        raise UsageError(f"{where}: an entry is an object with a non-empty 'name'")
    where = f"{where} ({item['name']})"
    if item.get("kind") not in KINDS:
        raise UsageError(f"{where}: 'kind' must be one of {', '.join(sorted(KINDS))}")
    aliases = item.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise UsageError(f"{where}: 'aliases' must be a list of non-empty strings")
    wikidata = item.get("wikidata")
    if wikidata is not None and not (isinstance(wikidata, str) and re.fullmatch(r"Q[1-9][0-9]*", wikidata)):
        raise UsageError(f"{where}: 'wikidata' must look like Q22686")
    roles = item.get("roles", [])
    if not isinstance(roles, list):
        raise UsageError(f"{where}: 'roles' must be a list")
    if not isinstance(item.get("guarded", False), bool):
        raise UsageError(f"{where}: 'guarded' must be true or false")
    seats = item.get("seats", [])
    if not isinstance(seats, list) or not all(isinstance(a, str) and a.strip() for a in seats):
        raise UsageError(f"{where}: 'seats' must be a list of non-empty strings")
    return Entry(item["name"].strip(), cast(ActorKind, item["kind"]),
                 tuple(a.strip() for a in aliases if a.strip() != item["name"].strip()),
                 wikidata, tuple(_role(r, where) for r in roles), item.get("guarded", False),
                 tuple(a.strip() for a in seats))


def _role(item: Any, where: str) -> Role:
    if not isinstance(item, dict) or not isinstance(item.get("title"), str) or not item["title"].strip():
        raise UsageError(f"{where}: a role is an object with a non-empty 'title'")
    try:
        start, end = (date.fromisoformat(item[k]) if item.get(k) else None for k in ("from", "to"))
    except (TypeError, ValueError):
        raise UsageError(f"{where}: role {item['title']!r}: 'from'/'to' must be YYYY-MM-DD") from None
    return Role(item["title"].strip(), start, end)


#: leading articles of names and the prepositions they contract into: "Le Figaro" -> "au Figaro"
CONTRACTIONS: dict[str, tuple[str, ...]] = {"Le ": ("au", "du"), "Les ": ("aux", "des")}
CONTRACTED_ARTICLES = frozenset(word for words in CONTRACTIONS.values() for word in words)


def contracted(surface: str) -> tuple[tuple[str, ...], str]:
    """The prepositions a name's leading article contracts into, and the name without it: ("au",
    "du") and "Figaro" for "Le Figaro"; ((), "") for a name with no such article."""
    for article, contractions in CONTRACTIONS.items():
        if surface.startswith(article) and len(surface) > len(article):
            return contractions, surface[len(article):]
    return (), ""


def build_ruler(nlp: Any, gazetteer: Gazetteer) -> Any:
    """An entity ruler (not added to the shared pipeline) matching every gazetteer name and alias.

    Acronyms match as written; other forms also with a capital first letter and without accents.
    """
    from spacy.pipeline import EntityRuler

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
            articles, rest = contracted(surface)
            if rest and entry.kind == "MediaOutlet":  # "au Figaro", "des Echos"
                tokens = [{"LOWER": {"IN": list(articles)}}, *({"ORTH": t.text} for t in nlp.make_doc(rest))]
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


def _strip_accents(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))
