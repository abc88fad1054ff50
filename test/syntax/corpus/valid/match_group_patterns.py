def classify(token):
    match token:
        case (0):
            return "zero in a group pattern"
        case ("+" | "-") as sign:
            return f"sign {sign}"
        case ((("*" | "/") as op)):
            return f"multiplicative {op}"
        case ([x, y]) if x == y:
            return "pair of equals"
        case ({"op": (("add" | "sub") as op)}):
            return f"additive node {op}"
        case (str() as s) if s.isdigit():
            return f"number literal {s}"
        case (_):
            return "other"


for tok in [0, "+", "/", [2, 2], {"op": "sub"}, "42", 3.5]:
    print(f"{tok!r:<16} {classify(tok)}")
