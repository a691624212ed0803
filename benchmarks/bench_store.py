"""Store benchmark (not a test): ingest vs ``tidings code`` throughput, and query latency
on 1,000,000 stored events.

    .venv/bin/python benchmarks/bench_store.py [--stories 200] [--events 1000000] [--out FILE]

1. Ingest throughput: the same corpus is coded the way ``tidings code`` does it
   (``parallel.code_paths`` over a JSONL file, each record serialised to JSON lines)
   and ingested into a fresh store with the same coder, alternately, best of
   ``--repeat`` runs each. Target: ingest >= 0.9x code.
2. Query latency: ``--events`` rows are generated directly with SQL into a fresh
   store (random dates 2015-2025, 60 actor codes, all event types and statuses);
   then ``store.events`` (and dyads/claims/stats) run with typical filters; p50/p95
   over ``--runs`` runs each. Target: events() p95 < 100 ms.

The corpus is built from the sentences of benchmarks/data/dev_events.jsonl (the
project's own), 8 sentences per story.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

CODES = [
    "USA", "GBR", "FRA", "DEU", "RUS", "UKR", "CHN", "IRN", "ISR", "PSE", "LBN", "SYR", "IRQ", "TUR",
    "EGY", "SAU", "ARE", "QAT", "JOR", "IND", "PAK", "AFG", "BGD", "JPN", "KOR", "PRK", "TWN", "PHL",
    "IDN", "MYS", "AUS", "NZL", "CAN", "MEX", "BRA", "ARG", "COL", "VEN", "CHL", "PER", "ZAF", "NGA",
    "KEN", "ETH", "SDN", "SOM", "MLI", "NER", "POL", "HUN", "SRB", "KOS", "BLR", "GEO", "ARM", "AZE",
    "UNO", "EUR", "IGO", "NGO",
]
SECTORS = ["GOV", "MIL", "COP", "REB", "CVL", "LEG", "JUD", "BUS", "MED", "JRN"]
WORDS = ["missile", "talks", "border", "ceasefire", "sanctions", "protest", "drone", "aid", "troops",
         "election", "court", "port", "grain", "embassy", "refugees", "pipeline", "summit", "raid"]


def corpus(n: int) -> list[dict]:
    src = ROOT / "benchmarks" / "data" / "dev_events.jsonl"
    sentences = [json.loads(line)["text"] for line in src.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = []
    for i in range(n):
        text = " ".join(sentences[(i * 8 + k) % len(sentences)] for k in range(8))
        out.append({"id": f"bench-{i:05d}", "text": text, "date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
                    "source": ("wire", "daily", "herald", "post")[i % 4]})
    return out


def bench_ingest(n_stories: int, repeat: int) -> dict:
    import tidings
    from tidings.parallel import code_paths
    from tidings.store import ingest

    tmp = Path(tempfile.mkdtemp(prefix="bench-store-"))
    src = tmp / "corpus.jsonl"
    src.write_text("".join(json.dumps(s) + "\n" for s in corpus(n_stories)), encoding="utf-8")
    coder = tidings.default_coder()
    list(coder.code_stories([tidings.make_story("Warm-up: Iran accused Israel of a strike.")]))
    code_times, ingest_times, events = [], [], 0
    for r in range(repeat):
        t0 = time.perf_counter()
        n_ev = 0
        with (tmp / "coded.jsonl").open("w", encoding="utf-8") as fh:
            for item in code_paths([str(src)], workers=1):
                for ev in getattr(item, "events", None) or []:
                    fh.write(ev.to_json() + "\n")
                    n_ev += 1
        code_times.append(time.perf_counter() - t0)
        db = tmp / f"ingest-{r}.duckdb"
        t0 = time.perf_counter()
        report = ingest(db, [src], coder=coder)
        ingest_times.append(time.perf_counter() - t0)
        events = report.events_added
        assert report.events_added == n_ev, (report.events_added, n_ev)
    words = sum(len(s["text"].split()) for s in corpus(n_stories))
    best_code, best_ingest = min(code_times), min(ingest_times)
    return {
        "stories": n_stories, "words": words, "events": events,
        "code_stories_per_s": round(n_stories / best_code, 2),
        "ingest_stories_per_s": round(n_stories / best_ingest, 2),
        "ingest_vs_code": round(best_code / best_ingest, 3),
        "code_seconds": [round(t, 2) for t in code_times],
        "ingest_seconds": [round(t, 2) for t in ingest_times],
    }


GENERATE = """
INSERT INTO events
SELECT
    'tid-' || lpad(CAST(i AS VARCHAR), 16, '0') AS id,
    'story-' || CAST(i // 5 AS VARCHAR) AS story_id,
    CAST(i % 5 AS INTEGER) AS ord,
    DATE '2015-01-01' + CAST(hash(i, 1) % 3980 AS INTEGER) AS date,
    'day' AS date_precision,
    ev AS event, NULL AS mode,
    CAST(CASE WHEN ev IN ('AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE') THEN 1
              WHEN ev IN ('COOPERATE', 'AID', 'RETREAT') THEN 2
              WHEN ev IN ('REQUEST', 'ACCUSE', 'REJECT', 'THREATEN') THEN 3 ELSE 4 END AS TINYINT) AS quad_code,
    st AS status, NULL AS aux_mode,
    [a] AS actor_codes, [r] AS recipient_codes, [a || sa] AS actor_keys, [r || sr] AS recipient_keys,
    CASE WHEN st IN ('alleged', 'contested') THEN [$codes[1 + CAST(hash(i, 7) % 60 AS INTEGER)]] ELSE [] END AS by_codes,
    CASE WHEN st IN ('denied', 'contested') THEN [r] ELSE [] END AS denied_codes,
    NULL AS place, NULL AS place_country, NULL AS place_name, NULL AS lat, NULL AS lon,
    [] AS materiel, 0.5 AS confidence,
    ['wire', 'daily', 'herald', 'post'][1 + CAST(i % 4 AS INTEGER)] AS source,
    a || ' and ' || r || ' ' || w || ' report ' || CAST(i AS VARCHAR) AS sentence,
    md5(ev || a || r)[:16] AS block,
    'clu-' || lpad(CAST(i // 3 AS VARCHAR), 16, '0') AS cluster_id,
    json_object('id', 'tid-' || lpad(CAST(i AS VARCHAR), 16, '0'), 'event', ev,
                'actor', [json_object('code', a)], 'recipient', [json_object('code', r)],
                'claim', json_object('status', st), 'text', w)::VARCHAR AS record
FROM (
    SELECT i,
        $types[1 + CAST(hash(i, 2) % 16 AS INTEGER)] AS ev,
        $codes[1 + CAST(hash(i, 3) % 60 AS INTEGER)] AS a,
        $codes[1 + CAST(hash(i, 4) % 60 AS INTEGER)] AS r,
        $sectors[1 + CAST(hash(i, 5) % 10 AS INTEGER)] AS sa,
        $sectors[1 + CAST(hash(i, 6) % 10 AS INTEGER)] AS sr,
        ['asserted', 'asserted', 'asserted', 'asserted', 'alleged', 'denied', 'contested'][1 + CAST(hash(i, 8) % 7 AS INTEGER)] AS st,
        $words[1 + CAST(hash(i, 9) % 18 AS INTEGER)] AS w
    FROM range($n) t(i)
)
"""


def bench_queries(n_events: int, runs: int) -> dict:
    from tidings import plover
    from tidings.store import Store, claims, dyads, events, stats

    tmp = Path(tempfile.mkdtemp(prefix="bench-query-"))
    db = tmp / "million.duckdb"
    t0 = time.perf_counter()
    with Store.open(db) as st:
        with st.transaction() as con:
            con.execute(GENERATE, {"n": n_events, "codes": CODES, "sectors": SECTORS,
                                   "types": list(plover.event_types()), "words": WORDS})
        assert st.query("SELECT count(*) FROM events")[0][0] == n_events
    generate_s = time.perf_counter() - t0
    cases = {
        "events()": {},
        "events(actor=USA)": {"actor": "USA"},
        "events(actor=USA, type=ACCUSE)": {"actor": "USA", "type": "ACCUSE"},
        "events(actor=RUS, recipient=UKR, since/until 1y)": {
            "actor": "RUS", "recipient": "UKR", "since": "2022-01-01", "until": "2022-12-31"},
        "events(status=contested, since 2024)": {"status": "contested", "since": "2024-01-01"},
        "events(actor=IRNGOV)": {"actor": "IRNGOV"},
        "events(text=missile, type=ASSAULT)": {"text": "missile", "type": "ASSAULT"},
        "events(sort=-date, offset=1000)": {"sort": "-date", "offset": 1000},
    }
    out: dict = {"events": n_events, "generate_seconds": round(generate_s, 1), "queries": {}}
    with Store.open(db, read_only=True) as st:
        def timeit(name, fn):
            fn()  # warm the cache once, as a running server would be
            times = []
            for _ in range(runs):
                t = time.perf_counter()
                fn()
                times.append((time.perf_counter() - t) * 1000)
            times.sort()
            p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
            out["queries"][name] = {"p50_ms": round(statistics.median(times), 1), "p95_ms": round(p95, 1)}

        for name, filters in cases.items():
            timeit(name, lambda f=filters: events(st, **f))
        timeit("dyads(actor=USA, month)", lambda: dyads(st, actor="USA", interval="month"))
        timeit("stats()", lambda: stats(st))
        timeit("claims(actor=IRN, limit=100) [no clusters table rows]",
               lambda: claims(st, actor="IRN", limit=100))
    worst = max(v["p95_ms"] for k, v in out["queries"].items() if k.startswith("events("))
    out["events_worst_p95_ms"] = worst
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stories", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=40)
    ap.add_argument("--skip-ingest", action="store_true")
    ap.add_argument("--skip-query", action="store_true")
    ap.add_argument("--out", type=Path, help="also write the results as JSON here")
    args = ap.parse_args()
    result: dict = {}
    if not args.skip_ingest:
        result["ingest"] = bench_ingest(args.stories, args.repeat)
        print(json.dumps({"ingest": result["ingest"]}, indent=2), flush=True)
    if not args.skip_query:
        result["query"] = bench_queries(args.events, args.runs)
        print(json.dumps({"query": result["query"]}, indent=2), flush=True)
    if args.out:
        args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
