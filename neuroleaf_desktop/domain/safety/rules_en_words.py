"""English word fragments shared by the English rule modules (explicit statements, warning
signs): one spelling of "myself", "pills", "gun" for every rule, so the modules agree."""

from __future__ import annotations

MYSELF = r"(?:my\s*self|me\s*self)"
NOT = r"(?:do(?:n't|nt|\s+not)|does(?:n't|nt|\s+not)|did(?:n't|nt|\s+not))"

MEDS = (
    r"(?:pills|meds|medications?|medicines?|tablets|painkillers|pain\s+killers"
    r"|sleeping\s+(?:pills|tablets)|antidepressants|anti-depressants|paracetamol|tylenol"
    r"|ibuprofen|aspirin|insulin|opioids|oxy\w*|benzos|xanax|prescriptions?)"
)
# ... and the drugs people are prescribed and write about by name (kept apart: every rule that
# opens with a medicine pays for each name at every position of the text)
NAMED_MEDS = (
    r"(?:lithium|sertraline|citalopram|amitriptyline|codeine|tramadol|morphine|diazepam|valium"
    r"|zopiclone|quetiapine|seroquel|lorazepam|fentanyl)"
)
ANY_MEDS = rf"(?:{MEDS}|{NAMED_MEDS})"
GUN = r"(?:gun|pistol|handgun|hand\s+gun|firearm|revolver|shotgun|rifle|glock|sidearm)"
# Clause end, or a few words that keep it about the person's own state ("… for me", "… now").
TAIL = (
    r"(?=\s*(?:$|[.!?,;:)\"\n]|\s+(?:for\s+me|any\s*more|any\s+longer|now|again|at\s+all"
    r"|and|but|so|because|i\b|it'?s|there'?s|from\s+(?:this|it|the\s+pain|my)|of\s+"
    r"(?:this|it|here|my|the\s+pain)(?=\s*(?:$|[.!?,;:)\"\n]|\s+(?:for\s+me|pain|life|hell"
    r"|feeling|darkness|mess|situation|head|mind)\b)))\b))"
)
I_AM = r"(?:i\s+am|i'm|im|i\s+feel|i\s+felt|i've\s+been|ive\s+been|i\s+was|feeling|i\s+get)"

#: After "what's the point of trying / going on / getting up / anything": a named goal or
#: occasion makes it an everyday complaint ("... of going on holiday if it rains", "... of trying
#: to fix the printer", "... of carrying on with the diet", "... of anything in this meeting");
#: life, it all, oneself and staying well keep it about living ("... of trying to get better",
#: "... of going on like this", "... of anything in this life").
POINT_NAMED = (
    r"(?!\s+(?:holidays?|trips?|dates?|diets?"
    r"|(?:with|for|out\s+for|at|on)\s+(?!(?:life|living|it|this|everything|anything|anyone|all"
    r"|any|myself|me|now|like|(?:the\s+)?future)\b)"
    r"|to\s+(?!(?:be|get|stay|feel|keep|live|go|carry|make|hold|try|wake|exist|fight|pretend"
    r"|care|even)\b)"
    r"|(?:in|at)\s+(?:this|that|the|a|an|my|our)\s+(?!(?:life|world|state|place|point|moment"
    r"|house)\b)))"
)
#: A habit of mine someone else would rest or work better without ("she'll sleep better without
#: me snoring", "the team works better without me hovering"): a nuisance, not a burden.
MY_NUISANCE_HABIT = (
    r"(?:snoring|hogging|kicking|fidgeting|humming|whistling|singing|chattering|hovering|fussing"
    r"|interrupting|tossing|clattering|backseat)"
)

#: A task, a form or a thing with terms or a deadline: what a trap or a dread may be of without
#: being the writer's life ("no way out of this spreadsheet", "rather die than do my taxes").
TASKS = (
    r"spreadsheets?|reports?|essays?|assignments?|projects?|deadlines?|paperwork|tax(?:es)?"
    r"|tax\s+returns?|returns?|forms?|contracts?|leases?|overdraft|puzzles?|crosswords?|sudoku"
    r"|levels?|games?|traffic|jam|queues?|maze|car\s*park|rota|shifts?|overtime|exams?|inbox"
    r"|emails?|backlog|admin|bugs?|code|codebase|thesis|dissertation|renovation|homework"
    r"|presentation|slides|deck|audit|invoices?|accounts|meeting|meetings|group\s+chat|booking"
)
#: An errand or an event one dreads: the dentist, a party, a class ("rather die than go back to
#: that dentist", "than sit through another of his seminars").
ERRANDS = (
    r"dentists?|gym|office|party|parties|wedding|weddings|class|classes|lecture|lectures|dinner"
    r"|dinners|shop|shops|supermarket|mall|ikea|restaurant|salon|hairdresser|barber|quiz"
    r"|karaoke|match|concert|film|movie|show|play|conference|seminars?|training|webinar"
    r"|interview|appointment|barbecue|bbq|zumba|spin\s+class|choir|book\s+club|call|calls"
    r"|christmas\s+do|work\s+do|reunion|school\s+run|waiting\s+room|laundrette|launderette"
)
# A rope named as a tool by its kind: the word before or after it says what it is for ("a lead
# rope", "a tow rope", "a rope halter", "rope lights"), so it is a purchase, not a means.
ROPE_AS_TOOL_AFTER = (
    r"(?!\s+(?:halters?|ladders?|lights?|swings?|bracelets?|baskets?|bags?|toys?|courses?|soles?"
    r"|hammocks?|fenders?|mats?|rugs?|dog\s+toys?|chew\s+toys?|tie-?outs?|handles?)\b)"
)
ROPE_AS_TOOL_BEFORE = (
    r"(?<!\blead\s)(?<!\btow\s)(?<!\bjump\s)(?<!\bskipping\s)(?<!\bclimbing\s)"
    r"(?<!\bmooring\s)(?<!\bguy\s)(?<!\btent\s)(?<!\btie\s)(?<!\bbell\s)(?<!\bdog\s)"
    r"(?<!\bhorse\s)(?<!\bboat\s)(?<!\banchor\s)(?<!\bchew\s)(?<!\btug\s)"
)
