from enum import Enum, auto


class Light(Enum):
    RED = auto()
    RED_AMBER = auto()
    GREEN = auto()
    AMBER = auto()
    FLASHING = auto()


TRANSITIONS = {
    (Light.RED, "tick"): Light.RED_AMBER,
    (Light.RED_AMBER, "tick"): Light.GREEN,
    (Light.GREEN, "tick"): Light.AMBER,
    (Light.AMBER, "tick"): Light.RED,
}
DURATIONS = {Light.RED: 30, Light.RED_AMBER: 2, Light.GREEN: 25, Light.AMBER: 3}


class Controller:
    def __init__(self, state=Light.RED):
        self.state = state
        self.history = [state]

    def fire(self, event):
        if event == "fault":
            new = Light.FLASHING
        elif event == "reset" and self.state is Light.FLASHING:
            new = Light.RED
        else:
            try:
                new = TRANSITIONS[self.state, event]
            except KeyError:
                raise ValueError(f"no transition from {self.state.name} on {event!r}") from None
        self.state = new
        self.history.append(new)
        return new

    def run(self, events):
        for e in events:
            yield self.fire(e), DURATIONS.get(self.state, 0)


ctl = Controller()
for state, secs in ctl.run(["tick"] * 5 + ["fault", "reset", "tick"]):
    print(f"{state.name:<9} for {secs:>2}s")
print(" -> ".join(s.name for s in ctl.history))
