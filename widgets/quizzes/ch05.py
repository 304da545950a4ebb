"""Chapter 5 self-check: warning signs and when to get help."""

from widgets.quiz import Option, Question

QUESTIONS = [
    Question(
        "Someone with back pain notices numbness around their bottom when wiping and "
        "has trouble passing urine. What should they do?",
        (
            Option(
                "Call 999 / 911 / 112 or go to an emergency department now",
                True,
                "Saddle numbness with bladder trouble can mean cauda equina syndrome. "
                "Surgery within hours can save bladder, bowel and leg function.",
            ),
            Option(
                "Book a routine appointment with their doctor next week",
                False,
                "Too slow: cauda equina syndrome is an emergency, and waiting can leave "
                "lasting bladder, bowel and sexual problems.",
            ),
            Option(
                "Rest for a few days and see their doctor if it does not pass",
                False,
                "Never wait with saddle numbness or new bladder or bowel problems: these "
                "are emergency signs.",
            ),
        ),
    ),
    Question(
        "Sudden numbness of one arm and one leg on the same side went away after 10 "
        "minutes. What is right?",
        (
            Option(
                "It has passed, so it can wait for the next routine check-up",
                False,
                "A mini-stroke (TIA) can pass within minutes and still warn of a stroke to "
                "come: it cannot wait for a check-up; call even if the symptoms have gone.",
            ),
            Option(
                "Call 999 / 911 / 112, even though the symptoms have passed",
                True,
                "Think FAST: Face, Arms, Speech, Time. Sudden one-sided numbness or weakness "
                "is a stroke warning until proved otherwise.",
            ),
            Option(
                "It is ordinary pins and needles from sitting awkwardly",
                False,
                "Posture affects one nerve's area in one limb and clears when you move; "
                "sudden symptoms down one side of the body point to the brain.",
            ),
        ),
    ),
    Question(
        "Which list gives the 6 Ps of acute limb ischaemia (a suddenly blocked artery)?",
        (
            Option(
                "Pain, pallor, pulselessness, pins and needles (paraesthesia), paralysis, "
                "coldness (poikilothermia)",
                True,
                "A painful, pale, cold leg without a pulse, with tingling or weakness, "
                "needs emergency care: a leg without blood supply can be lost within hours.",
            ),
            Option(
                "Pain, pressure, pallor, pus, pyrexia, paralysis",
                False,
                "Pus and fever point to infection, not to a blocked artery.",
            ),
            Option(
                "Pins and needles only: the other signs come days later",
                False,
                "Pain, pallor and coldness usually come first; paralysis is a late, bad sign.",
            ),
        ),
    ),
    Question(
        "After a shin fracture is put in a cast, the pain becomes far worse than expected "
        "and worse when the toes are moved. What may this be?",
        (
            Option(
                "Acute compartment syndrome: an emergency",
                True,
                "Pressure builds inside a muscle compartment after injury. Muscle survives "
                "about 4 hours without blood and is lost by 8 hours, so this needs "
                "emergency care now.",
            ),
            Option(
                "Chronic exertional compartment syndrome (CECS)",
                False,
                "CECS comes on with exercise and settles 10-20 minutes after stopping; "
                "severe pain after an injury or a tight cast is the acute, emergency form.",
            ),
            Option(
                "Normal healing pain; take painkillers and wait",
                False,
                "Pain out of proportion to the injury, worse on stretching the muscle, is "
                "the key warning sign of acute compartment syndrome.",
            ),
        ),
    ),
    Question(
        "Which of these needs a routine doctor's (GP) appointment rather than emergency "
        "care, if there are no other warning signs?",
        (
            Option(
                "Pins and needles in the feet that keeps coming back",
                True,
                "With no clear cause and no warning signs, it is worth checking (for example for "
                "diabetes or vitamin B12 deficiency), but not an emergency on its own.",
            ),
            Option(
                "One calf swollen, warm, red and painful since yesterday",
                False,
                "These are signs of a deep vein thrombosis: get seen now at an emergency "
                "department or call 999 / 911 / 112, at once if breathless or with chest "
                "pain.",
            ),
            Option(
                "Hives with swelling of the lips and trouble breathing during a run",
                False,
                "That is anaphylaxis: an emergency. Use an adrenaline auto-injector if one "
                "has been prescribed and call 999 / 911 / 112.",
            ),
            Option(
                "A foot that suddenly drops so the toes catch when walking",
                False,
                "Sudden foot drop: get seen now at an emergency department or call 999 / "
                "911 / 112, at once with one-sided weakness, a drooping face or trouble "
                "speaking.",
            ),
        ),
    ),
    Question(
        "One calf has become swollen over a day. It is not red and not warm. Does the "
        "DVT warning sign still apply?",
        (
            Option(
                "Yes: a newly swollen or painful leg is enough on its own",
                True,
                "Warmth and redness only make a clot more likely. The checker asks about one sign "
                "at a time for this reason: someone with only one of several signs must still be "
                "able to answer yes. Get seen now.",
            ),
            Option(
                "No: a DVT needs swelling, pain, warmth and redness together",
                False,
                "Many clots show only some of these signs. Waiting for all of them would "
                "miss people who need help now.",
            ),
            Option(
                "No: only tingling would make it a warning sign",
                False,
                "Tingling is not a typical sign of DVT at all; swelling or pain in one leg is.",
            ),
        ),
    ),
]
