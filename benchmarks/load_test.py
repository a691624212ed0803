"""Load test of the REST API: N concurrent clients against a store of 100,000 events.

Not a unit test. Builds (once; reused afterwards) a store of synthetic events through the
store's own API (``store_coded``: already-coded records, so no spaCy time), starts
``tidings serve`` on a free 127.0.0.1 port in a subprocess, and runs ``--clients``
threads with keep-alive connections for ``--seconds`` seconds. Each client loops over a
fixed, seeded mix of /api/v1/events queries (page size 50, as the events page asks for;
filters by actor, type, status, dates, text; deep offsets), pausing ``--think`` seconds
between requests as a person paging through results would (0 = flat out). Reports
requests, errors and latency percentiles of the events endpoint; exits 1 on any error
or when p95 is over ``--p95-max`` ms.

    .venv/bin/python benchmarks/load_test.py                       # 50 clients, 30 s
    .venv/bin/python benchmarks/load_test.py --think 0 --seconds 10  # saturation

Only 127.0.0.1 is ever targeted; every loop is bounded by the deadline.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out"
HOST = "127.0.0.1"  # never anything else

COUNTRIES = ["USA", "GBR", "FRA", "DEU", "RUS", "UKR", "IRN", "ISR", "CHN", "JPN", "KOR", "PRK", "IND",
             "PAK", "TUR", "SYR", "IRQ", "EGY", "SAU", "ARE", "QAT", "BRA", "ARG", "MEX", "CAN", "AUS",
             "ZAF", "NGA", "ETH", "KEN", "SDN", "POL", "BLR", "ARM", "AZE", "GEO", "VEN", "COL", "IDN", "PHL"]
NAMES = {"USA": "Washington", "GBR": "London", "RUS": "Moscow", "UKR": "Kyiv", "IRN": "Tehran", "CHN": "Beijing"}
VERBS = {"ACCUSE": "accused", "AID": "sent weapons to", "CONSULT": "met", "SANCTION": "sanctioned",
         "THREATEN": "threatened", "ASSAULT": "attacked", "REQUEST": "urged", "AGREE": "agreed with",
         "REJECT": "rejected", "SUPPORT": "backed", "COOPERATE": "signed a pact with", "PROTEST": "protested",
         "MOBILIZE": "mobilised against", "COERCE": "detained citizens of", "RETREAT": "withdrew from",
         "CONCEDE": "apologised to"}
STATUSES = ["asserted"] * 7 + ["alleged", "alleged", "denied", "contested"]


def build_store(path: Path, n_events: int, per_story: int = 10, seed: int = 7) -> None:
    """Synthetic, seeded stories and events, written through ``tidings.store.store_coded``."""
    from tidings import plover
    from tidings.records import Claim, Entity, Event, Story, TextInfo
    from tidings.store import Store, store_coded

    rng = random.Random(seed)
    types = list(plover.event_types())
    day0 = 738_000  # proleptic ordinal of 2021-07-27; spread events over ~3 years
    import datetime as dt

    batch: list[tuple[Story, list[Event]]] = []
    made = 0
    t0 = time.monotonic()
    with Store.open(path) as st:
        story_no = 0
        while made < n_events:
            story_no += 1
            date = dt.date.fromordinal(day0 + rng.randrange(0, 1100)).isoformat()
            sentences, events = [], []
            offset = 0
            for i in range(min(per_story, n_events - made)):
                a, r = rng.sample(COUNTRIES, 2)
                etype = rng.choice(types)
                an, rn = NAMES.get(a, a), NAMES.get(r, r)
                verb = VERBS.get(etype, "engaged")
                sent = f"{an} {verb} {rn} on day {i} of the crisis, officials said."
                start = offset
                offset += len(sent) + 1
                sentences.append(sent)
                status = rng.choice(STATUSES)
                by = [Entity(code=r, sector="GOV", entity_text=rn)] if status != "asserted" else []
                denied = [Entity(code=a, sector="GOV", entity_text=an)] if status in ("denied", "contested") else []
                vs = start + len(an) + 1
                events.append(Event(
                    id=f"load-{story_no}-{i}", story_id=f"load-{story_no}", date=date, event=etype,
                    actor=[Entity(code=a, sector="GOV", entity_text=an, start=start, end=start + len(an))],
                    recipient=[Entity(code=r, sector="GOV", entity_text=rn, start=vs + len(verb) + 1,
                                      end=vs + len(verb) + 1 + len(rn))],
                    event_text=verb, event_text_start=vs, event_text_end=vs + len(verb), text=sent,
                    text_info=TextInfo(i, start, start + len(sent)), quad_code=plover.quad_code(etype),
                    event_scale=plover.event_scale(etype), claim=Claim(status=status, by=by, denied_by=denied),
                    confidence=round(rng.uniform(0.3, 0.99), 2), coder={"name": "load-test", "version": "1"},
                ))
            made += len(events)
            story = Story(id=f"load-{story_no}", text=" ".join(sentences), date=date,
                          title=f"Synthetic story {story_no}", source=f"wire-{story_no % 7}")
            batch.append((story, events))
            if len(batch) >= 500:
                store_coded(st, batch)
                batch = []
                print(f"  stored {made:,} events ({time.monotonic() - t0:.0f} s)", file=sys.stderr)
        if batch:
            store_coded(st, batch)
    print(f"built {path} with {made:,} events in {time.monotonic() - t0:.0f} s", file=sys.stderr)


def query_mix(seed: int) -> list[str]:
    """A fixed list of events queries, as the events page sends them."""
    from tidings import plover

    rng = random.Random(seed)
    types = list(plover.event_types())
    out = []
    for _ in range(200):
        params = {"limit": "50", "offset": str(rng.choice([0, 0, 0, 50, 100, 500, 5000]))}
        kind = rng.randrange(6)
        if kind == 1:
            params["actor"] = rng.choice(COUNTRIES)
        elif kind == 2:
            params["type"] = rng.choice(types)
            params["status"] = rng.choice(["alleged", "contested", "denied"])
        elif kind == 3:
            params["since"], params["until"] = "2023-01-01", "2023-06-30"
            params["sort"] = "-date"
        elif kind == 4:
            params["q"] = rng.choice(["weapons", "officials", "crisis", "sanctioned"])
        elif kind == 5:
            params["actor"], params["recipient"] = rng.sample(COUNTRIES, 2)
        out.append("/api/v1/events?" + "&".join(f"{k}={v}" for k, v in params.items()))
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def start_server(db: Path, port: int, cache_size: int, workers: int = 1) -> subprocess.Popen:
    env = dict(os.environ, TIDINGS_TOKEN="")
    proc = subprocess.Popen(
        [sys.executable, "-m", "tidings.cli", "serve", "--db", str(db), "--host", HOST, "--port", str(port),
         "--read-only", "--cache-size", str(cache_size), "--workers", str(workers), "--log-level", "warning"],
        env=env, stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.stderr.read().decode() if proc.stderr else ''}")
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=2)
            conn.request("GET", "/api/v1/health")
            if conn.getresponse().status == 200:
                return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("server did not start within 60 s")


def client(port: int, queries: list[str], deadline: float, think: float, seed: int,
           latencies: list[float], errors: list[str]) -> None:
    rng = random.Random(seed)
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    i = rng.randrange(len(queries))
    while time.monotonic() < deadline:
        path = queries[i % len(queries)]
        i += 1
        t = time.perf_counter()
        try:
            conn.request("GET", path)
            resp = conn.getresponse()
            body = resp.read()
            took = time.perf_counter() - t
            if resp.status != 200:
                errors.append(f"{resp.status} {path}: {body[:200]!r}")
            elif not body.startswith(b'{"items":'):
                errors.append(f"unexpected body for {path}")
            else:
                latencies.append(took)
        except (OSError, http.client.HTTPException) as exc:
            errors.append(f"{type(exc).__name__} {path}: {exc}")
            conn.close()
            conn = http.client.HTTPConnection(HOST, port, timeout=30)
        if think:
            # uniform around the mean think time, so clients do not march in step
            time.sleep(min(max(0.0, deadline - time.monotonic()), rng.uniform(0.5 * think, 1.5 * think)))
    conn.close()


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, default=OUT / "load-100k.duckdb")
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--think", type=float, default=1.0, help="mean pause between a client's requests, s")
    ap.add_argument("--p95-max", type=float, default=200.0, help="fail above this p95, ms")
    ap.add_argument("--cache-size", type=int, default=512,
                    help="the server's answer cache (0: every request queries the store)")
    ap.add_argument("--workers", type=int, default=1, help="server processes (read-only store)")
    ap.add_argument("--json", type=Path, default=None, help="also write the results here")
    args = ap.parse_args(argv)
    if args.clients < 1 or not 0 < args.seconds <= 600:
        ap.error("--clients must be >= 1 and --seconds in (0, 600]")

    args.db.parent.mkdir(parents=True, exist_ok=True)
    if not args.db.exists():
        build_store(args.db, args.events)
    port = free_port()
    server = start_server(args.db, port, args.cache_size, args.workers)
    try:
        from tidings.store import Store, stats

        queries = query_mix(11)
        latencies: list[float] = []
        errors: list[str] = []
        deadline = time.monotonic() + args.seconds
        threads = [threading.Thread(target=client, args=(port, queries, deadline, args.think, 100 + n,
                                                         latencies, errors), daemon=True)
                   for n in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=args.seconds + 60)
    finally:
        server.terminate()
        server.wait(timeout=30)
    with Store.open(args.db, read_only=True) as st:
        stored = stats(st)["events"]
    ms = [x * 1000 for x in latencies]
    result = {
        "stored_events": stored, "clients": args.clients, "seconds": args.seconds, "think_s": args.think,
        "cache_size": args.cache_size, "workers": args.workers,
        "requests": len(ms), "errors": len(errors), "rps": round(len(ms) / args.seconds, 1),
        "p50_ms": round(percentile(ms, 50), 1), "p95_ms": round(percentile(ms, 95), 1),
        "p99_ms": round(percentile(ms, 99), 1), "max_ms": round(max(ms), 1) if ms else None,
        "mean_ms": round(statistics.fmean(ms), 1) if ms else None,
    }
    print(json.dumps(result, indent=2))
    for e in errors[:10]:
        print("error:", e, file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    ok = not errors and ms and result["p95_ms"] < args.p95_max
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
