"""The course's numerical nerve model (numpy only, no UI imports).

* :mod:`.parameters` - every number, with unit, source and established/illustrative label.
* :mod:`.fibres` - the one fibre-class table (Aα, Aβ, Aδ, C).
* :mod:`.conduction` - speed from diameter (Hursh; Rushton).
* :mod:`.node_chain` - simulated conduction: CRRSS node chain and bare-axon cable.
* :mod:`.compression` - a fibre population under pressure: block and sensation.
* :mod:`.recovery` - after release: recovery, ectopic bursts, tingling.
"""

from widgets.physiology.compression import (
    CompressionState,
    FibrePopulation,
    compress,
    make_population,
)
from widgets.physiology.conduction import conduction_velocity
from widgets.physiology.fibres import CLASS_NAMES, FIBRE_CLASSES, MODALITIES
from widgets.physiology.node_chain import (
    ConductionResult,
    simulate_conduction,
    simulate_node_chain,
    simulate_unmyelinated_axon,
)
from widgets.physiology.parameters import Parameter, parameter_table
from widgets.physiology.recovery import Raster, RecoveryCourse, recovery_time_course

__all__ = [
    "CLASS_NAMES",
    "FIBRE_CLASSES",
    "MODALITIES",
    "CompressionState",
    "ConductionResult",
    "FibrePopulation",
    "Parameter",
    "Raster",
    "RecoveryCourse",
    "compress",
    "conduction_velocity",
    "make_population",
    "parameter_table",
    "recovery_time_course",
    "simulate_conduction",
    "simulate_node_chain",
    "simulate_unmyelinated_axon",
]
