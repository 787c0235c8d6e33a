// Records of sealed classes, enums and bools, nested sealed hierarchies, and record-typed
// locals inferred from record literals and calls.
sealed class Token {}

class Word extends Token {
  final String text;
  Word(this.text);
}

class Number extends Token {
  final int value;
  Number(this.value);
}

sealed class Animal {}

sealed class Pet extends Animal {}

class Dog extends Pet {}

class Cat extends Pet {}

class Wolf extends Animal {}

enum Light { red, green }

(Token, Light) next(int i) => (i.isEven ? Word('w$i') : Number(i), i < 2 ? Light.red : Light.green);

String combine(Token a, Token b) => switch ((a, b)) {
      (Word(:var text), Word()) => 'two words, first $text',
      (Word(), Number(:var value)) => 'word then $value',
      (Number(:var value), Word()) => '$value then word',
      (Number(), Number()) => 'two numbers',
    };

String meet(Animal x, Animal y) => switch ((x, y)) {
      (Pet(), Pet()) => 'pets play',
      (Wolf(), _) => 'wolf hunts',
      (Dog(), Wolf()) => 'dog barks',
      (Cat(), Wolf()) => 'cat hides',
    };

void main() {
  print(combine(Word('a'), Number(1)));
  print(combine(Number(2), Number(3)));
  print(meet(Cat(), Wolf()));
  print(meet(Wolf(), Dog()));

  for (var i = 0; i < 3; i++) {
    var step = next(i);
    print(switch (step) {
      (Word(:var text), Light.red) => 'stop at $text',
      (Word(), Light.green) => 'go word',
      (Number(:var value), var light) => 'number $value ${light.name}',
    });
  }

  Token token = Word('x');
  var open = token is Word;
  var pair = (token, open);
  switch (pair) {
    case (Word(), true):
      print('open word');
    case (Word(), false):
      print('closed word');
    case (Number(), _):
      print('a number');
  }
  var named = (light: Light.green, on: true);
  print(switch (named) {
    (light: Light.red, on: _) => 'red',
    (light: Light.green, on: true) => 'green on',
    (light: Light.green, on: false) => 'green off',
  });
}
