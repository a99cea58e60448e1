"""Attributions: "Selon X, ..." / "D'après X, ..." opening a sentence, and "..., selon X." closing
one. X said the rest of the sentence."""

from __future__ import annotations

import re
from typing import Any

from kg.extract.actors import actors_in
from kg.extract.facts import Evidence, Extraction, Statement
from kg.extract.institutions import DEFINITE
from kg.extract.lexicon_speech import (
    ATTRIBUTION_MARKERS,
    DATABASE_NOUNS,
    PERSON_TITLES,
    POSSESSIVE_MARKERS,
    SPOKESPERSON_NOUNS,
)
from kg.extract.memory import SpeakerMemory
from kg.extract.phrases import unnamed_member_words
from kg.extract.quotes import find_quotes
from kg.extract.stand_ins import stand_in
from kg.extract.statement_context import continuation, role_of
from kg.extract.when import DATING_RELATIVES, date_of, dates_in

Token = Any  # spaCy Token
Sentence = Any  # spaCy Span


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


#: what "le même document" may take up: a writing an author's words were read in
_WRITINGS = ("acte d", "rapport", "communiqué", "document", "réquisitoire", "courrier", "lettre",
             "décision", "jugement", "ordonnance", "texte")
#: prepositions after which the actor of an attribution's phrase is no author
_NOT_BY = frozenset({"auprès", "depuis", "après", "avant", "lors", "pendant", "durant", "devant"})
#: participles of reading: "des documents consultés par l'AFP" were written by someone else
_READER = re.compile(r"(?:consulté|obtenu|vu|lu|examiné|analysé|cité)e?s?$")
_READING = frozenset({"consulter", "obtenir", "voir", "lire", "examiner", "analyser", "procurer", "recevoir"})


def _attributed_to(extraction: Extraction, phrase: list[Token],
                   memory: SpeakerMemory) -> tuple[str, str | None] | None:
    """Who "selon ..." names: a person in the phrase, else an organisation, else the organisation
    a description ("le ministère", "le groupe") or a spokesperson stands for."""
    if not phrase or "Inf" in phrase[0].morph.get("VerbForm"):
        return None  # "Pour poser une question à X, rendez-vous ...": a purpose, no one's words
    if len(phrase) == 1 and phrase[0].lower_ in ("lui", "elle", "eux", "elles"):
        referent = memory.pronoun(extraction, memory.noted, phrase[0].lower_)
        return (referent, None) if referent else None
    if unnamed_member_words(phrase):
        return None  # "Selon un ancien collaborateur de X qui a souhaité rester anonyme": no one's words
    nouns = [t for t in phrase if t.pos_ == "NOUN"]
    if nouns and nouns[0].lower_ in DATABASE_NOUNS:
        return None  # "selon la bibliothèque publicitaire de Meta": a database, not Meta's words
    if nouns and any(t.lower_ == "même" for t in phrase):  # "D'après le même communiqué": its author
        # "Selon le même document": the last one read, whatever the article called it before
        words = _WRITINGS if nouns[0].lower_ in ("document", "texte") else (nouns[0].lower_,)
        same = [s for s in extraction.statements if any(w in s.evidence.exact.lower() for w in words)]
        return (same[-1].speaker, None) if same else None
    doc = phrase[0].doc
    if any(_READER.match(t.lower_) and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "par" for t in phrase):
        return None  # "d'après des documents consultés par l'AFP": the reader is not the author
    relative = next((i for i, t in enumerate(phrase) if t.lower_ in ("que", "qu'", "qu’", "dont")), None)
    if relative is not None and any(t.lemma_ in _READING for t in phrase[relative:]):
        return None  # "D'après des courriels que RFI a pu consulter", "dont X a obtenu copie": nor here
    # "selon les comptes déposés auprès de l'ACRA", "Pour les législatives depuis la suspension de
    # l'Assemblée": an actor past such a preposition is where or when, not who speaks
    placed = next((i for i, t in enumerate(phrase) if t.lower_ in _NOT_BY), len(phrase))
    agent = next((i for i, t in enumerate(phrase) if i > placed and t.lower_ == "par"), None)
    # ("l'acte déposé devant la Haute Cour par le DPP": the author after the court)
    parts = [part for part in (phrase[:placed], phrase[agent:] if agent is not None else []) if part]
    phrase = [t for part in parts for t in part]
    if not phrase:
        return None
    keys = [k for part in parts for k in actors_in(extraction, part[0].idx, part[-1].idx + len(part[-1]))]
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
    """"Selon X, un organisme public créé en 2019, ..." / "Selon X, analyste au cabinet Y, ...": step
    over an apposition without a finite verb to the comma that ends it."""
    text = sentence.text
    following = text.find(",", comma + 1)
    if following < 0:
        return comma
    segment = [t for t in sentence if comma < t.idx - sentence.start_char < following]
    # "analyste au ...", "principale formation d'opposition", "de la brigade financière" (a unit),
    # "porte-parole du X" (which the tagger may call a pronoun)
    title = bool(segment) and segment[0].text.islower() and (
        segment[0].pos_ in ("NOUN", "ADJ") or segment[0].lower_ in ("de", "du")
        or segment[0].lower_ in SPOKESPERSON_NOUNS or segment[0].lower_ in PERSON_TITLES)
    # ", l'agence, X, a dépensé": a bare definite noun is the subject's, not an apposition
    bare = 0 < len(segment) <= 2 and segment[0].lower_ in DEFINITE
    # "Selon le communiqué du parquet, le Rassemblement X (RAL), un mouvement ..., a payé": a name
    # with its article opens the claim
    named = len(segment) > 1 and segment[0].lower_ in DEFINITE and (segment[1].text[:1].isupper() or (
        len(segment) > 2 and segment[1].pos_ == "NOUN" and segment[2].text[:1].isupper()))  # "la société X"
    opened = bool(segment) and (segment[0].pos_ == "DET" or title) and not (bare or named)
    if opened and not any("Fin" in t.morph.get("VerbForm") for t in segment) \
            and not _named_subject_after(sentence, following):
        return int(following)
    return comma


def _speaking_relative(sentence: Sentence, comma: int) -> bool:
    """", qui s'exprimait mardi lors d'une conférence de presse,": a relative on the source's speaking,
    whose date is the words'."""
    first = next((t for t in sentence if t.idx - sentence.start_char > comma), None)
    return first is not None and first.lower_ == "qui" and first.head.lemma_ in DATING_RELATIVES


def _skip_relative(sentence: Sentence, comma: int) -> int:
    """"Pour X, chercheuse à Y, qui documente ... depuis 2018, « ... »": step over a relative clause
    set between commas after the source."""
    text = sentence.text
    following = text.find(",", comma + 1)
    first = next((t for t in sentence if t.idx - sentence.start_char > comma), None)
    if following < 0 or first is None or first.lower_ not in ("qui", "dont") or first.pos_ != "PRON":
        return comma
    return int(following)


def _named_subject_after(sentence: Sentence, comma: int) -> bool:
    """", Noordzee Consultancy, a payé": a name set between commas then a finite verb, so the
    segment before was the description of that subject, not an apposition to the source."""
    after = [t for t in sentence if t.idx - sentence.start_char > comma][:7]
    for index, token in enumerate(after):
        if token.text == ",":
            rest = after[index + 1:index + 3]
            return index > 0 and any("Fin" in t.morph.get("VerbForm") for t in rest)
        if not token.text[:1].isupper():
            return False
    return False


#: "..., selon le ministère." / "..., d'après Meta.": the attribution closes the sentence
#: ", selon X." / ", d'après X." / ", a-t-on appris (mardi) auprès de X." closing a sentence
_TRAILING = re.compile(r",\s+(?:(?:selon|d['’]après)\s+"
                       r"|a-t-on\s+appris\s+(?:\w+\s+){0,2}?auprès\s+(?:de\s+|d['’]|(?=du\s|des\s)))(?=\S)")


def _participle(token: Token) -> bool:
    """"un rapport publié mardi par X": a past participle without an auxiliary, not a clause."""
    return "Part" in token.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in token.children)


def trailing_selon(extraction: Extraction, sentence: Sentence, memory: SpeakerMemory) -> Statement | None:
    """"Le réseau comptait 300 comptes, selon Meta.": the source named last said what comes
    before it. Only when the attribution runs to the end of the sentence (no verb of its own) and
    names a speaker; documents without an author are not speakers."""
    body = extraction.article.body
    text = body[sentence.start_char:sentence.end_char]
    matches = list(_TRAILING.finditer(text))
    if not matches:
        return None
    match = matches[-1]
    phrase = [t for t in sentence if sentence.start_char + match.end() <= t.idx]
    relative = next((i for i, t in enumerate(phrase[:-1])
                     if t.text == "," and phrase[i + 1].lower_ in ("qui", "dont")), None)
    phrase = [t for t in phrase[:relative] if not t.is_punct]  # "..., qui a recensé ...": about the source
    if not phrase or any(t.pos_ in ("VERB", "AUX") and not _participle(t) for t in phrase) \
            or '«' in text[match.end():]:
        return None
    found = _attributed_to(extraction, phrase, memory)
    if found is None:
        return None
    named = actors_in(extraction, phrase[0].idx, phrase[-1].idx + len(phrase[-1]))
    asked = "appris" in match.group()  # "X a ouvert une enquête, a-t-on appris auprès de l'institution"
    if not named and not asked and any(sentence.start_char <= m.start < sentence.start_char + match.start()
                         for m in extraction.actors[found[0]].mentions):
        return None  # "X a payé ..., selon le rapport publié par l'entreprise": not X, by a description
    claim = text[:match.start()].strip()
    quotes = find_quotes(claim)  # "« Il s'agit d'une opération », selon X.": one quotation, direct
    quotation = quotes[0] if len(quotes) == 1 and quotes[0].start == 0 \
        and not claim[quotes[0].end:].strip(" ,") and claim[quotes[0].end - 1] in "»”\"" else None
    if quotation is not None:
        claim = quotation.inner(claim)
    elif len(claim.split()) < 3 or "«" in claim:
        return None
    start, end = sentence.start_char, sentence.end_char
    content = (start, start + match.start())
    continued, previous = continuation(extraction, found[0], start, attribution=True)
    published = [m.date for m in dates_in(extraction, start + match.start(), end) if not m.modifier]
    date = published[0] if published else date_of(  # "selon un rapport publié le 3 novembre par X"
        extraction, start, end, content=content, fallback=previous, continued=continued, actor=found[0])
    return Statement(speaker=found[0], text=claim, evidence=Evidence.trimmed(extraction.article, start, end),
                     direct=quotation is not None, date=date, speaker_role=role_of(extraction, found))


#: "Comme l'a rappelé mardi X, ...", "Ainsi que l'a souligné X, ...": X said the main clause
_AS_SAID = re.compile(r"(?:comme|ainsi\s+que)\s+l['’](?:a|avait|ont|avaient)\s+"
                      r"(?:(?:déjà|encore|bien|justement)\s+)?"
                      r"(?:rappelé|souligné|dit|expliqué|indiqué|affirmé|précisé|relevé|noté|déclaré|reconnu"
                      r"|écrit|annoncé|admis|confirmé|observé|fait\s+remarquer|fait\s+valoir|martelé|répété)"
                      r"(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|récemment))?\s+")


def selon(extraction: Extraction, sentence: Sentence, memory: SpeakerMemory) -> Statement | None:
    """"Selon X, ..." / "D'après X, ...": X said the rest of the sentence."""
    body = extraction.article.body
    text = body[sentence.start_char:sentence.end_char]
    lowered = text.lower()
    as_said = _AS_SAID.match(lowered)  # "Comme l'a rappelé mardi le procureur, X, la loi ..."
    for marker in (*ATTRIBUTION_MARKERS, *([as_said[0].rstrip()] if as_said else [])):
        if not lowered.startswith(marker) or (lowered[len(marker):len(marker) + 1].isalpha()
                                              and marker[-1] not in "'’"):
            continue
        comma = text.find(",", len(marker))
        if comma < 0:
            return None
        comma = _past_named_apposition(extraction, sentence, comma)  # "Pour la présidente de X, Y, ..."
        described = _skip_apposition(sentence, comma)
        named = _past_named_apposition(extraction, sentence, described)
        if named > described:  # "Selon une dirigeante du CPU, principale formation d'opposition, Grace X,"
            comma = named
        phrase = [t for t in sentence
                  if sentence.start_char + len(marker) <= t.idx < sentence.start_char + comma]
        if marker in POSSESSIVE_MARKERS and not phrase:  # "À ses yeux, ...": the one talked about
            referent = memory.pronoun(extraction, memory.noted)
            found: tuple[str, str | None] | None = (referent, None) if referent else None
        else:
            found = _attributed_to(extraction, phrase, memory)
        if found is None:
            return None
        source_end = comma
        comma = _skip_relative(sentence, _skip_apposition(sentence, comma))
        aside = _READ_BY.match(text, comma + 1)  # "Pour X, interrogé par El País, le scandale ..."
        comma = aside.end() - 1 if aside else comma
        published = _PUBLISHED.match(text, comma + 1) if comma == source_end else None
        comma = published.end() - 1 if published else comma  # "D'après le rapport de X, publié jeudi, ..."
        claim = text[comma + 1:].strip().rstrip(".").strip()
        colon = claim.find(":")
        if colon > 0 and _INVERTED_INCISE.search(claim, colon):  # "Pour X, A : dans ..., estime-t-il, « B »":
            claim = claim[:colon].strip()  # B is the words of the incise, A the attribution's
        if len(claim.split()) < 3:
            return None
        start, end = sentence.start_char, sentence.end_char
        # "selon un communiqué publié mardi": mardi dates the saying; not a date in an apposition
        # ("X, un organisme créé l'an dernier,") nor in the claim
        skipped = comma > source_end and not published and not aside \
            and not _speaking_relative(sentence, source_end) \
            and not _speaking_relative(sentence, _skip_apposition(sentence, source_end))
        content = (start + (source_end if skipped else comma + 1), end)
        continued, previous = continuation(extraction, found[0], start, attribution=True)
        date = date_of(extraction, start, end, content=content,
                       fallback=previous, continued=continued, actor=found[0])
        evidence = Evidence.trimmed(extraction.article, start, end)
        return Statement(speaker=found[0], text=claim, evidence=evidence, direct=False, date=date,
                         speaker_role=role_of(extraction, found))
    return None


#: an inverted incise of saying: ", estime-t-il,", ", ajoute-t-elle"
_INVERTED_INCISE = re.compile(r",\s*\w+-t?-?(?:il|elle|ils|elles)\b")
#: a participle of publishing set between commas after the source, which dates it: ", publié jeudi,"
_PUBLISHED = re.compile(r"\s*(?:publiée?s?|diffusée?s?|dévoilée?s?|rendue?s? publique?s?)\s+[^,;.«»]{1,40},")
#: a participle of reading set between commas after the source: ", consulté par l'AFP,"
_READ_BY = re.compile(r"\s*\w+[ée]e?s?\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce"
                      r"|matin|soir)\s+){0,2}par\s+[^,;.]{1,40},")  # "interrogé lundi par la radio publique,"


def attribution_end(sentence: Sentence) -> int:
    """Where a leading "Selon X, " / "D'après X, " ends (the sentence start if there is none)."""
    text = sentence.text.lower()
    if text.startswith(ATTRIBUTION_MARKERS):
        comma = text.find(",")
        if comma > 0:
            read = _READ_BY.match(text, comma + 1)  # "D'après l'acte d'accusation, consulté par l'AFP,"
            start = int(sentence.start_char + (read.end() if read else comma + 1))
            # "D'après les documents, X, installée à Y, a payé": a paper's source names no person after it
            return start if _PAPERS.search(text, 0, comma) else _past_source_name(sentence, start)
    return int(sentence.start_char)


_PAPERS = re.compile(r"\b(?:documents?|données|chiffres|éléments|relevés|pièces|registres?|bibliothèque"
                     r"|acte)\b")


def _past_source_name(sentence: Sentence, start: int) -> int:
    """"Selon une dirigeante du CPU, principale formation d'opposition, Grace X, Savannah a ...": the
    source runs on through a lowercase description and the person's name set between commas."""
    segments: list[list[Token]] = [[]]
    for token in (t for t in sentence if t.idx >= start):
        if token.text == ",":
            segments.append([])
        else:
            segments[-1].append(token)
    for index, segment in enumerate(segments[:-1]):
        if segment and all(t.ent_type_ == "PER" for t in segment):
            return int(segment[-1].idx + len(segment[-1]) + 1)
        finite = any("Fin" in t.morph.get("VerbForm") for t in segment)
        described = index == 0 and bool(segment) and segment[0].text.islower() \
            and segment[0].pos_ in ("ADJ", "NOUN") and not finite
        if not described:
            break
    return start
