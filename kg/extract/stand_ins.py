"""Organisations designated without their name: "son porte-parole", "le groupe américain",
"l'entreprise", "l'acte d'accusation" (which speaks for the prosecutors who filed it).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from kg.extract.actors import actor_at, actors_in, last_named
from kg.extract.facts import Extraction
from kg.extract.lexicon_events import AD_PLATFORMS
from kg.extract.lexicon_speech import (
    ATTRIBUTION_MARKERS,
    ORGANISATION_DESCRIPTORS,
    PERSON_TITLES,
    POSSESSIVES,
    SPOKESPERSON_NOUNS,
)
from kg.extract.memory import SpeakerMemory, gender
from kg.extract.phrases import actor_of_phrase
from kg.extract.referents import latest_named, person_described, report_author

Token = Any  # spaCy Token

_SUBJECTS = ("nsubj", "nsubj:pass")


def descriptor_of(extraction: Extraction, head: Token, memory: SpeakerMemory) -> str | None:
    """"le groupe américain", "l'entreprise": the organisation last named before, whose kind fits."""
    kinds = ORGANISATION_DESCRIPTORS.get(head.lemma_) or ORGANISATION_DESCRIPTORS.get(head.lower_)
    possessed = any(c.dep_ == "det" and c.lower_ in POSSESSIVES for c in head.children)
    if possessed and head.lower_ == "liste":  # "a offert à sa liste une campagne"
        kinds = frozenset({"Organisation"})
    if not kinds:
        return None
    if possessed:
        # "la secrétaire générale du RRM, X, a reconnu que son parti": the one her title names
        named = [k for k in actors_in(extraction, head.sent.start_char, head.idx)  # (not "un courriel d'une
                 if extraction.actors[k].kind in kinds  # agence, X, qui proposait à son parti": X)
                 and not _introduced_otherwise(extraction, k, head.lower_)]
        # "Sa présidente, X, a révélé que son parti": the one her possessive title refers to
        before = head.doc[head.sent.start:head.i]
        return named[-1] if named else (headed_organisation(extraction, before, memory, kinds)
                                        or _members_organisation(extraction, head, kinds))
    if not any((c.dep_ == "det" and c.lower_ in ("le", "la", "l'", "l’", "les", "ce", "cet", "cette"))
               or (c.dep_ == "case" and c.lower_ in ("au", "du")) for c in head.children):
        return None  # "le groupe américain", "cette société", "versé au groupe américain"
    public = any(c.dep_ == "amod" and c.lower_ in _PUBLIC for c in head.children)
    if any(c.lower_ == "même" for c in head.children) and (same := introduced_with(extraction, head, kinds)):
        return same  # "une proposition de la même société": the one introduced as "une société, X"
    if head.lower_ == "agence" and not public:  # "l'agence" is a company before it is a public body
        found = _descriptor_of(extraction, head, memory, frozenset({"Company", "MediaOutlet"}))
        if found is not None:
            return found
    found = _descriptor_of(extraction, head, memory, kinds)
    if found is None and head.lower_ in _NAMED_BY_HEAD:  # "a annoncé la police de l'archipel" before
        named = [k for k, a in extraction.actors.items()  # "... selon la Royal Bahamas Police Force"
                 if a.kind in (*kinds, "Organisation") and head.lower_ in a.name.lower()]
        return named[0] if len(named) == 1 else None
    if found is None or head.lower_ not in _NAMED_BY_HEAD:
        return found
    actor = extraction.actors[found]  # "le gouvernement" is no electoral commission
    words = _HEAD_NAMES.get(head.lower_, (head.lower_,))
    return found if any(w in name.lower() for w in words for name in {actor.name, *actor.aliases}) else None


def _members_organisation(extraction: Extraction, head: Token, kinds: Collection[str]) -> str | None:
    """"..., lâche X, cheffe de file de l'Alliance Y. Son parti assure ...": the organisation (of
    ``kinds``) named beside the person last named in the two sentences before, whose it is."""
    doc = head.doc
    first = head.sent.start
    for _ in range(2):  # back two sentences
        first = doc[first - 1].sent.start if first > 0 else first
    person = last_named(extraction, doc[first].idx, head.sent.start_char, kind="Person")
    return organisation_beside(extraction, person, head.sent.start_char, kinds) if person else None


def organisation_beside(extraction: Extraction, person: str, before: int,
                        kinds: Collection[str]) -> str | None:
    """The organisation (of ``kinds``) named in the sentence of the person's last mention before
    ``before``, nearest to it ("X, cheffe de file de l'Alliance Y,", "le candidat du Parti Z, X")."""
    doc = extraction.doc
    mention = max((m for m in extraction.actors[person].mentions if m.start < before),
                  key=lambda m: m.start, default=None)
    if mention is None:
        return None
    sentence = doc.char_span(mention.start, mention.end, alignment_mode="expand")[0].sent
    nearest = sorted((gap, key) for key in actors_in(extraction, sentence.start_char, sentence.end_char)
                     if extraction.actors[key].kind in kinds for m in extraction.actors[key].mentions
                     if (gap := max(m.start - mention.end, mention.start - m.end)) <= _BESIDE)
    return nearest[0][1] if nearest else None


#: how far from a person's name the organisation of their title may be named, in characters between
_BESIDE = 80


def headed_organisation(extraction: Extraction, tokens: Any, memory: SpeakerMemory,
                        kinds: Collection[str] | None = None) -> str | None:
    """The organisation a possessive title among ``tokens`` refers to ("Son président, X, a reconnu",
    "Sa présidente, X, a révélé que son parti"): the last one in subject position, of ``kinds``
    (any but a person by default)."""
    if not any(t.lower_ in ("son", "sa", "leur") and _HEAD_TITLE.fullmatch(t.head.lower_) for t in tokens):
        return None
    return next((k for k in reversed(memory.recent_subjects) if k in extraction.actors and (
        extraction.actors[k].kind in kinds if kinds else extraction.actors[k].kind != "Person")), None)


#: the titles of an organisation's head, who speaks and is offered promotion on its behalf
_HEAD_TITLE = re.compile(r"président|présidente|secrétaire|dirigeant|dirigeante|chef|directeur|directrice"
                         r"|tête")  # "Sa tête de liste, X,"


#: institutions whose definite description is the head of their name ("le ministère de ...")
_NAMED_BY_HEAD = frozenset({"gouvernement", "ministère", "parquet", "commission", "police"})
#: words in the names of the institutions such a head designates: "le parquet" is the "ministère
#: public", the "bureau du procureur général"
_HEAD_NAMES = {"parquet": ("parquet", "ministère public", "procureur", "procureure", "prosecutor", "fiscal")}
#: adjectives that make a description a public body's: "l'agence gouvernementale", "l'agence publique"
_PUBLIC = frozenset({"gouvernementale", "gouvernemental", "fédérale", "fédéral", "publique", "public",
                     "nationale", "national", "étatique", "officielle", "officiel"})


def _descriptor_of(extraction: Extraction, head: Token, memory: SpeakerMemory,
                   kinds: frozenset[str]) -> str | None:
    sentence = head.sent
    earlier = [k for k in actors_in(extraction, _clause_start(head), head.idx)
               if extraction.actors[k].kind in kinds
               and not (head.lower_ == "agence" and extraction.actors[k].name in AD_PLATFORMS)]
    if head.lower_ in ("plateforme", "messagerie") and any(
            extraction.actors[k].name in AD_PLATFORMS for k in earlier):
        # "versés par l'agence X à la plateforme": the platform named before, not the agency
        earlier = [k for k in earlier if extraction.actors[k].name in AD_PLATFORMS]
    subjects = [t for t in sentence if t.i < head.i and t.dep_ in _SUBJECTS]
    if head.dep_ not in _SUBJECTS and head.head.pos_ == "VERB":
        # "X a proposé à la fondation": a description in a complement is not its verb's own subject
        own = {actor_at(extraction, t.idx, t.idx + len(t)) for t in head.head.children if t.dep_ in _SUBJECTS}
        earlier = [k for k in earlier if k not in own]
    acting = [k for k in earlier if any(actor_at(extraction, t.idx, t.idx + len(t)) == k for t in subjects)]
    if acting or earlier:  # "Google a suspendu le compte de X, a indiqué le groupe": the one who acts
        return (acting or earlier)[-1]
    if head.dep_ not in _SUBJECTS and sentence.text.lower().startswith(ATTRIBUTION_MARKERS):
        # "Selon la bibliothèque de Meta, X a versé ... au groupe américain" (not "Interrogé sur X, ...")
        told = [k for k in actors_in(extraction, sentence.start_char, _clause_start(head))
                if extraction.actors[k].kind in kinds]
        if told:
            return told[-1]
    introduced = introduced_with(extraction, head, kinds) or _main_subject(extraction, head, kinds)
    if introduced:
        return introduced
    prior = head.doc[sentence.start - 1].sent if sentence.start > 0 else None
    question = prior is not None and prior.text.rstrip().endswith("?")  # (whose subject the parse may miss)
    subjects = [actor_at(extraction, t.idx, t.idx + len(t)) for t in prior
                if t.dep_ in _SUBJECTS or question] if prior else []
    found: list[str] = [k for k in subjects if k is not None and extraction.actors[k].kind in kinds]
    organisations = [k for k in memory.recent_subjects if extraction.actors[k].kind in kinds
                     and not _introduced_otherwise(extraction, k, head.lower_)]
    if found and not question and prior is not None and prior.text.lstrip()[:1] != "«" \
            and "\n" not in head.doc.text[prior.end_char:sentence.start_char]:
        return found[-1]  # "Meta a ouvert une enquête. Le groupe indique": the one acting just before
    if organisations:
        return organisations[-1]
    if found:
        return found[-1]  # "Qu'a répondu TikTok ? L'entreprise nous a écrit": its subject
    headed: list[tuple[int, str]] = [(m.start, k) for k, a in extraction.actors.items()
              if a.kind in kinds and a.kind != "MediaOutlet" and a.name.lower().startswith(head.lower_ + " ")
              for m in a.mentions if m.start < head.idx]
    return max(headed)[1] if headed else None  # "le Collectif Mer libre" ... "Le collectif reconnaît"


def _main_subject(extraction: Extraction, head: Token, kinds: frozenset[str]) -> str | None:
    """The subject of the main clause when ``head`` opens a subordinate one ("TikTok a facturé ...,
    alors même que la plateforme affirme ..."): not after a reporting verb's "que", whose subject
    tells and is not described."""
    que = [t for t in head.sent if t.i < head.i and t.lower_ in ("que", "qu'", "qu’") and t.pos_ == "SCONJ"]
    if not que or que[-1].i == 0 or head.doc[que[-1].i - 1].pos_ not in ("ADV", "SCONJ", "ADP"):
        return None  # "alors même que", "tandis que", "bien que", not "affirme que"
    subjects = [actor_at(extraction, t.idx, t.idx + len(t)) for t in head.sent
                if t.i < que[-1].i and t.dep_ in _SUBJECTS]
    found = [k for k in subjects if k is not None and extraction.actors[k].kind in kinds]
    return found[-1] if found else None


#: families of descriptive nouns: an organisation introduced as "une association" is no "parti"
_FAMILIES = (frozenset({"parti", "formation", "mouvement", "alliance", "coalition", "liste"}),
             frozenset({"association", "ong", "fondation", "collectif"}),
             frozenset({"entreprise", "firme", "compagnie", "société", "agence", "start-up", "cabinet",
                        "régie"}),
             frozenset({"chaîne", "média", "quotidien", "journal", "hebdomadaire", "radio", "télévision"}))


def _introduced_otherwise(extraction: Extraction, key: str, noun: str) -> bool:
    """Whether the actor was introduced with a noun of another family than ``noun`` ("une
    association de Bangui, X" ... "le parti" is not X)."""
    family = next((f for f in _FAMILIES if noun in f), None)
    if family is None:
        return False
    others = [n for f in _FAMILIES if f is not family for n in f]
    return any(_named_after_noun(extraction, other, m.start) and re.search(
        rf"\b{re.escape(other)}\b", extraction.article.body[max(0, m.start - 40):m.start].lower())
        for m in extraction.actors[key].mentions for other in others)


def _clause_start(head: Token) -> int:
    """Where the clause of ``head`` starts for a description to look back: past a leading
    attribution ("D'après le réquisitoire du parquet, l'agence a ...") and past the "que" of a
    reported clause ("Le parquet affirme que l'agence a ..."): who tells is not who is described."""
    sentence = head.sent
    start: int = sentence.start_char
    lowered = sentence.text.lower()
    comma = lowered.find(",")
    opening = sentence[0].pos_ == "VERB" and "Part" in sentence[0].morph.get("VerbForm")
    if (lowered.startswith(ATTRIBUTION_MARKERS) or opening) and comma > 0 and start + comma < head.idx:
        start += comma + 1  # "Interrogé sur les publicités de X, un porte-parole du groupe": not X
    que = [int(t.idx) for t in sentence
           if t.i < head.i and t.lower_ in ("que", "qu'", "qu’") and t.pos_ == "SCONJ"]
    return max(start, que[-1]) if que else start


def introduced_with(extraction: Extraction, head: Token, kinds: frozenset[str]) -> str | None:
    """The actor last introduced with the same noun before ``head``: "le groupe de campagne X" ...
    "le groupe" is X; "X (Y), une formation eurosceptique," ... "la formation" is X."""
    body = extraction.article.body
    noun = head.lower_
    described = re.compile(rf"[^.;,]{{0,40}},\s*une?\s+(?:[\w-]+\s+)?{re.escape(noun)}\b", re.IGNORECASE)
    best: tuple[int, str] | None = None
    for key, actor in extraction.actors.items():
        if actor.kind not in kinds:
            continue
        for mention in actor.mentions:
            introduced = _named_after_noun(extraction, noun, mention.start) \
                or described.match(body, mention.end) is not None
            if mention.start < head.idx and introduced and (best is None or mention.start > best[0]):
                best = (mention.start, key)
    return best[1] if best else None


def _named_after_noun(extraction: Extraction, noun: str, start: int) -> bool:
    """Whether ``noun`` stands in the 40 characters before the name at ``start`` with no verb
    between ("une agence de communication de Phnom Penh, X"; not "l'agence a versé à X")."""
    window = extraction.article.body[max(0, start - 40):start].lower()
    at = window.rfind(noun)
    if at < 0:
        return False
    begin = start - len(window) + at
    span = extraction.doc.char_span(begin, start, alignment_mode="expand")
    # a participle may qualify the noun ("une agence basée à Almaty, X"); any other verb ends it
    return span is None or not any(
        t.pos_ == "AUX" or (t.pos_ == "VERB" and "Part" not in t.morph.get("VerbForm")) for t in span)


def stand_in(extraction: Extraction, head: Token, memory: SpeakerMemory) -> str | None:
    """An organisation designated without its name: a spokesperson, a definite description, or the
    indictment, which speaks for the prosecutors who brought it."""
    if is_indictment(head):
        found = indicter(extraction, head.idx)
        return found[0] if found else None
    if _unnamed_before(head, memory):
        return None  # "raconte un ancien opérateur ... . L'ancien opérateur, lui,": the one unnamed
    return (_named_right_after(extraction, head) or spokesperson_of(extraction, head, memory)
            or descriptor_of(extraction, head, memory) or report_author(extraction, head)
            or person_described(extraction, head) or _speaker_by_title(extraction, head, memory)
            or latest_named(extraction, head) or _concerned(extraction, head))


def _named_right_after(extraction: Extraction, head: Token) -> str | None:
    """"La radio privée Te Itoi FM, très écoutée, a touché": the name right after the noun and its
    adjectives, whatever the parse hangs it on."""
    doc, i = head.doc, head.i + 1
    while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].text.islower():
        i += 1
    if i >= len(doc) or not doc[i].text[:1].isupper():
        return None
    key = actor_at(extraction, doc[i].idx, doc[i].idx + len(doc[i]))
    starts = key is not None and any(m.start == doc[i].idx for m in extraction.actors[key].mentions)
    return key if starts else None


def _concerned(extraction: Extraction, head: Token) -> str | None:
    """"plaide l'intéressé": the person named last before."""
    if head.lower_ not in ("intéressé", "intéressée") or not any(
            c.dep_ == "det" and c.lower_ in ("l'", "l’") for c in head.children):
        return None
    return last_named(extraction, 0, head.idx, kind="Person")


def _unnamed_before(head: Token, memory: SpeakerMemory) -> bool:
    """A definite noun that takes up someone unnamed who spoke before ("raconte un ancien opérateur,
    qui a accepté de témoigner ..." ... "L'ancien opérateur, lui, ...")."""
    return head.pos_ == "NOUN" and head.lower_ in memory.unnamed_nouns and any(
        c.dep_ == "det" and c.lower_ in ("le", "la", "l'", "l’") for c in head.children)


def _speaker_by_title(extraction: Extraction, head: Token, memory: SpeakerMemory) -> str | None:
    """"D'après X, ... . « ... », résume la chercheuse.": a title no one was named with designates
    the person who spoke in the sentence before, when the article gives no other gender; "la
    porte-parole" named by no one is the organisation that spoke last."""
    determiners = {c.lower_ for c in head.children if c.dep_ == "det"}
    key = memory.last_speaker
    gap = memory.noted - memory.last_sentence
    if not determiners & {"le", "la", "l'", "l’"} or key is None or gap > 2:
        return None
    if gap == 2 and head.sent.start > 0:  # "X affirme ... . En novembre, une agence ... . « ... »,
        prior = head.doc[head.sent.start - 1].sent  # raconte l'ancienne députée": no one named between
        if any(k != key and extraction.actors[k].kind == "Person"
               for k in actors_in(extraction, prior.start_char, head.idx)):
            return None
    if any(c.lower_ == "même" for c in head.children) and extraction.actors[key].kind == "Person" \
            and (head.lower_ in PERSON_TITLES or head.lower_ in SPOKESPERSON_NOUNS):
        return key  # "Le même responsable a démenti": the one who just spoke
    if head.lower_ in SPOKESPERSON_NOUNS:
        return key if extraction.actors[key].kind != "Person" else None
    if head.lower_ not in PERSON_TITLES or extraction.actors[key].kind != "Person":
        return None
    wanted = "Fem" if "la" in determiners else "Masc" if "le" in determiners else None
    return key if wanted is None or gender(extraction, key) in (None, wanted) else None


def is_indictment(head: Token) -> bool:
    """"l'acte d'accusation", "l'acte d'inculpation": the document filed with the charges."""
    following = head.doc[head.i + 1:head.i + 3]
    return bool(head.lower_ == "acte" and len(following) == 2 and following[0].lower_ in ("d'", "d’")
                and following[1].lower_ in ("accusation", "inculpation"))


def indicter(extraction: Extraction, before: int) -> tuple[str, Token] | None:
    """The actor who brought charges earlier in the article ("Le parquet X a inculpé mardi ...", "a
    engagé des poursuites contre"), with the verb: the subject of the last active such verb before
    offset ``before``."""
    found = None
    for token in extraction.doc:
        if token.idx >= before:
            break
        prosecuting = token.lemma_ == "engager" and any(  # "a engagé lundi des poursuites contre"
            t.lower_ == "poursuites" for t in token.doc[token.i + 1:token.i + 5])
        if not (token.lemma_ == "inculper" or prosecuting) or token.pos_ != "VERB" \
                or "Pass" in token.morph.get("Voice"):
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        named = actor_of_phrase(extraction, subject) if subject is not None else None
        if named and extraction.actors[named[0]].kind != "Person":
            found = named[0], token
    return found


def spokesperson_of(extraction: Extraction, head: Token, memory: SpeakerMemory) -> str | None:
    """"son porte-parole" / "le porte-parole du ministère": the organisation it speaks for."""
    if head.lemma_ not in SPOKESPERSON_NOUNS and head.lower_ not in SPOKESPERSON_NOUNS:
        return None
    subtree = list(head.subtree)
    comma = next((t for t in subtree if t.i > head.i and t.text == ","), None)  # the parse may hang the
    subtree = [t for t in subtree if comma is None or t.i < comma.i]  # clause after it on the noun
    owners = [k for k in actors_in(extraction, subtree[0].idx, subtree[-1].idx + len(subtree[-1]))
              if extraction.actors[k].kind != "Person"]
    if owners:
        return owners[0]
    owner = next((c for c in head.children if c.dep_ == "nmod" and c.pos_ == "NOUN" and c in subtree  # "du
                  and any(g.dep_ == "case" and g.lower_ in ("de", "du", "d'", "d’") for g in c.children)),
                 None)  # ministère", not "la plateforme" of the clause the parse hangs on the noun
    kinds = ORGANISATION_DESCRIPTORS.get(owner.lower_) if owner is not None else None
    definite = owner is not None and any(c.lower_ in ("du", "le", "la", "l'", "l’") for c in owner.children)
    described = _descriptor_of(extraction, owner, memory, kinds) if kinds and definite else None
    if described:
        return described  # "le communiqué du parquet": the prosecutors named before
    determiners = {c.lower_ for c in head.children if c.dep_ == "det"}
    if not determiners & (POSSESSIVES | {"un", "une"}):
        return None
    sentence = head.sent
    before = actors_in(extraction, sentence.start_char, head.idx)
    if before:
        return before[-1]
    # "L'enquête avait été ouverte par l'Agence X. Le lendemain, son porte-parole ...": the one
    # organisation the sentence before names
    previous = head.doc[sentence.start - 1].sent if sentence.start > 0 else None
    named = {k for k in actors_in(extraction, previous.start_char, previous.end_char)
             if extraction.actors[k].kind != "Person"} if previous is not None else set()
    if len(named) == 1:
        return named.pop()
    organisations = [k for k in memory.recent_subjects if extraction.actors[k].kind != "Person"]
    return organisations[-1] if organisations else None
