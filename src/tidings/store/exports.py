"""``export``: the store's events as PLOVER JSONL, flat CSV, Parquet, CAMEO TSV or GraphML.

Each file is written next to its destination under a temporary name and renamed into
place when complete, so a failed export never leaves a half-written file.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..cameo import from_plover
from ..errors import FilterError, StoreError
from .db import Store, opened
from .filters import where
from .query import label, network

FORMATS = ("plover-jsonl", "csv", "parquet", "cameo-tsv", "graphml")

# The flat table behind csv and parquet: one row per event; lists joined by ";" in CSV.
FLAT_SQL = """
SELECT e.id, e.story_id, e.cluster_id, strftime(e.date, '%Y-%m-%d') AS date, e.date_precision,
       e.event, e.mode, CAST(e.quad_code AS INTEGER) AS quad_code,
       CAST(json_extract(e.record, '$.event_scale') AS DOUBLE) AS event_scale,
       e.status AS claim_status, e.aux_mode,
       array_to_string(e.actor_codes, ';') AS actor_codes,
       array_to_string(e.actor_keys, ';') AS actor_keys,
       array_to_string(e.recipient_codes, ';') AS recipient_codes,
       array_to_string(e.recipient_keys, ';') AS recipient_keys,
       array_to_string(e.by_codes, ';') AS claimed_by,
       array_to_string(e.denied_codes, ';') AS denied_by,
       e.place_name, e.place_country, e.lat, e.lon,
       array_to_string(e.materiel, ';') AS materiel,
       e.confidence, e.source, s.url, e.sentence AS text
FROM events e LEFT JOIN stories s ON s.id = e.story_id
{where}
ORDER BY e.date NULLS LAST, e.story_id, e.ord
"""

CAMEO_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles",
    "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long",
    "SOURCEURL", "PLOVER_Event", "PLOVER_Mode", "ClaimStatus",
)


@contextmanager
def _atomic(out: str | os.PathLike[str], *, binary: bool = False) -> Iterator[Path]:
    """A temporary path beside ``out``; renamed to ``out`` only if the block succeeds."""
    dest = Path(out)
    if dest.is_dir():
        raise StoreError("the output path is a folder", path=str(dest))
    if not dest.parent.exists():
        raise StoreError(f"folder {str(dest.parent)!r} does not exist", path=str(dest))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    except OSError as exc:
        raise StoreError(f"cannot write the export here: {exc.strerror}", path=str(dest)) from None
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        os.replace(tmp_path, dest)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def _filtered_events_sql(filters: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    w, params = where(filters)
    return FLAT_SQL.format(where=w), params


def _export_jsonl(st: Store, tmp: Path, filters: dict[str, Any], validate: bool) -> int:
    w, params = where(filters)
    check: Callable[[dict[str, Any]], Any] | None = None
    if validate:
        from ..schema import validate as check  # type: ignore[no-redef]
    n = 0
    with st.lock:
        cur = st.con.execute(
            f"SELECT e.record FROM events e {w} ORDER BY e.date NULLS LAST, e.story_id, e.ord", params
        )
        with tmp.open("w", encoding="utf-8", newline="\n") as fh:
            while rows := cur.fetchmany(2048):
                for (record,) in rows:
                    if check is not None:
                        check(json.loads(record))
                    fh.write(record)
                    fh.write("\n")
                    n += 1
    return n


def _export_csv(st: Store, tmp: Path, filters: dict[str, Any]) -> int:
    sql, params = _filtered_events_sql(filters)
    n = 0
    with st.lock:
        cur = st.con.execute(sql, params)
        names = [d[0] for d in cur.description]
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(names)
            while rows := cur.fetchmany(2048):
                writer.writerows(rows)
                n += len(rows)
    return n


def _export_parquet(st: Store, tmp: Path, filters: dict[str, Any]) -> int:
    sql, params = _filtered_events_sql(filters)
    with st.lock:
        rel = st.con.sql(sql, params=params)
        rel.write_parquet(str(tmp), compression="zstd")
        return int(st.con.execute("SELECT count(*) FROM read_parquet($p)", {"p": str(tmp)}).fetchall()[0][0])


def _first(entities: list[dict[str, Any]]) -> dict[str, Any]:
    return next((e for e in entities if e.get("code")), entities[0] if entities else {})


def _export_cameo(st: Store, tmp: Path, filters: dict[str, Any]) -> tuple[int, int]:
    """One row per merged event (cluster) with at least one report matching the filters."""
    w, params = where(filters)
    sql = f"""
        WITH m AS (SELECT DISTINCT e.cluster_id FROM events e {w})
        SELECT c.id, c.mentions, c.sources, c.stories, c.status, f.record, s.url
        FROM clusters c JOIN m ON c.id = m.cluster_id
        JOIN events f ON f.id = c.first_event
        LEFT JOIN stories s ON s.id = f.story_id
        ORDER BY c.date_first NULLS LAST, c.id"""
    rows = st.query(sql, params)
    written = skipped = 0
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(CAMEO_COLUMNS)
        for cid, mentions, sources, stories, status, record, url in rows:
            rec = json.loads(record)
            code = from_plover(rec["event"], rec.get("mode"))
            if not code:
                skipped += 1
                continue
            a1, a2 = _first(rec["actor"]), _first(rec["recipient"])
            day = (rec.get("date") or "").replace("-", "")
            loc = rec.get("event_loc") or {}
            writer.writerow([
                cid, day, day[:6], day[:4],
                _actor_code(a1), a1.get("entity_text", ""), a1.get("code") or "", a1.get("sector") or "",
                _actor_code(a2), a2.get("entity_text", ""), a2.get("code") or "", a2.get("sector") or "",
                1, code, code[:3], code[:2], rec["quad_code"],
                rec["event_scale"],  # PLOVER's scale is on Goldstein's -10..10
                mentions, sources, stories,
                loc.get("resolved_place") or loc.get("extracted_place") or "",
                loc.get("country_code") or "", _num(loc.get("lat")), _num(loc.get("lon")),
                url or "", rec["event"], rec.get("mode") or "", status,
            ])
            written += 1
    return written, skipped


def _actor_code(entity: dict[str, Any]) -> str:
    return (entity.get("code") or "") + (entity.get("sector") or "")


def _num(value: Any) -> str:
    return "" if value is None else str(value)


def _export_graphml(st: Store, tmp: Path, filters: dict[str, Any]) -> int:
    import networkx as nx

    net = network(st, **filters)
    graph = nx.MultiDiGraph()
    for node in net["nodes"]:
        graph.add_node(node["id"], label=node["label"] or label(node["id"]), events=node["events"])
    for edge in net["edges"]:
        graph.add_edge(
            edge["source"], edge["target"], key=edge["event"], event=edge["event"],
            count=edge["count"], clusters=edge["clusters"], status=edge["status"],
            materiel=";".join(edge["materiel"]),
        )
    nx.write_graphml(graph, str(tmp), encoding="utf-8")
    return graph.number_of_edges()


def export(
    store: Store | str | os.PathLike[str],
    format: str,
    out: str | os.PathLike[str],
    *,
    validate: bool = False,
    **filters: Any,
) -> dict[str, Any]:
    """Write the events matching ``filters`` to ``out``; returns ``{"format", "path", "rows", ...}``.

    ``plover-jsonl``: the PLOVER records, one per line (``validate=True`` checks each
    against the record schema); ``csv``/``parquet``: one flat row per event;
    ``cameo-tsv``: one GDELT-style row per merged event (types with no CAMEO code are
    counted in ``skipped``); ``graphml``: the actor network (edges per event type).
    """
    if format not in FORMATS:
        raise FilterError(f"unknown export format {format!r}; valid: {', '.join(FORMATS)}")
    where(filters)  # fail on bad filters before touching the output
    result: dict[str, Any] = {"format": format, "path": str(out)}
    with opened(store, read_only=True) as st, _atomic(out) as tmp:
        if format == "plover-jsonl":
            result["rows"] = _export_jsonl(st, tmp, filters, validate)
        elif format == "csv":
            result["rows"] = _export_csv(st, tmp, filters)
        elif format == "parquet":
            result["rows"] = _export_parquet(st, tmp, filters)
        elif format == "cameo-tsv":
            result["rows"], result["skipped"] = _export_cameo(st, tmp, filters)
        else:
            result["rows"] = _export_graphml(st, tmp, filters)
    return result
