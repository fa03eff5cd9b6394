"""The demo's election chapter: the 9th term's unit elections (November 2025), with one tie
at the last seat that goes to a runoff (R14.4) and one unfilled seat; the credentials review
is approved and the delegate list published (R15.1); then the unfilled seat is filled by a
further round (R14.5) and its delegate reviewed and published in a supplementary review and
list (补选代表资格审查 / 增补名单, R15.2).
"""

from __future__ import annotations

import random
from datetime import date

from sqlalchemy.orm import Session

from congress_app.rules.elections import passing_threshold
from congress_app.rules.seats import FEMALE, is_teaching, is_youth
from congress_app.services.counting import Figures, close_round, open_round, round_view, save_figures
from congress_app.services.credentials import approve_credentials, approve_supplement
from congress_app.services.elections import election_overview, eligible_staff, nominate, prepare_elections
from congress_app.services.leaders import leader_holders_on, record_leader
from congress_app.services.seats import current_seat_plan

NOMINATED_ON = date(2025, 11, 10)  # candidates proposed, R12.1 facts recorded
ELECTION_DAY = date(2025, 11, 20)
SECOND_ROUND_DAY = date(2025, 11, 27)
PUBLISHED_ON = date(2025, 12, 5)
FURTHER_ROUND_DAY = date(2025, 12, 12)
SUPPLEMENT_ON = date(2025, 12, 19)


def _nominees(
    session: Session, election_id: int, seats: int, teaching_target: int, rng: random.Random
) -> tuple[list[int], list[int]]:
    """Candidates (more than seats, R14.1) and who the demo lets win: leaders first, then
    enough teaching staff for the unit's target (RA.3), then others."""
    # the demo proposes people who still stand when the list is published (R15.1)
    later = {s.id for s in eligible_staff(session, election_id, PUBLISHED_ON)}
    staff = [s for s in eligible_staff(session, election_id, ELECTION_DAY) if s.id in later]
    holders = {h.staff_id for h in leader_holders_on(session, ELECTION_DAY).values()}
    leaders = [s.id for s in staff if s.id in holders]  # R13.6: the recorded / whole-title holders
    teaching = [s.id for s in staff if is_teaching(s.category) and s.id not in leaders]
    others = [s.id for s in staff if not is_teaching(s.category) and s.id not in leaders]
    rng.shuffle(teaching)
    rng.shuffle(others)
    winners = leaders[:seats]
    want_teaching = max(0, teaching_target + 1 - len(winners))
    winners += teaching[: min(want_teaching, seats - len(winners))]
    pool = [s for s in teaching[want_teaching:] + others if s not in winners]
    rng.shuffle(pool)
    women = {s.id for s in staff if s.gender == FEMALE}
    youth = {s.id for s in staff if s.birth_date and is_youth(s.birth_date, ELECTION_DAY)}
    # the demo body meets R13.5's women and youth shares
    pool.sort(key=lambda sid: (sid not in youth, sid not in women))
    winners += pool[: seats - len(winners)]
    extra = max(1, round(seats * 0.25))
    losers = [s for s in pool[seats:] + teaching + others if s not in winners][:extra]
    return winners + losers, winners


def _figures(
    electorate: int,
    winners: list[int],
    losers: list[int],
    seats: int,
    rng: random.Random,
    *,
    tie: bool = False,
    short: int = 0,
) -> Figures:
    issued = electorate - rng.randrange(0, max(1, electorate // 12))
    returned = issued - rng.randrange(0, 3)
    invalid = rng.randrange(0, 3)
    valid = returned - invalid
    threshold = passing_threshold(electorate)
    high = sorted(rng.sample(range(threshold + 1, valid + 1), len(winners)), reverse=True)
    yes = dict(zip(winners, high, strict=True))
    if tie and len(winners) >= 1:  # the last winner ties with the first loser
        yes[losers[0]] = yes[winners[-1]]
    for cid in winners[len(winners) - short :] if short else []:
        yes[cid] = rng.randrange(threshold // 2, threshold)  # falls short of R14.3
    # a ballot marks at most `seats` names (R14.2): the losers share what is left
    left = valid * seats - sum(yes.values())
    for cid in losers:
        if cid in yes:
            continue
        share = max(0, min(threshold - 1, left // max(1, len(losers))))
        yes[cid] = rng.randrange(share // 2, share + 1) if share else 0
        left -= yes[cid]
    return Figures(issued, returned, invalid, yes)


def _candidate_ids(session: Session, round_id: int, staff_ids: list[int]) -> list[int]:
    from congress_app.storage.models import Candidate

    view = round_view(session, round_id)
    by_staff = {session.get_one(Candidate, c.candidate_id).staff_id: c.candidate_id for c in view.candidates}
    return [by_staff[s] for s in staff_ids if s in by_staff]


LEADERS_RECORDED_ON = date(2025, 9, 1)


def run_demo_elections(session: Session, term_id: int, *, actor: str, rng: random.Random) -> list[str]:
    # R13.6: the office records who holds each role (the 设置 page shows it), dated
    for role, holding in leader_holders_on(session, LEADERS_RECORDED_ON).items():
        record_leader(
            session,
            role,
            holding.staff_id,
            since=LEADERS_RECORDED_ON,
            actor=actor,
            note="据学校任职文件记录" if holding.staff_id else "空缺",
        )
    prepare_elections(session, term_id=term_id, actor=actor)
    plan = current_seat_plan(session)
    assert plan is not None  # the demo saved one before
    targets = {u.unit_id: u.teaching_target for u in plan.units}
    states = election_overview(session, term_id)
    big = sorted(states, key=lambda s: -s.seats)
    tie_unit, short_unit = big[0].election_id, big[1].election_id
    for state in states:
        candidates, winners = _nominees(
            session, state.election_id, state.seats, targets.get(state.unit_id, 0), rng
        )
        nominate(
            session, state.election_id, candidates, actor=actor, on=NOMINATED_ON, confirmed_on=NOMINATED_ON
        )
        first = open_round(session, state.election_id, held_on=ELECTION_DAY, actor=actor)
        win_ids = _candidate_ids(session, first.round_id, winners)
        lose_ids = [c.candidate_id for c in first.candidates if c.candidate_id not in win_ids]
        figures = _figures(
            first.electorate,
            win_ids,
            lose_ids,
            first.seats,
            rng,
            tie=state.election_id == tie_unit,
            short=1 if state.election_id == short_unit else 0,
        )
        save_figures(session, first.round_id, figures, actor=actor)
        result = close_round(session, first.round_id, actor=actor)
        if result.unfilled and state.election_id != short_unit:  # the runoff after a tie (R14.4)
            _second_round(session, state.election_id, SECOND_ROUND_DAY, actor, rng)
    published = approve_credentials(session, term_id, published_on=PUBLISHED_ON, actor=actor)
    # the seat left unfilled: a further round (R14.5), then a supplementary review (R15.2)
    _second_round(session, short_unit, FURTHER_ROUND_DAY, actor, rng)
    added = approve_supplement(session, term_id, published_on=SUPPLEMENT_ON, actor=actor)
    return [
        f"各单位选举完成（含一次得票相同的另行选举），{PUBLISHED_ON} 公布代表 {published} 名；"
        f"缺额经另行选举补足，{SUPPLEMENT_ON} 增补公布代表 {added} 名"
    ]


def _second_round(session: Session, election_id: int, held_on: date, actor: str, rng: random.Random) -> None:
    second = open_round(session, election_id, held_on=held_on, actor=actor)
    ids = [c.candidate_id for c in second.candidates]
    figures = _figures(second.electorate, ids[: second.seats], ids[second.seats :], second.seats, rng)
    save_figures(session, second.round_id, figures, actor=actor)
    close_round(session, second.round_id, actor=actor)
