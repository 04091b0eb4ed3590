"""Nominal events: "talks with Macron", "an army raid on a rebel camp", "at the request of X"."""

from __future__ import annotations

import pytest
from extract_fixture import facts, only, triples


def test_nominal_event_with_actor_arguments() -> None:
    text = "Angela Merkel spoke to reporters. Her talks with Emmanuel Macron ran late."
    assert ("Angela Merkel", "CONSULT", "Emmanuel Macron") in facts(text)


def test_the_traveller_holds_the_talks_he_travelled_for() -> None:
    got = facts("James Jeffrey flew to Ankara on Monday for three days of talks with the Turks.")
    assert ("James Jeffrey", "CONSULT", "Turkey") in got


def test_an_accusation_of_a_nominal_act_is_alleged() -> None:
    got = [t for t in triples("South Africa spent Thursday accusing Israel of genocide "
                              "against the Palestinians of Gaza.") if t.subject == "Israel"]
    assert got and all(t.category == "ASSAULT" and t.modality == "alleged" for t in got)


@pytest.mark.parametrize(("text", "expected"), [
    ("The International Criminal Court issued a warrant for Vladimir Putin's arrest in March.",
     ("International Criminal Court", "COERCE", "Vladimir Putin")),
    ("Antony Blinken reaffirmed Washington's support for Guyana's sovereignty.",
     ("United States", "SUPPORT", "Guyana")),
    ("Argentina's General Confederation of Labour has called a march against Javier Milei's "
     "cuts.", ("General Confederation of Labour", "PROTEST", "Javier Milei")),
])
def test_an_event_noun_aimed_at_something_an_actor_owns_targets_the_owner(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in facts(text)


def test_being_in_contact_with_an_actor_is_consulting_it() -> None:
    got = facts("Moscow remains in contact with both Baku and Yerevan.")
    assert got == {("Russia", "CONSULT", "Azerbaijan"), ("Russia", "CONSULT", "Armenia")}


def test_a_call_or_visit_during_which_someone_acts_is_theirs() -> None:
    got = facts("In a call with Emmanuel Macron on Monday, Olaf Scholz urged Paris not to "
                "block the deal. During a visit to Ankara, Antony Blinken pressed Recep Tayyip "
                "Erdoğan on Sweden's bid.")
    assert ("Olaf Scholz", "CONSULT", "Emmanuel Macron") in got
    assert ("Antony Blinken", "CONSULT", "Turkey") in got
    assert facts("Ilham Aliyev took a call from Antony Blinken on Monday.") == {
        ("Antony Blinken", "CONSULT", "Ilham Aliyev")}


def test_us_china_talks_are_talks_between_the_two() -> None:
    t = only("The US-China talks in Geneva ended without a deal.")
    assert {t.subject, t.object} == {"United States", "China"}
    assert t.category == "CONSULT"


def test_not_taking_someone_s_calls_means_they_called() -> None:
    t = only("Yariv Levin has not taken Isaac Herzog's calls since Thursday.")
    assert (t.subject, t.category, t.object) == ("Isaac Herzog", "CONSULT", "Yariv Levin")


def test_an_attack_carried_out_by_someone_is_theirs() -> None:
    got = facts("The attack on TC Televisión was carried out by Los Tiguerones.")
    assert got == {("Los Tiguerones", "ASSAULT", "TC Televisión")}


def test_a_ban_on_a_country_s_goods_targets_the_country() -> None:
    assert ("Kosovo", "SANCTION", "Serbia") in facts(
        "Kosovo's ban on Serbian goods, in force since June, is not going anywhere.")


def test_taking_someones_side_supports_them() -> None:
    got = facts("Salome Zourabichvili has taken Ukraine's side. Netanyahu has not taken "
                "Herzog's calls.")
    assert ("Salome Zourabichvili", "SUPPORT", "Ukraine") in got
    assert ("Herzog", "CONSULT", "Netanyahu") in got


def test_a_rejected_demand_was_still_made_and_what_it_asks_is_not_done() -> None:
    got = facts("Hakainde Hichilema has rejected Harare's demand that he recall Nevers Mumba.")
    assert ("Zimbabwe", "REQUEST", "Hakainde Hichilema") in got
    assert not any(o == "Nevers Mumba" for _, _, o in got)
    assert ("Russia", "REQUEST", "Ukraine") in facts(
        "Russia repeated its demand that Ukraine withdraw from Kherson.")
    assert not any(o == "Kherson" for _, _, o in facts(
        "Russia repeated its demand that Ukraine withdraw from Kherson."))


def test_at_the_request_of_someone_they_asked_the_one_who_did_it() -> None:
    got = facts("The Taliban said they stopped at midnight at the request of Qatar and Saudi "
                "Arabia.")
    assert {(s, o) for s, c, o in got if c == "REQUEST"} == {
        ("Qatar", "Taliban"), ("Saudi Arabia", "Taliban")}
