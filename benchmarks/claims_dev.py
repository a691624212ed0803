"""Claims-stage accuracy on benchmarks/data/dev_modality.jsonl.

Two measurements:
  * ``--mode oracle`` (default): triggers and actors come from the gold (a small
    trigger lexicon and name table below), so only the claims stage is measured;
  * ``--mode coder``: the full tidings coder, scored with tidings.evaluate.

Usage: python benchmarks/claims_dev.py [--mode oracle|coder] [--errors] [--gold FILE]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import tidings
from tidings.coder import finalize, make_story, parse_date
from tidings.evaluate import evaluate, read_gold
from tidings.pipeline.base import Candidate, Mention, StoryContext
from tidings.pipeline.claims import Claims

GOLD = Path(__file__).parent / "data" / "dev_modality.jsonl"

NAMES = {
    "IRN": ["Iran", "Iranian", "Tehran"],
    "RUS": ["Russia", "Russian", "Moscow", "Kremlin"],
    "UKR": ["Ukraine", "Ukrainian", "Kyiv", "Kharkiv", "Odesa", "Nikopol"],
    "USA": ["United States", "U.S.", "American", "Washington", "Antony Blinken"],
    "GBR": ["Britain", "British"],
    "CHN": ["China", "Chinese", "Beijing"],
    "DEU": ["German", "Germany", "Olaf Scholz", "Angela Merkel"],
    "ISR": ["Israel", "Israeli"],
    "LBN": ["Lebanon"],
    "EUR": ["European Union"],
    "BLR": ["Belarus"],
    "CUB": ["Cuba"],
    "FRA": ["French", "France"],
    "IGO": ["NATO"],
    "SRB": ["Serbia"],
    "IRQ": ["Iraqi", "Iraq"],
    "KWT": ["Kuwait"],
    "GEO": ["Georgia", "Georgian", "Tbilisi"],
    "SYR": ["Syria"],
    "AFG": ["Afghan", "Afghanistan", "Kabul"],
    "PRK": ["North Korea", "Pyongyang"],
    "KOR": ["South Korea", "South Korean", "Seoul"],
    "JPN": ["Japan"],
    "PAK": ["Pakistan"],
    "AZE": ["Azerbaijan", "Azerbaijani", "Baku"],
    "ARM": ["Armenia", "Armenian"],
}
TRIGGERS = {
    "supply": "AID", "ship": "AID", "shipping": "AID", "send": "AID", "provide": "AID",
    "attack": "ASSAULT", "strike": "ASSAULT", "bomb": "ASSAULT", "shell": "ASSAULT",
    "retaliate": "ASSAULT",
    "meet": "CONSULT", "visit": "CONSULT", "talk": "CONSULT",
    "withdraw": "RETREAT",
    "sanction": "SANCTION", "impose": "SANCTION", "expel": "SANCTION",
    "accuse": "ACCUSE", "condemn": "ACCUSE", "blame": "ACCUSE",
    "decline": "REJECT", "refuse": "REJECT", "pledge": "AGREE", "threaten": "THREATEN",
    "close": "COERCE",
    "arrest": "COERCE", "rally": "PROTEST", "protest": "PROTEST", "deploy": "MOBILIZE",
}
_NAME_RE = re.compile(
    r"\b(" + "|".join(re.escape(n) for n in sorted({n for ns in NAMES.values() for n in ns}, key=len, reverse=True))
    + r")(?![\w])"
)
_CODE_OF = {n: code for code, ns in NAMES.items() for n in ns}


def _mentions(ctx: StoryContext) -> list[Mention]:
    doc = ctx.doc
    sent_of = {t.i: si for si, s in enumerate(ctx.sents) for t in s}
    out = []
    for m in _NAME_RE.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        out.append(Mention(span.start, span.end, span.start_char, span.end_char, span.text,
                           _CODE_OF[m.group(1)], None, "country", sent_of[span.start], span.root.i))
    return out


def _wanted(gold_type: str) -> set[str]:
    if gold_type == "AGREE":
        return {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"}
    if gold_type == "CONCEDE":
        return {"RETREAT"}
    return {gold_type}


def oracle_predictions(coder, gold: Path = GOLD) -> dict:
    claims = Claims(coder.nlp, coder.config)
    preds = {}
    for story in read_gold(gold):
        s = make_story(story.text, story_id=story.id, date=story.date)
        doc = coder.nlp(s.text)
        ctx = StoryContext(story=s, doc=doc, pub_date=parse_date(s.date))
        ctx.mentions = _mentions(ctx)
        used: set[int] = set()

        def add(tok, g, ctx=ctx, used=used):
            used.add(tok.i)
            si = next(i for i, sent in enumerate(ctx.sents) if sent.start <= tok.i < sent.end)

            def pick(codes):
                got = []
                for code in sorted(codes):
                    ms = [m for m in ctx.mentions if m.code == code and m.sent_index == si]
                    got.append(ms[0] if ms else Mention(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok), tok.text,
                                                        code, None, "country", si, tok.i))
                return got

            ctx.candidates.append(Candidate(sent_index=si, trigger=tok.i, trigger_start=tok.i,
                                            trigger_end=tok.i + 1, event=TRIGGERS[tok.lemma_.lower()],
                                            actor=pick(g.actor), recipient=pick(g.recipient)))

        for g in story.events:
            want = _wanted(g.event)
            tok = next((t for t in doc if t.i not in used and TRIGGERS.get(t.lemma_.lower()) in want), None)
            if tok is not None:
                add(tok, g)
        if len(ctx.sents) > 1:
            # a story reports an event more than once: every further trigger of a gold
            # type becomes a candidate too (as the events stage would make it)
            last = {g.event: g for g in story.events}
            for tok in doc:
                etype = TRIGGERS.get(tok.lemma_.lower())
                like = next((g for t, g in last.items() if etype in _wanted(t)), None)
                if tok.i in used or like is None:
                    continue
                add(tok, like)
        claims(ctx)
        preds[story.id] = finalize(ctx, coder.config)
    return preds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mode", choices=("oracle", "coder"), default="oracle")
    ap.add_argument("--errors", action="store_true", help="list each wrong claim status / aux mode")
    ap.add_argument("--gold", type=Path, default=GOLD, help="gold JSONL (default: the modality dev set)")
    args = ap.parse_args()
    gold = args.gold
    coder = tidings.default_coder()
    preds = oracle_predictions(coder, gold) if args.mode == "oracle" else None
    report = evaluate(gold, coder=coder, predictions=preds)
    # the oracle builds candidates without modes: mode accuracy means nothing there
    hidden = ("per_type", "errors", "mode_accuracy") if args.mode == "oracle" else ("per_type", "errors")
    keys = [k for k in report if k not in hidden]
    print(json.dumps({k: report[k] for k in keys}, indent=1, default=str))
    if args.errors:
        preds = preds or {}
        for story in read_gold(gold):
            events = preds.get(story.id)
            if events is None:
                events = coder.code(story.text, story_id=story.id, date=story.date)
            for g in story.events:
                cands = [e for e in events if e.event == g.event]
                got = [(e.aux_mode, e.claim.status, e.claim.cues) for e in cands]
                want = (g.scored.get("aux_mode"), g.scored.get("claim_status"))
                if not any(x[:2] == want for x in got):
                    print(f"{story.id} {g.event} want={want} got={got}\n    {story.text}")


if __name__ == "__main__":
    main()
