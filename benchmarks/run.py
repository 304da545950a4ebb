"""Time the physiology model; prints one ``name: median_ms`` line per benchmark.

Run from the repository root: ``python benchmarks/run.py``.  No assertions: targets are
population update ≤ 5 ms, one node-chain fibre ≤ 50 ms, recovery time course ≤ 100 ms.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from widgets.physiology import node_chain  # noqa: E402
from widgets.physiology.compression import compress, make_population  # noqa: E402
from widgets.physiology.recovery import recovery_time_course  # noqa: E402


def median_ms(fn, repeats: int) -> float:
    fn()  # warm-up: imports, gate tables
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000.0


def node_chain_cold() -> None:
    # Clear the cache so every run integrates the equations from scratch.
    node_chain._chain_core.cache_clear()
    node_chain.simulate_node_chain(10.0)


def unmyelinated_cold() -> None:
    node_chain._cable_core.cache_clear()
    node_chain.simulate_unmyelinated_axon(1.0)


def main() -> None:
    population = make_population(1000, seed=0)
    benchmarks = {
        "population_update_1000": (lambda: compress(population, 150.0, 25.0), 500),
        "make_population_1000": (lambda: make_population(1000, seed=1), 200),
        "node_chain_one_fibre": (node_chain_cold, 30),
        "node_chain_cached": (lambda: node_chain.simulate_node_chain(10.0), 200),
        "unmyelinated_axon_one_fibre": (unmyelinated_cold, 10),
        "recovery_time_course": (lambda: recovery_time_course(population, 200.0, 30.0), 50),
    }
    for name, (fn, repeats) in benchmarks.items():
        print(f"{name}: {median_ms(fn, repeats):.2f}")


if __name__ == "__main__":
    main()
