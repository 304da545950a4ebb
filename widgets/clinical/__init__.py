"""Clinical data and rules of the course (plain Python, no UI imports).

- :mod:`.regions`: leg-map regions and their nerves (ids of ``assets/leg_map.svg``)
- :mod:`.causes`: causes of tingling legs with a structured symptom pattern
- :mod:`.pattern_match`: the symptom-pattern explorer (``match_causes``)
- :mod:`.red_flags`: warning signs and ``triage``
- :mod:`.calculators`: ABI, compartment pressures, HbA1c, active B12, hydration
- :mod:`.treatments`, :mod:`.diagnostic_tests`: self-care, treatments and tests

Education, not medical advice.
"""
