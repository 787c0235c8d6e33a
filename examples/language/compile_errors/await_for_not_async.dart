// `await for` needs an async function.
Stream<int> numbers() => Stream.fromIterable([1, 2]);

void main() {
  await for (var n in numbers()) {
    print(n);
  }
}
