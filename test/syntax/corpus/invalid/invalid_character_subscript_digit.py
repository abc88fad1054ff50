import math

v₀ = 12.5
speed = math.sqrt(v₀)
