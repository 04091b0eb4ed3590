"""Negation and modality: "did not meet", "would meet", "reportedly", "alleged", "denied"."""

from __future__ import annotations

import pytest
from extract_fixture import facts, only, triples


@pytest.mark.parametrize(
    "text",
    [
        "Recep Tayyip Erdoğan will not allow Greece to join the talks.",
        "Russia never signed the treaty with Ukraine.",
        "Joe Biden didn't meet Vladimir Putin in Rome.",
    ],
)
def test_negation_is_kept(text: str) -> None:
    found = triples(text)
    assert found and all(t.negated for t in found)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Russia could attack Ukraine in the spring.", "possible"),
        ("Russia may attack Ukraine in the spring.", "possible"),
        ("Russia would attack Ukraine if NATO expanded.", "conditional"),
        ("Joe Biden will meet Vladimir Putin in Geneva.", "future"),
        ("Joe Biden wants to meet Vladimir Putin in Geneva.", "intended"),
        ("Germany is considering sanctioning Russia.", "intended"),
        ("Russian hackers reportedly attacked Colonial Pipeline.", "reported"),
        ("Iran allegedly armed the Houthis.", "alleged"),
        ("Iran denied arming the Houthis.", "denied"),
        ("Will Angela Merkel meet Emmanuel Macron before the summit?", "question"),
    ],
)
def test_modality_is_kept(text: str, modality: str) -> None:
    found = triples(text)
    assert found, "no triple"
    assert {t.modality for t in found} == {modality}
    assert not any(t.negated for t in found)


def test_refusal_is_a_rejection_not_a_negation() -> None:
    t = only("Vladimir Putin refused to meet Joe Biden.")
    assert (t.category, t.negated) == ("REJECT", False)


def test_accused_of_acting_gives_the_accusation_and_the_alleged_act() -> None:
    got = {(t.subject, t.category, t.object, t.modality) for t in triples(
        "Lithuania accused Belarus of attacking Poland."
    )}
    assert ("Lithuania", "ACCUSE", "Belarus", "asserted") in got
    assert ("Belarus", "ASSAULT", "Poland", "alleged") in got


def test_told_reporters_that_reports_and_told_him_to_asks() -> None:
    t = only("Mike Pompeo told reporters that Kataib Hezbollah had attacked US forces in Iraq.")
    assert (t.subject, t.category, t.modality) == ("Kataib Hezbollah", "ASSAULT", "reported")
    asked = facts("Recep Tayyip Erdoğan told Vladimir Putin to stop the attacks.")
    assert asked == {("Recep Tayyip Erdoğan", "REQUEST", "Vladimir Putin")}


def test_people_accused_of_an_act_are_its_alleged_doers() -> None:
    t = only("The eighteen Colombians accused of killing President Jovenel Moïse are on trial.")
    assert (t.subject, t.category, t.object) == ("Colombians", "ASSAULT", "Jovenel Moïse")
    assert t.modality == "alleged"


def test_likely_or_keen_to_act_keeps_the_doer_and_the_hedge() -> None:
    t = only("Vladimir Putin and Recep Tayyip Erdoğan are likely to agree on a ceasefire.")
    assert (t.subject, t.category, t.object, t.modality) == (
        "Vladimir Putin", "AGREE", "Recep Tayyip Erdoğan", "possible")
    t = only("John Kerry is keen to meet Lula.")
    assert (t.subject, t.category, t.object, t.modality) == (
        "John Kerry", "CONSULT", "Lula", "intended")


def test_wanting_someone_extradited_is_an_intended_act_on_them() -> None:
    t = only("Recep Tayyip Erdoğan wants Fethullah Gülen extradited.")
    assert (t.subject, t.category, t.object, t.modality) == (
        "Recep Tayyip Erdoğan", "COERCE", "Fethullah Gülen", "intended")


def test_denying_it_restates_the_charge_as_denied() -> None:
    found = triples("Kinshasa is accusing Kigali of arming the M23 rebels. Rwanda denies it, as "
                    "it always does.")
    denied = [t for t in found if t.modality == "denied"]
    assert [(t.subject, t.category, t.object) for t in denied] == [
        ("Rwanda", "AID", "M23")]
    assert "denies it" in denied[0].sentence
    assert not any(t.action == "deny" for t in found)


def test_a_decision_or_plan_to_act_is_its_owners_act() -> None:
    t = only("Mexico's decision to grant asylum to Evo Morales angered the senate.")
    assert (t.subject, t.category, t.object, t.modality) == (
        "Mexico", "AID", "Evo Morales", "asserted")
    got = triples("Hungary's refusal to sanction Russia infuriated the Commission.")
    assert any((t.subject, t.category, t.object, t.negated) == (
        "Hungary", "SANCTION", "Russia", True) for t in got)
    got = triples("Ukraine's bid to join NATO stalled again.")
    assert [(t.subject, t.object, t.modality) for t in got] == [("Ukraine", "NATO", "intended")]


def test_an_accusation_whose_of_hangs_on_the_accused_still_says_what_they_did() -> None:
    got = triples("The ceasefire that Armenia and Azerbaijan agreed on Wednesday is holding. "
                  "Yerevan accuses Azerbaijani forces of shelling Jermuk, a spa town well inside "
                  "Armenia; Baku, naturally, blames Armenian \"provocations\".")
    found = {(t.subject, t.category, t.object, t.modality) for t in got}
    assert ("Azerbaijani forces", "ASSAULT", "Jermuk", "alleged") in found
    assert ("Azerbaijan", "ACCUSE", "Armenia", "asserted") in found
    assert ("Armenia", "ACCUSE", "Azerbaijani forces", "asserted") in found


def test_which_the_party_denies_marks_the_claim_denied() -> None:
    found = triples("The group says France helped Khalifa Haftar, which Paris denies.")
    # the claim and its denial are two statements
    assert sorted((t.subject, t.object, t.modality) for t in found) == [
        ("France", "Khalifa Haftar", "denied"), ("France", "Khalifa Haftar", "reported")]
    found = triples("The Houthis say they hit Tel Aviv, which the Israeli military denies.")
    assert ("Tel Aviv", "denied") in {(t.object, t.modality) for t in found}


def test_denying_what_someone_said_one_did() -> None:
    got = {(t.subject, t.category, t.object, t.modality) for t in triples(
        "Colombia's defence minister says the ELN attacked Venezuela's army in Arauca. "
        "The ELN denies it.")}
    assert {m for s, c, o, m in got if s == "National Liberation Army"} == {
        "reported", "denied"}


def test_calling_a_charge_a_lie_denies_it() -> None:
    got = [(t.subject, t.object, t.modality) for t in triples(
        "Pakistan says India pays the Balochistan Liberation Army. India calls that absurd.")]
    assert ("India", "Balochistan Liberation Army", "denied") in got
    assert ("India", "Balochistan Liberation Army", "reported") in got


@pytest.mark.parametrize("text, fact", [
    ("Will HTS and the SDF fight over Deir ez-Zor next?",
     ("Hayat Tahrir al-Sham", "ASSAULT", "Syrian Democratic Forces")),
    ("Will ECCAS readmit Gabon before the general sets a date?", ("ECCAS", "CONCEDE", "Gabon")),
    ("Will the European Union sanction Ivanishvili in January?",
     ("European Union", "SANCTION", "Ivanishvili")),
])
def test_a_yes_no_question_whose_verb_the_parser_lost(
    text: str, fact: tuple[str, str, str]
) -> None:
    t = only(text)
    assert ((t.subject, t.category, t.object), t.modality) == (fact, "question")


def test_a_hedging_aside_of_the_writer_is_kept() -> None:
    t = only("Putin, I suspect, will visit Minsk before the summer.")
    assert (t.subject, t.object, t.modality) == ("Putin", "Minsk", "possible")


def test_capitals_refusing_to_recognise_a_would_be_state() -> None:
    found = triples("Berlin, Paris, London and Washington all said they would not recognise an "
                    "independent Catalonia.")
    assert {(t.subject, t.object, t.negated) for t in found} == {
        (s, "Catalonia", True) for s in ("Germany", "France", "United Kingdom", "United States")}


def test_no_before_the_object_negates_the_act() -> None:
    t = only("Iran has had no talks with Israel.")
    assert (t.subject, t.object, t.negated) == ("Iran", "Israel", True)
    t = only("Ondo Ossa has had no reply from the general, Brice Oligui Nguema.")
    assert (t.subject, t.action, t.object, t.negated) == (
        "Brice Oligui Nguema", "reply to", "Ondo Ossa", True)


def test_a_denial_hung_on_the_main_verb_denies_the_charge_not_the_accusation() -> None:
    got = {(t.subject, t.action, t.object, t.modality) for t in triples(
        "Dakar has accused Yahya Jammeh for years of sheltering the rebels of the Movement of "
        "Democratic Forces of Casamance (MFDC), which he has always denied.")}
    rebels = "Movement of Democratic Forces of Casamance"
    assert got == {("Senegal", "accuse", "Yahya Jammeh", "asserted"),
                   ("Yahya Jammeh", "shelter", rebels, "alleged"),
                   ("Yahya Jammeh", "shelter", rebels, "denied")}


def test_having_no_plans_to_act_is_a_negated_intention() -> None:
    t = only("Ukraine has no plans to attack Belarus.")
    assert (t.subject, t.category, t.object, t.negated, t.modality) == (
        "Ukraine", "ASSAULT", "Belarus", True, "intended")
    t = only("Russia has plans to attack Moldova.")
    assert (t.subject, t.object, t.negated, t.modality) == ("Russia", "Moldova", False, "intended")
