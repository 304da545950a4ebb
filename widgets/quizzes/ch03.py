"""Self-check quiz for chapter 3: pins and needles, the recovery."""

from widgets.quiz import Option, Question

QUESTIONS = [
    Question(
        "Which fibres produce the pins and needles after a sleeping leg is released?",
        (
            Option(
                "Large Aβ touch fibres, firing bursts on their own",
                True,
                "Recordings from single human nerve fibres (microneurography) tie the "
                "pins and needles to high-frequency bursts arising in large myelinated sensory "
                "fibres, "
                "not in pain fibres.",
            ),
            Option(
                "C pain fibres misfiring as they recover from the block",
                False,
                "A brief compression rarely blocks C fibres in the first place, and the "
                "recordings show the bursts in large fibres. Odd burning or cold feelings can "
                "come from C fibres felt without their usual A-fibre company, but that is not "
                "the prickling.",
            ),
            Option(
                "Motor fibres making the muscles twitch",
                False,
                "Motor axons can fire after ischaemia too (visible twitches), but what you "
                "feel as prickling is sensory: it comes from touch fibres.",
            ),
        ),
    ),
    Question(
        "Why do the Aβ fibres fire by themselves just after release?",
        (
            Option(
                "Built-up potassium stops the sodium–potassium pump from re-polarising them",
                True,
                "Potassium builds up outside the axon during ischaemia. It stops the Na⁺/K⁺ pump "
                "from re-polarising it; potassium flows in, and the axon fires on its own, often "
                "in bursts.",
            ),
            Option(
                "The returning blood presses on the nerve endings in the skin and sets them off",
                False,
                "The impulses arise in the axons themselves, at and near the compressed "
                "stretch, not from pressure on the skin's sensors.",
            ),
            Option(
                "The brain turns up its sensitivity to the leg after a period of silence",
                False,
                "The firing is recorded in the nerve itself, before it reaches the brain. The "
                "brain reads those impulses as prickling because they come from touch fibres.",
            ),
        ),
    ),
    Question(
        "About when is the tingling strongest after the pressure comes off?",
        (
            Option(
                "About 2 minutes after release",
                True,
                "In tourniquet studies the discomfort peaked about 2 minutes after "
                "release; the model's meter peaks then too. In the model the tingling has "
                "faded within about 5–7 minutes; how long it lasts in people varies.",
            ),
            Option(
                "At the very moment the pressure comes off",
                False,
                "At release most touch fibres are still blocked (the foot is numb) and the "
                "ectopic bursts are only starting; the prickling builds over the first "
                "minute or two.",
            ),
            Option(
                "About an hour later",
                False,
                "Ordinary pins and needles is over within minutes. Tingling that lasts hours "
                "after a compression suggests a real nerve injury and needs a doctor.",
            ),
        ),
    ),
    Question(
        "A popular article says the feeling 'crawls from the foot up to the knee because "
        "the fibres furthest from the cell body recover last'. What is wrong with that?",
        (
            Option(
                "The block sits at the pressed spot, so the fibre below it recovers as one",
                True,
                "Every part of the fibre below the block recovers together, and where you feel "
                "things is set by which skin the fibres supply. Distance from the cell body "
                "matters only when a damaged fibre has to regrow (about 1–3 mm a day), not for a "
                "brief ischaemic block. And if the far ends did recover last, feeling would "
                "return from the knee down, not from the foot up.",
            ),
            Option(
                "Nothing: distal fibres are starved of blood for longer",
                False,
                "The compressed stretch is the same for all fibres passing through it; the "
                "far ends in the foot get blood as usual.",
            ),
            Option(
                "Feeling actually returns first in the thigh, then the knee, then the foot",
                False,
                "There is no such wave. What is established is that numbness starts "
                "furthest from the trunk and spreads upward during ischaemia.",
            ),
        ),
    ),
    Question(
        "Which statement about the order in which fibres recover is honest?",
        (
            Option(
                "Nobody has shown which A-fibre type recovers first",
                True,
                "The timing of the tingling is measured, but the order of A-fibre "
                "recovery is not known, so the model does not invent one: it gives all "
                "classes the same random delays.",
            ),
            Option(
                "Small fibres always recover first",
                False,
                "That claim is common but unsupported. C fibres are usually not blocked at "
                "all by a brief compression, so they have nothing to recover from.",
            ),
            Option(
                "Motor fibres always recover last because they are longest",
                False,
                "Length does not matter for an ischaemic block at one site, and no study "
                "has shown such an order.",
            ),
        ),
    ),
    Question(
        "Breathing fast and deep for a few minutes can cause tingling round the mouth and "
        "in the fingers. What does this have in common with a sleeping leg?",
        (
            Option(
                "In both, healthy axons become over-excitable and fire by themselves",
                True,
                "Over-breathing lowers carbon dioxide in the blood, which makes "
                "axons more excitable; tingling appears once the CO₂ in the air deep in the "
                "lungs (alveolar CO₂) has fallen by about 20 mmHg. The nerves are not damaged.",
            ),
            Option(
                "In both, a nerve is squashed against a bone",
                False,
                "Over-breathing presses on nothing. It changes the blood's chemistry, which "
                "changes how easily the axons fire.",
            ),
            Option(
                "In both, the pain fibres are damaged",
                False,
                "Neither involves damage; both are reversible changes in how excitable "
                "healthy axons are.",
            ),
        ),
    ),
]
