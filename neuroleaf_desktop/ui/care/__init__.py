"""Care: breathing, nudges, the safety card and the PHQ-9 / GAD-7 questionnaires.

``CareScreen`` is the screen in the navigation rail; ``ui.care.hook.CareHook`` wires the
scheduler, the tray notifications and the safety check on save into the running app.
"""

from neuroleaf_desktop.ui.care.breathing import BreathingDialog, BreathingGuide
from neuroleaf_desktop.ui.care.questionnaire import QuestionnaireDialog
from neuroleaf_desktop.ui.care.safety_card import SafetyCard, show_safety_card
from neuroleaf_desktop.ui.care.screen import CareScreen

__all__ = [
    "BreathingDialog",
    "BreathingGuide",
    "CareScreen",
    "QuestionnaireDialog",
    "SafetyCard",
    "show_safety_card",
]
