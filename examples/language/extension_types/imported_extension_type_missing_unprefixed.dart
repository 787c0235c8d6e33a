import 'src/shapes.dart';

void figure(Figure f) {
  switch (f) {
    case Circle():
      print('circle');
  }
}

void main() {
  figure(Figure(Circle()));
}
