"""The recipient conventions the parse alone does not settle (the lead's round-4 decisions,
docs/plover-decisions.md "Domestic recipients", "PROTEST with no explicit target", "Places are not
parties"): ``settle_recipients`` runs once per candidate in ``Events._candidate``, after the
parse-based recipient rules, and returns the recipient list unchanged unless a rule applies."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .event_deep_parties import (
    attempt_agent,
    blamed_deep,
    blamed_words,
    crew_only,
    judged_abroad,
    participle_object,
    rescued_home,
    subject_attack_target,
)
from .event_deep_parties import mixed_list as _mixed
from .event_domestic import (
    INSTITUTION_TARGETS,
    KILL_VERBS,
    PERSON_OBJECT_VERBS,
    POPULATION_MODES,
    PROBED_BODIES,
    VERBAL_DOMESTIC_TYPES,
    any_act_party,
    attack_victims,
    audience,
    border_side,
    clemency,
    contesting,
    detainee,
    group_target,
    home_of,
    institution,
    judged_compatriots,
    mention_at,
    person_object,
    probed_body,
    pronoun_antecedent,
    pronoun_party,
    relation_object,
    scene_of,
    under_place_noun,
)
from .event_far_recipients import (
    buried_destination,
    clause_holder,
    far_phrase,
    funded_party,
    moved_people_origin,
    people_place,
    unaimed_party,
    worth_tail,
)
from .event_home import (
    foreign_people,
    jailer,
    opposition,
    police_home,
    population_home,
    removed_from_office,
    state_process,
    verbal_compatriots,
    victims_home,
)
from .event_meetings import (
    deep_host,
    directed_partner,
    joint_subject,
    mediated_parties,
    mediator_sides,
    several_meet,
)
from .event_protest_targets import official_protest, protest_target
from .event_relations import (
    appeal_beneficiaries,
    asked_subject,
    drop_currencies,
    release_holder,
    treaty_partner,
)
from .event_rule_parties import domestic_force
from .event_scene_places import (
    CLAUSE_PLACE_PREPS,
    campaign_place,
    crossing_neighbour,
    drop_grounds,
    drop_premises,
    entered_owner,
    harmed,
    other_clause,
    place_from,
    retreat_place,
    scene_place,
    setting_place,
)
from .event_targets import (
    AIMING_PARTICIPLES,
    APPLICATION_TYPES,
    BACKER_TYPES,
    BLAME_VERBS,
    MOVE_REACTION_TYPES,
    NON_STATE_SECTORS,
    OBJECT_PARTNER_TYPES,
    aid_destination,
    aimed_at,
    applicant,
    backer,
    backers_inside,
    based_in,
    beneficiary,
    bound_destination,
    coded_targets,
    conceded_place,
    conditional_party,
    council_text,
    deep_target,
    drop_home_places,
    helped,
    hit_by_it,
    invested,
    misplaced_agent,
    move_doers,
    object_partner,
    owned_object,
    owned_target,
    partner_with,
    response_target,
    restricted_destination,
    supplied,
    sym_partner,
    users,
    vetoed_draft,
)
from .event_threat_targets import restated_act_doer
from .stance_mentions import unstance

if TYPE_CHECKING:
    from .base import Mention


# -- recipient conventions the parse alone does not settle (the lead's round-4 decisions) ----------
# Types whose uncoded people / institution targets are the scene's ("Police in Lagos arrested 40 protesters": NGA)
DOMESTIC_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "PROTEST", "RETREAT"})
# Dependencies with their own ISO code, by sovereign: a deployment there stays at home.
SOVEREIGN = {
    "PRI": "USA", "GUM": "USA", "VIR": "USA", "ASM": "USA", "MNP": "USA", "GRL": "DNK", "FRO": "DNK",
    "REU": "FRA", "GUF": "FRA", "GLP": "FRA", "MTQ": "FRA", "MYT": "FRA", "NCL": "FRA", "PYF": "FRA",
    "GIB": "GBR", "FLK": "GBR", "BMU": "GBR", "CYM": "GBR", "IOT": "GBR", "HKG": "CHN", "MAC": "CHN",
}
MOBILIZE_DESTINATION_PREPS = ("into", "to", "in", "inside", "toward", "towards", "around")
# "encircled Taiwan in drills": the country a force surrounds is where it is aimed
ENCIRCLE_VERBS = frozenset({"encircle", "surround", "blockade", "ring"})
DIRECT_DESTINATION_PREPS = ("into", "inside")
INTRUSION_VERBS = frozenset({"violate", "breach", "enter", "intrude", "penetrate", "cross", "infringe"})
HARM_TYPES = frozenset({"COERCE", "ASSAULT"})
# What a protest outside a foreign mission, or over a foreign leader's effigy, is aimed at.
# "lodged / filed a protest": a diplomatic protest (ACCUSE after the retype) answers its provoker too
LODGE_VERBS = frozenset({"lodge", "file", "register", "issue", "submit", "deliver", "send"})
# types whose other party may be the partner of a relation noun deep in the object
PARTNER_TYPES = frozenset({"REQUEST", "AGREE", "REJECT", "SUPPORT", "COOPERATE", "SANCTION", "CONCEDE", "THREATEN"})


def settle_recipients(h, actor: list[Mention], recipient: list[Mention], by_tok: dict[int, Mention],
                      story_country: Mention | None) -> list[Mention]:
    """``_settle`` below; then, when no party of another country was found, the partner named
    inside the object's own phrase (``object_partner``: "accepted a Qatari-Egyptian proposal")."""
    own = {m.code for m in actor if m.code}
    if h.entry.sym and len(own) == 1 and not any(m.code for m in recipient):
        # "India fought a brief war with Pakistan": the other side named on the object noun is a co-actor
        actor.extend(m for m in sym_partner(h, own, by_tok) if m not in actor)
    if h.entry.sym:
        recipient = joint_subject(h, actor, recipient, by_tok)
    directed = directed_partner(h, actor)
    if directed is None:
        directed = mediator_sides(h, actor)  # "Egypt mediated between Israel and Hamas": EGY -> ISR, PSE
    if directed is not None:
        return directed  # "Colombia worked with Ecuadorian forces": COL -> ECU
    if mediated_parties(h, actor, recipient, by_tok):
        return []  # "Qatar hosted talks between Rwanda and Congo": RWA, COD meet; the host is no party
    if h.etype == "CONSULT":
        meeting = several_meet(h, actor, recipient)
        if meeting is None:
            meeting = deep_host(h, actor, recipient, by_tok)  # "met on the sidelines of a summit in Tianjin"
        if meeting is not None:
            return meeting
    recipient = appeal_beneficiaries(h, actor, recipient, h.tok.doc)  # "appealed ... to help children in Yemen"
    found = _settle(h, actor, recipient, by_tok, story_country)
    own = {m.code for m in actor if m.code}
    if own and h.etype == "SANCTION" and not any(m.code and m.code not in own for m in found):
        found = treaty_partner(h, own, by_tok) or found  # "withdraw from a 2000 agreement with the United States"
    if own and h.etype == "AGREE":
        # "spoke with Putin and offered to host a new round of talks between Russia and Ukraine": RUS, UKR
        go_between_sides = _event_object_partner.go_between_sides

        found = go_between_sides(h, own, by_tok) or found
    # (a symmetric entry with one coded actor has no partner: "Kenya signed off on a plan to deploy police to Haiti")
    if own and h.etype in OBJECT_PARTNER_TYPES and (not h.entry.sym or len(own) == 1) and h.route != "reaction" and not any(
            m.code and m.code not in own for m in found) and not (h.etype in DOMESTIC_TARGET_TYPES and any(
            m.code for m in found)):
        found = object_partner(h, own, by_tok) or found
    if own and (h.etype in ("THREATEN", "ACCUSE", "SANCTION") or (h.etype in ("SUPPORT", "CONCEDE") and relation_object(h))
                or (h.etype == "PROTEST" and h.route == "light-verb" and h.tok.lemma_.lower() in LODGE_VERBS)
                or ((h.etype == "REJECT" or (h.etype, h.mode) == ("REQUEST", "yield")) and not any(m.code for m in found))) \
            and h.route != "reaction" and not any(m.code and m.code not in own for m in found) \
            and not (h.entry.sym and len(own) > 1) \
            and not (h.etype == "ACCUSE" and any(m.kind in ("person", "agent") for m in found)):  # ("charged a blogger, days after")
        # "warned of countermeasures after the Philippine coast guard seized a Chinese boat": the
        # provoker of a reaction (dyads' argument_partners.provoker)
        provoker = _argument_partners.provoker

        found = provoker(h.tok, own, by_tok) or found
    if own and h.etype == "MOBILIZE" and h.route != "reaction" and not found:
        # "scrambled jets after Russian bombers flew near Hokkaido": the party whose act the alert answers
        alarm_provoker, watched = _argument_partners.alarm_provoker, _argument_partners.watched

        found = alarm_provoker(h.tok, own, by_tok) or watched(h.tok, own, by_tok) or found
    if own and h.etype == "REQUEST" and h.noun is not None and not any(m.code and m.code not in own for m in found):
        # "sent instructors to Niger following a request from the country's transitional authorities": a
        # request noun's addressee is who acts on it (dyads' argument_partners.requested_party)
        requested_party = _argument_partners.requested_party

        found = requested_party(h.noun, own, by_tok) or found
    if own and h.etype == "REQUEST":
        found = asked_subject(h, own, by_tok) or found  # "demanded that China stop supplying ... to Russia": CHN
        found = release_holder(h, own, by_tok, found) or found  # "the release of the reporter held in Russia": RUS
    if own and h.etype == "CONCEDE" and not any(m.code and m.code not in own for m in found):
        dropped_demand = _event_object_partner.dropped_demand

        # "climbed down from its demand that Israel commit"; "dropped its objections after Brussels promised ..."
        found = dropped_demand(h.tok, own, by_tok) or _argument_partners.quid_pro_quo(h.tok, own, by_tok) or found
    if own and h.etype in ("AID", "COERCE"):  # "evacuated children from Gaza to Amman": PSE, not the destination
        found = moved_people_origin(h, own, by_tok) or found
    if own and not any(m.code and m.code not in own for m in found):
        found = far_phrase(h, own, by_tok) or unaimed_party(h, actor, found, by_tok) or found  # (round 18: after-clauses)
    found = funded_party(h, found, by_tok) or _argument_partners.unresolved_addressee(h, found, by_tok)  # ("urged him to")
    # (again: the object's own partner may be the people the appeal is for)
    return drop_currencies(appeal_beneficiaries(h, actor, found, h.tok.doc), h.tok.doc)


def _settle(h, actor: list[Mention], recipient: list[Mention], by_tok: dict[int, Mention],
            story_country: Mention | None) -> list[Mention]:
    """The recipient conventions the parse alone does not settle (docs/plover-decisions.md,
    'Domestic recipients', 'Places are not parties'). Returns ``recipient`` unchanged when no
    rule applies:

    * MOBILIZE into another country: the destination ("moved warheads into Belarus" -> BLR);
    * RETREAT from a place: its country ("left their base in the Chadian capital" -> TCD);
    * COERCE / ASSAULT whose harm a participle names ("disrupting flights from Finland");
    * people or institutions with no country of their own, as targets of ASSAULT, COERCE,
      SANCTION, ACCUSE, PROTEST, RETREAT: the scene's country, else the sentence's single
      country, else the story's ("Police in Lagos arrested 40 protesters" -> NGA);
    * a PROTEST with no target: a foreign mission or leader it is staged against, else the
      government of the country where it happens."""
    etype = h.etype
    own = {m.code for m in actor if m.code}
    if not own or h.entry.sym or h.route == "reaction":
        return recipient  # an elicited reaction ("sparking protests in Ottawa") targets the provoker
    word = h.noun if h.noun is not None else h.tok
    recipient = drop_grounds(h.tok, recipient, h.etype)
    doc = h.tok.doc
    # "pro-EU demonstrators", "Russian-speaking activists": a side taken is not a party; "residents
    # told Reuters": the audience of the report is no target of the act reported
    recipient = [m for m in unstance(recipient, doc) if not audience(m, h.tok, doc)]
    if etype == "ACCUSE":
        # "blamed the strike on a hospital in Kyiv on Russia"; "criticised the arrest of a Chinese businessman in Manila"
        found = (blamed_deep(h.tok, own, by_tok) if h.tok.lemma_.lower() in BLAME_VERBS else []) or judged_abroad(
            h, own, recipient, by_tok)
        if found:
            return found
    if etype in ("RETREAT", "MOBILIZE"):
        # "pulled back ... under an agreement reached ahead of a summit in Russia": a place in
        # another clause is that clause's scene, not where the troops went or left
        recipient = [m for m in recipient if not (doc[m.root].dep_ == "pobj" and doc[m.root].head.lower_ in CLAUSE_PLACE_PREPS
                                                  and other_clause(doc[m.root], h.tok))]
    if etype == "RETREAT" and h.mode != "release":
        # "RSF fighters withdrew from the town of Bara", "pulled its fighters out of the Tirah valley": a
        # place left at home is no party, for rebels as for armies (docs: only a place abroad counts)
        # ("from the town": a definite place resolved to the town named before is a place too)
        from .argument_places import PLACE_NOUNS

        recipient = [m for m in recipient if not (m.code in own and m.sector in (None, "GOV") and (
            m.kind == "country" or (m.kind == "pronoun" and doc[m.root].lemma_.lower() in PLACE_NOUNS)))]
    if etype in HARM_TYPES and recipient:
        recipient = drop_premises(h, recipient, by_tok)
        recipient = [m for m in recipient if m.code in (None, *own) or m.kind != "country"
                     or not setting_place(doc, m, h.tok)]
    if etype in HARM_TYPES and recipient:
        # "captured a strategic town near the Chinese border": a border's side named near the scene is no
        # party (docs: not for attacks or arrests near a border)
        recipient = [m for m in recipient if not border_side(doc, m)]
    if etype in HARM_TYPES and not any(m.sector in NON_STATE_SECTORS for m in actor):
        # (rebels taking a city take it from the state: "M23 rebels captured Bukavu" stays COD -> COD)
        recipient = drop_home_places(recipient, own)
    elif etype == "ASSAULT" and not recipient:
        # "M23 rebels seized the town of Walikale in eastern Congo": the town they take is their state's
        from .argument_places import PLACE_NOUNS, place_mention
        taken = _arguments.objects

        si = actor[0].sent_index
        # (the place itself as the object: "seized control of Aleppo" is told as control, the older gold: none)
        towns = [m for o in taken(h.tok) if o.i in by_tok or o.lemma_.lower() in PLACE_NOUNS
                 for m in [place_mention(o, by_tok, si)] if m is not None and m.code in own]
        if towns:
            return towns[:1]
    if etype in HARM_TYPES:
        # "struck a warehouse in Homs that the military said belonged to Hezbollah": the holder a relative
        # clause names for the thing hit or seized outranks the place (round 12)
        held = clause_holder(h.tok, own, by_tok)
        if held:
            return held
    if etype == "ASSAULT":
        # "an air strike targeting Hamas leaders in Doha": the party the strike aimed at outranks
        # the place it happened in
        aimed = aimed_at(word, own, by_tok) or hit_by_it(h.tok, own, by_tok) or subject_attack_target(h.tok, own, by_tok)
        if aimed:
            return aimed
    if etype == "MOBILIZE":  # "deployed F-35 jets to Puerto Rico": a dependency of the actor's own state is home ground
        recipient = [m for m in recipient if SOVEREIGN.get(m.code) not in own]
    if etype == "MOBILIZE" and not any(m.code and m.code not in own for m in recipient):
        # "sending troops to support M23 rebels": the party backed (the types stage then makes it AID)
        backed = helped(h.tok, own, by_tok)
        if backed:
            return backed
    if etype == "MOBILIZE":
        # "moved missiles into Belarus ahead of drills near the Polish border": the destination
        # named on the move itself outranks a border further down
        direct = [m for m in place_from(word, h.tok, actor, by_tok, DIRECT_DESTINATION_PREPS, nested=False)
                  if SOVEREIGN.get(m.code) not in own]
        if direct:
            return direct
    if etype in APPLICATION_TYPES:
        found = applicant(h.tok, own, by_tok)  # "ratified Sweden's bid to join NATO": SWE, not NATO
        if found:
            return found
    if etype == "REJECT":
        # "blocked an EU statement criticising China": the text's author or council, not its content's target
        found = council_text(word, h.tok, own, by_tok) or (
            vetoed_draft(word, h.tok, by_tok) if not any(m.code and m.code not in own for m in recipient) else [])
        if not found and not any(m.code and m.code not in own for m in recipient):
            # "The EU's adoption of a sanctions package was blocked by Slovakia": the owner of the act blocked
            found = coded_targets([c for s_ in h.tok.children if s_.dep_ == "nsubjpass" for c in s_.children
                                   if c.dep_ == "poss"], own, by_tok)
        if found:
            return found
    across = crossing_neighbour(h, actor, recipient, by_tok)
    if across is not None:
        return across  # "closed the Torkham and Chaman crossings" -> AFG, not PAK
    if any(m.code and m.code not in own for m in recipient):
        return _mixed(h, actor, recipient, by_tok, story_country)
    if etype in PARTNER_TYPES:
        found = partner_with(word, own, by_tok)  # "requested a fresh round of talks with Cambodia"
        if found:
            return found
    if etype == "MOBILIZE":
        # "encircled Taiwan", "drills surrounding Taiwan", "exercises encircling Taiwan", "sent warships
        # to encircle Taiwan": the country a force surrounds is where it is aimed
        surrounded = _arguments.objects

        rings = [h.tok] if h.tok.lemma_.lower() in ENCIRCLE_VERBS else []
        holders = [word, h.tok, *surrounded(h.tok)]
        holders += [g for x in holders for c in x.children if c.dep_ == "prep" and c.lower_ in ("in", "for")
                    for g in c.children if g.dep_ == "pobj"]  # "took part in exercises encircling Taiwan"
        rings += [c for x in {t.i: t for t in holders}.values()
                  for c in x.children if c.dep_ in ("acl", "advcl", "xcomp", "relcl") and c.lemma_.lower() in ENCIRCLE_VERBS]
        ringed = [o for r in rings for o in surrounded(r) or [c for c in r.children if c.dep_ in ("npadvmod", "dep")]]
        # (headline parses: "drills encircling Taiwan days after ..." hangs Taiwan as a compound)
        ringed += [c for o in ringed for c in o.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        found = coded_targets(ringed, own, by_tok)
        if found:
            return found
    if etype == "MOBILIZE" and h.tok.lemma_.lower() in INTRUSION_VERBS:
        found = [m for m in entered_owner(h.tok, actor, own, by_tok) if SOVEREIGN.get(m.code) not in own]
        if found:
            return found[:1]
    if etype == "MOBILIZE":
        found = place_from(word, h.tok, actor, by_tok, MOBILIZE_DESTINATION_PREPS) or campaign_place(h.tok, actor, by_tok)
        # "deployed F-35 jets to Puerto Rico": a dependency of the actor's own state is home ground
        # ("deployed troops around Guam": nor is one named by the parse)
        return [m for m in found or recipient if SOVEREIGN.get(m.code) not in own]
    if etype == "RETREAT" and h.mode != "release":
        found = retreat_place(h, actor, by_tok)
        if found:
            return found
    if etype == "ASSAULT" and not recipient:
        # "Pakistan would hit back hard if the Taliban government allowed ...": a strike held over a
        # condition (the types stage makes it a THREATEN) is aimed at the party of the condition
        # (a party that acts, not the owner of a thing that happens: "if Ukraine's counteroffensive succeeded")
        found = [m for m in conditional_party(h.tok, own, by_tok) if doc[m.root].dep_ != "poss"]
        if found:
            return found
    if etype in HARM_TYPES:
        found = harmed(h.tok, own, by_tok) or owned_target(h.tok, own, by_tok) or users(h.tok, own, by_tok) or (
            foreign_people(h, own, by_tok)) or pronoun_party(h, actor, own, by_tok) or (
            owned_object(h.tok, own, by_tok)) or (
            deep_target(h.tok, own, by_tok) if etype == "ASSAULT" else []) or coded_targets(participle_object(h.tok), own, by_tok) or (
            scene_place(h, word, actor, by_tok))
        if not found:
            dispersed = _event_crowds.dispersed

            crowd = dispersed(h, by_tok, uncoded=False)  # "used water cannon to break up a crowd of students"
            found = [by_tok[crowd.i]] if crowd is not None else []
        if found:
            return found
    if etype == "ACCUSE" and recipient and all(m.code in own for m in recipient if m.code) and h.tok.dep_ == "relcl" \
            and h.tok.head.dep_ == "pobj" and h.tok.head.head.dep_ == "prep":
        # "the closure of the Russian consulate in Poland, which Warsaw blamed for ...": the relative
        # clause belongs to the noun before the place, not to the actor's own country
        found = coded_targets([h.tok.head.head.head], own, by_tok)
        if found:
            return found
    if etype in BACKER_TYPES and not any(m.code and m.code not in own for m in recipient):
        found = backer(word, own, actor[0].sent_index, etype)  # "turned down a U.S.-backed plan" -> USA
        if found:
            return found
    if etype in ("ACCUSE", "REJECT") and not any(m.code and m.code not in own for m in recipient):
        found = misplaced_agent(h.tok, own, by_tok)  # "criticised the deportation of migrants by the US"
        if found:
            return found
    if etype in MOVE_REACTION_TYPES and not any(m.code and m.code not in own for m in recipient):
        found = move_doers(h.tok, own, by_tok)  # "passed the bill, a measure the EU criticised"
        if found:
            return found
    if etype == "ACCUSE" and h.tok.lemma_.lower() in BLAME_VERBS and not any(m.code for m in recipient):
        # "blamed the attack on Iran", "cyberattacks that Seoul blamed on North Korean hackers"
        objects, prep_objects = _arguments.objects, _arguments.prep_objects

        blamed = [g for x in [h.tok, *objects(h.tok)] for g in prep_objects(x, ("on",))] + blamed_words(h.tok)
        found = coded_targets(blamed, own, by_tok)
        # "an attack New Delhi blamed on Pakistan-based militants", "blamed bandits based in Niger for ...":
        # the people blamed belong where they are based
        found = found or based_in(blamed + (objects(h.tok) if prep_objects(h.tok, ("for",)) else []), own, by_tok)
        # "an attack New Delhi blamed on Pakistan-backed militants": people blamed stand for their backer
        found = found or backers_inside(blamed, own, actor[0].sent_index)
        if found:
            return found
    if etype == "THREATEN":
        found = response_target(h.tok, own, by_tok) or (
            conditional_party(h.tok, own, by_tok) or any_act_party(h.tok, own, by_tok) or attempt_agent(h.tok, own, by_tok)
            or restated_act_doer(h.tok, own, by_tok)
            if not any(m.code and m.code not in own for m in recipient) else [])
        if found:
            return found
        return verbal_compatriots(h, actor, recipient, by_tok, story_country)
    if etype == "ACCUSE" and not any(m.code for m in recipient):
        # "complained that Brussels had ignored Slovakia's concerns": the clause's subject is accused
        direct_subjects = _arguments.direct_subjects

        # ("filed the case, alleging that the UAE had armed ...": the participle's clause)
        clauses = [c for c in h.tok.children if c.dep_ == "ccomp"] + [
            g for c in h.tok.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"
            and c.lemma_.lower() in ("allege", "say", "claim", "charge", "argue", "contend", "assert")
            for g in c.children if g.dep_ == "ccomp"]
        found = coded_targets([s for c in clauses for s in direct_subjects(c)[0]], own, by_tok)
        if found:
            return found
    if etype == "SANCTION" and not any(m.code for m in recipient):
        # "approved an 18th package of sanctions against Russia"
        mentions_of, objects, prep_objects = _arguments.mentions_of, _arguments.objects, _arguments.prep_objects

        nouns = objects(h.tok)
        nouns += [g for n in nouns for g in prep_objects(n, ("of",))]
        # ("a new package of sanctions aimed at / targeting Russian oil traders": the aimed participle's target)
        nouns += [g for n in nouns for c in n.children if c.dep_ == "acl" and c.lemma_.lower() in AIMING_PARTICIPLES
                  for g in objects(c) + prep_objects(c, ("at",))]
        found = coded_targets([g for n in nouns for g in prep_objects(n, ("against", "on"))] + [
            g for g in nouns if g.head.dep_ == "acl" or g.head.head.dep_ == "acl"], own, by_tok)
        if not found:
            # "suspended peace talks with the ELN guerrilla group": a domestic armed or political
            # partner of the suspended relation (foreign ones are found by the parse)
            partners = mentions_of([g for n in nouns for g in prep_objects(n, ("with",))], by_tok)
            found = [m for m in partners if m.code and m.sector in ("REB", "OPP", "PTY", "IMG")][:1]
        if not found and h.mode == "expel":
            # "declared the UN's top official (in the country) persona non grata": the parser makes the
            # person the subject of a clause
            direct_subjects = _arguments.direct_subjects

            found = coded_targets([x for c in h.tok.children if c.dep_ == "ccomp" for x in direct_subjects(c)[0]],
                           own, by_tok)
        if found:
            return found
    if etype in ("AGREE", "CONCEDE") and (kin := victims_home(h, actor, recipient, by_tok, story_country)):
        return kin  # "apologised to the families of demonstrators who died" (round 22)
    if etype == "AGREE" and not any(m.code and m.code not in own for m in recipient):
        recipient = buried_destination(h.tok, own, by_tok) or worth_tail(h.tok, own, by_tok) or recipient
    if etype in ("AID", "AGREE"):
        return rescued_home(h, actor, recipient, by_tok, story_country) or (helped(h.tok, own, by_tok) if etype == "AID" or not any(
            m.code and m.code not in own for m in recipient) else []) or invested(h.tok, own, by_tok) or (
            supplied(h.tok, own, by_tok) or aid_destination(h.tok, actor, by_tok) or buried_destination(h.tok, own, by_tok)
            or people_place(h.tok, own, by_tok) or worth_tail(h.tok, own, by_tok) if etype == "AID" and not any(m.code for m in recipient) else []
        ) or recipient
    if etype in ("CONCEDE", "SANCTION", "COERCE") and not any(m.code for m in recipient):
        found = restricted_destination(h.tok, actor, by_tok) or conceded_place(h.tok, actor, by_tok) or (
            beneficiary(h, own, by_tok) if etype == "SANCTION" else []) or (bound_destination(h.tok, own, by_tok) if etype != "COERCE" else [])
        if found:
            return found
    if etype == "CONCEDE" and not any(m.code for m in recipient):
        found = _arguments.border_recipient(h.tok, actor, by_tok)  # "declared a ceasefire along the Cambodian border"
        if found:
            return found
    if etype == "ACCUSE" and not any(m.code for m in recipient) and len(own) == 1:
        found = judged_compatriots(h, own, by_tok, story_country)
        if found:
            return found
    if etype == "PROTEST" and recipient and all(m.code in own for m in recipient if m.code):
        # "marched against the kingdom's ties with Israel": a foreign party in the target phrase
        found = protest_target(h, own, by_tok)
        if found:
            return found
    if etype in VERBAL_DOMESTIC_TYPES and (etype != "CONCEDE" or clemency(h)):  # (a court's acquittal: none)
        return verbal_compatriots(h, actor, recipient, by_tok, story_country)
    if etype not in DOMESTIC_TARGET_TYPES or any(m.code for m in recipient) or len(own) != 1:
        return recipient  # (joint police operations of two countries: whose suspects is unknown)
    if etype == "SANCTION" and h.mode != "convict" and not any(m.sector == "LEG" for m in actor) and not removed_from_office(h):
        # (a legislature removing or impeaching an office holder acts on its own state: "Peru's Congress
        # removed President Dina Boluarte from office" -> PER)
        return recipient  # courts convict compatriots; states sanction foreigners ("a Wuhan-based firm")
    if etype == "PROTEST":
        found = protest_target(h, own, by_tok)
        if found:
            return found
    home = home_of(h, actor, by_tok, story_country) or jailer(h, actor, recipient) or police_home(h, actor, recipient) or (
        population_home(h, actor))
    if home is None or crew_only(h, recipient):
        return recipient
    doc = h.tok.doc
    # "killed three of its fighters": someone's own people, for coreference to name
    # ("withdraw from the town of Bara": a name under a place noun is no person, whatever the tagger says)
    recipient = [m for m in recipient if m.code is not None or not under_place_noun(m, doc)]
    targets = [m for m in recipient if m.code is None and m.kind in ("agent", "person") and not any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in doc[m.root].children)]
    if not recipient:
        hurt = attack_victims(h, by_tok)
        if any(m.code for m in hurt):  # "an attack that killed six soldiers in North Waziristan"
            return [m for m in hurt if m.code]
        targets = hurt
        recipient = list(targets)
    if etype == "ASSAULT" and scene_of(h, by_tok) is None and not any(domestic_force(m) for m in actor):
        # with no place named, an army's civilian victims are as often foreign ("Russian troops
        # killed three civilians"); its domestic enemies are not ("Nigerian soldiers killed bandits")
        targets = [m for m in targets if m.sector != "CVL"]
    if targets:
        return [replace(m, code=home.code, confidence=min(m.confidence, 0.6)) if m in targets else m
                for m in recipient]
    if recipient:
        return recipient
    if etype == "COERCE" and h.mode in POPULATION_MODES:
        # "imposed a curfew on the capital", "declared martial law": the people living under it are the
        # home country's
        return [replace(home, sector="CVL", kind="country", confidence=min(home.confidence, 0.5))]
    # (condemning an attack on a facility accuses no one there; a probe into a public body does)
    inst = institution(h, by_tok) if etype != "ACCUSE" else probed_body(h, by_tok)
    if inst is not None:
        return [mention_at(inst, home, INSTITUTION_TARGETS.get(inst.lemma_.lower(), PROBED_BODIES.get(inst.lemma_.lower())))]
    person = detainee(h, by_tok)
    if person is not None and (h.tok.lemma_.lower() not in KILL_VERBS or scene_of(h, by_tok) is not None or any(
            domestic_force(m) for m in actor)):
        # "arrested a prominent economist at his home in Cairo"; "killed 16 members of a vigilante
        # group" where a place at home is named (with none, an army's victims are as often foreign)
        return [mention_at(person, home, None)]
    group = group_target(h, by_tok) if etype in HARM_TYPES else None
    ante = pronoun_antecedent(h, actor, by_tok) if etype in HARM_TYPES and group is None else None
    if ante is not None and ante[1] is None and (etype != "ASSAULT" or scene_of(h, by_tok) is not None or any(
            domestic_force(m) for m in actor) or contesting(ante[0])):
        # "students gathered ..., and police fired tear gas to disperse them": a crowd named before
        # is the scene's, like one named as the object (an army's victims with no place named are
        # as often foreign: "villagers fled as Russian troops shelled them")
        return [mention_at(ante[0], home, "CVL")]
    if ante is not None and ante[1].code in own:  # "opposition supporters marched ..., and police fired at them"
        return [ante[1]]
    if group is not None and (etype != "ASSAULT" or scene_of(h, by_tok) is not None or any(
            domestic_force(m) for m in actor)):  # "fired tear gas at marchers in La Paz"
        return [mention_at(group, home, "CVL")]
    named = person_object(h, by_tok) if h.tok.lemma_.lower() in PERSON_OBJECT_VERBS else None
    if isinstance(named, Token) and (h.tok.lemma_.lower() not in KILL_VERBS or scene_of(h, by_tok) is not None or any(
            domestic_force(m) for m in actor)):  # (a bare noun, no mention: "sentenced the blogger"; an army's
        return [mention_at(named, home, None)]  # victims with no place named are as often foreign: "killing three")
    if named is not None and not isinstance(named, Token) and named.code in (None, home.code):  # "sentenced opposition leader Nika Melia"
        return [replace(named, code=home.code, confidence=min(named.confidence, 0.6))]
    if (etype == "PROTEST" and not official_protest(h, actor)) or (etype == "ACCUSE" and opposition(actor)
                                                                   and state_process(h)):
        # "teachers went on strike across Nigeria": against the government where it happens; so is
        # the opposition's reproach ("an election the main opposition party called a sham")
        return [replace(home, sector="GOV", kind="country", confidence=min(home.confidence, 0.5))]
    return recipient


# (bound after the definitions above, for the functions that read them at call time: a module reference costs
# nothing next to an import statement run on every call, and binding it last keeps import cycles harmless)
from . import argument_partners as _argument_partners  # noqa: E402
from . import arguments as _arguments  # noqa: E402
from . import event_crowds as _event_crowds  # noqa: E402
from . import event_object_partner as _event_object_partner  # noqa: E402
