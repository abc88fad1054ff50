request_count = 0
errors = []


def make_handler(prefix):
    def handle(path):
        def record_error(msg):
            global errors
            errors = errors + [f"{prefix}{path}: {msg}"]

        def bump():
            global request_count
            request_count += 1

        bump()
        if not path.startswith("/"):
            record_error("relative path")
            return 400
        return 200

    return handle


api = make_handler("api")
print([api(p) for p in ("/users", "items", "/health")], request_count, errors)
