"""A "by" gerund tells the means of the subject's own act (arguments.inherited_subject): in "X angered Y by doing"
X does it, not Y; and a means act with no party of its own is aimed where the reaction it serves is aimed
(event_held_targets.means_target)."""

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


def test_the_means_gerund_belongs_to_the_subject(coder):
    found = dyads(coder, "Guatemala infuriated Honduras by raiding its consulate to detain a fugitive former minister.")
    assert not any(d[0] == "COERCE" and d[1] == ("HND",) for d in found)


@pytest.mark.parametrize(("text", "dyad"), [
    ("Moscow retaliated against Warsaw by expelling three Polish consular officials on Friday.",
     ("SANCTION", ("RUS",), ("POL",))),
    ("Algeria hit back at Paris by expelling twelve embassy staff, the foreign ministry said.",
     ("SANCTION", ("DZA",), ("FRA",))),
])
def test_a_means_act_is_aimed_where_the_reaction_is(coder, text, dyad):
    assert dyad in dyads(coder, text)


def test_a_means_under_an_accused_act_belongs_to_the_accused(coder):
    found = dyads(coder, "Ethiopia accused Egypt of destabilising the region by shipping weapons to Somalia.")
    assert ("AID", ("EGY",), ("SOM",)) in found
