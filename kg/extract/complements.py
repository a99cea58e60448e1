"""What a reporting verb reports when no "que" follows it: an infinitive ("a annoncé avoir retiré"),
"de" after a reflexive verb ("s'est défendu d'avoir payé", "s'inquiète de la vitesse ..."); and where
the reported words end (before a second reporting verb of the same speaker, or the final stop)."""

from __future__ import annotations

from typing import Any

from kg.extract.lexicon import MONTHS, key
from kg.extract.lexicon_speech import REFLEXIVE_DE, TIME_WORDS
from kg.extract.reporting_verbs import reporting, verb_lemma
from kg.extract.speakers import verb_group_start

Token = Any  # spaCy Token
Sentence = Any  # spaCy Span


def infinitive_complement(sentence: Sentence, verb: Token) -> tuple[int, int] | None:
    """"a annoncé jeudi avoir retiré ...", "précise dans le même texte avoir transmis ...":
    the infinitive clause after the verb, past adverbs, a time word or a prepositional phrase."""
    doc = sentence.doc
    if verb.i >= 3 and doc[verb.i - 2].lower_ in ("que", "qu'", "qu’") and doc[verb.i - 1].pos_ == "PRON" \
            and doc[verb.i - 3].text == ",":
        return None  # "une campagne ..., qu'elle assure avoir refusée": a relative; its object is said before
    in_phrase = False
    negation: int | None = None  # "assure n'avoir « jamais ... »", "ne pas avoir": the negation is said
    for token in [t for t in sentence if t.i > verb.i][:12]:
        if "Inf" in token.morph.get("VerbForm"):
            if sentence.doc[token.i - 1].lower_ in _GOVERNING:
                return None  # "a-t-elle affirmé, sans vouloir donner leurs noms": not what she said
            return int(token.idx if negation is None else negation), content_end(sentence, verb)
        if token.lower_ in ("ne", "n'", "n’"):
            negation = int(token.idx)
            continue
        if token.lower_ in _CLITICS and token.i + 1 < sentence.end \
                and "Inf" in sentence.doc[token.i + 1].morph.get("VerbForm"):
            negation = int(token.idx) if negation is None else negation  # "affirme l'avoir refusée"
            continue
        if (token.lower_ == "de" and verb.lemma_ == "promettre") or token.lower_ in TIME_WORDS \
                or key(token.text) in MONTHS:
            continue  # "a annoncé le 22 septembre avoir ..."
        if token.text == ",":
            after = _after_aside(sentence, token)
            if after is not None:  # "a reconnu, lors d'un direct suivi par des milliers de gens, avoir ..."
                return int(after.idx), content_end(sentence, verb)
        if token.text in (",", "(", ")"):
            continue  # "a démenti, sur son compte Instagram, avoir ...", "à la Commission (DIK)"
        in_phrase = in_phrase or token.pos_ == "ADP"
        if token.pos_ == "NOUN" and not (in_phrase or token.dep_ == "obl:mod"):
            return None  # "a nié toute intention de nuire": a noun complement, not an infinitive one
        # "sur la radio Erbol", "à la radio Galei Tsahal" (a foreign word the tagger cannot place)
        named = in_phrase and (token.pos_ == "PROPN" or (token.text[:1].isupper() and (
            token.pos_ == "X" or token.ent_type_ != "")))
        if token.pos_ not in ("ADV", "NOUN", "ADP", "DET", "ADJ", "NUM") and not named or token.is_punct:
            return None
    return None


#: object pronouns before an infinitive, part of what was said: "affirme l'avoir refusée"
_CLITICS = frozenset({"l'", "l’", "le", "la", "les", "lui", "leur", "y", "en"})
#: prepositions whose infinitive is the circumstance of the saying, not what was said
_GOVERNING = frozenset({"sans", "pour", "afin", "avant", "après"})


def _after_aside(sentence: Sentence, comma: Token) -> Token | None:
    """The infinitive (or its negation) right after the comma closing an aside opened at ``comma``
    ("avoué, lors d'un direct suivi par ..., avoir été payée"): the aside holds no finite verb."""
    for token in sentence.doc[comma.i + 1:min(sentence.end, comma.i + 25)]:
        if token.text == ",":
            following = sentence.doc[token.i + 1:min(sentence.end, token.i + 4)]
            first = next((t for t in following if t.lower_ not in ("ne", "n'", "n’", "pas", "jamais")), None)
            if first is not None and "Inf" in first.morph.get("VerbForm"):
                return following[0]
            return None
        if (token.is_punct and token.text in ".;:!?«»") or "Fin" in token.morph.get("VerbForm"):
            return None
    return None


def reflexive_de(sentence: Sentence, verb: Token) -> tuple[int, int] | None:
    """"s'est défendue de toute ingérence", "se défend d'avoir payé ...", "s'inquiète de la vitesse
    à laquelle ...": what one denies or worries about, from "de"."""
    reflexive = any(c.dep_.startswith("expl") and c.lower_ in ("se", "s'", "s’") for c in verb.children)
    if verb_lemma(verb) not in REFLEXIVE_DE or not reflexive:
        return None
    following = next((t for t in verb.doc[verb.i + 1:sentence.end] if t.pos_ != "ADV"), None)
    if following is None or following.lower_ not in ("de", "d'", "d’"):  # past "aussi", "surtout"
        return None
    return int(following.idx), content_end(sentence, verb)


def content_end(sentence: Sentence, verb: Token) -> int:
    """Where the words reported by ``verb`` end: before a second reporting verb of the same speaker
    ("a nié que ..., et a dénoncé ...", "..., tout en niant avoir ...") or the final punctuation;
    a relative clause ends with itself ("Meta, qui affirme avoir retiré ..., n'a pas répondu")."""
    if verb.dep_ == "acl:relcl":
        last = max(verb.subtree, key=lambda t: t.i)
        if last.i + 1 < sentence.end and sentence.doc[last.i + 1].text == ",":
            return int(last.idx + len(last))
    for token in sentence:
        opens_quote = token.i + 1 < len(token.doc) and token.doc[token.i + 1].text in ("«", "“")
        if token.i > verb.i and token.text == ":" and opens_quote:
            return int(token.idx)  # "que X : « ... »": the quote is said on its own
        if token.i > verb.i and reporting(token) and coordinated(token):
            start = verb_group_start(token)
            gerund = token.doc[start.i - 1].lower_ == "en"  # "tout en niant"
            return int(token.doc[start.i - 2 if gerund else start.i - 1].idx)
    return end_before_final_punctuation(sentence)


def coordinated(verb: Token) -> bool:
    """A reporting verb that goes on with the subject of the clause before: "et a dénoncé",
    "tout en niant", ", ajoutant", "mais affirme"."""
    start = verb_group_start(verb)
    doc = verb.doc
    if start.i < verb.sent.start + 2:
        return False
    before, earlier = doc[start.i - 1].lower_, doc[start.i - 2].lower_
    gerund = before == "en" and earlier == "tout"
    return before in ("et", "mais") or gerund or (present_participle(verb) and before == ",")


def end_before_final_punctuation(sentence: Sentence) -> int:
    last = sentence[-1]
    return int(last.idx) if last.is_punct else int(sentence.end_char)


def present_participle(verb: Token) -> bool:
    return "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")
