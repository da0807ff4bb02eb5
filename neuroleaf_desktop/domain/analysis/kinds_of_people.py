"""Stressor words that only say who someone is: where a person is from, a young animal's mother,
a woman who is due.

Why a module of its own: each is a word the lexicon holds as a stressor ("uni", "work",
"mother", "due next week") used to tell the reader who someone is, not what troubles the
writer:

* a person from a place of study ("a friend from uni is suing her landlord", "two girls from
  my course") is placed by it: the place names no study of the writer's, as the guide's "where
  and when are not what" says (a colleague "from work" is left to the work's own readings:
  "a friend from work keeps stealing my ideas" is a trouble at work);
* a mother or a father told beside a young animal or stock ("mother and calf both fine", "the
  ewe and her lamb") is the animal's parent, no family of the writer's;
* a woman said to be due ("she's due next week", "my sister's due in March") is expecting a
  baby: no deadline (a thing due stays one: "it's due next week", "the essay is due");
* someone named by a part of their body ("the teenager with the knee", "the lady with the
  bad hip") is a patient or a client the writer sees: the part is theirs, no hurt of the
  writer's;
* a vehicle heard ("can't hear the trains from here") is a sound, no journey.
"""

from __future__ import annotations

from typing import Final

# People placed by where they are from: "a friend from uni", "two girls from my course".
_PEOPLE: Final = frozenset(
    {"friend", "friends", "mate", "mates", "pal", "pals", "someone", "somebody", "girl",
     "girls", "guy", "guys", "lad", "lads", "bloke", "woman", "women", "man", "men", "people",
     "colleague", "colleagues", "folk", "lot", "crowd", "group", "couple", "ex", "boy", "boys",
     "classmate", "classmates", "flatmate", "housemate"}
)  # fmt: skip
_OWNERS: Final = frozenset({"my", "the", "our", "his", "her", "their"})
# Only study: "a friend from work keeps stealing my ideas" is still a trouble at work.
_ORIGIN_CATEGORIES: Final = frozenset({"study"})

# A young animal or stock beside a parent word: "mother and calf", "the mare and foal".
_YOUNG_OR_STOCK: Final = frozenset(
    {"calf", "calves", "lamb", "lambs", "foal", "foals", "kitten", "kittens", "puppy",
     "puppies", "pup", "pups", "cub", "cubs", "piglet", "piglets", "chick", "chicks",
     "duckling", "ducklings", "ewe", "ewes", "cow", "cows", "mare", "mares", "heifer",
     "heifers", "sow", "sows", "litter", "hatchling", "hatchlings", "joey", "kid", "kids"}
)  # fmt: skip
_PARENTS: Final = frozenset({"mother", "mum", "mam", "mom", "father", "dad", "parent"})
_PARENT_REACH: Final = 3
# "kid" is a young goat only beside other stock; alone it is a child.
_STOCK_ONLY: Final = _YOUNG_OR_STOCK - {"kid", "kids"}

# A woman said to be due: "she's due", "she is due", "my sister's due" (read with the
# possessive "'s" already taken off: "she due", "sister due").
_SHE: Final = frozenset({"she", "shes"})
_WOMEN: Final = _SHE | frozenset(
    {"sister", "wife", "daughter", "niece", "cousin", "girlfriend", "missus", "mum", "mam"}
)  # fmt: skip
# "she's due back", "she's due a raise", "she's due to start": a return or a right, not a birth.
_NOT_A_BIRTH: Final = frozenset({"back", "a", "an", "to", "for", "some", "another"})


def from_a_place_of_study(tokens: list[str], i: int, category: str | None) -> bool:
    """Is the study word at ``i`` where a person is from ("a friend from uni", "two girls from
    my course")?"""
    if category not in _ORIGIN_CATEGORIES:
        return False
    j = i - 1
    if j >= 0 and tokens[j] in _OWNERS:
        j -= 1
    return j >= 1 and tokens[j] == "from" and tokens[j - 1] in _PEOPLE


def parent_of_an_animal(tokens: list[str], i: int) -> bool:
    """Is the parent word at ``i`` told beside a young animal or stock ("mother and calf
    both grand")?"""
    if tokens[i] not in _PARENTS:
        return False
    near = tokens[max(0, i - _PARENT_REACH) : i + _PARENT_REACH + 1]
    return not _STOCK_ONLY.isdisjoint(near)


def due_with_a_baby(tokens: list[str], i: int, end: int) -> bool:
    """Is the "due" at ``tokens[i:end]`` said of a woman ("she's due next week", "my sister's
    due in March"), who is expecting a baby, not a thing owed?"""
    if "due" not in tokens[i:end]:
        return False
    at = i + tokens[i:end].index("due")
    if at == 0:
        return False
    before = tokens[at - 1]
    she = before in _WOMEN or (before == "is" and at > 1 and tokens[at - 2] in _SHE)
    after = tokens[at + 1] if at + 1 < len(tokens) else ""
    return she and after not in _NOT_A_BIRTH


# Someone named by a part of theirs: "the teenager with the knee", "a lady with a bad hip".
_SOMEONE: Final = frozenset(
    {"teenager", "teen", "lady", "man", "woman", "patient", "lad", "girl", "boy", "gent", "chap",
     "bloke", "kid", "fella", "guy", "client", "customer", "gentleman", "fellow"}
)  # fmt: skip
_THEIR_PART: Final = frozenset({"the", "a", "his", "her", "their"})
_DESCRIBED: Final = frozenset({"bad", "dodgy", "sore", "new", "broken", "frozen", "dicky"})


def part_of_one_described(tokens: list[str], i: int) -> bool:
    """Is the body part at ``i`` how someone is named ("the teenager with the knee", "a lady
    with a bad hip")? Then it is theirs."""
    j = i - 1
    if j >= 0 and tokens[j] in _DESCRIBED:
        j -= 1
    return (
        j >= 2
        and tokens[j] in _THEIR_PART
        and tokens[j - 1] == "with"
        and (tokens[j - 2] in _SOMEONE)
    )


# A vehicle heard, not taken: "can't hear the trains from here", "heard the last bus go by".
_HEARD: Final = frozenset({"hear", "heard", "hearing", "hears", "listen", "listening"})
_HEARD_REACH: Final = 3


def vehicle_heard(tokens: list[str], i: int) -> bool:
    """Is the vehicle at ``i`` only heard ("can't hear the trains from here")?"""
    return not _HEARD.isdisjoint(tokens[max(0, i - _HEARD_REACH) : i])
