# A coroutine stepped by hand with send(None) finishes with StopIteration carrying the return value.
class Awaitable:
    def __await__(self):
        value = yield "suspended"
        return value * 2

async def job():
    r = await Awaitable()
    return f"job got {r}"

c = job()
print(c.send(None))
try:
    c.send(21)
except StopIteration as s:
    print(s.value)
