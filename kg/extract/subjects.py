"""What each sentence leaves for the pronouns of later ones: the actors in subject position, a
subject set off and taken up by a pronoun ("Queen Tee, elle, ..."), someone unnamed ("l'un des
créateurs", "L'ancien opérateur, lui, ..."), and the people the sentence names."""

from __future__ import annotations

from typing import Any

from kg.extract.actors import actor_at, actors_in
from kg.extract.facts import Extraction
from kg.extract.memory import SpeakerMemory
from kg.extract.phrases import actor_of_phrase, described_organisation, unnamed_member
from kg.extract.quotes import quoted
from kg.extract.referents import where_one_speaks
from kg.extract.stand_ins import stand_in

Token = Any  # spaCy Token
Span = Any  # spaCy Span


def note_subjects(extraction: Extraction, sentence: Span, memory: SpeakerMemory) -> None:
    """Remember the actors in subject position of ``sentence`` (for later pronouns)."""
    for token in sentence:
        if token.dep_ in ("nsubj", "nsubj:pass") and token.pos_ in ("PROPN", "NOUN"):
            described = described_organisation(extraction, token)
            found = (described, None) if described else actor_of_phrase(extraction, token)
            standing = stand_in(extraction, token, memory) if found is None and token.pos_ == "NOUN" else None
            key = found[0] if found else standing
            if key:  # "L'agence a tenté ... . Elle a proposé": the agency
                # "Le ministère ne l'entend pas ainsi. ... il a rappelé": a description's gender
                # "Son parti, X, ...": an organisation's possessive noun shows its gender too (a
                # person's, "son avocate", the tagger often gets wrong: the name shows it better)
                owned = extraction.actors[key].kind != "Person" and any(
                    c.dep_ == "det" and c.lower_ in ("son", "sa", "leur") for c in token.children)
                definite = token.text.islower() and not quoted(token) and (owned or any(
                    c.dep_ == "det" and c.lower_ in ("le", "la", "l'", "l’") for c in token.children))
                designated = token.morph.get("Gender") if token.pos_ == "NOUN" and definite else []
                memory.note_subject(key, designated[0] if designated else None, owned=owned)
        elif token.dep_ == "nsubj" and token.lower_ == "on":
            place = where_one_speaks(extraction, token)  # "Chez X, on assure ... . L'entreprise dit"
            if place:
                memory.note_subject(place)
        _note_detached(extraction, token, memory)
    _note_named(extraction, sentence, memory)
    _note_cleft(extraction, sentence, memory)
    subject = next((c for c in sentence.root.children if c.dep_ == "nsubj" and c.i < sentence.root.i), None)
    if subject is None and sentence.root.pos_ == "NOUN" and sentence.root.i - sentence.start <= 1:
        subject = sentence.root  # "Une créatrice de X, qui a requis l'anonymat, raconte ...": parsed verbless
    if subject is None and sentence[0].lower_ in ("un", "une") and sentence[0].head.dep_ == "nsubj":
        subject = sentence[0].head  # "Un ancien modérateur de X, ... qui a requis l'anonymat, dit ..."
    # "Un cadre de X lui aurait proposé ...": the one "lui" takes up stays the topic of later pronouns
    topic_kept = any(t.lower_ == "lui" and t.pos_ == "PRON" and t.head == sentence.root and t.i < t.head.i
                     for t in sentence)
    if subject is not None and _unnamed_subject(extraction, subject, memory) and not topic_kept:
        gender = subject.morph.get("Gender")
        memory.unnamed = (memory.noted, gender[0] if gender else None)
    people = [k for k in actors_in(extraction, sentence.start_char, sentence.end_char)
              if extraction.actors[k].kind == "Person"]
    if len(set(people)) == 1 and sentence.root.pos_ == "VERB" \
            and not any(t.dep_.startswith("nsubj") for t in sentence):
        memory.note_subject(people[0])  # a parse that lost the subject: the one person the sentence names
    memory.mentioned[memory.noted] = people
    memory.noted += 1


def _note_named(extraction: Extraction, sentence: Span, memory: SpeakerMemory) -> None:
    """"Cette agence s'appelle Pamir Media Group.": the name given to the subject is the subject."""
    for verb in sentence:
        if verb.lemma_ not in ("appeler", "nommer") or not any(c.dep_ == "nsubj" for c in verb.children) \
                or not any(c.lower_ in ("s'", "s’", "se") for c in verb.children):
            continue
        named = actors_in(extraction, verb.idx + len(verb), sentence.end_char)
        if named:
            memory.note_subject(named[0])


def _note_cleft(extraction: Extraction, sentence: Span, memory: SpeakerMemory) -> None:
    """"C'est la radio publique KNR qui a levé le lièvre.": the actor a cleft sets before "qui" is
    the subject."""
    if len(sentence) < 4 or sentence[0].lower_ not in ("c'", "c’", "ce") \
            or sentence[1].lower_ not in ("est", "sont", "était", "étaient"):
        return
    qui = next((t for t in sentence[2:14] if t.lower_ == "qui" and t.pos_ == "PRON"), None)
    named = actors_in(extraction, sentence[2].idx, qui.idx) if qui is not None else []
    if named:
        memory.note_subject(named[-1])


def _note_detached(extraction: Extraction, token: Token, memory: SpeakerMemory) -> None:
    """"Queen Tee, elle, a surtout des remords.": a subject set off and taken up by a pronoun is
    the topic later pronouns refer to; "L'ancien opérateur, lui, ...": someone no name was given."""
    detached = list(token.doc[token.i + 1:token.i + 4])
    if len(detached) < 3 or [t.text for t in detached[::2]] != [",", ","] \
            or detached[1].lower_ not in ("elle", "lui", "eux", "elles"):
        return
    key = actor_at(extraction, token.idx, token.idx + len(token))
    if token.pos_ == "PROPN" and key:
        memory.note_subject(key)
    elif token.pos_ == "NOUN" and key is None and stand_in(extraction, token, memory) is None:
        memory.unnamed = (memory.noted, "Fem" if detached[1].lower_ in ("elle", "elles") else "Masc")


def _unnamed_subject(extraction: Extraction, subject: Token, memory: SpeakerMemory) -> bool:
    """"l'un des créateurs", "un ancien salarié": an indefinite subject that names no actor."""
    indefinite = subject.lower_ in ("un", "une") or any(
        c.dep_ == "det" and c.lower_ in ("un", "une") for c in subject.children)
    if not indefinite or subject.pos_ not in ("NOUN", "PRON", "NUM") \
            or any(c.dep_ == "case" for c in subject.children):  # "Sur l'un d'eux défilent ...": no subject
        return False
    if unnamed_member(subject):
        return True  # "un ancien modérateur de chaînes Telegram": whoever it is, not Telegram
    first = min(subject.subtree, key=lambda t: t.i)
    last = max(subject.subtree, key=lambda t: t.i)
    return not actors_in(extraction, first.idx, last.idx + len(last)) and (
        subject.pos_ != "NOUN" or stand_in(extraction, subject, memory) is None)
