"""Words that signal ad campaigns, investigations, indictments and order, as data."""

from __future__ import annotations

import functools
import re

#: words that make money or items advertising (stems, matched at a word start, lowercase)
AD_CUES = (
    "publicit", "sponsoris", "promotion", "promotionn", "promu", "annonce",
    "réclames", "une réclame", "la réclame", "de réclame",  # the noun, not "X réclame un budget"
    "contenus payants", "contenu payant", "espace publicitaire", "achat d'espace", "achat d’espace",
    "boost", "ciblage", "ciblant", "ciblaient", "campagne payante", "messages payants",
    "mettre en avant", "mise en avant", "mis en avant", "spots", "spot ", "bannière", "encart",
    "publireportage", "d'espaces", "d’espaces",
)

#: verbs whose subject pays (lemmas)
SPEND_VERBS = frozenset({
    "dépenser", "financer", "payer", "acheter", "investir", "débourser", "consacrer", "verser",
    "injecter", "sponsoriser", "commander", "promouvoir", "coûter", "rémunérer", "régler",
    "acquitter",  # "la facture acquittée auprès de Meta par X"
    "acquérir",
})

#: verbs whose subject (or agent) is the one paid: "Meta a encaissé 75 000 euros de l'association",
#: "facturée par TikTok à l'agence" (word stems, lowercase: the tagger often misreads the participle)
SALE_STEMS = ("encaiss", "factur", "perçu", "percev", "perçoi", "reçu", "recev", "reçoi", "vendu", "vendai",
              "vendi", "vendent", "vendra", "touché", "touchai", "empoch")
#: words that introduce the one who paid a seller
PAYER_MARKERS = ("auprès", "de", "d'", "d’", "du", "des", "à", "au", "aux")

#: nouns of an approximate number ("une dizaine de messages")
QUANTITY_NOUNS = frozenset({"dizaine", "dizaines", "douzaine", "quinzaine", "vingtaine", "trentaine",
                            "quarantaine", "cinquantaine", "soixantaine", "centaine", "centaines", "millier",
                            "milliers", "million", "millions", "série", "poignée"})

#: verbs of taking content down: items counted so were removed, not bought
REMOVAL_VERBS = frozenset({"retirer", "supprimer", "suspendre", "bloquer", "désactiver", "effacer",
                           "signaler", "démanteler", "fermer"})

#: verbs whose payer is their "à" complement ("ces annonces ont coûté 1,3 million à la fondation")
COST_VERBS = frozenset({"coûter"})

#: words that make an amount an offer, not money spent (stems, lowercase, matched at a word start;
#: "propos" alone is "remarks")
#: a reflexive "offrir" is buying for oneself, no offer: "L'agence s'est aussi offert de la publicité"
_REFLEXIVE_PURCHASE = re.compile(r"\b(?:s['’]|se\s+)(?:est|sont|était|étaient|)\s*(?:\w+\s+){0,2}?offr?\w*")
PROPOSAL_CUES = ("proposé", "proposa", "propose", "proposi", "offr", "offert", "invit", "suggér", "sollicit",
                 "aurait pu", "envisag", "promis", "promet", "tenté d", "tenté, ", "tentative d",
                 "prévu de", "prévoyait de", "prévoit de",  # a plan is no money spent
                 "devis",  # nor is a quote
                 "miroit")  # "qui lui faisait miroiter 300 vidéos pour 90 000 livres"

#: a promise to pay is not money spent, but its payer is the subject of the paying verb
#: ("l'association s'était engagée à payer 20 000 euros")
COMMITMENT_CUES = ("engagé à", "engagée à", "engagés à", "engagées à", "engager à", "engage à",
                   "engagent à", "engageait à")

#: people paid to promote content: money paid or offered to them is advertising (lowercase words)
INFLUENCER_NOUNS = frozenset({
    "influenceur", "influenceurs", "influenceuse", "influenceuses", "youtubeur", "youtubeurs",
    "youtubeuse", "youtubeuses", "tiktokeur", "tiktokeurs", "tiktokeuse", "tiktokeuses", "instagrameur",
    "instagrameurs", "instagrameuse", "instagrameuses", "blogueur", "blogueurs", "blogueuse",
    "blogueuses", "streamer", "streamers", "streameur", "streameurs", "streameuse", "streameuses",
})
#: nouns that name people paid to post when a complement of theirs says what they run: "créateurs de
#: contenus", "les administrateurs de onze chaînes Telegram" (noun -> complement stems)
CREATOR_NOUNS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("créateur", "créateurs", "créatrice", "créatrices"), ("contenu",)),
    **dict.fromkeys(("administrateur", "administrateurs", "administratrice", "administratrices",
                     "gestionnaire", "gestionnaires", "animateur", "animateurs", "animatrice", "animatrices"),
                    ("chaîne", "page", "groupe", "compte", "canal", "canaux")),
}

#: verbs that put content before an audience: money paid "pour publier cinq vidéos" is advertising
DIFFUSION_VERBS = frozenset({
    "publier", "diffuser", "relayer", "partager", "poster", "promouvoir", "retweeter", "republier",
    "sponsoriser", "afficher", "propulser", "booster", "amplifier",
})

#: markers of the one through whom a payment was made ("par l'intermédiaire d'une société écran, X")
INTERMEDIARY_MARKERS = ("par l'intermédiaire de", "par l'intermédiaire d'", "par l’intermédiaire de",
                        "par l’intermédiaire d’", "par le biais de", "par le biais d'", "par le biais d’",
                        "via", "au travers de", "au travers d'", "au travers d’", "à travers")

#: nouns that designate an advertising seller right before its name ("la plateforme Naver")
PLATFORM_NOUNS = ("plateforme", "réseau social", "moteur de recherche", "messagerie", "plateformes",
                  "régie", "régie publicitaire")
#: what calls the name after it a platform: "la plateforme Naver", "la plateforme de streaming Zindo",
#: "le réseau social chinois X" (not "la régie du site X", the site's own)
PLATFORM_BEFORE = re.compile(rf"\b(?i:{'|'.join(PLATFORM_NOUNS)})"
                             rf"(?:\s+(?:de\s+|d['’])?(?!(?:du|des|de|la|le|les)\b)[a-zà-ÿ-]+){{0,2}}\s*\Z")

#: companies that sell advertising space: in an offer, the platform is the one among them
AD_PLATFORMS = frozenset({
    "Twitter", "X", "Facebook", "Meta", "Meta Platforms", "Instagram", "Google", "YouTube", "TikTok",
    "Telegram", "Snapchat", "LinkedIn", "Reddit", "Microsoft", "Bing", "Yahoo", "VKontakte", "VK",
    "Yandex", "WhatsApp", "Threads", "Spotify", "Pinterest", "Twitch", "Taboola", "Outbrain", "Snap",
    "Viber", "Rakuten Viber", "WeChat", "LINE", "Messenger", "Facebook Messenger", "Weibo", "Xiaohongshu",
    "RedNote", "Rumble", "Kick", "Waze", "Deezer", "Teads", "Quora", "Tumblr", "Nextdoor",
    "Truecaller", "Roblox", "Bilibili", "Imgur", "Trovo", "Zhihu", "Toutiao", "MGID", "AppLovin", "Criteo",
    "Dailymotion", "SoundCloud", "Discord", "Revcontent",
})

#: the company that sells the advertising of a platform: ads "sur Facebook et Instagram" are bought
#: from Meta, those "sur Snapchat" from Snap
PLATFORM_OWNERS = {
    "Facebook": "Meta", "Instagram": "Meta", "WhatsApp": "Meta", "Threads": "Meta", "Messenger": "Meta",
    "YouTube": "Google", "Snapchat": "Snap",
}

#: prepositions that introduce who is paid ("à Google", "auprès de Meta"), strongest first
PAYEE_MARKERS = ("auprès de", "auprès d'", "auprès d’", "à", "au", "aux", "sur")

#: promoted items whose noun names the platform they live on (lowercase noun -> platform name)
ITEM_PLATFORMS = {
    "tweet": "Twitter", "tweets": "Twitter", "retweets": "Twitter",
    "publications facebook": "Facebook", "posts facebook": "Facebook",
    "vidéos youtube": "YouTube", "stories instagram": "Instagram",
}

#: nouns that count promoted items
ITEM_NOUNS = frozenset({
    "tweets", "tweet", "publications", "posts", "messages", "annonces", "publicités", "vidéos",
    "contenus", "bannières", "spots", "stories", "comptes", "articles", "reportages", "clips", "montages",
})

#: what a creator is paid to publish (not ads bought: "publicités", "annonces", "spots")
POST_NOUNS = frozenset({"stories", "story", "vidéos", "publications", "messages", "posts", "tweets",
                        "contenus", "billets"})

#: indictment verbs (lemmas) and nouns (lowercase stems)
#: (political accusations, "accusé de", and prosecutions without charges are not indictments)
INDICTMENT_VERBS = frozenset({"inculper"})
INDICTMENT_NOUNS = ("inculpation", "mis en examen", "mise en examen", "mises en examen",
                    "acte d'accusation", "acte d’accusation")

#: words that end what an indictment verb says of its defendants ("a inculpé X pour ...")
OBJECT_ENDS = frozenset({"que", "qu'", "qu’", ";", "pour", "dans", "après", "en raison", "lors",
                         # "cinq personnes accusées d'avoir financé ... X": what they are accused of
                         *(f"{stem}{end}" for stem in ("accusé", "soupçonné", "suspecté")
                           for end in ("", "e", "s", "es"))})

#: verbs after an indictment noun that introduce its defendants ("l'acte d'accusation vise X")
TARGETING_VERBS = frozenset({"viser", "concerner", "cibler", "toucher", "porter", "nommer", "citer"})

#: words before an indictment noun that make it hypothetical ("d'autres inculpations")
HYPOTHETICAL = ("d'autres", "d’autres", "de nouvelles", "nouvelles", "autres", "éventuelles",
                "éventuelle", "possibles", "possible",
                # asked for, not brought: "le parquet a requis l'inculpation de deux cadres"
                *(f"{verb} l{mark}" for mark in ("'", "’")
                  for verb in ("requis", "requiert", "demandé", "demande", "réclamé", "réclame")))

#: nouns of an investigation (lemmas)
INVESTIGATION_NOUNS = frozenset({"enquête", "enquete", "investigation", "instruction"})

#: verbs whose subject leads the investigation they open or conduct (lemmas)
LEAD_VERBS = frozenset({"ouvrir", "mener", "conduire", "diriger", "lancer", "piloter", "confier", "ordonner",
                        "diligenter"})

#: "l'enquête menée par X", "ouverte il y a dix-huit mois par X", "l'enquête du procureur X"
LEAD_PATTERN = re.compile(
    r"(?:\b(?:men|conduit|dirig|ouvert|lanc|confi|pilot|ordonn|diligent)é?e?s?\b[^.;,]{0,60}?\b(?:par|à)\s"
    r"(?!la suite\b)"
    r"|\b(?:du|de la|de l['’])\s*(?=(?:procureur|procureure|parquet|juge|commission|bureau|office"
    r"|agence)\b)"
    r"|(?<=enquête )(?:du|de la|de l['’])\s*(?=(?-i:[A-ZÀ-Ý])))",  # "L'enquête de la SPAK": whose it is
    re.IGNORECASE,
)

#: words before an investigation noun that make it not (yet) a real one (lowercase word starts)
NOT_REAL_CUES = (
    "sans", "pas", "aucun", "réclam", "demand", "exig", "appel", "pourrai", "envisag", "souhait",
    "directeur", "directrice", "chargé",
    "notre", "nos",  # "Notre enquête remonte jusqu'à ...": the newspaper's own reporting
)

#: an ordinal between a determiner and the event it dates: "la veille des premières inculpations"
EVENT_ORDINAL = r"(?:(?:premi[eè]re?|seconde?|deuxième|derni[eè]re?)s?\s+)?"

#: conjunctions that order two events: the main clause happened after / before the subordinate one
AFTER_MARKERS = ("après que", "après qu'", "après qu’", "à la suite de", "suite à", "dans la foulée de")
BEFORE_MARKERS = ("avant que", "avant qu'", "avant qu’", "avant de")

#: "par l'intermédiaire de X", "par le biais de X": what the money went through, not who paid
GO_BETWEEN = frozenset({"intermédiaire", "biais", "entremise", "truchement"})
#: "par ailleurs", "par exemple": adverbs, no agent ("ont par ailleurs été payés ... par la société")
BY_ADVERBS = frozenset({"ailleurs", "exemple", "conséquent", "contre", "suite", "endroits"})
#: what follows an actor who inquires into payments ("la FCC enquête sur ..."), not one who made them
INQUIRING = re.compile(r"\s+(?:enquête|enquêtent|enquêtait|s['’]intéresse|examine)\s+(?:sur|à|de|les?|la)\b")
#: the conjunction opening a reported clause
QUE_WORDS = frozenset({"que", "qu'", "qu’"})


@functools.cache
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in cues) + ")")


def says(lowered: str, cues: tuple[str, ...]) -> bool:
    """Whether one of ``cues`` (stems) starts a word of ``lowered`` (not "s'est offert": bought)."""
    return _cue_pattern(cues).search(_REFLEXIVE_PURCHASE.sub(" ", lowered)) is not None
