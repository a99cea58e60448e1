"""Who speaks: the actor behind a reporting verb, its role, and the pronouns that stand for it.

Works on spaCy tokens of the article's parse and on the actors found by :mod:`kg.extract.actors`.
When no actor can be tied to a verb with confidence the answer is ``None``: a statement without a
sure speaker is not asserted (precision first).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.actors import actor_at, actors_in
from kg.extract.facts import Extraction
from kg.extract.lexicon import UNITS
from kg.extract.lexicon_speech import (
    CALLED,
    CONTENT_NOUNS,
    HONORIFICS,
    PERSON_TITLES,
    SPEAKER_PRONOUNS,
    TIME_WORDS,
)
from kg.extract.memory import SpeakerMemory
from kg.extract.phrases import (
    ADDRESSEE_WORDS,
    actor_of_phrase,
    addressee_end,
    described_organisation,
    named_after_title,
    named_before_phrase,
    unnamed_member,
    unnamed_member_words,
)
from kg.extract.quotes import quoted
from kg.extract.referents import person_set_off_after, relative_antecedent, where_one_speaks
from kg.extract.reporting_verbs import aside_auxiliary, inverted_clitic, mistagged_present
from kg.extract.roles import TITLE_TAILS, TITLE_TO
from kg.extract.stand_ins import stand_in
from kg.extract.titles import title_of, title_words

Token = Any  # spaCy Token
Span = Any  # spaCy Span

_SUBJECTS = ("nsubj", "nsubj:pass")
_CLIMB = ("advcl", "xcomp", "conj", "acl", "parataxis")
_ROLE_SKIP = ("det", "punct", "case", "cc")
#: how far after a verb its inverted subject may end: "a déclaré mardi le président de la
#: Commission électorale (CE), Jean Dupont"
_INVERTED_SPAN = 22


def negated(verb: Token) -> bool:
    """Whether ``verb`` is negated ("n'a pas déclaré", "n'a jamais payé"); "ne ... que" restricts,
    it does not negate ("n'a dépensé que 15 000 dollars")."""
    # "dit n'avoir été saisie", "dit ne pas avoir": a negation after the verb is the infinitive's
    late = min((c.i for c in verb.children if c.i > verb.i and c.lower_ in ("ne", "n'", "n’")), default=None)
    words = {c.lower_ for c in verb.children if late is None or c.i < late}
    if words & {"pas", "jamais"}:
        return True
    if "ni" in words and ({"ne", "n'", "n’"} & (words | {c.lower_ for c in verb.head.children})):
        return True  # "n'a ni confirmé ni démenti"
    if not words & {"ne", "n'", "n’"}:
        return False
    following = verb.doc[verb.i + 1:verb.i + 8]
    return not any(t.lower_ in ("que", "qu'", "qu’") and t.pos_ != "PRON" for t in following)


def _finite(verb: Token) -> bool:
    """Whether ``verb`` or its auxiliary is a finite form ("a raconté", "affirme")."""
    forms = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]
    return any("Fin" in t.morph.get("VerbForm") for t in forms)


def is_pronoun(token: Token) -> bool:
    return bool(token.pos_ == "PRON" and token.lower_ in SPEAKER_PRONOUNS)


def _closed_relative(verb: Token, subject: Token) -> bool:
    """Whether ``subject`` is the object of a relative clause closed by a comma that the parse runs
    into ``verb``, coordinated with the clause's verb ("X, qui soutenait M. Y, a dépensé")."""
    clause = verb.head
    return verb.dep_ == "conj" and clause.dep_ == "acl:relcl" and clause.i < subject.i < verb.i \
        and any(c.lower_ == "qui" and c.dep_ == "nsubj" for c in clause.children) \
        and any(t.text == "," for t in verb.doc[subject.i:verb.i])


def subject_of(verb: Token) -> Token | None:
    """The grammatical subject of ``verb``, climbing from gerunds, infinitives and coordinations.

    A noun in a framing phrase ("Dans un communiqué, X rappelle"), a number ("X, qui n'a conservé
    que 3 des 15 sièges, affirme") or an emphatic pronoun ("X avait lui-même ouvert") is no
    subject, whatever the parse says. A finite verb the parse hangs on a later one ("X ..., a
    raconté à l'agence Y avoir refusé") does not take that verb's subject after it: a finite verb
    has a subject of its own."""
    current = verb
    finite = _finite(verb)
    for _ in range(3):
        auxiliaries = [c for c in current.children if c.dep_.startswith("aux")]
        for child in [*current.children, *(g for a in auxiliaries for g in a.children)]:
            if child.dep_ in _SUBJECTS and child.lower_ != "-t" and not inverted_clitic(child) \
                    and not any(c.dep_ == "case" and c.lower_ in _FRAMING for c in child.children) \
                    and child.pos_ != "NUM" and not child.like_num \
                    and not child.lower_.endswith(("-même", "-mêmes")) \
                    and child.idx >= dateline_end(child.sent):  # "a-t-il": -t is euphonic; "MASERU, ... -"
                if current is not verb and finite and child.i > verb.i and current.dep_ != "conj":
                    return None
                if current is verb and _closed_relative(verb, child):
                    return verb.head.head  # "Le comité X, qui soutenait M. Y, a dépensé": the comité
                return child  # the subject, or one the parse hangs on the auxiliary
        gerund = current.dep_ == "advmod" and current.pos_ == "VERB" and current.lower_.endswith("ant")
        # "avait tempêté": a participle the parse takes for the object of its auxiliary
        held = current.dep_ == "obj" and current.head.lemma_ == "avoir" and current.head.i == current.i - 1
        if (current.dep_ not in _CLIMB and not gerund and not held) or current.head.i == current.i:
            return None  # ("jugeant", which the parse may call an adverb, climbs too)
        current = current.head
        if current.lower_ in TIME_WORDS and current.dep_.startswith("obl") and current.head.i != current.i:
            current = current.head  # "a confirmé vendredi avoir ouvert": hung on the day, not a verb
    return None


#: prepositions of a framing phrase the parse may take for a subject: "Dans un communiqué, X rappelle"
_FRAMING = frozenset({"dans", "lors", "selon", "sur", "depuis", "pendant", "durant"})


def speaker_of(
    extraction: Extraction, verb: Token, memory: SpeakerMemory, sentence: int
) -> tuple[str, str | None] | None:
    """The speaker of a reporting verb: its subject, an inverted subject, or a pronoun's referent."""
    following = [t.lower_ for t in verb.doc[verb.i + 1:verb.i + 3] if t.lower_ != "-t"]
    if following[:1] in (["-il"], ["-elle"]) or _misparsed_inversion(verb):
        return inverted_speaker(extraction, verb, memory, sentence)  # "Son client, soutient-il, « ... »"
    if _incise_verb(verb):
        surface = surface_subject(extraction, verb, memory)
        if surface:  # "Le blogueur X, qui compte ..., a raconté à l'agence Y": no clause before, no incise
            return surface
        inverted = inverted_speaker(extraction, verb, memory, sentence)
        if inverted:
            return inverted  # "Le parquet a ouvert une enquête, a confirmé sa porte-parole, X."
        unnamed = _unnamed_inverted(extraction, verb)
        if unnamed:
            memory.unnamed_nouns.add(unnamed)
            return None  # "..., ont raconté deux d'entre eux": not the subject of the clause before
    subject = subject_of(verb)
    if subject is not None and quoted(subject) and not quoted(verb) and not _nickname(extraction, subject):
        subject = None  # « Si X a refusé ... », a-t-il ajouté: a word of the quote is not its speaker
    if subject is not None and subject.lower_ == "on":
        at = where_one_speaks(extraction, subject)  # "Chez Meta, on assure que"
        return (at, None) if at else None
    if subject is not None and subject.lower_ == "qui" and subject.pos_ == "PRON":
        antecedent = relative_antecedent(extraction, subject)  # "..., X, qui a promis ..."
        return (antecedent, None) if antecedent else None
    if subject is not None:
        if is_pronoun(subject):
            inverted = subject.i > verb_group_start(verb).i  # "..., a-t-il annoncé"
            clause = _clause_subject(extraction, verb, subject) if inverted else _topic(extraction, subject)
            referent = clause or memory.pronoun(extraction, sentence, subject.lower_)
            return (referent, None) if referent else None
        if unnamed_member(subject):
            memory.unnamed_nouns.add(subject.lower_)
            return None  # "Un ancien employé de X, qui a requis l'anonymat, affirme"
        if _platform_content(subject):
            return None  # "un message WhatsApp lui indique": a message, not its platform, says it
        others = [c for c in subject.head.children if c.dep_ in _SUBJECTS and c.i != subject.i]
        # "Oulan-Bator, 20 juin 2024 (AFP) - ...": a dateline holds no subject
        subjects = [s for s in [subject, *others] if s.idx >= dateline_end(s.sent)]
        named = [f for f in (actor_of_phrase(extraction, s) for s in subjects) if f]
        described = described_organisation(extraction, subject)
        if described is not None and not any(extraction.actors[f[0]].kind == "Person" for f in named):
            return described, None  # "Meta, la maison mère de Facebook, a indiqué": the name described
        beside = [named_before_phrase(extraction, subject), named_after_title(extraction, subject)]
        named += [(k, None) for k in beside if k and extraction.actors[k].kind == "Person"]
        people = [f for f in named if extraction.actors[f[0]].kind == "Person"]
        if len(people) > 1:  # "L'avocate de M. X, Y, conteste": not the one her title names
            people = [f for f in people
                      if not _title_complement(extraction, f[0], verb.sent.start_char, verb.idx)] or people
        if named:  # "Le dirigeant de X, Y, dénonce": two subjects, the person speaks
            return people[0] if people else named[0]
        spoken_for = stand_in(extraction, subject, memory)
        if spoken_for:
            return spoken_for, None
        if subject.pos_ in ("NOUN", "PROPN") and subject.i < verb.i and not quoted(subject):
            return None  # "Ces publications accusaient X": a subject that is no actor speaks for none
    else:
        found = surface_subject(extraction, verb, memory)
        if not found and verb.dep_ == "conj" and verb.head.i < verb.i and verb.head.pos_ == "VERB":
            found = surface_subject(extraction, verb.head, memory)  # "X renvoie à ... et précise que"
        if found:
            return found
    return inverted_speaker(extraction, verb, memory, sentence)


_OF_PERSON = re.compile(r"\b(?:de|du|d['’])\s*(?:(?:M\.|Mme|Mlle|Me)\s+)?\Z")


def _title_complement(extraction: Extraction, key: str, start: int, end: int) -> bool:
    """Whether ``key`` is named within ``[start, end)`` only as the complement of a title ("l'avocate
    de M. X")."""
    body = extraction.article.body
    mentions = [m for m in extraction.actors[key].mentions if start <= m.start < end]
    return bool(mentions) and all(_OF_PERSON.search(body[max(0, m.start - 12):m.start]) for m in mentions)


def _topic(extraction: Extraction, pronoun: Token) -> str | None:
    """"Quant au collectif X, présenté comme ..., il nie": the actor the sentence opens on."""
    sentence = pronoun.sent
    text = sentence.text.lower()
    comma = text.find(",")
    if not text.startswith(("quant à", "quant au", "quant aux")) or comma < 0 \
            or sentence.start_char + comma > pronoun.idx:
        return None
    keys = actors_in(extraction, sentence.start_char, sentence.start_char + comma)
    return keys[0] if keys else None


#: "Oulan-Bator, 20 juin 2024 (AFP) - ": a wire dateline opening the first sentence
_DATELINE = re.compile(r"[A-ZÀ-Ý][^,\n]{0,40},\s+\d{1,2}(?:er)?\s+\w+\s+\d{4}\s*"
                       r"\([A-Z][\w ]{1,20}\)\s*[-–—]\s*")


def dateline_end(sentence: Span) -> int:
    """Where a wire dateline opening ``sentence`` ends (its start when it has none)."""
    match = _DATELINE.match(sentence.text)
    return int(sentence.start_char + (match.end() if match else 0))


def _platform_content(subject: Token) -> bool:
    """"un message WhatsApp", "une vidéo TikTok": content named with its platform, no preposition
    between (the platform does not speak through it)."""
    return subject.pos_ == "NOUN" and subject.lemma_ in CONTENT_NOUNS and any(
        c.dep_ in ("nmod", "appos", "flat:name") and c.pos_ == "PROPN"
        and not any(g.dep_ == "case" for g in c.children) for c in subject.children)


def _misparsed_inversion(verb: Token) -> bool:
    """"Cet argent relève de ..., a-t-il précisé": the inverted pronoun, not the parse's noun, speaks."""
    subject = own_subject(verb)
    return subject is not None and subject.i < verb.i and not is_pronoun(subject) and any(
        c.dep_.startswith("expl") and c.lower_.startswith("-") and c.lower_ in SPEAKER_PRONOUNS
        for c in verb.children)


def _incise_verb(verb: Token) -> bool:
    """A verb group right after a comma, with no subject of its own: "..., a dit X" (a subject
    borrowed from the clause before, through a coordination, would be the wrong one)."""
    before = verb_group_start(verb).i - 1
    before -= before > verb.sent.start and inverted_clitic(verb.doc[before])  # "», nous a-t-il dit"
    return own_subject(verb) is None and before >= verb.sent.start and verb.doc[before].text == ","


def own_subject(verb: Token) -> Token | None:
    """The subject the parse hangs on ``verb`` itself, unless it is an indefinite phrase set between
    commas ("..., une offre refusée, a confirmé X": an apposition to the clause before)."""
    for child in verb.children:
        if child.dep_ not in _SUBJECTS or child.lower_ == "-t" or inverted_clitic(child):
            continue
        first = min(child.subtree, key=lambda t: t.i)
        doc = verb.doc
        commas = first.i > verb.sent.start and doc[first.i - 1].text == "," and doc[
            verb_group_start(verb).i - 1].text == ","
        indefinite = any(c.dep_ == "det" and c.lower_ in ("un", "une") for c in child.children)
        if commas and indefinite and child.pos_ == "NOUN" and child.i < verb.i:
            continue
        # "cinq personnes, dont le patron d'une agence, ..., a annoncé X": a "dont" clause closed by
        # the comma before the verb group is an aside, not the clause of the verb
        if "Rel" in first.morph.get("PronType") and doc[verb_group_start(verb).i - 1].text == ",":
            continue
        return child
    return None


def verb_group_start(verb: Token) -> Token:
    """The first word of the verb group: its auxiliary, or the "fait" of "a fait savoir"."""
    aside = aside_auxiliary(verb) if "Part" in verb.morph.get("VerbForm") else None
    if aside is not None:
        return aside
    heads = [verb] + [c for c in verb.children if c.lemma_ == "faire" and c.i < verb.i]
    if verb.i > 0 and verb.doc[verb.i - 1].lemma_ == "faire":
        heads.append(verb.doc[verb.i - 1])
    group = [t for h in heads for t in (h, *h.children) if t is h or (
        t.dep_.startswith("aux") and t.i < h.i and not t.ent_type_)]  # "Google fait valoir": "Google" no aux
    return min(group, key=lambda t: t.i)


#: conjunctions opening a clause of time or cause whose subject is the reporting verb's own
WHEN = frozenset({"lorsque", "lorsqu'", "lorsqu’", "quand", "puisque", "puisqu'", "puisqu’"})


def surface_subject(
    extraction: Extraction, verb: Token, memory: SpeakerMemory
) -> tuple[str, str | None] | None:
    """The subject read on the surface when the parse gives none: the noun phrase between the
    sentence's start and the verb group ("X a fait savoir", "Jointe par téléphone, la directrice
    de X, Marie Dupont, a démenti"). Leading adverbial or participial phrases are skipped; a person
    named in apposition to a title wins over the organisation in the title. Nothing when a finite
    verb or a quote stands before the verb group: then the words before it are what was said."""
    first = verb_group_start(verb)
    if "Fin" not in first.morph.get("VerbForm") and not mistagged_present(first):
        return None  # "des vidéos accusant X": a participle or an infinitive has no subject of its own
    sent = verb.sent
    called = [m.span() for m in CALLED.finditer(sent.text)]  # "X, dit « Lion d'Or », affirme"
    tokens = [t for t in sent if t.i < first.i and not t.is_space
              and not any(s <= t.idx - sent.start_char < e for s, e in called)]
    opening = [t for t in tokens if t.lower_ in WHEN]  # "L'affaire a pris un tour nouveau lorsque X a révélé"
    tokens = [t for t in tokens if t.i > opening[-1].i] if opening else tokens
    if not tokens or any(t.text in ("«", "»", "“", "”") and not _nickname(extraction, t) for t in tokens):
        return None
    segments: list[list[Token]] = [[]]
    for token in tokens:
        if token.text == ",":
            segments.append([])
        else:
            segments[-1].append(token)
    # "X, qui interdit la publicité, a affirmé": a relative clause between commas is not what was said
    segments = [g for g in segments if g and "Rel" not in g[0].morph.get("PronType")]
    while segments and (segments[0][0].pos_ in ("ADP", "VERB", "ADV", "SCONJ", "CCONJ") or _participle_alone(
            extraction, segments[0])):
        segments.pop(0)  # "Jointe par téléphone,", "Dans un communiqué,", "Joint ce matin,", "Contacté,"
    if any("Fin" in t.morph.get("VerbForm") and actor_at(extraction, t.idx, t.idx + len(t)) is None
           for g in segments for t in g):
        return None  # (a name the tagger takes for a verb is no verb: "Interrogé, Google fait valoir")
    if not segments:
        return None
    head, *appositions = segments
    if unnamed_member_words(head) and not appositions:
        return None  # "Un ancien salarié de X, qui a requis l'anonymat, affirme"
    keys = actors_in(extraction, head[0].idx, head[-1].idx + len(head[-1]))
    people = [k for k in keys if extraction.actors[k].kind == "Person"]
    # "L'avocate de M. X, Y, conteste": the person the title names is not the one who speaks
    complements = all(_title_complement(extraction, k, verb.sent.start_char, verb.idx) for k in people)
    if people and not (complements and appositions):
        return people[-1], title_of(extraction, head, people[-1])
    for apposition in appositions:
        if len(apposition) > 1 and apposition[1].lower_ == "par":
            continue  # "La mission de X, conduite par Y, a salué": Y leads it, it speaks
        named = actors_in(extraction, apposition[0].idx, apposition[-1].idx + len(apposition[-1]))
        if len(named) == 1 and extraction.actors[named[0]].kind == "Person" and all(
                actor_at(extraction, t.idx, t.idx + len(t)) == named[0]
                for t in apposition if t.lower_ not in HONORIFICS):  # "Me X Y"
            return named[0], title_words(head)
    if people:
        return people[-1], title_of(extraction, head, people[-1])
    opening = head[1] if head[0].pos_ == "DET" and len(head) > 1 else head[0]
    if keys and actor_at(extraction, opening.idx, opening.idx + len(opening)) == keys[0]:
        return keys[0], None  # "Meta, maison mère de Facebook, a fait savoir": the head, not its gloss
    last = head[-2] if head[-1].text == ")" and len(head) > 2 else head[-1]  # "... (FARA) affirme"
    ending = actor_at(extraction, last.idx, last.idx + len(last)) == keys[0] if keys else False
    if len(keys) == 1 and (len(head) <= 6 or ending) and all(
            actor_at(extraction, t.idx, t.idx + len(t)) == keys[0] for t in head[1:] if t.text[:1].isupper()):
        return keys[0], None  # "La société Delta Clic Media dément": a cue noun, then the name
    nouns = [t for t in head if t.pos_ == "NOUN"]
    spoken_for = stand_in(extraction, nouns[0], memory) if nouns else None
    return (spoken_for, None) if spoken_for else None


def _participle_alone(extraction: Extraction, segment: list[Token]) -> bool:
    """"Contacté, Meta renvoie ...": a past participle alone before the subject (whatever the tagger
    says of it), no actor's name."""
    word = segment[0]
    return len(segment) == 1 and word.lower_.endswith(("é", "ée", "és", "ées")) \
        and actor_at(extraction, word.idx, word.idx + len(word)) is None


def _nickname(extraction: Extraction, token: Token) -> bool:
    """"Refiloe « Fifi » Mokhothu-Ntšekhe": ``token`` is in guillemets inside a name."""
    return any(m.start < token.idx and token.idx + len(token) < m.end
               for actor in extraction.actors.values() for m in actor.mentions)


def inverted_speaker(
    extraction: Extraction, verb: Token, memory: SpeakerMemory, sentence: int
) -> tuple[str, str | None] | None:
    """« ... », a déclaré X / a-t-il affirmé: the subject that follows the verb.

    The subject runs from the verb to the first complement ("dans un communiqué", "lors d'une
    conférence"), a "que", or the end of the clause; within it a person wins over the organisation
    in their title ("la directrice des enquêtes de la Commission, Eleanor Whitcombe").
    """
    doc = verb.doc
    named = _mention_spans(extraction)
    window: list[Token] = []
    skip_to = _aside_end(verb)  # "résume, depuis son bureau du campus, le politologue X"
    for token in doc[verb.i + 1:min(verb.sent.end, max(skip_to, verb.i) + _INVERTED_SPAN)]:
        if token.i < skip_to:
            continue
        if any(start <= token.idx < end for start, end in named):  # "Park Ji-hoon": "hoon" tagged VERB
            window.append(token)
            continue
        timed = token.lower_ in TIME_WORDS or (token.lower_ in ("ce", "cette") and token.i + 1 < len(doc)
                                               and doc[token.i + 1].lower_ in TIME_WORDS)
        if not window and timed:
            continue  # "a déclaré (ce) mardi soir à l'AFP X": the time of the saying, not its subject
        if not window and skip_to == 0 and token.lower_ in ADDRESSEE_WORDS:
            skip_to = addressee_end(token, named)  # "a précisé à l'AFP un porte-parole de Meta"
            continue
        stop = (token.is_punct and token.text in ".;:!?«»") or token.lower_ in ("que", "qu'", "qu’")
        pair = (token.lower_, doc[token.i + 1].lower_) if token.i + 1 < len(doc) else None
        title_tail = pair in TITLE_TAILS or (  # "le secrétaire | à la communication"
            token.lower_ in ("à", "au", "aux") and bool(window) and TITLE_TO.fullmatch(window[-1].lower_))
        complement = (token.pos_ == "VERB" and not _participle_of_noun(token)) or (
            token.pos_ == "ADP" and token.lower_ not in ("de", "du", "des", "d'", "d’") and not title_tail)
        if stop or (complement and window):
            break
        window.append(token)
    before = doc[max(verb.sent.start, verb.i - 3):verb.i]
    pronouns = [t for t in [*window[:2], *before]
                if is_pronoun(t) or t.lower_ in ("-t-il", "-t-elle", "-il", "-elle")]
    if pronouns:
        referent = (_clause_subject(extraction, verb, pronouns[-1])
                    or memory.pronoun(extraction, sentence, pronouns[-1].lower_))
        return (referent, None) if referent else None
    if not window:
        return None
    keys = actors_in(extraction, window[0].idx, window[-1].idx + len(window[-1]))
    keys = keys or (person_set_off_after(extraction, window[-1]) if window[-1].lower_ in PERSON_TITLES
                    else [])  # "a souligné la commissaire | contre la corruption, X,"
    if keys:
        people = [k for k in keys if extraction.actors[k].kind == "Person"]
        people = people or person_set_off_after(extraction, window[-1])
        people = [k for k in people if not _title_complement(  # "a plaidé Me X, l'avocate de M. Y": not Y
            extraction, k, window[0].idx, window[-1].idx + 1)] or people
        key = people[-1] if people else keys[0]
        return key, title_of(extraction, window, key)
    if unnamed_member_words(window):
        return None  # "», raconte un ancien salarié de la société,": not the company's words
    for token in window:
        spoken_for = stand_in(extraction, token, memory)
        if spoken_for:
            return spoken_for, None
    return None


def _aside_end(verb: Token) -> int:
    """Past an aside set off by commas right after the verb and its time ("», résume, depuis son
    bureau, X", "», a lancé mercredi, à la sortie de l'audience, X"): the index after its closing
    comma; else 0."""
    doc = verb.doc
    at = verb.i + 1
    while at + 1 < verb.sent.end and (doc[at].lower_ in TIME_WORDS or (
            doc[at].lower_ in ("ce", "cette") and doc[at + 1].lower_ in TIME_WORDS)):
        at += 1
    if at >= verb.sent.end or doc[at].text != ",":
        return 0
    closing = next((t.i for t in doc[at + 1:verb.sent.end] if t.text in ",.;:!?"), None)
    return closing + 1 if closing is not None and doc[closing].text == "," else 0


def _mention_spans(extraction: Extraction) -> list[tuple[int, int]]:
    return [(m.start, m.end) for a in extraction.actors.values() for m in a.mentions]


def _unnamed_inverted(extraction: Extraction, verb: Token) -> str:
    """An incise's subject that names nobody: "deux d'entre eux", "l'un d'eux", "plusieurs
    salariés", "un ancien employé" (a count or an indefinite, with no actor in it): its noun (or
    its first word); else ""."""
    following = [t for t in verb.doc[verb.i + 1:verb.sent.end] if t.lower_ not in TIME_WORDS]
    if following and following[0].lower_ in ADDRESSEE_WORDS:  # "a confirmé à La Presse une source"
        past = addressee_end(following[0], _mention_spans(extraction))
        following = [t for t in following if t.i >= past]
    if not following:
        return ""
    first = following[1] if following[0].lower_ in ("l'", "l’") and len(following) > 1 else following[0]
    if not (first.lower_ in UNITS or first.lower_ in _INDEFINITES or first.like_num):
        return ""
    end = next((t.idx for t in following if t.is_punct and t.text in ".;:!?"), verb.sent.end_char)
    if actors_in(extraction, first.idx, end):
        return ""
    noun = next((t for t in following[:4] if t.pos_ == "NOUN"), first)
    return str(noun.lower_)


#: indefinite determiners of an unnamed subject: "plusieurs salariés", "certains élus"
_INDEFINITES = frozenset({"plusieurs", "certains", "certaines", "quelques"})


def _clause_subject(extraction: Extraction, verb: Token, pronoun: Token) -> str | None:
    """"Le parquet a ouvert une enquête, a-t-il annoncé": an inverted pronoun closing a clause is
    that clause's subject, when it names an actor of the pronoun's gender."""
    gender = set(pronoun.morph.get("Gender"))
    if any(t.text in ("»", "”") for t in verb.doc[verb.sent.start:verb.i]):
        return None  # "... Ils votent pour nous », a-t-il martelé": the clause is the quote's
    for token in verb.sent:
        if token.i >= verb.i or quoted(token):
            break
        if token.dep_ == "nsubj" and token.head.pos_ in ("VERB", "AUX") and token.head.i < verb.i:
            found = actor_of_phrase(extraction, token)
            agrees = not gender or not token.morph.get("Gender") or gender & set(token.morph.get("Gender"))
            return found[0] if found and agrees else None
    return None


def _participle_of_noun(token: Token) -> bool:
    """"le procureur chargé du dossier, X": a past participle qualifying the noun before it."""
    previous = token.doc[token.i - 1] if token.i > 0 else None
    return bool("Part" in token.morph.get("VerbForm") and "Past" in token.morph.get("Tense")
                and previous is not None and previous.pos_ in ("NOUN", "ADJ", "PROPN"))
