"""Round 9 (nouns): the arguments of event nouns by argument shape: two sides named by demonyms after
"between", a hyphenated pair of doers, two owners joined by "and", the people a refusal would not let in,
a credit or swap line "from A to B"; and nouns that name nothing done: a want denied ("no interest in
talks") and a label a speaker gives another act ("denounced the arrest as a kidnapping")."""

from __future__ import annotations

import pytest

from tests.conftest import assert_coded, code, entity_codes

# (id, sentence, type, actor codes, recipient codes); None leaves a side unchecked
CODED = [
    ("between_two_demonyms_are_the_sides",
     "Skirmishes between Indian and Chinese soldiers in Ladakh left several injured, officials said.",
     "ASSAULT", ("CHN", "IND"), None),
    ("between_demonym_forces_flared",
     "Fighting between Armenian and Azerbaijani forces flared along the border overnight.",
     "ASSAULT", ("ARM", "AZE"), None),
    ("hyphenated_pair_of_demonyms_acts_jointly",
     "A joint Russian-Chinese naval exercise began in the Sea of Japan on Sunday.",
     "COOPERATE", ("CHN", "RUS"), None),
    ("two_owners_joined_by_and",
     "Mali and Niger's expulsion of French diplomats was condemned by Paris.",
     "SANCTION", ("MLI", "NER"), ("FRA",)),
    ("refusal_to_let_owned_people_in",
     "Venezuela's refusal to let Brazil's observers monitor the vote angered Brasilia.",
     "REJECT", ("VEN",), ("BRA",)),
    ("refusal_to_allow_named_monitors",
     "The refusal by Azerbaijan to allow Armenian monitors to enter Karabakh drew criticism.",
     "REJECT", ("AZE",), ("ARM",)),
    ("credit_line_from_a_to_b",
     "A $2 billion credit line from India to Sri Lanka helped pay for fuel imports.",
     "AID", ("IND",), ("LKA",)),
    ("swap_line_subject_of_a_passive",
     "A currency swap line from China to Argentina was extended for another year, the central bank said.",
     "AID", ("CHN",), ("ARG",)),
    ("owned_renewal_of_a_swap_line",
     "Argentina welcomes China's renewal of $5 billion currency swap line",
     "AID", ("CHN",), None),
    # a hostile act with no named target: the party that answers it is its target, not a bystander
    ("condemner_is_the_target_of_unaimed_strikes",
     "Nigeria condemned the American airstrikes on militant camps in Sokoto state on Friday.",
     "ASSAULT", ("USA",), ("NGA",)),
    ("reprisal_after_strikes_names_the_target",
     "Iran vows revenge after Israeli strikes on nuclear sites",
     "ASSAULT", ("ISR",), ("IRN",)),
    ("reprisal_after_a_clause_whose_subject_is_the_act",
     "Venezuela condemned Washington on Sunday after American strikes on suspected drug boats killed dozens.",
     "ASSAULT", ("USA",), ("VEN",)),
    ("act_that_drew_a_protest_targets_the_protester",
     "A Russian drone incursion drew a protest from Warsaw.",
     "MOBILIZE", ("RUS",), ("POL",)),
    ("warning_drawn_by_a_hyphenated_pair_targets_both",
     "A U.S.-Philippine naval patrol in the South China Sea drew a warning from Beijing.",
     "THREATEN", ("CHN",), ("PHL", "USA")),
    ("crackdown_on_uncoded_people_stays_domestic",
     "A crackdown by Serbian police on student protesters drew criticism from the EU.",
     "COERCE", ("SRB",), ("SRB",)),
    ("named_target_beats_the_condemner",
     "Germany condemned Russia's drone attacks on Ukrainian cities.",
     "ASSAULT", ("RUS",), ("UKR",)),
    ("a_bystander_body_is_no_target",
     "The United Nations condemned the Israeli strikes on Gaza's hospitals.",
     "ASSAULT", ("ISR",), ("PSE",)),
    # a benefit with no named receiver goes to the party welcoming it
    ("welcomer_receives_the_withdrawal",
     "Lebanon welcomed Israel's withdrawal from five border villages.",
     "RETREAT", ("ISR",), ("LBN",)),
    ("praiser_receives_the_delivery",
     "Zelensky praised Germany's delivery of two Patriot systems on Monday.",
     "AID", ("DEU",), ("UKR",)),
    ("named_receiver_beats_the_welcomer",
     "France welcomed Iran's release of two French citizens.",
     "RETREAT", ("IRN",), ("FRA",)),
    # a state's own people: political prisoners, dissidents, opposition figures with no country of their own
    ("pardon_of_political_prisoners_is_domestic",
     "Belarus's pardon of 37 political prisoners on Tuesday included several opposition activists.",
     "CONCEDE", ("BLR",), ("BLR",)),
    ("execution_of_a_protester_is_domestic",
     "Iran's execution of a young protester drew condemnation from rights groups.",
     "ASSAULT", ("IRN",), ("IRN",)),
    ("foreign_activist_keeps_the_country",
     "Belarus's release of a Lithuanian activist was welcomed in Vilnius.",
     "RETREAT", ("BLR",), ("LTU",)),
    # the request an act answers: "at the request of X", "in response to a request from X", "upon an appeal from X"
    ("at_the_request_of_x",
     "Rwanda sent troops to Mozambique at the request of the Mozambican government.",
     "REQUEST", ("MOZ",), ("RWA",)),
    ("in_response_to_a_request_from_x",
     "France evacuated 200 Lebanese students in response to a request from Beirut.",
     "REQUEST", ("LBN",), ("FRA",)),
    ("after_a_request_from_x_asks_the_subject",
     "Turkey sent firefighting planes to Greece after a request from Athens.",
     "REQUEST", ("GRC",), ("TUR",)),
    ("freezing_of_membership_in_a_body",
     "Armenia's freezing of its participation in the CSTO military alliance angered Moscow, a Kremlin aide said.",
     "SANCTION", ("ARM",), None),
]


@pytest.mark.parametrize("text,etype,actor,recipient", [c[1:] for c in CODED], ids=[c[0] for c in CODED])
def test_noun_argument_shape(coder, text, etype, actor, recipient):
    assert_coded(coder, text, etype, actor=actor, recipient=recipient)


NOT_EVENTS = [
    ("no_interest_in_talks",
     "Indonesia's defence minister said Jakarta had no interest in talks with Beijing on fighter jets.", "CONSULT"),
    ("no_intention_of_holding_talks",
     "Hungary said on Tuesday it had no intention of holding talks with Kyiv before the summit.", "CONSULT"),
    ("not_interested_in_a_dialogue",
     "Venezuela's foreign minister said Caracas was not interested in a dialogue with Washington.", "CONSULT"),
    ("no_desire_for_a_war", "Pakistan's army chief said Islamabad had no desire for a war with India.", "ASSAULT"),
    ("what_a_rally_is_against_is_a_grievance",
     "Georgian protesters rally for fourth night against suspension of EU talks", "SANCTION"),
    ("what_a_pact_comes_ahead_of_is_not_done",
     "Japan and the Philippines signed a defence pact ahead of Chinese naval drills in the region.", "MOBILIZE"),
    ("sanctions_in_a_vetoed_package_are_not_imposed",
     "Hungary vetoed the EU's new sanctions package against Russia.", "SANCTION"),
    ("sanctions_in_a_vetoed_resolution_are_not_imposed",
     "Russia's veto of a council resolution on Mali sanctions drew criticism from France.", "SANCTION"),
    ("a_video_call_is_no_appeal", "Xi and Biden held a video call to discuss Taiwan and trade.", "REQUEST"),
    ("request_of_anonymity_is_no_request", "The source spoke at the request of anonymity.", "REQUEST"),
    ("label_after_denounced_as", "Caracas denounced the arrest as a kidnapping by the United States.", "ASSAULT"),
    ("label_after_described_as",
     "Beijing described the new U.S. visa rules as an attack on Chinese students.", "ASSAULT"),
]


@pytest.mark.parametrize("text,etype", [c[1:] for c in NOT_EVENTS], ids=[c[0] for c in NOT_EVENTS])
def test_noun_names_nothing_done(coder, text, etype):
    events = code(coder, text)
    assert etype not in [e.event for e in events], [(e.event, entity_codes(e.actor), e.event_text) for e in events]


def test_near_miss_talks_held_stay_an_event(coder):
    """The want guard leaves held talks alone."""
    assert_coded(coder, "The Taliban held talks with the Pakistani government in Doha, a spokesman said.",
                 "CONSULT", actor=("AFG", "PAK"))


def test_near_miss_condemned_kidnapping_with_doer_stays(coder):
    """A kidnapping that is the object of the condemnation (not its label) is an event."""
    assert_coded(coder, "Caracas denounced the kidnapping of its diplomat by U.S. agents.", "ASSAULT",
                 actor=("USA",))


def test_an_act_refused_itself_stays_an_event(coder):
    # what a refusal holds was never done; the refused act itself was (an apology made and rejected)
    events = code(coder, "Manila's apology to Hanoi for the shooting of the fishermen was rejected by Vietnam.",
                  date="2025-05-01")
    assert any(e.event == "CONCEDE" for e in events), [(e.event, e.event_text) for e in events]
