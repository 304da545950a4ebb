"""Which settings a learner can reach from the current ones with one key press.

ipywidgets sliders move by one step on an arrow key and by five on Page Up / Page Down
(noUiSlider's ``keyboardPageMultiplier``), to the ends on Home / End; a toggle or
drop-down can jump to any option.  The course widgets compute these settings ahead of
time (see :mod:`widgets.views.plot_pane`), the control just moved first and widest,
because a learner usually presses the same key again.
"""

from __future__ import annotations

import math
from typing import Any

import ipywidgets as W

MOVED_STEPS = (1, -1, 2, -2, 5, -5, 3, -3, 6, -6, 4, -4)
OTHER_STEPS = (1, -1)

Reachable = tuple[Any, Any]  # (what the browser's model holds: value or index, the value)


def _step_values(value, lo, hi, step, steps) -> list:
    """Values `steps` slider steps from `value`, snapped to the grid lo + k·step as the
    slider (noUiSlider) snaps them, and printed as it prints them."""
    out = []
    for n in steps:
        k = round((value + n * step - lo) / step)
        v = lo + k * step
        if isinstance(step, float) or isinstance(value, float) or isinstance(lo, float):
            v = round(v, 10)  # 0.1 + 0.2: print as the slider would
        if lo <= v <= hi and v != value and v not in out:
            out.append(v)
    return out


def reachable(control: W.Widget, moved: bool) -> list[Reachable]:
    """Settings of `control` one key press away (wider for the control just moved)."""
    steps = MOVED_STEPS if moved else OTHER_STEPS
    if isinstance(control, W.widgets.widget_selection._MultipleSelection):
        return []
    if isinstance(control, W.widgets.widget_selection._Selection):
        values = control._options_values
        index = control.index
        if index is None:
            return []
        if isinstance(control, W.SelectionSlider):
            picks = [index + n for n in steps if 0 <= index + n < len(values)]
        else:
            picks = [i for i in range(len(values)) if i != index]
        return [(i, values[i]) for i in dict.fromkeys(picks)]
    if isinstance(control, W.Checkbox | W.ToggleButton):
        return [(not control.value, not control.value)]
    if isinstance(control, W.FloatLogSlider):
        # the slider moves the exponent; the model holds base ** exponent
        exponent = math.log(control.value, control.base)
        exps = _step_values(round(exponent, 10), control.min, control.max, control.step, steps)
        return [(v, v) for v in (float(control.base**e) for e in exps)]
    if isinstance(control, W.IntSlider | W.FloatSlider | W.Play):
        lo, hi, step = control.min, control.max, control.step
        values = _step_values(control.value, lo, hi, step, steps)
        if moved:
            values += [v for v in (lo, hi) if v != control.value and v not in values]
        return [(v, v) for v in values]
    return []  # free text: nothing to guess
