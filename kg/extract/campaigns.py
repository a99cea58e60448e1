"""Ad campaigns: who paid (or was offered to pay) which platform how much, for what.

A sentence gives a campaign when it holds an amount of money or a count of promoted items AND an
advertising cue ("publicité", "sponsorisés", "promotion"...): a budget that is not advertising is
not a campaign. An offer ("a proposé à X un plan de promotion de 3 M USD") is ``Proposed``, money
spent is ``Realised``; a negated payment ("n'a jamais payé") gives nothing.

Roles (who paid, who was paid) are found by :mod:`kg.extract.campaign_roles`.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from kg.extract.actors import actors_in
from kg.extract.amounts import Amount, find_amounts, find_counts, in_country, is_price
from kg.extract.campaign_offers import offer_roles
from kg.extract.campaign_platforms import (
    fallback_platform,
    paid_to_person,
    paid_to_platform,
    sale_roles,
    spent_on_platform,
    told_before,
)
from kg.extract.campaign_roles import (
    designated,
    introduced_by,
    is_agent,
    is_platform,
    platforms_in,
    seller_in,
    spend_roles,
)
from kg.extract.facts import AdCampaign, Evidence, Extraction, right_after
from kg.extract.lexicon_events import (
    AD_CUES,
    COMMITMENT_CUES,
    CREATOR_NOUNS,
    DIFFUSION_VERBS,
    INFLUENCER_NOUNS,
    ITEM_NOUNS,
    PROPOSAL_CUES,
    QUANTITY_NOUNS,
    REMOVAL_VERBS,
    SPEND_VERBS,
    says,
)
from kg.extract.memory import SpeakerMemory
from kg.extract.quotes import quoted
from kg.extract.speakers import negated, subject_of
from kg.extract.subjects import note_subjects
from kg.extract.when import date_of

Sentence = Any  # spaCy Span
Token = Any  # spaCy Token

#: "une campagne de vidéos sur YouTube", "versé à TikTok pour promouvoir ses clips": a campaign on
#: an advertising platform, or promoting there, is advertising
CAMPAIGN_WORDS = ("campagne", "opération de promotion", "promouv", "promeu", "volet")


def find_campaigns(extraction: Extraction) -> None:
    """The pipeline step: append every ad campaign of the article."""
    memory = SpeakerMemory()
    for sentence in extraction.doc.sents:
        if not _sum_of_the_last(extraction, sentence):
            for campaign in _campaigns(extraction, sentence, memory):
                _add(extraction.campaigns, campaign)
        note_subjects(extraction, sentence, memory)
    _drop_totals(extraction.campaigns)


#: a sentence giving a sum: "Montant total des versements : 3,1 millions de lempiras", "Leur coût
#: total s'élève à 38 500 dinars", "La facture réglée à Meta, ..., atteint 8,6 millions de dollars"
_SUM_HEADING = re.compile(r"\s*(?:(?:Montant|Coût|Total|Facture)\b[^:.;]{0,40}:"
                          r"|(?:Le|La|Leur|Son|Sa|Ce|Cette)\s+(?:montant|coût|total|facture|addition)\b[^:.;«]{0,60}?"
                          r"\b(?:atteint|atteignait|s['’]él[èe]v(?:e|ait)\s+à|se\s+mont(?:e|ait)\s+à|dépass(?:e|ait)"
                          r"|représent(?:e|ait)|est\s+de|était\s+de))\s*"
                          r"(?:(?:près|plus|autour)\s+de\s+|environ\s+|quelque\s+)?")


def _sum_of_the_last(extraction: Extraction, sentence: Sentence) -> bool:
    """"... a rémunéré vingt influenceurs pour 212 vidéos. Montant total des versements : 3,1
    millions de lempiras": a sum told right after a campaign with no value is that campaign's value."""
    body = extraction.article.body
    last = extraction.campaigns[-1] if extraction.campaigns else None
    heading = _SUM_HEADING.match(body, sentence.start_char)
    if last is None or last.value is not None or heading is None:
        return False
    if not right_after(body, last.evidence.end, sentence.start_char):
        return False
    found = find_amounts(body[heading.end():sentence.end_char], offset=heading.end(), money_context=True)
    amounts = [a for a in (in_country(extraction.article.body, a) for a in found) if a is not None]
    if not amounts or amounts[0].start != heading.end():
        return False
    last.value, last.currency = amounts[0].value, amounts[0].currency
    billed = [k for k in actors_in(extraction, heading.start(), heading.end()) if is_platform(extraction, k)]
    if billed:  # "Montant de la facture réglée à Google :": the seller that billed it
        last.platform = billed[0]
    return True


def _drop_totals(campaigns: list[AdCampaign]) -> None:
    """A total with no seller that the article then itemises seller by seller ("2,7 millions en
    publicités en ligne" ... "1,9 million à Google et 800 000 à Snap") is those campaigns, not
    another one."""
    for total in [c for c in campaigns if c.platform is None and c.value is not None]:
        same = (total.sponsor, total.currency, total.status)
        parts = [c.value for c in campaigns if c is not total and c.platform is not None
                 and c.value is not None and (c.sponsor, c.currency, c.status) == same]
        assert total.value is not None  # selected above
        if len(parts) >= 2 and abs(sum(parts, Decimal(0)) - total.value) <= total.value / 50:
            campaigns.remove(total)


_FILLED = ("value", "currency", "item_count", "target_market", "date")


def _add(campaigns: list[AdCampaign], new: AdCampaign) -> None:
    """Append ``new``, or complete the campaign it repeats.

    Two reports in one article of the same sponsor and status whose platforms, amounts, counts and
    dates do not contradict each other ("1823 tweets" ... "228 000 euros"; "410 000 euros sur
    Facebook" ... "L'association a financé plus de 900 annonces") are one campaign.
    """
    for old in campaigns:
        if (old.sponsor, old.status) != (new.sponsor, new.status):
            continue
        if all(getattr(old, f) is None or getattr(new, f) is None or getattr(old, f) == getattr(new, f)
               for f in ("platform", *_FILLED) if f != "target_market"):
            for name in ("platform", *_FILLED):
                if getattr(old, name) is None:
                    setattr(old, name, getattr(new, name))
            return
    campaigns.append(new)


def _campaigns(
    extraction: Extraction, sentence: Sentence, memory: SpeakerMemory
) -> list[AdCampaign]:
    body = extraction.article.body
    start, end = sentence.start_char, sentence.end_char
    text = body[start:end]
    lowered = text.lower()
    paid_people = _paid_people(sentence)
    resolved = [in_country(body, a) for a in find_amounts(text, offset=start, money_context=True)]
    amounts = [a for a in resolved
               if a is not None and not _BUDGET.search(body, max(0, a.start - 40), a.start)]
    if not (says(lowered, AD_CUES) or _items_bought(sentence)
            or paid_people is not None or _paid_to_publish(sentence) or told_before(extraction, sentence)
            or paid_to_platform(extraction, sentence, memory) or _money_for_items(sentence)
            or spent_on_platform(extraction, sentence, memory)
            or _items_for_money(sentence, amounts)
            # "un forfait de 400.000 pulas pour « inonder » Facebook": a price offered, a platform
            or (platforms_in(extraction, sentence) and (any(w in lowered for w in CAMPAIGN_WORDS) or (
                amounts and says(lowered, PROPOSAL_CUES))))):
        return []
    counts = [c for c in find_counts(text, offset=start) if c.noun.lower() in ITEM_NOUNS]
    if not amounts and (not counts or not _bought_items(sentence, lowered)
                        or all(_removed(sentence, c) for c in counts)):
        return []
    committed = says(lowered, COMMITMENT_CUES)
    proposed = committed or says(lowered, PROPOSAL_CUES)
    verb = _spend_verb(sentence, amounts)
    if verb is not None and negated(verb):
        return []
    if proposed and not committed:
        sponsor, platform = offer_roles(extraction, sentence, memory, extraction.campaigns, amounts)
    elif (verb is None or verb.dep_ in ("acl", "amod")) \
            and (sale := sale_roles(extraction, sentence, memory))[0]:
        sponsor, platform = sale
    else:
        sponsor, platform = spend_roles(extraction, sentence, verb, memory)
    if sponsor is None and verb is None and (_paid_to_publish(sentence) or _money_for_items(sentence)):
        sponsor, platform = _received_for_posts(extraction, sentence, memory), None
    if paid_people is not None or _is_person(extraction, platform) or paid_to_person(extraction, verb):
        platform = None  # people paid (influencers) are no platform, named or not
    elif platform is None:
        platform = fallback_platform(extraction, sentence, counts)
    passive = verb is not None and _agentless_passive(verb) and (sponsor is None or not amounts)
    if passive or (sponsor is None and verb is None and _boosted(sentence)):
        # "1,9 million ont été versés à Google": the same payer; "avoir été rémunérée pour six
        # vidéos": who was paid is no sponsor; "ces vidéos ont été « boostées » pour 18 400 dollars"
        sponsor = extraction.campaigns[-1].sponsor if extraction.campaigns else None
    if sponsor is None or sponsor == platform:
        return []
    parts = (paid_people is None and _parts(extraction, sentence, amounts, counts)) or [
        (_paid_amount(verb, _totals(body, amounts)), platform, counts[0].value if counts else None)]
    return [AdCampaign(
        sponsor=sponsor, platform=seller,
        evidence=Evidence.trimmed(extraction.article, start, end),
        status="Proposed" if proposed and not _accepted(extraction, sentence, seller) else "Realised",
        value=amount.value if amount else None, currency=amount.currency if amount else None,
        item_count=count, target_market=_target_market(sentence),
        date=date_of(extraction, start, end, verb),
    ) for amount, seller, count in parts if seller != sponsor]


#: "dispose d'un budget de 2,1 millions": money one may spend, not spent (an advertising budget is)
_BUDGET = re.compile(r"\b(?:budgets?|budgétaires?)(?:\s+(?!publicitaire)[^\W\d]+){0,2}\s+(?:de|d['’])\s*$",
                     re.IGNORECASE)  # "une rallonge budgétaire de 12 millions"
#: words between two amounts that make the second a restatement or a share of the first
_SAME_MONEY = re.compile(r"\bsoit\b|\bdont\b|\(|équivalent|\bau total\b|\bsur un total\b", re.IGNORECASE)
#: what stands between an amount and its conversion in brackets
_CONVERSION = re.compile(r"\s*\(\s*(?:soit\s+)?$")
#: words between two amounts that coordinate two payments
_COORDINATED = re.compile(r"\bet\b|\bainsi qu|\bpuis\b|\btandis qu|;", re.IGNORECASE)


def _parts(extraction: Extraction, sentence: Sentence, amounts: list[Amount],
           counts: list[Any]) -> list[tuple[Amount | None, str | None, int | None]] | None:
    """Two payments coordinated in one sentence, each to its own seller ("1,4 million pour des
    vidéos sur TikTok, ainsi qu'un demi-million versés à Google", "1,9 million à Google ... et
    800 000 couronnes à Snap"): one part per amount with the seller and count of its stretch of the
    sentence. ``None`` when the amounts restate one payment or name no distinct sellers."""
    body, doc = extraction.article.body, sentence.doc
    # "1,2 million de dollars namibiens (environ 61 000 euros)": a conversion is no payment
    amounts = [a for i, a in enumerate(amounts)
               if i == 0 or not _CONVERSION.match(body[amounts[i - 1].end:a.start])]
    if len(amounts) < 2:
        return None
    for first, second in zip(amounts, amounts[1:], strict=False):
        between = re.sub(r"\([^()]*\)", "", body[first.end:second.start])  # past a conversion
        if _SAME_MONEY.search(between) or not _COORDINATED.search(between):
            return None
    bounds = [sentence.start_char] + [a.start for a in amounts[1:]] + [sentence.end_char]
    parts: list[tuple[Amount | None, str | None, int | None]] = []
    for index, amount in enumerate(amounts):
        stretch = doc.char_span(bounds[index], bounds[index + 1], alignment_mode="expand")
        seller = seller_in(extraction, stretch, after=amount.start if index == 0 else bounds[index])
        count = next((c.value for c in counts if bounds[index] <= c.start < bounds[index + 1]), None)
        parts.append((amount, seller, count))
    sellers = [seller for _, seller, _ in parts]
    return parts if None not in sellers and len(set(sellers)) == len(sellers) else None


#: after an amount: a rate, not what was paid in all ("20 000 livres par vidéo")
_RATE = re.compile(r"\s*(?:par\s+(?!mois\b|an\b|jour\b)[^\W\d]|chacun|l['’]unité|pièce)", re.IGNORECASE)


def _totals(body: str, amounts: list[Amount]) -> list[Amount]:
    """The amounts that are no rate per item, when there are any ("entre 5 000 et 20 000 livres par
    vidéo, soit 640 000 livres au total": the 640 000)."""
    totals = [a for a in amounts if not _RATE.match(body, a.end)]
    return totals or amounts


def _paid_amount(verb: Token | None, amounts: list[Amount]) -> Amount | None:
    """The money the paying verb governs ("La fondation, qui a reçu 2 millions d'euros de
    donateurs, a dépensé 400 000 euros": the 400 000), else the first amount of the sentence."""
    governed = [a for a in amounts if verb is not None  # not "(environ 105 000 euros)", a conversion
                and not _CONVERSION.search(verb.doc.text, max(0, a.start - 12), a.start)
                and any(a.start <= c.idx < a.end for c in verb.children
                        if c.dep_.split(":")[0] in ("obj", "obl", "nmod"))]
    return governed[0] if governed else (amounts[0] if amounts else None)


def _accepted(extraction: Extraction, sentence: Sentence, platform: str | None) -> bool:
    """"X avait proposé 45 000 dollars à LinkedIn. ... avant d'accepter et de diffuser la campagne": money
    a platform then took was spent; so is an offer its buyer accepted ("X a accepté l'offre de Y")."""
    if _ACCEPTED_OFFER.search(sentence.text):
        return True
    if platform is None or not is_platform(extraction, platform):
        return False
    following = extraction.sentence_at(sentence.end_char + 1)
    return following is not None and following.start_char >= sentence.end_char \
        and _ACCEPTED.search(following.text) is not None


#: a platform taking the money offered: "a finalement accepté", "avant d'accepter"
_ACCEPTED = re.compile(r"\b(?:a|avait|ont|avaient)\s+(?:finalement\s+|ensuite\s+)?accepté\b"
                       r"|\bavant\s+d['’]accepter\b")
_ACCEPTED_OFFER = re.compile(r"\b(?:a|avait|ont|avaient)\s+accepté\s+(?:l['’]offre|la proposition)\b")


def _boosted(sentence: Sentence) -> bool:
    """"Une partie de ces vidéos a été « boostée » grâce à l'outil de TikTok": items promoted in the
    passive, with no one said to pay."""
    return any(t.lower_.startswith(_BOOSTED) and any(c.dep_ == "aux:pass" for c in t.children)
               and not any(is_agent(t, c) for c in t.children) for t in sentence if t.pos_ == "VERB")


_BOOSTED = ("boost", "sponsoris", "promu")  # "boostées", "sponsorisés", "promues"


def _agentless_passive(verb: Token) -> bool:
    """"ont été versés à Google", "4 800 000 roubles versés à 37 administrateurs" with no "par ...":
    the payer is left to the context."""
    children = list(verb.children)
    morph = verb.morph
    participle = verb.dep_ == "acl" and "Part" in morph.get("VerbForm") and "Past" in morph.get("Tense")
    return (participle or any(c.dep_ == "aux:pass" for c in children)) and not any(
        is_agent(verb, c) for c in children)


def _items_bought(sentence: Sentence) -> bool:
    """"ces messages avaient été achetés par X", "pour promouvoir 210 de ces vidéos": promoted items
    bought are advertising too."""
    return any(
        t.lemma_ in SPEND_VERBS and any(
            _names_items(c) and c.dep_ in ("obj", "nsubj:pass", "nsubj") for c in t.children)
        for t in sentence if t.pos_ == "VERB"
    )


def _bought_items(sentence: Sentence, lowered: str) -> bool:
    """A count with no money is a campaign when the items were paid for ("a financé 900 annonces",
    "1823 tweets sponsorisés"), not when they were merely counted ("37 annonces ont été retirées":
    "annonce" alone is no proof of payment)."""
    return says(lowered, tuple(c for c in AD_CUES if c != "annonce")) or any(
        t.lemma_ in SPEND_VERBS for t in sentence if t.pos_ == "VERB" and not quoted(t))


def _removed(sentence: Sentence, count: Any) -> bool:
    """A count of items taken down ("Meta a indiqué avoir retiré 212 de ces annonces"): what a
    platform removed is no purchase, whatever the sentence says of ads."""
    token = next((t for t in sentence if t.idx >= count.start), None)
    for _ in range(3):
        if token is None or token.head.i == token.i:
            return False
        token = token.head
        if token.pos_ == "VERB":  # not "sans jamais signaler": what was not done
            return token.lemma_ in REMOVAL_VERBS and not any(c.lower_ == "sans" for c in token.children)
    return False


def _is_influencer(token: Token) -> bool:
    """"influenceurs", "youtubeuse", "créateurs de contenus", "administrateurs de chaînes"."""
    if token.lower_ in INFLUENCER_NOUNS:
        return True
    if token.lower_ not in CREATOR_NOUNS:
        return False
    # "administrateurs de chaînes", "administrateurs d'une vingtaine de chaînes"
    complements = [*token.children, *(g for c in token.children for g in c.children if g.dep_ == "nmod"),
                   *token.doc[token.i + 1:token.i + 6]]  # on the surface too, whatever the parse
    return any(c.lower_.startswith(CREATOR_NOUNS[token.lower_]) for c in complements)


def _paid_people(sentence: Sentence) -> Token | None:
    """Influencers paid or offered money: the passive subject, object or complement of a paying or
    offering verb ("ces influenceurs ont été payés", "a rémunéré des influenceurs", "a proposé 5 000
    euros à une dizaine d'influenceurs"); a quantity noun may stand between ("une dizaine d'influenceurs")."""
    for token in sentence:
        if not _is_influencer(token):
            continue
        phrase = token
        if token.dep_ == "nmod" and any(c.lower_ in ("de", "d'", "d’") for c in token.children):
            phrase = token.head  # "une dizaine d'influenceurs"
        if any(c.dep_ in ("acl", "appos") and _pays_or_offers(c) for c in phrase.children):
            return token  # "Une dizaine d'influenceurs, payés au total 500 000 ouguiyas par l'agence,"
        given = (phrase.dep_ in ("nsubj:pass", "obj")  # "ont été payés", "a rémunéré les ..."
                 or any(c.lower_ in ("à", "aux") for c in phrase.children))
        verb = phrase.head
        for _ in range(3):  # the verb, past a misattached head ("5 000 euros à des influenceurs")
            if _pays_or_offers(verb) or verb.head.i == verb.i:
                break
            paying = [c for c in verb.children if c.dep_ == "acl" and _pays_or_offers(c)]
            if paying:  # "4 800 000 roubles versés ... à 37 administrateurs": the money's participle
                verb = paying[0]
                break
            verb = verb.head
        if given and _pays_or_offers(verb):
            return token
    return None


def _received_for_posts(extraction: Extraction, sentence: Sentence, memory: SpeakerMemory) -> str | None:
    """"elle a reçu 1,8 million de kwachas de X pour trois vidéos", "avoir reçu 15 000 dollars de X
    pour diffuser les clips": who paid people (not an organisation, whose takings are no sale) to
    publish; the one paid is no platform."""
    for word in sentence:
        if word.pos_ not in ("VERB", "AUX") or not word.lower_.startswith(_RECEIVED):
            continue
        subject = subject_of(word)
        receiver = designated(extraction, subject, sentence, memory) if subject is not None else None
        if receiver is not None and not _is_person(extraction, receiver):
            continue  # "la fondation a reçu 850 000 dollars": no ad money
        payer = introduced_by(extraction, sentence, word, ("de", "d'", "d’", "du", "des"), memory)
        if payer is not None and not is_platform(extraction, payer) and not _is_person(extraction, payer):
            return payer
        last = extraction.campaigns[-1] if extraction.campaigns else None
        if payer is None and subject is not None and _is_influencer(subject) and last is not None \
                and not extraction.article.body[last.evidence.end:sentence.start_char].strip():
            return last.sponsor  # "... 1 850 publicités sur Instagram. Sur TikTok, trente-deux créateurs
    return None  # de contenu ont reçu 95 000 dollars pour publier ...": the same campaign's payer


#: forms of receiving money: "reçu", "touché", "perçu"
_RECEIVED = ("reçu", "recev", "reçoi", "touch", "perçu", "percev", "perçoi")


def _pays_or_offers(verb: Token) -> bool:
    return bool(verb.pos_ == "VERB" and (verb.lemma_ in SPEND_VERBS or verb.lower_.startswith(PROPOSAL_CUES)))


def _is_person(extraction: Extraction, key: str | None) -> bool:
    return key is not None and key in extraction.actors and extraction.actors[key].kind == "Person"


def _paid_to_publish(sentence: Sentence) -> bool:
    """Money "pour publier cinq vidéos", "pour qu'ils relaient les messages": paid promotion."""
    doc = sentence.doc

    def purpose(verb: Token) -> bool:
        while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            verb = verb.head  # "pour lire à l'antenne et publier ...": the "pour" of the first verb
        return any(doc[i].lower_ in ("pour", "afin") for i in range(max(sentence.start, verb.i - 3), verb.i))

    def coordinated(verb: Token) -> list[Token]:  # "lire à l'antenne et publier ... une dizaine de messages"
        return [verb, *([verb.head] if verb.dep_ == "conj" else []),
                *(c for c in verb.children if c.dep_ == "conj")]

    return any(
        t.lemma_ in DIFFUSION_VERBS and purpose(t)
        and any(_names_items(c) and c.dep_ == "obj" for v in coordinated(t) for c in v.children)
        for t in sentence if t.pos_ == "VERB"
    )


def _money_for_items(sentence: Sentence) -> bool:
    """"une offre de 2 500 dollars de l'agence pour dix publications", "dépensé 61 500 dollars pour
    la diffusion de 85 vidéos": money for posts is the price of promotion."""
    return any((_names_items(t) or (t.lemma_ in _SENDING and any(_names_items(c) for c in t.children)))
               and any(c.lower_ == "pour" and c.dep_ == "case" for c in t.children) for t in sentence)


#: nouns of sending items out: "pour la diffusion de 85 vidéos", "pour l'envoi de 1,3 million de messages"
_SENDING = frozenset({"diffusion", "envoi", "publication"})


def _items_for_money(sentence: Sentence, amounts: list[Amount]) -> bool:
    """"diffuser 300 vidéos sur TikTok pour 150 000 ringgits": a number of posts for a price."""
    for amount in amounts:
        if not is_price(sentence.doc.text, amount):
            continue
        before = [t for t in sentence if t.idx < amount.start]
        if any(t.lower_ in ITEM_NOUNS and any(c.like_num for c in t.children) for t in before[-14:-1]):
            return True
    return False


def _names_items(token: Token) -> bool:
    """"vidéos", or a number of them ("210 de ces vidéos", "une dizaine de messages")."""
    return token.lower_ in ITEM_NOUNS or (
        (token.pos_ == "NUM" or token.lower_ in QUANTITY_NOUNS)
        and any(c.lower_ in ITEM_NOUNS for c in token.children))


def _spend_verb(sentence: Sentence, amounts: list[Amount]) -> Token | None:
    """The paying verb (or one of diffusing before a price or after "faire": "diffusé 420 ... pour X",
    "a fait diffuser"): first the one whose complement is the money ("a versé 48 millions à une régie,
    X, qui a acheté des publicités": versé), then one with a subject or an agent, then one that is no
    mere modifier ("ces vidéos sponsorisées ont été financées par X": financées), then the first."""
    priced = [a for a in amounts if is_price(sentence.doc.text, a)]
    verbs = [t for t in sentence if t.pos_ == "VERB" and (t.lemma_ in SPEND_VERBS or _promoting(t) or (
        t.lemma_ in DIFFUSION_VERBS and (any(a.start > t.idx for a in priced)
                                         or (t.i > 0 and t.nbor(-1).lemma_ == "faire"))))]

    def rank(verb: Token) -> tuple[bool, bool, bool, bool, int]:
        money = any(a.start <= c.idx < a.end for c in verb.children for a in amounts)
        payer = any(c.dep_ in ("nsubj", "nsubj:pass") or is_agent(verb, c) for c in verb.children)
        # ("qui a publié une analyse ..., ont été financées"): a verb that only diffuses comes last
        diffusing = verb.lemma_ in DIFFUSION_VERBS and verb.lemma_ not in SPEND_VERBS
        return not money, diffusing, not payer, verb.dep_ == "acl", verb.i

    return min(verbs, key=rank) if verbs else None


#: "a fait la promotion de 75 publications", "a mené une campagne": a support verb of advertising pays
_SUPPORT_VERBS = frozenset({"faire", "mener", "lancer", "orchestrer"})
_ADVERTISING_NOUNS = frozenset({"promotion", "publicité", "campagne"})


def _promoting(verb: Token) -> bool:
    if verb.lemma_ == "offrir" and "Inf" not in verb.morph.get("VerbForm"):  # "l'agence s'est offert
        return any(c.lower_ in ("s'", "s’", "se") for c in verb.children)  # de la publicité": bought
    if verb.lemma_ in ("mettre", "prendre"):  # "a mis en avant 90 messages", "pris en charge par X": paid
        return any(t.lower_ == "en" and t.i + 1 < len(t.doc) and t.nbor().lower_ in ("avant", "charge")
                   for t in verb.doc[verb.i + 1:verb.i + 3])
    return bool(verb.lemma_ in _SUPPORT_VERBS
                and any(c.dep_ == "obj" and c.lemma_ in _ADVERTISING_NOUNS for c in verb.children))


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
