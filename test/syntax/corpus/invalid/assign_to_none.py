def disable(flags):
    None = flags.get("debug")
    return flags
