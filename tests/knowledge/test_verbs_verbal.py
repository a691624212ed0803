"""Lexicon breadth for the verbal and cooperative types (verbs.json / nouns.json entries): uncommon verbs,
phrasal verbs and light-verb idioms of ACCUSE, REJECT, THREATEN, REQUEST, AGREE, CONSULT, SUPPORT, COOPERATE
and PROTEST code their type; the same words in non-political senses code nothing."""

from __future__ import annotations

import pytest

from tests.conftest import code

EXPRESSIONS = [
    ("ACCUSE", "Greece registered a protest with Turkey over the airspace violation."),
    ("ACCUSE", "Algeria cried foul over France's remarks on Western Sahara."),
    ("ACCUSE", "The Indian prime minister tore into Pakistan over the attack."),
    ("ACCUSE", "Beijing took exception to Canberra's remarks."),
    ("ACCUSE", "Sweden issued a demarche to Iran over the detention."),
    ("ACCUSE", "Rome vilified Paris over the migrants."),
    ("ACCUSE", "Guyana hauled Venezuela before the World Court."),
    ("ACCUSE", "Nigeria's anti-graft agency arraigned the former minister."),
    ("ACCUSE", "Kenya's foreign ministry took issue with Uganda's decision to close the border."),
    ("ACCUSE", "Colombia's president came down hard on Ecuador over the raid."),
    ("ACCUSE", "Seoul's spy agency laid the blame for the hack at Pyongyang's door."),
    ("REJECT", "Tehran waved away the European demands."),
    ("REJECT", "Israel disavowed the plan backed by Egypt."),
    ("REJECT", "Israel's prime minister gave short shrift to the French proposal."),
    ("REJECT", "Tehran gave the cold shoulder to European mediators."),
    ("REJECT", "Kyiv slammed the door on any talks with Moscow."),
    ("REJECT", "The Houthis threw cold water on the American proposal."),
    ("THREATEN", "Russian officials rattled their sabres at Finland."),
    ("REQUEST", "Washington piled pressure on Israel to allow more aid into Gaza."),
    ("REQUEST", "Kyiv solicited aid from its allies."),
    ("AGREE", "Kyiv acceded to the American request for a truce."),
    ("AGREE", "Kenya and Ethiopia ironed out a power-trading deal."),
    ("AGREE", "Indonesia tabled a proposal for talks with Australia."),
    ("AGREE", "Washington and Baghdad settled on a timetable for the troop withdrawal."),
    ("CONSULT", "Macron got on the phone with Putin."),
    ("SUPPORT", "Estonia lined up behind Ukraine's request."),
    ("SUPPORT", "The United States and Vietnam elevated their ties to a comprehensive strategic partnership."),
    ("PROTEST", "Peruvian lorry drivers mounted a nationwide stoppage."),
    ("PROTEST", "Argentine students flooded the streets of Buenos Aires."),
    ("PROTEST", "Chilean dock workers stayed away from work."),
    ("PROTEST", "Venezuelans banged pots and pans in Caracas."),
    ("PROTEST", "Pakistani traders shuttered their shops in protest against electricity prices."),
    ("PROTEST", "Kenyan doctors laid down their tools."),
    ("PROTEST", "Thousands of Georgians formed a human chain across Tbilisi."),
    ("PROTEST", "Mozambicans staged a three-day general shutdown called by the opposition."),
    ("COOPERATE", "France and Britain jointly developed the Storm Shadow missile."),
    ("COOPERATE", "Pakistan and China inaugurated a new rail link."),
    ("CONCEDE", "Washington backed off from its threat to impose tariffs on Mexico."),
    ("ACCUSE", "Ukraine instituted proceedings against Russia at the International Court of Justice."),
    ("ACCUSE", "Lithuania took legal action against Belarus over the migrants."),
    ("ACCUSE", "Seoul bemoaned Tokyo's decision to release the water."),
    ("ACCUSE", "Prosecutors in Seoul placed President Yoon under investigation."),
    ("REJECT", "Hungary held up the release of EU funds for Ukraine."),
    ("REQUEST", "Kyiv made a pitch to Berlin for more Patriot batteries."),
    ("AGREE", "Russia held out an olive branch to Georgia."),
    ("AGREE", "Cyprus floated a proposal for a new round of talks with Turkey."),
    ("SUPPORT", "Russia and China presented a united front at the United Nations."),
    ("SUPPORT", "Germany spoke out in favour of Ukraine's membership."),
    ("CONSULT", "Ukrainian and Russian negotiators came face to face in Istanbul."),
    ("CONSULT", "Envoys from Washington and Tehran engaged in a fourth round of indirect talks in Oman."),
    ("COOPERATE", "Kazakhstan and Uzbekistan forged a partnership to build a dam."),
]


@pytest.mark.parametrize(("etype", "text"), EXPRESSIONS, ids=[f"{t}-{s[:40]}" for t, s in EXPRESSIONS])
def test_expression_codes_its_type(coder, etype, text):
    assert etype in [e.event for e in code(coder, text)]


NON_EVENTS = [
    "Floodwaters flooded the streets of Valencia on Tuesday.",
    "Cheap imports flooded the market, the steel association said.",
    "The missile tore into a residential building in Kharkiv.",
    "Investors shrugged off the weak jobs data.",
    "The comedian mocked the tech industry in his new show.",
    "Apple and Google forged a partnership on mapping software.",
    "Lawmakers tabled a motion of no confidence in the finance minister.",
    "Commuters stayed away from work because of the snow.",
    "The company registered a profit for the third quarter.",
    "The minister got on the plane to Brussels.",
    "Fans flooded the streets of Buenos Aires to celebrate the World Cup victory.",
    "The two firms settled on a price for the shares.",
    "The two tech giants jointly developed a new chip.",
    "The prime minister inaugurated a new bridge in Lagos.",
    "The retailer formed a supply chain partnership with a logistics firm.",
    "Mourners flooded the streets of the capital for the funeral.",
    "Police questioned the driver for several hours.",
    "Heavy traffic held up the parade.",
    "The two teams came face to face in the final.",
    "The team presented a united front after the defeat.",
    "The two sides fought their deadliest border clashes in years in October.",
]


@pytest.mark.parametrize("text", NON_EVENTS, ids=[s[:40] for s in NON_EVENTS])
def test_same_words_in_other_senses_code_nothing(coder, text):
    assert [e.event for e in code(coder, text)] == []
