"""Investigations, indictments and the order the text states, from short French sentences."""

from __future__ import annotations

import pytest

from tests.extraction import name, run


def test_an_indictment_names_its_defendants_and_count() -> None:
    extraction = run(
        "Le parquet fédéral a inculpé lundi sept personnes, dont l'homme d'affaires Viktor Balan "
        "et la consultante Irina Moldovan, pour ingérence électorale.", "2023-11-08")
    (indictment,) = extraction.indictments
    assert indictment.defendant_count == 7
    assert {name(extraction, d) for d in indictment.defendants} == {"Viktor Balan", "Irina Moldovan"}
    assert str(indictment.date) == "2023-11-06"


def test_an_indictment_of_a_counted_group_keeps_the_count() -> None:
    extraction = run("La justice a inculpé douze agents étrangers pour espionnage.", "2023-11-08")
    (indictment,) = extraction.indictments
    assert (indictment.defendants, indictment.defendant_count) == ([], 12)


def test_prosecution_brought_against_people_is_an_indictment_told_twice_once() -> None:
    extraction = run(
        "Au Népal, le parquet de Pokhara a engagé des poursuites contre deux blogueurs. Le bureau du "
        "procureur de Pokhara a engagé lundi des poursuites contre les deux blogueurs. Aucune poursuite n'a "
        "été engagée contre le troisième.", "2026-02-24")
    (indictment,) = extraction.indictments
    assert (indictment.defendant_count, str(indictment.date)) == (2, "2026-02-23")


@pytest.mark.parametrize("text", [
    pytest.param("Le parquet n'a pas engagé de poursuites contre les trois hommes.", id="not-brought"),
    pytest.param("Le parquet n'a jamais engagé des poursuites contre les trois hommes.", id="never-brought"),
])
def test_prosecution_not_brought_is_no_indictment(text: str) -> None:
    assert run(text, "2023-11-08").indictments == []


@pytest.mark.parametrize("text", [
    pytest.param("Le gouvernement a accusé mercredi la société Blue Delta d'avoir financé des comptes. "
                 "Deux hommes sont soupçonnés d'avoir participé au réseau.", id="accused-and-suspected"),
    pytest.param("Il a précisé que deux dirigeants de l'agence avaient été entendus mercredi, sans être "
                 "inculpés.", id="sans-etre-inculpes"),
    pytest.param("Deux dirigeants de l'agence ont été entendus sans inculpation.", id="sans-inculpation"),
    pytest.param("Hier matin, quelques heures après les inculpations, la porte-parole du parti, Fanta "
                 "Diabaté, a dénoncé « une justice aux ordres ».", id="dev28-hours-after-the-indictments"),
    pytest.param("Le parquet a requis l'inculpation de deux cadres du parti, sans succès.",
                 id="an-indictment-asked-for"),
    pytest.param("Avant-hier, avant même l'annonce des inculpations, la présidente du parti, Adwoa Mensima, "
                 "avait démenti tout lien avec l'agence.", id="dev29-before-the-indictments-were-announced"),
])
def test_a_political_accusation_a_suspicion_or_a_hearing_is_no_indictment(text: str) -> None:
    assert run(text, "2023-11-08").indictments == []


def test_an_investigation_led_by_a_named_prosecutor() -> None:
    extraction = run(
        "L'enquête menée par la procureure Anne Castel porte sur des virements suspects.", "2023-11-08")
    (investigation,) = extraction.investigations
    assert name(extraction, investigation.investigator) == "Anne Castel"


def test_an_indictment_belongs_to_the_one_investigation_of_its_article() -> None:
    extraction = run(
        "L'enquête menée par la procureure Anne Castel a abouti. Le parquet a inculpé jeudi "
        "l'homme d'affaires Viktor Balan.", "2023-11-08")
    (investigation,) = extraction.investigations
    (indictment,) = extraction.indictments
    assert indictment.investigation == investigation.key


def test_after_que_orders_the_indictment_before_the_statement() -> None:
    extraction = run(
        "Le parquet a inculpé l'homme d'affaires Viktor Balan. Irina Moldovan a déclaré que les "
        "accusations étaient absurdes. Les déclarations d'Irina Moldovan interviennent après que "
        "le parquet a inculpé Viktor Balan.", "2023-11-08")
    assert extraction.orders
    for order in extraction.orders:
        assert order.before in extraction.indictments
        assert order.after in extraction.statements


@pytest.mark.parametrize("text", [
    pytest.param("Le parquet financier de Lyon a ouvert une enquête pour blanchiment.", id="ouvrir"),
    pytest.param("Le parquet financier de Lyon a annoncé mercredi l'ouverture d'une enquête pour "
                 "blanchiment.", id="annoncer-l-ouverture"),
    pytest.param("Le parquet financier de Lyon a confirmé vendredi avoir ouvert une enquête, sans plus de "
                 "précisions.", id="a-day-between-the-verb-and-its-infinitive"),
])
def test_the_subject_of_opening_an_investigation_leads_it(text: str) -> None:
    extraction = run(text, "2023-11-08")
    (investigation,) = extraction.investigations
    assert name(extraction, investigation.investigator) == "parquet financier de Lyon"


def test_a_pronoun_opening_an_investigation_is_the_body_that_announced_it() -> None:
    extraction = run("L'Agence de sûreté de l'État a fait savoir jeudi qu'elle avait ouvert une enquête "
                     "préliminaire sur ces faits.", "2023-11-08")
    (investigation,) = extraction.investigations
    assert name(extraction, investigation.investigator) == "Agence de sûreté de l'État"


def test_an_investigation_opened_long_ago_by_an_agency_names_it() -> None:
    extraction = run("L'enquête, ouverte il y a deux ans par l'Office central de lutte contre la "
                     "corruption, se poursuit.", "2023-11-08")
    (investigation,) = extraction.investigations
    assert name(extraction, investigation.investigator) == "Office central de lutte contre la corruption"


def test_titles_demands_and_denials_are_not_investigations() -> None:
    extraction = run(
        "La directrice des enquêtes de l'autorité, Maud Leroux, a été entendue. L'opposition "
        "réclame une enquête parlementaire. Le ministère a refusé de confirmer, sans confirmer "
        "l'ouverture d'une enquête.", "2023-11-08")
    assert extraction.investigations == []


def test_further_charges_that_may_come_are_no_indictment() -> None:
    extraction = run("L'affaire pourrait déboucher sur d'autres inculpations, a averti Paul Morin.",
                     "2023-11-08")
    assert extraction.indictments == []


def test_a_passive_indictment_names_its_subject() -> None:
    extraction = run("L'homme d'affaires Viktor Balan a été inculpé mardi pour corruption.", "2023-11-08")
    (indictment,) = extraction.indictments
    assert [name(extraction, d) for d in indictment.defendants] == ["Viktor Balan"]
    assert str(indictment.date) == "2023-11-07"


def test_the_actors_of_the_next_clause_are_not_defendants() -> None:
    extraction = run("C'est après que le parquet a inculpé les six suspects que Google a annoncé la "
                     "suppression de leurs comptes.", "2023-11-08")
    (indictment,) = extraction.indictments
    assert (indictment.defendants, indictment.defendant_count) == ([], 6)


def test_a_passive_indictment_counts_its_subject_and_later_names_complete_it() -> None:
    extraction = run(
        "Onze militants ont été inculpés jeudi pour propagande. L'acte d'accusation vise notamment "
        "l'ancien député Ivo Saar et la consultante Liina Kask.", "2024-06-14")
    (indictment,) = extraction.indictments
    assert indictment.defendant_count == 11
    assert {name(extraction, d) for d in indictment.defendants} == {"Ivo Saar", "Liina Kask"}
    assert str(indictment.date) == "2024-06-13"


def test_a_prosecutor_investigating_is_the_investigator() -> None:
    extraction = run("Le parquet de Tallinn enquête sur ces paiements depuis mars.", "2024-06-14")
    (investigation,) = extraction.investigations
    assert name(extraction, investigation.investigator) == "parquet de Tallinn"


def test_an_act_of_indictment_cited_as_a_source_is_no_new_indictment() -> None:
    extraction = run(
        "Le parquet a inculpé mardi trois personnes, dont Lena Moravec. Selon l'acte d'inculpation, "
        "la société de M. Novak, Delta Media, a dépensé 20 000 euros. D'après l'acte d'accusation, "
        "Karl Brandt a payé les annonces.", "2024-03-14")
    (indictment,) = extraction.indictments
    assert [name(extraction, d) for d in indictment.defendants] == ["Lena Moravec"]


def test_an_organisation_named_by_its_acronym_later_opens_the_investigation() -> None:
    extraction = run(
        "La Commission des délits boursiers et fiscaux (CDBF) a inculpé jeudi quatre personnes. "
        "Le porte-parole de la CDBF, Tomas Rivero, a parlé. "
        "La CDBF avait ouvert une enquête en janvier, après un signalement d'une ONG.", "2024-03-14")
    (investigation,) = extraction.investigations
    assert name(extraction, investigation.investigator) == "Commission des délits boursiers et fiscaux"


# read from dev14 (w01-w06), written here with invented names and sentences
def test_what_the_counted_defendants_are_accused_of_names_no_defendant() -> None:
    extraction = run(
        "Le parquet spécial a inculpé ce mardi six personnes accusées d'avoir financé une campagne hostile "
        "à l'Union européenne. Parmi elles figurent Stefan Ilić, président de l'association Nova Zora, et "
        "le chef d'entreprise Marko Perić.", "2025-04-08")
    (indictment,) = extraction.indictments
    assert indictment.defendant_count == 6
    assert [name(extraction, d) for d in indictment.defendants] == ["Stefan Ilić", "Marko Perić"]


def test_the_organisation_in_a_defendants_title_is_not_charged() -> None:
    extraction = run(
        "Le 27 mai, le ministère fédéral de la Justice a inculpé huit personnes, dont le directeur de Blue "
        "Nile Consulting, Tesfaye Girma, et une associée, Hanna Bekele, pour incitation à la violence.",
        "2025-06-10")
    (indictment,) = extraction.indictments
    assert [name(extraction, d) for d in indictment.defendants] == ["Tesfaye Girma", "Hanna Bekele"]


@pytest.mark.parametrize("text", [
    "La veille des inculpations, le ministre des Affaires européennes, Petar Jovanović, avait estimé "
    "que le pays était devenu une cible.",
    "La veille de son inculpation, la blogueuse Ana Ruiz-Pla avait nié avoir été payée.",
    "Trois jours après leur inculpation, les deux hommes ont quitté le pays.",
])
def test_the_eve_of_the_indictments_tells_no_indictment(text: str) -> None:
    extraction = run(text, "2025-04-08")
    assert extraction.indictments == []


def test_a_pronoun_after_an_opening_participle_and_a_second_investigation_in_a_relative() -> None:
    extraction = run(
        "L'Autorité des médias (AMR) a été la première à réagir. Saisie par l'association Mirt Dimts, elle "
        "a ouvert en avril une enquête administrative, avant de transmettre le dossier à la police "
        "fédérale, qui a ouvert sa propre enquête le 9 mai.", "2025-06-10")
    assert sorted(name(extraction, i.investigator) for i in extraction.investigations) == [
        "Autorité des médias", "police fédérale"]


def test_the_newspapers_own_investigation_is_no_investigation() -> None:
    assert run("Notre enquête remonte jusqu'à une société de conseil de la capitale.",
               "2025-06-10").investigations == []


def test_a_rubric_in_capitals_is_no_investigation() -> None:
    extraction = run("ENQUÊTE. À Katmandou, des agences vendent aux partis des campagnes clés en main.\n\n"
                     "Une enquête avait été ouverte le 9 mars, après la diffusion de vidéos truquées.",
                     "2025-09-20")
    (investigation,) = extraction.investigations
    assert investigation.evidence.exact.startswith("Une enquête avait été ouverte")


def test_the_sentence_that_opens_an_investigation_is_its_evidence_over_a_lead_that_names_it() -> None:
    extraction = run("Le Conseil électoral s'alarme. Le parquet enquête, mais les commanditaires restent "
                     "dans l'ombre.\n\nLe parquet anticorruption de Suva a ouvert une enquête le 3 mars pour "
                     "financement illicite.", "2026-03-19")
    (investigation,) = extraction.investigations
    assert name(extraction, investigation.investigator) == "parquet anticorruption de Suva"
    assert investigation.evidence.exact.startswith("Le parquet anticorruption de Suva a ouvert")


def test_the_body_named_in_a_cleft_with_its_acronym_opened_the_investigation() -> None:
    extraction = run("C'est la Commission de lutte contre la corruption (CLC) qui avait ouvert la première "
                     "enquête, en novembre 2027.", "2028-03-10")
    assert [name(extraction, i.investigator) for i in extraction.investigations] == [
        "Commission de lutte contre la corruption"]


@pytest.mark.parametrize(("text", "investigator"), [
    ("Le parquet général de Lettonie a, de son côté, ouvert en septembre une enquête sur des menaces.",
     "parquet général de Lettonie"),
    ("La Financial Crimes Unit (FCU), l'unité de la police guyanienne chargée de la criminalité financière, "
     "a ouvert jeudi une enquête visant une société.", "Financial Crimes Unit"),
])
def test_the_subject_before_an_aside_the_parse_loses_opened_the_investigation(
        text: str, investigator: str) -> None:
    extraction = run(text, "2025-10-01")
    assert [name(extraction, i.investigator) for i in extraction.investigations] == [investigator]


def test_a_heading_and_a_complaints_author_tell_no_investigation() -> None:
    extraction = run("Une enquête à Gaborone\n\nLa police de Gaborone a ouvert mercredi une enquête. "
                     "L'enquête a été ouverte mercredi, au lendemain d'une plainte déposée par la commission "
                     "électorale.", "2025-10-01")
    assert [name(extraction, i.investigator) for i in extraction.investigations] == ["police de Gaborone"]


@pytest.mark.parametrize(("text", "investigator", "alias"), [
    ("Le 2 mars, l'Agence de lutte contre le blanchiment organisé et la fraude fiscale (ALBF) a ouvert une "
     "enquête.", "Agence de lutte contre le blanchiment organisé et la fraude fiscale", "ALBF"),
    ("Le Bureau pour la lutte contre la fraude et le crime organisé (BLFCO) a ouvert une enquête "
     "préliminaire.", "Bureau pour la lutte contre la fraude et le crime organisé", "BLFCO"),
])
def test_a_long_name_coordinated_before_its_acronym_is_one_investigator(
        text: str, investigator: str, alias: str) -> None:
    extraction = run(text, "2025-09-01")
    (found,) = extraction.investigations
    actor = extraction.actors[found.investigator]
    assert actor.name == investigator and alias in actor.aliases


def test_the_subject_before_an_aside_announced_opening_the_investigation() -> None:
    extraction = run("La Digital Safety Authority (DSA), l'agence publique chargée de la sécurité numérique, "
                     "a annoncé lundi avoir ouvert une enquête sur l'origine des fonds.", "2025-09-01")
    investigators = [name(extraction, i.investigator) for i in extraction.investigations]
    assert investigators == ["Digital Safety Authority"]


def test_a_body_taken_up_by_its_head_noun_opened_the_investigation_it_tells_of() -> None:
    """"La Financial Crimes Commission ... . Dans un communiqué, la commission indique avoir ouvert une
    enquête": the commission named before (an English name ending on its head is a public body)."""
    extraction = run("La Electoral Integrity Commission (EIC) suit de près la campagne. Dans un communiqué "
                     "daté du lundi 4 mars 2030, la commission indique avoir ouvert la veille une enquête "
                     "pour fraude.", "2030-03-06")
    investigators = [name(extraction, i.investigator) for i in extraction.investigations]
    assert investigators == ["Electoral Integrity Commission"]


@pytest.mark.parametrize(("text", "investigators"), [
    ("La Structure nationale anticorruption (SKA) a inculpé jeudi onze personnes. L'enquête de la SKA avait "
     "été ouverte en avril, trois semaines avant le scrutin.", ["Structure nationale anticorruption"]),
    ("La procureure a précisé que l'enquête, ouverte en janvier à la suite d'un signalement du Tribunal "
     "électoral, visait aussi l'origine des fonds.", [None]),
])
def test_whose_investigation_it_is(text: str, investigators: list[str | None]) -> None:
    """"L'enquête de la SKA": the body named after it; "à la suite d'un signalement du X" names who
    reported, not who investigates."""
    extraction = run(text, "2025-09-01")
    assert [name(extraction, i.investigator) for i in extraction.investigations] == investigators


@pytest.mark.parametrize(("text", "investigators"), [
    ("La Commission nationale anticorruption (CNAC) enquête depuis mars sur ces paiements.",
     ["Commission nationale anticorruption"]),
    ("L'Office central de lutte contre la corruption (OCLC) a lancé des investigations sur les comptes.",
     ["Office central de lutte contre la corruption"]),
    ("Le juge d'instruction Carlos Mendoza a inculpé mercredi trois dirigeants de l'agence.", []),
    ("Son avocate annonce son intention de contester la décision devant la chambre de l'instruction.", []),
    ("« Les mêmes visuels étaient publiés à la même minute », a expliqué Jane Doyle, qui dirige les enquêtes "
     "sur les opérations d'influence chez Meta.", []),
])
def test_investigations_told_in_other_words(text: str, investigators: list[str | None]) -> None:
    """"X (ACRONYME) enquête", "a lancé des investigations": investigations; "le juge d'instruction"
    is a title, not one."""
    extraction = run(text, "2031-06-12")
    assert [name(extraction, i.investigator) for i in extraction.investigations] == investigators


def test_mis_en_examen_in_the_active_charges_its_object() -> None:
    extraction = run("Le juge d'instruction a mis en examen mardi Carlos Mendoza et Ana Ruiz pour "
                     "blanchiment.", "2031-06-12")
    (indictment,) = extraction.indictments
    assert sorted(name(extraction, d) for d in indictment.defendants) == ["Ana Ruiz", "Carlos Mendoza"]
    assert indictment.date is not None and indictment.date.isoformat() == "2031-06-10"


def test_an_investigation_word_inside_a_body_s_name_tells_no_investigation() -> None:
    extraction = run("Le parquet général a ouvert une enquête jeudi. Des agents de la Direction "
                     "d'investigation criminelle (DIC) ont perquisitionné les locaux de la société.",
                     "2032-08-20")
    assert [name(extraction, i.investigator) for i in extraction.investigations] == ["parquet général"]


@pytest.mark.parametrize("charge", ["d'atteinte à la sûreté de l'État", "de fraude électorale"])
def test_charged_the_day_after_an_arrest_dates_the_charges_the_day_after(charge: str) -> None:
    extraction = run(f"Arrêté mercredi à son domicile, le gérant de Nyota Média, Pascal Ndikumana, a été "
                     f"inculpé le lendemain {charge} par un juge d'instruction.", "2032-05-22")
    (indictment,) = extraction.indictments
    assert indictment.date is not None and indictment.date.isoformat() == "2032-05-20"


@pytest.mark.parametrize(("text", "investigators"), [
    pytest.param("Le parti a saisi la Haute Autorité de l'audiovisuel (HAA), qui a transmis le dossier à la "
                 "Commission nationale de l'éthique publique. Celle-ci a ouvert une enquête le 3 mai.",
                 ["Commission nationale de l'éthique publique"], id="celle-ci-is-the-last-body-named"),
    pytest.param("Le ministère public qatari a ouvert dimanche une enquête pour « diffamation » en période "
                 "électorale.", ["ministère public qatari"], id="a-weekday-between-the-verb-and-its-object"),
    pytest.param("L'Autorité de régulation des médias (ARM) a alerté le parquet. L'ARM a par ailleurs ouvert "
                 "mardi sa propre enquête, qui pourrait viser le candidat.",
                 ["Autorité de régulation des médias"], id="an-adverb-between-the-auxiliary-and-the-verb"),
    pytest.param("Le tribunal d'enquête de Bassora, dans le sud du pays, a retenu contre eux les chefs de "
                 "« fraude électorale ».", [], id="a-court-of-inquiry-is-a-body-not-an-investigation"),
])
def test_investigations_read_in_dev23(text: str, investigators: list[str | None]) -> None:
    extraction = run(text, "2031-06-12")
    assert [name(extraction, i.investigator) for i in extraction.investigations] == investigators


def test_a_finer_date_of_the_same_indictment_told_later_wins() -> None:
    extraction = run("Trois personnes ont été inculpées cette semaine en Eswatini.\n\nMardi, le parquet a "
                     "inculpé trois personnes de corruption : l'homme d'affaires Sipho Mandla Nkosi, la "
                     "directrice de l'agence, Busisiwe Dlamini, et un fonctionnaire.", "2034-03-09")
    (indictment,) = extraction.indictments
    assert indictment.date is not None and indictment.date.isoformat() == "2034-03-07"
    assert indictment.defendant_count == 3


def test_an_object_pronoun_takes_up_the_person_named_last() -> None:
    extraction = run("Le « monsieur des vidéos », c'est Abel Soares Freitas, directeur de campagne du parti. "
                     "Le Ministério Público l'a inculpé avant-hier de financement illicite.", "2030-07-18")
    (indictment,) = extraction.indictments
    assert [name(extraction, d) for d in indictment.defendants] == ["Abel Soares Freitas"]
    assert indictment.date is not None and indictment.date.isoformat() == "2030-07-16"


@pytest.mark.parametrize(("text", "investigators"), [
    pytest.param("Le bureau du procureur général a ouvert le 2 septembre une enquête sur le financement de "
                 "publicités, a confirmé lundi à La Presse une source judiciaire à Tripoli.",
                 ["bureau du procureur général"], id="the-office-of-the-prosecutor-general"),
])
def test_investigations_read_in_dev25(text: str, investigators: list[str | None]) -> None:
    extraction = run(text, "2031-09-24")
    assert [name(extraction, i.investigator) for i in extraction.investigations] == investigators
    assert extraction.statements == []  # "une source judiciaire" after "à La Presse": no one named


def test_an_agent_after_a_court_is_no_part_of_its_name() -> None:
    extraction = run("Selon l'acte d'accusation déposé mardi devant la Haute Cour de Mbabane par le bureau "
                     "du directeur des poursuites publiques (DPP), un réseau a financé "
                     "des publicités.", "2034-03-09")
    assert sorted(a.name for a in extraction.actors.values()) == [
        "Haute Cour de Mbabane", "bureau du directeur des poursuites publiques"]
    (statement,) = extraction.statements
    assert name(extraction, statement.speaker) == "bureau du directeur des poursuites publiques"


@pytest.mark.parametrize(("text", "investigators"), [
    pytest.param("L'Autorité de régulation des médias (ARM), le régulateur du secteur, avait pour sa part "
                 "lancé dès la fin août une enquête administrative sur les messages sponsorisés.",
                 ["Autorité de régulation des médias"], id="pour-sa-part-and-a-date-before-the-noun"),
    pytest.param("La Banque centrale de Mauritanie a de son côté lancé une enquête administrative sur les "
                 "virements venus de l'étranger.",
                 ["Banque centrale de Mauritanie"], id="de-son-cote-and-a-central-bank"),
    pytest.param("Le 9 mai, le parquet du pôle judiciaire spécialisé en matière économique et financière de "
                 "Bamako a ouvert une information judiciaire pour blanchiment.",
                 ["parquet du pôle judiciaire spécialisé en matière économique et financière de Bamako"],
                 id="a-specialised-pole-in-its-name"),
    pytest.param("Le parquet de Nouméa a ouvert une enquête le 3 juin. La police nationale a aussi ouvert "
                 "une enquête. Cette enquête fait partie de notre série « Territoires sous influence ».",
                 ["parquet de Nouméa", "police nationale"], id="our-series-is-no-investigation"),
    pytest.param("La Police judiciaire enquête depuis vendredi sur les virements de l'agence.",
                 ["Police judiciaire"], id="enquete-read-as-a-noun-is-the-verb"),
    pytest.param("La Haute Autorité de l'audiovisuel (HAA) rappelle que la publicité est interdite pendant "
                 "la campagne. Le régulateur avait lui-même ouvert une enquête administrative la semaine "
                 "dernière.",
                 ["Haute Autorité de l'audiovisuel"], id="dev27-lui-meme-and-the-one-body-named-before"),
    pytest.param("Le commissaire de la police de Nauru, Lionel Aingimea, a confirmé mercredi qu'une enquête "
                 "avait été ouverte le 28 janvier sur le financement de la campagne.",
                 ["police de Nauru"], id="dev27-an-inquiry-opened-that-a-body-s-officer-reports"),
    pytest.param("« Rien ne sera laissé au hasard », a affirmé hier le procureur Tomás Abreu, qui dirige le "
                 "Parquet spécialisé contre la fraude électorale (PEFE). Son service a ouvert une enquête le "
                 "12 mars.", ["Parquet spécialisé contre la fraude électorale"],
                 id="dev28-son-service-is-the-body-its-head-leads"),
    pytest.param("Le parquet du tribunal de grande instance Bamako II avait ouvert une enquête le 4 mai, et "
                 "l'avait confiée à la Brigade centrale de lutte contre la fraude (BCLF).",
                 ["parquet du tribunal de grande instance Bamako II"],
                 id="dev28-a-court-s-own-name-after-instance"),
    pytest.param("Titre\n\nLe Ministère public de la Principauté enquête sur les publicités. Une seconde "
                 "enquête vise une agence.\n\nLe Ministère public a ouvert il y a dix jours une enquête pour "
                 "infraction à la loi. La police nationale a, de son côté, ouvert sa propre enquête.",
                 ["Ministère public de la Principauté", "police nationale"],
                 id="dev28-one-body-named-with-and-without-its-country-and-a-second-inquiry-in-the-lead"),
    pytest.param("Saisie par l'opposition, la Cour suprême a ordonné une enquête sur le financement de la "
                 "campagne.", ["Cour suprême"], id="a-court-orders-an-inquiry"),
    pytest.param("La Commission anticorruption enquête depuis janvier sur les dépenses du parti.",
                 ["Commission anticorruption"], id="enquete-run-into-the-name"),
    pytest.param("Saisi par la commission électorale, le procureur de la République, Albert Nyuon, a "
                 "ouvert mardi une enquête.", ["Albert Nyuon"],
                 id="the-person-named-beside-a-prosecutor-s-title"),
    pytest.param("L'Office central de lutte contre la corruption (OCLC) mène depuis avril une enquête sur "
                 "ces virements.", ["Office central de lutte contre la corruption"],
                 id="a-present-leading-verb-hung-on-the-name"),
    pytest.param("L'enquête avait été ouverte dès le 2 juin par la Royal Tongan Police Force, sur "
                 "signalement de la Commission d'intégrité.", ["Royal Tongan Police Force"],
                 id="dev29-an-english-police-force"),
    pytest.param("L'enquête a été confiée à la Brigade financière de Tirana.",
                 ["Brigade financière de Tirana"], id="a-brigade-the-inquiry-is-entrusted-to"),
    pytest.param("Une enquête préliminaire a été confiée à la brigade de répression de la délinquance "
                 "économique.", ["brigade de répression de la délinquance économique"],
                 id="a-brigade-de-repression-de"),
    pytest.param("Le ministère public a ouvert une procédure pénale contre X. La procédure pénale prévoit un "
                 "délai de deux mois.", ["ministère public"], id="a-procedure-penale-opened"),
    pytest.param("Le parquet de Papeete a ouvert samedi une enquête. Selon nos informations, une seconde "
                 "enquête a été ouverte le 27 mai sur le financement d'une association de Faaa.",
                 ["parquet de Papeete", None], id="dev31-another-inquiry-opened-with-no-investigator"),
    pytest.param("Une enquête a été confiée à la National Crime Agency.", ["National Crime Agency"],
                 id="an-agency-an-inquiry-is-entrusted-to"),
    pytest.param("Meta a ouvert la semaine dernière une enquête interne sur ces annonces.", ["Meta"],
                 id="a-company-s-internal-inquiry"),
    pytest.param("Google a ouvert une enquête sur ces annonces.", [None],
                 id="guard-a-company-leads-no-public-inquiry"),
    pytest.param("La Financial Intelligence Unit (FIU) a ouvert une enquête sur les comptes de la société. "
                 "Une enquête distincte pour corruption a été ouverte jeudi dernier, sans que les autorités "
                 "précisent qui en a la charge.", ["Financial Intelligence Unit", None],
                 id="a-distinct-inquiry-opened-with-no-investigator"),
    pytest.param("Le 14 mars, l'Assemblée a confié une enquête indépendante au cabinet londonien Ashby & "
                 "Reed, chargé d'établir si d'autres groupes ont payé.", ["Ashby & Reed"],
                 id="the-firm-an-inquiry-is-entrusted-to"),
])
def test_investigations_read_in_later_sets(text: str, investigators: list[str | None]) -> None:
    extraction = run(text, "2032-11-19")
    assert [name(extraction, i.investigator) for i in extraction.investigations] == investigators


@pytest.mark.parametrize(("text", "defendants", "count"), [
    pytest.param("Trois dirigeants de l'agence Nile Reach Media ont été inculpés jeudi de blanchiment.",
                 [], 3, id="people-of-an-agency-not-the-agency"),
    pytest.param("Les deux hommes sont poursuivis pour ingérence étrangère, a indiqué le parquet de Malabo.",
                 [], 2, id="poursuivis-pour-a-charge"),
])
def test_who_is_charged(text: str, defendants: list[str], count: int) -> None:
    extraction = run(text, "2030-03-15")
    assert [([name(extraction, d) for d in i.defendants], i.defendant_count)
            for i in extraction.indictments] == [(defendants, count)]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("La justice a inculpé jeudi huit personnes. Un employé de la liste, Kuok Lam, avait été "
                 "inculpé dès le 13 septembre pour destruction de preuves.",
                 [([], 8, "2029-09-20"), (["Kuok Lam"], None, "2029-09-13")],
                 id="a-named-defendant-charged-on-another-day-is-another-indictment"),
    pytest.param("La juge a inculpé mardi trois personnes.\n\nLa ministre Mira Sand a rappelé avant-hier que "
                 "les trois personnes inculpées restaient « présumées innocentes ».", [([], 3, "2029-09-18")],
                 id="guard-the-day-of-words-about-the-charged-is-not-theirs"),
    pytest.param("La justice a inculpé jeudi huit personnes, dont trois résidents étrangers.\n\nParmi elles "
                 "figure le gérant d'une société de conseil, Leo Tam, poursuivi pour « corruption électorale "
                 "». Une candidate de la liste, Ana Vong, figure également parmi les inculpés.",
                 [(["Leo Tam", "Ana Vong"], 8, "2029-09-20")],
                 id="parmi-elles-after-a-paragraph-break-and-figure-egalement-parmi-les-inculpes"),
    pytest.param("La justice a ouvert une enquête lundi. Trois jours plus tard, la justice a inculpé deux "
                 "personnes.", [([], 2, "2029-09-20")], id="trois-jours-plus-tard"),
])
def test_indictments_read_in_dev30(text: str, expected: list[tuple[list[str], int | None, str]]) -> None:
    extraction = run(text, "2029-09-21")
    assert [([name(extraction, d) for d in i.defendants], i.defendant_count, str(i.date))
            for i in extraction.indictments] == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Cinq personnes inculpées\n\nL'affaire a franchi une étape. Le Crown Office, le ministère "
                 "public écossais, a inculpé mardi cinq personnes, dont Hamish Dunbar, directeur de l'agence "
                 "de communication Loch Reach Media, et Ailsa Murray, trésorière de l'association "
                 "indépendantiste Alba Free, pour avoir dissimulé des fonds.",
                 [(["Hamish Dunbar", "Ailsa Murray"], 5, "2029-09-18")],
                 id="an-active-verb-after-an-apposed-subject-and-titles-after-the-names"),
    pytest.param("Le bureau du procureur a inculpé avant-hier trois personnes : le trésorier du Parti du "
                 "renouveau (PDR), Errol Baptiste, le directeur local de la société Coral Palm Holdings, "
                 "Kenrick Liburd, et une comptable.",
                 [(["Errol Baptiste", "Kenrick Liburd"], 3, "2029-09-19")],
                 id="a-title-with-an-adjective-and-the-title-closest-to-the-name"),
    pytest.param("Un cinquième suspect, le ressortissant grec Nikos Andreou, présenté comme le gérant d'une "
                 "société-écran de Limassol, Kyros Media Ltd, a été inculpé hier par contumace.",
                 [(["Nikos Andreou"], None, "2029-09-20")],
                 id="the-company-a-defendant-manages-named-in-apposition"),
    pytest.param("Un grand jury a inculpé le 2 septembre six personnes.\n\nLe lendemain des premières "
                 "inculpations, le procureur fédéral, Ernesto Vidal, a estimé que l'affaire était grave.",
                 [([], 6, "2029-09-02")], id="the-day-after-the-first-charges-tells-none"),
    pytest.param("Le tribunal a inculpé samedi deux hommes et une femme.", [([], 3, "2029-09-15")],
                 id="two-men-and-a-woman-are-three"),
    pytest.param("Le tribunal a inculpé samedi trois hommes et deux femmes.", [([], 5, "2029-09-15")],
                 id="three-men-and-two-women-are-five"),
])
def test_indictments_read_in_dev32(text: str, expected: list[tuple[list[str], int | None, str]]) -> None:
    test_indictments_read_in_dev30(text, expected)


def test_a_headline_charging_the_head_of_a_list_charges_no_list() -> None:
    extraction = run("Financement occulte : la tête de liste du Rassemblement fiumorbais inculpée\n\nLe juge "
                     "d'instruction a inculpé mardi deux personnes, dont la tête de liste du Rassemblement "
                     "fiumorbais (RF), Ange-Marie Santoni, pour financement illicite.", "2033-03-09")
    (indictment,) = extraction.indictments
    assert [name(extraction, d) for d in indictment.defendants] == ["Ange-Marie Santoni"]
    assert indictment.defendant_count == 2
