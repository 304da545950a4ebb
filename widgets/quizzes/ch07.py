"""Final quiz for chapter 7: one or two questions from every chapter of the course."""

from widgets.quiz import Option, Question

QUESTIONS = [
    Question(
        "Chapter 1. Why does an impulse travel so much faster along a myelinated fibre?",
        (
            Option(
                "It is renewed only at the nodes and jumps between them",
                True,
                "Myelin insulates the stretches between the nodes of Ranvier, so the current "
                "spreads quickly to the next node: saltatory conduction.",
            ),
            Option(
                "Myelin carries the current along the fibre, like a copper wire",
                False,
                "Myelin is an insulator, not a conductor; the current flows inside the axon.",
            ),
            Option(
                "The spikes in myelinated fibres are bigger",
                False,
                "Spikes are all-or-none; what changes is how far apart the points are "
                "where the spike is renewed.",
            ),
            Option(
                "Myelinated fibres have no sodium channels",
                False,
                "They do: the channels crowd into the nodes, where the spike is renewed.",
            ),
        ),
    ),
    Question(
        "Chapter 1. 'Myelin makes signals about ten times faster.' How accurate is that?",
        (
            Option(
                "Only for fibres of the same width; between real fibre classes it is 10–100 times",
                True,
                "Same-width fibres differ by about 8–20 times; a touch (Aβ) fibre beats "
                "a C fibre about 50 times, an Aα fibre about 100 times.",
            ),
            Option(
                "Exactly right, whichever two fibres are compared",
                False,
                "The answer depends on what is compared: same width, or real fibre classes.",
            ),
            Option(
                "Too high: myelin barely changes the speed",
                False,
                "A 3–4 µm myelinated fibre matches the 476 µm squid giant axon; myelin "
                "changes the speed enormously.",
            ),
            Option(
                "Too low: myelin always makes signals 1000 times faster",
                False,
                "The largest gap, Aα against C fibres, is about 100 times.",
            ),
        ),
    ),
    Question(
        "Chapter 2. What mainly stops the nerve conducting when your leg 'falls asleep'?",
        (
            Option(
                "Too little blood flow inside the nerve (ischaemia)",
                True,
                "It is a reversible block. Blood flow in the nerve slows from 20–30 mmHg and "
                "stops at 60–80 mmHg; starved fibres stop conducting and recover minutes after "
                "release.",
            ),
            Option(
                "Squashed myelin, which fails faster than the blood supply",
                False,
                "Mechanically damaging myelin needs far higher pressure for far longer and "
                "causes lasting injury such as foot drop, not brief numbness.",
            ),
            Option(
                "The nerve going to sleep like the brain does",
                False,
                "Nothing sleeps: the fibres are starved of blood and stop conducting.",
            ),
            Option(
                "Nerve fibres dying from the pressure",
                False,
                "Everyday numbness is fully reversible; no nerve cells or fibres die.",
            ),
        ),
    ),
    Question(
        "Chapter 2. Under a blood-pressure cuff that stops the blood flow, which goes first?",
        (
            Option(
                "Touch, even though motor fibres are larger",
                True,
                "Touch goes before movement: sensory signals vanish at about 30 minutes and motor "
                "ones at about 46; sensory axons have different ion channels, so size is not the "
                "reason.",
            ),
            Option(
                "Movement, because motor fibres are the largest",
                False,
                "Large fibres fail first under direct pressure, but under ischaemia "
                "sensory fibres fail before the larger motor ones.",
            ),
            Option(
                "Warmth and slow pain, carried by thin C fibres",
                False,
                "C fibres hold out longest; warmth barely changes even after movement is lost.",
            ),
            Option(
                "Everything at the same moment",
                False,
                "Loss is ordered: touch, then pain, then movement.",
            ),
        ),
    ),
    Question(
        "Chapter 3. Where does the prickling of pins and needles come from?",
        (
            Option(
                "Bursts of impulses arising along large Aβ touch fibres",
                True,
                "Recordings from single human fibres (microneurography) tie pins and "
                "needles to high-frequency ectopic bursts in large myelinated skin fibres.",
            ),
            Option(
                "Pain (C) fibres misfiring as they recover first",
                False,
                "Brief compression rarely blocks C fibres at all; the tingling is Aβ "
                "activity. Burning or cold feelings come from C fibres heard without "
                "their usual A-fibre company.",
            ),
            Option(
                "The returning blood irritating nerve endings in the skin",
                False,
                "Returning blood sets the scene, but the bursts start along the axons themselves, "
                "not at nerve endings in the skin.",
            ),
            Option(
                "The farthest fibres recovering last, from the foot upwards",
                False,
                "The block sits at the squeezed spot; distance from the cell body matters "
                "only for regrowth after real injury.",
            ),
        ),
    ),
    Question(
        "Chapter 4. Calf pain comes on after a few minutes' walking and goes within minutes "
        "of standing still. Which cause fits best?",
        (
            Option(
                "Peripheral artery disease",
                True,
                "Claudication from narrowed arteries eases with rest in any position; "
                "tingling is not its typical symptom.",
            ),
            Option(
                "Lumbar spinal stenosis",
                False,
                "Stenosis eases on sitting or bending forward (the shopping-cart sign); "
                "standing still is not enough.",
            ),
            Option(
                "Meralgia paresthetica",
                False,
                "That affects the skin of the outer thigh, not the calf, and is not tied to "
                "a set walking distance (though it is often worse after standing or walking).",
            ),
            Option(
                "Deep vein thrombosis (DVT)",
                False,
                "A DVT gives a swollen, warm, painful leg that does not come and go with walking.",
            ),
        ),
    ),
    Question(
        "Chapter 4. Burning numbness on the outer thigh, one side, after wearing a tight "
        "belt. What is true of this condition?",
        (
            Option(
                "It affects feeling only and never causes weakness",
                True,
                "Meralgia paresthetica is a trapped skin nerve (the lateral femoral "
                "cutaneous nerve), which has no muscle fibres to weaken.",
            ),
            Option(
                "It comes from the spinal cord being pressed in the lower back",
                False,
                "The nerve is trapped at the groin, far from the spinal cord.",
            ),
            Option(
                "It needs an operation straight away to free the nerve",
                False,
                "Looser clothing and belts come first; medicines or an injection if it "
                "does not settle.",
            ),
            Option(
                "It comes from narrowed arteries",
                False,
                "It is a trapped nerve, not a circulation problem.",
            ),
        ),
    ),
    Question(
        "Chapter 5. New numbness around the bottom and genitals, with trouble passing urine. "
        "What should happen?",
        (
            Option(
                "Call the emergency number or go to an emergency department now",
                True,
                "These are signs of cauda equina syndrome, which needs emergency surgery "
                "to protect bladder, bowel and leg function.",
            ),
            Option(
                "Wait a week to see whether it passes",
                False,
                "Waiting risks permanent damage; one emergency sign is enough to act.",
            ),
            Option(
                "Book a routine appointment with a GP in the next few weeks",
                False,
                "This is an emergency, not a routine problem.",
            ),
            Option(
                "Take vitamin B12 tablets",
                False,
                "Squeezed nerve roots need surgery, not vitamins.",
            ),
        ),
    ),
    Question(
        "Chapter 5. Sudden numbness of one arm and one side of the face that goes away after "
        "ten minutes. What now?",
        (
            Option(
                "Call the emergency number anyway: it may be a mini-stroke (TIA)",
                True,
                "FAST (face, arms, speech, time): call even if the symptoms pass, because "
                "a mini-stroke can be followed by a stroke.",
            ),
            Option(
                "Nothing, because symptoms that pass on their own are harmless",
                False,
                "Passing symptoms are exactly what a TIA looks like; it still needs "
                "emergency care.",
            ),
            Option(
                "Sit cross-legged less often, since posture probably caused it",
                False,
                "Sudden one-sided numbness of face and arm is not a posture problem.",
            ),
            Option(
                "Drink more water",
                False,
                "Dehydration does not explain it, and delay is dangerous.",
            ),
        ),
    ),
    Question(
        "Chapter 6. An ankle-brachial index comes out at 1.45. How is it read?",
        (
            Option(
                "Non-compressible: the arteries are too stiff to squeeze",
                True,
                "Above 1.40 the cuff cannot squeeze the ankle arteries (common with "
                "diabetes or kidney disease), so the number cannot be trusted and a "
                "toe-brachial index is used instead.",
            ),
            Option(
                "Excellent circulation: the higher the index, the healthier the arteries",
                False,
                "Higher is not better beyond 1.40: the value is falsely high.",
            ),
            Option(
                "Peripheral artery disease",
                False,
                "0.90 or less is abnormal; but a stiff artery can hide PAD, hence the toe test.",
            ),
            Option(
                "Borderline: worth repeating after exercise",
                False,
                "Borderline is 0.91–0.99.",
            ),
        ),
    ),
    Question(
        "Chapter 6. An active vitamin B12 result is 40 pmol/L. What usually happens next?",
        (
            Option(
                "The lab measures methylmalonic acid (MMA) to decide",
                True,
                "25–70 pmol/L is uncertain; MMA builds up when B12 is short, so it settles "
                "the question.",
            ),
            Option(
                "Deficiency is confirmed; injections start",
                False,
                "Deficiency is confirmed below 25 pmol/L.",
            ),
            Option(
                "Deficiency is ruled out, since 40 is above the 25 pmol/L cut-off",
                False,
                "Deficiency becomes unlikely only above 70 pmol/L.",
            ),
            Option(
                "Start folic acid tablets",
                False,
                "Folic acid alone can hide a B12 deficiency while nerve damage goes on.",
            ),
        ),
    ),
    Question(
        "Chapter 6. Which test can find small-fibre neuropathy when nerve conduction "
        "studies are normal?",
        (
            Option(
                "A skin biopsy counting the small nerve endings",
                True,
                "Nerve conduction studies record the large myelinated fibres and miss the "
                "thin Aδ and C fibres.",
            ),
            Option(
                "An MRI of the spine and its nerve roots",
                False,
                "MRI shows discs and nerve roots, not nerve endings in the skin.",
            ),
            Option(
                "A D-dimer blood test",
                False,
                "D-dimer is part of the work-up for a blood clot (DVT).",
            ),
            Option(
                "A compartment pressure test after exercise",
                False,
                "That is for chronic exertional compartment syndrome.",
            ),
        ),
    ),
]
