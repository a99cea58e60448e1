"""Reading articles: encodings, headers, titles, HTML, and refusing what is not an article."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.articles import normalise, parse_article, read_article
from kg.dates import PartialDate
from kg.errors import ArticleError, EmptyArticleError
from tests.conftest import DATA, REPO

FRENCH = "Titre de l'été\n\nLa ministre a déclaré « ça suffit » à Genève, où l'on œuvre.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"])
def test_legacy_and_unicode_encodings_decode_without_mojibake(encoding: str) -> None:
    text = FRENCH if encoding != "latin-1" else FRENCH.replace("œ", "oe")
    article = parse_article(text.encode(encoding), "a.txt")
    assert article.body == normalise(text)
    assert "Ã" not in article.body


def test_the_same_text_in_two_encodings_is_the_same_article() -> None:
    utf8 = parse_article(FRENCH.encode("utf-8"), "a.txt")
    cp1252 = parse_article(FRENCH.encode("cp1252"), "b.txt")
    assert utf8.content_hash == cp1252.content_hash


def test_whitespace_and_line_endings_do_not_change_the_identity() -> None:
    one = parse_article(b"Titre\n\nUn texte court.\n", "a.txt")
    other = parse_article(b"Titre\r\n\r\n\r\n\r\nUn   texte court.   \r\n", "b.txt")
    assert one.content_hash == other.content_hash


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\n \t", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(1, 32)) * 20, "binary"),
        (b"caf\xe9 \x81\x8d\x8f\x90\x9d", "undecodable"),
        (b"date 2017-13 Un texte.", "invalid date header"),
        (b"date 2017-10\n", "no text"),
    ],
)
def test_bad_input_is_refused_with_the_file_and_the_reason(data: bytes, reason: str) -> None:
    with pytest.raises(ArticleError) as caught:
        parse_article(data, "broken.txt")
    assert caught.value.source == "broken.txt"
    assert reason in str(caught.value)


def test_an_unreadable_path_is_an_article_error(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="cannot read"):
        read_article(tmp_path / "missing.txt")


def test_a_date_header_in_front_of_the_first_paragraph_is_read_and_removed() -> None:
    article = parse_article(" date 2017-10 Sputnik a cherché. Puis autre chose.".encode(), "x.txt")
    assert article.date == PartialDate(2017, 10)
    assert article.body.startswith("Sputnik a cherché.")
    assert article.title == "Sputnik a cherché"


def test_a_date_header_on_its_own_line_is_read() -> None:
    article = parse_article(b"date 2018-02-16\nLe titre\n\nLe corps.", "x.txt")
    assert article.date == PartialDate(2018, 2, 16)
    assert article.title == "Le titre"
    assert article.body == "Le titre\n\nLe corps."


def test_the_first_line_is_the_title_and_stays_in_the_body() -> None:
    article = read_article(REPO / "articles" / "000_8c2edf0ec8072d61.txt")
    assert article.title.startswith("Donald Trump se sert d’un tweet")
    assert article.body.startswith(article.title)
    assert article.date is None


def test_an_html_page_gives_its_main_text_title_and_metadata_date() -> None:
    article = read_article(DATA / "html" / "conseil-municipal.html")
    assert article.media_type == "text/html"
    assert article.title == "Marseille : la préfète ouvre une enquête sur les subventions"
    assert article.date == PartialDate(2019, 3, 12)
    assert "Claire Lemaire, a annoncé mardi" in article.body
    assert "« Aucun euro d'argent public ne doit échapper au contrôle »" in article.body
    for noise in ("Accueil", "Abonnez-vous", "Mentions légales", "Les plus lus", "Météo"):
        assert noise not in article.body


def test_html_in_a_legacy_encoding_is_decoded() -> None:
    page = (DATA / "html" / "conseil-municipal.html").read_text(encoding="utf-8")
    data = page.replace('charset="utf-8"', 'charset="windows-1252"').encode("cp1252")
    article = parse_article(data, "page.htm")
    assert "préfète" in article.body


def test_an_html_page_without_text_is_refused() -> None:
    with pytest.raises(EmptyArticleError):
        parse_article(b"<!DOCTYPE html><html><body><nav>Accueil</nav></body></html>", "x.html")
