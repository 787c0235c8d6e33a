// List and Map literals, their members, and how they print.

void main() {
  // Empty collections.
  var empty = [];
  print(empty);
  print(<int>[]);
  print({});
  print(<String, int>{});
  print(empty.isEmpty);
  print(empty.length);

  // List basics.
  var nums = [3, 1, 4, 1, 5];
  print(nums);
  print(nums.length);
  print(nums.first);
  print(nums.last);
  print(nums[2]);
  nums[2] = 40;
  nums.add(9);
  print(nums);
  print(nums.contains(40));
  print(nums.contains(4));
  print(nums.indexOf(1));
  print(nums.indexOf(7));
  print(nums.removeLast());
  print(nums);
  print(nums.join('-'));
  print(nums.join());
  print(nums.join(', '));
  print(nums.isEmpty);
  print(nums.isNotEmpty);
  var total = 0;
  for (var n in nums) {
    total += n;
  }
  print(total);

  // Aliasing and identity.
  var alias = nums;
  alias.add(2);
  print(nums);
  print(identical(alias, nums));
  print(identical([1, 2], [1, 2]));
  print([1, 2] == [1, 2]);
  print(nums == alias);

  // Nested and mixed lists.
  var nested = [
    [1, 2],
    [],
    [3, [4, 5]]
  ];
  print(nested);
  print(nested[2]);
  print(nested.length);
  var mixed = [1, 2.5, 'three', true, null, [6]];
  print(mixed);
  var strs = ['a', 'b c', ''];
  print(strs);
  print(strs.length);
  print(strs.join('|'));
  const fixed = [10, 20];
  print(fixed);

  // Map basics (insertion-ordered).
  var ages = {'alice': 30, 'bob': 25};
  print(ages);
  print(ages['alice']);
  print(ages['carol']);
  ages['carol'] = 35;
  ages['alice'] = 31;
  print(ages);
  print(ages.length);
  print(ages.containsKey('bob'));
  print(ages.containsKey('dave'));
  print(ages.keys);
  print(ages.values);
  print(ages.remove('bob'));
  print(ages.remove('zed'));
  print(ages);
  ages['bob'] = 26;
  print(ages);
  for (var k in ages.keys) {
    print('$k -> ${ages[k]}');
  }
  var sum = 0;
  for (var v in ages.values) {
    sum += v;
  }
  print(sum);

  // Other key types and nesting.
  var intKeys = {1: 'one', 2: 'two', -3: 'minus three'};
  print(intKeys);
  print(intKeys[2]);
  print(intKeys[-3]);
  var deep = {
    'list': [1, 2],
    'map': {'x': null},
    'empty': {},
  };
  print(deep);
  print(deep['map']);
  var typed = <String, int>{};
  typed['z'] = 26;
  typed['a'] = 1;
  typed['z'] = 0;
  print(typed);
  print(typed.keys.length);
  print({'k': [], 'l': [[]]});
}
