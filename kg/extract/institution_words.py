"""Words of institutions' names: heads kept in another language and the French cue each translates,
the portfolios that name a ministry, and the head an English or German name puts last."""

from __future__ import annotations

from typing import Any

#: heads of names kept in their own language, and the French cue each translates ("la Fundación
#: Patria Digital" is a foundation: "la fondation" designates it)
FOREIGN_WORDS: dict[str, tuple[str, ...]] = {
    "fondation": ("fundación", "fundação", "fondazione", "stiftung", "stichting", "foundation", "fundacja",
                  "nadace", "nadácia", "fundacija", "zaklada", "alapítvány", "fundația", "säätiö"),
    "association": ("asociación", "associação", "associazione", "verein", "association", "stowarzyszenie",
                    "sdružení", "združenje", "udruga", "društvo", "egyesület", "asociația", "yhdistys"),
    "mouvement": ("movimiento", "movimento", "bewegung", "hnutí", "hnutie", "gibanje", "pokret", "mozgalom",
                  "mișcarea", "liike", "beweging", "ruch", "movement"),
    "institut": ("instituto", "istituto", "institute", "instytut", "inštitut", "zavod", "institutet"),
    "alliance": ("alianza", "aliança", "alliance", "allianz", "alleanza", "sojusz", "zaveznica"),
    "parti": ("partido", "partito", "partei", "partia", "stranka", "strana", "párt", "partidul", "puolue",
              "partij", "party"),
    "comité": ("comitato", "comitê", "komitee", "committee", "komitet", "odbor", "bizottság"),
    "observatoire": ("osservatorio", "observatorio", "observatório", "observatory"),
    "centre": ("centro", "zentrum", "centar", "centrum", "központ"),
    "coalition": ("coalizione", "coalición", "coalizão", "koalition", "koalicja", "koalicija"),
    "collectif": ("colectivo", "collettivo", "kollektiv"),
    "ligue": ("lega", "liga", "league"),
    "agence": ("agenzia", "agencia", "agência", "agentur", "agency", "agencija", "ügynökség"),
    "université": ("university", "universidad", "universidade", "università", "universität", "uniwersytet",
                   "college"),
}
FOREIGN_HEADS: dict[str, str] = {word: french for french, words in FOREIGN_WORDS.items() for word in words}

#: portfolios written in lowercase, as some newspapers do ("le ministère de la justice", "des
#: affaires étrangères"): they name the ministry as a capitalised portfolio does
PORTFOLIOS = frozenset({"justice", "intérieur", "défense", "finances", "économie", "budget", "santé",
                        "éducation", "information", "communication", "culture", "travail", "agriculture",
                        "environnement", "armées", "transports", "énergie", "numérique", "commerce",
                        "industrie", "affaires", "sécurité", "télécommunications", "postes"})


def trailing_head(span: Any) -> str | None:
    """The French cue a name in English or German says by its last word, where those languages put
    the head: "Heritage Institute", "Liechtensteiner Volksbewegung" (a compound ending in a head),
    "Liechtenstein-Institut"; ``None`` for any other name."""
    words = [t for t in span if not t.is_punct]
    if len(words) < 2 or not all(w.text[:1].isupper() for w in words):
        return None
    last: str = words[-1].lower_
    if last in FOREIGN_HEADS:
        return FOREIGN_HEADS[last]
    if span[-2].text in ("-", "‑") and last in FOREIGN_WORDS:
        return last
    compound = [head for head in _GERMAN_HEADS if last.endswith(head) and len(last) > len(head) + 2]
    return FOREIGN_HEADS[compound[0]] if compound else None


#: heads that end German compounds: "Volksbewegung", "Bürgerpartei", "Medienstiftung"
_GERMAN_HEADS = ("bewegung", "partei", "stiftung", "verein", "allianz", "zentrum", "agentur", "koalition")
