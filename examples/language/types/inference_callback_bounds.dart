// A type argument fixed by a list argument is checked against what a function literal's
// parameter allows; both agree here, so the call's result has that type.
T maxBy<T>(List<T> xs, num Function(T) key) => xs.reduce((a, b) => key(a) >= key(b) ? a : b);

void main() {
  var biggest = maxBy([3, 9, 4], (x) => x);
  print([biggest].runtimeType);
  print(biggest);
  var longest = maxBy(['aa', 'b'], (s) => s.length);
  print([longest].runtimeType);
  print(longest);
  var mixed = maxBy([1.5, 2], (x) => x);
  print([mixed].runtimeType);
  print(mixed);
}
