import 'src/impl.dart';
export 'src/impl.dart' show greet;
String version() => 'mylib ${impl()}';
