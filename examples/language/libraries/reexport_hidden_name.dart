// A name hidden by a re-export (`export 'dart:math' hide max;`) is not visible to importers.
import 'src/math_without_max.dart';

void main() {
  print(min(1, 2));
  print(max);
}
