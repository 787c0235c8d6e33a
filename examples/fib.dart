// Recursion: direct, mutual, nested, and recursion over strings.

int fib(int n) => n < 2 ? n : fib(n - 1) + fib(n - 2);

int fact(int n) => n <= 1 ? 1 : n * fact(n - 1);

bool isEvenRec(int n) => n == 0 ? true : isOddRec(n - 1);

bool isOddRec(int n) => n == 0 ? false : isEvenRec(n - 1);

int gcd(int a, int b) => b == 0 ? a : gcd(b, a % b);

int ack(int m, int n) {
  if (m == 0) return n + 1;
  if (n == 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}

int sumDigits(int n) => n < 10 ? n : n % 10 + sumDigits(n ~/ 10);

String reverse(String s) =>
    s.isEmpty ? '' : reverse(s.substring(1, s.length)) + s.substring(0, 1);

int power(int base, int exp) {
  if (exp == 0) return 1;
  var half = power(base, exp ~/ 2);
  return exp.isEven ? half * half : half * half * base;
}

void hanoi(int n, String from, String to, String via, List<String> moves) {
  if (n == 0) return;
  hanoi(n - 1, from, via, to, moves);
  moves.add('$from->$to');
  hanoi(n - 1, via, to, from, moves);
}

void main() {
  var fibs = <int>[];
  for (var i = 0; i <= 15; i++) {
    fibs.add(fib(i));
  }
  print(fibs);
  print(fib(25));
  print(fact(0));
  print(fact(10));
  print(fact(20));
  print(fact(21));
  print(isEvenRec(10));
  print(isOddRec(7));
  print(isEvenRec(7));
  print(gcd(1071, 462));
  print(gcd(17, 5));
  print(ack(2, 3));
  print(sumDigits(987654321));
  print(reverse('recursion'));
  print(power(2, 10));
  print(power(3, 13));
  print(power(2, 64));
  var moves = <String>[];
  hanoi(3, 'A', 'C', 'B', moves);
  print('${moves.length} moves: ${moves.join(' ')}');
}
