# Closing a suspended coroutine raises GeneratorExit inside it so its finally block runs.
class Pause:
    def __await__(self):
        yield

async def task():
    try:
        print("task started")
        await Pause()
        print("never resumed")
    finally:
        print("task finally")

c = task()
c.send(None)
print("suspended; now deleting")
del c
print("end")
