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

from kg.dates import PartialDate
from kg.extract.actors import actors_in
from kg.extract.facts import Evidence, Extraction, Statement
from kg.extract.lexicon_speech import (
    ATTRIBUTION_MARKERS,
    FAIRE_DIRE,
    INFINITIVE_VERBS,
    NO_COMMENT,
    REPORTING_VERBS,
    STANCE_VERBS,
    TIME_WORDS,
)
from kg.extract.quotes import Quote, find_quotes
from kg.extract.speakers import SpeakerMemory, indicter, negated, note_subjects, speaker_of, stand_in
from kg.extract.when import date_of

Token = Any  # spaCy Token
Sentence = Any  # spaCy Span

_BRIDGE = frozenset({",", ":", "que", "qu'", "qu’", "ainsi", "alors", "encore", "notamment", "-t"})
#: words that may stand between a reporting verb and its "que" or quote: "a affirmé jeudi à la
#: presse que ...", "a déclaré hier : « ... »"
_FILLER_POS = frozenset({"ADV", "ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM", "PUNCT", "PRON"})
_MAX_FILLER = 9
_INVERTED_PRONOUNS = frozenset({"-il", "-elle", "-ils", "-elles", "-on"})


def _is_filler(token: Token) -> bool:
    return bool(token.pos_ in _FILLER_POS and token.text not in (".", "!", "?", "«", "“"))


def find_statements(extraction: Extraction) -> None:
    """The pipeline step: append every statement of the article, in text order."""
    doc = extraction.doc
    quotes = find_quotes(extraction.article.body)
    memory = SpeakerMemory()
    seen: set[tuple[str, str]] = set()

    def add(statement: Statement | None, number: int) -> bool:
        if statement is None or (statement.speaker, statement.text) in seen:
            return False
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
        for _, kind, item in _candidates(sentence, quotes):
            if kind == "quote":
                found |= add(_direct(extraction, sentence, item, memory, number), number)
            else:
                found |= add(_indirect(extraction, sentence, item, memory, number, quotes), number)
        if not found:
            found |= add(_selon(extraction, sentence, memory), number)
        if not found:
            add(_trailing_selon(extraction, sentence, memory), number)
        note_subjects(extraction, sentence, memory)


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
        if reporting(t) and not negated(t)
        and not any(q.start <= t.idx < q.end for q in quotes)
    ]
    return sorted(inside + verbs, key=lambda c: c[0])


def reporting(token: Token) -> bool:
    """Whether ``token`` is a reporting verb; after an inverted subject ("a-t-il martelé", "a-t-elle
    résumé") the word is a past participle whatever the tagger says."""
    if token.pos_ in ("VERB", "AUX"):
        return verb_lemma(token) in REPORTING_VERBS
    previous = token.doc[token.i - 1] if token.i > 0 else None
    if previous is None or previous.lower_ not in _INVERTED_PRONOUNS:
        return False
    text = token.lower_
    forms = (token.lemma_, text[:-1] + "er" if text.endswith("é") else "",
             text + "r" if text.endswith("i") else "")
    return any(form in REPORTING_VERBS for form in forms)


def verb_lemma(token: Token) -> str:
    """The verb's lemma, mended where the lemmatizer leaves a present-tense form as it is
    ("estime" -> "estimer", "affirment" -> "affirmer")."""
    lemma: str = token.lemma_
    if lemma in REPORTING_VERBS or token.pos_ not in ("VERB", "AUX"):
        return lemma
    text = token.lower_
    for candidate in (text + "r", text[:-2] + "r" if text.endswith("ent") else ""):
        if candidate in REPORTING_VERBS:
            return candidate
    return lemma


def _direct(
    extraction: Extraction, sentence: Sentence, quote: Quote, memory: SpeakerMemory, number: int
) -> Statement | None:
    doc = sentence.doc
    body = extraction.article.body
    after: list[Token] = []
    for token in doc[sentence.start:]:
        if token.idx < quote.end:
            continue
        if token.text in (".", "!", "?") or len(after) == 5:
            break
        after.append(token)
    verb = next((t for t in after if reporting(t)), None)
    if verb is None:
        before = [t for t in sentence if t.idx < quote.start]
        verb = _verb_right_before(before)
    if verb is None:
        return _continued_quote(extraction, sentence, quote, memory)
    speaker = speaker_of(extraction, verb, memory, number)
    if speaker is None:
        return None
    end = max(verb.sent.end_char, quote.end)
    start = min(sentence.start_char, verb.sent.start_char)
    continued, previous = _continuation(extraction, speaker[0], start)
    date = date_of(extraction, start, end, verb, content=(quote.start, quote.end),
                   fallback=previous, continued=continued, actor=speaker[0])
    return Statement(
        speaker=speaker[0], text=body[quote.inner_start:quote.inner_end],
        evidence=Evidence.trimmed(extraction.article, start, end), direct=True, date=date,
        speaker_role=_role_of(extraction, speaker),
    )


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


def _filed(extraction: Extraction, speaker: str, start: int, end: int) -> tuple[bool, PartialDate | None]:
    """Words read in the indictment ("selon l'acte d'accusation", "l'acte d'accusation précise")
    are dated by the charges: the date of the sentence where its author brought them."""
    if "acte d'accusation" not in extraction.article.body[start:end].lower().replace("’", "'"):
        return False, None
    found = indicter(extraction, start)
    if found is None or found[0] != speaker:
        return False, None
    verb = found[1]
    return True, date_of(extraction, verb.sent.start_char, verb.sent.end_char, verb)


def _continuation(extraction: Extraction, speaker: str, start: int, *,
                  attribution: bool = False) -> tuple[bool, PartialDate | None]:
    """Whether a statement at ``start`` continues earlier words of its speaker, and their date.

    "Il a ajouté que ..." continues the speaker's statements earlier in the same paragraph (the
    last dated one gives the date; if none is dated, neither is the continuation). An
    ``attribution`` ("Selon le groupe, ...") in the next paragraph continues the statement just
    before it when nobody else spoke in between; otherwise a later paragraph may be another occasion.
    """
    body = extraction.article.body
    end = next((s.end_char for s in extraction.doc.sents if s.start_char <= start < s.end_char), start)
    filed = _filed(extraction, speaker, start, end)
    if filed[0]:
        return filed
    paragraph = body.rfind("\n\n", 0, start) + 1
    same = [s for s in extraction.statements if s.speaker == speaker and s.evidence.start >= paragraph]
    if same:
        dated = [s.date for s in same if s.date is not None]
        return True, dated[-1] if dated else None
    last = extraction.statements[-1] if extraction.statements else None
    previous = body.rfind("\n\n", 0, max(paragraph - 2, 0)) + 1
    if attribution and last is not None and last.speaker == speaker and last.evidence.start >= previous:
        return True, last.date
    return False, None


def _role_of(extraction: Extraction, speaker: tuple[str, str | None]) -> str | None:
    """A role ("porte-parole de ...") belongs to a person; an organisation's descriptor is no role."""
    actor = extraction.actors.get(speaker[0])
    return speaker[1] if actor is not None and actor.kind == "Person" else None


def _verb_right_before(tokens: list[Token]) -> Token | None:
    """A reporting verb separated from the quote only by "que", ":", a time word or a short
    prepositional phrase ("a déclaré hier à la presse : « ... »")."""
    for distance, token in enumerate(reversed(tokens)):
        if reporting(token):
            return token
        if distance >= _MAX_FILLER or not (token.lower_ in _BRIDGE or _is_filler(token)):
            return None
    return None


def _indirect(
    extraction: Extraction, sentence: Sentence, verb: Token, memory: SpeakerMemory, number: int,
    quotes: list[Quote],
) -> Statement | None:
    if "Inf" in verb.morph.get("VerbForm") and not (_narrative_infinitive(verb) or _faire_dire(verb)):
        return None  # "pour réfuter ces accusations": a purpose, not words said
    span = _reported_clause(sentence, verb)
    content = span
    if span is None and verb_lemma(verb) in INFINITIVE_VERBS:
        span = content = _infinitive_complement(sentence, verb)
    if span is None:
        span = _incise(sentence, verb)
        content = span
        if span is not None and any(q.start < span[1] and q.end > span[0] for q in quotes):
            return None  # « ... », a précisé X: the quote is the statement, read as direct speech
    if span is None and verb_lemma(verb) in STANCE_VERBS:
        span = _stance_phrase(sentence, verb)  # its time words date the saying: not content
        if span is not None and _object_is_a_quote(sentence, verb, quotes):
            return None
    if span is None:
        return None
    body = extraction.article.body
    text = body[span[0]:span[1]].strip().rstrip(".;:,").strip()
    if len(text.split()) < 2 or text[:1] in "«“\"":
        return None
    speaker = speaker_of(extraction, verb, memory, number)
    if speaker is None and (_narrative_infinitive(verb) or _continuing_participle(verb, memory, number)):
        speaker = (memory.last_speaker, None) if memory.last_speaker else None
    if speaker is None:
        return None
    start, end = sentence.start_char, sentence.end_char
    continued, previous = _continuation(extraction, speaker[0], start)
    date = date_of(extraction, start, end, verb, content=content,
                   fallback=previous, continued=continued, actor=speaker[0])
    return Statement(
        speaker=speaker[0], text=text, evidence=Evidence.trimmed(extraction.article, start, end),
        direct=False, date=date, speaker_role=_role_of(extraction, speaker),
    )


def _reported_clause(sentence: Sentence, verb: Token) -> tuple[int, int] | None:
    """The clause after "que" that complements ``verb``: from after "que" to the clause's end."""
    following = [t for t in sentence if t.i > verb.i][:_MAX_FILLER + 1]
    for token in following:
        if token.lower_ in ("que", "qu'", "qu’"):
            return token.idx + len(token), _end_before_final_punctuation(sentence)
        if not (_is_filler(token) or token.dep_.startswith("aux")) or token.text == ",":
            return None
    return None


def _clause_end(sentence: Sentence, after: Token) -> int:
    """End offset of the clause going on after ``after``: the next , ; : . or a coordinated verb."""
    for token in sentence:
        if token.i <= after.i:
            continue
        if token.is_punct and token.text in ",;:.!?":
            return int(token.idx)
        if token.dep_ == "cc" and token.head.pos_ == "VERB" and token.head.i > after.i:
            return int(token.idx)
    return int(sentence.end_char)


def _stance_phrase(sentence: Sentence, verb: Token) -> tuple[int, int] | None:
    """"a démenti toute ingérence": the verb phrase, from its auxiliary to the clause's end.

    Read on the surface: the parser often hangs the object on a time word ("mercredi").
    """
    aux = [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
    first = aux[0] if aux else verb
    end = _clause_end(sentence, verb)
    if end <= verb.idx + len(verb):
        return None
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in sentence if verb.i < t.i and t.idx < end):
        return None
    return int(first.idx), end


def _object_is_a_quote(sentence: Sentence, verb: Token, quotes: list[Quote]) -> bool:
    """"a dénoncé « une campagne ... »": the quote after the verb is the statement itself."""
    following = [t for t in sentence if t.i > verb.i]
    while following and (following[0].pos_ in ("ADV", "ADJ") or following[0].lemma_ in TIME_WORDS
                         or (following[0].pos_ == "NOUN" and following[0].dep_ == "obl:mod")):
        following.pop(0)
    return bool(following) and any(q.start == following[0].idx for q in quotes)


def _infinitive_complement(sentence: Sentence, verb: Token) -> tuple[int, int] | None:
    """"a annoncé jeudi avoir retiré ...", "précise dans le même texte avoir transmis ...":
    the infinitive clause after the verb, past adverbs, a time word or a prepositional phrase."""
    in_phrase = False
    for token in [t for t in sentence if t.i > verb.i][:7]:
        if "Inf" in token.morph.get("VerbForm"):
            return int(token.idx), _end_before_final_punctuation(sentence)
        if token.lower_ == "de" and verb.lemma_ == "promettre":
            continue
        in_phrase = in_phrase or token.pos_ == "ADP"
        if token.pos_ == "NOUN" and not (in_phrase or token.dep_ == "obl:mod"):
            return None  # "a nié toute intention de nuire": a noun complement, not an infinitive one
        if token.pos_ not in ("ADV", "NOUN", "ADP", "DET", "ADJ") or token.is_punct:
            return None
    return None


def _incise(sentence: Sentence, verb: Token) -> tuple[int, int] | None:
    """"Le parquet a ouvert une enquête, a indiqué son porte-parole.": the clause before the
    comma that precedes a reporting verb whose subject follows it."""
    before = [t for t in sentence if t.i < verb.i]
    while before and before[-1].dep_.startswith("aux"):
        before.pop()
    if len(before) < 4 or before[-1].text != ",":
        return None
    if any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i for c in verb.children):
        return None
    start = sentence.start_char
    return int(start), int(before[-1].idx)


def _end_before_final_punctuation(sentence: Sentence) -> int:
    last = sentence[-1]
    return int(last.idx) if last.is_punct else int(sentence.end_char)


def _faire_dire(verb: Token) -> bool:
    """"a fait savoir que", "a fait valoir que": the infinitive carries the saying."""
    return bool(verb.i > 0 and verb.doc[verb.i - 1].lemma_ == "faire" and verb.lemma_ in FAIRE_DIRE)


def _continuing_participle(verb: Token, memory: SpeakerMemory, number: int) -> bool:
    """"..., a indiqué X, précisant que ...": a present participle goes on with the sentence's speaker."""
    forms = verb.morph.get("VerbForm")
    return "Part" in forms and "Pres" in verb.morph.get("Tense") and memory.last_sentence == number


def _narrative_infinitive(verb: Token) -> bool:
    """"Et de promettre des mesures": an infinitive that continues the last speaker's words."""
    doc, first = verb.doc, verb.sent.start
    if "Inf" not in verb.morph.get("VerbForm") or verb.i < 1 or doc[verb.i - 1].lower_ != "de":
        return False
    return bool(verb.i - 1 == first or (verb.i - 2 == first and doc[first].lower_ == "et"))


def _past_named_apposition(extraction: Extraction, sentence: Sentence, comma: int) -> int:
    """When the words between this comma and the next are a person's name, the attribution runs
    to the next comma: "Pour la présidente de l'AEN, Mercy Achieng, ces poursuites ..."."""
    text = sentence.text
    following = text.find(",", comma + 1)
    if following < 0:
        return comma
    start, end = sentence.start_char + comma + 1, sentence.start_char + following
    segment = text[comma + 1:following].strip()
    people = [k for k in actors_in(extraction, start, end) if extraction.actors[k].kind == "Person"]
    names = {m.text for k in people for m in extraction.actors[k].mentions}
    return following if segment in names else comma


def _attributed_to(extraction: Extraction, phrase: list[Token],
                   memory: SpeakerMemory) -> tuple[str, str | None] | None:
    """Who "selon ..." names: a person in the phrase, else an organisation, else the organisation
    a description ("le ministère", "le groupe") or a spokesperson stands for."""
    if not phrase:
        return None
    if len(phrase) == 1 and phrase[0].lower_ in ("lui", "elle", "eux", "elles"):
        referent = memory.last_speaker or (memory.recent_subjects[-1] if memory.recent_subjects else None)
        return (referent, None) if referent else None
    keys = actors_in(extraction, phrase[0].idx, phrase[-1].idx + len(phrase[-1]))
    if keys:
        people = [k for k in keys if extraction.actors[k].kind == "Person"]
        key = people[-1] if people else keys[-1]
        return key, None
    for token in phrase:
        if token.pos_ == "NOUN":
            organisation = stand_in(extraction, token, memory)
            if organisation:
                return organisation, None
    return None


def _skip_apposition(sentence: Sentence, comma: int) -> int:
    """"Selon X, un organisme public créé en 2019, ...": step over an apposition without a
    finite verb to the comma that ends it."""
    text = sentence.text
    following = text.find(",", comma + 1)
    if following < 0:
        return comma
    segment = [t for t in sentence if comma < t.idx - sentence.start_char < following]
    if segment and segment[0].pos_ == "DET" and not any("Fin" in t.morph.get("VerbForm") for t in segment):
        return int(following)
    return comma


#: "..., selon le ministère." / "..., d'après Meta.": the attribution closes the sentence
_TRAILING = re.compile(r",\s+(?:selon|d['’]après)\s+(?=\S)")


def _trailing_selon(extraction: Extraction, sentence: Sentence, memory: SpeakerMemory) -> Statement | None:
    """"Le réseau comptait 300 comptes, selon Meta.": the source named last said what comes
    before it. Only when the attribution runs to the end of the sentence (no verb of its own) and
    names a speaker; documents without an author are not speakers."""
    body = extraction.article.body
    text = body[sentence.start_char:sentence.end_char]
    matches = list(_TRAILING.finditer(text))
    if not matches:
        return None
    match = matches[-1]
    phrase = [t for t in sentence if sentence.start_char + match.end() <= t.idx and not t.is_punct]
    if not phrase or any(t.pos_ in ("VERB", "AUX") for t in phrase) or '«' in text[match.end():]:
        return None
    found = _attributed_to(extraction, phrase, memory)
    if found is None:
        return None
    claim = text[:match.start()].strip()
    if len(claim.split()) < 3 or "«" in claim:
        return None
    start, end = sentence.start_char, sentence.end_char
    content = (start, start + match.start())
    continued, previous = _continuation(extraction, found[0], start, attribution=True)
    date = date_of(extraction, start, end, content=content, fallback=previous, continued=continued,
                   actor=found[0])
    return Statement(speaker=found[0], text=claim, evidence=Evidence.trimmed(extraction.article, start, end),
                     direct=False, date=date, speaker_role=_role_of(extraction, found))


def _selon(extraction: Extraction, sentence: Sentence, memory: SpeakerMemory) -> Statement | None:
    """"Selon X, ..." / "D'après X, ...": X said the rest of the sentence."""
    body = extraction.article.body
    text = body[sentence.start_char:sentence.end_char]
    lowered = text.lower()
    for marker in ATTRIBUTION_MARKERS:
        if not lowered.startswith(marker) or lowered[len(marker):len(marker) + 1].isalpha():
            continue
        comma = text.find(",", len(marker))
        if comma < 0:
            return None
        comma = _past_named_apposition(extraction, sentence, comma)  # "Pour la présidente de X, Y, ..."
        phrase = [t for t in sentence
                  if sentence.start_char + len(marker) <= t.idx < sentence.start_char + comma]
        found = _attributed_to(extraction, phrase, memory)
        if found is None:
            return None
        comma = _skip_apposition(sentence, comma)
        claim = text[comma + 1:].strip().rstrip(".").strip()
        if len(claim.split()) < 3:
            return None
        start, end = sentence.start_char, sentence.end_char
        content = (start + comma + 1, end)  # "selon un communiqué publié mardi": mardi dates the saying
        continued, previous = _continuation(extraction, found[0], start, attribution=True)
        date = date_of(extraction, start, end, content=content,
                       fallback=previous, continued=continued, actor=found[0])
        evidence = Evidence.trimmed(extraction.article, start, end)
        return Statement(speaker=found[0], text=claim, evidence=evidence, direct=False, date=date,
                         speaker_role=_role_of(extraction, found))
    return None
