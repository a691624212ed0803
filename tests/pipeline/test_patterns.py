"""The patterns stage: a user's PETRARCH verb dictionary codes the verbs it knows (fictional sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.coder import Coder, CoderConfig, make_story, parse_date
from tidings.pipeline import STAGE_NAMES
from tidings.pipeline.base import Candidate, StoryContext
from tidings.pipeline.patterns import Patterns, _inflection

DATA = Path(__file__).resolve().parents[1] / "data"
ACTORS = [DATA / "petrarch_actors_small.txt", DATA / "petrarch_agents_small.txt"]
VERBS = DATA / "petrarch_verbs_small.txt"


@pytest.fixture(scope="module")
def with_verbs(coder):
    return Coder(CoderConfig(dictionaries=[*ACTORS, VERBS]), nlp=coder.nlp)


@pytest.fixture(scope="module")
def without_verbs(coder):
    return Coder(CoderConfig(dictionaries=ACTORS), nlp=coder.nlp)


def dyads(c: Coder, text: str) -> list[tuple]:
    return [(e.event, tuple(a.code for a in e.actor), tuple(r.code for r in e.recipient))
            for e in c.code(text, date="2024-01-01")]


@pytest.mark.parametrize("text, expected", [
    # the longest matching pattern wins over shorter ones and the default
    ("Freedonia renewed friendly ties with Sylvania.", [("COOPERATE", ("FRE",), ("SYL",))]),
    # a code A:B adds the reverse event
    ("Freedonia renewed ties with Sylvania.",
     [("COOPERATE", ("FRE",), ("SYL",)), ("COOPERATE", ("SYL",), ("FRE",))]),
    # a multi-word synset member before the verb ("will not")
    ("Freedonia will not renew ties with Sylvania.", [("SANCTION", ("FRE",), ("SYL",))]),
    # synsets after the verb; "many" joined with "_" to the synset
    ("Freedonia contributed gold to Sylvania.", [("AID", ("FRE",), ("SYL",))]),
    ("Freedonia contributed many silver marks to Sylvania.", [("AID", ("FRE",), ("SYL",))]),
    # multi-word verbs, the verb word marked with '+' ("SABRE_+RATTLE", "+BURN_DOWN")
    ("Freedonian ships sabre rattle near Sylvania.", [("THREATEN", ("FRE",), ("SYL",))]),
    ("Freedonian troops burned down the Sylvanian embassy.", [("ASSAULT", ("FRE",), ("SYL",))]),
    # '+' before the verb and '$' after it: "+ * FROM $"
    ("Sylvania was freed from Freedonia.", [("CONCEDE", ("FRE",), ("SYL",))]),
    # '^' skips a noun phrase before the '+' target
    ("Freedonia warned at Sylvania of the Shadow League.", [("THREATEN", ("FRE",), ("IMG",))]),
    # '%': a coordinated subject meets itself
    ("Freedonia and Sylvania held talks.", [("CONSULT", ("FRE", "SYL"), ())]),
    ("Freedonia held talks with Sylvania.", [("CONSULT", ("FRE",), ("SYL",))]),
    # a passive's "by" agent is the source
    ("Sylvania was denounced by Freedonia.", [("REJECT", ("FRE",), ("SYL",))]),
    # the block default ---: no event; a statement (CAMEO 02x) has no PLOVER event
    ("Freedonia renewed its membership of the league.", []),
    ("Freedonia said Sylvania denounced the Shadow League.", [("REJECT", ("SYL",), ("IMG",))]),
])
def test_patterns_code_fictional_sentences(with_verbs, text, expected):
    assert sorted(dyads(with_verbs, text)) == sorted(expected)


def test_user_dictionary_wins_over_the_bundled_lexicon(with_verbs, without_verbs):
    text = "Freedonia denounced Sylvania."
    assert [e[0] for e in dyads(without_verbs, text)] != ["REJECT"]  # the bundled lexicon's own reading
    assert dyads(with_verbs, text) == [("REJECT", ("FRE",), ("SYL",))]
    # a synonym's own default code ("CASTIGATE [111]")
    assert dyads(with_verbs, "Freedonia castigated Sylvania.") == [("ACCUSE", ("FRE",), ("SYL",))]
    # [+++] is no event code: the dictionary removes the bundled reading and codes nothing
    assert dyads(without_verbs, "Freedonia praised Sylvania warmly.")
    assert dyads(with_verbs, "Freedonia praised Sylvania warmly.") == []


def test_candidates_say_where_their_code_came_from(with_verbs):
    text = "Freedonia renewed friendly ties with Sylvania."
    ctx = StoryContext(story=make_story(text, date="2024-01-01"), doc=with_verbs.nlp(text),
                       pub_date=parse_date("2024-01-01"))
    for stage in with_verbs.stages[:3]:
        stage(ctx)
    (cand,) = ctx.candidates
    assert cand.extra["petrarch"] == {"code": "064", "verb": "RENEW", "line": 21}
    assert ctx.doc[cand.trigger].text == "renewed" and cand.context == ["intelligence"]


def test_stage_runs_after_events_and_is_a_no_op_without_a_verb_dictionary(coder):
    assert STAGE_NAMES.index("patterns") == STAGE_NAMES.index("events") + 1
    stage = coder.stages[STAGE_NAMES.index("patterns")]
    assert isinstance(stage, Patterns) and not stage.active
    text = "Freedonia denounced Sylvania."
    ctx = StoryContext(story=make_story(text), doc=coder.nlp(text))
    cands = [Candidate(sent_index=0, trigger=1, trigger_start=1, trigger_end=2, event="ACCUSE")]
    ctx.candidates = cands
    stage(ctx)
    assert ctx.candidates is cands and len(cands) == 1


def test_lemma_matches_inflections_not_misspellings():
    assert _inflection("departs", "depart") and _inflection("departed", "depart")
    assert _inflection("tapped", "tap") and _inflection("tries", "try") and _inflection("broke", "break")
    assert not _inflection("departes", "depart") and not _inflection("departx", "depart")


def test_a_list_read_as_apposition_keeps_its_members(with_verbs):
    (event,) = with_verbs.code("Evil Freedonia, the awful Sylvania, and the Shadow League denounced Rufus T. Firefly.",
                               date="2024-01-01")
    assert event.event == "REJECT" and {a.code for a in event.actor} == {"FRE", "SYL", "IMG"}


def test_petrarch_the_phrases_match_without_their_article(coder, tmp_path):
    actors = tmp_path / "actors.txt"
    actors.write_text("THE_SHIRE [SHR]\nGONDOR [GON]\n", encoding="utf-8")
    c = Coder(CoderConfig(dictionaries=[actors, VERBS]), nlp=coder.nlp)
    assert dyads(c, "Gondor denounced the Shire.") == [("REJECT", ("GON",), ("SHR",))]
    assert dyads(c, "The Shire denounced Gondor.") == [("REJECT", ("SHR",), ("GON",))]


def test_an_acronym_defined_in_brackets_names_the_same_actor(coder, tmp_path):
    # the actors stage: the user's "European Union" wins over the bundled "EU" it defines
    actors = tmp_path / "actors.txt"
    actors.write_text("EUROPEAN_UNION [IGOEEU]\nGONDOR [GON]\n", encoding="utf-8")
    c = Coder(CoderConfig(dictionaries=[actors, VERBS]), nlp=coder.nlp)
    assert dyads(c, "The European Union (EU) denounced Gondor.") == [("REJECT", ("IGO",), ("GON",))]
    text = "Gondor (EU) denounced Sylvania."  # not its initials: the bracket is no definition
    ctx = StoryContext(story=make_story(text), doc=c.nlp(text))
    c.stages[0](ctx)
    assert [(m.text, m.code) for m in ctx.mentions][:2] == [("Gondor", "GON"), ("EU", "EUR")]


def test_a_subjectless_verb_takes_the_subject_of_its_clause(with_verbs):
    # "is about to renew": the subject of "is"; PLOVER codes the planned cooperation as AGREE
    (event,) = with_verbs.code("Freedonia is about to renew friendly ties with Sylvania.", date="2024-01-01")
    assert (event.event, event.planned_event) == ("AGREE", "COOPERATE")
    assert [a.code for a in event.actor] == ["FRE"] and [r.code for r in event.recipient] == ["SYL"]


def test_a_later_verb_file_wins(coder, tmp_path):
    later = tmp_path / "verbs2.txt"
    later.write_text("--- DENOUNCE [111] ---\nDENOUNCE\n", encoding="utf-8")
    c = Coder(CoderConfig(dictionaries=[*ACTORS, VERBS, later]), nlp=coder.nlp)
    assert dyads(c, "Freedonia denounced Sylvania.") == [("ACCUSE", ("FRE",), ("SYL",))]
    assert dyads(c, "Freedonia renewed friendly ties with Sylvania.") == [("COOPERATE", ("FRE",), ("SYL",))]


# -- PETRARCH conventions: dyads, discards, compound actors (toy dictionaries) -------------
TOY_ACTORS = "FREEDONIA [FRE]\n+FREEDONIAN\nSYLVANIA [SYL]\nOSTERLICH [OST]\nTHE_NORTHLANDS [NRT/NRW]\n"
TOY_VERBS = "--- DENOUNCE [122] ---\nDENOUNCE\n\n--- MEET [040] ---\nMEET {MET}\n\n--- POSTPONE [172] ---\nPOSTPONE\n"


@pytest.fixture(scope="module")
def toy(coder, tmp_path_factory):
    d = tmp_path_factory.mktemp("toy")
    (d / "actors.txt").write_text(TOY_ACTORS, encoding="utf-8")
    (d / "verbs.txt").write_text(TOY_VERBS, encoding="utf-8")
    (d / "discards.txt").write_text("# sport\nCHESS OLYMPIAD ; TABARI comment\n+HURRICANE_SEASON\n", encoding="utf-8")
    return Coder(CoderConfig(dictionaries=[d / "actors.txt", d / "verbs.txt", d / "discards.txt"]), nlp=coder.nlp)


def test_an_event_needs_a_source_and_a_target(toy):
    # PETRARCH's require_dyad: no actor for the target, no event (and no bundled reading either)
    assert dyads(toy, "Freedonia denounced the decision on Monday.") == []
    assert dyads(toy, "Freedonia and Sylvania denounced the decision on Tuesday.") == []
    # coordinated actors with no target hold a cooperative event (CAMEO 03-06) with one another
    assert dyads(toy, "Freedonia and Sylvania met in the capital on Tuesday.") == [("CONSULT", ("FRE", "SYL"), ())]


def test_the_target_of_last_resort_is_in_the_verbs_adverbial_clause(toy):
    found = dyads(toy, "Freedonia postponed the summit after Osterlich troops crossed the border.")
    assert ("COERCE", ("FRE",), ("OST",)) in found
    # only a coded actor other than the source will do: not "crowds", not "its embassy"
    found = dyads(toy, "Freedonia postponed the summit after crowds stormed its embassy.")
    assert not [d for d in found if d[0] == "COERCE"]


def test_a_noun_phrase_that_is_no_actor_lends_the_actors_of_its_modifiers(toy):
    found = dyads(toy, "A resumption of talks between Freedonia and Sylvania postponed the Osterlich summit.")
    assert ("COERCE", ("FRE", "SYL"), ("OST",)) in found
    found = dyads(toy, "The resumption of talks between Freedonia and Sylvania was denounced by Osterlich.")
    assert ("REJECT", ("OST",), ("FRE", "SYL")) in found


def test_a_phrase_coded_with_a_slash_names_each_actor(toy):
    assert dyads(toy, "Osterlich denounced the Northlands on Friday.") == [("REJECT", ("OST",), ("NRT", "NRW"))]
    # also inside a mention that holds the phrase (a role of the Northlands)
    assert dyads(toy, "Osterlich denounced the foreign ministers of the Northlands on Friday.") \
        == [("REJECT", ("OST",), ("NRT", "NRW"))]


def test_a_list_that_goes_on_from_an_appositive_keeps_every_member(toy):
    (event,) = toy.code("Osterlich, the Northlands, Sylvania and Freedonia met on Friday.", date="2024-01-01")
    assert [a.code for a in event.actor] == ["OST", "NRT", "NRW", "SYL", "FRE"]


def test_discard_lists_drop_sentences_and_stories(toy):
    assert dyads(toy, "Freedonia denounced Sylvania at the chess olympiad in Budapest.") == []
    assert dyads(toy, "Freedonia denounced Sylvania on Monday.") == [("REJECT", ("FRE",), ("SYL",))]
    # a sentence discard leaves the story's other sentences alone
    assert dyads(toy, "Freedonia denounced Sylvania on Monday. The chess olympiad opened in Budapest.") \
        == [("REJECT", ("FRE",), ("SYL",))]
    # a '+' phrase discards the whole story
    assert dyads(toy, "Freedonia denounced Sylvania on Monday. Forecasters said the hurricane season would be "
                      "severe.") == []


def test_a_discard_list_alone_makes_the_stage_active(coder, tmp_path):
    (tmp_path / "discards.txt").write_text("+BASEBALL\n", encoding="utf-8")
    c = Coder(CoderConfig(dictionaries=[tmp_path / "discards.txt"]), nlp=coder.nlp)
    stage = c.stages[STAGE_NAMES.index("patterns")]
    assert stage.active and not stage.dictionaries
    text = "Russian forces shelled Kharkiv on Monday. The baseball season opened in Boston."
    assert dyads(coder, text) and dyads(c, text) == []


def test_petrarch2_phrase_groups_and_reverse_only_codes(coder, tmp_path):
    (tmp_path / "actors.txt").write_text(TOY_ACTORS, encoding="utf-8")
    (tmp_path / "verbs.txt").write_text(
        "--- RUSH [---] ---\nRUSH\n- * {RELIEF SUPPLIES} [073]\n- * TROOPS (TO BORDER) [154]\n"
        "--- APPEAR [---] ---\nAPPEAR\n- * (BEFORE COURT) [:173]\n", encoding="utf-8")
    c = Coder(CoderConfig(dictionaries=[tmp_path / "actors.txt", tmp_path / "verbs.txt"]), nlp=coder.nlp)
    assert dyads(c, "Freedonia rushed relief supplies to Sylvania on Monday.") == [("AID", ("FRE",), ("SYL",))]
    assert dyads(c, "Freedonia rushed supplies of relief to Sylvania on Monday.") == []  # {...}: words in a row
    assert ("MOBILIZE", ("FRE",), ("SYL",)) in dyads(
        c, "Freedonia rushed troops to the border with Sylvania on Monday.")
    # [:173]: only the reverse event, the target acting on the source
    assert dyads(c, "A Freedonian envoy appeared before a court in Osterlich on Monday.") == [
        ("COERCE", ("OST",), ("FRE",))]


def test_dictionary_words_are_split_as_the_text_is(coder, tmp_path):
    # "cease-fire" is three tokens in the parse: pattern words, synset members and discard
    # phrases are split the same way
    (tmp_path / "actors.txt").write_text(TOY_ACTORS, encoding="utf-8")
    (tmp_path / "verbs.txt").write_text(
        "&TRUCE\n+CEASE-FIRE\n+TRUCE\n--- BREAK [---] ---\nBREAK {BROKE BROKEN}\n- * &TRUCE WITH + [196]\n"
        "--- ACCEPT [---] ---\nACCEPT\n- * PEACE-KEEPERS FROM + [075]\n", encoding="utf-8")
    (tmp_path / "discards.txt").write_text("FIVE-A-SIDE\n", encoding="utf-8")
    c = Coder(CoderConfig(dictionaries=[tmp_path / "actors.txt", tmp_path / "verbs.txt", tmp_path / "discards.txt"]),
              nlp=coder.nlp)
    assert dyads(c, "Freedonia broke the cease-fire with Sylvania on Monday.")[0][1:] == (("FRE",), ("SYL",))
    assert [d[0] for d in dyads(c, "Freedonia accepted peace-keepers from Osterlich on Monday.")] == ["AID"]
    assert dyads(c, "Freedonia broke the truce with Sylvania in a five-a-side match on Monday.") == []


def test_a_role_takes_the_country_of_its_prepositional_phrase(toy):
    # "officials in X" read as PETRARCH reads a noun phrase: the actor of its "in/of/from" phrase
    found = dyads(toy, "Lawmakers and officials in Freedonia and Sylvania denounced Osterlich.")
    assert len(found) == 1 and {"FRE", "SYL"} <= set(found[0][1]) and found[0][2] == ("OST",)


def test_the_words_a_pattern_matched_belong_to_its_event(coder, tmp_path):
    # "hosted" is a word of the CELEBRATE pattern: the bundled reading of "hosted" goes
    (tmp_path / "actors.txt").write_text(TOY_ACTORS, encoding="utf-8")
    (tmp_path / "verbs.txt").write_text("--- CELEBRATE [---] ---\nCELEBRATE\n- + HOSTED * HOLIDAY WITH $ [042]\n",
                                        encoding="utf-8")
    c = Coder(CoderConfig(dictionaries=[tmp_path / "actors.txt", tmp_path / "verbs.txt"]), nlp=coder.nlp)
    bundled = Coder(CoderConfig(dictionaries=[tmp_path / "actors.txt"]), nlp=coder.nlp)
    text = "Freedonia hosted Sylvania on Monday to celebrate the holiday with Osterlich."
    assert dyads(bundled, text) == [("CONSULT", ("SYL",), ("FRE",))]  # the lexicon's reading of "hosted"
    assert dyads(c, text) == [("CONSULT", ("OST",), ("FRE",))]
