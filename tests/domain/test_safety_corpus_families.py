"""Signs told by their circumstances (``rules_en_corpus_families``): each family flags its
wordings and leaves its everyday look-alikes alone, through the real phrase detector."""

from __future__ import annotations

import pytest

from neuroleaf_desktop.domain.safety import assess_phrases
from neuroleaf_desktop.domain.safety.rules_en_corpus_families import RULES

FLAGGED = [
    # a past attempt told by its time or its aftermath
    "It's been three years since I tried and lately it's all I think about.",
    "The first time I tried. I was twenty and nobody noticed.",
    "I tried once before, when I lost the flat, and I'm feeling that way again.",
    "At fifteen I took a handful of painkillers and woke up in intensive care.",
    "Last spring I ended up in hospital. Tonight I feel the same pull.",
    "My scars are faded but the urge is back.",
    "That winter I took too many and my flatmate called an ambulance.",
    "At college I swallowed a whole box of my sleeping pills.",
    "The last time I felt this low I ended up in a psych ward.",
    "I was kept in after I tried, the summer I turned twenty.",
    # a plan told by a chosen day or place
    "I've picked the day.",
    "I have decided on Saturday.",
    "I've chosen the spot, behind the old quarry.",
    "It'll be the 3rd. I waited so I don't ruin her exams week for her.",
    "When my flatmate is away in June. It'll be then.",
    "The viaduct on the ring road. I know which one.",
    "Got it planned. The multi-storey by the station, this Friday night.",
    "I know when and I know where.",
    "Thursday it is. No one will be home.",
    # pain that ends only one way
    "There's no way to make it stop except one.",
    "All I want is silence. Permanent silence.",
    "Tired of fighting my own mind, I'm ready to let it win.",
    "I want it all to stop for good.",
    # a burden lifted for good
    "Dad needs a break from caring for me. A permanent one.",
    "Removing myself from the equation would make their lives easier.",
    "Better for everyone if I'm not around.",
    "If I weren't here my husband could finally rest.",
    "The best gift I could give them is to not be their worry any more.",
    # a goodbye told by its finality
    "Finished the letters last night. One for each of the boys.",
    "Wrote a note for my partner and my brother. It's in my bedside drawer.",
    "I'm writing them all a goodbye tonight.",
    "Texted my dad that I love him. Didn't say it was the last time.",
    "Rang my aunt to say thanks for everything and I never told her why.",
    "Sat by Dad's headstone and promised I'd be with him soon.",
    "Phoned my nan just to hear her voice one last time.",
    "I want everyone to remember me smiling.",
    "Wrote each of my sisters a letter and put them under my pillow.",
    "Kissed my daughter goodnight twice. She has no idea it's goodbye.",
    "Sorting my inbox so nobody has to go through it afterwards.",
    # means told by how they were kept back
    "The pharmacy gives me a week of tablets at a time. I keep a few back each time.",
    "Kept all my spare tablets from my old prescriptions.",
    "I pick up Dad's tablets at the pharmacy. I've been keeping a few back.",
    "Keeping my meds back instead of taking them.",
    "Kept Grandad's oxycodone instead of handing it back.",
    "Collected my prescription early again, it goes in the stash.",
    "Put all my pills together in a shoebox.",
    "Bought more paracetamol on the way home. That's four packets now.",
    "Stood staring at the knives for ages in the shop.",
    "I've been keeping back a couple of my tablets every night.",
    # a future given up because the writer won't be there
    "Cancelled the dentist for next year. Won't need it.",
    "Didn't renew the car insurance, I won't be needing it after this month.",
    "I'm not going to be around for Christmas.",
    "There won't be a next year for me.",
]

NOT_FLAGGED = [
    # someone else's attempt, a recipe, a hospital stay after an accident
    "It's been years since I tried sushi and I still hate it.",
    "I tried once before to make sourdough, and never again.",
    "The time when I tried, it rained all day and the kite never flew.",
    "Came off my bike, ended up in hospital with a broken wrist.",
    "My scars are faded and I'm proud of them.",
    "That summer I took too many risks on the bike.",
    "The last time I felt this bad I ended up in hospital with a kidney infection.",
    # a day chosen for an occasion
    "I've picked the day for the party.",
    "I've picked the day for my daughter's christening.",
    "I've chosen the spot, behind the old quarry, for the picnic.",
    "When my flatmate is away in June we'll repaint the kitchen. It'll be then.",
    "The viaduct on the ring road. I know which one, we watched the sunset there.",
    "Got it planned. The woods behind the school, this weekend, with the scouts to camp.",
    "I know where and when the party is.",
    "Thursday it is. No one will be home, so the cleaners can come.",
    # noise, a game, a sibling's quarrel
    "All I want is silence. Permanent silence from the neighbours' dog.",
    "Fighting my little brother at chess, I'm ready to let it win to end the game.",
    # a break, an absence or a chat left, not a life
    "Mum needs a break from looking after me, so I'm at Dad's for the weekend. A permanent"
    " one would be nice.",
    "Better for him if I'm not there when he opens the present.",
    "If I wasn't here tonight she could finally relax with her friends at the party.",
    "Removing myself from the group chat.",
    # letters and goodbyes before an occasion or a move
    "Finished the letters last night. One for each of the boys, for their birthday cards.",
    "Wrote my goodbye card for Sue, she's retiring. It's in my desk drawer.",
    "Texted my dad that I love him. Didn't say it was the last time I'd visit before moving.",
    "Sat by Dad's headstone and promised I'd be with him soon, I visit every Sunday.",
    "I want everyone to remember me as a good teacher.",
    "Wrote each of my pupils a note for the end of term in class.",
    "Hugged my son at the gate. He doesn't know it's the last time I'll walk him, he gets the bus"
    " from Monday.",
    "Packed my whole room into boxes. Nobody will have to do it, the removal van comes Monday.",
    "Called in sick today and didn't tell them why.",
    # tablets kept safely, a prescription collected for a trip
    "The pharmacy gives me tablets. I keep them back from the kids on the top shelf.",
    "Collected my prescription early again because we're away on holiday.",
    "I keep back a few tablets for the trip in my suitcase.",
    "I pick up Dad's tablets at the pharmacy. I keep some back for the kids' first aid box.",
    "Bought more paracetamol for the kids' fever. That's four packets now.",
    "Went up to the roof access to check if the door's still unlocked, the landlord asked me.",
    # a thing no longer needed for a reason
    "Cancelled the gym. Won't need it now I cycle to work.",
    "Stopped my phone contract, I won't need it since I've got a new one.",
    "I'm not going to be around for Christmas, we're flying out to my sister's abroad.",
    "I'll be gone by then, my flight's at six.",
    # negation
    "I haven't picked the day for anything, I'm just tired.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_circumstance_of_a_sign_is_flagged(text: str) -> None:
    assert assess_phrases(text).flagged, text


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_everyday_look_alike_is_not_flagged(text: str) -> None:
    assert not assess_phrases(text).flagged, text


def test_a_past_attempt_is_reported_as_past() -> None:
    # the history is a risk factor, not a crisis now: it is named as past
    reasons = assess_phrases("It's been three years since I tried.").reasons
    assert any("(past)" in r for r in reasons), reasons


def test_someone_elses_attempt_is_not_the_writers() -> None:
    result = assess_phrases("My cousin took a handful of tablets and woke up in hospital.")
    assert not result.flagged


def test_every_family_rule_has_a_gate() -> None:
    # a rule without a gate is read at every position of a long import
    assert all(r.gate for r in RULES)
