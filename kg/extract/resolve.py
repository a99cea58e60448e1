"""Resolution of actor candidates into actors, within one article, under keys stable across articles.

Within an article: gazetteer names and aliases are one actor ("RT" = "Russia Today"); an acronym in
parentheses after a name is that name ("... criminalité (NAKA)"); a name and the same name followed
by one adjective are one institution ("Commission électorale britannique" ... "Commission
électorale"); a person named in full once is the same actor when named by surname later ("Rob
Goldman" ... "Goldman"); a name within a small edit distance of a known name, or of a name written
in another sentence, is that name ("Donal Trump", "Graham Pyke"); a bare institutional head ("le
gouvernement") designates the one institution of that head in the article; a definite role nominal
designates a person (:mod:`kg.extract.roles`).

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
from kg.extract.lexicon import COMPANY_WORDS, LEGAL_FORMS
from kg.extract.roles import role_mentions


@dataclass(frozen=True)
class Candidate:
    """A span that may name an actor. ``kind=None``: it may only designate an actor found elsewhere."""

    start: int
    end: int
    text: str
    kind: ActorKind | None
    entry: Entry | None = None
    #: Start of the name this candidate abbreviates ("NAKA" after "Agence nationale ... (NAKA)").
    same_as: int | None = None


@dataclass
class Cluster:
    """The mentions of one actor being resolved."""

    kind: ActorKind
    entry: Entry | None = None
    forms: Counter[str] = field(default_factory=Counter)
    mentions: list[Mention] = field(default_factory=list)
    #: forms that are another name of a person ("plus connue sous le pseudonyme de « Y »"): no names
    pseudonyms: set[str] = field(default_factory=set)

    @property
    def name(self) -> str:
        """The gazetteer name, else the fullest form (most words, then most frequent, then first),
        never a pseudonym."""
        if self.entry is not None:
            return self.entry.name
        order = [f for f in self.forms if f not in self.pseudonyms] or list(self.forms)
        return max(order, key=lambda f: (len(f.split()), self.forms[f], -order.index(f)))

    def add(self, start: int, end: int, text: str, *, form: bool = True) -> None:
        if all((m.start, m.end) != (start, end) for m in self.mentions):
            self.mentions.append(Mention(start, end, text))
            if form:
                self.forms[name_form(text)] += 1


#: a nickname in guillemets inside a name: "Refiloe « Fifi » Mokhothu-Ntšekhe"
_NICKNAME = re.compile(r"\s«[^«»]*»\s")


def name_form(text: str) -> str:
    """The name a mention gives: its words, without a nickname in guillemets."""
    return " ".join(_NICKNAME.sub(" ", text).split())


#: letters that Unicode does not decompose into a base letter and a mark
_UNDECOMPOSABLE = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                                 "ı": "i", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                                 "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ħ": "h", "Ħ": "H"})


def slug(name: str) -> str:
    """``"Donald Trump"`` -> ``donald-trump``: accent-stripped, lowercase, hyphen-separated
    (``"Przyszłość Narodu"`` -> ``przyszlosc-narodu``)."""
    text = unicodedata.normalize("NFKD", name.replace("’", "'").translate(_UNDECOMPOSABLE))
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


def initials(name: str) -> str:
    """``"Gendarmerie royale du Canada"`` -> ``GRC``: first letters of the words that are not links."""
    words = re.split(r"[\s'’-]+", name)
    return "".join(w[0].upper() for w in words if w and w.lower() not in _LINKS and w[0].isalpha())


_LINKS = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "et", "pour", "sur", "contre", "à", "aux",
                    "en"})


def surname(name: str) -> str | None:
    """The surname of a full personal name (words after the given names), or None."""
    words = name.split()
    rest = [w for w in words[1:] if not (len(w) <= 3 and w.endswith(".") and w not in ("St.", "Ste."))]
    return " ".join(rest) if len(words) >= 2 and rest else None


def surnames(name: str) -> set[str]:
    """Every short form of a full personal name: the words after the first given name and, for a
    name of three words or more, its last word ("Ernesto Villanueva Dizon" -> "M. Dizon")."""
    rest = surname(name)
    if rest is None:
        return set()
    words = rest.split()
    last = words[-1]
    capitalised = last[:1].isupper() and len(last) >= 3
    forms = {rest, last} if capitalised and len(words) >= 2 else {rest}
    particle = next((i for i, w in enumerate(words[:-1]) if w.lower() in _FAMILY_PARTICLES), None)
    if capitalised and particle is not None:  # "Yousif bin Ahmed Al Dosari" -> "M. Al Dosari";
        forms |= {" ".join(words[particle:]), " ".join(words[particle + 1:])}  # "do Espírito Santo"
    elif len(words) >= 3 and words[-2][:1].isupper() and len(words[-2]) >= 3 and "-" not in words[-2]:
        forms.add(words[-2])  # "Rafael Ignacio Betancourt Urdaneta" -> "M. Betancourt": the first surname
    # "Ornella d'Assomption Mba" -> "Mme d'Assomption Mba", read without its elided particle
    return forms | {f[2:] for f in forms if f[:2].lower() in ("d'", "d’") and f[2:3].isupper()}


#: particles that belong to the surname they stand before ("Al Dosari", "van Dijk", "da Costa")
_FAMILY_PARTICLES = frozenset({"al", "el", "āl", "van", "von", "de", "da", "do", "dos", "das", "del", "di",
                               "du", "le", "la", "ben", "ould", "abu", "bou"})


def resolve_actors(
    article: Article, candidates: Sequence[Candidate], gazetteer: Gazetteer,
    headings: Sequence[tuple[int, int]] = (), heads: Sequence[tuple[int, int]] = (),
) -> dict[str, Actor]:
    """Group ``candidates`` into actors, add surname, head and role-nominal mentions, key them by slug.

    ``headings`` are spans (short title lines, captions) where no surname is searched; ``heads`` are
    spans of bare institutional heads ("gouvernement") that may designate one qualified institution.
    """
    clusters: dict[str, Cluster] = {}
    pending: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: c.start):
        entry = cand.entry or _fuzzy_entry(cand, gazetteer)
        abbreviated = next((c for c in clusters.values() for m in c.mentions if m.start == cand.same_as),
                           None)
        if abbreviated is not None and (entry is None or abbreviated.entry in (None, entry)):
            if entry is not None:
                abbreviated.entry, abbreviated.kind = entry, entry.kind
            abbreviated.add(cand.start, cand.end, cand.text)
            if (cand.kind == "Person" and abbreviated.kind == "Person") or not is_acronym(cand.text):
                # a pseudonym, or another name given after the first ("X (YUP, Parti du nouvel
                # horizon)", "X, le Fale Alea"): the name first given stays the actor's name
                abbreviated.pseudonyms.add(" ".join(cand.text.split()))
        elif entry is not None:
            clusters.setdefault(entry.name, Cluster(entry.kind, entry)).add(cand.start, cand.end, cand.text)
        elif cand.kind is not None and not _attach(cand, clusters, fuzzy=False, body=article.body):
            clusters.setdefault(fold(cand.text), Cluster(cand.kind)).add(cand.start, cand.end, cand.text)
        elif cand.kind is None:
            pending.append(cand)
    _merge_qualified(clusters)
    _merge_misspellings(article.body, clusters)
    _merge_short_forms(clusters)
    _merge_acronyms(clusters)
    for cand in pending:
        _attach(cand, clusters, body=article.body)
    _add_surnames(article.body, clusters, headings)
    _add_names(article.body, clusters, headings)
    _add_heads(article.body, clusters, heads)
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


def _attach(cand: Candidate, clusters: dict[str, Cluster], *, fuzzy: bool = True, body: str = "") -> bool:
    """Add ``cand`` to the one cluster it names by form or surname (or misspells); False if none."""
    text = fold(cand.text)
    matches = [c for c in clusters.values() if text in {fold(f) for f in c.forms}]
    if not matches and cand.kind in (None, "Person"):
        matches = [c for c in clusters.values() if c.kind == "Person"
                   and any(text in {fold(s) for s in surnames(f)} for f in c.forms)]
    if not matches and is_acronym(cand.text):
        matches = [c for c in clusters.values() if c.kind != "Person"
                   and any(fold(initials(f)) == fold(cand.text) for f in c.forms)]
    if not matches and cand.kind is None and len(cand.text.split()) == 1:  # "la Fiscalía": its head word
        place = re.search(rf"\b(?:au|aux|en|du)\s+{re.escape(cand.text)}\b"  # "au Ghana", "à Honiara,"
                          rf"|\bà\s+{re.escape(cand.text)}\s*[,.;]", body)
        matches = [] if place else [c for c in clusters.values() if c.kind != "Person" and any(
            len(f.split()) >= 3 and fold(f.split()[0]) == text for f in c.forms)]
    if not matches and len(cand.text.split()) >= 2:  # "Coral Bay Analytics" is "Coral Bay Analytics LLC"
        bare = without_legal_form(cand.text)
        matches = [c for c in clusters.values() if c.kind != "Person"
                   and any(without_legal_form(f) == bare for f in c.forms)]
    # "avec Lumley Bay", tagged a person, is the company "Lumley Bay Communications Ltd" named before
    company = cand.kind in (None, "Company") or (
        cand.kind == "Person" and not _HONORIFIC.search(body[max(0, cand.start - 6):cand.start]))
    if not matches and company and len(cand.text.split()) >= 2:
        core = _core(cand.text)  # "Kalahari Reach" is "Kalahari Reach Communications"
        matches = [c for c in clusters.values()
                   if c.kind == "Company" and any(_core(f) == core for f in c.forms)]
    if not matches and fuzzy and len(cand.text.split()) >= 2:
        matches = [c for c in clusters.values() if any(close(cand.text, f) for f in c.forms)]
    if len({id(c) for c in matches}) != 1:
        return False
    matches[0].add(cand.start, cand.end, cand.text)
    return True


_HONORIFIC = re.compile(r"\b(?:M\.|Mme|Mlle|Me|Dr)\s*$")


def without_legal_form(name: str) -> str:
    """The folded name without the legal form that ends it: "Siam Forward Media Co., Ltd." ->
    "siam forward media", "X (Pvt) Ltd" -> "x"."""
    words = fold(name).replace(",", " ").split()
    while len(words) > 1 and words[-1].replace(".", "").strip("()") in LEGAL_FORMS:  # "(Pvt) Ltd"
        words.pop()
    return " ".join(words)


def _core(name: str) -> str:
    """A company's name without its legal form and the trade words ending it ("Kalahari Reach
    Communications" -> "kalahari reach"), at least two words kept."""
    words = without_legal_form(name).split()
    while len(words) > 2 and words[-1] in COMPANY_WORDS:
        words.pop()
    return " ".join(words)


def _merge_misspellings(body: str, clusters: dict[str, Cluster]) -> None:
    """Fold an unknown name seen once into a name it misspells, seen more often or in another sentence.

    Two names each seen once in one sentence ("Marc Durand et Marc Duran") may be two people: they
    stay apart. Of two names seen once each, the later one is folded into the earlier.
    """
    def apart(a: Cluster, b: Cluster) -> bool:
        first, second = sorted([a.mentions[0], b.mentions[0]], key=lambda m: m.start)
        return bool(_SENTENCE_END.search(body, first.end, second.start))

    for key, cluster in sorted(clusters.items(), key=lambda kv: (sum(kv[1].forms.values()),
                                                                 -kv[1].mentions[0].start)):
        if cluster.entry is not None or sum(cluster.forms.values()) != 1:
            continue
        target = next((c for k, c in clusters.items() if k != key and c.kind == cluster.kind
                       and (sum(c.forms.values()) >= 2
                            or c.mentions[0].start < cluster.mentions[0].start and apart(c, cluster))
                       and any(close(f, g) for f in cluster.forms for g in c.forms)), None)
        if target is not None:
            _move(cluster, target)
            del clusters[key]


def _merge_short_forms(clusters: dict[str, Cluster]) -> None:
    """Fold a person named by a given name and one surname ("Rafael Betancourt") into the one person
    of the article whose fuller name has both ("Rafael Ignacio Betancourt Urdaneta"), whichever comes
    first."""
    for key, cluster in list(clusters.items()):
        short = {tuple(fold(f).split()) for f in cluster.forms}
        if cluster.kind != "Person" or cluster.entry is not None or any(len(w) != 2 for w in short):
            continue
        targets = [c for k, c in clusters.items() if k != key and c.kind == "Person" and any(
            len(words := fold(f).split()) >= 3 and any(w[0] == words[0] and w[1] in words[1:] for w in short)
            for f in c.forms)]
        if len({id(c) for c in targets}) == 1:
            _move(cluster, targets[0])
            del clusters[key]


def _merge_acronyms(clusters: dict[str, Cluster]) -> None:
    """Fold an acronym used before the article spells it out ("signalé par l'OKB", then
    "l'Onafhankelijk Kiesbureau (OKB)"; "À la CENI", then "la Commission électorale nationale
    indépendante") into the one body that has it as a form or as its initials."""
    for key, cluster in list(clusters.items()):
        acronym = next(iter(cluster.forms)) if len(cluster.forms) == 1 else ""
        if cluster.entry is not None or not is_acronym(acronym):
            continue
        targets = [c for k, c in clusters.items() if k != key and c.kind != "Person"
                   and any(f == acronym or fold(initials(f)) == fold(acronym) for f in c.forms)]
        if len({id(c) for c in targets}) == 1:
            _move(cluster, targets[0])
            del clusters[key]


_SENTENCE_END = re.compile(r"[.!?»]\s+[A-ZÀ-Ý«]|\n")


def _move(source: Cluster, target: Cluster) -> None:
    for m in source.mentions:
        target.add(m.start, m.end, m.text, form=False)
    target.forms.update(source.forms)


#: adjectives of standing a body is named with or without ("le parquet public de Skopje")
_STANDING = frozenset({"public", "publique", "national", "nationale", "fédéral", "fédérale"})


def _merge_qualified(clusters: dict[str, Cluster]) -> None:
    """Fold "Commission électorale britannique" into "Commission électorale" of the same article, and
    "Mouvement X pour la démocratie" into "Mouvement X".

    Organisations only, unknown to the gazetteer, differing by one lowercase word (an adjective), a
    lowercase cause after "pour" or a lowercase complement ("du territoire britannique") at the end,
    or by an adjective of standing ("le parquet public de Skopje" is "le parquet de Skopje"); the
    longer form stays an alias (and the name, as the fullest form). Then :func:`_merge_seated`.
    """
    for key, cluster in list(clusters.items()):
        if cluster.kind == "Person" or cluster.entry is not None:
            continue
        shorter = {" ".join(f.split()[:-1]) for f in cluster.forms
                   if len(f.split()) >= 3 and f.split()[-1].islower()}
        shorter |= {" ".join(w for w in f.split() if w.lower() not in _STANDING) for f in cluster.forms
                    if len(f.split()) >= 4}  # "parquet public de Skopje" is the "parquet de Skopje"
        shorter |= {f.split(" pour ")[0] for f in cluster.forms  # "Réseau X pour la transparence"
                    if len(f.split(" pour ")[0].split()) >= 2 and f.split(" pour ")[-1].islower()}
        shorter |= {m[1] for f in cluster.forms if (m := _LOWER_COMPLEMENT.match(f))}
        target = [c for k, c in clusters.items() if k != key and c.kind == cluster.kind
                  and {fold(f) for f in c.forms} & {fold(s) for s in shorter}]
        if len(target) == 1:
            _move(cluster, target[0])
            del clusters[key]
    _merge_seated(clusters)


#: "Commission anticorruption du territoire britannique": a name and a lowercase complement
_LOWER_COMPLEMENT = re.compile(r"^(\S+ \S+.*?) (?:du|des|de la|de l['’]|d['’]|de) ?[a-zà-ÿ'’ -]+$")
#: "Commission électorale de Sierra Leone", "Ministère public de la Principauté": a name ending on
#: the place it serves
_SEATED_NAME = re.compile(r"^(\S+ \S+.*?) (?:de|du|des|d['’]) ?"
                          r"(?:(?:l['’]|la )?(?:îles?|archipel|État) |la |l['’])?"
                          r"[A-ZÀ-Ý][^ ]*(?: [A-ZÀ-Ý][^ ]*)*$")  # "... des îles Salomon"


def _merge_seated(clusters: dict[str, Cluster]) -> None:
    """Fold "Commission électorale", seen first (a caption), into "Commission électorale de Sierra
    Leone" when that is the only name of the article that ends so: public bodies and organisations."""
    seated: dict[str, list[str]] = {}
    for key, cluster in clusters.items():
        if cluster.kind in ("GovernmentBody", "Organisation"):
            for short in {fold(m.group(1)) for f in cluster.forms if (m := _SEATED_NAME.match(f))}:
                seated.setdefault(short, []).append(key)
    for key, cluster in list(clusters.items()):
        places = {k for f in cluster.forms for k in seated.get(fold(f), [])} - {key}
        if cluster.entry is None and len(places) == 1 and not any(
                len(seated.get(fold(f), [])) > 1 for f in cluster.forms):
            target = clusters[places.pop()]
            if target.kind == cluster.kind:
                _move(cluster, target)
                del clusters[key]


#: public bodies named in another language, and the French head that designates them ("le Ministerio
#: Público" is "le parquet")
_FOREIGN_HEADS = {"ministerio publico": "parquet", "ministerio publico federal": "parquet",
                  "openbaar ministerie": "parquet", "fiscalia general": "parquet",
                  "fiscalia general del estado": "parquet", "fiscalia general de la nacion": "parquet",
                  "fiscalia general de la republica": "parquet", "procuraduria general": "parquet",
                  "procuradoria geral": "parquet", "procuradoria geral da republica": "parquet",
                  "public prosecution service": "parquet", "crown prosecution service": "parquet",
                  "staatsanwaltschaft": "parquet"}


def _add_heads(body: str, clusters: dict[str, Cluster], heads: Sequence[tuple[int, int]]) -> None:
    """Each bare head ("le gouvernement") designates the one organisation named with that head."""
    for start, end in heads:
        head = fold(body[start:end])
        owners = [c for c in clusters.values() if c.kind != "Person"
                  and any(len(f.split()) >= 2 and head in (fold(f.split()[0]), _FOREIGN_HEADS.get(fold(f)))
                          for f in c.forms)]
        if len(owners) == 1 and not any(m.start < end and start < m.end for m in owners[0].mentions):
            owners[0].add(start, end, body[start:end], form=False)


def _add_surnames(body: str, clusters: dict[str, Cluster], headings: Sequence[tuple[int, int]]) -> None:
    """Every bare surname of a person named in full in the article, when no other actor shares it."""
    owners: dict[str, list[Cluster]] = {}
    for cluster in clusters.values():
        if cluster.kind == "Person":
            for name in {s for f in cluster.forms for s in surnames(f)}:
                owners.setdefault(name, []).append(cluster)
    _add_unshared(body, clusters, headings, {n: o for n, o in owners.items() if len(n) >= 3})


def _add_names(body: str, clusters: dict[str, Cluster], headings: Sequence[tuple[int, int]]) -> None:
    """Every later "EFCC" or "l'EFCC" of an organisation introduced as "Name (EFCC)", and every other
    occurrence of a name of several words: the tagger does not tag every one ("Estuaire Digital
    Stratégies a versé ..." opening a sentence), and a name no other actor shares is that actor."""
    owners: dict[str, list[Cluster]] = {}
    for cluster in clusters.values():
        for form in set(cluster.forms):
            abbreviation = cluster.kind != "Person" and len(form) >= 2 and is_acronym(form)
            if cluster.entry is not None and form in cluster.entry.seats:
                continue  # "une fondation de Buenos Aires": a seat is its government only where it acts
            if abbreviation or (len(form.split()) >= 2 and form[:1].isupper()):
                owners.setdefault(form, []).append(cluster)
    _add_unshared(body, clusters, headings, owners)


def _add_unshared(body: str, clusters: dict[str, Cluster], headings: Sequence[tuple[int, int]],
                  owners: dict[str, list[Cluster]]) -> None:
    """Each occurrence, outside mentions and headings, of a name ``owners`` gives to one cluster only."""
    taken = [(m.start, m.end) for c in clusters.values() for m in c.mentions] + list(headings)
    for name, owning in owners.items():
        if len(owning) != 1:
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
        actor.aliases |= {" ".join(m.text.split()) for m in cluster.mentions if _NICKNAME.search(m.text)}
    return dict(sorted(actors.items(), key=lambda kv: kv[1].mentions[0].start))
