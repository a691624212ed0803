"""Doers of side-clause acts by their slot (pipeline/event_clause_walk.py): a reaction told in an object relative on
a noun that sums the act before it, where the parser read the party as the noun's apposition or hung the verb on
the clause before. Sentences written for these tests (not from any benchmark)."""

from __future__ import annotations

from tests.conftest import code
from tidings.coder import make_story
from tidings.pipeline.event_clause_walk import judged_summary_doer


def _doers(coder, text: str) -> list[tuple[str, str]]:
    doc = coder.parse([text])[0]
    ctx = coder.story_context(doc, make_story(text), stop_after="actors")
    by_tok = {i: m for m in ctx.mentions for i in range(m.start, m.end)}
    return [(t.text, m.code) for t in doc if (m := judged_summary_doer(t, by_tok)) is not None]


MISREAD = ("Sudan's army-aligned government accused the United Arab Emirates of shipping weapons to the Rapid Support "
           "Forces, a charge Abu Dhabi rejected on Thursday.")


def test_judge_after_a_summing_noun_is_the_reactions_doer(coder):
    assert _doers(coder, MISREAD) == [("rejected", "ARE")]


def test_the_judges_denial_contests_the_charge(coder):
    # (a denial of a charge is no REJECT record: docs/claims.md)
    aid = [e for e in code(coder, MISREAD) if e.event == "AID"]
    assert aid and [m.code for m in aid[0].claim.denied_by] == ["ARE"]


def test_a_participle_with_its_own_agent_is_no_reaction(coder):
    assert _doers(coder, "Azerbaijan closed the Russian cultural centre in Baku on Friday, a step Moscow's envoy "
                         "said was ordered by a court.") == []
