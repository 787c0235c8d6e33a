// Switch statements over types that are not always exhaustive need not cover them;
// switch expressions over them are exhaustive with a catch-all case.
String kind(value) {
  switch (value) {
    case int():
      return 'int';
    case String():
      return 'string';
  }
  return 'other';
}

String name(Object object) => switch (object) {
      int() => 'int',
      Object() => 'object',
    };

String label(Object? object) => switch (object) {
      null => 'null',
      var other => 'some $other',
    };

String dynamicLabel(dynamic value) => switch (value) {
      bool() => 'bool',
      _ => 'other',
    };

String nonNull(Object? object) => switch (object) {
      final Object o => 'object $o',
      null => 'nothing',
    };

void statementOverObject(Object object) {
  switch (object) {
    case 1:
      print('one');
    case 'x':
      print('x');
  }
}

void main() {
  print(kind(1));
  print(kind('a'));
  print(kind(2.5));
  print(name(3));
  print(name(true));
  print(label(null));
  print(label(4));
  print(dynamicLabel(false));
  print(dynamicLabel(8));
  print(nonNull(9));
  print(nonNull(null));
  statementOverObject(1);
  statementOverObject(2);
  statementOverObject('x');
}
