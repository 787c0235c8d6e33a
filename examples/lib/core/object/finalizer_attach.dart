// Finalizer.attach/detach: what may be attached and used as a detach key (the VM's
// ArgumentErrors), and that no callback runs synchronously or for values still reachable.
// (Callbacks after collection are tested from Java, where a collection can be forced.)
final finalizer = Finalizer<String>((token) => print('finalized $token'));
final values = <Object>[];

class Resource {
  final String name;
  Resource(this.name);
}

void main() {
  var a = Resource('a');
  var key = Object();
  values..add(a)..add(key);
  finalizer.attach(a, 'a');
  finalizer.attach(a, 'a again', detach: key);
  finalizer.detach(key);
  finalizer.detach(Object());
  for (var bad in <Object>['x', 1, 2.5, true]) {
    try {
      finalizer.attach(bad, 'bad');
      print('attached $bad');
    } on ArgumentError catch (e) {
      print(e);
    }
  }
  try {
    finalizer.attach(a, 'token', detach: 'key');
  } on ArgumentError catch (e) {
    print(e);
  }
  try {
    finalizer.detach(3);
  } on ArgumentError catch (e) {
    print(e);
  }
  print('end of main');
}
