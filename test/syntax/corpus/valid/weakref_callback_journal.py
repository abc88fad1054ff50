import weakref

journal: list[str] = []


class Session:
    def __init__(self, user):
        self.user = user

    def __repr__(self):
        return f"Session({self.user})"


def make_watcher(tag):
    def on_collect(ref, /):
        journal.append(f"{tag}: {ref!r} is dead")
    return on_collect


sessions = [Session(u) for u in ("ana", "bo", "chen")]
refs = {s.user: weakref.ref(s, make_watcher(s.user)) for s in sessions}

sessions.pop(1)
sessions.clear()

for line in journal:
    print(line)
print(all(r() is None for r in refs.values()))
