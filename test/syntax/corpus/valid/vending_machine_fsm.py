from dataclasses import dataclass, field


@dataclass
class Vending:
    prices: dict[str, int]
    stock: dict[str, int]
    credit: int = 0
    state: str = "idle"
    log: list[str] = field(default_factory=list)

    def handle(self, event: str, arg=None) -> None:
        match self.state, event:
            case ("idle" | "has_credit"), "coin" if arg in (5, 10, 25, 100):
                self.credit += arg
                self.state = "has_credit"
            case _, "coin":
                self.log.append(f"rejected coin {arg}")
            case "has_credit", "select" if self.stock.get(arg, 0) == 0:
                self.log.append(f"{arg} sold out")
            case "has_credit", "select" if self.credit >= self.prices[arg]:
                self.credit -= self.prices[arg]
                self.stock[arg] -= 1
                self.log.append(f"vend {arg}")
                self.state = "has_credit" if self.credit else "idle"
            case "has_credit", "select":
                self.log.append(f"need {self.prices[arg] - self.credit} more")
            case "has_credit", "refund":
                self.log.append(f"refund {self.credit}")
                self.credit, self.state = 0, "idle"
            case state, ev:
                self.log.append(f"ignored {ev} in {state}")


m = Vending({"cola": 125, "chips": 75}, {"cola": 1, "chips": 5})
for ev in [("select", "cola"), ("coin", 100), ("coin", 3), ("select", "cola"), ("coin", 25),
           ("select", "cola"), ("coin", 100), ("select", "cola"), ("refund", None)]:
    m.handle(*ev)
print(*m.log, sep="\n")
