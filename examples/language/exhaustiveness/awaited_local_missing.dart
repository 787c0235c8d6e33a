sealed class Result<T> {}

class Ok<T> extends Result<T> {}

class Err<T> extends Result<T> {}

Future<Result<String>> fetch() async => Ok();

Future<void> main() async {
  final fetched = await fetch();
  print(switch (fetched) {
    Err() => 'failed',
  });
}
