COLORS = [
    "red",
    "green",
    "blue",
    "yellow" 42,
]
