"""Every export format, read back by its own consumer."""

from __future__ import annotations

import csv
import json

import duckdb
import networkx as nx
import pyarrow.parquet as pq
import pytest

from tidings.errors import FilterError, StoreError
from tidings.schema import validate
from tidings.store import Store, events, export, ingest, network, store_coded
from tidings.store.exports import CAMEO_COLUMNS

from .conftest import corpus, make_event, make_story


@pytest.fixture(scope="module")
def coded_db(coder, tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "coded.duckdb"
    ingest(path, corpus(24), coder=coder)
    with Store.open(path) as st:
        assert st.query("SELECT count(*) FROM events")[0][0] > 0
    return path


def test_plover_jsonl_holds_valid_records_identical_to_the_store(coded_db, tmp_path):
    out = tmp_path / "events.jsonl"
    got = export(coded_db, "plover-jsonl", out, validate=True)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert got["rows"] == len(lines) == events(coded_db)["total"]
    records = [json.loads(line) for line in lines]
    for rec in records:
        validate(rec)
    stored = {r["id"]: {k: v for k, v in r.items() if k != "cluster_id"}
              for r in events(coded_db, limit=None)["items"]}
    assert {r["id"]: r for r in records} == stored


def test_csv_is_one_flat_row_per_event(coded_db, tmp_path):
    out = tmp_path / "events.csv"
    got = export(coded_db, "csv", out, type="ACCUSE")
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == got["rows"] == events(coded_db, type="ACCUSE")["total"] > 0
    assert {r["event"] for r in rows} == {"ACCUSE"}
    assert {"id", "date", "actor_codes", "recipient_codes", "claim_status", "cluster_id", "text"} <= set(rows[0])


def test_parquet_reads_back_in_pyarrow_and_duckdb(coded_db, tmp_path):
    out = tmp_path / "events.parquet"
    got = export(coded_db, "parquet", out)
    table = pq.read_table(out)
    assert table.num_rows == got["rows"] == events(coded_db)["total"]
    assert "quad_code" in table.column_names
    n = duckdb.sql("SELECT count(DISTINCT id) FROM read_parquet($p)", params={"p": str(out)}).fetchall()[0][0]
    assert n == got["rows"]


def test_graphml_reads_back_as_the_actor_network(coded_db, tmp_path):
    out = tmp_path / "actors.graphml"
    export(coded_db, "graphml", out)
    graph = nx.read_graphml(out, force_multigraph=True)
    net = network(coded_db)
    assert sorted(graph.nodes) == [n["id"] for n in net["nodes"]]
    assert graph.number_of_edges() == len(net["edges"])
    for edge in net["edges"]:
        attrs = graph.get_edge_data(edge["source"], edge["target"])[edge["event"]]
        assert (attrs["count"], attrs["status"], attrs["event"]) == (edge["count"], edge["status"], edge["event"])


def test_cameo_tsv_has_gdelt_columns_and_one_row_per_merged_event(db_path, tmp_path):
    with Store.open(db_path) as st:
        store_coded(st, [
            (make_story("a", source="wire"), [make_event("ea", "a", place="Kharkiv", country="UA")]),
            (make_story("b", source="daily"), [make_event("eb", "b", place="Kharkiv", country="UA")]),
            (make_story("c"), [make_event("ec", "c", event="CONSULT", actor=("FRA",), recipient=("DEU",),
                                          mode="visit")]),
        ])
    out = tmp_path / "events.tsv"
    got = export(db_path, "cameo-tsv", out)
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert tuple(rows[0]) == CAMEO_COLUMNS
    assert got["rows"] == len(rows) == 2
    strike = next(r for r in rows if r["PLOVER_Event"] == "ASSAULT")
    assert (strike["Actor1Code"], strike["Actor2Code"], strike["NumMentions"], strike["NumSources"]) == (
        "RUS", "UKR", "2", "2")
    assert strike["SQLDATE"] == "20240502" and strike["QuadClass"] == "4"
    assert strike["EventRootCode"] == strike["EventCode"][:2] and strike["ActionGeo_FullName"] == "Kharkiv"
    visit = next(r for r in rows if r["PLOVER_Event"] == "CONSULT")
    assert visit["EventCode"].startswith("04")


def test_a_failed_export_leaves_no_file(coded_db, tmp_path):
    out = tmp_path / "never.csv"
    with pytest.raises(FilterError, match="valid"):
        export(coded_db, "csv", out, type="BOMBING")
    with pytest.raises(FilterError, match="graphml"):
        export(coded_db, "xlsx", out)
    with pytest.raises(StoreError):
        export(coded_db, "csv", tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == []
