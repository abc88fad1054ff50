names = ["Zoë", "Ōsaka", "naïve", "plain"]
path = r"C:\Users\zoë\weakscope"
newline = "\n"

for n in names:
    print(f"{n!s:<8}|{n!r:<10}|{n!a:<22}|{ascii(n) == f'{n!a}'}")

print(f"{'\n'.join(names)}")
print(f"{path.replace('\\', '/')}")
print(f"{'\t'.join(['a', 'b'])!r} {"\x41\u00e9\N{SNOWMAN}"}")
print(f"lines: {newline.join(f'{i}: {n}' for i, n in enumerate(names))}")
print(f"{'\'quoted\''} {"\"double\""} {'\\'}")
print(f"{b'\xff\x00'!r} {len('\u2603')}")
width = 12
print(f"{path!r:>{width + 30}}")
print(f"{{ escaped braces }} {'{'} {'}'}")
print(rf"raw: \d+ {names[0]!a} \n stays", fr"{path}\n")
