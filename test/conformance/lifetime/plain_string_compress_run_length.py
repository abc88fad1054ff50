# Run-length encoding and decoding of strings.
def encode(s):
    if not s:
        return ""
    out, prev, n = [], s[0], 1
    for c in s[1:]:
        if c == prev:
            n += 1
        else:
            out.append(f"{n}{prev}")
            prev, n = c, 1
    out.append(f"{n}{prev}")
    return "".join(out)

def decode(s):
    out, num = [], ""
    for c in s:
        if c.isdigit():
            num += c
        else:
            out.append(c * int(num))
            num = ""
    return "".join(out)

for s in ["aaabccddddd", "abc", "", "zzzzzzzzzzzz"]:
    e = encode(s)
    print(repr(s), "->", repr(e), "->", decode(e) == s)
