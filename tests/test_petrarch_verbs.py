"""PETRARCH verb dictionaries: the parser (tidings.petrarch_verbs) and how the dictionary list treats them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.dictionaries import load_actor_dictionaries, load_dictionary
from tidings.errors import DictionaryError
from tidings.petrarch_verbs import (
    Element,
    is_verb_dictionary,
    load_verb_dictionary,
    parse_petrarch_verbs,
)

DATA = Path(__file__).parent / "data"
SMALL = DATA / "petrarch_verbs_small.txt"


@pytest.fixture(scope="module")
def small():
    return load_verb_dictionary(SMALL)


def block(d, name):
    return next(b for b in d.blocks if b.name == name)


def test_blocks_default_codes_and_no_event(small):
    assert [b.name for b in small.blocks] == ["RENEW", "DENOUNCE", "CONTRIBUTE", "SWEAR", "FREE", "WARN",
                                              "HOLD", "SAY", "PRAISE"]
    assert block(small, "DENOUNCE").code == "122"
    assert block(small, "RENEW").code is None  # [---]
    assert block(small, "PRAISE").code is None  # [+++] is not an event code
    assert block(small, "PRAISE").patterns == []  # nor is [###]: the pattern is skipped


def test_verb_forms_synonyms_irregular_forms_and_multiword(small):
    denounce = block(small, "DENOUNCE")
    assert [(f.words, f.code) for f in denounce.forms] == [(("denounce",), False), (("castigate",), "111")]
    assert denounce.default_for(denounce.forms[1]) == "111"
    assert denounce.default_for(denounce.forms[0]) == "122"
    swear = block(small, "SWEAR")
    assert swear.forms[0].surfaces == {"swear", "swore", "sworn"}
    rattle, burn = swear.forms[1], swear.forms[2]
    assert (rattle.words, rattle.head, rattle.code) == (("sabre", "rattle"), 1, "138")
    assert (burn.words, burn.head) == (("burn", "down"), 0)
    assert {"burned", "burnt"} <= burn.surfaces
    # the index finds every form by its verb word and its written forms
    assert {b.name for b, _ in small.lookup("SWORE")} == {"SWEAR"}
    assert [f.words for _, f in small.lookup("rattle")] == [("sabre", "rattle")]


def test_patterns_words_markers_and_joins(small):
    renew = block(small, "RENEW").patterns
    assert [p.code for p in renew] == ["064", "064:064", "161"]
    assert renew[0].post == (Element("word", "friendly"), Element("word", "ties"))
    assert renew[2].pre == (Element("synset", "NEGWORD"),) and renew[2].size == 2
    many = block(small, "CONTRIBUTE").patterns[1]
    assert many.post == (Element("word", "many"), Element("synset", "CURRENCY", joined=True))
    free = block(small, "FREE").patterns[0]
    assert free.pre == (Element("target"),) and free.post == (Element("word", "from"), Element("source"))
    warn = block(small, "WARN").patterns[0]
    assert [e.kind for e in warn.post] == ["word", "skip", "target"]
    assert block(small, "HOLD").patterns[0].pre == (Element("compound"),)
    assert all(p.line > 0 for b in small.blocks for p in b.patterns)


def test_synsets_expand_phrases_and_nested_sets(small):
    # PETRARCH adds regular plurals to synset members ("will nots" is harmless, as there)
    assert small.synsets["NEGWORD"] == (("did", "n't"), ("will", "not"), ("will", "nots"))
    assert set(small.synsets["CURRENCY"]) == {("crowns",), ("silver", "marks"), ("gold",), ("golds",), ("tin",),
                                              ("tins",)}
    assert small.synsets["CURRENCY"][0] == ("silver", "marks")  # longest first


def test_synset_members_match_their_plurals_unless_marked_singular():
    d = parse_petrarch_verbs("&ARMS\n+RIFLE\n+ARMOURED_ACCESS\n+ARTILLERY\n+KRONER_\n+BULLETS\n"
                             "&PREP_\n+ON\n+BY\n--- SEND [070] ---\nSEND\n- * &ARMS [074]\n- * &PREP [075]\n", "t.txt")
    assert set(d.synsets["ARMS"]) == {("rifle",), ("rifles",), ("armoured", "access"), ("armoured", "accesses"),
                                      ("artillery",), ("artilleries",), ("kroner",), ("bullets",)}
    assert set(d.synsets["PREP"]) == {("on",), ("by",)}  # a label ending with '_': no plurals


def test_underscore_joins_and_trailing_underscore_is_an_exact_word():
    d = parse_petrarch_verbs("--- GO [042] ---\nGO\n- IN_*_OUT_AGAIN NOW [043]\n- WAS_ * TO_ + [044]\n", "t.txt")
    p1, p2 = d.blocks[0].patterns
    assert p1.pre == (Element("word", "in", joined=True),)
    assert p1.post == (Element("word", "out", joined=True), Element("word", "again", joined=True),
                       Element("word", "now"))
    assert p2.pre == (Element("word", "was"),)  # "WAS_ *": exact word, not joined to the verb
    assert p2.post == (Element("word", "to"), Element("target"))


def test_comments_blocks_and_hash_codes_are_kept_apart():
    text = ("<!-- a\ncomment -->\n--- TROUBLED  [---] # NOUN ---\nTROUBLED   # NOUN\n"
            "- SAID *  [131]  # tony 4/22/91\n--- DELAY [120]  [031:031] ---\nDELAY\n")
    d = parse_petrarch_verbs(text, "t.txt")
    assert [(b.name, b.code, b.line) for b in d.blocks] == [("TROUBLED", None, 3), ("DELAY", "120", 6)]
    assert d.blocks[0].patterns[0].line == 5


@pytest.mark.parametrize("text, line, words", [
    ("--- AGREE ---\nAGREE\n", 1, "--- VERB [code] ---"),
    ("--- AGREE [081] ---\nAGREE\n- * WITH\n", 3, "no [code]"),
    ("--- AGREE [081] ---\nAGREE\n- WITH [030]\n", 3, "exactly one '*'"),
    ("--- AGREE [081] ---\nAGREE\n- * WITH * [030]\n", 3, "exactly one '*'"),
    ("--- AGREE [081] ---\nAGREE\n\n- * &NOPE [030]\n", 4, "undefined synset &NOPE"),
    ("AGREE\n", 1, "outside a verb block"),
    ("--- AGREE [08 1] ---\n", 1, "bad event code"),
    ("--- AGREE [081] ---\n+BREAK_+DOWN\n", 2, "more than one verb word"),
    ("--- AGREE [081] ---\nAGREE {AGREED\n", 2, "unbalanced"),
    ("&A\n+&B\n&B\n+&A\n", 4, "contains itself"),
    ("&A\n+X\n&A\n+Y\n", 3, "defined twice"),
    ("--- AGREE [081] ---\nAGREE\n- * +WITH [030]\n", 3, "marker apart"),
])
def test_malformed_lines_name_file_and_line(text, line, words):
    with pytest.raises(DictionaryError) as err:
        parse_petrarch_verbs(text, "verbs.txt")
    assert err.value.line == line, err.value
    assert f"verbs.txt:{line}" in str(err.value) and words in str(err.value)


def test_missing_file_is_a_dictionary_error(tmp_path):
    with pytest.raises(DictionaryError):
        load_verb_dictionary(tmp_path / "nope.txt")


def test_the_dictionary_list_recognises_verb_files():
    assert is_verb_dictionary(SMALL)
    assert not is_verb_dictionary(DATA / "petrarch_actors_small.txt")
    assert load_actor_dictionaries([DATA / "petrarch_actors_small.txt", SMALL])[0].path.endswith("actors_small.txt")
    assert len(load_actor_dictionaries([SMALL])) == 0  # left to the patterns stage
    with pytest.raises(DictionaryError):
        load_dictionary(SMALL)  # not an actor dictionary


def test_petrarch2_unit_test_verb_dictionary_parses(shared_dir):
    d = load_verb_dictionary(shared_dir / "data" / "petrarch2" / "unittest" / "PETR.Validate.verbs.txt")
    assert len(d.blocks) > 250 and sum(len(b.patterns) for b in d.blocks) > 450
    assert ("golden", "goblin", "galleons") in d.synsets["ACCORDSYN"]  # &TIETYPES, &CURRENCY nested in it
    wire = next(f for b in d.blocks if b.name == "CONFISCATE" for f in b.forms if len(f.words) == 2)
    assert wire.words == ("wire", "tap") and "tapped" in wire.surfaces


def test_petrarch_actor_import_drops_a_leading_the(tmp_path):
    from tidings.dictionaries import import_petrarch

    path = tmp_path / "actors.txt"
    path.write_text("THE_SHIRE [SHR]\nTHE_HAGUE_TRIBUNAL [IGOJUD]\nTHEBES [THB]\n", encoding="utf-8")
    assert sorted(e.phrase for e in import_petrarch(path)) == ["Hague Tribunal", "Shire", "Thebes"]


def test_petrarch2_unit_test_benchmark_with_verbs(shared_dir):
    """Issue 2: the unit tests coded with their own actor, agent and verb dictionaries."""
    import importlib.util
    import sys

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("petrarch_unittest_v", root / "benchmarks" / "petrarch_unittest.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    report = module.run(with_verbs=True)
    assert "PETR.Validate.verbs.txt" in report["dictionaries"]
    assert report["type_accuracy"] >= 0.90 and report["dyad_accuracy"] >= 0.84, (
        report["type_accuracy"], report["dyad_accuracy"])


def test_keds_semicolon_comments_are_comments():
    d = parse_petrarch_verbs("--- VOW [170] ---\nVOW ;tony 3/9/91\n- * RESIST [113] ; pas 4/20/03\n", "t.txt")
    (b,) = d.blocks
    assert [f.words for f in b.forms] == [("vow",)] and [p.code for p in b.patterns] == ["113"]


def test_petrarch2_noun_and_prepositional_phrase_groups():
    d = parse_petrarch_verbs("&UNITS\n+TROOPS\n--- RUSH [---] ---\nRUSH\n- * {RELIEF SUPPLIES} [073]\n"
                             "- * (TO {BORDER AREAS}) $ [154]\n- * {&UNITS ABROAD} [154]\n"
                             "--- APPEAR [---] ---\nAPPEAR\n- * (BEFORE COURT) [:173]\n", "t.txt")
    supplies, border, units = d.blocks[0].patterns
    assert supplies.post == (Element("word", "relief"), Element("word", "supplies", joined=True))
    assert [(e.kind, e.value, e.joined) for e in border.post] == [
        ("word", "to", False), ("word", "border", False), ("word", "areas", True), ("source", "", False)]
    assert units.post == (Element("synset", "UNITS"), Element("word", "abroad", joined=True))
    assert d.blocks[1].patterns[0].code == ":173"  # the reverse event only


@pytest.mark.parametrize("bad", ["- * {RELIEF SUPPLIES [073]", "- * (TO BORDER [154]"])
def test_unbalanced_groups_in_a_pattern_are_errors(bad):
    with pytest.raises(DictionaryError, match="t.txt:2"):
        parse_petrarch_verbs(f"--- RUSH [---] ---\n{bad}\n", "t.txt")


def test_a_verb_file_of_no_event_blocks_is_still_a_verb_file(tmp_path):
    path = tmp_path / "verbs.txt"
    path.write_text("--- RUSH [---] ---\nRUSH\n- * {RELIEF SUPPLIES} [073]\n", encoding="utf-8")
    assert is_verb_dictionary(path) and load_actor_dictionaries([path]) == []
