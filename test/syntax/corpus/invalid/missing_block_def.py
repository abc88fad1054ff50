class Tracker:
    def track(self, obj):

    def untrack(self, obj):
        pass
