// An element of the wrong type added to a reified list through dynamic is an uncaught
// TypeError: the VM prints it and exits with 255.
void main() {
  var counts = <int>[1, 2];
  dynamic list = counts;
  print('before');
  list.add('three');
  print('never printed');
}
