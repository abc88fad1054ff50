# Implicit chaining sets __context__; `raise ... from` sets __cause__ and suppresses the context display.
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted")
except ValueError as v:
    print(repr(v.__context__), v.__cause__, v.__suppress_context__)

try:
    try:
        [][0]
    except IndexError as e:
        raise TypeError("explicit") from e
except TypeError as t:
    print(repr(t.__cause__), repr(t.__context__), t.__suppress_context__)

try:
    try:
        int("x")
    except ValueError:
        raise OSError("none") from None
except OSError as o:
    print(o.__cause__, repr(o.__context__), o.__suppress_context__)
