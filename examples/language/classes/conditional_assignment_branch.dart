// A conditional's branches are expressions without cascade, assignments included:
// `c ? x : y = 5` is `c ? x : (y = 5)`, while `c ? x : y..m()` cascades on the whole
// conditional.
void main() {
  var x = 1;
  var y = 0;
  var cond = false;
  var r = cond ? x : y = 5;
  print('$r $y');
  cond = true;
  r = cond ? x : y = 7;
  print('$r $y');
  r = cond ? x = 2 : y;
  print('$r $x $y');

  var a = [1];
  var b = [2];
  var picked = cond ? a : b..add(3);
  print('$picked $a $b');
  cond = false;
  picked = cond ? a : b..add(4);
  print('$picked $a $b');

  int? n;
  var s = n == null ? n = 10 : n;
  print('$s $n');
  print(cond ? 'yes' : (n = 20));
  print(n);
}
