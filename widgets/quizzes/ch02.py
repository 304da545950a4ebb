"""Self-check quiz for chapter 2: why a leg falls asleep."""

from widgets.quiz import Option, Question

QUESTIONS = [
    Question(
        "You sit cross-legged for 20 minutes and your foot goes numb. What mainly silenced "
        "the nerve?",
        (
            Option(
                "Loss of blood flow inside the nerve (ischaemia)",
                True,
                "A few tens of mmHg are enough to stop the blood flowing through the "
                "nerve's own small vessels, and without oxygen the axons stop conducting "
                "within minutes to half an hour. The block is reversible.",
            ),
            Option(
                "The myelin sheath was squashed out of shape",
                False,
                "Pushing myelin aside takes far more: in baboons it needed about 1000 mmHg "
                "held for one and a half to three hours, and the block then lasted weeks. "
                "Everyday sitting pressures are much lower and the numbness clears in minutes.",
            ),
            Option(
                "Nerve cells in the spinal cord stopped relaying signals from the foot",
                False,
                "Nothing in the spinal cord changes. The block sits where the nerve is pressed, "
                "and it clears as soon as blood flows there again.",
            ),
            Option(
                "The muscles of the leg ran out of energy",
                False,
                "The numbness is a failure of nerve conduction: touch goes before movement "
                "does, which tired muscles would not explain.",
            ),
        ),
    ),
    Question(
        "At roughly what pressure does blood stop flowing altogether through the small "
        "vessels inside a nerve?",
        (
            Option(
                "About 60–80 mmHg",
                True,
                "In Rydevik's experiments the venules slowed at 20–30 mmHg, the "
                "capillaries at 40–50 mmHg, and all flow stopped at 60–80 mmHg.",
            ),
            Option(
                "About 5 mmHg",
                False,
                "Far too low: at a few mmHg blood still flows normally. Flow first slows in "
                "the venules at about 20–30 mmHg.",
            ),
            Option(
                "About 200–300 mmHg",
                False,
                "That is well above what is needed: flow has stopped by 60–80 mmHg. In the "
                "course's model, 300 mmHg held for "
                "more than an hour is near the start of the mechanical-injury zone.",
            ),
            Option(
                "About 1000 mmHg",
                False,
                "1000 mmHg is the pressure that, held for hours, damaged myelin in baboons. "
                "Blood flow stops at a small fraction of it.",
            ),
        ),
    ),
    Question(
        "When a cuff stops the blood flow to a limb, which goes first?",
        (
            Option(
                "Touch, carried by sensory Aβ fibres",
                True,
                "Touch goes first: sensory responses disappeared at about 30 ± 5 minutes and motor "
                "responses at about 46 ± 6 minutes. Sensory axons have more persistent "
                "sodium current and more HCN channels (channels that let current in when the "
                "axon is hyperpolarised, that is, more negative than at rest), which makes "
                "them more vulnerable.",
            ),
            Option(
                "Movement, because motor (Aα) fibres are the largest",
                False,
                "That is the rule for direct pressure, not for lack of blood. Under "
                "ischaemia the larger motor fibres hold out about a quarter of an hour longer "
                "than the sensory ones.",
            ),
            Option(
                "Slow pain and warmth, carried by C fibres",
                False,
                "C fibres are the most resistant to ischaemia: warmth is barely changed even "
                "after movement has gone.",
            ),
            Option(
                "Everything fails at the same moment",
                False,
                "The classes fail in an order, which is why a 'sleeping' foot first loses "
                "fine touch while you can still move it.",
            ),
        ),
    ),
    Question(
        "In the compression explorer, raising the pressure from 200 to 1000 mmHg for the "
        "same 30 minutes leaves the bars unchanged. Why?",
        (
            Option(
                "Above about 70 mmHg blood flow has already stopped",
                True,
                "More pressure therefore cannot starve the nerve any further. The block in the "
                "model is ischaemic, and ischaemia depends on how long the flow has been stopped. "
                "Lewis and colleagues saw the same: paralysis arrived at about the same time at "
                "150 and at 300 mmHg.",
            ),
            Option(
                "Because the model is broken",
                False,
                "It is deliberate. Only the injury warning changes, because mechanical damage, "
                "unlike ischaemia, grows with pressure.",
            ),
            Option(
                "Because large fibres are protected by thicker myelin",
                False,
                "Myelin does not protect a fibre from lack of oxygen; large fibres are in "
                "fact the most sensitive to mechanical damage.",
            ),
        ),
    ),
    Question(
        "Someone sat with crossed legs for hours and now cannot lift the front of their "
        "foot (foot drop). Which nerve was most likely pressed, and where?",
        (
            Option(
                "The common peroneal nerve, at the head of the fibula",
                True,
                "It wraps round the head of the fibula just below the outside of the knee. "
                "There it lies just under the skin, against bone, so the other knee "
                "can press on it. A foot that still drops or drags after the numbness has "
                "gone is not an ordinary sleeping leg. Get seen now: go to an emergency "
                "department or call 999 / 911 / 112, at once if it comes with weakness or "
                "numbness down one side of the body, a drooping face or trouble speaking.",
            ),
            Option(
                "The sciatic nerve, where it passes through the buttock",
                False,
                "The sciatic nerve can be pressed when sitting on a hard edge, but crossed "
                "legs press on the outside of the knee, where its peroneal branch is "
                "exposed.",
            ),
            Option(
                "The spinal cord",
                False,
                "Crossing the legs does not touch the spinal cord. The injury is in a "
                "peripheral nerve at the point of pressure.",
            ),
        ),
    ),
]
