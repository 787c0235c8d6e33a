sealed class Result<T> {}

class Ok<T> extends Result<T> {
  final T value;
  Ok(this.value);
}

class Err<T> extends Result<T> {}

String show(Result<String> result) => switch (result) {
      Ok(value: 'yes') => 'yes',
      Err() => 'error',
    };

void main() {
  print(show(Ok('yes')));
}
