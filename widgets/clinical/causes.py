"""Causes of pins and needles (and look-alikes) in the legs, as data.

Each :class:`Cause` carries text for the course (mechanism, typical pattern, telling
feature, treatment), a correction where a popular article got the cause wrong, the tests a
doctor may order, its sources, and a structured pattern (regions, timing, sides, what
relieves it) that :mod:`widgets.clinical.pattern_match` scores a learner's answers
against.  Keys in the pattern come from :mod:`.regions` and :mod:`.choices`.

This is education, not medical advice.
"""

from __future__ import annotations

from dataclasses import dataclass

GROUPS: dict[str, str] = {
    "posture_compression": "Posture and compression",
    "nerve_damage": "Nerve damage (neuropathy and vitamin deficiency)",
    "circulation": "Circulation",
    "electrolytes_breathing": "Electrolytes, breathing and fluids",
    "exercise_related": "Exercise-related",
    "spine_nerve_roots": "Spine and nerve roots",
    "meralgia": "Trapped thigh skin nerve (meralgia paresthetica)",
}

# How well the link between the cause and leg tingling is established.
EVIDENCE: dict[str, str] = {
    "established": "Established cause",
    "not_established": "Not an established cause of tingling",
}

# Is tingling a typical symptom?  PAD, DVT, SI-joint pain and histamine itch are
# mostly something else, which the pattern explorer should say.
TINGLING: dict[str, str] = {
    "typical": "tingling or numbness is typical",
    "sometimes": "tingling or numbness happens, but pain or tightness dominates",
    "uncommon": "tingling is not the typical symptom",
}

# A rough base rate, used only to break ties in the pattern explorer.
COMMONNESS: dict[str, str] = {
    "common": "common",
    "uncommon": "uncommon",
    "rare": "rare",
}


@dataclass(frozen=True)
class Cause:
    key: str
    name: str
    group: str  # key of GROUPS
    mechanism: str
    typical_pattern: str
    telling_feature: str
    treatment: str
    tests: tuple[str, ...]  # keys of diagnostic_tests.DIAGNOSTIC_TESTS
    sources: tuple[str, ...]  # keys of widgets.references.REFERENCES
    seed_correction: str | None = None  # what a popular article got wrong, if anything
    # Structured pattern for matching; empty regions = no typical tingling pattern.
    regions: tuple[str, ...] = ()
    timing: tuple[str, ...] = ()
    sides: str = "either"  # "one", "both" or "either"
    relieved_by: tuple[str, ...] = ()  # empty = nothing characteristic
    tingling: str = "typical"  # key of TINGLING
    commonness: str = "common"  # key of COMMONNESS
    evidence: str = "established"  # key of EVIDENCE
    related_flags: tuple[str, ...] = ()  # keys of red_flags.FLAG_BY_KEY to check

    @property
    def group_label(self) -> str:
        return GROUPS[self.group]

    @property
    def matchable(self) -> bool:
        """Whether the cause has a tingling pattern the explorer can match."""
        return bool(self.regions)


CAUDA_EQUINA_FLAGS = (
    "saddle_numbness",
    "numb_when_wiping",
    "bladder_problem",
    "bowel_control",
    "both_legs_sciatica_or_weakness",
)

CAUSES: tuple[Cause, ...] = (
    # --- Posture and compression ---------------------------------------------------
    Cause(
        key="posture_compression",
        name="Sitting or lying on a nerve (e.g. crossed legs)",
        group="posture_compression",
        mechanism=(
            "Pressure squeezes the tiny blood vessels inside a nerve. Starved of "
            "blood, its fibres stop conducting: a block caused mainly by ischaemia, "
            "and fully reversible. Crossing the legs presses the common peroneal "
            "nerve against the head of the fibula, just below the knee."
        ),
        typical_pattern=(
            "Numbness, then pins and needles, in the skin of one nerve on one side "
            "(after crossed legs: outer shin and top of the foot). Clears within "
            "minutes of moving."
        ),
        telling_feature=(
            "It goes within minutes of moving. A foot that still drops or drags after "
            "the numbness has gone (foot drop) is not an ordinary sleeping leg. Get seen "
            "now: go to an emergency department or call 999 / 911 / 112, at once if it "
            "comes with weakness or numbness down one side of the body, a drooping face or "
            "trouble speaking."
        ),
        seed_correction=(
            "A popular article says the squashed myelin sheath causes the numbness, faster than "
            "the loss of blood flow. For everyday episodes it is the reverse: the "
            "block is mostly ischaemic and reversible. Mechanically damaging myelin "
            "takes far higher pressure for far longer, and causes lasting problems "
            "such as foot drop rather than brief numbness."
        ),
        treatment=(
            "Change position and move the leg; feeling returns within minutes. Avoid "
            "long spells with the legs crossed or leaning on one knee. Most trapped "
            "leg nerves improve without surgery."
        ),
        tests=("history_exam", "ncs_emg"),
        sources=("lundborg1982", "mayo_footdrop", "bowley_doughty", "nhs_pins_needles"),
        regions=("shin_top_of_foot", "first_toe_web", "outer_foot"),
        timing=("sitting_or_lying_still",),
        sides="one",
        relieved_by=("moving_or_changing_position",),
        related_flags=("sudden_foot_drop",),
    ),
    # --- Nerve damage ----------------------------------------------------------------
    Cause(
        key="peripheral_neuropathy",
        name="Peripheral neuropathy",
        group="nerve_damage",
        mechanism=(
            "Damage to the nerves outside the brain and spinal cord, most often from "
            "diabetes; also from vitamin B12 deficiency, alcohol, some medicines, some "
            "infections (for example shingles, Lyme disease or HIV) and other causes. The "
            "longest fibres fail first, so the feet are affected before the hands."
        ),
        typical_pattern=(
            "Tingling, burning or numbness in both feet, coming on slowly, often worse "
            "at night, creeping up the legs like a stocking."
        ),
        telling_feature="A symmetrical 'stocking' pattern in both feet.",
        seed_correction=(
            "A popular article calls peripheral neuropathy a 'nerve impingement'. It is damage "
            "to the nerves themselves (from diabetes, vitamin B12 deficiency, alcohol, "
            "some medicines and other causes), not a pinched nerve."
        ),
        treatment=(
            "Treat the cause (blood sugar, vitamin B12 and so on) and look after the "
            "feet. For nerve pain, NICE offers amitriptyline, duloxetine, gabapentin "
            "or pregabalin."
        ),
        tests=("history_exam", "hba1c", "active_b12", "ncs_emg", "skin_biopsy"),
        sources=("statpearls_neuropathy", "statpearls_ncs", "nice_cg173"),
        regions=("both_feet_stocking",),
        timing=("night", "constant"),
        sides="both",
        relieved_by=("nothing",),
        related_flags=("weakness_spreading_fast", "new_leg_weakness", "slowly_getting_worse"),
    ),
    Cause(
        key="diabetic_neuropathy",
        name="Diabetic neuropathy",
        group="nerve_damage",
        mechanism=(
            "Years of high blood sugar damage nerves directly (metabolic injury) and "
            "through the small blood vessels that feed them."
        ),
        typical_pattern=(
            "Starts in the toes of both feet and moves slowly upwards: tingling, "
            "burning, numbness, sometimes unsteadiness."
        ),
        telling_feature=(
            "Affects up to half of people with diabetes. Numb feet can hide injuries, "
            "so feet need regular checks."
        ),
        treatment=(
            "Keep blood sugar in the target range; check the feet daily and have them "
            "tested at least yearly with a 10 g monofilament. For nerve pain, NICE "
            "offers amitriptyline, duloxetine, gabapentin or pregabalin."
        ),
        tests=("hba1c", "monofilament", "ncs_emg", "skin_biopsy"),
        sources=("niddk_neuropathy", "nice_cg173", "who2011"),
        regions=("both_feet_stocking",),
        timing=("night", "constant"),
        sides="both",
        relieved_by=("nothing",),
        related_flags=("diabetes_foot_problem",),
    ),
    Cause(
        key="b12_deficiency",
        name="Vitamin B12 deficiency",
        group="nerve_damage",
        mechanism=(
            "Vitamin B12 is needed to make and maintain myelin. Without it, nerves "
            "(and the spinal cord) lose myelin, and anaemia develops."
        ),
        typical_pattern=(
            "Gradual pins and needles in the feet and hands, with tiredness, a sore "
            "red tongue or pale skin; sometimes unsteadiness."
        ),
        telling_feature=(
            "Risk factors: metformin, acid-reducing medicines (PPIs), a vegan diet "
            "without supplements, pernicious anaemia, nitrous oxide use."
        ),
        treatment=(
            "Hydroxocobalamin injections every other day for 2 weeks. If the cause is "
            "not diet, then an injection every 3 months, or every 2 months if there "
            "were nerve symptoms. When absorption is poor, tablets of at least 1 mg a "
            "day are an option. Treat early: nerve damage may not fully recover."
        ),
        tests=("active_b12", "full_blood_count"),
        sources=("nhs_b12", "nice_ng239", "nwl_pathology"),
        regions=("both_feet_stocking",),
        timing=("constant",),
        sides="both",
        relieved_by=("nothing",),
        commonness="uncommon",
    ),
    Cause(
        key="folate_deficiency",
        name="Folate deficiency",
        group="nerve_damage",
        mechanism=(
            "Folate is needed to make red blood cells; a lack of it mainly causes "
            "anaemia. Nerve damage is uncommon."
        ),
        typical_pattern=(
            "Tiredness, breathlessness and pale skin from anaemia; tingling is not "
            "a typical feature."
        ),
        telling_feature=(
            "Never treat with folic acid alone if vitamin B12 may also be low: it can "
            "correct the anaemia while B12 nerve damage gets worse."
        ),
        seed_correction=(
            "A popular article lists folate (with B12 and magnesium) as a 'particularly common' "
            "cause of leg tingling and suggests supplements. Folate deficiency mainly "
            "causes anaemia, nerve damage from it is uncommon, and folic acid must not "
            "be given alone while B12 deficiency is possible."
        ),
        treatment=(
            "Folic acid tablets, once vitamin B12 deficiency has been ruled out or is "
            "being treated too."
        ),
        tests=("full_blood_count", "active_b12"),
        sources=("nhs_b12", "nice_ng239"),
        tingling="uncommon",
        commonness="uncommon",
    ),
    # --- Circulation -----------------------------------------------------------------
    Cause(
        key="pad",
        name="Peripheral artery disease (PAD)",
        group="circulation",
        mechanism=(
            "Fatty plaques (atherosclerosis) narrow the leg arteries, so working "
            "muscles cannot get enough blood."
        ),
        typical_pattern=(
            "Aching or cramping calf pain while walking that goes after a few "
            "minutes' rest in any position (standing still is enough); often both "
            "legs."
        ),
        telling_feature=(
            "Mostly pain, not tingling. An ankle-brachial index of 0.90 or less is abnormal "
            "and, with typical symptoms, diagnoses PAD."
        ),
        seed_correction=(
            "A popular article lists numbness and tingling among the symptoms of claudication. "
            "Claudication is mainly aching, cramping pain in the working muscle; "
            "tingling is not its typical feature."
        ),
        treatment=(
            "Supervised exercise, about 2 hours a week for 3 months; stop smoking; "
            "medicines to protect the arteries; a procedure to widen or bypass the "
            "artery if symptoms stay bad."
        ),
        tests=("abi", "history_exam"),
        sources=("nhs_pad", "aha_acc2016", "nice_cg147", "nadeau2013"),
        regions=("calf",),
        timing=("walking", "running_or_exercise"),
        sides="either",
        relieved_by=("rest_any_position",),
        tingling="uncommon",
        related_flags=(
            "leg_suddenly_cold_pale",
            "leg_rest_pain_or_cannot_move",
            "exertional_leg_pain",
        ),
    ),
    Cause(
        key="dvt",
        name="Deep vein thrombosis (DVT)",
        group="circulation",
        mechanism="A blood clot blocks a deep vein, usually in the calf or thigh.",
        typical_pattern=(
            "Throbbing or cramping pain in one leg (rarely both), with swelling, warm "
            "skin and redness or darkening."
        ),
        telling_feature=(
            "Swelling, warmth and pain rather than tingling. A newly swollen or painful "
            "leg needs to be seen now; with breathlessness, chest pain or coughing up "
            "blood call 999 / 911 / 112 (a clot can travel to the lungs: pulmonary "
            "embolism)."
        ),
        seed_correction=(
            "A popular article groups DVT with the circulation problems that cause tingling. "
            "Tingling is not a typical sign of DVT; swelling, pain, warmth and "
            "redness are, and a suspected DVT needs medical help now, not a routine "
            "appointment (see the warning signs)."
        ),
        treatment="Blood-thinning medicine (anticoagulants), usually for at least 3 months.",
        tests=("d_dimer_ultrasound",),
        sources=("nhs_dvt", "nhs_pe"),
        regions=("calf", "back_of_thigh"),
        timing=("constant",),
        sides="one",
        relieved_by=("nothing",),
        tingling="uncommon",
        commonness="uncommon",
        related_flags=("dvt_signs", "breathless_or_chest_pain"),
    ),
    # --- Electrolytes, breathing and fluids ----------------------------------------
    Cause(
        key="low_magnesium_calcium",
        name="Low magnesium or calcium",
        group="electrolytes_breathing",
        mechanism=(
            "Low calcium lowers the firing threshold of axons so they fire by "
            "themselves; low magnesium makes this (tetany) easier."
        ),
        typical_pattern=(
            "Tingling around the mouth and in the hands and feet, with muscle cramps or spasms."
        ),
        telling_feature=(
            "Cramps or spasms, and tingling of the lips and hands too. Of the other salts, "
            "low or high potassium mainly causes muscle weakness or cramps (and, when "
            "severe, dangerous heart rhythms), and low sodium mainly causes confusion, "
            "headache or cramps; tingling is not their typical sign."
        ),
        seed_correction=(
            "A popular article calls magnesium deficiency a 'particularly common' contributor "
            "to leg tingling. Low magnesium is one factor that makes nerves "
            "over-excitable; it is not a common cause of leg tingling, and a blood "
            "test should show a deficiency before it is treated. Another article says "
            "tingling after exercise is more likely when sodium, calcium and potassium "
            "fall. Of these, only low calcium (helped by low magnesium) is a recognised "
            "cause of tingling, and these salts rarely fall far enough in everyday "
            "exercise; potassium and sodium problems show mainly as weakness, cramps or "
            "confusion."
        ),
        treatment=(
            "Find and treat the cause; replace calcium or magnesium under medical "
            "supervision after a blood test."
        ),
        tests=("electrolytes",),
        sources=("harrisons",),
        regions=("both_feet_stocking",),
        timing=("constant",),
        sides="both",
        commonness="rare",
    ),
    Cause(
        key="hyperventilation",
        name="Over-breathing (hyperventilation)",
        group="electrolytes_breathing",
        mechanism=(
            "Breathing too fast blows off carbon dioxide. The blood turns alkaline and "
            "axons become over-excitable; tingling starts once CO2 in the lungs has "
            "fallen by about 20 mmHg."
        ),
        typical_pattern=(
            "Tingling around the mouth and in both hands and feet during fast "
            "breathing, panic or anxiety, sometimes with cramps."
        ),
        telling_feature=(
            "Comes and goes with episodes of fast breathing; lips and hands tingle too."
        ),
        treatment=(
            "Slow, calm breathing; the tingling settles as CO2 recovers. New "
            "breathlessness, chest pain or coughing up blood is an emergency: call "
            "999 / 911 / 112, and do not assume it is over-breathing, because it can be "
            "a clot in the lung or a heart problem. Repeated episodes of tingling with "
            "fast breathing need a doctor."
        ),
        tests=("history_exam",),
        sources=("macefield_burke1991", "harrisons", "nhs_pe"),
        regions=("both_feet_stocking",),
        timing=("fast_breathing",),
        sides="both",
        relieved_by=("slowing_breathing",),
        commonness="uncommon",
        related_flags=("breathless_or_chest_pain",),
    ),
    Cause(
        key="dehydration",
        name="Dehydration",
        group="electrolytes_breathing",
        mechanism="No established mechanism links dehydration to pins and needles.",
        typical_pattern="No recognised tingling pattern.",
        telling_feature=(
            "The claim that it is the most common cause of tingling legs after "
            "exercise is unsupported."
        ),
        seed_correction=(
            "A popular article quotes the claim that the most common cause of tingling legs is "
            "muscles depleted by dehydration or electrolyte imbalance, and another article "
            "says dehydration sensitises nerves. For dehydration both claims are "
            "unsupported by evidence. Electrolytes are a different matter: low calcium or "
            "magnesium can make nerves fire on their own (see 'Low magnesium or "
            "calcium'), although neither is a common cause of tingling after exercise."
        ),
        treatment=(
            "Drinking sensibly around exercise (for example the American Council on "
            "Exercise guideline) is good for comfort and performance, but it is not a "
            "treatment for tingling."
        ),
        tests=(),
        sources=("ace_hydration",),
        tingling="uncommon",
        evidence="not_established",
    ),
    # --- Exercise-related ------------------------------------------------------------
    Cause(
        key="exercise_histamine",
        name="Histamine itch after exercise (exercise-induced urticaria)",
        group="exercise_related",
        mechanism=(
            "As the body heats up during exercise, mast cells in the skin can release "
            "histamine, causing itching and sometimes hives."
        ),
        typical_pattern="Itching, often with hives, on the legs and body during or after exercise.",
        telling_feature=(
            "It is itch, not pins and needles. Hives with swelling of the lips or "
            "throat, trouble breathing or feeling faint is anaphylaxis: an emergency."
        ),
        seed_correction=(
            "A popular article describes the itch as tingling and says histamine helps muscles "
            "make nitric oxide that 'converts food into energy'; that is unsupported. "
            "The histamine response causes itch or hives and, rarely, exercise-induced "
            "anaphylaxis."
        ),
        treatment=(
            "An antihistamine before exercise, on a doctor's advice; stop exercising "
            "at the first sign of itching or hives. People who have had exercise-induced "
            "anaphylaxis should exercise with a partner and carry any adrenaline "
            "prescribed."
        ),
        tests=("history_exam",),
        sources=("hosey2001",),
        regions=("both_feet_stocking", "calf", "back_of_thigh", "buttock"),
        timing=("running_or_exercise", "after_exercise"),
        sides="both",
        tingling="uncommon",
        commonness="uncommon",
        related_flags=("anaphylaxis_signs",),
    ),
    Cause(
        key="cecs",
        name="Chronic exertional compartment syndrome (CECS)",
        group="exercise_related",
        mechanism=(
            "Muscles swell by up to about 20% during exercise. In CECS the tight sheath "
            "(fascia) round a lower-leg muscle compartment cannot stretch, so pressure "
            "rises and squeezes the nerves and vessels inside."
        ),
        typical_pattern=(
            "Aching, tightness or burning in the shin or calf, sometimes with "
            "numbness or tingling in the foot, starting at about the same distance "
            "each time and gone 10-20 minutes after stopping; often both legs."
        ),
        telling_feature=(
            "Predictable onset at a set distance or time; a compartment pressure test confirms it."
        ),
        seed_correction=(
            "A popular article says CECS symptoms may linger for several days as it worsens. "
            "CECS symptoms typically settle 10-20 minutes after stopping; pain that "
            "lasts for days points to another cause, and severe pain after an injury "
            "may be acute compartment syndrome, an emergency. Another calls CECS a "
            "'fairly rare neuromuscular disorder': it is a pressure problem of a muscle "
            "compartment (nerves are squeezed only as a result). How common it is is not "
            "well measured; it is seen mostly in young runners and other athletes."
        ),
        treatment=(
            "Change the activity, training or running gait; if that fails, surgery to "
            "open the sheath (fasciotomy). In military patients only about 55% were "
            "fully cured."
        ),
        tests=("compartment_pressure", "history_exam"),
        sources=("mayo_cecs", "aweid2012", "dunn_waterman", "buerba2019", "pedowitz1990"),
        regions=("shin_top_of_foot", "calf", "inner_lower_leg", "first_toe_web"),
        timing=("running_or_exercise", "walking"),
        sides="either",
        relieved_by=("stopping_activity",),
        tingling="sometimes",
        commonness="uncommon",
        related_flags=("cecs_like_pattern", "severe_pain_after_injury"),
    ),
    Cause(
        key="paes",
        name="Popliteal artery entrapment syndrome (PAES)",
        group="exercise_related",
        mechanism=(
            "The popliteal artery behind the knee is squeezed by a calf muscle, "
            "usually because of an anatomical variation present from birth, so less "
            "blood reaches the lower leg during exercise."
        ),
        typical_pattern=(
            "Cramping pain, tightness, coldness or tingling in the calf and foot "
            "during exercise in a young athlete, settling with rest."
        ),
        telling_feature=(
            "Young athletes, mostly men (about 15 to 1); the foot pulses fade when "
            "the foot is pointed down."
        ),
        seed_correction=(
            "A popular article blames 'trapped blood' in the popliteal artery. The artery "
            "itself is squeezed, so less blood gets through."
        ),
        treatment="Surgery to release the artery.",
        tests=("paes_provocation", "abi"),
        sources=("visualdx_paes", "cleveland_paes"),
        regions=("calf",),
        timing=("running_or_exercise", "walking"),
        sides="either",
        relieved_by=("rest_any_position",),
        tingling="sometimes",
        commonness="rare",
        related_flags=("exertional_leg_pain",),
    ),
    Cause(
        key="mortons_neuroma",
        name="Morton's neuroma",
        group="exercise_related",
        mechanism=(
            "The nerve between two toe bones is thickened by scar-like tissue, "
            "usually between the 3rd and 4th toes. It is not an inflamed nerve."
        ),
        typical_pattern=(
            "Burning, tingling or numbness in the forefoot and the 3rd and 4th toes; "
            "feels like standing on a pebble."
        ),
        telling_feature="Worse in tight or high-heeled shoes; 'a pebble in the shoe'.",
        seed_correction=(
            "A popular article calls the nerve 'inflamed' and says the pain shoots up the leg. "
            "The nerve is thickened by scar-like tissue, and the symptoms stay in the "
            "forefoot and toes. It also says the neuroma is common in runners with "
            "hypermobile (very flexible) feet: foot mechanics may play a part, but tight, "
            "narrow or high-heeled shoes are the best-known trigger."
        ),
        treatment=(
            "Wider shoes, a pad under the forefoot, injections. Surgery succeeds in up "
            "to 90% when only one space between the toes is affected."
        ),
        tests=("history_exam",),
        sources=("segen_morton", "bowley_doughty"),
        regions=("toes_3_4",),
        timing=("walking", "running_or_exercise", "standing"),
        sides="one",
        relieved_by=("loosening_shoes_or_clothing",),
    ),
    Cause(
        key="tarsal_tunnel",
        name="Tarsal tunnel syndrome",
        group="exercise_related",
        mechanism="The tibial nerve is pinched in the tunnel behind the inner ankle bone.",
        typical_pattern=(
            "Burning, tingling or numbness in the sole and heel, worse on standing and walking."
        ),
        telling_feature=(
            "Tapping the nerve behind the inner ankle sets off tingling in the sole (Tinel's sign)."
        ),
        seed_correction=(
            "A popular article quotes a doctor saying tarsal tunnel syndrome is 'the most "
            "common thing we see' after exercise. That is one clinician's impression: "
            "how common tarsal tunnel syndrome is is not well measured, and a tight shoe "
            "or a nerve pressed by posture is worth ruling out first."
        ),
        treatment=(
            "Supportive shoes or insoles and a rest from what provokes it, sometimes "
            "an injection; surgery to free the nerve if these fail."
        ),
        tests=("tinel_tap", "ncs_emg"),
        sources=("merck_tarsal", "bowley_doughty"),
        regions=("sole_heel",),
        timing=("standing", "walking", "running_or_exercise"),
        sides="one",
        relieved_by=("rest_any_position",),
        commonness="uncommon",
    ),
    Cause(
        key="tight_shoes_clothing",
        name="Tight shoes or clothing",
        group="exercise_related",
        mechanism=(
            "Tight laces press on the nerves over the top of the foot (the deep "
            "peroneal nerve in the anterior tarsal tunnel); a tight belt or waistband "
            "presses on the thigh's skin nerve at the groin. Tight socks, or compression "
            "socks or sleeves that do not fit, can press on nerves near the skin in the "
            "same way."
        ),
        typical_pattern=(
            "Tingling or numbness on the top of the foot and in the 1st toe web under "
            "tight laces, on the outer thigh under a tight belt, or under a tight sock, "
            "sleeve or waistband, while worn."
        ),
        telling_feature="Goes away when the shoes or clothing are loosened.",
        treatment=(
            "Loosen or re-lace the shoes (skip the eyelets over the sore spot), "
            "choose a wider toe box, avoid tight belts and waistbands, and choose sports "
            "compression socks or sleeves that fit. If compression stockings were "
            "prescribed (for example for veins), ask about the fit rather than stopping them."
        ),
        tests=("history_exam",),
        sources=("statpearls_anterior_tarsal", "mayo_meralgia"),
        regions=("shin_top_of_foot", "first_toe_web", "outer_thigh"),
        timing=("walking", "running_or_exercise", "standing", "sitting_or_lying_still"),
        sides="either",
        relieved_by=("loosening_shoes_or_clothing",),
    ),
    Cause(
        key="gait_overstriding",
        name="Running gait (overstriding, pronation)",
        group="exercise_related",
        mechanism="No direct evidence that overstriding or foot pronation causes tingling.",
        typical_pattern="No recognised tingling pattern.",
        telling_feature="Gait retraining is used as a treatment only in CECS.",
        seed_correction=(
            "A popular article says overstriding or excessive pronation puts repetitive "
            "pressure on nerves. There is no direct evidence for this; gait "
            "retraining has a role only in CECS."
        ),
        treatment="Gait retraining is an option for CECS; otherwise it has no proven role.",
        tests=(),
        sources=("dunn_waterman", "buerba2019"),
        evidence="not_established",
    ),
    # --- Spine and nerve roots ---------------------------------------------------------
    Cause(
        key="lumbar_spinal_stenosis",
        name="Lumbar spinal stenosis",
        group="spine_nerve_roots",
        mechanism=(
            "The spinal canal in the lower back narrows (worn joints, thick ligaments, "
            "bone spurs) and squeezes the nerve roots of the cauda equina. It is not "
            "cord compression: the spinal cord ends at about L1-L2."
        ),
        typical_pattern=(
            "Pain, heaviness, tingling or numbness in both legs, worse standing or "
            "walking and better sitting or bending forward (the 'shopping-cart sign')."
        ),
        telling_feature=(
            "Relief on sitting or bending forward is fairly specific but shows up in "
            "only about 60% of patients."
        ),
        seed_correction=(
            "Two popular articles describe stenosis as compression of the spinal cord. In "
            "the lower back the canal holds nerve roots (the cauda equina): the cord "
            "ends at about L1-L2."
        ),
        treatment=(
            "Stay active, physiotherapy and pain relief; surgery only if these fail "
            "(or at once for cauda equina syndrome)."
        ),
        tests=("history_exam", "mri"),
        sources=("greenberg", "nadeau2013"),
        regions=("buttock", "back_of_thigh", "calf", "both_feet_stocking", "saddle"),
        timing=("standing", "walking"),
        sides="both",
        relieved_by=("sitting_or_bending_forward",),
        related_flags=CAUDA_EQUINA_FLAGS + ("new_leg_weakness",),
    ),
    Cause(
        key="herniated_disc",
        name="Herniated (slipped) disc",
        group="spine_nerve_roots",
        mechanism=(
            "The soft centre of a disc in the lower back bulges out and presses on, "
            "or inflames, a nerve root."
        ),
        typical_pattern=(
            "Pain, tingling or numbness down one leg in a strip, often below the "
            "knee, worse on coughing or sneezing; may come with back pain."
        ),
        telling_feature=(
            "One leg, in a strip; worse on coughing. Usually better within 4-6 weeks."
        ),
        treatment=(
            "Keep active, pain relief, physiotherapy exercises; injections or surgery "
            "only if these fail. Most people are better within 4-6 weeks."
        ),
        tests=("history_exam", "mri"),
        sources=("nhs_sciatica", "bowley_doughty"),
        regions=(
            "buttock",
            "back_of_thigh",
            "calf",
            "shin_top_of_foot",
            "inner_lower_leg",
            "outer_foot",
            "sole_heel",
            "saddle",
        ),
        timing=("coughing_or_sneezing", "sitting_or_lying_still", "constant"),
        sides="one",
        relieved_by=("nothing",),
        related_flags=CAUDA_EQUINA_FLAGS + ("new_leg_weakness", "sciatica_not_improving"),
    ),
    Cause(
        key="sciatica",
        name="Sciatica: irritated nerve roots (L4-S3) that form the sciatic nerve",
        group="spine_nerve_roots",
        mechanism=(
            "The nerve roots that join to form the sciatic nerve (L4-S3) are pressed "
            "on or inflamed, most often by a herniated disc, sometimes by narrowing "
            "or a bone spur."
        ),
        typical_pattern=(
            "Pain, tingling or numbness running from the buttock down the back of "
            "one leg to the foot, worse on coughing or sneezing."
        ),
        telling_feature="One leg, following the nerve; usually better within 4-6 weeks.",
        seed_correction=(
            "A popular article calls the sciatic nerve a nerve root. The sciatic nerve is "
            "formed by several roots joining; sciatica means one of those roots (or "
            "the nerve) is irritated."
        ),
        treatment=(
            "Keep active, pain relief, physiotherapy; most people are better within "
            "4-6 weeks. See a doctor if it is not improving after a few weeks."
        ),
        tests=("history_exam", "mri"),
        sources=("nhs_sciatica",),
        regions=(
            "buttock",
            "back_of_thigh",
            "calf",
            "shin_top_of_foot",
            "inner_lower_leg",
            "outer_foot",
            "sole_heel",
        ),
        timing=("coughing_or_sneezing", "sitting_or_lying_still", "constant"),
        sides="one",
        relieved_by=("nothing",),
        related_flags=CAUDA_EQUINA_FLAGS + ("new_leg_weakness", "sciatica_not_improving"),
    ),
    Cause(
        key="si_joint",
        name="Sacroiliac (SI) joint pain",
        group="spine_nerve_roots",
        mechanism=(
            "Pain referred from the joint between the spine and the pelvis, for "
            "example after a misstep, or when ligaments loosen in pregnancy."
        ),
        typical_pattern=(
            "Pain mainly in the buttock, sometimes in the back of the thigh, usually on one side."
        ),
        telling_feature=(
            "Pain felt mainly in the buttock. Numbness or tingling down the leg points "
            "first to another cause, usually a nerve root."
        ),
        seed_correction=(
            "A popular article says an SI joint injury causes tingling down one leg. SI "
            "joint pain is referred pain, felt mainly in the buttock, and numbness or "
            "tingling down the leg points first to another cause, usually a nerve root, "
            "which is checked first. A secondary note: in one study, 60% or more of "
            "patients whose SI joint pain was confirmed by an injection also had leg "
            "symptoms, including patchy numbness or tingling in the thigh or calf that "
            "did not follow one nerve root, so such tingling does not rule the joint out."
        ),
        treatment="Physiotherapy and pain relief; sometimes an injection into the joint.",
        tests=("history_exam",),
        sources=("mayo_si", "murakami2017"),
        regions=("buttock", "back_of_thigh"),
        timing=("standing", "walking", "running_or_exercise"),
        sides="one",
        tingling="sometimes",
    ),
    Cause(
        key="piriformis",
        name="Piriformis syndrome",
        group="spine_nerve_roots",
        mechanism="The sciatic nerve is squeezed by the piriformis muscle deep in the buttock.",
        typical_pattern=(
            "Buttock pain, sometimes running down the back of the thigh, worse on sitting."
        ),
        telling_feature=(
            "Uncommon; diagnosed only after other causes (especially the spine) are ruled out."
        ),
        seed_correction=(
            "A popular article calls piriformis syndrome a common diagnosis. It is uncommon and "
            "is diagnosed by ruling out other causes."
        ),
        treatment="Stretching and physiotherapy; surgery is not usually recommended.",
        tests=("history_exam", "mri"),
        sources=("msd_piriformis",),
        regions=("buttock", "back_of_thigh"),
        timing=("sitting_or_lying_still", "running_or_exercise"),
        sides="one",
        tingling="sometimes",
        commonness="uncommon",
    ),
    # --- Meralgia paresthetica -----------------------------------------------------------
    Cause(
        key="meralgia_paresthetica",
        name="Meralgia paresthetica",
        group="meralgia",
        mechanism=(
            "The lateral femoral cutaneous nerve, a purely sensory skin nerve, is "
            "trapped where it passes under the ligament at the groin: by tight "
            "clothing or belts, weight gain, pregnancy or diabetes."
        ),
        typical_pattern=(
            "Burning, tingling or numbness on the outer thigh, on one side, often "
            "worse after standing or walking."
        ),
        telling_feature="Affects feeling only: it never causes weakness.",
        treatment=(
            "Looser clothing and belts, weight loss if relevant; medicines or an "
            "injection if it does not settle."
        ),
        tests=("history_exam", "ncs_emg"),
        sources=("mayo_meralgia",),
        regions=("outer_thigh",),
        timing=("standing", "walking", "constant"),
        sides="one",
        relieved_by=("loosening_shoes_or_clothing",),
        commonness="uncommon",
    ),
)

CAUSE_BY_KEY: dict[str, Cause] = {cause.key: cause for cause in CAUSES}


def causes_in_group(group: str) -> tuple[Cause, ...]:
    """The causes of one group (a key of :data:`GROUPS`), in course order."""
    if group not in GROUPS:
        raise ValueError(f"Unknown group {group!r}. Choose one of: {', '.join(GROUPS)}.")
    return tuple(c for c in CAUSES if c.group == group)
