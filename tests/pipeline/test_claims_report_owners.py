"""Denials that name the report's owner contest it; a summary denial answers only what came before it; a label put
on a refused thing is not refused (attribution_denials, claim_links, modality). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import code

DATE = "2026-11-27"


@pytest.mark.parametrize("text, etype", [
    ("Netanyahu's office denied a report by the Israeli broadcaster Kan that Israel had secretly agreed to let "
     "Turkish troops join a stabilisation force in Gaza, calling it fabricated.", "AGREE"),
    ("Iran's foreign ministry rejected a report by the New York Times that Tehran had shipped short-range "
     "missiles to Russia, calling it a fabrication.", "AID"),
    ("Egypt's foreign ministry denied a report by the Wall Street Journal that Cairo had agreed to host "
     "Palestinians from Gaza in camps in northern Sinai.", "AGREE"),
    # the outlets that carried the reports ("in the Turkish press") put them forward, like "a report by"
    ("Greek officials rejected reports in the Turkish press that Greece's coast guard had pushed two migrant "
     "boats back toward the Turkish coast near Lesbos.", "COERCE"),
    ("Thailand's army on Sunday denied reports in Cambodian media that Thai soldiers had fired mortar rounds at a "
     "Cambodian border post near Preah Vihear.", "ASSAULT"),
])
def test_a_denied_report_whose_owner_is_named_is_contested(coder, text, etype):
    evs = [e for e in code(coder, text, date=DATE) if e.event == etype]
    assert evs and evs[0].claim.status == "contested"


def test_a_reports_outlet_is_no_target_of_the_act_it_reports(coder):
    # (the parser hangs "that its navy had seized ..." on the report noun as if a participle modified it)
    evs = [e for e in code(coder, "The Venezuelan government denied a report by Colombian broadcaster Caracol that "
                                  "its navy had seized two Guyanese fishing boats off the disputed Essequibo coast.",
                           date=DATE) if e.event == "COERCE"]
    assert evs and [r.code for r in evs[0].recipient] == ["GUY"]


@pytest.mark.parametrize("text", [
    "The Democratic Republic of Congo's army said it had recaptured the town of Walikale from M23 rebels on "
    "Monday, a claim the rebels denied, while both sides accused each other of shelling villages near the front.",
    "Myanmar's junta said its troops had retaken the town of Bhamo on Friday, a claim the rebels denied, while "
    "both sides accused each other of killing civilians.",
])
def test_a_summary_denial_answers_what_came_before_it_only(coder, text):
    evs = code(coder, text, date=DATE)
    assaults = [e for e in evs if e.event == "ASSAULT"]
    accusations = [e for e in evs if e.event == "ACCUSE"]
    assert assaults and assaults[0].claim.status == "contested"
    assert all(e.claim.status != "contested" for e in accusations)


@pytest.mark.parametrize("text", [
    "Niger's junta refused to extend the mandate of the European Union's training mission, calling it a relic of "
    "colonial meddling.",
    "Venezuela's government refused to recognise the opposition's tally of the presidential vote, calling it a "
    "sham.",
    "Georgia's government declined to endorse the European Parliament's resolution on its elections, calling it an "
    "insult to Georgian voters.",
])
def test_a_label_put_on_a_refused_thing_is_not_negated(coder, text):
    evs = code(coder, text, date=DATE)
    assert all(e.aux_mode != "negation" for e in evs if e.event == "ACCUSE")


@pytest.mark.parametrize("text", [
    "Georgia's ruling party rejected calls from Brussels for a rerun of the parliamentary election on Tuesday.",
    "Serbia's president rebuffed an appeal from the European Commission for talks with Pristina on Monday.",
    "Niger's junta rejected demands from ECOWAS for the release of the ousted president, state television said.",
])
def test_a_request_another_party_made_is_not_negated_by_its_refusal(coder, text):
    requests = [e for e in code(coder, text, date=DATE) if e.event == "REQUEST"]
    assert all(e.aux_mode != "negation" for e in requests)
