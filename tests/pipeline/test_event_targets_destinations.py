"""Trade cuts and easings aimed where their goods are going (event_targets.bound_destination): goods or carriers told
as bound, headed or destined for a party make that party the recipient of a SANCTION or CONCEDE; a seizure stays the
owner's. Sanctioned firms said to have supplied, sold or delivered goods "to" a party serve that party
(event_targets.beneficiary, event_far_recipients.reported_behalf)."""

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("Indonesia halted shipments of thermal coal headed for the Philippines after a pricing dispute, the energy "
     "ministry said on Friday.", ("SANCTION", ("IDN",), ("PHL",))),
    ("China restricted sales of rare earth magnets bound for Japanese carmakers on Wednesday, the commerce ministry "
     "said.", ("SANCTION", ("CHN",), ("JPN",))),
    ("Nigeria lifted its restrictions on fuel tankers destined for Niger on Friday, ending a three-week standoff that "
     "had left filling stations in Niamey dry, officials in Abuja said.", ("CONCEDE", ("NGA",), ("NER",))),
])
def test_a_trade_cut_or_easing_is_aimed_where_its_goods_are_bound(coder, text, dyad):
    assert dyad in dyads(coder, text)


def test_a_seized_tanker_bound_for_a_country_is_no_act_on_that_country(coder):
    found = dyads(coder, "The Greek coast guard seized a tanker bound for Libya off Crete on Saturday, saying it was "
                         "carrying diesel in breach of a United Nations arms embargo.")
    assert not any(d[0] == "COERCE" and "LBY" in d[2] for d in found)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Norway froze the assets of three companies that the foreign ministry said had supplied drone components to "
     "Russia's military, joining sanctions the European Union adopted in June.", ("SANCTION", ("NOR",), ("RUS",))),
    ("The U.S. Treasury blacklisted a shipping company and two of its vessels that had delivered fuel oil to the "
     "Houthis in breach of existing sanctions, officials said on Tuesday.", ("SANCTION", ("USA",), ("YEM",))),
    ("Japan froze the assets of two trading firms which officials said had sold machine tools to Russia.",
     ("SANCTION", ("JPN",), ("RUS",))),
])
def test_sanctioned_firms_serve_the_party_they_supplied_goods_to(coder, text, dyad):
    assert dyad in dyads(coder, text)
