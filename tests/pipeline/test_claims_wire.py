"""Claims rules of the fifth round, through the full coder, on wire-style sentences written for
these tests: named news outlets as sources, past conjuncts of a modal clause, the speaker's own
acts inside a denial, conditions and speakers the parser hung in the wrong place."""

from __future__ import annotations

import pytest

from tests.conftest import code

DATE = "2026-11-20"


def _one(events, etype: str):
    found = [e for e in events if e.event == etype]
    assert found, f"no {etype} in {[(e.event, [a.code for a in e.actor]) for e in events]}"
    return found[0]


def _codes(entities) -> set[str]:
    return {e.code for e in entities if e.code}


# -- a named news outlet reports; it does not vouch ---------------------------------------------
@pytest.mark.parametrize("text, etype", [
    ("Iraq expelled two Turkish diplomats on Thursday, state news agency INA said.", "SANCTION"),
    ("Cuba released 553 prisoners under a deal brokered by the Vatican, the official news agency "
     "Prensa Latina reported on Friday.", "RETREAT"),
    ("Venezuelan troops detained three Colombian soldiers near the border, Colombian state television "
     "reported on Sunday.", "COERCE"),
    ("Russia handed over the bodies of 1,000 Ukrainian soldiers on Thursday, Xinhua reported.", "RETREAT"),
])
def test_a_named_news_outlet_as_source_makes_the_event_alleged(coder, text, etype):
    ev = _one(code(coder, text, date=DATE), etype)
    assert ev.claim.status == "alleged", ev.claim.cues


def test_a_named_government_body_still_vouches_for_its_report(coder):
    text = "Iraq expelled two Turkish diplomats on Thursday, the Iraqi foreign ministry said."
    ev = _one(code(coder, text, date=DATE), "SANCTION")
    assert ev.claim.status == "asserted"


@pytest.mark.parametrize("text, etype", [
    ("Ghana has quietly deported 40 Nigerian traders, according to a leaked government memo.", "COERCE"),
    ("Qatar sent $20 million in aid to Afghanistan last year, according to a diplomatic cable obtained by the "
     "newspaper.", "AID"),
])
def test_a_document_as_source_makes_the_event_alleged(coder, text, etype):
    ev = _one(code(coder, text, date=DATE), etype)
    assert ev.claim.status == "alleged", ev.claim.cues


# -- a simple past conjunct is not under the modal of the clause before it -----------------------
@pytest.mark.parametrize("text, etype", [
    ("Poland said on Tuesday it would file a complaint against Belarus at the United Nations and expelled "
     "two Belarusian diplomats.", "SANCTION"),
    ("Kenya said it would review its security pact with Haiti and withdrew 200 police officers from "
     "Port-au-Prince on Friday.", "RETREAT"),
])
def test_a_past_conjunct_of_a_would_clause_is_a_plain_fact(coder, text, etype):
    ev = _one(code(coder, text, date=DATE), etype)
    assert ev.aux_mode is None, ev.claim.cues


def test_the_would_clause_itself_stays_future(coder):
    events = code(coder, "Kenya said it would withdraw 200 police officers from Haiti and recalled its "
                         "ambassador from Port-au-Prince on Friday.", date=DATE)
    planned = [e for e in events if e.aux_mode == "future"]
    assert planned, [(e.event, e.aux_mode) for e in events]


def test_a_past_conjunct_of_a_negated_verb_is_not_negated(coder):
    events = code(coder, "Armenian troops did not fire on Azerbaijani positions and withdrew from the "
                         "disputed hill on Monday, the Armenian defence ministry said.", date=DATE)
    retreat = _one(events, "RETREAT")
    assert retreat.aux_mode is None


# -- the speaker's own acts inside a denial are the speaker's -----------------------------------
def test_an_accusing_participle_inside_a_denial_is_the_deniers_own_act(coder):
    text = ("Rwanda denied on Monday that its soldiers had crossed into Congo, accusing Kinshasa of "
            "shelling Rwandan villages near Gisenyi.")
    events = code(coder, text, date=DATE)
    acc = _one(events, "ACCUSE")
    assert acc.claim.status == "asserted", acc.claim.cues
    assert _codes(acc.actor) == {"RWA"}


# -- a condition or a speaker the parser hung in the wrong place --------------------------------
def test_an_if_clause_hung_on_the_speech_verb_conditions_the_reported_act(coder):
    text = ("Turkey would send troops into northern Syria only if Kurdish fighters refused to leave the "
            "border area, Defence Minister Yasar Guler told reporters on Wednesday.")
    ev = next(e for e in code(coder, text, date=DATE) if e.event in ("MOBILIZE", "THREATEN", "ASSAULT"))
    assert ev.aux_mode in ("hypothetical", None)
    assert ev.aux_mode != "future"


def test_a_sentence_final_anonymous_speaker_distances_the_event(coder):
    text = ("South Korea could send an envoy to Pyongyang if the North halts its missile tests, a senior "
            "South Korean security official told Yonhap on Monday.")
    events = code(coder, text, date=DATE)
    assert events
    ev = events[0]
    assert ev.claim.status == "alleged", ev.claim.cues


def test_a_spokesman_for_a_government_names_the_speaker(coder):
    text = ("Mali's junta expelled the head of the U.N. human rights mission, a spokesman for the Malian "
            "government said on Thursday.")
    ev = next(e for e in code(coder, text, date=DATE) if e.event in ("SANCTION", "COERCE"))
    assert "MLI" in _codes(ev.claim.by), ev.claim.cues


# -- an old date on the act an object asks for dates the answer ---------------------------------
def test_an_old_year_on_the_requested_act_dates_the_rejection(coder):
    text = ("Serbia rejected a European Union demand to impose sanctions on Russia in 2022, saying it "
            "would not harm its traditional ally.")
    ev = _one(code(coder, text, date=DATE), "REJECT")
    assert ev.aux_mode == "historical", ev.claim.cues


# -- a bare verb in a denial answers the same verb with its object ------------------------------
def test_a_denial_with_a_bare_verb_contests_the_fuller_report(coder):
    text = ("The Philippine coast guard said Chinese vessels fired water cannon at a supply boat near "
            "Second Thomas Shoal on Sunday. Beijing denied that its ships had fired at any Philippine "
            "vessel.")
    events = [e for e in code(coder, text, date=DATE) if e.event == "ASSAULT"]
    assert events
    assert all(e.claim.status == "contested" for e in events), [(e.claim.status, e.mode) for e in events]


# -- the speaker's own act conjoined to a negated report is not negated --------------------------
@pytest.mark.parametrize("text, etype", [
    ("Azerbaijan's foreign ministry said its forces had not crossed the border and accused Yerevan of "
     "staging a provocation.", "ACCUSE"),
    ("Niger's junta said its troops had not harmed any civilians and urged the United Nations to send "
     "investigators.", "REQUEST"),
])
def test_a_speech_act_conjoined_to_a_negated_perfect_clause_is_not_negated(coder, text, etype):
    ev = _one(code(coder, text, date=DATE), etype)
    assert ev.aux_mode is None, ev.claim.cues


# -- a month with the year is compared with the story's month -----------------------------------
@pytest.mark.parametrize("text, date, mode", [
    ("Chad expelled the French ambassador in November 2024.", "2026-01-15", None),
    ("Chad expelled the French ambassador in June 2024.", "2026-01-15", "historical"),
    ("Chad expelled the French ambassador in November 2023.", "2026-01-15", "historical"),
    ("Chad expelled the French ambassador in 2023.", "2025-02-01", "historical"),
])
def test_a_month_and_year_is_historical_only_two_years_back(coder, text, date, mode):
    ev = _one(code(coder, text, date=date), "SANCTION")
    assert ev.aux_mode == mode, ev.claim.cues


# -- a declared readiness for a cooperative act is an offer: AGREE ------------------------------
@pytest.mark.parametrize("text, planned", [
    ("Serbian President Aleksandar Vucic said on Monday that Belgrade was ready to sign a free trade "
     "agreement with the European Union.", "SUPPORT"),
    ("Venezuela is willing to hold talks with the United States on deportation flights, a spokesman for "
     "the Venezuelan foreign ministry said.", "CONSULT"),
])
def test_a_declared_readiness_for_cooperation_is_agree(coder, text, planned):
    events = code(coder, text, date=DATE)
    agree = [e for e in events if e.event == "AGREE"]
    assert agree, [(e.event, e.aux_mode, e.claim.cues) for e in events]
    assert agree[0].aux_mode is None  # the offer was made
    assert agree[0].planned_event == planned


def test_would_have_after_a_report_is_a_counterfactual_not_a_plan(coder):
    text = ("Russia would have seized Odesa in 2022 without Western weapons, Ukrainian President "
            "Volodymyr Zelenskiy told the Danish parliament on Tuesday.")
    events = [e for e in code(coder, text, date=DATE) if e.event in ("ASSAULT", "COERCE")]
    assert events
    assert events[0].aux_mode == "hypothetical", events[0].claim.cues


# -- what a promise says will happen is the promise's content, one AGREE -------------------------
def test_a_promised_act_in_a_that_clause_is_one_agree(coder):
    text = ("Indonesian President Prabowo Subianto promised visiting French officials that Jakarta would "
            "buy 12 more Rafale fighter jets.")
    agrees = [e for e in code(coder, text, date=DATE) if e.event == "AGREE"]
    assert len(agrees) == 1, [(e.event, e.event_text) for e in agrees]
    assert agrees[0].aux_mode is None


def test_a_separate_said_it_would_after_a_vow_stays_its_own_plan(coder):
    text = "Norway vowed to keep supporting Ukraine and said it would send more generators next month."
    planned = [e for e in code(coder, text, date=DATE) if e.event == "AGREE" and e.aux_mode == "future"]
    assert planned


def test_assured_that_x_would_is_a_plan(coder):
    text = "Hungarian Prime Minister Viktor Orban assured NATO allies that Budapest would ratify Sweden's accession."
    ev = next(e for e in code(coder, text, date=DATE) if e.event in ("SUPPORT", "AGREE"))
    assert ev.aux_mode in ("future", None) and ev.aux_mode != "hypothetical", ev.claim.cues


# -- the doer of an active verb happened; a past conjunct of a progressive is its own clause ----
@pytest.mark.parametrize("text, etype", [
    ("Iran's crackdown on Afghan migrants has pushed more than a million people across the border "
     "since January, the U.N. refugee agency said.", "COERCE"),
    ("Sudan's expulsion of U.N. staff threatens aid deliveries to Darfur, the World Food Programme said.",
     "SANCTION"),
])
def test_an_event_noun_doing_the_governing_verb_is_not_governed_by_it(coder, text, etype):
    events = [e for e in code(coder, text, date=DATE) if e.event == etype]
    assert events
    assert all(e.aux_mode is None for e in events), [(e.event, e.aux_mode, e.claim.cues) for e in events]


def test_a_past_conjunct_of_a_negated_progressive_is_not_negated(coder):
    text = ("Australia's foreign minister said Canberra was not trying to isolate China and wanted to "
            "cooperate with Beijing on climate change.")
    events = [e for e in code(coder, text, date=DATE) if e.event in ("COOPERATE", "AGREE")]
    assert all(e.aux_mode != "negation" for e in events), [(e.event, e.aux_mode, e.claim.cues) for e in events]


def test_a_closing_relative_clause_with_a_claim_verb_is_no_report(coder):
    text = "Morocco's king pledged to develop the Western Sahara region, which Algeria claims is occupied."
    events = code(coder, text, date=DATE)
    assert events
    assert all(e.claim.status == "asserted" for e in events), [(e.event, e.claim.cues) for e in events]


def test_an_era_reached_through_another_preposition_does_not_date_the_act(coder):
    text = "Belarus freed 14 political prisoners in the largest release since the Cold War, Lithuanian officials said."
    events = [e for e in code(coder, text, date=DATE) if e.event == "RETREAT"]
    assert events
    assert events[0].aux_mode is None, events[0].claim.cues


@pytest.mark.parametrize("text, etype", [
    ("Norway no longer sends weapons to Israel, the Norwegian foreign ministry said.", "AID"),
    ("Russian forces are no longer shelling the port of Kherson, the regional governor said.", "ASSAULT"),
])
def test_no_longer_negates_the_act(coder, text, etype):
    ev = _one(code(coder, text, date=DATE), etype)
    assert ev.aux_mode == "negation", ev.claim.cues


def test_the_deniers_own_counter_claim_coordinated_with_its_denial_is_not_disputed(coder):
    text = ("Belgrade rejected the accusations as lies and said Kosovo police had detained three Serb "
            "villagers near the border the same day.")
    events = [e for e in code(coder, text, date=DATE) if e.event == "COERCE"]
    assert events
    assert events[0].claim.status == "asserted", events[0].claim.cues


# -- round 8: unvouched reports ------------------------------------------------------------------
@pytest.mark.parametrize("text, etype", [
    ("Vietnamese fishing boats were rammed by a Chinese maritime militia ship near the Paracels, "
     "state broadcaster VTV reported on Monday.", "ASSAULT"),
    ("Israeli aircraft struck a building in Tyre on Wednesday, the daily newspaper L'Orient-Le Jour reported.",
     "ASSAULT"),
    ("Kenyan police detained 30 marchers in Mombasa on Saturday, according to families of the detained men.",
     "COERCE"),
    ("Myanmar troops torched homes in two villages in Sagaing, villagers said.", "ASSAULT"),
])
def test_a_described_outlet_or_lay_witnesses_make_the_event_alleged(coder, text, etype):
    ev = _one(code(coder, text, date=DATE), etype)
    assert ev.claim.status == "alleged", ev.claim.cues


@pytest.mark.parametrize("text, etype", [
    ("Suspected ISWAP fighters stormed a military base in Borno state overnight, killing 11 soldiers.", "ASSAULT"),
    ("Alleged members of the Sinaloa cartel abducted two Guatemalan nationals in Chiapas.", "ASSAULT"),
    ("Gunmen thought to belong to Boko Haram attacked a convoy near Maiduguri.", "ASSAULT"),
])
def test_a_doer_who_is_only_suspected_makes_the_event_alleged(coder, text, etype):
    ev = _one(code(coder, text, date=DATE), etype)
    assert ev.claim.status == "alleged", ev.claim.cues


def test_a_rights_group_telling_what_a_militia_did_alleges_it(coder):
    text = ("Amnesty International said on Tuesday that RSF fighters had raped and killed dozens of women "
            "in villages around Geneina.")
    ev = _one(code(coder, text, date=DATE), "ASSAULT")
    assert ev.claim.status == "alleged"
    assert _codes(ev.claim.by) == {"NGO"}


@pytest.mark.parametrize("text, etype, status", [
    # its own acts it vouches for
    ("Medecins Sans Frontieres said it had evacuated 40 patients from a hospital in Khan Younis.", None, None),
    # a figure according to a named monitor stays that monitor's assertion
    ("Clashes between police and protesters in Nairobi left 12 people dead, according to the Kenya "
     "National Commission on Human Rights.", "ASSAULT", "asserted"),
    # a suspect arrested is no unproven doer
    ("Pakistani police arrested four suspected militants in Quetta on Friday.", "COERCE", "asserted"),
    # a state council with a news-like word in its name is no outlet
    ("Serbia moved troops to its border with Kosovo, according to the U.S. National Security Council.",
     "MOBILIZE", "asserted"),
])
def test_named_bodies_own_acts_and_arrested_suspects_stay_asserted(coder, text, etype, status):
    events = code(coder, text, date=DATE)
    for ev in events:
        if etype is None or ev.event == etype:
            assert ev.claim.status == (status or "asserted"), (ev.event, ev.claim.cues)


@pytest.mark.parametrize("text, etype", [
    ("Latvia's foreign ministry said on Monday that Riga would close the Russian consulate in Daugavpils.", "SANCTION"),
    ("Kenya's interior minister said the government will expel two Chinese journalists this week.", "COERCE"),
])
def test_a_penalty_a_party_says_it_will_impose_is_decided_not_threatened(coder, text, etype):
    events = code(coder, text, date=DATE)
    assert not [e for e in events if e.event == "THREATEN"], [(e.event, e.aux_mode) for e in events]
    assert _one(events, etype).aux_mode == "future"


def test_a_penalty_a_party_says_it_could_impose_is_a_threat(coder):
    text = "Estonia's prime minister said Tallinn could expel Russian diplomats if the sabotage continued."
    assert _one(code(coder, text, date=DATE), "THREATEN").aux_mode is None


def test_not_ruling_out_strikes_is_a_threat_with_no_negation(coder):
    text = "Israel's defence minister said he had not ruled out new strikes on Iranian nuclear sites."
    assert _one(code(coder, text, date=DATE), "THREATEN").aux_mode is None


@pytest.mark.parametrize("text, status, by", [
    # a described outlet before its name, the name read as a clause of the description
    ("Azerbaijan detained three Russian journalists in Baku on Monday, Russian state news agency TASS reported.",
     "alleged", "RUS"),
    # the speech verb left without a subject, the name read as an apposition of the object
    ("Mali's junta expelled the French ambassador, the country's state broadcaster ORTM reported on Tuesday.",
     "alleged", "MLI"),
    ("Mali's junta expelled the French ambassador, the country's foreign minister Abdoulaye Diop announced on "
     "Tuesday.", "asserted", "MLI"),
])
def test_a_speaker_closing_the_sentence_reports_it_however_parsed(coder, text, status, by):
    ev = code(coder, text, date=DATE)[0]
    assert ev.claim.status == status, ev.claim.cues
    assert by in {m.code for m in ev.claim.by}


@pytest.mark.parametrize("text, speaker, denier", [
    ("Azerbaijan detained three Russian journalists in Baku on Monday, Russian state news agency TASS reported, "
     "a report Baku denied.", "RUS", "AZE"),
    ("Israeli troops killed two Palestinians in Jenin, the Palestinian health ministry said on Monday, a claim "
     "the Israeli military disputed.", "PSE", "ISR"),
])
def test_a_closing_summary_denial_after_the_speaker_contests_the_report(coder, text, speaker, denier):
    ev = code(coder, text, date=DATE)[0]
    assert ev.claim.status == "contested", ev.claim.cues
    assert speaker in {m.code for m in ev.claim.by} and denier in {m.code for m in ev.claim.denied_by}


def test_a_closing_noun_phrase_that_names_no_speaker_reports_nothing(coder):
    ev = code(coder, "Niger's junta suspended the broadcasts of the BBC, the measures announced on Tuesday.",
              date=DATE)[0]
    assert ev.claim.status == "asserted" and not ev.claim.by


# -- a report coordinated with the act it tells: its comma is the parser's child of the report verb ---------
@pytest.mark.parametrize("text, etype", [
    ("North Korean leader Kim Jong Un accused the United States and South Korea of rehearsing an invasion and "
     "inspected a new artillery unit near the western border, state news agency KCNA reported on Sunday.", "ACCUSE"),
    ("Iraqi forces expelled two Turkish diplomats from Baghdad and closed a consulate in Mosul, the state news "
     "agency INA reported on Thursday.", "SANCTION"),
    ("Venezuelan troops detained three Colombian soldiers near the border and seized their rifles, Colombian "
     "state television reported on Sunday.", "COERCE"),
])
def test_a_closing_media_report_covers_the_first_of_two_coordinated_acts(coder, text, etype):
    ev = _one(code(coder, text, date=DATE), etype)
    assert ev.claim.status == "alleged", ev.claim.cues


@pytest.mark.parametrize("text, etype", [
    ("Iraqi forces expelled two Turkish diplomats from Baghdad, the state news agency INA reported on Thursday.",
     "SANCTION"),
    ("Japan's coast guard detained a Chinese fishing captain near the Senkaku islands, the public broadcaster NHK "
     "reported.", "COERCE"),
    ("Cuba freed 200 prisoners on Friday, the official news agency Prensa Latina reported.", "RETREAT"),
])
def test_a_news_outlet_named_after_its_descriptor_reports(coder, text, etype):
    ev = _one(code(coder, text, date=DATE), etype)
    assert ev.claim.status == "alleged", ev.claim.cues


@pytest.mark.parametrize("text, hedged, told", [
    ("Israeli jets reportedly struck a convoy near the Syrian border, prompting Lebanon to lodge a complaint with "
     "the United Nations.", "ASSAULT", "ACCUSE"),
    ("Sudanese paramilitaries reportedly looted a hospital in El Obeid, prompting the World Health Organization to "
     "suspend its operations in the city.", "ASSAULT", "RETREAT"),
    ("Chinese ships allegedly rammed a Vietnamese fishing boat near the Paracels, prompting Hanoi to summon "
     "Beijing's ambassador.", "COERCE", "ACCUSE"),
])
def test_what_a_hedged_act_prompted_is_told_by_the_story(coder, text, hedged, told):
    found = code(coder, text, date=DATE)
    assert any(e.event == told and e.claim.status == "asserted" for e in found)


def test_denial_of_reports_after_a_time_phrase_denies_the_act_and_is_no_rejection(coder):
    found = [(e.event, e.claim.status) for e in code(
        coder, "Chile rejected on Monday reports that its navy had boarded a Peruvian trawler.", date="2026-11-20")]
    assert found == [("COERCE", "denied")]


@pytest.mark.parametrize("text", [
    "Chile sent two frigates to Peru, a source familiar with the plans said.",
    "Chile sent two frigates to the Strait of Magellan, the local television channel Sur reported.",
])
def test_closing_anonymous_source_or_outlet_the_parser_misread_makes_the_act_alleged(coder, text):
    assert [e.claim.status for e in code(coder, text, date="2026-11-20")] == ["alleged"]


def test_citing_unnamed_people_of_any_kind_makes_the_report_alleged(coder):
    text = ("Peruvian troops crossed into Ecuador on Sunday, Ecuador's army said, citing unnamed border "
            "commanders.")
    assert [e.claim.status for e in code(coder, text, date="2026-11-20")] == ["alleged"]
