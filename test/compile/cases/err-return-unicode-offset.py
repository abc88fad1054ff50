naïve = "café"; return naïve
