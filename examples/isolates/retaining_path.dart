// The VM's ArgumentError for an unsendable object names the path from it to the message's
// root after the first line: the field holding it in a class instance, the backing list of a
// list literal and the growable list around it, a fixed-length list, the variable a closure
// captured (as the VM's JIT names it: "field x in main.<anonymous closure>"). The text ends with a
// line break. File URIs are replaced here, as they depend on where the program is.
import 'dart:isolate';

class Inner {
  final RawReceivePort port;
  Inner(this.port);
}

class Outer {
  final String name = 'outer';
  final Inner inner;
  Outer(this.inner);
}

class Box<T> {
  T value;
  Box(this.value);
}

String show(Object e) => e.toString().replaceAll(RegExp(r'\(from file://[^)]*\)'), '(from this file)');

void main() {
  var raw = RawReceivePort();
  var target = RawReceivePort();

  void attempt(String label, Object? message) {
    try {
      target.sendPort.send(message);
      print('$label: sent');
    } on ArgumentError catch (e) {
      print('$label:');
      print(show(e));
    }
  }

  attempt('the port itself', raw);
  attempt('fields', Outer(Inner(raw)));
  attempt('generic class', Box<Object>(raw));
  attempt('list literal', [1, raw]);
  attempt('fixed-length list', List<Object>.filled(1, raw, growable: false));
  attempt('nested', Box<Object>([Inner(raw)]));
  attempt('captured variable', () => raw);
  attempt('closure in a field', Box<Object>(() => raw.sendPort));
  raw.close();
  target.close();
}
