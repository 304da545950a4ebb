"""Self-check quiz for chapter 6: diagnosis and treatment."""

from widgets.quiz import Option, Question

QUESTIONS = [
    Question(
        "A nerve conduction study finds that a leg nerve conducts at about 60% of its "
        "normal speed, and the signal's size is normal. What does this point to?",
        (
            Option(
                "Loss of myelin (demyelination)",
                True,
                "Myelin makes an impulse jump from node to node. Losing it slows conduction, "
                "and slowing below about 70–75% of normal, or a block, is the mark of "
                "demyelination.",
            ),
            Option(
                "Loss of axons",
                False,
                "Losing axons makes the recorded signal smaller, because fewer fibres "
                "contribute to it; the speed of the survivors stays near normal.",
            ),
            Option(
                "Small-fibre neuropathy",
                False,
                "Nerve conduction studies cannot see the thin fibres at all: in a pure "
                "small-fibre neuropathy the study is normal.",
            ),
            Option(
                "Nothing: 60% is within the normal range",
                False,
                "Slowing to below about 70–75% of normal is clearly abnormal.",
            ),
        ),
    ),
    Question(
        "Someone has burning, tingling feet, but their nerve conduction study is normal. "
        "Which test can still find nerve damage?",
        (
            Option(
                "A skin biopsy that counts the small nerve endings",
                True,
                "Small-fibre damage is invisible to nerve conduction studies, which record "
                "the large myelinated fibres; a small skin sample shows how many thin "
                "nerve endings remain.",
            ),
            Option(
                "An MRI scan of the lower back and its nerve roots",
                False,
                "MRI shows discs, the spinal canal and nerve roots. It is used for red "
                "flags or before an operation, not to count nerve endings in the feet.",
            ),
            Option(
                "The ankle-brachial index, measured at both ankles",
                False,
                "The ABI measures blood flow to the legs, not the nerves.",
            ),
            Option(
                "Repeating the nerve conduction study",
                False,
                "It would miss the small fibres again: they are too thin and slow to show "
                "in the recorded signal.",
            ),
        ),
    ),
    Question(
        "Ankle systolic pressure 95 mmHg, arm 100 mmHg. How is the ankle-brachial index read?",
        (
            Option(
                "0.95: borderline",
                True,
                "95 ÷ 100 = 0.95, inside the borderline band of 0.91–0.99. Doctors may "
                "repeat the test after exercise.",
            ),
            Option(
                "0.95: normal",
                False,
                "Normal starts at 1.00; 0.91–0.99 is borderline.",
            ),
            Option(
                "0.95: abnormal, peripheral artery disease",
                False,
                "Abnormal is 0.90 or less.",
            ),
            Option(
                "1.05: normal",
                False,
                "The index is ankle divided by arm, not arm divided by ankle.",
            ),
        ),
    ),
    Question(
        "A runner's compartment pressures are 10 mmHg at rest, 32 mmHg 1 minute after "
        "exercise and 18 mmHg at 5 minutes. Do they meet the Pedowitz criteria?",
        (
            Option(
                "Yes: the 1-minute pressure is at least 30 mmHg",
                True,
                "Any one criterion is enough: resting 15 or more, 1 minute 30 or more, or "
                "5 minutes 20 or more. Together with a typical history it supports chronic "
                "exertional compartment syndrome.",
            ),
            Option(
                "No: all three pressures must be raised",
                False,
                "The criteria are alternatives; meeting any one of them counts.",
            ),
            Option(
                "No: the resting pressure is normal, so the others do not matter",
                False,
                "A resting pressure below 15 mmHg does not rule CECS out: the pressure "
                "rises with exercise, which is why it is measured afterwards too.",
            ),
            Option(
                "It is an emergency: call an ambulance",
                False,
                "This is the chronic, exercise-related kind, which settles when exercise "
                "stops. The emergency is acute compartment syndrome after an injury or a "
                "tight cast.",
            ),
        ),
    ),
    Question(
        "Why should nobody take folic acid alone 'just in case' for tingling feet?",
        (
            Option(
                "It can hide a vitamin B12 deficiency while the nerve damage goes on",
                True,
                "It corrects the anaemia of a hidden B12 deficiency: the blood count looks better "
                "while B12-related nerve damage continues. Test first: don't start supplements to "
                "treat tingling without a blood test.",
            ),
            Option(
                "Folic acid itself damages nerves",
                False,
                "It does not; the danger is that it hides a B12 deficiency.",
            ),
            Option(
                "Folate deficiency is the most common cause of leg tingling",
                False,
                "Folate deficiency mainly causes anaemia; nerve damage from it is uncommon.",
            ),
            Option(
                "There is no reason: supplements are harmless",
                False,
                "Guessing can delay the right diagnosis and, for folic acid, hide B12 deficiency.",
            ),
        ),
    ),
    Question(
        "A website says dehydration is the most common cause of tingling legs after "
        "exercise. What does the evidence say?",
        (
            Option(
                "Dehydration is not an established cause of tingling",
                True,
                "Drinking well is sensible, but it is not a treatment for tingling: no mechanism "
                "links dehydration to pins and needles. The American Council "
                "on Exercise drinking plan is fine for comfort and performance.",
            ),
            Option(
                "It is right: drinking 2 litres before a run prevents tingling",
                False,
                "Nothing shows that extra water prevents tingling, and the ACE plan "
                "suggests about half a litre 2–3 hours before exercise, not 2 litres.",
            ),
            Option(
                "Dehydration damages the myelin sheath",
                False,
                "There is no evidence for this.",
            ),
            Option(
                "It is right for compartment syndrome only",
                False,
                "CECS is caused by swelling muscle in a tight sheath, not by dehydration.",
            ),
        ),
    ),
]
