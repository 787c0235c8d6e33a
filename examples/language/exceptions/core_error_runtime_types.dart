// The run-time types of the errors the Dart VM throws itself, and of Exception(...).
void show(void Function() f) {
  try {
    f();
  } catch (e) {
    print('${e.runtimeType}: ${e is TypeError} ${e is Error} ${e is Exception}');
  }
}

late int lateTop;

void main() {
  show(() => null as String);
  show(() {
    String? s;
    s!.length;
  });
  show(() => (1 as dynamic) + 'x');
  show(() => lateTop);
  show(() => throw Exception('plain'));
  show(() => throw TypeError());
  show(() => throw StateError('state'));
  print(Exception('x').runtimeType);
  print(Exception('x') is Exception);
  try {
    throw Exception('caught');
  } on Exception catch (e) {
    print(e);
  }
  try {
    null as int;
  } on TypeError catch (e) {
    print(e);
  }
}
