class Range extends Iterable<int> {
  final int start, end, step;
  Range(this.start, this.end, [this.step = 1]);
  @override
  Iterator<int> get iterator => _RangeIterator(start, end, step);
}

class _RangeIterator implements Iterator<int> {
  int _current;
  final int _end, _step;
  bool _started = false;
  _RangeIterator(int start, this._end, this._step) : _current = start;
  @override
  int get current => _current;
  @override
  bool moveNext() {
    if (_started) {
      _current += _step;
    } else {
      _started = true;
    }
    return _current < _end;
  }
}

Iterable<int> fibonacci() sync* {
  var (a, b) = (0, 1);
  while (true) {
    yield a;
    (a, b) = (b, a + b);
  }
}

Iterable<String> walk(Map<String, Object> tree, [String prefix = '']) sync* {
  for (final MapEntry(:key, :value) in tree.entries) {
    final path = '$prefix/$key';
    if (value is Map<String, Object>) {
      yield '$path/';
      yield* walk(value, path);
    } else {
      yield '$path = $value';
    }
  }
}

extension IterableStats on Iterable<int> {
  int get sum => fold(0, (a, b) => a + b);
  double get average => isEmpty ? 0 : sum / length;
  Iterable<List<int>> chunked(int size) sync* {
    var chunk = <int>[];
    for (final x in this) {
      chunk.add(x);
      if (chunk.length == size) {
        yield chunk;
        chunk = [];
      }
    }
    if (chunk.isNotEmpty) yield chunk;
  }
}

extension on String {
  String get reversed => split('').reversed.join();
}

void main() {
  final r = Range(0, 10, 3);
  print(r.toList());
  print(r.length);
  print(r.map((x) => x * x).where((x) => x.isOdd).toList());
  print(r.contains(6));
  print(r.first);
  print(r.last);
  print(r.skip(1).take(2).toList());
  print(r);
  print(r.sum);
  print(r.average);
  print(r.join('-'));
  print(Range(1, 8).chunked(3).toList());
  print(fibonacci().take(12).toList());
  print(fibonacci().skipWhile((f) => f < 100).first);
  print(fibonacci().takeWhile((f) => f < 50).sum);
  final tree = <String, Object>{
    'etc': <String, Object>{'hosts': 3, 'conf': <String, Object>{'a': 1}},
    'tmp': 0,
  };
  for (final line in walk(tree)) {
    print(line);
  }
  print('stressed'.reversed);
  final it = fibonacci().iterator;
  it.moveNext();
  it.moveNext();
  print(it.current);
  final gen = () sync* {
    print('start');
    yield 1;
    print('middle');
    yield 2;
    print('end');
  }();
  print('before');
  for (final v in gen) {
    print('got $v');
  }
  print(gen.map((v) => v * 10).toList());
  var e = Range(0, 3).expand((i) => [i, i]).toList();
  print(e);
  print(Range(0, 5).firstWhere((x) => x > 10, orElse: () => -1));
  print(Range(5, 0).isEmpty);
  try {
    Range(5, 0).first;
  } on StateError catch (e) {
    print(e.message);
  }
  print([3, 1, 2].reduce((a, b) => a > b ? a : b));
  print(Iterable.generate(4, (i) => i * 2).toList());
  print(List.of(Range(0, 3), growable: false));
}
