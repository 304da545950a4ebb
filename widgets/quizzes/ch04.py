"""Chapter 4 self-check: causes of tingling legs."""

from widgets.quiz import Option, Question

QUESTIONS = [
    Question(
        "Burning and numbness on the outer side of one thigh, worse after a day in a tight "
        "belt, with normal leg strength. Which cause fits best?",
        (
            Option(
                "Meralgia paresthetica",
                True,
                "The lateral femoral cutaneous nerve is trapped at the groin. It is a purely "
                "sensory skin nerve, so it changes feeling on the outer thigh but never "
                "causes weakness; looser clothing is the first treatment.",
            ),
            Option(
                "Sciatica",
                False,
                "Sciatica runs from the buttock down the back of the leg, often below the "
                "knee, and can weaken muscles. The outer thigh alone, with no weakness, "
                "does not fit.",
            ),
            Option(
                "Peripheral neuropathy",
                False,
                "Neuropathy starts in both feet (a 'stocking' pattern) because the longest "
                "fibres fail first; it does not pick out one thigh.",
            ),
            Option(
                "Peripheral artery disease",
                False,
                "PAD causes aching calf pain on walking that eases with rest, not a patch of "
                "burning skin on the thigh.",
            ),
        ),
    ),
    Question(
        "Lumbar spinal stenosis causes leg symptoms by squeezing what?",
        (
            Option(
                "The spinal cord, where it runs through the lower back",
                False,
                "The cord ends at about the L1-L2 vertebrae, above the usual level of "
                "lumbar stenosis. Calling it cord compression, as two of the articles do, "
                "is wrong.",
            ),
            Option(
                "Nerve roots in a narrowed spinal canal",
                True,
                "Below L1-L2 the canal holds the nerve roots of the cauda equina. Narrowing "
                "squeezes them, so symptoms come on standing or walking and ease on sitting or "
                "bending forward.",
            ),
            Option(
                "The popliteal artery behind the knee",
                False,
                "That is popliteal artery entrapment (PAES), a different, rare condition "
                "of young athletes.",
            ),
            Option(
                "The sciatic nerve in the buttock",
                False,
                "That is the idea behind piriformis syndrome, which is uncommon; stenosis "
                "acts at the spine.",
            ),
        ),
    ),
    Question(
        "A runner gets tight, aching shins with tingling on the top of the foot at about "
        "the same distance on every run. What fits chronic exertional compartment "
        "syndrome (CECS)?",
        (
            Option(
                "It settles within about 10-20 minutes of stopping",
                True,
                "Pressure in the tight compartment falls once the muscles stop working, so "
                "CECS settles soon after stopping; a compartment pressure test confirms it.",
            ),
            Option(
                "It usually lingers for several days after each run",
                False,
                "One article says so, but CECS typically settles 10-20 minutes after "
                "stopping. Pain lasting days points to another cause, and severe pain after "
                "an injury may be acute compartment syndrome, an emergency.",
            ),
            Option(
                "It is caused by dehydration",
                False,
                "No evidence links dehydration to CECS or to tingling; in CECS the sheath "
                "round a muscle compartment cannot stretch as the muscle swells.",
            ),
            Option(
                "It always affects only one leg",
                False,
                "CECS often affects both legs.",
            ),
        ),
    ),
    Question(
        "Which statement about peripheral artery disease (PAD) is right?",
        (
            Option(
                "Its main symptom is tingling in both feet, worse at night",
                False,
                "Night-time tingling in both feet is the pattern of neuropathy. PAD is "
                "mostly pain, not tingling.",
            ),
            Option(
                "Its calf pain on walking goes with rest, even standing still",
                True,
                "Narrowed arteries cannot meet working muscle's demand; a few minutes' rest "
                "in any position lets supply catch up. An ankle-brachial index of 0.90 or less "
                "is abnormal and, with typical symptoms, diagnoses PAD.",
            ),
            Option(
                "Its leg pain eases only when sitting down or bending forward",
                False,
                "Relief on sitting or bending forward is the pattern of spinal stenosis "
                "(nerve roots), not of PAD.",
            ),
            Option(
                "It is caused by a clot blocking a deep vein in the leg",
                False,
                "That is deep vein thrombosis (DVT): swelling, warmth and pain in one leg, "
                "needing medical help now.",
            ),
        ),
    ),
    Question(
        "An article says folate, magnesium and B12 deficiency are 'particularly common' "
        "causes and suggests supplements. What does the evidence say?",
        (
            Option(
                "Folic acid is safe to take for any tingling, even without a blood test",
                False,
                "Folic acid alone can correct the anaemia of B12 deficiency while the B12 "
                "nerve damage gets worse. B12 must be ruled out or treated too.",
            ),
            Option(
                "B12 deficiency can damage nerves; a blood test should come first",
                True,
                "B12 is needed for myelin; risk factors include metformin, acid-reducing "
                "medicines, a vegan diet without supplements and nitrous oxide. Folate "
                "deficiency mainly causes anaemia and rarely damages nerves, and low magnesium "
                "is not a common cause. A deficiency should be shown by a blood test before "
                "taking supplements.",
            ),
            Option(
                "Magnesium deficiency is the most common cause of leg tingling",
                False,
                "Low magnesium can make nerves over-excitable, but it is not a common cause "
                "of leg tingling.",
            ),
            Option(
                "Vitamin deficiencies never cause tingling",
                False,
                "Vitamin B12 deficiency does: it damages myelin in nerves and the spinal "
                "cord, and nerve damage may not fully recover if treatment is late.",
            ),
        ),
    ),
    Question(
        "Why is Morton's neuroma not called an 'inflamed nerve' in this course?",
        (
            Option(
                "Because the nerve between the toes is thickened by scar-like tissue",
                True,
                "It is a thickening around the interdigital nerve, usually between the 3rd "
                "and 4th toes: a pebble-in-the-shoe feeling, worse in tight shoes, staying "
                "in the forefoot.",
            ),
            Option(
                "Because it is a tumour that spreads up the leg",
                False,
                "It is not a cancer, and its symptoms stay in the forefoot and toes rather "
                "than shooting up the leg.",
            ),
            Option(
                "Because it is caused by a slipped disc",
                False,
                "A disc presses on a nerve root at the spine; Morton's neuroma is in the foot.",
            ),
        ),
    ),
]
