import asyncio


async def heartbeat(interval):

print("heartbeat defined")
