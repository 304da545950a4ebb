"""Self-check quiz for chapter 1: how a nerve carries a signal."""

from widgets.quiz import Option, Question

QUESTIONS = [
    Question(
        "At a node of Ranvier, what makes the membrane voltage shoot up during an action "
        "potential?",
        (
            Option(
                "Sodium channels open and Na⁺ ions rush into the axon",
                True,
                "Na⁺ is far more concentrated outside the axon, so when its channels open it "
                "flows in and carries positive charge with it; the voltage swings from about "
                "-80 mV to positive values in a fraction of a millisecond.",
            ),
            Option(
                "Potassium ions rush into the axon",
                False,
                "K⁺ moves the other way: it leaks out of the axon, and that outward flow is "
                "what brings the voltage back down after the spike.",
            ),
            Option(
                "The myelin sheath releases charge it stored between impulses",
                False,
                "Myelin is an insulator made of wrapped membrane; it stores and releases no "
                "charge of its own. It only stops current leaking out between the nodes.",
            ),
            Option(
                "Electrons flow along the axon, as they do in a copper wire",
                False,
                "Electrons flowing in a wire would fade within millimetres in salty axoplasm. "
                "The signal is renewed at every node by ions crossing the membrane.",
            ),
        ),
    ),
    Question(
        "Why does myelin make an impulse travel faster?",
        (
            Option(
                "It insulates the axon between nodes, so only the nodes need to fire",
                True,
                "With the membrane between nodes insulated, the current spreads quickly to the "
                "next node. This is saltatory conduction: the impulse is regenerated at nodes "
                "roughly 100 fibre diameters apart instead of at every point along the membrane.",
            ),
            Option(
                "Myelin widens the axon's core, which lowers its resistance to current",
                False,
                "The axon inside the sheath is only about 0.6 of the fibre's total diameter; the "
                "gain comes from insulation, not from a wider core.",
            ),
            Option(
                "Myelin contains extra sodium channels along its whole length",
                False,
                "The opposite: sodium channels cluster at the nodes, and the membrane under "
                "the myelin does almost nothing during the impulse.",
            ),
            Option(
                "Myelin cools the nerve, which speeds up its channels",
                False,
                "Cooling slows ion channels down; myelin has no cooling role.",
            ),
        ),
    ),
    Question(
        "How much faster is a myelinated fibre than an unmyelinated one?",
        (
            Option(
                "10–100 times, depending on what is compared",
                True,
                "Fibres of the same width differ by about 8–20× (from about 8× at 2 µm to about "
                "19× at 10 µm in the model); a typical touch fibre (Aβ) against a typical C "
                "fibre is about 50–60×, and the fastest Aα fibres against C fibres about 100×.",
            ),
            Option(
                "About ten times, whichever two fibres are compared",
                False,
                "A single factor of ten is a common simplification; it only fits fibres of the "
                "same, small width, and comparisons between fibre classes give much more.",
            ),
            Option(
                "About twice as fast",
                False,
                "Far too small: even at the same width the model gives about 8× at 2 µm and "
                "about 19× at 10 µm.",
            ),
            Option(
                "About a thousand times, for the fastest fibres against C fibres",
                False,
                "Too large: the fastest fibres (about 120 m/s) are roughly 100 times faster than "
                "typical C fibres (about 1 m/s), not 1000 times.",
            ),
        ),
    ),
    Question(
        "A myelinated fibre doubles in diameter, from 5 µm to 10 µm. What happens to its "
        "conduction speed?",
        (
            Option(
                "It roughly doubles, from about 30 m/s to about 60 m/s",
                True,
                "For myelinated fibres speed grows in proportion to diameter, about 6 m/s per "
                "µm (Hursh 1939), because the nodes move further apart as the fibre grows.",
            ),
            Option(
                "It grows by about 1.4 times (the square root of 2), to about 42 m/s",
                False,
                "That square-root rule is for unmyelinated fibres (Rushton 1951), not for "
                "myelinated ones.",
            ),
            Option(
                "It stays the same: speed depends only on the myelin",
                False,
                "Diameter matters a lot: it is why Aα fibres (12–20 µm) beat Aδ fibres "
                "(1–5 µm) although both are myelinated.",
            ),
            Option(
                "It halves, because there is more membrane to charge",
                False,
                "A wider fibre has a wider, lower-resistance core, and its nodes are further "
                "apart; both make it faster, not slower.",
            ),
        ),
    ),
    Question(
        "A warm stone touches your foot. Roughly how long does the warmth signal, carried by "
        "C fibres, take to reach the spinal cord about 1 m away?",
        (
            Option(
                "About a second (0.5–2 s)",
                True,
                "C fibres conduct at about 0.5–2 m/s, so a metre takes roughly 0.5–2 s: warmth "
                "and slow pain arrive noticeably after touch.",
            ),
            Option(
                "About 10 milliseconds",
                False,
                "That is the time for the fastest fibres, Aα, at about 100 m/s.",
            ),
            Option(
                "About 20 milliseconds",
                False,
                "That is about right for touch (Aβ fibres, 35–75 m/s), not for warmth.",
            ),
            Option(
                "About a minute",
                False,
                "Far too slow: even the slowest C fibres cover a metre in about 2 s.",
            ),
        ),
    ),
    Question(
        "In the conduction explorer, one node in the middle loses all of its sodium "
        "conductance. What happens to the impulse?",
        (
            Option(
                "It jumps over the dead node and carries on to the far end",
                True,
                "A firing node delivers several times the current needed to excite the next "
                "one, so the current reaches past one silent node (a safety factor). Block "
                "needs several weakened nodes in a row.",
            ),
            Option(
                "It stops at that node: one weak node always blocks conduction",
                False,
                "Try it in the explorer: with one weakened node at 0% the impulse still "
                "reaches the far end; two dead nodes in a row do block it.",
            ),
            Option(
                "It turns round and travels back towards the foot",
                False,
                "The nodes just behind the impulse are refractory (recovering), so it cannot "
                "turn back.",
            ),
            Option(
                "It speeds up, because there is one node fewer to fire",
                False,
                "The jump over the dead node takes longer, so the impulse arrives slightly late.",
            ),
        ),
    ),
]
