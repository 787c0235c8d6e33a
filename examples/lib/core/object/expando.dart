class Node {
  final String label;
  Node(this.label);
}

void main() {
  var visits = Expando<int>('visits');
  var plain = Expando<String>();
  print(visits);
  print(plain);
  print(visits.name);
  print(plain.name);
  var a = Node('a');
  var b = Node('b');
  print(visits[a]);
  visits[a] = 1;
  visits[a] = visits[a]! + 1;
  visits[b] = 10;
  print('${visits[a]} ${visits[b]}');
  plain[a] = 'tag';
  print(plain[a]);
  print(plain[b]);
  plain[a] = null;
  print(plain[a]);
  // Keys are compared by identity, not by ==.
  var list1 = [1];
  var list2 = [1];
  visits[list1] = 5;
  print(visits[list2]);
  print(visits[list1]);
  var kinds = {'int': 1, 'String': 'x', 'bool': true, 'double': 2.5, 'record': (1, 2)};
  kinds.forEach((kind, bad) {
    try {
      visits[bad] = 1;
      print('allowed $kind');
    } on ArgumentError {
      print('ArgumentError for $kind');
    }
  });

  var target = Node('t');
  var weak = WeakReference(target);
  print(identical(weak.target, target));
  print(weak.target!.label);
  try {
    WeakReference<Object>(1);
  } on ArgumentError {
    print('ArgumentError for a number');
  }

  var finalizer = Finalizer<String>((token) => print('finalized $token'));
  var token = Object();
  finalizer.attach(target, 'target gone', detach: token);
  finalizer.detach(token);
  finalizer.attach(a, 'a gone');
  try {
    finalizer.attach('string', 'x');
  } on ArgumentError {
    print('ArgumentError for a string');
  }
  print('done');
}
