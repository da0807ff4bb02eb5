"""What a person can be stressed about in their money: the ``money`` category of the lexicon.

Why a module of its own: money is told in more ways than any other stressor (broke however it
is said, pay docked or withheld, sums lacked, bills stacked, credit used up);
``stress_keywords`` assembles every category's table. The notation is the lexicon's
(``lexicon.py``), a leading ``"!"`` marking a phrase stressful by itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from neuroleaf_desktop.domain.analysis.stressor_forms import (
    PAY_TAKEN,
    PAYERS_CANCELLED,
    PRICES_UP,
    SAME_STRETCH,
    SUMS_LACKED,
    SUMS_TOO_SMALL,
    TAKINGS_DOWN,
    VAN_FAILED,
)
from neuroleaf_desktop.domain.analysis.work_stressors import NO_WORK_IN

# keyword shown in the cloud → patterns
MONEY_STRESSORS: Final[Mapping[str, tuple[str, ...]]] = {
    "money": ("money", "!i'm broke", "!so broke", "!flat broke", "!totally broke",
              # the paid work coming in said to have dried up ("Orders dried up since the
              # chef left", "bookings have dried up"): the writer's income, money; work and
              # shifts dried up keep their own word
              *(f"!{paid} {have}dried up"
                for paid in ("orders", "bookings", "commissions", "gigs", "sales", "enquiries")
                for have in ("", "have ", "has ", "all ", "have all ", "'ve ")),
              "!completely broke", "!am broke", "!was broke", "!were broke", "!no money",
              "!no cash", "!out of money", "!card declined", "!card got declined",
              "!card was declined", "!last tenner", "!last fiver", "!down to my last",
              "finances", "financial*", "afford", "!can't afford", "!so expensive",
              # refunds the writer pays out, in a bad part ("bookings piling up and
              # refunds going out"); a refund someone asks for is the topic of their
              # complaint ("shouted at me about a refund"), no money of the writer's
              "refunds going out", "giving refunds", "giving out refunds",
              "issuing refunds",
              # a wallet or an account told empty ("Wet week, empty forecourt, empty
              # wallet", "my account is empty now"): money run out, by itself
              *PRICES_UP,
              # broke however it is said ("Stressed. Tired. Skint.", "in winter I'm
              # scraping by", "hand to mouth"); "skint by the 20th" is how long the money
              # lasts and still money
              # no work coming in, in a bad part ("Rain all week means no work and no
              # pay", "Low season, no bookings for two weeks", "zero sales"): the money and
              # the work, as the writers who told it labelled
              *NO_WORK_IN,
              # ... and told as nothing to come ("nothing lined up till spring", "I have
              # nothing lined up"): money, as every writer who told it of themself in a
              # bad part labelled ("nothing coming in" is as often said of someone else,
              # "nothing booked" of a free day: left out)
              "nothing lined up",
              "!skint", "!scraping by", "!scrape by", "!scraped by", "!hand to mouth",
              "!making ends meet", "!make ends meet", "!strapped for cash", "!potless",
              "!brassic", "!penniless",
              # a stretch with little coming in ("January's going to be lean", "a lean
              # winter"): the money, as the writer told it
              *(f"!{lean} {span}" for lean in ("lean", "leaner") for span in
                ("month", "months", "winter", "winters", "january", "year", "spell",
                 "times", "week", "weeks", "summer", "season")),
              "!going to be lean", "!gonna be lean", "!be a lean",
              # the writer's pay docked ("the excess is coming out of my wages")
              "!out of my wages", "!out of my pay", "!out of my wage", "!out of my salary",
              # sums that will not work out ("the numbers don't add up however I look
              # at them", "We sat down with a spreadsheet and it just doesn't add up")
              "!doesn't add up", "!don't add up", "!didn't add up",
              "!empty wallet", "!wallet's empty", "!wallet is empty", "!wallet was empty",
              "!account is empty", "!account's empty", "!account was empty",
              "!too expensive", "!how expensive", "!cost a fortune", "!costs a fortune",
              "!costing a fortune", "!cost me a fortune", "!costing me a fortune",
              "!cost us a fortune", "!costing us a fortune",
              # credit used up ("my own credit card is maxed out", "card's maxed")
              *(f"!{what} {be}maxed" for what in ("card", "cards", "credit card", "overdraft")
                for be in ("", "is ", "are ", "was ", "been ")),
              "!maxed out my card", "!maxed out my credit card", "!maxed out my overdraft",
              "!how we'll pay", "!how i'll pay", "!how to pay",
              "!not sure how we'll pay", "!not sure how i'll pay",
              "!don't know how we'll pay", "!don't know how i'll pay",
              "!couldn't afford", "!cost of living", "expenses", "costs", "savings",
              "budget", "payday", "salary", "paycheck", "!pay cut", "bank", "cash", "owe",
              "cost", "wages", "payslip", "pension", "allowance", "benefits",
              "universal credit", "parking fine", "parking ticket", "speeding fine",
              "speeding ticket", "my pay", "our pay", "day pay", "days pay", "sick pay",
              # no pay while ill ("Self-employed means no sick pay", "there's no sick
              # pay"): money lost by itself, as every writer who told it labelled
              "!no sick pay", *SUMS_TOO_SMALL,
              "owed", "owing", "charged me", "charged us", "!overcharg*", "fee", "fees",
              "!can't pay", "!cannot pay", "!couldn't pay", "!can't make rent",
              # pay and what is paid, said of the writer's income or costs
              "pay", "pay's", "wage", "income", "stipend", "prices", "price", "deposit",
              "quid", "euros", "dollars", "bucks", "rupees", "pesos", "instalment*",
              "repayment*", *SUMS_LACKED, "!paid me short", "!paid us short",
              "!short changed", "!underpaid", "!no pay", "!not been paid",
              "!haven't been paid", "!hasn't paid", "!still hasn't paid", "!wants paying",
              "!in the red", "!doesn't stretch", "!won't stretch", "!didn't stretch",
              "!cut my hours", "!cut our hours", "!hours cut", "!cut me to", *VAN_FAILED,
              "!zero hours",
              # pay held still, a cost running on: "pay freeze for the third year",
              # "is costing us eighty quid a week"
              "!pay freeze", "!wage freeze", "!costing me", "!costing us",
              # money owed to the writer and not come: "the promoter still owes me"
              "!owes me", "!owes us", "!owe me", "!owe us", "!still owes", "!still owe",
              "!still owed",
              # a cost the writer bears themself ("physio out of my own pocket", "claims
              # not paid since July"): money for every writer who told one
              "!out of my own pocket", "!out of our own pocket", "!not paid since",
              # costs the writer laid out and is not paid back ("Mileage still not
              # reimbursed", "they don't reimburse it", "until they reimburse")
              *(f"!{unpaid} reimburse{d}" for unpaid, d in (
                  ("not", "d"), ("not been", "d"), ("never", "d"), ("haven't", "d"),
                  ("hasn't", "d"), ("don't", ""), ("doesn't", ""), ("won't", ""),
                  ("until they", ""), ("till they", ""))),
              # a payment in a bad part ("the loan payment still goes out", "no payment",
              # "prescription charges add up"): money for every writer who told one
              "payment", "payments", "prescription charges", "prescription charge",
              # tips in a bad part ("Tips were dead tonight", "docked two days' tips")
              "tips",
              # the writer's rate of pay, in a bad part ("Firm's cutting our per-mile
              # rate again", "Same rate for six years")
              "rate", "rates", "my rate", "our rate",
              # a bonus in a bad part ("Bonus smaller than promised"), and a bonus or a
              # commission taken away, a loss by itself ("the bonus got pulled", "cut the
              # bonus again", "Commission cut from this month")
              "bonus", "bonuses", *PAY_TAKEN,
              # being paid, told in a bad part ("Only get paid term time so summer is
              # always tight", "we won't get paid for it"), and work done at a loss ("I'll
              # be working for nothing"): money for every writer who told one
              "get paid", "gets paid", "!working for nothing", "!work for nothing",
              # pay withheld for work booked ("I don't get paid for any of them"): a loss
              # by itself, the negation being the loss; "no fee" only in a bad part
              # ("cancelled the night before, no fee"), never "no fee for parking"
              *(f"!{no} paid for" for no in ("don't get", "didn't get", "doesn't get",
                                             "not getting", "never got", "never get")),
              "no fee",
              # the people who pay cancelling ("Three customers cancelled this week", "Half
              # my Wednesday pupils cancelled"): money lost for every writer who told it
              *PAYERS_CANCELLED, *TAKINGS_DOWN,
              # bills stacked in one stretch ("Paying her rent deposit and the car insurance
              # in the same month", "Council tax and the car MOT in the same week"): money
              # for every writer who told it; read only beside a bill (``senses``)
              *SAME_STRETCH,
              # paid late, told of whoever pays: "agency pays us late every month"
              *(f"!{pay} {who} late" for pay in ("pay", "pays", "paying", "paid")
                for who in ("me", "us"))),
    "rent": ("rent", "!rent increase", "!rent went up", "!rent is going up",
             "!rent going up"),
    "bills": ("bill", "bills", "invoice*", "utilities", "energy bill*", "electricity bill*",
              "gas bill*", "phone bill*", "council tax"),
    "debt": ("debt", "debts", "loan", "loans", "!overdraft*", "credit card*",
             "mortgage*", "!arrears"),
    "overspending": ("!overspen*", "!overdrawn"),
    "taxes": ("tax", "taxes", "tax return", "business rates"),
    # the premium paid for it, in a bad part ("The premium on the van is eye-watering"), and
    # the insuring told as a deed ("Insuring the stock now costs more than I clear")
    "insurance": ("insurance", "premium", "premiums", "insuring"),
    # a business's margin in a bad part ("my margins are basically gone", "no margin left");
    # a page's margin, a margin of error and a win by a margin are ``stress_shadows``'
    "margins": ("margin", "margins",
                # ... and told lost or squeezed, a loss by itself ("margins are basically
                # gone", "no margin left", "thin margins"), where "gone" would read as settled
                *(f"!{margin}{' *' * gap} {state}" for margin in ("margin", "margins")
                  for gap in range(3) for state in ("gone", "thin", "squeezed", "wiped out",
                                                    "disappeared", "vanished", "nothing")),
                "!no margin", "!no margins", "!thin margins", "!squeezed margins"),
}  # fmt: skip
