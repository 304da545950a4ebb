"""The course's one reference list.

Chapters cite a reference by key as ``[@key]`` in markdown; model parameters and
clinical rules name their ``source`` by the same keys.  ``tests/test_references.py``
fails on a citation that does not resolve and on an entry that nothing cites.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Reference:
    authors: str
    year: str
    title: str
    where: str  # journal with volume/pages, book, or organisation

    def short(self) -> str:
        return f"{self.authors} ({self.year})"

    def full(self) -> str:
        return f"{self.authors} ({self.year}). {self.title}. {self.where}."


REFERENCES: dict[str, Reference] = {
    # --- Fibre classes and conduction -------------------------------------------------
    "erlanger_gasser1937": Reference(
        "Erlanger J, Gasser HS",
        "1937",
        "Electrical Signs of Nervous Activity",
        "University of Pennsylvania Press",
    ),
    "purves2001": Reference(
        "Purves D, et al. (eds)",
        "2001",
        "Neuroscience, 2nd edition: Increased conduction velocity as a result of myelination",
        "Sinauer Associates; NCBI Bookshelf NBK11162",
    ),
    "uwo_neuroanatomy": Reference(
        "University of Western Ontario",
        "n.d.",
        "Peripheral nerve fibre classification table",
        "Schulich School of Medicine & Dentistry, neuroanatomy teaching material",
    ),
    "gasser1950": Reference(
        "Gasser HS",
        "1950",
        "Unmedullated fibers originating in dorsal root ganglia",
        "Journal of General Physiology 33:651-690",
    ),
    "ochoa_mair1969": Reference(
        "Ochoa J, Mair WGP",
        "1969",
        "The normal sural nerve in man. I. Ultrastructure and numbers of fibres and cells",
        "Acta Neuropathologica 13:197-216",
    ),
    "jacobs_love1985": Reference(
        "Jacobs JM, Love S",
        "1985",
        "Qualitative and quantitative morphology of human sural nerve at different ages",
        "Brain 108:897-924",
    ),
    "hursh1939": Reference(
        "Hursh JB",
        "1939",
        "Conduction velocity and diameter of nerve fibers",
        "American Journal of Physiology 127:131-139",
    ),
    "boyd_kalu1979": Reference(
        "Boyd IA, Kalu KU",
        "1979",
        "Scaling factor relating conduction velocity and diameter "
        "for myelinated afferent nerve fibres in the cat hind limb",
        "Journal of Physiology 289:277-297",
    ),
    "tackmann1976": Reference(
        "Tackmann W, Spalke HJ, Oginszus HJ",
        "1976",
        "Quantitative histometric studies and relation of number and diameter of myelinated "
        "fibres to electrophysiological parameters in normal sensory nerves of man",
        "Journal of Neurology 212:71-84",
    ),
    "rushton1951": Reference(
        "Rushton WAH",
        "1951",
        "A theory of the effects of fibre size in medullated nerve",
        "Journal of Physiology 115:101-122",
    ),
    "waxman_bennett1972": Reference(
        "Waxman SG, Bennett MVL",
        "1972",
        "Relative conduction velocities of small myelinated "
        "and non-myelinated fibres in the central nervous system",
        "Nature New Biology 238:217-219",
    ),
    "hodgkin_huxley1952": Reference(
        "Hodgkin AL, Huxley AF",
        "1952",
        "A quantitative description of membrane current and "
        "its application to conduction and excitation in nerve",
        "Journal of Physiology 117:500-544",
    ),
    "sweeney1987": Reference(
        "Sweeney JD, Mortimer JT, Durand D",
        "1987",
        "Modeling of mammalian myelinated nerve "
        "for functional neuromuscular stimulation (after Chiu, Ritchie, Rogart, Stagg & Sweeney "
        "1979)",
        "Proceedings of the 9th Annual Conference of the IEEE EMBS, 1577-1578",
    ),
    "chiu1979": Reference(
        "Chiu SY, Ritchie JM, Rogart RB, Stagg D",
        "1979",
        "A quantitative description of membrane currents in rabbit myelinated nerve",
        "Journal of Physiology 292:149-166",
    ),
    "rush_larsen1978": Reference(
        "Rush S, Larsen H",
        "1978",
        "A practical algorithm for solving dynamic membrane equations",
        "IEEE Transactions on Biomedical Engineering 25:389-392",
    ),
    # --- Compression, ischaemia and recovery ---------------------------------------------
    "gasser_erlanger1929": Reference(
        "Gasser HS, Erlanger J",
        "1929",
        "The role of fiber size in the establishment of a nerve block by pressure or cocaine",
        "American Journal of Physiology 88:581-591",
    ),
    "williams1980": Reference(
        "Williams IR, Jefferson D, Gilliatt RW",
        "1980",
        "Acute nerve compression during limb ischaemia: an experimental study",
        "Journal of the Neurological Sciences (1980)",
    ),
    "lewis1931": Reference(
        "Lewis T, Pickering GW, Rothschild P",
        "1931",
        "Centripetal paralysis arising out of arrested bloodflow to the limb",
        "Heart 16:1-32; summarised by Denny-Brown & Brenner 1944",
    ),
    "denny_brown1944": Reference(
        "Denny-Brown D, Brenner C",
        "1944",
        "Paralysis of nerve induced by direct pressure and by tourniquet",
        "Archives of Neurology and Psychiatry 51:1-26",
    ),
    "hofmeijer2013": Reference(
        "Hofmeijer J, Franssen H, van Schelven LJ, van Putten MJAM",
        "2013",
        "Why are sensory axons more vulnerable for ischemia than motor axons?",
        "PLoS One 8(4)",
    ),
    "burke2017": Reference(
        "Burke D, Howells J, Kiernan MC",
        "2017",
        "Sensory and motor axons are different: implications for neurological disease",
        "Annals of Clinical Neurophysiology 19:3-12",
    ),
    "fruhstorfer1984": Reference(
        "Fruhstorfer H",
        "1984",
        "Thermal sensibility changes during ischemic nerve block",
        "Pain (1984)",
    ),
    "rydevik1981": Reference(
        "Rydevik B, Lundborg G, Bagge U",
        "1981",
        "Effects of graded compression on intraneural blood flow",
        "Journal of Hand Surgery (Am) 6:3-12",
    ),
    "lundborg1982": Reference(
        "Lundborg G, Gelberman RH, Minteer-Convery M, et al.",
        "1982",
        "Median nerve compression "
        "in the carpal tunnel: functional response to experimentally induced controlled "
        "pressure",
        "Journal of Hand Surgery (Am) 7:252-259",
    ),
    "ochoa1972": Reference(
        "Ochoa J, Fowler TJ, Gilliatt RW",
        "1972",
        "Anatomical changes in peripheral nerves compressed by a pneumatic tourniquet",
        "Journal of Anatomy 113:433-455",
    ),
    "lin2002": Reference(
        "Lin CS-Y, Grosskreutz J, Burke D",
        "2002",
        "Sensory axon excitability during and after ischaemia",
        "Journal of Physiology (2002)",
    ),
    "mogyoros2000": Reference(
        "Mogyoros I, Bostock H, Burke D",
        "2000",
        "Mechanisms of paresthesias arising from healthy axons",
        "Muscle & Nerve 23:310-320",
    ),
    "bostock1991": Reference(
        "Bostock H, Baker M, Reid G",
        "1991",
        "Changes in excitability of human motor axons underlying post-ischaemic fasciculations",
        "Journal of Physiology 441:537-557",
    ),
    "ochoa_torebjork1980": Reference(
        "Ochoa J, Torebjork E",
        "1980",
        "Paraesthesiae from ectopic impulse generation in human sensory nerves",
        "Brain 103:835-853",
    ),
    "macefield_burke1991": Reference(
        "Macefield G, Burke D",
        "1991",
        "Paraesthesiae and tetany induced by voluntary hyperventilation",
        "Brain 114:527-540",
    ),
    "tourniquet_manual": Reference(
        "Klenerman L", "2003", "The Tourniquet Manual: Principles and Practice", "Springer"
    ),
    "hutchinson1993": Reference(
        "Hutchinson DT, McClinton MA",
        "1993",
        "Upper extremity tourniquet tolerance",
        "Journal of Hand Surgery (Am) 18:206-210",
    ),
    "seddon1943": Reference("Seddon HJ", "1943", "Three types of nerve injury", "Brain 66:237-288"),
    "harrisons": Reference(
        "Loscalzo J, et al. (eds)",
        "2022",
        "Harrison's Principles of Internal Medicine, 21st "
        "edition: numbness, tingling and sensory loss",
        "McGraw Hill",
    ),
    "mayo_footdrop": Reference(
        "Mayo Clinic",
        "2024",
        "Foot drop: symptoms and causes",
        "Mayo Foundation for Medical Education and Research",
    ),
    # --- Causes ------------------------------------------------------------------------
    "statpearls_neuropathy": Reference(
        "Hammi C, Yeung B", "2023", "Neuropathy", "StatPearls Publishing, NCBI Bookshelf"
    ),
    "niddk_neuropathy": Reference(
        "National Institute of Diabetes and Digestive and Kidney Diseases",
        "2018",
        "Peripheral neuropathy",
        "NIDDK, US National Institutes of Health",
    ),
    "nhs_pad": Reference(
        "NHS", "2023", "Peripheral arterial disease (PAD)", "NHS website (nhs.uk)"
    ),
    "aha_acc2016": Reference(
        "Gerhard-Herman MD, et al.",
        "2017",
        "2016 AHA/ACC guideline on the management of "
        "patients with lower extremity peripheral artery disease",
        "Circulation 135:e726-e779 (published online 2016)",
    ),
    "nhs_dvt": Reference("NHS", "2023", "DVT (deep vein thrombosis)", "NHS website (nhs.uk)"),
    "nhs_b12": Reference(
        "NHS", "2023", "Vitamin B12 or folate deficiency anaemia", "NHS website (nhs.uk)"
    ),
    "nice_ng239": Reference(
        "National Institute for Health and Care Excellence",
        "2024",
        "Vitamin B12 deficiency in over 16s: diagnosis and management (NG239)",
        "NICE",
    ),
    "hosey2001": Reference(
        "Hosey RG, Carek PJ, Goo A",
        "2001",
        "Exercise-induced anaphylaxis and urticaria",
        "American Family Physician 64:1367-1372",
    ),
    "greenberg": Reference(
        "Greenberg MS",
        "2020",
        "Handbook of Neurosurgery, 9th edition: lumbar spinal stenosis",
        "Thieme",
    ),
    "nadeau2013": Reference(
        "Nadeau M, Rosas-Arellano MP, Gurr KR, et al.",
        "2013",
        "The reliability of "
        "differentiating neurogenic claudication from vascular claudication based on symptomatic "
        "presentation",
        "Canadian Journal of Surgery 56(6):372-377",
    ),
    "nhs_sciatica": Reference("NHS", "2023", "Sciatica", "NHS website (nhs.uk)"),
    "mayo_si": Reference(
        "Mayo Clinic Sports Medicine",
        "2023",
        "Sacroiliac joint dysfunction",
        "Mayo Foundation for Medical Education and Research",
    ),
    "murakami2017": Reference(
        "Murakami E, Kurosawa D, Aizawa T",
        "2017",
        "Leg symptoms associated with sacroiliac joint disorder and related pain",
        "Clinical Neurology and Neurosurgery 157:55-58",
    ),
    "mayo_meralgia": Reference(
        "Mayo Clinic",
        "2023",
        "Meralgia paresthetica",
        "Mayo Foundation for Medical Education and Research",
    ),
    "merck_tarsal": Reference(
        "Merck Manual Professional Version", "2023", "Tarsal tunnel syndrome", "Merck & Co."
    ),
    "segen_morton": Reference(
        "Segen JC", "2012", "Morton's neuroma", "Segen's Medical Dictionary, Farlex"
    ),
    "mayo_cecs": Reference(
        "Mayo Clinic",
        "2023",
        "Chronic exertional compartment syndrome",
        "Mayo Foundation for Medical Education and Research",
    ),
    "aweid2012": Reference(
        "Aweid O, Del Buono A, Malliaras P, et al.",
        "2012",
        "Systematic review and recommendations "
        "for intracompartmental pressure monitoring in diagnosing chronic exertional compartment "
        "syndrome of the leg",
        "Clinical Journal of Sport Medicine 22:356-370",
    ),
    "cleveland_paes": Reference(
        "Cleveland Clinic",
        "2022",
        "Popliteal artery entrapment syndrome (PAES)",
        "Cleveland Clinic",
    ),
    "visualdx_paes": Reference(
        "VisualDx",
        "2023",
        "Popliteal artery entrapment syndrome",
        "VisualDx clinical decision support",
    ),
    "msd_piriformis": Reference(
        "MSD Manual Professional Version", "2023", "Piriformis syndrome", "Merck & Co."
    ),
    "statpearls_anterior_tarsal": Reference(
        "StatPearls",
        "2023",
        "Anterior tarsal tunnel syndrome",
        "StatPearls Publishing, NCBI Bookshelf",
    ),
    "dunn_waterman": Reference(
        "Dunn JC, Waterman BR",
        "2014",
        "Chronic exertional compartment syndrome of the leg in the military",
        "Clinics in Sports Medicine 33(4):693-705",
    ),
    "buerba2019": Reference(
        "Buerba RA, Fretes NF, Devana SK, Beck JJ",
        "2019",
        "Chronic exertional compartment syndrome: current management strategies",
        "Open Access Journal of Sports Medicine (2019)",
    ),
    # --- Warning signs ------------------------------------------------------------------
    "royal_free_ces": Reference(
        "Royal Free London NHS Foundation Trust",
        "2022",
        "Cauda equina syndrome: patient information",
        "Royal Free London NHS Foundation Trust",
    ),
    "nhs_stroke": Reference("NHS", "2022", "Stroke: symptoms (FAST)", "NHS website (nhs.uk)"),
    "rcem_ali": Reference(
        "Royal College of Emergency Medicine", "2022", "Acute limb ischaemia (RCEMLearning)", "RCEM"
    ),
    "accessem_acs": Reference(
        "AccessEmergency Medicine", "2023", "Acute compartment syndrome", "McGraw Hill"
    ),
    "jaaos1996": Reference(
        "McQueen MM, Court-Brown CM",
        "1996",
        "Compartment monitoring in tibial fractures: the pressure threshold for decompression",
        "Journal of Bone and Joint Surgery (Br) 78(1):99-104",
    ),
    "nhs_pe": Reference("NHS", "2023", "Pulmonary embolism", "NHS website (nhs.uk)"),
    "nhs_pins_needles": Reference("NHS", "2023", "Pins and needles", "NHS website (nhs.uk)"),
    # --- Treatment and tests ---------------------------------------------------------------
    "bowley_doughty": Reference(
        "Bowley MP, Doughty CT",
        "2019",
        "Entrapment neuropathies of the lower extremity",
        "Medical Clinics of North America 103:371-382",
    ),
    "nice_cg173": Reference(
        "National Institute for Health and Care Excellence",
        "2013 (updated 2020)",
        "Neuropathic pain in adults: pharmacological management in non-specialist settings (CG173)",
        "NICE",
    ),
    "nice_cg147": Reference(
        "National Institute for Health and Care Excellence",
        "2012 (updated 2020)",
        "Peripheral arterial disease: diagnosis and management (CG147)",
        "NICE",
    ),
    "statpearls_ncs": Reference(
        "StatPearls",
        "2023",
        "Nerve conduction studies and electromyography",
        "StatPearls Publishing, NCBI Bookshelf",
    ),
    "pedowitz1990": Reference(
        "Pedowitz RA, Hargens AR, Mubarak SJ, Gershuni DH",
        "1990",
        "Modified criteria for the objective diagnosis of chronic compartment syndrome of the leg",
        "American Journal of Sports Medicine 18:35-40",
    ),
    "medscape_cecs": Reference(
        "Medscape", "2023", "Chronic exertional compartment syndrome: workup", "WebMD LLC"
    ),
    "lindorsson2021": Reference(
        "Lindorsson S, Zhang Q, Brisby H, Rennerfelt K",
        "2021",
        "Significantly lower intramuscular pressure in the posterior and lateral compartments "
        "compared with the anterior compartment suggests alterations of the diagnostic "
        "criteria for chronic exertional compartment syndrome in the lower leg",
        "Knee Surgery, Sports Traumatology, Arthroscopy 29(4)",
    ),
    "who2011": Reference(
        "World Health Organization",
        "2011",
        "Use of glycated haemoglobin (HbA1c) in the diagnosis of diabetes mellitus",
        "WHO",
    ),
    "nice_ph38": Reference(
        "National Institute for Health and Care Excellence",
        "2012 (updated 2017)",
        "Type 2 diabetes: prevention in people at high risk (PH38): HbA1c 42-47 mmol/mol",
        "NICE",
    ),
    "nice_ng19": Reference(
        "National Institute for Health and Care Excellence",
        "2015 (updated 2019)",
        "Diabetic foot problems: prevention and management (NG19)",
        "NICE",
    ),
    "nwl_pathology": Reference(
        "North West London Pathology",
        "2023",
        "Active B12 and methylmalonic acid testing",
        "NWL Pathology",
    ),
    "okabe_ito2008": Reference(
        "Okabe M, Ito K",
        "2008",
        "Color Universal Design (CUD): how to make figures and presentations that are "
        "friendly to colorblind people",
        "J*Fly, jfly.uni-koeln.de",
    ),
    "ace_hydration": Reference(
        "American Council on Exercise",
        "n.d.",
        "Healthy hydration guidelines",
        "American Council on Exercise (ACE)",
    ),
}

CITATION = re.compile(r"\[@([a-z0-9_]+)\]")


def cite(key: str) -> str:
    """Short form ``Author (year)`` of a reference; raises ``KeyError`` on an unknown key."""
    return REFERENCES[key].short()


def citations_in(text: str) -> list[str]:
    """Keys cited as ``[@key]`` in a piece of markdown, in order of first appearance."""
    seen: dict[str, None] = {}
    for key in CITATION.findall(text):
        seen.setdefault(key, None)
    return list(seen)


def reference_list_markdown(keys: list[str]) -> str:
    """A markdown bullet list of the full references for ``keys``."""
    return "\n".join(f"- **[{k}]** {REFERENCES[k].full()}" for k in keys)
