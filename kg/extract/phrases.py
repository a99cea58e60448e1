"""The actor a noun phrase designates: its name, or the person in apposition to its title.

"la porte-parole de la diplomatie russe Maria Zakharova", "Rob Goldman, vice-président de X,",
"L'avocat de Marek Hudák, Me Tomáš Varga"; not the head of "l'agence X, dirigée par Y," (Y only
qualifies X) nor the one words were said to ("a déclaré à l'AFP"); and the name that follows a
common noun ("à une régie de Bombay, X,", "au réseau social russe VK").
"""

from __future__ import annotations

from typing import Any

from kg.extract.actors import actor_at, actors_in
from kg.extract.facts import Extraction
from kg.extract.institutions import DEFINITE
from kg.extract.lexicon_speech import FOLLOWER_NOUNS, HONORIFICS, MEMBER_NOUNS
from kg.extract.titles import title_of

Token = Any  # spaCy Token


def actor_of_phrase(extraction: Extraction, head: Token) -> tuple[str, str | None] | None:
    """The actor a noun phrase designates, and the role words around its name.

    "la porte-parole de la diplomatie russe Maria Zakharova" -> (maria-zakharova,
    "porte-parole de la diplomatie russe"); "Rob Goldman, vice-président de X," -> its apposition.
    """
    if head.lower_ in FOLLOWER_NOUNS and not any(c.dep_ in ("appos", "flat:name") for c in head.children):
        return None  # "les partisans de M. X", "l'entourage de Y": around them, not them
    subtree = list(head.subtree)
    commas = [t.i for t in subtree if t.text == "," and t.i < head.i]
    if commas:  # "Selon le parquet, la société X": the parse hangs the attribution on the subject
        subtree = [t for t in subtree if t.i > commas[-1]]
    start, end = subtree[0].idx, subtree[-1].idx + len(subtree[-1])
    for actor in extraction.actors.values():  # "Mme Hana | Novak": a name the parse splits
        for mention in actor.mentions:
            if mention.start < end and start < mention.end:
                start, end = min(start, mention.start), max(end, mention.end)
    addressed = {k for t in _addressees(subtree) if (k := actor_at(extraction, t.idx, t.idx + len(t)))
                 and any(t.idx <= m.start < t.idx + len(t) for m in extraction.actors[k].mentions)}
    # "la société X, dirigée par Y,": the participle may hang on any word of the phrase
    qualified = qualifier_agents(extraction, [t for t in subtree if qualifying_participle(t)])
    # "Un habitant de X, qui dit avoir partagé les vidéos sur WhatsApp,", "une publication partagée
    # 40 000 fois sur X": not who the phrase designates
    relatives = [(min(r.subtree, key=lambda t: t.i).idx, r.right_edge.idx + len(r.right_edge))
                 for r in subtree if r.i != head.i and (r.dep_ == "acl:relcl" or (
                     r.dep_ == "acl" and r.head.i == head.i and r.pos_ == "VERB"
                     and not any(t.lower_ == "par" for t in r.subtree)))]  # not "rendu public par X"
    named = [k for k in actors_in(extraction, start, end) if k not in addressed and not all(
        any(a <= m.start < b for a, b in relatives)
        for m in extraction.actors[k].mentions if start <= m.start < end)]
    keys = [k for k in named if k not in qualified] or named  # "ces chaînes, gérées par X,": X
    if not keys:
        return None
    own = actor_at(extraction, head.idx, head.idx + len(head))
    key = own if own in keys else _apposed_or_last_person(extraction, head, keys)
    return key, title_of(extraction, subtree, key)


def unnamed_member(subject: Token) -> bool:
    """"Un ancien employé de X, qui a requis l'anonymat,": an indefinite member of an organisation,
    with no name set beside them, speaks for no one we can name."""
    indefinite = any(c.dep_ == "det" and c.lower_ in ("un", "une") for c in subject.children)
    former = any(c.lower_ in _FORMER for c in subject.children)  # "un ancien consultant de X"
    return bool(indefinite and subject.pos_ == "NOUN" and (subject.lower_ in MEMBER_NOUNS or former)
                and not any(c.dep_ in ("appos", "flat:name") for c in subject.children))


def unnamed_member_words(words: list[Token]) -> bool:
    """The same read on the surface, when the parse gives no subject: "Un ancien salarié de X"."""
    noun = next((t for t in words[1:3] if t.pos_ == "NOUN"), None)
    former = len(words) > 2 and words[1].lower_ in _FORMER  # "un ancien consultant de l'agence"
    # "un responsable du ministère qui a requis l'anonymat": whoever it is, not the ministry
    anonymous = any(t.lower_ in ("anonymat", "anonyme") for t in words)
    return bool(words) and words[0].lower_ in ("un", "une") and noun is not None \
        and (noun.lower_ in MEMBER_NOUNS or former or anonymous)


#: who used to belong to an organisation speaks no longer for it
_FORMER = frozenset({"ancien", "ancienne", "ex"})


def qualifying_participle(token: Token) -> bool:
    """"l'agence X, dirigée par Y,": a participle with its agent qualifies the phrase's head; Y is
    not whom the phrase designates."""
    return bool(token.dep_ == "acl" and ("Part" in token.morph.get("VerbForm") or token.pos_ == "NOUN")
                and any(c.dep_ == "obl:agent" for c in token.children))  # "conduite", tagged a noun


def qualifier_agents(extraction: Extraction, participles: list[Token]) -> set[str]:
    """The actors named as the agents of qualifying participles ("fondée par l'homme d'affaires Y"),
    up to the comma that closes the agent ("publié par le parquet, l'agence X": not X)."""
    found: set[str] = set()
    for agent in (a for p in participles for a in p.children if a.dep_ == "obl:agent"):
        end = agent.right_edge
        comma = next((t for t in agent.doc[agent.i:end.i + 1] if t.text == ","), None)
        stop = comma.idx if comma is not None else end.idx + len(end)
        found.update(actors_in(extraction, agent.left_edge.idx, stop))
    return found


def _addressees(tokens: list[Token]) -> list[Token]:
    """The first word of each phrase "à l'AFP", "au Monde" in ``tokens``: whom words were said to
    (an actor whose name starts there; "l'ambassade de Russie à Riga" is no addressee)."""
    found = []
    for index, token in enumerate(tokens[1:], 1):
        before = tokens[index - 1]
        after_article = before.pos_ == "DET" and index > 1 and tokens[index - 2].lower_ == "à"
        named = before.lower_ == "à" and token.pos_ == "PROPN"
        if before.lower_ in ("au", "aux") or after_article or named:
            found.append(token)
        asked = before.lower_ == "par" and index > 1 and _asking(tokens[index - 2])
        if asked or (token.pos_ != "DET" and before.pos_ == "DET" and index > 2
                     and tokens[index - 2].lower_ == "par" and _asking(tokens[index - 3])):
            found.append(token)  # "Le porte-parole de X, cité par l'AFP,": the agency asked, no speaker
    return found


def _asking(token: Token) -> bool:
    """A participle of asking someone for words ("interrogé", "cité", which the tagger may read as a
    noun): its agent asked, and did not speak."""
    return token.lemma_ in _ASKING or token.lower_ in ("cité", "citée", "cités", "citées")


#: participles of asking someone for words: their agent is the one asking ("interrogé par Le Monde")
_ASKING = frozenset({"citer", "interroger", "joindre", "contacter", "solliciter", "interviewer",
                     "questionner"})


def _apposed_or_last_person(extraction: Extraction, head: Token, keys: list[str]) -> str:
    """"L'avocat de Marek Hudák, Me Tomáš Varga": the name in apposition to the head noun, else
    the last person named in the phrase (titles come before names), else the first actor."""
    apposed = [k for c in head.children if c.dep_ in ("appos", "flat:name")
               and (k := actor_at(extraction, c.idx, c.idx + len(c))) is not None and k in keys]
    if apposed:  # "Le directeur d'Ararat Digital, Levon Hakobyan": of two apposed names, the person
        return next((k for k in apposed if extraction.actors[k].kind == "Person"), apposed[0])
    people = [k for k in keys if extraction.actors[k].kind == "Person"]
    return people[-1] if people else keys[0]


def name_after_cue(extraction: Extraction, noun: Token) -> str | None:
    """"au réseau social russe VK": the name after a lowercase noun and its adjectives."""
    for token in noun.doc[noun.i + 1:min(noun.i + 5, noun.sent.end)]:
        key = actor_at(extraction, token.idx, token.idx + len(token))
        if key or token.pos_ != "ADJ" or not token.text.islower():
            return key
    return None


def apposed_name(extraction: Extraction, sentence: Any, noun: Token) -> str | None:
    """"à une régie de Bombay, Vistaar AdNet, pour ...", "à une autre association, le X,": the name
    set in apposition after a common noun (the one paid or offered to), within a few words and
    before any verb."""
    following = [t for t in sentence if t.i > noun.i][:12]
    for index, token in enumerate(following):
        qualifying = token.dep_ == "acl" and "Part" in token.morph.get("VerbForm") \
            and "Past" in token.morph.get("Tense")  # "d'une société enregistrée à Miami, X"
        if (token.pos_ in ("VERB", "AUX") and not qualifying) or token.text in ".;:«":
            return None
        if token.text == "," and index + 1 < len(following):
            # "à une autre association, le X,", "par une même société, l'agence X": past the
            # article and a lowercase cue noun
            for named in following[index + 1:index + 4]:
                key = actor_at(extraction, named.idx, named.idx + len(named))
                if key or not (named.lower_ in DEFINITE or (named.pos_ == "NOUN" and named.text.islower())):
                    return key
            return None
    return None


#: "a déclaré à l'AFP X", "a confié au Monde X": the addressee stands between verb and subject
ADDRESSEE_WORDS = frozenset({"à", "au", "aux", "auprès"})


def addressee_end(to: Token, named: list[tuple[int, int]]) -> int:
    """The index of the token after the addressee phrase opened by ``to``: a name ("à l'AFP") or a
    noun and its adjectives ("à la presse locale"), past a determiner."""
    doc, index = to.doc, int(to.i) + 1
    if index < len(doc) and doc[index].pos_ == "DET":
        index += 1
    if index >= len(doc):
        return index
    first = doc[index]
    ends = [end for start, end in named if start == first.idx]
    if ends:
        while index < len(doc) and doc[index].idx < max(ends):
            index += 1
        return index
    if first.pos_ not in ("NOUN", "PROPN"):
        return int(to.i) + 1
    index += 1
    while index < len(doc) and doc[index].pos_ == "ADJ":
        index += 1
    return index


def described_organisation(extraction: Extraction, subject: Token) -> str | None:
    """"Meta, la maison mère de Facebook, a indiqué": the organisation named alone before a
    description in subject position is the subject, not the organisations the description names."""
    one_of = subject.pos_ == "PRON" and subject.lower_ in ("un", "une")  # "X, l'un des partis,"
    before = named_before_phrase(extraction, subject) if subject.pos_ == "NOUN" or one_of else None
    return before if before is not None and extraction.actors[before].kind != "Person" else None


def named_after_title(extraction: Extraction, subject: Token) -> str | None:
    """"a déclaré le président de la X, Y Z.": a name set off by a comma right after a title in
    subject position, closing the clause, is the title's holder (the parse may hang it elsewhere)."""
    doc, right = subject.doc, subject.right_edge
    comma = next((t for t in doc[subject.i:right.i] if t.text == ","), None)
    if comma is not None:  # the parse may hang the name on the title, as a conjunct
        right = doc[comma.i - 1]
    if subject.pos_ != "NOUN" or right.i + 2 >= len(doc) or doc[right.i + 1].text != ",":
        return None
    starts = set()  # the name, maybe after honorifics outside it ("Datuk X Y", "Me X Y")
    for token in doc[right.i + 2:right.i + 5]:
        starts.add(token.idx)
        if not token.text[:1].isupper():
            break
    for key, actor in extraction.actors.items():
        for mention in actor.mentions:
            closing = extraction.article.body[mention.end:mention.end + 1]
            if mention.start in starts and (closing in (",", ".", ";", "") or closing.isspace()):
                return key
    return None


def named_before_phrase(extraction: Extraction, subject: Token) -> str | None:
    """"Sabine Aigner, la gérante de X, a reconnu": an actor whose name alone stands before the
    subject phrase, set off by a comma, is the one the phrase describes (the parse often hangs the
    name elsewhere)."""
    doc = subject.doc
    first = min(subject.subtree, key=lambda t: t.i)
    if first.i < 2 or doc[first.i - 1].text != ",":
        return None
    before = [t for t in doc[subject.sent.start:first.i - 1] if not t.is_space]
    commas = [i for i, t in enumerate(before) if t.text == ","]  # "Dans un rapport publié vendredi,
    before = before[commas[-1] + 1:] if commas and before[0].pos_ == "ADP" else before  # X, le service ..."
    keys = {actor_at(extraction, t.idx, t.idx + len(t)) for t in before if t.lower_ not in HONORIFICS}
    if None in keys and len(keys) == 2 and before[0].pos_ == "DET":  # "La Cyber Security Authority (CSA),"
        if any(actor_at(extraction, t.idx, t.idx + len(t)) is None for t in before[1:] if not t.is_punct):
            return None
        keys.discard(None)
    return keys.pop() if len(keys) == 1 else None
