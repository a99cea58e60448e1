"""Organisations told by their nouns: the kind a cue noun gives a name, and institutional designations.

A cue noun heads a name ("le ministère de la Défense"), stands right before it ("la société X", "le
groupe de campagne X"), or opens an apposition next to it ("X, un quotidien ...", "une agence de
marketing établie à Dubaï, X, ..."). It says which kind of organisation the name is.

An institution may be named by a head noun and its qualifiers alone: "le gouvernement moldave", "le
parquet anticorruption de Chisinau", "la Chancellerie fédérale", "le Service de renseignement de la
Confédération". :func:`designations` finds those (the name is the phrase without its determiner) and
the bare definite mentions ("le gouvernement", "la Commission") that resolution may give to the one
qualified institution of the same head in the article. Plural heads ("les autorités") and heads
never qualified ("la justice") are unnamed designations, not actors.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.facts import ActorKind
from kg.extract.gazetteer import is_acronym
from kg.extract.institution_words import FOREIGN_HEADS, PORTFOLIOS, trailing_head
from kg.extract.lexicon import NOT_DEMONYMS, OCCUPATIONS
from kg.extract.roles import ROLE_NOUN

_GOV: ActorKind = "GovernmentBody"
_CO: ActorKind = "Company"
_MEDIA: ActorKind = "MediaOutlet"
_ORG: ActorKind = "Organisation"
#: Nouns that, heading a name or standing right before it, say what kind of organisation it is.
CUES: dict[str, ActorKind] = {
    **dict.fromkeys(("ministère", "département", "gouvernement", "parquet", "tribunal", "cour", "sénat",
                     "assemblée", "parlement", "congrès", "conseil", "administration", "police",
                     "gendarmerie", "armée", "préfecture", "ambassade", "autorité", "régulateur",
                     "commission", "bureau", "service", "services", "secrétariat", "chancellerie", "office",
                     "brigade", "chambre"),
                    _GOV),
    **dict.fromkeys(("société", "entreprise", "groupe", "firme", "compagnie", "banque", "plateforme",
                     "réseau", "messagerie", "géant", "start-up", "startup", "cabinet", "constructeur",
                     "opérateur", "holding", "multinationale", "fabricant", "application", "régie"), _CO),
    **dict.fromkeys(("média", "chaîne", "journal", "quotidien", "hebdomadaire", "magazine", "radio",
                     "télévision", "site", "station", "revue", "mensuel", "tabloïd", "portail"), _MEDIA),
    **dict.fromkeys(("parti", "association", "organisation", "ong", "fondation", "syndicat", "institut",
                     "université", "mouvement", "collectif", "comité", "fédération", "alliance",
                     "coalition", "centre", "observatoire", "agence", "ligue", "union", "organisme", "front",
                     "rassemblement", "bloc", "tank"), _ORG),
}
CUES.update({word: CUES[french] for word, french in FOREIGN_HEADS.items()})
_PRESS = frozenset({"presse", "information", "informations", "télévision", "radio"})
_STATE = frozenset({"nationale", "national", "fédérale", "fédéral", "gouvernementale", "gouvernemental",
                    "public", "publique", "étatique", "centrale", "central"})  # "la Banque centrale"
_STATE_CUES = frozenset({"agence", "centre", "office", "institut", "organisme", "observatoire", "banque"})
_BUSINESS = frozenset({"marketing", "communication", "publicité", "relations", "conseil", "lobbying",
                       "notation", "voyage", "voyages", "mannequins", "design"})
_CIVIC = frozenset({"campagne", "pression", "réflexion", "hackers", "pirates", "militants", "travail",
                    "citoyens", "soutien", "défense", "recherche", "chercheurs", "experts", "journalistes"})
_OF = frozenset({"de", "d'", "d’", "du", "des"})
#: a person's title ("présidente", "porte-parole") heading the complement a cue noun is in
_ROLE = re.compile(ROLE_NOUN)
_PERSON_NOUN = re.compile(rf"(?:{ROLE_NOUN}|{OCCUPATIONS})s?")
_DETERMINERS = frozenset({"le", "la", "l'", "l’", "du", "au"})
_INDEFINITE = frozenset({"un", "une", "sa", "son", "leur"})
DEFINITE = frozenset({"le", "la", "l'", "l’"})
#: "au micro de X", "sur les ondes de X": X is a broadcaster or a newspaper.
_MEDIA_IDIOM = re.compile(r"(?:\bmicro|\bantenne|\bondes|\bcolonnes|\bplateau)\s+(?:de|du|d['’])\s*\Z")
#: Company cues that, followed by a cause ("Société pour la protection ..."), name an association.
_CAUSES = frozenset({"pour", "contre"})
_MISSIONS = frozenset({"ambassade", "consulat"})
#: heads whose complement is a portfolio, even one the tagger reads as an organisation
_PORTFOLIO_HEADS = frozenset({"ministère", "secrétariat"})


#: verbs whose object is followed by what it is accused of: "accusant la Commission de fraudes"
CHARGING = frozenset({"accuser", "soupçonner", "suspecter", "taxer"})
#: Heads that any adjective qualifies ("le gouvernement moldave", "la police métropolitaine").
STRONG_HEADS = frozenset({"gouvernement", "parquet", "ministère", "chancellerie", "police", "gendarmerie",
                          "parlement", "sénat", "tribunal", "préfecture", "ambassade", "consulat",
                          "commission"})
#: Heads with common senses ("le service public", "l'autorité parentale"): qualified only by a place
#: or a name ("de la Confédération"), or when written with a capital ("la Cour suprême").
WEAK_HEADS = frozenset({"service", "conseil", "office", "autorité", "cour", "assemblée"})
#: Heads that, capitalised, name the one institution of the country even bare ("le Parlement").
SOLE_HEADS = frozenset({"parlement", "sénat", "congrès"})
#: Adjectives that situate an institution in time or scope without naming it.
_VAGUE = frozenset({"actuel", "actuelle", "précédent", "précédente", "nouveau", "nouvel", "nouvelle",
                    "ancien", "ancienne", "même", "seul", "seule", "dernier", "dernière", "prochain",
                    "prochaine", "local", "locale", "compétent", "compétente", "intérimaire", "provisoire",
                    "sortant", "sortante",
                    "entier", "entière", "premier", "première", "tout", "toute", "autre", "tel", "telle",
                    "propre", "principal", "principale", "grand", "grande", "haut", "haute"})
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies")
_PARTICIPLE = re.compile(r"(?:é|ée|és|ées)$")
#: endings of adjectives of nationality: "surinamais", "guyanienne", "bahreïni", "malgache"
_DEMONYM_END = re.compile(r"(?:ais|aise|ien|ienne|éen|éenne|ois|oise|ain|aine|in|ine|ote|i|an|ane)s?$")


def _demonym(token: Any) -> bool:
    """A nationality adjective the tagger took for another part of speech ("le ministère public
    surinamais", "surinamais" tagged an adverb), right after a qualifier of its head."""
    before = token.doc[token.i - 1]
    return bool(token.pos_ in ("ADV", "NOUN", "X") and not token.is_stop and len(token) >= 5
                and token.lower_ not in NOT_DEMONYMS and _DEMONYM_END.search(token.lower_)
                and before.pos_ == "ADJ" and before.text.islower())


def cue_kind(span: Any, *, person: bool = False) -> ActorKind | None:
    """The kind said by the head of ``span``, a cue right before it, or an apposition next to it.

    ``person``: the NER saw a person; an apposition before the name then counts only when it is not
    the complement of a title ("la gérante d'une société ..., X" names the manager).
    """
    doc = span.doc
    head = span[0].lower_
    if _MEDIA_IDIOM.search(doc.text[max(0, span.start_char - 20):span.start_char]):
        return _MEDIA
    after = list(doc[span.end:span.end + 5])
    appositive = _apposition_after(after)
    if appositive is not None and (appositive[0] in _STATE_CUES and _STATE & set(appositive[1])):
        return _GOV
    if head in CUES and len(span) > 1:
        return refine(head, [t.lower_ for t in span[1:]], [t.text for t in span[1:]])
    trailing = trailing_head(span)
    if trailing is not None:  # "Liechtensteiner Volksbewegung", "Heritage Institute"
        return refine(trailing, [t.lower_ for t in span[:-1]], [t.text for t in span[:-1]])
    if span[-1].lower_ in {"inc", "inc.", "corp", "corp.", "corporation", "sa", "sas", "ltd", "llc", "gmbh"} \
            and len(span) > 1:
        return _CO
    names = [t.text for t in span]
    skipped: list[str] = []
    i = span.start - 1
    while i >= 0 and len(skipped) <= 4:
        token = doc[i]
        if token.lower_ in CUES:
            return refine(token.lower_, skipped[::-1], names)
        complement = token.lower_ in _OF | {"au", "aux"} and bool(skipped) and doc[i + 1].pos_ == "NOUN"
        lowercase_name = token.pos_ == "PROPN" and token.text.islower()  # "kényane" tagged a name
        if token.pos_ not in ("ADJ", "NOUN") and not (complement or lowercase_name) \
                or token.text[:1].isupper():
            break
        skipped.append(token.lower_)
        i -= 1
    if appositive is not None:
        return refine(*appositive, names)
    return _apposition_before(span, person)


def refine(cue: str, around: list[str], name: list[str] | None = None) -> ActorKind:
    """The kind of ``cue`` given the words ``around`` it and the ``name`` it introduces.

    State agencies and bodies ("agence nationale", "organisme public"), press agencies ("agence de
    presse"), business agencies ("agence de marketing"), campaign groups ("groupe de campagne"), and
    civic platforms whose name is a French phrase ("la plateforme Sursaut citoyen").
    """
    words = set(around)
    if CUES[cue] == _CO and _CAUSES & set(around[:2]):
        return _ORG  # "Société géorgienne pour des élections libres": an association
    if cue == "agence" and name and _BUSINESS & {w.lower() for w in name}:
        return _CO  # "l'agence ..., Orbis Conseil"
    if cue in _STATE_CUES and _STATE & words:
        return _GOV
    if cue == "agence" and _PRESS & set(around[:3]):
        return _MEDIA
    if cue == "agence" and _BUSINESS & set(around[:3]):
        return _CO
    if cue == "groupe" and around[:1] in (["de"], ["d'"], ["d’"]) and _CIVIC & set(around[:3]):
        return _ORG
    if cue == "plateforme" and name and len(name) > 1 and any(w.islower() for w in name[1:]):
        return _ORG
    return CUES[cue]


def _apposition_after(after: list[Any]) -> tuple[str, list[str]] | None:
    """``(cue, words after it)`` of an apposition right after a name: ", un organisme public"."""
    if len(after) >= 3 and after[0].text == "," and after[1].lower_ in {"un", "une", "le", "la", "l'", "l’"}:
        nxt = after[2] if after[2].pos_ != "ADJ" or len(after) < 4 else after[3]
        rest = after[after.index(nxt) + 1:]
        verb = rest[1:2] if rest and rest[0].lower_ in ("ne", "n'", "n’") else rest[:1]  # "la X n'a"
        if verb and "Fin" in verb[0].morph.get("VerbForm"):
            return None  # "D'après X, la société a consacré ...": the subject of the next clause
        if rest and rest[0].text[:1].isupper() and after[1].lower_ not in ("un", "une"):
            return None  # "Selon sa présidente, X, l'agence Y a proposé": Y's cue, not X's
        if nxt.lower_ in CUES:
            return nxt.lower_, [t.lower_ for t in rest]
    return None


def _apposition_before(span: Any, person: bool) -> ActorKind | None:
    """The kind of "une société de relations publiques enregistrée à Chypre, X," (indefinite cue,
    or definite as the subject: "l'agence, Signal Plus, a dépensé", not "le chef de l'agence, X")."""
    doc = span.doc
    start = span.start - (span.start > 0 and doc[span.start - 1].lower_ in DEFINITE)  # ", la X"
    if start < 3 or doc[start - 1].text != ",":
        return None
    comma = _past_place(doc, start - 1)  # "une agence de Praia, au Cap-Vert, X"
    for i in range(comma - 1, max(-1, comma - 11), -1):
        token = doc[i]
        finite = token.pos_ == "VERB" and not token.text.endswith((*_PARTICIPLE_ENDINGS, "ant")) \
            and not token.text[:1].isupper()  # "de San Pedro Sula": "San" tagged a verb
        reflexive = token.lower_ in ("se", "s'", "s’") and doc[i + 1].text.endswith("ant")  # "se disant"
        if token.is_punct or token.pos_ == "AUX" or (token.pos_ == "PRON" and not reflexive) or finite:
            return None
        complement = comma - i >= 2 and not person
        definite = i > 0 and doc[i - 1].lower_ in DEFINITE and not person and (
            complement or (i < 2 or doc[i - 2].lower_ not in _OF))  # "l'agence, Signal Plus,"
        if token.lower_ in CUES and i > 0 and (_indefinite_before(doc, i) or definite):
            if person and i > 2 and doc[i - 2].lower_ in _OF and _PERSON_NOUN.fullmatch(doc[i - 3].lower_):
                return None  # "la gérante d'une société ..., X": the manager (not "un devis d'une agence, X")
            if i > 2 and doc[i - 2].lower_ in _OF and any(  # "le secrétaire général de l'Autorité"
                    _ROLE.fullmatch(t.lower_) for t in doc[max(0, i - 4):i - 2]):
                return None  # "la présidente de la Commission électorale, X": the title's holder
            if i > 2 and doc[i - 2].lower_ in _OF and doc[i - 3].text == ",":
                return None  # "le politologue X, de l'université Y, le Titano paie": X's affiliation
            return refine(token.lower_, [t.lower_ for t in doc[i + 1:comma]], [t.text for t in span])
    return None


def _past_place(doc: Any, comma: int) -> int:
    """The comma before a place in an incise that ends at ``comma`` (", au Cap-Vert,", ", en
    Turquie,"), else ``comma`` itself."""
    for j in range(comma - 2, max(0, comma - 5), -1):
        if doc[j].text == "," and doc[j + 1].lower_ in ("au", "aux", "en", "à") \
                and all(t.text[:1].isupper() for t in doc[j + 2:comma]):
            return j
    return comma


def _indefinite_before(doc: Any, i: int) -> bool:
    """An indefinite or possessive determiner before the noun at ``i``, maybe through a lowercase
    adjective ("une autre association", "sa nouvelle agence")."""
    if i > 1 and doc[i - 1].pos_ == "ADJ" and doc[i - 1].text.islower():
        i -= 1
    return doc[i - 1].lower_ in _INDEFINITE


def introduced(span: Any) -> bool:
    """A cue noun right before ``span`` (through lowercase adjectives: "la télévision publique ČT"),
    an indefinite or possessive apposition before it ("sa société, X,"), or a media idiom."""
    doc, i = span.doc, span.start - 1
    while i >= 0 and doc[i].pos_ == "ADJ" and doc[i].text.islower() and span.start - i <= 2:
        i -= 1
    if i >= 0 and doc[i].lower_ in CUES:
        return True
    if _MEDIA_IDIOM.search(doc.text[max(0, span.start_char - 20):span.start_char]):
        return True
    if span.start >= 3 and doc[span.start - 1].text == ",":
        cue = doc[span.start - 2]
        if cue.lower_ in CUES and doc[span.start - 3].lower_ in _INDEFINITE:
            return True
        # "un collectif se présentant comme citoyen, Cameroun Debout,": a name of several words
        return len(span) > 1 and _apposition_before(span, False) is not None
    # "une ONG basée à Chypre, la X": a definite article between the apposition and the name
    return i >= 0 and doc[i].lower_ in DEFINITE and _apposition_before(span, False) is not None


def designations(doc: Any) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Character spans of qualified institutions and of bare definite heads, in ``doc``.

    Qualified: a definite singular head (:data:`STRONG_HEADS`, :data:`WEAK_HEADS`) and its qualifiers,
    without the determiner; a capitalised sole head ("le Parlement"). Bare: the head alone.
    """
    qualified, bare = [], []
    for token in doc:
        head = token.lower_
        fight = _fight_end(token) if head in _FIGHT_HEADS and _definite(token) else None
        if fight is not None:  # "la brigade de lutte contre la cybercriminalité"
            qualified.append((token.idx, doc[fight - 1].idx + len(doc[fight - 1].text)))
            continue
        office = _OFFICE_OF.match(doc.text, token.idx) if head in ("bureau", "cabinet") and _definite(token) \
            else None
        if office is not None:  # "le bureau du Premier ministre", "le cabinet de la présidente"
            qualified.append(office.span())
            continue
        electoral = head in _ELECTORAL_HEADS and token.i + 1 < len(doc) \
            and doc[token.i + 1].lower_ in ("électoral", "électorale")  # "le bureau électoral central"
        if head not in STRONG_HEADS | WEAK_HEADS | SOLE_HEADS and not electoral or not _definite(token):
            continue
        strong = head in STRONG_HEADS or token.text[:1].isupper() or electoral
        end = _qualified_end(token, strong=strong and not _verbless(token))
        end = _before_acronym(doc, end) or end
        if end > token.i + 1:
            first = _capitalised_adjectives(token)
            qualified.append((first.idx, doc[end - 1].idx + len(doc[end - 1].text)))
        elif head in SOLE_HEADS and token.text[:1].isupper():
            qualified.append((token.idx, token.idx + len(token.text)))
        else:
            bare.append((token.idx, token.idx + len(token.text)))
    return qualified, bare


#: heads that an electoral adjective makes an institution: "le bureau électoral central"
_ELECTORAL_HEADS = frozenset({"bureau", "conseil", "office", "organe", "tribunal", "commission", "institut"})
#: heads of a public body's name: "Haute autorité de ... (HAAC)", "Direction nationale des enquêtes (DNE)"
PUBLIC_HEADS = STRONG_HEADS | WEAK_HEADS | frozenset({
    "brigade", "bureau", "unité", "cellule", "division", "direction", "agence", "centre", "département",
    "pôle", "inspection"})

#: heads ending a public body's English name ("Financial Crimes Commission (FCC)")
ENGLISH_PUBLIC_HEADS = frozenset({"commission", "authority", "unit", "department", "bureau", "police",
                                  "court", "council", "ministry", "directorate", "tribunal", "inspectorate"})

#: words that make a capitalised name in another language a public body's ("Korps Politie Suriname",
#: "Ministerio Público", "Openbaar Ministerie", "Fiscalía General")
FOREIGN_PUBLIC_WORDS = ENGLISH_PUBLIC_HEADS | frozenset({
    "politie", "policía", "polícia", "polizia", "polizei", "ministerie", "ministerio", "ministério",
    "ministero", "ministerium", "junta", "fiscalía", "procuraduría", "contraloría", "kiesraad", "kiesbureau",
    "rechtbank", "gerechtshof", "tribunale", "tribunal", "consejo", "conselho", "comisión", "comissão",
    "commissione", "staatsanwaltschaft", "prokuratura", "ministeri", "fiscalia", "consell", "batllia"})

#: the office of a head of government or state: "bureau du Premier ministre", "cabinet du président"
_OFFICE_OF = re.compile(r"(?:bureau|cabinet|Bureau|Cabinet) (?:du|de la) "
                        r"(?:[Pp]remier ministre|[Pp]remière ministre|[Pp]résidente?(?: de la République)?"
                        r"|[Pp]résidence|[Cc]hef de l['’]État"
                        # "le bureau du procureur général", "du directeur des poursuites publiques"
                        r"|[Pp]rocureure? (?:général|générale)"
                        r"|[Dd]irecteur des poursuites publiques)(?![\w-])")

#: common nouns that start a place's name: "des îles Salomon", "de l'île Maurice"
_PLACE_NOUNS = frozenset({"île", "îles", "archipel", "état", "république", "royaume", "émirat", "province",
                          "région", "territoire"})

#: units named for what they fight ("la brigade de lutte contre la cybercriminalité")
_FIGHT_HEADS = frozenset({"brigade", "bureau", "unité", "cellule", "division", "direction", "agence",
                          "centre", "office", "commission", "service", "pôle", "parquet", "autorité"})


def _fight_end(head: Any) -> int | None:
    """End of "de lutte contre la X" or "de répression de la X" (and X's adjectives, "et" a second X)
    after ``head``, through its adjectives ("l'office central de lutte contre ..."); else ``None``."""
    doc, i = head.doc, head.i + 1
    while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].text.islower():
        i += 1
    words = [t.lower_ for t in doc[i:i + 4]]
    if words[:3] in (["de", "lutte", "contre"], ["de", "répression", "de"]):  # "brigade de répression de"
        i += 3
    elif words == ["de", "la", "lutte", "contre"]:  # "la Direction générale de la lutte contre ..."
        i += 4
    else:
        return None
    end = None
    while i + 1 < len(doc) and doc[i].lower_ in ("la", "le", "les", "l'", "l’") \
            and doc[i + 1].pos_ == "NOUN" and doc[i + 1].text.islower():
        i += 2
        while i < len(doc) and doc[i].text.islower() and (doc[i].pos_ == "ADJ" or (
                doc[i].lower_ == "et" and i + 1 < len(doc) and doc[i + 1].pos_ == "ADJ")):
            i += 1  # "économique et électronique"
        end = i
        if not (i + 1 < len(doc) and doc[i].lower_ == "et"):
            break
        i += 1 + (doc[i + 1].lower_ in ("de", "du", "des"))  # "et de la sécurité ..."
    return end


#: words of a lowercase complement that may run on to an acronym ("de lutte contre la corruption (X)")
_COMPLEMENT_POS = frozenset({"NOUN", "ADJ", "ADP", "DET", "CCONJ"})


def _before_acronym(doc: Any, end: int) -> int | None:
    """Where a name ends that runs on in lowercase words to an acronym in parentheses: "le Parquet
    central | de lutte contre la délinquance économique et la corruption (WKStA)". ``None`` when no
    acronym closes the words after ``end``."""
    for i in range(end, min(end + 14, len(doc))):
        token = doc[i]
        if token.text == "(":
            inner = doc[i + 1:i + 3]
            closed = len(inner) == 2 and inner[1].text == ")" and is_acronym(inner[0].text)
            return i if closed and i > end else None
        if token.pos_ not in _COMPLEMENT_POS or not token.text.islower() or token.is_sent_start \
                or token.lower_ == "par":  # "la Haute Cour de X | par le bureau du ... (DPP)": an agent
            return None
    return None


def _capitalised_adjectives(head: Any) -> Any:
    """The first token of the name: "la Haute Cour fédérale" starts at "Haute", not "Cour"."""
    first = head
    while first.i > 0 and head.i - first.i < 2 and head.doc[first.i - 1].pos_ == "ADJ" \
            and head.doc[first.i - 1].text[:1].isupper() and head.doc[first.i - 1].lower_ not in _DETERMINERS:
        first = head.doc[first.i - 1]
    return first


def _verbless(token: Any) -> bool:
    """No verb in the sentence: its "adjective" is the verb ("La police enquête."); "enquête" read as
    a noun at the root is the verb ("La Police judiciaire enquête sur ...")."""
    return not any(t.pos_ in ("VERB", "AUX") or (
        t.dep_ == "ROOT" and t.pos_ == "NOUN" and t.lower_ in ("enquête", "enquêtent")) for t in token.sent)


def _definite(token: Any) -> bool:
    """Preceded by a definite article, possibly through adjectives ("le nouveau gouvernement")."""
    i = token.i - 1
    while i >= 0 and token.doc[i].pos_ == "ADJ" and token.i - i <= 2:
        i -= 1
    return i >= 0 and token.doc[i].lower_ in _DETERMINERS


def _qualified_end(head: Any, *, strong: bool) -> int:
    """Token index ending the last qualifier after ``head`` (``head.i + 1`` when unqualified).

    Qualifiers are adjectives (for strong heads) and "de/du/des + a place or a name" (capitalised,
    not an organisation or person of its own); lowercase complements ("de renseignement",
    "anticorruption") are kept only when a qualifier follows them.
    """
    doc = head.doc
    i: int = head.i + 1
    end: int = head.i + 1
    while i < len(doc):
        token = doc[i]
        # "anticorruption", and "émirati", tagged a proper noun
        if (token.pos_ in ("ADJ", "PROPN") or token.lower_.startswith("anti") or _demonym(token)) \
                and token.text.islower():
            if token.lower_ in ("spécialisé", "spécialisée") and doc[i + 1:i + 3].text == "en matière":
                i = _past_lowercase_words(doc, i + 3)  # "spécialisé en matière économique et financière"
                continue  # (kept only when a qualifier follows: "| de Niamey")
            paired = i + 2 < len(doc) and doc[i + 1].lower_ == "et" and doc[i + 2].pos_ == "ADJ" \
                and doc[i + 2].text.islower()  # "le Conseil grand et général": two adjectives, a name
            if (token.lower_ in _VAGUE or _PARTICIPLE.search(token.lower_)) and not paired:
                break
            i += 3 if paired else 1
            end = i if strong else end
            continue
        if token.pos_ == "NOUN" and token.text.islower() and i == head.i + 1 and not token.like_num:
            i += 1
            continue
        if token.lower_ in _OF:
            j = i + 1
            if j < len(doc) and doc[j].lower_ in ("la", "l'", "l’", "le"):
                j += 1
            if j >= len(doc):
                break
            nxt = doc[j]
            if head.lower_ in _PORTFOLIO_HEADS and _own_entity(nxt) and nxt.ent_type_ == "ORG":
                j += 1  # "le ministère de | l'Économie et de la Société numériques |": its portfolio
                while j < len(doc) and doc[j].ent_iob_ == "I":
                    j += 1
                i = end = j
                continue
            if head.lower_ in _PORTFOLIO_HEADS and nxt.lower_ in PORTFOLIOS and i == end:
                i = end = j + 1  # "le ministère (émirati) de la justice", "des affaires | étrangères"
                continue
            if nxt.pos_ == "ADJ" and nxt.text.islower() and j + 1 < len(doc) and doc[j + 1].pos_ == "NOUN" \
                    and doc[j + 1].text.islower() and (i == head.i + 1 or doc[i - 1].lower_ in ("tribunal",
                                                                                                "cour")):
                i = j + 2  # "le tribunal | de première instance | de Banjul", "le parquet du tribunal | de"
                end = i if i == j + 2 and head.lower_ in ("tribunal", "cour") and strong else end
                if i < len(doc) and doc[i].text[:1].isupper() and not doc[i].is_sent_start:
                    while i < len(doc) and (doc[i].text[:1].isupper() or doc[i].text == "-"):
                        i += 1  # "le tribunal de grande instance | Ouaga I": the court's own name
                    end = i
                continue
            if nxt.text[:1].isupper() and not nxt.is_sent_start and not _own_entity(nxt):
                while j < len(doc) and (doc[j].text[:1].isupper() or doc[j].text == "-") \
                        and not doc[j].is_sent_start:
                    j += 1
                i = end = j
                continue
            if nxt.lower_ in _PLACE_NOUNS and j + 1 < len(doc) and doc[j + 1].text[:1].isupper():
                j += 1  # "la police royale | des îles Salomon", "le gouverneur | de l'État de Zulia"
                while j < len(doc) and (doc[j].text[:1].isupper() or doc[j].text == "-"):
                    j += 1
                i = end = j
                continue
            charge = any(a.lemma_ in CHARGING for a in head.ancestors)  # "accusant la Commission de fraudes"
            if nxt.pos_ == "NOUN" and nxt.text.islower() and not charge:
                i = j + 1
                continue
        court = doc[i + 2] if token.lower_ == "près" and i + 2 < len(doc) else None
        if court is not None and head.lower_ == "parquet" and court.lower_ in ("tribunal", "cour"):
            i = end = _qualified_end(court, strong=True)  # "le parquet général | près la cour d'appel de X"
            continue
        if token.lower_ == "et" and i == end > head.i + 1 and _capitalised_complement(doc, i + 1):
            i += 1  # "de l'Intérieur | et de la Sécurité nationale"
            continue
        if token.lower_ == "à" and head.lower_ in _MISSIONS and end > head.i + 1 and i + 1 < len(doc) \
                and doc[i + 1].text[:1].isupper() and not _own_entity(doc[i + 1]):
            i = end = i + 2  # "l'ambassade de Russie à Riga"
            continue
        break
    return end


def _past_lowercase_words(doc: Any, i: int) -> int:
    """The index past the lowercase adjectives, nouns and "et" from ``i`` on."""
    while i < len(doc) and doc[i].text.islower() and doc[i].pos_ in ("ADJ", "NOUN", "CCONJ"):
        i += 1
    return i


def _capitalised_complement(doc: Any, i: int) -> bool:
    """Whether "de (la) X" with a capitalised X starts at token ``i``."""
    if i >= len(doc) or doc[i].lower_ not in _OF:
        return False
    j = i + 2 if i + 1 < len(doc) and doc[i + 1].lower_ in ("la", "l'", "l’", "le") else i + 1
    return j < len(doc) and doc[j].text[:1].isupper() and not doc[j].is_sent_start


def _own_entity(token: Any) -> bool:
    """A person or an organisation named in its own right ("de Meta"), not a place or a title."""
    return bool(token.ent_type_ in ("PER", "ORG", "MISC") and token.ent_iob_ == "B")
