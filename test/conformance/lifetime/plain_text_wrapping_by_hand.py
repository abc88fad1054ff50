# Greedy word wrapping of a paragraph to a fixed width, then justified output.
text = ("Python objects live as long as something refers to them and die when the last "
        "reference goes away unless they are part of a reference cycle")
width = 28
lines, cur = [], ""
for word in text.split():
    if len(cur) + len(word) + (1 if cur else 0) > width:
        lines.append(cur)
        cur = word
    else:
        cur = f"{cur} {word}" if cur else word
lines.append(cur)
for line in lines:
    print(f"|{line:<{width}}|")
print(len(lines), "lines")
