"""Group phrases (tidings.pipeline.people_groups), round 11: a sentence that names more parties than
"the two sides" has takes the pair it coordinates; "the warring parties" repeats an earlier resolved
civil-war pair; a group phrase's own words are no third party."""

from __future__ import annotations

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
