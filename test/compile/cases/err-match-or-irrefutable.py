match command:
    case "a" | rest | "b":
        pass
