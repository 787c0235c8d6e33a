// Field-heavy benchmarks, each in its own function, timed per round (milliseconds; the
// first rounds include compilation). Not a golden test. See bench/README.md, "Fields".
//  - nbody: the classic n-body simulation (five bodies whose state is seven double fields),
//    STEPS steps of `advance` per round; prints the energy before and after.
//  - vec: a loop that allocates a small Vec of two doubles per iteration and sums through
//    methods that return new Vecs; none of them escape, so compiled code need not allocate.
//  - counter: int and double fields of one escaping object updated in a loop.
import 'dart:math' as math;

const double pi = math.pi;
const double solarMass = 4 * pi * pi;
const double daysPerYear = 365.24;

class Body {
  double x, y, z, vx, vy, vz, mass;
  Body(this.x, this.y, this.z, this.vx, this.vy, this.vz, this.mass);
}

List<Body> makeBodies() {
  var sun = Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, solarMass);
  var jupiter = Body(
      4.84143144246472090e+00,
      -1.16032004402742839e+00,
      -1.03622044471123109e-01,
      1.66007664274403694e-03 * daysPerYear,
      7.69901118419740425e-03 * daysPerYear,
      -6.90460016972063023e-05 * daysPerYear,
      9.54791938424326609e-04 * solarMass);
  var saturn = Body(
      8.34336671824457987e+00,
      4.12479856412430479e+00,
      -4.03523417114321381e-01,
      -2.76742510726862411e-03 * daysPerYear,
      4.99852801234917238e-03 * daysPerYear,
      2.30417297573763929e-05 * daysPerYear,
      2.85885980666130812e-04 * solarMass);
  var uranus = Body(
      1.28943695621391310e+01,
      -1.51111514016986312e+01,
      -2.23307578892655734e-01,
      2.96460137564761618e-03 * daysPerYear,
      2.37847173959480950e-03 * daysPerYear,
      -2.96589568540237556e-05 * daysPerYear,
      4.36624404335156298e-05 * solarMass);
  var neptune = Body(
      1.53796971148509165e+01,
      -2.59193146099879641e+01,
      1.79258772950371181e-01,
      2.68067772490389322e-03 * daysPerYear,
      1.62824170038242295e-03 * daysPerYear,
      -9.51592254519715870e-05 * daysPerYear,
      5.15138902046611451e-05 * solarMass);
  var bodies = [sun, jupiter, saturn, uranus, neptune];
  var px = 0.0, py = 0.0, pz = 0.0;
  for (var b in bodies) {
    px += b.vx * b.mass;
    py += b.vy * b.mass;
    pz += b.vz * b.mass;
  }
  sun.vx = -px / solarMass;
  sun.vy = -py / solarMass;
  sun.vz = -pz / solarMass;
  return bodies;
}

double energy(List<Body> bodies) {
  var e = 0.0;
  for (var i = 0; i < bodies.length; i++) {
    var b = bodies[i];
    e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz);
    for (var j = i + 1; j < bodies.length; j++) {
      var b2 = bodies[j];
      var dx = b.x - b2.x, dy = b.y - b2.y, dz = b.z - b2.z;
      e -= (b.mass * b2.mass) / math.sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

void advance(List<Body> bodies, double dt) {
  var n = bodies.length;
  for (var i = 0; i < n; i++) {
    var b = bodies[i];
    for (var j = i + 1; j < n; j++) {
      var b2 = bodies[j];
      var dx = b.x - b2.x, dy = b.y - b2.y, dz = b.z - b2.z;
      var d2 = dx * dx + dy * dy + dz * dz;
      var mag = dt / (d2 * math.sqrt(d2));
      b.vx -= dx * b2.mass * mag;
      b.vy -= dy * b2.mass * mag;
      b.vz -= dz * b2.mass * mag;
      b2.vx += dx * b.mass * mag;
      b2.vy += dy * b.mass * mag;
      b2.vz += dz * b.mass * mag;
    }
  }
  for (var i = 0; i < n; i++) {
    var b = bodies[i];
    b.x += dt * b.vx;
    b.y += dt * b.vy;
    b.z += dt * b.vz;
  }
}

double nbody(List<Body> bodies, int steps) {
  for (var i = 0; i < steps; i++) {
    advance(bodies, 0.01);
  }
  return energy(bodies);
}

class Vec {
  final double x, y;
  Vec(this.x, this.y);
  Vec operator +(Vec o) => Vec(x + o.x, y + o.y);
  Vec scale(double f) => Vec(x * f, y * f);
  double dot(Vec o) => x * o.x + y * o.y;
}

double vec(int n) {
  var s = 0.0;
  for (var i = 0; i < n; i++) {
    var a = Vec(i.toDouble(), 1.0);
    var b = (a + Vec(0.5, 2.0)).scale(0.25);
    s += a.dot(b);
  }
  return s;
}

class Counter {
  int count = 0;
  double total = 0.0;
}

double counter(Counter c, int n) {
  for (var i = 0; i < n; i++) {
    c.count += 1;
    c.total += 0.5;
  }
  return c.total + c.count;
}

void main(List<String> args) {
  var rounds = args.isNotEmpty ? int.parse(args[0]) : 6;
  const steps = 200000;
  const n = 5000000;
  var bodies = makeBodies();
  print('energy before: ${energy(bodies).toStringAsFixed(9)}');
  var c = Counter();
  for (var round = 1; round <= rounds; round++) {
    var line = StringBuffer('round $round:');
    var sw = Stopwatch()..start();
    var e = nbody(bodies, steps);
    line.write(' nbody ${sw.elapsedMilliseconds}');
    sw = Stopwatch()..start();
    var v = vec(n);
    line.write(' vec ${sw.elapsedMilliseconds}');
    sw = Stopwatch()..start();
    var t = counter(c, n);
    line.write(' counter ${sw.elapsedMilliseconds}');
    print('$line (energy ${e.toStringAsFixed(9)}, vec $v, counter $t)');
  }
}
