sealed class Result<T> {}

class Ok<T> extends Result<T> {}

class Err<T> extends Result<T> {}

class Store {
  Result<bool> state = Err();

  T first<T>(List<T> values) => values.first;

  void show() {
    var picked = first([state]);
    print(switch (picked) {
      Ok() => 'ok',
    });
  }
}

void main() {
  Store().show();
}
