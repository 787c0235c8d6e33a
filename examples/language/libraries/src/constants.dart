const double pi = 3.14159;
const String hidden = 'not exported by geometry.dart';
