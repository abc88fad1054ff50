from itertools import groupby


def rle_encode(data: str) -> str:
    return "".join(f"{len(list(g))}{ch}" if len(ch) else "" for ch, g in groupby(data))


def rle_decode(code: str) -> str:
    out, num = [], ""
    for ch in code:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or 1))
            num = ""
    return "".join(out)


def rle_bytes(data: bytes) -> bytes:
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes((j - i, data[i]))
        i = j
    return bytes(out)


s = "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"
enc = rle_encode(s)
print(enc, rle_decode(enc) == s, rle_bytes(b"\x00" * 300 + b"ab"))
