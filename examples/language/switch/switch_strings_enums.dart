// Switch statements over strings and enum values, with shared case bodies,
// default, and switches nested in loops and other switches.

enum Suit { clubs, diamonds, hearts, spades }

String color(Suit suit) {
  switch (suit) {
    case Suit.hearts:
    case Suit.diamonds:
      return 'red';
    case Suit.clubs:
    case Suit.spades:
      return 'black';
  }
}

int command(String cmd, int value) {
  switch (cmd) {
    case 'inc':
      return value + 1;
    case 'dec':
      return value - 1;
    case 'double':
    case 'twice':
      return value * 2;
    case 'reset':
      return 0;
    default:
      print('unknown command "$cmd"');
      return value;
  }
}

void main() {
  for (var s in Suit.values) {
    print('$s is ${color(s)}');
  }

  var value = 5;
  for (var cmd in ['inc', 'double', 'dec', 'jump', 'twice', 'reset', 'inc']) {
    value = command(cmd, value);
    print('$cmd -> $value');
  }

  var words = ['apple', 'Banana', 'cherry', ''];
  for (var w in words) {
    switch (w.length) {
      case 0:
        print('empty word');
        break;
      case 5:
        switch (w) {
          case 'apple':
            print('five letters: an apple');
          default:
            print('five letters: something else');
        }
      default:
        print('${w.toUpperCase()} has ${w.length} letters');
    }
  }

  var suit = Suit.spades;
  switch (suit) {
    case Suit.hearts:
      print('hearts');
      break;
    default:
      print('not hearts: ${suit.name}');
  }

  var label = 'none';
  switch ('b' + 'c') {
    case 'bc':
      label = 'concatenated match';
  }
  print(label);
}
