// A HashMap or HashSet sent to another isolate keeps the VM's iteration order.
import 'dart:collection';
import 'dart:isolate';

void main() async {
  var map = HashMap<int, String>();
  for (var i = 0; i < 12; i++) {
    map[i * 7] = 'v$i';
  }
  var set = HashSet<String>.of(['kiwi', 'apple', 'fig', 'banana', 'cherry']);
  // 1, 17 and 33 share a bucket: the chain's order travels with the table.
  var chain = HashSet<int>.of([1, 17, 33]);
  print(map);
  print(set);
  print(chain);
  var back = await Isolate.run(() {
    map[100] = 'added';
    set.remove('fig');
    return [map, set, chain];
  });
  print(back[0]);
  print(back[1]);
  print(back[2]);
  print(back[0] is HashMap<int, String>);
  print(map.length);
}
