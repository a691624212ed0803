"""Name lists a headline tears apart, covert agents tied to a state body, the maker of a
platform destroyed or captured, and the owner of a decision noun (owners.py, argument_partners.py,
arguments.inherited_subject). Sentences are our own."""

from __future__ import annotations

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


@pytest.mark.parametrize(("text", "dyad"), [
    # two bare names a comma joins are a list, not a name and its apposition
    ("Trump hits Brazil, India with 50% tariffs", ("SANCTION", ("USA",), ("BRA", "IND"))),
    ("Japan, Philippines sign defence pact", ("COOPERATE", ("JPN", "PHL"), ())),
    # a demonym list whose first member the parser hangs on the verb
    ("Russian, Chinese warships hold joint patrol in Pacific", ("COOPERATE", ("CHN", "RUS"), ())),
    ("Kenyan, Haitian police launch joint operation against gangs", ("COOPERATE", ("HTI", "KEN"), ())),
])
def test_headline_lists_keep_every_member(coder, text, dyad):
    found = dyads(coder, text)
    assert dyad in found, found


@pytest.mark.parametrize(("text", "dyad"), [
    # a name with words of its own stays an apposition
    ("Germany's foreign minister, Johann Wadephul, visited Kyiv on Monday.", ("CONSULT", ("DEU",), ("UKR",))),
    # a leading place is no list member
    ("On Friday, Chinese officials met their Japanese counterparts in Tokyo.", ("CONSULT", ("CHN",), ("JPN",))),
])
def test_appositions_and_openers_are_no_list(coder, text, dyad):
    found = dyads(coder, text)
    assert dyad in found, found


@pytest.mark.parametrize(("text", "dyad"), [
    ("A hacking group tied to China's Ministry of State Security breached several U.S. telecom networks, "
     "the FBI said on Wednesday.", ("COERCE", ("CHN",), ("USA",))),
    ("Two years after hackers tied to Beijing breached its systems, the Czech foreign ministry summoned "
     "China's ambassador.", ("COERCE", ("CHN",), ("CZE",))),  # the reacting party owns the systems
])
def test_covert_agents_act_for_the_body_they_are_tied_to(coder, text, dyad):
    found = dyads(coder, text)
    assert dyad in found, found


CASES_LIST_OR_MAKER_CODES_THE_DYAD = [
    # the parser reads "linked" as the clause's verb and "broke" as an adverbial clause under it
    pytest.param(
        "Hackers linked to Russia's GRU broke into the accounts of Germany's ruling party.",
        "COERCE", "RUS", "DEU", id="a_reduced_relative_read_as_the_verb_still_ties_the_hackers"),
    # an interceptor hits what someone else launched: the launcher, not the maker
    pytest.param(
        "Ukraine said it shot down 40 Iranian-designed Shahed drones launched by Russia overnight.",
        "ASSAULT", "UKR", "RUS", id="a_projectile_shot_down_is_not_its_makers"),
    pytest.param(
        "Russia said its forces destroyed three German-made Leopard tanks near Pokrovsk, a key "
        "logistics hub in eastern Ukraine.",
        "ASSAULT", "RUS", "UKR", id="a_place_named_on_the_loss_outranks_the_maker"),
    pytest.param(
        "Russia-linked hackers breached the computer systems of Poland's state news agency on Friday, "
        "Warsaw said.",
        "COERCE", "RUS", "POL", id="a_hyphenated_tie_names_whom_covert_agents_act_for"),
    pytest.param(
        "Kenya's foreign ministry said it had summoned the Ugandan envoy, a day after its western "
        "neighbour detained two Kenyan activists.",
        "COERCE", "UGA", "KEN", id="its_neighbour_is_the_sentences_one_other_country"),
]


@pytest.mark.parametrize(("text", "event", "actor", "recipient"),
                         CASES_LIST_OR_MAKER_CODES_THE_DYAD)
def test_list_or_maker_codes_the_dyad(coder, text, event, actor, recipient):
    found = dyads(coder, text)
    assert (event, (actor,), (recipient,)) in found, found


@pytest.mark.parametrize(("text", "dyad"), [
    ("Russian forces destroyed two Ukrainian-made howitzers, the defence ministry in Moscow said.",
     ("ASSAULT", ("RUS",), ("UKR",))),
    ("Two Russian-made launchers were destroyed by Ukrainian drones overnight.", ("ASSAULT", ("UKR",), ("RUS",))),
])
def test_the_maker_of_a_destroyed_platform_is_its_owner(coder, text, dyad):
    found = dyads(coder, text)
    assert dyad in found, found


@pytest.mark.parametrize(("text", "dyad"), [
    ("Kyiv condemned a decision by the Trump administration to halt arms deliveries to Ukraine.",
     ("SANCTION", ("USA",), ("UKR",))),
    ("Kyiv said on Monday that the American move to suspend military aid to Ukraine was a mistake.",
     ("SANCTION", ("USA",), ("UKR",))),
    ("Kyiv said on Monday that the U.S. decision to suspend military aid to Ukraine was a mistake.",
     ("SANCTION", ("USA",), ("UKR",))),
])
def test_a_decision_nouns_owner_or_agent_acts(coder, text, dyad):
    found = dyads(coder, text)
    assert dyad in found, found


@pytest.mark.parametrize(("text", "dyad"), [
    # a pact participle's signer is the clause's subject, its other side the "with" party
    ("Thai Prime Minister Anutin Charnvirakul said on Tuesday that Bangkok would suspend the peace declaration "
     "signed with Cambodia last month.", ("SUPPORT", ("KHM", "THA"), ())),
    ("Kyiv ratified the minerals deal signed with Washington in April, the parliament said.",
     ("SUPPORT", ("UKR", "USA"), ())),
    ("Pakistan will receive the next tranche under a loan deal reached with the IMF last year, the finance "
     "ministry said.", ("AGREE", ("IGO", "PAK"), ())),
])
def test_a_pact_made_with_someone_is_the_clause_subjects_too(coder, text, dyad):
    # (whether a background signing is an event at all is the events stage's call: when it is one,
    # the clause's subject signed it too)
    found = dyads(coder, text)
    assert all(set(d[1]) == set(dyad[1]) for d in found if d[0] == dyad[0] and d[2] == ()), found


def test_the_accused_of_a_relative_clause_is_the_noun_it_hangs_on(coder):
    found = dyads(coder, "The Treasury sanctioned two Iranian firms it accused of supplying drone parts to Russia.")
    assert ("AID", ("IRN",), ("RUS",)) in found, found
    # a relative clause with its own object keeps it
    found = dyads(coder, "The Ukrainian envoy, who accused Russia of bombing Kyiv, left the meeting.")
    assert ("ACCUSE", ("UKR",), ("RUS",)) in found, found


def test_a_described_second_subject_is_no_reaction_to_the_first(coder):
    # "the former Soviet republic" may be Moldova again: its act answers no one by coordination alone
    found = dyads(coder, "Moldova's president accused Russia of buying votes, and the former Soviet republic "
                         "expelled two Russian diplomats.")
    assert not any(d[0] == "SANCTION" and "MDA" in d[2] for d in found), found


@pytest.mark.parametrize(("text", "dyad"), [
    # ", which X condemned" after an act's object judges the act: its doer is the target
    ("Saudi Arabia deposited $500 million in Yemen's central bank on Wednesday, a week after Houthi rebels seized "
     "the offices of UN agencies in Sanaa and detained dozens of UN staff, which the Gulf kingdom condemned as a "
     "violation of international law.", ("ACCUSE", ("SAU",), ("YEM",))),
    ("Russian police detained two French nationals in Moscow, which France condemned as arbitrary.",
     ("ACCUSE", ("FRA",), ("RUS",))),
    # an accusation's "which" is still the noun it hangs on
    ("Sudan cut ties with the United Arab Emirates, which it accuses of arming the RSF.",
     ("ACCUSE", ("SDN",), ("ARE",))),
])
def test_a_judging_relative_on_an_acts_object_targets_the_doer(coder, text, dyad):
    found = dyads(coder, text)
    assert dyad in found, found


def test_a_summing_noun_before_a_reaction_is_not_its_subject(coder):
    found = dyads(coder, "Pakistan's foreign office demanded that Kabul stop militants from using Afghan soil, a demand "
                         "Kabul rejected hours later.")
    assert any(d[0] == "REJECT" and d[1] == ("AFG",) for d in found), found


@pytest.mark.parametrize(("text", "dyad"), [
    ("Germany's Social Democrats criticised the deal.", ("ACCUSE", ("DEU",), ())),
    ("Hackers linked to Russia's GRU broke into the email accounts of Germany's ruling Social Democrats, Berlin said.",
     ("COERCE", ("RUS",), ("DEU",))),
    ("The U.S. Democrats criticised the deal.", ("ACCUSE", ("USA",), ())),
])
def test_a_party_name_belongs_to_the_country_that_owns_it_in_the_text(coder, text, dyad):
    found = dyads(coder, text)
    assert dyad in found, found


@pytest.mark.parametrize(("text", "dyad"), [
    # (lead's request) the parser makes the place and the speaker one subject list of "said"
    ("Russian troops shelled Kherson, Ukraine said.", ("ASSAULT", ("RUS",), ("UKR",))),
    ("Israeli jets struck Tyre, Lebanon said.", ("ASSAULT", ("ISR",), ("LBN",))),
    # the speaker is never added to the place's list
    ("Russian troops shelled Kharkiv, Belarus said.", ("ASSAULT", ("RUS",), ("UKR",))),
])
def test_a_place_object_read_as_the_speakers_list_stays_the_target(coder, text, dyad):
    found = dyads(coder, text)
    assert dyad in found, found


