"""Scoring an extraction against hand-written gold annotations (``newskg eval``).

Gold files (``tests/data/gold/<article stem>.json``, format in that folder's README) name actors by
canonical name and quote statement texts and evidence verbatim from the article's normalised body.
Predicted facts are matched one-to-one to gold facts (a maximum bipartite matching, so that the order
of the facts never changes a score) and counted per kind:

- ``actors``: a name or alias of the predicted actor equals a name or alias of the gold actor
  (casefolded, whitespace collapsed); ``actor kinds`` also requires the same kind.
- ``statements``: same speaker, same date (ISO string at its precision, ``None`` == ``None``) and
  spans overlapping by at least half of the shorter; ``statements (speaker)`` ignores the date.
- ``campaigns``: same sponsor, platform, value, currency and status.
- ``investigations``: same investigator (or both unnamed).
- ``indictments``: same date, and a shared defendant or the same defendant count.

Independently, every predicted evidence span and actor mention must index the body exactly.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, TypeVar, get_args

from kg.articles import Article, read_article
from kg.dates import PartialDate
from kg.errors import NewskgError
from kg.extract.facts import Actor, ActorKind, CampaignStatus, Evidence, Extraction, Statement

KINDS = ("actors", "actor kinds", "statements", "statements (speaker)", "campaigns", "investigations",
         "indictments")
MIN_OVERLAP = 0.5

P = TypeVar("P")
G = TypeVar("G")


class GoldError(NewskgError):
    """A gold annotation file is unreadable or malformed; names the file and the reason."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass(frozen=True)
class GoldActor:
    name: str
    kind: ActorKind | None
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> frozenset[str]:
        return frozenset(_norm(n) for n in (self.name, *self.aliases))


@dataclass(frozen=True)
class GoldStatement:
    speaker: str
    date: str | None
    text: str
    direct: bool


@dataclass(frozen=True)
class GoldCampaign:
    sponsor: str
    platform: str | None
    value: Decimal | None
    currency: str | None
    status: CampaignStatus
    item_count: int | None
    date: str | None
    evidence: str


@dataclass(frozen=True)
class GoldInvestigation:
    investigator: str | None
    date: str | None
    evidence: str


@dataclass(frozen=True)
class GoldIndictment:
    defendants: tuple[str, ...]
    defendant_count: int | None
    date: str | None
    evidence: str


@dataclass(frozen=True)
class Gold:
    """The gold annotations of one article."""

    source: str
    actors: tuple[GoldActor, ...]
    statements: tuple[GoldStatement, ...]
    campaigns: tuple[GoldCampaign, ...]
    investigations: tuple[GoldInvestigation, ...]
    indictments: tuple[GoldIndictment, ...]

    def actor(self, name: str) -> GoldActor:
        """The gold actor of that canonical name (a bare name if the file does not list it)."""
        return next((a for a in self.actors if a.name == name), GoldActor(name, None))


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    """Counts per kind, and the evidence spans checked (``bad_evidence`` describes each failure)."""

    per_kind: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})
    evidence_exact: int = 0
    evidence_total: int = 0
    bad_evidence: list[str] = field(default_factory=list)


def load_gold(path: Path) -> Gold:
    """Read one gold file; ``GoldError`` on invalid JSON or a missing or mistyped field."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return Gold(
            source=str(raw["source"]),
            actors=tuple(GoldActor(a["name"], _choice(a["kind"], ActorKind), tuple(a.get("aliases", ())))
                         for a in raw["actors"]),
            statements=tuple(GoldStatement(s["speaker"], _date(s.get("date")), s["text"], bool(s["direct"]))
                             for s in raw.get("statements", ())),
            campaigns=tuple(_campaign(c) for c in raw.get("campaigns", ())),
            investigations=tuple(GoldInvestigation(i.get("investigator"), _date(i.get("date")), i["evidence"])
                                 for i in raw.get("investigations", ())),
            indictments=tuple(GoldIndictment(tuple(i.get("defendants", ())), i.get("defendant_count"),
                                             _date(i.get("date")), i["evidence"])
                              for i in raw.get("indictments", ())),
        )
    except OSError as exc:
        raise GoldError(str(path), f"cannot read: {exc.strerror or exc}") from None
    except (ValueError, KeyError, TypeError, InvalidOperation) as exc:
        raise GoldError(path.name, f"malformed gold annotations: {exc!r}") from None


def _campaign(c: Mapping[str, Any]) -> GoldCampaign:
    value = None if c.get("value") is None else Decimal(str(c["value"]))
    return GoldCampaign(c["sponsor"], c.get("platform"), value, c.get("currency"),
                        _choice(c["status"], CampaignStatus), c.get("item_count"), _date(c.get("date")),
                        c["evidence"])


def _choice(value: object, allowed: Any) -> Any:
    if value not in get_args(allowed):
        raise ValueError(f"{value!r} is not one of {get_args(allowed)}")
    return value


def _date(raw: object) -> str | None:
    return None if raw is None else PartialDate.parse(str(raw)).isoformat()


def score(article: Article, extraction: Extraction, gold: Gold) -> Scores:
    """Match the facts of ``extraction`` to ``gold`` (both of ``article``) and count them."""
    scores = Scores()
    actors = extraction.actors
    same = _same_actor(actors)
    kinds = scores.per_kind
    kinds["actors"] = _count(list(actors.values()), gold.actors, lambda p, g: bool(_names(p) & g.names))
    kinds["actor kinds"] = _count(list(actors.values()), gold.actors,
                                  lambda p, g: p.kind == g.kind and bool(_names(p) & g.names))
    gold_spans = [_gold_span(article.body, s.text) for s in gold.statements]
    pairs = list(zip(gold.statements, gold_spans, strict=True))
    spoken = [(s, _predicted_span(article.body, s.text, s.evidence)) for s in extraction.statements]

    def said(p: tuple[Statement, tuple[int, int]], g: tuple[GoldStatement, tuple[int, int]]) -> bool:
        return same(p[0].speaker, gold.actor(g[0].speaker)) and _overlaps(p[1], g[1])

    kinds["statements"] = _count(spoken, pairs, lambda p, g: said(p, g) and _iso(p[0].date) == g[0].date)
    kinds["statements (speaker)"] = _count(spoken, pairs, said)
    kinds["campaigns"] = _count(extraction.campaigns, gold.campaigns, lambda p, g: (
        same(p.sponsor, gold.actor(g.sponsor))
        and (same(p.platform, gold.actor(g.platform)) if g.platform else p.platform is None)
        and p.value == g.value and (p.currency or "").upper() == (g.currency or "").upper()
        and p.status == g.status))
    kinds["investigations"] = _count(extraction.investigations, gold.investigations, lambda p, g: (
        same(p.investigator, gold.actor(g.investigator)) if g.investigator else p.investigator is None))
    kinds["indictments"] = _count(extraction.indictments, gold.indictments, lambda p, g: (
        _iso(p.date) == g.date
        and (any(same(d, gold.actor(n)) for d in p.defendants for n in g.defendants)
             or (g.defendant_count is not None and p.defendant_count == g.defendant_count))))
    _check_evidence(article, extraction, scores)
    return scores


def combine(scores: Iterable[Scores]) -> Scores:
    """The sum of several articles' scores."""
    total = Scores()
    for s in scores:
        for kind, counts in s.per_kind.items():
            into = total.per_kind.setdefault(kind, Counts())
            into.tp, into.fp, into.fn = into.tp + counts.tp, into.fp + counts.fp, into.fn + counts.fn
        total.evidence_exact += s.evidence_exact
        total.evidence_total += s.evidence_total
        total.bad_evidence.extend(s.bad_evidence)
    return total


def format_report(per_kind: Mapping[str, Counts], scores: Scores | None = None) -> str:
    """A plain table (kind, tp, fp, fn, precision, recall, F1), then the evidence check if given."""
    lines = [f"{'kind':<22}{'tp':>5}{'fp':>5}{'fn':>5}{'precision':>11}{'recall':>8}{'F1':>7}"]
    for kind, c in per_kind.items():
        lines.append(f"{kind:<22}{c.tp:>5}{c.fp:>5}{c.fn:>5}{c.precision:>11.3f}{c.recall:>8.3f}{c.f1:>7.3f}")
    if scores is not None:
        lines.append(f"evidence offsets exact: {scores.evidence_exact}/{scores.evidence_total}")
        lines.extend(f"  {bad}" for bad in scores.bad_evidence)
    return "\n".join(lines)


def evaluate_corpus(pairs: Iterable[tuple[Path, Path]],
                    extract: Callable[[Article], Extraction]) -> tuple[str, Scores]:
    """Read each (article file, gold file), extract, score; the report and the combined scores."""
    results = []
    for article_file, gold_file in pairs:
        article = read_article(article_file)
        results.append(score(article, extract(article), load_gold(gold_file)))
    total = combine(results)
    return format_report(total.per_kind, total), total


def _count(predicted: Sequence[P], gold: Sequence[G], match: Callable[[P, G], bool]) -> Counts:
    """TP/FP/FN under a maximum one-to-one matching (Kuhn's augmenting paths; lists are short)."""
    edges = [[j for j, g in enumerate(gold) if match(p, g)] for p in predicted]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    tp = sum(augment(i, set()) for i in range(len(predicted)))
    return Counts(tp, len(predicted) - tp, len(gold) - tp)


def _norm(name: str) -> str:
    return " ".join(name.split()).casefold()


def _names(actor: Actor) -> frozenset[str]:
    return frozenset(_norm(n) for n in (actor.name, *actor.aliases))


def _same_actor(actors: Mapping[str, Actor]) -> Callable[[str | None, GoldActor], bool]:
    """Whether a predicted actor key designates a gold actor (an unknown key is its own name)."""
    def same(key: str | None, gold: GoldActor) -> bool:
        if key is None:
            return False
        actor = actors.get(key)
        names = _names(actor) if actor else frozenset({_norm(key)})
        return bool(names & gold.names)
    return same


def _iso(date: PartialDate | None) -> str | None:
    return None if date is None else date.isoformat()


def _gold_span(body: str, text: str) -> tuple[int, int]:
    start = body.find(text)
    return (start, start + len(text)) if start >= 0 else (0, 0)


def _predicted_span(body: str, text: str, evidence: Evidence) -> tuple[int, int]:
    """The predicted text's span when it lies verbatim in its evidence, else the evidence's span."""
    start = body.find(text, evidence.start, evidence.end) if text else -1
    return (start, start + len(text)) if start >= 0 else (evidence.start, evidence.end)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shorter = min(a[1] - a[0], b[1] - b[0])
    common = min(a[1], b[1]) - max(a[0], b[0])
    return shorter > 0 and common >= MIN_OVERLAP * shorter


def _check_evidence(article: Article, extraction: Extraction, scores: Scores) -> None:
    facts: list[tuple[str, Evidence]] = [
        *(("statement", s.evidence) for s in extraction.statements),
        *(("campaign", c.evidence) for c in extraction.campaigns),
        *(("investigation", i.evidence) for i in extraction.investigations),
        *(("indictment", i.evidence) for i in extraction.indictments),
        *(("order", o.evidence) for o in extraction.orders),
        *((f"mention of {a.key}", Evidence(m.start, m.end, m.text))
          for a in extraction.actors.values() for m in a.mentions),
    ]
    for what, ev in facts:
        scores.evidence_total += 1
        if 0 <= ev.start <= ev.end <= len(article.body) and article.body[ev.start:ev.end] == ev.exact:
            scores.evidence_exact += 1
        else:
            scores.bad_evidence.append(f"{article.source}: {what} [{ev.start}:{ev.end}] "
                                       f"is not {ev.exact[:40]!r}")
