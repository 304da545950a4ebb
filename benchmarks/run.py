"""Time the physiology model and the widgets' kernel side; prints one
``name: median_ms`` line per benchmark.

Run from the repository root: ``python benchmarks/run.py``.  No assertions: targets are
population update ≤ 5 ms, one node-chain fibre ≤ 50 ms, recovery time course ≤ 100 ms.
``widget_step_*`` is what the kernel does when a learner moves a slider one step to a
setting it has not seen: draw it, and compute and send the settings one key press ahead
(the browser redraws from those without waiting; see widgets/views/plot_pane.py).
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


class SliderWalk:
    """Moves one slider of a widget a step at a time across its range, back and forth."""

    def __init__(self, builder: str, attr: str):
        import widgets

        self.widget = getattr(widgets, builder)()
        self.widget.pane.send = lambda *a, **k: None  # no browser here
        self.control = getattr(self.widget, attr)
        self.direction = 1

    def __call__(self) -> None:
        c = self.control
        if hasattr(c, "index") and hasattr(c, "options"):
            n = len(c.options)
            if not 0 <= c.index + self.direction < n:
                self.direction *= -1
            c.index += self.direction
            return
        v = c.value + self.direction * c.step
        if not c.min <= v <= c.max:
            self.direction *= -1
            v = c.value + self.direction * c.step
        c.value = round(v, 10)


def main() -> None:
    population = make_population(1000, seed=0)
    benchmarks = {
        "population_update_1000": (lambda: compress(population, 150.0, 25.0), 500),
        "make_population_1000": (lambda: make_population(1000, seed=1), 200),
        "node_chain_one_fibre": (node_chain_cold, 30),
        "node_chain_cached": (lambda: node_chain.simulate_node_chain(10.0), 200),
        "unmyelinated_axon_one_fibre": (unmyelinated_cold, 10),
        "recovery_time_course": (lambda: recovery_time_course(population, 200.0, 30.0), 50),
        "widget_step_conduction_diameter": (SliderWalk("conduction_explorer", "diameter"), 30),
        "widget_step_compression_minutes": (SliderWalk("compression_explorer", "minutes"), 60),
        "widget_step_compression_pressure": (SliderWalk("compression_explorer", "pressure"), 20),
        "widget_step_recovery_time": (SliderWalk("recovery_animation", "time"), 40),
        "widget_step_race_distance": (SliderWalk("fibre_race", "distance"), 20),
    }
    for name, (fn, repeats) in benchmarks.items():
        print(f"{name}: {median_ms(fn, repeats):.2f}")


if __name__ == "__main__":
    main()
