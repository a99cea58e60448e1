"""What a statement inherits from the text around it: the date of the words it continues, the
indictment it was read in, and its speaker's role."""

from __future__ import annotations

import re
from typing import Any

from kg.dates import PartialDate
from kg.extract.facts import Evidence, Extraction, Statement
from kg.extract.lexicon_speech import POSSESSIVES, SPOKESPERSON_NOUNS
from kg.extract.roles import ROLE_NOUN
from kg.extract.stand_ins import indicter
from kg.extract.when import date_of

Token = Any  # spaCy Token

#: "au cours de la même conférence", "lors de cette même conférence": the occasion of earlier words
_SAME_OCCASION = re.compile(r"\b(?:au cours|lors|à l['’]issue)\s+d[ue]\s+(?:la\s+|cette\s+|ce\s+)?même\s+\w+"
                            # "Le même document relève que": the report just cited, of its day
                            r"|\b(?:le|la)\s+même\s+(?:document|rapport|communiqué|texte|étude|note)\b",
                            re.IGNORECASE)


#: "La procureure a par ailleurs indiqué": more words of the same occasion
_ALSO = re.compile(r"\b(?:a|ont|avait|avaient)\s+(?:par ailleurs|en outre|également)\s+\w+[ée]\b",
                   re.IGNORECASE)


def _filed(extraction: Extraction, speaker: str, start: int, end: int) -> tuple[bool, PartialDate | None]:
    """Words read in the indictment ("selon l'acte d'accusation", "l'acte d'accusation précise")
    are dated by the charges: the date of the sentence where its author brought them."""
    words = extraction.article.body[start:end].lower().replace("’", "'")
    if "acte d'accusation" not in words and "acte d'inculpation" not in words:
        return False, None
    found = indicter(extraction, start)
    if found is None or found[0] != speaker:
        return False, None
    verb = found[1]
    return True, date_of(extraction, verb.sent.start_char, verb.sent.end_char, verb)


def continuation(extraction: Extraction, speaker: str, start: int, *, attribution: bool = False,
                 verb: Token | None = None) -> tuple[bool, PartialDate | None]:
    """Whether a statement at ``start`` continues earlier words of its speaker, and their date.

    "Il a ajouté que ..." continues the speaker's statements earlier in the same paragraph (the
    last dated one gives the date; if none is dated, neither is the continuation). An
    ``attribution`` ("Selon le groupe, ...") in the next paragraph continues the statement just
    before it when nobody else spoke in between. In any later paragraph, words of the speaker of
    the last statement, dated, continue it when nobody else spoke in between and ``verb`` is not in
    the simple present ("M. X assure" speaks at the time of the article); otherwise a later
    paragraph is another occasion.
    """
    body = extraction.article.body
    sentence = extraction.sentence_at(start)
    end = sentence.end_char if sentence is not None else start
    filed = _filed(extraction, speaker, start, end)
    if filed[0]:
        return filed
    # the verb's sentence too: "« ... le jour même. ... », a déclaré X, lors de cette même conférence"
    told = " ".join(s.text for s in {sentence, verb.sent if verb is not None else None} if s is not None)
    same_occasion = _SAME_OCCASION.search(told) is not None
    if sentence is not None and (same_occasion or _ALSO.search(sentence.text)):
        dated = [s.date for s in extraction.statements if s.speaker == speaker and s.date is not None]
        if not dated and same_occasion:
            # "Son président a précisé lors de la même conférence": the occasion of the words before
            dated = [s.date for s in extraction.statements if s.date is not None]
        if dated:
            return True, dated[-1]  # "a souligné M. X au cours de la même conférence", "a par ailleurs"
    paragraph = body.rfind("\n\n", 0, start) + 1
    same = [s for s in extraction.statements if s.speaker == speaker and s.evidence.start >= paragraph]
    if same:
        dated = [s.date for s in same if s.date is not None]
        return True, dated[-1] if dated else None
    last = extraction.statements[-1] if extraction.statements else None
    if last is not None and last.evidence.start >= paragraph and sentence is not None \
            and (_its_spokesperson(sentence) or _its_member_adding(sentence, verb)) \
            and extraction.actors[last.speaker].kind != "Person":
        return True, last.date  # "X a annoncé mercredi ... « ... », a précisé son porte-parole, Y."
    previous = body.rfind("\n\n", 0, max(paragraph - 2, 0)) + 1
    if attribution and last is not None and last.speaker == speaker and last.evidence.start >= previous:
        return True, last.date
    if last is not None and last.speaker == speaker and last.date is not None and not _present(verb):
        return True, last.date
    return False, None


def _its_spokesperson(sentence: Any) -> bool:
    """"son porte-parole", "sa représentante", "la porte-parole du groupe américain": who speaks for
    the organisation just named (not "son vice-président", whose words may be another occasion; not
    "le porte-parole du comité de supervision", another body named by its own name)."""
    return any(t.lower_ in SPOKESPERSON_NOUNS and any(
        c.lower_ in POSSESSIVES or (c.dep_ == "nmod" and c.pos_ == "NOUN" and _definite(t)
                                    and any(g.lower_ in ("du", "de") for g in c.children)
                                    and not any(g.dep_ == "nmod" for g in c.children))  # "du comité de X"
        for c in t.children) for t in sentence)


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("le", "la", "l'", "l’") for c in noun.children)


def _its_member_adding(sentence: Any, verb: Token | None) -> bool:
    """"Son secrétaire général, Y, a ajouté que", "Son président, Y, a précisé que": one of the
    organisation's people adds to what it has just said, on the same occasion."""
    return verb is not None and verb.lemma_ in ("ajouter", "préciser") and any(
        _ROLE.fullmatch(t.lower_) and any(c.lower_ in POSSESSIVES for c in t.children) for t in sentence)


#: a role noun that names a post in an organisation ("son secrétaire général", "sa présidente")
_ROLE = re.compile(ROLE_NOUN)


def _present(verb: Token | None) -> bool:
    """A reporting verb in the simple present ("M. X assure") speaks at the time of the article."""
    return verb is not None and "Pres" in verb.morph.get("Tense") and "Fin" in verb.morph.get("VerbForm")


def role_of(extraction: Extraction, speaker: tuple[str, str | None]) -> str | None:
    """A role ("porte-parole de ...") belongs to a person; an organisation's descriptor is no role."""
    actor = extraction.actors.get(speaker[0])
    return speaker[1] if actor is not None and actor.kind == "Person" else None


#: a line opening on a speaker's name (and title) and a colon: "Marie Dupont, présidente de X : « ... »"
_TITLE_THEN_COLON = re.compile(r"(?:,[^:«»\n]*)?\s:\s*")
_TITLE_FIRST = re.compile(r"(?:L[ea]\s+|L['’])[a-zà-ÿ'’ -]{2,40}\s")
_LABEL = re.compile(r"[^\W\d](?:[^:«»\n.!?]|\b(?:St|Ste|M|Mme|Dr|Me)\.){0,120}?\s:\s*\Z")


def labelled_quote(extraction: Extraction, quote: Any) -> Statement | None:
    """A quote after a line's speaker label, as in a transcript or a pull quote with its author
    ("Kendall St. Rose : « ... »"): the person named first on the line said it."""
    body = extraction.article.body
    line = body.rfind("\n", 0, quote.start) + 1
    if not _LABEL.fullmatch(body, line, quote.start):
        return _read_in(extraction, quote)
    named = next(((k, m.end) for k, a in extraction.actors.items() if a.kind == "Person"  # (past a title:
                  for m in a.mentions if m.start == line  # "Le président Édouard Fritch : « ... »")
                  or (line < m.start < quote.start and _TITLE_FIRST.fullmatch(body, line, m.start))), None)
    if named is None or not _TITLE_THEN_COLON.fullmatch(body, named[1], quote.start):
        return None  # not "X a reçu ce message : « ... »"
    speaker = named[0]
    end = body.find("\n", quote.end)
    continued, date = continuation(extraction, speaker, line)  # the words the label sums up, if just told
    return Statement(speaker=speaker, text=body[quote.inner_start:quote.inner_end], direct=True,
                     evidence=Evidence.trimmed(extraction.article, line, len(body) if end < 0 else end),
                     date=date if continued else None)


#: "», peut-on lire dans un communiqué de X", "», lit-on dans le rapport du X": where the words are read
_READ_IN = re.compile(r"\s*,\s*(?:peut-on|pouvait-on|lit-on|lisait-on)(?:\s+lire)?\s+dans\s+"
                      r"(?:un|une|le|la|son|sa|leur)\s+(?:\w+\s+){0,2}?"
                      r"(?:communiqué|rapport|lettre|message|courrier|texte|déclaration|document|note)"
                      r"(?:(?:\s+\w+)?\s+(?:de\s+l['’]\s*|de\s+la\s+|du\s+|des\s+|de\s+|d['’]\s*)"
                      r"|\s+(?:publiée?|diffusée?|signée?)\s+(?:\w+\s+){0,3}?par\s+(?:l['’]\s*|la\s+|le\s+)?)"
                      r"(?:[a-zà-ÿ]+\s+){0,2}")  # "de la société X"


def _read_in(extraction: Extraction, quote: Any) -> Statement | None:
    """A quote read in a document whose author is named right after: "« ... », peut-on lire dans un
    communiqué de X" is X's."""
    body = extraction.article.body
    match = _READ_IN.match(body, quote.end)
    if match is None:
        return None
    author = next((k for k, a in extraction.actors.items() for m in a.mentions if m.start == match.end()),
                  None)
    if author is None:
        return None
    stop = next((i for i in range(match.end(), len(body)) if body[i] in ".\n"), len(body))
    return Statement(speaker=author, text=body[quote.inner_start:quote.inner_end], direct=True,
                     evidence=Evidence.trimmed(extraction.article, quote.start, stop + 1),
                     date=date_of(extraction, quote.start, stop, None, content=(quote.start, quote.end)))
