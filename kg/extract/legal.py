"""Investigations (:mod:`kg.extract.investigations`) and indictments, and the order between events
that the text states.

- An indictment is an indictment verb or noun ("a inculpé treize Russes", "l'inculpation de X");
  its defendants are the actors it names, or their count. It is part of the investigation the
  article reports, when the article reports exactly one. Its key combines that investigation with
  the defendants (names or count), so two articles reporting the same indictment describe one event.
- Order: "A après que B" makes B before A ("les tweets surviennent après que la justice ait inculpé
  ..."): B's indictment is ordered before the statements of the actors named in A.
"""

from __future__ import annotations

import re
from typing import Any

from kg.dates import PartialDate
from kg.extract.actors import actors_in, last_named
from kg.extract.amounts import find_counts, french_number
from kg.extract.campaign_roles import is_platform
from kg.extract.facts import (
    Evidence,
    Extraction,
    Indictment,
    Order,
    Statement,
    trim_span,
)
from kg.extract.investigations import find_investigations
from kg.extract.lexicon_events import (
    AFTER_MARKERS,
    BEFORE_MARKERS,
    EVENT_ORDINAL,
    HYPOTHETICAL,
    INDICTMENT_NOUNS,
    INDICTMENT_VERBS,
    OBJECT_ENDS,
    TARGETING_VERBS,
)
from kg.extract.lexicon_speech import PERSON_TITLES
from kg.extract.speakers import negated
from kg.extract.when import date_of
from kg.iris import digest

Sentence = Any  # spaCy Span

_PEOPLE_KINDS = ("Person", "Organisation", "Company", "MediaOutlet")
Token = Any  # spaCy Token


def find_legal(extraction: Extraction) -> None:
    """The pipeline step: investigations, then indictments, then stated order."""
    find_investigations(extraction)
    for sentence in extraction.doc.sents:
        _indictment(extraction, sentence)
    for sentence in extraction.doc.sents:
        _order(extraction, sentence)


def _indictment(extraction: Extraction, sentence: Sentence) -> None:
    start, end = trim_span(extraction.article.body, sentence.start_char, sentence.end_char)
    anchor = _indictment_anchor(extraction, sentence)
    if anchor is None:
        _named_among(extraction, sentence)
        return
    verb, anchor_start, passive = anchor
    if passive:  # "Trois personnes, dont X, ont été mises en examen": the subject is charged
        span = (_clause_start(sentence, anchor_start), anchor_start)
    else:  # "le parquet a inculpé neuf personnes, dont X": the object is
        object_start = anchor_start if verb is not None else _past_targeting_verb(sentence, anchor_start)
        span = (anchor_start, _object_end(sentence, object_start))
    text = extraction.article.body[span[0]:span[1]]
    counts = [c for c in find_counts(text, offset=span[0]) if c.value > 1]
    defendants = [k for k in actors_in(extraction, *span) if extraction.actors[k].kind in _PEOPLE_KINDS
                  and not is_platform(extraction, k) and not _in_a_title(extraction, k, span)
                  and not _of_counted_people(extraction, k, counts)]
    if not defendants and not counts and verb is not None and not passive:
        defendants = _taken_up(extraction, sentence, verb)  # "Le parquet l'a inculpé avant-hier"
    if not defendants and not counts:
        return
    count = _coordinated_total(text, counts[0].value) if counts else None
    date = date_of(extraction, start, end, verb)
    evidence = Evidence.span(extraction.article, start, end)
    for known in extraction.indictments:
        if _same_indictment(known, defendants, count) and not (
                defendants and count is None and _another_day(known.date, date)):
            _complete(known, defendants, count, date, evidence)
            return
    investigation = extraction.investigations[0].key if len(extraction.investigations) == 1 else None
    who = "-".join(sorted(defendants)) if defendants else f"{count}"
    extraction.indictments.append(Indictment(
        key=digest(investigation or extraction.article.key, who), evidence=evidence,
        defendants=defendants, defendant_count=count, investigation=investigation, date=date,
    ))


#: "deux hommes et une femme": people counted in two groups
_TWO_GROUPS = re.compile(r"\b(?P<a>[\w-]+)\s+(?:hommes|femmes|personnes|individus|suspects|ressortissants)"
                         r"\s+et\s+(?P<b>[\w-]+)\s+"
                         r"(?:hommes?|femmes?|personnes?|individus?|suspects?|ressortissants?)\b")


def _coordinated_total(text: str, first: int) -> int:
    """The people counted: "deux hommes et une femme" are three, a lone count is itself."""
    match = _TWO_GROUPS.search(text)
    if match is None or french_number(match["a"]) != first:
        return first
    second = 1 if match["b"].lower() in ("un", "une") else french_number(match["b"])
    return first + second if second else first


#: "Parmi elles figurent X et Y", "Parmi les inculpés, on trouve X": who the count just told includes
_AMONG = re.compile(r"\s*Parmi\s+(?:elles|eux|ces\s+\w+|les\s+(?:\w+\s+)?(?:inculpés|inculpées|prévenus|"
                    r"accusés|mis en examen))\b", re.IGNORECASE)


#: "X figure également parmi les inculpés": one more of the last indictment's counted defendants
_ALSO_AMONG = re.compile(r"\b(?:figurent|figure|compte|comptent)\s+(?:également|aussi|encore)\s+"
                         r"parmi\s+les\s+(?:inculpés|inculpées|prévenus|accusés|mis en examen)\b",
                         re.IGNORECASE)


def _named_among(extraction: Extraction, sentence: Sentence) -> None:
    """"Le parquet a inculpé cinq personnes. Parmi elles figurent X, président de Y, et Z": the
    people named right after an indictment told by its count are among its defendants."""
    body = extraction.article.body
    last = extraction.indictments[-1] if extraction.indictments else None
    if last is None or last.defendant_count is None or len(last.defendants) >= last.defendant_count:
        return
    text = body[sentence.start_char:sentence.end_char]
    gap = body[last.evidence.end:sentence.start_char]
    among = _AMONG.match(body, sentence.start_char) and not gap.strip()  # (even past a paragraph break)
    if not among and not _ALSO_AMONG.search(text):
        return
    people = [k for k in actors_in(extraction, sentence.start_char, sentence.end_char)
              if extraction.actors[k].kind == "Person"]
    last.defendants.extend(k for k in people if k not in last.defendants)


def _in_a_title(extraction: Extraction, key: str, span: tuple[int, int]) -> bool:
    """Whether an organisation is named in ``span`` only in a person's title ("dont le directeur
    d'Abay Horizon Consulting, X,"): the person is charged, not the organisation."""
    if extraction.actors[key].kind == "Person":
        return False
    body = extraction.article.body
    mentions = [m for m in extraction.actors[key].mentions if span[0] <= m.start < span[1]
                and body[m.start - 1:m.start] != "("]  # not its acronym, told in brackets after it
    return bool(mentions) and all(_titled_before(body, m.start)
                                  and _HOLDER_NAMED_OR_CHARGED.match(body, m.end) is not None
                                  for m in mentions)


def _titled_before(body: str, start: int) -> bool:
    """Whether a person's title and its "de" end right before ``start`` (tried from each word of
    the 90 characters before: "le trésorier du" must not be read as the title "le")."""
    for word in re.finditer(r"\b\w", body[max(0, start - 90):start]):
        title = _TITLE_OF.match(body, max(0, start - 90) + word.start(), start)
        if title is not None and (title[1].lower() in PERSON_TITLES
                                  or title[0].lower().startswith("tête de liste")):
            return True
    return False


def _of_counted_people(extraction: Extraction, key: str, counts: list[Any]) -> bool:
    """"Trois dirigeants de l'agence X ont été inculpés": the people counted are charged, not the
    organisation their complement names."""
    if extraction.actors[key].kind == "Person":
        return False
    body = extraction.article.body
    return any(c.end <= m.start and _COMPLEMENT.fullmatch(body, c.end, m.start)
               for m in extraction.actors[key].mentions for c in counts)


#: between a count of people and an organisation: " de l'agence ", " du parti ", " de "
_COMPLEMENT = re.compile(r"\s+(?:de|du|des|d['’])\s*(?:l['’]|la\s+|le\s+|les\s+)?(?:[^\W\d]+\s+)?")
#: "le directeur d'", "la présidente de l'", "la tête de liste de": a title whose complement follows
#: (with an adjective after the title, the kind of organisation before its name, or that described
#: and the name in apposition: "le directeur local de la société X", "directeur de l'agence de
#: communication X", "le gérant d'une société-écran de Limassol, X")
_TITLE_OF = re.compile(r"\b(?:tête de )?([^\W\d]+)\s+(?:[a-zà-ÿ]+\s+)?"
                       r"(?:de\s+l['’]\s*|de\s+la\s+|d['’]\s*|du\s+|des\s+|de\s+)"
                       r"(?:(?:[a-zà-ÿ-]+\s+){0,3}|(?:une?\s+)?[^,;:.()«»]{0,40},\s*)\Z")
#: after the complement: the holder's name (", X,"), or a headline's participle ("... de X inculpée")
_HOLDER_NAMED_OR_CHARGED = re.compile(r"(?:\s*\([^()]{1,12}\))?,|\s+(?:inculpée?s?|mise?s?\s+en\s+examen)\b")


def _complete(known: Indictment, defendants: list[str], count: int | None, date: PartialDate | None,
              evidence: Evidence) -> None:
    """A later mention adds what the first one lacked (a date, or a finer one within the first, with
    the sentence that gives it: "inculpées cette semaine" ... "Mardi, le parquet a inculpé")."""
    known.defendants.extend(d for d in defendants if d not in known.defendants)
    if known.defendant_count is None:
        known.defendant_count = count
    finer = known.date is not None and date is not None \
        and _RANK[date.precision] > _RANK[known.date.precision] \
        and known.date.earliest <= date.earliest and date.latest <= known.date.latest
    if (known.date is None and date is not None) or finer:
        known.date, known.evidence = date, evidence


_RANK = {"year": 0, "month": 1, "day": 2}


def _indictment_anchor(
    extraction: Extraction, sentence: Sentence
) -> tuple[Token | None, int, bool] | None:
    """The indictment verb ("a inculpé", "ont été inculpés", "mises en examen") or noun
    ("l'inculpation de X"), where it is, and whether it is passive; hypothetical ones ("d'autres
    inculpations") and negated ones ("sans être inculpés") are not indictments."""
    body = extraction.article.body
    for token in sentence:
        if token.lemma_ in INDICTMENT_VERBS and token.pos_ == "VERB" and not negated(token) \
                and not _without(sentence, token):
            # (a participle the parse hangs on a noun is passive, not one with "avoir": "Le X, le
            # ministère public écossais, a inculpé")
            passive = "Pass" in _voice(token) or (token.dep_ in ("acl", "amod") and not any(
                c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in token.children))
            return token, int(token.idx), passive
        if token.lemma_ == "poursuivre" and "Pass" in _voice(token) and not negated(token) \
                and token.i + 1 < sentence.end and token.nbor(1).lower_ == "pour":
            return token, int(token.idx), True  # "Les deux hommes sont poursuivis pour ingérence"
    start = sentence.start_char
    text = body[start:sentence.end_char].lower()
    for noun in INDICTMENT_NOUNS:
        at = text.find(noun)
        if at < 0 or any(text[max(0, at - 15):at].rstrip().endswith(w) for w in HYPOTHETICAL) \
                or _CITED.search(text, max(0, at - 40), at):
            continue
        before = text[max(0, at - 12):at]
        if re.search(r"\bsans\b", before):
            continue  # "entendus sans inculpation", "sans mise en examen"
        if _NEXT_TO.search(text, max(0, at - 25), at):
            continue  # "La veille des inculpations, X avait estimé": a day, not an indictment told
        participle = noun.startswith("mis")
        if participle and ("pas été" in text[max(0, at - 20):at] or " ne " in before):
            continue
        active = participle and re.search(r"\b(?:a|ont|avait|avaient)\s+$", before) is not None
        return None, start + at, participle and not active  # "le juge a mis en examen X": X is charged
    prosecution = _PROSECUTION.search(text)  # "a engagé lundi des poursuites contre les deux youtubeurs"
    if prosecution and not _NOT_BROUGHT.search(text, max(0, prosecution.start() - 12), prosecution.end()):
        return None, start + prosecution.end(), False
    return None


#: prosecution brought against someone named: charges, as an indictment is
_PROSECUTION = re.compile(r"\bengag\w*\s+(?:[\w-]+\s+){0,2}?des\s+poursuites\s+contre\b")
#: "n'a pas engagé", "n'a jamais engagé": none brought
_NOT_BROUGHT = re.compile(r"\bn['’]\w*\s+(?:pas|jamais)\b")


#: "la veille des", "au lendemain de l'", "trois jours après leur", "quelques heures après les",
#: "avant même l'annonce des": what follows dates something else
_NEXT_TO = re.compile(r"(?:la\s+veille|lendemain|(?:jours?|heures?|semaines?|minutes?)\s+(?:avant|après)"
                      r"|\bavant(?:\s+même)?(?:\s+l['’]annonce)?)"  # "avant même l'annonce des"
                      r"\s+(?:de\s+)?"
                      r"(?:des|du|l['’]|la|les?|son|sa|ses|leurs?)\s*"
                      rf"{EVENT_ORDINAL}\Z")  # "des premières"


def _taken_up(extraction: Extraction, sentence: Sentence, verb: Token) -> list[str]:
    """"C'est X, directeur de campagne ... . Le parquet l'a inculpé": an object pronoun before the
    verb takes up the person named last before the sentence, in its paragraph."""
    if not any(c.lower_ in ("l'", "l’", "le", "la") and c.pos_ == "PRON" and c.i < verb.i
               for c in verb.children):
        return []
    paragraph = extraction.article.body.rfind("\n\n", 0, sentence.start_char) + 1
    last = last_named(extraction, paragraph, sentence.start_char, kind="Person")
    return [last] if last is not None else []


def _without(sentence: Sentence, verb: Token) -> bool:
    """"entendus sans être inculpés": the verb is negated by "sans"."""
    return any(t.lower_ == "sans" for t in sentence.doc[max(sentence.start, verb.i - 3):verb.i])


#: "selon l'acte d'inculpation, X a dépensé": the document is a source, not an indictment told
_CITED = re.compile(r"(?:selon|d['’]après|dans|aux termes de)\s+(?:l['’]|les\s+)?(?:actes?\s+d['’])?\Z")


def _past_targeting_verb(sentence: Sentence, anchor: int) -> int:
    """"L'acte d'accusation vise X": the defendants follow the verb the noun governs."""
    for token in sentence:
        if token.idx > anchor and token.pos_ == "VERB":
            return int(token.idx) if token.lemma_ in TARGETING_VERBS else anchor
    return anchor


def _clause_start(sentence: Sentence, anchor: int) -> int:
    """Where the clause holding ``anchor`` starts: after the last "que", ";" or ":" before it."""
    start = int(sentence.start_char)
    for token in sentence:
        if token.idx >= anchor:
            break
        if token.lower_ in ("que", "qu'", "qu’", ";", ":"):
            start = int(token.idx + len(token))
    return start


def _voice(verb: Token) -> list[str]:
    voices: list[str] = verb.morph.get("Voice")
    if any(c.dep_ == "aux:pass" for c in verb.children):
        voices = [*voices, "Pass"]
    return voices


def _object_end(sentence: Sentence, anchor: int) -> int:
    """Where the indictment's object ends: at "que"/"qui" opening another clause, another finite
    verb, or the sentence's end."""
    for token in sentence:
        if token.idx <= anchor:
            continue
        if token.lower_ in OBJECT_ENDS or (
            token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")
        ):
            return int(token.idx)
    return int(sentence.end_char)


def _another_day(known: PartialDate | None, date: PartialDate | None) -> bool:
    """"Huit personnes ont été inculpées jeudi ... X avait été inculpé dès le 13 septembre": charges
    brought on days that cannot be the same are two indictments (when the later names its defendant:
    not "a rappelé avant-hier que les trois personnes inculpées ...", whose day is the saying's)."""
    return known is not None and date is not None \
        and (date.latest < known.earliest or known.latest < date.earliest)


def _same_indictment(known: Indictment, defendants: list[str], count: int | None) -> bool:
    """A later mention of the same indictment in the article: no defendant outside it, and a count
    no larger than its own ("les deux autres personnes mises en examen")."""
    new_people = set(defendants) - set(known.defendants)
    if not known.defendants and known.defendant_count is not None:  # "neuf personnes", then names
        return (count or len(defendants)) <= known.defendant_count
    if known.defendant_count is not None and count is not None:
        return not new_people and count <= known.defendant_count
    return not new_people


def _order(extraction: Extraction, sentence: Sentence) -> None:
    """"A après que B" / "A avant que B": order the facts of B's clause and A's actors."""
    start, end = trim_span(extraction.article.body, sentence.start_char, sentence.end_char)
    text = extraction.article.body[start:end].lower()
    for markers, b_first in ((AFTER_MARKERS, True), (BEFORE_MARKERS, False)):
        at = min((text.find(m) for m in markers if m in text), default=-1)
        if at < 0:
            continue
        pivot = start + at
        named_after = set(actors_in(extraction, pivot, end))
        sub_facts = [i for i in extraction.indictments
                     if i.evidence.start <= pivot < i.evidence.end or named_after & set(i.defendants)]
        main_actors = set(actors_in(extraction, start, pivot))
        main_facts: list[Statement] = [s for s in extraction.statements
                                       if s.speaker in main_actors and s.evidence.start != start]
        evidence = Evidence.span(extraction.article, start, end)
        for sub in sub_facts:
            for main in main_facts:
                before, after = (sub, main) if b_first else (main, sub)
                extraction.orders.append(Order(before=before, after=after, evidence=evidence))
                if b_first and sub.date is None and main.date is not None:
                    bound = main.date.latest
                    sub.latest = bound if sub.latest is None else min(sub.latest, bound)
