sealed class Token {}

class Word extends Token {}

class Number extends Token {}

String parse(List<Token> tokens) => switch (tokens) {
      [] => 'nothing',
      [_] => 'one',
      [_, Word()] => 'ends with a word',
      [_, _, _, ...] => 'many',
    };

void main() {
  print(parse([]));
}
