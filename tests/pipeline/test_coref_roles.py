"""Descriptions of an organisation named earlier (tidings.pipeline.coref_roles)."""

from __future__ import annotations

import pytest

from ..conftest import code, entity_codes, find_event


def test_the_organisation_is_the_international_body_named_before(coder):
    events = code(coder, "The World Health Organization said on Friday that Israel had blocked aid convoys to Gaza. "
                         "The organisation urged Israeli authorities to allow medical supplies into the enclave.",
                  date="2026-05-02")
    req = find_event(events, "REQUEST")
    assert entity_codes(req.actor) == ("UNO",) and entity_codes(req.recipient) == ("ISR",)


@pytest.mark.parametrize(("text", "etype", "country"), [
    ("Kenya's opposition Orange Democratic Movement on Monday accused police of firing live rounds at its supporters "
     "in Kisumu. The party urged the Independent Policing Oversight Authority to investigate the killings.",
     "REQUEST", "KEN"),
    ("Uganda's main opposition National Unity Platform said security forces had abducted 18 of its members in "
     "Kampala. The party accused the army of holding them incommunicado.", "ACCUSE", "UGA"),
    ("Cambodian authorities dissolved the opposition Candlelight Party last year. The party accused Prime Minister "
     "Hun Manet's government of persecuting its members.", "ACCUSE", "KHM"),
    # "Citizens Coalition for Change" (Zimbabwe) is not Georgia's "Coalition for Change"
    ("Zimbabwe's main opposition Citizens Coalition for Change accused soldiers of beating its supporters in Mutare. "
     "The party asked the Southern African Development Community to send observers.", "REQUEST", "ZWE"),
])
def test_the_party_is_the_opposition_named_before(coder, text, etype, country):
    ev = [e for e in code(coder, text, date="2025-06-02") if e.event == etype][-1]
    assert entity_codes(ev.actor) == (country,)
