library geometry;

part 'geometry_units.dart';

const double epsilon = 1e-9;

class Vec {
  final num x, y;
  const Vec(this.x, this.y);
  Vec operator +(Vec o) => Vec(x + o.x, y + o.y);
  num dot(Vec o) => x * o.x + y * o.y;
  @override
  String toString() => 'Vec($x, $y)';
}

String _secret() => 'hidden';
String reveal() => _secret();
int helper() => 7;
