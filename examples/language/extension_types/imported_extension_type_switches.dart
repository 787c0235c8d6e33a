// Exhaustiveness sees through extension types of another library, prefixed or not, as
// through local ones: a switch over one is checked with its representation type.
import 'src/shapes.dart';
import 'src/shapes.dart' as s;

String figure(Figure f) => switch (f) {
      Circle() => 'circle',
      Square() => 'square',
    };

String flag(s.Flag? f) => switch (f) {
      true => 'on',
      false => 'off',
      null => 'unset',
    };

void card(Card c) {
  switch (c) {
    case Suit.clubs:
      print('clubs');
    case Suit.hearts:
      print('hearts');
  }
}

void main() {
  print(figure(Figure(Square())));
  print(flag(Flag(false)));
  print(flag(null));
  card(Card(Suit.hearts));
  var inferred = s.Flag(true);
  print(switch (inferred) { true => 'yes', false => 'no' });
}
