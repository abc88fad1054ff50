naïve = ("é" is "e")
