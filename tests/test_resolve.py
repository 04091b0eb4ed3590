"""Resolution within a post: one canonical actor for every way the post names it."""

from __future__ import annotations

import pytest
from extract_fixture import facts, run


def test_they_resolves_to_conjoined_actors() -> None:
    text = ("Saudi Arabia and the United Arab Emirates cut ties with Qatar. "
            "Last week they sanctioned Qatar again.")
    got = {t for t in facts(text) if t[1] == "SANCTION"}
    assert got == {("Saudi Arabia", "SANCTION", "Qatar"),
                   ("United Arab Emirates", "SANCTION", "Qatar")}


def test_short_name_joins_the_full_name_even_before_it() -> None:
    text = ("Merkel was in a hurry. Angela Merkel then met Emmanuel Macron, "
            "and Merkel thanked Macron.")
    ex = run(text)
    assert {a.name for a in ex.actors if a.type == "Person"} == {"Angela Merkel", "Emmanuel Macron"}
    merkel = next(a for a in ex.actors if a.name == "Angela Merkel")
    assert "Merkel" in merkel.aliases


def test_accents_do_not_split_an_actor() -> None:
    text = "Nicolás Maduro expelled the German ambassador. Maduro then accused Colombia."
    assert ("Nicolás Maduro", "ACCUSE", "Colombia") in facts(text)


def test_acronym_after_its_full_name() -> None:
    text = ("The Independent Electoral and Boundaries Commission met on Monday. "
            "Raila Odinga accused the IEBC of bias.")
    iebc = "Independent Electoral and Boundaries Commission"
    assert ("Raila Odinga", "ACCUSE", iebc) in facts(text)


def test_acronym_known_to_the_gazetteer_resolves_to_the_full_name() -> None:
    text = "The FARC handed over its weapons to the United Nations."
    assert ("Revolutionary Armed Forces of Colombia", "CONCEDE", "United Nations") in facts(text)


def test_name_variants_are_one_country() -> None:
    text = ("The U.S. sanctioned Iran in May. America then warned Tehran, "
            "and Washington criticised the Iranian government.")
    got = facts(text)
    assert ("United States", "SANCTION", "Iran") in got
    assert ("United States", "THREATEN", "Iran") in got
    assert ("United States", "ACCUSE", "Iran") in got


def test_a_visited_capital_stays_a_place() -> None:
    text = "Emmanuel Macron visited Kyiv on Thursday."
    t = run(text).triples
    assert [(x.object, x.object_type) for x in t] == [("Kyiv", "Place")]


def test_title_before_a_name_gives_title_affiliation_and_role() -> None:
    ex = run("German Chancellor Angela Merkel met with French President Emmanuel Macron.")
    merkel = next(a for a in ex.actors if a.name == "Angela Merkel")
    assert merkel.titles == ["Chancellor"]
    assert merkel.affiliation == "Germany"
    roles = {(t.subject, t.action, t.object) for t in ex.triples if t.category == "ROLE"}
    assert ("Angela Merkel", "chancellor", "Germany") in roles
    assert ("Emmanuel Macron", "president", "France") in roles


def test_apposition_gives_a_role_relation() -> None:
    ex = run("Antony Blinken, Biden's secretary of state, urged Moscow to withdraw.")
    roles = {(t.subject, t.action, t.object) for t in ex.triples if t.category == "ROLE"}
    assert roles == {("Antony Blinken", "secretary of state", "Biden")}


def test_no_role_for_kinship_or_predecessors() -> None:
    ex = run("Álvaro Uribe, Santos's predecessor and fiercest critic, accused him of lying.")
    assert not [t for t in ex.triples if t.category == "ROLE"]


def test_title_with_the_name_hung_on_its_owner_is_that_person() -> None:
    text = ("Lula suspended the governor of the Federal District, Ibaneis Rocha, "
            "for ninety days.")
    got = facts(text)
    assert ("Lula", "SANCTION", "Ibaneis Rocha") in got
    assert ("Ibaneis Rocha", "ROLE", "Federal District") in got


def test_a_body_in_a_capital_belongs_to_its_country() -> None:
    text = "The foreign ministry in Caracas accused Daniel Kriener of meddling."
    assert facts(text) == {("Venezuelan foreign ministry", "ACCUSE", "Daniel Kriener")}


def test_a_leaders_government_is_the_country_the_post_says_he_leads() -> None:
    text = ("Belarusian President Alexander Lukashenko is angry. Lukashenko's government "
            "arrested Roman Protasevich.")
    assert ("Belarus", "COERCE", "Roman Protasevich") in facts(text)
    untitled = "Alexander Lukashenko's government arrested Roman Protasevich."
    assert facts(untitled) == {("Alexander Lukashenko", "COERCE", "Roman Protasevich")}


def test_a_bare_state_body_belongs_to_the_country_the_post_is_about() -> None:
    text = ("Bangladesh woke up without a prime minister. Protesters in Bangladesh cheered "
            "all night. On Wednesday the army sacked Major General Ziaul Ahsan.")
    assert ("Bangladeshi army", "SANCTION", "Ziaul Ahsan") in facts(text)


def test_a_leader_ordering_the_army_orders_his_own() -> None:
    got = facts("Noboa declared an internal armed conflict in Ecuador.\n\nColombian President "
                "Gustavo Petro ordered the army to reinforce the border and spoke by phone with "
                "Noboa. Ecuador's president, Daniel Noboa, ordered the armed forces to take "
                "over the prisons.")
    assert ("Gustavo Petro", "REQUEST", "Colombian army") in got
    assert ("Gustavo Petro", "CONSULT", "Daniel Noboa") in got
    assert ("Daniel Noboa", "REQUEST", "Ecuadorian armed forces") in got


def test_a_place_someone_walked_out_of_does_not_become_her() -> None:
    got = facts("On Saturday the army lost Singa to the Rapid Support Forces. My cousin Hiba "
                "walked out of Singa on Sunday with her two children.")
    assert ("Rapid Support Forces", "ASSAULT", "Singa") in got


def test_the_police_named_later_in_the_same_sentence() -> None:
    got = facts("Since 21 October, when the police fired tear gas at Venâncio Mondlane, the "
                "Mozambique Republic Police (PRM) have killed at least sixty protesters.")
    assert ("Mozambique Republic Police", "ASSAULT", "Venâncio Mondlane") in got


def test_the_teller_is_not_one_of_the_two_he_tells_of() -> None:
    got = facts("General Burhan and Hemedti went to war in April. On Monday Antony Blinken "
                "announced that the two generals had agreed to a ceasefire.")
    assert not any("Antony Blinken" in (s, o) for s, c, o in got if c == "AGREE")


def test_them_after_counted_soldiers_is_not_the_group_named_before() -> None:
    # "them" are the forty soldiers, whose army the sentence does not name: no triple, and
    # certainly not the Chin resistance disarmed by the Assam Rifles
    got = facts("On Monday Chin resistance fighters took Rihkhawdar from the army, and at least "
                "forty soldiers fled into Mizoram, where the Assam Rifles disarmed them.")
    assert ("Chin resistance", "ASSAULT", "Rihkhawdar") in got
    assert not {(s, o) for s, c, o in got if s == "Assam Rifles"}


def test_a_person_named_after_a_description_is_that_person() -> None:
    got = facts("The IRGC fired missiles into Erbil, killing a Kurdish businessman named "
                "Peshraw Dizayee.")
    assert ("Islamic Revolutionary Guard Corps", "ASSAULT", "Peshraw Dizayee") in got or (
        "IRGC", "ASSAULT", "Peshraw Dizayee") in got


def test_the_government_is_the_country_of_its_section() -> None:
    text = ("Greetings from Addis, where the rains came early. Sudan's war takes up most of "
            "this letter; Ethiopia gets the rest.\n\nKhartoum\n\nOn Saturday the army attacked "
            "the Rapid Support Forces in the capital.\n\nCloser to home\n\nAbiy Ahmed is in "
            "Addis this week. Will the Oromo Liberation Army and Addis sign anything? "
            "The government blames Fano militiamen for the ambush.")
    got = facts(text)
    assert ("Sudanese army", "ASSAULT", "Rapid Support Forces") in got
    assert ("Ethiopia", "ACCUSE", "Fano militiamen") in got  # "Addis" is Ethiopia's capital
    assert ("Oromo Liberation Army", "AGREE", "Ethiopia") in got


def test_the_source_a_sentence_cites_is_not_its_pronouns() -> None:
    text = ("Lula met Nicolás Maduro in Brasília on Thursday. According to Celso Amorim, his "
            "foreign-policy adviser, he told him that South America does not need a war.")
    told = {(s, o) for s, c, o in facts(text) if c == "CONSULT"}
    assert ("Lula", "Nicolás Maduro") in told
    assert not any("Celso Amorim" in pair for pair in told)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya's president, William Ruto, met Abiy Ahmed in Nairobi. The Kenyan leader then "
     "criticised Sudan.", ("William Ruto", "Sudan")),
    ("Russia invaded Ukraine in 2022. The country's army has since shelled Kharkiv.",
     ("Russian army", "Kharkiv")),
])
def test_the_kenyan_leader_and_the_countrys_army(text: str, expected: tuple[str, str]) -> None:
    assert expected in {(s, o) for s, _, o in facts(text)}


def test_the_foreign_ministry_in_a_capital_is_that_countrys() -> None:
    got = facts("Joe Biden will meet Xi Jinping in Bali on Monday. The White House says Biden "
                "will offer Beijing nothing on tariffs. In Beijing, the foreign ministry has "
                "asked Washington to stop playing the Taiwan card.")
    assert ("Chinese foreign ministry", "REQUEST", "United States") in got


def test_a_predicate_noun_with_a_relative_clause_is_its_subject() -> None:
    got = facts("400 Mawozo is the gang that kidnapped seventeen American missionaries in 2021.")
    assert ("Mawozo", "COERCE", "American missionaries") in got
    got = facts("Jaish al-Adl is a Sunni militant group that has spent a decade ambushing "
                "Iranian border guards.")
    assert ("Jaish al-Adl", "ASSAULT", "Iranian border guards") in got


def test_an_apposition_calling_a_name_a_group_makes_it_one() -> None:
    ex = run("Iran blamed Jaish al-Adl, a Sunni militant group that has spent a decade "
             "ambushing Iranian border guards.")
    assert {a.name: a.type for a in ex.actors}["Jaish al-Adl"] == "Group"
    assert ("Jaish al-Adl", "ASSAULT", "Iranian border guards") in {
        (t.subject, t.category, t.object) for t in ex.triples}


def test_the_rebels_are_not_two_people_just_named() -> None:
    got = facts("Donald Trump met Kim Jong Un and then Moon Jae-in. The rebels attacked Goma.")
    assert not any(c == "ASSAULT" for _, c, _ in got)


def test_myanmars_military_is_named_as_the_news_names_it() -> None:
    got = facts("Myanmar's military detained Aung San Suu Kyi on Monday.")
    assert got == {("Myanmar military", "COERCE", "Aung San Suu Kyi")}


def test_the_generals_are_people_called_generals() -> None:
    got = facts("Prayut Chan-o-cha and Hun Sen both spoke to Min Aung Hlaing by phone. The "
                "generals detained Aung San Suu Kyi and dozens of lawmakers.")
    assert not any(s in ("Prayut Chan-o-cha", "Hun Sen") and c == "COERCE" for s, c, _ in got)


def test_the_leaders_of_some_committees_are_not_the_last_two_leaders() -> None:
    got = facts("Joe Biden sanctioned Min Aung Hlaing and Soe Win. Police in La Paz arrested "
                "the leaders of the civic committees.")
    assert not any(c == "COERCE" and o in ("Min Aung Hlaing", "Soe Win") for _, c, o in got)


def test_it_is_not_the_troops() -> None:
    got = facts("Kazakh troops retook Almaty airport from the protesters. Either Moscow or "
                "Beijing will veto it.")
    assert not any(o == "Kazakh troops" for _, _, o in got)


def test_bodies_of_the_united_states_are_named_as_the_news_names_them() -> None:
    got = facts("The United States sent a delegation to Beijing. The country's ambassador met "
                "Xi Jinping on Monday.")
    assert ("US ambassador", "CONSULT", "Xi Jinping") in got


def test_congress_in_a_passage_about_peru_is_perus() -> None:
    got = facts("Kenya is calm this week.\n\nPeru. Congress removed Pedro Castillo after he "
                "tried to dissolve it.")
    assert ("Congress of Peru", "SANCTION", "Pedro Castillo") in got
    got = facts("Donald Trump lost the election. Congress impeached Trump in January.")
    assert ("United States Congress", "ACCUSE", "Donald Trump") in got


def test_a_name_better_known_by_another_is_one_actor() -> None:
    got = facts("The RSF is led by Mohamed Hamdan Dagalo, better known as Hemedti. On Monday "
                "Hemedti met William Ruto in Nairobi.")
    assert ("Mohamed Hamdan Dagalo", "CONSULT", "William Ruto") in got
    got = facts("Trump called Smith \"deranged\" on Friday. Jack Smith charged Trump anyway.")
    assert not any(s == o for s, _, o in got)


def test_a_surname_with_its_article_is_found_without_it() -> None:
    got = facts("General Abdel Fattah al-Burhan leads the army. Burhan met Salva Kiir in "
                "Juba.")
    assert ("Abdel Fattah al-Burhan", "CONSULT", "Salva Kiir") in got


def test_another_countrys_leader_does_not_urge_his_own_government() -> None:
    got = facts("Muhammad Yunus was sworn in as head of Bangladesh's interim government. In "
                "Delhi, Indian Prime Minister Narendra Modi urged the new government to "
                "protect Hindus.")
    assert ("Narendra Modi", "REQUEST", "Bangladesh") in got


def test_a_bodys_last_word_names_it() -> None:
    got = facts("The International Monetary Fund approved the loan. Kristalina Georgieva, the "
                "Fund's managing director, will visit in the spring.")
    assert ("Kristalina Georgieva", "ROLE", "International Monetary Fund") in got


def test_a_roundup_item_opening_on_a_country_gives_its_bare_military() -> None:
    got = facts("On to the Horn. Turkey, which trains the Somali army, offered to mediate.\n\n"
                "Finally, Colombia, where peace talks are lurching along. Gustavo Petro's "
                "government and the ELN agreed in Havana to extend their ceasefire. Petro "
                "blamed the military for a raid on a rebel camp.")
    assert ("Gustavo Petro", "ACCUSE", "Colombian military") in got


def test_their_after_a_counted_group_is_that_groups() -> None:
    got = facts("The Directorate of Criminal Investigations has charged three organisers with "
                "terrorism, which their lawyers call absurd.")
    assert not any(s.startswith("Directorate") and o.startswith("Directorate")
                   for s, _, o in got)
    got = facts("Saudi Arabia and Egypt cut ties with Qatar, and three days later they closed "
                "their airspace to Qatari planes.")
    assert ("Egypt", "SANCTION", "Qatar") in got


def test_a_nations_people_say_which_countrys_army_it_is() -> None:
    got = facts("On Tuesday thousands of young Kenyans marched on Parliament. The interior "
                "minister, Kithure Kindiki, deployed the army.")
    assert ("Kithure Kindiki", "MOBILIZE", "Kenyan army") in got


def test_the_junta_is_no_rebel_army_named_before() -> None:
    got = facts("The Arakan Army took Paletwa on Monday. The junta has closed the roads into "
                "Sittwe.")
    assert not any(s == "Arakan Army" and c == "COERCE" for s, c, _ in got)


def test_a_fathers_name_is_no_short_name_but_initials_are() -> None:
    got = facts("Crown Prince Mohammed bin Salman met Xi Jinping. Will King Salman invite "
                "Ebrahim Raisi? Joe Biden met MBS in Jeddah last summer.")
    assert not any(s == "Mohammed bin Salman" and o == "Ebrahim Raisi" for s, _, o in got)
    assert ("Joe Biden", "CONSULT", "Mohammed bin Salman") in got


def test_the_army_is_never_a_rebel_army_named_before() -> None:
    text = ("Myanmar's junta is losing ground. The Arakan Army attacked two border posts on "
            "Monday. The army shelled Paletwa a day later.")
    assert {s for s, c, o in facts(text) if o == "Paletwa"} == {"Myanmar army"}


def test_the_junta_after_the_army_is_the_same_forces_not_a_country_named_between() -> None:
    text = ("In northern Myanmar, the army lost Kunlong to the rebels on Sunday, "
            "after fighting near the border with China. "
            "Major General Zaw Min Tun, the junta's spokesman, blamed foreign experts.")
    roles = {o for s, c, o in facts(text) if s == "Zaw Min Tun" and c == "ROLE"}
    assert roles and "China" not in roles


def test_a_heading_naming_a_capital_starts_another_country_s_story() -> None:
    text = ("Tokyo: a month after Nara\n\n"
            "The Japanese army has been quiet. Fumio Kishida will reshuffle his cabinet.\n\n"
            "Phnom Penh: ASEAN loses patience (a bit)\n\n"
            "Aung San Suu Kyi, who was overthrown by the army in 2021, is still in prison "
            "in Naypyidaw.")
    got = {s for s, c, o in facts(text) if o == "Aung San Suu Kyi"}
    assert got and "Japanese army" not in got


def test_a_counted_them_is_never_one_named_place_or_body() -> None:
    got = facts("On Tuesday Viktor Orbán flew to Kyiv and shook hands with Volodymyr Zelensky at "
                "the Mariinsky Palace. The two men had not met properly for years and had spent "
                "most of them insulting each other.")
    assert not any("Mariinsky" in o for _, _, o in got)
    assert ("Viktor Orbán", "CONSULT", "Volodymyr Zelensky") in got


def test_the_same_noun_for_two_actors_points_to_neither_by_that_alone() -> None:
    text = ("Burkina Faso's junta sent a delegation to Niamey. Niger's junta received it on "
            "Monday. The junta then recalled its ambassador from France.")
    got = {s for s, _, o in facts(text) if o == "France"}
    assert got == {"Niger"}


def test_a_name_given_to_a_militia_is_no_place() -> None:
    text = ("Burundian troops have been fighting alongside the Congolese army since the "
            "autumn, and so have the pro-government militias everyone calls Wazalendo.")
    assert any(a.name == "Wazalendo" and a.type == "Group" for a in run(text).actors)


def test_a_state_s_troops_soldiers_and_army_are_one_actor() -> None:
    result = run("Cambodian troops shelled a Thai village on Monday. Thailand sent F-16s to bomb "
                 "Cambodian military positions. The Cambodian army denied it.")
    forces = [a.name for a in result.actors if a.name.startswith("Cambodian")]
    assert forces == ["Cambodian troops"], forces
    assert ("Thailand", "ASSAULT", "Cambodian troops") in {
        (t.subject, t.category, t.object) for t in result.triples}


def test_the_first_words_of_a_full_name_are_that_person() -> None:
    result = run("President Ali Bongo Ondimba was placed under house arrest. Ali Bongo later "
                 "posted General Brice Oligui Nguema abroad. Omar Bongo ruled for 42 years.")
    people = {a.name for a in result.actors if a.type == "Person"}
    assert "Ali Bongo" not in people and {"Ali Bongo Ondimba", "Omar Bongo"} <= people


def test_a_name_the_recogniser_missed_after_is() -> None:
    text = ("The election centre declared Ali Bongo Ondimba the winner. The man the officers "
            "chose to lead them is General Brice Clotaire Oligui Nguema, a cousin of the "
            "president he removed.")
    named = {a.name: a.titles for a in run(text).actors}
    assert named.get("Brice Clotaire Oligui Nguema") == ["General"]


def test_a_body_with_no_article_is_the_countrys_the_post_is_about() -> None:
    got = facts("Lebanon has had no president since 2022. On Thursday parliament elected the "
                "army commander, General Joseph Aoun.")
    assert ("Lebanese parliament", "SUPPORT", "Joseph Aoun") in got


def test_an_acronym_defined_once_is_the_same_body_every_time() -> None:
    text = ("On Monday the Constitutional Court (CCR) ordered a recount. "
            "The electoral bureau rejected his candidacy, and last night the CCR upheld that "
            "decision. George Simion calls the court \"a Soviet tribunal\".")
    assert ("George Simion", "ACCUSE", "Constitutional Court") in facts(text)
    assert "CCR" not in {a.name for a in run(text).actors}


def test_the_army_of_the_country_a_whole_post_is_about() -> None:
    text = ("Sudan's war is fourteen months old. Sudan's generals say little, Sudan's diplomats "
            "say less, and Sudan's people pay for both. Sudan has had no government worth the "
            "name since April.\n\nThe RSF seized Jebel Moya on Monday.\n\nNobody here "
            "was surprised. The traders in the market shrugged. The price of bread went up "
            "again. My cousin moved to Kassala. The buses were full. The rain came early. The "
            "roads flooded. The schools closed. The power went off. The water came back. The "
            "shops opened late. A wedding went ahead anyway. The band played until dawn.\n\n"
            "On Thursday the army pulled its troops out of Singa.")
    assert ("Sudanese army", "RETREAT", "Singa") in facts(text)


def test_a_pair_just_named_together_outweighs_an_older_pair_of_people() -> None:
    text = ("Viktor Orbán met Volodymyr Zelensky in Kyiv on Tuesday, and Orbán offered Zelensky "
            "help with schools.\n\nMoscow\n\nThree days later Péter "
            "Szijjártó stood behind his boss while Vladimir Putin greeted Orbán in the Kremlin. "
            "The two men talked for three hours.")
    talked = {(s, o) for s, c, o in facts(text) if c == "CONSULT"}
    assert {("Vladimir Putin", "Viktor Orbán"), ("Viktor Orbán", "Vladimir Putin")} & talked
    assert ("Viktor Orbán", "Volodymyr Zelensky") in talked  # the visit, not "the two men"
    assert len([p for p in talked if "Volodymyr Zelensky" in p]) == 1


def test_several_ministers_are_not_the_one_minister_named_before() -> None:
    text = ("Bujar Osmani, North Macedonia's foreign minister, hosted the council in Skopje. "
            "Sergei Lavrov landed in Skopje to find that Dmytro Kuleba and the three Baltic "
            "foreign ministers had stayed away in protest at Lavrov's presence.")
    protested = {s for s, c, o in facts(text) if c == "PROTEST"}
    assert "Dmytro Kuleba" in protested and "Bujar Osmani" not in protested


def test_a_town_the_recogniser_calls_a_person_is_a_place_the_post_weighs() -> None:
    text = ("My brother is in Goma. The rebels had been closing in on Goma for weeks, and this "
            "is the week Goma fell. Goma has two million people, and his mother lives there. "
            "The army lost Goma to the M23 on Monday. By Sunday night the M23 had walked into "
            "the city.")
    got = facts(text)
    assert ("M23", "ASSAULT", "Goma") in got
    assert not any(s == "Goma" for s, _, _ in got), got


def test_both_sides_are_the_two_at_odds_not_two_named_together() -> None:
    text = ("On Monday Armenia accused Azerbaijan of shelling Sotk. Emmanuel Macron and Olaf "
            "Scholz called for calm. Both sides blame each other.")
    blamed = {(s, o) for s, c, o in facts(text) if c == "ACCUSE"}
    assert ("Armenia", "Azerbaijan") in blamed
    assert not any("Emmanuel Macron" in pair for pair in blamed)


def test_the_police_are_the_police_force_the_post_named() -> None:
    text = ("Armed men attacked a checkpoint outside Lusaka on Friday, and the Zambia Police "
            "sealed off the road. On Sunday the police arrested Hakainde Hichilema.")
    assert ("Zambia Police", "COERCE", "Hakainde Hichilema") in facts(text)


def test_the_government_of_a_capital_acts_on_it_as_its_country() -> None:
    text = ("Our street was indoors all Sunday, like every street in Freetown. According to "
            "the government, twenty people were killed.\n\nThe government put Freetown under a "
            "curfew on Sunday morning.")
    assert ("Sierra Leone", "COERCE", "Freetown") in facts(text)


def test_the_government_stays_the_one_the_post_began_with() -> None:
    text = ("Kampala was quiet on Sunday. According to the government, nine soldiers died in "
            "the attack on the barracks.\n\nKenya and Tanzania sent condolences, and Rwanda "
            "offered help. Samia Suluhu Hassan thanked Kenya. William Ruto phoned Paul Kagame "
            "about it.\n\nBobi Wine stayed at home. The government did not invite Bobi Wine to "
            "the funeral.")
    invited = {s for s, c, o in facts(text) if o == "Bobi Wine"}
    assert invited == {"Uganda"}


def test_a_government_with_no_country_near_is_the_one_the_post_is_about() -> None:
    text = ("Zimbabwe voted on 23 August. Zimbabwe's electoral commission declared Emmerson "
            "Mnangagwa the winner, and the opposition in Zimbabwe cried foul. Observers watched "
            "Zimbabwe closely, and Zimbabwe's neighbours waited for their report.\n\nSADC sent "
            "sixty observers under Nevers Mumba. They visited polling stations in every "
            "province. Their report was blunt. It criticised the commission for the late "
            "ballot papers. The Commonwealth said much the same. Goodluck Jonathan, who was "
            "Nigeria's president until 2015, praised the calm on polling day.\n\nThe reply\n\n"
            "The government accused Nevers Mumba of bias.")
    accusers = {s for s, c, o in facts(text) if c == "ACCUSE" and o == "Nevers Mumba"}
    assert accusers == {"Zimbabwe"}


def test_a_capital_s_police_are_the_city_s_not_the_country_s() -> None:
    text = "Donald Tusk met the press in Warsaw. The Warsaw police arrested Mariusz Kamiński."
    assert ("Warsaw police", "COERCE", "Mariusz Kamiński") in facts(text)


def test_they_are_not_what_flew_overhead() -> None:
    text = ("Within hours Senegalese troops crossed into the Gambia, with Nigerian jets "
            "overhead, and Senegal's army spokesman, Colonel Abdou Ndiaye, said on the radio "
            "that they had entered Gambian territory.")
    assert not any(s == "Nigeria" or s.startswith("Nigerian") for s, _, _ in facts(text))

