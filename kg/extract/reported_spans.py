"""Where the words a reporting verb introduces lie, when they are no quote: the clause after "que"
("a affirmé, dans un communiqué, que ..."), or the verb's own phrase for a verb of stance ("a démenti
toute ingérence")."""

from __future__ import annotations

from typing import Any

from kg.extract.complements import content_end
from kg.extract.lexicon_speech import TIME_WORDS
from kg.extract.quote_verbs import MAX_FILLER, is_filler
from kg.extract.reporting_verbs import verb_lemma
from kg.extract.speakers import negated, verb_group_start

Sentence = Any  # spaCy Span
Token = Any  # spaCy Token

_OBJECT_PRONOUNS = frozenset({"les", "la", "le", "l'", "l’"})


def reported_clause(sentence: Sentence, verb: Token) -> tuple[int, int] | None:
    """The clause after "que" that complements ``verb``: from after "que" to the clause's end."""
    phrase = len(verb_lemma(verb).split()) - 1  # "a laissé entendre que": past the phrase's words
    following = [t for t in sentence if t.i > verb.i + phrase][:MAX_FILLER + 1]
    restrictive = any(c.lower_ in ("ne", "n'", "n’") for c in verb.children) and not negated(verb)
    ago = _ago(following)
    for token in following:
        if token.i in ago:
            continue  # "avait estimé il y a quatre jours que"
        if token.lower_ in ("que", "qu'", "qu’"):  # not "ne publie que les initiales": "only"
            if restrictive or _subordinating(token):
                return None
            return token.idx + len(token), content_end(sentence, verb)
        qualifying = token.dep_ == "acl" and "Part" in token.morph.get("VerbForm")  # "une vidéo publiée"
        quoted = token.text in ("«", "»", "“", "”")  # "a jugé « préoccupant » que ..."
        convinced = token.lower_ in _CONVINCED  # "s'est dit convaincu que ..."
        named = bool(token.ent_type_) and token.text[:1].isupper()  # "à Radio Rythme Bleu" ("Bleu": VERB)
        filler = is_filler(token) or token.dep_.startswith("aux") or qualifying or quoted or convinced \
            or named
        if token.text == ",":
            return _que_after_aside(sentence, verb, token)
        if not filler:
            return None
    return None


_AGO_UNITS = frozenset({"jour", "jours", "semaine", "semaines", "mois", "an", "ans", "année", "années",
                        "heure", "heures"})


def _ago(tokens: list[Token]) -> set[int]:
    """Indices of "il y a quatre jours" (a time, said before the reported clause) among ``tokens``."""
    words = [t.lower_ for t in tokens]
    for i in range(len(tokens) - 4):
        if words[i:i + 3] == ["il", "y", "a"] and words[i + 4] in _AGO_UNITS:
            return {t.i for t in tokens[i:i + 5]}
    return set()


#: the state of mind a speaker says before "que": "s'est dit convaincu que", "se dit persuadée que"
_CONVINCED = frozenset({"convaincu", "convaincue", "convaincus", "convaincues", "persuadé", "persuadée",
                        "persuadés", "persuadées", "certain", "certaine", "certains", "certaines", "sûr",
                        "sûre", "sûrs", "sûres", "confiant", "confiante", "confiants", "confiantes"})
#: words that make "que" a conjunction of time or contrast, not what introduces words said
_LOCUTIONS = frozenset({"avant", "après", "alors", "tandis", "bien", "pendant", "sans", "parce", "afin",
                        "dès", "depuis", "sitôt", "lors", "plutôt"})


def _subordinating(que: Token) -> bool:
    """"a lâché cette phrase avant même que la question soit posée": "que" of a locution."""
    previous = que.doc[que.i - 1] if que.i > 0 else None
    if previous is not None and previous.lower_ == "même" and que.i > 1:
        previous = que.doc[que.i - 2]
    return previous is not None and (previous.lower_ in _LOCUTIONS or previous.lower_ == "ce")  # "ce qu'il"


def _que_after_aside(sentence: Sentence, verb: Token, comma: Token) -> tuple[int, int] | None:
    """"a rappelé, dans un communiqué publié lundi, que ...": the clause after "que" past an aside set
    off by commas, which holds no finite verb (not after an incise: "», résume son secrétaire
    général, X, que ses militants appellent « Y »" says of X)."""
    doc, first = sentence.doc, verb_group_start(verb)
    if first.i >= 2 and doc[first.i - 1].text == "," and doc[first.i - 2].text in ("»", "”"):
        return None
    asides = 0  # "a démenti, mercredi 17 novembre, lors d'une conférence de presse, que": two asides
    for token in sentence.doc[comma.i + 1:min(sentence.end, comma.i + 24)]:
        if token.text == ",":
            following = token.doc[token.i + 1] if token.i + 1 < sentence.end else None
            if following is not None and following.lower_ in ("que", "qu'", "qu’"):
                return following.idx + len(following), content_end(sentence, verb)
            asides += 1
            if asides == 2 or following is None or following.pos_ not in ("ADP", "NOUN", "ADV", "DET"):
                return None
            continue
        if (token.is_punct and token.text in ".;:!?«»") or "Fin" in token.morph.get("VerbForm"):
            return None
    return None


def _clause_end(sentence: Sentence, after: Token) -> int:
    """End offset of the clause going on after ``after``: the next , ; : . or a coordinated verb."""
    for token in sentence:
        if token.i <= after.i:
            continue
        if token.is_punct and token.text in ",;:.!?":
            return int(token.idx)
        if token.dep_ == "cc" and token.head.pos_ == "VERB" and token.head.i > after.i:
            return int(token.idx)
    return int(sentence.end_char)


def stance_phrase(sentence: Sentence, verb: Token) -> tuple[int, int] | None:
    """"a démenti toute ingérence": the verb phrase, from its auxiliary to the clause's end.

    Read on the surface: the parser often hangs the object on a time word ("mercredi").
    """
    if any(c.i < verb.i and c.lower_ in _OBJECT_PRONOUNS and c.dep_ == "obj" for c in verb.children):
        return None  # "les a balayées dans la soirée": its object is a pronoun, no words of its own
    aux = [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
    first = aux[0] if aux else verb
    end = _clause_end(sentence, verb)
    if end <= verb.idx + len(verb):
        return _past_aside(sentence, end)  # "a nié, samedi soir, toute relation avec"
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") and t.lower_ not in TIME_WORDS
               for t in sentence if verb.i < t.i and t.idx < end):
        return _past_aside(sentence, end)
    if all(t.lower_ in _EMPTY_OBJECTS for t in sentence if verb.i < t.i and t.idx < end and not t.is_punct):
        return None  # "La défense, elle, conteste tout": no words of its own
    return int(first.idx), end


#: objects that say nothing of what is denied or granted: "conteste tout", "ne confirme rien"
_EMPTY_OBJECTS = frozenset({"tout", "tous", "rien", "cela", "ça", "ceci"})


def _past_aside(sentence: Sentence, comma: int) -> tuple[int, int] | None:
    """"a rejeté mercredi soir, dans un communiqué, toute ingérence": the object after an aside
    opened by a preposition at offset ``comma``, to the end of its clause."""
    tokens = [t for t in sentence if t.idx >= comma]
    if len(tokens) < 4 or tokens[0].text != "," \
            or (tokens[1].pos_ != "ADP" and tokens[1].lower_ not in TIME_WORDS):
        return None  # "a rejeté, dans un communiqué, toute ingérence", "a nié, samedi soir, toute relation"
    closing = next((t for t in tokens[2:12] if t.is_punct), None)
    if closing is None or closing.text != "," or closing.i + 1 >= sentence.end:
        return None
    start = sentence.doc[closing.i + 1]
    end = _clause_end(sentence, closing)
    if start.pos_ not in ("DET", "NOUN", "PRON", "ADJ") or end <= start.idx:
        return None
    return int(start.idx), end


def colon_clause(sentence: Sentence, verb: Token) -> tuple[int, int] | None:
    """"M. X tranche : le parti « n'a jamais eu besoin de ... »": the clause a colon right after the
    reporting verb opens, to the sentence's end (a quote opening it is read as direct speech)."""
    following = sentence.doc[verb.i + 1] if verb.i + 1 < sentence.end else None
    if following is None or following.text != ":" or following.i + 1 >= sentence.end:
        return None
    first = sentence.doc[following.i + 1]
    if first.text in ("«", "“", '"'):
        return None
    return first.idx, sentence.end_char
