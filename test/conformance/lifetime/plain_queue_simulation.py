# A bank-queue simulation with fixed arrival and service times, computing waits.
arrivals = [0, 1, 2, 6, 7, 7, 12]
service = [3, 2, 4, 1, 2, 3, 1]
clock = 0
waits = []
for i, (arr, svc) in enumerate(zip(arrivals, service)):
    start = max(clock, arr)
    wait = start - arr
    clock = start + svc
    waits.append(wait)
    print(f"customer {i}: arrives {arr:2}, starts {start:2}, waits {wait}, leaves {clock:2}")
print("average wait:", sum(waits) / len(waits), "max wait:", max(waits))
