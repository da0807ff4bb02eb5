"""Households and places that are the work's, and a hardship taken as the work's lot.

Why: an au pair's "host mum" chipped family where both writers who named one labelled none
(the household is the work's); "mates rates" spelt with an s chipped a friend where "mate
rates" was already read as the price asked; ", comes with the job I guess" after an ailment
chipped work though the job only says where the ailment came from ("Cottage comes with the
job" keeps the job); a leak where a pool, a hall or a lab is named chipped home (every such row
none), and a landlord selling the pub is the work's, as one selling the shop already was.
One parent named bare ("Parent's two hours late for pickup") and "every family" a childminder
cancels are the people the writer works for, as one "kid" already was; a bill someone shouted at
the writer about is the topic of their complaint, no money of the writer's; a job "at the
college" is a workplace, no study; emails counted as a chase ("three emails to the agency about
March's money") are the means, no work strain; an illness named "for a deaf man" is his, as
one named after "a lady with" already was; pity told alone in the next sentence ("… she can't
make it pay. Feel for her") makes the trouble before it someone else's; "argued the bin moved"
is a claim put, no quarrel, and blame laid by a crowd ("everyone blames us personally", "they'll
blame me") has no one to quarrel with. Each case shows the
rule both ways. The sentences are new, written for these tests.
"""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.analysis.quality import predict


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Host family moved my day off again without a word, fuming.", False),
        ("My mum moved my day off again without a word, fuming.", True),
    ],
)
def test_an_au_pairs_host_family_is_no_kin(text: str, family: bool) -> None:
    assert ("family" in predict(text).stress) is family


@pytest.mark.parametrize(
    ("text", "relationships"),
    [
        ("Cousin wants mates rates on a full rewire, again. Sigh.", False),
        ("My mates keep leaving me out of everything, again. Sigh.", True),
    ],
)
def test_mates_rates_is_a_price_asked(text: str, relationships: bool) -> None:
    assert ("relationships" in predict(text).stress) is relationships


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Back aches every night, comes with the job I suppose.", False),
        ("Hate this job, the back aches every night.", True),
    ],
)
def test_a_hardship_taken_as_the_jobs_lot_is_no_work_strain(text: str, work: bool) -> None:
    assert ("work" in predict(text).stress) is work


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("Gym's closed all week with a leak in the changing rooms, no classes, no pay.", False),
        ("Bedroom ceiling's leaking again and nobody's coming till Monday, so fed up.", True),
    ],
)
def test_a_leak_in_a_public_place_is_no_repair_of_the_home(text: str, home: bool) -> None:
    assert ("home" in predict(text).stress) is home


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("Scared the landlord's selling the pub and we'll all be out of a job.", False),
        ("Scared the landlord's selling the flat and we'll have to move again.", True),
    ],
)
def test_a_landlord_selling_a_pub_is_the_works_strain(text: str, home: bool) -> None:
    stress = predict(text).stress
    assert ("home" in stress) is home
    assert ("work" in stress) is not home


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Parent's forty minutes late for collection again and not picking up.", False),
        ("Had flu and had to cancel every family all week.", False),
        ("Dad's forty minutes late again and not picking up, worried sick.", True),
        ("Feel like I'm letting everyone down as a parent.", True),
    ],
)
def test_one_parent_or_every_family_named_bare_is_someone_met(text: str, family: bool) -> None:
    assert ("family" in predict(text).stress) is family


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("Customer screamed at me at the till about the bill like I set the prices.", False),
        ("Me and him shouting about money again, can't go on like this.", True),
        ("Terrified about the bill, no idea how I'll pay it.", True),
    ],
)
def test_a_sum_someone_shouted_about_is_their_complaint(text: str, money: bool) -> None:
    assert ("money" in predict(text).stress) is money


@pytest.mark.parametrize(
    ("text", "study"),
    [
        ("Someone else got my usual job at the college and nobody told me, fuming.", False),
        ("Failing my modules at the college and I'm gutted.", True),
    ],
)
def test_a_job_at_a_college_is_no_study(text: str, study: bool) -> None:
    assert ("study" in predict(text).stress) is study


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Five emails to the council about the damp and still nothing, fuming.", False),
        ("Forty emails before nine and my boss wants the report, drowning.", True),
    ],
)
def test_emails_counted_as_a_chase_are_no_work_strain(text: str, work: bool) -> None:
    assert ("work" in predict(text).stress) is work


@pytest.mark.parametrize(
    ("text", "health"),
    [
        ("Signed a terminal diagnosis for a young woman today, awful.", False),
        ("Got my own dementia diagnosis today and I can't stop shaking.", True),
    ],
)
def test_an_illness_named_for_someone_met_is_theirs(text: str, health: bool) -> None:
    assert ("health" in predict(text).stress) is health


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("The cafe two doors down is closing, the owner can't pay the rent. Feel for her", False),
        ("The cafe two doors down is closing, we can't pay the rent either. Feel for her", True),
    ],
)
def test_pity_told_after_a_trouble_makes_it_someone_elses(text: str, money: bool) -> None:
    assert ("money" in predict(text).stress) is money


@pytest.mark.parametrize(
    ("text", "conflict"),
    [
        ("Learner clipped the kerb and then argued the kerb was too high, honestly.", False),
        ("Argued with the learner's dad for ten minutes about the kerb, awful.", True),
    ],
)
def test_a_claim_argued_is_no_quarrel(text: str, conflict: bool) -> None:
    assert ("conflict" in predict(text).stress) is conflict


@pytest.mark.parametrize(
    ("text", "conflict"),
    [
        ("Waiting list is a year long now and everybody blames us for it.", False),
        ("Waiting list is a year long now and my manager blames me for it.", True),
    ],
)
def test_blame_laid_by_a_crowd_is_no_quarrel(text: str, conflict: bool) -> None:
    assert ("conflict" in predict(text).stress) is conflict
