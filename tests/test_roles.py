"""ROLE triples: offices and memberships from titles, appositions and relative clauses."""

from __future__ import annotations

import pytest
from extract_fixture import facts, triples


def test_conjoined_appositions_each_give_a_role() -> None:
    got = facts("The strike killed Abu Mahdi al-Muhandis, the deputy chief of the Popular "
                "Mobilisation Forces and the founder of Kataib Hezbollah.")
    roles = {o for s, c, o in got if c == "ROLE" and s == "Abu Mahdi al-Muhandis"}
    assert roles == {"Popular Mobilization Forces", "Kataib Hezbollah"}


def test_predecessor_and_critic_are_no_roles() -> None:
    got = facts("Álvaro Uribe, Santos's predecessor and now his fiercest critic, "
                "accused him of rewarding terrorism.")
    assert not any(c == "ROLE" for _, c, _ in got)


def test_a_role_taken_up_as_a_title() -> None:
    got = facts("Boris Johnson is prime minister. Dominic Cummings is back too, as Johnson's "
                "chief adviser.")
    assert ("Dominic Cummings", "ROLE", "Boris Johnson") in got


def test_led_by_gives_the_leader_a_role() -> None:
    got = facts("The Rapid Support Forces, led by Mohamed Hamdan Dagalo, stormed El Geneina.")
    assert ("Mohamed Hamdan Dagalo", "ROLE", "Rapid Support Forces") in got


def test_a_delegation_led_by_someone_gives_him_a_role_in_its_body() -> None:
    got = facts("On Thursday an ECOWAS delegation led by Abdulsalami Abubakar flew in.")
    assert got == {("Abdulsalami Abubakar", "ROLE", "ECOWAS")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Wang Wenbin, a spokesman for the Chinese foreign ministry, said Manila should leave.",
     ("Wang Wenbin", "Chinese foreign ministry")),
    ("Ralph Gonsalves, who chairs CELAC this year, hosted the talks.",
     ("Ralph Gonsalves", "CELAC")),
    ("Samantha Power, the USAID administrator, flew into Yerevan on Monday.",
     ("Samantha Power", "USAID")),
    ("Martin Griffiths, the UN envoy for Yemen, flew to Sanaa.",
     ("Martin Griffiths", "United Nations")),
    ("On Friday the prosecutors of Consuelo Porras, Guatemala’s attorney general, declared "
     "the result null.", ("Consuelo Porras", "Guatemala")),
    ("Fikile Mbalula, the ANC's secretary-general, said so.",
     ("Fikile Mbalula", "African National Congress")),
    ("Thoko Didiza of the ANC was elected Speaker.", ("Thoko Didiza", "African National Congress")),
    ("Mykhailo Podolyak, an adviser to Zelensky, said so.", ("Mykhailo Podolyak", "Zelensky")),
])
def test_roles_from_for_phrases_compounds_and_relative_clauses(
    text: str, expected: tuple[str, str]
) -> None:
    roles = {(t.subject, t.object) for t in triples(text) if t.category == "ROLE"}
    assert roles == {expected}


def test_a_ministers_name_after_the_portfolio_is_still_the_ministers() -> None:
    got = facts("Australia's minister for the Pacific, Zed Seselja, flew to Honiara.")
    assert ("Zed Seselja", "ROLE", "Australia") in got


def test_the_speaker_of_a_house_is_an_office_not_a_member() -> None:
    got = facts("Nancy Pelosi, the Speaker of the US House of Representatives, will fly into "
                "Yerevan this weekend.")
    assert ("Nancy Pelosi", "ROLE", "US House of Representatives") in got
    assert not any(s == "Speaker" for s, _, _ in got)


def test_an_organisations_person_is_its_member() -> None:
    got = facts("The African Union's Moussa Faki Mahamat condemned the coup.")
    assert ("Moussa Faki Mahamat", "ROLE", "African Union") in got


def test_a_title_in_apposition_without_an_owner_gives_no_role() -> None:
    got = facts("A week ago Christian Schmidt, the High Representative, annulled the law.")
    assert not any(c == "ROLE" for _, c, _ in got)


def test_the_one_described_as_an_officer_holds_the_office() -> None:
    got = facts("Canada expelled a senior Indian diplomat, Pavan Kumar Rai, whom Mélanie Joly "
                "described as the head of India's intelligence agency in the country.")
    assert ("Pavan Kumar Rai", "ROLE", "Indian intelligence agency") in got
    assert not any(s == "Mélanie Joly" and c == "ROLE" for s, c, _ in got)
    got = facts("Germany is one of fifty countries that recognise Juan Guaidó as Venezuela's "
                "interim president.")
    assert not any(c == "ROLE" for _, c, _ in got)


def test_a_leader_in_a_relative_clause_gives_one_role_and_no_plain_lead() -> None:
    got = triples("Dilan Yeşilgöz, who leads the VVD, said her party would wait.")
    assert [(t.subject, t.category, t.object) for t in got] == [
        ("Dilan Yeşilgöz", "ROLE", "VVD")]


def test_a_counterpart_is_no_role() -> None:
    got = facts("Ayman Safadi, Jordan's foreign minister, phoned his Egyptian counterpart, "
                "Sameh Shoukry.")
    assert not any(c == "ROLE" and o == "Ayman Safadi" for _, c, o in got)


def test_a_hyphenated_elect_title_is_a_role() -> None:
    got = facts("Argentina's president-elect, Alberto Fernández, called it a coup.")
    assert ("Alberto Fernández", "ROLE", "Argentina") in got


def test_a_leader_told_in_a_relative_clause_on_the_body() -> None:
    found = triples("Juan Guaidó called his supporters out. The National Assembly, which "
                    "Guaidó leads, asked the European Union to act.")
    assert ("Juan Guaidó", "lead", "ROLE", "National Assembly") in {
        (t.subject, t.action, t.category, t.object) for t in found}


def test_two_people_each_with_a_title_in_apposition_keep_their_own() -> None:
    found = triples("Cho Ji-ho, commissioner general of the Korean National Police Agency, and "
                    "Kim Bong-sik, head of the Seoul Metropolitan Police Agency, were arrested by "
                    "prosecutors of the Supreme Prosecutors' Office on 11 December.")
    got = {(t.subject, t.action, t.category, t.object) for t in found}
    assert ("Cho Ji-ho", "commissioner general", "ROLE", "Korean National Police Agency") in got
    assert ("Kim Bong-sik", "head", "ROLE", "Seoul Metropolitan Police Agency") in got
    assert {t.object for t in found if t.category == "COERCE"} == {"Cho Ji-ho", "Kim Bong-sik"}


def test_a_name_after_a_title_s_place_is_the_title_holder() -> None:
    found = triples("The Congolese army's spokesman in North Kivu, Lieutenant-Colonel Guillaume "
                    "Ndjike, said the FDLR is not a partner.")
    got = {(t.subject, t.action, t.category, t.object) for t in found}
    assert ("Guillaume Ndjike", "spokesman", "ROLE", "Congolese army") in got


def test_korean_names_with_titles_and_a_surname_read_as_a_people() -> None:
    found = triples("The next morning Han Dong-hoon, the PPP's leader and once Yoon Suk Yeol's "
                    "justice minister, and Han Duck-soo, the prime minister, announced that "
                    "they would run the country together.")
    got = {(t.subject, t.category, t.object) for t in found}
    assert ("Han Dong-hoon", "ROLE", "PPP") in got
    assert ("Han Dong-hoon", "ROLE", "Yoon Suk Yeol") in got


def test_the_pair_in_apposition_is_the_last_person_before_and() -> None:
    found = triples("Wang Yi, China's top diplomat, hosted four days of talks between Ali "
                    "Shamkhani, the secretary of Iran's Supreme National Security Council, and "
                    "Musaed al-Aiban, the Saudi national security adviser, in Beijing.")
    got = {(t.subject, t.category, t.object) for t in found}
    assert ("Wang Yi", "CONSULT", "Musaed al-Aiban") in got
    assert ("Ali Shamkhani", "CONSULT", "Musaed al-Aiban") in got


def test_an_apposition_can_say_what_one_actor_is_to_another() -> None:
    text = ("Los Lobos, an ally of the rival Jalisco New Generation Cartel, denied it. "
            "Los Tiguerones, a gang allied with Los Choneros, attacked the station. "
            "The Houthis fired again. That makes Iran, the militia's sponsor, a party to it.")
    got = facts(text)
    assert {("Los Lobos", "COOPERATE", "Jalisco New Generation Cartel"),
            ("Los Tiguerones", "COOPERATE", "Los Choneros"),
            ("Iran", "AID", "Houthis")} <= got


def test_one_of_someones_deputies_is_his_deputy() -> None:
    got = facts("Abdel Fattah al-Burhan flew to Port Sudan. Yasir al-Atta, one of Burhan's "
                "deputies on the Sovereign Council, called the airports of Chad targets.")
    assert ("Yasir al-Atta", "ROLE", "Abdel Fattah al-Burhan") in got
    assert {t.action for t in triples("Abdel Fattah al-Burhan flew to Port Sudan. Yasir "
                                      "al-Atta, one of Burhan's deputies, said so.")
            if t.category == "ROLE"} == {"deputy"}


def test_a_nationality_before_a_title_the_recogniser_put_in_the_name() -> None:
    roles = {(t.subject, t.action, t.object) for t in triples(
        "On Monday Boris Johnson will meet Irish Taoiseach Leo Varadkar.") if t.category == "ROLE"}
    assert roles == {("Leo Varadkar", "taoiseach", "Ireland")}


def test_a_hyphenated_title_in_an_apposition_read_as_a_second_subject() -> None:
    roles = {(t.subject, t.action, t.object) for t in triples(
        "NATO met in Brussels. The alliance's secretary-general, Jens Stoltenberg, urged "
        "Germany to act. ASEAN's chair, Cambodian Prime Minister Hun Sen, condemned the "
        "executions.") if t.category == "ROLE"}
    assert ("Jens Stoltenberg", "secretary-general", "NATO") in roles
    assert ("Hun Sen", "chair", "ASEAN") in roles


def test_a_hyphenated_title_before_a_name_with_its_organisation() -> None:
    assert ("Jens Stoltenberg", "ROLE", "NATO") in facts(
        "NATO Secretary-General Jens Stoltenberg said KFOR would grow.")


def test_a_hyphenated_title_is_written_once() -> None:
    roles = {(t.subject, t.action, t.object) for t in triples(
        "Mark Rutte, NATO's secretary-general, has said nothing at all.") if t.category == "ROLE"}
    assert roles == {("Mark Rutte", "secretary-general", "NATO")}


def test_the_governor_of_a_region_its_proper_name_makes_particular() -> None:
    got = facts("Vadym Filashkin, the governor of Donetsk region, has told families to leave.")
    assert got == {("Vadym Filashkin", "ROLE", "Donetsk region")}
    got = facts("Alexei Smirnov, Kursk region's acting governor, said 121,000 people had left.")
    assert ("Alexei Smirnov", "ROLE", "Kursk region") in got


def test_a_named_counterpart_holds_the_same_office_in_another_country() -> None:
    got = {(t.subject, t.action, t.object) for t in triples(
        "Italian Prime Minister Giorgia Meloni and her Albanian counterpart, Edi Rama, signed a "
        "protocol on migration.") if t.category == "ROLE"}
    assert got == {("Giorgia Meloni", "prime minister", "Italy"),
                   ("Edi Rama", "prime minister", "Albania")}


@pytest.mark.parametrize("text", [
    "Christopher Luxon's foreign minister is Winston Peters, for the third time.",
    "Winston Peters is Christopher Luxon's foreign minister.",
])
def test_a_copula_gives_a_role_like_an_apposition(text: str) -> None:
    got = {(t.subject, t.action, t.object) for t in triples(text) if t.category == "ROLE"}
    assert got == {("Winston Peters", "foreign minister", "Christopher Luxon")}


def test_a_negated_copula_gives_no_role() -> None:
    assert not [t for t in triples("Winston Peters is not Luxon's deputy.") if t.category == "ROLE"]


def test_two_offices_each_followed_by_its_holder() -> None:
    text = ("Vladimir Putin went on to Vladivostok, where he met China's vice-president, Han "
            "Zheng, and Malaysia's prime minister, Anwar Ibrahim.")
    got = facts(text)
    assert {(s, o) for s, c, o in got if c == "ROLE"} == {
        ("Han Zheng", "China"), ("Anwar Ibrahim", "Malaysia")}
    assert {o for s, c, o in got if c == "CONSULT" and s == "Vladimir Putin"} >= {
        "Han Zheng", "Anwar Ibrahim"}


def test_offices_of_two_owners_held_by_two_names_in_order() -> None:
    text = ("In Luanda the presidents of Rwanda and Congo, Paul Kagame and Félix Tshisekedi, met "
            "for two hours.")
    assert facts(text) == {("Paul Kagame", "ROLE", "Rwanda"),
                           ("Félix Tshisekedi", "ROLE", "Democratic Republic of the Congo"),
                           ("Paul Kagame", "CONSULT", "Félix Tshisekedi")}


def test_the_two_ministers_are_the_two_named_after_their_offices() -> None:
    text = ("On Friday, at the State Department, the foreign ministers of the Democratic "
            "Republic of the Congo and Rwanda, Thérèse Kayikwamba Wagner and Olivier "
            "Nduhungirehe, signed a peace agreement, and Marco Rubio stood between them. The "
            "text had been initialled by experts on 18 June. The UN's experts have counted "
            "thousands of Rwandan soldiers in Congo.\n\nThen the two ministers were taken to "
            "the Oval Office, where Donald Trump told them about the minerals.")
    got = facts(text)
    assert ("Thérèse Kayikwamba Wagner", "ROLE", "Democratic Republic of the Congo") in got
    assert ("Olivier Nduhungirehe", "ROLE", "Rwanda") in got
    assert {o for s, c, o in got if s == "Donald Trump"} == {
        "Thérèse Kayikwamba Wagner", "Olivier Nduhungirehe"}
    assert not any("ministers" in s or "ministers" in o for s, _, o in got)


def test_minister_of_state_is_a_title() -> None:
    got = facts("Qatari Minister of State Mohammed Al-Khulaifi hosted the talks.")
    assert ("Mohammed Al-Khulaifi", "ROLE", "Qatar") in got


def test_each_office_one_resigned_as_is_a_role() -> None:
    got = facts("Najib Razak resigned as president of UMNO and chairman of Barisan Nasional.")
    assert {o for s, c, o in got if c == "ROLE" and s == "Najib Razak"} == {
        "UMNO", "Barisan Nasional"}


def test_a_hyphenated_office_in_apposition_after_and_his() -> None:
    got = facts("Carles Puigdemont and his vice-president, Oriol Junqueras, were hugged by half "
                "the benches.")
    assert ("Oriol Junqueras", "ROLE", "Carles Puigdemont") in got


def test_the_office_he_resigned_as_is_the_role_of_the_man_named_before() -> None:
    got = facts("Prime Minister Najib Razak lost the election. On Saturday he resigned as "
                "president of UMNO.")
    assert ("Najib Razak", "ROLE", "UMNO") in got


def test_a_name_his_office_and_more_is_a_list_not_an_apposition() -> None:
    got = facts("Rajoy dismissed Puigdemont, his deputy and the whole Catalan cabinet.")
    assert not any(c == "ROLE" for _, c, _ in got)


def test_an_office_owned_by_a_capital_is_its_countrys_but_a_mayor_is_the_citys() -> None:
    roles = {(t.subject, t.object) for t in triples(
        "Ankara sent its special envoy, Serdar Kılıç, to Yerevan.") if t.category == "ROLE"}
    assert roles == {("Serdar Kılıç", "Turkey")}
    roles = {(t.subject, t.object) for t in triples(
        "Kyiv's mayor, Vitali Klitschko, met Olaf Scholz.") if t.category == "ROLE"}
    assert roles == {("Vitali Klitschko", "Kyiv")}
