"""Resolution of actor candidates into actors, within one article, under keys stable across articles.

Within an article: gazetteer names and aliases are one actor ("RT" = "Russia Today"); a person named
in full once is the same actor when named by surname later ("Rob Goldman" ... "Goldman"); a name
within a small edit distance of a known name is that name ("Donal Trump"); a definite role nominal
("le président américain") designates the person holding the role at the article's date (gazetteer)
or given it in an apposition earlier in the article ("Rob Goldman, vice-président de ...").

Across articles: an actor's key is :func:`slug` of its canonical name (the gazetteer name, else the
fullest form in the article), so it does not depend on the order in which articles are loaded.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from kg.articles import Article
from kg.extract.facts import Actor, ActorKind, Mention
from kg.extract.gazetteer import Entry, Gazetteer, fold, is_acronym


@dataclass(frozen=True)
class Candidate:
    """A span that may name an actor. ``kind=None``: it may only designate an actor found elsewhere."""

    start: int
    end: int
    text: str
    kind: ActorKind | None
    entry: Entry | None = None


@dataclass
class Cluster:
    """The mentions of one actor being resolved."""

    kind: ActorKind
    entry: Entry | None = None
    forms: Counter[str] = field(default_factory=Counter)
    mentions: list[Mention] = field(default_factory=list)

    @property
    def name(self) -> str:
        """The gazetteer name, else the fullest form (most words, then most frequent, then first)."""
        if self.entry is not None:
            return self.entry.name
        order = list(self.forms)
        return max(order, key=lambda f: (len(f.split()), self.forms[f], -order.index(f)))

    def add(self, start: int, end: int, text: str, *, form: bool = True) -> None:
        if all((m.start, m.end) != (start, end) for m in self.mentions):
            self.mentions.append(Mention(start, end, text))
            if form:
                self.forms[" ".join(text.split())] += 1


def slug(name: str) -> str:
    """``"Donald Trump"`` -> ``donald-trump``: accent-stripped, lowercase, hyphen-separated."""
    text = unicodedata.normalize("NFKD", name.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "actor"


def close(a: str, b: str) -> bool:
    """True when ``a`` looks like a misspelling of ``b``: same words, 1-2 edits in words of 4+ letters."""
    if a == b or is_acronym(a) or is_acronym(b):
        return False
    words_a, words_b = fold(a).split(), fold(b).split()
    if len(words_a) != len(words_b) or words_a == words_b:
        return False
    total = 0
    for x, y in zip(words_a, words_b, strict=True):
        if x == y:
            continue
        if x[0] != y[0] or min(len(x), len(y)) < 4:
            return False
        total += _distance(x, y)
    return total <= (2 if len(b) >= 12 else 1)


def _distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def surname(name: str) -> str | None:
    """The surname of a full personal name (words after the given names), or None."""
    words = name.split()
    rest = [w for w in words[1:] if not (len(w) <= 3 and w.endswith("."))]
    return " ".join(rest) if len(words) >= 2 and rest else None


def resolve_actors(
    article: Article, candidates: Sequence[Candidate], gazetteer: Gazetteer,
    headings: Sequence[tuple[int, int]] = (),
) -> dict[str, Actor]:
    """Group ``candidates`` into actors, add surname and role-nominal mentions, key them by slug.

    ``headings`` are spans (short title lines, captions) where no surname is searched.
    """
    clusters: dict[str, Cluster] = {}
    pending: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: c.start):
        entry = cand.entry or _fuzzy_entry(cand, gazetteer)
        if entry is not None:
            clusters.setdefault(entry.name, Cluster(entry.kind, entry)).add(cand.start, cand.end, cand.text)
        elif cand.kind is not None and not _attach(cand, clusters, fuzzy=False):
            clusters.setdefault(fold(cand.text), Cluster(cand.kind)).add(cand.start, cand.end, cand.text)
        elif cand.kind is None:
            pending.append(cand)
    _merge_misspellings(clusters)
    for cand in pending:
        _attach(cand, clusters)
    _add_surnames(article.body, clusters, headings)
    for start, end, holder in role_mentions(article, _named_spans(clusters), gazetteer):
        target = next((c for c in clusters.values() if c.name == holder), None)
        if target is None and (entry := gazetteer.lookup(holder)) is not None:
            target = clusters.setdefault(entry.name, Cluster(entry.kind, entry))
        if target is not None:
            target.add(start, end, article.body[start:end], form=False)
    return _actors(clusters.values())


def _fuzzy_entry(cand: Candidate, gazetteer: Gazetteer) -> Entry | None:
    if cand.kind is None and len(cand.text.split()) < 2:
        return None
    for entry in gazetteer.entries:
        if any(close(cand.text, s) for s in entry.surfaces if len(s.split()) >= 2 or len(s) >= 6):
            return entry
    return None


def _attach(cand: Candidate, clusters: dict[str, Cluster], *, fuzzy: bool = True) -> bool:
    """Add ``cand`` to the one cluster it names by form or surname (or misspells); False if none."""
    text = fold(cand.text)
    matches = [c for c in clusters.values() if text in {fold(f) for f in c.forms}]
    if not matches and cand.kind in (None, "Person"):
        matches = [c for c in clusters.values() if c.kind == "Person"
                   and any((s := surname(f)) is not None and fold(s) == text for f in c.forms)]
    if not matches and fuzzy and len(cand.text.split()) >= 2:
        matches = [c for c in clusters.values() if any(close(cand.text, f) for f in c.forms)]
    if len({id(c) for c in matches}) != 1:
        return False
    matches[0].add(cand.start, cand.end, cand.text)
    return True


def _merge_misspellings(clusters: dict[str, Cluster]) -> None:
    """Fold an unknown name seen once into a name seen more often that it misspells.

    Two names each seen once ("Marc Durand et Marc Duran") may be two people: they stay apart.
    """
    for key, cluster in sorted(clusters.items(), key=lambda kv: sum(kv[1].forms.values())):
        if cluster.entry is not None or sum(cluster.forms.values()) != 1:
            continue
        target = next((c for k, c in clusters.items() if k != key and c.kind == cluster.kind
                       and sum(c.forms.values()) >= 2
                       and any(close(f, g) for f in cluster.forms for g in c.forms)), None)
        if target is not None:
            for m in cluster.mentions:
                target.add(m.start, m.end, m.text)
            del clusters[key]


def _add_surnames(body: str, clusters: dict[str, Cluster], headings: Sequence[tuple[int, int]]) -> None:
    """Every bare surname of a person named in full in the article, when no other actor shares it."""
    owners: dict[str, list[Cluster]] = {}
    for cluster in clusters.values():
        if cluster.kind == "Person":
            for name in {s for f in cluster.forms if (s := surname(f))}:
                owners.setdefault(name, []).append(cluster)
    taken = [(m.start, m.end) for c in clusters.values() for m in c.mentions] + list(headings)
    for name, owning in owners.items():
        if len(owning) != 1 or len(name) < 3:
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", body):
            if not any(s < match.end() and match.start() < e for s, e in taken):
                owning[0].add(match.start(), match.end(), match.group())


def _named_spans(clusters: dict[str, Cluster]) -> list[tuple[int, int, str, str]]:
    """``(start, end, canonical name, kind)`` of every name mention, by position."""
    return sorted((m.start, m.end, c.name, c.kind) for c in clusters.values() for m in c.mentions)


def _actors(clusters: Iterable[Cluster]) -> dict[str, Actor]:
    actors: dict[str, Actor] = {}
    for cluster in clusters:
        if not cluster.mentions:
            continue
        name = cluster.name
        actor = actors.setdefault(slug(name), Actor(
            slug(name), name, cluster.kind, wikidata=cluster.entry.wikidata if cluster.entry else None))
        known = {(m.start, m.end) for m in actor.mentions}
        actor.mentions.extend(m for m in cluster.mentions if (m.start, m.end) not in known)
        actor.mentions.sort(key=lambda m: m.start)
        actor.aliases |= {f for f in cluster.forms if f != name}
    return dict(sorted(actors.items(), key=lambda kv: kv[1].mentions[0].start))


#: Nouns that head a title held by a person ("porte-parole", "vice-président").
ROLE_NOUN = (r"(?:vice-|co-)?(?:pr[ée]sidente?|porte-parole|ministre|procureure?|directeur|directrice"
              r"|chef(?:fe)?|patron(?:ne)?|PDG|fondat(?:eur|rice)|secr[ée]taire|ambassad(?:eur|rice)|d[ée]put[ée]e?"
              r"|s[ée]nat(?:eur|rice)|juge|avocate?|conseill(?:er|[èe]re)|responsable|dirigeante?"
              r"|chanceli[èe]re?|correspondante?|r[ée]dact(?:eur|rice)|maire|gouverneure?|commissaire"
              r"|premi(?:er|[èe]re) ministre|numéro deux)")
_PHRASE = rf"{ROLE_NOUN}(?![\w-])[^,.;:!?«»()\"\n]{{0,80}}?"
_BEFORE = re.compile(rf"(?<![\w-])(?:(?:[Ll][ea]|[Dd]u|[Aa]u)\s+|[Ll]['’]\s*)({_PHRASE})\s*,?\s*\Z")
_AFTER = re.compile(rf"\A\s*,\s*(?:(?:le|la)\s+|l['’]\s*)?({_PHRASE})\s*[,.;]")
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
            title = " ".join(match.group(1).split()) if match else ""
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
