"""Generate the benchmark corpus: wire-style stories built from templates (deterministic).

    python benchmarks/data/make_corpus.py [--stories 240] [--seed 7]

Writes benchmarks/data/corpus/stories.jsonl. The sentences are the project's own;
the countries, capitals and office titles are real, the events are invented.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent / "corpus" / "stories.jsonl"

# (name, adjective, capital, leader title)
COUNTRIES = [
    ("France", "French", "Paris", "President"), ("Germany", "German", "Berlin", "Chancellor"),
    ("Poland", "Polish", "Warsaw", "Prime Minister"), ("Ukraine", "Ukrainian", "Kyiv", "President"),
    ("Russia", "Russian", "Moscow", "President"), ("Iran", "Iranian", "Tehran", "President"),
    ("Israel", "Israeli", "Jerusalem", "Prime Minister"), ("Turkey", "Turkish", "Ankara", "President"),
    ("Egypt", "Egyptian", "Cairo", "President"), ("Japan", "Japanese", "Tokyo", "Prime Minister"),
    ("China", "Chinese", "Beijing", "President"), ("India", "Indian", "New Delhi", "Prime Minister"),
    ("Pakistan", "Pakistani", "Islamabad", "Prime Minister"), ("Brazil", "Brazilian", "Brasilia", "President"),
    ("Argentina", "Argentine", "Buenos Aires", "President"), ("Kenya", "Kenyan", "Nairobi", "President"),
    ("Ethiopia", "Ethiopian", "Addis Ababa", "Prime Minister"), ("Sudan", "Sudanese", "Khartoum", "leader"),
    ("Nigeria", "Nigerian", "Abuja", "President"), ("Mexico", "Mexican", "Mexico City", "President"),
    ("Canada", "Canadian", "Ottawa", "Prime Minister"), ("Australia", "Australian", "Canberra", "Prime Minister"),
    ("Indonesia", "Indonesian", "Jakarta", "President"), ("Vietnam", "Vietnamese", "Hanoi", "Prime Minister"),
    ("Saudi Arabia", "Saudi", "Riyadh", "Crown Prince"), ("Qatar", "Qatari", "Doha", "Emir"),
    ("Armenia", "Armenian", "Yerevan", "Prime Minister"), ("Azerbaijan", "Azerbaijani", "Baku", "President"),
    ("Serbia", "Serbian", "Belgrade", "President"), ("Colombia", "Colombian", "Bogota", "President"),
]
WEAPONS = ["artillery shells", "ballistic missiles", "attack drones", "rifles and ammunition",
           "air defence systems", "armoured vehicles", "anti-tank missiles"]
AID = ["food and medicine", "emergency shelters", "water purification equipment", "winter fuel",
       "medical supplies"]
TARGETS = ["an oil depot", "a power station", "a railway junction", "an army barracks", "a fuel convoy",
           "a border checkpoint", "an ammunition warehouse"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ISSUES = ["trade", "border security", "energy supplies", "migration", "the war in Ukraine",
          "climate finance", "nuclear talks", "grain exports"]
SOURCES = ["officials said", "a government spokesperson said", "state media reported",
           "the foreign ministry said in a statement", "witnesses told reporters", "according to local officials"]

LEADS = [
    "{A} accused {B} on {day} of supplying {weapons} to armed groups fighting near the border, {source}.",
    "{A_adj} {A_title} met his {B_adj} counterpart in {B_cap} on {day} to discuss {issue}.",
    "{A} imposed new sanctions on {B_adj} banks and energy companies on {day}, {source}.",
    "{A_adj} forces struck {target} in {B} overnight, killing {n} people, {source}.",
    "Thousands of people protested in {A_cap} on {day} against rising fuel prices, {source}.",
    "{A_adj} police arrested {n} opposition activists in {A_cap} on {day}, {source}.",
    "{A} said on {day} it would send {aid} to {B} after floods displaced thousands of families.",
    "{A} and {B} agreed on {day} to reopen their border crossings to commercial traffic.",
    "{A} threatened on {day} to expel {B_adj} diplomats if the detained journalists were not released.",
    "{A} called on {B} on {day} to withdraw its troops from the disputed region.",
    "{A_adj} troops began withdrawing from positions near the {B_adj} border on {day}, {source}.",
    "{A} announced a ceasefire with rebels in the north on {day}, {source}.",
    "{A} put its armed forces on high alert on {day} after {B_adj} warplanes crossed into its airspace.",
]
FOLLOWS = [
    "{B} denied the accusation and called it an attempt to distract from {A}'s own failures.",
    "{B_adj} officials rejected the claims as baseless, {source}.",
    "The {B_adj} foreign ministry summoned the {A_adj} ambassador to protest.",
    "{A_adj} officials said the {weapons} had been delivered by ship in recent weeks.",
    "The two leaders also discussed {issue} and agreed to meet again next month.",
    "The {B_adj} president's office said the talks had been constructive.",
    "The sanctions freeze the assets of several senior {B_adj} officials.",
    "{B} vowed to respond and said it reserved the right to retaliate.",
    "Rescue workers were searching the rubble for survivors on {day}.",
    "Protesters blocked main roads and burned tyres near the parliament building.",
    "Human rights groups condemned the arrests and demanded the activists' release.",
    "The United Nations welcomed the announcement and urged both sides to show restraint.",
    "{A} will host a donors' conference in {A_cap} next week, the foreign minister said.",
    "Analysts said the move could strain relations between {A} and {B} for months.",
]
BACKGROUND = [
    "Relations between the two countries have been tense since a dispute over fishing rights last year.",
    "The region has seen repeated clashes since the ceasefire collapsed in the spring.",
    "Inflation in {A} rose to {n} percent last month, the highest level in a decade.",
    "The currency fell against the dollar in early trading as investors weighed the risks.",
    "Elections are due to be held in {A} early next year.",
    "The government has faced criticism at home over its handling of the economy.",
    "Shipping companies have rerouted vessels away from the area since the start of the year.",
    "The ministry did not say how many people had been affected.",
    "It was not immediately possible to verify the reports independently.",
    "Talks between the two sides stalled in the summer over the sequencing of prisoner releases.",
]


def _slots(rng: random.Random) -> dict:
    a, b = rng.sample(COUNTRIES, 2)
    return {
        "A": a[0], "A_adj": a[1], "A_cap": a[2], "A_title": a[3],
        "B": b[0], "B_adj": b[1], "B_cap": b[2],
        "day": rng.choice(DAYS), "weapons": rng.choice(WEAPONS), "aid": rng.choice(AID),
        "target": rng.choice(TARGETS), "issue": rng.choice(ISSUES), "source": rng.choice(SOURCES),
        "n": rng.randint(2, 40),
    }


def _story(rng: random.Random, index: int) -> dict:
    slots = _slots(rng)
    paragraphs = [rng.choice(LEADS).format(**slots)]
    # no sentence twice in a story: sample without replacement, then group into paragraphs
    picks = rng.sample(FOLLOWS, rng.randint(2, 7)) + rng.sample(BACKGROUND, rng.randint(1, 5))
    rng.shuffle(picks)
    while picks:
        size = rng.randint(1, 3)
        take, picks = picks[:size], picks[size:]
        sentences = []
        for template in take:
            slots.update(day=rng.choice(DAYS), source=rng.choice(SOURCES), n=rng.randint(2, 40))
            sentences.append(template.format(**slots))
        paragraphs.append(" ".join(sentences))
    date = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
    title = paragraphs[0].split(" on ")[0][:70]
    return {"id": f"bench-{index:04d}", "date": date.isoformat(), "title": title, "source": "tidings-bench",
            "text": "\n\n".join(paragraphs)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stories", type=int, default=240)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for i in range(args.stories):
            fh.write(json.dumps(_story(rng, i + 1), ensure_ascii=False) + "\n")
    print(f"wrote {args.stories} stories to {OUT}")


if __name__ == "__main__":
    main()
