# AttributeError messages for missing attributes on built-in types and modules.
import math
cases = [
    lambda: [].push(1),
    lambda: "abc".size,
    lambda: (1).real_part,
    lambda: None.value,
    lambda: {}.has_key("a"),
    lambda: math.tau2,
]
for c in cases:
    try:
        c()
    except AttributeError as e:
        print(e)
