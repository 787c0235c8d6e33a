// Exceptions in async code: errors thrown after an await, Future.error,
// finally blocks in async functions, and errors crossing several awaits.

Future<int> fetch(int id) async {
  await Future.delayed(Duration(milliseconds: 1));
  if (id < 0) {
    throw ArgumentError('negative id $id');
  }
  return id * 10;
}

Future<int> fetchTwice(int id) async {
  var first = await fetch(id);
  var second = await fetch(id - 5);
  return first + second;
}

Future<String> guarded(int id) async {
  try {
    var value = await fetchTwice(id);
    return 'value $value';
  } on ArgumentError catch (e) {
    return 'failed: $e';
  } finally {
    print('guarded($id) finished');
  }
}

Future<void> failsImmediately() async {
  throw StateError('sync part of async function');
}

void main() async {
  print(await guarded(8));
  print(await guarded(3));

  try {
    await fetch(-1);
    print('not reached');
  } catch (e) {
    print('caught: $e');
  }

  try {
    await Future.error(FormatException('from Future.error'));
  } on FormatException catch (e) {
    print('caught: $e');
  }

  try {
    await Future.error('plain string error');
  } catch (e) {
    print('caught: $e');
  }

  var pending = failsImmediately();
  print('future created');
  try {
    await pending;
  } catch (e) {
    print('caught: $e');
  }

  var results = <String>[];
  for (var id in [1, -2, 3]) {
    try {
      results.add('ok ${await fetch(id)}');
    } catch (e) {
      results.add('error');
    }
  }
  print(results);
}
