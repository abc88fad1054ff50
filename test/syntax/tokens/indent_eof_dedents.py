class A:
  def f(self):
    if x:
      pass
