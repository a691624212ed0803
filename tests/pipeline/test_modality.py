"""Auxiliary modes of one trigger, on real spaCy parses (tidings.pipeline.modality)."""

from __future__ import annotations

import json

import pytest

from tidings.errors import DictionaryError
from tidings.pipeline.modality import MODE_ORDER, Modality, load_cues

REF_YEAR = 2024


@pytest.fixture(scope="module")
def modality() -> Modality:
    return Modality(load_cues())


def mode_of(coder, modality: Modality, text: str, trigger: str, ref_year: int | None = REF_YEAR):
    doc = coder.nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    return modality.detect(tok, ref_year)


NEGATION = [
    ("Georgian police did not detain the opposition leader.", "detain"),
    ("Georgian police have never detained the opposition leader.", "detained"),
    ("Georgian police won't detain the opposition leader.", "detain"),
    ("Georgian police refrained from detaining the opposition leader.", "detaining"),
    ("Georgian police declined to detain the opposition leader.", "detain"),
    ("Georgian police failed to detain the opposition leader.", "detain"),
    ("Georgian police refused to detain the opposition leader.", "detain"),
    ("The European Union stopped short of imposing sanctions on Georgia.", "imposing"),
    ("No police officer detained the opposition leader.", "detained"),
    ("Georgian police have no plans to detain the opposition leader.", "detain"),
    ("The planned summit between the two leaders was called off.", "summit"),
    ("The two governments held no talks this year.", "talks"),
    ("The army withdrew from the town without firing a shot.", "firing"),
    ("Russia has yet to withdraw its troops from Moldova.", "withdraw"),
    ("Neither Russia nor Ukraine attacked the power plant.", "attacked"),
    ("Russia has ruled out attacking the capital.", "attacking"),
    ("Israel prevented Iran from sending weapons to Syria.", "sending"),
    ("Russia stopped short of a full attack on the capital.", "attack"),
    ("The army has stopped shelling the border villages.", "shelling"),
    # control verbs of negation scope over their complement whatever the tagger says:
    # here the gerund is read as an adjective of its object
    ("While Beijing has refrained from directly supplying weaponry, it buys oil.", "supplying"),
    ("Seoul has avoided directly shipping artillery shells to Kyiv.", "shipping"),
    ("Washington has shied away from imposing sanctions on Riyadh.", "imposing"),
    ("Washington backed away from imposing sanctions on Riyadh.", "imposing"),
    ("Egypt refrained from airstrikes on the smuggling tunnels.", "airstrikes"),
    ("Chile's president will not attend the summit in Buenos Aires.", "summit"),
    ("Chile's president skipped the summit in Buenos Aires.", "summit"),
    ("Not a single Azerbaijani shell hit the Armenian villages.", "hit"),
    ("There are no plans for Georgian police to detain the opposition leader.", "detain"),
]
FUTURE = [
    ("Chile's president will visit Argentina next month.", "visit"),
    ("Chile's president is to visit Argentina next month.", "visit"),
    ("Chile's president plans to visit Argentina.", "visit"),
    ("Chile's president is expected to visit Argentina.", "visit"),
    ("Chile's president is set to visit Argentina.", "visit"),
    ("Chile's president is scheduled to visit Argentina on Friday.", "visit"),
    ("Chile's president is going to visit Argentina.", "visit"),
    ("Chile's president is about to visit Argentina.", "visit"),
    ("Chile's president is preparing for a visit to Argentina on Friday.", "visit"),
    ("The president's upcoming visit to Argentina was welcomed.", "visit"),
    ("The state visit is set to be followed by a summit in Buenos Aires.", "summit"),
    ("Chile's foreign minister said the president would visit Argentina.", "visit"),
    ("Chile's president visits Argentina tomorrow.", "visits"),
    ("Chile to open embassy in Argentina", "open"),
    ("Markets rallied ahead of talks between Chile and Argentina.", "talks"),
    ("The president's visit to Argentina on Friday will focus on trade.", "visit"),
    ("Chile's president arrives in Buenos Aires on Thursday.", "arrives"),
    ("Chile's foreign minister denied that the president would visit Argentina.", "visit"),
    ("Chile said its president will not hesitate to visit Argentina.", "visit"),
    ("Chile's president will fly to Buenos Aires to sign a trade pact.", "sign"),
    # be + to-infinitive of schedule or obligation
    ("Peru's army is to pull its units out of the disputed valley.", "pull"),
    ("The captured sailors are to be handed over to Ecuador on Sunday.", "handed"),
    ("Officials in Quito said Peru's foreign minister is to fly to Lima next week.", "fly"),
    ("Peru's foreign minister was to sign the accord in Quito.", "sign"),
    ("Chile's president will attempt to broker a ceasefire.", "broker"),
]
HYPOTHETICAL = [
    ("Azerbaijan could strike Armenian positions.", "strike"),
    ("Azerbaijan may strike Armenian positions.", "strike"),
    ("Azerbaijan might strike Armenian positions.", "strike"),
    ("Azerbaijan would strike Armenian positions.", "strike"),
    ("If Azerbaijan struck Armenian positions, Yerevan would respond.", "struck"),
    ("Azerbaijan is considering a strike on Armenian positions.", "strike"),
    ("Azerbaijan is weighing whether to strike Armenian positions.", "strike"),
    ("Azerbaijan threatened to strike Armenian positions.", "strike"),
    ("A possible strike on Armenian positions worries Yerevan.", "strike"),
    ("Azerbaijan will strike Armenian positions if provoked.", "strike"),
    ("Azerbaijan has to withdraw from Armenian positions.", "withdraw"),
    ("Yerevan demanded that Azerbaijan withdraw from the border.", "withdraw"),
    ("Washington warned Baku against striking Armenian positions.", "striking"),
    ("Washington warned that Azerbaijan would strike Armenian positions.", "strike"),
    ("Azerbaijan is unlikely to strike Armenian positions.", "strike"),
    ("Modi has not decided whether to attend the summit.", "attend"),
    ("Modi hopes to attend the summit.", "attend"),  # the lemmatizer reads "hopes" as "hop"
    ("Yerevan braced for an Azerbaijani strike on the border villages.", "strike"),
]
HISTORICAL = [
    ("In 2008, Russian troops entered Georgia.", "entered"),
    ("Russian troops entered Georgia 16 years ago.", "entered"),
    ("During the Cold War, Soviet troops entered Hungary.", "entered"),
    ("In the 1990s, NATO bombed Serb positions.", "bombed"),
    ("Georgians marked the anniversary of the Russian invasion.", "invasion"),
    ("Veterans recalled that Soviet troops entered Prague.", "entered"),
    ("The 1985 summit took place in Geneva.", "summit"),
    ("Soviet troops used to patrol the Hungarian border.", "patrol"),
]
PLAIN = [
    ("Russian troops entered Georgia on Monday.", "entered"),
    ("Russian troops entered Georgia in 2024.", "entered"),
    ("Russian troops entered Georgia in 2023.", "entered"),
    ("Chile's president visited Argentina last week.", "visited"),
    ("Azerbaijan had to withdraw from Armenian positions.", "withdraw"),
    ("Yerevan insisted that Azerbaijan withdrew from the border.", "withdrew"),
    ("Ukraine has not hesitated to strike Russian airfields.", "strike"),
    ("Ukraine used drones to strike Russian airfields.", "strike"),
    ("Chile's president arrived in Buenos Aires on Thursday.", "arrived"),
    ("On the anniversary of the 2008 war, Russian troops entered Georgia.", "entered"),
    # a noun of purpose as subject states an aim, not a plan of anyone's
    ("The aim of the talks is to end the border dispute.", "end"),
    ("His goal was to broker a ceasefire between Peru and Ecuador.", "broker"),
    ("Ecuador's response was to close the border crossing.", "close"),
    ("Peru is to blame for the clash at the border post.", "blame"),
    # past and unrealised: not future, not (yet) a negation either
    ("Peru's foreign minister was to have signed the accord in Quito.", "signed"),
    # an attempt happened as an attempt
    ("Ecuadorian troops tried to seize the border post.", "seize"),
    ("Ecuadorian troops attempted to seize the border post.", "seize"),
]


@pytest.mark.parametrize(("text", "trigger"), NEGATION)
def test_negation_cues_on_the_trigger_or_its_governors(coder, modality, text, trigger):
    mode, cues = mode_of(coder, modality, text, trigger)
    assert mode == "negation", (text, cues)
    assert cues


@pytest.mark.parametrize(("text", "trigger"), FUTURE)
def test_future_cues_modals_governors_and_time_words(coder, modality, text, trigger):
    assert mode_of(coder, modality, text, trigger)[0] == "future", text


@pytest.mark.parametrize(("text", "trigger"), HYPOTHETICAL)
def test_hypothetical_cues_modals_conditionals_and_deliberation(coder, modality, text, trigger):
    assert mode_of(coder, modality, text, trigger)[0] == "hypothetical", text


@pytest.mark.parametrize(("text", "trigger"), HISTORICAL)
def test_historical_cues_old_years_eras_ago_and_anniversaries(coder, modality, text, trigger):
    assert mode_of(coder, modality, text, trigger)[0] == "historical", text


@pytest.mark.parametrize(("text", "trigger"), PLAIN)
def test_plain_reports_have_no_aux_mode(coder, modality, text, trigger):
    assert mode_of(coder, modality, text, trigger) == (None, [])


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Iran did not comment, but Russia attacked Kyiv.", "attacked"),
        ("Russia did not attack Kyiv but shelled Kharkiv.", "shelled"),
        ("Iran never responded, and Russia attacked Kyiv.", "attacked"),
        ("Russia attacked Kyiv after Ukraine refused to negotiate.", "attacked"),
        ("Russia, which has not signed the treaty, attacked Kyiv.", "attacked"),
        ("The minister would not say when Russia attacked Kyiv, officials said.", "attacked"),
        ("Russia condemned the attack that did not stop the talks.", "attack"),
    ],
)
def test_negation_in_another_clause_does_not_leak(coder, modality, text, trigger):
    assert mode_of(coder, modality, text, trigger)[0] is None, text


def test_conjunct_sharing_the_subject_shares_the_negation(coder, modality):
    text = "Russian troops did not attack the port or shell the airport."
    assert mode_of(coder, modality, text, "shell")[0] == "negation"
    text = "The army did not bomb the bridge and did not shell the town."
    assert mode_of(coder, modality, text, "shell")[0] == "negation"


def test_double_negation_cancels(coder, modality):
    assert mode_of(coder, modality, "Chile's president did not fail to visit Argentina.", "visit")[0] is None
    assert mode_of(coder, modality, "Chile has never refrained from criticizing Argentina.", "criticizing")[0] is None


def test_negation_outranks_future_and_hypothetical(coder, modality):
    assert mode_of(coder, modality, "Chile's president will not visit Argentina.", "visit")[0] == "negation"
    assert mode_of(coder, modality, "Azerbaijan could not strike Armenian positions.", "strike")[0] == "negation"
    assert mode_of(coder, modality, "The planned visit to Argentina was cancelled.", "visit")[0] == "negation"


def test_attempts_pass_their_own_modality_on(coder, modality):
    # "try"/"attempt" are transparent: the attempt's negation or modal is the event's
    assert mode_of(coder, modality, "Ecuadorian troops did not try to seize the border post.", "seize")[0] == "negation"
    assert mode_of(coder, modality, "Ecuador could attempt to seize the border post.", "seize")[0] == "hypothetical"
    # "seek" is an aim: nothing need have been done
    assert mode_of(coder, modality, "Ecuador sought to seize the border post.", "seize")[0] == "hypothetical"


def test_be_to_keeps_its_negation_and_yet(coder, modality):
    assert mode_of(coder, modality, "Peru's army is not to enter the disputed valley.", "enter")[0] == "negation"
    assert mode_of(coder, modality, "Peru's army is yet to leave the disputed valley.", "leave")[0] == "negation"


def test_hypothetical_outranks_future(coder, modality):
    assert mode_of(coder, modality, "Chile's president could visit Argentina next week.", "visit")[0] == "hypothetical"


def test_would_after_a_past_report_is_future_not_hypothetical(coder, modality):
    text = "Israel announced that it would withdraw its troops from Gaza."
    assert mode_of(coder, modality, text, "withdraw")[0] == "future"
    text = "Israel would withdraw its troops from Gaza if the hostages were freed."
    assert mode_of(coder, modality, text, "withdraw")[0] == "hypothetical"


def test_old_year_needs_a_story_date(coder, modality):
    assert mode_of(coder, modality, "In 2008, Russian troops entered Georgia.", "entered", None)[0] is None
    assert mode_of(coder, modality, "In 2008, Russian troops entered Georgia.", "entered", 2009)[0] is None


def test_mode_order_lists_every_aux_mode():
    from tidings.records import AUX_MODES

    assert sorted(MODE_ORDER) == sorted(AUX_MODES)


def test_malformed_cue_file_names_file_and_line(tmp_path):
    bad = tmp_path / "cues.json"
    bad.write_text('{\n "negation": [1,\n}\n', encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        load_cues(bad)
    assert str(bad) in str(err.value) and err.value.line == 3


def test_cue_file_with_wrong_types_is_a_dictionary_error(tmp_path):
    data = json.loads(json.dumps({"negation": {"neg_children": "not"}}))
    path = tmp_path / "cues.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DictionaryError, match="cues.json"):
        load_cues(path)


def test_user_cue_file_extends_the_vocabulary(tmp_path, coder):
    from importlib import resources

    data = json.loads(resources.files("tidings.knowledge").joinpath("claim_cues.json").read_text("utf-8"))
    data["negation"]["governors"].append("shun")
    path = tmp_path / "cues.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    custom = Modality(load_cues(path))
    assert mode_of(coder, custom, "Chile shunned talking to Argentina.", "talking")[0] == "negation"


@pytest.mark.parametrize("text, aux", [
    ("Russia stopped supplying gas to Moldova on January 1.", None),
    ("Russia did not stop supplying gas to Moldova.", "negation"),
    ("Russia will stop supplying gas to Moldova next year.", "future"),
])
def test_a_stopped_supply_is_the_sanction_itself(coder, text, aux):
    ev = [e for e in coder.code(text, date="2025-06-04") if e.event == "SANCTION"]
    assert ev and ev[0].aux_mode == aux


def test_a_possible_summit_discussed_does_not_make_the_talk_hypothetical(coder):
    ev = [e for e in coder.code("Erdogan and Aliyev discussed a possible summit in a phone call on Friday.",
                                date="2025-06-04") if e.event == "CONSULT"]
    assert ev and ev[0].aux_mode is None


def test_an_act_in_a_following_phrase_is_not_what_the_main_verb_stops(coder):
    events = coder.code("Following Mali's closure of its airspace, Algeria suspended flights to Bamako.",
                        date="2025-06-04")
    closure = [e for e in events if e.event_text == "closure"]
    assert closure and closure[0].aux_mode is None
