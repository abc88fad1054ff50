class Base:
    def greet(self):
        return "base"
class Child(Base):
    def greet(self):
        return super().greet()
    def explicit(self):
        return __class__
    @staticmethod
    def nothing():
        return 1
    def nested(self):
        def inner():
            return super
        return inner
