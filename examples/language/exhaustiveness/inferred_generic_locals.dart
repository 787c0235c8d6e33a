// var/final locals whose inferred type is generic or nullable are checked with that type:
// initialized from function and method calls, getters, generic calls, await, fields of this.
sealed class Result<T> {}

class Ok<T> extends Result<T> {
  final T value;
  Ok(this.value);
}

class Err<T> extends Result<T> {
  final String message;
  Err(this.message);
}

sealed class Shape {}

class Circle extends Shape {}

class Square extends Shape {}

Result<int> parse(String text) => text.isEmpty ? Err('empty') : Ok(text.length);

Shape? find(bool present) => present ? Square() : null;

Future<Result<String>> fetch(bool fail) async => fail ? Err('offline') : Ok('data');

T identity<T>(T value) => value;

String describe<T>(Result<T> result) => switch (result) {
      Ok(:var value) => 'ok $value',
      Err(:var message) => 'error $message',
    };

class Repository {
  Result<double> current = Ok(1.5);

  Result<int> get latest => Err('stale');

  Result<int> load(int id) => Ok(id);

  void report() {
    final fromField = this.current;
    print(switch (fromField) {
      Ok(:var value) => 'field ok $value',
      Err() => 'field error',
    });
    var implicit = current;
    switch (implicit) {
      case Ok():
        print('implicit ok');
      case Err():
        print('implicit error');
    }
  }
}

void main() async {
  var parsed = parse('four');
  print(switch (parsed) {
    Ok(:var value) => 'parsed $value',
    Err(:var message) => 'failed $message',
  });

  var missing = find(false);
  print(switch (missing) {
    Circle() => 'circle',
    Square() => 'square',
    null => 'nothing',
  });
  final found = find(true);
  switch (found) {
    case Circle():
      print('found a circle');
    case Square():
      print('found a square');
    case null:
      print('found nothing');
  }

  var fetched = await fetch(true);
  print(describe(fetched));
  print(switch (fetched) {
    Ok() => 'fetched',
    Err(:var message) => 'not fetched: $message',
  });

  var same = identity(parse(''));
  print(switch (same) {
    Ok() => 'same ok',
    Err(:var message) => 'same $message',
  });

  var repository = Repository();
  var latest = repository.latest;
  switch (latest) {
    case Ok(:var value):
      print('latest $value');
    case Err(:var message):
      print('latest is $message');
  }
  final loaded = repository.load(7);
  print(switch (loaded) {
    Ok(:var value) when value > 5 => 'big $value',
    Ok(:var value) => 'small $value',
    Err() => 'none',
  });
  repository.report();
}
