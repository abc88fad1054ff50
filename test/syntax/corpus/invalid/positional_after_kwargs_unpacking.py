options = {"sep": ", "}
print(**options, "a", "b")
