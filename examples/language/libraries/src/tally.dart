// A mixin whose members use names private to this library.
int _calls = 0;

String _label(int n) => '#$n';

class _Step {
  final int size;
  _Step(this.size);
}

class Limits {
  static const int max = 3;
  static String describe() => 'max ${max}';
}

mixin Tally {
  int _count = 0;

  void bump() {
    _calls++;
    _count += _Step(1).size;
  }

  String get tally => '${_label(_count)} (calls so far: $_calls)';
}
