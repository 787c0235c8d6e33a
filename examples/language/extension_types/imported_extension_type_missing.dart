import 'src/shapes.dart' as s;

String flag(s.Flag f) => switch (f) {
      true => 'on',
    };

void main() {
  print(flag(s.Flag(true)));
}
