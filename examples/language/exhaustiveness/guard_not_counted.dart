void main() {
  bool b = DateTime.now().year > 2000;
  var strict = true;
  switch (b) {
    case true when strict:
      print('yes');
    case false:
      print('no');
  }
}
