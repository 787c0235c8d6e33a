// A sealed class is implicitly abstract: it cannot be instantiated either.
sealed class Result {}

class Ok extends Result {}

void main() {
  print(Ok() is Result);
  var r = Result();
  print(r);
}
