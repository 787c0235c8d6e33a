sealed class Result<T> {}

class Ok<T> extends Result<T> {
  final T value;
  Ok(this.value);
}

class Err<T> extends Result<T> {}

class Parser {
  Result<int> parse(String text) => Ok(text.length);
}

void main() {
  var parsed = Parser().parse('four');
  print(switch (parsed) {
    Ok(:var value) => 'parsed $value',
  });
}
