// Counted for loops (the interpreter runs some of them as fused nodes): their results must
// be exactly those of the plain loop, including wrapping ints, break/continue and the
// shapes that fall back to the general loop.
void main() {
  var sum = 0;
  for (var i = 0; i < 10; i++) {
    sum += i;
  }
  print(sum);

  var n = 5;
  var prod = 1;
  for (int i = 1; i <= n; i++) prod *= i;
  print(prod);

  var x = 0;
  for (var i = 10; i > 0; i -= 3) x ^= i;
  print(x);

  var count = 0;
  for (var i = 0; i < 1000; i += 7) count++;
  print(count);

  var big = 1;
  for (var i = 0; i < 70; i++) big *= 3;
  print(big);

  var odd = 0;
  for (var i = 0; i < 100; i++) {
    if (i % 2 == 0) continue;
    if (i > 10) break;
    odd += i;
  }
  print(odd);

  var limit = 3.5;
  var belowLimit = 0;
  for (var i = 0; i < limit; i++) belowLimit += i;
  print(belowLimit);

  var d = 0.5;
  for (var i = 0; i < 4; i++) d += i;
  print(d);

  var step = 2;
  var acc = 0;
  for (var i = 0; i < 5; i++) acc -= step;
  print(acc);

  var fs = [];
  for (var i = 0; i < 3; i++) fs.add(() => i);
  print([fs[0](), fs[1](), fs[2]()]);

  var t = 0;
  for (var i = 0; i < 100; i++) {
    for (var j = 0; j < i; j++) {
      t += j;
    }
  }
  print(t);

  var squares = <int>[];
  for (var i = 0; i < 5; i++) squares.add(i * i);
  print(squares);

  var w = 9223372036854775800;
  for (var i = 0; i < 10; i++) w += 1;
  print(w);

  var down = 0;
  for (var i = 5; i >= 0; --i) down = down * 10 + i;
  print(down);
}
