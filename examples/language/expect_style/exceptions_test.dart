// Item 9 (exceptions) as assertion-style tests with the Expect helper library: the core
// error classes' texts, try/on/catch/finally/rethrow order, and stack overflow.
import '../../testing/expect.dart';

class InsufficientFunds implements Exception {
  final int needed;
  InsufficientFunds(this.needed);
  @override
  String toString() => 'InsufficientFunds: need $needed more';
}

int depth(int n) => n == 0 ? 0 : 1 + depth(n - 1);
int forever(int n) => forever(n + 1) + 1;

void withdraw(int balance, int amount) {
  if (amount > balance) throw InsufficientFunds(amount - balance);
}

List<String> log = [];

int guarded(void Function() body) {
  try {
    body();
    return 0;
  } on FormatException catch (e) {
    log.add('format ${e.message}');
    return 1;
  } on Exception catch (e) {
    log.add('exception $e');
    return 2;
  } catch (e) {
    log.add('other ${e.runtimeType}');
    rethrow;
  } finally {
    log.add('finally');
  }
}

void main() {
  Expect.equals('Exception: boom', Exception('boom').toString());
  Expect.equals('Exception', Exception().toString());
  Expect.equals('Invalid argument(s): bad', ArgumentError('bad').toString());
  Expect.equals('Invalid argument (count): must be positive: -1',
      ArgumentError.value(-1, 'count', 'must be positive').toString());
  Expect.equals('Invalid argument(s) (x): Must not be null', ArgumentError.notNull('x').toString());
  Expect.equals('RangeError (index): Index out of range: index should be less than 3: 5',
      IndexError.withLength(5, 3, name: 'index').toString());
  Expect.equals('RangeError (n): Invalid value: Not in inclusive range 0..10: 11',
      RangeError.range(11, 0, 10, 'n').toString());
  Expect.equals('Bad state: empty', StateError('empty').toString());
  Expect.equals('FormatException: bad digit', FormatException('bad digit').toString());
  Expect.equals('Unsupported operation: nope', UnsupportedError('nope').toString());
  Expect.equals('UnimplementedError: later', UnimplementedError('later').toString());
  Expect.equals('UnimplementedError', UnimplementedError().toString());
  Expect.equals('Stack Overflow', StackOverflowError().toString());

  var e = Expect.throwsFormatException(() => int.parse('12x'));
  Expect.equals('12x', e.source);
  Expect.equals('Invalid radix-10 number', e.message);
  Expect.throwsRangeError(() => 'abc'.substring(2, 1));
  Expect.throwsStateError(() => [].single);
  Expect.throwsUnsupportedError(() => List.unmodifiable([1]).add(2));
  Expect.throws<ConcurrentModificationError>(() {
    var l = [1, 2, 3];
    for (var x in l) {
      l.add(x);
    }
  });
  Expect.throws<TypeError>(() => (null as dynamic) as int);
  Expect.throws<NoSuchMethodError>(() => (1 as dynamic).foo());
  Expect.throws<InsufficientFunds>(() => withdraw(10, 25), (e) => e.needed == 15);
  Expect.throws<String>(() => throw 'plain string');

  Expect.equals(0, guarded(() {}));
  Expect.equals(1, guarded(() => double.parse('x')));
  Expect.equals(2, guarded(() => withdraw(0, 1)));
  Expect.throws<StateError>(() => guarded(() => throw StateError('inner')));
  Expect.listEquals(['finally', 'format Invalid double', 'finally', 'exception InsufficientFunds: need 1 more', 'finally',
      'other StateError', 'finally'], log);

  Expect.equals(10000, depth(10000));
  var overflow = Expect.throws<StackOverflowError>(() => forever(0));
  Expect.equals('Stack Overflow', '$overflow');

  try {
    throw ArgumentError('traced');
  } catch (e, s) {
    Expect.contains('main', '$s');
    Expect.contains('exceptions_test.dart', '$s');
  }
  print('exceptions: all checks passed');
}
