// The part of dart:math written in Dart: Point, Rectangle and MutableRectangle (see
// docs/architecture.md, "Core libraries in Dart"). min, max, sqrt are dart:math's Java builtins.

int _combine(int hash, int value) {
  hash = 0x1fffffff & (hash + value);
  hash = 0x1fffffff & (hash + ((0x0007ffff & hash) << 10));
  return hash ^ (hash >> 6);
}

int _finish(int hash) {
  hash = 0x1fffffff & (hash + ((0x03ffffff & hash) << 3));
  hash = hash ^ (hash >> 11);
  return 0x1fffffff & (hash + ((0x00003fff & hash) << 15));
}

/// A two-dimensional position with coordinates of type T (`Point(1, 2)` is a `Point<int>`);
/// arithmetic gives a `Point<T>` again, so a result of another type is a TypeError.
class Point<T extends num> {
  final T x;
  final T y;

  const Point(T x, T y)
      : this.x = x,
        this.y = y;

  String toString() => 'Point($x, $y)';

  bool operator ==(Object other) => other is Point && x == other.x && y == other.y;

  int get hashCode => _finish(_combine(_combine(0, x.hashCode), y.hashCode));

  Point<T> operator +(Point<T> other) => Point<T>((x + other.x) as T, (y + other.y) as T);

  Point<T> operator -(Point<T> other) => Point<T>((x - other.x) as T, (y - other.y) as T);

  Point<T> operator *(num factor) => Point<T>((x * factor) as T, (y * factor) as T);

  double get magnitude => sqrt(x * x + y * y);

  double distanceTo(Point<T> other) {
    var dx = x - other.x;
    var dy = y - other.y;
    return sqrt(dx * dx + dy * dy);
  }

  T squaredDistanceTo(Point<T> other) {
    var dx = x - other.x;
    var dy = y - other.y;
    return (dx * dx + dy * dy) as T;
  }
}

/// A negative extent becomes zero of the same kind (0 or 0.0), as the VM's _clampToZero.
num _clampToZero(num value) {
  if (value == double.negativeInfinity) return 0.0;
  return -value * 0;
}

abstract class _RectangleBase<T extends num> {
  const _RectangleBase();

  T get left;
  T get top;
  T get width;
  T get height;

  T get right => (left + width) as T;
  T get bottom => (top + height) as T;

  String toString() => 'Rectangle ($left, $top) $width x $height';

  bool operator ==(Object other) =>
      other is _RectangleBase && left == other.left && top == other.top && right == other.right && bottom == other.bottom;

  int get hashCode => _finish(_combine(_combine(_combine(_combine(0, left.hashCode), top.hashCode), right.hashCode), bottom.hashCode));

  Rectangle<T>? intersection(_RectangleBase<T> other) {
    var x0 = max(left, other.left);
    var x1 = min(left + width, other.left + other.width);
    if (x0 <= x1) {
      var y0 = max(top, other.top);
      var y1 = min(top + height, other.top + other.height);
      if (y0 <= y1) {
        return Rectangle<T>(x0 as T, y0 as T, (x1 - x0) as T, (y1 - y0) as T);
      }
    }
    return null;
  }

  bool intersects(_RectangleBase<num> other) =>
      left <= other.left + other.width && other.left <= left + width && top <= other.top + other.height && other.top <= top + height;

  Rectangle<T> boundingBox(_RectangleBase<T> other) {
    var right = max(this.left + this.width, other.left + other.width);
    var bottom = max(this.top + this.height, other.top + other.height);
    var left = min(this.left, other.left);
    var top = min(this.top, other.top);
    return Rectangle<T>(left as T, top as T, (right - left) as T, (bottom - top) as T);
  }

  bool containsRectangle(_RectangleBase<num> another) =>
      left <= another.left && left + width >= another.left + another.width && top <= another.top && top + height >= another.top + another.height;

  bool containsPoint(Point<num> another) =>
      another.x >= left && another.x <= left + width && another.y >= top && another.y <= top + height;

  Point<T> get topLeft => Point<T>(this.left, this.top);
  Point<T> get topRight => Point<T>((this.left + this.width) as T, this.top);
  Point<T> get bottomRight => Point<T>((this.left + this.width) as T, (this.top + this.height) as T);
  Point<T> get bottomLeft => Point<T>(this.left, (this.top + this.height) as T);
}

/// An immutable axis-aligned rectangle; a negative width or height becomes zero.
class Rectangle<T extends num> extends _RectangleBase<T> {
  final T left;
  final T top;
  final T width;
  final T height;

  Rectangle(this.left, this.top, T width, T height)
      : width = (width < 0 ? _clampToZero(width) : width + 0) as T,
        height = (height < 0 ? _clampToZero(height) : height + 0) as T;

  factory Rectangle.fromPoints(Point<T> a, Point<T> b) {
    T left = min(a.x, b.x) as T;
    T width = (max(a.x, b.x) - left) as T;
    T top = min(a.y, b.y) as T;
    T height = (max(a.y, b.y) - top) as T;
    return Rectangle<T>(left, top, width, height);
  }
}

/// A rectangle whose position and size can change; a negative width or height becomes zero.
class MutableRectangle<T extends num> extends _RectangleBase<T> implements Rectangle<T> {
  T left;
  T top;
  T _width;
  T _height;

  MutableRectangle(this.left, this.top, T width, T height)
      : _width = (width < 0 ? _clampToZero(width) : width) as T,
        _height = (height < 0 ? _clampToZero(height) : height) as T;

  factory MutableRectangle.fromPoints(Point<T> a, Point<T> b) {
    T left = min(a.x, b.x) as T;
    T width = (max(a.x, b.x) - left) as T;
    T top = min(a.y, b.y) as T;
    T height = (max(a.y, b.y) - top) as T;
    return MutableRectangle<T>(left, top, width, height);
  }

  T get width => _width;

  set width(T width) {
    if (width < 0) width = _clampToZero(width) as T;
    _width = width;
  }

  T get height => _height;

  set height(T height) {
    if (height < 0) height = _clampToZero(height) as T;
    _height = height;
  }
}
