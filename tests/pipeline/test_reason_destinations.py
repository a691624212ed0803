"""A transfer's "to" phrase the parser hung on the main verb past a reason phrase belongs to the transfer noun
(reason_destinations): the penalty gains no second target, and the transfer keeps its receiver."""



def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


def test_a_supply_in_the_reason_phrase_keeps_its_receiver(coder):
    found = dyads(coder, "Canada imposed sanctions on six North Korean officials over Pyongyang's supply of "
                         "artillery shells to Russia.")
    assert ("SANCTION", ("CAN",), ("PRK",)) in found
    assert not any(d[0] == "SANCTION" and "RUS" in d[2] for d in found)


def test_the_verbs_own_to_phrase_stays_the_verbs(coder):
    assert ("AID", ("DEU",), ("UKR",)) in dyads(coder, "Germany sent two air defence systems to Ukraine.")


def test_a_receiver_hung_on_the_penalty_noun_belongs_to_the_transfer(coder):
    found = dyads(coder, "China imposed sanctions on Boeing's defence unit over U.S. weapons sales to Taiwan.")
    assert not any(d[0] == "SANCTION" and "TWN" in d[2] for d in found)
