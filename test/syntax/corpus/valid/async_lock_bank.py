import asyncio
import random


class Account:
    def __init__(self, balance: int) -> None:
        self.balance = balance
        self.lock = asyncio.Lock()


async def transfer(src: Account, dst: Account, amount: int) -> bool:
    first, second = sorted((src, dst), key=id)
    async with first.lock, second.lock:
        if src.balance < amount:
            return False
        await asyncio.sleep(random.random() / 1000)
        src.balance -= amount
        dst.balance += amount
        return True


async def main() -> None:
    accounts = [Account(100) for _ in range(4)]
    jobs = [transfer(random.choice(accounts), random.choice(accounts), random.randint(1, 40)) for _ in range(200)]
    jobs = [j for j in jobs]
    results = await asyncio.gather(*jobs)
    total = sum(a.balance for a in accounts)
    assert total == 400, f"money was created or destroyed: {total}"
    print(f"{sum(results)} of {len(results)} transfers succeeded; balances {[a.balance for a in accounts]}")


asyncio.run(main())
