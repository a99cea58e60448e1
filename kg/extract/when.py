"""When something was said or happened: the date a sentence gives, or the one its context gives.

Order of preference for a fact read in one sentence:
1. a date stated in the sentence (not a date qualifying a noun, as in "l'élection de 2016");
2. when the sentence sends time back ("à cette époque"), the last date stated before it in its
   paragraph, or no date at all if there is none (the moment meant is unknown); a pluperfect
   ("avait indiqué") takes that earlier date too, when there is one;
3. ``fallback``, the caller's date from context (e.g. the date of the same speaker's previous
   statement: "Il a ajouté que ..." continues it);
4. the date of the previous sentence of the paragraph, when that sentence names the same
   ``actor`` ("... postées par X le 16 février. Dans ces tweets, X a déclaré que ...");
5. nothing. The publication date is not a default: that something was reported on a day does
   not say when it was said or done, and a fact is never given a date the text does not support.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from datetime import timedelta
from typing import Any

from kg.dates import PartialDate
from kg.extract.actors import actors_in
from kg.extract.facts import Extraction
from kg.extract.lexicon import UNITS, key
from kg.extract.lexicon_events import EVENT_ORDINAL, INDICTMENT_VERBS
from kg.extract.lexicon_speech import (
    ANAPHORIC_TIME,
    RANGE_WORDS,
    REACTIONS,
    REPORTING_VERBS,
    SAME_DAY,
    SPEAKING_VERBS,
)
from kg.extract.referents import person_described
from kg.extract.temporal import DateMention, find_dates

Token = Any  # spaCy Token


def dates_in(extraction: Extraction, start: int, end: int) -> list[DateMention]:
    """Dates stated in ``body[start:end]`` (offsets into the body), relative ones resolved; "la
    veille" or "le lendemain" against the story (see ``_next_to_the_story``)."""
    body = extraction.article.body
    if extraction.article.date is None:
        found = _in_the_story_year(body, start, end)
    else:
        found = find_dates(body[start:end], extraction.article.date, offset=start)
    found = [dataclasses.replace(m, date=_next_to_the_story(extraction, m.start, m.end) or m.date)
             for m in found]
    for match in [*_NEXT_DAY.finditer(body, start, end), *_DAYS_LATER.finditer(body, start, end)]:
        if any(m.start <= match.start() < m.end for m in found):  # (without a date header, nothing else
            continue  # reads them; nor "Trois jours plus tard," anywhere)
        told = _next_to_the_story(extraction, match.start(), match.end())
        if told is not None:
            found.append(DateMention(match.start(), match.end(), match[0], told, True, False))
    header = extraction.article.date
    if header is not None:  # "Le lendemain" read against the article's day would be after it
        found = [m for m in found if not (m.relative and m.date.earliest > header.latest)]
    return sorted(found, key=lambda m: m.start)


def _in_the_story_year(body: str, start: int, end: int) -> list[DateMention]:
    """The dates of ``body[start:end]`` in an article with no date header: those written whole, and
    a day or a month written without its year in the year of the story where it is written."""
    found = []
    for mention in find_dates(body[start:end], None, offset=start, year=_LEAP_YEAR):
        year = _story_year(body, mention.start) if mention.relative else mention.date.year
        if year is None:
            continue
        try:
            found.append(dataclasses.replace(mention, date=dataclasses.replace(mention.date, year=year)))
        except ValueError:  # "29 février" in a year that has none
            continue
    return found


#: a year with every day, to read "29 février" before the story's year is known
_LEAP_YEAR = 2000


def _story_year(body: str, start: int) -> int | None:
    """In an article with no date header, the year of the last date told with its month and year
    before ``start`` ("les élections du 27 novembre 2024. [...] Le 3 décembre, ..."): the year a
    later "le 3 décembre" is in. A year told alone ("les images datent de 2019") says nothing."""
    told = [m for m in _absolute_dates(body) if m.end <= start and m.date.month is not None]
    return told[-1].date.year if told else None


@functools.lru_cache(maxsize=16)
def _absolute_dates(body: str) -> tuple[DateMention, ...]:
    return tuple(find_dates(body, None))


#: "La veille", "le lendemain" (not "La veille des inculpations": next to an event)
#: ("a promis le lendemain de présenter": "de" then an infinitive is the verb's)
#: ("inculpé le lendemain d'atteinte à la sûreté": "de" then a charge is the verb's too)
_CHARGE = (r"(?:atteinte|abus|association|blanchiment|complot|corruption|détournement|escroquerie|extorsion"
           r"|faux|financement|fraude|incitation|ingérence|infraction|trafic|violation|espionnage|trahison"
           r"|recel|diffamation|manipulation|subornation)\b")
#: "Trois jours plus tard", "Une semaine plus tard" (opening a sentence)
_DAYS_LATER = re.compile(r"\b(?:(\w+)\s+jours|[Uu]ne\s+semaine)\s+plus\s+tard\b")
_NEXT_DAY = re.compile(r"\b(?:La veille|Le lendemain|la veille|le lendemain)\b"
                       rf"(?!\s+(?:des|du|d['’](?!{_CHARGE})|de\s+(?![a-zà-ÿ]+(?:er|ir|re)\b|{_CHARGE})))")


def date_of(
    extraction: Extraction,
    start: int,
    end: int,
    verb: Token | None = None,
    *,
    content: tuple[int, int] | None = None,
    fallback: PartialDate | None = None,
    actor: str | None = None,
    continued: bool = False,
) -> PartialDate | None:
    """The date of a fact read in the sentence ``body[start:end]``; see the module docstring.

    ``continued`` says the fact continues an earlier one whose date is ``fallback``, even when that
    is ``None``: an undated statement's continuation stays undated.

    Dates inside ``content`` (the words of a statement) date what is said, not the saying: they
    are ignored.
    """
    article = extraction.article
    stated = [m for m in _moments(extraction, start, end, verb)
              if not (content and content[0] <= m.start < content[1])]
    if stated:
        anchor = verb.idx if verb is not None else start
        return min(stated, key=lambda m: abs(m.start - anchor)).date
    around = _around_event(extraction, start, end, content)
    if around is not None:
        return around
    body = article.body
    # « J'ai dit non le jour même », se souvient-elle: a quote's "same day" is the words' day, not
    # hers (a reported clause's is read as the saying's: "a indiqué que le même jour, ...")
    quoted = content is not None and "«" in body[max(start, content[0] - 2):content[0] + 1]
    told = body[start:content[0]] + " " + body[content[1]:end] if content and quoted else body[start:end]
    if any(phrase in told.lower() for phrase in SAME_DAY) or body[start:end].lower().startswith(REACTIONS):
        return _last_date_before(extraction, start, paragraphs=2)
    if any(phrase in body[start:end].lower() for phrase in ANAPHORIC_TIME):
        # "à cette époque": the moment named earlier in the paragraph, or an unknown one
        return _last_date_before(extraction, start, paragraphs=1)
    if _pluperfect(verb):
        earlier = _last_date_before(extraction, start, paragraphs=1)
        if earlier is not None:
            return earlier
    if fallback is not None or continued:
        return fallback  # a continuation carries its statement's date, or none
    cited = _cited_date(extraction, start, end)
    if cited is not None:
        return cited
    if actor is not None:
        return _previous_sentence_date(extraction, start, actor)
    return None


#: "la veille de l'annonce du parquet", "le lendemain de l'inculpation", "la veille de son
#: inculpation", "Le lendemain de ces inculpations", "la veille du second tour": a day next to an event
_NEXT_TO_EVENT = re.compile(r"\b(la veille|le lendemain|\w+ jours? (?:après|avant))\s+"
                            r"(?:de\s+l['’]\s*|du\s+|des\s+|de\s+la\s+|la\s+|les?\s+|l['’]\s*"
                            r"|de\s+(?:son|sa|ses|leurs?|ces|cette|ce)\s+)"
                            rf"{EVENT_ORDINAL}(\w+)",
                            re.IGNORECASE)


def _around_event(extraction: Extraction, start: int, end: int,
                  content: tuple[int, int] | None) -> PartialDate | None:
    """The day before or after an event the article dated earlier: the first sentence before
    ``start`` that tells it with a word of the same stem ("a annoncé vendredi", "a inculpé lundi")
    and a day-precise date."""
    body = extraction.article.body
    for match in _NEXT_TO_EVENT.finditer(body, start, end):
        if content and content[0] <= match.start() < content[1]:
            continue
        stem = key(match[2])[:5].rstrip("e")  # "mise en examen" is told by "mis en examen"
        stems = _SAME_EVENT.get(stem, (stem,))  # "deux jours après le scrutin": "les élections du 1er"
        shift = _shift(key(match[1]))
        if shift is None:
            continue
        for sentence in extraction.doc.sents:
            if sentence.end_char > start:
                break
            told = [t for t in sentence if key(t.text).startswith(stems) and t.pos_ in ("VERB", "NOUN")]
            if not told:
                continue
            # a noun's own date is its event's ("les élections du lundi 1er septembre")
            found = dates_in(extraction, sentence.start_char, sentence.end_char) if told[0].pos_ == "NOUN" \
                else _moments(extraction, sentence.start_char, sentence.end_char, told[0])
            dated = [m for m in found if m.date.precision == "day"]
            if dated:
                day = min(dated, key=lambda m: abs(m.start - told[0].idx)).date
                return PartialDate.of(day.earliest + timedelta(days=shift))
        header = extraction.article.date
        if header is not None and header.precision != "day":
            return header  # "Le lendemain de la diffusion" under "date 2032-11": that month, no finer
    return None


#: stems of words that tell the same event: the vote is the election
_SAME_EVENT = {"scrut": ("scrut", "elect"), "elect": ("elect", "scrut")}


def _shift(phrase: str) -> int | None:
    """Days from the event: "la veille" -1, "le lendemain" 1, "deux jours après" 2, "3 jours avant" -3."""
    if phrase in ("la veille", "le lendemain"):
        return -1 if phrase == "la veille" else 1
    count, _, direction = phrase.split()
    days = int(count) if count.isdigit() else UNITS.get(count)
    if days is None:
        return None
    return days if direction == "apres" else -days


def _next_to_the_story(extraction: Extraction, start: int, end: int) -> PartialDate | None:
    """"La veille, X avait ...", "Le lendemain, ..." opening a sentence: the day before or after
    the last day the story told before, not the article's date."""
    body = extraction.article.body
    phrase = key(body[start:end])
    later = _DAYS_LATER.fullmatch(body, start, end)
    if phrase not in ("la veille", "le lendemain") and later is None:
        return None
    before = body[max(0, start - 3):start].strip()
    opening = not before or before.endswith((".", "»", "!", "?", ";"))  # "le 16 juin ; le lendemain, ..."
    if later is not None:  # "Trois jours plus tard, ...": days after the story's last day, opening only
        told = _last_date_before(extraction, start, paragraphs=2) if opening else None
        days = 7 if later[1] is None else UNITS.get(key(later[1]))
        if told is None or told.precision != "day" or days is None:
            return None
        return PartialDate.of(told.earliest + timedelta(days=days))
    if not opening and phrase == "la veille" and extraction.article.date is not None:
        return None  # "X, qui avait parlé la veille": the day before the article's
    # "a dénoncé le lendemain": the day after the story's last day, never the day after publication
    told = _last_date_before(extraction, start, paragraphs=2)
    if told is None or told.precision != "day":
        return None
    return PartialDate.of(told.earliest + timedelta(days=-1 if phrase == "la veille" else 1))


def _previous_sentence_date(extraction: Extraction, start: int, actor: str) -> PartialDate | None:
    """The date stated in the sentence just before ``start``, if it is in the same paragraph and
    names ``actor``."""
    previous = [s for s in extraction.doc.sents if s.end_char <= start]
    if not previous:
        return None
    sentence = previous[-1]
    body = extraction.article.body
    if "\n\n" in body[sentence.start_char:start]:
        return None
    # a relative clause may date the speaker's own act ("publiées par X le 16 février"): the
    # check that the actor did what the date goes with replaces the relative-clause filter
    stated = [d for d in _moments(extraction, sentence.start_char, sentence.end_char, relatives=True)
              if _acted_by(extraction, d, actor)]
    return stated[-1].date if stated else None


def _acted_by(extraction: Extraction, mention: DateMention, actor: str) -> bool:
    """Whether the verb the date depends on has ``actor`` as its subject or agent: "postées par X
    le 16 février", "X a appelé hier"; not "ouvert en décembre après un signalement de X"."""
    span = extraction.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None) if span else None
    if verb is None:
        return False
    if verb.i == verb.sent.start and "Part" in verb.morph.get("VerbForm"):
        # "Interrogé lundi, le secrétaire général de X, Y, ne conteste pas": who was asked is
        # the subject the opening participle qualifies, named before the finite verb
        finite = next((t for t in verb.sent if "Fin" in t.morph.get("VerbForm")), None)
        return actor in actors_in(extraction, verb.idx, finite.idx if finite else verb.sent.end_char)
    if verb.lemma_ in _REACHED and "Part" in verb.morph.get("VerbForm") and verb.head.i < verb.i:
        # "X, contacté mardi, ne conteste pas ... . Il assure": when X was reached is when X spoke
        return actor in actors_in(extraction, verb.head.left_edge.idx, verb.idx)
    if verb.dep_ == "xcomp" and "Inf" in verb.morph.get("VerbForm"):
        verb = verb.head  # "X a fini par réagir mardi": the infinitive's subject is its verb's
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubj:pass", "obl:agent"):
            words = list(child.subtree)
            if actor in actors_in(extraction, words[0].idx, words[-1].idx + len(words[-1])) \
                    or person_described(extraction, child) == actor:  # "Le Premier ministre a choisi hier"
                return True
    return False


def _moments(extraction: Extraction, start: int, end: int, verb: Token | None = None, *,
             relatives: bool = False) -> list[DateMention]:
    """The dates of ``body[start:end]`` that may date an act of its main clause: not a noun's
    modifier ("l'élection de 2016"), not the bound of a range ("depuis 2022"), not inside a
    relative clause ("le tribunal, qui a interdit en février ..., a estimé")."""
    body = extraction.article.body
    # "avait averti dès septembre que": right after a verb of saying, "dès" dates the saying
    # (and "avait été inculpé dès le 13 septembre" the charges)
    said = verb.idx + len(verb) if verb is not None and (
        verb.lemma_ in REPORTING_VERBS or verb.lemma_ in INDICTMENT_VERBS) else None

    def bound(m: DateMention) -> bool:
        before = body[max(start, m.start - 15):m.start].lower().rstrip()
        before = _ARTICLE_END.sub("", before)  # "depuis le 2 novembre"
        opening = body[start:m.start].strip().lower() == "dès"  # "Dès mercredi soir, X avait démenti"
        return before.endswith(RANGE_WORDS) and not opening and not (
            said is not None and _ARTICLE_END.sub("", body[said:m.start].rstrip().lower()).strip() == "dès")

    return [m for m in dates_in(extraction, start, end)
            if (not m.modifier or _ISSUE.search(body, max(0, m.start - 30), m.start)) and not bound(m)
            and (relatives or not _in_relative_clause(extraction, m, verb))
            and not _reported_by_another(extraction, m, verb)]


_ARTICLE_END = re.compile(r"\s+(?:le|la|les|l['’])$")
#: "dans son édition de lundi", "dans son rapport préliminaire du 31 octobre", "dans un communiqué du
#: 3 mars": the speaker's own issue or document of a day is when it said what it says
_ISSUE = re.compile(r"\b(?:(?:son|sa|leur|l['’])\s*|dans\s+une?\s+)"
                    r"(?:édition|rapport|communiqué|déclaration|avis|note|lettre)"
                    r"(?:\s+(?:préliminaire|final|finale|annuel|annuelle|intermédiaire|officiel|officielle))?"
                    r"\s+(?:de|du)\s+\Z", re.IGNORECASE)


def _reported_by_another(extraction: Extraction, mention: DateMention, verb: Token | None) -> bool:
    """Whether the date is in what another verb of saying reports ("« ... », a-t-il déclaré,
    précisant que le ministère avait ouvert une enquête mercredi"): it dates that content."""
    span = extraction.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or verb is None:
        return False
    for ancestor in span.root.ancestors:
        if ancestor.i == verb.i:
            return False
        if ancestor.dep_ == "ccomp" and ancestor.head.i != verb.i and ancestor.head.lemma_ in REPORTING_VERBS:
            return True
    return False


def _in_relative_clause(extraction: Extraction, mention: DateMention, verb: Token | None) -> bool:
    """Whether a relative clause or a participle qualifying the subject ("élu le 10 septembre"), below
    ``verb`` (the act being dated), holds the date."""
    span = extraction.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    for ancestor in span.root.ancestors:
        if verb is not None and ancestor.i == verb.i:
            return False
        if ancestor.dep_ == "acl:relcl":  # "X, qui s'exprimait mardi", "le Times, qui a consacré mardi sa
            return ancestor.lemma_ not in DATING_RELATIVES  # une à l'affaire": mardi dates the words
        # "M. X, élu le 10 septembre, conteste", "X, un organisme créé l'an dernier,": not the saying
        if ancestor.dep_ in ("acl", "appos") and "Part" in ancestor.morph.get("VerbForm") \
                and "Past" in ancestor.morph.get("Tense") and _in_subject(ancestor, verb) \
                and ancestor.lemma_ not in _PUBLISHING and ancestor.lemma_ not in _REACHED:
            return True  # (not "X, joint mercredi par téléphone, affirme": when reached, X spoke)
    return False


def _in_subject(participle: Token, verb: Token | None) -> bool:
    """Whether the noun ``participle`` qualifies is in the subject ("X, formation d'opposition créée
    en 2023, a nié"), or an apposition, below ``verb``."""
    for ancestor in participle.ancestors:
        if verb is not None and ancestor.i == verb.i:
            return False
        if ancestor.dep_ in ("nsubj", "nsubj:pass", "appos"):
            return True
        if ancestor.dep_ not in ("nmod", "conj"):  # "X, formation d'opposition": a conj in the parse
            return False
    return False


#: "un rapport publié le 3 novembre", "l'acte d'inculpation, déposé le 9 mars": the date a document
#: was published or filed is when it said what it says
_PUBLISHING = frozenset({"publier", "diffuser", "rendre", "dévoiler", "présenter", "déposer", "remettre",
                         "transmettre", "signer"})


#: "X, que j'ai joint vendredi", "le Times, qui a consacré mardi sa une à l'affaire": when the speaker
#: was reached, or gave the matter a page, is when the words were said
_REACHED = frozenset({"joindre", "contacter", "interroger", "rencontrer", "interviewer", "consacrer"})
#: verbs of a relative clause on the speaker whose date is the words' date
DATING_RELATIVES = SPEAKING_VERBS | _REACHED | {"révéler", "publier", "dévoiler"}  # "Selon le journal,
# qui a révélé l'affaire mardi, ...": a source's revelation is its words


def _pluperfect(verb: Token | None) -> bool:
    if verb is None:
        return False
    return any(
        child.dep_.startswith("aux") and child.lemma_ in ("avoir", "être")
        and "Imp" in child.morph.get("Tense")
        for child in verb.children
    )


def _last_date_before(extraction: Extraction, start: int, *, paragraphs: int) -> PartialDate | None:
    body = extraction.article.body
    begin = start
    for _ in range(paragraphs):
        found = body.rfind("\n\n", 0, max(begin - 1, 0))
        begin = 0 if found < 0 else found + 2
        if found < 0:
            break
    stated = [m for m in dates_in(extraction, begin, start) if not m.modifier
              and not body[max(begin, m.start - 24):m.start].lower().rstrip().endswith(_SINCE)
              and not _RANGE_END.search(body, max(begin, m.start - 60), m.start)]
    return stated[-1].date if stated else None


#: "entre le 1er octobre et le 9 novembre": the bounds of a period, no moment the text goes back to
_RANGE_END = re.compile(r"\bentre\s+(?:le\s+)?$|\bentre\b[^.;]{1,40}\bet\s+(?:le\s+)?$", re.IGNORECASE)


#: "depuis le mois de juin": the start of a state, no moment the text goes back to
_SINCE = ("depuis", "depuis le mois de", "dès")


#: a footnote call: "... l'essor des formats éphémères (2)."
FOOTNOTE_CALL = re.compile(r"\((\d{1,2})\)")


def _cited_date(extraction: Extraction, start: int, end: int) -> PartialDate | None:
    """The date of the source a footnote the sentence calls cites, when the note is a citation that
    ends with it ("(2) Al-Raya, Doha, 14 juin 2035."): the words were published that day."""
    body = extraction.article.body
    for call in FOOTNOTE_CALL.finditer(body, start, end):
        note = re.compile(rf"^\({call[1]}\)[ \t]+([^\n]{{1,120}})$", re.MULTILINE).search(body, end)
        if note is None:
            continue
        told = dates_in(extraction, note.start(1), note.end(1))
        if len(told) == 1 and not body[told[0].end:note.end(1)].strip(" ."):
            return told[0].date
    return None
