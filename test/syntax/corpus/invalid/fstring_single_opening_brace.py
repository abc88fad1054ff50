level = "debug"
print(f"log level {level")
