"""Reading articles: bytes in, a normalised :class:`Article` out.

Plain text: the first non-empty line is the title, unless it reads as a paragraph (then the title
is taken from its first sentence and the line stays body text). An optional header
``date YYYY[-MM[-DD]]`` may open the file, on its own line or in front of the first line.

HTML: the main text is extracted with trafilatura (navigation, footers and comments dropped); the
title and publication date come from the page's metadata (no guessing from the text).

The body is the normalised text (NFC, ``\\n`` line ends, paragraphs separated by one blank line,
no trailing spaces) and every evidence offset indexes it in code points. Two files holding the same
text (up to whitespace) get the same content hash, hence the same article IRI and graph.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from kg.dates import PartialDate
from kg.errors import ArticleError, EmptyArticleError

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
ARTICLE_SUFFIXES = HTML_SUFFIXES | TEXT_SUFFIXES - {""}

_DATE_HEADER = re.compile(r"\A[ \t\ufeff]*date[ \t]*:?[ \t]*(\d{4}(?:-\d{2}(?:-\d{2})?)?)\b[ \t]*")
_HTML_SNIFF = re.compile(r"\A\s*(<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<html)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_TITLE_MAX = 200


@dataclass(frozen=True)
class Article:
    """One news article, read and normalised."""

    source: str
    title: str
    body: str
    date: PartialDate | None
    language: str
    media_type: str
    encoding: str

    @property
    def content_hash(self) -> str:
        """sha256 (hex) of the body with whitespace runs collapsed: the article's identity."""
        return content_hash(self.body)

    @property
    def key(self) -> str:
        """Short stable identifier used in IRIs."""
        return self.content_hash[:16]


def content_hash(body: str) -> str:
    return hashlib.sha256(" ".join(body.split()).encode("utf-8")).hexdigest()


def read_article(path: Path, *, language: str = "fr") -> Article:
    """Read one article file; ``ArticleError`` names the file and the reason on any failure."""
    source = path.name
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise ArticleError(source, "is a directory") from None
    except OSError as exc:
        raise ArticleError(str(path), f"cannot read: {exc.strerror or exc}") from None
    html = path.suffix.lower() in HTML_SUFFIXES or None
    return parse_article(data, source, html=html, language=language)


def parse_article(
    data: bytes, source: str, *, html: bool | None = None, language: str = "fr"
) -> Article:
    """Decode and normalise ``data``; ``html=None`` sniffs the content."""
    if not data.strip():
        raise EmptyArticleError(source, "empty file")
    if html is None:
        html = bool(_HTML_SNIFF.match(data[:512].decode("ascii", "ignore")))
    text, encoding = decode(data, source, declared=_declared_charset(data) if html else None)
    if html:
        return _from_html(text, source, encoding, language)
    return _from_text(text, source, encoding, language)


def decode(data: bytes, source: str, *, declared: str | None = None) -> tuple[str, str]:
    """Decode bytes: a BOM, the declared charset, UTF-8, then cp1252; binary data is refused.

    Legacy single-byte French text is nearly always cp1252 (a superset of latin-1's printable
    range); bytes that cp1252 leaves undefined make us refuse rather than guess (no mojibake).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _checked(data.decode("utf-16"), source), "utf-16"
    if b"\x00" in data:
        raise ArticleError(source, "binary file (contains NUL bytes), not an article")
    candidates = [c for c in (declared, "utf-8-sig", "cp1252") if c]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        return _checked(text, source), "utf-8" if encoding == "utf-8-sig" else encoding
    raise ArticleError(source, "undecodable: neither UTF-8 nor cp1252/latin-1 text")


def _checked(text: str, source: str) -> str:
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) // 100):
        raise ArticleError(source, f"binary content ({controls} control characters), not an article")
    return text


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def normalise(text: str) -> str:
    """NFC, ``\\n`` line ends, no trailing spaces, at most one blank line, trimmed."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text.replace("\ufeff", ""))
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _from_text(text: str, source: str, encoding: str, language: str) -> Article:
    text = normalise(text)
    date = None
    header = _DATE_HEADER.match(text)
    if header:
        date = _header_date(header.group(1), source)
        text = text[header.end():].lstrip()
    if not text:
        raise EmptyArticleError(source, "no text after the header")
    first_line = text.split("\n", 1)[0].strip()
    title = first_line if _reads_as_title(first_line) else _title_from_sentence(first_line)
    return Article(source, title, text, date, language, "text/plain", encoding)


def _header_date(raw: str, source: str) -> PartialDate:
    try:
        return PartialDate.parse(raw)
    except ValueError as exc:
        raise ArticleError(source, f"invalid date header: {exc}") from None


def _reads_as_title(line: str) -> bool:
    return len(line) <= _TITLE_MAX and not line.endswith((".", ":", ";", ","))


def _title_from_sentence(line: str) -> str:
    sentence = _SENTENCE_END.split(line, 1)[0].rstrip(".")
    if len(sentence) <= _TITLE_MAX:
        return sentence
    return sentence[:_TITLE_MAX].rsplit(" ", 1)[0] + "…"


def _from_html(markup: str, source: str, encoding: str, language: str) -> Article:
    from kg.html import extract_html  # trafilatura is heavy: import it only for HTML

    extracted = extract_html(markup)
    if extracted is None or not extracted.text.strip():
        raise EmptyArticleError(source, "no main text found in the HTML page")
    body = normalise(extracted.text.replace("\n", "\n\n"))
    title = normalise(extracted.title or "") or _title_from_sentence(body.split("\n", 1)[0])
    date = None
    if extracted.date:
        try:
            date = PartialDate.parse(extracted.date[:10])
        except ValueError:
            date = None  # unusable metadata date: the article stays undated rather than wrong
    return Article(source, title, body, date, language, "text/html", encoding)
