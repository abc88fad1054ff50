def summarize(values):
    if values:
        total = sum(values)
      return total / len(values)
    return 0.0
