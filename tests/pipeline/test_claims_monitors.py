"""Reporting organisations by the words of their names (claims.Claims._unvouched, claim_cues.json monitor_names)
and a merged verb that is the act itself or announces it (convening_verbs, deed_verbs). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.conftest import code

DATE = "2026-11-27"


def _event(coder, text: str, etype: str):
    return next(e for e in code(coder, text, date=DATE) if e.event == etype)


@pytest.mark.parametrize("text, etype", [
    # a monitor whose name gives it the country it reports on
    ("Paramilitary gunmen shelled a crowded market in Dilling on Thursday, killing at least 18 people, the Sudan "
     "Doctors Network said.", "ASSAULT"),
    # 'according to' a body named as a rights group
    ("Security forces detained more than 50 students at a university in Tabriz last week, according to the rights "
     "group Hengaw, which said several were beaten during questioning.", "COERCE"),
    # an uncoded group described as a press-freedom monitor
    ("Police in Ankara detained nine reporters covering a miners' march on Thursday, the press freedom group "
     "Expression Interrupted said.", "COERCE"),
    # a rights body the parser splits into a country adjective
    ("Police in Cairo arrested at least 35 people over calls for protests on Friday, the Egyptian Initiative for "
     "Personal Rights said, calling the arrests arbitrary.", "COERCE"),
])
def test_a_reporting_organisations_account_of_others_is_alleged(coder, text, etype):
    assert _event(coder, text, etype).claim.status == "alleged"


def test_a_monitors_toll_of_an_act_it_names_as_subject_stays_a_figure(coder):
    text = ("Clashes between riot police and opposition supporters in Caracas on Tuesday have left at least 14 "
            "people dead, according to the rights group Provea, which called for an independent inquiry.")
    events = [e for e in code(coder, text, date=DATE) if e.event == "ASSAULT"]
    assert all(e.claim.status == "asserted" for e in events)


def test_a_monitors_account_of_its_own_work_stays_asserted(coder):
    text = ("The International Committee of the Red Cross said it had delivered 40 tonnes of medical supplies to "
            "hospitals in Khartoum on Monday, its first convoy to the city in two months.")
    events = [e for e in code(coder, text, date=DATE) if e.event == "AID"]
    assert all(e.claim.status == "asserted" for e in events)


@pytest.mark.parametrize("text", [
    "Militiamen set fire to a health centre in the town of Bunia on Wednesday, the local administrator said.",
    "Rioters set ablaze two police stations in the Bangladeshi town of Gopalganj on Sunday, officials said.",
    "Insurgents set alight a convoy of fuel tankers near Kabul on Saturday, the Afghan interior ministry said.",
])
def test_setting_fire_was_done_not_planned(coder, text):
    assert all(e.aux_mode is None for e in code(coder, text, date=DATE) if e.event == "ASSAULT")


@pytest.mark.parametrize("text", [
    "Nigeria's main labour congress called a nationwide general strike for next Wednesday over the minimum wage, "
    "its president Joe Ajaero told reporters in Abuja.",
    "Argentina's CGT union federation called a general strike for Thursday against the labour reform bill, union "
    "leader Cristian Jeronimo said on Monday.",
])
def test_a_called_strike_is_planned(coder, text):
    assert _event(coder, text, "PROTEST").aux_mode == "future"
