import re


def classify_age(age: int) -> str:
    if age < 0:
        raise ValueError("age cannot be negative")
    elif 0 <= age < 13:
        return "child"
    elif 13 <= age <= 19:
        return "teen"
    elif 20 <= age < 65 > age:
        return "adult"
    return "senior"


def in_box(p, lo=(0, 0), hi=(10, 10)):
    return lo[0] <= p[0] <= hi[0] and lo[1] <= p[1] <= hi[1]


def strictly_increasing(xs):
    return all(a < b for a, b in zip(xs, xs[1:]))


a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 != b, a is not None is not b, a in [1] not in [[2]])
print([classify_age(x) for x in (5, 15, 30, 70)], in_box((3, 11)), strictly_increasing([1, 3, 4]))

text = "id=42; name=zoe; score=97"
if (m := re.search(r"score=(\d+)", text)) and (score := int(m[1])) > 90:
    print("high score", score)

data = [3, 8, 1, 9, 4]
while (item := data.pop()) != 1:
    print("popped", item)
print([(n, sq) for n in range(6) if (sq := n * n) % 2 == 0])
print(f"{(half := len(text) // 2)} {text[:half]!r}")
