def run(job):
    try:
        job()
    finally:
