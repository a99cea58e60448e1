"""Offers of paid promotion (:mod:`kg.extract.campaigns`): who offered, to whom, and who would pay.

An offer is ``Proposed``, not money spent. The one offered a service would pay for it ("Twitter a
proposé à RT un plan de promotion"); money itself offered is paid by the one offering it ("une
agence a proposé 5 000 euros à l'influenceur", "les 8 000 dollars que lui proposait l'agence X").
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.actors import actors_in
from kg.extract.amounts import Amount, is_price
from kg.extract.attributions import attribution_end
from kg.extract.campaign_roles import (
    ORGANISATIONS,
    common_owner,
    designated,
    introduced_by,
    is_platform,
    platforms_in,
)
from kg.extract.facts import AdCampaign, Extraction
from kg.extract.institutions import CUES
from kg.extract.lexicon import MONTHS, key
from kg.extract.lexicon_events import POST_NOUNS, PROPOSAL_CUES, SPEND_VERBS
from kg.extract.lexicon_speech import REPORTING_VERBS
from kg.extract.memory import SpeakerMemory
from kg.extract.offered_for import headed_by, titled_by_possessive, to_their_organisation
from kg.extract.phrases import actor_of_phrase, described_organisation
from kg.extract.speakers import WHEN, subject_of, surface_subject
from kg.extract.stand_ins import headed_organisation, introduced_with, organisation_beside

Sentence = Any  # spaCy Span
Token = Any  # spaCy Token

#: who may be paid for promotion when offered money: a company, an outlet, a person who posts
_SELLERS = frozenset({"Company", "MediaOutlet", "Person"})
#: verbs whose subject receives, accepts or turns down an offer
_RECEIVING = frozenset({"recevoir", "accepter", "refuser", "décliner"})
#: verbs that make an offer noun their object's offer: "a fait / soumis / adressé un devis à X"
_MAKING = frozenset({"faire", "soumettre", "présenter", "adresser", "transmettre", "envoyer", "remettre"})
#: pronouns between "que" and its verb ("que lui proposait")
_CLITICS = frozenset({"lui", "leur", "me", "nous", "vous", "y", "en"})


def offer_roles(extraction: Extraction, sentence: Sentence, memory: SpeakerMemory,
                campaigns: list[AdCampaign], amounts: list[Amount]) -> tuple[str | None, str | None]:
    """The roles of :func:`_offer_roles`; a person offered promotion as the head of an organisation
    named beside the title ("Le secrétaire général du parti X, Y, raconte avoir reçu ... qui lui
    proposaient") stands for it: the organisation would have paid."""
    sponsor, platform = _offer_roles(extraction, sentence, memory, campaigns, amounts)
    if sponsor is not None and extraction.actors[sponsor].kind == "Person":
        sponsor = headed_by(extraction, sponsor, sentence) or sponsor
    return sponsor, platform


def _offer_roles(extraction: Extraction, sentence: Sentence, memory: SpeakerMemory,
                 campaigns: list[AdCampaign], amounts: list[Amount]) -> tuple[str | None, str | None]:
    """An offer: the one offered to is the sponsor, the one offering sells the promotion (the
    platform): "Twitter a proposé à RT ...", unless the one offered to is the platform ("X a proposé
    30 000 dollars à la plateforme Naver"), "une agence, X, avait proposé à l'association ...",
    "le groupe avait reçu une proposition de Google". With no offeree named ("Une deuxième campagne a
    été proposée à TikTok"), the platform is the advertising company and the sponsor the previous
    campaign's. Money itself offered ("a proposé 5 000 euros à X", "une offre de 5 000 euros de Y")
    is paid by the one offering it."""
    addressed = _addressed_offer(extraction, sentence, memory)
    if addressed is not None:
        return addressed
    offering = None  # who the sentence says makes an offer
    for cue in sentence:
        # "qui lui faisait miroiter 300 vidéos": the offer is made by "faire"
        token = cue.head if cue.dep_ == "xcomp" and cue.head.lemma_ == "faire" else cue
        if cue.pos_ == "VERB" and any(cue.lower_.startswith(c) for c in PROPOSAL_CUES) \
                and not _offer_noun(token):
            quoted = _offered_to_us(extraction, sentence, token, memory)
            if quoted is not None:
                return quoted
            offerer = offering = _offerer(extraction, sentence, token, memory)
            paying = _paying_infinitive(token)
            # "qui lui offrait de sponsoriser 500 vidéos ... pour 90 000 dollars": a service at a price
            priced = paying is not None and paying.lemma_ not in _PAYING and any(  # not "de financer pour"
                a.start > paying.idx and is_price(sentence.doc.text, a) for a in amounts)
            if paying is not None and offerer and not is_platform(extraction, offerer) and not priced:
                paid = introduced_by(extraction, sentence, paying, ("à", "au", "aux"), memory)
                if paid is not None and is_platform(extraction, paid):  # "de payer directement à Meta ...
                    return offerer, paid  # d'annonces sur Facebook": the one paid, not where the ads run
                platforms = [k for k in platforms_in(extraction, sentence) if k != offerer]
                return offerer, platforms[0] if len(platforms) == 1 else None  # "a proposé de payer ..."
            offeree = (to_their_organisation(extraction, sentence, token, memory)
                       or introduced_by(extraction, sentence, token, ("à", "au", "aux"), memory)
                       or _reporter_as_object(extraction, token, memory)
                       or _approached_teller(extraction, token, memory))
            if offeree is not None and offeree == offerer and _agency(extraction, offerer):
                # "une agence, X, a proposé à la fondation": the foundation introduced before
                offeree = _introduced_offeree(extraction, token)
            if offerer and offeree and not is_platform(extraction, offerer) and _commissions(token):
                return offerer, offeree  # "de lui sous-traiter une campagne": the one offered to is paid
            # "une agence, X, avait proposé": a clause the parse hangs on the noun, not a participle
            finite = token.dep_ != "acl" or any(c.dep_ == "aux:tense" for c in token.children)
            if finite and "Pass" not in token.morph.get("Voice") and offerer and offeree:
                if not is_platform(extraction, offerer) and not _ads_sold(sentence, amounts) and (
                        is_platform(extraction, offeree) or _offers_money(token, amounts)) and not (
                        _agency(extraction, offerer) and extraction.actors[offeree].kind not in _SELLERS):
                    # (an agency offering money to a party asks a price: "lui avait proposé 4 millions")
                    # "l'agence a proposé 30 000 dollars à la plateforme Naver"; money offered to a
                    # party "pour financer des publicités sur TikTok" is sold by TikTok, not the party
                    sells = is_platform(extraction, offeree) or extraction.actors[offeree].kind in _SELLERS
                    platforms = [k for k in platforms_in(extraction, sentence) if k != offerer]
                    return offerer, offeree if sells else (platforms[0] if len(platforms) == 1 else None)
                return offeree, offerer
        made = token.head if token.dep_ == "obj" and token.head.lemma_ in _MAKING else None
        if _offer_noun(token) and made is not None:  # "une agence, X, lui a fait une offre de 200 000 reais
            offerer = _offerer(extraction, sentence, made, memory)  # pour 400 vidéos": X sells, "lui" buys
            offeree = (introduced_by(extraction, sentence, made, ("à", "au", "aux"), memory)
                       or _reporter_as_object(extraction, made, memory))
            if offerer and offeree and offerer != offeree and not is_platform(extraction, offeree):
                return offeree, offerer
        if _offer_noun(token) and not _financing_after(sentence, token):
            offerer = introduced_by(extraction, sentence, token, ("de", "d'", "d’", "du"), memory)
            # "a reçu d'une agence, X, une offre": the offer coordinated with the one offering
            head = token.head.head if token.dep_ == "conj" else token.head
            receiver = head if head.lemma_ in _RECEIVING else None
            if offerer is None and receiver is not None:  # "a reçu d'une agence, X, une proposition"
                offerer = introduced_by(extraction, sentence, receiver, ("de", "d'", "d’", "du"), memory)
            offeree = None
            if receiver is not None and _infinitive(receiver):  # "X a raconté à Y avoir refusé une offre"
                offeree = _teller(extraction, receiver)
                if offeree is not None and titled_by_possessive(extraction, offeree, sentence):
                    # "Sa secrétaire générale, X, assure avoir reçu une offre": her party was offered it
                    offeree = headed_organisation(extraction, sentence, memory) or offeree
            elif receiver is not None:
                offeree = designated(extraction, subject_of(receiver), sentence, memory)
            if offerer and offeree and _paid_to_publish(extraction, sentence, offeree):
                return offerer, offeree  # "X dit avoir refusé une offre de Y de 300 000 roubles pour publier"
            if offerer and offeree:
                offered = _offers_money(token, amounts) or _money_announced(token, amounts)
                pays = offered and not is_platform(extraction, offerer) and not (
                    _agency(extraction, offerer) and extraction.actors[offeree].kind != "Person") \
                    and not _priced_for(extraction, sentence, offerer, offeree, amounts)
                return (offerer, offeree) if pays else (offeree, offerer)
    parties = [k for k in actors_in(extraction, attribution_end(sentence), sentence.end_char)
               if extraction.actors[k].kind in ORGANISATIONS + ("Person",)]
    platforms = [k for k in parties if is_platform(extraction, k)]
    others = [k for k in parties if not is_platform(extraction, k)]
    # "d'annonces sur Facebook et Instagram, mais Meta avait rejeté": the owner of both sells them
    platform = common_owner(extraction, platforms) or (platforms[0] if platforms else None)
    if len(others) == 1 and others[0] != offering and _paid_to_publish(extraction, sentence, others[0]):
        others = []  # "X, 29 ans, affirme avoir décliné une offre de 2 400 euros pour trois stories"
    agencies = [k for k in others if _agency(extraction, k)]
    if len(others) == 2 and len(agencies) == 1:  # "l'agence X avait en outre soumis au parti Y un devis"
        return next(k for k in others if k not in agencies), agencies[0]  # when the parse is lost
    sponsor = others[0] if len(others) == 1 else (campaigns[-1].sponsor if campaigns else None)
    return sponsor, platform


def _offered_to_us(extraction: Extraction, sentence: Sentence, verb: Token,
                   memory: SpeakerMemory) -> tuple[str, str] | None:
    """"... approchée par l'agence X. « Ils nous ont proposé un pack à 12 millions »": in a quote, "nous"
    is the speaker's organisation, offered the promotion, and "ils" the organisation named last
    before the quote, which offers it."""
    us = next((c for c in verb.children if c.lower_ == "nous" and c.i < verb.i), None)
    they = next((c for c in verb.children if c.lower_ in ("ils", "elles", "il", "elle") and c.i < verb.i),
                None)
    if us is None or they is None \
            or (quote := next((s for s in extraction.statements if s.direct
                               and s.evidence.start <= verb.idx < s.evidence.end), None)) is None:
        return None
    offeree = designated(extraction, us, sentence, memory) or organisation_beside(
        extraction, quote.speaker, quote.evidence.start, ("Organisation", "GovernmentBody"))
    opening = sentence.doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
    before = [k for k in actors_in(extraction, opening, sentence.start_char)
              if extraction.actors[k].kind != "Person" and not is_platform(extraction, k) and k != offeree]
    return (offeree, before[-1]) if offeree is not None and before else None


#: documents that carry an offer, and the verbs that send them
_OFFER_DOCUMENTS = frozenset({"devis", "offre", "proposition"})
_SENDING = frozenset({"adresser", "envoyer", "remettre", "transmettre", "soumettre"})


def _addressed_offer(extraction: Extraction, sentence: Sentence,
                     memory: SpeakerMemory) -> tuple[str, str] | None:
    """"un devis adressé au parti X par l'agence Y proposait ...", "l'agence Y lui avait soumis un
    devis": X (or the one "lui" designates) is offered to, Y offers."""
    for token in sentence:
        if token.lemma_ not in _SENDING:
            continue
        offeree = introduced_by(extraction, sentence, token, ("à", "au", "aux"), memory)
        if token.dep_ == "acl" and token.head.lower_ in _OFFER_DOCUMENTS:
            offerer = introduced_by(extraction, sentence, token, ("par",), memory)
        elif any(c.dep_ == "obj" and c.lower_ in _OFFER_DOCUMENTS for c in token.children):
            offerer = _offerer(extraction, sentence, token, memory)
            offeree = offeree or _reporter_as_object(extraction, token, memory)
        else:
            continue
        if offeree and offerer and offeree != offerer and not is_platform(extraction, offerer):
            return offeree, offerer
    return None


#: what a creator is paid to publish: "pour trois stories", "pour quarante messages"
_TO_PUBLISH = re.compile(rf"\bpour\s+(?:\S+\s+){{1,5}}(?:{'|'.join(sorted(POST_NOUNS))})\b", re.IGNORECASE)


def _paid_to_publish(extraction: Extraction, sentence: Sentence, key: str) -> bool:
    """Whether the one person of an offer turned it down or took it as pay for what they would
    publish: a payee, not the sponsor (a candidate buys promotion: "Le candidat X a refusé ...")."""
    body = extraction.article.body
    return extraction.actors[key].kind == "Person" and any(t.lemma_ in _RECEIVING for t in sentence) \
        and bool(_TO_PUBLISH.search(sentence.text)) and not any(
            _CANDIDATE.search(body, max(0, m.start - 30), m.start) for m in extraction.actors[key].mentions)


#: a title before a name that makes its holder one who buys promotion, not one paid to publish
_CANDIDATE = re.compile(r"(?i)\b(?:candidate?|tête de liste|député(?:e)?)\s*,?\s*\Z")


def _paying_infinitive(verb: Token) -> Token | None:
    """"a proposé de payer ...", "a proposé à son parti de financer ...": the infinitive of paying
    that the offer governs (the parse may hang it on the one offered to)."""
    found = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ in SPEND_VERBS), None)
    if found is not None:
        return found
    return next((t for t in verb.subtree if t.i > verb.i and t.lemma_ in _PAYING
                 and "Inf" in t.morph.get("VerbForm") and t.doc[t.i - 1].lower_ in ("de", "d'", "d’")), None)


#: infinitives by which the one offering pays ("de financer"; not "de promouvoir", a service sold)
_PAYING = frozenset({"financer", "payer", "verser", "débourser", "rémunérer"})


def _financing_after(sentence: Sentence, offer: Token) -> bool:
    """"une offre de X, qui proposait de financer ... sur TikTok": the offering verb after the noun
    says who would pay; it is read instead of the noun."""
    return any(t.i > offer.i and t.pos_ == "VERB" and any(t.lower_.startswith(c) for c in PROPOSAL_CUES)
               and _paying_infinitive(t) is not None for t in sentence)


def _offer_noun(token: Token) -> bool:
    """"une proposition", "une offre" (which the tagger may read as the verb "offrir"), "un devis"."""
    if token.pos_ == "NOUN" and token.lemma_ in ("proposition", "offre", "devis"):
        return True
    previous = token.doc[token.i - 1] if token.i > 0 else None
    return token.lower_ in ("offre", "offres") and previous is not None and previous.pos_ == "DET"


def _offerer(extraction: Extraction, sentence: Sentence, verb: Token, memory: SpeakerMemory) -> str | None:
    """Who offers: the subject of the offering verb, unless the parse takes it from a leading
    attribution ("D'après des documents consultés par l'AFP, X avait proposé ...") or designates no
    one the parse sees ("une autre agence, sud-africaine celle-là, X,"); then the last actor between
    the attribution and the verb."""
    subject = subject_of(verb)
    floor = attribution_end(sentence)
    # "X affirme que Y avait proposé", "un courriel dans lequel Y proposait": Y, whatever clause the
    # parse hangs the verb on
    clause = [t.idx for t in sentence if t.i < verb.i and (
        (t.lower_ in ("que", "qu'", "qu’") and t.pos_ == "SCONJ") or t.lower_ in _RELATIVES)]
    if clause and subject is not None and subject.idx < clause[-1]:
        floor, subject = clause[-1], None
    leading = subject is not None and subject.idx >= floor
    found = designated(extraction, subject, sentence, memory) if leading else None
    if found is not None:
        return found
    if subject is None and _relative_to(verb) is not None:
        # "les 8 000 dollars que lui proposait l'agence X": the subject comes after the verb
        inverted = next((c for c in verb.children if c.dep_ in ("obj", "nsubj") and c.i > verb.i), None)
        if inverted is not None:
            return designated(extraction, inverted, sentence, memory)
    before = [k for k in actors_in(extraction, floor, verb.idx) if not is_platform(extraction, k)]
    return before[-1] if before else None


_RELATIVES = frozenset({"lequel", "laquelle", "lesquels", "lesquelles", "où"})


def _ads_sold(sentence: Sentence, amounts: list[Amount]) -> bool:
    """"qui lui proposait 3,5 millions de meticais pour 400 vidéos sponsorisées": money asked for
    sponsored items is their price, paid by the one offered them (not "5 000 euros pour publier")."""
    return any(_FOR_ADS.match(sentence.doc.text, a.end) for a in amounts)


#: "pour 400 vidéos sponsorisées", "pour 600 publicités", "pour des vidéos sponsorisées"
_FOR_ADS = re.compile(r"\s+pour\s+(?:(?:quelque\s+|environ\s+|plus\s+de\s+|près\s+de\s+)?"
                      r"\d[\d\s\u00a0\u202f]*|des\s+|de\s+)(?:\w+\s+sponsoris|publicités\b|annonces\b)")


def _priced_for(extraction: Extraction, sentence: Sentence, offerer: str, offeree: str,
                amounts: list[Amount]) -> bool:
    """"X a refusé une offre de 80 000 dollars que lui proposait une agence, Y, pour des vidéos
    sponsorisées": an agency's money for promoted items, later in the sentence, is their price, asked
    of a candidate (not of one paid to publish); so is money offered to a party or an association
    ("X a décliné l'offre de Y : 80 000 livres pour 200 publicités")."""
    seller = _agency(extraction, offerer) or extraction.actors[offeree].kind == "Organisation"  # a party buys
    return seller and not _paid_to_publish(extraction, sentence, offeree) \
        and any(_FOR_ADS.search(sentence.doc.text, a.end, sentence.end_char) for a in amounts)


def _offers_money(offer: Token, amounts: list[Amount]) -> bool:
    """Whether the object of an offering verb, or the complement of an offer noun, is an amount:
    money offered ("proposé 5 000 euros", "une offre de 5 000 euros"), not a service priced so
    ("proposé un forfait de 5 000 euros")."""
    if any(c.dep_ in ("obj", "nmod") and any(a.start <= c.idx < a.end for a in amounts)
           for c in offer.children):
        return True
    relative = _relative_to(offer)
    if relative is not None:  # "8 000 dollars que lui proposait"
        return any(0 <= relative.idx - a.end <= 2 for a in amounts)
    if offer.pos_ != "VERB" or any(c.dep_ == "obj" for c in offer.children):
        return False
    # no object in the parse ("lui avait offert en mars 1,5 million": hung on the month); the money
    # right after the verb, past time words only, is what is offered (not "un forfait de ...")
    after = offer.doc[offer.i + 1:offer.sent.end]
    for amount in amounts:
        between = [t for t in after if t.idx < amount.start]
        if amount.start > offer.idx and all(
                t.pos_ not in ("NOUN", "PROPN") or key(t.text) in MONTHS for t in between):
            return True
    return False


def _introduced_offeree(extraction: Extraction, verb: Token) -> str | None:
    """The one offered to, designated by a noun it was introduced with ("à la fondation" after "la
    fondation X"), when the description first read as the one offering (who cannot be its own
    offeree)."""
    nouns = [t for t in verb.children if t.dep_.startswith(("obl", "iobj")) and t.pos_ == "NOUN"
             and any(c.lower_ in ("à", "au", "aux") for c in t.children)]
    kinds = frozenset(ORGANISATIONS)
    return next((k for n in nouns if (k := introduced_with(extraction, n, kinds)) is not None), None)


def _agency(extraction: Extraction, key: str) -> bool:
    """Whether the actor was introduced as an agency ("une agence de Lusaka, X", "l'agence X", "un
    cabinet londonien, X"): one that sells campaigns, so its offer to an organisation is a price, not
    money offered."""
    doc = extraction.doc
    for mention in extraction.actors[key].mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        for token in reversed(doc[max(span.sent.start, span.start - 12):span.start]):
            if token.lower_ in ("agence", "cabinet", "régie"):  # "par un cabinet londonien, X, qui"
                return True
            if token.pos_ in ("VERB", "AUX") or token.text in ".;:«»" or token.lower_ in CUES:
                break  # "Selon l'agence X, une société de Y, Z": Z is a company
    return False


#: work the one offering would hand over, and pay for: "de lui sous-traiter une campagne"
_COMMISSIONING = frozenset({"sous-traiter", "commande", "confier"})


def _commissions(verb: Token) -> bool:
    """Whether the offer gives work to the one offered to (who would then be paid)."""
    return any(t.lemma_ in _COMMISSIONING or t.lower_ in _COMMISSIONING for t in verb.subtree if t.i > verb.i)


def _money_announced(offer: Token, amounts: list[Amount]) -> bool:
    """"une proposition du collectif X : 15 000 dollars pour trois vidéos": the amount right after
    a colon that closes the offer's phrase is what was offered."""
    for token in offer.doc[offer.i + 1:min(offer.i + 9, offer.sent.end)]:
        if token.text == ":":
            after = token.idx + 1
            return any(not offer.doc.text[after:a.start].strip() for a in amounts)
        if token.pos_ in ("VERB", "AUX") or token.text in ".;«»":
            return False
    return False


def _relative_to(verb: Token) -> Token | None:
    """The "que" opening a relative clause whose verb is ``verb``, past clitic pronouns ("que lui
    proposait")."""
    i = verb.i - 1
    while i > verb.sent.start and verb.doc[i].lower_ in _CLITICS:
        i -= 1
    return verb.doc[i] if i >= verb.sent.start and verb.doc[i].lower_ in ("que", "qu'", "qu’") else None


def _reporter_as_object(extraction: Extraction, verb: Token, memory: SpeakerMemory) -> str | None:
    """"X affirme que Y lui avait offert ...", "X a refusé 8 000 dollars que lui proposait Y": the
    pronoun object of a clause reported, or of the money refused or accepted, is the one who
    reports, refuses or accepts it; with no one telling, the one the sentences before were about
    ("X affirme avoir décliné une offre. L'agence lui proposait ...")."""
    # "une agence, X, lui a proposé": the clitic before the verb, whatever the parse calls it
    if not any(c.lower_ in ("lui", "leur") and (c.dep_ == "iobj" or c.i < verb.i) for c in verb.children):
        return None
    approached = _approached(verb)  # "X avait été approché par une agence, Y, qui lui proposait": X
    if approached is not None:
        return designated(extraction, approached, verb.sent, memory)
    return (_teller(extraction, verb, memory) or _named_source(extraction, verb.sent)
            or memory.pronoun(extraction, memory.noted))


def _named_source(extraction: Extraction, sentence: Sentence) -> str | None:
    """"Selon le Rassemblement X (RX), principal parti ..., une agence lui a proposé": the actor a
    leading attribution names (not "Selon des documents consultés par l'AFP")."""
    end = attribution_end(sentence)
    words = [t for t in sentence if t.idx < end and t.pos_ != "DET"][1:]
    while len(words) > 1 and words[0].text.islower() and words[0].pos_ in ("NOUN", "ADJ"):
        words = words[1:]  # "Selon le candidat X,": past the title
    if end == sentence.start_char or not words:
        return None
    named = actors_in(extraction, words[0].idx, end)
    first = named[0] if named else None
    starts = first is not None and any(m.start == words[0].idx for m in extraction.actors[first].mentions)
    return first if starts and not is_platform(extraction, first) else None


def _approached_teller(extraction: Extraction, verb: Token, memory: SpeakerMemory) -> str | None:
    """"Son président, X, a reconnu avoir été approché par une agence, Y, qui proposait ...": the
    one approached, who tells it, or the organisation they head ("Son président": the committee)."""
    # "qui proposait au parti X": the one offered is named; "qui lui proposait": the one approached
    if verb.dep_ != "acl:relcl" or any(c.dep_ == "iobj" and c.lower_ not in ("lui", "leur")
                                       for c in verb.children):
        return None
    approached = _approached(verb)
    if approached is not None:
        return designated(extraction, approached, verb.sent, memory)
    passive = _passive_of_agent(verb)
    if passive is None or not any(c.dep_ == "aux:pass" for c in passive.children) or not _infinitive(passive):
        return None
    teller = _teller(extraction, passive, memory)
    if teller is None or extraction.actors[teller].kind != "Person":
        return teller
    return headed_organisation(extraction, passive.doc[passive.sent.start:passive.i], memory) or teller


def _approached(verb: Token) -> Token | None:
    """The passive subject of the verb whose agent the relative clause of ``verb`` describes."""
    passive = _passive_of_agent(verb)
    if passive is None:
        return None
    return next((c for c in passive.children if c.dep_ == "nsubj:pass"), None)


def _passive_of_agent(verb: Token) -> Token | None:
    """The verb whose agent ("par une agence, Y,") the relative clause of ``verb`` describes."""
    if verb.dep_ != "acl:relcl":
        return None
    agent = verb.head
    # "par une agence de Dubaï, X, qui": the name in apposition, whatever the parse calls it
    while (agent.dep_ in ("appos", "flat:name") or (agent.dep_ == "conj" and not any(
            c.dep_ == "cc" for c in agent.children))) and agent.head.i != agent.i:
        agent = agent.head
    passive = agent.head
    if agent.dep_ == "dep" and passive.pos_ == "VERB" and any(  # "démarché par une agence de Dubaï, X,
            c.i < agent.i and any(g.dep_ == "case" and g.lower_ == "par" for g in c.children)  # qui":
            for c in passive.children):  # the name the parse hangs on the verb
        return passive
    if not any(c.dep_ == "case" and c.lower_ == "par" for c in agent.children) or passive.pos_ != "VERB":
        return None
    return passive


def _infinitive(verb: Token) -> bool:
    """"avoir refusé": a perfect infinitive, whose subject is the one who tells it."""
    return any(c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in verb.children)


def _teller(extraction: Extraction, verb: Token, memory: SpeakerMemory | None = None) -> str | None:
    """Who tells, refuses or accepts what ``verb`` says: the subject of the verb of saying (or
    refusing) that governs it, or that comes before it when the parse hangs ``verb`` elsewhere
    ("affirme de son côté que ...", "a raconté à l'agence Y avoir refusé")."""
    telling = REPORTING_VERBS | _RECEIVING
    if verb.dep_ == "ccomp" and verb.head.lemma_ in telling:
        head = verb.head
    else:
        head = next((t for t in reversed(verb.doc[verb.sent.start:verb.i])  # not "un communiqué publié"
                     if t.pos_ == "VERB" and t.lemma_ in telling
                     and not (t.dep_ == "acl" and "Part" in t.morph.get("VerbForm"))), None)
        if head is None:
            return None
    subject = subject_of(head)
    if subject is not None and subject.i > head.i and subject.head.i != head.i:
        subject = None  # climbed to another verb's subject after it ("à l'agence Y avoir refusé")
    if subject is not None and any(t.lower_ in WHEN for t in head.doc[subject.i:head.i]):
        subject = None  # the main clause's ("L'affaire a pris un tour nouveau lorsque X a révélé")
    if subject is None:  # no subject in the parse: the one read on the surface ("X, qui soutient Y, a
        surface = surface_subject(extraction, head, SpeakerMemory())  # reconnu avoir reçu ...")
        if surface is not None:
            return surface[0]
        people = [k for k in actors_in(extraction, head.sent.start_char, head.idx)
                  if extraction.actors[k].kind == "Person"]
        return people[-1] if people else None
    described = described_organisation(extraction, subject)  # "X, l'un des principaux partis, affirme"
    found = (described, None) if described else actor_of_phrase(extraction, subject)
    if found is None:  # "L'influenceuse X a refusé": the name in a second subject
        found = next((f for c in subject.head.children if c.dep_ == "nsubj" and c.i != subject.i
                      for f in [actor_of_phrase(extraction, c)] if f), None)
    if found is None:  # "Le parti affirme ...": the party named before
        return designated(extraction, subject, subject.sent, memory or SpeakerMemory())
    return found[0]
