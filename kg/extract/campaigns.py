"""Ad campaigns: who paid (or was offered to pay) which platform how much, for what.

A sentence gives a campaign when it holds an amount of money or a count of promoted items AND an
advertising cue ("publicité", "sponsorisés", "promotion"...): a budget that is not advertising is
not a campaign. An offer ("a proposé à X un plan de promotion de 3 M USD") is ``Proposed``, money
spent is ``Realised``; a negated payment ("n'a jamais payé") gives nothing.

Roles: the sponsor is the subject of a spending verb, or the one an offer is made to; the platform
is the actor after "sur", the home of the promoted items ("tweets" live on Twitter: data), the one
who makes an offer, or the company reporting the spending.
"""

from __future__ import annotations

from typing import Any

from kg.extract.actors import actors_in
from kg.extract.amounts import find_amounts, find_counts
from kg.extract.facts import AdCampaign, Evidence, Extraction
from kg.extract.gazetteer import Gazetteer
from kg.extract.lexicon_events import (
    AD_CUES,
    AD_PLATFORMS,
    ITEM_NOUNS,
    ITEM_PLATFORMS,
    PAYEE_MARKERS,
    PROPOSAL_CUES,
    SPEND_VERBS,
)
from kg.extract.lexicon_speech import ATTRIBUTION_MARKERS
from kg.extract.speakers import (
    SpeakerMemory,
    actor_of_phrase,
    is_pronoun,
    note_subjects,
    stand_in,
    subject_of,
)
from kg.extract.when import date_of

Sentence = Any  # spaCy Span
Token = Any  # spaCy Token

_ORGANISATIONS = ("Company", "Organisation", "MediaOutlet")


def make_campaign_step(gazetteer: Gazetteer) -> Any:
    """The pipeline step, with platform names resolved through ``gazetteer``."""

    def find_campaigns(extraction: Extraction) -> None:
        memory = SpeakerMemory()
        for sentence in extraction.doc.sents:
            campaign = _campaign(extraction, sentence, memory, gazetteer)
            if campaign is not None:
                _add(extraction.campaigns, campaign)
            note_subjects(extraction, sentence, memory)

    return find_campaigns


_FILLED = ("value", "currency", "item_count", "target_market", "date")


def _add(campaigns: list[AdCampaign], new: AdCampaign) -> None:
    """Append ``new``, or complete the campaign it repeats.

    Two reports in one article of the same sponsor, platform and status whose amounts, counts and
    dates do not contradict each other ("1823 tweets" ... "228 000 euros") are one campaign.
    """
    for old in campaigns:
        if (old.sponsor, old.platform, old.status) != (new.sponsor, new.platform, new.status):
            continue
        if all(getattr(old, f) is None or getattr(new, f) is None or getattr(old, f) == getattr(new, f)
               for f in _FILLED if f != "target_market"):
            for name in _FILLED:
                if getattr(old, name) is None:
                    setattr(old, name, getattr(new, name))
            return
    campaigns.append(new)


def _campaign(
    extraction: Extraction, sentence: Sentence, memory: SpeakerMemory, gazetteer: Gazetteer
) -> AdCampaign | None:
    body = extraction.article.body
    start, end = sentence.start_char, sentence.end_char
    text = body[start:end]
    lowered = text.lower()
    if not any(cue in lowered for cue in AD_CUES):
        return None
    amounts = find_amounts(text, offset=start)
    counts = [c for c in find_counts(text, offset=start) if c.noun.lower() in ITEM_NOUNS]
    if not amounts and not counts:
        return None
    proposed = any(cue in lowered for cue in PROPOSAL_CUES)
    verb = _spend_verb(sentence)
    if verb is not None and _negated(verb):
        return None
    if proposed:
        sponsor, platform = _offer_roles(extraction, sentence, memory, extraction.campaigns)
    else:
        sponsor, platform = _spend_roles(extraction, sentence, verb, memory)
    if platform is None:
        platform = _platform_from_items(extraction, counts) or _reporter(extraction, start, end)
    if sponsor is None or sponsor == platform:
        return None
    amount = amounts[0] if amounts else None
    return AdCampaign(
        sponsor=sponsor, platform=platform,
        evidence=Evidence.span(extraction.article, *_trimmed(body, start, end)),
        status="Proposed" if proposed else "Realised",
        value=amount.value if amount else None, currency=amount.currency if amount else None,
        item_count=counts[0].value if counts else None,
        target_market=_target_market(sentence),
        date=date_of(extraction, start, end, verb),
    )


def _trimmed(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


def _spend_verb(sentence: Sentence) -> Token | None:
    return next((t for t in sentence if t.pos_ == "VERB" and t.lemma_ in SPEND_VERBS), None)


def _negated(verb: Token) -> bool:
    return any(c.lower_ in ("ne", "n'", "n’", "pas", "jamais") for c in verb.children)


def is_platform(extraction: Extraction, key: str | None) -> bool:
    return key is not None and key in extraction.actors and extraction.actors[key].name in AD_PLATFORMS


def _attribution_end(sentence: Sentence) -> int:
    """Where a leading "Selon X, " / "D'après X, " ends (the sentence start if there is none)."""
    text = sentence.text.lower()
    if text.startswith(ATTRIBUTION_MARKERS):
        comma = text.find(",")
        if comma > 0:
            return int(sentence.start_char + comma + 1)
    return int(sentence.start_char)


def _resolve(extraction: Extraction, token: Token | None, sentence: Sentence,
             memory: SpeakerMemory) -> str | None:
    """The actor a subject or object designates: by name, pronoun or definite description."""
    if token is None:
        return None
    if is_pronoun(token):
        before = [k for k in actors_in(extraction, sentence.start_char, token.idx)
                  if extraction.actors[k].kind in _ORGANISATIONS + ("Person",)]
        if before:
            return before[-1]
        return memory.recent_subjects[-1] if memory.recent_subjects else None
    found = actor_of_phrase(extraction, token)
    return found[0] if found else stand_in(extraction, token, memory)


def _sponsor_before(extraction: Extraction, sentence: Sentence, verb: Token,
                    memory: SpeakerMemory) -> str | None:
    """Who pays: the verb's subject, else the last non-platform actor before the verb, past any
    leading attribution ("Selon le ministère, le cabinet X a versé ...")."""
    floor = _attribution_end(sentence)
    subject = subject_of(verb)
    if subject is not None and subject.idx >= floor:
        key = _resolve(extraction, subject, sentence, memory)
        if key and not is_platform(extraction, key):
            return key
    before = [k for k in actors_in(extraction, floor, verb.idx) if not is_platform(extraction, k)]
    return before[-1] if before else None


def _payee(extraction: Extraction, sentence: Sentence, after: int) -> str | None:
    """The platform paid: "auprès de X", "à X", "sur X" (strongest first) after ``after``."""
    text = sentence.text.lower()
    offset = sentence.start_char
    for marker in PAYEE_MARKERS:
        at = text.find(f" {marker} ", max(after - offset, 0))
        while at >= 0:
            begin = offset + at + len(marker) + 2
            keys = [k for k in actors_in(extraction, begin, begin + 40)
                    if extraction.actors[k].kind in _ORGANISATIONS]
            mention_starts = [m.start for k in keys for m in extraction.actors[k].mentions
                              if begin <= m.start < begin + 12]
            if keys and mention_starts:
                return keys[0]
            at = text.find(f" {marker} ", at + 1)
    return None


def _spend_roles(extraction: Extraction, sentence: Sentence, verb: Token | None,
                 memory: SpeakerMemory) -> tuple[str | None, str | None]:
    if verb is None:
        return None, _only_platform(extraction, sentence)
    sponsor = _sponsor_before(extraction, sentence, verb, memory)
    return sponsor, _payee(extraction, sentence, verb.idx) or _only_platform(extraction, sentence)


def _only_platform(extraction: Extraction, sentence: Sentence) -> str | None:
    platforms = [k for k in actors_in(extraction, sentence.start_char, sentence.end_char)
                 if is_platform(extraction, k)]
    return platforms[0] if len(platforms) == 1 else None


def _offer_roles(extraction: Extraction, sentence: Sentence, memory: SpeakerMemory,
                 campaigns: list[AdCampaign]) -> tuple[str | None, str | None]:
    """An offer: the platform is the advertising company among the parties, the sponsor the
    other one ("Twitter a proposé à RT ...", "X avait reçu une proposition de Google ..."); an
    offer with no sponsor named ("Une deuxième campagne a été proposée à TikTok") is the previous
    campaign's sponsor's."""
    parties = [k for k in actors_in(extraction, _attribution_end(sentence), sentence.end_char)
               if extraction.actors[k].kind in _ORGANISATIONS + ("Person",)]
    for token in sentence:
        if is_pronoun(token) or (token.pos_ == "NOUN" and stand_in(extraction, token, memory)):
            key = _resolve(extraction, token, sentence, memory)
            if key and key not in parties:
                parties.append(key)
    platforms = [k for k in parties if is_platform(extraction, k)]
    others = [k for k in parties if not is_platform(extraction, k)]
    platform = platforms[0] if platforms else None
    sponsor = others[0] if others else (campaigns[-1].sponsor if campaigns else None)
    return sponsor, platform


def _platform_from_items(extraction: Extraction, counts: list[Any]) -> str | None:
    for count in counts:
        name = ITEM_PLATFORMS.get(count.noun.lower())
        if name:
            return next((k for k, a in extraction.actors.items() if a.name == name), None)
    return None


def _reporter(extraction: Extraction, start: int, end: int) -> str | None:
    """The company whose statement contains the sentence ("Twitter a indiqué que RT a dépensé...")."""
    for statement in extraction.statements:
        ev = statement.evidence
        if ev.start <= start + 1 and end - 1 <= ev.end or start <= ev.start < end:
            actor = extraction.actors.get(statement.speaker)
            if actor is not None and actor.kind == "Company":
                return statement.speaker
    return None


def _target_market(sentence: Sentence) -> str | None:
    for ent in sentence.ents:
        if ent.label_ == "LOC":
            return str(ent.text)
    for token in sentence:
        if token.lower_ == "marché" and token.i + 1 < sentence.end:
            nxt = sentence.doc[token.i + 1]
            if nxt.pos_ == "ADJ":
                return f"marché {nxt.text}"
    return None
