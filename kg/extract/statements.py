"""Statements: who said what, when — direct quotes, reported speech, and "selon X" attributions.

Reads the parse and the actors of an extraction and appends :class:`~kg.extract.facts.Statement`
facts. ``text`` is verbatim: the words inside the quotation marks for direct speech, the reported
clause (after "que") or the object of a stance verb ("a démenti toute ingérence") for indirect
speech, the attributed clause for "selon X". The evidence is the sentence (or sentences, for a
quote that spans several) the statement was read from.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.attributions import selon, trailing_selon
from kg.extract.bare_quotes import inner_incise, introduced_speaker, taken_up
from kg.extract.complements import (
    coordinated,
    infinitive_complement,
    present_participle,
    reflexive_de,
)
from kg.extract.facts import Evidence, Extraction, Statement
from kg.extract.furniture import heading_spans
from kg.extract.lexicon import MONTHS, key
from kg.extract.lexicon_speech import (
    FAIRE_DIRE,
    INFINITIVE_VERBS,
    MIN_QUOTE_WORDS,
    NO_COMMENT,
    NOT_SAYING,
    SAID_WHEN_NEGATED,
    STANCE_VERBS,
    TIME_WORDS,
)
from kg.extract.memory import SpeakerMemory
from kg.extract.phrases import actor_of_phrase
from kg.extract.quote_verbs import naming_verb, verb_before_aside, verb_right_before
from kg.extract.quotes import Quote
from kg.extract.reported_spans import colon_clause, reported_clause, stance_phrase
from kg.extract.reporting_verbs import (
    between_quote_and_verb,
    denial_follows,
    mistagged_present,
    present_lemma,
    reporting,
    verb_lemma,
)
from kg.extract.speakers import (
    negated,
    own_subject,
    speaker_of,
    subject_of,
)
from kg.extract.spoken_quotes import spoken_quotes
from kg.extract.statement_context import continuation, labelled_quote, role_of
from kg.extract.subjects import note_subjects
from kg.extract.when import FOOTNOTE_CALL, date_of

Token = Any  # spaCy Token
Sentence = Any  # spaCy Span


def find_statements(extraction: Extraction) -> None:
    """The pipeline step: append every statement of the article, in text order."""
    doc = extraction.doc
    quotes = spoken_quotes(extraction)
    memory = SpeakerMemory()
    seen: set[tuple[str, str]] = set()
    body, headings = extraction.article.body, heading_spans(extraction.article.body)

    def add(statement: Statement | None, number: int) -> bool:
        if statement is None or (statement.speaker, statement.text) in seen:
            return False
        at = body.find(statement.text, statement.evidence.start)
        if any(start <= at < end for start, end in headings):
            return False  # "18h52 : La CNE promet des résultats d'ici jeudi": a heading tells no words
        if any(phrase in statement.text.lower() for phrase in NO_COMMENT):
            return False  # a refusal to comment says nothing
        if statement.direct and _inside_reported(extraction, statement):
            return False  # "a affirmé que la Russie « ne s'ingère jamais »": one statement
        seen.add((statement.speaker, statement.text))
        extraction.statements.append(statement)
        memory.remember(statement.speaker, number)
        return True

    for number, sentence in enumerate(doc.sents):
        found = False
        candidates = _candidates(sentence, quotes)
        for _, kind, item in candidates:
            if kind == "quote":
                found |= add(_direct(extraction, sentence, item, memory, number), number)
            else:
                found |= add(_indirect(extraction, sentence, item, memory, number, quotes), number)
        if not found:
            found |= add(selon(extraction, sentence, memory), number)
            for _, kind, item in candidates if found else []:  # "Pour X, A : ...,
                if kind == "quote":  # estime-t-il, « B »": "il" of the incise is X, now remembered
                    add(_direct(extraction, sentence, item, memory, number), number)
        if not found:
            add(trailing_selon(extraction, sentence, memory), number)
        note_subjects(extraction, sentence, memory)


def _opens_with_term(text: str) -> bool:
    """Whether a reported clause opening on guillemets quotes only a term and goes on past it ("que
    « des puissances extérieures » testaient ..."): the clause is the statement, not the quote."""
    close = next((i for i, c in enumerate(text) if c in "»”\"" and i > 0), None)
    return close is not None and len(text[1:close].split()) < MIN_QUOTE_WORDS \
        and len(text[close + 1:].split()) >= 2


def _inside_reported(extraction: Extraction, quote: Statement) -> bool:
    """Whether a quote lies inside the words of an indirect statement already read."""
    body = extraction.article.body
    at = body.find(quote.text, quote.evidence.start)
    for other in extraction.statements:
        if other.direct or other.evidence.start > at:
            continue
        start = body.find(other.text, other.evidence.start)
        if start >= 0 and start <= at and at + len(quote.text) <= start + len(other.text):
            return True
    return False


def _candidates(sentence: Sentence, quotes: list[Quote]) -> list[tuple[int, str, Any]]:
    """Quotes starting in the sentence and reporting verbs outside quotes, in text order."""
    inside = [(q.start, "quote", q) for q in quotes if sentence.start_char <= q.start < sentence.end_char]
    verbs = [
        (t.idx, "verb", t) for t in sentence
        if reporting(t) and (not negated(t) or verb_lemma(t) in SAID_WHEN_NEGATED)
        and not any(q.start <= t.idx < q.end for q in quotes)
    ]
    return sorted(inside + verbs, key=lambda c: c[0])


def _direct(
    extraction: Extraction, sentence: Sentence, quote: Quote, memory: SpeakerMemory, number: int
) -> Statement | None:
    doc = sentence.doc
    body = extraction.article.body
    after: list[Token] = []
    for token in doc[sentence.start:]:
        if token.idx < quote.end or (token.is_space and not after):
            continue
        if token.text in (".", "!", "?") or len([t for t in after if not between_quote_and_verb(t)]) == 5:
            break
        if not after and _closed(body, quote) and token.text[:1].isupper():
            break  # « ... seule. » Le mouvement avait déclaré: the next sentence has its own verb
        after.append(token)
    verb = next((t for t in after if reporting(t)), None)
    if verb is None:
        before = [t for t in sentence if t.idx < quote.start]
        verb = verb_right_before(before) or _colon_predicate(before) or verb_before_aside(before) \
            or naming_verb(before)
    if verb is None:
        verb = inner_incise(doc, quote) or taken_up(sentence, quote)  # "« A, poursuit-il, B »"
    if verb is None:
        return labelled_quote(extraction, quote) or _continued_quote(extraction, sentence, quote, memory) \
            or _introduced_quote(extraction, sentence, quote, memory, number)
    memory.person_only = _FIRST_PERSON.search(body, quote.inner_start, quote.inner_end) is not None
    try:
        speaker = _speaker(extraction, verb, memory, number)
    finally:
        memory.person_only = False
    if speaker is None:
        return None
    end = max(verb.sent.end_char, quote.end)
    start = min(sentence.start_char, verb.sent.start_char)
    continued, previous = continuation(extraction, speaker[0], start, verb=verb)
    date = date_of(extraction, start, end, verb, content=(quote.start, quote.end),
                   fallback=previous, continued=continued, actor=speaker[0])
    return Statement(
        speaker=speaker[0], text=body[quote.inner_start:quote.inner_end],
        evidence=Evidence.trimmed(extraction.article, start, end), direct=True, date=date,
        speaker_role=role_of(extraction, speaker),
    )


#: a footnote call ending a reported clause: "... des formats éphémères (2)" (not the words said)
_FOOTNOTE_CALL = re.compile(rf"\s*{FOOTNOTE_CALL.pattern}$")

#: words of the first person singular: who says them is a person
_FIRST_PERSON = re.compile(r"(?i)\b(?:je|j['’]|moi|mon|ma|mes|m['’])(?=\W)")


def _closed(body: str, quote: Quote) -> bool:
    """Whether the quote ends its own sentence inside its marks ("... seule. »")."""
    return body[quote.inner_start:quote.inner_end].rstrip().endswith((".", "!", "?", "…"))


def _speaker(extraction: Extraction, verb: Token, memory: SpeakerMemory,
             number: int) -> tuple[str, str | None] | None:
    """The speaker of ``verb``; a verb coordinated with an earlier one of the sentence ("a nié ...
    et a dénoncé ...") has the same speaker, whatever the parse hangs on it."""
    if coordinated(verb) and memory.last_sentence == number and memory.last_speaker:
        return memory.last_speaker, None
    found = speaker_of(extraction, verb, memory, number)
    if found is None and present_participle(verb) and verb.doc[verb.i - 1].text == ",":
        root = verb.sent.root  # "L'ONG X réclame une enquête, estimant que": the main clause's subject
        head = subject_of(root) if root.pos_ in ("VERB", "AUX") else root  # (or the noun the parse
        found = actor_of_phrase(extraction, head) if head is not None else None  # misreads as root)
    if found is None and memory.last_speaker and _narrative_infinitive(verb):
        return memory.last_speaker, None  # "Et d'ajouter : « ... »"
    return found


def _continued_quote(
    extraction: Extraction, sentence: Sentence, quote: Quote, memory: SpeakerMemory
) -> Statement | None:
    """A quote standing alone right after a quote of the same paragraph continues its speaker's
    words: « ... », a déclaré X. « ... »"""
    body = extraction.article.body
    previous = extraction.statements[-1] if extraction.statements else None
    if previous is None or not previous.direct:
        return None
    same_sentence = previous.evidence.start <= quote.start < previous.evidence.end
    between = body[previous.evidence.end:quote.start]
    right_after = quote.start == sentence.start_char and not between.strip()
    if not (same_sentence or right_after):
        return None
    end = sentence.end_char
    return Statement(
        speaker=previous.speaker, text=body[quote.inner_start:quote.inner_end],
        evidence=Evidence.trimmed(extraction.article, sentence.start_char, max(end, quote.end)), direct=True,
        date=previous.date, speaker_role=previous.speaker_role,
    )


def _introduced_quote(
    extraction: Extraction, sentence: Sentence, quote: Quote, memory: SpeakerMemory, number: int
) -> Statement | None:
    """A quote standing as a sentence after one about a person: "X a reçu RFI mercredi. « ... »"."""
    found = introduced_speaker(extraction, sentence, quote, memory, number)
    if found is None:
        return None
    speaker, previous = found
    body = extraction.article.body
    return Statement(
        speaker=speaker, text=body[quote.inner_start:quote.inner_end], direct=True,
        evidence=Evidence.trimmed(extraction.article, sentence.start_char, max(sentence.end_char, quote.end)),
        date=date_of(extraction, previous.start_char, quote.start, previous.root, actor=speaker),
    )


def _colon_predicate(tokens: list[Token]) -> Token | None:
    """The predicate of the clause a colon ends right before the quote: its subject says the quote
    ("La ministre a été claire : « ... »", "Son avocat tranche sans détour : « ... »")."""
    if len(tokens) < 3 or tokens[-1].text != ":":
        return None
    # "Il dément que X : « ... »": the one who reports the clause says the quote that follows it
    reported = [t for t in tokens if reporting(t) and not negated(t) and reported_clause(t.sent, t)]
    if reported:
        return reported[-1]
    predicates = [t for t in tokens[:-1] if _predicate(t)]
    predicate = predicates[-1] if predicates else None
    # "X ne décolère pas : « ... »", "ne mâche pas ses mots :": a negated stance, not a denied saying
    if predicate is None or (negated(predicate) and reporting(predicate)):
        return None
    colon = tokens[-1].i  # a verb of the quote the parse hangs on the predicate is not the predicate's
    said = {verb_lemma(predicate),
            *(verb_lemma(c) for c in predicate.children if c.dep_ == "xcomp" and c.i < colon)}
    return None if said & NOT_SAYING else predicate


def _predicate(token: Token) -> bool:
    """A finite verb, or a participle or adjective with its auxiliary or copula ("a été claire"), or
    a lowercase word with a subject and a verb's lemma, whatever its tag ("Son directeur, X, assume :")."""
    if token.pos_ == "VERB" and "Fin" in token.morph.get("VerbForm"):
        return True
    verbal = token.lemma_.endswith("er") or present_lemma(token.lower_) is not None  # "X nuance :"
    if token.text.islower() and token.pos_ in ("PROPN", "NOUN") and verbal \
            and any(c.dep_ == "nsubj" for c in token.children):
        return True
    if token.pos_ != "VERB" and mistagged_present(token):
        return True  # "Le chercheur X nuance : « ... »", parsed as an adjective of "chercheur"
    supported = any(c.dep_ in ("aux", "aux:tense", "cop") for c in token.children)
    if token.pos_ == "NOUN" and token.text.islower() and any(c.dep_ == "cop" for c in token.children):
        return not any(c.dep_ == "det" for c in token.children)  # "est catégorique": an adjective
    participle = token.pos_ == "NOUN" and token.text.islower() and token.lower_.endswith(("é", "i", "u")) \
        and any(c.dep_ == "aux:tense" for c in token.children)  # "a botté en touche :", tagged a noun
    return (token.pos_ in ("VERB", "ADJ") and supported) or participle


def _indirect(
    extraction: Extraction, sentence: Sentence, verb: Token, memory: SpeakerMemory, number: int,
    quotes: list[Quote],
) -> Statement | None:
    if "Inf" in verb.morph.get("VerbForm") and not (_narrative_infinitive(verb) or _faire_dire(verb)):
        return None  # "pour réfuter ces accusations": a purpose, not words said
    if any(c.dep_ == "aux:pass" for c in verb.children) and not any(
            c.dep_.startswith("expl") or c.lower_ in ("se", "s'", "s’") for c in verb.children):
        return None  # "Il sera jugé le 12 mai": what is done to the subject, not what it says
    span = reported_clause(sentence, verb)
    content = span
    if span is None and verb_lemma(verb) in INFINITIVE_VERBS:
        span = content = infinitive_complement(sentence, verb)
    if span is None:
        span = content = reflexive_de(sentence, verb) or colon_clause(sentence, verb)
    if span is None:
        span = _incise(sentence, verb)
        content = span
        # « ... », a précisé X: the quote is the statement, read as direct speech (when it ends the
        # clause or fills most of it; not "X sont poursuivis pour « abus de biens sociaux » et
        # « faux », a indiqué Y")
        covered = sum(max(0, min(q.end, span[1]) - max(q.start, span[0])) for q in quotes) if span else 0
        closing = span is not None and any(span[0] < q.end and 0 <= span[1] - q.end <= 2 for q in quotes)
        if span is not None and (closing or covered * 2 > span[1] - span[0]):
            return None
    if span is None and verb_lemma(verb) in STANCE_VERBS:
        span = stance_phrase(sentence, verb)  # its time words date the saying: not content
        if span is not None and _object_is_a_quote(sentence, verb, quotes):
            return None
    if span is None:
        return None
    body = extraction.article.body
    text = _FOOTNOTE_CALL.sub("", body[span[0]:span[1]].strip().rstrip(".;:,")).strip()
    at = body.find(text, span[0])  # a quotation read as such says itself (not one too short to be:
    quoted = text[:1] in "«“\"" and any(q.start <= at < q.end for q in quotes)  # "que « X suivront »")
    if len(text.split()) < 2 or (quoted and not _opens_with_term(text)):
        return None
    speaker = _speaker(extraction, verb, memory, number)
    if speaker is None and (_narrative_infinitive(verb) or _continuing_participle(verb, memory, number)):
        speaker = (memory.last_speaker, None) if memory.last_speaker else None
    if speaker is None and present_participle(verb) and _in_last_statement(extraction, verb):
        last = extraction.statements[-1]  # « A. B », a-t-il déclaré, précisant que ...: past the quote's
        speaker = (last.speaker, None)  # full stop, the participle goes on with its speaker
    if speaker is None:
        return None
    start, end = sentence.start_char, sentence.end_char
    continued, previous = continuation(extraction, speaker[0], start, verb=verb)
    date = date_of(extraction, start, end, verb, content=content,
                   fallback=previous, continued=continued, actor=speaker[0])
    return Statement(
        speaker=speaker[0], text=text, evidence=Evidence.trimmed(extraction.article, start, end),
        direct=False, date=date, speaker_role=role_of(extraction, speaker),
    )


def _object_is_a_quote(sentence: Sentence, verb: Token, quotes: list[Quote]) -> bool:
    """"a dénoncé « une campagne ... »", "a dénoncé à l'Assemblée nationale « ... »": the quote
    after the verb (past adverbs, time words and a prepositional phrase) is the statement itself."""
    following = [t for t in sentence if t.i > verb.i]
    in_phrase = False
    while len(following) > 2 and following[0].lower_ == "le" and following[1].like_num \
            and key(following[2].text) in MONTHS:
        del following[:3 + (len(following) > 3 and following[3].like_num)]  # "a promis le 30 octobre de"
    while following and (following[0].pos_ in ("ADV", "ADJ") or following[0].lemma_ in TIME_WORDS
                         or (following[0].pos_ == "NOUN" and following[0].dep_ == "obl:mod")
                         or following[0].pos_ == "ADP"
                         or (in_phrase and following[0].pos_ in ("DET", "NOUN", "PROPN", "NUM"))
                         or (following[0].text == ":" and len(following) > 1)):  # "à Channel 5 : « ... »"
        in_phrase = in_phrase or following[0].pos_ == "ADP"
        following.pop(0)
    return bool(following) and any(q.start == following[0].idx for q in quotes)


def _incise(sentence: Sentence, verb: Token) -> tuple[int, int] | None:
    """"Le parquet a ouvert une enquête, a indiqué son porte-parole.": the clause before the
    comma that precedes a reporting verb whose subject follows it."""
    before = [t for t in sentence if t.i < verb.i]
    inverted = [t for t in before[-3:] if t.pos_ == "PRON" and t.text.startswith("-")]  # "a-t-il"
    while before and (before[-1].dep_.startswith("aux") or before[-1] in inverted):
        before.pop()
    if len(before) < 4 or before[-1].text != ",":
        return None
    participle = "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense")
    if before[-1].i == verb.i - 1 and participle:
        return None  # "une enquête, confiée à la PLCC": a participle without auxiliary reports nothing
    if verb.lower_.endswith("ant") and "Part" in verb.morph.get("VerbForm"):
        return None  # "X a nié toute implication, assurant ...": the words come after, not before
    if denial_follows(verb):
        return None  # "Le LPRP, petit parti ..., dément toute implication": an object, no subject
    subject = own_subject(verb)  # (an inverted pronoun is the subject, whatever the parse hangs on it:
    if subject is not None and subject.i < verb.i and not inverted:  # "Cet argent relève ..., a-t-il dit")
        return None
    after = next((t for t in verb.doc[verb.i + 1:verb.sent.end]
                  if t.lower_ not in TIME_WORDS and not t.is_space), None)
    if after is not None and after.text in ("«", "“") and not inverted:
        return None  # "X, le parti Y, a dénoncé mardi « ... »": its object is quoted, no subject after it
    if before[-2].ent_type_ and not any(t.pos_ in ("VERB", "AUX") and not t.ent_type_ for t in before):
        return None  # "Le directeur de X, Dilshan Perera, a nié": a name the tagger takes for a verb
    if before[-2].lower_ in _DETACHED and before[-3].text == ",":
        return None  # "L'ACN, elle, a démenti": the subject, set off, then taken up by a pronoun
    relative = next((i for i, t in enumerate(before) if "Rel" in t.morph.get("PronType")
                     and not _including(before[i:])), None)
    if relative is not None and not any(_predicate(t) for t in before[:relative]) \
            and sum("Fin" in t.morph.get("VerbForm") for t in before[relative:]) < 2:
        return None  # "Le PAM, parti dont plusieurs élus ont partagé ces vidéos, a nié": a subject
        # (but "X et un comptable dont l'identité n'a pas été rendue publique sont poursuivis, a
        # indiqué le parquet": a second finite verb is the main clause's, after the relative's)
    clause = [t for t in before[:-1] if t.idx >= _clause_start(before)]
    if clause and clause[0].pos_ == "ADP" and not any(t.pos_ in ("VERB", "AUX") for t in clause):
        return None  # "Dans un pays de 34 000 habitants, estime-t-il, « ... »": a frame, not words said
    start = sentence.start_char
    return int(start), int(before[-1].idx)


def _clause_start(before: list[Token]) -> int:
    """Where the stretch before an incise starts: past a colon ("A : dans X, estime-t-il")."""
    colons = [int(t.idx) + 1 for t in before[:-1] if t.text == ":"]
    return colons[-1] if colons else int(before[0].idx)


def _including(tokens: list[Token]) -> bool:
    """"Quatre personnes, dont un ancien député, ont été inculpées": "dont" with no verb before the
    next comma names some of them, it opens no relative clause."""
    phrase = next((tokens[:i] for i, t in enumerate(tokens) if t.text == ","), tokens)
    return tokens[0].lower_ == "dont" and not any(t.pos_ in ("VERB", "AUX") for t in phrase)


#: pronouns that take up a subject set off by commas: "L'ACN, elle, a démenti"
_DETACHED = frozenset({"elle", "lui", "eux", "elles"})


def _faire_dire(verb: Token) -> bool:
    """"a fait savoir que", "a fait valoir que": the infinitive carries the saying; so does the
    infinitive of "se borner à", "se contenter de", "tenir à" ("on se borne à rappeler que")."""
    doc = verb.doc
    if verb.i > 1 and doc[verb.i - 1].lower_ in ("à", "de") and doc[verb.i - 2].lower_.startswith(_ONLY):
        return doc[verb.i - 1].lower_ == "à" or not doc[verb.i - 2].lower_.startswith("ten")  # not "tenus de"
    return bool(verb.i > 0 and verb.doc[verb.i - 1].lemma_ == "faire" and verb.lemma_ in FAIRE_DIRE)


#: "se borne à", "se contentent de", "s'est limité à", "a tenu à préciser", "tient à rappeler"
_ONLY = ("born", "content", "limit", "tenu", "tien", "tenai")


def _continuing_participle(verb: Token, memory: SpeakerMemory, number: int) -> bool:
    """"..., a indiqué X, précisant que ...": a present participle goes on with the sentence's speaker."""
    return present_participle(verb) and memory.last_sentence == number


def _in_last_statement(extraction: Extraction, verb: Token) -> bool:
    """Whether ``verb`` stands in the sentences the last statement was read from."""
    last = extraction.statements[-1] if extraction.statements else None
    return last is not None and last.evidence.start <= verb.idx < last.evidence.end


_DE = frozenset({"de", "d'", "d’"})


def _narrative_infinitive(verb: Token) -> bool:
    """"Et de promettre des mesures", "Avant d'ajouter : « ... »": an infinitive that continues the
    last speaker's words."""
    doc, first = verb.doc, verb.sent.start
    if "Inf" not in verb.morph.get("VerbForm") or verb.i < 1 or doc[verb.i - 1].lower_ not in _DE:
        return False
    return bool(verb.i - 1 == first or (verb.i - 2 == first and doc[first].lower_ in ("et", "avant")))
