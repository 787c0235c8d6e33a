sealed class Result<T> {}

class Ok<T> extends Result<T> {}

class Err<T> extends Result<T> {}

void main() {
  List<Result<int>> results = [Ok(), Err()];
  results.forEach((result) {
    switch (result) {
      case Ok():
        print('ok');
    }
  });
}
