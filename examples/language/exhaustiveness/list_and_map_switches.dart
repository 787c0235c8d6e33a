sealed class Token {}

class Word extends Token {
  final String text;
  Word(this.text);
}

class Number extends Token {
  final int value;
  Number(this.value);
}

String size(List<int> list) => switch (list) {
      [] => 'empty',
      [_] => 'one',
      [_, _, ...] => 'many',
    };

String ends(List<int> list) => switch (list) {
      [] => 'empty',
      [var only] => 'only $only',
      [var first, ..., var last] => '$first..$last',
    };

String tokens(List<Token> list) => switch (list) {
      [] => 'nothing',
      [Word(:var text), ...] => 'starts with $text',
      [Number(:var value), ...var rest] => 'starts with $value, ${rest.length} more',
    };

String nested((bool, List<int>) pair) => switch (pair) {
      (true, []) => 'yes, empty',
      (true, [_, ...]) => 'yes, with elements',
      (false, _) => 'no',
    };

String lookup(Map<String, int> map) => switch (map) {
      {'a': var a} => 'a is $a',
      _ => 'no a',
    };

String count(int? n) => switch (n) {
      null => 'none',
      0 => 'zero',
      int() => 'some',
    };

String anything(Object? value) => switch (value) {
      [] => 'empty list',
      [_, ...] => 'list',
      Map() => 'map',
      _ => 'other',
    };

void main() {
  print(size([]));
  print(size([1]));
  print(size([1, 2, 3]));
  print(ends([]));
  print(ends([4]));
  print(ends([1, 2, 3]));
  print(tokens([]));
  print(tokens([Word('hi'), Number(1)]));
  print(tokens([Number(2), Word('x'), Word('y')]));
  print(nested((true, [])));
  print(nested((true, [1])));
  print(nested((false, [])));
  print(lookup({'a': 1}));
  print(lookup({}));
  print(count(null));
  print(count(0));
  print(count(5));
  print(anything([]));
  print(anything([1]));
  print(anything({}));
  print(anything(1));
}
