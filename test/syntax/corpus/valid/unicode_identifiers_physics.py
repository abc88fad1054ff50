import math

# Greek letters and subscripts make formulas read like the textbook.
g = 9.806_65          # m/s²
ρ_air = 1.225         # kg/m³
μ = 1.81e-5           # Pa·s


def drag(v: float, C_d: float = 0.47, A: float = 0.01) -> float:
    return 0.5 * ρ_air * v ** 2 * C_d * A


def reynolds(v: float, L: float) -> float:
    return ρ_air * v * L / μ


def trajectory(v_0: float, θ_deg: float, Δt: float = 0.01):
    θ = math.radians(θ_deg)
    vx, vy = v_0 * math.cos(θ), v_0 * math.sin(θ)
    x = y = t = 0.0
    m = 0.145
    while y >= 0:
        v = math.hypot(vx, vy)
        F = drag(v)
        ax, ay = -F * vx / (v * m), -g - F * vy / (v * m)
        vx, vy = vx + ax * Δt, vy + ay * Δt
        x, y, t = x + vx * Δt, y + vy * Δt, t + Δt
    return x, t


距離, 時間 = trajectory(40, 35)
print(f"range {距離:.1f} m in {時間:.2f} s, Re = {reynolds(40, 0.074):.3g}")
