"""Ad campaigns from short French sentences: sponsor, platform, money, items, status."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extraction import name, run

# (text, [(sponsor, platform, status, value, currency, item_count)])
CASES = [
    pytest.param(
        "Selon le régulateur, la société Orion Conseil a versé 120 000 euros à Google pour diffuser "
        "des publicités ciblant les électeurs.",
        [("Orion Conseil", "Google", "Realised", Decimal("120000"), "EUR", None)], id="paid-to-platform"),
    pytest.param(
        "L'association Horizon Libre a dépensé environ 2,5 millions de dollars en publicités sur Facebook.",
        [("Horizon Libre", "Facebook", "Realised", Decimal("2500000"), "USD", None)], id="spent-on-platform"),
    pytest.param(
        "Le parti Renouveau a acheté 640 publications sponsorisées auprès de Meta pour 95 000 euros.",
        [("Renouveau", "Meta", "Realised", Decimal("95000"), "EUR", 640)], id="items-and-amount"),
    pytest.param(
        "TikTok a proposé à l'agence Nordlys Media un forfait publicitaire de 300 000 euros.",
        [("Nordlys Media", "TikTok", "Proposed", Decimal("300000"), "EUR", None)], id="offer-is-proposed"),
    pytest.param(
        "Selon le régulateur, le cabinet Aldric Partners a payé 64 000 dollars à Google pour promouvoir "
        "150 de ces vidéos en avril.",
        [("Aldric Partners", "Google", "Realised", Decimal("64000"), "USD", 150)],
        id="paid-to-promote-some-of-these-items"),
    pytest.param(
        "Le quotidien Dagsavisen rapporte que l'agence Fjordlys aurait proposé 12 000 dollars à la "
        "plateforme Kvasir pour mettre en avant des articles hostiles au maire.",
        [("Fjordlys", "Kvasir", "Proposed", Decimal("12000"), "USD", None)],
        id="money-offered-to-a-platform-named-as-such"),
    pytest.param(
        "L'agence Vireo Data a versé 80 000 euros à Meta pour des publicités en mars, d'après le média "
        "d'investigation Faktograf. Selon Faktograf, la même agence a déjà acheté pour 15 000 euros de "
        "publicités sur TikTok.",
        [("Vireo Data", "Meta", "Realised", Decimal("80000"), "EUR", None),
         ("Vireo Data", "TikTok", "Realised", Decimal("15000"), "EUR", None)],
        id="la-meme-societe-is-the-last-sponsor"),
    pytest.param(
        "En octobre, Stellar Reach a déboursé 18 000 euros pour sponsoriser 140 messages sur X.",
        [("Stellar Reach", "X", "Realised", Decimal("18000"), "EUR", 140)],
        id="a-payer-named-without-a-cue-and-x-ending-the-text"),
    pytest.param(
        "Le parti Avanti Insieme a dépensé 120 000 euros en publicités sur Facebook entre mars et mai.",
        [("Avanti Insieme", "Facebook", "Realised", Decimal("120000"), "EUR", None)],
        id="a-cued-name-whose-last-word-the-ner-took-apart"),
    pytest.param(
        "Une somme de 500 000 euros a été versée à X par la fondation Libertas pour sponsoriser des "
        "messages.",
        [("Libertas", "X", "Realised", Decimal("500000"), "EUR", None)], id="paid-to-x"),
    pytest.param(
        "Les 870 publicités, payées par la société Kestrel Ltd, ont coûté 96 000 livres au total sur "
        "Facebook.",
        [("Kestrel Ltd", "Facebook", "Realised", Decimal("96000"), "GBP", 870)],
        id="cost-of-items-paid-by-an-agent"),
    pytest.param(
        "L'organisation Voz Ciudadana a réglé une facture de 250 000 dollars à Google pour des annonces "
        "vidéo.",
        [("Voz Ciudadana", "Google", "Realised", Decimal("250000"), "USD", None)], id="settled-an-invoice"),
    pytest.param(
        "Meta a encaissé 75 000 euros de l'association Nuovo Domani pour des publicités politiques.",
        [("Nuovo Domani", "Meta", "Realised", Decimal("75000"), "EUR", None)], id="cashed-by-the-platform"),
    pytest.param(
        "La campagne, facturée 64 000 dollars par TikTok à l'agence Vela Digital, comptait 310 vidéos.",
        [("Vela Digital", "TikTok", "Realised", Decimal("64000"), "USD", 310)],
        id="invoiced-by-the-platform"),
    pytest.param(
        "La fondation Aria a reçu 850 000 dollars de la société Borealis pour ses publicités.",
        [], id="money-received-by-no-platform"),
    pytest.param(
        "Le Comitato per la Libertà Civica a été créé en mars. Le comité a dépensé 50 000 euros en "
        "publicités sur Facebook.",
        [("Comitato per la Libertà Civica", "Facebook", "Realised", Decimal("50000"), "EUR", None)],
        id="a-name-in-its-own-language-designated-in-french"),
    pytest.param(
        "Le Zavod Odprta Misel a financé 80 publicités sur Instagram. Le même institut aurait en outre "
        "rémunéré les administrateurs de neuf chaînes Telegram, à hauteur de 12 000 euros, pour relayer "
        "200 messages.",
        [("Zavod Odprta Misel", "Instagram", "Realised", None, None, 80),
         ("Zavod Odprta Misel", None, "Realised", Decimal("12000"), "EUR", 200)],
        id="administrators-of-channels-paid-are-no-platform"),
    pytest.param(
        "Le collectif Aube a acheté 300 annonces sur Facebook. Interrogé par l'AFP, Meta a indiqué avoir "
        "retiré 120 de ces annonces, faute de mention « payé par » conforme à ses règles sur les "
        "publicités politiques.",
        [("Aube", "Facebook", "Realised", None, None, 300)], id="items-removed-are-no-purchase"),
    pytest.param(
        "L'animatrice de radio Tendai Phiri, très écoutée à Ndola, affirme de son côté que Kafue Reach "
        "lui avait proposé en juillet 9 000 kwachas pour lire à l'antenne et publier sur sa page Facebook "
        "une dizaine de messages hostiles au gouvernement de Lusaka.",
        [("Kafue Reach", None, "Proposed", Decimal("9000"), "ZMW", None)],
        id="money-offered-to-the-one-who-tells-it-to-publish-a-dozen-messages"),
    pytest.param(
        "Le juge a inculpé le fondateur de l'agence Olivier Bleu Conseil, Sami Haddad. D'après le "
        "réquisitoire du parquet financier, l'agence a dépensé 40 000 dollars pour sponsoriser sur X "
        "près de 900 messages. Le parquet affirme en outre que l'agence a versé 20 000 dollars à une "
        "régie locale, Cedar Ads, pour diffuser des vidéos sur Facebook.",
        [("Olivier Bleu Conseil", "X", "Realised", Decimal("40000"), "USD", 900),
         ("Olivier Bleu Conseil", "Cedar Ads", "Realised", Decimal("20000"), "USD", None)],
        id="the-agency-described-is-not-who-tells-of-it"),
    pytest.param(
        "La société Altan Reach a financé des vidéos sur YouTube. Une partie de ces contenus a été "
        "diffusée sous forme de publicités sur Facebook, pour lesquelles la société a payé 90 millions de "
        "tugriks à Meta, a précisé l'autorité.",
        [("Altan Reach", "Meta", "Realised", Decimal("90000000"), "MNT", None)],
        id="the-place-the-ads-ran-does-not-describe-the-payer"),
    pytest.param(
        "La comédienne Nour Haddad, suivie par 300 000 personnes sur Instagram, a raconté à l'agence "
        "Kyodo avoir refusé en mai une offre de 4 000 dollars de la société Altan Reach pour publier "
        "deux vidéos.",
        [("Altan Reach", None, "Proposed", Decimal("4000"), "USD", 2)],
        id="an-offer-the-teller-refused-is-made-to-her"),
    pytest.param(
        "La fondation Nasza Ziemia finance des vidéos sur YouTube. Le président de la fondation, Jan Nowak, "
        "a affirmé que son organisation agissait au grand jour. « Nous avons proposé 50 000 zlotys au "
        "portail Kurier Polny pour des reportages sponsorisés », a-t-il ajouté.",
        [("Nasza Ziemia", "Kurier Polny", "Proposed", Decimal("50000"), "PLN", None)],
        id="nous-in-a-quote-is-the-organisation-of-the-speakers-title"),
    pytest.param(
        "La régie Pixel Sud a vendu pour 70 000 euros d'espaces publicitaires au mouvement Nuova Alba.",
        [("Nuova Alba", "Pixel Sud", "Realised", Decimal("70000"), "EUR", None)], id="sold-by-an-ad-seller"),
    pytest.param(
        "Le mouvement Nuova Alba a acheté à la régie Pixel Sud des espaces publicitaires pour 70 000 euros.",
        [("Nuova Alba", "Pixel Sud", "Realised", Decimal("70000"), "EUR", None)],
        id="bought-from-an-ad-seller-named-after-its-noun"),
    pytest.param(
        "L'influenceuse Carla Méndez a refusé 8 000 dollars que lui proposait l'agence Rumbo Digital pour "
        "publier trois vidéos.",
        [("Rumbo Digital", None, "Proposed", Decimal("8000"), "USD", 3)],
        id="money-refused-that-an-agency-offered"),
    pytest.param(
        "La fondation Orbis, qui a reçu 2 millions d'euros de donateurs étrangers, a dépensé 400 000 euros "
        "en publicités sur X.",
        [("Orbis", "X", "Realised", Decimal("400000"), "EUR", None)], id="the-money-the-paying-verb-governs"),
    pytest.param(
        "Le gouvernement a débloqué un budget de 1,2 million d'euros pour former des observateurs.",
        [], id="a-budget-that-is-not-advertising"),
    pytest.param(
        "L'agence Nordlys Media n'a jamais payé de publicité sur cette plateforme.",
        [], id="negated-payment"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_campaigns_have_their_sponsor_platform_money_and_status(
    text: str, expected: list[tuple[str, str, str, Decimal | None, str | None, int | None]]
) -> None:
    extraction = run(text, "2024-04-02")
    got = [(name(extraction, c.sponsor), name(extraction, c.platform), c.status, c.value, c.currency,
            c.item_count) for c in extraction.campaigns]
    for want, have in zip(expected, got, strict=True):
        assert have[:3] == want[:3]
        if want[3] is not None:
            assert have[3:] == want[3:]
    assert len(got) == len(expected)


def test_one_campaign_reported_twice_in_an_article_is_one_campaign() -> None:
    extraction = run(
        "Selon Meta, le collectif Aube Nouvelle a acheté 210 publications sponsorisées sur Facebook. "
        "Le collectif Aube Nouvelle a dépensé 48 000 euros en publicités sur Facebook, a ajouté Meta.",
        "2024-04-02")
    (campaign,) = extraction.campaigns
    assert (campaign.item_count, campaign.value, campaign.currency) == (210, Decimal("48000"), "EUR")


@pytest.mark.parametrize(
    ("text", "sponsor", "platform", "status", "value", "currency"),
    [
        pytest.param("Selon Meta, ces publications avaient été achetées par la société Pardis Media pour "
                     "un montant de 90 000 euros.", "Pardis Media", "Meta", "Realised", "90000", "EUR",
                     id="passive-purchase-reported-by-the-platform"),
        pytest.param("Une agence de communication établie à Riga, Baltic Reach, avait proposé en mai à "
                     "l'association Avenir Libre un forfait de 60 000 euros pour promouvoir ses vidéos.",
                     "Avenir Libre", "Baltic Reach", "Proposed", "60000", "EUR", id="offer-by-an-agency"),
        pytest.param("Le collectif Voix du Nord avait reçu une proposition de Google pour une campagne de "
                     "vidéos sur YouTube d'un montant de 120 000 livres.", "Voix du Nord", "Google",
                     "Proposed", "120000", "GBP", id="offer-received"),
    ],
)
def test_campaign_roles_from_passives_and_offers(
    text: str, sponsor: str, platform: str, status: str, value: str, currency: str
) -> None:
    extraction = run(text, "2024-04-02")
    (campaign,) = extraction.campaigns
    assert (name(extraction, campaign.sponsor), name(extraction, campaign.platform), campaign.status,
            campaign.value, campaign.currency) == (sponsor, platform, status, Decimal(value), currency)


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("À Prague, le mouvement Nový směr a dépensé 2 millions de couronnes en publicités sur TikTok.",
         "CZK"),
        ("Le parti suédois Framtid a dépensé 900 000 couronnes en publicités sur Facebook.", "SEK"),
        ("À Bogota, l'agence Lumbre Digital a dépensé 2 millions de pesos en publicités sur Facebook.",
         "COP"),
        ("Le parti mexicain Aurora Cívica a dépensé 900 000 pesos en publicités sur TikTok.", "MXN"),
        ("Aux Philippines, le cabinet Halcyon Reach a dépensé 4,5 millions de pesos en publicités sur "
         "Facebook.", "PHP"),
        ("À Tunis, l'agence Carthago Media a dépensé 80 000 dinars en publicités sur Facebook.", "TND"),
        ("À Jakarta, l'agence Garuda Reach a dépensé 3 milliards de roupies en publicités sur TikTok.",
         "IDR"),
        ("À Bombay, l'agence Vistaar Reach a dépensé 3 millions de roupies en publicités sur TikTok.", "INR"),
        ("À Rabat, l'agence Atlas Reach a dépensé 2 millions de dirhams en publicités sur YouTube.", "MAD"),
        ("À Dubaï, l'agence Gulf Reach a dépensé 2 millions de dirhams en publicités sur YouTube.", "AED"),
        ("À La Paz, l'agence Illimani Web a dépensé 1,4 million de bolivianos en publicités sur TikTok.",
         "BOB"),
        ("Le parti serbe Nova Zora a dépensé 3 millions de dinars en publicités sur TikTok.", "RSD"),
        ("À Douala, l'agence Wouri Com a dépensé 12 millions de francs CFA en publicités sur Facebook.",
         "XAF"),
        ("À Dakar, l'agence Teranga Com a dépensé 12 millions de francs CFA en publicités sur Facebook.",
         "XOF"),
        ("À Lusaka, l'agence Kafue Reach a dépensé 600 000 kwachas en publicités sur Facebook.", "ZMW"),
        ("À Lilongwe, l'agence Shire Media a dépensé 9 millions de kwachas en publicités sur Facebook.",
         "MWK"),
        ("À Kampala, l'agence Nile Pulse a dépensé 40 millions de shillings en publicités sur TikTok.",
         "UGX"),
        ("À Beyrouth, l'agence Sannine Com a dépensé 900 millions de livres en publicités sur X.", "LBP"),
        ("Au Caire, l'agence Nour Reach a dépensé 800 000 livres en publicités sur Facebook.", "EGP"),
        ("Le cabinet Thornfield Reach a dépensé 400 000 livres en publicités sur Facebook.", "GBP"),
        ("Le cabinet Cedar Line a dépensé 2 milliards de livres libanaises en publicités sur X.", "LBP"),
        ("À Oulan-Bator, l'agence Khangai Media a dépensé 90 millions de tugriks en publicités sur "
         "YouTube.", "MNT"),
        ("À Montevideo, l'agence Rambla Web a dépensé 3 millions de pesos uruguayens en publicités sur "
         "YouTube.", "UYU"),
        # a bare word takes the currency the article qualified it with before, whatever the country
        ("À Ankara, la société Derin Ses a versé 9 millions de livres turques à Google pour des vidéos. "
         "Elle a aussi payé 2 millions de livres à X pour des publications sponsorisées.", "TRY"),
        ("Le cabinet Kestrel Line a dépensé 2 millions de pesos chiliens en publicités sur Facebook. Il a "
         "aussi payé 400 000 pesos à TikTok pour des vidéos sponsorisées.", "CLP"),
        ("À Willemstad, l'agence Blauw Media a payé 300 000 florins à Meta pour des publicités.", "XCG"),
        ("L'agence Dushi Web a réglé 120 000 florins arubais à Snap pour 90 publicités. Elle a aussi versé "
         "près de 40 000 florins à Meta pour sponsoriser des contenus.", "AWG"),
        # a country's stem must start a word ("précaire" does not name Cairo)
        ("Le cabinet Thornhill a dépensé, dans une situation précaire, 400 000 livres en publicités sur "
         "Facebook.", "GBP"),
        ("À Nukuʻalofa, la société Vava Media a payé 185 000 paʻanga à TikTok pour 90 vidéos.", "TOP"),
    ],
)
def test_crowns_and_pesos_are_the_currency_of_the_country_the_article_names(text: str, currency: str) -> None:
    extraction = run(text, "2024-04-02")
    assert {c.currency for c in extraction.campaigns} == {currency}


@pytest.mark.parametrize("word", ["couronnes", "pesos", "dinars", "francs CFA", "roupies", "dirhams",
                                  "kwachas", "shillings"])
def test_crowns_and_pesos_of_no_named_country_are_not_guessed(word: str) -> None:
    extraction = run(f"Le collectif Aube a dépensé 900 000 {word} en publicités sur Facebook.",
                     "2024-04-02")
    assert [c.currency for c in extraction.campaigns] in ([], [None])


@pytest.mark.parametrize(
    ("text", "sponsor", "platform"),
    [
        pytest.param("Selon un communiqué de Google, ces annonces ont coûté au total 2 millions d'euros à "
                     "l'association Terre Libre.", "Terre Libre", "Google", id="cost-to-the-payer"),
        pytest.param("Au cœur du dossier : les 70 000 euros dépensés par sa société, Nova Média Conseil, sur "
                     "Facebook pour promouvoir des vidéos.", "Nova Média Conseil", "Facebook",
                     id="participle-with-apposed-agent"),
        pytest.param("Le cabinet Delmar Advisory a versé 90 000 euros à une régie de Lima, Pacifico Medios, "
                     "pour des spots en ligne.", "Delmar Advisory", "Pacifico Medios",
                     id="the-payee-named-in-apposition-to-a-common-noun"),
        pytest.param("X a retiré les annonces en mars. Selon le parquet, la société Orvane a versé "
                     "25 000 dollars à X pour promouvoir 900 messages.", "Orvane", "X",
                     id="x-once-vouched-for-is-the-platform-everywhere"),
        pytest.param("Le cabinet chypriote Marlow Advisory est poursuivi. Le cabinet aurait en outre payé "
                     "environ 60 000 euros à une régie d'Athènes, Egeo Medios, pour des bannières.",
                     "Marlow Advisory", "Egeo Medios", id="the-cabinet-with-its-subject-on-the-auxiliary"),
        pytest.param("Meta a fermé le compte de l'agence Veloria, qui a dépensé 45 000 euros en annonces sur "
                     "Facebook, a indiqué le groupe à l'AFP.", "Veloria", "Meta",
                     id="the-addressee-of-the-closing-incise-is-not-paid"),
        pytest.param("D'après des documents consultés par l'AFP, l'agence Sahel Com avait proposé 9 millions "
                     "de francs CFA à Telegram à Bamako pour sponsoriser des messages.", "Sahel Com",
                     "Telegram",
                     id="the-offerer-after-a-leading-attribution"),
    ],
)
def test_who_paid_when_the_payer_is_a_complement(text: str, sponsor: str, platform: str) -> None:
    extraction = run(text, "2024-04-02")
    (campaign,) = extraction.campaigns
    assert (name(extraction, campaign.sponsor), name(extraction, campaign.platform)) == (sponsor, platform)


# (text, sponsor, platform, status, value, currency): the last campaign of the text
RULES = [
    pytest.param(
        "Selon la police, ces influenceuses ont été payées 40 000 euros par le cabinet Solstice Media.",
        "Solstice Media", None, "Realised", "40000", "EUR", id="influencers-paid-are-the-unnamed-payee"),
    pytest.param(
        "Le collectif Rive Droite a offert 9 000 francs suisses à trois youtubeurs vaudois.",
        "Rive Droite", None, "Proposed", "9000", "CHF", id="money-offered-to-influencers"),
    pytest.param(
        "D'après Meta, des créateurs de contenus indiens ont été rémunérés 2 millions de roupies par "
        "l'agence Lotus Reach.",
        "Lotus Reach", None, "Realised", "2000000", "INR", id="content-creators-paid-not-the-reporter"),
    pytest.param(
        "Le blogueur Tomas Berg a refusé une offre de 6 000 euros du parti Avanti pour publier trois "
        "billets sponsorisés.",
        "Avanti", None, "Proposed", "6000", "EUR", id="an-offer-of-money-is-paid-by-its-author"),
    pytest.param(
        "TikTok a proposé 40 000 euros de crédits publicitaires au parti Avanti.",
        "Avanti", "TikTok", "Proposed", "40000", "EUR", id="a-platform-offering-ad-credit-sells-it"),
    pytest.param(
        "L'agence Kora Media a offert 8 000 euros à l'influenceur Marco Daly pour publier deux vidéos.",
        "Kora Media", None, "Proposed", "8000", "EUR", id="a-person-paid-is-no-platform"),
    pytest.param(
        "La candidate Ana Pop a payé 20 000 lei à cinq tiktokeurs pour promouvoir son programme.",
        "Ana Pop", None, "Realised", "20000", "RON", id="influencers-paid-whatever-the-parse"),
    pytest.param(
        "Ces publications sponsorisées ont été payées 35 000 dollars par le collectif Green Lantern, selon "
        "Snapchat.",
        "Green Lantern", "Snapchat", "Realised", "35000", "USD", id="the-paying-verb-not-a-modifier"),
    pytest.param(
        "L'association Nouvel Horizon a proposé 25 000 dollars au site Daily Ledger pour publier dix "
        "articles favorables.",
        "Nouvel Horizon", "Daily Ledger", "Proposed", "25000", "USD", id="money-offered-to-a-site"),
    pytest.param(
        "Le mouvement Sol Invictus avait promis 18 000 euros au portail Vesti Sever pour qu'il relaie ses "
        "vidéos.",
        "Sol Invictus", "Vesti Sever", "Proposed", "18000", "EUR", id="paid-so-that-someone-relays-items"),
    pytest.param(
        "Snapchat a annulé 90 annonces que le parti Patria Nuova s'était engagé à payer 70 000 euros.",
        "Patria Nuova", "Snapchat", "Proposed", "70000", "EUR", id="a-commitment-to-pay-is-proposed"),
    pytest.param(
        "Selon le parquet, ces publicités ont été achetées par l'agence de M. Pavel Orlov, Nordwind "
        "Media, pour 55 000 euros.",
        "Nordwind Media", None, "Realised", "55000", "EUR", id="the-apposed-name-not-the-owner"),
    pytest.param(
        "Ces vidéos sponsorisées sur TikTok ont été financées par l'association Aurora Verde, une structure "
        "proche du député Karel Novak, pour 14 000 euros.",
        "Aurora Verde", "TikTok", "Realised", "14000", "EUR", id="the-named-agent-not-its-description"),
    pytest.param(
        "Une association basée à Vaduz, la Liga Aurora, a d'abord contacté Meta. L'association s'est "
        "ensuite adressée à Google : elle y a dépensé 210 000 francs suisses pour des publicités.",
        "Liga Aurora", "Google", "Realised", "210000", "CHF", id="pronoun-for-the-earlier-subject"),
    pytest.param(
        "Une association basée à Vaduz, la Liga Aurora, a d'abord contacté Meta. Elle s'est ensuite "
        "adressée à Google : elle y a dépensé 210 000 francs suisses pour des publicités.",
        "Liga Aurora", "Google", "Realised", "210000", "CHF", id="pronoun-for-an-earlier-pronoun"),
    pytest.param(
        "Selon l'enquête, les accusés ont acheté pour 30 000 euros de publicités sur Facebook par "
        "l'intermédiaire d'une société écran, Kappa Horizon Ltd.",
        "Kappa Horizon Ltd", "Facebook", "Realised", "30000", "EUR", id="paid-through-an-intermediary"),
    pytest.param(
        "Le cabinet Orlen Partners a payé 75 000 livres sterling pour des annonces diffusées sur YouTube, "
        "a confirmé Google.",
        "Orlen Partners", "Google", "Realised", "75000", "GBP", id="the-seller-not-the-place-the-ads-ran"),
    pytest.param(
        "Meta a retiré 300 annonces politiques. Ces annonces avaient été payées 52 000 euros par le cabinet "
        "Arctis Conseil, selon le rapport publié par le groupe californien.",
        "Arctis Conseil", "Meta", "Realised", "52000", "EUR", id="reported-by-the-platform-designated"),
    pytest.param(
        "Le bureau a enquêté sur l'Union des Patriotes Baltes. Selon le bureau, l'union a dépensé "
        "33 000 euros en publicités sur TikTok.",
        "Union des Patriotes Baltes", "TikTok", "Realised", "33000", "EUR",
        id="a-definite-description-by-a-word-of-the-name"),
    pytest.param("Le candidat Aurelio Vancetti a versé 9 000 dollars environ à TikTok pour promouvoir "
                 "ses clips.", "Aurelio Vancetti", "TikTok", "Realised", "9000", "USD",
                 id="paid-to-a-platform-to-promote"),
    pytest.param("Le mouvement Stella Polare a été le plus actif. Ses 140 publicités sur Facebook lui ont "
                 "coûté 310 000 euros.", "Stella Polare", "Facebook", "Realised", "310000", "EUR",
                 id="a-possessive-and-a-dative-on-the-cost-verb"),
    pytest.param("Sur Instagram, la société Brume Conseil a fait la promotion de 75 publications, pour "
                 "un coût de 900 000 couronnes suédoises.", "Brume Conseil", "Instagram", "Realised",
                 "900000", "SEK",
                 id="faire-la-promotion-is-paying"),
    pytest.param("Selon l'ONG Veritas Lab, 300 publicités favorables au parti Nova Senda ont été financées "
                 "depuis la fin du mois d'août par Castor Holdings, une société enregistrée à Malte, pour "
                 "210 000 euros.", "Castor Holdings", None, "Realised", "210000", "EUR",
                 id="an-agent-the-parse-hangs-elsewhere"),
    pytest.param("Le parti Nova Senda n'a dépensé en propre que 15 000 euros environ, versés à Google pour "
                 "diffuser des clips sur YouTube.", "Nova Senda", "Google", "Realised", "15000", "EUR",
                 id="ne-que-restricts-and-money-paid-to-a-platform-to-show"),
    pytest.param("L'agence Delta Pulse, dirigée par Karim Haddad, a versé 50 000 dollars à TikTok pour "
                 "sponsoriser 230 vidéos.", "Delta Pulse", "TikTok", "Realised", "50000", "USD",
                 id="not-the-head-named-in-a-participle"),
    pytest.param("Selon le parquet, l'agence Delta Pulse, dirigée par Karim Haddad, a versé 50 000 dollars à "
                 "TikTok pour sponsoriser 230 vidéos.", "Delta Pulse", "TikTok", "Realised", "50000", "USD",
                 id="not-the-head-named-in-a-participle-after-an-attribution"),
    pytest.param("L'agence Delta Pulse a rémunéré douze influenceurs, qui ont touché entre 500 et 2 000 "
                 "euros par vidéo, soit 18 000 euros au total.", "Delta Pulse", None, "Realised", "18000",
                 "EUR",
                 id="a-rate-per-item-is-not-the-total"),
    pytest.param("Le ministère a identifié une campagne publicitaire menée sur Facebook par une société de "
                 "Da Nang, Lotus Reach. Ses 96 publicités, d'un coût total d'environ 35 000 "
                 "dollars, vantaient un candidat.",
                 "Lotus Reach", "Facebook", "Realised", "35000", "USD", id="possessed-items-with-no-verb"),
    pytest.param("La procureure a expliqué que l'argent provenait de Pampa Norte Consultores, une société "
                 "de conseil de Rosario, qui a par ailleurs déboursé 290 millions de guaraníes pour des "
                 "publicités sur Facebook.", "Pampa Norte Consultores", "Facebook", "Realised",
                 "290000000", "PYG",
                 id="a-relative-past-an-apposition-and-accented-currency"),
    pytest.param("L'agence Pampa Digital a payé des influenceurs. Une autre créatrice de contenus, Noelia "
                 "Ríos, a raconté à ABC Color avoir refusé une offre de 2 500 dollars de l'agence pour dix "
                 "publications.", "Pampa Digital", None, "Proposed", "2500", "USD",
                 id="money-for-posts-and-the-agency-introduced-with-its-noun"),
    pytest.param("Selon sa présidente, Maren Solvik, l'agence Fjell Outreach a proposé en octobre de payer "
                 "une campagne de 12 millions de couronnes norvégiennes sur TikTok.", "Fjell Outreach",
                 "TikTok",
                 "Proposed", "12000000", "NOK", id="offering-to-pay-is-the-payer"),
    pytest.param("Le Mouvement Vinland, une formation eurosceptique, a été approché. L'agence Fjell Outreach "
                 "a proposé de l'aider. La formation a en revanche dépensé 4,2 millions de couronnes "
                 "norvégiennes pour 58 publicités sur Instagram.", "Mouvement Vinland", "Instagram",
                 "Realised", "4200000", "NOK", id="la-formation-described-after-the-name"),
    pytest.param("L'association Terra Viva a dépensé un million et demi d'euros en vidéos sponsorisées sur "
                 "YouTube.", "Terra Viva", "YouTube", "Realised", "1500000", "EUR",
                 id="a-million-and-a-half"),
]


@pytest.mark.parametrize(("text", "sponsor", "platform", "status", "value", "currency"), RULES)
def test_campaign_roles_status_and_cues_in_other_constructions(
    text: str, sponsor: str, platform: str | None, status: str, value: str, currency: str
) -> None:
    extraction = run(text, "2024-04-02")
    campaign = extraction.campaigns[-1]
    assert (name(extraction, campaign.sponsor), name(extraction, campaign.platform), campaign.status,
            campaign.value, campaign.currency) == (sponsor, platform, status, Decimal(value), currency)


@pytest.mark.parametrize("text", [
    pytest.param("La commission a consacré 3 millions d'euros à former des influenceurs à la vérification "
                 "des faits.", id="training-influencers-is-not-paying-them"),
    pytest.param("Le ministère a versé 800 000 euros à l'université Helios pour publier une étude.",
                 id="publishing-a-study-is-not-promotion"),
    pytest.param("L'influenceur Marco Daly a reçu 20 000 euros de dons de ses abonnés.",
                 id="an-influencer-receiving-donations"),
    pytest.param("La fondation Lumen a reçu 50 000 euros pour promouvoir l'éducation aux médias.",
                 id="promoting-with-no-platform-is-no-advertising"),
])
def test_money_around_influencers_or_publishing_that_is_not_promotion(text: str) -> None:
    assert run(text, "2024-04-02").campaigns == []


def _campaigns(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    extraction = run(text, "2025-03-14")
    return [(name(extraction, c.sponsor), name(extraction, c.platform),
             str(c.value) if c.value is not None else None, c.currency) for c in extraction.campaigns]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("La société Orvane Media a dépensé 900 000 euros pour promouvoir 400 vidéos sur TikTok, "
                 "ainsi qu'un demi-million d'euros versés à Google pour des annonces sur YouTube.",
                 [("Orvane Media", "TikTok", "900000", "EUR"), ("Orvane Media", "Google", "500000", "EUR")],
                 id="ainsi-que"),
    pytest.param("L'association Brume Verte a payé 70 000 dollars à Meta pour des publicités, et "
                 "environ 20 000 dollars auprès d'une régie locale, Kesta Ads, pour des bannières.",
                 [("Brume Verte", "Meta", "70000", "USD"), ("Brume Verte", "Kesta Ads", "20000", "USD")],
                 id="et-aupres-de"),
    pytest.param("L'association Brume Verte a dépensé 90 000 dollars en publicités sur Meta, soit "
                 "environ 82 000 euros, selon le régulateur.",
                 [("Brume Verte", "Meta", "90000", "USD")], id="a-conversion-is-one-payment"),
])
def test_two_coordinated_payments_in_one_sentence_are_two_campaigns(text: str, expected: list) -> None:
    assert _campaigns(text) == expected


def test_an_attempt_to_buy_ads_that_the_platform_refused_is_only_proposed() -> None:
    extraction = run("La société Polder Reach avait tenté d'acheter pour 120 000 euros d'annonces sur "
                     "Facebook, mais Meta avait rejeté les paiements.", "2025-03-14")
    assert [c.status for c in extraction.campaigns] == ["Proposed"]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("La fondation Stella Nova a dépensé 3 millions d'euros en publicités en ligne. "
                 "Selon le journal, 2 millions d'euros ont été versés à Google pour des vidéos sur "
                 "YouTube, et un million d'euros à Snap pour des annonces.",
                 [("Stella Nova", "Google", "2000000", "EUR"), ("Stella Nova", "Snap", "1000000", "EUR")],
                 id="a-total-itemised-seller-by-seller-is-not-one-more-campaign"),
    pytest.param("Meta a confirmé les faits. Le collectif Vent du Large a dépensé 40 000 euros en "
                 "publicités sur Facebook et Instagram.",
                 [("Vent du Large", "Meta", "40000", "EUR")],
                 id="ads-on-two-platforms-of-one-owner-named-in-the-article-are-bought-from-the-owner"),
    pytest.param("Un mouvement se présentant comme apolitique, Sahel Uni, a versé 30 000 euros à une "
                 "régie publicitaire de Dakar, Teranga Reach, qui a acheté plus de 500 publicités sur "
                 "Facebook.",
                 [("Sahel Uni", "Teranga Reach", "30000", "EUR")],
                 id="money-paid-to-an-agency-that-bought-the-ads-pays-the-agency"),
    pytest.param("Le parquet de Riga a inculpé deux personnes. Selon l'acte d'accusation, l'agence, "
                 "Dzintars Plus, a dépensé 60 000 euros pour sponsoriser 300 publications sur Facebook.",
                 [("Dzintars Plus", "Facebook", "60000", "EUR")],
                 id="the-agency-named-in-apposition-to-its-description-is-the-sponsor"),
    pytest.param("Un collectif se disant citoyen, Horizon Bleu, a été créé en mai. L'ONG Data Libre a "
                 "publié un rapport. Une agence de Tunis, Medina Reach, a proposé au collectif un "
                 "forfait de 50 000 euros pour des vidéos sponsorisées sur YouTube.",
                 [("Horizon Bleu", "Medina Reach", "50000", "EUR")],
                 id="an-offer-to-the-group-described-so-goes-to-the-group-introduced-with-that-noun"),
    pytest.param("Le parquet a inculpé deux personnes pour une campagne sur TikTok. Selon l'acte "
                 "d'accusation, la société Altiplano Web a dépensé 90 000 euros pour promouvoir sur la "
                 "plateforme 300 vidéos sponsorisées.",
                 [("Altiplano Web", "TikTok", "90000", "EUR")],
                 id="the-platform-named-before-is-the-one-meant-by-la-plateforme"),
    pytest.param("Le mouvement Tanora Vaovao a été créé en mars. D'après le quotidien L'Express, une "
                 "agence de communication mauricienne, Blue Coral Media, avait en outre proposé en avril "
                 "au mouvement Tanora Vaovao de lui vendre un forfait de 40 000 euros comprenant l'achat "
                 "de publicités sur Facebook et TikTok.",
                 [("Tanora Vaovao", "Blue Coral Media", "40000", "EUR")],
                 id="an-offer-whose-verb-the-parse-hangs-on-the-agency-still-has-its-offeree"),
    pytest.param("Une agence de Graz, Murtal Media, avait proposé au printemps à une autre association, "
                 "le Forum Alpenland, un forfait de 80 000 euros pour une campagne sur TikTok.",
                 [("Forum Alpenland", "Murtal Media", "80000", "EUR")],
                 id="an-offer-to-a-noun-with-the-name-in-apposition-goes-to-the-name"),
    pytest.param("La société Vireo Ads a dépensé 55 000 euros en publicités sur Facebook. La société Vireo "
                 "Ads a financé plus de 600 publications.",
                 [("Vireo Ads", "Facebook", "55000", "EUR")],
                 id="a-count-without-a-seller-completes-the-campaign-told-before"),
    pytest.param("La société Vireo Ads a dépensé 55 000 euros en publicités sur Facebook. Interrogé par "
                 "l'agence Belga, un porte-parole de Meta a indiqué que 52 annonces avaient été retirées "
                 "faute de mention « payé par ».",
                 [("Vireo Ads", "Facebook", "55000", "EUR")],
                 id="ads-counted-but-not-said-to-be-paid-for-are-no-campaign"),
    pytest.param("Le parquet général du Pérou a inculpé deux personnes. Selon le parquet, la société "
                 "d'import-export Andes Carga SAS, dirigée par M. Quispe, a payé environ 90 000 dollars à "
                 "Meta pour diffuser des publicités.",
                 [("Andes Carga SAS", "Meta", "90000", "USD")],
                 id="an-attribution-the-parse-hangs-on-the-subject-is-not-the-payer"),
    pytest.param("Le régulateur a dénoncé la diffusion sur Facebook de plus de 900 publications "
                 "sponsorisées, achetées par une régie de Lomé. D'après le régulateur, la société "
                 "Kpalimé Com a dépensé environ 30 000 euros pour ces messages.",
                 [("Kpalimé Com", "Facebook", "30000", "EUR")],
                 id="money-for-ces-messages-told-before-and-a-payer-not-yet-named"),
    pytest.param("La société Kpalimé Com est visée. Le blogueur Yao Mensah affirme que Kpalimé Com lui avait "
                 "offert en mars 5 000 euros pour relayer ces contenus sur sa page.",
                 [("Kpalimé Com", None, "5000", "EUR")],
                 id="money-offered-to-the-one-who-reports-it-a-person-is-no-platform"),
    pytest.param("La Fundación Aurora Digital a payé 40 000 dollars à Meta pour des publicités. Une "
                 "agence de Lima, Inca Reach, avait proposé en mai à la fondation un contrat de 90 000 "
                 "dollars pour une campagne sur TikTok.",
                 [("Fundación Aurora Digital", "Meta", "40000", "USD"),
                  ("Fundación Aurora Digital", "Inca Reach", "90000", "USD")],
                 id="la-fondation-is-the-fundacion-named-before"),
    pytest.param("L'association Civis a payé 50 000 euros à Meta pour des annonces, ainsi qu'environ 9 000 "
                 "euros pour des messages sponsorisés sur X. Le parquet affirme que M. Novak a menti.",
                 [("Civis", "Meta", "50000", "EUR"), ("Civis", "X", "9000", "EUR")],
                 id="a-sentence-ending-on-x"),
    pytest.param("Le site d'information Atlatszo a révélé lundi qu'une fondation hongroise proche des "
                 "milieux d'affaires, Duna Jövő Alapítvány, avait payé 60 millions de forints à Spotify pour "
                 "diffuser plus de 900 spots audio.",
                 [("Duna Jövő Alapítvány", "Spotify", "60000000", "HUF")],
                 id="the-payer-after-que-not-the-one-who-revealed-it"),
    pytest.param("Selon le quotidien El Observador, l'association Vecinos por un Montevideo Seguro a payé "
                 "90 000 dollars à Google pour des vidéos sponsorisées.",
                 [("Vecinos por un Montevideo Seguro", "Google", "90000", "USD")],
                 id="a-name-with-a-spanish-link-word"),
])
def test_who_paid_whom_across_sentences_agencies_and_owners(text: str, expected: list) -> None:
    assert _campaigns(text) == expected


def test_elle_after_a_campaign_sentence_is_its_payer_and_an_attribution_does_not_found_a_company() -> None:
    text = ("La police a annoncé l'arrestation des dirigeants d'une société de Jakarta, PT Merapi Digital. "
            "Le porte-parole de la police, le général Budi Hartono, a détaillé l'affaire.\n\n"
            "D'après le général Hartono, la société a consacré 3 milliards de roupies à l'achat de 900 "
            "publicités sur TikTok. Elle aurait en outre versé 2 milliards de roupies à une agence "
            "d'influence, Lintas Kreatif, chargée de rémunérer des comptes.")
    extraction = run(text, "2024-12-10")
    assert extraction.actors["budi-hartono"].kind == "Person"
    assert not any(a.kind == "Company" and a.name == "Hartono" for a in extraction.actors.values())
    assert [(name(extraction, c.sponsor), name(extraction, c.platform)) for c in extraction.campaigns] == [
        ("PT Merapi Digital", "TikTok"), ("PT Merapi Digital", "Lintas Kreatif")]


# read from dev12 (u01-u06), written here with invented names and sentences
TWELFTH = [
    pytest.param("Selon le parquet, l'agence Sahel Com a dépensé 2 millions d'ouguiyas pour sponsoriser "
                 "300 publications sur Facebook. Une dizaine d'influenceurs, payés au total 500 000 ouguiyas "
                 "par la même agence, ont par ailleurs relayé ces contenus sur TikTok.",
                 [("Sahel Com", "Facebook", "2000000", "MRU"), ("Sahel Com", None, "500000", "MRU")],
                 id="influencers-qualified-as-paid-are-no-platform"),
    pytest.param("L'agence Bunga Media a été sanctionnée. L'agence, qui a également versé quelque "
                 "200 000 ringgits à Google pour des vidéos diffusées sur YouTube, affirme n'avoir rien fait "
                 "d'illégal.",
                 [("Bunga Media", "Google", "200000", "MYR")], id="qui-is-its-antecedent-not-the-payee"),
    pytest.param("Le réseau Kiwi Voice a dépensé 300 000 dollars néo-zélandais pour promouvoir 900 "
                 "messages sur X entre juillet et octobre, et près de 30 000 pour des spots audio diffusés "
                 "sur Spotify.",
                 [("Kiwi Voice", "X", "300000", "NZD"), ("Kiwi Voice", "Spotify", "30000", "NZD")],
                 id="a-second-sum-that-leaves-its-currency-unsaid"),
    pytest.param("La youtubeuse Mere Ngata affirme avoir décliné une proposition du collectif Tāne Mahuta : "
                 "10 000 dollars néo-zélandais pour trois vidéos.",
                 [("Tāne Mahuta", None, "10000", "NZD")], id="money-offered-after-a-colon"),
    pytest.param("Elle raconte avoir été approchée par un intermédiaire d'une agence de Doha, Pearl Reach "
                 "Media. Celle-ci proposait de financer, à hauteur de deux cent mille dinars jordaniens, une "
                 "campagne de publicités sur Snapchat.",
                 [("Pearl Reach Media", "Snapchat", "200000", "JOD")], id="celle-ci-is-the-last-named"),
    pytest.param("Au moins 40 000 dollars ont été versés entre mai et septembre à 35 comptes "
                 "d'influenceurs par une même société, l'agence Lago Azul.",
                 [("Lago Azul", None, "40000", "USD")], id="a-payer-in-apposition-after-a-long-passive"),
]

# read from dev13 (v01-v06), written here with invented names and sentences
THIRTEENTH = [
    pytest.param("L'opposition n'est pas en reste. Le Parti du renouveau a révélé en février avoir reçu "
                 "d'une agence de Lusaka, Mopani Reach, une proposition de 3 millions de kwachas "
                 "zambiens pour des campagnes sponsorisées sur YouTube.",
                 [("Parti du renouveau", "Mopani Reach", "3000000", "ZMW")],
                 id="an-agencys-offer-received-is-paid-by-who-received-it"),
    pytest.param("L'agence Drina Media a tenté d'étendre ses activités. Elle a proposé à une société de "
                 "Mostar, Neretva Digital, de lui sous-traiter une campagne de 50 000 marks convertibles "
                 "sur YouTube.",
                 [("Drina Media", "Neretva Digital", "50000", "BAM")],
                 id="subcontracting-is-paid-by-the-offerer"),
    pytest.param("La fondation Renacer a payé 2 millions de pesos dominicains à Google pour des vidéos. "
                 "Les enquêteurs ont découvert qu'une agence vénézuélienne, Caribe Clics, avait proposé "
                 "à la fondation un forfait de 4 millions de pesos dominicains pour des publicités sur "
                 "Instagram.",
                 [("Renacer", "Google", "2000000", "DOP"), ("Renacer", "Caribe Clics", "4000000", "DOP")],
                 id="la-fondation-is-not-the-agency-offering-to-it"),
    pytest.param("Selon les enquêteurs, la société Ramu Timber a payé environ 1,3 million de kinas "
                 "(quelque 350 000 euros) à Meta pour diffuser 410 publicités sur Facebook.",
                 [("Ramu Timber", "Meta", "1300000", "PGK")], id="kinas-not-the-conversion"),
    pytest.param("La société Una Media, basée à Banja Luka, a acheté 500 publicités sur Facebook. Sur "
                 "Telegram, où la publicité reste marginale, l'agence a préféré rémunérer directement les "
                 "administrateurs d'une vingtaine de chaînes populaires : 20 000 marks pour quelque 200 "
                 "publications.",
                 [("Una Media", "Facebook", None, None), ("Una Media", None, "20000", "BAM")],
                 id="bosnian-marks-and-channel-administrators-and-lagence-is-no-platform"),
    pytest.param("Selon la commission, une société de Tomsk, Ob Media Group, a versé environ 200 millions "
                 "de tögrögs au réseau social russe VK pour y promouvoir 150 publications favorables au "
                 "Parti Ikh Urguu.",
                 [("Ob Media Group", "VKontakte", "200000000", "MNT")],
                 id="a-platform-after-its-description"),
]


FOURTEENTH = [
    pytest.param("Selon le parquet, une société écran enregistrée à Samarcande, Bukhara Media Invest, a "
                 "versé environ 2,4 milliards de sums (quelque 190 000 dollars) aux administrateurs d'une "
                 "cinquantaine de chaînes Telegram pour qu'ils publient 700 messages. La même société a "
                 "également acheté à la même période pour 250 millions de sums de messages sponsorisés "
                 "directement auprès de Telegram, a précisé le parquet.",
                 [("Bukhara Media Invest", None, "2400000000", "UZS"),
                  ("Bukhara Media Invest", "Telegram", "250000000", "UZS")],
                 id="uzbek-sums-not-the-conversion"),
    pytest.param("Ce client, Okavango Futures, une fondation enregistrée à Gaborone, a versé 1,4 million de "
                 "pulas (environ 90 000 euros) à Snapchat pour diffuser 220 publicités, et 600 000 pulas à X"
                 " pour 95 messages sponsorisés, selon des documents.",
                 [("Okavango Futures", "Snapchat", "1400000", "BWP"),
                  ("Okavango Futures", "X", "600000", "BWP")],
                 id="two-payments-past-a-conversion-in-brackets"),
    pytest.param("Le Mouvement civique uni (MCU), qui soutient la candidate Irma Zelaya, a reconnu dans un "
                 "communiqué publié lundi avoir reçu en juillet une offre d'une société de marketing "
                 "enregistrée à Miami, Redline Strategies, qui lui proposait un forfait de 300 000 dollars "
                 "pour diffuser des publicités sur YouTube.",
                 [("Mouvement civique uni", "Redline Strategies", "300000", "USD")],
                 id="une-offre-tagged-a-verb-received-by-who-tells-it"),
    pytest.param("Le parquet affirme que la société Tisa Media avait proposé l'été dernier à un petit parti,"
                 " le Mouvement Drina, de payer directement à Meta, pour son compte, 30 000 euros d'annonces"
                 " sur Facebook.",
                 [("Tisa Media", "Meta", "30000", "EUR")],
                 id="the-platform-the-offer-would-pay"),
    pytest.param("Meta a supprimé des pages liées à une agence de communication de Vientiane, Mekong Pulse, "
                 "accusée de désinformation. Selon le rapport, l'agence a versé à Meta environ 20 000 "
                 "dollars pour des publicités sur Facebook. La quasi-totalité de ces annonces ciblait la "
                 "Thaïlande. L'agence aurait en outre rémunéré une dizaine de créateurs de contenus "
                 "laotiens, à hauteur de 900 millions de kips au total, pour relayer ces messages sur "
                 "TikTok, a précisé Meta.",
                 [("Mekong Pulse", "Meta", "20000", "USD"), ("Mekong Pulse", None, "900000000", "LAK")],
                 id="lagence-is-the-agency-introduced-not-the-one-it-paid"),
    pytest.param("La fondation Okavango Futures a payé 1,2 million de pulas à Snapchat pour diffuser 318 "
                 "publicités. En octobre, Coral Pixel avait aussi proposé à la fondation un second volet, "
                 "sur YouTube, pour 500 000 pulas supplémentaires.",
                 [("Okavango Futures", "Snapchat", "1200000", "BWP"),
                  ("Okavango Futures", "Coral Pixel", "500000", "BWP")],
                 id="a-second-volet-offered-by-a-name-without-a-cue"),
    pytest.param("Une agence de relations publiques de San José, Tica Creativa, a rémunéré au moins trente "
                 "influenceurs pour publier sur TikTok 150 vidéos, sans jamais signaler qu'il s'agissait de "
                 "contenus payés. Montant total des versements : 45 millions de colones, selon des relevés.",
                 [("Tica Creativa", None, "45000000", "CRC")],
                 id="the-sum-told-in-the-next-sentence"),
]


FIFTEENTH = [
    pytest.param("L'Union des forces du Plateau (UFP), un parti d'opposition, affirme avoir été approchée. "
                 "Sa présidente, Ama Délali d'Oliveira, a confirmé hier avoir reçu en avril une offre de "
                 "Niger Reach Consulting, qui proposait de financer pour 30 millions de francs CFA de "
                 "contenus sponsorisés sur TikTok au profit de son parti.",
                 [("Niger Reach Consulting", "TikTok", "30000000", "XOF")],
                 id="an-offer-whose-offerer-would-finance-the-promotion"),
    pytest.param("D'après l'acte d'accusation, consulté par l'AFP, la société tanzanienne Kilima Reach "
                 "Partners a versé 300 millions de shillings ougandais à Meta pour diffuser 900 publications "
                 "sponsorisées sur Facebook.",
                 [("Kilima Reach Partners", "Meta", "300000000", "UGX")],
                 id="a-source-read-by-an-agency-and-a-name-the-tagger-cut"),
    pytest.param("Selon une dirigeante du Parti de l'espoir (PDE), principale formation d'opposition, Sarah "
                 "Namubiru, la société Kilima Reach avait aussi proposé en février à son parti de financer "
                 "jusqu'à 150 000 dollars de publicités sur X, une offre aussitôt déclinée.",
                 [("Kilima Reach", "X", "150000", "USD")],
                 id="an-offer-to-finance-told-by-a-named-source"),
]


SIXTEENTH = [
    pytest.param("La chanteuse Nadège Obiang-Ella a reconnu mardi soir avoir été payée pour trois vidéos.",
                 [], id="who-was-paid-in-an-agentless-passive-is-no-sponsor"),
    pytest.param("L'agence Kora Signal Partners, installée à Mérignac, emploie onze salariés. La Commission "
                 "électorale (CEN) a infligé au parti une amende de cinq millions de francs en décembre. "
                 "L'agence avait aussi démarché d'autres formations. En septembre 2025, elle avait proposé "
                 "à l'Union des forces du Sahel (UFS) un contrat de 120 000 dollars pour une campagne de "
                 "vidéos sponsorisées sur YouTube. L'UFS a décliné.",
                 [("Union des forces du Sahel", "Kora Signal Partners", "120000", "USD")],
                 id="l-agence-is-a-company-before-a-public-body"),
    pytest.param("Selon le parquet, l'agence Kora Signal Partners emploie onze salariés. Kora Signal "
                 "Partners a également versé 15 000 euros à une dizaine de blogueurs pour 75 publications "
                 "favorables au parti.",
                 [("Kora Signal Partners", None, "15000", "EUR")],
                 id="a-name-the-tagger-misses-once-is-still-its-actor"),
]


SEVENTEENTH = [
    pytest.param("Au Malawi, la blogueuse Sela Mahe, 23 ans, admet avoir été payée. Selon les relevés "
                 "qu'elle a montrés, elle a reçu 2,5 millions de kwachas de Reef Buzz Media, une agence de "
                 "Zomba, pour quatre vidéos.",
                 [("Reef Buzz Media", None, "2500000", "MWK")],
                 id="a-person-received-money-for-videos"),
    pytest.param("Selon l'acte d'accusation, les deux hommes ont reçu ensemble 1,2 million de roupies "
                 "népalaises d'une société de production, Everest Frame Pvt. Ltd., pour publier 12 vidéos.",
                 [("Everest Frame Pvt. Ltd.", None, "1200000", "NPR")],
                 id="two-men-received-money-to-publish"),
    pytest.param("Le streamer Keon Baptiste a reconnu avoir reçu 9 000 dollars de Trinité-et-Tobago de Coral "
                 "Wave Media pour diffuser les clips lors de ses directs.",
                 [("Coral Wave Media", None, "9000", "TTD")],
                 id="a-currency-named-by-its-country-then-the-payer"),
    pytest.param("La fondation Rivière Claire a reçu 850 000 dollars d'un donateur pour publier des "
                 "rapports.",
                 [],
                 id="an-organisation-receiving-money-sells-nothing"),
    pytest.param("Selon le parquet, le Mouvement pour une Kabylie unie (MKU), une formation installée à "
                 "l'étranger, a payé par l'intermédiaire de Mistral Conseil quelque 40 000 euros à LinkedIn "
                 "pour diffuser 200 publicités sponsorisées.",
                 [("Mouvement pour une Kabylie unie", "LinkedIn", "40000", "EUR")],
                 id="par-l-intermediaire-de-is-no-agent"),
    pytest.param("Le MKU a en outre payé, via l'agence, dix articles sponsorisés publiés sur Calanques Info, "
                 "un site d'information local, pour un total de 5 200 euros.",
                 [("MKU", "Calanques Info", "5200", "EUR")],
                 id="items-published-on-an-outlet"),
    pytest.param("L'agence Drini Reach SH.P.K. vend des messages. À la mi-octobre, l'agence a proposé à la "
                 "Lëvizja Demokratike për Ardhmëri (LDA), un petit parti, un paquet de quarante mille euros "
                 "comprenant des vidéos sponsorisées sur TikTok.",
                 [("Lëvizja Demokratike për Ardhmëri", "Drini Reach SH.P.K.", "40000", "EUR")],
                 id="a-name-the-tagger-misses-spelt-by-its-acronym-is-offered-to"),
    pytest.param("Au Malawi, le directeur de l'agence Chambo Buzz Media, Dalitso Phiri, a démenti tout "
                 "lien. Le Mzuzu Democratic Front (MDF), l'un des principaux partis d'opposition, affirme de "
                 "son côté avoir reçu en juillet une offre de la même agence : un forfait de 30 millions de "
                 "kwachas pour promouvoir ses candidats sur Facebook.",
                 [("Mzuzu Democratic Front", "Chambo Buzz Media", "30000000", "MWK")],
                 id="an-offer-received-by-x-l-un-des-partis-from-the-agency"),
    pytest.param("Le Caroni Reform Congress (CRC), principal adversaire de l'Unity Alliance (UA), a "
                 "démenti tout lien. Le parti affirme avoir été démarché par une autre agence, Pitch Lake "
                 "Signal Ltd, qui lui proposait un contrat de 80 000 dollars TT pour des publicités sur "
                 "Reddit.",
                 [("Caroni Reform Congress", "Pitch Lake Signal Ltd", "80000", "TTD")],
                 id="lui-in-a-relative-is-the-party-that-tells-of-the-offer"),
]


EIGHTEENTH = [
    pytest.param("Le parquet a ouvert une enquête visant Umuco Films Ltd, une société de production de Huye. "
                 "D'après les données de transparence publicitaire de Google, l'entreprise a dépensé "
                 "9 millions de francs rwandais pour promouvoir 20 vidéos sur YouTube.",
                 [("Umuco Films Ltd", "Google", "9000000", "RWF")],
                 id="l-entreprise-after-a-platform-s-data-is-the-company-named-before"),
    pytest.param("La police enquête sur des messages promus sur le réseau social X par une société "
                 "enregistrée à Linden, Demerara Pulse Inc.\n\nSelon les données publiées par X, cette "
                 "société a payé 12 millions de dollars guyaniens à la plateforme pour promouvoir 90 "
                 "messages.",
                 [("Demerara Pulse Inc", "X", "12000000", "GYD")],
                 id="cette-societe-and-a-name-whose-first-word-looks-like-a-place"),
    pytest.param("Selon la bibliothèque publicitaire de Meta, consultée par l'AFP, une agence de "
                 "Francistown, Okavango Reach Media, a versé 800.000 pulas au groupe américain pour diffuser "
                 "ces messages, tous favorables au Parti du renouveau (PDR).",
                 [("Okavango Reach Media", "Meta", "800000", "BWP")],
                 id="paid-au-groupe-americain-the-attribution-names"),
]


NINETEENTH = [
    pytest.param("KIGALI, 12 mai 2028 (AFP) - L'agence Kopje Reach a versé 900 000 rands à Meta pour "
                 "diffuser 300 publicités sur Facebook.",
                 [("Kopje Reach", "Meta", "900000", "ZAR")],
                 id="a-wire-dateline-holds-no-sponsor"),
    pytest.param("La société Granite Signal a versé 2,1 millions de ZiG à des administrateurs de chaînes "
                 "Telegram. D'après les données du centre de transparence de X, elle a aussi acheté pour "
                 "40 000 dollars de publications sponsorisées sur le réseau social.",
                 [("Granite Signal", None, "2100000", "ZWG"), ("Granite Signal", "X", "40000", "USD")],
                 id="zig-and-a-pronoun-past-the-platform-s-data"),
    pytest.param("Le promoteur Alzette Invest a payé 9.000 euros à Meta pour 30 publications sponsorisées "
                 "sur Instagram. Léa « Lili » Muller-Roth, 24 ans, suivie par 90.000 personnes, affirme "
                 "avoir décliné une offre de 1.500 euros pour deux stories.",
                 [("Alzette Invest", "Meta", "9000", "EUR"), ("Alzette Invest", None, "1500", "EUR")],
                 id="a-creator-turning-down-pay-for-posts-is-no-sponsor"),
]


TWENTIETH = [
    pytest.param("D'après le ministère, la société Marina Crest a versé 98 400 dollars singapouriens "
                 "(environ 73 000 dollars américains) à Meta pour 210 publicités.",
                 [("Marina Crest", "Meta", "98400", "SGD")],
                 id="singapore-dollars-and-their-conversion"),
    pytest.param("Le Parti du renouveau (PDR) a reçu en février une proposition d'une agence de Johor, "
                 "Tebrau Digital, qui lui offrait de produire et de diffuser 200 vidéos sur TikTok pour "
                 "90 000 ringgits, un tarif très bas.",
                 [("Parti du renouveau", "Tebrau Digital", "90000", "MYR")],
                 id="a-number-of-posts-for-a-price-offered"),
]


#: dev18, read sentence by sentence after dev20
EIGHTEENTH_READ = [
    pytest.param("Les enquêteurs se sont intéressés à une influenceuse, qui a reçu de Sodade Digital 4 000 "
                 "euros pour six publications Instagram.",
                 [("Sodade Digital", None, "4000", "EUR")],
                 id="a-name-stops-before-the-thousands-of-an-amount"),
    pytest.param("Cette agence s'appelle Alai Media Group. Selon un tableur interne que nous avons pu "
                 "consulter, elle a acheté pour 1,5 million de somonis (environ 130 000 euros) d'annonces « "
                 "Telegram Ads ». Le même document fait état de 3 200 000 roubles versés entre mars et mai à "
                 "25 administrateurs de chaînes pour 400 publications.",
                 [("Alai Media Group", "Telegram", "1500000", "TJS"),
                  ("Alai Media Group", None, "3200000", "RUB")],
                 id="named-by-s-appeler-the-money-not-its-conversion-and-money-paid-in-a-participle"),
    pytest.param("La Commission électorale dispose cette année d'un budget de 3 millions de dollars fidjiens "
                 "pour la sensibilisation des électeurs, dont une partie devait financer des messages sur "
                 "les réseaux sociaux.",
                 [], id="a-budget-to-spend-is-no-campaign"),
    pytest.param("Selon le parquet, l'agence Coral Pulse a versé 150 000 dollars fidjiens à vingt créateurs "
                 "de contenu pour publier 200 vidéos. Une partie de ces vidéos a en outre été « boostée » "
                 "grâce à l'outil publicitaire de TikTok, pour un montant de 9 800 dollars fidjiens.",
                 [("Coral Pulse", None, "150000", "FJD"), ("Coral Pulse", "TikTok", "9800", "FJD")],
                 id="items-boosted-in-the-passive-are-the-last-sponsor-s"),
    pytest.param("L'agence Reef Signal Digital a payé des créateurs. Le Parti de l'union (PDU) dément. Son "
                 "secrétaire général, Jone « Jo » Tabua-Rika, affirme même que Reef Signal Digital avait "
                 "proposé au parti, en novembre, un contrat de trente mille dollars fidjiens pour des "
                 "publications sponsorisées sur Facebook.",
                 [("Parti de l'union", "Reef Signal Digital", "30000", "FJD")],
                 id="the-offerer-in-a-reported-clause"),
    pytest.param("L'agence Mosi Reach Communications a payé 90.000 pulas à Meta pour des publicités. Le "
                 "Botswana Kopano Movement (BKM) affirme avoir décliné une offre de la même agence. Mosi "
                 "Reach lui proposait un forfait de 300.000 pulas pour « inonder » Facebook et Instagram de "
                 "messages ciblés.",
                 [("Mosi Reach Communications", "Meta", "90000", "BWP"),
                  ("Botswana Kopano Movement", "Mosi Reach Communications", "300000", "BWP")],
                 id="lui-with-no-teller-and-a-company-without-its-trade-word"),
    pytest.param("La police enquête sur une société enregistrée à Georgetown, Demerara Pulse Inc. Un "
                 "influenceur a été payé. Instagram a retiré ses vidéos.\n\nUne créatrice de contenu, "
                 "Shanice Boodram-Lall, affirme avoir décliné en juillet une proposition de la même société "
                 ": cinq cent mille dollars guyaniens pour cinq vidéos.",
                 [("Demerara Pulse Inc", None, "500000", "GYD")],
                 id="la-meme-societe-is-the-one-introduced-as-une-societe"),
    pytest.param("L'agence Vakhsh Media Group a acheté des annonces sur Telegram. Jamshed Zh., qui "
                 "administre une chaîne, raconte avoir refusé une offre de Vakhsh Media Group de 200 000 "
                 "roubles pour publier une série de quinze messages.",
                 [("Vakhsh Media Group", None, "200000", "RUB")],
                 id="a-person-offered-money-to-publish-a-series-of-messages-is-paid"),
    pytest.param("Le Mouvement pour l'unité (MPU) a nié. Son porte-parole, Desmond K. Gayle-Brown, a reconnu "
                 "que le parti avait été approché en juillet par une agence de Kingston, Harbour View Media, "
                 "qui lui proposait une campagne sur Snapchat pour 4 millions de dollars jamaïcains.",
                 [("Mouvement pour l'unité", "Harbour View Media", "4000000", "JMD")],
                 id="lui-in-a-relative-on-the-agent-of-a-passive-is-its-subject"),
    pytest.param("La commission électorale, qui a obtenu en janvier une rallonge budgétaire de 10 millions "
                 "de kwachas pour former ses agents, surveille les publicités sur TikTok.",
                 [], id="a-budget-increase-is-no-campaign"),
    pytest.param("Notre journal a pu consulter un courriel dans lequel Lago Reach Partners proposait au "
                 "Frente Verde (FV) un contrat de 200 000 dollars pour piloter sa communication sur YouTube.",
                 [("Frente Verde", "Lago Reach Partners", "200000", "USD")],
                 id="the-offerer-in-a-relative-clause"),
]


#: dev21 read sentence by sentence (2026-11-24), with other names
TWENTY_FIRST_READ = [
    pytest.param("La société Haapai Reach Ltd a versé 90 000 euros à Meta pour 200 publicités. "
                 "L'influenceuse Mele Fonua, dite « Queen Mele », a été entendue. La société aurait en outre "
                 "payé 8 000 euros à « Queen Mele » pour publier 30 vidéos sur TikTok.",
                 [("Haapai Reach Ltd", "Meta", "90000", "EUR"), ("Haapai Reach Ltd", None, "8000", "EUR")],
                 id="money-paid-to-a-person-by-her-nickname-has-no-platform"),
    pytest.param("La société Tanoa Vision a dépensé 70 000 euros pour promouvoir 80 vidéos sur TikTok. Dix "
                 "influenceurs ont par ailleurs été payés au total 20 000 euros par la société pour publier "
                 "150 messages sur Facebook.",
                 [("Tanoa Vision", "TikTok", "70000", "EUR"), ("Tanoa Vision", None, "20000", "EUR")],
                 id="par-ailleurs-is-no-agent"),
    pytest.param("Le principal comité du « oui », le Yes for Tonga Committee (YTC), assure n'avoir rien à "
                 "voir avec ces publicités. Son président, Sione « Big Sio » Havili, a reconnu lundi avoir "
                 "été approché en mai par une agence de Suva, Coral Coast Media Ltd, qui proposait 200 "
                 "publications sponsorisées sur Facebook pour 60 000 euros.",
                 [("Yes for Tonga Committee", "Coral Coast Media Ltd", "60000", "EUR")],
                 id="the-one-approached-with-no-lui-and-the-committee-its-president-heads"),
    pytest.param("La commission enquête. La secrétaire générale de l'Union des îles du Sud (UIS), Ana Kupu, "
                 "a reconnu dans une interview que son parti avait été démarché en mars par une agence de "
                 "Sydney, Bondi Wave Media, qui lui proposait 100 publications sponsorisées sur Instagram "
                 "pour 50 000 euros.",
                 [("Union des îles du Sud", "Bondi Wave Media", "50000", "EUR")],
                 id="son-parti-is-the-party-her-title-names"),
    pytest.param("Le parquet de Mascate a inculpé lundi trois personnes. L'agence Sohar Digital a payé 30 "
                 "000 rials omanais à Snap pour 200 publicités. Elle a par ailleurs versé 5 000 rials à dix "
                 "influenceurs pour publier 60 stories.",
                 [("Sohar Digital", "Snap", "30000", "OMR"), ("Sohar Digital", None, "5000", "OMR")],
                 id="bare-rials-are-the-rials-of-the-country-the-article-names"),
]

#: older sets read again (2026-11-24), with other names
TWENTY_FIRST_READ += [
    pytest.param("Selon l'acte d'accusation, dont nous avons pu consulter de larges extraits, Kyrenia Reach "
                 "Ltd a versé entre la mi-mai et la fin juin 250 000 euros aux administrateurs d'une "
                 "vingtaine de chaînes Telegram en turc, en échange de plus de 900 messages hostiles au "
                 "gouvernement.",
                 [("Kyrenia Reach Ltd", None, "250000", "EUR")],
                 id="administrators-of-channels-read-on-the-surface-whatever-the-parse"),
    pytest.param("Selon le Front démocratique des Comores (FDC), principal parti du camp du « non », une "
                 "agence de Dar es Salaam, Msasani Reach Media, lui a proposé en avril un forfait de 500 000 "
                 "euros pour 90 vidéos sponsorisées.",
                 [("Front démocratique des Comores", "Msasani Reach Media", "500000", "EUR")],
                 id="lui-after-selon-x-is-x"),
    pytest.param("L'agence Fjord Signal AB a payé 1,2 million de couronnes suédoises à TikTok pour 800 "
                 "vidéos. Fjord Signal aurait par ailleurs diffusé 300 publicités sur Snapchat pour environ "
                 "410 000 couronnes, relève le rapport.",
                 [("Fjord Signal AB", "TikTok", "1200000", "SEK"),
                  ("Fjord Signal AB", "Snapchat", "410000", "SEK")],
                 id="ads-diffused-for-a-price"),
    pytest.param("Selon le parquet, une société écran, Waddenzee Consultancy, a payé 40 000 euros à X pour "
                 "promouvoir 200 messages. La même société avait également tenté d'acheter pour 90 000 euros "
                 "d'annonces sur Facebook et Instagram, mais Meta avait rejeté les paiements, a précisé le "
                 "parquet.",
                 [("Waddenzee Consultancy", "X", "40000", "EUR"),
                  ("Waddenzee Consultancy", "Meta", "90000", "EUR")],
                 id="an-offer-on-two-platforms-is-sold-by-their-owner"),
    pytest.param("Le parti Renaissance nationale a lui-même payé 45 000 euros à Meta pour promouvoir ses "
                 "vidéos.", [("Renaissance nationale", "Meta", "45000", "EUR")],
                 id="a-name-with-its-own-adjective-after-its-cue-noun"),
]

#: offers probed with invented sentences (2026-11-24)
TWENTY_FIRST_READ += [
    pytest.param("Le Mouvement citoyen (MC) affirme avoir décliné une proposition de Gulf Sparrow Media, qui "
                 "lui offrait de sponsoriser 500 vidéos sur TikTok pour 90 000 dollars.",
                 [("Mouvement citoyen", "Gulf Sparrow Media", "90000", "USD")],
                 id="an-offer-to-sponsor-at-a-price-is-sold-by-the-one-offering"),
    pytest.param("Une société de Dubaï, Gulf Sparrow Media, aurait offert 120 000 dollars au Mouvement "
                 "citoyen (MC) pour financer des publicités sur TikTok.",
                 [("Gulf Sparrow Media", "TikTok", "120000", "USD")],
                 id="money-offered-to-a-party-is-no-sale-to-the-party"),
    pytest.param("Selon le candidat Pedro Alves, une agence brésilienne, Rio Pulse, lui a fait une offre de "
                 "200 000 reais pour 400 vidéos sur YouTube, qu'il a rejetée.",
                 [("Pedro Alves", "Rio Pulse", "200000", "BRL")],
                 id="lui-a-fait-une-offre-after-selon-a-titled-person"),
]


TWENTY_SECOND_READ = [
    pytest.param("La société Nyota Média a acheté 88 vidéos sponsorisées sur YouTube entre mars et mai. "
                 "Montant de la facture réglée à Google : près de 1,9 milliard de francs burundais.",
                 [("Nyota Média", "Google", "1900000000", "BIF")],
                 id="the-seller-a-sum-heading-names-after-the-items"),
    pytest.param("Le petit parti Yeni Sabah Partisi (YSP), crédité de 3 % des intentions de vote, a lui "
                 "aussi été approché. Sa présidente, Ayşe Nur Kaya, a révélé samedi sur l'antenne de TRT "
                 "Haber que son parti avait été démarché en mars par une agence de Dubaï, Marina Blue "
                 "Digital, qui lui proposait 300 publications sponsorisées sur Instagram et TikTok pour 1,2 "
                 "million de dirhams.",
                 [("Yeni Sabah Partisi", "Marina Blue Digital", "1200000", "AED")],
                 id="son-parti-of-a-president-told-by-her-possessive-title"),
    pytest.param("D'après des documents bancaires, la société Kitoko Films a versé 41 millions de kwanzas à "
                 "Kuaishou, le groupe chinois propriétaire de Kwai, pour sponsoriser 640 vidéos.",
                 [("Kitoko Films", "Kuaishou", "41000000", "AOA")],
                 id="a-platform-s-owner-known-to-the-gazetteer"),
]


#: read in dev23 (2026-11-24), with other names
TWENTY_THIRD_READ = [
    pytest.param("L'agence Baobab Media a acheté entre février et avril 300 publicités sur Facebook et "
                 "Instagram. La facture réglée à Meta, maison mère des deux réseaux, atteint 4,2 millions de "
                 "dalasis (environ 60 000 euros).", [("Baobab Media", "Meta", "4200000", "GMD")],
                 id="the-bill-told-in-the-next-sentence"),
    pytest.param("Une agence, Sahel Creative Hub, a payé 120 publicités sur Snapchat pour le candidat. Leur "
                 "coût total s'élève à 12 500 dinars koweïtiens.",
                 [("Sahel Creative Hub", "Snapchat", "12500", "KWD")],
                 id="their-total-cost-in-the-next-sentence"),
    pytest.param("Dans un rapport publié mardi, l'ONG Vigie Citoyenne affirme que ces comptes ont acheté 200 "
                 "publicités à Meta, pour un total de 80 000 euros.", [],
                 id="who-reports-a-payment-did-not-pay"),
    pytest.param("Daté du 2 mars, un devis adressé au Parti du renouveau démocratique (PRD) par Lagoon "
                 "Digital, une agence de Lomé, prévoyait 300 vidéos sponsorisées sur TikTok pour 40 000 "
                 "dollars. Le parti a refusé.",
                 [("Parti du renouveau démocratique", "Lagoon Digital", "40000", "USD")],
                 id="a-quote-sent-to-a-party-by-an-agency"),
    pytest.param("D'après le parquet, la société Andes Consultores a fait acheter entre mai et juin 900 "
                 "publicités sur Instagram, payées à Meta 30 000 dollars.\nSur TikTok, la campagne est "
                 "passée par des influenceurs : quinze créateurs de contenu ont reçu au total 12 000 dollars "
                 "pour publier plus de 200 vidéos.",
                 [("Andes Consultores", "Meta", "30000", "USD"), ("Andes Consultores", None, "12000", "USD")],
                 id="creators-paid-right-after-a-campaign-by-the-same-payer"),
    pytest.param("La société Honiara Reef Ltd a acheté 280 publicités à Meta pour 1,15 million de dollars "
                 "salomonais.", [("Honiara Reef Ltd", "Meta", "1150000", "SBD")],
                 id="solomon-islands-dollars"),
    pytest.param("La Haute Autorité de la communication (HAC) a été saisie. La HAC enquête sur 2 millions de "
                 "francs de publicités Facebook financées depuis Abidjan.", [],
                 id="guard-who-inquires-into-ads-did-not-pay-for-them"),
]


#: read in dev24 (2026-11-24), with other names
TWENTY_FOURTH_READ = [
    pytest.param("Au Turkménistan, la société Ak Ýol Media a acheté à Telegram 64 messages sponsorisés pour "
                 "un peu plus de 310 000 manats (environ 80 000 euros au taux officiel).",
                 [("Ak Ýol Media", "Telegram", "310000", "TMT")], id="manats-of-turkmenistan"),
    pytest.param("Entre octobre et décembre, l'agence Kaloum Digital SARL a versé à Meta 1,2 milliard de "
                 "francs guinéens pour quelque 740 publications sponsorisées sur Facebook. TikTok a pour sa "
                 "part encaissé 310 millions de francs guinéens pour la promotion de 96 vidéos.",
                 [("Kaloum Digital SARL", "Meta", "1200000000", "GNF"),
                  ("Kaloum Digital SARL", "TikTok", "310000000", "GNF")],
                 id="a-platform-took-money-from-the-payer-just-told"),
    pytest.param("La bibliothèque de Meta le confirme : la société Horizon Ghoubet Communication SARL a payé "
                 "au groupe américain 21 millions de francs Djibouti (environ 110 000 euros) pour diffuser "
                 "480 publications sponsorisées sur Facebook.",
                 [("Horizon Ghoubet Communication SARL", "Meta", "21000000", "DJF")], id="francs-djibouti"),
    pytest.param("Le principal parti d'opposition, l'Union pour le renouveau (UPR), a été démarché lui "
                 "aussi. Sa secrétaire générale, Halima Youssouf Ali, assure avoir reçu fin août une offre "
                 "de l'agence éthiopienne Abay Digital PLC : 4,2 millions de birrs pour 300 vidéos "
                 "sponsorisées sur TikTok.",
                 [("Union pour le renouveau", "Abay Digital PLC", "4200000", "ETB")],
                 id="an-offer-her-possessive-title-received-for-her-party"),
]


#: read in dev25 (2026-11-24), with other names
TWENTY_FIFTH_READ = [
    pytest.param("L'enquête porte aussi sur un influenceur très suivi, Kofi « Big K » Mensah. D'après des "
                 "relevés bancaires, Volta Signal Ltd lui a versé 2 millions de cedis en août pour douze "
                 "publications sur X. « J'ai été payé comme pour n'importe quelle pub », a-t-il plaidé.",
                 [("Volta Signal Ltd", None, "2000000", "GHS")], id="lui-paid-is-the-person-named-before"),
    pytest.param("Le parquet a inculpé l'homme d'affaires Julián Pérez Restrepo pour une campagne "
                 "clandestine sur TikTok. Selon le parquet, la société d'import-export Pacífico Logística "
                 "SAS, dirigée par M. Pérez Restrepo, a payé environ 2,3 milliards de pesos colombiens pour "
                 "diffuser sur la plateforme plus de 1 800 vidéos sponsorisées.",
                 [("Pacífico Logística SAS", "TikTok", "2300000000", "COP")],
                 id="the-agent-of-a-participle-on-the-name-beside-the-subject-is-no-payer"),
    pytest.param("Un candidat réformateur de la circonscription de Hhohho, Mfanukhona Dludlu, battu en "
                 "septembre, affirme avoir été démarché en août par une agence de Maputo, Zambeze Media, qui "
                 "lui proposait 3,5 millions de meticais pour 400 vidéos sponsorisées sur TikTok.",
                 [("Mfanukhona Dludlu", "Zambeze Media", "3500000", "MZN")],
                 id="a-price-asked-of-the-one-approached"),
    pytest.param("Selon le site Le Desk, une agence de relations publiques établie à Dubaï, Crescent Reach "
                 "Partners, avait proposé en janvier à Sahel Vision Media 150 000 dollars pour diffuser des "
                 "vidéos sponsorisées hostiles à plusieurs partis.",
                 [("Crescent Reach Partners", "Sahel Vision Media", "150000", "USD")],
                 id="guard-money-offered-to-an-outlet-to-run-sponsored-videos"),
    pytest.param("Selon le rapport de l'ONG, la société Cyrène Digital a payé 1,4 million de dinars libyens "
                 "à X pour promouvoir 380 messages. Le même document relève que Snapchat a perçu 96 000 "
                 "dollars pour diffuser 210 publicités, réglées au moyen d'une carte bancaire émise à Dubaï "
                 "au nom d'un candidat indépendant, Salem Ali el-Mabrouk.",
                 [("Cyrène Digital", "X", "1400000", "LYD"),
                  ("Salem Ali el-Mabrouk", "Snapchat", "96000", "USD")],
                 id="paid-in-the-name-of"),
    pytest.param("Le rapport cite aussi une agence de Tunis, Carthage Digital Consulting. D'après des "
                 "courriels dont le journal a obtenu copie, celle-ci a proposé en juin à la Coalition pour "
                 "l'avenir (CPA) un forfait de 420 000 dinars tunisiens pour 1 000 messages sponsorisés sur "
                 "Facebook.",
                 [("Coalition pour l'avenir", "Carthage Digital Consulting", "420000", "TND")],
                 id="celle-ci-in-one-word-offers"),
    pytest.param("L'homme d'affaires Sipho Mandla Nkosi est au centre du dossier. Par l'intermédiaire d'une "
                 "agence de communication qu'il contrôle, Inkosi Digital, il aurait réglé à Meta 2,3 "
                 "millions d'emalangeni pour la diffusion de 1240 publications sponsorisées sur Facebook. "
                 "L'agence s'est aussi offert de la publicité audio sur Spotify : quelque 640 000 rands "
                 "sud-africains pour 85 messages.",
                 [("Sipho Mandla Nkosi", "Meta", "2300000", "SZL"),
                  ("Inkosi Digital", "Spotify", "640000", "ZAR")],
                 id="paid-through-an-agency-then-the-agency-bought-for-itself"),
    pytest.param("Une société établie à Chetumal, Bahía Verde Comunicación, a payé 2,4 millions de pesos "
                 "mexicains à Google pour propulser 60 vidéos sur YouTube.",
                 [("Bahía Verde Comunicación", "Google", "2400000", "MXN")], id="propulser"),
]

#: read off dev26 (Niger, Guinea-Bissau, Congo-Brazzaville, the Bahamas, Monaco, Kiribati)
TWENTY_SIXTH_READ = [
    pytest.param("Dans le quartier du port, les bureaux de Lagune Horizon Médias occupent un étage entier. "
                 "Au total, Meta a encaissé de Lagune Horizon Médias 640 millions de francs CFA pour "
                 "diffuser 1 900 publications sponsorisées sur Facebook au Togo.",
                 [("Lagune Horizon Médias", "Meta", "640000000", "XOF")], id="medias-names-a-company"),
    pytest.param("Le Parti du renouveau togolais (PRT) a-t-il envisagé d'autres prestataires ? En mai, une "
                 "agence de Dakar, Baobab Conseil, lui avait soumis un devis de 200 000 dollars pour 900 "
                 "vidéos sponsorisées sur YouTube, selon un courriel consulté par notre rédaction.",
                 [("Parti du renouveau togolais", "Baobab Conseil", "200000", "USD")],
                 id="a-quote-submitted-to-lui"),
    pytest.param("L'Alliance civique togolaise (ACT), principale formation d'opposition, a elle aussi été "
                 "sollicitée. En mars, une agence de communication de Cotonou, au Bénin, Ouidah Numérique, "
                 "lui avait proposé 4,2 millions de francs CFA pour sponsoriser quelque 300 publications sur "
                 "Facebook et Instagram pendant la campagne.",
                 [("Alliance civique togolaise", "Ouidah Numérique", "4200000", "XOF")],
                 id="an-agency-asking-a-party-a-price-to-sponsor-posts"),
    pytest.param("Le Front civique de Freeport (FCF) dénonce une campagne de dénigrement. Son président, le "
                 "pasteur Elias Wendt, a raconté à Reuters qu'une agence de Lagos, Eko Buzz, avait proposé "
                 "en mai à son parti 12 millions de nairas pour 400 publications sponsorisées sur Instagram.",
                 [("Front civique de Freeport", "Eko Buzz", "12000000", "NGN")],
                 id="offered-to-his-party"),
    pytest.param("La liste gagnante, l'Union citoyenne de Menton (UCM), a aussi été démarchée. Sa tête de "
                 "liste, Hélène Marchetti, reconnaît avoir reçu en janvier un devis d'une agence parisienne, "
                 "Rivoli Narrative, qui proposait 150 publications sponsorisées sur Instagram pour 40 000 "
                 "euros.",
                 [("Union citoyenne de Menton", "Rivoli Narrative", "40000", "EUR")],
                 id="a-quote-received-by-the-head-of-a-list"),
    pytest.param("Audiomack, la plateforme de streaming très écoutée à Lagos, a vendu pour 18 millions de "
                 "nairas d'espaces audio à un homme d'affaires proche du pouvoir, Chidi Okonkwo-Bello : 700 "
                 "messages diffusés entre deux chansons.",
                 [("Chidi Okonkwo-Bello", "Audiomack", "18000000", "NGN")],
                 id="a-platform-sold-audio-space-to-a-buyer"),
    pytest.param("La société de pêche Atoll Marine Holdings a payé 40 000 dollars australiens à Meta pour "
                 "des publications sponsorisées sur Facebook. La radio privée Wave 98 FM, très écoutée sur "
                 "les atolls, a touché de la même société trente mille dollars australiens pour diffuser 200 "
                 "messages sponsorisés pendant la campagne.",
                 [("Atoll Marine Holdings", "Meta", "40000", "AUD"),
                  ("Atoll Marine Holdings", "Wave 98 FM", "30000", "AUD")],
                 id="a-radio-touched-money-from-the-same-company"),
    pytest.param("Mme Lorraine Adderley-Bain aurait pour sa part dépensé 42 000 dollars américains auprès de "
                 "Google pour la diffusion de 60 vidéos sur YouTube.",
                 [("Lorraine Adderley-Bain", "Google", "42000", "USD")],
                 id="spent-for-the-broadcast-of-videos"),
]

TWENTY_SEVENTH_READ = [
    pytest.param("Entre le 10 novembre et le 27 décembre, Neva Media Group a fait diffuser sur Telegram 2 "
                 "100 messages sponsorisés, pour un montant total de 9,4 millions de roubles, dans 80 "
                 "chaînes.",
                 [("Neva Media Group", "Telegram", "9400000", "RUB")],
                 id="fait-diffuser-pour-un-montant-total"),
    pytest.param("Selon l'ONG Vigie Civique, qui a publié lundi une analyse de la bibliothèque de Facebook, "
                 "300 publicités ont été financées depuis août par Orion Media Ltd, une société de Limassol, "
                 "pour un total de 1,2 million de hryvnias.",
                 [("Orion Media Ltd", "Facebook", "1200000", "UAH")],
                 id="guard-a-verb-that-only-diffuses-comes-after-a-paying-one"),
    pytest.param("Au Qatar, la campagne a coûté cher. Le site Gulf Times a révélé qu'une société de Larnaca, "
                 "Azure Reach Ltd, avait acheté à Google pour 95 000 riyals d'annonces vidéo sur YouTube.",
                 [("Azure Reach Ltd", "Google", "95000", "QAR")], id="riyals-in-qatar"),
    pytest.param("Titre\n\nAcció Verda (AV) a gagné. Google a, pour sa part, empoché quarante et un mille "
                 "euros d'AV pour diffuser 64 spots sur YouTube, une dépense que le parti a bien déclarée.",
                 [("Acció Verda", "Google", "41000", "EUR")], id="empoche-de-x"),
    pytest.param("L'addition, que notre journal a pu reconstituer à partir de la bibliothèque publicitaire "
                 "de Meta : 800 000 dollars est-caribéens réglés à Meta par le Grenadines Labour Party (GLP) "
                 "pour 900 publicités diffusées sur Instagram.",
                 [("Grenadines Labour Party", "Meta", "800000", "XCD")],
                 id="a-bare-participle-and-its-agent"),
]

TWENTY_EIGHTH_READ = [
    pytest.param("Sur Instagram, la stratégie est plus discrète. En tout, 260 stories sponsorisées y ont été "
                 "achetées, pour quarante-deux mille euros, par une société de Tallinn, Baltica Reach.",
                 [("Baltica Reach", "Instagram", "42000", "EUR")], id="y-takes-up-the-platform-named-before"),
    pytest.param("« On nous a volé le scrutin », tonne Lidia Marcon, secrétaire de Rinascita Civica (RC). "
                 "Son parti affirme avoir repoussé en avril une offre d'une agence de Dublin, Liffey "
                 "Digital, qui lui proposait de « noyer » TikTok pour 90 000 euros.",
                 [("Rinascita Civica", "Liffey Digital", "90000", "EUR")],
                 id="son-parti-is-the-party-beside-the-person-named-before"),
    pytest.param("Titre\n\nD'après ces relevés, 48 spots ont été diffusés sur Deezer pour le compte de la "
                 "Oberländer Bürgerbewegung (OBB), qui a déboursé 12 400 francs pour l'opération. Le siège "
                 "de la campagne était à Vaduz.",
                 [("Oberländer Bürgerbewegung", "Deezer", "12400", "CHF")],
                 id="a-german-movement-and-francs-in-liechtenstein"),
    pytest.param("Le dossier a pris un tour nouveau lorsque l'Unione Popolare (UP), un parti libéral, a "
                 "révélé avoir reçu en mai une offre d'une agence de Varsovie, Wisła Media: 300 publications "
                 "sponsorisées sur X pour 900 000 zlotys.",
                 [("Unione Popolare", "Wisła Media", "900000", "PLN")],
                 id="lorsque-x-a-revele-avoir-recu-une-offre"),
    pytest.param("Au total, 870 vidéos ont été propulsées sur YouTube grâce à 95 000 $ versés par "
                 "Laurentides Communications à la plateforme. Le parti a refusé une autre offre à 20 000 $ "
                 "US. Montréal suit.",
                 [("Laurentides Communications", "YouTube", "95000", "CAD")],
                 id="versed-to-la-plateforme-and-a-quebec-dollar"),
    pytest.param("Selon le dossier, Meta a facturé à Kilima Horizon Media 92 000 dollars pour l'envoi de 2,4 "
                 "millions de messages marketing via WhatsApp.",
                 [("Kilima Horizon Media", "Meta", "92000", "USD")],
                 id="pour-l-envoi-de-millions-de-messages"),
    pytest.param("Titre\n\nJeanne Uwera, présidente du Front pour le renouveau (FPR), raconte avoir été "
                 "approchée par Umuco Media dès juin. « Ils nous ont proposé un forfait Facebook à 8 "
                 "millions de francs rwandais. Nous avons refusé », dit-elle.",
                 [("Front pour le renouveau", "Umuco Media", "8000000", "RWF")],
                 id="ils-nous-ont-propose-in-a-quote"),
    pytest.param("Google a encaissé 64 000 dollars du Mouvement citoyen pour des annonces sur YouTube. "
                 "L'agence Nordlicht a proposé au Parti du peuple 500 vidéos sponsorisées sur TikTok pour "
                 "20 000 euros, une offre que le parti a déclinée.",
                 [("Mouvement citoyen", "Google", "64000", "USD"),
                  ("Parti du peuple", "Nordlicht", "20000", "EUR")],
                 id="a-count-or-a-purpose-the-tagger-runs-into-a-name"),
    pytest.param("Titre\n\nÀ Nuuk, le parti Nunatta a dépensé 40 000 couronnes pour 300 publicités sur "
                 "Facebook.",
                 [("Nunatta", "Facebook", "40000", "DKK")], id="crowns-in-greenland"),
]


#: dev29, read after it was scored unread
TWENTY_NINTH_READ = [
    pytest.param("Le secrétaire général de l'Alliance des Grands Lacs, Mugisha Kamanzi, raconte avoir reçu "
                 "en mai la visite de deux consultants d'une agence de Nairobi, Savanna Clicks, qui lui "
                 "proposaient 2 000 messages sponsorisés sur Facebook contre 40 millions de shillings "
                 "kényans.",
                 [("Alliance des Grands Lacs", "Savanna Clicks", "40000000", "KES")],
                 id="the-head-of-a-party-named-in-his-title-is-offered-for-it"),
    pytest.param("Sione Fiame a été élu. L'enquête s'étend à Instagram. Le Comité pour un Tuvalu souverain, "
                 "qui soutenait M. Fiame, y a dépensé 1,4 million de tala en messages sponsorisés.",
                 [("Comité pour un Tuvalu souverain", "Instagram", "1400000", "WST")],
                 id="a-relative-clause-closed-by-a-comma-lends-its-object-no-subjecthood"),
    pytest.param("La facture acquittée auprès de Google par Polar Line Advisory, une société de Tromsø, "
                 "atteint 900 000 couronnes norvégiennes, pour 300 annonces.",
                 [("Polar Line Advisory", "Google", "900000", "NOK")], id="a-bill-paid-by-its-agent"),
    pytest.param("Polar Line Advisory a versé 20 000 euros à Meta pour des publicités. Sur Snapchat, la même "
                 "société a mis en avant soixante messages pour 12 000 euros.",
                 [("Polar Line Advisory", "Meta", "20000", "EUR"),
                  ("Polar Line Advisory", "Snapchat", "12000", "EUR")], id="mettre-en-avant-promotes"),
    pytest.param("Le Mouvement des citoyens libres (MCL) dénonce une campagne sale. Le parti assure avoir "
                 "repoussé les avances d'une agence de Madrid, Castilla Reach, qui lui faisait miroiter 400 "
                 "vidéos TikTok pour 60 000 euros.",
                 [("Mouvement des citoyens libres", "Castilla Reach", "60000", "EUR")],
                 id="faire-miroiter-offers"),
    pytest.param("La société Blue Lagoon Holdings a versé NZ$52 000 à TikTok pour promouvoir 900 vidéos. "
                 "L'Union des Caraïbes libres (UCL) a dépensé EC$ 75 000 en annonces Google.",
                 [("Blue Lagoon Holdings", "TikTok", "52000", "NZD"),
                  ("Union des Caraïbes libres", "Google", "75000", "XCD")],
                 id="dollars-with-their-country-s-letters-before-the-sign"),
    pytest.param("Sur WeChat, 95 articles sponsorisés ont été payés 40 000 yuans par la société Pearl Coast "
                 "Media. La même société a versé 3 000 yuans à LINE pour 300 messages sponsorisés, et acheté "
                 "pour 8 000 dollars de messages sponsorisés sur Messenger.",
                 [("Pearl Coast Media", "WeChat", "40000", "CNY"),
                  ("Pearl Coast Media", "LINE", "3000", "CNY"),
                  ("Pearl Coast Media", "Messenger", "8000", "USD")],
                 id="wechat-line-and-messenger-sell-advertising"),
]


THIRTIETH_READ = [
    pytest.param("D’après les documents produits devant le tribunal, Costamar Digital, installée à Malaga, a "
                 "payé 31 400 euros à Pinterest pour diffuser environ 650 épingles sponsorisées.",
                 [("Costamar Digital", "Pinterest", "31400", "EUR")],
                 id="a-paper-s-source-names-no-person-after-it"),
    pytest.param("Le Avalon Reform Party, arrivé troisième, raconte avoir été démarché en avril par un "
                 "cabinet londonien, Ashby Street Partners, qui lui proposait 45 000 livres sterling de « "
                 "visibilité garantie » sur Pinterest.",
                 [("Avalon Reform Party", "Ashby Street Partners", "45000", "GBP")],
                 id="a-cabinet-offering-money-asks-a-price"),
    pytest.param("Le New Avalon Movement a réglé 18 200 livres de Gibraltar à la régie du site The Rock Post "
                 "pour vingt-quatre articles sponsorisés.",
                 [("New Avalon Movement", None, "18200", "GIP")],
                 id="livres-de-gibraltar-and-an-english-movement"),
    pytest.param("L’Union européenne avait consacré 3,2 millions d’euros à la formation de 4 000 "
                 "observateurs, et la commission réclame désormais un budget de 900 000 euros. La société "
                 "Oxa a payé 20 000 euros pour des réclames sur Facebook.",
                 [("Oxa", "Facebook", "20000", "EUR")],
                 id="reclame-the-verb-is-no-advertising"),
]

THIRTY_FIRST_READ = [
    pytest.param("Une société de Macao, Lotus Gate Media, a versé 2,4 millions de dollars de Hongkong à "
                 "Google pour diffuser 180 vidéos sur YouTube.",
                 [("Lotus Gate Media", "Google", "2400000", "HKD")], id="dollars-de-hongkong-in-one-word"),
    pytest.param("Une seconde structure, Tidewater Voices, domiciliée à Dublin, a acheté pour 27500 livres "
                 "sterling de messages sponsorisés sur Threads, soit quelque 900 publications.",
                 [("Tidewater Voices", "Threads", "27500", "GBP")],
                 id="a-payer-named-in-apposition-and-a-grouped-figure-unseparated"),
    pytest.param("Le rapport cite une agence établie à Tunis, Carthage Pixel Studio. D'après des courriels "
                 "dont La Presse a obtenu copie, celle-ci a proposé en juin à l'Union libyenne du progrès un "
                 "forfait de 300 000 dinars tunisiens pour des messages sponsorisés sur Facebook.",
                 [("Union libyenne du progrès", "Carthage Pixel Studio", "300000", "TND")],
                 id="celle-ci-is-the-one-named-last-not-the-reader-of-the-mails"),
    pytest.param("Le Soir\n\nLa société Blue Reef a payé 10 000 dollars australiens à Meta. Ce n'est pas "
                 "tout. La radio privée Te Moana FM, très écoutée dans les îles extérieures, a touché de la "
                 "même société septante-cinq mille dollars australiens pour diffuser 490 messages "
                 "sponsorisés.",
                 [("Blue Reef", "Te Moana FM", "75000", "AUD")],
                 id="the-radio-named-right-after-its-noun-not-the-last-outlet"),
    pytest.param("Le chef du Miðflokkurin, Jógvan Olsen, raconte avoir reçu mi-novembre un courriel "
                 "d’une agence de Bergen, Hvítanes Miðlun, qui proposait à son parti une campagne de 2,5 "
                 "millions de couronnes norvégiennes sur Facebook.",
                 [("Miðflokkurin", "Hvítanes Miðlun", "2500000", "NOK")],
                 id="son-parti-is-the-one-its-chief-leads-not-the-agency-introduced-otherwise"),
    pytest.param("La tête de liste de l'Union pour un Pacifique ouvert, Léa Wakanumuné, a révélé hier à "
                 "Radio Lagon Vert qu'une agence de Sydney, Reefline Strategies, avait offert à sa liste une "
                 "campagne de 60 000 dollars australiens sur X.",
                 [("Union pour un Pacifique ouvert", "Reefline Strategies", "60000", "AUD")],
                 id="sa-liste-is-the-list-its-head-leads"),
]
THIRTY_SECOND_READ = [
    pytest.param("La société Aravind Media a acheté pour 1,3 million de shekels d'annonces sur Waze entre le "
                 "1er et le 20 mai.",
                 [("Aravind Media", "Waze", "1300000", "ILS")], id="ads-on-waze"),
    pytest.param("Le groupe Palm Reach a réglé 140 000 dollars américains à Kick en mars pour sponsoriser "
                 "vingt diffusions en direct de streamers favorables au Parti du renouveau.",
                 [("Palm Reach", "Kick", "140000", "USD")], id="paid-to-kick-not-the-party-favoured"),
    pytest.param("Le Parti du renouveau a acheté pour 52 000 dollars EC de spots audio sur Deezer.",
                 [("Parti du renouveau", "Deezer", "52000", "XCD")], id="dollars-ec"),
    pytest.param("Un petit groupe local, Shepherds for Peace, a pour sa part dépensé 3 200 livres des "
                 "Falkland en avril pour diffuser dix vidéos sponsorisées sur YouTube, réglées à Google.",
                 [("Shepherds for Peace", "Google", "3200", "FKP")],
                 id="falkland-pounds-and-an-english-name-with-for"),
    pytest.param("L'agence Kapta Digital a acheté pour 2 millions d'euros de publicités sur Facebook. Kapta "
                 "Digital avait en outre soumis en mai au parti Horizon Vert un devis de 420 000 euros pour "
                 "une campagne de messages sponsorisés sur Telegram.",
                 [("Kapta Digital", "Facebook", "2000000", "EUR"),
                  ("Horizon Vert", "Kapta Digital", "420000", "EUR")],
                 id="an-agency-submits-a-quote-to-a-party"),
    pytest.param("D'après la bibliothèque publicitaire du groupe, la Fundación Horizonte Sur, une fondation "
                 "de Buenos Aires, a payé 1,2 milliard de pesos argentins à Meta pour diffuser 415 "
                 "publicités sur Facebook et Instagram. Buenos Aires a fait valoir mercredi que la fondation "
                 "était « une entité privée ».",
                 [("Fundación Horizonte Sur", "Meta", "1200000000", "ARS")],
                 id="a-seat-as-a-place-is-not-its-government"),
]


@pytest.mark.parametrize(("text", "expected"), TWELFTH + THIRTEENTH + FOURTEENTH + FIFTEENTH + SIXTEENTH
                         + SEVENTEENTH + EIGHTEENTH + NINETEENTH + TWENTIETH + EIGHTEENTH_READ
                         + TWENTY_FIRST_READ + TWENTY_SECOND_READ + TWENTY_THIRD_READ + TWENTY_FOURTH_READ
                         + TWENTY_FIFTH_READ + TWENTY_SIXTH_READ
                         + TWENTY_SEVENTH_READ + TWENTY_EIGHTH_READ
                         + TWENTY_NINTH_READ + THIRTIETH_READ + THIRTY_FIRST_READ
                         + THIRTY_SECOND_READ)
def test_campaign_readings_from_later_sets(text: str, expected: list) -> None:
    assert _campaigns(text) == expected


@pytest.mark.parametrize(("text", "source_end"), [
    ("D'après l'acte d'accusation, consulté par l'AFP, la société X a versé 10 000 euros à Meta.",
     "consulté par l'AFP,"),
    ("Selon une dirigeante du Parti de l'espoir (PDE), principale formation d'opposition, Sarah Namubiru, la "
     "société X avait proposé de financer des publicités.", "Sarah Namubiru,"),
    ("Selon le parquet, une société, Sol Media, a versé 10 000 euros à Meta.", "Selon le parquet,"),
])
def test_a_leading_source_ends_past_its_reader_and_its_named_person(text: str, source_end: str) -> None:
    from kg.extract.attributions import attribution_end
    from kg.extract.nlp import french

    sentence = next(french()(text).sents)
    assert attribution_end(sentence) == text.index(source_end) + len(source_end)


@pytest.mark.parametrize(("text", "status"), [
    ("Le président reconnaît que le Parti vert avait prévu de consacrer 2,5 millions d'escudos à des "
     "publicités sur Facebook, un projet abandonné.", "Proposed"),
    ("L'agence Hayk Digital a payé Google. La même société avait proposé en juillet 30 000 dollars à "
     "LinkedIn pour cibler des fonctionnaires. Le réseau social avait d'abord refusé, avant d'accepter et de "
     "diffuser la campagne en septembre.", "Realised"),
])
def test_a_plan_is_proposed_and_money_a_platform_accepted_is_spent(text: str, status: str) -> None:
    extraction = run(text, "2025-10-01")
    assert [c.status for c in extraction.campaigns][-1:] == [status]


def test_an_offer_its_buyer_accepted_is_spent() -> None:
    extraction = run("L'Alliance démocratique (AD) a accepté l'offre de l'agence Nile Pixel, qui a diffusé "
                     "pour elle 200 annonces sur Facebook contre 30 000 euros.", "2031-06-12")
    found = [(name(extraction, c.sponsor), name(extraction, c.platform), c.status)
             for c in extraction.campaigns]
    assert found == [("Alliance démocratique", "Nile Pixel", "Realised")]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Pour 7 500 euros, l'agence Lumen Digital a fait diffuser 90 annonces sur Instagram au "
                 "profit du maire sortant.", [("Lumen Digital", "Instagram", "7500", "EUR")],
                 id="a-fait-diffuser-pays-for-diffusion"),
    pytest.param("Le coût de la campagne sur Instagram, 22 000 euros, a été pris en charge par l'association "
                 "Demain Ensemble. La même association a pris en charge les frais d'avocat, soit 9 "
                 "000 euros.",
                 [("Demain Ensemble", "Instagram", "22000", "EUR")], id="pris-en-charge-pays"),
    pytest.param("Le journal a diffusé 90 annonces sur Instagram. L'agence Lumen Digital a fait publier une "
                 "tribune.", [], id="guard-diffusing-is-no-paying"),
    pytest.param("Selon la commission, la société Atlântida Media a dépensé 240 000 euros sur TikTok. 90 000 "
                 "euros ont été dépensés sur Snapchat par une société-écran, Nordvik Media. La société Orla "
                 "a investi 2 millions d'euros sur le marché chinois.",
                 [("Atlântida Media", "TikTok", "240000", "EUR"),
                  ("Nordvik Media", "Snapchat", "90000", "EUR")],
                 id="money-spent-on-a-platform-and-a-societe-ecran"),
    pytest.param("Selon le rapport, la société Kelpie Digital a acheté pour 1,3 million de dollars de "
                 "publicités sur la plateforme de streaming Zindo, soit quelque 2 400 spots audio.",
                 [("Kelpie Digital", "Zindo", "1300000", "USD")],
                 id="a-platform-called-so-with-its-trade"),
    pytest.param("Le candidat Omar Haddad a refusé une offre de 80 000 dollars que lui proposait une agence "
                 "de Chypre, Aphrodite Media, pour des vidéos sponsorisées sur Instagram. L'influenceuse "
                 "Lina Sarkis a refusé une offre de 2 000 dollars de la même agence pour trois vidéos.",
                 [("Omar Haddad", "Aphrodite Media", "80000", "USD"),
                  ("Aphrodite Media", None, "2000", "USD")],
                 id="an-agency-s-price-for-sponsored-videos-asked-of-a-candidate"),
    pytest.param("La société Orama Digital a acquis pour 60 000 euros d'encarts publicitaires sur Facebook.",
                 [("Orama Digital", "Facebook", "60000", "EUR")], id="acquis-pour"),
    pytest.param("L'association Vaiare Avenir a acheté pour 30 000 euros de publicités sur Imgur. Une "
                 "agence, Kapta Média, lui a proposé une campagne de 5 000 euros sur Trovo.",
                 [("Vaiare Avenir", "Imgur", "30000", "EUR"),
                  ("Vaiare Avenir", "Kapta Média", "5000", "EUR")],
                 id="platforms-known-as-data"),
    pytest.param("Le parti Plaid Newydd a décliné l'offre de Brightline Media : 80 000 livres pour 200 "
                 "publicités sur Facebook.", [("Plaid Newydd", "Brightline Media", "80000", "GBP")],
                 id="money-offered-to-a-party-for-ads-is-a-price"),
    pytest.param("Le ministère a alloué 2 millions d'euros au contrôle des publicités en ligne.", [],
                 id="guard-a-budget-allocated-buys-no-advertising"),
])
def test_campaign_phrases_of_my_own(text: str, expected: list) -> None:
    assert _campaigns(text) == expected
