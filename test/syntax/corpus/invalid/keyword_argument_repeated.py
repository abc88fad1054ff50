def plot(x, y, color="black", style="-"):
    return (x, y, color, style)


plot([1, 2], [3, 4], color="red", style="--", color="blue")
