// A small linear-algebra library: const constructors, operator overloading,
// generics over num, extension methods and iterable helpers.
import 'dart:math' as math;

class Vector {
  final double x, y, z;
  const Vector(this.x, this.y, [this.z = 0]);
  const Vector.zero() : this(0, 0, 0);
  static const unitX = Vector(1, 0);
  static const unitY = Vector(0, 1);

  Vector operator +(Vector o) => Vector(x + o.x, y + o.y, z + o.z);
  Vector operator -(Vector o) => Vector(x - o.x, y - o.y, z - o.z);
  Vector operator -() => Vector(-x, -y, -z);
  Vector operator *(num k) => Vector(x * k, y * k, z * k);
  double operator [](int i) => switch (i) {
        0 => x,
        1 => y,
        2 => z,
        _ => throw RangeError.index(i, this, 'i', null, 3),
      };

  double dot(Vector o) => x * o.x + y * o.y + z * o.z;
  Vector cross(Vector o) => Vector(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
  double get length => math.sqrt(dot(this));
  Vector get normalized => length == 0 ? this : this * (1 / length);

  @override
  bool operator ==(Object other) => other is Vector && x == other.x && y == other.y && z == other.z;
  @override
  int get hashCode => Object.hash(x, y, z);
  @override
  String toString() => '($x, $y, $z)';
}

class Matrix {
  final int rows, cols;
  final List<double> _data;

  Matrix(this.rows, this.cols) : _data = List.filled(rows * cols, 0.0);
  Matrix.identity(int n) : this.generate(n, n, (r, c) => r == c ? 1 : 0);
  Matrix.generate(this.rows, this.cols, num Function(int r, int c) f)
      : _data = [for (var r = 0; r < rows; r++) for (var c = 0; c < cols; c++) f(r, c).toDouble()];
  factory Matrix.fromRows(List<List<num>> rows) {
    final cols = rows.first.length;
    if (rows.any((r) => r.length != cols)) {
      throw ArgumentError('ragged rows');
    }
    return Matrix.generate(rows.length, cols, (r, c) => rows[r][c]);
  }

  double operator [](({int r, int c}) at) => _data[at.r * cols + at.c];
  void operator []=(({int r, int c}) at, num v) => _data[at.r * cols + at.c] = v.toDouble();

  Matrix operator *(Matrix o) {
    if (cols != o.rows) throw StateError('shape mismatch ${rows}x$cols * ${o.rows}x${o.cols}');
    return Matrix.generate(rows, o.cols, (r, c) {
      var sum = 0.0;
      for (var k = 0; k < cols; k++) {
        sum += this[(r: r, c: k)] * o[(r: k, c: c)];
      }
      return sum;
    });
  }

  Matrix get transposed => Matrix.generate(cols, rows, (r, c) => this[(r: c, c: r)]);

  double get determinant {
    if (rows != cols) throw UnsupportedError('not square');
    if (rows == 1) return _data[0];
    if (rows == 2) return _data[0] * _data[3] - _data[1] * _data[2];
    var det = 0.0;
    for (var c = 0; c < cols; c++) {
      final minor = Matrix.generate(rows - 1, cols - 1, (r, cc) => this[(r: r + 1, c: cc < c ? cc : cc + 1)]);
      det += (c.isEven ? 1 : -1) * _data[c] * minor.determinant;
    }
    return det;
  }

  Vector apply(Vector v) => Vector(
        this[(r: 0, c: 0)] * v.x + this[(r: 0, c: 1)] * v.y + this[(r: 0, c: 2)] * v.z,
        this[(r: 1, c: 0)] * v.x + this[(r: 1, c: 1)] * v.y + this[(r: 1, c: 2)] * v.z,
        this[(r: 2, c: 0)] * v.x + this[(r: 2, c: 1)] * v.y + this[(r: 2, c: 2)] * v.z,
      );

  @override
  String toString() => [
        for (var r = 0; r < rows; r++) _data.sublist(r * cols, (r + 1) * cols).map((d) => d.toStringAsFixed(1)).join(' ')
      ].join('\n');
}

extension NumStats<T extends num> on Iterable<T> {
  num get total => fold<num>(0, (a, b) => a + b);
  double get mean => isEmpty ? double.nan : total / length;
  T get maxValue => reduce(math.max);
}

extension Rounding on double {
  double roundTo(int places) {
    final f = math.pow(10, places);
    return (this * f).round() / f;
  }
}

void main() {
  const a = Vector(1, 2, 3);
  const b = Vector(4, 5, 6);
  print(a + b);
  print(a - b);
  print(-a);
  print(a * 2);
  print(a.dot(b));
  print(a.cross(b));
  print(const Vector(3, 4).length);
  print(const Vector(3, 4).normalized);
  print(const Vector.zero().normalized);
  print(Vector.unitX.cross(Vector.unitY));
  print(identical(const Vector(1, 0), Vector.unitX));
  print(a == Vector(1, 2, 3));
  print({a, b, Vector(1, 2, 3)}.length);
  print([a[0], a[1], a[2]]);
  try {
    a[3];
  } on IndexError catch (e) {
    print(e);
  }

  final m = Matrix.fromRows([
    [2, 0, 1],
    [1, 3, 2],
    [1, 1, 1],
  ]);
  print(m);
  print(m.determinant);
  final id = Matrix.identity(3);
  print((m * id).toString() == m.toString());
  print(m.transposed);
  m[(r: 0, c: 0)] = 5;
  print(m[(r: 0, c: 0)]);
  print(m.apply(const Vector(1, 1, 1)));
  final rot = Matrix.generate(3, 3, (r, c) => [
        [0, -1, 0],
        [1, 0, 0],
        [0, 0, 1],
      ][r][c]);
  print(rot.apply(Vector.unitX));
  try {
    Matrix(2, 3) * Matrix(2, 3);
  } on StateError catch (e) {
    print(e);
  }
  try {
    Matrix.fromRows([
      [1, 2],
      [3]
    ]);
  } catch (e) {
    print(e);
  }
  try {
    Matrix(2, 3).determinant;
  } catch (e) {
    print(e);
  }

  final ints = [3, 1, 4, 1, 5, 9, 2, 6];
  print(ints.total);
  print(ints.mean);
  print(ints.maxValue);
  final doubles = [0.1, 0.2, 0.3];
  print(doubles.total);
  print(doubles.total.roundTo(2));
  print(<int>[].mean.isNaN);
  print(math.pi.roundTo(3));
  print((2 / 3).roundTo(4));
  print(100.0.roundTo(0));
  print([1.5, 2.5, -0.5].map((d) => d.round()).toList());
  print(1 / 0);
  print(-0.0);
  print(0.1 + 0.2);
  print(1e-7);
  print(123456789.0 * 1000);
  print(5 ~/ 2 * 2.0);
}
