// How functions print: "Closure: " and the signature, then for a tear-off of a
// top-level function or method the function it tears off.

import 'dart:math';

int add(int a, int b) => a + b;

void greet(int times, {String name = 'you'}) {}

dynamic firstOr([int? value]) => value;

void configure({required String name}) {}

int add2(int x) => x + 2;

class Counter {
  int count = 0;

  static Counter make() => Counter();

  int inc(int by) => count += by;

  void reset() {
    count = 0;
  }
}

class Box<T> {
  T value;

  Box(this.value);

  T swap(T next) {
    var old = value;
    value = next;
    return old;
  }

  List<T> both(T other) => [value, other];
}

class Labels<K> extends Box<String> {
  Labels(super.value);
}

void main() {
  // Top-level functions and static methods print their simple name, marked static.
  print(add);
  print(greet);
  print(firstOr);
  print(configure);
  print(Counter.make);

  // Instance method tear-offs name the method without "static".
  var counter = Counter();
  print(counter.inc);
  print(counter.reset);

  // A method of a generic class is instantiated with the receiver's type arguments.
  print(Box<String>('a').swap);
  print(Box(1).both);
  print(Box<num>(1).swap.runtimeType);
  print(Box<num>(1).swap is num Function(num));
  print(Box<num>(1).swap is int Function(int));
  print(Labels<int>('x').both);

  // Function literals and local functions print their signature only.
  print((x) => x);
  print((String s, [int n = 0]) => s);
  print((int x) => x * 2);
  print((int x) => x / 2);
  print((int x, double y) => x + y);
  print((double d) => d ~/ 2);
  print((int a, int b) => a < b);
  print((int a, {required bool flag}) => 'x');
  String shout(String s) => s.toUpperCase();
  print(shout);
  int Function(int) twice = add2;
  print(twice);

  // Core library functions.
  print(print);
  print(identical);
  print(identityHashCode);
  print(Error.safeToString);
  print(sqrt);
  print(atan2);
  print(pow);

  // toString, interpolation and Error.safeToString agree.
  print(add.toString());
  print('tear-off: $add');
  print('${counter.inc}');
  print(Error.safeToString(add));
  print(Error.safeToString(counter.inc));
  print(Error.safeToString((double d) => d));

  // runtimeType is the function type.
  print(add.runtimeType);
  print(counter.inc.runtimeType);
  print(Counter.make.runtimeType);
  print(print.runtimeType);
  print(sqrt.runtimeType);
  print(greet.runtimeType);

  // Functions inside collections print the same way.
  print([add, counter.reset]);
  print({'f': shout});
}
