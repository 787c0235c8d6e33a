// ConcurrentModificationError names the collection that changed during its
// iteration, and modifiedObject is that collection.
void main() {
  var list = [1, 2, 3];
  try {
    for (var x in list) {
      if (x == 1) list.add(4);
    }
  } catch (e) {
    print(e);
    print(identical((e as ConcurrentModificationError).modifiedObject, list));
  }

  var map = {'a': 1};
  try {
    for (var k in map.keys) {
      map['b'] = 2;
    }
  } catch (e) {
    print(identical((e as ConcurrentModificationError).modifiedObject, map));
  }

  print(ConcurrentModificationError([1]).modifiedObject);
  print(ConcurrentModificationError().modifiedObject);
  print(ConcurrentModificationError());
}
