"""Which positions of a sentence supply a recipient (event_domestic.py, event_targets.py,
event_nominal_targets.py, knowledge/organizations.json): the charge hung on the people an act is
done to sets no scene, a party's place in a body names the body, a seat is no backer, and the
defender of a repelled attack is its target."""

from __future__ import annotations

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Indian police arrested six men suspected of smuggling heroin across the border from Pakistan into "
     "Punjab's Amritsar district, a senior officer said on Sunday.", ("COERCE", ("IND",), ("IND",))),
    ("Jordanian security forces arrested a man wanted for smuggling weapons and drugs from Syria, a security "
     "source said on Friday.", ("COERCE", ("JOR",), ("JOR",))),
    ("Saudi authorities executed a man convicted of spying for Iran, the state news agency said on Saturday.",
     ("ASSAULT", ("SAU",), ("SAU",))),
])
def test_the_charge_on_the_people_acted_on_names_no_scene(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Iran hanged a man convicted of passing secrets about the country's missile programme to foreign agents, "
     "the judiciary's news agency said on Wednesday.", ("ASSAULT", ("IRN",), ("IRN",))),
    ("Iraq hanged 11 men convicted of terrorism offences at a prison in Nasiriya on Monday, security sources said.",
     ("ASSAULT", ("IRQ",), ("IRQ",))),
])
def test_a_hanging_is_done_to_the_states_own_people(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Armenia's parliament voted on Wednesday to freeze the country's participation in the Russian-led CSTO "
     "military alliance, Prime Minister Nikol Pashinyan's office said.", ("SANCTION", ("ARM",), ("IGO",))),
    ("Kazakhstan suspended its membership of the Eurasian Economic Union on Monday, the foreign ministry in "
     "Astana said.", ("SANCTION", ("KAZ",), ("IGO",))),
    ("Israel suspended its participation in the UN Human Rights Council on Wednesday, a week after the council "
     "voted to investigate alleged war crimes.", ("SANCTION", ("ISR",), ("UNO",))),
])
def test_a_partys_place_in_a_body_names_the_body(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize("text", [
    "Niger's junta accused the Abuja-based regional bloc of acting on behalf of Paris.",
    "Burkina Faso's military government accused the Paris-based body of serving as an instrument of influence.",
])
def test_a_seat_is_no_backer_of_the_thing_judged(coder, text):
    assert all(e.event != "ACCUSE" or not {r.code for r in e.recipient} & {"NGA", "FRA"}
               for e in coder.code(text, date="2025-06-04"))


def test_a_backer_of_the_thing_judged_is_still_its_party(coder):
    assert ("REJECT", ("PAK",), ("USA",)) in dyads(coder, "Pakistan rejected a U.S.-backed plan for Kashmir.")


@pytest.mark.parametrize(("text", "dyad"), [
    ("Ukrainian forces repulsed a Russian assault on the village of Dobropillia overnight, the general staff said.",
     ("ASSAULT", ("RUS",), ("UKR",))),
    ("Pakistani troops beat back a Taliban offensive on border posts in Kurram district on Friday, the army said.",
     ("ASSAULT", ("AFG",), ("PAK",))),
])
def test_a_repelled_attack_targets_the_defender(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Burkina Faso's military government said on Monday it was withdrawing from the International Organisation "
     "of La Francophonie with immediate effect.", ("SANCTION", ("BFA",), ("IGO",))),
    ("Nigeria's competition regulator fined Meta $220 million on Wednesday for repeated violations of the "
     "country's consumer protection laws.", ("SANCTION", ("NGA",), ("MNC",))),
])
def test_named_bodies_as_objects(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("The European Union released 1.5 billion euros in frozen funds to Hungary on Wednesday after Budapest agreed "
     "to strengthen the independence of its judiciary.", ("AGREE", ("HUN",), ("EUR",))),
    ("The IMF resumed lending to Sri Lanka in March, officials said, after Colombo promised to raise taxes and "
     "restructure its debt.", ("AGREE", ("LKA",), ("IGO",))),
])
def test_a_promise_answering_a_bodys_easing_is_made_to_the_body(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


def test_a_warning_summed_up_after_the_threat_is_the_threateners(coder):
    text = "Indian Prime Minister Narendra Modi vowed to choke off Pakistan's water supply, a warning Islamabad condemned."
    assert ("ACCUSE", ("PAK",), ("IND",)) in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Lebanon's army has struggled to recruit and pay its soldiers since the currency collapsed, and on Monday the "
     "European Union pledged another 200 million euros to cover salaries, fuel and medical supplies, EU foreign "
     "policy chief Kaja Kallas said in Brussels.", ("AGREE", ("EUR",), ("LBN",))),
    ("Somalia is facing its worst drought in four decades, and the World Bank approved $150 million in emergency "
     "funding on Thursday to feed displaced families.", ("AID", ("IGO",), ("SOM",))),
    ("Moldova's power grid has struggled since Russian gas supplies stopped, and Romania agreed on Friday to ship "
     "electricity at cost through the winter, officials said.", ("AGREE", ("ROU",), ("MDA",))),
    ("Ukraine is running short of artillery shells, and on Tuesday Denmark promised to deliver 15,000 rounds by "
     "the end of the year.", ("AGREE", ("DNK",), ("UKR",))),
])
def test_help_goes_to_the_party_whose_need_the_clause_before_tells(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


def test_a_clause_before_that_tells_no_need_gives_no_receiver(coder):
    text = "Russia ran the talks in Moscow, and on Tuesday China pledged to buy more gas."
    assert all(not {r.code for r in e.recipient} & {"RUS"} for e in coder.code(text, date="2025-06-04")
               if e.event in ("AGREE", "AID"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Vietnam's communist authorities jailed a blogger for six years on Thursday for posting articles critical of "
     "the party leadership on Facebook, his family said.", ("VNM", "VNM")),
    ("Thai police arrested a pro-democracy activist over posting a video critical of the monarchy on TikTok, a "
     "rights group said.", ("THA", "THA")),
])
def test_the_reason_phrase_of_an_arrest_names_no_party(coder, text, dyad):
    got = [(e.event, {a.code for a in e.actor}, {r.code for r in e.recipient}) for e in coder.code(text, date="2025-06-04")]
    assert any(a == {dyad[0]} and r == {dyad[1]} for _t, a, r in got), got


@pytest.mark.parametrize(("text", "dyad"), [
    ("Armenia's defence ministry said on Tuesday that Azerbaijani forces had opened fire on positions near the "
     "border village of Sotk, wounding two soldiers.", ("ASSAULT", ("AZE",), ("ARM",))),
    ('"Russia struck our energy infrastructure again last night," Ukrainian President Volodymyr Zelenskiy said in '
     "his evening address.", ("ASSAULT", ("RUS",), ("UKR",))),
    ("Pakistan's army said Indian troops had fired across the Line of Control, killing a soldier.",
     ("ASSAULT", ("IND",), ("PAK",))),
])
def test_the_reporting_state_is_the_target_at_its_border(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


def test_a_far_speaker_is_no_target(coder):
    text = "Britain said on Monday that Russia had fired cruise missiles at Kyiv overnight, killing at least six people."
    assert ("ASSAULT", ("RUS",), ("UKR",)) in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Spain's government cancelled a contract for Israeli-made anti-tank missiles on Tuesday, citing the war in "
     "Gaza.", ("SANCTION", ("ESP",), ("ISR",))),
    ("Slovenia banned imports of weapons made in Israel on Thursday, the government said.",
     ("SANCTION", ("SVN",), ("ISR",))),
    ("Lithuania banned the sale of surveillance cameras manufactured in China in public buildings.",
     ("SANCTION", ("LTU",), ("CHN",))),
])
def test_a_ban_or_cut_purchase_names_the_maker_of_the_goods(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


@pytest.mark.parametrize("text", [
    "Azerbaijan stationed additional artillery units along the line of contact, the Armenian defence ministry said.",
    "Somali officials said Kenya deployed troops to the border.",
    # (not along the Line of Control: a named frontier line names the side across it, round 21)
    "India placed its armed forces on high alert on Wednesday after Pakistan test-fired a ballistic missile, Indian "
    "defence officials said.",
])
def test_troops_on_their_own_side_or_a_test_name_no_reporting_target(coder, text):
    assert all(not {r.code for r in e.recipient if r.code} for e in coder.code(text, date="2025-06-04")
               if e.event == "MOBILIZE"), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Venezuela's interim authorities granted amnesty to some 300 soldiers jailed over a failed barracks uprising "
     "in 2019, the state news agency reported on Friday, citing a decree published in the official gazette.",
     ("CONCEDE", ("VEN",), ("VEN",))),
    ("Burkina Faso's junta granted a pardon to 12 officers convicted over a 2015 coup attempt, the presidency said.",
     ("CONCEDE", ("BFA",), ("BFA",))),
])
def test_clemency_granted_to_the_states_opponents_is_at_home(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


def test_clemency_for_prisoners_at_large_keeps_no_recipient(coder):
    text = "Myanmar's junta granted amnesty to more than 5,000 prisoners on Saturday to mark Independence Day."
    assert ("CONCEDE", ("MMR",), ()) in dyads(coder, text), dyads(coder, text)
