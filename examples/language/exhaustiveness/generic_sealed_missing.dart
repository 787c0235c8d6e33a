sealed class Result<T> {}

class Ok<T> extends Result<T> {
  final T value;
  Ok(this.value);
}

class Err<T> extends Result<T> {}

String show(Result<int> result) => switch (result) {
      Ok(:var value) => 'ok $value',
    };

void main() {
  print(show(Ok(1)));
}
