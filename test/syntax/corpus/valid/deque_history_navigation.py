from collections import deque


class History:
    def __init__(self, limit: int = 5) -> None:
        self.back: deque[str] = deque(maxlen=limit)
        self.forward: deque[str] = deque()
        self.current: str | None = None

    def visit(self, url: str) -> None:
        if self.current is not None:
            self.back.append(self.current)
        self.current = url
        self.forward.clear()

    def go_back(self, steps: int = 1) -> str | None:
        while steps and self.back:
            self.forward.appendleft(self.current)
            self.current = self.back.pop()
            steps -= 1
        return self.current

    def go_forward(self, steps: int = 1) -> str | None:
        while steps and self.forward:
            self.back.append(self.current)
            self.current = self.forward.popleft()
            steps -= 1
        return self.current

    def __repr__(self) -> str:
        return f"{list(self.back)} [{self.current}] {list(self.forward)}"


h = History(limit=3)
for page in ["home", "docs", "weakref", "gc", "finalize"]:
    h.visit(page)
print(h)
h.go_back(2)
print(h)
h.go_forward()
h.visit("faq")
print(h)
