// Switches Dart accepts although DartJ cannot always know the scrutinee's static type:
// dynamic receivers, types Dart infers as Object, promoted variables, unbounded type
// variables. None of them may be reported as not exhaustive.
import 'dart:convert';

sealed class Shape {}

class Circle extends Shape {}

class Square extends Shape {}

sealed class Result<T> {}

class Ok<T> extends Result<T> {
  final T value;
  Ok(this.value);
}

class Err<T> extends Result<T> {
  final String message;
  Err(this.message);
}

class Box {
  Result<int> result = Ok(1);
  Shape shape = Circle();
}

Shape? maybe(bool present) => present ? Square() : null;

T pick<T>(T a, T b, bool first) => first ? a : b;

String kind<T>(T value) {
  switch (value) {
    case int():
      return 'int';
    case String():
      return 'string';
  }
  return 'other';
}

void main() {
  dynamic box = Box();
  var result = box.result;
  switch (result) {
    case Ok(:var value):
      print('ok $value');
  }
  var shape = box.shape;
  switch (shape) {
    case Circle():
      print('circle from dynamic');
  }

  dynamic shapes = <Shape>[Circle(), Square()];
  shapes.forEach((s) {
    switch (s) {
      case Circle():
        print('each circle');
    }
  });
  for (var s in shapes) {
    switch (s) {
      case Square():
        print('loop square');
    }
  }
  print(shapes.map((s) => switch (s) { Circle() => 'c', _ => 'other' }).toList());

  var decoded = jsonDecode('[true, 1]');
  for (var item in decoded) {
    switch (item) {
      case true:
        print('decoded true');
    }
  }

  // Dart infers Object for these: a statement over Object need not be exhaustive.
  var either = pick(Ok(1), Err<String>('no'), true);
  switch (either) {
    case Ok():
      print('either ok');
  }
  var mixed = [Circle(), Ok(2)];
  for (var m in mixed) {
    switch (m) {
      case Circle():
        print('mixed circle');
    }
  }
  var flag = mixed.length > 1;
  var conditional = flag ? Ok(3) : Err<String>('e');
  switch (conditional) {
    case Ok():
      print('conditional ok');
  }

  // Promoted to Shape: null is no longer a possible value.
  var maybeShape = maybe(true);
  if (maybeShape == null) return;
  switch (maybeShape) {
    case Circle():
      print('circle');
    case Square():
      print('square');
  }
  var asserted = maybe(true)!;
  print(switch (asserted) { Circle() => 'c', Square() => 's' });
  var orDefault = maybe(false) ?? Circle();
  print(switch (orDefault) { Circle() => 'c', Square() => 's' });

  print(kind(1));
  print(kind(2.5));
  matched(Circle());
  matched(Square());
}

// Matching a variable promotes it: in an if-case branch, and in the cases of a switch.
void matched(Shape shape) {
  if (shape case Circle()) {
    print(switch (shape) { Circle() => 'matched circle' });
  }
  switch (shape) {
    case Circle():
      print('a circle');
    case Square():
      print(switch (shape) { Square() => 'matched square' });
  }
}
