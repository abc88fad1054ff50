# Jobs taken from a list-based queue die as soon as the worker loop moves on to the next job.
class Job:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("job", self.name, "freed")

queue = [Job("a"), Job("b"), Job("c")]
while queue:
    job = queue.pop(0)
    print("running", job.name)
print("queue empty; last job still bound:", job.name)
del job
print("end")
