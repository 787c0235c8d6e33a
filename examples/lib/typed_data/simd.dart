// Float32x4, Int32x4 and Float64x2: lanes, lane-wise arithmetic (Float32x4 in single
// precision), comparison masks, shuffles, select and sign masks.
import 'dart:typed_data';

String hex(int lane) => lane.toUnsigned(32).toRadixString(16).padLeft(8, '0');
String lanes(Int32x4 v) => '${hex(v.x)} ${hex(v.y)} ${hex(v.z)} ${hex(v.w)}';

void main() {
  var a = Float32x4(1.0, 2.0, 3.0, 4.0);
  var b = Float32x4(0.5, -2.0, 8.0, 4.0);
  print(a);
  print('${a.x} ${a.y} ${a.z} ${a.w}');
  print(a + b);
  print(a - b);
  print(a * b);
  print(a / b);
  print(-a);
  print(b.abs());
  print(a.scale(0.5));
  print(Float32x4.splat(2.5));
  print(Float32x4.zero());
  print(a.min(b));
  print(a.max(b));
  print(Float32x4(4.0, 9.0, 0.25, 16.0).sqrt());
  print(Float32x4(2.0, 4.0, 0.5, -8.0).reciprocal());
  print(a.clamp(Float32x4.splat(1.5), Float32x4.splat(3.5)));

  // Single precision: 0.1 is the nearest float, printed as the double it is.
  var tenth = Float32x4(0.1, 1e40, -1e-50, 16777217.0);
  print('${tenth.x} ${tenth.y} ${tenth.z} ${tenth.w}');

  print(lanes(a.lessThan(b)));
  print(lanes(a.lessThanOrEqual(b)));
  print(lanes(a.greaterThan(b)));
  print(lanes(a.greaterThanOrEqual(b)));
  print(lanes(a.equal(b)));
  print(lanes(a.notEqual(b)));

  print(Float32x4.xyzw);
  print(Float32x4.wzyx);
  print(Float32x4.xxxx);
  print(Int32x4.wwww);
  print(a.shuffle(Float32x4.wzyx));
  print(a.shuffle(Float32x4.yyxx));
  print(a.shuffleMix(b, Float32x4.xyzw));
  print(a.shuffleMix(b, Float32x4.wzyx));
  print(a.withX(10.0).withW(-1.0));
  print(a.withY(7.0).withZ(8.0));
  try {
    a.shuffle(256);
  } on RangeError catch (e) {
    print(e);
  }

  print(Float32x4(-1.0, 2.0, -3.0, -0.0).signMask);
  print(a.signMask);

  var i = Int32x4(1, -1, 0x7fffffff, 0x100000005);
  print('${i.x} ${i.y} ${i.z} ${i.w}');
  print('${i.flagX} ${i.flagY} ${Int32x4(0, 0, 0, 0).flagZ}');
  print(i.signMask);
  var j = Int32x4(3, 5, 1, -2);
  print(lanes(i | j));
  print(lanes(i & j));
  print(lanes(i ^ j));
  print(lanes(i + j));
  print(lanes(i - j));
  print(lanes(Int32x4.bool(true, false, true, false)));
  print(lanes(i.withX(9).withW(-9)));
  print(lanes(j.withFlagX(false).withFlagY(true)));
  print(lanes(j.shuffle(Int32x4.wzyx)));
  print(lanes(j.shuffleMix(i, Int32x4.xyxy)));

  var mask = Int32x4.bool(true, false, false, true);
  print(mask.select(a, b));
  print(lanes(Int32x4.fromFloat32x4Bits(Float32x4(1.0, -2.0, 0.0, -0.0))));
  print(Float32x4.fromInt32x4Bits(Int32x4(0x3f800000, 0x40490fdb, 0, 0x7f800000)));

  var d = Float64x2(1.5, -2.25);
  var e = Float64x2(0.1, 4.0);
  print(d);
  print('${d.x} ${d.y}');
  print(d + e);
  print(d * e);
  print(d / e);
  print(-d);
  print(d.abs());
  print(d.scale(2.0));
  print(d.min(e));
  print(d.max(e));
  print(Float64x2(9.0, 2.0).sqrt());
  print(d.withX(3.0).withY(4.0));
  print(d.clamp(Float64x2(0.0, -1.0), Float64x2(1.0, 1.0)));
  print(d.signMask);
  print(Float64x2.splat(0.5));
  print(Float64x2.zero());
  print(Float64x2.fromFloat32x4(a));
  print(Float32x4.fromFloat64x2(d));
  print('${e.x + e.x}');

  print(a.runtimeType);
  print(i.runtimeType);
  print(d.runtimeType);
  print(a is Float32x4);
  print(identical(a, a));
}
