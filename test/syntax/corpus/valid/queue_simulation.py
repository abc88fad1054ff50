import random
import statistics
from collections import deque


def simulate(arrival_rate=0.8, service_rate=1.0, tellers=2, minutes=480, seed=7):
    rng = random.Random(seed)
    queue = deque()
    busy_until = [0.0] * tellers
    waits = []
    t = 0.0
    while t < minutes:
        t += rng.expovariate(arrival_rate)
        queue.append(t)
        for i in range(tellers):
            if queue and busy_until[i] <= queue[0]:
                arrived = queue.popleft()
                start = max(arrived, busy_until[i])
                waits.append(start - arrived)
                busy_until[i] = start + rng.expovariate(service_rate)
        while queue and min(busy_until) <= t:
            i = busy_until.index(min(busy_until))
            arrived = queue.popleft()
            start = max(arrived, busy_until[i])
            waits.append(start - arrived)
            busy_until[i] = start + rng.expovariate(service_rate)
    return waits


for tellers in (1, 2, 3):
    w = simulate(tellers=tellers)
    print(f"{tellers} teller(s): served {len(w):>4}, mean wait {statistics.fmean(w):6.2f} min, "
          f"p95 {statistics.quantiles(w, n=20)[-1]:6.2f} min")
