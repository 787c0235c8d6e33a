// Type promotion by if conditions changes the static type that inference sees.
Object make(int i) => i == 0 ? 'text' : i;
num? maybe(int i) => i > 0 ? i * 1.5 : null;

void show(Object o) {
  if (o is int) {
    var l = [o];
    print(l.runtimeType);
  } else if (o is String) {
    print([o].runtimeType);
  } else {
    print([o].runtimeType);
  }
}

void early(num? n) {
  if (n == null) return;
  print([n].runtimeType);
}

void notString(Object o) {
  if (o is! String) {
    print('not a string');
    return;
  }
  print([o, o.length].runtimeType);
  print(o.toUpperCase());
}

void main() {
  show(1);
  show('a');
  show(2.5);
  early(null);
  early(3);
  notString(1);
  notString('abc');

  var v = make(1);
  if (v is int) {
    print([v].runtimeType);
    print(<Object>[v].runtimeType);
  }
  print([v].runtimeType);

  num? m = maybe(2);
  print([m].runtimeType);
  if (m != null) {
    print([m].runtimeType);
    print({'m': m}.runtimeType);
  }
  int? none;
  var w = none ?? 0;
  print([w].runtimeType);
  print([none].runtimeType);
}
