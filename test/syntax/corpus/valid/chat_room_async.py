import asyncio
import weakref
from dataclasses import dataclass, field


@dataclass(eq=False)
class Client:
    name: str
    inbox: asyncio.Queue = field(default_factory=asyncio.Queue)


class Room:
    def __init__(self, name: str) -> None:
        self.name = name
        self.members: weakref.WeakSet[Client] = weakref.WeakSet()
        self.history: list[str] = []

    async def join(self, c: Client) -> None:
        self.members.add(c)
        await self.broadcast(f"* {c.name} joined", exclude=c)
        for line in self.history[-3:]:
            await c.inbox.put(line)

    async def broadcast(self, line: str, *, exclude: Client | None = None) -> int:
        self.history.append(line)
        targets = [m for m in self.members if m is not exclude]
        await asyncio.gather(*(m.inbox.put(line) for m in targets))
        return len(targets)


async def drain(c: Client) -> list[str]:
    out = []
    while not c.inbox.empty():
        out.append(await c.inbox.get())
    return out


async def main():
    room = Room("#weakrefs")
    ana, bo = Client("ana"), Client("bo")
    await room.join(ana)
    await room.broadcast("<ana> hi all")
    await room.join(bo)
    await room.broadcast("<bo> hello!", exclude=bo)
    print("ana:", await drain(ana))
    print("bo: ", await drain(bo))
    del bo
    print(await room.broadcast("<ana> anyone?"), "recipients")


asyncio.run(main())
