PRECEDENCE = {"+": (1, "L"), "-": (1, "L"), "*": (2, "L"), "/": (2, "L"), "^": (3, "R")}


def to_rpn(tokens):
    out, ops = [], []
    for tok in tokens:
        if tok.isdigit():
            out.append(tok)
        elif tok in PRECEDENCE:
            p, assoc = PRECEDENCE[tok]
            while ops and ops[-1] != "(" and (
                PRECEDENCE[ops[-1]][0] > p or (PRECEDENCE[ops[-1]][0] == p and assoc == "L")
            ):
                out.append(ops.pop())
            ops.append(tok)
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
    while ops:
        out.append(ops.pop())
    return out


def eval_rpn(rpn):
    stack = []
    for tok in rpn:
        if tok.isdigit():
            stack.append(int(tok))
            continue
        b, a = stack.pop(), stack.pop()
        match tok:
            case "+": stack.append(a + b)
            case "-": stack.append(a - b)
            case "*": stack.append(a * b)
            case "/": stack.append(a / b)
            case "^": stack.append(a ** b)
    (result,) = stack
    return result


expr = "3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3"
rpn = to_rpn(expr.split())
print(" ".join(rpn), "=", eval_rpn(rpn))
