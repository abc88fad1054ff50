# Trigonometry round trips and angle conversions at common angles.
import math
for deg in (0, 30, 45, 60, 90, 120, 180, 270, 360):
    r = math.radians(deg)
    print(deg, round(math.sin(r), 12), round(math.cos(r), 12), round(math.degrees(r), 10))
print(math.atan2(1, 0), math.atan2(0, -1), math.atan2(-0.0, -1), math.hypot(5, 12), math.sqrt(0.25), math.pow(2, 10), math.pow(2, -1))
