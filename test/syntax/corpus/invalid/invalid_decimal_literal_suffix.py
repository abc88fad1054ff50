sizes = {"small": 10, "large": 100}
sizes["huge"] = 1000kb
