// Parameters typed with a superclass or interface, `is` and `as` on many classes at one
// site, with a failing check after the site has seen (and cached) passing classes.
abstract class Shape {
  String get label;
}

mixin Named {
  String get name => 'named';
}

abstract interface class Sized {
  int get size;
}

class Circle extends Shape {
  String get label => 'circle';
}

class Square extends Shape implements Sized {
  String get label => 'square';
  int get size => 4;
}

class Rect extends Square with Named {
  String get label => 'rect';
}

class Blob with Named implements Sized {
  int get size => 9;
}

class Plain {}

class Other {}

String describe(Shape s) => s.label;
int sizeOf(Sized s) => s.size;
String anything(Object o) => o.runtimeType.toString();
String maybe(Shape? s) => s == null ? 'none' : s.label;

void main() {
  var values = <Object>[Circle(), Square(), Rect(), Blob(), Plain(), Other(), 1, 'x', Circle()];
  for (var round = 0; round < 2; round++) {
    var line = <String>[];
    for (var v in values) {
      var tags = [
        if (v is Shape) 'Shape',
        if (v is Sized) 'Sized',
        if (v is Named) 'Named',
        if (v is! Plain) 'notPlain',
        if (v is Object) 'Object',
      ];
      line.add('${anything(v)}:${tags.join('+')}');
    }
    print(line.join(' '));
  }

  dynamic shapes = [Circle(), Square(), Rect(), Circle(), Rect(), Blob(), Plain()];
  for (var s in shapes) {
    try {
      print('${describe(s)} ${maybe(s)}');
    } on TypeError catch (e) {
      print(e);
    }
  }
  print(maybe(null));

  dynamic sized = [Square(), Blob(), Rect(), Circle()];
  for (var s in sized) {
    try {
      print(sizeOf(s));
    } on TypeError catch (e) {
      print(e);
    }
  }

  for (var v in values) {
    try {
      var shape = v as Shape;
      print('as Shape: ${shape.label}');
    } on TypeError catch (e) {
      print(e);
    }
  }
}
