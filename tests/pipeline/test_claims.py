"""Claim status and aux-mode recoding (tidings.pipeline.claims) on real spaCy parses.

The events and actors stages are developed separately, so most tests build the
StoryContext by hand: a real parse, actor mentions for the names below, and the
candidate event the events stage would create.
"""

from __future__ import annotations

import re

import pytest

from tidings.coder import finalize, make_story, parse_date
from tidings.pipeline.base import Candidate, Mention, StoryContext
from tidings.pipeline.claims import Claims

NAMES = {
    "United States": "USA", "U.S.": "USA", "Washington": "USA", "Blinken": "USA",
    "Britain": "GBR", "British": "GBR", "Iran": "IRN", "Tehran": "IRN", "Iranian": "IRN",
    "Russia": "RUS", "Moscow": "RUS", "Russian": "RUS", "Ukraine": "UKR", "Kyiv": "UKR",
    "Ukrainian": "UKR", "Israel": "ISR", "Lebanon": "LBN", "China": "CHN", "Pakistan": "PAK",
    "Armenia": "ARM", "Armenian": "ARM", "Azerbaijan": "AZE", "Baku": "AZE",
}
_NAME_RE = re.compile(r"\b(" + "|".join(re.escape(n) for n in sorted(NAMES, key=len, reverse=True)) + r")(?!\w)")


@pytest.fixture(scope="module")
def claims(coder) -> Claims:
    return Claims(coder.nlp, coder.config)


def context(coder, text: str, date: str | None = "2024-09-10") -> StoryContext:
    story = make_story(text, date=date)
    doc = coder.nlp(text)
    ctx = StoryContext(story=story, doc=doc, pub_date=parse_date(story.date))
    sent_of = {t.i: si for si, s in enumerate(ctx.sents) for t in s}
    for m in _NAME_RE.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        ctx.mentions.append(Mention(span.start, span.end, span.start_char, span.end_char, span.text,
                                    NAMES[m.group(1)], None, "country", sent_of[span.start], span.root.i))
    return ctx


def add(ctx: StoryContext, trigger: str, event: str, actor: list[str], recipient: list[str] = (),
        nth: int = 0, mode: str | None = None) -> Candidate:
    """Add the candidate the events stage would make for the nth token ``trigger``."""
    tok = [t for t in ctx.doc if t.text == trigger][nth]
    si = next(i for i, s in enumerate(ctx.sents) if s.start <= tok.i < s.end)

    def pick(names):
        return [next(m for m in ctx.mentions if m.text == n and m.sent_index == si) for n in names]

    cand = Candidate(sent_index=si, trigger=tok.i, trigger_start=tok.i, trigger_end=tok.i + 1,
                     event=event, mode=mode, actor=pick(actor), recipient=pick(list(recipient)))
    ctx.candidates.append(cand)
    return cand


def codes(mentions) -> list[str]:
    return sorted({m.code for m in mentions})


# -- claim status, one sentence -------------------------------------------------------------
def test_narrated_event_is_asserted_by_the_story(coder, claims):
    ctx = context(coder, "Russia attacked Kyiv on Monday.")
    cand = add(ctx, "attacked", "ASSAULT", ["Russia"], ["Kyiv"])
    claims(ctx)
    assert (cand.claim_status, cand.claim_by, cand.aux_mode) == ("asserted", [], None)


def test_reported_speech_is_asserted_with_the_speaker(coder, claims):
    ctx = context(coder, "Blinken said Iran had shipped missiles to Russia.")
    cand = add(ctx, "shipped", "AID", ["Iran"], ["Russia"])
    claims(ctx)
    assert cand.claim_status == "asserted"
    assert [m.text for m in cand.claim_by] == ["Blinken"]
    assert "asserted:said" in cand.claim_cues


def test_accusation_makes_the_embedded_event_alleged_by_the_accusers(coder, claims):
    ctx = context(coder, "The United States and Britain accused Iran of supplying missiles to Russia.")
    accuse = add(ctx, "accused", "ACCUSE", ["United States", "Britain"], ["Iran"], mode="allege")
    aid = add(ctx, "supplying", "AID", ["Iran"], ["Russia"])
    claims(ctx)
    assert accuse.claim_status == "asserted"  # the accusing itself happened
    assert aid.claim_status == "alleged"
    assert codes(aid.claim_by) == ["GBR", "USA"]


def test_according_to_intelligence_is_alleged_by_that_source(coder, claims):
    ctx = context(coder, "Iran shipped drones to Russia, according to U.S. intelligence.")
    cand = add(ctx, "shipped", "AID", ["Iran"], ["Russia"])
    claims(ctx)
    assert cand.claim_status == "alleged"
    assert codes(cand.claim_by) == ["USA"]
    assert any(c.startswith("alleged:according to") for c in cand.claim_cues)


def test_reports_based_on_intelligence_sources_are_alleged_by_them(coder, claims):
    ctx = context(coder, "Reports of drone deliveries from Iran emerged on Sunday, based on U.S. intelligence sources.")
    cand = add(ctx, "deliveries", "AID", ["Iran"])
    claims(ctx)
    assert cand.claim_status == "alleged" and codes(cand.claim_by) == ["USA"]


def test_according_to_a_named_institution_is_asserted(coder, claims):
    ctx = context(coder, "Russia launched 40 drones overnight, according to the Ukrainian air force.")
    cand = add(ctx, "launched", "ASSAULT", ["Russia"])
    claims(ctx)
    assert cand.claim_status == "asserted" and codes(cand.claim_by) == ["UKR"]


@pytest.mark.parametrize(
    "text",
    [
        "Iran reportedly shipped drones to Russia.",
        "Iran allegedly shipped drones to Russia.",
        "Iran is believed to have shipped drones to Russia.",
        "Iran is suspected of having shipped drones to Russia.",
        "Officials said Iran had shipped drones to Russia.",
        "Sources say Iran shipped drones to Russia.",
        "Intelligence suggests that Iran shipped drones to Russia.",
        "Reports that Iran shipped drones to Russia surfaced on Monday.",
        "Ukraine claimed that Iran shipped drones to Russia.",
        "Ukraine insisted that Iran shipped drones to Russia.",
        "Iran appears to have shipped drones to Russia.",
        "Ukraine said, without providing evidence, that Iran shipped drones to Russia.",
        "A newspaper reported, citing unnamed officials, that Iran shipped drones to Russia.",
        "Iran's purported role was clear: it shipped drones to Russia, according to sources.",
    ],
)
def test_distanced_reports_are_alleged(coder, claims, text):
    ctx = context(coder, text)
    cand = add(ctx, "shipped", "AID", ["Iran"], ["Russia"])
    claims(ctx)
    assert cand.claim_status == "alleged", cand.claim_cues


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Iran denied that it had shipped drones to Russia.", "shipped"),
        ("Iran denied shipping drones to Russia.", "shipping"),
        ("Tehran rejected claims that Iran had shipped drones to Russia.", "shipped"),
        ("Tehran called reports that Iran shipped drones to Russia baseless.", "shipped"),
    ],
)
def test_denials_set_denied_by_and_are_not_negations(coder, claims, text, trigger):
    ctx = context(coder, text)
    cand = add(ctx, trigger, "AID", ["Iran"], ["Russia"])
    claims(ctx)
    assert cand.claim_status == "denied"
    assert codes(cand.denied_by) == ["IRN"]
    assert cand.aux_mode is None


def test_alleged_modifier_on_an_event_noun(coder, claims):
    ctx = context(coder, "Russia's alleged attack on Kyiv killed three people.")
    cand = add(ctx, "attack", "ASSAULT", ["Russia"], ["Kyiv"])
    claims(ctx)
    assert cand.claim_status == "alleged" and "alleged:alleged" in cand.claim_cues


def test_denied_plan_is_a_denied_future_event(coder, claims):
    ctx = context(coder, "Russia denied any plans to attack Kyiv.")
    cand = add(ctx, "attack", "ASSAULT", ["Russia"], ["Kyiv"])
    claims(ctx)
    assert (cand.aux_mode, cand.claim_status, codes(cand.denied_by)) == ("future", "denied", ["RUS"])


def test_negated_evidential_frame_negates_the_alleged_event(coder, claims):
    ctx = context(coder, "Russia is not believed to have attacked Kyiv.")
    cand = add(ctx, "attacked", "ASSAULT", ["Russia"], ["Kyiv"])
    claims(ctx)
    assert (cand.aux_mode, cand.claim_status) == ("negation", "alleged")


def test_denying_an_event_noun_is_a_denial_but_rejecting_it_is_a_refusal(coder, claims):
    results = []
    for text, trigger, event, actor in [
        ("Iran denied the attack on the tanker.", "attack", "ASSAULT", "Iran"),
        ("Russia rejected talks with Ukraine.", "talks", "CONSULT", "Russia"),
        ("Iran decried the attack on the tanker.", "attack", "ASSAULT", "Iran"),
    ]:
        ctx = context(coder, text)
        results.append(add(ctx, trigger, event, [actor]))
        claims(ctx)
    denied, refused, decried = results
    assert (denied.claim_status, denied.aux_mode) == ("denied", None)
    assert (refused.claim_status, refused.aux_mode) == ("asserted", "negation")
    assert (decried.claim_status, decried.aux_mode) == ("asserted", None)


def test_negated_event_is_never_a_plain_assertion(coder, claims):
    ctx = context(coder, "Iran did not ship drones to Russia.")
    cand = add(ctx, "ship", "AID", ["Iran"], ["Russia"])
    claims(ctx)
    assert cand.aux_mode == "negation" and "negation:not" in cand.claim_cues


# -- contradictory cues ---------------------------------------------------------------------
def test_did_not_deny_is_not_a_denial(coder, claims):
    ctx = context(coder, "Iran did not deny shipping drones to Russia.")
    cand = add(ctx, "shipping", "AID", ["Iran"], ["Russia"])
    claims(ctx)
    assert cand.claim_status == "asserted" and cand.denied_by == []


def test_denial_then_admission_in_one_sentence_is_asserted(coder, claims):
    ctx = context(coder, "Iran denied the shipments at first but later admitted that it had sent drones to Russia.")
    cand = add(ctx, "sent", "AID", ["Iran"], ["Russia"])
    claims(ctx)
    assert cand.claim_status == "asserted"


def test_later_admission_overrides_an_earlier_denial_across_sentences(coder, claims):
    ctx = context(coder, "Iran denied sending drones to Russia. In November, Tehran admitted that Iran had sent drones to Russia.",
                  date="2022-11-20")
    add(ctx, "sending", "AID", ["Iran"], ["Russia"])
    add(ctx, "sent", "AID", ["Iran"], ["Russia"])
    claims(ctx)
    assert [c.claim_status for c in ctx.candidates] == ["asserted"]


def test_negated_future_is_negation(coder, claims):
    ctx = context(coder, "Blinken will not meet Iranian officials.")
    cand = add(ctx, "meet", "CONSULT", ["Blinken"], ["Iranian"])
    claims(ctx)
    assert (cand.event, cand.aux_mode, cand.planned_event) == ("CONSULT", "negation", None)


# -- across sentences -------------------------------------------------------------------------
STORY = (
    "The United States accused Iran on Monday of supplying ballistic missiles to Russia. "
    "Washington said the shipments began this summer. "
    "Iran has denied the allegations."
)


def test_general_denial_later_in_the_story_makes_the_allegation_contested(coder, claims):
    ctx = context(coder, STORY)
    accuse = add(ctx, "accused", "ACCUSE", ["United States"], ["Iran"], mode="allege")
    aid = add(ctx, "supplying", "AID", ["Iran"], ["Russia"])
    claims(ctx)
    assert accuse.claim_status == "asserted"
    assert aid.claim_status == "contested"
    assert codes(aid.claim_by) == ["USA"] and codes(aid.denied_by) == ["IRN"]


def test_denied_duplicate_merges_into_the_contested_event(coder, claims):
    text = ("Azerbaijan accused Armenia of shelling its positions on Sunday. "
            "The Armenian defence ministry rejected claims that Armenian troops had shelled positions near Baku.")
    ctx = context(coder, text)
    add(ctx, "shelling", "ASSAULT", ["Armenia"], ["Azerbaijan"])
    add(ctx, "shelled", "ASSAULT", ["Armenian"], ["Baku"], nth=0)
    claims(ctx)
    assaults = [c for c in ctx.candidates if c.event == "ASSAULT"]
    assert len(assaults) == 1
    (kept,) = assaults
    assert kept.claim_status == "contested"
    assert codes(kept.claim_by) == ["AZE"] and codes(kept.denied_by) == ["ARM"]


def test_saying_the_accusations_are_false_is_a_general_denial(coder, claims):
    ctx = context(coder, STORY.replace("Iran has denied the allegations.", "Tehran said the accusations were baseless."))
    aid = add(ctx, "supplying", "AID", ["Iran"], ["Russia"])
    claims(ctx)
    assert aid.claim_status == "contested" and codes(aid.denied_by) == ["IRN"]


def test_actor_saying_it_did_not_do_it_contests_the_allegation(coder, claims):
    ctx = context(coder, "Britain accused Iran of sending drones to Russia. Tehran says Iran has not sent any drones to Russia.")
    alleged = add(ctx, "sending", "AID", ["Iran"], ["Russia"])
    negated = add(ctx, "sent", "AID", ["Iran"], ["Russia"])
    claims(ctx)
    assert alleged.claim_status == "contested" and codes(alleged.denied_by) == ["IRN"]
    assert (negated.aux_mode, negated.claim_status) == ("negation", "asserted")


def test_relative_clause_denial_on_the_event_noun(coder, claims):
    ctx = context(coder, "The attack on Kyiv, which Russia denied, killed three civilians.")
    cand = add(ctx, "attack", "ASSAULT", ["Kyiv"])
    claims(ctx)
    assert cand.claim_status == "denied" and codes(cand.denied_by) == ["RUS"]


def test_unverifiable_report_becomes_alleged(coder, claims):
    text = "Russia said its forces had captured a village near Kharkiv. The claim could not be independently verified."
    ctx = context(coder, text)
    cand = add(ctx, "captured", "ASSAULT", ["Russia"])
    claims(ctx)
    assert cand.claim_status == "alleged" and codes(cand.claim_by) == ["RUS"]


def test_verification_disclaimer_leaves_narrated_events_alone(coder, claims):
    ctx = context(coder, "Russian forces captured a village near Kharkiv. The claim could not be independently verified.")
    cand = add(ctx, "captured", "ASSAULT", ["Russian"])
    claims(ctx)
    assert cand.claim_status == "asserted"


def test_claim_disputed_in_the_same_sentence_is_contested(coder, claims):
    ctx = context(coder, "Ukraine says its forces have captured a village, but Moscow disputes this.")
    cand = add(ctx, "captured", "ASSAULT", ["Ukraine"])
    claims(ctx)
    assert cand.claim_status == "contested"
    assert codes(cand.claim_by) == ["UKR"] and codes(cand.denied_by) == ["RUS"]


def test_denial_answers_the_allegation_not_the_deniers_own_report(coder, claims):
    text = ("Israel's military said its jets struck targets in southern Lebanon. "
            "Lebanon's state media reported that Israel's drones hit a house, killing three people. "
            "Israel denied targeting civilians.")
    ctx = context(coder, text)
    own = add(ctx, "struck", "ASSAULT", ["Israel"], ["Lebanon"])
    alleged = add(ctx, "killing", "ASSAULT", ["Israel"])
    add(ctx, "targeting", "ASSAULT", ["Israel"])
    claims(ctx)
    assert own.claim_status == "asserted"
    assert alleged.claim_status == "contested" and codes(alleged.denied_by) == ["ISR"]


def test_denial_by_an_unrelated_actor_does_not_contest(coder, claims):
    ctx = context(coder, STORY.replace("Iran has denied", "China has denied"))
    aid = add(ctx, "supplying", "AID", ["Iran"], ["Russia"])
    claims(ctx)
    assert aid.claim_status == "alleged"


def test_silence_is_not_a_denial(coder, claims):
    ctx = context(coder, "Russia accused Ukraine of attacking a power plant. Ukraine did not comment.")
    cand = add(ctx, "attacking", "ASSAULT", ["Ukraine"], ["Russia"])
    claims(ctx)
    assert cand.claim_status == "alleged"


# -- recoding future events ---------------------------------------------------------------------
@pytest.mark.parametrize("event", ["CONSULT", "SUPPORT", "COOPERATE", "AID"])
def test_future_cooperation_is_coded_agree_with_the_plan_kept(coder, claims, event):
    ctx = context(coder, "Blinken will meet Ukrainian officials in Kyiv on Wednesday.")
    cand = add(ctx, "meet", event, ["Blinken"], ["Ukrainian"], mode="visit" if event == "CONSULT" else None)
    claims(ctx)
    assert (cand.event, cand.aux_mode, cand.planned_event) == ("AGREE", "future", event)
    assert cand.planned_mode == ("visit" if event == "CONSULT" else None) and cand.mode is None


def test_announced_future_withdrawal_is_concede(coder, claims):
    ctx = context(coder, "Israel announced that it would withdraw its troops from Lebanon.")
    cand = add(ctx, "withdraw", "RETREAT", ["Israel"], ["Lebanon"], mode="withdraw")
    claims(ctx)
    assert (cand.event, cand.aux_mode, cand.planned_event, cand.planned_mode) == (
        "CONCEDE", "future", "RETREAT", "withdraw")


@pytest.mark.parametrize("event", ["CONCEDE", "ASSAULT", "SANCTION"])
def test_other_future_events_keep_their_type(coder, claims, event):
    ctx = context(coder, "Pakistan will expel the envoys from China next week.")
    cand = add(ctx, "expel", event, ["Pakistan"], ["China"])
    claims(ctx)
    assert (cand.event, cand.aux_mode, cand.planned_event) == (event, "future", None)


def test_past_cooperation_is_not_recoded(coder, claims):
    ctx = context(coder, "Blinken met Ukrainian officials in Kyiv on Wednesday.")
    cand = add(ctx, "met", "CONSULT", ["Blinken"], ["Ukrainian"])
    claims(ctx)
    assert (cand.event, cand.planned_event) == ("CONSULT", None)


# -- confidence, records, adapters --------------------------------------------------------------
def test_uncertain_events_lose_some_confidence(coder, claims):
    ctx = context(coder, "Russia attacked Kyiv. Russia could attack Kyiv. Russia reportedly attacked Kyiv.")
    plain = add(ctx, "attacked", "ASSAULT", ["Russia"], ["Kyiv"], nth=0)
    hypo = add(ctx, "attack", "ASSAULT", ["Russia"], ["Kyiv"])
    alleged = add(ctx, "attacked", "ASSAULT", ["Russia"], ["Kyiv"], nth=1)
    claims(ctx)
    assert plain.confidence == 0.5
    assert 0.3 < hypo.confidence < plain.confidence
    assert 0.3 < alleged.confidence < plain.confidence


def test_events_stage_embedding_cue_is_used_when_syntax_finds_none(coder, claims):
    ctx = context(coder, "Iran shipped drones to Russia.")
    cand = add(ctx, "shipped", "AID", ["Iran"], ["Russia"])
    cand.embedding_cue, cand.speaker = "allege", [ctx.mentions[1]]
    claims(ctx)
    assert cand.claim_status == "alleged" and codes(cand.claim_by) == ["RUS"]


def test_records_carry_claim_and_aux_fields_deterministically(coder, claims):
    def run():
        ctx = context(coder, STORY)
        add(ctx, "accused", "ACCUSE", ["United States"], ["Iran"], mode="allege")
        add(ctx, "supplying", "AID", ["Iran"], ["Russia"])
        claims(ctx)
        return [e.to_json() for e in finalize(ctx, coder.config)]

    first = run()
    assert first == run()
    aid = next(e for e in first if '"event":"AID"' in e)
    assert '"status":"contested"' in aid and '"denied_by":[{"code":"IRN"' in aid


def test_story_without_candidates_is_untouched(coder, claims):
    ctx = context(coder, "It rained in Kyiv.")
    claims(ctx)
    assert ctx.candidates == []


def test_full_coder_codes_the_accusation_as_asserted(coder):
    events = coder.code("The United States accused Iran of supplying missiles to Russia.", date="2024-09-10")
    accusations = [e for e in events if e.event == "ACCUSE"]
    assert accusations and all(e.claim.status == "asserted" and e.aux_mode is None for e in accusations)


def test_full_coder_contests_an_accusation_denied_later_in_the_story(coder):
    events = coder.code(STORY, date="2024-09-10")
    aid = [e for e in events if e.event == "AID"]
    assert aid, "the events stage should find the supplying"
    assert all(e.claim.status == "contested" for e in aid)
    assert {x.code for x in aid[0].claim.denied_by} == {"IRN"}
    assert {x.code for x in aid[0].claim.by} == {"USA"}


@pytest.mark.parametrize("text", [
    "Spain's prime minister will travel to Rabat on Friday, where he will meet King Mohammed VI.",
    "Spain's prime minister will travel to Rabat on Friday and meet King Mohammed VI.",
    "Spain's prime minister will travel to Rabat to meet King Mohammed VI on Friday.",
])
def test_planned_trip_and_its_meeting_are_one_planned_visit(coder, text):
    events = coder.code(text, date="2024-09-10")
    assert [(e.event, e.planned_event, e.planned_mode, e.aux_mode) for e in events] == [
        ("AGREE", "CONSULT", "visit", "future")], [(e.event, e.event_text) for e in events]
    visit = events[0]
    assert codes(visit.actor) == ["ESP"] and codes(visit.recipient) == ["MAR"] and visit.date == "2024-09-13"


def test_planned_meetings_with_different_parties_are_kept_apart(coder):
    events = coder.code("Spain's prime minister will travel to Rabat on Friday and meet Algeria's president.",
                        date="2024-09-10")
    assert len([e for e in events if e.planned_event == "CONSULT"]) == 2


@pytest.mark.parametrize("text", [
    "Iran neither confirmed nor denied sending drones to Russia.",
    "Iran did not confirm or deny that it had shipped drones to Russia.",
])
def test_neither_confirmed_nor_denied_is_alleged_not_denied(coder, claims, text):
    ctx = context(coder, text)
    cand = add(ctx, "sending" if "sending" in text else "shipped", "AID", ["Iran"], ["Russia"])
    claims(ctx)
    assert cand.claim_status == "alleged" and not cand.denied_by


@pytest.mark.parametrize("second", ["Moscow denied it.", "The Kremlin denied the attack."])
def test_narrated_event_denied_by_its_actor_is_contested(coder, second):
    events = coder.code(f"Russian forces shelled Kharkiv on Monday. {second}", date="2024-09-10")
    attack = [e for e in events if e.event == "ASSAULT"]
    assert attack and attack[0].claim.status == "contested" and codes(attack[0].claim.denied_by) == ["RUS"]


def test_denial_by_another_party_leaves_the_narrated_event_asserted(coder):
    events = coder.code("Russian forces shelled Kharkiv on Monday. Ukraine denied it.", date="2024-09-10")
    assert [e.claim.status for e in events if e.event == "ASSAULT"] == ["asserted"]


def test_report_summed_up_as_a_claim_someone_rejected_is_contested(coder):
    events = coder.code("Israel said its warplanes had struck a Hamas command centre in Gaza, a claim Hamas denied.",
                        date="2024-09-10")
    strike = [e for e in events if e.event == "ASSAULT"]
    assert strike and strike[0].claim.status == "contested" and codes(strike[0].claim.denied_by) == ["PSE"]


@pytest.mark.parametrize(("text", "aux", "status"), [
    ("Russia's alleged attack on Kyiv killed five people.", None, "alleged"),
    ("Israel's 2006 invasion of Lebanon killed more than 1,000 people.", "historical", "asserted"),
    ("Russia's attack on Kyiv killed five people.", None, "asserted"),
])
def test_event_noun_merged_into_its_verb_keeps_its_own_markers(coder, text, aux, status):
    events = [e for e in coder.code(text, date="2024-09-10") if e.event == "ASSAULT"]
    assert [(e.aux_mode, e.claim.status) for e in events] == [(aux, status)]


def test_denying_it_contests_only_the_latest_report(coder):
    events = coder.code("Ukraine accused Russia of shelling Kherson on Monday. Officials in Kyiv also said "
                        "Russia had reportedly struck a dam near Zaporizhzhia. Moscow denied it.", date="2024-09-10")
    statuses = [e.claim.status for e in events if e.event == "ASSAULT"]
    assert statuses == ["alleged", "contested"], [(e.event, e.event_text, e.claim.status) for e in events]


def test_announced_own_violence_is_a_threat_made_not_a_hypothetical_one(coder):
    events = coder.code("Medvedev said Russia could use nuclear weapons.", date="2024-09-10")
    threat = [e for e in events if e.event == "THREATEN"]
    assert threat and threat[0].aux_mode is None
    maybe = [e for e in coder.code("Iran could threaten to close the Strait of Hormuz.", date="2024-09-10")
             if e.event == "THREATEN"]
    assert maybe and maybe[0].aux_mode == "hypothetical"


@pytest.mark.parametrize(("text", "planned", "recoded"), [
    ("Hamas is to free 30 hostages on Saturday.", "RETREAT", "CONCEDE"),
    ("Japan is to send emergency aid to Turkey.", "AID", "AGREE"),
    ("Macron is to meet Scholz in Berlin next week.", "CONSULT", "AGREE"),
])
def test_be_to_infinitive_is_a_plan_and_recoded(coder, text, planned, recoded):
    events = coder.code(text, date="2024-09-10")
    got = [(e.event, e.planned_event, e.aux_mode) for e in events]
    assert (recoded, planned, "future") in got, got


def test_aim_is_to_is_not_a_plan(coder):
    events = coder.code("Hamas is to free 30 hostages on Saturday; the aim is to free the rest later.",
                        date="2024-09-10")
    assert ("CONCEDE", "future") in [(e.event, e.aux_mode) for e in events]


@pytest.mark.parametrize(("text", "aux"), [
    ("Russian forces tried to storm the village of Vovchansk.", None),
    ("Russian forces attempted to storm the village of Vovchansk.", None),
    ("Russian forces did not try to storm the village of Vovchansk.", "negation"),
])
def test_an_attempt_is_coded_as_having_happened(coder, text, aux):
    events = [e for e in coder.code(text, date="2024-09-10") if e.event == "ASSAULT"]
    assert events and [(e.aux_mode, e.claim.status) for e in events] == [(aux, "asserted")]


@pytest.mark.parametrize(("text", "event", "aux", "status"), [
    ("Iran did not deny sending drones to Russia.", "AID", None, "asserted"),
    ("Russia denied attacking the village.", "ASSAULT", None, "denied"),
    ("Washington will not send troops into Syria.", "MOBILIZE", "negation", "asserted"),
])
def test_negation_families_through_the_full_coder(coder, text, event, aux, status):
    events = [e for e in coder.code(text, date="2024-09-10") if e.event == event]
    assert [(e.aux_mode, e.claim.status) for e in events] == [(aux, status)]
