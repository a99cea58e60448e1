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

import dataclasses
import functools
import re
from typing import Any

from kg.extract.actors import actor_at, actors_in
from kg.extract.amounts import Amount, find_amounts, find_counts
from kg.extract.facts import AdCampaign, Evidence, Extraction
from kg.extract.lexicon import BY_COUNTRY
from kg.extract.lexicon_events import (
    AD_CUES,
    AD_PLATFORMS,
    COMMITMENT_CUES,
    COST_VERBS,
    CREATOR_NOUNS,
    DIFFUSION_VERBS,
    INFLUENCER_NOUNS,
    INTERMEDIARY_MARKERS,
    ITEM_NOUNS,
    ITEM_PLATFORMS,
    PAYEE_MARKERS,
    PLATFORM_NOUNS,
    PROPOSAL_CUES,
    SPEND_VERBS,
)
from kg.extract.lexicon_speech import ATTRIBUTION_MARKERS, ORGANISATION_DESCRIPTORS
from kg.extract.speakers import (
    SpeakerMemory,
    actor_of_phrase,
    is_pronoun,
    negated,
    note_subjects,
    stand_in,
    subject_of,
)
from kg.extract.when import date_of

Sentence = Any  # spaCy Span
Token = Any  # spaCy Token

_ORGANISATIONS = ("Company", "Organisation", "MediaOutlet")
#: "une campagne de vidéos sur YouTube": a campaign on an advertising platform is advertising
CAMPAIGN_WORDS = ("campagne", "opération de promotion")
_RECEIVING = frozenset({"recevoir", "accepter", "refuser", "décliner"})
#: "sur YouTube", "sur sa plateforme YouTube": the place the ads ran, right before a platform's name
_DISPLAY = re.compile(r"\bsur\s+(?:(?:sa|son|leur|la|le|les|ses|leurs)\s+)?(?:plateformes?\s+)?\Z",
                      re.IGNORECASE)
#: "selon", "d'après": an attribution, whose source may be the platform reporting the spending
_ATTRIBUTION = frozenset({"selon", "d'après", "d’après"})


def find_campaigns(extraction: Extraction) -> None:
    """The pipeline step: append every ad campaign of the article."""
    memory = SpeakerMemory()
    for sentence in extraction.doc.sents:
        campaign = _campaign(extraction, sentence, memory)
        if campaign is not None:
            _add(extraction.campaigns, campaign)
        note_subjects(extraction, sentence, memory)


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
    extraction: Extraction, sentence: Sentence, memory: SpeakerMemory
) -> AdCampaign | None:
    body = extraction.article.body
    start, end = sentence.start_char, sentence.end_char
    text = body[start:end]
    lowered = text.lower()
    paid_people = _paid_people(sentence)
    if not (_says(lowered, AD_CUES) or _items_bought(sentence)
            or paid_people is not None or _paid_to_publish(sentence)
            or (_platforms(extraction, sentence) and any(w in lowered for w in CAMPAIGN_WORDS))):
        return None
    resolved = [_by_country(extraction, a) for a in find_amounts(text, offset=start, money_context=True)]
    amounts = [a for a in resolved if a is not None]
    counts = [c for c in find_counts(text, offset=start) if c.noun.lower() in ITEM_NOUNS]
    if not amounts and not counts:
        return None
    committed = _says(lowered, COMMITMENT_CUES)
    proposed = committed or _says(lowered, PROPOSAL_CUES)
    verb = _spend_verb(sentence)
    if verb is not None and negated(verb):
        return None
    if proposed and not committed:
        sponsor, platform = _offer_roles(extraction, sentence, memory, extraction.campaigns, amounts)
    else:
        sponsor, platform = _spend_roles(extraction, sentence, verb, memory)
    if paid_people is not None or _is_person(extraction, platform):
        platform = None  # people paid (influencers) are no platform, named or not
    elif platform is None:
        platform = (_platform_from_items(extraction, counts) or _reporter(extraction, start, end)
                    or _attributed_platform(extraction, sentence))
    if sponsor is None or sponsor == platform:
        return None
    amount = amounts[0] if amounts else None
    return AdCampaign(
        sponsor=sponsor, platform=platform,
        evidence=Evidence.trimmed(extraction.article, start, end),
        status="Proposed" if proposed else "Realised",
        value=amount.value if amount else None, currency=amount.currency if amount else None,
        item_count=counts[0].value if counts else None,
        target_market=_target_market(sentence),
        date=date_of(extraction, start, end, verb),
    )


@functools.cache
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in cues) + ")")


def _says(lowered: str, cues: tuple[str, ...]) -> bool:
    """Whether one of ``cues`` (stems) starts a word of ``lowered``."""
    return _cue_pattern(cues).search(lowered) is not None


def _by_country(extraction: Extraction, amount: Amount) -> Amount | None:
    """"couronnes", "pesos" are the crowns or pesos of the country the article names first; none
    named: unknown."""
    table = BY_COUNTRY.get(amount.currency)
    if table is None:
        return amount
    lowered = extraction.article.body.lower()
    found = [(lowered.find(stem), code) for stem, code in table.items() if stem in lowered]
    return dataclasses.replace(amount, currency=min(found)[1]) if found else None


def _items_bought(sentence: Sentence) -> bool:
    """"ces messages avaient été achetés par X", "pour promouvoir 210 de ces vidéos": promoted items
    bought are advertising too."""
    return any(
        t.lemma_ in SPEND_VERBS and any(
            _names_items(c) and c.dep_ in ("obj", "nsubj:pass", "nsubj") for c in t.children)
        for t in sentence if t.pos_ == "VERB"
    )


def _is_influencer(token: Token) -> bool:
    """"influenceurs", "youtubeuse", "créateurs de contenus"."""
    return token.lower_ in INFLUENCER_NOUNS or (
        token.lower_ in CREATOR_NOUNS and any(c.lower_.startswith("contenu") for c in token.children))


def _paid_people(sentence: Sentence) -> Token | None:
    """Influencers paid or offered money: the passive subject or the complement of a paying or
    offering verb ("ces influenceurs ont été payés", "a proposé 5 000 euros à une dizaine
    d'influenceurs"); a quantity noun may stand between ("une dizaine d'influenceurs")."""
    for token in sentence:
        if not _is_influencer(token):
            continue
        phrase = token
        if token.dep_ == "nmod" and any(c.lower_ in ("de", "d'", "d’") for c in token.children):
            phrase = token.head  # "une dizaine d'influenceurs"
        given = phrase.dep_ == "nsubj:pass" or any(c.lower_ in ("à", "aux") for c in phrase.children)
        verb = phrase.head
        for _ in range(3):  # the verb, past a misattached head ("5 000 euros à des influenceurs")
            if _pays_or_offers(verb) or verb.head.i == verb.i:
                break
            verb = verb.head
        if given and _pays_or_offers(verb):
            return token
    return None


def _pays_or_offers(verb: Token) -> bool:
    return bool(verb.pos_ == "VERB" and (verb.lemma_ in SPEND_VERBS or verb.lower_.startswith(PROPOSAL_CUES)))


def _is_person(extraction: Extraction, key: str | None) -> bool:
    return key is not None and key in extraction.actors and extraction.actors[key].kind == "Person"


def _paid_to_publish(sentence: Sentence) -> bool:
    """Money "pour publier cinq vidéos", "pour qu'ils relaient les messages": paid promotion."""
    doc = sentence.doc
    return any(
        t.lemma_ in DIFFUSION_VERBS and any(_names_items(c) and c.dep_ == "obj" for c in t.children)
        and any(doc[i].lower_ in ("pour", "afin") for i in range(max(sentence.start, t.i - 3), t.i))
        for t in sentence if t.pos_ == "VERB"
    )


def _names_items(token: Token) -> bool:
    """"vidéos", or a number of them ("210 de ces vidéos")."""
    return token.lower_ in ITEM_NOUNS or (
        token.pos_ == "NUM" and any(c.lower_ in ITEM_NOUNS for c in token.children))


def _spend_verb(sentence: Sentence) -> Token | None:
    """The paying verb: first one with a subject or an agent, then one that is no mere modifier
    ("ces vidéos sponsorisées ont été financées par X": financées), then the first."""
    verbs = [t for t in sentence if t.pos_ == "VERB" and t.lemma_ in SPEND_VERBS]

    def rank(verb: Token) -> tuple[bool, bool, int]:
        payer = any(c.dep_ in ("nsubj", "nsubj:pass") or _agent(verb, c) for c in verb.children)
        return not payer, verb.dep_ == "acl", verb.i

    return min(verbs, key=rank) if verbs else None


def is_platform(extraction: Extraction, key: str | None) -> bool:
    """A known advertising seller, or one the article calls so ("la plateforme Naver")."""
    if key is None or key not in extraction.actors:
        return False
    actor = extraction.actors[key]
    body = extraction.article.body
    return actor.name in AD_PLATFORMS or any(
        body[max(0, m.start - 24):m.start].lower().rstrip().endswith(PLATFORM_NOUNS) for m in actor.mentions)


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
    if extraction.campaigns and any(c.lower_ == "même" for c in token.children):
        return extraction.campaigns[-1].sponsor  # "la même agence a acheté ...": the last sponsor
    found = actor_of_phrase(extraction, token)
    return found[0] if found else stand_in(extraction, token, memory) or _described(extraction, token)


def _described(extraction: Extraction, token: Token) -> str | None:
    """A definite description of an organisation named earlier: the one whose name holds the noun
    ("l'alliance" after "la Southern Cross Voters' Alliance"), else the last one named of the kind
    the noun says ("l'organisation", "la fondation")."""
    if not token.text.islower() or not any(c.lower_ in ("le", "la", "l'", "l’") for c in token.children):
        return None
    earlier = sorted((m.start, k) for k, a in extraction.actors.items() if a.kind != "Person"
                     for m in a.mentions if m.start < token.idx)
    holding = [k for _, k in earlier if token.lower_ in extraction.actors[k].name.lower().split()]
    if holding:
        return holding[-1]
    kinds = ORGANISATION_DESCRIPTORS.get(token.lemma_) or ORGANISATION_DESCRIPTORS.get(token.lower_) or ()
    of_kind = [k for _, k in earlier if extraction.actors[k].kind in kinds]
    return of_kind[-1] if of_kind else None


def _sponsor_before(extraction: Extraction, sentence: Sentence, verb: Token,
                    memory: SpeakerMemory) -> str | None:
    """Who pays: the verb's subject, else the last non-platform actor before the verb, past any
    leading attribution ("Selon le ministère, le cabinet X a versé ...")."""
    floor = _attribution_end(sentence)
    agents = [c for c in verb.children if _agent(verb, c)]  # "achetés par X"
    for agent in agents:
        tokens = list(agent.subtree)
        end = _past_apposition(sentence, tokens[-1])
        inside = [k for k in actors_in(extraction, tokens[0].idx, end) if not is_platform(extraction, k)]
        named = (_apposed(extraction, sentence, agent, end) or next(iter(inside), None)
                 or actor_at(extraction, tokens[0].idx, end))
        key = named or _resolve(extraction, agent, sentence, memory)
        if key and not is_platform(extraction, key):
            return key
    subject = subject_of(verb)
    if subject is not None and subject.idx >= floor:
        key = _resolve(extraction, subject, sentence, memory)
        if key and not is_platform(extraction, key):
            return key
        if is_pronoun(subject):
            key = _earlier_subject(extraction, sentence, subject, memory)
            if key:
                return key
    before = [k for k in actors_in(extraction, floor, verb.idx) if not is_platform(extraction, k)]
    return before[-1] if before else _intermediary(extraction, sentence)


def _agent(verb: Token, child: Token) -> bool:
    """The agent of a passive or participle ("achetées par l'agence"), even parsed as an oblique."""
    if child.dep_ == "obl:agent":
        return True
    passive = any(c.dep_ == "aux:pass" for c in verb.children) or (
        "Part" in verb.morph.get("VerbForm") and not any(c.dep_ == "aux:tense" for c in verb.children))
    return passive and child.dep_.startswith("obl") and any(
        c.lower_ == "par" and c.dep_ == "case" for c in child.children)


def _apposed(extraction: Extraction, sentence: Sentence, head: Token, end: int) -> str | None:
    """"par la société de M. X, Y": a common noun's apposed name, not its complement's (none when
    the name follows the noun: "par la fondation X, une structure proche de Y")."""
    following = head.doc[head.i + 1] if head.i + 1 < sentence.end else None
    if head.pos_ != "NOUN" or (following is not None and following.pos_ == "PROPN"
                               and actor_at(extraction, following.idx, following.idx + len(following))):
        return None
    comma = next((t for t in sentence if t.i > head.i and t.idx < end and t.text == ","), None)
    if comma is None:
        return None
    return next((k for k in actors_in(extraction, comma.idx, end) if not is_platform(extraction, k)), None)


def _earlier_subject(extraction: Extraction, sentence: Sentence, pronoun: Token,
                     memory: SpeakerMemory) -> str | None:
    """"La fondation s'est tournée vers Google : elle y a dépensé ...": the pronoun stands for the
    subject of an earlier clause of the sentence."""
    for token in reversed([t for t in sentence if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubj:pass")]):
        key = _resolve(extraction, token, sentence, memory)
        if key and not is_platform(extraction, key):
            return key
    return None


def _intermediary(extraction: Extraction, sentence: Sentence) -> str | None:
    """"par l'intermédiaire d'une société écran, X": the organisation the payment went through."""
    lowered = sentence.text.lower()
    for marker in INTERMEDIARY_MARKERS:
        at = lowered.find(marker)
        if at < 0 or (at > 0 and lowered[at - 1].isalnum()):
            continue
        begin = sentence.start_char + at + len(marker)
        window = [k for k in actors_in(extraction, begin, min(sentence.end_char, begin + 80))
                  if extraction.actors[k].kind in _ORGANISATIONS and not is_platform(extraction, k)]
        if window:
            return window[0]
    return None


def _past_apposition(sentence: Sentence, last: Token) -> int:
    """The end of a phrase and of the apposition that follows it ("par sa société, X,")."""
    end = int(last.idx + len(last))
    following = [t for t in sentence if t.i > last.i]
    if not following or following[0].text != ",":
        return end
    for token in following[1:8]:
        if token.text in ",.;:" or token.pos_ in ("VERB", "AUX", "ADP"):
            break
        end = int(token.idx + len(token))
    return end


def _payee(extraction: Extraction, sentence: Sentence, after: int) -> str | None:
    """The organisation paid: named right after "auprès de", "à", "au" or "sur" (strongest first),
    past a determiner, after offset ``after``."""
    tokens = [t for t in sentence if t.idx >= after]
    for marker in PAYEE_MARKERS:
        words = marker.split()
        for index in range(len(tokens)):
            if [t.lower_ for t in tokens[index:index + len(words)]] != words:
                continue
            rest = tokens[index + len(words):index + len(words) + 2]
            if rest and rest[0].pos_ == "DET":
                rest = rest[1:]
            if not rest:
                continue
            key = actor_at(extraction, rest[0].idx, rest[0].idx + len(rest[0]))
            if key and extraction.actors[key].kind in _ORGANISATIONS:
                return key
    return None


def _spend_roles(extraction: Extraction, sentence: Sentence, verb: Token | None,
                 memory: SpeakerMemory) -> tuple[str | None, str | None]:
    if verb is None:
        return None, _only_platform(extraction, sentence)
    if verb.lemma_ in COST_VERBS:  # "ces annonces ont coûté 1,3 million à la fondation"
        sponsor = _introduced_by(extraction, sentence, verb, ("à", "au", "aux"), memory)
        return sponsor, _only_platform(extraction, sentence)
    sponsor = _sponsor_before(extraction, sentence, verb, memory)
    payee = _payee(extraction, sentence, verb.idx)
    if payee is not None and _shown_on(extraction, sentence, payee):
        payee = _only_platform(extraction, sentence) or payee
    return sponsor, (payee if payee != sponsor else None) or _only_platform(extraction, sentence)


def _platforms(extraction: Extraction, sentence: Sentence) -> list[str]:
    return [k for k in actors_in(extraction, sentence.start_char, sentence.end_char)
            if is_platform(extraction, k)]


def _only_platform(extraction: Extraction, sentence: Sentence) -> str | None:
    """The one platform of the sentence; of several, the one seller named other than as the place
    the ads ran ("a payé Google pour diffuser des vidéos sur YouTube")."""
    platforms = _platforms(extraction, sentence)
    if len(platforms) == 1:
        return platforms[0]
    sellers = [k for k in platforms if not _shown_on(extraction, sentence, k)]
    return sellers[0] if len(sellers) == 1 else None


def _shown_on(extraction: Extraction, sentence: Sentence, key: str) -> bool:
    """Whether every mention of ``key`` in the sentence is the place ads ran: "sur YouTube"."""
    body = extraction.article.body
    mentions = [m for m in extraction.actors[key].mentions
                if sentence.start_char <= m.start < sentence.end_char]
    return bool(mentions) and all(
        _DISPLAY.search(body[max(sentence.start_char, m.start - 40):m.start]) for m in mentions)


def _offer_roles(extraction: Extraction, sentence: Sentence, memory: SpeakerMemory,
                 campaigns: list[AdCampaign], amounts: list[Amount]) -> tuple[str | None, str | None]:
    """An offer: the one offered to is the sponsor, the one offering sells the promotion (the
    platform): "Twitter a proposé à RT ...", unless the one offered to is the platform ("X a proposé
    30 000 dollars à la plateforme Naver"), "une agence, X, avait proposé à l'association ...",
    "le groupe avait reçu une proposition de Google". With no offeree named ("Une deuxième campagne a
    été proposée à TikTok"), the platform is the advertising company and the sponsor the previous
    campaign's. Money itself offered ("a proposé 5 000 euros à X", "une offre de 5 000 euros de Y")
    is paid by the one offering it."""
    for token in sentence:
        if token.pos_ == "VERB" and any(token.lower_.startswith(c) for c in PROPOSAL_CUES):
            offerer = _resolve(extraction, subject_of(token), sentence, memory)
            offeree = _introduced_by(extraction, sentence, token, ("à", "au", "aux"), memory)
            if token.dep_ != "acl" and "Pass" not in token.morph.get("Voice") and offerer and offeree:
                if not is_platform(extraction, offerer) and (
                        is_platform(extraction, offeree) or _offers_money(token, amounts)):
                    return offerer, offeree  # "l'agence a proposé 30 000 dollars à la plateforme Naver"
                return offeree, offerer
        if token.lemma_ in ("proposition", "offre") and token.pos_ == "NOUN":
            offerer = _introduced_by(extraction, sentence, token, ("de", "d'", "d’", "du"), memory)
            receiver = token.head if token.head.lemma_ in _RECEIVING else None
            offeree = _resolve(extraction, subject_of(receiver), sentence, memory) if receiver else None
            if offerer and offeree:
                pays = _offers_money(token, amounts) and not is_platform(extraction, offerer)
                return (offerer, offeree) if pays else (offeree, offerer)
    parties = [k for k in actors_in(extraction, _attribution_end(sentence), sentence.end_char)
               if extraction.actors[k].kind in _ORGANISATIONS + ("Person",)]
    platforms = [k for k in parties if is_platform(extraction, k)]
    others = [k for k in parties if not is_platform(extraction, k)]
    platform = platforms[0] if platforms else None
    sponsor = others[0] if len(others) == 1 else (campaigns[-1].sponsor if campaigns else None)
    return sponsor, platform


def _offers_money(offer: Token, amounts: list[Amount]) -> bool:
    """Whether the object of an offering verb, or the complement of an offer noun, is an amount:
    money offered ("proposé 5 000 euros", "une offre de 5 000 euros"), not a service priced so
    ("proposé un forfait de 5 000 euros")."""
    return any(c.dep_ in ("obj", "nmod") and any(a.start <= c.idx < a.end for a in amounts)
               for c in offer.children)


def _introduced_by(extraction: Extraction, sentence: Sentence, word: Token, prepositions: tuple[str, ...],
                   memory: SpeakerMemory) -> str | None:
    """The actor introduced by one of ``prepositions`` within a few words after ``word``: named
    ("à RT", "à l'agence Nordlys Media") or designated ("à l'association")."""
    window = sentence[word.i - sentence.start + 1:word.i - sentence.start + 11]
    for token in window:
        if token.lower_ not in prepositions:
            continue
        following = [t for t in sentence if token.i < t.i <= token.i + 4]
        for candidate in following:
            key = actor_at(extraction, candidate.idx, candidate.idx + len(candidate))
            if key:
                return key
        nouns = [t for t in following if t.pos_ == "NOUN"]
        designated = stand_in(extraction, nouns[0], memory) if nouns else None
        if designated:
            return designated
    return None


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


def _attributed_platform(extraction: Extraction, sentence: Sentence) -> str | None:
    """The platform a "selon ..." / "d'après ..." of the sentence names ("selon Meta"), or designates
    ("selon le rapport publié par l'entreprise américaine": the platform last named before)."""
    text = sentence.text.lower()
    for marker in _ATTRIBUTION:
        at = text.find(marker)
        if at < 0:
            continue
        start = sentence.start_char + at + len(marker)
        source = [t for t in sentence if t.idx >= start]
        end = next((t.idx for t in source if t.text in ",.;:"), sentence.end_char)
        named = [k for k in actors_in(extraction, start, end) if is_platform(extraction, k)]
        if named:
            return named[0]
        if actors_in(extraction, start, end):
            continue
        if any(t.idx < end and t.pos_ == "NOUN" and "Company" in ORGANISATION_DESCRIPTORS.get(t.lower_, ())
               and any(c.lower_ in ("le", "la", "l'", "l’") for c in t.children) for t in source):
            return _last_platform_before(extraction, sentence.start_char)
    return None


def _last_platform_before(extraction: Extraction, offset: int) -> str | None:
    mentions = [(m.start, k) for k, a in extraction.actors.items() if is_platform(extraction, k)
                for m in a.mentions if m.start < offset]
    return max(mentions)[1] if mentions else None


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
