// Loops, break/continue, compound assignment, increments and operator
// precedence.

String fizzBuzz(int i) {
  if (i % 15 == 0) {
    return 'FizzBuzz';
  } else if (i % 3 == 0) {
    return 'Fizz';
  } else if (i % 5 == 0) {
    return 'Buzz';
  }
  return i.toString();
}

void main() {
  // Nested loops with break and continue (both affect the innermost loop).
  var pairs = [];
  for (var i = 0; i < 4; i++) {
    if (i == 1) continue;
    for (var j = 0; j < 4; j++) {
      if (j > i) break;
      if ((i + j).isOdd) continue;
      pairs.add('$i$j');
    }
  }
  print(pairs);

  // while with a computed condition.
  var n = 27;
  var steps = 0;
  while (n != 1) {
    if (n.isEven)
      n ~/= 2;
    else
      n = 3 * n + 1;
    steps++;
  }
  print('collatz(27) steps: $steps');

  // while (true) with break.
  var x = 1;
  while (true) {
    x *= 2;
    if (x > 1000) break;
  }
  print(x);

  // do-while runs its body at least once.
  var k = 10;
  do {
    k -= 3;
  } while (k > 0);
  print(k);
  var once = 0;
  do {
    once++;
  } while (false);
  print(once);

  // continue inside while and do-while.
  var odds = <int>[];
  var m = 0;
  while (m < 10) {
    m++;
    if (m.isEven) continue;
    odds.add(m);
  }
  print(odds);
  var countdown = <int>[];
  var c = 6;
  do {
    c--;
    if (c == 3) continue;
    countdown.add(c);
  } while (c > 0);
  print(countdown);

  // Loop with an empty body part and a variable declared outside.
  var p = 0;
  for (; p < 5; p += 2) {}
  print(p);

  // FizzBuzz joined into one line.
  var fb = <String>[];
  for (var i = 1; i <= 15; i++) {
    fb.add(fizzBuzz(i));
  }
  print(fb.join(' '));

  // Compound assignment operators.
  var a = 10;
  a += 5;
  print(a);
  a -= 3;
  print(a);
  a *= 4;
  print(a);
  a ~/= 5;
  print(a);
  a %= 5;
  print(a);
  a <<= 3;
  print(a);
  a >>= 1;
  print(a);
  a |= 3;
  print(a);
  a &= 0x0E;
  print(a);
  a ^= 0xFF;
  print(a);
  var dd = 1.5;
  dd *= 2;
  dd -= 0.5;
  print(dd);
  int? maybe;
  print(maybe);
  maybe ??= 7;
  print(maybe);
  var label = 'x';
  label += 'y';
  print(label);

  // Prefix and postfix increment/decrement.
  var i = 5;
  print(i++);
  print(i);
  print(++i);
  print(i--);
  print(--i);
  var list = [1, 2, 3];
  list[1]++;
  ++list[2];
  list[0] += 10;
  print(list);
  var counts = <String, int>{};
  for (var w in ['a', 'b', 'a', 'c', 'a', 'b']) {
    counts[w] = (counts[w] ?? 0) + 1;
  }
  print(counts);

  // Precedence and logic.
  print(1 + 2 * 3);
  print((1 + 2) * 3);
  print(10 - 4 - 3);
  print(2 * 3 % 4);
  print(7 ~/ 2 * 2);
  print(-2 * -3);
  print(1 < 2 == true);
  print(true || false && false);
  print(!true || true);
  print(!(true && false));
  print(3 > 2 ? 'yes' : 'no');
  var score = 75;
  print(score >= 90 ? 'A' : score >= 70 ? 'B' : 'C');
  String? missing;
  print(missing ?? 'fallback');
  print(missing ?? 'first' + ' second');
  print(2 + 3 == 5 && 10 ~/ 3 == 3);

  // Short-circuit evaluation.
  var calls = 0;
  final touch = (bool result) {
    calls++;
    return result;
  };
  print(false && touch(true));
  print(true || touch(false));
  print(true && touch(true));
  print(calls);
}
