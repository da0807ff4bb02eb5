"""A question about the app itself, not the person's journal: exporting, passwords, "how does
this app work", a mark on its screen, the journal carried to another device.

Such a question has no answer in the journal, whatever else it says: the topic rules read it
first (``topics``) and answer it plainly as about the app or the world. Another app on the
person's phone, named by what it is for ("whenever my banking app buzzes"), is no question
about this one.

Pure.
"""

from __future__ import annotations

import re
from typing import Final

# A device the journal can be carried onto.
_DEVICE: Final = (
    r"(?:phone|laptop|computer|pc|mac|tablet|ipad|device|mobile|kindle|e-?reader|smart ?watch"
    r"|watch)\b"
)
# The app's own words and features, and what it can do with the journal.
APP_RX: Final = re.compile(
    r"\b(?:this|the|your) app\b|\bapp(?:lication)?\b|\bneuroleaf\b|\bexport\w*|\bimport\w*"
    r"|\bencrypt\w*|\bpass(?:word|phrase)s?\b|\bback(?:ed)?[- ]?ups?\b|\bsync\w*|\bsettings?\b"
    r"|\buninstall\w*|\bdownload\w*|\bprivacy policy\b"
    # how its screen looks or reads out: "a dark theme", "night mode", "a bigger font", "make the
    # text larger", "read my entries aloud" (not the person reading aloud to the kids)
    r"|\b(?:dark|light|night|dim|high[- ]contrast|colou?r) (?:mode|theme|scheme|setting)s?\b"
    r"|\b(?:font|text) sizes?\b|\b(?:bigger|larger|smaller) (?:font|text|letters|print)\b"
    r"|\bmake (?:the|its) (?:text|writing|font|letters|print) (?:bigger|larger|smaller)\b"
    r"|\bread (?:out )?(?:my|the|all my) (?:entries|journal|diary|check-?ins?|notes)"
    r" (?:aloud|out loud|back)\b"
    # its features: "voice typing", "is a .docx supported", "colours in the calendar", "the
    # number of entries", "write in Thai in the journal", "a journal of her own on the laptop"
    r"|\bvoice typing\b|\bdictation\b|\bsupported\b|\.(?:docx|pdf|txt|csv)\b"
    # a file to take the journal away in: "get my whole journal out as a PDF", "a Word document"
    r"|\b(?:as|into|to) (?:a |an )?(?:pdf|docx|csv|word|text|spreadsheet)(?: files?| documents?)?\b"
    r"|\bget (?:my|the|all my) (?:whole |entire )?(?:journal|entries|diary|data) out\b"
    r"|\bcolou?rs? in the\b|\bnumber of entries\b|\bwrite in \w+(?: language)? in\b"
    r"|\b(?:her|his|their) own journal\b"
    # how it shows on a device: "hide the journal's icon on my home screen", "a widget", "stop
    # my teenager opening this diary thing on my phone"
    r"|\b(?:icons?|widgets?|home screen|lock screen|notification (?:badges?|sounds?))\b"
    # ... or what it sends, switched off or on: "how do I turn off the notifications"
    r"|\b(?:turn\w*|switch\w*|shut\w*|mut(?:e|es|ed|ing)) (?:off |on )?"
    r"(?:the |my |all |these |its )?(?:notif\w*|reminders?|alerts?|pings?)(?: (?:off|on))?\b"
    # ... or its charts and counters hidden, or switched off or on: "can I switch off the mood
    # charts", "hide the weekly stats", "can the sleep graphs be hidden" (not a telly or a phone
    # switched off)
    r"|\b(?:turn\w*|switch\w*|shut\w*|hid(?:e|es|ing)|disabl\w*|remov\w*|get rid of)"
    r" (?:off |on )?(?:the |my |all |these |those |its |this )?(?:[\w-]+ )?(?:charts?|graphs?"
    r"|stats|statistics|streaks?|streak counters?|trend lines?)\b"
    r"|\b(?:charts?|graphs?|stats|statistics|streaks?|streak counters?) (?:be )?(?:hidden"
    r"|turned off|switched off|disabled|removed)\b"
    # ... or a thing at a place on its screen: "the green leaf in the corner of the screen"
    r"|\b(?:in|at|on|up in|down in) the (?:top |bottom |left |right |far )*(?:corner|top|bottom"
    r"|edge|side)s? of (?:the|my|this) screen\b"
    r"|\b(?:this|the) (?:diary|journal) (?:thing|app)\b"
    # ... or a reminder it gives to write: "will it nudge me at bedtime if I forget to make an
    # entry", "can it ping me when I've not done my check-in" (not a person's reminder to eat)
    r"|\b(?:nudge|remind|ping|prompt|buzz|notify)\w* me\b[^?]*\b(?:entry|entries"
    r"|check-?ins?|journal|diary)\b"
    r"|\bforg[eo]t\w* to (?:make|write|do|fill in|log|add|start) (?:an?|my|the|today's)"
    r"(?: daily)? (?:entry|check-?in|journal|diary)\b"
    r"|\b(?:this|the|my) (?:diary|journal)(?: thing)? on (?:my|the|her|his|their)"
    r" (?:phone|laptop|tablet|ipad|computer|pc|mac)\b"
    # ... or shared across devices: "one journal across two laptops", "the diary on both phones"
    r"|\b(?:diary|journal|entries) (?:across|between|on|over) (?:two|both|all|several|our)"
    r" (?:[\w-]+ )?(?:phones|laptops|tablets|ipads|computers|pcs|macs|devices)\b"
    # a mark the calendar shows beside some dates: "a little orange dot next to some dates"
    r"|\b(?:dots?|marks?|markers?|badges?|stars?|symbols?|circles?|ticks?|flags?|blobs?)"
    r" (?:next to|beside|by|on|under|over|above|below) (?:some|certain|a few|the|my|a|one)"
    r" (?:of (?:the|my) )?(?:dates|days|entries|check-?ins)\b"
    r"|\b(?:email|e-mail|send|share|forward)\b[^?]*\bentries\b"
    r"|\b(?:delete|edit|remove|change|undo|rename|tag|search) (?:an?|my|this|the|a new|old)"
    r" (?:entry|entries|check-?ins?|tags?|reminders?|journal|recordings?|profiles?)\b"
    # what the app can do with the journal: "can this thing print my journal out", "send my
    # entries to my therapist", "share my check-ins"
    r"|\b(?:see|read|access) what i write\b"
    r"|\b(?:print|share|send|email|e-mail|copy|show|give) (?:out )?(?:my|the|this|all my|all the)"
    r" (?:whole )?(?:journal|entries|check-?ins?|data|diary|notes|history)\b"
    # the journal carried to another device: "move my entries over to a new phone", "transfer
    # the diary onto my laptop", "get all my check-ins across to the tablet", "put my journal
    # entries on a Kindle"
    r"|\b(?:mov|transferr?|migrat|carry|carri|bring|brought|tak|took|get|got|put|shift)\w*"
    r" (?:all )?(?:of )?(?:my|the|this) (?:whole |entire |old )?(?:(?:journal|diary) )?"
    r"(?:journal|entries|check-?ins?|data|diary|notes|history) (?:(?:over|across) (?:to|onto)\b"
    r"|(?:to|onto|on to|on) (?:a|an|my|the|another) (?:new |other |second |old )?"
    rf"{_DEVICE})"
    # ... or said to go there: "can my diary entries go on a Kindle", "will the journal show up
    # on my watch"
    r"|\b(?:journal|diary|entries|check-?ins?) (?:go|goes|be (?:put|read|seen|shown|viewed)"
    r"|show up|appear|live) (?:on|onto|to) (?:a|an|my|the|another) (?:new |other |second )?"
    rf"{_DEVICE}"
    # ... or run there at all: "does the journal work on a smartwatch", "will this app run on my
    # old tablet", "can I use the diary on a Chromebook" (not "my work on the laptop")
    r"|\b(?:journal|diary|app|it|this)(?: thing)? (?:work|works|run|runs|install|installs|open"
    r"|opens|load|loads) (?:on|with) (?:a|an|my|the|her|his|their|any|older|old)?\s?(?:old |new "
    rf"|cheap |android |apple |linux |windows )?(?:[\w-]+ )?{_DEVICE}"
    r"|\buse (?:the|this|my) (?:journal|diary|app)(?: thing)? (?:on|with) (?:a|an|my|the|her|his"
    rf"|their)? ?(?:[\w-]+ )?{_DEVICE}"
    # the journal kept from someone's eyes: "hide my entries from my nosy flatmate", "lock the
    # diary away from the kids", "stop my sister reading my journal" (not hiding a feeling)
    r"|\b(?:hid(?:e|es|ing)|lock(?:s|ing)?|protect(?:s|ing)?|shield(?:s|ing)?|guard(?:s|ing)?"
    r"|keep(?:s|ing)?|secur(?:e|es|ing)) (?:all )?(?:of )?(?:my|the|this) (?:whole |private )?"
    r"(?:journal|entries|diary|check-?ins?|notes)(?: entries)?(?: (?:away|safe|private|hidden"
    r"|secret))? from\b"
    # the journal kept by more than one person: "can two people share one journal on this
    # laptop", "separate profiles for me and my son", "can my flatmate have a diary here too"
    r"|\b(?:share|sharing|shared|split|splitting) (?:one|a|the|this|my|our|a single) (?:same )?"
    r"(?:journal|diary|app|profile|account)\b(?! with (?:my|the|a) (?:therapist|counsell?or|gp"
    r"|doctor|nurse|psychologist|psychiatrist)\b)"
    r"|\b(?:two|2|three|both|several|multiple|separate|different) (?:of us|people|users|persons"
    r"|profiles|accounts|journals|diaries|logins)\b[^?]*\b(?:journal|diary|app|laptop|computer"
    r"|pc|mac|tablet|phone|device|here)\b"
    r"|\b(?:stop|keep|prevent)\w* (?:my |the |a |our |any |nosy |other )*[\w-]+ (?:from )?"
    r"(?:reading|seeing|opening|looking (?:at|through|in)|snooping (?:in|on|through)|peeking at"
    r"|getting into|going through) (?:my|the|this) (?:private )?(?:journal|entries|diary"
    r"|check-?ins?)\b",
    re.I,
)
# Another app on the person's phone, named by what it is for: "whenever my *banking* app buzzes",
# "the weather app", "a meditation app", "my phone's notes app" (not this one: "the journal app",
# "this app").
_OTHER_APP_RX: Final = re.compile(
    r"\b(?:my|a|an|the|his|her|their|our) (?!(?:journal|diary|mood|neuroleaf|this|that|new|same"
    r"|whole|own)\b)(?:[\w'’-]+ ){1,2}app\b",
    re.I,
)

# Someone or something lifted "back up" again, a way back from a low, not the app's backup: "what
# pulls *you back up*", "what pumped me back up", "got my energy back up", "bounced back up"
# (the app's: "back up my journal", "how do I back up", "a back up to a USB stick").
_RISEN_AGAIN_RX: Final = re.compile(
    r"(?<!\bdo )(?<!\bcan )(?<!\bcould )(?<!\bshould )(?<!\bwould )(?<!\bwill )(?<!\bhow )"
    r"\b(?:me|you|myself|yourself|him|her|us|them|energy|mood|spirits|confidence|levels"
    r"|(?:get|gets|got|getting|come|comes|came|coming|bounc|climb|clamber|claw|crawl|pick|perk"
    r"|stand|stood|build|built|ramp|creep|crept|drag|haul)\w*)"
    r" back[- ]up\b(?!\s+(?:my|the|this|all|your|our|everything|entries|journal|diary|data|to"
    r"|onto)\b)",
    re.I,
)


def about_app(question: str) -> bool:
    """Whether the question asks about the app, not about the person's journal: not when the
    only app it names is another one of the person's phone, named by what it is for, nor for
    someone lifted "back up" again."""
    others = [(m.end() - 3, m.end()) for m in _OTHER_APP_RX.finditer(question)]
    risen = [m.span() for m in _RISEN_AGAIN_RX.finditer(question)]
    return any(
        (m.start(), m.end()) not in others and not any(a <= m.start() < b for a, b in risen)
        for m in APP_RX.finditer(question)
    )
