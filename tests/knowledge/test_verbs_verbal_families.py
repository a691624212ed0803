"""Verbal-type phrasings by family (verbs.json / nouns.json): speech acts sent, conveyed or handed to a party,
feelings voiced or registered at one, apologies offered, claims given up, lists struck off, vetoes cast,
understandings sealed and settlements reached, stopovers and audiences; and the same words where no party
acts on another."""

from __future__ import annotations

import pytest


def dyads(coder, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((e.event, tuple(sorted({a.code for a in e.actor if a.code})),
                   tuple(sorted({r.code for r in e.recipient if r.code})))
                  for e in coder.code(text, date="2025-06-04"))


@pytest.mark.parametrize(("text", "dyad"), [
    ("The Polish foreign ministry sent a letter of protest to Minsk on Monday over the treatment of Polish "
     "fishermen detained near the border.", ("ACCUSE", ("POL",), ("BLR",))),
    ("Japan's foreign ministry handed a demarche to the Chinese ambassador on Tuesday over repeated drone flights "
     "near the Senkaku islands.", ("ACCUSE", ("JPN",), ("CHN",))),
    ("Kenya registered its strong disapproval with Ethiopia on Wednesday over the incident at the border post.",
     ("ACCUSE", ("KEN",), ("ETH",))),
    ("The Australian government expressed strong dissatisfaction with Russia on Thursday over the arms sale.",
     ("ACCUSE", ("AUS",), ("RUS",))),
    ("Turkish Foreign Minister Hakan Fidan fired a broadside at Greece on Friday over the new trade curbs.",
     ("ACCUSE", ("TUR",), ("GRC",))),
    ("South Korea sent condolences to Argentina on Saturday after the deadly floods in Buenos Aires province.",
     ("SUPPORT", ("KOR",), ("ARG",))),
    ("The Australian government sent a formal request to Russia on Monday for the extradition of the businessman.",
     ("REQUEST", ("AUS",), ("RUS",))),
    ("The Australian government offered an apology to Indonesia on Tuesday for the shooting of two fishermen.",
     ("CONCEDE", ("AUS",), ("IDN",))),
    ("Kenyan President William Ruto struck Ethiopia off the country's terrorism blacklist on Wednesday.",
     ("CONCEDE", ("KEN",), ("ETH",))),
    ("Saudi Arabia cast a veto against Vietnam's draft resolution on Thursday, diplomats said.",
     ("REJECT", ("SAU",), ("VNM",))),
    ("The Australian prime minister stopped over in Russia on Friday on his way home from the summit.",
     ("CONSULT", ("AUS",), ("RUS",))),
])
def test_family_member_codes_its_type_and_dyad(coder, text, dyad):
    found = dyads(coder, text)
    assert dyad in found, found


@pytest.mark.parametrize(("text", "typ"), [
    ("Turkey sealed an understanding with Greece on Monday on sharing the waters of the Evros river.", "AGREE"),
    ("Turkey reached a settlement with Greece on Tuesday over the arbitration award.", "AGREE"),
    ("South Korea abandoned its claim on Tuesday to the islands it disputes with Japan.", "CONCEDE"),
    ("Kenya attributed the cyberattack on its tax authority to hackers working for Russia.", "ACCUSE"),
])
def test_family_member_codes_its_type(coder, text, typ):
    found = dyads(coder, text)
    assert any(d[0] == typ for d in found), found


@pytest.mark.parametrize("text", [
    "The Indonesian rupiah came under pressure on Monday as investors fretted about another rate cut.",
    "The company sent a letter to shareholders on Monday explaining the delay to the merger.",
    "The airline apologised to passengers on Tuesday after a software glitch grounded dozens of flights.",
    "Patients must undergo a medical examination before they are admitted to the trial, the hospital said.",
])
def test_same_words_without_parties_code_nothing(coder, text):
    assert not [d for d in dyads(coder, text) if d[0] in ("ACCUSE", "REQUEST", "CONCEDE", "SUPPORT")], text


@pytest.mark.parametrize(("text", "dyad"), [
    ("Polish Prime Minister Donald Tusk flayed Belarus on Monday for what he called a cynical campaign of pushing "
     "migrants across the border.", ("ACCUSE", ("POL",), ("BLR",))),
    ("Japan frowned on China's decision to extend its air defence zone over the East China Sea, the chief cabinet "
     "secretary said.", ("ACCUSE", ("JPN",), ("CHN",))),
    ("The Brazilian president blessed Argentina's plan for a common currency on Wednesday.",
     ("SUPPORT", ("BRA",), ("ARG",))),
    ("Vietnam has warmed to China's proposal for a joint survey of the disputed waters, a senior diplomat said.",
     ("AGREE", ("VNM",), ("CHN",))),
    ("Egypt paid tribute to Ethiopia on Saturday for its role in brokering the ceasefire in Sudan.",
     ("SUPPORT", ("EGY",), ("ETH",))),
    ("The United States granted India a waiver on Tuesday from the sanctions on Iranian oil.",
     ("CONCEDE", ("USA",), ("IND",))),
    ("India launched a blistering tirade against Pakistan at the United Nations on Wednesday.",
     ("ACCUSE", ("IND",), ("PAK",))),
    ("Egypt raised the prospect on Thursday of expelling Ethiopia's ambassador if Addis Ababa went ahead with the "
     "new dam.", ("THREATEN", ("EGY",), ("ETH",))),
    ("Japan called China's treatment of the detained businessman brutal and appalling on Monday.",
     ("ACCUSE", ("JPN",), ("CHN",))),
    ("Japan branded China's new coast guard law escalatory and destabilising on Wednesday.",
     ("ACCUSE", ("JPN",), ("CHN",))),
])
def test_second_family_member_codes_its_type_and_dyad(coder, text, dyad):
    found = dyads(coder, text)
    assert dyad in found, found


@pytest.mark.parametrize(("text", "typ"), [
    ("Turkey has flouted repeated United Nations resolutions on Cyprus, the Greek foreign minister said.", "REJECT"),
    ("The military government in Myanmar legalised three opposition parties on Friday.", "CONCEDE"),
])
def test_second_family_member_codes_its_type(coder, text, typ):
    found = dyads(coder, text)
    assert any(d[0] == typ for d in found), found


@pytest.mark.parametrize("text", [
    "Analysts called the situation in the Red Sea dangerous on Monday, warning that insurers might raise premiums.",
    "The coach called the referee's decision an insult to the fans after the match in Madrid on Sunday.",
    "The central bank's governor described the slump in the currency as temporary, telling a conference in Lagos "
    "that inflation would ease.",
    "The children paid tribute to their teacher at a ceremony in the school hall.",
])
def test_verdicts_and_tributes_without_parties_code_nothing(coder, text):
    assert not [d for d in dyads(coder, text) if d[0] in ("ACCUSE", "SUPPORT")], text


def test_verdict_word_decides_before_a_place_phrase_read_as_call_in(coder):
    found = dyads(coder, "Colombian President Gustavo Petro said on Sunday he would expel Israel's remaining "
                         "diplomats, calling the military campaign in Gaza a genocide.")
    assert ("ACCUSE", ("COL",), ("ISR",)) in found, found
    assert not any(d[0] == "MOBILIZE" for d in found), found


@pytest.mark.parametrize(("text", "typ"), [
    ("Kenya called in troops to quell the riots in Nairobi.", "MOBILIZE"),
    ("Japan called in China's ambassador on Monday to protest the incursion.", "ACCUSE"),
])
def test_call_in_still_summons_or_mobilises(coder, text, typ):
    assert any(d[0] == typ for d in dyads(coder, text)), dyads(coder, text)


@pytest.mark.parametrize(("text", "dyad"), [
    ("The United States imposed sanctions on four Chinese refineries on Thursday, a day after Washington warned "
     "Beijing that further purchases would draw penalties on its state banks.", ("THREATEN", ("USA",), ("CHN",))),
    ("The EU warned Hungary on Monday that it would face heavy fines if it did not change the asylum law.",
     ("THREATEN", ("EUR",), ("HUN",))),
])
def test_penalties_held_over_a_party_threaten(coder, text, dyad):
    assert dyad in dyads(coder, text), dyads(coder, text)


def test_penalties_for_no_party_threaten_no_one(coder):
    found = dyads(coder, "The tax office warned that penalties for late filing would rise next year.")
    assert not any(d[0] == "THREATEN" for d in found), found
