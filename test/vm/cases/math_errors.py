# math's domain and range errors, word for word.
import math
calls = [
    ("sqrt(-1)", lambda: math.sqrt(-1)), ("log(0)", lambda: math.log(0)), ("log(-2)", lambda: math.log(-2)),
    ("log10(0)", lambda: math.log10(0)), ("log2(-1)", lambda: math.log2(-1)), ("log(1, 1)", lambda: math.log(1, 1)),
    ("acos(2)", lambda: math.acos(2)), ("asin(-1.5)", lambda: math.asin(-1.5)), ("atanh(1)", lambda: math.atanh(1)),
    ("acosh(0.5)", lambda: math.acosh(0.5)), ("exp(1000)", lambda: math.exp(1000)), ("pow(0, -1)", lambda: math.pow(0, -1)),
    ("pow(-8, 1/3)", lambda: math.pow(-8, 1 / 3)), ("fmod(1, 0)", lambda: math.fmod(1, 0)), ("sin(inf)", lambda: math.sin(math.inf)),
    ("gamma(0)", lambda: math.gamma(0)), ("gamma(-2)", lambda: math.gamma(-2)), ("lgamma(0)", lambda: math.lgamma(0)),
    ("log1p(-1)", lambda: math.log1p(-1)), ("cosh(1000)", lambda: math.cosh(1000)), ("sqrt('x')", lambda: math.sqrt("x")),
    ("sqrt()", lambda: math.sqrt()), ("floor(inf)", lambda: math.floor(math.inf)), ("floor(nan)", lambda: math.floor(math.nan)),
    ("fsum inf", lambda: math.fsum([math.inf, -math.inf])), ("sqrt(10**400)", lambda: math.sqrt(10 ** 400)),
    ("isclose neg", lambda: math.isclose(1, 2, rel_tol=-1)), ("trunc('a')", lambda: math.trunc("a")),
]
for label, call in calls:
    try:
        print(label, "=", call())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(label, "->", type(e).__name__, e)
