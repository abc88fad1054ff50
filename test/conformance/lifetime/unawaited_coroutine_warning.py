# A coroutine object that is never awaited warns "was never awaited" when it is destroyed.
import sys

async def fetch():
    return 42

c = fetch()
print("created coroutine:", type(c).__name__)
del c
sys.stderr.flush()
print("after deleting it")
