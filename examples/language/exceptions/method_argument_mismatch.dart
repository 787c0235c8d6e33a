// A method that exists, called through dynamic with arguments its parameters do not take:
// the VM's NoSuchMethodError says "with matching arguments" and shows the call.
class A {
  int m(int x) => x;
  void n({int? a}) {}

  // The mismatch happens inside: it is about the inner call, not this one.
  int inner(int x) {
    dynamic other = A();
    return other.m(x, x);
  }
}

// The first three lines (the "Found:" signature line that may follow is not compared).
void attempt(String label, Object? Function() f) {
  try {
    print('$label: ${f()}');
  } catch (e) {
    print('$label: ${e is NoSuchMethodError}');
    print(e.toString().split('\n').take(3).join('\n'));
  }
}

void main() {
  dynamic a = A();
  dynamic list = [1, 2];
  dynamic text = 'abc';
  attempt('too many', () => a.m(1, 2));
  attempt('too few', () => a.m());
  attempt('unknown named', () => a.n(b: 1));
  attempt('list contains', () => list.contains(1, 2));
  attempt('list add', () => list.add());
  attempt('string', () => text.substring(1, 2, 3));
  attempt('inner', () => a.inner(1));
  attempt('fits', () => a.m(4));
}
