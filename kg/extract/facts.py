"""What extraction finds: actors, statements, ad campaigns, investigations, indictments, order.

Facts refer to actors by ``Actor.key`` (a stable slug of the canonical name such as ``maria-zakharova``)
so that resolution can merge actors without touching the facts. Every fact carries ``Evidence``: the
verbatim span of the article body it was read from.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from kg.articles import Article
from kg.dates import PartialDate


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``text[start:end]`` past the whitespace at both ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def right_after(text: str, end: int, start: int) -> bool:
    """Whether ``text[start:]`` goes on right after ``text[:end]``: only spaces between, on one line
    (the next sentence of the same paragraph)."""
    gap = text[end:start]
    return not gap.strip() and "\n" not in gap


@dataclass(frozen=True)
class Evidence:
    """A verbatim span of an article's body: ``body[start:end] == exact`` (code points)."""

    start: int
    end: int
    exact: str

    @classmethod
    def span(cls, article: Article, start: int, end: int) -> Evidence:
        """The evidence for ``article.body[start:end]``; ``ValueError`` if empty or outside the body."""
        if not 0 <= start < end <= len(article.body):
            raise ValueError(f"span {start}:{end} outside the body of {article.source}")
        return cls(start, end, article.body[start:end])

    @classmethod
    def trimmed(cls, article: Article, start: int, end: int) -> Evidence:
        """The evidence for ``article.body[start:end]`` without surrounding whitespace."""
        return cls.span(article, *trim_span(article.body, start, end))


ActorKind = Literal["Person", "Organisation", "MediaOutlet", "GovernmentBody", "Company"]
CampaignStatus = Literal["Realised", "Proposed"]


@dataclass
class Mention:
    """One place where an actor is named or designated in the article."""

    start: int
    end: int
    text: str


@dataclass
class Actor:
    """A person or an organisation, with every mention of it in the article."""

    key: str
    name: str
    kind: ActorKind
    aliases: set[str] = field(default_factory=set)
    wikidata: str | None = None
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Statement:
    """Who said what, when: ``text`` is the quote (direct) or the reported clause (indirect)."""

    speaker: str
    text: str
    evidence: Evidence
    direct: bool
    date: PartialDate | None = None
    speaker_role: str | None = None
    about: list[str] = field(default_factory=list)


@dataclass
class AdCampaign:
    """Who paid (or was offered to pay) which platform how much for promoted content."""

    sponsor: str
    platform: str | None
    evidence: Evidence
    status: CampaignStatus = "Realised"
    value: Decimal | None = None
    currency: str | None = None
    item_count: int | None = None
    target_market: str | None = None
    date: PartialDate | None = None


@dataclass
class Investigation:
    """An investigation led by an investigator (a prosecutor, a special counsel, a commission)."""

    key: str
    investigator: str | None
    evidence: Evidence
    date: PartialDate | None = None


@dataclass
class Indictment:
    """Charges brought against defendants, named or counted."""

    key: str
    evidence: Evidence
    defendants: list[str] = field(default_factory=list)
    defendant_count: int | None = None
    investigation: str | None = None
    date: PartialDate | None = None
    #: when undated, the last day it can have happened, implied by a stated order ("the tweets of
    #: 16 February came after the indictment"): an ``nkg:latest`` without ``nkg:earliest``
    latest: datetime.date | None = None


@dataclass
class Order:
    """The text states that one fact happened before another (both are facts of this extraction)."""

    before: object
    after: object
    evidence: Evidence


@dataclass
class Extraction:
    """What the steps found in one article. ``doc`` is the spaCy parse (never serialized)."""

    article: Article
    doc: Any = None
    actors: dict[str, Actor] = field(default_factory=dict)
    statements: list[Statement] = field(default_factory=list)
    campaigns: list[AdCampaign] = field(default_factory=list)
    investigations: list[Investigation] = field(default_factory=list)
    indictments: list[Indictment] = field(default_factory=list)
    orders: list[Order] = field(default_factory=list)

    def sentence_at(self, offset: int) -> Any:
        """The sentence of ``doc`` that holds the body offset ``offset`` (``None`` if none does)."""
        return next((s for s in self.doc.sents if s.start_char <= offset < s.end_char), None)
