limits = {"cpu" 4, "memory": 512}
