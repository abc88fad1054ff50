record = ("ana", 31, "admin", "dev", "ops")
*names, age, *roles = record
