"""The actor step: people and organisations named in an article, with all their mentions.

spaCy's French NER (PER, LOC, ORG, MISC) is completed by an entity ruler fed from the gazetteer, then
filtered for precision: places, demonyms ("les Russes"), captions and headings ("Trump IA"),
currencies ("francs CFA") and sentence fragments never found an actor. A new actor needs a full
personal name (PER with a first and last name), or an organisation cue ("le ministère ...", "la
société X", "X, un quotidien ..."), or a qualified institution ("le gouvernement moldave"), or a
gazetteer entry; anything else may only designate an actor found elsewhere (a bare surname).
Classes come from the gazetteer, else from the cue, else Person for PER and Organisation for ORG.
Organisation names cut short by the NER are completed ("Alliance pour une Suisse [neutre]").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, Literal

from kg.extract.appositions import abbreviating, apposed
from kg.extract.cued_names import cued_names
from kg.extract.facts import ActorKind, Extraction
from kg.extract.furniture import credit_spans, dateline_spans, heading_spans, masthead_spans
from kg.extract.gazetteer import Entry, Gazetteer, build_ruler, fold, is_acronym, merge_gazetteer_names
from kg.extract.institution_words import trailing_head
from kg.extract.institutions import (
    CUES,
    DEFINITE,
    ENGLISH_PUBLIC_HEADS,
    FOREIGN_PUBLIC_WORDS,
    PUBLIC_HEADS,
    cue_kind,
    designations,
    introduced,
)
from kg.extract.lexicon import COMPANY_WORDS, CURRENCY_WORDS, LEGAL_FORMS, MEDIA_NAME_WORDS
from kg.extract.lexicon_events import SPEND_VERBS
from kg.extract.lexicon_speech import DATABASE_NOUNS
from kg.extract.lone_names import speaking_lone_name
from kg.extract.names import (
    capital,
    completed,
    extended,
    foreign,
    joined_at_initials,
    known_legal_form,
    name_word,
    past_currency,
    spelt_by_acronym,
    trimmed,
    university,
    with_given_name,
    with_head_word,
)
from kg.extract.nlp import french
from kg.extract.other_names import (
    BRACKET_CLOSES,
    BRACKET_OPENED,
    glossed,
    nicknamed,
    patronymic,
    pseudonym,
    spelt_names,
    untagged_acronyms,
    untagged_pseudonyms,
    with_holders,
)
from kg.extract.pipeline import Step
from kg.extract.resolve import Candidate, resolve_actors
from kg.extract.seats import seat_candidates
from kg.extract.titled_names import (
    PERSON_BEFORE,
    capitalised,
    honoured,
    led_by_named,
    named_after_title,
    titled_person,
    titled_through,
)

_NOT_ORGS = frozenset({"USD", "EUR", "PDG", "CEO", "IA", "AI", "TV", "PIB", "TVA", "UTC", "GMT", "OK", "US"})
_OF = frozenset({"de", "du", "des", "d'", "d’"})
#: what names a page, an account or a group given in guillemets: "des pages comme «", "ils
#: s'appelaient «", "le compte «", and the next of a list ("«A», «B» et «")
_NAMING_QUOTE = re.compile(r"(?:\b(?:comme|tels? que|telles? que|dont|appel\w*|baptis\w*|intitul\w*|nomm\w*"
                           r"|comptes?|pages?|chaînes?|groupes?)|»\s*,|»\s+et)[\s\u00a0\u202f]*«[\s\u00a0\u202f]*\Z")


def _quoted_name(span: Any) -> bool:
    """Whether ``span`` is in a short quotation that names a page or an account ("Ils s'appelaient
    «Te Reo o te Iti Tangata» et «Moana Pride»"): a name given, no person."""
    text, sentence = span.doc.text, span.sent
    opening = text.rfind("«", sentence.start_char, span.start_char)
    closing = text.find("»", span.end_char, sentence.end_char)
    if opening < 0 or closing < 0 or "»" in text[opening:span.start_char] \
            or "«" in text[span.end_char:closing]:
        return False
    return len(text[opening + 1:closing].split()) <= 8 and bool(
        _NAMING_QUOTE.search(text, max(0, opening - 40), opening + 1))
_LINK = re.compile(r"\s+(?:de|du|des|d['’]|pour|contre)\b")
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "int", "inte", "ue", "u", "ie", "i")
#: A court named after "près le" is the seat of a prosecutor's title, not an actor of its own.
_SEAT = re.compile(r"\bprès\s+(?:le|la|l['’])\s*\Z")
_FORMERLY = re.compile(r"\s*\((?:ex-|anciennement\b|l['’]ancien\b)")


def make_actor_step(gazetteer: Gazetteer) -> Step:
    """A pipeline step filling ``extraction.actors`` (parsing the body first when no step did).

    The gazetteer's entity ruler is built once per step, on first use; the spaCy model is shared.
    """
    ruler: Any = None

    def find_actors(extraction: Extraction) -> None:
        nonlocal ruler
        nlp = french()
        if ruler is None:
            ruler = build_ruler(nlp, gazetteer)
        body = extraction.article.body
        if extraction.doc is None or extraction.doc.text != body:
            extraction.doc = nlp(body)
        merge_gazetteer_names(ruler, extraction.doc)
        headings = heading_spans(body)
        qualified, heads = designations(extraction.doc)
        found = candidates(extraction.doc, gazetteer, headings, qualified)
        seats = seat_candidates(extraction.doc, gazetteer, found, headings)
        # a seat that does not act is a place ("une fondation de Buenos Aires"), never its government
        found = [c for c in found if not any(c.start < s.end and s.start < c.end for s in seats)
                 and not (c.entry is None and c.text in gazetteer.seats)]
        found = sorted([*found, *seats], key=lambda c: c.start)
        extraction.actors = resolve_actors(extraction.article, found, gazetteer, headings, heads)

    return find_actors


def actor_at(extraction: Extraction, start: int, end: int) -> str | None:
    """Key of the actor with a mention overlapping ``[start, end)``: mentions inside first, then earliest."""
    hits = [((m.start < start or m.end > end), m.start, key)
            for key, actor in extraction.actors.items() for m in actor.mentions
            if m.start < end and start < m.end]
    return min(hits)[2] if hits else None


def last_named(extraction: Extraction, start: int, end: int, kind: str | None = None) -> str | None:
    """Key of the actor (of ``kind``, if given) whose mention starts last within ``[start, end)``."""
    starts = [(m.start, key) for key, actor in extraction.actors.items() for m in actor.mentions
              if start <= m.start < end and kind in (None, actor.kind)]
    return max(starts)[1] if starts else None


def actors_in(extraction: Extraction, start: int, end: int) -> list[str]:
    """Keys of the actors mentioned within ``[start, end)``, in order of first mention there."""
    firsts = {key: min(m.start for m in inside)
              for key, actor in extraction.actors.items()
              if (inside := [m for m in actor.mentions if start <= m.start and m.end <= end])}
    return sorted(firsts, key=firsts.__getitem__)


def candidates(doc: Any, gazetteer: Gazetteer, headings: list[tuple[int, int]],
               institutions: Sequence[tuple[int, int]] = ()) -> list[Candidate]:
    """Spans worth resolving, each with the kind it may found (``None``: designates only).

    Entity spans, completed or trimmed, and the qualified ``institutions``; an acronym in parentheses
    right after a name is linked to it.
    """
    found: list[Candidate] = []
    unvouched: list[Candidate] = []  # guarded names ("X") in no telling context
    glosses: list[tuple[Any, str]] = []  # "(Fiscalía General del Estado)" after a name
    redefined: set[str] = set()  # known acronyms the article defines for something else
    for ent in sorted([*joined_at_initials(doc.ents), *cued_names(doc)], key=lambda e: e.start):
        if "\n" in ent.text or any(c.start <= ent.start_char and ent.end_char <= c.end for c in found):
            continue
        entry = _unless_redefined(ent, gazetteer.lookup(ent.text), redefined)
        span = known_legal_form(ent, entry, gazetteer) if entry is not None else trimmed(completed(ent))
        span = with_head_word(past_currency(span)) if span is not None else None
        if span is not None and entry is None and (named := university(span)) is not None:
            found.append(Candidate(named.start_char, named.end_char, named.text, "Organisation"))
            continue
        if span is None or _currency(span):
            continue
        if ent.label_ == "PER" and len(span) == 1:
            span = extended(span)
        if ent.label_ == "PER":
            span = with_given_name(span)
        entry = entry or _unless_redefined(span, gazetteer.lookup(span.text), redefined)
        if entry is not None and entry.guarded and not _vouched(span):
            unvouched.append(Candidate(span.start_char, span.end_char, span.text, entry.kind, entry))
            continue
        if entry is not None:
            found.append(Candidate(span.start_char, span.end_char, span.text, entry.kind, entry))
            continue
        if _parenthesised(span):
            glosses.append((span, ent.label_))  # linked below, once institutions are found too
            continue
        kind = _kind(span, span.label_ or ent.label_)
        if kind is not False:
            found.append(Candidate(span.start_char, span.end_char, span.text, kind))
    vouched = {c.entry.name for c in found if c.entry is not None and c.entry.guarded}
    found += [c for c in unvouched if c.entry is not None and c.entry.name in vouched  # "X" once vouched
              and not any(o.start < c.end and c.start < o.end for o in found)]
    for start, end in institutions:
        overlapping = [c for c in found if c.start < end and start < c.end]
        if any(c.entry is not None or (c.kind is not None and c.start <= start and end <= c.end)
               for c in overlapping):
            continue
        end = max([end] + [c.end for c in overlapping if c.start == start and _LINK.match(doc.text, end)])
        found = [c for c in found if c not in overlapping]
        text = doc.text[start:end]
        entry = gazetteer.lookup(text)
        found.append(Candidate(start, end, text, entry.kind if entry else "GovernmentBody", entry))
    for span, label in glosses:
        named = glossed(span, found)
        kind = named.kind if named is not None else _kind(span, label)
        if kind is not False:
            found.append(Candidate(span.start_char, span.end_char, span.text, kind,
                                   same_as=named.start if named is not None else None))
    found += untagged_acronyms(doc, found)
    spelt = spelt_names(doc, found)  # its pieces the tagger saw are the name, founded
    found = [c for c in found if not any(n.start <= c.start and c.end <= n.end for n in spelt)] + spelt
    nicknames = nicknamed(doc) + patronymic(doc)
    found = [c for c in found if not any(n.start < c.end and c.start < n.end for n in nicknames)] + nicknames
    found = with_holders(found, doc.text)
    found += untagged_pseudonyms(found, doc.text)
    found = [pseudonym(c, found, doc.text) for c in found]
    found = [c for c in found if not _SEAT.search(doc.text[max(0, c.start - 12):c.start])]
    credits = credit_spans(doc.text) + dateline_spans(doc.text)
    found = [c for c in found if not any(s <= c.start < e for s, e in credits)]  # "... / AFP": not even AFP
    found.sort(key=lambda c: c.start)
    mastheads = masthead_spans(doc.text)
    found = [replace(c, kind=None, entry=None) if any(s <= c.start < e for s, e in mastheads) else c
             for c in found]
    return apposed([abbreviating(c, found, doc.text) for c in _unheaded(found, headings)], doc.text)


def _vouched(span: Any) -> bool:
    """A guarded name ("X") in a context that makes it an actor: after a cue noun ("le réseau social
    X", "la plateforme X"), as the place of a post ("sur X", not "sur X personnes"), glossed by its
    former name ("X (ex-Twitter)"), as the owner of an ads database ("le centre de transparence de
    X"), or opening a sentence as the subject of a finite verb. Once one
    mention is vouched for, every mention of the name in the article is the actor. "à X" followed by
    punctuation or a preposition is a payee ("versée à X par la fondation")."""
    doc = span.doc
    if introduced(span):
        return True
    after = doc[span.end] if span.end < len(doc) else None
    if span.start == span.sent.start and after is not None and after.pos_ in ("AUX", "VERB") \
            and "Fin" in after.morph.get("VerbForm"):
        return True  # "X avait indiqué ...": the subject opening a sentence
    loose = after is None or after.is_punct or after.pos_ in ("SCONJ", "ADP", "CCONJ", "ADV")
    if span.start > 0 and doc[span.start - 1].lower_ in ("sur", "à") and loose:
        return True
    owner = doc[max(0, span.start - 4):span.start]
    if span.start > 1 and doc[span.start - 1].lower_ in ("de", "d'", "d’") and any(
            t.lower_ in DATABASE_NOUNS or t.lower_ == "transparence" for t in owner):
        return True  # "le centre de transparence de X", "la bibliothèque publicitaire de X"
    return bool(_FORMERLY.match(doc.text[span.end_char:span.end_char + 20]))


def _unheaded(found: list[Candidate], headings: list[tuple[int, int]]) -> list[Candidate]:
    """Candidates in headings may only designate (unless known to the gazetteer)."""
    return [replace(c, kind=None) if c.entry is None and any(s <= c.start < e for s, e in headings) else c
            for c in found]


def _parenthesised(span: Any) -> bool:
    """A name of several capitalised words alone in parentheses: "(Fiscalía General del Estado)"."""
    text = span.doc.text  # also "(YUP, Parti du nouvel horizon)", "(Gambia Police Force, GPF)"
    opened = BRACKET_OPENED.search(text, max(0, span.start_char - 16), span.start_char)
    return bool(span.text[:1].isupper() and len(span) >= 2 and not is_acronym(span.text) and opened
                and BRACKET_CLOSES.match(text, span.end_char))


def _unless_redefined(span: Any, entry: Entry | None, redefined: set[str]) -> Entry | None:
    """``entry``, unless the article defines ``span`` for something else, here or earlier ("le bureau
    du directeur des poursuites publiques (DPP)" is not the known DPP); ``redefined`` remembers it."""
    if entry is not None and (span.text in redefined or _defined_otherwise(span, entry)):
        redefined.add(span.text)
        return None
    return entry


_DATELINE_DASH = re.compile(r"\)\s*[–—-]\s")


def _defined_otherwise(span: Any, entry: Entry) -> bool:
    """An acronym in parentheses after words that are not the gazetteer entry's name: the article
    defines it for something else."""
    text = span.doc.text
    if not is_acronym(span.text) or text[max(0, span.start_char - 1):span.start_char] != "(":
        return False
    if _DATELINE_DASH.match(text, span.end_char):
        return False  # "Thimphou (AFP) –": an agency's dateline, no definition
    before = fold(text[max(0, span.start_char - 100):span.start_char])
    return not any(fold(name) in before for name in (entry.name, *entry.aliases) if not is_acronym(name))


def _currency(span: Any) -> bool:
    """"francs CFA", "dollars US": a currency, not an organisation."""
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return fold(f"{before} {span.text}") in CURRENCY_WORDS


_ARTICLES = frozenset({"le", "la", "l'", "l’", "au", "du"})


def _kind(span: Any, label: str) -> ActorKind | None | Literal[False]:
    """The kind ``span`` may found, ``None`` if it may only designate, ``False`` if it is noise."""
    cue = cue_kind(span, person=label == "PER")
    words = [t for t in span if not t.is_punct]
    if len(words) == 1 and words[0].morph.get("Number") == ["Plur"] and cue is None:
        return False  # a demonym or a group noun: "les Russes", "des Américains"
    if _introductory(span) or _indefinite_description(span):
        return False
    if label != "LOC" and led_by_named(span) and not any(
            w.lower_ in FOREIGN_PUBLIC_WORDS | ENGLISH_PUBLIC_HEADS for w in words):  # (a public body's
        return cue or "Organisation"  # name is read below) "Le chef du Framtíðarflokkurin, Rúni Joensen,"
    # (an English head in a name tagged as an organisation is read below, with its acronym)
    heads = FOREIGN_PUBLIC_WORDS - ENGLISH_PUBLIC_HEADS if label == "ORG" else FOREIGN_PUBLIC_WORDS
    if len(words) > 1 and words[0].text[:1].isupper() and words[0].lower_ not in CUES \
            and any(t.lower_ in heads and t.text[:1].isupper() for t in words):
        return "GovernmentBody"  # "le Korps Politie Suriname", "le Ministerio Público", "le Consell General"
    if len(words) > 1 and words[0].text[:1].isupper() and words[0].lower_ not in CUES \
            and any((t.lower_ in COMPANY_WORDS and t.text[:1].isupper())  # not "la Haute Autorité des médias"
                    or t.lower_.replace(".", "") in LEGAL_FORMS for t in words[1:]):
        return "Company"  # "Altamira Medios", "Vistaar AdNet": a company's name, whatever the tagger saw
    if (label in ("ORG", "MISC", "PER") or (label == "LOC" and len(words) > 1)) and _media_name(words):
        return "MediaOutlet"  # "le Vientiane Times", "Interrogée par Tchadinfos"
    if label == "LOC":
        before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
        if named_after_title(span) or (capitalised(words) and PERSON_BEFORE.fullmatch(before)):
            return "Person"  # "la directrice de X, Elena Marin,", "la comédienne X Y": not a place
        trade = span.start > 1 and span.doc[span.start - 1].lower_ == "de" \
            and span.doc[span.start - 2].pos_ == "NOUN"  # "une société de conseil de Lima": a trade
        qualified = len(span) == 2 and span[0].pos_ == "ADJ" and span[1].lower_ in CUES  # "la Haute Cour"
        cue = CUES[span[1].lower_] if qualified and cue is None else cue
        headed = len(span) > 1 and (span[0].lower_ in CUES or trailing_head(span) is not None or qualified) \
            and not trade
        return cue if cue is not None and (headed or introduced(span)) else None
    if label == "PER":
        if span.start > 1 and span.doc[span.start - 1].lower_ == "à" \
                and PERSON_BEFORE.fullmatch(span.doc[span.start - 2].lower_):
            return False  # "avocate à George Town": where she works, no person
        if span.start > 0 and span.doc[span.start - 1].lower_ in ("le", "la") \
                and span.end + 2 < len(span.doc) and span.doc[span.end].text == "," \
                and capitalised(list(span.doc[span.end + 1:span.end + 3])):
            return False  # "la Lord Advocate, Eilidh Baird,": an office in English, its holder after it
        if _quoted_name(span):
            return False  # "des pages comme « Voice blong Pipol »": a name given as an example, no person
        if span.start > 0 and span.doc[span.start - 1].lower_ in ("m.", "mme", "mlle", "me"):
            return "Person" if len(span) > 1 else None  # "Mme X, l'agence ...": no organisation cue
        if named_after_title(span):
            return "Person"  # "D'après son secrétaire général, X Y, une agence ... avait proposé"
        names = span.text.split()  # "Chen Wei-ming": hyphenated given names are one word
        strange = {t.text for t in span if foreign(t)}  # "le mouvement Hlas lidu"
        if cue is not None and span.start > 1 and span.doc[span.start - 1].lower_ in CUES \
                and span.doc[span.start - 2].lower_ in DEFINITE:
            return cue  # "l'ONG Għaqda għall-Integrità Pubblika" (not "le chef d'entreprise X")
        if not all(name_word(w) or w in strange for w in names) \
                or len(names) > 5:
            return False
        if any(c.isdigit() for c in span.text):
            return False
        if len(names) > 1 and spelt_by_acronym(span.doc, span.start, span.end):
            return cue or "Organisation"  # "cheffe de file d'Alternativa Civica (AC)": no one's initials
        if titled_through(span):
            return "Person"
        if span.start > 0 and span.doc[span.start - 1].lower_ in _ARTICLES \
                and _acronym_after(span):
            return cue or "Organisation"  # "au Lekhotla la Sechaba (LLS)": a person takes no article
        capitals = sum(any(c.isupper() for c in w) for w in names)  # "Ziad al-Oran": two
        return cue or ("Person" if capitals >= 2 else None)
    bracketed = span.end + 1 < len(span.doc) and span.doc[span.end].text == "(" \
        and is_acronym(span.doc[span.end + 1].text)  # a long name its acronym closes
    if len(words) > (14 if bracketed else 10) or not (capital(span.text) or span[0].lower_ in CUES):
        return False
    if capitalised(words) and titled_through(span) and span.doc[span.start - 2].lower_ in _OF:
        return "Person"  # "l'animateur de radio X Y" (not "le fondateur de l'agence X"): the cue is the trade
    if cue is not None:
        return cue
    if (titled_person(span) or honoured(span)) and capitalised(words):
        return "Person"
    if label in ("ORG", "MISC") and named_after_title(span) and span.end < len(span.doc) \
            and span.doc[span.end].text in ",.;":
        return "Person"  # "la présidente de la commission, Aušra Kazlauskienė,": taken for an organisation
    acronym = len(words) == 1 and is_acronym(span.text) and len(span.text) >= 3
    if label == "ORG" and acronym and span.text not in _NOT_ORGS:
        return "Organisation"
    if label in ("ORG", "MISC") and _paying(span, words):
        return "Organisation"
    # "la Direction nationale des enquêtes (DNE)": named by its acronym, a public body by its head;
    # "la Structure spéciale anticorruption (SPAK)": an acronym in its own language
    if label in ("ORG", "MISC") and len(words) > 1 and (spelt_by_acronym(span.doc, span.start, span.end) or (
            span.text[:1].isupper() and _acronym_after(span))):
        public = any(w.lower_ in PUBLIC_HEADS for w in words[:2]) or words[-1].lower_ in ENGLISH_PUBLIC_HEADS
        return "GovernmentBody" if public else "Organisation"
    if label in ("ORG", "MISC") and len(words) > 1 and capitalised(words) and span.start > 0 \
            and span.doc[span.start - 1].lower_ in _ARTICLES and words[-1].lower_ in _ENGLISH_OFFICES:
        return "GovernmentBody"  # "le Crown Law Office", "le Serious Fraud Office"
    if label == "ORG" and len(words) > 2 and capital(words[0].text) and capital(words[-1].text) \
            and all(capital(w.text) or w.lower_ in _ENGLISH_LINKS for w in words) \
            and any(w.lower_ == "for" for w in words):
        return "Organisation"  # "Islanders for Dialogue", "Citizens for the Reef" (not "Port of Spain")
    if label in ("ORG", "MISC") and speaking_lone_name(span):
        return "Organisation"  # "», indique Zindo."
    return None


#: lowercase words inside English names of organisations
_ENGLISH_LINKS = frozenset({"for", "of", "the", "and"})


#: heads of English names of public bodies, named in full with an article
_ENGLISH_OFFICES = ENGLISH_PUBLIC_HEADS | {"office", "force"}


def _media_name(words: list[Any]) -> bool:
    """A capitalised name with a media word after its first ("Timor Post", "Monaco-Matin"), or one
    word ending in one ("Tchadinfos")."""
    parts = [p for w in words for p in re.split(r"[-‑]", w.text) if p]
    parts = [p[2:] if p[:2].lower() in ("d'", "d’", "l'", "l’") else p for p in parts  # "Diari d'Andorra"
             if p.lower() not in ("de", "del", "do", "da", "di", "d'", "d’", "l'", "l’", "of", "the")]
    if not parts or not all(p[:1].isupper() or p[:1].isdigit() for p in parts):
        return False
    if len(parts) == 1:
        return len(parts[0]) > 6 and parts[0].lower().endswith(("infos", "news", "hebdo"))
    return any(p.lower() in MEDIA_NAME_WORDS for p in parts)


def _acronym_after(span: Any) -> bool:
    """An acronym in parentheses right after ``span``, with its first letter ("X la Y (XLY)") or
    spelling the name's last capitalised words ("Solomon Islands United Front for Change (UFC)")."""
    doc, end = span.doc, span.end
    if not (end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")"
            and is_acronym(doc[end + 1].text)):
        return False
    acronym = doc[end + 1].text
    capitals = "".join(t.text[0] for t in span if t.text[:1].isupper())
    return acronym[:1] == span.text[:1] or (len(acronym) >= 3 and capitals.endswith(acronym))


def _paying(span: Any, words: list[Any]) -> bool:
    """A name of capitalised words that pays ("Stellar Reach a déboursé 18 000 euros"): whoever
    spends money is an organisation, named even without a cue."""
    root = span.root
    if not capitalised(words) or any(c.isdigit() for c in span.text):
        return False
    if root.dep_ in ("appos", "nmod") and root.head.dep_ == "nsubj" and span.start > 0 \
            and span.doc[span.start - 1].text == "," and root.head.i < span.start:
        root = root.head  # "Une seconde structure, X Y, domiciliée à Londres, a acheté": named in apposition
    subject = root.dep_ == "nsubj" or (root.dep_ == "nsubj:pass" and _offering(root.head))
    return subject and (root.head.lemma_ in SPEND_VERBS or _offering(root.head))


def _offering(verb: Any) -> bool:
    """"X avait aussi proposé au trust un second volet": who offers a service (in the active voice,
    whatever the parse says of its subject) is an organisation."""
    return bool(verb.pos_ == "VERB" and verb.lemma_ in ("proposer", "offrir")
                and any(c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in verb.children))


def _indefinite_description(span: Any) -> bool:
    """"une agence de Lima" (which the NER may take for a name): an indefinite lowercase noun
    describes some organisation, it names none."""
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return span[0].text.islower() and span[0].lower_ in CUES and before in ("un", "une", "des")


def _introductory(span: Any) -> bool:
    """"Sollicitée, la société ...": a participle opening a sentence, not a name."""
    token = span[0]
    return bool(len(span) == 1 and token.is_sent_start and token.lower_.endswith(_PARTICIPLE_ENDINGS)
                and token.vocab.has_vector(token.lower_) and span.end < len(span.doc)
                and span.doc[span.end].text == ",")
