from enum import IntEnum, auto


class Op(IntEnum):
    PUSH = auto()
    POP = auto()
    ADD = auto()
    SUB = auto()
    MUL = auto()
    DUP = auto()
    SWAP = auto()
    JZ = auto()
    JMP = auto()
    PRINT = auto()
    HALT = auto()


def run(program: list[tuple[Op, int] | tuple[Op]], *, trace: bool = False) -> list[int]:
    stack: list[int] = []
    out: list[int] = []
    pc = steps = 0
    while pc < len(program):
        op, *arg = program[pc]
        pc += 1
        steps += 1
        if steps > 10_000:
            raise RuntimeError("step limit exceeded")
        if trace:
            print(f"{pc - 1:>3} {op.name:<6}{arg[0] if arg else '':<5} {stack}")
        match op:
            case Op.PUSH: stack.append(arg[0])
            case Op.POP: stack.pop()
            case Op.ADD | Op.SUB | Op.MUL:
                b, a = stack.pop(), stack.pop()
                stack.append(a + b if op is Op.ADD else a - b if op is Op.SUB else a * b)
            case Op.DUP: stack.append(stack[-1])
            case Op.SWAP: stack[-2:] = stack[:-3:-1]
            case Op.JZ:
                if stack.pop() == 0:
                    pc = arg[0]
            case Op.JMP: pc = arg[0]
            case Op.PRINT: out.append(stack[-1])
            case Op.HALT: break
    return out


# countdown from 5, printing each value
countdown = [
    (Op.PUSH, 5),
    (Op.PRINT,),
    (Op.PUSH, 1),
    (Op.SUB,),
    (Op.DUP,),
    (Op.JZ, 7),
    (Op.JMP, 1),
    (Op.HALT,),
]
print(run(countdown))
print(run([(Op.PUSH, 6), (Op.PUSH, 7), (Op.SWAP,), (Op.MUL,), (Op.PRINT,)], trace=True))
