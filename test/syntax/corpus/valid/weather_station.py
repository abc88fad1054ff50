import math
import statistics
from collections import defaultdict
from datetime import datetime

READINGS = """\
2025-07-01T06:00 station=north temp=14.2 hum=88 wind=3.1
2025-07-01T12:00 station=north temp=24.9 hum=51 wind=5.4
2025-07-01T18:00 station=north temp=21.3 hum=60 wind=4.0
2025-07-01T06:00 station=coast temp=16.0 hum=93 wind=7.7
2025-07-01T12:00 station=coast temp=22.1 hum=70 wind=11.2
2025-07-01T18:00 station=coast temp=19.5 hum=78 wind=9.9
2025-07-02T12:00 station=north temp=err hum=55 wind=4.4
"""


def dew_point(t: float, rh: float) -> float:
    a, b = 17.27, 237.7
    alpha = a * t / (b + t) + math.log(rh / 100)
    return b * alpha / (a - alpha)


def parse(text):
    for line in text.splitlines():
        when, *pairs = line.split()
        fields = dict(p.split("=") for p in pairs)
        try:
            yield datetime.fromisoformat(when), fields["station"], float(fields["temp"]), float(fields["hum"]), float(fields["wind"])
        except ValueError as e:
            print(f"skipping {when} {fields['station']}: {e}")


by_station = defaultdict(list)
for when, station, t, h, w in parse(READINGS):
    by_station[station].append((t, h, w))
for station, rows in sorted(by_station.items()):
    temps = [t for t, _, _ in rows]
    print(f"{station:<6} mean {statistics.mean(temps):5.1f}°C range {min(temps):.1f}–{max(temps):.1f} "
          f"max wind {max(w for *_, w in rows):4.1f} m/s dew@noon {dew_point(*rows[1][:2]):4.1f}°C")
