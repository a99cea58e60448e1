"""Who paid and who was paid in a sentence that gives an ad campaign (:mod:`kg.extract.campaigns`).

The sponsor is the subject or agent of a spending verb (through pronouns, descriptions, appositions
and intermediaries), the agent of a paying participle on the subject of "coûter", or the one who
paid a platform that "encaisse" or "facture"; the platform is the actor after "sur", the one paid
("à X", influencers as payees), the home of the promoted items, the seller subject of a selling
verb, or the company reporting the spending ("selon le groupe"). Offers: :mod:`kg.extract.campaign_offers`."""

from __future__ import annotations

import functools
import re
from typing import Any

from kg.extract.actors import actor_at, actors_in
from kg.extract.attributions import attribution_end
from kg.extract.facts import Extraction
from kg.extract.institution_words import FOREIGN_HEADS
from kg.extract.institutions import DEFINITE
from kg.extract.lexicon_events import (
    AD_PLATFORMS,
    BY_ADVERBS,
    COST_VERBS,
    GO_BETWEEN,
    INQUIRING,
    INTERMEDIARY_MARKERS,
    ITEM_NOUNS,
    PAYEE_MARKERS,
    PLATFORM_BEFORE,
    PLATFORM_NOUNS,
    PLATFORM_OWNERS,
    QUE_WORDS,
    SPEND_VERBS,
)
from kg.extract.lexicon_speech import (
    ORGANISATION_DESCRIPTORS,
    POSSESSIVES,
    REPORTING_VERBS,
)
from kg.extract.memory import SpeakerMemory
from kg.extract.phrases import (
    actor_of_phrase,
    apposed_name,
    name_after_cue,
    qualifier_agents,
    qualifying_participle,
)
from kg.extract.referents import demonstrated, relative_antecedent
from kg.extract.speakers import is_pronoun, subject_of
from kg.extract.stand_ins import descriptor_of, stand_in

Sentence = Any  # spaCy Span
Token = Any  # spaCy Token

ORGANISATIONS = ("Company", "Organisation", "MediaOutlet")
#: "sur YouTube", "sur sa plateforme YouTube": the place the ads ran, right before a platform's name
_DISPLAY = re.compile(r"\bsur\s+(?:(?:sa|son|leur|la|le|les|ses|leurs)\s+)?(?:plateformes?\s+)?\Z",
                      re.IGNORECASE)


def is_platform(extraction: Extraction, key: str | None) -> bool:
    """A known advertising seller, or one the article calls so ("la plateforme Naver")."""
    if key is None or key not in extraction.actors:
        return False
    actor = extraction.actors[key]
    body = extraction.article.body
    return actor.name in AD_PLATFORMS or any(
        PLATFORM_BEFORE.search(body[max(0, m.start - 48):m.start])
        or _PLATFORM_APPOSED.match(body, m.end) for m in actor.mentions)  # "Boomplay, la plateforme de"


_PLATFORM_APPOSED = re.compile(rf",\s*(?:la|une|le|un)\s+(?:{'|'.join(PLATFORM_NOUNS)})\b", re.IGNORECASE)


def designated(extraction: Extraction, token: Token | None, sentence: Sentence,
             memory: SpeakerMemory) -> str | None:
    """The actor a subject or object designates: by name, pronoun or definite description."""
    if token is None:
        return None
    if token.lower_ == "nous" and token.pos_ == "PRON":  # "« Nous avons proposé ... », a ajouté le président"
        return _speakers_organisation(extraction, token)
    if token.lower_ == "qui" and token.pos_ == "PRON":  # "L'agence, qui a versé ...": its antecedent
        return relative_antecedent(extraction, token) or _antecedent(extraction, token, memory)
    if (shown := demonstrated(extraction, token, attribution_end(sentence))) is not None:
        return shown  # "une agence, X. D'après des mails dont Y a obtenu copie, celle-ci a proposé": X
    if is_pronoun(token):  # not the source of a leading "D'après les données de X, elle a ..."
        through = _intermediary(extraction, sentence)  # "Par l'intermédiaire d'une agence, X, il a réglé"
        before = [k for k in actors_in(extraction, attribution_end(sentence), token.idx)
                  if extraction.actors[k].kind in ORGANISATIONS + ("Person",) and k != through]
        if before:
            return before[-1]
        last = extraction.campaigns[-1] if extraction.campaigns else None
        gap = extraction.article.body[last.evidence.end:sentence.start_char] if last else "\n\n"
        if last is not None and not gap.strip() and "\n\n" not in gap:
            return last.sponsor  # "X a consacré ... . Elle aurait en outre versé ...": the payer just named
        return memory.recent_subjects[-1] if memory.recent_subjects else None
    if extraction.campaigns and any(c.lower_ == "même" for c in token.children):
        return extraction.campaigns[-1].sponsor  # "la même agence a acheté ...": the last sponsor
    found = actor_of_phrase(extraction, token)
    if found:
        return found[0]
    standing = stand_in(extraction, token, memory)
    if standing is not None and is_platform(extraction, standing):
        # "des publicités sur Facebook, pour lesquelles la société a payé": the place the ads ran
        # is no description of the payer
        return _described(extraction, token) or standing
    return standing or _described(extraction, token)


def _antecedent(extraction: Extraction, relative: Token, memory: SpeakerMemory) -> str | None:
    """The actor the noun before a relative "qui" designates, not one named inside the relative
    clause ("L'agence, qui a versé 200 000 ringgits à Google": the agency, not Google)."""
    clause = relative.head
    if clause.dep_ != "acl:relcl" or clause.head.i > relative.i:
        return None
    noun = clause.head
    inside = {t.idx for t in clause.subtree}
    found = actor_of_phrase(extraction, noun)
    if found and not any(m.start in inside for m in extraction.actors[found[0]].mentions
                         if noun.idx < m.start):
        return found[0]
    return stand_in(extraction, noun, memory) or _described(extraction, noun)


def _speakers_organisation(extraction: Extraction, token: Token) -> str | None:
    """"« Nous avons proposé 200 000 zlotys ... », a ajouté le président de la fondation": "nous" in
    a quote is the organisation the speaker's title names, the last of its kind named before."""
    quote = next((s for s in extraction.statements
                  if s.direct and s.evidence.start <= token.idx < s.evidence.end), None)
    if quote is None:
        return None
    roles = [s.speaker_role for s in extraction.statements if s.speaker == quote.speaker and s.speaker_role]
    if not roles:
        return None
    for word in reversed(roles[-1].lower().split()):  # the title given with this quote or before
        kinds = ORGANISATION_DESCRIPTORS.get(word)
        if kinds:
            earlier = [k for _, k in _earlier_organisations(extraction, token)
                       if extraction.actors[k].kind in kinds and not is_platform(extraction, k)]
            return earlier[-1] if earlier else None
    return None


def _described(extraction: Extraction, token: Token) -> str | None:
    """A definite description of an organisation named earlier: the one whose name holds the noun
    ("l'alliance" after "la Southern Cross Voters' Alliance"), else the last one named right after
    the noun ("un collectif ..., X," then "au collectif"), else the last one named of the kind the
    noun says ("l'organisation", "la fondation")."""
    if not _definite_noun(token):
        return None
    named_with = _named_with(extraction, token)
    if named_with:
        return named_with
    earlier = _earlier_organisations(extraction, token)
    body = extraction.article.body.lower()
    noun = re.compile(rf"\b{re.escape(token.lower_)}\b[^.!?]*\Z")  # in the same sentence as the name
    introduced = [k for start, k in earlier  # "un collectif se présentant comme citoyen, X," (not "sur X")
                  if noun.search(body[max(0, start - 60):start])
                  and not _DISPLAY.search(body[max(0, start - 40):start])]
    if introduced:
        return introduced[-1]
    kinds = ORGANISATION_DESCRIPTORS.get(token.lemma_) or ORGANISATION_DESCRIPTORS.get(token.lower_) or ()
    of_kind = [k for _, k in earlier if extraction.actors[k].kind in kinds]
    return of_kind[-1] if of_kind else None


def _definite_noun(token: Token) -> bool:
    return bool(token.text.islower() and any(c.lower_ in DEFINITE | {"au", "du"}  # "au collectif": à le
                                             for c in token.children))


def _earlier_organisations(extraction: Extraction, token: Token) -> list[tuple[int, str]]:
    return sorted((m.start, k) for k, a in extraction.actors.items() if a.kind != "Person"
                  for m in a.mentions if m.start < token.idx)


def _named_with(extraction: Extraction, token: Token) -> str | None:
    """"l'alliance" after "la Southern Cross Voters' Alliance", "la fondation" after "la Fundación X":
    the organisation last named before whose name holds the noun (or its translation), or that was
    introduced with it ("l'agence X" ... "l'agence")."""
    if not _definite_noun(token):
        return None
    body = extraction.article.body
    holding = [k for start, k in _earlier_organisations(extraction, token) if token.lower_ in {
        FOREIGN_HEADS.get(w, w) for w in extraction.actors[k].name.lower().split()}
        or _cued(token.lower_).search(body, max(0, start - 12), start)]
    return holding[-1] if holding else None


@functools.cache
def _cued(noun: str) -> re.Pattern[str]:
    """"l'agence " right before a name: the noun that introduced it."""
    return re.compile(rf"\b(?:l['’]|la |le ){re.escape(noun)}\s+\Z", re.IGNORECASE)


def _sponsor_before(extraction: Extraction, sentence: Sentence, verb: Token,
                    memory: SpeakerMemory) -> str | None:
    """Who pays: the verb's subject, else the last non-platform actor before the verb, past any
    leading attribution ("Selon le ministère, le cabinet X a versé ...")."""
    floor = attribution_end(sentence)
    agents = [c for c in verb.children if is_agent(verb, c)  # "achetés par X"
              and c.lower_ not in GO_BETWEEN]  # not "a payé par l'intermédiaire de X"
    for agent in agents:
        tokens = list(agent.subtree)
        end = _past_apposition(sentence, tokens[-1])
        inside = [k for k in actors_in(extraction, tokens[0].idx, end) if not is_platform(extraction, k)]
        named = (_apposed(extraction, sentence, agent, end) or next(iter(inside), None)
                 or actor_at(extraction, tokens[0].idx, end))
        key = named or designated(extraction, agent, sentence, memory)
        if key and not is_platform(extraction, key):
            return key
        if key is None and any(c.dep_ == "det" and c.lower_ in ("un", "une", "des") for c in agent.children):
            return None  # "achetées par une régie de Cotonou": a payer not (yet) named
    bare = "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense") \
        and not any(c.dep_.startswith("aux") for c in verb.children)  # "... réglés à Meta par X"
    if not agents and (bare or any(c.dep_ == "aux:pass" for c in verb.children)):
        key = introduced_by(extraction, sentence, verb, ("par",), memory)  # an agent the parse hung elsewhere
        if key and not is_platform(extraction, key):
            return key
    subject = subject_of(verb)
    if subject is not None and _across_que(subject, verb):
        # "X a révélé qu'une fondation ..., Y, avait payé": the parse lends the payer X's subject
        floor, subject = max(floor, _que_before(verb)), None
    if subject is not None and subject.idx >= floor:
        key = designated(extraction, subject, sentence, memory)
        if key and not is_platform(extraction, key):
            return key
        if key and subject.pos_ == "NOUN":  # "D'après les données de Google, l'entreprise a dépensé":
            key = _last_described(extraction, subject, sentence)  # the company named before, not Google
            if key:
                return key
        if is_pronoun(subject):
            key = _earlier_subject(extraction, sentence, subject, memory)
            if key:
                return key
    # "X affirme que ces pages ont acheté ...": the payer is no reporter of it
    said = [t.idx for t in sentence if subject is not None and t.i < subject.i and t.lower_ in QUE_WORDS]
    floor = max([floor, *said])
    skipped = qualifier_agents(extraction, [t for t in sentence if t.i < verb.i and qualifying_participle(t)])
    body = extraction.article.body  # "la FCC enquête sur ... de publicités financées ...": no payer
    before = [k for k in actors_in(extraction, floor, verb.idx) if not is_platform(extraction, k)
              and not any(INQUIRING.match(body, m.end) for m in extraction.actors[k].mentions)]
    before = [k for k in before if k not in skipped] or before  # not Y in "X, dirigée par Y,"
    return before[-1] if before else _intermediary(extraction, sentence)


def _last_described(extraction: Extraction, noun: Token, sentence: Sentence) -> str | None:
    """The last actor named before ``sentence`` that ``noun`` ("l'entreprise") may describe and
    that sells no advertising."""
    kinds = ORGANISATION_DESCRIPTORS.get(noun.lower_)
    if not kinds:
        return None
    named = [(m.start, k) for k, a in extraction.actors.items()
             if a.kind in kinds and not is_platform(extraction, k)
             for m in a.mentions if m.start < sentence.start_char]
    return max(named)[1] if named else None


def _que_before(verb: Token) -> int:
    """Where the last "que" of the sentence before ``verb`` ends (the sentence start if none)."""
    ques = [t for t in verb.sent if t.i < verb.i and t.lower_ in ("que", "qu'", "qu’") and t.pos_ == "SCONJ"]
    return int(ques[-1].idx + len(ques[-1])) if ques else int(verb.sent.start_char)


def _across_que(subject: Token, verb: Token) -> bool:
    """A subject the parse reaches across a "que" (the verb has none of its own)."""
    return subject.i < verb.i and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children) \
        and _que_before(verb) > subject.idx


def is_agent(verb: Token, child: Token) -> bool:
    """The agent of a passive or participle ("achetées par l'agence"), even parsed as an oblique."""
    if child.dep_ == "obl:agent":
        return True
    passive = any(c.dep_ == "aux:pass" for c in verb.children) or (
        "Part" in verb.morph.get("VerbForm") and not any(c.dep_ == "aux:tense" for c in verb.children))
    return passive and child.dep_.startswith("obl") and child.lower_ not in BY_ADVERBS and any(
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
        key = designated(extraction, token, sentence, memory)
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
                  if extraction.actors[k].kind in ORGANISATIONS and not is_platform(extraction, k)]
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
    saying = next((i for i, t in enumerate(tokens)
                   if i > 0 and t.pos_ == "VERB" and t.lemma_ in REPORTING_VERBS), None)
    tokens = tokens[:saying]  # "..., a indiqué le groupe à l'AFP": whom it was said to is not paid
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
            if key is None and rest[0].pos_ == "NOUN":
                key = apposed_name(extraction, sentence, rest[0]) or name_after_cue(extraction, rest[0]) \
                    or descriptor_of(extraction, rest[0], SpeakerMemory())  # "au groupe américain"
            if key and extraction.actors[key].kind in ORGANISATIONS:
                return key
    return None


def spend_roles(extraction: Extraction, sentence: Sentence, verb: Token | None,
                 memory: SpeakerMemory) -> tuple[str | None, str | None]:
    if verb is None:
        return owner_of_items(extraction, sentence, memory), _only_platform(extraction, sentence)
    if verb.lemma_ in COST_VERBS:  # "ces annonces ont coûté 1,3 million à la fondation"
        sponsor = introduced_by(extraction, sentence, verb, ("à", "au", "aux"), memory)
        if sponsor is None or is_platform(extraction, sponsor):  # "au total sur Facebook"
            sponsor = (_buyer_of_subject(extraction, sentence, verb, memory)
                       or _owner(extraction, verb, memory))
        return sponsor, _only_platform(extraction, sentence)
    sponsor = named_holder(extraction, sentence) or _sponsor_before(extraction, sentence, verb, memory)
    payee = _payee(extraction, sentence, verb.idx)
    if payee is not None and _shown_on(extraction, sentence, payee):
        payee = _only_platform(extraction, sentence) or payee
    return sponsor, (payee if payee != sponsor else None) or _only_platform(extraction, sentence)


def _buyer_of_subject(extraction: Extraction, sentence: Sentence, verb: Token,
                      memory: SpeakerMemory) -> str | None:
    """"Les publicités, payées par la société X, ont coûté ...": the payer is the agent of a paying
    participle on the subject of the cost verb."""
    subject = subject_of(verb)
    paying = [c for c in subject.children if c.dep_ == "acl" and c.lemma_ in SPEND_VERBS] if subject else []
    for participle in paying:
        if any(is_agent(participle, c) for c in participle.children):
            return _sponsor_before(extraction, sentence, participle, memory)
    return None


def _owner(extraction: Extraction, verb: Token, memory: SpeakerMemory) -> str | None:
    """"Ses 140 publicités lui ont coûté ...": the actor a possessive on the subject, or a dative
    pronoun, of the cost verb refers to."""
    subject = subject_of(verb)
    owned = subject is not None and any(c.lower_ in POSSESSIVES for c in subject.children)
    dative = any(c.lower_ in ("lui", "leur") and c.pos_ == "PRON" for c in verb.children)
    return _last_named(extraction, verb.sent, memory) if owned or dative else None


def owner_of_items(extraction: Extraction, sentence: Sentence, memory: SpeakerMemory) -> str | None:
    """"Ses 96 publicités, d'un coût de ..., vantaient ...": with no paying verb, the owner of
    possessed advertising items paid for them."""
    return _last_named(extraction, sentence, memory) if possessed_items(sentence) is not None else None


def possessed_items(sentence: Sentence) -> Token | None:
    """Advertising items whose possessive opens the sentence: "Ses 96 publicités, ..."."""
    return next((t for t in sentence if t.lower_ in ITEM_NOUNS and any(
        c.dep_ == "det" and c.lower_ in POSSESSIVES and c.i == sentence.start for c in t.children)), None)


def _last_named(extraction: Extraction, sentence: Sentence, memory: SpeakerMemory) -> str | None:
    """The referent of a possessive or pronoun opening ``sentence``: the last actor named before."""
    doc = sentence.doc
    previous = doc[sentence.start - 1].sent if sentence.start > 0 else None
    named = [k for k in actors_in(extraction, previous.start_char, sentence.start_char)
             if not is_platform(extraction, k)] if previous is not None else []
    last = named[-1] if named else (memory.recent_subjects[-1] if memory.recent_subjects else None)
    return None if last is None or is_platform(extraction, last) else last


def seller_in(extraction: Extraction, stretch: Sentence, after: int) -> str | None:
    """The one paid in a stretch of a sentence: the payee named after ``after``, else its one seller."""
    payee = _payee(extraction, stretch, after)
    if payee is not None and not _shown_on(extraction, stretch, payee):
        return payee
    return _only_platform(extraction, stretch) or payee


def platforms_in(extraction: Extraction, sentence: Sentence) -> list[str]:
    return [k for k in actors_in(extraction, sentence.start_char, sentence.end_char)
            if is_platform(extraction, k)]


def _only_platform(extraction: Extraction, sentence: Sentence) -> str | None:
    """The one platform of the sentence; of several, the one seller named other than as the place
    the ads ran ("a payé Google pour diffuser des vidéos sur YouTube")."""
    platforms = platforms_in(extraction, sentence)
    if len(platforms) == 1:
        return platforms[0]
    owner = common_owner(extraction, platforms)
    if owner is not None:
        return owner
    sellers = [k for k in platforms if not _shown_on(extraction, sentence, k)]
    return sellers[0] if len(sellers) == 1 else None


def common_owner(extraction: Extraction, platforms: list[str]) -> str | None:
    """The company named in the article that owns (or is) every one of several platforms: Meta for
    "sur Facebook et Instagram", Google for "versés à Google pour des vidéos sur YouTube"."""
    names = {extraction.actors[k].name for k in platforms}
    owners = {PLATFORM_OWNERS.get(name, name) for name in names}
    if len(names) < 2 or len(owners) != 1:
        return None
    owner = owners.pop()
    return next((k for k, a in extraction.actors.items() if a.name == owner), None)


def _shown_on(extraction: Extraction, sentence: Sentence, key: str) -> bool:
    """Whether every mention of ``key`` in the sentence is the place ads ran: "sur YouTube"."""
    body = extraction.article.body
    mentions = [m for m in extraction.actors[key].mentions
                if sentence.start_char <= m.start < sentence.end_char]
    return bool(mentions) and all(
        _DISPLAY.search(body[max(sentence.start_char, m.start - 40):m.start]) for m in mentions)


def introduced_by(extraction: Extraction, sentence: Sentence, word: Token, prepositions: tuple[str, ...],
                   memory: SpeakerMemory) -> str | None:
    """The actor introduced by one of ``prepositions`` within a few words after ``word``: named
    ("à RT", "à l'agence Nordlys Media") or designated ("à l'association")."""
    window = sentence[word.i - sentence.start + 1:word.i - sentence.start + 14]
    for token in window:
        if token.lower_ not in prepositions:
            continue
        following = [t for t in sentence if token.i < t.i <= token.i + 4]
        for candidate in following:
            key = actor_at(extraction, candidate.idx, candidate.idx + len(candidate))
            if key:
                return key
        nouns = [t for t in following if t.pos_ == "NOUN"]
        if nouns:
            designated = (apposed_name(extraction, sentence, nouns[0]) or _named_with(extraction, nouns[0])
                          or stand_in(extraction, nouns[0], memory) or _described(extraction, nouns[0]))
            if designated:
                return designated
    return None


def named_holder(extraction: Extraction, sentence: Sentence) -> str | None:
    """"réglées au moyen d'une carte bancaire émise à Dubaï au nom d'un candidat indépendant, X": the
    one the payment was made in the name of, who paid."""
    match = _IN_NAME_OF.search(sentence.text)
    if match is None:
        return None
    begin = sentence.start_char + match.end()
    named = [k for k in actors_in(extraction, begin, min(sentence.end_char, begin + 60))
             if not is_platform(extraction, k)]
    return named[0] if named else None


_IN_NAME_OF = re.compile(r"\bau nom d(?:e\b|u\b|es\b|['’])", re.IGNORECASE)
