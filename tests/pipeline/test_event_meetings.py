"""Who meets whom (event_meetings.py, round 9): a go-between's talks are the parties' talks, and a
'worked with' partner is the recipient of a directed COOPERATE (docs/plover-decisions.md, Visits and
Actors and recipients)."""

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Qatar hosted talks between Rwanda and Congo in Doha on Monday.", ("CONSULT", ("COD", "RWA"), ())),
    ("Saudi Arabia hosted talks between U.S. and Russian delegations in Riyadh.", ("CONSULT", ("RUS", "USA"), ())),
    ("Negotiators from Armenia and Azerbaijan held talks in Abu Dhabi hosted by the United Arab Emirates.",
     ("CONSULT", ("ARM", "AZE"), ())),
])
def test_the_go_between_of_talks_is_no_party(coder, text, dyad):
    assert dyads(coder, text) == [dyad]


def test_talks_at_a_hosted_venue_are_one_meeting_of_the_parties(coder):
    assert dyads(coder, "Pakistani and Afghan officials met in Doha on Sunday at talks hosted by Qatar.") == [
        ("CONSULT", ("AFG", "PAK"), ())]


def test_a_host_of_guests_stays_a_visit(coder):
    assert dyads(coder, "Qatar hosted Rwanda's president in Doha on Monday.") == [("CONSULT", ("RWA",), ("QAT",))]


@pytest.mark.parametrize(("text", "dyad"), [
    ("Ghana worked with Togo's police to arrest the suspects.", ("COOPERATE", ("GHA",), ("TGO",))),
    ("Kenya is working with Somalia to secure their shared border, the interior minister said.",
     ("COOPERATE", ("KEN",), ("SOM",))),
    ("Canada and Mexico worked with the United States to avert a trade war.", ("COOPERATE", ("CAN", "MEX"), ("USA",))),
    ("Germany cooperated with Poland to catch the smugglers.", ("COOPERATE", ("DEU",), ("POL",))),
    # near-miss: working together stays symmetric
    ("India and Japan worked together on a high-speed rail line.", ("COOPERATE", ("IND", "JPN"), ())),
])
def test_worked_with_is_directed(coder, text, dyad):
    assert dyads(coder, text) == [dyad]


@pytest.mark.parametrize(("text", "dyad"), [
    # the parser hangs the list's first name on the verb: it still meets
    ("Turkey, Russia and Iran met in Astana for talks on Syria.", ("CONSULT", ("IRN", "RUS", "TUR"), ())),
    ("Armenia, Azerbaijan and Russia held a three-way meeting in Moscow.", ("CONSULT", ("ARM", "AZE", "RUS"), ())),
])
def test_every_listed_country_meets(coder, text, dyad):
    assert dyads(coder, text) == [dyad]


@pytest.mark.parametrize(("text", "dyad"), [
    # the place hung on the partner's name, and talks held where someone "was"
    ("Turkish Foreign Minister Hakan Fidan held talks with his Iraqi counterpart Fuad Hussein in Baghdad on "
     "Sunday on water sharing.", ("CONSULT", ("TUR",), ("IRQ",))),
    ("Qatar's prime minister was in Cairo on Monday for talks with Egyptian officials on the Gaza truce.",
     ("CONSULT", ("QAT",), ("EGY",))),
])
def test_talks_in_one_partys_capital_are_a_visit_when_the_place_hangs_on_the_partner(coder, text, dyad):
    events = coder.code(text, date="2025-06-04")
    assert dyad in dyads(coder, text)
    assert any(e.event == "CONSULT" and e.mode == "visit" for e in events)


def test_talks_set_off_with_a_hosting_participle_are_third_party(coder):
    text = "Israeli and Lebanese negotiators held indirect talks in Naqoura on Tuesday, hosted by the United Nations."
    events = [e for e in coder.code(text, date="2025-06-04") if e.event == "CONSULT"]
    assert any(e.mode == "third-party" for e in events), [(e.mode, e.event_text) for e in events]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    # a country the purpose clause is about, after a preposition: the topic, not a third participant
    ("German and Polish defence ministers met in Berlin on Monday to discuss air defence guarantees for Lithuania.",
     ("POL",), ("DEU",)),
    ("Kenyan and Ethiopian officials met in Nairobi on Tuesday to discuss aid to Somalia.", ("ETH",), ("KEN",)),
])
def test_purpose_clause_country_after_a_preposition_is_the_topic(coder, text, actor, recipient):
    assert ("CONSULT", actor, recipient) in dyads(coder, text)
