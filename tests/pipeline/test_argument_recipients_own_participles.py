"""A passive participle that is the act coded names its patient, not its agent, as the recipient
(argument_recipients.recipient_mentions with trigger; event_home.foreign_people): "a Greek tanker seized by Iran"
is Iran's act on the tanker."""

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("A Liberian-flagged tanker seized by Iranian commandos in April was freed on Thursday.",
     ("COERCE", ("IRN",), ("LBR",))),
    ("A Vietnamese fishing boat, rammed by a Chinese maritime militia vessel, sank near the Paracels.",
     ("ASSAULT", ("CHN",), ("VNM",))),
    ("Nine Indian fishermen detained by the Pakistani coast guard were handed over at Wagah on Friday.",
     ("COERCE", ("PAK",), ("IND",))),
])
def test_the_noun_a_participle_act_describes_is_its_recipient(coder, text, dyad):
    assert dyad in dyads(coder, text)


def test_a_launch_by_a_party_still_names_that_party(coder):
    assert ("ACCUSE", ("JPN",), ("PRK",)) in dyads(coder, "Japan condemned the missile launch by North Korea.")
