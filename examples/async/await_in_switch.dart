// `await` inside the case bodies and the subject of a switch statement: a suspended case
// resumes where it stopped, without matching again.
Future<String> fetch(String what) async {
  await Future.delayed(Duration.zero);
  return 'data for $what';
}

sealed class Cmd {}
class Get extends Cmd { final String key; Get(this.key); }
class Put extends Cmd { final String key; final int value; Put(this.key, this.value); }
class Quit extends Cmd {}

Future<void> handle(Cmd cmd, Map<String, int> store) async {
  switch (cmd) {
    case Get(:final key):
      var d = await fetch(key);
      print('get $key -> ${store[key]} ($d)');
    case Put(:final key, :final value):
      await Future.delayed(Duration.zero);
      store[key] = value;
      print('put $key = $value');
      await null;
      print('stored ${store.length}');
    case Quit():
      print('quit');
  }
}

Future<int> classify(int n) async {
  switch (await Future.value(n % 3)) {
    case 0:
      return await Future.value(0);
    case 1:
      for (var i = 0; i < 2; i++) {
        await null;
        print('loop $i');
      }
      return 1;
    default:
      await null;
      return 2;
  }
}

void main() async {
  var store = <String, int>{};
  for (var c in [Put('a', 1), Get('a'), Put('b', 2), Quit()]) {
    await handle(c, store);
  }
  print([await classify(3), await classify(4), await classify(5)]);
}
