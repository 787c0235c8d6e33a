sealed class Result<T> {}

class Ok<T> extends Result<T> {
  final T value;
  Ok(this.value);
}

class Err<T> extends Result<T> {
  final String message;
  Err(this.message);
}

sealed class Box<T> {}

class AnyBox<T> extends Box<T> {
  final T content;
  AnyBox(this.content);
}

class IntBox extends Box<int> {}

String show(Result<int> result) => switch (result) {
      Ok(:var value) => 'ok $value',
      Err(:var message) => 'error $message',
    };

int doubled(Result<int> result) {
  switch (result) {
    case Ok(value: var v):
      return v * 2;
    case Err():
      return -1;
  }
}

// IntBox cannot be a Box<String>: AnyBox alone covers Box<String>.
String open(Box<String> box) => switch (box) {
      AnyBox(:var content) => 'box of $content',
    };

String openInt(Box<int> box) => switch (box) {
      AnyBox(:var content) => 'any box of $content',
      IntBox() => 'int box',
    };

void main() {
  print(show(Ok(3)));
  print(show(Err('boom')));
  print(doubled(Ok(21)));
  print(doubled(Err('no')));
  print(open(AnyBox('toys')));
  print(openInt(AnyBox(7)));
  print(openInt(IntBox()));
}
