"""The PETRARCH2 unit-test benchmark script runs (its numbers are reported, not asserted)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _load_script():
    spec = importlib.util.spec_from_file_location("petrarch_unittest", ROOT / "benchmarks" / "petrarch_unittest.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_benchmark_runs_on_ten_records(shared_dir, capsys):
    script = _load_script()
    assert script.main(["--limit", "10"]) == 0
    out = capsys.readouterr().out
    assert "event-type accuracy" in out and "dyad accuracy" in out


def test_records_map_cameo_codes_and_drop_statements(shared_dir):
    records = _load_script().read_records()
    assert len(records) > 200
    types = {e["event"] for r in records for e in r.events}
    assert types <= {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                     "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    assert all(len(code) == 3 for r in records for e in r.events for code in e["actor"] + e["recipient"])


def test_records_expecting_a_bad_parse_error_are_left_out(shared_dir):
    script = _load_script()
    records = script.read_records()
    bad = [r for r in records if r.bad_parse]
    assert bad and not any(script._scorable(r) for r in bad)
    # story and sentence discards stay: the suite's discard list is loaded with the dictionaries
    assert any(r.id.startswith("DISCARD") and script._scorable(r) for r in records)
