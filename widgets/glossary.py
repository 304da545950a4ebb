"""The course glossary: every technical term the chapters use, in plain words.

Each :class:`Term` has a short definition, its abbreviations and other spellings
(``aliases``) and the chapter that introduces it.  Chapter 7 shows the glossary with
:func:`glossary_html`; ``tests/test_glossary.py`` checks that it covers the chapters'
abbreviations, medical words and core terms, and that every entry is really used.

:func:`chapter_prose` gives the reader-written prose of a chapter (markdown, without the
generated header, references and footer, code, link targets, HTML tags and citation
labels) and :func:`card_prose` the text of the cause cards a chapter shows (written in
:mod:`widgets.clinical.causes`): what the glossary must cover.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from widgets.course import CHAPTERS


@dataclass(frozen=True)
class Term:
    definition: str
    chapter: int  # the chapter that introduces the term
    aliases: tuple[str, ...] = ()  # abbreviations, plurals that differ, other spellings


TERMS: dict[str, Term] = {
    # --- Chapter 1: how a nerve carries a signal -------------------------------------------
    "neuron": Term(
        "A nerve cell: a cell built to carry electrical signals, often over long distances.",
        1,
        ("neurone", "nerve cell"),
    ),
    "axon": Term(
        "The long, thin fibre of a nerve cell that carries its impulses; a sensory axon from "
        "the foot can be about a metre long.",
        1,
        ("nerve fibre", "nerve fiber"),
    ),
    "nerve": Term(
        "A cable of thousands of axons bundled together, such as the sciatic or sural nerve.",
        1,
    ),
    "cell body": Term(
        "The part of a nerve cell that holds its nucleus; for sensory nerves of the leg it "
        "sits in a dorsal root ganglion beside the spinal cord.",
        1,
    ),
    "dorsal root ganglion": Term(
        "A small swelling on a nerve root beside the spinal cord that holds the cell bodies "
        "of sensory neurons.",
        1,
    ),
    "spinal cord": Term(
        "The bundle of nerve tissue inside the spine that connects the brain with the nerves "
        "of the body; in adults it ends at about the first or second lumbar vertebra (L1–L2).",
        1,
    ),
    "membrane": Term(
        "The thin fatty skin of a cell; an axon's membrane holds the ion channels and pumps "
        "that make signals.",
        1,
    ),
    "ion": Term(
        "An electrically charged atom, such as sodium (Na⁺) or potassium (K⁺); ions moving "
        "through the membrane make nerve signals.",
        1,
        ("Na⁺", "K⁺"),
    ),
    "ion channel": Term(
        "A pore in the membrane that lets particular ions through when it is open.",
        1,
        ("sodium channel", "potassium channel", "voltage-gated channel"),
    ),
    "ion pump": Term(
        "A membrane protein that uses energy to move ions against their gradient; the "
        "sodium-potassium pump (Na⁺/K⁺ pump) keeps sodium out of the axon and potassium in.",
        1,
        ("sodium-potassium pump", "Na⁺/K⁺ pump"),
    ),
    "mV": Term("Millivolt: a thousandth of a volt.", 1, ("millivolt",)),
    "action potential": Term(
        "The brief, all-or-none voltage spike that travels along an axon: sodium flows in, "
        "then potassium flows out. Also called an impulse or spike.",
        1,
        ("impulse", "nerve impulse", "spike"),
    ),
    "threshold": Term(
        "The voltage an axon must reach before it fires an action potential.",
        1,
    ),
    "all-or-none": Term(
        "An action potential is either fired in full or not at all; a stronger stimulus "
        "gives more spikes, not bigger ones.",
        1,
    ),
    "refractory period": Term(
        "A short time after a spike when the sodium channels cannot reopen, so an impulse "
        "cannot turn back.",
        1,
    ),
    "inactivation": Term(
        "Sodium channels closing themselves after opening; held depolarisation keeps them "
        "inactivated, which blocks conduction.",
        1,
        ("inactivate", "inactivates", "inactivated"),
    ),
    "depolarisation": Term(
        "A change of the membrane voltage towards less negative values, bringing an axon "
        "closer to firing.",
        3,
        ("depolarization", "depolarise", "depolarises", "depolarising", "depolarize"),
    ),
    "myelin": Term(
        "Layers of fatty membrane wrapped round an axon by Schwann cells, insulating it so "
        "that impulses jump between gaps and travel much faster.",
        1,
        ("myelin sheath", "myelinated"),
    ),
    "Schwann cell": Term(
        "A supporting cell in the nerves of the body that wraps axons in myelin.",
        1,
    ),
    "node of Ranvier": Term(
        "A short bare gap (about 1–2 µm) between two stretches of myelin, crowded with "
        "sodium channels; the impulse is renewed only there.",
        1,
        ("nodes of Ranvier",),
    ),
    "saltatory conduction": Term(
        "How an impulse travels along a myelinated axon, renewed node by node so that it "
        "seems to jump (Latin saltare, to jump).",
        1,
    ),
    "unmyelinated": Term(
        "Describes an axon without myelin, such as a C fibre; its impulse crawls along the "
        "whole membrane.",
        1,
        ("bare axon",),
    ),
    "conduction velocity": Term(
        "How fast an impulse travels along a fibre, in metres per second (m/s).",
        6,
        ("conduction speed",),
    ),
    "fibre class": Term(
        "The Erlanger–Gasser grouping of nerve fibres by width and speed: Aα, Aβ, Aδ and C.",
        1,
        ("fibre classes", "fiber class"),
    ),
    "Aα fibre": Term(
        "The widest, fastest myelinated fibres (12–20 µm, 70–120 m/s): muscle sense and "
        "movement commands.",
        1,
        ("Aα", "A-alpha"),
    ),
    "Aβ fibre": Term(
        "Wide myelinated fibres (6–12 µm, about 35–75 m/s) carrying touch, pressure and "
        "vibration; the source of pins and needles.",
        1,
        ("Aβ", "A-beta"),
    ),
    "Aδ fibre": Term(
        "Thin myelinated fibres (1–5 µm, about 5–30 m/s) carrying sharp pain and cold.",
        1,
        ("Aδ", "A-delta"),
    ),
    "C fibre": Term(
        "Thin unmyelinated fibres (0.2–1.5 µm, 0.5–2 m/s) carrying slow burning pain, "
        "warmth and itch; the most numerous fibres in a skin nerve.",
        1,
        ("C fibres", "C fiber", "C-fibre"),
    ),
    "sensory": Term(
        "Carrying information from the body (touch, pain, temperature, position) towards "
        "the spinal cord and brain.",
        1,
        ("sensory nerve", "sensory axon"),
    ),
    "motor": Term(
        "Carrying commands from the spinal cord to the muscles.",
        1,
        ("motor nerve", "motor axon"),
    ),
    "afferent": Term(
        "A nerve fibre carrying signals towards the spinal cord: a sensory fibre.",
        3,
        ("afferents",),
    ),
    "proprioception": Term(
        "The sense of where your limbs are and how they move (muscle sense).",
        1,
        ("muscle sense", "position sense"),
    ),
    "sural nerve": Term(
        "A skin nerve on the outside of the ankle and foot, often studied because it is "
        "purely sensory.",
        1,
    ),
    "safety factor": Term(
        "How many times more current a firing node delivers than the next node needs; about "
        "3, which is why one dead node does not stop an impulse.",
        1,
    ),
    "conduction block": Term(
        "An impulse failing to pass a stretch of nerve, for example where nodes are starved "
        "of blood or stripped of myelin.",
        6,
    ),
    "CRRSS model": Term(
        "The Chiu–Ritchie–Rogart–Stagg–Sweeney equations for the membrane of a mammalian "
        "node of Ranvier, used in the course's nerve simulation.",
        1,
        ("CRRSS",),
    ),
    "squid giant axon": Term(
        "An unmyelinated axon about half a millimetre wide in which Hodgkin and Huxley "
        "worked out the action potential.",
        1,
        ("giant axon",),
    ),
    "µm": Term(
        "Micrometre: a thousandth of a millimetre.", 1, ("micrometre", "micrometer", "micron")
    ),
    "m/s": Term("Metres per second, the unit of conduction velocity.", 1),
    # --- Chapter 2: why a leg falls asleep -------------------------------------------------------
    "compression": Term(
        "Pressure squeezing a nerve, for example from crossed legs or a tight cuff.",
        2,
        ("compressed",),
    ),
    "ischaemia": Term(
        "Too little blood reaching a tissue, so it runs short of oxygen; the main reason a "
        "squeezed nerve stops conducting.",
        2,
        ("ischemia", "ischaemic", "ischemic"),
    ),
    "blood flow inside the nerve": Term(
        "The tiny vessels within a nerve that feed its fibres; pressure slows them from "
        "20–30 mmHg and stops them at 60–80 mmHg.",
        2,
        ("intraneural blood flow",),
    ),
    "capillary": Term(
        "The thinnest blood vessels, where oxygen passes into tissues.", 2, ("capillaries",)
    ),
    "venule": Term("A small vein that collects blood from the capillaries.", 2, ("venules",)),
    "mmHg": Term(
        "Millimetres of mercury, the usual unit of blood and tissue pressure.",
        2,
        ("millimetres of mercury",),
    ),
    "systolic pressure": Term(
        "The highest blood pressure in each heartbeat (the top number of a blood pressure "
        "reading).",
        2,
        ("systolic",),
    ),
    "diastolic pressure": Term(
        "The lowest blood pressure between heartbeats (the bottom number of a reading).",
        5,
        ("diastolic",),
    ),
    "tourniquet": Term("A tight band or inflatable cuff that stops blood flow to a limb.", 2, ()),
    "numbness": Term(
        "Loss of feeling. The course's model rule: a leg that has fallen asleep goes numb "
        "to touch when fewer than about half its touch fibres conduct (clinically, at "
        "least half the afferents must be lost before a deficit is detectable).",
        2,
    ),
    "reversible": Term(
        "Able to recover completely once the cause is removed, like the block in a leg that "
        "has fallen asleep.",
        2,
    ),
    "mechanical injury": Term(
        "Damage to a nerve by crushing or stretching, which needs far more pressure for far "
        "longer than everyday numbness and can take weeks to recover.",
        2,
        ("mechanical damage",),
    ),
    "common peroneal nerve": Term(
        "The nerve that winds round the head of the fibula just below the outer knee; "
        "crossed legs press on it. Also called the common fibular nerve.",
        2,
        ("peroneal nerve", "common fibular nerve"),
    ),
    "fibula": Term(
        "The thin outer bone of the lower leg; its head is just below the outer knee.",
        2,
        ("fibular head",),
    ),
    "foot drop": Term(
        "Weakness lifting the front of the foot, so it drags or slaps; after compression it "
        "means real nerve injury.",
        2,
    ),
    "dose": Term(
        "In the course's model, the ischaemic dose: minutes of compression weighted by how "
        "much blood flow is lost.",
        2,
        ("ischaemic dose",),
    ),
    "logistic curve": Term(
        "An S-shaped curve; the model uses one for the chance that a fibre is blocked.",
        2,
        ("logistic",),
    ),
    # --- Chapter 3: pins and needles, the recovery --------------------------------------------
    "paresthesia": Term(
        "An abnormal sensation such as tingling or prickling without a stimulus: the medical "
        "word for pins and needles.",
        3,
        ("paraesthesia", "paresthesias", "paraesthesiae", "paresthesiae", "pins and needles"),
    ),
    "ectopic": Term(
        "Arising in the wrong place: ectopic impulses start along the axon itself instead of "
        "at the nerve ending.",
        3,
        ("ectopic firing", "ectopic impulse", "ectopic burst"),
    ),
    "burst": Term(
        "A quick run of several spikes a few milliseconds apart.", 3, ("bursts", "bursting")
    ),
    "microneurography": Term(
        "Recording from single nerve fibres in an awake person with a fine needle electrode; "
        "it tied pins and needles to bursts in Aβ fibres.",
        3,
    ),
    "potassium": Term(
        "K⁺, the ion that flows out of an axon after each spike; its build-up outside "
        "squeezed axons helps set off the tingling after release (chapter 3).",
        1,
    ),
    "hyperventilation": Term(
        "Breathing faster or deeper than the body needs, which lowers carbon dioxide (CO₂) "
        "and makes nerves over-excitable.",
        3,
        ("over-breathing", "overbreathing"),
    ),
    "CO₂": Term(
        "Carbon dioxide, the waste gas breathed out; blowing off too much makes the blood "
        "alkaline.",
        3,
        ("CO2", "carbon dioxide"),
    ),
    "regeneration": Term(
        "Regrowth of an axon after real injury, about 1–3 mm a day.", 3, ("regrowth", "regrow")
    ),
    "Seddon classification": Term(
        "Three grades of nerve injury: neurapraxia (a block that recovers), axonotmesis "
        "(axons cut, sheath intact) and neurotmesis (the whole nerve cut).",
        3,
        ("Seddon",),
    ),
    # --- Chapter 4: causes ----------------------------------------------------------------
    "peripheral neuropathy": Term(
        "Damage to the nerves outside the brain and spinal cord; the longest fibres suffer "
        "first, so the feet go before the hands.",
        4,
        ("neuropathy", "neuropathies", "polyneuropathy"),
    ),
    "diabetic neuropathy": Term(
        "Nerve damage from years of high blood sugar, starting in the toes of both feet.",
        4,
    ),
    "HIV": Term(
        "Human immunodeficiency virus: a virus that weakens the immune system; the "
        "infection can also damage the nerves of the feet and legs.",
        4,
        ("human immunodeficiency virus",),
    ),
    "small-fibre neuropathy": Term(
        "Neuropathy of the thin Aδ and C fibres: burning, tingling feet with normal nerve "
        "conduction studies.",
        4,
        ("small fibre neuropathy", "small-fiber neuropathy"),
    ),
    "stocking pattern": Term(
        "Tingling or numbness over both feet and lower legs, like a pair of stockings; "
        "typical of neuropathy.",
        4,
    ),
    "entrapment": Term(
        "A nerve or artery trapped and squeezed at a narrow point, such as the groin, the "
        "ankle or behind the knee.",
        4,
        ("entrapment neuropathy", "trapped nerve", "impingement"),
    ),
    "diabetes": Term(
        "A condition with too much sugar (glucose) in the blood; over years it damages "
        "nerves and blood vessels.",
        4,
        ("diabetes mellitus",),
    ),
    "vitamin B12": Term(
        "A vitamin needed to make and maintain myelin and red blood cells; lack of it "
        "causes neuropathy and anaemia.",
        4,
        ("B12", "cobalamin"),
    ),
    "folate": Term(
        "A B vitamin (folic acid as a tablet) needed to make red blood cells.",
        4,
        ("folic acid",),
    ),
    "anaemia": Term(
        "Too few red blood cells or too little haemoglobin, causing tiredness and pale skin.",
        4,
        ("anemia",),
    ),
    "pernicious anaemia": Term(
        "An autoimmune condition in which the stomach cannot absorb vitamin B12.",
        4,
        ("pernicious anemia",),
    ),
    "metformin": Term(
        "A common diabetes medicine; long-term use can lower vitamin B12.",
        4,
    ),
    "PPI": Term(
        "Proton pump inhibitor: an acid-reducing medicine (such as omeprazole); long-term use "
        "can lower vitamin B12.",
        4,
        ("proton pump inhibitor", "acid-reducing medicine"),
    ),
    "nitrous oxide": Term(
        "A gas ('laughing gas') whose recreational use inactivates vitamin B12.", 4
    ),
    "electrolyte": Term(
        "A mineral dissolved in body fluids, such as sodium, potassium, calcium or magnesium.",
        4,
        ("electrolytes",),
    ),
    "tetany": Term(
        "Cramps, spasms and tingling from over-excitable nerves, for example with low "
        "calcium or over-breathing.",
        4,
    ),
    "alkalosis": Term(
        "Blood that is more alkaline than normal, for example after over-breathing; it makes "
        "axons over-excitable.",
        3,
    ),
    "dehydration": Term(
        "Losing more water than you take in; not an established cause of pins and needles.",
        4,
    ),
    "histamine": Term("A chemical released by mast cells that causes itch, hives and swelling.", 4),
    "mast cell": Term("An immune cell in the skin that stores and releases histamine.", 4),
    "urticaria": Term("Hives: itchy, raised, red weals on the skin.", 4, ("hives",)),
    "anaphylaxis": Term(
        "A severe, life-threatening allergic reaction: swelling of the lips or throat, "
        "trouble breathing or faintness. An emergency.",
        4,
        ("anaphylactic",),
    ),
    "PAD": Term(
        "Peripheral artery disease: narrowed leg arteries that starve working muscles of "
        "blood, causing calf pain on walking.",
        4,
        ("peripheral artery disease", "peripheral arterial disease"),
    ),
    "atherosclerosis": Term(
        "Fatty deposits (plaque) building up in the walls of arteries, narrowing and "
        "stiffening them; the cause of peripheral artery disease.",
        4,
        ("atherosclerotic",),
    ),
    "plaque": Term(
        "In an artery: a fatty, partly hardened deposit in the artery wall that narrows "
        "it. Its build-up is atherosclerosis.",
        4,
        ("plaques", "arterial plaque", "fatty plaque"),
    ),
    "artery": Term(
        "A vessel carrying blood from the heart to the body.", 4, ("arteries", "arterial")
    ),
    "vein": Term("A vessel carrying blood back to the heart.", 2, ("veins",)),
    "claudication": Term(
        "Cramping pain in a muscle brought on by walking and eased by rest. Vascular "
        "claudication (PAD) eases on standing still; neurogenic claudication (spinal "
        "stenosis) needs sitting or bending forward.",
        4,
        ("intermittent claudication", "neurogenic claudication", "vascular claudication"),
    ),
    "DVT": Term(
        "Deep vein thrombosis: a blood clot in a deep vein, usually of the calf or thigh; it "
        "causes a painful, swollen, warm leg.",
        4,
        ("deep vein thrombosis",),
    ),
    "thrombosis": Term("A blood clot forming inside a blood vessel.", 4, ("thrombus",)),
    "pulmonary embolism": Term(
        "A clot that has travelled to the lungs, causing breathlessness or chest pain; an "
        "emergency.",
        5,
        ("PE",),
    ),
    "lumbar": Term("Of the lower back; the lumbar vertebrae are L1 to L5.", 4, ("lumbar spine",)),
    "vertebra": Term("One of the bones of the spine.", 4, ("vertebrae",)),
    "lumbar spinal stenosis": Term(
        "Narrowing of the spinal canal in the lower back that squeezes the nerve roots; legs "
        "are worse standing or walking and better sitting or bending forward.",
        4,
        ("spinal stenosis", "stenosis"),
    ),
    "shopping-cart sign": Term(
        "Relief from leaning forward (as on a shopping trolley) in lumbar spinal stenosis.",
        4,
        ("shopping cart sign",),
    ),
    "nerve root": Term(
        "Where a nerve leaves the spinal cord and passes out between two vertebrae.",
        4,
        ("nerve roots",),
    ),
    "cauda equina": Term(
        "The bundle of nerve roots in the lower spinal canal below the end of the cord "
        "(Latin for 'horse's tail').",
        4,
    ),
    "herniated disc": Term(
        "A disc between two vertebrae whose soft centre bulges out and presses on a nerve "
        "root; a 'slipped disc'.",
        4,
        ("slipped disc", "disc herniation", "herniated disk"),
    ),
    "sciatic nerve": Term(
        "The largest nerve of the body, formed by the L4–S3 nerve roots; it runs through the "
        "buttock down the back of the thigh.",
        4,
    ),
    "sciatica": Term(
        "Pain, tingling or numbness running down the back of the leg from irritated nerve "
        "roots (L4–S3) that form the sciatic nerve.",
        4,
    ),
    "radiculopathy": Term(
        "A problem of a nerve root, causing pain, tingling, numbness or weakness in a strip "
        "down the limb.",
        6,
        ("radicular",),
    ),
    "SI joint": Term(
        "Sacroiliac joint: the joint between the base of the spine (sacrum) and the pelvis.",
        4,
        ("sacroiliac joint", "sacroiliac", "SI"),
    ),
    "piriformis syndrome": Term(
        "The sciatic nerve squeezed by the piriformis muscle deep in the buttock; uncommon, "
        "diagnosed by ruling other causes out.",
        4,
        ("piriformis",),
    ),
    "referred pain": Term(
        "Pain felt away from where the problem is, because the nerves from both places "
        "meet in the spinal cord; pain from the sacroiliac joint, for example, is felt "
        "mainly in the buttock.",
        4,
    ),
    "meralgia paresthetica": Term(
        "Burning, tingling or numbness of the outer thigh from the lateral femoral cutaneous "
        "nerve trapped at the groin; it never causes weakness.",
        4,
        ("meralgia", "meralgia paraesthetica"),
    ),
    "LFCN": Term(
        "Lateral femoral cutaneous nerve: a purely sensory skin nerve of the outer thigh.",
        4,
        ("lateral femoral cutaneous nerve",),
    ),
    "inguinal ligament": Term(
        "A tough band in the groin running from the front of the hip bone to the pubic "
        "bone; the outer thigh's skin nerve (LFCN) passes under it.",
        4,
    ),
    "tarsal tunnel syndrome": Term(
        "The tibial nerve pinched in the tunnel behind the inner ankle bone: burning, "
        "tingling sole and heel.",
        4,
        ("tarsal tunnel",),
    ),
    "anterior tarsal tunnel": Term(
        "Where the deep peroneal nerve runs over the top of the foot, under the laces.",
        4,
        ("anterior tarsal tunnel syndrome",),
    ),
    "deep peroneal nerve": Term(
        "The nerve on the top of the foot that supplies the skin between the 1st and 2nd toes.",
        4,
        ("deep fibular nerve",),
    ),
    "tibial nerve": Term("The nerve behind the inner ankle that supplies the sole.", 4),
    "superficial peroneal nerve": Term(
        "A branch of the common peroneal nerve that supplies the skin of the outer shin "
        "and most of the top of the foot.",
        4,
        ("superficial fibular nerve",),
    ),
    "saphenous nerve": Term(
        "A skin branch of the femoral nerve (the main nerve of the front of the thigh) "
        "that supplies the inner side of the lower leg down to the inner ankle and foot.",
        4,
    ),
    "interdigital nerve": Term(
        "A small nerve in the ball of the foot that runs towards the gap between two toes "
        "and splits to supply their facing sides; Morton's neuroma forms on one, usually "
        "between the 3rd and 4th toes.",
        4,
        ("interdigital nerves", "common plantar digital nerve"),
    ),
    "Tinel's sign": Term(
        "Tingling set off by tapping over a trapped nerve.", 6, ("Tinel sign", "Tinel")
    ),
    "Morton's neuroma": Term(
        "A toe nerve thickened by scar-like tissue, usually between the 3rd and 4th toes: "
        "forefoot burning and 'a pebble in the shoe'.",
        4,
        ("neuroma", "Morton neuroma"),
    ),
    "CECS": Term(
        "Chronic exertional compartment syndrome: muscle swelling with exercise inside a "
        "tight sheath raises the pressure in a lower-leg compartment; symptoms start at a set "
        "distance and settle 10–20 minutes after stopping.",
        4,
        ("chronic exertional compartment syndrome", "exertional compartment syndrome"),
    ),
    "compartment": Term(
        "A group of muscles, with their nerves and vessels, enclosed by fascia; the lower "
        "leg has four.",
        4,
        ("compartments", "muscle compartment"),
    ),
    "compartment syndrome": Term(
        "Raised pressure inside a closed muscle compartment that squeezes its nerves and "
        "vessels: chronic (CECS, with exercise) or acute (after injury, an emergency).",
        4,
    ),
    "fascia": Term(
        "The tough sheet of connective tissue that wraps muscles and divides the leg into "
        "compartments.",
        6,
        ("fascial",),
    ),
    "PAES": Term(
        "Popliteal artery entrapment syndrome: the artery behind the knee squeezed by a calf "
        "muscle, usually from birth; calf pain in young athletes.",
        4,
        ("popliteal artery entrapment syndrome", "popliteal artery entrapment"),
    ),
    "popliteal artery": Term("The main artery behind the knee.", 4),
    "overstriding": Term(
        "Landing with the foot far in front of the body when running; no direct evidence "
        "links it to tingling.",
        4,
    ),
    "pronation": Term("The foot rolling inwards as it lands.", 4, ("overpronation",)),
    "gait": Term("The pattern of walking or running.", 4, ("running gait", "gait retraining")),
    # --- Chapter 5: warning signs --------------------------------------------------------------
    "red flag": Term(
        "A warning sign that needs urgent or emergency care.", 5, ("red flags", "warning sign")
    ),
    "cauda equina syndrome": Term(
        "Squeezing of the cauda equina nerve roots: numbness around the bottom or genitals "
        "(saddle numbness), new bladder or bowel trouble, sciatica-type pain, tingling or "
        "numbness in both legs (anywhere from buttocks to feet), or weakness in both legs. "
        "An emergency.",
        5,
        ("CES",),
    ),
    "saddle numbness": Term(
        "Numbness or pins and needles between the inner thighs, around the genitals or the "
        "bottom, where a saddle would touch; a sign of cauda equina syndrome.",
        5,
        ("saddle anaesthesia", "saddle anesthesia", "saddle area"),
    ),
    "stroke": Term(
        "Brain damage from a blocked or burst blood vessel: sudden numbness or weakness of "
        "one side, face or speech trouble. An emergency.",
        5,
    ),
    "TIA": Term(
        "Transient ischaemic attack ('mini-stroke'): stroke symptoms that pass; still an "
        "emergency.",
        5,
        ("transient ischaemic attack", "mini-stroke", "ministroke"),
    ),
    "FAST": Term(
        "The stroke check: Face drooping, Arm weakness, Speech trouble, Time to call the "
        "emergency number.",
        5,
    ),
    "acute limb ischaemia": Term(
        "A sudden block of the blood supply to a limb: a cold, pale, painful leg. An emergency.",
        5,
        ("acute limb ischemia",),
    ),
    "6 Ps": Term(
        "The signs of acute limb ischaemia: pain, pallor (paleness), pulselessness, pins and "
        "needles (paraesthesia), paralysis and coldness (poikilothermia, 'perishing cold').",
        5,
        ("six Ps",),
    ),
    "pallor": Term("Unusual paleness of the skin.", 5),
    "poikilothermia": Term(
        "A limb going cold, at the temperature of its surroundings, because warm blood no "
        "longer reaches it: the 'perishing cold' of the 6 Ps.",
        5,
        ("poikilothermic",),
    ),
    "adrenaline auto-injector": Term(
        "A pen, prescribed to people at risk of anaphylaxis, that injects a measured dose "
        "of adrenaline (epinephrine) into the outer thigh muscle.",
        5,
        ("auto-injector", "epinephrine auto-injector", "adrenaline pen"),
    ),
    "pulse": Term(
        "The beat of an artery felt through the skin, for example on the top of the foot.",
        5,
        ("pulses", "pulselessness", "foot pulses"),
    ),
    "paralysis": Term("Loss of the ability to move a muscle.", 5, ("paralysed", "paralyzed")),
    "acute compartment syndrome": Term(
        "Dangerously raised pressure in a muscle compartment after an injury or under a "
        "tight cast: severe pain, worse on stretching the muscle. An emergency needing "
        "fasciotomy.",
        5,
        ("ACS",),
    ),
    "ΔP": Term(
        "Delta-P: diastolic blood pressure minus compartment pressure; surgeons decompress at "
        "30 mmHg or less.",
        6,
        ("delta-P", "delta P"),
    ),
    "fasciotomy": Term(
        "An operation that cuts the fascia to relieve pressure in a muscle compartment.",
        6,
        ("fasciotomies",),
    ),
    "emergency department": Term(
        "The hospital department for emergencies: A&E in the UK, the ER in the US.",
        5,
        ("A&E", "ER", "emergency room"),
    ),
    "GP": Term(
        "General practitioner: a family doctor.", 5, ("general practitioner", "family doctor")
    ),
    "triage": Term(
        "Sorting by urgency. The warning-sign checker uses four levels: emergency, get "
        "medical help today, see a doctor soon, and self-care; before any question is "
        "answered it shows 'not yet assessed'.",
        4,
    ),
    # --- Chapter 6: diagnosis and treatment ---------------------------------------------------
    "history and examination": Term(
        "A doctor's questions about the symptoms, and checks of feeling, strength, reflexes "
        "and pulses; often the whole diagnosis.",
        6,
        ("questions and examination",),
    ),
    "self-care": Term("What a person can safely do for themselves.", 6, ("self care",)),
    "supplement": Term(
        "A vitamin or mineral taken as a tablet. Don't start one to treat tingling without "
        "a blood test; supplements recommended for other reasons (B12 on a vegan diet, "
        "folic acid in pregnancy) are a separate matter: ask a doctor or pharmacist.",
        6,
        ("supplements",),
    ),
    "neuropathic pain": Term(
        "Pain caused by damaged nerves: burning, stabbing or electric.", 4, ("nerve pain",)
    ),
    "amitriptyline": Term("An older antidepressant used in low doses for nerve pain.", 6),
    "duloxetine": Term("An antidepressant also used for nerve pain.", 6),
    "gabapentin": Term("A medicine for nerve pain and epilepsy.", 6),
    "pregabalin": Term("A medicine for nerve pain, related to gabapentin.", 6),
    "hydroxocobalamin": Term("The form of vitamin B12 given by injection to treat deficiency.", 6),
    "anticoagulant": Term(
        "A blood-thinning medicine that stops clots growing; the treatment for DVT.",
        6,
        ("anticoagulants", "blood thinner", "blood-thinning medicine"),
    ),
    "supervised exercise": Term(
        "A structured walking programme with a therapist, the first treatment for PAD.",
        6,
    ),
    "physiotherapy": Term(
        "Treatment with exercises, stretches and hands-on techniques by a physiotherapist; "
        "physical therapy in the US.",
        6,
        ("physical therapy", "physiotherapist"),
    ),
    "antihistamine": Term("A medicine that blocks histamine, used for hives and itch.", 6),
    "podiatrist": Term("A foot specialist.", 6),
    "NCS": Term(
        "Nerve conduction study: small electric pulses through the skin measure how big and "
        "how fast a nerve's signal is.",
        6,
        ("nerve conduction study", "nerve conduction studies"),
    ),
    "EMG": Term(
        "Electromyography: recording the electrical activity of muscles with a fine needle, "
        "to see whether they have lost their nerve supply.",
        6,
        ("electromyography",),
    ),
    "amplitude": Term("The size of a recorded nerve signal; it shrinks when axons are lost.", 6),
    "axon loss": Term(
        "Death of axons, which makes a nerve conduction signal smaller.",
        6,
        ("loss of axons", "axonal"),
    ),
    "demyelination": Term(
        "Loss of myelin, which slows conduction (below about 70–75% of normal) or blocks it.",
        6,
        ("demyelinating", "loss of myelin"),
    ),
    "skin biopsy": Term(
        "A tiny sample of skin in which the small nerve endings are counted; it finds "
        "small-fibre neuropathy.",
        6,
    ),
    "monofilament": Term(
        "A 10 g nylon thread pressed on the sole to test protective feeling in people with "
        "diabetes.",
        6,
        ("10 g monofilament",),
    ),
    "MRI": Term(
        "Magnetic resonance imaging: a scan using a strong magnet that shows discs, the "
        "spinal canal and nerve roots.",
        6,
        ("magnetic resonance imaging",),
    ),
    "ABI": Term(
        "Ankle-brachial index: ankle systolic pressure divided by arm systolic pressure. "
        "0.90 or less is abnormal (with typical symptoms, PAD); 0.91–0.99 borderline; "
        "1.00–1.40 normal; above 1.40 the arteries are too stiff to compress.",
        6,
        ("ankle-brachial index", "ankle brachial index"),
    ),
    "brachial": Term(
        "Of the upper arm; the brachial artery is where arm blood pressure is taken.", 6
    ),
    "non-compressible": Term(
        "Arteries too stiff for a cuff to squeeze (an ABI above 1.40), common with diabetes "
        "or kidney disease.",
        6,
        ("non compressible",),
    ),
    "toe-brachial index": Term(
        "Toe over arm systolic pressure, used when the ankle arteries are non-compressible.",
        6,
        ("TBI",),
    ),
    "ultrasound": Term(
        "A scan using sound waves; it shows blood flowing in vessels and can find a clot.",
        6,
        ("ultrasound scan", "Doppler"),
    ),
    "compartment pressure test": Term(
        "Measuring the pressure inside a muscle compartment with a needle gauge, at rest and "
        "after exercise.",
        6,
        ("compartment pressure testing", "compartment pressure", "compartment pressures"),
    ),
    "Pedowitz criteria": Term(
        "The cut-offs for CECS: resting pressure 15 mmHg or more, 30 or more 1 minute after "
        "exercise, or 20 or more at 5 minutes; any one counts.",
        6,
        ("Pedowitz",),
    ),
    "median": Term("The middle value when results are put in order.", 6),
    "HbA1c": Term(
        "Glycated haemoglobin: a blood test of average blood sugar over about 3 months; 48 "
        "mmol/mol (6.5%) or more is the diabetes range.",
        6,
        ("glycated haemoglobin", "A1c"),
    ),
    "haemoglobin": Term("The oxygen-carrying protein in red blood cells.", 6, ("hemoglobin",)),
    "prediabetes": Term(
        "Blood sugar above normal but below the diabetes range (HbA1c 42–47 mmol/mol).",
        6,
        ("non-diabetic hyperglycaemia",),
    ),
    "mmol/mol": Term("The unit of HbA1c: millimoles per mole of haemoglobin.", 6),
    "active B12": Term(
        "Holotranscobalamin, the part of vitamin B12 in blood that cells can use; below 25 "
        "pmol/L confirms deficiency.",
        6,
        ("holotranscobalamin", "active vitamin B12"),
    ),
    "MMA": Term(
        "Methylmalonic acid: a substance that builds up when vitamin B12 is short, measured "
        "when active B12 is borderline.",
        6,
        ("methylmalonic acid",),
    ),
    "pmol/L": Term("Picomoles per litre, the unit of active B12.", 6),
    "full blood count": Term(
        "A blood test counting red cells, white cells and platelets; it shows anaemia.",
        6,
        ("FBC", "blood count"),
    ),
    "D-dimer": Term(
        "A blood test for fragments released when a clot breaks down; a normal result makes "
        "a DVT unlikely.",
        6,
        ("D dimer",),
    ),
    "hydration": Term("Drinking enough to replace the water the body loses.", 6),
    "fl oz": Term("US fluid ounce, about 29.57 millilitres.", 6, ("fluid ounce", "fluid ounces")),
}

# Everyday words that happen to end like medical terms, and non-technical capitals.
NOT_TECHNICAL = frozenset(
    {
        "diagnosis",
        "prognosis",
        "diagnoses",
        "geography",
        "biography",
        "photography",
        "purposes",
        "chooses",
        "exposes",
        "supposes",
        "proposes",
        "composes",
        "opposes",
    }
)


def _key(text: str) -> str:
    return re.sub(r"[\s\-]+", " ", text.strip()).casefold()


def lookup() -> dict[str, str]:
    """Every term and alias (case-folded, hyphens as spaces) → its glossary term."""
    table: dict[str, str] = {}
    for term, entry in TERMS.items():
        for name in (term, *entry.aliases):
            table.setdefault(_key(name), term)
    return table


def find(name: str) -> str | None:
    """The glossary term that covers ``name`` (a term, alias or abbreviation), or ``None``."""
    return lookup().get(_key(name))


GREEK = {"α": "alpha", "β": "beta", "δ": "delta", "Δ": "delta", "µ": "u", "₂": "2"}


def anchor(term: str) -> str:
    """An HTML id for a term: 'Aβ fibre' → 'term-abeta-fibre'."""
    text = "".join(GREEK.get(c, c) for c in term)
    return "term-" + re.sub(r"[^a-z0-9]+", "-", _key(text)).strip("-")


def _sort_key(term: str) -> str:
    return re.sub(r"^[^a-z0-9]+", "", _key(term).replace("µ", "u").replace("δ", "d")) or term


def glossary_html() -> str:
    """The glossary as one HTML table, A to Z, in a scrolling box (no JavaScript)."""
    chapter_file = {ch.number: ch.filename for ch in CHAPTERS}
    rows = []
    letter = ""
    for term in sorted(TERMS, key=_sort_key):
        entry = TERMS[term]
        first = _sort_key(term)[0].upper()
        first = first if first.isalpha() else "#"
        if first != letter:
            letter = first
            rows.append(
                f'<tr class="pn-glossary-letter"><th colspan="3" scope="rowgroup" '
                f'style="text-align:left;padding-top:0.6em">{html.escape(letter)}</th></tr>'
            )
        names = html.escape(", ".join(entry.aliases))
        style = "font-size:0.9em;font-weight:normal"
        also = f'<br><span style="{style}">also: {names}</span>' if entry.aliases else ""
        link = f'<a href="{chapter_file[entry.chapter]}">{entry.chapter}</a>'
        rows.append(
            f'<tr id="{anchor(term)}"><th scope="row" style="text-align:left;vertical-align:top">'
            f"<b>{html.escape(term)}</b>{also}</th>"
            f'<td style="text-align:left;vertical-align:top">{html.escape(entry.definition)}</td>'
            f'<td style="vertical-align:top">{link}</td></tr>'
        )
    return (
        '<div class="pn-glossary" style="max-height:36em;overflow-y:auto;'
        'border:1px solid #999999;padding:0 0.5em">'
        '<table style="border-collapse:collapse;width:100%">'
        f"<caption>Glossary: {len(TERMS)} terms, A to Z (scroll inside the box). "
        "Other names and abbreviations are under each term; the last column links to "
        "the chapter that introduces it.</caption>"
        '<thead><tr><th scope="col" style="text-align:left">Term</th>'
        '<th scope="col" style="text-align:left;width:60%">Meaning</th>'
        '<th scope="col">Chapter</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


class Glossary:
    """The glossary for a notebook cell: HTML for readers, a term list as plain text."""

    def _repr_html_(self) -> str:
        return glossary_html()

    def __repr__(self) -> str:
        return f"Glossary of {len(TERMS)} terms: " + ", ".join(sorted(TERMS, key=_sort_key))


def glossary() -> Glossary:
    return Glossary()


# ----- the chapters' own prose ----------------------------------------------------------------
GENERATED_HEADINGS = ("## References",)
FOOTER_MARK = "<!-- pn-footer -->"
_STRIP = (
    (re.compile(r"```.*?```", re.S), " "),  # fenced code
    (re.compile(r"`[^`]*`"), " "),  # inline code
    (re.compile(r"\$\$.*?\$\$", re.S), " "),  # display maths
    (re.compile(r"\[[^\]]*\]\(#ref-[^)]*\)"), " "),  # citation labels: names, not terms
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r" \1 "),  # images: keep the alt text
    (re.compile(r"\]\([^)]*\)"), "] "),  # link targets
    (re.compile(r"<!--.*?-->", re.S), " "),
    (re.compile(r"<[^>]+>"), " "),  # HTML tags
)


def chapter_prose(nb) -> str:
    """The reader-written markdown of a chapter notebook (see the module docstring)."""
    texts = []
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        source = cell.source
        if source.startswith(GENERATED_HEADINGS) or source.startswith(FOOTER_MARK):
            continue
        if "## Learning objectives" in source:  # drop the generated header above it
            source = source[source.index("## Learning objectives") :]
        for pattern, repl in _STRIP:
            source = pattern.sub(repl, source)
        texts.append(source)
    return "\n\n".join(texts)


CARD_CALL = re.compile(r"""cause_cards\(\s*["']([a-z_]+)["']\s*\)""")


def card_prose(nb) -> str:
    """The text of the cause cards that a chapter's code cells show (``cause_cards("group")``):
    each cause's name, mechanism, typical pattern, telling feature and correction."""
    from widgets.clinical.causes import causes_in_group

    texts = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for group in CARD_CALL.findall(cell.source):
            for cause in causes_in_group(group):
                fields = (
                    cause.name,
                    cause.mechanism,
                    cause.typical_pattern,
                    cause.telling_feature,
                    cause.seed_correction or "",
                )
                texts.append("\n".join(f for f in fields if f))
    return "\n\n".join(texts)
