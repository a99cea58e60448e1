"""Investigations: a sentence naming an investigation ("l'enquête menée par le procureur X"); its
investigator is the actor it is led by, if any. Its key is the investigator's, so articles about the
same body's investigation describe one resource; an investigation without an investigator is keyed to
its article."""

from __future__ import annotations

from typing import Any

from kg.extract.actors import actor_at, actors_in
from kg.extract.facts import Evidence, Extraction, Investigation, trim_span
from kg.extract.furniture import heading_spans
from kg.extract.lexicon_events import INVESTIGATION_NOUNS, LEAD_PATTERN, LEAD_VERBS, NOT_REAL_CUES
from kg.extract.lexicon_speech import ORGANISATION_DESCRIPTORS, PERSON_TITLES, TIME_WORDS
from kg.extract.memory import SpeakerMemory
from kg.extract.phrases import actor_of_phrase
from kg.extract.referents import relative_antecedent
from kg.extract.reporting_verbs import aside_auxiliary
from kg.extract.speakers import is_pronoun, subject_of
from kg.extract.stand_ins import descriptor_of

Sentence = Any  # spaCy Span
Token = Any  # spaCy Token

_LEADERS = ("Person", "GovernmentBody", "Organisation")


def find_investigations(extraction: Extraction) -> None:
    """Append the investigations the article tells of (not in its headings: "Une enquête à Vilnius")."""
    headings = heading_spans(extraction.article.body)
    for sentence in extraction.doc.sents:
        if not any(s <= sentence.start_char < e for s, e in headings):
            _investigation(extraction, sentence)
    _merge_unnamed_investigations(extraction)


def _merge_unnamed_investigations(extraction: Extraction) -> None:
    """"L'enquête" mentioned without its investigator is one of the named ones ("Une seconde
    enquête vise ..." in the lead), when the article has any."""
    named = [i for i in extraction.investigations if i.investigator or _another(extraction, i)]
    if any(i.investigator for i in named):
        extraction.investigations[:] = named


def _another(extraction: Extraction, investigation: Investigation) -> bool:
    """Whether an investigation without investigator is told opened as another one ("une seconde
    enquête a été ouverte le 27 mai"): not one of the named ones (as "Une seconde enquête vise X"
    in the lead may be)."""
    sentence = extraction.sentence_at(investigation.evidence.start)
    noun = _investigation_noun(sentence) if sentence is not None else None
    return noun is not None and any(c.lower_ in _ANOTHER for c in noun.children) \
        and noun.head.lemma_ in LEAD_VERBS


_ANOTHER = frozenset({"seconde", "second", "deuxième", "autre", "troisième", "nouvelle", "distincte",
                      "parallèle"})


def _investigation(extraction: Extraction, sentence: Sentence) -> None:
    start, end = trim_span(extraction.article.body, sentence.start_char, sentence.end_char)
    for noun in _investigation_nouns(sentence):
        investigator = _investigator(extraction, sentence, noun)
        key = f"enquete-{investigator}" if investigator else f"enquete-{extraction.article.key}"
        evidence = Evidence.span(extraction.article, start, end)
        known = next((i for i in extraction.investigations if i.key == key), None)
        if known is not None:
            if noun.head.lemma_ == "ouvrir" and _merely_named(extraction, known):
                known.evidence = evidence  # "Le parquet enquête" in the lead; "a ouvert une enquête" after
            continue
        extraction.investigations.append(Investigation(key=key, investigator=investigator, evidence=evidence))


def _merely_named(extraction: Extraction, investigation: Investigation) -> bool:
    """Whether an investigation was read where nobody opens or leads it ("Le parquet enquête, mais
    ..." in the lead): a later sentence telling its opening is the better evidence."""
    sentence = extraction.sentence_at(investigation.evidence.start)
    noun = _investigation_noun(sentence) if sentence is not None else None
    return noun is not None and noun.head.lemma_ not in LEAD_VERBS and noun.lemma_ not in _OPENINGS


def _entrusted(extraction: Extraction, sentence: Sentence, verb: Token) -> str | None:
    """The first actor named after the "à" of "confier une enquête à X"."""
    to = next((t for t in sentence if t.i > verb.i and t.lower_ in ("à", "au", "aux")), None)
    if to is None:
        return None
    named = [k for k in actors_in(extraction, to.idx, sentence.end_char)
             if extraction.actors[k].kind in (*_LEADERS, "Company")]
    return named[0] if named else None


def _internal(noun: Token) -> bool:
    """"une enquête interne": one a company leads into itself."""
    return any(c.lower_ in ("interne", "internes") for c in noun.children)


def _investigation_nouns(sentence: Sentence) -> list[Token]:
    """The real investigation nouns of the sentence: the first, and any later one its own verb
    opens ("elle a ouvert une enquête, avant de transmettre le dossier à la police, qui a ouvert sa
    propre enquête")."""
    first = _investigation_noun(sentence)
    if first is None:
        return []
    later = [t for t in sentence if t.i > first.i and t.lemma_ in INVESTIGATION_NOUNS
             and t.head.lemma_ in LEAD_VERBS and t.dep_ == "obj" and t.head.i > first.head.i]
    return [first, *later[:1]]


def _in_a_name(sentence: Sentence, token: Token) -> bool:
    """Whether ``token`` is a word inside a capitalised name that runs on past it."""
    doc = sentence.doc
    inside = token.i > sentence.start and token.i + 1 < sentence.end and token.ent_iob_ == "I" \
        and doc[token.i + 1].ent_iob_ == "I"
    return inside and any(t.text[:1].isupper() for t in doc[max(sentence.start, token.i - 3):token.i])


def _investigation_noun(sentence: Sentence) -> Token | None:
    """A singular investigation noun that is a real one: not "la directrice des enquêtes", not
    "sans confirmer l'ouverture d'une enquête", not "réclame une enquête"."""
    for token in sentence:
        if token.lemma_ in ("information", "procédure") and token.i + 1 < sentence.end \
                and sentence.doc[token.i + 1].lower_ in ("judiciaire", "pénale") \
                and (token.lemma_ == "information" or token.head.lemma_ in LEAD_VERBS):
            return token  # "une information judiciaire", "a ouvert une procédure pénale"
        if token.lemma_ == "enquêter" and token.pos_ == "VERB":
            return token
        if token.lemma_ not in INVESTIGATION_NOUNS or token.text.isupper():
            continue  # "ENQUÊTE.": a rubric, not an investigation
        if _in_a_name(sentence, token):
            continue  # "le Service d'investigation criminelle": a body's name, no investigation told
        # "a lancé des investigations" (not "qui dirige les enquêtes", a post)
        opened = token.dep_ == "obj" and token.head.lemma_ in LEAD_VERBS and any(
            c.dep_ == "det" and c.lower_ == "des" for c in token.children)
        if "Plur" in token.morph.get("Number") and not _led(sentence, token) and not opened:
            continue  # "les enquêtes" in general; "les enquêtes menées par X" are real ones
        of = sentence.doc[token.i - 1].lower_ in ("d'", "d’") or (
            sentence.doc[token.i - 1].lower_ in ("l'", "l’") and sentence.doc[token.i - 2].lower_ == "de")
        if token.lower_ == "instruction" and of:
            continue  # "le juge d'instruction", "la chambre de l'instruction": titles, no investigation told
        if of and sentence.doc[token.i - 2].lower_ in _BODIES_OF_INQUIRY:
            continue  # "le tribunal d'enquête d'Al-Karkh", "la brigade d'enquête": a body, no investigation
        before = sentence.doc[max(sentence.start, token.i - 6):token.i]
        if any(t.lower_.startswith(NOT_REAL_CUES)
               and not (t.lower_ in ("notre", "nos") and t.head.i != token.i) for t in before):
            continue  # (not "Selon nos informations, une seconde enquête": only "notre enquête" is ours)
        after = sentence.doc[token.i + 1:min(sentence.end, token.i + 6)]
        ours = any(t.lower_ in ("notre", "nos") for t in after)
        if ours and any(c.lower_ == "cette" for c in token.children):
            continue  # "Cette enquête fait partie de notre série": the article itself
        return token
    return None


def _led(sentence: Sentence, noun: Token) -> bool:
    match = LEAD_PATTERN.search(sentence.doc.text, noun.idx + len(noun), sentence.end_char)
    return match is not None and match.start() <= noun.idx + len(noun) + 2


#: bodies named for inquiring ("le tribunal d'enquête de X"): their name tells no investigation
_BODIES_OF_INQUIRY = frozenset({"tribunal", "tribunaux", "cour", "chambre", "juge", "juges", "brigade",
                                "service", "bureau", "office", "unité", "division", "direction", "cellule",
                                "pôle"})
#: participles of leading verbs, which the tagger may take for adjectives
_LEAD_PARTICIPLES = frozenset({"ouvert", "lancé", "mené", "conduit", "dirigé", "piloté"})
#: nouns for the start of an investigation, whose announcer opened it
_OPENINGS = frozenset({"ouverture", "lancement"})


def _investigator(extraction: Extraction, sentence: Sentence, noun: Token) -> str | None:
    """Who leads it: the subject of "ouvrir/mener/lancer une enquête", the agent of "menée/ouverte
    ... par X", or the actor of "l'enquête du procureur X"."""
    governor = noun.head.head if noun.head.lower_ in TIME_WORDS else noun.head  # "a ouvert dimanche une"
    leading_verb = noun if noun.pos_ == "VERB" else (
        governor if governor.lemma_ in LEAD_VERBS and noun.dep_ == "obj" else None)
    opening = noun.head  # "X a annoncé l'ouverture d'une enquête": X opened it
    if leading_verb is None and opening.lemma_ in _OPENINGS and noun.dep_ == "nmod" \
            and opening.dep_ == "obj" and opening.head.pos_ == "VERB":
        leading_verb = opening.head
    if leading_verb is not None and leading_verb.lemma_ == "confier":
        entrusted = _entrusted(extraction, sentence, leading_verb)
        if entrusted is not None:
            return entrusted  # "l'Assemblée a confié une enquête au cabinet X": X leads it
    if leading_verb is not None:
        subject = subject_of(leading_verb)
        if subject is None and leading_verb.dep_ == "acl" and "Fin" in leading_verb.morph.get("VerbForm"):
            subject = leading_verb.head  # "L'Office central ... (OCLC) mène une enquête": hung on the name
        if subject is not None and subject.lower_ == "qui" and subject.pos_ == "PRON":
            return relative_antecedent(extraction, subject)  # "la police fédérale, qui a ouvert ..."
        if subject is not None and _demonstrative(subject):
            return _last_leader_before(extraction, sentence)  # "... à la Commission X. Celle-ci a ouvert"
        if subject is not None and is_pronoun(subject):  # "X a fait savoir qu'il avait ouvert une enquête"
            opening = _opening_phrase_end(sentence)  # not X of "Saisie par X, elle a ouvert"
            before = [k for k in actors_in(extraction, max(sentence.start_char, opening), subject.idx)
                      if extraction.actors[k].kind in _LEADERS]
            if before:
                return before[-1]
            if opening > sentence.start_char:
                return _previous_subject(extraction, sentence)
        elif subject is not None:
            found = actor_of_phrase(extraction, subject)
            described = descriptor_of(extraction, subject, SpeakerMemory()) if found is None else None
            if found is None and described is None:
                described = _one_body_before(extraction, sentence, subject)
            if described is not None and extraction.actors[described].kind in _LEADERS:
                return described  # "la commission indique avoir ouvert une enquête": the one named before
            titled = _titled_person(extraction, subject, leading_verb)
            if titled is not None:
                return titled  # "le procureur de la République, X, a ouvert": X, not the office
            if found and (extraction.actors[found[0]].kind in _LEADERS or (
                    extraction.actors[found[0]].kind == "Company" and _internal(noun))):
                return found[0]  # (a company leads only its own: "Meta a ouvert une enquête interne")
    subject_first = _subject_before_aside(extraction, sentence, noun)  # a subject the parse lost
    if subject_first:
        return subject_first
    if noun.i > sentence.start and not any(c.dep_ == "det" for c in noun.children):
        previous = sentence.doc[noun.i - 1]  # "le parquet de Prague enquête sur": a verb, mis-tagged
        if previous.text == ")" and noun.i - 4 >= sentence.start:
            previous = sentence.doc[noun.i - 4]  # "La Commission X (CNAC) enquête": past its acronym
        named = actor_at(extraction, previous.idx, previous.idx + len(previous))
        if named and extraction.actors[named].kind in _LEADERS:
            return named
    body = extraction.article.body
    window_end = min(sentence.end_char, noun.idx + 160)
    match = LEAD_PATTERN.search(body, noun.idx, window_end)
    if match is None:
        return _reporting_body(extraction, sentence, noun)
    given = match[0].lower().startswith("confi")  # "confiée au cabinet X": a firm may lead it
    led = [k for k in actors_in(extraction, match.end(), window_end) if extraction.actors[k].kind in _LEADERS
           or (given and extraction.actors[k].kind == "Company")]
    first = [k for k in led
             if any(match.end() <= m.start < match.end() + 60 for m in extraction.actors[k].mentions)]
    people = [k for k in first if extraction.actors[k].kind == "Person"]
    chosen = people or first
    return chosen[0] if chosen else None


def _reporting_body(extraction: Extraction, sentence: Sentence, noun: Token) -> str | None:
    """"Le commissaire de la police de X, Y, a confirmé qu'une enquête avait été ouverte": an
    inquiry opened by no one named, that a public body or its officer reports, is that body's."""
    passive = noun.dep_ == "nsubj:pass" or any(c.dep_ == "aux:pass" for c in noun.head.children)
    que = [t for t in sentence if t.i < noun.i and t.lower_ in ("que", "qu'", "qu’")]
    if not passive or not que:
        return None
    return _one_public_body(extraction, sentence.start_char, que[-1].idx)


def _titled_person(extraction: Extraction, subject: Token, verb: Token) -> str | None:
    """The one person named between a title subject and its verb ("le procureur général, X, a")."""
    if subject.lower_ not in PERSON_TITLES or subject.i > verb.i:
        return None
    people = [k for k in actors_in(extraction, subject.idx, verb.idx)
              if extraction.actors[k].kind == "Person"]
    return people[0] if len(people) == 1 else None


def _one_body_before(extraction: Extraction, sentence: Sentence, subject: Token) -> str | None:
    """"La Haute Autorité X rappelle ... . Le régulateur avait ouvert une enquête", "... qui dirige le
    parquet X. Son service a ouvert une enquête": the one public body the sentence before names, for
    a description of a public body."""
    kinds = ORGANISATION_DESCRIPTORS.get(subject.lower_, frozenset())
    if ("GovernmentBody" not in kinds and subject.lower_ not in _BODIES_OF_INQUIRY) or sentence.start == 0:
        return None
    prior = sentence.doc[sentence.start - 1].sent
    return _one_public_body(extraction, prior.start_char, prior.end_char)


def _one_public_body(extraction: Extraction, start: int, end: int) -> str | None:
    """The public body ``body[start:end]`` names, when it names exactly one."""
    bodies = {k for k in actors_in(extraction, start, end) if extraction.actors[k].kind == "GovernmentBody"}
    return bodies.pop() if len(bodies) == 1 else None


def _subject_before_aside(extraction: Extraction, sentence: Sentence, noun: Token) -> str | None:
    """"Le parquet X a, de son côté, ouvert en septembre une enquête", "X (ACR), l'unité de ..., a
    ouvert jeudi une enquête": the parse loses the verb past the aside; its auxiliary's subject,
    read on the surface, is the actor opening the sentence."""
    doc = noun.doc
    lead = next((t for t in doc[max(sentence.start, noun.i - 8):noun.i]
                 if (t.lemma_ in LEAD_VERBS or t.lemma_ in _OPENINGS or t.lower_ in _LEAD_PARTICIPLES)
                 and not any(v.pos_ in ("VERB", "AUX") for v in doc[t.i + 1:noun.i])),
                None)  # "a annoncé l'ouverture d'une"; "ouvert", tagged an adjective
    if lead is None:
        return None
    auxiliary = next((t for t in reversed(doc[sentence.start:lead.i])
                      if t.lemma_ == "avoir" and "Fin" in t.morph.get("VerbForm")), None)
    # "X, une unité ..., a ouvert", "X a, de son côté, ouvert", "X a par ailleurs ouvert": an aside
    adverbial = auxiliary is not None and 2 <= lead.i - auxiliary.i <= 4 and (all(
        t.pos_ in ("ADV", "ADP") for t in doc[auxiliary.i + 1:lead.i])
        or aside_auxiliary(lead) is not None)  # "a de son côté lancé", "avait pour sa part lancé"
    if auxiliary is None or ("," not in (doc[auxiliary.i - 1].text, doc[auxiliary.i + 1].text)
                             and not adverbial):
        return None
    first = next((t for t in sentence if not t.is_space), None)
    if first is None:
        return None
    start = first.i + (first.pos_ == "DET")
    named = actor_at(extraction, doc[start].idx, doc[start].idx + len(doc[start]))
    return named if named is not None and extraction.actors[named].kind in _LEADERS else None


def _demonstrative(token: Token) -> bool:
    """"Celle-ci", "celui-ci" (one token or three): the last body named."""
    doc = token.doc
    if token.lower_ in ("celle-ci", "celui-ci"):
        return True
    return token.lower_ in ("celle", "celui") and token.i + 2 < len(doc) and doc[token.i + 1].text == "-" \
        and doc[token.i + 2].lower_ == "ci"


def _last_leader_before(extraction: Extraction, sentence: Sentence) -> str | None:
    """The leader named last in the sentence before ``sentence``."""
    previous = [s for s in extraction.doc.sents if s.end_char <= sentence.start_char]
    if not previous:
        return None
    mentions = [(m.start, key) for key, actor in extraction.actors.items() if actor.kind in _LEADERS
                for m in actor.mentions if previous[-1].start_char <= m.start < previous[-1].end_char]
    return max(mentions)[1] if mentions else None


def _opening_phrase_end(sentence: Sentence) -> int:
    """Where a participial or prepositional phrase opening the sentence ends ("Saisie par X, ..."),
    or the sentence's start when there is none."""
    first = sentence[0]
    if first.pos_ not in ("VERB", "ADP") or "Fin" in first.morph.get("VerbForm"):
        return int(sentence.start_char)
    comma = next((t for t in sentence if t.text == ","), None)
    return int(comma.idx) if comma is not None else int(sentence.start_char)


def _previous_subject(extraction: Extraction, sentence: Sentence) -> str | None:
    """The leader the sentence before names as its subject ("L'Autorité X a été la première à
    réagir. Saisie par Y, elle a ouvert une enquête")."""
    previous = [s for s in extraction.doc.sents if s.end_char <= sentence.start_char]
    if not previous:
        return None
    for token in previous[-1]:
        if token.dep_ in ("nsubj", "nsubj:pass"):
            found = actor_of_phrase(extraction, token)
            if found and extraction.actors[found[0]].kind in _LEADERS:
                return found[0]
    return None
