"""The extent of a name: NER spans trimmed of determiners and completed where the model cut them.

Organisation names cut short are completed ("Service de renseignement de la" + "Confédération",
"Alliance pour une Suisse" + "neutre", "Observatoire haïtien" + "des médias numériques"), and so are
foreign names whose lowercase words the French model does not know ("Transparentní" + "volby").
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Span

from kg.extract.gazetteer import CONTRACTED_ARTICLES, Entry, Gazetteer, fold, is_acronym
from kg.extract.institution_words import FOREIGN_HEADS
from kg.extract.institutions import CHARGING, CUES
from kg.extract.lexicon import COMPANY_WORDS, CURRENCY_WORDS, LEGAL_FORMS, WEEKDAYS, key
from kg.extract.lexicon_events import ITEM_NOUNS
from kg.extract.name_prefixes import nationality_before, portfolio_before, seat_before
from kg.extract.resolve import initials

PARTICLES = frozenset({"de", "du", "des", "d'", "d’", "van", "von", "der", "den", "ben", "bin", "al", "el",
                       "ibn", "di", "da", "do", "dos", "das", "y", "la", "le", "ould", "mint", "bint", "bent",
                       "del", "della", "í", "ap", "ferch", "binti"})
_GLUED_PARTICLE = re.compile(r"(?:de|da|di|du|van|von|le|la)[A-ZÀ-Ý]")
_LEADING = frozenset({"le", "la", "les", "l'", "l’", "d'", "d’", "du", "de", "des", "un", "une", "selon",
                      "pour", "par", "avec", "dans", "après", "avant", "chez", "et", "mais", "m.", "mme",
                      "mlle", "me", "dr", "pr", "mm."})
_OF = frozenset({"de", "du", "des", "d'", "d’"})
#: heads of party names, which run on to the region the party is named after
_PARTIES = frozenset({"parti", "mouvement", "front", "rassemblement", "congrès", "alliance"})
_NAME_LINKS = frozenset({"pour", "de", "du", "des", "d'", "d’", "contre"})
_LINK_DETERMINERS = frozenset({"la", "le", "les", "l'", "l’", "une", "un"})
#: links inside names kept in their own language ("Ciudadanos por un Uruguay Libre")
_FOREIGN_LINKS = frozenset({"por", "para", "pela", "pelo", "per", "für", "for", "of", "del"})


def capital(word: str) -> bool:
    """Whether ``word`` starts with a capital, past a leading ʻokina ("ʻAna", "ʻAtenisi")."""
    return word.lstrip("ʻ‘")[:1].isupper()


def name_word(word: str) -> bool:
    """A word of a person's name: capitalised ("Lemine", "ʻAna"), a particle ("ould", "mint", "van"), a
    capitalised word after a hyphenated particle ("al-Oran", "el-Masri") or an elided one ("d'Almeida")."""
    if capital(word) or word.lower() in PARTICLES:
        return True
    if word[:2].lower() in ("d'", "d’") and word[2:3].isupper():
        return True  # "Afi d'Almeida"
    if _GLUED_PARTICLE.match(word):
        return True  # "Tina deBrum", "Ana dePaula": a particle written onto the capitalised name
    particle, _, rest = word.partition("-")
    return particle.lower() in PARTICLES and rest[:1].isupper()


def foreign(token: Any) -> bool:
    """A lowercase word unknown to the French model's vocabulary ("volby", "lidu"): part of a name."""
    return bool(token.is_alpha and token.text.islower() and not token.vocab.has_vector(token.lower_))


def trimmed(ent: Any) -> Any | None:
    """``ent`` without leading determiners, prepositions, honorifics or lowercase cue nouns before a
    capitalised name ("think tank Stiftung X"), and without trailing punctuation."""
    start, end = ent.start, ent.end
    while start < end - 1 and ent.doc[start].lower_ in _LEADING:
        start += 1
    start += _honorific_run(ent.doc, start, end)
    prefix = (portfolio_before(ent.doc, start, end) or seat_before(ent.doc, start, end)
              or nationality_before(ent.doc, start, end))
    start += prefix
    cues = start
    while cues < end - 1 and ent.doc[cues].text.islower() \
            and (ent.doc[cues].lower_ in CUES or ent.doc[cues].lower_ == "think"
                 or (cues > start and ent.doc[cues].pos_ == "ADJ")):  # "chaîne publique Canal 4"
        cues += 1
    # "parti Renaissance nationale": the name goes on with its own adjective
    if cues > start and ent.doc[cues].text[:1].isupper() \
            and all(t.text[:1].isupper() or t.is_digit or (t.pos_ == "ADJ" and t.i > cues)
                    for t in ent.doc[cues:end]):
        start = cues
    # "le Conseil de sécurité | de « campagnes ... »": a quotation the name runs into, not one it holds
    quote = next((t.i for t in ent.doc[start + 1:end - 1] if t.text in "«“" and not any(
        c.text in "»”" for c in ent.doc[t.i + 1:end])), end)
    end = quote if quote > start + 1 else end
    while end > start and (ent.doc[end - 1].is_punct or ent.doc[end - 1].lower_ in PARTICLES
                           or _amount_start(ent.doc, end - 1)) and not _legal_form_stop(ent.doc, end - 1):
        end -= 1
    end = _before_charge(ent.doc, start, end)
    end = _before_items(ent.doc, start, end)
    end = next((i for i in range(start + 1, end - 1) if ent.doc[i].lower_ in _OF
                and key(ent.doc[i + 1].text) in WEEKDAYS), end)  # "Congrès" + "du mardi 6 mars"
    if prefix and end > start:  # the minister the portfolio was run into, the Ghanaian named
        return Span(ent.doc, start, end, label="PER")
    return ent.doc[start:end] if end > start else None


def _before_items(doc: Any, start: int, end: int) -> int:
    """"au Parti du peuple 500 | vidéos", "du Mouvement citoyen | pour des annonces": the tagger runs a
    count of promoted items, what the money was for, or the verb "enquête" into the name."""
    for i in range(start + 1, end):
        if doc[i].lower_ == "pour" and i + 2 < len(doc) and doc[i + 2].lower_ in ITEM_NOUNS \
                and doc[i + 1].lower_ in ("des", "les", "ses", "leurs") and i > start + 1:
            return i
        if doc[i].lower_ in ("pour", "afin") and i + 1 < end and doc[i + 1].text.islower() \
                and "Inf" in doc[i + 1].morph.get("VerbForm"):
            return i  # "l'association Renaître | pour diffuser ses messages": a purpose, no name's words
    if end > start + 1 and doc[end - 1].like_num and end < len(doc) and doc[end].lower_ in ITEM_NOUNS:
        return end - 1
    if end > start + 1 and doc[end - 1].lower_ in ("enquête", "enquêtent") and end < len(doc) \
            and doc[end].lower_ in ("sur", "depuis"):
        return end - 1  # "La Commission anticorruption | enquête depuis janvier sur": the verb
    return end


def _legal_form_stop(doc: Any, i: int) -> bool:
    """The full stop of an abbreviated legal form ("Lda" + "."), part of the name."""
    return doc[i].text == "." and i > 0 and doc[i - 1].lower_ in LEGAL_FORMS and not doc[i - 1].whitespace_


def _before_charge(doc: Any, start: int, end: int) -> int:
    """"accusant l'armée et la Commission électorale de fraudes massives": the charge after "de" is
    no part of the name the tagger ran on into it."""
    for i in range(start + 1, end - 1):
        if doc[i].lower_ in ("de", "d'", "d’") and doc[i + 1].pos_ == "NOUN" and doc[i + 1].text.islower() \
                and any(a.lemma_ in CHARGING for a in doc[start].ancestors):
            return i
    return end


def _amount_start(doc: Any, i: int) -> bool:
    """"reçu de Morabeza Digital 3 000 euros": a number whose thousands follow starts an amount."""
    return bool(doc[i].is_digit and i + 1 < len(doc) and len(doc[i + 1].text) == 3 and doc[i + 1].is_digit)


#: honorifics written before a name, not part of it ("Datuk Seri X Y", "Tan Sri X Y")
_HONORIFIC_RUNS = (("datuk", "seri"), ("dato'", "sri"), ("dato'", "seri"), ("tan", "sri"),
                   ("datuk",), ("dato'",), ("datin",), ("tun",),
                   ("u",), ("daw",))  # Burmese: "U Tin Maung Oo", "Daw Nilar Aye"


def _honorific_run(doc: Any, start: int, end: int) -> int:
    """How many tokens of an honorific open ``doc[start:end]``, when at least two words follow."""
    words = [t.lower_ for t in doc[start:end]]
    for run in _HONORIFIC_RUNS:
        if tuple(words[:len(run)]) == run and len(words) - len(run) >= 2:
            return len(run)
    return 0


def completed(ent: Any) -> Any:
    """An organisation name cut short by the NER, completed.

    A name ending on "de la" goes on with the capitalised words after it ("Service de renseignement
    de la" + "Confédération"), as does a name followed by capitalised words of no other entity
    ("Nordwave" + "Analytics"), or by "pour"/"contre" or an untagged "de X" ("Union" + "pour une
    Roumanie"); adjectives before an acronym in parentheses belong to the name ("Commission électorale
    nationale" + "autonome (CENA)"), and so does a lowercase adjective ending a name with such a link
    after a capitalised word ("Alliance pour une Suisse" + "neutre"). A capitalised cue noun with its
    adjectives takes a lowercase complement ("Observatoire haïtien" + "des médias numériques"); a
    foreign name takes the foreign words after it ("Transparentní" + "volby").
    """
    doc, end = ent.doc, ent.end
    end = _foreign_end(doc, ent.start, end)
    while end < len(doc) and "." in doc[end].text and doc[end].lower_.replace(".", "") in LEGAL_FORMS:
        end += 1  # "Kirchberg Stone Development S.à" + "r.l.": a legal form written with full stops
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].text[:1].isupper() \
            and doc[end + 1].lower_.rstrip(".") in LEGAL_FORMS:
        end += 2 + (end + 2 < len(doc) and doc[end + 2].text == ".")  # "Atlântico Sul Consultoria" + ", Lda."
    if end + 3 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" \
            and all(doc[i].lower_.replace(".", "") in LEGAL_FORMS for i in (end + 1, end + 3)):
        end += 4  # "Clifton Digital Solutions" + "(Pvt) Ltd", "(Pty) Ltd"
    party = doc[ent.start].lower_ in _PARTIES or FOREIGN_HEADS.get(doc[ent.start].lower_) in _PARTIES
    if (ent.label_ == "PER" and not party) or end > ent.end:  # ("Aliança Cívica" + "de Macau" goes on)
        return doc[ent.start:end]
    if doc[end - 1].lower_ in PARTICLES and end < len(doc) and _capital(doc[end]):
        return doc[ent.start:_capitals(doc, end)]
    if doc[end - 1].lower_ in _FOREIGN_LINKS and end + 1 < len(doc):  # "Ciudadanos por" + "un Uruguay Libre"
        j = end + (doc[end].lower_ in _LINK_DETERMINERS)
        if _capital(doc[j]):
            return doc[ent.start:_capitals(doc, j)]
    end = _capitals(doc, end, free=True)
    spelt = _spelt_run(doc, ent.start, end)
    if spelt:  # "Parti" + "pour la souveraineté thaïe (PST)": the acronym spells the whole name
        return doc[ent.start:spelt]
    while end < len(doc) and doc[end].lower_ in COMPANY_WORDS and doc[end].text[:1].isupper() \
            and doc[end].ent_iob_ == "B" and (end + 1 == len(doc) or doc[end + 1].ent_iob_ != "I"):
        end = _capitals(doc, end + 1, free=True)  # "Savannah" + "Signal" + "Partners", tagged apart
    while end + 1 < len(doc) and doc[end].lower_ in _NAME_LINKS - {"contre"}:
        j = end + 1 + (doc[end + 1].lower_ in _LINK_DETERMINERS)
        if j < len(doc) and _capital(doc[j]) and spelt_by_acronym(doc, ent.start, _capitals(doc, j)):
            end = _capitals(doc, j)  # "Alliance des forces" + "du Mono (AFM)", whatever the tagger saw
            continue
        # "le Parti démocratique" + "du Wollo": a party named after its region, however it is tagged
        if j >= len(doc):
            break
        region = party and doc[j].ent_type_ in ("LOC", "MISC")
        tagged = doc[j].ent_type_ in ("PER", "ORG", "MISC") and not region
        if not _capital(doc[j]) or tagged \
                or doc[j].lower_ in CUES or (doc[j].ent_type_ == "LOC" and doc[end].lower_ != "pour"
                                             and end - ent.start > 1 and not region):
            break
        end = _capitals(doc, j)
    end = _cause_end(doc, ent.start, _complement_end(doc, ent.start, end))
    adjectives = end
    while adjectives < len(doc) and doc[adjectives].pos_ == "ADJ" and doc[adjectives].text.islower():
        adjectives += 1
    if adjectives > end and adjectives + 2 < len(doc) and doc[adjectives].text == "(" \
            and is_acronym(doc[adjectives + 1].text) and doc[adjectives + 2].text == ")":
        return doc[ent.start:adjectives]
    coordinated = _coordinated_end(doc, adjectives)
    if coordinated:  # "Agence de lutte contre le crime organisé" + "et la corruption (MOCA)"
        return doc[ent.start:coordinated]
    span = doc[ent.start:end]
    # "Comité pour un Palaos" + "souverain", which the tagger may hang on the name as a noun
    qualifying = adjectives > end or (end < len(doc) and doc[end].text.isalpha() and doc[end].text.islower()
                                      and doc[end].dep_ == "flat:name" and doc[end].head.i == end - 1)
    if len(span) >= 3 and span.text[:1].isupper() and _capital(span[-1], start=True) and qualifying \
            and _NAME_LINKS & {t.lower_ for t in span} and not _participle(doc, end):
        return doc[ent.start:end + 1]
    return span


def _coordinated_end(doc: Any, at: int) -> int:
    """The end of "et + a lowercase noun phrase" right at ``at`` when an acronym in parentheses
    follows it ("... contre le crime organisé | et la corruption | (MOCA)"); else 0."""
    while at < len(doc) and doc[at].text.islower() and _participle_form(doc[at]):
        at += 1  # "crime organisé", the participle tagged a verb
    if at + 3 >= len(doc) or doc[at].lower_ != "et" or doc[at - 1].text[:1].isupper():
        return 0
    for stop in range(at + 2, min(len(doc) - 2, at + 7)):
        if doc[stop].text == "(" and is_acronym(doc[stop + 1].text) and doc[stop + 2].text == ")":
            words = doc[at + 1:stop]
            phrase = all(t.text.islower() and (t.pos_ in _PHRASE_TAGS or _participle_form(t)) for t in words)
            return stop if phrase and any(t.pos_ == "NOUN" for t in words) else 0
    return 0


def _spelt_run(doc: Any, start: int, end: int) -> int:
    """The end of a run of up to six words after ``doc[start:end]``, within the sentence and with no
    punctuation, that the acronym in parentheses right after it spells with the name; else 0."""
    for stop in range(end + 1, min(len(doc), end + 7)):
        if doc[stop - 1].is_punct or doc[stop - 1].is_space or doc[stop - 1].is_sent_start:
            return 0
        if spelt_by_acronym(doc, start, stop):
            return stop
    return 0


def spelt_by_acronym(doc: Any, start: int, end: int) -> bool:
    """Whether the acronym in parentheses right after ``doc[start:end]`` spells its initials."""
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return False
    return is_acronym(doc[end + 1].text) and initials(doc[start:end].text) == doc[end + 1].text


#: words an acronym skips: "Mouvement pour une Kabylie unie (MKU)"
_FUNCTION_WORDS = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "et", "pour", "sur", "contre",
                             "à", "aux", "au", "en", "un", "une", "s"})


#: the words an acronym skips even where it keeps "à" or "et": "Université du Québec à Montréal (UQAM)"
_ARTICLES_OF = frozenset({"de", "du", "des", "d", "la", "le", "les", "l"})


def name_spelt_before(doc: Any, paren: int) -> int | None:
    """Where the name starts that the acronym in the parentheses opened at ``doc[paren]`` spells
    with the initials of its capitalised words ("Lëvizja Qytetare për Drejtësi (LQD)", "People's
    Progressive Congress (PPC)"), reading back at most seven words; ``None`` if none does."""
    if paren + 2 >= len(doc) or doc[paren].text != "(" or doc[paren + 2].text != ")" \
            or not is_acronym(doc[paren + 1].text):
        return None
    for start in range(paren - 1, max(-1, paren - 8), -1):
        token = doc[start]
        if token.is_punct or token.is_space:
            return None
        words = re.split(r"[\s'’-]+", doc[start:paren].text)
        capitals = "".join(w[0] for w in words if w[:1].isupper())  # "Lëvizja Qytetare për Drejtësi"
        content = "".join(w[0].upper() for w in words if w and w.lower() not in _FUNCTION_WORDS)  # "pour une"
        written = "".join(w[0] for w in words if w)  # "Biergerlëscht fir Wunnen (BfW)": as written
        # "Université du Québec à Montréal (UQAM)": past the articles and "de" only
        linked = fold("".join(w[0] for w in words if w and w.lower() not in _ARTICLES_OF)).upper()
        spelt = doc[paren + 1].text in (capitals, content, written, linked)
        if token.text[:1].isupper() and spelt and len(words) >= 2:
            return start
    return None


def _foreign_end(doc: Any, start: int, end: int) -> int:
    """End of a foreign name: up to two foreign lowercase words after a word the model does not know."""
    last = doc[end - 1]
    if not last.is_alpha or last.vocab.has_vector(last.lower_):
        return end
    stop = end
    while stop < len(doc) and stop - end < 2 and foreign(doc[stop]):
        stop += 1
    return stop


def _complement_end(doc: Any, start: int, end: int) -> int:
    """"Observatoire haïtien" + "des médias numériques": a capitalised cue noun and its lowercase
    adjectives, then "de/des/du" + a lowercase noun and its adjectives (once)."""
    head = doc[start]
    if head.lower_ not in CUES or not head.text[:1].isupper() or end - start > 3 \
            or not all(t.text.islower() and t.is_alpha for t in doc[start + 1:end]):
        return end
    i = end
    if i + 1 >= len(doc) or doc[i].lower_ not in _OF or doc[i + 1].pos_ != "NOUN" \
            or not doc[i + 1].text.islower() or doc[i + 1].lower_ in CUES:
        return end
    i += 2
    while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].text.islower() and not _participle(doc, i):
        i += 1
    return i


def _cause_end(doc: Any, start: int, end: int) -> int:
    """"Réseau Bayan" + "pour la transparence", "Agence de lutte" + "contre le blanchiment organisé et
    la fraude (ALBF)": a name headed by a capitalised cue noun goes on with the cause it stands for, a
    lowercase noun after "pour la" or "contre le", when a comma, a parenthesis or a coordination before
    an acronym ends it."""
    if not (doc[start].text[:1].isupper() and doc[start].lower_ in CUES) or end + 2 >= len(doc) \
            or doc[end].lower_ not in ("pour", "contre") or doc[end + 1].lower_ not in _LINK_DETERMINERS:
        return end
    i = end + 2
    if doc[i].pos_ != "NOUN" or not doc[i].text.islower():
        return end
    i += 1
    while i < len(doc) and doc[i].text.islower() and (doc[i].pos_ == "ADJ" or _participle_form(doc[i])):
        i += 1
    if i < len(doc) and doc[i].text in (",", "(", ")"):
        return i
    verb = doc[start].head
    if i < len(doc) and doc[start].dep_.startswith("nsubj") and doc[i].pos_ in ("VERB", "AUX") \
            and verb.i in (i, doc[i].head.i):
        return i  # "L'Alliance du Butana pour la justice" + "affirme": the name's own verb ends it
    return _coordinated_end(doc, i) or end


_PHRASE_TAGS = frozenset({"DET", "NOUN", "ADJ", "ADP"})


def _participle_form(token: Any) -> bool:
    return "Part" in token.morph.get("VerbForm")


def _participle(doc: Any, i: int) -> bool:
    """"créée en", "basée à": a participle with its complement, not an adjective of the name."""
    return doc[i].lower_.endswith(("é", "ée", "és", "ées")) and i + 1 < len(doc) and doc[i + 1].pos_ == "ADP"


def _capital(token: Any, *, start: bool = False) -> bool:
    return token.text[:1].isupper() and (start or not token.is_sent_start) and not token.is_punct


def _capitals(doc: Any, i: int, *, free: bool = False) -> int:
    """End of the run of capitalised tokens from ``i`` (``free``: belonging to no entity)."""
    while i < len(doc) and _capital(doc[i]) and not (free and doc[i].ent_iob_ not in ("O", "")):
        i += 1
    return i


def extended(span: Any) -> Any:
    """A one-word personal name completed by the capitalised proper nouns after it ("Maria" Butina)."""
    doc, end = span.doc, span.end
    while end < len(doc) and end - span.start < 3 and doc[end].pos_ == "PROPN" \
            and doc[end].text[:1].isupper() and doc[end].ent_type_ in ("", "PER"):
        end += 1
    return doc[span.start:end]


def joined_at_initials(ents: Any) -> list[Any]:
    """The entities, where the NER split a name at an initial between two capitalised words
    ("Stavroula" + "Ch." + "Kyriakou", "Kamran" + "A." + "Malik") or after an unknown given name
    ("Kebba" + "Ousman Jobe") joined again as one person."""
    ents = sorted(ents, key=lambda e: e.start)
    joined: list[Any] = []
    for ent in ents:
        previous = joined[-1] if joined else None
        if previous is not None and ent.start == previous.end + 1 \
                and _INITIAL.fullmatch(ent.doc[previous.end].text) and previous.text[:1].isupper():
            joined[-1] = Span(ent.doc, previous.start, ent.end, label="PER")
            continue
        if previous is not None and ent.start == previous.end and len(previous) == 2 \
                and _INITIAL.fullmatch(previous[-1].text) and previous.text[:1].isupper() \
                and ent.text[:1].isupper():
            joined[-1] = Span(ent.doc, previous.start, ent.end, label="PER")  # "Rustam Kh." + "Davlatov"
            continue
        if previous is not None and ent.start == previous.end and _unknown_given_name(previous) \
                and ent.label_ == "PER" and len(ent) >= 2:
            joined[-1] = Span(ent.doc, previous.start, ent.end, label="PER")  # "Kebba" + "Ousman Jobe"
            continue
        joined.append(ent)
    return joined


def _unknown_given_name(ent: Any) -> bool:
    """One capitalised word unknown to the model's vocabulary, not opening its sentence: a given name the
    NER cut from the rest of the name ("le commissaire principal Kebba" + "Ousman Jobe")."""
    token = ent[0]
    return len(ent) == 1 and token.text[:1].isupper() and token.is_alpha and not token.is_sent_start \
        and not token.vocab.has_vector(token.text) and not token.vocab.has_vector(token.lower_)


#: an initial standing for a given name: "A.", "Th."
_INITIAL = re.compile(r"[A-Z][a-z]?\.")


def university(span: Any) -> Any | None:
    """"l'université Tribhuvan", "l'université de Gambie": a university's name holds its lowercase cue
    (and the "de" before its place), whatever the tagger saw."""
    doc, start = span.doc, span.start
    if start > 2 and doc[start - 1].lower_ in ("de", "d'", "d’", "du") \
            and doc[start - 2].lower_ == "université" and span[0].ent_type_ == "LOC":
        start -= 1  # "l'université de" + "Gambie"
    named = start > 1 and doc[start - 1].lower_ == "université" \
        and doc[start - 2].lower_ in ("la", "l'", "l’")
    return doc[start - 1:span.end] if named and span.text[:1].isupper() else None


def known_legal_form(ent: Any, entry: Entry, gazetteer: Gazetteer) -> Any:
    """"Snap" + "Inc.": a known name with the legal form the gazetteer knows it by, as one mention;
    "au" + "Figaro": a known newspaper named after the preposition its article contracts into."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].lower_.replace(".", "") in LEGAL_FORMS:
        end += 1
    longer = gazetteer.lookup(doc[ent.start:end].text) if end > ent.end else None
    span = doc[ent.start:end] if longer is not None and longer.name == entry.name else ent
    return span[1:] if len(span) > 1 and span[0].lower_ in CONTRACTED_ARTICLES else span


def with_head_word(span: Any) -> Any:
    """"Essequibo Signal Inc.": a company's name with its legal form, whose first word the tagger
    took for a place, starts with that word."""
    if span is None or span.start < 2 or span[-1].lower_.replace(".", "") not in LEGAL_FORMS:
        return span
    before = span.doc[span.start - 1]
    opening = before.is_sent_start and before.pos_ != "NOUN"  # "Lumley" + "Bay Communications Ltd a versé"
    if before.text[:1].isupper() and before.is_alpha and before.whitespace_ \
            and (not before.is_sent_start or opening) and before.pos_ in ("PROPN", "NOUN", "X") \
            and (span.doc[span.start - 2].text != "." or opening):
        return span.doc[span.start - 1:span.end]
    return span


#: particles of filiation between a given name and the father's ("Maryam bent Saad X")
_FILIATION = frozenset({"ben", "bent", "bin", "bint", "ibn", "ould", "mint"})


def with_given_name(span: Any) -> Any:
    """"Maryam" + "bent Saad Al-Souwaidi": a person's name whose given name, before a particle of
    filiation, the tagger left out of it."""
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].lower_ in _FILIATION and doc[span.start - 2].is_alpha \
            and doc[span.start - 2].text[:1].isupper() and not doc[span.start - 2].is_sent_start:
        return doc[span.start - 2:span.end]
    if span.start >= 1 and span[0].lower_ in _FILIATION:
        return doc[span.start - 1:span.end] if doc[span.start - 1].text[:1].isupper() else span
    return span


def past_currency(span: Any) -> Any:
    """"15 000 dollars de Trinité-et-Tobago de Gulf Pearl Media": the name after a currency that
    ends inside the span (the country is the currency's); ``None`` if the span is only the currency."""
    doc = span.doc
    if span.start < 2:
        return span
    for end in range(span.start + 1, span.end + 1):
        if key(doc[span.start - 2:end].text) in CURRENCY_WORDS:
            rest = list(doc[end:span.end])
            if len(rest) >= 2 and rest[0].lower_ in ("de", "d'", "d’", "du"):
                return doc[end + 1:span.end]
            return None
    return span
