def bf(code: str, data: bytes = b"") -> bytes:
    jumps, stack = {}, []
    for i, c in enumerate(code):
        if c == "[":
            stack.append(i)
        elif c == "]":
            j = stack.pop()
            jumps[i], jumps[j] = j, i
    tape, ptr, pc, inp, out = bytearray(30_000), 0, 0, iter(data), bytearray()
    while pc < len(code):
        c = code[pc]
        if   c == ">": ptr += 1
        elif c == "<": ptr -= 1
        elif c == "+": tape[ptr] = (tape[ptr] + 1) & 0xFF
        elif c == "-": tape[ptr] = (tape[ptr] - 1) & 0xFF
        elif c == ".": out.append(tape[ptr])
        elif c == ",": tape[ptr] = next(inp, 0)
        elif c == "[" and not tape[ptr]: pc = jumps[pc]
        elif c == "]" and tape[ptr]: pc = jumps[pc]
        pc += 1
    return bytes(out)


hello = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+."
print(bf(hello).decode(), bf(",[.,]", b"echo"))
