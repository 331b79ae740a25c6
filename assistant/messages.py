"""What the user reads above the archived answers, for each decision and safety level.

Plain English a 12-year-old can read: short sentences, everyday words. Never alarming without a
red flag (the ordinary lead-ins name no emergency numbers); never casual with one (emergency
guidance comes first and alone, with 999 in the first sentence). The policy is in docs/safety.md.
"""

from __future__ import annotations

from typing import Final

from assistant.answers import Decision, SafetyLevel

# Categories from safety_lexicon.yaml marked `crisis: true`: their guidance adds Samaritans and 111.
MENTAL_HEALTH_CATEGORIES: Final = frozenset({"suicide_self_harm", "overdose", "hopelessness"})

EMERGENCY_GUIDANCE: Final = (
    "This could be an emergency. "
    "Call 999 now, or go to A&E straight away. "
    "Do not wait for an answer from us. "
    "If you are not sure, call 999 and say what is happening."
)

MENTAL_HEALTH_EMERGENCY_GUIDANCE: Final = (
    "Your safety matters most right now. "
    "If you might act on these thoughts, or you have hurt yourself or taken too much of something, "
    "call 999 or go to A&E now. "
    "You can talk to Samaritans for free, day or night, on 116 123. "
    "You can also call NHS 111 and choose the mental health option. "
    "You do not have to cope with this alone."
)

# One extra line for some emergencies: what to do while help is on the way.
EMERGENCY_NOTES: Final[dict[str, str]] = {
    "chest_pain": "If you had acupuncture recently, tell them where the needles went.",
    "breathing": "If you had acupuncture recently, tell them where the needles went.",
    "anaphylaxis": "If you have an adrenaline pen, use it now.",
    "bleeding_heavy": "Press firmly on the wound with a clean cloth while you wait.",
    "pregnancy_bleeding_heavy": "Tell them how many weeks pregnant you are.",
    "seizure": "Do not hold the person down or put anything in their mouth. Move hard things away.",
    "collapse": "Stay with the person. The 999 call handler will tell you what to do.",
    "overdose": "Keep the packets or bottles to show the ambulance crew.",
}

ANSWER_LEAD_IN: Final = (
    "Here is what our experts have said about questions like yours. "
    "These are archived answers, not a diagnosis."
)

NO_CLOSE_ANSWER: Final = (
    "We don't have an answer in our archive that is close enough to your question. "
    "You can send it to one of our experts."
)

URGENT_GUIDANCE: Final = (
    "Please get medical advice today. "
    "Contact your GP, or call NHS 111 (it is free, day or night). "
    "Tell them about your symptoms and any recent acupuncture. "
    "If it gets much worse, or you feel very unwell, call 999. "
    'You can also send your question to one of our experts with "Ask an expert". '
    "The related answers below do not replace that advice."
)

MENTAL_HEALTH_URGENT_GUIDANCE: Final = (
    "It sounds like things are really hard right now. "
    "Please talk to your GP today, or call NHS 111 and choose the mental health option. "
    "You can talk to Samaritans for free, day or night, on 116 123. "
    "If you feel you might act on these feelings, call 999. "
    'You can also send your question to one of our experts with "Ask an expert". '
    "The related answers below do not replace that advice."
)

# One extra line for some urgent categories: who else can help.
URGENT_NOTES: Final[dict[str, str]] = {
    "pregnancy_bleeding_pain": "You can also call your midwife or maternity unit.",
    "broken_needle": "Do not try to dig the needle out yourself.",
    "cancer_team_unaware": "Please tell your cancer team about the acupuncture.",
    "anticoagulant_bleeding": "Keep taking your medicine unless a doctor tells you to stop.",
    "baby_unwell": "If your baby is floppy, blue, hard to wake or has a rash that does not fade, call 999.",
}

URGENT_RELATED_HEADING: Final = (
    "Related answers from our archive (these do not replace advice from your GP or NHS 111)"
)

# What to tell the practitioner, per caution category in safety_lexicon.yaml.
CAUTION_NOTES: Final[dict[str, str]] = {
    "blood_thinners": "Tell your practitioner that you take a blood thinner, and which one.",
    "pacemaker": (
        "Tell your practitioner that you have a pacemaker or heart device. "
        "Needles with an electric current (electroacupuncture) should not be used."
    ),
    "pregnancy": "Tell your practitioner that you are pregnant, and how many weeks. Some points are avoided.",
    "epilepsy": "Tell your practitioner about your epilepsy or seizures, and how well controlled they are.",
    "diabetes": "Tell your practitioner that you have diabetes. Bring a snack in case your blood sugar drops.",
    "needle_phobia": (
        "Tell your practitioner that needles worry you. They can go slowly, use fewer needles and let you lie down."
    ),
    "children": "Tell the practitioner the child's age and health. A parent or carer should stay with them.",
    "cancer_care": "Check with your cancer team first, and tell your practitioner about your treatment.",
    "bleeding_disorder": "Tell your practitioner about your bleeding or clotting condition before any needles are used.",
}

GENERIC_CAUTION_NOTE: Final = "Tell your practitioner about your health and any medicines you take."


def emergency_guidance(category: str | None = None) -> str:
    """The emergency text: 999 first; mental-health crises also get Samaritans and 111."""
    if category in MENTAL_HEALTH_CATEGORIES:
        return MENTAL_HEALTH_EMERGENCY_GUIDANCE
    note = EMERGENCY_NOTES.get(category or "")
    return f"{EMERGENCY_GUIDANCE} {note}" if note else EMERGENCY_GUIDANCE


def caution_note(category: str | None) -> str:
    return CAUTION_NOTES.get(category or "", GENERIC_CAUTION_NOTE)


def message_for(decision: Decision, safety: SafetyLevel, category: str | None = None) -> str:
    """The lead-in shown above the citations. Safety wins over the decision: an emergency level
    (or decision) always gives the emergency guidance alone, an urgent level the urgent advice."""
    if safety == "emergency" or decision == "emergency":
        return emergency_guidance(category)
    if safety == "urgent":
        text = MENTAL_HEALTH_URGENT_GUIDANCE if category in MENTAL_HEALTH_CATEGORIES else URGENT_GUIDANCE
        note = URGENT_NOTES.get(category or "")
        return f"{text} {note}" if note else text
    lead = NO_CLOSE_ANSWER if decision == "ask_expert" else ANSWER_LEAD_IN
    if safety == "caution":
        return f"{lead} {caution_note(category)}"
    return lead
