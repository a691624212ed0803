"""Group phrases (tidings.pipeline.people_groups), round 11: a sentence that names more parties than
"the two sides" has takes the pair it coordinates; "the warring parties" repeats an earlier resolved
civil-war pair; a group phrase's own words are no third party."""

from __future__ import annotations

import pytest

from ..conftest import code, entity_codes, find_event
from .test_actors import run


def _codes(ms, text):
    return sorted(m.code for m in ms if m.text == text)


def test_two_sides_take_the_coordinated_pair_of_a_longer_sentence(coder):
    ms = run(coder.stages[0], coder.nlp,
             "Japan and the African Union agreed on Monday to widen cooperation on health, two weeks after "
             "China pledged new loans to Kenya, Japanese officials said. "
             "A spokesman said the two sides had agreed to meet again in Nairobi.", "2025-08-20")
    assert _codes(ms, "the two sides") == ["IGO", "JPN"]


def test_two_sides_agreeing_later_is_one_event_of_the_pair(coder):
    events = code(coder, "Brazil and Argentina signed a memorandum on energy on Tuesday, a day after Paraguay "
                         "complained about dam tariffs, Brazilian officials said. "
                         "Lula said the two sides would also cooperate on nuclear research.", date="2025-05-14")
    agree = [e for e in events if e.text_info.sequence == 1]
    assert agree and {c for e in agree for c in entity_codes(e.actor)} == {"BRA", "ARG"}


def test_warring_parties_repeat_the_civil_war_pair(coder):
    ms = run(coder.stages[0], coder.nlp,
             "Ethiopia's army and the Fano militia clashed near Gondar on Sunday. "
             "The African Union called on both sides to stop the fighting. "
             "Kenyan President William Ruto and Ugandan President Yoweri Museveni met in Nairobi, and the two "
             "presidents urged the warring parties to hold talks.", "2025-04-06")
    assert set(_codes(ms, "the warring parties")) == {"ETH"}


def test_urging_the_warring_parties_names_them_not_the_mediators(coder):
    events = code(coder, "Sudan's army and the Rapid Support Forces fought for control of Babanusa on Monday. "
                         "Egypt urged both sides to allow aid into the town. "
                         "Saudi Foreign Minister Prince Faisal bin Farhan met Qatar's prime minister in Riyadh, "
                         "and the two ministers urged the warring parties to return to Jeddah.", date="2025-12-02")
    req = [e for e in events if e.event == "REQUEST" and e.text_info.sequence == 2]
    assert req and entity_codes(req[0].recipient) == ("SDN",)
    assert find_event(events, "REQUEST")


def test_a_bare_both_after_a_pair_is_the_pair(coder):
    events = code(coder, "Ethiopia and Eritrea massed troops along their border on Monday. "
                         "The African Union urged both to pull back.", date="2025-11-20")
    req = find_event(events, "REQUEST")
    assert entity_codes(req.recipient) == ("ERI", "ETH")


def test_both_as_a_subject_after_a_pair_is_the_pair(coder):
    ms = run(coder.stages[0], coder.nlp, "Kyrgyzstan and Tajikistan reopened their border on Friday. "
             "Both said trade would resume within a week.", "2025-03-14")
    assert _codes(ms, "Both") == ["KGZ", "TJK"]


def test_a_region_adjective_in_a_numbered_group_is_no_party(coder):
    events = code(coder, "Britain, France and Germany on Monday accused Iran of failing to cooperate with inspectors. "
                         "The three European powers also accused Tehran of enriching uranium without any civilian reason.",
                  date="2026-06-09")
    acc = [e for e in events if e.event == "ACCUSE" and e.text_info.sequence == 1]
    assert acc and entity_codes(acc[0].actor) == ("DEU", "FRA", "GBR")


def test_the_allies_after_a_coordinated_pair_are_the_pair(coder):
    events = code(coder, "Kim Yo Jong accused Seoul and Washington of plotting an invasion of the North. "
                         "She warned that the allies would pay a heavy price for their provocations.", date="2026-05-08")
    threat = find_event(events, "THREATEN")
    assert entity_codes(threat.recipient) == ("KOR", "USA")


def test_the_allies_with_no_list_nearby_stay_unresolved(coder):
    events = code(coder, "President Volodymyr Zelenskiy urged the allies to send more air defence systems.",
                  date="2026-03-03")
    req = find_event(events, "REQUEST")
    assert entity_codes(req.recipient) == ()


def test_they_after_a_single_speaker_is_the_previous_plural_subject(coder):
    events = code(coder, "Chinese warships entered waters near Taiwan's Penghu islands on Wednesday. "
                         "Taipei said they had violated its territorial waters.", date="2026-10-08")
    mob = [e for e in events if e.event == "MOBILIZE" and e.text_info.sequence == 1]
    assert mob and entity_codes(mob[0].actor) == ("CHN",)


def test_they_after_a_list_read_as_an_apposition_is_the_list(coder):
    events = code(coder, "Mali, Burkina Faso and Niger formally left ECOWAS on Wednesday. "
                         "They accused the bloc of imposing illegal sanctions.", date="2026-01-28")
    acc = find_event(events, "ACCUSE")
    assert entity_codes(acc.actor) == ("BFA", "MLI", "NER")


def test_both_sides_skip_the_subject_of_the_first_of_two_coordinated_verbs(coder):
    # "travelled ... and pressed both sides": the second verb's subject is the first's, and no one presses itself
    events = code(coder, "India and Pakistan exchanged heavy fire along the Line of Control overnight.\n\n"
                         "Saudi Minister of State Adel al-Jubeir travelled to Islamabad on Friday and pressed both "
                         "sides to pull back their forces.", date="2025-05-09")
    req = find_event(events, "REQUEST")
    assert entity_codes(req.actor) == ("SAU",) and sorted(entity_codes(req.recipient)) == ["IND", "PAK"]


@pytest.mark.parametrize("text", [
    "Sudan's army-backed government recalled its ambassador from N'Djamena on Wednesday and accused Chad of letting "
    "weapons for the paramilitary Rapid Support Forces cross its border. The RSF shelled the besieged city of El "
    "Fasher again on Tuesday, local activists said. The African Union called on the warring parties to protect "
    "civilians and return to talks.",
    "Sudan cut diplomatic ties with the United Arab Emirates on Sunday, accusing Abu Dhabi of arming the Rapid "
    "Support Forces. Drones launched by the paramilitaries struck a fuel depot in Port Sudan overnight, army "
    "officials said. The United Nations envoy appealed to the warring sides to spare civilian infrastructure.",
])
def test_warring_parties_after_a_rebel_attack_are_the_civil_war_s_country(coder, text):
    ms = run(coder.stages[0], coder.nlp, text, "2025-04-20")
    assert sorted({m.code for m in ms if m.text.startswith("the warring")}) == ["SDN"]


def test_warring_neighbours_after_fire_between_two_states_stay_the_pair(coder):
    ms = run(coder.stages[0], coder.nlp, "Indian and Pakistani troops exchanged artillery fire along the Line of "
             "Control for a fourth day on Saturday. China urged the warring neighbours to show restraint.", "2025-05-10")
    assert sorted({m.code for m in ms if m.text.startswith("the warring")}) == ["IND", "PAK"]
