# Parsing a small config text with splitlines, strip, partition and join.
text = """
# comment line
name = Weakscope
version= 0.1
  debug =true

empty =
"""
config = {}
for raw in text.splitlines():
    line = raw.strip()
    if not line or line.startswith("#"):
        continue
    key, _, value = line.partition("=")
    config[key.strip()] = value.strip()
print(config)
print(", ".join(f"{k}={v!r}" for k, v in config.items()))
print(config.get("debug", "false").lower() == "true")
