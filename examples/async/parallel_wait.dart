import 'dart:async';

Future<int> fail() async => throw StateError('x');

Future<void> main() async {
  unawaited(Future.value(1));
  print(await Future(() => 3));
  print(await fail().onError((e, s) => 7));
  print(await fail().onError<StateError>((e, s) => 8));
  var (a, b) = await (Future.value(1), Future.value('two')).wait;
  print('$a $b');
  print(await [Future.value(1), Future.value(2)].wait);
  try {
    await Future.wait([fail(), Future.value(2)], eagerError: true);
  } catch (e) {
    print('wait: $e');
  }
  try {
    await [fail(), Future.value(2)].wait;
  } on ParallelWaitError catch (e) {
    print('pwe: ${e.values} ${e.errors}');
  }
  var err = AsyncError('boom', null);
  print('${err.error} ${err}');
  FutureOr<int> fo = 3;
  print(fo is int);
  var results = <int>[];
  await Future.wait([Future.value(1), fail()], cleanUp: (int v) => results.add(v)).catchError((e) => <int>[]);
  print('cleanUp $results');
}
