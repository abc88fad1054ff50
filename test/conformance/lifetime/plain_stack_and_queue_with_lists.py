# Using a list as a stack and as a queue, checking balanced brackets.
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack

for s in ["(a[b]{c})", "(]", "((", "{[()()]}", ""]:
    print(repr(s), balanced(s))

queue = ["first", "second"]
queue.append("third")
while queue:
    print("serving", queue.pop(0))
