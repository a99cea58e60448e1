"""Which words are verbs of saying: a reporting verb, also where the tagger misreads it.

The French model tags some present tenses of saying as nouns or adverbs ("Elle juge que", "X dément
avoir") and some participles after an inverted pronoun as other words ("a-t-il martelé"); these
functions read such words as the verbs they are, with their lemma.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.lexicon_events import ITEM_NOUNS
from kg.extract.lexicon_speech import DENIAL_DETERMINERS, REPORTING_VERBS, SAID_ONLY_AFTER_FAIRE, STANCE_VERBS

Token = Any  # spaCy Token

_INVERTED_PRONOUNS = frozenset({"-il", "-elle", "-ils", "-elles", "-on"})
#: verbs that report speech only reflexive: "s'interroge X" (not "Interrogé par l'AFP, X a dit")
_REFLEXIVE_ONLY = frozenset({"interroger", "questionner", "emporter"})  # ("a emporté le scrutin")
_SE = frozenset({"s'", "s’", "se"})
#: object pronouns that may stand before an inverted verb group: "», nous a-t-il déclaré"
_OBJECT_CLITICS = frozenset({"nous", "vous", "me", "m'", "m’", "te", "t'", "t’", "lui", "leur"})


def reporting(token: Token) -> bool:
    """Whether ``token`` is a reporting verb; after an inverted subject ("a-t-il martelé", "a-t-elle
    résumé") the word is a past participle whatever the tagger says."""
    if token.pos_ in ("VERB", "AUX"):
        morph = token.morph
        inverted = token.i > 0 and token.doc[token.i - 1].lower_ in _INVERTED_PRONOUNS  # "a-t-il soutenu"
        if token.dep_ == "acl" and "Part" in morph.get("VerbForm") and "Past" in morph.get("Tense") \
                and not inverted and aside_auxiliary(token) is None and not _has_avoir(token) \
                and not _after_quote(token):  # "», résume, ...": a present
            return False  # "une vidéo publiée sur Telegram": a participle qualifying a noun
        if token.dep_ == "acl" and token.lower_.endswith("ant") and token.i > 0 \
                and token.doc[token.i - 1].pos_ == "NOUN":
            return False  # "220 messages accusant le gouvernement": what the messages said
        lemma = verb_lemma(token)
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if lemma == "promettre" and "Part" in morph.get("VerbForm") and following is not None \
                and following.lower_ in ("à", "au", "aux") \
                and not any(c.dep_.startswith("aux") for c in token.children):
            return False  # "que l'on disait promis à la vice-présidence": destined, not promising
        if lemma == "promettre" and any(c.i > token.i and c.lower_ in ITEM_NOUNS and any(
                g.dep_ == "nummod" for g in c.children) for c in token.children):
            return False  # "qui lui promettait 250 stories sponsorisées": an offer of promotion
        if lemma in SAID_ONLY_AFTER_FAIRE \
                and not any(t.lemma_ == "faire" for t in token.doc[max(0, token.i - 2):token.i]):
            return False  # "a fait savoir que", "fait valoir que"; not "ce qu'il savait"
        if lemma in _REFLEXIVE_ONLY:  # "s'interroge la candidate", not "Interrogé par l'AFP, X a dit"
            aside = aside_auxiliary(token)  # "s'est au contraire félicitée"
            end = aside.i + 1 if aside is not None else token.i
            before = [t.lower_ for t in token.doc[max(0, end - 2):end]]  # "s'est emporté"
            return bool(before) and (before[-1] in _SE
                                     or (before[-1] in ("est", "était") and before[0] in _SE))
        return lemma in REPORTING_VERBS
    doc = token.doc
    previous = doc[token.i - 1] if token.i > 0 else None
    following = doc[token.i + 1:token.i + 3]
    inverted = any(t.lower_ in _INVERTED_PRONOUNS for t in following if t.text.startswith("-"))
    # "avait nié, dans une vidéo, ...": a participle after "avoir", whatever the tagger says
    auxiliary = previous is not None and previous.pos_ in ("AUX", "VERB") and previous.lemma_ == "avoir" \
        and token.text.islower() and token.lower_.endswith(("é", "i"))  # ("a tweeté", a proper noun)
    if not inverted and not auxiliary and (previous is None or previous.lower_ not in _INVERTED_PRONOUNS):
        return mistagged_present(token)
    text = token.lower_
    forms = (verb_lemma(token), text[:-1] + "er" if text.endswith("é") else "",
             text + "r" if text.endswith(("i", "e")) else "",
             (text[:-3] + "éter") if text.endswith("ète") else "")  # "s'inquiète-t-elle"
    return any(form in REPORTING_VERBS for form in forms)


def inverted_clitic(token: Token) -> bool:
    """Whether ``token`` is an object pronoun before an auxiliary and an inverted subject ("»,
    nous a-t-il déclaré", "», m'a-t-elle lancé"): never the verb's subject, whatever the parse says."""
    following = token.doc[token.i + 1:token.i + 4]
    return token.lower_ in _OBJECT_CLITICS and any(t.lower_ in _INVERTED_PRONOUNS for t in following)


def between_quote_and_verb(token: Token) -> bool:
    """Words that do not count in the distance from a quote to its verb: an object pronoun before an
    inverted subject ("», nous a-t-il déclaré") and an aside ("», s'est au contraire félicitée X")."""
    return inverted_clitic(token) or token.lower_ in _ASIDE_WORDS


def verb_lemma(token: Token) -> str:
    """The verb's lemma, mended where the lemmatizer leaves a present-tense form as it is
    ("estime" -> "estimer", "affirment" -> "affirmer")."""
    lemma: str = token.lemma_
    infinitive = token.lower_.removesuffix("nt") + "r"  # "laisse", "laissent" (left as they are)
    lemma = infinitive if lemma not in _PHRASAL and infinitive in _PHRASAL else lemma
    if lemma in _PHRASAL and [t.lower_ for t in token.doc[token.i + 1:token.i + 1 + len(_PHRASAL[lemma])]] \
            == _PHRASAL[lemma]:
        return f"{lemma} {' '.join(_PHRASAL[lemma])}"  # "a mis en garde contre"
    if token.pos_ not in ("VERB", "AUX") and lemma not in REPORTING_VERBS and mistagged_present(token):
        return present_lemma(token.lower_) or lemma  # "X dément avoir": tagged as an adverb
    if lemma in REPORTING_VERBS or token.pos_ not in ("VERB", "AUX"):
        return lemma
    text = token.lower_
    for candidate in (text + "r", text[:-2] + "r" if text.endswith("ent") else ""):
        if candidate in REPORTING_VERBS:
            return candidate
    return lemma


#: verbs that say with the two words after them: "mettre en garde"
_PHRASAL = {"mettre": ["en", "garde"], "faire": ["état"], "laisser": ["entendre"]}  # "a fait état de « ... »"


def _after_quote(token: Token) -> bool:
    """Right after a quote's closing mark and a comma, past a reflexive pronoun: "», résume X",
    "», s'indigne X"."""
    doc, i = token.doc, token.i
    if i >= 1 and doc[i - 1].lower_ in ("s'", "s’", "se"):
        i -= 1
    return i >= 2 and doc[i - 1].text == "," and doc[i - 2].text in ("»", "”")


def mistagged_present(token: Token) -> bool:
    """A present-tense reporting verb the tagger reads as a noun or an adverb ("Elle juge que",
    "Il dément en revanche que"): lowercase, right after its subject, and before "que" with at most
    a short adverbial phrase between; or right after a quote's closing mark and comma, before its
    subject ("», soupire la chercheuse")."""
    text = token.lower_
    if not text.isalpha() or token.i < 2 or not _PRESENT_FORM.search(text) or present_lemma(text) is None:
        return False
    if _after_quote(token):
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return following is not None and (following.pos_ in ("DET", "PROPN") or following.text == ","
                                          or following.ent_type_ == "PER")  # "», raconte Thabo Mokoena"
    subject = token.doc[token.i - 1]
    if _denial(token) and (subject.text == "," or subject.pos_ == "PROPN"):
        return True  # "Le LPRP dément toute implication", "Le parti, fondé en 2023, nie tout lien"
    if subject.text == ",":  # "Le maire, Pedro Alvarez, dément": the name set off before it
        subject = _before_participial_aside(token.doc, subject.i) or token.doc[token.i - 2]
    elif subject.text == ")" and token.i >= 3 and token.doc[token.i - 3].text == "(":
        subject = token.doc[token.i - 2]  # "Le parti X (FARA) affirme": its acronym
    if subject.pos_ == "ADJ" and subject.text.islower() and token.doc[subject.i - 1].pos_ == "NOUN":
        subject = token.doc[subject.i - 1]  # "la directrice financière raconte avoir ..."
    named = subject.pos_ == "PROPN" or (subject.ent_type_ != "" and subject.text[:1].isupper())
    described = subject.pos_ == "NOUN" and subject.text.islower() and subject.i > 0 \
        and token.doc[subject.i - 1].lower_ in ("le", "la", "l'", "l’", "un", "une")  # "Le chercheur note"
    if not (named or described or subject.lower_ in _SUBJECT_PRONOUNS):
        return False
    ahead = [t for t in token.doc[token.i + 1:token.i + 12] if not t.is_space]  # (a no-break space
    if len(ahead) > 1 and ahead[0].text == ":" and ahead[1].text in ("«", "“", '"'):  # is a token)
        return True  # "Le chercheur X nuance : « ... »"
    for n, following in enumerate(ahead[:8]):
        if following.text == ":":  # "X, dément tout financement extérieur : « ... »", "X tranche : le ..."
            return n == 0 or (n + 1 < len(ahead) and ahead[n + 1].text in ("«", "“", '"'))
        if following.pos_ not in ("DET", "NOUN", "ADJ", "ADP", "ADV") or not following.text.islower():
            break
    for following in token.doc[token.i + 1:token.i + 5]:
        if following.lower_ in ("que", "qu'", "qu’"):
            return True
        if "Inf" in following.morph.get("VerbForm") and following.i <= token.i + 3:
            return True  # "X dément avoir jamais formulé", "X dément n'avoir"
        if (following.pos_ not in ("ADV", "ADP", "NOUN", "DET", "ADJ") or not following.text.islower()) \
                and following.text not in ("«", "»"):  # "X juge « inacceptable » que"
            return False
    return False


def _before_participial_aside(doc: Any, comma: int) -> Token | None:
    """"Me X, joint mercredi par téléphone, objecte": the word before a participial aside that
    the comma at ``comma`` closes."""
    for i in range(comma - 1, max(0, comma - 9), -1):
        if doc[i].text == ",":
            opening = doc[i + 1]
            participle = "Part" in opening.morph.get("VerbForm") and "Past" in opening.morph.get("Tense")
            return doc[i - 1] if participle and i > 0 else None
    return None


def _denial(token: Token) -> bool:
    """"dément toute implication", "conteste tout lien": a present of stance before "tout"."""
    return denial_follows(token) and present_lemma(token.lower_) in STANCE_VERBS


def denial_follows(verb: Token) -> bool:
    """Whether "tout"/"toute" opens the object of ``verb``, past "pour sa part", "de son côté":
    "dément pour sa part tout lien"."""
    following = next((t for t in verb.doc[verb.i + 1:verb.i + 5] if t.lower_ not in _ASIDE_WORDS), None)
    return following is not None and following.lower_ in DENIAL_DETERMINERS


def present_lemma(text: str) -> str | None:
    """The reporting verb a third-person present form belongs to ("dément" -> "démentir")."""
    forms = (text + "r", text + "ir", text[:-3] + "er")
    return next((form for form in forms if form in REPORTING_VERBS), None)


#: third-person present endings: "juge", "dément"
_PRESENT_FORM = re.compile(r"(?:e|ent|t)$")
_SUBJECT_PRONOUNS = frozenset({"il", "elle", "on"})


def _has_avoir(participle: Token) -> bool:
    """"X avait pourtant averti que": a finite "avoir" right before the participle (past one adverb)
    makes a compound tense, whatever noun the parse hangs it on."""
    doc, i = participle.doc, participle.i - 1
    if i > 0 and doc[i].pos_ == "ADV":
        i -= 1
    return i >= 0 and doc[i].lemma_ == "avoir" and "Fin" in doc[i].morph.get("VerbForm")


def aside_auxiliary(participle: Token) -> Token | None:
    """The auxiliary of a participle when "de son côté", "pour sa part" or "à son tour" stands
    between them (the parse hangs the participle on the noun): "X a de son côté assuré que"."""
    doc, i = participle.doc, participle.i - 1
    while i >= 0 and participle.i - i <= 4 and doc[i].lower_ in _ASIDE_WORDS:
        i -= 1
    if participle.i - i < 3 or i < 0:
        return None
    auxiliary = doc[i]
    finite = auxiliary.lemma_ in ("avoir", "être") and "Fin" in auxiliary.morph.get("VerbForm")
    return auxiliary if finite else None


#: words of "de son côté", "pour sa part", "à son tour", "de leur côté", "au contraire"
_ASIDE_WORDS = frozenset({"de", "son", "sa", "leur", "côté", "pour", "part", "à", "tour", "au", "contraire"})
