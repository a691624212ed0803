"""Dictionaries: bundled knowledge files, user JSON/TSV files, PETRARCH import and its errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tidings.coder import Coder, CoderConfig
from tidings.dictionaries import (
    BUNDLED_FILES,
    bundled,
    import_petrarch,
    load_dictionary,
    merge,
    pluralize,
)
from tidings.errors import DictionaryError

DATA = Path(__file__).parent / "data"


def by_phrase(d, phrase):
    return next(e for e in d if e.phrase == phrase)


def test_bundled_knowledge_covers_every_iso_country():
    import pycountry

    codes = {e.code for d in bundled() for e in d if e.kind == "country"}
    missing = {c.alpha_3 for c in pycountry.countries} - codes - {"ESH"}
    assert not missing
    assert {"KOS", "PSE", "HKG"} <= codes
    assert len(bundled()) == len(BUNDLED_FILES)


def test_bundled_codes_are_three_uppercase_letters():
    for d in bundled():
        for e in d:
            assert e.code is None or (len(e.code) == 3 and e.code.isupper()), e


def test_merge_lets_later_dictionaries_win_phrase_by_phrase(tmp_path):
    p = tmp_path / "u.tsv"
    p.write_text("Kremlin\tRUS\tSPY\n", encoding="utf-8")
    entries = merge([*bundled(), load_dictionary(p)])
    kremlin = [e for e in entries if e.phrase.lower() == "kremlin"]
    assert len(kremlin) == 1 and kremlin[0].sector == "SPY"


def test_tsv_rows_become_entries_with_kinds(tmp_path):
    p = tmp_path / "u.tsv"
    p.write_text("# comment\nBlue Berets\tUNO\tMIL\nharbour pilots\t\tBUS\nAtlantis\tATL\t\tcountry\n", encoding="utf-8")
    d = load_dictionary(p)
    assert (by_phrase(d, "Blue Berets").kind, by_phrase(d, "Blue Berets").sector) == ("org", "MIL")
    assert by_phrase(d, "harbour pilots").kind == "agent"
    assert by_phrase(d, "Atlantis").kind == "country"


@pytest.mark.parametrize(
    ("content", "line", "fragment"),
    [
        ("Good\tUSA\tGOV\nBad\tusa\tGOV\n", 2, "3 uppercase"),
        ("Good\tUSA\tGOV\nNoCode\n", 2, "expected phrase"),
        ("Thing\tUSA\tGOV\tweird\n", 1, "kind"),
    ],
)
def test_tsv_errors_name_file_and_line(tmp_path, content, line, fragment):
    p = tmp_path / "bad.tsv"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        load_dictionary(p)
    assert err.value.line == line and err.value.path == str(p)
    assert fragment in str(err.value) and f"bad.tsv:{line}" in str(err.value)


def test_json_errors_are_dictionary_errors(tmp_path):
    p = tmp_path / "bad.json"
    p.write_text('{"countries": [{"code": "usa", "names": ["X"]}]}', encoding="utf-8")
    with pytest.raises(DictionaryError, match="3 uppercase"):
        load_dictionary(p)
    p.write_text('{"countries": [\n  {"code": "USA",\n}', encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        load_dictionary(p)
    assert err.value.line == 3
    p.write_text('{"actors": []}', encoding="utf-8")
    with pytest.raises(DictionaryError, match="unknown key"):
        load_dictionary(p)


def test_missing_file_is_a_dictionary_error(tmp_path):
    with pytest.raises(DictionaryError, match="not found"):
        load_dictionary(tmp_path / "nope.json")


def test_json_people_terms_resolve_by_date(tmp_path):
    p = tmp_path / "people.json"
    p.write_text(
        '{"people": [{"name": "Ana Ruiz", "aliases": ["Ruiz"], "terms": ['
        '{"country": "ESP", "office": "Mayor", "sector": "GOV", "start": "2020-01-01", "end": "2023-01-01"}]}]}',
        encoding="utf-8",
    )
    ruiz = by_phrase(load_dictionary(p), "Ruiz")
    assert ruiz.case_sensitive
    assert ruiz.resolve(dt.date(2021, 5, 1)).sector == "GOV"
    assert ruiz.resolve(dt.date(2024, 5, 1)).sector == "ELI"


def test_pluralize_handles_common_english_endings():
    assert pluralize("soldier") == "soldiers"
    assert pluralize("militiaman") == "militiamen"
    assert pluralize("foreign ministry") == "foreign ministries"
    assert pluralize("police") == "police"
    assert pluralize("coach") == "coaches"


def test_petrarch_import_reads_codes_synonyms_and_dates():
    d = import_petrarch(DATA / "petrarch_actors_small.txt", DATA / "petrarch_agents_small.txt")
    fre = by_phrase(d, "Freedonian")
    assert (fre.code, fre.sector, fre.kind) == ("FRE", None, "country")
    assert (by_phrase(d, "Sylvania").code) == "SYL"
    troops = by_phrase(d, "Sylvanian Troops")
    assert (troops.code, troops.sector) == ("SYL", "MIL")
    shadow = by_phrase(d, "Shadow League")
    assert (shadow.code, shadow.sector, shadow.other_sectors) == ("IMG", "REB", ("SHD",))
    assert by_phrase(d, "Prince Of Marxonia").code is None
    firefly = by_phrase(d, "Rufus T. Firefly")
    assert firefly.resolve(dt.date(1932, 6, 1)).sector is None
    assert firefly.resolve(dt.date(1933, 6, 1)).sector == "GOV"
    assert firefly.resolve(dt.date(1935, 6, 1)).sector == "ELI"


def test_petrarch_agents_read_macros_plurals_and_prefix_codes():
    d = import_petrarch(DATA / "petrarch_actors_small.txt", DATA / "petrarch_agents_small.txt")
    phrases = {e.phrase for e in d if e.kind == "agent"}
    assert {"Harbour Master", "Harbour Masters", "Customs Officer", "Customs Agents", "Ferry", "Ferries"} <= phrases
    assert "Customs Officers" in phrases and "Customs Officerss" not in phrases
    war = by_phrase(d, "War Minister")
    assert (war.sector, war.other_sectors) == ("GOV", ("WAR",))
    aid = by_phrase(d, "Aid Mission")
    assert (aid.code, aid.sector) == ("NGO", None)


def test_petrarch_error_names_the_line():
    with pytest.raises(DictionaryError) as err:
        load_dictionary(DATA / "petrarch_bad.txt")
    assert err.value.line == 2 and "petrarch_bad.txt:2" in str(err.value)


def test_petrarch_agent_code_without_tilde_is_an_error(tmp_path):
    p = tmp_path / "agents.txt"
    p.write_text("!X! = A, B\nHARBOUR [~BUS]\nDOCK [~BUS]\nPIER [BUS]\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        load_dictionary(p)
    assert err.value.line == 4


def test_petrarch_undefined_macro_is_an_error(tmp_path):
    p = tmp_path / "agents.txt"
    p.write_text("HARBOUR [~BUS]\nCHIEF_!NOPE! [~GOV]\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="undefined macro") as err:
        load_dictionary(p)
    assert err.value.line == 2


def test_coder_with_petrarch_files_codes_fictional_countries(coder):
    cfg = CoderConfig(dictionaries=[DATA / "petrarch_actors_small.txt", DATA / "petrarch_agents_small.txt"])
    c = Coder(cfg, nlp=coder.nlp)
    from tidings.coder import make_story, parse_date
    from tidings.pipeline.base import StoryContext

    text = "Freedonian customs officers detained a Sylvanian harbour master."
    ctx = StoryContext(story=make_story(text), doc=c.nlp(text), pub_date=parse_date("2024-01-01"))
    c.stages[0](ctx)
    got = {m.text: (m.code, m.sector) for m in ctx.mentions}
    assert got["Freedonian customs officers"] == ("FRE", "COP")
    assert got["Sylvanian harbour master"] == ("SYL", "BUS")


def test_petrarch2_unit_test_dictionaries_load_and_code(coder, shared_dir):
    base = shared_dir / "data" / "petrarch2" / "unittest"
    actors, agents = base / "PETR.Validate.actors.txt", base / "PETR.Validate.agents.txt"
    d = import_petrarch(actors, agents)
    assert len(d) > 250
    others = [base / "PETR.Validate.verbs.txt", base / "PETR.Validate.discards.txt"]
    c = Coder(CoderConfig(dictionaries=[actors, agents, *others]), nlp=coder.nlp)
    events = c.code("Arnor is about to restore full diplomatic ties with Gondor.", date="1995-01-01")
    assert isinstance(events, list)
    from tidings.coder import make_story
    from tidings.pipeline.base import StoryContext

    text = "Gondor rejected the offer from Arnor."
    ctx = StoryContext(story=make_story(text), doc=c.nlp(text), pub_date=dt.date(1995, 1, 1))
    c.stages[0](ctx)
    assert [m.code for m in ctx.mentions] == ["GON", "ARN"]


def test_other_stages_files_are_left_to_them(tmp_path):
    from tidings.dictionaries import load_actor_dictionaries

    verbs = tmp_path / "verbs.json"
    verbs.write_text('{"verbs": {"shell": []}}', encoding="utf-8")
    pverbs = tmp_path / "verbs.txt"
    pverbs.write_text("&TIES\n+TIES\n--- SHELL  [190]  ---\n- * TOWN [190]\n", encoding="utf-8")
    discards = tmp_path / "discards.txt"
    discards.write_text("+FOOTBALL MATCH\nCHESS\n", encoding="utf-8")
    actors = tmp_path / "actors.tsv"
    actors.write_text("Freedonia\tFRE\t\tcountry\n", encoding="utf-8")
    loaded = load_actor_dictionaries([verbs, pverbs, discards, actors])
    assert [d.path for d in loaded] == [str(actors)]
    with pytest.raises(DictionaryError, match="PETRARCH verbs dictionary"):
        load_dictionary(pverbs)


def test_combined_json_with_verbs_and_actors_reads_the_actor_part(tmp_path):
    p = tmp_path / "both.json"
    p.write_text('{"verbs": {"shell": []}, "classes": {}, "agents": [{"phrases": ["harbour pilot"], "sector": "BUS"}]}',
                 encoding="utf-8")
    assert [e.phrase for e in load_dictionary(p)] == ["harbour pilot", "harbour pilots"]


def test_petrarch_slash_codes_name_every_actor():
    from tidings.petrarch_dict import parse_petrarch

    (e,) = parse_petrarch("THE_NORTHLANDS [NRT/NRW/---]\n", "t.txt").entries
    assert (e.code, e.also) == ("NRT", ("NRW",))


def test_petrarch_discard_lists_read_story_and_sentence_phrases(tmp_path):
    from tidings.petrarch_dict import is_discard_list, load_discards, parse_petrarch_discards

    d = parse_petrarch_discards("<!-- sport -->\n# note\nCHESS_OLYMPIAD  # pas\n+Hurricane Season ; TABARI\n"
                                "BASEBALL\n", "d.txt")
    assert d.sentence == (("chess", "olympiad"), ("baseball",)) and d.story == (("hurricane", "season"),)
    assert d.find("the chess olympiad opened".split()) == ("sentence", ("chess", "olympiad"))
    assert d.find("a hurricane season and baseball".split())[0] == "story"
    assert d.find("chess players".split()) is None
    path = tmp_path / "discards.txt"
    path.write_text("+TYPHOON\n", encoding="utf-8")
    assert is_discard_list(path) and len(load_discards(path)) == 1
    with pytest.raises(DictionaryError, match="d.txt:1"):
        parse_petrarch_discards("+\n", "d.txt")


def test_petrarch_keds_semicolon_comments():
    from tidings.petrarch_dict import parse_petrarch

    (e,) = parse_petrarch("FREEDONIA_  [FRE] ; CountryInfo.txt\n", "t.txt").entries
    assert (e.phrase, e.code) == ("Freedonia", "FRE")


def test_a_txt_tsv_file_is_an_actor_file_not_a_discard_list(tmp_path):
    from tidings.dictionaries import load_actor_dictionaries
    from tidings.petrarch_dict import is_discard_list

    path = tmp_path / "extra.txt"
    path.write_text("Freedonian Guard\tFRE\tMIL\n", encoding="utf-8")
    assert not is_discard_list(path)
    (d,) = load_actor_dictionaries([path])
    assert [(e.phrase, e.code, e.sector) for e in d] == [("Freedonian Guard", "FRE", "MIL")]
