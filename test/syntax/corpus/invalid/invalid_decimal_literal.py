def timeout_for(retries):
    base = 1abc
    return base * retries
