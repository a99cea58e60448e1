"""Who was paid: a platform that sold ("Meta a encaissé ..."), or, when the sentence of a campaign
names no seller of its own, the home of the promoted items ("1823 tweets": Twitter), the company
that reports the spending ("Twitter a indiqué que ...", "selon Meta"), or the platform named before
that "la plateforme" or "ces messages" designates.
"""

from __future__ import annotations

from typing import Any

from kg.extract.actors import actor_at, actors_in, last_named
from kg.extract.campaign_roles import designated, introduced_by, is_platform, named_holder, possessed_items
from kg.extract.facts import Extraction, right_after
from kg.extract.lexicon_events import (
    AD_CUES,
    DIFFUSION_VERBS,
    ITEM_NOUNS,
    ITEM_PLATFORMS,
    PAYER_MARKERS,
    SALE_STEMS,
    SPEND_VERBS,
)
from kg.extract.lexicon_speech import ORGANISATION_DESCRIPTORS
from kg.extract.memory import SpeakerMemory
from kg.extract.speakers import negated, subject_of, surface_subject

Sentence = Any  # spaCy Span
Token = Any  # spaCy Token

#: "selon", "d'après": an attribution, whose source may be the platform reporting the spending
_ATTRIBUTION = frozenset({"selon", "d'après", "d’après"})


def fallback_platform(extraction: Extraction, sentence: Sentence, counts: list[Any]) -> str | None:
    """The seller of a campaign whose sentence names none, in the order of the module's docstring."""
    return (platform_from_items(extraction, counts) or published_on(extraction, sentence)
            or _there(extraction, sentence) or reporter(extraction, sentence.start_char, sentence.end_char)
            or attributed_platform(extraction, sentence) or designated_platform(extraction, sentence))


def _there(extraction: Extraction, sentence: Sentence) -> str | None:
    """"X a aussi eu recours à Facebook. Le parti y a acheté 640 publicités": the one platform the
    sentence before names, that "y" takes up (not the "y" of "il y a")."""
    there = [t for t in sentence if t.lower_ == "y" and t.pos_ == "PRON"
             and not (t.i > 0 and t.doc[t.i - 1].lower_ in ("il", "n'", "n’"))]
    if not there or sentence.start == 0:
        return None
    before = sentence.doc[sentence.start - 1].sent
    named = [k for k in actors_in(extraction, before.start_char, sentence.start_char)
             if is_platform(extraction, k)]
    return named[0] if len(named) == 1 else None


def paid_to_person(extraction: Extraction, verb: Token | None) -> bool:
    """Whether the paying ``verb`` gives its money "à" a person, before its purpose ("pour"), or to
    "lui" when the sentence before named a person last: "payé 85 000 leones à « Mama Salone » pour
    publier 40 vidéos sur TikTok" pays an influencer, and a person is no platform."""
    if verb is None:
        return False
    doc = verb.doc
    dative = any(c.lower_ == "lui" and c.pos_ == "PRON" and c.i < verb.i for c in verb.children)
    if dative and verb.sent.start > 0:  # "... un influenceur, X. L'agence Y lui a versé 2 millions"
        prior = doc[verb.sent.start - 1].sent  # "lui" is the one the sentence before named last
        last = last_named(extraction, prior.start_char, prior.end_char)
        return last is not None and extraction.actors[last].kind == "Person"
    for token in doc[verb.i + 1:verb.sent.end]:
        if token.lower_ in ("pour", "afin") or (token.is_punct and token.text in ".;:"):
            return False
        if token.lower_ in ("à", "aux"):
            named = next((t for t in doc[token.i + 1:token.i + 4] if t.text not in ("«", "“", '"')), None)
            key = actor_at(extraction, named.idx, named.idx + len(named)) if named is not None else None
            return key is not None and extraction.actors[key].kind == "Person"
    return False


def paid_to_platform(extraction: Extraction, sentence: Sentence, memory: SpeakerMemory) -> bool:
    """"15 000 dollars, versés à Google pour diffuser des clips": money paid to an advertising
    platform to show something buys advertising (not "à Microsoft pour des licences")."""
    if not any(t.lemma_ in DIFFUSION_VERBS for t in sentence if t.pos_ == "VERB"):
        return False
    return any(
        t.lemma_ in SPEND_VERBS and (payee := introduced_by(extraction, sentence, t, ("à", "au"), memory))
        is not None and is_platform(extraction, payee)
        for t in sentence if t.pos_ == "VERB" and not negated(t))


def spent_on_platform(extraction: Extraction, sentence: Sentence, memory: SpeakerMemory) -> bool:
    """"a dépensé 240 000 euros sur TikTok", "240 000 euros ont été dépensés sur TikTok": money spent
    on an advertising platform buys its advertising."""
    return any(t.lemma_ in ("dépenser", "investir", "débourser", "injecter") and (
        place := introduced_by(extraction, sentence, t, ("sur",), memory)) is not None
        and is_platform(extraction, place) for t in sentence if t.pos_ == "VERB")


def platform_from_items(extraction: Extraction, counts: list[Any]) -> str | None:
    for count in counts:
        name = ITEM_PLATFORMS.get(count.noun.lower())
        if name:
            return next((k for k, a in extraction.actors.items() if a.name == name), None)
    return None


def published_on(extraction: Extraction, sentence: Sentence) -> str | None:
    """"quatorze articles sponsorisés publiés sur Massalia Info": the outlet or company the paid
    items were published on."""
    for token in sentence:
        if token.lemma_ not in DIFFUSION_VERBS or "Part" not in token.morph.get("VerbForm"):
            continue
        following = token.doc[token.i + 1] if token.i + 1 < sentence.end else None
        if following is None or following.lower_ != "sur":
            continue
        at = following.idx + len(following) + 1
        keys = actors_in(extraction, at, at + 60)
        if keys and extraction.actors[keys[0]].kind in ("MediaOutlet", "Company") \
                and min(m.start for m in extraction.actors[keys[0]].mentions if m.start >= at) <= at + 1:
            return keys[0]
    return None


def reporter(extraction: Extraction, start: int, end: int) -> str | None:
    """The company whose statement contains the sentence ("Twitter a indiqué que RT a dépensé...")."""
    for statement in extraction.statements:
        ev = statement.evidence
        if ev.start <= start + 1 and end - 1 <= ev.end or start <= ev.start < end:
            actor = extraction.actors.get(statement.speaker)
            if actor is not None and actor.kind == "Company":
                return statement.speaker
    return None


def attributed_platform(extraction: Extraction, sentence: Sentence) -> str | None:
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


def designated_platform(extraction: Extraction, sentence: Sentence) -> str | None:
    """"pour promouvoir sur la plateforme 1 450 vidéos": the platform named last before, when "la
    plateforme" (or "le réseau social") stands without a name of its own; the same for items told
    before ("pour ces messages")."""
    if told_before(extraction, sentence) is not None:
        return _last_platform_before(extraction, sentence.start_char)
    for token in sentence:
        if token.lower_ not in ("plateforme", "réseau") or not any(
                c.lower_ in ("la", "le", "cette", "ce") for c in token.children):
            continue
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if token.lower_ == "réseau" and (following is None or following.lower_ != "social"):
            continue
        named_after = actors_in(extraction, token.idx, token.idx + len(token) + 30)
        if not named_after:
            return _last_platform_before(extraction, sentence.start_char)
    return None


def told_before(extraction: Extraction, sentence: Sentence) -> Token | None:
    """"pour ces messages", "ces vidéos": promoted items the article told of before (an earlier
    sentence speaks of advertising), designated by a demonstrative, or by a possessive opening
    the sentence ("Ses 96 publicités, ...": those of the campaign just told)."""
    items = next((t for t in sentence if t.lower_ in ITEM_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "ces" for c in t.children)), None) or possessed_items(sentence)
    if items is None:
        return None
    before = extraction.article.body[:sentence.start_char].lower()
    return items if any(cue in before for cue in AD_CUES) else None


def _last_platform_before(extraction: Extraction, offset: int) -> str | None:
    mentions = [(m.start, k) for k, a in extraction.actors.items() if is_platform(extraction, k)
                for m in a.mentions if m.start < offset]
    return max(mentions)[1] if mentions else None


def sale_roles(extraction: Extraction, sentence: Sentence,
               memory: SpeakerMemory) -> tuple[str | None, str | None]:
    """A platform that was paid, as the subject or agent of a selling verb: "Meta a encaissé
    75 000 euros de l'association X", "une campagne facturée par TikTok à l'agence X". The payer is
    the organisation introduced after the verb; money merely received by anyone else ("la
    fondation a reçu 850 000 dollars") is no sale."""
    for word in sentence:
        if not word.lower_.startswith(SALE_STEMS):
            continue
        verbal = word.pos_ in ("VERB", "AUX")
        subject = subject_of(word) if verbal else None
        seller = designated(extraction, subject, sentence, memory) if subject is not None else None
        # "La radio X, très écoutée, a touché": the subject the parse lost, read on the surface
        surface = surface_subject(extraction, word, memory) if seller is None and verbal else None
        seller = surface[0] if surface is not None else seller
        if seller is None:  # "facturée ... par TikTok"
            seller = introduced_by(extraction, sentence, word, ("par",), memory)
        outlet = seller is not None and extraction.actors[seller].kind == "MediaOutlet"
        if seller is None or not (is_platform(extraction, seller) or outlet):
            continue  # (a radio that "a touché de X" sold it airtime)
        payer = (introduced_by(extraction, sentence, word, PAYER_MARKERS, memory)
                 or named_holder(extraction, sentence))
        if payer is not None and not is_platform(extraction, payer):
            return payer, seller
        last = extraction.campaigns[-1] if extraction.campaigns and payer is None else None  # "X a versé à
        if last is not None and right_after(extraction.article.body, last.evidence.end, sentence.start_char):
            return last.sponsor, seller  # Meta ... . TikTok a pour sa part encaissé ...": the payer just told
    return None, None

