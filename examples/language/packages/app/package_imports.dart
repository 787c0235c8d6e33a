// package: imports resolved through the nearest .dart_tool/package_config.json.
import 'package:mylib/mylib.dart';

void main() {
  print(version());
  print(greet('pkg'));
}
