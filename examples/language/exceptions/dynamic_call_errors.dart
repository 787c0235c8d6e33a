// The errors of dynamic calls that cannot be made, as the VM words them: NoSuchMethodError
// shows the arguments it was tried with, and core operators check their parameter's type.
class A {}

void attempt(String label, Object? Function() f) {
  try {
    print('$label: ${f()}');
  } catch (e) {
    print('$label: ${e.runtimeType == NoSuchMethodError ? 'NoSuchMethodError' : 'TypeError'}');
    print(e);
  }
}

void main() {
  dynamic one = 1;
  dynamic half = 1.5;
  dynamic text = 'x';
  dynamic a = A();
  dynamic nothing;
  attempt('method', () => one.foo(1, 'a', [2]));
  attempt('named', () => one.foo(1, x: 2.0, y: null));
  attempt('getter', () => a.missing);
  attempt('setter', () => a.missing = 3);
  attempt('operator', () => a + 'b');
  attempt('index', () => a[0]);
  attempt('index set', () => a[0] = true);
  attempt('unary', () => -a);
  attempt('null method', () => nothing.foo(3));
  attempt('null operator', () => nothing + 3);
  attempt('null getter', () => nothing.length);
  attempt('int + String', () => one + 'a');
  attempt('int < String', () => one < 'a');
  attempt('int & double', () => one & 1.5);
  attempt('int << String', () => one << 'x');
  attempt('double &', () => half & 1);
  attempt('String + int', () => text + 1);
  attempt('String * String', () => text * 'y');
  attempt('String [] String', () => text['0']);
  receivers();
}

class Box<T> {
  final T value;
  Box(this.value);
}

// Receivers name their run-time type, type arguments included.
void receivers() {
  dynamic list = [1, 2];
  dynamic text = 'q"uote';
  dynamic box = Box(2.5);
  attempt('list', () => list.missing);
  attempt('string', () => text.missing);
  attempt('generic', () => box.missing(box));
  print(box);
}
