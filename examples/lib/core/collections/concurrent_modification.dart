// Changing a collection's length while iterating it is a
// ConcurrentModificationError, detected when the iteration next advances.

void attempt(String label, void Function() f) {
  try {
    f();
    print('$label: no error');
  } on ConcurrentModificationError catch (e) {
    print('$label: $e');
  }
}

void main() {
  var list = [1, 2, 3];
  attempt('for-in add', () {
    for (var x in list) {
      if (x == 2) list.add(4);
    }
  });
  print(list);
  attempt('for-in remove last element', () {
    for (var x in list) {
      if (x == 4) list.removeLast();
    }
  });
  print(list);
  attempt('for-in set element', () {
    for (var x in list) {
      list[0] = x;
    }
  });
  print(list);
  attempt('forEach', () => list.forEach((x) => list.add(x)));
  print(list.length);
  attempt('where over list', () {
    list.where((x) => true).forEach((x) {
      if (list.length < 10) list.add(0);
    });
  });
  attempt('any', () => list.any((x) {
        list.add(x);
        return false;
      }));
  attempt('addAll of itself', () => list.addAll(list));
  attempt('removeWhere', () => list.removeWhere((x) {
        list.add(1);
        return false;
      }));
  var fixed = List.filled(2, 0);
  attempt('fixed-length for-in', () {
    for (var x in fixed) {
      fixed[1] = 5;
    }
  });

  var map = {'a': 1, 'b': 2};
  attempt('keys add', () {
    for (var k in map.keys) {
      map['c'] = 3;
    }
  });
  attempt('values update existing', () {
    for (var v in map.values) {
      map['a'] = v + 10;
    }
  });
  print(map);
  attempt('entries remove', () {
    for (var e in map.entries) {
      map.remove('c');
    }
  });
  attempt('forEach add', () => map.forEach((k, v) => map['z$k'] = v));
  attempt('forEach update', () => map.forEach((k, v) => map[k] = v * 2));
  print(map);

  var growing = [1];
  for (var x in growing) {
    growing.add(x + 1);
  }
}
