// Throwing a plain String: the VM prints the string itself.
void main() {
  var items = [1, 2, 3];
  for (var item in items) {
    print('item $item');
    if (item == 2) {
      throw 'stopped at $item';
    }
  }
}
